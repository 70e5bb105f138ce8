//! The therapist's hands and eyes, shared by the tests that drive the real app through
//! egui_kittest: a 1280×800 window on a data folder and a fake clock, clicks by label, keys,
//! typing, and checks of what is on screen.

// Each test binary uses only some of these helpers.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeZone};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use groundwork::practice::Practice;
use groundwork::session::{FakeClock, SessionState};
use groundwork::ui::GroundworkApp;

pub type App = Harness<'static, GroundworkApp>;

/// 2026 (November) at `hh:mm`, in a +01:00 time zone.
pub fn at(day: u32, hh: u32, mm: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, day, hh, mm, 0)
        .unwrap()
}

/// The tests read English: what the practice says on this thread (a refusal, a new couple's
/// language) must not follow the language of the computer they run on.
pub fn pin_english() {
    groundwork::locale::set_therapist(Some(groundwork::model::Lang::En));
}

/// The app on `practice` in a 1280×800 window, not yet run.
pub fn harness(practice: Practice) -> App {
    pin_english();
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            GroundworkApp::new(cc, practice).with_computer_language(groundwork::model::Lang::En)
        })
}

/// The app on `practice` on a computer set to `lang`, run once: its console speaks `lang`
/// unless the practice's settings choose another language.
pub fn open_app_in(practice: Practice, lang: groundwork::model::Lang) -> App {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| GroundworkApp::new(cc, practice).with_computer_language(lang));
    h.run();
    h
}

/// The app on `practice`, run once.
pub fn open_app(practice: Practice) -> App {
    let mut h = harness(practice);
    h.run();
    h
}

/// Opens Groundwork on the data folder `dir`.
pub fn open(dir: &Path, clock: &FakeClock) -> App {
    open_app(Practice::open(dir, Arc::new(clock.clone())).unwrap())
}

/// Scrolls the control labelled `label` into view, as the therapist would, and clicks it.
pub fn click(h: &mut App, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

pub fn press(h: &mut App, key: Key) {
    h.key_press(key);
    h.run();
}

/// Scrolls to the field of kind `role` labelled `label`, clicks it and types `text`.
pub fn type_into(h: &mut App, role: Role, label: &str, text: &str) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run();
}

/// Puts the cursor in the field and replaces whatever it holds with `text`, typed.
#[allow(dead_code)]
pub fn retype(h: &mut App, role: Role, label: &str, text: &str) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    if !text.is_empty() {
        h.get_by_role_and_label(role, label).type_text(text);
        h.run();
    }
}

/// [`retype`], then Tab out of the field, as a therapist moves on: a field that records
/// when left records now.
#[allow(dead_code)]
pub fn retype_and_leave(h: &mut App, role: Role, label: &str, text: &str) {
    retype(h, role, label, text);
    h.key_press(Key::Tab);
    h.run();
}

/// Asserts that `text` is on screen, word for word.
#[track_caller]
pub fn see(h: &App, text: &str) {
    // A countdown's figure is its value; its name is the time in words.
    assert!(
        h.query_all_by_label(text).next().is_some() || h.query_all_by_value(text).next().is_some(),
        "expected to see {:?} on screen",
        short(text)
    );
}

#[track_caller]
pub fn see_part(h: &App, text: &str) {
    assert!(
        h.query_all_by_label_contains(text).next().is_some(),
        "expected to see something containing {:?} on screen",
        short(text)
    );
}

#[track_caller]
pub fn dont_see(h: &App, text: &str) {
    assert!(
        h.query_all_by_label_contains(text).next().is_none(),
        "did not expect {:?} on screen",
        short(text)
    );
}

/// A long text cut for an assertion message.
pub fn short(text: &str) -> String {
    if text.chars().count() > 80 {
        format!(
            "{}… ({} chars)",
            text.chars().take(60).collect::<String>(),
            text.chars().count()
        )
    } else {
        text.to_owned()
    }
}

pub fn session(h: &App) -> &SessionState {
    h.state()
        .practice()
        .live()
        .expect("a session is open")
        .state()
}

/// Who has the floor in the running turn, and at which stage.
pub fn stage(h: &App) -> Option<(groundwork::model::Side, groundwork::model::Stage)> {
    session(h)
        .dialogue
        .turn
        .as_ref()
        .map(|t| (t.speaker, t.stage))
}

/// The message at the foot of the window.
pub fn message(h: &App) -> String {
    h.state()
        .message()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// Closes the window as the therapist does; the app is still there to look at.
pub fn close_window(h: &mut App) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
}

/// Closes the window as the therapist does, and lets the app go.
pub fn close(mut h: App) {
    close_window(&mut h);
}

/// Moves the session on to the next phase as the therapist does: the Right arrow shows the next
/// phase, M moves the session there (and Enter answers yes if a running turn makes it ask).
pub fn move_on(h: &mut App) {
    press(h, Key::ArrowRight);
    press(h, Key::M);
    if h.query_by_label("Move on").is_some() {
        press(h, Key::Enter);
    }
}

/// Whether this computer has the Noto fonts the tests of every script need. On CI (which
/// installs fonts-noto-cjk and fonts-noto-core) they must be there; elsewhere a test that needs
/// them says so and checks what it can.
pub fn noto_installed() -> bool {
    let system = groundwork::fonts::system();
    let has = ['王', 'प', 'ส']
        .iter()
        .all(|c| system.covering(*c, false).is_some());
    assert!(
        has || std::env::var_os("CI").is_none(),
        "CI must have Noto CJK, Devanagari and Thai: .ci/run installs fonts-noto-cjk and fonts-noto-core"
    );
    if !has {
        eprintln!(
            "Noto CJK, Devanagari or Thai is not installed: checking only what shows without them"
        );
    }
    has
}

/// A new practice in a temporary folder with one couple, Sophie & Emma, on the clock `clock`.
pub fn sophie_and_emma(
    clock: &FakeClock,
) -> (tempfile::TempDir, Practice, groundwork::model::CoupleId) {
    pin_english();
    let dir = tempfile::tempdir().unwrap();
    let mut p = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let id = p.create_couple("Sophie", "Emma").unwrap();
    (dir, p, id)
}

/// The app open on Sophie & Emma's page, in a new practice.
pub fn on_their_page(clock: &FakeClock) -> (tempfile::TempDir, groundwork::model::CoupleId, App) {
    let (dir, p, id) = sophie_and_emma(clock);
    let mut h = open_app(p);
    click(&mut h, "Sophie & Emma");
    (dir, id, h)
}

/// The text of a PDF as a viewer copies it (lopdf), all pages.
pub fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

/// Sophie & Emma's first session, in the speaker/listener phase, nobody holding the floor yet.
pub fn in_the_dialogue() -> (tempfile::TempDir, FakeClock, App) {
    let (dir, clock, h) = in_the_dialogue_in(groundwork::model::Lang::En);
    see(&h, "Nobody has the floor");
    (dir, clock, h)
}

/// The same on a computer set to `lang`: check-in, ground rules, then the dialogue (no turn
/// runs, so moving on asks nothing).
pub fn in_the_dialogue_in(lang: groundwork::model::Lang) -> (tempfile::TempDir, FakeClock, App) {
    let clock = FakeClock::new(at(23, 14, 0));
    let (dir, practice, id) = sophie_and_emma(&clock);
    let mut h = open_app_in(practice, lang);
    h.state_mut().apply(groundwork::ui::Action::StartSession {
        couple: id,
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();
    for _ in 0..3 {
        move_on(&mut h);
    }
    (dir, clock, h)
}
