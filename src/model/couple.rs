use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Agreement, Clinical, Confidentiality, SCHEMA_VERSION, SafetyStatus, Screening};

/// One of the two partners. The couple's display names live in [`Couple`]; everywhere else a
/// partner is `A` or `B`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Side {
    A,
    B,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::A => Side::B,
            Side::B => Side::A,
        }
    }

    pub const BOTH: [Side; 2] = [Side::A, Side::B];
}

/// Opaque, filesystem-safe identifier of a couple (also the name of its folder).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CoupleId(pub String);

impl std::fmt::Display for CoupleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    pub name: String,
}

/// A rule the couple agreed to keep. Rules carry over from session to session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroundRule {
    pub id: u32,
    pub text: String,
    /// The day both partners last agreed to it, if they have.
    #[serde(default)]
    pub agreed_on: Option<NaiveDate>,
    /// A rule for the therapy room only ("Phones away for the session"): it is not printed
    /// among the rules the couple keeps at home.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub session_only: bool,
}

/// Everything kept about a couple between sessions. Sessions themselves are journals beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Couple {
    pub schema: u32,
    pub id: CoupleId,
    pub partner_a: Partner,
    pub partner_b: Partner,
    pub created: NaiveDate,
    /// The ground rules in force; empty until the first session sets them.
    #[serde(default)]
    pub ground_rules: Vec<GroundRule>,
    /// Every homework agreement ever made, with its reviews.
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    /// When the couple is next expected.
    #[serde(default)]
    pub next_session: Option<NaiveDate>,
    /// The newest session recorded into this file: an older session reopened later (to finish
    /// its notes) must not roll the rules or the next appointment back.
    #[serde(default)]
    pub recorded_through: u32,
    /// The session journals (file names) whose outcome is in this record, so each is recorded
    /// exactly once, whichever computer ran it. `None` in files from before it was kept: then
    /// the sessions up to `recorded_through` are the ones recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<Vec<String>>,
    /// Record numbers, dates of birth, a diagnosis code and the usual service, for the notes.
    #[serde(default, skip_serializing_if = "Clinical::is_empty")]
    pub clinical: Clinical,
    /// Each partner's screenings, oldest first: the therapist's alone, never printed for the
    /// couple nor shown on their display.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub screenings: Vec<Screening>,
    /// The confidentiality policy agreed at intake, printed on the notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidentiality: Option<Confidentiality>,
    /// The couple's language: the couple display and the homework sheet speak it. Unset,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<super::Lang>,
}

impl Couple {
    pub fn new(id: CoupleId, a: &str, b: &str, created: NaiveDate) -> Couple {
        Couple {
            schema: SCHEMA_VERSION,
            id,
            partner_a: Partner { name: a.to_owned() },
            partner_b: Partner { name: b.to_owned() },
            created,
            ground_rules: Vec::new(),
            agreements: Vec::new(),
            next_session: None,
            recorded_through: 0,
            recorded: Some(Vec::new()),
            clinical: Clinical::default(),
            screenings: Vec::new(),
            confidentiality: None,
            language: None,
        }
    }

    /// The language everything the couple sees is in.
    pub fn lang(&self) -> super::Lang {
        self.language.unwrap_or_default()
    }

    /// Where the couple stands on screening before joint work.
    pub fn safety(&self) -> SafetyStatus {
        super::safety::status(&self.screenings)
    }

    pub fn name(&self, side: Side) -> &str {
        match side {
            Side::A => &self.partner_a.name,
            Side::B => &self.partner_b.name,
        }
    }

    /// "Sophie & Emma"
    pub fn display_name(&self) -> String {
        format!("{} & {}", self.partner_a.name, self.partner_b.name)
    }

    /// What the record holds, in words in the therapist's language: two versions of it are
    /// compared line by line when a sync engine kept both.
    pub fn describe(&self) -> Vec<(String, String)> {
        use crate::t;
        let running = self.open_agreements().count();
        vec![
            (
                t!("screen-record-first-partner"),
                self.partner_a.name.clone(),
            ),
            (
                t!("screen-record-second-partner"),
                self.partner_b.name.clone(),
            ),
            (
                t!("screen-record-next-session"),
                self.next_session.map_or_else(
                    || t!("screen-record-not-set"),
                    |d| {
                        d.format_localized(
                            &t!("screen-date-weekday-year"),
                            super::therapist_calendar(),
                        )
                        .to_string()
                    },
                ),
            ),
            (
                t!("screen-record-ground-rules"),
                self.ground_rules.len().to_string(),
            ),
            (
                t!("screen-record-agreements"),
                t!(
                    "screen-record-agreements-running",
                    count = self.agreements.len(),
                    running = running
                ),
            ),
            (
                t!("screen-record-sessions"),
                match &self.recorded {
                    Some(r) => r.len().to_string(),
                    None => t!("screen-record-up-to", number = self.recorded_through),
                },
            ),
            (t!("screen-record-clinical"), {
                let c = &self.clinical;
                let mut parts: Vec<String> = c
                    .ids
                    .iter()
                    .zip([&self.partner_a.name, &self.partner_b.name])
                    .map(|(ids, name)| (name, ids.describe()))
                    .filter(|(_, ids)| !ids.is_empty())
                    .map(|(name, ids)| t!("screen-record-ids", name = name, ids = ids))
                    .collect();
                if !c.diagnosis.is_empty() {
                    parts.push(t!("screen-record-diagnosis", code = &c.diagnosis));
                }
                parts.push(format!("{}, {}", c.service.label(), c.modality.label()));
                parts.join("; ")
            }),
        ]
    }

    /// Agreements still running: not retired.
    pub fn open_agreements(&self) -> impl Iterator<Item = &Agreement> {
        self.agreements.iter().filter(|a| a.is_open())
    }
}
