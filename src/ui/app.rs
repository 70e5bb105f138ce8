//! The app shell: which screen is showing, applying what views ask for, timers and repaints.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::action::Action;
use super::console::ConsoleView;
use super::couple::CoupleView;
use super::home::HomeView;
use super::settings::SettingsView;
use super::style;
use crate::model::{CoupleId, Ms, Theme};
use crate::practice::Practice;

#[derive(Debug, Clone, PartialEq)]
enum Screen {
    Home,
    Couple(CoupleId),
    Console,
    Settings,
}

/// A sentence for the therapist at the bottom of the window: what went wrong, or what was done.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

pub struct GroundworkApp {
    practice: Practice,
    screen: Screen,
    home: HomeView,
    couple: CoupleView,
    console: ConsoleView,
    settings: SettingsView,
    message: Option<Message>,
    styled: Option<(Theme, f32)>,
    /// Frames drawn so far: the repaint budget is measured with it.
    frames: u64,
    /// Set from outside (a SIGTERM) to close the window cleanly.
    quit: Arc<AtomicBool>,
}

impl GroundworkApp {
    pub fn new(_cc: &eframe::CreationContext<'_>, practice: Practice) -> GroundworkApp {
        let mut app = GroundworkApp {
            practice,
            screen: Screen::Home,
            home: HomeView::default(),
            couple: CoupleView::default(),
            console: ConsoleView::default(),
            settings: SettingsView::default(),
            message: None,
            styled: None,
            frames: 0,
            quit: Arc::new(AtomicBool::new(false)),
        };
        app.home.refresh(&app.practice);
        app
    }

    /// A flag that, once set (and the context asked to repaint), closes the window as if the
    /// therapist had: text being typed is recorded first.
    pub fn quit_flag(&self) -> Arc<AtomicBool> {
        self.quit.clone()
    }

    pub fn practice(&self) -> &Practice {
        &self.practice
    }

    pub fn frames(&self) -> u64 {
        self.frames
    }

    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    fn say(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message {
            text: text.into(),
            error,
        });
    }

    /// The one place where what a view asked for happens.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::GoHome => {
                self.practice.reload();
                self.home.refresh(&self.practice);
                self.screen = Screen::Home;
            }
            Action::OpenCouple(id) => self.open_couple(id),
            Action::CreateCouple { a, b } => match self.practice.create_couple(&a, &b) {
                Ok(id) => {
                    self.home.clear_form();
                    let name = self
                        .practice
                        .couple(&id)
                        .map(|c| c.couple.display_name())
                        .unwrap_or_default();
                    self.say(format!("{name} added."), false);
                    self.open_couple(id);
                }
                Err(why) => self.home.form_error = Some(why),
            },
            Action::OpenDemo => {
                let clock = std::sync::Arc::new(crate::session::SystemClock::default());
                match Practice::open_demo(clock) {
                    Ok(demo) => {
                        self.practice = demo;
                        self.say("This is a sample practice in a temporary folder; it disappears when you close Groundwork.", false);
                        self.apply(Action::GoHome);
                    }
                    Err(why) => self.say(why, true),
                }
            }
            Action::StartSession { couple, template } => {
                let format = self.practice.settings().note_format;
                match self.practice.start_session(&couple, &template, format) {
                    Ok(()) => self.enter_console(),
                    Err(why) => self.say(why, true),
                }
            }
            Action::OpenSession(path) => match self.practice.open_session(&path) {
                Ok(torn) => {
                    self.enter_console();
                    if let Some(saved) = torn {
                        self.say(
                            format!(
                                "The last line of this session was cut off when Groundwork stopped; it was kept in {} and everything before it is here.",
                                saved.display()
                            ),
                            false,
                        );
                    }
                }
                Err(why) => self.say(why, true),
            },
            Action::Session(command) => {
                if let Err(why) = self.practice.execute(&command) {
                    self.say(why, true);
                } else {
                    self.message = None;
                }
            }
            Action::LeaveSession => {
                let id = self.practice.live().map(|l| l.state().info.couple.clone());
                for command in self.console.flush(&self.practice) {
                    self.apply(Action::Session(command));
                }
                self.practice.close_session();
                match id {
                    Some(id) => self.open_couple(id),
                    None => self.apply(Action::GoHome),
                }
            }
            Action::OpenSettings => {
                self.settings.load(&self.practice);
                self.screen = Screen::Settings;
            }
            Action::SaveSettings(settings) => match self.practice.save_settings(settings) {
                Ok(()) => {
                    self.say("Settings saved.", false);
                    self.apply(Action::GoHome);
                }
                Err(why) => self.say(why, true),
            },
        }
    }

    fn open_couple(&mut self, id: CoupleId) {
        self.couple.open(&self.practice, &id);
        self.screen = Screen::Couple(id);
    }

    fn enter_console(&mut self) {
        self.console = ConsoleView::default();
        self.message = None;
        self.screen = Screen::Console;
    }

    /// When the next visible second changes: the session clock, a countdown or a timeout.
    fn next_repaint(&self) -> Option<Duration> {
        let live = self.practice.live()?;
        let state = live.state();
        if state.is_ended() {
            return None;
        }
        let now = live.now().at;
        let mut next: Ms = 1_000 - now % 1_000;
        if let Some(view) = state.timer(now).filter(|t| t.running) {
            let shown = view.remaining.unwrap_or(-(view.elapsed as i64));
            next = next.min(ms_to_next_second(shown));
        }
        if let Some(t) = &state.timeout {
            next = next.min(ms_to_next_second(t.remaining(now)).max(1));
        }
        Some(Duration::from_millis(next.max(1)))
    }
}

/// Milliseconds until a countdown shown in whole seconds (rounded up while positive, counting up
/// past zero) shows a different number: in both directions, the next multiple of a second.
fn ms_to_next_second(remaining: i64) -> Ms {
    match remaining.rem_euclid(1_000) as Ms {
        0 => 1_000,
        r => r,
    }
}

impl eframe::App for GroundworkApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let settings = self.practice.settings();
        let wanted = (settings.theme, settings.text_scale);
        if self.styled != Some(wanted) {
            style::apply(ctx, wanted.0, wanted.1);
            self.styled = Some(wanted);
        }
        if self.quit.load(Ordering::SeqCst) {
            if self.screen == Screen::Console {
                for command in self.console.flush(&self.practice) {
                    self.apply(Action::Session(command));
                }
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        // A timeout that ran out is recorded at its deadline, whatever the frame rate.
        match self.practice.tick() {
            Ok(true) => self.say(
                "The timeout is over; the turn carries on where it stopped.",
                false,
            ),
            Ok(false) => {}
            Err(why) => self.say(why, true),
        }
        if let Some(after) = self.next_repaint() {
            ctx.request_repaint_after(after);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        let message = self.message.clone();
        if let Some(m) = &message {
            let dismissed = egui::Panel::bottom("message")
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let colour = if m.error {
                            style::OVERTIME
                        } else {
                            style::ACCENT
                        };
                        ui.colored_label(colour, &m.text);
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.button("Dismiss").clicked()
                        })
                        .inner
                    })
                    .inner
                })
                .inner;
            if dismissed {
                self.message = None;
            }
        }
        let actions = match &self.screen {
            Screen::Home => self.home.ui(ui, &self.practice),
            Screen::Couple(_) => self.couple.ui(ui, &self.practice),
            Screen::Console => self.console.ui(ui, &self.practice),
            Screen::Settings => self.settings.ui(ui, &self.practice),
        };
        for action in actions {
            self.apply(action);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ms_to_next_second;

    #[test]
    fn repaints_land_on_the_next_visible_change() {
        assert_eq!(
            ms_to_next_second(120_000),
            1_000,
            "2:00 shows until 1:59 at 119,000"
        );
        assert_eq!(ms_to_next_second(119_400), 400, "shows 2:00 until 119,000");
        assert_eq!(
            ms_to_next_second(0),
            1_000,
            "0:00 becomes +0:01 a second later"
        );
        assert_eq!(
            ms_to_next_second(-300),
            700,
            "+0:00 becomes +0:01 at -1,000"
        );
    }
}
