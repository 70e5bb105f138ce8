//! What every console panel is: it draws, it hands over typed text to record, and it says what
//! is on screen that is not recorded yet. The console loops over all of them, so no panel can
//! forget to save what was typed before the therapist leaves, moves on or ends the session.

use super::checkin::CheckInPanel;
use super::closing::ClosingPanel;
use super::dialogue::DialoguePanel;
use super::guided::GuidedPanel;
use super::homework::HomeworkPanel;
use super::notes::NotesPanel;
use super::rules::RulesPanel;
use crate::model::{Ms, Suggestion};
use crate::session::{Command, SessionState};

/// What a panel draws from.
pub struct PanelContext<'a> {
    pub state: &'a SessionState,
    pub now: Ms,
    /// The template's suggestion library (for the homework panel).
    pub suggestions: &'a [Suggestion],
    /// Who signs the notes: "Dr Ana María Ortiz, LMFT" from Settings, or empty.
    pub signer: &'a str,
}

pub trait Panel {
    /// Draws the panel; returns the commands the therapist asked for.
    fn draw(&mut self, ui: &mut egui::Ui, cx: &PanelContext) -> Vec<Command>;

    /// Text typed but not recorded yet, as commands to record now (leaving, moving on, ending,
    /// closing the window).
    fn flush(&mut self, state: &SessionState) -> Vec<Command>;

    /// What is on screen and not recorded, in words ("an agreement being written"): typing that
    /// `flush` would record, and forms that cannot be recorded on their own.
    fn unrecorded(&self, state: &SessionState) -> Vec<String>;

    /// A command from this panel could not be recorded (the disk was full): keep its text.
    fn not_recorded(&mut self, _command: &Command) {}
}

impl Panel for CheckInPanel {
    fn draw(&mut self, ui: &mut egui::Ui, cx: &PanelContext) -> Vec<Command> {
        self.ui(ui, cx.state, cx.now)
    }
    fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        CheckInPanel::flush(self, state)
    }
    fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        CheckInPanel::unrecorded(self, state)
    }
    fn not_recorded(&mut self, command: &Command) {
        CheckInPanel::not_recorded(self, command);
    }
}

impl Panel for RulesPanel {
    fn draw(&mut self, ui: &mut egui::Ui, cx: &PanelContext) -> Vec<Command> {
        self.ui(ui, cx.state, cx.now)
    }
    fn flush(&mut self, _state: &SessionState) -> Vec<Command> {
        // A rule being typed is added only when the therapist says so.
        Vec::new()
    }
    fn unrecorded(&self, _state: &SessionState) -> Vec<String> {
        RulesPanel::unrecorded(self)
    }
}

impl Panel for DialoguePanel {
    fn draw(&mut self, ui: &mut egui::Ui, cx: &PanelContext) -> Vec<Command> {
        self.ui(ui, cx.state, cx.now)
    }
    fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        DialoguePanel::flush(self, state)
    }
    fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        DialoguePanel::unrecorded(self, state)
    }
}

impl Panel for GuidedPanel {
    fn draw(&mut self, ui: &mut egui::Ui, cx: &PanelContext) -> Vec<Command> {
        self.ui(ui, cx.state, cx.now)
    }
    fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        GuidedPanel::flush(self, state)
    }
    fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        GuidedPanel::unrecorded(self, state)
    }
    fn not_recorded(&mut self, command: &Command) {
        GuidedPanel::not_recorded(self, command);
    }
}

impl Panel for HomeworkPanel {
    fn draw(&mut self, ui: &mut egui::Ui, cx: &PanelContext) -> Vec<Command> {
        self.ui(ui, cx.state, cx.now, cx.suggestions)
    }
    fn flush(&mut self, _state: &SessionState) -> Vec<Command> {
        // An agreement is added only when the therapist says so: it must be complete.
        Vec::new()
    }
    fn unrecorded(&self, _state: &SessionState) -> Vec<String> {
        HomeworkPanel::unrecorded(self)
    }
}

impl Panel for ClosingPanel {
    fn draw(&mut self, ui: &mut egui::Ui, cx: &PanelContext) -> Vec<Command> {
        self.ui(ui, cx.state, cx.now, cx.signer)
    }
    fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        ClosingPanel::flush(self, state)
    }
    fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        ClosingPanel::unrecorded(self, state)
    }
}

impl Panel for NotesPanel {
    fn draw(&mut self, ui: &mut egui::Ui, cx: &PanelContext) -> Vec<Command> {
        self.ui(ui, cx.state, cx.now)
    }
    fn flush(&mut self, state: &SessionState) -> Vec<Command> {
        NotesPanel::flush(self, state)
    }
    fn unrecorded(&self, state: &SessionState) -> Vec<String> {
        NotesPanel::unrecorded(self, state)
    }
    fn not_recorded(&mut self, command: &Command) {
        NotesPanel::not_recorded(self, command);
    }
}
