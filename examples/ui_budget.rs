//! Budget: time to lay out the busiest screen — the session console with 1,000 events and
//! 20,000 characters of notes — per frame, through the real app (egui's whole frame pass:
//! `App::logic` + `App::ui` + the accessibility tree; no GPU); then the same frame as a window
//! with no screen reader draws it (no accessibility tree).
//!
//! `cargo run --release --example ui_budget` (1,000 events), or `… -- --events 100000` to see
//! that a frame costs the same however long the session has run.

#[path = "support/frames.rs"]
mod frames;

use std::sync::Arc;
use std::time::Instant;

use chrono::{FixedOffset, TimeZone};
use egui_kittest::Harness;
use groundwork::model::{Caller, SECOND, TimeoutReason};
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};
use groundwork::ui::{Action, GroundworkApp};

fn main() {
    let events: usize = std::env::args()
        .skip_while(|a| a != "--events")
        .nth(1)
        .map_or(1_000, |n| n.parse().expect("--events takes a number"));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let clock = FakeClock::new(
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
            .unwrap(),
    );
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).expect("practice");
    let id = practice.create_couple("Sophie", "Emma").expect("couple");
    practice
        .start_session(&id, "speaker-listener", groundwork::model::NoteFormat::Dap)
        .expect("session");
    let dialogue = practice
        .live()
        .unwrap()
        .state()
        .info
        .phases
        .iter()
        .position(|p| matches!(p.kind, groundwork::model::PhaseKind::SpeakerListener { .. }))
        .unwrap();
    practice.execute(&Command::GoToPhase(dialogue)).unwrap();

    // About three hours per 1,000 events: turns, quick notes, timeouts.
    let mut i = 0u64;
    while practice.live().unwrap().state().events < events {
        clock.advance(9 * SECOND);
        let command = match i % 23 {
            5 | 17 => Command::QuickNote(format!(
                "Moment {i}: Emma softened when Sophie named the fear"
            )),
            11 => Command::CallTimeout {
                by: Caller::Therapist,
                reason: TimeoutReason::Break,
                length_ms: Some(20_000),
            },
            12 => Command::EndTimeout,
            _ => Command::Advance,
        };
        let _ = practice.execute(&command);
        i += 1;
    }
    let paragraph = "Sophie described the week as calmer; Emma kept the agreement to share when her ex got in touch, and Sophie said it helped her feel included rather than monitored. ";
    let data: String = paragraph
        .repeat(20_000 / paragraph.len() + 1)
        .chars()
        .take(14_000)
        .collect();
    let plan: String = paragraph.repeat(40).chars().take(6_000).collect();
    practice
        .execute(&Command::SetNote {
            section: "Data".into(),
            text: data,
        })
        .unwrap();
    practice
        .execute(&Command::SetNote {
            section: "Plan".into(),
            text: plan,
        })
        .unwrap();
    let state = practice.live().unwrap().state();
    println!(
        "session: {} events, {} characters of notes",
        state.events,
        state.notes.chars()
    );
    let path = practice.live().unwrap().path().to_owned();

    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| GroundworkApp::new(cc, practice));
    harness.state_mut().apply(Action::OpenSession(path.clone()));
    harness.run_steps(5);

    let mut times = Vec::new();
    for _ in 0..300 {
        clock.advance(SECOND);
        let started = Instant::now();
        harness.step();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "frame (logic + ui + accessibility), 300 frames: {}  (budget 4 ms)",
        frames::spread(times)
    );

    // Groundwork closed mid-session and started again: open the data folder, the home screen
    // with its offer to resume, and the resume itself.
    let root = dir.path().to_owned();
    drop(harness);
    let reads = groundwork::store::journals_read_on_this_thread();
    let started = Instant::now();
    let practice = Practice::open(&root, Arc::new(clock.clone())).expect("practice");
    let opened = started.elapsed().as_secs_f64() * 1000.0;
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| GroundworkApp::new(cc, practice));
    harness.step();
    let offered = started.elapsed().as_secs_f64() * 1000.0;
    harness.state_mut().apply(Action::OpenSession(path));
    harness.step();
    let resumed = started.elapsed().as_secs_f64() * 1000.0;
    println!(
        "after a restart: data folder open {opened:.0} ms, home with the resume offer {offered:.0} ms, resumed {resumed:.0} ms; the journal was read {} time(s)",
        groundwork::store::journals_read_on_this_thread() - reads
    );

    // The same console as the window draws it with no screen reader asking (AccessKit is only
    // built once one does; the test harness always builds it): egui's frame pass alone.
    let path = harness
        .state()
        .practice()
        .live()
        .map(|l| l.path().to_owned());
    drop(harness);
    let practice = Practice::open(&root, Arc::new(clock.clone())).expect("practice");
    let ctx = egui::Context::default();
    let mut app = GroundworkApp::in_context(&ctx, practice);
    if let Some(path) = path {
        app.apply(Action::OpenSession(path));
    }
    let times = frames::without_screen_reader(&ctx, &mut app, 300, || clock.advance(SECOND));
    assert!(app.practice().live().is_some(), "the session is on screen");
    println!(
        "frame with no screen reader (logic + ui), 300 frames: {}  (budget 1 ms at 100,000 events)",
        frames::spread(times)
    );
}
