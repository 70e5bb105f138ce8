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
use crate::t;

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
                &t!("app-clinical-record-number", name = *name),
                RECORD_NUMBER_MAX,
            ) {
                Ok(n) => clinical.ids[i].record_number = n,
                Err(why) => problems.push(why),
            }
            let born = self.born[i].trim();
            if !born.is_empty() {
                match chrono::NaiveDate::parse_from_str(born, "%Y-%m-%d") {
                    Ok(d) if d <= today && d.year() >= 1900 => clinical.ids[i].born = Some(d),
                    Ok(_) => problems.push(t!("app-clinical-born-range", name = *name)),
                    Err(_) => problems.push(t!("app-clinical-born-format", name = *name)),
                }
            }
        }
        match clean_optional_text(
            &self.diagnosis,
            &t!("app-clinical-diagnosis-what"),
            CODE_MAX,
        ) {
            Ok(d) => clinical.diagnosis = d,
            Err(why) => problems.push(why),
        }
        if problems.is_empty() {
            Ok(clinical)
        } else {
            Err(t!("app-clinical-not-saved", problems = problems.join(" ")))
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
                ui.label(t!("app-couple-gone"));
                if ui.button(t!("app-all-couples")).clicked() {
                    actions.push(Action::GoHome);
                }
            });
            return actions;
        };
        let couple = &summary.couple;
        egui::Panel::top("couple-top").show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(t!("app-all-couples")).clicked() {
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
                        .accessible_name(t!("app-couple-language"));
                    ui.label(t!("app-couple-their-language"));
                    if lang != couple.lang() {
                        actions.push(Action::SetCoupleLanguage {
                            couple: couple.id.clone(),
                            lang,
                        });
                    }
                    if let Some(next) = couple.next_session {
                        let date = super::date::day(next, &t!("app-date-next-session"));
                        ui.weak(t!("app-couple-next-session", date = date));
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
                egui::CollapsingHeader::new(t!(
                    "app-couple-safety",
                    summary = super::safety::SafetyView::summary(couple)
                ))
                .id_salt("safety")
                .show(ui, |ui| {
                    self.safety.ui(ui, couple, practice.today(), &mut actions);
                });
                ui.add_space(12.0);
                ui.columns(2, |cols| {
                    cols[0].heading(t!("app-couple-rules"));
                    if couple.ground_rules.is_empty() {
                        cols[0].weak(t!("app-couple-rules-none"));
                    }
                    for rule in &couple.ground_rules {
                        cols[0].horizontal_wrapped(|ui| {
                            ui.label(&rule.text);
                            if rule.session_only {
                                ui.weak(t!("app-couple-rule-sessions-only"));
                            }
                            if let Some(d) = rule.agreed_on {
                                let date = crate::locale::therapist().day_month(d);
                                ui.weak(t!("app-couple-rule-agreed", date = date));
                            }
                        });
                    }
                    cols[1].heading(t!("app-couple-agreements"));
                    if couple.agreements.is_empty() {
                        cols[1].weak(t!("app-couple-agreements-none"));
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
                            Owner::Both => t!("app-couple-both"),
                        };
                        if a.retired {
                            cols[1].horizontal_wrapped(|ui| {
                                ui.label(&a.terms.behaviour);
                                ui.weak(t!("app-couple-stopped"));
                            });
                        } else {
                            cols[1].label(RichText::new(&a.terms.behaviour).strong());
                        }
                        cols[1].horizontal_wrapped(|ui| {
                            ui.weak(t!(
                                "app-couple-agreement-line",
                                who = who,
                                when = a.terms.when.describe(),
                                session = a.made_in_session
                            ));
                            for r in &a.reviews {
                                let (text, colour) = match r.outcome {
                                    Outcome::Done => (t!("app-review-done"), style::ACCENT),
                                    Outcome::Partly => (t!("app-review-partly"), style::WARN),
                                    Outcome::NotDone => {
                                        (t!("app-review-not-done"), style::OVERTIME)
                                    }
                                };
                                let date = crate::locale::therapist().day_month(r.date);
                                ui.colored_label(
                                    colour,
                                    t!("app-review", date = date, outcome = text),
                                )
                                .on_hover_text(&r.comment);
                            }
                        });
                        cols[1].add_space(4.0);
                    }
                    if hidden > 0
                        && cols[1]
                            .button(t!(
                                "app-couple-show-all",
                                count = agreements.len(),
                                number = thousands(agreements.len())
                            ))
                            .clicked()
                    {
                        self.all_agreements = true;
                    }
                });
                ui.add_space(12.0);
                if let Some(progress) = &self.progress {
                    egui::CollapsingHeader::new(RichText::new(t!("app-couple-progress")).heading())
                        .id_salt("progress")
                        .default_open(!progress.is_empty())
                        .show(ui, |ui| {
                            if !progress.is_empty()
                                && ui
                                    .button(t!("app-couple-progress-pdf"))
                                    .on_hover_text(t!("app-couple-progress-pdf-hover"))
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
        egui::CollapsingHeader::new(t!("app-clinical-title"))
            .id_salt("clinical-record")
            .show(ui, |ui| {
                ui.weak(t!("app-clinical-note"));
                egui::Grid::new("clinical-grid")
                    .num_columns(2)
                    .spacing([16.0, 8.0])
                    .show(ui, |ui| {
                        for (i, full) in names.iter().enumerate() {
                            let name = cut_name(full, 24);
                            let l =
                                ui.label(t!("app-clinical-record-number", name = name.as_ref()));
                            ui.add(
                                egui::TextEdit::singleline(&mut form.record_numbers[i])
                                    .desired_width(160.0),
                            )
                            .labelled_by(l.id);
                            ui.end_row();
                            let l = ui.label(t!("app-clinical-born", name = name.as_ref()));
                            ui.add(
                                egui::TextEdit::singleline(&mut form.born[i])
                                    .desired_width(160.0)
                                    .hint_text(t!("app-clinical-date-hint")),
                            )
                            .labelled_by(l.id);
                            ui.end_row();
                        }
                        let l = ui.label(t!("app-clinical-diagnosis"));
                        ui.add(
                            egui::TextEdit::singleline(&mut form.diagnosis).desired_width(160.0),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                    });
                ui.horizontal_wrapped(|ui| {
                    ui.label(t!("app-clinical-service"));
                    for s in Service::ALL {
                        ui.selectable_value(&mut form.service, s, s.label());
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    ui.label(t!("app-clinical-modality"));
                    for m in Modality::ALL {
                        ui.selectable_value(&mut form.modality, m, m.label());
                    }
                });
                if ui.button(t!("app-clinical-save")).clicked() {
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
            let computer = s.open_computer.clone().unwrap_or_default();
            self.open_elsewhere(ui, number, &path, [&on, &computer], actions);
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
                            RichText::new(t!("app-start-still-open", number = open.number))
                                .strong(),
                        );
                        if ui.button(t!("app-start-resume")).clicked() {
                            actions.push(Action::OpenSession(open.path.clone()));
                        }
                    });
                });
            return;
        }
        // The therapist chooses the protocol: its names in the therapist's language.
        let lang = crate::locale::therapist().lang();
        // A protocol on deep hurt, with a couple not screened or flagged: warn before it starts.
        let warning = practice.templates().by_id(&self.template).and_then(|t| {
            let couple = &practice.couple(id)?.couple;
            t.screen_first.then(|| {
                crate::model::warning_before(
                    t.name_in(lang),
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
                    .map(|t| t.name_in(lang).to_owned())
                    .unwrap_or_default();
                egui::ComboBox::from_label(t!("app-start-protocol"))
                    .selected_text(chosen)
                    .width(320.0)
                    .show_ui(ui, |ui| {
                        for t in &practice.templates().templates {
                            ui.selectable_value(&mut self.template, t.id.clone(), t.name_in(lang))
                                .on_hover_text(t.summary_in(lang));
                        }
                    });
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if individual {
                        // Right to left: the first partner's button ends up first.
                        for (side, name) in [(Side::B, names[1]), (Side::A, names[0])] {
                            let label =
                                t!("app-start-alone", name = cut_name(name, 20).into_owned());
                            if ui.button(RichText::new(label).strong()).clicked() {
                                actions.push(Action::StartSession {
                                    couple: id.clone(),
                                    template: self.template.clone(),
                                    alone: Some(side),
                                });
                            }
                        }
                    } else if ui
                        .button(RichText::new(t!("app-start-session")).strong())
                        .clicked()
                    {
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
                        ui.label(RichText::new(t!("app-start-before")).strong());
                        ui.label(warning);
                        ui.horizontal(|ui| {
                            if ui.button(t!("app-start-anyway")).clicked() {
                                self.confirm_start = None;
                                actions.push(Action::StartSession {
                                    couple: id.clone(),
                                    template: self.template.clone(),
                                    alone: None,
                                });
                            }
                            if ui.button(t!("app-not-now")).clicked() {
                                self.confirm_start = None;
                            }
                        });
                    });
            }
            if let Some(t) = practice.templates().by_id(&self.template) {
                ui.weak(t!(
                    "app-start-template",
                    summary = t.summary_in(lang),
                    minutes = t.planned_minutes(),
                    source = &t.source
                ));
            }
        });
    }

    /// A session open on another computer (`[on, computer]`: "OFFICE-PC since 14:02" and
    /// "OFFICE-PC"): read-only here (its PDFs can still be printed), and taken over only when
    /// the therapist says that computer is gone.
    fn open_elsewhere(
        &mut self,
        ui: &mut egui::Ui,
        number: u32,
        path: &std::path::Path,
        [on, computer]: [&str; 2],
        actions: &mut Vec<Action>,
    ) {
        egui::Frame::group(ui.style())
            .fill(style::WARN.gamma_multiply(0.12))
            .show(ui, |ui| {
                ui.label(
                    RichText::new(t!("app-elsewhere-title", number = number, computer = on))
                        .strong(),
                );
                ui.label(t!("app-elsewhere-read-only", computer = computer));
                ui.add_space(4.0);
                if self.confirm_take_over.as_deref() != Some(path) {
                    if ui
                        .button(t!("app-take-over", number = number))
                        .on_hover_text(t!("app-take-over-hover", computer = computer))
                        .clicked()
                    {
                        self.confirm_take_over = Some(path.to_owned());
                    }
                    return;
                }
                ui.label(t!("app-take-over-question", computer = computer));
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(t!("app-take-over-here")).strong())
                        .clicked()
                    {
                        self.confirm_take_over = None;
                        actions.push(Action::TakeOverSession(path.to_owned()));
                    }
                    if ui.button(t!("app-not-now")).clicked() {
                        self.confirm_take_over = None;
                    }
                });
            });
    }

    fn sessions(&mut self, ui: &mut egui::Ui, practice: &Practice, actions: &mut Vec<Action>) {
        let Some(summary) = self.id.as_ref().and_then(|id| practice.couple(id)) else {
            return;
        };
        let sessions = t!("app-sessions");
        ui.heading(&sessions);
        if self.history.is_empty() {
            ui.weak(t!("app-sessions-none"));
            return;
        }
        // Short enough that the buttons at the end of each row stay in the window.
        let names = [
            cut_name(&summary.couple.partner_a.name, 12),
            cut_name(&summary.couple.partner_b.name, 12),
        ];
        use super::table::{column, table};
        let columns = [
            column(t!("app-sessions-column-session"), 64.0),
            column(t!("app-sessions-column-date"), 115.0),
            column(t!("app-sessions-column-protocol"), 170.0),
            column(t!("app-sessions-column-length"), 76.0),
            column(t!("app-sessions-column-turns"), 110.0),
            column(t!("app-sessions-column-talk"), 95.0),
            column(t!("app-sessions-column-timeouts"), 64.0),
            // Wide enough for its three buttons on one line from 1280 points up.
            column(t!("app-sessions-column-open"), 360.0),
        ];
        table(ui, &sessions, &columns, |ui, rows| {
            for s in &self.history {
                rows.row(ui, |ui, row| {
                    // The notes' state under the number, in small print: no wider a table.
                    row.cell(ui, |ui| {
                        ui.label(format!("#{}", s.number));
                        match (s.signed, s.ended) {
                            (true, _) => {
                                ui.label(RichText::new(t!("app-sessions-signed")).small().weak());
                            }
                            (false, true) => {
                                ui.label(
                                    RichText::new(t!("app-sessions-draft"))
                                        .small()
                                        .color(style::WARN),
                                )
                                .on_hover_text(t!("app-sessions-draft-hover"));
                            }
                            (false, false) => {}
                        }
                    });
                    row.cell(ui, |ui| {
                        ui.label(super::date::day(s.date, &t!("app-date-session")))
                    });
                    if s.problem.is_some() {
                        // The sentence goes below the table: in a cell it would widen the
                        // table and push the other sessions' buttons out of the window.
                        row.cell(ui, |ui| {
                            ui.colored_label(style::WARN, t!("app-sessions-unreadable"))
                        });
                        return;
                    }
                    let alone = s.alone.map(|side| match side {
                        Side::A => &names[0],
                        Side::B => &names[1],
                    });
                    let protocol = match alone {
                        Some(name) => t!("app-sessions-individual", name = name.as_ref()),
                        None => s.protocol.clone(),
                    };
                    row.cell(ui, |ui| ui.add(egui::Label::new(protocol).wrap()));
                    row.cell(ui, |ui| match (&s.open_computer, s.ended) {
                        (_, true) => ui.label(human_duration(s.length)),
                        (Some(computer), false) => ui.colored_label(
                            style::WARN,
                            t!("app-sessions-open-on", computer = computer),
                        ),
                        (None, false) => ui.label(t!("app-sessions-in-progress")),
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
                                if ui
                                    .button(t!("app-sessions-open", number = s.number))
                                    .clicked()
                                {
                                    actions.push(Action::OpenSession(s.path.clone()));
                                }
                            } else if s.ended
                                && ui.button(t!("app-take-over", number = s.number)).clicked()
                            {
                                self.confirm_take_over = Some(s.path.clone());
                            }
                            // An individual session prints only its notes, for the record.
                            let notes = (
                                crate::pdf::DocumentKind::Notes,
                                t!("app-sessions-notes-pdf"),
                                t!("app-sessions-notes-pdf-hover", number = s.number),
                            );
                            let homework = (
                                crate::pdf::DocumentKind::Homework,
                                t!("app-sessions-homework-pdf"),
                                t!("app-sessions-homework-pdf-hover", number = s.number),
                            );
                            let documents = if alone.is_some() {
                                vec![notes]
                            } else {
                                vec![notes, homework]
                            };
                            for (kind, label, hover) in documents {
                                let button = ui.button(&label).on_hover_text(hover);
                                // Four rows of "Notes PDF" are told apart by their session.
                                super::keys::name(
                                    ui.ctx(),
                                    &button,
                                    &t!("app-sessions-pdf-name", label = &label, number = s.number),
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
