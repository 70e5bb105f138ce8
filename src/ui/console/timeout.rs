//! Timeouts. `T` starts one at once, so every timer stops on the key press; this dialog then
//! asks who called it and why (and can be opened again while it runs to correct that). While it
//! runs, its countdown and "back at 14:35" are the largest thing in the console.

use egui::RichText;

use crate::model::{Caller, Event, Side, TimeoutReason, clock_time, human_duration};
use crate::session::{Command, SessionState};
use crate::t;
use crate::ui::keys::{self, KeyAction};
use crate::ui::style::{self, short_name};

#[derive(Default)]
pub struct TimeoutView {
    open: bool,
    /// A timeout was just asked for: the dialog opens once the session shows it running.
    pending: bool,
}

/// The dialog's choices, each one key: 1 and 2 for a partner who is flooded, 3 for a short
/// break, 4 for the therapist's own timeout.
fn choices(state: &SessionState) -> [(Caller, TimeoutReason, String, u64); 4] {
    let flooding = state.info.timeouts.flooding_minutes.ms();
    let short = state.info.timeouts.break_minutes.ms();
    [
        (
            Caller::Partner(Side::A),
            TimeoutReason::Flooding,
            t!(
                "console-flooded",
                name = short_name(state.name(Side::A)).into_owned()
            ),
            flooding,
        ),
        (
            Caller::Partner(Side::B),
            TimeoutReason::Flooding,
            t!(
                "console-flooded",
                name = short_name(state.name(Side::B)).into_owned()
            ),
            flooding,
        ),
        (
            Caller::Therapist,
            TimeoutReason::Break,
            t!("console-short-break"),
            short,
        ),
        (
            Caller::Therapist,
            TimeoutReason::Other(String::new()),
            t!("console-own-timeout"),
            short,
        ),
    ]
}

/// Whether undo would take back the start of the running timeout (and nothing else).
fn undo_is_timeout_start(state: &SessionState) -> bool {
    state.undo_step().is_some_and(|step| {
        step.from == step.to
            && matches!(
                state.log.get(step.from).map(|e| &e.event),
                Some(Event::TimeoutStarted { .. })
            )
    })
}

/// "Sophie's break", "the therapist's timeout".
pub fn timeout_name(state: &SessionState) -> String {
    let Some(running) = &state.timeout else {
        return t!("console-timeout-name-none");
    };
    let is_break = matches!(
        running.reason,
        TimeoutReason::Flooding | TimeoutReason::Break
    );
    match running.by {
        Caller::Partner(side) => {
            let name = short_name(state.name(side)).into_owned();
            if is_break {
                t!("console-timeout-name-partner-break", name = name)
            } else {
                t!("console-timeout-name-partner-timeout", name = name)
            }
        }
        Caller::Therapist if is_break => t!("console-timeout-name-therapist-break"),
        Caller::Therapist => t!("console-timeout-name-therapist-timeout"),
    }
}

/// Why a timeout was called, in the therapist's words (a reason typed stays as typed).
fn reason_label(reason: &TimeoutReason) -> String {
    match reason {
        TimeoutReason::Flooding => t!("console-reason-flooding"),
        TimeoutReason::Break => t!("console-reason-break"),
        TimeoutReason::Other(why) if why.trim().is_empty() => t!("console-reason-other"),
        TimeoutReason::Other(why) => why.clone(),
    }
}

impl TimeoutView {
    /// Opens the dialog as soon as the timeout just asked for is running (the command is
    /// applied after this frame; if it was refused, the dialog never opens).
    pub fn open_once_running(&mut self) {
        self.pending = true;
    }

    pub fn is_pending(&self) -> bool {
        self.pending
    }

    /// Call at the start of each frame, before keys are read.
    pub fn settle(&mut self, ctx: &egui::Context, state: &SessionState) {
        if std::mem::take(&mut self.pending) && state.timeout.is_some() {
            self.open = true;
            ctx.request_repaint();
        }
        if state.timeout.is_none() {
            self.open = false;
        }
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The keys pressed while the dialog is open, as commands.
    pub fn keys(&mut self, state: &SessionState, pressed: &[KeyAction]) -> Vec<Command> {
        let mut out = Vec::new();
        for key in pressed {
            match key {
                KeyAction::TimeoutChoice(n) => {
                    if let Some((by, reason, _, _)) = choices(state)
                        .into_iter()
                        .nth(usize::from(*n).saturating_sub(1))
                    {
                        out.push(Command::ChangeTimeout {
                            by,
                            reason,
                            length_ms: None,
                        });
                        self.open = false;
                    }
                }
                KeyAction::Confirm => self.open = false,
                KeyAction::Cancel => {
                    if undo_is_timeout_start(state) {
                        out.push(Command::Undo);
                    }
                    self.open = false;
                }
                _ => {}
            }
        }
        out
    }

    /// Who called it and why. The timeout is already running behind this dialog.
    pub fn dialog(&mut self, ctx: &egui::Context, state: &SessionState) -> Vec<Command> {
        if !self.open {
            return Vec::new();
        }
        let Some(running) = &state.timeout else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let just_started = undo_is_timeout_start(state);
        let title = t!("console-timeout-title");
        let response =
            crate::ui::style::dialog(egui::Id::unique("timeout"), &title).show(ctx, |ui| {
                ui.set_width(480.0);
                ui.heading(&title);
                ui.label(t!("console-timeout-who"));
                ui.add_space(8.0);
                for (i, (by, reason, text, length)) in choices(state).into_iter().enumerate() {
                    let chosen = running.by == by && running.reason == reason;
                    let name = format!("{text} · {}", human_duration(length));
                    let key = (i + 1).to_string();
                    let button = egui::Button::new(format!("{name}  [{key}]")).selected(chosen);
                    let response = ui.add_sized([460.0, 36.0], button);
                    keys::name(ui.ctx(), &response, &name, Some(&key));
                    if response.clicked() {
                        out.push(Command::ChangeTimeout {
                            by,
                            reason,
                            length_ms: None,
                        });
                        self.open = false;
                    }
                }
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let keep = t!(
                        "console-timeout-keep",
                        reason = reason_label(&running.reason),
                        length = human_duration(running.length)
                    );
                    if keys::button(ui, &keep, KeyAction::Confirm).clicked() {
                        self.open = false;
                    }
                    if just_started
                        && keys::button(ui, &t!("console-timeout-undo"), KeyAction::Cancel)
                            .clicked()
                    {
                        out.push(Command::Undo);
                        self.open = false;
                    }
                });
            });
        if response.should_close() {
            self.open = false;
        }
        out
    }

    /// "Break — back at 14:35" and the countdown, the largest thing in the console.
    pub fn banner(&mut self, ui: &mut egui::Ui, state: &SessionState, now: u64) -> Vec<Command> {
        let Some(t) = &state.timeout else {
            return Vec::new();
        };
        let mut commands = Vec::new();
        let who = match t.by {
            Caller::Partner(side) => t!("console-called-by", name = state.name(side)),
            Caller::Therapist => t!("console-called-by-therapist"),
        };
        // As large as the turn's countdown is when no timeout runs.
        let big = (ui.ctx().content_rect().height() * 0.13).clamp(96.0, 180.0);
        egui::Frame::new()
            .fill(style::BREAK.gamma_multiply(0.15))
            .stroke(egui::Stroke::new(1.5, style::BREAK))
            .corner_radius(8.0)
            .inner_margin(16.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let back = ui.label(
                    RichText::new(t!(
                        "console-timeout-back",
                        time = t.back_at().format("%H:%M").to_string()
                    ))
                    .size(34.0)
                    .strong()
                    .color(style::BREAK),
                );
                crate::ui::a11y::live(ui.ctx(), &back, false);
                let remaining = t.remaining(now);
                if remaining > 0 {
                    let figure = clock_time(remaining);
                    let countdown = ui.add(
                        egui::Label::new(RichText::new(&figure).size(big).monospace())
                            .selectable(false),
                    );
                    let spoken = t!(
                        "console-timeout-spoken",
                        left = crate::ui::a11y::time_left(remaining)
                    );
                    ui.ctx().accesskit_node_builder(countdown.id, |node| {
                        node.set_role(egui::accesskit::Role::Timer);
                        node.set_label(spoken.as_str());
                        node.set_value(figure.as_str());
                    });
                } else {
                    let over = ui.label(RichText::new(t!("console-timeout-come-back")).size(48.0));
                    crate::ui::a11y::live(ui.ctx(), &over, false);
                }
                ui.label(
                    RichText::new(format!(
                        "{} · {who} · {}",
                        reason_label(&t.reason),
                        human_duration(t.length)
                    ))
                    .size(16.0),
                );
                ui.add_space(6.0);
                ui.horizontal_wrapped(|ui| {
                    if keys::button(ui, &t!("console-timeout-end-early"), KeyAction::Timeout)
                        .clicked()
                    {
                        commands.push(Command::EndTimeout);
                    }
                    if ui.button(t!("console-timeout-more")).clicked() {
                        commands.push(Command::ExtendTimeout { ms: 5 * 60_000 });
                    }
                    if ui.button(t!("console-timeout-change")).clicked() {
                        self.open = true;
                    }
                });
            });
        commands
    }
}
