//! Protecting a practice with a passphrase, unlocking it, and changing the passphrase.
//!
//! Converting an existing practice is crash-safe. Every file is first written sealed beside
//! itself (`couple.ron.sealing`), then the vault is put in place with one rename: that rename
//! is the moment the practice becomes protected. The sealed copies then replace the plain files.
//! A practice found with sealed copies but no vault was interrupted before that moment: the
//! copies are removed and it is as it was. One found with a vault and sealed copies was
//! interrupted after: the copies replace the plain files. Either way, at every moment the
//! practice reads whole, in its old form or its new one.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::error::{Action, StoreError};
use super::fs::{decode_text, parse_ron, read_bytes, sync_dir, write_atomic_with};
use super::index::KnownFolders;
use super::lock::LOCK_FILE;
use super::seal::{self, Key, Refused, VAULT_FILE, Vault};

/// A sealed copy waiting to replace its plain file.
pub(crate) const SEALING: &str = ".sealing";
/// The vault while a conversion is under way.
const PENDING: &str = "vault.ron.pending";

/// What protecting a practice did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Protected {
    /// Files sealed.
    pub files: usize,
    /// Exported PDFs moved out of the data folder (a PDF has to stay readable by a viewer), and
    /// where to.
    pub exports: usize,
    pub exports_moved_to: Option<PathBuf>,
}

/// The practice's vault, if it is protected.
pub fn read_vault(root: &Path) -> Result<Option<Vault>, String> {
    let path = root.join(VAULT_FILE);
    if !path.exists() {
        return Ok(None);
    }
    // The vault is the one file never sealed: read it as it is.
    let bytes = read_bytes(&path, 64 * 1024).map_err(|p| p.sentence())?;
    let text = decode_text(&path, &bytes).map_err(|p| p.sentence())?;
    parse_ron(&path, text).map(Some).map_err(|p| p.sentence())
}

pub(crate) fn write_vault(path: &Path, vault: &Vault) -> Result<(), StoreError> {
    let text =
        ron::ser::to_string_pretty(vault, ron::ser::PrettyConfig::default()).map_err(|e| {
            StoreError::Serialize {
                path: path.to_owned(),
                message: e.to_string(),
            }
        })?;
    write_atomic_with(path, |w| w.write_all(text.as_bytes()))
}

/// Unlocks the practice in `root` with `passphrase`: its files open from now on in this
/// process. Nothing on disk is touched, whatever the passphrase.
pub fn unlock(root: &Path, passphrase: &str) -> Result<(), Refused> {
    let vault = read_vault(root)
        .map_err(Refused::Damaged)?
        .ok_or_else(|| Refused::Damaged(crate::t!("store-not-protected-it")))?;
    let key = vault.unlock(passphrase)?;
    seal::unlock(root, key);
    Ok(())
}

/// Unlocks the practice in `root` with the key this computer's keychain remembers for it:
/// false when it remembers none (or has no keychain), an error when the keychain failed.
pub fn unlock_remembered(root: &Path) -> Result<bool, String> {
    if !seal::is_protected(root) || !super::keychain::available() {
        return Ok(false);
    }
    match super::keychain::recall(root)? {
        Some(key) => {
            seal::unlock(root, key);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// A new passphrase for the practice in `root`: only the vault is rewritten.
pub fn change_passphrase(root: &Path, old: &str, new: &str) -> Result<(), String> {
    if let Some(problem) = seal::passphrase_problem(new) {
        return Err(problem);
    }
    let vault = read_vault(root)?.ok_or_else(|| crate::t!("store-not-protected"))?;
    let changed = vault.rewrap(old, new).map_err(|r| r.sentence())?;
    write_vault(&root.join(VAULT_FILE), &changed).map_err(|e| e.to_string())
}

/// Protects the practice in `root` with `passphrase`, sealing every file already in it, and
/// unlocks it. The caller holds the practice's lock.
pub fn protect(root: &Path, passphrase: &str) -> Result<Protected, String> {
    if let Some(problem) = seal::passphrase_problem(passphrase) {
        return Err(problem);
    }
    finish_interrupted(root).map_err(|e| e.to_string())?;
    if seal::is_protected(root) {
        return Err(crate::t!(
            "store-already-protected",
            folder = root.display().to_string()
        ));
    }
    let (exports, exports_moved_to) = move_exports_out(root).map_err(|e| e.to_string())?;
    let (vault, key) = Vault::create(passphrase)?;
    let files =
        practice_files(root).map_err(|e| StoreError::io(root, Action::Read, e).to_string())?;
    let mut sealed = 0;
    for file in &files {
        let bytes =
            fs::read(file).map_err(|e| StoreError::io(file, Action::Read, e).to_string())?;
        let out = if file.extension().is_some_and(|e| e == "journal") {
            seal_lines(&key, &bytes)
        } else {
            key.seal_file(&bytes)
        };
        let copy = sealing_path(file);
        write_atomic_with(&copy, |w| w.write_all(&out)).map_err(|e| e.to_string())?;
        sealed += 1;
    }
    // The moment the practice becomes protected.
    let pending = root.join(PENDING);
    write_vault(&pending, &vault).map_err(|e| e.to_string())?;
    fs::rename(&pending, root.join(VAULT_FILE))
        .and_then(|()| sync_dir(root))
        .map_err(|e| StoreError::io(&pending, Action::Rename, e).to_string())?;
    finish_interrupted(root).map_err(|e| e.to_string())?;
    seal::unlock(root, key);
    Ok(Protected {
        files: sealed,
        exports,
        exports_moved_to,
    })
}

/// Protects a new, empty practice: only the vault is written.
pub fn protect_new(root: &Path, passphrase: &str) -> Result<(), String> {
    protect(root, passphrase).map(drop)
}

/// Completes or undoes a conversion that a crash or a kill interrupted (see the module's
/// comment). Harmless when there is none.
pub fn finish_interrupted(root: &Path) -> io::Result<()> {
    finish_interrupted_knowing(root, &KnownFolders::default())
}

/// [`finish_interrupted`], not reading again the folders `known` to hold no sealed copy and
/// unchanged since (a copy made in a folder changes it): a practice of thousands of sessions
/// is not read whole each time it opens.
pub fn finish_interrupted_knowing(root: &Path, known: &KnownFolders) -> io::Result<()> {
    let protected = seal::is_protected(root);
    let copies = sealing_copies(root, known)?;
    let mut folders = std::collections::BTreeSet::new();
    for copy in copies {
        if protected {
            let plain = PathBuf::from(copy.to_string_lossy().trim_end_matches(SEALING).to_owned());
            fs::rename(&copy, &plain)?;
        } else {
            fs::remove_file(&copy)?;
        }
        if let Some(parent) = copy.parent() {
            folders.insert(parent.to_owned());
        }
    }
    let pending = root.join(PENDING);
    if pending.exists() {
        fs::remove_file(&pending)?;
        folders.insert(root.to_owned());
    }
    for folder in folders {
        sync_dir(&folder)?;
    }
    Ok(())
}

fn sealing_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(SEALING);
    PathBuf::from(name)
}

/// Each line sealed on its own; a last line without its line end (cut off by a crash) stays
/// without one, so it is still found as torn.
fn seal_lines(key: &Key, bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() * 2);
    let mut rest = bytes;
    while !rest.is_empty() {
        let (line, ended) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (&rest[..i], true),
            None => (rest, false),
        };
        rest = &rest[(line.len() + usize::from(ended)).min(rest.len())..];
        if line.iter().all(u8::is_ascii_whitespace) {
            out.extend_from_slice(line);
        } else {
            out.extend_from_slice(key.seal_line_bytes(line).as_bytes());
        }
        if ended {
            out.push(b'\n');
        }
    }
    out
}

/// Every file of the practice that is sealed: everything but the lock, the vault, a sync
/// program's own files and sealed copies.
fn practice_files(root: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    collect(root, &mut |path| {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let ours = name != LOCK_FILE
            && name != VAULT_FILE
            && name != PENDING
            && !name.ends_with(SEALING)
            && !name.starts_with(".st");
        if ours {
            files.push(path.to_owned());
        }
    })?;
    Ok(files)
}

/// Calls `each` with every regular file under `dir`, not following links, skipping a sync
/// program's folders (`.stfolder`, `.stversions`).
pub(crate) fn collect(dir: &Path, each: &mut dyn FnMut(&Path)) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if !entry.file_name().to_string_lossy().starts_with(".st") {
                collect(&entry.path(), each)?;
            }
        } else if kind.is_file() {
            each(&entry.path());
        }
    }
    Ok(())
}

/// The sealed copies under `dir` ([`collect`]'s walk), not reading again the files of a folder
/// `known` to be unchanged; a folder's subfolders are read a few at once (the couples' folder holds thousands, all read on a first start).
fn sealing_copies(dir: &Path, known: &KnownFolders) -> io::Result<Vec<PathBuf>> {
    let mut copies = Vec::new();
    let folders: Vec<PathBuf> = match known.unchanged(dir) {
        Some(folders) => folders
            .iter()
            .filter(|n| !n.starts_with(".st"))
            .map(|n| dir.join(n))
            .collect(),
        None => {
            let mut folders = Vec::new();
            for entry in fs::read_dir(dir)? {
                let entry = entry?;
                let kind = entry.file_type()?;
                let name = entry.file_name();
                if kind.is_dir() {
                    if !name.to_string_lossy().starts_with(".st") {
                        folders.push(entry.path());
                    }
                } else if kind.is_file() && name.to_string_lossy().ends_with(SEALING) {
                    copies.push(entry.path());
                }
            }
            folders
        }
    };
    for found in super::parallel::map(&folders, |folder| sealing_copies(folder, known)) {
        copies.extend(found?);
    }
    Ok(copies)
}

/// Moves every couple's exported PDFs out of the data folder, into a folder beside it, since a
/// protected practice keeps nothing readable and a PDF must stay readable.
fn move_exports_out(root: &Path) -> io::Result<(usize, Option<PathBuf>)> {
    let couples = root.join("couples");
    let Ok(entries) = fs::read_dir(&couples) else {
        return Ok((0, None));
    };
    let name = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "Groundwork".to_owned());
    let target = root
        .parent()
        .unwrap_or(root)
        .join(crate::t!("store-pdfs-folder", name = name));
    let mut moved = 0;
    for couple in entries {
        let exports = couple?.path().join("exports");
        let Ok(files) = fs::read_dir(&exports) else {
            continue;
        };
        for file in files {
            let file = file?;
            if !file.file_type()?.is_file() {
                continue;
            }
            fs::create_dir_all(&target)?;
            let mut to = target.join(file.file_name());
            let mut n = 2;
            while to.exists() {
                to = target.join(format!("({n}) {}", file.file_name().to_string_lossy()));
                n += 1;
            }
            fs::rename(file.path(), &to)?;
            moved += 1;
        }
        sync_dir(&exports)?;
    }
    if moved > 0 {
        sync_dir(&target)?;
    }
    Ok((moved, (moved > 0).then_some(target)))
}
