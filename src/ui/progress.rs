//! The couple page's "Progress": each partner's satisfaction (CSI-4, with its distress
//! cut-off) and week rating across sessions, agreements kept per session, timeouts, and the
//! balance of talk time. Plots that hold still: no dragging or zooming.

use egui::RichText;
use egui_plot::{Bar, BarChart, HLine, Line, LineStyle, MarkerShape, Plot, Points};

use super::style::{self, short_name};
use crate::model::{CSI4_CUTOFF, CSI4_MAX, Outcome, Progress, SessionPoint, Side, decimal};

const PLOT_HEIGHT: f32 = 170.0;

/// How the agreements reviewed went, in the order the bars stack, with their colours.
const OUTCOMES: [(Outcome, egui::Color32); 3] = [
    (Outcome::Done, style::ACCENT),
    (Outcome::Partly, style::WARN),
    (Outcome::NotDone, style::OVERTIME),
];

/// Draws the section's plots; nothing but a sentence before the first joint session.
pub fn ui(ui: &mut egui::Ui, progress: &Progress) {
    if progress.is_empty() {
        ui.weak(crate::t!("screen-progress-empty"));
        return;
    }
    ui.weak(crate::t!("screen-progress-not-straight"));
    let names = [
        short_name(&progress.names[0]),
        short_name(&progress.names[1]),
    ];
    let width = ((ui.available_width() - 24.0) / 2.0).max(260.0);
    egui::Grid::new("progress-plots")
        .num_columns(2)
        .spacing([24.0, 12.0])
        .show(ui, |ui| {
            let partners = [
                (names[0].to_string(), style::side_colour(Side::A)),
                (names[1].to_string(), style::side_colour(Side::B)),
            ];
            let cut = (
                crate::t!("screen-progress-cut-off-key", cutoff = decimal(CSI4_CUTOFF)),
                style::OVERTIME,
            );
            let mut with_cut = partners.to_vec();
            with_cut.push(cut);
            chart(
                ui,
                &crate::t!("screen-progress-csi"),
                &with_cut,
                width,
                |ui| {
                    per_partner(
                        ui,
                        "csi",
                        progress,
                        &names,
                        |p, i| p.csi[i],
                        CSI4_MAX,
                        Some(CSI4_CUTOFF),
                    );
                },
            );
            chart(
                ui,
                &crate::t!("screen-progress-week"),
                &partners,
                width,
                |ui| {
                    per_partner(ui, "week", progress, &names, |p, i| p.week[i], 10, None);
                },
            );
            ui.end_row();
            let outcomes = OUTCOMES.map(|(outcome, colour)| (outcome.label(), colour));
            chart(
                ui,
                &crate::t!("screen-progress-agreements"),
                &outcomes,
                width,
                |ui| {
                    agreements(ui, progress);
                },
            );
            chart(
                ui,
                &crate::t!("screen-progress-timeouts"),
                &[],
                width,
                |ui| {
                    timeouts(ui, progress);
                },
            );
            ui.end_row();
            let even = [(
                crate::t!("screen-progress-even-key"),
                style::side_colour(Side::B),
            )];
            let title = crate::t!("screen-progress-talk", name = names[0].as_ref());
            chart(ui, &title, &even, width, |ui| {
                talk(ui, progress, &names);
            });
            ui.end_row();
        });
    let wins = progress.wins();
    if wins > 0 {
        let streak = progress
            .agreements
            .iter()
            .filter(|a| !a.retired)
            .map(|a| a.streak())
            .max()
            .unwrap_or(0);
        let mut line = crate::t!("screen-progress-wins", count = wins);
        if streak > 1 {
            line.push(' ');
            line.push_str(&crate::t!("screen-progress-streak", count = streak));
        }
        ui.label(line);
    }
}

/// A titled plot cell, its key in coloured words after the title (a legend inside the plot
/// would cover the newest points).
fn chart(
    ui: &mut egui::Ui,
    title: &str,
    key: &[(String, egui::Color32)],
    width: f32,
    body: impl FnOnce(&mut egui::Ui),
) {
    ui.vertical(|ui| {
        ui.set_width(width);
        ui.horizontal(|ui| {
            ui.label(RichText::new(title).strong());
            for (words, colour) in key {
                ui.add_space(6.0);
                ui.colored_label(*colour, words);
            }
        });
        body(ui);
    });
}

/// A still plot over the couple's sessions, numbered "#1", "#2" along the bottom.
fn plot(id: &str, progress: &Progress) -> Plot<'static> {
    let first = progress.sessions.first().map_or(1.0, x);
    let last = progress.sessions.last().map_or(1.0, x);
    Plot::new(id.to_owned())
        .include_x(first - 0.5)
        .include_x(last + 0.5)
        .height(PLOT_HEIGHT)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_crosshair(false)
        .x_axis_formatter(|mark, _| {
            let n = mark.value;
            if n >= 1.0 && n.fract() == 0.0 {
                format!("#{n}")
            } else {
                String::new()
            }
        })
}

fn x(p: &SessionPoint) -> f64 {
    f64::from(p.number)
}

/// One line per partner of a 0..max score, with an optional cut-off line.
fn per_partner(
    ui: &mut egui::Ui,
    id: &str,
    progress: &Progress,
    names: &[std::borrow::Cow<'_, str>; 2],
    value: impl Fn(&SessionPoint, usize) -> Option<u8>,
    max: u8,
    cutoff: Option<f32>,
) {
    plot(id, progress)
        .include_y(0.0)
        .include_y(f64::from(max))
        .show(ui, |plot| {
            if let Some(cut) = cutoff {
                plot.hline(
                    HLine::new(
                        crate::t!("screen-progress-cut-off", cutoff = decimal(cut)),
                        f64::from(cut),
                    )
                    .color(style::OVERTIME.gamma_multiply(0.7))
                    .style(LineStyle::dashed_loose()),
                );
            }
            for (i, side) in Side::BOTH.iter().enumerate() {
                let points: Vec<[f64; 2]> = progress
                    .sessions
                    .iter()
                    .filter_map(|p| value(p, i).map(|v| [x(p), f64::from(v)]))
                    .collect();
                if points.is_empty() {
                    continue;
                }
                let colour = style::side_colour(*side);
                plot.line(Line::new(names[i].to_string(), points.clone()).color(colour));
                plot.points(
                    Points::new(names[i].to_string(), points)
                        .color(colour)
                        .radius(3.5)
                        .shape(MarkerShape::Circle),
                );
            }
        });
}

/// Stacked bars per session: done, partly, not done.
fn agreements(ui: &mut egui::Ui, progress: &Progress) {
    plot("agreements", progress)
        .include_y(0.0)
        .include_y(2.0)
        .show(ui, |plot| {
            let mut below: Vec<BarChart> = Vec::new();
            for (k, (outcome, colour)) in OUTCOMES.iter().enumerate() {
                let bars = progress
                    .sessions
                    .iter()
                    .map(|p| Bar::new(x(p), p.reviewed[k] as f64).width(0.6))
                    .collect();
                let refs: Vec<&BarChart> = below.iter().collect();
                let chart = BarChart::new(outcome.label(), bars)
                    .color(*colour)
                    .stack_on(&refs);
                below.push(chart);
            }
            for chart in below {
                plot.bar_chart(chart);
            }
        });
}

/// Timeouts per session.
fn timeouts(ui: &mut egui::Ui, progress: &Progress) {
    plot("timeouts", progress)
        .include_y(0.0)
        .include_y(3.0)
        .show(ui, |plot| {
            let bars = progress
                .sessions
                .iter()
                .map(|p| Bar::new(x(p), p.timeouts as f64).width(0.5))
                .collect();
            plot.bar_chart(
                BarChart::new(crate::t!("screen-progress-timeouts-bars"), bars).color(style::BREAK),
            );
        });
}

/// The first partner's share of the talk time in turns, per session; 50 % is an even floor.
fn talk(ui: &mut egui::Ui, progress: &Progress, names: &[std::borrow::Cow<'_, str>; 2]) {
    plot("talk", progress)
        .include_y(0.0)
        .include_y(100.0)
        .y_axis_formatter(|mark, _| format!("{} %", mark.value))
        .show(ui, |plot| {
            plot.hline(
                HLine::new(crate::t!("screen-progress-even"), 50.0)
                    .color(style::side_colour(Side::B).gamma_multiply(0.6))
                    .style(LineStyle::dashed_loose()),
            );
            let share: Vec<[f64; 2]> = progress
                .sessions
                .iter()
                .filter_map(|p| p.talk_share().map(|s| [x(p), (s * 100.0).round()]))
                .collect();
            if !share.is_empty() {
                let colour = style::side_colour(Side::A);
                plot.line(Line::new(names[0].to_string(), share.clone()).color(colour));
                plot.points(
                    Points::new(names[0].to_string(), share)
                        .color(colour)
                        .radius(3.5),
                );
            }
        });
}
