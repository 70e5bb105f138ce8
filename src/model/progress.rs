//! A couple's progress across sessions, as plain numbers: what the couple page plots and the
//! progress report prints. Joint sessions only: an individual session is not the couple's.

use chrono::NaiveDate;

use super::{Agreement, Ms, Outcome, Owner};

/// One joint session's numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionPoint {
    pub number: u32,
    pub date: NaiveDate,
    /// Each partner's 0–10 rating of the week.
    pub week: [Option<u8>; 2],
    /// Each partner's CSI-4 total (0–21).
    pub csi: [Option<u8>; 2],
    /// Earlier agreements reviewed in it: done, partly, not done.
    pub reviewed: [usize; 3],
    pub timeouts: usize,
    /// Each partner's talk time.
    pub talk: [Ms; 2],
}

impl SessionPoint {
    /// The first partner's share of the talk time, 0 to 1; None when nobody spoke in turns.
    pub fn talk_share(&self) -> Option<f64> {
        let total = self.talk[0] + self.talk[1];
        (total > 0).then(|| self.talk[0] as f64 / total as f64)
    }
}

/// One agreement's history: how each review went, and its run of "done" at the end.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementLine {
    pub behaviour: String,
    pub who: Owner,
    pub made_in_session: u32,
    pub outcomes: Vec<Outcome>,
    pub retired: bool,
}

impl AgreementLine {
    pub fn from(agreement: &Agreement) -> AgreementLine {
        AgreementLine {
            behaviour: agreement.terms.behaviour.clone(),
            who: agreement.terms.who,
            made_in_session: agreement.made_in_session,
            outcomes: agreement.reviews.iter().map(|r| r.outcome).collect(),
            retired: agreement.retired,
        }
    }

    /// How many reviews in a row, up to the latest, found it done.
    pub fn streak(&self) -> usize {
        self.outcomes
            .iter()
            .rev()
            .take_while(|o| **o == Outcome::Done)
            .count()
    }

    /// Reviews that found it done, all told.
    pub fn kept(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| **o == Outcome::Done)
            .count()
    }
}

/// Everything the progress view shows for one couple.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub names: [String; 2],
    /// Joint sessions, oldest first.
    pub sessions: Vec<SessionPoint>,
    pub agreements: Vec<AgreementLine>,
}

impl Progress {
    /// Agreements kept, counted over every review: the couple's "wins so far".
    pub fn wins(&self) -> usize {
        self.agreements.iter().map(AgreementLine::kept).sum()
    }

    /// Whether there is anything to plot yet.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_streak_counts_the_latest_run_of_done_and_wins_count_every_done() {
        let line = AgreementLine {
            behaviour: "Share the week's plans on Sunday".to_owned(),
            who: Owner::Both,
            made_in_session: 1,
            outcomes: vec![
                Outcome::Done,
                Outcome::NotDone,
                Outcome::Partly,
                Outcome::Done,
                Outcome::Done,
            ],
            retired: false,
        };
        assert_eq!(line.streak(), 2);
        assert_eq!(line.kept(), 3);
        let progress = Progress {
            names: ["Sophie".into(), "Emma".into()],
            sessions: Vec::new(),
            agreements: vec![
                line.clone(),
                AgreementLine {
                    outcomes: vec![Outcome::Done, Outcome::Partly],
                    ..line
                },
            ],
        };
        assert_eq!(progress.wins(), 4);
        let point = SessionPoint {
            number: 1,
            date: NaiveDate::from_ymd_opt(2026, 11, 3).unwrap(),
            week: [None; 2],
            csi: [None; 2],
            reviewed: [0; 3],
            timeouts: 0,
            talk: [3 * 60_000, 60_000],
        };
        assert_eq!(point.talk_share(), Some(0.75));
        assert_eq!(
            SessionPoint {
                talk: [0, 0],
                ..point
            }
            .talk_share(),
            None
        );
    }
}
