//! A practice protected by a passphrase (issue 15, part 1): after `groundwork encrypt` nothing a
//! couple said can be read from the data folder; the wrong passphrase changes nothing; a changed
//! byte is found and named, and the rest still loads; a kill at any moment of the conversion
//! leaves the practice whole, in its old form or its new one.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::sync::Arc;

use groundwork::pdf::DocumentKind;
use groundwork::practice::Practice;
use groundwork::session::SystemClock;
use groundwork::store::protect;
use groundwork::store::seal::Refused;
use groundwork::store::{StoreError, read_journal};

const PASSPHRASE: &str = "calm river stones at dusk";

fn groundwork() -> Process {
    let mut cmd = Process::new(env!("CARGO_BIN_EXE_groundwork"));
    cmd.env("GROUNDWORK_LANG", "en");
    cmd
}

/// A sample practice of `couples` couples in `dir`, written by the command line.
fn demo(dir: &Path, couples: usize) {
    let out = groundwork()
        .args(["demo-data", dir.to_str().unwrap(), "--couples"])
        .arg(couples.to_string())
        .args(["--sessions", "3"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

/// A passphrase file only its owner can read.
fn passphrase_file(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("passphrase");
    std::fs::write(&path, format!("{text}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

fn encrypt(dir: &Path, passphrase: &Path) -> std::process::Output {
    groundwork()
        .args([
            "encrypt",
            "--data-dir",
            dir.to_str().unwrap(),
            "--passphrase-file",
        ])
        .arg(passphrase)
        .output()
        .unwrap()
}

/// Every file under `dir`, with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else {
                out.insert(entry.path(), std::fs::read(entry.path()).unwrap());
            }
        }
    }
    out
}

/// Every quoted string of eight or more characters in the RON files and journals: names, notes,
/// agreements, rules, template text.
fn strings_in(files: &BTreeMap<PathBuf, Vec<u8>>) -> Vec<String> {
    let mut out = std::collections::BTreeSet::new();
    for bytes in files.values() {
        let text = String::from_utf8_lossy(bytes);
        let mut rest = text.as_ref();
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let mut end = None;
            let mut escaped = false;
            for (i, c) in after.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = Some(i);
                        break;
                    }
                    _ => escaped = false,
                }
            }
            let Some(end) = end else { break };
            let s = &after[..end];
            // Shorter ones turn up by chance in sealed lines' base64 ("Data" one time in
            // about sixty); the files' form is checked line by line besides.
            if s.chars().count() >= 8 && s.chars().any(char::is_alphabetic) {
                out.insert(s.to_owned());
            }
            rest = &after[end + 1..];
        }
    }
    out.into_iter().collect()
}

/// Each couple's names and each session's entries, as the practice reads them.
fn contents(p: &Practice) -> Vec<(String, Vec<String>)> {
    p.couples()
        .iter()
        .map(|c| {
            let sessions = p
                .couple(&c.id)
                .unwrap()
                .sessions
                .iter()
                .map(|s| format!("{:?}", read_journal(&s.path).unwrap().entries))
                .collect();
            (c.display_name(), sessions)
        })
        .collect()
}

fn clock() -> Arc<SystemClock> {
    Arc::new(SystemClock::default())
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

#[test]
fn after_encrypt_nothing_a_couple_said_can_be_read_from_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    demo(&root, 4);
    // A sheet saved before the practice is protected, in the couple's exports folder.
    let (before, journal, exported) = {
        let p = Practice::open(&root, clock()).unwrap();
        let journal = p.couples()[0].last_session().unwrap().path.clone();
        let target = p
            .default_export_path(DocumentKind::Homework, &journal)
            .unwrap();
        p.export_to(DocumentKind::Homework, &journal, &target, false)
            .unwrap();
        (contents(&p), journal, pdf_text(&target))
    };
    let plain = files(&root);
    let secrets = strings_in(&plain);
    assert!(secrets.len() > 50, "{} strings", secrets.len());
    let names: Vec<String> = before.iter().map(|(n, _)| n.clone()).collect();

    let out = encrypt(&root, &passphrase_file(dir.path(), PASSPHRASE));
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("files sealed"), "{said}");
    assert!(said.contains("exported PDFs were moved out"), "{said}");

    let sealed = files(&root);
    for (path, bytes) in &sealed {
        for secret in &secrets {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret:?} readable in {}",
                path.display()
            );
        }
        for name in &names {
            for part in name.split(" & ") {
                assert!(
                    !path.to_string_lossy().contains(part),
                    "a name in {}",
                    path.display()
                );
            }
        }
    }
    // Every file is sealed whole, or line by line (each line a mark and base64, nothing
    // else); in the clear: the vault, the lock, and the list of what a sync program must skip.
    let line_sealed = |bytes: &[u8]| {
        bytes
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .all(|l| {
                l[0] == b'~'
                    && l[1..]
                        .iter()
                        .all(|&b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
            })
    };
    let clear: Vec<&PathBuf> = sealed
        .iter()
        .filter(|(path, bytes)| {
            !bytes.starts_with(b"GWSEALED1\n")
                && !line_sealed(bytes)
                && !path.ends_with(".groundwork.lock")
                && !path.ends_with(".stignore")
        })
        .map(|(path, _)| path)
        .collect();
    assert_eq!(clear, vec![&root.join("vault.ron")]);
    let vault = String::from_utf8(sealed[&root.join("vault.ron")].clone()).unwrap();
    assert!(
        vault.contains("argon2id") && vault.contains("memory_kib: 65536"),
        "{vault}"
    );

    // Locked: refused in a sentence, nothing read.
    let err = Practice::open(&root, clock()).err().unwrap();
    assert!(matches!(err, StoreError::NeedsPassphrase { .. }));
    assert!(
        err.to_string().contains("protected by a passphrase"),
        "{err}"
    );

    // Unlocked: everything as it was, and the same sheet.
    protect::unlock(&root, PASSPHRASE).unwrap();
    let p = Practice::open(&root, clock()).unwrap();
    assert_eq!(
        p.problems().count(),
        0,
        "{:?}",
        p.problems().collect::<Vec<_>>()
    );
    assert_eq!(contents(&p), before);
    let target = p
        .default_export_path(DocumentKind::Homework, &journal)
        .unwrap();
    assert!(
        !target.starts_with(&root),
        "exports stay out of the data folder: {target:?}"
    );
    let inside = root.join("sheet.pdf");
    let refused = p
        .export_to(DocumentKind::Homework, &journal, &inside, false)
        .unwrap_err();
    assert!(
        refused.contains("inside the protected practice's folder"),
        "{refused}"
    );
    let elsewhere = dir.path().join("sheet.pdf");
    p.export_to(DocumentKind::Homework, &journal, &elsewhere, false)
        .unwrap();
    assert_eq!(pdf_text(&elsewhere), exported);
}

#[test]
fn the_wrong_passphrase_changes_no_byte_and_says_so_calmly() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    demo(&root, 2);
    assert!(
        encrypt(&root, &passphrase_file(dir.path(), PASSPHRASE))
            .status
            .success()
    );
    let before = files(&root);
    let refused = protect::unlock(&root, "calm river stones at dawn").unwrap_err();
    assert_eq!(refused, Refused::WrongPassphrase);
    assert_eq!(
        refused.sentence(),
        "That passphrase does not open this practice. Nothing was changed; try again."
    );
    assert!(Practice::open(&root, clock()).is_err());
    // The command line too, with a file only its owner can read.
    let wrong = passphrase_file(dir.path(), "not the passphrase");
    let out = groundwork()
        .args(["export", "homework", "--couple", "latest", "--out"])
        .arg(dir.path().join("x.pdf"))
        .args(["--data-dir", root.to_str().unwrap(), "--passphrase-file"])
        .arg(&wrong)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("does not open this practice"),
        "{out:?}"
    );
    let mut after = files(&root);
    after.remove(&root.join(".groundwork.lock"));
    let mut before = before;
    before.remove(&root.join(".groundwork.lock"));
    assert_eq!(after, before, "not one byte changed");
    // A passphrase file others can read is refused before it is used.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let open = passphrase_file(dir.path(), PASSPHRASE);
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = groundwork()
            .args(["export", "homework", "--couple", "latest", "--out"])
            .arg(dir.path().join("x.pdf"))
            .args(["--data-dir", root.to_str().unwrap(), "--passphrase-file"])
            .arg(&open)
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("chmod 600"),
            "{out:?}"
        );
    }
}

#[test]
fn a_changed_byte_in_a_journal_line_or_a_couple_file_is_named_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    demo(&root, 3);
    assert!(
        encrypt(&root, &passphrase_file(dir.path(), PASSPHRASE))
            .status
            .success()
    );
    let (couple_file, journal) = {
        protect::unlock(&root, PASSPHRASE).unwrap();
        let p = Practice::open(&root, clock()).unwrap();
        let first = &p.couples()[0];
        let second = &p.couples()[1];
        (
            root.join("couples").join(&first.id.0).join("couple.ron"),
            p.couple(&second.id).unwrap().sessions[0].path.clone(),
        )
    };
    // A byte in the middle of a couple file, and one in the second line of a journal.
    let mut bytes = std::fs::read(&couple_file).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x20;
    std::fs::write(&couple_file, &bytes).unwrap();
    let mut text = std::fs::read(&journal).unwrap();
    let second_line = text.iter().position(|&b| b == b'\n').unwrap() + 10;
    text[second_line] = if text[second_line] == b'A' {
        b'B'
    } else {
        b'A'
    };
    std::fs::write(&journal, &text).unwrap();

    let p = Practice::open(&root, clock()).unwrap();
    let problems: Vec<String> = p.problems().map(|p| p.sentence()).collect();
    let named = problems
        .iter()
        .find(|s| s.contains(&couple_file.display().to_string()))
        .unwrap_or_else(|| panic!("{} named in {problems:?}", couple_file.display()));
    assert!(named.contains("changed outside Groundwork"), "{named}");
    // The journal, when its session is opened or printed: the line is named.
    let said = read_journal(&journal).unwrap_err().sentence();
    assert!(
        said.contains(&journal.display().to_string())
            && said.contains("line 2")
            && said.contains("changed outside Groundwork"),
        "{said}"
    );
    let printed = p
        .export_to(
            DocumentKind::Notes,
            &journal,
            &dir.path().join("n.pdf"),
            false,
        )
        .unwrap_err();
    assert!(printed.contains("changed outside Groundwork"), "{printed}");
    // The other couples and sessions load, and the changed files are left as they were.
    assert_eq!(
        p.couples().len(),
        2,
        "the two couples whose files were not changed"
    );
    assert_eq!(std::fs::read(&couple_file).unwrap(), bytes);
    assert_eq!(std::fs::read(&journal).unwrap(), text);
}

/// A kill at any moment of `groundwork encrypt` leaves the practice readable whole: as it was
/// (not protected) or protected with every file sealed. 100 kills at random moments.
#[test]
fn a_kill_at_any_moment_of_encrypt_leaves_the_old_form_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("original");
    demo(&original, 6);
    let expected = contents(&Practice::open(&original, clock()).unwrap());
    let passphrase = passphrase_file(dir.path(), PASSPHRASE);
    let copy = |to: &Path| {
        for (path, bytes) in files(&original) {
            let target = to.join(path.strip_prefix(&original).unwrap());
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, bytes).unwrap();
        }
    };
    // How long one whole conversion takes here: kills are spread over it.
    let timed = dir.path().join("timed");
    copy(&timed);
    let started = std::time::Instant::now();
    assert!(encrypt(&timed, &passphrase).status.success());
    let whole = started.elapsed().as_micros() as u64;

    let (mut protected, mut plain, mut midway) = (0, 0, 0);
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64 ^ u64::from(std::process::id());
    for round in 0..100 {
        let root = dir.path().join(format!("run-{round}"));
        copy(&root);
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = seed % (whole + whole / 5);
        let mut child = groundwork()
            .args([
                "encrypt",
                "--data-dir",
                root.to_str().unwrap(),
                "--passphrase-file",
            ])
            .arg(&passphrase)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(delay));
        let _ = child.kill();
        let _ = child.wait();
        if files(&root)
            .keys()
            .any(|p| p.to_string_lossy().ends_with(".sealing"))
        {
            midway += 1;
        }
        if groundwork::store::seal::is_protected(&root) {
            protect::unlock(&root, PASSPHRASE).unwrap();
            protected += 1;
        } else {
            plain += 1;
        }
        let p = Practice::open(&root, clock())
            .unwrap_or_else(|e| panic!("round {round} (after {delay} µs): {e}"));
        assert_eq!(
            p.problems().count(),
            0,
            "round {round}: {:?}",
            p.problems().collect::<Vec<_>>()
        );
        assert_eq!(contents(&p), expected, "round {round} after {delay} µs");
        drop(p);
        if !groundwork::store::seal::is_protected(&root) && round % 10 == 0 {
            // Interrupted before it took effect: it can be protected again, and then is whole.
            assert!(
                encrypt(&root, &passphrase).status.success(),
                "round {round}"
            );
            protect::unlock(&root, PASSPHRASE).unwrap();
            let p = Practice::open(&root, clock()).unwrap();
            assert_eq!(contents(&p), expected, "round {round}, encrypted again");
        }
        std::fs::remove_dir_all(&root).unwrap();
    }
    eprintln!(
        "encrypt killed 100 times (one run: {whole} µs): {protected} protected, {plain} as it was, {midway} caught halfway"
    );
    assert!(
        protected > 0 && plain > 0,
        "kills landed before and after it took effect"
    );
    assert!(
        midway > 0,
        "some kills landed while files were being sealed"
    );
}

/// The therapist opens Groundwork on a protected practice: the window asks for the passphrase
/// and shows no name; a wrong one is one calm sentence; the right one opens the practice.
#[test]
fn the_app_opens_on_the_passphrase_and_shows_no_name_until_it_is_given() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    demo(&root, 2);
    let names: Vec<String> = Practice::open(&root, clock())
        .unwrap()
        .couples()
        .iter()
        .map(|c| c.partner_a.clone())
        .collect();
    assert!(
        encrypt(&root, &passphrase_file(dir.path(), PASSPHRASE))
            .status
            .success()
    );
    groundwork::store::seal::lock(&root);

    let opened = root.clone();
    let mut h = egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| groundwork::ui::UnlockApp::new(cc, opened, clock()));
    h.run();
    assert!(
        h.query_by_label_contains("This practice is protected")
            .is_some()
    );
    for name in &names {
        assert!(
            h.query_all_by_label_contains(name).next().is_none(),
            "{name} before unlocking"
        );
    }
    let field = |h: &mut egui_kittest::Harness<'_, groundwork::ui::UnlockApp>, text: &str| {
        h.get_by_role_and_label(Role::PasswordInput, "Passphrase")
            .click();
        h.run();
        h.get_by_role_and_label(Role::PasswordInput, "Passphrase")
            .type_text(text);
        h.run();
        h.key_press(egui::Key::Enter);
        h.run();
    };
    let before = files(&root);
    field(&mut h, "calm river stones at noon");
    assert!(
        h.query_by_label_contains("That passphrase does not open this practice")
            .is_some()
    );
    assert!(h.state().app().is_none());
    assert_eq!(files(&root).len(), before.len());
    field(&mut h, PASSPHRASE);
    h.run();
    assert!(h.state().app().is_some(), "the practice opened");
    for name in &names {
        assert!(
            h.query_all_by_label_contains(name).next().is_some(),
            "{name} on the home screen"
        );
    }
}

/// A crash in the middle of writing a sealed line leaves half of it: the session reopens with
/// every whole line, the half is set aside beside the journal, and the next step is recorded.
#[test]
fn a_sealed_line_cut_in_half_by_a_crash_is_set_aside_and_the_session_carries_on() {
    use groundwork::model::NoteFormat;
    use groundwork::session::Command;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    std::fs::create_dir_all(&root).unwrap();
    protect::protect_new(&root, PASSPHRASE).unwrap();
    let journal = {
        let mut p = Practice::open(&root, clock()).unwrap();
        let id = p.create_couple("Sophie", "Emma").unwrap();
        p.start_session(&id, "speaker-listener", NoteFormat::Dap)
            .unwrap();
        p.execute(&Command::QuickNote("Emma said the week was calmer".into()))
            .unwrap();
        p.live().unwrap().path().to_owned()
    };
    let whole = read_journal(&journal).unwrap().entries;
    // Half of one more sealed line, as a kill inside the write leaves it.
    let key_line = std::fs::read_to_string(&journal).unwrap();
    let last = key_line.lines().last().unwrap();
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .unwrap();
    std::io::Write::write_all(&mut file, &last.as_bytes()[..last.len() / 2]).unwrap();
    drop(file);
    let read = read_journal(&journal).unwrap();
    assert_eq!(read.entries, whole, "every whole line reads");
    assert!(
        read.torn.as_ref().is_some_and(|t| t.cut_off),
        "the half line is found"
    );

    let mut p = Practice::open(&root, clock()).unwrap();
    p.open_session(&journal).unwrap();
    p.execute(&Command::QuickNote("after the crash".into()))
        .unwrap();
    let after = read_journal(&journal).unwrap();
    assert_eq!(after.torn, None);
    assert_eq!(after.entries.len(), whole.len() + 1);
    let aside = PathBuf::from(format!("{}.torn", journal.display()));
    assert!(aside.exists(), "the half line is kept beside the journal");
    let kept = std::fs::read(&aside).unwrap();
    assert!(
        kept.starts_with(b"GWSEALED1\n"),
        "and sealed like every other file"
    );
}

/// The therapist steps away: after ten idle minutes (the setting's default) a protected
/// practice locks and no name is left on screen, the couple display included. Never while a
/// timeout runs. The wrong passphrase is one sentence; the right one brings everything back,
/// and the session carried on underneath.
#[test]
fn an_idle_protected_practice_locks_and_hides_every_name_until_the_passphrase() {
    use common::{dont_see, press, see, see_part, type_into};
    use egui::accesskit::Role;
    use groundwork::model::{Caller, NoteFormat, Side, TimeoutReason};
    use groundwork::session::{Command, FakeClock};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    std::fs::create_dir_all(&root).unwrap();
    protect::protect_new(&root, PASSPHRASE).unwrap();
    let clock = FakeClock::new(common::at(24, 10, 0));
    let mut p = Practice::open(&root, Arc::new(clock.clone())).unwrap();
    let id = p.create_couple("Sophie", "Emma").unwrap();
    p.start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    p.execute(&Command::CallTimeout {
        by: Caller::Partner(Side::B),
        reason: TimeoutReason::Flooding,
        length_ms: Some(30 * 60_000),
    })
    .unwrap();
    let mut h = common::open_app(p);
    see_part(&h, "Sophie");

    // A timeout runs: half an hour without a touch, and the screen stays as it is.
    clock.advance(25 * 60_000);
    h.run();
    see_part(&h, "Sophie");
    // It ends; ten quiet minutes later the screen locks.
    clock.advance(6 * 60_000);
    h.run();
    see_part(&h, "Sophie");
    clock.advance(9 * 60_000);
    h.run();
    see_part(&h, "Sophie");
    clock.advance(61_000);
    h.run();
    h.run();
    see_part(&h, "Groundwork is locked");
    dont_see(&h, "Sophie");
    dont_see(&h, "Emma");

    type_into(
        &mut h,
        Role::PasswordInput,
        "Passphrase",
        "not the passphrase",
    );
    press(&mut h, egui::Key::Enter);
    see(
        &h,
        "That passphrase does not open this practice. Nothing was changed; try again.",
    );
    dont_see(&h, "Sophie");
    type_into(&mut h, Role::PasswordInput, "Passphrase", PASSPHRASE);
    press(&mut h, egui::Key::Enter);
    h.run();
    see_part(&h, "Sophie");
    // The session went on underneath: the timeout ended at its deadline and was recorded.
    let state = common::session(&h);
    assert!(state.timeout.is_none(), "the timeout ran out while locked");
    assert_eq!(state.timeouts.len(), 1);
    // Ctrl+L locks at once.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    h.run();
    h.run();
    dont_see(&h, "Sophie");
    see_part(&h, "Groundwork is locked");
}

/// The therapist of a new practice follows the home screen's reminder to Settings, protects
/// the practice, changes the passphrase and backs it up: each step in the app, each said in a
/// sentence, the wrong current passphrase changing nothing.
#[test]
fn a_therapist_protects_changes_the_passphrase_and_backs_up_in_the_app() {
    use common::{click, dont_see, retype, see_part, type_into};
    use egui::accesskit::Role;
    use groundwork::session::FakeClock;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    let clock = FakeClock::new(common::at(24, 10, 0));
    let p = Practice::open(&root, Arc::new(clock.clone())).unwrap();
    let mut h = common::open_app(p);
    see_part(&h, "protect this practice with a passphrase");
    type_into(&mut h, Role::TextInput, "First partner", "Sophie");
    type_into(&mut h, Role::TextInput, "Second partner", "Emma");
    click(&mut h, "Add couple");
    click(&mut h, "All couples");
    see_part(&h, "never been backed up");

    click(&mut h, "Back up now (Settings)");
    h.run();
    // Settings opens on its "Privacy and backups" section, no scrolling needed.
    let heading = egui_kittest::kittest::Queryable::get_by_label(&h, "Privacy and backups").rect();
    assert!(
        heading.top() >= 0.0 && heading.bottom() <= 800.0,
        "the section is in view: {heading:?}"
    );
    retype(&mut h, Role::PasswordInput, "New passphrase", PASSPHRASE);
    type_into(
        &mut h,
        Role::PasswordInput,
        "New passphrase again",
        PASSPHRASE,
    );
    click(&mut h, "Protect this practice");
    see_part(&h, "The practice is protected");
    let couple_file = std::fs::read_dir(root.join("couples"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
        .join("couple.ron");
    assert!(
        std::fs::read(&couple_file)
            .unwrap()
            .starts_with(b"GWSEALED1\n")
    );

    let new = "a new passphrase for winter";
    type_into(
        &mut h,
        Role::PasswordInput,
        "Current passphrase",
        "not it at all",
    );
    retype(&mut h, Role::PasswordInput, "New passphrase", new);
    retype(&mut h, Role::PasswordInput, "New passphrase again", new);
    click(&mut h, "Change the passphrase");
    see_part(&h, "That passphrase does not open this practice");
    let vault = protect::read_vault(&root).unwrap().unwrap();
    assert!(vault.unlock(PASSPHRASE).is_ok(), "unchanged");
    retype(
        &mut h,
        Role::PasswordInput,
        "Current passphrase",
        PASSPHRASE,
    );
    click(&mut h, "Change the passphrase");
    see_part(&h, "The passphrase is changed");
    let vault = protect::read_vault(&root).unwrap().unwrap();
    assert!(vault.unlock(new).is_ok() && vault.unlock(PASSPHRASE).is_err());

    let backup = dir.path().join("practice.gwbackup");
    retype(
        &mut h,
        Role::TextInput,
        "Back up to",
        backup.to_str().unwrap(),
    );
    click(&mut h, "Back up now");
    assert!(
        common::message(&h).contains("read it back: it is whole"),
        "{}",
        common::message(&h)
    );
    let restored = dir.path().join("restored");
    groundwork::store::backup::restore(&backup, &restored, new).unwrap();
    assert!(restored.join("vault.ron").exists());
    click(&mut h, "Back");
    dont_see(&h, "never been backed up");
}
