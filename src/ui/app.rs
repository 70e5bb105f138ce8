//! The app shell: which screen is showing, applying what views ask for, timers and repaints.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use egui::RichText;

use super::action::Action;
use super::console::ConsoleView;
use super::couple::CoupleView;
use super::display::{DisplayResponse, DisplayView};
use super::home::HomeView;
use super::keys::{self, KeyAction, Place};
use super::settings::SettingsView;
use super::style;
use super::unlock::PassphraseForm;
use crate::chime::{self, ChimeCue, ChimePlayer, SystemPlayer};
use crate::model::{CoupleId, DisplayWindow, Ms, Theme};
use crate::practice::Practice;

#[derive(Debug, Clone, PartialEq)]
enum Screen {
    Home,
    Couple(CoupleId),
    Console,
    Settings,
}

/// A sentence for the therapist at the bottom of the window: what went wrong, or what was done.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub text: String,
    pub error: bool,
    /// A file the message is about (an export), offered to open.
    pub file: Option<std::path::PathBuf>,
}

/// "Save as": where an export goes, prefilled with the couple's exports folder (named by the
/// couple, not by its id), with the system's own dialog a click away.
struct SaveDialog {
    kind: crate::pdf::DocumentKind,
    session: std::path::PathBuf,
    folder: std::path::PathBuf,
    /// The folder in words: "Sophie & Emma's exports folder".
    folder_name: String,
    file_name: String,
    /// A file is already there: replace it, keep both, or cancel.
    taken: bool,
    /// Characters that will print as a box, and the font that would print them: said before
    /// the therapist saves.
    missing: Option<String>,
    /// The system's dialog is open: its answer arrives here.
    picking: Option<std::sync::mpsc::Receiver<Option<std::path::PathBuf>>>,
}

impl SaveDialog {
    fn path(&self) -> std::path::PathBuf {
        crate::desktop::with_extension(self.folder.join(self.file_name.trim()), "pdf")
    }
}

pub struct GroundworkApp {
    practice: Practice,
    screen: Screen,
    home: HomeView,
    couple: CoupleView,
    console: ConsoleView,
    settings: SettingsView,
    message: Option<Message>,
    styled: Option<(Theme, f32)>,
    /// Frames drawn so far: the repaint budget is measured with it.
    frames: u64,
    /// Set from outside (a SIGTERM) to close the window cleanly.
    quit: Arc<AtomicBool>,
    display: CoupleDisplay,
    /// The optional end-of-stage chime: when it is due, and what plays it.
    chime_cue: ChimeCue,
    chime_player: Box<dyn ChimePlayer>,
    /// The chime's WAV, made the first time it plays.
    chime_wav: Option<Arc<[u8]>>,
    /// When the therapist last pressed a key or moved the pointer (the practice clock's
    /// monotonic time): a protected practice locks after the idle time in Settings.
    idle_since: Duration,
    /// The lock screen, while the screen is locked.
    locked: Option<PassphraseForm>,
    save: Option<SaveDialog>,
    /// The system's file dialogs (tests answer with a chosen path instead).
    picker: Arc<dyn crate::desktop::FilePicker>,
    /// The language of the computer, spoken when the therapist has chosen none.
    computer_lang: crate::model::Lang,
    /// The language the home screen's words (a session open elsewhere, two versions of a file)
    /// were made in: they are made again when the therapist's language changes.
    home_words: crate::model::Lang,
    /// Opens the sample practice in a window of its own (tests count the calls instead).
    launch_demo: Box<dyn Fn() -> std::io::Result<()>>,
    /// A backup place or file being chosen in the system's dialog: what it is for, and where
    /// the answer arrives.
    choosing: Option<(
        Choosing,
        std::sync::mpsc::Receiver<Option<std::path::PathBuf>>,
    )>,
    /// Where the main window is, kept for the next start when it closes.
    main_place: Option<DisplayWindow>,
}

/// "The homework sheet is saved (1 page): …", what could not be printed, and the file to open.
/// `what` is the document: `None` for the progress report.
fn saved(what: Option<crate::pdf::DocumentKind>, done: crate::practice::Exported) -> Message {
    use crate::pdf::DocumentKind;
    let (pages, path) = (done.pages, done.path.display().to_string());
    let mut text = match what {
        Some(DocumentKind::Notes) => crate::t!("app-saved-notes", pages = pages, path = path),
        Some(DocumentKind::NotesWithTimeline) => {
            crate::t!("app-saved-notes-timeline", pages = pages, path = path)
        }
        Some(DocumentKind::Homework) => {
            crate::t!("app-saved-homework", pages = pages, path = path)
        }
        None => crate::t!("app-saved-progress", pages = pages, path = path),
    };
    if let Some(missing) = &done.missing {
        text.push_str(". ");
        text.push_str(missing);
    }
    Message {
        text,
        error: false,
        file: Some(done.path),
    }
}

/// "Save the session notes": the save dialog's title and heading for `kind`.
fn save_title(kind: crate::pdf::DocumentKind) -> String {
    match kind {
        crate::pdf::DocumentKind::Notes => crate::t!("app-save-notes"),
        crate::pdf::DocumentKind::NotesWithTimeline => crate::t!("app-save-notes-timeline"),
        crate::pdf::DocumentKind::Homework => crate::t!("app-save-homework"),
    }
}

/// What the system's file dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Choosing {
    BackupPlace,
    BackupFile,
}

/// The couple display's window: a second native window (an immediate egui viewport) that
/// draws from the same session state as the console. Opening or closing it never touches the
/// session.
#[derive(Default)]
struct CoupleDisplay {
    open: bool,
    /// Frames drawn in the display's window: the repaint budget is measured with it.
    frames: u64,
    /// Where the window is; remembered in the settings when it closes.
    place: DisplayWindow,
    /// The window's settings, fixed when it opens (changing them would move the window).
    builder: Option<egui::ViewportBuilder>,
    /// The console asked for full screen on or off.
    toggle_fullscreen: bool,
    /// Turned to one partner for the CSI-4: only their questions, only their answers.
    asking: Option<crate::model::Side>,
}

impl CoupleDisplay {
    fn id() -> egui::ViewportId {
        egui::ViewportId::from_hash_of("groundwork-couple-display")
    }

    fn open(&mut self) {
        let place = self.place;
        let mut builder = egui::ViewportBuilder::default()
            .with_title(crate::t!("app-display-title"))
            .with_icon(icon())
            .with_inner_size(place.size)
            .with_min_inner_size([480.0, 320.0])
            .with_fullscreen(place.fullscreen)
            // The therapist's keys stay with the console.
            .with_active(false);
        if let Some(pos) = place.pos {
            builder = builder.with_position(pos);
        }
        self.builder = Some(builder);
        self.open = true;
    }

    fn close(&mut self) {
        self.open = false;
        self.builder = None;
    }
}

/// The app's icon, for every window (the window list, the task bar, Alt+Tab).
pub fn icon() -> Arc<egui::IconData> {
    // 128 pixels: a 256-pixel icon is over the X server's request size and is dropped.
    static PNG: &[u8] = include_bytes!("../../assets/icons/groundwork-128.png");
    // The PNG is the project's own, checked by a test: it always decodes.
    Arc::new(eframe::icon_data::from_png_bytes(PNG).unwrap_or_default())
}

/// The main window: where it was last time on this computer, else 1280×800.
pub fn main_viewport(place: Option<DisplayWindow>) -> egui::ViewportBuilder {
    let place = place.unwrap_or(DisplayWindow {
        pos: None,
        size: [1280.0, 800.0],
        fullscreen: false,
    });
    let mut builder = egui::ViewportBuilder::default()
        .with_title("Groundwork")
        .with_icon(icon())
        .with_inner_size(place.size)
        .with_min_inner_size([960.0, 600.0])
        .with_maximized(place.fullscreen);
    if let Some(pos) = place.pos {
        builder = builder.with_position(pos);
    }
    builder.with_app_id("groundwork")
}

/// The last word on the main window before it is made. On Wayland the app id ties the window
/// to groundwork.desktop. On X11 eframe would pass it on as the class with an empty instance
/// (`WM_CLASS "", "groundwork"`); without it, both halves are the program's name,
/// "groundwork", as the launcher's StartupWMClass says.
pub fn finish_main_viewport(mut builder: egui::ViewportBuilder) -> egui::ViewportBuilder {
    if std::env::var_os("WAYLAND_DISPLAY").is_none_or(|d| d.is_empty()) {
        builder.app_id = None;
    }
    builder
}

impl GroundworkApp {
    /// Keeps where the couple display was for the next time it opens. A failure to save is not
    /// worth interrupting a session for: the display then opens at its default place.
    fn remember_display_place(&mut self) {
        let _ = self.practice.remember_display(self.display.place);
    }

    pub fn new(cc: &eframe::CreationContext<'_>, practice: Practice) -> GroundworkApp {
        GroundworkApp::in_context(&cc.egui_ctx, practice)
    }

    /// The app on `practice` in a window that is already open (after the unlock screen).
    pub fn in_context(ctx: &egui::Context, practice: Practice) -> GroundworkApp {
        let practice_root = practice.root().to_path_buf();
        style::install_fonts(ctx);
        // This computer's fonts are scanned now, off the first frame, not when the first
        // Chinese or Hindi name is drawn.
        std::thread::spawn(|| crate::fonts::system().len());
        // A change of the desktop's look is drawn at once, even while nothing else moves.
        let repaint = ctx.clone();
        crate::desktop::on_look_change(move || repaint.request_repaint());
        let mut app = GroundworkApp {
            practice,
            screen: Screen::Home,
            home: HomeView::default(),
            couple: CoupleView::default(),
            console: ConsoleView::default(),
            settings: SettingsView::default(),
            message: None,
            styled: None,
            frames: 0,
            save: None,
            quit: Arc::new(AtomicBool::new(false)),
            display: CoupleDisplay::default(),
            chime_cue: ChimeCue::default(),
            chime_player: Box::new(SystemPlayer::new(practice_root)),
            chime_wav: None,
            idle_since: Duration::ZERO,
            locked: None,
            main_place: None,
            choosing: None,
            picker: Arc::new(crate::desktop::SystemPicker),
            computer_lang: crate::locale::system_lang(),
            home_words: crate::locale::therapist().lang(),
            launch_demo: Box::new(|| {
                let mut child = std::process::Command::new(std::env::current_exe()?)
                    .arg("--demo")
                    .stdin(std::process::Stdio::null())
                    .spawn()?;
                // Reaped when it closes, so no defunct process is left behind.
                std::thread::spawn(move || child.wait());
                Ok(())
            }),
        };
        app.idle_since = app.practice.monotonic();
        if let Some(place) = app.practice.settings().display_window {
            app.display.place = place;
        }
        app.home.refresh(&app.practice);
        app
    }

    /// Takes `lang` for the computer's language (tests, which must not depend on the
    /// machine's).
    pub fn with_computer_language(mut self, lang: crate::model::Lang) -> GroundworkApp {
        self.computer_lang = lang;
        self
    }

    /// Answers "Another place…" with `picker` instead of the system's dialog (tests).
    pub fn with_picker(
        mut self,
        picker: impl crate::desktop::FilePicker + 'static,
    ) -> GroundworkApp {
        self.picker = Arc::new(picker);
        self
    }

    /// Opens the sample practice with `launch` instead of a new Groundwork window (tests).
    pub fn with_demo_launcher(
        mut self,
        launch: impl Fn() -> std::io::Result<()> + 'static,
    ) -> GroundworkApp {
        self.launch_demo = Box::new(launch);
        self
    }

    /// Plays the end-of-stage chime with `player` instead of the system's (tests count plays).
    pub fn with_chime_player(mut self, player: impl ChimePlayer + 'static) -> GroundworkApp {
        self.chime_player = Box::new(player);
        self
    }

    /// The chime, if the therapist turned it on and a stage's time has just run out: once per
    /// stage end, exactly when the ring's glow starts. The cue is followed even with the chime
    /// off, so turning it on never plays a stage end that already passed.
    fn chime(&mut self) {
        let live = self.practice.live();
        let due = self
            .chime_cue
            .update(live.map(|l| l.state()), live.map_or(0, |l| l.now().at));
        if due && self.practice.settings().chime {
            let wav = self
                .chime_wav
                .get_or_insert_with(|| chime::wav().into())
                .clone();
            self.chime_player.play(wav);
        }
    }

    /// A flag that, once set (and the context asked to repaint), closes the window as if the
    /// therapist had: text being typed is recorded first.
    pub fn quit_flag(&self) -> Arc<AtomicBool> {
        self.quit.clone()
    }

    /// Records whatever is being typed in the session (notes, comments, step notes) now,
    /// without waiting for the field to lose focus.
    pub fn record_typing(&mut self) {
        if self.screen == Screen::Console {
            for command in self.console.flush(&self.practice) {
                self.apply(Action::Session(command));
            }
        }
    }

    pub fn practice(&self) -> &Practice {
        &self.practice
    }

    pub fn frames(&self) -> u64 {
        self.frames
    }

    /// Frames drawn in the couple display's window.
    pub fn display_frames(&self) -> u64 {
        self.display.frames
    }

    pub fn display_open(&self) -> bool {
        self.display.open
    }

    /// Where the couple display opens (or is).
    pub fn display_place(&self) -> DisplayWindow {
        self.display.place
    }

    /// Opens the couple display (as its button and key do).
    pub fn open_display(&mut self) {
        if !self.display.open {
            self.display.open();
        }
    }

    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    pub(super) fn say(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message {
            text: text.into(),
            error,
            file: None,
        });
    }

    /// The one place where what a view asked for happens.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::GoHome => {
                // The list is the practice's, kept up to date as the app changes it; coming
                // back to it reads only the couples whose files changed behind the app's back
                // (a session from another computer, come by sync).
                self.practice.relist();
                self.home.refresh(&self.practice);
                self.screen = Screen::Home;
            }
            Action::OpenCouple(id) => self.open_couple(id),
            Action::SetCoupleLanguage { couple, lang } => {
                match self.practice.set_couple_language(&couple, lang) {
                    Ok(()) => self.say(
                        crate::t!("app-couple-language-set", language = lang.name()),
                        false,
                    ),
                    Err(why) => self.say(why, true),
                }
            }
            Action::CreateCouple { a, b } => match self.practice.create_couple(&a, &b) {
                Ok(id) => {
                    self.home.clear_form();
                    let name = self
                        .practice
                        .listed(&id)
                        .map(|c| c.display_name())
                        .unwrap_or_default();
                    self.say(crate::t!("app-couple-added", name = name), false);
                    self.open_couple(id);
                }
                Err(why) => self.home.form_error = Some(why),
            },
            // The sample practice opens beside the therapist's own, in a window (and a process)
            // of its own: nothing here is closed or replaced.
            Action::OpenDemo => match (self.launch_demo)() {
                Ok(()) => self.say(crate::t!("app-demo-opening"), false),
                Err(e) => self.say(crate::t!("app-demo-failed", error = e.to_string()), true),
            },
            Action::StartSession {
                couple,
                template,
                alone,
            } => {
                let format = self.practice.settings().note_format;
                match self
                    .practice
                    .start_session_with(&couple, &template, format, alone)
                {
                    Ok(()) => self.enter_console(),
                    Err(why) => self.say(why, true),
                }
            }
            Action::OpenSession(path) => match self.practice.open_session(&path) {
                Ok(torn) => {
                    self.enter_console();
                    if let Some(saved) = torn {
                        self.say(
                            crate::t!("app-session-torn", file = saved.display().to_string()),
                            false,
                        );
                    }
                }
                Err(why) => self.say(why, true),
            },
            Action::TakeOverSession(path) => match self.practice.take_over_session(&path) {
                Ok(_) => self.enter_console(),
                Err(why) => self.say(why, true),
            },
            Action::KeepVersion { copy, keep_copy } => {
                match self.practice.keep_version(&copy, keep_copy) {
                    Ok(()) => self.say(crate::t!("app-version-kept"), false),
                    Err(why) => self.say(why, true),
                }
                self.home.refresh(&self.practice);
            }
            Action::Session(command) => {
                if let Err(why) = self.practice.execute(&command) {
                    self.console.not_recorded(&command);
                    self.say(why, true);
                } else {
                    self.message = None;
                }
            }
            Action::LeaveSession => {
                let id = self.practice.live().map(|l| l.state().info.couple.clone());
                for command in self.console.flush(&self.practice) {
                    self.apply(Action::Session(command));
                }
                self.practice.close_session();
                match id {
                    Some(id) => self.open_couple(id),
                    None => self.apply(Action::GoHome),
                }
            }
            Action::OpenSettings => {
                self.settings.load(&self.practice);
                self.settings.privacy.remembered = self.practice.remembered_here();
                self.settings.privacy.dialogs = self.picker.available();
                self.screen = Screen::Settings;
            }
            Action::Lock => self.lock(),
            Action::OpenPrivacy => {
                self.apply(Action::OpenSettings);
                self.settings.privacy.reveal();
            }
            Action::Protect { new, again } => match self.practice.protect(&new, &again) {
                Ok(said) => {
                    self.settings.privacy.clear();
                    self.settings.privacy.remembered = self.practice.remembered_here();
                    self.say(said, false);
                }
                Err(why) => self.say(why, true),
            },
            Action::RememberHere | Action::ForgetHere => {
                let done = if matches!(action, Action::RememberHere) {
                    self.practice.remember_here()
                } else {
                    self.practice.forget_here()
                };
                self.settings.privacy.remembered = self.practice.remembered_here();
                match done {
                    Ok(said) => self.say(said, false),
                    Err(why) => self.say(why, true),
                }
            }
            Action::ChangePassphrase { old, new, again } => {
                match self.practice.change_passphrase(&old, &new, &again) {
                    Ok(()) => {
                        self.settings.privacy.clear();
                        self.say(crate::t!("app-passphrase-changed"), false);
                    }
                    Err(why) => self.say(why, true),
                }
            }
            Action::Restore { from, passphrase } => {
                match self.practice.restore_here(&from, &passphrase) {
                    Ok(said) => {
                        self.settings.privacy.clear();
                        self.settings.load(&self.practice);
                        self.home.refresh(&self.practice);
                        self.say(said, false);
                    }
                    Err(why) => self.say(why, true),
                }
            }
            Action::BackUp {
                to,
                passphrase,
                again,
            } => match self.practice.back_up(&to, &passphrase, &again) {
                Ok(said) => {
                    self.settings.privacy.clear();
                    self.say(said, false);
                }
                Err(why) => self.say(why, true),
            },
            Action::ToggleDisplay => {
                if self.display.open {
                    self.display.close();
                    self.remember_display_place();
                } else {
                    self.display.open();
                }
            }
            Action::DisplayFullscreen => self.display.toggle_fullscreen = true,
            Action::Export { kind, session } => {
                match self.practice.default_export_path(kind, &session) {
                    Ok(path) => {
                        let missing = self.practice.unprintable(kind, &session);
                        let folder = path.parent().map(Path::to_owned).unwrap_or_default();
                        let folder_name = self.practice.folder_name(&folder, &session);
                        self.save = Some(SaveDialog {
                            kind,
                            session,
                            file_name: path
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default(),
                            folder,
                            folder_name,
                            taken: false,
                            missing,
                            picking: None,
                        })
                    }
                    Err(why) => self.say(why, true),
                }
            }
            Action::SaveExport {
                kind,
                session,
                path,
                replace,
            } => match self.practice.export_to(kind, &session, &path, replace) {
                Ok(done) => self.message = Some(saved(Some(kind), done)),
                Err(why) => self.say(why, true),
            },
            Action::ChooseBackupPlace { start } => {
                let folder = start.parent().map(Path::to_owned).unwrap_or_default();
                let name = start
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let picker = self.picker.clone();
                self.choose(Choosing::BackupPlace, move || {
                    picker.save(
                        &crate::t!("app-backup-dialog-title"),
                        &folder,
                        &name,
                        crate::desktop::FileKind::Backup,
                    )
                });
            }
            Action::ChooseBackupFile => {
                let folder = self
                    .practice
                    .default_backup_path()
                    .parent()
                    .map(Path::to_owned)
                    .unwrap_or_default();
                let picker = self.picker.clone();
                self.choose(Choosing::BackupFile, move || {
                    picker.open(
                        &crate::t!("app-restore-dialog-title"),
                        &folder,
                        crate::desktop::FileKind::Backup,
                    )
                });
            }
            Action::AskOnDisplay(side) => {
                self.display.asking = side;
                if side.is_some() && !self.display.open {
                    self.display.open();
                }
            }
            Action::ExportProgress(couple) => {
                let paper = self.practice.settings().paper;
                let done = self
                    .practice
                    .default_progress_path(&couple)
                    .and_then(|path| self.practice.export_progress(&couple, &path, false, paper));
                match done {
                    Ok(done) => self.message = Some(saved(None, done)),
                    Err(why) => self.say(why, true),
                }
            }
            Action::OpenFile(path) => {
                if let Err(e) = open::that_detached(&path) {
                    let (file, error) = (path.display().to_string(), e.to_string());
                    self.say(
                        crate::t!("app-open-failed", file = file, error = error),
                        true,
                    );
                }
            }
            Action::SaveSettings(mut settings) => {
                // The display may have moved while the settings screen was open.
                settings.display_window = self.practice.settings().display_window;
                match self.practice.save_settings(settings) {
                    Ok(()) => {
                        self.say(crate::t!("app-settings-saved"), false);
                        self.apply(Action::GoHome);
                    }
                    Err(why) => self.say(why, true),
                }
            }
            Action::SaveClinical { couple, clinical } => {
                match self.practice.save_clinical(&couple, clinical) {
                    Ok(()) => self.say(crate::t!("app-clinical-saved"), false),
                    Err(why) => self.say(why, true),
                }
            }
            Action::SaveScreening { couple, screening } => {
                let side = screening.side;
                match self.practice.save_screening(&couple, screening) {
                    Ok(()) => {
                        self.couple.screening_saved(side);
                        self.console.screening_saved();
                        let name = self
                            .practice
                            .couple(&couple)
                            .map(|c| c.couple.name(side).to_owned())
                            .unwrap_or_default();
                        self.say(crate::t!("app-screening-saved", name = name), false);
                    }
                    Err(why) => self.say(why, true),
                }
            }
            Action::SaveConfidentiality {
                couple,
                confidentiality,
            } => match self.practice.save_confidentiality(&couple, confidentiality) {
                Ok(()) => self.say(crate::t!("app-confidentiality-saved"), false),
                Err(why) => self.say(why, true),
            },
        }
    }

    /// Opens a system dialog on its own thread (it waits for the therapist; the windows keep
    /// drawing meanwhile); [`Self::chosen`] takes its answer.
    fn choose(
        &mut self,
        what: Choosing,
        dialog: impl FnOnce() -> Option<std::path::PathBuf> + Send + 'static,
    ) {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(dialog());
        });
        self.choosing = Some((what, rx));
    }

    /// The answer of a system dialog, once it has come, put where it was asked for.
    fn chosen(&mut self, ctx: &egui::Context) {
        let Some((what, rx)) = &self.choosing else {
            return;
        };
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(100));
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
        };
        let what = *what;
        self.choosing = None;
        if let Some(path) = answer {
            match what {
                Choosing::BackupPlace => self.settings.privacy.backup_to(&path),
                Choosing::BackupFile => self.settings.privacy.restore_from(&path),
            }
        }
    }

    fn open_couple(&mut self, id: CoupleId) {
        // The page reads the couple's sessions from disk; its record and the list of its
        // sessions are read again with them (a sync engine may have brought some).
        self.practice.refresh_couple(&id);
        self.couple.open(&self.practice, &id);
        self.screen = Screen::Couple(id);
    }

    fn enter_console(&mut self) {
        self.console = ConsoleView::default();
        self.message = None;
        self.screen = Screen::Console;
    }

    /// When the next visible second changes. One boundary per second, whichever figure is the
    /// one people watch: a timeout's countdown, else the running stage or step timer, else the
    /// session clock. The other figures (the session clock, talk time) then change in step with
    /// it, at most a second late, so that each window draws once a second rather than twice.
    fn next_repaint(&self) -> Option<Duration> {
        let live = self.practice.live()?;
        let state = live.state();
        if state.is_ended() {
            return None;
        }
        let now = live.now().at;
        let next: Ms = if let Some(t) = &state.timeout {
            ms_to_next_second(t.remaining(now))
        } else if let Some(view) = state.timer(now).filter(|t| t.running) {
            ms_to_next_second(view.remaining.unwrap_or(-(view.elapsed as i64)))
        } else {
            1_000 - now % 1_000
        };
        Some(Duration::from_millis(next.max(1)))
    }
}

/// Milliseconds until a countdown shown in whole seconds (rounded up while positive, counting up
/// past zero) shows a different number: in both directions, the next multiple of a second.
fn ms_to_next_second(remaining: i64) -> Ms {
    match remaining.rem_euclid(1_000) as Ms {
        0 => 1_000,
        r => r,
    }
}

impl GroundworkApp {
    /// Every view's words follow the therapist's language (previewed on the settings screen
    /// before it is saved).
    fn speak_the_therapists_language(&mut self) {
        let language = if self.screen == Screen::Settings {
            self.settings.preview_language()
        } else {
            self.practice.settings().language
        };
        let language = language.unwrap_or(self.computer_lang);
        crate::locale::set_therapist(Some(language));
        if self.home_words != language {
            self.home_words = language;
            self.home.refresh(&self.practice);
        }
    }

    /// The "Save as" dialog; asks before replacing a file that is already there.
    fn save_dialog(&mut self, ctx: &egui::Context) -> Option<Action> {
        let picker = self.picker.clone();
        let dialog = self.save.as_mut()?;
        let mut action = None;
        let mut close = false;
        // The system's dialog answered: its folder and name, then saved as if typed.
        let mut answered = None;
        if let Some(rx) = &dialog.picking {
            match rx.try_recv() {
                Ok(answer) => answered = Some(answer),
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    ctx.request_repaint_after(Duration::from_millis(100));
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => answered = Some(None),
            }
        }
        let mut save_now = false;
        if let Some(answer) = answered {
            dialog.picking = None;
            if let Some(path) = answer
                && let (Some(folder), Some(name)) = (path.parent(), path.file_name())
            {
                dialog.folder_name = folder.display().to_string();
                dialog.folder = folder.to_owned();
                dialog.file_name = name.to_string_lossy().into_owned();
                dialog.taken = false;
                save_now = true;
            }
        }
        let name = save_title(dialog.kind);
        let response = style::dialog(egui::Id::unique("save-export"), &name).show(ctx, |ui| {
            ui.set_width(620.0);
            ui.heading(&name);
            ui.add_space(6.0);
            egui::Grid::new("save-as")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    ui.label(crate::t!("app-save-folder"));
                    ui.label(RichText::new(&dialog.folder_name).strong())
                        .on_hover_text(dialog.folder.display().to_string());
                    ui.end_row();
                    let label = ui.label(crate::t!("app-save-file-name"));
                    let edit = ui
                        .add(egui::TextEdit::singleline(&mut dialog.file_name).desired_width(480.0))
                        .labelled_by(label.id);
                    if edit.changed() {
                        dialog.taken = false;
                    }
                    ui.end_row();
                });
            let dialogs = picker.available();
            if dialogs {
                ui.weak(crate::t!("app-save-hint"));
            } else {
                ui.weak(crate::t!("app-save-hint-no-dialog"));
            }
            if let Some(missing) = &dialog.missing {
                ui.add_space(6.0);
                ui.colored_label(style::WARN, missing);
            }
            ui.add_space(8.0);
            let path = dialog.path();
            let save = |replace| Action::SaveExport {
                kind: dialog.kind,
                session: dialog.session.clone(),
                path: if replace == Some(false) {
                    Practice::free_path(&path)
                } else {
                    path.clone()
                },
                replace: replace == Some(true),
            };
            // A name is needed: an empty one would save as "<folder>.pdf" beside the folder.
            let named = !matches!(dialog.file_name.trim(), "" | "." | "..");
            if dialog.picking.is_some() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(crate::t!("app-save-choosing"));
                });
            } else if dialog.taken {
                ui.colored_label(style::WARN, crate::t!("app-save-taken"));
                ui.horizontal(|ui| {
                    if ui.button(crate::t!("app-save-replace")).clicked() {
                        action = Some(save(Some(true)));
                    }
                    if ui.button(crate::t!("app-save-keep-both")).clicked() {
                        action = Some(save(Some(false)));
                    }
                    close |= ui.button(crate::t!("app-cancel")).clicked();
                });
            } else {
                ui.horizontal(|ui| {
                    let save_button = ui
                        .add_enabled(named, egui::Button::new(crate::t!("app-save")))
                        .on_disabled_hover_text(crate::t!("app-save-name-first"));
                    if save_now {
                        // The system's dialog already asked before replacing a file.
                        action = Some(save(Some(true)));
                    } else if save_button.clicked() {
                        if Practice::is_taken(&path) {
                            dialog.taken = true;
                        } else {
                            action = Some(save(None));
                        }
                    }
                    let another = ui
                        .add_enabled(dialogs, egui::Button::new(crate::t!("app-save-elsewhere")))
                        .on_disabled_hover_text(crate::t!("app-save-no-dialog"));
                    if another.clicked() {
                        let (tx, rx) = std::sync::mpsc::channel();
                        let (title, folder, name) = (
                            save_title(dialog.kind),
                            dialog.folder.clone(),
                            dialog.file_name.clone(),
                        );
                        let ctx = ui.ctx().clone();
                        // The dialog waits for the therapist: off this thread, so the console
                        // and the couple display keep drawing meanwhile.
                        std::thread::spawn(move || {
                            let kind = crate::desktop::FileKind::Pdf;
                            let _ = tx.send(picker.save(&title, &folder, &name, kind));
                            ctx.request_repaint();
                        });
                        dialog.picking = Some(rx);
                    }
                    close |= ui.button(crate::t!("app-cancel")).clicked();
                });
            }
        });
        if close || (response.should_close() && dialog.picking.is_none()) || action.is_some() {
            self.save = None;
        }
        action
    }
}

impl eframe::App for GroundworkApp {
    /// The background, cleared in one step (see [`style::background`]).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        crate::ui::style::background(visuals)
    }

    /// "As the computer": winit does not tell on Linux, so the desktop is asked directly.
    fn raw_input_hook(&mut self, _ctx: &egui::Context, input: &mut egui::RawInput) {
        if let Some(dark) = crate::desktop::system_dark() {
            input.system_theme = Some(if dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.record_typing();
        // The sample practice opens over the therapist's window: it keeps no place of its own.
        if let Some(place) = self.main_place.filter(|_| !self.practice.is_demo()) {
            // Not worth a word if it fails: the window then opens at its default size.
            let _ = crate::store::window::save_main_window(place);
        }
        if self.display.open {
            self.remember_display_place();
        }
    }

    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.speak_the_therapists_language();
        let settings = self.practice.settings();
        // On the settings screen a new theme or text size shows before it is saved.
        let wanted = if self.screen == Screen::Settings {
            self.settings.preview()
        } else {
            (settings.theme, settings.text_scale)
        };
        if self.styled != Some(wanted) {
            style::apply(ctx, wanted.0, wanted.1);
            self.styled = Some(wanted);
        }
        // Text size from the keyboard for now; Ctrl+0 goes back to the size in Settings.
        let (reset, bigger, smaller) = ctx.input_mut(|i| {
            let c = egui::Modifiers::COMMAND;
            (
                i.consume_key(c, egui::Key::Num0),
                i.consume_key(c, egui::Key::Plus) || i.consume_key(c, egui::Key::Equals),
                i.consume_key(c, egui::Key::Minus),
            )
        });
        let zoom = ctx.zoom_factor();
        let (min, max) = (
            crate::model::Settings::TEXT_SCALE_MIN,
            crate::model::Settings::TEXT_SCALE_MAX,
        );
        if reset {
            ctx.set_zoom_factor(wanted.1);
        } else if bigger {
            ctx.set_zoom_factor((zoom + 0.1).min(max));
        } else if smaller {
            ctx.set_zoom_factor((zoom - 0.1).max(min));
        }
        // In unzoomed points, as the window is opened next time (before any text size);
        // Wayland tells no position, so only the size is kept there.
        let zoom = ctx.zoom_factor();
        let content = ctx.content_rect();
        self.main_place = ctx.input(|i| {
            let v = i.viewport();
            let maximized = v.maximized.unwrap_or(false);
            let size = v.inner_rect.unwrap_or(content).size() * zoom;
            if maximized {
                // A maximised window keeps its last normal size for when it is restored.
                return Some(DisplayWindow {
                    fullscreen: true,
                    ..self.main_place.unwrap_or_default()
                });
            }
            Some(DisplayWindow {
                pos: v
                    .outer_rect
                    .map(|outer| [outer.min.x * zoom, outer.min.y * zoom]),
                size: [size.x, size.y],
                fullscreen: false,
            })
        });
        // Closing the window (or being told to) never loses the last words typed.
        let quit = self.quit.load(Ordering::SeqCst);
        if quit || ctx.input(|i| i.viewport().close_requested()) {
            self.record_typing();
        }
        if quit {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.watch_idle(ctx);
        // A timeout that ran out is recorded at its deadline, whatever the frame rate.
        match self.practice.tick() {
            Ok(true) => self.say(crate::t!("app-timeout-over"), false),
            Ok(false) => {}
            Err(why) => self.say(why, true),
        }
        self.chime();
        if let Some(after) = self.next_repaint() {
            ctx.request_repaint_after(after);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        self.speak_the_therapists_language();
        // The window's name for a screen reader: no client's name, as in the title bar.
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| {
                node.set_label(if self.locked.is_some() {
                    crate::t!("app-title-locked")
                } else if self.practice.is_demo() {
                    crate::t!("app-title-sample")
                } else {
                    "Groundwork".to_owned()
                });
            });
        if self.locked.is_some() {
            return self.locked_ui(ui);
        }
        let message = self.message.clone();
        let mut open_file = None;
        if let Some(m) = &message {
            let dismissed = egui::Panel::bottom("message")
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let colour = if m.error {
                            style::OVERTIME
                        } else {
                            style::ACCENT
                        };
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            let dismissed = ui.button(crate::t!("app-dismiss")).clicked();
                            if let Some(file) = &m.file
                                && ui.button(crate::t!("app-open-to-print")).clicked()
                            {
                                open_file = Some(file.clone());
                            }
                            // The sentence wraps in the room the buttons leave: a long path
                            // or name never pushes them out of the window.
                            ui.with_layout(
                                egui::Layout::left_to_right(egui::Align::Center),
                                |ui| {
                                    let line = ui.add(
                                        egui::Label::new(
                                            egui::RichText::new(&m.text).color(colour),
                                        )
                                        .wrap(),
                                    );
                                    // Said once when it appears; a failure interrupts.
                                    super::a11y::live(ui.ctx(), &line, m.error);
                                },
                            );
                            dismissed
                        })
                        .inner
                    })
                    .inner
                })
                .inner;
            if dismissed {
                self.message = None;
            }
        }
        if let Some(file) = open_file {
            self.apply(Action::OpenFile(file));
        }
        self.chosen(ui.ctx());
        // One system dialog at a time.
        self.settings.privacy.choosing = self.choosing.is_some();
        if let Some(action) = self.save_dialog(ui.ctx()) {
            self.apply(action);
        }
        self.console.set_blocked(self.save.is_some());
        let actions = match &self.screen {
            Screen::Home => self.home.ui(ui, &self.practice),
            Screen::Couple(_) => self.couple.ui(ui, &self.practice),
            Screen::Console => self.console.ui(ui, &self.practice),
            Screen::Settings => self.settings.ui(ui, &self.practice),
        };
        for action in actions {
            self.apply(action);
        }
        self.console.set_display_open(self.display.open);
        self.console.set_display_asking(self.display.asking);
        if self.display.open {
            self.show_display(ui.ctx());
        }
    }
}

impl GroundworkApp {
    /// Locks the screen of a protected practice: what is being typed is recorded, then nothing
    /// with a name is shown (the couple display turns neutral) until the passphrase is typed.
    /// Timers and the session carry on underneath.
    fn lock(&mut self) {
        if !self.practice.is_protected() || self.locked.is_some() {
            return;
        }
        self.record_typing();
        self.locked = Some(PassphraseForm::default());
    }

    /// Locks a protected practice after the idle time in Settings, unless a turn, a step or
    /// a timeout is running; Ctrl+L locks at once.
    fn watch_idle(&mut self, ctx: &egui::Context) {
        if !self.practice.is_protected() {
            return;
        }
        let now = self.practice.monotonic();
        if self.locked.is_some() {
            self.idle_since = now;
            return;
        }
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::L)) {
            self.lock();
            return;
        }
        if ctx.input(|i| !i.events.is_empty()) {
            self.idle_since = now;
        }
        let minutes = self.practice.settings().lock_after_minutes;
        if minutes == 0 {
            return;
        }
        let running = self.practice.live().is_some_and(|live| {
            let state = live.state();
            let at = live.now().at;
            !state.is_ended()
                && (state.timeout.is_some() || state.timer(at).is_some_and(|t| t.running))
        });
        if running {
            self.idle_since = now;
            return;
        }
        let after = Duration::from_secs(u64::from(minutes) * 60);
        let idle = now.saturating_sub(self.idle_since);
        if idle >= after {
            self.lock();
        } else {
            ctx.request_repaint_after(after - idle);
        }
    }

    /// The lock screen: the passphrase form, and the couple display (if open) neutral.
    fn locked_ui(&mut self, ui: &mut egui::Ui) {
        let Some(form) = self.locked.as_mut() else {
            return;
        };
        let submitted = form.ui(ui, &crate::t!("app-locked-line"), self.practice.root());
        if submitted {
            let passphrase = std::mem::take(&mut form.passphrase);
            match self.practice.check_passphrase(&passphrase) {
                Ok(()) => {
                    self.locked = None;
                    self.idle_since = self.practice.monotonic();
                }
                Err(why) => form.said = Some(why),
            }
        }
        if self.display.open {
            self.show_display(ui.ctx());
        }
    }

    /// The couple display's window, drawn with the console's frame from the same state.
    fn show_display(&mut self, ctx: &egui::Context) {
        let settings = self.practice.settings();
        // Locked: the couple display shows no names, only its quiet idle screen.
        let live = self.practice.live().filter(|_| self.locked.is_none());
        // The display speaks the couple's language, whatever the console's; before a session,
        // the therapist's (nobody's names are on it then).
        let lang = live.map_or_else(
            || crate::locale::therapist().lang(),
            |l| self.practice.couple_lang(&l.state().info.couple),
        );
        let title = crate::locale::Tr::new(lang).get("app-display-title");
        let view = DisplayView {
            theme: settings.display_theme,
            rules: settings.display_rules,
            lang,
        };
        let state = live.map(|l| l.state());
        let now = live.map_or(0, |l| l.now().at);
        // The questions are asked at check-in only: elsewhere the display is the session's.
        let in_check_in = state.is_some_and(|s| {
            !s.is_ended()
                && matches!(
                    s.info.phases.get(s.phase).map(|p| &p.kind),
                    Some(crate::model::PhaseKind::CheckIn)
                )
        });
        if !in_check_in {
            self.display.asking = None;
        }
        let asking = self.display.asking.zip(state);
        let mut answered = None;
        let display = &mut self.display;
        // Its title bar is the couple's to read too: egui renames the open window when it changes.
        let builder = display
            .builder
            .get_or_insert_with(egui::ViewportBuilder::default)
            .clone()
            .with_title(title.clone());
        let mut embedded = false;
        let (closed, forwarded, repaint) =
            ctx.show_viewport_immediate(CoupleDisplay::id(), builder, |ui, class| {
                display.frames += 1;
                let ctx = ui.ctx().clone();
                if class == egui::ViewportClass::EmbeddedWindow {
                    embedded = true;
                    // No second window here (tests, or a backend without one): a window
                    // inside the console, sharing its input.
                    ui.set_min_size(egui::vec2(640.0, 360.0));
                    if let Some((side, state)) = asking {
                        answered = view
                            .questionnaire(ui, state, side)
                            .map(|(i, a)| (side, i, a));
                        return (false, Vec::new(), None);
                    }
                    let response = view.ui(ui, state, now);
                    return (false, Vec::new(), response.repaint_after);
                }
                let (closed, fullscreen, info) = ctx.input(|i| {
                    let v = i.viewport();
                    (
                        v.close_requested(),
                        v.fullscreen.unwrap_or(false),
                        (v.outer_rect, v.inner_rect),
                    )
                });
                // The one key table: F and Esc are the display's own; the console's keys
                // pressed here act in the console.
                let pressed = keys::resolve(&ctx, Place::Display);
                let f_key = pressed.contains(&KeyAction::Fullscreen);
                let escape = pressed.contains(&KeyAction::Cancel);
                let forwarded: Vec<KeyAction> = pressed
                    .into_iter()
                    .filter(|k| !matches!(k, KeyAction::Fullscreen | KeyAction::Cancel))
                    .filter(|k| *k != KeyAction::Display || !closed)
                    .collect();
                ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
                    node.set_label(title.as_str());
                });
                let response = egui::CentralPanel::default()
                    .frame(egui::Frame::NONE)
                    .show(ui, |ui| match asking {
                        Some((side, state)) => {
                            answered = view
                                .questionnaire(ui, state, side)
                                .map(|(i, a)| (side, i, a));
                            DisplayResponse::default()
                        }
                        None => view.ui(ui, state, now),
                    })
                    .inner;
                let toggle = std::mem::take(&mut display.toggle_fullscreen)
                    || f_key
                    || response.double_clicked;
                if toggle {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!fullscreen));
                    display.place.fullscreen = !fullscreen;
                } else if escape && fullscreen {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                    display.place.fullscreen = false;
                } else if !fullscreen {
                    // Remember where the window is, for the next time it opens.
                    if let (Some(outer), Some(inner)) = info {
                        display.place.pos = Some([outer.min.x, outer.min.y]);
                        display.place.size = [inner.width(), inner.height()];
                    }
                }
                (closed, forwarded, response.repaint_after)
            });
        // eframe gives a second window no accessibility of its own, so the console's tree
        // carries what the couple sees: a screen reader finds it beside the session.
        if !embedded {
            let spoken = match asking {
                Some((side, state)) => {
                    crate::t!("app-display-answering", name = state.name(side))
                }
                // For the therapist's screen reader: in the console's language.
                None => super::display::Content::new(state, now).spoken(),
            };
            ctx.accesskit_node_builder(egui::Id::unique("couple-display-mirror"), |node| {
                node.set_role(egui::accesskit::Role::Region);
                node.set_label(crate::t!("app-display-mirror"));
                node.set_value(spoken.as_str());
            });
        }
        if closed {
            self.display.close();
            self.display.asking = None;
            self.remember_display_place();
        }
        if let Some((side, item, answer)) = answered {
            self.apply(Action::Session(crate::session::Command::AnswerCsi {
                side,
                item,
                answer,
            }));
        }
        if !forwarded.is_empty() {
            if self.screen == Screen::Console {
                self.console.forward_keys(forwarded);
            }
            ctx.request_repaint();
        }
        if let Some(after) = repaint {
            ctx.request_repaint_after(after);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use chrono::{FixedOffset, TimeZone};

    use super::{Action, GroundworkApp, ms_to_next_second};
    use crate::model::{Caller, MINUTE, Side, TimeoutReason};
    use crate::practice::Practice;
    use crate::session::{Command, FakeClock};

    #[test]
    fn one_repaint_a_second_on_the_figure_people_watch_and_none_without_a_session() {
        let dir = tempfile::tempdir().unwrap();
        let clock = FakeClock::new(
            FixedOffset::east_opt(0)
                .unwrap()
                .with_ymd_and_hms(2026, 11, 23, 14, 0, 0)
                .unwrap(),
        );
        let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
        let couple = practice.create_couple("Emma", "Sophie").unwrap();
        let ctx = egui::Context::default();
        let mut app = GroundworkApp::new(&eframe::CreationContext::_new_kittest(ctx), practice);
        assert_eq!(app.next_repaint(), None, "no session: no repaints");
        app.apply(Action::StartSession {
            couple,
            template: "speaker-listener".into(),
            alone: None,
        });
        assert_eq!(app.next_repaint(), Some(Duration::from_secs(1)));
        app.apply(Action::Session(Command::GoToPhase(3)));
        clock.advance(300);
        app.apply(Action::Session(Command::StartTurn { speaker: Side::A }));
        clock.advance(1_000);
        // The session clock would change in 700 ms, the countdown in 1,000: only the
        // countdown's boundary counts, so the windows draw once a second, not twice.
        assert_eq!(app.next_repaint(), Some(Duration::from_secs(1)));
        clock.advance(250);
        assert_eq!(app.next_repaint(), Some(Duration::from_millis(750)));
        app.apply(Action::Session(Command::CallTimeout {
            by: Caller::Therapist,
            reason: TimeoutReason::Break,
            length_ms: Some(5 * MINUTE as i64),
        }));
        clock.advance(400);
        assert_eq!(app.next_repaint(), Some(Duration::from_millis(600)));
        app.apply(Action::Session(Command::End));
        assert_eq!(app.next_repaint(), None, "ended: no repaints");
    }

    #[test]
    fn a_saved_pdf_is_told_with_its_pages_in_the_therapists_language() {
        use crate::model::Lang;
        use crate::pdf::DocumentKind;
        let done = |pages| crate::practice::Exported {
            path: "/exports/sheet.pdf".into(),
            pages,
            replaced: 0,
            missing: None,
        };
        crate::locale::set_therapist(Some(Lang::En));
        assert_eq!(
            super::saved(Some(DocumentKind::Homework), done(1)).text,
            "The homework sheet is saved (1 page): /exports/sheet.pdf"
        );
        assert_eq!(
            super::saved(Some(DocumentKind::Notes), done(3)).text,
            "The session notes are saved (3 pages): /exports/sheet.pdf"
        );
        assert_eq!(
            super::saved(None, done(2)).text,
            "The progress report is saved (2 pages): /exports/sheet.pdf"
        );
        crate::locale::set_therapist(Some(Lang::De));
        assert_eq!(
            super::saved(Some(DocumentKind::Homework), done(1)).text,
            "Das Hausaufgabenblatt ist gespeichert (1 Seite): /exports/sheet.pdf"
        );
        crate::locale::set_therapist(Some(Lang::Fr));
        assert_eq!(
            super::saved(Some(DocumentKind::Notes), done(2)).text,
            "Les notes de séance sont enregistrées (2 pages) : /exports/sheet.pdf"
        );
        crate::locale::set_therapist(None);
    }

    #[test]
    fn the_icon_decodes_to_128_square_pixels() {
        let icon = super::icon();
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
    }

    #[test]
    fn repaints_land_on_the_next_visible_change() {
        assert_eq!(
            ms_to_next_second(120_000),
            1_000,
            "2:00 shows until 1:59 at 119,000"
        );
        assert_eq!(ms_to_next_second(119_400), 400, "shows 2:00 until 119,000");
        assert_eq!(
            ms_to_next_second(0),
            1_000,
            "0:00 becomes +0:01 a second later"
        );
        assert_eq!(
            ms_to_next_second(-300),
            700,
            "+0:00 becomes +0:01 at -1,000"
        );
    }
}
