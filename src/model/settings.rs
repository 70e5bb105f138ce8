use serde::{Deserialize, Serialize};

use super::{Minutes, NoteFormat, PhaseKind, SCHEMA_VERSION, SessionStart, StageSeconds};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// The paper's name in the therapist's language.
    pub fn label(self) -> String {
        match self {
            Paper::A4 => crate::t!("screen-paper-a4"),
            Paper::Letter => crate::t!("screen-paper-letter"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Light or dark as the computer is set (the console only; the couple display is set for
    /// the room).
    #[default]
    System,
}

/// The therapist's preferences, kept in `settings.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub schema: u32,
    /// Printed at the top of the session notes.
    pub practice_name: String,
    pub therapist_name: String,
    /// The therapist's credentials, after the name where notes are signed: "LMFT".
    pub credentials: String,
    /// How the couple reaches the therapist between sessions, printed on the homework sheet:
    /// a phone number or an email address.
    pub contact: String,
    /// The homework sheet's last line: where to get help if someone feels unsafe. The
    /// therapist can put their country's helpline here.
    pub safety_line: String,
    pub paper: Paper,
    pub note_format: NoteFormat,
    /// The protocol offered first when starting a session.
    pub default_template: String,
    pub theme: Theme,
    /// Text size as a multiple of the normal size (0.8 to 2.0).
    pub text_scale: f32,
    /// The therapist's own timer lengths; where unset, each protocol's own apply.
    pub durations: Durations,
    /// The couple display's own theme: the room decides, not the console.
    #[serde(default = "dark")]
    pub display_theme: Theme,
    /// Show the agreed ground rules as a quiet reminder on the couple display.
    #[serde(default = "yes")]
    pub display_rules: bool,
    /// A soft chime when a stage's or step's time is up, besides the ring's glow. Off unless
    /// the therapist turns it on: nothing beeps by default.
    pub chime: bool,
    /// Where the couple display was last (screen position, size, full screen), so it opens
    /// there again. Kept here, in the data folder, rather than in a file of the window
    /// system's choosing.
    pub display_window: Option<DisplayWindow>,
    /// A protected practice locks after this many minutes without a key or a click (never
    /// while a turn, a step or a timeout runs): the screen then shows no names. 0: never.
    pub lock_after_minutes: u32,
    /// The language of the console, the notes and the progress report: `None` follows the
    /// computer's. (Each couple's own language is on their page.)
    pub language: Option<super::Lang>,
}

/// The couple display's place on screen, in logical points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DisplayWindow {
    pub pos: Option<[f32; 2]>,
    pub size: [f32; 2],
    pub fullscreen: bool,
}

impl Default for DisplayWindow {
    fn default() -> Self {
        DisplayWindow {
            pos: None,
            size: [1280.0, 720.0],
            fullscreen: false,
        }
    }
}

impl DisplayWindow {
    /// A place a window can really be opened at: finite, on-screen sizes only (the file may
    /// have been edited by hand).
    pub fn sanitised(self) -> Option<DisplayWindow> {
        let finite = |v: [f32; 2]| v.iter().all(|x| x.is_finite() && x.abs() < 100_000.0);
        if !finite(self.size) || self.pos.is_some_and(|p| !finite(p)) {
            return None;
        }
        Some(DisplayWindow {
            size: [self.size[0].max(480.0), self.size[1].max(320.0)],
            ..self
        })
    }
}

fn dark() -> Theme {
    Theme::Dark
}

fn yes() -> bool {
    true
}

/// Timer lengths that override the protocol templates' when set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Durations {
    pub speak_seconds: Option<StageSeconds>,
    pub paraphrase_seconds: Option<StageSeconds>,
    pub flooding_minutes: Option<Minutes>,
    pub break_minutes: Option<Minutes>,
}

impl Durations {
    /// Puts the therapist's lengths into a session about to start.
    pub fn apply(&self, start: &mut SessionStart) {
        for phase in &mut start.phases {
            if let PhaseKind::SpeakerListener {
                speak_seconds,
                paraphrase_seconds,
                ..
            } = &mut phase.kind
            {
                *speak_seconds = self.speak_seconds.unwrap_or(*speak_seconds);
                *paraphrase_seconds = self.paraphrase_seconds.unwrap_or(*paraphrase_seconds);
            }
        }
        if let Some(m) = self.flooding_minutes {
            start.timeouts.flooding_minutes = m;
        }
        if let Some(m) = self.break_minutes {
            start.timeouts.break_minutes = m;
        }
    }
}

/// Said on every homework sheet unless the therapist writes their own (with a local helpline).
pub const DEFAULT_SAFETY_LINE: &str =
    "If either of you feels unsafe at home, call your local emergency number, then tell us.";

impl Default for Settings {
    fn default() -> Self {
        Settings {
            schema: SCHEMA_VERSION,
            practice_name: String::new(),
            therapist_name: String::new(),
            credentials: String::new(),
            contact: String::new(),
            safety_line: DEFAULT_SAFETY_LINE.to_owned(),
            paper: Paper::A4,
            note_format: NoteFormat::Dap,
            default_template: "speaker-listener".to_owned(),
            theme: Theme::System,
            text_scale: 1.0,
            language: None,
            durations: Durations::default(),
            display_theme: Theme::Dark,
            display_rules: true,
            chime: false,
            display_window: None,
            lock_after_minutes: 10,
        }
    }
}

impl Settings {
    pub const TEXT_SCALE_MIN: f32 = 0.8;
    pub const TEXT_SCALE_MAX: f32 = 2.0;
    /// Longest practice or therapist name: it heads every page of the notes.
    pub const NAME_MAX: usize = 200;
    /// Longest safety line: two lines at the foot of the homework sheet.
    pub const LINE_MAX: usize = 300;
    /// Longest idle time before a protected practice locks.
    pub const LOCK_MINUTES_MAX: u32 = 240;

    /// Values a person could not have meant (from a hand-edited file) brought into range.
    pub fn sanitised(mut self) -> Settings {
        if !self.text_scale.is_finite() {
            self.text_scale = 1.0;
        }
        self.text_scale = self
            .text_scale
            .clamp(Self::TEXT_SCALE_MIN, Self::TEXT_SCALE_MAX);
        self.practice_name = self.practice_name.chars().take(Self::NAME_MAX).collect();
        self.therapist_name = self.therapist_name.chars().take(Self::NAME_MAX).collect();
        self.credentials = self.credentials.chars().take(Self::NAME_MAX).collect();
        self.contact = self.contact.chars().take(Self::NAME_MAX).collect();
        self.safety_line = self.safety_line.chars().take(Self::LINE_MAX).collect();
        self.display_window = self.display_window.and_then(DisplayWindow::sanitised);
        self.schema = SCHEMA_VERSION;
        self
    }
}

impl Settings {
    /// Who signs the notes: "Dr Ana María Ortiz, LMFT", the name alone without credentials,
    /// or empty when no name is set.
    pub fn signer(&self) -> String {
        match (self.therapist_name.trim(), self.credentials.trim()) {
            ("", _) => String::new(),
            (name, "") => name.to_owned(),
            (name, credentials) => format!("{name}, {credentials}"),
        }
    }

    /// Each setting in words, as the settings screen names it, in the therapist's language:
    /// two versions of the file are compared line by line when a sync engine kept both.
    pub fn describe(&self) -> Vec<(String, String)> {
        let or_protocol =
            |v: Option<String>| v.unwrap_or_else(|| crate::t!("screen-setting-the-templates"));
        let seconds = |s: StageSeconds| format!("{} s", s.get());
        let minutes = |m: Minutes| format!("{} min", m.get());
        let d = &self.durations;
        let theme = |t: Theme| match t {
            Theme::Light => crate::t!("screen-setting-light"),
            Theme::Dark => crate::t!("screen-setting-dark"),
            Theme::System => crate::t!("screen-setting-as-the-computer"),
        };
        let on_off = |on: bool| {
            if on {
                crate::t!("screen-setting-on")
            } else {
                crate::t!("screen-setting-off")
            }
        };
        vec![
            (
                crate::t!("screen-setting-practice-name"),
                self.practice_name.clone(),
            ),
            (
                crate::t!("screen-setting-therapist"),
                self.therapist_name.clone(),
            ),
            (
                crate::t!("screen-setting-credentials"),
                self.credentials.clone(),
            ),
            (crate::t!("screen-setting-contact"), self.contact.clone()),
            (crate::t!("screen-setting-unsafe"), self.safety_line.clone()),
            (crate::t!("screen-setting-paper"), self.paper.label()),
            (
                crate::t!("screen-setting-note-format"),
                self.note_format.label(),
            ),
            (
                crate::t!("screen-setting-protocol"),
                self.default_template.clone(),
            ),
            (crate::t!("screen-setting-theme"), theme(self.theme)),
            (
                crate::t!("screen-setting-text-size"),
                crate::t!(
                    "screen-percent",
                    percent = format!("{:.0}", self.text_scale * 100.0)
                ),
            ),
            (
                crate::t!("screen-setting-speaking"),
                or_protocol(d.speak_seconds.map(seconds)),
            ),
            (
                crate::t!("screen-setting-paraphrase"),
                or_protocol(d.paraphrase_seconds.map(seconds)),
            ),
            (
                crate::t!("screen-setting-flooding"),
                or_protocol(d.flooding_minutes.map(minutes)),
            ),
            (
                crate::t!("screen-setting-break"),
                or_protocol(d.break_minutes.map(minutes)),
            ),
            (
                crate::t!("screen-setting-display"),
                theme(self.display_theme),
            ),
            (
                crate::t!("screen-setting-display-rules"),
                if self.display_rules {
                    crate::t!("screen-setting-shown")
                } else {
                    crate::t!("screen-setting-hidden")
                },
            ),
            (crate::t!("screen-setting-chime"), on_off(self.chime)),
        ]
    }
}
