//! The session engine. No egui, no files.
//!
//! A session is its events. [`SessionState::decide`] turns a [`Command`] into events (or a
//! [`Rejection`] with a reason), [`SessionState::fold`] applies them, and [`apply`] does both.
//! Timers are computed from the events' timestamps, never accumulated frame by frame, so a
//! countdown is exact at any moment and survives a restart.

mod clock;
mod command;
mod decide;
mod record;
mod state;
mod timer;

pub use clock::{Clock, FakeClock, SessionClock, SystemClock};
pub use command::{Command, Rejection};
pub use decide::{
    AGREEMENTS_MAX, EXTEND_MAX, RULES_MAX, STAGE_MAX, TIMEOUT_MAX, TIMEOUT_MIN, clean_terms,
};
pub use record::{record_into, session_start};
pub use state::{
    ActiveTimeout, Addendum, Dialogue, Guided, Notes, QuickNote, ReviewState, RuleState,
    SessionState, Signature, TimeoutRecord, TimerView, Turn, TurnRecord, UndoStep,
};
pub use timer::Stopwatch;

use crate::model::{Entry, Event, SessionStart, Stamp};

/// Starts a session: its first events and the state they make.
pub fn begin(info: SessionStart, now: Stamp) -> (SessionState, Vec<Entry>) {
    let entries = vec![
        Entry::new(now, Event::Started(Box::new(info.clone()))),
        Entry::new(now, Event::PhaseEntered { index: 0 }),
    ];
    let mut state = SessionState::new(info, now);
    state.fold(&entries[1]);
    (state, entries)
}

/// Decides and folds in one step, for callers that keep no journal (tests, demo data). The app
/// instead writes the events to the journal between deciding and folding.
pub fn apply(
    state: &mut SessionState,
    command: &crate::session::Command,
    now: Stamp,
) -> Result<Vec<Entry>, Rejection> {
    let entries = state.decide(command, now)?;
    entries.iter().for_each(|e| state.fold(e));
    Ok(entries)
}

/// Folds whatever fell due by `now` (a timeout running out) and returns it.
pub fn tick(state: &mut SessionState, now: Stamp) -> Vec<Entry> {
    let due = state.due(now);
    due.iter().for_each(|e| state.fold(e));
    due
}
