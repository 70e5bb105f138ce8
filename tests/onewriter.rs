//! One writer per practice folder. A second Groundwork on a practice (the icon double-clicked)
//! is refused with one sentence before it writes anything; a Groundwork killed with SIGKILL
//! leaves no lock behind. The holder is a real second process: this test binary run again as a
//! child ([`child_holds_the_practice`]).
#![cfg(unix)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use groundwork::practice::Practice;
use groundwork::session::SystemClock;
use groundwork::store::{LOCK_FILE, Store};

const HOLD: &str = "GROUNDWORK_TEST_HOLD";

/// Run only as a child of the tests below: opens the practice in `$GROUNDWORK_TEST_HOLD` as the
/// app does, says "holder-ready", and waits to be killed.
#[test]
#[ignore = "a helper: the other tests run it in a child process"]
fn child_holds_the_practice() {
    let dir = std::env::var_os(HOLD).expect("run by the other tests with GROUNDWORK_TEST_HOLD");
    let _practice = Practice::open(Path::new(&dir), Arc::new(SystemClock::default())).unwrap();
    println!("holder-ready");
    loop {
        std::thread::sleep(Duration::from_secs(60));
    }
}

/// A second process holding `dir` the way the app does; killed (SIGKILL) when dropped.
struct Holder(Child);

impl Holder {
    fn start(dir: &Path) -> Holder {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "child_holds_the_practice",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env(HOLD, dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                // libtest writes "test child_holds_the_practice ... " on the same line.
                if line.is_ok_and(|l| l.ends_with("holder-ready")) {
                    let _ = tx.send(());
                }
            }
        });
        rx.recv_timeout(Duration::from_secs(30))
            .expect("the holder did not open the practice within 30 s");
        Holder(child)
    }

    /// kill -9: no destructor, no clean-up, as in a crash.
    fn kill(mut self) {
        self.0.kill().unwrap();
        self.0.wait().unwrap();
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn groundwork(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(args)
        .env_remove("GROUNDWORK_DATA")
        // No desktop: if the lock did not stop it, the app would fail later, on its window.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap()
}

/// Everything in a folder: each path with its kind, size, modification time and bytes.
fn fingerprint(dir: &Path) -> BTreeMap<PathBuf, (String, u64, i128, Vec<u8>)> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            let mtime = meta
                .modified()
                .unwrap()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as i128;
            let bytes = if meta.is_file() {
                std::fs::read(&path).unwrap()
            } else {
                Vec::new()
            };
            if meta.is_dir() {
                todo.push(path.clone());
            }
            out.insert(
                path,
                (format!("{:?}", meta.file_type()), meta.len(), mtime, bytes),
            );
        }
    }
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The refusal: one line, one sentence, saying that Groundwork is open on this practice and
/// where (this computer, since when).
fn assert_refused(out: &Output, dir: &Path) {
    let text = stderr(out);
    assert!(!out.status.success(), "not refused: {text}");
    assert_eq!(text.trim().lines().count(), 1, "one sentence: {text}");
    let expected = format!(
        "groundwork: Groundwork is already open on this practice ({}) on this computer (",
        dir.display()
    );
    assert!(text.starts_with(&expected), "{text}");
    assert!(
        text.contains(" since ")
            && text.trim_end().ends_with(
                "use that window, or close Groundwork there and try again (nothing was changed)."
            ),
        "{text}"
    );
}

#[test]
fn a_second_groundwork_on_the_same_practice_is_refused_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("practice");
    let made = groundwork(&[
        "demo-data",
        data.to_str().unwrap(),
        "--couples",
        "2",
        "--sessions",
        "1",
    ]);
    assert!(made.status.success(), "{}", stderr(&made));
    let couple = Store::open(&data).unwrap().couples().couples[0]
        .couple
        .display_name();

    let holder = Holder::start(&data);
    let before = fingerprint(&data);
    assert!(
        before.contains_key(&data.join(LOCK_FILE)),
        "the holder's lock file"
    );

    // The app: refused before its window.
    let started = Instant::now();
    let second = groundwork(&["--data-dir", data.to_str().unwrap()]);
    assert_refused(&second, &data);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(fingerprint(&data), before, "the second Groundwork wrote");

    // Printing only reads the practice, so it works while the app is open; the PDF goes to
    // --out and nothing in the data folder changes.
    let pdf = tmp.path().join("notes.pdf");
    let export = groundwork(&[
        "--data-dir",
        data.to_str().unwrap(),
        "export",
        "notes",
        "--couple",
        &couple,
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(export.status.success(), "{}", stderr(&export));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert_eq!(
        fingerprint(&data),
        before,
        "export wrote in the data folder"
    );

    // In the same way a library user (or a second window of the app) is refused.
    let err = Practice::open(&data, Arc::new(SystemClock::default()))
        .err()
        .expect("a second Practice on a locked folder");
    assert!(
        err.to_string()
            .starts_with("Groundwork is already open on this practice"),
        "{err}"
    );
    assert_eq!(fingerprint(&data), before);
    drop(holder);
}

#[test]
fn writing_sample_data_into_a_practice_open_in_the_app_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("empty practice");
    let holder = Holder::start(&data);
    let before = fingerprint(&data);
    let out = groundwork(&["demo-data", data.to_str().unwrap(), "--couples", "1"]);
    assert_refused(&out, &data);
    assert_eq!(fingerprint(&data), before, "demo-data wrote");
    drop(holder);
}

#[test]
fn a_lock_left_by_a_killed_groundwork_does_not_block() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("practice");
    let holder = Holder::start(&data);
    assert!(
        Practice::open(&data, Arc::new(SystemClock::default())).is_err(),
        "held while the holder runs"
    );
    holder.kill();
    // The lock file is still there, naming a process that no longer exists: it does not block.
    let left = std::fs::read_to_string(data.join(LOCK_FILE)).unwrap();
    assert!(left.contains("pid: "), "{left}");
    let practice = Practice::open(&data, Arc::new(SystemClock::default()))
        .expect("a killed Groundwork's lock blocked the practice");
    drop(practice);
    // And the real app gets past the lock: it fails only on the missing desktop.
    let out = groundwork(&["--data-dir", data.to_str().unwrap()]);
    assert!(
        stderr(&out).starts_with("groundwork: could not open the window"),
        "the app was refused after the holder died: {}",
        stderr(&out)
    );
}
