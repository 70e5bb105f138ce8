//! The couples' index: what the list of couples shows of each couple (its names, language, open
//! agreements, last session, and the journals its record does not list yet), kept by each
//! computer in the data folder (`.index-<computer's tag>`), so that a practice of thousands of
//! couples opens without reading every record and listing every session folder.
//!
//! It is only ever a copy of what the files said. Each entry carries the stamps (size, inode,
//! change times) of the couple's folder, record and sessions folder as they were just before
//! those were read; when any of them differs now, the entry is not used and the couple is read
//! from its files again. A couple whose files had anything to say (a problem, a sync engine's
//! copy) or that changed in the last seconds before it was read (a file system's clock is
//! coarse) is not kept in it. A missing, damaged or older index is no problem: the couples are
//! read from their files and a new index is written. It is sealed in a protected practice like
//! every other file, skipped by backups, and kept out of Syncthing's way (each computer's
//! stamps are its own).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::couples::{CoupleSummary, SessionFile, Store};
use super::error::StoreError;
use super::fs::{read_bytes, seal_for, unseal, write_atomic_with};
use crate::model::{CoupleId, Lang};

/// The index's file name starts so; the computer's tag follows.
pub const INDEX_PREFIX: &str = ".index-";

/// Bumped when the index's form changes: an index of another form is not read. (2: JSON, which
/// parses several times faster than RON; 1 was RON.)
const INDEX_SCHEMA: u32 = 2;

/// The largest index read (about 500 bytes a couple).
const MAX_INDEX_BYTES: u64 = 64 * 1024 * 1024;

/// How recent a change must be for its stamp not to be trusted: a change made within the same
/// tick of the file system's clock would leave the stamp as it was.
const SETTLED: Duration = Duration::from_secs(3);

/// A couple as the list of couples shows it: all that is known of it without its record and
/// its sessions folder being read.
#[derive(Debug, Clone, PartialEq)]
pub struct ListedCouple {
    pub id: CoupleId,
    pub partner_a: String,
    pub partner_b: String,
    pub language: Option<Lang>,
    pub open_agreements: usize,
    pub last_session: Option<SessionFile>,
    /// Journals in its sessions folder that its record does not list: a session still open, or
    /// one that ended where the record was not written. Only these are read when the practice
    /// opens.
    pub unrecorded: Vec<SessionFile>,
    /// A sync engine left copies in its folder (see [`CoupleSummary::copies`]).
    pub copies: bool,
}

impl ListedCouple {
    /// What the list shows of a couple read from its files.
    pub fn of(summary: &CoupleSummary) -> ListedCouple {
        let couple = &summary.couple;
        ListedCouple {
            id: couple.id.clone(),
            partner_a: couple.partner_a.name.clone(),
            partner_b: couple.partner_b.name.clone(),
            language: couple.language,
            open_agreements: couple.open_agreements().count(),
            last_session: summary.last_session().cloned(),
            unrecorded: summary.unrecorded().into_iter().cloned().collect(),
            copies: summary.copies,
        }
    }

    /// "Sophie & Emma", as [`crate::model::Couple::display_name`] says it.
    pub fn display_name(&self) -> String {
        format!("{} & {}", self.partner_a, self.partner_b)
    }

    /// The language everything the couple sees is in.
    pub fn lang(&self) -> Lang {
        self.language.unwrap_or_default()
    }

    pub fn last_session(&self) -> Option<&SessionFile> {
        self.last_session.as_ref()
    }
}

/// When and how a file or folder last changed, as far as the file system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    size: u64,
    inode: u64,
    /// Nanoseconds since 1970: the contents' last change, and (where the system keeps it) the
    /// last change of anything about it, which no program can set back.
    modified: i64,
    changed: i64,
}

impl Stamp {
    /// The stamp of `path` itself (a link is not followed), if it is a plain file or folder.
    fn of(path: &Path) -> Option<Stamp> {
        let meta = fs::symlink_metadata(path).ok()?;
        if !(meta.is_file() || meta.is_dir()) {
            return None;
        }
        let nanos = |t: SystemTime| match t.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(d) => d.as_nanos() as i64,
            Err(e) => -(e.duration().as_nanos() as i64),
        };
        let modified = nanos(meta.modified().ok()?);
        #[cfg(unix)]
        let (inode, changed) = {
            use std::os::unix::fs::MetadataExt;
            (
                meta.ino(),
                meta.ctime()
                    .saturating_mul(1_000_000_000)
                    .saturating_add(meta.ctime_nsec()),
            )
        };
        #[cfg(not(unix))]
        let (inode, changed) = (0, meta.created().map_or(modified, nanos));
        Some(Stamp {
            size: meta.len(),
            inode,
            modified,
            changed,
        })
    }

    /// Changed less than [`SETTLED`] before `now` (or after it: a clock set back).
    fn is_recent(&self, now: SystemTime) -> bool {
        let now = match now.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(d) => d.as_nanos() as i64,
            Err(_) => return true,
        };
        let settled = now - SETTLED.as_nanos() as i64;
        self.modified.max(self.changed) > settled
    }
}

/// A couple's folder, record and sessions folder (none if it has no sessions folder yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamps {
    folder: Stamp,
    record: Stamp,
    sessions: Option<Stamp>,
}

impl Stamps {
    /// The stamps of the couple `id`'s files now, taken before they are read; `None` when they
    /// cannot be trusted (something is a link, or is neither a file nor a folder, or changed in
    /// the last seconds).
    pub fn of(store: &Store, id: &CoupleId) -> Option<Stamps> {
        let now = SystemTime::now();
        let sessions_dir = store.sessions_dir(id);
        let stamps = Stamps {
            folder: Stamp::of(&store.couple_dir(id))?,
            record: Stamp::of(&store.couple_path(id))?,
            sessions: match fs::symlink_metadata(&sessions_dir) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                _ => Some(Stamp::of(&sessions_dir)?),
            },
        };
        let recent = [Some(stamps.folder), Some(stamps.record), stamps.sessions]
            .iter()
            .flatten()
            .any(|s| s.is_recent(now));
        (!recent).then_some(stamps)
    }
}

/// One couple in the index file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Entry {
    stamps: Stamps,
    id: CoupleId,
    partner_a: String,
    partner_b: String,
    #[serde(default)]
    language: Option<Lang>,
    open_agreements: usize,
    /// The file names of the last session and of the journals the record does not list.
    last: Option<String>,
    unrecorded: Vec<String>,
    /// The folders in the couple's folder ([`CoupleSummary::subfolders`]).
    subfolders: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct IndexFile {
    schema: u32,
    couples: Vec<Entry>,
}

/// The couples of an index, by their folder's name.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Index {
    entries: HashMap<CoupleId, Indexed>,
}

#[derive(Debug, Clone, PartialEq)]
struct Indexed {
    stamps: Stamps,
    couple: ListedCouple,
    subfolders: Vec<String>,
}

impl Index {
    /// Keeps the couple `summary` (read from files stamped `stamps`) in the index, if its
    /// folder holds only what Groundwork keeps there.
    pub fn insert(&mut self, stamps: Stamps, summary: &CoupleSummary) {
        let id = &summary.couple.id;
        match &summary.subfolders {
            Some(subfolders) => {
                let couple = ListedCouple::of(summary);
                let subfolders = subfolders.clone();
                self.entries.insert(
                    id.clone(),
                    Indexed {
                        stamps,
                        couple,
                        subfolders,
                    },
                );
            }
            None => self.remove(id),
        }
    }

    /// The folders of the practice this index knows to hold no sealed copy of a protection cut
    /// short: a couple's folder and sessions folder as they were when it was indexed.
    pub fn known_folders(&self, store: &Store) -> KnownFolders {
        let mut known = HashMap::new();
        for e in self.entries.values() {
            let id = &e.couple.id;
            known.insert(
                store.couple_dir(id),
                (e.stamps.folder, e.subfolders.clone()),
            );
            if let Some(sessions) = e.stamps.sessions {
                known.insert(store.sessions_dir(id), (sessions, Vec::new()));
            }
        }
        KnownFolders(known)
    }

    /// Forgets the couple `id` (its files changed, or are gone).
    pub fn remove(&mut self, id: &CoupleId) {
        self.entries.remove(id);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Every couple as [`Store::couples_indexed`] finds it.
#[derive(Debug, Default)]
pub struct IndexedListing {
    /// In the couples' folders' order; each with its record and sessions when they were read.
    pub couples: Vec<(ListedCouple, Option<CoupleSummary>)>,
    pub problems: Vec<super::Problem>,
    /// What was found, for the index: every couple listed that can be.
    pub index: Index,
}

/// One couple's folder as [`Store::couples_indexed`] found it.
enum Found {
    /// Unchanged since the index was written: taken from it.
    Indexed(Indexed),
    /// Read from its files: the couple (if it could be), the problems found, and its stamps
    /// if it may be indexed.
    Read(
        Option<Box<CoupleSummary>>,
        Vec<super::Problem>,
        Option<Stamps>,
    ),
}

/// Folders known to hold no sealed copy of a protection cut short, with the stamps they had
/// when they were read and the folders in them ([`Index::known_folders`]).
#[derive(Debug, Default)]
pub struct KnownFolders(HashMap<PathBuf, (Stamp, Vec<String>)>);

impl KnownFolders {
    /// The folders in `dir`, if it is known and unchanged since: then nothing in it needs to be
    /// looked at but those folders.
    pub fn unchanged(&self, dir: &Path) -> Option<&[String]> {
        let (stamp, folders) = self.0.get(dir)?;
        (Stamp::of(dir)? == *stamp).then_some(folders.as_slice())
    }
}

impl Store {
    /// Every couple, as [`Store::couples`] finds them, except that a couple whose files are
    /// stamped as `index` says is taken from it rather than read.
    pub fn couples_indexed(&self, index: &Index) -> IndexedListing {
        let mut out = IndexedListing::default();
        // A folder of couples that is a link may lead out of the data folder: every couple in
        // it is then read (and refused) as it always is.
        let linked = fs::symlink_metadata(self.couples_dir()).is_ok_and(|m| m.is_symlink());
        let ids = self.couple_folders(&mut out.problems);
        // Each couple's folder on its own (a few at once), then gathered in one place.
        let found = super::parallel::map(&ids, |id| {
            let stamps = if linked { None } else { Stamps::of(self, id) };
            if let Some(now) = stamps
                && let Some(entry) = index.entries.get(id).filter(|e| e.stamps == now)
            {
                return Found::Indexed(entry.clone());
            }
            let (summary, problems, stamps) = self.couple_listing_stamped(id, stamps);
            Found::Read(summary.map(Box::new), problems, stamps)
        });
        for (id, found) in ids.into_iter().zip(found) {
            match found {
                Found::Indexed(entry) => {
                    out.couples.push((entry.couple.clone(), None));
                    out.index.entries.insert(id, entry);
                }
                Found::Read(summary, problems, stamps) => {
                    if let (Some(stamps), Some(summary)) = (stamps, &summary) {
                        out.index.insert(stamps, summary);
                    }
                    out.problems.extend(problems);
                    if let Some(summary) = summary {
                        out.couples
                            .push((ListedCouple::of(&summary), Some(*summary)));
                    }
                }
            }
        }
        out.couples.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        out.problems.sort_by(|a, b| a.path.cmp(&b.path));
        out
    }

    /// The stamps of the couple `id`'s files now ([`Stamps::of`]); `None` also when the
    /// couples' folder is a link.
    pub fn stamps(&self, id: &CoupleId) -> Option<Stamps> {
        let linked = fs::symlink_metadata(self.couples_dir()).is_ok_and(|m| m.is_symlink());
        if linked { None } else { Stamps::of(self, id) }
    }

    /// [`Store::couple_listing`], and `stamps` (those of its files just before they were read)
    /// when the couple may be indexed: not when its folder had a problem or a sync engine's
    /// copy.
    pub fn couple_listing_stamped(
        &self,
        id: &CoupleId,
        stamps: Option<Stamps>,
    ) -> (Option<CoupleSummary>, Vec<super::Problem>, Option<Stamps>) {
        let (summary, problems) = self.couple_listing(id);
        let clean = problems.is_empty()
            && summary
                .as_ref()
                .is_some_and(|s| !s.copies && s.subfolders.is_some());
        (summary, problems, stamps.filter(|_| clean))
    }

    /// Where this computer's index of the practice is.
    pub fn index_path(&self, device: &str) -> PathBuf {
        self.root().join(format!("{INDEX_PREFIX}{device}"))
    }

    /// This computer's index; empty when there is none, or it cannot be read (it is then
    /// written anew).
    pub fn read_index(&self, device: &str) -> Index {
        let path = self.index_path(device);
        let read = || -> Option<IndexFile> {
            let bytes = unseal(&path, read_bytes(&path, MAX_INDEX_BYTES).ok()?).ok()?;
            // JSON: the index is read at every start and nobody edits it by hand.
            let file: IndexFile = serde_json::from_slice(&bytes).ok()?;
            (file.schema == INDEX_SCHEMA).then_some(file)
        };
        let mut index = Index::default();
        for e in read().map(|f| f.couples).into_iter().flatten() {
            let sessions = self.sessions_dir(&e.id);
            let file = |name: &str| {
                SessionFile::parse_name(name).map(|(number, date, device)| SessionFile {
                    number,
                    date,
                    device,
                    path: sessions.join(name),
                })
            };
            // A name that is not a journal's: not an index this version wrote.
            let last = match e.last.as_deref().map(file) {
                Some(None) => continue,
                last => last.flatten(),
            };
            let Some(unrecorded) = e
                .unrecorded
                .iter()
                .map(|n| file(n))
                .collect::<Option<Vec<_>>>()
            else {
                continue;
            };
            let couple = ListedCouple {
                id: e.id.clone(),
                partner_a: e.partner_a,
                partner_b: e.partner_b,
                language: e.language,
                open_agreements: e.open_agreements,
                last_session: last,
                unrecorded,
                copies: false,
            };
            let entry = Indexed {
                stamps: e.stamps,
                couple,
                subfolders: e.subfolders,
            };
            index.entries.insert(e.id, entry);
        }
        index
    }

    /// Writes this computer's index (atomically; sealed in a protected practice).
    pub fn write_index(&self, device: &str, index: &Index) -> Result<(), StoreError> {
        let path = self.index_path(device);
        let name = |f: &SessionFile| super::fs::file_name(&f.path);
        let mut couples: Vec<Entry> = index
            .entries
            .values()
            .map(|e| Entry {
                stamps: e.stamps,
                id: e.couple.id.clone(),
                partner_a: e.couple.partner_a.clone(),
                partner_b: e.couple.partner_b.clone(),
                language: e.couple.language,
                open_agreements: e.couple.open_agreements,
                last: e.couple.last_session.as_ref().map(name),
                unrecorded: e.couple.unrecorded.iter().map(name).collect(),
                subfolders: e.subfolders.clone(),
            })
            .collect();
        couples.sort_by(|a, b| a.id.cmp(&b.id));
        let file = IndexFile {
            schema: INDEX_SCHEMA,
            couples,
        };
        let mut text = serde_json::to_vec(&file).map_err(|e| StoreError::Serialize {
            path: path.clone(),
            message: e.to_string(),
        })?;
        text.push(b'\n');
        let bytes = seal_for(&path, text);
        write_atomic_with(&path, |w| self.disk().write(&path, w, &bytes))
    }
}

/// Whether `name` is a computer's index of the practice (a backup leaves it out; a practice
/// holding only that is still empty).
pub fn is_index(name: &str) -> bool {
    name.strip_prefix(INDEX_PREFIX)
        .is_some_and(super::device::is_valid_device_tag)
}
