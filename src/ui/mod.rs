//! The eframe app. Views read state and return [`Action`]s; the app applies them in one place
//! and the [`crate::practice::Practice`] does all file work.

pub mod a11y;
mod action;
mod app;
mod console;
mod couple;
mod date;
pub mod display;
mod handover;
mod home;
pub mod keys;
mod opening;
mod privacy;
mod progress;
mod safety;
mod settings;
pub mod style;
mod table;
mod unlock;

pub use action::Action;
pub use app::{GroundworkApp, Message, finish_main_viewport, icon, main_viewport};
pub use opening::{Opening, OpeningApp};
pub use unlock::{PassphraseForm, UnlockApp};
