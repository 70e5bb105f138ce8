use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Who an agreement belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Owner {
    A,
    B,
    Both,
}

/// How often the behaviour happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Frequency {
    Daily,
    /// On the chosen weekdays, e.g. Monday, Wednesday and Friday.
    Weekdays(Vec<Weekday>),
    /// Once a week, on the given day if one was chosen.
    Weekly(Option<Weekday>),
}

impl Frequency {
    /// Which days of a week the homework sheet gives a tick box for.
    pub fn days(&self) -> Vec<Weekday> {
        match self {
            Frequency::Daily | Frequency::Weekly(None) => ALL_WEEKDAYS.to_vec(),
            Frequency::Weekdays(days) => days.clone(),
            Frequency::Weekly(Some(day)) => vec![*day],
        }
    }

    /// Plain words in the therapist's language: "every day", "on Monday and Thursday",
    /// "once a week, on Sunday" (the same words as the homework sheet's).
    pub fn describe(&self) -> String {
        let tr = crate::locale::therapist();
        match self {
            Frequency::Daily => tr.get("when-daily"),
            Frequency::Weekdays(days) => {
                let names: Vec<String> = days.iter().map(|d| tr.weekday_name(*d)).collect();
                tr.with("when-weekdays", &[("days", tr.list(&names).into())])
            }
            Frequency::Weekly(None) => tr.get("when-weekly"),
            Frequency::Weekly(Some(day)) => {
                tr.with("when-weekly-on", &[("day", tr.weekday_name(*day).into())])
            }
        }
    }
}

pub const ALL_WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The day's English name, as files and key hints spell it; for the therapist's words, see
/// [`crate::locale::Tr::weekday_name`].
pub fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// How a reviewed agreement went since the last session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    Done,
    Partly,
    NotDone,
}

impl Outcome {
    /// How it went, in the therapist's language.
    pub fn label(self) -> String {
        match self {
            Outcome::Done => crate::t!("screen-outcome-done"),
            Outcome::Partly => crate::t!("screen-outcome-partly"),
            Outcome::NotDone => crate::t!("screen-outcome-not-done"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// The session in which it was reviewed.
    pub session: u32,
    pub date: NaiveDate,
    pub outcome: Outcome,
    #[serde(default)]
    pub comment: String,
    /// The tag of the computer whose session made the review: two computers that each ran a
    /// "session 3" while apart keep both reviews.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<String>,
}

/// The editable part of an agreement: what the therapist fills in on the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementTerms {
    pub who: Owner,
    /// In the partner's own words: "I will share my work schedule every morning".
    pub behaviour: String,
    pub when: Frequency,
    /// The habit it hangs on: "after breakfast".
    #[serde(default)]
    pub anchor: String,
    /// How we will know it happened.
    #[serde(default)]
    pub evidence: String,
    /// When it is reviewed; `None` means at the next session.
    #[serde(default)]
    pub review_on: Option<NaiveDate>,
}

/// A homework agreement: small, concrete, checkable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: u32,
    /// The session in which it was made.
    pub made_in_session: u32,
    pub terms: AgreementTerms,
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// Set when the couple decides to stop it (or it was fully achieved and retired).
    #[serde(default)]
    pub retired: bool,
    /// The tag of the computer whose session made it: agreement 5 of a session 3 run on the
    /// laptop is not agreement 5 of a session 3 run on the office computer while apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_on: Option<String>,
}

impl Agreement {
    pub fn is_open(&self) -> bool {
        !self.retired
    }

    pub fn last_review(&self) -> Option<&Review> {
        self.reviews.last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_read_as_plain_words() {
        crate::locale::set_therapist(Some(super::super::Lang::En));
        assert_eq!(Frequency::Daily.describe(), "every day");
        assert_eq!(
            Frequency::Weekdays(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]).describe(),
            "on Monday, Wednesday and Friday"
        );
        assert_eq!(
            Frequency::Weekly(Some(Weekday::Sun)).describe(),
            "once a week, on Sunday"
        );
        assert_eq!(
            Frequency::Weekly(Some(Weekday::Sun)).days(),
            vec![Weekday::Sun]
        );
        assert_eq!(Frequency::Daily.days().len(), 7);
        crate::locale::set_therapist(Some(super::super::Lang::De));
        assert_eq!(
            Frequency::Weekdays(vec![Weekday::Mon, Weekday::Fri]).describe(),
            "jeden Montag und Freitag"
        );
        assert_eq!(Outcome::Partly.label(), "teilweise");
    }
}
