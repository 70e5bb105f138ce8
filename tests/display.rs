//! The couple display: what the couple reads, for each state of a real session (the engine,
//! a shipped template and a fake clock), through egui_kittest queries on the display view; and
//! opening and closing it from the console never touches the session's journal.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use groundwork::model::*;
use groundwork::practice::Practice;
use groundwork::session::*;
use groundwork::store::templates;
use groundwork::ui::GroundworkApp;
use groundwork::ui::display::{COUNTDOWN_SHARE, CUE_STEPS, Content, DisplayView};

const W: f32 = 1280.0;
const H: f32 = 720.0;

fn wall() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 14, 15, 0)
        .unwrap()
}

/// A session of the shipped speaker–listener protocol for Emma and Sophie, on a fake clock.
struct Rig {
    clock: FakeClock,
    session: SessionClock,
    state: SessionState,
}

impl Rig {
    fn new() -> Rig {
        let clock = FakeClock::new(wall());
        let session = SessionClock::start(Arc::new(clock.clone()));
        let couple = Couple::new(
            CoupleId("c-display".into()),
            "Emma",
            "Sophie",
            NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
        );
        let set = templates::load(None);
        let template = set.by_id("speaker-listener").expect("shipped template");
        let info = session_start(&couple, 1, template, NoteFormat::Dap, wall().date_naive());
        let (state, _) = begin(info, session.now());
        Rig {
            clock,
            session,
            state,
        }
    }

    fn run(&mut self, command: Command) {
        apply(&mut self.state, &command, self.session.now()).unwrap();
    }

    fn wait(&mut self, ms: Ms) {
        self.clock.advance(ms);
    }

    fn now(&self) -> Ms {
        self.session.now().at
    }

    fn enter_dialogue(&mut self) {
        let index = self
            .state
            .info
            .phases
            .iter()
            .position(|p| matches!(p.kind, PhaseKind::SpeakerListener { .. }))
            .unwrap();
        self.run(Command::GoToPhase(index));
    }

    /// Private notes, the kind the couple must never see.
    fn write_notes(&mut self) {
        self.run(Command::QuickNote("PRIVATE quick note about Emma".into()));
        let format = self.state.notes.format;
        let section = format.sections()[0].to_string();
        self.run(Command::SetNote {
            section,
            text: "PRIVATE assessment: escalation risk".into(),
        });
    }

    /// The display as the couple sees it, `theme` and all, at 1280×720.
    fn show(&self, theme: Theme) -> Harness<'static> {
        let state = self.state.clone();
        let now = self.now();
        let view = DisplayView {
            theme,
            rules: true,
            lang: groundwork::model::Lang::En,
        };
        let mut h = Harness::builder().with_size([W, H]).build_ui(move |ui| {
            view.ui(ui, Some(&state), now);
        });
        h.run();
        h
    }
}

#[track_caller]
fn see(h: &Harness<'_>, text: &str) {
    // A countdown's figure is its value; its name is the time in words.
    assert!(
        h.query_by_label(text).is_some() || h.query_by_value(text).is_some(),
        "expected {text:?} on the couple display"
    );
}

#[track_caller]
fn never_notes(h: &Harness<'_>) {
    assert!(
        h.query_by_label_contains("PRIVATE").is_none(),
        "the therapist's notes must never reach the couple display"
    );
}

#[test]
fn speaking_shows_who_has_the_floor_and_a_countdown_a_quarter_of_the_height() {
    let mut rig = Rig::new();
    rig.write_notes();
    rig.enter_dialogue();
    rig.run(Command::StartTurn { speaker: Side::A });
    rig.wait(30 * SECOND);
    for theme in [Theme::Dark, Theme::Light] {
        let h = rig.show(theme);
        see(&h, "Emma is speaking");
        let countdown = h.get_by_value("1:30");
        // The glyphs of the digits, not just the line: about 0.7 of the font size.
        let digits = countdown.rect().height() / 1.2 * 0.7;
        assert!(
            digits >= H / 4.0 - 1.0,
            "the countdown's digits are {digits} px tall in a {H} px window"
        );
        assert!(DisplayView::countdown_size(egui::vec2(W, H), 4) >= H * COUNTDOWN_SHARE - 0.1);
        // The talk time balance, by name.
        assert!(h.query_by_label_contains("Emma  0:30").is_some());
        assert!(h.query_by_label_contains("Sophie").is_some());
        never_notes(&h);
    }
}

#[test]
fn paraphrase_and_confirm_name_the_right_partner() {
    let mut rig = Rig::new();
    rig.write_notes();
    rig.enter_dialogue();
    rig.run(Command::StartTurn { speaker: Side::A });
    rig.wait(40 * SECOND);
    rig.run(Command::NextStage);
    rig.wait(10 * SECOND);
    let h = rig.show(Theme::Dark);
    see(&h, "Sophie, your turn to paraphrase");
    never_notes(&h);

    rig.run(Command::NextStage);
    let h = rig.show(Theme::Dark);
    see(&h, "Emma: was that accurate?");
    never_notes(&h);

    // Accurate: the floor passes to Sophie.
    rig.run(Command::Accurate);
    let h = rig.show(Theme::Dark);
    see(&h, "Sophie is speaking");
}

#[test]
fn overtime_counts_up_gently_and_the_cue_plays_for_two_seconds_only() {
    let mut rig = Rig::new();
    rig.enter_dialogue();
    rig.run(Command::StartTurn { speaker: Side::B });
    let limit = rig.state.timer(rig.now()).unwrap().limit.unwrap();
    rig.wait(limit - 500);
    assert_eq!(Content::new(Some(&rig.state), rig.now()).cue, None);
    rig.wait(1_000);
    let c = Content::new(Some(&rig.state), rig.now());
    assert!(
        c.cue.is_some(),
        "the cue plays as the countdown crosses zero"
    );
    assert!(c.repaint_after().is_some(), "and only then asks for frames");
    rig.wait(15 * SECOND);
    let c = Content::new(Some(&rig.state), rig.now());
    assert_eq!(c.cue, None, "two seconds later it is over");
    assert_eq!(c.repaint_after(), None);
    let h = rig.show(Theme::Dark);
    see(&h, "Sophie is speaking");
    see(&h, "+0:15");
    see(&h, "Over time — finish your thought");

    // Paused: the time holds, and says so.
    rig.run(Command::Pause);
    rig.wait(60 * SECOND);
    let h = rig.show(Theme::Light);
    see(&h, "+0:15");
    see(&h, "Paused");
    assert_eq!(
        Content::new(Some(&rig.state), rig.now() + 1_000).cue,
        None,
        "no cue while paused"
    );
}

/// The end-of-stage cue asks for a fixed handful of frames, whatever the frame rate could be:
/// drawn only when it asks, it swells and fades in [`CUE_STEPS`] frames and then asks for none.
#[test]
fn the_end_of_stage_cue_swells_in_a_fixed_number_of_frames() {
    let mut rig = Rig::new();
    rig.enter_dialogue();
    rig.run(Command::StartTurn { speaker: Side::A });
    let limit = rig.state.timer(rig.now()).unwrap().limit.unwrap();
    // The frame of the second the countdown reaches zero.
    rig.wait(limit);
    let mut glows = Vec::new();
    loop {
        let c = Content::new(Some(&rig.state), rig.now());
        let Some(after) = c.repaint_after() else {
            break;
        };
        glows.push(c.cue_glow());
        assert!(glows.len() <= CUE_STEPS as usize + 1, "{glows:?}");
        rig.wait(after.as_millis() as u64);
    }
    assert!(
        glows.len() >= CUE_STEPS as usize - 1,
        "the swell is seen step by step: {glows:?}"
    );
    let brightest = glows.iter().copied().fold(0.0_f32, f32::max);
    assert!(brightest > 0.9, "it swells: {glows:?}");
    assert!(glows[0] < 0.5 && *glows.last().unwrap() < 0.5, "{glows:?}");
    assert!(
        glows.windows(2).all(|w| w[0] != w[1]),
        "no frame repeats the one before: {glows:?}"
    );
}

#[test]
fn a_timeout_shows_when_they_are_back_and_a_calming_line() {
    let mut rig = Rig::new();
    rig.write_notes();
    rig.enter_dialogue();
    rig.run(Command::StartTurn { speaker: Side::A });
    rig.wait(20 * SECOND);
    rig.run(Command::CallTimeout {
        by: Caller::Partner(Side::B),
        reason: TimeoutReason::Flooding,
        length_ms: Some(20 * 60 * SECOND as i64),
    });
    rig.wait(60 * SECOND);
    let h = rig.show(Theme::Dark);
    // Called at 14:15:20 for 20 minutes.
    see(&h, "Break — back at 14:35");
    see(&h, "19:00");
    assert!(h.query_by_label_contains("Breathe").is_some());
    assert!(
        h.query_by_label_contains("Go to separate places and soothe, don't rehearse")
            .is_some(),
        "a flooded timeout says how to spend it"
    );
    assert!(
        h.query_by_label("Emma is speaking").is_none(),
        "the turn waits behind the break"
    );
    never_notes(&h);
    // At the agreed time: back together, even if still upset.
    rig.wait(20 * 60 * SECOND);
    let h = rig.show(Theme::Dark);
    assert!(
        h.query_by_label_contains("even if you are still upset: say so, and ask for more time")
            .is_some()
    );
}

#[test]
fn between_turns_and_phases_the_phase_is_named() {
    let mut rig = Rig::new();
    rig.write_notes();
    let h = rig.show(Theme::Dark);
    see(&h, "Check-in and homework review");
    see(&h, "Emma & Sophie");
    never_notes(&h);

    rig.run(Command::NextPhase);
    rig.run(Command::AgreeAllRules { side: Side::A });
    rig.run(Command::AgreeAllRules { side: Side::B });
    let h = rig.show(Theme::Light);
    see(&h, "Ground rules");
    let first_rule = rig.state.rules[0].text.clone();
    see(&h, &first_rule);

    // A guided phase: the step's title, never its prompt (the therapist reads that aloud).
    rig.run(Command::NextPhase);
    let h = rig.show(Theme::Dark);
    let step = match &rig.state.current_phase().unwrap().kind {
        PhaseKind::GuidedSteps { steps } => steps[0].clone(),
        other => panic!("expected guided steps, found {other:?}"),
    };
    see(&h, &step.title);
    assert!(h.query_by_label_contains(&step.prompt).is_none());
    never_notes(&h);

    rig.enter_dialogue();
    let h = rig.show(Theme::Dark);
    see(&h, "Speaker / listener");
    see(&h, "Emma has the floor next");
    never_notes(&h);

    // Without a session, and after one: nothing from it.
    let c = Content::new(None, 0);
    assert_eq!(c.headline, "Welcome");
    rig.run(Command::End);
    let c = Content::new(Some(&rig.state), rig.now());
    assert_eq!(c.headline, "Thank you both");
    assert!(c.countdown.is_none());
}

// ---------------------------------------------------------------------------------------------
// Through the app: the display's key and button leave the session alone.

fn app(dir: &Path, clock: &FakeClock) -> Harness<'static, GroundworkApp> {
    let practice = Practice::open(dir, Arc::new(clock.clone())).unwrap();
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            GroundworkApp::new(cc, practice).with_computer_language(groundwork::model::Lang::En)
        });
    h.run();
    h
}

fn press(h: &mut Harness<'_, GroundworkApp>, key: Key) {
    h.key_press(key);
    h.run();
}

#[test]
fn opening_and_closing_the_display_leaves_the_journal_byte_for_byte_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(wall());
    // One Groundwork at a time on a practice: the app is closed before the couple is added.
    drop(app(dir.path(), &clock));
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let id = practice.create_couple("Emma", "Sophie").unwrap();
    drop(practice);
    let mut h = app(dir.path(), &clock);
    h.state_mut().apply(groundwork::ui::Action::StartSession {
        couple: id,
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();
    for _ in 0..3 {
        // Look at the next phase, then move the session there.
        press(&mut h, Key::ArrowRight);
        press(&mut h, Key::M);
    }
    press(&mut h, Key::Space);
    clock.advance(10 * SECOND);
    h.run();
    let journal = h.state().practice().live().unwrap().path().to_owned();
    let before = std::fs::read(&journal).unwrap();

    assert!(!h.state().display_open());
    press(&mut h, Key::D);
    assert!(h.state().display_open(), "D opens the couple display");
    clock.advance(SECOND);
    h.run();
    assert!(h.state().display_frames() > 0, "the display was drawn");
    press(&mut h, Key::D);
    assert!(!h.state().display_open(), "D closes it");
    h.get_by_label("Couple display").click();
    h.run();
    assert!(h.state().display_open(), "the button opens it");
    // (The display's embedded window may cover the console's top bar in this harness.)
    h.get_by_label("Close couple display");
    press(&mut h, Key::D);
    assert!(!h.state().display_open());

    assert_eq!(
        std::fs::read(&journal).unwrap(),
        before,
        "the journal is byte for byte the same"
    );
    assert_eq!(
        h.state()
            .practice()
            .live()
            .unwrap()
            .state()
            .dialogue
            .turn
            .as_ref()
            .map(|t| t.stage),
        Some(Stage::Speaking),
        "the turn carries on"
    );
}

#[test]
fn the_display_has_its_own_theme_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(wall());
    let mut h = app(dir.path(), &clock);
    assert_eq!(
        h.state().practice().settings().display_theme,
        Theme::Dark,
        "a dark display by default, whatever the console's theme"
    );
    h.state_mut().apply(groundwork::ui::Action::OpenSettings);
    h.run();
    h.get_by_label("Bright room").click();
    h.run();
    h.get_by_label("Save settings").click();
    h.run();
    let settings = h.state().practice().settings();
    assert_eq!(settings.display_theme, Theme::Light);
    assert_eq!(
        settings.theme,
        Theme::System,
        "the console's theme is its own (following the computer's)"
    );
    // A settings file from before the display keeps its defaults.
    let old: Settings = ron::from_str("(theme: Dark)").unwrap();
    assert_eq!(old.display_theme, Theme::Dark);
    assert!(old.display_rules);
}

/// The app in a session of a new couple, where D opens the couple display.
fn in_session(dir: &Path, clock: &FakeClock) -> Harness<'static, GroundworkApp> {
    let mut practice = Practice::open(dir, Arc::new(clock.clone())).unwrap();
    let couple = practice.create_couple("Emma", "Sophie").unwrap();
    drop(practice);
    let mut h = app(dir, clock);
    h.state_mut().apply(groundwork::ui::Action::StartSession {
        couple,
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();
    h
}

#[test]
fn the_display_opens_where_it_was_last_time_and_a_garbled_place_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(wall());
    let settings = dir.path().join("settings.ron");
    // The first time the display closes, its place is kept in the data folder's settings.
    let mut h = in_session(dir.path(), &clock);
    press(&mut h, Key::D);
    assert!(h.state().display_open());
    press(&mut h, Key::D);
    assert!(!h.state().display_open());
    let saved = std::fs::read_to_string(&settings).unwrap();
    assert!(saved.contains("display_window: Some("), "{saved}");
    drop(h);

    // Where the display was when the therapist last closed it, on the TV to the right.
    std::fs::write(
        &settings,
        "(schema: 1, display_window: Some((pos: Some((1920.0, 0.0)), size: (1920.0, 1080.0), fullscreen: true)))",
    )
    .unwrap();
    let tv = DisplayWindow {
        pos: Some([1920.0, 0.0]),
        size: [1920.0, 1080.0],
        fullscreen: true,
    };
    let h = app(dir.path(), &clock);
    assert_eq!(
        h.state().display_place(),
        tv,
        "still on the TV after a restart"
    );
    drop(h);

    // A place no window can have (a hand edit, a screen that reported nonsense): the default.
    std::fs::write(
        &settings,
        "(schema: 1, display_window: Some((pos: Some((NaN, 0.0)), size: (inf, 1080.0), fullscreen: false)))",
    )
    .unwrap();
    let h = app(dir.path(), &clock);
    assert_eq!(h.state().display_place(), DisplayWindow::default());
}
