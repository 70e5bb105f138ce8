//! A session being run: its state, its journal and its clock. This is the one place where a
//! command changes a session, and it writes the events to disk before the state shows them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::disk::{Disk, RealDisk};
use super::journal::reopen_journal_on;
use super::{Journal, Problem, Store, StoreError};
use crate::model::{Entry, Event, SessionStart, Stamp};
use crate::session::{self, Clock, Command, Rejection, SessionClock, SessionState};

/// Why a command did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ExecuteError {
    /// The engine refused it; nothing was written.
    #[error("{0}")]
    Rejected(#[from] Rejection),
    /// It could not be saved, so it did not happen; the session is as it was.
    #[error("{0}")]
    NotSaved(#[from] StoreError),
}

pub struct LiveSession {
    state: SessionState,
    journal: Journal,
    clock: SessionClock,
    /// Wall clock changes (ms) noticed but not yet in the journal.
    unrecorded_step: i64,
}

impl LiveSession {
    /// Starts a new session and writes its first events.
    pub fn start(
        store: &Store,
        info: SessionStart,
        clock: Arc<dyn Clock>,
    ) -> Result<LiveSession, StoreError> {
        let clock = SessionClock::start(clock);
        let now = clock.now();
        let (couple, number) = (info.couple.clone(), info.number);
        let (state, entries) = session::begin(info, now);
        // The header and the first events appear together or not at all, so a failed start
        // never leaves an empty journal holding the session's number.
        let path = store.write_journal(&couple, number, now.wall.date_naive(), &entries)?;
        let journal = reopen_journal_on(&path, store.disk().clone())?.journal;
        Ok(LiveSession {
            state,
            journal,
            clock,
            unrecorded_step: 0,
        })
    }

    /// Reopens a session from its journal (after a crash, or to finish the notes). Timers read
    /// as if the app had never stopped. A torn last line is saved beside the journal and cut off;
    /// the path of the saved fragment is returned.
    pub fn reopen(
        path: &Path,
        clock: Arc<dyn Clock>,
    ) -> Result<(LiveSession, Option<PathBuf>), StoreError> {
        Self::reopen_on(path, clock, Arc::new(RealDisk))
    }

    /// [`LiveSession::reopen`], appending through `disk`.
    pub(crate) fn reopen_on(
        path: &Path,
        clock: Arc<dyn Clock>,
        disk: Arc<dyn Disk>,
    ) -> Result<(LiveSession, Option<PathBuf>), StoreError> {
        let reopened = reopen_journal_on(path, disk)?;
        let state = SessionState::from_entries(&reopened.read.entries)
            .map_err(|why| StoreError::Unreadable(Problem::new(path, why)))?;
        let clock = SessionClock::resume(clock, state.last);
        Ok((
            LiveSession {
                state,
                journal: reopened.journal,
                clock,
                unrecorded_step: 0,
            },
            reopened.torn_saved_to,
        ))
    }

    /// [`LiveSession::reopen_on`] from a journal already read and folded ([`Folded::read`]):
    /// a long session is not read a second time to be resumed. Read again if the file has
    /// changed since, or if it had a torn last line (that is saved and cut off as usual).
    pub(crate) fn reopen_folded(
        path: &Path,
        folded: Folded,
        clock: Arc<dyn Clock>,
        disk: Arc<dyn Disk>,
    ) -> Result<(LiveSession, Option<PathBuf>), StoreError> {
        if folded.torn {
            return Self::reopen_on(path, clock, disk);
        }
        let journal = Journal::open_append(path, folded.header, folded.stamp.len, disk.clone())?;
        if FileStamp::of_open(journal.file()) != Some(folded.stamp) {
            drop(journal);
            return Self::reopen_on(path, clock, disk);
        }
        let clock = SessionClock::resume(clock, folded.state.last);
        Ok((
            LiveSession {
                state: folded.state,
                journal,
                clock,
                unrecorded_step: 0,
            },
            None,
        ))
    }

    /// The session as read from its journal, for [`LiveSession::reopen_folded`] later (when it
    /// is left without being ended and may be resumed).
    pub(crate) fn folded(&self) -> Option<Folded> {
        Some(Folded {
            stamp: FileStamp::of_open(self.journal.file())?,
            header: self.journal.header().clone(),
            torn: false,
            state: self.state.clone(),
        })
    }

    pub fn state(&self) -> &SessionState {
        &self.state
    }

    pub fn now(&self) -> Stamp {
        self.clock.now()
    }

    pub fn path(&self) -> &Path {
        self.journal.path()
    }

    /// Decides, writes and syncs, then folds: when this returns `Ok`, the events are on disk.
    /// A change of the wall clock noticed since the last write is recorded first (the returned
    /// entries do not include it).
    pub fn execute(&mut self, command: &Command) -> Result<Vec<Entry>, ExecuteError> {
        let now = self.clock.now();
        let entries = self.state.decide(command, now)?;
        let stepped = self.clock_step(now);
        self.commit(stepped.as_slice(), &entries)?;
        Ok(entries)
    }

    /// Records whatever fell due (a timeout running out), and a change of the wall clock. Call
    /// it every frame; it is cheap when nothing is due.
    pub fn tick(&mut self) -> Result<Vec<Entry>, StoreError> {
        let now = self.clock.now();
        let due = self.state.due(now);
        let stepped = self.clock_step(now);
        self.commit(stepped.as_slice(), &due)?;
        Ok(stepped.into_iter().chain(due).collect())
    }

    /// The wall clock changes the session clock noticed and the journal does not hold yet, as
    /// one entry, if there were any.
    fn clock_step(&mut self, now: Stamp) -> Option<Entry> {
        if let Some(step) = self.clock.take_step() {
            self.unrecorded_step = self.unrecorded_step.saturating_add(step);
        }
        (self.unrecorded_step != 0).then(|| {
            Entry::new(
                now,
                Event::ClockStepped {
                    by_ms: self.unrecorded_step,
                },
            )
        })
    }

    fn commit(&mut self, first: &[Entry], entries: &[Entry]) -> Result<(), StoreError> {
        if first.is_empty() && entries.is_empty() {
            return Ok(());
        }
        let all: Vec<Entry> = first.iter().chain(entries).cloned().collect();
        self.journal.append(&all)?;
        self.unrecorded_step = 0;
        all.iter().for_each(|e| self.state.fold(e));
        Ok(())
    }
}

/// A journal read and folded, and which version of the file that was.
#[derive(Debug, Clone)]
pub(crate) struct Folded {
    pub stamp: FileStamp,
    pub header: super::JournalHeader,
    /// Its last line was torn: resuming must repair it, so it is read again then.
    pub torn: bool,
    pub state: SessionState,
}

impl Folded {
    /// Reads and folds the journal at `path`.
    pub fn read(path: &Path) -> Result<Folded, Problem> {
        // Taken before reading: a file changed during the read has another stamp by the time
        // it is compared, and is read again.
        let stamp = FileStamp::of(path);
        let read = super::read_journal(path)?;
        let state =
            SessionState::from_entries(&read.entries).map_err(|why| Problem::new(path, why))?;
        Ok(Folded {
            stamp: stamp.unwrap_or_default(),
            header: read.header,
            torn: read.torn.is_some(),
            state,
        })
    }

    /// Whether the file at `path` is still the one that was read.
    pub fn is_current(&self, path: &Path) -> bool {
        FileStamp::of(path) == Some(self.stamp)
    }
}

/// Which version of a file: its length, when it was last changed and (on Unix) which file it
/// is, so that a sync engine's replacement of the same length and time is still noticed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct FileStamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    inode: u64,
}

impl FileStamp {
    fn of(path: &Path) -> Option<FileStamp> {
        std::fs::metadata(path).ok().map(|m| FileStamp::from(&m))
    }

    fn of_open(file: &std::fs::File) -> Option<FileStamp> {
        file.metadata().ok().map(|m| FileStamp::from(&m))
    }

    fn from(meta: &std::fs::Metadata) -> FileStamp {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let inode = 0;
        FileStamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            inode,
        }
    }
}
