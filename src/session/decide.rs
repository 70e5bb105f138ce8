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

/// "25 November at 14:02", in the therapist's language.
fn day_and_time(wall: chrono::DateTime<chrono::FixedOffset>) -> String {
    let tr = crate::locale::therapist();
    crate::t!(
        "doc-refuse-day-at",
        date = crate::pdf::dated(tr, wall.date_naive(), &crate::t!("doc-date-day-month")),
        time = wall.format("%H:%M").to_string()
    )
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
            return reject(crate::t!(
                "doc-refuse-timeout-ran-out",
                time = t.back_at().format("%H:%M").to_string()
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
            return reject(crate::t!("doc-refuse-session-ended"));
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
            return reject(crate::t!(
                "doc-refuse-signed-addendum",
                when = day_and_time(signed.wall)
            ));
        }
        match command {
            C::NextPhase => {
                let next = self.phase + 1;
                if next >= self.info.phases.len() {
                    return reject(crate::t!("doc-refuse-last-phase"));
                }
                Ok(self.phase_change(next))
            }
            C::GoToPhase(index) => {
                if *index >= self.info.phases.len() {
                    return reject(crate::t!(
                        "doc-refuse-no-phase",
                        number = index.saturating_add(1),
                        count = self.info.phases.len()
                    ));
                }
                if *index == self.phase {
                    return Ok(Vec::new());
                }
                Ok(self.phase_change(*index))
            }
            C::RetireAgreement { id, retired } => {
                if !self.info.to_review.iter().any(|a| a.id == *id) {
                    return reject(crate::t!("doc-refuse-not-to-review"));
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
                    return reject(crate::t!("doc-refuse-rating"));
                }
                Ok(vec![Event::CheckInRated {
                    side: *side,
                    score: *score,
                }])
            }
            C::AnswerCsi { side, item, answer } => {
                let Some(asked) = crate::model::CSI4.get(usize::from(*item)) else {
                    return reject(crate::t!("doc-refuse-csi-question"));
                };
                if usize::from(*answer) >= asked.answers.len() {
                    return reject(crate::t!("doc-refuse-csi-answer"));
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
                    return reject(crate::t!("doc-refuse-not-to-review"));
                }
                let comment =
                    clean_optional_line(comment, &crate::t!("what-comment")).map_err(Rejection)?;
                Ok(vec![Event::AgreementReviewed {
                    id: *id,
                    outcome: *outcome,
                    comment,
                }])
            }
            C::UseOtherRules => {
                let set = self
                    .info
                    .other_rules
                    .as_ref()
                    .ok_or_else(|| Rejection(crate::t!("doc-refuse-no-other-rules")))?;
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
                    return reject(crate::t!("doc-refuse-no-card"));
                }
                if *index == self.card {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::CardShown { index: *index }])
            }
            C::AddRule { text } => {
                let text = clean_line(text, &crate::t!("what-rule")).map_err(Rejection)?;
                if self.rules.len() >= RULES_MAX {
                    return reject(crate::t!("doc-refuse-too-many-rules", count = RULES_MAX));
                }
                if self
                    .rules
                    .iter()
                    .any(|r| r.text.eq_ignore_ascii_case(&text))
                {
                    return reject(crate::t!("doc-refuse-rule-twice"));
                }
                Ok(vec![Event::RuleAdded {
                    id: self.next_rule_id,
                    text,
                }])
            }
            C::EditRule { id, text } => {
                let rule = self.rule(*id).ok_or_else(no_rule)?;
                let text = clean_line(text, &crate::t!("what-rule")).map_err(Rejection)?;
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
                    Stage::Confirming => reject(crate::t!(
                        "doc-refuse-confirming",
                        speaker = self.name(turn.speaker)
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
                        return reject(crate::t!(
                            "doc-refuse-still-speaking",
                            speaker = self.name(turn.speaker),
                            listener = self.name(turn.listener())
                        ));
                    }
                    Stage::Paraphrasing => {
                        return reject(crate::t!(
                            "doc-refuse-still-paraphrasing",
                            speaker = self.name(turn.speaker),
                            listener = self.name(turn.listener())
                        ));
                    }
                    Stage::Responding(_) => {
                        return reject(crate::t!(
                            "doc-refuse-already-confirmed",
                            speaker = self.name(turn.speaker),
                            listener = self.name(turn.listener())
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
                    return reject(crate::t!(
                        "doc-refuse-not-quite-when",
                        listener = self.name(turn.listener())
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
                let topic =
                    clean_optional_line(topic, &crate::t!("what-topic")).map_err(Rejection)?;
                if topic == self.dialogue.topic {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::TopicSet { topic }])
            }
            C::Pause => {
                self.require_no_timeout_for_pause()?;
                self.require_timer()?;
                if self.paused {
                    return reject(crate::t!("doc-refuse-already-paused"));
                }
                Ok(vec![Event::TimerPaused])
            }
            C::Resume => {
                self.require_no_timeout_for_pause()?;
                self.require_timer()?;
                if !self.paused {
                    return reject(crate::t!("doc-refuse-not-paused"));
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
                    return reject(if self.dialogue.turn.is_some() {
                        crate::t!("doc-refuse-confirming-untimed")
                    } else {
                        crate::t!("doc-refuse-step-untimed")
                    });
                };
                let by = positive(*ms, EXTEND_MAX)?;
                if limit.saturating_add(by) > STAGE_MAX.max(limit) {
                    return reject(crate::t!(
                        "doc-refuse-stage-max",
                        length = human_duration(STAGE_MAX)
                    ));
                }
                Ok(vec![Event::TimerExtended { by }])
            }
            C::NextStep | C::PreviousStep => {
                self.require_no_timeout()?;
                let Some(g) = self.guided.get(&self.phase) else {
                    return reject(crate::t!("doc-refuse-no-steps"));
                };
                let target = if *command == C::NextStep {
                    g.step + 1
                } else if g.step == 0 {
                    return reject(crate::t!("doc-refuse-first-step"));
                } else {
                    g.step - 1
                };
                if target >= g.timers.len() {
                    return reject(crate::t!("doc-refuse-last-step"));
                }
                Ok(vec![Event::StepEntered { index: target }])
            }
            C::SetStepNote { phase, step, text } => {
                let Some(g) = self.guided.get(phase) else {
                    return reject(crate::t!("doc-refuse-phase-no-steps"));
                };
                if *step >= g.notes.len() {
                    return reject(crate::t!("doc-refuse-no-step"));
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
                    return reject(crate::t!("doc-refuse-timeout-running"));
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
                    return reject(crate::t!("doc-refuse-no-timeout"));
                };
                let by = positive(*ms, TIMEOUT_MAX)?;
                if t.length.saturating_add(by) > TIMEOUT_MAX.max(t.length) {
                    return reject(crate::t!(
                        "doc-refuse-timeout-max",
                        length = human_duration(TIMEOUT_MAX)
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
                    return reject(crate::t!("doc-refuse-no-timeout"));
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
                    return reject(crate::t!("doc-refuse-nothing-to-undo"));
                };
                Ok(vec![Event::Undone {
                    from: step.from,
                    to: step.to,
                    what: step.what.clone(),
                }])
            }
            C::Redo => {
                let Some((undo, what)) = self.redo_step() else {
                    return reject(crate::t!("doc-refuse-nothing-to-redo"));
                };
                Ok(vec![Event::Redone {
                    undo: *undo,
                    what: what.clone(),
                }])
            }
            C::EndTimeout => {
                if self.timeout.is_none() {
                    return reject(crate::t!("doc-refuse-no-timeout"));
                }
                Ok(vec![Event::TimeoutEnded {
                    at: now.at,
                    early: true,
                }])
            }
            C::AddAgreement(terms) => {
                if self.agreements.len() >= AGREEMENTS_MAX {
                    return reject(crate::t!(
                        "doc-refuse-too-many-agreements",
                        count = AGREEMENTS_MAX
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
                    return reject(crate::t!("doc-refuse-earlier-agreement"));
                }
                let terms = clean_terms(terms, self.date())?;
                Ok(vec![Event::AgreementChanged { id: *id, terms }])
            }
            C::DropAgreement { id } => {
                if !self.agreements.iter().any(|a| a.id == *id) {
                    return reject(crate::t!("doc-refuse-earlier-agreement"));
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
                    return reject(crate::t!("doc-refuse-no-section", section = section));
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
                let text =
                    clean_optional_line(text, &crate::t!("what-quick-note")).map_err(Rejection)?;
                Ok(vec![Event::QuickNote { text }])
            }
            C::SetNextSession(date) => {
                if let Some(d) = date
                    && *d < self.date()
                {
                    return reject(crate::t!("doc-refuse-next-before"));
                }
                Ok(vec![Event::NextSessionSet { date: *date }])
            }
            C::SetRecord(record) => {
                let mut record = record.clone();
                record.service_code = clean_optional_text(
                    &record.service_code,
                    &crate::t!("what-service-code"),
                    CODE_MAX,
                )
                .map_err(Rejection)?;
                record.diagnosis = clean_optional_text(
                    &record.diagnosis,
                    &crate::t!("what-diagnosis-code"),
                    CODE_MAX,
                )
                .map_err(Rejection)?;
                if let Risk::Concerns(words) = &record.risk {
                    let words =
                        clean_line(words, &crate::t!("what-concerns")).map_err(Rejection)?;
                    record.risk = Risk::Concerns(words);
                }
                if record.present == [false, false] {
                    return reject(crate::t!("doc-refuse-nobody-present"));
                }
                if record == self.record {
                    return Ok(Vec::new());
                }
                Ok(vec![Event::RecordSet(record)])
            }
            C::Sign { by } => {
                if let Some(signed) = &self.signed {
                    return reject(crate::t!(
                        "doc-refuse-already-signed",
                        by = &signed.by,
                        when = day_and_time(signed.wall)
                    ));
                }
                if !self.is_ended() {
                    return reject(crate::t!("doc-refuse-sign-after-end"));
                }
                let by = clean_optional_text(by, &crate::t!("what-signature"), 300)
                    .map_err(Rejection)?;
                if by.is_empty() {
                    return reject(crate::t!("doc-refuse-sign-no-name"));
                }
                Ok(vec![Event::Signed { by }])
            }
            C::AddAddendum(text) => {
                if self.signed.is_none() {
                    return reject(crate::t!("doc-refuse-addendum-unsigned"));
                }
                let text = clean_note(text).map_err(Rejection)?;
                if text.trim().is_empty() {
                    return reject(crate::t!("doc-refuse-addendum-empty"));
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
            TimeoutReason::Other(why) => TimeoutReason::Other(
                clean_optional_line(why, &crate::t!("what-reason")).map_err(Rejection)?,
            ),
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
            return reject(crate::t!(
                "doc-refuse-one-way-pass",
                speaker = self.name(turn.speaker),
                listener = self.name(turn.listener())
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
            return reject(crate::t!(
                "doc-refuse-one-way",
                speaker = self.name(holder),
                listener = self.name(speaker)
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
                Some(i) => reject(crate::t!(
                    "doc-refuse-go-to-dialogue",
                    phase = &self.info.phases[i].title,
                    number = i + 1
                )),
                None => reject(crate::t!("doc-refuse-no-dialogue")),
            },
        }
    }

    fn require_no_timeout(&self) -> Result<(), Rejection> {
        if let Some(t) = &self.timeout {
            return reject(crate::t!(
                "doc-refuse-in-timeout",
                time = t.back_at().format("%H:%M").to_string()
            ));
        }
        Ok(())
    }

    fn require_no_timeout_for_pause(&self) -> Result<(), Rejection> {
        if self.timeout.is_some() {
            return reject(crate::t!("doc-refuse-timer-stopped-by-timeout"));
        }
        Ok(())
    }

    fn require_turn(&self) -> Result<&super::state::Turn, Rejection> {
        self.dialogue
            .turn
            .as_ref()
            .ok_or_else(|| Rejection::new(crate::t!("doc-refuse-no-turn")))
    }

    fn require_timer(&self) -> Result<&super::timer::Stopwatch, Rejection> {
        self.active_stopwatch()
            .ok_or_else(|| Rejection::new(crate::t!("doc-refuse-no-timer")))
    }
}

fn no_rule() -> Rejection {
    Rejection::new(crate::t!("doc-refuse-rule-gone"))
}

/// A positive extra time no longer than `max`, or a sentence saying why not, with the length
/// that was asked for.
fn positive(ms: i64, max: Ms) -> Result<Ms, Rejection> {
    if ms <= 0 {
        return reject(crate::t!(
            "doc-refuse-extra-not-positive",
            asked = signed_duration(ms)
        ));
    }
    if ms as u64 > max {
        return reject(crate::t!(
            "doc-refuse-extra-too-long",
            most = human_duration(max),
            asked = signed_duration(ms)
        ));
    }
    Ok(ms as u64)
}

fn timeout_length(ms: i64) -> Result<Ms, Rejection> {
    if ms < TIMEOUT_MIN as i64 || ms > TIMEOUT_MAX as i64 {
        return reject(crate::t!(
            "doc-refuse-timeout-length",
            least = human_duration(TIMEOUT_MIN),
            most = human_duration(TIMEOUT_MAX),
            asked = signed_duration(ms)
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
    let behaviour =
        clean_line(&terms.behaviour, &crate::t!("what-behaviour")).map_err(Rejection)?;
    let anchor =
        clean_optional_line(&terms.anchor, &crate::t!("what-anchor")).map_err(Rejection)?;
    let evidence =
        clean_optional_line(&terms.evidence, &crate::t!("what-evidence")).map_err(Rejection)?;
    let when = match &terms.when {
        Frequency::Weekdays(days) => {
            let mut days = days.clone();
            days.sort_by_key(|d| d.num_days_from_monday());
            days.dedup();
            if days.is_empty() {
                return reject(crate::t!("doc-refuse-no-day"));
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
        return reject(crate::t!("doc-refuse-review-past"));
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
