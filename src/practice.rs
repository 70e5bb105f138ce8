//! The therapist's practice as the app sees it: the data folder, the templates, and the session
//! being run. The UI sends it commands and reads from it; it does the file work, so `ui/` never
//! touches a file. No egui.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::demo::{self, DemoOptions};
use crate::model::{
    Couple, CoupleId, DisplayWindow, Ms, NoteFormat, Paper, Settings, Side, clean_name,
};
use crate::pdf::{DocumentKind, Letterhead};
use crate::session::{self, Clock, Command};
use crate::store::JournalRead;
use crate::store::templates::{self, TemplateSet};
use crate::store::{
    CoupleSummary, Device, Disk, ExecuteError, Index, ListedCouple, LiveSession, OpenMarker,
    PracticeLock, Problem, RealDisk, SessionFile, Store, StoreError, check_in_folder,
    create_atomic_with, file_name, read_journal, read_ron, write_atomic_with,
};

/// The longest file name most file systems allow, in bytes (ext4, APFS, NTFS in UTF-16 units,
/// which are never more than UTF-8 bytes).
const MAX_NAME_BYTES: usize = 255;

/// `stem` followed by `tail` ("… (2).pdf"), the stem cut on a character boundary so that the
/// name fits in [`MAX_NAME_BYTES`].
fn fit_name(stem: &str, tail: &str) -> String {
    let room = MAX_NAME_BYTES.saturating_sub(tail.len());
    format!(
        "{}{tail}",
        stem[..stem.floor_char_boundary(room)].trim_end()
    )
}

/// `x` with one decimal, as the therapist's language writes it: "2.5", "2,5".
fn decimal(x: f64) -> String {
    crate::pdf::decimal_point(crate::locale::therapist(), format!("{x:.1}"))
}

/// A record from before [`Couple::recorded`] was kept lists the journals it recorded: the
/// sessions up to `recorded_through`. Returns whether it changed.
fn migrate_recorded(couple: &mut Couple, sessions: &[SessionFile]) -> bool {
    if couple.recorded.is_some() {
        return false;
    }
    couple.recorded = Some(
        sessions
            .iter()
            .filter(|s| s.number <= couple.recorded_through)
            .map(|s| file_name(&s.path))
            .collect(),
    );
    true
}

/// `settings.ron` (defaults if there is none), or why it cannot be read.
fn load_settings(store: &Store) -> (Settings, Option<Problem>) {
    let path = store.settings_path();
    if path.exists() || path.is_symlink() {
        match check_in_folder(store.root(), &path).and_then(|()| read_ron::<Settings>(&path)) {
            Ok(s) => (s.sanitised(), None),
            Err(p) => (Settings::default(), Some(p)),
        }
    } else {
        (Settings::default(), None)
    }
}

/// The therapist's language as the settings of the practice at `root` choose it, if they do
/// and can be read: the command line speaks it without opening the whole practice.
pub fn language_in(root: &Path) -> Option<crate::model::Lang> {
    settings_in(root).language
}

/// The settings of the practice at `root` as far as they can be read without opening it (the
/// defaults where they cannot): the app's first screen takes its look from them.
pub fn settings_in(root: &Path) -> Settings {
    Store::open_existing(root)
        .map(|store| load_settings(&store).0)
        .unwrap_or_default()
}

/// A couple in the practice's list: what the list shows of it (through `Deref`), and its record
/// and sessions, read from its files when the list was read from them or when first asked for
/// ([`Practice::couple`]). A practice opened from its index reads no couple's files until then.
#[derive(Debug)]
pub struct Listed {
    listed: ListedCouple,
    /// The record and the sessions' files; `None` once found unreadable.
    full: OnceLock<Option<CoupleSummary>>,
}

impl std::ops::Deref for Listed {
    type Target = ListedCouple;
    fn deref(&self) -> &ListedCouple {
        &self.listed
    }
}

pub struct Practice {
    store: Store,
    templates: TemplateSet,
    clock: Arc<dyn Clock>,
    /// In name order; kept in memory, and re-listed one couple at a time as the app changes
    /// them: going back to the list reads nothing.
    couples: Vec<Listed>,
    /// What is known of each couple whose files can be trusted to be as they were read, kept in
    /// the data folder for the next time the practice opens ([`crate::store::Index`]).
    index: Index,
    /// The index differs from the one on disk.
    index_changed: bool,
    /// Each couple's name in lower case, as a search matches it (in the order of `couples`).
    search_names: Vec<String>,
    /// Changes whenever `couples` does: a view keeping what it worked out from the list knows
    /// when to work it out again.
    listing_version: u64,
    problems: Vec<Problem>,
    live: Option<LiveSession>,
    settings: Settings,
    /// Set when `settings.ron` exists but cannot be read: it is then never written over.
    settings_problem: Option<Problem>,
    /// Conflict copies of `settings.ron` a sync engine left in the data folder.
    settings_conflicts: Vec<Problem>,
    /// Conflict copies of session journals that could not be merged, and why.
    conflict_problems: Vec<Problem>,
    /// The practice folder's lock: one Groundwork writes to a practice at a time. `None` when
    /// opened only to read ([`Practice::open_read_only`]).
    lock: Option<PracticeLock>,
    /// This computer, when the practice is open for writing: new journals carry its tag, and
    /// the session open here is marked with it for the other computers.
    device: Option<Device>,
    /// The temporary folder of the sample practice, removed when the practice is dropped.
    demo: Option<tempfile::TempDir>,
    /// A session the therapist left without ending it, in this run of Groundwork: its number
    /// and journal, so the home screen can say it is still open (not that Groundwork closed).
    left_open: Option<(u32, PathBuf)>,
    /// Protected by a passphrase (known at open, kept up to date by [`Practice::protect`]).
    protected: bool,
    /// When the practice was last backed up (read once, kept up to date by [`Practice::back_up`]).
    last_backup: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Unfinished sessions as read at start (or as left): the resume offer and the resume use
    /// this fold instead of reading a long journal again. An entry counts only while its file
    /// is unchanged.
    unfinished: std::sync::Mutex<std::collections::HashMap<PathBuf, crate::store::Folded>>,
    /// What each journal said when it was last read, with its length and time then: an
    /// append-only journal that has not changed since need not be read again each time the
    /// home screen asks which recent sessions are still open, or a couple's page opens.
    seen: std::sync::Mutex<std::collections::HashMap<PathBuf, Seen>>,
}

/// What a journal said when it was last read ([`Practice::seen`]).
struct Seen {
    /// Its length and last change then: read again when either differs.
    stamp: JournalStamp,
    ended: bool,
    /// Its row on the couple's page, once that has been read (an ended session's only: an
    /// unfinished one's length and talk time grow with the clock).
    row: Option<SessionSummary>,
}

type JournalStamp = (u64, std::time::SystemTime);

/// A journal's length and last change now.
fn journal_stamp(path: &Path) -> Option<JournalStamp> {
    std::fs::metadata(path)
        .and_then(|m| Ok((m.len(), m.modified()?)))
        .ok()
}

/// A PDF written by [`Practice::export`].
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub path: PathBuf,
    pub pages: usize,
    /// Characters printed as a box because the font cannot draw them.
    pub replaced: usize,
    /// Which ones, and what to install to print them, in a sentence.
    pub missing: Option<String>,
}

/// One past session as the couple page lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionSummary {
    pub number: u32,
    pub date: chrono::NaiveDate,
    pub path: PathBuf,
    pub protocol: String,
    /// Length in milliseconds (so far, if not ended).
    pub length: Ms,
    pub turns: [usize; 2],
    pub talk: [Ms; 2],
    pub timeouts: usize,
    pub agreements: usize,
    pub ended: bool,
    /// Its notes are signed (locked).
    pub signed: bool,
    /// Why the journal could not be read, in plain words; nothing else is then known.
    pub problem: Option<String>,
    /// The computer that has it open, when that is not this one: "OFFICE-PC since 14:02".
    /// It is then read-only here until it is closed there or taken over.
    pub open_on: Option<String>,
    /// That computer alone, for a sentence that names it without the time: "OFFICE-PC".
    pub open_computer: Option<String>,
    /// The partner of an individual session.
    pub alone: Option<Side>,
    /// Each partner's 0–10 rating of the week, and CSI-4 total, at check-in.
    pub week: [Option<u8>; 2],
    pub csi: [Option<u8>; 2],
    /// The earlier agreements reviewed: done, partly, not done.
    pub reviewed: [usize; 3],
}

/// Refuses a protected practice that is not unlocked in this process.
fn needs_no_passphrase(root: &Path) -> Result<(), StoreError> {
    if crate::store::seal::is_protected(root)
        && crate::store::seal::key_for(&root.join("couples")).is_none()
    {
        return Err(StoreError::NeedsPassphrase {
            root: root.to_owned(),
        });
    }
    Ok(())
}

impl Practice {
    /// Opens the practice in `root` for the app: it is locked for as long as the `Practice`
    /// lives, so a second Groundwork on the same folder is refused ([`StoreError::Locked`]) before
    /// it writes anything. Files that cannot be read are listed in [`Practice::problems`];
    /// everything else loads.
    pub fn open(root: &Path, clock: Arc<dyn Clock>) -> Result<Practice, StoreError> {
        Practice::open_with_disk(root, clock, Arc::new(RealDisk))
    }

    /// [`Practice::open`], with every file written through `disk` (tests use one that fills up).
    pub fn open_with_disk(
        root: &Path,
        clock: Arc<dyn Clock>,
        disk: Arc<dyn Disk>,
    ) -> Result<Practice, StoreError> {
        Practice::open_as(root, clock, disk, &Device::this_computer())
    }

    /// [`Practice::open_with_disk`] as the computer `device` (tests run two "computers" in
    /// one process): its tag names the journals of the sessions started here.
    pub fn open_as(
        root: &Path,
        clock: Arc<dyn Clock>,
        disk: Arc<dyn Disk>,
        device: &Device,
    ) -> Result<Practice, StoreError> {
        Practice::open_holding(PracticeLock::acquire(root)?, root, clock, disk, device)
    }

    /// [`Practice::open`] with the practice's lock already held: the app takes it before its
    /// window opens (a second Groundwork stops there), then reads the practice while the window
    /// appears.
    pub fn open_locked(
        lock: PracticeLock,
        root: &Path,
        clock: Arc<dyn Clock>,
    ) -> Result<Practice, StoreError> {
        let device = Device::this_computer();
        Practice::open_holding(lock, root, clock, Arc::new(RealDisk), &device)
    }

    fn open_holding(
        lock: PracticeLock,
        root: &Path,
        clock: Arc<dyn Clock>,
        disk: Arc<dyn Disk>,
        device: &Device,
    ) -> Result<Practice, StoreError> {
        // What this computer knew of the couples when the practice last closed (nothing if it
        // is still locked by its passphrase): only the couples whose files changed since are
        // read.
        let index = Store::open_existing(root)
            .map(|s| s.read_index(&device.tag))
            .unwrap_or_default();
        // A conversion to a protected practice that was cut short is finished or undone first,
        // under the lock: the practice then reads in one form. The folders the index knows to
        // hold no sealed copy, unchanged since, are not read again to find one.
        let known = Store::open_existing(root).map(|s| index.known_folders(&s));
        crate::store::protect::finish_interrupted_knowing(root, &known.unwrap_or_default())
            .map_err(|e| StoreError::io(root, crate::store::Action::Repair, e))?;
        crate::store::backup::finish_restore(root)
            .map_err(|e| StoreError::io(root, crate::store::Action::Repair, e))?;
        needs_no_passphrase(root)?;
        // A courtesy to Syncthing; the practice works without it (a read-only folder).
        let _ = crate::store::keep_out_of_sync(root);
        let store = Store::open(root)?.with_disk(disk).with_device(&device.tag);
        let mut practice = Practice::load(store, clock, Some(lock), &index);
        practice.device = Some(device.clone());
        // The folder was just listed: no need to list it again.
        practice.resolve_listed_conflicts();
        practice.save_index();
        Ok(practice)
    }

    /// Opens the practice in `root` to read it and print from it (the command line's `export`),
    /// without locking it: it may be open in the app at the same time. Nothing in the data
    /// folder is written; every change is refused. Only [`Practice::export_on`] to a new file
    /// writes anything.
    pub fn open_read_only(root: &Path, clock: Arc<dyn Clock>) -> Result<Practice, StoreError> {
        let store = Store::open_existing(root)?;
        needs_no_passphrase(root)?;
        Ok(Practice::load(store, clock, None, &Index::default()))
    }

    fn load(
        store: Store,
        clock: Arc<dyn Clock>,
        lock: Option<PracticeLock>,
        index: &Index,
    ) -> Practice {
        let templates = templates::load(Some(&store.templates_dir()));
        let (settings, settings_problem) = load_settings(&store);
        let settings_conflicts = store.settings_conflicts();
        let mut practice = Practice {
            store,
            templates,
            clock,
            couples: Vec::new(),
            index: Index::default(),
            index_changed: false,
            search_names: Vec::new(),
            listing_version: 0,
            problems: Vec::new(),
            live: None,
            settings,
            settings_problem,
            settings_conflicts,
            conflict_problems: Vec::new(),
            lock,
            device: None,
            demo: None,
            left_open: None,
            last_backup: None,
            unfinished: Default::default(),
            seen: Default::default(),
            protected: false,
        };
        practice.last_backup = crate::store::backup::last(practice.store.root());
        practice.protected = crate::store::seal::is_protected(practice.store.root());
        practice.list(index);
        practice
    }

    /// Writes this computer's index of the couples if it changed (only the app, holding the
    /// practice's lock, writes it). It is only a copy of what the files say: if it cannot be
    /// written, the next start reads the files.
    fn save_index(&mut self) {
        let (Some(_), Some(device)) = (&self.lock, &self.device) else {
            return;
        };
        if self.index_changed && self.store.write_index(&device.tag, &self.index).is_ok() {
            self.index_changed = false;
        }
    }

    /// Reads a journal of this practice; one linked out of the data folder is refused.
    fn read_own_journal(&self, path: &Path) -> Result<JournalRead, Problem> {
        check_in_folder(self.root(), path)?;
        read_journal(path)
    }

    /// A journal of this practice read and folded, or the fold kept from an earlier read if the
    /// file has not changed since. Unfinished sessions' folds are kept (see `unfinished`).
    fn fold_own_journal<T>(
        &self,
        path: &Path,
        look: impl FnOnce(&session::SessionState) -> T,
    ) -> Result<T, String> {
        check_in_folder(self.root(), path).map_err(|p| p.sentence())?;
        let kept = || self.unfinished.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(folded) = kept().get(path).filter(|f| f.is_current(path)) {
            return Ok(look(&folded.state));
        }
        // Read without holding the others back: a couple's page reads a few at once.
        let folded = crate::store::Folded::read(path).map_err(|p| p.sentence())?;
        let seen = look(&folded.state);
        if folded.state.is_ended() {
            kept().remove(path);
        } else {
            kept().insert(path.to_owned(), folded);
        }
        Ok(seen)
    }

    /// Whether this practice may be changed: refused when opened with
    /// [`Practice::open_read_only`].
    fn writable(&self) -> Result<(), String> {
        if self.lock.is_some() {
            Ok(())
        } else {
            Err(crate::t!(
                "doc-practice-read-only",
                folder = self.root().display().to_string()
            ))
        }
    }

    /// Records into each couple's record every ended session not yet in it: one that ended just
    /// before Groundwork stopped, or one another computer ran (its journal came by sync, and
    /// the record it wrote there may have lost a sync conflict). Each journal is recorded once
    /// ([`Couple::recorded`]); only journals not yet recorded are read.
    fn record_ended_sessions(&mut self) {
        if self.lock.is_none() {
            return;
        }
        let mut changed = Vec::new();
        // Most records list every journal already: nothing to read. (A session still open is
        // read on each start, as is its couple's record.)
        for listed in self.couples.iter().filter(|c| !c.unrecorded.is_empty()) {
            let Some(summary) = self.full(listed) else {
                continue;
            };
            let mut couple = summary.couple.clone();
            let migrated = migrate_recorded(&mut couple, &summary.sessions);
            let mut recorded_now = false;
            for file in &summary.sessions {
                let name = file_name(&file.path);
                if couple.recorded.iter().flatten().any(|n| *n == name) {
                    continue;
                }
                // Read once: an unfinished session's fold is kept for the resume offer and
                // the resume.
                let recorded = self.fold_own_journal(&file.path, |state| {
                    state.is_ended().then(|| {
                        session::record_into(state, &mut couple, &name, file.device.as_deref());
                    })
                });
                if let Ok(Some(())) = recorded {
                    recorded_now = true;
                }
            }
            if (migrated || recorded_now) && self.store.save_couple(&couple).is_ok() {
                changed.push(couple.id);
            }
        }
        for id in &changed {
            self.refresh_couple(id);
        }
        self.retire_covered_record_copies();
    }

    /// A sync conflict on `couple.ron` whose copy holds nothing the record lacks (the same
    /// partners, and every session it recorded is recorded here too, from its journal) is
    /// merged: the copy is moved into the conflicts folder. Copies that differ in more are
    /// left for the therapist to choose ([`Practice::keep_version`]).
    fn retire_covered_record_copies(&mut self) {
        let Some(lock) = &self.lock else { return };
        let mut retired = Vec::new();
        // Only folders the listing found a sync engine's copy in.
        for listed in self.couples.iter().filter(|c| c.copies) {
            let Some(summary) = self.full(listed) else {
                continue;
            };
            for copy in self.store.couple_copies(&listed.id) {
                let Ok(mut other) = read_ron::<Couple>(&copy) else {
                    continue;
                };
                migrate_recorded(&mut other, &summary.sessions);
                let mine = &summary.couple;
                let same_people = other.id == mine.id
                    && other.partner_a == mine.partner_a
                    && other.partner_b == mine.partner_b;
                let covered = other
                    .recorded
                    .iter()
                    .flatten()
                    .all(|name| mine.recorded.iter().flatten().any(|n| n == name));
                if same_people && covered && self.store.retire_copy(lock, &listed.id, &copy).is_ok()
                {
                    retired.push(listed.id.clone());
                }
            }
        }
        for id in &retired {
            self.refresh_couple(id);
        }
    }

    /// A fresh sample practice in a temporary folder; the therapist's own data is not touched.
    pub fn open_demo(clock: Arc<dyn Clock>) -> Result<Practice, String> {
        let dir = tempfile::Builder::new()
            .prefix("groundwork-demo-")
            .tempdir()
            .map_err(|e| crate::t!("doc-practice-demo-folder", error = e.to_string()))?;
        let store = Store::open(dir.path()).map_err(|e| e.to_string())?;
        let options = DemoOptions {
            couples: 8,
            sessions: 3,
            now: clock.wall(),
        };
        demo::write_practice(&store, &templates::load(None), &options)?;
        let mut practice = Practice::open(dir.path(), clock).map_err(|e| e.to_string())?;
        // A sample therapist, so that notes can be signed and sheets name someone to call.
        practice.save_settings(Settings {
            practice_name: "Harbour Couples Practice".to_owned(),
            therapist_name: "Dr Ana María Ortiz".to_owned(),
            credentials: "LMFT".to_owned(),
            contact: "020 7946 0000 · ana.ortiz@example.org".to_owned(),
            ..Settings::default()
        })?;
        practice.demo = Some(dir);
        Ok(practice)
    }

    pub fn is_demo(&self) -> bool {
        self.demo.is_some()
    }

    /// Re-reads the whole list of couples from their files (not their sessions, which load
    /// when opened). The app lists the folder once, when the practice opens (from this
    /// computer's index where the files are as they were), then re-lists only the couples it
    /// changes ([`Practice::refresh_couple`]).
    pub fn reload(&mut self) {
        self.list(&Index::default());
    }

    /// Lists the couples again as the home screen comes back: only the couples whose files
    /// changed since (another computer's session come by sync, a record edited elsewhere) are
    /// read; for the rest the stamps of their folder, record and sessions folder are compared.
    pub fn relist(&mut self) {
        let index = self.index.clone();
        self.list(&index);
        self.save_index();
    }

    /// Lists the couples: from `index` where their files are stamped as it says, else from
    /// their files.
    fn list(&mut self, index: &Index) {
        let listing = self.store.couples_indexed(index);
        self.index_changed = listing.index != *index;
        self.index = listing.index;
        self.set_couples(
            listing
                .couples
                .into_iter()
                .map(|(listed, full)| Listed {
                    listed,
                    full: full.map_or_else(OnceLock::new, |f| OnceLock::from(Some(f))),
                })
                .collect(),
        );
        self.problems = listing.problems;
        self.drop_refused_copies();
    }

    /// Re-reads one couple's folder (its record and the names of its sessions) after it
    /// changed, and the problems found in it; the rest of the list stays as it is.
    pub fn refresh_couple(&mut self, id: &CoupleId) {
        let stamps = self.store.stamps(id);
        let (summary, problems, stamps) = self.store.couple_listing_stamped(id, stamps);
        match (stamps, &summary) {
            (Some(stamps), Some(summary)) => self.index.insert(stamps, summary),
            _ => self.index.remove(id),
        }
        self.index_changed = true;
        let folder = self.store.couple_dir(id);
        self.problems.retain(|p| !p.path.starts_with(&folder));
        self.problems.extend(problems);
        self.problems.sort_by(|a, b| a.path.cmp(&b.path));
        self.drop_refused_copies();
        let mut couples = std::mem::take(&mut self.couples);
        couples.retain(|c| &c.id != id);
        couples.extend(summary.map(|summary| Listed {
            listed: ListedCouple::of(&summary),
            full: OnceLock::from(Some(summary)),
        }));
        self.set_couples(couples);
    }

    /// The list in name order, with the names a search matches.
    fn set_couples(&mut self, mut couples: Vec<Listed>) {
        couples.sort_by_cached_key(|c| c.display_name().to_lowercase());
        self.search_names = couples
            .iter()
            .map(|c| c.display_name().to_lowercase())
            .collect();
        self.couples = couples;
        self.listing_version += 1;
    }

    /// The couple's record and sessions, read from its files the first time they are asked
    /// for; `None` if they cannot be read now (the next listing says why).
    fn full<'a>(&self, listed: &'a Listed) -> Option<&'a CoupleSummary> {
        listed
            .full
            .get_or_init(|| self.store.couple_listing(&listed.id).0)
            .as_ref()
    }

    /// A copy that could not be merged is reported once, with the reason.
    fn drop_refused_copies(&mut self) {
        let refused: Vec<&Path> = self
            .conflict_problems
            .iter()
            .map(|p| p.path.as_path())
            .collect();
        self.problems
            .retain(|p| !refused.contains(&p.path.as_path()));
    }

    /// Merges the conflict copies a sync engine left of session journals into their journals
    /// (each entry once) and moves the copies into the couple's `conflicts` folder. Not the
    /// session open here: its copies are merged once it is closed. Done when the practice opens;
    /// call it again after the sync engine has brought changes (the folder is listed again).
    /// Copies of `couple.ron` and `settings.ron` are never merged: they are in
    /// [`Practice::problems`] for the therapist to choose ([`Practice::keep_version`]).
    pub fn resolve_conflicts(&mut self) -> crate::store::Resolution {
        self.reload();
        self.resolve_listed_conflicts()
    }

    /// [`Practice::resolve_conflicts`] on the folder as last listed: only the folders where
    /// the listing found a sync engine's copy are looked into again.
    fn resolve_listed_conflicts(&mut self) -> crate::store::Resolution {
        let mut out = crate::store::Resolution::default();
        let Some(lock) = &self.lock else {
            return out;
        };
        let live = self.live.as_ref().map(|l| l.path().to_owned());
        let with_copies: Vec<CoupleId> = self
            .couples
            .iter()
            .filter(|c| c.copies)
            .map(|c| c.id.clone())
            .collect();
        for id in &with_copies {
            let r = self
                .store
                .resolve_journal_conflicts(lock, id, live.as_deref());
            out.merged.extend(r.merged);
            out.problems.extend(r.problems);
        }
        self.conflict_problems = out.problems.clone();
        self.settings_conflicts = self.store.settings_conflicts();
        for id in &with_copies {
            self.refresh_couple(id);
        }
        self.drop_refused_copies();
        self.record_ended_sessions();
        out
    }

    /// Resolves a conflict on `couple.ron` or `settings.ron` as the therapist chose: `copy` is
    /// the conflict copy named in [`Practice::problems`]; with `keep_copy` it becomes the file
    /// and the other version is moved into the conflicts folder, otherwise the copy is moved
    /// there. Nothing is deleted.
    pub fn keep_version(&mut self, copy: &Path, keep_copy: bool) -> Result<(), String> {
        self.writable()?;
        let Some(lock) = &self.lock else {
            return Ok(());
        };
        self.store.keep_version(lock, copy, keep_copy)?;
        let (settings, settings_problem) = load_settings(&self.store);
        self.settings = settings;
        self.settings_problem = settings_problem;
        self.settings_conflicts = self.store.settings_conflicts();
        self.reload();
        // The record kept may lack sessions the other one had: they come from their journals.
        self.record_ended_sessions();
        Ok(())
    }

    pub fn root(&self) -> &Path {
        self.store.root()
    }

    /// Every couple, in name order: what the list shows of each. Its record and sessions are
    /// [`Practice::couple`].
    pub fn couples(&self) -> &[Listed] {
        &self.couples
    }

    /// What the list shows of the couple `id`.
    pub fn listed(&self, id: &CoupleId) -> Option<&Listed> {
        self.couples.iter().find(|c| &c.id == id)
    }

    /// The couple `id`'s record and sessions (read from its files the first time they are
    /// asked for, if the practice opened from its index).
    pub fn couple(&self, id: &CoupleId) -> Option<&CoupleSummary> {
        self.full(self.listed(id)?)
    }

    /// Couples whose names contain `query` (ignoring case), in name order.
    pub fn search(&self, query: &str) -> Vec<&Listed> {
        self.matching(query)
            .into_iter()
            .map(|i| &self.couples[i])
            .collect()
    }

    /// Where in [`Practice::couples`] the couples whose names contain `query` (ignoring case)
    /// are, in name order.
    pub fn matching(&self, query: &str) -> Vec<usize> {
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return (0..self.couples.len()).collect();
        }
        self.search_names
            .iter()
            .enumerate()
            .filter(|(_, name)| name.contains(&query))
            .map(|(i, _)| i)
            .collect()
    }

    /// Changes whenever the list of couples changes.
    pub fn listing_version(&self) -> u64 {
        self.listing_version
    }

    /// Every file that could not be read: couples, templates and settings.
    /// The records and settings a sync engine kept two versions of, each described side by
    /// side for the therapist to choose ([`Practice::keep_version`]). Read when called: call it
    /// when the list reloads, not every frame.
    pub fn two_versions(&self) -> Vec<crate::store::TwoVersions> {
        self.problems()
            .filter_map(|p| self.store.two_versions(&p.path))
            .collect()
    }

    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .chain(&self.templates.problems)
            .chain(&self.settings_problem)
            .chain(&self.settings_conflicts)
            .chain(&self.conflict_problems)
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Remembers where the couple display was (nothing is written if it has not moved).
    pub fn remember_display(&mut self, place: DisplayWindow) -> Result<(), String> {
        if self.settings.display_window == Some(place) {
            return Ok(());
        }
        let mut settings = self.settings.clone();
        settings.display_window = Some(place);
        self.save_settings(settings)
    }

    /// Saves the settings. Refused while `settings.ron` is unreadable, so a therapist's file is
    /// never replaced by defaults without them fixing or removing it first.
    pub fn save_settings(&mut self, settings: Settings) -> Result<(), String> {
        self.writable()?;
        if let Some(p) = &self.settings_problem {
            return Err(p.sentence());
        }
        let settings = settings.sanitised();
        self.store
            .save_settings(&settings)
            .map_err(|e| e.to_string())?;
        self.settings = settings;
        Ok(())
    }

    pub fn templates(&self) -> &TemplateSet {
        &self.templates
    }

    /// Creates a couple from two names, or says why not.
    pub fn create_couple(&mut self, a: &str, b: &str) -> Result<CoupleId, String> {
        self.writable()?;
        let a = clean_name(a, &crate::t!("what-first-partner-name"))?;
        let b = clean_name(b, &crate::t!("what-second-partner-name"))?;
        let now = self.clock.wall().naive_local();
        let mut couple = Couple::new(self.store.new_couple_id(now), &a, &b, now.date());
        // A new couple speaks the therapist's language until their page says otherwise.
        let lang = crate::locale::therapist().lang();
        couple.language = (lang != crate::model::Lang::En).then_some(lang);
        self.store.save_couple(&couple).map_err(|e| e.to_string())?;
        let id = couple.id.clone();
        self.refresh_couple(&id);
        Ok(id)
    }

    /// Today's date by the practice's clock.
    /// The practice clock's monotonic time: what idle time is measured in.
    pub fn monotonic(&self) -> std::time::Duration {
        self.clock.monotonic()
    }

    /// Whether the practice is protected by a passphrase.
    pub fn is_protected(&self) -> bool {
        self.protected
    }

    /// Checks `passphrase` against the practice's, to carry on after the screen was locked.
    /// Nothing is written.
    pub fn check_passphrase(&self, passphrase: &str) -> Result<(), String> {
        let vault = crate::store::protect::read_vault(self.store.root())?
            .ok_or_else(|| crate::t!("doc-practice-not-protected"))?;
        vault.unlock(passphrase).map(drop).map_err(|r| r.sentence())
    }

    /// Protects this practice with `passphrase` (typed twice: `again`), sealing every file.
    /// Not while a session is open, nor for the sample practice.
    pub fn protect(&mut self, passphrase: &str, again: &str) -> Result<String, String> {
        self.writable()?;
        if self.is_demo() {
            return Err(crate::t!("doc-practice-demo-not-protected"));
        }
        if self.live.is_some() {
            return Err(crate::t!("doc-practice-close-session-first"));
        }
        if passphrase != again {
            return Err(crate::t!("doc-practice-passphrases-differ"));
        }
        let done = crate::store::protect::protect(self.store.root(), passphrase)?;
        self.protected = true;
        let mut said = crate::t!("doc-practice-protected", count = done.files);
        if let Some(to) = done.exports_moved_to {
            said.push(' ');
            said.push_str(&crate::t!(
                "doc-practice-exports-moved",
                count = done.exports,
                folder = to.display().to_string()
            ));
        }
        self.reload();
        Ok(said)
    }

    /// A new passphrase for this protected practice: only its key's seal is rewritten.
    pub fn change_passphrase(&self, old: &str, new: &str, again: &str) -> Result<(), String> {
        self.writable()?;
        if new != again {
            return Err(crate::t!("doc-practice-new-passphrases-differ"));
        }
        crate::store::protect::change_passphrase(self.store.root(), old, new)
    }

    /// Whether this computer's keychain remembers the practice's key; None when the practice
    /// is not protected or this computer has no keychain Groundwork can reach.
    pub fn remembered_here(&self) -> Option<bool> {
        if !self.is_protected() || !crate::store::keychain::available() {
            return None;
        }
        Some(crate::store::keychain::is_remembered(self.store.root()))
    }

    /// Keeps the practice's key in this computer's keychain: Groundwork opens it here without
    /// the passphrase from now on.
    pub fn remember_here(&self) -> Result<String, String> {
        let key = crate::store::seal::key_for(self.store.root())
            .filter(|_| self.is_protected())
            .ok_or_else(|| crate::t!("doc-practice-nothing-to-remember"))?;
        crate::store::keychain::remember(self.store.root(), &key)
            .map_err(|why| crate::t!("doc-practice-not-remembered", why = why.to_string()))?;
        Ok(crate::t!("doc-practice-remembered"))
    }

    /// Forgets the practice's key on this computer: Groundwork asks for the passphrase again.
    pub fn forget_here(&self) -> Result<String, String> {
        crate::store::keychain::forget(self.store.root())
            .map_err(|why| crate::t!("doc-practice-not-forgotten", why = why.to_string()))?;
        Ok(crate::t!("doc-practice-forgotten"))
    }

    /// Where a backup goes unless the therapist chooses otherwise: the documents folder, named
    /// by the date.
    pub fn default_backup_path(&self) -> PathBuf {
        let folder = directories::UserDirs::new()
            .and_then(|d| d.document_dir().map(Path::to_owned))
            .filter(|d| d.is_dir())
            .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().to_owned()))
            .unwrap_or_default();
        let name = format!(
            "Groundwork backup {}.gwbackup",
            self.today().format("%Y-%m-%d")
        );
        let mut path = folder.join(&name);
        let mut n = 2;
        while path.exists() {
            path = folder.join(name.replace(".gwbackup", &format!(" ({n}).gwbackup")));
            n += 1;
        }
        path
    }

    /// Writes the whole practice to `target` as one sealed backup, read back and checked. A
    /// plain practice's backup is sealed with `passphrase` (typed twice: `again`).
    pub fn back_up(
        &mut self,
        target: &Path,
        passphrase: &str,
        again: &str,
    ) -> Result<String, String> {
        let own = if self.is_protected() {
            None
        } else {
            if passphrase != again {
                return Err(crate::t!("doc-practice-backup-passphrases-differ"));
            }
            Some(passphrase)
        };
        let done = crate::store::backup::backup(self.store.root(), target, own)?;
        let now = self.clock.wall();
        crate::store::backup::remember(self.store.root(), now).map_err(|e| e.to_string())?;
        self.last_backup = Some(now);
        Ok(crate::t!(
            "doc-practice-backed-up",
            count = done.files,
            size = decimal(done.bytes as f64 / 1e6),
            file = target.display().to_string()
        ))
    }

    /// Restores a backup into this practice, which must be empty (a new practice on a new
    /// computer), then shows it. A protected backup stays protected, unlocked with the
    /// passphrase that opened it.
    pub fn restore_here(&mut self, source: &Path, passphrase: &str) -> Result<String, String> {
        self.writable()?;
        if self.is_demo() {
            return Err(crate::t!("doc-practice-no-restore-into-demo"));
        }
        let root = self.store.root().to_owned();
        let done = crate::store::backup::restore_here(source, &root, passphrase)?;
        if crate::store::seal::is_protected(&root) {
            crate::store::protect::unlock(&root, passphrase).map_err(|r| r.sentence())?;
        }
        self.protected = crate::store::seal::is_protected(&root);
        self.last_backup = crate::store::backup::last(&root);
        (self.settings, self.settings_problem) = load_settings(&self.store);
        self.templates = templates::load(Some(&self.store.templates_dir()));
        self.reload();
        Ok(crate::t!(
            "doc-practice-restored",
            count = done.files,
            file = source.display().to_string(),
            couples = self.couples.len()
        ))
    }

    /// When the practice was last backed up.
    pub fn last_backup(&self) -> Option<chrono::DateTime<chrono::FixedOffset>> {
        self.last_backup
    }

    /// A backup is due: never made, or older than 7 days (not for the sample practice, nor an
    /// empty one).
    pub fn backup_due(&self) -> Option<String> {
        if self.is_demo() || self.couples.is_empty() {
            return None;
        }
        match self.last_backup() {
            None => Some(crate::t!("doc-practice-never-backed-up")),
            Some(at) => {
                let days = (self.today() - at.date_naive()).num_days();
                (days > 7).then(|| crate::t!("doc-practice-backup-old", days = days))
            }
        }
    }

    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.wall().date_naive()
    }

    /// Keeps the couple's identifiers and usual service for the notes of sessions from now on.
    pub fn save_clinical(
        &mut self,
        id: &CoupleId,
        clinical: crate::model::Clinical,
    ) -> Result<(), String> {
        self.update_couple(id, |couple| couple.clinical = clinical)
    }

    /// Reads the couple's record as it is on disk, changes it, and writes it back.
    fn update_couple(
        &mut self,
        id: &CoupleId,
        change: impl FnOnce(&mut crate::model::Couple),
    ) -> Result<(), String> {
        self.writable()?;
        let mut couple = self.store.load_couple(id).map_err(|p| p.sentence())?;
        change(&mut couple);
        self.store.save_couple(&couple).map_err(|e| e.to_string())?;
        self.refresh_couple(id);
        Ok(())
    }

    /// Adds a partner's screening to the couple's record (the newest one counts).
    pub fn save_screening(
        &mut self,
        id: &CoupleId,
        screening: crate::model::Screening,
    ) -> Result<(), String> {
        self.update_couple(id, |couple| couple.screenings.push(screening))
    }

    /// Keeps the confidentiality policy the couple agreed to.
    pub fn save_confidentiality(
        &mut self,
        id: &CoupleId,
        confidentiality: crate::model::Confidentiality,
    ) -> Result<(), String> {
        self.update_couple(id, |couple| couple.confidentiality = Some(confidentiality))
    }

    /// Sets the language the couple's display and homework sheet speak.
    pub fn set_couple_language(
        &mut self,
        id: &CoupleId,
        lang: crate::model::Lang,
    ) -> Result<(), String> {
        self.update_couple(id, |couple| couple.language = Some(lang))
    }

    /// The language of the couple whose session `state` is (English if unknown).
    pub fn couple_lang(&self, id: &CoupleId) -> crate::model::Lang {
        self.listed(id).map_or_else(Default::default, |c| c.lang())
    }

    /// A couple's progress across its joint sessions, from the history the couple page read
    /// (`history`, newest first, as [`Practice::session_history`] gives it).
    pub fn progress(
        &self,
        id: &CoupleId,
        history: &[SessionSummary],
    ) -> Option<crate::model::Progress> {
        let couple = &self.couple(id)?.couple;
        let sessions = history
            .iter()
            .rev()
            .filter(|s| s.alone.is_none() && s.problem.is_none())
            .map(|s| crate::model::SessionPoint {
                number: s.number,
                date: s.date,
                week: s.week,
                csi: s.csi,
                reviewed: s.reviewed,
                timeouts: s.timeouts,
                talk: s.talk,
            })
            .collect();
        Some(crate::model::Progress {
            names: [couple.partner_a.name.clone(), couple.partner_b.name.clone()],
            sessions,
            agreements: couple
                .agreements
                .iter()
                .map(crate::model::AgreementLine::from)
                .collect(),
        })
    }

    /// Every session of a couple, newest first, read from the journals (a few milliseconds each,
    /// a few at once; call it when the couple's page opens, not every frame). An ended session
    /// whose journal is unchanged since it was last read here is not read again.
    pub fn session_history(&self, id: &CoupleId) -> Vec<SessionSummary> {
        let Some(summary) = self.couple(id) else {
            return Vec::new();
        };
        let now = self.clock.wall();
        let mut out =
            crate::store::parallel::map(&summary.sessions, |file| self.session_row(file, now));
        out.reverse();
        out
    }

    /// One session's row on the couple's page ([`Practice::session_history`]).
    fn session_row(
        &self,
        file: &SessionFile,
        now: chrono::DateTime<chrono::FixedOffset>,
    ) -> SessionSummary {
        let elsewhere = self.marker_elsewhere(&file.path);
        let open_on = elsewhere.as_ref().map(|m| m.describe(now.date_naive()));
        let open_computer = elsewhere.map(|m| m.computer_words());
        // Stamped before it is read: a journal that grows meanwhile is read again next time.
        let stamp = journal_stamp(&file.path);
        let seen = |stamp| {
            let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
            let seen = seen.get(&file.path).filter(|s| s.stamp == stamp)?;
            seen.row.clone()
        };
        if let Some(mut row) = stamp.and_then(seen) {
            row.open_on = open_on;
            row.open_computer = open_computer;
            return row;
        }
        let mut row = SessionSummary {
            number: file.number,
            date: file.date,
            path: file.path.clone(),
            protocol: String::new(),
            length: 0,
            turns: [0, 0],
            talk: [0, 0],
            timeouts: 0,
            agreements: 0,
            ended: false,
            signed: false,
            problem: None,
            open_on,
            open_computer,
            alone: None,
            week: [None, None],
            csi: [None, None],
            reviewed: [0; 3],
        };
        // An unfinished session's fold is the one kept since start: not read again.
        let read = self.fold_own_journal(&file.path, |state| {
            // A session left running is as long as the wall clock says.
            let gap = (now - state.last.wall).num_milliseconds().max(0) as Ms;
            let at = state.last.at.saturating_add(gap);
            row.protocol = state.info.template_name.clone();
            row.length = state.elapsed_ms(at);
            row.turns = Side::BOTH.map(|s| state.turns(s));
            row.talk = Side::BOTH.map(|s| state.talk_ms(s, at));
            row.timeouts = state.timeouts.len() + usize::from(state.timeout.is_some());
            row.agreements = state.agreements.len();
            row.ended = state.is_ended();
            row.signed = state.signed.is_some();
            row.alone = state.info.alone;
            row.week = state.check_in;
            row.csi = Side::BOTH.map(|s| state.csi_score(s));
            for review in state.reviews.values() {
                row.reviewed[match review.outcome {
                    crate::model::Outcome::Done => 0,
                    crate::model::Outcome::Partly => 1,
                    crate::model::Outcome::NotDone => 2,
                }] += 1;
            }
        });
        match (read, stamp) {
            (Err(why), _) => row.problem = Some(why),
            (Ok(()), Some(stamp)) if row.ended => {
                let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
                let kept = Some(row.clone());
                seen.insert(
                    file.path.clone(),
                    Seen {
                        stamp,
                        ended: true,
                        row: kept,
                    },
                );
            }
            _ => {}
        }
        row
    }

    /// Sessions of the last two days that were never ended: the app closed or crashed during
    /// them. Older journals are not read, so start-up stays quick with a large practice.
    pub fn recent_unfinished_sessions(&self) -> Vec<(CoupleId, SessionFile)> {
        let since = self.clock.wall().date_naive() - chrono::Duration::days(2);
        self.couples
            .iter()
            .filter(|c| c.last_session().is_some_and(|s| s.date >= since))
            .filter_map(|c| {
                self.unfinished_session(&c.id)
                    .map(|f| (c.id.clone(), f.clone()))
            })
            .collect()
    }

    /// The couple's last session if it was never ended (the app closed or crashed during it).
    pub fn unfinished_session(&self, id: &CoupleId) -> Option<&SessionFile> {
        let last = self.listed(id)?.last_session()?;
        let stamp = journal_stamp(&last.path);
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let ended = match (stamp, seen.get(&last.path)) {
            (Some(now), Some(then)) if now == then.stamp => then.ended,
            _ => {
                // An unfinished one is folded once and kept for the resume.
                let ended = self.fold_own_journal(&last.path, |s| s.is_ended()).ok()?;
                if let Some(stamp) = stamp {
                    let row = None;
                    seen.insert(last.path.clone(), Seen { stamp, ended, row });
                }
                ended
            }
        };
        (!ended).then_some(last)
    }

    /// Starts a new session for a couple with a protocol template.
    pub fn start_session(
        &mut self,
        id: &CoupleId,
        template_id: &str,
        format: NoteFormat,
    ) -> Result<(), String> {
        self.start_session_with(id, template_id, format, None)
    }

    /// Starts a new session; `alone` is the partner of an individual session.
    pub fn start_session_with(
        &mut self,
        id: &CoupleId,
        template_id: &str,
        format: NoteFormat,
        alone: Option<crate::model::Side>,
    ) -> Result<(), String> {
        self.writable()?;
        if self.live.as_ref().is_some_and(|l| !l.state().is_ended()) {
            return Err(crate::t!("doc-practice-session-running"));
        }
        let summary = self
            .couple(id)
            .ok_or_else(|| crate::t!("doc-practice-couple-gone"))?;
        let template = self
            .templates
            .by_id(template_id)
            .ok_or_else(|| crate::t!("doc-practice-no-protocol", id = template_id))?;
        let mut info = session::session_start(
            &summary.couple,
            summary.next_session_number(),
            template,
            format,
            self.clock.wall().date_naive(),
        );
        match (template.individual, alone) {
            (true, None) => {
                return Err(crate::t!(
                    "doc-practice-choose-partner",
                    protocol = &template.name
                ));
            }
            (false, Some(_)) => {
                return Err(crate::t!(
                    "doc-practice-joint-session",
                    protocol = &template.name
                ));
            }
            _ => info.alone = alone,
        }
        self.settings.durations.apply(&mut info);
        let live =
            LiveSession::start(&self.store, info, self.clock.clone()).map_err(|e| e.to_string())?;
        self.mark_open(live.path());
        self.live = Some(live);
        // Its journal is listed now.
        self.refresh_couple(id);
        Ok(())
    }

    /// Reopens a session from its journal: to continue after a crash, or to finish its notes.
    /// Returns where a torn last line was kept, if there was one.
    pub fn open_session(&mut self, path: &Path) -> Result<Option<PathBuf>, String> {
        self.writable()?;
        check_in_folder(self.root(), path).map_err(|p| p.sentence())?;
        if let Some(on) = self.open_elsewhere(path) {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let session = SessionFile::parse_file_name(&name).map_or_else(
                || name.to_string(),
                |(n, _)| crate::t!("doc-practice-session-number", number = n),
            );
            return Err(crate::t!(
                "doc-practice-open-elsewhere",
                session = session,
                on = on
            ));
        }
        let kept = self
            .unfinished
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(path);
        let (live, torn) = match kept {
            Some(folded) => LiveSession::reopen_folded(
                path,
                folded,
                self.clock.clone(),
                self.store.disk().clone(),
            ),
            None => LiveSession::reopen_on(path, self.clock.clone(), self.store.disk().clone()),
        }
        .map_err(|e| e.to_string())?;
        if self.left_open.as_ref().is_some_and(|(_, p)| p == path) {
            self.left_open = None;
        }
        self.mark_open(live.path());
        self.live = Some(live);
        Ok(torn)
    }

    /// The computer that has the session of `journal` open, if it is not this one:
    /// "OFFICE-PC since 14:02".
    pub fn open_elsewhere(&self, journal: &Path) -> Option<String> {
        self.marker_elsewhere(journal)
            .map(|marker| marker.describe(self.clock.wall().date_naive()))
    }

    /// The marker of the computer that has the session of `journal` open, if it is not this one.
    fn marker_elsewhere(&self, journal: &Path) -> Option<OpenMarker> {
        let marker = OpenMarker::read(journal)?;
        if self.device.as_ref().is_some_and(|d| d.tag == marker.device) {
            return None;
        }
        Some(marker)
    }

    /// Opens a session that another computer has open ([`Practice::open_elsewhere`]), when that
    /// computer is gone: this computer takes it over.
    pub fn take_over_session(&mut self, path: &Path) -> Result<Option<PathBuf>, String> {
        self.writable()?;
        check_in_folder(self.root(), path).map_err(|p| p.sentence())?;
        if let Some(device) = &self.device {
            OpenMarker::write(path, device, self.clock.wall()).map_err(|e| e.to_string())?;
        }
        self.open_session(path)
    }

    /// Marks the session of `journal` open on this computer, for the others.
    fn mark_open(&self, journal: &Path) {
        if let Some(device) = &self.device {
            // Only a courtesy to the other computers: the session runs even if it fails.
            let _ = OpenMarker::write(journal, device, self.clock.wall());
        }
    }

    pub fn live(&self) -> Option<&LiveSession> {
        self.live.as_ref()
    }

    /// Closes the session view; the journal already holds everything.
    pub fn close_session(&mut self) {
        if let Some(live) = self.live.take() {
            if let Some(device) = &self.device {
                OpenMarker::clear(live.path(), device);
            }
            let state = live.state();
            self.left_open =
                (!state.is_ended()).then(|| (state.info.number, live.path().to_owned()));
            // Kept as it is in memory: offering to resume it, or resuming it, reads nothing.
            if !state.is_ended()
                && let Some(folded) = live.folded()
            {
                self.unfinished
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(live.path().to_owned(), folded);
            }
        }
    }

    /// A session left (not ended) in this run of Groundwork: its number and journal.
    pub fn left_open(&self) -> Option<(u32, &Path)> {
        self.left_open.as_ref().map(|(n, p)| (*n, p.as_path()))
    }

    /// Runs a command on the live session. When it ends the session, the couple's record is
    /// updated (rules in force, reviews, agreements, next appointment).
    pub fn execute(&mut self, command: &Command) -> Result<(), String> {
        let live = self
            .live
            .as_mut()
            .ok_or_else(|| crate::t!("doc-practice-no-session"))?;
        let was_ended = live.state().is_ended();
        // A step that could not be saved did not happen; the sentence says so and what to do.
        live.execute(command).map_err(|e| match e {
            ExecuteError::Rejected(r) => r.0,
            ExecuteError::NotSaved(e) => e.to_string(),
        })?;
        // Recorded once, when it ends; notes finished later do not touch the couple's record.
        if !was_ended && live.state().is_ended() {
            self.record_live()?;
        }
        Ok(())
    }

    /// Where an export goes unless the therapist chooses otherwise: the couple's exports
    /// folder, under a name that says what it is, numbered so it is not already taken.
    /// A folder as the Save dialog names it: "Sophie & Emma's exports folder" for the couple's
    /// own, "~/Documents" for one in the home folder, else its full path.
    pub fn folder_name(&self, folder: &Path, journal: &Path) -> String {
        if folder.starts_with(self.store.root()) {
            let couple = self
                .read_own_journal(journal)
                .ok()
                .and_then(|read| session::SessionState::from_entries(&read.entries).ok())
                .map(|state| format!("{} & {}", state.info.partner_a, state.info.partner_b));
            if let Some(couple) = couple {
                return crate::t!("doc-practice-exports-folder", couple = couple);
            }
        }
        let home = directories::BaseDirs::new().map(|d| d.home_dir().to_owned());
        match home.as_deref().and_then(|h| folder.strip_prefix(h).ok()) {
            Some(rest) if rest.as_os_str().is_empty() => crate::t!("doc-practice-home-folder"),
            Some(rest) => format!("~/{}", rest.display()),
            None => folder.display().to_string(),
        }
    }

    pub fn default_export_path(
        &self,
        kind: DocumentKind,
        journal: &Path,
    ) -> Result<PathBuf, String> {
        self.writable()?;
        let read = self.read_own_journal(journal).map_err(|p| p.sentence())?;
        let state = session::SessionState::from_entries(&read.entries)?;
        // A protected practice keeps nothing readable in its folder, and a PDF has to be
        // readable: its exports go to the therapist's documents folder instead.
        // The sample practice's folder is deleted when it closes: its PDFs go there too.
        let dir = if crate::store::seal::is_protected(self.store.root()) || self.is_demo() {
            directories::UserDirs::new()
                .and_then(|d| d.document_dir().map(Path::to_owned))
                .filter(|d| d.is_dir())
                .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().to_owned()))
                .ok_or_else(|| crate::t!("doc-practice-no-documents-folder"))?
        } else {
            self.store
                .create_exports_dir(&state.info.couple)
                .map_err(|e| e.to_string())?
        };
        // A readable name from the partners' names, kept to safe characters. Accents written
        // as combining marks stay (a decomposed "Zoë" is still Zoë); what is dropped (an
        // emoji) leaves no double space behind.
        let couple: String = format!("{} & {}", state.info.partner_a, state.info.partner_b)
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '&' | '-' | '\u{300}'..='\u{36f}'))
            .take(60)
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // The name must fit the file system (255 bytes on most), numbered copies included: a
        // long name in a four-byte script is cut, on a character boundary, in the names part.
        let date = state.date().format("%Y-%m-%d").to_string();
        let what = format!(" - session {} {}", state.info.number, kind.label());
        let room = MAX_NAME_BYTES.saturating_sub(date.len() + 1 + what.len() + " (999).pdf".len());
        let couple = couple.trim();
        let couple = couple[..couple.floor_char_boundary(room)].trim_end();
        let stem = format!("{date} {couple}{what}");
        (1..1000)
            .map(|n| match n {
                1 => dir.join(format!("{stem}.pdf")),
                n => dir.join(format!("{stem} ({n}).pdf")),
            })
            .find(|p| !p.exists())
            .ok_or_else(|| {
                crate::t!(
                    "doc-practice-too-many-copies",
                    folder = dir.display().to_string()
                )
            })
    }

    /// `path`, or the first numbered variant of it ("… (2).pdf") that is not taken.
    /// A name too long for the file system is cut first (keeping its extension).
    pub fn free_path(path: &Path) -> PathBuf {
        let fits = path.file_name().is_none_or(|n| n.len() <= MAX_NAME_BYTES);
        if fits && !path.exists() {
            return path.to_owned();
        }
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let ext = path
            .extension()
            .map(|e| format!(".{}", e.to_string_lossy()))
            .unwrap_or_default();
        (1..10_000)
            .map(|n| match n {
                1 => path.with_file_name(fit_name(&stem, &ext)),
                n => path.with_file_name(fit_name(&stem, &format!(" ({n}){ext}"))),
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| path.to_owned())
    }

    /// Whether a file is already at `path` (the app asks before replacing it).
    pub fn is_taken(path: &Path) -> bool {
        path.exists()
    }

    /// A session's document, made from the session as it stands: the open session's state in
    /// memory, or the journal read once. The app and the command line both come here.
    pub fn document(
        &self,
        kind: DocumentKind,
        journal: &Path,
        letterhead: &Letterhead,
    ) -> Result<crate::pdf::Document, String> {
        let read;
        let state = match self.live.as_ref().filter(|l| l.path() == journal) {
            Some(live) => live.state(),
            None => {
                let entries = self
                    .read_own_journal(journal)
                    .map_err(|p| p.sentence())?
                    .entries;
                read = session::SessionState::from_entries(&entries)?;
                &read
            }
        };
        // What the couple reads is in their language unless the export says otherwise.
        let mut letterhead = letterhead.clone();
        if letterhead.lang.is_none() {
            letterhead.lang = Some(self.couple_lang(&state.info.couple));
        }
        crate::pdf::document(kind, state, &letterhead)
    }

    /// What in a session's document will print as a box, and which font would print it: said
    /// before the therapist saves it. `None` when everything can be printed.
    pub fn unprintable(&self, kind: DocumentKind, journal: &Path) -> Option<String> {
        let letterhead =
            Letterhead::from_settings(&self.settings, self.settings.paper, self.clock.wall());
        self.document(kind, journal, &letterhead)
            .ok()
            .and_then(|doc| doc.missing_sentence())
    }

    /// Prints a session's notes or homework sheet to its default place (never replacing a file).
    pub fn export(&self, kind: DocumentKind, journal: &Path) -> Result<Exported, String> {
        let path = self.default_export_path(kind, journal)?;
        self.export_to(kind, journal, &path, false)
    }

    /// Prints a session's notes or homework sheet to `target`. An existing file is replaced only
    /// when `replace` is set (the therapist was asked), and then atomically.
    pub fn export_to(
        &self,
        kind: DocumentKind,
        journal: &Path,
        target: &Path,
        replace: bool,
    ) -> Result<Exported, String> {
        self.export_on(kind, journal, target, replace, self.settings.paper)
    }

    /// [`Practice::export_to`] on a given paper size (the command line's `--paper`).
    pub fn export_on(
        &self,
        kind: DocumentKind,
        journal: &Path,
        target: &Path,
        replace: bool,
        paper: Paper,
    ) -> Result<Exported, String> {
        self.export_in(kind, journal, target, replace, paper, None)
    }

    /// [`Practice::export_on`] in `lang` (the command line's `--lang`): the homework sheet
    /// rather than in the couple's own language, the notes rather than in the therapist's.
    pub fn export_in(
        &self,
        kind: DocumentKind,
        journal: &Path,
        target: &Path,
        replace: bool,
        paper: Paper,
        lang: Option<crate::model::Lang>,
    ) -> Result<Exported, String> {
        self.refuse_inside_protected(target)?;
        let mut letterhead = Letterhead::from_settings(&self.settings, paper, self.clock.wall());
        letterhead.lang = lang;
        if let Some(lang) = lang {
            letterhead.therapist_lang = lang;
        }
        let doc = self.document(kind, journal, &letterhead)?;
        self.write_pdf(doc, target, replace)
    }

    /// A couple's progress report (their joint sessions' numbers, charts and agreements) on
    /// `paper`, to `target`: in the therapist's language, its words to the couple in theirs.
    pub fn export_progress(
        &self,
        id: &CoupleId,
        target: &Path,
        replace: bool,
        paper: Paper,
    ) -> Result<Exported, String> {
        self.export_progress_in(id, target, replace, paper, None)
    }

    /// [`Practice::export_progress`], all of it in `lang` when given (the command line's
    /// `--lang`).
    pub fn export_progress_in(
        &self,
        id: &CoupleId,
        target: &Path,
        replace: bool,
        paper: Paper,
        lang: Option<crate::model::Lang>,
    ) -> Result<Exported, String> {
        self.refuse_inside_protected(target)?;
        let history = self.session_history(id);
        let progress = self
            .progress(id, &history)
            .ok_or_else(|| crate::t!("doc-practice-couple-gone"))?;
        let mut letterhead = Letterhead::from_settings(&self.settings, paper, self.clock.wall());
        letterhead.lang = Some(lang.unwrap_or_else(|| self.couple_lang(id)));
        if let Some(lang) = lang {
            letterhead.therapist_lang = lang;
        }
        let doc = crate::pdf::progress::progress_report(&progress, &letterhead)?;
        self.write_pdf(doc, target, replace)
    }

    /// Where a couple's progress report goes unless the therapist chooses otherwise.
    pub fn default_progress_path(&self, id: &CoupleId) -> Result<PathBuf, String> {
        let listed = self
            .listed(id)
            .ok_or_else(|| crate::t!("doc-practice-couple-gone"))?;
        // Beside the couple's session PDFs, named as they are: "2026-12-02 Sophie & Emma -
        // progress.pdf".
        let last = listed
            .last_session()
            .ok_or_else(|| crate::t!("doc-practice-no-progress-yet"))?;
        let notes = self.default_export_path(DocumentKind::Notes, &last.path)?;
        let stem = notes
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let couple = stem
            .split_once(' ')
            .map_or(stem.as_str(), |(_, rest)| rest)
            .split(" - session")
            .next()
            .unwrap_or_default()
            .to_owned();
        let name = format!(
            "{} {couple} - progress.pdf",
            self.today().format("%Y-%m-%d")
        );
        Ok(Practice::free_path(&notes.with_file_name(name)))
    }

    /// A PDF is never kept inside a protected practice's folder, where it would be readable.
    fn refuse_inside_protected(&self, target: &Path) -> Result<(), String> {
        let root = self.store.root();
        if crate::store::seal::is_protected(root)
            && crate::store::absolute(target).starts_with(crate::store::absolute(root))
        {
            return Err(crate::t!(
                "doc-practice-inside-protected",
                file = target.display().to_string()
            ));
        }
        Ok(())
    }

    /// Writes `doc` to `target`: whole or not at all, never over a file unless `replace`.
    fn write_pdf(
        &self,
        doc: crate::pdf::Document,
        target: &Path,
        replace: bool,
    ) -> Result<Exported, String> {
        let folder = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !folder.is_dir() {
            return Err(crate::t!(
                "doc-practice-no-folder",
                folder = folder.display().to_string()
            ));
        }
        // Whole or not at all: a disk that fills up never leaves half a PDF behind.
        let disk = self.store.disk();
        let write = |w: &mut dyn std::io::Write| disk.write(target, w, &doc.bytes);
        let written = if replace {
            write_atomic_with(target, write)
        } else {
            create_atomic_with(target, write)
        };
        written.map_err(|e| match e {
            StoreError::AlreadyExists { .. } => crate::t!(
                "doc-practice-already-there",
                file = target.display().to_string()
            ),
            other => other.to_string(),
        })?;
        Ok(Exported {
            path: target.to_owned(),
            pages: doc.pages,
            replaced: doc.replaced,
            missing: doc.missing_sentence(),
        })
    }

    /// Records what fell due (a timeout running out). Returns whether anything changed.
    pub fn tick(&mut self) -> Result<bool, String> {
        let Some(live) = self.live.as_mut() else {
            return Ok(false);
        };
        Ok(!live.tick().map_err(|e| e.to_string())?.is_empty())
    }

    fn record_live(&mut self) -> Result<(), String> {
        let Some(live) = &self.live else {
            return Ok(());
        };
        let id = live.state().info.couple.clone();
        let mut couple = self.store.load_couple(&id).map_err(|p| p.sentence())?;
        if let Some(summary) = self.couple(&id) {
            migrate_recorded(&mut couple, &summary.sessions);
        }
        // The journal's own tag, not this computer's: a session taken over from another
        // computer is still that computer's session.
        let name = file_name(live.path());
        let device = SessionFile::parse_name(&name).and_then(|(_, _, d)| d);
        session::record_into(live.state(), &mut couple, &name, device.as_deref());
        self.store.save_couple(&couple).map_err(|e| e.to_string())?;
        self.refresh_couple(&id);
        Ok(())
    }
}

impl Drop for Practice {
    /// The session open here is no longer open anywhere once Groundwork closes.
    fn drop(&mut self) {
        if let (Some(live), Some(device)) = (&self.live, &self.device) {
            OpenMarker::clear(live.path(), device);
        }
    }
}
