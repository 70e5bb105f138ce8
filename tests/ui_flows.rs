//! Whole sessions run through the real app, as a therapist runs them: a temporary data folder,
//! a 1280×800 window, a fake clock moved on between steps, clicks by label, typing and keys.
//! Each flow ends by closing the app, opening it again on the same folder and finding the
//! session in the couple's history.

mod common;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Node;
use egui_kittest::kittest::Queryable;
use groundwork::model::{CoupleId, MINUTE, Outcome, SECOND, Side, Stage};
use groundwork::session::FakeClock;

use common::{App, at, click, dont_see, move_on, open, press, see, see_part, session};

// ---------------------------------------------------------------------------------------------
// Helpers: the therapist's hands and eyes (the common ones are in tests/common).

/// Time passes in the room.
fn wait(h: &mut App, clock: &FakeClock, ms: u64) {
    clock.advance(ms);
    h.run();
}

/// Clicks the `n`-th control (from 0, in screen order) labelled `label`.
fn click_nth(h: &mut App, label: &str, n: usize) {
    nth_labelled(h, label, n).scroll_to_me();
    h.run();
    nth_labelled(h, label, n).click();
    h.run();
}

fn nth_labelled<'a>(h: &'a App, label: &'a str, n: usize) -> Node<'a> {
    h.get_all_by_label(label)
        .nth(n)
        .unwrap_or_else(|| panic!("no control number {n} labelled {label:?}"))
}

fn nth_field<'a>(h: &'a App, role: Role, label: &'a str, n: usize) -> Node<'a> {
    h.get_all_by_role_and_label(role, label)
        .nth(n)
        .unwrap_or_else(|| panic!("no field number {n} labelled {label:?}"))
}

/// Puts the cursor in the `n`-th field of kind `role` labelled `label`, and types `text`.
fn type_in(h: &mut App, role: Role, label: &str, n: usize, text: &str) {
    nth_field(h, role, label, n).scroll_to_me();
    h.run();
    nth_field(h, role, label, n).click();
    h.run();
    nth_field(h, role, label, n).type_text(text);
    h.run();
}

/// Types `text` into the one-line field labelled `label`.
fn type_into(h: &mut App, label: &str, text: &str) {
    assert_eq!(
        h.get_all_by_role_and_label(Role::TextInput, label).count(),
        1
    );
    type_in(h, Role::TextInput, label, 0, text);
}

/// Types `text` into the multi-line field labelled `label`.
fn type_into_box(h: &mut App, label: &str, text: &str) {
    type_in(h, Role::MultilineTextInput, label, 0, text);
}

/// Types into the `n`-th one-line field labelled `label`, then Enter leaves it.
fn type_into_nth_and_enter(h: &mut App, label: &str, n: usize, text: &str) {
    type_in(h, Role::TextInput, label, n, text);
    press(h, Key::Enter);
}

/// Asserts that the control labelled `label` is inside the 1280×800 window, with no scrolling.
#[track_caller]
fn in_view(h: &App, label: &str) {
    let rect = h.get_by_label(label).rect();
    assert!(
        rect.top() >= 0.0 && rect.bottom() <= 800.0,
        "{label:?} is out of view at {rect:?}"
    );
}

fn turn(h: &App) -> Option<(Side, Stage)> {
    session(h)
        .dialogue
        .turn
        .as_ref()
        .map(|t| (t.speaker, t.stage))
}

fn phase_title(h: &App) -> String {
    session(h).current_phase().unwrap().title.clone()
}

fn only_couple(h: &App) -> CoupleId {
    let couples = h.state().practice().couples();
    assert_eq!(couples.len(), 1);
    couples[0].id.clone()
}

/// On the home screen: types both names and adds the couple; their page opens.
fn add_couple(h: &mut App, a: &str, b: &str) {
    see(h, "Welcome to Groundwork");
    type_into(h, "First partner", a);
    type_into(h, "Second partner", b);
    click(h, "Add couple");
    see(h, &format!("{a} & {b} added."));
    see(h, "Start session");
}

/// Fills the homework form with `who` (a partner's name or "Both") and `what`, with an anchor.
fn fill_agreement(h: &mut App, who: &str, what: &str, anchor: &str) {
    click(h, who);
    type_into_box(h, "What, in their own words", what);
    type_into(h, "Anchor habit: when it happens", anchor);
}

/// The keys a therapist might hit while writing, each sent as a real key press.
const TYPING_KEYS: [Key; 9] = [
    Key::Space,
    Key::N,
    Key::T,
    Key::P,
    Key::E,
    Key::Q,
    Key::ArrowRight,
    Key::ArrowLeft,
    Key::Questionmark,
];

// ---------------------------------------------------------------------------------------------
// Flow a: a speaker–listener session, then the next week's homework review.

#[test]
fn a_speaker_listener_session_is_run_recorded_and_reviewed_a_week_later() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 14, 0));
    let mut h = open(dir.path(), &clock);

    // Monday 23 November, 14:00: a new couple, and their first session.
    add_couple(&mut h, "Sophie", "Emma");
    let id = only_couple(&h);
    see(&h, "No sessions yet.");
    click(&mut h, "Start session");
    see(&h, "Check-in and homework review");
    see_part(&h, "No agreements to review");
    see(&h, "0:00");
    wait(&mut h, &clock, 3 * MINUTE);
    see(&h, "3:00");

    ground_rules_agreed_by_both(&mut h, &clock);

    // The rules of the floor (guided, untimed), then the dialogue: by arrow key.
    move_on(&mut h);
    see(&h, "The floor");
    wait(&mut h, &clock, 5 * MINUTE);
    move_on(&mut h);
    assert_eq!(phase_title(&h), "Speaker / listener");
    see(&h, "Nobody has the floor");

    two_turns_with_a_timeout_pause_and_extension(&mut h, &clock);
    keys_do_nothing_while_typing_a_note(&mut h);
    quick_note_and_help(&mut h);

    // Homework, with a look back at the dialogue first (Left arrow): looking is not moving.
    wait(&mut h, &clock, MINUTE);
    move_on(&mut h);
    assert_eq!(phase_title(&h), "Homework agreements");
    press(&mut h, Key::ArrowLeft);
    assert_eq!(phase_title(&h), "Homework agreements", "the session stays");
    see_part(&h, "You are looking at phase 4");
    press(&mut h, Key::Escape);
    dont_see(&h, "You are looking at phase");
    three_agreements(&mut h, &clock);

    // Closing: the summary, the next appointment, and the end.
    wait(&mut h, &clock, 4 * MINUTE);
    move_on(&mut h);
    assert_eq!(phase_title(&h), "Closing");
    see(&h, "1 min"); // Sophie's talk time
    see(&h, "2 min"); // Emma's
    see(&h, "1 paraphrase needed another try.");
    see_part(
        &h,
        "called by Sophie · flooding · 6 min (planned 20 min, ended early)",
    );
    see(&h, "Sophie: I will share my work schedule every morning");
    see(&h, "8 of 8 rules agreed by both.");
    type_into_nth_and_enter(&mut h, "Date of the next session", 0, "2026-11-30");
    see(&h, "Next session: Monday 30 November 2026");
    wait(&mut h, &clock, MINUTE);
    // In the closing phase, the closing panel's own button is the only one.
    assert_eq!(h.get_all_by_label("End session").count(), 1);
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    assert!(session(&h).is_ended());
    see(&h, "Session ended");
    see_part(&h, "The session ended at 14:3");
    let ended_at = session(&h).ended.unwrap().at;
    drop(h);

    // The app is closed and opened again on the same folder: the session is in the history.
    wait_closed(&clock, 2 * MINUTE);
    let mut h = open(dir.path(), &clock);
    see(&h, "Mon 23 Nov 2026"); // last session, on the home list
    see(&h, "3"); // open agreements
    click(&mut h, "Sophie & Emma");
    see(&h, "next session Mon 30 Nov");
    see(&h, "#1");
    see(&h, "Sophie 1 · Emma 1"); // turns
    see(&h, "1 min / 2 min"); // talk time
    see(&h, "1"); // timeouts
    see(&h, "Open session 1");
    see(&h, "We will take a 20-minute walk together");
    see_part(&h, "on Tuesday and Saturday");
    let history = h.state().practice().session_history(&id);
    assert_eq!(history.len(), 1);
    let first = &history[0];
    assert!(first.ended && first.problem.is_none());
    assert_eq!(first.protocol, "Speaker–listener practice (PREP)");
    assert_eq!(first.turns, [1, 1]);
    assert_eq!(first.talk, [80 * SECOND, 110 * SECOND]);
    assert_eq!(first.timeouts, 1);
    assert_eq!(first.agreements, 3);
    assert_eq!(first.length, ended_at);
    let couple = &h.state().practice().couple(&id).unwrap().couple;
    assert!(
        couple.ground_rules.iter().all(|r| r.agreed_on.is_some()),
        "the rules both agreed to are in force for the next session"
    );
    assert_eq!(couple.open_agreements().count(), 3);
    drop(h);

    // A week later: the check-in reviews last week's homework.
    let clock = FakeClock::new(at(30, 14, 0));
    let mut h = open(dir.path(), &clock);
    click(&mut h, "Sophie & Emma");
    click(&mut h, "Start session");
    review_last_weeks_homework(&mut h, &clock);
    wait(&mut h, &clock, 2 * MINUTE);
    click_nth(&mut h, "End session", 0);
    see(&h, "End the session?");
    click(&mut h, "End the session now");
    assert!(session(&h).is_ended());
    see(&h, "Session ended");
    drop(h);

    let mut h = open(dir.path(), &clock);
    see(&h, "2"); // open agreements: one was stopped
    click(&mut h, "Sophie & Emma");
    see(&h, "#2");
    see(&h, "30 Nov: done");
    see(&h, "30 Nov: partly");
    see(&h, "30 Nov: not done");
    let history = h.state().practice().session_history(&id);
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].number, 2, "newest first");
    assert!(history[0].ended);
    let couple = &h.state().practice().couple(&id).unwrap().couple;
    let agreement = |what: &str| {
        couple
            .agreements
            .iter()
            .find(|a| a.terms.behaviour.starts_with(what))
            .unwrap_or_else(|| panic!("no agreement {what:?}"))
    };
    let schedule = agreement("I will share my work schedule");
    let walk = agreement("We will take a 20-minute walk");
    let hug = agreement("We will hold each other");
    for (a, outcome, comment, retired) in [
        (schedule, Outcome::Done, "Every morning but Thursday", true),
        (walk, Outcome::Partly, "Only on Saturday", false),
        (hug, Outcome::NotDone, "Forgot; mornings are rushed", false),
    ] {
        assert_eq!(a.reviews.len(), 1, "{}", a.terms.behaviour);
        let review = &a.reviews[0];
        assert_eq!(
            (review.session, review.outcome, review.comment.as_str()),
            (2, outcome, comment)
        );
        assert_eq!(a.retired, retired, "{}", a.terms.behaviour);
    }
}

/// Both partners agree to every rule: Emma ticks one by hand first, then each "agrees to all".
fn ground_rules_agreed_by_both(h: &mut App, clock: &FakeClock) {
    move_on(h);
    assert_eq!(phase_title(h), "Ground rules");
    see(h, "No yelling and no name-calling.");
    see_part(h, "Sophie has agreed to 0 of 8 rules; Emma to 0 of 8.");
    click_nth(h, "Emma agrees", 0);
    see_part(h, "Sophie has agreed to 0 of 8 rules; Emma to 1 of 8.");
    wait(h, clock, MINUTE);
    click(h, "Sophie agrees to all");
    see_part(h, "Sophie has agreed to 8 of 8 rules; Emma to 1 of 8.");
    see(h, "Agreed by both"); // the rule Emma ticked
    wait(h, clock, 2 * MINUTE);
    click(h, "Emma agrees to all");
    see(h, "Sophie and Emma have agreed to every rule.");
    assert!(session(h).rules.iter().all(|r| r.agreed_by_both()));
    wait(h, clock, MINUTE);
}

/// Sophie speaks, Emma paraphrases (once "not quite"), the floor passes; Emma speaks, Sophie
/// is flooded and calls a timeout, the turn waits and resumes; pause and 30 more seconds.
fn two_turns_with_a_timeout_pause_and_extension(h: &mut App, clock: &FakeClock) {
    // 14:12 — Sophie has the floor.
    press(h, Key::Space);
    see(h, "Sophie is speaking");
    see(h, "2:00");
    wait(h, clock, 80 * SECOND);
    see(h, "0:40");
    press(h, Key::Space);
    see(h, "Emma, your turn to paraphrase");
    see(h, "1:00");
    wait(h, clock, 45 * SECOND);
    see(h, "0:15");
    press(h, Key::Space);
    see(h, "Sophie: was that accurate?");
    wait(h, clock, 5 * SECOND);
    press(h, Key::N);
    see(h, "Emma, your turn to paraphrase");
    see(h, "paraphrase attempt 2");
    see(h, "1:00");
    wait(h, clock, 70 * SECOND);
    see(h, "+0:10"); // overtime is shown, never a lockout
    see(h, "Over time");
    press(h, Key::Space);
    see(h, "Sophie: was that accurate?");
    wait(h, clock, 3 * SECOND);
    press(h, Key::Space);
    // Accurate: in PREP the speaker keeps the floor until she passes it.
    see(h, "Sophie is speaking");
    see_part(h, "Pass the floor to Emma");

    // 14:15:23 — Sophie passes the floor to Emma.
    press(h, Key::F);
    see(h, "Emma is speaking");
    see(h, "2:00");
    assert_eq!(session(h).turns(Side::A), 1);
    wait(h, clock, 40 * SECOND);
    see(h, "1:20");

    // Sophie is flooded: T, then 1. The turn waits through the break.
    press(h, Key::T);
    assert!(session(h).timeout.is_some(), "T stops every timer at once");
    see(h, "Who called it, and why?");
    press(h, Key::Num1);
    see(h, "Break — back at 14:36");
    see_part(h, "flooding · called by Sophie");
    see(h, "20:00");
    wait(h, clock, 6 * MINUTE);
    see(h, "14:00"); // left of the timeout
    see(h, "Emma is speaking");
    see(h, "1:20"); // the turn has not moved
    press(h, Key::T);
    see(h, "End Sophie's break 14 minutes early?");
    assert!(session(h).timeout.is_some(), "T alone ends nothing");
    press(h, Key::Enter);
    assert!(
        session(h).timeout.is_none(),
        "T, then Enter, ended the timeout"
    );
    dont_see(h, "Break — back at");
    see(h, "Emma is speaking");
    see(h, "1:20");
    wait(h, clock, 10 * SECOND);
    see(h, "1:10");

    // P pauses: the countdown stands still while time passes; P again resumes.
    press(h, Key::P);
    see(h, "Paused");
    see(h, "Resume");
    wait(h, clock, 30 * SECOND);
    see(h, "1:10");
    press(h, Key::P);
    dont_see(h, "Paused");
    wait(h, clock, 5 * SECOND);
    see(h, "1:05");
    // E: 30 more seconds for this stage.
    press(h, Key::E);
    see(h, "1:35");
    wait(h, clock, 55 * SECOND);
    see(h, "0:40");

    // Sophie paraphrases; Emma confirms, and the dialogue stops there.
    press(h, Key::Space);
    see(h, "Sophie, your turn to paraphrase");
    wait(h, clock, 50 * SECOND);
    press(h, Key::Space);
    see(h, "Emma: was that accurate?");
    click(h, "Accurate, stop here");
    see(h, "Nobody has the floor");
    assert_eq!(turn(h), None);
    // 80 s for Sophie; 40 + 10 + 5 + 55 = 110 s for Emma (not the break, not the pause).
    see_part(h, "Sophie 1:20");
    see_part(h, "Emma 1:50");
    let state = session(h);
    assert_eq!([state.turns(Side::A), state.turns(Side::B)], [1, 1]);
    assert_eq!(state.timeouts.len(), 1);
    assert!(state.dialogue.finished.iter().all(|t| t.accurate));
    // A moment passes before the next key: a second step key within 300 ms is a bounce.
    wait(h, clock, 2 * SECOND);
}

/// Writing in the notes pane: every session key typed there stays in the text.
fn keys_do_nothing_while_typing_a_note(h: &mut App) {
    // A turn is running, so each key would do something visible.
    press(h, Key::Space);
    see(h, "Sophie is speaking");
    let phase = session(h).phase;
    h.get_by_role_and_label(Role::MultilineTextInput, "Data")
        .click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Data")
        .type_text("Sophie flooded at 14:15; came back calmer. ");
    h.run();
    for key in TYPING_KEYS {
        press(h, key);
    }
    let state = session(h);
    assert_eq!(
        state.phase, phase,
        "the arrows moved the cursor, not the agenda"
    );
    assert_eq!(
        turn(h),
        Some((Side::A, Stage::Speaking)),
        "space and n did nothing"
    );
    assert!(!state.paused, "p did nothing");
    assert!(state.timeout.is_none(), "t did nothing");
    see(h, "2:00"); // e added nothing
    dont_see(h, "The turn timer waits");
    dont_see(h, "They work whenever you are not typing");
    assert!(
        h.get_by_role_and_label(Role::MultilineTextInput, "Data")
            .is_focused(),
        "q did not move the cursor to the quick note"
    );
    // Leaving the field records the note; the keys work again.
    press(h, Key::Escape);
    assert_eq!(
        session(h).notes.section("Data"),
        "Sophie flooded at 14:15; came back calmer. "
    );
    // Left at once, the turn does not count.
    click(h, "Stop the dialogue");
    see(h, "Nobody has the floor");
    assert_eq!(session(h).turns(Side::A), 1);
}

/// Q, a few words, Enter: a note with the time. ? shows the keys.
fn quick_note_and_help(h: &mut App) {
    see(
        h,
        "Timestamped notes you add during the session appear here.",
    );
    press(h, Key::Q);
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Quick note")
            .is_focused()
    );
    h.get_by_role_and_label(Role::TextInput, "Quick note")
        .type_text("Sophie named the fear of being left out");
    press(h, Key::Space); // typed, not a key
    press(h, Key::Enter);
    see(h, "Sophie named the fear of being left out");
    see(h, "14:24");
    let quick = &session(h).notes.quick;
    assert_eq!(quick.len(), 1);
    assert_eq!(quick[0].text, "Sophie named the fear of being left out");
    assert_eq!(turn(h), None);

    press(h, Key::Questionmark);
    see(h, "They work whenever you are not typing in a text field.");
    see(h, "\"Not quite\": back to the paraphrase.");
    click(h, "Close");
    dont_see(h, "They work whenever you are not typing");
}

/// Two agreements through the form (every day; on chosen days) and one from the library.
fn three_agreements(h: &mut App, clock: &FakeClock) {
    see(h, "No agreements yet this session.");
    fill_agreement(
        h,
        "Sophie",
        "I will share my work schedule every morning",
        "over breakfast",
    );
    click(h, "Every day");
    type_into(
        h,
        "How we'll know it happened",
        "Emma knows when I'll be home",
    );
    click(h, "Add agreement");
    see(h, "Agreement added.");
    see(h, "Agreed this session (1)");
    see(h, "Sophie: I will share my work schedule every morning");
    wait(h, clock, 3 * MINUTE);

    fill_agreement(
        h,
        "Both",
        "We will take a 20-minute walk together",
        "after dinner",
    );
    click(h, "On chosen days");
    click(h, "Add agreement");
    see(h, "Choose at least one day of the week.");
    click(h, "Tuesday");
    click(h, "Saturday");
    click(h, "Add agreement");
    see(h, "Agreed this session (2)");
    see(h, "Sophie and Emma: We will take a 20-minute walk together");
    see_part(h, "on Tuesday and Saturday · after dinner");
    wait(h, clock, 2 * MINUTE);

    click(h, "Daily ritual of connection");
    see_part(h, "\"Daily ritual of connection\" is in the form");
    in_view(h, "Add agreement"); // with two agreements made already
    click(h, "Add agreement");
    see(h, "Agreed this session (3)");
    let agreements = &session(h).agreements;
    assert_eq!(agreements.len(), 3);
    assert!(
        agreements[2]
            .terms
            .behaviour
            .starts_with("We will hold each other")
    );
}

/// Session 2's check-in: a rating each, then done / partly / not done with a comment, and the
/// schedule agreement stopped because it is kept up.
fn review_last_weeks_homework(h: &mut App, clock: &FakeClock) {
    assert_eq!(phase_title(h), "Check-in and homework review");
    see(h, "0 of 3 reviewed. Progress is measured in small wins.");
    see(h, "Sophie: I will share my work schedule every morning");
    see(h, "Sophie and Emma: We will take a 20-minute walk together");
    click(h, "Sophie: 7");
    click(h, "Emma: 6");
    wait(h, clock, MINUTE);

    click_nth(h, "Done", 0);
    type_into_nth_and_enter(h, "Comment", 0, "Every morning but Thursday");
    click_nth(h, "Stop this agreement (kept up, or no longer wanted)", 0);
    see(h, "Stops after today; it stays in the couple's history.");
    wait(h, clock, 2 * MINUTE);

    click_nth(h, "Partly", 1);
    type_into_nth_and_enter(h, "Comment", 1, "Only on Saturday");
    wait(h, clock, 2 * MINUTE);

    // A comment first, then the outcome: the comment waits for it.
    type_into_nth_and_enter(h, "Comment", 2, "Forgot; mornings are rushed");
    see(h, "Choose done, partly or not done to record the comment.");
    click_nth(h, "Not done", 2);
    see(h, "3 of 3 reviewed. Progress is measured in small wins.");

    let state = session(h);
    assert_eq!(state.check_in, [Some(7), Some(6)]);
    let reviews: Vec<_> = state
        .reviews
        .values()
        .map(|r| (r.outcome, r.comment.as_str()))
        .collect();
    assert_eq!(
        reviews,
        [
            (Outcome::Done, "Every morning but Thursday"),
            (Outcome::Partly, "Only on Saturday"),
            (Outcome::NotDone, "Forgot; mornings are rushed"),
        ]
    );
    assert_eq!(state.retired.len(), 1);
}

/// The app stays closed while time passes.
fn wait_closed(clock: &FakeClock, ms: u64) {
    clock.advance(ms);
}

// ---------------------------------------------------------------------------------------------
// Flow b: a State of the Union meeting, end to end.

#[test]
fn a_state_of_the_union_meeting_is_walked_through_and_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(24, 10, 0));
    let mut h = open(dir.path(), &clock);
    add_couple(&mut h, "Aisha", "Tom");
    let id = only_couple(&h);

    // The protocol is chosen on the couple's page.
    click(&mut h, "Protocol");
    click(&mut h, "State of the Union meeting (Gottman)");
    see_part(&h, "about 75 minutes");
    click(&mut h, "Start session");
    assert_eq!(session(&h).info.template_id, "state-of-the-union");
    see(&h, "Session 1 · State of the Union meeting (Gottman)");

    // Check-in and ground rules.
    click(&mut h, "Aisha: 5");
    click(&mut h, "Tom: 6");
    wait(&mut h, &clock, 4 * MINUTE);
    move_on(&mut h);
    click(&mut h, "Aisha agrees to all");
    click(&mut h, "Tom agrees to all");
    see(&h, "Aisha and Tom have agreed to every rule.");
    wait(&mut h, &clock, 3 * MINUTE);

    // Appreciations and what went right: three timed steps.
    move_on(&mut h);
    assert_eq!(phase_title(&h), "Appreciations and what went right");
    see(&h, "Step 1 of 3");
    see(&h, "8:00");
    see(&h, "left of 8:00");
    wait(&mut h, &clock, 7 * MINUTE);
    see(&h, "1:00");
    type_into_box(
        &mut h,
        "Notes on this step",
        "Tom gave five; Aisha four, then a fifth after a pause.",
    );
    press(&mut h, Key::Space); // typed into the note, not "next step"
    see(&h, "Step 1 of 3");
    press(&mut h, Key::Escape);
    press(&mut h, Key::Space);
    see(&h, "Step 2 of 3");
    see(&h, "5:00");
    wait(&mut h, &clock, 4 * MINUTE);
    see(&h, "1:00");
    click(&mut h, "Next step");
    see(&h, "Step 3 of 3");
    see(&h, "2:00");
    see(
        &h,
        "This is the last step: go on to the next phase when you are ready.",
    );
    wait(&mut h, &clock, 150 * SECOND);
    see(&h, "+0:30");
    see(&h, "over the planned 2:00: carry on as long as it helps");
    let notes = &session(&h).guided[&2].notes;
    assert_eq!(
        notes[0],
        "Tom gave five; Aisha four, then a fifth after a pause."
    );

    // One issue: a full turn each, by keys.
    move_on(&mut h);
    assert_eq!(phase_title(&h), "One issue");
    see(&h, "Nobody has the floor");
    press(&mut h, Key::Space);
    see(&h, "Aisha is speaking");
    wait(&mut h, &clock, 100 * SECOND);
    see(&h, "0:20");
    press(&mut h, Key::Space);
    see(&h, "Tom, your turn to sum up");
    see(&h, "“Let me see if I got all of that …”");
    wait(&mut h, &clock, 55 * SECOND);
    press(&mut h, Key::Space);
    see(&h, "Aisha: was that accurate?");
    wait(&mut h, &clock, 2 * SECOND);
    // Understood: the listener validates before the roles swap.
    see(&h, "Understood — Tom validates");
    press(&mut h, Key::Space);
    see(&h, "Tom, say how Aisha makes sense");
    wait(&mut h, &clock, 40 * SECOND);
    see(&h, "Done — Tom has the floor");
    press(&mut h, Key::Space);
    see(&h, "Tom is speaking");
    wait(&mut h, &clock, 90 * SECOND);
    press(&mut h, Key::Space);
    see(&h, "Aisha, your turn to sum up");
    wait(&mut h, &clock, 60 * SECOND);
    press(&mut h, Key::Space);
    see(&h, "Tom: was that accurate?");
    click(&mut h, "Accurate, stop here");
    see(&h, "Nobody has the floor");

    // Feeling loved this week: one step; P pauses it, E gives it 30 more seconds.
    move_on(&mut h);
    assert_eq!(phase_title(&h), "Feeling loved this week");
    see(&h, "Step 1 of 1");
    see(&h, "What can I do to make you feel loved this week?");
    see(&h, "5:00");
    wait(&mut h, &clock, MINUTE);
    see(&h, "4:00");
    press(&mut h, Key::P);
    see(&h, "paused");
    wait(&mut h, &clock, MINUTE);
    see(&h, "4:00");
    press(&mut h, Key::P);
    dont_see(&h, "paused");
    press(&mut h, Key::E);
    see(&h, "4:30");
    wait(&mut h, &clock, 4 * MINUTE);
    see(&h, "0:30");

    // Homework from the library, then the end.
    move_on(&mut h);
    assert_eq!(phase_title(&h), "Homework agreements");
    click(&mut h, "Weekly State of the Union meeting");
    click(&mut h, "Add agreement");
    see(&h, "Agreed this session (1)");
    click(&mut h, "Doing what makes my partner feel loved");
    click(&mut h, "Add agreement");
    see(&h, "Agreed this session (2)");
    wait(&mut h, &clock, 5 * MINUTE);
    move_on(&mut h);
    assert_eq!(phase_title(&h), "Closing");
    see(&h, "No timeouts.");
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    assert!(session(&h).is_ended());
    see_part(&h, "The session ended at 10:");
    drop(h);

    // Reopened: the meeting is in Aisha and Tom's history, step note and all.
    wait_closed(&clock, 10 * MINUTE);
    let mut h = open(dir.path(), &clock);
    click(&mut h, "Aisha & Tom");
    see(&h, "#1");
    see(&h, "State of the Union meeting (Gottman)");
    see(&h, "Aisha 1 · Tom 1");
    see(&h, "2 min / 2 min");
    let history = h.state().practice().session_history(&id);
    assert_eq!(history.len(), 1);
    let s = &history[0];
    assert!(s.ended);
    assert_eq!(s.protocol, "State of the Union meeting (Gottman)");
    assert_eq!(s.turns, [1, 1]);
    assert_eq!(s.talk, [100 * SECOND, 90 * SECOND]);
    assert_eq!(s.timeouts, 0);
    assert_eq!(s.agreements, 2);
    let couple = &h.state().practice().couple(&id).unwrap().couple;
    assert_eq!(couple.open_agreements().count(), 2);

    click(&mut h, "Open session 1");
    see(&h, "Session ended");
    let state = session(&h);
    assert!(state.is_ended());
    assert_eq!(
        state.guided[&2].notes[0],
        "Tom gave five; Aisha four, then a fifth after a pause."
    );
    assert_eq!(state.check_in, [Some(5), Some(6)]);
}

/// A session left unfinished (Groundwork closed during it) is read once when Groundwork
/// starts: the offer to resume it and the resume use that one reading, and a session left
/// and resumed again in the same run is not read at all.
#[test]
fn an_unfinished_session_is_read_once_from_start_to_resume() {
    use groundwork::store::journals_read_on_this_thread as reads;
    common::pin_english();
    let clock = FakeClock::new(common::at(23, 9, 0));
    let dir = tempfile::tempdir().unwrap();
    let events = {
        let mut p =
            groundwork::practice::Practice::open(dir.path(), std::sync::Arc::new(clock.clone()))
                .unwrap();
        let id = p.create_couple("Sophie", "Emma").unwrap();
        p.start_session(&id, "speaker-listener", groundwork::model::NoteFormat::Dap)
            .unwrap();
        p.execute(&groundwork::session::Command::GoToPhase(3))
            .unwrap();
        for i in 0..40 {
            clock.advance(20_000);
            let command = if i % 7 == 3 {
                groundwork::session::Command::QuickNote(format!("Moment {i}"))
            } else {
                groundwork::session::Command::Advance
            };
            p.execute(&command).unwrap();
        }
        p.live().unwrap().state().events
        // Dropped without ending: as if Groundwork had been closed mid-session.
    };

    let before = reads();
    let mut h = common::open(dir.path(), &clock);
    common::see(&h, "Resume Sophie & Emma's session");
    assert_eq!(reads() - before, 1, "read once to open the data folder");
    common::click(&mut h, "Resume Sophie & Emma's session");
    assert_eq!(common::session(&h).events, events, "resumed where it was");
    assert_eq!(reads() - before, 1, "the resume used that reading");

    // Left for their page and resumed in the same run: it is known as it was left.
    h.state_mut().apply(groundwork::ui::Action::LeaveSession);
    h.run();
    common::click(&mut h, "Resume session");
    assert_eq!(common::session(&h).events, events);
    assert_eq!(reads() - before, 1, "nothing read again");
}

/// A couple's page lists every session from its journal: read the first time the page opens
/// (a few at once), and not again while an ended session's journal is unchanged; a journal
/// that changed (the notes signed) is read again, and its row says so.
#[test]
fn a_couples_page_reads_each_ended_session_once_until_it_changes() {
    use groundwork::model::{NoteFormat, Settings};
    use groundwork::session::Command;
    use groundwork::store::journals_read_on_this_thread as reads;
    common::pin_english();
    let clock = FakeClock::new(common::at(23, 9, 0));
    let dir = tempfile::tempdir().unwrap();
    let sessions = 70;
    {
        let mut p =
            groundwork::practice::Practice::open(dir.path(), std::sync::Arc::new(clock.clone()))
                .unwrap();
        p.save_settings(Settings {
            therapist_name: "Dr Ana María Ortiz".into(),
            ..Settings::default()
        })
        .unwrap();
        let id = p.create_couple("Sophie", "Emma").unwrap();
        for _ in 0..sessions {
            p.start_session(&id, "speaker-listener", NoteFormat::Dap)
                .unwrap();
            clock.advance(50 * MINUTE);
            p.execute(&Command::End).unwrap();
            p.close_session();
        }
    }
    let mut h = open(dir.path(), &clock);
    let count = |h: &App, label: &str| h.query_all_by_label(label).count();

    let before = reads();
    click(&mut h, "Sophie & Emma");
    assert_eq!(reads() - before, sessions, "each journal read once");
    see(&h, "Open session 70");
    assert_eq!(
        count(&h, "draft"),
        sessions,
        "every session's notes a draft"
    );
    click(&mut h, "All couples");
    click(&mut h, "Sophie & Emma");
    assert_eq!(reads() - before, sessions, "nothing read again");
    assert_eq!(count(&h, "draft"), sessions);

    click(&mut h, "Open session 5");
    click(&mut h, "Sign the notes…");
    click(&mut h, "Sign the notes");
    see_part(&h, "Signed electronically by Dr Ana María Ortiz");
    h.state_mut().apply(groundwork::ui::Action::LeaveSession);
    h.run();
    see(&h, "Open session 70");
    let read = reads() - before;
    assert!(
        (sessions + 1..=sessions + 2).contains(&read),
        "only the signed session read again (and once to open it): {read}"
    );
    assert_eq!(count(&h, "signed"), 1, "its row says it is signed");
    assert_eq!(count(&h, "draft"), sessions - 1);
}
