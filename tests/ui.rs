//! The app driven as a therapist drives it: through egui_kittest, on a temporary data folder and
//! a fake clock, by label, by typing and by keys.

use std::path::Path;
use std::sync::Arc;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use groundwork::model::{SECOND, Side, Stage};
use groundwork::practice::Practice;
use groundwork::session::FakeClock;
use groundwork::ui::GroundworkApp;

mod common;

use common::{App, at, close_window, harness, move_on, press, type_into};

fn clock() -> FakeClock {
    FakeClock::new(at(23, 14, 0))
}

/// The app on the data folder `dir`, not yet run.
fn app(dir: &Path, clock: &FakeClock) -> App {
    harness(Practice::open(dir, Arc::new(clock.clone())).unwrap())
}

fn stage(h: &Harness<'_, GroundworkApp>) -> Option<(Side, Stage)> {
    let live = h.state().practice().live()?;
    live.state()
        .dialogue
        .turn
        .as_ref()
        .map(|t| (t.speaker, t.stage))
}

#[test]
fn a_therapist_adds_a_couple_and_runs_the_dialogue_by_keys() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut h = app(dir.path(), &clock);
    h.run();
    h.get_by_label_contains("Welcome to Groundwork");

    // A name that is only spaces is refused with a sentence; nothing is created.
    type_into(&mut h, Role::TextInput, "Second partner", "Emma");
    h.get_by_label("Add couple").click();
    h.run();
    h.get_by_label("Please enter a name for the first partner.");
    assert!(h.state().practice().couples().is_empty());

    type_into(&mut h, Role::TextInput, "First partner", "Sophie");
    h.get_by_label("Add couple").click();
    h.run();
    h.get_by_label("Sophie & Emma");
    h.get_by_label("Start session").click();
    h.run();
    assert!(h.state().practice().live().is_some(), "the session started");

    // Through the agenda to the dialogue with the arrow key.
    for _ in 0..3 {
        move_on(&mut h);
    }
    h.get_by_label("Nobody has the floor");
    press(&mut h, Key::Space);
    h.get_by_label("Sophie is speaking");
    h.get_by_value("2:00");
    clock.advance(30 * SECOND);
    h.run();
    h.get_by_value("1:30");

    press(&mut h, Key::Space);
    h.get_by_label("Emma, your turn to paraphrase");
    clock.advance(20 * SECOND);
    press(&mut h, Key::Space);
    h.get_by_label("Sophie: was that accurate?");
    clock.advance(2 * SECOND);
    press(&mut h, Key::N);
    assert_eq!(
        stage(&h),
        Some((Side::A, Stage::Paraphrasing)),
        "not quite: back to the paraphrase"
    );
    clock.advance(20 * SECOND);
    press(&mut h, Key::Space);
    clock.advance(2 * SECOND);
    press(&mut h, Key::Space);
    // Accurate: Sophie goes on (PREP) until she passes the floor with F.
    h.get_by_label("Sophie is speaking");
    press(&mut h, Key::F);
    h.get_by_label("Emma is speaking");

    // Typing in a text field never triggers a key: a real keyboard sends key presses along
    // with the text, so send both.
    type_into(
        &mut h,
        Role::TextInput,
        "Topic",
        "sharing the phone passcode",
    );
    for key in [Key::Space, Key::N, Key::P, Key::T, Key::ArrowRight] {
        press(&mut h, key);
    }
    let live = h.state().practice().live().unwrap().state();
    assert_eq!(
        stage(&h),
        Some((Side::B, Stage::Speaking)),
        "space and n typed into the topic did nothing"
    );
    assert!(
        !live.paused && live.timeout.is_none(),
        "p and t typed into the topic did nothing"
    );
    assert!(
        h.query_by_label_contains("The turn timer waits").is_none(),
        "no timeout dialog"
    );
    // Enter leaves the field and records the topic; then the keys work again.
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().practice().live().unwrap().state().dialogue.topic,
        "sharing the phone passcode"
    );

    // A timeout called by Emma, then ended; her turn waits and resumes.
    clock.advance(20 * SECOND);
    h.run();
    press(&mut h, Key::T);
    press(&mut h, Key::Num2);
    assert!(
        h.query_by_label_contains("Break — back at 14:2").is_some(),
        "the break, with the time they are due back"
    );
    clock.advance(5 * 60 * SECOND);
    h.run();
    h.get_by_label("Emma is speaking");
    h.get_by_value("1:40");
    press(&mut h, Key::T);
    h.get_by_role_and_label(Role::Dialog, "End Emma's break 15 minutes early?");
    press(&mut h, Key::Enter);
    assert!(
        h.state()
            .practice()
            .live()
            .unwrap()
            .state()
            .timeout
            .is_none()
    );
    clock.advance(10 * SECOND);
    h.run();
    h.get_by_value("1:30");

    // The keys are listed on screen.
    press(&mut h, Key::Questionmark);
    h.get_by_label_contains("They work whenever you are not typing");
    // Behind the help, the keys do nothing but close it.
    let before = stage(&h);
    press(&mut h, Key::Space);
    assert_eq!(stage(&h), before, "space behind the help did nothing");
    press(&mut h, Key::Questionmark);
    assert!(h.query_by_label_contains("They work whenever").is_none());
    press(&mut h, Key::Space);
    assert_ne!(stage(&h), before, "with the help closed, space works again");
}

/// The therapist types the last words of a note and closes the window at once: they are kept.
#[test]
fn closing_the_window_right_after_typing_keeps_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut h = app(dir.path(), &clock);
    h.run();
    type_into(&mut h, Role::TextInput, "First partner", "Ruth");
    type_into(&mut h, Role::TextInput, "Second partner", "Samuel");
    h.get_by_label("Add couple").click();
    h.run();
    h.get_by_label("Start session").click();
    h.run();
    type_into(
        &mut h,
        Role::MultilineTextInput,
        "Data",
        "Samuel cried when Ruth thanked him",
    );
    assert_eq!(
        h.state()
            .practice()
            .live()
            .unwrap()
            .state()
            .notes
            .section("Data"),
        "",
        "still a draft: the field has focus and no pause in typing yet"
    );
    close_window(&mut h);
    let path = h.state().practice().live().unwrap().path().to_owned();
    let read = groundwork::store::read_journal(&path).unwrap();
    let state = groundwork::session::SessionState::from_entries(&read.entries).unwrap();
    assert_eq!(
        state.notes.section("Data"),
        "Samuel cried when Ruth thanked him",
        "on disk"
    );
}

/// A couple named 王芳 and प्रिया, typed in by the therapist, shows in their own letters on the
/// home list and in the console: what the app's own fonts lack is drawn with this computer's
/// (the faces the PDFs print with), not as boxes.
#[test]
fn names_in_any_script_are_drawn_on_screen_with_the_computers_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut h = app(dir.path(), &clock);
    let installed = common::noto_installed();
    if !installed {
        // Without the fonts the names show as boxes; the harness would stop at the first.
        h.ctx
            .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    }
    h.run();
    type_into(&mut h, Role::TextInput, "First partner", "王芳");
    type_into(&mut h, Role::TextInput, "Second partner", "प्रिया");
    h.get_by_label("Add couple").click();
    h.run();
    common::see(&h, "王芳 & प्रिया");
    h.get_by_label("Start session").click();
    h.run();
    // The harness stops at any character no font can draw: the console drew the names.
    common::see_part(&h, "王芳");
    let body = egui::FontId::proportional(15.0);
    let heading = egui::FontId::proportional(24.0);
    for font in [body, heading] {
        let drawn = h.ctx.fonts_mut(|f| f.has_glyphs(&font, "王芳प्रियाสมชาย"));
        assert_eq!(drawn, installed, "{font:?}");
    }
    // Accented Latin and Hebrew come from the app's own fonts, on any computer.
    assert!(
        h.ctx
            .fonts_mut(|f| f.has_glyphs(&egui::FontId::proportional(15.0), "Zoë דנה"))
    );
}

/// At the end of a session, the therapist prints the homework sheet: the save dialog offers the
/// couple's exports folder, asks before replacing a file, and takes any other folder typed in.
/// Past sessions print from the couple's page.
#[test]
fn the_homework_sheet_and_notes_print_from_the_app_and_nothing_is_replaced_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut h = app(dir.path(), &clock);
    h.run();
    type_into(&mut h, Role::TextInput, "First partner", "Zoë");
    type_into(&mut h, Role::TextInput, "Second partner", "Kwame");
    h.get_by_label("Add couple").click();
    h.run();
    h.get_by_label("Start session").click();
    h.run();
    h.get_by_label("End session").click();
    h.run();
    h.get_by_label("End the session now").click();
    h.run();

    let click = |h: &mut Harness<'_, GroundworkApp>, label: &str| {
        h.get_by_label(label).click();
        h.run();
    };
    click(&mut h, "Print the homework sheet (PDF)");
    h.get_by_role_and_label(egui::accesskit::Role::Dialog, "Save the homework sheet");
    click(&mut h, "Save");
    h.get_by_label_contains("The homework sheet is saved");
    h.get_by_label("Open to print");
    // The dialog names the folder by the couple, never by an internal id.
    let exports = h.state().message().unwrap().file.clone().unwrap();
    let exports = exports.parent().unwrap().to_owned();

    // The same name again: asked, and "Keep both" keeps both.
    click(&mut h, "Print the homework sheet (PDF)");
    common::see(&h, "Zoë & Kwame's exports folder");
    let default = h
        .get_by_role_and_label(Role::TextInput, "File name")
        .value()
        .unwrap();
    assert!(
        default.ends_with("2026-11-23 Zoë & Kwame - session 1 homework sheet (2).pdf"),
        "{default}"
    );
    h.get_by_role_and_label(Role::TextInput, "File name")
        .focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run();
    let first = default.replace(" (2).pdf", ".pdf");
    h.get_by_role_and_label(Role::TextInput, "File name")
        .type_text(&first);
    h.run();
    click(&mut h, "Save");
    h.get_by_label("A file with that name is already there.");
    click(&mut h, "Keep both");
    let mut files: Vec<String> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "2026-11-23 Zoë & Kwame - session 1 homework sheet (2).pdf",
            "2026-11-23 Zoë & Kwame - session 1 homework sheet.pdf"
        ]
    );
    let sheet = lopdf::Document::load(exports.join(&first)).unwrap();
    let text = sheet.extract_text(&[1]).unwrap();
    assert!(text.contains("Zoë") && text.contains("Kwame"), "{text}");

    // Another folder, typed in as a whole path; then the same file again, replaced only when
    // asked to.
    let chosen = elsewhere.path().join("for Zoë and Kwame.pdf");
    for answer in [None, Some("Replace it")] {
        click(&mut h, "Print the homework sheet (PDF)");
        h.get_by_role_and_label(Role::TextInput, "File name")
            .focus();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
        h.run();
        h.get_by_role_and_label(Role::TextInput, "File name")
            .type_text(chosen.to_str().unwrap());
        h.run();
        click(&mut h, "Save");
        if let Some(answer) = answer {
            std::fs::write(&chosen, b"an older sheet").unwrap();
            click(&mut h, answer);
        }
        assert!(
            lopdf::Document::load(&chosen).is_ok(),
            "a real PDF at the chosen place"
        );
    }
    assert_eq!(
        std::fs::read_dir(elsewhere.path()).unwrap().count(),
        1,
        "replaced, not duplicated"
    );

    // From the couple's page, the notes of that session.
    click(&mut h, "Leave");
    click(&mut h, "Notes PDF, session 1");
    click(&mut h, "Save");
    h.get_by_label_contains("The session notes are saved");
    assert!(
        exports
            .join("2026-11-23 Zoë & Kwame - session 1 session notes.pdf")
            .exists()
    );
}
