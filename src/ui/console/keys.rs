//! One key for every in-session action. Keys never fire while the therapist is typing.

use egui::Key;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// Speaker/listener: next stage, or "accurate" and the floor passes. Guided steps: next step.
    Next,
    NotQuite,
    Pause,
    Extend,
    Timeout,
    QuickNote,
    NextPhase,
    PreviousPhase,
    /// Open or close the couple display.
    Display,
    Help,
}

/// The keys, as shown on buttons and in the help overlay.
pub const KEYS: &[(Key, &str, KeyAction, &str)] = &[
    (
        Key::Space,
        "Space",
        KeyAction::Next,
        "Next stage; after the paraphrase, \"accurate\" and the floor passes. In guided steps: next step.",
    ),
    (
        Key::N,
        "N",
        KeyAction::NotQuite,
        "\"Not quite\": back to the paraphrase.",
    ),
    (Key::P, "P", KeyAction::Pause, "Pause or resume the timer."),
    (
        Key::E,
        "E",
        KeyAction::Extend,
        "30 more seconds for this stage or step.",
    ),
    (
        Key::T,
        "T",
        KeyAction::Timeout,
        "Call a timeout, or end the one running.",
    ),
    (
        Key::Q,
        "Q",
        KeyAction::QuickNote,
        "Write a quick, timestamped note.",
    ),
    (
        Key::ArrowRight,
        "Right arrow",
        KeyAction::NextPhase,
        "Next phase of the agenda.",
    ),
    (
        Key::ArrowLeft,
        "Left arrow",
        KeyAction::PreviousPhase,
        "Previous phase.",
    ),
    (
        Key::D,
        "D",
        KeyAction::Display,
        "Open or close the couple display (F there: full screen).",
    ),
    (
        Key::Questionmark,
        "?",
        KeyAction::Help,
        "Show or hide these keys.",
    ),
];

/// The label of an action's key, for its button: "Pause  [P]".
pub fn hint(action: KeyAction) -> &'static str {
    KEYS.iter().find(|k| k.2 == action).map_or("", |k| k.1)
}

/// Keys pressed this frame, unless a text field has the keyboard.
pub fn pressed(ctx: &egui::Context) -> Vec<KeyAction> {
    if ctx.egui_wants_keyboard_input() {
        return Vec::new();
    }
    ctx.input(|i| {
        let mut out: Vec<KeyAction> = KEYS
            .iter()
            .filter(|(key, ..)| i.key_pressed(*key))
            .map(|k| k.2)
            .collect();
        // "?" arrives as text on many keyboard layouts.
        if !out.contains(&KeyAction::Help)
            && i.events
                .iter()
                .any(|e| matches!(e, egui::Event::Text(t) if t == "?"))
        {
            out.push(KeyAction::Help);
        }
        out
    })
}

/// A button label with its key: "Pause  [P]".
pub fn label(text: &str, action: KeyAction) -> String {
    format!("{text}  [{}]", hint(action))
}
