//! A practice shared by two computers, as the therapist meets it in the app (issue 12): a
//! session open on the other computer is read-only here until the therapist takes it over, and
//! two versions of the settings or of a couple's record are shown side by side to choose from.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::*;
use groundwork::model::*;
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};
use groundwork::store::*;

fn computer(tag: &str, name: &str) -> Device {
    Device::new(tag, name).unwrap()
}

fn open_on(root: &Path, clock: &FakeClock, device: &Device) -> Practice {
    Practice::open_as(root, Arc::new(clock.clone()), Arc::new(RealDisk), device).unwrap()
}

/// A couple whose first session was started on OFFICE-PC at 14:02 and is still open there.
fn session_open_at_the_office(root: &Path, clock: &FakeClock) -> (CoupleId, PathBuf) {
    let office = computer("office", "OFFICE-PC");
    let mut p = open_on(root, clock, &office);
    let id = p.create_couple("Emma", "Sophie").unwrap();
    p.start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    p.execute(&Command::QuickNote("typed at the office".into()))
        .unwrap();
    let journal = p.live().unwrap().path().to_owned();
    // The office computer is still running it: its marker stays (dropping the practice here
    // would clear it, as closing Groundwork there does).
    drop(p);
    OpenMarker::write(&journal, &office, at(22, 14, 2)).unwrap();
    (id, journal)
}

#[test]
fn a_session_open_on_the_other_computer_is_read_only_until_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(22, 14, 30));
    let (id, journal) = session_open_at_the_office(dir.path(), &clock);
    let before = fs::read(&journal).unwrap();
    let laptop = computer("laptop", "LAPTOP");
    let mut h = open_app(open_on(dir.path(), &clock, &laptop));

    see(
        &h,
        "Emma & Sophie: a session is open on OFFICE-PC since 14:02",
    );
    dont_see(&h, "Resume Emma & Sophie's session");
    click(&mut h, "Open Emma & Sophie's page");
    see(&h, "Session 1 is open on OFFICE-PC since 14:02");
    dont_see(&h, "Resume session");
    dont_see(&h, "Open session 1");
    // The PDFs can still be printed from the read-only session.
    see_part(&h, "Notes PDF, session");

    // Asked once more; "Not now" leaves everything as it was.
    click(&mut h, "Take over session 1…");
    see_part(&h, "Is Groundwork closed on OFFICE-PC");
    click(&mut h, "Not now");
    see(&h, "Take over session 1…");
    assert!(h.state().practice().live().is_none());
    assert_eq!(fs::read(&journal).unwrap(), before, "nothing written");
    assert_eq!(OpenMarker::read(&journal).unwrap().device, "office");

    click(&mut h, "Take over session 1…");
    click(&mut h, "Take it over on this computer");
    assert_eq!(session(&h).info.couple, id);
    assert_eq!(
        OpenMarker::read(&journal).unwrap().computer,
        "LAPTOP",
        "the office now sees it open on the laptop"
    );
    assert!(
        session(&h)
            .notes
            .quick
            .iter()
            .any(|n| n.text.contains("typed at the office")),
        "what was typed at the office is here"
    );
    close(h);
}

fn settings_named(name: &str, chime: bool) -> String {
    let settings = Settings {
        practice_name: name.to_owned(),
        chime,
        ..Settings::default()
    };
    ron::ser::to_string_pretty(&settings, Default::default()).unwrap()
}

#[test]
fn two_versions_of_the_settings_are_shown_side_by_side_and_the_chosen_one_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(22, 14, 30));
    fs::write(
        dir.path().join("settings.ron"),
        settings_named("Riverside Practice", false),
    )
    .unwrap();
    let copy = dir
        .path()
        .join("settings.sync-conflict-20261122-140233-ABCDEF7.ron");
    fs::write(&copy, settings_named("Riverside Couples Practice", true)).unwrap();
    let mut h = open_app(open_on(dir.path(), &clock, &computer("laptop", "LAPTOP")));

    see(&h, "Two versions of the practice's settings");
    see(&h, "Riverside Practice");
    see(&h, "Riverside Couples Practice");
    dont_see(&h, "Some files could not be read");
    click(&mut h, "Keep the other version");

    assert_eq!(
        h.state().practice().settings().practice_name,
        "Riverside Couples Practice"
    );
    assert!(h.state().practice().settings().chime);
    dont_see(&h, "Two versions of the practice's settings");
    see_part(&h, "The other version is in the conflicts folder");
    let kept_aside = dir.path().join("conflicts").join("settings.ron");
    assert!(
        fs::read_to_string(kept_aside)
            .unwrap()
            .contains("Riverside Practice"),
        "the version not kept is kept aside, not deleted"
    );
    assert!(!copy.exists());
    close(h);
}

#[test]
fn two_versions_of_a_couples_record_with_other_names_wait_for_the_therapists_choice() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(22, 14, 30));
    let laptop = computer("laptop", "LAPTOP");
    let id = open_on(dir.path(), &clock, &laptop)
        .create_couple("Emma", "Sophie")
        .unwrap();
    let folder = dir.path().join("couples").join(&id.0);
    let mut other: Couple =
        ron::from_str(&fs::read_to_string(folder.join("couple.ron")).unwrap()).unwrap();
    other.partner_b.name = "Sophie Martin".to_owned();
    let copy = folder.join("couple (OFFICE-PC's conflicted copy 2026-11-22).ron");
    fs::write(
        &copy,
        ron::ser::to_string_pretty(&other, Default::default()).unwrap(),
    )
    .unwrap();
    let mut h = open_app(open_on(dir.path(), &clock, &laptop));

    see(&h, "Two versions of Emma & Sophie's record");
    see_part(&h, "Dropbox kept both");
    see(&h, "Sophie Martin");
    click(&mut h, "Keep the version in use");
    dont_see(&h, "Two versions of");
    assert_eq!(
        h.state()
            .practice()
            .couple(&id)
            .unwrap()
            .couple
            .partner_b
            .name,
        "Sophie"
    );
    assert!(!copy.exists());
    assert!(
        folder
            .join("conflicts")
            .join(copy.file_name().unwrap())
            .exists()
    );
    close(h);
}
