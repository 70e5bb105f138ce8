//! The command line: open the app, or run a headless command.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use groundwork::demo::{self, DemoOptions};
use groundwork::practice::Practice;
use groundwork::store::{PracticeLock, Store, templates};

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
        /// The homework sheet's language (en, de, fr, es); by default the couple's.
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

fn main() -> ExitCode {
    let cli = Cli::parse();
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
    data_dir.or_else(Store::default_root).ok_or_else(|| {
        "could not find a data folder for this user; give one with --data-dir DIR".to_owned()
    })
}

fn demo_data(
    dir: &Path,
    couples: usize,
    sessions: usize,
    passphrase_file: Option<&Path>,
) -> Result<ExitCode, String> {
    if couples == 0 || couples > 100_000 || sessions > 1_000 {
        return Err("use between 1 and 100,000 couples and at most 1,000 sessions each".into());
    }
    if dir
        .join("couples")
        .read_dir()
        .is_ok_and(|mut d| d.next().is_some())
    {
        return Err(format!(
            "{} already holds a practice; choose an empty folder so nothing is mixed or overwritten",
            dir.display()
        ));
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
        "Wrote {couples} couples and {written} sessions to {} in {:.1} s.",
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    // With a passphrase, the sample practice is a protected one (for trying it, and for
    // benchmarks).
    if let Some(file) = passphrase_file {
        let done = groundwork::store::protect::protect(dir, &passphrase(Some(file), true)?)?;
        println!(
            "Protected it with the passphrase: {} files sealed.",
            done.files
        );
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
    // As on the home screen: the files that could not be read, each in a sentence.
    for problem in practice.problems() {
        eprintln!("groundwork: {}", problem.sentence());
    }
    let wanted = couple.trim().to_lowercase();
    let matches: Vec<_> = practice
        .couples()
        .iter()
        .filter(|c| {
            let c = &c.couple;
            c.display_name().to_lowercase() == wanted
                || c.partner_a.name.to_lowercase() == wanted
                || c.partner_b.name.to_lowercase() == wanted
        })
        .collect();
    let summary = match matches.as_slice() {
        [one] => *one,
        [] => return Err(format!("no couple is called \"{couple}\"")),
        many => {
            let names: Vec<String> = many.iter().map(|c| c.couple.display_name()).collect();
            return Err(format!(
                "\"{couple}\" matches {}; use both names",
                names.join(", ")
            ));
        }
    };
    let paper = match paper {
        Some(PaperArg::A4) => groundwork::model::Paper::A4,
        Some(PaperArg::Letter) => groundwork::model::Paper::Letter,
        None => practice.settings().paper,
    };
    // Only the couple's sheet speaks their language so far.
    if lang.is_some() && kind != Some(groundwork::pdf::DocumentKind::Homework) {
        return Err(
            "--lang sets the homework sheet's language; the notes and the progress report are in English for now"
                .to_owned(),
        );
    }
    let Some(kind) = kind else {
        let doc = practice.export_progress(&summary.couple.id, out, false, paper)?;
        let pages = if doc.pages == 1 { "page" } else { "pages" };
        println!("Wrote {} ({} {pages}).", doc.path.display(), doc.pages);
        return Ok(ExitCode::SUCCESS);
    };
    let file = if session == "latest" {
        summary.sessions.last()
    } else {
        let n: u32 = session
            .parse()
            .map_err(|_| format!("--session takes a number or \"latest\", not \"{session}\""))?;
        summary.sessions.iter().find(|s| s.number == n)
    }
    .ok_or_else(|| format!("{} has no session {session}", summary.couple.display_name()))?;
    // The app's own export: whole or not at all, private to the therapist, never replacing a file.
    let doc = practice.export_in(kind, &file.path, out, false, paper, lang)?;
    let pages = if doc.pages == 1 { "page" } else { "pages" };
    println!("Wrote {} ({} {pages}).", doc.path.display(), doc.pages);
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
            let meta = std::fs::metadata(file)
                .map_err(|e| format!("{} could not be read: {e}", file.display()))?;
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(format!(
                    "{} can be read by other users; make it yours alone (chmod 600 {}) and try again",
                    file.display(),
                    file.display()
                ));
            }
        }
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("{} could not be read: {e}", file.display()))?;
        return Ok(text.trim_end_matches(['\n', '\r']).to_owned());
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt).map_err(|e| {
            format!("the passphrase could not be read from the terminal ({e}); use --passphrase-file FILE")
        })
    };
    let first = ask(if new {
        "New passphrase for this practice: "
    } else {
        "Passphrase: "
    })?;
    if new && ask("The same passphrase again: ")? != first {
        return Err("the two passphrases differ; nothing was changed".to_owned());
    }
    Ok(first)
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
            Err(why) => eprintln!("Groundwork: {why}; asking for the passphrase instead."),
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
        return Err(format!(
            "{} is not a practice's data folder",
            root.display()
        ));
    }
    let lock = PracticeLock::acquire(&root).map_err(|e| e.to_string())?;
    groundwork::store::protect::finish_interrupted(&root).map_err(|e| e.to_string())?;
    Ok((root, lock))
}

fn encrypt(data_dir: Option<PathBuf>, file: Option<&Path>) -> Result<ExitCode, String> {
    // One writer per practice folder: nothing else writes while it is sealed.
    let (root, _lock) = hold_practice(data_dir)?;
    if groundwork::store::seal::is_protected(&root) {
        return Err(format!(
            "{} is already protected by a passphrase; nothing was changed",
            root.display()
        ));
    }
    let passphrase = passphrase(file, true)?;
    let started = std::time::Instant::now();
    let done = groundwork::store::protect::protect(&root, &passphrase)?;
    println!(
        "Protected {}: {} files sealed in {:.1} s. Groundwork now asks for the passphrase when it opens this practice; without it, nobody can read it (nor can you).",
        root.display(),
        done.files,
        started.elapsed().as_secs_f64()
    );
    if let Some(to) = &done.exports_moved_to {
        println!(
            "{} exported PDFs were moved out of the data folder, to {}: keep them where you keep other client documents, or delete them.",
            done.exports,
            to.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn backup(data_dir: Option<PathBuf>, file: &Path, pass: Option<&Path>) -> Result<ExitCode, String> {
    // A consistent copy: nothing writes to the practice while it is read.
    let (root, _lock) = hold_practice(data_dir)?;
    let own = if groundwork::store::seal::is_protected(&root) {
        unlock_if_protected(&root, pass)?;
        None
    } else {
        Some(passphrase(pass, true)?)
    };
    let started = std::time::Instant::now();
    let done = groundwork::store::backup::backup(&root, file, own.as_deref())?;
    groundwork::store::backup::remember(&root, chrono::Local::now().fixed_offset())
        .map_err(|e| e.to_string())?;
    println!(
        "Backed up {} files ({:.1} MB) to {} in {:.1} s, and read it back: it is whole.",
        done.files,
        done.bytes as f64 / 1e6,
        file.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

fn restore(
    file: &Path,
    data_dir: Option<PathBuf>,
    pass: Option<&Path>,
) -> Result<ExitCode, String> {
    let root =
        data_dir.ok_or("say where to restore it with --data-dir DIR (a new or empty folder)")?;
    let passphrase = passphrase(pass, false)?;
    let done = groundwork::store::backup::restore(file, &root, &passphrase)?;
    println!(
        "Restored {} files from {} into {}.",
        done.files,
        file.display(),
        root.display()
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
        println!("Checked {checked} template files: all good.");
        Ok(ExitCode::SUCCESS)
    } else {
        println!(
            "Checked {checked} template files: {} problem(s).",
            problems.len()
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
    // A second Groundwork on the same practice stops here, before any window, with the one
    // sentence of StoreError::Locked; the practice's lock is held until the window closes.
    let practice = if demo_mode {
        Some(Practice::open_demo(clock.clone())?)
    } else {
        let root = data_root(data_dir.clone())?;
        if groundwork::store::seal::is_protected(&root) && passphrase_file.is_none() {
            // The window opens on the unlock screen (or, if this computer's keychain
            // remembers the key, straight on the practice).
            None
        } else {
            unlock_if_protected(&root, passphrase_file)?;
            Some(Practice::open(&root, clock.clone()).map_err(|e| e.to_string())?)
        }
    };
    let options = eframe::NativeOptions {
        // The sample practice opens at the default place: the therapist's window keeps its own.
        viewport: groundwork::ui::main_viewport(if demo_mode {
            None
        } else {
            groundwork::store::window::load_main_window()
        })
        // Told apart from the therapist's own window in the task bar.
        .with_title(if demo_mode {
            "Groundwork — sample practice"
        } else {
            "Groundwork"
        }),
        window_builder: Some(Box::new(groundwork::ui::finish_main_viewport)),
        // The app finds this computer's fonts itself, the same ones its PDFs print with.
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "groundwork",
        options,
        Box::new(move |cc| -> Result<Box<dyn eframe::App>, _> {
            match practice {
                Some(practice) => {
                    let app = groundwork::ui::GroundworkApp::new(cc, practice);
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
    )
    // One plain sentence first; the window system's own words after it, for whoever helps.
    .map_err(|e| {
        format!(
            "could not open the window: Groundwork needs a desktop to show it on (export and \
             templates check work without one), and nothing in the data folder was changed.\n\
             Details: {e}"
        )
    })?;
    Ok(ExitCode::SUCCESS)
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
