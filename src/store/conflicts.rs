//! Conflict copies made by sync engines, found and resolved, never ignored.
//!
//! When two computers change one file before the sync engine carries either change across, the
//! engine keeps both: one under the file's name, the other as a *conflict copy* beside it. The
//! engines name the copy differently; every pattern Groundwork knows is in [`conflict_of`].
//!
//! - A session journal's copy is merged: journals are append-only, so the merge is the union of
//!   both files' entries, each once, and the copy is then moved into `couples/<id>/conflicts/`.
//! - A copy of `couple.ron` or `settings.ron` is shown beside its original
//!   ([`Store::two_versions`]) and the therapist chooses which version to keep
//!   ([`Store::keep_version`]); the other is moved into a `conflicts/` folder. A couple's record
//!   is rebuilt from the session journals, so a copy that differs only in sessions is merged by
//!   the practice without asking. Nothing is ever deleted.

use std::fs;
use std::path::{Path, PathBuf};

use super::Problem;
use super::couples::Store;
use super::error::{Action, StoreError};
use super::fs::{ensure_dir, file_name, read_ron, sync_dir, write_atomic_with};
use super::journal::merge_journals;
use super::lock::PracticeLock;
use crate::model::{Couple, CoupleId, Settings};

/// The folder conflict copies are moved into, in a couple's folder (journals, `couple.ron`) or
/// in the data folder (`settings.ron`).
pub const CONFLICTS: &str = "conflicts";

/// The sync engine whose naming a conflict copy follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncEngine {
    /// `NAME.sync-conflict-20261122-140233-ABCDEF7.EXT`
    Syncthing,
    /// `NAME (conflicted copy 2026-11-22 140233).EXT`
    Nextcloud,
    /// `NAME_conflict-20261122-140233.EXT`
    OwnCloud,
    /// `NAME (OFFICE-PC's conflicted copy 2026-11-22).EXT`
    Dropbox,
    /// `NAME-OFFICE-PC.EXT` (only recognised for `couple.ron` and `settings.ron`: the pattern is
    /// too loose to tell from other names)
    OneDrive,
}

impl SyncEngine {
    pub fn name(self) -> &'static str {
        match self {
            SyncEngine::Syncthing => "Syncthing",
            SyncEngine::Nextcloud => "Nextcloud",
            SyncEngine::OwnCloud => "ownCloud",
            SyncEngine::Dropbox => "Dropbox",
            SyncEngine::OneDrive => "OneDrive",
        }
    }
}

/// If `name` is a conflict copy's file name: the name of the file it is a copy of, and the
/// engine that made it. OneDrive's pattern is only checked by [`is_copy_of`].
pub fn conflict_of(name: &str) -> Option<(String, SyncEngine)> {
    syncthing(name)
        .map(|o| (o, SyncEngine::Syncthing))
        .or_else(|| conflicted_copy(name))
        .or_else(|| owncloud(name).map(|o| (o, SyncEngine::OwnCloud)))
}

/// Whether `name` is a conflict copy of `original` (a bare file name such as `couple.ron`),
/// OneDrive's `couple-OFFICE-PC.ron` included.
pub fn is_copy_of(name: &str, original: &str) -> Option<SyncEngine> {
    if let Some((of, engine)) = conflict_of(name) {
        return (of == original).then_some(engine);
    }
    let (stem, ext) = original.rsplit_once('.')?;
    let host = name
        .strip_prefix(stem)?
        .strip_prefix('-')?
        .strip_suffix(ext)?
        .strip_suffix('.')?;
    (!host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then_some(SyncEngine::OneDrive)
}

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.EXT` (or without `.EXT`).
fn syncthing(name: &str) -> Option<String> {
    const MARK: &str = ".sync-conflict-";
    let at = name.find(MARK)?;
    let rest = &name[at + MARK.len()..];
    let (date, rest) = rest.split_at_checked(8)?;
    let rest = rest.strip_prefix('-')?;
    let (time, rest) = rest.split_at_checked(6)?;
    let rest = rest.strip_prefix('-')?;
    if !digits(date, 8) || !digits(time, 6) {
        return None;
    }
    let end = rest.find('.').unwrap_or(rest.len());
    let device = &rest[..end];
    if device.is_empty() || !device.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    Some(format!("{}{}", &name[..at], &rest[end..]))
}

/// Nextcloud's `NAME (conflicted copy DATE TIME).EXT` and Dropbox's
/// `NAME (HOST's conflicted copy DATE).EXT` (with `(1)` inside when there are several).
fn conflicted_copy(name: &str) -> Option<(String, SyncEngine)> {
    let mark = name.find("conflicted copy")?;
    let open = name[..mark].rfind(" (")?;
    let close = name.rfind(')')?;
    if close < mark {
        return None;
    }
    let rest = &name[close + 1..];
    if !(rest.is_empty() || rest.starts_with('.')) {
        return None;
    }
    let inside = &name[open + 2..mark];
    let engine = if inside.is_empty() {
        SyncEngine::Nextcloud
    } else if inside.ends_with("'s ") || inside.ends_with("\u{2019}s ") {
        SyncEngine::Dropbox
    } else {
        return None;
    };
    Some((format!("{}{rest}", &name[..open]), engine))
}

/// ownCloud's (and older Nextcloud's) `NAME_conflict-YYYYMMDD-HHMMSS.EXT`.
fn owncloud(name: &str) -> Option<String> {
    const MARK: &str = "_conflict-";
    let at = name.rfind(MARK)?;
    let rest = &name[at + MARK.len()..];
    let (date, rest) = rest.split_at_checked(8)?;
    let rest = rest.strip_prefix('-')?;
    let (time, rest) = rest.split_at_checked(6)?;
    if !digits(date, 8) || !digits(time, 6) || !(rest.is_empty() || rest.starts_with('.')) {
        return None;
    }
    Some(format!("{}{rest}", &name[..at]))
}

/// A journal's conflict copy merged into its original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The session journal now holding both files' entries.
    pub journal: PathBuf,
    /// Where the conflict copy was moved (in `couples/<id>/conflicts/`).
    pub copy_moved_to: PathBuf,
    /// Entries the copy had that the journal did not.
    pub added: usize,
}

/// Which file a sync engine kept two versions of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionsOf {
    /// `settings.ron`.
    Settings,
    /// A couple's `couple.ron`: rebuilt from the sessions, so sessions in either version stay.
    Record,
}

/// Two versions of `couple.ron` or `settings.ron` that a sync engine kept, described for the
/// therapist to choose between ([`Store::keep_version`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TwoVersions {
    pub original: PathBuf,
    pub copy: PathBuf,
    pub engine: SyncEngine,
    pub of: VersionsOf,
    /// Whose record it is ("Emma & Sophie's record") or "the practice's settings", in the
    /// therapist's language.
    pub what: String,
    /// The version in use, then the copy.
    pub versions: [Version; 2],
}

/// One of [`TwoVersions`].
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// When the file was last changed, in local time.
    pub changed: Option<chrono::NaiveDateTime>,
    /// Each field in words, or why the file cannot be read (it cannot then be kept).
    pub fields: Result<Vec<(String, String)>, String>,
}

fn version_of<T: serde::de::DeserializeOwned>(
    path: &Path,
    describe: impl Fn(&T) -> Vec<(String, String)>,
) -> Version {
    let changed = fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .map(|t| chrono::DateTime::<chrono::Local>::from(t).naive_local());
    Version {
        changed,
        fields: read_ron::<T>(path)
            .map(|v| describe(&v))
            .map_err(|p| p.sentence()),
    }
}

/// What [`Store::resolve_journal_conflicts`] did, and what it could not do.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resolution {
    pub merged: Vec<Merged>,
    pub problems: Vec<Problem>,
}

/// The names in `dir` (not starting with a dot), sorted; none if it cannot be listed.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    names
}

/// The conflict copies of `original` in `dir`, sorted by name.
fn copies_of(dir: &Path, original: &str) -> Vec<(PathBuf, SyncEngine)> {
    names_in(dir)
        .into_iter()
        .filter_map(|n| is_copy_of(&n, original).map(|e| (dir.join(n), e)))
        .collect()
}

/// The sentence for a copy of `couple.ron` or `settings.ron`.
fn two_versions(copy: &Path, original: &Path, engine: SyncEngine, what: &str) -> Problem {
    Problem::notice(
        copy,
        crate::t!(
            "store-two-versions",
            copy = copy.display().to_string(),
            original = original.display().to_string(),
            what = what,
            engine = engine.name(),
            name = file_name(original),
        ),
    )
}

impl Store {
    /// Where a couple's conflict copies are moved.
    pub fn conflicts_dir(&self, id: &CoupleId) -> PathBuf {
        self.couple_dir(id).join(CONFLICTS)
    }

    /// A problem for each conflict copy of `couple.ron` in the couple's folder.
    pub fn couple_conflicts(&self, id: &CoupleId) -> Vec<Problem> {
        let original = self.couple_path(id);
        copies_of(&self.couple_dir(id), "couple.ron")
            .into_iter()
            .map(|(copy, engine)| {
                let what = crate::t!("store-versions-of-this-record");
                two_versions(&copy, &original, engine, &what)
            })
            .collect()
    }

    /// The two versions of a record or of the settings that `copy` (a conflict copy of
    /// `couple.ron` or `settings.ron`) and its original are; `None` for any other file.
    pub fn two_versions(&self, copy: &Path) -> Option<TwoVersions> {
        let folder = super::fs::parent(copy);
        let name = file_name(copy);
        if let Some(engine) = is_copy_of(&name, "settings.ron").filter(|_| folder == self.root()) {
            let original = self.settings_path();
            return Some(TwoVersions {
                versions: [
                    version_of(&original, Settings::describe),
                    version_of(copy, Settings::describe),
                ],
                original,
                copy: copy.to_owned(),
                engine,
                of: VersionsOf::Settings,
                what: crate::t!("store-versions-of-settings"),
            });
        }
        let engine = is_copy_of(&name, "couple.ron")
            .filter(|_| folder.parent() == Some(self.couples_dir().as_path()))?;
        let original = folder.join("couple.ron");
        let versions = [
            version_of(&original, Couple::describe),
            version_of(copy, Couple::describe),
        ];
        let names = read_ron::<Couple>(&original)
            .or_else(|_| read_ron::<Couple>(copy))
            .map(|c| crate::t!("store-versions-of-record", names = c.display_name()))
            .unwrap_or_else(|_| crate::t!("store-versions-of-a-record"));
        Some(TwoVersions {
            original,
            copy: copy.to_owned(),
            engine,
            of: VersionsOf::Record,
            what: names,
            versions,
        })
    }

    /// The conflict copies of `couple.ron` in the couple's folder.
    pub fn couple_copies(&self, id: &CoupleId) -> Vec<PathBuf> {
        copies_of(&self.couple_dir(id), "couple.ron")
            .into_iter()
            .map(|(copy, _)| copy)
            .collect()
    }

    /// Moves a conflict copy in the couple's folder into its conflicts folder, once what it
    /// holds is known to be in the original. Returns where it went.
    pub fn retire_copy(
        &self,
        _lock: &PracticeLock,
        id: &CoupleId,
        copy: &Path,
    ) -> Result<PathBuf, StoreError> {
        self.retire(&self.conflicts_dir(id), copy)
    }

    /// A problem for each conflict copy of `settings.ron` in the data folder.
    pub fn settings_conflicts(&self) -> Vec<Problem> {
        let original = self.settings_path();
        copies_of(self.root(), "settings.ron")
            .into_iter()
            .map(|(copy, engine)| {
                let what = crate::t!("store-versions-of-settings");
                two_versions(&copy, &original, engine, &what)
            })
            .collect()
    }

    /// Merges every conflict copy of a session journal in the couple's sessions folder into its
    /// journal, then moves the copy into `couples/<id>/conflicts/`. Only the process holding the
    /// practice `lock` does this, and never to the session open in it (`live`): that one is
    /// merged once it is closed. A copy whose header names another couple or session, or that
    /// cannot be read, is left where it is and reported.
    pub fn resolve_journal_conflicts(
        &self,
        _lock: &PracticeLock,
        id: &CoupleId,
        live: Option<&Path>,
    ) -> Resolution {
        let mut out = Resolution::default();
        let dir = self.sessions_dir(id);
        for name in names_in(&dir) {
            let Some((original, _)) = conflict_of(&name) else {
                continue;
            };
            let copy = dir.join(&name);
            // Two computers' "open" markers for one session: only a courtesy, kept aside.
            if original.ends_with(".open") {
                if let Err(e) = self.retire(&self.conflicts_dir(id), &copy) {
                    out.problems.push(Problem::notice(&copy, e.to_string()));
                }
                continue;
            }
            if !original.ends_with(super::couples::JOURNAL_SUFFIX) {
                continue;
            }
            let journal = dir.join(&original);
            if live == Some(journal.as_path()) {
                continue;
            }
            match self.merge_one(id, &copy, &journal) {
                Ok(merged) => out.merged.push(merged),
                Err(problem) => out.problems.push(problem),
            }
        }
        out
    }

    fn merge_one(&self, id: &CoupleId, copy: &Path, journal: &Path) -> Result<Merged, Problem> {
        super::fs::check_in_folder(self.root(), copy)?;
        super::fs::check_in_folder(self.root(), journal)?;
        let exists = fs::symlink_metadata(journal).is_ok();
        let merged = merge_journals(journal, exists, copy)?;
        if let Some(text) = &merged.text {
            let now = fs::symlink_metadata(journal).map_or(0, |m| m.len());
            if now != merged.read_len {
                return Err(Problem::notice(
                    copy,
                    crate::t!(
                        "store-journal-changed-while-merging",
                        journal = journal.display().to_string(),
                        copy = copy.display().to_string()
                    ),
                ));
            }
            let disk = self.disk().clone();
            write_atomic_with(journal, |w| disk.write(journal, w, text.as_bytes()))
                .map_err(|e| Problem::notice(copy, e.to_string()))?;
        }
        let moved = self
            .retire(&self.conflicts_dir(id), copy)
            .map_err(|e| Problem::notice(copy, e.to_string()))?;
        Ok(Merged {
            journal: journal.to_owned(),
            copy_moved_to: moved,
            added: merged.added,
        })
    }

    /// Moves `file` into the folder `into` (made if missing), under its own name or, if that is
    /// taken, its name with ` (2)`, ` (3)`, … before the extension. Never replaces a file.
    fn retire(&self, into: &Path, file: &Path) -> Result<PathBuf, StoreError> {
        ensure_dir(into)?;
        let name = file_name(file);
        let (stem, ext) = match name.rsplit_once('.') {
            Some((s, e)) if !s.is_empty() => (s.to_owned(), format!(".{e}")),
            _ => (name.clone(), String::new()),
        };
        for n in 1..=1000 {
            let target = match n {
                1 => into.join(&name),
                n => into.join(format!("{stem} ({n}){ext}")),
            };
            if fs::symlink_metadata(&target).is_ok() {
                continue;
            }
            // A hard link, then removing the old name: never replaces a file that appeared in
            // the meantime (a rename would).
            match fs::hard_link(file, &target) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(_) => {
                    // File systems without hard links: a rename after the check above.
                    fs::rename(file, &target)
                        .map_err(|e| StoreError::io(file, Action::Rename, e))?;
                    sync_both(into, file)?;
                    return Ok(target);
                }
            }
            fs::remove_file(file).map_err(|e| StoreError::io(file, Action::Rename, e))?;
            sync_both(into, file)?;
            return Ok(target);
        }
        Err(StoreError::AlreadyExists {
            path: into.join(name),
        })
    }

    /// Resolves a conflict on `couple.ron` or `settings.ron` as the therapist chose: with
    /// `keep_copy` the conflict copy becomes the file and the old file is moved into the
    /// conflicts folder; otherwise the copy is moved there. The version kept must be readable;
    /// nothing is deleted.
    pub fn keep_version(
        &self,
        _lock: &PracticeLock,
        copy: &Path,
        keep_copy: bool,
    ) -> Result<(), String> {
        super::fs::check_in_folder(self.root(), copy).map_err(|p| p.sentence())?;
        let folder = super::fs::parent(copy).to_owned();
        let name = file_name(copy);
        let (original, conflicts) =
            if is_copy_of(&name, "settings.ron").is_some() && folder == self.root() {
                (self.settings_path(), self.root().join(CONFLICTS))
            } else if is_copy_of(&name, "couple.ron").is_some()
                && folder.parent() == Some(self.couples_dir().as_path())
            {
                (folder.join("couple.ron"), folder.join(CONFLICTS))
            } else {
                return Err(crate::t!(
                    "store-not-a-second-version",
                    file = copy.display().to_string()
                ));
            };
        let is_settings = original == self.settings_path();
        let kept = if keep_copy { copy } else { original.as_path() };
        let readable = if is_settings {
            read_ron::<Settings>(kept).map(drop)
        } else {
            read_ron::<Couple>(kept).map(drop)
        };
        readable.map_err(|p| p.sentence())?;
        if keep_copy {
            if fs::symlink_metadata(&original).is_ok() {
                self.retire(&conflicts, &original)
                    .map_err(|e| e.to_string())?;
            }
            fs::rename(copy, &original)
                .map_err(|e| StoreError::io(copy, Action::Rename, e).to_string())?;
            sync_dir(&folder).map_err(|e| StoreError::io(copy, Action::Sync, e).to_string())?;
        } else {
            self.retire(&conflicts, copy).map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

fn sync_both(into: &Path, file: &Path) -> Result<(), StoreError> {
    sync_dir(into)
        .and_then(|()| sync_dir(super::fs::parent(file)))
        .map_err(|e| StoreError::io(file, Action::Sync, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sessions folder tries a journal's own name first and a copy's patterns only on what
    /// it refuses: no copy may pass for a journal.
    #[test]
    fn no_copy_of_a_journal_reads_as_a_journal_name() {
        use crate::store::SessionFile;
        for original in ["0003-2026-11-22.journal", "0003-2026-11-22-ab12.journal"] {
            let stem = original.trim_end_matches(".journal");
            let copies = [
                format!("{stem}.sync-conflict-20261122-140233-ABCDEF7.journal"),
                format!("{stem} (conflicted copy 2026-11-22 140233).journal"),
                format!("{stem} (OFFICE-PC's conflicted copy 2026-11-22).journal"),
                format!("{stem}_conflict-20261122-140233.journal"),
            ];
            assert!(SessionFile::parse_name(original).is_some(), "{original}");
            for copy in copies {
                assert_eq!(
                    conflict_of(&copy).map(|(of, _)| of),
                    Some(original.to_owned()),
                    "{copy}"
                );
                assert!(SessionFile::parse_name(&copy).is_none(), "{copy}");
            }
        }
    }

    #[test]
    fn syncthing_copies_are_recognised() {
        assert_eq!(
            conflict_of("0003-2026-11-22.sync-conflict-20261122-140233-ABCDEF7.journal"),
            Some(("0003-2026-11-22.journal".into(), SyncEngine::Syncthing))
        );
        assert_eq!(
            conflict_of("couple.sync-conflict-20261122-140233-7QK3ZZA.ron"),
            Some(("couple.ron".into(), SyncEngine::Syncthing))
        );
        assert_eq!(
            conflict_of("notes.sync-conflict-20261122-140233-ABCDEF7"),
            Some(("notes".into(), SyncEngine::Syncthing))
        );
        assert_eq!(conflict_of("a.sync-conflict-2026112-140233-X.ron"), None);
    }

    #[test]
    fn nextcloud_copies_are_recognised() {
        assert_eq!(
            conflict_of("0003-2026-11-22 (conflicted copy 2026-11-22 140233).journal"),
            Some(("0003-2026-11-22.journal".into(), SyncEngine::Nextcloud))
        );
        assert_eq!(
            conflict_of("settings (conflicted copy 2026-11-22 140233).ron"),
            Some(("settings.ron".into(), SyncEngine::Nextcloud))
        );
    }

    #[test]
    fn owncloud_copies_are_recognised() {
        assert_eq!(
            conflict_of("couple_conflict-20261122-140233.ron"),
            Some(("couple.ron".into(), SyncEngine::OwnCloud))
        );
        assert_eq!(
            conflict_of("0003-2026-11-22_conflict-20261122-140233.journal"),
            Some(("0003-2026-11-22.journal".into(), SyncEngine::OwnCloud))
        );
    }

    #[test]
    fn dropbox_copies_are_recognised() {
        assert_eq!(
            conflict_of("couple (OFFICE-PC's conflicted copy 2026-11-22).ron"),
            Some(("couple.ron".into(), SyncEngine::Dropbox))
        );
        assert_eq!(
            conflict_of(
                "0003-2026-11-22 (Anna's MacBook Pro's conflicted copy 2026-11-22 (1)).journal"
            ),
            Some(("0003-2026-11-22.journal".into(), SyncEngine::Dropbox))
        );
    }

    #[test]
    fn onedrive_copies_are_recognised_for_the_record_files_only() {
        assert_eq!(
            is_copy_of("couple-OFFICE-PC.ron", "couple.ron"),
            Some(SyncEngine::OneDrive)
        );
        assert_eq!(
            is_copy_of("settings-LAPTOP-2.ron", "settings.ron"),
            Some(SyncEngine::OneDrive)
        );
        assert_eq!(is_copy_of("couple.ron", "couple.ron"), None);
        assert_eq!(is_copy_of("settings.ron", "couple.ron"), None);
        assert_eq!(conflict_of("couple-OFFICE-PC.ron"), None);
    }

    #[test]
    fn ordinary_names_are_not_copies() {
        for name in [
            "0003-2026-11-22.journal",
            "couple.ron",
            "settings.ron",
            "0003-2026-11-22.journal.torn",
            "my conflicted copy notes.ron",
        ] {
            assert_eq!(conflict_of(name), None, "{name}");
        }
    }
}
