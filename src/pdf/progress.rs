//! The progress report: a couple's numbers across their joint sessions, as the couple page
//! plots them, drawn as vector charts; a table of the numbers; and one line per agreement with
//! how its reviews went and its run of "done". Nothing from a screening or an individual
//! session is in it: it can be shown to the couple.

use super::layout::{Composer, Fonts, Mark, Style, render_in};
use super::{Document, Letterhead, dated};
use crate::locale::Tr;
use crate::model::{CSI4_CUTOFF, CSI4_MAX, Outcome, Owner, Progress, SessionPoint};

const MARGIN: f32 = 48.0;
const BODY: f32 = 9.5;
const SMALL: f32 = 8.0;
const CHART_H: f32 = 92.0;
const GUTTER: f32 = 24.0;

const SIDE_A: [f32; 3] = [
    0x3b as f32 / 255.0,
    0x7d as f32 / 255.0,
    0xc4 as f32 / 255.0,
];
const SIDE_B: [f32; 3] = [
    0xb0 as f32 / 255.0,
    0x6a as f32 / 255.0,
    0x3b as f32 / 255.0,
];
const DONE: [f32; 3] = [
    0x2f as f32 / 255.0,
    0x7f as f32 / 255.0,
    0x86 as f32 / 255.0,
];
const PARTLY: [f32; 3] = [
    0xc2 as f32 / 255.0,
    0x85 as f32 / 255.0,
    0x1a as f32 / 255.0,
];
const NOT_DONE: [f32; 3] = [
    0xc0 as f32 / 255.0,
    0x5a as f32 / 255.0,
    0x4e as f32 / 255.0,
];
const BREAK: [f32; 3] = [
    0x6c as f32 / 255.0,
    0x63 as f32 / 255.0,
    0xa8 as f32 / 255.0,
];
const GRID: [f32; 3] = [0.85, 0.85, 0.85];

fn style(size: f32, bold: bool, grey: f32) -> Style {
    Style {
        size,
        bold,
        grey,
        indent: 0.0,
    }
}

/// The couple's progress report as a PDF.
pub fn progress_report(progress: &Progress, letterhead: &Letterhead) -> Result<Document, String> {
    Ok(progress_report_in(progress, letterhead, &Fonts::load()?))
}

/// The report's two languages: the therapist's for the record (headings, charts, the
/// table), the couple's for the words addressed to them.
#[derive(Clone, Copy)]
struct Words {
    tr: Tr,
    couple: Tr,
}

/// [`progress_report`] printed with `fonts`: in the therapist's language
/// ([`Letterhead::therapist_lang`]), its words to the couple in theirs ([`Letterhead::lang`]).
pub fn progress_report_in(progress: &Progress, letterhead: &Letterhead, fonts: &Fonts) -> Document {
    let tr = Tr::new(letterhead.therapist_lang);
    let words = Words {
        tr,
        couple: Tr::new(letterhead.lang.unwrap_or(letterhead.therapist_lang)),
    };
    let mut c = Composer::with_frame(fonts, letterhead.paper, MARGIN, 16.0, 20.0);
    c.tr = tr;
    let names = format!("{} & {}", progress.names[0], progress.names[1]);
    heading(&mut c, words, progress, &names, letterhead);
    if progress.is_empty() {
        c.paragraph(
            &lt!("doc-progress-no-sessions" in tr),
            style(BODY, false, 0.0),
        );
    } else {
        charts(&mut c, tr, progress);
        table(&mut c, tr, progress);
    }
    agreements(&mut c, words, progress);
    let practice = letterhead.practice.trim();
    let header = if practice.is_empty() {
        lt!("doc-progress-header" in tr, names = &names)
    } else {
        lt!("doc-progress-header-practice" in tr, practice = practice, names = &names)
    };
    let footer = lt!(
        "doc-progress-footer" in tr,
        names = &names,
        date = dated(
            tr,
            letterhead.printed_at.date_naive(),
            &lt!("doc-date-short" in tr)
        )
    );
    let (replaced, missing) = (c.replaced, c.missing.clone());
    let pages = c.finish(&header, &footer);
    let bytes = render_in(
        &lt!("doc-progress-title" in tr, names = &names),
        &pages,
        fonts,
        letterhead,
        tr.lang(),
    );
    Document {
        bytes,
        pages: pages.len(),
        replaced,
        missing,
    }
}

fn heading(
    c: &mut Composer,
    words: Words,
    progress: &Progress,
    names: &str,
    letterhead: &Letterhead,
) {
    let tr = words.tr;
    let date = |d: chrono::NaiveDate| dated(tr, d, &lt!("doc-date" in tr));
    c.paragraph(&lt!("doc-progress-heading" in tr), style(18.0, true, 0.0));
    c.paragraph(names, style(13.0, true, 0.0));
    let span = match (progress.sessions.first(), progress.sessions.last()) {
        (Some(first), Some(last)) if first.number != last.number => lt!(
            "doc-progress-span" in tr,
            first = first.number,
            last = last.number,
            from = date(first.date),
            to = date(last.date)
        ),
        (Some(only), _) => lt!(
            "doc-progress-span-one" in tr,
            number = only.number,
            date = date(only.date)
        ),
        _ => lt!("doc-progress-span-none" in tr),
    };
    let mut line = span;
    if !letterhead.therapist.trim().is_empty() {
        line.push_str(&format!(" · {}", letterhead.therapist.trim()));
    }
    c.paragraph(&line, style(BODY, false, 0.0));
    // To the couple, in their language.
    c.paragraph(
        &lt!("doc-couple-small-wins" in words.couple),
        style(BODY, false, 0.4),
    );
    c.advance(4.0);
    c.rule(0.6, 0.8);
    c.advance(10.0);
}

/// Where a chart draws: its frame on the page and its scales.
struct Frame {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    /// Session numbers at the left and right edges.
    first: f64,
    last: f64,
    y_max: f64,
}

impl Frame {
    fn px(&self, session: f64) -> f32 {
        let span = (self.last - self.first).max(1.0);
        // Room at each end for half a bar.
        let inner = self.w - 32.0;
        self.x + 16.0 + ((session - self.first) / span) as f32 * inner
    }

    fn py(&self, value: f64) -> f32 {
        self.y + self.h - (value / self.y_max).clamp(0.0, 1.0) as f32 * self.h
    }

    /// The frame's grid: a few value lines with labels, and the session numbers under it.
    fn grid(&self, c: &mut Composer, sessions: &[SessionPoint], ticks: &[f64], unit: &str) {
        for t in ticks {
            let y = self.py(*t);
            c.mark(Mark::Path {
                points: vec![(self.x, y), (self.x + self.w, y)],
                width: 0.4,
                rgb: GRID,
            });
            let label = format!("{t}{unit}");
            let w = c.width_of(&label, style(SMALL - 1.0, false, 0.45));
            let at = c.y();
            c.set_y(y - (SMALL - 1.0) * 0.7);
            c.text_at(self.x - w - 3.0, label, style(SMALL - 1.0, false, 0.45));
            c.set_y(at);
        }
        let at = c.y();
        c.set_y(self.y + self.h + 3.0);
        // As many session numbers as fit side by side: every one, or every second, fifth, …
        let widest = sessions.last().map_or(0.0, |p| {
            c.width_of(&format!("#{}", p.number), style(SMALL - 1.0, false, 0.45))
        });
        let fit = ((self.w - 32.0) / (widest + 6.0)).floor().max(1.0) as usize;
        let step = sessions.len().div_ceil(fit).max(1);
        let step = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .find(|s| *s >= step)
            .unwrap_or(step);
        for p in sessions
            .iter()
            .filter(|p| step == 1 || (p.number as usize).is_multiple_of(step))
        {
            let label = format!("#{}", p.number);
            let w = c.width_of(&label, style(SMALL - 1.0, false, 0.45));
            c.text_at(
                self.px(f64::from(p.number)) - w / 2.0,
                label,
                style(SMALL - 1.0, false, 0.45),
            );
        }
        c.set_y(at);
    }
}

/// A line of points with a dot at each.
fn series(c: &mut Composer, frame: &Frame, points: &[(f64, f64)], rgb: [f32; 3]) {
    let at: Vec<(f32, f32)> = points
        .iter()
        .map(|(s, v)| (frame.px(*s), frame.py(*v)))
        .collect();
    c.mark(Mark::Path {
        points: at.clone(),
        width: 1.4,
        rgb,
    });
    for (x, y) in at {
        c.mark(Mark::Fill {
            x: x - 1.8,
            y: y - 1.8,
            w: 3.6,
            h: 3.6,
            rgb,
        });
    }
}

/// A dashed horizontal line across the frame.
fn dashed(c: &mut Composer, frame: &Frame, value: f64, rgb: [f32; 3]) {
    let y = frame.py(value);
    let mut x = frame.x;
    while x < frame.x + frame.w {
        let end = (x + 4.0).min(frame.x + frame.w);
        c.mark(Mark::Path {
            points: vec![(x, y), (end, y)],
            width: 0.9,
            rgb,
        });
        x += 7.0;
    }
}

/// A chart's title and its key in coloured words; returns the frame below them. A key too
/// long to sit beside the title (longer words, longer names) goes on under it, within the
/// chart's width, and the chart is that much shorter: the row keeps its height.
#[allow(clippy::too_many_arguments)]
fn titled(
    c: &mut Composer,
    x: f32,
    top: f32,
    w: f32,
    title: &str,
    key: &[(&str, [f32; 3])],
    progress: &Progress,
    y_max: f64,
) -> Frame {
    const KEY_LINE: f32 = 11.0;
    let head = style(BODY, true, 0.0);
    let small = style(SMALL, false, 0.3);
    c.set_y(top);
    let title = fit(c, title, head, w);
    c.text_at(x, title.clone(), head);
    let mut kx = x + c.width_of(&title, head) + 8.0;
    let mut line_top = top;
    for (words, rgb) in key {
        let width = 8.0 + c.width_of(words, small);
        if kx + width > x + w && kx > x {
            kx = x;
            line_top += KEY_LINE;
        }
        c.mark(Mark::Fill {
            x: kx,
            y: line_top + 3.5,
            w: 6.0,
            h: 2.5,
            rgb: *rgb,
        });
        kx += 8.0;
        c.set_y(line_top);
        let fitted = fit(c, words, small, x + w - kx);
        c.text_at(kx, fitted, small);
        kx += width;
    }
    c.set_y(top);
    // A key on lines of its own keeps clear of the chart's top label.
    let below = if line_top > top {
        line_top - top + 4.0
    } else {
        0.0
    };
    let first = progress
        .sessions
        .first()
        .map_or(1.0, |p| f64::from(p.number));
    let last = progress
        .sessions
        .last()
        .map_or(1.0, |p| f64::from(p.number));
    Frame {
        x: x + 18.0,
        y: top + 16.0 + below,
        w: w - 18.0,
        h: CHART_H - below,
        first,
        last,
        y_max,
    }
}

/// `text` as it is, or cut short with "…" if it is wider than `width`.
fn fit(c: &mut Composer, text: &str, style: Style, width: f32) -> String {
    if c.width_of(text, style) <= width {
        text.to_owned()
    } else {
        c.fit_line(text, style, width)
    }
}

fn charts(c: &mut Composer, tr: Tr, progress: &Progress) {
    let w = (c.text_width() - GUTTER) / 2.0;
    let (left, right) = (c.margin, c.margin + w + GUTTER);
    let row = CHART_H + 16.0 + 22.0;
    let a = progress.names[0].as_str();
    let b = progress.names[1].as_str();
    let s = &progress.sessions;
    let each = |pick: &dyn Fn(&SessionPoint) -> Option<u8>| -> Vec<(f64, f64)> {
        s.iter()
            .filter_map(|p| pick(p).map(|v| (f64::from(p.number), f64::from(v))))
            .collect()
    };

    c.keep_together(row);
    let top = c.y();
    let cutoff = super::decimal_point(tr, CSI4_CUTOFF.to_string());
    let cut = lt!("doc-progress-cut-off" in tr, score = cutoff);
    let f = titled(
        c,
        left,
        top,
        w,
        &lt!("doc-progress-satisfaction" in tr),
        &[(a, SIDE_A), (b, SIDE_B), (&cut, NOT_DONE)],
        progress,
        f64::from(CSI4_MAX),
    );
    f.grid(c, s, &[0.0, 7.0, 14.0, 21.0], "");
    dashed(c, &f, f64::from(CSI4_CUTOFF), NOT_DONE);
    series(c, &f, &each(&|p| p.csi[0]), SIDE_A);
    series(c, &f, &each(&|p| p.csi[1]), SIDE_B);

    let f = titled(
        c,
        right,
        top,
        w,
        &lt!("doc-progress-the-week-chart" in tr),
        &[(a, SIDE_A), (b, SIDE_B)],
        progress,
        10.0,
    );
    f.grid(c, s, &[0.0, 5.0, 10.0], "");
    series(c, &f, &each(&|p| p.week[0]), SIDE_A);
    series(c, &f, &each(&|p| p.week[1]), SIDE_B);
    c.set_y(top + row);

    c.keep_together(row);
    let top = c.y();
    let most = s
        .iter()
        .map(|p| p.reviewed.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(2) as f64;
    let (done, partly, not_done) = (
        lt!("doc-progress-done" in tr),
        lt!("doc-progress-partly" in tr),
        lt!("doc-progress-not-done" in tr),
    );
    let f = titled(
        c,
        left,
        top,
        w,
        &lt!("doc-progress-reviewed" in tr),
        &[(&done, DONE), (&partly, PARTLY), (&not_done, NOT_DONE)],
        progress,
        most,
    );
    f.grid(c, s, &[0.0, (most / 2.0).round(), most], "");
    let bar = (f.w / (s.len() as f32 + 1.0) * 0.5).min(24.0);
    for p in s {
        let mut base = 0.0;
        for (k, rgb) in [DONE, PARTLY, NOT_DONE].into_iter().enumerate() {
            let n = p.reviewed[k] as f64;
            if n > 0.0 {
                let (y1, y0) = (f.py(base + n), f.py(base));
                c.mark(Mark::Fill {
                    x: f.px(f64::from(p.number)) - bar / 2.0,
                    y: y1,
                    w: bar,
                    h: y0 - y1,
                    rgb,
                });
            }
            base += n;
        }
    }

    let most = s.iter().map(|p| p.timeouts).max().unwrap_or(0).max(3) as f64;
    let f = titled(
        c,
        right,
        top,
        w,
        &lt!("doc-progress-timeouts" in tr),
        &[(&lt!("doc-progress-timeouts-key" in tr), BREAK)],
        progress,
        most,
    );
    f.grid(c, s, &[0.0, most], "");
    for p in s {
        if p.timeouts > 0 {
            let (y1, y0) = (f.py(p.timeouts as f64), f.py(0.0));
            c.mark(Mark::Fill {
                x: f.px(f64::from(p.number)) - bar / 2.0,
                y: y1,
                w: bar,
                h: y0 - y1,
                rgb: BREAK,
            });
        }
    }
    c.set_y(top + row);

    c.keep_together(row);
    let top = c.y();
    let title = lt!("doc-progress-share" in tr, name = a);
    let f = titled(
        c,
        left,
        top,
        w,
        &title,
        &[(&lt!("doc-progress-even-share" in tr), SIDE_B)],
        progress,
        100.0,
    );
    f.grid(c, s, &[0.0, 50.0, 100.0], "%");
    dashed(c, &f, 50.0, SIDE_B);
    let share: Vec<(f64, f64)> = s
        .iter()
        .filter_map(|p| {
            p.talk_share()
                .map(|v| (f64::from(p.number), (v * 100.0).round()))
        })
        .collect();
    series(c, &f, &share, SIDE_A);
    c.set_y(top + row);
}

/// The numbers, one row per joint session.
fn table(c: &mut Composer, tr: Tr, progress: &Progress) {
    let [a, b] = &progress.names;
    c.keep_together(40.0);
    c.paragraph(&lt!("doc-progress-numbers" in tr), style(11.0, true, 0.0));
    c.advance(2.0);
    c.paragraph(
        &lt!("doc-progress-numbers-key" in tr, a = short(a), b = short(b)),
        style(SMALL, false, 0.45),
    );
    c.advance(2.0);
    let heads = [
        lt!("doc-progress-col-session" in tr),
        lt!("doc-progress-col-date" in tr),
        lt!("doc-progress-col-week" in tr),
        "CSI-4".to_owned(),
        lt!("doc-progress-col-agreements" in tr),
        lt!("doc-progress-timeouts" in tr),
        lt!("doc-progress-col-talk" in tr),
    ];
    // Room for the longer words of other languages ("Temps morts", "Tiempos fuera").
    let widths = [0.1, 0.15, 0.14, 0.14, 0.18, 0.15, 0.14];
    let total = c.text_width();
    let xs: Vec<f32> = widths
        .iter()
        .scan(c.margin, |x, w| {
            let at = *x;
            *x += w * total;
            Some(at)
        })
        .collect();
    let row = |c: &mut Composer, cells: &[String], st: Style| {
        c.keep_together(Composer::line_height(st.size));
        for (i, cell) in cells.iter().enumerate() {
            let line = c.fit_line(cell, st, widths[i] * total - 4.0);
            c.text_at(xs[i], line, st);
        }
        c.advance(Composer::line_height(st.size));
    };
    row(c, &heads, style(SMALL, true, 0.0));
    c.rule(0.7, 0.5);
    c.advance(2.0);
    let dash = |v: Option<u8>| v.map_or_else(|| "–".to_owned(), |v| v.to_string());
    for p in &progress.sessions {
        let cells = [
            format!("#{}", p.number),
            dated(tr, p.date, &lt!("doc-date-short" in tr)),
            format!("{} / {}", dash(p.week[0]), dash(p.week[1])),
            format!("{} / {}", dash(p.csi[0]), dash(p.csi[1])),
            format!("{} / {} / {}", p.reviewed[0], p.reviewed[1], p.reviewed[2]),
            p.timeouts.to_string(),
            p.talk_share()
                .map_or_else(|| "–".to_owned(), |s| format!("{:.0} %", s * 100.0)),
        ];
        row(c, &cells, style(SMALL, false, 0.0));
    }
    c.paragraph(
        &lt!(
            "doc-progress-csi-note" in tr,
            max = CSI4_MAX,
            cutoff = super::decimal_point(tr, CSI4_CUTOFF.to_string())
        ),
        style(SMALL, false, 0.45),
    );
    c.advance(8.0);
}

fn short(name: &str) -> String {
    let mut out: String = name.chars().take(12).collect();
    if name.chars().count() > 12 {
        out.push('…');
    }
    out
}

/// One line per agreement: who, what, how its reviews went, and its run of "done".
fn agreements(c: &mut Composer, words: Words, progress: &Progress) {
    let tr = words.tr;
    c.keep_together(40.0);
    c.paragraph(
        &lt!("doc-progress-agreements" in tr),
        style(11.0, true, 0.0),
    );
    if progress.agreements.is_empty() {
        c.paragraph(&lt!("doc-progress-none-yet" in tr), style(BODY, false, 0.4));
        return;
    }
    // To the couple, in their language.
    c.paragraph(
        &lt!("doc-couple-kept" in words.couple, count = progress.wins()),
        style(BODY, false, 0.0),
    );
    c.advance(2.0);
    for a in &progress.agreements {
        let who = match a.who {
            Owner::A => progress.names[0].clone(),
            Owner::B => progress.names[1].clone(),
            Owner::Both => lt!("doc-progress-both" in tr),
        };
        let reviews = if a.outcomes.is_empty() {
            lt!("doc-progress-not-reviewed" in tr)
        } else {
            let outcomes: Vec<String> = a
                .outcomes
                .iter()
                .map(|o| match o {
                    Outcome::Done => lt!("doc-progress-done" in tr),
                    Outcome::Partly => lt!("doc-progress-partly" in tr),
                    Outcome::NotDone => lt!("doc-progress-not-done" in tr),
                })
                .collect();
            lt!("doc-progress-reviews" in tr, outcomes = outcomes.join(", "))
        };
        let mut line = vec![lt!(
            "doc-progress-agreement" in tr,
            who = who,
            what = &a.behaviour,
            number = a.made_in_session,
            reviews = reviews
        )];
        if a.streak() > 0 {
            line.push(lt!("doc-progress-streak" in tr, count = a.streak()));
        }
        if a.retired {
            line.push(lt!("doc-progress-stopped" in tr));
        }
        c.bullet(&line.join(" · "), style(BODY, false, 0.0));
    }
}
