//! The optional end-of-stage chime: when it is due (once per stage that runs over, exactly when
//! the ring's glow starts, never paused, in a timeout, or with the setting off), counted through
//! a fake player, at the tracker level on the engine and through the real app with kittest.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use groundwork::chime::{ChimeCue, ChimePlayer};
use groundwork::model::*;
use groundwork::practice::Practice;
use groundwork::session::*;
use groundwork::store::templates;
use groundwork::ui::display::{CUE_MS, Content};
use groundwork::ui::{Action, GroundworkApp};

fn wall() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 14, 15, 0)
        .unwrap()
}

/// A speaker–listener session on a fake clock, with the tracker watching it frame by frame.
struct Rig {
    clock: FakeClock,
    session: SessionClock,
    state: SessionState,
    cue: ChimeCue,
}

impl Rig {
    fn new() -> Rig {
        let mut rig = Rig::on("speaker-listener");
        let index = rig
            .state
            .info
            .phases
            .iter()
            .position(|p| matches!(p.kind, PhaseKind::SpeakerListener { .. }))
            .unwrap();
        rig.run(Command::GoToPhase(index));
        rig
    }

    /// A session of a shipped protocol, at its first phase.
    fn on(template: &str) -> Rig {
        Rig::at(template, wall())
    }

    fn at(template: &str, start: DateTime<FixedOffset>) -> Rig {
        let clock = FakeClock::new(start);
        let session = SessionClock::start(Arc::new(clock.clone()));
        let couple = Couple::new(
            CoupleId("c-chime".into()),
            "Emma",
            "Sophie",
            NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
        );
        let set = templates::load(None);
        let template = set.by_id(template).expect("shipped template");
        let info = session_start(&couple, 1, template, NoteFormat::Dap, start.date_naive());
        let (state, _) = begin(info, session.now());
        Rig {
            clock,
            session,
            state,
            cue: ChimeCue::default(),
        }
    }

    fn run(&mut self, command: Command) {
        apply(&mut self.state, &command, self.session.now()).unwrap();
    }

    fn now(&self) -> Ms {
        self.session.now().at
    }

    /// Time passes in frames of `frame` ms; how many chimes were due.
    fn frames(&mut self, total: Ms, frame: Ms) -> usize {
        let mut due = 0;
        let mut gone = 0;
        while gone < total {
            self.clock.advance(frame);
            gone += frame;
            if self.cue.update(Some(&self.state), self.now()) {
                // Exactly when the ring starts to glow.
                let glow = Content::new(Some(&self.state), self.now()).cue;
                assert!(glow.is_some(), "a chime without the visible cue");
                due += 1;
            }
        }
        due
    }

    fn left(&self) -> Ms {
        self.state.timer(self.now()).unwrap().remaining.unwrap() as Ms
    }
}

#[test]
fn a_stage_that_runs_over_chimes_once_and_the_next_one_again() {
    let mut rig = Rig::new();
    rig.run(Command::StartTurn { speaker: Side::A });
    let left = rig.left();
    assert!(left > 10_000);
    assert_eq!(rig.frames(left - 300, 250), 0, "not before the time is up");
    assert_eq!(
        rig.frames(600, 100),
        1,
        "once, as the countdown crosses zero"
    );
    assert_eq!(
        rig.frames(15 * CUE_MS as Ms, 250),
        0,
        "not again on later frames, during the glow or after"
    );

    // The paraphrase runs over too: its own chime.
    rig.run(Command::NextStage);
    let left = rig.left();
    assert_eq!(rig.frames(left + 5_000, 1_000), 1, "the paraphrase's end");
    assert_eq!(rig.frames(10_000, 1_000), 0);

    // A second turn's speaking stage: again.
    rig.run(Command::EndTurn);
    rig.run(Command::StartTurn { speaker: Side::B });
    let left = rig.left();
    assert_eq!(rig.frames(left + 3_000, 500), 1, "the next turn's end");
}

#[test]
fn more_time_that_runs_out_again_chimes_again() {
    let mut rig = Rig::new();
    rig.run(Command::StartTurn { speaker: Side::A });
    let left = rig.left();
    assert_eq!(rig.frames(left + 1_000, 1_000), 1);
    rig.run(Command::Extend { ms: 30_000 });
    assert_eq!(rig.frames(20_000, 1_000), 0, "the extra time is not up yet");
    assert_eq!(rig.frames(15_000, 1_000), 1, "the extra time is up");
}

#[test]
fn no_chime_while_paused_or_in_a_timeout() {
    // Paused just before the end, the countdown stands still: no chime while paused, one when
    // it runs on and crosses zero.
    let mut rig = Rig::new();
    rig.run(Command::StartTurn { speaker: Side::A });
    let left = rig.left();
    assert_eq!(rig.frames(left - 500, 500), 0);
    rig.run(Command::Pause);
    assert_eq!(rig.frames(60_000, 500), 0, "never while paused");
    rig.run(Command::Resume);
    assert_eq!(rig.frames(2_000, 250), 1, "once running again");

    // Running over, paused at once and resumed later, past the cue: no late chime, and none
    // twice.
    let mut rig = Rig::new();
    rig.run(Command::StartTurn { speaker: Side::A });
    let left = rig.left();
    rig.clock.advance(left + 100);
    rig.run(Command::Pause);
    assert!(!rig.cue.update(Some(&rig.state), rig.now()), "paused");
    assert_eq!(rig.frames(10_000, 500), 0);

    // A timeout called as the time runs out: nothing during the break.
    let mut rig = Rig::new();
    rig.run(Command::StartTurn { speaker: Side::A });
    let left = rig.left();
    assert_eq!(rig.frames(left - 1_000, 1_000), 0);
    rig.run(Command::CallTimeout {
        by: Caller::Therapist,
        reason: TimeoutReason::Break,
        length_ms: Some(5 * 60_000),
    });
    assert_eq!(rig.frames(4 * 60_000, 1_000), 0, "never in a timeout");
}

#[test]
fn a_timed_step_chimes_once_even_when_revisited_and_again_in_the_next_session() {
    let mut rig = Rig::on("aftermath-of-a-fight");
    let index = rig
        .state
        .info
        .phases
        .iter()
        .position(|p| matches!(p.kind, PhaseKind::GuidedSteps { .. }))
        .unwrap();
    rig.run(Command::GoToPhase(index));
    let left = rig.left();
    assert_eq!(left, 8 * 60_000, "the first step's 8 minutes");
    assert_eq!(rig.frames(left + 500, 1_000), 1, "the step's time is up");
    // Moving on (the next step runs over too) and back to the first, whose countdown stopped
    // within its glow: the same step end, no second chime.
    rig.run(Command::NextStep);
    let left = rig.left();
    assert_eq!(rig.frames(left + 500, 500), 1, "the next step's time is up");
    rig.run(Command::PreviousStep);
    assert_eq!(rig.frames(1_000, 250), 0, "the step already chimed");

    // The same tracker watching the next session, an hour later: its stage ends are new.
    let mut next = Rig::at("aftermath-of-a-fight", wall() + chrono::Duration::hours(1));
    next.cue = std::mem::take(&mut rig.cue);
    next.run(Command::GoToPhase(index));
    let left = next.left();
    assert_eq!(next.frames(left + 500, 1_000), 1, "the next session's step");
}

#[test]
fn no_session_no_chime() {
    let mut cue = ChimeCue::default();
    assert!(!cue.update(None, 0));
}

// ---------------------------------------------------------------------------------------------
// Through the app, with a player that counts.

#[derive(Clone, Default)]
struct Counter(Arc<AtomicUsize>);

impl ChimePlayer for Counter {
    fn play(&self, wav: Arc<[u8]>) {
        assert_eq!(&wav[..4], b"RIFF");
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// The app on a practice with Emma and Sophie, and their couple's id.
fn app(
    dir: &Path,
    clock: &FakeClock,
    plays: &Counter,
) -> (Harness<'static, GroundworkApp>, CoupleId) {
    let mut practice = Practice::open(dir, Arc::new(clock.clone())).unwrap();
    let id = practice.create_couple("Emma", "Sophie").unwrap();
    let player = plays.clone();
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            GroundworkApp::new(cc, practice)
                .with_computer_language(groundwork::model::Lang::En)
                .with_chime_player(player)
        });
    h.run();
    (h, id)
}

/// A turn in the app's session that runs 3 s over, a frame every quarter second.
fn run_over(h: &mut Harness<'_, GroundworkApp>, clock: &FakeClock, speaker: Side) {
    h.state_mut()
        .apply(Action::Session(Command::StartTurn { speaker }));
    h.run();
    let live = h.state().practice().live().unwrap();
    let left = live
        .state()
        .timer(live.now().at)
        .unwrap()
        .remaining
        .unwrap() as u64;
    for _ in 0..(left + 3_000) / 250 {
        clock.advance(250);
        h.run();
    }
}

fn start(h: &mut Harness<'_, GroundworkApp>, id: CoupleId) {
    h.state_mut().apply(Action::StartSession {
        couple: id,
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();
    let phase = h
        .state()
        .practice()
        .live()
        .unwrap()
        .state()
        .info
        .phases
        .iter()
        .position(|p| matches!(p.kind, PhaseKind::SpeakerListener { .. }))
        .unwrap();
    h.state_mut()
        .apply(Action::Session(Command::GoToPhase(phase)));
    h.run();
}

#[test]
fn the_app_is_silent_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(wall());
    let plays = Counter::default();
    let (mut h, id) = app(dir.path(), &clock, &plays);
    assert!(!h.state().practice().settings().chime, "off by default");
    start(&mut h, id);
    run_over(&mut h, &clock, Side::A);
    assert_eq!(
        plays.0.load(Ordering::SeqCst),
        0,
        "nothing beeps by default"
    );
}

#[test]
fn with_the_setting_on_the_app_chimes_once_per_stage_end() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(wall());
    let plays = Counter::default();
    let (mut h, id) = app(dir.path(), &clock, &plays);
    h.state_mut().apply(Action::OpenSettings);
    h.run();
    h.get_by_label("Soft chime when a stage's time is up")
        .click();
    h.run();
    h.get_by_label("Save settings").click();
    h.run();
    assert!(h.state().practice().settings().chime, "saved");

    start(&mut h, id);
    run_over(&mut h, &clock, Side::A);
    assert_eq!(
        plays.0.load(Ordering::SeqCst),
        1,
        "once for the speaking stage"
    );
    for _ in 0..20 {
        clock.advance(500);
        h.run();
    }
    assert_eq!(
        plays.0.load(Ordering::SeqCst),
        1,
        "not again on later frames"
    );

    // Paused before the next turn's end: silent until it runs on.
    h.state_mut().apply(Action::Session(Command::EndTurn));
    h.state_mut()
        .apply(Action::Session(Command::StartTurn { speaker: Side::B }));
    h.state_mut().apply(Action::Session(Command::Pause));
    h.run();
    for _ in 0..400 {
        clock.advance(1_000);
        h.run();
    }
    assert_eq!(plays.0.load(Ordering::SeqCst), 1, "never while paused");
    h.state_mut().apply(Action::Session(Command::Resume));
    h.run();
    let live = h.state().practice().live().unwrap();
    let left = live
        .state()
        .timer(live.now().at)
        .unwrap()
        .remaining
        .unwrap() as u64;
    for _ in 0..(left + 2_000) / 500 {
        clock.advance(500);
        h.run();
    }
    assert_eq!(plays.0.load(Ordering::SeqCst), 2, "the next stage's end");

    // A settings file from before the chime keeps it off.
    let old: Settings = ron::from_str("(theme: Dark)").unwrap();
    assert!(!old.chime);
}
