//! The session console: agenda, the current phase's panel, notes, the session clock and
//! timeouts. Everything in a session is one key away, and every step can be taken back.
//!
//! Looking is not moving: the arrow keys and the agenda show another phase while the session
//! stays where it is (a running turn keeps running, in view as "running in phase 4"); moving
//! the session is its own action, asked first when a turn would end.

pub mod checkin;
pub mod closing;
mod dialogue;
pub mod guided;
pub mod homework;
pub mod notes;
mod panel;
pub mod record;
pub mod rules;
mod timeout;

use egui::{Align, Layout, RichText};

use self::checkin::CheckInPanel;
use self::closing::ClosingPanel;
use self::dialogue::DialoguePanel;
use self::guided::GuidedPanel;
use self::homework::HomeworkPanel;
use self::notes::NotesPanel;
use self::panel::{Panel, PanelContext};
use self::rules::RulesPanel;
use self::timeout::{TimeoutView, timeout_name};
use super::action::Action;
use super::keys::{self, KeyAction, Place};
use super::style::{self, short_name};
use crate::model::{ListenerStep, Ms, PhaseKind, Stage, clock_time, human_duration};
use crate::pdf::DocumentKind;
use crate::practice::Practice;
use crate::session::{Command, SessionState};
use crate::t;

/// A second press of a step key this soon after the last is a bounce of the thumb, not a step.
const DOUBLE_PRESS_MS: Ms = 300;

/// A question the console asks before doing something that cannot be taken back lightly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Question {
    EndSession,
    EndTimeout,
    Leave,
    /// Move the session to this phase (a turn is running and would end).
    Move(usize),
}

/// A protocol's suggestions in one language: (protocol id, language) and the words.
type SuggestionsIn = (
    (String, crate::model::Lang),
    std::rc::Rc<[crate::model::Suggestion]>,
);

#[derive(Default)]
pub struct ConsoleView {
    checkin: CheckInPanel,
    rules: RulesPanel,
    dialogue: DialoguePanel,
    guided: GuidedPanel,
    homework: HomeworkPanel,
    closing: ClosingPanel,
    notes: NotesPanel,
    timeout: TimeoutView,
    help: bool,
    question: Option<Question>,
    /// The phase being looked at, when it is not the session's current phase.
    viewing: Option<usize>,
    /// The protocol's homework suggestions in the couple's words (they go on the couple's
    /// sheet), made once per protocol and language rather than every frame.
    suggestions: Option<SuggestionsIn>,
    /// When the last step key acted (session clock), for [`DOUBLE_PRESS_MS`].
    last_step_key: Option<Ms>,
    /// Whether the couple display is open (the app owns it; the console offers its buttons).
    display_open: bool,
    /// Keys pressed while the couple display had the keyboard: they act here as if pressed
    /// in the console.
    forwarded: Vec<KeyAction>,
    /// A dialog of the app's (saving a PDF) is in front of the console: its keys wait.
    blocked: bool,
    /// The screening form, in an individual session.
    screening: super::safety::ScreeningWindow,
    /// The partner the couple display is turned to for the CSI-4, as the app says.
    display_asking: Option<crate::model::Side>,
    /// How wide the top bar's right-hand buttons were last frame: the undo and redo buttons
    /// are cut to what they leave, so a long "Undo: …" in German never runs over the clock.
    top_right_width: Option<f32>,
}

impl ConsoleView {
    /// A screening typed in this session was saved: its window closes.
    pub fn screening_saved(&mut self) {
        self.screening.saved();
    }

    /// Every panel, for what all of them must do.
    fn panels(&mut self) -> [&mut dyn Panel; 7] {
        [
            &mut self.notes,
            &mut self.checkin,
            &mut self.rules,
            &mut self.dialogue,
            &mut self.guided,
            &mut self.homework,
            &mut self.closing,
        ]
    }

    /// Commands for text still being typed (notes, topic), to record before leaving.
    pub fn flush(&mut self, practice: &Practice) -> Vec<Command> {
        let Some(live) = practice.live() else {
            return Vec::new();
        };
        self.flush_panels(live.state())
    }

    /// Everything being typed in any panel, as commands.
    fn flush_panels(&mut self, state: &SessionState) -> Vec<Command> {
        self.panels()
            .into_iter()
            .flat_map(|p| p.flush(state))
            .collect()
    }

    /// What is on screen and not recorded, in words, from every panel.
    fn unrecorded(&mut self, state: &SessionState) -> Vec<String> {
        if state.is_ended() {
            // After the end only the notes, step notes and the next date can still be
            // recorded; a form left half-filled then has nothing left to become.
            let mut out = self.notes.unrecorded(state);
            out.extend(Panel::unrecorded(&self.guided, state));
            out.extend(Panel::unrecorded(&self.closing, state));
            return out;
        }
        self.panels()
            .into_iter()
            .flat_map(|p| p.unrecorded(state))
            .collect()
    }

    /// A command the console asked for could not be recorded (the disk was full): what was
    /// typed for it is kept, and recorded when the console is left.
    pub fn not_recorded(&mut self, command: &Command) {
        for panel in self.panels() {
            panel.not_recorded(command);
        }
    }

    /// Tells the console whether the couple display is open.
    /// The partner answering the CSI-4 on the couple display, if any.
    pub fn set_display_asking(&mut self, asking: Option<crate::model::Side>) {
        self.display_asking = asking;
    }

    pub fn set_display_open(&mut self, open: bool) {
        self.display_open = open;
    }

    /// Keys pressed in the couple display's window, to act on in the next frame.
    pub fn forward_keys(&mut self, keys: impl IntoIterator<Item = KeyAction>) {
        self.forwarded.extend(keys);
    }

    /// Whether a dialog of the app's is in front of the console.
    pub fn set_blocked(&mut self, blocked: bool) {
        self.blocked = blocked;
    }

    fn place(&self) -> Place {
        // The screening window is typed into: the session's keys wait.
        if self.blocked || self.screening.is_open() {
            Place::Question
        } else if self.timeout.is_open() {
            Place::TimeoutDialog
        } else if self.question.is_some() || self.help {
            Place::Question
        } else {
            Place::Console
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, practice: &Practice) -> Vec<Action> {
        let Some(live) = practice.live() else {
            return vec![Action::GoHome];
        };
        let state = live.state();
        let now = live.now();
        let signer = practice.settings().signer();
        let mut commands = Vec::new();
        let mut actions = Vec::new();
        if self
            .viewing
            .is_some_and(|v| v == state.phase || state.is_ended())
        {
            self.viewing = None;
        }

        self.timeout.settle(ui.ctx(), state);
        let place = self.place();
        let mut pressed = keys::resolve(ui.ctx(), place);
        pressed.append(&mut self.forwarded);
        let mut answers = Vec::new();
        match place {
            Place::Console => self.keys(
                state,
                now.at,
                live.path(),
                &pressed,
                &mut commands,
                &mut actions,
            ),
            Place::TimeoutDialog => commands.extend(self.timeout.keys(state, &pressed)),
            _ => answers = pressed,
        }

        self.top_bar(ui, state, now.at, &mut commands, &mut actions);
        if let Some(side) = state.info.alone {
            let name = match side {
                crate::model::Side::A => &state.info.partner_a,
                crate::model::Side::B => &state.info.partner_b,
            };
            actions.extend(self.screening.show(
                ui.ctx(),
                &state.info.couple,
                &short_name(name),
                practice.today(),
                state.info.number,
            ));
        }
        // The side panels grow with a wide screen: at 1920 points the notes get a third more
        // room, not a blank middle.
        let width = ui.ctx().content_rect().width();
        egui::Panel::left("agenda")
            .resizable(false)
            .exact_size((width * 0.17).clamp(250.0, 340.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("agenda-scroll")
                    .show(ui, |ui| self.agenda(ui, state, now.at));
            });
        egui::Panel::right("notes")
            .resizable(false)
            .exact_size((width * 0.27).clamp(340.0, 640.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("notes-scroll")
                    .show(ui, |ui| {
                        let cx = PanelContext {
                            state,
                            now: now.at,
                            suggestions: &[],
                            signer: &signer,
                        };
                        commands.extend(self.notes.draw(ui, &cx));
                    });
            });
        let wanted = (
            state.info.template_id.clone(),
            practice.couple_lang(&state.info.couple),
        );
        if self.suggestions.as_ref().is_none_or(|(k, _)| *k != wanted) {
            let words = practice
                .templates()
                .by_id(&wanted.0)
                .map(|t| t.in_lang(wanted.1).suggestions)
                .unwrap_or_default();
            self.suggestions = Some((wanted, words.into()));
        }
        let words = self.suggestions.as_ref().map(|(_, s)| s.clone());
        let suggestions = words.as_deref().unwrap_or_default();
        let cx = PanelContext {
            state,
            now: now.at,
            suggestions,
            signer: &signer,
        };
        self.checkin.asking = self.display_asking;
        let mut exports = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| {
            // The summary has a scroll position of its own: it opens at the top, with the
            // print actions in view, wherever the closing panel was scrolled to.
            // Each phase of each session keeps its own scroll position, so a phase (or a new
            // session) never opens scrolled to where another one was left.
            let salt = if state.is_ended() {
                ("summary-scroll", usize::MAX, state.started.wall)
            } else {
                (
                    "phase-scroll",
                    self.viewing.unwrap_or(state.phase),
                    state.started.wall,
                )
            };
            egui::ScrollArea::vertical().id_salt(salt).show(ui, |ui| {
                if state.timeout.is_some() {
                    commands.extend(self.timeout.banner(ui, state, now.at));
                    ui.add_space(12.0);
                }
                if state.is_ended() {
                    ui.heading(t!("console-summary"));
                    ui.add_space(4.0);
                    ui.horizontal_wrapped(|ui| {
                        for (kind, label) in [
                            (DocumentKind::Homework, t!("console-print-homework")),
                            (DocumentKind::Notes, t!("console-print-notes")),
                            (
                                DocumentKind::NotesWithTimeline,
                                t!("console-print-timeline"),
                            ),
                        ] {
                            let button = egui::Button::new(RichText::new(label).size(16.0))
                                .min_size(egui::vec2(0.0, 34.0));
                            if ui.add(button).clicked() {
                                exports.push(Action::Export {
                                    kind,
                                    session: live.path().to_owned(),
                                });
                            }
                        }
                    });
                    ui.add_space(8.0);
                    commands.extend(self.closing.draw(ui, &cx));
                    return;
                }
                commands.extend(self.phase_view(ui, &cx));
            });
        });

        commands.extend(self.timeout.dialog(ui.ctx(), state));
        // Ending the session and ending a timeout early are asked first, from every place.
        commands.retain(|c| match c {
            Command::End => {
                self.question = Some(Question::EndSession);
                false
            }
            Command::EndTimeout => {
                self.question = Some(Question::EndTimeout);
                false
            }
            _ => true,
        });
        if self.help {
            self.help_overlay(ui.ctx(), &answers);
        } else if let Some(question) = self.question {
            let answer = self.ask(ui.ctx(), state, now.at, question, &answers);
            match answer {
                Answer::Waiting => {}
                Answer::No => self.question = None,
                Answer::Yes(mut more, mut leave) => {
                    self.question = None;
                    commands.append(&mut more);
                    actions.append(&mut leave);
                }
            }
        }

        // Leaving a phase or ending the session records what is still being typed first.
        let moving_on = commands
            .iter()
            .any(|c| matches!(c, Command::End | Command::NextPhase | Command::GoToPhase(_)));
        if moving_on {
            let mut first = self.flush_panels(state);
            first.append(&mut commands);
            commands = first;
        }
        if self.timeout.is_pending() {
            ui.ctx().request_repaint();
        }
        actions.splice(0..0, commands.into_iter().map(Action::Session));
        actions.extend(exports);
        if let Some(ask) = self.checkin.ask.take() {
            actions.push(Action::AskOnDisplay(ask));
        }
        actions
    }
}

/// What the therapist answered to a question.
enum Answer {
    Waiting,
    No,
    /// Yes: the commands and actions that carry it out.
    Yes(Vec<Command>, Vec<Action>),
}

/// Whether a turn is running in a way that moving to another phase would end.
fn running_turn(state: &SessionState) -> bool {
    state.dialogue.turn.is_some()
}

/// "Sophie is speaking, 1:05 left", for a running turn.
fn turn_words(state: &SessionState, now: Ms) -> Option<String> {
    let turn = state.dialogue.turn.as_ref()?;
    let speaker = short_name(state.name(turn.speaker)).into_owned();
    let listener = short_name(state.name(turn.listener())).into_owned();
    let what = match (turn.stage, state.listener_step(turn)) {
        (Stage::Speaking, _) | (_, None) => t!("turn-speaking", speaker = &speaker),
        (Stage::Confirming, _) => t!("console-turn-words-confirming", speaker = &speaker),
        (_, Some(step)) => doing(step, &listener),
    };
    Some(match state.timer(now).and_then(|v| v.remaining) {
        Some(r) if r >= 0 => t!("console-turn-left", turn = what, time = clock_time(r)),
        Some(r) => t!(
            "console-turn-over",
            turn = what,
            time = clock_time(r).trim_start_matches('+')
        ),
        None => what,
    })
}

/// What the listener is doing, with their name: "Kai paraphrases".
pub(super) fn doing(step: ListenerStep, listener: &str) -> String {
    match step {
        ListenerStep::Paraphrase => t!("console-doing-paraphrase", listener = listener),
        ListenerStep::Mirror => t!("console-doing-mirror", listener = listener),
        ListenerStep::Summary => t!("console-doing-summary", listener = listener),
        ListenerStep::Validation => t!("console-doing-validation", listener = listener),
        ListenerStep::Empathy => t!("console-doing-empathy", listener = listener),
    }
}

/// A date in the therapist's language, in the format of the message `format` ("%-d %B %Y").
fn date_as(date: chrono::NaiveDate, format: &str) -> String {
    let locale = crate::locale::therapist().lang().calendar();
    date.format_localized(format, locale).to_string()
}

/// "22 November 2026", "22. November 2026".
pub(super) fn full_date(date: chrono::NaiveDate) -> String {
    date_as(date, &t!("console-date-full"))
}

/// "22 November", "22. November".
pub(super) fn day_and_month(date: chrono::NaiveDate) -> String {
    date_as(date, &t!("console-date-day-month"))
}

/// A count with its thousands grouped as the therapist's language groups them: "1,000".
pub(super) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let separator = t!("console-thousands");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(c);
    }
    out
}

impl ConsoleView {
    /// The console's keys, resolved by the one table, as commands and actions.
    fn keys(
        &mut self,
        state: &SessionState,
        now: Ms,
        path: &std::path::Path,
        pressed: &[KeyAction],
        commands: &mut Vec<Command>,
        actions: &mut Vec<Action>,
    ) {
        let kind = state.current_phase().map(|p| &p.kind);
        let guided = matches!(kind, Some(PhaseKind::GuidedSteps { .. }));
        for key in pressed {
            // A step key pressed again within 300 ms is a bounce, not a second step.
            if matches!(key, KeyAction::Next | KeyAction::NotQuite) && !state.is_ended() {
                if self
                    .last_step_key
                    .is_some_and(|last| now.saturating_sub(last) < DOUBLE_PRESS_MS)
                {
                    continue;
                }
                self.last_step_key = Some(now);
            }
            match key {
                KeyAction::Next if guided => commands.push(Command::NextStep),
                KeyAction::Next => commands.push(Command::Advance),
                KeyAction::NotQuite => commands.push(Command::NotQuite),
                KeyAction::PassFloor => commands.push(Command::PassFloor),
                KeyAction::Pause => commands.push(Command::TogglePause),
                KeyAction::Extend => commands.push(Command::Extend { ms: 30_000 }),
                KeyAction::Timeout => {
                    if state.timeout.is_some() {
                        self.question = Some(Question::EndTimeout);
                    } else if !state.is_ended() {
                        // Every timer stops on the key press; who and why come next.
                        commands.push(Command::CallTimeout {
                            by: crate::model::Caller::Therapist,
                            reason: crate::model::TimeoutReason::Break,
                            length_ms: None,
                        });
                        self.timeout.open_once_running();
                    }
                }
                KeyAction::QuickNote => self.notes.focus_quick_note(),
                KeyAction::ShowNextPhase => {
                    let shown = self.viewing.unwrap_or(state.phase);
                    if shown + 1 < state.info.phases.len() && !state.is_ended() {
                        self.viewing = Some(shown + 1);
                    }
                }
                KeyAction::ShowPreviousPhase => {
                    let shown = self.viewing.unwrap_or(state.phase);
                    if shown > 0 && !state.is_ended() {
                        self.viewing = Some(shown - 1);
                    }
                }
                KeyAction::MoveHere => {
                    if let Some(target) = self.viewing {
                        self.move_to(state, target, commands);
                    }
                }
                KeyAction::Cancel => self.viewing = None,
                KeyAction::Display => actions.push(Action::ToggleDisplay),
                KeyAction::Help => self.help = true,
                KeyAction::Undo => commands.push(Command::Undo),
                KeyAction::Redo => commands.push(Command::Redo),
                KeyAction::PrintNotes => {
                    commands.extend(self.flush_panels(state));
                    actions.push(Action::Export {
                        kind: DocumentKind::Notes,
                        session: path.to_owned(),
                    });
                }
                _ => {}
            }
        }
    }

    /// Moves the session to phase `target`, asking first if a turn would end.
    fn move_to(&mut self, state: &SessionState, target: usize, commands: &mut Vec<Command>) {
        if target == state.phase || state.is_ended() {
            self.viewing = None;
        } else if running_turn(state) {
            self.question = Some(Question::Move(target));
        } else {
            commands.push(Command::GoToPhase(target));
            self.viewing = None;
        }
    }

    fn top_bar(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        now: u64,
        commands: &mut Vec<Command>,
        actions: &mut Vec<Action>,
    ) {
        egui::Panel::top("console-top").show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui
                    .button(t!("console-leave"))
                    .on_hover_text(t!("console-leave-hover"))
                    .clicked()
                {
                    let timer_running = state.timer(now).is_some_and(|t| t.running);
                    if timer_running
                        || state.timeout.is_some()
                        || !self.unrecorded(state).is_empty()
                    {
                        self.question = Some(Question::Leave);
                    } else {
                        actions.extend(self.flush_panels(state).into_iter().map(Action::Session));
                        actions.push(Action::LeaveSession);
                    }
                }
                if !state.is_ended() {
                    // Room for undo and redo: what the right-hand buttons and the couple's
                    // name leave (the name comes first: it is cut only past 320 points).
                    let who = format!("{} & {}", state.info.partner_a, state.info.partner_b);
                    let name_width = ui
                        .painter()
                        .layout_no_wrap(
                            who,
                            egui::TextStyle::Heading.resolve(ui.style()),
                            egui::Color32::PLACEHOLDER,
                        )
                        .size()
                        .x
                        .min(320.0)
                        + 16.0;
                    let room = ui.available_width()
                        - self.top_right_width.unwrap_or(ui.available_width() * 0.6)
                        - name_width;
                    let redo_shown = state.redo_step().is_some();
                    let each = if redo_shown { room / 2.0 } else { room }.max(110.0);
                    let undo = state.undo_step().map(|s| s.what.clone());
                    let text = match &undo {
                        Some(what) => t!("console-undo-what", what = what),
                        None => t!("console-undo"),
                    };
                    let button = ui
                        .scope(|ui| {
                            ui.set_max_width(each);
                            ui.add_enabled(
                                undo.is_some(),
                                egui::Button::new(keys::label(&text, KeyAction::Undo)).truncate(),
                            )
                        })
                        .inner
                        .on_hover_text(t!("console-undo-hover"))
                        .on_disabled_hover_text(t!("console-undo-nothing"));
                    keys::name(ui.ctx(), &button, &text, Some(&keys::hint(KeyAction::Undo)));
                    if button.clicked() {
                        commands.push(Command::Undo);
                    }
                    let redo = state
                        .redo_step()
                        .map(|(_, what)| t!("console-redo-what", what = what));
                    if let Some(redo) = redo
                        && ui
                            .scope(|ui| {
                                ui.set_max_width(each);
                                keys::keyed(
                                    ui,
                                    egui::Button::new(keys::label(&redo, KeyAction::Redo))
                                        .truncate(),
                                    &redo,
                                    KeyAction::Redo,
                                )
                            })
                            .inner
                            .clicked()
                    {
                        commands.push(Command::Redo);
                    }
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    // In the closing phase its own "End session" button is the one to use
                    // (both ask first).
                    let closing = matches!(
                        state.current_phase().map(|p| &p.kind),
                        Some(PhaseKind::Closing)
                    ) && self.viewing.is_none();
                    if state.is_ended() {
                        ui.label(RichText::new(t!("console-session-ended")).strong());
                    } else if !closing && ui.button(t!("console-end-session")).clicked() {
                        self.question = Some(Question::EndSession);
                    }
                    if keys::button(ui, &t!("console-keys"), KeyAction::Help).clicked() {
                        self.help = !self.help;
                    }
                    if self.display_open
                        && ui
                            .button(t!("console-full-screen"))
                            .on_hover_text(t!("console-full-screen-hover"))
                            .clicked()
                    {
                        actions.push(Action::DisplayFullscreen);
                    }
                    // The protocol's cards, shown on the couple display.
                    if !state.info.cards.is_empty() && !state.is_ended() {
                        if let Some(shown) = state.card.and_then(|i| state.info.cards.get(i)) {
                            if ui
                                .button(t!("console-card-put-away", title = &shown.title))
                                .clicked()
                            {
                                commands.push(Command::ShowCard(None));
                            }
                        } else {
                            ui.menu_button(t!("console-card-show"), |ui| {
                                for (i, card) in state.info.cards.iter().enumerate() {
                                    if ui.button(&card.title).clicked() {
                                        commands.push(Command::ShowCard(Some(i)));
                                        ui.close();
                                    }
                                }
                            })
                            .response
                            .on_hover_text(t!("console-card-hover"));
                        }
                    }
                    let display = if self.display_open {
                        t!("console-display-close")
                    } else {
                        t!("console-display-open")
                    };
                    if keys::button(ui, &display, KeyAction::Display)
                        .on_hover_text(t!("console-display-hover"))
                        .clicked()
                    {
                        actions.push(Action::ToggleDisplay);
                    }
                    if !state.is_ended() {
                        if state.timeout.is_some() {
                            if keys::button(ui, &t!("console-timeout-end"), KeyAction::Timeout)
                                .clicked()
                            {
                                self.question = Some(Question::EndTimeout);
                            }
                        } else if keys::button(ui, &t!("console-timeout"), KeyAction::Timeout)
                            .clicked()
                        {
                            commands.push(Command::CallTimeout {
                                by: crate::model::Caller::Therapist,
                                reason: crate::model::TimeoutReason::Break,
                                length_ms: None,
                            });
                            self.timeout.open_once_running();
                        }
                    }
                    ui.label(
                        RichText::new(clock_time(state.elapsed_ms(now) as i64))
                            .size(22.0)
                            .monospace(),
                    )
                    .on_hover_text(t!("console-clock-hover"));
                    self.top_right_width = Some(ui.min_rect().width());
                    // Who and which session in the room the buttons leave: a long name is cut
                    // (whole on hover) rather than pushing the buttons off the window.
                    ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                        let alone = state.info.alone.map(|side| match side {
                            crate::model::Side::A => &state.info.partner_a,
                            crate::model::Side::B => &state.info.partner_b,
                        });
                        let who = match alone {
                            Some(name) => t!("console-alone", name = name),
                            None => format!("{} & {}", state.info.partner_a, state.info.partner_b),
                        };
                        ui.add(egui::Label::new(RichText::new(who).heading()).truncate());
                        if let (Some(side), Some(name)) = (state.info.alone, alone)
                            && ui
                                .button(t!("console-screen", name = short_name(name).into_owned()))
                                .on_hover_text(t!("console-screen-hover"))
                                .clicked()
                        {
                            self.screening.open(side);
                        }
                    });
                });
            });
            // The session and its protocol on a line of their own: a long protocol name
            // ("Aftermath of a fight or regrettable incident (Gottman)") is read whole.
            ui.add(
                egui::Label::new(
                    RichText::new(t!(
                        "console-session-line",
                        number = state.info.number,
                        template = &state.info.template_name
                    ))
                    .weak(),
                )
                .truncate(),
            );
            ui.add_space(4.0);
        });
    }

    /// The agenda: each phase with planned and actual minutes; the session's phase marked, the
    /// one on screen highlighted. A click only shows a phase.
    fn agenda(&mut self, ui: &mut egui::Ui, state: &SessionState, now: u64) {
        ui.add_space(8.0);
        ui.strong(t!("console-agenda"));
        ui.weak(t!("console-agenda-hint"));
        ui.add_space(4.0);
        let shown = self.viewing.unwrap_or(state.phase);
        for (i, phase) in state.info.phases.iter().enumerate() {
            let actual = state.phase_actual_ms(i, now);
            let current = i == state.phase;
            let marker = if current { "▶ " } else { "" };
            let text = RichText::new(format!("{marker}{}. {}", i + 1, phase.title));
            let text = if current {
                text.strong().color(style::ACCENT)
            } else {
                text
            };
            let response = ui.selectable_label(i == shown, text);
            let minutes = if actual > 0 || current {
                t!(
                    "console-agenda-actual",
                    actual = actual / 60_000,
                    planned = phase.minutes.get()
                )
            } else {
                t!("console-agenda-planned", planned = phase.minutes.get())
            };
            let line = if current && !state.is_ended() {
                t!("console-agenda-now", minutes = minutes)
            } else {
                minutes
            };
            ui.weak(format!("      {line}"));
            if response.clicked() && !state.is_ended() {
                self.viewing = (!current).then_some(i);
            }
        }
        ui.add_space(16.0);
        // One partner alone: the couple's rules are for their joint sessions; the policy on
        // what is said alone is what matters here.
        if state.info.alone.is_some() {
            ui.strong(t!("console-confidentiality"));
            match &state.info.confidentiality {
                Some(c) => ui.label(RichText::new(c.policy.describe()).small()),
                None => ui.label(RichText::new(t!("console-no-policy")).small().weak()),
            };
            return;
        }
        ui.strong(t!("console-ground-rules"));
        for rule in &state.rules {
            // Agreed rules in full colour, the others faint until both partners agree. A rule
            // the templates suggest reads in the therapist's language; one typed stays as typed.
            let text = RichText::new(crate::locale::therapist().rule(&rule.text)).small();
            ui.label(if rule.agreed_by_both() {
                text
            } else {
                text.weak()
            });
        }
    }

    /// The phase on screen: the session's own, or another one being looked at.
    fn phase_view(&mut self, ui: &mut egui::Ui, cx: &PanelContext) -> Vec<Command> {
        let state = cx.state;
        let mut out = Vec::new();
        let shown = self.viewing.unwrap_or(state.phase);
        let Some(phase) = state.info.phases.get(shown) else {
            return out;
        };
        let looking = shown != state.phase;
        if looking {
            let current = state.current_phase().map_or("", |p| p.title.as_str());
            egui::Frame::group(ui.style())
                .fill(style::ACCENT.gamma_multiply(0.10))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        RichText::new(t!(
                            "console-looking",
                            shown = shown + 1,
                            phase = state.phase + 1,
                            current = current
                        ))
                        .strong(),
                    );
                    if let Some(words) = turn_words(state, cx.now) {
                        ui.label(
                            RichText::new(t!(
                                "console-running-in-phase",
                                turn = words,
                                phase = state.phase + 1
                            ))
                            .color(style::ACCENT),
                        );
                    }
                    ui.horizontal_wrapped(|ui| {
                        if keys::button(
                            ui,
                            &t!("console-move-here", phase = shown + 1),
                            KeyAction::MoveHere,
                        )
                        .clicked()
                        {
                            self.move_to(state, shown, &mut out);
                        }
                        if keys::button(
                            ui,
                            &t!("console-back-to-phase", phase = state.phase + 1),
                            KeyAction::Cancel,
                        )
                        .clicked()
                        {
                            self.viewing = None;
                        }
                    });
                });
            ui.add_space(8.0);
        }
        // The button first, at the right: the heading and its kind take what is left, and the
        // kind (a longer word in German or French) is shortened rather than run under it.
        let row = ui
            .text_style_height(&egui::TextStyle::Heading)
            .max(ui.spacing().interact_size.y)
            + 4.0;
        let size = egui::vec2(ui.available_width(), row);
        ui.allocate_ui_with_layout(size, Layout::right_to_left(Align::Center), |ui| {
            if !looking
                && let Some(next) = state.info.phases.get(shown + 1)
                && ui
                    .button(t!(
                        "console-on-to-phase",
                        phase = shown + 2,
                        title = &next.title
                    ))
                    .on_hover_text(t!("console-on-to-phase-hover"))
                    .clicked()
            {
                self.move_to(state, shown + 1, &mut out);
            }
            ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                let heading = ui.heading(&phase.title);
                crate::ui::a11y::live(ui.ctx(), &heading, false);
                let kind = phase.kind.label();
                if phase.title != kind
                    && phase.title
                        != phase
                            .kind
                            .label_in(crate::locale::Tr::new(crate::model::Lang::En))
                {
                    ui.add(egui::Label::new(RichText::new(kind).weak()).truncate());
                }
            });
        });
        ui.add_space(8.0);
        let panel: Option<&mut dyn Panel> = match &phase.kind {
            PhaseKind::CheckIn => Some(&mut self.checkin),
            PhaseKind::GroundRules => Some(&mut self.rules),
            PhaseKind::Homework => Some(&mut self.homework),
            PhaseKind::Closing => Some(&mut self.closing),
            // Turns and steps run only in the session's own phase.
            PhaseKind::SpeakerListener { .. } if !looking => Some(&mut self.dialogue),
            PhaseKind::GuidedSteps { .. } if !looking => Some(&mut self.guided),
            PhaseKind::SpeakerListener {
                speak_seconds,
                paraphrase_seconds,
                ..
            } => {
                ui.label(t!(
                    "console-turns-preview",
                    speak = human_duration(speak_seconds.ms()),
                    paraphrase = human_duration(paraphrase_seconds.ms())
                ));
                ui.weak(t!("console-turns-move-here"));
                None
            }
            PhaseKind::GuidedSteps { steps } => {
                for (i, step) in steps.iter().enumerate() {
                    ui.label(format!("{}. {}", i + 1, step.title));
                }
                ui.add_space(4.0);
                ui.weak(t!("console-steps-move-here"));
                None
            }
        };
        if let Some(panel) = panel {
            // During a timeout the turn waits: greyed, its buttons off, until the break ends.
            let waiting = state.timeout.is_some()
                && matches!(
                    phase.kind,
                    PhaseKind::SpeakerListener { .. } | PhaseKind::GuidedSteps { .. }
                );
            let inner = ui.add_enabled_ui(!waiting, |ui| panel.draw(ui, cx));
            out.extend(inner.inner);
        }
        out
    }

    /// The question on screen, answered by a button, Enter (yes) or Esc (no).
    fn ask(
        &mut self,
        ctx: &egui::Context,
        state: &SessionState,
        now: Ms,
        question: Question,
        keys_pressed: &[KeyAction],
    ) -> Answer {
        let (title, text, yes, other): (String, String, String, Option<String>) = match question {
            Question::EndSession => (
                t!("console-end-session-title"),
                t!("console-end-session-text"),
                t!("console-end-session-yes"),
                None,
            ),
            Question::EndTimeout => {
                let left = state
                    .timeout
                    .as_ref()
                    .map_or(0, |t| t.remaining(now).max(0));
                let name = timeout_name(state);
                let mut name_cap = name.clone();
                if let Some(first) = name_cap.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                let minutes = (left as u64).div_ceil(60_000);
                (
                    t!(
                        "console-end-timeout-title",
                        name = &name,
                        capitalised = &name_cap,
                        minutes = minutes
                    ),
                    t!(
                        "console-end-timeout-text",
                        name = &name,
                        capitalised = &name_cap,
                        time = clock_time(left)
                    ),
                    t!("console-end-timeout-yes"),
                    None,
                )
            }
            Question::Leave => {
                let mut lines = Vec::new();
                if let Some(words) = turn_words(state, now) {
                    lines.push(format!("{words}."));
                } else if state.timer(now).is_some_and(|t| t.running) {
                    lines.push(t!("console-leave-step-timer"));
                }
                if let Some(t) = &state.timeout {
                    lines.push(t!(
                        "console-leave-timeout",
                        time = t.back_at().format("%H:%M").to_string()
                    ));
                }
                for what in self.unrecorded(state) {
                    lines.push(t!("console-not-recorded", what = what));
                }
                let pause = state.timer(now).is_some_and(|t| t.running) && state.timeout.is_none();
                (
                    t!("console-leave-title"),
                    t!("console-leave-text", lines = lines.join(" ")),
                    if pause {
                        t!("console-leave-pause")
                    } else {
                        t!("console-leave-yes")
                    },
                    pause.then(|| t!("console-leave-running")),
                )
            }
            Question::Move(target) => {
                let title = state
                    .info
                    .phases
                    .get(target)
                    .map_or("", |p| p.title.as_str());
                (
                    t!("console-move-title", phase = target + 1, title = title),
                    t!(
                        "console-move-text",
                        turn = turn_words(state, now).unwrap_or_default()
                    ),
                    t!("console-move-yes"),
                    None,
                )
            }
        };
        let mut choice = None;
        for key in keys_pressed {
            match key {
                KeyAction::Confirm => choice = Some(1),
                KeyAction::Cancel => choice = Some(0),
                _ => {}
            }
        }
        let response = style::dialog(
            egui::Id::unique(("console-question", title.as_str())),
            title.as_str(),
        )
        .show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading(&title);
            ui.add(egui::Label::new(&text).wrap());
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                let button = egui::Button::new(RichText::new(&yes).strong())
                    .fill(ui.visuals().selection.bg_fill);
                if ui.add(button).clicked() {
                    choice = Some(1);
                }
                if let Some(other) = &other
                    && ui.button(other).clicked()
                {
                    choice = Some(2);
                }
                if ui.button(t!("console-not-now")).clicked() {
                    choice = Some(0);
                }
            });
            ui.weak(t!(
                "console-question-keys",
                confirm = keys::hint(KeyAction::Confirm),
                yes = &yes,
                cancel = keys::hint(KeyAction::Cancel)
            ));
        });
        if response.should_close() && choice.is_none() {
            choice = Some(0);
        }
        let Some(choice) = choice else {
            return Answer::Waiting;
        };
        if choice == 0 {
            return Answer::No;
        }
        let mut commands = Vec::new();
        let mut actions = Vec::new();
        match question {
            Question::EndSession => {
                commands.extend(self.flush_panels(state));
                commands.push(Command::End);
            }
            Question::EndTimeout => commands.push(Command::EndTimeout),
            Question::Move(target) => {
                commands.push(Command::GoToPhase(target));
                self.viewing = None;
            }
            Question::Leave => {
                if choice == 1 && other.is_some() {
                    commands.push(Command::Pause);
                }
                commands.extend(self.flush_panels(state));
                actions.push(Action::LeaveSession);
            }
        }
        Answer::Yes(commands, actions)
    }

    /// The keys, exactly as the one table has them.
    fn help_overlay(&mut self, ctx: &egui::Context, keys_pressed: &[KeyAction]) {
        let title = t!("console-keys");
        let response = style::dialog(egui::Id::unique("keys-help"), &title).show(ctx, |ui| {
            ui.set_width(600.0);
            ui.heading(&title);
            ui.weak(t!("console-keys-hint"));
            ui.weak(t!("console-keys-repeat"));
            ui.add_space(8.0);
            // Scrolled within the window, so that "Close" stays on screen however many keys.
            let room = (ctx.content_rect().height() - 220.0).max(160.0);
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
                    egui::Grid::new("keys")
                        .num_columns(2)
                        .spacing([20.0, 8.0])
                        .show(ui, |ui| {
                            for (name, what) in keys::help_rows() {
                                ui.label(RichText::new(name).monospace().strong());
                                ui.add(egui::Label::new(what).wrap());
                                ui.end_row();
                            }
                        });
                });
            ui.add_space(8.0);
            ui.button(t!("console-close")).clicked()
        });
        let pressed = keys_pressed
            .iter()
            .any(|k| matches!(k, KeyAction::Help | KeyAction::Cancel | KeyAction::Confirm));
        if response.inner || response.should_close() || pressed {
            self.help = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::locale::set_therapist;
    use crate::model::Lang;
    use crate::t;

    /// The messages that were format strings read exactly as they did, in English.
    #[test]
    fn the_english_words_are_as_they_were() {
        set_therapist(Some(Lang::En));
        assert_eq!(
            t!(
                "console-end-timeout-title",
                name = "Sophie's break",
                minutes = 1_u64
            ),
            "End Sophie's break 1 minute early?"
        );
        assert_eq!(
            t!(
                "console-end-timeout-title",
                name = "the timeout",
                minutes = 12_u64
            ),
            "End the timeout 12 minutes early?"
        );
        assert_eq!(
            t!("console-on-to-phase", phase = 3_usize, title = "Dialogue"),
            "On to phase 3: Dialogue  →"
        );
        assert_eq!(
            t!("console-leave-text", lines = "").chars().next(),
            Some(' ')
        );
        assert_eq!(t!("console-turns", count = 1_usize), "1 turn");
        assert_eq!(t!("console-turns", count = 0_usize), "0 turns");
        assert_eq!(super::thousands(1_199), "1,199");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1_000_000), "1,000,000");
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(super::full_date(date), "22 November 2026");
        assert_eq!(super::day_and_month(date), "22 November");
        set_therapist(Some(Lang::De));
        assert_eq!(super::full_date(date), "22. November 2026");
        assert_eq!(super::thousands(1_199), "1.199");
        set_therapist(Some(Lang::Fr));
        assert_eq!(super::thousands(1_199), "1\u{a0}199");
        set_therapist(Some(Lang::Es));
        assert_eq!(super::day_and_month(date), "22 de noviembre");
    }
}
