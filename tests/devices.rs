//! Sessions know their device (issue 12, part 2): a new journal's name carries the tag of the
//! computer that started it, so two computers that both start "session 1" while the sync engine
//! cannot carry either across make two files, and both sessions are kept and listed. Journals
//! named before tags are still read.

use std::fs;
use std::path::Path;
use std::sync::Arc;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use groundwork::model::*;
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};
use groundwork::store::*;

fn clock() -> Arc<FakeClock> {
    Arc::new(FakeClock::new(
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 22, 18, 0, 0)
            .unwrap(),
    ))
}

fn open(root: &Path, tag: &str) -> Practice {
    Practice::open_as(
        root,
        clock(),
        Arc::new(RealDisk),
        &Device::new(tag, &tag.to_uppercase()).unwrap(),
    )
    .unwrap()
}

/// What a sync engine does, by hand: every file of `from` that `to` lacks is copied across.
fn carry(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap().flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().unwrap().is_dir() {
            fs::create_dir_all(&target).unwrap();
            carry(&entry.path(), &target);
        } else if !target.exists() {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn run_session(p: &mut Practice, id: &CoupleId, note: &str) {
    p.start_session(id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    p.execute(&Command::QuickNote(note.to_owned())).unwrap();
    p.execute(&Command::End).unwrap();
    p.close_session();
}

#[test]
fn two_computers_that_both_start_session_one_offline_keep_both() {
    let office = tempfile::tempdir().unwrap();
    let laptop = tempfile::tempdir().unwrap();
    let id = open(office.path(), "office")
        .create_couple("Emma", "Sophie")
        .unwrap();
    carry(office.path(), laptop.path());

    let mut p = open(office.path(), "office");
    run_session(&mut p, &id, "at the office");
    drop(p);
    let mut p = open(laptop.path(), "laptop");
    run_session(&mut p, &id, "on the laptop");
    drop(p);

    // Back in sync: each computer receives the other's journal.
    carry(office.path(), laptop.path());
    carry(laptop.path(), office.path());
    for (root, tag) in [(office.path(), "office"), (laptop.path(), "laptop")] {
        let p = open(root, tag);
        assert_eq!(
            p.problems().count(),
            0,
            "{:?}",
            p.problems().collect::<Vec<_>>()
        );
        let couple = p.couple(&id).unwrap();
        let names: Vec<String> = couple
            .sessions
            .iter()
            .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "0001-2026-11-22-laptop.journal",
                "0001-2026-11-22-office.journal"
            ]
        );
        assert_eq!(couple.next_session_number(), 2);
        let history = p.session_history(&id);
        assert_eq!(history.len(), 2, "the couple page lists both");
        assert!(
            history
                .iter()
                .all(|s| s.number == 1 && s.ended && s.problem.is_none())
        );
    }
}

#[test]
fn names_from_before_device_tags_are_still_read() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    assert_eq!(
        SessionFile::parse_name("0003-2026-11-22.journal"),
        Some((3, day, None))
    );
    assert_eq!(
        SessionFile::parse_name("0003-2026-11-22-k7q2mf.journal"),
        Some((3, day, Some("k7q2mf".to_owned())))
    );
    assert_eq!(
        SessionFile::file_name_on(3, day, Some("k7q2mf")),
        "0003-2026-11-22-k7q2mf.journal"
    );
    for bad in [
        "0003-2026-11-22-.journal",
        "0003-2026-11-22-OFFICE.journal",
        "0003-2026-11-22x.journal",
        "0003-2026-11-22-k7q2mf-x.journal",
    ] {
        assert_eq!(SessionFile::parse_name(bad), None, "{bad}");
    }
}

#[test]
fn a_session_open_on_another_computer_is_read_only_here_until_taken_over() {
    let office = tempfile::tempdir().unwrap();
    let laptop = tempfile::tempdir().unwrap();
    let id = open(office.path(), "office")
        .create_couple("Emma", "Sophie")
        .unwrap();
    let mut at_office = open(office.path(), "office");
    at_office
        .start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    let journal = at_office.live().unwrap().path().to_owned();
    let marker = OpenMarker::path_for(&journal);
    assert!(marker.exists(), "the session is marked open for the others");
    assert_eq!(
        at_office.open_elsewhere(&journal),
        None,
        "not elsewhere: here"
    );
    // The office computer is switched off with the session open; the laptop gets its files.
    std::mem::forget(at_office);
    carry(office.path(), laptop.path());

    let mut p = open(laptop.path(), "laptop");
    let there = laptop
        .path()
        .join(journal.strip_prefix(office.path()).unwrap());
    let history = p.session_history(&id);
    assert_eq!(history[0].open_on.as_deref(), Some("OFFICE since 18:00"));
    let refused = p.open_session(&there).unwrap_err();
    assert_eq!(
        refused,
        "Session 1 is open on OFFICE since 18:00, so it is read-only here; take it over only if Groundwork is no longer running on that computer."
    );
    assert!(p.live().is_none());

    p.take_over_session(&there).unwrap();
    assert!(p.live().is_some());
    assert_eq!(OpenMarker::read(&there).unwrap().device, "laptop");
    assert_eq!(p.session_history(&id)[0].open_on, None);
    p.close_session();
    assert!(
        !OpenMarker::path_for(&there).exists(),
        "closed: open nowhere"
    );
}
