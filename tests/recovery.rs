//! The kill test. A scripted session runs in a child process (this test binary, re-run as
//! `child_session`) and is killed with SIGKILL at a random moment, 120 times with different
//! seeds. After each kill the data folder must reopen with every event whose append had returned,
//! in order; a line torn by the kill must be kept aside and cut off; the session must carry on;
//! and its timers must show what the wall clock implies. Real clock, real files, real kills.
//!
//! `cargo test --test recovery -- --nocapture` prints the counts. `GW_KILLS` (how many kills)
//! and `GW_KILL_SEED` (the first seed) change the run, e.g. to repeat the seed a failure names.

use std::fs::File;
use std::hash::{DefaultHasher, Hasher};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;
use std::process::{Child, Command as Process, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use chrono::{Local, Weekday};
use groundwork::model::{
    AgreementTerms, Caller, Couple, Entry, Frequency, Ms, NoteFormat, Owner, PhaseKind, Side,
    TimeoutReason,
};
use groundwork::session::{Command, SessionState, SystemClock, session_start};
use groundwork::store::{ExecuteError, LiveSession, Store, read_journal, templates};

const KILLS: u64 = 120;
const FIRST_SEED: u64 = 1;
/// Kills run side by side; the children mostly sleep or wait on the disk, so 4 suit 2 cores.
const WORKERS: usize = 4;
/// How far a reopened countdown may be from what the wall clock implies.
const TOLERANCE_MS: i64 = 100;
/// A child whose parent died keeps writing for at most this long.
const CHILD_LIFETIME: Duration = Duration::from_secs(60);
/// Keeps the script's random numbers apart from the plan's for the same seed.
const SCRIPT_STREAM: u64 = 0x5eed_c0de_0bad_f00d;

/// xorshift64*: tiny and deterministic, enough to vary scripts and kill moments.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // A splitmix64 step spreads neighbouring seeds apart; `| 1` avoids xorshift's zero state.
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    fn percent(&mut self, p: u64) -> bool {
        self.below(100) < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// When the parent kills the child.
#[derive(Debug, Clone, Copy, PartialEq)]
enum KillAt {
    /// A random time after the child process started: maybe before its session exists.
    AfterSpawn,
    /// A random time after the session's first events were saved.
    AfterStart,
    /// A random time after the session started, then the next moment a line is half written
    /// (the journal does not end in a line end). A kill inside a write is otherwise too rare to
    /// test the torn tail it leaves.
    MidWrite,
}

/// What a seed decides besides the script: the protocol, the pace and the moment of the kill.
struct Plan {
    template: usize,
    /// Commands back to back with no think time, so the kill tends to land inside an append.
    burst: bool,
    /// Longest think time between two commands otherwise.
    pause_max_ms: u64,
    kill: KillAt,
    kill_after_ms: u64,
    /// How long the computer stays off before the app is opened again.
    off_ms: u64,
    /// The practice is protected by a passphrase: every journal line sealed.
    sealed: bool,
}

const PASSPHRASE: &str = "calm river stones at dusk";

impl Plan {
    fn new(seed: u64) -> Plan {
        let mut rng = Rng::new(seed);
        let kill = match rng.below(100) {
            0..=9 => KillAt::AfterSpawn,
            10..=24 => KillAt::MidWrite,
            _ => KillAt::AfterStart,
        };
        Plan {
            template: rng.below(1_000) as usize,
            burst: kill == KillAt::MidWrite || rng.percent(30),
            pause_max_ms: rng.range(2, 40),
            kill,
            kill_after_ms: rng.below(251),
            off_ms: rng.range(150, 350),
            sealed: rng.percent(50),
        }
    }
}

/// A running hash of journal entries: equal fingerprints mean the same entries in the same order.
#[derive(Default)]
struct Fingerprint(DefaultHasher);

impl Fingerprint {
    fn add(&mut self, entry: &Entry) {
        self.0.write(format!("{entry:?}").as_bytes());
        // Not UTF-8, so it cannot be confused with the text of an entry.
        self.0.write_u8(0xff);
    }

    fn of(entries: &[Entry]) -> u64 {
        let mut fingerprint = Fingerprint::default();
        entries.iter().for_each(|e| fingerprint.add(e));
        fingerprint.value()
    }

    fn value(&self) -> u64 {
        self.0.finish()
    }
}

/// What the screens count down: the timeout's time left, and the stage or step timer (time left,
/// and whether it runs). `None` where nothing is timed.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Shown {
    timeout: Option<i64>,
    stage: Option<(i64, bool)>,
}

impl Shown {
    fn of(state: &SessionState, at: Ms) -> Shown {
        Shown {
            timeout: state.timeout.as_ref().map(|t| t.remaining(at)),
            stage: state
                .timer(at)
                .and_then(|v| v.remaining.map(|left| (left, v.running))),
        }
    }
}

/// One line the child prints after each command whose events are on disk.
#[derive(Debug)]
struct Report {
    entries: usize,
    fingerprint: u64,
    wall_ms: i64,
    shown: Shown,
}

impl Report {
    const TAG: &str = "GW ok ";

    fn line(&self) -> String {
        let timeout = self.shown.timeout.map_or("-".to_owned(), |t| t.to_string());
        let stage = match self.shown.stage {
            None => "-".to_owned(),
            Some((left, true)) => format!("r{left}"),
            Some((left, false)) => format!("s{left}"),
        };
        format!(
            "{}{} {:016x} {} {timeout} {stage}",
            Report::TAG,
            self.entries,
            self.fingerprint,
            self.wall_ms
        )
    }

    fn parse(line: &str) -> Option<Report> {
        // The test harness may print "test child_session ... " on the same line as the first.
        let at = line.find(Report::TAG)?;
        let fields: Vec<&str> = line[at + Report::TAG.len()..].split_whitespace().collect();
        let [entries, fingerprint, wall_ms, timeout, stage] = fields[..] else {
            return None;
        };
        let stage = match stage.split_at(1) {
            ("-", "") => None,
            ("r", left) => Some((left.parse().ok()?, true)),
            ("s", left) => Some((left.parse().ok()?, false)),
            _ => return None,
        };
        Some(Report {
            entries: entries.parse().ok()?,
            fingerprint: u64::from_str_radix(fingerprint, 16).ok()?,
            wall_ms: wall_ms.parse().ok()?,
            shown: Shown {
                timeout: match timeout {
                    "-" => None,
                    t => Some(t.parse().ok()?),
                },
                stage,
            },
        })
    }
}

/// The child: a therapist running a session at the seed's pace until the parent kills it. After
/// every command whose `execute` returned, it prints what is now on disk and what the screen
/// shows. A no-op unless the parent set the environment.
#[test]
fn child_session() {
    let (Ok(dir), Ok(seed)) = (
        std::env::var("GW_RECOVERY_DIR"),
        std::env::var("GW_RECOVERY_SEED"),
    ) else {
        return;
    };
    let seed: u64 = seed.parse().unwrap();
    let plan = Plan::new(seed);
    let mut rng = Rng::new(seed ^ SCRIPT_STREAM);
    let store = Store::open(dir.as_ref()).unwrap();
    if plan.sealed {
        groundwork::store::protect::protect_new(dir.as_ref(), PASSPHRASE).unwrap();
    }
    let couple = Couple::new(
        store.new_couple_id(Local::now().naive_local()),
        "Sophie",
        "Emma",
        Local::now().date_naive(),
    );
    store.save_couple(&couple).unwrap();
    let set = templates::load(None);
    let template = &set.templates[plan.template % set.templates.len()];
    let info = session_start(
        &couple,
        1,
        template,
        NoteFormat::Dap,
        Local::now().date_naive(),
    );
    let mut live = LiveSession::start(&store, info, Arc::new(SystemClock::default())).unwrap();
    let mut fingerprint = Fingerprint::default();
    for entry in read_journal(live.path()).unwrap().entries {
        fingerprint.add(&entry);
    }
    let report = |live: &LiveSession, fingerprint: &Fingerprint| {
        let now = live.now();
        let line = Report {
            entries: live.state().events,
            fingerprint: fingerprint.value(),
            wall_ms: now.wall.timestamp_millis(),
            shown: Shown::of(live.state(), now.at),
        }
        .line();
        println!("{line}");
    };
    report(&live, &fingerprint);

    let began = Instant::now();
    while began.elapsed() < CHILD_LIFETIME {
        if !plan.burst {
            std::thread::sleep(Duration::from_millis(rng.below(plan.pause_max_ms + 1)));
        }
        // As the app does every frame: a timeout that ran out is recorded.
        let due = live.tick().unwrap();
        due.iter().for_each(|e| fingerprint.add(e));
        let command = if plan.kill == KillAt::MidWrite && rng.percent(40) {
            // Long notes: writes long enough for the parent to catch one half done.
            let section = *rng.pick(live.state().notes.format.sections());
            Command::SetNote {
                section: section.to_owned(),
                text: note_text(&mut rng, live.state().notes.section(section)),
            }
        } else {
            therapist(&mut rng, live.state())
        };
        match live.execute(&command) {
            Ok(entries) => entries.iter().for_each(|e| fingerprint.add(e)),
            Err(ExecuteError::Rejected(_)) if due.is_empty() => continue,
            Err(ExecuteError::Rejected(_)) => {}
            Err(err) => panic!("{command:?} was not saved: {err}"),
        }
        report(&live, &fingerprint);
    }
}

const NOTES: &[&str] = &[
    "Emma softened when Sophie named the fear",
    "first real laugh today 🙂",
    "Sophie: \"I feel unseen when you check your phone\"",
    "",
    "long silence; both looked at the floor",
    "flooding signs: jaw, breath 😮‍💨 heart rate 110",
    "Emma switched to Arabic: سلام, then laughed",
    "«c'est ça» — Sophie's mother's phrase \\ came up again",
    "👩‍❤️‍👩 repair attempt accepted",
];

const RULES: &[&str] = &[
    "No phones at the table 📵",
    "We take a break when either of us says \"pause\"",
    "No talking about money after 21:00",
];

const BEHAVIOURS: &[&str] = &[
    "Ask \"how was your day?\" before the phones come out",
    "Sophie plans one evening out a week 🍝",
    "Emma says when she needs twenty minutes alone",
];

const TOPICS: &[&str] = &[
    "Weekends with the in-laws",
    "Money",
    "Who does the dishes 🍽️",
    "",
];

fn side(rng: &mut Rng) -> Side {
    *rng.pick(&[Side::A, Side::B])
}

fn quick_note(rng: &mut Rng) -> String {
    if rng.percent(15) {
        // As long as a one-line note may be.
        let mut text = String::new();
        while text.chars().count() < 450 {
            let note = *rng.pick(NOTES);
            text.push_str(note);
            text.push(' ');
        }
        text
    } else {
        (*rng.pick(NOTES)).to_owned()
    }
}

/// The note as the therapist keeps writing it: a line more, or now and then a long paste, which
/// makes an append of up to a megabyte (the likeliest to be torn by a kill).
fn note_text(rng: &mut Rng, current: &str) -> String {
    if rng.percent(8) || current.len() > 900_000 {
        let target = rng.range(20_000, 900_000) as usize;
        let mut text = String::with_capacity(target + 100);
        while text.len() < target {
            let note = *rng.pick(NOTES);
            text.push_str(note);
            text.push_str(if rng.percent(20) { "\n\n" } else { " " });
        }
        text
    } else {
        format!("{current}\n{}", *rng.pick(NOTES))
    }
}

fn terms(rng: &mut Rng) -> AgreementTerms {
    AgreementTerms {
        who: *rng.pick(&[Owner::A, Owner::B, Owner::Both]),
        behaviour: (*rng.pick(BEHAVIOURS)).to_owned(),
        when: rng
            .pick(&[
                Frequency::Daily,
                Frequency::Weekdays(vec![Weekday::Mon, Weekday::Thu]),
                Frequency::Weekly(Some(Weekday::Sun)),
                // No day chosen: refused.
                Frequency::Weekdays(Vec::new()),
            ])
            .clone(),
        anchor: "after dinner".to_owned(),
        evidence: String::new(),
        review_on: None,
    }
}

/// The next thing a therapist presses, given the session on the screen. Some are refused (an
/// untimed stage has nothing to extend, there is no step before the first); the script carries
/// on, as a person would.
fn therapist(rng: &mut Rng, s: &SessionState) -> Command {
    use Command as C;
    let phases = s.info.phases.len();
    if s.timeout.is_some() {
        return match rng.below(10) {
            0..=4 => C::EndTimeout,
            5 | 6 => C::ExtendTimeout { ms: 60_000 },
            7 => C::QuickNote(quick_note(rng)),
            _ => C::Advance,
        };
    }
    // Most sessions get to the timed work at once.
    let first = s.events <= 2 && rng.percent(90);
    match if first { 0 } else { rng.below(100) } {
        0..=9 => {
            let timed: Vec<usize> = (0..phases)
                .filter(|&i| {
                    matches!(
                        s.info.phases[i].kind,
                        PhaseKind::SpeakerListener { .. } | PhaseKind::GuidedSteps { .. }
                    )
                })
                .collect();
            match if first { 0 } else { rng.below(10) } {
                0..=6 if !timed.is_empty() => C::GoToPhase(*rng.pick(&timed)),
                0..=7 => C::NextPhase,
                // Sometimes one past the last phase: refused.
                _ => C::GoToPhase(rng.below(phases as u64 + 1) as usize),
            }
        }
        10..=17 => rng
            .pick(&[C::Pause, C::Resume, C::TogglePause, C::TogglePause])
            .clone(),
        18..=21 => C::Extend {
            ms: *rng.pick(&[30_000, 60_000, 120_000, 0]),
        },
        22..=25 => C::CallTimeout {
            by: *rng.pick(&[
                Caller::Therapist,
                Caller::Partner(Side::A),
                Caller::Partner(Side::B),
            ]),
            reason: rng
                .pick(&[
                    TimeoutReason::Break,
                    TimeoutReason::Flooding,
                    TimeoutReason::Other("needs water 💧".to_owned()),
                ])
                .clone(),
            length_ms: if rng.percent(50) {
                None
            } else {
                Some(rng.range(10_000, 1_200_000) as i64)
            },
        },
        26..=37 => C::QuickNote(quick_note(rng)),
        38..=43 => {
            let section = *rng.pick(s.notes.format.sections());
            C::SetNote {
                section: section.to_owned(),
                text: note_text(rng, s.notes.section(section)),
            }
        }
        44..=46 => C::AddAgreement(terms(rng)),
        47 => C::SetTopic((*rng.pick(TOPICS)).to_owned()),
        99 if rng.percent(30) => C::End,
        _ => phase_key(rng, s),
    }
}

/// The keys of the phase on the screen.
fn phase_key(rng: &mut Rng, s: &SessionState) -> Command {
    use Command as C;
    let Some(phase) = s.current_phase() else {
        return C::NextPhase;
    };
    match &phase.kind {
        PhaseKind::SpeakerListener { .. } => match rng.below(100) {
            0..=69 => C::Advance,
            70..=77 => C::NotQuite,
            78..=82 => C::AccurateSpeakAgain,
            83..=86 => C::AccurateEnd,
            87..=91 => C::PassFloor,
            92..=95 => C::EndTurn,
            _ => C::StartTurn { speaker: side(rng) },
        },
        PhaseKind::GuidedSteps { .. } => match rng.below(10) {
            0..=5 => C::NextStep,
            6 | 7 => C::PreviousStep,
            _ => {
                let step = s.guided.get(&s.phase).map_or(0, |g| g.step);
                let current = s
                    .guided
                    .get(&s.phase)
                    .and_then(|g| g.notes.get(step))
                    .map_or("", String::as_str);
                C::SetStepNote {
                    phase: s.phase,
                    step,
                    text: note_text(rng, current),
                }
            }
        },
        PhaseKind::CheckIn => C::RateCheckIn {
            side: side(rng),
            // 11 is refused: the scale ends at 10.
            score: rng.below(12) as u8,
        },
        PhaseKind::GroundRules => match rng.below(4) {
            0 => C::AgreeAllRules { side: side(rng) },
            1 => C::AddRule {
                text: (*rng.pick(RULES)).to_owned(),
            },
            _ => C::AgreeRule {
                id: s
                    .rules
                    .get(rng.below(s.rules.len() as u64) as usize)
                    .map_or(99, |r| r.id),
                side: side(rng),
                agreed: rng.percent(80),
            },
        },
        PhaseKind::Homework => {
            let id = s
                .agreements
                .get(rng.below(s.agreements.len() as u64) as usize)
                .map_or(99, |a| a.id);
            match rng.below(10) {
                0..=5 => C::AddAgreement(terms(rng)),
                6..=8 => C::ChangeAgreement {
                    id,
                    terms: terms(rng),
                },
                _ => C::DropAgreement { id },
            }
        }
        PhaseKind::Closing => match rng.below(3) {
            0 => C::SetNextSession(Some(s.date() + chrono::Days::new(7))),
            1 => C::SetNoteFormat(*rng.pick(&NoteFormat::ALL)),
            _ => C::QuickNote(quick_note(rng)),
        },
    }
}

/// What one kill showed.
#[derive(Debug, Default)]
struct Outcome {
    /// Entries the child had confirmed (its last complete line), all checked on disk.
    confirmed: usize,
    /// Entries on disk after the last confirmed one: the kill came after an append was written
    /// but before the child said so.
    unreported: usize,
    /// The kill cut a line in half.
    torn: bool,
    /// Killed before the session's first events were confirmed.
    before_first_line: bool,
    /// Countdowns (timeout, stage or step) checked against the wall clock: running ones, and
    /// stopped ones (paused, or held by a timeout).
    running_checks: usize,
    stopped_checks: usize,
    /// Largest distance between a reopened running countdown and the wall clock's account.
    worst_ms: i64,
    /// The practice was protected by a passphrase (its journal lines sealed).
    sealed: bool,
}

/// Kills the child if the test fails while it runs, so that no orphan keeps writing.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

macro_rules! ensure {
    ($cond:expr, $($why:tt)+) => {
        if !$cond {
            return Err(format!($($why)+));
        }
    };
}

/// Returns when the journal ends in a half-written line, or after 2 s.
fn wait_for_half_line(path: &Path) {
    let Ok(mut file) = File::open(path) else {
        return;
    };
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut last = [0u8];
    while Instant::now() < deadline {
        let len = file.metadata().map_or(0, |m| m.len());
        let half = len > 0
            && file.seek(SeekFrom::Start(len - 1)).is_ok()
            && file.read_exact(&mut last).is_ok()
            && last[0] != b'\n';
        if half {
            return;
        }
        std::thread::yield_now();
    }
}

/// Runs, kills and reopens one session.
fn kill_once(seed: u64) -> Result<Outcome, String> {
    let plan = Plan::new(seed);
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let data = dir.path().join("data");
    let stderr_path = dir.path().join("child.stderr");
    let stderr = File::create(&stderr_path).map_err(|e| e.to_string())?;
    let mut child = Running(
        Process::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "child_session",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("GW_RECOVERY_DIR", &data)
            .env("GW_RECOVERY_SEED", seed.to_string())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .map_err(|e| e.to_string())?,
    );
    let stdout = child.0.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        loop {
            let mut line = String::new();
            match stdout.read_line(&mut line) {
                // A line cut off by the kill has no line end: the child never finished saying it.
                Ok(_) if line.ends_with('\n') => {
                    if tx.send(line).is_err() {
                        break;
                    }
                }
                _ => break,
            }
        }
    });

    let mut lines = Vec::new();
    if plan.kill != KillAt::AfterSpawn {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !lines.iter().any(|l: &String| l.contains(Report::TAG)) {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => lines.push(line),
                Err(_) => {
                    let why = std::fs::read_to_string(&stderr_path).unwrap_or_default();
                    return Err(format!("the child never started its session: {why}"));
                }
            }
        }
    }
    std::thread::sleep(Duration::from_millis(plan.kill_after_ms));
    if plan.kill == KillAt::MidWrite {
        // A protected practice's couple file is sealed: the journal is found with its key.
        if groundwork::store::seal::is_protected(&data) {
            groundwork::store::protect::unlock(&data, PASSPHRASE)
                .map_err(|r| format!("the practice does not unlock: {}", r.sentence()))?;
        }
        let journal = Store::open(&data).ok().and_then(|store| {
            let listing = store.couples();
            Some(listing.couples.first()?.sessions.first()?.path.clone())
        });
        wait_for_half_line(&journal.ok_or("the child's journal is not there")?);
    }
    if let Ok(Some(status)) = child.0.try_wait() {
        let why = std::fs::read_to_string(&stderr_path).unwrap_or_default();
        return Err(format!("the child stopped on its own ({status}): {why}"));
    }
    child.0.kill().map_err(|e| e.to_string())?; // SIGKILL on Unix
    child.0.wait().map_err(|e| e.to_string())?;
    reader.join().unwrap();
    lines.extend(rx.try_iter());
    let last = lines.iter().rev().find_map(|l| Report::parse(l));

    // The computer is off for a moment; then the app starts again on the same folder.
    std::thread::sleep(Duration::from_millis(plan.off_ms));
    let mut outcome = Outcome::default();
    if groundwork::store::seal::is_protected(&data) {
        groundwork::store::protect::unlock(&data, PASSPHRASE)
            .map_err(|r| format!("the practice does not unlock: {}", r.sentence()))?;
        outcome.sealed = true;
    }
    let store = Store::open(&data).map_err(|e| format!("the data folder does not open: {e}"))?;
    let listing = store.couples();
    ensure!(
        listing.problems.is_empty(),
        "the data folder reopens with problems: {:?}",
        listing.problems
    );
    let session = listing
        .couples
        .first()
        .and_then(|c| c.sessions.first().map(|s| s.path.clone()));
    let Some(path) = session else {
        // Killed while the couple or the session's first events were being saved: they are
        // there whole or not at all, and the folder still takes a new session.
        ensure!(last.is_none(), "a confirmed session is missing: {last:?}");
        outcome.before_first_line = true;
        if let Some(summary) = listing.couples.first() {
            let set = templates::load(None);
            let info = session_start(
                &summary.couple,
                summary.next_session_number(),
                &set.templates[0],
                NoteFormat::Dap,
                Local::now().date_naive(),
            );
            LiveSession::start(&store, info, Arc::new(SystemClock::default()))
                .map_err(|e| format!("a new session does not start: {e}"))?;
        }
        return Ok(outcome);
    };
    outcome.before_first_line = last.is_none();
    let confirmed = last.as_ref().map_or(0, |r| r.entries);
    outcome.confirmed = confirmed;

    let read = read_journal(&path).map_err(|p| format!("the journal does not read: {p}"))?;
    let on_disk = read.entries.len();
    ensure!(
        on_disk >= confirmed,
        "lost: {on_disk} entries on disk, {confirmed} confirmed"
    );
    if let Some(report) = &last {
        ensure!(
            Fingerprint::of(&read.entries[..confirmed]) == report.fingerprint,
            "lost: the first {confirmed} entries on disk are not the ones the child confirmed"
        );
    }
    outcome.unreported = on_disk - confirmed;
    outcome.torn = read.torn.is_some();

    let (mut live, torn_saved_to) = LiveSession::reopen(&path, Arc::new(SystemClock::default()))
        .map_err(|e| format!("the session does not reopen: {e}"))?;
    let now = live.now();
    match (&read.torn, &torn_saved_to) {
        (None, None) => {}
        (Some(torn), Some(saved)) => ensure!(
            std::fs::read(saved)
                .ok()
                .map(|bytes| {
                    // On a protected practice the fragment is kept sealed, like every file.
                    match groundwork::store::seal::key_for(saved) {
                        Some(key) => key.open_file(&bytes).unwrap_or_default(),
                        None => bytes,
                    }
                })
                .as_ref()
                == Some(&torn.bytes),
            "the torn line was not kept aside whole in {}",
            saved.display()
        ),
        _ => {
            return Err(format!(
                "torn {:?}, kept aside {torn_saved_to:?}",
                read.torn
            ));
        }
    }
    ensure!(
        live.state().events == on_disk,
        "reopened with {} events, {on_disk} on disk",
        live.state().events
    );

    // The countdowns, when the child's last line describes the journal's last entry.
    if let Some(report) = last.as_ref().filter(|_| on_disk == confirmed) {
        let passed = now.wall.timestamp_millis() - report.wall_ms;
        ensure!(
            passed >= plan.off_ms as i64,
            "only {passed} ms passed since the child's last line"
        );
        let after = Shown::of(live.state(), now.at);
        let mut check = |what: &str, before: Option<(i64, bool)>, after: Option<(i64, bool)>| match (
            before, after,
        ) {
            (None, None) => Ok(()),
            (Some((left, true)), Some((shows, true))) => {
                let expected = left - passed;
                let off = (shows - expected).abs();
                outcome.worst_ms = outcome.worst_ms.max(off);
                outcome.running_checks += 1;
                ensure!(
                    off <= TOLERANCE_MS,
                    "the {what} shows {shows} ms left; it showed {left} ms {passed} ms ago"
                );
                Ok(())
            }
            (Some((left, false)), Some((shows, false))) => {
                outcome.stopped_checks += 1;
                ensure!(
                    shows == left,
                    "the stopped {what} shows {shows} ms left, it showed {left} ms"
                );
                Ok(())
            }
            _ => Err(format!(
                "the {what} showed {before:?} and shows {after:?} after reopening"
            )),
        };
        check(
            "timeout",
            report.shown.timeout.map(|t| (t, true)),
            after.timeout.map(|t| (t, true)),
        )?;
        check("stage timer", report.shown.stage, after.stage)?;
    }

    // The session carries on where the therapist would pick it up.
    let state = live.state();
    let command = if state.is_ended() {
        Command::QuickNote("reopened after a crash".to_owned())
    } else if state.timeout.is_some() {
        Command::EndTimeout
    } else if state.paused && state.active_stopwatch().is_some() {
        Command::Resume
    } else if state.dialogue.turn.is_some() {
        Command::Advance
    } else {
        Command::QuickNote("reopened after a crash".to_owned())
    };
    let written = live
        .execute(&command)
        .map_err(|e| format!("{command:?} after reopening: {e}"))?;
    ensure!(
        !written.is_empty(),
        "{command:?} after reopening wrote nothing"
    );
    let reread = read_journal(&path).map_err(|p| format!("the journal does not reread: {p}"))?;
    ensure!(reread.torn.is_none(), "a torn line is still in the journal");
    let mut expected = read.entries.clone();
    expected.extend(written);
    ensure!(
        reread.entries == expected,
        "after {command:?} the journal holds {} entries, not the {} expected",
        reread.entries.len(),
        expected.len()
    );
    ensure!(
        SessionState::from_entries(&reread.entries).ok().as_ref() == Some(live.state()),
        "the journal no longer rebuilds the session on the screen"
    );
    Ok(outcome)
}

#[test]
fn a_session_killed_at_random_moments_keeps_every_confirmed_event_and_its_timers() {
    let var = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let kills = var("GW_KILLS", KILLS);
    let first_seed = var("GW_KILL_SEED", FIRST_SEED);
    let began = Instant::now();
    let next = AtomicU64::new(0);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= kills {
                        break;
                    }
                    let seed = first_seed + i;
                    let result = kill_once(seed).map_err(|why| format!("seed {seed}: {why}"));
                    results.lock().unwrap().push((seed, result));
                }
            });
        }
    });
    let took = began.elapsed();
    let results = results.into_inner().unwrap();

    let mut failures = Vec::new();
    let mut outcomes = Vec::new();
    for (seed, result) in results {
        match result {
            Ok(outcome) => outcomes.push((seed, outcome)),
            Err(why) => failures.push(why),
        }
    }
    let sum = |f: fn(&Outcome) -> usize| outcomes.iter().map(|(_, o)| f(o)).sum::<usize>();
    let confirmed = sum(|o| o.confirmed);
    let unreported = sum(|o| usize::from(o.unreported > 0));
    let torn = sum(|o| usize::from(o.torn));
    let before = sum(|o| usize::from(o.before_first_line));
    let timer_checks = sum(|o| usize::from(o.running_checks > 0));
    let running = sum(|o| o.running_checks);
    let stopped = sum(|o| o.stopped_checks);
    let worst = outcomes.iter().map(|(_, o)| o.worst_ms).max().unwrap_or(0);
    let sealed = sum(|o| usize::from(o.sealed));
    let sealed_torn = sum(|o| usize::from(o.sealed && o.torn));
    println!(
        "kills: {kills}, confirmed events checked: {confirmed}, torn tails recovered: {torn}, \
         kills with unreported events on disk: {unreported}, killed before the first line: \
         {before}, timer checks: {timer_checks} (running countdowns {running}, worst {worst} ms; \
         stopped {stopped}), on a protected practice: {sealed} (torn sealed lines: {sealed_torn}), \
         lost: {}, failures: {}, took {:.1} s",
        failures.iter().filter(|f| f.contains("lost: ")).count(),
        failures.len(),
        took.as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(outcomes.len() as u64, kills);
    // Enough happened for the checks above to mean something.
    if kills >= KILLS {
        assert!(
            confirmed >= 20 * kills as usize,
            "{confirmed} events checked"
        );
        assert!(
            timer_checks >= 30,
            "{timer_checks} kills checked a running timer"
        );
        assert!(stopped >= 5, "{stopped} stopped timers checked");
        // (A sealed line cut in half is also made on purpose in tests/protected.rs.)
        assert!(sealed >= 30, "{sealed} kills on a protected practice");
        assert!(
            unreported >= 5,
            "only {unreported} kills landed between an append and its report"
        );
    }
}

/// The parser reads what the child prints, or a failure would pass as "nothing confirmed".
#[test]
fn a_report_line_reads_back() {
    let report = Report {
        entries: 42,
        fingerprint: 0xdead_beef_0000_0001,
        wall_ms: 1_790_000_000_123,
        shown: Shown {
            timeout: Some(299_001),
            stage: Some((-1_500, false)),
        },
    };
    let line = format!("test child_session ... {}", report.line());
    let back = Report::parse(&line).unwrap();
    assert_eq!(
        (back.entries, back.fingerprint, back.wall_ms, back.shown),
        (42, report.fingerprint, report.wall_ms, report.shown)
    );
    assert!(Report::parse("GW ok 42 dead").is_none());
}
