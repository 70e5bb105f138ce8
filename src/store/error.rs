//! What can go wrong while writing to the data folder, said so a therapist can act on it.

use std::io;
use std::path::{Path, PathBuf};

use super::Problem;
use super::lock::Holder;

/// What the store was doing when the operating system said no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    CreateFolder,
    Open,
    Read,
    Write,
    /// Adding the last step to a session's journal.
    Append,
    Sync,
    Rename,
    Repair,
}

impl Action {
    /// What could not be done, in the form the sentences of [`io_sentence`] take in the
    /// therapist's language ("saved", "gespeichert", "guardar").
    fn done(self) -> String {
        match self {
            Action::CreateFolder => crate::t!("doc-store-done-created"),
            Action::Open => crate::t!("doc-store-done-opened"),
            Action::Read => crate::t!("doc-store-done-read"),
            Action::Write | Action::Append | Action::Rename => crate::t!("doc-store-done-saved"),
            Action::Sync => crate::t!("doc-store-done-synced"),
            Action::Repair => crate::t!("doc-store-done-repaired"),
        }
    }
}

/// A write to the data folder that did not happen. Its `Display` is one plain sentence in the
/// therapist's language: which file, what went wrong, what to do. Whatever was saved before is
/// still there.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The operating system refused or failed: disk full, no permission, disk gone.
    Io {
        path: PathBuf,
        action: Action,
        #[source]
        source: io::Error,
    },
    /// The file already on disk could not be read, so it is not written over.
    Unreadable(Problem),
    /// Refused: the file exists and must not be replaced (a session journal).
    AlreadyExists { path: PathBuf },
    /// A couple id that is not a safe folder name.
    InvalidCoupleId { id: String },
    /// The value could not be turned into RON text.
    Serialize { path: PathBuf, message: String },
    /// An earlier append failed and could not be undone; appending more would damage the file.
    JournalBroken { path: PathBuf },
    /// The file changed on disk while Groundwork was recovering it.
    Changed { path: PathBuf },
    /// Another Groundwork holds the practice's lock; nothing was written.
    Locked { root: PathBuf, holder: Holder },
    /// The practice is protected by a passphrase and has not been unlocked; nothing was read.
    NeedsPassphrase { root: PathBuf },
    /// The journal grew on disk without this Groundwork writing it: another program (a second
    /// Groundwork) appended to it. Nothing is written after a line this process did not write.
    ChangedElsewhere { path: PathBuf },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |p: &Path| p.display().to_string();
        let sentence = match self {
            StoreError::Io {
                path,
                action,
                source,
            } => io_sentence(path, *action, source),
            StoreError::Unreadable(problem) => problem.sentence(),
            StoreError::AlreadyExists { path } => {
                crate::t!("doc-store-already-exists", file = shown(path))
            }
            StoreError::InvalidCoupleId { id } => crate::t!("doc-store-bad-couple-id", id = id),
            StoreError::Serialize { path, message } => {
                crate::t!("doc-store-not-text", file = shown(path), message = message)
            }
            StoreError::JournalBroken { path } => {
                crate::t!("doc-store-journal-broken", file = shown(path))
            }
            StoreError::Changed { path } => crate::t!("doc-store-changed", file = shown(path)),
            StoreError::Locked { root, holder } => crate::t!(
                "doc-store-locked",
                folder = shown(root),
                place = holder.where_words()
            ),
            StoreError::NeedsPassphrase { root } => {
                crate::t!("doc-store-needs-passphrase", folder = shown(root))
            }
            StoreError::ChangedElsewhere { path } => {
                crate::t!("doc-store-changed-elsewhere", file = shown(path))
            }
        };
        f.write_str(&sentence)
    }
}

impl StoreError {
    pub(crate) fn io(path: &Path, action: Action, source: io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_owned(),
            action,
            source,
        }
    }

    /// The file or folder concerned.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Io { path, .. }
            | StoreError::AlreadyExists { path }
            | StoreError::Serialize { path, .. }
            | StoreError::JournalBroken { path }
            | StoreError::Changed { path }
            | StoreError::ChangedElsewhere { path } => Some(path),
            StoreError::Locked { root, .. } | StoreError::NeedsPassphrase { root } => Some(root),
            StoreError::Unreadable(problem) => Some(&problem.path),
            StoreError::InvalidCoupleId { .. } => None,
        }
    }

    /// True when the disk (or the user's quota) is full.
    pub fn is_disk_full(&self) -> bool {
        matches!(self, StoreError::Io { source, .. } if is_full(source))
    }
}

fn is_full(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    )
}

fn io_sentence(path: &Path, action: Action, err: &io::Error) -> String {
    let p = path.display().to_string();
    if is_full(err) {
        return match action {
            Action::Append => crate::t!("doc-store-full-append", file = p),
            _ => crate::t!("doc-store-full", file = p, done = action.done()),
        };
    }
    match err.kind() {
        io::ErrorKind::InvalidFilename => {
            crate::t!("doc-store-name-too-long", file = p, done = action.done())
        }
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            crate::t!("doc-store-not-allowed", file = p)
        }
        _ => crate::t!(
            "doc-store-failed",
            file = p,
            done = action.done(),
            error = err.to_string()
        ),
    }
}
