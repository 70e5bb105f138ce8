//! Groundwork: a session companion for couples therapists.
//!
//! - [`model`]: plain data (couples, agreements, templates, session events).
//! - [`session`]: the session engine; state is a fold of events, time comes from a [`session::Clock`].
//! - [`store`]: the data folder on disk: atomic files, the append-only session journal, recovery.
//! - [`pdf`]: the session notes and the homework sheet.
//! - [`fonts`]: the fonts on this computer, for the scripts the shipped font lacks.
//! - [`ui`]: the eframe app.

pub mod chime;
pub mod demo;
pub mod desktop;
pub mod fonts;
pub mod locale;
pub mod model;
pub mod pdf;
pub mod practice;
pub mod session;
pub mod store;
pub mod ui;
