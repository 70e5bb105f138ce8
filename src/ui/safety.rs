//! The couple page's "Safety and confidentiality": each partner's screening, done alone with
//! the therapist, with a safety plan, and the confidentiality policy agreed at intake. For the
//! therapist's eyes only: none of it reaches the couple display or the homework sheet.

use egui::RichText;

use super::action::Action;
use super::style::{self, cut_name};
use crate::model::{
    Answer, Asked, Confidentiality, Couple, QUESTIONS, RiskLevel, SafetyPlan, SafetyStatus,
    Screening, SecretsPolicy, Side, clean_note, clean_optional_text, latest, therapist_calendar,
};

/// Longest answer to one of the safety plan's questions.
const PLAN_MAX: usize = 500;

#[derive(Default)]
pub struct SafetyView {
    /// The screening being typed, and whose.
    form: Option<ScreeningForm>,
    policy: PolicyForm,
}

struct ScreeningForm {
    side: Side,
    answers: Vec<Answer>,
    answer_notes: Vec<String>,
    risk: RiskLevel,
    plan: SafetyPlan,
    notes: String,
    error: Option<String>,
}

impl ScreeningForm {
    fn new(side: Side) -> ScreeningForm {
        ScreeningForm {
            side,
            answers: vec![Answer::NotAsked; QUESTIONS.len()],
            answer_notes: vec![String::new(); QUESTIONS.len()],
            risk: RiskLevel::NoConcerns,
            plan: SafetyPlan::default(),
            notes: String::new(),
            error: None,
        }
    }

    /// The screening to keep, or why not, in sentences.
    fn checked(
        &self,
        today: chrono::NaiveDate,
        in_session: Option<u32>,
    ) -> Result<Screening, String> {
        let mut problems = Vec::new();
        let mut text = |raw: &str, what: String| {
            clean_optional_text(raw, &what, PLAN_MAX).unwrap_or_else(|why| {
                problems.push(why);
                String::new()
            })
        };
        let answers: Vec<Asked> = QUESTIONS
            .iter()
            .zip(&self.answers)
            .zip(&self.answer_notes)
            .map(|((q, answer), note)| Asked {
                id: q.id.to_owned(),
                question: q.asked(),
                answer: *answer,
                note: text(note, q.note_name()),
            })
            .collect();
        let plan = SafetyPlan {
            safe_word: text(
                &self.plan.safe_word,
                crate::t!("screen-safety-what-safe-word"),
            ),
            where_to_go: text(
                &self.plan.where_to_go,
                crate::t!("screen-safety-what-where-to-go"),
            ),
            contacts: text(
                &self.plan.contacts,
                crate::t!("screen-safety-what-contacts"),
            ),
            telehealth_location: text(
                &self.plan.telehealth_location,
                crate::t!("screen-safety-what-telehealth"),
            ),
        };
        let notes = clean_note(&self.notes).unwrap_or_else(|why| {
            problems.push(why);
            String::new()
        });
        if answers.iter().all(|a| a.answer == Answer::NotAsked) {
            problems.push(crate::t!("screen-safety-mark-one"));
        }
        if !problems.is_empty() {
            return Err(crate::t!("screen-not-saved", why = problems.join(" ")));
        }
        Ok(Screening {
            side: self.side,
            date: today,
            in_session,
            answers,
            risk: self.risk,
            plan,
            notes,
        })
    }
}

/// The screening form over the console of an individual session: the partner present is
/// screened alone, and the screening records the session it was done in.
#[derive(Default)]
pub struct ScreeningWindow {
    form: Option<ScreeningForm>,
}

impl ScreeningWindow {
    pub fn open(&mut self, side: Side) {
        if self.form.as_ref().map(|f| f.side) != Some(side) {
            self.form = Some(ScreeningForm::new(side));
        }
    }

    pub fn is_open(&self) -> bool {
        self.form.is_some()
    }

    /// A screening was saved: the window closes.
    pub fn saved(&mut self) {
        self.form = None;
    }

    /// Draws the window, if open; the action saves the screening.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        couple: &crate::model::CoupleId,
        name: &str,
        today: chrono::NaiveDate,
        session: u32,
    ) -> Option<Action> {
        let form = self.form.as_mut()?;
        let mut action = None;
        let mut close = false;
        egui::Window::new(crate::t!("screen-safety-window"))
            .id(egui::Id::unique("safety-screening"))
            .collapsible(false)
            .resizable(false)
            .default_width(820.0)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                let height = ctx.content_rect().height() - 140.0;
                egui::ScrollArea::vertical()
                    .max_height(height)
                    .min_scrolled_height(height)
                    .show(ui, |ui| match screening_form(ui, form, name) {
                        Some(true) => match form.checked(today, Some(session)) {
                            Ok(screening) => {
                                form.error = None;
                                action = Some(Action::SaveScreening {
                                    couple: couple.clone(),
                                    screening,
                                });
                            }
                            Err(why) => form.error = Some(why),
                        },
                        Some(false) => close = true,
                        None => {}
                    });
            });
        if close {
            self.form = None;
        }
        action
    }
}

#[derive(Default)]
struct PolicyForm {
    /// 0 no secrets, 1 limited secrets, 2 other.
    choice: usize,
    other: String,
    agreed_on: String,
    error: Option<String>,
    /// Filled from the couple's record once.
    loaded: bool,
}

impl SafetyView {
    /// A screening was saved: its form closes.
    pub fn saved(&mut self, side: Side) {
        if self.form.as_ref().is_some_and(|f| f.side == side) {
            self.form = None;
        }
    }

    /// What the section's header says when it is closed.
    pub fn summary(couple: &Couple) -> String {
        match couple.safety() {
            SafetyStatus::Clear => crate::t!("screen-safety-clear"),
            SafetyStatus::NotScreened(sides) if sides.len() == 2 => {
                crate::t!("screen-safety-not-screened")
            }
            SafetyStatus::NotScreened(sides) => crate::t!(
                "screen-safety-one-not-screened",
                name = cut_name(couple.name(sides[0]), 24).as_ref()
            ),
            SafetyStatus::Flagged(side, risk) => crate::t!(
                "screen-safety-flagged",
                name = cut_name(couple.name(side), 24).as_ref(),
                risk = risk.label()
            ),
        }
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        couple: &Couple,
        today: chrono::NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        ui.weak(crate::t!("screen-safety-for-you"));
        ui.add_space(4.0);
        for side in Side::BOTH {
            let name = cut_name(couple.name(side), 24);
            ui.horizontal_wrapped(|ui| {
                match latest(&couple.screenings, side) {
                    None => {
                        ui.label(
                            RichText::new(crate::t!(
                                "screen-safety-name-not-screened",
                                name = name.as_ref()
                            ))
                            .strong(),
                        );
                    }
                    Some(s) => {
                        let colour = match s.risk {
                            RiskLevel::NoConcerns => style::ACCENT,
                            RiskLevel::Concerns => style::WARN,
                            RiskLevel::ConjointNotAdvised => style::OVERTIME,
                        };
                        ui.label(
                            RichText::new(crate::t!("screen-safety-name", name = name.as_ref()))
                                .strong(),
                        );
                        ui.colored_label(colour, s.risk.label());
                        let date = s
                            .date
                            .format_localized(
                                &crate::t!("screen-date-short-year"),
                                therapist_calendar(),
                            )
                            .to_string();
                        ui.weak(match s.in_session {
                            Some(n) => crate::t!(
                                "screen-safety-screened-in-session",
                                date = date,
                                number = n
                            ),
                            None => crate::t!("screen-safety-screened", date = date),
                        });
                        if !s.plan.is_empty() {
                            ui.weak(crate::t!("screen-safety-has-plan"));
                        }
                    }
                }
                if self.form.as_ref().map(|f| f.side) != Some(side)
                    && ui
                        .button(crate::t!("screen-safety-screen", name = name.as_ref()))
                        .clicked()
                {
                    self.form = Some(ScreeningForm::new(side));
                }
            });
            if let Some(s) = latest(&couple.screenings, side) {
                plan_lines(ui, &s.plan);
            }
        }
        if let Some(form) = &mut self.form {
            let name = cut_name(couple.name(form.side), 24);
            let pressed = screening_form(ui, form, &name);
            if pressed == Some(false) {
                self.form = None;
            } else if pressed == Some(true) {
                match form.checked(today, None) {
                    Ok(screening) => {
                        form.error = None;
                        actions.push(Action::SaveScreening {
                            couple: couple.id.clone(),
                            screening,
                        });
                    }
                    Err(why) => form.error = Some(why),
                }
            }
        }
        ui.add_space(10.0);
        self.policy(ui, couple, today, actions);
    }

    fn policy(
        &mut self,
        ui: &mut egui::Ui,
        couple: &Couple,
        today: chrono::NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        let form = &mut self.policy;
        if !form.loaded {
            form.loaded = true;
            match &couple.confidentiality {
                Some(c) => {
                    form.choice = match &c.policy {
                        SecretsPolicy::NoSecrets => 0,
                        SecretsPolicy::LimitedSecrets => 1,
                        SecretsPolicy::Other(words) => {
                            form.other = words.clone();
                            2
                        }
                    };
                    form.agreed_on = c.agreed_on.format("%Y-%m-%d").to_string();
                }
                None => form.agreed_on = today.format("%Y-%m-%d").to_string(),
            }
        }
        match &couple.confidentiality {
            Some(c) => ui.label(RichText::new(c.describe()).strong()),
            None => ui.label(RichText::new(crate::t!("screen-safety-no-policy")).strong()),
        };
        ui.weak(crate::t!("screen-safety-policy-note"));
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(&mut form.choice, 0, crate::t!("screen-safety-no-secrets"));
            ui.radio_value(
                &mut form.choice,
                1,
                crate::t!("screen-safety-limited-secrets"),
            );
            ui.radio_value(&mut form.choice, 2, crate::t!("screen-safety-other-policy"));
            if form.choice == 2 {
                let l = ui.label(crate::t!("screen-safety-policy-words"));
                ui.add(egui::TextEdit::singleline(&mut form.other).desired_width(280.0))
                    .labelled_by(l.id);
            }
        });
        ui.horizontal(|ui| {
            let agreed_on = crate::t!("screen-safety-agreed-on");
            let l = ui.label(agreed_on.as_str());
            ui.add(
                egui::TextEdit::singleline(&mut form.agreed_on)
                    .desired_width(110.0)
                    .hint_text(crate::t!("screen-safety-date-hint")),
            )
            .labelled_by(l.id);
            super::date::calendar_button(ui, &agreed_on, &mut form.agreed_on, today, None);
            if ui.button(crate::t!("screen-safety-save-policy")).clicked() {
                match policy_checked(form, today) {
                    Ok(confidentiality) => {
                        form.error = None;
                        actions.push(Action::SaveConfidentiality {
                            couple: couple.id.clone(),
                            confidentiality,
                        });
                    }
                    Err(why) => form.error = Some(why),
                }
            }
        });
        if let Some(why) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, why);
        }
    }
}

fn policy_checked(form: &PolicyForm, today: chrono::NaiveDate) -> Result<Confidentiality, String> {
    let policy = match form.choice {
        0 => SecretsPolicy::NoSecrets,
        1 => SecretsPolicy::LimitedSecrets,
        _ => {
            let words = clean_optional_text(
                &form.other,
                &crate::t!("screen-safety-what-policy"),
                PLAN_MAX,
            )
            .map_err(|why| crate::t!("screen-not-saved", why = why))?;
            if words.is_empty() {
                return Err(crate::t!(
                    "screen-not-saved",
                    why = crate::t!("screen-safety-write-policy")
                ));
            }
            SecretsPolicy::Other(words)
        }
    };
    let agreed_on =
        chrono::NaiveDate::parse_from_str(form.agreed_on.trim(), "%Y-%m-%d").map_err(|_| {
            crate::t!(
                "screen-not-saved",
                why = crate::t!("screen-safety-date-format")
            )
        })?;
    if agreed_on > today {
        return Err(crate::t!(
            "screen-not-saved",
            why = crate::t!("screen-safety-date-future")
        ));
    }
    Ok(Confidentiality { policy, agreed_on })
}

/// The safety plan under a partner's line, where there is one.
fn plan_lines(ui: &mut egui::Ui, plan: &SafetyPlan) {
    if plan.is_empty() {
        return;
    }
    let lines = [
        (crate::t!("screen-safety-safe-word"), &plan.safe_word),
        (crate::t!("screen-safety-where-to-go"), &plan.where_to_go),
        (crate::t!("screen-safety-contacts"), &plan.contacts),
        (
            crate::t!("screen-safety-telehealth"),
            &plan.telehealth_location,
        ),
    ];
    ui.indent("plan", |ui| {
        for (what, text) in lines {
            if !text.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.weak(what);
                    ui.label(text.as_str());
                });
            }
        }
    });
}

/// The screening form; Some(true) when the therapist saves it, Some(false) when they cancel.
fn screening_form(ui: &mut egui::Ui, form: &mut ScreeningForm, name: &str) -> Option<bool> {
    let mut pressed = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(crate::t!("screen-safety-screening-alone", name = name)).strong());
        ui.weak(crate::t!("screen-safety-how-to-ask", name = name));
        ui.add_space(4.0);
        for (i, q) in QUESTIONS.iter().enumerate() {
            ui.add_space(6.0);
            ui.scope(|ui| {
                ui.set_max_width(760.0);
                ui.label(format!("{}. {}", i + 1, q.asked()));
            });
            let topic = q.topic_name();
            ui.horizontal(|ui| {
                ui.add_space(16.0);
                for answer in Answer::ALL {
                    let r = ui.radio_value(&mut form.answers[i], answer, answer.label());
                    let selected = form.answers[i] == answer;
                    // Read as "Physical harm: yes", not one of eight "yes".
                    r.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::RadioButton,
                            true,
                            selected,
                            crate::t!(
                                "screen-safety-topic-answer",
                                topic = &topic,
                                answer = answer.label()
                            ),
                        )
                    });
                }
                ui.add_space(8.0);
                ui.add(
                    egui::TextEdit::singleline(&mut form.answer_notes[i])
                        .desired_width(320.0)
                        .hint_text(crate::t!("screen-safety-what-was-said")),
                )
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::TextInput,
                        true,
                        crate::t!("screen-safety-topic-what-was-said", topic = &topic),
                    )
                });
            });
        }
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(crate::t!("screen-safety-judgement"));
            for risk in RiskLevel::ALL {
                ui.radio_value(&mut form.risk, risk, risk.label());
            }
        });
        if form.risk == RiskLevel::NoConcerns
            && form
                .answers
                .iter()
                .any(|a| matches!(a, Answer::Yes | Answer::Declined))
        {
            ui.colored_label(style::WARN, crate::t!("screen-safety-no-concerns-check"));
        }
        ui.add_space(6.0);
        ui.label(RichText::new(crate::t!("screen-safety-plan")).strong());
        egui::Grid::new("safety-plan")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let fields = [
                    (
                        crate::t!("screen-safety-safe-word"),
                        &mut form.plan.safe_word,
                        crate::t!("screen-safety-safe-word-hint"),
                    ),
                    (
                        crate::t!("screen-safety-where-to-go"),
                        &mut form.plan.where_to_go,
                        crate::t!("screen-safety-where-to-go-hint"),
                    ),
                    (
                        crate::t!("screen-safety-emergency-contacts"),
                        &mut form.plan.contacts,
                        crate::t!("screen-safety-contacts-hint"),
                    ),
                    (
                        crate::t!("screen-safety-telehealth"),
                        &mut form.plan.telehealth_location,
                        crate::t!("screen-safety-telehealth-hint"),
                    ),
                ];
                for (label, value, hint) in fields {
                    let l = ui.label(label);
                    ui.add(
                        egui::TextEdit::singleline(value)
                            .desired_width(420.0)
                            .hint_text(hint),
                    )
                    .labelled_by(l.id);
                    ui.end_row();
                }
                let l = ui.label(crate::t!("screen-safety-notes"));
                ui.add(
                    egui::TextEdit::multiline(&mut form.notes)
                        .desired_width(420.0)
                        .desired_rows(3),
                )
                .labelled_by(l.id);
                ui.end_row();
            });
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(crate::t!("screen-safety-save", name = name)).strong())
                .clicked()
            {
                pressed = Some(true);
            }
            if ui.button(crate::t!("screen-safety-cancel")).clicked() {
                pressed = Some(false);
            }
        });
        if let Some(why) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, why);
        }
    });
    pressed
}
