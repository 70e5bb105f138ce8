//! Every key of every window in one table: (key, modifiers, what is on screen) → what it does.
//!
//! A therapist's eyes are on the couple, so a key must do exactly one deliberate thing:
//! - a key held down acts once (key-repeat events never act);
//! - a session key pressed with Ctrl, Alt or Cmd is not that session key (Ctrl+P prints, it does
//!   not pause);
//! - keys never act while a text field has the keyboard, except the few desktop shortcuts that
//!   make sense there (print, search);
//! - the key presses this table handles are taken out of egui's input, so a button that happens
//!   to have the keyboard focus is never "clicked" by the same Space or Enter as well (egui's own
//!   record of which keys are down is left alone: it is how egui tells a repeat from a press).
//!
//! The help overlay lists exactly this table.

use egui::{Key, Modifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyAction {
    /// Speaker/listener: next stage, or "accurate". Guided steps: next step.
    Next,
    NotQuite,
    /// Hand the floor to the other partner (where the phase's floor policy lets it pass).
    PassFloor,
    Pause,
    Extend,
    /// Start a timeout at once; during one, ask whether to end it early.
    Timeout,
    QuickNote,
    /// Look at the next or previous phase of the agenda (the session stays where it is).
    ShowNextPhase,
    ShowPreviousPhase,
    /// Move the session to the phase being looked at.
    MoveHere,
    /// Open or close the couple display.
    Display,
    Help,
    Undo,
    Redo,
    PrintNotes,
    SearchCouples,
    /// The answer to the question on screen: yes.
    Confirm,
    /// Close the dialog or question on screen; on the couple display, leave full screen.
    Cancel,
    /// The timeout dialog's choices: who called it and why.
    TimeoutChoice(u8),
    /// The couple display full screen, or back to a window.
    Fullscreen,
}

/// What is on screen, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Home,
    Couple,
    /// The session console with nothing in front of it.
    Console,
    /// The console with the timeout dialog open.
    TimeoutDialog,
    /// The console with a question (end the session? end the timeout early? leave?) or the
    /// help in front of it.
    Question,
    /// The couple display's own window.
    Display,
}

/// Which modifiers a binding needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mods {
    /// None of Ctrl, Alt or Cmd (Shift is allowed: "?" needs it on most keyboards).
    Plain,
    /// Ctrl (Cmd on a Mac), without Shift.
    Command,
    /// Ctrl+Shift (Cmd+Shift on a Mac).
    CommandShift,
}

pub struct Binding {
    pub key: Key,
    pub mods: Mods,
    /// The key as people say it: "Space", "Ctrl+Z".
    pub name: &'static str,
    pub action: KeyAction,
    pub places: &'static [Place],
    /// What it does, for the help overlay: the message in the therapist's language (app.ftl).
    /// The key's name above is its English name; [`spoken`] gives it as the therapist's
    /// keyboard says it ("Strg+Z", "Leertaste").
    pub what: &'static str,
}

const SESSION: &[Place] = &[Place::Console, Place::Display];
const CONSOLE: &[Place] = &[Place::Console];
const DIALOGS: &[Place] = &[Place::Question, Place::TimeoutDialog];
const TIMEOUT_DIALOG: &[Place] = &[Place::TimeoutDialog];

pub const TABLE: &[Binding] = &[
    Binding {
        key: Key::Space,
        mods: Mods::Plain,
        name: "Space",
        action: KeyAction::Next,
        places: SESSION,
        what: "app-key-next",
    },
    Binding {
        key: Key::N,
        mods: Mods::Plain,
        name: "N",
        action: KeyAction::NotQuite,
        places: SESSION,
        what: "app-key-not-quite",
    },
    Binding {
        key: Key::F,
        mods: Mods::Plain,
        name: "F",
        action: KeyAction::PassFloor,
        places: CONSOLE,
        what: "app-key-pass-floor",
    },
    Binding {
        key: Key::P,
        mods: Mods::Plain,
        name: "P",
        action: KeyAction::Pause,
        places: SESSION,
        what: "app-key-pause",
    },
    Binding {
        key: Key::E,
        mods: Mods::Plain,
        name: "E",
        action: KeyAction::Extend,
        places: SESSION,
        what: "app-key-extend",
    },
    Binding {
        key: Key::T,
        mods: Mods::Plain,
        name: "T",
        action: KeyAction::Timeout,
        places: SESSION,
        what: "app-key-timeout",
    },
    Binding {
        key: Key::Q,
        mods: Mods::Plain,
        name: "Q",
        action: KeyAction::QuickNote,
        places: CONSOLE,
        what: "app-key-quick-note",
    },
    Binding {
        key: Key::ArrowRight,
        mods: Mods::Plain,
        name: "Right arrow",
        action: KeyAction::ShowNextPhase,
        places: CONSOLE,
        what: "app-key-next-phase",
    },
    Binding {
        key: Key::ArrowLeft,
        mods: Mods::Plain,
        name: "Left arrow",
        action: KeyAction::ShowPreviousPhase,
        places: CONSOLE,
        what: "app-key-previous-phase",
    },
    Binding {
        key: Key::M,
        mods: Mods::Plain,
        name: "M",
        action: KeyAction::MoveHere,
        places: CONSOLE,
        what: "app-key-move-here",
    },
    Binding {
        key: Key::D,
        mods: Mods::Plain,
        name: "D",
        action: KeyAction::Display,
        places: SESSION,
        what: "app-key-display",
    },
    Binding {
        key: Key::F,
        mods: Mods::Plain,
        name: "F (couple display)",
        action: KeyAction::Fullscreen,
        places: &[Place::Display],
        what: "app-key-fullscreen",
    },
    Binding {
        key: Key::Z,
        mods: Mods::Command,
        name: "Ctrl+Z",
        action: KeyAction::Undo,
        places: CONSOLE,
        what: "app-key-undo",
    },
    Binding {
        key: Key::Z,
        mods: Mods::CommandShift,
        name: "Ctrl+Shift+Z",
        action: KeyAction::Redo,
        places: CONSOLE,
        what: "app-key-redo",
    },
    Binding {
        key: Key::Y,
        mods: Mods::Command,
        name: "Ctrl+Y",
        action: KeyAction::Redo,
        places: CONSOLE,
        what: "app-key-redo-y",
    },
    Binding {
        key: Key::P,
        mods: Mods::Command,
        name: "Ctrl+P",
        action: KeyAction::PrintNotes,
        places: CONSOLE,
        what: "app-key-print",
    },
    Binding {
        key: Key::F,
        mods: Mods::Command,
        name: "Ctrl+F",
        action: KeyAction::SearchCouples,
        places: &[Place::Home],
        what: "app-key-search",
    },
    Binding {
        key: Key::Num1,
        mods: Mods::Plain,
        name: "1 – 4",
        action: KeyAction::TimeoutChoice(1),
        places: TIMEOUT_DIALOG,
        what: "app-key-timeout-choice",
    },
    Binding {
        key: Key::Num2,
        mods: Mods::Plain,
        name: "",
        action: KeyAction::TimeoutChoice(2),
        places: TIMEOUT_DIALOG,
        what: "",
    },
    Binding {
        key: Key::Num3,
        mods: Mods::Plain,
        name: "",
        action: KeyAction::TimeoutChoice(3),
        places: TIMEOUT_DIALOG,
        what: "",
    },
    Binding {
        key: Key::Num4,
        mods: Mods::Plain,
        name: "",
        action: KeyAction::TimeoutChoice(4),
        places: TIMEOUT_DIALOG,
        what: "",
    },
    Binding {
        key: Key::Enter,
        mods: Mods::Plain,
        name: "Enter",
        action: KeyAction::Confirm,
        places: DIALOGS,
        what: "app-key-confirm",
    },
    Binding {
        key: Key::Escape,
        mods: Mods::Plain,
        name: "Esc",
        action: KeyAction::Cancel,
        places: &[
            Place::Question,
            Place::TimeoutDialog,
            Place::Display,
            Place::Console,
        ],
        what: "app-key-cancel",
    },
    Binding {
        key: Key::Questionmark,
        mods: Mods::Plain,
        name: "?",
        action: KeyAction::Help,
        places: &[Place::Console, Place::Question],
        what: "app-key-help",
    },
];

/// The name of an action's key, for its button, in the therapist's language: "Ctrl+Z",
/// "Strg+Z".
pub fn hint(action: KeyAction) -> String {
    TABLE
        .iter()
        .find(|b| b.action == action && !b.name.is_empty())
        .map_or_else(String::new, |b| spoken(b.name))
}

/// A key's English name as the therapist's keyboard labels it: the words of a name ("Ctrl",
/// "Shift", "Space", "Right arrow" …) are translated, its letters and signs are not.
pub fn spoken(name: &str) -> String {
    let words = crate::locale::therapist();
    if name == "F (couple display)" {
        return words.get("app-keyname-f-display");
    }
    name.split('+')
        .map(|part| match part {
            "Ctrl" => words.get("app-keyname-ctrl"),
            "Shift" => words.get("app-keyname-shift"),
            "Space" => words.get("app-keyname-space"),
            "Right arrow" => words.get("app-keyname-right"),
            "Left arrow" => words.get("app-keyname-left"),
            "Enter" => words.get("app-keyname-enter"),
            "Esc" => words.get("app-keyname-esc"),
            other => other.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("+")
}

/// A button label with its key: "Pause  [P]". What is seen only: a screen reader gets the
/// name and the key apart (see [`button`]).
pub fn label(text: &str, action: KeyAction) -> String {
    format!("{text}  [{}]", hint(action))
}

/// A button that shows its key ("Pause  [P]") and tells a screen reader its name ("Pause")
/// and its key shortcut ("P") apart, so the brackets are never read aloud.
pub fn button(ui: &mut egui::Ui, text: &str, action: KeyAction) -> egui::Response {
    keyed(ui, egui::Button::new(label(text, action)), text, action)
}

/// Any widget showing `label(text, action)`, named `text` with the key as its shortcut.
pub fn keyed(
    ui: &mut egui::Ui,
    widget: impl egui::Widget,
    text: &str,
    action: KeyAction,
) -> egui::Response {
    let response = ui.add(widget);
    name(ui.ctx(), &response, text, Some(&hint(action)));
    response
}

/// Gives a widget its accessible name (and key shortcut), over the one egui took from its
/// visible text.
pub fn name(ctx: &egui::Context, response: &egui::Response, text: &str, key: Option<&str>) {
    ctx.accesskit_node_builder(response.id, |node| {
        node.set_label(text);
        if let Some(key) = key {
            node.set_keyboard_shortcut(key);
        }
    });
}

/// Whether a key event with `modifiers` fits a binding's modifiers.
fn fits(mods: Mods, modifiers: Modifiers) -> bool {
    let command = modifiers.command || modifiers.ctrl || modifiers.mac_cmd;
    match mods {
        Mods::Plain => !command && !modifiers.alt,
        Mods::Command => command && !modifiers.alt && !modifiers.shift,
        Mods::CommandShift => command && !modifiers.alt && modifiers.shift,
    }
}

/// The actions of the keys pressed this frame in `place`, in the order they were pressed. The
/// key events the table handles are taken out of the input (see the module's note). While a
/// text field has the keyboard only the Ctrl shortcuts that make sense there act (not Ctrl+Z,
/// which is the field's own undo), and nothing is taken out.
pub fn resolve(ctx: &egui::Context, place: Place) -> Vec<KeyAction> {
    let typing = ctx.egui_wants_keyboard_input();
    ctx.input_mut(|input| {
        let mut out = Vec::new();
        let mut handled = false;
        for event in &input.events {
            match event {
                egui::Event::Key {
                    key,
                    pressed: true,
                    repeat,
                    modifiers,
                    ..
                } => {
                    let Some(binding) = TABLE.iter().find(|b| {
                        b.key == *key && b.places.contains(&place) && fits(b.mods, *modifiers)
                    }) else {
                        continue;
                    };
                    let works_while_typing = matches!(
                        binding.action,
                        KeyAction::PrintNotes | KeyAction::SearchCouples
                    );
                    if typing && !works_while_typing {
                        continue;
                    }
                    handled = true;
                    // A key held down: the first press acts, the repeats do nothing at all.
                    if !repeat {
                        out.push(binding.action);
                    }
                }
                // "?" arrives as text on many keyboard layouts.
                egui::Event::Text(t)
                    if t == "?"
                        && !typing
                        && matches!(place, Place::Console | Place::Question)
                        && !out.contains(&KeyAction::Help) =>
                {
                    out.push(KeyAction::Help);
                }
                _ => {}
            }
        }
        if handled {
            input.events.retain(|event| match event {
                egui::Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } => !TABLE.iter().any(|b| {
                    b.key == *key
                        && b.places.contains(&place)
                        && fits(b.mods, *modifiers)
                        // Esc stays for egui's own dialogs (they close on it too).
                        && *key != Key::Escape
                }),
                _ => true,
            });
        }
        out
    })
}

/// The rows of the help overlay: the key and what it does, in the therapist's language.
pub fn help_rows() -> impl Iterator<Item = (String, String)> {
    let words = crate::locale::therapist();
    TABLE
        .iter()
        .filter(|b| !b.name.is_empty())
        .map(move |b| (spoken(b.name), words.get(b.what)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: Key, modifiers: Modifiers, repeat: bool) -> egui::Event {
        egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat,
            modifiers,
        }
    }

    fn keys_for(events: Vec<egui::Event>, place: Place) -> Vec<KeyAction> {
        let ctx = egui::Context::default();
        let mut out = Vec::new();
        let input = egui::RawInput {
            events,
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| out = resolve(ui.ctx(), place));
        output.textures_delta.clear();
        out
    }

    #[test]
    fn a_held_key_acts_once_and_modified_keys_are_other_keys() {
        let held = vec![
            press(Key::Space, Modifiers::NONE, false),
            press(Key::Space, Modifiers::NONE, true),
            press(Key::Space, Modifiers::NONE, true),
        ];
        assert_eq!(keys_for(held, Place::Console), vec![KeyAction::Next]);
        assert_eq!(
            keys_for(
                vec![press(Key::P, Modifiers::COMMAND, false)],
                Place::Console
            ),
            vec![KeyAction::PrintNotes]
        );
        assert_eq!(
            keys_for(vec![press(Key::T, Modifiers::CTRL, false)], Place::Console),
            Vec::new(),
            "Ctrl+T is not T"
        );
        assert_eq!(
            keys_for(vec![press(Key::T, Modifiers::ALT, false)], Place::Console),
            Vec::new()
        );
        assert_eq!(
            keys_for(vec![press(Key::F, Modifiers::NONE, false)], Place::Display),
            vec![KeyAction::Fullscreen]
        );
        assert_eq!(
            keys_for(vec![press(Key::F, Modifiers::NONE, false)], Place::Console),
            vec![KeyAction::PassFloor],
            "F means full screen only on the display; in the console it passes the floor"
        );
    }

    #[test]
    fn every_action_in_the_table_has_a_name_for_the_help() {
        for b in TABLE {
            if b.name.is_empty() {
                assert!(matches!(b.action, KeyAction::TimeoutChoice(2..=4)));
            } else {
                assert!(!b.what.is_empty(), "{} says what it does", b.name);
                assert!(
                    crate::locale::has_message(b.what),
                    "{}: no message {}",
                    b.name,
                    b.what
                );
            }
        }
    }

    #[test]
    fn the_help_says_what_keys_do_and_names_them_as_the_therapists_keyboard_does() {
        crate::locale::set_therapist(Some(crate::model::Lang::De));
        let rows: Vec<_> = help_rows().collect();
        assert!(
            rows.iter()
                .any(|(k, w)| k == "P" && w == "Timer anhalten oder fortsetzen."),
            "{rows:?}"
        );
        // A German keyboard says Strg and Umschalt; letters stay letters.
        assert!(rows.iter().any(|(k, _)| k == "Leertaste"), "{rows:?}");
        assert!(rows.iter().any(|(k, _)| k == "Strg+Umschalt+Z"), "{rows:?}");
        assert_eq!(hint(KeyAction::Undo), "Strg+Z");
        crate::locale::set_therapist(Some(crate::model::Lang::Fr));
        assert_eq!(hint(KeyAction::Next), "Espace");
        assert_eq!(hint(KeyAction::Cancel), "Échap");
        crate::locale::set_therapist(Some(crate::model::Lang::En));
        let rows: Vec<_> = help_rows().collect();
        assert!(
            rows.iter()
                .any(|(k, w)| k == "P" && w == "Pause or resume the timer."),
            "{rows:?}"
        );
        crate::locale::set_therapist(None);
    }
}
