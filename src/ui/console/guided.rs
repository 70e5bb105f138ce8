//! Guided steps: the phase's prompts in order, the current one in large calm text to read
//! aloud, its timer (overtime shown, never a lockout) and a note per step.

use std::collections::BTreeMap;

use egui::{Color32, RichText, TextEdit};

use super::notes::{Draft, repaint_for_drafts};
use crate::model::{Ms, PhaseKind, Step, clock_time};
use crate::session::{Command, SessionState, Stopwatch};
use crate::t;
use crate::ui::style::{OVERTIME, WARN};

/// The guided-steps panel.
#[derive(Debug, Default)]
pub struct GuidedPanel {
    /// The note being typed for each step, by (phase, step).
    notes: BTreeMap<(usize, usize), Draft>,
}

fn note_id(phase: usize, step: usize) -> egui::Id {
    egui::Id::unique(("groundwork-step-note", phase, step))
}

fn saved_note(state: &SessionState, phase: usize, step: usize) -> &str {
    state
        .guided
        .get(&phase)
        .and_then(|g| g.notes.get(step))
        .map_or("", String::as_str)
}

/// What the step's clock shows: the big figure, its colour (if not the normal text colour) and
/// a caption.
fn timer_text(watch: &Stopwatch, now: Ms) -> (String, Option<Color32>, String) {
    match watch.remaining(now) {
        Some(left) => {
            let limit = clock_time(watch.limit.unwrap_or(0) as i64);
            if left < 0 {
                (
                    clock_time(left),
                    Some(OVERTIME),
                    t!("console-step-over", limit = &limit),
                )
            } else {
                let colour = (left <= 30_000).then_some(WARN);
                (
                    clock_time(left),
                    colour,
                    t!("console-step-left", limit = &limit),
                )
            }
        }
        None => (
            clock_time(watch.elapsed(now) as i64),
            None,
            t!("console-step-untimed"),
        ),
    }
}

impl GuidedPanel {
    /// Step notes typed but not yet recorded, to record now: call before leaving the phase or
    /// the console.
    pub fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        self.notes
            .iter_mut()
            .filter_map(|(&(phase, step), draft)| {
                draft
                    .take_pending(saved_note(state, phase, step))
                    .map(|text| Command::SetStepNote { phase, step, text })
            })
            .collect()
    }

    /// Step notes typed and not yet recorded.
    pub fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        self.notes
            .iter()
            .filter(|((phase, step), d)| d.is_pending(saved_note(state, *phase, *step)))
            .map(|((_, step), _)| t!("console-step-unrecorded", step = step + 1))
            .collect()
    }

    /// A step note that could not be recorded is recorded when the console is left.
    pub fn not_recorded(&mut self, command: &Command) {
        if let Command::SetStepNote { phase, step, text } = command
            && let Some(draft) = self.notes.get_mut(&(*phase, *step))
        {
            draft.not_recorded(text);
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, state: &SessionState, now: Ms) -> Vec<Command> {
        let mut out = Vec::new();
        let phase = state.phase;
        let (Some(plan), Some(guided)) = (state.current_phase(), state.guided.get(&phase)) else {
            ui.weak(t!("console-no-steps"));
            return out;
        };
        let PhaseKind::GuidedSteps { steps } = &plan.kind else {
            ui.weak(t!("console-no-steps"));
            return out;
        };
        let current = guided.step.min(steps.len().saturating_sub(1));
        let Some(step) = steps.get(current) else {
            ui.weak(t!("console-no-steps"));
            return out;
        };

        ui.weak(t!(
            "console-step-of",
            step = current + 1,
            count = steps.len()
        ));
        ui.add_space(8.0);

        let list_width = (ui.available_width() * 0.3).clamp(160.0, 240.0);
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(list_width);
                step_list(ui, steps, &guided.timers, current, now);
            });
            ui.separator();
            ui.vertical(|ui| {
                ui.set_width(ui.available_width());
                self.current_step(ui, state, step, current, steps.len(), now, &mut out);
            });
        });
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn current_step(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        step: &Step,
        index: usize,
        count: usize,
        now: Ms,
        out: &mut Vec<Command>,
    ) {
        let phase = state.phase;
        ui.label(RichText::new(&step.title).size(22.0).strong());
        ui.add_space(4.0);
        egui::Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .corner_radius(8.0)
            .inner_margin(16.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(
                        RichText::new(&step.prompt)
                            .size(19.0)
                            .line_height(Some(28.0))
                            .color(ui.visuals().strong_text_color()),
                    )
                    .wrap(),
                );
            });
        ui.add_space(8.0);

        if let Some(watch) = state.guided.get(&phase).and_then(|g| g.timers.get(index)) {
            let (figure, colour, caption) = timer_text(watch, now);
            ui.horizontal(|ui| {
                let colour = colour.unwrap_or_else(|| ui.visuals().strong_text_color());
                let text = RichText::new(figure).size(44.0).color(colour);
                ui.label(text);
                ui.vertical(|ui| {
                    ui.add_space(8.0);
                    ui.weak(caption);
                    if state.timeout.is_some() {
                        ui.weak(t!("console-step-timeout"));
                    } else if !watch.is_running() {
                        ui.weak(t!("console-step-paused"));
                    }
                });
            });
        }
        ui.add_space(6.0);

        let free = state.timeout.is_none() && !state.is_ended();
        ui.horizontal(|ui| {
            let previous = egui::Button::new(t!("console-step-previous"));
            if ui.add_enabled(free && index > 0, previous).clicked() {
                out.push(Command::PreviousStep);
            }
            let next = egui::Button::new(RichText::new(t!("console-step-next")).strong());
            if ui.add_enabled(free && index + 1 < count, next).clicked() {
                out.push(Command::NextStep);
            }
        });
        if index + 1 == count {
            ui.weak(t!("console-step-last"));
        }
        ui.add_space(10.0);

        let time = ui.input(|i| i.time);
        let id = note_id(phase, index);
        let editing = ui.memory(|m| m.has_focus(id));
        let saved = saved_note(state, phase, index);
        let draft = self.notes.entry((phase, index)).or_default();
        draft.sync(saved, editing);
        let label = ui.label(RichText::new(t!("console-step-notes")).strong());
        let response = ui
            .add(
                TextEdit::multiline(draft.buffer())
                    .id(id)
                    .hint_text(t!("console-step-notes-hint"))
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.changed() {
            draft.edited(time);
        }
        if let Some(text) = draft.take_due(saved, response.lost_focus(), time) {
            out.push(Command::SetStepNote {
                phase,
                step: index,
                text,
            });
        }
        repaint_for_drafts(ui, self.notes.values(), time);
    }
}

/// The steps in order, the current one highlighted, with each step's plan or time taken.
fn step_list(ui: &mut egui::Ui, steps: &[Step], timers: &[Stopwatch], current: usize, now: Ms) {
    for (i, step) in steps.iter().enumerate() {
        let spent = timers.get(i).map_or(0, |w| w.elapsed(now));
        let planned = || {
            step.minutes
                .map(|m| t!("console-step-minutes", minutes = m.get()))
        };
        let detail = if i == current {
            planned()
        } else if spent > 0 {
            Some(t!("console-step-took", time = clock_time(spent as i64)))
        } else {
            planned()
        };
        let frame = if i == current {
            egui::Frame::new()
                .fill(ui.visuals().selection.bg_fill)
                .corner_radius(6.0)
        } else {
            egui::Frame::new().corner_radius(6.0)
        };
        frame
            .inner_margin(egui::Margin::symmetric(8, 6))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let title = format!("{}. {}", i + 1, step.title);
                let text = if i == current {
                    RichText::new(title).strong()
                } else if spent > 0 {
                    RichText::new(title).weak()
                } else {
                    RichText::new(title)
                };
                ui.add(egui::Label::new(text).wrap());
                if let Some(detail) = detail {
                    ui.label(RichText::new(detail).small().weak());
                }
            });
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::{NodeT as _, Queryable};

    use super::*;
    use crate::model::MINUTE;
    use crate::ui::console::notes::testkit::{Rig, harness, run, session, type_into};

    /// State of the Union, in its first guided phase (appreciations, what went right, one issue).
    fn guided_rig() -> egui_kittest::Harness<'static, Rig<GuidedPanel>> {
        let mut state = session("state-of-the-union");
        let guided = state
            .info
            .phases
            .iter()
            .position(|p| matches!(p.kind, PhaseKind::GuidedSteps { .. }))
            .unwrap();
        run(&mut state, &Command::GoToPhase(guided));
        let mut rig = Rig::new(state);
        rig.now = rig.state.last.at;
        harness(rig, GuidedPanel::ui)
    }

    #[test]
    fn the_current_step_is_shown_with_its_countdown_and_overtime() {
        let mut h = guided_rig();
        h.run();
        assert!(h.query_by_label("Step 1 of 3").is_some());
        assert!(h.query_by_label("8:00").is_some(), "a fresh 8-minute step");
        assert!(
            h.query_by_label_contains("Let's begin with what's good")
                .is_some()
        );
        assert!(
            h.get_by_label("Previous step")
                .accesskit_node()
                .is_disabled(),
            "no step before the first"
        );

        h.state_mut().now += 8 * MINUTE + 15_000;
        h.run();
        assert!(
            h.query_by_label("+0:15").is_some(),
            "overtime, never a lockout"
        );
        assert!(!h.get_by_label("Next step").accesskit_node().is_disabled());
    }

    #[test]
    fn next_and_previous_move_through_the_steps() {
        let mut h = guided_rig();
        h.run();
        h.get_by_label("Next step").click();
        h.run();
        assert_eq!(h.state_mut().take(), vec![Command::NextStep]);
        assert!(h.query_by_label("Step 2 of 3").is_some());
        assert!(h.query_by_label("5:00").is_some());
        h.get_by_label("Previous step").click();
        h.run();
        assert_eq!(h.state_mut().take(), vec![Command::PreviousStep]);
        assert!(h.query_by_label("Step 1 of 3").is_some());
    }

    #[test]
    fn a_step_note_is_recorded_when_left_and_stays_with_its_step() {
        let mut h = guided_rig();
        h.run();
        let phase = h.state().state.phase;
        h.get_by_label("Notes on this step").click();
        h.run();
        h.get_by_label("Notes on this step")
            .type_text("Five each, warm");
        h.step();
        assert!(h.state().sent.is_empty());
        // Moving on takes the focus away: the note is recorded in the same frame.
        h.get_by_label("Next step").click();
        h.run();
        let sent = h.state_mut().take();
        assert_eq!(sent.len(), 2, "{sent:?}");
        assert!(sent.contains(&Command::NextStep));
        assert!(sent.contains(&Command::SetStepNote {
            phase,
            step: 0,
            text: "Five each, warm".into()
        }));
        assert_eq!(
            h.get_by_label("Notes on this step").value().as_deref(),
            Some("")
        );
        h.get_by_label("Previous step").click();
        h.run();
        assert_eq!(
            h.get_by_label("Notes on this step").value().as_deref(),
            Some("Five each, warm")
        );
    }

    #[test]
    fn flush_records_a_step_note_still_being_typed() {
        let mut h = guided_rig();
        h.run();
        let phase = h.state().state.phase;
        type_into(&mut h, "Notes on this step", "Emma found three");
        let Rig { panel, state, .. } = h.state_mut();
        assert_eq!(
            panel.flush(state),
            vec![Command::SetStepNote {
                phase,
                step: 0,
                text: "Emma found three".into()
            }]
        );
        assert!(panel.flush(state).is_empty(), "handed over once");
    }
}
