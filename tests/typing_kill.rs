//! Notes typed without a pause survive a crash (issue 12, part 5): the real app, typing a word
//! every 100 ms into the session notes and never pausing, is killed with SIGKILL at a random
//! moment; the journal then holds everything typed up to at most 2 seconds before the kill.
//! (Before, notes were recorded only after a 1.5 s pause in typing: every kill lost it all.)

#![cfg(unix)]

mod common;

use std::io::{BufRead, BufReader, Write as _};
use std::path::Path;
use std::process::{Command as Process, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use groundwork::practice::Practice;
use groundwork::session::{SessionState, SystemClock};
use groundwork::store::read_journal;

const KILLS: u64 = 6;
/// The most typing a crash may cost, plus a frame and a word of slack.
const MAY_LOSE_SECS: f64 = 2.0 + 0.3;

fn word(n: usize) -> String {
    format!("w{n:04} ")
}

/// The child: the real app on the real clock, a session open, a word typed every 100 ms into
/// the "Data" notes, with egui's clock following the real one. After each word it prints how
/// many words it has typed and when. A no-op unless the parent set the environment.
#[test]
fn child_typing() {
    let Ok(dir) = std::env::var("GW_TYPING_DIR") else {
        return;
    };
    let clock = Arc::new(SystemClock::default());
    let mut practice = Practice::open(Path::new(&dir), clock).unwrap();
    let id = practice.create_couple("Sophie", "Emma").unwrap();
    let mut h = common::open_app(practice);
    h.state_mut().apply(groundwork::ui::Action::StartSession {
        couple: id,
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Data")
        .click();
    h.run();
    // egui's clock follows the real one from here on, after the frames the harness has run.
    let start = Instant::now();
    let offset = h.ctx.input(|i| i.time) + 1.0;
    let mut out = std::io::stdout().lock();
    for n in 0.. {
        h.get_by_role_and_label(Role::MultilineTextInput, "Data")
            .type_text(&word(n));
        h.input_mut().time = Some(offset + start.elapsed().as_secs_f64());
        h.step();
        writeln!(out, "typed {} {}", n + 1, start.elapsed().as_millis()).unwrap();
        out.flush().unwrap();
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_kill_during_continuous_typing_loses_at_most_the_last_two_seconds() {
    let mut worst_lost_secs: f64 = 0.0;
    let mut kept_words = 0;
    for kill in 0..KILLS {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Process::new(std::env::current_exe().unwrap())
            .args(["--exact", "child_typing", "--nocapture", "--test-threads=1"])
            .env("GW_TYPING_DIR", dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // (words typed, child's ms) after each word.
        let mut typed: Vec<(usize, u128)> = Vec::new();
        // Between 2.5 and 6.5 seconds of steady typing, different for each kill.
        let typing_for = 2_500 + (kill * 797) % 4_000;
        let began = Instant::now();
        for line in lines.by_ref() {
            let line = line.unwrap();
            // The test harness may print its own words before ours on the same line.
            let Some(at) = line.find("typed ") else {
                continue;
            };
            let mut parts = line[at..].split_whitespace().skip(1);
            let (Some(n), Some(ms)) = (parts.next(), parts.next()) else {
                continue;
            };
            typed.push((n.parse().unwrap(), ms.parse().unwrap()));
            if typed.last().unwrap().1 >= u128::from(typing_for) {
                break;
            }
            assert!(
                began.elapsed() < Duration::from_secs(120),
                "the child never got going"
            );
        }
        // The kill lands while the child types on.
        unsafe {
            libc::kill(child.id() as i32, libc::SIGKILL);
        }
        child.wait().unwrap();
        // Words the child may have typed after its last line before the kill are fine either way.
        let (last_n, last_ms) = *typed.last().expect("the child typed");

        let practice = Practice::open(dir.path(), Arc::new(SystemClock::default())).unwrap();
        let couple = &practice.couples()[0];
        let journal = &couple.last_session().unwrap().path;
        let state = SessionState::from_entries(&read_journal(journal).unwrap().entries).unwrap();
        let recorded = state.notes.section("Data");
        let all: String = (0..last_n + 1).map(word).collect();
        assert!(
            all.starts_with(recorded.trim_end()) || all.trim_end() == recorded,
            "kill {kill}: the record is what was typed, in order: {recorded:?}"
        );
        let kept = recorded.split_whitespace().count();
        // Every word typed more than 2 s before the kill is on disk.
        let must_keep = typed
            .iter()
            .filter(|(_, ms)| (last_ms - ms) as f64 / 1000.0 > MAY_LOSE_SECS)
            .map(|(n, _)| *n)
            .max()
            .unwrap_or(0);
        assert!(
            kept >= must_keep,
            "kill {kill} after {last_ms} ms of typing: {kept} of {last_n} words kept, {must_keep} must be"
        );
        let lost_secs = typed
            .iter()
            .find(|(n, _)| *n > kept)
            .map_or(0.0, |(_, ms)| (last_ms - ms) as f64 / 1000.0);
        worst_lost_secs = worst_lost_secs.max(lost_secs);
        kept_words += kept;
    }
    println!(
        "typing kills: {KILLS}, words kept: {kept_words}, most typing lost: {worst_lost_secs:.2} s"
    );
}
