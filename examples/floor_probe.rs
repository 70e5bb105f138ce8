//! The floor: a bare eframe window (glow, 1280×800) that repaints once a second, written as
//! eframe's own template writes an app (a `CentralPanel` with a heading and a line of text),
//! the least an ordinary egui timer window costs. `floor_bench` runs it between the app's
//! scenarios and reports the app's CPU as a multiple of it.
//!
//! ```text
//! DISPLAY=:97 cargo run --release --example floor_probe -- 30
//! ```
//!
//! Prints `frames=N cpu=S wall=W` for the seconds after a 3-second warm-up.

#[path = "support/cpu.rs"]
mod cpu;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

const WARM_UP: Duration = Duration::from_secs(3);

struct Probe {
    started: Instant,
    frames: Arc<AtomicU64>,
    quit: Arc<AtomicBool>,
}

impl eframe::App for Probe {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames.fetch_add(1, Ordering::SeqCst);
        let seconds = self.started.elapsed().as_secs();
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Timer");
            ui.label(format!("{}:{:02}", seconds / 60, seconds % 60));
        });
        if self.quit.load(Ordering::SeqCst) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        ui.ctx().request_repaint_after(Duration::from_secs(1));
    }
}

fn main() -> Result<(), String> {
    let secs: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let frames = Arc::new(AtomicU64::new(0));
    let quit = Arc::new(AtomicBool::new(false));
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("floor probe")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    let (f2, q2) = (frames.clone(), quit.clone());
    eframe::run_native(
        "groundwork-floor-probe",
        options,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            let (f3, q3) = (f2.clone(), q2.clone());
            std::thread::spawn(move || {
                std::thread::sleep(WARM_UP);
                let (frames0, cpu0, t0) = (
                    f3.load(Ordering::SeqCst),
                    cpu::cpu_seconds(),
                    Instant::now(),
                );
                std::thread::sleep(Duration::from_secs(secs));
                let (frames1, cpu1) = (f3.load(Ordering::SeqCst), cpu::cpu_seconds());
                println!(
                    "frames={} cpu={:.2} wall={:.1}",
                    frames1 - frames0,
                    cpu1 - cpu0,
                    t0.elapsed().as_secs_f64()
                );
                q3.store(true, Ordering::SeqCst);
                ctx.request_repaint();
            });
            Ok(Box::new(Probe {
                started: Instant::now(),
                frames: f2,
                quit: q2,
            }))
        }),
    )
    .map_err(|e| format!("could not open the window: {e}"))
}
