//! The real binary in a real window: it renders the sample practice for a few seconds, stays
//! alive, and exits cleanly when asked (SIGTERM), removing the sample practice's folder. Under
//! strace, it opens no network socket and writes only in its data folder.
//! Needs an X display: uses $DISPLAY, or starts its own Xvfb (CI installs it, and strace).

#![cfg(unix)]

use std::path::{Path, PathBuf};
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

/// The tests take turns: two Xvfb servers started at once could both pick the same free display
/// number, and the first test to finish would then close the other's display.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

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
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
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
        .env("GROUNDWORK_LANG", "en")
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

/// What a traced run did that matters for privacy.
#[derive(Debug, Default)]
struct Trace {
    /// `socket(...)` calls, by address family, e.g. "AF_UNIX".
    sockets: Vec<String>,
    /// Paths the process created, wrote, renamed, removed or changed the mode of.
    written: Vec<PathBuf>,
}

/// The system calls that open a socket or change a file.
const TRACED: &str = "socket,open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,\
                      symlink,symlinkat,unlink,unlinkat,rmdir,truncate,chmod,fchmodat";

fn read_trace(log: &Path) -> Trace {
    let text = std::fs::read_to_string(log).unwrap();
    let mut trace = Trace::default();
    for line in text.lines() {
        // "1234  openat(AT_FDCWD, "/path", O_WRONLY|O_CREAT, 0600) = 5"
        let call = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        if call.ends_with("<unfinished ...>") || call.contains("resumed>") {
            continue; // strace -f splits a call that another thread interrupted; both halves
            // are rare here and the paths are checked from the "open" half only when it ends.
        }
        let failed = call
            .rsplit_once(" = ")
            .is_some_and(|(_, r)| r.starts_with('-'));
        if failed {
            continue;
        }
        let name = call.split('(').next().unwrap_or("");
        if name == "socket" {
            let family = call["socket(".len()..].split(',').next().unwrap_or("");
            trace.sockets.push(family.to_owned());
            continue;
        }
        let opens = matches!(name, "open" | "openat" | "creat");
        if opens
            && name != "creat"
            && !["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC"]
                .iter()
                .any(|f| call.contains(f))
        {
            continue; // read only
        }
        // Every quoted path in the call (rename has two).
        for (i, part) in call.split('"').enumerate() {
            if i % 2 == 1 && part.starts_with('/') {
                trace.written.push(PathBuf::from(part));
            }
        }
    }
    trace
}

/// Runs `groundwork args…` under strace, and returns what it did. With `open_for`, the app is
/// left open that long and then asked to close (SIGTERM); without, the command ends by itself
/// (a SIGTERM then could stop it halfway).
fn traced(args: &[&str], env: &[(&str, &Path)], dir: &Path, open_for: Option<Duration>) -> Trace {
    let log = dir.join(format!("trace-{}.log", args[0].trim_start_matches('-')));
    let mut strace = Command::new("strace");
    strace
        .args(["-f", "-qq", "-e", &TRACED.replace(' ', ""), "-o"])
        .arg(&log)
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_groundwork"))
        .args(args)
        .env("GROUNDWORK_LANG", "en")
        .env_remove("GROUNDWORK_DATA")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_CACHE_HOME")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (k, v) in env {
        strace.env(k, v);
    }
    let mut child = strace.spawn().unwrap();
    if let Some(open_for) = open_for {
        std::thread::sleep(open_for);
        // The app is strace's only child; ask it to close as a logout would.
        let children = format!("/proc/{0}/task/{0}/children", child.id());
        if let Ok(pids) = std::fs::read_to_string(&children) {
            for pid in pids.split_whitespace() {
                let _ = Command::new("kill").args(["-TERM", pid]).status();
            }
        }
    }
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{args:?} did not finish"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    read_trace(&log)
}

#[test]
fn the_app_opens_no_network_socket_and_writes_only_in_its_data_folder() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let has_strace = Command::new("strace")
        .arg("-V")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let display = display();
    let (Some((display, _xvfb)), true) = (display, has_strace) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs Xvfb and strace; neither may be missing there"
        );
        eprintln!("skipped: needs an X display and strace");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let (data, home, temp, out) = (
        tmp.path().join("data"),
        tmp.path().join("home"),
        tmp.path().join("tmp"),
        tmp.path().join("exports"),
    );
    for dir in [&home, &temp, &out] {
        std::fs::create_dir(dir).unwrap();
    }
    let demo = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(["demo-data", data.to_str().unwrap(), "--couples", "3"])
        .output()
        .unwrap();
    assert!(demo.status.success());
    let env = [
        ("HOME", home.as_path()),
        ("TMPDIR", temp.as_path()),
        ("DISPLAY", Path::new(&display)),
    ];

    // The app, open on a practice for a few seconds (it reads every couple, starts its timers,
    // renders), then closed the normal way.
    let app = traced(
        &["--data-dir", data.to_str().unwrap()],
        &env,
        tmp.path(),
        Some(Duration::from_secs(6)),
    );
    // The command line, printing a couple's notes to a folder of the therapist's choosing.
    let pdf = out.join("notes.pdf");
    let export = traced(
        &[
            "export",
            "notes",
            "--couple",
            "Sophie & Emma",
            "--session",
            "1",
            "--out",
            pdf.to_str().unwrap(),
            "--data-dir",
            data.to_str().unwrap(),
        ],
        &env,
        tmp.path(),
        None,
    );
    assert!(pdf.exists(), "the notes were exported");

    for (what, trace) in [("the app", &app), ("export", &export)] {
        // Local sockets only: the X server, the accessibility bus, the sound server.
        let network: Vec<_> = trace.sockets.iter().filter(|f| *f != "AF_UNIX").collect();
        assert!(network.is_empty(), "{what} opened sockets {network:?}");
        let outside: Vec<_> = trace
            .written
            .iter()
            .filter(|p| !p.starts_with(&data) && !p.starts_with(&out))
            // Devices (the GPU, /dev/null) are not files.
            .filter(|p| !p.starts_with("/dev/"))
            // Mesa, the graphics driver, keeps compiled shaders in its own cache; no client data
            // reaches it (see the README's privacy section).
            .filter(|p| !p.to_string_lossy().contains("/mesa_shader_cache"))
            // This computer's tag, kept out of the synced data folder on purpose so two
            // computers never share it; checked below to hold nothing but the tag.
            .filter(|p| !is_device_tag_path(p, &home))
            .collect();
        assert!(
            outside.is_empty(),
            "{what} wrote outside its folders: {outside:?}"
        );
    }
    // The device tag, if the app made one: six letters and digits, readable only by its owner.
    {
        let tag = home.join(".config/groundwork/device-tag");
        if tag.exists() {
            let text = std::fs::read_to_string(&tag).unwrap();
            assert!(
                groundwork::store::is_valid_device_tag(text.trim()),
                "the device tag file holds only a tag: {text:?}"
            );
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&tag).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "the device tag is private");
        }
    }
    // Where the window was, if kept: a place and a size, no name of anyone.
    {
        let window = home.join(".config/groundwork/window.ron");
        if window.exists() {
            let text = std::fs::read_to_string(&window).unwrap();
            let place: groundwork::model::DisplayWindow = ron::from_str(&text).unwrap();
            assert!(place.size[0] >= 960.0, "{text}");
            assert!(!text.contains("Sophie") && !text.contains("Emma"), "{text}");
        }
    }
    assert!(
        app.sockets.iter().any(|f| f == "AF_UNIX"),
        "the trace saw the app's connection to the X server: {:?}",
        app.sockets
    );
    assert!(
        export.written.iter().any(|p| p.starts_with(&out)),
        "the trace saw the export being written: {:?}",
        export.written
    );
    // Everything the app and the command line left behind is the therapist's alone.
    let mut stack = vec![data.clone(), pdf];
    let mut checked = 0;
    while let Some(path) = stack.pop() {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::symlink_metadata(&path).unwrap();
        let mode = meta.permissions().mode() & 0o777;
        if meta.is_dir() {
            assert_eq!(
                mode,
                0o700,
                "{} is a folder others can open",
                path.display()
            );
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            assert_eq!(mode, 0o600, "{} is readable by others", path.display());
        }
        checked += 1;
    }
    assert!(checked > 10, "{checked} files and folders checked");
}

/// No crate in the build is a network client or server: nothing that speaks HTTP, TLS or raw TCP
/// is compiled in. (The sockets the app does open, to the desktop, are checked by strace above.)
#[test]
fn no_crate_in_the_build_is_a_network_client() {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "--edges", "normal", "--prefix", "none"])
        .args(["--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(crates.contains(&"eframe"), "the tree was read: {tree}");
    let network = [
        "tokio",
        "mio",
        "socket2",
        "hyper",
        "h2",
        "h3",
        "quinn",
        "reqwest",
        "ureq",
        "curl",
        "isahc",
        "surf",
        "attohttpc",
        "rustls",
        "native-tls",
        "openssl",
        "ssh2",
        "tungstenite",
        "sentry",
        "opentelemetry",
    ];
    let found: Vec<_> = crates.iter().filter(|c| network.contains(c)).collect();
    assert!(found.is_empty(), "network crates in the build: {found:?}");
}

/// This computer's own files under the test's home folder (and the folders made for them): the
/// device tag, and where the main window was (written through a temporary file beside it).
fn is_device_tag_path(path: &Path, home: &Path) -> bool {
    let config = home.join(".config/groundwork");
    let window_temp = path.parent() == Some(config.as_path())
        && path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with(".window.ron."));
    window_temp
        || [
            home.join(".config"),
            config.clone(),
            config.join("device-tag"),
            config.join("window.ron"),
        ]
        .iter()
        .any(|allowed| path == allowed)
}

/// The top-level window named `title`: its id, WM_CLASS (instance, class) and geometry, as
/// `xwininfo -root -tree` lists them: `0x200003 "Groundwork": ("groundwork" "groundwork")
/// 1100x700+40+30  +40+30`.
fn find_window(display: &str, title: &str) -> Option<(String, String, String)> {
    let out = Command::new("xwininfo")
        .args(["-root", "-tree"])
        .env("DISPLAY", display)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    // The name as xwininfo prints it: an em dash may come out in another encoding.
    let line = text
        .lines()
        .find(|l| l.contains(&format!("\"{title}")) && l.contains("\": ("))?;
    let id = line.split_whitespace().next()?.to_owned();
    let class = line.split(": (").nth(1)?.split(')').next()?.to_owned();
    let geometry = line
        .split(')')
        .nth(1)?
        .split_whitespace()
        .next()?
        .to_owned();
    Some((id, class, geometry))
}

fn xprop(display: &str, id: &str, property: &str) -> String {
    let out = Command::new("xprop")
        .args(["-id", id, "-notype", property])
        .env("DISPLAY", display)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    text.chars().take(300).collect()
}

#[test]
fn the_window_has_the_apps_icon_and_class_and_opens_where_it_was_left() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let has_tools = ["xwininfo", "xprop"].iter().all(|t| {
        Command::new("which")
            .arg(t)
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    });
    let display = display();
    let (Some((display, _xvfb)), true) = (display, has_tools) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs Xvfb, xwininfo and xprop; none may be missing there"
        );
        eprintln!("skipped: needs an X display, xwininfo and xprop");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    std::fs::create_dir(&config).unwrap();
    // Where the therapist left the window last time on this computer.
    std::fs::write(
        config.join("window.ron"),
        "(pos: Some((40.0, 30.0)), size: (1100.0, 700.0), fullscreen: false)\n",
    )
    .unwrap();
    let data = tmp.path().join("practice");
    let made = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(["demo-data", data.to_str().unwrap(), "--couples", "2"])
        .output()
        .unwrap();
    assert!(made.status.success());
    let mut app = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .arg("--data-dir")
        .arg(&data)
        .env("DISPLAY", &display)
        .env("TMPDIR", tmp.path())
        .env("GROUNDWORK_CONFIG_DIR", &config)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let window = loop {
        if let Some(found) = find_window(&display, "Groundwork") {
            break found;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no Groundwork window appeared"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let (id, class, geometry) = window;
    // The title names no client; the sample practice's own window is told apart by its title
    // (the screen-reader test reads it).
    let title = xprop(&display, &id, "_NET_WM_NAME");
    assert!(title.contains("\"Groundwork\""), "{title}");
    // The launcher's StartupWMClass matches both halves; neither is empty.
    assert_eq!(class, "\"groundwork\" \"groundwork\"");
    assert!(
        xprop(&display, &id, "WM_CLASS").contains("\"groundwork\", \"groundwork\""),
        "{}",
        xprop(&display, &id, "WM_CLASS")
    );
    // The icon is set on the window: xprop draws it, 128×128 pixels (a 256-pixel one is over
    // the X server's request size and would arrive empty).
    let icon = xprop(&display, &id, "_NET_WM_ICON");
    assert!(
        icon.contains("Icon (128 x 128)"),
        "no icon on the window: {icon:?}"
    );
    assert_eq!(
        geometry, "1100x700+40+30",
        "the window opens where it was left"
    );

    let _ = Command::new("kill")
        .args(["-TERM", &app.id().to_string()])
        .status();
    let started = Instant::now();
    while app.try_wait().unwrap().is_none() {
        assert!(started.elapsed() < Duration::from_secs(15), "did not close");
        std::thread::sleep(Duration::from_millis(50));
    }
    let kept = std::fs::read_to_string(config.join("window.ron")).unwrap();
    let place: groundwork::model::DisplayWindow = ron::from_str(&kept).unwrap();
    assert_eq!(place.size, [1100.0, 700.0], "{kept}");
    assert!(!place.fullscreen, "{kept}");
}

/// A process killed (and waited for) when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Whether `name` has an owner on the bus at `address`.
fn on_bus(address: &str, name: &str) -> bool {
    Command::new("dbus-send")
        .env("DBUS_SESSION_BUS_ADDRESS", address)
        .args(["--session", "--dest=org.freedesktop.DBus", "--print-reply"])
        .args(["/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner"])
        .arg(format!("string:{name}"))
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("boolean true"))
}

/// The accessibility tree of the app named groundwork, as Orca reads it through AT-SPI: one
/// line per node, "depth|role|name".
const READ_TREE: &str = r#"
import pyatspi
def walk(node, depth):
    print(f"{depth}|{node.getRoleName()}|{node.name}")
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), depth + 1)
for app in pyatspi.Registry.getDesktop(0):
    if app is not None and app.name == "groundwork":
        walk(app, 0)
"#;

#[test]
fn a_screen_reader_finds_the_named_window_its_table_and_buttons_without_key_hints() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let launcher = Path::new("/usr/libexec/at-spi-bus-launcher");
    let python = Path::new("/usr/bin/python3");
    let has_pyatspi = Command::new(python)
        .args(["-c", "import pyatspi"])
        .output()
        .is_ok_and(|o| o.status.success());
    let display = display();
    let (Some((display, _xvfb)), true) = (display, launcher.exists() && has_pyatspi) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs Xvfb, at-spi2-core and python3-pyatspi; none may be missing there"
        );
        eprintln!("skipped: needs an X display, at-spi2-core and python3-pyatspi");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    // A session bus of the test's own, and the accessibility bus Orca reads, switched on as a
    // screen reader switches it on.
    let mut bus = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .env("HOME", tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut address = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(bus.stdout.take().unwrap()),
        &mut address,
    )
    .unwrap();
    let _bus = Running(bus);
    let address = address.trim().to_owned();
    let _a11y = Running(
        Command::new(launcher)
            .arg("--launch-immediately")
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("DISPLAY", &display)
            .env("HOME", tmp.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let started = Instant::now();
    while !on_bus(&address, "org.a11y.Bus") {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no accessibility bus"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let enabled = Command::new("dbus-send")
        .env("DBUS_SESSION_BUS_ADDRESS", &address)
        .args(["--session", "--dest=org.a11y.Bus", "--print-reply"])
        .args(["/org/a11y/bus", "org.freedesktop.DBus.Properties.Set"])
        .args([
            "string:org.a11y.Status",
            "string:IsEnabled",
            "variant:boolean:true",
        ])
        .output()
        .unwrap();
    assert!(enabled.status.success());

    let config = tmp.path().join("config");
    let _app = Running(
        Command::new(env!("CARGO_BIN_EXE_groundwork"))
            .env("GROUNDWORK_LANG", "en")
            .arg("--demo")
            .env("DISPLAY", &display)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("TMPDIR", tmp.path())
            .env("GROUNDWORK_CONFIG_DIR", &config)
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    // The tree, once the window has drawn its list.
    let started = Instant::now();
    let tree = loop {
        let out = Command::new(python)
            .args(["-c", READ_TREE])
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("DISPLAY", &display)
            .output()
            .unwrap();
        let tree = String::from_utf8_lossy(&out.stdout).into_owned();
        if tree.contains("|table|Couples") {
            break tree;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no couples table reached the screen reader: {tree}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::thread::sleep(Duration::from_millis(300));
    };
    let nodes: Vec<(&str, &str)> = tree
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(3, '|');
            parts.next()?;
            Some((parts.next()?, parts.next()?))
        })
        .collect();
    assert!(
        nodes.contains(&("frame", "Groundwork — sample practice")),
        "the window is named: {tree}"
    );
    let headers = nodes
        .iter()
        .filter(|(role, _)| *role == "row header")
        .count();
    assert!(headers >= 3, "each couple's row has a header: {tree}");
    assert!(
        nodes.contains(&("link", "Sophie & Emma")),
        "the couples are in the table: {tree}"
    );
    let buttons: Vec<&str> = nodes
        .iter()
        .filter(|(role, _)| *role == "push button")
        .map(|(_, name)| *name)
        .collect();
    assert!(buttons.contains(&"Settings"), "{buttons:?}");
    assert!(
        buttons.iter().all(|b| !b.contains("  [")),
        "no button is read with its key hint: {buttons:?}"
    );
}
