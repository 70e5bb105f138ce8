//! Time comes from a [`Clock`] so tests can drive it. Durations use the monotonic reading; the
//! wall reading is only for showing times to people ("back at 14:35").

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local};

use crate::model::{Ms, Stamp};

pub trait Clock: Send + Sync {
    /// The local wall-clock time.
    fn wall(&self) -> DateTime<FixedOffset>;
    /// A monotonic reading: never goes backwards, unaffected by clock changes.
    fn monotonic(&self) -> Duration;
}

/// The real clock.
pub struct SystemClock {
    origin: Instant,
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock {
            origin: Instant::now(),
        }
    }
}

impl Clock for SystemClock {
    fn wall(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset()
    }

    fn monotonic(&self) -> Duration {
        self.origin.elapsed()
    }
}

/// A clock that moves only when told to. Clones share the same time.
#[derive(Clone)]
pub struct FakeClock {
    inner: Arc<Mutex<(DateTime<FixedOffset>, Duration)>>,
}

impl FakeClock {
    pub fn new(wall: DateTime<FixedOffset>) -> FakeClock {
        FakeClock {
            inner: Arc::new(Mutex::new((wall, Duration::ZERO))),
        }
    }

    /// Moves both readings forward.
    pub fn advance(&self, ms: Ms) {
        let mut t = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        t.0 += chrono::Duration::milliseconds(ms as i64);
        t.1 += Duration::from_millis(ms);
    }

    /// Sets the wall clock only, as when the system clock is changed; durations are unaffected.
    pub fn set_wall(&self, wall: DateTime<FixedOffset>) {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).0 = wall;
    }
}

impl Clock for FakeClock {
    fn wall(&self) -> DateTime<FixedOffset> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).0
    }

    fn monotonic(&self) -> Duration {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).1
    }
}

/// Maps a clock onto one session's timeline: `at` is milliseconds since the session started.
///
/// A session reopened after a crash continues from its last journal entry plus the wall-clock
/// time that passed since, so timers read as if the app had never stopped.
#[derive(Clone)]
pub struct SessionClock {
    clock: Arc<dyn Clock>,
    anchor_mono: Duration,
    anchor_at: Ms,
}

impl SessionClock {
    /// A new session starts now, at offset 0.
    pub fn start(clock: Arc<dyn Clock>) -> SessionClock {
        let anchor_mono = clock.monotonic();
        SessionClock {
            clock,
            anchor_mono,
            anchor_at: 0,
        }
    }

    /// Continue a session whose last recorded moment was `last`. The gap is bridged with the
    /// wall clock (the only clock that survives a restart); a wall clock that went backwards
    /// counts as no gap.
    pub fn resume(clock: Arc<dyn Clock>, last: Stamp) -> SessionClock {
        let gap = (clock.wall() - last.wall).num_milliseconds().max(0) as Ms;
        let anchor_mono = clock.monotonic();
        SessionClock {
            clock,
            anchor_mono,
            anchor_at: last.at.saturating_add(gap),
        }
    }

    pub fn now(&self) -> Stamp {
        let since = self.clock.monotonic().saturating_sub(self.anchor_mono);
        Stamp {
            wall: self.clock.wall(),
            at: self.anchor_at.saturating_add(since.as_millis() as Ms),
        }
    }
}
