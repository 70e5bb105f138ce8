//! The therapist's session notes, for the clinical record, drafted from the session journal.

use chrono::{DateTime, FixedOffset};

use super::layout::{Composer, Fonts, Style, render_in};
use super::{Document, Letterhead, dated};
use crate::locale::Tr;
use crate::model::{Caller, Entry, Event, Owner, Risk, Side, Stage, TimeoutReason, human_duration};
use crate::session::SessionState;

const BODY: f32 = 10.0;
const SMALL: f32 = 8.5;

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
    fn new(columns: &[f32], header: &[String]) -> Table {
        Table {
            columns: columns.to_vec(),
            header: header.to_vec(),
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
        cells
            .iter()
            .zip(&widths)
            .map(|(cell, w)| c.measure_in(cell, style, w - 6.0))
            .fold(style.size * 1.35, f32::max)
            + 2.0
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

/// Held together on one line: "1\u{a0}h\u{a0}4\u{a0}min", "25\u{a0}November\u{a0}2026".
fn keep(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

fn duration(ms: u64) -> String {
    keep(&human_duration(ms))
}

/// "25 November 2026", "25. November 2026".
fn long_date(tr: Tr, wall: DateTime<FixedOffset>) -> String {
    keep(&dated(tr, wall.date_naive(), &lt!("doc-date" in tr)))
}

/// "25 Nov 2026", "25. Nov. 2026".
fn short_date(tr: Tr, date: chrono::NaiveDate) -> String {
    dated(tr, date, &lt!("doc-date-short" in tr))
}

/// "Wednesday 25 November 2026", "Mittwoch, 25. November 2026".
fn weekday_date(tr: Tr, date: chrono::NaiveDate) -> String {
    keep(&dated(tr, date, &lt!("doc-date-weekday" in tr)))
}

/// What the notes include besides the record itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NotesOptions {
    /// The session's timeline, compacted, as an appendix.
    pub timeline: bool,
}

/// The session notes: a pure function of the session as it stands and the letterhead. Summary
/// sections first, each event once, empty sections left out; the signature (or a "Draft" mark
/// on every page) and dated addenda after it; the timeline only as an appendix.
pub fn session_notes(
    state: &SessionState,
    letterhead: &Letterhead,
    options: NotesOptions,
) -> Result<Document, String> {
    Ok(session_notes_in(
        state,
        letterhead,
        options,
        &Fonts::load()?,
    ))
}

/// [`session_notes`] printed with `fonts`.
pub fn session_notes_in(
    state: &SessionState,
    letterhead: &Letterhead,
    options: NotesOptions,
    fonts: &Fonts,
) -> Document {
    let tr = Tr::new(letterhead.therapist_lang);
    let mut c = Composer::with_frame(fonts, letterhead.paper, 48.0, 22.0, 24.0);
    c.tr = tr;
    let mut n = Notes {
        c,
        tr,
        state,
        names: [
            state.name(Side::A).to_owned(),
            state.name(Side::B).to_owned(),
        ],
        end: state.ended.unwrap_or(state.last),
    };
    n.heading_block(letterhead);
    n.check_in();
    n.progress();
    n.interventions();
    n.ground_rules();
    n.risk();
    n.timeouts();
    n.agreements();
    n.notes();
    n.signature();
    n.addenda();
    if options.timeline {
        n.timeline();
    }

    let names = &n.names;
    let header = lt!("doc-notes-header" in tr, a = &names[0], b = &names[1]);
    let footer = lt!(
        "doc-notes-footer" in tr,
        practice = if letterhead.practice.is_empty() {
            "Groundwork"
        } else {
            &letterhead.practice
        },
        number = state.info.number,
        date = short_date(tr, state.started.wall.date_naive())
    );
    n.c.note_frame(&header, &footer);
    let (replaced, missing) = (n.c.replaced, n.c.missing.clone());
    let mark = state.signed.is_none().then(|| lt!("doc-notes-draft" in tr));
    let pages = n.c.finish_marked(&header, &footer, mark.as_deref());
    let title = lt!(
        "doc-notes-title" in tr,
        a = &state.info.partner_a,
        b = &state.info.partner_b,
        number = state.info.number
    );
    let bytes = render_in(&title, &pages, fonts, letterhead, tr.lang());
    Document {
        bytes,
        pages: pages.len(),
        replaced,
        missing,
    }
}

/// The notes being laid out: one method per section.
struct Notes<'a, 'f> {
    c: Composer<'f>,
    /// The therapist's language.
    tr: Tr,
    state: &'a SessionState,
    names: [String; 2],
    end: crate::model::Stamp,
}

const SECTION: f32 = 11.5;

impl Notes<'_, '_> {
    fn body(&mut self, text: &str) {
        self.c.paragraph(text, Style::body(BODY));
    }

    fn bullet(&mut self, text: &str) {
        self.c.bullet(text, Style::body(BODY));
    }

    fn section(&mut self, title: &str) {
        self.c.section(title, SECTION);
    }

    /// A section of one short line: its title and its text side by side ("Risk  None noted."),
    /// or a heading and a paragraph when the text is longer.
    fn one_line(&mut self, title: &str, text: &str) {
        let head = bold(SECTION);
        let gap = 10.0;
        let title_width = self.c.width_of(title, head);
        let body = Style::body(BODY);
        let room = self.c.text_width() - title_width - gap;
        let lines = self.c.lines_in(text, body, room);
        if lines.len() > 1 {
            self.section(title);
            self.body(text);
            self.done();
            return;
        }
        self.c.keep_together(Composer::line_height(SECTION) + 3.0);
        let (x, y) = (self.c.margin, self.c.y());
        self.c.text_at(x, title.to_owned(), head);
        // The text sits on the title's baseline.
        self.c.set_y(y + SECTION - BODY);
        let line = lines.into_iter().next().unwrap_or_default();
        self.c.text_at(x + title_width + gap, line, body);
        self.c.set_y(y + Composer::line_height(SECTION));
        self.c.space(5.0);
    }

    fn done(&mut self) {
        self.c.end_section();
        self.c.space(5.0);
    }

    /// Who, when, where, how it is billed, and who signs.
    fn heading_block(&mut self, letterhead: &Letterhead) {
        let state = self.state;
        let tr = self.tr;
        let c = &mut self.c;
        if !letterhead.practice.is_empty() {
            c.paragraph(&letterhead.practice, grey(BODY));
        }
        match state.info.alone {
            None => {
                c.paragraph(&lt!("doc-notes-heading" in tr), bold(18.0));
                c.paragraph(
                    &format!("{} & {}", self.names[0], self.names[1]),
                    bold(13.0),
                );
            }
            // One partner alone: the therapist's record only, never shown to the couple.
            Some(side) => {
                let i = usize::from(side == crate::model::Side::B);
                c.paragraph(&lt!("doc-notes-individual-heading" in tr), bold(18.0));
                c.paragraph(
                    &lt!(
                        "doc-notes-alone" in tr,
                        name = &self.names[i],
                        a = &self.names[0],
                        b = &self.names[1]
                    ),
                    bold(13.0),
                );
                c.paragraph(&lt!("doc-notes-alone-record" in tr), grey(BODY));
            }
        }
        for (i, ids) in state.info.clinical.ids.iter().enumerate() {
            let ids = ids.describe();
            if !ids.is_empty() {
                c.paragraph(
                    &lt!("doc-notes-ids" in tr, name = &self.names[i], ids = ids),
                    grey(BODY),
                );
            }
        }
        let record = &state.record;
        let mut facts = vec![
            lt!("doc-notes-session" in tr, number = state.info.number),
            weekday_date(tr, state.started.wall.date_naive()),
            format!(
                "{}–{} ({})",
                time(state.started.wall),
                time(self.end.wall),
                duration(state.elapsed_ms(self.end.at))
            ),
            record.modality.label().to_owned(),
        ];
        if !record.service_code.is_empty() {
            facts.push(lt!("doc-notes-service" in tr, code = &record.service_code));
        }
        if !record.diagnosis.is_empty() {
            facts.push(lt!("doc-notes-diagnosis" in tr, code = &record.diagnosis));
        }
        if !state.is_ended() {
            facts.push(lt!("doc-notes-still-running" in tr));
        }
        c.paragraph(&facts.join(" · "), Style::body(BODY));
        let [a, b] = &self.names;
        let present = match record.present {
            [true, true] => lt!("doc-notes-present-both" in tr, a = a, b = b),
            [true, false] => lt!("doc-notes-present-one" in tr, present = a, absent = b),
            [false, true] => lt!("doc-notes-present-one" in tr, present = b, absent = a),
            [false, false] => lt!("doc-notes-present-unknown" in tr),
        };
        let mut who = vec![
            present,
            lt!("doc-notes-protocol" in tr, name = &state.info.template_name),
        ];
        if !letterhead.therapist.is_empty() {
            who.push(lt!("doc-notes-therapist" in tr, name = &letterhead.therapist));
        }
        if let Some(next) = state.next_session {
            who.push(lt!("doc-notes-next" in tr, date = weekday_date(tr, next)));
        }
        c.paragraph(&who.join(" "), Style::body(BODY));
        // A clock changed during the session: the times printed after it follow the new clock.
        for e in &state.log {
            if let Event::ClockStepped { by_ms } = e.event {
                let by = clock_change(tr, by_ms.unsigned_abs());
                let at = time(e.wall);
                let said = if by_ms >= 0 {
                    lt!("doc-notes-clock-forward" in tr, by = by, time = at)
                } else {
                    lt!("doc-notes-clock-back" in tr, by = by, time = at)
                };
                c.paragraph(&said, grey(BODY));
            }
        }
        c.space(4.0);
        c.rule(0.6, 0.8);
        c.space(7.0);
    }

    fn check_in(&mut self) {
        let state = self.state;
        let ratings: Vec<String> = Side::BOTH
            .iter()
            .filter_map(|s| {
                state.check_in[*s as usize].map(|r| format!("{} {r}/10", state.name(*s)))
            })
            .collect();
        let csi: Vec<String> = Side::BOTH
            .iter()
            .filter_map(|s| {
                state
                    .csi_score(*s)
                    .map(|score| format!("{} {score}", state.name(*s)))
            })
            .collect();
        if ratings.is_empty() && csi.is_empty() {
            return;
        }
        let tr = self.tr;
        let mut line = Vec::new();
        if !ratings.is_empty() {
            line.push(lt!("doc-notes-week" in tr, ratings = ratings.join(", ")));
        }
        if !csi.is_empty() {
            line.push(lt!(
                "doc-notes-csi" in tr,
                scores = csi.join(", "),
                cutoff = super::decimal_point(tr, crate::model::CSI4_CUTOFF.to_string())
            ));
        }
        self.one_line(&lt!("doc-notes-check-in" in tr), &line.join(" "));
    }

    /// The review of earlier agreements: each by its words, how it went, and the comment.
    fn progress(&mut self) {
        let state = self.state;
        if state.info.to_review.is_empty() {
            return;
        }
        let tr = self.tr;
        self.section(&lt!("doc-notes-progress" in tr));
        let rows: Vec<Vec<String>> = state
            .info
            .to_review
            .iter()
            .map(|a| {
                let review = state.reviews.get(&a.id);
                let outcome = review.map_or_else(
                    || lt!("doc-notes-not-reviewed" in tr),
                    |r| r.outcome.label(),
                );
                let outcome = if state.retired.contains(&a.id) {
                    lt!("doc-notes-outcome-stopped" in tr, outcome = outcome)
                } else {
                    outcome
                };
                vec![
                    lt!(
                        "doc-notes-whose" in tr,
                        who = owner(tr, &self.names, a.terms.who),
                        what = &a.terms.behaviour
                    ),
                    outcome,
                    review.map(|r| r.comment.clone()).unwrap_or_default(),
                ]
            })
            .collect();
        let header = [
            lt!("doc-notes-agreement" in tr),
            lt!("doc-notes-outcome" in tr),
            lt!("doc-notes-comment" in tr),
        ];
        Table::new(&[0.5, 0.16, 0.34], &header).draw(&mut self.c, &rows);
        self.done();
    }

    /// The phases run, with their minutes, and what the speaker/listener work came to.
    fn interventions(&mut self) {
        let state = self.state;
        let end = self.end.at;
        let tr = self.tr;
        self.section(&lt!("doc-notes-interventions" in tr));
        for (i, p) in state.info.phases.iter().enumerate() {
            let actual = state.phase_actual_ms(i, end);
            if actual == 0 {
                continue;
            }
            let mut line = lt!(
                "doc-notes-phase" in tr,
                title = &p.title,
                took = duration(actual),
                planned = keep(&format!("{} min", p.minutes.get()))
            );
            if matches!(p.kind, crate::model::PhaseKind::SpeakerListener { .. }) {
                let turns: Vec<String> = Side::BOTH
                    .iter()
                    .filter(|s| state.turns(**s) > 0)
                    .map(|s| {
                        lt!(
                            "doc-notes-turns" in tr,
                            name = state.name(*s),
                            count = state.turns(*s),
                            talk = duration(state.talk_ms(*s, end))
                        )
                    })
                    .collect();
                if !turns.is_empty() {
                    line =
                        lt!("doc-notes-phase-turns" in tr, phase = line, turns = turns.join("; "));
                }
            }
            self.bullet(&line);
        }
        let retries = state.dialogue.not_quite_total();
        if retries > 0 {
            self.body(&lt!("doc-notes-retries" in tr, count = retries));
        }
        let mut topics: Vec<&str> = state
            .dialogue
            .finished
            .iter()
            .map(|t| t.topic.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        topics.dedup();
        if !topics.is_empty() {
            self.body(&lt!("doc-notes-topics" in tr, topics = topics.join("; ")));
        }
        self.done();
    }

    fn ground_rules(&mut self) {
        let state = self.state;
        if state.rules.is_empty() {
            return;
        }
        let tr = self.tr;
        let both = state.rules.iter().filter(|r| r.agreed_by_both()).count();
        let total = state.rules.len();
        let title = lt!("doc-notes-rules" in tr);
        if both == total {
            self.one_line(&title, &lt!("doc-notes-rules-all" in tr, count = total));
            return;
        }
        self.section(&title);
        self.body(&lt!("doc-notes-rules-some" in tr, count = total, both = both));
        for rule in state.rules.iter().filter(|r| !r.agreed_by_both()) {
            let agreed = match rule.agreed {
                [true, false] => lt!("doc-notes-rule-agreed-by" in tr, name = &self.names[0]),
                [false, true] => lt!("doc-notes-rule-agreed-by" in tr, name = &self.names[1]),
                _ => lt!("doc-notes-rule-not-agreed" in tr),
            };
            // A rule the templates suggest in the therapist's language; their own as written.
            self.bullet(&format!("{} — {agreed}", tr.rule(&rule.text)));
        }
        self.done();
    }

    /// Risk noted in the session, and the confidentiality policy it was held under.
    fn risk(&mut self) {
        let tr = self.tr;
        let mut line = vec![match &self.state.record.risk {
            Risk::NoneNoted => lt!("doc-notes-risk-none" in tr),
            Risk::Concerns(words) => lt!("doc-notes-concerns" in tr, words = words),
        }];
        if let Some(policy) = &self.state.info.confidentiality {
            line.push(lt!(
                "doc-notes-confidentiality" in tr,
                policy = policy.policy.describe(),
                date = short_date(tr, policy.agreed_on)
            ));
        }
        self.one_line(&lt!("doc-notes-risk" in tr), &line.join(" "));
    }

    fn timeouts(&mut self) {
        let state = self.state;
        if state.timeouts.is_empty() {
            return;
        }
        let tr = self.tr;
        self.section(&lt!("doc-notes-timeouts" in tr));
        for t in &state.timeouts {
            let (at, by) = (time(t.started.wall), caller(tr, &self.names, t.by));
            let (why, length) = (reason(tr, &t.reason), duration(t.lasted));
            self.bullet(&if t.ended_early {
                lt!("doc-notes-timeout-early" in tr, time = at, by = by, reason = why, length = length)
            } else {
                lt!("doc-notes-timeout" in tr, time = at, by = by, reason = why, length = length)
            });
        }
        self.done();
    }

    fn agreements(&mut self) {
        let state = self.state;
        if state.agreements.is_empty() {
            return;
        }
        let tr = self.tr;
        self.section(&lt!("doc-notes-new-agreements" in tr));
        for a in &state.agreements {
            let t = &a.terms;
            let mut text = lt!(
                "doc-notes-new-agreement" in tr,
                who = owner(tr, &self.names, t.who),
                what = &t.behaviour,
                when = super::homework::describe_when(tr, &t.when)
            );
            if !t.anchor.is_empty() {
                text.push_str(&format!(", {}", t.anchor));
            }
            if !t.evidence.is_empty() {
                text.push_str(". ");
                text.push_str(&lt!("doc-notes-we-know" in tr, evidence = &t.evidence));
            }
            self.bullet(&text);
        }
        self.done();
    }

    /// The therapist's notes in the chosen format (empty sections left out), text kept from
    /// another format, notes on guided steps, and quick notes with their times.
    fn notes(&mut self) {
        let state = self.state;
        let tr = self.tr;
        self.section(&lt!("doc-notes-notes" in tr, format = state.notes.format.label()));
        let mut wrote = false;
        for section in state.notes.format.sections() {
            let text = state.notes.section(section);
            if text.trim().is_empty() {
                continue;
            }
            wrote = true;
            self.c.keep_together(BODY * 1.35 * 3.0);
            self.c.paragraph(section, bold(BODY));
            self.body(text);
            self.c.space(3.0);
        }
        // Written under a format chosen earlier: never hidden by a change of format.
        for (section, text) in state.notes.kept_from_other_formats() {
            wrote = true;
            self.c.keep_together(BODY * 1.35 * 3.0);
            self.c.paragraph(
                &lt!("doc-notes-earlier-format" in tr, section = section),
                bold(BODY),
            );
            self.body(text);
            self.c.space(3.0);
        }
        let step_notes = step_notes(state);
        if !step_notes.is_empty() {
            wrote = true;
            // A heading is never left alone at the foot of a page.
            self.c.keep_together(BODY * 1.35 * 2.0);
            self.c
                .paragraph(&lt!("doc-notes-step-notes" in tr), bold(BODY));
            for note in step_notes {
                self.bullet(&note);
            }
            self.c.space(3.0);
        }
        if !state.notes.quick.is_empty() {
            wrote = true;
            self.c.keep_together(BODY * 1.35 * 2.0);
            self.c.paragraph(&lt!("doc-notes-quick" in tr), bold(BODY));
            for q in &state.notes.quick {
                let text = if q.text.is_empty() {
                    lt!("doc-notes-marked" in tr)
                } else {
                    q.text.clone()
                };
                self.bullet(&format!("{}  {text}", time(q.wall)));
            }
        }
        if !wrote {
            self.c.paragraph(&lt!("doc-notes-none" in tr), grey(BODY));
        }
        if let Some(when) = state.notes_changed_after_end {
            self.c.paragraph(
                &lt!(
                    "doc-notes-written-after" in tr,
                    date = long_date(tr, when),
                    time = time(when)
                ),
                grey(BODY),
            );
        }
        self.done();
    }

    /// The signature, under a rule. Unsigned notes need no line here: every page is marked
    /// "DRAFT · NOT SIGNED" at its top.
    fn signature(&mut self) {
        let Some(s) = &self.state.signed else {
            return;
        };
        let tr = self.tr;
        let c = &mut self.c;
        c.keep_together(22.0);
        c.rule(0.6, 0.6);
        c.space(4.0);
        c.paragraph(
            &lt!(
                "doc-notes-signed" in tr,
                by = &s.by,
                date = long_date(tr, s.wall),
                time = time(s.wall)
            ),
            bold(BODY),
        );
        c.space(8.0);
    }

    fn addenda(&mut self) {
        let addenda = &self.state.addenda;
        if addenda.is_empty() {
            return;
        }
        let tr = self.tr;
        self.section(&lt!("doc-notes-addenda" in tr));
        for a in addenda {
            self.c.keep_together(BODY * 1.35 * 3.0);
            self.c.paragraph(
                &lt!(
                    "doc-notes-added" in tr,
                    date = long_date(tr, a.wall),
                    time = time(a.wall)
                ),
                bold(BODY),
            );
            self.body(&a.text);
            self.c.space(4.0);
        }
        self.done();
    }

    /// The appendix: what happened when, each event once. Events printed above (ratings,
    /// reviews, agreements, quick notes, timeouts) are left out, and a run of speaker/listener
    /// turns is one line: "Sophie and Emma: 6 turns, 14 min".
    fn timeline(&mut self) {
        let state = self.state;
        let tr = self.tr;
        self.c.new_page();
        self.section(&lt!("doc-notes-timeline" in tr));
        let undone = state.undone_entries();
        let mut lines: Vec<(String, String, usize)> = Vec::new();
        let mut run: Option<TurnRun> = None;
        for (i, e) in state.log.iter().enumerate() {
            let undone = undone.get(i).copied().unwrap_or(false);
            if is_turn_event(&e.event) && !undone {
                let r = run.get_or_insert_with(|| TurnRun::new(e));
                r.add(e);
                continue;
            }
            if printed_above(&e.event) {
                continue;
            }
            if let Some(line) = run.take().and_then(|r| r.line(tr, &self.names)) {
                lines.push(line);
            }
            if let Some(mut what) = describe(tr, state, &self.names, &e.event) {
                if undone {
                    what = lt!("doc-notes-undone" in tr, what = what);
                }
                match lines.last_mut() {
                    Some((_, last, n)) if *last == what => *n += 1,
                    _ => lines.push((e.wall.format("%H:%M:%S").to_string(), what, 1)),
                }
            }
        }
        if let Some(line) = run.take().and_then(|r| r.line(tr, &self.names)) {
            lines.push(line);
        }
        for (at, what, n) in lines {
            let count = if n > 1 {
                format!(" (×{n})")
            } else {
                String::new()
            };
            self.c
                .paragraph(&format!("{at}  {what}{count}"), grey(SMALL));
        }
        self.done();
    }
}

/// Events the notes print in their own sections: the timeline does not repeat them.
fn printed_above(event: &Event) -> bool {
    matches!(
        event,
        Event::CheckInRated { .. }
            | Event::CsiAnswered { .. }
            | Event::AgreementReviewed { .. }
            | Event::AgreementAdded { .. }
            | Event::AgreementChanged { .. }
            | Event::QuickNote { .. }
            | Event::TimeoutStarted { .. }
            | Event::TimeoutEnded { .. }
            | Event::TimeoutChanged { .. }
            | Event::TimeoutExtended { .. }
            | Event::Signed { .. }
            | Event::Addendum { .. }
            | Event::RecordSet(_)
    )
}

/// Speaker/listener events: a run of them is one line of the timeline.
fn is_turn_event(event: &Event) -> bool {
    matches!(
        event,
        Event::TurnStarted { .. }
            | Event::StageAdvanced { .. }
            | Event::ParaphraseNotQuite
            | Event::TurnEnded { .. }
            | Event::TimerPaused
            | Event::TimerResumed
            | Event::TimerExtended { .. }
    )
}

/// A run of turns, for the timeline.
struct TurnRun {
    from: DateTime<FixedOffset>,
    start_at: u64,
    last_at: u64,
    turns: [usize; 2],
}

impl TurnRun {
    fn new(e: &Entry) -> TurnRun {
        TurnRun {
            from: e.wall,
            start_at: e.at,
            last_at: e.at,
            turns: [0, 0],
        }
    }

    fn add(&mut self, e: &Entry) {
        self.last_at = e.at;
        if let Event::TurnStarted { speaker } = e.event {
            self.turns[speaker as usize] += 1;
        }
    }

    /// The run's line; none for the end of a turn alone (the session ending mid-turn).
    fn line(&self, tr: Tr, names: &[String; 2]) -> Option<(String, String, usize)> {
        let total = self.turns[0] + self.turns[1];
        if total == 0 && self.last_at - self.start_at < 1_000 {
            return None;
        }
        let who = match self.turns {
            [0, 0] => lt!("doc-notes-the-floor" in tr),
            [_, 0] => names[0].clone(),
            [0, _] => names[1].clone(),
            _ => tr.list(names),
        };
        let length = duration(self.last_at - self.start_at);
        let what = if total == 0 {
            lt!("doc-notes-run-going" in tr, who = who, length = length)
        } else {
            lt!("doc-notes-run" in tr, who = who, count = total, length = length)
        };
        Some((self.from.format("%H:%M:%S").to_string(), what, 1))
    }
}

/// "Step title: note" for every guided step with a note.
fn step_notes(state: &SessionState) -> Vec<String> {
    state
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
        .collect()
}

fn owner(tr: Tr, names: &[String; 2], who: Owner) -> String {
    match who {
        Owner::A => names[0].clone(),
        Owner::B => names[1].clone(),
        Owner::Both => lt!("doc-notes-both" in tr),
    }
}

fn caller(tr: Tr, names: &[String; 2], by: Caller) -> String {
    match by {
        Caller::Partner(Side::A) => names[0].clone(),
        Caller::Partner(Side::B) => names[1].clone(),
        Caller::Therapist => lt!("doc-notes-by-therapist" in tr),
    }
}

fn reason(tr: Tr, r: &TimeoutReason) -> String {
    match r {
        TimeoutReason::Flooding => lt!("doc-notes-flooding" in tr),
        TimeoutReason::Break => lt!("doc-notes-short-break" in tr),
        TimeoutReason::Other(w) if w.is_empty() => lt!("doc-notes-other-reason" in tr),
        TimeoutReason::Other(w) => w.clone(),
    }
}

/// "1 d 2 h 3 min", "5 min 12 s", "3 s": the size of a clock change.
fn clock_change(tr: Tr, ms: u64) -> String {
    let s = ms / 1000;
    let (d, h, m, sec) = (s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(lt!("doc-notes-days" in tr, count = d));
    }
    if h > 0 {
        parts.push(lt!("doc-notes-hours" in tr, count = h));
    }
    if m > 0 {
        parts.push(lt!("doc-notes-minutes" in tr, count = m));
    }
    if sec > 0 || parts.is_empty() {
        parts.push(lt!("doc-notes-seconds" in tr, count = sec));
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

fn describe(tr: Tr, state: &SessionState, names: &[String; 2], event: &Event) -> Option<String> {
    let name = |s: Side| names[s as usize].clone();
    Some(match event {
        Event::Started(_) => lt!("doc-event-started" in tr),
        Event::PhaseEntered { index } => lt!(
            "doc-event-phase" in tr,
            title = state
                .info
                .phases
                .get(*index)
                .map_or("?", |p| p.title.as_str())
        ),
        Event::CheckInRated { side, score } => {
            lt!("doc-event-rated" in tr, name = name(*side), score = *score)
        }
        Event::CsiAnswered { side, item, answer } => lt!(
            "doc-event-csi" in tr,
            name = name(*side),
            question = usize::from(*item) + 1,
            answer = *answer
        ),
        // Which agreement: its words, from the session's list of those to review.
        Event::AgreementReviewed { id, outcome, .. } => {
            match state.info.to_review.iter().find(|a| a.id == *id) {
                Some(a) => lt!(
                    "doc-event-reviewed" in tr,
                    outcome = outcome.label(),
                    what = &a.terms.behaviour
                ),
                None => lt!("doc-event-reviewed-unknown" in tr, outcome = outcome.label()),
            }
        }
        Event::AgreementRetired { retired: true, .. } => lt!("doc-event-stopped" in tr),
        Event::RuleAdded { text, .. } => lt!("doc-event-rule-added" in tr, rule = tr.rule(text)),
        Event::RulesReplaced { name, .. } => lt!("doc-event-rules-replaced" in tr, name = name),
        Event::CardShown { index: Some(i) } => {
            let card = state.info.cards.get(*i).map(|c| c.title.clone());
            lt!(
                "doc-event-card" in tr,
                title = card.unwrap_or_else(|| lt!("doc-event-a-card" in tr))
            )
        }
        Event::RuleAgreed {
            side, agreed: true, ..
        } => lt!("doc-event-rule-agreed" in tr, name = name(*side)),
        Event::TurnStarted { speaker } => lt!("doc-event-floor" in tr, name = name(*speaker)),
        Event::StageAdvanced {
            to: Stage::Paraphrasing,
        } => listener_step(state, 0).unwrap_or_else(|| lt!("doc-event-paraphrase" in tr)),
        Event::StageAdvanced {
            to: Stage::Confirming,
        } => lt!("doc-event-confirming" in tr),
        Event::StageAdvanced {
            to: Stage::Responding(i),
        } => {
            listener_step(state, usize::from(*i)).unwrap_or_else(|| lt!("doc-event-response" in tr))
        }
        Event::ParaphraseNotQuite => lt!("doc-event-not-quite" in tr),
        Event::TurnEnded { accurate: true } => lt!("doc-event-accurate" in tr),
        Event::TopicSet { topic } => lt!("doc-event-topic" in tr, topic = topic),
        Event::TimerPaused => lt!("doc-event-paused" in tr),
        Event::TimerResumed => lt!("doc-event-resumed" in tr),
        Event::TimeoutStarted {
            by,
            reason: r,
            length,
        } => lt!(
            "doc-event-timeout" in tr,
            by = caller(tr, names, *by),
            reason = reason(tr, r),
            length = human_duration(*length)
        ),
        Event::TimeoutEnded { early: true, .. } => lt!("doc-event-timeout-early" in tr),
        Event::TimeoutEnded { early: false, .. } => lt!("doc-event-timeout-over" in tr),
        Event::TimeoutChanged {
            by,
            reason: r,
            length,
        } => lt!(
            "doc-event-timeout-changed" in tr,
            by = caller(tr, names, *by),
            reason = reason(tr, r),
            length = human_duration(*length)
        ),
        Event::Undone { what, .. } => lt!("doc-event-undone" in tr, what = what),
        Event::Redone { what, .. } => lt!("doc-event-redone" in tr, what = what),
        Event::AgreementAdded { agreement } => {
            lt!("doc-event-agreement" in tr, what = &agreement.terms.behaviour)
        }
        Event::QuickNote { text } => lt!("doc-event-quick-note" in tr, text = text),
        Event::NextSessionSet { date: Some(d) } => lt!(
            "doc-event-next" in tr,
            date = dated(tr, *d, &lt!("doc-date-day-month" in tr))
        ),
        Event::Ended => lt!("doc-event-ended" in tr),
        Event::ClockStepped { by_ms } => {
            let by = clock_change(tr, by_ms.unsigned_abs());
            if *by_ms >= 0 {
                lt!("doc-event-clock-forward" in tr, by = by)
            } else {
                lt!("doc-event-clock-back" in tr, by = by)
            }
        }
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
            let state = SessionState::from_entries(&entries).unwrap();
            let doc = session_notes(&state, &letterhead, NotesOptions { timeline: true }).unwrap();
            let pdf = lopdf::Document::load_mem(&doc.bytes).unwrap();
            assert_eq!(pdf.get_pages().len(), doc.pages);
            assert!(doc.pages > 6, "{} pages", doc.pages);
            assert_eq!(
                doc.replaced, 1,
                "the unicorn is replaced and counted, once: the timeline does not repeat the agreement"
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
                assert!(text.contains("DRAFT"), "page {p} marked as a draft");
                all.push_str(&text);
            }
            for expected in [
                "Zoë & Łukasz",
                "Open Door Couples Practice",
                "Dr. Ana María Søndergaard",
                "Interventions",
                "Timeouts",
                "flooding",
                "turns",
                "We will walk together",
                "Data",
                "Plan",
                "Appendix: timeline",
                "(continued)",
            ] {
                let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
                assert!(
                    squash(&all).contains(&squash(expected)),
                    "{paper:?}: {expected:?} missing"
                );
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
        let state = SessionState::from_entries(&entries).unwrap();
        let doc = session_notes(&state, &letterhead, NotesOptions { timeline: true }).unwrap();
        let pdf = lopdf::Document::load_mem(&doc.bytes).unwrap();
        let pages: Vec<u32> = (1..=doc.pages as u32).collect();
        let text = pdf.extract_text(&pages).unwrap().replace('\n', " ");
        let squashed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(
            squashed.contains("Both:Wewillkeepphonesinthehallduringdinnerpartly"),
            "the review, by its agreement's words: {text}"
        );
        assert_eq!(
            text.matches("We will keep phones").count(),
            1,
            "each event once: the timeline does not repeat the review"
        );
        assert!(
            !text.contains("turn"),
            "no turns, nothing said of turns: {text}"
        );
        assert!(!text.contains("Timeouts"), "no timeouts, no section");
    }
}
