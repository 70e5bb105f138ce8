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

/// Two computers' data folders, and a couple made on the office one.
fn two_computers() -> (tempfile::TempDir, tempfile::TempDir, CoupleId) {
    let office = tempfile::tempdir().unwrap();
    let laptop = tempfile::tempdir().unwrap();
    let id = open(office.path(), "office")
        .create_couple("Emma", "Sophie")
        .unwrap();
    (office, laptop, id)
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
    let (office, laptop, id) = two_computers();
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
        // Dates that are not dates, or not written as Groundwork writes them.
        "0003-2026-02-30.journal",
        "0003-2026-13-01.journal",
        "0003-2026/11/22.journal",
        "0003-2026-1-022.journal",
        "0003-+026-11-22.journal",
        "0003-2026-11-2.journal",
        "0003-２０２６-11-22.journal",
    ] {
        assert_eq!(SessionFile::parse_name(bad), None, "{bad}");
    }
}

#[test]
fn a_session_open_on_another_computer_is_read_only_here_until_taken_over() {
    let (office, laptop, id) = two_computers();
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

fn agree(behaviour: &str) -> Command {
    Command::AddAgreement(AgreementTerms {
        who: Owner::Both,
        behaviour: behaviour.to_owned(),
        when: Frequency::Daily,
        anchor: String::new(),
        evidence: String::new(),
        review_on: None,
    })
}

fn run_session_agreeing(p: &mut Practice, id: &CoupleId, behaviour: &str) {
    p.start_session(id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    p.execute(&agree(behaviour)).unwrap();
    p.execute(&Command::End).unwrap();
    p.close_session();
}

fn behaviours(p: &Practice, id: &CoupleId) -> Vec<String> {
    let mut out: Vec<String> = p
        .couple(id)
        .unwrap()
        .couple
        .agreements
        .iter()
        .map(|a| a.terms.behaviour.clone())
        .collect();
    out.sort();
    out
}

/// Two computers apart, each running "session 2" with its own agreement, the couple's record
/// written on both: what comes back together has both agreements, with different ids, however
/// the sync engine handled the two records.
#[test]
fn agreements_made_on_two_computers_apart_are_both_kept() {
    let (office, laptop, id) = two_computers();
    let mut p = open(office.path(), "office");
    run_session_agreeing(&mut p, &id, "We will walk after dinner");
    drop(p);
    carry(office.path(), laptop.path());

    let mut p = open(office.path(), "office");
    run_session_agreeing(&mut p, &id, "I will text when I leave work");
    drop(p);
    let mut p = open(laptop.path(), "laptop");
    run_session_agreeing(&mut p, &id, "I will ask before making plans");
    drop(p);

    // The office's record reaches the laptop as a Syncthing conflict copy; the laptop's never
    // reaches the office (a sync engine where the last writer wins): only its journal does.
    let record = office.path().join("couples").join(&id.0);
    let copy = laptop
        .path()
        .join("couples")
        .join(&id.0)
        .join("couple.sync-conflict-20261122-180512-OFFICE7.ron");
    fs::copy(record.join("couple.ron"), &copy).unwrap();
    carry(office.path(), laptop.path());
    carry(laptop.path(), office.path());

    let all = [
        "I will ask before making plans",
        "I will text when I leave work",
        "We will walk after dinner",
    ];
    for (root, tag) in [(office.path(), "office"), (laptop.path(), "laptop")] {
        let p = open(root, tag);
        assert_eq!(behaviours(&p, &id), all, "on the {tag} computer");
        let couple = &p.couple(&id).unwrap().couple;
        let mut ids: Vec<u32> = couple.agreements.iter().map(|a| a.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 3, "each agreement has its own id: {ids:?}");
        assert_eq!(
            p.problems().count(),
            0,
            "a copy holding nothing more is merged: {:?}",
            p.problems().collect::<Vec<_>>()
        );
        // The next session reviews all three.
        drop(p);
        let mut p = open(root, tag);
        p.start_session(&id, "speaker-listener", NoteFormat::Dap)
            .unwrap();
        assert_eq!(p.live().unwrap().state().info.to_review.len(), 3);
    }
    assert!(!copy.exists());
    assert!(
        laptop
            .path()
            .join("couples")
            .join(&id.0)
            .join("conflicts")
            .join(copy.file_name().unwrap())
            .exists(),
        "the copy is kept in the conflicts folder"
    );
}

/// A copy of the couple's record that differs in more than sessions (the partners' names) waits
/// for the therapist; whichever version is kept, no session's agreements are lost.
#[test]
fn a_record_copy_with_other_names_waits_for_a_choice_and_loses_no_session() {
    let (office, laptop, id) = two_computers();
    carry(office.path(), laptop.path());
    let mut p = open(office.path(), "office");
    run_session_agreeing(&mut p, &id, "I will text when I leave work");
    drop(p);
    let mut p = open(laptop.path(), "laptop");
    run_session_agreeing(&mut p, &id, "I will ask before making plans");
    drop(p);
    let dir = laptop.path().join("couples").join(&id.0);
    let mut other: Couple = ron::from_str(
        &fs::read_to_string(office.path().join("couples").join(&id.0).join("couple.ron")).unwrap(),
    )
    .unwrap();
    other.partner_b.name = "Sophie M.".to_owned();
    let copy = dir.join("couple.sync-conflict-20261122-180512-OFFICE7.ron");
    fs::write(
        &copy,
        ron::ser::to_string_pretty(&other, Default::default()).unwrap(),
    )
    .unwrap();
    carry(office.path(), laptop.path());

    let mut p = open(laptop.path(), "laptop");
    let waiting: Vec<_> = p.problems().map(|p| p.path.clone()).collect();
    assert_eq!(
        waiting,
        std::slice::from_ref(&copy),
        "the copy waits for a choice"
    );
    p.keep_version(&copy, true).unwrap();
    assert_eq!(p.couple(&id).unwrap().couple.partner_b.name, "Sophie M.");
    assert_eq!(
        behaviours(&p, &id),
        [
            "I will ask before making plans",
            "I will text when I leave work"
        ],
        "the laptop's session is recorded into the office's record that was kept"
    );
    assert_eq!(p.problems().count(), 0);
    assert!(dir.join("conflicts").join("couple.ron").exists());
}

/// Two computers that both marked a session open leave a conflict copy of the marker: it is
/// kept aside in the conflicts folder, and the session is not shown as open twice.
#[test]
fn a_conflict_copy_of_an_open_marker_is_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = open(dir.path(), "office");
    let id = p.create_couple("Emma", "Sophie").unwrap();
    run_session(&mut p, &id, "a note");
    let journal = p.couple(&id).unwrap().sessions[0].path.clone();
    drop(p);
    let sessions = journal.parent().unwrap();
    let stem = journal.file_stem().unwrap().to_string_lossy().into_owned();
    let copy = sessions.join(format!("{stem}.sync-conflict-20261122-180512-LAPTOP7.open"));
    fs::write(
        &copy,
        "(device: \"laptop\", computer: \"LAPTOP\", since: \"2026-11-22T18:05:00+01:00\")",
    )
    .unwrap();
    let p = open(dir.path(), "office");
    assert_eq!(p.problems().count(), 0);
    assert!(!copy.exists());
    assert!(
        dir.path()
            .join("couples")
            .join(&id.0)
            .join("conflicts")
            .join(copy.file_name().unwrap())
            .exists()
    );
}
