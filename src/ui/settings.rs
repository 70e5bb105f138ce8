//! Settings: practice and therapist name, paper, note format, protocol, theme, text size, and
//! where the data lives (with any template problems in plain words).

use super::action::Action;
use super::home::problems;
use crate::model::{Minutes, NoteFormat, Paper, Settings, StageSeconds, Theme};
use crate::practice::Practice;

#[derive(Default)]
pub struct SettingsView {
    draft: Settings,
}

impl SettingsView {
    pub fn load(&mut self, practice: &Practice) {
        self.draft = practice.settings().clone();
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, practice: &Practice) -> Vec<Action> {
        let mut actions = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.set_max_width(720.0);
                ui.horizontal(|ui| {
                    if ui.button("Back").clicked() {
                        actions.push(Action::GoHome);
                    }
                    ui.heading("Settings");
                });
                ui.add_space(12.0);
                let d = &mut self.draft;
                egui::Grid::new("settings").num_columns(2).spacing([24.0, 12.0]).show(ui, |ui| {
                    let l = ui.label("Practice name");
                    ui.add(egui::TextEdit::singleline(&mut d.practice_name).desired_width(320.0)).labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label("Therapist name");
                    ui.add(egui::TextEdit::singleline(&mut d.therapist_name).desired_width(320.0)).labelled_by(l.id);
                    ui.end_row();
                    ui.label("Paper size");
                    ui.horizontal(|ui| {
                        for p in [Paper::A4, Paper::Letter] {
                            ui.selectable_value(&mut d.paper, p, p.label());
                        }
                    });
                    ui.end_row();
                    ui.label("Note format");
                    ui.horizontal(|ui| {
                        for f in NoteFormat::ALL {
                            ui.selectable_value(&mut d.note_format, f, f.label());
                        }
                    });
                    ui.end_row();
                    ui.label("First protocol offered");
                    let chosen = practice.templates().by_id(&d.default_template).map(|t| t.name.clone()).unwrap_or_default();
                    egui::ComboBox::from_id_salt("default-template").selected_text(chosen).width(320.0).show_ui(ui, |ui| {
                        for t in &practice.templates().templates {
                            ui.selectable_value(&mut d.default_template, t.id.clone(), &t.name);
                        }
                    }).response.labelled_by(l.id);
                    ui.end_row();
                    ui.label("Theme");
                    ui.horizontal(|ui| {
                        ui.selectable_value(&mut d.theme, Theme::Light, "Light");
                        ui.selectable_value(&mut d.theme, Theme::Dark, "Dark");
                    });
                    ui.end_row();
                    ui.label("Couple display");
                    ui.horizontal(|ui| {
                        ui.selectable_value(&mut d.display_theme, Theme::Dark, "Dark room");
                        ui.selectable_value(&mut d.display_theme, Theme::Light, "Bright room");
                        ui.checkbox(&mut d.display_rules, "Show the ground rules");
                    });
                    ui.end_row();
                    ui.label("Chime");
                    ui.checkbox(&mut d.chime, "Soft chime when a stage's time is up");
                    ui.end_row();
                    ui.label("Text size");
                    ui.add(
                        egui::Slider::new(&mut d.text_scale, Settings::TEXT_SCALE_MIN..=Settings::TEXT_SCALE_MAX)
                            .text("times normal")
                            .step_by(0.1),
                    );
                    ui.end_row();
                    ui.label("Data folder");
                    ui.monospace(practice.root().display().to_string());
                    ui.end_row();
                });
                ui.add_space(16.0);
                ui.heading("Timer lengths");
                ui.weak("For sessions you start from now on. Unticked, each protocol's own length applies.");
                ui.add_space(4.0);
                let dur = &mut self.draft.durations;
                egui::Grid::new("durations").num_columns(2).spacing([24.0, 10.0]).show(ui, |ui| {
                    let stage = |n| StageSeconds::new(n).ok();
                    let minutes = |n| Minutes::new(n).ok();
                    let secs = StageSeconds::MIN..=StageSeconds::MAX;
                    duration_row(ui, "Speaking", &mut dur.speak_seconds, " s", secs.clone(), StageSeconds::get, stage, 120);
                    duration_row(ui, "Paraphrasing", &mut dur.paraphrase_seconds, " s", secs, StageSeconds::get, stage, 60);
                    duration_row(ui, "Timeout when flooded", &mut dur.flooding_minutes, " min", 1..=Minutes::MAX, Minutes::get, minutes, 20);
                    duration_row(ui, "Short break", &mut dur.break_minutes, " min", 1..=Minutes::MAX, Minutes::get, minutes, 5);
                });
                ui.add_space(12.0);
                if ui.button("Save settings").clicked() {
                    actions.push(Action::SaveSettings(self.draft.clone()));
                }
                ui.add_space(16.0);
                ui.heading("Protocol templates");
                ui.weak(format!(
                    "To adapt one, copy it from the shipped templates into {} and edit it; keep its id to replace the shipped one.",
                    practice.root().join("templates").display()
                ));
                ui.add_space(4.0);
                for t in &practice.templates().templates {
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(&t.name);
                        ui.weak(format!("· about {} min · {}", t.planned_minutes(), t.source));
                    });
                }
                problems(ui, practice);
            });
        });
        actions
    }
}

/// One timer length: the protocol's own, or the therapist's.
#[allow(clippy::too_many_arguments)]
fn duration_row<T: Copy>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut Option<T>,
    unit: &str,
    range: std::ops::RangeInclusive<u32>,
    get: impl Fn(T) -> u32,
    make: impl Fn(u32) -> Option<T>,
    default: u32,
) {
    ui.label(label);
    ui.horizontal(|ui| {
        let mut own = value.is_some();
        if ui
            .checkbox(&mut own, format!("{label}: my own length"))
            .changed()
        {
            *value = if own { make(default) } else { None };
        }
        match value {
            Some(v) => {
                let mut n = get(*v);
                ui.add(egui::DragValue::new(&mut n).range(range).suffix(unit));
                if let Some(new) = make(n) {
                    *v = new;
                }
            }
            None => {
                ui.weak("as the protocol sets it");
            }
        }
    });
    ui.end_row();
}
