//! Ground rules: each rule large and readable, each partner agrees separately; rules can be
//! edited, removed and added.

use egui::{RichText, TextEdit};

use super::homework::{checked_line, format_date};
use crate::model::{Ms, Side};
use crate::session::{Command, RULES_MAX, SessionState};
use crate::t;
use crate::ui::style::short_name;

/// A rule whose wording is being changed.
#[derive(Debug, Clone, PartialEq)]
struct Edit {
    id: u32,
    text: String,
    error: Option<String>,
    /// The wording handed to the engine.
    sent: Option<String>,
}

/// The ground rules panel.
#[derive(Debug, Default)]
pub struct RulesPanel {
    new_rule: String,
    add_error: Option<String>,
    /// The rule just added: the field clears once the session has it.
    submitted: Option<String>,
    editing: Option<Edit>,
    /// The rule whose removal waits for a second click.
    confirm_remove: Option<u32>,
}

/// The wording of a rule, cleaned, or a sentence saying what is wrong with it.
fn clean_rule(raw: &str) -> Result<String, String> {
    checked_line(
        raw,
        true,
        || t!("phase-rules-need-rule"),
        |max, count| t!("phase-rules-too-long", max = max, count = count),
    )
}

/// The cleaned rule, or the sentence the engine would refuse it with.
fn check_new_rule(state: &SessionState, raw: &str) -> Result<String, String> {
    let text = clean_rule(raw)?;
    if state.rules.len() >= RULES_MAX {
        return Err(t!("phase-rules-too-many", max = RULES_MAX));
    }
    if state
        .rules
        .iter()
        .any(|r| r.text.eq_ignore_ascii_case(&text))
    {
        return Err(t!("phase-rules-duplicate"));
    }
    Ok(text)
}

impl RulesPanel {
    /// A rule being typed and not added, or a change to one not saved.
    pub fn unrecorded(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.new_rule.trim().is_empty() && self.submitted.is_none() {
            out.push(t!("phase-unrecorded-rule-new"));
        }
        if self.editing.as_ref().is_some_and(|e| e.sent.is_none()) {
            out.push(t!("phase-unrecorded-rule-change"));
        }
        out
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, state: &SessionState, _now: Ms) -> Vec<Command> {
        let mut out = Vec::new();
        self.settle(state);
        let (a, b) = (state.name(Side::A), state.name(Side::B));

        self.status(ui, state);
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            for side in Side::BOTH {
                let all = !state.rules.is_empty() && state.rules.iter().all(|r| r.agreed_by(side));
                let button = egui::Button::new(t!(
                    "phase-rules-agree-all",
                    name = short_name(state.name(side)).into_owned()
                ));
                if ui
                    .add_enabled(!all && !state.rules.is_empty(), button)
                    .clicked()
                {
                    out.push(Command::AgreeAllRules { side });
                }
            }
        });
        ui.add_space(8.0);

        if state.rules.is_empty() {
            ui.weak(t!("phase-rules-none-yet", a = a, b = b));
        }
        for rule in &state.rules {
            ui.push_id(("rule", rule.id), |ui| {
                let frame = if rule.agreed_by_both() {
                    egui::Frame::group(ui.style())
                        .stroke(egui::Stroke::new(1.0, ui.visuals().hyperlink_color))
                } else {
                    egui::Frame::group(ui.style())
                };
                frame.inner_margin(12.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    match &mut self.editing {
                        Some(edit) if edit.id == rule.id => match edit_rule(ui, edit) {
                            EditOutcome::Editing => {}
                            EditOutcome::Save(command) => out.push(command),
                            EditOutcome::Cancel => self.editing = None,
                        },
                        _ => self.rule_ui(ui, state, rule, &mut out),
                    }
                });
            });
            ui.add_space(4.0);
        }

        ui.add_space(8.0);
        self.add_rule(ui, state, &mut out);
        other_rules(ui, state, &mut out);
        out
    }

    /// Clears the add field once the rule is on the list; ends an edit once it is saved.
    fn settle(&mut self, state: &SessionState) {
        if let Some(text) = self.submitted.take()
            && state.rules.iter().any(|r| r.text == text)
        {
            self.new_rule.clear();
        }
        if let Some(edit) = &self.editing {
            let done = match state.rule(edit.id) {
                None => true,
                // Saved: the edit is over once the session has its wording.
                Some(rule) => edit.sent.as_ref() == Some(&rule.text),
            };
            if done {
                self.editing = None;
            }
        }
        if let Some(id) = self.confirm_remove
            && state.rule(id).is_none()
        {
            self.confirm_remove = None;
        }
    }

    fn status(&self, ui: &mut egui::Ui, state: &SessionState) {
        let total = state.rules.len();
        if total == 0 {
            return;
        }
        if state.rules.iter().all(|r| r.agreed_by_both()) {
            ui.label(
                RichText::new(t!(
                    "phase-rules-all-agreed",
                    a = state.name(Side::A),
                    b = state.name(Side::B)
                ))
                .size(18.0)
                .strong()
                .color(ui.visuals().hyperlink_color),
            );
            return;
        }
        let count = |side: Side| state.rules.iter().filter(|r| r.agreed_by(side)).count();
        ui.weak(t!(
            "phase-rules-status",
            a = state.name(Side::A),
            a_count = count(Side::A),
            b = state.name(Side::B),
            b_count = count(Side::B),
            total = total,
        ));
    }

    fn rule_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        rule: &crate::session::RuleState,
        out: &mut Vec<Command>,
    ) {
        ui.add(
            egui::Label::new(
                RichText::new(&rule.text)
                    .size(20.0)
                    .color(ui.visuals().strong_text_color()),
            )
            .wrap(),
        );
        if rule.agreed_by_both() {
            ui.label(
                RichText::new(t!("phase-rules-agreed-by-both")).color(ui.visuals().hyperlink_color),
            );
        } else if let Some(date) = rule.agreed_before {
            ui.weak(t!(
                "phase-rules-agreed-before",
                date = format_date(date, "phase-date-full")
            ));
        }
        ui.add_space(2.0);
        ui.horizontal(|ui| {
            for side in Side::BOTH {
                let mut agreed = rule.agreed_by(side);
                if ui
                    .checkbox(
                        &mut agreed,
                        t!(
                            "phase-rules-agrees",
                            name = short_name(state.name(side)).into_owned()
                        ),
                    )
                    .changed()
                {
                    out.push(Command::AgreeRule {
                        id: rule.id,
                        side,
                        agreed,
                    });
                }
                ui.add_space(12.0);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if self.confirm_remove != Some(rule.id) {
                    if ui.small_button(t!("phase-remove")).clicked() {
                        self.confirm_remove = Some(rule.id);
                    }
                    if ui.small_button(t!("phase-edit")).clicked() {
                        self.editing = Some(Edit {
                            id: rule.id,
                            text: rule.text.clone(),
                            error: None,
                            sent: None,
                        });
                        self.confirm_remove = None;
                    }
                }
            });
        });
        if self.confirm_remove == Some(rule.id) {
            ui.horizontal(|ui| {
                ui.label(t!("phase-rules-remove-question"));
                if ui.button(t!("phase-rules-remove")).clicked() {
                    out.push(Command::RemoveRule { id: rule.id });
                }
                if ui.button(t!("phase-rules-keep")).clicked() {
                    self.confirm_remove = None;
                }
            });
        }
    }

    fn add_rule(&mut self, ui: &mut egui::Ui, state: &SessionState, out: &mut Vec<Command>) {
        let label = ui.label(RichText::new(t!("phase-rules-add-label")).strong());
        let mut add = false;
        ui.horizontal(|ui| {
            let response = ui
                .add(
                    TextEdit::singleline(&mut self.new_rule)
                        .hint_text(t!("phase-rules-add-hint"))
                        .desired_width(ui.available_width() - 100.0),
                )
                .labelled_by(label.id);
            if response.changed() {
                self.add_error = None;
            }
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                add = true;
            }
            if ui.button(t!("phase-rules-add")).clicked() {
                add = true;
            }
        });
        if add {
            match check_new_rule(state, &self.new_rule) {
                Ok(text) => {
                    self.add_error = None;
                    self.submitted = Some(text.clone());
                    out.push(Command::AddRule { text });
                }
                Err(why) => self.add_error = Some(why),
            }
        }
        if let Some(why) = &self.add_error {
            ui.colored_label(ui.visuals().error_fg_color, why);
        }
    }
}

/// The edit field of one rule; returns the command when the therapist saves.
fn edit_rule(ui: &mut egui::Ui, edit: &mut Edit) -> EditOutcome {
    let label = ui.label(RichText::new(t!("phase-rules-wording")).strong());
    let response = ui
        .add(
            TextEdit::singleline(&mut edit.text)
                .desired_width(f32::INFINITY)
                .font(egui::TextStyle::Heading),
        )
        .labelled_by(label.id);
    if response.changed() {
        edit.error = None;
    }
    let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.weak(t!("phase-rules-reword-note"));
    if let Some(why) = &edit.error {
        ui.colored_label(ui.visuals().error_fg_color, why);
    }
    let (save, cancel) = ui
        .horizontal(|ui| {
            let save = ui.button(t!("phase-rules-save")).clicked();
            (save, ui.button(t!("phase-cancel")).clicked())
        })
        .inner;
    if cancel {
        return EditOutcome::Cancel;
    }
    if !(save || enter) {
        return EditOutcome::Editing;
    }
    match clean_rule(&edit.text) {
        Ok(text) => {
            edit.sent = Some(text.clone());
            EditOutcome::Save(Command::EditRule { id: edit.id, text })
        }
        Err(why) => {
            edit.error = Some(why);
            EditOutcome::Editing
        }
    }
}

enum EditOutcome {
    Editing,
    Save(Command),
    Cancel,
}

/// The protocol's own set of ground rules (PREP's), offered instead of the ones in force.
fn other_rules(ui: &mut egui::Ui, state: &SessionState, out: &mut Vec<Command>) {
    let Some(set) = &state.info.other_rules else {
        return;
    };
    let in_force = state
        .rules
        .iter()
        .map(|r| r.text.as_str())
        .eq(set.rules.iter().map(String::as_str));
    if in_force {
        return;
    }
    ui.add_space(12.0);
    egui::CollapsingHeader::new(RichText::new(t!("phase-rules-other", name = &set.name)).strong())
        .id_salt("other-rules")
        .show(ui, |ui| {
            for rule in &set.rules {
                ui.horizontal_wrapped(|ui| {
                    ui.label("•");
                    ui.label(rule);
                });
            }
            ui.add_space(4.0);
            if ui
                .button(t!("phase-rules-use-other", name = &set.name))
                .on_hover_text(t!("phase-rules-use-other-hover"))
                .clicked()
            {
                out.push(Command::UseOtherRules);
            }
        });
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use super::*;
    use crate::ui::console::notes::testkit::{Rig, harness, retype, session, type_into};

    fn rules_rig() -> egui_kittest::Harness<'static, Rig<RulesPanel>> {
        harness(Rig::new(session("speaker-listener")), RulesPanel::ui)
    }

    #[test]
    fn each_partner_agrees_to_all_and_the_panel_says_so() {
        let mut h = rules_rig();
        h.run();
        let rules = h.state().state.rules.len();
        assert!(rules >= 4, "the template brings its default rules");
        assert_eq!(h.get_all_by_label("Sophie agrees").count(), rules);
        h.get_by_label("Emma agrees to all").click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::AgreeAllRules { side: Side::B }]
        );
        assert!(
            h.query_by_label_contains("have agreed to every rule")
                .is_none()
        );
        h.get_by_label("Sophie agrees to all").click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::AgreeAllRules { side: Side::A }]
        );
        assert!(
            h.query_by_label("Sophie and Emma have agreed to every rule.")
                .is_some()
        );
    }

    #[test]
    fn one_partner_agrees_to_one_rule_and_can_take_it_back() {
        let mut h = rules_rig();
        h.run();
        let first = h.state().state.rules[0].id;
        h.get_all_by_label("Sophie agrees").next().unwrap().click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::AgreeRule {
                id: first,
                side: Side::A,
                agreed: true
            }]
        );
        h.get_all_by_label("Sophie agrees").next().unwrap().click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::AgreeRule {
                id: first,
                side: Side::A,
                agreed: false
            }]
        );
    }

    #[test]
    fn a_custom_rule_is_added_and_a_duplicate_is_explained() {
        let mut h = rules_rig();
        h.run();
        type_into(&mut h, "Add a rule", "  We keep money talks for Sunday  ");
        h.get_by_label("Add rule").click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::AddRule {
                text: "We keep money talks for Sunday".into()
            }]
        );
        assert!(h.query_by_label("We keep money talks for Sunday").is_some());
        assert_eq!(h.get_by_label("Add a rule").value().as_deref(), Some(""));

        type_into(&mut h, "Add a rule", "we keep money talks for sunday");
        h.key_press(egui::Key::Enter);
        h.run();
        assert!(h.state().sent.is_empty());
        assert!(
            h.query_by_label("That rule is already on the list.")
                .is_some()
        );
    }

    #[test]
    fn a_rule_is_reworded_and_removed_after_a_second_click() {
        let mut h = rules_rig();
        h.run();
        let first = h.state().state.rules[0].clone();
        h.get_all_by_label("Edit").next().unwrap().click();
        h.run();
        assert_eq!(
            h.get_by_label("Wording of the rule").value().as_deref(),
            Some(first.text.as_str())
        );
        retype(&mut h, "Wording of the rule", "No raised voices");
        h.get_by_label("Save rule").click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::EditRule {
                id: first.id,
                text: "No raised voices".into()
            }]
        );
        assert!(
            h.query_by_label("Wording of the rule").is_none(),
            "the edit is over"
        );
        assert!(h.query_by_label("No raised voices").is_some());

        h.get_all_by_label("Remove").next().unwrap().click();
        h.run();
        assert!(h.state().sent.is_empty(), "removing asks first");
        h.get_by_label("Remove rule").click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::RemoveRule { id: first.id }]
        );
        assert!(h.query_by_label("No raised voices").is_none());
    }
}
