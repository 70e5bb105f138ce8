//! Time comes from a [`Clock`] so tests can drive it. Durations use the monotonic reading; the
//! wall reading is only for showing times to people ("back at 14:35").

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local};

use crate::model::{Ms, Stamp};

pub trait Clock: Send + Sync {
    /// The local wall-clock time.
    fn wall(&self) -> DateTime<FixedOffset>;
    /// A monotonic reading: never goes backwards, unaffected by clock changes, stopped while
    /// the computer sleeps.
    fn monotonic(&self) -> Duration;
    /// A boot-time reading: like [`Clock::monotonic`] but it keeps running while the computer
    /// sleeps, so it tells a real suspend (it jumped with the wall clock) from a change of the
    /// wall clock (it did not). Where there is no such clock this is the monotonic reading: a
    /// suspend is then never assumed, and a wall clock jump counts as a clock change.
    fn boot_time(&self) -> Duration {
        self.monotonic()
    }
}

/// The real clock.
pub struct SystemClock {
    origin: Instant,
    /// The boot-time reading when the clock was made.
    boot_origin: Duration,
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock {
            origin: Instant::now(),
            boot_origin: boot_clock().unwrap_or_default(),
        }
    }
}

/// `CLOCK_BOOTTIME` on Linux and Android: monotonic, and counting the time spent suspended.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn boot_clock() -> Option<Duration> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; clock_gettime only writes it.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut ts) } == 0;
    (ok && ts.tv_sec >= 0)
        .then(|| Duration::new(ts.tv_sec as u64, ts.tv_nsec.clamp(0, 999_999_999) as u32))
}

/// Elsewhere no boot-time clock is read: [`Clock::boot_time`] falls back to the monotonic
/// reading, so a suspend is never assumed and every wall clock jump counts as a clock change.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn boot_clock() -> Option<Duration> {
    None
}

impl Clock for SystemClock {
    fn wall(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset()
    }

    fn monotonic(&self) -> Duration {
        self.origin.elapsed()
    }

    fn boot_time(&self) -> Duration {
        match boot_clock() {
            Some(now) => now.saturating_sub(self.boot_origin),
            None => self.monotonic(),
        }
    }
}

/// A clock that moves only when told to. Clones share the same time.
#[derive(Clone)]
pub struct FakeClock {
    inner: Arc<Mutex<FakeTime>>,
}

struct FakeTime {
    wall: DateTime<FixedOffset>,
    mono: Duration,
    boot: Duration,
}

impl FakeClock {
    pub fn new(wall: DateTime<FixedOffset>) -> FakeClock {
        FakeClock {
            inner: Arc::new(Mutex::new(FakeTime {
                wall,
                mono: Duration::ZERO,
                boot: Duration::ZERO,
            })),
        }
    }

    fn time(&self) -> std::sync::MutexGuard<'_, FakeTime> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Time passes: all three readings move forward.
    pub fn advance(&self, ms: Ms) {
        let mut t = self.time();
        t.wall += chrono::Duration::milliseconds(ms as i64);
        t.mono += Duration::from_millis(ms);
        t.boot += Duration::from_millis(ms);
    }

    /// The computer sleeps: the wall and boot-time clocks move on, the monotonic clock does not.
    pub fn sleep(&self, ms: Ms) {
        let mut t = self.time();
        t.wall += chrono::Duration::milliseconds(ms as i64);
        t.boot += Duration::from_millis(ms);
    }

    /// Sets the wall clock only, as when the system clock is changed; durations are unaffected.
    pub fn set_wall(&self, wall: DateTime<FixedOffset>) {
        self.time().wall = wall;
    }

    /// Moves the wall clock only, by `ms` (negative: back), as NTP or a person changing the
    /// system clock does.
    pub fn step_wall(&self, ms: i64) {
        let mut t = self.time();
        t.wall += chrono::Duration::milliseconds(ms);
    }
}

impl Clock for FakeClock {
    fn wall(&self) -> DateTime<FixedOffset> {
        self.time().wall
    }

    fn monotonic(&self) -> Duration {
        self.time().mono
    }

    fn boot_time(&self) -> Duration {
        self.time().boot
    }
}

/// Maps a clock onto one session's timeline: `at` is milliseconds since the session started.
///
/// Time normally comes from the monotonic reading, which no clock change can bend. But the
/// monotonic clock stops while the computer sleeps; when the boot-time clock has run ahead of it
/// by more than a few seconds, the computer was suspended and the session follows the boot-time
/// gap. A wall clock that jumps while the boot-time clock did not (NTP, someone changing the
/// time) is a clock change: it never adds time; it is noted ([`SessionClock::take_step`]) and the
/// wall reading is taken as it now is. Either way `at` never goes backwards.
pub struct SessionClock {
    clock: Arc<dyn Clock>,
    anchor: Mutex<Anchor>,
}

/// A moment where the clocks and the session offset were read together, and the wall clock
/// changes noticed since the last [`SessionClock::take_step`].
#[derive(Clone, Copy)]
struct Anchor {
    mono: Duration,
    boot: Duration,
    wall: DateTime<FixedOffset>,
    at: Ms,
    stepped: i64,
}

/// How far one clock may drift from another before it counts as a suspend or a clock change.
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
            boot: clock.boot_time(),
            wall: clock.wall(),
            at,
            stepped: 0,
        };
        SessionClock {
            clock,
            anchor: Mutex::new(anchor),
        }
    }

    pub fn now(&self) -> Stamp {
        let (wall, mono_now, boot_now) = (
            self.clock.wall(),
            self.clock.monotonic(),
            self.clock.boot_time(),
        );
        let mut anchor = self.anchor.lock().unwrap_or_else(|e| e.into_inner());
        let mono = mono_now.saturating_sub(anchor.mono).as_millis() as Ms;
        let boot = boot_now.saturating_sub(anchor.boot).as_millis() as Ms;
        // The computer slept: the boot-time clock ran on while the monotonic one stood still.
        let slept = boot > mono.saturating_add(SLEEP_THRESHOLD);
        let passed = if slept { boot } else { mono };
        let at = anchor.at.saturating_add(passed);
        // Whatever the wall clock moved beyond the time that passed was a change of the clock.
        let by_wall = (wall - anchor.wall).num_milliseconds();
        let step = by_wall.saturating_sub(passed as i64);
        let stepped = step.unsigned_abs() > SLEEP_THRESHOLD;
        if slept || stepped {
            // Carry on from here, on the wall clock as it now reads.
            *anchor = Anchor {
                mono: mono_now,
                boot: boot_now,
                wall,
                at,
                stepped: anchor
                    .stepped
                    .saturating_add(if stepped { step } else { 0 }),
            };
        }
        Stamp { wall, at }
    }

    /// How far the wall clock was changed (in milliseconds, negative when set back) since the
    /// last call, if it was: a step the session did not count as time. Reset by the call.
    pub fn take_step(&self) -> Option<i64> {
        let mut anchor = self.anchor.lock().unwrap_or_else(|e| e.into_inner());
        let step = std::mem::take(&mut anchor.stepped);
        (step != 0).then_some(step)
    }
}
