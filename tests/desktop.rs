//! At home on the desktop and for every user (issue 17), through the real app with
//! egui_kittest: what a screen reader hears (names without key hints, the keys as shortcuts,
//! the countdown in words, one announcement per change, named windows and dialogs, tables),
//! every control inside the window from 1280×800 to 1920×1080, and the conventions a new user
//! expects (a theme that follows the computer, Ctrl+0, settings that are never silently lost,
//! a calendar for dates, a first run that asks who the practice is, the sample practice beside
//! the therapist's own, the system's Save dialog).

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use common::{
    App, at, click, in_the_dialogue, move_on, open_app, press, see, see_part, sophie_and_emma,
};
use egui::accesskit::{Live, Role};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use groundwork::desktop::FileKind;
use groundwork::model::{SECOND, Theme};
use groundwork::practice::Practice;
use groundwork::session::FakeClock;
use groundwork::ui::GroundworkApp;

/// A node's name as a screen reader reads it (a label's name is its value).
fn name(node: &egui_kittest::kittest::AccessKitNode<'_>) -> String {
    if node.label_comes_from_value() {
        node.value()
    } else {
        node.label()
    }
    .unwrap_or_default()
}

/// Every name in the tree with its role.
fn names(h: &App) -> Vec<(Role, String)> {
    h.root()
        .children_recursive()
        .map(|n| {
            let ak = n.accesskit_node();
            (ak.role(), name(&ak))
        })
        .collect()
}

/// The lines a screen reader announces when they appear or change (live regions), with how
/// urgently.
fn live_lines(h: &App) -> Vec<(String, Live)> {
    h.root()
        .children_recursive()
        .filter_map(|n| {
            let ak = n.accesskit_node();
            ak.data().live().map(|live| (name(&ak), live))
        })
        .collect()
}

/// `n` speaker/listener sessions of the couple `id`, started and ended.
fn ended_sessions(practice: &mut Practice, id: &groundwork::model::CoupleId, n: usize) {
    for _ in 0..n {
        practice
            .start_session_with(
                id,
                "speaker-listener",
                groundwork::model::NoteFormat::Soap,
                None,
            )
            .unwrap();
        practice
            .execute(&groundwork::session::Command::End)
            .unwrap();
        practice.close_session();
    }
}

/// The app on `practice`, its file dialogs answered by `picker`, run once.
fn with_picker(practice: Practice, picker: impl groundwork::desktop::FilePicker + 'static) -> App {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            GroundworkApp::new(cc, practice)
                .with_computer_language(groundwork::model::Lang::En)
                .with_picker(picker)
        });
    h.run();
    h
}

#[test]
fn a_screen_reader_hears_names_and_keys_apart_and_the_countdown_in_words() {
    let (_dir, clock, mut h) = in_the_dialogue();
    press(&mut h, Key::Space);
    // No button is named with its key hint; the key is its shortcut instead.
    for (role, text) in names(&h) {
        if role == Role::Button {
            assert!(
                !(text.contains("  [") && text.ends_with(']')),
                "a button is read with its key hint: {text:?}"
            );
        }
    }
    let pause = h.get_by_role_and_label(Role::Button, "Pause");
    assert_eq!(pause.accesskit_node().data().keyboard_shortcut(), Some("P"));
    let next = h.get_by_role_and_label(Role::Button, "Next: paraphrase");
    assert_eq!(
        next.accesskit_node().data().keyboard_shortcut(),
        Some("Space")
    );
    let timeout = h.get_by_role_and_label(Role::Button, "Timeout");
    assert_eq!(
        timeout.accesskit_node().data().keyboard_shortcut(),
        Some("T")
    );

    // The countdown, in words that change in steps of seconds, not every second.
    let countdown = |h: &App| name(&h.get_by(|n| n.role() == Role::Timer).accesskit_node());
    assert_eq!(countdown(&h), "Sophie is speaking, 2 minutes left");
    clock.advance(55 * SECOND);
    h.run();
    assert_eq!(countdown(&h), "Sophie is speaking, 1 minute 5 seconds left");
    clock.advance(2 * SECOND);
    h.run();
    assert_eq!(
        countdown(&h),
        "Sophie is speaking, 1 minute 5 seconds left",
        "1:03 is still read as 1 minute 5 seconds"
    );
    let bar = h.get_by(|n| n.role() == Role::ProgressIndicator);
    assert_eq!(name(&bar.accesskit_node()), "Time used in this stage");
}

#[test]
fn a_new_stage_overtime_a_timeout_and_a_save_are_each_announced_once() {
    let (dir, clock, mut h) = in_the_dialogue();
    let polite = |text: &str| (text.to_owned(), Live::Polite);
    press(&mut h, Key::Space);
    assert!(
        live_lines(&h).contains(&polite("Sophie is speaking")),
        "{:?}",
        live_lines(&h)
    );
    // The countdown is never live: its words change every few seconds and are read only
    // when the therapist asks.
    let timer = h.get_by(|n| n.role() == Role::Timer);
    assert_eq!(timer.accesskit_node().live(), Live::Off);
    clock.advance(30 * SECOND);
    h.run();
    press(&mut h, Key::Space);
    assert!(
        live_lines(&h).contains(&polite("Emma, your turn to paraphrase")),
        "{:?}",
        live_lines(&h)
    );
    assert!(!live_lines(&h).contains(&polite("Over time")));
    clock.advance(90 * SECOND);
    h.run();
    assert!(
        live_lines(&h).contains(&polite("Over time")),
        "{:?}",
        live_lines(&h)
    );
    press(&mut h, Key::T);
    assert!(
        live_lines(&h)
            .iter()
            .any(|(t, l)| t.starts_with("Break — back at") && *l == Live::Polite),
        "{:?}",
        live_lines(&h)
    );
    // A failure interrupts: it is assertive.
    let bad = dir.path().join("no-such-folder").join("notes.pdf");
    let path = h.state().practice().live().unwrap().path().to_owned();
    h.state_mut().apply(groundwork::ui::Action::SaveExport {
        kind: groundwork::pdf::DocumentKind::Notes,
        session: path,
        path: bad,
        replace: false,
    });
    h.run();
    let message = h.state().message().unwrap().text.clone();
    assert!(h.state().message().unwrap().error);
    assert!(
        live_lines(&h).contains(&(message, Live::Assertive)),
        "{:?}",
        live_lines(&h)
    );
}

#[test]
fn windows_and_dialogs_have_names_and_the_couple_display_is_in_the_tree() {
    let (_dir, _clock, mut h) = in_the_dialogue();
    let root = h.root().accesskit_node();
    assert_eq!(name(&root), "Groundwork");
    press(&mut h, Key::Space);
    press(&mut h, Key::T);
    h.get_by_role_and_label(Role::Dialog, "Timeout: every timer has stopped");
    press(&mut h, Key::Num1);
    press(&mut h, Key::Questionmark);
    h.get_by_role_and_label(Role::Dialog, "Keys");
    press(&mut h, Key::Escape);
    press(&mut h, Key::D);
    // The couple display's viewport (a window inside the console here), with what it shows.
    h.get_by_role_and_label(Role::Window, "Groundwork — for the couple");
    assert!(
        names(&h)
            .iter()
            .any(|(role, text)| *role == Role::Timer && text.starts_with("Break")),
        "the display's countdown is named: {:?}",
        names(&h)
            .iter()
            .filter(|(r, _)| *r == Role::Timer)
            .collect::<Vec<_>>()
    );
}

#[test]
fn settings_labels_say_what_each_control_is() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (_dir, practice, _id) = sophie_and_emma(&clock);
    let mut h = open_app(practice);
    click(&mut h, "Settings");
    h.get_by_role_and_label(Role::ComboBox, "First protocol offered");
    h.get_by_role_and_label(Role::Slider, "Text size");
    assert!(
        h.query_all_by_label("Therapist name").count() <= 2,
        "no other control is read as the therapist's name"
    );
}

#[test]
fn the_sessions_are_a_table_and_each_print_button_names_its_session() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (_dir, mut practice, id) = sophie_and_emma(&clock);
    ended_sessions(&mut practice, &id, 2);
    let mut h = open_app(practice);
    h.get_by_role_and_label(Role::Table, "Couples");
    click(&mut h, "Sophie & Emma");
    let table = h.get_by_role_and_label(Role::Table, "Sessions");
    let headers: Vec<String> = table
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::ColumnHeader)
        .map(|n| name(&n.accesskit_node()))
        .collect();
    assert_eq!(headers[..3], ["Session", "Date", "Protocol"]);
    let rows = table
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::RowHeader)
        .count();
    assert_eq!(rows, 2, "one row header per session");
    for n in [1, 2] {
        h.get_by_role_and_label(Role::Button, &format!("Notes PDF, session {n}"));
        h.get_by_role_and_label(Role::Button, &format!("Homework PDF, session {n}"));
    }
    assert_eq!(h.query_all_by_label("Notes PDF").count(), 0);
}

/// The interactive roles: what a therapist clicks, types into or moves.
fn interactive(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::Link
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::CheckBox
            | Role::RadioButton
            | Role::ComboBox
            | Role::Slider
            | Role::SpinButton
    )
}

fn rect_of(node: &egui_kittest::kittest::AccessKitNode<'_>) -> Option<egui::Rect> {
    let b = node.bounding_box()?;
    Some(egui::Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    ))
}

/// Every interactive control lies inside the window, or comes into it when scrolled to, as a
/// therapist would scroll: nothing is cut off where it cannot be reached.
#[track_caller]
fn all_inside(h: &mut App, size: egui::Vec2, screen: &str) {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size).expand(0.5);
    let controls = |h: &App| -> Vec<(Role, String, egui::Rect)> {
        h.root()
            .children_recursive()
            .filter_map(|n| {
                let ak = n.accesskit_node();
                if !interactive(ak.role()) {
                    return None;
                }
                Some((ak.role(), name(&ak), rect_of(&ak)?))
            })
            .collect()
    };
    let all = controls(h);
    assert!(all.len() > 3, "{screen}: only {} controls found", all.len());
    for (i, (role, text, rect)) in all.iter().enumerate() {
        if window.contains_rect(*rect) {
            continue;
        }
        // The same control again (by role, name and place in the list), scrolled to.
        let nth = all[..i]
            .iter()
            .filter(|(r, t, _)| r == role && t == text)
            .count();
        let Some(node) = h
            .query_all_by(|n| n.role() == *role && name(n) == *text)
            .nth(nth)
        else {
            continue;
        };
        node.scroll_to_me();
        h.run();
        let after = h
            .query_all_by(|n| n.role() == *role && name(n) == *text)
            .nth(nth)
            .and_then(|n| rect_of(&n.accesskit_node()));
        assert!(
            after.is_some_and(|r| window.contains_rect(r)),
            "{screen} at {}×{}: {role:?} {text:?} lies at {rect:?} and cannot be scrolled into the window (then at {after:?})",
            size.x,
            size.y,
        );
    }
}

#[test]
fn every_screen_fits_from_1280x800_to_1920x1080() {
    for size in [egui::vec2(1280.0, 800.0), egui::vec2(1920.0, 1080.0)] {
        let clock = FakeClock::new(at(23, 14, 0));
        let practice = Practice::open_demo(Arc::new(clock.clone())).unwrap();
        let mut h = Harness::builder().with_size(size).build_eframe(move |cc| {
            GroundworkApp::new(cc, practice).with_computer_language(groundwork::model::Lang::En)
        });
        h.run();
        all_inside(&mut h, size, "home");
        let couple = h
            .state()
            .practice()
            .couples()
            .iter()
            .max_by_key(|c| c.last_session().map_or(0, |s| s.number))
            .map(|c| c.display_name())
            .unwrap();
        click(&mut h, &couple);
        all_inside(&mut h, size, "couple page");
        let id = h.state().practice().couples()[0].id.clone();
        h.state_mut().apply(groundwork::ui::Action::StartSession {
            couple: id,
            template: "speaker-listener".into(),
            alone: None,
        });
        h.run();
        all_inside(&mut h, size, "console: ground rules");
        for _ in 0..3 {
            move_on(&mut h);
        }
        press(&mut h, Key::Space);
        all_inside(&mut h, size, "console: a turn");
        h.state_mut().apply(groundwork::ui::Action::LeaveSession);
        h.run();
        click(&mut h, "All couples");
        click(&mut h, "Settings");
        all_inside(&mut h, size, "settings");
    }
}

#[test]
fn a_large_screen_gets_a_larger_countdown_and_taller_notes() {
    let mut heights = Vec::new();
    for size in [egui::vec2(1280.0, 800.0), egui::vec2(1920.0, 1080.0)] {
        let (_dir, _clock, mut h) = in_the_dialogue();
        h.set_size(size);
        h.run();
        press(&mut h, Key::Space);
        let countdown = h.get_by(|n| n.role() == Role::Timer).rect();
        let notes = h
            .query_all_by(|n| n.role() == Role::MultilineTextInput)
            .next()
            .unwrap()
            .rect()
            .height();
        heights.push((countdown.height(), notes));
    }
    assert!(
        heights[1].0 > heights[0].0 * 1.15,
        "the countdown grows with the screen: {heights:?}"
    );
    assert!(
        heights[1].1 > heights[0].1 * 1.3,
        "the notes grow with the screen: {heights:?}"
    );
}

#[test]
fn the_theme_follows_the_computer_unless_chosen_and_ctrl_0_returns_to_the_saved_size() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (_dir, mut practice, _id) = sophie_and_emma(&clock);
    assert_eq!(
        practice.settings().theme,
        Theme::System,
        "a new practice follows the computer"
    );
    let mut settings = practice.settings().clone();
    settings.text_scale = 1.4;
    practice.save_settings(settings).unwrap();
    let mut h = open_app(practice);
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::System
    );
    assert!((h.ctx.zoom_factor() - 1.4).abs() < 0.01);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(
        (h.ctx.zoom_factor() - 1.6).abs() < 0.01,
        "{}",
        h.ctx.zoom_factor()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert!(
        (h.ctx.zoom_factor() - 1.4).abs() < 0.01,
        "Ctrl+0 is the saved size, not 100%: {}",
        h.ctx.zoom_factor()
    );
}

#[test]
fn settings_left_with_changes_ask_first_and_are_kept_only_when_saved() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (_dir, practice, _id) = sophie_and_emma(&clock);
    let mut h = open_app(practice);
    click(&mut h, "Settings");
    common::retype(&mut h, Role::TextInput, "Practice name", "Harbour Couples");
    click(&mut h, "Dark");
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Dark,
        "a theme shows as soon as it is chosen"
    );
    click(&mut h, "Back");
    h.get_by_role_and_label(Role::Dialog, "Save the changed settings?");
    click(&mut h, "Keep editing");
    see(&h, "Settings");
    click(&mut h, "Back");
    click(&mut h, "Leave them unsaved");
    assert_eq!(h.state().practice().settings().practice_name, "");
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::System,
        "left unsaved, the theme is as it was"
    );
    click(&mut h, "Settings");
    common::retype(&mut h, Role::TextInput, "Practice name", "Harbour Couples");
    click(&mut h, "Back");
    click(&mut h, "Save and go back");
    assert_eq!(
        h.state().practice().settings().practice_name,
        "Harbour Couples"
    );
    see(&h, "Harbour Couples");
}

#[test]
fn the_first_run_asks_who_the_practice_is_and_the_sample_opens_beside_it() {
    let clock = FakeClock::new(at(23, 14, 0));
    let dir = tempfile::tempdir().unwrap();
    let practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let launched = Arc::new(AtomicUsize::new(0));
    let counter = launched.clone();
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            GroundworkApp::new(cc, practice)
                .with_computer_language(groundwork::model::Lang::En)
                .with_demo_launcher(move || {
                    counter.fetch_add(1, Ordering::SeqCst);
                    Ok(())
                })
        });
    h.run();
    see(&h, "First, about your practice");
    common::retype(&mut h, Role::TextInput, "Practice name", "Harbour Couples");
    common::retype(&mut h, Role::TextInput, "Your name", "Ana Ortiz");
    common::retype(&mut h, Role::TextInput, "Credentials", "LMFT");
    click(&mut h, "US Letter");
    click(&mut h, "Save and continue");
    let s = h.state().practice().settings().clone();
    assert_eq!(
        (
            s.practice_name.as_str(),
            s.therapist_name.as_str(),
            s.credentials.as_str()
        ),
        ("Harbour Couples", "Ana Ortiz", "LMFT")
    );
    assert_eq!(s.paper, groundwork::model::Paper::Letter);
    assert!(h.query_by_label("First, about your practice").is_none());

    click(&mut h, "Open the sample practice");
    assert_eq!(launched.load(Ordering::SeqCst), 1, "a window of its own");
    assert_eq!(
        h.state().practice().root(),
        dir.path(),
        "the therapist's practice stays"
    );
    assert!(!h.state().practice().is_demo());
    see_part(&h, "opening in a window of its own");
}

/// The system's Save dialog, answered as the therapist would: a folder and a name. Keeps
/// where it was opened.
struct Answer(Arc<Mutex<Vec<(PathBuf, String)>>>, PathBuf);

impl groundwork::desktop::FilePicker for Answer {
    fn save(&self, _: &str, folder: &Path, name: &str, _: FileKind) -> Option<PathBuf> {
        self.0
            .lock()
            .unwrap()
            .push((folder.to_owned(), name.to_owned()));
        Some(self.1.clone())
    }
    fn open(&self, _: &str, folder: &Path, _: FileKind) -> Option<PathBuf> {
        self.0
            .lock()
            .unwrap()
            .push((folder.to_owned(), String::new()));
        Some(self.1.clone())
    }
}

#[test]
fn save_as_names_the_couple_not_an_id_and_the_system_dialog_chooses_the_place() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (dir, mut practice, id) = sophie_and_emma(&clock);
    ended_sessions(&mut practice, &id, 1);
    let elsewhere = tempfile::tempdir().unwrap();
    let chosen = elsewhere.path().join("for the file");
    let asked = Arc::new(Mutex::new(Vec::new()));
    let picker = Answer(asked.clone(), chosen.clone());
    let mut h = with_picker(practice, picker);
    click(&mut h, "Sophie & Emma");
    click(&mut h, "Notes PDF, session 1");
    let kind = groundwork::pdf::DocumentKind::Notes.label();
    h.get_by_role_and_label(Role::Dialog, &format!("Save the {kind}"));
    see(&h, "Sophie & Emma's exports folder");
    assert!(
        !names(&h).iter().any(|(_, t)| t.contains(&id.0)),
        "no internal id is shown"
    );
    h.get_by_label("Another place…").click();
    // The system's dialog answers on its own thread; the app keeps drawing meanwhile.
    for _ in 0..100 {
        h.step();
        if h.state().message().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let asked = asked.lock().unwrap().clone();
    assert_eq!(asked.len(), 1);
    assert!(
        asked[0].0.starts_with(dir.path()),
        "opened in the exports folder"
    );
    assert!(asked[0].1.ends_with(".pdf") && asked[0].1.contains("Sophie & Emma"));
    let saved = elsewhere.path().join("for the file.pdf");
    assert!(saved.exists(), "{:?}", h.state().message());
    assert!(std::fs::read(&saved).unwrap().starts_with(b"%PDF"));
}

#[test]
fn a_review_date_is_chosen_on_a_calendar() {
    let (_dir, _clock, mut h) = in_the_dialogue();
    // To the homework phase.
    let homework = common::session(&h)
        .info
        .phases
        .iter()
        .position(|p| matches!(p.kind, groundwork::model::PhaseKind::Homework))
        .expect("a homework phase");
    h.state_mut().apply(groundwork::ui::Action::Session(
        groundwork::session::Command::GoToPhase(homework),
    ));
    h.run();
    click(&mut h, "On a date");
    click(&mut h, "Review date: choose on a calendar");
    // The session is on Monday 23 November 2026: its month is shown first, and the days
    // before the session cannot be chosen.
    let past = h.get_by_role_and_label(Role::Button, "Friday 20 November 2026");
    assert!(past.accesskit_node().is_disabled());
    click(&mut h, "›");
    click(&mut h, "Thursday 3 December 2026");
    let field = h.get_by_role_and_label(Role::TextInput, "Review date");
    assert_eq!(
        field.accesskit_node().value().as_deref(),
        Some("2026-12-03")
    );
    see(&h, "Thursday 3 December 2026");
}

#[test]
fn a_backup_goes_where_the_system_dialog_says() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (_dir, practice, _id) = sophie_and_emma(&clock);
    let elsewhere = tempfile::tempdir().unwrap();
    let chosen = elsewhere.path().join("Friday backup.gwbackup");
    let asked = Arc::new(Mutex::new(Vec::new()));
    let picker = Answer(asked.clone(), chosen.clone());
    let mut h = with_picker(practice, picker);
    click(&mut h, "Settings");
    h.get_by_label("Choose where the backup goes")
        .scroll_to_me();
    h.run();
    h.get_by_label("Choose where the backup goes").click();
    for _ in 0..100 {
        h.step();
        let field = h.get_by_role_and_label(Role::TextInput, "Back up to");
        if field.accesskit_node().value().as_deref() == chosen.to_str() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let field = h.get_by_role_and_label(Role::TextInput, "Back up to");
    assert_eq!(field.accesskit_node().value().as_deref(), chosen.to_str());
    assert_eq!(
        asked.lock().unwrap().len(),
        1,
        "the system's dialog was asked once"
    );
    common::retype(
        &mut h,
        Role::PasswordInput,
        "Backup passphrase",
        "correct horse battery",
    );
    common::retype(
        &mut h,
        Role::PasswordInput,
        "Backup passphrase again",
        "correct horse battery",
    );
    click(&mut h, "Back up now");
    assert!(chosen.exists(), "{:?}", h.state().message());
}

/// A computer with no file dialog service (no desktop portal, no zenity).
struct NoDialogs;

impl groundwork::desktop::FilePicker for NoDialogs {
    fn save(&self, _: &str, _: &Path, _: &str, _: FileKind) -> Option<PathBuf> {
        panic!("no dialog is opened where none can be shown")
    }
    fn open(&self, _: &str, _: &Path, _: FileKind) -> Option<PathBuf> {
        panic!("no dialog is opened where none can be shown")
    }
    fn available(&self) -> bool {
        false
    }
}

#[test]
fn without_a_file_dialog_the_save_dialog_says_to_type_the_place() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (_dir, mut practice, id) = sophie_and_emma(&clock);
    ended_sessions(&mut practice, &id, 1);
    let mut h = with_picker(practice, NoDialogs);
    click(&mut h, "Sophie & Emma");
    click(&mut h, "Notes PDF, session 1");
    let another = h.get_by_role_and_label(Role::Button, "Another place…");
    assert!(
        another.accesskit_node().is_disabled(),
        "a click would do nothing"
    );
    see_part(&h, "type the whole path as the file name");
    // Without a name there is nothing to save (it would land beside the folder).
    common::retype(&mut h, Role::TextInput, "File name", "");
    let save = h.get_by_role_and_label(Role::Button, "Save");
    assert!(save.accesskit_node().is_disabled(), "no file name, no Save");
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("notes for the file");
    common::retype(
        &mut h,
        Role::TextInput,
        "File name",
        target.to_str().unwrap(),
    );
    click(&mut h, "Save");
    assert!(
        elsewhere.path().join("notes for the file.pdf").exists(),
        "{:?}",
        h.state().message()
    );
}
