//! Between sessions, a couple's record is its `couple.ron`. These functions build a session's
//! starting point from it and write a finished session back into it.

use chrono::NaiveDate;

use super::state::SessionState;
use crate::model::{Couple, GroundRule, NoteFormat, Review, SessionStart, Template};

/// What a new session of `couple` with `template` on `date` starts from: the couple's own ground
/// rules (or the template's defaults for a first session) and the open agreements due for review
/// (those without a review date, or whose date has come). What the template says is in the
/// couple's language where the template has it.
pub fn session_start(
    couple: &Couple,
    number: u32,
    template: &Template,
    note_format: NoteFormat,
    date: NaiveDate,
) -> SessionStart {
    // The session runs in the couple's words: its phases, steps, cards and rules.
    let template = &template.in_lang(couple.lang());
    let ground_rules = if couple.ground_rules.is_empty() {
        template
            .ground_rules
            .iter()
            .enumerate()
            .map(|(i, text)| GroundRule {
                id: i as u32 + 1,
                text: text.clone(),
                agreed_on: None,
                session_only: false,
            })
            .collect()
    } else {
        couple.ground_rules.clone()
    };
    // Rules copied from a template before rules were marked are marked by their words.
    let ground_rules = ground_rules
        .into_iter()
        .map(|r| GroundRule {
            session_only: r.session_only || template.session_only.contains(&r.text),
            ..r
        })
        .collect();
    SessionStart {
        couple: couple.id.clone(),
        number,
        partner_a: couple.partner_a.name.clone(),
        partner_b: couple.partner_b.name.clone(),
        template_id: template.id.clone(),
        template_name: template.name.clone(),
        phases: template.phases.clone(),
        timeouts: template.timeouts,
        ground_rules,
        to_review: couple
            .open_agreements()
            .filter(|a| a.terms.review_on.is_none_or(|d| d <= date))
            .cloned()
            .collect(),
        next_agreement_id: couple
            .agreements
            .iter()
            .map(|a| a.id.saturating_add(1))
            .max()
            .unwrap_or(1),
        note_format,
        cards: template.cards.clone(),
        other_rules: template.other_rules.clone(),
        clinical: couple.clinical.clone(),
        confidentiality: couple.confidentiality.clone(),
        alone: None,
        kept_before: couple
            .agreements
            .iter()
            .flat_map(|a| &a.reviews)
            .filter(|r| r.outcome == crate::model::Outcome::Done)
            .count() as u32,
    }
}

/// Writes what a session decided into the couple's record: reviews, agreements stopped, new
/// agreements, and (when it is the couple's newest session) the ground rules now in force and
/// the next appointment. `journal` is the session's file name and `device` the tag of the
/// computer that ran it: the record lists the journals recorded, so running it again for the
/// same journal changes nothing, and a session of the same number run on another computer is
/// recorded beside it rather than over it.
pub fn record_into(state: &SessionState, couple: &mut Couple, journal: &str, device: Option<&str>) {
    let recorded = couple.recorded.get_or_insert_with(Vec::new);
    if recorded.iter().any(|r| r == journal) {
        return;
    }
    recorded.push(journal.to_owned());
    let device = device.map(str::to_owned);
    let date: NaiveDate = state.date();
    let number = state.info.number;
    if number >= couple.recorded_through {
        couple.ground_rules = state
            .rules
            .iter()
            .map(|r| GroundRule {
                id: r.id,
                text: r.text.clone(),
                agreed_on: if r.agreed_by_both() {
                    Some(date)
                } else {
                    r.agreed_before
                },
                session_only: r.session_only,
            })
            .collect();
        if state.next_session.is_some() {
            couple.next_session = state.next_session;
        }
        couple.recorded_through = number;
    }
    for (id, review) in &state.reviews {
        if let Some(a) = couple.agreements.iter_mut().find(|a| a.id == *id) {
            a.reviews.retain(|r| r.session != number || r.on != device);
            a.reviews.push(Review {
                session: number,
                date,
                outcome: review.outcome,
                comment: review.comment.clone(),
                on: device.clone(),
            });
            a.reviews.sort_by_key(|r| (r.date, r.session));
        }
    }
    for reviewed in &state.info.to_review {
        if let Some(a) = couple.agreements.iter_mut().find(|a| a.id == reviewed.id) {
            a.retired = state.retired.contains(&a.id);
        }
    }
    for agreement in &state.agreements {
        // Ids are unique within what one computer knew when the session began; another
        // computer's session, or one left unfinished and ended later, may have used the id.
        let mut added = agreement.clone();
        added.made_on = device.clone();
        if couple.agreements.iter().any(|a| a.id == added.id) {
            added.id = couple.agreements.iter().map(|a| a.id).max().unwrap_or(0) + 1;
        }
        couple.agreements.push(added);
    }
}
