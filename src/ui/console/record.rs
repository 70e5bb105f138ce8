//! For the record: who was in the session, how it was held and billed, risk; then the
//! signature that locks the notes, and dated addenda after it.

use egui::{RichText, TextEdit};

use crate::model::{Modality, Risk, SessionRecord, default_service_code};
use crate::session::{Command, SessionState};
use crate::t;
use crate::ui::style::short_name;

/// Typing in the record's text fields, and whether signing is being confirmed.
#[derive(Debug, Default)]
pub struct RecordPanel {
    service_code: Option<String>,
    diagnosis: Option<String>,
    concerns: Option<String>,
    addendum: String,
    confirm_sign: bool,
}

impl RecordPanel {
    /// `signer` is "Dr Ana María Ortiz, LMFT" from Settings, or empty.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &SessionState, signer: &str) -> Vec<Command> {
        let mut out = Vec::new();
        heading(ui, &t!("console-record"));
        let signed = state.signed.is_some();
        ui.add_enabled_ui(!signed, |ui| self.fields(ui, state, &mut out));
        if state.is_ended() {
            heading(ui, &t!("console-signature"));
            match &state.signed {
                Some(s) => self.addenda(ui, state, s, &mut out),
                None => self.sign(ui, signer, &mut out),
            }
        }
        out
    }

    fn fields(&mut self, ui: &mut egui::Ui, state: &SessionState, out: &mut Vec<Command>) {
        let record = &state.record;
        let mut changed = record.clone();
        egui::Grid::new("groundwork-record")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                ui.label(t!("console-present"));
                ui.horizontal(|ui| {
                    for (i, side) in crate::model::Side::BOTH.into_iter().enumerate() {
                        // Short: a long name here would widen the whole summary.
                        ui.checkbox(&mut changed.present[i], short_name(state.name(side)))
                            .on_hover_text(state.name(side));
                    }
                });
                ui.end_row();
                ui.label(t!("console-held"));
                ui.horizontal(|ui| {
                    for m in Modality::ALL {
                        ui.selectable_value(&mut changed.modality, m, modality_label(m));
                    }
                });
                ui.end_row();
                let l = ui.label(t!("console-service-code"));
                let code = self
                    .service_code
                    .get_or_insert_with(|| record.service_code.clone());
                let r = ui
                    .add(TextEdit::singleline(code).desired_width(120.0))
                    .labelled_by(l.id);
                if r.lost_focus() {
                    changed.service_code = code.clone();
                }
                ui.end_row();
                let l = ui.label(t!("console-diagnosis-code"));
                let diagnosis = self
                    .diagnosis
                    .get_or_insert_with(|| record.diagnosis.clone());
                let r = ui
                    .add(TextEdit::singleline(diagnosis).desired_width(120.0))
                    .labelled_by(l.id);
                if r.lost_focus() {
                    changed.diagnosis = diagnosis.clone();
                }
                ui.end_row();
                ui.label(t!("console-risk"));
                ui.horizontal(|ui| {
                    let mut concerns =
                        matches!(record.risk, Risk::Concerns(_)) || self.concerns.is_some();
                    ui.selectable_value(&mut concerns, false, t!("console-risk-none"));
                    ui.selectable_value(&mut concerns, true, t!("console-risk-concerns"));
                    if concerns {
                        // Recorded once the concerns are put in words, below.
                        self.concerns.get_or_insert_with(|| match &record.risk {
                            Risk::Concerns(w) => w.clone(),
                            Risk::NoneNoted => String::new(),
                        });
                    } else {
                        self.concerns = None;
                        changed.risk = Risk::NoneNoted;
                    }
                });
                ui.end_row();
            });
        if let Some(words) = &mut self.concerns {
            let l = ui.label(t!("console-risk-what"));
            let r = ui
                .add(TextEdit::singleline(words).desired_width(f32::INFINITY))
                .labelled_by(l.id);
            if r.lost_focus() && !words.trim().is_empty() {
                changed.risk = Risk::Concerns(words.clone());
            }
        }
        // A code still at its default follows who was present (90847 both, 90846 one).
        if changed.present != record.present
            && record.service_code == default_service_code(record.present)
        {
            changed.service_code = default_service_code(changed.present).to_owned();
            self.service_code = Some(changed.service_code.clone());
        }
        if changed != *record {
            out.push(Command::SetRecord(changed));
        }
    }

    fn sign(&mut self, ui: &mut egui::Ui, signer: &str, out: &mut Vec<Command>) {
        if signer.is_empty() {
            ui.weak(t!("console-sign-needs-name"));
            return;
        }
        ui.weak(t!("console-sign-note"));
        if !self.confirm_sign {
            if ui.button(t!("console-sign-start")).clicked() {
                self.confirm_sign = true;
            }
            return;
        }
        ui.label(RichText::new(t!("console-sign-confirm", signer = signer)).strong());
        ui.horizontal(|ui| {
            if ui.button(t!("console-sign")).clicked() {
                out.push(Command::Sign {
                    by: signer.to_owned(),
                });
                self.confirm_sign = false;
            }
            if ui.button(t!("console-not-now")).clicked() {
                self.confirm_sign = false;
            }
        });
    }

    fn addenda(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        signed: &crate::session::Signature,
        out: &mut Vec<Command>,
    ) {
        ui.label(t!(
            "console-signed",
            by = &signed.by,
            date = super::full_date(signed.wall.date_naive()),
            time = signed.wall.format("%H:%M").to_string()
        ));
        for a in &state.addenda {
            ui.weak(t!(
                "console-addendum-line",
                date = super::day_and_month(a.wall.date_naive()),
                time = a.wall.format("%H:%M").to_string(),
                text = &a.text
            ));
        }
        let l = ui.label(t!("console-addendum"));
        ui.add(
            TextEdit::multiline(&mut self.addendum)
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .hint_text(t!("console-addendum-hint")),
        )
        .labelled_by(l.id);
        if ui.button(t!("console-add-addendum")).clicked() && !self.addendum.trim().is_empty() {
            out.push(Command::AddAddendum(std::mem::take(&mut self.addendum)));
        }
    }

    /// An addendum typed and not added, in words.
    pub fn unrecorded(&self) -> Vec<String> {
        if self.addendum.trim().is_empty() {
            Vec::new()
        } else {
            vec![t!("console-addendum-unrecorded")]
        }
    }

    /// Record fields typed and not yet recorded, to record now.
    pub fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        if state.signed.is_some() {
            return Vec::new();
        }
        let mut record: SessionRecord = state.record.clone();
        if let Some(code) = &self.service_code {
            record.service_code = code.clone();
        }
        if let Some(d) = &self.diagnosis {
            record.diagnosis = d.clone();
        }
        if let Some(words) = self.concerns.as_ref().filter(|w| !w.trim().is_empty()) {
            record.risk = Risk::Concerns(words.clone());
        }
        if record == state.record {
            Vec::new()
        } else {
            vec![Command::SetRecord(record)]
        }
    }
}

/// How the session was held, in the therapist's words.
fn modality_label(modality: Modality) -> String {
    match modality {
        Modality::InPerson => t!("console-modality-in-person"),
        Modality::Telehealth => t!("console-modality-telehealth"),
    }
}

fn heading(ui: &mut egui::Ui, title: &str) {
    ui.add_space(12.0);
    ui.label(RichText::new(title).strong().size(17.0));
    ui.add_space(2.0);
}
