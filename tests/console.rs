//! The console forgives (issue 11): a key does exactly one deliberate thing, every step can be
//! taken back without rewriting the record, looking at another phase never moves the session,
//! a timeout stops every timer on the key press and is ended early only when asked, notes never
//! hide, and leaving or ending asks first. Driven through the real app with egui_kittest, on a
//! fake clock.

mod common;

use std::sync::Arc;

use common::{
    App, at, click, dont_see, in_the_dialogue, move_on, press, see, see_part, session, stage,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable};
use groundwork::model::{
    Caller, Event, MINUTE, Ms, NoteFormat, SECOND, Side, Stage, TimeoutReason,
};
use groundwork::practice::Practice;
use groundwork::session::{self, Command, FakeClock, SessionState};

fn wait(h: &mut App, clock: &FakeClock, ms: Ms) {
    clock.advance(ms);
    h.run();
}

/// The events in the session's journal on disk, as a therapist's record would be read.
fn journal(h: &App) -> Vec<Event> {
    let path = h.state().practice().live().unwrap().path().to_owned();
    groundwork::store::read_journal(&path)
        .unwrap()
        .entries
        .into_iter()
        .map(|e| e.event)
        .collect()
}

/// The session's notes PDF, printed as the app prints it, read back as one line of text.
fn notes_pdf_text(h: &App, dir: &std::path::Path) -> String {
    let path = h.state().practice().live().unwrap().path().to_owned();
    let out = dir.join("notes.pdf");
    h.state()
        .practice()
        .export_to(
            groundwork::pdf::DocumentKind::NotesWithTimeline,
            &path,
            &out,
            true,
        )
        .unwrap();
    let doc = lopdf::Document::load(&out).unwrap();
    let text: String = (1..=doc.get_pages().len() as u32)
        .map(|p| doc.extract_text(&[p]).unwrap_or_default())
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Sophie speaks for 30 s, then Emma paraphrases for 20 s.
fn speak_then_paraphrase(h: &mut App, clock: &FakeClock) {
    press(h, Key::Space);
    wait(h, clock, 30 * SECOND);
    press(h, Key::Space);
    wait(h, clock, 20 * SECOND);
}

fn count(events: &[Event], pred: impl Fn(&Event) -> bool) -> usize {
    events.iter().filter(|e| pred(e)).count()
}

fn now(h: &App) -> Ms {
    h.state().practice().live().unwrap().now().at
}

fn key_event(key: Key, pressed: bool, repeat: bool, modifiers: Modifiers) -> egui::Event {
    egui::Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat,
        modifiers,
    }
}

/// A thumb resting on a key: one press, then the repeats a keyboard sends, over several frames.
fn hold(h: &mut App, clock: &FakeClock, key: Key, repeats: usize) {
    h.event(key_event(key, true, false, Modifiers::NONE));
    h.step();
    for _ in 0..repeats {
        clock.advance(33);
        h.event(key_event(key, true, true, Modifiers::NONE));
        h.step();
    }
    h.event(key_event(key, false, false, Modifiers::NONE));
    h.run();
}

#[test]
fn a_held_space_is_one_step_and_a_double_tap_is_one_step() {
    let (_dir, clock, mut h) = in_the_dialogue();
    press(&mut h, Key::Space);
    see(&h, "Sophie is speaking");
    wait(&mut h, &clock, 30 * SECOND);
    let before = journal(&h).len();

    // 1.5 s of a resting thumb: 45 repeats. One step, one event.
    hold(&mut h, &clock, Key::Space, 45);
    assert_eq!(stage(&h), Some((Side::A, Stage::Paraphrasing)));
    let after = journal(&h);
    assert_eq!(after.len(), before + 1, "one event for one held key");
    assert_eq!(
        count(&after, |e| matches!(e, Event::TurnEnded { .. })),
        0,
        "no invented turns"
    );

    // Two taps 80 ms apart: the second is a bounce.
    wait(&mut h, &clock, 20 * SECOND);
    press(&mut h, Key::Space);
    assert_eq!(stage(&h), Some((Side::A, Stage::Confirming)));
    clock.advance(80);
    press(&mut h, Key::Space);
    assert_eq!(
        stage(&h),
        Some((Side::A, Stage::Confirming)),
        "a second tap within 300 ms skips nothing"
    );
    // A deliberate press a moment later is a step.
    clock.advance(400);
    press(&mut h, Key::Space);
    // PREP: after "accurate" Sophie goes on with her next piece.
    assert_eq!(stage(&h), Some((Side::A, Stage::Speaking)));
    assert_eq!(session(&h).turns(Side::A), 1);
    assert_eq!(session(&h).turns(Side::B), 0);
}

#[test]
fn ctrl_p_prints_the_notes_and_never_pauses_and_ctrl_t_is_no_timeout() {
    let (_dir, clock, mut h) = in_the_dialogue();
    press(&mut h, Key::Space);
    wait(&mut h, &clock, 10 * SECOND);
    h.key_press_modifiers(Modifiers::COMMAND, Key::T);
    h.run();
    assert!(session(&h).timeout.is_none(), "Ctrl+T is not T");
    dont_see(&h, "Who called it, and why?");
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run();
    assert!(!session(&h).paused, "Ctrl+P is not P");
    assert_eq!(count(&journal(&h), |e| matches!(e, Event::TimerPaused)), 0);
    see(&h, "Save the session notes");
    click(&mut h, "Save");
    assert!(
        h.state()
            .message()
            .is_some_and(|m| m.text.starts_with("The session notes are saved")),
        "{:?}",
        h.state().message()
    );
    // The held-down modifier never leaks: a plain P afterwards pauses.
    press(&mut h, Key::P);
    assert!(session(&h).paused);
}

#[test]
fn undo_takes_back_steps_to_the_exact_totals_and_the_record_keeps_the_correction() {
    let (dir, clock, mut h) = in_the_dialogue();
    speak_then_paraphrase(&mut h, &clock);
    press(&mut h, Key::Space); // Sophie confirms
    wait(&mut h, &clock, 5 * SECOND);
    press(&mut h, Key::Space); // accurate: Sophie goes on (PREP)
    assert_eq!(stage(&h), Some((Side::A, Stage::Speaking)));
    assert_eq!(session(&h).turns(Side::A), 1);
    see_part(&h, "Undo: Emma's paraphrase confirmed");
    wait(&mut h, &clock, 7 * SECOND);

    // The slip is taken back: Sophie is confirming again, as if the key had never been hit.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(stage(&h), Some((Side::A, Stage::Confirming)));
    let state = session(&h);
    let t = now(&h);
    assert_eq!(state.turns(Side::A), 0, "the turn is not counted");
    assert_eq!(state.talk_ms(Side::A, t), 30 * SECOND);
    assert_eq!(state.talk_ms(Side::B, t), 0, "Emma never spoke");
    assert_eq!(state.dialogue.finished.len(), 0, "no turn was finished");
    assert_eq!(state.paraphrase_ms(Side::B, t), 20 * SECOND);
    let events = journal(&h);
    assert!(
        events.iter().any(|e| matches!(
            e,
            Event::Undone { what, .. } if what == "Emma's paraphrase confirmed"
        )),
        "the journal holds the correction"
    );
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::TurnEnded { accurate: true })),
        "and still the step it corrects: the journal is never rewritten"
    );

    // Again: the step before (the end of the paraphrase) is taken back too. Emma's paraphrase
    // timer then ran all along: 20 + 5 + 7 seconds.
    see_part(&h, "Undo: Emma's paraphrase finished");
    click(&mut h, "Undo: Emma's paraphrase finished");
    assert_eq!(stage(&h), Some((Side::A, Stage::Paraphrasing)));
    let t = now(&h);
    assert_eq!(session(&h).paraphrase_ms(Side::B, t), 32 * SECOND);
    assert_eq!(session(&h).talk_ms(Side::A, t), 30 * SECOND);

    // Exactly what a session without those two steps shows, on the engine alone.
    let reference = {
        let entries: Vec<_> = session(&h).log.clone();
        let start = entries[0].clone();
        let mut s = SessionState::from_entries(std::slice::from_ref(&start)).unwrap();
        let mut turns_started = 0;
        for e in &entries[1..] {
            turns_started += usize::from(matches!(e.event, Event::TurnStarted { .. }));
            let skip = matches!(
                e.event,
                Event::Undone { .. }
                    | Event::TurnEnded { accurate: true }
                    | Event::StageAdvanced {
                        to: Stage::Confirming
                    }
            ) || (matches!(e.event, Event::TurnStarted { .. }) && turns_started > 1);
            if !skip {
                s.fold(e);
            }
        }
        s
    };
    assert_eq!(reference.paraphrase_ms(Side::B, t), 32 * SECOND);
    assert_eq!(reference.dialogue.turn, session(&h).dialogue.turn);

    // Undo stops at the start of the phase.
    for _ in 0..5 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }
    assert!(session(&h).dialogue.turn.is_none());
    assert_eq!(session(&h).phase, 3, "undo never leaves the phase");
    assert!(session(&h).undo_step().is_none());

    // The notes PDF prints the correction in the timeline.
    let flat = notes_pdf_text(&h, dir.path());
    assert!(
        flat.contains("Correction: undone, Emma's paraphrase confirmed"),
        "{flat}"
    );
    assert!(flat.contains("(undone)"), "the undone step is marked");
}

#[test]
fn looking_at_another_phase_leaves_the_turn_running_and_moving_asks_first() {
    let (_dir, clock, mut h) = in_the_dialogue();
    press(&mut h, Key::Space);
    see(&h, "Sophie is speaking");
    wait(&mut h, &clock, 15 * SECOND);

    // A glance back: the session stays in phase 4 and Sophie's turn runs on, in view.
    press(&mut h, Key::ArrowLeft);
    assert_eq!(session(&h).phase, 3);
    assert_eq!(stage(&h), Some((Side::A, Stage::Speaking)));
    see_part(&h, "You are looking at phase 3");
    wait(&mut h, &clock, 10 * SECOND);
    see_part(&h, "Sophie is speaking, 1:35 left: running in phase 4");

    // Holding the arrow does not fly through the agenda.
    hold(&mut h, &clock, Key::ArrowLeft, 20);
    see_part(&h, "You are looking at phase 2");
    assert_eq!(session(&h).phase, 3);

    // Moving there is its own key, and asks first because the turn would end.
    press(&mut h, Key::M);
    see_part(&h, "Move to phase 2");
    press(&mut h, Key::Escape);
    assert_eq!(session(&h).phase, 3, "Esc: not moved");
    assert_eq!(stage(&h), Some((Side::A, Stage::Speaking)));
    press(&mut h, Key::M);
    press(&mut h, Key::Enter);
    assert_eq!(session(&h).phase, 1, "moved after the question");
    assert!(session(&h).dialogue.turn.is_none());
    // 25 s, and the 20 repeats of the held arrow, 33 ms apart.
    assert_eq!(session(&h).talk_ms(Side::A, now(&h)), 25 * SECOND + 20 * 33);
}

#[test]
fn a_timeout_stops_every_timer_on_the_key_press_and_ends_early_only_when_asked() {
    let (_dir, clock, mut h) = in_the_dialogue();
    press(&mut h, Key::Space);
    wait(&mut h, &clock, 40 * SECOND);
    see(&h, "1:20");

    // T: the timeout runs from the key press, while the therapist is still choosing.
    press(&mut h, Key::T);
    let started = session(&h)
        .timeout
        .clone()
        .expect("T starts a timeout at once");
    assert_eq!(started.started.at, now(&h));
    see(&h, "Who called it, and why?");
    wait(&mut h, &clock, 30 * SECOND);
    assert_eq!(
        session(&h).timer(now(&h)).unwrap().remaining,
        Some(80 * SECOND as i64),
        "the turn timer stopped on the key press, not when the choice was made"
    );
    press(&mut h, Key::Num2);
    let t = session(&h).timeout.clone().unwrap();
    assert_eq!(t.by, Caller::Partner(Side::B));
    assert_eq!(t.reason, TimeoutReason::Flooding);
    assert_eq!(t.length, 20 * MINUTE);
    see(&h, "Break — back at 14:20");

    // The break's countdown is the largest figure on screen; the turn waits, greyed.
    let break_figure = h.get_by_value("19:30").rect();
    let turn_figure = h.get_by_value("1:20").rect();
    assert!(
        break_figure.height() > 1.5 * turn_figure.height(),
        "break {break_figure:?} vs turn {turn_figure:?}"
    );
    see(&h, "Paused for the timeout");
    assert!(
        h.get_by_label("Next: paraphrase")
            .accesskit_node()
            .is_disabled(),
        "the paused turn's buttons are off"
    );

    // Who and why can be changed while it runs.
    click(&mut h, "Change who or why");
    press(&mut h, Key::Num1);
    assert_eq!(
        session(&h).timeout.as_ref().unwrap().by,
        Caller::Partner(Side::A)
    );

    // T during the break asks; Esc keeps it; Enter ends it.
    wait(&mut h, &clock, 5 * MINUTE);
    press(&mut h, Key::T);
    see(&h, "End Sophie's break 15 minutes early?");
    press(&mut h, Key::Escape);
    assert!(session(&h).timeout.is_some(), "Esc: the break goes on");
    press(&mut h, Key::T);
    press(&mut h, Key::Enter);
    assert!(session(&h).timeout.is_none());
    assert_eq!(
        session(&h).timer(now(&h)).unwrap().remaining,
        Some(80 * SECOND as i64),
        "the turn carries on where it stopped"
    );

    // A T pressed by mistake: Esc in the dialog, and there was no timeout after all.
    wait(&mut h, &clock, 10 * SECOND);
    press(&mut h, Key::T);
    assert!(session(&h).timeout.is_some());
    wait(&mut h, &clock, 2 * SECOND);
    press(&mut h, Key::Escape);
    assert!(session(&h).timeout.is_none());
    assert_eq!(
        session(&h).timer(now(&h)).unwrap().remaining,
        Some(68 * SECOND as i64),
        "the turn timer is as if the timeout had never been called"
    );
    assert_eq!(session(&h).timeouts.len(), 1, "one timeout in the record");
}

#[test]
fn a_format_switch_keeps_every_word_on_screen_and_in_the_pdf() {
    let (dir, clock, mut h) = in_the_dialogue();
    common::type_into(
        &mut h,
        egui::accesskit::Role::MultilineTextInput,
        "Data",
        "Emma named the Thursday pattern.",
    );
    wait(&mut h, &clock, 3 * SECOND);
    click(&mut h, "Note format");
    click(&mut h, "SOAP");
    assert_eq!(session(&h).notes.format, NoteFormat::Soap);
    see(&h, "Data (from an earlier format)");
    assert_eq!(
        session(&h).notes.section("Data"),
        "Emma named the Thursday pattern."
    );

    let flat = notes_pdf_text(&h, dir.path());
    assert!(
        flat.contains("Data (from an earlier format) Emma named the Thursday pattern."),
        "{flat}"
    );

    // Moved into a SOAP section, it is no longer apart.
    click(&mut h, "Move into Objective");
    assert_eq!(
        session(&h).notes.section("Objective"),
        "Emma named the Thursday pattern."
    );
    assert_eq!(session(&h).notes.section("Data"), "");
    dont_see(&h, "Data (from an earlier format)");
}

#[test]
fn leaving_a_running_turn_asks_and_home_tells_the_truth_and_ending_asks_from_every_place() {
    let (_dir, clock, mut h) = in_the_dialogue();
    press(&mut h, Key::Space);
    wait(&mut h, &clock, 10 * SECOND);
    click(&mut h, "Leave");
    see(&h, "Leave the session?");
    see_part(&h, "Sophie is speaking, 1:50 left.");
    press(&mut h, Key::Escape);
    assert!(h.state().practice().live().is_some(), "Esc: still here");
    click(&mut h, "Leave");
    click(&mut h, "Pause the timer and leave");
    assert!(h.state().practice().live().is_none());
    click(&mut h, "All couples");
    see(&h, "Sophie & Emma: session 1 is still open");
    dont_see(&h, "Groundwork closed before it ended");

    // Back, on to the closing phase, and its own End button asks too.
    click(&mut h, "Resume Sophie & Emma's session");
    assert!(session(&h).paused, "as it was left");
    for _ in 0..3 {
        move_on(&mut h);
    }
    assert_eq!(
        session(&h).current_phase().unwrap().title,
        "Closing",
        "the last phase"
    );
    click(&mut h, "End session");
    see(&h, "End the session?");
    assert!(!session(&h).is_ended(), "asked first");
    click(&mut h, "End the session now");
    assert!(session(&h).is_ended());

    // The summary opens at the top, its print actions in view.
    let print = h.get_by_label("Print the session notes (PDF)").rect();
    assert!(
        print.top() >= 0.0 && print.bottom() <= 800.0,
        "print button at {print:?}"
    );
}

/// The engine alone: an undone pause is as if never paused; hostile undo entries never panic.
#[test]
fn undo_in_the_engine_is_exact_and_bounded() {
    let clock = FakeClock::new(at(23, 14, 0));
    let sc = session::SessionClock::start(Arc::new(clock.clone()));
    let info = common_start();
    let (mut state, _) = session::begin(info, sc.now());
    let run = |state: &mut SessionState, c: Command| {
        session::apply(state, &c, sc.now()).unwrap();
    };
    run(&mut state, Command::GoToPhase(3));
    run(&mut state, Command::StartTurn { speaker: Side::A });
    clock.advance(10 * SECOND);
    run(&mut state, Command::Pause);
    clock.advance(20 * SECOND);
    run(&mut state, Command::Undo);
    clock.advance(5 * SECOND);
    assert!(!state.paused);
    assert_eq!(state.talk_ms(Side::A, sc.now().at), 35 * SECOND);
    // Garbage ranges in a damaged journal: ignored, never a panic.
    let mut log = state.log.clone();
    for (from, to) in [(0, 0), (5, 2), (usize::MAX, usize::MAX), (1, 10_000)] {
        log.push(groundwork::model::Entry::new(
            sc.now(),
            Event::Undone {
                from,
                to,
                what: String::new(),
            },
        ));
    }
    let rebuilt = SessionState::from_entries(&log).unwrap();
    assert_eq!(rebuilt.phase, 3, "a phase change is never undone");
}

fn common_start() -> groundwork::model::SessionStart {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 14, 0));
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let id = practice.create_couple("Sophie", "Emma").unwrap();
    practice
        .start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    match &practice.live().unwrap().state().log[0].event {
        Event::Started(info) => (**info).clone(),
        _ => unreachable!(),
    }
}

#[test]
fn redo_takes_back_an_undo_exactly_until_the_next_step() {
    let (_dir, clock, mut h) = in_the_dialogue();
    speak_then_paraphrase(&mut h, &clock);
    let before = session(&h).dialogue.turn.clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(stage(&h), Some((Side::A, Stage::Speaking)));
    wait(&mut h, &clock, 4 * SECOND);
    see_part(&h, "Redo: Emma's paraphrase started");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(stage(&h), Some((Side::A, Stage::Paraphrasing)));
    assert_eq!(
        session(&h).dialogue.turn,
        before,
        "the paraphrase stage is back as it was, its timer running since it began"
    );
    let t = now(&h);
    assert_eq!(session(&h).paraphrase_ms(Side::B, t), 24 * SECOND);
    assert_eq!(session(&h).talk_ms(Side::A, t), 30 * SECOND);
    assert!(
        journal(&h).iter().any(
            |e| matches!(e, Event::Redone { what, .. } if what == "Emma's paraphrase started")
        )
    );

    // Undo, then a new step: the undo is final, nothing to redo.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    wait(&mut h, &clock, SECOND);
    press(&mut h, Key::P);
    assert!(session(&h).redo_step().is_none());
    dont_see(&h, "Redo:");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(
        stage(&h),
        Some((Side::A, Stage::Speaking)),
        "Ctrl+Y after a new step changes nothing"
    );
}
