//! The couples' index (`.index-<computer>` in the data folder): a large practice opens from it
//! without reading every couple's record and session folder, and it is never believed over the
//! files. A couple changed behind the app's back (by a sync engine, another computer, a text
//! editor, a disk error) is read again; a damaged record is still named and left as it is; a
//! protected practice's index is sealed; a protection cut short is still found and finished.
//!
//! The index keeps only couples whose files have not changed for a few seconds (a file
//! system's clock is coarse), so each test lets its files settle once before the app opens.

use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use chrono::{FixedOffset, TimeZone};
use groundwork::model::{CoupleId, NoteFormat};
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};
use groundwork::store::{Device, ListedCouple, RealDisk, Store, is_index, protect};

/// Longer than the store waits before it trusts a file's stamps.
const SETTLE: Duration = Duration::from_millis(3_300);

fn clock() -> FakeClock {
    FakeClock::new(
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
            .unwrap(),
    )
}

/// The practice in `root` on the computer tagged `tag`.
fn open_on(root: &Path, clock: &FakeClock, tag: &str) -> Practice {
    groundwork::locale::set_therapist(Some(groundwork::model::Lang::En));
    let device = Device::new(tag, &tag.to_uppercase()).unwrap();
    Practice::open_as(root, Arc::new(clock.clone()), Arc::new(RealDisk), &device).unwrap()
}

fn open(root: &Path, clock: &FakeClock) -> Practice {
    open_on(root, clock, "desk")
}

/// A session started and ended at once.
fn ended_session(p: &mut Practice, id: &CoupleId) {
    p.start_session(id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    p.execute(&Command::End).unwrap();
    p.close_session();
}

/// What the list shows of every couple, and what their files say, read whole.
fn listed_and_read(p: &Practice, root: &Path) -> (Vec<ListedCouple>, Vec<ListedCouple>) {
    let mut listed: Vec<ListedCouple> = p.couples().iter().map(|c| (**c).clone()).collect();
    let mut read: Vec<ListedCouple> = Store::open_existing(root)
        .unwrap()
        .couples()
        .couples
        .iter()
        .map(ListedCouple::of)
        .collect();
    listed.sort_by(|a, b| a.id.cmp(&b.id));
    read.sort_by(|a, b| a.id.cmp(&b.id));
    (listed, read)
}

fn index_file(root: &Path) -> Option<std::path::PathBuf> {
    fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| is_index(&p.file_name().unwrap().to_string_lossy()))
}

#[test]
fn a_couple_changed_behind_the_apps_back_is_read_again_and_the_rest_comes_from_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let clock = clock();
    let ids: Vec<CoupleId> = {
        let mut p = open(root, &clock);
        let ids: Vec<CoupleId> = [
            ("Sophie", "Emma"),
            ("Daniel", "Priya"),
            ("Marcus", "Lena"),
            ("Ruth", "Samuel"),
            ("Zoë", "Kwame"),
        ]
        .iter()
        .map(|(a, b)| p.create_couple(a, b).unwrap())
        .collect();
        for id in &ids {
            ended_session(&mut p, id);
        }
        ids
    };
    assert!(index_file(root).is_none(), "nothing settled to index yet");
    std::thread::sleep(SETTLE);

    // Opened once the files have settled: the index is written, and holds what the files say.
    let p = open(root, &clock);
    let (listed, read) = listed_and_read(&p, root);
    assert_eq!(listed, read);
    drop(p);
    let index = index_file(root).expect("the index is written");
    assert!(index.ends_with(".index-desk"), "{index:?}");
    let text = fs::read_to_string(&index).unwrap();
    for name in ["Sophie", "Priya", "Kwame"] {
        assert!(text.contains(name), "{name} in {text}");
    }
    let p = open(root, &clock);
    assert_eq!(listed_and_read(&p, root), (listed.clone(), read));
    drop(p);

    // Behind the app's back:
    let store = Store::open_existing(root).unwrap();
    let record = |id: &CoupleId| store.couple_path(id);
    // another computer renames a partner (the record replaced, as every program saving it
    // atomically does);
    let mut emma = store.load_couple(&ids[0]).unwrap();
    emma.partner_b.name = "Emma B.".to_owned();
    store.save_couple(&emma).unwrap();
    // a text editor changes a name in place, to one of the same length;
    let text = fs::read_to_string(record(&ids[1])).unwrap();
    fs::write(record(&ids[1]), text.replace("Daniel", "Danyel")).unwrap();
    // a disk error cuts a record short;
    let whole = fs::read(record(&ids[2])).unwrap();
    let cut = whole[..whole.len() / 2].to_vec();
    fs::write(record(&ids[2]), &cut).unwrap();
    // and a session run on the laptop arrives.
    {
        let mut laptop = open_on(root, &clock, "laptop");
        ended_session(&mut laptop, &ids[3]);
    }
    // Settled too: only the stamps tell the changes.
    std::thread::sleep(SETTLE);

    let p = open(root, &clock);
    let names: Vec<String> = p.couples().iter().map(|c| c.display_name()).collect();
    assert!(names.contains(&"Sophie & Emma B.".to_owned()), "{names:?}");
    assert!(names.contains(&"Danyel & Priya".to_owned()), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("Marcus")), "{names:?}");
    let damaged: Vec<String> = p
        .problems()
        .filter(|problem| problem.path == record(&ids[2]))
        .map(|problem| problem.sentence())
        .collect();
    assert_eq!(damaged.len(), 1, "the damaged record is named");
    assert_eq!(fs::read(record(&ids[2])).unwrap(), cut, "and left as it is");
    let ruth = p.listed(&ids[3]).unwrap();
    assert_eq!(ruth.last_session().unwrap().number, 2);
    assert_eq!(
        ruth.last_session().unwrap().device.as_deref(),
        Some("laptop")
    );
    // Zoë & Kwame, untouched, are as their files say: every couple is.
    let (listed, read) = listed_and_read(&p, root);
    assert_eq!(listed, read);
    assert_eq!(
        p.couple(&ids[4]).unwrap().sessions.len(),
        1,
        "a couple from the index is read whole when asked for"
    );
}

#[test]
fn a_protected_practices_index_is_sealed_and_a_protection_cut_short_is_still_finished() {
    // A protection cut short leaves sealed copies beside the plain files (`….sealing`); with
    // no vault yet, opening removes them. Their folders are in the index: it must not hide them.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let clock = clock();
    let ids: Vec<CoupleId> = {
        let mut p = open(root, &clock);
        let ids = vec![
            p.create_couple("Sophie", "Emma").unwrap(),
            p.create_couple("Daniel", "Priya").unwrap(),
        ];
        for id in &ids {
            ended_session(&mut p, id);
        }
        ids
    };
    std::thread::sleep(SETTLE);
    drop(open(root, &clock));
    assert!(index_file(root).is_some());
    let store = Store::open_existing(root).unwrap();
    let journal = store.session_files(&ids[0]).0[0].path.clone();
    let copies = [
        journal.with_extension("journal.sealing"),
        store.couple_path(&ids[1]).with_extension("ron.sealing"),
    ];
    for copy in &copies {
        fs::write(copy, b"GWSEALED1\nhalf a sealed copy").unwrap();
    }
    let p = open(root, &clock);
    for copy in &copies {
        assert!(!copy.exists(), "{copy:?} was removed");
    }
    assert_eq!(p.couples().len(), 2);
    assert!(p.problems().next().is_none());
    drop(p);

    // Protected: the index is sealed like every file, and the practice opens from it.
    protect::protect(root, "calm river stones at dusk").unwrap();
    drop(open(root, &clock));
    std::thread::sleep(SETTLE);
    drop(open(root, &clock));
    let index = fs::read(index_file(root).unwrap()).unwrap();
    assert!(index.starts_with(b"GWSEALED1\n"), "sealed");
    assert!(
        !index.windows(6).any(|w| w == b"Sophie"),
        "no name in the clear"
    );
    let p = open(root, &clock);
    let (listed, read) = listed_and_read(&p, root);
    assert_eq!(listed.len(), 2);
    assert_eq!(listed, read);
}

/// A first start on a computer reads every couple, a few at once: what it finds is what one
/// reading them in turn finds — every couple, every problem, in order, in the therapist's
/// language — and every record read counts as read.
#[test]
fn a_practice_read_a_few_couples_at_once_lists_as_one_read_in_turn() {
    use groundwork::demo::{DemoOptions, write_practice};
    use groundwork::store::{Index, records_read_on_this_thread, templates};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let store = Store::open(root).unwrap();
    let options = DemoOptions {
        couples: 300,
        sessions: 2,
        now: groundwork::session::Clock::wall(&clock()),
    };
    write_practice(&store, &templates::load(None), &options).unwrap();
    let mut ids: Vec<CoupleId> = store
        .couples()
        .couples
        .iter()
        .map(|c| c.couple.id.clone())
        .collect();
    ids.sort();
    assert_eq!(ids.len(), 300);
    // Problems scattered through the practice: damaged records, a journal misnamed, a
    // sync engine's copy of a journal.
    for id in [&ids[7], &ids[150], &ids[299]] {
        fs::write(store.couple_path(id), "(schema: 1, id: \"half").unwrap();
    }
    fs::write(store.sessions_dir(&ids[42]).join("notes.journal"), "").unwrap();
    let journal = store.session_files(&ids[200]).0[0].path.clone();
    let copy = journal.with_extension("sync-conflict-20261122-090000-ABCDEFG.journal");
    fs::copy(&journal, copy).unwrap();

    groundwork::locale::set_therapist(Some(groundwork::model::Lang::De));
    let in_turn = store.couples();
    let before = records_read_on_this_thread();
    let at_once = store.couples_indexed(&Index::default());
    let read = records_read_on_this_thread() - before;
    groundwork::locale::set_therapist(Some(groundwork::model::Lang::En));

    assert_eq!(
        read, 300,
        "every record read counts, on whichever thread it was read"
    );
    let listed: Vec<ListedCouple> = at_once.couples.iter().map(|(c, _)| c.clone()).collect();
    let expected: Vec<ListedCouple> = in_turn.couples.iter().map(ListedCouple::of).collect();
    assert_eq!(listed.len(), 297, "all but the three damaged");
    assert_eq!(listed, expected);
    assert_eq!(at_once.problems, in_turn.problems);
    let words: Vec<&str> = at_once
        .problems
        .iter()
        .map(|p| p.message.as_str())
        .collect();
    assert!(words.len() >= 5, "{words:?}");
    assert!(
        words
            .iter()
            .any(|w| w.contains("ihr Name folgt nicht dem Muster")),
        "the misnamed journal, in German: {words:?}"
    );
}

/// An index that does not read (damaged, cut, or written by another version) is no problem:
/// every couple is read from its files, and a readable index is written in its place.
#[test]
fn an_index_that_does_not_read_is_rebuilt_from_the_files() {
    use groundwork::store::records_read_on_this_thread;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let clock = clock();
    {
        let mut p = open(root, &clock);
        for (a, b) in [("Sophie", "Emma"), ("Daniel", "Priya"), ("Zoë", "Kwame")] {
            p.create_couple(a, b).unwrap();
        }
    }
    std::thread::sleep(SETTLE);
    drop(open(root, &clock));
    let index = index_file(root).expect("the index is written");
    let good = fs::read(&index).unwrap();
    for bad in [
        b"(schema: 1, couples: [])\n".to_vec(),
        good[..good.len() / 2].to_vec(),
        b"\xff\xfe not an index".to_vec(),
    ] {
        fs::write(&index, &bad).unwrap();
        let before = records_read_on_this_thread();
        let p = open(root, &clock);
        assert_eq!(
            records_read_on_this_thread() - before,
            3,
            "read from the files"
        );
        let (listed, read) = listed_and_read(&p, root);
        assert_eq!(listed, read);
        assert!(p.problems().next().is_none(), "no problem to show");
        drop(p);
        assert_ne!(fs::read(&index).unwrap(), bad, "rewritten");
        let before = records_read_on_this_thread();
        drop(open(root, &clock));
        assert_eq!(
            records_read_on_this_thread() - before,
            0,
            "and read from it again"
        );
    }
}
