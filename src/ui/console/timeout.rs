//! Timeouts: the dialog to call one (who, why) and the banner while it runs.

use egui::{Key, RichText};

use crate::model::{Caller, Side, TimeoutReason, clock_time, human_duration};
use crate::session::{Command, SessionState};
use crate::ui::style::{self, short_name};

#[derive(Default)]
pub struct TimeoutView {
    open: bool,
}

impl TimeoutView {
    pub fn open(&mut self) {
        self.open = true;
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The choices, each one key: 1 and 2 for a partner who is flooded, 3 for a short break,
    /// 4 for the therapist's own timeout.
    pub fn dialog(&mut self, ctx: &egui::Context, state: &SessionState) -> Vec<Command> {
        if !self.open {
            return Vec::new();
        }
        let flooding = state.info.timeouts.flooding_minutes.ms();
        let short = state.info.timeouts.break_minutes.ms();
        let choices = [
            (
                Key::Num1,
                Caller::Partner(Side::A),
                TimeoutReason::Flooding,
                format!("{} is flooded", short_name(state.name(Side::A))),
                flooding,
            ),
            (
                Key::Num2,
                Caller::Partner(Side::B),
                TimeoutReason::Flooding,
                format!("{} is flooded", short_name(state.name(Side::B))),
                flooding,
            ),
            (
                Key::Num3,
                Caller::Therapist,
                TimeoutReason::Break,
                "A short break".to_owned(),
                short,
            ),
            (
                Key::Num4,
                Caller::Therapist,
                TimeoutReason::Other(String::new()),
                "The therapist's timeout".to_owned(),
                short,
            ),
        ];
        let mut chosen = None;
        let response = egui::Modal::new(egui::Id::unique("timeout")).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading("Timeout");
            ui.label("The turn timer waits until you come back.");
            ui.add_space(8.0);
            for (i, (key, by, reason, text, length)) in choices.iter().enumerate() {
                let label = format!("{text} · {}  [{}]", human_duration(*length), i + 1);
                let pressed = ui.input(|inp| inp.key_pressed(*key));
                if ui
                    .add_sized([440.0, 36.0], egui::Button::new(label))
                    .clicked()
                    || pressed
                {
                    chosen = Some((*by, reason.clone()));
                }
            }
            ui.add_space(6.0);
            ui.button("Cancel  [Esc]").clicked()
        });
        if response.inner || response.should_close() {
            self.open = false;
        }
        match chosen {
            Some((by, reason)) => {
                self.open = false;
                vec![Command::CallTimeout {
                    by,
                    reason,
                    length_ms: None,
                }]
            }
            None => Vec::new(),
        }
    }

    /// "Break — back at 14:35", large, with the countdown.
    pub fn banner(&mut self, ui: &mut egui::Ui, state: &SessionState, now: u64) -> Vec<Command> {
        let Some(t) = &state.timeout else {
            return Vec::new();
        };
        let mut commands = Vec::new();
        let who = match t.by {
            Caller::Partner(side) => format!("called by {}", state.name(side)),
            Caller::Therapist => "called by the therapist".to_owned(),
        };
        egui::Frame::new()
            .fill(style::BREAK.gamma_multiply(0.15))
            .stroke(egui::Stroke::new(1.0, style::BREAK))
            .corner_radius(8.0)
            .inner_margin(16.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!("Break — back at {}", t.back_at().format("%H:%M")))
                        .size(30.0)
                        .color(style::BREAK),
                );
                let remaining = t.remaining(now);
                let text = if remaining > 0 {
                    clock_time(remaining)
                } else {
                    "Time to come back".to_owned()
                };
                ui.label(RichText::new(text).size(48.0).monospace());
                ui.weak(format!("{} · {who}", t.reason.label()));
                ui.horizontal(|ui| {
                    if ui.button("End timeout  [T]").clicked() {
                        commands.push(Command::EndTimeout);
                    }
                    if ui.button("5 more minutes").clicked() {
                        commands.push(Command::ExtendTimeout { ms: 5 * 60_000 });
                    }
                });
            });
        commands
    }
}
