//! The couple display: what the couple sees on a second screen or TV, from the same session
//! state the console reads. Who has the floor and the stage in plain words, a countdown large
//! enough to read across the room, a calm progress bar, the talk-time balance and, during a
//! timeout, when they are due back. Never notes, never anything clinical: this view reads only
//! names, phase and step titles, the topic, the timers, the ground rules and the timeout.

use std::time::Duration;

use egui::{Align, Color32, FontFamily, FontId, Layout, RichText};

use crate::locale::Tr;
use crate::model::{FloorPolicy, Ms, PhaseKind, Side, Stage, Theme, TimeoutReason, clock_time};
use crate::session::SessionState;
use crate::ui::style;

/// The countdown's font size as a share of the display's height. A digit in the default font
/// is about 0.7 of the font size tall, so the digits themselves stand over a quarter of the
/// height.
pub const COUNTDOWN_SHARE: f32 = 0.38;

pub use crate::chime::CUE_MS;

/// The end-of-stage cue is drawn in this many steps over its [`CUE_MS`]: a slow swell needs
/// few, and each is a frame of both windows, so the cue costs a fixed handful of frames
/// rather than a burst at the frame rate.
pub const CUE_STEPS: u32 = 8;

/// The display's colours: its own theme, whatever the console uses, because the room decides
/// (a bright consulting room, or a TV in a dim one).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Color32,
    pub text: Color32,
    pub muted: Color32,
    pub track: Color32,
    pub accent: Color32,
    pub warn: Color32,
    pub overtime: Color32,
    pub pause: Color32,
    pub side_a: Color32,
    pub side_b: Color32,
}

impl Palette {
    pub fn new(theme: Theme) -> Palette {
        match theme {
            // The room decides, not the computer: a display set to follow it is dark.
            Theme::Dark | Theme::System => Palette {
                background: Color32::from_rgb(0x11, 0x15, 0x1a),
                text: Color32::from_rgb(0xf3, 0xf1, 0xec),
                muted: Color32::from_rgb(0x9c, 0xa6, 0xb0),
                track: Color32::from_rgb(0x2a, 0x31, 0x39),
                accent: Color32::from_rgb(0x5f, 0xbf, 0xc4),
                warn: Color32::from_rgb(0xe8, 0xb0, 0x4c),
                overtime: Color32::from_rgb(0xe8, 0x8a, 0x7c),
                pause: Color32::from_rgb(0xb4, 0xac, 0xeb),
                side_a: Color32::from_rgb(0x7d, 0xb4, 0xf0),
                side_b: Color32::from_rgb(0xec, 0xa8, 0x74),
            },
            Theme::Light => Palette {
                background: Color32::from_rgb(0xfa, 0xf8, 0xf3),
                text: Color32::from_rgb(0x14, 0x18, 0x1c),
                muted: Color32::from_rgb(0x55, 0x5e, 0x67),
                track: Color32::from_rgb(0xe3, 0xdf, 0xd6),
                accent: Color32::from_rgb(0x1f, 0x6a, 0x71),
                warn: Color32::from_rgb(0x9a, 0x62, 0x08),
                overtime: Color32::from_rgb(0xa8, 0x40, 0x35),
                pause: Color32::from_rgb(0x50, 0x47, 0x8e),
                side_a: Color32::from_rgb(0x22, 0x5e, 0xa3),
                side_b: Color32::from_rgb(0x94, 0x4c, 0x1f),
            },
        }
    }

    fn side(&self, side: Side) -> Color32 {
        match side {
            Side::A => self.side_a,
            Side::B => self.side_b,
        }
    }

    /// The stage colour of a countdown (plenty of time / last 30 s / overtime), in this
    /// palette's shades of the console's [`style::countdown_colour`].
    pub fn countdown(&self, remaining: Option<i64>, normal: Color32) -> Color32 {
        let c = style::countdown_colour(remaining, normal);
        if c == style::WARN {
            self.warn
        } else if c == style::OVERTIME {
            self.overtime
        } else {
            c
        }
    }
}

/// What the display shows, worked out from the session state: easy to test without drawing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Content {
    /// Small, at the top: the phase (and topic).
    pub context: String,
    /// Who has the floor and the stage, the break, or the phase.
    pub headline: String,
    pub headline_side: Option<Side>,
    /// The big figure, if there is a timer to show.
    pub countdown: Option<String>,
    /// Time left in ms (negative in overtime), for the colour stages.
    pub remaining: Option<i64>,
    /// How much of the stage has gone, 0 to 1, for the bar.
    pub progress: Option<f32>,
    /// A line under the countdown: paused, over time, the calming words.
    pub note: Option<String>,
    pub paused: bool,
    pub timeout: bool,
    /// Talk time per partner: shown in a speaker/listener phase.
    pub balance: Option<[(String, Ms); 2]>,
    /// Ground rules both partners agreed to.
    pub rules: Vec<String>,
    /// The ground rules phase: the rules are the content.
    pub rules_phase: bool,
    /// A card the therapist shows: its lines, under its title as the headline.
    pub card: Vec<String>,
    /// The countdown crossed zero less than [`CUE_MS`] ago, with its timer running: how far
    /// into the cue, 0 to 1.
    pub cue: Option<f32>,
}

impl Content {
    /// What the display says, as a screen reader reads it: "Sophie is speaking, 1 minute 5
    /// seconds left".
    pub fn spoken(&self) -> String {
        let spoken = if self.timeout || self.remaining.is_none() {
            let mut s = self.headline.clone();
            if let Some(countdown) = &self.countdown {
                s.push_str(", ");
                s.push_str(countdown);
            }
            s
        } else {
            super::a11y::countdown_name(&self.headline, self.remaining, false)
        };
        // The note under the figure ("Paused", the calming line) is a line of its own.
        spoken
    }

    /// What the display shows, in English.
    pub fn new(state: Option<&SessionState>, now: Ms) -> Content {
        Content::in_lang(state, now, Tr::default())
    }

    /// What the display shows, in the couple's language `tr`.
    pub fn in_lang(state: Option<&SessionState>, now: Ms, tr: Tr) -> Content {
        // An individual session is the therapist's and one partner's: the display stays on
        // its quiet welcome, whoever might look at it.
        let Some(state) = state.filter(|s| s.info.alone.is_none()) else {
            return Content {
                headline: tr.get("display-welcome"),
                note: Some(tr.get("display-welcome-note")),
                ..Content::default()
            };
        };
        let mut c = Content {
            rules: state
                .rules
                .iter()
                .filter(|r| r.agreed_by_both())
                .map(|r| tr.rule(&r.text))
                .collect(),
            ..Content::default()
        };
        if state.is_ended() {
            c.headline = tr.get("display-thanks");
            c.note = Some(tr.get("display-ended"));
            c.rules.clear();
            return c;
        }
        let phase = state.current_phase();
        c.context = phase.map(|p| p.title.clone()).unwrap_or_default();

        if let Some(t) = &state.timeout {
            let remaining = t.remaining(now);
            c.timeout = true;
            let back = t.back_at().format("%H:%M").to_string();
            c.headline = tr.with("display-break", &[("time", back.as_str().into())]);
            c.context = tr.get("display-timeout");
            c.countdown = Some(if remaining > 0 {
                clock_time(remaining)
            } else {
                "0:00".to_owned()
            });
            c.progress = Some(1.0 - (remaining.max(0) as f32 / t.length.max(1) as f32));
            // Gottman's timeout: apart, soothing rather than rehearsing, and back at the time
            // agreed even if still upset.
            let flooded = t.reason == TimeoutReason::Flooding;
            let calming = tr.get("display-calming");
            c.note = Some(match (remaining > 0, flooded) {
                (true, true) => format!("{} {calming}", tr.get("display-flooded")),
                (true, false) => calming,
                (false, true) => tr.get("display-back-upset"),
                (false, false) => tr.get("display-back"),
            });
            return c;
        }

        // A card the therapist chose to show is, for now, the news.
        if let Some(card) = state.card.and_then(|i| state.info.cards.get(i)) {
            c.headline = card.title.clone();
            c.card = card.lines.clone();
            return c;
        }

        let in_dialogue = matches!(
            phase.map(|p| &p.kind),
            Some(PhaseKind::SpeakerListener { .. })
        );
        if let Some(turn) = &state.dialogue.turn {
            let (headline, side) = state.turn_headline_in(tr, turn);
            (c.headline, c.headline_side) = (headline, Some(side));
            // The listener's way in, in the protocol's own steps.
            if matches!(turn.stage, Stage::Paraphrasing | Stage::Responding(_)) {
                c.note = state.listener_step(turn).map(|s| s.opening_in(tr));
            }
            if !turn.topic.trim().is_empty() {
                c.context = format!("{} · {}", c.context, turn.topic.trim());
            }
            c.timer(state, now, tr);
        } else if let Some(PhaseKind::GuidedSteps { steps }) = phase.map(|p| &p.kind) {
            let step = state.guided.get(&state.phase).map_or(0, |g| g.step);
            c.headline = steps
                .get(step)
                .map_or_else(|| c.context.clone(), |s| s.title.clone());
            if state.timer(now).is_some_and(|v| v.elapsed > 0 || v.running) {
                c.timer(state, now, tr);
            }
        } else {
            c.headline = c.context.clone();
            c.context = format!("{} & {}", state.info.partner_a, state.info.partner_b);
            c.rules_phase = matches!(phase.map(|p| &p.kind), Some(PhaseKind::GroundRules));
            if in_dialogue {
                // Under a one-way floor, whoever took it first holds it for the phase.
                let holder = (state.floor_policy(state.phase) == FloorPolicy::OneWay)
                    .then(|| state.floor_holder(state.phase))
                    .flatten();
                let next = holder
                    .unwrap_or_else(|| state.dialogue.last_speaker.map_or(Side::A, Side::other));
                c.note = Some(tr.with("display-floor-next", &[("name", state.name(next).into())]));
            }
        }
        if in_dialogue || state.dialogue.turn.is_some() {
            c.balance =
                Some([Side::A, Side::B].map(|s| (state.name(s).to_owned(), state.talk_ms(s, now))));
        }
        c
    }

    /// The running stage or step timer.
    fn timer(&mut self, state: &SessionState, now: Ms, tr: Tr) {
        let Some(view) = state.timer(now) else {
            return;
        };
        self.remaining = view.remaining;
        self.countdown = Some(match view.remaining {
            Some(r) => clock_time(r),
            None => clock_time(-(view.elapsed as i64)),
        });
        if let (Some(r), Some(limit)) = (view.remaining, view.limit) {
            self.progress = Some(1.0 - (r.max(0) as f32 / limit.max(1) as f32));
            if view.running && r <= 0 && r > -CUE_MS {
                self.cue = Some((-r) as f32 / CUE_MS as f32);
            }
        }
        self.paused = state.paused;
        // Paused or over time says more than the listener's way in; otherwise that stays.
        if state.paused {
            self.note = Some(tr.get("display-paused"));
        } else if view.remaining.is_some_and(|r| r < 0) {
            self.note = Some(tr.get("display-over-time"));
        }
    }

    /// When to draw again for the end-of-stage cue: at its next step, only while it plays
    /// (the app repaints on each second boundary anyway).
    pub fn repaint_after(&self) -> Option<Duration> {
        let step = CUE_MS as f32 / CUE_STEPS as f32;
        self.cue.map(|t| {
            let into = t * CUE_MS as f32;
            let next = step - into % step;
            Duration::from_millis(next.ceil().max(1.0) as u64)
        })
    }

    /// How bright the cue is now, 0 to 1: one swell, the same all through a step.
    pub fn cue_glow(&self) -> f32 {
        self.cue.map_or(0.0, |t| {
            let steps = CUE_STEPS as f32;
            let middle = ((t * steps).floor().min(steps - 1.0) + 0.5) / steps;
            (middle * std::f32::consts::PI).sin().max(0.0)
        })
    }
}

/// The couple display's view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DisplayView {
    pub theme: Theme,
    /// Show the ground rules both partners agreed to, as a quiet reminder at the bottom.
    pub rules: bool,
    /// The couple's language.
    pub lang: crate::model::Lang,
}

/// What happened on the display this frame.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DisplayResponse {
    /// Draw again this soon (the end-of-stage cue).
    pub repaint_after: Option<Duration>,
    /// A double click: full screen on or off.
    pub double_clicked: bool,
}

impl DisplayView {
    /// The countdown's font size for a display of `size`: a share of the height, smaller only
    /// if `chars` characters would not fit the width.
    pub fn countdown_size(size: egui::Vec2, chars: usize) -> f32 {
        let by_height = size.y * COUNTDOWN_SHARE;
        let by_width = size.x * 0.92 / (0.6 * chars.max(4) as f32);
        by_height.min(by_width).max(24.0)
    }

    /// The CSI-4 for one partner alone, large enough to answer across the room: only their
    /// questions and their own answers, nothing of the other partner's. Returns a click:
    /// (question, answer score).
    pub fn questionnaire(
        &self,
        ui: &mut egui::Ui,
        state: &SessionState,
        side: Side,
    ) -> Option<(u8, u8)> {
        let p = Palette::new(self.theme);
        let rect = ui.max_rect();
        let h = rect.height().max(240.0);
        ui.painter().rect_filled(rect, 0.0, p.background);
        let name = state.name(side);
        let tr = Tr::new(self.lang);
        let answers = state.csi[side as usize];
        let mut clicked = None;
        let text = |t: &str, share: f32, colour: Color32| {
            RichText::new(t)
                .font(FontId::new((h * share).max(12.0), FontFamily::Proportional))
                .color(colour)
        };
        ui.scope_builder(
            egui::UiBuilder::new().max_rect(rect.shrink(h * 0.04)),
            |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.label(text(
                        &tr.with("display-csi-title", &[("name", name.into())]),
                        0.045,
                        p.text,
                    ));
                    ui.label(text(&tr.get("display-csi-intro"), 0.026, p.muted));
                    // The CSI-4's scores mean something only in its published wording, so its
                    // items are not translated here; the couple is told why.
                    if tr.lang() != crate::model::Lang::En {
                        ui.label(text(&tr.get("display-csi-original"), 0.022, p.muted));
                    }
                    ui.add_space(h * 0.02);
                    if crate::model::csi4_score(answers).is_some() {
                        ui.label(text(
                            &tr.with("display-csi-thanks", &[("name", name.into())]),
                            0.04,
                            p.accent,
                        ));
                        return;
                    }
                    for (i, item) in crate::model::CSI4.iter().enumerate() {
                        ui.add_space(h * 0.012);
                        ui.label(text(&format!("{}. {}", i + 1, item.text), 0.03, p.text));
                        ui.horizontal_wrapped(|ui| {
                            for (score, words) in item.answers.iter().enumerate() {
                                let score = score as u8;
                                let chosen = answers[i] == Some(score);
                                let label =
                                    text(words, 0.024, if chosen { p.background } else { p.text });
                                let button = egui::Button::new(label)
                                    .fill(if chosen { p.accent } else { p.track })
                                    .min_size(egui::vec2(h * 0.12, h * 0.06));
                                let response = ui.add(button).accessible_name(tr.with(
                                    "display-csi-answer",
                                    &[
                                        ("name", name.into()),
                                        ("number", (i + 1).into()),
                                        ("answer", (*words).into()),
                                    ],
                                ));
                                if response.clicked() && !chosen {
                                    clicked = Some((i as u8, score));
                                }
                            }
                        });
                    }
                });
            },
        );
        clicked
    }

    pub fn ui(&self, ui: &mut egui::Ui, state: Option<&SessionState>, now: Ms) -> DisplayResponse {
        let tr = Tr::new(self.lang);
        let content = Content::in_lang(state, now, tr);
        let p = Palette::new(self.theme);
        let rect = ui.max_rect();
        let size = rect.size().max(egui::vec2(320.0, 240.0));
        let h = size.y;
        let painter = ui.painter().clone();
        painter.rect_filled(rect, 0.0, p.background);
        let clicked = ui
            .interact(
                rect,
                ui.scope_id().with("display-surface"),
                egui::Sense::click(),
            )
            .double_clicked();

        let stage_colour = if content.timeout {
            p.pause
        } else if content.paused {
            p.muted
        } else {
            p.countdown(content.remaining, p.accent)
        };
        // The cue: one slow swell of light over two seconds.
        let glow = content.cue_glow();

        let used = ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                ui.spacing_mut().item_spacing.y = h * 0.012;
                ui.add_space(h * 0.05);
                let small = |text: &str, share: f32, colour: Color32| {
                    RichText::new(text)
                        .font(FontId::new(h * share, FontFamily::Proportional))
                        .color(colour)
                };
                ui.label(small(
                    if content.context.is_empty() {
                        " "
                    } else {
                        &content.context
                    },
                    0.036,
                    p.muted,
                ));
                let headline_colour = match (content.timeout, content.headline_side) {
                    (true, _) => p.pause,
                    (false, Some(side)) => p.side(side),
                    (false, None) => p.text,
                };
                ui.add(
                    egui::Label::new(small(&content.headline, 0.075, headline_colour).strong())
                        .wrap(),
                );

                if let Some(countdown) = &content.countdown {
                    let font = Self::countdown_size(size, countdown.chars().count());
                    let colour = if content.paused {
                        p.muted
                    } else if content.timeout {
                        p.text
                    } else {
                        p.countdown(content.remaining, p.text)
                    };
                    ui.add_space(-h * 0.02);
                    let label = ui.add(
                        egui::Label::new(
                            RichText::new(countdown)
                                .font(FontId::new(font, FontFamily::Proportional))
                                .color(colour),
                        )
                        .extend()
                        .selectable(false),
                    );
                    let spoken = content.spoken();
                    ui.ctx().accesskit_node_builder(label.id, |node| {
                        node.set_role(egui::accesskit::Role::Timer);
                        node.set_label(spoken.as_str());
                        node.set_value(countdown.as_str());
                    });
                    ui.add_space(-h * 0.02);
                }
                if let Some(progress) = content.progress {
                    let width = (size.x * 0.62).min(1400.0);
                    let height = (h * 0.022).max(6.0);
                    let (bar, _) =
                        ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
                    let radius = height / 2.0;
                    if glow > 0.0 {
                        let halo = bar.expand(height * (0.4 + 1.4 * glow));
                        painter.rect_filled(
                            halo,
                            halo.height() / 2.0,
                            stage_colour.gamma_multiply(0.35 * glow),
                        );
                    }
                    painter.rect_filled(bar, radius, p.track);
                    let filled = egui::Rect::from_min_size(
                        bar.min,
                        egui::vec2(bar.width() * progress.clamp(0.0, 1.0), bar.height()),
                    );
                    if filled.width() > 0.5 {
                        let fill = if glow > 0.0 {
                            stage_colour.lerp_to_gamma(p.text, 0.35 * glow)
                        } else {
                            stage_colour
                        };
                        painter.rect_filled(filled, radius, fill);
                    }
                }
                if let Some(note) = &content.note {
                    let colour = if content.paused {
                        p.warn
                    } else if content.remaining.is_some_and(|r| r < 0) {
                        p.overtime
                    } else {
                        p.muted
                    };
                    ui.add_space(h * 0.01);
                    ui.add(egui::Label::new(small(note, 0.042, colour)).wrap());
                }
                for line in &content.card {
                    ui.add_space(h * 0.008);
                    ui.add(egui::Label::new(small(line, 0.036, p.text)).wrap());
                }
                if content.rules_phase && self.rules {
                    ui.add_space(h * 0.03);
                    let all: Vec<&str> = state
                        .map(|s| s.rules.iter().map(|r| r.text.as_str()).collect())
                        .unwrap_or_default();
                    for (i, rule) in all.iter().enumerate() {
                        // As many as fit, then how many more: a long list never runs off
                        // the screen.
                        let left = all.len() - i;
                        if left > 1 && ui.cursor().top() + h * 0.1 > rect.bottom() {
                            let more = tr.with("display-more-rules", &[("count", left.into())]);
                            ui.label(small(&more, 0.035, p.muted));
                            break;
                        }
                        ui.add(egui::Label::new(small(rule, 0.04, p.text)).wrap());
                    }
                }
                if let Some(balance) = &content.balance {
                    ui.add_space(h * 0.035);
                    balance_bar(ui, &p, balance, size, tr);
                }
            });
        });
        if self.rules && !content.rules.is_empty() && !content.rules_phase && !content.timeout {
            let text = content
                .rules
                .iter()
                .map(|r| short_rule(r))
                .collect::<Vec<_>>()
                .join("   ·   ");
            // Below everything else, smaller if it must be, left out if it cannot fit.
            let below = used.response.rect.bottom() + h * 0.02;
            for share in [0.026, 0.022, 0.019] {
                let mut job = egui::text::LayoutJob::simple(
                    text.clone(),
                    FontId::new(h * share, FontFamily::Proportional),
                    p.muted,
                    size.x * 0.8,
                );
                job.halign = Align::Center;
                let galley = painter.layout_job(job);
                let pos = egui::pos2(rect.center().x, rect.bottom() - h * 0.045 - galley.size().y);
                if pos.y >= below {
                    painter.galley(pos, galley, p.muted);
                    break;
                }
            }
        }
        DisplayResponse {
            repaint_after: content.repaint_after(),
            double_clicked: clicked,
        }
    }
}

/// A rule as a reminder: its first clause ("No interrupting: the person who is speaking
/// finishes…" reads "No interrupting").
pub fn short_rule(rule: &str) -> String {
    let cut = rule.find([':', '(', ';', '—']).map_or(rule, |i| &rule[..i]);
    cut.trim().trim_end_matches(['.', ',']).trim().to_owned()
}

/// The partners' talk time: one bar split between them, each name with its total beneath.
fn balance_bar(
    ui: &mut egui::Ui,
    p: &Palette,
    balance: &[(String, Ms); 2],
    size: egui::Vec2,
    tr: Tr,
) {
    let h = size.y;
    let [(a_name, a), (b_name, b)] = balance;
    let width = (size.x * 0.5).min(1000.0);
    let height = (h * 0.012).max(4.0);
    ui.label(
        RichText::new(tr.get("display-talk-time"))
            .font(FontId::new(h * 0.026, FontFamily::Proportional))
            .color(p.muted),
    );
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let total = (a + b).max(1) as f32;
    let share = if a + b == 0 { 0.5 } else { *a as f32 / total };
    let split = rect.left() + rect.width() * share;
    let faint = |c: Color32| {
        if a + b == 0 {
            c.gamma_multiply(0.35)
        } else {
            c
        }
    };
    let painter = ui.painter();
    painter.rect_filled(
        egui::Rect::from_min_max(rect.min, egui::pos2(split, rect.bottom())),
        height / 2.0,
        faint(p.side_a),
    );
    painter.rect_filled(
        egui::Rect::from_min_max(egui::pos2(split, rect.top()), rect.max),
        height / 2.0,
        faint(p.side_b),
    );
    let total_text = |ms: Ms| clock_time(-(ms as i64)).trim_start_matches('+').to_owned();
    let font = FontId::new(h * 0.034, FontFamily::Proportional);
    // Each side keeps to its half of the bar, a long name cut short, its time always shown.
    let half = width / 2.0 - h * 0.02;
    let a_text = fit_name(ui, a_name, &font, half, |n| {
        format!("{n}  {}", total_text(*a))
    });
    let b_text = fit_name(ui, b_name, &font, half, |n| {
        format!("{}  {n}", total_text(*b))
    });
    ui.allocate_ui_with_layout(
        egui::vec2(width, h * 0.06),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_width(width);
            ui.label(RichText::new(a_text).font(font.clone()).color(p.side_a));
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.label(RichText::new(b_text).font(font).color(p.side_b));
            });
        },
    );
}

/// `line(name)`, with `name` cut short ("Wilhelmina-Al…") until the line fits in `width`.
fn fit_name(
    ui: &egui::Ui,
    name: &str,
    font: &FontId,
    width: f32,
    line: impl Fn(&str) -> String,
) -> String {
    let fits = |text: &str| {
        ui.ctx().fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
                .size()
                .x
        }) <= width
    };
    let whole = line(name);
    if fits(&whole) {
        return whole;
    }
    let chars: Vec<char> = name.chars().collect();
    (1..chars.len())
        .rev()
        .map(|n| {
            line(&format!(
                "{}…",
                chars[..n].iter().collect::<String>().trim_end()
            ))
        })
        .find(|text| fits(text))
        .unwrap_or_else(|| line("…"))
}
