//! A therapist's day through the practice (the layer the UI drives), on a fake clock and a
//! temporary data folder, closing and reopening the app between steps.

use std::sync::Arc;

use chrono::{FixedOffset, TimeZone};
use groundwork::model::{AgreementTerms, Frequency, MINUTE, NoteFormat, Outcome, Owner, Side};
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};

fn clock() -> FakeClock {
    FakeClock::new(
        FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
            .unwrap(),
    )
}

#[test]
fn a_couple_is_created_seen_through_a_session_and_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    assert!(practice.problems().next().is_none());

    assert_eq!(
        practice.create_couple("  ", "Emma").unwrap_err(),
        "Please enter a name for the first partner."
    );
    assert!(
        practice
            .create_couple(&"x".repeat(10_000), "Emma")
            .unwrap_err()
            .contains("this one is 10,000")
    );
    let id = practice.create_couple("Zoë", "דנה").unwrap();
    practice.create_couple("Daniel", "Priya").unwrap();
    assert_eq!(practice.search("zo").len(), 1);
    assert_eq!(practice.search("").len(), 2);
    assert_eq!(practice.search("nobody").len(), 0);

    practice
        .start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    let err = practice
        .start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap_err();
    assert!(err.contains("already running"), "{err}");
    let rules = practice.live().unwrap().state().rules.len();
    assert!(
        rules >= 6,
        "a first session starts from the template's ground rules"
    );
    practice.execute(&Command::NextPhase).unwrap();
    practice
        .execute(&Command::AgreeAllRules { side: Side::A })
        .unwrap();
    practice
        .execute(&Command::AgreeAllRules { side: Side::B })
        .unwrap();
    clock.advance(10 * MINUTE);
    let refused = practice.execute(&Command::PassFloor).unwrap_err();
    assert_eq!(refused, "Nobody holds the floor; start a turn first.");
    practice
        .execute(&Command::AddAgreement(AgreementTerms {
            who: Owner::Both,
            behaviour: "We will have dinner without phones".into(),
            when: Frequency::Daily,
            anchor: "when we sit down".into(),
            evidence: "phones in the basket".into(),
            review_on: None,
        }))
        .unwrap();
    practice.execute(&Command::End).unwrap();

    // The app is closed and opened again.
    drop(practice);
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let couple = &practice.couple(&id).unwrap().couple;
    assert_eq!(couple.display_name(), "Zoë & דנה");
    assert_eq!(couple.ground_rules.len(), rules);
    assert!(
        couple.ground_rules.iter().all(|r| r.agreed_on.is_some()),
        "both agreed to every rule"
    );
    assert_eq!(couple.agreements.len(), 1);
    assert_eq!(practice.couple(&id).unwrap().sessions.len(), 1);
    assert!(practice.unfinished_session(&id).is_none());

    // Next week: the agreement comes up for review. The app is closed mid-session (no End).
    clock.advance(7 * 24 * 60 * MINUTE);
    practice
        .start_session(&id, "speaker-listener", NoteFormat::Soap)
        .unwrap();
    let to_review = practice.live().unwrap().state().info.to_review.clone();
    assert_eq!(to_review.len(), 1);
    practice
        .execute(&Command::ReviewAgreement {
            id: to_review[0].id,
            outcome: Outcome::Done,
            comment: "Every evening".into(),
        })
        .unwrap();
    drop(practice);

    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let unfinished = practice
        .unfinished_session(&id)
        .expect("the interrupted session is offered")
        .path
        .clone();
    practice.open_session(&unfinished).unwrap();
    let state = practice.live().unwrap().state();
    assert_eq!(state.info.number, 2);
    assert_eq!(state.reviews[&to_review[0].id].comment, "Every evening");
    practice.execute(&Command::End).unwrap();
    let couple = &practice.couple(&id).unwrap().couple;
    assert_eq!(couple.agreements[0].reviews[0].outcome, Outcome::Done);
}

/// Groundwork stopped right after the session's end was written but before the couple's record
/// was saved: the next start records it.
#[test]
fn a_session_ended_just_before_a_crash_is_recorded_on_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let id = practice.create_couple("Ruth", "Samuel").unwrap();
    practice
        .start_session(&id, "state-of-the-union", NoteFormat::Dap)
        .unwrap();
    practice
        .execute(&Command::SetNextSession(chrono::NaiveDate::from_ymd_opt(
            2026, 11, 30,
        )))
        .unwrap();
    let path = practice.live().unwrap().path().to_owned();
    drop(practice);

    // The end reaches the journal, but the couple file is never updated.
    let (mut live, _) =
        groundwork::store::LiveSession::reopen(&path, Arc::new(clock.clone())).unwrap();
    live.execute(&Command::End).unwrap();
    drop(live);

    let practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let couple = &practice.couple(&id).unwrap().couple;
    assert_eq!(
        couple.next_session,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
    );
    assert_eq!(couple.recorded_through, 1);
    assert!(!couple.ground_rules.is_empty());
}

#[test]
fn the_therapists_timer_lengths_apply_to_new_sessions_and_a_broken_settings_file_is_kept() {
    use groundwork::model::{PhaseKind, StageSeconds};
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let mut settings = practice.settings().clone();
    settings.durations.speak_seconds = Some(StageSeconds::new(90).unwrap());
    settings.therapist_name = "Dr. Ana María Søndergaard".into();
    practice.save_settings(settings).unwrap();
    drop(practice);

    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    assert_eq!(
        practice.settings().therapist_name,
        "Dr. Ana María Søndergaard"
    );
    let id = practice.create_couple("Zoë", "Kwame").unwrap();
    practice
        .start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    let phases = &practice.live().unwrap().state().info.phases;
    let speak = phases.iter().find_map(|p| match p.kind {
        PhaseKind::SpeakerListener { speak_seconds, .. } => Some(speak_seconds.get()),
        _ => None,
    });
    assert_eq!(
        speak,
        Some(90),
        "the therapist's 1:30 replaces the protocol's 2:00"
    );
    drop(practice);

    // A settings file damaged by hand: the app still opens, says so, and never writes over it.
    let path = dir.path().join("settings.ron");
    std::fs::write(
        &path,
        "(schema: 1, practice_name: \"Open Door\", text_scale: oops)",
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let problem = practice
        .problems()
        .next()
        .expect("the broken file is reported")
        .sentence();
    assert!(
        problem.contains("settings.ron") && problem.contains("line 1"),
        "{problem}"
    );
    let refused = practice
        .save_settings(practice.settings().clone())
        .unwrap_err();
    assert!(refused.contains("settings.ron"), "{refused}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "byte-for-byte unchanged"
    );
}
