//! The state of a session: a fold over its events. Folding never fails and never panics: an
//! event that makes no sense for the state (only possible in a hand-edited journal) is ignored.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::timer::Stopwatch;
use crate::model::{
    Agreement, Caller, Entry, Event, FloorPolicy, ListenerStep, Ms, NoteFormat, Outcome, PhaseKind,
    PhasePlan, SessionRecord, SessionStart, Side, Stage, Stamp, TimeoutReason,
};

#[derive(Debug, Clone, PartialEq)]
pub struct RuleState {
    pub id: u32,
    pub text: String,
    /// Whether partner A and partner B agreed to it in this session.
    pub agreed: [bool; 2],
    /// When both last agreed, from an earlier session.
    pub agreed_before: Option<NaiveDate>,
    /// For the therapy room only: not printed on the homework sheet.
    pub session_only: bool,
}

impl RuleState {
    pub fn agreed_by(&self, side: Side) -> bool {
        self.agreed[idx(side)]
    }
    pub fn agreed_by_both(&self) -> bool {
        self.agreed == [true, true]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewState {
    pub outcome: Outcome,
    pub comment: String,
}

/// The turn in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub speaker: Side,
    pub stage: Stage,
    /// The furthest stage it got to ("not quite" goes back, but the paraphrase happened).
    pub reached: Stage,
    /// The timer of the current stage.
    pub timer: Stopwatch,
    /// The speaker/listener phase the turn belongs to.
    pub phase: usize,
    pub started_at: Ms,
    /// Time banked in finished stages of this turn.
    pub speak_ms: Ms,
    pub paraphrase_ms: Ms,
    pub not_quite: u32,
    pub topic: String,
}

impl TurnRecord {
    /// The listener paraphrased: the speaker was heard.
    pub fn exchanged(&self) -> bool {
        self.accurate || self.reached != Stage::Speaking
    }
}

impl Turn {
    pub fn listener(&self) -> Side {
        self.speaker.other()
    }
}

/// A finished turn.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnRecord {
    /// How far it got.
    pub reached: Stage,
    pub speaker: Side,
    pub phase: usize,
    pub started_at: Ms,
    pub ended_at: Ms,
    pub speak_ms: Ms,
    pub paraphrase_ms: Ms,
    pub not_quite: u32,
    /// The speaker confirmed the paraphrase as accurate.
    pub accurate: bool,
    pub topic: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dialogue {
    pub turn: Option<Turn>,
    /// Every finished turn, in order. Added to only through [`Dialogue::finish`], which keeps
    /// the running totals below.
    pub finished: Vec<TurnRecord>,
    pub topic: String,
    pub last_speaker: Option<Side>,
    /// What the console and the display show every frame, kept as turns finish rather than
    /// summed over every turn each frame: a frame costs the same at turn 5 and turn 5,000.
    totals: TurnTotals,
}

/// Sums over the finished turns.
#[derive(Debug, Clone, PartialEq, Default)]
struct TurnTotals {
    /// Speaking time, by speaker.
    speak_ms: [Ms; 2],
    /// Paraphrasing time, by listener.
    paraphrase_ms: [Ms; 2],
    /// Turns in which each speaker was paraphrased (exchanges).
    exchanges: [usize; 2],
    /// "Not quite" over all turns.
    not_quite: u32,
    /// The first speaker of each phase that had a turn, by phase index.
    first_speaker: std::collections::BTreeMap<usize, Side>,
}

impl Dialogue {
    /// Records a finished turn and adds it to the totals.
    fn finish(&mut self, turn: TurnRecord) {
        let t = &mut self.totals;
        let speaker = turn.speaker as usize;
        let listener = turn.speaker.other() as usize;
        t.speak_ms[speaker] = t.speak_ms[speaker].saturating_add(turn.speak_ms);
        t.paraphrase_ms[listener] = t.paraphrase_ms[listener].saturating_add(turn.paraphrase_ms);
        if turn.exchanged() {
            t.exchanges[speaker] += 1;
        }
        t.not_quite = t.not_quite.saturating_add(turn.not_quite);
        t.first_speaker.entry(turn.phase).or_insert(turn.speaker);
        self.finished.push(turn);
    }

    /// "Not quite" said over all finished turns.
    pub fn not_quite_total(&self) -> u32 {
        self.totals.not_quite
    }
}

/// Progress through a guided-steps phase.
#[derive(Debug, Clone, PartialEq)]
pub struct Guided {
    pub step: usize,
    /// One timer per step; revisiting a step continues its timer.
    pub timers: Vec<Stopwatch>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActiveTimeout {
    pub by: Caller,
    pub reason: TimeoutReason,
    pub started: Stamp,
    pub length: Ms,
    /// The phase it was called in.
    pub phase: usize,
}

impl ActiveTimeout {
    pub fn deadline(&self) -> Ms {
        self.started.at.saturating_add(self.length)
    }
    /// The wall-clock time the couple is due back.
    pub fn back_at(&self) -> DateTime<FixedOffset> {
        let length = chrono::Duration::milliseconds(self.length.min(i64::MAX as u64) as i64);
        self.started
            .wall
            .checked_add_signed(length)
            .unwrap_or(self.started.wall)
    }
    pub fn remaining(&self, now: Ms) -> i64 {
        (self.deadline() as i64).saturating_sub(now as i64)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimeoutRecord {
    pub by: Caller,
    pub reason: TimeoutReason,
    pub started: Stamp,
    /// The length agreed when it was called, plus extensions.
    pub planned: Ms,
    /// How long it actually lasted.
    pub lasted: Ms,
    pub ended_early: bool,
    pub phase: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuickNote {
    pub at: Ms,
    pub wall: DateTime<FixedOffset>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notes {
    pub format: NoteFormat,
    /// Text per section name; sections shared by formats keep their text across a change.
    pub sections: BTreeMap<String, String>,
    pub quick: Vec<QuickNote>,
}

impl Notes {
    pub fn section(&self, name: &str) -> &str {
        self.sections.get(name).map_or("", String::as_str)
    }
    pub fn chars(&self) -> usize {
        self.sections.values().map(|s| s.chars().count()).sum()
    }

    /// Text written under sections the chosen format does not have (the format was changed
    /// after it was written), in a fixed order: it is shown and printed under its old heading
    /// until the therapist moves it.
    pub fn kept_from_other_formats(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = Vec::new();
        for name in NoteFormat::ALL.iter().flat_map(|f| f.sections().iter()) {
            if self.format.sections().contains(name) || out.iter().any(|(n, _)| n == name) {
                continue;
            }
            let text = self.section(name);
            if !text.trim().is_empty() {
                out.push((name, text));
            }
        }
        out
    }
}

/// What the big display and the console show for the running timer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimerView {
    pub elapsed: Ms,
    /// `None` when untimed; negative in overtime.
    pub remaining: Option<i64>,
    pub limit: Option<Ms>,
    pub running: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SessionState {
    pub info: SessionStart,
    pub started: Stamp,
    /// The last event's stamp.
    pub last: Stamp,
    pub phase: usize,
    /// For each phase, the spans of time it was the current phase.
    pub phase_spans: Vec<Vec<(Ms, Option<Ms>)>>,
    pub check_in: [Option<u8>; 2],
    /// Each partner's answers to the CSI-4's four items, by score.
    pub csi: [[Option<u8>; 4]; 2],
    pub reviews: BTreeMap<u32, ReviewState>,
    pub rules: Vec<RuleState>,
    pub dialogue: Dialogue,
    pub guided: BTreeMap<usize, Guided>,
    pub timeout: Option<ActiveTimeout>,
    pub timeouts: Vec<TimeoutRecord>,
    /// Agreements made in this session.
    pub agreements: Vec<Agreement>,
    pub notes: Notes,
    pub next_session: Option<NaiveDate>,
    /// The therapist paused the running timer.
    pub paused: bool,
    pub ended: Option<Stamp>,
    pub(super) next_rule_id: u32,
    /// The card shown on the couple display, if any (an index into the session's cards).
    pub card: Option<usize>,
    pub(super) next_agreement_id: u32,
    /// How many events were folded.
    pub events: usize,
    /// Earlier agreements the couple decided to stop (kept up, or no longer wanted).
    pub retired: std::collections::BTreeSet<u32>,
    /// Every entry folded, in journal order (0 is `Started`), undone ones included: an undo
    /// rebuilds the state from it without the undone step.
    pub log: Vec<Entry>,
    /// The steps of the current phase that can be taken back, oldest first.
    pub undoable: Vec<UndoStep>,
    /// Undos that can be taken back (no step was taken since), oldest first: the journal
    /// position of each `Undone` entry and what it took back.
    pub redoable: Vec<(usize, String)>,
    /// How the session was held and billed, and risk.
    pub record: SessionRecord,
    /// Who signed the notes, and when: from then on they are locked.
    pub signed: Option<Signature>,
    /// What was added after signing, in order.
    pub addenda: Vec<Addendum>,
    /// The last time the notes were written after the session ended, if they were.
    pub notes_changed_after_end: Option<DateTime<FixedOffset>>,
}

/// A signature on the notes.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    /// "Dr Ana María Ortiz, LMFT".
    pub by: String,
    pub wall: DateTime<FixedOffset>,
}

/// A dated addition to signed notes.
#[derive(Debug, Clone, PartialEq)]
pub struct Addendum {
    pub wall: DateTime<FixedOffset>,
    pub text: String,
}

/// One step the therapist can take back: the journal entries one command wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoStep {
    /// The entries' positions in the journal (0 is `Started`), inclusive.
    pub from: usize,
    pub to: usize,
    /// What it did, in words: "Emma's paraphrase confirmed as accurate".
    pub what: String,
    stamp: Stamp,
}

/// How an event stands towards undo.
enum UndoKind {
    /// A step that can be taken back.
    Step,
    /// Undo goes no further back than this (the start of a phase, the session's start or end).
    Boundary,
    /// Neither: text being written, bookkeeping, a timeout running out on its own.
    Neither,
}

fn undo_kind(event: &Event) -> UndoKind {
    match event {
        Event::Started(_) | Event::PhaseEntered { .. } | Event::Ended | Event::Signed { .. } => {
            UndoKind::Boundary
        }
        Event::CheckInRated { .. }
        | Event::CsiAnswered { .. }
        | Event::AgreementReviewed { .. }
        | Event::AgreementRetired { .. }
        | Event::RuleAdded { .. }
        | Event::RulesReplaced { .. }
        | Event::RuleEdited { .. }
        | Event::RuleRemoved { .. }
        | Event::RuleAgreed { .. }
        | Event::TurnStarted { .. }
        | Event::StageAdvanced { .. }
        | Event::ParaphraseNotQuite
        | Event::TurnEnded { .. }
        | Event::TimerPaused
        | Event::TimerResumed
        | Event::TimerExtended { .. }
        | Event::StepEntered { .. }
        | Event::TimeoutStarted { .. }
        | Event::TimeoutExtended { .. }
        | Event::TimeoutChanged { .. }
        | Event::TimeoutEnded { early: true, .. }
        | Event::AgreementAdded { .. }
        | Event::AgreementChanged { .. }
        | Event::AgreementDropped { .. } => UndoKind::Step,
        _ => UndoKind::Neither,
    }
}

pub(super) fn idx(side: Side) -> usize {
    match side {
        Side::A => 0,
        Side::B => 1,
    }
}

impl SessionState {
    /// The state right after `Started`.
    pub fn new(info: SessionStart, started: Stamp) -> SessionState {
        let info_for_log = info.clone();
        let phases = info.phases.len();
        let rules = info
            .ground_rules
            .iter()
            .map(|r| RuleState {
                id: r.id,
                text: r.text.clone(),
                agreed: [false, false],
                agreed_before: r.agreed_on,
                session_only: r.session_only,
            })
            .collect::<Vec<_>>();
        let next_rule_id = rules
            .iter()
            .map(|r| r.id.saturating_add(1))
            .max()
            .unwrap_or(1);
        let next_agreement_id = info.next_agreement_id.max(
            info.to_review
                .iter()
                .map(|a| a.id.saturating_add(1))
                .max()
                .unwrap_or(1),
        );
        let mut record = SessionRecord::from_defaults(&info.clinical);
        if let Some(side) = info.alone {
            record.present = [side == Side::A, side == Side::B];
            record.service_code = crate::model::default_service_code(record.present).to_owned();
        }
        SessionState {
            notes: Notes {
                format: info.note_format,
                sections: BTreeMap::new(),
                quick: Vec::new(),
            },
            info,
            started,
            last: started,
            phase: 0,
            phase_spans: vec![Vec::new(); phases],
            check_in: [None, None],
            csi: [[None; 4]; 2],
            reviews: BTreeMap::new(),
            rules,
            dialogue: Dialogue::default(),
            guided: BTreeMap::new(),
            timeout: None,
            timeouts: Vec::new(),
            agreements: Vec::new(),
            next_session: None,
            paused: false,
            ended: None,
            next_rule_id,
            card: None,
            next_agreement_id,
            events: 1,
            retired: std::collections::BTreeSet::new(),
            log: vec![Entry::new(started, Event::Started(Box::new(info_for_log)))],
            undoable: Vec::new(),
            redoable: Vec::new(),
            record,
            signed: None,
            addenda: Vec::new(),
            notes_changed_after_end: None,
        }
        .with_guided_phases()
    }

    /// Notes written after the session ended leave a trace in the printed record.
    fn note_written(&mut self, wall: DateTime<FixedOffset>) {
        if self.ended.is_some() {
            self.notes_changed_after_end = Some(wall);
        }
    }

    /// Every guided phase gets its steps' timers and notes up front, so a note can be written
    /// for a phase not reached yet (or skipped).
    fn with_guided_phases(mut self) -> SessionState {
        for i in 0..self.info.phases.len() {
            let limits = self.guided_limits(i);
            if !limits.is_empty() {
                self.guided.insert(
                    i,
                    Guided {
                        step: 0,
                        notes: vec![String::new(); limits.len()],
                        timers: limits.iter().map(|l| Stopwatch::new(*l)).collect(),
                    },
                );
            }
        }
        self
    }

    /// Rebuilds a session from its journal. The first entry must be `Started`.
    pub fn from_entries(entries: &[Entry]) -> Result<SessionState, String> {
        let (first, rest) = entries
            .split_first()
            .ok_or_else(|| crate::t!("store-session-no-events"))?;
        let Event::Started(info) = &first.event else {
            return Err(crate::t!("store-session-no-start"));
        };
        let mut state = SessionState::new((**info).clone(), first.stamp());
        for entry in rest {
            state.fold(entry);
        }
        Ok(state)
    }

    pub fn name(&self, side: Side) -> &str {
        match side {
            Side::A => &self.info.partner_a,
            Side::B => &self.info.partner_b,
        }
    }

    pub fn date(&self) -> NaiveDate {
        self.started.wall.date_naive()
    }

    pub fn current_phase(&self) -> Option<&PhasePlan> {
        self.info.phases.get(self.phase)
    }

    /// Stage lengths of the speaker/listener phase `phase`, if it is one.
    fn stage_limits(&self, phase: usize) -> Option<(Ms, Ms)> {
        match self.info.phases.get(phase).map(|p| &p.kind) {
            Some(PhaseKind::SpeakerListener {
                speak_seconds,
                paraphrase_seconds,
                ..
            }) => Some((speak_seconds.ms(), paraphrase_seconds.ms())),
            _ => None,
        }
    }

    /// Who holds the floor after an accurate paraphrase in phase `phase`.
    pub fn floor_policy(&self, phase: usize) -> FloorPolicy {
        match self.info.phases.get(phase).map(|p| &p.kind) {
            Some(PhaseKind::SpeakerListener { floor, .. }) => *floor,
            _ => FloorPolicy::default(),
        }
    }

    /// Under a one-way floor, the partner who holds it in phase `phase`: the first to speak.
    pub fn floor_holder(&self, phase: usize) -> Option<Side> {
        self.dialogue
            .totals
            .first_speaker
            .get(&phase)
            .copied()
            .or_else(|| {
                self.dialogue
                    .turn
                    .as_ref()
                    .filter(|t| t.phase == phase)
                    .map(|t| t.speaker)
            })
    }

    pub(super) fn stage_limit(&self, phase: usize, stage: Stage) -> Option<Ms> {
        let (speak, paraphrase) = self.stage_limits(phase)?;
        match stage {
            Stage::Speaking => Some(speak),
            // The listener's closing steps each get the listener's time.
            Stage::Paraphrasing | Stage::Responding(_) => Some(paraphrase),
            Stage::Confirming => None,
        }
    }

    /// The listener's steps in phase `phase`, from its template (PREP's paraphrase if none).
    pub fn listener_steps(&self, phase: usize) -> &[ListenerStep] {
        match self.info.phases.get(phase).map(|p| &p.kind) {
            Some(PhaseKind::SpeakerListener { listener, .. }) if !listener.is_empty() => listener,
            _ => &[ListenerStep::Paraphrase],
        }
    }

    /// The turn in plain words for the console ("Kai, your turn to mirror"), in the
    /// therapist's language, and whose colour it takes.
    pub fn turn_headline(&self, turn: &Turn) -> (String, Side) {
        self.turn_headline_in(crate::locale::therapist(), turn)
    }

    /// The turn in plain words in `tr`'s language (the couple display speaks the couple's).
    pub fn turn_headline_in(&self, tr: crate::locale::Tr, turn: &Turn) -> (String, Side) {
        let speaker = self.name(turn.speaker);
        let listener = self.name(turn.listener());
        let (key, side) = match (turn.stage, self.listener_step(turn)) {
            (Stage::Speaking, _) => ("turn-speaking", turn.speaker),
            (Stage::Confirming, Some(ListenerStep::Mirror)) => {
                ("turn-confirm-mirror", turn.speaker)
            }
            (Stage::Confirming, _) => ("turn-confirm", turn.speaker),
            (_, Some(ListenerStep::Summary)) => ("turn-summary", turn.listener()),
            (_, Some(ListenerStep::Validation)) => ("turn-validation", turn.listener()),
            (_, Some(ListenerStep::Empathy)) => ("turn-empathy", turn.listener()),
            (_, Some(ListenerStep::Mirror)) => ("turn-mirror", turn.listener()),
            (_, _) => ("turn-paraphrase", turn.listener()),
        };
        let words = tr.with(
            key,
            &[("speaker", speaker.into()), ("listener", listener.into())],
        );
        (words, side)
    }

    /// The listener step a turn's stage stands for: the first step while paraphrasing or
    /// confirming, a closing step while responding; none while the speaker speaks.
    pub fn listener_step(&self, turn: &Turn) -> Option<ListenerStep> {
        let steps = self.listener_steps(turn.phase);
        match turn.stage {
            Stage::Speaking => None,
            Stage::Paraphrasing | Stage::Confirming => steps.first().copied(),
            Stage::Responding(i) => steps.get(usize::from(i)).copied(),
        }
    }

    fn guided_limits(&self, phase: usize) -> Vec<Option<Ms>> {
        match self.info.phases.get(phase).map(|p| &p.kind) {
            Some(PhaseKind::GuidedSteps { steps }) => {
                steps.iter().map(|s| s.minutes.map(|m| m.ms())).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The timer the pause key and the big display act on: the turn's stage, or the current
    /// guided step.
    pub fn active_stopwatch(&self) -> Option<&Stopwatch> {
        if let Some(turn) = &self.dialogue.turn {
            return Some(&turn.timer);
        }
        let guided = self.guided.get(&self.phase)?;
        guided.timers.get(guided.step)
    }

    fn active_stopwatch_mut(&mut self) -> Option<&mut Stopwatch> {
        if let Some(turn) = &mut self.dialogue.turn {
            return Some(&mut turn.timer);
        }
        let guided = self.guided.get_mut(&self.phase)?;
        guided.timers.get_mut(guided.step)
    }

    pub fn timer(&self, now: Ms) -> Option<TimerView> {
        let w = self.active_stopwatch()?;
        Some(TimerView {
            elapsed: w.elapsed(now),
            remaining: w.remaining(now),
            limit: w.limit,
            running: w.is_running(),
        })
    }

    /// Timers run unless paused, in a timeout, or after the end.
    fn timers_should_run(&self) -> bool {
        !self.paused && self.timeout.is_none() && self.ended.is_none()
    }

    fn sync_timers(&mut self, at: Ms) {
        let run = self.timers_should_run();
        if let Some(w) = self.active_stopwatch_mut() {
            if run {
                w.start(at);
            } else {
                w.stop(at);
            }
        }
    }

    /// Total speaking time of a partner, including the turn in progress.
    pub fn talk_ms(&self, side: Side, now: Ms) -> Ms {
        self.stage_total(side, Stage::Speaking, now)
    }

    /// Total paraphrasing time of a partner (as listener), including the turn in progress.
    pub fn paraphrase_ms(&self, side: Side, now: Ms) -> Ms {
        self.stage_total(side, Stage::Paraphrasing, now)
    }

    /// Time `side` spent in `stage`: speaking as the speaker, paraphrasing as the listener.
    fn stage_total(&self, side: Side, stage: Stage, now: Ms) -> Ms {
        let paraphrase = stage == Stage::Paraphrasing;
        // Whose time it is, and which of a turn's banked totals counts.
        let holder = |speaker: Side| if paraphrase { speaker.other() } else { speaker };
        let banked = |speak: Ms, para: Ms| if paraphrase { para } else { speak };
        let totals = &self.dialogue.totals;
        let done = if paraphrase {
            totals.paraphrase_ms[side as usize]
        } else {
            totals.speak_ms[side as usize]
        };
        let current = match &self.dialogue.turn {
            Some(t) if holder(t.speaker) == side => {
                let running = if t.stage == stage {
                    t.timer.elapsed(now)
                } else {
                    0
                };
                banked(t.speak_ms, t.paraphrase_ms).saturating_add(running)
            }
            _ => 0,
        };
        done.saturating_add(current)
    }

    /// Turns in which this partner held the floor and was paraphrased: an exchange. A turn
    /// stopped while still speaking (the therapist moved on) adds to talk time, not to turns.
    /// Times a review found an agreement done, this session's reviews included.
    pub fn wins(&self) -> u32 {
        let now = self
            .reviews
            .values()
            .filter(|r| r.outcome == crate::model::Outcome::Done)
            .count() as u32;
        self.info.kept_before.saturating_add(now)
    }

    /// A partner's CSI-4 total, once all four items are answered.
    pub fn csi_score(&self, side: Side) -> Option<u8> {
        crate::model::csi4_score(self.csi[side as usize])
    }

    pub fn turns(&self, side: Side) -> usize {
        self.dialogue.totals.exchanges[side as usize]
    }

    /// How long phase `i` has been the current phase, in total.
    pub fn phase_actual_ms(&self, i: usize, now: Ms) -> Ms {
        self.phase_spans.get(i).map_or(0, |spans| {
            spans
                .iter()
                .map(|(from, to)| to.unwrap_or(now).saturating_sub(*from))
                .fold(0, Ms::saturating_add)
        })
    }

    /// Length of the session so far (or in all, once ended).
    pub fn elapsed_ms(&self, now: Ms) -> Ms {
        match self.ended {
            Some(end) => end.at,
            None => now,
        }
    }

    /// The moment the next automatic event is due (a timeout running out).
    pub fn next_deadline(&self) -> Option<Ms> {
        self.timeout.as_ref().map(ActiveTimeout::deadline)
    }

    pub fn rule(&self, id: u32) -> Option<&RuleState> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn is_ended(&self) -> bool {
        self.ended.is_some()
    }

    /// Folds one event into the state.
    pub fn fold(&mut self, entry: &Entry) {
        let index = self.log.len();
        self.log.push(entry.clone());
        if matches!(entry.event, Event::Undone { .. } | Event::Redone { .. }) {
            self.rebuild();
        } else {
            self.fold_at(index, entry);
        }
    }

    /// The last undo that redo would take back, if no step was taken since.
    pub fn redo_step(&self) -> Option<&(usize, String)> {
        self.redoable.last()
    }

    /// The last step that undo would take back, if any.
    pub fn undo_step(&self) -> Option<&UndoStep> {
        self.undoable.last()
    }

    /// The entries of the journal that no longer count because a later `Undone` took them back.
    pub fn undone_entries(&self) -> Vec<bool> {
        let mut skip = vec![false; self.log.len()];
        let redone: std::collections::BTreeSet<usize> = self
            .log
            .iter()
            .filter_map(|e| match e.event {
                Event::Redone { undo, .. } => Some(undo),
                _ => None,
            })
            .collect();
        for (i, entry) in self.log.iter().enumerate() {
            if redone.contains(&i) {
                continue;
            }
            if let Event::Undone { from, to, .. } = entry.event {
                let end = to.min(self.log.len().saturating_sub(1));
                if from > end {
                    continue;
                }
                for (undone, e) in skip[from..=end].iter_mut().zip(&self.log[from..=end]) {
                    // Only steps can be undone, whatever a damaged journal says.
                    *undone |= matches!(undo_kind(&e.event), UndoKind::Step);
                }
            }
        }
        skip
    }

    /// Folds the journal again without the undone entries: every timer and total is then
    /// exactly what it would have been had the step never been taken.
    fn rebuild(&mut self) {
        let skip = self.undone_entries();
        let log = std::mem::take(&mut self.log);
        let Some(Event::Started(info)) = log.first().map(|e| &e.event) else {
            self.log = log;
            return;
        };
        let mut fresh = SessionState::new((**info).clone(), log[0].stamp());
        // The whole log first: telling which entries make one step looks back at it.
        fresh.log = log;
        for (i, undone) in skip.iter().enumerate().skip(1) {
            let entry = fresh.log[i].clone();
            match &entry.event {
                Event::Undone { what, .. } => {
                    fresh.redoable.push((i, what.clone()));
                }
                Event::Redone { undo, .. } => fresh.redoable.retain(|(u, _)| u != undo),
                _ => {}
            }
            if *undone || matches!(entry.event, Event::Undone { .. } | Event::Redone { .. }) {
                fresh.events += 1;
                let at = entry.at.max(fresh.last.at);
                fresh.last = Stamp {
                    wall: entry.wall,
                    at,
                };
            } else {
                fresh.fold_at(i, &entry);
            }
        }
        *self = fresh;
    }

    /// What an event does, in words, for the undo button (in the therapist's language); read
    /// before the event is folded.
    fn step_words(&self, event: &Event) -> String {
        let tr = crate::locale::therapist();
        let name = |side: Side| self.name(side).to_owned();
        let turn = self.dialogue.turn.as_ref();
        let speaker = turn.map_or_else(String::new, |t| name(t.speaker));
        let listener = turn.map_or_else(String::new, |t| name(t.listener()));
        let with = |key: &str, args: &[(&str, crate::locale::Arg<'_>)]| tr.with(key, args);
        match event {
            Event::CheckInRated { side, score } => with(
                "undo-rating",
                &[("name", name(*side).into()), ("score", (*score).into())],
            ),
            Event::CsiAnswered { side, item, .. } => with(
                "undo-csi-answer",
                &[
                    ("name", name(*side).into()),
                    ("item", (usize::from(*item) + 1).into()),
                ],
            ),
            Event::AgreementReviewed { outcome, .. } => {
                with("undo-reviewed", &[("outcome", outcome.label().into())])
            }
            Event::AgreementRetired { retired: true, .. } => tr.get("undo-agreement-stopped"),
            Event::AgreementRetired { .. } => tr.get("undo-agreement-kept"),
            Event::RuleAdded { .. } => tr.get("undo-rule-added"),
            Event::RulesReplaced { name, .. } => {
                with("undo-rules-replaced", &[("rules", name.into())])
            }
            Event::RuleEdited { .. } => tr.get("undo-rule-changed"),
            Event::RuleRemoved { .. } => tr.get("undo-rule-removed"),
            Event::RuleAgreed {
                side, agreed: true, ..
            } => with("undo-rule-agreed", &[("name", name(*side).into())]),
            Event::RuleAgreed { side, .. } => {
                with("undo-rule-agreement", &[("name", name(*side).into())])
            }
            Event::TurnStarted { speaker } => {
                with("undo-took-floor", &[("name", name(*speaker).into())])
            }
            Event::StageAdvanced {
                to: Stage::Paraphrasing,
            } => with(
                "undo-step-started",
                &[
                    ("listener", listener.as_str().into()),
                    ("step", first_step(self, turn).into()),
                ],
            ),
            Event::StageAdvanced {
                to: Stage::Responding(i),
            } => {
                let step = turn
                    .and_then(|t| self.listener_steps(t.phase).get(usize::from(*i)))
                    .map_or_else(|| tr.get("undo-response"), |s| s.label_in(tr));
                with(
                    "undo-step",
                    &[
                        ("listener", listener.as_str().into()),
                        ("step", step.to_lowercase().into()),
                    ],
                )
            }
            Event::StageAdvanced { .. } => with(
                "undo-step-finished",
                &[
                    ("listener", listener.as_str().into()),
                    ("step", first_step(self, turn).into()),
                ],
            ),
            Event::ParaphraseNotQuite => {
                with("undo-not-quite", &[("listener", listener.as_str().into())])
            }
            Event::TurnEnded { accurate: true } => {
                with("undo-confirmed", &[("listener", listener.as_str().into())])
            }
            Event::TurnEnded { .. } => {
                with("undo-turn-stopped", &[("speaker", speaker.as_str().into())])
            }
            Event::TimerPaused => tr.get("undo-timer-paused"),
            Event::TimerResumed => tr.get("undo-timer-resumed"),
            Event::TimerExtended { by } => with(
                "undo-more-time",
                &[("time", crate::model::human_duration(*by).into())],
            ),
            Event::StepEntered { index } => with("undo-to-step", &[("step", (*index + 1).into())]),
            Event::TimeoutStarted { .. } => tr.get("undo-timeout-called"),
            Event::TimeoutExtended { by } => with(
                "undo-timeout-longer",
                &[("time", crate::model::human_duration(*by).into())],
            ),
            Event::TimeoutChanged { by, reason, .. } => {
                let who = match by {
                    Caller::Partner(side) => name(*side),
                    Caller::Therapist => tr.get("undo-the-therapist"),
                };
                with(
                    "undo-timeout-set",
                    &[("who", who.into()), ("reason", reason.label().into())],
                )
            }
            Event::TimeoutEnded { .. } => tr.get("undo-timeout-ended"),
            Event::AgreementAdded { agreement } => with(
                "undo-agreement-added",
                &[("agreement", agreement.terms.behaviour.as_str().into())],
            ),
            Event::AgreementChanged { .. } => tr.get("undo-agreement-changed"),
            Event::AgreementDropped { .. } => tr.get("undo-agreement-removed"),
            _ => tr.get("undo-last-step"),
        }
    }

    /// Keeps the list of steps that can be taken back up to date with one more entry. A step is
    /// the run of entries one command wrote: consecutive, with the same stamp.
    fn track_undo(&mut self, index: usize, entry: &Entry, words: Option<String>) {
        // A new step (or a new phase) makes the undos before it final.
        if !matches!(undo_kind(&entry.event), UndoKind::Neither) {
            self.redoable.clear();
        }
        match undo_kind(&entry.event) {
            UndoKind::Boundary => self.undoable.clear(),
            UndoKind::Neither => {}
            UndoKind::Step => {
                let stamp = entry.stamp();
                let passed_to = match entry.event {
                    Event::TurnStarted { speaker } => Some(self.name(speaker).to_owned()),
                    _ => None,
                };
                let all_by = match entry.event {
                    Event::RuleAgreed {
                        side, agreed: true, ..
                    } => Some(self.name(side).to_owned()),
                    _ => None,
                };
                // Only what one command writes together belongs to one step: a turn ended and
                // the next one started (accurate, the floor passed), or one partner agreeing to
                // rule after rule ("agrees to all").
                let continues = self.undoable.last().is_some_and(|last| {
                    last.to + 1 == index
                        && last.stamp == stamp
                        && match (self.log.get(last.to).map(|e| &e.event), &entry.event) {
                            (Some(Event::TurnEnded { .. }), Event::TurnStarted { .. }) => true,
                            (
                                Some(Event::RuleAgreed { side: a, .. }),
                                Event::RuleAgreed { side: b, .. },
                            ) => a == b,
                            _ => false,
                        }
                });
                if continues && let Some(last) = self.undoable.last_mut() {
                    last.to = index;
                    // The floor handed over (a turn stopped, the other's started): say so.
                    let stopped = matches!(
                        self.log.get(last.to).map(|e| &e.event),
                        Some(Event::TurnEnded {
                            accurate: false,
                            ..
                        })
                    );
                    let tr = crate::locale::therapist();
                    if let Some(name) = passed_to
                        && stopped
                    {
                        last.what = tr.with("undo-floor-passed", &[("name", name.into())]);
                    }
                    if let Some(name) = all_by {
                        last.what = tr.with("undo-all-rules", &[("name", name.into())]);
                    }
                    return;
                }
                self.undoable.push(UndoStep {
                    from: index,
                    to: index,
                    what: words.unwrap_or_default(),
                    stamp,
                });
            }
        }
    }

    /// Folds the entry at journal position `index`.
    fn fold_at(&mut self, index: usize, entry: &Entry) {
        let words = matches!(undo_kind(&entry.event), UndoKind::Step)
            .then(|| self.step_words(&entry.event));
        self.apply_event(entry);
        self.track_undo(index, entry, words);
    }

    fn apply_event(&mut self, entry: &Entry) {
        let at = entry.at.max(self.last.at);
        self.events += 1;
        match &entry.event {
            Event::Started(_) => {}
            Event::PhaseEntered { index } => self.enter_phase(*index, at),
            Event::CheckInRated { side, score } => self.check_in[idx(*side)] = Some(*score),
            Event::CsiAnswered { side, item, answer } => {
                if let Some(slot) = self.csi[idx(*side)].get_mut(usize::from(*item)) {
                    *slot = Some(*answer);
                }
            }
            Event::AgreementReviewed {
                id,
                outcome,
                comment,
            } => {
                self.reviews.insert(
                    *id,
                    ReviewState {
                        outcome: *outcome,
                        comment: comment.clone(),
                    },
                );
            }
            Event::RuleAdded { id, text } => {
                if self.rule(*id).is_none() {
                    self.rules.push(RuleState {
                        id: *id,
                        text: text.clone(),
                        agreed: [false, false],
                        agreed_before: None,
                        session_only: false,
                    });
                    self.next_rule_id = self.next_rule_id.max(id.saturating_add(1));
                }
            }
            Event::RulesReplaced {
                first_id, rules, ..
            } => {
                self.rules = rules
                    .iter()
                    .zip(*first_id..)
                    .map(|(text, id)| RuleState {
                        id,
                        text: text.clone(),
                        agreed: [false, false],
                        agreed_before: None,
                        session_only: false,
                    })
                    .collect();
                self.next_rule_id = first_id.saturating_add(rules.len() as u32);
            }
            Event::CardShown { index } => self.card = *index,
            Event::RuleEdited { id, text } => {
                if let Some(rule) = self.rules.iter_mut().find(|r| r.id == *id) {
                    rule.text = text.clone();
                    // A changed rule must be agreed to again.
                    rule.agreed = [false, false];
                    rule.agreed_before = None;
                }
            }
            Event::RuleRemoved { id } => self.rules.retain(|r| r.id != *id),
            Event::RuleAgreed { id, side, agreed } => {
                if let Some(rule) = self.rules.iter_mut().find(|r| r.id == *id) {
                    rule.agreed[idx(*side)] = *agreed;
                }
            }
            Event::TurnStarted { speaker } => self.start_turn(*speaker, at),
            Event::StageAdvanced { to } => self.change_stage(*to, at),
            Event::ParaphraseNotQuite => {
                if let Some(turn) = &mut self.dialogue.turn {
                    turn.not_quite += 1;
                }
                self.change_stage(Stage::Paraphrasing, at);
            }
            Event::TurnEnded { accurate } => self.end_turn(*accurate, at),
            Event::TopicSet { topic } => {
                self.dialogue.topic = topic.clone();
                if let Some(turn) = &mut self.dialogue.turn {
                    turn.topic = topic.clone();
                }
            }
            Event::TimerPaused => {
                self.paused = true;
                self.sync_timers(at);
            }
            Event::TimerResumed => {
                self.paused = false;
                self.sync_timers(at);
            }
            Event::TimerExtended { by } => {
                if let Some(w) = self.active_stopwatch_mut() {
                    w.extend(*by);
                }
            }
            Event::StepEntered { index } => self.enter_step(*index, at),
            Event::StepNoteSet { phase, step, text } => {
                if let Some(note) = self
                    .guided
                    .get_mut(phase)
                    .and_then(|g| g.notes.get_mut(*step))
                {
                    *note = text.clone();
                }
                self.note_written(entry.wall);
            }
            Event::TimeoutStarted { by, reason, length } => {
                if self.timeout.is_none() {
                    self.timeout = Some(ActiveTimeout {
                        by: *by,
                        reason: reason.clone(),
                        started: Stamp {
                            wall: entry.wall,
                            at,
                        },
                        length: *length,
                        phase: self.phase,
                    });
                    self.sync_timers(at);
                }
            }
            Event::TimeoutExtended { by } => {
                if let Some(t) = &mut self.timeout {
                    t.length = t.length.saturating_add(*by);
                }
            }
            Event::TimeoutChanged { by, reason, length } => {
                if let Some(t) = &mut self.timeout {
                    t.by = *by;
                    t.reason = reason.clone();
                    t.length = *length;
                }
            }
            // Handled by `fold`, which rebuilds the state without the undone step.
            Event::Undone { .. } | Event::Redone { .. } => {}
            Event::TimeoutEnded { at: ended, early } => {
                if let Some(t) = self.timeout.take() {
                    let ended = (*ended).max(t.started.at);
                    self.timeouts.push(TimeoutRecord {
                        by: t.by,
                        reason: t.reason,
                        started: t.started,
                        planned: t.length,
                        lasted: ended.saturating_sub(t.started.at),
                        ended_early: *early,
                        phase: t.phase,
                    });
                    self.sync_timers(ended);
                }
            }
            Event::AgreementAdded { agreement } => {
                if !self.agreements.iter().any(|a| a.id == agreement.id) {
                    self.next_agreement_id =
                        self.next_agreement_id.max(agreement.id.saturating_add(1));
                    self.agreements.push(agreement.clone());
                }
            }
            Event::AgreementRetired { id, retired } => {
                if *retired {
                    self.retired.insert(*id);
                } else {
                    self.retired.remove(id);
                }
            }
            Event::AgreementChanged { id, terms } => {
                if let Some(a) = self.agreements.iter_mut().find(|a| a.id == *id) {
                    a.terms = terms.clone();
                }
            }
            Event::AgreementDropped { id } => self.agreements.retain(|a| a.id != *id),
            Event::NoteFormatSet { format } => {
                self.notes.format = *format;
                self.note_written(entry.wall);
            }
            Event::NoteSet { section, text } => {
                self.notes.sections.insert(section.clone(), text.clone());
                self.note_written(entry.wall);
            }
            Event::QuickNote { text } => {
                self.notes.quick.push(QuickNote {
                    at,
                    wall: entry.wall,
                    text: text.clone(),
                });
                self.note_written(entry.wall);
            }
            Event::RecordSet(record) => self.record = record.clone(),
            Event::Signed { by } => {
                if self.signed.is_none() {
                    self.signed = Some(Signature {
                        by: by.clone(),
                        wall: entry.wall,
                    });
                }
            }
            Event::Addendum { text } => self.addenda.push(Addendum {
                wall: entry.wall,
                text: text.clone(),
            }),
            Event::NextSessionSet { date } => self.next_session = *date,
            Event::Ended => {
                if self.ended.is_none() {
                    self.end_turn(false, at);
                    self.close_phase_span(at);
                    self.ended = Some(Stamp {
                        wall: entry.wall,
                        at,
                    });
                    self.sync_timers(at);
                    // Guided timers of the current phase stop too.
                    if let Some(g) = self.guided.get_mut(&self.phase) {
                        g.timers.iter_mut().for_each(|w| w.stop(at));
                    }
                }
            }
            // A wall clock change: timers run on `at` and do not change; "back at" follows the
            // clock as it now reads.
            Event::ClockStepped { by_ms } => {
                if let Some(t) = &mut self.timeout {
                    let by = chrono::Duration::milliseconds(*by_ms);
                    t.started.wall = t
                        .started
                        .wall
                        .checked_add_signed(by)
                        .unwrap_or(t.started.wall);
                }
            }
        }
        self.last = Stamp {
            wall: entry.wall,
            at,
        };
    }

    fn close_phase_span(&mut self, at: Ms) {
        if let Some(span) = self
            .phase_spans
            .get_mut(self.phase)
            .and_then(|spans| spans.last_mut())
            && span.1.is_none()
        {
            span.1 = Some(at);
        }
    }

    fn enter_phase(&mut self, index: usize, at: Ms) {
        if index >= self.info.phases.len() || self.ended.is_some() {
            return;
        }
        let first = self.phase_spans.iter().all(Vec::is_empty);
        if !first {
            self.end_turn(false, at);
            if let Some(g) = self.guided.get_mut(&self.phase)
                && let Some(w) = g.timers.get_mut(g.step)
            {
                w.stop(at);
            }
            self.close_phase_span(at);
        }
        self.phase = index;
        self.paused = false;
        self.phase_spans[index].push((at, None));
        self.sync_timers(at);
    }

    fn enter_step(&mut self, index: usize, at: Ms) {
        let Some(g) = self.guided.get_mut(&self.phase) else {
            return;
        };
        if index >= g.timers.len() {
            return;
        }
        if let Some(w) = g.timers.get_mut(g.step) {
            w.stop(at);
        }
        g.step = index;
        // Moving on is a fresh start: a pause does not carry over to the next step.
        self.paused = false;
        self.sync_timers(at);
    }

    fn start_turn(&mut self, speaker: Side, at: Ms) {
        let Some(limit) = self.stage_limit(self.phase, Stage::Speaking) else {
            return;
        };
        self.end_turn(false, at);
        self.paused = false;
        self.dialogue.turn = Some(Turn {
            speaker,
            stage: Stage::Speaking,
            reached: Stage::Speaking,
            timer: Stopwatch::new(Some(limit)),
            phase: self.phase,
            started_at: at,
            speak_ms: 0,
            paraphrase_ms: 0,
            not_quite: 0,
            topic: self.dialogue.topic.clone(),
        });
        self.dialogue.last_speaker = Some(speaker);
        self.sync_timers(at);
    }

    /// Banks the current stage's time into the turn and starts the next stage's timer.
    fn change_stage(&mut self, to: Stage, at: Ms) {
        let Some(turn) = &mut self.dialogue.turn else {
            return;
        };
        let phase = turn.phase;
        bank_stage(turn, at);
        turn.reached = turn.reached.max(to);
        turn.stage = to;
        self.paused = false;
        let limit = self.stage_limit(phase, to);
        if let Some(turn) = &mut self.dialogue.turn {
            turn.timer = Stopwatch::new(limit);
        }
        self.sync_timers(at);
    }

    fn end_turn(&mut self, accurate: bool, at: Ms) {
        if let Some(mut turn) = self.dialogue.turn.take() {
            bank_stage(&mut turn, at);
            // A turn started and left at once (a slip of the key) is not counted.
            if turn.speak_ms == 0 && turn.paraphrase_ms == 0 && !accurate {
                return;
            }
            self.dialogue.finish(TurnRecord {
                reached: turn.reached,
                speaker: turn.speaker,
                phase: turn.phase,
                started_at: turn.started_at,
                ended_at: at,
                speak_ms: turn.speak_ms,
                paraphrase_ms: turn.paraphrase_ms,
                not_quite: turn.not_quite,
                accurate,
                topic: turn.topic,
            });
        }
    }
}

/// The listener's first step in a turn's phase, in lower case ("paraphrase", "mirror").
fn first_step(state: &SessionState, turn: Option<&Turn>) -> String {
    turn.and_then(|t| state.listener_steps(t.phase).first())
        .map_or(ListenerStep::Paraphrase, |s| *s)
        .label()
        .to_lowercase()
}

fn bank_stage(turn: &mut Turn, at: Ms) {
    turn.timer.stop(at);
    let spent = turn.timer.elapsed(at);
    match turn.stage {
        Stage::Speaking => turn.speak_ms = turn.speak_ms.saturating_add(spent),
        Stage::Paraphrasing | Stage::Responding(_) => {
            turn.paraphrase_ms = turn.paraphrase_ms.saturating_add(spent)
        }
        Stage::Confirming => {}
    }
}
