//! Frame timings shared by the budget examples.

use std::time::Instant;

use groundwork::ui::GroundworkApp;

/// "min … p50 … p95 … max …" of frame times in milliseconds.
pub fn spread(mut times: Vec<f64>) -> String {
    times.sort_by(f64::total_cmp);
    let pick = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    format!(
        "min {:.2} ms  p50 {:.2} ms  p95 {:.2} ms  max {:.2} ms",
        pick(0.0),
        pick(0.5),
        pick(0.95),
        pick(1.0)
    )
}

/// Frames of `app` (built on `ctx` with `GroundworkApp::in_context`) at 1280×800 as a window
/// draws them when no screen reader asks: egui's frame pass, `App::logic` + `App::ui`, and no
/// accessibility tree (a test harness always builds one). Five frames to settle, then `n`
/// timed, `before` running ahead of each (a clock moving on); each one's time in ms.
pub fn without_screen_reader(
    ctx: &egui::Context,
    app: &mut GroundworkApp,
    n: usize,
    mut before: impl FnMut(),
) -> Vec<f64> {
    let mut frame = eframe::Frame::_new_kittest();
    let mut pass = |app: &mut GroundworkApp| {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            ..Default::default()
        };
        let _ = ctx.run_ui(input, |ui| {
            eframe::App::logic(app, ui.ctx(), &mut frame);
            eframe::App::ui(app, ui, &mut frame);
        });
    };
    for _ in 0..5 {
        pass(app);
    }
    (0..n)
        .map(|_| {
            before();
            let started = Instant::now();
            pass(app);
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect()
}
