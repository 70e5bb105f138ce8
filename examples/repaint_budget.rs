//! The repaint budget, measured in the real app: frames per window and the process's CPU time
//! over a stretch of seconds, with both the console and the couple display open.
//!
//! ```text
//! Xvfb :97 -screen 0 1920x1080x24 &
//! DISPLAY=:97 cargo run --release --example repaint_budget -- timer 60
//! DISPLAY=:97 cargo run --release --example repaint_budget -- idle 60
//! ```
//!
//! `console`: a sample session with the speaker's countdown running, the couple display closed.
//! `timer`: the same with the couple display open. `timeout`: a 20-minute timeout counting down
//! in both windows. `idle`: no session (the display shows its welcome). A third argument
//! `light` shows the display in its bright-room theme with the ground rules agreed. The first
//! 3 seconds (window creation) are not counted. The last line, `frames=… cpu=…`, is for
//! `floor_bench`.

#[path = "support/cpu.rs"]
mod cpu;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use groundwork::model::{PhaseKind, Side};
use groundwork::practice::Practice;
use groundwork::session::{Command, SystemClock};
use groundwork::ui::{Action, GroundworkApp};

const WARM_UP: Duration = Duration::from_secs(3);

#[derive(Default)]
struct Counters {
    console: AtomicU64,
    display: AtomicU64,
}

/// The app, with its frame counts copied out where the measuring thread can read them.
struct Measured {
    app: GroundworkApp,
    counters: Arc<Counters>,
}

impl eframe::App for Measured {
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        self.app.clear_color(visuals)
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, input: &mut egui::RawInput) {
        self.app.raw_input_hook(ctx, input);
    }

    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.app.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        self.counters
            .console
            .store(self.app.frames(), Ordering::SeqCst);
        self.counters
            .display
            .store(self.app.display_frames(), Ordering::SeqCst);
    }
}

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "timer".into());
    let secs: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(60);
    // `light`: the couple display in its bright-room theme, with the ground rules agreed (to
    // look at it; the figures are the same).
    let light = args.next().as_deref() == Some("light");
    let (timer, display, timeout) = match mode.as_str() {
        "console" => (true, false, false),
        "timer" => (true, true, false),
        "timeout" => (true, true, true),
        "idle" => (false, true, false),
        _ => return Err("usage: repaint_budget [console|timer|timeout|idle] [SECONDS]".into()),
    };

    let clock = Arc::new(SystemClock::default());
    let practice = Practice::open_demo(clock)?;
    let couple = practice
        .couples()
        .first()
        .map(|c| c.id.clone())
        .ok_or("the sample practice has no couples")?;
    let counters = Arc::new(Counters::default());
    let done = Arc::new(AtomicBool::new(false));
    // As the app starts (src/main.rs), on the renderer the floor probe uses.
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("Groundwork")
            .with_inner_size([1280.0, 800.0]),
        system_font_fallback: false,
        dithering: false,
        ..Default::default()
    };
    let (c2, d2) = (counters.clone(), done.clone());
    eframe::run_native(
        "groundwork-repaint-budget",
        options,
        Box::new(move |cc| {
            let mut app = GroundworkApp::new(cc, practice);
            if light {
                let mut settings = app.practice().settings().clone();
                settings.display_theme = groundwork::model::Theme::Light;
                app.apply(Action::SaveSettings(settings));
            }
            if timer {
                app.apply(Action::StartSession {
                    couple,
                    template: "speaker-listener".into(),
                    alone: None,
                });
                let dialogue = app
                    .practice()
                    .live()
                    .and_then(|l| {
                        l.state()
                            .info
                            .phases
                            .iter()
                            .position(|p| matches!(p.kind, PhaseKind::SpeakerListener { .. }))
                    })
                    .ok_or("no speaker/listener phase")?;
                if light {
                    for side in [Side::A, Side::B] {
                        app.apply(Action::Session(Command::AgreeAllRules { side }));
                    }
                }
                app.apply(Action::Session(Command::GoToPhase(dialogue)));
                app.apply(Action::Session(Command::StartTurn { speaker: Side::A }));
                if timeout {
                    app.apply(Action::Session(Command::CallTimeout {
                        by: groundwork::model::Caller::Therapist,
                        reason: groundwork::model::TimeoutReason::Flooding,
                        length_ms: Some(20 * 60_000),
                    }));
                }
            }
            if display {
                app.open_display();
            }
            let quit = app.quit_flag();
            let ctx = cc.egui_ctx.clone();
            let for_app = c2.clone();
            std::thread::spawn(move || {
                std::thread::sleep(WARM_UP);
                let (f0, d0, cpu0, t0) = (
                    c2.console.load(Ordering::SeqCst),
                    c2.display.load(Ordering::SeqCst),
                    cpu::cpu_seconds(),
                    Instant::now(),
                );
                std::thread::sleep(Duration::from_secs(secs));
                let (f1, d1, cpu1, wall) = (
                    c2.console.load(Ordering::SeqCst),
                    c2.display.load(Ordering::SeqCst),
                    cpu::cpu_seconds(),
                    t0.elapsed().as_secs_f64(),
                );
                let per_minute = |n: u64| n as f64 * 60.0 / wall;
                println!("mode: {mode} ({wall:.1} s measured after a {WARM_UP:?} warm-up)");
                println!(
                    "console window: {} frames ({:.1} per minute)",
                    f1 - f0,
                    per_minute(f1 - f0)
                );
                println!(
                    "couple display: {} frames ({:.1} per minute)",
                    d1 - d0,
                    per_minute(d1 - d0)
                );
                println!("process CPU time: {:.2} s", cpu1 - cpu0);
                println!(
                    "frames={} display_frames={} cpu={:.2} wall={wall:.1}",
                    f1 - f0,
                    d1 - d0,
                    cpu1 - cpu0
                );
                d2.store(true, Ordering::SeqCst);
                quit.store(true, Ordering::SeqCst);
                ctx.request_repaint();
            });
            Ok(Box::new(Measured {
                app,
                counters: for_app,
            }))
        }),
    )
    .map_err(|e| format!("could not open the window: {e}"))?;
    if !done.load(Ordering::SeqCst) {
        return Err("the window closed before the measurement ended".into());
    }
    Ok(())
}
