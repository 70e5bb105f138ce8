//! The home screen of a large practice, through the real app: only the couples in view are laid
//! out (a screen reader still hears how many there are), a couple far down is found by its name,
//! a search draws no animation, and the list is the one the app keeps: going back to it reads
//! no folder, while what the therapist changes in the app shows at once.

mod common;

use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use groundwork::practice::Practice;
use groundwork::session::FakeClock;
use groundwork::store::Store;
use groundwork::ui::GroundworkApp;

use common::{App, at, click, dont_see, retype, see, type_into};

const FIRST: [&str; 20] = [
    "Aiko", "Bea", "Carlos", "Dina", "Elif", "Femi", "Greta", "Hamid", "Ines", "Jonas", "Kofi",
    "Lea", "Mateo", "Nadia", "Omar", "Pia", "Quinn", "Rosa", "Soren", "Yusuf",
];
const SECOND: [&str; 15] = [
    "Ada", "Ben", "Chloe", "Dev", "Eli", "Farah", "Gus", "Hana", "Ivo", "Jade", "Kai", "Lina",
    "Max", "Noor", "Zara",
];

/// A practice of `n` couples (at most 300), none with sessions yet.
fn practice_of(n: usize, clock: &FakeClock) -> (tempfile::TempDir, Practice) {
    common::pin_english();
    let dir = tempfile::tempdir().unwrap();
    let mut p = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    for (a, b) in FIRST
        .iter()
        .flat_map(|a| SECOND.iter().map(move |b| (a, b)))
        .take(n)
    {
        p.create_couple(a, b).unwrap();
    }
    (dir, p)
}

/// The table of couples: how many rows a screen reader is told it has (with the headings'
/// row), and how many are laid out.
fn couples_table(h: &App) -> (Option<usize>, usize) {
    let table = h.get_by_role_and_label(Role::Table, "Couples");
    let rows = table
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::RowHeader)
        .count();
    (table.accesskit_node().data().row_count(), rows)
}

#[test]
fn a_therapist_with_300_couples_finds_one_far_down_opens_it_and_adds_a_couple() {
    let clock = FakeClock::new(at(23, 9, 0));
    let (_dir, practice) = practice_of(300, &clock);
    let mut h = common::open_app(practice);

    // All 300 in the table for a screen reader; a screenful laid out.
    let (count, laid_out) = couples_table(&h);
    assert_eq!(count, Some(301), "300 couples and the headings' row");
    assert!((5..40).contains(&laid_out), "{laid_out} rows laid out");
    see(&h, "Aiko & Ada");
    dont_see(&h, "Yusuf & Zara");

    // Found by name, and opened.
    type_into(&mut h, Role::TextInput, "Search couples", "yusuf");
    assert_eq!(couples_table(&h), (Some(16), 15), "the 15 Yusufs");
    click(&mut h, "Yusuf & Zara");
    see(&h, "Start session");
    click(&mut h, "All couples");
    see(&h, "Yusuf & Zara");

    // A new couple, listed among the 300 at once.
    retype(&mut h, Role::TextInput, "Search couples", "");
    type_into(&mut h, Role::TextInput, "First partner", "Aaron");
    type_into(&mut h, Role::TextInput, "Second partner", "Zoë");
    click(&mut h, "Add couple");
    see(&h, "Aaron & Zoë added.");
    click(&mut h, "All couples");
    see(&h, "Aaron & Zoë");
    assert_eq!(couples_table(&h).0, Some(302));
    assert_eq!(h.state().practice().couples().len(), 301);
    common::close(h);
}

#[test]
fn all_couples_reads_only_the_couples_changed_behind_the_apps_back() {
    use groundwork::store::records_read_on_this_thread as records_read;
    let clock = FakeClock::new(at(23, 9, 0));
    common::pin_english();
    let (dir, mut p) = practice_of(12, &clock);
    p.create_couple("Sophie", "Emma").unwrap();
    let daniel = p.create_couple("Daniel", "Priya").unwrap();
    drop(p);
    // A file changed in the last seconds is read again whatever its stamps say (a file
    // system's clock is coarse): these couples were made long enough ago.
    std::thread::sleep(std::time::Duration::from_millis(3_100));
    let mut h = common::open(dir.path(), &clock);
    see(&h, "Daniel & Priya");

    // Behind the app's back (another computer's change, come by sync), Daniel's record now
    // says "Dan".
    let store = Store::open_existing(dir.path()).unwrap();
    let mut record = store.load_couple(&daniel).unwrap();
    record.partner_a.name = "Dan".to_owned();
    store.save_couple(&record).unwrap();

    // A session for Sophie & Emma, from their page, ended.
    click(&mut h, "Sophie & Emma");
    click(&mut h, "Start session");
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    click(&mut h, "Leave");
    let before = records_read();
    click(&mut h, "All couples");

    // Both show: the session the app ran, and the change it did not make; of 14 couples only
    // the changed ones were read (Daniel's, and Sophie & Emma's, changed a moment ago).
    see(&h, "Mon 23 Nov 2026");
    see(&h, "Dan & Priya");
    dont_see(&h, "Daniel & Priya");
    let read = records_read() - before;
    assert!((1..=2).contains(&read), "{read} records read");
    common::close(h);
}

#[test]
fn each_letter_of_a_search_and_each_return_to_the_list_start_no_animation() {
    let clock = FakeClock::new(at(23, 9, 0));
    let (_dir, mut practice) = practice_of(59, &clock);
    practice.create_couple("Yusuf", "Zara").unwrap();
    // A 60 Hz display with egui's animations, which a test harness otherwise turns off.
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(1.0 / 60.0)
        // The pointer coming over the list fades its scroll bar in (a dozen frames, once).
        .with_max_steps(60)
        .build_eframe(move |cc| {
            GroundworkApp::new(cc, practice).with_computer_language(groundwork::model::Lang::En)
        });
    let egui_default = egui::Style::default();
    h.ctx.all_styles_mut(|style| {
        style.animation_time = egui_default.animation_time;
        style.scroll_animation = egui_default.scroll_animation;
    });
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Search couples")
        .click();
    h.run();
    // From 60 couples (a page that scrolls) to one.
    for letter in ["y", "u", "s", "u", "f", " ", "&", " ", "z"] {
        h.get_by_role_and_label(Role::TextInput, "Search couples")
            .type_text(letter);
        let frames = h.run();
        assert!(frames <= 3, "{letter:?} drew {frames} frames");
    }
    see(&h, "Yusuf & Zara");
    assert_eq!(couples_table(&h), (Some(2), 1));

    // Back from their page, the pointer over the list: no scroll bar fades in.
    h.get_by_label("Yusuf & Zara").click();
    h.run();
    see(&h, "Start session");
    h.get_by_label("All couples").click();
    // A few frames for the click and the screen's new widgets; a fading bar is a dozen more.
    let frames = h.run();
    assert!(frames <= 5, "back to the list drew {frames} frames");
    see(&h, "Yusuf & Zara");
}
