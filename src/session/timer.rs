use serde::{Deserialize, Serialize};

use crate::model::Ms;

/// A stage or step timer. Elapsed time is banked when it stops and otherwise computed from the
/// moment it started, so it is exact at any `now` however rarely anyone looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stopwatch {
    /// The planned length, if the stage or step is timed.
    pub limit: Option<Ms>,
    banked: Ms,
    running_since: Option<Ms>,
}

impl Stopwatch {
    pub fn new(limit: Option<Ms>) -> Stopwatch {
        Stopwatch {
            limit,
            banked: 0,
            running_since: None,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn start(&mut self, at: Ms) {
        if self.running_since.is_none() {
            self.running_since = Some(at);
        }
    }

    pub fn stop(&mut self, at: Ms) {
        if let Some(since) = self.running_since.take() {
            self.banked = self.banked.saturating_add(at.saturating_sub(since));
        }
    }

    pub fn elapsed(&self, now: Ms) -> Ms {
        let running = self
            .running_since
            .map_or(0, |since| now.saturating_sub(since));
        self.banked.saturating_add(running)
    }

    /// Time left; negative once the limit is passed (overtime). `None` for an untimed stage.
    pub fn remaining(&self, now: Ms) -> Option<i64> {
        self.limit
            .map(|limit| (limit as i64).saturating_sub(self.elapsed(now) as i64))
    }

    pub fn extend(&mut self, by: Ms) {
        if let Some(limit) = &mut self.limit {
            *limit = limit.saturating_add(by);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banks_time_across_stops_and_shows_overtime() {
        let mut w = Stopwatch::new(Some(10_000));
        w.start(1_000);
        assert_eq!(w.remaining(4_000), Some(7_000));
        w.stop(4_000);
        assert_eq!(
            w.remaining(60_000),
            Some(7_000),
            "a stopped timer does not move"
        );
        w.start(60_000);
        assert_eq!(w.remaining(70_000), Some(-3_000));
        w.extend(30_000);
        assert_eq!(w.remaining(70_000), Some(27_000));
    }
}
