//! New homework agreements: a structured form, the suggestion library one click away, and the
//! agreements made so far in this session.

use chrono::{NaiveDate, Weekday};
use egui::{RichText, TextEdit};

use crate::locale::therapist;
use crate::model::{
    ALL_WEEKDAYS, AgreementTerms, Frequency, MAX_LINE_CHARS, Ms, Outcome, Owner, Side, Suggestion,
    clean_optional_text, thousands,
};
use crate::session::{Command, SessionState, clean_terms};
use crate::t;
use crate::ui::style::short_name;

/// "Sophie", "Emma" or "Sophie and Emma".
pub(crate) fn owner_words(state: &SessionState, who: Owner) -> String {
    match who {
        Owner::A => state.name(Side::A).to_owned(),
        Owner::B => state.name(Side::B).to_owned(),
        Owner::Both => t!(
            "phase-owner-both",
            a = state.name(Side::A),
            b = state.name(Side::B)
        ),
    }
}

/// "Sophie: I will share my work schedule every morning"
pub(crate) fn agreement_line(state: &SessionState, terms: &AgreementTerms) -> String {
    t!(
        "phase-agreement-line",
        who = owner_words(state, terms.who),
        what = &terms.behaviour
    )
}

/// `date` in the therapist's language, in the chrono format the message `key` holds
/// ("phase-date-long": "%A %-d %B %Y").
pub(crate) fn format_date(date: NaiveDate, key: &str) -> String {
    let tr = therapist();
    let locale = tr.lang().calendar();
    date.format_localized(&tr.get(key), locale).to_string()
}

/// "Thursday 3 December 2026"
pub(crate) fn long_date(date: NaiveDate) -> String {
    format_date(date, "phase-date-long")
}

/// A date typed as YYYY-MM-DD, no earlier than `earliest`, or a sentence saying what to type.
pub(crate) fn parse_date(text: &str, earliest: NaiveDate) -> Result<NaiveDate, String> {
    let example = (earliest + chrono::Days::new(7))
        .format("%Y-%m-%d")
        .to_string();
    let text = text.trim();
    if text.is_empty() {
        return Err(t!("phase-date-empty", example = &example));
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| t!("phase-date-invalid", text = text, example = &example))?;
    if date < earliest {
        return Err(t!("phase-date-too-early", date = long_date(date)));
    }
    Ok(date)
}

/// A one-line entry cleaned as [`crate::model::clean_line`] cleans it (or, when not
/// `required`, as `clean_optional_line` does), with the sentences in the therapist's
/// language: `empty` when nothing was written, `too_long` (a message taking `$max` and
/// `$count`) when it is longer than a line may be.
pub(crate) fn checked_line(
    raw: &str,
    required: bool,
    empty: impl FnOnce() -> String,
    too_long: impl FnOnce(String, String) -> String,
) -> Result<String, String> {
    // Never refused for its length here: the length is checked below, in these words.
    let line = clean_optional_text(raw, "", usize::MAX)?;
    if line.is_empty() {
        return if required { Err(empty()) } else { Ok(line) };
    }
    let chars = line.chars().count();
    if chars > MAX_LINE_CHARS {
        return Err(too_long(thousands(MAX_LINE_CHARS), thousands(chars)));
    }
    Ok(line)
}

/// "every day", "on Monday and Thursday", "once a week, on Sunday", in the therapist's words.
pub(crate) fn describe_when(when: &Frequency) -> String {
    let tr = therapist();
    match when {
        Frequency::Daily => t!("phase-when-daily"),
        Frequency::Weekdays(days) => {
            let names: Vec<String> = days.iter().map(|d| tr.weekday_name(*d)).collect();
            t!("phase-when-weekdays", days = tr.list(&names))
        }
        Frequency::Weekly(None) => t!("phase-when-weekly"),
        Frequency::Weekly(Some(day)) => t!("phase-when-weekly-on", day = tr.weekday_name(*day)),
    }
}

/// "done", "partly", "not done", as a review is described.
pub(crate) fn outcome_words(outcome: Outcome) -> String {
    match outcome {
        Outcome::Done => t!("phase-outcome-done"),
        Outcome::Partly => t!("phase-outcome-partly"),
        Outcome::NotDone => t!("phase-outcome-not-done"),
    }
}

fn short_day(day: Weekday) -> String {
    therapist().weekday_short(day)
}

fn day_name(day: Weekday) -> String {
    therapist().weekday_name(day)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Daily,
    Weekdays,
    Weekly,
}

/// What the therapist is filling in.
#[derive(Debug, Clone, PartialEq)]
struct Form {
    who: Owner,
    behaviour: String,
    when: When,
    /// Monday first, for "on chosen days".
    days: [bool; 7],
    /// For "once a week".
    weekly_day: Option<Weekday>,
    anchor: String,
    evidence: String,
    /// `false`: review at the next session.
    review_on_date: bool,
    review_date: String,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            who: Owner::Both,
            behaviour: String::new(),
            when: When::Daily,
            days: [false; 7],
            weekly_day: None,
            anchor: String::new(),
            evidence: String::new(),
            review_on_date: false,
            review_date: String::new(),
        }
    }
}

impl Form {
    fn set_frequency(&mut self, frequency: &Frequency) {
        self.days = [false; 7];
        self.weekly_day = None;
        match frequency {
            Frequency::Daily => self.when = When::Daily,
            Frequency::Weekdays(days) => {
                self.when = When::Weekdays;
                for day in days {
                    self.days[day.num_days_from_monday() as usize] = true;
                }
            }
            Frequency::Weekly(day) => {
                self.when = When::Weekly;
                self.weekly_day = *day;
            }
        }
    }

    fn from_terms(terms: &AgreementTerms) -> Form {
        let mut form = Form {
            who: terms.who,
            behaviour: terms.behaviour.clone(),
            anchor: terms.anchor.clone(),
            evidence: terms.evidence.clone(),
            review_on_date: terms.review_on.is_some(),
            review_date: terms
                .review_on
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            ..Form::default()
        };
        form.set_frequency(&terms.when);
        form
    }

    fn from_suggestion(s: &Suggestion) -> Form {
        let mut form = Form {
            who: s.who,
            behaviour: s.behaviour.clone(),
            anchor: s.anchor.clone(),
            evidence: s.evidence.clone(),
            ..Form::default()
        };
        form.set_frequency(&s.when);
        form
    }

    fn frequency(&self) -> Frequency {
        match self.when {
            When::Daily => Frequency::Daily,
            When::Weekdays => Frequency::Weekdays(
                ALL_WEEKDAYS
                    .iter()
                    .zip(self.days)
                    .filter(|(_, on)| *on)
                    .map(|(day, _)| *day)
                    .collect(),
            ),
            When::Weekly => Frequency::Weekly(self.weekly_day),
        }
    }

    /// The terms, checked as the engine will check them, or a sentence next to each field
    /// that needs another look.
    fn terms(&self, today: NaiveDate) -> Result<AgreementTerms, Box<Errors>> {
        let mut errors = Errors {
            behaviour: checked_line(
                &self.behaviour,
                true,
                || t!("phase-homework-need-what"),
                |max, count| t!("phase-homework-what-too-long", max = max, count = count),
            )
            .err(),
            ..Errors::default()
        };
        if self.when == When::Weekdays && !self.days.contains(&true) {
            errors.days = Some(t!("phase-homework-choose-day"));
        }
        errors.anchor = checked_line(&self.anchor, false, String::new, |max, count| {
            t!("phase-homework-anchor-too-long", max = max, count = count)
        })
        .err();
        errors.evidence = checked_line(&self.evidence, false, String::new, |max, count| {
            t!("phase-homework-evidence-too-long", max = max, count = count)
        })
        .err();
        let review_on = if self.review_on_date {
            match parse_date(&self.review_date, today) {
                Ok(date) => Some(date),
                Err(why) => {
                    errors.review = Some(why);
                    None
                }
            }
        } else {
            None
        };
        if errors.any() {
            return Err(Box::new(errors));
        }
        let terms = AgreementTerms {
            who: self.who,
            behaviour: self.behaviour.clone(),
            when: self.frequency(),
            anchor: self.anchor.clone(),
            evidence: self.evidence.clone(),
            review_on,
        };
        clean_terms(&terms, today).map_err(|why| {
            Box::new(Errors {
                other: Some(why.0),
                ..Errors::default()
            })
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Errors {
    behaviour: Option<String>,
    days: Option<String>,
    anchor: Option<String>,
    evidence: Option<String>,
    review: Option<String>,
    other: Option<String>,
}

impl Errors {
    fn any(&self) -> bool {
        self.behaviour.is_some()
            || self.days.is_some()
            || self.anchor.is_some()
            || self.evidence.is_some()
            || self.review.is_some()
            || self.other.is_some()
    }
}

/// A form handed to the engine; the form is cleared once the session shows it was accepted.
#[derive(Debug, Clone, PartialEq)]
enum Submitted {
    Add {
        terms: AgreementTerms,
        /// How many agreements had these terms before.
        before: usize,
    },
    Change {
        id: u32,
        terms: AgreementTerms,
    },
}

/// The homework agreements panel.
#[derive(Debug, Default)]
pub struct HomeworkPanel {
    form: Form,
    errors: Errors,
    /// The agreement being edited, if any.
    editing: Option<u32>,
    submitted: Option<Submitted>,
    /// A quiet confirmation under the form.
    notice: Option<String>,
}

fn error_text(ui: &mut egui::Ui, error: &Option<String>) {
    if let Some(why) = error {
        ui.colored_label(ui.visuals().error_fg_color, why);
    }
}

impl HomeworkPanel {
    /// An agreement being written (or changed) and not yet added.
    pub fn unrecorded(&self) -> Vec<String> {
        let form = &self.form;
        let written = [&form.behaviour, &form.anchor, &form.evidence]
            .iter()
            .any(|t| !t.trim().is_empty());
        if !written || self.submitted.is_some() {
            return Vec::new();
        }
        vec![if self.editing.is_some() {
            t!("phase-unrecorded-agreement-change")
        } else {
            t!("phase-unrecorded-agreement-new")
        }]
    }

    /// `suggestions` is the template's suggestion library.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        _now: Ms,
        suggestions: &[Suggestion],
    ) -> Vec<Command> {
        self.settle(state);
        let mut out = Vec::new();

        ui.weak(t!("phase-homework-intro"));
        ui.add_space(8.0);

        // The library and the form first, so that "Add agreement" stays in view on a laptop
        // screen however many agreements are made; the agreements follow.
        self.suggestions(ui, suggestions);
        ui.add_space(6.0);
        egui::Frame::group(ui.style())
            .inner_margin(12.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                self.form_ui(ui, state, &mut out);
            });
        ui.add_space(8.0);
        self.made_so_far(ui, state, &mut out);
        out
    }

    /// Clears the form once the session has what was submitted; keeps it if the engine refused.
    fn settle(&mut self, state: &SessionState) {
        if let Some(editing) = self.editing
            && !state.agreements.iter().any(|a| a.id == editing)
        {
            // Removed while being edited: what is in the form becomes a new agreement.
            self.editing = None;
        }
        match self.submitted.take() {
            Some(Submitted::Add { terms, before }) => {
                let now = state.agreements.iter().filter(|a| a.terms == terms).count();
                if now > before {
                    self.form = Form::default();
                    self.notice = Some(t!("phase-homework-added"));
                }
            }
            Some(Submitted::Change { id, terms })
                if state
                    .agreements
                    .iter()
                    .any(|a| a.id == id && a.terms == terms) =>
            {
                self.form = Form::default();
                self.editing = None;
                self.notice = Some(t!("phase-homework-saved"));
            }
            Some(Submitted::Change { .. }) | None => {}
        }
    }

    fn made_so_far(&mut self, ui: &mut egui::Ui, state: &SessionState, out: &mut Vec<Command>) {
        if state.agreements.is_empty() {
            ui.weak(t!("phase-homework-none-yet"));
            return;
        }
        ui.label(
            RichText::new(t!(
                "phase-homework-agreed-count",
                count = state.agreements.len()
            ))
            .strong(),
        );
        for agreement in &state.agreements {
            ui.push_id(("agreement", agreement.id), |ui| {
                let editing = self.editing == Some(agreement.id);
                let mut frame = egui::Frame::group(ui.style()).inner_margin(10.0);
                if editing {
                    frame =
                        frame.stroke(egui::Stroke::new(1.5, ui.visuals().selection.stroke.color));
                }
                frame.show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let terms = &agreement.terms;
                    ui.add(
                        egui::Label::new(RichText::new(agreement_line(state, terms)).strong())
                            .wrap(),
                    );
                    ui.weak(describe_terms(terms));
                    ui.horizontal(|ui| {
                        if editing {
                            ui.weak(t!("phase-homework-being-edited"));
                        } else if ui.button(t!("phase-edit")).clicked() {
                            self.form = Form::from_terms(terms);
                            self.errors = Errors::default();
                            self.editing = Some(agreement.id);
                            self.notice = None;
                        }
                        if ui.button(t!("phase-remove")).clicked() {
                            out.push(Command::DropAgreement { id: agreement.id });
                        }
                    });
                });
            });
        }
    }

    fn suggestions(&mut self, ui: &mut egui::Ui, suggestions: &[Suggestion]) {
        if suggestions.is_empty() {
            return;
        }
        ui.label(RichText::new(t!("phase-homework-suggestions")).strong());
        ui.horizontal_wrapped(|ui| {
            for s in suggestions {
                let clicked = ui
                    .add(egui::Button::new(&s.title).wrap_mode(egui::TextWrapMode::Extend))
                    .on_hover_text(format!("{} ({})", s.behaviour, describe_when(&s.when)))
                    .clicked();
                if clicked {
                    self.form = Form::from_suggestion(s);
                    self.errors = Errors::default();
                    self.notice = Some(t!("phase-homework-suggestion-taken", title = &s.title));
                }
            }
        });
    }

    fn form_ui(&mut self, ui: &mut egui::Ui, state: &SessionState, out: &mut Vec<Command>) {
        let heading = if self.editing.is_some() {
            t!("phase-homework-change-heading")
        } else {
            t!("phase-homework-new-heading")
        };
        ui.label(RichText::new(heading).strong().size(17.0));
        ui.add_space(4.0);

        // Who
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("phase-homework-who"));
            for (who, text) in [
                (Owner::A, short_name(state.name(Side::A)).into_owned()),
                (Owner::B, short_name(state.name(Side::B)).into_owned()),
                (Owner::Both, t!("phase-homework-both")),
            ] {
                ui.selectable_value(&mut self.form.who, who, text);
            }
        });
        ui.add_space(4.0);

        // What
        let label = ui.label(t!("phase-homework-what"));
        let hint = if self.form.who == Owner::Both {
            t!("phase-homework-what-hint-both")
        } else {
            t!("phase-homework-what-hint-one")
        };
        let response = ui
            .add(
                TextEdit::multiline(&mut self.form.behaviour)
                    .hint_text(hint)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.changed() {
            self.errors.behaviour = None;
        }
        error_text(ui, &self.errors.behaviour);
        ui.add_space(4.0);

        // When
        ui.horizontal(|ui| {
            ui.label(t!("phase-homework-when"));
            let before = self.form.when;
            ui.selectable_value(
                &mut self.form.when,
                When::Daily,
                t!("phase-homework-every-day"),
            );
            ui.selectable_value(
                &mut self.form.when,
                When::Weekdays,
                t!("phase-homework-chosen-days"),
            );
            ui.selectable_value(
                &mut self.form.when,
                When::Weekly,
                t!("phase-homework-once-a-week"),
            );
            if self.form.when != before {
                self.errors.days = None;
            }
        });
        match self.form.when {
            When::Daily => {}
            When::Weekdays => {
                ui.horizontal_wrapped(|ui| {
                    for (i, day) in ALL_WEEKDAYS.iter().enumerate() {
                        let response = ui
                            .toggle_value(&mut self.form.days[i], short_day(*day))
                            .accessible_name(day_name(*day));
                        if response.changed() {
                            self.errors.days = None;
                        }
                    }
                });
                error_text(ui, &self.errors.days);
            }
            When::Weekly => {
                ui.horizontal_wrapped(|ui| {
                    ui.selectable_value(
                        &mut self.form.weekly_day,
                        None,
                        t!("phase-homework-any-day"),
                    );
                    for day in ALL_WEEKDAYS {
                        ui.selectable_value(&mut self.form.weekly_day, Some(day), short_day(day))
                            .accessible_name(day_name(day));
                    }
                });
            }
        }
        ui.add_space(4.0);

        // Anchor and evidence
        let label = ui.label(t!("phase-homework-anchor"));
        ui.add(
            TextEdit::singleline(&mut self.form.anchor)
                .hint_text(t!("phase-homework-anchor-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        error_text(ui, &self.errors.anchor);
        let label = ui.label(t!("phase-homework-evidence"));
        ui.add(
            TextEdit::singleline(&mut self.form.evidence)
                .hint_text(t!("phase-homework-evidence-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        error_text(ui, &self.errors.evidence);
        ui.add_space(4.0);

        // Review
        ui.horizontal(|ui| {
            ui.label(t!("phase-homework-review"));
            let next = match state.next_session {
                Some(date) => t!(
                    "phase-homework-review-next-on",
                    date = format_date(date, "phase-date-day-month")
                ),
                None => t!("phase-homework-review-next"),
            };
            ui.selectable_value(&mut self.form.review_on_date, false, next);
            ui.selectable_value(
                &mut self.form.review_on_date,
                true,
                t!("phase-homework-review-on-date"),
            );
        });
        if self.form.review_on_date {
            ui.horizontal(|ui| {
                let what = t!("phase-homework-review-date");
                let label = ui.label(&what);
                let response = ui
                    .add(
                        TextEdit::singleline(&mut self.form.review_date)
                            .hint_text(t!("phase-date-hint"))
                            .desired_width(120.0),
                    )
                    .labelled_by(label.id);
                let shown = state
                    .next_session
                    .unwrap_or(state.date() + chrono::Days::new(7));
                let picked = crate::ui::date::calendar_button(
                    ui,
                    &what,
                    &mut self.form.review_date,
                    shown,
                    Some(state.date()),
                );
                if response.changed() || picked {
                    self.errors.review = None;
                }
                if let Ok(date) = parse_date(&self.form.review_date, state.date()) {
                    ui.weak(long_date(date));
                }
            });
            error_text(ui, &self.errors.review);
        } else {
            self.errors.review = None;
        }
        ui.add_space(8.0);

        // Actions
        ui.horizontal(|ui| {
            let submit = if self.editing.is_some() {
                t!("phase-homework-save")
            } else {
                t!("phase-homework-add")
            };
            let button = egui::Button::new(RichText::new(submit).strong());
            if ui.add(button).clicked() {
                self.submit(state, out);
            }
            if self.editing.is_some() {
                if ui.button(t!("phase-homework-cancel-editing")).clicked() {
                    self.form = Form::default();
                    self.errors = Errors::default();
                    self.editing = None;
                }
            } else if self.form != Form::default()
                && ui.button(t!("phase-homework-clear")).clicked()
            {
                self.form = Form::default();
                self.errors = Errors::default();
                self.notice = None;
            }
        });
        error_text(ui, &self.errors.other);
        if let Some(notice) = &self.notice {
            ui.weak(notice);
        }
    }

    fn submit(&mut self, state: &SessionState, out: &mut Vec<Command>) {
        self.notice = None;
        match self.form.terms(state.date()) {
            Err(errors) => self.errors = *errors,
            Ok(terms) => {
                self.errors = Errors::default();
                match self.editing {
                    Some(id) => {
                        out.push(Command::ChangeAgreement {
                            id,
                            terms: terms.clone(),
                        });
                        self.submitted = Some(Submitted::Change { id, terms });
                    }
                    None => {
                        let before = state.agreements.iter().filter(|a| a.terms == terms).count();
                        out.push(Command::AddAgreement(terms.clone()));
                        self.submitted = Some(Submitted::Add { terms, before });
                    }
                }
            }
        }
    }
}

/// "every day · after breakfast · we'll know: … · review at the next session"
pub(crate) fn describe_terms(terms: &AgreementTerms) -> String {
    let mut parts = vec![describe_when(&terms.when)];
    if !terms.anchor.is_empty() {
        parts.push(terms.anchor.clone());
    }
    if !terms.evidence.is_empty() {
        parts.push(t!("phase-terms-we-know", evidence = &terms.evidence));
    }
    parts.push(match terms.review_on {
        Some(date) => t!(
            "phase-terms-review-on",
            date = format_date(date, "phase-date-full")
        ),
        None => t!("phase-terms-review-next"),
    });
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use super::*;
    use crate::store::templates;
    use crate::ui::console::notes::testkit::{Rig, harness, retype, run, session, type_into};

    fn homework_rig() -> egui_kittest::Harness<'static, Rig<HomeworkPanel>> {
        let suggestions = templates::load(None)
            .by_id("speaker-listener")
            .unwrap()
            .suggestions
            .clone();
        let mut state = session("speaker-listener");
        let homework = state
            .info
            .phases
            .iter()
            .position(|p| p.kind == crate::model::PhaseKind::Homework)
            .unwrap();
        run(&mut state, &Command::GoToPhase(homework));
        harness(Rig::new(state), move |panel, ui, state, now| {
            panel.ui(ui, state, now, &suggestions)
        })
    }

    #[test]
    fn an_agreement_on_chosen_days_is_added_and_the_form_clears() {
        let mut h = homework_rig();
        h.run();
        h.get_by_label("Emma").click();
        type_into(
            &mut h,
            "What, in their own words",
            "I will share my work schedule every morning",
        );
        h.get_by_label("On chosen days").click();
        h.run();
        h.get_by_label("Monday").click();
        h.get_by_label("Thursday").click();
        type_into(&mut h, "Anchor habit: when it happens", "after breakfast");
        h.run();
        h.get_by_label("Add agreement").click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::AddAgreement(AgreementTerms {
                who: Owner::B,
                behaviour: "I will share my work schedule every morning".into(),
                when: Frequency::Weekdays(vec![Weekday::Mon, Weekday::Thu]),
                anchor: "after breakfast".into(),
                evidence: String::new(),
                review_on: None,
            })]
        );
        assert_eq!(h.state().state.agreements.len(), 1);
        assert_eq!(
            h.state().panel.form,
            Form::default(),
            "the form is ready for the next"
        );
        assert!(
            h.query_by_label("Emma: I will share my work schedule every morning")
                .is_some()
        );
    }

    #[test]
    fn an_incomplete_form_says_what_is_missing_and_sends_nothing() {
        let mut h = homework_rig();
        h.run();
        h.get_by_label("On chosen days").click();
        h.run();
        h.get_by_label("On a date").click();
        h.run();
        type_into(&mut h, "Review date", "3 Dec");
        h.run();
        h.get_by_label("Add agreement").click();
        h.run();
        assert!(h.state().sent.is_empty());
        assert!(
            h.query_by_label("Please write what will be done.")
                .is_some()
        );
        assert!(
            h.query_by_label("Choose at least one day of the week.")
                .is_some()
        );
        assert!(
            h.query_by_label_contains("\"3 Dec\" is not a date; type it as YYYY-MM-DD")
                .is_some()
        );
    }

    #[test]
    fn a_review_date_before_the_session_is_refused_and_a_good_one_is_kept() {
        let mut h = homework_rig();
        h.run();
        type_into(
            &mut h,
            "What, in their own words",
            "We will hug before work",
        );
        h.get_by_label("On a date").click();
        h.run();
        type_into(&mut h, "Review date", "2026-11-01");
        h.run();
        h.get_by_label("Add agreement").click();
        h.run();
        assert!(h.state().sent.is_empty());
        assert!(
            h.query_by_label_contains("is before this session")
                .is_some()
        );

        retype(&mut h, "Review date", "2026-12-06");
        h.run();
        assert!(h.query_by_label("Sunday 6 December 2026").is_some());
        h.get_by_label("Add agreement").click();
        h.run();
        let sent = h.state_mut().take();
        let [Command::AddAgreement(terms)] = sent.as_slice() else {
            panic!("expected one agreement, got {sent:?}");
        };
        assert_eq!(terms.review_on, NaiveDate::from_ymd_opt(2026, 12, 6));
        assert_eq!(terms.who, Owner::Both);
        assert_eq!(terms.when, Frequency::Daily);
    }

    #[test]
    fn a_suggestion_prefills_the_form() {
        let mut h = homework_rig();
        h.run();
        h.get_by_label("Weekly check-in").click();
        h.run();
        let form = &h.state().panel.form;
        assert_eq!(form.when, When::Weekly);
        assert_eq!(form.weekly_day, Some(Weekday::Sun));
        assert!(form.behaviour.starts_with("We will sit down together"));
        h.get_by_label("Add agreement").click();
        h.run();
        let sent = h.state_mut().take();
        let [Command::AddAgreement(terms)] = sent.as_slice() else {
            panic!("expected one agreement, got {sent:?}");
        };
        assert_eq!(terms.when, Frequency::Weekly(Some(Weekday::Sun)));
        assert_eq!(terms.anchor, "after Sunday dinner");
    }

    #[test]
    fn agreements_can_be_edited_and_removed() {
        let mut h = homework_rig();
        h.run();
        type_into(
            &mut h,
            "What, in their own words",
            "We will eat dinner together",
        );
        h.get_by_label("Add agreement").click();
        h.run();
        h.state_mut().take();
        let id = h.state().state.agreements[0].id;

        h.get_by_label("Edit").click();
        h.run();
        h.get_by_label("Sophie").click();
        h.get_by_label("Once a week").click();
        h.run();
        h.get_by_label("Friday").click();
        h.run();
        h.get_by_label("Save changes").click();
        h.run();
        let sent = h.state_mut().take();
        let [Command::ChangeAgreement { id: changed, terms }] = sent.as_slice() else {
            panic!("expected a change, got {sent:?}");
        };
        assert_eq!(*changed, id);
        assert_eq!(terms.who, Owner::A);
        assert_eq!(terms.when, Frequency::Weekly(Some(Weekday::Fri)));
        assert!(
            h.query_by_label("Add agreement").is_some(),
            "editing is over"
        );

        h.get_by_label("Remove").click();
        h.run();
        assert_eq!(h.state_mut().take(), vec![Command::DropAgreement { id }]);
        assert!(h.state().state.agreements.is_empty());
    }

    #[test]
    fn dates_are_read_strictly() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(
            parse_date(" 2026-11-22 ", today),
            NaiveDate::from_ymd_opt(2026, 11, 22).ok_or(String::new())
        );
        assert!(parse_date("2026-02-30", today).is_err());
        assert!(parse_date("", today).unwrap_err().contains("2026-11-29"));
    }
}
