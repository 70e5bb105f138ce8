//! Two writers on one journal: what the practice lock prevents, and what the journal does not
//! rely on the lock for. An append never writes after a line it did not write, and a failed
//! append on a full disk cuts off only its own partial bytes, never another writer's entries.

use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use chrono::DateTime;
use groundwork::model::{CoupleId, Entry, Event, Stamp};
use groundwork::store::{Disk, Journal, Store, read_journal, reopen_journal};

fn note(at: u64, text: &str) -> Entry {
    let wall = DateTime::parse_from_rfc3339("2026-11-22T20:03:01+01:00").unwrap();
    Entry::new(
        Stamp { wall, at: 0 }.shifted(at as i64),
        Event::QuickNote { text: text.into() },
    )
}

/// A disk that fills up while another Groundwork is appending to the same journal: once
/// armed, the other Groundwork's append lands first, then half of this write, then ENOSPC.
#[derive(Debug, Default)]
struct CrowdedDisk {
    armed: AtomicBool,
    other: Mutex<Option<(Journal, Entry)>>,
}

impl Disk for CrowdedDisk {
    fn write(&self, _path: &Path, file: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
        if !self.armed.swap(false, Ordering::SeqCst) {
            return file.write_all(bytes);
        }
        if let Some((mut other, entry)) = self.other.lock().unwrap().take() {
            other
                .append(&[entry])
                .expect("the other Groundwork's append");
        }
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(io::Error::from(io::ErrorKind::StorageFull))
    }
}

fn two_writers(dir: &Path, disk: Arc<CrowdedDisk>) -> (Journal, std::path::PathBuf) {
    let store = Store::open(dir).unwrap().with_disk(disk);
    let id = CoupleId("c-20261122-200301-3f9a".into());
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut mine = store.create_journal(&id, 1, date).unwrap();
    mine.append(&[note(0, "first")]).unwrap();
    let path = mine.path().to_owned();
    (mine, path)
}

#[test]
fn a_failed_append_on_a_full_disk_never_cuts_off_another_writers_entries() {
    // What reached the file beyond our length is longer than what we wrote...
    crowded_full_disk("lost to a full disk");
    // ...or shorter, but not a beginning of it.
    crowded_full_disk(&"a long note lost to a full disk; ".repeat(20));
}

fn crowded_full_disk(ours: &str) {
    let dir = tempfile::tempdir().unwrap();
    let disk = Arc::new(CrowdedDisk::default());
    let (mut mine, path) = two_writers(dir.path(), disk.clone());
    let other = reopen_journal(&path).unwrap().journal;
    *disk.other.lock().unwrap() = Some((other, note(1_000, "saved by the other window")));
    disk.armed.store(true, Ordering::SeqCst);

    let err = mine.append(&[note(2_000, ours)]).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{} was changed by another program (is Groundwork open twice?), so the last step was not recorded and the file was left as it is; close the other Groundwork, then open the session again (everything recorded before is safe).",
            path.display()
        )
    );
    let read = read_journal(&path).unwrap();
    assert_eq!(
        read.entries,
        vec![note(0, "first"), note(1_000, "saved by the other window")],
        "the other window's entry is still there"
    );
    assert!(
        read.torn.as_ref().unwrap().cut_off,
        "our half line is left, not cut"
    );

    // Nothing more is written after a line this window did not write.
    let bytes = std::fs::read(&path).unwrap();
    let err = mine.append(&[note(3_000, "later")]).unwrap_err();
    assert!(
        err.to_string().contains("could not be written to safely"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);

    // Reopened, the half line is set aside and both windows' entries are kept.
    let reopened = reopen_journal(&path).unwrap();
    assert!(reopened.torn_saved_to.is_some());
    let mut journal = reopened.journal;
    journal.append(&[note(4_000, "after the restart")]).unwrap();
    assert_eq!(
        read_journal(&path).unwrap().entries,
        vec![
            note(0, "first"),
            note(1_000, "saved by the other window"),
            note(4_000, "after the restart")
        ]
    );
}

#[test]
fn an_append_after_another_writers_entry_is_refused_before_it_writes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut mine, path) = two_writers(dir.path(), Arc::default());
    let mut other = reopen_journal(&path).unwrap().journal;
    other.append(&[note(1_000, "the other window")]).unwrap();
    let bytes = std::fs::read(&path).unwrap();

    let err = mine.append(&[note(2_000, "this window")]).unwrap_err();
    assert!(
        err.to_string().contains("was changed by another program"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "nothing was written");
    // The other window carries on.
    other
        .append(&[note(3_000, "the other window again")])
        .unwrap();
    assert_eq!(read_journal(&path).unwrap().entries.len(), 3);
}

#[test]
fn a_failed_append_on_a_full_disk_still_cuts_off_its_own_half_line() {
    let dir = tempfile::tempdir().unwrap();
    let disk = Arc::new(CrowdedDisk::default());
    let (mut mine, path) = two_writers(dir.path(), disk.clone());
    let bytes = std::fs::read(&path).unwrap();
    disk.armed.store(true, Ordering::SeqCst);
    let err = mine
        .append(&[note(2_000, "lost to a full disk")])
        .unwrap_err();
    assert!(err.is_disk_full(), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the half line was cut off"
    );
    mine.append(&[note(3_000, "after space was freed")])
        .unwrap();
    assert_eq!(read_journal(&path).unwrap().entries.len(), 2);
}
