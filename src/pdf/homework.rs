//! The couple's homework sheet: what they agreed, in their own words, with a tick box per day
//! until the next session, their ground rules, what to do when it gets hard, and a place to
//! sign. Large print, plain words, and nothing clinical: no notes, ratings, timeouts or talk
//! times ever reach this page.

use chrono::{Datelike, Duration, NaiveDate};

use super::layout::{Composer, Fonts, Mark, Style, render};
use super::{Document, Letterhead};
use crate::locale::Tr;
use crate::model::{Agreement, Frequency, Owner};
use crate::session::SessionState;

/// Body text size: large print.
pub const BODY: f32 = 11.5;
/// Smallest text on the sheet besides the page header and footer: the grid's day labels.
pub const LABEL: f32 = 10.0;
const TITLE: f32 = 18.0;
const SECTION: f32 = 13.5;
const BEHAVIOUR: f32 = 12.5;

/// The sheet's page margin: narrower than the notes', so one page holds a week.
const MARGIN: f32 = 32.0;
/// The rules, the box on hard moments and the safety line: still easy to read, and room for
/// a week on one page.
const SMALL: f32 = 10.0;
/// Between the two columns.
const GUTTER: f32 = 18.0;
/// Indent of an agreement's text from its accent bar.
const CARD_INDENT: f32 = 11.0;
/// The tick box.
const BOX: f32 = 15.0;
/// Widest grid column.
const COLUMN_MAX: f32 = 44.0;
/// A weekly agreement with no set day: one box per week, in a wider column.
const WEEK_COLUMN: f32 = 62.0;
/// A row of day or date labels over the boxes: set close, as on a calendar.
const LABEL_ROW: f32 = LABEL * 1.2;
/// Room left under a row of agreements before the next.
const AFTER_ROW: f32 = 10.0;
/// Padding inside the "when it gets hard" box.
const PAD: f32 = 10.0;

fn body() -> Style {
    Style::body(BODY)
}

fn small() -> Style {
    Style::body(SMALL)
}

fn bold(size: f32) -> Style {
    Style {
        size,
        bold: true,
        grey: 0.0,
        indent: 0.0,
    }
}

fn grey(style: Style, grey: f32) -> Style {
    Style { grey, ..style }
}

fn lh(size: f32) -> f32 {
    Composer::line_height(size)
}

/// "Monday 30 November".
pub fn long_date(date: NaiveDate) -> String {
    Tr::default().long_date(date)
}

/// The days the grid covers: from the day after the session up to and including the day of the
/// next one (at most 14), or the coming week when no next session is booked.
pub fn tracking_days(session: NaiveDate, next: Option<NaiveDate>) -> Vec<NaiveDate> {
    let count = match next {
        Some(next) if next > session => (next - session).num_days().clamp(1, 14),
        _ => 7,
    };
    (1..=count).map(|i| session + Duration::days(i)).collect()
}

/// How often, in the couple's language: "every day", "jeden Tag", "le lundi et le jeudi".
pub fn describe_when(tr: Tr, when: &Frequency) -> String {
    match when {
        Frequency::Daily => tr.get("when-daily"),
        Frequency::Weekdays(days) => {
            let names: Vec<String> = days.iter().map(|d| tr.weekday_name(*d)).collect();
            tr.with(
                "when-weekdays",
                &[("days", tr.list(&names).as_str().into())],
            )
        }
        Frequency::Weekly(None) => tr.get("when-weekly"),
        Frequency::Weekly(Some(day)) => tr.with(
            "when-weekly-on",
            &[("day", tr.weekday_name(*day).as_str().into())],
        ),
    }
}

/// One tick box's worth of time: a day the agreement is due, or a week for a weekly agreement
/// with no set day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Day(NaiveDate),
    /// The week starting on this day.
    Week(NaiveDate),
}

/// Exactly the days (or weeks) an agreement is due within `days`: a box for each, nothing for
/// the days it is not.
pub fn due_slots(when: &Frequency, days: &[NaiveDate]) -> Vec<Slot> {
    match when {
        Frequency::Weekly(None) => days.chunks(7).map(|week| Slot::Week(week[0])).collect(),
        _ => {
            let weekdays = when.days();
            days.iter()
                .filter(|d| weekdays.contains(&d.weekday()))
                .map(|d| Slot::Day(*d))
                .collect()
        }
    }
}

/// The agreements on the sheet: this session's, then earlier ones still running.
fn running_agreements(state: &SessionState) -> (Vec<&Agreement>, Vec<&Agreement>) {
    let new = state.agreements.iter().filter(|a| a.is_open()).collect();
    let earlier = state
        .info
        .to_review
        .iter()
        .filter(|a| a.is_open() && !state.retired.contains(&a.id))
        .collect();
    (new, earlier)
}

/// The rules the couple keeps at home: agreed by both, and not for the therapy room only.
pub fn home_rules(state: &SessionState) -> Vec<&str> {
    state
        .rules
        .iter()
        .filter(|r| r.agreed_by_both() && !r.session_only)
        .map(|r| r.text.as_str())
        .collect()
}

/// The sheet as laid-out pages (header and "page i of n" included), and how many characters
/// the font could not draw. One page for a usual week: the agreements two to a row, the rules
/// beside the box on hard moments, and the signatures under them. More agreements than fit go
/// on to a next page in whole cards, and the signatures stay with the last of them.
pub fn compose(
    state: &SessionState,
    letterhead: &Letterhead,
    fonts: &Fonts,
) -> (Vec<Vec<Mark>>, Unprintable) {
    let mut c = Composer::with_frame(fonts, letterhead.paper, MARGIN, 16.0, 20.0);
    // Everything the couple reads is in their language.
    let tr = Tr::new(letterhead.lang.unwrap_or_default());
    c.tr = tr;
    let (a, b) = (state.info.partner_a.as_str(), state.info.partner_b.as_str());
    heading_block(&mut c, state, letterhead, tr);

    let days = tracking_days(state.date(), state.next_session);
    let column = (c.text_width() - GUTTER) / 2.0;
    let (new, earlier) = running_agreements(state);
    // One flow of cards, two to a row: this session's, then earlier ones still going, each
    // of those saying so in its own corner.
    let cards: Vec<Card> = new
        .iter()
        .chain(earlier.iter())
        .map(|agreement| Card::plan(&mut c, state, agreement, &days, column, tr))
        .collect();
    let bottom = Bottom::plan(&mut c, state, letterhead, tr);
    if cards.is_empty() {
        let text = tr.get("sheet-none");
        let h = section_height() + c.measure(&text, body()) + AFTER_ROW;
        c.keep_together(h + bottom.height);
        let (x, w) = (c.margin, c.text_width());
        section(&mut c, x, w, &tr.get("sheet-what-we-agreed"));
        c.paragraph(&text, body());
        c.space(AFTER_ROW);
    }
    let rows: Vec<&[Card]> = cards.chunks(2).collect();
    for (r, row) in rows.iter().enumerate() {
        let height = row.iter().map(|card| card.height).fold(0.0, f32::max);
        let mut need = height;
        // The signatures share a page with the last agreements they sign.
        if r + 1 == rows.len() {
            let with_bottom = need + AFTER_ROW + bottom.height;
            if with_bottom <= c.bottom() - c.top() {
                need = with_bottom;
            }
        }
        c.keep_together(need);
        let top = c.y();
        for (i, card) in row.iter().enumerate() {
            let x = c.margin + i as f32 * (column + GUTTER);
            c.set_y(top);
            card.draw(&mut c, x, column);
        }
        c.set_y(top + height);
        c.space(AFTER_ROW);
    }
    c.keep_together(bottom.height);
    bottom.draw(&mut c, state);

    let practice = letterhead.practice.trim();
    let name = tr.get("sheet-name");
    let header = if practice.is_empty() {
        name
    } else {
        format!("{practice} · {name}")
    };
    let couple = format!("{a} & {b}");
    let footer = tr.with(
        "sheet-footer",
        &[
            ("couple", couple.as_str().into()),
            ("number", state.info.number.into()),
        ],
    );
    c.note_frame(&header, &footer);
    let unprintable = Unprintable {
        replaced: c.replaced,
        missing: c.missing.clone(),
    };
    (c.finish(&header, &footer), unprintable)
}

/// What could not be printed: how many boxes, and which characters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Unprintable {
    pub replaced: usize,
    pub missing: Vec<char>,
}

/// The couple's homework sheet as a PDF.
pub fn homework_sheet(state: &SessionState, letterhead: &Letterhead) -> Result<Document, String> {
    Ok(homework_sheet_in(state, letterhead, &Fonts::load()?))
}

/// [`homework_sheet`] printed with `fonts`.
pub fn homework_sheet_in(state: &SessionState, letterhead: &Letterhead, fonts: &Fonts) -> Document {
    let (pages, unprintable) = compose(state, letterhead, fonts);
    let tr = Tr::new(letterhead.lang.unwrap_or_default());
    let couple = format!("{} & {}", state.info.partner_a, state.info.partner_b);
    let title = tr.with(
        "sheet-doc-title",
        &[
            ("couple", couple.as_str().into()),
            ("number", state.info.number.into()),
        ],
    );
    let bytes = render(&title, &pages, fonts, letterhead);
    Document {
        bytes,
        pages: pages.len(),
        replaced: unprintable.replaced,
        missing: unprintable.missing,
    }
}

fn section_height() -> f32 {
    lh(SECTION) + 3.0
}

/// A section's title on one line within `width` points at `x`.
fn section(c: &mut Composer, x: f32, width: f32, title: &str) {
    let line = c.fit_line(title, bold(SECTION), width);
    c.text_at(x, line, bold(SECTION));
    c.advance(section_height());
}

/// The title, the couple's names and the next appointment on the left; the therapist and how
/// to reach them on the right.
fn heading_block(c: &mut Composer, state: &SessionState, letterhead: &Letterhead, tr: Tr) {
    let right: Vec<(String, Style)> = [
        (letterhead.therapist.trim(), bold(SMALL)),
        (letterhead.practice.trim(), small()),
        (letterhead.contact.trim(), small()),
    ]
    .into_iter()
    .filter(|(t, _)| !t.is_empty())
    .map(|(t, s)| (t.to_owned(), grey(s, 0.3)))
    .collect();
    let widest = right
        .iter()
        .map(|(t, s)| c.width_of(t, *s))
        .fold(0.0, f32::max);
    let right_width = widest.min((c.text_width() * 0.4).floor());
    let left_width = c.text_width() - right_width - if right.is_empty() { 0.0 } else { GUTTER };
    let top = c.y();
    let x = c.margin;
    let mut h = c.block_at(x, left_width, &tr.get("sheet-title"), bold(TITLE));
    c.advance(1.0);
    let couple = format!("{} & {}", state.info.partner_a, state.info.partner_b);
    let names = tr.with(
        "sheet-from-session",
        &[
            ("couple", couple.as_str().into()),
            ("date", tr.long_date(state.date()).as_str().into()),
        ],
    );
    h += 1.0 + c.block_at(x, left_width, &names, grey(small(), 0.35));
    c.advance(3.0);
    let next = match state.next_session {
        Some(d) => tr.with("sheet-next", &[("date", tr.long_date(d).as_str().into())]),
        None => tr.get("sheet-next-open"),
    };
    let next_y = c.y();
    h += 3.0 + c.block_at(x, left_width, &next, bold(BODY + 0.5));
    // Progress is measured in small wins: the couple sees theirs, after the next date on the
    // same line where it fits (on a line of its own where it does not).
    let wins = match state.wins() {
        0 => None,
        n => Some(tr.with("sheet-wins", &[("count", n.into())])),
    };
    let style = grey(small(), 0.3);
    let mut right = right;
    if let Some(wins) = wins {
        let after = c.width_of(&next, bold(BODY + 0.5)) + 14.0;
        let width = c.width_of(&wins, style);
        let right_h = 3.0 + lh(SMALL) * (right.len() + 1) as f32;
        if after + width <= left_width {
            let below = c.y();
            c.set_y(next_y + (BODY + 0.5 - SMALL));
            c.text_at(x + after, wins, style);
            c.set_y(below);
        } else if width <= right_width && right_h <= h {
            // Under the therapist's lines, where the heading has room to spare.
            right.push((wins, style));
        } else {
            h += 1.0 + c.block_at(x, left_width, &wins, style);
        }
    }
    c.set_y(top + 3.0);
    let mut right_h = 3.0;
    for (text, style) in right {
        let line = c.fit_line(&text, style, right_width);
        let w = c.width_of(&line, style);
        c.text_at(c.width - c.margin - w, line, style);
        c.advance(lh(SMALL));
        right_h += lh(SMALL);
    }
    c.set_y(top + h.max(right_h) + 6.0);
    c.rule(0.8, 0.6);
    c.advance(8.0);
}

fn who(state: &SessionState, owner: Owner, tr: Tr) -> String {
    match owner {
        Owner::A => state.info.partner_a.clone(),
        Owner::B => state.info.partner_b.clone(),
        Owner::Both => tr.get("sheet-both"),
    }
}

/// One agreement, laid out for a column: what, who and when, how we'll know, and its grid
/// with a row of boxes for each partner who does it.
struct Card {
    /// For an agreement from an earlier session: "Still going, from session 2".
    earlier: Option<String>,
    behaviour: String,
    when: String,
    evidence: Option<String>,
    /// Who ticks each row: one name, or both.
    rows: Vec<String>,
    /// The slots, at most a week of them to a line.
    weeks: Vec<Vec<Slot>>,
    height: f32,
    /// The couple's language, for the day and month names.
    tr: Tr,
}

impl Card {
    fn plan(
        c: &mut Composer,
        state: &SessionState,
        agreement: &Agreement,
        days: &[NaiveDate],
        width: f32,
        tr: Tr,
    ) -> Card {
        let t = &agreement.terms;
        let mut when = format!("{} · {}", who(state, t.who, tr), describe_when(tr, &t.when));
        if !t.anchor.trim().is_empty() {
            when.push_str(", ");
            when.push_str(t.anchor.trim());
        }
        let evidence = Some(t.evidence.trim())
            .filter(|e| !e.is_empty())
            .map(|e| tr.with("sheet-we-know", &[("evidence", e.into())]));
        let rows = match t.who {
            Owner::A => vec![state.info.partner_a.clone()],
            Owner::B => vec![state.info.partner_b.clone()],
            Owner::Both => vec![state.info.partner_a.clone(), state.info.partner_b.clone()],
        };
        let slots = due_slots(&t.when, days);
        let weeks = slots.chunks(7).map(<[Slot]>::to_vec).collect::<Vec<_>>();
        let earlier = (agreement.made_in_session != state.info.number).then(|| {
            tr.with(
                "sheet-still-going",
                &[("number", agreement.made_in_session.into())],
            )
        });
        let mut card = Card {
            earlier,
            behaviour: t.behaviour.clone(),
            when,
            evidence,
            rows,
            weeks,
            height: 0.0,
            tr,
        };
        let inner = width - CARD_INDENT;
        let mut h = if card.earlier.is_some() {
            LABEL_ROW
        } else {
            0.0
        };
        h += c.measure_in(&card.behaviour, bold(BEHAVIOUR), inner) + 2.0;
        h += c.measure_in(&card.when, body(), inner);
        if let Some(e) = &card.evidence {
            h += c.measure_in(e, grey(body(), 0.3), inner);
        }
        h += 4.0 + card.weeks.len() as f32 * card.week_height();
        card.height = h;
        card
    }

    fn week_height(&self) -> f32 {
        2.0 * LABEL_ROW + 2.0 + self.rows.len() as f32 * (BOX + 3.0)
    }

    fn draw(&self, c: &mut Composer, x: f32, width: f32) {
        let top = c.y();
        // The accent bar down the card's left edge.
        c.mark(Mark::Rule {
            x1: x,
            x2: x + 3.0,
            y: top + self.height / 2.0,
            width: self.height,
            grey: 0.7,
        });
        let (x, inner) = (x + CARD_INDENT, width - CARD_INDENT);
        if let Some(earlier) = &self.earlier {
            let style = grey(Style::body(LABEL), 0.4);
            let line = c.fit_line(earlier, style, inner);
            c.set_y(top - 1.0);
            c.text_at(x, line, style);
            c.set_y(top + LABEL_ROW);
        }
        c.block_at(x, inner, &self.behaviour, bold(BEHAVIOUR));
        c.advance(2.0);
        c.block_at(x, inner, &self.when, body());
        if let Some(e) = &self.evidence {
            c.block_at(x, inner, e, grey(body(), 0.3));
        }
        c.advance(4.0);
        for week in &self.weeks {
            self.grid(c, x, inner, week);
        }
    }

    /// Day and date labels over a box per partner per slot; the month by the first date and
    /// wherever it changes.
    fn grid(&self, c: &mut Composer, x: f32, width: f32, slots: &[Slot]) {
        let name_style = grey(Style::body(LABEL + 0.5), 0.2);
        let widest_name = self
            .rows
            .iter()
            .map(|n| c.width_of(n, name_style))
            .fold(0.0, f32::max);
        let label_width = (widest_name + 8.0).min(width * 0.3);
        let weekly = slots.iter().any(|s| matches!(s, Slot::Week(_)));
        let max = if weekly { WEEK_COLUMN } else { COLUMN_MAX };
        let column = ((width - label_width) / 7.0_f32.max(slots.len() as f32)).min(max);
        let day_style = Style {
            size: LABEL,
            bold: true,
            grey: 0.2,
            indent: 0.0,
        };
        let date_style = Style {
            bold: false,
            grey: 0.4,
            ..day_style
        };
        let left = x + label_width;
        let tr = self.tr;
        let sample = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
        let wide = column >= c.width_of(&tr.day_month(sample), date_style) + 4.0;
        let centre = |c: &Composer, text: &str, style: Style, i: usize| -> f32 {
            left + column * i as f32 + (column - c.width_of(text, style)) / 2.0
        };
        for (i, slot) in slots.iter().enumerate() {
            let text = match slot {
                Slot::Day(d) => tr.weekday_short(d.weekday()),
                Slot::Week(_) => tr.get("sheet-week-of"),
            };
            let at = centre(c, &text, day_style, i);
            c.text_at(at, text, day_style);
        }
        c.advance(LABEL_ROW);
        let mut month = None;
        for (i, slot) in slots.iter().enumerate() {
            let (Slot::Day(d) | Slot::Week(d)) = *slot;
            let text = if wide || (i > 0 && month != Some(d.month())) {
                tr.day_month(d)
            } else {
                d.day().to_string()
            };
            if i == 0 && !wide {
                // The first date's month by the row names.
                c.text_at(x, tr.month(d), date_style);
            }
            month = Some(d.month());
            let at = centre(c, &text, date_style, i);
            c.text_at(at, text, date_style);
        }
        c.advance(LABEL_ROW + 2.0);
        for name in &self.rows {
            let y = c.y();
            let shown = c.fit_line(name, name_style, label_width - 6.0);
            c.set_y(y + (BOX - lh(name_style.size)) / 2.0 + 1.0);
            c.text_at(x, shown, name_style);
            c.set_y(y);
            for i in 0..slots.len() {
                let bx = left + column * i as f32 + (column - BOX) / 2.0;
                c.mark(Mark::Square {
                    x: bx,
                    y,
                    side: BOX,
                });
            }
            c.advance(BOX + 3.0);
        }
    }
}

/// The sheet's fixed words in the couple's language: Gottman's timeout, as his trained
/// therapists teach it, in the couple's words; a gentle start; the signatures.
struct Words {
    timeout: [String; 4],
    start: String,
    formula: String,
    setbacks: String,
    agreed: String,
    hard: String,
    notes: String,
    rules: String,
    date: String,
}

impl Words {
    fn new(tr: Tr) -> Words {
        Words {
            timeout: [
                "sheet-timeout-1",
                "sheet-timeout-2",
                "sheet-timeout-3",
                "sheet-timeout-4",
            ]
            .map(|k| tr.get(k)),
            start: tr.get("sheet-start-again"),
            formula: tr.get("sheet-formula"),
            setbacks: tr.get("sheet-setbacks"),
            agreed: tr.get("sheet-agreed"),
            hard: tr.get("sheet-hard"),
            notes: tr.get("sheet-notes"),
            rules: tr.get("sheet-rules"),
            date: tr.get("sheet-date"),
        }
    }
}

/// What follows the agreements, kept on one page: the home rules beside the box on hard
/// moments, the signatures, and where to get help.
struct Bottom {
    words: Words,
    rules: Vec<String>,
    column: f32,
    columns_height: f32,
    signatures_height: f32,
    safety: String,
    height: f32,
}

const BULLET: f32 = 12.0;
const RULE_GAP: f32 = 3.0;
const SIGN_GAP: f32 = 20.0;

impl Bottom {
    fn plan(c: &mut Composer, state: &SessionState, letterhead: &Letterhead, tr: Tr) -> Bottom {
        let words = Words::new(tr);
        let rules: Vec<String> = home_rules(state).into_iter().map(|r| tr.rule(r)).collect();
        let room = c.text_width() - GUTTER;
        // The split between the rules and the box that makes the taller of the two shortest.
        let (column, columns_height) = (40..=60)
            .step_by(2)
            .map(|percent| {
                let left = room * percent as f32 / 100.0;
                let rules_h = Bottom::rules_height(c, &rules, left);
                let box_h = Bottom::box_height(c, room - left, &words);
                (
                    left,
                    if rules.is_empty() {
                        box_h
                    } else {
                        rules_h.max(box_h)
                    },
                )
            })
            .fold((room / 2.0, f32::MAX), |best, next| {
                if next.1 < best.1 - 0.5 { next } else { best }
            });
        let names = [&state.info.partner_a, &state.info.partner_b]
            .map(|n| c.measure_in(n, body(), Bottom::signature_width(c, &words)))
            .into_iter()
            .fold(0.0, f32::max);
        let signatures_height = SIGN_GAP + 3.0 + names;
        // The shipped line, in the couple's language; the therapist's own, as they wrote it.
        let safety = if letterhead.safety_line.trim() == crate::model::DEFAULT_SAFETY_LINE {
            tr.get("sheet-unsafe")
        } else {
            letterhead.safety_line.trim().to_owned()
        };
        let safety_height = if safety.is_empty() {
            0.0
        } else {
            8.0 + c.measure(&safety, small())
        };
        Bottom {
            words,
            rules,
            column,
            columns_height,
            signatures_height,
            height: columns_height + 10.0 + signatures_height + safety_height,
            safety,
        }
    }

    fn rules_height(c: &mut Composer, rules: &[String], width: f32) -> f32 {
        let mut h = section_height();
        for rule in rules {
            h += c.measure_in(rule, small(), width - BULLET) + RULE_GAP;
        }
        h
    }

    /// Each of the three lines to sign on (two partners and the date), beside the sentence.
    fn signature_width(c: &Composer, words: &Words) -> f32 {
        (c.text_width() - c.width_of(&words.agreed, body()) - 3.0 * GUTTER) / 3.0
    }

    fn box_height(c: &mut Composer, column: f32, words: &Words) -> f32 {
        let inner = column - 2.0 * PAD;
        let mut h = PAD + c.measure_in(&words.hard, bold(13.0), inner) + 4.0;
        for t in &words.timeout {
            h += c.measure_in(t, small(), inner - BULLET) + RULE_GAP;
        }
        h += 4.0 + c.measure_in(&words.start, bold(SMALL), inner);
        h += c.measure_in(&words.formula, bold(SMALL), inner) + 4.0;
        h += c.measure_in(&words.setbacks, small(), inner);
        h + PAD
    }

    fn draw(&self, c: &mut Composer, state: &SessionState) {
        let top = c.y();
        let (left_x, right_x) = (c.margin, c.margin + self.column + GUTTER);
        let right_width = c.text_width() - GUTTER - self.column;
        if self.rules.is_empty() {
            // No home rules: the space is theirs for notes.
            c.block_at(left_x, self.column, &self.words.notes, bold(SECTION));
            let mut y = c.y() + 24.0;
            while y < top + self.columns_height {
                c.mark(Mark::Rule {
                    x1: left_x,
                    x2: left_x + self.column,
                    y,
                    width: 0.6,
                    grey: 0.7,
                });
                y += 24.0;
            }
        } else {
            c.block_at(left_x, self.column, &self.words.rules, bold(SECTION));
            c.advance(4.0);
            for rule in &self.rules {
                c.text_at(left_x + 2.0, "•".to_owned(), small());
                c.block_at(left_x + BULLET, self.column - BULLET, rule, small());
                c.advance(RULE_GAP);
            }
        }
        c.set_y(top);
        self.when_it_gets_hard(c, right_x, right_width);
        c.set_y(top + self.columns_height + 10.0);
        self.signatures(c, state);
        if !self.safety.is_empty() {
            c.advance(4.0);
            c.rule(0.75, 0.6);
            c.advance(4.0);
            let (x, w) = (c.margin, c.text_width());
            c.block_at(x, w, &self.safety, grey(small(), 0.2));
        }
    }

    /// The box with what to do when a conversation gets too hot.
    fn when_it_gets_hard(&self, c: &mut Composer, x1: f32, width: f32) {
        let h = Bottom::box_height(c, width, &self.words);
        let top = c.y();
        let x2 = x1 + width;
        // Background, then a frame of four thin bands.
        c.mark(Mark::Rule {
            x1,
            x2,
            y: top + h / 2.0,
            width: h,
            grey: 0.95,
        });
        for y in [top, top + h] {
            c.mark(Mark::Rule {
                x1,
                x2,
                y,
                width: 1.0,
                grey: 0.55,
            });
        }
        for x in [x1, x2] {
            c.mark(Mark::Rule {
                x1: x - 0.5,
                x2: x + 0.5,
                y: top + h / 2.0,
                width: h,
                grey: 0.55,
            });
        }
        let (x, inner) = (x1 + PAD, width - 2.0 * PAD);
        c.advance(PAD);
        let w = &self.words;
        c.block_at(x, inner, &w.hard, bold(13.0));
        c.advance(4.0);
        for t in &w.timeout {
            c.text_at(x + 2.0, "•".to_owned(), small());
            c.block_at(x + BULLET, inner - BULLET, t, small());
            c.advance(RULE_GAP);
        }
        c.advance(4.0);
        c.block_at(x, inner, &w.start, bold(SMALL));
        c.block_at(x, inner, &w.formula, bold(SMALL));
        c.advance(4.0);
        c.block_at(x, inner, &w.setbacks, small());
    }

    /// "We agreed to this together:" and a line each to sign, and one for the date.
    fn signatures(&self, c: &mut Composer, state: &SessionState) {
        let top = c.y();
        let y = top + SIGN_GAP;
        let agreed = c.width_of(&self.words.agreed, body());
        c.set_y(y - lh(BODY) + 2.0);
        c.text_at(c.margin, self.words.agreed.clone(), body());
        let width = Bottom::signature_width(c, &self.words);
        let names = [
            state.info.partner_a.as_str(),
            state.info.partner_b.as_str(),
            self.words.date.as_str(),
        ];
        for (i, name) in names.into_iter().enumerate() {
            let x = c.margin + agreed + GUTTER + i as f32 * (width + GUTTER);
            c.mark(Mark::Rule {
                x1: x,
                x2: x + width,
                y,
                width: 0.8,
                grey: 0.3,
            });
            c.set_y(y + 3.0);
            c.block_at(x, width, name, body());
        }
        c.set_y(top + self.signatures_height);
    }
}

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, TimeZone, Weekday};

    use super::*;

    /// "We agreed to this together:", as the English sheet says it.
    const AGREED: &str = "We agreed to this together:";
    use crate::model::{
        AgreementTerms, Couple, CoupleId, Frequency, NoteFormat, Paper, Side, Stamp,
    };
    use crate::session::{Command, apply, begin, session_start};
    use crate::store::templates;

    fn stamp(minutes: u64) -> Stamp {
        let wall = FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
            .unwrap();
        Stamp {
            wall: wall + Duration::minutes(minutes as i64),
            at: minutes * 60_000,
        }
    }

    fn terms(
        who: Owner,
        behaviour: &str,
        when: Frequency,
        anchor: &str,
        evidence: &str,
    ) -> AgreementTerms {
        AgreementTerms {
            who,
            behaviour: behaviour.to_owned(),
            when,
            anchor: anchor.to_owned(),
            evidence: evidence.to_owned(),
            review_on: None,
        }
    }

    fn session(
        a: &str,
        b: &str,
        agreements: Vec<AgreementTerms>,
        next: Option<NaiveDate>,
    ) -> SessionState {
        let couple = Couple::new(
            CoupleId("c1".to_owned()),
            a,
            b,
            NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        );
        let set = templates::load(None);
        let template = set.by_id("speaker-listener").unwrap();
        let info = session_start(
            &couple,
            4,
            template,
            NoteFormat::Free,
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        );
        let (mut state, _) = begin(info, stamp(0));
        let mut minute = 1;
        let mut run = |state: &mut SessionState, command: Command| {
            apply(state, &command, stamp(minute)).unwrap();
            minute += 1;
        };
        run(
            &mut state,
            Command::RateCheckIn {
                side: Side::A,
                score: 7,
            },
        );
        run(
            &mut state,
            Command::RateCheckIn {
                side: Side::B,
                score: 3,
            },
        );
        run(&mut state, Command::AgreeAllRules { side: Side::A });
        run(&mut state, Command::AgreeAllRules { side: Side::B });
        for t in agreements {
            run(&mut state, Command::AddAgreement(t));
        }
        run(
            &mut state,
            Command::SetNote {
                section: "Notes".to_owned(),
                text: "PRIVATE NOTE about the affair".to_owned(),
            },
        );
        run(&mut state, Command::SetNextSession(next));
        run(&mut state, Command::End);
        state
    }

    fn three() -> Vec<AgreementTerms> {
        vec![
            terms(
                Owner::A,
                "I will share my work schedule every morning",
                Frequency::Daily,
                "after breakfast",
                "Emma knows when I am home",
            ),
            terms(
                Owner::B,
                "I will plan one evening out for us",
                Frequency::Weekdays(vec![Weekday::Mon, Weekday::Thu]),
                "",
                "we have been out together",
            ),
            terms(
                Owner::Both,
                "We sit together for a weekly check-in",
                Frequency::Weekly(Some(Weekday::Sun)),
                "after dinner",
                "",
            ),
        ]
    }

    fn letterhead(paper: Paper) -> Letterhead {
        Letterhead {
            practice: "Harbour Couples Practice".to_owned(),
            therapist: "Dr Ana María Ortiz".to_owned(),
            paper,
            printed_at: chrono::DateTime::parse_from_rfc3339("2026-11-30T17:45:00+01:00").unwrap(),
            contact: "020 7946 0000".to_owned(),
            ..Letterhead::blank()
        }
    }

    fn squash(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    fn all_text(doc: &lopdf::Document) -> Vec<String> {
        let pages = doc.get_pages().len() as u32;
        (1..=pages)
            .map(|p| doc.extract_text(&[p]).unwrap())
            .collect()
    }

    #[test]
    fn the_sheet_has_every_agreement_rule_name_and_date_and_nothing_clinical() {
        let next = NaiveDate::from_ymd_opt(2026, 11, 30);
        let state = session("Sophie", "Emma", three(), next);
        for paper in [Paper::A4, Paper::Letter] {
            let doc = homework_sheet(&state, &letterhead(paper)).unwrap();
            assert_eq!(doc.pages, 1, "{paper:?}: a sheet for the fridge");
            assert_eq!(doc.replaced, 0);
            assert!(doc.bytes.len() < 100_000, "{} bytes", doc.bytes.len());
            let read = lopdf::Document::load_mem(&doc.bytes).unwrap();
            assert_eq!(read.get_pages().len(), doc.pages);
            let pages = all_text(&read);
            for (i, page) in pages.iter().enumerate() {
                let number = format!("page {} of {}", i + 1, doc.pages);
                assert!(page.contains(&number), "{number} on {page:?}");
            }
            let text = squash(&pages.concat());
            for needle in [
                "Sophie",
                "Emma",
                "Harbour Couples Practice",
                "Next session: Monday 30 November",
                "Both of us",
                "I feel … about … and I need …",
                "I need a timeout",
                "20 minutes",
            ] {
                assert!(text.contains(&squash(needle)), "{needle:?} in {text:?}");
            }
            for t in three() {
                assert!(text.contains(&squash(&t.behaviour)), "{}", t.behaviour);
            }
            assert!(text.contains(&squash("once a week, on Sunday, after dinner")));
            assert!(text.contains(&squash("on Monday and Thursday")));
            for rule in state.rules.iter().filter(|r| r.agreed_by_both()) {
                assert_eq!(
                    text.contains(&squash(&rule.text)),
                    !rule.session_only,
                    "only the rules kept at home: {}",
                    rule.text
                );
            }
            assert!(state.rules.iter().any(|r| r.session_only));
            assert!(!text.contains(&squash("Phones away for the session")));
            for line in [
                "Dr Ana María Ortiz",
                "020 7946 0000",
                "If either of you feels unsafe at home",
            ] {
                assert!(text.contains(&squash(line)), "{line:?}");
            }
            assert!(!text.contains("PRIVATE"), "the private note never prints");
            assert!(!text.contains("affair"));
            for word in ["rating", "Check-in", "talk time", "Timeouts", "/10"] {
                assert!(!text.contains(&squash(word)), "{word}");
            }
        }
    }

    #[test]
    fn without_a_next_session_it_says_to_be_arranged_and_tracks_a_week() {
        let state = session("Sophie", "Emma", three(), None);
        let doc = homework_sheet(&state, &letterhead(Paper::A4)).unwrap();
        let read = lopdf::Document::load_mem(&doc.bytes).unwrap();
        let text = squash(&all_text(&read).concat());
        assert!(text.contains(&squash("Next session: to be arranged")));
        assert_eq!(tracking_days(state.date(), None).len(), 7);
        let d = state.date();
        assert_eq!(tracking_days(d, Some(d + Duration::days(30))).len(), 14);
        assert_eq!(tracking_days(d, Some(d + Duration::days(7))).len(), 7);
        assert_eq!(tracking_days(d, Some(d))[0], d + Duration::days(1));
    }

    /// The timeout as Gottman teaches it, read back from the printed sheet.
    #[test]
    fn the_sheet_teaches_the_timeout_as_gottman_does() {
        let state = session("Sophie", "Emma", three(), None);
        let doc = homework_sheet(&state, &letterhead(Paper::A4)).unwrap();
        let read = lopdf::Document::load_mem(&doc.bytes).unwrap();
        let text = squash(&all_text(&read).concat());
        for words in [
            "at least 20 minutes",
            "come back within 24 hours",
            "go to separate places",
            "Soothe, don’t rehearse",
            "even if still upset, and ask for more time",
            "Start again gently",
            "Setbacks are normal: healing is not a straight line",
        ] {
            assert!(text.contains(&squash(words)), "{words}");
        }
    }

    #[test]
    fn text_is_readable_and_the_grid_has_a_box_per_due_day_for_each_partner_who_does_it() {
        const { assert!(BEHAVIOUR >= 12.0 && BODY >= 11.5 && SMALL >= LABEL && LABEL >= 10.0) };
        let fonts = Fonts::load().unwrap();
        let next = NaiveDate::from_ymd_opt(2026, 11, 30);
        let state = session("Sophie", "Emma", three(), next);
        let (pages, _) = compose(&state, &letterhead(Paper::A4), &fonts);
        let footer = |t: &str| {
            t.starts_with("page ") || t.contains("Homework sheet") || t.contains("· session")
        };
        let behaviours: Vec<String> = three().into_iter().map(|t| t.behaviour).collect();
        let mut boxes = 0;
        let mut texts = Vec::new();
        for page in &pages {
            for m in page {
                match m {
                    Mark::Text { text, size, .. } if !footer(text) => {
                        assert!(*size >= LABEL, "{text:?} at {size}");
                        if behaviours.iter().any(|b| b.starts_with(text.as_str())) {
                            assert!(*size >= 12.0, "{text:?} at {size}");
                        }
                        texts.push(text.clone());
                    }
                    Mark::Square { .. } => boxes += 1,
                    _ => {}
                }
            }
        }
        // Tue 24 .. Mon 30: Sophie daily 7; Emma on Monday and Thursday 2; both of them on
        // Sunday, a row each: 2.
        assert_eq!(boxes, 7 + 2 + 2);
        assert!(texts.iter().any(|t| t == "Nov"), "the month by the dates");

        // Across a month's end the grid says so where it changes.
        let later = session(
            "Sophie",
            "Emma",
            three(),
            NaiveDate::from_ymd_opt(2026, 12, 7),
        );
        let (pages, _) = compose(&later, &letterhead(Paper::A4), &fonts);
        let all: Vec<&str> = pages
            .iter()
            .flatten()
            .filter_map(|m| match m {
                Mark::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        // Emma's Thursdays and Mondays: 26, 30, 3 Dec, 7, on one line.
        assert!(all.contains(&"3 Dec"), "{all:?}");
        assert!(
            !all.contains(&"7 Dec") && all.contains(&"7"),
            "the month only where it changes"
        );
        // Sophie's fortnight of days: a line a week, each starting with its month.
        assert!(all.contains(&"Dec"), "{all:?}");
    }

    #[test]
    fn a_weekly_agreement_without_a_day_has_one_box_a_week() {
        let days = tracking_days(
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 7),
        );
        let slots = due_slots(&Frequency::Weekly(None), &days);
        assert_eq!(
            slots,
            vec![
                Slot::Week(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()),
                Slot::Week(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
            ]
        );
        let mondays = due_slots(&Frequency::Weekdays(vec![Weekday::Mon]), &days);
        assert_eq!(mondays.len(), 2, "30 November and 7 December");
    }

    #[test]
    fn the_font_is_embedded_as_a_subset() {
        let state = session("Sophie", "Emma", three(), None);
        let doc = homework_sheet(&state, &letterhead(Paper::Letter)).unwrap();
        let read = lopdf::Document::load_mem(&doc.bytes).unwrap();
        let mut files = 0;
        for object in read.objects.values() {
            let dict = match object {
                lopdf::Object::Dictionary(d) => d,
                lopdf::Object::Stream(s) => &s.dict,
                _ => continue,
            };
            if let Ok(reference) = dict.get(b"FontFile2").and_then(|o| o.as_reference()) {
                let stream = read.get_object(reference).unwrap().as_stream().unwrap();
                assert!(
                    stream.content.len() < 200_000,
                    "a subset, not the 760 KB font: {}",
                    stream.content.len()
                );
                files += 1;
            }
        }
        assert!(files >= 1, "the font is embedded");
    }

    #[test]
    fn the_longest_names_stay_on_one_line_in_the_footer_and_under_their_own_signature() {
        let (a, b) = ("W".repeat(60), "M".repeat(60));
        let state = session(&a, &b, three(), NaiveDate::from_ymd_opt(2026, 12, 1));
        let fonts = Fonts::load().unwrap();
        let letterhead = letterhead(Paper::A4);
        let (pages, _) = compose(&state, &letterhead, &fonts);
        let c = Composer::with_frame(&fonts, Paper::A4, MARGIN, 16.0, 20.0);
        let (margin, width) = (c.margin, c.width);
        let first_line = margin + c.width_of(AGREED, body()) + GUTTER;
        let line_width = Bottom::signature_width(&c, &Words::new(Tr::default()));
        let mut seen = false;
        for page in &pages {
            let mut signatures = false;
            for mark in page {
                if let Mark::Text {
                    x,
                    text,
                    size,
                    bold,
                    ..
                } = mark
                {
                    let right = x + fonts.face(*bold).width(text, *size);
                    assert!(right <= width - margin + 0.5, "{text:?} runs off the page");
                    signatures |= text == AGREED;
                    // Under the signature lines, the first name stays under the first line.
                    if signatures && *size == BODY && text.starts_with('W') && text != AGREED {
                        seen = true;
                        assert!(
                            *x >= first_line - 0.5 && right <= first_line + line_width + 0.5,
                            "{text:?} crosses into the other column"
                        );
                    }
                }
            }
        }
        assert!(seen, "the first name is under its line");
    }

    #[test]
    fn names_from_many_languages_print_and_an_emoji_is_replaced() {
        let mut t = three();
        t[0].behaviour = "I will call José and Łukasz on Sunday 🎉".to_owned();
        t[1].evidence = "דנה hears from us".to_owned();
        let state = session("Zoë", "Дмитрий", t, NaiveDate::from_ymd_opt(2026, 12, 1));
        let doc = homework_sheet(&state, &letterhead(Paper::A4)).unwrap();
        assert_eq!(doc.replaced, 1, "the emoji, once");
        let read = lopdf::Document::load_mem(&doc.bytes).unwrap();
        let text = all_text(&read).concat();
        for name in ["Zoë", "Дмитрий", "José", "Łukasz", "□"] {
            assert!(text.contains(name), "{name:?} in {text:?}");
        }
    }

    #[test]
    fn thirty_agreements_paginate_with_none_split() {
        let fonts = Fonts::load().unwrap();
        let many: Vec<AgreementTerms> = (0..30)
            .map(|i| {
                let when = match i % 3 {
                    0 => Frequency::Daily,
                    1 => Frequency::Weekdays(vec![Weekday::Mon, Weekday::Thu]),
                    _ => Frequency::Weekly(Some(Weekday::Sun)),
                };
                let long = if i % 4 == 0 {
                    " and talk it through calmly, taking turns, before we decide anything about the weekend plans"
                } else {
                    ""
                };
                terms(
                    Owner::Both,
                    &format!("Agreement A{i:02} we keep{long}"),
                    when,
                    "after dinner",
                    &format!("Evidence E{i:02}"),
                )
            })
            .collect();
        let next = NaiveDate::from_ymd_opt(2026, 12, 7);
        let state = session("Sophie", "Emma", many, next);
        for paper in [Paper::A4, Paper::Letter] {
            let (pages, _) = compose(&state, &letterhead(paper), &fonts);
            assert!(pages.len() >= 5, "{paper:?}: {}", pages.len());
            let page_of = |needle: &str| -> Vec<usize> {
                pages
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        p.iter()
                            .any(|m| matches!(m, Mark::Text { text, .. } if text.contains(needle)))
                    })
                    .map(|(i, _)| i)
                    .collect()
            };
            let mut expected_boxes = vec![0; pages.len()];
            for i in 0..30 {
                let first = page_of(&format!("A{i:02}"));
                let last = page_of(&format!("E{i:02}"));
                assert_eq!(first.len(), 1, "A{i:02}");
                assert_eq!(first, last, "{paper:?}: agreement {i} is on one page");
                // Tue 24 Nov .. Mon 7 Dec: 14 days, a row of boxes for each partner.
                expected_boxes[first[0]] += 2 * [14, 4, 2][i % 3];
            }
            let boxes: Vec<usize> = pages
                .iter()
                .map(|p| {
                    p.iter()
                        .filter(|m| matches!(m, Mark::Square { .. }))
                        .count()
                })
                .collect();
            assert_eq!(
                boxes, expected_boxes,
                "{paper:?}: each grid with its agreement"
            );
            let doc = homework_sheet(&state, &letterhead(paper)).unwrap();
            assert_eq!(doc.pages, pages.len());
            let read = lopdf::Document::load_mem(&doc.bytes).unwrap();
            for (i, page) in all_text(&read).iter().enumerate() {
                assert!(page.contains(&format!("page {} of {}", i + 1, doc.pages)));
            }
        }
    }

    #[test]
    fn earlier_agreements_still_running_follow_and_stopped_ones_are_left_off() {
        let first = session(
            "Sophie",
            "Emma",
            three(),
            NaiveDate::from_ymd_opt(2026, 11, 30),
        );
        let mut couple = Couple::new(
            first.info.couple.clone(),
            "Sophie",
            "Emma",
            NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        );
        crate::session::record_into(&first, &mut couple, "0004-2026-11-30.journal", None);
        let set = templates::load(None);
        let template = set.by_id("speaker-listener").unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let info = session_start(&couple, 5, template, NoteFormat::Free, date);
        assert_eq!(info.to_review.len(), 3);
        let stopped = info.to_review[1].id;
        let at = |m: i64| Stamp {
            wall: stamp(0).wall + Duration::days(7) + Duration::minutes(m),
            at: m as u64 * 60_000,
        };
        let (mut state, _) = begin(info, at(0));
        let commands = [
            Command::RetireAgreement {
                id: stopped,
                retired: true,
            },
            Command::AddAgreement(terms(
                Owner::A,
                "I will text when I leave work",
                Frequency::Daily,
                "",
                "",
            )),
            Command::End,
        ];
        for (i, command) in commands.iter().enumerate() {
            apply(&mut state, command, at(i as i64 + 1)).unwrap();
        }
        let doc = homework_sheet(&state, &letterhead(Paper::A4)).unwrap();
        let read = lopdf::Document::load_mem(&doc.bytes).unwrap();
        let text = squash(&all_text(&read).concat());
        let new = text.find(&squash("I will text when I leave work")).unwrap();
        let heading = text.find(&squash("Still going, from session 4")).unwrap();
        let kept = text.find(&squash(&three()[0].behaviour)).unwrap();
        assert!(new < heading && heading < kept, "this session's first");
        assert!(text.contains(&squash(&three()[2].behaviour)));
        assert!(
            !text.contains(&squash(&three()[1].behaviour)),
            "a stopped agreement is not on the sheet"
        );
    }

    #[test]
    fn the_ground_rules_stay_together_on_one_page() {
        let fonts = Fonts::load().unwrap();
        let state = session("Sophie", "Emma", three(), None);
        let rules: Vec<&str> = state.rules.iter().map(|r| r.text.as_str()).collect();
        for paper in [Paper::A4, Paper::Letter] {
            let (pages, _) = compose(&state, &letterhead(paper), &fonts);
            let holding: Vec<usize> = pages
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.iter().any(|m| {
                        matches!(m, Mark::Text { text, .. }
                            if text == "Our ground rules" || rules.iter().any(|r| r.starts_with(text.as_str()) && text.len() > 8))
                    })
                })
                .map(|(i, _)| i)
                .collect();
            assert_eq!(holding.len(), 1, "{paper:?}: {holding:?}");
        }
    }
}
