//! Speaker/listener: who has the floor, the stage, a large countdown, and the one-key flow
//! speak → paraphrase → confirm → the floor passes.

use egui::{Color32, RichText};

use super::doing;
use crate::model::{FloorPolicy, ListenerStep, Side, Stage, clock_time};
use crate::session::{Command, SessionState};
use crate::t;
use crate::ui::keys::{self, KeyAction};
use crate::ui::style::{self, short_name};

#[derive(Default)]
pub struct DialoguePanel {
    topic: Option<String>,
}

impl DialoguePanel {
    /// The topic being typed, if it differs from the recorded one.
    pub fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        match self.topic.take() {
            Some(topic) if topic.trim() != state.dialogue.topic => vec![Command::SetTopic(topic)],
            _ => Vec::new(),
        }
    }

    /// The topic being typed, if it differs from the recorded one.
    pub fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        match &self.topic {
            Some(topic) if topic.trim() != state.dialogue.topic => {
                vec![t!("console-topic-unrecorded")]
            }
            _ => Vec::new(),
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, state: &SessionState, now: u64) -> Vec<Command> {
        let mut commands = Vec::new();
        self.topic_field(ui, state, &mut commands);
        ui.add_space(12.0);

        match &state.dialogue.turn {
            None => {
                // Under a one-way floor, whoever took it first holds it for the phase.
                let holder = (state.floor_policy(state.phase) == FloorPolicy::OneWay)
                    .then(|| state.floor_holder(state.phase))
                    .flatten();
                let next = holder
                    .unwrap_or_else(|| state.dialogue.last_speaker.map_or(Side::A, Side::other));
                ui.label(RichText::new(t!("console-nobody")).size(28.0));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let first = t!(
                        "console-speaks",
                        name = short_name(state.name(next)).into_owned()
                    );
                    let button = egui::Button::new(
                        RichText::new(keys::label(&first, KeyAction::Next)).size(18.0),
                    );
                    if keys::keyed(ui, button, &first, KeyAction::Next).clicked() {
                        commands.push(Command::StartTurn { speaker: next });
                    }
                    if holder.is_none()
                        && ui
                            .button(t!(
                                "console-speaks",
                                name = short_name(state.name(next.other())).into_owned()
                            ))
                            .clicked()
                    {
                        commands.push(Command::StartTurn {
                            speaker: next.other(),
                        });
                    }
                });
            }
            Some(turn) => {
                let (line, side) = state.turn_headline(turn);
                let colour = style::side_colour(side);
                let way_in = state
                    .listener_step(turn)
                    .filter(|_| matches!(turn.stage, Stage::Paraphrasing | Stage::Responding(_)));
                // During a timeout the break is the news; the turn waits, smaller.
                let line_size = if state.timeout.is_some() { 20.0 } else { 30.0 };
                let headline = ui.label(RichText::new(&line).size(line_size).color(colour));
                crate::ui::a11y::live(ui.ctx(), &headline, false);
                if let Some(step) = way_in {
                    ui.weak(RichText::new(step.opening()).size(16.0));
                }
                let view = state.timer(now);
                let remaining = view.and_then(|v| v.remaining);
                let big = match (remaining, view) {
                    (Some(r), _) => clock_time(r),
                    (None, Some(v)) => clock_time(-(v.elapsed as i64)),
                    _ => String::new(),
                };
                let normal = ui.visuals().strong_text_color();
                // Large enough to read across the room; larger still on a big screen. During a
                // timeout the break's countdown is the large one, and this one waits, small.
                let in_timeout = state.timeout.is_some();
                let countdown_size = if in_timeout {
                    44.0
                } else {
                    (ui.ctx().content_rect().height() * 0.13).clamp(96.0, 180.0)
                };
                ui.horizontal(|ui| {
                    // Not selectable: one node, whose value is the figure.
                    let countdown = ui.add(
                        egui::Label::new(
                            RichText::new(&big)
                                .size(countdown_size)
                                .monospace()
                                .color(style::countdown_colour(remaining, normal)),
                        )
                        .selectable(false),
                    );
                    // Read as "Sophie is speaking, 1 minute 5 seconds left", in steps of a few
                    // seconds, not as "1:05" changing every second.
                    let spoken = match (remaining, view) {
                        (Some(_), _) => crate::ui::a11y::countdown_name(
                            &line,
                            remaining,
                            state.paused || in_timeout,
                        ),
                        (None, Some(v)) => {
                            format!("{line}, {}", crate::ui::a11y::elapsed(v.elapsed))
                        }
                        (None, None) => String::new(),
                    };
                    ui.ctx().accesskit_node_builder(countdown.id, |node| {
                        if spoken.is_empty() {
                            return;
                        }
                        node.set_role(egui::accesskit::Role::Timer);
                        // The name is the words; the value, the figure on screen.
                        node.set_label(spoken.as_str());
                        node.set_value(big.as_str());
                    });
                    ui.vertical(|ui| {
                        ui.add_space(if in_timeout { 6.0 } else { 24.0 });
                        if in_timeout {
                            ui.label(
                                RichText::new(t!("console-paused-timeout"))
                                    .size(20.0)
                                    .color(style::WARN),
                            );
                        } else if state.paused {
                            let paused = ui.label(
                                RichText::new(t!("console-paused"))
                                    .size(20.0)
                                    .color(style::WARN),
                            );
                            crate::ui::a11y::live(ui.ctx(), &paused, false);
                        } else if remaining.is_some_and(|r| r < 0) {
                            let over = ui.label(
                                RichText::new(t!("console-over-time"))
                                    .size(20.0)
                                    .color(style::OVERTIME),
                            );
                            crate::ui::a11y::live(ui.ctx(), &over, false);
                        }
                        if turn.not_quite > 0 {
                            ui.weak(t!("console-attempt", attempt = turn.not_quite + 1));
                        }
                    });
                });
                if let (Some(r), Some(v)) = (remaining, view)
                    && let Some(limit) = v.limit
                {
                    let used = 1.0 - (r.max(0) as f32 / limit.max(1) as f32);
                    let bar = ui.add(
                        egui::ProgressBar::new(used)
                            .desired_width(bar_width(ui))
                            .fill(style::countdown_colour(Some(r), style::ACCENT)),
                    );
                    keys::name(ui.ctx(), &bar, &t!("console-stage-time"), None);
                }
                ui.add_space(12.0);
                self.buttons(ui, state, turn.stage, turn.speaker, &mut commands);
            }
        }
        ui.add_space(20.0);
        balance(ui, state, now);
        commands
    }

    fn topic_field(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        commands: &mut Vec<Command>,
    ) {
        ui.horizontal(|ui| {
            let label = ui.label(t!("console-topic"));
            let text = self
                .topic
                .get_or_insert_with(|| state.dialogue.topic.clone());
            let response = ui
                .add(
                    egui::TextEdit::singleline(text)
                        .hint_text(t!("console-topic-hint"))
                        .desired_width(420.0),
                )
                .labelled_by(label.id);
            if response.lost_focus() {
                commands.extend(self.flush(state));
            }
        });
    }

    fn buttons(
        &self,
        ui: &mut egui::Ui,
        state: &SessionState,
        stage: Stage,
        speaker: Side,
        commands: &mut Vec<Command>,
    ) {
        let policy = state.floor_policy(state.phase);
        let swaps = policy == FloorPolicy::SwapWhenUnderstood;
        let one_way = policy == FloorPolicy::OneWay;
        let steps = state.listener_steps(state.phase);
        // The listener's closing step after the speaker feels understood, if the protocol has any.
        let closing = steps.get(1).copied();
        let speaker_name = short_name(state.name(speaker)).into_owned();
        let listener = short_name(state.name(speaker.other())).into_owned();
        let first = steps.first().copied().unwrap_or(ListenerStep::Paraphrase);
        ui.horizontal_wrapped(|ui| {
            // A large button showing its key, named without it for a screen reader.
            let big = |ui: &mut egui::Ui, text: &str, action: KeyAction| {
                let button = egui::Button::new(RichText::new(keys::label(text, action)).size(18.0))
                    .min_size(egui::vec2(0.0, 40.0));
                keys::keyed(ui, button, text, action)
            };
            match stage {
                Stage::Speaking => {
                    let text = next_step(first);
                    if big(ui, &text, KeyAction::Next).clicked() {
                        commands.push(Command::NextStage);
                    }
                }
                Stage::Paraphrasing => {
                    if big(ui, &t!("console-next-confirm"), KeyAction::Next).clicked() {
                        commands.push(Command::NextStage);
                    }
                }
                Stage::Confirming => {
                    // "Accurate" follows the phase's floor policy: the speaker goes on (PREP,
                    // one-way), or, understood, hands over (State of the Union, Imago).
                    let (text, command) = match (swaps, closing) {
                        (true, Some(step)) => (
                            t!("console-understood", doing = doing(step, &listener)),
                            Command::Accurate,
                        ),
                        (true, None) => (
                            t!("console-accurate-pass", listener = &listener),
                            Command::Accurate,
                        ),
                        (false, _) => (
                            t!("console-accurate-again", speaker = &speaker_name),
                            Command::AccurateSpeakAgain,
                        ),
                    };
                    if big(ui, &text, KeyAction::Next).clicked() {
                        commands.push(command);
                    }
                    if big(ui, &t!("console-not-quite"), KeyAction::NotQuite).clicked() {
                        commands.push(Command::NotQuite);
                    }
                }
                Stage::Responding(i) => {
                    let text = match steps.get(usize::from(i) + 1) {
                        Some(next) => next_step(*next),
                        None if one_way => t!("console-done-keeps", speaker = &speaker_name),
                        None => t!("console-done-pass", listener = &listener),
                    };
                    if big(ui, &text, KeyAction::Next).clicked() {
                        commands.push(Command::NextStage);
                    }
                }
            }
        });
        ui.horizontal_wrapped(|ui| {
            let pause = if state.paused {
                t!("console-resume")
            } else {
                t!("console-pause")
            };
            if keys::button(ui, &pause, KeyAction::Pause).clicked() {
                commands.push(Command::TogglePause);
            }
            if stage != Stage::Confirming
                && keys::button(ui, &t!("console-more-seconds"), KeyAction::Extend).clicked()
            {
                commands.push(Command::Extend { ms: 30_000 });
            }
            if stage == Stage::Confirming {
                // "Is there more?": yes, and the speaker goes on.
                let more = if first == ListenerStep::Mirror {
                    t!("console-there-is-more", speaker = &speaker_name)
                } else {
                    t!("console-accurate-goes-on", speaker = &speaker_name)
                };
                if swaps && ui.button(more).clicked() {
                    commands.push(Command::AccurateSpeakAgain);
                }
                if ui.button(t!("console-accurate-stop")).clicked() {
                    commands.push(Command::AccurateEnd);
                }
            }
            // F: the floor moves, or, once the speaker is understood, the listener's closing
            // steps come first (and under a one-way floor it then stays with the speaker).
            let pass = match (stage, closing, one_way) {
                (Stage::Confirming, Some(step), true) => {
                    Some(t!("console-heard", doing = doing(step, &listener)))
                }
                (Stage::Confirming, Some(step), false) if !swaps => {
                    Some(t!("console-understood", doing = doing(step, &listener)))
                }
                (_, _, true) => None,
                _ => Some(t!("console-pass-floor", listener = &listener)),
            };
            if let Some(text) = pass
                && keys::button(ui, &text, KeyAction::PassFloor).clicked()
            {
                commands.push(Command::PassFloor);
            }
            if ui.button(t!("console-stop-dialogue")).clicked() {
                commands.push(Command::EndTurn);
            }
        });
    }
}

/// The width of the stage's bar and the talk-time bar: 520 points, more on a wide screen.
fn bar_width(ui: &egui::Ui) -> f32 {
    (ui.available_width() * 0.75)
        .clamp(520.0, 900.0)
        .min(ui.available_width())
}

/// Talk-time balance: one bar split between the partners, with their totals and turns.
fn balance(ui: &mut egui::Ui, state: &SessionState, now: u64) {
    let a = state.talk_ms(Side::A, now);
    let b = state.talk_ms(Side::B, now);
    ui.strong(t!("console-talk-time"));
    let width = bar_width(ui);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 18.0), egui::Sense::hover());
    let total = (a + b).max(1) as f32;
    let split = rect.left() + rect.width() * if a + b == 0 { 0.5 } else { a as f32 / total };
    let painter = ui.painter();
    let faint = |c: Color32| if a + b == 0 { c.gamma_multiply(0.3) } else { c };
    painter.rect_filled(
        egui::Rect::from_min_max(rect.min, egui::pos2(split, rect.bottom())),
        4.0,
        faint(style::SPEAKER_A),
    );
    painter.rect_filled(
        egui::Rect::from_min_max(egui::pos2(split, rect.top()), rect.max),
        4.0,
        faint(style::SPEAKER_B),
    );
    let summary = format!(
        "{} {} · {}    {} {} · {}",
        state.name(Side::A),
        clock_time(-(a as i64)).trim_start_matches('+'),
        turns(state.turns(Side::A)),
        state.name(Side::B),
        clock_time(-(b as i64)).trim_start_matches('+'),
        turns(state.turns(Side::B)),
    );
    response.on_hover_text(&summary);
    ui.label(summary);
}

fn turns(n: usize) -> String {
    t!("console-turns", count = n)
}

/// The button to the listener's next step: "Next: paraphrase".
fn next_step(step: ListenerStep) -> String {
    match step {
        ListenerStep::Paraphrase => t!("console-next-paraphrase"),
        ListenerStep::Mirror => t!("console-next-mirror"),
        ListenerStep::Summary => t!("console-next-summary"),
        ListenerStep::Validation => t!("console-next-validation"),
        ListenerStep::Empathy => t!("console-next-empathy"),
    }
}
