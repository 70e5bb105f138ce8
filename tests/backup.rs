//! Backups (issue 15, part 3): `groundwork backup FILE` writes the whole practice as one sealed
//! file, checked by reading it back; `groundwork restore FILE --data-dir DIR` brings it back into
//! a new folder, and the restored practice prints the same documents. A changed byte or the
//! wrong passphrase restores nothing.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::sync::Arc;

use groundwork::pdf::DocumentKind;
use groundwork::practice::Practice;
use groundwork::session::SystemClock;
use groundwork::store::{protect, read_journal};

const PASSPHRASE: &str = "calm river stones at dusk";

fn groundwork(args: &[&str], pass: &Path) -> std::process::Output {
    Process::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(args)
        .arg("--passphrase-file")
        .arg(pass)
        .output()
        .unwrap()
}

/// `groundwork backup|restore FILE --data-dir ROOT`.
fn with_file(what: &str, file: &Path, root: &Path, pass: &Path) -> std::process::Output {
    let args = [
        what,
        file.to_str().unwrap(),
        "--data-dir",
        root.to_str().unwrap(),
    ];
    groundwork(&args, pass)
}

fn back_up(file: &Path, root: &Path, pass: &Path) -> std::process::Output {
    with_file("backup", file, root, pass)
}

fn restore(file: &Path, root: &Path, pass: &Path) -> std::process::Output {
    with_file("restore", file, root, pass)
}

fn passphrase_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("{text}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

fn demo(root: &Path) {
    let out = Process::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(["demo-data", root.to_str().unwrap(), "--couples", "3"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

fn clock() -> Arc<SystemClock> {
    Arc::new(SystemClock::default())
}

/// Each couple, with every session's entries and the text of its latest homework sheet.
fn contents(root: &Path, out: &Path) -> Contents {
    let p = Practice::open(root, clock()).unwrap();
    assert_eq!(
        p.problems().count(),
        0,
        "{:?}",
        p.problems().collect::<Vec<_>>()
    );
    p.couples()
        .iter()
        .enumerate()
        .map(|(i, listed)| {
            let c = p.couple(&listed.id).unwrap();
            let sessions = c
                .sessions
                .iter()
                .map(|s| format!("{:?}", read_journal(&s.path).unwrap().entries))
                .collect();
            let journal = &c.sessions.last().unwrap().path;
            let pdf = out.join(format!(
                "{}-{i}.pdf",
                root.file_name().unwrap().to_string_lossy()
            ));
            p.export_to(DocumentKind::Homework, journal, &pdf, false)
                .unwrap();
            let doc = lopdf::Document::load(&pdf).unwrap();
            let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
            (
                c.couple.display_name(),
                sessions,
                doc.extract_text(&pages).unwrap(),
            )
        })
        .collect()
}

type Contents = Vec<(String, Vec<String>, String)>;

/// Protects the practice in `root` with `pass`'s passphrase, then backs it up into `dir`.
fn protected_backup(dir: &Path, root: &Path, pass: &Path) -> PathBuf {
    let encrypted = groundwork(&["encrypt", "--data-dir", root.to_str().unwrap()], pass);
    assert!(encrypted.status.success(), "{encrypted:?}");
    let file = dir.join("practice.gwbackup");
    let done = back_up(&file, root, pass);
    assert!(done.status.success(), "{done:?}");
    file
}

/// A sample practice in a temporary folder, a folder for PDFs, what it holds, and a passphrase
/// file.
fn sample() -> (tempfile::TempDir, PathBuf, PathBuf, Contents, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (root, out) = (dir.path().join("practice"), dir.path().join("pdfs"));
    std::fs::create_dir_all(&out).unwrap();
    demo(&root);
    let before = contents(&root, &out);
    let pass = passphrase_file(dir.path(), "pass", PASSPHRASE);
    (dir, root, out, before, pass)
}

#[test]
fn a_plain_practice_backs_up_sealed_and_restores_whole() {
    let (dir, root, out, before, pass) = sample();
    let file = dir.path().join("practice.gwbackup");
    let done = back_up(&file, &root, &pass);
    assert!(done.status.success(), "{done:?}");
    assert!(
        String::from_utf8_lossy(&done.stdout).contains("read it back: it is whole"),
        "{done:?}"
    );
    assert!(
        groundwork::store::backup::last(&root).is_some(),
        "the backup's date is kept"
    );
    // Sealed: no name in the file.
    let bytes = std::fs::read(&file).unwrap();
    for (name, _, _) in &before {
        for part in name.split(" & ") {
            assert!(
                !bytes.windows(part.len()).any(|w| w == part.as_bytes()),
                "{part}"
            );
        }
    }
    // A backup is never written over, nor into the practice itself.
    let again = back_up(&file, &root, &pass);
    assert!(!again.status.success());
    let inside = root.join("b.gwbackup");
    let refused = back_up(&inside, &root, &pass);
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("inside the practice's own folder"),
        "{refused:?}"
    );

    let restored = dir.path().join("restored");
    let done = restore(&file, &restored, &pass);
    assert!(done.status.success(), "{done:?}");
    assert_eq!(
        contents(&restored, &out),
        before,
        "the same couples, sessions and sheets"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&restored).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700, "the restored folder is private");
    }
    // Into a folder that is not empty: refused, nothing mixed.
    let refused = restore(&file, &root, &pass);
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("is not empty"),
        "{refused:?}"
    );
}

#[test]
fn a_protected_practice_backs_up_with_its_own_passphrase_and_restores_protected() {
    let (dir, root, out, before, pass) = sample();
    let file = protected_backup(dir.path(), &root, &pass);
    let restored = dir.path().join("restored");
    let done = restore(&file, &restored, &pass);
    assert!(done.status.success(), "{done:?}");
    assert!(
        groundwork::store::seal::is_protected(&restored),
        "still protected"
    );
    assert!(
        Practice::open(&restored, clock()).is_err(),
        "locked until its passphrase"
    );
    protect::unlock(&restored, PASSPHRASE).unwrap();
    assert_eq!(contents(&restored, &out), before);
}

#[test]
fn a_changed_byte_or_the_wrong_passphrase_restores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    demo(&root);
    let pass = passphrase_file(dir.path(), "pass", PASSPHRASE);
    let file = dir.path().join("practice.gwbackup");
    assert!(back_up(&file, &root, &pass).status.success());

    let restored = dir.path().join("restored");
    let wrong = passphrase_file(dir.path(), "wrong", "calm river stones at dawn");
    let said = restore(&file, &restored, &wrong);
    assert!(!said.status.success());
    assert!(
        String::from_utf8_lossy(&said.stderr).contains("That passphrase does not open the backup"),
        "{said:?}"
    );
    assert!(!restored.exists(), "nothing written");

    let mut bytes = std::fs::read(&file).unwrap();
    let mid = bytes.len() * 2 / 3;
    bytes[mid] ^= 0x01;
    let changed = dir.path().join("changed.gwbackup");
    std::fs::write(&changed, &bytes).unwrap();
    let said = restore(&changed, &restored, &pass);
    assert!(!said.status.success());
    let err = String::from_utf8_lossy(&said.stderr);
    assert!(
        err.contains("changed.gwbackup has been changed outside Groundwork"),
        "{err}"
    );
    assert!(!restored.exists(), "nothing written");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("restoring"))
        .collect();
    assert!(leftovers.is_empty(), "no half-restored folder left behind");
}

/// On a new computer Groundwork opens on an empty practice; the therapist restores the backup
/// from Settings and every couple is back. A protected backup stays protected.
#[test]
fn a_new_practice_starts_from_a_backup_in_the_app() {
    use common::{click, retype, see_part};
    use egui::accesskit::Role;
    let (dir, root, out, before, pass) = sample();
    let file = protected_backup(dir.path(), &root, &pass);

    let fresh = dir.path().join("new-computer");
    let mut h = common::open_app(Practice::open(&fresh, clock()).unwrap());
    click(&mut h, "Settings");
    retype(
        &mut h,
        Role::TextInput,
        "Backup file",
        file.to_str().unwrap(),
    );
    retype(
        &mut h,
        Role::PasswordInput,
        "The backup's passphrase",
        "not the passphrase",
    );
    click(&mut h, "Restore this backup");
    assert!(
        common::message(&h).contains("does not open the backup"),
        "{}",
        common::message(&h)
    );
    retype(
        &mut h,
        Role::PasswordInput,
        "The backup's passphrase",
        PASSPHRASE,
    );
    click(&mut h, "Restore this backup");
    assert!(
        common::message(&h).contains("Restored"),
        "{}",
        common::message(&h)
    );
    click(&mut h, "Back");
    for (name, _, _) in &before {
        see_part(&h, name);
    }
    drop(h);
    assert!(
        groundwork::store::seal::is_protected(&fresh),
        "still protected"
    );
    assert_eq!(contents(&fresh, &out), before);
}

/// A restore into an open practice cut short while its files were being moved in is finished
/// the next time the practice opens: never half a practice.
#[test]
fn a_restore_cut_short_is_finished_when_the_practice_next_opens() {
    let (dir, root, out, before, pass) = sample();
    let file = dir.path().join("practice.gwbackup");
    assert!(back_up(&file, &root, &pass).status.success());
    let fresh = dir.path().join("new-computer");
    drop(Practice::open(&fresh, clock()).unwrap());
    // As a crash leaves it: the backup restored whole beside the practice, one part moved in.
    let staged = dir.path().join(".new-computer-restoring-from-backup");
    groundwork::store::backup::restore(&file, &staged, PASSPHRASE).unwrap();
    std::fs::remove_dir(fresh.join("couples")).unwrap();
    std::fs::rename(staged.join("couples"), fresh.join("couples")).unwrap();
    assert_eq!(contents(&fresh, &out), before, "finished on opening");
    assert!(!staged.exists());
}
