//! A window that opens before the app can: the unlock screen, or the line shown while the
//! practice is read. It hands the window to the app once the practice is open, and until then
//! follows the desktop's theme and closes on a signal.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::app::GroundworkApp;

#[derive(Default)]
pub(super) struct Handover {
    opened: Option<GroundworkApp>,
    quit: Arc<AtomicBool>,
}

impl Handover {
    /// Set to close the window the normal way (a signal): the app records what is typed first.
    pub fn quit_flag(&self) -> Arc<AtomicBool> {
        self.quit.clone()
    }

    pub fn app(&self) -> Option<&GroundworkApp> {
        self.opened.as_ref()
    }

    /// The window is the app's from now on.
    pub fn hand_to(&mut self, app: GroundworkApp) {
        self.opened = Some(app);
    }

    pub fn raw_input_hook(&mut self, ctx: &egui::Context, input: &mut egui::RawInput) {
        match &mut self.opened {
            Some(app) => eframe::App::raw_input_hook(app, ctx, input),
            None => {
                if let Some(dark) = crate::desktop::system_dark() {
                    input.system_theme = Some(if dark {
                        egui::Theme::Dark
                    } else {
                        egui::Theme::Light
                    });
                }
            }
        }
    }

    pub fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        if let Some(app) = &mut self.opened {
            eframe::App::on_exit(app, gl);
        }
    }

    pub fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        let quit = self.quit.load(Ordering::SeqCst);
        match &mut self.opened {
            Some(app) => {
                if quit {
                    app.quit_flag().store(true, Ordering::SeqCst);
                }
                eframe::App::logic(app, ctx, frame);
            }
            None if quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            None => {}
        }
    }

    /// Draws the app if it has the window; false if the screen before it is to be drawn.
    pub fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) -> bool {
        match &mut self.opened {
            Some(app) => {
                eframe::App::ui(app, ui, frame);
                true
            }
            None => false,
        }
    }
}
