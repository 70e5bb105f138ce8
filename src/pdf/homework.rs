//! The couple's homework sheet: what they agreed, in their own words, with a tick box per day
//! until the next session, their ground rules, what to do when it gets hard, and a place to
//! sign. Large print, plain words, and nothing clinical: no notes, ratings, timeouts or talk
//! times ever reach this page.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::layout::{Composer, Fonts, Mark, Style, render};
use super::{Document, Letterhead};
use crate::model::{Agreement, Owner};
use crate::session::SessionState;

/// Body text size: large print.
pub const BODY: f32 = 13.0;
/// Smallest text on the sheet besides the page header and footer: the grid's day labels.
pub const LABEL: f32 = 10.5;
const TITLE: f32 = 22.0;
const SECTION: f32 = 16.0;
const BEHAVIOUR: f32 = 14.0;

/// Indent of an agreement's text from its accent bar.
const CARD_INDENT: f32 = 14.0;
/// The tick box.
const BOX: f32 = 18.0;
/// Widest grid column.
const COLUMN_MAX: f32 = 46.0;
/// Day label rows plus the box row.
const GRID_HEIGHT: f32 = 2.0 * LABEL * 1.3 + 4.0 + BOX;
/// Room left under an agreement before the next.
const AFTER_CARD: f32 = 18.0;

fn body() -> Style {
    Style::body(BODY)
}

fn bold(size: f32) -> Style {
    Style {
        size,
        bold: true,
        grey: 0.0,
        indent: 0.0,
    }
}

fn indented(style: Style, indent: f32) -> Style {
    Style { indent, ..style }
}

/// "Monday 30 November".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%A %-d %B").to_string()
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

fn short_day(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
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

/// The sheet as laid-out pages (header and "page i of n" included), and how many characters
/// the font could not draw.
pub fn compose(
    state: &SessionState,
    letterhead: &Letterhead,
    fonts: &Fonts,
) -> (Vec<Vec<Mark>>, usize) {
    let mut c = Composer::new(fonts, letterhead.paper);
    let (a, b) = (state.info.partner_a.as_str(), state.info.partner_b.as_str());

    // Title.
    c.paragraph("Our agreements for this week", bold(TITLE));
    c.space(2.0);
    c.paragraph(&format!("{a} & {b}"), bold(SECTION));
    let practice = letterhead.practice.trim();
    let mut from = format!("From our session on {}", long_date(state.date()));
    if !practice.is_empty() {
        from.push_str(&format!(" at {practice}"));
    }
    c.paragraph(
        &from,
        Style {
            grey: 0.35,
            ..body()
        },
    );
    c.space(8.0);
    let next = match state.next_session {
        Some(d) => format!("Next session: {}", long_date(d)),
        None => "Next session: to be arranged".to_owned(),
    };
    next_session_band(&mut c, &next);
    c.space(18.0);

    // Agreements.
    let days = tracking_days(state.date(), state.next_session);
    let (new, earlier) = running_agreements(state);
    if new.is_empty() && earlier.is_empty() {
        c.heading("What we agreed", SECTION);
        c.paragraph(
            "No new agreements this time. Keep doing what is working.",
            body(),
        );
        c.space(AFTER_CARD);
    }
    for (title, list) in [
        ("What we agreed", &new),
        ("Still going from earlier sessions", &earlier),
    ] {
        if list.is_empty() {
            continue;
        }
        // The heading stays with the first agreement.
        let first = card_height(&mut c, state, list[0]);
        let heading = c.measure(title, bold(SECTION)) + SECTION * 0.3;
        c.keep_together(heading + first);
        c.heading(title, SECTION);
        for agreement in list.iter() {
            card(&mut c, fonts, state, agreement, &days);
        }
    }

    // Ground rules.
    let rules: Vec<&str> = state
        .rules
        .iter()
        .filter(|r| r.agreed_by_both())
        .map(|r| r.text.as_str())
        .collect();
    if !rules.is_empty() {
        // A short list: kept whole on one page when it fits on one.
        let mut h = c.measure("Our ground rules", bold(SECTION)) + SECTION * 0.3;
        for rule in &rules {
            h += c.measure(rule, indented(body(), 16.0)) + 3.0;
        }
        c.keep_together(h);
        c.heading("Our ground rules", SECTION);
        for rule in rules {
            let style = indented(body(), 16.0);
            let h = c.measure(rule, style);
            c.keep_together(h);
            c.text_at(c.margin + 3.0, "•".to_owned(), body());
            c.paragraph(rule, style);
            c.space(3.0);
        }
        c.space(AFTER_CARD - 3.0);
    }

    when_it_gets_hard(&mut c);
    c.space(AFTER_CARD + 4.0);
    notes_and_signatures(&mut c, a, b);

    let replaced = c.replaced;
    let header = if practice.is_empty() {
        "Homework sheet".to_owned()
    } else {
        format!("{practice} · Homework sheet")
    };
    let footer = format!("{a} & {b} · session {}", state.info.number);
    (c.finish(&header, &footer), replaced)
}

/// The couple's homework sheet as a PDF.
pub fn homework_sheet(state: &SessionState, letterhead: &Letterhead) -> Result<Document, String> {
    let fonts = Fonts::load()?;
    let (pages, replaced) = compose(state, letterhead, &fonts);
    let title = format!(
        "Homework sheet — {} & {}, session {}",
        state.info.partner_a, state.info.partner_b, state.info.number
    );
    let bytes = render(&title, &pages, &fonts, letterhead);
    Ok(Document {
        bytes,
        pages: pages.len(),
        replaced,
    })
}

/// A light band across the page with the next appointment in it.
fn next_session_band(c: &mut Composer, text: &str) {
    let style = indented(bold(15.0), 12.0);
    let h = c.measure(text, style) + 16.0;
    c.keep_together(h);
    let top = c.y();
    c.mark(Mark::Rule {
        x1: c.margin,
        x2: c.width - c.margin,
        y: top + h / 2.0,
        width: h,
        grey: 0.92,
    });
    c.advance(8.0);
    c.paragraph(text, style);
    c.advance(8.0);
}

fn who(state: &SessionState, owner: Owner) -> &str {
    match owner {
        Owner::A => &state.info.partner_a,
        Owner::B => &state.info.partner_b,
        Owner::Both => "Both of us",
    }
}

fn card_lines(state: &SessionState, agreement: &Agreement) -> Vec<String> {
    let t = &agreement.terms;
    let mut when = t.when.describe();
    if !t.anchor.trim().is_empty() {
        when.push_str(", ");
        when.push_str(t.anchor.trim());
    }
    let mut lines = vec![
        format!("Who: {}", who(state, t.who)),
        format!("When: {when}"),
    ];
    if !t.evidence.trim().is_empty() {
        lines.push(format!("How we'll know: {}", t.evidence.trim()));
    }
    lines
}

fn card_height(c: &mut Composer, state: &SessionState, agreement: &Agreement) -> f32 {
    let mut h = c.measure(
        &agreement.terms.behaviour,
        indented(bold(BEHAVIOUR), CARD_INDENT),
    ) + 3.0;
    for line in card_lines(state, agreement) {
        h += c.measure(&line, indented(body(), CARD_INDENT));
    }
    h + 8.0 + GRID_HEIGHT
}

/// One agreement, never split across pages: what, who, when, how we'll know, and its grid.
fn card(
    c: &mut Composer,
    fonts: &Fonts,
    state: &SessionState,
    agreement: &Agreement,
    days: &[NaiveDate],
) {
    let h = card_height(c, state, agreement);
    c.keep_together(h);
    let top = c.y();
    // The accent bar down the card's left edge.
    c.mark(Mark::Rule {
        x1: c.margin,
        x2: c.margin + 3.0,
        y: top + h / 2.0,
        width: h,
        grey: 0.7,
    });
    c.paragraph(
        &agreement.terms.behaviour,
        indented(bold(BEHAVIOUR), CARD_INDENT),
    );
    c.advance(3.0);
    for line in card_lines(state, agreement) {
        c.paragraph(&line, indented(body(), CARD_INDENT));
    }
    c.advance(8.0);
    grid(c, fonts, &agreement.terms.when.days(), days);
    c.space(AFTER_CARD);
}

/// Day and date labels over one tick box per day the agreement is for; a faint dash on the
/// other days.
fn grid(c: &mut Composer, fonts: &Fonts, weekdays: &[Weekday], days: &[NaiveDate]) {
    let left = c.margin + CARD_INDENT;
    let room = c.text_width() - CARD_INDENT;
    let column = (room / days.len().max(1) as f32).min(COLUMN_MAX);
    let label = Style {
        size: LABEL,
        bold: true,
        grey: 0.2,
        indent: 0.0,
    };
    let date = Style {
        bold: false,
        grey: 0.4,
        ..label
    };
    let centre = |text: &str, style: Style, i: usize| -> f32 {
        let w = fonts.face(style.bold).width(text, style.size);
        left + column * i as f32 + (column - w) / 2.0
    };
    let row = LABEL * 1.3;
    for (i, day) in days.iter().enumerate() {
        let text = short_day(day.weekday());
        let x = centre(text, label, i);
        c.text_at(x, text.to_owned(), label);
    }
    c.advance(row);
    for (i, day) in days.iter().enumerate() {
        let text = day.day().to_string();
        let x = centre(&text, date, i);
        c.text_at(x, text, date);
    }
    c.advance(row + 4.0);
    let y = c.y();
    for (i, day) in days.iter().enumerate() {
        let x = left + column * i as f32 + (column - BOX) / 2.0;
        if weekdays.contains(&day.weekday()) {
            c.mark(Mark::Square { x, y, side: BOX });
        } else {
            c.mark(Mark::Rule {
                x1: x + BOX * 0.3,
                x2: x + BOX * 0.7,
                y: y + BOX / 2.0,
                width: 0.8,
                grey: 0.75,
            });
        }
    }
    c.advance(BOX);
}

/// The box with what to do when a conversation gets too hot.
fn when_it_gets_hard(c: &mut Composer) {
    const PAD: f32 = 14.0;
    let title = "When it gets hard";
    // Gottman's timeout, as his trained therapists teach it.
    let timeout = [
        "Either of us can call a timeout by saying “I need a timeout.” No blame, no last word.",
        "Flooded (heart racing, can’t think straight)? Stop for at least 20 minutes, and come back within 24 hours.",
        "Say when we will come back, then go to separate places.",
        "Soothe, don’t rehearse: a walk, slow breathing, music — not replaying the argument.",
        "Come back at the agreed time, even if still upset, and ask for more time if we need it.",
    ];
    let start = "Starting again gently";
    let setbacks = "Setbacks are normal: healing is not a straight line, and one hard day does not undo the good ones.";
    let formula = "“I feel … about … and I need …”";
    let example = "For example: “I feel lonely about our evenings and I need us to sit together after dinner.”";

    let item = indented(body(), PAD + 16.0);
    let text = indented(body(), PAD);
    let mut h = PAD + c.measure(title, indented(bold(SECTION), PAD)) + 6.0;
    h += c.measure("Taking a timeout", indented(bold(BODY), PAD)) + 2.0;
    for t in timeout {
        h += c.measure(t, item) + 3.0;
    }
    h += 8.0 + c.measure(start, indented(bold(BODY), PAD)) + 2.0;
    h += c.measure(formula, indented(bold(BEHAVIOUR), PAD)) + 2.0;
    h += c.measure(example, text) + 6.0;
    h += c.measure(setbacks, text) + PAD;
    c.keep_together(h);

    let top = c.y();
    let (x1, x2) = (c.margin, c.width - c.margin);
    // Background, then a frame of four thin bands.
    c.mark(Mark::Rule {
        x1,
        x2,
        y: top + h / 2.0,
        width: h,
        grey: 0.95,
    });
    for (y, w) in [(top, 1.0), (top + h, 1.0)] {
        c.mark(Mark::Rule {
            x1,
            x2,
            y,
            width: w,
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
    c.advance(PAD);
    c.paragraph(title, indented(bold(SECTION), PAD));
    c.advance(6.0);
    c.paragraph("Taking a timeout", indented(bold(BODY), PAD));
    c.advance(2.0);
    for t in timeout {
        c.text_at(c.margin + PAD + 3.0, "•".to_owned(), body());
        c.paragraph(t, item);
        c.advance(3.0);
    }
    c.advance(8.0);
    c.paragraph(start, indented(bold(BODY), PAD));
    c.advance(2.0);
    c.paragraph(formula, indented(bold(BEHAVIOUR), PAD));
    c.advance(2.0);
    c.paragraph(example, text);
    c.advance(6.0);
    c.paragraph(setbacks, text);
    c.advance(PAD);
}

/// A few ruled lines for their own notes, then a signature line for each partner and the date.
fn notes_and_signatures(c: &mut Composer, a: &str, b: &str) {
    const LINE_GAP: f32 = 28.0;
    let notes = 4;
    c.keep_together(SECTION * 1.35 + SECTION * 0.3 + notes as f32 * LINE_GAP);
    c.heading("Our notes", SECTION);
    for _ in 0..notes {
        c.advance(LINE_GAP);
        c.rule(0.7, 0.6);
    }
    c.space(28.0);

    let half = (c.text_width() - 32.0) / 2.0;
    let second = half + 32.0;
    let agreed = "We agreed to this together.";
    // Each name under its own signature line, wrapped to that line's width.
    let lh = Composer::line_height(BODY);
    let lines_a = c.lines_in(a, body(), half);
    let lines_b = c.lines_in(b, body(), half);
    let names = lines_a.len().max(lines_b.len()) as f32 * lh;
    let h = c.measure(agreed, body()) + 40.0 + 4.0 + names + 36.0 + 4.0 + lh;
    c.keep_together(h);
    c.paragraph(agreed, body());
    c.advance(40.0);
    let y = c.y();
    for x in [c.margin, c.margin + second] {
        c.mark(Mark::Rule {
            x1: x,
            x2: x + half,
            y,
            width: 0.8,
            grey: 0.3,
        });
    }
    c.advance(4.0);
    let start = c.y();
    for (x, lines) in [(c.margin, lines_a), (c.margin + second, lines_b)] {
        c.set_y(start);
        for line in lines {
            c.text_at(x, line, body());
            c.advance(lh);
        }
    }
    c.set_y(start + names + 36.0);
    let y = c.y();
    c.mark(Mark::Rule {
        x1: c.margin,
        x2: c.margin + half,
        y,
        width: 0.8,
        grey: 0.3,
    });
    c.advance(4.0);
    c.paragraph("Date", body());
}

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, TimeZone};

    use super::*;
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
            assert_eq!(
                doc.pages, 3,
                "{paper:?}: agreements; rules and the box; notes and signatures"
            );
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
                assert!(text.contains(&squash(&rule.text)), "{}", rule.text);
            }
            assert!(!state.rules.is_empty());
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
            "Setbacks are normal: healing is not a straight line",
        ] {
            assert!(text.contains(&squash(words)), "{words}");
        }
    }

    #[test]
    fn body_text_is_large_print_and_the_grid_has_a_box_per_included_day() {
        const { assert!(BODY >= 12.0) };
        let fonts = Fonts::load().unwrap();
        let next = NaiveDate::from_ymd_opt(2026, 11, 30);
        let state = session("Sophie", "Emma", three(), next);
        let (pages, _) = compose(&state, &letterhead(Paper::A4), &fonts);
        let footer = |t: &str| {
            t.starts_with("page ") || t.contains("Homework sheet") || t.contains("· session")
        };
        let day_label = |t: &str| {
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].contains(&t)
                || t.parse::<u32>().is_ok()
        };
        let mut boxes = 0;
        for page in &pages {
            for m in page {
                match m {
                    Mark::Text { text, size, .. } if !footer(text) => {
                        if day_label(text) {
                            assert!(*size >= LABEL);
                        } else {
                            assert!(*size >= 12.0, "{text:?} at {size}");
                        }
                    }
                    Mark::Square { .. } => boxes += 1,
                    _ => {}
                }
            }
        }
        // Tue 24 .. Mon 30: daily 7, Mon+Thu 2, Sunday 1.
        assert_eq!(boxes, 7 + 2 + 1);
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
        let c = Composer::new(&fonts, Paper::A4);
        let (margin, width) = (c.margin, c.width);
        let half = (c.text_width() - 32.0) / 2.0;
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
                    signatures |= text == "We agreed to this together.";
                    // Under the signature lines, the first name stays under the first line.
                    if signatures && *size == BODY && text.starts_with('W') {
                        assert!(
                            right <= margin + half + 0.5,
                            "{text:?} crosses into the other column"
                        );
                    }
                }
            }
        }
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
                // Tue 24 Nov .. Mon 7 Dec: 14 days.
                expected_boxes[first[0]] += [14, 4, 2][i % 3];
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
        let heading = text
            .find(&squash("Still going from earlier sessions"))
            .unwrap();
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
