//! The window's first screen while the practice is read: the window opens at once, and the
//! practice is read at the same time (a first start of thousands of couples on a computer
//! takes a few tenths of a second; the window itself as long again). The app takes over the
//! window in the frame the practice is ready.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, OnceLock};

use super::app::GroundworkApp;
use super::handover::Handover;
use super::style;
use crate::model::Settings;
use crate::practice::Practice;
use crate::t;

type Slot = Arc<Mutex<Option<Result<Practice, String>>>>;

/// A practice being opened on a thread of its own.
pub struct Opening {
    result: Slot,
    /// The window to wake when the practice is ready; unset until the window exists.
    wake: Arc<OnceLock<egui::Context>>,
    /// Shared by every handle: whichever finishes first waits for the thread.
    thread: Arc<Mutex<Option<std::thread::JoinHandle<()>>>>,
}

impl Opening {
    /// Starts `open` on a thread of its own. It runs in the therapist's language on this
    /// thread.
    pub fn start(open: impl FnOnce() -> Result<Practice, String> + Send + 'static) -> Opening {
        let result: Slot = Arc::default();
        let wake: Arc<OnceLock<egui::Context>> = Arc::default();
        let lang = crate::locale::therapist_setting();
        let thread = {
            let (result, wake) = (result.clone(), wake.clone());
            std::thread::spawn(move || {
                crate::locale::set_therapist(lang);
                // A fault while reading is said on the screen, not left as an endless wait.
                let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(open))
                    .unwrap_or_else(|_| Err(t!("app-opening-failed-fault")));
                *result.lock().unwrap_or_else(|e| e.into_inner()) = Some(opened);
                // The result is in place before the window is woken: either the window's next
                // frame finds it, or the window did not exist yet and its first frame does.
                if let Some(ctx) = wake.get() {
                    ctx.request_repaint();
                }
            })
        };
        Opening {
            result,
            wake,
            thread: Arc::new(Mutex::new(Some(thread))),
        }
    }

    /// Waits until the practice is open (or could not be). Then why not, if it could not.
    pub fn finish(self) -> Option<String> {
        let thread = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(thread) = thread {
            let _ = thread.join();
        }
        match &*self.result.lock().unwrap_or_else(|e| e.into_inner()) {
            Some(Err(why)) => Some(why.clone()),
            _ => None,
        }
    }

    /// A handle on the same practice being opened, for the window.
    pub fn share(&self) -> Opening {
        Opening {
            result: self.result.clone(),
            wake: self.wake.clone(),
            thread: self.thread.clone(),
        }
    }

    /// The practice, once it is open; an error stays in place to be shown.
    fn take(&self) -> Option<Result<Practice, String>> {
        let mut slot = self.result.lock().unwrap_or_else(|e| e.into_inner());
        match slot.as_ref()? {
            Ok(_) => slot.take(),
            Err(why) => Some(Err(why.clone())),
        }
    }
}

/// The window while the practice is read, then the app.
pub struct OpeningApp {
    opening: Opening,
    folder: Option<PathBuf>,
    failed: Option<String>,
    window: Handover,
}

impl OpeningApp {
    /// The window on `opening`, looking as `settings` (the practice's, read ahead) say;
    /// `folder` is named under the line while it opens (none for the sample practice).
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        opening: Opening,
        settings: &Settings,
        folder: Option<PathBuf>,
    ) -> OpeningApp {
        style::install_fonts(&cc.egui_ctx);
        style::apply(&cc.egui_ctx, settings.theme, settings.text_scale);
        let _ = opening.wake.set(cc.egui_ctx.clone());
        OpeningApp {
            opening,
            folder,
            failed: None,
            window: Handover::default(),
        }
    }

    /// Set to close the window the normal way (a signal): the app records what is typed first.
    pub fn quit_flag(&self) -> Arc<AtomicBool> {
        self.window.quit_flag()
    }

    /// The app, once the practice is open.
    pub fn app(&self) -> Option<&GroundworkApp> {
        self.window.app()
    }

    fn poll(&mut self, ctx: &egui::Context) {
        if self.window.app().is_some() || self.failed.is_some() {
            return;
        }
        match self.opening.take() {
            Some(Ok(practice)) => self
                .window
                .hand_to(GroundworkApp::in_context(ctx, practice)),
            Some(Err(why)) => self.failed = Some(why),
            None => {}
        }
    }
}

impl eframe::App for OpeningApp {
    /// The background, cleared in one step (see [`style::background`]).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        style::background(visuals)
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, input: &mut egui::RawInput) {
        self.window.raw_input_hook(ctx, input);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.window.on_exit(gl);
    }

    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.poll(ctx);
        self.window.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if self.window.ui(ui, frame) {
            return;
        }
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| {
                node.set_label("Groundwork");
            });
        egui::CentralPanel::default().show(ui, |ui| {
            ui.add_space((ui.available_height() * 0.28).max(24.0));
            ui.vertical_centered(|ui| {
                ui.heading("Groundwork");
                ui.add_space(8.0);
                match &self.failed {
                    // No spinner: a still line costs no frames while the practice is read.
                    None => ui.label(t!("app-opening")),
                    Some(why) => {
                        ui.label(t!("app-opening-failed"));
                        ui.add_space(12.0);
                        ui.label(egui::RichText::new(why).color(style::OVERTIME))
                    }
                };
                if let Some(folder) = &self.folder {
                    ui.add_space(24.0);
                    ui.label(
                        egui::RichText::new(t!(
                            "app-unlock-folder",
                            folder = folder.display().to_string()
                        ))
                        .small()
                        .weak(),
                    );
                }
            });
        });
    }
}
