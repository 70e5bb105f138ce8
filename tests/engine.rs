//! The session engine, driven by a fake clock.

use std::sync::Arc;

use chrono::{FixedOffset, NaiveDate, TimeZone, Weekday};
use groundwork::model::*;
use groundwork::session::*;

const SPEAK: Ms = 120 * SECOND;
const PARAPHRASE: Ms = 60 * SECOND;

fn template() -> Template {
    let min = |m| Minutes::new(m).unwrap();
    let secs = |s| StageSeconds::new(s).unwrap();
    Template {
        schema: SCHEMA_VERSION,
        id: "test".into(),
        name: "Test protocol".into(),
        summary: String::new(),
        source: String::new(),
        phases: vec![
            PhasePlan {
                title: "Check-in".into(),
                minutes: min(5),
                kind: PhaseKind::CheckIn,
            },
            PhasePlan {
                title: "Ground rules".into(),
                minutes: min(5),
                kind: PhaseKind::GroundRules,
            },
            PhasePlan {
                title: "Dialogue".into(),
                minutes: min(30),
                kind: PhaseKind::SpeakerListener {
                    speak_seconds: secs(120),
                    paraphrase_seconds: secs(60),
                    // These tests follow the floor as it swaps; the other policies have
                    // their own tests below.
                    floor: FloorPolicy::SwapWhenUnderstood,
                    listener: vec![ListenerStep::Paraphrase],
                },
            },
            PhasePlan {
                title: "Appreciations".into(),
                minutes: min(10),
                kind: PhaseKind::GuidedSteps {
                    steps: vec![
                        Step {
                            title: "Five things".into(),
                            prompt: "…".into(),
                            minutes: Some(min(3)),
                        },
                        Step {
                            title: "Untimed".into(),
                            prompt: "…".into(),
                            minutes: None,
                        },
                    ],
                },
            },
            PhasePlan {
                title: "Homework".into(),
                minutes: min(10),
                kind: PhaseKind::Homework,
            },
            PhasePlan {
                title: "Closing".into(),
                minutes: min(5),
                kind: PhaseKind::Closing,
            },
        ],
        ground_rules: vec![
            "No yelling".into(),
            "No interrupting".into(),
            "Phones away".into(),
        ],
        session_only: vec!["Phones away".into()],
        timeouts: TimeoutDefaults::default(),
        suggestions: vec![],
        cards: vec![],
        other_rules: None,
        screen_first: false,
        individual: false,
        translations: Default::default(),
    }
}

/// The journal of session 2 in these tests.
const S2: &str = "0002-2026-11-22.journal";

fn couple() -> Couple {
    let mut c = Couple::new(
        CoupleId("c-test".into()),
        "Sophie",
        "Emma",
        NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
    );
    c.agreements.push(Agreement {
        id: 1,
        made_in_session: 1,
        terms: terms("I will share my work schedule every morning"),
        reviews: vec![],
        retired: false,
        made_on: None,
    });
    c
}

fn terms(behaviour: &str) -> AgreementTerms {
    AgreementTerms {
        who: Owner::Both,
        behaviour: behaviour.into(),
        when: Frequency::Daily,
        anchor: "after breakfast".into(),
        evidence: "a message in the shared calendar".into(),
        review_on: None,
    }
}

/// A session on a fake clock, with the phase index of the dialogue already entered.
struct Rig {
    clock: FakeClock,
    session: SessionClock,
    state: SessionState,
    journal: Vec<Entry>,
}

impl Rig {
    fn new() -> Rig {
        let wall = FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 22, 14, 0, 0)
            .unwrap();
        let clock = FakeClock::new(wall);
        let session = SessionClock::start(Arc::new(clock.clone()));
        let info = session_start(
            &couple(),
            2,
            &template(),
            NoteFormat::Dap,
            wall.date_naive(),
        );
        let (state, journal) = begin(info, session.now());
        Rig {
            clock,
            session,
            state,
            journal,
        }
    }

    fn in_dialogue() -> Rig {
        let mut rig = Rig::new();
        rig.ok(Command::GoToPhase(2));
        rig
    }

    fn now(&self) -> Stamp {
        self.session.now()
    }

    fn at(&self) -> Ms {
        self.now().at
    }

    fn wait(&mut self, ms: Ms) {
        self.clock.advance(ms);
        let due = tick(&mut self.state, self.session.now());
        self.journal.extend(due);
    }

    fn ok(&mut self, command: Command) -> Vec<Entry> {
        let now = self.now();
        let entries = apply(&mut self.state, &command, now)
            .unwrap_or_else(|r| panic!("{command:?} was refused: {r}"));
        self.journal.extend(entries.clone());
        entries
    }

    fn refused(&mut self, command: Command) -> String {
        let before = self.state.clone();
        let now = self.now();
        let why = apply(&mut self.state, &command, now)
            .expect_err("should be refused")
            .0;
        assert_eq!(
            self.state, before,
            "a refused command must not change the session"
        );
        why
    }

    fn remaining(&self) -> Option<i64> {
        self.state.timer(self.at()).and_then(|t| t.remaining)
    }

    fn stage(&self) -> Option<(Side, Stage)> {
        self.state
            .dialogue
            .turn
            .as_ref()
            .map(|t| (t.speaker, t.stage))
    }

    /// The journal, folded from scratch, gives the same state as the live one.
    fn assert_replays(&self) {
        let replayed = SessionState::from_entries(&self.journal).unwrap();
        assert_eq!(replayed, self.state);
    }
}

#[test]
fn a_full_exchange_with_a_not_quite_paraphrase() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::SetTopic("Talking to an ex about us".into()));
    rig.ok(Command::Advance);
    assert_eq!(
        rig.stage(),
        Some((Side::A, Stage::Speaking)),
        "Sophie (A) speaks first"
    );
    assert_eq!(rig.remaining(), Some(SPEAK as i64));

    rig.wait(95_000);
    assert_eq!(rig.remaining(), Some(25_000));
    rig.ok(Command::Advance);
    assert_eq!(rig.stage(), Some((Side::A, Stage::Paraphrasing)));
    assert_eq!(
        rig.remaining(),
        Some(PARAPHRASE as i64),
        "paraphrase starts with a fresh timer"
    );

    rig.wait(40_000);
    rig.ok(Command::NextStage);
    assert_eq!(rig.stage(), Some((Side::A, Stage::Confirming)));
    assert_eq!(rig.remaining(), None, "confirming is not timed");

    rig.wait(4_000);
    rig.ok(Command::NotQuite);
    assert_eq!(
        rig.stage(),
        Some((Side::A, Stage::Paraphrasing)),
        "not quite: back to paraphrase"
    );
    assert_eq!(rig.remaining(), Some(PARAPHRASE as i64));
    rig.wait(25_000);
    rig.ok(Command::Advance);
    rig.wait(3_000);
    rig.ok(Command::Accurate);
    assert_eq!(
        rig.stage(),
        Some((Side::B, Stage::Speaking)),
        "the floor passes to Emma"
    );

    let first = &rig.state.dialogue.finished[0];
    assert_eq!(first.speaker, Side::A);
    assert!(first.accurate);
    assert_eq!(first.not_quite, 1);
    assert_eq!(first.speak_ms, 95_000);
    assert_eq!(
        first.paraphrase_ms, 65_000,
        "both paraphrase attempts count"
    );
    assert_eq!(first.topic, "Talking to an ex about us");

    // Emma's turn, second full turn, then the floor comes back to Sophie with the Advance key.
    rig.wait(70_000);
    rig.ok(Command::Advance);
    rig.wait(50_000);
    rig.ok(Command::Advance);
    rig.wait(2_000);
    rig.ok(Command::Advance);
    assert_eq!(rig.stage(), Some((Side::A, Stage::Speaking)));
    assert_eq!(rig.state.turns(Side::A), 1);
    assert_eq!(rig.state.turns(Side::B), 1);
    assert_eq!(rig.state.talk_ms(Side::A, rig.at()), 95_000);
    assert_eq!(rig.state.talk_ms(Side::B, rig.at()), 70_000);
    assert_eq!(rig.state.paraphrase_ms(Side::B, rig.at()), 65_000);
    rig.wait(10_000);
    assert_eq!(
        rig.state.talk_ms(Side::A, rig.at()),
        105_000,
        "the running turn counts live"
    );
    rig.assert_replays();
}

#[test]
fn pause_stops_the_clock_and_talk_time() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::StartTurn { speaker: Side::B });
    rig.wait(30_000);
    rig.ok(Command::TogglePause);
    assert!(rig.state.paused);
    rig.wait(600_000);
    assert_eq!(
        rig.remaining(),
        Some(90_000),
        "ten paused minutes do not count"
    );
    assert_eq!(rig.state.talk_ms(Side::B, rig.at()), 30_000);
    assert_eq!(rig.refused(Command::Pause), "The timer is already paused.");
    rig.ok(Command::Resume);
    rig.wait(1_500);
    assert_eq!(rig.remaining(), Some(88_500));
    rig.assert_replays();
}

#[test]
fn a_timeout_in_the_middle_of_a_turn_pauses_it_and_resumes_it_exactly() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::Advance);
    rig.wait(30_000);
    let called_at = rig.now();
    rig.ok(Command::CallTimeout {
        by: Caller::Partner(Side::B),
        reason: TimeoutReason::Flooding,
        length_ms: None,
    });
    let t = rig.state.timeout.clone().expect("timeout running");
    assert_eq!(t.length, 20 * MINUTE, "flooding defaults to 20 minutes");
    assert_eq!(t.back_at(), called_at.wall + chrono::Duration::minutes(20));
    assert_eq!(t.back_at().format("%H:%M").to_string(), "14:20");
    for moving_on in [Command::Advance, Command::NextStage, Command::PassFloor] {
        assert!(rig.refused(moving_on).contains("timeout is running"));
    }

    rig.wait(10 * MINUTE);
    assert_eq!(
        rig.remaining(),
        Some(90_000),
        "the turn timer waits during the timeout"
    );
    assert_eq!(
        rig.state.timeout.as_ref().unwrap().remaining(rig.at()),
        10 * MINUTE as i64
    );

    // The app notices the end 3.2 s late; the turn resumes from the deadline, not from then.
    rig.wait(10 * MINUTE + 3_200);
    assert!(rig.state.timeout.is_none(), "the timeout ran out");
    assert_eq!(rig.remaining(), Some(90_000 - 3_200));
    let record = &rig.state.timeouts[0];
    assert_eq!(record.by, Caller::Partner(Side::B));
    assert_eq!(record.lasted, 20 * MINUTE);
    assert!(!record.ended_early);
    assert_eq!(rig.state.talk_ms(Side::A, rig.at()), 33_200);
    rig.assert_replays();
}

#[test]
fn a_timeout_can_be_extended_and_ended_early() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::Advance);
    rig.ok(Command::CallTimeout {
        by: Caller::Therapist,
        reason: TimeoutReason::Break,
        length_ms: None,
    });
    assert_eq!(rig.state.timeout.as_ref().unwrap().length, 5 * MINUTE);
    rig.ok(Command::ExtendTimeout {
        ms: 2 * MINUTE as i64,
    });
    rig.wait(6 * MINUTE);
    assert!(
        rig.state.timeout.is_some(),
        "extended: still running after 6 minutes"
    );
    rig.ok(Command::EndTimeout);
    let record = &rig.state.timeouts[0];
    assert_eq!(
        (record.planned, record.lasted, record.ended_early),
        (7 * MINUTE, 6 * MINUTE, true)
    );
    assert_eq!(rig.remaining(), Some(SPEAK as i64));
    assert_eq!(rig.refused(Command::EndTimeout), "No timeout is running.");
}

#[test]
fn overtime_is_shown_and_never_locks_anyone_out() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::Advance);
    rig.wait(SPEAK + 15_000);
    assert_eq!(rig.remaining(), Some(-15_000));
    assert_eq!(clock_time(rig.remaining().unwrap()), "+0:15");
    rig.ok(Command::Extend { ms: 30_000 });
    assert_eq!(rig.remaining(), Some(15_000), "+30 s brings it back");
    rig.wait(60_000);
    rig.ok(Command::Advance);
    assert_eq!(
        rig.state.dialogue.turn.as_ref().unwrap().speak_ms,
        SPEAK + 75_000
    );
}

#[test]
fn illegal_commands_are_refused_with_a_reason() {
    let mut rig = Rig::new();
    assert_eq!(
        rig.refused(Command::Advance),
        "This phase has no speaker/listener turns; go to \"Dialogue\" (phase 3) to start one."
    );
    rig.ok(Command::GoToPhase(2));
    assert_eq!(
        rig.refused(Command::PassFloor),
        "Nobody holds the floor; start a turn first."
    );
    assert_eq!(
        rig.refused(Command::NotQuite),
        "Nobody holds the floor; start a turn first."
    );
    assert_eq!(rig.refused(Command::EndTimeout), "No timeout is running.");
    rig.ok(Command::Advance);
    assert_eq!(
        rig.refused(Command::Accurate),
        "Sophie is still speaking; Emma paraphrases next, then Sophie confirms."
    );
    for (bad, said) in [(0, "0 s"), (-5_000, "-5 s")] {
        assert_eq!(
            rig.refused(Command::Extend { ms: bad }),
            format!("The extra time must be more than zero; {said} was asked for.")
        );
    }
    let absurd = 1_000_000_000 * SECOND as i64;
    assert!(
        rig.refused(Command::Extend { ms: absurd })
            .contains("at most 30 min")
    );
    for (bad, said) in [(0, "0 s"), (-60_000, "-1 min"), (absurd, "277777 h 47 min")] {
        let why = rig.refused(Command::CallTimeout {
            by: Caller::Therapist,
            reason: TimeoutReason::Break,
            length_ms: Some(bad),
        });
        assert_eq!(
            why,
            format!("A timeout lasts between 10 s and 4 h; {said} was asked for.")
        );
    }
    assert!(
        rig.refused(Command::GoToPhase(99))
            .contains("There is no phase 100")
    );
    assert!(
        rig.refused(Command::RateCheckIn {
            side: Side::A,
            score: 11
        })
        .contains("0 to 10")
    );
    assert!(
        rig.refused(Command::AddRule { text: "   ".into() })
            .contains("Please write the rule")
    );
    assert!(
        rig.refused(Command::AddAgreement(terms("")))
            .contains("what will be done")
    );
    let mut no_days = terms("Walk together");
    no_days.when = Frequency::Weekdays(vec![]);
    assert_eq!(
        rig.refused(Command::AddAgreement(no_days)),
        "Choose at least one day of the week."
    );
    rig.ok(Command::End);
    assert!(rig.refused(Command::Advance).contains("has ended"));
    // Notes can still be finished after the end.
    rig.ok(Command::SetNote {
        section: "Plan".into(),
        text: "Continue next week.".into(),
    });
}

#[test]
fn ground_rules_need_both_partners_and_carry_over() {
    let mut rig = Rig::new();
    rig.ok(Command::NextPhase);
    assert_eq!(
        rig.state.rules.len(),
        3,
        "a first session starts from the template's rules"
    );
    rig.ok(Command::AddRule {
        text: "One topic at a time".into(),
    });
    rig.ok(Command::AgreeAllRules { side: Side::A });
    let ids: Vec<u32> = rig.state.rules.iter().map(|r| r.id).collect();
    for id in &ids[..3] {
        rig.ok(Command::AgreeRule {
            id: *id,
            side: Side::B,
            agreed: true,
        });
    }
    assert!(rig.state.rules[..3].iter().all(|r| r.agreed_by_both()));
    assert!(
        !rig.state.rules[3].agreed_by_both(),
        "Emma has not agreed to the new rule yet"
    );
    assert_eq!(
        rig.refused(Command::AddRule {
            text: "phones away".into()
        }),
        "That rule is already on the list."
    );

    // Homework review of last time's agreement and a new one, then the couple's record.
    rig.ok(Command::ReviewAgreement {
        id: 1,
        outcome: Outcome::Partly,
        comment: "Most mornings".into(),
    });
    let mut walk = terms("We will walk together after dinner");
    walk.when = Frequency::Weekdays(vec![Weekday::Fri, Weekday::Mon, Weekday::Mon]);
    rig.ok(Command::AddAgreement(walk));
    assert_eq!(
        rig.state.agreements[0].id, 2,
        "ids continue after the couple's existing ones"
    );
    assert_eq!(
        rig.state.agreements[0].terms.when,
        Frequency::Weekdays(vec![Weekday::Mon, Weekday::Fri])
    );
    let next = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    rig.ok(Command::SetNextSession(Some(next)));
    rig.ok(Command::End);

    let mut c = couple();
    record_into(&rig.state, &mut c, S2, None);
    record_into(&rig.state, &mut c, S2, None);
    assert_eq!(c.ground_rules.len(), 4);
    assert_eq!(
        c.ground_rules[0].agreed_on,
        NaiveDate::from_ymd_opt(2026, 11, 22)
    );
    assert_eq!(c.ground_rules[3].agreed_on, None);
    assert_eq!(c.agreements.len(), 2, "recording twice adds nothing twice");
    assert_eq!(c.agreements[0].reviews.len(), 1);
    assert_eq!(c.agreements[0].reviews[0].outcome, Outcome::Partly);
    assert_eq!(c.next_session, Some(next));

    // The next session starts from the couple's rules, not the template's.
    let info = session_start(
        &c,
        3,
        &template(),
        NoteFormat::Soap,
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
    );
    assert_eq!(info.ground_rules.len(), 4);
    assert_eq!(info.to_review.len(), 2);
    assert_eq!(info.next_agreement_id, 3);
    rig.assert_replays();
}

#[test]
fn guided_steps_have_their_own_timers_and_notes() {
    let mut rig = Rig::new();
    rig.ok(Command::GoToPhase(3));
    assert_eq!(rig.remaining(), Some(3 * MINUTE as i64));
    rig.wait(100_000);
    rig.ok(Command::SetStepNote {
        phase: 3,
        step: 0,
        text: "Emma: the coffee in bed".into(),
    });
    rig.ok(Command::NextStep);
    assert_eq!(
        rig.state.timer(rig.at()).unwrap().remaining,
        None,
        "second step is untimed"
    );
    rig.wait(20_000);
    assert_eq!(rig.state.timer(rig.at()).unwrap().elapsed, 20_000);
    assert!(
        rig.refused(Command::Extend { ms: 30_000 })
            .contains("not timed")
    );
    assert!(rig.refused(Command::NextStep).contains("last step"));
    rig.ok(Command::PreviousStep);
    assert_eq!(
        rig.remaining(),
        Some(80_000),
        "going back continues the step's timer"
    );
    rig.ok(Command::NextPhase);
    rig.wait(60_000);
    rig.ok(Command::GoToPhase(3));
    assert_eq!(
        rig.remaining(),
        Some(80_000),
        "a phase left behind keeps its step timers"
    );
    assert_eq!(rig.state.guided[&3].notes[0], "Emma: the coffee in bed");
    rig.assert_replays();
}

#[test]
fn phases_record_planned_and_actual_time() {
    let mut rig = Rig::new();
    rig.wait(7 * MINUTE);
    rig.ok(Command::NextPhase);
    rig.wait(2 * MINUTE);
    rig.ok(Command::GoToPhase(2));
    rig.ok(Command::Advance);
    rig.wait(MINUTE);
    rig.ok(Command::GoToPhase(0));
    assert!(
        rig.state.dialogue.turn.is_none(),
        "leaving the dialogue ends the turn"
    );
    assert_eq!(
        rig.state.turns(Side::A),
        0,
        "stopped while speaking: talk time, not a turn"
    );
    assert_eq!(rig.state.talk_ms(Side::A, rig.at()), MINUTE);
    rig.wait(MINUTE);
    rig.ok(Command::End);
    assert_eq!(rig.state.phase_actual_ms(0, rig.at()), 8 * MINUTE);
    assert_eq!(rig.state.phase_actual_ms(1, rig.at()), 2 * MINUTE);
    assert_eq!(rig.state.phase_actual_ms(2, rig.at()), MINUTE);
    rig.wait(MINUTE);
    assert_eq!(
        rig.state.phase_actual_ms(0, rig.at()),
        8 * MINUTE,
        "nothing runs after the end"
    );
    assert_eq!(rig.state.elapsed_ms(rig.at()), 11 * MINUTE);
}

#[test]
fn notes_quick_notes_and_format() {
    let mut rig = Rig::new();
    rig.ok(Command::SetNote {
        section: "Assessment".into(),
        text: "Both engaged.\nLess blame.".into(),
    });
    rig.wait(61_000);
    rig.ok(Command::QuickNote("Emma teared up".into()));
    rig.ok(Command::SetNoteFormat(NoteFormat::Soap));
    assert_eq!(
        rig.state.notes.section("Assessment"),
        "Both engaged.\nLess blame.",
        "shared sections carry over"
    );
    assert_eq!(rig.state.notes.quick[0].at, 61_000);
    assert_eq!(
        rig.state.notes.quick[0].wall.format("%H:%M:%S").to_string(),
        "14:01:01"
    );
    assert!(
        rig.refused(Command::SetNote {
            section: "Gossip".into(),
            text: "x".into()
        })
        .contains("no note section")
    );
    rig.assert_replays();
}

/// A 60-minute session with irregular clock steps, pauses and timeouts. A reference that adds up
/// the running time step by step must agree with the engine to the millisecond at every step.
#[test]
fn sixty_simulated_minutes_keep_every_countdown_exact() {
    let mut rig = Rig::in_dialogue();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rand = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };

    // Reference model: elapsed time of the current stage and talk time, integrated per step.
    let mut ref_stage_elapsed: Ms = 0;
    let mut ref_stage_limit: Option<Ms> = None;
    let mut ref_talk = [0u64; 2];
    let mut ref_timeout_left: Option<Ms> = None;
    let mut checks = 0;
    let mut timeouts = 0;

    while rig.at() < 60 * MINUTE {
        let dt = match rand(10) {
            0 => rand(5) + 1,          // a few milliseconds
            1..=6 => rand(1_500) + 1,  // about a frame to a second
            7 | 8 => rand(45_000) + 1, // seconds
            _ => rand(90_000) + 1,     // a minute or so
        };
        // Integrate the reference over dt, handling a timeout that runs out mid-step.
        let mut step = dt;
        if let Some(left) = ref_timeout_left {
            let used = left.min(step);
            step -= used;
            ref_timeout_left = if left > used { Some(left - used) } else { None };
        }
        let running =
            ref_timeout_left.is_none() && !rig.state.paused && rig.state.dialogue.turn.is_some();
        if running {
            ref_stage_elapsed += step;
            if let Some(t) = &rig.state.dialogue.turn
                && t.stage == Stage::Speaking
            {
                ref_talk[t.speaker as usize] += step;
            }
        }
        rig.wait(dt);

        // Compare.
        let now = rig.at();
        if let Some(view) = rig.state.timer(now) {
            assert_eq!(view.elapsed, ref_stage_elapsed, "stage elapsed at {now} ms");
            assert_eq!(
                view.remaining,
                ref_stage_limit.map(|l| l as i64 - ref_stage_elapsed as i64)
            );
            checks += 1;
        }
        assert_eq!(
            rig.state.talk_ms(Side::A, now),
            ref_talk[0],
            "Sophie's talk time at {now} ms"
        );
        assert_eq!(
            rig.state.talk_ms(Side::B, now),
            ref_talk[1],
            "Emma's talk time at {now} ms"
        );
        assert_eq!(rig.state.timeout.is_some(), ref_timeout_left.is_some());
        if let (Some(t), Some(left)) = (&rig.state.timeout, ref_timeout_left) {
            assert_eq!(t.remaining(now), left as i64);
        }

        // Act.
        let action = rand(12);
        if rig.state.timeout.is_some() {
            if action < 2 {
                rig.ok(Command::EndTimeout);
                ref_timeout_left = None;
            }
            continue;
        }
        match action {
            0..=5 => {
                let before = rig.stage();
                rig.ok(Command::Advance);
                let after = rig.stage();
                if before.map(|s| s.1) != after.map(|s| s.1)
                    || before.map(|s| s.0) != after.map(|s| s.0)
                {
                    ref_stage_elapsed = 0;
                }
                ref_stage_limit = match after.map(|s| s.1) {
                    Some(Stage::Speaking) => Some(SPEAK),
                    Some(Stage::Paraphrasing) => Some(PARAPHRASE),
                    _ => None,
                };
            }
            6 | 7 if rig.state.dialogue.turn.is_some() => {
                rig.ok(Command::TogglePause);
            }
            8 if rig.stage().map(|s| s.1) == Some(Stage::Confirming) => {
                rig.ok(Command::NotQuite);
                ref_stage_elapsed = 0;
                ref_stage_limit = Some(PARAPHRASE);
            }
            9 => {
                let length = (rand(8) + 1) * 37_001;
                rig.ok(Command::CallTimeout {
                    by: Caller::Therapist,
                    reason: TimeoutReason::Break,
                    length_ms: Some(length as i64),
                });
                ref_timeout_left = Some(length);
                timeouts += 1;
            }
            10 if rig
                .state
                .dialogue
                .turn
                .as_ref()
                .is_some_and(|t| t.timer.limit.is_some()) =>
            {
                rig.ok(Command::Extend { ms: 30_000 });
                ref_stage_limit = ref_stage_limit.map(|l| l + 30_000);
            }
            _ => {}
        }
    }
    assert!(
        checks > 200,
        "the simulation exercised the timer ({checks} checks)"
    );
    assert!(
        timeouts >= 3,
        "the simulation included timeouts ({timeouts})"
    );
    assert!(rig.state.turns(Side::A) + rig.state.turns(Side::B) >= 5);
    rig.assert_replays();
}

/// The app was killed mid-turn and restarted 47 s later (wall clock): the timer shows what the
/// wall clock implies.
#[test]
fn a_reopened_session_continues_from_the_wall_clock() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::Advance);
    rig.wait(20_000);
    rig.ok(Command::QuickNote(String::new()));
    let journal = rig.journal.clone();
    let last = journal.last().unwrap().stamp();

    // A new process: fresh monotonic origin, wall clock 47 s later.
    let clock = FakeClock::new(last.wall + chrono::Duration::seconds(47));
    let reopened = SessionClock::resume(Arc::new(clock.clone()), last);
    let state = SessionState::from_entries(&journal).unwrap();
    let now = reopened.now();
    assert_eq!(now.at, last.at + 47_000);
    assert_eq!(
        state.timer(now.at).unwrap().remaining,
        Some(SPEAK as i64 - 67_000)
    );
    clock.advance(1_000);
    assert_eq!(
        state.timer(reopened.now().at).unwrap().remaining,
        Some(SPEAK as i64 - 68_000)
    );

    // A wall clock set back an hour does not make time run backwards.
    let early = FakeClock::new(last.wall - chrono::Duration::hours(1));
    let reopened = SessionClock::resume(Arc::new(early), last);
    assert_eq!(reopened.now().at, last.at);
}

/// A timeout that ran out while the app was closed ends at its deadline on reopening.
#[test]
fn a_timeout_that_ran_out_while_closed_ends_at_its_deadline() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::Advance);
    rig.wait(10_000);
    rig.ok(Command::CallTimeout {
        by: Caller::Partner(Side::A),
        reason: TimeoutReason::Flooding,
        length_ms: None,
    });
    let journal = rig.journal.clone();
    let last = journal.last().unwrap().stamp();
    let clock = FakeClock::new(last.wall + chrono::Duration::minutes(25));
    let reopened = SessionClock::resume(Arc::new(clock), last);
    let mut state = SessionState::from_entries(&journal).unwrap();
    let due = tick(&mut state, reopened.now());
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].at, last.at + 20 * MINUTE);
    assert_eq!(due[0].wall, last.wall + chrono::Duration::minutes(20));
    assert_eq!(
        state.timer(reopened.now().at).unwrap().remaining,
        Some(SPEAK as i64 - 10_000 - 5 * MINUTE as i64)
    );
}

/// A journal edited by hand (or damaged in a way that still parses) can hold any events in any
/// order with any values. Folding them, and asking the state anything, must never panic.
#[test]
fn folding_any_sequence_of_events_never_panics() {
    let rig = Rig::new();
    let start = rig.journal[0].clone();
    let mut seed: u64 = 0xDEAD_BEEF_CAFE_F00D;
    let mut rand = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n.max(1)
    };
    let extreme = [0u64, 1, 59_999, u32::MAX as u64, i64::MAX as u64, u64::MAX];
    for round in 0..200 {
        let mut entries = vec![start.clone()];
        for _ in 0..200 {
            let big = extreme[rand(extreme.len() as u64) as usize];
            let small = rand(8);
            let side = if rand(2) == 0 { Side::A } else { Side::B };
            let event = match rand(24) {
                0 => Event::PhaseEntered {
                    index: if rand(2) == 0 {
                        small as usize
                    } else {
                        usize::MAX
                    },
                },
                1 => Event::TurnStarted { speaker: side },
                2 => Event::StageAdvanced {
                    to: [Stage::Speaking, Stage::Paraphrasing, Stage::Confirming][rand(3) as usize],
                },
                3 => Event::ParaphraseNotQuite,
                4 => Event::TurnEnded {
                    accurate: rand(2) == 0,
                },
                5 => Event::TimerPaused,
                6 => Event::TimerResumed,
                7 => Event::TimerExtended { by: big },
                8 => Event::StepEntered {
                    index: small as usize,
                },
                9 => Event::StepNoteSet {
                    phase: small as usize,
                    step: small as usize,
                    text: "x".into(),
                },
                10 => Event::TimeoutStarted {
                    by: Caller::Therapist,
                    reason: TimeoutReason::Break,
                    length: big,
                },
                11 => Event::TimeoutExtended { by: big },
                12 => Event::TimeoutEnded {
                    at: big,
                    early: rand(2) == 0,
                },
                13 => Event::RuleAdded {
                    id: big as u32,
                    text: "r".into(),
                },
                14 => Event::RuleAgreed {
                    id: small as u32,
                    side,
                    agreed: true,
                },
                15 => Event::RuleRemoved { id: small as u32 },
                16 => Event::AgreementAdded {
                    agreement: Agreement {
                        id: big as u32,
                        made_in_session: 1,
                        terms: terms("t"),
                        reviews: vec![],
                        retired: false,
                        made_on: None,
                    },
                },
                17 => Event::AgreementDropped { id: big as u32 },
                18 => Event::CheckInRated { side, score: 255 },
                19 => Event::Ended,
                20 => Event::Started(Box::new(session_start(
                    &couple(),
                    9,
                    &template(),
                    NoteFormat::Free,
                    start.wall.date_naive(),
                ))),
                21 => Event::NoteSet {
                    section: "Nope".into(),
                    text: "\u{0}".into(),
                },
                22 => Event::QuickNote {
                    text: String::new(),
                },
                _ => Event::NextSessionSet {
                    date: NaiveDate::from_ymd_opt(1, 1, 1),
                },
            };
            let at = if rand(5) == 0 {
                big
            } else {
                rand(4 * 3_600_000)
            };
            let wall = if rand(10) == 0 {
                start.wall + chrono::Duration::days(365 * 100)
            } else {
                start.wall
            };
            entries.push(Entry { wall, at, event });
        }
        let state = SessionState::from_entries(&entries).unwrap();
        for now in [0, 1_000, i64::MAX as u64, u64::MAX] {
            let _ = state.timer(now);
            let _ = (
                state.talk_ms(Side::A, now),
                state.paraphrase_ms(Side::B, now),
            );
            for i in 0..8 {
                let _ = state.phase_actual_ms(i, now);
            }
            let _ = state
                .timeout
                .as_ref()
                .map(|t| (t.back_at(), t.remaining(now)));
            let stamp = Stamp {
                wall: start.wall,
                at: now,
            };
            let _ = state.due(stamp);
            let _ = state.decide(&Command::Advance, stamp);
            let _ = state.decide(&Command::End, stamp);
        }
        assert_eq!(
            state.events,
            entries.len(),
            "round {round}: every event was folded"
        );
    }
}

/// The laptop lid closes during a flooding break: the monotonic clock stops, the wall clock does
/// not. On waking, the countdown agrees with "back at".
#[test]
fn a_computer_that_sleeps_keeps_the_session_on_the_wall_clock() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::Advance);
    rig.ok(Command::CallTimeout {
        by: Caller::Partner(Side::A),
        reason: TimeoutReason::Flooding,
        length_ms: None,
    });
    rig.clock.sleep(12 * MINUTE);
    assert_eq!(
        rig.state.timeout.as_ref().unwrap().remaining(rig.at()),
        8 * MINUTE as i64
    );
    rig.clock.sleep(10 * MINUTE);
    rig.wait(0);
    assert!(
        rig.state.timeout.is_none(),
        "the break ended while the lid was closed"
    );
    assert_eq!(rig.state.timeouts[0].lasted, 20 * MINUTE);
    // Small differences between the clocks (under two seconds) do not move the session.
    let before = rig.at();
    rig.clock.sleep(1_500);
    assert_eq!(rig.at(), before);
}

#[test]
fn during_a_timeout_pause_is_refused_and_ending_it_at_the_deadline_works() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::Advance);
    rig.wait(5_000);
    rig.ok(Command::CallTimeout {
        by: Caller::Therapist,
        reason: TimeoutReason::Break,
        length_ms: Some(60_000),
    });
    assert!(
        rig.refused(Command::TogglePause)
            .contains("the timer is already stopped")
    );
    assert!(
        rig.refused(Command::Advance)
            .contains("A timeout is running until 14:01")
    );
    // The key is pressed a moment after the deadline, before the app noticed: it just ends.
    rig.clock.advance(60_400);
    let ended = rig.ok(Command::EndTimeout);
    assert_eq!(ended.len(), 1);
    assert_eq!(
        ended[0].event,
        Event::TimeoutEnded {
            at: 65_000,
            early: false
        }
    );
    assert_eq!(rig.remaining(), Some(SPEAK as i64 - 5_000 - 400));
}

#[test]
fn a_timeout_is_recorded_in_the_phase_it_was_called_in_and_empty_turns_do_not_count() {
    let mut rig = Rig::in_dialogue();
    rig.ok(Command::Advance);
    rig.ok(Command::GoToPhase(3));
    assert_eq!(
        rig.state.turns(Side::A),
        0,
        "a turn left at once is not a turn"
    );
    rig.ok(Command::GoToPhase(2));
    rig.ok(Command::CallTimeout {
        by: Caller::Therapist,
        reason: TimeoutReason::Break,
        length_ms: None,
    });
    rig.ok(Command::NextPhase);
    rig.ok(Command::EndTimeout);
    assert_eq!(rig.state.timeouts[0].phase, 2);
    // A note for a guided step of a phase not visited yet.
    let mut rig = Rig::new();
    rig.ok(Command::SetStepNote {
        phase: 3,
        step: 1,
        text: "ask about the weekend".into(),
    });
    assert_eq!(rig.state.guided[&3].notes[1], "ask about the weekend");
}

#[test]
fn agreements_can_be_stopped_and_are_reviewed_only_when_due() {
    let mut rig = Rig::new();
    rig.ok(Command::ReviewAgreement {
        id: 1,
        outcome: Outcome::Done,
        comment: "a habit now".into(),
    });
    rig.ok(Command::RetireAgreement {
        id: 1,
        retired: true,
    });
    let mut later = terms("We will plan a weekend away");
    later.review_on = NaiveDate::from_ymd_opt(2026, 12, 20);
    rig.ok(Command::AddAgreement(later));
    rig.ok(Command::AddAgreement(terms(
        "We will cook together on Sunday",
    )));
    rig.ok(Command::End);
    let mut c = couple();
    record_into(&rig.state, &mut c, S2, None);
    assert!(c.agreements[0].retired);
    let next_week = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let info = session_start(&c, 3, &template(), NoteFormat::Dap, next_week);
    let due: Vec<&str> = info
        .to_review
        .iter()
        .map(|a| a.terms.behaviour.as_str())
        .collect();
    assert_eq!(
        due,
        ["We will cook together on Sunday"],
        "stopped and not-yet-due agreements wait"
    );
    let info = session_start(
        &c,
        5,
        &template(),
        NoteFormat::Dap,
        NaiveDate::from_ymd_opt(2026, 12, 20).unwrap(),
    );
    assert_eq!(info.to_review.len(), 2);
}

/// An older session reopened to finish its notes must not roll the couple's record back.
#[test]
fn recording_an_older_session_never_rolls_the_couple_back() {
    let mut old = Rig::new();
    old.ok(Command::ReviewAgreement {
        id: 1,
        outcome: Outcome::NotDone,
        comment: String::new(),
    });
    old.ok(Command::SetNextSession(NaiveDate::from_ymd_opt(
        2026, 11, 29,
    )));
    old.ok(Command::End);

    let mut c = couple();
    record_into(&old.state, &mut c, S2, None);
    // The next session (number 3) changes the rules and the next date.
    let info = session_start(
        &c,
        3,
        &template(),
        NoteFormat::Dap,
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
    );
    let wall = old.state.started.wall + chrono::Duration::days(7);
    let (mut newer, _) = begin(info, Stamp { wall, at: 0 });
    let first_rule = newer.rules[0].id;
    for command in [
        Command::RemoveRule { id: first_rule },
        Command::ReviewAgreement {
            id: 1,
            outcome: Outcome::Done,
            comment: String::new(),
        },
        Command::SetNextSession(NaiveDate::from_ymd_opt(2026, 12, 6)),
        Command::End,
    ] {
        apply(&mut newer, &command, Stamp { wall, at: 1_000 }).unwrap();
    }
    record_into(
        &newer.state_for_test(),
        &mut c,
        "0003-2026-11-29.journal",
        None,
    );
    let rules_now = c.ground_rules.clone();
    let recorded = c.clone();

    // Session 2 is recorded again: nothing changes.
    record_into(&old.state, &mut c, S2, None);
    assert_eq!(c, recorded, "a journal is recorded once");
    // Another computer's session 2, run while the two were apart, arrives after session 3.
    record_into(
        &old.state,
        &mut c,
        "0002-2026-11-22-office.journal",
        Some("office"),
    );
    assert_eq!(
        c.ground_rules, rules_now,
        "the rules in force stay those of session 3"
    );
    assert_eq!(c.next_session, NaiveDate::from_ymd_opt(2026, 12, 6));
    let sessions: Vec<(u32, Option<&str>)> = c.agreements[0]
        .reviews
        .iter()
        .map(|r| (r.session, r.on.as_deref()))
        .collect();
    assert_eq!(
        sessions,
        [(2, None), (2, Some("office")), (3, None)],
        "both computers' reviews are kept, in session order"
    );
    assert_eq!(
        c.agreements[0].last_review().unwrap().outcome,
        Outcome::Done
    );
}

trait StateForTest {
    fn state_for_test(&self) -> SessionState;
}

impl StateForTest for SessionState {
    fn state_for_test(&self) -> SessionState {
        self.clone()
    }
}

/// The totals the console and the display read every frame (talk and paraphrase time,
/// exchanges, "not quite", who holds a one-way floor) are kept as turns finish; after any
/// mix of turns, floor passes, phase moves, undo and redo they equal the same sums taken the
/// slow way over every finished turn, and a replay of the journal gives the same again.
#[test]
fn running_totals_agree_with_every_turn_through_undo_and_redo() {
    let mut rig = Rig::in_dialogue();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut rand = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let (mut undos, mut redos, mut finished_max) = (0, 0, 0);
    for _ in 0..3_000 {
        rig.wait(rand(20_000) + 1);
        let command = match rand(14) {
            0..=4 => Command::Advance,
            5 => Command::NotQuite,
            6 => Command::PassFloor,
            7 => Command::Accurate,
            8 => Command::EndTurn,
            9 => Command::Undo,
            10 => Command::Redo,
            11 => Command::GoToPhase(rand(4) as usize),
            12 => Command::StartTurn {
                speaker: if rand(2) == 0 { Side::A } else { Side::B },
            },
            _ => Command::TogglePause,
        };
        let now = rig.now();
        if let Ok(entries) = apply(&mut rig.state, &command, now) {
            undos += usize::from(command == Command::Undo);
            redos += usize::from(command == Command::Redo);
            rig.journal.extend(entries);
        }
        finished_max = finished_max.max(rig.state.dialogue.finished.len());
        let at = rig.at();
        {
            let state = &rig.state;
            let finished = &state.dialogue.finished;
            for side in [Side::A, Side::B] {
                let turn = state.dialogue.turn.as_ref();
                let running = |stage: Stage, holder: Side| {
                    turn.filter(|_| holder == side).map_or(0, |t| {
                        let banked = if stage == Stage::Speaking {
                            t.speak_ms
                        } else {
                            t.paraphrase_ms
                        };
                        banked
                            + if t.stage == stage {
                                t.timer.elapsed(at)
                            } else {
                                0
                            }
                    })
                };
                let talk: Ms = finished
                    .iter()
                    .filter(|t| t.speaker == side)
                    .map(|t| t.speak_ms)
                    .sum::<Ms>()
                    + turn.map_or(0, |t| running(Stage::Speaking, t.speaker));
                let paraphrase: Ms = finished
                    .iter()
                    .filter(|t| t.speaker.other() == side)
                    .map(|t| t.paraphrase_ms)
                    .sum::<Ms>()
                    + turn.map_or(0, |t| running(Stage::Paraphrasing, t.speaker.other()));
                assert_eq!(state.talk_ms(side, at), talk, "{side:?} talk at {at}");
                assert_eq!(state.paraphrase_ms(side, at), paraphrase);
                let exchanges = finished
                    .iter()
                    .filter(|t| t.speaker == side && t.exchanged())
                    .count();
                assert_eq!(state.turns(side), exchanges);
            }
            let not_quite: u32 = finished.iter().map(|t| t.not_quite).sum();
            assert_eq!(state.dialogue.not_quite_total(), not_quite);
            for phase in 0..4 {
                let first = finished
                    .iter()
                    .map(|t| (t.phase, t.speaker))
                    .chain(state.dialogue.turn.iter().map(|t| (t.phase, t.speaker)))
                    .find(|(p, _)| *p == phase)
                    .map(|(_, s)| s);
                assert_eq!(state.floor_holder(phase), first, "phase {phase}");
            }
        }
    }
    assert!(undos > 20 && redos > 5, "undo {undos}, redo {redos}");
    assert!(finished_max > 30, "turns finished: {finished_max}");
    rig.assert_replays();
}
