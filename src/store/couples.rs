//! The data folder and the couples in it.

use std::fs;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{NaiveDate, NaiveDateTime};

use super::Problem;
use super::disk::{Disk, RealDisk};
use super::error::{Action, StoreError};
use super::fs::{
    check_in_folder, create_atomic_unsynced_folder, create_atomic_with, ensure_dir,
    problem_from_io, read_ron, refuse_if_unreadable, sync_dir, write_ron_unchecked,
};
use super::journal::{Journal, JournalHeader, encode_journal};
use crate::model::{Couple, CoupleId, Entry, SCHEMA_VERSION, Settings};

const COUPLES: &str = "couples";
const COUPLE_FILE: &str = "couple.ron";
const SESSIONS: &str = "sessions";
const EXPORTS: &str = "exports";
const TEMPLATES: &str = "templates";
const SETTINGS: &str = "settings.ron";
pub(crate) const JOURNAL_SUFFIX: &str = ".journal";

/// The data folder:
///
/// ```text
/// <root>/couples/<couple-id>/couple.ron
/// <root>/couples/<couple-id>/sessions/0003-2026-11-22.journal
/// <root>/couples/<couple-id>/exports/
/// <root>/templates/*.ron
/// <root>/settings.ron
/// ```
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// What every file written through the store goes through (the real disk, but for tests).
    disk: Arc<dyn Disk>,
    /// The tag of this computer, put in the names of new journals; `None` names them as
    /// before device tags (`0003-2026-11-22.journal`).
    device: Option<String>,
}

/// A couple as listed on the home screen: the couple file and the names of its session files.
/// Journals are not read until a session is opened.
#[derive(Debug, Clone, PartialEq)]
pub struct CoupleSummary {
    pub couple: Couple,
    /// Sorted by session number, then date.
    pub sessions: Vec<SessionFile>,
    /// A sync engine left copies in the couple's folder (of its record, of a session or of a
    /// session's open marker): only such a couple's folder has conflicts to resolve.
    pub copies: bool,
    /// The folders in the couple's folder (`sessions`, `exports`, …) when it and its sessions
    /// folder hold only what Groundwork keeps there: no folder in the sessions folder, and no
    /// sealed copy left by a protection that was cut short. `None` otherwise.
    pub subfolders: Option<Vec<String>>,
}

impl CoupleSummary {
    pub fn last_session(&self) -> Option<&SessionFile> {
        self.sessions.last()
    }

    /// The number the couple's next session gets.
    pub fn next_session_number(&self) -> u32 {
        self.sessions
            .last()
            .map_or(1, |s| s.number.saturating_add(1))
    }

    /// The sessions whose journals are not in the couple's record (all of them in a record
    /// from before [`Couple::recorded`] was kept).
    pub fn unrecorded(&self) -> Vec<&SessionFile> {
        let recorded = self.couple.recorded.as_deref().unwrap_or_default();
        // A record lists its journals in the order they were recorded, usually the sessions'
        // order: walked side by side, only a journal out of step is looked up in all of them.
        let mut next = 0;
        let mut all: Option<std::collections::HashSet<&str>> = None;
        let mut out = Vec::new();
        for file in &self.sessions {
            let name = file.path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if recorded.get(next).is_some_and(|r| r == name) {
                next += 1;
                continue;
            }
            let all = all.get_or_insert_with(|| recorded.iter().map(String::as_str).collect());
            if !all.contains(name) {
                out.push(file);
            }
        }
        out
    }
}

/// A session journal found by its file name: `0003-2026-11-22-k7q2mf.journal` (session number,
/// date, the tag of the computer that started it), or `0003-2026-11-22.journal` from before
/// device tags. Two computers may both have a session 3: each keeps its own file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SessionFile {
    pub number: u32,
    pub date: NaiveDate,
    /// The tag of the computer that started it (none in older names).
    pub device: Option<String>,
    pub path: PathBuf,
}

impl SessionFile {
    /// `0003-2026-11-22.journal`
    pub fn file_name(number: u32, date: NaiveDate) -> String {
        SessionFile::file_name_on(number, date, None)
    }

    /// `0003-2026-11-22-k7q2mf.journal`, or without a device `0003-2026-11-22.journal`.
    pub fn file_name_on(number: u32, date: NaiveDate, device: Option<&str>) -> String {
        let device = device.map_or(String::new(), |d| format!("-{d}"));
        format!(
            "{number:04}-{}{device}{JOURNAL_SUFFIX}",
            date.format("%Y-%m-%d")
        )
    }

    /// The session number and date in a journal's file name.
    pub fn parse_file_name(name: &str) -> Option<(u32, NaiveDate)> {
        SessionFile::parse_name(name).map(|(n, d, _)| (n, d))
    }

    /// The session number, date and device tag (if any) in a journal's file name.
    pub fn parse_name(name: &str) -> Option<(u32, NaiveDate, Option<String>)> {
        let stem = name.strip_suffix(JOURNAL_SUFFIX)?;
        let (number, rest) = stem.split_once('-')?;
        if number.is_empty() || number.len() > 9 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (date, device) = rest.split_at_checked(10)?;
        let device = match device {
            "" => None,
            d => {
                let tag = d.strip_prefix('-')?;
                if !super::device::is_valid_device_tag(tag) {
                    return None;
                }
                Some(tag.to_owned())
            }
        };
        // `2026-11-22`, read by hand: chrono's format parser cost more than the rest of a
        // sessions folder's listing.
        let part = |range: std::ops::Range<usize>| {
            let digits = date.get(range)?;
            digits
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| digits.parse::<u32>().ok())
                .flatten()
        };
        if date.as_bytes().get(4) != Some(&b'-') || date.as_bytes().get(7) != Some(&b'-') {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(part(0..4)? as i32, part(5..7)?, part(8..10)?)?;
        Some((number.parse().ok()?, date, device))
    }
}

/// Everything on the home screen, and every file that could not be read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    /// Sorted by id (which starts with the creation time).
    pub couples: Vec<CoupleSummary>,
    pub problems: Vec<Problem>,
}

/// Whether `id` is safe as a folder name on every platform: 1 to 64 ASCII letters, digits, `-`
/// and `_`, starting with a letter or digit, and not a reserved Windows device name.
pub fn is_valid_couple_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    let reserved = {
        let upper = id.to_ascii_uppercase();
        matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
            || ((upper.starts_with("COM") || upper.starts_with("LPT"))
                && upper.len() == 4
                && upper.as_bytes()[3].is_ascii_digit())
    };
    (1..=64).contains(&bytes.len())
        && bytes[0].is_ascii_alphanumeric()
        && bytes
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !reserved
}

impl Store {
    /// Opens the data folder at `root`, creating it and its `couples` and `templates` folders
    /// (private to the owner) if they are missing.
    ///
    /// Only `root` itself must be there or be made: in a read-only data folder a missing
    /// `couples` or `templates` folder is left missing (it reads as empty), and the first save
    /// into it says why it cannot be made.
    pub fn open(root: &Path) -> Result<Store, StoreError> {
        let store = Store {
            root: root.to_owned(),
            disk: Arc::new(RealDisk),
            device: None,
        };
        ensure_dir(root)?;
        let _ = ensure_dir(&store.couples_dir());
        let _ = ensure_dir(&store.templates_dir());
        Ok(store)
    }

    /// The data folder at `root` as it is, creating nothing: for reading (and printing) only.
    pub fn open_existing(root: &Path) -> Result<Store, StoreError> {
        match fs::metadata(root) {
            Ok(meta) if meta.is_dir() => Ok(Store {
                root: root.to_owned(),
                disk: Arc::new(RealDisk),
                device: None,
            }),
            Ok(_) => Err(StoreError::io(
                root,
                Action::Open,
                std::io::Error::new(
                    std::io::ErrorKind::NotADirectory,
                    crate::t!("store-file-in-the-way"),
                ),
            )),
            Err(e) => Err(StoreError::io(root, Action::Open, e)),
        }
    }

    /// The same data folder, written through `disk` (tests use a disk that fills up).
    pub fn with_disk(mut self, disk: Arc<dyn Disk>) -> Store {
        self.disk = disk;
        self
    }

    /// The same data folder, naming new journals with this computer's tag
    /// (`0003-2026-11-22-k7q2mf.journal`).
    pub fn with_device(mut self, tag: &str) -> Store {
        self.device = super::device::is_valid_device_tag(tag).then(|| tag.to_owned());
        self
    }

    /// The tag new journals are named with, if any.
    pub fn device(&self) -> Option<&str> {
        self.device.as_deref()
    }

    pub fn disk(&self) -> &Arc<dyn Disk> {
        &self.disk
    }

    /// The platform's data folder for Groundwork (e.g. `~/.local/share/groundwork` on Linux),
    /// if the platform has one.
    pub fn default_root() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "Groundwork").map(|d| d.data_dir().to_owned())
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn couples_dir(&self) -> PathBuf {
        self.root.join(COUPLES)
    }

    /// The therapist's own templates.
    pub fn templates_dir(&self) -> PathBuf {
        self.root.join(TEMPLATES)
    }

    /// Read and write it with [`super::read_ron`] and [`super::write_ron`].
    pub fn settings_path(&self) -> PathBuf {
        self.root.join(SETTINGS)
    }

    pub fn couple_dir(&self, id: &CoupleId) -> PathBuf {
        self.couples_dir().join(&id.0)
    }

    pub fn couple_path(&self, id: &CoupleId) -> PathBuf {
        self.couple_dir(id).join(COUPLE_FILE)
    }

    pub fn sessions_dir(&self, id: &CoupleId) -> PathBuf {
        self.couple_dir(id).join(SESSIONS)
    }

    pub fn journal_path(&self, id: &CoupleId, number: u32, date: NaiveDate) -> PathBuf {
        self.sessions_dir(id).join(SessionFile::file_name_on(
            number,
            date,
            self.device.as_deref(),
        ))
    }

    /// Where the couple's PDFs go. Not created until [`Store::create_exports_dir`].
    pub fn exports_dir(&self, id: &CoupleId) -> PathBuf {
        self.couple_dir(id).join(EXPORTS)
    }

    /// Creates the couple's exports folder if needed and returns it.
    pub fn create_exports_dir(&self, id: &CoupleId) -> Result<PathBuf, StoreError> {
        check_id(id)?;
        let dir = self.exports_dir(id);
        ensure_dir(&dir)?;
        Ok(dir)
    }

    /// A new couple id like `c-20261122-200301-3f9a`: the creation time and a random part, never
    /// anything from the partners' names. It names no existing folder.
    pub fn new_couple_id(&self, now: NaiveDateTime) -> CoupleId {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let stamp = now.format("%Y%m%d-%H%M%S");
        for attempt in 0u32.. {
            let mut hasher = RandomState::new().build_hasher();
            hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
            hasher.write_u32(std::process::id());
            if let Ok(since) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
                hasher.write_u128(since.as_nanos());
            }
            let random = hasher.finish();
            // Four hex digits keep ids short; after many collisions within one second (only
            // with generated data) use sixteen.
            let id = CoupleId(if attempt < 64 {
                format!("c-{stamp}-{:04x}", random & 0xffff)
            } else {
                format!("c-{stamp}-{random:016x}")
            });
            if matches!(self.couple_dir(&id).try_exists(), Ok(false)) {
                return id;
            }
        }
        unreachable!("an unbounded loop only ends by returning")
    }

    /// Saves a couple atomically to `couples/<id>/couple.ron`. If a `couple.ron` is already
    /// there and cannot be read, it is not written over: [`StoreError::Unreadable`].
    pub fn save_couple(&self, couple: &Couple) -> Result<(), StoreError> {
        check_id(&couple.id)?;
        let path = self.couple_path(&couple.id);
        if fs::symlink_metadata(&path).is_ok() {
            self.load_couple(&couple.id)
                .map_err(StoreError::Unreadable)?;
        }
        ensure_dir(&self.couple_dir(&couple.id))?;
        // Whatever version it was read from, it is written in today's format.
        let current = Couple {
            schema: SCHEMA_VERSION,
            ..couple.clone()
        };
        write_ron_unchecked(&*self.disk, &path, &current)
    }

    /// Saves `settings.ron` atomically. If a `settings.ron` is already there and cannot be read,
    /// it is not written over: [`StoreError::Unreadable`].
    pub fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        let path = self.settings_path();
        refuse_if_unreadable::<Settings>(&path)?;
        write_ron_unchecked(&*self.disk, &path, settings)
    }

    /// Loads `couples/<id>/couple.ron`.
    pub fn load_couple(&self, id: &CoupleId) -> Result<Couple, Problem> {
        RECORDS_READ.with(|n| n.set(n.get() + 1));
        if !is_valid_couple_id(&id.0) {
            return Err(Problem::new(
                &self.couple_dir(id),
                crate::t!("store-couple-folder-name"),
            ));
        }
        let path = self.couple_path(id);
        check_in_folder(&self.root, &path)?;
        let couple: Couple = read_ron(&path)?;
        if couple.id != *id {
            return Err(Problem::new(
                &path,
                crate::t!(
                    "store-couple-wrong-folder",
                    couple = couple.id.to_string(),
                    folder = id.to_string()
                ),
            ));
        }
        Ok(couple)
    }

    /// Every couple with the names of its session files. Journals are not opened. A couple or
    /// folder that cannot be read becomes a [`Problem`]; every other couple is still listed.
    pub fn couples(&self) -> Listing {
        let mut listing = Listing::default();
        for id in self.couple_folders(&mut listing.problems) {
            let (couple, problems) = self.couple_listing(&id);
            listing.problems.extend(problems);
            listing.couples.extend(couple);
        }
        listing
            .couples
            .sort_by(|a, b| a.couple.id.cmp(&b.couple.id));
        listing.problems.sort_by(|a, b| a.path.cmp(&b.path));
        listing
    }

    /// The couples' folders, by name (a problem for each that cannot be listed or named).
    pub(crate) fn couple_folders(&self, problems: &mut Vec<Problem>) -> Vec<CoupleId> {
        let dir = self.couples_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            // A read-only data folder where it could not be made: no couples yet.
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
            Err(err) => {
                problems.push(problem_from_io(&dir, &err));
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    problems.push(problem_from_io(&dir, &err));
                    continue;
                }
            };
            let path = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                problems.push(Problem::new(&path, crate::t!("store-folder-name-not-text")));
                continue;
            };
            if name.starts_with('.') || !path.is_dir() {
                continue;
            }
            out.push(CoupleId(name));
        }
        out
    }

    /// One couple as [`Store::couples`] lists it: the couple (none if its folder holds no
    /// readable record, or is gone) and every problem found in its folder. The app re-lists one
    /// couple this way after changing it, rather than the whole data folder.
    pub fn couple_listing(&self, id: &CoupleId) -> (Option<CoupleSummary>, Vec<Problem>) {
        let (sessions, mut problems, session_copies, tidy) = self.session_files_and_copies(id);
        let record_copies = self.couple_conflicts(id);
        let copies = session_copies || !record_copies.is_empty();
        problems.extend(record_copies);
        let subfolders = self.subfolders(id).filter(|_| tidy);
        let couple_path = self.couple_path(id);
        if is_valid_couple_id(&id.0)
            && matches!(fs::symlink_metadata(&couple_path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
        {
            // A folder left empty by a crash while a new couple was created is not worth a
            // warning; sessions without their couple are.
            if !sessions.is_empty() {
                problems.push(Problem::new(
                    &couple_path,
                    crate::t!("store-couple-missing", count = sessions.len()),
                ));
            }
            return (None, problems);
        }
        match self.load_couple(id) {
            Ok(couple) => (
                Some(CoupleSummary {
                    couple,
                    sessions,
                    copies,
                    subfolders,
                }),
                problems,
            ),
            Err(problem) => {
                problems.push(problem);
                (None, problems)
            }
        }
    }

    /// The couple's session files, found by name (journals are not opened), sorted by number
    /// then date; and a problem for each `.journal` file whose name does not follow the pattern.
    pub fn session_files(&self, id: &CoupleId) -> (Vec<SessionFile>, Vec<Problem>) {
        let (sessions, problems, _, _) = self.session_files_and_copies(id);
        (sessions, problems)
    }

    /// [`Store::session_files`]; whether a sync engine left a copy of anything in the folder
    /// (a journal, or a session's open marker); and whether the folder holds only files, none
    /// of them a sealed copy left by a protection cut short.
    fn session_files_and_copies(
        &self,
        id: &CoupleId,
    ) -> (Vec<SessionFile>, Vec<Problem>, bool, bool) {
        let dir = self.sessions_dir(id);
        let mut sessions = Vec::new();
        let mut problems = Vec::new();
        let mut copies = false;
        let mut tidy = true;
        if let Err(problem) = check_in_folder(&self.root, &dir) {
            problems.push(problem);
            return (sessions, problems, copies, false);
        }
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return (sessions, problems, copies, tidy);
            }
            Err(err) => {
                problems.push(problem_from_io(&dir, &err));
                return (sessions, problems, copies, false);
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    problems.push(problem_from_io(&dir, &err));
                    continue;
                }
            };
            let name = entry.file_name();
            let name = name.to_string_lossy();
            tidy &= !name.ends_with(super::protect::SEALING)
                && entry.file_type().is_ok_and(|t| !t.is_dir());
            if name.starts_with('.') {
                continue;
            }
            if !name.ends_with(JOURNAL_SUFFIX) {
                copies |= super::conflicts::conflict_of(&name).is_some();
                continue;
            }
            // A journal linked out of the data folder is not listed: never read, never appended to.
            // (The file type comes with the folder listing; only links are resolved.)
            if entry.file_type().is_ok_and(|t| t.is_symlink())
                && let Err(problem) = check_in_folder(&self.root, &entry.path())
            {
                problems.push(problem);
                continue;
            }
            // A name Groundwork writes is never a sync engine's copy (their marks hold a
            // `.`, a space or a `_`): the copy's patterns are only tried on the rest.
            if let Some((number, date, device)) = SessionFile::parse_name(&name) {
                sessions.push(SessionFile {
                    number,
                    date,
                    device,
                    path: entry.path(),
                });
            } else if let Some((original, engine)) = super::conflicts::conflict_of(&name) {
                copies = true;
                problems.push(Problem::notice(
                    &entry.path(),
                    crate::t!(
                        "store-journal-copy",
                        copy = entry.path().display().to_string(),
                        original = original,
                        engine = engine.name()
                    ),
                ));
            } else {
                problems.push(Problem::new(&entry.path(), crate::t!("store-journal-name")));
            }
        }
        sessions.sort();
        (sessions, problems, copies, tidy)
    }

    /// The folders in the couple's folder, if it can be listed and holds no sealed copy left by
    /// a protection cut short.
    fn subfolders(&self, id: &CoupleId) -> Option<Vec<String>> {
        let mut folders = Vec::new();
        for entry in fs::read_dir(self.couple_dir(id)).ok()? {
            let entry = entry.ok()?;
            let name = entry.file_name().into_string().ok()?;
            if name.ends_with(super::protect::SEALING) {
                return None;
            }
            if entry.file_type().ok()?.is_dir() {
                folders.push(name);
            }
        }
        folders.sort();
        Some(folders)
    }

    /// Starts a session's journal: writes its header and syncs the file and its folder.
    /// Refuses to overwrite an existing file, or to start a second journal with the same number.
    pub fn create_journal(
        &self,
        id: &CoupleId,
        number: u32,
        date: NaiveDate,
    ) -> Result<Journal, StoreError> {
        let path = self.new_journal_path(id, number, date)?;
        let header = JournalHeader::new(id.clone(), number);
        let text = encode_journal(&path, &header, &[])?;
        create_atomic_with(&path, |w| self.disk.write(&path, w, text.as_bytes()))?;
        Journal::open_append(&path, header, text.len() as u64, self.disk.clone())
    }

    /// Writes a whole journal at once, with one sync (demo data, imports). Same refusals as
    /// [`Store::create_journal`].
    pub fn write_journal(
        &self,
        id: &CoupleId,
        number: u32,
        date: NaiveDate,
        entries: &[Entry],
    ) -> Result<PathBuf, StoreError> {
        let path = self.new_journal_path(id, number, date)?;
        let text = encode_journal(&path, &JournalHeader::new(id.clone(), number), entries)?;
        create_atomic_with(&path, |w| self.disk.write(&path, w, text.as_bytes()))?;
        Ok(path)
    }

    /// Writes several whole journals of a couple (sessions generated, not run: the sample
    /// practice), each as [`Store::write_journal`] writes it, in the same words (sealed the
    /// same way in a protected practice) and with one sync; the sessions folder is listed once
    /// and synced once, after them. Same refusals: never over an existing file, never a second
    /// journal with a number already taken, in the folder or among `journals`. Returns where
    /// each went.
    pub fn write_journals(
        &self,
        id: &CoupleId,
        journals: &[(u32, NaiveDate, &[Entry])],
    ) -> Result<Vec<PathBuf>, StoreError> {
        check_id(id)?;
        let dir = self.sessions_dir(id);
        ensure_dir(&dir)?;
        let (existing, _) = self.session_files(id);
        let mut written: Vec<(u32, PathBuf)> = Vec::new();
        let mut write = || {
            for &(number, date, entries) in journals {
                let same = existing
                    .iter()
                    .map(|s| (s.number, &s.path))
                    .chain(written.iter().map(|(n, p)| (*n, p)))
                    .find(|(n, _)| *n == number);
                if let Some((_, path)) = same {
                    return Err(StoreError::AlreadyExists { path: path.clone() });
                }
                let path = self.journal_path(id, number, date);
                let text = encode_journal(&path, &JournalHeader::new(id.clone(), number), entries)?;
                create_atomic_unsynced_folder(&path, |w| {
                    self.disk.write(&path, w, text.as_bytes())
                })?;
                written.push((number, path));
            }
            Ok(())
        };
        let done = write();
        // Whatever was written is made to last, even when a later journal was refused.
        sync_dir(&dir).map_err(|e| StoreError::io(&dir, Action::Sync, e))?;
        done?;
        Ok(written.into_iter().map(|(_, path)| path).collect())
    }

    fn new_journal_path(
        &self,
        id: &CoupleId,
        number: u32,
        date: NaiveDate,
    ) -> Result<PathBuf, StoreError> {
        check_id(id)?;
        ensure_dir(&self.sessions_dir(id))?;
        let (existing, _) = self.session_files(id);
        if let Some(same) = existing.iter().find(|s| s.number == number) {
            return Err(StoreError::AlreadyExists {
                path: same.path.clone(),
            });
        }
        Ok(self.journal_path(id, number, date))
    }
}

fn check_id(id: &CoupleId) -> Result<(), StoreError> {
    if is_valid_couple_id(&id.0) {
        Ok(())
    } else {
        Err(StoreError::InvalidCoupleId { id: id.0.clone() })
    }
}

thread_local! {
    static RECORDS_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts `n` records read for this thread (read for it by threads working for it).
pub(super) fn count_records_read(n: usize) {
    RECORDS_READ.with(|c| c.set(c.get() + n));
}

/// How many couples' records this thread has read: tests and benchmarks check with it that the
/// list of couples reads only the records that changed.
pub fn records_read_on_this_thread() -> usize {
    RECORDS_READ.with(std::cell::Cell::get)
}
