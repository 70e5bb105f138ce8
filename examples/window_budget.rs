//! Budget: start to first frame in the real window (glow; under Xvfb, started here when
//! `DISPLAY` is not set), as the therapist sees it: the process starts, the practice is read
//! while the window opens, and the couples are on screen. Each run is a process of its own
//! (a window system allows one event loop per process), side by side with a bare eframe
//! window of the same size for the floor no egui window can go under.
//!
//! ```text
//! cargo run --release --example window_budget -- --dir DIR [--runs N]
//! ```
//!
//! For each of: a bare window; the practice with this computer's index (every start); the
//! practice without it (a first start on this computer, every couple read from its files):
//! the median over the runs of the first frame and of the frame that shows the couples, from
//! the start of `main` to the end of that frame's `ui` (painting it adds a few ms).
//! Benchmarks, not tests: nothing here passes or fails.

#[path = "support/xvfb.rs"]
mod xvfb;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use groundwork::practice::Practice;
use groundwork::store::PracticeLock;
use groundwork::ui::{Opening, OpeningApp};

const SIZE: [f32; 2] = [1280.0, 800.0];

fn main() -> Result<(), String> {
    let started = Instant::now();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--child-bare") => return child_bare(started),
        Some("--child-app") => return child_app(started, Path::new(&args[1])),
        _ => {}
    }
    let mut dir = None;
    let mut runs = 5usize;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--dir" => dir = it.next().map(PathBuf::from),
            "--runs" => runs = it.next().and_then(|n| n.parse().ok()).ok_or("--runs N")?,
            other => return Err(format!("unknown argument {other:?} (--dir DIR [--runs N])")),
        }
    }
    let dir = dir
        .ok_or("--dir DIR: a practice (groundwork demo-data DIR --couples 2000 --sessions 100)")?;
    let _x = xvfb::start_xvfb()?;
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let run = |args: &[&str]| -> Result<Vec<f64>, String> {
        let out = Command::new(&me)
            .args(args)
            .output()
            .map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&out.stdout);
        let line = text.lines().find(|l| l.starts_with("ms ")).ok_or_else(|| {
            format!(
                "no timing from {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        })?;
        Ok(line[3..]
            .split(' ')
            .filter_map(|n| n.parse().ok())
            .collect())
    };
    let dir_arg = dir.to_string_lossy().into_owned();
    let (mut bare, mut warm, mut cold) = (Vec::new(), Vec::new(), Vec::new());
    // Interleaved, so that all three see the same machine.
    for _ in 0..runs {
        bare.push(run(&["--child-bare"])?);
        warm.push(run(&["--child-app", &dir_arg])?);
        remove_index(&dir);
        cold.push(run(&["--child-app", &dir_arg])?);
    }
    let median = |rows: &[Vec<f64>], i: usize| {
        let mut v: Vec<f64> = rows.iter().map(|r| r[i]).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "start to first frame, real window {}×{} (median of {runs}):",
        SIZE[0], SIZE[1]
    );
    println!(
        "  bare eframe window:                 first frame {:.0} ms",
        median(&bare, 0)
    );
    println!(
        "  Groundwork, with this computer's index: first frame {:.0} ms; couples on screen {:.0} ms",
        median(&warm, 0),
        median(&warm, 1)
    );
    println!(
        "  Groundwork, first start on this computer (no index): first frame {:.0} ms; couples on screen {:.0} ms",
        median(&cold, 0),
        median(&cold, 1)
    );
    Ok(())
}

fn remove_index(dir: &Path) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if groundwork::store::is_index(&entry.file_name().to_string_lossy()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn options() -> eframe::NativeOptions {
    eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default().with_inner_size(SIZE),
        dithering: false,
        ..Default::default()
    }
}

fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1e3
}

/// A bare window: its first frame, then it closes.
fn child_bare(started: Instant) -> Result<(), String> {
    struct Bare(Instant);
    impl eframe::App for Bare {
        fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.heading("Timer");
                ui.label("0:00");
            });
            println!("ms {:.1} {:.1}", ms(self.0), ms(self.0));
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
    eframe::run_native(
        "window-budget-bare",
        options(),
        Box::new(move |_| Ok(Box::new(Bare(started)))),
    )
    .map_err(|e| e.to_string())
}

/// The app as `groundwork` starts it: the lock, then the practice read while the window opens.
fn child_app(started: Instant, root: &Path) -> Result<(), String> {
    struct Measured {
        app: OpeningApp,
        started: Instant,
        first: Option<f64>,
    }
    impl eframe::App for Measured {
        fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
            self.app.clear_color(visuals)
        }
        fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
            self.app.logic(ctx, frame);
        }
        fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
            self.app.ui(ui, frame);
            let first = *self.first.get_or_insert(ms(self.started));
            if self.app.app().is_some() {
                println!("ms {first:.1} {:.1}", ms(self.started));
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
    let clock = Arc::new(groundwork::session::SystemClock::default());
    let lock = PracticeLock::acquire(root).map_err(|e| e.to_string())?;
    let settings = groundwork::practice::settings_in(root);
    let folder = root.to_owned();
    let opening = Opening::start(move || {
        Practice::open_locked(lock, &folder, clock).map_err(|e| e.to_string())
    });
    let waiting = opening.share();
    let root = root.to_owned();
    let ran = eframe::run_native(
        "window-budget-app",
        options(),
        Box::new(move |cc| {
            let app = OpeningApp::new(cc, opening, &settings, Some(root));
            Ok(Box::new(Measured {
                app,
                started,
                first: None,
            }))
        }),
    );
    if let Some(why) = waiting.finish() {
        return Err(why);
    }
    ran.map_err(|e| e.to_string())
}
