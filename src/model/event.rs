//! Session events: what happened, in order. A session's state is a fold of these; the journal
//! on disk is these, one per line.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{
    Agreement, AgreementTerms, Card, Clinical, CoupleId, GroundRule, Ms, Outcome, PhasePlan,
    RuleSet, SessionRecord, Side, TimeoutDefaults,
};

/// When something happened: the wall-clock time (shown to people) and the session's monotonic
/// offset (used for every duration, so a clock change never bends a timer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub wall: DateTime<FixedOffset>,
    /// Milliseconds since the session started.
    pub at: Ms,
}

impl Stamp {
    /// The stamp `ms` milliseconds earlier (or later, for positive `delta`).
    pub fn shifted(self, delta: i64) -> Stamp {
        Stamp {
            wall: self
                .wall
                .checked_add_signed(chrono::Duration::milliseconds(delta))
                .unwrap_or(self.wall),
            at: self.at.saturating_add_signed(delta),
        }
    }
}

/// One line of a session journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub wall: DateTime<FixedOffset>,
    pub at: Ms,
    pub event: Event,
}

impl Entry {
    pub fn new(stamp: Stamp, event: Event) -> Entry {
        Entry {
            wall: stamp.wall,
            at: stamp.at,
            event,
        }
    }

    pub fn stamp(&self) -> Stamp {
        Stamp {
            wall: self.wall,
            at: self.at,
        }
    }
}

/// Who called a timeout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Caller {
    Partner(Side),
    Therapist,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeoutReason {
    /// Flooded or overwhelmed: the body needs about 20 minutes to settle.
    Flooding,
    /// A short break.
    Break,
    Other(String),
}

impl TimeoutReason {
    /// The reason in the therapist's language (one the therapist typed, as typed).
    pub fn label(&self) -> String {
        match self {
            TimeoutReason::Flooding => crate::t!("screen-timeout-flooding"),
            TimeoutReason::Break => crate::t!("screen-timeout-break"),
            TimeoutReason::Other(why) if why.trim().is_empty() => {
                crate::t!("screen-timeout-other")
            }
            TimeoutReason::Other(why) => why.clone(),
        }
    }
}

/// The stages of one speaker/listener turn, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stage {
    /// The speaker talks about their own feelings in a short piece.
    Speaking,
    /// The listener says back what they heard.
    Paraphrasing,
    /// The speaker says whether the paraphrase was accurate.
    Confirming,
    /// The speaker feels understood: the listener's closing steps (a summary, validation,
    /// empathy), the template's listener step of this index.
    Responding(u8),
}

/// The structure of the therapist's note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum NoteFormat {
    Free,
    Soap,
    #[default]
    Dap,
    Birp,
}

impl NoteFormat {
    pub const ALL: [NoteFormat; 4] = [
        NoteFormat::Free,
        NoteFormat::Soap,
        NoteFormat::Dap,
        NoteFormat::Birp,
    ];

    /// The sections the format gives, in order. Sections with the same name carry their text
    /// across a change of format.
    pub fn sections(self) -> &'static [&'static str] {
        match self {
            NoteFormat::Free => &["Notes"],
            NoteFormat::Soap => &["Subjective", "Objective", "Assessment", "Plan"],
            NoteFormat::Dap => &["Data", "Assessment", "Plan"],
            NoteFormat::Birp => &["Behaviour", "Intervention", "Response", "Plan"],
        }
    }

    /// The format's name in the therapist's language ("SOAP" and the other acronyms stay).
    pub fn label(self) -> String {
        match self {
            NoteFormat::Free => crate::t!("screen-note-format-free"),
            NoteFormat::Soap => "SOAP".to_owned(),
            NoteFormat::Dap => "DAP".to_owned(),
            NoteFormat::Birp => "BIRP".to_owned(),
        }
    }

    /// A section's heading in the therapist's language: [`NoteFormat::sections`] are the names
    /// the notes are kept under (in English, whatever the language), this is what to show.
    /// A name no format gives is shown as it is.
    pub fn section_label(section: &str) -> String {
        match section {
            "Notes" => crate::t!("screen-section-notes"),
            "Subjective" => crate::t!("screen-section-subjective"),
            "Objective" => crate::t!("screen-section-objective"),
            "Assessment" => crate::t!("screen-section-assessment"),
            "Plan" => crate::t!("screen-section-plan"),
            "Data" => crate::t!("screen-section-data"),
            "Behaviour" => crate::t!("screen-section-behaviour"),
            "Intervention" => crate::t!("screen-section-intervention"),
            "Response" => crate::t!("screen-section-response"),
            other => other.to_owned(),
        }
    }
}

/// Everything a session needs to stand on its own: the notes PDF and any later reading of the
/// journal never depend on the couple file or the template as they are today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionStart {
    pub couple: CoupleId,
    /// 1 for the couple's first session.
    pub number: u32,
    pub partner_a: String,
    pub partner_b: String,
    pub template_id: String,
    pub template_name: String,
    pub phases: Vec<PhasePlan>,
    pub timeouts: TimeoutDefaults,
    /// The rules in force when the session began (the couple's, or the template's defaults).
    pub ground_rules: Vec<GroundRule>,
    /// The open agreements from earlier sessions, to review at check-in.
    pub to_review: Vec<Agreement>,
    /// The id the next new agreement gets, so ids stay unique across the couple's history.
    pub next_agreement_id: u32,
    pub note_format: NoteFormat,
    /// The template's cards, to show on the couple display.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<Card>,
    /// The template's other set of ground rules, offered in the ground rules phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_rules: Option<RuleSet>,
    /// The couple's identifiers and usual service as they were when the session began.
    #[serde(default, skip_serializing_if = "Clinical::is_empty")]
    pub clinical: Clinical,
    /// How many times, before this session, a review found an agreement done: the couple's
    /// "wins so far" on the homework sheet.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub kept_before: u32,
    /// The partner in an individual session (the other is not there): nothing of it is shown
    /// on the couple display or printed for the couple.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alone: Option<Side>,
    /// The confidentiality policy in force when the session began, for the notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidentiality: Option<super::Confidentiality>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    Started(Box<SessionStart>),
    PhaseEntered {
        index: usize,
    },

    CheckInRated {
        side: Side,
        score: u8,
    },
    /// One partner's answer to a CSI-4 item ([`super::CSI4`]), by its score.
    CsiAnswered {
        side: Side,
        item: u8,
        answer: u8,
    },
    AgreementReviewed {
        id: u32,
        outcome: Outcome,
        comment: String,
    },
    /// An earlier agreement stops (or, with `false`, carries on after all).
    AgreementRetired {
        id: u32,
        retired: bool,
    },

    RuleAdded {
        id: u32,
        text: String,
    },
    /// Every rule replaced by a set the protocol teaches (its name, then the rules, numbered
    /// from `first_id`), to be agreed to afresh.
    RulesReplaced {
        name: String,
        first_id: u32,
        rules: Vec<String>,
    },
    RuleEdited {
        id: u32,
        text: String,
    },
    RuleRemoved {
        id: u32,
    },
    RuleAgreed {
        id: u32,
        side: Side,
        agreed: bool,
    },

    /// A partner takes the floor; their speaking stage starts.
    TurnStarted {
        speaker: Side,
    },
    /// Speaking -> paraphrasing, or paraphrasing -> confirming.
    StageAdvanced {
        to: Stage,
    },
    /// "Not quite": back to paraphrasing with a fresh timer.
    ParaphraseNotQuite,
    /// The turn is over; `accurate` when the speaker confirmed the paraphrase.
    TurnEnded {
        accurate: bool,
    },
    TopicSet {
        topic: String,
    },

    TimerPaused,
    TimerResumed,
    /// More time for the current stage or step.
    TimerExtended {
        by: Ms,
    },

    StepEntered {
        index: usize,
    },
    StepNoteSet {
        phase: usize,
        step: usize,
        text: String,
    },

    TimeoutStarted {
        by: Caller,
        reason: TimeoutReason,
        length: Ms,
    },
    TimeoutExtended {
        by: Ms,
    },
    /// `at` is when it ended: the deadline when it ran out (even if noticed later), or the
    /// moment the therapist ended it early.
    TimeoutEnded {
        at: Ms,
        early: bool,
    },

    AgreementAdded {
        agreement: Agreement,
    },
    AgreementChanged {
        id: u32,
        terms: AgreementTerms,
    },
    AgreementDropped {
        id: u32,
    },

    NoteFormatSet {
        format: NoteFormat,
    },
    NoteSet {
        section: String,
        text: String,
    },
    QuickNote {
        text: String,
    },
    NextSessionSet {
        date: Option<NaiveDate>,
    },

    Ended,

    /// Who called the running timeout and why, chosen (or corrected) after it started: `T`
    /// starts a timeout at once so every timer stops on the key press.
    /// A card shown on the couple display (`None`: the card put away).
    CardShown {
        index: Option<usize>,
    },
    TimeoutChanged {
        by: Caller,
        reason: TimeoutReason,
        length: Ms,
    },
    /// A step taken back: entries `from..=to` of the journal (0 is `Started`) no longer count.
    /// The journal keeps them; `what` says in words what was taken back.
    Undone {
        from: usize,
        to: usize,
        what: String,
    },
    /// An undo taken back: the `Undone` entry at journal position `undo` no longer counts, so
    /// the step it took back counts again.
    Redone {
        undo: usize,
        what: String,
    },
    /// The computer's wall clock was changed by `by_ms` (NTP, or someone setting the time; not a
    /// suspend). Recorded so that the wall times around it make sense; it never changes a
    /// duration: every timer runs on `at`.
    ClockStepped {
        by_ms: i64,
    },
    /// How the session was held and billed, and risk: the whole record, the last one counts.
    RecordSet(SessionRecord),
    /// The therapist signed the notes ("Dr Ana María Ortiz, LMFT"), at the entry's time. The
    /// notes are locked from here on.
    Signed {
        by: String,
    },
    /// Something added to signed notes, at the entry's time: printed after the signature.
    Addendum {
        text: String,
    },
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}
