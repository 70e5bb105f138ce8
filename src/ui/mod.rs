//! The eframe app. Views read state and return commands; they never write files.

use crate::store::{Listing, Problem};

/// The window shown until the therapist's console lands: the practice at a glance.
pub struct GroundworkApp {
    title: String,
    couples: Vec<(String, Option<String>, usize)>,
    problems: Vec<Problem>,
}

impl GroundworkApp {
    pub fn new(title: String, listing: Listing) -> GroundworkApp {
        let mut couples: Vec<_> = listing
            .couples
            .iter()
            .map(|c| {
                (
                    c.couple.display_name(),
                    c.last_session()
                        .map(|s| s.date.format("%-d %B %Y").to_string()),
                    c.couple.open_agreements().count(),
                )
            })
            .collect();
        couples.sort_by_key(|(name, _, _)| name.to_lowercase());
        GroundworkApp {
            title,
            couples,
            problems: listing.problems,
        }
    }
}

impl eframe::App for GroundworkApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(&self.title);
            ui.add_space(8.0);
            if self.couples.is_empty() {
                ui.label("No couples yet. Run `groundwork --demo` to explore a sample practice.");
            }
            egui::Grid::new("couples").striped(true).show(ui, |ui| {
                for (name, last, open) in &self.couples {
                    ui.label(name);
                    ui.label(last.as_deref().unwrap_or("no sessions yet"));
                    ui.label(format!("{open} open agreements"));
                    ui.end_row();
                }
            });
            for p in &self.problems {
                ui.colored_label(ui.visuals().warn_fg_color, p.sentence());
            }
        });
    }
}
