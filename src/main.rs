//! The command line: open the app, or run a headless command.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use groundwork::demo::{self, DemoOptions};
use groundwork::practice::Practice;
use groundwork::store::{PracticeLock, Store, templates};
use groundwork::t;
use groundwork::ui::{Opening, OpeningApp};

#[derive(Parser)]
#[command(
    name = "groundwork",
    version,
    about = "A session companion for couples therapists."
)]
struct Cli {
    /// The data folder (default: the platform's data directory).
    #[arg(long, global = true, env = "GROUNDWORK_DATA", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Open a fresh temporary copy of a sample practice; your real data is never touched.
    #[arg(long)]
    demo: bool,

    /// Read the passphrase of a protected practice from FILE (readable by you alone, mode
    /// 0600) instead of asking for it on the terminal: for scripts.
    #[arg(long, global = true, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Write a sample practice to DIR (also used to build large data sets for benchmarks).
    DemoData {
        dir: PathBuf,
        #[arg(long, default_value_t = 8)]
        couples: usize,
        /// Past sessions per couple.
        #[arg(long, default_value_t = 3)]
        sessions: usize,
    },
    /// Print a session's notes (for the record), the couple's homework sheet, or the couple's
    /// progress report as PDF.
    Export {
        #[arg(value_enum)]
        document: DocumentKind,
        /// The couple, by name ("Sophie & Emma", or one partner's name).
        #[arg(long)]
        couple: String,
        /// The session number, or "latest".
        #[arg(long, default_value = "latest")]
        session: String,
        /// Where to write the PDF (an existing file is never replaced).
        #[arg(long)]
        out: PathBuf,
        /// Paper size; by default the one in Settings.
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// With the notes: the session's timeline as an appendix.
        #[arg(long)]
        timeline: bool,
        /// The document's language (en, de, fr, es); by default the couple's for the homework
        /// sheet, the therapist's for the notes and the progress report.
        #[arg(long)]
        lang: Option<groundwork::model::Lang>,
    },
    /// Protect the practice with a passphrase: every file in the data folder is sealed
    /// (XChaCha20-Poly1305, key from argon2id). Safe to interrupt: the practice is then either
    /// as it was or protected.
    Encrypt,
    /// Write the whole practice to FILE as one sealed backup (read back and checked). A
    /// protected practice's backup opens with its passphrase; a plain practice's backup asks
    /// for a passphrase of its own.
    Backup { file: PathBuf },
    /// Bring a backup back into the data folder given with --data-dir (a new or empty folder).
    Restore { file: PathBuf },
    /// Protocol templates.
    Templates {
        #[command(subcommand)]
        action: TemplatesCmd,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum DocumentKind {
    Notes,
    Homework,
    /// The couple's progress across their joint sessions (--session is not used).
    Progress,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

#[derive(Subcommand)]
enum TemplatesCmd {
    /// Check templates and print each problem as `file:line:col: message`. Without DIR: the
    /// shipped templates and the user templates folder.
    Check { dir: Option<PathBuf> },
}

/// The command line's help in the therapist's language (the computer's, as no practice is
/// open yet): the descriptions written on `Cli` above are the English of these messages.
/// (clap's own words, "Usage", "Options", "Print help", stay English.)
fn command() -> clap::Command {
    let help = |text: String| move |a: clap::Arg| a.help(text);
    Cli::command()
        .about(t!("cli-about"))
        .mut_arg("data_dir", help(t!("cli-help-data-dir")))
        .mut_arg("demo", help(t!("cli-help-demo")))
        .mut_arg("passphrase_file", help(t!("cli-help-passphrase-file")))
        .mut_subcommand("demo-data", |c| {
            c.about(t!("cli-about-demo-data"))
                .mut_arg("sessions", help(t!("cli-help-sessions")))
        })
        .mut_subcommand("export", |c| {
            c.about(t!("cli-about-export"))
                .mut_arg("couple", help(t!("cli-help-couple")))
                .mut_arg("session", help(t!("cli-help-session")))
                .mut_arg("out", help(t!("cli-help-out")))
                .mut_arg("paper", help(t!("cli-help-paper")))
                .mut_arg("timeline", help(t!("cli-help-timeline")))
                .mut_arg("lang", help(t!("cli-help-lang")))
        })
        .mut_subcommand("encrypt", |c| c.about(t!("cli-about-encrypt")))
        .mut_subcommand("backup", |c| c.about(t!("cli-about-backup")))
        .mut_subcommand("restore", |c| c.about(t!("cli-about-restore")))
        .mut_subcommand("templates", |c| {
            c.about(t!("cli-about-templates"))
                .mut_subcommand("check", |c| c.about(t!("cli-about-templates-check")))
        })
}

/// The command line speaks the therapist's language from here on: the one the settings of the
/// practice at `root` choose, or the computer's.
fn speak_as_settings_say(root: &Path) {
    groundwork::locale::set_therapist(groundwork::practice::language_in(root));
}

/// `x` with one decimal, as the therapist's language writes it: "2.5", "2,5".
fn decimal(x: f64) -> String {
    groundwork::pdf::decimal_point(groundwork::locale::therapist(), format!("{x:.1}"))
}

fn main() -> ExitCode {
    let cli = Cli::from_arg_matches(&command().get_matches()).unwrap_or_else(|e| e.exit());
    let result = match cli.command {
        Some(Cmd::DemoData {
            dir,
            couples,
            sessions,
        }) => demo_data(&dir, couples, sessions, cli.passphrase_file.as_deref()),
        Some(Cmd::Export {
            document,
            couple,
            session,
            out,
            paper,
            timeline,
            lang,
        }) => export(
            cli.data_dir,
            match document {
                DocumentKind::Notes if timeline => {
                    Some(groundwork::pdf::DocumentKind::NotesWithTimeline)
                }
                DocumentKind::Notes => Some(groundwork::pdf::DocumentKind::Notes),
                DocumentKind::Homework => Some(groundwork::pdf::DocumentKind::Homework),
                DocumentKind::Progress => None,
            },
            &couple,
            &session,
            &out,
            Print { paper, lang },
            cli.passphrase_file.as_deref(),
        ),
        Some(Cmd::Templates {
            action: TemplatesCmd::Check { dir },
        }) => check_templates(dir, cli.data_dir, cli.passphrase_file.as_deref()),
        Some(Cmd::Encrypt) => encrypt(cli.data_dir, cli.passphrase_file.as_deref()),
        Some(Cmd::Backup { file }) => backup(cli.data_dir, &file, cli.passphrase_file.as_deref()),
        Some(Cmd::Restore { file }) => restore(&file, cli.data_dir, cli.passphrase_file.as_deref()),
        None => open_app(cli.data_dir, cli.demo, cli.passphrase_file.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("groundwork: {message}");
            ExitCode::FAILURE
        }
    }
}

fn data_root(data_dir: Option<PathBuf>) -> Result<PathBuf, String> {
    data_dir
        .or_else(Store::default_root)
        .ok_or_else(|| t!("cli-no-data-folder"))
}

fn demo_data(
    dir: &Path,
    couples: usize,
    sessions: usize,
    passphrase_file: Option<&Path>,
) -> Result<ExitCode, String> {
    if couples == 0 || couples > 100_000 || sessions > 1_000 {
        return Err(t!("cli-demo-sizes"));
    }
    if dir
        .join("couples")
        .read_dir()
        .is_ok_and(|mut d| d.next().is_some())
    {
        return Err(t!("cli-demo-not-empty", folder = dir.display().to_string()));
    }
    // One writer per practice folder: refused if Groundwork is open on it, before writing.
    let _lock = PracticeLock::acquire(dir).map_err(|e| e.to_string())?;
    let store = Store::open(dir).map_err(|e| e.to_string())?;
    let set = templates::load(None);
    let now = chrono::Local::now().fixed_offset();
    let started = std::time::Instant::now();
    let written = demo::write_practice(
        &store,
        &set,
        &DemoOptions {
            couples,
            sessions,
            now,
        },
    )?;
    println!(
        "{}",
        t!(
            "cli-demo-written",
            couples = couples,
            sessions = written,
            folder = dir.display().to_string(),
            seconds = decimal(started.elapsed().as_secs_f64())
        )
    );
    // With a passphrase, the sample practice is a protected one (for trying it, and for
    // benchmarks).
    if let Some(file) = passphrase_file {
        let done = groundwork::store::protect::protect(dir, &passphrase(Some(file), true)?)?;
        println!("{}", t!("cli-demo-protected", count = done.files));
    }
    Ok(ExitCode::SUCCESS)
}

/// How an export prints: its paper and its language, when not the practice's or the couple's.
struct Print {
    paper: Option<PaperArg>,
    lang: Option<groundwork::model::Lang>,
}

fn export(
    data_dir: Option<PathBuf>,
    kind: Option<groundwork::pdf::DocumentKind>,
    couple: &str,
    session: &str,
    out: &Path,
    Print { paper, lang }: Print,
    passphrase_file: Option<&Path>,
) -> Result<ExitCode, String> {
    let clock = std::sync::Arc::new(groundwork::session::SystemClock::default());
    // Export only reads the data folder (the PDF goes to --out, never replacing a file), so it
    // does not lock the practice: it works while the app is open on it.
    let root = data_root(data_dir)?;
    unlock_if_protected(&root, passphrase_file)?;
    let practice = Practice::open_read_only(&root, clock).map_err(|e| e.to_string())?;
    groundwork::locale::set_therapist(practice.settings().language);
    // As on the home screen: the files that could not be read, each in a sentence.
    for problem in practice.problems() {
        eprintln!("groundwork: {}", problem.sentence());
    }
    let wanted = couple.trim().to_lowercase();
    let matches: Vec<_> = practice
        .couples()
        .iter()
        .filter(|c| {
            c.display_name().to_lowercase() == wanted
                || c.partner_a.to_lowercase() == wanted
                || c.partner_b.to_lowercase() == wanted
        })
        .collect();
    let summary = match matches.as_slice() {
        [one] => practice
            .couple(&one.id)
            .ok_or_else(|| t!("cli-no-couple", name = couple))?,
        [] => return Err(t!("cli-no-couple", name = couple)),
        many => {
            let names: Vec<String> = many.iter().map(|c| c.display_name()).collect();
            return Err(t!(
                "cli-several-couples",
                name = couple,
                couples = names.join(", ")
            ));
        }
    };
    let paper = match paper {
        Some(PaperArg::A4) => groundwork::model::Paper::A4,
        Some(PaperArg::Letter) => groundwork::model::Paper::Letter,
        None => practice.settings().paper,
    };
    let wrote = |doc: &groundwork::practice::Exported| {
        t!(
            "cli-wrote",
            file = doc.path.display().to_string(),
            count = doc.pages
        )
    };
    let Some(kind) = kind else {
        let doc = practice.export_progress_in(&summary.couple.id, out, false, paper, lang)?;
        println!("{}", wrote(&doc));
        return Ok(ExitCode::SUCCESS);
    };
    let file = if session == "latest" {
        summary.sessions.last()
    } else {
        let n: u32 = session
            .parse()
            .map_err(|_| t!("cli-session-number", session = session))?;
        summary.sessions.iter().find(|s| s.number == n)
    }
    .ok_or_else(|| {
        t!(
            "cli-no-session",
            couple = summary.couple.display_name(),
            session = session
        )
    })?;
    // The app's own export: whole or not at all, private to the therapist, never replacing a file.
    let doc = practice.export_in(kind, &file.path, out, false, paper, lang)?;
    println!("{}", wrote(&doc));
    if let Some(missing) = &doc.missing {
        println!("{missing}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The passphrase: from `file` (which must be the owner's alone), or asked on the terminal
/// without echo (twice when it is a new one).
fn passphrase(file: Option<&Path>, new: bool) -> Result<String, String> {
    if let Some(file) = file {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let meta = std::fs::metadata(file).map_err(|e| unreadable(file, &e))?;
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(t!(
                    "cli-file-not-private",
                    file = file.display().to_string()
                ));
            }
        }
        let text = std::fs::read_to_string(file).map_err(|e| unreadable(file, &e))?;
        return Ok(text.trim_end_matches(['\n', '\r']).to_owned());
    }
    // The prompt, then a space before what is typed.
    let ask = |prompt: String| {
        rpassword::prompt_password(format!("{prompt} "))
            .map_err(|e| t!("cli-terminal", error = e.to_string()))
    };
    let first = ask(if new {
        t!("cli-ask-new")
    } else {
        t!("cli-ask")
    })?;
    if new && ask(t!("cli-ask-again"))? != first {
        return Err(t!("cli-passphrases-differ"));
    }
    Ok(first)
}

fn unreadable(file: &Path, e: &std::io::Error) -> String {
    t!(
        "cli-file-unreadable",
        file = file.display().to_string(),
        error = e.to_string()
    )
}

/// Unlocks the practice in `root` for this process if it is protected.
fn unlock_if_protected(root: &Path, file: Option<&Path>) -> Result<(), String> {
    if !groundwork::store::seal::is_protected(root) {
        return Ok(());
    }
    // A computer that remembers the practice's key opens it without asking; a script's file
    // is taken at its word.
    if file.is_none() {
        match groundwork::store::protect::unlock_remembered(root) {
            Ok(true) => return Ok(()),
            Ok(false) => {}
            Err(why) => eprintln!("{}", t!("cli-keychain-failed", why = why.to_string())),
        }
    }
    let passphrase = passphrase(file, false)?;
    groundwork::store::protect::unlock(root, &passphrase).map_err(|r| r.sentence())
}

/// The practice's folder, held for this command alone (refused if Groundwork is open on it),
/// with a conversion that was cut short finished or undone first.
fn hold_practice(data_dir: Option<PathBuf>) -> Result<(PathBuf, PracticeLock), String> {
    let root = data_root(data_dir)?;
    if !root.is_dir() {
        return Err(t!(
            "cli-not-a-practice",
            folder = root.display().to_string()
        ));
    }
    speak_as_settings_say(&root);
    let lock = PracticeLock::acquire(&root).map_err(|e| e.to_string())?;
    groundwork::store::protect::finish_interrupted(&root).map_err(|e| e.to_string())?;
    Ok((root, lock))
}

fn encrypt(data_dir: Option<PathBuf>, file: Option<&Path>) -> Result<ExitCode, String> {
    // One writer per practice folder: nothing else writes while it is sealed.
    let (root, _lock) = hold_practice(data_dir)?;
    if groundwork::store::seal::is_protected(&root) {
        return Err(t!(
            "cli-already-protected",
            folder = root.display().to_string()
        ));
    }
    let passphrase = passphrase(file, true)?;
    let started = std::time::Instant::now();
    let done = groundwork::store::protect::protect(&root, &passphrase)?;
    println!(
        "{}",
        t!(
            "cli-protected",
            folder = root.display().to_string(),
            count = done.files,
            seconds = decimal(started.elapsed().as_secs_f64())
        )
    );
    if let Some(to) = &done.exports_moved_to {
        println!(
            "{}",
            t!(
                "cli-exports-moved",
                count = done.exports,
                folder = to.display().to_string()
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn backup(data_dir: Option<PathBuf>, file: &Path, pass: Option<&Path>) -> Result<ExitCode, String> {
    // A consistent copy: nothing writes to the practice while it is read.
    let (root, _lock) = hold_practice(data_dir)?;
    let own = if groundwork::store::seal::is_protected(&root) {
        unlock_if_protected(&root, pass)?;
        // Its settings can be read now.
        speak_as_settings_say(&root);
        None
    } else {
        Some(passphrase(pass, true)?)
    };
    let started = std::time::Instant::now();
    let done = groundwork::store::backup::backup(&root, file, own.as_deref())?;
    groundwork::store::backup::remember(&root, chrono::Local::now().fixed_offset())
        .map_err(|e| e.to_string())?;
    println!(
        "{}",
        t!(
            "cli-backed-up",
            count = done.files,
            size = decimal(done.bytes as f64 / 1e6),
            file = file.display().to_string(),
            seconds = decimal(started.elapsed().as_secs_f64())
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn restore(
    file: &Path,
    data_dir: Option<PathBuf>,
    pass: Option<&Path>,
) -> Result<ExitCode, String> {
    let root = data_dir.ok_or_else(|| t!("cli-restore-where"))?;
    let passphrase = passphrase(pass, false)?;
    let done = groundwork::store::backup::restore(file, &root, &passphrase)?;
    speak_as_settings_say(&root);
    println!(
        "{}",
        t!(
            "cli-restored",
            count = done.files,
            file = file.display().to_string(),
            folder = root.display().to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn check_templates(
    dir: Option<PathBuf>,
    data_dir: Option<PathBuf>,
    pass: Option<&Path>,
) -> Result<ExitCode, String> {
    let (checked, problems) = match dir {
        Some(dir) => templates::check_dir(&dir).map_err(|p| p.to_string())?,
        None => {
            let root = data_root(data_dir)?;
            // A protected practice's own templates are sealed.
            unlock_if_protected(&root, pass)?;
            speak_as_settings_say(&root);
            let user = root.join("templates");
            let set = templates::load(Some(&user));
            let user_files = templates::ron_files(&user).map_or(0, |f| f.len());
            (templates::SHIPPED.len() + user_files, set.problems)
        }
    };
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        println!("{}", t!("cli-templates-good", count = checked));
        Ok(ExitCode::SUCCESS)
    } else {
        println!(
            "{}",
            t!(
                "cli-templates-problems",
                count = checked,
                problems = problems.len()
            )
        );
        Ok(ExitCode::FAILURE)
    }
}

fn open_app(
    data_dir: Option<PathBuf>,
    demo_mode: bool,
    passphrase_file: Option<&Path>,
) -> Result<ExitCode, String> {
    let clock = std::sync::Arc::new(groundwork::session::SystemClock::default());
    // The practice is read while the window opens (each takes a tenth of a second or more on a
    // large practice), on a thread of its own. A second Groundwork on the same practice stops
    // here, before any window, with the one sentence of StoreError::Locked: the lock is taken
    // first, and held until the window closes.
    let opening = if demo_mode {
        let clock = clock.clone();
        Some((
            Opening::start(move || Practice::open_demo(clock)),
            groundwork::model::Settings::default(),
            None,
        ))
    } else {
        let root = data_root(data_dir.clone())?;
        if groundwork::store::seal::is_protected(&root) && passphrase_file.is_none() {
            // The window opens on the unlock screen (or, if this computer's keychain
            // remembers the key, straight on the practice).
            None
        } else {
            unlock_if_protected(&root, passphrase_file)?;
            let lock = PracticeLock::acquire(&root).map_err(|e| e.to_string())?;
            let settings = groundwork::practice::settings_in(&root);
            groundwork::locale::set_therapist(settings.language);
            let (clock, folder) = (clock.clone(), root.clone());
            let opening = Opening::start(move || {
                Practice::open_locked(lock, &folder, clock).map_err(|e| e.to_string())
            });
            Some((opening, settings, Some(root)))
        }
    };
    let waiting = opening.as_ref().map(|(opening, ..)| opening.share());
    let options = eframe::NativeOptions {
        // The sample practice opens at the default place: the therapist's window keeps its own.
        viewport: groundwork::ui::main_viewport(if demo_mode {
            None
        } else {
            groundwork::store::window::load_main_window()
        })
        // Told apart from the therapist's own window in the task bar.
        .with_title(if demo_mode {
            t!("cli-window-demo")
        } else {
            "Groundwork".to_owned()
        }),
        window_builder: Some(Box::new(groundwork::ui::finish_main_viewport)),
        // The app finds this computer's fonts itself, the same ones its PDFs print with.
        system_font_fallback: false,
        // Dithering hides banding in gradients, which the app does not draw; it costs every
        // pixel of every frame, which a software renderer (llvmpipe) shades on the CPU.
        dithering: false,
        ..Default::default()
    };
    let ran = eframe::run_native(
        "groundwork",
        options,
        Box::new(move |cc| -> Result<Box<dyn eframe::App>, _> {
            match opening {
                Some((opening, settings, folder)) => {
                    let app = OpeningApp::new(cc, opening, &settings, folder);
                    close_on_signals(app.quit_flag(), cc.egui_ctx.clone());
                    Ok(Box::new(app))
                }
                None => {
                    let root = data_root(data_dir)?;
                    let app = groundwork::ui::UnlockApp::new(cc, root, clock);
                    close_on_signals(app.quit_flag(), cc.egui_ctx.clone());
                    Ok(Box::new(app))
                }
            }
        }),
    );
    // A window closed (or never opened) while the practice was still being read waits for it:
    // nothing is left half-done. Why it could not be opened is said here too, for whoever
    // started it.
    let not_opened = waiting.and_then(Opening::finish);
    // One plain sentence first; the window system's own words after it, for whoever helps.
    ran.map_err(|e| t!("cli-no-window", error = e.to_string()))?;
    match not_opened {
        Some(why) => Err(why),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// SIGTERM, SIGINT and SIGHUP close the window the normal way, so the app records what is being
/// typed and removes the sample practice's temporary folder.
#[cfg(unix)]
fn close_on_signals(quit: std::sync::Arc<std::sync::atomic::AtomicBool>, ctx: egui::Context) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            quit.store(true, std::sync::atomic::Ordering::SeqCst);
            ctx.request_repaint();
        }
    });
}

#[cfg(not(unix))]
fn close_on_signals(_quit: std::sync::Arc<std::sync::atomic::AtomicBool>, _ctx: egui::Context) {}
