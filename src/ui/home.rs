//! Home: the couples, searchable, with the last session and open agreements; add a couple.

use egui::{Align, Layout, RichText};

use super::action::Action;
use super::keys;
use super::style::{self, short_name};
use crate::model::CoupleId;
use crate::practice::Practice;

#[derive(Default)]
pub struct HomeView {
    search: String,
    name_a: String,
    name_b: String,
    pub form_error: Option<String>,
    /// Ctrl+F was pressed: the search field takes the keyboard.
    focus_search: bool,
    /// Sessions left running (the app closed or crashed during them), found when the list loads.
    unfinished: Vec<(CoupleId, std::path::PathBuf, String)>,
}

impl HomeView {
    /// Re-reads what the screen needs that is not in the practice listing.
    pub fn refresh(&mut self, practice: &Practice) {
        self.unfinished = practice
            .recent_unfinished_sessions()
            .into_iter()
            .map(|(id, file)| {
                let name = practice
                    .couple(&id)
                    .map(|c| c.couple.display_name())
                    .unwrap_or_default();
                (id, file.path, name)
            })
            .collect();
    }

    pub fn clear_form(&mut self) {
        self.name_a.clear();
        self.name_b.clear();
        self.form_error = None;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, practice: &Practice) -> Vec<Action> {
        let mut actions = Vec::new();
        for key in keys::resolve(ui.ctx(), keys::Place::Home) {
            if key == keys::KeyAction::SearchCouples {
                self.focus_search = true;
            }
        }
        egui::Panel::top("home-top").show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ui.heading("Groundwork");
                let practice_name = &practice.settings().practice_name;
                if practice.is_demo() {
                    ui.weak("sample practice");
                } else if !practice_name.is_empty() {
                    ui.weak(practice_name);
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui.button("Settings").clicked() {
                        actions.push(Action::OpenSettings);
                    }
                });
            });
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.set_max_width(880.0);
                for (id, path, name) in &self.unfinished {
                    egui::Frame::group(ui.style())
                        .fill(style::ACCENT.gamma_multiply(0.12))
                        .show(ui, |ui| {
                            // Wrapped: a long name must not push the button off the window.
                            ui.horizontal_wrapped(|ui| {
                                // The truth about why it is open: left a moment ago in this
                                // window, or Groundwork stopped during it.
                                match practice.left_open().filter(|(_, p)| *p == path.as_path()) {
                                    Some((number, _)) => {
                                        ui.label(
                                            RichText::new(format!(
                                                "{name}: session {number} is still open"
                                            ))
                                            .strong(),
                                        );
                                        ui.weak("You left it without ending it; its timers are as you left them.");
                                    }
                                    None => {
                                        ui.label(
                                            RichText::new(format!(
                                                "{name}: a session is still open"
                                            ))
                                            .strong(),
                                        );
                                        ui.weak("Groundwork closed before it ended. Nothing was lost.");
                                    }
                                }
                                let resume = format!("Resume {}'s session", short_name(name));
                                if ui.button(resume).clicked() {
                                    actions.push(Action::OpenSession(path.clone()));
                                }
                                let _ = id;
                            });
                        });
                    ui.add_space(6.0);
                }

                if practice.couples().is_empty() {
                    self.welcome(ui, practice, &mut actions);
                } else {
                    self.list(ui, practice, &mut actions);
                }
                ui.add_space(16.0);
                self.new_couple(ui, &mut actions);
                problems(ui, practice);
            });
        });
        actions
    }

    fn welcome(&mut self, ui: &mut egui::Ui, practice: &Practice, actions: &mut Vec<Action>) {
        ui.add_space(24.0);
        ui.label(RichText::new("Welcome to Groundwork").size(28.0));
        ui.add_space(6.0);
        ui.label("Add the first couple below to begin. Everything stays on this computer.");
        if !practice.is_demo() {
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.label("New here? Look around a sample practice first:");
                if ui.button("Open the sample practice").clicked() {
                    actions.push(Action::OpenDemo);
                }
            });
            ui.weak("It opens in a temporary folder and never mixes with your own data.");
        }
    }

    fn list(&mut self, ui: &mut egui::Ui, practice: &Practice, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            let label = ui.label("Search couples");
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.search)
                        .hint_text("a partner's name  (Ctrl+F)")
                        .desired_width(280.0),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_search) {
                response.request_focus();
            }
        });
        ui.add_space(8.0);
        let found = practice.search(&self.search);
        if found.is_empty() {
            ui.weak(format!("No couple matches \"{}\".", self.search.trim()));
            return;
        }
        egui::Grid::new("couples")
            .num_columns(3)
            .striped(true)
            .min_col_width(160.0)
            // A long name wraps within its column rather than pushing the others away.
            .max_col_width(440.0)
            .spacing([24.0, 10.0])
            .show(ui, |ui| {
                ui.strong("Couple");
                ui.strong("Last session");
                ui.strong("Open agreements");
                ui.end_row();
                for summary in found {
                    let couple = &summary.couple;
                    if ui
                        .link(RichText::new(couple.display_name()).size(16.0))
                        .clicked()
                    {
                        actions.push(Action::OpenCouple(couple.id.clone()));
                    }
                    match summary.last_session() {
                        Some(s) => ui.label(s.date.format("%a %-d %b %Y").to_string()),
                        None => ui.weak("no sessions yet"),
                    };
                    ui.label(couple.open_agreements().count().to_string());
                    ui.end_row();
                }
            });
    }

    fn new_couple(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.strong("Add a couple");
            ui.horizontal(|ui| {
                let a = ui.label("First partner");
                let ra = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.name_a)
                            .hint_text("name")
                            .desired_width(180.0),
                    )
                    .labelled_by(a.id);
                let b = ui.label("Second partner");
                let rb = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.name_b)
                            .hint_text("name")
                            .desired_width(180.0),
                    )
                    .labelled_by(b.id);
                let enter = (ra.lost_focus() || rb.lost_focus())
                    && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button("Add couple").clicked() || enter {
                    actions.push(Action::CreateCouple {
                        a: self.name_a.clone(),
                        b: self.name_b.clone(),
                    });
                }
            });
            if let Some(err) = &self.form_error {
                ui.colored_label(style::OVERTIME, err);
            }
        });
    }
}

/// Files that could not be read, each in one plain sentence.
pub fn problems(ui: &mut egui::Ui, practice: &Practice) {
    let problems: Vec<_> = practice.problems().collect();
    if problems.is_empty() {
        return;
    }
    ui.add_space(16.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.strong("Some files could not be read");
        for p in problems {
            ui.colored_label(style::WARN, p.sentence());
        }
    });
}
