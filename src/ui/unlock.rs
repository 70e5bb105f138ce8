//! The first screen of a practice protected by a passphrase: the passphrase, and nothing else
//! (no name can be shown before it is given). Once it opens the practice, the app takes over
//! the window. A computer whose keychain remembers the practice's key skips this screen.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use super::app::GroundworkApp;
use super::handover::Handover;
use super::style;
use crate::practice::Practice;
use crate::session::Clock;
use crate::t;

/// The window of a protected practice: the unlock screen until the passphrase is given, then
/// the app.
pub struct UnlockApp {
    root: PathBuf,
    clock: Arc<dyn Clock>,
    passphrase: String,
    /// Why the last try did not open the practice.
    said: Option<String>,
    /// "Remember on this computer", when this computer has a keychain.
    remember: Option<bool>,
    window: Handover,
}

impl UnlockApp {
    pub fn new(cc: &eframe::CreationContext<'_>, root: PathBuf, clock: Arc<dyn Clock>) -> Self {
        style::install_fonts(&cc.egui_ctx);
        // The practice's own theme and text size are in its sealed settings: the defaults
        // until it opens.
        let defaults = crate::model::Settings::default();
        style::apply(&cc.egui_ctx, defaults.theme, defaults.text_scale);
        let mut app = UnlockApp {
            root,
            clock,
            passphrase: String::new(),
            said: None,
            remember: None,
            window: Handover::default(),
        };
        match crate::store::protect::unlock_remembered(&app.root) {
            Ok(true) => app.open(&cc.egui_ctx, None),
            Ok(false) => {}
            // The keychain is there but did not answer: the passphrase still opens the practice.
            Err(why) => app.said = Some(t!("app-unlock-keychain", why = why)),
        }
        if app.window.app().is_none() && crate::store::keychain::available() {
            app.remember = Some(false);
        }
        app
    }

    /// Set to close the window the normal way (a signal): the app records what is typed first.
    pub fn quit_flag(&self) -> Arc<AtomicBool> {
        self.window.quit_flag()
    }

    /// The app, once the practice is open.
    pub fn app(&self) -> Option<&GroundworkApp> {
        self.window.app()
    }

    fn try_unlock(&mut self, ctx: &egui::Context) {
        let passphrase = std::mem::take(&mut self.passphrase);
        if passphrase.is_empty() {
            self.said = Some(t!("app-unlock-empty"));
            return;
        }
        if let Err(refused) = crate::store::protect::unlock(&self.root, &passphrase) {
            self.said = Some(refused.sentence());
            return;
        }
        self.open(ctx, Some(self.remember == Some(true)));
    }

    /// Opens the unlocked practice and hands the window to the app; `remember` keeps its key in
    /// this computer's keychain first (None: it came from there).
    fn open(&mut self, ctx: &egui::Context, remember: Option<bool>) {
        match Practice::open(&self.root, self.clock.clone()) {
            Ok(practice) => {
                let mut app = GroundworkApp::in_context(ctx, practice);
                if remember == Some(true) {
                    match app.practice().remember_here() {
                        Ok(said) => app.say(said, false),
                        Err(why) => app.say(why, true),
                    }
                }
                self.window.hand_to(app);
            }
            Err(e) => {
                // The key stays out of this process until the practice really opens.
                crate::store::seal::lock(&self.root);
                self.said = Some(e.to_string());
            }
        }
    }
}

impl eframe::App for UnlockApp {
    /// The background, cleared in one step (see [`style::background`]).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        crate::ui::style::background(visuals)
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, input: &mut egui::RawInput) {
        self.window.raw_input_hook(ctx, input);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.window.on_exit(gl);
    }

    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.window.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if self.window.ui(ui, frame) {
            return;
        }
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| {
                node.set_label(t!("app-title-locked"));
            });
        let mut form = PassphraseForm {
            passphrase: std::mem::take(&mut self.passphrase),
            said: self.said.take(),
            remember: self.remember,
        };
        let submitted = form.ui(ui, &t!("app-unlock-line"), &self.root);
        self.passphrase = form.passphrase;
        self.said = form.said;
        self.remember = form.remember;
        if submitted {
            self.try_unlock(ui.ctx());
        }
    }
}

/// The passphrase field, its button and what the last try said: the unlock screen's and the
/// lock screen's. Shows no name of anyone.
#[derive(Default)]
pub struct PassphraseForm {
    pub passphrase: String,
    pub said: Option<String>,
    /// The "Remember on this computer" box, where it is offered.
    pub remember: Option<bool>,
}

impl PassphraseForm {
    /// Draws the form under `line`; true when the therapist pressed Enter or Unlock.
    pub fn ui(&mut self, ui: &mut egui::Ui, line: &str, folder: &std::path::Path) -> bool {
        let mut submit = false;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.add_space((ui.available_height() * 0.28).max(24.0));
            ui.vertical_centered(|ui| {
                ui.heading("Groundwork");
                ui.add_space(8.0);
                ui.label(line);
                ui.add_space(16.0);
                let field = egui::TextEdit::singleline(&mut self.passphrase)
                    .password(true)
                    .desired_width(320.0)
                    .hint_text(t!("app-unlock-hint"));
                let response = ui
                    .horizontal(|ui| {
                        let width = 320.0 + 90.0 + ui.spacing().item_spacing.x * 2.0;
                        ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
                        let label = ui.label(t!("app-unlock-passphrase"));
                        let response = ui.add(field).labelled_by(label.id);
                        // The cursor waits in the field: type, then Enter.
                        if ui.memory(|m| m.focused().is_none()) {
                            response.request_focus();
                        }
                        response
                    })
                    .inner;
                if (response.lost_focus() || response.has_focus())
                    && ui.input(|i| i.key_pressed(egui::Key::Enter))
                {
                    submit = true;
                }
                if let Some(remember) = &mut self.remember {
                    ui.add_space(4.0);
                    ui.checkbox(remember, t!("app-unlock-remember"))
                        .on_hover_text(t!("app-unlock-remember-hover"));
                }
                ui.add_space(8.0);
                if ui.button(t!("app-unlock")).clicked() {
                    submit = true;
                }
                if let Some(said) = &self.said {
                    ui.add_space(12.0);
                    ui.label(egui::RichText::new(said).color(style::OVERTIME));
                }
                ui.add_space(24.0);
                ui.label(
                    egui::RichText::new(t!(
                        "app-unlock-folder",
                        folder = folder.display().to_string()
                    ))
                    .small()
                    .weak(),
                );
            });
        });
        submit
    }
}
