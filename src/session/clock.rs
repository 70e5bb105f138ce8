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

    /// The computer sleeps: the wall clock moves on, the monotonic clock does not.
    pub fn sleep(&self, ms: Ms) {
        let mut t = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        t.0 += chrono::Duration::milliseconds(ms as i64);
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
/// Time normally comes from the monotonic reading, which no clock change can bend. But the
/// monotonic clock stops while the computer sleeps; when the wall clock has run ahead of it by
/// more than a few seconds, the session follows the wall clock, as it does when a session is
/// reopened after a crash. Either way `at` never goes backwards.
pub struct SessionClock {
    clock: Arc<dyn Clock>,
    anchor: Mutex<Anchor>,
}

/// A moment where the two clocks and the session offset were read together.
#[derive(Clone, Copy)]
struct Anchor {
    mono: Duration,
    wall: DateTime<FixedOffset>,
    at: Ms,
}

/// How far the wall clock may run ahead of the monotonic one before it counts as sleep.
const SLEEP_THRESHOLD: Ms = 2_000;

impl Clone for SessionClock {
    fn clone(&self) -> Self {
        SessionClock {
            clock: self.clock.clone(),
            anchor: Mutex::new(*self.anchor.lock().unwrap_or_else(|e| e.into_inner())),
        }
    }
}

impl SessionClock {
    /// A new session starts now, at offset 0.
    pub fn start(clock: Arc<dyn Clock>) -> SessionClock {
        SessionClock::anchored(clock, 0)
    }

    /// Continue a session whose last recorded moment was `last`. The gap is bridged with the
    /// wall clock (the only clock that survives a restart); a wall clock that went backwards
    /// counts as no gap.
    pub fn resume(clock: Arc<dyn Clock>, last: Stamp) -> SessionClock {
        let gap = (clock.wall() - last.wall).num_milliseconds().max(0) as Ms;
        SessionClock::anchored(clock, last.at.saturating_add(gap))
    }

    fn anchored(clock: Arc<dyn Clock>, at: Ms) -> SessionClock {
        let anchor = Anchor {
            mono: clock.monotonic(),
            wall: clock.wall(),
            at,
        };
        SessionClock {
            clock,
            anchor: Mutex::new(anchor),
        }
    }

    pub fn now(&self) -> Stamp {
        let (wall, mono_now) = (self.clock.wall(), self.clock.monotonic());
        let mut anchor = self.anchor.lock().unwrap_or_else(|e| e.into_inner());
        let mono = mono_now.saturating_sub(anchor.mono).as_millis() as Ms;
        let by_wall = (wall - anchor.wall).num_milliseconds().max(0) as Ms;
        if by_wall > mono.saturating_add(SLEEP_THRESHOLD) {
            // The computer slept: take the wall clock's word for the gap, then carry on from here.
            let at = anchor.at.saturating_add(by_wall);
            *anchor = Anchor {
                mono: mono_now,
                wall,
                at,
            };
            return Stamp { wall, at };
        }
        Stamp {
            wall,
            at: anchor.at.saturating_add(mono),
        }
    }
}
