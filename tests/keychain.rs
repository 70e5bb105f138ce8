//! "Remember on this computer" (issue 15, part 2) with the real keychain: a D-Bus session bus
//! and GNOME Keyring's Secret Service, started for these tests alone, with their own empty home
//! folder, and read back with `secret-tool` (libsecret), as another program would see them.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, OnceLock, mpsc};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use groundwork::practice::Practice;
use groundwork::session::SystemClock;
use groundwork::store::protect;
use groundwork::ui::UnlockApp;

const PASSPHRASE: &str = "calm river stones at dusk";

/// Starts the keychain once for this test process: false (said on stderr) on a developer's
/// computer without GNOME Keyring; on CI, which installs it, its absence fails the tests.
fn keychain() -> bool {
    static STARTED: OnceLock<bool> = OnceLock::new();
    *STARTED.get_or_init(|| {
        let has = ["dbus-daemon", "dbus-send", "gnome-keyring-daemon", "secret-tool"]
            .iter()
            .all(|tool| {
                Command::new("sh")
                    .args(["-c", &format!("command -v {tool}")])
                    .output()
                    .is_ok_and(|o| o.status.success())
            });
        assert!(
            has || std::env::var_os("CI").is_none(),
            "CI must have dbus, gnome-keyring and libsecret-tools: .ci/run installs them"
        );
        if !has {
            eprintln!(
                "GNOME Keyring (gnome-keyring, libsecret-tools) is not installed: the keychain tests check nothing here"
            );
            return false;
        }
        let (tx, rx) = mpsc::channel();
        // The daemons die with this thread (PR_SET_PDEATHSIG), which lives as long as the
        // test process: nothing is left running after it.
        std::thread::spawn(move || {
            let home = tempfile::tempdir().unwrap().keep();
            let runtime = home.join("run");
            std::fs::create_dir_all(&runtime).unwrap();
            let mut bus = daemon("dbus-daemon", &home)
                .args(["--session", "--nofork", "--print-address=1"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let mut address = String::new();
            BufReader::new(bus.stdout.take().unwrap())
                .read_line(&mut address)
                .unwrap();
            let address = address.trim().to_owned();
            let mut keyring = daemon("gnome-keyring-daemon", &home)
                .args(["--foreground", "--unlock", "--components=secrets"])
                .env("DBUS_SESSION_BUS_ADDRESS", &address)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            // The login keyring's own password, then end of input: it is created unlocked.
            let mut stdin = keyring.stdin.take().unwrap();
            stdin.write_all(b"the test login").unwrap();
            drop(stdin);
            let on_bus = || {
                Command::new("dbus-send")
                    .env("DBUS_SESSION_BUS_ADDRESS", &address)
                    .args(["--session", "--dest=org.freedesktop.DBus", "--print-reply"])
                    .args(["/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner"])
                    .arg("string:org.freedesktop.secrets")
                    .output()
                    .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("boolean true"))
            };
            let mut waited = 0;
            while !on_bus() {
                assert!(waited < 200, "GNOME Keyring did not come up on the bus");
                std::thread::sleep(std::time::Duration::from_millis(50));
                waited += 1;
            }
            tx.send(address).unwrap();
            let _keep = (bus, keyring);
            loop {
                std::thread::park();
            }
        });
        let address = rx.recv().unwrap();
        // SAFETY: every test of this file calls keychain() first, and the others wait on this
        // OnceLock while the variable is set: nothing reads the environment meanwhile.
        unsafe { std::env::set_var("DBUS_SESSION_BUS_ADDRESS", address) };
        true
    })
}

/// A daemon of the test keychain: its own home folder, killed when its parent thread ends.
fn daemon(program: &str, home: &Path) -> Command {
    use std::os::unix::process::CommandExt;
    let mut command = Command::new(program);
    command
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_RUNTIME_DIR", home.join("run"));
    // SAFETY: prctl is async-signal-safe; it only asks for SIGKILL when the parent ends.
    unsafe {
        command.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    command
}

/// What the keychain holds under Groundwork's name for the practice in `folder`, as
/// `secret-tool` (another program) reads it.
fn keychain_items(folder: &Path) -> String {
    let out = Command::new("secret-tool")
        .args(["search", "--all", "service", "Groundwork", "username"])
        .arg(folder)
        .output()
        .unwrap();
    // It lists items on stdout and their attributes on stderr.
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn clock() -> Arc<SystemClock> {
    Arc::new(SystemClock::default())
}

/// A protected practice with two couples, written by the command line; the couples' first
/// partners' names; the process keeps no key for it.
fn protected_practice(dir: &Path) -> (PathBuf, Vec<String>) {
    let root = dir.join("practice");
    let out = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(["demo-data", root.to_str().unwrap(), "--couples", "2"])
        .args(["--sessions", "2"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let names = Practice::open(&root, clock())
        .unwrap()
        .couples()
        .iter()
        .map(|c| c.partner_a.clone())
        .collect();
    protect::protect(&root, PASSPHRASE).unwrap();
    groundwork::store::seal::lock(&root);
    (root, names)
}

/// Groundwork's window opening on the practice in `root`, as a new process would.
fn window(root: &Path) -> Harness<'static, UnlockApp> {
    groundwork::store::seal::lock(root);
    let root = root.to_owned();
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| UnlockApp::new(cc, root, clock()));
    h.run();
    h
}

fn shows(h: &Harness<'_, UnlockApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn click(h: &mut Harness<'_, UnlockApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn a_remembered_practice_opens_without_its_passphrase_here_until_it_is_forgotten() {
    if !keychain() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (root, names) = protected_practice(dir.path());

    // First opening: the passphrase, with "Remember on this computer" ticked.
    let mut h = window(&root);
    assert!(shows(&h, "This practice is protected"));
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase")
        .type_text(PASSPHRASE);
    h.run();
    click(&mut h, "Remember on this computer");
    click(&mut h, "Unlock");
    let app = h.state().app().expect("the practice opened");
    let said = app.message().map(|m| m.text.clone()).unwrap_or_default();
    assert!(
        said.contains("This computer remembers the passphrase"),
        "{said}"
    );
    drop(h);

    // The keychain holds one item, named by the folder, with no client's name in it.
    let folder = root.canonicalize().unwrap();
    let items = keychain_items(&folder);
    assert_eq!(
        items.matches("attribute.service = Groundwork").count(),
        1,
        "{items}"
    );
    assert!(
        items.contains(&format!(
            "label = Groundwork practice key ({})",
            folder.display()
        )),
        "{items}"
    );
    for name in &names {
        assert!(
            !items.contains(name.as_str()),
            "{name} in the keychain: {items}"
        );
    }

    // Next opening: straight to the couples, no passphrase asked.
    let mut h = window(&root);
    assert!(h.state().app().is_some(), "opened without the passphrase");
    assert!(
        h.query_by_label_contains("This practice is protected")
            .is_none()
    );
    for name in &names {
        assert!(shows(&h, name), "{name} on the home screen");
    }

    // Locking still asks for the passphrase: the keychain opens the practice, not the lock.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    h.run();
    assert!(shows(&h, "Groundwork is locked"));
    for name in &names {
        assert!(!shows(&h, name), "{name} while locked");
    }
    h.get_by_role_and_label(Role::PasswordInput, "Passphrase")
        .type_text(PASSPHRASE);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(!shows(&h, "Groundwork is locked"));

    // A new passphrase keeps the data key, so this computer still opens the practice.
    click(&mut h, "Settings");
    assert!(shows(&h, "This computer remembers the passphrase"));
    let fields = [
        ("Current passphrase", PASSPHRASE),
        ("New passphrase", "a brand new calm phrase"),
        ("New passphrase again", "a brand new calm phrase"),
    ];
    for (label, text) in fields {
        h.get_by_role_and_label(Role::PasswordInput, label)
            .scroll_to_me();
        h.run();
        h.get_by_role_and_label(Role::PasswordInput, label).click();
        h.run();
        h.get_by_role_and_label(Role::PasswordInput, label)
            .type_text(text);
        h.run();
    }
    click(&mut h, "Change the passphrase");
    drop(h);
    let h = window(&root);
    assert!(
        h.state().app().is_some(),
        "still opens after the passphrase changed"
    );
    drop(h);

    // The command line uses it too: an export with no passphrase file and no terminal.
    let out = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(["export", "homework", "--couple"])
        .arg(&names[0])
        .arg("--out")
        .arg(dir.path().join("sheet.pdf"))
        .arg("--data-dir")
        .arg(&root)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(dir.path().join("sheet.pdf").exists());

    // Forgotten in Settings: gone from the keychain, and the passphrase is asked again.
    let mut h = window(&root);
    click(&mut h, "Settings");
    click(&mut h, "Forget the passphrase on this computer");
    let said = h.state().app().unwrap().message().map(|m| m.text.clone());
    assert!(
        said.as_deref()
            .is_some_and(|s| s.contains("no longer remembers")),
        "{said:?}"
    );
    assert!(shows(&h, "Remember the passphrase on this computer"));
    drop(h);
    assert!(!keychain_items(&folder).contains("attribute.service = Groundwork"));
    let h = window(&root);
    assert!(h.state().app().is_none());
    assert!(shows(&h, "This practice is protected"));
}

#[test]
fn a_key_in_the_keychain_that_is_not_the_practices_is_forgotten_and_never_used() {
    if !keychain() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (root, names) = protected_practice(dir.path());
    let folder = root.canonicalize().unwrap();
    // Another program files 32 bytes under this folder's entry.
    let mut store = Command::new("secret-tool")
        .args([
            "store",
            "--label=not this practice's key",
            "service",
            "Groundwork",
        ])
        .arg("username")
        .arg(&folder)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    store.stdin.take().unwrap().write_all(&[7u8; 32]).unwrap();
    assert!(store.wait().unwrap().success());
    assert!(keychain_items(&folder).contains("not this practice's key"));
    let before = std::fs::read(root.join("vault.ron")).unwrap();

    let h = window(&root);
    assert!(h.state().app().is_none(), "the wrong key opened nothing");
    assert!(shows(&h, "This practice is protected"));
    for name in &names {
        assert!(!shows(&h, name), "{name} shown");
    }
    assert!(
        !keychain_items(&folder).contains("not this practice's key"),
        "the wrong key was forgotten"
    );
    assert_eq!(std::fs::read(root.join("vault.ron")).unwrap(), before);
}
