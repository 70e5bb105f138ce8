//! The command line, run as a therapist (or a script) would run it.

use std::path::Path;
use std::process::{Command, Output};

use groundwork::model::{PhaseKind, Side, Stage};
use groundwork::session::SessionState;
use groundwork::store::{Store, read_journal};

fn groundwork(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(args)
        .env_remove("GROUNDWORK_DATA")
        .output()
        .expect("the binary runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn demo_data_writes_a_practice_of_genuine_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    let out = groundwork(&["demo-data", path, "--couples", "10", "--sessions", "4"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("Wrote 10 couples and 41 sessions"),
        "{}",
        text(&out)
    );

    let listing = Store::open(dir.path()).unwrap().couples();
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    assert_eq!(listing.couples.len(), 10);
    let names: Vec<String> = listing
        .couples
        .iter()
        .map(|c| c.couple.display_name())
        .collect();
    assert!(names.contains(&"Sophie & Emma".to_owned()), "{names:?}");

    for summary in &listing.couples {
        let c = &summary.couple;
        assert!(
            !c.ground_rules.is_empty(),
            "{} has ground rules",
            c.display_name()
        );
        assert!(
            c.agreements.iter().any(|a| !a.reviews.is_empty()),
            "{} has reviewed agreements",
            c.display_name()
        );
        for file in &summary.sessions {
            let read = read_journal(&file.path).unwrap_or_else(|p| panic!("{p}"));
            assert!(read.torn.is_none());
            let state = SessionState::from_entries(&read.entries).unwrap();
            assert_eq!(state.info.number, file.number);
            let live = c.display_name() == "Sophie & Emma" && file.number == 5;
            assert_eq!(
                state.is_ended(),
                !live,
                "{} session {}",
                c.display_name(),
                file.number
            );
            let has_dialogue = state
                .info
                .phases
                .iter()
                .any(|p| matches!(p.kind, PhaseKind::SpeakerListener { .. }));
            if state.is_ended() {
                let turns = state.turns(Side::A) + state.turns(Side::B);
                assert_eq!(
                    turns > 0,
                    has_dialogue,
                    "turns were taken in a dialogue phase"
                );
                assert!(state.rules.iter().all(|r| r.agreed_by_both()));
            }
        }
    }

    // Sophie & Emma's session in progress: Sophie has the floor and her timer runs.
    let sophie = listing
        .couples
        .iter()
        .find(|c| c.couple.partner_a.name == "Sophie")
        .unwrap();
    let live = sophie.sessions.last().unwrap();
    let read = read_journal(&live.path).unwrap();
    let state = SessionState::from_entries(&read.entries).unwrap();
    let turn = state
        .dialogue
        .turn
        .as_ref()
        .expect("someone holds the floor");
    assert_eq!((turn.speaker, turn.stage), (Side::A, Stage::Speaking));
    assert!(turn.timer.is_running());
}

/// The sample practice opens in the app with nothing to report, every session reads back with
/// its events, and each couple's record already names every ended session's file: opening it
/// records nothing and changes no file.
#[test]
fn the_sample_practice_opens_with_no_problems_and_its_sessions_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let out = groundwork(&[
        "demo-data",
        dir.path().to_str().unwrap(),
        "--couples",
        "12",
        "--sessions",
        "6",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let records = |root: &Path| -> Vec<(std::path::PathBuf, Vec<u8>)> {
        let mut out: Vec<_> = std::fs::read_dir(root.join("couples"))
            .unwrap()
            .map(|e| e.unwrap().path().join("couple.ron"))
            .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
            .collect();
        out.sort();
        out
    };
    let before = records(dir.path());

    groundwork::locale::set_therapist(Some(groundwork::model::Lang::En));
    let clock = std::sync::Arc::new(groundwork::session::SystemClock::default());
    let practice = groundwork::practice::Practice::open(dir.path(), clock).unwrap();
    let problems: Vec<String> = practice.problems().map(|p| p.sentence()).collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(practice.couples().len(), 12);
    let mut sessions = 0;
    for listed in practice.couples() {
        let summary = practice.couple(&listed.id).unwrap();
        let history = practice.session_history(&summary.couple.id);
        assert_eq!(history.len(), summary.sessions.len());
        for (row, file) in history.iter().rev().zip(&summary.sessions) {
            assert_eq!(row.problem, None, "{:?}", file.path);
            let read = read_journal(&file.path).unwrap();
            let lines = std::fs::read_to_string(&file.path).unwrap().lines().count();
            assert_eq!(read.entries.len(), lines - 1, "every line an event");
            assert!(
                matches!(read.entries[0].event, groundwork::model::Event::Started(_)),
                "{:?} starts with the session's start",
                file.path
            );
            let in_progress = file == summary.sessions.last().unwrap()
                && summary.couple.display_name() == "Sophie & Emma";
            assert_eq!(row.ended, !in_progress, "{:?}", file.path);
            let name = file.path.file_name().unwrap().to_str().unwrap();
            let recorded = summary.couple.recorded.iter().flatten().any(|n| n == name);
            assert_eq!(recorded, !in_progress, "{name} in the record");
            sessions += 1;
        }
    }
    assert_eq!(sessions, 12 * 6 + 1);
    drop(practice);
    assert_eq!(records(dir.path()), before, "opening it changed no record");
}

/// Whatever the number of past sessions, Sophie holds the floor in the session in progress.
#[test]
fn the_demo_session_in_progress_is_live_for_any_number_of_sessions() {
    for sessions in ["0", "2", "8"] {
        let dir = tempfile::tempdir().unwrap();
        let out = groundwork(&[
            "demo-data",
            dir.path().to_str().unwrap(),
            "--couples",
            "1",
            "--sessions",
            sessions,
        ]);
        assert!(out.status.success(), "{}", text(&out));
        let listing = Store::open(dir.path()).unwrap().couples();
        let read = read_journal(&listing.couples[0].sessions.last().unwrap().path).unwrap();
        let state = SessionState::from_entries(&read.entries).unwrap();
        assert!(!state.is_ended(), "--sessions {sessions}");
        let turn = state
            .dialogue
            .turn
            .as_ref()
            .expect("someone holds the floor");
        assert_eq!((turn.speaker, turn.stage), (Side::A, Stage::Speaking));
        let ago = chrono::Local::now().fixed_offset() - state.last.wall;
        assert!(
            (30..120).contains(&ago.num_seconds()),
            "--sessions {sessions}: the turn began {ago} ago"
        );
    }
}

#[test]
fn demo_data_refuses_a_folder_that_already_holds_a_practice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    assert!(
        groundwork(&["demo-data", path, "--couples", "1", "--sessions", "1"])
            .status
            .success()
    );
    let before = std::fs::read_dir(dir.path().join("couples"))
        .unwrap()
        .count();
    let again = groundwork(&["demo-data", path, "--couples", "1", "--sessions", "1"]);
    assert!(!again.status.success());
    assert!(
        text(&again).contains("already holds a practice"),
        "{}",
        text(&again)
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("couples"))
            .unwrap()
            .count(),
        before
    );
}

fn write(dir: &Path, name: &str, content: &str) {
    std::fs::write(dir.join(name), content).unwrap();
}

#[test]
fn templates_check_prints_file_line_col_and_fails_when_broken() {
    let dir = tempfile::tempdir().unwrap();
    let good = include_str!("../templates/speaker-listener.ron");
    write(dir.path(), "good.ron", good);
    let out = groundwork(&["templates", "check", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("all good"));

    let broken = good.replacen("speak_seconds: 120", "speak_seconds: 0", 1);
    let line = broken
        .lines()
        .position(|l| l.contains("speak_seconds: 0"))
        .unwrap()
        + 1;
    write(dir.path(), "broken.ron", &broken);
    let out = groundwork(&["templates", "check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let expected = format!("{}:{line}:", dir.path().join("broken.ron").display());
    assert!(
        text(&out).contains(&expected),
        "expected {expected} in:\n{}",
        text(&out)
    );
}

#[test]
fn data_dir_is_accepted_before_or_after_the_subcommand_and_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    write(
        &dir.path().join("templates"),
        "mine.ron",
        "(schema: 1, id: ",
    );
    for args in [
        vec!["--data-dir", data, "templates", "check"],
        vec!["templates", "check", "--data-dir", data],
    ] {
        let out = groundwork(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
        assert!(
            text(&out).contains("mine.ron:1:"),
            "{args:?}: {}",
            text(&out)
        );
    }
    let out = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(["templates", "check"])
        .env("GROUNDWORK_DATA", data)
        .output()
        .unwrap();
    assert!(text(&out).contains("mine.ron:1:"), "{}", text(&out));
}

#[test]
fn export_prints_both_documents_from_demo_data_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("practice");
    let data = data.to_str().unwrap();
    assert!(
        groundwork(&["demo-data", data, "--couples", "2", "--sessions", "2"])
            .status
            .success()
    );
    let notes = dir.path().join("notes.pdf");
    let sheet = dir.path().join("sheet.pdf");
    let out = groundwork(&[
        "export",
        "notes",
        "--couple",
        "Sophie & Emma",
        "--session",
        "2",
        "--out",
        notes.to_str().unwrap(),
        "--data-dir",
        data,
        "--timeline",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let out = groundwork(&[
        "--data-dir",
        data,
        "export",
        "homework",
        "--couple",
        "daniel",
        "--session",
        "latest",
        "--out",
        sheet.to_str().unwrap(),
        "--paper",
        "letter",
    ]);
    assert!(out.status.success(), "{}", text(&out));

    let read = |p: &Path| lopdf::Document::load(p).unwrap();
    let notes_pdf = read(&notes);
    let pages = notes_pdf.get_pages().len() as u32;
    let all: String = (1..=pages)
        .map(|p| notes_pdf.extract_text(&[p]).unwrap())
        .collect();
    for expected in [
        "Session notes",
        "Sophie & Emma",
        "Interventions",
        "Risk",
        "DRAFT · NOT SIGNED",
        "Appendix: timeline",
        &format!("page {pages} of {pages}"),
    ] {
        assert!(
            all.contains(expected),
            "{expected:?} missing from the notes"
        );
    }
    let sheet_pdf = read(&sheet);
    let first = sheet_pdf.get_pages().values().next().copied().unwrap();
    let media = sheet_pdf
        .get_dictionary(first)
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    let width = media[2].as_float().unwrap();
    assert!(
        (width - 612.0).abs() < 1.0,
        "US Letter is 612 pt wide, not {width}"
    );
    let page_one = sheet_pdf.extract_text(&[1]).unwrap();
    assert!(
        page_one.contains("Daniel") && page_one.contains("Priya"),
        "{page_one}"
    );

    // The same file again: refused, and the first one is untouched.
    let before = std::fs::read(&sheet).unwrap();
    let again = groundwork(&[
        "export",
        "homework",
        "--couple",
        "Daniel & Priya",
        "--out",
        sheet.to_str().unwrap(),
        "--data-dir",
        data,
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again).contains("is already there; choose another name"),
        "{}",
        text(&again)
    );
    assert_eq!(std::fs::read(&sheet).unwrap(), before);
    let unknown = groundwork(&[
        "export",
        "notes",
        "--couple",
        "Nobody",
        "--out",
        "/nonexistent/x.pdf",
        "--data-dir",
        data,
    ]);
    assert!(
        text(&unknown).contains("no couple is called \"Nobody\""),
        "{}",
        text(&unknown)
    );
}
