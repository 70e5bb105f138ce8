//! One writer per practice folder: an operating-system lock on `.groundwork.lock` in the data
//! folder, held for as long as the practice is open for writing.
//!
//! The lock belongs to the open file, so it disappears with the process that holds it: a crash,
//! a power cut or `kill -9` never leaves a practice locked. The file's contents (computer,
//! process, since when) are only there to tell a second Groundwork who holds the lock.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::error::{Action, StoreError};
use super::fs::ensure_dir;

/// How long a lock this process held may outlive it (see [`PracticeLock::acquire`]).
const SELF_WAIT: Duration = Duration::from_secs(2);

/// The lock file's name in the data folder.
pub const LOCK_FILE: &str = ".groundwork.lock";

/// Who holds a practice's lock, as written in the lock file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Holder {
    /// The computer's name (empty if unknown).
    pub host: String,
    pub pid: Option<u32>,
    /// When that Groundwork took the lock, as `YYYY-MM-DD HH:MM` local time (empty if unknown).
    pub since: String,
}

impl Holder {
    fn this_process() -> Holder {
        Holder {
            host: host_name(),
            pid: Some(std::process::id()),
            since: chrono::Local::now().format("%Y-%m-%d %H:%M").to_string(),
        }
    }

    fn to_text(&self) -> String {
        format!(
            "host: {}\npid: {}\nsince: {}\n",
            self.host,
            self.pid.map_or(String::new(), |p| p.to_string()),
            self.since
        )
    }

    fn parse(text: &str) -> Holder {
        let mut holder = Holder::default();
        for line in text.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match key.trim() {
                "host" => holder.host = value.chars().take(100).collect(),
                "pid" => holder.pid = value.parse().ok(),
                "since" => holder.since = value.chars().take(40).collect(),
                _ => {}
            }
        }
        holder
    }

    /// Which computer, in the therapist's words: "on the computer OFFICE-PC", "on this
    /// computer (LAPTOP)".
    fn place_words(&self) -> String {
        if self.host.is_empty() {
            crate::t!("store-lock-anywhere")
        } else if self.host == host_name() {
            crate::t!("store-lock-here", host = &self.host)
        } else {
            crate::t!("store-lock-there", host = &self.host)
        }
    }

    /// [`Holder::place_words`] and since when: "on the computer OFFICE-PC since 2026-11-22
    /// 14:02".
    pub(crate) fn where_words(&self) -> String {
        let place = self.place_words();
        if self.since.is_empty() {
            place
        } else {
            crate::t!("store-lock-since", place = place, since = &self.since)
        }
    }
}

/// The name of this computer, or "" if the system does not say.
pub(crate) fn host_name() -> String {
    let name = gethostname::gethostname()
        .to_string_lossy()
        .trim()
        .to_owned();
    if !name.is_empty() {
        return name;
    }
    ["HOSTNAME", "COMPUTERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|n| !n.trim().is_empty()))
        .unwrap_or_default()
}

/// A practice folder locked by this process. Dropping it releases the lock.
#[derive(Debug)]
pub struct PracticeLock {
    path: PathBuf,
    /// Holds the lock; `None` when the folder is read-only and there was no lock file to lock
    /// (nothing can be written there by anyone then).
    _file: Option<File>,
}

impl PracticeLock {
    /// Locks the practice in `root` (creating the folder if it is missing), or says who holds
    /// it: [`StoreError::Locked`]. A second Groundwork writes nothing before it is refused: the
    /// lock file is only written once it is locked.
    pub fn acquire(root: &Path) -> Result<PracticeLock, StoreError> {
        ensure_dir(root)?;
        let path = root.join(LOCK_FILE);
        let mut file = match open_lock_file(&path, true) {
            Ok(file) => file,
            // A read-only data folder: lock the file if it is there; if it is not, nobody can
            // write to this folder, so there is nothing to protect.
            Err(e) if is_read_only(&e) => match open_lock_file(&path, false) {
                Ok(file) => file,
                Err(_) => {
                    return Ok(PracticeLock { path, _file: None });
                }
            },
            Err(e) => return Err(StoreError::io(&path, Action::Open, e)),
        };
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) => {
                    let mut text = String::new();
                    let _ = file
                        .seek(SeekFrom::Start(0))
                        .and_then(|_| (&file).take(4096).read_to_string(&mut text));
                    let holder = Holder::parse(&text);
                    // The lock belongs to the open file, and a child process started from this
                    // one (a PDF viewer, the tests' command lines) shares our open files for a
                    // moment, until it runs its program. A lock this process let go of may so
                    // outlive it briefly: wait for it rather than refuse ourselves.
                    if holder.pid == Some(std::process::id())
                        && holder.host == host_name()
                        && started.elapsed() < SELF_WAIT
                    {
                        std::thread::sleep(Duration::from_millis(10));
                        continue;
                    }
                    return Err(StoreError::Locked {
                        root: root.to_owned(),
                        holder,
                    });
                }
                Err(TryLockError::Error(e)) => return Err(StoreError::io(&path, Action::Open, e)),
            }
        }
        // Ours now: say who we are. A read-only lock file keeps its old words; the lock holds.
        let text = Holder::this_process().to_text();
        let _ = file
            .set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| file.write_all(text.as_bytes()))
            .and_then(|()| file.sync_data());
        Ok(PracticeLock {
            path,
            _file: Some(file),
        })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn is_read_only(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Opens (and, when `create`, creates) the lock file without truncating it, never following it
/// into a FIFO or device: only a regular file is accepted.
fn open_lock_file(path: &Path, create: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options
        .read(true)
        .write(create)
        .create(create)
        .truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options
            .mode(0o600)
            .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::t!("store-lock-not-a-file"),
        ));
    }
    Ok(file)
}

/// What a sync engine must leave on each computer: the lock (replaced by another computer's
/// copy, it would no longer be the file this process locked), temporary files mid-write, and
/// each computer's index of the couples (its stamps are its own).
const SYNC_IGNORES: [&str; 3] = [LOCK_FILE, ".*.tmp", ".index-*"];

/// Keeps the lock and temporary files out of sync where the data folder is a Syncthing folder:
/// writes `.stignore` if there is none, or adds the missing patterns to the therapist's own.
/// Syncthing reads it only at the root of a synced folder; elsewhere it does nothing.
pub fn keep_out_of_sync(root: &Path) -> io::Result<()> {
    let path = root.join(".stignore");
    let existing = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    let missing: Vec<&str> = SYNC_IGNORES
        .into_iter()
        .filter(|p| !existing.lines().any(|l| l.trim() == *p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut text = String::new();
    if !existing.is_empty() && !existing.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("// Groundwork: its lock, half-written files and index stay on each computer\n");
    for p in missing {
        text.push_str(p);
        text.push('\n');
    }
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holder_survives_the_round_trip_through_the_file() {
        crate::locale::set_therapist(Some(crate::model::Lang::En));
        let holder = Holder {
            host: "OFFICE-PC".into(),
            pid: Some(4242),
            since: "2026-11-22 14:02".into(),
        };
        assert_eq!(Holder::parse(&holder.to_text()), holder);
        assert_eq!(
            holder.where_words(),
            "on the computer OFFICE-PC since 2026-11-22 14:02"
        );
        assert_eq!(Holder::parse("garbage\n\0"), Holder::default());
        assert_eq!(
            Holder::default().where_words(),
            "on this or another computer"
        );
        // In another language: the computer's name and the time as they are, the words around
        // them translated.
        crate::locale::set_therapist(Some(crate::model::Lang::De));
        assert_eq!(
            holder.where_words(),
            "auf dem Computer OFFICE-PC seit 2026-11-22 14:02"
        );
        let here = Holder {
            host: host_name(),
            since: String::new(),
            ..holder
        };
        if !here.host.is_empty() {
            assert_eq!(
                here.where_words(),
                format!("auf diesem Computer ({})", here.host)
            );
        }
        crate::locale::set_therapist(None);
    }

    #[test]
    fn a_second_lock_in_the_same_process_is_refused_and_dropping_frees_it() {
        let dir = tempfile::tempdir().unwrap();
        let first = PracticeLock::acquire(dir.path()).unwrap();
        let err = PracticeLock::acquire(dir.path()).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("Groundwork is already open on this practice"),
            "{err}"
        );
        drop(first);
        PracticeLock::acquire(dir.path()).unwrap();
    }
}
