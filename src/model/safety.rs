//! Safety before joint work: a private screening of each partner for violence and fear, with a
//! safety plan, and the confidentiality ("secrets") policy agreed at intake.
//!
//! The questions are our own words, following what the published brief screens ask about
//! (physical harm, threats, fear, control, forced sex, escalation, a weapon; Stith, McCollum &
//! Rosen 2011; Bradford 2010): no licensed instrument is reproduced. A screening is for the
//! therapist alone: nothing here is ever printed for the couple or shown on their display.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Side;

/// One screening question: a stable id (answers keep it) and the words asked, in English here;
/// [`Question::asked`] and [`Question::topic_name`] give them in the therapist's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    /// A few words naming what it asks about, for the form's rows and a screen reader.
    pub topic: &'static str,
    pub text: &'static str,
}

impl Question {
    /// The question as the therapist reads it out, in the therapist's language.
    pub fn asked(&self) -> String {
        self.message("text", self.text)
    }

    /// What it asks about, in the therapist's language: "Physical harm".
    pub fn topic_name(&self) -> String {
        self.message("topic", self.topic)
    }

    /// The note on it, as a sentence names it: "the note on physical harm".
    pub fn note_name(&self) -> String {
        self.message(
            "note",
            &format!("the note on {}", self.topic.to_lowercase()),
        )
    }

    /// `screen-question-<id>-<part>`, or `english` for a question the messages lack.
    fn message(&self, part: &str, english: &str) -> String {
        let key = format!("screen-question-{}-{part}", self.id);
        if crate::locale::has_message(&key) {
            crate::locale::therapist().get(&key)
        } else {
            english.to_owned()
        }
    }
}

/// The questions asked of each partner, alone, before joint work.
pub const QUESTIONS: [Question; 8] = [
    Question {
        id: "hurt",
        topic: "Physical harm",
        text: "In the past year, has your partner pushed, grabbed, slapped, hit or in any other way physically hurt you?",
    },
    Question {
        id: "threats",
        topic: "Threats",
        text: "Has your partner threatened to hurt you, your children, a pet, or themselves?",
    },
    Question {
        id: "afraid",
        topic: "Fear",
        text: "Are you ever afraid of your partner, or of what could happen at home if you speak openly here?",
    },
    Question {
        id: "control",
        topic: "Control",
        text: "Does your partner decide where you go, whom you see, or check your phone or money against your wishes?",
    },
    Question {
        id: "forced",
        topic: "Forced sex",
        text: "Has your partner ever pressured or forced you into sexual contact you did not want?",
    },
    Question {
        id: "own",
        topic: "Own violence",
        text: "In the past year, have you pushed, hit or threatened your partner?",
    },
    Question {
        id: "worse",
        topic: "Getting worse",
        text: "Have the fights, the fear or the violence become more frequent or more serious lately?",
    },
    Question {
        id: "weapon",
        topic: "Weapon",
        text: "Is there a gun or another weapon in the home?",
    },
];

/// What a partner answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Answer {
    #[default]
    NotAsked,
    No,
    Yes,
    /// The partner did not want to answer.
    Declined,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::No, Answer::Yes, Answer::Declined, Answer::NotAsked];

    /// The answer in the therapist's language.
    pub fn label(self) -> String {
        match self {
            Answer::NotAsked => crate::t!("screen-answer-not-asked"),
            Answer::No => crate::t!("screen-answer-no"),
            Answer::Yes => crate::t!("screen-answer-yes"),
            Answer::Declined => crate::t!("screen-answer-declined"),
        }
    }
}

/// The therapist's judgement after screening.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum RiskLevel {
    #[default]
    NoConcerns,
    Concerns,
    /// Joint sessions are not advised for now.
    ConjointNotAdvised,
}

impl RiskLevel {
    pub const ALL: [RiskLevel; 3] = [
        RiskLevel::NoConcerns,
        RiskLevel::Concerns,
        RiskLevel::ConjointNotAdvised,
    ];

    /// The judgement in the therapist's language.
    pub fn label(self) -> String {
        match self {
            RiskLevel::NoConcerns => crate::t!("screen-risk-none"),
            RiskLevel::Concerns => crate::t!("screen-risk-concerns"),
            RiskLevel::ConjointNotAdvised => crate::t!("screen-risk-not-advised"),
        }
    }
}

/// What each partner does when it is not safe, in session (telehealth too) or at home.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SafetyPlan {
    /// A word that means "I am not safe to talk now" (on a video call: end the call, I will
    /// call you back).
    pub safe_word: String,
    /// Where this partner can go, and how they get there.
    pub where_to_go: String,
    /// People and numbers to call, the local emergency number among them.
    pub contacts: String,
    /// For telehealth: where this partner usually is during sessions (to send help there).
    pub telehealth_location: String,
}

impl SafetyPlan {
    pub fn is_empty(&self) -> bool {
        *self == SafetyPlan::default()
    }
}

/// One partner's screening, done alone with the therapist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Screening {
    pub side: Side,
    pub date: NaiveDate,
    /// The individual session it was done in, if any (otherwise on the therapist's own, by
    /// phone or before the first session).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_session: Option<u32>,
    /// Each question as it was asked, with the answer and anything said about it.
    pub answers: Vec<Asked>,
    pub risk: RiskLevel,
    #[serde(default, skip_serializing_if = "SafetyPlan::is_empty")]
    pub plan: SafetyPlan,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A question as asked (its words kept, should the list change), and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asked {
    pub id: String,
    pub question: String,
    pub answer: Answer,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Screening {
    /// Whether any answer points to harm or fear (a yes, or a declined answer).
    pub fn has_positive_answer(&self) -> bool {
        self.answers
            .iter()
            .any(|a| matches!(a.answer, Answer::Yes | Answer::Declined))
    }
}

/// Where a couple stands on screening, from the newest screening of each partner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SafetyStatus {
    /// Both partners screened, no concerns.
    Clear,
    /// These partners have no screening yet.
    NotScreened(Vec<Side>),
    /// A partner's newest screening found concerns (the worst level).
    Flagged(Side, RiskLevel),
}

/// The newest screening of `side` among `screenings`.
pub fn latest(screenings: &[Screening], side: Side) -> Option<&Screening> {
    screenings
        .iter()
        .filter(|s| s.side == side)
        .max_by_key(|s| (s.date, s.in_session))
}

/// Where the couple stands: a flag outweighs a missing screening.
pub fn status(screenings: &[Screening]) -> SafetyStatus {
    let flagged = Side::BOTH
        .iter()
        .filter_map(|side| latest(screenings, *side).map(|s| (*side, s.risk)))
        .filter(|(_, risk)| *risk != RiskLevel::NoConcerns)
        .max_by_key(|(_, risk)| *risk as u8);
    if let Some((side, risk)) = flagged {
        return SafetyStatus::Flagged(side, risk);
    }
    let missing: Vec<Side> = Side::BOTH
        .into_iter()
        .filter(|side| latest(screenings, *side).is_none())
        .collect();
    if missing.is_empty() {
        SafetyStatus::Clear
    } else {
        SafetyStatus::NotScreened(missing)
    }
}

/// The warning before a protocol that asks for screening first (trust repair, an attachment
/// injury, the aftermath of a fight): None when both partners are screened with no concerns.
/// A warning, never a refusal: the therapist decides. In the therapist's language.
pub fn warning_before(protocol: &str, status: &SafetyStatus, names: [&str; 2]) -> Option<String> {
    let name = |side: Side| match side {
        Side::A => names[0],
        Side::B => names[1],
    };
    match status {
        SafetyStatus::Clear => None,
        SafetyStatus::NotScreened(sides) => Some(match sides.as_slice() {
            [one] => crate::t!(
                "screen-warning-not-screened-one",
                name = name(*one),
                protocol = protocol
            ),
            _ => crate::t!(
                "screen-warning-not-screened-both",
                first = names[0],
                second = names[1],
                protocol = protocol
            ),
        }),
        SafetyStatus::Flagged(side, RiskLevel::ConjointNotAdvised) => Some(crate::t!(
            "screen-warning-not-advised",
            name = name(*side),
            protocol = protocol
        )),
        SafetyStatus::Flagged(side, _) => Some(crate::t!(
            "screen-warning-concerns",
            name = name(*side),
            protocol = protocol
        )),
    }
}

/// The confidentiality policy agreed at intake: what happens to something one partner tells
/// the therapist alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecretsPolicy {
    /// Nothing said alone is kept from the other partner.
    NoSecrets,
    /// The therapist may keep some things private, and helps the partner share what affects
    /// the couple's work.
    LimitedSecrets,
    /// In the therapist's words.
    Other(String),
}

impl SecretsPolicy {
    /// The policy in the therapist's language (one in the therapist's words, as written).
    pub fn describe(&self) -> String {
        match self {
            SecretsPolicy::NoSecrets => crate::t!("screen-policy-no-secrets"),
            SecretsPolicy::LimitedSecrets => crate::t!("screen-policy-limited-secrets"),
            SecretsPolicy::Other(words) => words.clone(),
        }
    }
}

/// The policy and the day the couple agreed to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confidentiality {
    pub policy: SecretsPolicy,
    pub agreed_on: NaiveDate,
}

impl Confidentiality {
    /// "Confidentiality: no secrets, agreed 3 November 2026", in the therapist's language.
    pub fn describe(&self) -> String {
        let date = self
            .agreed_on
            .format_localized(&crate::t!("screen-date-year"), super::therapist_calendar())
            .to_string();
        crate::t!(
            "screen-policy-agreed",
            policy = self.policy.describe(),
            date = date
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screening(side: Side, day: u32, risk: RiskLevel) -> Screening {
        Screening {
            side,
            date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            in_session: None,
            answers: Vec::new(),
            risk,
            plan: SafetyPlan::default(),
            notes: String::new(),
        }
    }

    #[test]
    fn a_couple_is_clear_only_when_both_newest_screenings_find_no_concern() {
        assert_eq!(
            status(&[]),
            SafetyStatus::NotScreened(vec![Side::A, Side::B])
        );
        let one = [screening(Side::A, 1, RiskLevel::NoConcerns)];
        assert_eq!(status(&one), SafetyStatus::NotScreened(vec![Side::B]));
        let both = [
            screening(Side::A, 1, RiskLevel::NoConcerns),
            screening(Side::B, 2, RiskLevel::NoConcerns),
        ];
        assert_eq!(status(&both), SafetyStatus::Clear);
        // A flag outweighs a missing screening, and the newest screening counts.
        let flagged = [
            screening(Side::B, 2, RiskLevel::NoConcerns),
            screening(Side::B, 9, RiskLevel::Concerns),
        ];
        assert_eq!(
            status(&flagged),
            SafetyStatus::Flagged(Side::B, RiskLevel::Concerns)
        );
        let rescreened = [
            screening(Side::A, 1, RiskLevel::NoConcerns),
            screening(Side::B, 2, RiskLevel::ConjointNotAdvised),
            screening(Side::B, 20, RiskLevel::NoConcerns),
        ];
        assert_eq!(status(&rescreened), SafetyStatus::Clear);
    }

    #[test]
    fn the_warning_names_who_is_not_screened_or_flagged_and_is_silent_when_clear() {
        crate::locale::set_therapist(Some(super::super::Lang::En));
        let names = ["Sophie", "Emma"];
        let w = warning_before(
            "Trust repair",
            &SafetyStatus::NotScreened(vec![Side::B]),
            names,
        )
        .unwrap();
        assert!(w.starts_with("Emma has not been screened"), "{w}");
        let w = warning_before(
            "Trust repair",
            &SafetyStatus::NotScreened(vec![Side::A, Side::B]),
            names,
        )
        .unwrap();
        assert!(
            w.starts_with("Sophie and Emma have not been screened"),
            "{w}"
        );
        let w = warning_before(
            "Trust repair",
            &SafetyStatus::Flagged(Side::A, RiskLevel::ConjointNotAdvised),
            names,
        )
        .unwrap();
        assert!(w.contains("Sophie's screening found that joint sessions are not advised"));
        assert_eq!(
            warning_before("Trust repair", &SafetyStatus::Clear, names),
            None
        );
    }

    #[test]
    fn every_question_has_its_own_id() {
        let mut ids: Vec<_> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
    }

    /// Each question in each language, and in English word for word as the list has it.
    #[test]
    fn every_question_has_its_words_in_every_language() {
        use super::super::Lang;
        for q in QUESTIONS {
            for part in ["text", "topic", "note"] {
                let key = format!("screen-question-{}-{part}", q.id);
                assert!(crate::locale::has_message(&key), "{key} missing");
            }
            crate::locale::set_therapist(Some(Lang::En));
            assert_eq!(q.asked(), q.text);
            assert_eq!(q.topic_name(), q.topic);
            assert_eq!(
                q.note_name(),
                format!("the note on {}", q.topic.to_lowercase())
            );
            for lang in [Lang::De, Lang::Fr, Lang::Es] {
                crate::locale::set_therapist(Some(lang));
                assert_ne!(q.asked(), q.text, "{lang:?} {}", q.id);
            }
        }
        crate::locale::set_therapist(Some(Lang::De));
        assert_eq!(QUESTIONS[7].topic_name(), "Waffen");
    }
}
