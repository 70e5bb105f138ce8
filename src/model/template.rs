//! Protocol templates: the agenda of a session. Shipped ones live in `templates/`, a therapist's
//! own in the data folder. Numbers are checked while parsing, so a bad value is reported with the
//! line and column where it stands.

use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::{Frequency, Lang, MINUTE, Ms, Owner, SECOND};

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
    fn key(self) -> &'static str {
        match self {
            ListenerStep::Paraphrase => "paraphrase",
            ListenerStep::Mirror => "mirror",
            ListenerStep::Summary => "summary",
            ListenerStep::Validation => "validation",
            ListenerStep::Empathy => "empathy",
        }
    }

    /// The step's name on the console, in the therapist's language: "Paraphrase".
    pub fn label(self) -> String {
        self.label_in(crate::locale::therapist())
    }

    /// The step's name in `tr`'s language.
    pub fn label_in(self, tr: crate::locale::Tr) -> String {
        tr.get(&format!("step-{}", self.key()))
    }

    /// What the listener is doing, after their name: "Kai paraphrases" (therapist's language).
    pub fn doing(self) -> String {
        crate::locale::therapist().get(&format!("doing-{}", self.key()))
    }

    /// A way in for the listener, in our words: "“What I hear you saying is …”", in `tr`'s
    /// language (the couple display speaks the couple's).
    pub fn opening_in(self, tr: crate::locale::Tr) -> String {
        tr.get(&format!("opening-{}", self.key()))
    }

    /// The way in, in the therapist's language, for the console.
    pub fn opening(self) -> String {
        self.opening_in(crate::locale::therapist())
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
    /// The kind's name in the therapist's language: "Ground rules".
    pub fn label(&self) -> String {
        self.label_in(crate::locale::therapist())
    }

    /// The kind's name in `tr`'s language.
    pub fn label_in(&self, tr: crate::locale::Tr) -> String {
        tr.get(match self {
            PhaseKind::CheckIn => "kind-check-in",
            PhaseKind::GroundRules => "kind-ground-rules",
            PhaseKind::SpeakerListener { .. } => "kind-speaker-listener",
            PhaseKind::GuidedSteps { .. } => "kind-guided-steps",
            PhaseKind::Homework => "kind-homework",
            PhaseKind::Closing => "kind-closing",
        })
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

/// One step on the way from the top of a template's file to a value in it: a named field, or
/// a place in a list (from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplatePart {
    Field(&'static str),
    Index(usize),
}

/// What is wrong with a template, in the therapist's words, and the value it is about: the
/// store points at that value's line in the file whatever language the words are in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateProblem {
    /// The path to the value; empty for the template as a whole.
    pub at: Vec<TemplatePart>,
    pub message: String,
}

impl TemplateProblem {
    fn new(at: Vec<TemplatePart>, message: String) -> TemplateProblem {
        TemplateProblem { at, message }
    }
}

/// The path to phase `i`, then `more`.
fn in_phase(i: usize, more: &[TemplatePart]) -> Vec<TemplatePart> {
    let mut at = vec![TemplatePart::Field("phases"), TemplatePart::Index(i)];
    at.extend_from_slice(more);
    at
}

/// "phase 2 ("Agreements")" in the therapist's words.
fn phase_words(i: usize, title: &str) -> String {
    crate::t!("store-template-phase", number = i + 1, title = title)
}

/// A listener's steps make sense: at least one; the first says back each piece (paraphrase,
/// mirror or summary); the closing steps (summary, validation, empathy) each come once.
fn listener_problems(steps: &[ListenerStep], phase: usize, title: &str) -> Vec<String> {
    // A step is named as the file names it (its English name), whatever the sentence's
    // language: that is the word to write in the file.
    let english = crate::locale::Tr::new(Lang::En);
    let at = phase_words(phase, title);
    let Some((first, rest)) = steps.split_first() else {
        return vec![crate::t!("store-template-no-listener-steps", phase = &at)];
    };
    let mut out = Vec::new();
    if !matches!(
        first,
        ListenerStep::Paraphrase | ListenerStep::Mirror | ListenerStep::Summary
    ) {
        out.push(crate::t!(
            "store-template-listener-first",
            phase = &at,
            step = first.label_in(english)
        ));
    }
    for (i, step) in rest.iter().enumerate() {
        if matches!(step, ListenerStep::Paraphrase | ListenerStep::Mirror) {
            out.push(crate::t!(
                "store-template-listener-only-first",
                phase = &at,
                step = step.label_in(english),
                number = i + 2
            ));
        } else if steps[..i + 1].contains(step) {
            out.push(crate::t!(
                "store-template-listener-twice",
                phase = &at,
                step = step.label_in(english)
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
    /// The template's words in other languages, item by item in the English order: a session
    /// with a couple who speaks one of them runs in their words.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<Lang, Translation>,
}

/// A template's words in another language. Each list follows the English one item by item;
/// what a translation leaves out stays English (and `templates check` names the gap).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Translation {
    pub name: Option<String>,
    pub summary: Option<String>,
    pub phases: Vec<PhaseWords>,
    /// The suggested ground rules; if left out, the shipped ones known to the app are
    /// translated and the template's own stay English.
    pub ground_rules: Vec<String>,
    pub suggestions: Vec<SuggestionWords>,
    pub cards: Vec<Card>,
    pub other_rules: Option<RuleSet>,
}

/// A phase's words: its title and, for guided steps, each step's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseWords {
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<StepWords>,
}

/// A guided step's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepWords {
    pub title: String,
    pub prompt: String,
}

/// A homework suggestion's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestionWords {
    pub title: String,
    pub behaviour: String,
    #[serde(default)]
    pub anchor: String,
    #[serde(default)]
    pub evidence: String,
}

/// `words[i]` where the translation has it, else the English.
fn word(words: Option<&String>, english: &str) -> String {
    words
        .filter(|w| !w.trim().is_empty())
        .map_or_else(|| english.to_owned(), Clone::clone)
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
    /// Returns plain sentences in the therapist's language, one per problem.
    pub fn problems(&self) -> Vec<String> {
        self.located_problems()
            .into_iter()
            .map(|p| p.message)
            .collect()
    }

    /// [`Template::problems`], each with the value in the file it is about.
    pub fn located_problems(&self) -> Vec<TemplateProblem> {
        use TemplatePart::{Field, Index};
        let mut out = Vec::new();
        if self.id.trim().is_empty() {
            out.push(TemplateProblem::new(
                vec![Field("id")],
                crate::t!("store-template-no-id"),
            ));
        }
        if self.name.trim().is_empty() {
            out.push(TemplateProblem::new(
                vec![Field("name")],
                crate::t!("store-template-no-name"),
            ));
        }
        if self.phases.is_empty() {
            out.push(TemplateProblem::new(
                vec![Field("phases")],
                crate::t!("store-template-no-phases"),
            ));
        }
        for rule in &self.session_only {
            if !self.ground_rules.contains(rule) {
                out.push(TemplateProblem::new(
                    vec![Field("session_only")],
                    crate::t!("store-template-session-only", rule = rule),
                ));
            }
        }
        let tr = crate::locale::therapist();
        for (i, phase) in self.phases.iter().enumerate() {
            if phase.title.trim().is_empty() {
                out.push(TemplateProblem::new(
                    in_phase(i, &[Field("title")]),
                    crate::t!("store-template-phase-no-title", number = i + 1),
                ));
            }
            if let PhaseKind::SpeakerListener { listener, .. } = &phase.kind {
                for message in listener_problems(listener, i, &phase.title) {
                    out.push(TemplateProblem::new(in_phase(i, &[]), message));
                }
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
                // English runs the kind into its sentence in lower case; the other languages
                // quote it as the app names it (a German noun keeps its capital).
                let kind = phase.kind.label_in(tr);
                let kind = if tr.lang() == Lang::En {
                    kind.to_lowercase()
                } else {
                    kind
                };
                out.push(TemplateProblem::new(
                    in_phase(i, &[]),
                    crate::t!(
                        "store-template-needs-both",
                        phase = phase_words(i, &phase.title),
                        kind = kind
                    ),
                ));
            }
            if let PhaseKind::GuidedSteps { steps } = &phase.kind {
                if steps.is_empty() {
                    out.push(TemplateProblem::new(
                        in_phase(i, &[Field("kind"), Field("steps")]),
                        crate::t!(
                            "store-template-no-steps",
                            phase = phase_words(i, &phase.title)
                        ),
                    ));
                }
                for (j, step) in steps.iter().enumerate() {
                    if step.title.trim().is_empty() {
                        out.push(TemplateProblem::new(
                            in_phase(
                                i,
                                &[Field("kind"), Field("steps"), Index(j), Field("title")],
                            ),
                            crate::t!("store-template-step-no-title", step = j + 1, number = i + 1),
                        ));
                    }
                }
            }
        }
        out.extend(
            self.translation_problems()
                .into_iter()
                .map(|message| TemplateProblem::new(vec![Field("translations")], message)),
        );
        out
    }

    /// The template in `lang`: every word the translation has, the English where it has
    /// none. English, or a language with no translation, gives the template as written
    /// (with the shipped ground rules the app knows in `lang`).
    /// The protocol's name in `lang` (English where it has none), without copying the template:
    /// for lists drawn every frame.
    pub fn name_in(&self, lang: Lang) -> &str {
        self.translations
            .get(&lang)
            .and_then(|w| w.name.as_deref())
            .filter(|w| !w.trim().is_empty())
            .unwrap_or(&self.name)
    }

    /// Its one-paragraph summary in `lang` (English where it has none).
    pub fn summary_in(&self, lang: Lang) -> &str {
        self.translations
            .get(&lang)
            .and_then(|w| w.summary.as_deref())
            .filter(|w| !w.trim().is_empty())
            .unwrap_or(&self.summary)
    }

    pub fn in_lang(&self, lang: Lang) -> Template {
        let mut t = self.clone();
        if lang == Lang::En {
            return t;
        }
        let tr = crate::locale::Tr::new(lang);
        let Some(words) = self.translations.get(&lang) else {
            t.ground_rules = self.ground_rules.iter().map(|r| tr.rule(r)).collect();
            t.session_only = self.session_only.iter().map(|r| tr.rule(r)).collect();
            return t;
        };
        t.name = word(words.name.as_ref(), &self.name);
        t.summary = word(words.summary.as_ref(), &self.summary);
        for (i, phase) in t.phases.iter_mut().enumerate() {
            let Some(w) = words.phases.get(i) else {
                continue;
            };
            phase.title = word(Some(&w.title), &phase.title);
            if let PhaseKind::GuidedSteps { steps } = &mut phase.kind {
                for (step, sw) in steps.iter_mut().zip(&w.steps) {
                    step.title = word(Some(&sw.title), &step.title);
                    step.prompt = word(Some(&sw.prompt), &step.prompt);
                }
            }
        }
        let rule_in = |i: usize, english: &str| match words.ground_rules.get(i) {
            Some(r) => word(Some(r), english),
            None => tr.rule(english),
        };
        t.ground_rules = self
            .ground_rules
            .iter()
            .enumerate()
            .map(|(i, r)| rule_in(i, r))
            .collect();
        t.session_only = self
            .session_only
            .iter()
            .map(|r| match self.ground_rules.iter().position(|g| g == r) {
                Some(i) => rule_in(i, r),
                None => r.clone(),
            })
            .collect();
        for (s, w) in t.suggestions.iter_mut().zip(&words.suggestions) {
            s.title = word(Some(&w.title), &s.title);
            s.behaviour = word(Some(&w.behaviour), &s.behaviour);
            s.anchor = word(Some(&w.anchor), &s.anchor);
            s.evidence = word(Some(&w.evidence), &s.evidence);
        }
        for (c, w) in t.cards.iter_mut().zip(&words.cards) {
            c.title = word(Some(&w.title), &c.title);
            for (line, wl) in c.lines.iter_mut().zip(&w.lines) {
                *line = word(Some(wl), line);
            }
        }
        if let (Some(set), Some(w)) = (&mut t.other_rules, &words.other_rules) {
            set.name = word(Some(&w.name), &set.name);
            for (rule, wr) in set.rules.iter_mut().zip(&w.rules) {
                *rule = word(Some(wr), rule);
            }
        }
        t
    }

    /// Where a translation disagrees with the English: a phase, step, rule, suggestion or
    /// card more or fewer, or one left blank. Plain sentences in the therapist's language, one
    /// per problem.
    pub fn translation_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (lang, words) in &self.translations {
            if *lang == Lang::En {
                out.push(crate::t!("store-template-english-translation"));
                continue;
            }
            let tr = crate::locale::therapist();
            // "the German translation", as the therapist's language says it.
            let translation = tr.get(&format!("store-translation-{}", lang.code()));
            let translation = translation.as_str();
            let mut count = |key: &str, theirs: usize, ours: usize| {
                if theirs != ours {
                    out.push(tr.with(
                        key,
                        &[
                            ("translation", translation.into()),
                            ("theirs", theirs.into()),
                            ("ours", ours.into()),
                        ],
                    ));
                }
            };
            count(
                "store-template-translation-phases",
                words.phases.len(),
                self.phases.len(),
            );
            if !words.ground_rules.is_empty() {
                count(
                    "store-template-translation-rules",
                    words.ground_rules.len(),
                    self.ground_rules.len(),
                );
            }
            count(
                "store-template-translation-suggestions",
                words.suggestions.len(),
                self.suggestions.len(),
            );
            count(
                "store-template-translation-cards",
                words.cards.len(),
                self.cards.len(),
            );
            for (i, (phase, w)) in self.phases.iter().zip(&words.phases).enumerate() {
                let at = phase_words(i, &phase.title);
                let english = match &phase.kind {
                    PhaseKind::GuidedSteps { steps } => steps.len(),
                    _ => 0,
                };
                if w.steps.len() != english {
                    out.push(crate::t!(
                        "store-template-translation-steps",
                        translation = translation,
                        phase = &at,
                        theirs = w.steps.len(),
                        ours = english
                    ));
                }
                let blank = w.title.trim().is_empty()
                    || w.steps
                        .iter()
                        .any(|s| s.title.trim().is_empty() || s.prompt.trim().is_empty());
                if blank {
                    out.push(crate::t!(
                        "store-template-translation-blank",
                        translation = translation,
                        phase = &at
                    ));
                }
            }
            for (i, (card, w)) in self.cards.iter().zip(&words.cards).enumerate() {
                if card.lines.len() != w.lines.len() {
                    out.push(crate::t!(
                        "store-template-translation-card-lines",
                        translation = translation,
                        number = i + 1,
                        title = &card.title,
                        theirs = w.lines.len(),
                        ours = card.lines.len()
                    ));
                }
            }
            match (&self.other_rules, &words.other_rules) {
                (Some(set), Some(w)) if set.rules.len() != w.rules.len() => out.push(crate::t!(
                    "store-template-translation-rule-count",
                    translation = translation,
                    set = &set.name,
                    theirs = w.rules.len(),
                    ours = set.rules.len()
                )),
                (None, Some(_)) => out.push(crate::t!(
                    "store-template-translation-other-rules",
                    translation = translation
                )),
                _ => {}
            }
        }
        out
    }

    pub fn planned_minutes(&self) -> u32 {
        self.phases.iter().map(|p| p.minutes.get()).sum()
    }
}
