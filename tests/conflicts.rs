//! Sync conflicts are resolved, never ignored (issue 12, part 3). A sync engine that saw two
//! computers change one file keeps both: the second as a conflict copy beside the first. A
//! session journal's copy is merged into it when the practice opens (the union of entries, each
//! once, in order) and moved into the couple's `conflicts` folder; a copy of `couple.ron` is
//! reported for the therapist to choose, and nothing is discarded.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use groundwork::model::*;
use groundwork::practice::Practice;
use groundwork::session::FakeClock;
use groundwork::store::*;
use tempfile::TempDir;

const DAY: (i32, u32, u32) = (2026, 11, 22);

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(DAY.0, DAY.1, DAY.2).unwrap()
}

fn wall() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(DAY.0, DAY.1, DAY.2, 18, 0, 0)
        .unwrap()
}

fn note(ms: Ms, text: &str) -> Entry {
    let start = Stamp {
        wall: wall(),
        at: 0,
    };
    Entry::new(
        start.shifted(ms as i64),
        Event::QuickNote {
            text: text.to_owned(),
        },
    )
}

fn clock() -> Arc<FakeClock> {
    Arc::new(FakeClock::new(wall()))
}

/// A practice with one couple, and the couple's id.
fn practice_with_couple() -> (TempDir, CoupleId) {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut p = Practice::open(dir.path(), clock()).unwrap();
        p.create_couple("Emma", "Sophie").unwrap()
    };
    (dir, id)
}

/// The text of a journal for `id`'s session `number` holding `entries`, as Groundwork writes it
/// (made in a scratch folder).
fn journal_text(id: &CoupleId, number: u32, entries: &[Entry]) -> String {
    let scratch = tempfile::tempdir().unwrap();
    let store = Store::open(scratch.path()).unwrap();
    let path = store.write_journal(id, number, day(), entries).unwrap();
    fs::read_to_string(path).unwrap()
}

fn texts(entries: &[Entry]) -> Vec<String> {
    entries
        .iter()
        .map(|e| match &e.event {
            Event::QuickNote { text } => text.clone(),
            other => format!("{other:?}"),
        })
        .collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn sessions_dir(root: &Path, id: &CoupleId) -> PathBuf {
    root.join("couples").join(&id.0).join("sessions")
}

#[test]
fn a_journal_copy_is_merged_as_the_union_of_entries_each_once_in_order() {
    let (dir, id) = practice_with_couple();
    let sessions = sessions_dir(dir.path(), &id);
    fs::create_dir_all(&sessions).unwrap();
    let journal = sessions.join("0001-2026-11-22.journal");
    // This computer wrote a, b, c; the other wrote a, b, then d and e offline.
    let (a, b, c, d, e) = (
        note(0, "a"),
        note(1000, "b"),
        note(3000, "c"),
        note(2000, "d"),
        note(4000, "e"),
    );
    let ours = journal_text(&id, 1, &[a.clone(), b.clone(), c.clone()]);
    fs::write(&journal, &ours).unwrap();
    let theirs = journal_text(&id, 1, &[a, b, d, e.clone(), e]);
    let copies = [
        "0001-2026-11-22.sync-conflict-20261122-180512-ABCDEF7.journal",
        "0001-2026-11-22 (conflicted copy 2026-11-22 180512).journal",
        "0001-2026-11-22 (OFFICE-PC's conflicted copy 2026-11-22).journal",
        "0001-2026-11-22_conflict-20261122-180512.journal",
    ];
    for copy in copies {
        fs::write(sessions.join(copy), &theirs).unwrap();
    }

    let p = Practice::open(dir.path(), clock()).unwrap();
    let problems: Vec<String> = p.problems().map(|p| p.sentence()).collect();
    assert!(problems.is_empty(), "{problems:?}");

    let read = read_journal(&journal).unwrap();
    assert_eq!(
        texts(&read.entries),
        ["a", "b", "d", "c", "e"],
        "every entry of both, each once, d placed by its time"
    );
    // The journal's own lines come first and unchanged: only lines were added.
    let merged = fs::read_to_string(&journal).unwrap();
    let ours_lines: Vec<&str> = ours.lines().collect();
    let merged_lines: Vec<&str> = merged.lines().collect();
    assert_eq!(merged_lines[..3], ours_lines[..3]);
    assert_eq!(files_in(&sessions), ["0001-2026-11-22.journal"]);
    let conflicts = dir.path().join("couples").join(&id.0).join("conflicts");
    let mut kept = copies.map(str::to_owned).to_vec();
    kept.sort();
    assert_eq!(
        files_in(&conflicts),
        kept,
        "every copy is kept, none deleted"
    );
    for copy in copies {
        assert_eq!(fs::read_to_string(conflicts.join(copy)).unwrap(), theirs);
    }
    drop(p);

    // Opening again changes nothing.
    let _p = Practice::open(dir.path(), clock()).unwrap();
    assert_eq!(fs::read_to_string(&journal).unwrap(), merged);
}

#[test]
fn a_copy_of_another_session_is_refused_with_one_sentence_and_left_alone() {
    let (dir, id) = practice_with_couple();
    let sessions = sessions_dir(dir.path(), &id);
    fs::create_dir_all(&sessions).unwrap();
    let journal = sessions.join("0001-2026-11-22.journal");
    let ours = journal_text(&id, 1, &[note(0, "a")]);
    fs::write(&journal, &ours).unwrap();
    let name = "0001-2026-11-22.sync-conflict-20261122-180512-ABCDEF7.journal";
    let copy = sessions.join(name);
    let theirs = journal_text(&id, 2, &[note(0, "other session")]);
    fs::write(&copy, &theirs).unwrap();

    let p = Practice::open(dir.path(), clock()).unwrap();
    let problems: Vec<String> = p.problems().map(|p| p.sentence()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let sentence = &problems[0];
    assert!(sentence.contains(name), "{sentence}");
    assert!(sentence.contains("0001-2026-11-22.journal"), "{sentence}");
    assert!(sentence.contains("not merged"), "{sentence}");
    assert!(!sentence.contains("rename it"), "{sentence}");
    assert_eq!(
        sentence.matches(". ").count(),
        0,
        "one sentence: {sentence}"
    );
    assert_eq!(fs::read_to_string(&journal).unwrap(), ours);
    assert_eq!(fs::read_to_string(&copy).unwrap(), theirs);
    assert!(
        !dir.path()
            .join("couples")
            .join(&id.0)
            .join("conflicts")
            .exists()
    );
}

#[test]
fn a_read_only_practice_reports_copies_without_merging_or_rename_advice() {
    let (dir, id) = practice_with_couple();
    let sessions = sessions_dir(dir.path(), &id);
    fs::create_dir_all(&sessions).unwrap();
    let journal = sessions.join("0001-2026-11-22.journal");
    let ours = journal_text(&id, 1, &[note(0, "a")]);
    fs::write(&journal, &ours).unwrap();
    let name = "0001-2026-11-22 (conflicted copy 2026-11-22 180512).journal";
    fs::write(sessions.join(name), journal_text(&id, 1, &[note(5, "b")])).unwrap();

    let p = Practice::open_read_only(dir.path(), clock()).unwrap();
    let problems: Vec<String> = p.problems().map(|p| p.sentence()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains(name), "{}", problems[0]);
    assert!(problems[0].contains("Nextcloud"), "{}", problems[0]);
    assert!(!problems[0].contains("rename it"), "{}", problems[0]);
    assert_eq!(fs::read_to_string(&journal).unwrap(), ours);
    assert_eq!(
        p.couple(&id).unwrap().sessions.len(),
        1,
        "the copy is no session"
    );
}

#[test]
fn a_couple_file_copy_is_reported_and_nothing_is_discarded_until_the_therapist_chooses() {
    let (dir, id) = practice_with_couple();
    let couple_dir = dir.path().join("couples").join(&id.0);
    let original = couple_dir.join("couple.ron");
    let ours = fs::read_to_string(&original).unwrap();
    let theirs = ours.replacen("Sophie", "Sophia", 1);
    assert_ne!(ours, theirs);
    let name = "couple.sync-conflict-20261122-180512-ABCDEF7.ron";
    let copy = couple_dir.join(name);
    fs::write(&copy, &theirs).unwrap();

    let mut p = Practice::open(dir.path(), clock()).unwrap();
    let problems: Vec<String> = p.problems().map(|p| p.sentence()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains(name), "{}", problems[0]);
    assert!(
        problems[0].contains(&original.display().to_string()),
        "{}",
        problems[0]
    );
    assert!(!problems[0].contains("rename it"), "{}", problems[0]);
    assert_eq!(fs::read_to_string(&original).unwrap(), ours, "not merged");
    assert_eq!(fs::read_to_string(&copy).unwrap(), theirs, "not discarded");
    assert!(p.couple(&id).is_some(), "the couple still opens");

    // The therapist keeps the other computer's version: the old one goes to conflicts/.
    p.keep_version(&copy, true).unwrap();
    assert_eq!(fs::read_to_string(&original).unwrap(), theirs);
    assert!(!copy.exists());
    assert_eq!(
        fs::read_to_string(couple_dir.join("conflicts").join("couple.ron")).unwrap(),
        ours
    );
    assert_eq!(p.problems().count(), 0);
    assert_eq!(p.couple(&id).unwrap().couple.partner_b.name, "Sophia");
}

#[test]
fn a_settings_copy_is_reported_and_keeping_ours_moves_the_copy_aside() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut p = Practice::open(dir.path(), clock()).unwrap();
        let mut s = p.settings().clone();
        s.practice_name = "Ours".to_owned();
        p.save_settings(s).unwrap();
    }
    let original = dir.path().join("settings.ron");
    let ours = fs::read_to_string(&original).unwrap();
    let theirs = ours.replace("Ours", "Theirs");
    let name = "settings (OFFICE-PC's conflicted copy 2026-11-22).ron";
    let copy = dir.path().join(name);
    fs::write(&copy, &theirs).unwrap();

    let mut p = Practice::open(dir.path(), clock()).unwrap();
    let problems: Vec<String> = p.problems().map(|p| p.sentence()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains(name) && problems[0].contains("Dropbox"));
    assert_eq!(p.settings().practice_name, "Ours");

    p.keep_version(&copy, false).unwrap();
    assert_eq!(fs::read_to_string(&original).unwrap(), ours);
    assert_eq!(
        fs::read_to_string(dir.path().join("conflicts").join(name)).unwrap(),
        theirs
    );
    assert_eq!(p.problems().count(), 0);
}
