//! Closing: what happened in the session at a glance, the next appointment, and ending it.

use chrono::NaiveDate;
use egui::{RichText, TextEdit};

use super::homework::{agreement_line, describe_terms, long_date, parse_date};
use super::record::RecordPanel;
use crate::model::{Caller, Ms, Outcome, Side, TimeoutReason, human_duration};
use crate::session::{Command, SessionState};
use crate::t;
use crate::ui::style::short_name;

/// The closing panel.
#[derive(Debug, Default)]
pub struct ClosingPanel {
    record: RecordPanel,
    next_date: String,
    error: Option<String>,
    /// The session's next-session date as last put in the field.
    shown: Option<Option<NaiveDate>>,
}

const DATE_FIELD: &str = "groundwork-next-session";

fn section(ui: &mut egui::Ui, title: String) {
    ui.add_space(12.0);
    ui.label(RichText::new(title).strong().size(17.0));
    ui.add_space(2.0);
}

impl ClosingPanel {
    /// The next-session date typed but not yet recorded, to record now: call before leaving
    /// the console or ending the session.
    pub fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        let mut out = self.record.flush(state);
        if let Ok(Some(command)) = self.typed_date(state) {
            out.push(command);
        }
        out
    }

    /// A next-session date typed and not yet recorded.
    pub fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        let mut out = self.record.unrecorded();
        if !matches!(self.typed_date(state), Ok(None)) {
            out.push(t!("phase-unrecorded-next-date"));
        }
        out
    }

    /// What the field asks for: `Ok(None)` when it matches the session already.
    fn typed_date(&self, state: &SessionState) -> Result<Option<Command>, String> {
        // Never shown in this console (a session reopened): nothing was typed, and an empty
        // field must not clear the date recorded before.
        if self.shown.is_none() {
            return Ok(None);
        }
        let text = self.next_date.trim();
        let date = if text.is_empty() {
            None
        } else {
            Some(parse_date(text, state.date())?)
        };
        Ok((date != state.next_session).then_some(Command::SetNextSession(date)))
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        now: Ms,
        signer: &str,
    ) -> Vec<Command> {
        let mut out = Vec::new();
        let when = match state.ended {
            Some(end) => t!(
                "phase-closing-from-to",
                start = state.started.wall.format("%H:%M").to_string(),
                end = end.wall.format("%H:%M").to_string(),
                length = human_duration(end.at)
            ),
            None => t!(
                "phase-closing-so-far",
                start = state.started.wall.format("%H:%M").to_string(),
                length = human_duration(state.elapsed_ms(now))
            ),
        };
        ui.weak(t!(
            "phase-closing-heading",
            number = state.info.number,
            template = &state.info.template_name,
            when = when
        ));

        // After the session, what is left to do comes first: the record and the signature.
        if state.is_ended() {
            out.extend(self.record.ui(ui, state, signer));
        }
        dialogue_summary(ui, state, now);
        check_in_summary(ui, state);
        timeouts_summary(ui, state);
        agreements_summary(ui, state);
        rules_summary(ui, state);

        section(ui, t!("phase-closing-next-session"));
        self.next_session(ui, state, &mut out);
        if !state.is_ended() {
            out.extend(self.record.ui(ui, state, signer));
        }

        ui.add_space(16.0);
        match state.ended {
            Some(end) => {
                let time = end.wall.format("%H:%M").to_string();
                ui.label(if state.signed.is_some() {
                    t!("phase-closing-ended", time = time)
                } else {
                    t!("phase-closing-ended-unsigned", time = time)
                });
            }
            None => {
                let button =
                    egui::Button::new(RichText::new(t!("phase-closing-end")).strong().size(17.0))
                        .fill(ui.visuals().selection.bg_fill)
                        .min_size(egui::vec2(160.0, 36.0));
                if ui.add(button).clicked() {
                    // A date typed but not yet set is recorded first (unless leaving the field
                    // just did that).
                    let dated = out.iter().any(|c| matches!(c, Command::SetNextSession(_)));
                    match self.typed_date(state) {
                        Ok(date) => {
                            if !dated {
                                out.extend(date);
                            }
                            out.push(Command::End);
                        }
                        Err(why) => self.error = Some(why),
                    }
                }
            }
        }
        out
    }

    fn next_session(&mut self, ui: &mut egui::Ui, state: &SessionState, out: &mut Vec<Command>) {
        let id = egui::Id::unique(DATE_FIELD);
        let editing = ui.memory(|m| m.has_focus(id));
        if self.shown != Some(state.next_session) && !editing {
            self.next_date = state
                .next_session
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            self.shown = Some(state.next_session);
            self.error = None;
        }
        let mut set = false;
        ui.horizontal(|ui| {
            let label = ui.label(t!("phase-closing-next-date"));
            let response = ui
                .add(
                    TextEdit::singleline(&mut self.next_date)
                        .id(id)
                        .hint_text(t!("phase-date-hint"))
                        .desired_width(120.0),
                )
                .labelled_by(label.id);
            if response.changed() {
                self.error = None;
            }
            set |= response.lost_focus();
            set |= ui.button(t!("phase-closing-set-date")).clicked();
            if state.next_session.is_some() && ui.button(t!("phase-closing-clear-date")).clicked() {
                self.next_date.clear();
                set = true;
            }
        });
        if set {
            match self.typed_date(state) {
                Ok(command) => out.extend(command),
                Err(why) => self.error = Some(why),
            }
        }
        if let Some(why) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, why);
        } else if let Some(date) = state.next_session {
            ui.weak(t!("phase-closing-next-on", date = long_date(date)));
        } else {
            ui.weak(t!("phase-closing-printed"));
        }
    }
}

fn dialogue_summary(ui: &mut egui::Ui, state: &SessionState, now: Ms) {
    section(ui, t!("phase-closing-dialogue"));
    let talk = Side::BOTH.map(|s| state.talk_ms(s, now));
    let turns = Side::BOTH.map(|s| state.turns(s));
    if talk == [0, 0] && turns == [0, 0] {
        ui.weak(t!("phase-closing-no-turns"));
        return;
    }
    egui::Grid::new("groundwork-closing-dialogue")
        .num_columns(4)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            ui.weak(t!("phase-closing-turns"));
            ui.weak(t!("phase-closing-talk-time"));
            ui.weak(t!("phase-closing-paraphrasing"));
            ui.end_row();
            for (i, side) in Side::BOTH.into_iter().enumerate() {
                // Short: a long name in this column would widen the whole summary.
                ui.label(RichText::new(short_name(state.name(side))).strong());
                ui.label(turns[i].to_string());
                ui.label(human_duration(talk[i]));
                ui.label(human_duration(state.paraphrase_ms(side, now)));
                ui.end_row();
            }
        });
    let total = talk[0] + talk[1];
    if total > 0 {
        let share = (talk[0] as f64 / total as f64 * 100.0).round() as u64;
        ui.weak(t!(
            "phase-closing-share",
            a = state.name(Side::A),
            a_share = share,
            b = state.name(Side::B),
            b_share = 100 - share
        ));
    }
    let not_quite = state.dialogue.not_quite_total();
    if not_quite > 0 {
        ui.weak(t!("phase-closing-not-quite", count = not_quite));
    }
}

fn check_in_summary(ui: &mut egui::Ui, state: &SessionState) {
    let ratings: Vec<String> = Side::BOTH
        .into_iter()
        .filter_map(|s| {
            state.check_in[s as usize].map(|score| format!("{} {score} / 10", state.name(s)))
        })
        .collect();
    if ratings.is_empty() && state.info.to_review.is_empty() {
        return;
    }
    section(ui, t!("phase-closing-check-in"));
    if !ratings.is_empty() {
        ui.label(t!("phase-closing-week", ratings = ratings.join(", ")));
    }
    if !state.info.to_review.is_empty() {
        let count = |o: Outcome| state.reviews.values().filter(|r| r.outcome == o).count();
        ui.label(t!(
            "phase-closing-reviewed",
            reviewed = state.reviews.len(),
            total = state.info.to_review.len(),
            done = count(Outcome::Done),
            partly = count(Outcome::Partly),
            not_done = count(Outcome::NotDone)
        ));
    }
}

fn timeouts_summary(ui: &mut egui::Ui, state: &SessionState) {
    section(ui, t!("phase-closing-timeouts"));
    if state.timeouts.is_empty() && state.timeout.is_none() {
        ui.weak(t!("phase-closing-no-timeouts"));
        return;
    }
    let who = |by: Caller| match by {
        Caller::Partner(side) => state.name(side).to_owned(),
        Caller::Therapist => t!("phase-closing-by-you"),
    };
    for timeout in &state.timeouts {
        let how = if timeout.ended_early {
            t!(
                "phase-closing-ended-early",
                lasted = human_duration(timeout.lasted),
                planned = human_duration(timeout.planned)
            )
        } else {
            human_duration(timeout.lasted)
        };
        ui.label(t!(
            "phase-closing-timeout",
            time = timeout.started.wall.format("%H:%M").to_string(),
            who = who(timeout.by),
            reason = reason_words(&timeout.reason),
            how = how
        ));
    }
    if let Some(timeout) = &state.timeout {
        ui.label(t!(
            "phase-closing-timeout-running",
            time = timeout.started.wall.format("%H:%M").to_string(),
            who = who(timeout.by),
            reason = reason_words(&timeout.reason),
            back = timeout.back_at().format("%H:%M").to_string()
        ));
    }
}

/// Why a timeout was called, in the therapist's words; a reason typed stays as typed.
fn reason_words(reason: &TimeoutReason) -> String {
    match reason {
        TimeoutReason::Flooding => t!("phase-closing-reason-flooding"),
        TimeoutReason::Break => t!("phase-closing-reason-break"),
        TimeoutReason::Other(why) if why.trim().is_empty() => t!("phase-closing-reason-other"),
        TimeoutReason::Other(why) => why.clone(),
    }
}

fn agreements_summary(ui: &mut egui::Ui, state: &SessionState) {
    section(ui, t!("phase-closing-agreements"));
    if state.agreements.is_empty() {
        ui.weak(t!("phase-closing-no-agreements"));
        return;
    }
    for a in &state.agreements {
        ui.add(egui::Label::new(agreement_line(state, &a.terms)).wrap());
        ui.weak(describe_terms(&a.terms));
        ui.add_space(2.0);
    }
}

fn rules_summary(ui: &mut egui::Ui, state: &SessionState) {
    section(ui, t!("phase-closing-rules"));
    if state.rules.is_empty() {
        ui.weak(t!("phase-closing-no-rules"));
        return;
    }
    let both = state.rules.iter().filter(|r| r.agreed_by_both()).count();
    ui.label(t!(
        "phase-closing-rules-agreed",
        both = both,
        total = state.rules.len()
    ));
    for rule in &state.rules {
        let status = match rule.agreed {
            [true, true] => t!("phase-closing-rule-both"),
            [true, false] => t!("phase-closing-rule-only", name = state.name(Side::A)),
            [false, true] => t!("phase-closing-rule-only", name = state.name(Side::B)),
            [false, false] => t!("phase-closing-rule-none"),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(&rule.text);
            ui.weak(format!("({status})"));
        });
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use super::*;
    use crate::model::{AgreementTerms, Frequency, Owner, TimeoutReason};
    use crate::ui::console::notes::testkit::{Rig, harness, retype, run, session, type_into};

    fn closing_rig() -> egui_kittest::Harness<'static, Rig<ClosingPanel>> {
        let mut state = session("speaker-listener");
        let dialogue = state
            .info
            .phases
            .iter()
            .position(|p| matches!(p.kind, crate::model::PhaseKind::SpeakerListener { .. }))
            .unwrap();
        run(&mut state, &Command::AgreeAllRules { side: Side::A });
        run(&mut state, &Command::AgreeAllRules { side: Side::B });
        run(&mut state, &Command::GoToPhase(dialogue));
        for command in [
            Command::Advance,
            Command::Advance,
            Command::Advance,
            Command::NotQuite,
            Command::Advance,
            Command::Advance,
        ] {
            run(&mut state, &command);
        }
        run(
            &mut state,
            &Command::CallTimeout {
                by: crate::model::Caller::Partner(Side::B),
                reason: TimeoutReason::Flooding,
                length_ms: None,
            },
        );
        run(&mut state, &Command::EndTimeout);
        run(
            &mut state,
            &Command::AddAgreement(AgreementTerms {
                who: Owner::A,
                behaviour: "I will share my work schedule every morning".into(),
                when: Frequency::Daily,
                anchor: String::new(),
                evidence: String::new(),
                review_on: None,
            }),
        );
        let last = state.info.phases.len() - 1;
        run(&mut state, &Command::GoToPhase(last));
        let mut rig = Rig::new(state);
        rig.now = rig.state.last.at;
        harness(
            rig,
            |panel: &mut ClosingPanel, ui: &mut egui::Ui, state: &SessionState, now: Ms| {
                panel.ui(ui, state, now, "")
            },
        )
    }

    #[test]
    fn the_summary_shows_turns_timeouts_agreements_and_rules() {
        let mut h = closing_rig();
        h.run();
        assert!(h.query_by_label("Turns").is_some());
        assert!(
            h.query_by_label_contains("called by Emma · flooding")
                .is_some()
        );
        assert!(
            h.query_by_label_contains("planned 20 min, ended early")
                .is_some()
        );
        assert!(
            h.query_by_label("Sophie: I will share my work schedule every morning")
                .is_some()
        );
        assert!(h.query_by_label_contains("rules agreed by both.").is_some());
        assert!(
            h.query_by_label("1 paraphrase needed another try.")
                .is_some()
        );
    }

    #[test]
    fn the_next_session_date_is_checked_and_set() {
        let mut h = closing_rig();
        h.run();
        type_into(&mut h, "Date of the next session", "2026-13-01");
        h.get_by_label("Set date").click();
        h.run();
        assert!(h.state().sent.is_empty());
        assert!(h.query_by_label_contains("is not a date").is_some());

        retype(&mut h, "Date of the next session", "2026-12-06");
        h.key_press(egui::Key::Enter);
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::SetNextSession(NaiveDate::from_ymd_opt(
                2026, 12, 6
            ))]
        );
        assert!(
            h.query_by_label("Next session: Sunday 6 December 2026")
                .is_some()
        );
    }

    #[test]
    fn ending_records_a_typed_date_first() {
        let mut h = closing_rig();
        h.run();
        type_into(&mut h, "Date of the next session", "2026-12-06");
        h.get_by_label("End session").click();
        h.run();
        let sent = h.state_mut().take();
        assert_eq!(sent.len(), 2, "{sent:?}");
        assert_eq!(sent.last(), Some(&Command::End));
        assert!(
            sent.contains(&Command::SetNextSession(NaiveDate::from_ymd_opt(
                2026, 12, 6
            )))
        );
        assert!(h.query_by_label("End session").is_none());
        assert!(h.query_by_label_contains("The session ended at").is_some());
    }

    #[test]
    fn flush_records_a_typed_date_and_ignores_a_bad_one() {
        let mut h = closing_rig();
        h.run();
        type_into(&mut h, "Date of the next session", "2026-12-06");
        let Rig { panel, state, .. } = h.state_mut();
        assert_eq!(
            panel.flush(state),
            vec![Command::SetNextSession(NaiveDate::from_ymd_opt(
                2026, 12, 6
            ))]
        );
        panel.next_date = "soon".into();
        assert!(panel.flush(state).is_empty());
    }
}
