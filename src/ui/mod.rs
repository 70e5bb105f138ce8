//! The eframe app. Views read state and return commands; they never write files (the
//! [`Practice`] does).

use crate::practice::Practice;

/// The window shown until the therapist's console lands: the practice at a glance.
pub struct GroundworkApp {
    title: String,
    practice: Practice,
}

impl GroundworkApp {
    pub fn new(title: String, practice: Practice) -> GroundworkApp {
        GroundworkApp { title, practice }
    }
}

impl eframe::App for GroundworkApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(&self.title);
            ui.add_space(8.0);
            if self.practice.couples().is_empty() {
                ui.label("No couples yet. Run `groundwork --demo` to explore a sample practice.");
            }
            egui::Grid::new("couples").striped(true).show(ui, |ui| {
                for summary in self.practice.couples() {
                    ui.label(summary.couple.display_name());
                    ui.label(
                        summary
                            .last_session()
                            .map_or("no sessions yet".to_owned(), |s| {
                                s.date.format("%-d %B %Y").to_string()
                            }),
                    );
                    ui.label(format!(
                        "{} open agreements",
                        summary.couple.open_agreements().count()
                    ));
                    ui.end_row();
                }
            });
            for p in self.practice.problems() {
                ui.colored_label(ui.visuals().warn_fg_color, p.sentence());
            }
        });
    }
}
