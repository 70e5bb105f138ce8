//! Odd files in the data folder. A FIFO (or device, or socket) where a file should be is refused
//! at once, never waited on; a link out of the data folder is neither read nor written; a file
//! larger than any Groundwork writes is refused from its size, before it is read; an export's
//! file name is cut to what the file system allows. Each case names the file in one sentence,
//! and the rest of the practice carries on.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeZone};
use groundwork::demo::{self, DemoOptions};
use groundwork::model::{CoupleId, NoteFormat};
use groundwork::pdf::DocumentKind;
use groundwork::practice::Practice;
use groundwork::session::{Command as Step, FakeClock};
use groundwork::store::{Store, read_journal, read_ron, templates};

/// The couple whose file is odd, and one that must keep working (from the sample practice).
const VICTIM: &str = "Daniel & Priya";
const HEALTHY: &str = "Marcus & Lena";

fn now() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 14, 0, 0)
        .unwrap()
}

/// Runs `f` on a thread and fails if it has not finished within `limit`: a hang fails the test
/// instead of hanging it.
fn within<T: Send + 'static>(
    limit: Duration,
    what: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(limit)
        .unwrap_or_else(|_| panic!("{what} did not finish within {limit:?}: it hangs"))
}

/// A sample practice: three couples with two past sessions each.
fn practice_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let options = DemoOptions {
        couples: 3,
        sessions: 2,
        now: now(),
    };
    demo::write_practice(&store, &templates::load(None), &options).unwrap();
    std::fs::write(
        store.settings_path(),
        "(schema: 1, practice_name: \"Riverside\")\n",
    )
    .unwrap();
    dir
}

fn couple_id(root: &Path, name: &str) -> CoupleId {
    Store::open(root)
        .unwrap()
        .couples()
        .couples
        .into_iter()
        .find(|c| c.couple.display_name() == name)
        .unwrap_or_else(|| panic!("no {name}"))
        .couple
        .id
}

fn last_journal(root: &Path, name: &str) -> PathBuf {
    let store = Store::open(root).unwrap();
    let (files, _) = store.session_files(&couple_id(root, name));
    files.last().unwrap().path.clone()
}

fn mkfifo(path: &Path) {
    std::fs::remove_file(path).unwrap();
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// The sentence about `path` among the practice's problems.
fn problem_about(practice: &Practice, path: &Path) -> String {
    practice
        .problems()
        .find(|p| p.path == path)
        .map(|p| p.sentence())
        .unwrap_or_else(|| {
            let all: Vec<String> = practice.problems().map(|p| p.sentence()).collect();
            panic!("nothing is said about {}: {all:?}", path.display())
        })
}

/// The healthy couple's last session prints, in the app and on the command line.
fn healthy_couple_still_exports(root: &Path, practice: &Practice) {
    let journal = last_journal(root, HEALTHY);
    let done = practice.export(DocumentKind::Notes, &journal).unwrap();
    assert!(std::fs::read(&done.path).unwrap().starts_with(b"%PDF"));
    // Outside the data folder (the command line writes anywhere it is told), and removed with
    // the test's own temporary folder.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("cli.pdf");
    let mut child = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(["--data-dir", root.to_str().unwrap(), "export", "notes"])
        .args(["--couple", HEALTHY, "--out", out.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("the command line's export hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let result = child.wait_with_output().unwrap();
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
}

#[test]
fn a_fifo_in_place_of_couple_settings_or_a_journal_is_refused_at_once() {
    let mut timings = Vec::new();
    for target in ["couple.ron", "settings.ron", "journal"] {
        let dir = practice_dir();
        let root = dir.path().to_owned();
        let fifo = match target {
            "couple.ron" => Store::open(&root)
                .unwrap()
                .couple_path(&couple_id(&root, VICTIM)),
            "settings.ron" => root.join("settings.ron"),
            _ => last_journal(&root, VICTIM),
        };
        mkfifo(&fifo);

        // The file on its own: one sentence, at once.
        let (path, started) = (fifo.clone(), Instant::now());
        let sentence = within(Duration::from_secs(1), "reading the FIFO", move || {
            if target == "journal" {
                read_journal(&path).unwrap_err().sentence()
            } else {
                read_ron::<ron::Value>(&path).unwrap_err().sentence()
            }
        });
        timings.push((target, started.elapsed()));
        assert_eq!(
            sentence,
            format!(
                "{} could not be read, so Groundwork has left it untouched: it is a pipe (FIFO), not an ordinary file; move it out of the data folder and put the file back from a backup.",
                fifo.display()
            )
        );

        // The practice opens and says so; the other couples work.
        let (r, clock) = (root.clone(), FakeClock::new(now()));
        let practice = within(Duration::from_secs(10), "opening the practice", move || {
            Practice::open(&r, Arc::new(clock)).unwrap()
        });
        match target {
            "journal" => {
                let id = couple_id(&root, VICTIM);
                let row = practice
                    .session_history(&id)
                    .into_iter()
                    .find(|s| s.path == fifo)
                    .unwrap();
                assert!(
                    row.problem.as_deref().unwrap().contains("pipe (FIFO)"),
                    "{row:?}"
                );
                let err = practice.export(DocumentKind::Notes, &fifo).unwrap_err();
                assert!(err.contains("pipe (FIFO)"), "{err}");
            }
            _ => assert!(problem_about(&practice, &fifo).contains("pipe (FIFO)")),
        }
        assert!(practice.couple(&couple_id(&root, HEALTHY)).is_some());
        healthy_couple_still_exports(&root, &practice);
        let still_fifo = {
            use std::os::unix::fs::FileTypeExt;
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo()
        };
        assert!(still_fifo, "the FIFO was left where it was");
    }
    println!("time to refuse a FIFO: {timings:?}");
}

#[test]
fn links_out_of_the_data_folder_are_neither_read_nor_written() {
    let dir = practice_dir();
    let root = dir.path().join("practice");
    std::fs::rename(dir.path().join("couples"), dir.path().join("tmp-couples")).unwrap();
    std::fs::create_dir(&root).unwrap();
    std::fs::rename(dir.path().join("tmp-couples"), root.join("couples")).unwrap();
    let outside = dir.path().join("outside");
    std::fs::create_dir(&outside).unwrap();

    // The victim's last journal, and the healthy couple's couple.ron, moved out and linked to.
    let journal = last_journal(&root, VICTIM);
    let journal_out = outside.join("journal");
    std::fs::rename(&journal, &journal_out).unwrap();
    std::os::unix::fs::symlink(&journal_out, &journal).unwrap();
    let couple_path = Store::open(&root)
        .unwrap()
        .couple_path(&couple_id(&root, "Sophie & Emma"));
    let couple_out = outside.join("couple.ron");
    std::fs::rename(&couple_path, &couple_out).unwrap();
    std::os::unix::fs::symlink(&couple_out, &couple_path).unwrap();
    let before = (
        std::fs::read(&journal_out).unwrap(),
        std::fs::read(&couple_out).unwrap(),
    );

    let clock = FakeClock::new(now());
    let mut practice = Practice::open(&root, Arc::new(clock)).unwrap();
    let said = problem_about(&practice, &journal);
    assert!(
        said.ends_with("could not be read, so Groundwork has left it untouched: it is a link to a file outside the data folder, which Groundwork neither follows nor changes; put the file itself in the folder in place of the link."),
        "{said}"
    );
    assert!(problem_about(&practice, &couple_path).contains("outside the data folder"));
    let victim = couple_id(&root, VICTIM);
    assert!(
        practice
            .couple(&victim)
            .unwrap()
            .sessions
            .iter()
            .all(|s| s.path != journal),
        "the linked journal is not listed"
    );
    let err = practice.open_session(&journal).unwrap_err();
    assert!(err.contains("outside the data folder"), "{err}");
    let err = practice.export(DocumentKind::Notes, &journal).unwrap_err();
    assert!(err.contains("outside the data folder"), "{err}");
    // The other couples work: a session is run and printed.
    practice
        .start_session(
            &couple_id(&root, HEALTHY),
            "speaker-listener",
            NoteFormat::Free,
        )
        .unwrap();
    practice.execute(&Step::End).unwrap();
    healthy_couple_still_exports(&root, &practice);
    drop(practice);
    assert_eq!(
        (
            std::fs::read(&journal_out).unwrap(),
            std::fs::read(&couple_out).unwrap()
        ),
        before,
        "a file outside the data folder was changed"
    );
}

/// The most memory the process has used so far, in KB.
fn max_rss_kb() -> i64 {
    // SAFETY: getrusage only writes the struct it is given.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage.ru_maxrss
    }
}

#[test]
fn a_200_mb_journal_is_refused_from_its_size_before_it_is_read() {
    let dir = practice_dir();
    let root = dir.path().to_owned();
    let journal = last_journal(&root, VICTIM);
    // A real journal made 200 MB long, sparse: it takes no disk space, but reading it would
    // take 200 MB of memory.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&journal)
        .unwrap();
    file.set_len(200 * 1024 * 1024).unwrap();
    drop(file);

    let rss = max_rss_kb();
    let started = Instant::now();
    let problem = read_journal(&journal).unwrap_err();
    let took = started.elapsed();
    println!("time to refuse a 200 MB journal: {took:?}");
    assert!(took < Duration::from_secs(1), "{took:?}");
    assert_eq!(
        problem.sentence(),
        format!(
            "{} could not be read: it is larger than 64 MB, far larger than any file Groundwork writes; it is probably not a Groundwork file; Groundwork has left it untouched, so restore it from a backup or fix it in a text editor.",
            journal.display()
        )
    );
    let practice = Practice::open(&root, Arc::new(FakeClock::new(now()))).unwrap();
    let row = practice
        .session_history(&couple_id(&root, VICTIM))
        .into_iter()
        .find(|s| s.path == journal)
        .unwrap();
    assert!(row.problem.unwrap().contains("larger than 64 MB"));
    healthy_couple_still_exports(&root, &practice);
    let grew = max_rss_kb() - rss;
    assert!(grew < 100 * 1024, "reading grew the memory by {grew} KB");
}

#[test]
fn a_long_name_in_a_four_byte_script_exports_under_a_shortened_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(now());
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    // 30 + 30 letters of CJK Extension B: four bytes each in UTF-8.
    let (a, b) = ("𠀀".repeat(30), "𠀁".repeat(30));
    let id = practice.create_couple(&a, &b).unwrap();
    practice
        .start_session(&id, "speaker-listener", NoteFormat::Free)
        .unwrap();
    clock.advance(60_000);
    practice.execute(&Step::End).unwrap();
    let journal = practice.live().unwrap().path().to_owned();

    let mut names = Vec::new();
    for _ in 0..2 {
        let done = practice.export(DocumentKind::Notes, &journal).unwrap();
        assert!(std::fs::read(&done.path).unwrap().starts_with(b"%PDF"));
        let name = done.path.file_name().unwrap().to_str().unwrap().to_owned();
        assert!(name.len() <= 255, "{} bytes", name.len());
        assert!(name.starts_with("2026-11-23 𠀀𠀀𠀀"), "{name}");
        assert!(name.ends_with(".pdf"), "{name}");
        assert!(name.contains(" - session 1 session notes"), "{name}");
        names.push(name);
    }
    assert!(names[1].ends_with(" (2).pdf"), "{names:?}");

    // A name chosen too long: a numbered free name is cut to fit, keeping ".pdf".
    let chosen = dir.path().join(format!("{}.pdf", "𝒜".repeat(70)));
    let free = Practice::free_path(&chosen);
    let name = free.file_name().unwrap().to_str().unwrap();
    assert!(name.len() <= 255 && name.ends_with(".pdf"), "{name}");
    // Exporting to it anyway says what is wrong, not that the disk may be disconnected.
    let err = practice
        .export_to(DocumentKind::Notes, &journal, &chosen, false)
        .unwrap_err();
    assert!(err.contains("its name is too long"), "{err}");
    assert!(!err.contains("disk is connected"), "{err}");
}
