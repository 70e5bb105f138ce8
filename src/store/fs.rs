//! Files on disk: private folders, atomic writes, and reading RON with problems in plain words.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::Problem;
use super::disk::{Disk, RealDisk};
use super::error::{Action, StoreError};
use super::seal;
use crate::model::SCHEMA_VERSION;

/// The largest RON file (couple, settings, template) Groundwork reads. Real ones are a few KB.
pub const MAX_RON_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a RON file written by Groundwork (or by a person in a text editor).
///
/// Every way the file can be unusable is a [`Problem`] in plain words, never a panic: missing,
/// unreadable, a folder, empty, too large, binary, not UTF-8, written by a newer Groundwork
/// (its `schema` is checked before the rest is parsed), or not valid RON (with line and column).
/// The last part of `path` as text ("couple.ron"); empty if it has none.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn read_ron<T: DeserializeOwned>(path: &Path) -> Result<T, Problem> {
    let bytes = unseal(path, read_bytes(path, MAX_RON_BYTES)?)?;
    let text = decode_text(path, &bytes)?;
    parse_ron(path, text)
}

/// A file's bytes as Groundwork wrote them: opened with its practice's key when the practice
/// is protected. A sealed file that does not open (changed, cut, or from another practice) and
/// a plain file in a protected practice are both named as changed outside Groundwork.
pub(crate) fn unseal(path: &Path, bytes: Vec<u8>) -> Result<Vec<u8>, Problem> {
    let key = seal::key_for(path);
    match (seal::is_sealed(&bytes), key) {
        (false, None) => Ok(bytes),
        (true, Some(key)) => key
            .open_file(&bytes)
            .map_err(|_| Problem::new(path, crate::t!("store-sealed-changed"))),
        (true, None) => Err(Problem::new(path, crate::t!("store-sealed-locked")).advising()),
        (false, Some(_)) => Err(Problem::new(path, crate::t!("store-not-sealed"))),
    }
}

/// `bytes` as they are written to `path`: sealed when its practice is protected.
pub(crate) fn seal_for(path: &Path, bytes: Vec<u8>) -> Vec<u8> {
    match seal::key_for(path) {
        Some(key) => key.seal_file(&bytes),
        None => bytes,
    }
}

/// Writes `value` as pretty RON, atomically (see [`write_atomic_with`]).
///
/// If the file already exists it must read back as a `T`: a file that cannot be read is never
/// written over (the result is [`StoreError::Unreadable`]); move it aside first.
pub fn write_ron<T: Serialize + DeserializeOwned>(
    path: &Path,
    value: &T,
) -> Result<(), StoreError> {
    refuse_if_unreadable::<T>(path)?;
    write_ron_unchecked(&RealDisk, path, value)
}

pub(crate) fn refuse_if_unreadable<T: DeserializeOwned>(path: &Path) -> Result<(), StoreError> {
    if fs::symlink_metadata(path).is_ok() {
        read_ron::<T>(path).map_err(StoreError::Unreadable)?;
    }
    Ok(())
}

pub(crate) fn write_ron_unchecked<T: Serialize>(
    disk: &dyn Disk,
    path: &Path,
    value: &T,
) -> Result<(), StoreError> {
    let mut text =
        ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default().new_line("\n"))
            .map_err(|e| StoreError::Serialize {
                path: path.to_owned(),
                message: e.to_string(),
            })?;
    text.push('\n');
    let bytes = seal_for(path, text.into_bytes());
    write_atomic_with(path, |w| disk.write(path, w, &bytes))
}

/// Replaces `path` atomically with what `write` writes: a temporary file in the same folder is
/// written, synced, made private (0600), renamed over `path`, and the folder is synced.
///
/// If `write` (or anything else) fails, the temporary file is removed and the previous `path` is
/// left exactly as it was.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StoreError> {
    let tmp = write_temp(path, write)?;
    tmp.persist(path)
        .map_err(|e| StoreError::io(path, Action::Rename, e.error))?;
    sync_dir(parent(path)).map_err(|e| StoreError::io(path, Action::Sync, e))
}

/// Like [`write_atomic_with`] but refuses to replace an existing file
/// ([`StoreError::AlreadyExists`]): the file appears complete or not at all.
pub(crate) fn create_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StoreError> {
    create_atomic_unsynced_folder(path, write)?;
    sync_dir(parent(path)).map_err(|e| StoreError::io(path, Action::Sync, e))
}

/// [`create_atomic_with`] without syncing the folder: for many files written into one folder
/// at once, which the caller then syncs once ([`sync_dir`]). Each file is still synced before
/// it gets its name.
pub(crate) fn create_atomic_unsynced_folder(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StoreError> {
    let tmp = write_temp(path, write)?;
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == io::ErrorKind::AlreadyExists {
            StoreError::AlreadyExists {
                path: path.to_owned(),
            }
        } else {
            StoreError::io(path, Action::Rename, e.error)
        }
    })?;
    Ok(())
}

fn write_temp(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<tempfile::NamedTempFile, StoreError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The temporary name adds a dot, a random part and ".tmp": keep it well inside the 255
    // bytes a file name may have, whatever the length of the real one.
    let prefix = format!(".{}.", &name[..name.floor_char_boundary(200)]);
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(parent(path))
        .map_err(|e| StoreError::io(path, Action::Write, e))?;
    write(tmp.as_file_mut()).map_err(|e| StoreError::io(path, Action::Write, e))?;
    make_private(tmp.as_file()).map_err(|e| StoreError::io(path, Action::Write, e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| StoreError::io(path, Action::Sync, e))?;
    Ok(tmp)
}

/// The folder a file lives in (`.` for a bare file name).
pub(crate) fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Makes a file readable and writable by its owner only.
pub(crate) fn make_private(file: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        Ok(())
    }
}

/// Opens a new file (never an existing one) readable and writable by its owner only.
pub(crate) fn create_new_private(path: &Path) -> io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Syncs a folder, so that a file created or renamed in it survives a power cut.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Creates `dir` and any missing parents, private to the owner (0700), and syncs the folders
/// they were created in. An existing folder is left as it is.
pub(crate) fn ensure_dir(dir: &Path) -> Result<(), StoreError> {
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => return Ok(()),
        Ok(_) => {
            return Err(StoreError::io(
                dir,
                Action::CreateFolder,
                io::Error::new(
                    io::ErrorKind::NotADirectory,
                    crate::t!("store-file-in-the-way"),
                ),
            ));
        }
        Err(_) => {}
    }
    let mut missing = Vec::new();
    let mut cursor = Some(dir);
    while let Some(p) = cursor {
        if p.as_os_str().is_empty() || p.exists() {
            break;
        }
        missing.push(p);
        cursor = p.parent();
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| StoreError::io(dir, Action::CreateFolder, e))?;
    for created in missing.iter().rev() {
        sync_dir(parent(created)).map_err(|e| StoreError::io(created, Action::Sync, e))?;
    }
    Ok(())
}

/// Reads a whole file, refusing one larger than `limit` bytes.
pub(crate) fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, Problem> {
    read_bytes_checked(path, limit, 0, |_| Ok(()))
}

/// [`read_bytes`], but a file longer than `head` bytes has its first `head` bytes read and
/// passed to `check` before the rest: a large file that is not what it should be is refused
/// without being read whole.
pub(crate) fn read_bytes_checked(
    path: &Path,
    limit: u64,
    head: u64,
    check: impl FnOnce(&[u8]) -> Result<(), Problem>,
) -> Result<Vec<u8>, Problem> {
    // What the file is, and its size, before it is opened: a FIFO, a device or a socket is
    // refused at once (opening one could wait forever), and so is a file too large to read.
    let meta = fs::metadata(path).map_err(|e| problem_from_io(path, &e))?;
    check_regular(path, &meta, limit)?;
    let mut file = open_for_reading(path).map_err(|e| problem_from_io(path, &e))?;
    // Checked again on what was opened, in case the file was swapped in between.
    let meta = file.metadata().map_err(|e| problem_from_io(path, &e))?;
    check_regular(path, &meta, limit)?;
    let mut bytes = Vec::new();
    let mut read = |bytes: &mut Vec<u8>, most: u64| {
        (&mut file)
            .take(most)
            .read_to_end(bytes)
            .map_err(|e| problem_from_io(path, &e))
    };
    if meta.len() > head && head > 0 {
        read(&mut bytes, head)?;
        check(&bytes)?;
    }
    bytes.reserve(usize::try_from(meta.len()).unwrap_or(0));
    let rest = limit + 1 - bytes.len() as u64;
    read(&mut bytes, rest)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, limit));
    }
    Ok(bytes)
}

/// Opens a file for reading only, without waiting: with `O_NONBLOCK` a FIFO swapped in after the
/// checks opens at once (and is then refused) instead of waiting for a writer.
fn open_for_reading(path: &Path) -> io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Refuses anything but a regular file of at most `limit` bytes.
fn check_regular(path: &Path, meta: &fs::Metadata, limit: u64) -> Result<(), Problem> {
    if meta.is_dir() {
        return Err(folder_not_file(path));
    }
    if !meta.is_file() {
        return Err(not_a_regular_file(path, meta));
    }
    if meta.len() > limit {
        return Err(too_large(path, limit));
    }
    Ok(())
}

fn too_large(path: &Path, limit: u64) -> Problem {
    Problem::new(
        path,
        crate::t!("store-too-large", megabytes = limit / (1024 * 1024)),
    )
}

/// A FIFO, a device or a socket where a file should be.
pub(crate) fn not_a_regular_file(path: &Path, meta: &fs::Metadata) -> Problem {
    Problem::new(
        path,
        crate::t!("store-special-file", kind = special_kind(meta)),
    )
    .advising()
}

fn special_kind(meta: &fs::Metadata) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return crate::t!("store-kind-pipe");
        }
        if t.is_socket() {
            return crate::t!("store-kind-socket");
        }
        if t.is_block_device() || t.is_char_device() {
            return crate::t!("store-kind-device");
        }
    }
    let _ = meta;
    crate::t!("store-kind-special")
}

/// Refuses a file that is, or is reached through, a symbolic link leading out of the data folder
/// `root`: such a file is neither read nor written. Each part of the path below `root` is looked
/// at with `lstat`; only a path with a link in it is resolved. A path not under `root` is not
/// this check's business.
pub(crate) fn check_in_folder(root: &Path, path: &Path) -> Result<(), Problem> {
    let Ok(below) = path.strip_prefix(root) else {
        return Ok(());
    };
    let mut cursor = root.to_path_buf();
    let mut linked = false;
    for part in below.components() {
        cursor.push(part);
        match fs::symlink_metadata(&cursor) {
            Ok(meta) if meta.file_type().is_symlink() => {
                linked = true;
                break;
            }
            Ok(_) => {}
            Err(_) => return Ok(()), // Missing: whoever reads it says so.
        }
    }
    if !linked {
        return Ok(());
    }
    match (fs::canonicalize(root), fs::canonicalize(path)) {
        (Ok(root), Ok(target)) if target.starts_with(&root) => Ok(()),
        // A link to nothing: whoever reads it says the file does not exist.
        (_, Err(e)) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        _ => Err(outside(path)),
    }
}

/// A symbolic link out of the data folder.
pub(crate) fn outside(path: &Path) -> Problem {
    Problem::new(path, crate::t!("store-link-outside")).advising()
}

/// A folder where a file should be.
fn folder_not_file(path: &Path) -> Problem {
    Problem::new(path, crate::t!("store-folder-not-file")).advising()
}

/// Says in plain words why a file could not be opened or read.
pub(crate) fn problem_from_io(path: &Path, err: &io::Error) -> Problem {
    match err.kind() {
        io::ErrorKind::NotFound => Problem::new(path, crate::t!("store-missing")),
        io::ErrorKind::PermissionDenied => {
            Problem::new(path, crate::t!("store-not-allowed-to-read")).advising()
        }
        io::ErrorKind::IsADirectory => folder_not_file(path),
        _ => Problem::new(
            path,
            crate::t!("store-disk-refused", error = err.to_string()),
        ),
    }
}

/// Checks that a whole file is UTF-8 text and returns it without a byte-order mark.
pub(crate) fn decode_text<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::new(path, crate::t!("store-empty")));
    }
    if bytes.contains(&0) {
        return Err(Problem::new(path, crate::t!("store-binary")));
    }
    let text = decode_utf8(bytes)
        .map_err(|(line, col)| Problem::at(path, line, col, crate::t!("store-not-utf8")))?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// UTF-8 text, or the 1-based line and column of the first byte that is not.
pub(crate) fn decode_utf8(bytes: &[u8]) -> Result<&str, (usize, usize)> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let line = 1 + good.matches('\n').count();
        let col = 1 + good.rsplit('\n').next().unwrap_or_default().chars().count();
        (line, col)
    })
}

/// Parses RON text after checking its `schema` is one this version reads.
pub(crate) fn parse_ron<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, Problem> {
    // Groundwork writes the schema first: found there, the whole text is parsed once (the
    // probe parses all of it too, and cost more than the parse itself).
    let probed = schema_first(text).or_else(|| ron::from_str::<SchemaProbe>(text).ok()?.0);
    if let Some(schema) = probed {
        check_schema(path, schema)?;
    }
    ron::from_str(text).map_err(|err| {
        // The probe only fails on text that does not parse; a newer version may write such
        // text, so look for its schema number by eye before blaming the file.
        if probed.is_none()
            && let Some(schema) = schema_by_eye(text)
            && let Err(problem) = check_schema(path, schema)
        {
            return problem;
        }
        Problem::from_ron(path, &err)
    })
}

pub(crate) fn check_schema(path: &Path, schema: u64) -> Result<(), Problem> {
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(Problem::new(
            path,
            crate::t!(
                "store-newer-schema",
                schema = schema,
                reads = SCHEMA_VERSION
            ),
        )
        .advising());
    }
    Ok(())
}

/// The schema of a struct whose first field is `schema` (`(schema: 7, ..` or `Couple(schema: 7,
/// ..`), as Groundwork writes every file; `None` for anything else (comments, extensions, another
/// order), which the probe then reads.
fn schema_first(text: &str) -> Option<u64> {
    let rest = text.trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    let rest = rest.trim_start().strip_prefix('(')?.trim_start();
    let rest = rest
        .strip_prefix("schema")?
        .trim_start()
        .strip_prefix(':')?;
    let rest = rest.trim_start();
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let after = rest[end..].trim_start();
    (after.starts_with(',') || after.starts_with(')'))
        .then(|| rest[..end].parse().ok())
        .flatten()
}

/// `schema: 7` near the start of the text, for files the probe cannot parse.
fn schema_by_eye(text: &str) -> Option<u64> {
    let head = &text[..text.floor_char_boundary(4096)];
    let at = head.find("schema")?;
    let rest = head[at + "schema".len()..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The `schema` field of any RON struct (named or not), ignoring every other field. Parsed by
/// hand rather than derived so that `Couple(schema: 1, ..)` with a struct name also probes.
struct SchemaProbe(Option<u64>);

impl<'de> de::Deserialize<'de> for SchemaProbe {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ProbeVisitor)
    }
}

struct ProbeVisitor;

impl<'de> Visitor<'de> for ProbeVisitor {
    type Value = SchemaProbe;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a struct with a schema field")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SchemaProbe, A::Error> {
        let mut schema = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "schema" && schema.is_none() {
                schema = Some(map.next_value::<u64>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(SchemaProbe(schema))
    }
}

/// `path` made absolute, its folder's links resolved where it exists (for comparing places).
pub(crate) fn absolute(path: &Path) -> PathBuf {
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    if let Ok(real) = full.canonicalize() {
        return real;
    }
    match (full.parent(), full.file_name()) {
        (Some(folder), Some(name)) => folder
            .canonicalize()
            .map_or_else(|_| full.clone(), |f| f.join(name)),
        _ => full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Thing {
        schema: u32,
        name: String,
    }

    fn probe(text: &str) -> Option<u64> {
        ron::from_str::<SchemaProbe>(text).ok().and_then(|p| p.0)
    }

    #[test]
    fn the_probe_reads_schema_from_named_and_unnamed_structs() {
        assert_eq!(
            probe("(schema: 7, name: \"x\", list: [1, 2], nested: (a: Some(3)))"),
            Some(7)
        );
        assert_eq!(probe("Couple(name: \"x\", schema: 2)"), Some(2));
        assert_eq!(probe("(name: \"x\")"), None);
        assert_eq!(
            probe("(name: \"x\", when: Weekdays([Mon, Fri]), o: None)"),
            None
        );
    }

    #[test]
    fn a_schema_written_first_is_read_without_the_probe_and_agrees_with_it() {
        for text in [
            "(schema: 7, name: \"x\")",
            "(\n    schema: 1,\n    name: \"x\",\n)",
            "Couple(schema: 2, name: \"x\")",
            "  Couple ( schema : 3 )",
            "(schema: 1)",
        ] {
            assert!(schema_first(text).is_some(), "{text}");
            assert_eq!(schema_first(text), probe(text), "{text}");
        }
        // Anything else goes to the probe: another order, a comment first, a nested schema,
        // a number too large, a schema that is not a number.
        for text in [
            "Couple(name: \"x\", schema: 2)",
            "// note\n(schema: 2)",
            "(inner: (schema: 4), name: \"x\")",
            "(schema: 99999999999999999999999, name: \"x\")",
            "(schema: 3x, name: \"x\")",
            "(schemas: 3)",
            "[1, 2]",
            "",
        ] {
            assert_eq!(schema_first(text), None, "{text}");
        }
        // Through the parse: the fast path and the probe refuse a newer file alike.
        crate::locale::set_therapist(Some(crate::model::Lang::En));
        let path = Path::new("settings.ron");
        for text in ["(schema: 5, name: \"x\")", "(name: \"x\", schema: 5)"] {
            let problem = parse_ron::<Thing>(path, text).unwrap_err();
            assert!(problem.message.contains("schema 5"), "{text}: {problem}");
        }
    }
    #[test]
    fn a_future_schema_is_refused_before_the_rest_is_parsed() {
        crate::locale::set_therapist(Some(crate::model::Lang::En));
        let path = Path::new("settings.ron");
        let problem = parse_ron::<Thing>(path, "(schema: 7, renamed: 3)").unwrap_err();
        assert_eq!(
            problem.message,
            "it was written by a newer version of Groundwork (schema 7; this version reads up to 1); update Groundwork to open it"
        );
        // Even when the newer text does not parse at all.
        let problem = parse_ron::<Thing>(path, "(schema: 9, name: #new-syntax)").unwrap_err();
        assert!(problem.message.contains("schema 9"), "{problem}");
        // A current file parses as usual.
        let thing = parse_ron::<Thing>(path, "(schema: 1, name: \"ok\")").unwrap();
        assert_eq!(thing.name, "ok");
    }

    #[test]
    fn io_errors_read_as_plain_words() {
        crate::locale::set_therapist(Some(crate::model::Lang::En));
        let path = Path::new("x.ron");
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        assert!(
            problem_from_io(path, &denied)
                .message
                .contains("not allowed to read")
        );
        let full = StoreError::io(
            path,
            Action::Write,
            io::Error::from(io::ErrorKind::StorageFull),
        );
        assert!(
            full.to_string()
                .starts_with("The disk is full, so x.ron could not be saved;")
        );
        assert!(full.is_disk_full());
        let denied = StoreError::io(path, Action::Write, denied);
        assert!(
            denied
                .to_string()
                .starts_with("Groundwork may not write to x.ron;")
        );
    }

    #[test]
    fn bad_utf8_is_located() {
        assert_eq!(decode_utf8(b"ab\ncd\xffe"), Err((2, 3)));
        assert_eq!(decode_utf8("é\n".as_bytes()), Ok("é\n"));
    }
}
