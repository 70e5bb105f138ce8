//! The eframe app. Views read state and return [`Action`]s; the app applies them in one place
//! and the [`crate::practice::Practice`] does all file work.

mod action;
mod app;
mod console;
mod couple;
pub mod display;
mod home;
pub mod keys;
mod privacy;
mod progress;
mod safety;
mod settings;
pub mod style;
mod unlock;

pub use action::Action;
pub use app::{GroundworkApp, Message};
pub use unlock::{PassphraseForm, UnlockApp};
