//! Plain data: couples, partners, ground rules, agreements, templates and session events.
//! Nothing here knows about egui, files or the clock.

mod agreement;
mod couple;
mod event;
mod lang;
mod measure;
mod progress;
mod record;
mod safety;
mod settings;
mod template;
mod text;

pub use agreement::*;
pub use couple::*;
pub use event::*;
pub use lang::*;
pub use measure::*;
pub use progress::*;
pub use record::*;
pub use safety::*;
pub use settings::*;
pub use template::*;
pub use text::*;

/// The schema version written into every file Groundwork saves. A file with a higher number was
/// written by a newer Groundwork and is refused rather than misread.
pub const SCHEMA_VERSION: u32 = 1;

/// Milliseconds. Durations and session offsets are whole milliseconds so that timer arithmetic
/// is exact integer arithmetic.
pub type Ms = u64;

pub const SECOND: Ms = 1_000;
pub const MINUTE: Ms = 60 * SECOND;
