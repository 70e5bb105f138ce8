//! The real binary in a real window: it renders the sample practice for a few seconds, stays
//! alive, and exits cleanly when asked (SIGTERM), removing the sample practice's folder.
//! Needs an X display: uses $DISPLAY, or starts its own Xvfb (CI installs it).

#![cfg(unix)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// An X server started for the test; stopped with SIGTERM so it removes its own lock file.
struct Xvfb(Child);

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(3) {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A display to open the window on, and the Xvfb serving it if we started one.
fn display() -> Option<(String, Option<Xvfb>)> {
    if let Ok(d) = std::env::var("DISPLAY")
        && !d.is_empty()
    {
        return Some((d, None));
    }
    for n in 90..140 {
        let socket = format!("/tmp/.X11-unix/X{n}");
        if std::path::Path::new(&socket).exists() {
            continue;
        }
        // Xvfb itself decides whether the display is free (it clears a stale lock).
        let child = Command::new("Xvfb")
            .args([
                format!(":{n}"),
                "-screen".into(),
                "0".into(),
                "1280x800x24".into(),
                "-nolisten".into(),
                "tcp".into(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let mut server = Xvfb(child);
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(10) {
            if std::path::Path::new(&socket).exists() {
                return Some((format!(":{n}"), Some(server)));
            }
            if let Ok(Some(_)) = server.0.try_wait() {
                break; // taken: try the next display
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    None
}

#[test]
fn the_app_opens_a_real_window_and_closes_cleanly_on_request() {
    let Some((display, _xvfb)) = display() else {
        // CI installs xvfb, so there a missing display is a failure, never a silent skip.
        assert!(
            std::env::var_os("CI").is_none(),
            "no X display could be started in CI"
        );
        eprintln!("skipped: no X display and no Xvfb on this machine");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut app = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .arg("--demo")
        .env("DISPLAY", &display)
        .env("TMPDIR", tmp.path())
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(4));
    assert!(
        app.try_wait().unwrap().is_none(),
        "the app is still running after 4 s"
    );
    let demo = std::fs::read_dir(tmp.path()).unwrap().count();
    assert_eq!(demo, 1, "the sample practice lives in one temporary folder");

    // Ask it to close, as a logout or `kill` does.
    let pid = app.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = app.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "the app did not close within 15 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let output = app.wait_with_output().unwrap();
    assert!(
        status.success(),
        "exit {status}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "the sample practice's folder was removed"
    );
}
