//! The session journal: one file per session, one RON value per line, appended and synced.
//!
//! ```text
//! (schema:1,couple:"c-20261122-200301-3f9a",number:3)
//! (wall:"2026-11-22T20:03:01+01:00",at:0,event:Started((...)))
//! (wall:"2026-11-22T20:04:12+01:00",at:71250,event:QuickNote(text:"Emma: \"I feel\" ...\nnext line"))
//! ```
//!
//! A crash can leave the last line cut off (a torn tail). Reading keeps every complete entry and
//! reports the tail; reopening the session saves the tail beside the journal and cuts it off.
//! An unreadable line anywhere else is real damage and the file is left alone.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::Problem;
use super::disk::{Disk, RealDisk};
use super::error::{Action, StoreError};
use super::fs::{create_new_private, decode_utf8, parent, parse_ron, read_bytes_checked, sync_dir};
use super::problem::ron_words;
use super::seal;
use crate::model::{CoupleId, Entry, Event, SCHEMA_VERSION};

/// The largest journal Groundwork opens. A three-hour session with long notes is a few MB; a
/// journal is read whole, so the limit also bounds the memory one file can take. The size is
/// checked before anything is read.
pub const MAX_JOURNAL_BYTES: u64 = 64 * 1024 * 1024;

/// The longest header line there can be (a real one is under 100 bytes). The header is read and
/// checked first, so a large file that is not a journal is refused without being read whole.
const MAX_HEADER_BYTES: u64 = 4096;

/// Line 1 of every journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalHeader {
    pub schema: u32,
    pub couple: CoupleId,
    pub number: u32,
}

impl JournalHeader {
    pub fn new(couple: CoupleId, number: u32) -> JournalHeader {
        JournalHeader {
            schema: SCHEMA_VERSION,
            couple,
            number,
        }
    }
}

/// A journal open for appending. Create one with [`super::Store::create_journal`] or
/// [`reopen_journal`].
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: File,
    header: JournalHeader,
    /// Length of the file up to the end of its last complete, synced line.
    len: u64,
    /// Set when a failed append could not be undone.
    broken: bool,
    disk: Arc<dyn Disk>,
}

impl Journal {
    pub(crate) fn open_append(
        path: &Path,
        header: JournalHeader,
        len: u64,
        disk: Arc<dyn Disk>,
    ) -> Result<Journal, StoreError> {
        // Read too: a failed append checks what reached the file before cutting it off.
        let mut options = OpenOptions::new();
        options.read(true).append(true);
        #[cfg(unix)]
        {
            // A FIFO swapped in for the journal fails at once instead of waiting for a reader.
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NONBLOCK);
        }
        let file = options
            .open(path)
            .map_err(|e| StoreError::io(path, Action::Open, e))?;
        let meta = file
            .metadata()
            .map_err(|e| StoreError::io(path, Action::Open, e))?;
        if !meta.is_file() {
            return Err(StoreError::Unreadable(super::fs::not_a_regular_file(
                path, &meta,
            )));
        }
        Ok(Journal {
            path: path.to_owned(),
            file,
            header,
            len,
            broken: false,
            disk,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The open file, to learn which version of it this is.
    pub(crate) fn file(&self) -> &File {
        &self.file
    }

    pub fn header(&self) -> &JournalHeader {
        &self.header
    }

    /// Appends `entries`, one line each, in a single write, and returns once the data is synced
    /// to the disk. An entry whose `append` returned `Ok` survives a crash or power cut.
    ///
    /// On error nothing of `entries` stays in the file (a partial write is cut off again), so
    /// the same entries may be appended again, e.g. once disk space has been freed.
    pub fn append(&mut self, entries: &[Entry]) -> Result<(), StoreError> {
        let (disk, path) = (self.disk.clone(), self.path.clone());
        self.append_with(entries, |file, bytes| {
            disk.write(&path, file, bytes)?;
            file.sync_data()
        })
    }

    fn append_with(
        &mut self,
        entries: &[Entry],
        write_and_sync: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
    ) -> Result<(), StoreError> {
        if self.broken {
            return Err(StoreError::JournalBroken {
                path: self.path.clone(),
            });
        }
        if entries.is_empty() {
            return Ok(());
        }
        // Someone else appended (a second Groundwork): never write after a line this process
        // did not write, nor cut it off later.
        if self.real_len()? != self.len {
            return Err(StoreError::ChangedElsewhere {
                path: self.path.clone(),
            });
        }
        let mut text = String::new();
        encode_entries(&self.path, entries, &mut text)?;
        if let Err(err) = write_and_sync(&mut self.file, text.as_bytes()) {
            // Cut off whatever part of the write reached the file, so the next append does not
            // follow a torn line (which would read as damage in the middle of the journal). Only
            // this process's own bytes are cut: anything else is left as it is.
            return Err(match self.undo_partial(text.as_bytes()) {
                Undo::Done => StoreError::io(&self.path, Action::Append, err),
                Undo::Failed => {
                    self.broken = true;
                    StoreError::io(&self.path, Action::Append, err)
                }
                Undo::NotOurs => {
                    self.broken = true;
                    StoreError::ChangedElsewhere {
                        path: self.path.clone(),
                    }
                }
            });
        }
        self.len += text.len() as u64;
        Ok(())
    }

    /// The file's length on disk now.
    fn real_len(&self) -> Result<u64, StoreError> {
        self.file
            .metadata()
            .map(|m| m.len())
            .map_err(|e| StoreError::io(&self.path, Action::Append, e))
    }

    /// After a failed write of `ours`: cuts the file back to [`Journal::len`] only if what lies
    /// beyond it is exactly a beginning of `ours`.
    fn undo_partial(&mut self, ours: &[u8]) -> Undo {
        let Ok(real) = self.real_len() else {
            return Undo::Failed;
        };
        let Some(extra) = real.checked_sub(self.len) else {
            return Undo::NotOurs;
        };
        if extra == 0 {
            return Undo::Done;
        }
        if extra > ours.len() as u64 {
            return Undo::NotOurs;
        }
        let mut found = vec![0; extra as usize];
        let read = self
            .file
            .seek(SeekFrom::Start(self.len))
            .and_then(|_| self.file.read_exact(&mut found));
        match read {
            Ok(()) if found == ours[..found.len()] => {}
            Ok(()) => return Undo::NotOurs,
            Err(_) => return Undo::Failed,
        }
        match self
            .file
            .set_len(self.len)
            .and_then(|()| self.file.sync_all())
        {
            Ok(()) => Undo::Done,
            Err(_) => Undo::Failed,
        }
    }
}

/// What became of a failed append's partial bytes.
enum Undo {
    /// Cut off (or there were none): the file is as it was before the append.
    Done,
    /// They could not be checked or cut off.
    Failed,
    /// The file holds bytes this process did not write: it is left alone.
    NotOurs,
}

/// Everything a journal file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalRead {
    pub header: JournalHeader,
    pub entries: Vec<Entry>,
    /// A last line cut off by a crash, if any.
    pub torn: Option<TornTail>,
}

/// The last line of a journal, left incomplete (or unreadable) by a crash. The entries before it
/// are intact. It was never confirmed to anyone: an append returns only after a whole line is
/// synced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TornTail {
    /// Its line number in the file (the header is line 1).
    pub line: usize,
    /// Byte offset where it starts: the length of the journal without it.
    pub offset: u64,
    /// The fragment itself.
    pub bytes: Vec<u8>,
    /// True when the line has no line end; false when it is complete but cannot be read.
    pub cut_off: bool,
}

/// The result of [`reopen_journal`].
#[derive(Debug)]
pub struct Reopened {
    pub journal: Journal,
    /// The journal as it was found, including any torn tail.
    pub read: JournalRead,
    /// Where the torn tail was saved before it was cut off the journal.
    pub torn_saved_to: Option<PathBuf>,
}

/// Reads a journal. Never changes the file.
pub fn read_journal(path: &Path) -> Result<JournalRead, Problem> {
    let bytes = read_journal_bytes(path)?;
    parse_journal(path, &bytes)
}

thread_local! {
    static READS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts `n` journals read for this thread (read for it by threads working for it).
pub(super) fn count_journals_read(n: usize) {
    READS.with(|c| c.set(c.get() + n));
}

/// How many journals this thread has read whole: tests and benchmarks check with it that a
/// long session is read once per start, not once per screen that mentions it.
pub fn journals_read_on_this_thread() -> usize {
    READS.with(std::cell::Cell::get)
}

/// The whole journal. A file larger than a header has its first line checked on its own first,
/// so a large file that is not a journal is refused after [`MAX_HEADER_BYTES`].
fn read_journal_bytes(path: &Path) -> Result<Vec<u8>, Problem> {
    READS.with(|n| n.set(n.get() + 1));
    read_bytes_checked(path, MAX_JOURNAL_BYTES, MAX_HEADER_BYTES, |head| {
        let Some(end) = head.iter().position(|&b| b == b'\n') else {
            return Err(Problem::at(
                path,
                1,
                1,
                crate::t!("store-journal-header-too-long"),
            ));
        };
        parse_header(path, &head[..end]).map(drop)
    })
}

/// A journal and its conflict copy as one text: see [`merge_journals`].
pub(crate) struct MergedText {
    /// The merged journal, or `None` when the copy adds nothing to it.
    pub text: Option<String>,
    /// Entries the copy had that the journal did not.
    pub added: usize,
    /// The journal's length when it was read (0 if it did not exist).
    pub read_len: u64,
}

/// The entry lines of a parsed journal, exactly as written, with their entries.
fn entry_lines<'a>(bytes: &'a [u8], read: &'a JournalRead) -> Vec<(&'a str, &'a Entry)> {
    let end = read
        .torn
        .as_ref()
        .map_or(bytes.len(), |t| t.offset as usize);
    let start = bytes
        .iter()
        .position(|&b| b == b'\n')
        .map_or(end, |i| i + 1);
    let text = std::str::from_utf8(&bytes[start.min(end)..end]).unwrap_or("");
    text.split('\n')
        .filter(|l| !l.bytes().all(|b| b.is_ascii_whitespace()))
        .zip(&read.entries)
        .collect()
}

/// Merges a journal's conflict `copy` into the `journal` (which may not `exist` any more). A
/// journal is append-only, so the merge is the union of both files' entries, each once (an
/// entry is its exact line): the journal's entries in their order, with the copy's other
/// entries placed by their session time, then wall time. Both must be readable and have the
/// same couple and session number; otherwise nothing is merged and a sentence says why.
pub(crate) fn merge_journals(
    journal: &Path,
    exists: bool,
    copy: &Path,
) -> Result<MergedText, Problem> {
    let copy_bytes = read_journal_bytes(copy)?;
    let copy_read = parse_journal(copy, &copy_bytes)?;
    let copy_lines = entry_lines(&copy_bytes, &copy_read);
    if !exists {
        let mut text = encode_line(journal, &copy_read.header)
            .map_err(|e| Problem::notice(copy, e.to_string()))?;
        let mut seen = std::collections::HashSet::new();
        let mut added = 0;
        for (line, _) in &copy_lines {
            if seen.insert(*line) {
                text.push_str(line);
                text.push('\n');
                added += 1;
            }
        }
        return Ok(MergedText {
            text: Some(text),
            added,
            read_len: 0,
        });
    }
    let bytes = read_journal_bytes(journal)?;
    let read = parse_journal(journal, &bytes)?;
    if read.torn.is_some() {
        return Err(Problem::notice(
            copy,
            crate::t!(
                "store-journal-torn-not-merged",
                journal = journal.display().to_string(),
                copy = copy.display().to_string()
            ),
        ));
    }
    if read.header.couple != copy_read.header.couple
        || read.header.number != copy_read.header.number
    {
        return Err(Problem::notice(
            copy,
            crate::t!(
                "store-journal-other-session",
                copy = copy.display().to_string(),
                journal = journal.display().to_string(),
                copy_number = copy_read.header.number,
                copy_couple = copy_read.header.couple.to_string(),
                number = read.header.number,
                couple = read.header.couple.to_string(),
            ),
        ));
    }
    let lines = entry_lines(&bytes, &read);
    // Two computers that both started "session 3" made two sessions, not two copies of one.
    fn started<'a>(lines: &[(&'a str, &Entry)]) -> Option<&'a str> {
        lines
            .iter()
            .find(|(_, e)| matches!(e.event, Event::Started(_)))
            .map(|(l, _)| *l)
    }
    if let (Some(ours), Some(theirs)) = (started(&lines), started(&copy_lines))
        && ours != theirs
    {
        return Err(Problem::notice(
            copy,
            crate::t!(
                "store-journal-two-sessions",
                copy = copy.display().to_string(),
                journal = journal.display().to_string(),
                number = read.header.number,
                name = journal
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .replace(".journal", "-copy.journal"),
            ),
        ));
    }
    let mut seen: std::collections::HashSet<&str> = lines.iter().map(|(l, _)| *l).collect();
    let mut merged = lines;
    let mut added = 0;
    for (line, entry) in copy_lines {
        if !seen.insert(line) {
            continue;
        }
        let key = (entry.at, entry.wall);
        let at = merged
            .iter()
            .position(|(_, e)| (e.at, e.wall) > key)
            .unwrap_or(merged.len());
        merged.insert(at, (line, entry));
        added += 1;
    }
    if added == 0 {
        return Ok(MergedText {
            text: None,
            added,
            read_len: bytes.len() as u64,
        });
    }
    let header_end = bytes.iter().position(|&b| b == b'\n').unwrap_or(0);
    let mut text = String::from_utf8_lossy(&bytes[..=header_end]).into_owned();
    for (line, _) in merged {
        text.push_str(line);
        text.push('\n');
    }
    Ok(MergedText {
        text: Some(text),
        added,
        read_len: bytes.len() as u64,
    })
}

/// Opens a journal to carry on a session after a crash or a restart.
///
/// If it ends with a torn tail, the fragment is first saved to `<journal>.torn` (or `.torn-2`,
/// `.torn-3`, …; never over an existing file), then cut off the journal, which is synced. A
/// journal that cannot be read is left untouched ([`StoreError::Unreadable`]).
pub fn reopen_journal(path: &Path) -> Result<Reopened, StoreError> {
    reopen_journal_on(path, Arc::new(RealDisk))
}

/// [`reopen_journal`], appending through `disk`.
pub(crate) fn reopen_journal_on(path: &Path, disk: Arc<dyn Disk>) -> Result<Reopened, StoreError> {
    let bytes = read_journal_bytes(path).map_err(StoreError::Unreadable)?;
    let read = parse_journal(path, &bytes).map_err(StoreError::Unreadable)?;
    let len = read.torn.as_ref().map_or(bytes.len() as u64, |t| t.offset);
    let journal = Journal::open_append(path, read.header.clone(), len, disk)?;
    let mut torn_saved_to = None;
    if let Some(torn) = &read.torn {
        let now = journal
            .file
            .metadata()
            .map_err(|e| StoreError::io(path, Action::Read, e))?
            .len();
        if now != bytes.len() as u64 {
            return Err(StoreError::Changed {
                path: path.to_owned(),
            });
        }
        torn_saved_to = Some(save_fragment(path, &torn.bytes)?);
        journal
            .file
            .set_len(torn.offset)
            .and_then(|()| journal.file.sync_all())
            .map_err(|e| StoreError::io(path, Action::Repair, e))?;
    }
    Ok(Reopened {
        journal,
        read,
        torn_saved_to,
    })
}

/// Saves a torn fragment beside the journal, in a file of its own that did not exist before.
fn save_fragment(journal: &Path, bytes: &[u8]) -> Result<PathBuf, StoreError> {
    // Sealed like every other file of a protected practice.
    let bytes = &super::fs::seal_for(journal, bytes.to_vec());
    let base = journal.as_os_str().to_owned();
    for n in 1..=1000 {
        let mut name = base.clone();
        name.push(if n == 1 {
            ".torn".to_owned()
        } else {
            format!(".torn-{n}")
        });
        let path = PathBuf::from(name);
        match create_new_private(&path) {
            Ok(mut file) => {
                file.write_all(bytes)
                    .and_then(|()| file.sync_all())
                    .map_err(|e| StoreError::io(&path, Action::Write, e))?;
                sync_dir(parent(&path)).map_err(|e| StoreError::io(&path, Action::Sync, e))?;
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(StoreError::io(&path, Action::Write, e)),
        }
    }
    Err(StoreError::AlreadyExists {
        path: PathBuf::from(base),
    })
}

/// The header line and the entry lines, each ending in `\n`.
pub(crate) fn encode_journal(
    path: &Path,
    header: &JournalHeader,
    entries: &[Entry],
) -> Result<String, StoreError> {
    let mut text = encode_line(path, header)?;
    encode_entries(path, entries, &mut text)?;
    Ok(text)
}

fn encode_entries(path: &Path, entries: &[Entry], out: &mut String) -> Result<(), StoreError> {
    for entry in entries {
        out.push_str(&encode_line(path, entry)?);
    }
    Ok(())
}

fn encode_line<T: Serialize>(path: &Path, value: &T) -> Result<String, StoreError> {
    let mut line = ron::ser::to_string(value).map_err(|e| StoreError::Serialize {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    // Non-pretty RON escapes line breaks inside strings; check rather than trust, since a raw
    // line break would split one entry into two unreadable lines.
    if line.contains('\n') {
        return Err(StoreError::Serialize {
            path: path.to_owned(),
            message: crate::t!("store-journal-entry-too-long"),
        });
    }
    if let Some(key) = seal::key_for(path) {
        line = key.seal_line(&line);
    }
    line.push('\n');
    Ok(line)
}

/// Parses a journal's bytes as [`read_journal`] does (`path` only names the file in problems).
/// Public so the fuzzer can feed it arbitrary bytes without touching the disk.
pub fn parse_journal(path: &Path, bytes: &[u8]) -> Result<JournalRead, Problem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::new(path, crate::t!("store-journal-empty")));
    }
    let Some(header_end) = bytes.iter().position(|&b| b == b'\n') else {
        return Err(Problem::at(
            path,
            1,
            1,
            crate::t!("store-journal-no-header"),
        ));
    };
    let header = parse_header(path, &bytes[..header_end])?;

    let mut entries = Vec::new();
    let mut torn = None;
    let mut offset = header_end + 1;
    let mut line_no = 2;
    while offset < bytes.len() {
        let rest = &bytes[offset..];
        let (line, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (&rest[..i], offset + i + 1),
            None => {
                torn = Some(TornTail {
                    line: line_no,
                    offset: offset as u64,
                    bytes: rest.to_vec(),
                    cut_off: true,
                });
                break;
            }
        };
        if !line.iter().all(u8::is_ascii_whitespace) {
            let opened = open_line(path, line_no, line);
            let parsed = match &opened {
                Ok(line) => parse_entry(line),
                Err(Opening::Tampered) => Err((1, crate::t!("store-journal-line-changed"))),
                Err(Opening::Refused(problem)) => return Err(problem.clone()),
            };
            match parsed {
                Ok(entry) => entries.push(entry),
                Err(_) if next == bytes.len() => {
                    torn = Some(TornTail {
                        line: line_no,
                        offset: offset as u64,
                        bytes: line.to_vec(),
                        cut_off: false,
                    });
                    break;
                }
                Err((col, message)) => return Err(Problem::at(path, line_no, col, message)),
            }
        }
        offset = next;
        line_no += 1;
    }
    Ok(JournalRead {
        header,
        entries,
        torn,
    })
}

/// Why a journal line could not be opened.
enum Opening {
    /// Sealed, but it does not open: changed, or cut off by a crash if it is the last.
    Tampered,
    /// The whole file cannot be read as it is (locked, or plain in a protected practice).
    Refused(Problem),
}

/// A journal line as written: opened with the practice's key when sealed.
fn open_line<'a>(
    path: &Path,
    line_no: usize,
    line: &'a [u8],
) -> Result<std::borrow::Cow<'a, [u8]>, Opening> {
    match (seal::is_sealed_line(line), seal::key_for(path)) {
        (false, None) => Ok(std::borrow::Cow::Borrowed(line)),
        (true, Some(key)) => key
            .open_line(line)
            .map(std::borrow::Cow::Owned)
            .map_err(|_| Opening::Tampered),
        (true, None) => Err(Opening::Refused(
            Problem::new(path, crate::t!("store-sealed-locked")).advising(),
        )),
        (false, Some(_)) => Err(Opening::Refused(Problem::at(
            path,
            line_no,
            1,
            crate::t!("store-journal-line-not-sealed"),
        ))),
    }
}

/// The first line of a journal, without its line end.
fn parse_header(path: &Path, line: &[u8]) -> Result<JournalHeader, Problem> {
    let line = match open_line(path, 1, line) {
        Ok(line) => line,
        Err(Opening::Tampered) => {
            return Err(Problem::at(
                path,
                1,
                1,
                crate::t!("store-journal-line-changed"),
            ));
        }
        Err(Opening::Refused(problem)) => return Err(problem),
    };
    let text = decode_utf8(&line).map_err(|(_, col)| {
        Problem::at(path, 1, col, crate::t!("store-journal-header-not-utf8"))
    })?;
    parse_ron(path, text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// One entry line, or the column and a plain description of what is wrong with it.
fn parse_entry(line: &[u8]) -> Result<Entry, (usize, String)> {
    let text =
        decode_utf8(line).map_err(|(_, col)| (col, crate::t!("store-journal-line-not-utf8")))?;
    ron::from_str(text).map_err(|err| {
        (
            err.span.start.col,
            crate::t!("store-journal-entry-damaged", why = ron_words(&err.code)),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, Stamp};
    use chrono::DateTime;

    fn entry(at: u64, text: &str) -> Entry {
        let stamp = Stamp {
            wall: DateTime::parse_from_rfc3339("2026-11-22T20:03:01+01:00").unwrap(),
            at: 0,
        };
        Entry::new(
            stamp.shifted(at as i64),
            Event::QuickNote {
                text: text.to_owned(),
            },
        )
    }

    #[test]
    fn a_failed_append_leaves_no_partial_line_and_the_next_append_works() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("0001-2026-11-22.journal");
        let header = JournalHeader::new(CoupleId("c-1".into()), 1);
        let text = encode_journal(&path, &header, &[entry(0, "first")]).unwrap();
        std::fs::write(&path, &text).unwrap();
        let mut journal =
            Journal::open_append(&path, header, text.len() as u64, Arc::new(RealDisk)).unwrap();

        let err = journal
            .append_with(&[entry(1, "lost to a full disk")], |file, bytes| {
                file.write_all(&bytes[..bytes.len() / 2])?;
                Err(io::Error::from(io::ErrorKind::StorageFull))
            })
            .unwrap_err();
        assert!(err.is_disk_full());
        assert!(err.to_string().starts_with("The disk is full"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text,
            "the half line was cut off"
        );

        journal
            .append(&[entry(2, "after space was freed")])
            .unwrap();
        let read = read_journal(&path).unwrap();
        assert_eq!(read.torn, None);
        assert_eq!(
            read.entries,
            vec![entry(0, "first"), entry(2, "after space was freed")]
        );
    }
}
