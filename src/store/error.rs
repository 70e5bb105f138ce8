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
    fn done(self) -> &'static str {
        match self {
            Action::CreateFolder => "created",
            Action::Open => "opened",
            Action::Read => "read",
            Action::Write | Action::Append | Action::Rename => "saved",
            Action::Sync => "saved to the disk",
            Action::Repair => "repaired",
        }
    }
}

/// A write to the data folder that did not happen. Its `Display` is one plain sentence: which
/// file, what went wrong, what to do. Whatever was saved before is still there.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The operating system refused or failed: disk full, no permission, disk gone.
    #[error("{}", io_sentence(.path, *.action, .source))]
    Io {
        path: PathBuf,
        action: Action,
        #[source]
        source: io::Error,
    },
    /// The file already on disk could not be read, so it is not written over.
    #[error("{}", .0.sentence())]
    Unreadable(Problem),
    /// Refused: the file exists and must not be replaced (a session journal).
    #[error(
        "{} already exists, so Groundwork will not write over it; use another session number, or move that file out of the folder and try again.",
        .path.display()
    )]
    AlreadyExists { path: PathBuf },
    /// A couple id that is not a safe folder name.
    #[error(
        "\"{id}\" cannot be used as a couple's folder name (only letters, digits, '-' and '_', at most 64), which is a bug in Groundwork; please report it."
    )]
    InvalidCoupleId { id: String },
    /// The value could not be turned into RON text.
    #[error(
        "{} could not be saved because its contents could not be written as text ({message}), which is a bug in Groundwork; please report it.",
        .path.display()
    )]
    Serialize { path: PathBuf, message: String },
    /// An earlier append failed and could not be undone; appending more would damage the file.
    #[error(
        "{} could not be written to safely after an earlier error; close the session and open it again to carry on (everything saved before is safe).",
        .path.display()
    )]
    JournalBroken { path: PathBuf },
    /// The file changed on disk while Groundwork was recovering it.
    #[error(
        "{} changed while Groundwork was repairing it, so it was left as it is; make sure Groundwork is not running twice, then open the session again.",
        .path.display()
    )]
    Changed { path: PathBuf },
    /// Another Groundwork holds the practice's lock; nothing was written.
    #[error(
        "Groundwork is already open on this practice ({}) {}; use that window, or close Groundwork there and try again (nothing was changed).",
        .root.display(), .holder.where_words()
    )]
    Locked { root: PathBuf, holder: Holder },
    /// The practice is protected by a passphrase and has not been unlocked; nothing was read.
    #[error(
        "The practice in {} is protected by a passphrase: unlock it first (nothing was read or changed).",
        .root.display()
    )]
    NeedsPassphrase { root: PathBuf },
    /// The journal grew on disk without this Groundwork writing it: another program (a second
    /// Groundwork) appended to it. Nothing is written after a line this process did not write.
    #[error(
        "{} was changed by another program (is Groundwork open twice?), so the last step was not recorded and the file was left as it is; close the other Groundwork, then open the session again (everything recorded before is safe).",
        .path.display()
    )]
    ChangedElsewhere { path: PathBuf },
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
    let p = path.display();
    if is_full(err) {
        return match action {
            Action::Append => format!(
                "The disk is full, so the last step was not recorded in {p}; free some space on the disk, then do it again (everything recorded before is safe)."
            ),
            _ => format!(
                "The disk is full, so {p} could not be {}; free some space on the disk, then try again (everything saved before is safe).",
                action.done()
            ),
        };
    }
    match err.kind() {
        io::ErrorKind::InvalidFilename => format!(
            "{p} could not be {} because its name is too long for the disk; choose a shorter name or folder, then try again.",
            action.done()
        ),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => format!(
            "Groundwork may not write to {p}; check that the folder belongs to you and is not read-only (or choose another data folder with --data-dir), then try again."
        ),
        _ => format!(
            "{p} could not be {} ({err}); check that the disk is connected and working, then try again (everything saved before is safe).",
            action.done()
        ),
    }
}
