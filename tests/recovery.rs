//! A session killed mid-turn reopens with every confirmed event and with its timer showing the
//! time the wall clock implies. Real clock, real files, a real SIGKILL.

use std::io::{BufRead, BufReader};
use std::process::{Command as Process, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Local;
use groundwork::model::{Couple, NoteFormat, Stage};
use groundwork::session::{Command, SystemClock, session_start};
use groundwork::store::{LiveSession, Store, read_journal, templates};

/// Runs a speaker/listener session and prints, after each command is confirmed on disk, the
/// number of journal entries, the wall time and the timer's remaining milliseconds.
#[test]
fn child_session() {
    let Ok(dir) = std::env::var("GW_RECOVERY_DIR") else {
        return;
    };
    let store = Store::open(dir.as_ref()).unwrap();
    let couple = Couple::new(
        store.new_couple_id(Local::now().naive_local()),
        "Sophie",
        "Emma",
        Local::now().date_naive(),
    );
    store.save_couple(&couple).unwrap();
    let set = templates::load(None);
    let template = set.by_id("speaker-listener").unwrap();
    let dialogue = template
        .phases
        .iter()
        .position(|p| matches!(p.kind, groundwork::model::PhaseKind::SpeakerListener { .. }))
        .unwrap();
    let info = session_start(
        &couple,
        1,
        template,
        NoteFormat::Dap,
        Local::now().date_naive(),
    );
    let mut live = LiveSession::start(&store, info, Arc::new(SystemClock::default())).unwrap();
    live.execute(&Command::GoToPhase(dialogue)).unwrap();
    let mut entries = live.state().events;
    for i in 0..10_000 {
        let command = if i % 7 == 6 {
            Command::QuickNote(format!("note {i}"))
        } else {
            Command::Advance
        };
        let written = live.execute(&command).unwrap();
        entries += written.len();
        let now = live.now();
        let remaining = live
            .state()
            .timer(now.at)
            .and_then(|t| t.remaining)
            .unwrap_or(i64::MIN);
        println!("ok {entries} {} {remaining}", now.wall.timestamp_millis());
        // Time for the parent to kill us exactly here, after a confirmed command.
        std::thread::sleep(Duration::from_millis(40));
    }
}

#[test]
fn a_killed_session_reopens_with_every_confirmed_event_and_a_wall_clock_timer() {
    let mut timer_checks = 0;
    for kill_after in [1, 9, 26, 50] {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Process::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "child_session",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("GW_RECOVERY_DIR", dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut last = None;
        let mut seen = 0;
        while seen < kill_after && Instant::now() < deadline {
            let Some(Ok(line)) = lines.next() else { break };
            // The harness may print "test child_session ... " on the same line as the first one.
            if let Some(rest) = line.find("ok ").map(|at| &line[at + 3..]) {
                let v: Vec<i64> = rest.split(' ').map(|x| x.parse().unwrap()).collect();
                last = Some((v[0] as usize, v[1], v[2]));
                seen += 1;
            }
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let (confirmed, wall_ms, remaining) = last.expect("the child confirmed commands");

        std::thread::sleep(Duration::from_millis(400));
        let listing = Store::open(dir.path()).unwrap().couples();
        let path = listing.couples[0].sessions[0].path.clone();
        let read = read_journal(&path).unwrap();
        assert!(
            read.entries.len() >= confirmed,
            "kill after {kill_after}: {} entries on disk, {confirmed} confirmed",
            read.entries.len()
        );

        let (mut live, _) = LiveSession::reopen(&path, Arc::new(SystemClock::default())).unwrap();
        let now = live.now();
        let state = live.state();
        assert!(state.events >= confirmed);
        // What the wall clock implies, given what the child last showed.
        let passed = now.wall.timestamp_millis() - wall_ms;
        if remaining != i64::MIN && state.events == confirmed {
            let shown = state.timer(now.at).and_then(|t| t.remaining).unwrap();
            let expected = remaining - passed;
            assert!(
                (shown - expected).abs() <= 100,
                "kill after {kill_after}: timer shows {shown} ms, wall clock implies {expected} ms"
            );
            assert!(passed >= 400);
            timer_checks += 1;
        }
        // And the session carries on.
        let before = live.state().dialogue.turn.as_ref().map(|t| t.stage);
        live.execute(&Command::Advance).unwrap();
        let after = live.state().dialogue.turn.as_ref().map(|t| t.stage);
        assert_ne!(before, after, "the dialogue moves on after reopening");
        let reread = read_journal(&path).unwrap();
        assert_eq!(reread.entries.len(), live.state().events);
        assert!(matches!(
            after,
            Some(Stage::Speaking | Stage::Paraphrasing | Stage::Confirming)
        ));
    }
    assert!(
        timer_checks >= 2,
        "the wall-clock timer was checked after {timer_checks} kills"
    );
}
