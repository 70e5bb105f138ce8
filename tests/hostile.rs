//! Hostile input through the real app, as a therapist could type or paste it: empty, huge and
//! control-character names and notes; zero, negative and absurd durations in the settings and
//! in template files; emoji, right-to-left and combining characters; a thousand agreements; a
//! megabyte of pasted notes. Nothing may panic; what makes no sense is refused with a message
//! on screen; what makes sense is kept as typed; the PDFs still export.
//!
//! At the end of the run the tally is printed: inputs tried, refusals seen with their message,
//! and flows that ended in a panic.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use groundwork::model::{AgreementTerms, Frequency, MINUTE, Owner, SECOND};
use groundwork::session::{Command, FakeClock, SessionState};
use groundwork::ui::Action;

mod common;

use common::{
    App, at, click, dont_see, message, move_on, open, press, retype, see, see_part, session,
};

// ---------------------------------------------------------------------------------------------
// The tally, printed once the last flow is done.

static INPUTS: AtomicUsize = AtomicUsize::new(0);
static REFUSALS: AtomicUsize = AtomicUsize::new(0);
static PANICS: AtomicUsize = AtomicUsize::new(0);
static FINISHED: AtomicUsize = AtomicUsize::new(0);
/// The number of `#[test]` flows below: the last one to finish prints the tally.
const FLOWS: usize = 7;

/// Held for the length of a flow: counts it as finished (and as a panic if it is unwinding).
struct Flow;

impl Drop for Flow {
    fn drop(&mut self) {
        if std::thread::panicking() {
            PANICS.fetch_add(1, Ordering::SeqCst);
        }
        if FINISHED.fetch_add(1, Ordering::SeqCst) + 1 == FLOWS {
            // Straight to stderr: the test harness captures print!, not the stream itself.
            let _ = writeln!(
                std::io::stderr(),
                "\nhostile input: inputs tried: {}, refusals with message: {}, panics: {}\n",
                INPUTS.load(Ordering::SeqCst),
                REFUSALS.load(Ordering::SeqCst),
                PANICS.load(Ordering::SeqCst)
            );
        }
    }
}

fn tried(n: usize) {
    INPUTS.fetch_add(n, Ordering::SeqCst);
}

/// Asserts that the refusal `part` is on screen, and counts it.
#[track_caller]
fn refused(h: &App, part: &str) {
    see_part(h, part);
    REFUSALS.fetch_add(1, Ordering::SeqCst);
}

// ---------------------------------------------------------------------------------------------
// More of the therapist's hands and eyes (the common ones are in tests/common).

/// Puts the cursor in the field and pastes `text` at the cursor, as Ctrl+V does.
fn paste(h: &mut App, role: Role, label: &str, text: &str) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
    h.event(egui::Event::Paste(text.to_owned()));
    h.run();
}

/// Ends the session from the console and prints `kind` ("homework sheet" or "session notes")
/// with the save dialog's proposed name. Returns the file and the app's message.
fn print(h: &mut App, button: &str) -> (PathBuf, String) {
    click(h, button);
    click(h, "Save");
    let m = h.state().message().expect("a message after saving").clone();
    assert!(!m.error, "{}", m.text);
    (m.file.expect("the saved file is offered"), m.text)
}

/// What a PDF says, page by page, with its page count and whether its fonts are embedded.
struct Pdf {
    pages: Vec<String>,
    embedded_fonts: usize,
}

fn read_pdf(path: &Path) -> Pdf {
    let doc = lopdf::Document::load(path).unwrap();
    let n = doc.get_pages().len() as u32;
    let pages = (1..=n)
        .map(|p| doc.extract_text(&[p]).unwrap_or_default())
        .collect();
    let embedded_fonts = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"FontFile2").is_ok())
        .count();
    Pdf {
        pages,
        embedded_fonts,
    }
}

/// Whether the letters of `name` (not its accents, emoji or spaces) are in `text` in order, or
/// in reverse for a right-to-left name, which is printed in visual order.
fn letters_in(text: &str, name: &str) -> bool {
    let letters = |s: &str| -> String { s.chars().filter(|c| c.is_alphabetic()).collect() };
    // Arabic is drawn joined and copies back as its letters; lopdf reads right-to-left words
    // in the order they are drawn, so either order is accepted here.
    let (text, name) = (letters(text), letters(name));
    text.contains(&name) || text.contains(&name.chars().rev().collect::<String>())
}

impl Pdf {
    fn all(&self) -> String {
        self.pages.concat()
    }
}

// ---------------------------------------------------------------------------------------------
// Names.

/// Types both names and clicks "Add couple".
fn try_couple(h: &mut App, a: &str, b: &str) {
    retype(h, Role::TextInput, "First partner", a);
    retype(h, Role::TextInput, "Second partner", b);
    click(h, "Add couple");
    tried(1);
}

fn couple_names(h: &App) -> Vec<(String, String)> {
    h.state()
        .practice()
        .couples()
        .iter()
        .map(|c| (c.partner_a.clone(), c.partner_b.clone()))
        .collect()
}

#[test]
fn hostile_names_are_refused_with_a_message_or_kept_as_written() {
    let _flow = Flow;
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 14, 0));
    let mut h = open(dir.path(), &clock);

    // Nothing there, or nothing but spaces and control characters: refused, nothing created.
    for empty in ["", "   ", "\u{0}\u{7}\r\n\t", "\u{202E}\u{200B}"] {
        try_couple(&mut h, empty, "Emma");
        refused(&h, "Please enter a name for the first partner.");
        assert!(couple_names(&h).is_empty(), "{empty:?} made a couple");
    }

    // 10,000 characters: refused with the length and the limit; the text stays to be fixed.
    let huge = "Alexandra".repeat(1_112);
    let huge = &huge[..10_000];
    try_couple(&mut h, "Sophie", huge);
    refused(
        &h,
        "A name for the second partner can be at most 60 characters; this one is 10,000.",
    );
    assert!(couple_names(&h).is_empty());
    dont_see(&h, "added.");
    let kept = h
        .get_by_role_and_label(Role::TextInput, "Second partner")
        .value()
        .unwrap();
    assert_eq!(
        kept.chars().count(),
        10_000,
        "what was typed is still there"
    );

    // Names a person can have: kept exactly as typed, in the list, on the page, in the console.
    let names: &[(&str, &str, &str, &str)] = &[
        // typed a, typed b, kept a, kept b
        ("Zoe\u{308}", "Kwame", "Zoe\u{308}", "Kwame"),
        ("דנה", "ليلى", "דנה", "ليلى"),
        ("Sam 👩‍❤️‍👩", "Alex 🇫🇷", "Sam 👩‍❤️‍👩", "Alex 🇫🇷"),
        ("Z̷̢̛a̴͔l̸̡g̵̣o̶̤", "Ben", "Z̷̢̛a̴͔l̸̡g̵̣o̶̤", "Ben"),
        // Controls become spaces; a bidi override (which would reverse the rest of a printed
        // line) is dropped.
        ("Ana\u{0}Lucía", "Tom\r\nHardy", "Ana Lucía", "Tom Hardy"),
        ("\u{202E}Eve", "Adam\u{7}", "Eve", "Adam"),
    ];
    for (a, b, kept_a, kept_b) in names {
        tried(1);
        retype(&mut h, Role::TextInput, "First partner", a);
        retype(&mut h, Role::TextInput, "Second partner", b);
        click(&mut h, "Add couple");
        let display = format!("{kept_a} & {kept_b}");
        see(&h, &format!("{display} added."));
        see(&h, &display);
        assert!(
            couple_names(&h).contains(&(kept_a.to_string(), kept_b.to_string())),
            "{display:?} kept as written"
        );
        click(&mut h, "All couples");
        see(&h, &display);
    }
    assert_eq!(couple_names(&h).len(), names.len());

    // Every couple through a session: console, couple display, both PDFs.
    for (_, _, a, b) in names {
        let display = format!("{a} & {b}");
        click(&mut h, &display);
        click(&mut h, "Start session");
        see(&h, &display);
        press(&mut h, Key::D);
        for _ in 0..3 {
            move_on(&mut h);
        }
        press(&mut h, Key::Space);
        see(&h, &format!("{a} is speaking"));
        press(&mut h, Key::D);
        click(&mut h, "End session");
        click(&mut h, "End the session now");
        for button in [
            "Print the homework sheet (PDF)",
            "Print the session notes (PDF)",
        ] {
            let (file, said) = print(&mut h, button);
            // The file's own name is readable too: accents kept, nothing dropped leaves a gap.
            let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
            assert!(!file_name.contains("  "), "{file_name:?}");
            if a.starts_with("Zoe") {
                assert!(file_name.contains(a), "{file_name:?}");
            }
            let pdf = read_pdf(&file);
            assert!(!pdf.pages.is_empty());
            assert!(pdf.embedded_fonts >= 1, "the font is embedded");
            let text = pdf.all();
            for name in [a, b] {
                assert!(letters_in(&text, name), "{name:?} in {file:?}: {text}");
            }
            eprintln!("{said}");
        }
        click(&mut h, "Leave");
        click(&mut h, "All couples");
    }
}

// ---------------------------------------------------------------------------------------------
// Notes.

/// Adds a couple and starts their session with the first protocol offered.
fn start_session(h: &mut App, a: &str, b: &str) {
    try_couple(h, a, b);
    see(h, &format!("{a} & {b} added."));
    click(h, "Start session");
    assert!(h.state().practice().live().is_some(), "the session started");
}

/// Note text that reads like notes: sentences and paragraphs, some of them not in English.
fn notes_of(chars: usize) -> String {
    let sentences = [
        "Sophie described the week as calmer and named one moment she felt heard. ",
        "Emma kept the agreement to share her schedule, except on Thursday. ",
        "Both softened when the conversation turned to the children.\n",
        "Dana said \u{5ea}\u{5d5}\u{5d3}\u{5d4} (thank you) in Hebrew to her mother on the phone. ",
        "Zoë and Łukasz laughed about the café. ",
    ];
    let mut out = String::with_capacity(chars + 100);
    let mut i = 0;
    while out.chars().count() < chars {
        out.push_str(sentences[i % sentences.len()]);
        i += 1;
    }
    out.chars().take(chars).collect()
}

/// Time for one frame of the app as it is now (layout included, in this build).
fn frame_time(h: &mut App) -> Duration {
    let start = Instant::now();
    h.step();
    start.elapsed()
}

static SLOWEST_NOTES_FRAME_MS: AtomicUsize = AtomicUsize::new(0);

#[test]
fn a_megabyte_of_notes_and_control_characters_are_recorded_and_printed() {
    let _flow = Flow;
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 14, 0));
    let mut h = open(dir.path(), &clock);
    start_session(&mut h, "Ruth", "Samuel");

    // A megabyte pasted at once: recorded whole when the field is left.
    let megabyte = notes_of(1_000_000);
    tried(1);
    paste(&mut h, Role::MultilineTextInput, "Data", &megabyte);
    let slowest = (0..3).map(|_| frame_time(&mut h)).max().unwrap();
    SLOWEST_NOTES_FRAME_MS.fetch_max(slowest.as_millis() as usize, Ordering::SeqCst);
    press(&mut h, Key::Escape);
    assert_eq!(
        session(&h).notes.section("Data"),
        megabyte,
        "recorded whole"
    );
    let path = h.state().practice().live().unwrap().path().to_owned();
    let on_disk = groundwork::store::read_journal(&path).unwrap();
    let state = SessionState::from_entries(&on_disk.entries).unwrap();
    assert_eq!(
        state.notes.section("Data"),
        megabyte,
        "in the journal on disk"
    );

    // More than the limit: refused with the length and the limit, the recorded note kept.
    tried(1);
    paste(&mut h, Role::MultilineTextInput, "Data", " One more line.");
    press(&mut h, Key::Escape);
    refused(
        &h,
        "This note is 1,000,015 characters long; the limit is 1,000,000. Please split it.",
    );
    assert_eq!(session(&h).notes.section("Data"), megabyte);

    // Control characters: line breaks kept, the rest dropped, a bidi override too.
    tried(1);
    paste(
        &mut h,
        Role::MultilineTextInput,
        "Assessment",
        "Escalation\u{0} low\u{7}.\r\nRepair attempts \u{202E}accepted\tboth ways.\rPlan next.",
    );
    press(&mut h, Key::Escape);
    assert_eq!(
        session(&h).notes.section("Assessment"),
        "Escalation low.\nRepair attempts accepted\tboth ways.\nPlan next."
    );

    // A 10,000-character quick note: refused, and still in the field to be shortened.
    let long_quick = notes_of(10_000).replace('\n', " ");
    tried(1);
    press(&mut h, Key::Q);
    h.get_by_role_and_label(Role::TextInput, "Quick note")
        .type_text(&long_quick);
    press(&mut h, Key::Enter);
    refused(
        &h,
        "The quick note can be at most 500 characters; this one is 10,000.",
    );
    assert!(session(&h).notes.quick.is_empty());
    let kept = h
        .get_by_role_and_label(Role::TextInput, "Quick note")
        .value()
        .unwrap();
    assert_eq!(kept.chars().count(), 10_000, "kept to be shortened");
    // Shortened, with emoji and Hebrew: added as written.
    let quick = "Samuel 😊 said שלום to Ruth";
    tried(1);
    retype(&mut h, Role::TextInput, "Quick note", quick);
    press(&mut h, Key::Enter);
    see(&h, quick);
    assert_eq!(session(&h).notes.quick[0].text, quick);

    // The notes print: every page numbered, the font embedded, the last words there.
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    let started = Instant::now();
    let (file, said) = print(&mut h, "Print the session notes (PDF)");
    let took = started.elapsed();
    let pdf = read_pdf(&file);
    let n = pdf.pages.len();
    assert!(n > 100, "a megabyte of notes is many pages: {n}");
    assert!(said.contains(&format!("({n} pages)")), "{said}");
    assert!(pdf.embedded_fonts >= 1);
    for (i, page) in pdf.pages.iter().enumerate() {
        assert!(
            page.contains(&format!("page {} of {n}", i + 1)),
            "page {} is numbered",
            i + 1
        );
    }
    let last_words: String = megabyte
        .split_whitespace()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(pdf.all().contains(&last_words), "{last_words:?} printed");
    assert!(pdf.all().contains("Repair attempts accepted"));
    let _ = writeln!(
        std::io::stderr(),
        "notes: a frame with 1 MB in the field took {} ms; the {n}-page notes PDF {} ms",
        slowest.as_millis(),
        took.as_millis()
    );
}

// ---------------------------------------------------------------------------------------------
// Durations: the settings screen, commands with absurd lengths, and template files.

/// Types `value` into the number field labelled `label` (a drag value: click, then type).
fn type_number(h: &mut App, label: &str, value: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(value);
    h.run();
    press(h, Key::Enter);
}

#[test]
fn zero_negative_and_absurd_timer_lengths_are_refused_in_the_settings() {
    let _flow = Flow;
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 14, 0));
    let mut h = open(dir.path(), &clock);
    click(&mut h, "Settings");
    click(&mut h, "Speaking: my own length");
    click(&mut h, "Timeout when flooded: my own length");
    let before = h.state().practice().settings().clone();

    for (row, value, reason) in [
        (
            "Speaking",
            "0",
            "0 seconds is out of range: use 10 to 3600 seconds",
        ),
        (
            "Speaking",
            "-30",
            "-30 seconds is out of range: use 10 to 3600 seconds",
        ),
        (
            "Speaking",
            "1000000000",
            "1000000000 seconds is out of range: use 10 to 3600 seconds",
        ),
        (
            "Timeout when flooded",
            "0",
            "0 minutes is out of range: use 1 to 240 minutes",
        ),
        (
            "Timeout when flooded",
            "-20",
            "-20 minutes is out of range: use 1 to 240 minutes",
        ),
        (
            "Timeout when flooded",
            "1000000000",
            "1000000000 minutes is out of range: use 1 to 240 minutes",
        ),
    ] {
        tried(1);
        type_number(&mut h, row, value);
        refused(&h, reason);
        click(&mut h, "Save settings");
        refused(&h, &format!("Not saved. {row}: {reason}."));
        assert_eq!(
            h.state().practice().settings(),
            &before,
            "{row} {value}: nothing saved"
        );
        // Back to a length that works before the next try.
        type_number(&mut h, row, if row == "Speaking" { "120" } else { "20" });
    }

    // A practice name of 10,000 characters: refused the same way.
    tried(1);
    retype(
        &mut h,
        Role::TextInput,
        "Practice name",
        &"Calm Waters ".repeat(834),
    );
    click(&mut h, "Save settings");
    refused(
        &h,
        "The practice name can be at most 200 characters; this one is 10,007.",
    );
    retype(
        &mut h,
        Role::TextInput,
        "Practice name",
        "Calm Waters 🌊 Couples",
    );

    // Lengths that make sense are saved and used.
    tried(2);
    type_number(&mut h, "Speaking", "90");
    type_number(&mut h, "Timeout when flooded", "25");
    click(&mut h, "Save settings");
    see(&h, "Settings saved.");
    let d = h.state().practice().settings().durations;
    assert_eq!(d.speak_seconds.map(|s| s.get()), Some(90));
    assert_eq!(d.flooding_minutes.map(|m| m.get()), Some(25));
    see(&h, "Calm Waters 🌊 Couples");

    start_session(&mut h, "Maya", "Noah");
    for _ in 0..3 {
        move_on(&mut h);
    }
    press(&mut h, Key::Space);
    see(&h, "Maya is speaking");
    see(&h, "1:30");
    press(&mut h, Key::T);
    see_part(&h, "Maya is flooded · 25 min");
    press(&mut h, Key::Escape);

    // Lengths no screen offers, sent the way the screens send commands: each refused with
    // the value and what is allowed, and the session goes on.
    for (command, reason) in [
        (
            Command::CallTimeout {
                by: groundwork::model::Caller::Therapist,
                reason: groundwork::model::TimeoutReason::Break,
                length_ms: Some(0),
            },
            "A timeout lasts between 10 s and 4 h; 0 s was asked for.",
        ),
        (
            Command::CallTimeout {
                by: groundwork::model::Caller::Therapist,
                reason: groundwork::model::TimeoutReason::Break,
                length_ms: Some(-60_000),
            },
            "A timeout lasts between 10 s and 4 h; -1 min was asked for.",
        ),
        (
            Command::CallTimeout {
                by: groundwork::model::Caller::Therapist,
                reason: groundwork::model::TimeoutReason::Break,
                length_ms: Some(1_000_000_000 * SECOND as i64),
            },
            "A timeout lasts between 10 s and 4 h; 277777 h 47 min was asked for.",
        ),
        (
            Command::Extend { ms: 0 },
            "The extra time must be more than zero; 0 s was asked for.",
        ),
        (
            Command::Extend { ms: -30_000 },
            "The extra time must be more than zero; -30 s was asked for.",
        ),
        (
            Command::Extend {
                ms: 1_000_000_000 * SECOND as i64,
            },
            "The extra time can be at most 30 min at once; 277777 h 47 min was asked for.",
        ),
    ] {
        tried(1);
        h.state_mut().apply(Action::Session(command));
        h.run();
        refused(&h, reason);
        assert_eq!(message(&h), reason, "the whole sentence");
    }
    see(&h, "Maya is speaking");
    see(&h, "1:30");
    clock.advance(10 * SECOND);
    h.run();
    see(&h, "1:20");
    let _ = MINUTE;
}

/// A small template of the therapist's own, with `speak` and `flooding` as written.
fn user_template(id: &str, speak: &str, flooding: &str, step: &str) -> String {
    format!(
        r#"#![enable(implicit_some)]
(
    schema: 1,
    id: "{id}",
    name: "Mine {id}",
    summary: "A short practice.",
    source: "Our own",
    phases: [
        (title: "Dialogue", minutes: 30, kind: SpeakerListener(speak_seconds: {speak}, paraphrase_seconds: 60)),
        (title: "Steps", minutes: 10, kind: GuidedSteps(steps: [(title: "One", prompt: "First.", minutes: {step})])),
    ],
    timeouts: (flooding_minutes: {flooding}, break_minutes: 5),
)
"#
    )
}

#[test]
fn template_files_with_absurd_lengths_are_refused_and_the_shipped_ones_still_work() {
    let _flow = Flow;
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let files = [
        (
            "zero.ron",
            user_template("zero", "0", "20", "5"),
            "0 seconds is out of range: use 10 to 3600 seconds",
        ),
        (
            "negative.ron",
            user_template("negative", "-90", "20", "5"),
            "-90 seconds is out of range: use 10 to 3600 seconds",
        ),
        (
            "absurd.ron",
            user_template("absurd", "1000000000", "20", "5"),
            "1000000000 seconds is out of range: use 10 to 3600 seconds",
        ),
        (
            "flooding.ron",
            user_template("flooding", "120", "0", "5"),
            "0 minutes is out of range: use 1 to 240 minutes",
        ),
        (
            "timeout.ron",
            user_template("timeout", "120", "-20", "5"),
            "-20 minutes is out of range: use 1 to 240 minutes",
        ),
        (
            "step.ron",
            user_template("step", "120", "20", "1000000000"),
            "1000000000 minutes is out of range: use 1 to 240 minutes",
        ),
        // Beyond any whole number the file format reads: refused where it stands.
        (
            "huge.ron",
            user_template("huge", "99999999999999999999", "20", "5"),
            "this number is far too large or too small to mean anything here",
        ),
        // The shipped protocol's id, with a zero: refused, so the shipped one stays.
        (
            "speaker-listener.ron",
            user_template("speaker-listener", "0", "20", "5"),
            "0 seconds is out of range",
        ),
    ];
    for (name, text, _) in &files {
        std::fs::write(templates.join(name), text).unwrap();
    }
    tried(files.len());
    let clock = FakeClock::new(at(23, 14, 0));
    let mut h = open(dir.path(), &clock);
    see(&h, "Some files could not be read");
    for (name, _, reason) in &files {
        let sentence = h
            .get_all_by_label_contains(name)
            // A label's text is its accessible value.
            .filter_map(|n| n.accesskit_node().value())
            .find(|l| l.contains(reason))
            .unwrap_or_else(|| panic!("no sentence about {name} saying {reason:?}"));
        assert!(sentence.contains("(line "), "{sentence}");
        REFUSALS.fetch_add(1, Ordering::SeqCst);
    }
    let ids: Vec<String> = h
        .state()
        .practice()
        .templates()
        .templates
        .iter()
        .map(|t| t.id.clone())
        .collect();
    for (name, ..) in &files {
        let id = name.trim_end_matches(".ron");
        assert!(
            id == "speaker-listener" || !ids.contains(&id.to_owned()),
            "{id} was refused"
        );
    }

    // The shipped speaker–listener protocol, as it ships.
    start_session(&mut h, "Maya", "Noah");
    assert_eq!(session(&h).info.template_id, "speaker-listener");
    for _ in 0..3 {
        move_on(&mut h);
    }
    press(&mut h, Key::Space);
    see(&h, "Maya is speaking");
    see(&h, "2:00");
    press(&mut h, Key::T);
    see_part(&h, "Maya is flooded · 20 min");
}

// ---------------------------------------------------------------------------------------------
// A thousand agreements.

/// Moves through the agenda with the arrow key until the phase titled `title` is on.
fn go_to_phase(h: &mut App, title: &str) {
    for _ in 0..12 {
        if session(h).current_phase().is_some_and(|p| p.title == title) {
            return;
        }
        move_on(h);
    }
    panic!("no phase {title:?}");
}

/// The agreement the form would send for `behaviour`: both partners, every day, after breakfast.
fn daily(behaviour: &str) -> AgreementTerms {
    AgreementTerms {
        who: Owner::Both,
        behaviour: behaviour.to_owned(),
        when: Frequency::Daily,
        anchor: "after breakfast".to_owned(),
        evidence: String::new(),
        review_on: None,
    }
}

fn numbered(i: usize) -> String {
    format!("Agreement {i:04}: we say one kind thing to each other")
}

/// The agreement numbers printed on a page of the homework sheet, in order.
fn numbers_on(page: &str) -> Vec<usize> {
    page.match_indices("Agreement ")
        .filter_map(|(at, _)| page.get(at + 10..at + 14)?.parse().ok())
        .collect()
}

static SLOWEST_AGREEMENTS_FRAME_MS: AtomicUsize = AtomicUsize::new(0);

fn time_frames(h: &mut App, record: &AtomicUsize) {
    let slowest = (0..2).map(|_| frame_time(h)).max().unwrap();
    record.fetch_max(slowest.as_millis() as usize, Ordering::SeqCst);
}

#[test]
fn a_thousand_agreements_are_kept_shown_reviewed_and_printed() {
    let _flow = Flow;
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 14, 0));
    let mut h = open(dir.path(), &clock);
    start_session(&mut h, "Iris", "Omar");
    go_to_phase(&mut h, "Homework agreements");

    // The first two through the form, as the therapist types them.
    for i in 1..=2 {
        tried(1);
        click(&mut h, "Both");
        retype(
            &mut h,
            Role::MultilineTextInput,
            "What, in their own words",
            &numbered(i),
        );
        retype(
            &mut h,
            Role::TextInput,
            "Anchor habit: when it happens",
            "after breakfast",
        );
        click(&mut h, "Add agreement");
        see(&h, "Agreement added.");
    }
    // The rest through the commands the form sends, in the same way (counted as one input).
    tried(1);
    for i in 3..=1_000 {
        h.state_mut()
            .apply(Action::Session(Command::AddAgreement(daily(&numbered(i)))));
    }
    h.run();
    time_frames(&mut h, &SLOWEST_AGREEMENTS_FRAME_MS);
    see(&h, "Agreed this session (1000)");
    see(&h, &format!("Iris and Omar: {}", numbered(1_000)));

    // One more: refused with the limit; the form keeps it.
    tried(1);
    retype(
        &mut h,
        Role::MultilineTextInput,
        "What, in their own words",
        "We also tidy the kitchen together",
    );
    click(&mut h, "Add agreement");
    refused(
        &h,
        "A session can hold at most 1000 agreements; fewer, smaller agreements work better.",
    );
    assert_eq!(session(&h).agreements.len(), 1_000);
    assert_eq!(
        h.get_by_role_and_label(Role::MultilineTextInput, "What, in their own words")
            .value()
            .as_deref(),
        Some("We also tidy the kitchen together")
    );

    // The sheet: every agreement once, in order, none split, pages filled evenly.
    go_to_phase(&mut h, "Closing");
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    let (file, said) = print(&mut h, "Print the homework sheet (PDF)");
    let pdf = read_pdf(&file);
    let n = pdf.pages.len();
    assert!(said.contains(&format!("({n} pages)")), "{said}");
    let per_page: Vec<Vec<usize>> = pdf.pages.iter().map(|p| numbers_on(p)).collect();
    let all: Vec<usize> = per_page.concat();
    assert_eq!(all, (1..=1_000).collect::<Vec<_>>(), "each once, in order");
    let with_cards: Vec<usize> = (0..n).filter(|&p| !per_page[p].is_empty()).collect();
    let (first, last) = (with_cards[0], *with_cards.last().unwrap());
    assert_eq!(with_cards, (first..=last).collect::<Vec<_>>(), "no gaps");
    let full = per_page[first + 1].len();
    assert!(full >= 3, "{full} agreements a page");
    for (p, numbers) in per_page.iter().enumerate().take(last).skip(first + 1) {
        // The last row of cards goes on with the signatures that sign it: the page before
        // may then hold one row (two cards) fewer.
        let expected = if p + 1 == last {
            full - 2..=full
        } else {
            full..=full
        };
        assert!(
            expected.contains(&numbers.len()),
            "page {} is filled like the others: {} of {full}",
            p + 1,
            numbers.len()
        );
    }
    assert!(per_page[first].len() <= full && per_page[last].len() <= full);
    assert!(
        n - 1 - last <= 2,
        "rules, the hard-times box and signatures follow closely"
    );
    for (i, page) in pdf.pages.iter().enumerate() {
        assert!(page.contains(&format!("page {} of {n}", i + 1)));
    }
    let (notes, _) = print(&mut h, "Print the session notes (PDF)");
    assert!(read_pdf(&notes).all().contains(&numbered(1_000)));

    // The couple's page lists them; the next session reviews them.
    click(&mut h, "Leave");
    time_frames(&mut h, &SLOWEST_AGREEMENTS_FRAME_MS);
    see(&h, &numbered(1_000));
    // The newest first, the rest one click away, the sessions still within reach.
    assert!(h.query_by_label(&numbered(1)).is_none());
    see(&h, "Open session 1");
    click(&mut h, "Show all 1,000 agreements");
    time_frames(&mut h, &SLOWEST_AGREEMENTS_FRAME_MS);
    see(&h, &numbered(1));
    clock.advance(7 * 24 * 60 * MINUTE);
    click(&mut h, "Start session");
    time_frames(&mut h, &SLOWEST_AGREEMENTS_FRAME_MS);
    see(
        &h,
        "0 of 1000 reviewed. Progress is measured in small wins.",
    );
    h.get_all_by_label("Done").next().unwrap().click();
    h.run();
    see(
        &h,
        "1 of 1000 reviewed. Progress is measured in small wins.",
    );
    let _ = writeln!(
        std::io::stderr(),
        "agreements: the slowest frame with 1,000 agreements took {} ms; the sheet has {n} pages",
        SLOWEST_AGREEMENTS_FRAME_MS.load(Ordering::SeqCst)
    );
}

// ---------------------------------------------------------------------------------------------
// Emoji, right-to-left and combining characters in rules, agreements and notes.

#[test]
fn emoji_right_to_left_and_accents_in_rules_agreements_and_notes_print() {
    let _flow = Flow;
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 14, 0));
    let mut h = open(dir.path(), &clock);
    start_session(&mut h, "Dana", "Karim");
    go_to_phase(&mut h, "Ground rules");

    // Rules that make no sense: refused beside the field, nothing added.
    let rules_before = session(&h).rules.len();
    for (rule, reason) in [
        ("\u{7}\u{0} \u{202E}", "Please write the rule.".to_owned()),
        (
            &*"No yelling, ".repeat(834),
            "The rule can be at most 500 characters; this one is 10,007.".to_owned(),
        ),
    ] {
        tried(1);
        retype(&mut h, Role::TextInput, "Add a rule", rule);
        click(&mut h, "Add rule");
        refused(&h, &reason);
        assert_eq!(session(&h).rules.len(), rules_before);
    }
    // Rules as a couple writes them: kept as written.
    let rules = [
        "אין צעקות — no yelling 🙅",
        "Zoe\u{308}'s rule: one topic at a time",
        "Z̷̢̛a̴͔l̸̡g̵̣o̶̤ is not allowed",
        "لا مقاطعة — no interrupting",
    ];
    for rule in rules {
        tried(1);
        retype(&mut h, Role::TextInput, "Add a rule", rule);
        click(&mut h, "Add rule");
        see(&h, rule);
    }
    let kept: Vec<&str> = session(&h).rules.iter().map(|r| r.text.as_str()).collect();
    for rule in rules {
        assert!(kept.contains(&rule), "{rule:?} kept as written");
    }
    // Up to the limit of rules through the command the field sends; the next one is refused.
    let room = groundwork::session::RULES_MAX - session(&h).rules.len();
    tried(1);
    for i in 0..room {
        h.state_mut().apply(Action::Session(Command::AddRule {
            text: format!("Extra rule {i}"),
        }));
    }
    // The screen catches up with the commands before the therapist types again.
    h.run();
    retype(&mut h, Role::TextInput, "Add a rule", "One rule too many");
    click(&mut h, "Add rule");
    refused(&h, "A couple can keep at most 100 ground rules.");
    // On the couple display, the rules that fit and how many more: none run off the screen.
    press(&mut h, Key::D);
    let more = h
        .get_all_by_label_contains(" more")
        .filter_map(|n| n.accesskit_node().value())
        .find(|l| l.starts_with("and ") && l.ends_with(" more"));
    assert!(
        more.is_some(),
        "the display says how many rules did not fit"
    );
    press(&mut h, Key::D);
    for i in 0..room {
        let id = session(&h)
            .rules
            .iter()
            .find(|r| r.text == format!("Extra rule {i}"))
            .unwrap()
            .id;
        h.state_mut()
            .apply(Action::Session(Command::RemoveRule { id }));
    }
    h.run();
    click(&mut h, "Dana agrees to all");
    click(&mut h, "Karim agrees to all");
    see(&h, "Dana and Karim have agreed to every rule.");

    // Agreements.
    go_to_phase(&mut h, "Homework agreements");
    tried(1);
    click(&mut h, "Both");
    retype(
        &mut h,
        Role::MultilineTextInput,
        "What, in their own words",
        &"We walk together. ".repeat(556),
    );
    click(&mut h, "Add agreement");
    refused(
        &h,
        "What will be done can be at most 500 characters; this one is 10,007.",
    );
    assert!(session(&h).agreements.is_empty());
    let agreements = [
        // what, anchor, how we'll know
        (
            "سنمشي معاً — we walk together 🚶‍♀️",
            "after dinner 🍽",
            "Karim ticks the box",
        ),
        (
            "Dana calls her sister 🇸🇦 on Sunday",
            "after church",
            "דנה tells Karim",
        ),
        (
            "We cook crêpes to\u{301}gether",
            "on Saturday ☕",
            "a photo of the cre\u{302}pes",
        ),
    ];
    for (what, anchor, know) in agreements {
        tried(1);
        click(&mut h, "Both");
        retype(
            &mut h,
            Role::MultilineTextInput,
            "What, in their own words",
            what,
        );
        retype(
            &mut h,
            Role::TextInput,
            "Anchor habit: when it happens",
            anchor,
        );
        retype(&mut h, Role::TextInput, "How we'll know it happened", know);
        click(&mut h, "Add agreement");
        see(&h, "Agreement added.");
        see(&h, &format!("Dana and Karim: {what}"));
    }
    let made: Vec<&str> = session(&h)
        .agreements
        .iter()
        .map(|a| a.terms.behaviour.as_str())
        .collect();
    assert_eq!(made, agreements.map(|a| a.0), "kept as written");

    // Notes, and an emoji none of the app's fonts has: a box on screen, never a crash (the
    // test harness would otherwise stop at the first character it cannot draw).
    h.ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    let note = "Dana 🙂 felt heard; Karim said شكراً and טוב. Zoe\u{308} 🫶 came up.";
    tried(1);
    paste(&mut h, Role::MultilineTextInput, "Data", note);
    press(&mut h, Key::Escape);
    assert_eq!(session(&h).notes.section("Data"), note);

    go_to_phase(&mut h, "Closing");
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    // Before saving, the dialog names what will print as a box.
    click(&mut h, "Print the homework sheet (PDF)");
    see_part(
        &h,
        "Printed as a box, because no font on this computer has them:",
    );
    click(&mut h, "Cancel");
    let (file, said) = print(&mut h, "Print the homework sheet (PDF)");
    // A box for each emoji no font has, as a reader counts them, each named once: 🙅 in a
    // rule, the walking woman (three code points) and the flag (two) in agreements; ☕ and the
    // accents print. 🍽 in an anchor and Zalgo's arrowhead below (U+0354) are not in the
    // shipped font: they print where this computer has a font for them, and are named where
    // it has none.
    for named in ["🙅 (U+1F645)", "emoji print as a box"] {
        assert!(said.contains(named), "{named} in {said}");
    }
    for c in ['🍽', '\u{354}'] {
        let named = format!("(U+{:04X})", u32::from(c));
        let printable = groundwork::fonts::system().covering(c, false).is_some();
        assert_eq!(said.contains(&named), !printable, "{named} in {said}");
    }
    assert!(!said.contains("☕"), "{said}");
    let text = read_pdf(&file).all();
    for expected in [
        "no yelling",
        "one topic at a time",
        "we walk together",
        "Dana calls her sister",
        "We cook crêpes",
        "Karim ticks the box",
    ] {
        assert!(text.contains(expected), "{expected:?} on the sheet");
    }
    // Right-to-left words print in visual order.
    assert!(letters_in(&text, "אין צעקות"), "{text}");
    assert!(letters_in(&text, "لا مقاطعة"), "{text}");
    let (notes, said) = print(&mut h, "Print the session notes (PDF)");
    for named in ["🙂 (U+1F642)", "🫶 (U+1FAF6)"] {
        assert!(said.contains(named), "{named} in {said}");
    }
    let text = read_pdf(&notes).all();
    assert!(text.contains("felt heard"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// The longest names a couple can have: every control stays in the window.

const WIDE_A: &str = "Wilhelmina-Alexandra Montgomery-Worthington WWWWWWWWWWWWWWWW";
const WIDE_B: &str = "Maximilian Bartholomew Featherstonehaugh-Cholmondeley MMMMMM";

/// Asserts that the control labelled `label` lies inside the 1280-point-wide window (or the
/// part of it left of `right`).
#[track_caller]
fn within(h: &App, label: &str, right: f32) {
    let rect = h.get_by_label(label).rect();
    assert!(
        rect.left() >= 0.0 && rect.right() <= right,
        "{label:?} is outside the window at {rect:?}"
    );
}

#[test]
fn the_longest_names_leave_every_control_in_the_window() {
    let _flow = Flow;
    assert_eq!((WIDE_A.chars().count(), WIDE_B.chars().count()), (60, 60));
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 14, 0));
    let mut h = open(dir.path(), &clock);
    tried(1);
    start_session(&mut h, WIDE_A, WIDE_B);
    let (a, b) = ("Wilhelmina-Alexandr…", "Maximilian Bartholo…");
    for control in ["Leave", "End session", "Timeout", "Couple display", "Keys"] {
        within(&h, control, 1280.0);
    }

    go_to_phase(&mut h, "Ground rules");
    within(&h, &format!("{a} agrees to all"), 1280.0);
    within(&h, &format!("{b} agrees to all"), 1280.0);
    let remove = h.get_all_by_label("Remove").next().unwrap().rect();
    assert!(
        remove.right() <= 1280.0 - 340.0,
        "a rule's Remove at {remove:?}"
    );

    go_to_phase(&mut h, "Speaker / listener");
    press(&mut h, Key::Space);
    within(&h, &format!("Pass the floor to {b}"), 1280.0 - 340.0);
    // On the couple display, each partner's talk time keeps to its half.
    press(&mut h, Key::D);
    let talk: Vec<egui::Rect> = h
        .get_all_by_label_contains("  ")
        .filter(|n| {
            n.accesskit_node()
                .value()
                .is_some_and(|v| v.contains('…') && v.contains(':'))
        })
        .map(|n| n.rect())
        .collect();
    assert_eq!(
        talk.len(),
        2,
        "both partners' talk time, their names cut short"
    );
    assert!(!talk[0].intersects(talk[1]), "{talk:?} overlap");
    press(&mut h, Key::D);
    press(&mut h, Key::T);
    within(&h, &format!("{a} is flooded · 20 min"), 1280.0);
    within(&h, &format!("{b} is flooded · 20 min"), 1280.0);
    press(&mut h, Key::Escape);

    go_to_phase(&mut h, "Homework agreements");
    within(&h, "Both", 1280.0 - 340.0);
    click(&mut h, "Both");
    retype(
        &mut h,
        Role::MultilineTextInput,
        "What, in their own words",
        "We walk together after dinner",
    );
    click(&mut h, "Add agreement");
    let made = format!("{WIDE_A} and {WIDE_B}: We walk together after dinner");
    let card = h.get_by_label(&made).rect();
    assert!(card.right() <= 1280.0 - 340.0, "the agreement at {card:?}");

    go_to_phase(&mut h, "Closing");
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    let summary = h.get_by_label(&made).rect();
    assert!(
        summary.right() <= 1280.0 - 340.0,
        "the summary at {summary:?}"
    );
    print(&mut h, "Print the homework sheet (PDF)");
    within(&h, "Open to print", 1280.0);
    within(&h, "Dismiss", 1280.0);

    click(&mut h, "Leave");
    for control in [
        "All couples",
        "Open session 1",
        "Notes PDF, session 1",
        "Homework PDF, session 1",
    ] {
        within(&h, control, 1280.0);
    }
    // A session left open: the banner's button on the home screen.
    click(&mut h, "Start session");
    click(&mut h, "Leave");
    click(&mut h, "All couples");
    within(&h, "Resume Wilhelmina-Alexandr…'s session", 1280.0);
}

/// A flooded timeout shorter than Gottman's 20 minutes can be saved, with a warning that says why.
#[test]
fn a_flooding_timeout_under_twenty_minutes_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(23, 14, 0));
    let mut h = open(dir.path(), &clock);
    click(&mut h, "Settings");
    click(&mut h, "Timeout when flooded: my own length");
    dont_see(&h, "Shorter than 20 minutes");
    type_number(&mut h, "Timeout when flooded", "10");
    see_part(
        &h,
        "Shorter than 20 minutes: a flooded body rarely settles that fast.",
    );
    click(&mut h, "Save settings");
    let saved = h.state().practice().settings().durations.flooding_minutes;
    assert_eq!(saved.map(|m| m.get()), Some(10), "the therapist decides");
    click(&mut h, "Settings");
    type_number(&mut h, "Timeout when flooded", "25");
    dont_see(&h, "Shorter than 20 minutes");
    drop(h);
}
