//! A real sync engine between two "computers" (issue 12): two Syncthing instances on this
//! machine, loopback only, each carrying its own Groundwork data folder as one shared folder.
//! Groundwork is driven through `Practice` on each side: sessions, notes and agreements for the
//! same couple while connected and while disconnected; after reconnecting and syncing, each side
//! resolves the conflict copies Syncthing made, and then every event recorded on either side is
//! in the journals, no agreement is lost or duplicated, and both computers print the same notes.
//!
//! Skipped with a printed reason when `syncthing` is not installed, unless `CI` is set (then it
//! fails). Nothing is sent anywhere but 127.0.0.1: discovery, relays, NAT, STUN, usage
//! reporting, crash reporting and upgrades are all off, and each device is given the other's
//! loopback address.
#![cfg(unix)]

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{FixedOffset, TimeZone};
use groundwork::model::*;
use groundwork::pdf::DocumentKind;
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};
use groundwork::store::*;

const FOLDER: &str = "groundwork";
/// The longest any wait may take (start-up, connection, one sync).
const WAIT: Duration = Duration::from_secs(60);

fn syncthing_installed() -> bool {
    Process::new("syncthing")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One Syncthing: its home (keys, config, database), the Groundwork data folder it carries, and
/// the process, killed when dropped (also when the test panics).
struct Syncthing {
    name: &'static str,
    home: PathBuf,
    data: PathBuf,
    id: String,
    gui: u16,
    listen: u16,
    key: String,
    child: Option<Child>,
}

impl Drop for Syncthing {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Syncthing {
    fn generate(name: &'static str, base: &Path) -> Syncthing {
        let home = base.join(format!("{name}-home"));
        let data = base.join(format!("{name}-data"));
        fs::create_dir_all(&home).unwrap();
        fs::create_dir_all(data.join(".stfolder")).unwrap();
        let out = Process::new("syncthing")
            .args(["generate", "--no-default-folder", "--skip-port-probing"])
            .arg(format!("--home={}", home.display()))
            .env("STNOUPGRADE", "1")
            .output()
            .unwrap();
        assert!(out.status.success(), "syncthing generate failed: {out:?}");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let id = text
            .lines()
            .find_map(|l| l.split("Device ID: ").nth(1))
            .unwrap_or_else(|| panic!("no device id in: {text}"))
            .trim()
            .to_owned();
        Syncthing {
            name,
            home,
            data,
            id,
            gui: free_port(),
            listen: free_port(),
            key: format!("groundwork-test-key-{name}-{}", std::process::id()),
            child: None,
        }
    }

    /// Writes the whole configuration: one folder shared with `other`, reached at its loopback
    /// address; nothing that would reach outside this machine.
    fn configure(&self, other: &Syncthing) {
        let config = format!(
            r#"<configuration version="36">
    <folder id="{FOLDER}" label="{FOLDER}" path="{data}" type="sendreceive" rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{me}" introducedBy=""></device>
        <device id="{them}" introducedBy=""></device>
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>-1</maxConflicts>
    </folder>
    <device id="{me}" name="{my_name}" compression="metadata" introducer="false">
        <address>dynamic</address>
        <paused>false</paused>
    </device>
    <device id="{them}" name="{their_name}" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:{their_port}</address>
        <paused>false</paused>
    </device>
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:{gui}</address>
        <apikey>{key}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{listen}</listenAddress>
        <globalAnnounceServer></globalAnnounceServer>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <urURL></urURL>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <releasesURL></releasesURL>
        <crashReportingEnabled>false</crashReportingEnabled>
        <crashReportingURL></crashReportingURL>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunKeepaliveMinS>0</stunKeepaliveMinS>
        <stunServer></stunServer>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <restartOnWakeup>false</restartOnWakeup>
        <setLowPriority>false</setLowPriority>
    </options>
</configuration>
"#,
            data = self.data.display(),
            me = self.id,
            them = other.id,
            my_name = self.name,
            their_name = other.name,
            their_port = other.listen,
            gui = self.gui,
            key = self.key,
            listen = self.listen,
        );
        fs::write(self.home.join("config.xml"), config).unwrap();
    }

    fn start(&mut self) {
        let log = fs::File::create(self.home.join("syncthing.log")).unwrap();
        let child = Process::new("syncthing")
            .args(["serve", "--no-browser", "--no-restart", "--no-upgrade"])
            .arg(format!("--home={}", self.home.display()))
            .env("STNOUPGRADE", "1")
            .env("STNODEFAULTFOLDER", "1")
            .env("STNORESTART", "1")
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        self.child = Some(child);
        wait_for(&format!("{}'s REST API", self.name), || {
            self.try_api("GET", "/rest/system/ping")
                .is_ok_and(|(status, _)| status == 200)
        });
    }

    /// One REST call (HTTP/1.0, so the answer is never chunked): status and body.
    fn try_api(&self, method: &str, path: &str) -> std::io::Result<(u16, String)> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.gui))?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        write!(
            stream,
            "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{}\r\nX-API-Key: {}\r\nContent-Length: 0\r\n\r\n",
            self.gui, self.key
        )?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer)?;
        let status = answer
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let body = answer
            .split_once("\r\n\r\n")
            .map_or(String::new(), |(_, b)| b.to_owned());
        Ok((status, body))
    }

    fn api(&self, method: &str, path: &str) -> serde_json::Value {
        let (status, body) = self
            .try_api(method, path)
            .unwrap_or_else(|e| panic!("{} {path}: {e}", self.name));
        assert_eq!(status, 200, "{} {method} {path}: {body}", self.name);
        serde_json::from_str(&body).unwrap_or(serde_json::Value::Null)
    }

    fn connected_to(&self, other: &Syncthing) -> bool {
        self.api("GET", "/rest/system/connections")["connections"][&other.id]["connected"]
            .as_bool()
            .unwrap_or(false)
    }

    fn pause(&self, other: &Syncthing) {
        self.api("POST", &format!("/rest/system/pause?device={}", other.id));
    }

    fn resume(&self, other: &Syncthing) {
        self.api("POST", &format!("/rest/system/resume?device={}", other.id));
    }

    fn scan(&self) {
        self.api("POST", &format!("/rest/db/scan?folder={FOLDER}"));
    }

    /// Idle, needing nothing, and the other device has everything of ours.
    fn settled(&self, other: &Syncthing) -> bool {
        let status = self.api("GET", &format!("/rest/db/status?folder={FOLDER}"));
        let completion = self.api(
            "GET",
            &format!("/rest/db/completion?folder={FOLDER}&device={}", other.id),
        );
        status["state"] == "idle"
            && status["needTotalItems"].as_u64() == Some(0)
            && completion["completion"].as_f64() == Some(100.0)
    }
}

/// Waits until `done`, at most [`WAIT`].
fn wait_for(what: &str, mut done: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < WAIT,
            "gave up waiting for {what} after {WAIT:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    start.elapsed()
}

/// Every file of the data folder (but Syncthing's, the lock and the index) with its bytes.
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            // Each computer's index of the couples stays on it, as the lock does.
            if name.starts_with(".st")
                || name.starts_with(".syncthing.")
                || name == LOCK_FILE
                || is_index(&name)
                || name.ends_with(".tmp")
            {
                continue;
            }
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(rel, fs::read(&path).unwrap_or_default());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// Waits until both devices are connected, idle, and hold the same files.
fn sync(a: &Syncthing, b: &Syncthing) -> Duration {
    a.scan();
    b.scan();
    let mut same_twice = 0;
    wait_for("the two data folders to be the same", || {
        let done = a.connected_to(b)
            && b.connected_to(a)
            && a.settled(b)
            && b.settled(a)
            && tree(&a.data) == tree(&b.data);
        same_twice = if done { same_twice + 1 } else { 0 };
        same_twice >= 2
    })
}

fn open(data: &Path, tag: &str, clock: &Arc<FakeClock>) -> Practice {
    Practice::open_as(
        data,
        clock.clone(),
        Arc::new(RealDisk),
        &Device::new(tag, &tag.to_uppercase()).unwrap(),
    )
    .unwrap()
}

fn agreement(text: &str) -> Command {
    Command::AddAgreement(AgreementTerms {
        who: Owner::Both,
        behaviour: text.to_owned(),
        when: Frequency::Daily,
        anchor: "after dinner".to_owned(),
        evidence: "a tick on the fridge list".to_owned(),
        review_on: None,
    })
}

/// A whole session: a note and an agreement, then End. Returns its journal.
fn session(p: &mut Practice, id: &CoupleId, clock: &FakeClock, tag: &str) -> PathBuf {
    p.start_session(id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    let number = p.live().unwrap().state().info.number;
    clock.advance(60_000);
    p.execute(&Command::QuickNote(format!("note {number} on {tag}")))
        .unwrap();
    clock.advance(60_000);
    p.execute(&agreement(&format!("agreement {number} on {tag}")))
        .unwrap();
    clock.advance(60_000);
    p.execute(&Command::End).unwrap();
    let path = p.live().unwrap().path().to_owned();
    p.close_session();
    path
}

/// A note added later to a session that has ended (finishing the notes).
fn late_note(p: &mut Practice, journal: &Path, clock: &FakeClock, text: &str) {
    p.open_session(journal).unwrap();
    clock.advance(30_000);
    p.execute(&Command::QuickNote(text.to_owned())).unwrap();
    p.close_session();
}

/// Every quick note and agreement in the couple's journals, as read from disk.
fn recorded(data: &Path, id: &CoupleId) -> (Vec<String>, Vec<String>) {
    let dir = data.join("couples").join(&id.0).join("sessions");
    let (mut notes, mut agreements) = (Vec::new(), Vec::new());
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in names {
        if path.extension().is_none_or(|e| e != "journal") {
            continue;
        }
        let read = read_journal(&path).unwrap();
        assert!(read.torn.is_none(), "{}", path.display());
        for entry in read.entries {
            match entry.event {
                Event::QuickNote { text } => notes.push(text),
                Event::AgreementAdded { agreement } => agreements.push(agreement.terms.behaviour),
                _ => {}
            }
        }
    }
    notes.sort();
    agreements.sort();
    (notes, agreements)
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).unwrap();
    let text: String = (1..=doc.get_pages().len() as u32)
        .map(|p| doc.extract_text(&[p]).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn two_computers_syncing_through_syncthing_lose_nothing() {
    if !syncthing_installed() {
        assert!(
            std::env::var_os("CI").is_none(),
            "syncthing is not installed (apt-get install syncthing); CI must run this test"
        );
        eprintln!("skipped: syncthing is not installed (apt-get install syncthing)");
        return;
    }
    let started = Instant::now();
    let base = tempfile::tempdir().unwrap();
    let mut office = Syncthing::generate("office", base.path());
    let mut laptop = Syncthing::generate("laptop", base.path());
    office.configure(&laptop);
    laptop.configure(&office);
    let clock = Arc::new(FakeClock::new(
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 22, 14, 0, 0)
            .unwrap(),
    ));
    // Groundwork keeps its own lock and temporary files out of sync by itself.
    for side in [&office, &laptop] {
        drop(open(&side.data, side.name, &clock));
        let ignores = fs::read_to_string(side.data.join(".stignore")).unwrap();
        assert!(
            ignores.lines().any(|l| l == LOCK_FILE) && ignores.lines().any(|l| l == ".*.tmp"),
            "{ignores}"
        );
    }
    office.start();
    laptop.start();
    let connect = wait_for("the two devices to connect", || {
        office.connected_to(&laptop) && laptop.connected_to(&office)
    });
    eprintln!("connected in {connect:?}");

    let mut syncs = Vec::new();

    // Connected: the office makes the couple and session 1; the laptop, session 2.
    let id = open(&office.data, "office", &clock)
        .create_couple("Emma", "Sophie")
        .unwrap();
    syncs.push(sync(&office, &laptop));
    let first = {
        let mut p = open(&office.data, "office", &clock);
        session(&mut p, &id, &clock, "office")
    };
    syncs.push(sync(&office, &laptop));
    {
        let mut p = open(&laptop.data, "laptop", &clock);
        assert_eq!(p.couple(&id).unwrap().next_session_number(), 2);
        session(&mut p, &id, &clock, "laptop");
    }
    syncs.push(sync(&office, &laptop));

    // Disconnected: both run "session 3", and both add a note to session 1.
    office.pause(&laptop);
    laptop.pause(&office);
    wait_for("the two devices to disconnect", || {
        !office.connected_to(&laptop) && !laptop.connected_to(&office)
    });
    let first_on_laptop = laptop.data.join(first.strip_prefix(&office.data).unwrap());
    {
        let mut p = open(&office.data, "office", &clock);
        session(&mut p, &id, &clock, "office");
        late_note(&mut p, &first, &clock, "late note on the office");
    }
    {
        let mut p = open(&laptop.data, "laptop", &clock);
        assert_eq!(p.couple(&id).unwrap().next_session_number(), 3);
        session(&mut p, &id, &clock, "laptop");
        late_note(&mut p, &first_on_laptop, &clock, "late note on the laptop");
    }

    // Reconnected: Syncthing keeps both versions of what both changed.
    office.resume(&laptop);
    laptop.resume(&office);
    syncs.push(sync(&office, &laptop));
    let copies: Vec<String> = tree(&office.data)
        .into_keys()
        .filter(|k| k.contains(".sync-conflict-"))
        .collect();
    eprintln!("conflict copies after reconnecting: {copies:?}");
    assert!(
        copies.iter().any(|c| c.ends_with(".journal")),
        "both changed session 1, so Syncthing kept a copy: {copies:?}"
    );

    // Each side resolves: the journal copy is merged; the couple record is the therapist's
    // choice (here: keep the office's), and the other version is kept in conflicts/.
    {
        let mut p = open(&office.data, "office", &clock);
        let choices: Vec<PathBuf> = p
            .problems()
            .filter(|pr| pr.path.to_string_lossy().contains("couple.sync-conflict-"))
            .map(|pr| pr.path.clone())
            .collect();
        for copy in choices {
            p.keep_version(&copy, false).unwrap();
        }
        let left: Vec<String> = p.problems().map(|p| p.sentence()).collect();
        assert!(left.is_empty(), "{left:?}");
    }
    syncs.push(sync(&office, &laptop));
    {
        let p = open(&laptop.data, "laptop", &clock);
        let left: Vec<String> = p.problems().map(|p| p.sentence()).collect();
        assert!(left.is_empty(), "{left:?}");
        assert_eq!(p.session_history(&id).len(), 4, "sessions 1, 2 and both 3s");
    }
    syncs.push(sync(&office, &laptop));

    // Everything recorded on either side, each once, on both sides.
    let expected_notes = [
        "late note on the laptop",
        "late note on the office",
        "note 1 on office",
        "note 2 on laptop",
        "note 3 on laptop",
        "note 3 on office",
    ];
    let expected_agreements = [
        "agreement 1 on office",
        "agreement 2 on laptop",
        "agreement 3 on laptop",
        "agreement 3 on office",
    ];
    for side in [&office, &laptop] {
        let (notes, agreements) = recorded(&side.data, &id);
        assert_eq!(notes, expected_notes, "{}", side.name);
        assert_eq!(agreements, expected_agreements, "{}", side.name);
        // The couple's record, which the next session's review is made from, has them too.
        let p = Practice::open_read_only(&side.data, clock.clone()).unwrap();
        let mut in_record: Vec<String> = p
            .couple(&id)
            .unwrap()
            .couple
            .agreements
            .iter()
            .map(|a| a.terms.behaviour.clone())
            .collect();
        in_record.sort();
        assert_eq!(
            in_record, expected_agreements,
            "record on the {}",
            side.name
        );
    }
    assert_eq!(tree(&office.data), tree(&laptop.data));

    // Both computers print the same notes for every session.
    let out = base.path().join("printed");
    fs::create_dir_all(&out).unwrap();
    let office_p = Practice::open_read_only(&office.data, clock.clone()).unwrap();
    let laptop_p = Practice::open_read_only(&laptop.data, clock.clone()).unwrap();
    for (n, s) in office_p.couple(&id).unwrap().sessions.iter().enumerate() {
        let there = laptop.data.join(s.path.strip_prefix(&office.data).unwrap());
        let a = out.join(format!("office-{n}.pdf"));
        let b = out.join(format!("laptop-{n}.pdf"));
        office_p
            .export_to(DocumentKind::Notes, &s.path, &a, false)
            .unwrap();
        laptop_p
            .export_to(DocumentKind::Notes, &there, &b, false)
            .unwrap();
        assert_eq!(
            pdf_text(&a),
            pdf_text(&b),
            "session file {}",
            s.path.display()
        );
    }

    eprintln!(
        "syncs took {:?}; the whole test {:?}",
        syncs,
        started.elapsed()
    );
}
