//! Budget: from opening the data folder to the first frame, with 200 couples × 50 sessions on
//! disk (sessions load lazily: only couple files and folder listings are read at start); then
//! the same practice protected by a passphrase, from the passphrase (unlock) to the first frame.
//!
//! `cargo run --release --example startup_budget`

use std::sync::Arc;
use std::time::Instant;

use egui_kittest::Harness;
use groundwork::demo::{DemoOptions, write_practice};
use groundwork::practice::Practice;
use groundwork::session::SystemClock;
use groundwork::store::{Store, templates};
use groundwork::ui::GroundworkApp;

fn main() {
    // On the real disk (the target folder), not a RAM-backed /tmp.
    let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let base = std::env::var_os("CARGO_TARGET_DIR").map_or(base, Into::into);
    std::fs::create_dir_all(&base).expect("target folder");
    let dir = tempfile::tempdir_in(&base).expect("a temporary folder");
    let started = Instant::now();
    let store = Store::open(dir.path()).expect("store");
    let options = DemoOptions {
        couples: 200,
        sessions: 50,
        now: chrono::Local::now().fixed_offset(),
    };
    let sessions = write_practice(&store, &templates::load(None), &options).expect("practice");
    println!(
        "wrote 200 couples, {sessions} sessions in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let mut runs: Vec<f64> = (0..10).map(|_| first_frame(dir.path(), || {})).collect();
    runs.sort_by(f64::total_cmp);
    println!(
        "open the data folder + first frame (warm cache, 10 runs): min {:.1} ms  median {:.1} ms  max {:.1} ms  (budget 1000 ms)",
        runs[0], runs[5], runs[9]
    );

    // The same practice, protected: every file sealed.
    const PASSPHRASE: &str = "calm river stones at dusk";
    let started = Instant::now();
    let done = groundwork::store::protect::protect(dir.path(), PASSPHRASE).expect("protect");
    println!(
        "protected it: {} files sealed in {:.1} s",
        done.files,
        started.elapsed().as_secs_f64()
    );
    let mut runs: Vec<f64> = (0..10)
        .map(|_| {
            groundwork::store::seal::lock(dir.path());
            first_frame(dir.path(), || {
                groundwork::store::protect::unlock(dir.path(), PASSPHRASE).expect("unlock");
            })
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    println!(
        "protected: unlock + open + first frame (10 runs): min {:.1} ms  median {:.1} ms  max {:.1} ms  (budget: unlock ≤ 1 s, then first frame < 1 s)",
        runs[0], runs[5], runs[9]
    );
}

/// Milliseconds from `before` (unlocking, for a protected practice) through opening the
/// practice in `dir` to the app's first frame.
fn first_frame(dir: &std::path::Path, before: impl FnOnce()) -> f64 {
    let started = Instant::now();
    before();
    let practice = Practice::open(dir, Arc::new(SystemClock::default())).expect("open");
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| GroundworkApp::new(cc, practice));
    harness.step();
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(harness.state().practice().couples().len(), 200);
    ms
}
