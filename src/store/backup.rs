//! Backups: the whole practice as one sealed file, and back.
//!
//! ```text
//! GWBACKUP1\n
//! (format:1,kdf:(…),sealed_key:"…")\n      the vault that opens it, on one line
//! GWSEALED1\n nonce sealed-archive           every file of the practice, sealed as one
//! ```
//!
//! A protected practice's backup opens with the practice's own passphrase (its vault is the
//! practice's); a plain practice's backup is sealed with a passphrase chosen for it. Every file
//! is kept as it is on disk, so a protected practice's files stay sealed inside the backup too.
//! A backup is read back and checked before it is called done; a restore writes into a new
//! folder beside the target and renames it into place only once every file is written.

use std::fs;
use std::path::{Component, Path, PathBuf};

use super::fs::{absolute, create_atomic_with, make_private, sync_dir};
use super::lock::LOCK_FILE;
use super::protect::read_vault;
use super::seal::{self, Key, VAULT_FILE, Vault};

const MAGIC: &[u8] = b"GWBACKUP1\n";
const ARCHIVE: &[u8] = b"GWARCHIVE1\n";
/// The largest backup read back (a practice of years is tens of MB).
const MAX_BACKUP_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// What a backup or a restore wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub files: usize,
    pub bytes: u64,
}

/// Writes the practice in `root` to `target` (a new file) as one sealed backup, and reads it
/// back to check it. A protected practice must be unlocked; a plain one is sealed with
/// `passphrase`, which the restore will ask for.
pub fn backup(root: &Path, target: &Path, passphrase: Option<&str>) -> Result<Done, String> {
    if absolute(target).starts_with(absolute(root)) {
        return Err(crate::t!("store-backup-inside", file = shown(target)));
    }
    let (vault, key) = match read_vault(root)? {
        Some(vault) => {
            let key = seal::key_for(&root.join("couples"))
                .ok_or_else(|| crate::t!("store-practice-locked"))?;
            (vault, KeyRef::Shared(key))
        }
        None => {
            let passphrase =
                passphrase.ok_or_else(|| crate::t!("store-backup-needs-passphrase"))?;
            if let Some(problem) = seal::passphrase_problem(passphrase) {
                return Err(problem);
            }
            let (vault, key) = Vault::create(passphrase)?;
            (vault, KeyRef::Own(key))
        }
    };
    let unreadable = |e: std::io::Error| could_not_read(root, &e);
    let files = files_of(root).map_err(unreadable)?;
    let mut archive = ARCHIVE.to_vec();
    for (name, path) in &files {
        let bytes = fs::read(path).map_err(unreadable)?;
        archive.extend_from_slice(&(name.len() as u32).to_be_bytes());
        archive.extend_from_slice(name.as_bytes());
        archive.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
        archive.extend_from_slice(&bytes);
    }
    let vault_line = ron::ser::to_string(&vault).map_err(|e| e.to_string())?;
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(vault_line.as_bytes());
    out.push(b'\n');
    out.extend(key.get().seal_file(&archive));
    create_atomic_with(target, |w| w.write_all(&out)).map_err(|e| e.to_string())?;
    // Read back from the disk and opened, before it is called a backup.
    let read = fs::read(target).map_err(|e| {
        crate::t!(
            "store-backup-not-read-back",
            file = shown(target),
            error = e.to_string()
        )
    })?;
    let (_, sealed) = split(target, &read)?;
    let opened = key
        .get()
        .open_file(sealed)
        .map_err(|_| crate::t!("store-backup-differs-failing", file = shown(target)))?;
    if opened != archive {
        return Err(crate::t!("store-backup-differs", file = shown(target)));
    }
    Ok(Done {
        files: files.len(),
        bytes: out.len() as u64,
    })
}

/// Restores the backup `source` into `root`, which must be missing or an empty folder. Nothing
/// is written unless the passphrase opens the backup and every byte of it checks out.
pub fn restore(source: &Path, root: &Path, passphrase: &str) -> Result<Done, String> {
    if root.exists()
        && fs::read_dir(root)
            .map_err(|e| could_not_read(root, &e))?
            .next()
            .is_some()
    {
        return Err(crate::t!("store-restore-not-empty", folder = shown(root)));
    }
    let meta = fs::metadata(source).map_err(|e| could_not_read(source, &e))?;
    if meta.len() > MAX_BACKUP_BYTES {
        return Err(crate::t!("store-backup-too-large", file = shown(source)));
    }
    let bytes = fs::read(source).map_err(|e| could_not_read(source, &e))?;
    let (vault, sealed) = split(source, &bytes)?;
    let key = vault.unlock(passphrase).map_err(|r| match r {
        seal::Refused::WrongPassphrase => {
            crate::t!("store-backup-wrong-passphrase", file = shown(source))
        }
        other => other.sentence(),
    })?;
    let changed = || crate::t!("store-backup-changed", file = shown(source));
    let archive = key.open_file(sealed).map_err(|_| changed())?;
    let files = parse_archive(&archive).ok_or_else(changed)?;

    // Written beside the target, then renamed into place whole.
    let parent = match root.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| {
        crate::t!(
            "store-could-not-make",
            folder = shown(&parent),
            error = e.to_string()
        )
    })?;
    let staging = tempfile::Builder::new()
        .prefix(".groundwork-restoring-")
        .tempdir_in(&parent)
        .map_err(|e| {
            crate::t!(
                "store-could-not-write-to",
                folder = shown(&parent),
                error = e.to_string()
            )
        })?;
    let mut total = 0;
    for (name, data) in &files {
        let path = staging.path().join(name);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).map_err(|e| e.to_string())?;
        }
        let file = fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        make_private(&file).map_err(|e| e.to_string())?;
        use std::io::Write;
        let mut file = file;
        file.write_all(data)
            .and_then(|()| file.sync_all())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        total += data.len() as u64;
    }
    private_folders(staging.path()).map_err(|e| e.to_string())?;
    if root.exists() {
        fs::remove_dir(root).map_err(|e| {
            crate::t!(
                "store-could-not-replace",
                folder = shown(root),
                error = e.to_string()
            )
        })?;
    }
    let staged = staging.keep();
    fs::rename(&staged, root)
        .and_then(|()| sync_dir(&parent))
        .map_err(|e| {
            crate::t!(
                "store-could-not-put-in-place",
                folder = shown(root),
                error = e.to_string()
            )
        })?;
    Ok(Done {
        files: files.len(),
        bytes: total,
    })
}

/// A path as a sentence names it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// "… could not be read: …", in the therapist's words.
fn could_not_read(path: &Path, e: &std::io::Error) -> String {
    crate::t!(
        "store-could-not-read",
        file = shown(path),
        error = e.to_string()
    )
}

/// The vault and the sealed archive of a backup file's bytes.
fn split<'a>(path: &Path, bytes: &'a [u8]) -> Result<(Vault, &'a [u8]), String> {
    let not_backup = || crate::t!("store-not-a-backup", file = shown(path));
    let rest = bytes.strip_prefix(MAGIC).ok_or_else(not_backup)?;
    let end = rest
        .iter()
        .position(|&b| b == b'\n')
        .ok_or_else(not_backup)?;
    let line = std::str::from_utf8(&rest[..end]).map_err(|_| not_backup())?;
    let vault: Vault = ron::from_str(line)
        .map_err(|_| crate::t!("store-backup-key-damaged", file = shown(path)))?;
    Ok((vault, &rest[end + 1..]))
}

fn parse_archive(archive: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let mut rest = archive.strip_prefix(ARCHIVE)?;
    let mut files = Vec::new();
    while !rest.is_empty() {
        let (len, r) = rest.split_first_chunk::<4>()?;
        let (name, r) = r.split_at_checked(u32::from_be_bytes(*len) as usize)?;
        let (len, r) = r.split_first_chunk::<8>()?;
        let (data, r) = r.split_at_checked(usize::try_from(u64::from_be_bytes(*len)).ok()?)?;
        let name = std::str::from_utf8(name).ok()?.to_owned();
        // Only plain relative paths inside the practice: nothing can be written elsewhere.
        let safe = Path::new(&name)
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
        if !safe || name.is_empty() {
            return None;
        }
        files.push((name, data.to_vec()));
        rest = r;
    }
    Some(files)
}

/// Every file of the practice as it is on disk, by its path inside the folder (with `/`):
/// everything but the lock, a conversion's leftovers and a sync program's own folders.
fn files_of(root: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    super::protect::collect(root, &mut |path| {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // A computer's index of the couples is only a copy of what the files say, and its
        // stamps are that computer's: it is made again where the backup is restored.
        let kept = name != LOCK_FILE
            && !super::index::is_index(&name)
            && !name.ends_with(".sealing")
            && name != "vault.ron.pending"
            && !(name.starts_with('.') && name.ends_with(".tmp"));
        if kept {
            let inside = path.strip_prefix(root).unwrap_or(path);
            let parts: Vec<String> = inside
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push((parts.join("/"), path.to_owned()));
        }
    })?;
    out.sort();
    // The vault last, so a reader sees a practice's key settings after its files.
    out.sort_by_key(|(name, _)| name == VAULT_FILE);
    Ok(out)
}

/// Folders private to their owner (0700), as the practice's own are.
fn private_folders(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                private_folders(&entry.path())?;
            }
        }
    }
    Ok(())
}

/// The practice's key (shared with the store) or one made for this backup.
enum KeyRef {
    Shared(std::sync::Arc<Key>),
    Own(Key),
}

impl KeyRef {
    fn get(&self) -> &Key {
        match self {
            KeyRef::Shared(key) => key,
            KeyRef::Own(key) => key,
        }
    }
}

/// When the practice was last backed up: `backup.ron` in its folder (sealed like every file of
/// a protected practice).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct LastBackup {
    at: chrono::DateTime<chrono::FixedOffset>,
}

const LAST_BACKUP: &str = "backup.ron";

/// Records that the practice in `root` was backed up at `at`.
pub fn remember(
    root: &Path,
    at: chrono::DateTime<chrono::FixedOffset>,
) -> Result<(), super::StoreError> {
    super::fs::write_ron_unchecked(
        &super::RealDisk,
        &root.join(LAST_BACKUP),
        &LastBackup { at },
    )
}

/// When the practice in `root` was last backed up, if ever (or if that cannot be read).
pub fn last(root: &Path) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    super::fs::read_ron::<LastBackup>(&root.join(LAST_BACKUP))
        .ok()
        .map(|b| b.at)
}

/// The folder beside `root` where a restore into an open practice is staged.
fn staged_beside(root: &Path) -> PathBuf {
    let name = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "practice".to_owned());
    root.with_file_name(format!(".{name}-restoring-from-backup"))
}

/// What an empty practice's folder may hold and still take a restore: the lock, the sync
/// program's list, a computer's index of its (no) couples, and empty `couples` and
/// `templates` folders.
fn is_empty_practice(root: &Path) -> std::io::Result<bool> {
    for entry in fs::read_dir(root)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let empty_folder = entry.file_type()?.is_dir()
            && (name == "couples" || name == "templates")
            && fs::read_dir(entry.path())?.next().is_none();
        if !(empty_folder
            || name == LOCK_FILE
            || name == ".stignore"
            || super::index::is_index(&name))
        {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Restores `source` into the practice open in `root`, which must be empty (a new practice on
/// a new computer). The backup is first restored whole beside it; then its files are moved in,
/// the vault last. A restore cut short there is carried on by [`finish_restore`] when the
/// practice next opens, so it is never left half done.
pub fn restore_here(source: &Path, root: &Path, passphrase: &str) -> Result<Done, String> {
    if !is_empty_practice(root).map_err(|e| could_not_read(root, &e))? {
        return Err(crate::t!("store-restore-only-empty"));
    }
    let staged = staged_beside(root);
    if staged.exists() {
        finish_restore(root).map_err(|e| e.to_string())?;
    }
    let done = restore(source, &staged, passphrase)?;
    finish_restore(root).map_err(|e| {
        crate::t!(
            "store-could-not-move-in",
            folder = shown(&staged),
            error = e.to_string()
        )
    })?;
    Ok(done)
}

/// Moves a restore staged beside `root` into it, the vault last; harmless when there is none.
pub fn finish_restore(root: &Path) -> std::io::Result<()> {
    let staged = staged_beside(root);
    if !staged.is_dir() {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = fs::read_dir(&staged)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort_by_key(|p| p.file_name().is_some_and(|n| n == VAULT_FILE));
    for from in entries {
        let Some(name) = from.file_name() else {
            continue;
        };
        let to = root.join(name);
        // The empty folders of the new practice make way for the backup's.
        if to.is_dir() && fs::read_dir(&to)?.next().is_none() {
            fs::remove_dir(&to)?;
        }
        fs::rename(&from, &to)?;
    }
    sync_dir(root)?;
    fs::remove_dir(&staged)?;
    if let Some(parent) = root.parent() {
        sync_dir(parent)?;
    }
    Ok(())
}
