//! The floor, as the protocols teach it (issue 13, part 1), on the engine with a fake clock and
//! the shipped templates: PREP's speaker keeps the floor and passes it when ready; in State of
//! the Union the roles swap once the speaker is understood; in trust repair the hurt partner
//! holds the floor for the whole phase.

use std::sync::Arc;

use chrono::{FixedOffset, TimeZone};
use groundwork::model::{
    Couple, CoupleId, FloorPolicy, NoteFormat, PhaseKind, SECOND, Side, Stage,
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
    assert_eq!(run.floor(), Some((Side::B, Stage::Speaking)));
    run.piece();
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
