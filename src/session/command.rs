use chrono::NaiveDate;

use crate::model::{
    AgreementTerms, Caller, NoteFormat, Outcome, SessionRecord, Side, TimeoutReason,
};

/// Everything a therapist can do to a session. Views return these; [`super::SessionState::decide`]
/// turns one into events or refuses it with a reason.
///
/// Durations are signed milliseconds so that a nonsensical value typed by a person (zero,
/// negative, absurd) reaches the engine and is refused with a sentence rather than wrapped.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    NextPhase,
    GoToPhase(usize),
    /// Show one of the session's cards on the couple display, or put it away (`None`).
    ShowCard(Option<usize>),

    RateCheckIn {
        side: Side,
        score: u8,
    },
    /// One partner's answer to one CSI-4 item (0-based), by the answer's score.
    AnswerCsi {
        side: Side,
        item: u8,
        answer: u8,
    },
    ReviewAgreement {
        id: u32,
        outcome: Outcome,
        comment: String,
    },
    /// Stop an earlier agreement after this review (`false`: keep it going).
    RetireAgreement {
        id: u32,
        retired: bool,
    },

    AddRule {
        text: String,
    },
    /// Replace every rule with the session's other set (PREP's own), as one step.
    UseOtherRules,
    EditRule {
        id: u32,
        text: String,
    },
    RemoveRule {
        id: u32,
    },
    AgreeRule {
        id: u32,
        side: Side,
        agreed: bool,
    },
    /// One partner agrees to every rule at once.
    AgreeAllRules {
        side: Side,
    },

    /// The one key of the dialogue: start a turn (the partner who did not speak last), or move
    /// speaking -> paraphrasing -> confirming, or confirm "accurate" (the floor passes).
    Advance,
    StartTurn {
        speaker: Side,
    },
    /// Speaking -> paraphrasing -> confirming.
    NextStage,
    /// The speaker confirms the paraphrase; the floor passes to the other partner.
    Accurate,
    /// The speaker confirms the paraphrase and keeps the floor for another piece.
    AccurateSpeakAgain,
    /// The speaker confirms the paraphrase and the dialogue stops here (nobody holds the floor).
    AccurateEnd,
    /// Back to paraphrasing.
    NotQuite,
    /// Hand the floor to the other partner now, whatever the stage.
    PassFloor,
    /// Stop the dialogue: nobody holds the floor.
    EndTurn,
    SetTopic(String),

    Pause,
    Resume,
    TogglePause,
    /// More time for the running stage or step (e.g. +30 s).
    Extend {
        ms: i64,
    },

    NextStep,
    PreviousStep,
    SetStepNote {
        phase: usize,
        step: usize,
        text: String,
    },

    /// `length_ms: None` takes the template's default for the reason.
    CallTimeout {
        by: Caller,
        reason: TimeoutReason,
        length_ms: Option<i64>,
    },
    ExtendTimeout {
        ms: i64,
    },
    EndTimeout,
    /// Who called the running timeout and why; `length_ms: None` takes the reason's default.
    ChangeTimeout {
        by: Caller,
        reason: TimeoutReason,
        length_ms: Option<i64>,
    },

    AddAgreement(AgreementTerms),
    ChangeAgreement {
        id: u32,
        terms: AgreementTerms,
    },
    DropAgreement {
        id: u32,
    },

    SetNoteFormat(NoteFormat),
    SetNote {
        section: String,
        text: String,
    },
    QuickNote(String),
    SetNextSession(Option<NaiveDate>),

    End,
    /// Take back the last step of the current phase (the journal keeps it, marked undone).
    Undo,
    /// Take back the last undo, if no step was taken since.
    Redo,

    /// How the session was held and billed, and risk.
    SetRecord(SessionRecord),
    /// Sign the notes of an ended session as `by` ("Dr Ana María Ortiz, LMFT"): they are
    /// locked from then on.
    Sign {
        by: String,
    },
    /// A dated addition to signed notes.
    AddAddendum(String),
}

/// Why a command was refused, as one plain sentence for the screen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Rejection(pub String);

impl Rejection {
    pub fn new(why: impl Into<String>) -> Rejection {
        Rejection(why.into())
    }
}
