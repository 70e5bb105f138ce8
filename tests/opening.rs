//! The window opens before the practice is read: a still line says the practice is opening,
//! the practice stays locked to this window the whole time, and the couples appear in the
//! frame it is ready. A practice that cannot be opened says why in the window.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use groundwork::practice::Practice;
use groundwork::session::FakeClock;
use groundwork::store::{PracticeLock, StoreError};
use groundwork::ui::{Opening, OpeningApp};

use common::at;

fn shows(h: &Harness<'_, OpeningApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn window(opening: Opening, root: &Path) -> Harness<'static, OpeningApp> {
    let settings = groundwork::practice::settings_in(root);
    let root = root.to_owned();
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| OpeningApp::new(cc, opening, &settings, Some(root)))
}

/// Runs frames until `done`, as the window would while its thread works (at most 10 s).
fn run_until(h: &mut Harness<'_, OpeningApp>, done: impl Fn(&Harness<'_, OpeningApp>) -> bool) {
    let started = Instant::now();
    while !done(h) {
        assert!(started.elapsed() < Duration::from_secs(10), "never came");
        std::thread::sleep(Duration::from_millis(5));
        h.run_steps(1);
    }
}

#[test]
fn the_window_says_the_practice_is_opening_then_shows_its_couples_and_no_second_window_gets_in() {
    common::pin_english();
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 9, 0));
    {
        let mut p = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
        p.create_couple("Sophie", "Emma").unwrap();
        p.create_couple("Ravi", "Noor").unwrap();
    }

    // The lock first, as `groundwork` takes it before its window; then the practice is read on
    // a thread of its own, held back here until the test lets it go.
    let lock = PracticeLock::acquire(dir.path()).unwrap();
    let (go, wait) = mpsc::channel::<()>();
    let (root, c) = (dir.path().to_owned(), clock.clone());
    let opening = Opening::start(move || {
        wait.recv().ok();
        Practice::open_locked(lock, &root, Arc::new(c)).map_err(|e| e.to_string())
    });
    let waiting = opening.share();
    let mut h = window(opening, dir.path());
    h.run();
    assert!(shows(&h, "Opening the practice…"));
    assert!(
        shows(&h, &dir.path().display().to_string()),
        "names the folder"
    );
    assert!(!shows(&h, "Sophie & Emma"));
    assert!(h.state().app().is_none());

    // Meanwhile a second Groundwork on the same folder is turned away.
    match Practice::open(dir.path(), Arc::new(clock.clone())) {
        Err(StoreError::Locked { .. }) => {}
        other => panic!("a second window got in: {:?}", other.err()),
    }

    // Read: the couples, in the same window.
    go.send(()).unwrap();
    run_until(&mut h, |h| h.state().app().is_some());
    h.run();
    assert!(shows(&h, "Sophie & Emma"));
    assert!(shows(&h, "Ravi & Noor"));
    assert!(!shows(&h, "Opening the practice…"));
    assert_eq!(waiting.finish(), None);
}

#[test]
fn a_practice_that_cannot_be_opened_says_why_in_the_window() {
    common::pin_english();
    let dir = tempfile::tempdir().unwrap();
    let opening =
        Opening::start(|| Err("The folder /x could not be read: permission denied.".into()));
    let waiting = opening.share();
    let mut h = window(opening, dir.path());
    run_until(&mut h, |h| shows(h, "could not be opened"));
    assert!(shows(
        &h,
        "The practice could not be opened. Close this window"
    ));
    assert!(shows(
        &h,
        "The folder /x could not be read: permission denied."
    ));
    assert!(!shows(&h, "Opening the practice…"));
    // And the command line says it too when the window closes.
    assert_eq!(
        waiting.finish().as_deref(),
        Some("The folder /x could not be read: permission denied.")
    );
}

#[test]
fn a_fault_while_reading_is_said_not_waited_for_forever() {
    common::pin_english();
    let dir = tempfile::tempdir().unwrap();
    let opening = Opening::start(|| panic!("a bug while reading"));
    let mut h = window(opening, dir.path());
    run_until(&mut h, |h| shows(h, "could not be opened"));
    assert!(shows(&h, "Groundwork stopped while reading the practice"));
}

#[test]
fn a_window_closed_while_the_practice_is_read_waits_for_it_and_hears_why_it_failed() {
    common::pin_english();
    let dir = tempfile::tempdir().unwrap();
    let (go, wait) = mpsc::channel::<()>();
    let opening = Opening::start(move || {
        wait.recv().ok();
        Err("The folder could not be read.".into())
    });
    let waiting = opening.share();
    // The window closes before the practice is read: its handle is gone.
    let mut h = window(opening, dir.path());
    h.run();
    assert!(shows(&h, "Opening the practice…"));
    drop(h);
    let released = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        go.send(()).unwrap();
    });
    // The command line still waits for the read to end, and says why it failed.
    assert_eq!(
        waiting.finish().as_deref(),
        Some("The folder could not be read.")
    );
    released.join().unwrap();
}
