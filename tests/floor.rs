//! The floor, as the protocols teach it (issue 13, part 1), on the engine with a fake clock and
//! the shipped templates: PREP's speaker keeps the floor and passes it when ready; in State of
//! the Union the roles swap once the speaker is understood; in trust repair the hurt partner
//! holds the floor for the whole phase.

use std::sync::Arc;

use chrono::{FixedOffset, TimeZone};
use groundwork::model::{
    Couple, CoupleId, FloorPolicy, ListenerStep, NoteFormat, PhaseKind, SECOND, Side, Stage,
};
use groundwork::session::{self, Command, FakeClock, SessionClock, SessionState};
use groundwork::store::templates;

struct Run {
    clock: FakeClock,
    session: SessionClock,
    state: SessionState,
}

impl Run {
    /// A session of the shipped template `id`, moved to its speaker/listener phase.
    fn new(id: &str) -> Run {
        let wall = FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 1, 14, 0, 0)
            .unwrap();
        let clock = FakeClock::new(wall);
        let session = SessionClock::start(Arc::new(clock.clone()));
        let couple = Couple::new(CoupleId("c-1".into()), "Sophie", "Emma", wall.date_naive());
        let set = templates::load(None);
        let template = set.by_id(id).unwrap();
        let info = session::session_start(&couple, 1, template, NoteFormat::Dap, wall.date_naive());
        let dialogue = info
            .phases
            .iter()
            .position(|p| matches!(p.kind, PhaseKind::SpeakerListener { .. }))
            .unwrap();
        let (state, _) = session::begin(info, session.now());
        let mut run = Run {
            clock,
            session,
            state,
        };
        run.ok(Command::GoToPhase(dialogue));
        run
    }

    fn ok(&mut self, command: Command) {
        self.clock.advance(5 * SECOND);
        session::apply(&mut self.state, &command, self.session.now())
            .unwrap_or_else(|r| panic!("{command:?}: {r}"));
    }

    fn refused(&mut self, command: Command) -> String {
        self.clock.advance(5 * SECOND);
        session::apply(&mut self.state, &command, self.session.now())
            .expect_err("refused")
            .0
    }

    /// One piece: speak, paraphrase, and the speaker's "accurate" by the single key.
    fn piece(&mut self) {
        self.ok(Command::Advance); // speaking -> paraphrasing
        self.ok(Command::Advance); // -> confirming
        self.ok(Command::Advance); // accurate
    }

    fn floor(&self) -> Option<(Side, Stage)> {
        self.state
            .dialogue
            .turn
            .as_ref()
            .map(|t| (t.speaker, t.stage))
    }

    fn policy(&self) -> FloorPolicy {
        self.state.floor_policy(self.state.phase)
    }

    /// What the listener is doing now, if it is the listener's part of the turn.
    fn listener_step(&self) -> Option<ListenerStep> {
        let turn = self.state.dialogue.turn.as_ref()?;
        match turn.stage {
            Stage::Paraphrasing | Stage::Responding(_) => self.state.listener_step(turn),
            _ => None,
        }
    }

    /// Speak, then the listener's first step, and the speaker's confirmation stage.
    fn speak_and_be_paraphrased(&mut self) {
        self.ok(Command::Advance);
        self.ok(Command::Advance);
        assert_eq!(self.floor().map(|f| f.1), Some(Stage::Confirming));
    }
}

#[test]
fn prep_the_speaker_keeps_the_floor_until_they_pass_it() {
    let mut run = Run::new("speaker-listener");
    assert_eq!(run.policy(), FloorPolicy::SpeakerPasses);
    run.ok(Command::Advance);
    assert_eq!(run.floor(), Some((Side::A, Stage::Speaking)));
    for _ in 0..3 {
        run.piece();
        assert_eq!(
            run.floor(),
            Some((Side::A, Stage::Speaking)),
            "after \"accurate\" Sophie goes on with her next piece"
        );
    }
    assert_eq!(run.state.turns(Side::A), 3, "three pieces heard");
    run.ok(Command::PassFloor);
    assert_eq!(
        run.floor(),
        Some((Side::B, Stage::Speaking)),
        "only the pass moves the floor"
    );
}

#[test]
fn state_of_the_union_the_roles_swap_once_the_speaker_is_understood() {
    let mut run = Run::new("state-of-the-union");
    assert_eq!(run.policy(), FloorPolicy::SwapWhenUnderstood);
    run.ok(Command::Advance);
    assert_eq!(run.floor(), Some((Side::A, Stage::Speaking)));
    run.piece();
    run.ok(Command::Advance); // the listener's validation
    assert_eq!(run.floor(), Some((Side::B, Stage::Speaking)));
    run.piece();
    run.ok(Command::Advance);
    assert_eq!(run.floor(), Some((Side::A, Stage::Speaking)));
}

#[test]
fn trust_repair_the_hurt_partner_holds_the_floor_for_the_whole_phase() {
    let mut run = Run::new("trust-repair");
    assert_eq!(run.policy(), FloorPolicy::OneWay);
    // The therapist gives the floor to the hurt partner, Emma.
    run.ok(Command::StartTurn { speaker: Side::B });
    for _ in 0..3 {
        run.piece();
        assert_eq!(run.floor(), Some((Side::B, Stage::Speaking)));
    }
    let why = run.refused(Command::PassFloor);
    assert_eq!(
        why,
        "In this phase Emma holds the floor throughout and Sophie listens; the floor does not pass."
    );
    run.ok(Command::Advance);
    run.ok(Command::Advance);
    assert!(
        run.refused(Command::Accurate)
            .contains("the floor does not pass")
    );
    run.ok(Command::AccurateEnd);
    assert_eq!(run.floor(), None);
    assert!(
        run.refused(Command::StartTurn { speaker: Side::A })
            .starts_with("In this phase Emma holds the floor throughout")
    );
    run.ok(Command::Advance);
    assert_eq!(
        run.floor(),
        Some((Side::B, Stage::Speaking)),
        "the single key gives the floor back to Emma, never to Sophie"
    );
    assert_eq!(run.state.turns(Side::A), 0);
    assert_eq!(run.state.talk_ms(Side::A, run.session.now().at), 0);
}

#[test]
fn imago_the_receiver_mirrors_each_piece_then_sums_up_validates_and_empathises() {
    let mut run = Run::new("imago-dialogue");
    assert_eq!(run.policy(), FloorPolicy::SwapWhenUnderstood);
    run.ok(Command::Advance);
    run.ok(Command::Advance);
    assert_eq!(run.listener_step(), Some(ListenerStep::Mirror));
    run.ok(Command::Advance);
    // "Did I get it? Is there more?" — there is more: the sender goes on.
    run.ok(Command::AccurateSpeakAgain);
    assert_eq!(run.floor(), Some((Side::A, Stage::Speaking)));
    run.speak_and_be_paraphrased();
    // No more: the receiver's closing steps, in the protocol's order.
    let mut seen = Vec::new();
    run.ok(Command::Advance);
    while let Some(step) = run.listener_step() {
        assert_eq!(
            run.floor().unwrap().0,
            Side::A,
            "Sophie is still the sender"
        );
        seen.push(step);
        run.ok(Command::Advance);
    }
    assert_eq!(
        seen,
        [
            ListenerStep::Summary,
            ListenerStep::Validation,
            ListenerStep::Empathy
        ]
    );
    assert_eq!(
        run.floor(),
        Some((Side::B, Stage::Speaking)),
        "then the roles swap"
    );
}

#[test]
fn state_of_the_union_the_listener_sums_up_and_validates_before_the_roles_swap() {
    let mut run = Run::new("state-of-the-union");
    run.ok(Command::Advance);
    run.ok(Command::Advance);
    assert_eq!(run.listener_step(), Some(ListenerStep::Summary));
    run.ok(Command::Advance);
    run.ok(Command::Advance);
    assert_eq!(run.listener_step(), Some(ListenerStep::Validation));
    assert_eq!(run.floor().unwrap().0, Side::A);
    run.ok(Command::Advance);
    assert_eq!(run.floor(), Some((Side::B, Stage::Speaking)));
}

#[test]
fn trust_repair_once_heard_the_partner_who_broke_trust_validates_and_the_floor_stays() {
    let mut run = Run::new("trust-repair");
    run.ok(Command::StartTurn { speaker: Side::B });
    run.speak_and_be_paraphrased();
    // F: Emma has been heard; Sophie validates and imagines her feelings.
    run.ok(Command::PassFloor);
    assert_eq!(run.listener_step(), Some(ListenerStep::Validation));
    run.ok(Command::Advance);
    assert_eq!(run.listener_step(), Some(ListenerStep::Empathy));
    run.ok(Command::Advance);
    assert_eq!(run.floor(), None, "the turn is done");
    run.ok(Command::Advance);
    assert_eq!(
        run.floor(),
        Some((Side::B, Stage::Speaking)),
        "Emma still holds the floor"
    );
    assert_eq!(run.state.turns(Side::A), 0);
}
