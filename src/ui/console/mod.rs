//! The session console: agenda, the current phase's panel, notes, the session clock and
//! timeouts. Everything in a session is one key away.

pub mod checkin;
pub mod closing;
mod dialogue;
pub mod guided;
pub mod homework;
pub mod keys;
pub mod notes;
pub mod rules;
mod timeout;

use egui::{Align, Layout, RichText};

use self::checkin::CheckInPanel;
use self::closing::ClosingPanel;
use self::dialogue::DialoguePanel;
use self::guided::GuidedPanel;
use self::homework::HomeworkPanel;
use self::keys::KeyAction;
use self::notes::NotesPanel;
use self::rules::RulesPanel;
use self::timeout::TimeoutView;
use super::action::Action;
use super::style;
use crate::model::{PhaseKind, clock_time};
use crate::pdf::DocumentKind;
use crate::practice::Practice;
use crate::session::{Command, SessionState};

#[derive(Default)]
pub struct ConsoleView {
    checkin: CheckInPanel,
    rules: RulesPanel,
    dialogue: DialoguePanel,
    guided: GuidedPanel,
    homework: HomeworkPanel,
    closing: ClosingPanel,
    notes: NotesPanel,
    timeout: TimeoutView,
    help: bool,
    confirm_end: bool,
    /// Whether the couple display is open (the app owns it; the console offers its buttons).
    display_open: bool,
    /// Keys pressed while the couple display had the keyboard: they act here as if pressed
    /// in the console.
    forwarded: Vec<KeyAction>,
}

impl ConsoleView {
    /// Commands for text still being typed (notes, topic), to record before leaving.
    pub fn flush(&mut self, practice: &Practice) -> Vec<Command> {
        let Some(live) = practice.live() else {
            return Vec::new();
        };
        self.flush_panels(live.state())
    }

    /// Everything being typed in any panel, as commands.
    fn flush_panels(&mut self, state: &SessionState) -> Vec<Command> {
        let mut out = self.notes.flush(state);
        out.extend(self.checkin.flush(state));
        out.extend(self.dialogue.flush(state));
        out.extend(self.guided.flush(state));
        out.extend(self.closing.flush(state));
        out
    }

    /// A command the console asked for could not be recorded (the disk was full): what was
    /// typed for it is kept, and recorded when the console is left.
    pub fn not_recorded(&mut self, command: &Command) {
        self.notes.not_recorded(command);
        self.checkin.not_recorded(command);
        self.guided.not_recorded(command);
    }

    /// Tells the console whether the couple display is open.
    pub fn set_display_open(&mut self, open: bool) {
        self.display_open = open;
    }

    /// Keys pressed in the couple display's window, to act on in the next frame.
    pub fn forward_keys(&mut self, keys: impl IntoIterator<Item = KeyAction>) {
        self.forwarded.extend(keys);
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, practice: &Practice) -> Vec<Action> {
        let Some(live) = practice.live() else {
            return vec![Action::GoHome];
        };
        let state = live.state();
        let now = live.now();
        let mut commands = Vec::new();
        let mut actions = Vec::new();

        let mut pressed = keys::pressed(ui.ctx());
        pressed.append(&mut self.forwarded);
        let keys = if self.timeout.is_open() || self.confirm_end {
            Vec::new()
        } else if self.help {
            // Behind the help, only the key that closes it.
            pressed
                .into_iter()
                .filter(|k| *k == KeyAction::Help)
                .collect()
        } else {
            pressed
        };
        for key in &keys {
            match key {
                KeyAction::Help => self.help = !self.help,
                KeyAction::Display => actions.push(Action::ToggleDisplay),
                KeyAction::Timeout => {
                    if state.timeout.is_some() {
                        commands.push(Command::EndTimeout);
                    } else if !state.is_ended() {
                        self.timeout.open();
                    }
                }
                KeyAction::NextPhase => commands.push(Command::NextPhase),
                KeyAction::QuickNote => self.notes.focus_quick_note(),
                KeyAction::PreviousPhase if state.phase > 0 => {
                    commands.push(Command::GoToPhase(state.phase - 1));
                }
                _ => {}
            }
        }

        self.top_bar(ui, state, now.at, &mut commands, &mut actions);
        egui::Panel::left("agenda")
            .resizable(false)
            .exact_size(250.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("agenda-scroll")
                    .show(ui, |ui| agenda(ui, state, now.at, &mut commands));
            });
        egui::Panel::right("notes")
            .resizable(false)
            .exact_size(340.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("notes-scroll")
                    .show(ui, |ui| commands.extend(self.notes.ui(ui, state, now.at)));
            });
        let mut exports = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if state.timeout.is_some() {
                    commands.extend(self.timeout.banner(ui, state, now.at));
                    ui.add_space(12.0);
                }
                // After the end, whatever phase it ended in: the summary, where notes can be
                // finished and the next session set.
                if state.is_ended() {
                    ui.heading("Session summary");
                    ui.add_space(4.0);
                    ui.horizontal(|ui| {
                        for (kind, label) in [
                            (DocumentKind::Homework, "Print the homework sheet (PDF)"),
                            (DocumentKind::Notes, "Print the session notes (PDF)"),
                        ] {
                            if ui.button(label).clicked() {
                                exports.push(Action::Export {
                                    kind,
                                    session: live.path().to_owned(),
                                });
                            }
                        }
                    });
                    ui.add_space(8.0);
                    commands.extend(self.closing.ui(ui, state, now.at));
                    return;
                }
                let Some(phase) = state.current_phase() else {
                    return;
                };
                ui.horizontal(|ui| {
                    ui.heading(&phase.title);
                    if phase.title != phase.kind.label() {
                        ui.weak(phase.kind.label());
                    }
                });
                ui.add_space(8.0);
                let panel = match &phase.kind {
                    PhaseKind::CheckIn => self.checkin.ui(ui, state, now.at),
                    PhaseKind::GroundRules => self.rules.ui(ui, state, now.at),
                    PhaseKind::SpeakerListener { .. } => self.dialogue.ui(ui, state, now.at, &keys),
                    PhaseKind::GuidedSteps { .. } => {
                        let mut out = step_keys(&keys);
                        out.extend(self.guided.ui(ui, state, now.at));
                        out
                    }
                    PhaseKind::Homework => {
                        let suggestions = practice
                            .templates()
                            .by_id(&state.info.template_id)
                            .map_or(&[][..], |t| t.suggestions.as_slice());
                        self.homework.ui(ui, state, now.at, suggestions)
                    }
                    PhaseKind::Closing => self.closing.ui(ui, state, now.at),
                };
                commands.extend(panel);
            });
        });

        commands.extend(self.timeout.dialog(ui.ctx(), state));
        if self.help {
            self.help_overlay(ui.ctx());
        }
        if self.confirm_end {
            self.end_dialog(ui.ctx(), &mut commands);
        }
        // Leaving a phase or ending the session records what is still being typed first.
        let moving_on = commands
            .iter()
            .any(|c| matches!(c, Command::End | Command::NextPhase | Command::GoToPhase(_)));
        if moving_on {
            let mut first = self.flush_panels(state);
            first.append(&mut commands);
            commands = first;
        }
        actions.extend(commands.into_iter().map(Action::Session));
        actions.extend(exports);
        actions
    }

    fn top_bar(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        now: u64,
        commands: &mut Vec<Command>,
        actions: &mut Vec<Action>,
    ) {
        egui::Panel::top("console-top").show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui
                    .button("Leave")
                    .on_hover_text("Back to the couple's page; the session stays open.")
                    .clicked()
                {
                    actions.extend(self.flush_actions(state));
                    actions.push(Action::LeaveSession);
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    // In the closing phase its own "End session" button is the one to use.
                    let closing = matches!(
                        state.current_phase().map(|p| &p.kind),
                        Some(PhaseKind::Closing)
                    );
                    if state.is_ended() {
                        ui.label(RichText::new("Session ended").strong());
                    } else if !closing && ui.button("End session").clicked() {
                        self.confirm_end = true;
                    }
                    if ui.button(keys::label("Keys", KeyAction::Help)).clicked() {
                        self.help = !self.help;
                    }
                    if self.display_open
                        && ui
                            .button("Full screen")
                            .on_hover_text("The couple display full screen, or back to a window (F on the display).")
                            .clicked()
                    {
                        actions.push(Action::DisplayFullscreen);
                    }
                    let display = if self.display_open {
                        "Close couple display"
                    } else {
                        "Couple display"
                    };
                    if ui
                        .button(keys::label(display, KeyAction::Display))
                        .on_hover_text("A second window for the couple: who has the floor and the time left. Never your notes.")
                        .clicked()
                    {
                        actions.push(Action::ToggleDisplay);
                    }
                    if !state.is_ended() {
                        if state.timeout.is_some() {
                            if ui
                                .button(keys::label("End timeout", KeyAction::Timeout))
                                .clicked()
                            {
                                commands.push(Command::EndTimeout);
                            }
                        } else if ui
                            .button(keys::label("Timeout", KeyAction::Timeout))
                            .clicked()
                        {
                            self.timeout.open();
                        }
                    }
                    ui.label(
                        RichText::new(clock_time(state.elapsed_ms(now) as i64))
                            .size(22.0)
                            .monospace(),
                    )
                    .on_hover_text("Time since the session started");
                    // Who and which session in the room the buttons leave: a long name is cut
                    // (whole on hover) rather than pushing the buttons off the window.
                    ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!(
                                    "{} & {}",
                                    state.info.partner_a, state.info.partner_b
                                ))
                                .heading(),
                            )
                            .truncate(),
                        );
                        // Only where there is room for more than an ellipsis.
                        if ui.available_width() > 80.0 {
                            ui.add(
                                egui::Label::new(
                                    RichText::new(format!(
                                        "Session {} · {}",
                                        state.info.number, state.info.template_name
                                    ))
                                    .weak(),
                                )
                                .truncate(),
                            );
                        }
                    });
                });
            });
            ui.add_space(4.0);
        });
    }

    fn flush_actions(&mut self, state: &SessionState) -> Vec<Action> {
        self.dialogue
            .flush(state)
            .into_iter()
            .map(Action::Session)
            .collect()
    }

    fn help_overlay(&mut self, ctx: &egui::Context) {
        let response = egui::Modal::new(egui::Id::unique("keys-help")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading("Keys");
            ui.weak("They work whenever you are not typing in a text field.");
            ui.add_space(8.0);
            egui::Grid::new("keys")
                .num_columns(2)
                .spacing([20.0, 8.0])
                .show(ui, |ui| {
                    for (_, name, _, what) in keys::KEYS {
                        ui.label(RichText::new(*name).monospace().strong());
                        ui.label(*what);
                        ui.end_row();
                    }
                });
            ui.add_space(8.0);
            ui.button("Close").clicked()
        });
        if response.inner || response.should_close() {
            self.help = false;
        }
    }

    fn end_dialog(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let response = egui::Modal::new(egui::Id::unique("end-session")).show(ctx, |ui| {
            ui.set_width(420.0);
            ui.heading("End the session?");
            ui.label("The timers stop and the session is recorded in the couple's history. You can still finish your notes afterwards.");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("End the session now").clicked() {
                    commands.push(Command::End);
                    return true;
                }
                ui.button("Not yet").clicked()
            })
            .inner
        });
        if response.inner || response.should_close() {
            self.confirm_end = false;
        }
    }
}

/// In a guided phase, the dialogue keys move through the steps and time them.
fn step_keys(keys: &[KeyAction]) -> Vec<Command> {
    keys.iter()
        .filter_map(|k| match k {
            KeyAction::Next => Some(Command::NextStep),
            KeyAction::Pause => Some(Command::TogglePause),
            KeyAction::Extend => Some(Command::Extend { ms: 30_000 }),
            _ => None,
        })
        .collect()
}

/// The agenda: each phase with planned and actual minutes; the current one highlighted.
fn agenda(ui: &mut egui::Ui, state: &SessionState, now: u64, commands: &mut Vec<Command>) {
    ui.add_space(8.0);
    ui.strong("Agenda");
    ui.add_space(4.0);
    for (i, phase) in state.info.phases.iter().enumerate() {
        let actual = state.phase_actual_ms(i, now);
        let current = i == state.phase;
        let text = RichText::new(format!("{}. {}", i + 1, phase.title));
        let text = if current {
            text.strong().color(style::ACCENT)
        } else {
            text
        };
        let response = ui.selectable_label(current, text);
        let minutes = if actual > 0 || current {
            format!("{} min, planned {}", actual / 60_000, phase.minutes.get())
        } else {
            format!("planned {} min", phase.minutes.get())
        };
        ui.weak(format!("      {minutes}"));
        if response.clicked() && !current && !state.is_ended() {
            commands.push(Command::GoToPhase(i));
        }
    }
    ui.add_space(16.0);
    ui.strong("Ground rules");
    for rule in &state.rules {
        // Agreed rules in full colour, the others faint until both partners agree.
        let text = RichText::new(&rule.text).small();
        ui.label(if rule.agreed_by_both() {
            text
        } else {
            text.weak()
        });
    }
}
