//! Protocol templates: the agenda of a session. Shipped ones live in `templates/`, a therapist's
//! own in the data folder. Numbers are checked while parsing, so a bad value is reported with the
//! line and column where it stands.

use serde::{Deserialize, Serialize};

use super::{Frequency, MINUTE, Ms, Owner, SECOND};

/// Whole minutes, 1 to 240: a planned phase, a step, a timeout default. Read as any whole
/// number, so that a negative or huge value in a file is refused with its own number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u32")]
pub struct Minutes(u32);

impl Minutes {
    pub const MAX: u32 = 240;

    pub fn new(minutes: u32) -> Result<Minutes, String> {
        if (1..=Self::MAX).contains(&minutes) {
            Ok(Minutes(minutes))
        } else {
            Err(format!(
                "{minutes} minutes is out of range: use 1 to {} minutes",
                Self::MAX
            ))
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }

    pub fn ms(self) -> Ms {
        u64::from(self.0) * MINUTE
    }
}

impl TryFrom<i64> for Minutes {
    type Error = String;
    fn try_from(value: i64) -> Result<Self, String> {
        match u32::try_from(value) {
            Ok(minutes) => Minutes::new(minutes),
            Err(_) => Err(format!(
                "{value} minutes is out of range: use 1 to {} minutes",
                Self::MAX
            )),
        }
    }
}

impl From<Minutes> for u32 {
    fn from(m: Minutes) -> u32 {
        m.0
    }
}

/// Whole seconds, 10 to 3,600: a speaker or paraphrase stage. Read as any whole number, like
/// [`Minutes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u32")]
pub struct StageSeconds(u32);

impl StageSeconds {
    pub const MIN: u32 = 10;
    pub const MAX: u32 = 3_600;

    pub fn new(seconds: u32) -> Result<StageSeconds, String> {
        if (Self::MIN..=Self::MAX).contains(&seconds) {
            Ok(StageSeconds(seconds))
        } else {
            Err(format!(
                "{seconds} seconds is out of range: use {} to {} seconds",
                Self::MIN,
                Self::MAX
            ))
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }

    pub fn ms(self) -> Ms {
        u64::from(self.0) * SECOND
    }
}

impl TryFrom<i64> for StageSeconds {
    type Error = String;
    fn try_from(value: i64) -> Result<Self, String> {
        match u32::try_from(value) {
            Ok(seconds) => StageSeconds::new(seconds),
            Err(_) => Err(format!(
                "{value} seconds is out of range: use {} to {} seconds",
                Self::MIN,
                Self::MAX
            )),
        }
    }
}

impl From<StageSeconds> for u32 {
    fn from(s: StageSeconds) -> u32 {
        s.0
    }
}

/// One prompt of a guided phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: String,
    /// What the therapist reads or paraphrases to the couple.
    pub prompt: String,
    /// A countdown for the step, if the protocol times it.
    #[serde(default)]
    pub minutes: Option<Minutes>,
}

/// Who holds the floor after the speaker confirms the listener's paraphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum FloorPolicy {
    /// The PREP speaker-listener technique: the speaker keeps the floor and goes on in short
    /// pieces, and passes it when they are ready (its own key, F).
    #[default]
    SpeakerPasses,
    /// State of the Union, Imago: once the speaker feels understood, the roles swap.
    SwapWhenUnderstood,
    /// One partner holds the floor for the whole phase; the other only listens (the hurt
    /// partner's phase in repair work). The first partner to take the floor holds it.
    OneWay,
}

/// What the listener does, step by step, as the phase's protocol teaches it. The first step is
/// done after each piece the speaker says and confirmed by the speaker ("Did I get it?"); the
/// others come once, when the speaker feels understood, before the floor moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ListenerStep {
    /// Says back in their own words what they heard (PREP).
    Paraphrase,
    /// Says back what they heard as closely as they can, then asks "Is there more?" (Imago).
    Mirror,
    /// Sums up all of what was said.
    Summary,
    /// Says how what the speaker feels makes sense, without having to agree.
    Validation,
    /// Imagines and names what the speaker may be feeling, and asks.
    Empathy,
}

impl ListenerStep {
    /// The step's name on the console and the couple display.
    pub fn label(self) -> &'static str {
        match self {
            ListenerStep::Paraphrase => "Paraphrase",
            ListenerStep::Mirror => "Mirror",
            ListenerStep::Summary => "Summary",
            ListenerStep::Validation => "Validation",
            ListenerStep::Empathy => "Empathy",
        }
    }

    /// What the listener is doing, after their name: "Kai paraphrases".
    pub fn doing(self) -> &'static str {
        match self {
            ListenerStep::Paraphrase => "paraphrases",
            ListenerStep::Mirror => "mirrors",
            ListenerStep::Summary => "sums up",
            ListenerStep::Validation => "validates",
            ListenerStep::Empathy => "imagines the feelings",
        }
    }

    /// A way in for the listener, in our words, shown large on the couple display.
    pub fn opening(self) -> &'static str {
        match self {
            ListenerStep::Paraphrase => "\"What I hear you saying is …\"",
            ListenerStep::Mirror => "\"If I got it, you said … Did I get it? Is there more?\"",
            ListenerStep::Summary => "\"Let me see if I got all of that …\"",
            ListenerStep::Validation => "\"You make sense to me, because …\"",
            ListenerStep::Empathy => "\"I imagine you might be feeling … Is that how it is?\"",
        }
    }

    /// The steps a phase has when its template names none: PREP's paraphrase.
    pub fn paraphrase_only() -> Vec<ListenerStep> {
        vec![ListenerStep::Paraphrase]
    }
}

/// What a phase does; each kind has its own panel in the console.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PhaseKind {
    /// Check-in and review of the previous session's homework agreements.
    CheckIn,
    /// Each partner agrees to each ground rule.
    GroundRules,
    /// Timed speaker/listener turns.
    SpeakerListener {
        speak_seconds: StageSeconds,
        paraphrase_seconds: StageSeconds,
        /// Who holds the floor after an accurate paraphrase.
        #[serde(default)]
        floor: FloorPolicy,
        /// The listener's steps, in order (see [`ListenerStep`]); PREP's paraphrase if unset.
        #[serde(default = "ListenerStep::paraphrase_only")]
        listener: Vec<ListenerStep>,
    },
    /// A sequence of prompts, each optionally timed.
    GuidedSteps { steps: Vec<Step> },
    /// New homework agreements.
    Homework,
    /// Summary and the therapist's notes.
    Closing,
}

impl PhaseKind {
    pub fn label(&self) -> &'static str {
        match self {
            PhaseKind::CheckIn => "Check-in",
            PhaseKind::GroundRules => "Ground rules",
            PhaseKind::SpeakerListener { .. } => "Speaker / listener",
            PhaseKind::GuidedSteps { .. } => "Guided steps",
            PhaseKind::Homework => "Homework agreements",
            PhaseKind::Closing => "Closing",
        }
    }
}

/// One item of the agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhasePlan {
    pub title: String,
    /// Planned length, shown against the actual time in the agenda and the notes.
    pub minutes: Minutes,
    pub kind: PhaseKind,
}

/// How long a timeout lasts unless the therapist chooses otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeoutDefaults {
    /// Flooding: about 20 minutes for the body to settle.
    pub flooding_minutes: Minutes,
    /// A short break in the room.
    pub break_minutes: Minutes,
}

impl Default for TimeoutDefaults {
    fn default() -> Self {
        TimeoutDefaults {
            flooding_minutes: Minutes(20),
            break_minutes: Minutes(5),
        }
    }
}

/// A homework idea from the suggestion library, prefilled into the agreement form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    pub title: String,
    pub who: Owner,
    pub behaviour: String,
    pub when: Frequency,
    #[serde(default)]
    pub anchor: String,
    #[serde(default)]
    pub evidence: String,
}

/// A listener's steps make sense: at least one; the first says back each piece (paraphrase,
/// mirror or summary); the closing steps (summary, validation, empathy) each come once.
fn listener_problems(steps: &[ListenerStep], phase: usize, title: &str) -> Vec<String> {
    let at = format!("phase {} (\"{title}\")", phase + 1);
    let Some((first, rest)) = steps.split_first() else {
        return vec![format!("{at} has no listener steps")];
    };
    let mut out = Vec::new();
    if !matches!(
        first,
        ListenerStep::Paraphrase | ListenerStep::Mirror | ListenerStep::Summary
    ) {
        out.push(format!(
            "{at} starts the listener with {}; the first listener step says back what was heard: Paraphrase, Mirror or Summary",
            first.label()
        ));
    }
    for (i, step) in rest.iter().enumerate() {
        if matches!(step, ListenerStep::Paraphrase | ListenerStep::Mirror) {
            out.push(format!(
                "{at} has {} as listener step {}; it can only be the first",
                step.label(),
                i + 2
            ));
        } else if steps[..i + 1].contains(step) {
            out.push(format!(
                "{at} lists the listener step {} twice",
                step.label()
            ));
        }
    }
    out
}

/// A protocol template as written in a `.ron` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub schema: u32,
    /// Stable identifier; a user template with the same id replaces the shipped one.
    pub id: String,
    pub name: String,
    /// One or two sentences for the template picker.
    pub summary: String,
    /// Where the protocol comes from, so a therapist can look it up.
    pub source: String,
    pub phases: Vec<PhasePlan>,
    #[serde(default)]
    pub ground_rules: Vec<String>,
    /// Which of the ground rules are for the therapy room only ("Phones away for the
    /// session"); the homework sheet prints only the rules kept at home.
    #[serde(default)]
    pub session_only: Vec<String>,
    #[serde(default)]
    pub timeouts: TimeoutDefaults,
    #[serde(default)]
    pub suggestions: Vec<Suggestion>,
    /// Short references the therapist can show the couple on the display.
    #[serde(default)]
    pub cards: Vec<Card>,
    /// A second set of ground rules the protocol itself teaches, offered instead of the
    /// practice's (PREP's own rules).
    #[serde(default)]
    pub other_rules: Option<RuleSet>,
    /// Work on deep hurt (trust repair, an attachment injury, a fight's aftermath): starting it
    /// with a couple not screened, or flagged, warns first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub screen_first: bool,
    /// A session with one partner alone: never on the couple display, no homework sheet.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub individual: bool,
}

/// A short reference the therapist can show the couple on the display (the four horsemen and
/// their antidotes), in our words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub title: String,
    pub lines: Vec<String>,
}

/// A named set of ground rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// Whose rules they are: "PREP's ground rules".
    pub name: String,
    pub rules: Vec<String>,
}

impl Template {
    /// Checks what the parser cannot: an agenda that is not empty, titles that are not blank.
    /// Returns plain sentences, one per problem.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.id.trim().is_empty() {
            out.push("the template has no id".to_owned());
        }
        if self.name.trim().is_empty() {
            out.push("the template has no name".to_owned());
        }
        if self.phases.is_empty() {
            out.push("the template has no phases".to_owned());
        }
        for rule in &self.session_only {
            if !self.ground_rules.contains(rule) {
                out.push(format!(
                    "\"{rule}\" is marked for the session only but is not one of the ground rules"
                ));
            }
        }
        for (i, phase) in self.phases.iter().enumerate() {
            if phase.title.trim().is_empty() {
                out.push(format!("phase {} has no title", i + 1));
            }
            if let PhaseKind::SpeakerListener { listener, .. } = &phase.kind {
                out.extend(listener_problems(listener, i, &phase.title));
            }
            // One partner alone: nothing that needs both, nor homework for the couple.
            if self.individual
                && matches!(
                    phase.kind,
                    PhaseKind::CheckIn
                        | PhaseKind::GroundRules
                        | PhaseKind::SpeakerListener { .. }
                        | PhaseKind::Homework
                )
            {
                out.push(format!(
                    "phase {} (\"{}\") is a {} phase, which needs both partners; an individual session has guided steps and a closing only",
                    i + 1,
                    phase.title,
                    phase.kind.label().to_lowercase()
                ));
            }
            if let PhaseKind::GuidedSteps { steps } = &phase.kind {
                if steps.is_empty() {
                    out.push(format!(
                        "phase {} (\"{}\") has no steps",
                        i + 1,
                        phase.title
                    ));
                }
                for (j, step) in steps.iter().enumerate() {
                    if step.title.trim().is_empty() {
                        out.push(format!("step {} of phase {} has no title", j + 1, i + 1));
                    }
                }
            }
        }
        out
    }

    pub fn planned_minutes(&self) -> u32 {
        self.phases.iter().map(|p| p.minutes.get()).sum()
    }
}
