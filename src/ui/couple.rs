//! A couple's page: partners, ground rules in force, agreements and their reviews, past
//! sessions, and starting the next session.

use egui::{Align, Layout, RichText};

use super::action::Action;
use super::style::{self, cut_name};
use chrono::Datelike;

use crate::model::{
    CODE_MAX, Clinical, CoupleId, Modality, Outcome, Owner, RECORD_NUMBER_MAX, Service, Side,
    clean_optional_text, human_duration, thousands,
};
use crate::practice::{Practice, SessionSummary};

#[derive(Default)]
pub struct CoupleView {
    id: Option<CoupleId>,
    /// Read when the page opens, not every frame.
    history: Vec<SessionSummary>,
    template: String,
    /// Every agreement listed, not only the first few.
    all_agreements: bool,
    /// "Take over" was pressed for this session, open on another computer: asked once more.
    confirm_take_over: Option<std::path::PathBuf>,
    /// The clinical record as typed.
    clinical: ClinicalForm,
    /// Screenings and the confidentiality policy.
    safety: super::safety::SafetyView,
    /// The couple's numbers across sessions, derived once when the page opens.
    progress: Option<crate::model::Progress>,
    /// "Start session" was pressed for a protocol that asks for screening first: the warning
    /// is up, and a second press starts it anyway.
    confirm_start: Option<String>,
}

/// The couple's identifiers and usual service, as typed: saved when the therapist says so.
#[derive(Default)]
struct ClinicalForm {
    record_numbers: [String; 2],
    born: [String; 2],
    diagnosis: String,
    service: Service,
    modality: Modality,
    error: Option<String>,
}

impl ClinicalForm {
    fn from(clinical: &Clinical) -> ClinicalForm {
        ClinicalForm {
            record_numbers: clinical.ids.clone().map(|i| i.record_number),
            born: clinical.ids.clone().map(|i| {
                i.born
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default()
            }),
            diagnosis: clinical.diagnosis.clone(),
            service: clinical.service,
            modality: clinical.modality,
            error: None,
        }
    }

    /// The record to keep, or every reason it cannot be, in one sentence each.
    fn checked(&self, names: [&str; 2], today: chrono::NaiveDate) -> Result<Clinical, String> {
        let mut problems = Vec::new();
        let mut clinical = Clinical {
            diagnosis: String::new(),
            service: self.service,
            modality: self.modality,
            ..Clinical::default()
        };
        for (i, name) in names.iter().enumerate() {
            match clean_optional_text(
                &self.record_numbers[i],
                &format!("{name}'s record number"),
                RECORD_NUMBER_MAX,
            ) {
                Ok(n) => clinical.ids[i].record_number = n,
                Err(why) => problems.push(why),
            }
            let born = self.born[i].trim();
            if !born.is_empty() {
                match chrono::NaiveDate::parse_from_str(born, "%Y-%m-%d") {
                    Ok(d) if d <= today && d.year() >= 1900 => clinical.ids[i].born = Some(d),
                    Ok(_) => problems.push(format!(
                        "{name}'s date of birth must be between 1900 and today."
                    )),
                    Err(_) => problems.push(format!(
                        "{name}'s date of birth is written YYYY-MM-DD, for example 1988-05-03."
                    )),
                }
            }
        }
        match clean_optional_text(&self.diagnosis, "the diagnosis code", CODE_MAX) {
            Ok(d) => clinical.diagnosis = d,
            Err(why) => problems.push(why),
        }
        if problems.is_empty() {
            Ok(clinical)
        } else {
            Err(format!("Not saved. {}", problems.join(" ")))
        }
    }
}

/// Agreements listed before "Show all": the sessions below stay within reach however many
/// agreements a couple has made.
const AGREEMENTS_SHOWN: usize = 30;

impl CoupleView {
    pub fn open(&mut self, practice: &Practice, id: &CoupleId) {
        self.id = Some(id.clone());
        self.all_agreements = false;
        self.confirm_take_over = None;
        self.confirm_start = None;
        self.safety = super::safety::SafetyView::default();
        self.history = practice.session_history(id);
        self.progress = practice.progress(id, &self.history);
        if let Some(summary) = practice.couple(id) {
            self.clinical = ClinicalForm::from(&summary.couple.clinical);
        }
        let preferred = &practice.settings().default_template;
        self.template = if practice.templates().by_id(preferred).is_some() {
            preferred.clone()
        } else {
            practice
                .templates()
                .templates
                .first()
                .map(|t| t.id.clone())
                .unwrap_or_default()
        };
    }

    /// A partner's screening was saved.
    pub fn screening_saved(&mut self, side: crate::model::Side) {
        self.safety.saved(side);
        self.confirm_start = None;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, practice: &Practice) -> Vec<Action> {
        let mut actions = Vec::new();
        let Some(summary) = self.id.as_ref().and_then(|id| practice.couple(id)) else {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.label("This couple is no longer in the practice.");
                if ui.button("All couples").clicked() {
                    actions.push(Action::GoHome);
                }
            });
            return actions;
        };
        let couple = &summary.couple;
        egui::Panel::top("couple-top").show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button("All couples").clicked() {
                    actions.push(Action::GoHome);
                }
                // The next appointment first, from the right, so that a long name is cut
                // (whole on hover) rather than pushing it off the window.
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    // What the couple reads (their display, their sheet) is in their language.
                    let mut lang = couple.lang();
                    egui::ComboBox::from_id_salt("couple-language")
                        .selected_text(lang.name())
                        .show_ui(ui, |ui| {
                            for l in crate::model::Lang::ALL {
                                ui.selectable_value(&mut lang, l, l.name());
                            }
                        })
                        .response
                        .accessible_name("The couple's language");
                    ui.label("Their language");
                    if lang != couple.lang() {
                        actions.push(Action::SetCoupleLanguage {
                            couple: couple.id.clone(),
                            lang,
                        });
                    }
                    if let Some(next) = couple.next_session {
                        ui.weak(format!("next session {}", next.format("%a %-d %b")));
                    }
                    ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                        ui.add(
                            egui::Label::new(RichText::new(couple.display_name()).heading())
                                .truncate(),
                        );
                    });
                });
            });
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                self.start(ui, practice, &mut actions);
                ui.add_space(8.0);
                self.clinical_record(ui, practice, &mut actions);
                egui::CollapsingHeader::new(format!(
                    "Safety and confidentiality · {}",
                    super::safety::SafetyView::summary(couple)
                ))
                .id_salt("safety")
                .show(ui, |ui| {
                    self.safety.ui(ui, couple, practice.today(), &mut actions);
                });
                ui.add_space(12.0);
                ui.columns(2, |cols| {
                    cols[0].heading("Ground rules");
                    if couple.ground_rules.is_empty() {
                        cols[0].weak("Agreed in the first session.");
                    }
                    for rule in &couple.ground_rules {
                        cols[0].horizontal_wrapped(|ui| {
                            ui.label(&rule.text);
                            if rule.session_only {
                                ui.weak("in sessions only");
                            }
                            if let Some(d) = rule.agreed_on {
                                ui.weak(format!("agreed {}", d.format("%-d %b")));
                            }
                        });
                    }
                    cols[1].heading("Agreements");
                    if couple.agreements.is_empty() {
                        cols[1].weak("None yet.");
                    }
                    // Running agreements first, newest first; stopped ones after them.
                    let mut agreements: Vec<_> = couple.agreements.iter().rev().collect();
                    agreements.sort_by_key(|a| a.retired);
                    let hidden = if self.all_agreements {
                        0
                    } else {
                        agreements.len().saturating_sub(AGREEMENTS_SHOWN)
                    };
                    for a in &agreements[..agreements.len() - hidden] {
                        let who = match a.terms.who {
                            Owner::A => couple.partner_a.name.clone(),
                            Owner::B => couple.partner_b.name.clone(),
                            Owner::Both => "Both".to_owned(),
                        };
                        if a.retired {
                            cols[1].horizontal_wrapped(|ui| {
                                ui.label(&a.terms.behaviour);
                                ui.weak("(stopped)");
                            });
                        } else {
                            cols[1].label(RichText::new(&a.terms.behaviour).strong());
                        }
                        cols[1].horizontal_wrapped(|ui| {
                            ui.weak(format!(
                                "{who} · {} · from session {}",
                                a.terms.when.describe(),
                                a.made_in_session
                            ));
                            for r in &a.reviews {
                                let (text, colour) = match r.outcome {
                                    Outcome::Done => ("done", style::ACCENT),
                                    Outcome::Partly => ("partly", style::WARN),
                                    Outcome::NotDone => ("not done", style::OVERTIME),
                                };
                                ui.colored_label(
                                    colour,
                                    format!("{}: {text}", r.date.format("%-d %b")),
                                )
                                .on_hover_text(&r.comment);
                            }
                        });
                        cols[1].add_space(4.0);
                    }
                    if hidden > 0
                        && cols[1]
                            .button(format!(
                                "Show all {} agreements",
                                thousands(agreements.len())
                            ))
                            .clicked()
                    {
                        self.all_agreements = true;
                    }
                });
                ui.add_space(12.0);
                if let Some(progress) = &self.progress {
                    egui::CollapsingHeader::new(RichText::new("Progress").heading())
                        .id_salt("progress")
                        .default_open(!progress.is_empty())
                        .show(ui, |ui| {
                            if !progress.is_empty()
                                && ui
                                    .button("Progress report PDF")
                                    .on_hover_text("These charts, the numbers and each agreement's reviews, printed into the couple's exports folder. Nothing from a screening or an individual session is in it.")
                                    .clicked()
                            {
                                actions.push(Action::ExportProgress(couple.id.clone()));
                            }
                            super::progress::ui(ui, progress);
                        });
                    ui.add_space(12.0);
                }
                self.sessions(ui, practice, &mut actions);
            });
        });
        actions
    }

    /// Record numbers, dates of birth, a diagnosis code and the usual service: printed on the
    /// notes of the sessions that follow.
    fn clinical_record(
        &mut self,
        ui: &mut egui::Ui,
        practice: &Practice,
        actions: &mut Vec<Action>,
    ) {
        let (Some(id), Some(summary)) = (
            self.id.clone(),
            self.id.as_ref().and_then(|id| practice.couple(id)),
        ) else {
            return;
        };
        let couple = &summary.couple;
        let names = [
            couple.partner_a.name.as_str(),
            couple.partner_b.name.as_str(),
        ];
        let today = practice.today();
        let form = &mut self.clinical;
        egui::CollapsingHeader::new("Clinical record")
            .id_salt("clinical-record")
            .show(ui, |ui| {
                ui.weak("Optional. Printed on the session notes of the sessions from now on.");
                egui::Grid::new("clinical-grid")
                    .num_columns(2)
                    .spacing([16.0, 8.0])
                    .show(ui, |ui| {
                        for (i, full) in names.iter().enumerate() {
                            let name = cut_name(full, 24);
                            let l = ui.label(format!("{name}'s record number"));
                            ui.add(
                                egui::TextEdit::singleline(&mut form.record_numbers[i])
                                    .desired_width(160.0),
                            )
                            .labelled_by(l.id);
                            ui.end_row();
                            let l = ui.label(format!("{name}'s date of birth"));
                            ui.add(
                                egui::TextEdit::singleline(&mut form.born[i])
                                    .desired_width(160.0)
                                    .hint_text("YYYY-MM-DD"),
                            )
                            .labelled_by(l.id);
                            ui.end_row();
                        }
                        let l = ui.label("Diagnosis code");
                        ui.add(
                            egui::TextEdit::singleline(&mut form.diagnosis).desired_width(160.0),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                    });
                ui.horizontal_wrapped(|ui| {
                    ui.label("Usual service");
                    for s in Service::ALL {
                        ui.selectable_value(&mut form.service, s, s.label());
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    ui.label("Usually held");
                    for m in Modality::ALL {
                        ui.selectable_value(&mut form.modality, m, m.label());
                    }
                });
                if ui.button("Save the clinical record").clicked() {
                    match form.checked(names, today) {
                        Ok(clinical) => {
                            form.error = None;
                            actions.push(Action::SaveClinical {
                                couple: id.clone(),
                                clinical,
                            });
                        }
                        Err(why) => form.error = Some(why),
                    }
                }
                if let Some(why) = &form.error {
                    ui.colored_label(ui.visuals().error_fg_color, why);
                }
            });
    }

    fn start(&mut self, ui: &mut egui::Ui, practice: &Practice, actions: &mut Vec<Action>) {
        let Some(id) = &self.id else { return };
        // A session open on another computer: the one still running, or an ended one whose
        // computer stopped before saying it was closed, when the therapist asked to take it over.
        let elsewhere = self.history.iter().find(|s| {
            s.open_on.is_some()
                && s.problem.is_none()
                && (!s.ended || self.confirm_take_over.as_ref() == Some(&s.path))
        });
        if let Some(s) = elsewhere {
            let (number, path) = (s.number, s.path.clone());
            let on = s.open_on.clone().unwrap_or_default();
            self.open_elsewhere(ui, number, &path, &on, actions);
            return;
        }
        if let Some(open) = self
            .history
            .iter()
            .find(|s| !s.ended && s.problem.is_none())
        {
            egui::Frame::group(ui.style())
                .fill(style::ACCENT.gamma_multiply(0.12))
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(format!("Session {} is still open", open.number))
                                .strong(),
                        );
                        if ui.button("Resume session").clicked() {
                            actions.push(Action::OpenSession(open.path.clone()));
                        }
                    });
                });
            return;
        }
        // A protocol on deep hurt, with a couple not screened or flagged: warn before it starts.
        let warning = practice.templates().by_id(&self.template).and_then(|t| {
            let couple = &practice.couple(id)?.couple;
            t.screen_first.then(|| {
                crate::model::warning_before(
                    &t.name,
                    &couple.safety(),
                    [
                        couple.partner_a.name.as_str(),
                        couple.partner_b.name.as_str(),
                    ],
                )
            })?
        });
        let individual = practice
            .templates()
            .by_id(&self.template)
            .is_some_and(|t| t.individual);
        let names: [String; 2] = practice
            .couple(id)
            .map(|c| {
                [
                    c.couple.partner_a.name.clone(),
                    c.couple.partner_b.name.clone(),
                ]
            })
            .unwrap_or_default();
        let names = [names[0].as_str(), names[1].as_str()];
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                let chosen = practice
                    .templates()
                    .by_id(&self.template)
                    .map(|t| t.name.clone())
                    .unwrap_or_default();
                egui::ComboBox::from_label("Protocol")
                    .selected_text(chosen)
                    .width(320.0)
                    .show_ui(ui, |ui| {
                        for t in &practice.templates().templates {
                            ui.selectable_value(&mut self.template, t.id.clone(), &t.name)
                                .on_hover_text(&t.summary);
                        }
                    });
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if individual {
                        // Right to left: the first partner's button ends up first.
                        for (side, name) in [(Side::B, names[1]), (Side::A, names[0])] {
                            let label = format!("Start with {} alone", cut_name(name, 20));
                            if ui.button(RichText::new(label).strong()).clicked() {
                                actions.push(Action::StartSession {
                                    couple: id.clone(),
                                    template: self.template.clone(),
                                    alone: Some(side),
                                });
                            }
                        }
                    } else if ui.button(RichText::new("Start session").strong()).clicked() {
                        if warning.is_some() && self.confirm_start.as_ref() != Some(&self.template)
                        {
                            self.confirm_start = Some(self.template.clone());
                        } else {
                            self.confirm_start = None;
                            actions.push(Action::StartSession {
                                couple: id.clone(),
                                template: self.template.clone(),
                                alone: None,
                            });
                        }
                    }
                });
            });
            if let Some(warning) =
                warning.filter(|_| self.confirm_start.as_ref() == Some(&self.template))
            {
                egui::Frame::group(ui.style())
                    .fill(style::WARN.gamma_multiply(0.15))
                    .show(ui, |ui| {
                        ui.label(RichText::new("Before you start").strong());
                        ui.label(warning);
                        ui.horizontal(|ui| {
                            if ui.button("Start anyway").clicked() {
                                self.confirm_start = None;
                                actions.push(Action::StartSession {
                                    couple: id.clone(),
                                    template: self.template.clone(),
                                    alone: None,
                                });
                            }
                            if ui.button("Not now").clicked() {
                                self.confirm_start = None;
                            }
                        });
                    });
            }
            if let Some(t) = practice.templates().by_id(&self.template) {
                ui.weak(format!(
                    "{} · about {} minutes · {}",
                    t.summary,
                    t.planned_minutes(),
                    t.source
                ));
            }
        });
    }

    /// A session open on another computer: read-only here (its PDFs can still be printed),
    /// and taken over only when the therapist says that computer is gone.
    fn open_elsewhere(
        &mut self,
        ui: &mut egui::Ui,
        number: u32,
        path: &std::path::Path,
        on: &str,
        actions: &mut Vec<Action>,
    ) {
        let computer = on.split(" since ").next().unwrap_or(on).to_owned();
        egui::Frame::group(ui.style())
            .fill(style::WARN.gamma_multiply(0.12))
            .show(ui, |ui| {
                ui.label(RichText::new(format!("Session {number} is open on {on}")).strong());
                ui.label(format!(
                    "It is read-only here, so that nothing typed on {computer} is written over. Its notes and homework can still be printed below."
                ));
                ui.add_space(4.0);
                if self.confirm_take_over.as_deref() != Some(path) {
                    if ui
                        .button(format!("Take over session {number}…"))
                        .on_hover_text(format!(
                            "Only when Groundwork is no longer running on {computer}"
                        ))
                        .clicked()
                    {
                        self.confirm_take_over = Some(path.to_owned());
                    }
                    return;
                }
                ui.label(format!(
                    "Is Groundwork closed on {computer}, or that computer gone? If it is still running there, what is typed there from now on is kept apart and has to be merged by hand."
                ));
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new("Take it over on this computer").strong())
                        .clicked()
                    {
                        self.confirm_take_over = None;
                        actions.push(Action::TakeOverSession(path.to_owned()));
                    }
                    if ui.button("Not now").clicked() {
                        self.confirm_take_over = None;
                    }
                });
            });
    }

    fn sessions(&mut self, ui: &mut egui::Ui, practice: &Practice, actions: &mut Vec<Action>) {
        let Some(summary) = self.id.as_ref().and_then(|id| practice.couple(id)) else {
            return;
        };
        ui.heading("Sessions");
        if self.history.is_empty() {
            ui.weak("No sessions yet.");
            return;
        }
        // Short enough that the buttons at the end of each row stay in the window.
        let names = [
            cut_name(&summary.couple.partner_a.name, 12),
            cut_name(&summary.couple.partner_b.name, 12),
        ];
        use super::table::{column, table};
        let columns = [
            column("Session", 64.0),
            column("Date", 115.0),
            column("Protocol", 170.0),
            column("Length", 76.0),
            column("Turns", 110.0),
            column("Talk time", 95.0),
            column("Timeouts", 64.0),
            // Wide enough for its three buttons on one line from 1280 points up.
            column("Open and print", 360.0),
        ];
        table(ui, "Sessions", &columns, |ui, rows| {
            for s in &self.history {
                rows.row(ui, |ui, row| {
                    // The notes' state under the number, in small print: no wider a table.
                    row.cell(ui, |ui| {
                        ui.label(format!("#{}", s.number));
                        match (s.signed, s.ended) {
                            (true, _) => {
                                ui.label(RichText::new("signed").small().weak());
                            }
                            (false, true) => {
                                ui.label(RichText::new("draft").small().color(style::WARN))
                                    .on_hover_text("Open the session to sign its notes");
                            }
                            (false, false) => {}
                        }
                    });
                    row.cell(ui, |ui| ui.label(s.date.format("%a %-d %b %Y").to_string()));
                    if s.problem.is_some() {
                        // The sentence goes below the table: in a cell it would widen the
                        // table and push the other sessions' buttons out of the window.
                        row.cell(ui, |ui| {
                            ui.colored_label(style::WARN, "could not be read (see below)")
                        });
                        return;
                    }
                    let alone = s.alone.map(|side| match side {
                        Side::A => &names[0],
                        Side::B => &names[1],
                    });
                    let protocol = match alone {
                        Some(name) => format!("Individual: {name} alone"),
                        None => s.protocol.clone(),
                    };
                    row.cell(ui, |ui| ui.add(egui::Label::new(protocol).wrap()));
                    row.cell(ui, |ui| match (&s.open_on, s.ended) {
                        (_, true) => ui.label(human_duration(s.length)),
                        (Some(on), false) => ui.colored_label(
                            style::WARN,
                            format!("open on {}", on.split(" since ").next().unwrap_or(on)),
                        ),
                        (None, false) => ui.label("in progress"),
                    });
                    if alone.is_some() {
                        row.cell(ui, |ui| ui.weak("—"));
                        row.cell(ui, |ui| ui.weak("—"));
                    } else {
                        row.cell(ui, |ui| {
                            ui.label(format!(
                                "{} {} · {} {}",
                                names[0], s.turns[0], names[1], s.turns[1]
                            ))
                        });
                        row.cell(ui, |ui| {
                            ui.label(format!(
                                "{} / {}",
                                human_duration(s.talk[0]),
                                human_duration(s.talk[1])
                            ))
                        });
                    }
                    row.cell(ui, |ui| ui.label(s.timeouts.to_string()));
                    row.cell(ui, |ui| {
                        // The buttons wrap within their column: none is ever cut off.
                        ui.horizontal_wrapped(|ui| {
                            // A session open on another computer is taken over, after a
                            // question in the box above, rather than opened.
                            if s.open_on.is_none() {
                                if ui.button(format!("Open session {}", s.number)).clicked() {
                                    actions.push(Action::OpenSession(s.path.clone()));
                                }
                            } else if s.ended
                                && ui
                                    .button(format!("Take over session {}…", s.number))
                                    .clicked()
                            {
                                self.confirm_take_over = Some(s.path.clone());
                            }
                            // An individual session prints only its notes, for the record.
                            let documents: &[_] = if alone.is_some() {
                                &[(crate::pdf::DocumentKind::Notes, "Notes PDF")]
                            } else {
                                &[
                                    (crate::pdf::DocumentKind::Notes, "Notes PDF"),
                                    (crate::pdf::DocumentKind::Homework, "Homework PDF"),
                                ]
                            };
                            for &(kind, label) in documents {
                                let button = ui.button(label).on_hover_text(format!(
                                    "Print session {}'s {} into the couple's exports folder",
                                    s.number,
                                    kind.label()
                                ));
                                // Four rows of "Notes PDF" are told apart by their session.
                                super::keys::name(
                                    ui.ctx(),
                                    &button,
                                    &format!("{label}, session {}", s.number),
                                    None,
                                );
                                if button.clicked() {
                                    actions.push(Action::Export {
                                        kind,
                                        session: s.path.clone(),
                                    });
                                }
                            }
                        });
                    });
                });
            }
        });
        for problem in self.history.iter().filter_map(|s| s.problem.as_ref()) {
            ui.add_space(6.0);
            ui.colored_label(style::WARN, problem);
        }
    }
}
