//! The notes pane: the therapist's note in the chosen format, and quick timestamped notes.
//!
//! Typing is kept in a draft per section and recorded when the therapist pauses (1.5 s), every
//! 2 s while they type on without a pause, and when they leave the field: a crash loses at most
//! the last 2 seconds of typing, and the journal gets an event per pause, not per key.

use std::collections::BTreeMap;
use std::time::Duration;

use egui::{RichText, TextEdit};

use crate::model::{MAX_LINE_CHARS, Ms, NoteFormat, clean_optional_line, clean_optional_text};
use crate::session::{Command, SessionState};
use crate::t;

/// How long typing must pause before a draft is recorded.
pub(crate) const SETTLE_SECS: f64 = 1.5;
/// During continuous typing, a draft is recorded at least this often.
pub(crate) const TYPING_SECS: f64 = 2.0;

/// Text being typed in a field whose value lives in the session: kept apart from the session
/// until it is worth recording, and never overwritten while the therapist is editing it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Draft {
    text: String,
    /// When the last keystroke not yet recorded was typed (egui input time, seconds).
    typed_at: Option<f64>,
    /// When the first keystroke not yet recorded was typed.
    first_typed_at: Option<f64>,
    /// The text last handed out as a command: a refused text is not sent again and again, and
    /// the draft is not replaced by the session's text until the session has it.
    sent: Option<String>,
    /// The text sent could not be recorded: send it again when flushed.
    retry: bool,
}

impl Draft {
    /// Takes the session's text, unless the field is being edited or holds unrecorded typing.
    pub(crate) fn sync(&mut self, saved: &str, editing: bool) {
        if editing || self.typed_at.is_some() {
            return;
        }
        match &self.sent {
            // Refused, or not applied yet: keep what was typed.
            Some(sent) if sent != saved => {}
            _ => {
                if self.text != saved {
                    saved.clone_into(&mut self.text);
                }
                self.sent = None;
            }
        }
    }

    pub(crate) fn buffer(&mut self) -> &mut String {
        &mut self.text
    }

    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    pub(crate) fn edited(&mut self, now: f64) {
        self.typed_at = Some(now);
        self.first_typed_at.get_or_insert(now);
    }

    /// Typing that differs from the session and was not handed out yet.
    fn pending(&self, saved: &str) -> bool {
        self.text != saved && self.sent.as_deref() != Some(self.text.as_str())
    }

    fn mark_sent(&mut self) -> String {
        self.typed_at = None;
        self.first_typed_at = None;
        self.retry = false;
        self.sent = Some(self.text.clone());
        self.text.clone()
    }

    /// The text to record now: it differs from the session's and the field lost focus or the
    /// typing paused for [`SETTLE_SECS`].
    pub(crate) fn take_due(&mut self, saved: &str, lost_focus: bool, now: f64) -> Option<String> {
        if !self.pending(saved) {
            if self.text == saved {
                self.typed_at = None;
                self.first_typed_at = None;
            }
            return None;
        }
        let settled = self.typed_at.is_none_or(|t| now - t >= SETTLE_SECS);
        let typing_long = self.first_typed_at.is_some_and(|t| now - t >= TYPING_SECS);
        (lost_focus || settled || typing_long).then(|| self.mark_sent())
    }

    /// The text to record right away (leaving the screen, ending the session), if any.
    pub(crate) fn take_pending(&mut self, saved: &str) -> Option<String> {
        let retry = self.retry && self.text != saved;
        (retry || self.pending(saved)).then(|| self.mark_sent())
    }

    /// `text`, handed out last, could not be recorded (the disk was full): it is handed out
    /// again at the next flush (leaving the screen, closing), not at every pause.
    pub(crate) fn not_recorded(&mut self, text: &str) {
        self.retry |= self.sent.as_deref() == Some(text);
    }

    /// Takes the text for a command the therapist just asked for (e.g. choosing an outcome).
    pub(crate) fn commit(&mut self) -> String {
        self.mark_sent()
    }

    /// Seconds until unrecorded typing falls due, for a repaint.
    pub(crate) fn due_in(&self, now: f64) -> Option<f64> {
        let settle = self.typed_at.map(|t| t + SETTLE_SECS);
        let typing = self.first_typed_at.map(|t| t + TYPING_SECS);
        let due = match (settle, typing) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        due.map(|t| (t - now).max(0.0))
    }

    /// Whether there is typing not yet recorded.
    pub(crate) fn is_pending(&self, saved: &str) -> bool {
        self.pending(saved)
    }
}

/// Asks for a repaint when the earliest draft falls due, so a pause is noticed without any
/// further input.
pub(crate) fn repaint_for_drafts<'a>(
    ui: &egui::Ui,
    drafts: impl Iterator<Item = &'a Draft>,
    now: f64,
) {
    let next = drafts.filter_map(|d| d.due_in(now)).reduce(f64::min);
    if let Some(secs) = next {
        // A hair late rather than early, so the pause has surely passed when it comes.
        ui.ctx()
            .request_repaint_after(Duration::from_secs_f64(secs + 0.02));
    }
}

/// What each section is for, as a quiet hint in the empty field.
fn section_hint(section: &str) -> String {
    match section {
        "Notes" => t!("console-hint-notes"),
        "Subjective" => t!("console-hint-subjective"),
        "Objective" => t!("console-hint-objective"),
        "Data" => t!("console-hint-data"),
        "Assessment" => t!("console-hint-assessment"),
        "Plan" => t!("console-hint-plan"),
        "Behaviour" => t!("console-hint-behaviour"),
        "Intervention" => t!("console-hint-intervention"),
        "Response" => t!("console-hint-response"),
        _ => String::new(),
    }
}

/// A section's heading in the therapist's language. (The name itself is how the session
/// records the section, and stays as it is.)
fn section_name(section: &str) -> String {
    match section {
        "Notes" => t!("console-section-notes"),
        "Subjective" => t!("console-section-subjective"),
        "Objective" => t!("console-section-objective"),
        "Data" => t!("console-section-data"),
        "Assessment" => t!("console-section-assessment"),
        "Plan" => t!("console-section-plan"),
        "Behaviour" => t!("console-section-behaviour"),
        "Intervention" => t!("console-section-intervention"),
        "Response" => t!("console-section-response"),
        other => other.to_owned(),
    }
}

/// A note format's name in the therapist's language.
fn format_label(format: NoteFormat) -> String {
    match format {
        NoteFormat::Free => t!("console-format-free"),
        NoteFormat::Soap => t!("console-format-soap"),
        NoteFormat::Dap => t!("console-format-dap"),
        NoteFormat::Birp => t!("console-format-birp"),
    }
}

/// The notes pane.
#[derive(Debug, Default)]
pub struct NotesPanel {
    /// One draft per section name; sections shared by formats share their draft.
    drafts: BTreeMap<String, Draft>,
    quick: String,
    /// Why the quick note in the field was not added (too long): it stays there to be shortened.
    quick_error: Option<String>,
    /// Set by the app's quick-note key; the field takes the focus on the next frame.
    focus_quick: bool,
}

impl NotesPanel {
    /// Puts the cursor in the quick-note field on the next frame.
    pub fn focus_quick_note(&mut self) {
        self.focus_quick = true;
    }

    /// A command from this panel could not be recorded (the disk was full): a quick note goes
    /// back into its field, to be added again; a note is recorded when the console is left.
    pub fn not_recorded(&mut self, command: &Command) {
        match command {
            Command::QuickNote(text) if self.quick.is_empty() => self.quick.clone_from(text),
            Command::SetNote { section, text } => {
                if let Some(draft) = self.drafts.get_mut(section) {
                    draft.not_recorded(text);
                }
            }
            _ => {}
        }
    }

    /// The note commands still waiting for a pause, to record now: call before leaving the
    /// console or ending the session.
    pub fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        self.drafts
            .iter_mut()
            .filter_map(|(section, draft)| {
                draft
                    .take_pending(state.notes.section(section))
                    .map(|text| Command::SetNote {
                        section: section.clone(),
                        text,
                    })
            })
            .collect()
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, state: &SessionState, _now: Ms) -> Vec<Command> {
        if let Some(signed) = &state.signed {
            signed_notes(ui, state, signed);
            return Vec::new();
        }
        let mut out = Vec::new();
        let time = ui.input(|i| i.time);

        ui.horizontal(|ui| {
            ui.heading(t!("console-notes"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let mut format = state.notes.format;
                egui::ComboBox::from_label(t!("console-note-format"))
                    .selected_text(format_label(format))
                    .show_ui(ui, |ui| {
                        for f in NoteFormat::ALL {
                            ui.selectable_value(&mut format, f, format_label(f));
                        }
                    });
                if format != state.notes.format {
                    // What was typed under the old format is recorded before the sections change.
                    out.extend(self.flush(state));
                    out.push(Command::SetNoteFormat(format));
                }
            });
        });
        ui.weak(t!("console-notes-private"));
        ui.add_space(6.0);

        // Taller boxes on a taller screen: at 1920×1080 a section shows twice the lines it
        // does at 1280×800, rather than leaving the space blank.
        let extra = ((ui.ctx().content_rect().height() - 800.0) / 70.0).clamp(0.0, 8.0) as usize;
        let rows = if state.notes.format == NoteFormat::Free {
            10 + 2 * extra
        } else {
            4 + extra
        };
        for section in state.notes.format.sections() {
            let label = ui.label(RichText::new(section_name(section)).strong());
            out.extend(self.section_editor(ui, state, section, label.id, rows, time));
            ui.add_space(4.0);
        }
        out.extend(self.kept_sections(ui, state, time));
        repaint_for_drafts(ui, self.drafts.values(), time);

        ui.add_space(8.0);
        ui.separator();
        out.extend(self.quick_notes(ui, state));
        out
    }

    /// Text written under a section the chosen format does not have (after a change of
    /// format): it stays in view, editable, under its old heading, until the therapist moves it
    /// into one of the format's sections. Nothing typed is ever hidden.
    fn kept_sections(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        time: f64,
    ) -> Vec<Command> {
        let mut out = Vec::new();
        let format = state.notes.format;
        let names: Vec<&'static str> = NoteFormat::ALL
            .iter()
            .flat_map(|f| f.sections().iter().copied())
            .filter(|name| !format.sections().contains(name))
            .fold(Vec::new(), |mut names, name| {
                if !names.contains(&name) {
                    names.push(name);
                }
                names
            });
        for name in names {
            let saved = state.notes.section(name);
            let typed = self
                .drafts
                .get(name)
                .is_some_and(|d| !d.text().trim().is_empty());
            if saved.trim().is_empty() && !typed {
                continue;
            }
            let mut target = None;
            egui::Frame::group(ui.style())
                .fill(crate::ui::style::WARN.gamma_multiply(0.08))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let label = ui.label(
                        RichText::new(t!("console-section-kept", section = section_name(name)))
                            .strong(),
                    );
                    ui.weak(t!(
                        "console-section-kept-note",
                        format = format_label(format),
                        section = section_name(name)
                    ));
                    out.extend(self.section_editor(ui, state, name, label.id, 3, time));
                    ui.horizontal_wrapped(|ui| {
                        for section in format.sections() {
                            let words = section_name(section);
                            if ui
                                .button(t!("console-move-into", section = &words))
                                .on_hover_text(t!("console-move-into-hover", section = &words))
                                .clicked()
                            {
                                target = Some(*section);
                            }
                        }
                    });
                });
            if let Some(target) = target {
                out.extend(self.move_section(state, name, target));
            }
            ui.add_space(4.0);
        }
        out
    }

    /// The text field of one note section: its draft, kept apart from the session while it is
    /// typed and handed out as a command when it falls due.
    fn section_editor(
        &mut self,
        ui: &mut egui::Ui,
        state: &SessionState,
        section: &str,
        label: egui::Id,
        rows: usize,
        time: f64,
    ) -> Option<Command> {
        let saved = state.notes.section(section);
        let id = egui::Id::unique(("groundwork-note-section", section));
        let editing = ui.memory(|m| m.has_focus(id));
        let draft = self.drafts.entry(section.to_owned()).or_default();
        draft.sync(saved, editing);
        let response = ui
            .add(
                TextEdit::multiline(draft.buffer())
                    .id(id)
                    .hint_text(section_hint(section))
                    .desired_rows(rows)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label);
        if response.changed() {
            draft.edited(time);
        }
        draft
            .take_due(saved, response.lost_focus(), time)
            .map(|text| Command::SetNote {
                section: section.to_owned(),
                text,
            })
    }

    /// Moves the text of section `from` to the end of section `to`, as the therapist sees them.
    fn move_section(&mut self, state: &SessionState, from: &str, to: &str) -> Vec<Command> {
        let moved = self.drafts.get(from).map_or_else(
            || state.notes.section(from).to_owned(),
            |d| d.text().to_owned(),
        );
        let into = self.drafts.entry(to.to_owned()).or_default();
        if into.text().is_empty() && !state.notes.section(to).is_empty() {
            state.notes.section(to).clone_into(into.buffer());
        }
        let joined = match into.text().trim_end() {
            "" => moved.trim().to_owned(),
            before => format!("{before}\n\n{}", moved.trim()),
        };
        *into.buffer() = joined;
        let mut out = Vec::new();
        if let Some(text) = into.take_pending(state.notes.section(to)) {
            out.push(Command::SetNote {
                section: to.to_owned(),
                text,
            });
        }
        let old = self.drafts.entry(from.to_owned()).or_default();
        old.buffer().clear();
        if let Some(text) = old.take_pending(state.notes.section(from)) {
            out.push(Command::SetNote {
                section: from.to_owned(),
                text,
            });
        }
        out
    }

    /// Sections with typing not yet recorded, by name.
    pub fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        self.drafts
            .iter()
            .filter(|(section, d)| d.is_pending(state.notes.section(section)))
            .map(|(section, _)| {
                t!(
                    "console-section-unrecorded",
                    section = section_name(section)
                )
            })
            .collect()
    }

    fn quick_notes(&mut self, ui: &mut egui::Ui, state: &SessionState) -> Vec<Command> {
        let mut out = Vec::new();
        let label = ui.label(RichText::new(t!("console-quick-note")).strong());
        let mut add = false;
        let add_words = t!("console-add-note");
        ui.horizontal(|ui| {
            // Room for the button beside the field, however long its words are.
            let words = ui.ctx().fonts_mut(|f| {
                f.layout_no_wrap(
                    add_words.clone(),
                    egui::TextStyle::Button.resolve(ui.style()),
                    egui::Color32::WHITE,
                )
                .size()
                .x
            });
            let spacing = ui.spacing();
            let button_width =
                (words + 2.0 * spacing.button_padding.x + spacing.item_spacing.x + 4.0).max(100.0);
            let response = ui
                .add(
                    TextEdit::singleline(&mut self.quick)
                        .id(egui::Id::unique("groundwork-quick-note"))
                        .hint_text(t!("console-quick-note-hint"))
                        .desired_width(ui.available_width() - button_width),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_quick) {
                response.request_focus();
            }
            if response.changed() {
                self.quick_error = None;
            }
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                add = true;
            }
            if ui.button(&add_words).clicked() {
                add = true;
            }
        });
        if add {
            // Checked as the engine will check it, so that a note it would refuse stays in the
            // field to be shortened instead of vanishing. An empty one is a bookmark.
            match clean_optional_line(&self.quick, &t!("what-quick-note")) {
                Ok(_) => out.push(Command::QuickNote(std::mem::take(&mut self.quick))),
                // Too long, the one thing refused: said in the therapist's words.
                Err(_) => {
                    let count = clean_optional_text(&self.quick, "", usize::MAX)
                        .map_or(0, |line| line.chars().count());
                    self.quick_error = Some(t!(
                        "console-quick-note-too-long",
                        max = super::thousands(MAX_LINE_CHARS),
                        count = super::thousands(count)
                    ));
                }
            }
        }
        if let Some(why) = &self.quick_error {
            ui.colored_label(ui.visuals().error_fg_color, why);
        }

        if state.notes.quick.is_empty() {
            ui.weak(t!("console-quick-notes-empty"));
        } else {
            ui.add_space(4.0);
            // The newest in full; earlier ones folded away, one line each and drawn only as
            // they scroll into view: a frame costs the same after 10 notes or 10,000.
            let quick = &state.notes.quick;
            let shown = quick.len().min(QUICK_NOTES_IN_FULL);
            let (earlier, newest) = quick.split_at(quick.len() - shown);
            egui::Grid::new("groundwork-quick-notes")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for note in newest.iter().rev() {
                        ui.weak(note.wall.format("%H:%M").to_string());
                        if note.text.is_empty() {
                            ui.weak(t!("console-bookmark"));
                        } else {
                            ui.add(egui::Label::new(&note.text).wrap());
                        }
                        ui.end_row();
                    }
                });
            if !earlier.is_empty() {
                ui.add_space(4.0);
                egui::CollapsingHeader::new(t!(
                    "console-quick-notes-earlier",
                    count = earlier.len()
                ))
                .id_salt("groundwork-quick-notes-earlier")
                .show_unindented(ui, |ui| {
                    let row = ui.text_style_height(&egui::TextStyle::Body);
                    egui::ScrollArea::vertical()
                        .id_salt("groundwork-quick-notes-earlier-rows")
                        .max_height(row * 12.0)
                        .show_rows(ui, row, earlier.len(), |ui, rows| {
                            for i in rows {
                                let note = &earlier[earlier.len() - 1 - i];
                                let text = if note.text.is_empty() {
                                    t!("console-bookmark")
                                } else {
                                    note.text.clone()
                                };
                                ui.horizontal(|ui| {
                                    ui.weak(note.wall.format("%H:%M").to_string());
                                    ui.add(egui::Label::new(&text).truncate());
                                });
                            }
                        });
                });
            }
        }
        out
    }
}

/// Quick notes shown whole, newest first; earlier ones are a fold away.
const QUICK_NOTES_IN_FULL: usize = 20;

/// Sessions and a harness for the console panels' tests.
#[cfg(test)]
pub(crate) mod testkit {
    use chrono::{FixedOffset, NaiveDate, TimeZone};
    use egui_kittest::kittest::Queryable;

    use crate::model::{
        Agreement, AgreementTerms, Couple, CoupleId, Frequency, Ms, NoteFormat, Owner, Stamp,
    };
    use crate::session::{Command, SessionState, apply, begin, session_start};
    use crate::store::templates;

    pub fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    pub fn couple() -> Couple {
        Couple::new(CoupleId("sophie-emma".into()), "Sophie", "Emma", date())
    }

    /// A first session of Sophie and Emma with a shipped template, at 14:00 on 22 November 2026.
    pub fn session_with(couple: &Couple, template: &str) -> SessionState {
        let set = templates::load(None);
        let template = set.by_id(template).expect("a shipped template");
        let info = session_start(couple, 1, template, NoteFormat::Dap, date());
        let wall = FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 22, 14, 0, 0)
            .unwrap();
        begin(info, Stamp { wall, at: 0 }).0
    }

    pub fn session(template: &str) -> SessionState {
        session_with(&couple(), template)
    }

    /// An open agreement from an earlier session.
    pub fn old_agreement(id: u32, who: Owner, behaviour: &str) -> Agreement {
        Agreement {
            id,
            made_in_session: 0,
            terms: AgreementTerms {
                who,
                behaviour: behaviour.into(),
                when: Frequency::Daily,
                anchor: "after breakfast".into(),
                evidence: String::new(),
                review_on: None,
            },
            reviews: Vec::new(),
            retired: false,
            made_on: None,
        }
    }

    /// Applies a command a second after the last event, as the app would.
    pub fn run(state: &mut SessionState, command: &Command) {
        let now = state.last.shifted(1_000);
        apply(state, command, now).unwrap_or_else(|r| panic!("{command:?} was refused: {r}"));
    }

    /// A panel with its session: what the panel returned is applied and kept in `sent`.
    pub struct Rig<P> {
        pub panel: P,
        pub state: SessionState,
        pub now: Ms,
        pub sent: Vec<Command>,
    }

    impl<P: Default> Rig<P> {
        pub fn new(state: SessionState) -> Rig<P> {
            Rig {
                panel: P::default(),
                state,
                now: 0,
                sent: Vec::new(),
            }
        }
    }

    impl<P> Rig<P> {
        pub fn record(&mut self, commands: Vec<Command>) {
            for command in commands {
                run(&mut self.state, &command);
                self.sent.push(command);
            }
        }

        pub fn take(&mut self) -> Vec<Command> {
            std::mem::take(&mut self.sent)
        }
    }

    /// Puts the cursor in the field labelled `label` and types `text`, as a person would.
    pub fn type_into<S>(h: &mut egui_kittest::Harness<'_, S>, label: &str, text: &str) {
        h.get_by_label(label).focus();
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    }

    /// Selects everything in the field labelled `label` and types `text` over it.
    pub fn retype<S>(h: &mut egui_kittest::Harness<'_, S>, label: &str, text: &str) {
        h.get_by_label(label).focus();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_label(label).type_text(text);
        h.run();
    }

    pub fn harness<'a, P: 'a>(
        rig: Rig<P>,
        mut panel_ui: impl FnMut(&mut P, &mut egui::Ui, &SessionState, Ms) -> Vec<Command> + 'a,
    ) -> egui_kittest::Harness<'a, Rig<P>> {
        // The panels' words in English, whatever the computer's language.
        crate::locale::set_therapist(Some(crate::model::Lang::En));
        egui_kittest::Harness::builder()
            .with_size(egui::vec2(700.0, 1400.0))
            .build_ui_state(
                move |ui, rig: &mut Rig<P>| {
                    let commands = panel_ui(&mut rig.panel, ui, &rig.state, rig.now);
                    rig.record(commands);
                },
                rig,
            )
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use super::testkit::{Rig, harness, session};
    use super::*;

    fn notes_rig() -> egui_kittest::Harness<'static, Rig<NotesPanel>> {
        harness(Rig::new(session("speaker-listener")), NotesPanel::ui)
    }

    #[test]
    fn a_note_is_recorded_when_the_field_loses_focus() {
        let mut h = notes_rig();
        h.run();
        h.get_by_label("Data").click();
        h.run();
        h.get_by_label("Data").type_text("Both calm at the start.");
        h.step();
        assert!(h.state().sent.is_empty(), "nothing is recorded mid-typing");
        h.key_press(egui::Key::Escape);
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::SetNote {
                section: "Data".into(),
                text: "Both calm at the start.".into()
            }]
        );
        assert_eq!(
            h.state().state.notes.section("Data"),
            "Both calm at the start."
        );
    }

    #[test]
    fn a_pause_in_typing_records_the_note_once() {
        let mut h = notes_rig();
        h.run();
        h.get_by_label("Plan").click();
        h.run();
        h.get_by_label("Plan").type_text("Review");
        h.step();
        h.get_by_label("Plan").type_text(" the budget talk");
        h.step();
        assert!(h.state().sent.is_empty());
        // Each step is a quarter of a second: 1.5 s later the draft is due.
        h.run_steps(8);
        assert_eq!(
            h.state_mut().take(),
            vec![Command::SetNote {
                section: "Plan".into(),
                text: "Review the budget talk".into()
            }]
        );
        h.run_steps(8);
        assert!(h.state().sent.is_empty(), "the same text is not sent twice");
        assert!(h.get_by_label("Plan").is_focused(), "typing carries on");
    }

    #[test]
    fn continuous_typing_is_recorded_at_least_every_two_seconds() {
        // A key every 200 ms for 7 seconds, never a pause of 1.5 s: before, nothing was
        // recorded until the typing stopped, so a crash lost all of it.
        let mut draft = Draft::default();
        let mut saved = String::new();
        let mut recorded_at = Vec::new();
        for i in 0..35 {
            let now = f64::from(i) * 0.2;
            draft.buffer().push('w');
            draft.edited(now);
            if let Some(text) = draft.take_due(&saved, false, now) {
                recorded_at.push(now);
                saved = text;
            }
        }
        assert!(recorded_at.len() >= 3, "{recorded_at:?}");
        let mut last = 0.0;
        for at in &recorded_at {
            assert!(
                at - last <= super::TYPING_SECS + 0.2 + 1e-9,
                "{recorded_at:?}"
            );
            last = *at;
        }
        assert!(6.8 - last <= super::TYPING_SECS + 1e-9, "{recorded_at:?}");
        // And while typing goes on, the next one is due within 2 s of the first key after the
        // last record.
        assert!(draft.due_in(6.8).is_some_and(|s| s <= super::TYPING_SECS));
    }

    #[test]
    fn flush_hands_over_what_was_typed_at_once() {
        let mut h = notes_rig();
        h.run();
        h.get_by_label("Assessment").click();
        h.run();
        h.get_by_label("Assessment")
            .type_text("Softened start-up improving");
        h.step();
        let Rig { panel, state, .. } = h.state_mut();
        let flushed = panel.flush(state);
        assert_eq!(
            flushed,
            vec![Command::SetNote {
                section: "Assessment".into(),
                text: "Softened start-up improving".into()
            }]
        );
        h.state_mut().record(flushed);
        let Rig { panel, state, .. } = h.state_mut();
        assert!(panel.flush(state).is_empty(), "nothing is left to flush");
    }

    #[test]
    fn changing_the_format_records_pending_typing_first() {
        let mut h = notes_rig();
        h.run();
        h.get_by_label("Data").click();
        h.run();
        h.get_by_label("Data").type_text("Emma flooded at 14:20");
        h.step();
        // Straight from the field to the format: the draft goes first, then the format.
        h.get_by_label("Note format").click();
        h.run();
        h.get_by_label("SOAP").click();
        h.run();
        let sent = h.state_mut().take();
        assert_eq!(
            sent,
            vec![
                Command::SetNote {
                    section: "Data".into(),
                    text: "Emma flooded at 14:20".into()
                },
                Command::SetNoteFormat(NoteFormat::Soap),
            ]
        );
        assert!(h.query_by_label("Subjective").is_some());
        // SOAP has no "Data": what was typed there stays in view under its old heading.
        assert!(h.query_by_label("Data (from an earlier format)").is_some());
    }

    #[test]
    fn a_quick_note_too_long_stays_in_the_field_with_the_reason() {
        let mut h = notes_rig();
        h.run();
        let long = "Emma ".repeat(200);
        h.get_by_label("Quick note").focus();
        h.run();
        h.get_by_label("Quick note").type_text(&long);
        h.get_by_label("Add note").click();
        h.run();
        assert!(
            h.state_mut().take().is_empty(),
            "nothing sent to be refused"
        );
        assert!(
            h.query_by_label("The quick note can be at most 500 characters; this one is 999.")
                .is_some()
        );
        assert_eq!(
            h.get_by_label("Quick note")
                .value()
                .unwrap()
                .chars()
                .count(),
            1_000,
            "kept to be shortened"
        );
    }

    #[test]
    fn quick_notes_are_added_with_enter_or_the_button_and_listed_with_the_time() {
        let mut h = notes_rig();
        h.run();
        h.state_mut().panel.focus_quick_note();
        h.run();
        assert!(h.get_by_label("Quick note").is_focused());
        h.get_by_label("Quick note").type_text("Sophie softened");
        h.key_press(egui::Key::Enter);
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::QuickNote("Sophie softened".into())]
        );
        h.get_by_label("Add note").click();
        h.run();
        assert_eq!(
            h.state_mut().take(),
            vec![Command::QuickNote(String::new())]
        );
        assert!(h.query_by_label("Sophie softened").is_some());
        assert!(h.query_by_label("(bookmark)").is_some());
        assert_eq!(h.get_all_by_label("14:00").count(), 2, "wall time HH:MM");
    }

    /// A long session's quick notes: the newest twenty whole, the rest a fold away and drawn
    /// only as they scroll into view, so the console does not slow down as notes pile up.
    #[test]
    fn a_long_sessions_earlier_quick_notes_are_folded_away_and_drawn_as_they_come_into_view() {
        let mut state = session("speaker-listener");
        for i in 1..=500 {
            testkit::run(&mut state, &Command::QuickNote(format!("Moment {i}")));
        }
        let mut h = harness(Rig::<NotesPanel>::new(state), NotesPanel::ui);
        h.run();
        assert!(h.query_by_label("Moment 500").is_some(), "the newest");
        assert!(h.query_by_label("Moment 481").is_some(), "twenty whole");
        assert!(h.query_by_label("Moment 480").is_none(), "the rest folded");
        h.get_by_label("480 earlier quick notes").click();
        h.run();
        assert!(
            h.query_by_label("Moment 480").is_some(),
            "the next one down"
        );
        assert!(
            h.query_by_label("Moment 1").is_none(),
            "the oldest is drawn only once scrolled to"
        );
        let drawn = (1..=480)
            .filter(|i| h.query_by_label(&format!("Moment {i}")).is_some())
            .count();
        assert!(drawn <= 20, "{drawn} earlier notes drawn at once");
    }
}

/// Signed notes: shown as they were signed, to read and copy, no longer to edit.
fn signed_notes(ui: &mut egui::Ui, state: &SessionState, signed: &crate::session::Signature) {
    ui.heading(t!("console-notes"));
    ui.label(t!(
        "console-signed-notes",
        by = &signed.by,
        date = super::full_date(signed.wall.date_naive()),
        time = signed.wall.format("%H:%M").to_string()
    ));
    ui.add_space(6.0);
    for section in state.notes.format.sections() {
        let text = state.notes.section(section);
        if text.trim().is_empty() {
            continue;
        }
        ui.label(RichText::new(section_name(section)).strong());
        ui.add(egui::Label::new(text).selectable(true));
        ui.add_space(4.0);
    }
    for (section, text) in state.notes.kept_from_other_formats() {
        ui.label(
            RichText::new(t!("console-section-kept", section = section_name(section))).strong(),
        );
        ui.add(egui::Label::new(text).selectable(true));
        ui.add_space(4.0);
    }
    for a in &state.addenda {
        ui.label(
            RichText::new(t!(
                "console-addendum-at",
                date = super::day_and_month(a.wall.date_naive()),
                time = a.wall.format("%H:%M").to_string()
            ))
            .strong(),
        );
        ui.add(egui::Label::new(&a.text).selectable(true));
        ui.add_space(4.0);
    }
}
