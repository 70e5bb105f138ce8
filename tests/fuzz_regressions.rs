//! Inputs for the fuzz targets' code (`fuzz/fuzz_targets/exercise.rs`), run by `cargo test`:
//! every input with which `cargo fuzz` ever crashed Groundwork goes into `tests/fuzz/<target>/`,
//! beside hand-made extremes (time running backwards, offsets and lengths at their limits,
//! indexes that don't exist, 2,000 phases, nesting 100,000 deep, words of 10,000 letters,
//! right-to-left, combining and emoji text). Each must be read, refused in plain words, run or
//! printed, never panic.

use std::path::Path;

#[path = "../fuzz/fuzz_targets/exercise.rs"]
mod exercise;

fn inputs(kind: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(kind);
    let mut found: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    found.sort();
    found
}

/// Runs `check` on every input kept for the fuzz target `kind`, naming each as it goes.
fn replay(kind: &str, check: impl Fn(&str, &[u8])) {
    let found = inputs(kind);
    assert!(!found.is_empty(), "the inputs are in tests/fuzz/{kind}");
    for (name, bytes) in &found {
        eprintln!("{kind}/{name}");
        check(name, bytes);
    }
}

#[test]
fn journals_that_once_crashed_the_reader_are_read_or_refused() {
    replay("journal", |name, bytes| {
        exercise::journal(bytes);
        // The hand-made extremes are well-formed files, so they reach the fold, the timers and
        // the record, not just the reader.
        if !name.starts_with("crash-") {
            let read = groundwork::store::parse_journal(Path::new(name), bytes)
                .unwrap_or_else(|p| panic!("{p}"));
            assert!(read.entries.len() > 30, "{name}");
        }
    });
}

#[test]
fn templates_that_once_crashed_the_parser_are_read_or_refused() {
    replay("template", |name, bytes| {
        exercise::template(bytes);
        // Values that make no sense are refused at the line they are on, never clamped.
        if ["seconds", "nested", "unclosed"]
            .iter()
            .any(|r| name.contains(r))
        {
            let text = String::from_utf8_lossy(bytes);
            let problems =
                groundwork::store::templates::parse(Path::new(name), &text).expect_err(name);
            let said = problems[0].to_string();
            assert!(said.starts_with(&format!("{name}:")), "{said}");
        }
    });
}

#[test]
fn text_that_once_broke_printing_prints() {
    replay("documents", |_, bytes| exercise::documents(bytes));
}

/// The extreme journals as one couple's sessions, seen the way a therapist sees them: the home
/// screen, the couple page with each session's figures, each session opened in the console, and
/// both documents printed. Nothing panics; what cannot be shown is said in a sentence.
#[test]
fn a_couple_whose_sessions_are_all_extremes_can_still_be_opened_and_printed() {
    use std::sync::Arc;

    use chrono::{FixedOffset, TimeZone};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use groundwork::pdf::DocumentKind;
    use groundwork::practice::Practice;
    use groundwork::session::FakeClock;
    use groundwork::ui::GroundworkApp;

    let clock = FakeClock::new(
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 14, 0, 0)
            .unwrap(),
    );
    let dir = tempfile::tempdir().unwrap();
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let id = practice.create_couple("Extreme", "Cases").unwrap();
    let sessions = dir.path().join("couples").join(&id.0).join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let found = inputs("journal");
    for (n, (_, bytes)) in found.iter().enumerate() {
        // Each file as this couple's session n + 1 (the files came from another couple's session 2).
        let text = String::from_utf8(bytes.clone()).unwrap();
        let old_id = text
            .split("couple:\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let text = text
            .replace(old_id, &id.0)
            .replace("number:2", &format!("number:{}", n + 1));
        let name = format!("{:04}-2026-11-{:02}.journal", n + 1, n + 1);
        std::fs::write(sessions.join(name), text).unwrap();
    }
    practice.reload();

    let history = practice.session_history(&id);
    assert_eq!(history.len(), found.len(), "every file is listed");
    let out = tempfile::tempdir().unwrap();
    let mut printed = 0;
    for (i, session) in history.iter().enumerate() {
        for kind in [DocumentKind::Notes, DocumentKind::Homework] {
            let target = out.path().join(format!("{i}-{kind:?}.pdf"));
            match practice.export_to(kind, &session.path, &target, false) {
                Ok(done) => {
                    assert!(done.pages >= 1);
                    printed += 1;
                }
                Err(why) => assert!(why.ends_with('.') && !why.contains("panicked"), "{why}"),
            }
        }
    }
    assert!(printed >= found.len(), "{printed} documents printed");

    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| {
            GroundworkApp::new(cc, practice).with_computer_language(groundwork::model::Lang::En)
        });
    h.run();
    h.get_by_label("Extreme & Cases").click();
    h.run();
    let mut opened = 0;
    for n in 1..=found.len() {
        // Open each session in the console, look at it, and go back to the couple.
        let open = format!("Open session {n}");
        if h.query_by_label(&open).is_none() {
            continue; // ended sessions are opened to finish notes; others only print
        }
        // Below the couple's progress plots: scrolled into view first, as a therapist would.
        h.get_by_label(&open).scroll_to_me();
        h.run();
        h.get_by_label(&open).click();
        h.run();
        opened += usize::from(h.state().practice().live().is_some());
        h.state_mut()
            .apply(groundwork::ui::Action::OpenCouple(id.clone()));
        h.run();
    }
    let problems: Vec<_> = history.iter().filter_map(|s| s.problem.clone()).collect();
    eprintln!(
        "{} extreme sessions: {printed} documents printed, {opened} opened in the console, problems: {problems:?}",
        found.len()
    );
    assert!(opened >= 1, "the sessions that can be opened were opened");
}
