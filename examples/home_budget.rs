//! Budget: the home screen with a large practice, through the real app (egui's whole frame pass:
//! `App::logic` + `App::ui` + the accessibility tree; no GPU). Generates a practice with the
//! sample practice's code (`groundwork demo-data`), then measures:
//!
//! - opening the practice (`Practice::open`), and its first home frame (start to first frame:
//!   budget 150 ms at 2,000 couples × 100 sessions), first without this computer's index of the
//!   couples (a first start on this computer: the median of `--cold-runs K` starts, default 1),
//!   then with it (every later start: the median of 5);
//! - frames drawn after the first before the app goes idle;
//! - p50/p95 of a home frame over 300 frames (budget 1 ms at 2,000 couples);
//! - frames (and time) per search keystroke, until idle;
//! - going back to "All couples" from a couple's page, until idle.
//!
//! Frames are drawn 1/60 s apart with egui's own animations on (a test harness turns them
//! off). `HOME_BUDGET_CAUSES=1` prints what asked for each further frame.
//!
//! ```sh
//! cargo run --release --example home_budget -- --couples 2000 --sessions 100
//! cargo run --release --example home_budget -- --couples 200 --sessions 50 --dir /path/kept
//! cargo run --release --example home_budget -- --dir /path/kept --cold-runs 5
//! ```
//!
//! With `--dir`, the practice is generated there once and reused by later runs (generating
//! 2,000 × 100 takes minutes); without it, it goes into a temporary folder on the real disk
//! (the target folder, not a RAM-backed /tmp) and is removed afterwards.

#[path = "support/frames.rs"]
mod frames;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use groundwork::demo::{DemoOptions, write_practice};
use groundwork::practice::Practice;
use groundwork::session::SystemClock;
use groundwork::store::{Store, templates};
use groundwork::ui::GroundworkApp;

type App = Harness<'static, GroundworkApp>;

/// Steps after which a screen that still asks to be redrawn is reported as never idle.
const MAX_STEPS: u64 = 1_000;

fn main() {
    let mut couples = 2_000usize;
    let mut sessions = 100usize;
    let mut kept: Option<PathBuf> = None;
    let mut cold_runs = 1usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().expect("a value after the option");
        match arg.as_str() {
            "--couples" => couples = value().parse().expect("--couples N"),
            "--sessions" => sessions = value().parse().expect("--sessions M"),
            "--dir" => kept = Some(value().into()),
            "--cold-runs" => cold_runs = value().parse().expect("--cold-runs K"),
            other => panic!(
                "unknown argument {other:?} (--couples N --sessions M [--dir DIR] [--cold-runs K])"
            ),
        }
    }
    groundwork::locale::set_therapist(Some(groundwork::model::Lang::En));

    let temporary;
    let dir: &Path = match &kept {
        Some(dir) => dir,
        None => {
            let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
            let base = std::env::var_os("CARGO_TARGET_DIR").map_or(base, Into::into);
            std::fs::create_dir_all(&base).expect("target folder");
            temporary = tempfile::tempdir_in(&base).expect("a temporary folder");
            temporary.path()
        }
    };
    let has_couples = dir
        .join("couples")
        .read_dir()
        .is_ok_and(|mut d| d.next().is_some());
    if has_couples {
        println!("using the practice in {}", dir.display());
    } else {
        let started = Instant::now();
        let store = Store::open(dir).expect("store");
        let options = DemoOptions {
            couples,
            sessions,
            now: chrono::Local::now().fixed_offset(),
        };
        let written = write_practice(&store, &templates::load(None), &options).expect("practice");
        println!(
            "wrote {couples} couples, {written} sessions in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }

    // The first start on this computer: no index of the couples yet, every couple is read
    // from its files (and the index is written). The median of `--cold-runs` starts.
    let mut opens = Vec::new();
    let mut firsts = Vec::new();
    for _ in 0..cold_runs.max(1) {
        for entry in std::fs::read_dir(dir).expect("the data folder").flatten() {
            if groundwork::store::is_index(&entry.file_name().to_string_lossy()) {
                std::fs::remove_file(entry.path()).expect("the index removed");
            }
        }
        let (open, first, h) = open_to_first_frame(dir);
        opens.push(open);
        firsts.push(first);
        drop(h);
    }
    let (open, first) = (median(&mut opens), median(&mut firsts));
    println!(
        "without the index (a first start on this computer; median of {}): open {open:.1} ms; first home frame {first:.1} ms",
        opens.len()
    );

    // Opening and the first frame, warm cache: the median of 5 runs.
    let mut opens = Vec::new();
    let mut firsts = Vec::new();
    for _ in 0..5 {
        let (open, first, h) = open_to_first_frame(dir);
        opens.push(open);
        firsts.push(first);
        drop(h);
    }
    let (open, first) = (median(&mut opens), median(&mut firsts));
    let (_, _, mut h) = open_to_first_frame(dir);
    let listed = h.state().practice().couples().len();
    println!("practice: {listed} couples listed");
    println!(
        "open the practice: {open:.1} ms; first home frame: {first:.1} ms; start to first frame: {:.1} ms  (median of 5, warm cache; budget 150 ms at 2,000 × 100)",
        open + first
    );

    let after_first = until_idle(&mut h);
    println!("frames after the first before idle: {}", steps(after_first));

    let mut times = Vec::new();
    for _ in 0..300 {
        let started = Instant::now();
        h.step();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "home frame, 300 frames: {}  (budget 1 ms)",
        frames::spread(times)
    );

    // Search, one keystroke at a time, as a therapist types the name of a couple far down the
    // list; then three letters erased again.
    let last = h
        .state()
        .practice()
        .couples()
        .last()
        .map(|c| c.display_name())
        .expect("a couple");
    h.get_by_role_and_label(Role::TextInput, "Search couples")
        .click();
    on_input(&mut h);
    let mut frames = Vec::new();
    let mut took = Vec::new();
    for c in last.chars().take(6) {
        let started = Instant::now();
        h.get_by_role_and_label(Role::TextInput, "Search couples")
            .type_text(&c.to_string());
        frames.push(on_input(&mut h));
        took.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    for _ in 0..3 {
        let started = Instant::now();
        h.key_press(egui::Key::Backspace);
        frames.push(on_input(&mut h));
        took.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "search for {:?}, 9 keystrokes (6 typed, 3 erased; a key's press and release are a frame each): frames each {:?}; ms each (to idle) {:?}",
        last.chars().take(6).collect::<String>(),
        frames.iter().map(|f| steps(*f)).collect::<Vec<_>>(),
        took.iter().map(|t| format!("{t:.1}")).collect::<Vec<_>>()
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    on_input(&mut h);

    // A couple's page, then back to all couples.
    let name = h
        .state()
        .practice()
        .couples()
        .first()
        .map(|c| c.display_name())
        .expect("a couple");
    let mut open_page = Vec::new();
    let mut back = Vec::new();
    let mut back_frames = Vec::new();
    for _ in 0..3 {
        // Generated names repeat in a large practice: the first of them.
        let started = Instant::now();
        h.query_all_by_label(&name)
            .next()
            .expect("the couple")
            .click();
        on_input(&mut h);
        open_page.push(started.elapsed().as_secs_f64() * 1000.0);
        let started = Instant::now();
        h.get_by_label("All couples").click();
        back_frames.push(on_input(&mut h));
        back.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let ms = |xs: &[f64]| {
        xs.iter()
            .map(|t| format!("{t:.1}"))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    println!(
        "a couple's page (its sessions read), 3 times: {} ms",
        ms(&open_page)
    );
    println!(
        "back to all couples from a couple's page (to idle), 3 times: {} ms; frames {:?}",
        ms(&back),
        back_frames.iter().map(|f| steps(*f)).collect::<Vec<_>>()
    );

    // The home screen as a window draws it with no screen reader asking (no accessibility
    // tree; the harness always builds one).
    drop(h);
    let practice = Practice::open(dir, Arc::new(SystemClock::default())).expect("open");
    let ctx = egui::Context::default();
    let mut app = GroundworkApp::in_context(&ctx, practice)
        .with_computer_language(groundwork::model::Lang::En);
    let times = frames::without_screen_reader(&ctx, &mut app, 300, || {});
    println!(
        "home frame with no screen reader (logic + ui), 300 frames: {}  (budget 1 ms)",
        frames::spread(times)
    );
}

/// Opens the practice in `dir` and draws the app's first frame: (ms to open, ms for the first
/// frame, the app).
fn open_to_first_frame(dir: &Path) -> (f64, f64, App) {
    let started = Instant::now();
    let practice = Practice::open(dir, Arc::new(SystemClock::default())).expect("open");
    let open = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    // The harness draws the first frame as it is built.
    let h = Harness::builder()
        .with_size([1280.0, 800.0])
        // A 60 Hz display, and egui's own animations (a test harness turns them off).
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            GroundworkApp::new(cc, practice).with_computer_language(groundwork::model::Lang::En)
        });
    let egui_default = egui::Style::default();
    h.ctx.all_styles_mut(|style| {
        style.animation_time = egui_default.animation_time;
        style.scroll_animation = egui_default.scroll_animation;
        style.visuals.text_cursor.blink = egui_default.visuals.text_cursor.blink;
    });
    let first = started.elapsed().as_secs_f64() * 1000.0;
    (open, first, h)
}

/// Draws frames for as long as the last one asked for an immediate repaint (as eframe would):
/// how many, `None` if it never stops within [`MAX_STEPS`].
fn until_idle(h: &mut App) -> Option<u64> {
    for n in 0..=MAX_STEPS {
        if h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay != Duration::ZERO {
            return Some(n);
        }
        if std::env::var_os("HOME_BUDGET_CAUSES").is_some() {
            let mut causes: Vec<String> = h
                .ctx
                .repaint_causes()
                .iter()
                .map(|c| format!("{}:{}", c.file.rsplit('/').next().unwrap_or(""), c.line))
                .collect();
            causes.dedup();
            eprintln!("  repaint asked by {causes:?}");
        }
        h.step();
    }
    None
}

/// The frames that handle queued input (one per event: a key's press and release, a click's
/// move, press and release), and every frame drawn after them until the app is idle again.
fn on_input(h: &mut App) -> Option<u64> {
    let before = h.state().frames();
    h.step();
    until_idle(h).map(|_| h.state().frames() - before)
}

fn steps(n: Option<u64>) -> String {
    n.map_or(format!("never idle in {MAX_STEPS}"), |n| n.to_string())
}

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}
