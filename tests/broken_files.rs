//! The broken-files corpus (issue 7, "Never lose a session").
//!
//! Every file Groundwork reads (a couple, a session journal, the settings, a user template) is
//! damaged in every way we could think of, each in a fresh copy of a real practice. For every case
//! the app (driven through egui_kittest) and the command line must start, say in one plain
//! sentence which file is affected and what to do, leave that file byte-for-byte as it was, and
//! carry on with everything else: the other couples are listed, a session is run and printed for
//! a healthy couple, settings save, a couple is added, the practice reopens with all of it. A
//! read-only data folder and a disk that fills up in the middle of a write are covered too.
//!
//! Permissions bind only other users: as root (CI), the cases that need them run the command
//! line, and the app in a copy of this test binary, as the unprivileged user 65534 on a data
//! folder it owns. The full disk is a [`Disk`] that writes half of what it is given and then
//! fails with ENOSPC, put in place of the real one.
//!
//! `cargo test --test broken_files` prints how many cases were tried.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::hash::{DefaultHasher, Hasher};
use std::io::{self, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::{DateTime, FixedOffset};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use groundwork::demo::{self, DemoOptions};
use groundwork::model::{SECOND, Settings};
use groundwork::practice::Practice;
use groundwork::session::FakeClock;
use groundwork::store::{Disk, Store, read_journal, templates};

mod common;

use common::{App, at, click, close, message, move_on, open_app, press, type_into};

/// The couple whose files are damaged, the one a session is run for, and the one with a session
/// still open (from the sample practice).
const VICTIM: &str = "Daniel & Priya";
const HEALTHY: &str = "Marcus & Lena";
const OPEN: &str = "Sophie & Emma";
/// The therapist's own template, a copy of a shipped one under another id and name.
const MY_TEMPLATE: &str = "My speaker/listener";
const HUGE: u64 = 100 * 1024 * 1024;
/// The memory the command line gets for its data: an export needs about 20 MB, so a program that
/// read a 100 MB file whole would be stopped.
const CLI_DATA_LIMIT: u64 = 64 * 1024 * 1024;
/// The unprivileged user the permission cases run as when the tests run as root.
const NOBODY: u32 = 65534;
const CHILD_CASE: &str = "GW_CORPUS_CASE";
const CHILD_ROOT: &str = "GW_CORPUS_ROOT";
const CHILD_TARGET: &str = "GW_CORPUS_TARGET";

fn now() -> DateTime<FixedOffset> {
    at(23, 14, 0)
}

// ---------------------------------------------------------------------------------------------
// The corpus: which file, which damage.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Couple,
    Journal,
    Settings,
    Template,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Damage {
    Empty,
    Truncated,
    Garbage,
    WrongTypes,
    FutureSchema,
    Huge,
    NoRead,
    Folder,
    NotUtf8,
    NulBytes,
}

const TARGETS: [Target; 4] = [
    Target::Couple,
    Target::Journal,
    Target::Settings,
    Target::Template,
];
const DAMAGES: [Damage; 10] = [
    Damage::Empty,
    Damage::Truncated,
    Damage::Garbage,
    Damage::WrongTypes,
    Damage::FutureSchema,
    Damage::Huge,
    Damage::NoRead,
    Damage::Folder,
    Damage::NotUtf8,
    Damage::NulBytes,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// One file damaged one way.
    File(Target, Damage),
    /// Every folder and file of the data folder read-only.
    ReadOnly,
    /// The same, without a templates folder (a copy that left out an empty folder has none;
    /// Groundwork makes it when it can).
    ReadOnlyWithoutTemplates,
}

impl Case {
    fn all() -> Vec<Case> {
        let mut cases = Vec::new();
        for target in TARGETS {
            for damage in DAMAGES {
                // A folder named `*.ron` among the templates is skipped on purpose (so is a
                // pipe): there is no one file it should have been. tests/templates.rs has it.
                if (target, damage) != (Target::Template, Damage::Folder) {
                    cases.push(Case::File(target, damage));
                }
            }
        }
        cases.push(Case::ReadOnly);
        cases.push(Case::ReadOnlyWithoutTemplates);
        cases
    }

    fn name(self) -> String {
        format!("{self:?}")
    }

    fn from_name(name: &str) -> Case {
        Case::all()
            .into_iter()
            .find(|c| c.name() == name)
            .unwrap_or_else(|| panic!("no case {name}"))
    }

    /// Whether the case needs the file system's permissions to bind.
    fn needs_permissions(self) -> bool {
        matches!(
            self,
            Case::File(_, Damage::NoRead) | Case::ReadOnly | Case::ReadOnlyWithoutTemplates
        )
    }
}

// ---------------------------------------------------------------------------------------------
// A real practice, and the damage done to it.

/// Writes the sample practice (three couples, two past sessions each, Sophie & Emma with a
/// session still open), settings with a practice name, and one template of the therapist's own.
fn write_practice(root: &Path) {
    let store = Store::open(root).unwrap();
    let options = DemoOptions {
        couples: 3,
        sessions: 2,
        now: now(),
    };
    demo::write_practice(&store, &templates::load(None), &options).unwrap();
    store
        .save_settings(&Settings {
            practice_name: "Open Door Practice".into(),
            therapist_name: "Ana Søndergaard".into(),
            ..Settings::default()
        })
        .unwrap();
    let mine = include_str!("../templates/speaker-listener.ron")
        .replacen("id: \"speaker-listener\"", "id: \"my-speaker-listener\"", 1)
        .replacen(
            "name: \"Speaker–listener practice (PREP)\"",
            &format!("name: \"{MY_TEMPLATE}\""),
            1,
        );
    fs::write(store.templates_dir().join("mine.ron"), mine).unwrap();
}

fn couple_dir(root: &Path, name: &str) -> PathBuf {
    let store = Store::open(root).unwrap();
    let listing = store.couples();
    let found = listing
        .couples
        .iter()
        .find(|c| c.couple.display_name() == name)
        .unwrap_or_else(|| panic!("{name} is not in the practice"));
    store.couple_dir(&found.couple.id)
}

fn target_path(root: &Path, target: Target) -> PathBuf {
    match target {
        Target::Couple => couple_dir(root, VICTIM).join("couple.ron"),
        Target::Journal => {
            let sessions = couple_dir(root, VICTIM).join("sessions");
            fs::read_dir(&sessions)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.to_string_lossy().contains("/0001-"))
                .unwrap()
        }
        Target::Settings => root.join("settings.ron"),
        Target::Template => root.join("templates/mine.ron"),
    }
}

/// Deterministic bytes that were never a Groundwork file, NUL bytes and line ends included.
fn garbage(len: usize) -> Vec<u8> {
    let mut x = 0x2545_f491_4f6c_dd1d_u64;
    (0..len)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            match i % 97 {
                0 => 0,
                50 => b'\n',
                _ => x as u8,
            }
        })
        .collect()
}

/// Byte offset where line `n` (from 1) starts.
fn line_start(bytes: &[u8], n: usize) -> usize {
    let mut at = 0;
    for _ in 1..n {
        at += bytes[at..].iter().position(|&b| b == b'\n').unwrap() + 1;
    }
    at
}

fn replace_once(text: &[u8], from: &str, to: &[u8]) -> Vec<u8> {
    let at = text
        .windows(from.len())
        .position(|w| w == from.as_bytes())
        .unwrap_or_else(|| panic!("{from:?} is not in the file"));
    [&text[..at], to, &text[at + from.len()..]].concat()
}

/// Damages the file at `path`, as a person, a disk or another program might.
fn damage(path: &Path, target: Target, damage: Damage) {
    let good = fs::read(path).unwrap();
    // In a journal, line 3 is an entry with lines after it: damage there is real damage, not
    // the torn last line a crash leaves (which is recovered, see tests/recovery.rs).
    let entry = line_start(&good, 3);
    let bytes: Vec<u8> = match (damage, target) {
        (Damage::Empty, _) => Vec::new(),
        (Damage::Truncated, Target::Journal) => good[..line_start(&good, 2) / 2].to_vec(),
        (Damage::Truncated, _) => {
            let text = std::str::from_utf8(&good).unwrap();
            text[..text.floor_char_boundary(text.len() / 2)].into()
        }
        (Damage::Garbage, _) => garbage(4096),
        (Damage::WrongTypes, Target::Couple) => {
            replace_once(&good, "name: \"Daniel\"", b"name: 1984")
        }
        (Damage::WrongTypes, Target::Settings) => replace_once(
            &good,
            "practice_name: \"Open Door Practice\"",
            b"practice_name: 1984",
        ),
        (Damage::WrongTypes, Target::Template) => replace_once(
            &good,
            &format!("name: \"{MY_TEMPLATE}\""),
            b"name: [\"My\", \"speaker\"]",
        ),
        (Damage::WrongTypes, Target::Journal) => {
            let mut bytes = good[..entry].to_vec();
            bytes.extend(replace_once(&good[entry..], ",at:", b",at:\"soon\",was:"));
            bytes
        }
        (Damage::FutureSchema, Target::Journal) => {
            replace_once(&good, "(schema:1,", b"(schema:99,layout:Columns,")
        }
        (Damage::FutureSchema, _) => {
            replace_once(&good, "schema: 1,", b"schema: 99,\n    layout: Columns,")
        }
        (Damage::Huge, _) => {
            // Sparse: 100 MB on paper, nothing on the disk; written in an instant.
            File::create(path).unwrap().set_len(HUGE).unwrap();
            return;
        }
        (Damage::NoRead, _) => {
            fs::set_permissions(path, fs::Permissions::from_mode(0o000)).unwrap();
            return;
        }
        (Damage::Folder, _) => {
            fs::remove_file(path).unwrap();
            fs::create_dir(path).unwrap();
            fs::write(
                path.join("what is this.txt"),
                "a folder where a file should be",
            )
            .unwrap();
            return;
        }
        (Damage::NotUtf8, Target::Journal) => {
            let mid = entry + 40;
            [&good[..mid], b"\xff\xfe", &good[mid..]].concat()
        }
        (Damage::NotUtf8, Target::Couple) => replace_once(&good, "Daniel", b"Dan\xffiel"),
        (Damage::NotUtf8, Target::Settings) => replace_once(&good, "Open Door", b"Open\xff Door"),
        (Damage::NotUtf8, Target::Template) => replace_once(&good, "My speaker", b"My\xff speaker"),
        (Damage::NulBytes, Target::Journal) => {
            let mut bytes = good.clone();
            bytes[entry..entry + 8].fill(0);
            bytes
        }
        (Damage::NulBytes, _) => {
            let mid = line_start(&good, 3);
            [&good[..mid], b"\0\0\0\0", &good[mid..]].concat()
        }
    };
    fs::write(path, bytes).unwrap();
}

/// Makes every folder and file under `root` read-only, as a folder copied from a backup disc
/// or shared read-only would be.
fn make_read_only(root: &Path) {
    for entry in walk(root).into_iter().rev() {
        let meta = fs::symlink_metadata(&entry).unwrap();
        let mode = if meta.is_dir() { 0o500 } else { 0o400 };
        fs::set_permissions(&entry, fs::Permissions::from_mode(mode)).unwrap();
    }
}

/// Every path under `root` (itself first), parents before children.
fn walk(root: &Path) -> Vec<PathBuf> {
    let mut out = vec![root.to_owned()];
    let mut i = 0;
    while i < out.len() {
        let p = out[i].clone();
        if fs::symlink_metadata(&p).unwrap().is_dir()
            && let Ok(entries) = fs::read_dir(&p)
        {
            let mut children: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
            children.sort();
            out.extend(children);
        }
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// "Byte-for-byte unchanged": a fingerprint of every file, read in pieces (100 MB files too).

#[derive(Debug, Clone, PartialEq, Eq)]
enum Print {
    Folder { mode: u32 },
    File { mode: u32, len: u64, hash: u64 },
}

fn print_of(path: &Path) -> Print {
    let meta = fs::symlink_metadata(path).unwrap();
    let mode = meta.permissions().mode() & 0o7777;
    if meta.is_dir() {
        return Print::Folder { mode };
    }
    // Root reads anything; as another user, a file made unreadable is read by lending it the
    // read permission for a moment.
    let file = File::open(path).or_else(|_| {
        fs::set_permissions(path, fs::Permissions::from_mode(mode | 0o400))?;
        let f = File::open(path);
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
        f
    });
    let mut file = file.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut hasher = DefaultHasher::new();
    let mut buf = vec![0; 1 << 20];
    loop {
        let n = file.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        hasher.write(&buf[..n]);
    }
    Print::File {
        mode,
        len: meta.len(),
        hash: hasher.finish(),
    }
}

fn snapshot(root: &Path) -> BTreeMap<PathBuf, Print> {
    walk(root)
        .into_iter()
        .map(|p| (p.clone(), print_of(&p)))
        .collect()
}

/// Every file and folder that was there before is still there, unchanged, except `may_change`.
fn unchanged_since(
    before: &BTreeMap<PathBuf, Print>,
    root: &Path,
    may_change: &[PathBuf],
) -> Result<(), String> {
    let mut changed = Vec::new();
    for (path, print) in before {
        if may_change.contains(path) {
            continue;
        }
        if fs::symlink_metadata(path).is_err() {
            changed.push(format!("{} is gone", path.display()));
        } else if print_of(path) != *print {
            changed.push(format!("{} changed", path.display()));
        }
    }
    let leftovers: Vec<_> = walk(root)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    if !leftovers.is_empty() {
        changed.push(format!("temporary files left behind: {leftovers:?}"));
    }
    if changed.is_empty() {
        Ok(())
    } else {
        Err(changed.join("; "))
    }
}

// ---------------------------------------------------------------------------------------------
// One plain sentence.

/// Checks that `text` is one plain sentence that names `file` and says what to do.
fn plain_sentence(text: &str, file: &str) -> Result<(), String> {
    let fail = |why: &str| Err(format!("{why}: {text:?}"));
    if !text.contains(file) {
        return fail(&format!("it does not name {file}"));
    }
    if text.contains('\n') {
        return fail("it is more than one line");
    }
    if !text.ends_with('.') {
        return fail("it does not end like a sentence");
    }
    // Outside the path, a full stop followed by a capital starts a second sentence.
    let words = text.replace(file, "FILE");
    let second = words
        .match_indices(". ")
        .any(|(i, _)| words[i + 2..].starts_with(|c: char| c.is_uppercase()));
    if second {
        return fail("it is more than one sentence");
    }
    for debug in [
        "Os {",
        "Custom {",
        "kind:",
        "Error {",
        "ErrorKind",
        "panicked",
        "RUST_BACKTRACE",
        "unwrap",
        "SpannedError",
        "RON",
        "`",
        "\\\"",
    ] {
        if words.contains(debug) {
            return fail(&format!("it has program text in it ({debug})"));
        }
    }
    let says_what_to_do = [
        "restore",
        "fix it",
        "update Groundwork",
        "make sure",
        "check that",
        "free some space",
        "move ",
        "choose another",
        "try again",
    ]
    .iter()
    .any(|w| words.contains(w));
    if !says_what_to_do {
        return fail("it does not say what to do");
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Running as another user.

fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

fn is_root() -> bool {
    euid() == 0
}

/// A folder every user may enter, holding the binaries other users run (the build folder may be
/// private to root). Made when first needed, removed by [`remove_shared_bins`].
static SHARED_BINS: Mutex<Option<tempfile::TempDir>> = Mutex::new(None);

fn shared_bin_dir() -> PathBuf {
    let mut bins = SHARED_BINS.lock().unwrap();
    let dir = bins.get_or_insert_with(|| {
        let dir = tempfile::Builder::new()
            .prefix("groundwork-corpus-bin-")
            .tempdir()
            .unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        for (name, from) in [
            (
                "groundwork",
                PathBuf::from(env!("CARGO_BIN_EXE_groundwork")),
            ),
            ("broken_files", std::env::current_exe().unwrap()),
        ] {
            // A hard link costs no space (debug binaries are hundreds of MB); a copy if the
            // build folder is on another disk.
            let to = dir.path().join(name);
            if fs::hard_link(&from, &to).is_err() {
                fs::copy(&from, &to).unwrap();
            }
            fs::set_permissions(&to, fs::Permissions::from_mode(0o755)).unwrap();
        }
        dir
    });
    dir.path().to_owned()
}

fn remove_shared_bins() {
    SHARED_BINS.lock().unwrap().take();
}

/// Hands `dir` and everything in it to the unprivileged user.
fn give_to_nobody(dir: &Path) {
    for p in walk(dir) {
        std::os::unix::fs::lchown(&p, Some(NOBODY), Some(NOBODY)).unwrap();
    }
}

/// `cmd` runs as the unprivileged user when the tests run as root (where permissions bind no
/// one); otherwise as the user running the tests, whom permissions already bind.
fn unprivileged(cmd: &mut Command) {
    if is_root() {
        // std drops the supplementary groups too when root changes user.
        cmd.uid(NOBODY).gid(NOBODY);
    }
}

struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Ran {
    fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// Runs `cmd` to the end, with at most `data_limit` bytes of memory for its data if given (a
/// program that needs more is stopped by the kernel: its allocation fails).
fn run(mut cmd: Command, data_limit: Option<u64>) -> Ran {
    if let Some(limit) = data_limit {
        let rlimit = libc::rlimit {
            rlim_cur: limit,
            rlim_max: limit,
        };
        // SAFETY: setrlimit is async-signal-safe and `rlimit` is a plain struct copied into the
        // closure; nothing else runs between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                if libc::setrlimit(libc::RLIMIT_DATA, &rlimit) == 0 {
                    Ok(())
                } else {
                    Err(io::Error::last_os_error())
                }
            });
        }
    }
    let out = cmd.stdin(Stdio::null()).output().expect("the program runs");
    Ran {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn groundwork(args: &[&str], as_nobody: bool) -> Ran {
    let bin = if as_nobody && is_root() {
        shared_bin_dir().join("groundwork")
    } else {
        PathBuf::from(env!("CARGO_BIN_EXE_groundwork"))
    };
    let mut cmd = Command::new(bin);
    // No display: `groundwork` without a command opens the practice, then fails to open the
    // window instead of waiting in it.
    cmd.args(args)
        .env("GROUNDWORK_LANG", "en")
        .env_remove("GROUNDWORK_DATA")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET");
    if as_nobody {
        unprivileged(&mut cmd);
    }
    let ran = run(cmd, Some(CLI_DATA_LIMIT));
    assert!(
        ran.code.is_some() && ran.code != Some(101) && !ran.all().contains("panicked"),
        "groundwork {args:?} crashed (exit {:?}; out of memory if killed by a signal):\n{}",
        ran.code,
        ran.all()
    );
    ran
}

/// `groundwork` on the data folder gets past it to opening the window (which fails: there is no
/// display), so the data folder did not stop it from starting.
fn gets_to_the_window(data: &str, as_nobody: bool) {
    let ran = groundwork(&["--data-dir", data], as_nobody);
    assert!(
        ran.code == Some(1)
            && ran
                .stderr
                .starts_with("groundwork: could not open the window"),
        "{}",
        ran.all()
    );
}

// ---------------------------------------------------------------------------------------------
// The app, driven as a therapist drives it.

/// Clicks the first control whose name starts with `label` ("Notes PDF" is "Notes PDF,
/// session 2" to a screen reader).
fn click_first(h: &mut App, label: &str) {
    h.get_all_by_label_contains(label)
        .next()
        .unwrap()
        .scroll_to_me();
    h.run();
    h.get_all_by_label_contains(label).next().unwrap().click();
    h.run();
}

fn sees(h: &App, text: &str) -> bool {
    h.query_by_label(text).is_some()
}

/// Every text on screen that names `file`.
fn texts_naming(h: &App, file: &str) -> Vec<String> {
    h.query_all_by_label_contains(file)
        .filter_map(|n| {
            // A button's text is its label; a text's is its value.
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .collect()
}

/// The app on a practice with one damaged file: it starts, names the file in one plain sentence,
/// and everything else works. Panics with what went wrong.
fn app_with_damaged_file(target: Target, root: &Path, file: &Path) {
    let file_name = file.display().to_string();
    let clock = FakeClock::new(now());
    let practice = Practice::open(root, Arc::new(clock.clone()))
        .unwrap_or_else(|e| panic!("the app did not start: {e}"));
    let mut h = open_app(practice);

    assert!(
        sees(&h, OPEN) && sees(&h, HEALTHY),
        "the other couples are listed"
    );
    assert_eq!(
        sees(&h, VICTIM),
        target != Target::Couple,
        "{VICTIM} is listed unless their own file is the damaged one"
    );
    if target == Target::Journal {
        // Journals are read when the couple's page opens; their other session still prints.
        click(&mut h, VICTIM);
        click_first(&mut h, "Notes PDF");
        assert!(sees(&h, "Save"), "no save dialog: {}", message(&h));
        click(&mut h, "Save");
        assert!(
            message(&h).starts_with("The session notes are saved"),
            "{}",
            message(&h)
        );
    }
    let said = texts_naming(&h, &file_name);
    assert!(!said.is_empty(), "nothing on the screen names {file_name}");
    for text in &said {
        plain_sentence(text, &file_name).unwrap();
    }
    if target == Target::Journal {
        click(&mut h, "All couples");
    }

    // A session for a healthy couple: started, run by keys, ended and printed.
    click(&mut h, HEALTHY);
    click(&mut h, "Start session");
    assert!(
        h.state().practice().live().is_some(),
        "the session did not start: {}",
        message(&h)
    );
    for _ in 0..3 {
        move_on(&mut h);
    }
    press(&mut h, Key::Space);
    assert!(sees(&h, "Marcus is speaking"), "the turn started");
    clock.advance(30 * SECOND);
    h.run();
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    click(&mut h, "Print the homework sheet (PDF)");
    click(&mut h, "Save");
    assert!(
        message(&h).starts_with("The homework sheet is saved"),
        "{}",
        message(&h)
    );
    click(&mut h, "Leave");
    click(&mut h, "All couples");

    // Settings: the therapist's template is listed unless it is the damaged file; saving works
    // unless the settings file is the damaged one, which is then left alone.
    click(&mut h, "Settings");
    assert_eq!(sees(&h, MY_TEMPLATE), target != Target::Template);
    type_into(&mut h, Role::TextInput, "Therapist name", ", MFT");
    click(&mut h, "Save settings");
    if target == Target::Settings {
        plain_sentence(&message(&h), &file_name).unwrap();
        // Not saved, so leaving asks first; the therapist leaves the change.
        click(&mut h, "Back");
        click(&mut h, "Leave them unsaved");
    } else {
        assert_eq!(message(&h), "Settings saved.");
    }

    // A new couple.
    type_into(&mut h, Role::TextInput, "First partner", "Ruth");
    type_into(&mut h, Role::TextInput, "Second partner", "Samuel");
    click(&mut h, "Add couple");
    assert!(
        message(&h) == "Ruth & Samuel added.",
        "the couple was not added: {}",
        message(&h)
    );
    close(h);

    // Opened again: the new work is all there, and the damaged file is still reported.
    let practice = Practice::open(root, Arc::new(clock)).unwrap();
    let names: Vec<String> = practice
        .couples()
        .iter()
        .map(|c| c.display_name())
        .collect();
    assert!(names.contains(&"Ruth & Samuel".to_owned()), "{names:?}");
    let healthy = practice.search("Marcus").pop().unwrap();
    let healthy = practice.couple(&healthy.id).unwrap();
    assert_eq!(healthy.sessions.len(), 3, "the new session is on disk");
    assert_eq!(
        healthy.couple.recorded_through, 3,
        "and in the couple's record"
    );
    let still = match target {
        Target::Journal => practice
            .session_history(&practice.search("Daniel").pop().unwrap().id)
            .iter()
            .any(|s| s.path == file && s.problem.is_some()),
        _ => practice.problems().any(|p| p.path == file),
    };
    assert!(still, "{file_name} is still reported after a restart");
}

/// The command line on a practice with one damaged file. Panics with what went wrong.
fn cli_with_damaged_file(target: Target, root: &Path, file: &Path, out: &Path, as_nobody: bool) {
    let data = root.to_str().unwrap();
    let file_name = file.display().to_string();
    let pdf = |name: &str| out.join(name).to_str().unwrap().to_owned();
    let export = |couple: &str, session: &str, to: &str| {
        groundwork(
            &[
                "--data-dir",
                data,
                "export",
                "notes",
                "--couple",
                couple,
                "--session",
                session,
                "--out",
                to,
            ],
            as_nobody,
        )
    };
    let lines_naming = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.contains(&file_name))
            .map(|l| l.strip_prefix("groundwork: ").unwrap_or(l).to_owned())
            .collect()
    };

    // A healthy couple's notes print; the damaged file (if the practice reads it on the way) is
    // named on stderr.
    let healthy = pdf("healthy.pdf");
    let ran = export(HEALTHY, "latest", &healthy);
    assert_eq!(ran.code, Some(0), "{}", ran.all());
    assert!(fs::read(&healthy).unwrap().starts_with(b"%PDF"));
    let said = lines_naming(&ran.stderr);
    if target == Target::Journal {
        assert!(said.is_empty(), "journals are read only when asked for");
    } else {
        assert_eq!(said.len(), 1, "{}", ran.stderr);
        plain_sentence(&said[0], &file_name).unwrap();
    }

    match target {
        Target::Journal => {
            let damaged = pdf("damaged.pdf");
            let ran = export(VICTIM, "1", &damaged);
            assert_eq!(ran.code, Some(1), "{}", ran.all());
            let said = lines_naming(&ran.stderr);
            assert_eq!(said.len(), 1, "{}", ran.stderr);
            plain_sentence(&said[0], &file_name).unwrap();
            assert!(
                !Path::new(&damaged).exists(),
                "no PDF from a damaged session"
            );
            let ran = export(VICTIM, "2", &pdf("other.pdf"));
            assert_eq!(
                ran.code,
                Some(0),
                "their other session prints: {}",
                ran.all()
            );
        }
        Target::Couple => {
            let ran = export(VICTIM, "latest", &pdf("victim.pdf"));
            assert_eq!(ran.code, Some(1), "{}", ran.all());
            assert!(ran.stderr.contains("no couple is called"), "{}", ran.stderr);
        }
        Target::Settings | Target::Template => {}
    }

    gets_to_the_window(data, as_nobody);
    let ran = groundwork(&["--data-dir", data, "templates", "check"], as_nobody);
    if target == Target::Template {
        assert_eq!(ran.code, Some(1), "{}", ran.all());
        let said = lines_naming(&ran.stdout);
        assert_eq!(said.len(), 1, "{}", ran.stdout);
        assert!(said[0].starts_with(&format!("{file_name}:")), "{}", said[0]);
    } else {
        assert_eq!(ran.code, Some(0), "{}", ran.all());
        assert!(ran.stdout.contains("all good"), "{}", ran.stdout);
    }
}

/// The app on a read-only data folder: it starts and lists everything, and each thing that
/// would write says plainly that it cannot, and why. Panics with what went wrong.
fn app_on_read_only_folder(root: &Path) {
    let root_name = root.display().to_string();
    let clock = FakeClock::new(now());
    let practice = Practice::open(root, Arc::new(clock))
        .unwrap_or_else(|e| panic!("the app did not start: {e}"));
    let mut h = open_app(practice);
    for couple in [OPEN, HEALTHY, VICTIM] {
        assert!(sees(&h, couple), "{couple} is listed");
    }
    assert!(
        h.query_by_label_contains("could not be read").is_none(),
        "every file can be read"
    );
    let refused = |h: &App, text: &str| {
        plain_sentence(text, &root_name).unwrap();
        assert!(text.contains("may not write"), "{text}");
        assert!(h.state().practice().live().is_none(), "no session runs");
    };

    type_into(&mut h, Role::TextInput, "First partner", "Ruth");
    type_into(&mut h, Role::TextInput, "Second partner", "Samuel");
    click(&mut h, "Add couple");
    let said = texts_naming(&h, &root_name);
    assert_eq!(said.len(), 1, "{said:?}");
    refused(&h, &said[0]);

    click(&mut h, &format!("Resume {OPEN}'s session"));
    refused(&h, &message(&h));

    click(&mut h, HEALTHY);
    click(&mut h, "Start session");
    refused(&h, &message(&h));
    click_first(&mut h, "Notes PDF");
    refused(&h, &message(&h));
    click(&mut h, "All couples");

    click(&mut h, "Settings");
    click(&mut h, "Save settings");
    refused(&h, &message(&h));
    close(h);
}

/// The command line on a read-only data folder: it prints to a folder the therapist chooses.
fn cli_on_read_only_folder(root: &Path, out: &Path) {
    let data = root.to_str().unwrap();
    let to = out.join("notes.pdf");
    let ran = groundwork(
        &[
            "--data-dir",
            data,
            "export",
            "notes",
            "--couple",
            HEALTHY,
            "--out",
            to.to_str().unwrap(),
        ],
        true,
    );
    assert_eq!(ran.code, Some(0), "{}", ran.all());
    assert!(ran.stderr.is_empty(), "{}", ran.stderr);
    let ran = groundwork(&["--data-dir", data, "templates", "check"], true);
    assert_eq!(ran.code, Some(0), "{}", ran.all());
    gets_to_the_window(data, true);
}

// ---------------------------------------------------------------------------------------------
// One case, from start to finish.

/// Runs one case in a fresh practice; what went wrong, if anything.
fn run_case(case: Case) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    let out = dir.path().join("out");
    fs::create_dir(&out).unwrap();
    write_practice(&root);

    let target = match case {
        Case::File(target, d) => {
            let file = target_path(&root, target);
            damage(&file, target, d);
            Some((target, file))
        }
        Case::ReadOnly => None,
        Case::ReadOnlyWithoutTemplates => {
            fs::remove_dir_all(root.join("templates")).unwrap();
            None
        }
    };
    if target.is_none() {
        make_read_only(&root);
    }
    let as_nobody = case.needs_permissions();
    if as_nobody && is_root() {
        give_to_nobody(dir.path());
    }
    let before = snapshot(&root);

    let attempt = |what: &str, f: &mut dyn FnMut()| {
        catch_unwind(AssertUnwindSafe(f)).map_err(|e| {
            let why = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            format!("{what}: {why}")
        })
    };
    let mut failures = Vec::new();
    let cli = attempt("command line", &mut || match &target {
        Some((t, file)) => cli_with_damaged_file(*t, &root, file, &out, as_nobody),
        None => cli_on_read_only_folder(&root, &out),
    });
    failures.extend(cli.err());
    let app = if as_nobody && is_root() {
        app_as_nobody(case, &root, target.as_ref().map(|t| t.1.as_path()))
    } else {
        attempt("app", &mut || match &target {
            Some((t, file)) => app_with_damaged_file(*t, &root, file),
            None => app_on_read_only_folder(&root),
        })
    };
    failures.extend(app.err());

    // What the app may change: the settings it saved and the record of the couple it ran a
    // session for. Everything else that was there, the damaged file first, is as it was.
    let may_change = match target {
        Some((t, _)) => {
            let mut files = vec![couple_dir(&root, HEALTHY).join("couple.ron")];
            if t != Target::Settings {
                files.push(root.join("settings.ron"));
            }
            files
        }
        None => Vec::new(),
    };
    if let Some((_, file)) = &target
        && before.get(file) != Some(&print_of(file))
    {
        failures.push(format!("{} changed", file.display()));
    }
    failures.extend(unchanged_since(&before, &root, &may_change).err());

    // Give the folder back so that it can be removed.
    for p in walk(dir.path()) {
        let dir = fs::symlink_metadata(&p).unwrap().is_dir();
        let _ = fs::set_permissions(
            &p,
            fs::Permissions::from_mode(if dir { 0o700 } else { 0o600 }),
        );
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n    "))
    }
}

/// Runs the app part of `case` in a copy of this test binary, as the unprivileged user.
fn app_as_nobody(case: Case, root: &Path, file: Option<&Path>) -> Result<(), String> {
    let mut cmd = Command::new(shared_bin_dir().join("broken_files"));
    cmd.args(["--exact", "child_app", "--nocapture", "--test-threads=1"])
        .env(CHILD_CASE, case.name())
        .env(CHILD_ROOT, root)
        .env("HOME", root);
    if let Some(file) = file {
        cmd.env(CHILD_TARGET, file);
    }
    unprivileged(&mut cmd);
    let ran = run(cmd, None);
    if ran.code == Some(0) && ran.stdout.contains("1 passed") {
        Ok(())
    } else {
        Err(format!(
            "app (as user {NOBODY}): exit {:?}\n{}",
            ran.code,
            ran.all()
        ))
    }
}

/// Runs only as the child of `app_as_nobody`: the app part of one case, as another user.
#[test]
fn child_app() {
    let (Ok(name), Ok(root)) = (std::env::var(CHILD_CASE), std::env::var(CHILD_ROOT)) else {
        return;
    };
    let root = Path::new(&root);
    match Case::from_name(&name) {
        Case::File(target, _) => {
            let file = std::env::var(CHILD_TARGET).unwrap();
            app_with_damaged_file(target, root, Path::new(&file));
        }
        Case::ReadOnly | Case::ReadOnlyWithoutTemplates => app_on_read_only_folder(root),
    }
}

/// Every case of the corpus, a few at a time; a summary at the end.
#[test]
fn every_damaged_file_is_named_left_alone_and_the_rest_works() {
    let started = Instant::now();
    // GW_CORPUS_ONLY=Journal runs the cases whose name contains it (to repeat a failure).
    let only = std::env::var("GW_CORPUS_ONLY").unwrap_or_default();
    let cases: Vec<Case> = Case::all()
        .into_iter()
        .filter(|c| c.name().contains(&only))
        .collect();
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(&case) = cases.get(i) else { break };
                    let t = Instant::now();
                    let result = run_case(case);
                    println!(
                        "{:>6.1} s  {}  {}",
                        t.elapsed().as_secs_f64(),
                        if result.is_ok() { "ok  " } else { "FAIL" },
                        case.name()
                    );
                    results.lock().unwrap().push((case, result));
                }
            });
        }
    });
    remove_shared_bins();
    let results = results.into_inner().unwrap();
    let failed: Vec<String> = results
        .iter()
        .filter_map(|(case, r)| {
            r.as_ref()
                .err()
                .map(|e| format!("{}:\n    {e}", case.name()))
        })
        .collect();
    let files = results
        .iter()
        .filter(|(c, _)| matches!(c, Case::File(..)))
        .count();
    let user = if is_root() {
        format!("the permission cases as user {NOBODY}")
    } else {
        "the permission cases as this user".to_owned()
    };
    let outcome = if failed.is_empty() {
        "all passed: app and command line started and named the file, every damaged file unchanged"
            .to_owned()
    } else {
        format!("{} FAILED", failed.len())
    };
    let summary = format!(
        "broken-files corpus: {} cases ({files} damaged files from {} kinds of file x {} kinds of damage, {} read-only data folders), {outcome}; {user}; {:.0} s\n",
        results.len(),
        TARGETS.len(),
        DAMAGES.len(),
        results.len() - files,
        started.elapsed().as_secs_f64(),
    );
    // Straight to stderr, past the test harness's capture, so that the count is always seen.
    let _ = io::stderr().write_all(summary.as_bytes());
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// A disk that fills up.

/// A disk that, once full, writes half of what it is given and then fails with ENOSPC, as a
/// real one does. `only` limits the failure to files whose name ends so.
#[derive(Debug, Default)]
struct FillingDisk {
    full: AtomicBool,
    only: Mutex<Option<&'static str>>,
    refused: AtomicUsize,
}

impl FillingDisk {
    fn fill(&self) {
        self.full.store(true, Ordering::SeqCst);
    }

    fn fill_for(&self, suffix: &'static str) {
        *self.only.lock().unwrap() = Some(suffix);
        self.fill();
    }

    fn make_room(&self) {
        self.full.store(false, Ordering::SeqCst);
        *self.only.lock().unwrap() = None;
    }
}

impl Disk for FillingDisk {
    fn write(&self, path: &Path, file: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
        let applies = self
            .only
            .lock()
            .unwrap()
            .is_none_or(|s| path.to_string_lossy().ends_with(s));
        if self.full.load(Ordering::SeqCst) && applies {
            file.write_all(&bytes[..bytes.len() / 2])?;
            self.refused.fetch_add(1, Ordering::SeqCst);
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        file.write_all(bytes)
    }
}

fn full_disk_app(root: &Path, clock: &FakeClock) -> (App, Arc<FillingDisk>) {
    let disk = Arc::new(FillingDisk::default());
    let practice = Practice::open_with_disk(root, Arc::new(clock.clone()), disk.clone()).unwrap();
    (open_app(practice), disk)
}

/// The disk fills up during a session: the step the therapist took is not shown as done, a plain
/// sentence says why and what to do, the journal keeps every earlier entry and no half line, and
/// once there is room the session carries on where it was.
#[test]
fn a_full_disk_during_a_session_loses_nothing_and_the_session_carries_on() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    write_practice(&root);
    let clock = FakeClock::new(now());
    let (mut h, disk) = full_disk_app(&root, &clock);
    click(&mut h, HEALTHY);
    click(&mut h, "Start session");
    for _ in 0..3 {
        move_on(&mut h);
    }
    assert!(sees(&h, "Nobody has the floor"));
    let journal = h.state().practice().live().unwrap().path().to_owned();
    let journal_name = journal.display().to_string();
    let before = fs::read(&journal).unwrap();
    let entries = read_journal(&journal).unwrap().entries;

    disk.fill();
    press(&mut h, Key::Space);
    assert!(
        disk.refused.load(Ordering::SeqCst) > 0,
        "the write was tried"
    );
    assert!(
        sees(&h, "Nobody has the floor"),
        "the turn is not shown as started"
    );
    let said = message(&h);
    plain_sentence(&said, &journal_name).unwrap();
    assert!(
        said.starts_with("The disk is full, so the last step was not recorded"),
        "{said}"
    );
    assert_eq!(
        fs::read(&journal).unwrap(),
        before,
        "no half line in the journal"
    );
    clock.advance(5 * SECOND);
    move_on(&mut h);
    assert_eq!(
        h.state().practice().live().unwrap().state().phase,
        3,
        "nothing moves while the disk is full"
    );
    assert_eq!(fs::read(&journal).unwrap(), before);

    disk.make_room();
    press(&mut h, Key::Space);
    assert!(
        sees(&h, "Marcus is speaking"),
        "the same key works once there is room"
    );
    assert_eq!(message(&h), "", "the warning is gone");
    let read = read_journal(&journal).unwrap();
    assert_eq!(read.torn, None);
    assert_eq!(
        read.entries[..entries.len()],
        entries[..],
        "every earlier entry kept"
    );
    assert_eq!(read.entries.len(), entries.len() + 1);

    // Ending the session on a full disk: it is not ended; with room again, it is.
    clock.advance(40 * SECOND);
    disk.fill();
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    assert!(!h.state().practice().live().unwrap().state().is_ended());
    plain_sentence(&message(&h), &journal_name).unwrap();
    disk.make_room();
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    assert!(h.state().practice().live().unwrap().state().is_ended());
    close(h);
    let practice = Practice::open(&root, Arc::new(clock)).unwrap();
    assert_eq!(
        practice
            .couple(&practice.search("Marcus")[0].id)
            .unwrap()
            .couple
            .recorded_through,
        3,
        "the ended session is in the couple's record"
    );
}

/// Every other write on a full disk (settings, a new couple, a new session's journal, a PDF)
/// leaves what was there as it was, with nothing half-written beside it, and says so plainly.
/// The session's end reaching the journal while the couple's file cannot be saved is recorded
/// the next time Groundwork starts.
#[test]
fn a_full_disk_keeps_every_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    write_practice(&root);
    let healthy_couple = couple_dir(&root, HEALTHY).join("couple.ron");
    let before = snapshot(&root);
    let clock = FakeClock::new(now());
    let (mut h, disk) = full_disk_app(&root, &clock);
    disk.fill();
    let full = |h: &App, text: &str, file: &str| {
        plain_sentence(text, file).unwrap();
        assert!(text.starts_with("The disk is full"), "{text}");
        let _ = h;
    };

    click(&mut h, "Settings");
    type_into(&mut h, Role::TextInput, "Practice name", " North");
    click(&mut h, "Save settings");
    full(
        &h,
        &message(&h),
        &root.join("settings.ron").display().to_string(),
    );
    // Not saved, so leaving asks first; the therapist leaves the change.
    click(&mut h, "Back");
    click(&mut h, "Leave them unsaved");

    type_into(&mut h, Role::TextInput, "First partner", "Ruth");
    type_into(&mut h, Role::TextInput, "Second partner", "Samuel");
    click(&mut h, "Add couple");
    let said = texts_naming(&h, "couple.ron");
    assert_eq!(said.len(), 1, "{said:?}");
    full(&h, &said[0], "couple.ron");
    assert!(h.state().practice().search("Ruth").is_empty());

    click(&mut h, HEALTHY);
    click(&mut h, "Start session");
    full(&h, &message(&h), ".journal");
    assert!(h.state().practice().live().is_none());
    click_first(&mut h, "Notes PDF");
    click(&mut h, "Save");
    full(&h, &message(&h), ".pdf");
    let exports = couple_dir(&root, HEALTHY).join("exports");
    assert_eq!(fs::read_dir(&exports).unwrap().count(), 0, "no half PDF");
    unchanged_since(&before, &root, &[]).unwrap();

    // Room again: the same steps work. The session's end reaches the journal, but the disk
    // fills up before the couple's file is saved.
    disk.make_room();
    click(&mut h, "Start session");
    assert!(h.state().practice().live().is_some(), "{}", message(&h));
    disk.fill_for("couple.ron");
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    assert!(h.state().practice().live().unwrap().state().is_ended());
    full(&h, &message(&h), &healthy_couple.display().to_string());
    close(h);
    assert_eq!(print_of(&healthy_couple), before[&healthy_couple]);

    let practice = Practice::open(&root, Arc::new(clock)).unwrap();
    assert_eq!(
        practice
            .couple(&practice.search("Marcus")[0].id)
            .unwrap()
            .couple
            .recorded_through,
        3,
        "recorded on the next start"
    );
}

/// Notes typed while the disk is full are kept on screen and recorded once there is room: the
/// step and section notes when the therapist leaves the session, the quick note when it is added
/// again.
#[test]
fn notes_typed_on_a_full_disk_are_recorded_once_there_is_room() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    write_practice(&root);
    let clock = FakeClock::new(now());
    let (mut h, disk) = full_disk_app(&root, &clock);
    click(&mut h, HEALTHY);
    click(&mut h, "Start session");
    let journal = h.state().practice().live().unwrap().path().to_owned();
    move_on(&mut h);
    move_on(&mut h);
    disk.fill();

    // A step note, left for the next field: it is recorded then, and the disk refuses it.
    h.get_by_label("Notes on this step").click();
    h.run();
    h.get_by_label("Notes on this step")
        .type_text("Both held the floor well");
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Data")
        .click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Data")
        .type_text("Lena named the fear of moving first");
    h.run();
    type_into(&mut h, Role::TextInput, "Quick note", "Marcus laughed");
    click(&mut h, "Add note");
    plain_sentence(&message(&h), &journal.display().to_string()).unwrap();
    assert_eq!(
        h.get_by_role_and_label(Role::TextInput, "Quick note")
            .value()
            .as_deref(),
        Some("Marcus laughed"),
        "the quick note stays in its field"
    );
    assert_eq!(
        h.get_by_role_and_label(Role::MultilineTextInput, "Data")
            .value()
            .as_deref(),
        Some("Lena named the fear of moving first"),
        "the note stays in its field"
    );

    disk.make_room();
    click(&mut h, "Add note");
    click(&mut h, "Leave");
    close(h);
    let read = read_journal(&journal).unwrap();
    let state = groundwork::session::SessionState::from_entries(&read.entries).unwrap();
    let step_note = state.guided.get(&2).map(|g| g.notes[0].as_str());
    assert_eq!(step_note, Some("Both held the floor well"));
    assert_eq!(
        state.notes.section("Data"),
        "Lena named the fear of moving first"
    );
    assert!(
        state.notes.quick.iter().any(|q| q.text == "Marcus laughed"),
        "{:?}",
        state.notes.quick
    );
}
