//! Clock steps are not suspends. A wall clock moved by NTP or by hand (the boot-time clock did
//! not move) never adds time or ends a timeout, and the journal records the change; a real
//! suspend (the boot-time clock ran on with the wall clock) still counts, as before.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeZone};
use groundwork::model::{Caller, Event, MINUTE, Ms, NoteFormat, SECOND, Side, TimeoutReason};
use groundwork::practice::Practice;
use groundwork::session::{Clock, Command, FakeClock, SessionClock};
use groundwork::store::read_journal;

const DAY: i64 = 24 * 60 * 60 * 1000;

fn nine() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
        .unwrap()
}

/// A practice with a speaker-listener session in its dialogue phase: Emma has spoken for a
/// minute, then Sophie called a 20-minute flooding timeout.
fn mid_timeout(dir: &std::path::Path, clock: &FakeClock) -> Practice {
    let mut practice = Practice::open(dir, Arc::new(clock.clone())).unwrap();
    let id = practice.create_couple("Emma", "Sophie").unwrap();
    practice
        .start_session(&id, "speaker-listener", NoteFormat::Free)
        .unwrap();
    practice.execute(&Command::GoToPhase(3)).unwrap();
    practice
        .execute(&Command::StartTurn { speaker: Side::A })
        .unwrap();
    clock.advance(MINUTE);
    practice
        .execute(&Command::CallTimeout {
            by: Caller::Partner(Side::B),
            reason: TimeoutReason::Flooding,
            length_ms: None,
        })
        .unwrap();
    let timeout = practice.live().unwrap().state().timeout.clone().unwrap();
    assert_eq!(timeout.length, 20 * MINUTE, "the flooding default");
    practice
}

fn at(practice: &Practice) -> Ms {
    practice.live().unwrap().now().at
}

fn talk(practice: &Practice) -> [Ms; 2] {
    let live = practice.live().unwrap();
    let now = at(practice);
    Side::BOTH.map(|s| live.state().talk_ms(s, now))
}

fn steps_in_journal(practice: &Practice) -> Vec<i64> {
    read_journal(practice.live().unwrap().path())
        .unwrap()
        .entries
        .iter()
        .filter_map(|e| match e.event {
            Event::ClockStepped { by_ms } => Some(by_ms),
            _ => None,
        })
        .collect()
}

#[test]
fn a_wall_clock_put_forward_a_day_mid_timeout_changes_no_total() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(nine());
    let mut practice = mid_timeout(dir.path(), &clock);
    let back_at = practice
        .live()
        .unwrap()
        .state()
        .timeout
        .as_ref()
        .unwrap()
        .back_at();
    let called = at(&practice);

    clock.advance(5 * MINUTE);
    clock.step_wall(DAY);
    practice.tick().unwrap();
    let live = practice.live().unwrap();
    let timeout = live
        .state()
        .timeout
        .as_ref()
        .expect("the timeout still runs");
    assert_eq!(at(&practice), called + 5 * MINUTE, "the step added no time");
    assert_eq!(timeout.remaining(at(&practice)), 15 * MINUTE as i64);
    assert_eq!(talk(&practice), [MINUTE, 0], "no talk time was added");
    assert_eq!(
        steps_in_journal(&practice),
        vec![DAY],
        "the journal records the step"
    );
    assert_eq!(
        timeout.back_at(),
        back_at + chrono::Duration::milliseconds(DAY),
        "\"back at\" follows the clock as it now reads"
    );

    // The timeout runs its 20 minutes and ends at its deadline, not a moment before.
    clock.advance(15 * MINUTE - SECOND);
    practice.tick().unwrap();
    assert!(practice.live().unwrap().state().timeout.is_some());
    clock.advance(SECOND);
    practice.tick().unwrap();
    let state = practice.live().unwrap().state();
    assert!(state.timeout.is_none(), "ended at its deadline");
    assert_eq!(state.timeouts[0].lasted, 20 * MINUTE);
    assert!(!state.timeouts[0].ended_early);
    assert_eq!(talk(&practice), [MINUTE, 0]);

    // Ended: the session is 21 minutes long, not a day; its journal's offsets never go back.
    practice.execute(&Command::End).unwrap();
    let state = practice.live().unwrap().state();
    assert_eq!(state.elapsed_ms(at(&practice)), 21 * MINUTE);
    let entries = read_journal(practice.live().unwrap().path())
        .unwrap()
        .entries;
    assert!(entries.windows(2).all(|w| w[0].at <= w[1].at));
    assert_eq!(steps_in_journal(&practice), vec![DAY], "recorded once");

    // The printed notes say so in the timeline, and the timeout lasted 20 minutes, not a day.
    let journal = practice.live().unwrap().path().to_owned();
    let pdf = practice
        .export(groundwork::pdf::DocumentKind::Notes, &journal)
        .unwrap();
    let doc = lopdf::Document::load(&pdf.path).unwrap();
    let text: String = (1..=doc.get_pages().len() as u32)
        .map(|p| doc.extract_text(&[p]).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("The computer's clock was put forward by 1 d"),
        "{text}"
    );
    assert!(!text.contains("24 h"), "{text}");
}

#[test]
fn a_wall_clock_set_back_an_hour_neither_stops_nor_rewinds_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(nine());
    let mut practice = mid_timeout(dir.path(), &clock);
    practice.execute(&Command::EndTimeout).unwrap();
    clock.advance(30 * SECOND);
    clock.step_wall(-60 * MINUTE as i64);
    clock.advance(30 * SECOND);
    // The step is recorded with the next command, before the command's own events.
    practice.execute(&Command::NextStage).unwrap();
    assert_eq!(talk(&practice), [2 * MINUTE, 0], "Emma spoke two minutes");
    let entries = read_journal(practice.live().unwrap().path())
        .unwrap()
        .entries;
    let n = entries.len();
    assert!(
        matches!(entries[n - 2].event, Event::ClockStepped { by_ms } if by_ms == -60 * MINUTE as i64),
        "{:?}",
        entries[n - 2]
    );
    assert!(matches!(entries[n - 1].event, Event::StageAdvanced { .. }));
    assert!(entries.windows(2).all(|w| w[0].at <= w[1].at));
}

#[test]
fn a_real_suspend_during_a_timeout_ends_it_at_its_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(nine());
    let mut practice = mid_timeout(dir.path(), &clock);
    let called = at(&practice);
    clock.advance(2 * MINUTE);
    // The lid is closed for half an hour: the wall and boot-time clocks run on.
    clock.sleep(30 * MINUTE);
    practice.tick().unwrap();
    let state = practice.live().unwrap().state();
    assert!(
        state.timeout.is_none(),
        "the break ended while the lid was closed"
    );
    assert_eq!(state.timeouts[0].lasted, 20 * MINUTE);
    assert_eq!(at(&practice), called + 32 * MINUTE);
    // Emma's turn resumed when the break ended, 12 minutes before the lid was opened.
    assert_eq!(talk(&practice), [MINUTE + 12 * MINUTE, 0]);
    assert!(
        steps_in_journal(&practice).is_empty(),
        "a suspend is no clock change"
    );
}

/// A clock with no boot-time reading (platforms other than Linux): a jump of the wall clock is
/// then always taken for a clock change, never for a suspend.
struct NoBootTime(FakeClock);

impl Clock for NoBootTime {
    fn wall(&self) -> DateTime<FixedOffset> {
        self.0.wall()
    }
    fn monotonic(&self) -> Duration {
        self.0.monotonic()
    }
}

#[test]
fn without_a_boot_time_clock_a_wall_jump_is_a_step_not_a_suspend() {
    let fake = FakeClock::new(nine());
    let session = SessionClock::start(Arc::new(NoBootTime(fake.clone())));
    fake.advance(MINUTE);
    fake.sleep(30 * MINUTE);
    assert_eq!(session.now().at, MINUTE);
    assert_eq!(session.take_step(), Some(30 * MINUTE as i64));
    assert_eq!(session.take_step(), None, "taken once");
    // Small differences between the clocks (under two seconds) are neither.
    fake.step_wall(1_500);
    assert_eq!(session.now().at, MINUTE);
    assert_eq!(session.take_step(), None);
}
