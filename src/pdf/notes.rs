//! The therapist's session notes, for the clinical record, drafted from the session journal.

use chrono::{DateTime, FixedOffset};

use super::layout::{Composer, Fonts, Style, render};
use super::{Document, Letterhead};
use crate::model::{
    Caller, Entry, Event, Outcome, Owner, Side, Stage, TimeoutReason, clock_time, human_duration,
};
use crate::session::SessionState;

const BODY: f32 = 10.5;
const SMALL: f32 = 9.0;

fn grey(size: f32) -> Style {
    Style {
        size,
        bold: false,
        grey: 0.42,
        indent: 0.0,
    }
}

fn bold(size: f32) -> Style {
    Style {
        size,
        bold: true,
        grey: 0.0,
        indent: 0.0,
    }
}

/// A simple table: fixed column widths (fractions of the text width), cells wrapped, a row
/// never split across pages, the header row repeated on each new page.
struct Table {
    columns: Vec<f32>,
    header: Vec<String>,
}

impl Table {
    fn new(columns: &[f32], header: &[&str]) -> Table {
        Table {
            columns: columns.to_vec(),
            header: header.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    fn widths(&self, c: &Composer) -> Vec<f32> {
        self.columns.iter().map(|f| f * c.text_width()).collect()
    }

    fn draw_row(&self, c: &mut Composer, cells: &[String], style: Style) {
        let widths = self.widths(c);
        let pad = 6.0;
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, w)| c.lines_in(cell, style, w - pad))
            .collect();
        let rows = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let lh = style.size * 1.35;
        let mut x = c.margin;
        let top = c.y();
        for (lines, w) in wrapped.iter().zip(&widths) {
            for (i, line) in lines.iter().enumerate() {
                c.set_y(top + i as f32 * lh);
                c.text_at(x, line.clone(), style);
            }
            x += w;
        }
        c.set_y(top + rows as f32 * lh + 2.0);
    }

    fn height(&self, c: &mut Composer, cells: &[String], style: Style) -> f32 {
        let widths = self.widths(c);
        let rows = cells
            .iter()
            .zip(&widths)
            .map(|(cell, w)| c.lines_in(cell, style, w - 6.0).len())
            .max()
            .unwrap_or(1);
        rows as f32 * style.size * 1.35 + 2.0
    }

    fn header(&self, c: &mut Composer) {
        self.draw_row(c, &self.header.clone(), bold(SMALL));
        c.rule(0.75, 0.5);
        c.space(3.0);
    }

    /// Draws the table; `rows` are the cells of each row.
    fn draw(&self, c: &mut Composer, rows: &[Vec<String>]) {
        let style = Style::body(BODY);
        let first = rows.first().map_or(0.0, |r| self.height(c, r, style));
        c.keep_together(first + 24.0);
        self.header(c);
        for row in rows {
            let h = self.height(c, row, style);
            let page = c.page_count();
            c.keep_together(h);
            if c.page_count() != page {
                self.header(c);
            }
            self.draw_row(c, row, style);
        }
        c.space(6.0);
    }
}

fn time(wall: DateTime<FixedOffset>) -> String {
    wall.format("%H:%M").to_string()
}

fn minutes(ms: u64) -> String {
    format!("{}", (ms + 30_000) / 60_000)
}

/// Session notes from a session's journal.
pub fn session_notes(entries: &[Entry], letterhead: &Letterhead) -> Result<Document, String> {
    let state = SessionState::from_entries(entries)?;
    let fonts = Fonts::load()?;
    let mut c = Composer::new(&fonts, letterhead.paper);
    let names = [
        state.name(Side::A).to_owned(),
        state.name(Side::B).to_owned(),
    ];
    let end = state.ended.map_or(state.last, |e| e);

    // Header block.
    if !letterhead.practice.is_empty() {
        c.paragraph(&letterhead.practice, grey(BODY));
    }
    c.paragraph("Session notes", bold(20.0));
    c.paragraph(&format!("{} & {}", names[0], names[1]), bold(14.0));
    let mut line = format!(
        "Session {} · {} · {} · {}–{} ({})",
        state.info.number,
        state.info.template_name,
        state.started.wall.format("%A %-d %B %Y"),
        time(state.started.wall),
        time(end.wall),
        human_duration(state.elapsed_ms(end.at)),
    );
    if !letterhead.therapist.is_empty() {
        line.push_str(&format!(" · {}", letterhead.therapist));
    }
    if !state.is_ended() {
        line.push_str(" · not ended");
    }
    c.paragraph(&line, grey(BODY));
    c.space(6.0);
    c.rule(0.6, 0.8);
    c.space(10.0);

    // Agenda.
    c.heading("Agenda", 13.0);
    let rows: Vec<Vec<String>> = state
        .info
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| {
            vec![
                format!("{}. {}", i + 1, p.title),
                p.kind.label().to_owned(),
                p.minutes.get().to_string(),
                minutes(state.phase_actual_ms(i, end.at)),
            ]
        })
        .collect();
    Table::new(
        &[0.45, 0.29, 0.13, 0.13],
        &["Phase", "Kind", "Planned min", "Actual min"],
    )
    .draw(&mut c, &rows);

    // Check-in and homework review.
    c.heading("Check-in and homework review", 13.0);
    let ratings: Vec<String> = Side::BOTH
        .iter()
        .map(|s| match state.check_in[*s as usize] {
            Some(r) => format!("{} {r}/10", state.name(*s)),
            None => format!("{} not rated", state.name(*s)),
        })
        .collect();
    c.paragraph(
        &format!("How the week went: {}.", ratings.join(", ")),
        Style::body(BODY),
    );
    if state.info.to_review.is_empty() {
        c.paragraph("No agreements were due for review.", grey(BODY));
    } else {
        let rows: Vec<Vec<String>> = state
            .info
            .to_review
            .iter()
            .map(|a| {
                let review = state.reviews.get(&a.id);
                let outcome = review.map_or("not reviewed", |r| match r.outcome {
                    Outcome::Done => "done",
                    Outcome::Partly => "partly",
                    Outcome::NotDone => "not done",
                });
                let stopped = if state.retired.contains(&a.id) {
                    " (stopped)"
                } else {
                    ""
                };
                vec![
                    format!("{}: {}", owner(&names, a.terms.who), a.terms.behaviour),
                    format!("{outcome}{stopped}"),
                    review.map(|r| r.comment.clone()).unwrap_or_default(),
                ]
            })
            .collect();
        Table::new(&[0.5, 0.16, 0.34], &["Agreement", "Outcome", "Comment"]).draw(&mut c, &rows);
    }

    // Ground rules.
    c.heading("Ground rules in force", 13.0);
    for rule in &state.rules {
        let agreed = match rule.agreed {
            [true, true] => "agreed by both".to_owned(),
            [true, false] => format!("agreed by {}", names[0]),
            [false, true] => format!("agreed by {}", names[1]),
            [false, false] => "not agreed this session".to_owned(),
        };
        c.paragraph(&format!("• {} — {agreed}", rule.text), Style::body(BODY));
    }
    c.space(8.0);

    // Speaker/listener: left out of a session that had no turns (a table of zeros says nothing).
    let had_turns = !state.dialogue.finished.is_empty() || state.dialogue.turn.is_some();
    if had_turns {
        c.heading("Speaker and listener", 13.0);
        let rows: Vec<Vec<String>> = Side::BOTH
            .iter()
            .map(|s| {
                vec![
                    state.name(*s).to_owned(),
                    state.turns(*s).to_string(),
                    clock_time(-(state.talk_ms(*s, end.at) as i64))
                        .trim_start_matches('+')
                        .to_owned(),
                    clock_time(-(state.paraphrase_ms(*s, end.at) as i64))
                        .trim_start_matches('+')
                        .to_owned(),
                ]
            })
            .collect();
        Table::new(
            &[0.34, 0.2, 0.23, 0.23],
            &["Partner", "Turns held", "Talk time", "Paraphrasing"],
        )
        .draw(&mut c, &rows);
        let retries: u32 = state.dialogue.finished.iter().map(|t| t.not_quite).sum();
        if retries > 0 {
            c.paragraph(
                &format!("Paraphrases that needed another try: {retries}."),
                Style::body(BODY),
            );
        }
        let topics: Vec<&str> = {
            let mut t: Vec<&str> = state
                .dialogue
                .finished
                .iter()
                .map(|t| t.topic.as_str())
                .filter(|t| !t.is_empty())
                .collect();
            t.dedup();
            t
        };
        if !topics.is_empty() {
            c.paragraph(
                &format!("Topics: {}.", topics.join("; ")),
                Style::body(BODY),
            );
        }
        c.space(8.0);
    }

    // Timeouts.
    c.heading("Timeouts", 13.0);
    if state.timeouts.is_empty() {
        c.paragraph("None.", grey(BODY));
        c.space(8.0);
    } else {
        let rows: Vec<Vec<String>> = state
            .timeouts
            .iter()
            .map(|t| {
                vec![
                    time(t.started.wall),
                    caller(&names, t.by),
                    reason(&t.reason),
                    format!(
                        "{}{}",
                        human_duration(t.lasted),
                        if t.ended_early { " (ended early)" } else { "" }
                    ),
                ]
            })
            .collect();
        Table::new(
            &[0.15, 0.3, 0.3, 0.25],
            &["When", "Called by", "Why", "How long"],
        )
        .draw(&mut c, &rows);
    }

    // New agreements.
    c.heading("New agreements", 13.0);
    if state.agreements.is_empty() {
        c.paragraph("None.", grey(BODY));
    }
    for a in &state.agreements {
        let t = &a.terms;
        let mut text = format!(
            "{}: {} — {}",
            owner(&names, t.who),
            t.behaviour,
            t.when.describe()
        );
        if !t.anchor.is_empty() {
            text.push_str(&format!(", {}", t.anchor));
        }
        if !t.evidence.is_empty() {
            text.push_str(&format!(". How we'll know: {}", t.evidence));
        }
        let h = c.measure(&text, Style::body(BODY));
        c.keep_together(h);
        c.paragraph(&format!("• {text}"), Style::body(BODY));
    }
    if let Some(next) = state.next_session {
        c.paragraph(
            &format!("Next session: {}.", next.format("%A %-d %B %Y")),
            bold(BODY),
        );
    }
    c.space(8.0);

    // Notes, in the chosen format.
    c.heading(&format!("Notes ({})", state.notes.format.label()), 13.0);
    for section in state.notes.format.sections() {
        let text = state.notes.section(section);
        c.keep_together(BODY * 1.35 * 3.0);
        c.paragraph(section, bold(BODY));
        c.paragraph(
            if text.trim().is_empty() { "—" } else { text },
            Style::body(BODY),
        );
        c.space(4.0);
    }
    // Written under a format chosen earlier: never hidden by a change of format.
    for (section, text) in state.notes.kept_from_other_formats() {
        c.keep_together(BODY * 1.35 * 3.0);
        c.paragraph(&format!("{section} (from an earlier format)"), bold(BODY));
        c.paragraph(text, Style::body(BODY));
        c.space(4.0);
    }
    let step_notes: Vec<String> = state
        .guided
        .iter()
        .flat_map(|(phase, g)| {
            let titles = match state.info.phases.get(*phase).map(|p| &p.kind) {
                Some(crate::model::PhaseKind::GuidedSteps { steps }) => {
                    steps.iter().map(|s| s.title.clone()).collect()
                }
                _ => Vec::new(),
            };
            g.notes
                .iter()
                .enumerate()
                .filter(|(_, n)| !n.trim().is_empty())
                .map(move |(i, n)| format!("{}: {n}", titles.get(i).cloned().unwrap_or_default()))
                .collect::<Vec<_>>()
        })
        .collect();
    if !step_notes.is_empty() {
        c.paragraph("Notes on the guided steps", bold(BODY));
        for n in step_notes {
            c.paragraph(&format!("• {n}"), Style::body(BODY));
        }
        c.space(4.0);
    }
    if !state.notes.quick.is_empty() {
        c.paragraph("Quick notes", bold(BODY));
        for q in &state.notes.quick {
            let text = if q.text.is_empty() {
                "(marked moment)"
            } else {
                &q.text
            };
            c.paragraph(&format!("{}  {text}", time(q.wall)), Style::body(BODY));
        }
    }
    c.space(8.0);

    // Timeline.
    c.heading("Timeline", 13.0);
    // A run of the same event (each rule agreed to, one by one) is one line with a count.
    let mut lines: Vec<(String, String, usize)> = Vec::new();
    // A step taken back stays in the timeline, marked, followed later by its correction.
    let undone = state.undone_entries();
    for (i, e) in entries.iter().enumerate() {
        if let Some(mut what) = describe(&state, &names, &e.event) {
            if undone.get(i).copied().unwrap_or(false) {
                what.push_str(" (undone)");
            }
            match lines.last_mut() {
                Some((_, last, n)) if *last == what => *n += 1,
                _ => lines.push((e.wall.format("%H:%M:%S").to_string(), what, 1)),
            }
        }
    }
    for (at, what, n) in lines {
        let count = if n > 1 {
            format!(" (×{n})")
        } else {
            String::new()
        };
        c.paragraph(&format!("{at}  {what}{count}"), grey(SMALL));
    }

    let header = format!("Confidential · Session notes · {} & {}", names[0], names[1]);
    let footer = format!(
        "Confidential · {} · session {} · {}",
        if letterhead.practice.is_empty() {
            "Groundwork"
        } else {
            &letterhead.practice
        },
        state.info.number,
        state.started.wall.format("%-d %b %Y")
    );
    let replaced = c.replaced;
    let pages = c.finish(&header, &footer);
    let title = format!(
        "Session notes — {} & {}, session {}",
        state.info.partner_a, state.info.partner_b, state.info.number
    );
    let bytes = render(&title, &pages, &fonts, letterhead);
    Ok(Document {
        bytes,
        pages: pages.len(),
        replaced,
    })
}

fn owner(names: &[String; 2], who: Owner) -> String {
    match who {
        Owner::A => names[0].clone(),
        Owner::B => names[1].clone(),
        Owner::Both => "Both".to_owned(),
    }
}

fn caller(names: &[String; 2], by: Caller) -> String {
    match by {
        Caller::Partner(Side::A) => names[0].clone(),
        Caller::Partner(Side::B) => names[1].clone(),
        Caller::Therapist => "Therapist".to_owned(),
    }
}

fn reason(r: &TimeoutReason) -> String {
    match r {
        TimeoutReason::Flooding => "flooding".to_owned(),
        TimeoutReason::Break => "short break".to_owned(),
        TimeoutReason::Other(w) if w.is_empty() => "other".to_owned(),
        TimeoutReason::Other(w) => w.clone(),
    }
}

/// "1 d 2 h 3 min", "5 min 12 s", "3 s": the size of a clock change.
fn clock_change(ms: u64) -> String {
    let s = ms / 1000;
    let (d, h, m, sec) = (s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d} d"));
    }
    if h > 0 {
        parts.push(format!("{h} h"));
    }
    if m > 0 {
        parts.push(format!("{m} min"));
    }
    if sec > 0 || parts.is_empty() {
        parts.push(format!("{sec} s"));
    }
    parts.join(" ")
}

/// One line of the timeline, or nothing for bookkeeping events (note edits).
/// The name of the listener's step `i` in the session's speaker/listener phase ("Mirror").
/// The timeline does not know which phase a stage belonged to; a session has one such phase,
/// and where it has more, the first one's steps name them.
fn listener_step(state: &SessionState, i: usize) -> Option<String> {
    state.info.phases.iter().find_map(|p| match &p.kind {
        crate::model::PhaseKind::SpeakerListener { listener, .. } => {
            listener.get(i).map(|s| s.label().to_owned())
        }
        _ => None,
    })
}

fn describe(state: &SessionState, names: &[String; 2], event: &Event) -> Option<String> {
    let name = |s: Side| names[s as usize].clone();
    Some(match event {
        Event::Started(_) => "Session started".to_owned(),
        Event::PhaseEntered { index } => format!(
            "Phase: {}",
            state
                .info
                .phases
                .get(*index)
                .map_or("?", |p| p.title.as_str())
        ),
        Event::CheckInRated { side, score } => format!("{} rated the week {score}/10", name(*side)),
        // Which agreement: its words, from the session's list of those to review.
        Event::AgreementReviewed { id, outcome, .. } => {
            match state.info.to_review.iter().find(|a| a.id == *id) {
                Some(a) => format!(
                    "Agreement reviewed, {}: {}",
                    outcome.label(),
                    a.terms.behaviour
                ),
                None => format!("Agreement reviewed: {}", outcome.label()),
            }
        }
        Event::AgreementRetired { retired: true, .. } => "Agreement stopped".to_owned(),
        Event::RuleAdded { text, .. } => format!("Rule added: {text}"),
        Event::RulesReplaced { name, .. } => format!("The ground rules changed to {name}"),
        Event::CardShown { index: Some(i) } => format!(
            "Card shown to the couple: {}",
            state
                .info
                .cards
                .get(*i)
                .map_or("a card", |c| c.title.as_str())
        ),
        Event::RuleAgreed {
            side, agreed: true, ..
        } => format!("{} agreed to a rule", name(*side)),
        Event::TurnStarted { speaker } => format!("{} takes the floor", name(*speaker)),
        Event::StageAdvanced {
            to: Stage::Paraphrasing,
        } => listener_step(state, 0).unwrap_or_else(|| "Paraphrase".to_owned()),
        Event::StageAdvanced {
            to: Stage::Confirming,
        } => "Confirming the paraphrase".to_owned(),
        Event::StageAdvanced {
            to: Stage::Responding(i),
        } => listener_step(state, usize::from(*i))
            .unwrap_or_else(|| "The listener's response".to_owned()),
        Event::ParaphraseNotQuite => "\"Not quite\": paraphrase again".to_owned(),
        Event::TurnEnded { accurate: true } => "Paraphrase confirmed as accurate".to_owned(),
        Event::TopicSet { topic } => format!("Topic: {topic}"),
        Event::TimerPaused => "Timer paused".to_owned(),
        Event::TimerResumed => "Timer resumed".to_owned(),
        Event::TimeoutStarted {
            by,
            reason: r,
            length,
        } => {
            format!(
                "Timeout called by {} ({}), {}",
                caller(names, *by),
                reason(r),
                human_duration(*length)
            )
        }
        Event::TimeoutEnded { early, .. } => if *early {
            "Timeout ended early"
        } else {
            "Timeout over"
        }
        .to_owned(),
        Event::TimeoutChanged {
            by,
            reason: r,
            length,
        } => format!(
            "Timeout set to: called by {} ({}), {}",
            caller(names, *by),
            reason(r),
            human_duration(*length)
        ),
        Event::Undone { what, .. } => format!("Correction: undone, {what}"),
        Event::Redone { what, .. } => format!("Correction: redone, {what}"),
        Event::AgreementAdded { agreement } => {
            format!("Agreement made: {}", agreement.terms.behaviour)
        }
        Event::QuickNote { text } => format!("Quick note: {text}"),
        Event::NextSessionSet { date: Some(d) } => {
            format!("Next session set for {}", d.format("%-d %B"))
        }
        Event::Ended => "Session ended".to_owned(),
        Event::ClockStepped { by_ms } => format!(
            "The computer's clock was {} by {} (times after this follow the new clock; durations are not affected)",
            if *by_ms >= 0 {
                "put forward"
            } else {
                "put back"
            },
            clock_change(by_ms.unsigned_abs())
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgreementTerms, Frequency, Paper};
    use crate::session::Command;

    const DATA: &str = "Zoë described feeling unheard when plans change. ";

    /// A long session: 1,000 events and 20,000 characters of notes.
    fn long_session() -> Vec<Entry> {
        let mut sim = crate::demo::long_session("Zoë", "Łukasz", 1_000).unwrap();
        sim.run(Command::AddAgreement(AgreementTerms {
            who: crate::model::Owner::Both,
            behaviour: "We will walk together after dinner 🦄".into(),
            when: Frequency::Daily,
            anchor: "after dinner".into(),
            evidence: "both of us tick the sheet".into(),
            review_on: None,
        }))
        .unwrap();
        let data: String = DATA.repeat(300).chars().take(14_000).collect();
        let plan: String = "Continue speaker-listener practice. "
            .repeat(170)
            .chars()
            .take(6_000)
            .collect();
        sim.run(Command::SetNote {
            section: "Data".into(),
            text: data,
        })
        .unwrap();
        sim.run(Command::SetNote {
            section: "Plan".into(),
            text: plan,
        })
        .unwrap();
        sim.run(Command::End).unwrap();
        sim.entries
    }

    #[test]
    fn a_long_session_prints_everything_on_numbered_confidential_pages() {
        let entries = long_session();
        assert!(entries.len() >= 1_000, "{} events", entries.len());
        for paper in [Paper::A4, Paper::Letter] {
            let letterhead = Letterhead {
                practice: "Open Door Couples Practice".into(),
                therapist: "Dr. Ana María Søndergaard".into(),
                paper,
                printed_at: chrono::DateTime::parse_from_rfc3339("2026-11-30T17:45:00+01:00")
                    .unwrap(),
                ..Letterhead::blank()
            };
            let doc = session_notes(&entries, &letterhead).unwrap();
            let pdf = lopdf::Document::load_mem(&doc.bytes).unwrap();
            assert_eq!(pdf.get_pages().len(), doc.pages);
            assert!(doc.pages > 10, "{} pages", doc.pages);
            assert_eq!(
                doc.replaced, 2,
                "the unicorn, in the agreements and the timeline, is replaced and counted"
            );
            let n = doc.pages;
            let mut all = String::new();
            for p in 1..=n as u32 {
                let text = pdf.extract_text(&[p]).unwrap();
                assert!(
                    text.contains(&format!("page {p} of {n}")),
                    "page {p} numbered"
                );
                assert!(
                    text.contains("Confidential"),
                    "page {p} marked confidential"
                );
                all.push_str(&text);
            }
            for expected in [
                "Zoë & Łukasz",
                "Open Door Couples Practice",
                "Dr. Ana María Søndergaard",
                "Agenda",
                "Timeouts",
                "flooding",
                "Talk time",
                "We will walk together",
                "Data",
                "Plan",
                "Timeline",
            ] {
                assert!(all.contains(expected), "{paper:?}: {expected:?} missing");
            }
            // Every sentence of the 20,000 characters of notes is printed.
            let data: String = DATA.repeat(300).chars().take(14_000).collect();
            assert_eq!(
                all.matches("unheard").count(),
                data.matches("unheard").count(),
                "{paper:?}"
            );
        }
    }

    /// A session without turns (Aftermath is guided steps) prints no table of zeros, and a
    /// review says which agreement it was.
    #[test]
    fn reviews_name_their_agreement_and_a_session_without_turns_has_no_turn_table() {
        use crate::model::{Agreement, Couple, CoupleId, NoteFormat, Outcome};
        use crate::session::{FakeClock, SessionClock};
        use std::sync::Arc;
        let wall = chrono::DateTime::parse_from_rfc3339("2026-11-23T09:00:00+01:00").unwrap();
        let mut couple = Couple::new(CoupleId("c-1".into()), "Sophie", "Emma", wall.date_naive());
        couple.agreements.push(Agreement {
            id: 1,
            made_in_session: 1,
            terms: AgreementTerms {
                who: crate::model::Owner::Both,
                behaviour: "We will keep phones in the hall during dinner".into(),
                when: Frequency::Daily,
                anchor: String::new(),
                evidence: String::new(),
                review_on: None,
            },
            reviews: Vec::new(),
            retired: false,
            made_on: None,
        });
        let set = crate::store::templates::load(None);
        let template = set.by_id("aftermath-of-a-fight").unwrap();
        let info =
            crate::session::session_start(&couple, 2, template, NoteFormat::Dap, wall.date_naive());
        let clock = FakeClock::new(wall);
        let session = SessionClock::start(Arc::new(clock.clone()));
        let (mut state, mut entries) = crate::session::begin(info, session.now());
        for command in [
            Command::ReviewAgreement {
                id: 1,
                outcome: Outcome::Partly,
                comment: String::new(),
            },
            Command::End,
        ] {
            clock.advance(60_000);
            entries.extend(crate::session::apply(&mut state, &command, session.now()).unwrap());
        }
        let letterhead = Letterhead {
            practice: String::new(),
            therapist: String::new(),
            paper: Paper::A4,
            printed_at: wall,
            ..Letterhead::blank()
        };
        let doc = session_notes(&entries, &letterhead).unwrap();
        let pdf = lopdf::Document::load_mem(&doc.bytes).unwrap();
        let pages: Vec<u32> = (1..=doc.pages as u32).collect();
        let text = pdf.extract_text(&pages).unwrap().replace('\n', " ");
        assert!(
            text.contains("Agreement reviewed, partly: We will keep phones in the hall"),
            "{text}"
        );
        assert!(!text.contains("Speaker and listener"));
        assert!(!text.contains("Turns held"));
    }
}
