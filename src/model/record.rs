//! The clinical record: who the clients are to the clinic (record numbers, dates of birth, a
//! diagnosis code), how each session was held and billed, risk, and the therapist's signature.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a session was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Modality {
    #[default]
    InPerson,
    Telehealth,
}

impl Modality {
    pub const ALL: [Modality; 2] = [Modality::InPerson, Modality::Telehealth];

    /// How it was held, in the therapist's language.
    pub fn label(self) -> String {
        match self {
            Modality::InPerson => crate::t!("screen-modality-in-person"),
            Modality::Telehealth => crate::t!("screen-modality-telehealth"),
        }
    }
}

/// The usual service for a couple: a session with both partners, or with one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Service {
    #[default]
    BothPresent,
    OnePresent,
}

impl Service {
    pub const ALL: [Service; 2] = [Service::BothPresent, Service::OnePresent];

    /// The service, in the therapist's language.
    pub fn label(self) -> String {
        match self {
            Service::BothPresent => crate::t!("screen-service-both"),
            Service::OnePresent => crate::t!("screen-service-one"),
        }
    }
}

/// The service code a session is billed under when the therapist does not change it:
/// conjoint psychotherapy with both present (90847), or without one of them (90846).
pub fn default_service_code(present: [bool; 2]) -> &'static str {
    if present == [true, true] {
        "90847"
    } else {
        "90846"
    }
}

/// One client's identifiers at the clinic. Both optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientIds {
    pub record_number: String,
    pub born: Option<NaiveDate>,
}

impl ClientIds {
    /// "record 1234 · born 3 May 1988", or nothing, in the therapist's language.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.record_number.trim().is_empty() {
            parts.push(crate::t!(
                "screen-ids-record",
                number = self.record_number.trim()
            ));
        }
        if let Some(born) = self.born {
            let date = born
                .format_localized(&crate::t!("screen-date-year"), super::therapist_calendar())
                .to_string();
            parts.push(crate::t!("screen-ids-born", date = date));
        }
        parts.join(" · ")
    }
}

/// What the couple's record holds for the clinic: each partner's identifiers, a diagnosis
/// code, and the usual service and modality. Every field is optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Clinical {
    pub ids: [ClientIds; 2],
    pub diagnosis: String,
    pub service: Service,
    pub modality: Modality,
}

impl Clinical {
    pub fn is_empty(&self) -> bool {
        *self == Clinical::default()
    }
}

/// Risk noted in a session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Risk {
    #[default]
    NoneNoted,
    /// Concerns, in the therapist's words.
    Concerns(String),
}

/// How one session was held and what the therapist recorded about it beyond the notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionRecord {
    /// Which partners were in the session.
    pub present: [bool; 2],
    pub modality: Modality,
    pub service_code: String,
    pub diagnosis: String,
    pub risk: Risk,
}

impl Default for SessionRecord {
    fn default() -> Self {
        SessionRecord::from_defaults(&Clinical::default())
    }
}

impl SessionRecord {
    /// A session's record as the couple's defaults suggest it.
    pub fn from_defaults(clinical: &Clinical) -> SessionRecord {
        let present = match clinical.service {
            Service::BothPresent => [true, true],
            Service::OnePresent => [true, false],
        };
        SessionRecord {
            present,
            modality: clinical.modality,
            service_code: default_service_code(present).to_owned(),
            diagnosis: clinical.diagnosis.clone(),
            risk: Risk::NoneNoted,
        }
    }
}

/// Longest service or diagnosis code.
pub const CODE_MAX: usize = 40;
/// Longest record number.
pub const RECORD_NUMBER_MAX: usize = 40;
