//! Deciding: a command against the current state becomes events, or a refusal with a reason.
//! Nothing here changes the state; [`SessionState::fold`] does.

use chrono::NaiveDate;

use super::command::{Command, Rejection};
use super::state::SessionState;
use crate::model::{
    Agreement, AgreementTerms, CODE_MAX, Entry, Event, FloorPolicy, Frequency, MINUTE, Ms,
    NoteFormat, PhaseKind, Risk, SECOND, Side, Stage, Stamp, TimeoutReason, clean_line, clean_note,
    clean_optional_line, clean_optional_text, human_duration,
};

/// Shortest and longest timeout: a breath to a long walk.
pub const TIMEOUT_MIN: Ms = 10 * SECOND;
pub const TIMEOUT_MAX: Ms = 4 * 60 * MINUTE;
/// A stage or step can be given at most this much extra at once, and be at most this long.
pub const EXTEND_MAX: Ms = 30 * MINUTE;
pub const STAGE_MAX: Ms = 4 * 60 * MINUTE;
/// Most agreements a session may add: far beyond any real session, small enough to print.
pub const AGREEMENTS_MAX: usize = 1_000;
pub const RULES_MAX: usize = 100;

fn reject<T>(why: impl Into<String>) -> Result<T, Rejection> {
    Err(Rejection::new(why))
}

impl SessionState {
    /// Events that are due by `now` on their own: a timeout running out. Each is stamped at the
    /// moment it was due, not when it was noticed, so timers resume exactly.
    pub fn due(&self, now: Stamp) -> Vec<Entry> {
        match &self.timeout {
            Some(t) if t.deadline() <= now.at => {
                let late = i64::try_from(now.at - t.deadline()).unwrap_or(i64::MAX);
                vec![Entry::new(
                    now.shifted(-late),
                    Event::TimeoutEnded {
                        at: t.deadline(),
                        early: false,
                    },
                )]
            }
            _ => Vec::new(),
        }
    }

    /// Turns a command into the events it causes, first adding whatever was due by `now`.
    pub fn decide(&self, command: &Command, now: Stamp) -> Result<Vec<Entry>, Rejection> {
        // A clock that reads earlier than the last event (it cannot, but a journal copied
        // between machines might) must not make time run backwards.
        let now = if now.at < self.last.at {
            Stamp {
                wall: now.wall,
                at: self.last.at,
            }
        } else {
            now
        };
        let due = self.due(now);
        if due.is_empty() {
            return self.decide_now(command, now);
        }
        // The timeout ran out a moment before the key was pressed: ending it is already done.
        if *command == Command::EndTimeout {
            return Ok(due);
        }
        if let (Command::ExtendTimeout { .. }, Some(t)) = (command, &self.timeout) {
            return reject(format!(
                "The timeout ran out at {}; call a new one if the couple needs more time.",
                t.back_at().format("%H:%M")
            ));
        }
        let mut after = self.clone();
        due.iter().for_each(|e| after.fold(e));
        let mut out = due;
        out.extend(after.decide_now(command, now)?);
        Ok(out)
    }

    fn decide_now(&self, command: &Command, now: Stamp) -> Result<Vec<Entry>, Rejection> {
        let events = self.events_for(command, now)?;
        Ok(events.into_iter().map(|e| Entry::new(now, e)).collect())
    }

    fn events_for(&self, command: &Command, now: Stamp) -> Result<Vec<Event>, Rejection> {
        use Command as C;
        // Notes and the next appointment can still be written after the session ends.
        let after_end_ok = matches!(
            command,
            C::SetNote { .. }
                | C::SetNoteFormat(_)
                | C::QuickNote(_)
                | C::SetNextSession(_)
                | C::SetStepNote { .. }
                | C::SetRecord(_)
                | C::Sign { .. }
                | C::AddAddendum(_)
        );
        if self.is_ended() && !after_end_ok {
            return reject("The session has ended; only the notes can still be changed.");
        }
        // Signed notes are a record: they change only by dated addenda.
        let writes_notes = matches!(
            command,
            C::SetNote { .. }
                | C::SetNoteFormat(_)
                | C::QuickNote(_)
                | C::SetStepNote { .. }
                | C::SetRecord(_)
        );
        if let Some(signed) = &self.signed
            && writes_notes
        {
            return reject(format!(
                "The notes were signed on {}; add a dated addendum instead.",
                signed.wall.format("%-d %B at %H:%M")
            ));
        }
        match command {
            C::NextPhase => {
                let next = self.phase + 1;
                if next >= self.info.phases.len() {
                    return reject("This is the last phase; end the session when you are ready.");
                }
                Ok(self.phase_change(next))
            }
            C::GoToPhase(index) => {
                if *index >= self.info.phases.len() {
                    return reject(format!(
                        "There is no phase {}; this session has {}.",
                        index.saturating_add(1),
                        self.info.phases.len()
                    ));
                }
                if *index == self.phase {
                    return Ok(Vec::new());
                }
                Ok(self.phase_change(*index))
            }
            C::RetireAgreement { id, retired } => {
                if !self.info.to_review.iter().any(|a| a.id == *id) {
                    return reject("That agreement is not one of the agreements to review.");
                }
                if self.retired.contains(id) == *retired {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::AgreementRetired {
                    id: *id,
                    retired: *retired,
                }])
            }
            C::RateCheckIn { side, score } => {
                if *score > 10 {
                    return reject("A check-in rating goes from 0 to 10.");
                }
                Ok(vec![Event::CheckInRated {
                    side: *side,
                    score: *score,
                }])
            }
            C::AnswerCsi { side, item, answer } => {
                let Some(asked) = crate::model::CSI4.get(usize::from(*item)) else {
                    return reject("The satisfaction questions are numbered 1 to 4.");
                };
                if usize::from(*answer) >= asked.answers.len() {
                    return reject("That answer is not one of the question's answers.");
                }
                Ok(vec![Event::CsiAnswered {
                    side: *side,
                    item: *item,
                    answer: *answer,
                }])
            }
            C::ReviewAgreement {
                id,
                outcome,
                comment,
            } => {
                if !self.info.to_review.iter().any(|a| a.id == *id) {
                    return reject("That agreement is not one of the agreements to review.");
                }
                let comment = clean_optional_line(comment, "the comment").map_err(Rejection)?;
                Ok(vec![Event::AgreementReviewed {
                    id: *id,
                    outcome: *outcome,
                    comment,
                }])
            }
            C::UseOtherRules => {
                let set = self.info.other_rules.as_ref().ok_or_else(|| {
                    Rejection("This protocol has no other set of ground rules.".to_owned())
                })?;
                let rules: Vec<String> = set.rules.iter().take(RULES_MAX).cloned().collect();
                let same: Vec<&str> = self.rules.iter().map(|r| r.text.as_str()).collect();
                if same == rules.iter().map(String::as_str).collect::<Vec<_>>() {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::RulesReplaced {
                    name: set.name.clone(),
                    first_id: self.next_rule_id,
                    rules,
                }])
            }
            C::ShowCard(index) => {
                if let Some(i) = index
                    && *i >= self.info.cards.len()
                {
                    return reject("That card is not part of this protocol.");
                }
                if *index == self.card {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::CardShown { index: *index }])
            }
            C::AddRule { text } => {
                let text = clean_line(text, "the rule").map_err(Rejection)?;
                if self.rules.len() >= RULES_MAX {
                    return reject(format!(
                        "A couple can keep at most {RULES_MAX} ground rules."
                    ));
                }
                if self
                    .rules
                    .iter()
                    .any(|r| r.text.eq_ignore_ascii_case(&text))
                {
                    return reject("That rule is already on the list.");
                }
                Ok(vec![Event::RuleAdded {
                    id: self.next_rule_id,
                    text,
                }])
            }
            C::EditRule { id, text } => {
                let rule = self.rule(*id).ok_or_else(no_rule)?;
                let text = clean_line(text, "the rule").map_err(Rejection)?;
                if rule.text == text {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::RuleEdited { id: *id, text }])
            }
            C::RemoveRule { id } => {
                self.rule(*id).ok_or_else(no_rule)?;
                Ok(vec![Event::RuleRemoved { id: *id }])
            }
            C::AgreeRule { id, side, agreed } => {
                let rule = self.rule(*id).ok_or_else(no_rule)?;
                if rule.agreed_by(*side) == *agreed {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::RuleAgreed {
                    id: *id,
                    side: *side,
                    agreed: *agreed,
                }])
            }
            C::AgreeAllRules { side } => Ok(self
                .rules
                .iter()
                .filter(|r| !r.agreed_by(*side))
                .map(|r| Event::RuleAgreed {
                    id: r.id,
                    side: *side,
                    agreed: true,
                })
                .collect()),
            C::Advance => self.advance(),
            C::StartTurn { speaker } => {
                self.require_dialogue()?;
                self.require_no_timeout()?;
                self.require_may_speak(*speaker)?;
                let mut events = Vec::new();
                if self.dialogue.turn.is_some() {
                    events.push(Event::TurnEnded { accurate: false });
                }
                events.push(Event::TurnStarted { speaker: *speaker });
                Ok(events)
            }
            C::NextStage => {
                self.require_no_timeout()?;
                let turn = self.require_turn()?;
                match turn.stage {
                    Stage::Speaking => Ok(vec![Event::StageAdvanced {
                        to: Stage::Paraphrasing,
                    }]),
                    Stage::Paraphrasing => Ok(vec![Event::StageAdvanced {
                        to: Stage::Confirming,
                    }]),
                    Stage::Confirming => reject(format!(
                        "{} is confirming the paraphrase: choose \"accurate\" or \"not quite\".",
                        self.name(turn.speaker)
                    )),
                    Stage::Responding(i) => Ok(self.after_response(turn, i)),
                }
            }
            C::Accurate | C::AccurateSpeakAgain | C::AccurateEnd => {
                self.require_no_timeout()?;
                let turn = self.require_turn()?;
                match turn.stage {
                    Stage::Confirming => {}
                    Stage::Speaking => {
                        return reject(format!(
                            "{} is still speaking; {} paraphrases next, then {} confirms.",
                            self.name(turn.speaker),
                            self.name(turn.listener()),
                            self.name(turn.speaker)
                        ));
                    }
                    Stage::Paraphrasing => {
                        return reject(format!(
                            "{} is still paraphrasing; when they are done, press Next and {} confirms.",
                            self.name(turn.listener()),
                            self.name(turn.speaker)
                        ));
                    }
                    Stage::Responding(_) => {
                        return reject(format!(
                            "{} already confirmed; {} is finishing as the listener, then press Next.",
                            self.name(turn.speaker),
                            self.name(turn.listener())
                        ));
                    }
                }
                let next = match command {
                    C::AccurateEnd => return Ok(vec![Event::TurnEnded { accurate: true }]),
                    C::Accurate => {
                        self.require_floor_moves(turn)?;
                        turn.listener()
                    }
                    _ => turn.speaker,
                };
                Ok(vec![
                    Event::TurnEnded { accurate: true },
                    Event::TurnStarted { speaker: next },
                ])
            }
            C::NotQuite => {
                self.require_no_timeout()?;
                let turn = self.require_turn()?;
                if turn.stage != Stage::Confirming {
                    return reject(format!(
                        "\"Not quite\" comes after {}'s paraphrase.",
                        self.name(turn.listener())
                    ));
                }
                Ok(vec![Event::ParaphraseNotQuite])
            }
            C::PassFloor => {
                self.require_no_timeout()?;
                let turn = self.require_turn()?;
                // The speaker, understood, hands over: the listener's closing steps come first.
                if turn.stage == Stage::Confirming && self.listener_steps(turn.phase).len() > 1 {
                    return Ok(vec![Event::StageAdvanced {
                        to: Stage::Responding(1),
                    }]);
                }
                self.require_floor_moves(turn)?;
                Ok(vec![
                    Event::TurnEnded { accurate: false },
                    Event::TurnStarted {
                        speaker: turn.listener(),
                    },
                ])
            }
            C::EndTurn => {
                self.require_turn()?;
                Ok(vec![Event::TurnEnded { accurate: false }])
            }
            C::SetTopic(topic) => {
                let topic = clean_optional_line(topic, "the topic").map_err(Rejection)?;
                if topic == self.dialogue.topic {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::TopicSet { topic }])
            }
            C::Pause => {
                self.require_no_timeout_for_pause()?;
                self.require_timer()?;
                if self.paused {
                    return reject("The timer is already paused.");
                }
                Ok(vec![Event::TimerPaused])
            }
            C::Resume => {
                self.require_no_timeout_for_pause()?;
                self.require_timer()?;
                if !self.paused {
                    return reject("The timer is not paused.");
                }
                Ok(vec![Event::TimerResumed])
            }
            C::TogglePause => {
                self.require_no_timeout_for_pause()?;
                self.require_timer()?;
                Ok(vec![if self.paused {
                    Event::TimerResumed
                } else {
                    Event::TimerPaused
                }])
            }
            C::Extend { ms } => {
                let w = self.require_timer()?;
                let Some(limit) = w.limit else {
                    let what = if self.dialogue.turn.is_some() {
                        "Confirming"
                    } else {
                        "This step"
                    };
                    return reject(format!(
                        "{what} is not timed, so there is nothing to extend."
                    ));
                };
                let by = positive(*ms, EXTEND_MAX, "The extra time")?;
                if limit.saturating_add(by) > STAGE_MAX.max(limit) {
                    return reject(format!(
                        "A stage or step can last at most {}.",
                        human_duration(STAGE_MAX)
                    ));
                }
                Ok(vec![Event::TimerExtended { by }])
            }
            C::NextStep | C::PreviousStep => {
                self.require_no_timeout()?;
                let Some(g) = self.guided.get(&self.phase) else {
                    return reject("This phase has no guided steps.");
                };
                let target = if *command == C::NextStep {
                    g.step + 1
                } else if g.step == 0 {
                    return reject("This is the first step.");
                } else {
                    g.step - 1
                };
                if target >= g.timers.len() {
                    return reject("This is the last step; go on to the next phase when ready.");
                }
                Ok(vec![Event::StepEntered { index: target }])
            }
            C::SetStepNote { phase, step, text } => {
                let Some(g) = self.guided.get(phase) else {
                    return reject("That phase has no guided steps.");
                };
                if *step >= g.notes.len() {
                    return reject("That step does not exist.");
                }
                let text = clean_note(text).map_err(Rejection)?;
                if g.notes[*step] == text {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::StepNoteSet {
                    phase: *phase,
                    step: *step,
                    text,
                }])
            }
            C::CallTimeout {
                by,
                reason,
                length_ms,
            } => {
                if self.timeout.is_some() {
                    return reject("A timeout is already running; end it or extend it.");
                }
                let (reason, length) = self.timeout_terms(reason, *length_ms)?;
                Ok(vec![Event::TimeoutStarted {
                    by: *by,
                    reason,
                    length,
                }])
            }
            C::ExtendTimeout { ms } => {
                let Some(t) = &self.timeout else {
                    return reject("No timeout is running.");
                };
                let by = positive(*ms, TIMEOUT_MAX, "The extra time")?;
                if t.length.saturating_add(by) > TIMEOUT_MAX.max(t.length) {
                    return reject(format!(
                        "A timeout can last at most {}.",
                        human_duration(TIMEOUT_MAX)
                    ));
                }
                Ok(vec![Event::TimeoutExtended { by }])
            }
            C::ChangeTimeout {
                by,
                reason,
                length_ms,
            } => {
                let Some(t) = &self.timeout else {
                    return reject("No timeout is running.");
                };
                let (reason, length) = self.timeout_terms(reason, *length_ms)?;
                if t.by == *by && t.reason == reason && t.length == length {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::TimeoutChanged {
                    by: *by,
                    reason,
                    length,
                }])
            }
            C::Undo => {
                let Some(step) = self.undo_step() else {
                    return reject(
                        "There is nothing to take back in this phase; undo goes back as far as the start of the phase.",
                    );
                };
                Ok(vec![Event::Undone {
                    from: step.from,
                    to: step.to,
                    what: step.what.clone(),
                }])
            }
            C::Redo => {
                let Some((undo, what)) = self.redo_step() else {
                    return reject(
                        "There is nothing to redo: redo takes back an undo, until the next step is taken.",
                    );
                };
                Ok(vec![Event::Redone {
                    undo: *undo,
                    what: what.clone(),
                }])
            }
            C::EndTimeout => {
                if self.timeout.is_none() {
                    return reject("No timeout is running.");
                }
                Ok(vec![Event::TimeoutEnded {
                    at: now.at,
                    early: true,
                }])
            }
            C::AddAgreement(terms) => {
                if self.agreements.len() >= AGREEMENTS_MAX {
                    return reject(format!(
                        "A session can hold at most {AGREEMENTS_MAX} agreements; fewer, smaller agreements work better."
                    ));
                }
                let terms = clean_terms(terms, self.date())?;
                Ok(vec![Event::AgreementAdded {
                    agreement: Agreement {
                        id: self.next_agreement_id,
                        made_in_session: self.info.number,
                        terms,
                        reviews: Vec::new(),
                        retired: false,
                        made_on: None,
                    },
                }])
            }
            C::ChangeAgreement { id, terms } => {
                if !self.agreements.iter().any(|a| a.id == *id) {
                    return reject(
                        "Only agreements made in this session can be changed here; earlier ones are reviewed (and can be stopped) at check-in.",
                    );
                }
                let terms = clean_terms(terms, self.date())?;
                Ok(vec![Event::AgreementChanged { id: *id, terms }])
            }
            C::DropAgreement { id } => {
                if !self.agreements.iter().any(|a| a.id == *id) {
                    return reject(
                        "Only agreements made in this session can be changed here; earlier ones are reviewed (and can be stopped) at check-in.",
                    );
                }
                Ok(vec![Event::AgreementDropped { id: *id }])
            }
            C::SetNoteFormat(format) => {
                if *format == self.notes.format {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::NoteFormatSet { format: *format }])
            }
            C::SetNote { section, text } => {
                let known = NoteFormat::ALL
                    .iter()
                    .any(|f| f.sections().contains(&section.as_str()));
                if !known {
                    return reject(format!("There is no note section called \"{section}\"."));
                }
                let text = clean_note(text).map_err(Rejection)?;
                if self.notes.section(section) == text {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::NoteSet {
                    section: section.clone(),
                    text,
                }])
            }
            C::QuickNote(text) => {
                // An empty quick note is a bookmark: "something happened here".
                let text = clean_optional_line(text, "the quick note").map_err(Rejection)?;
                Ok(vec![Event::QuickNote { text }])
            }
            C::SetNextSession(date) => {
                if let Some(d) = date
                    && *d < self.date()
                {
                    return reject("The next session cannot be before this one.");
                }
                Ok(vec![Event::NextSessionSet { date: *date }])
            }
            C::SetRecord(record) => {
                let mut record = record.clone();
                record.service_code =
                    clean_optional_text(&record.service_code, "the service code", CODE_MAX)
                        .map_err(Rejection)?;
                record.diagnosis =
                    clean_optional_text(&record.diagnosis, "the diagnosis code", CODE_MAX)
                        .map_err(Rejection)?;
                if let Risk::Concerns(words) = &record.risk {
                    let words = clean_line(words, "what the concerns are").map_err(Rejection)?;
                    record.risk = Risk::Concerns(words);
                }
                if record.present == [false, false] {
                    return reject("At least one partner was in the session.");
                }
                if record == self.record {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::RecordSet(record)])
            }
            C::Sign { by } => {
                if let Some(signed) = &self.signed {
                    return reject(format!(
                        "The notes are already signed, by {} on {}.",
                        signed.by,
                        signed.wall.format("%-d %B at %H:%M")
                    ));
                }
                if !self.is_ended() {
                    return reject("End the session before signing its notes.");
                }
                let by = clean_optional_text(by, "the signature", 300).map_err(Rejection)?;
                if by.is_empty() {
                    return reject("Add your name in Settings to sign the notes.");
                }
                Ok(vec![Event::Signed { by }])
            }
            C::AddAddendum(text) => {
                if self.signed.is_none() {
                    return reject(
                        "The notes are not signed yet: change them directly. An addendum is for signed notes.",
                    );
                }
                let text = clean_note(text).map_err(Rejection)?;
                if text.trim().is_empty() {
                    return reject("Write the addendum first.");
                }
                Ok(vec![Event::Addendum { text }])
            }
            C::End => {
                let mut events = Vec::new();
                if self.dialogue.turn.is_some() {
                    events.push(Event::TurnEnded { accurate: false });
                }
                if self.timeout.is_some() {
                    events.push(Event::TimeoutEnded {
                        at: now.at,
                        early: true,
                    });
                }
                events.push(Event::Ended);
                Ok(events)
            }
        }
    }

    /// A timeout's reason, cleaned, and its length: the one asked for, or the template's
    /// default for the reason.
    fn timeout_terms(
        &self,
        reason: &TimeoutReason,
        length_ms: Option<i64>,
    ) -> Result<(TimeoutReason, Ms), Rejection> {
        let reason = match reason {
            TimeoutReason::Other(why) => {
                TimeoutReason::Other(clean_optional_line(why, "the reason").map_err(Rejection)?)
            }
            r => r.clone(),
        };
        let length = match length_ms {
            None => match reason {
                TimeoutReason::Flooding => self.info.timeouts.flooding_minutes.ms(),
                _ => self.info.timeouts.break_minutes.ms(),
            },
            Some(ms) => timeout_length(ms)?,
        };
        Ok((reason, length))
    }

    fn phase_change(&self, index: usize) -> Vec<Event> {
        let mut events = Vec::new();
        if self.dialogue.turn.is_some() {
            events.push(Event::TurnEnded { accurate: false });
        }
        events.push(Event::PhaseEntered { index });
        events
    }

    /// The single dialogue key.
    fn advance(&self) -> Result<Vec<Event>, Rejection> {
        self.require_no_timeout()?;
        match &self.dialogue.turn {
            None => {
                self.require_dialogue()?;
                let alternate = self.dialogue.last_speaker.map_or(Side::A, Side::other);
                let speaker = match self.floor_policy(self.phase) {
                    FloorPolicy::OneWay => self.floor_holder(self.phase).unwrap_or(alternate),
                    _ => alternate,
                };
                Ok(vec![Event::TurnStarted { speaker }])
            }
            Some(turn) => match turn.stage {
                Stage::Speaking => Ok(vec![Event::StageAdvanced {
                    to: Stage::Paraphrasing,
                }]),
                Stage::Paraphrasing => Ok(vec![Event::StageAdvanced {
                    to: Stage::Confirming,
                }]),
                // "Accurate": who goes on is the phase's floor policy.
                Stage::Confirming => Ok(match self.floor_policy(turn.phase) {
                    FloorPolicy::SwapWhenUnderstood => self.understood(turn),
                    FloorPolicy::SpeakerPasses | FloorPolicy::OneWay => vec![
                        Event::TurnEnded { accurate: true },
                        Event::TurnStarted {
                            speaker: turn.speaker,
                        },
                    ],
                }),
                Stage::Responding(i) => Ok(self.after_response(turn, i)),
            },
        }
    }

    /// The speaker feels understood: the listener's closing steps, if the phase has any, then
    /// the floor moves as the phase's policy says.
    fn understood(&self, turn: &super::state::Turn) -> Vec<Event> {
        if self.listener_steps(turn.phase).len() > 1 {
            vec![Event::StageAdvanced {
                to: Stage::Responding(1),
            }]
        } else {
            self.hand_over(turn)
        }
    }

    /// After the listener's closing step `i`: the next one, or the end of the speaker's turn.
    fn after_response(&self, turn: &super::state::Turn, i: u8) -> Vec<Event> {
        if usize::from(i) + 1 < self.listener_steps(turn.phase).len() {
            vec![Event::StageAdvanced {
                to: Stage::Responding(i + 1),
            }]
        } else {
            self.hand_over(turn)
        }
    }

    /// The speaker's turn is done and understood: the floor passes to the listener, or, under a
    /// one-way floor, stays with the speaker for their next turn.
    fn hand_over(&self, turn: &super::state::Turn) -> Vec<Event> {
        let mut events = vec![Event::TurnEnded { accurate: true }];
        if self.floor_policy(turn.phase) != FloorPolicy::OneWay {
            events.push(Event::TurnStarted {
                speaker: turn.listener(),
            });
        }
        events
    }

    /// Under a one-way floor the floor never moves to the other partner.
    fn require_floor_moves(&self, turn: &super::state::Turn) -> Result<(), Rejection> {
        if self.floor_policy(turn.phase) == FloorPolicy::OneWay {
            return reject(format!(
                "In this phase {} holds the floor throughout and {} listens; the floor does not pass.",
                self.name(turn.speaker),
                self.name(turn.listener())
            ));
        }
        Ok(())
    }

    /// Under a one-way floor only the partner who holds it speaks.
    fn require_may_speak(&self, speaker: Side) -> Result<(), Rejection> {
        if self.floor_policy(self.phase) == FloorPolicy::OneWay
            && let Some(holder) = self.floor_holder(self.phase)
            && holder != speaker
        {
            return reject(format!(
                "In this phase {} holds the floor throughout and {} listens.",
                self.name(holder),
                self.name(speaker)
            ));
        }
        Ok(())
    }

    fn require_dialogue(&self) -> Result<(), Rejection> {
        match self.current_phase().map(|p| &p.kind) {
            Some(PhaseKind::SpeakerListener { .. }) => Ok(()),
            _ => match self
                .info
                .phases
                .iter()
                .position(|p| matches!(p.kind, PhaseKind::SpeakerListener { .. }))
            {
                Some(i) => reject(format!(
                    "This phase has no speaker/listener turns; go to \"{}\" (phase {}) to start one.",
                    self.info.phases[i].title,
                    i + 1
                )),
                None => reject("This protocol has no speaker/listener phase."),
            },
        }
    }

    fn require_no_timeout(&self) -> Result<(), Rejection> {
        if let Some(t) = &self.timeout {
            return reject(format!(
                "A timeout is running until {}; carry on when the couple is back, or end the timeout early.",
                t.back_at().format("%H:%M")
            ));
        }
        Ok(())
    }

    fn require_no_timeout_for_pause(&self) -> Result<(), Rejection> {
        if self.timeout.is_some() {
            return reject(
                "A timeout is running; the timer is already stopped and starts again when the timeout ends.",
            );
        }
        Ok(())
    }

    fn require_turn(&self) -> Result<&super::state::Turn, Rejection> {
        self.dialogue
            .turn
            .as_ref()
            .ok_or_else(|| Rejection::new("Nobody holds the floor; start a turn first."))
    }

    fn require_timer(&self) -> Result<&super::timer::Stopwatch, Rejection> {
        self.active_stopwatch()
            .ok_or_else(|| Rejection::new("No timer is running in this phase."))
    }
}

fn no_rule() -> Rejection {
    Rejection::new("That ground rule is no longer on the list.")
}

/// A positive duration no longer than `max`, or a sentence saying why not, with the length
/// that was asked for.
fn positive(ms: i64, max: Ms, what: &str) -> Result<Ms, Rejection> {
    if ms <= 0 {
        return reject(format!(
            "{what} must be more than zero; {} was asked for.",
            signed_duration(ms)
        ));
    }
    if ms as u64 > max {
        return reject(format!(
            "{what} can be at most {} at once; {} was asked for.",
            human_duration(max),
            signed_duration(ms)
        ));
    }
    Ok(ms as u64)
}

fn timeout_length(ms: i64) -> Result<Ms, Rejection> {
    if ms < TIMEOUT_MIN as i64 || ms > TIMEOUT_MAX as i64 {
        return reject(format!(
            "A timeout lasts between {} and {}; {} was asked for.",
            human_duration(TIMEOUT_MIN),
            human_duration(TIMEOUT_MAX),
            signed_duration(ms)
        ));
    }
    Ok(ms as u64)
}

/// A length that may be negative (a command no screen sends), in plain words: "-30 s".
fn signed_duration(ms: i64) -> String {
    if ms < 0 {
        format!("-{}", human_duration(ms.unsigned_abs()))
    } else {
        human_duration(ms as u64)
    }
}

/// Cleans the text of an agreement and checks it is concrete enough to print.
pub fn clean_terms(terms: &AgreementTerms, today: NaiveDate) -> Result<AgreementTerms, Rejection> {
    let behaviour = clean_line(&terms.behaviour, "what will be done").map_err(Rejection)?;
    let anchor = clean_optional_line(&terms.anchor, "the anchor habit").map_err(Rejection)?;
    let evidence = clean_optional_line(&terms.evidence, "how you will know").map_err(Rejection)?;
    let when = match &terms.when {
        Frequency::Weekdays(days) => {
            let mut days = days.clone();
            days.sort_by_key(|d| d.num_days_from_monday());
            days.dedup();
            if days.is_empty() {
                return reject("Choose at least one day of the week.");
            }
            if days.len() == 7 {
                Frequency::Daily
            } else {
                Frequency::Weekdays(days)
            }
        }
        other => other.clone(),
    };
    if let Some(review) = terms.review_on
        && review < today
    {
        return reject("The review date cannot be in the past.");
    }
    Ok(AgreementTerms {
        who: terms.who,
        behaviour,
        when,
        anchor,
        evidence,
        review_on: terms.review_on,
    })
}
