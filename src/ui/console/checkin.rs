//! Check-in: how each partner's week went (0 to 10), and the review of last session's homework.

use std::collections::BTreeMap;

use egui::{RichText, TextEdit};

use super::homework::{agreement_line, describe_terms, format_date, outcome_words};
use super::notes::{Draft, repaint_for_drafts};
use crate::locale::therapist;
use crate::model::{Agreement, CSI4, CSI4_CUTOFF, CSI4_MAX, Lang, Ms, Outcome, Side, below_cutoff};
use crate::session::{Command, SessionState};
use crate::t;
use crate::ui::style::short_name;

/// The CSI-4's cut-off as the therapist writes a decimal: "13.5", "13,5".
fn cutoff() -> String {
    let text = CSI4_CUTOFF.to_string();
    if therapist().lang() == Lang::En {
        text
    } else {
        text.replace('.', ",")
    }
}

/// "Sophie: 12 of 21, below the distress cut-off (13.5)"
fn csi_result(name: &str, total: u8) -> String {
    let cutoff = cutoff();
    if below_cutoff(total) {
        t!(
            "phase-csi-result-below",
            name = name,
            score = total,
            max = CSI4_MAX,
            cutoff = &cutoff
        )
    } else {
        t!(
            "phase-csi-result-above",
            name = name,
            score = total,
            max = CSI4_MAX,
            cutoff = &cutoff
        )
    }
}

/// The check-in panel.
#[derive(Debug, Default)]
pub struct CheckInPanel {
    /// The comment being typed for each agreement under review, by agreement id.
    comments: BTreeMap<u32, Draft>,
    /// The partner answering the CSI-4 on the couple display, as the app says.
    pub asking: Option<Side>,
    /// The therapist turned the display to a partner for the CSI-4 (or back: `Some(None)`).
    pub ask: Option<Option<Side>>,
}

fn comment_id(agreement: u32) -> egui::Id {
    egui::Id::unique(("groundwork-review-comment", agreement))
}

fn saved_comment(state: &SessionState, id: u32) -> &str {
    state.reviews.get(&id).map_or("", |r| r.comment.as_str())
}

impl CheckInPanel {
    /// Comments typed but not yet recorded (for agreements that already have an outcome), to
    /// record now: call before leaving the phase or the console.
    pub fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        let mut out = Vec::new();
        for (id, draft) in &mut self.comments {
            let Some(review) = state.reviews.get(id) else {
                continue;
            };
            if let Some(comment) = draft.take_pending(&review.comment) {
                out.push(Command::ReviewAgreement {
                    id: *id,
                    outcome: review.outcome,
                    comment,
                });
            }
        }
        out
    }

    /// A comment that could not be recorded is recorded when the console is left.
    pub fn not_recorded(&mut self, command: &Command) {
        if let Command::ReviewAgreement { id, comment, .. } = command
            && let Some(draft) = self.comments.get_mut(id)
        {
            draft.not_recorded(comment);
        }
    }

    /// Review comments typed and not yet recorded.
    pub fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        self.comments
            .iter()
            .filter(|(id, d)| d.is_pending(saved_comment(state, **id)))
            .map(|(id, _)| t!("phase-unrecorded-comment", id = *id))
            .collect()
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, state: &SessionState, _now: Ms) -> Vec<Command> {
        let mut out = Vec::new();
        ui.label(RichText::new(t!("phase-checkin-week")).strong().size(17.0));
        ui.weak(t!("phase-checkin-week-question"));
        ui.add_space(6.0);
        for side in Side::BOTH {
            rating_row(ui, state, side, &mut out);
        }
        ui.add_space(10.0);
        if let Some(ask) = csi_section(ui, state, self.asking, &mut out) {
            self.ask = Some(ask);
        }

        ui.add_space(14.0);
        ui.label(
            RichText::new(t!("phase-checkin-homework"))
                .strong()
                .size(17.0),
        );
        if state.info.to_review.is_empty() {
            ui.weak(t!("phase-checkin-nothing-to-review"));
            return out;
        }
        let reviewed = state.reviews.len().min(state.info.to_review.len());
        ui.weak(t!(
            "phase-checkin-reviewed",
            reviewed = reviewed,
            total = state.info.to_review.len()
        ));
        ui.add_space(6.0);
        let time = ui.input(|i| i.time);
        for agreement in &state.info.to_review {
            ui.push_id(("review", agreement.id), |ui| {
                egui::Frame::group(ui.style())
                    .inner_margin(12.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        self.review_ui(ui, state, agreement, time, &mut out);
                    });
            });
            ui.add_space(4.0);
        }
        repaint_for_drafts(ui, self.comments.values(), time);
        out
    }

    fn review_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        agreement: &Agreement,
        time: f64,
        out: &mut Vec<Command>,
    ) {
        let id = agreement.id;
        let terms = &agreement.terms;
        ui.add(
            egui::Label::new(
                RichText::new(agreement_line(state, terms))
                    .strong()
                    .size(17.0),
            )
            .wrap(),
        );
        ui.weak(describe_terms(terms));
        if let Some(last) = agreement.last_review() {
            let date = format_date(last.date, "phase-date-day-month");
            let outcome = outcome_words(last.outcome);
            ui.weak(if last.comment.is_empty() {
                t!("phase-checkin-last-review", date = date, outcome = outcome)
            } else {
                t!(
                    "phase-checkin-last-review-comment",
                    date = date,
                    outcome = outcome,
                    comment = &last.comment
                )
            });
        }
        ui.add_space(4.0);

        let saved = state.reviews.get(&id);
        let editing = ui.memory(|m| m.has_focus(comment_id(id)));
        let draft = self.comments.entry(id).or_default();
        draft.sync(saved_comment(state, id), editing);

        ui.horizontal(|ui| {
            let mut outcome = saved.map(|r| r.outcome);
            for (value, text) in [
                (Outcome::Done, t!("phase-checkin-done")),
                (Outcome::Partly, t!("phase-checkin-partly")),
                (Outcome::NotDone, t!("phase-checkin-not-done")),
            ] {
                ui.selectable_value(&mut outcome, Some(value), text);
            }
            if let Some(outcome) = outcome
                && saved.map(|r| r.outcome) != Some(outcome)
            {
                out.push(Command::ReviewAgreement {
                    id,
                    outcome,
                    comment: draft.commit(),
                });
            }
        });

        let label = ui.label(t!("phase-checkin-comment"));
        let response = ui
            .add(
                TextEdit::singleline(draft.buffer())
                    .id(comment_id(id))
                    .hint_text(t!("phase-checkin-comment-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.changed() {
            draft.edited(time);
        }
        match saved {
            Some(review) => {
                if let Some(comment) = draft.take_due(&review.comment, response.lost_focus(), time)
                {
                    out.push(Command::ReviewAgreement {
                        id,
                        outcome: review.outcome,
                        comment,
                    });
                }
            }
            None if !draft.text().trim().is_empty() => {
                ui.weak(t!("phase-checkin-choose-outcome"));
            }
            None => {}
        }

        // Keep it going (the default), or stop it after this review.
        ui.add_space(4.0);
        let mut stop = state.retired.contains(&id);
        if ui
            .checkbox(&mut stop, t!("phase-checkin-stop"))
            .on_hover_text(t!("phase-checkin-stop-hover"))
            .changed()
        {
            out.push(Command::RetireAgreement { id, retired: stop });
        }
        if stop {
            ui.weak(t!("phase-checkin-stops"));
        }
    }
}

/// The CSI-4, asked of each partner: four questions, one click per answer. Its header shows
/// each total once all four are answered.
/// Returns a request to turn the couple display to a partner for their answers (`Some(None)`:
/// back to the session).
fn csi_section(
    ui: &mut egui::Ui,
    state: &SessionState,
    asking: Option<Side>,
    out: &mut Vec<Command>,
) -> Option<Option<Side>> {
    let mut ask = None;
    let totals: Vec<String> = Side::BOTH
        .iter()
        .map(|side| {
            let total = state.csi_score(*side).map_or_else(
                || t!("phase-csi-not-asked"),
                |score| t!("phase-csi-total", score = score, max = CSI4_MAX),
            );
            format!("{} {total}", short_name(state.name(*side)))
        })
        .collect();
    egui::CollapsingHeader::new(
        RichText::new(t!("phase-csi-heading", totals = totals.join(" · "))).strong(),
    )
    .id_salt("csi")
    .show(ui, |ui| {
        ui.weak(t!("phase-csi-intro", cutoff = cutoff()));
        for side in Side::BOTH {
            let name = state.name(side);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ui.label(RichText::new(name).strong().size(16.0));
                if asking == Some(side) {
                    if ui.button(t!("phase-csi-back")).clicked() {
                        ask = Some(None);
                    }
                } else if ui
                    .button(t!("phase-csi-ask", name = short_name(name).into_owned()))
                    .on_hover_text(t!("phase-csi-ask-hover"))
                    .clicked()
                {
                    ask = Some(Some(side));
                }
            });
            if asking == Some(side) {
                ui.weak(t!("phase-csi-answering", name = name));
                if let Some(total) = state.csi_score(side) {
                    ui.label(csi_result(name, total));
                }
                continue;
            }
            for (i, item) in CSI4.iter().enumerate() {
                let current = state.csi[side as usize][i];
                ui.label(format!("{}. {}", i + 1, item.text));
                ui.horizontal_wrapped(|ui| {
                    ui.spacing_mut().item_spacing.x = 4.0;
                    for (score, words) in item.answers.iter().enumerate() {
                        let score = score as u8;
                        let response = ui
                            .add(egui::Button::selectable(current == Some(score), *words))
                            .accessible_name(t!(
                                "phase-csi-answer-name",
                                name = name,
                                number = i + 1,
                                answer = *words
                            ));
                        if response.clicked() && current != Some(score) {
                            out.push(Command::AnswerCsi {
                                side,
                                item: i as u8,
                                answer: score,
                            });
                        }
                    }
                });
            }
            if let Some(total) = state.csi_score(side) {
                let colour = if below_cutoff(total) {
                    crate::ui::style::WARN
                } else {
                    crate::ui::style::ACCENT
                };
                ui.colored_label(colour, csi_result(name, total));
            }
        }
    });
    ask
}

/// "Sophie  0 1 2 … 10  (7)": one click records the rating.
fn rating_row(ui: &mut egui::Ui, state: &SessionState, side: Side, out: &mut Vec<Command>) {
    let name = state.name(side);
    let current = state.check_in[side as usize];
    ui.horizontal(|ui| {
        ui.add_sized(
            [100.0, 28.0],
            egui::Label::new(RichText::new(name).strong().size(17.0)).truncate(),
        );
        ui.spacing_mut().item_spacing.x = 4.0;
        ui.spacing_mut().button_padding.x = 8.0;
        for score in 0..=10u8 {
            let response = ui
                .add_sized(
                    [34.0, 30.0],
                    egui::Button::selectable(
                        current == Some(score),
                        RichText::new(score.to_string()).size(17.0),
                    ),
                )
                .accessible_name(t!("phase-checkin-rating-name", name = name, score = score));
            if response.clicked() && current != Some(score) {
                out.push(Command::RateCheckIn { side, score });
            }
        }
        ui.add_space(8.0);
        if current.is_none() {
            ui.weak(t!("phase-checkin-not-rated"));
        }
    });
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use super::*;
    use crate::model::Owner;
    use crate::ui::console::notes::testkit::{Rig, couple, harness, old_agreement, session_with};

    fn checkin_rig() -> egui_kittest::Harness<'static, Rig<CheckInPanel>> {
        let mut couple = couple();
        couple.agreements = vec![
            old_agreement(1, Owner::A, "I will share my work schedule every morning"),
            old_agreement(2, Owner::Both, "We will eat dinner without phones"),
        ];
        harness(
            Rig::new(session_with(&couple, "speaker-listener")),
            CheckInPanel::ui,
        )
    }

    #[test]
    fn each_partner_rates_the_week_with_one_click() {
        let mut h = checkin_rig();
        h.run();
        h.get_by_label("Emma: 4").click();
        h.run();
        h.get_by_label("Sophie: 7").click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![
                Command::RateCheckIn {
                    side: Side::B,
                    score: 4
                },
                Command::RateCheckIn {
                    side: Side::A,
                    score: 7
                },
            ]
        );
        assert_eq!(h.state().state.check_in, [Some(7), Some(4)]);
        assert!(h.query_by_label("not rated").is_none(), "both rated");
    }

    #[test]
    fn agreements_are_reviewed_with_an_outcome_and_a_comment() {
        let mut h = checkin_rig();
        h.run();
        assert!(
            h.query_by_label("Sophie: I will share my work schedule every morning")
                .is_some()
        );
        assert!(
            h.query_by_label("Sophie and Emma: We will eat dinner without phones")
                .is_some()
        );
        // A comment typed before the outcome waits for it.
        h.get_all_by_label("Comment").next().unwrap().focus();
        h.run();
        h.get_all_by_label("Comment")
            .next()
            .unwrap()
            .type_text("Most mornings");
        h.key_press(egui::Key::Enter);
        h.run();
        assert!(h.state().sent.is_empty());
        assert!(h.query_by_label_contains("Choose done, partly").is_some());

        h.get_all_by_label("Partly").next().unwrap().click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::ReviewAgreement {
                id: 1,
                outcome: Outcome::Partly,
                comment: "Most mornings".into()
            }]
        );

        h.get_all_by_label("Done").nth(1).unwrap().click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::ReviewAgreement {
                id: 2,
                outcome: Outcome::Done,
                comment: String::new()
            }]
        );

        // A comment on a reviewed agreement is recorded when the field is left.
        h.get_all_by_label("Comment").nth(1).unwrap().click();
        h.run();
        h.get_all_by_label("Comment")
            .nth(1)
            .unwrap()
            .type_text("Every night but Friday");
        h.step();
        assert!(h.state().sent.is_empty());
        h.key_press(egui::Key::Enter);
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::ReviewAgreement {
                id: 2,
                outcome: Outcome::Done,
                comment: "Every night but Friday".into()
            }]
        );
        assert_eq!(
            h.state().state.reviews[&2].comment,
            "Every night but Friday"
        );
        assert!(h.query_by_label_contains("2 of 2 reviewed").is_some());
    }

    #[test]
    fn an_agreement_can_be_stopped_after_its_review_and_kept_again() {
        let mut h = checkin_rig();
        h.run();
        assert!(h.query_by_label_contains("Stops after today").is_none());
        let stop = "Stop this agreement (kept up, or no longer wanted)";
        assert_eq!(h.get_all_by_label(stop).count(), 2, "one per agreement");

        h.get_all_by_label(stop).nth(1).unwrap().click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::RetireAgreement {
                id: 2,
                retired: true
            }]
        );
        assert!(h.state().state.retired.contains(&2));
        assert!(!h.state().state.retired.contains(&1), "only the one ticked");
        assert!(h.query_by_label_contains("Stops after today").is_some());

        // A change of mind: untick, and it keeps going.
        h.get_all_by_label(stop).nth(1).unwrap().click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::RetireAgreement {
                id: 2,
                retired: false
            }]
        );
        assert!(h.state().state.retired.is_empty());
        assert!(h.query_by_label_contains("Stops after today").is_none());
    }

    #[test]
    fn flush_records_a_comment_still_being_typed() {
        let mut h = checkin_rig();
        h.run();
        h.get_all_by_label("Not done").next().unwrap().click();
        h.run();
        h.state_mut().take();
        h.get_all_by_label("Comment").next().unwrap().click();
        h.run();
        h.get_all_by_label("Comment")
            .next()
            .unwrap()
            .type_text("Busy week");
        h.step();
        let Rig { panel, state, .. } = h.state_mut();
        assert_eq!(
            panel.flush(state),
            vec![Command::ReviewAgreement {
                id: 1,
                outcome: Outcome::NotDone,
                comment: "Busy week".into()
            }]
        );
    }
}
