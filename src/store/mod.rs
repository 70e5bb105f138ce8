//! The data folder: RON files written atomically, one append-only journal per session, recovery
//! from torn writes, schema versions. No egui.

mod problem;

pub use problem::Problem;
pub mod templates;
