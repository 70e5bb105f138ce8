//! The data folder on disk: journals, couples, problems, permissions, and crashes.

use std::fs;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Weekday};
use groundwork::model::*;
use groundwork::store::*;
use tempfile::TempDir;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn wall(h: u32, m: u32, s: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 22, h, m, s)
        .unwrap()
}

fn at(ms: Ms, event: Event) -> Entry {
    let start = Stamp {
        wall: wall(18, 0, 0),
        at: 0,
    };
    Entry::new(start.shifted(ms as i64), event)
}

fn id(s: &str) -> CoupleId {
    CoupleId(s.to_owned())
}

/// Text a therapist might type: line breaks, quotes, emoji, right-to-left script, and control
/// characters the store must carry even if the UI would strip them.
const HARD_NOTE: &str = "Emma: \"I feel unheard\" 😔\nSophie (mirroring): you feel — unheard\r\n\tשלום, دانة said \\ \u{2028} done 👩‍❤️‍👩\0";

fn session_start(couple: &CoupleId) -> SessionStart {
    let minutes = |m| Minutes::new(m).unwrap();
    SessionStart {
        couple: couple.clone(),
        number: 3,
        partner_a: "Emma 🌻".to_owned(),
        partner_b: "דנה".to_owned(),
        template_id: "prep-standard".to_owned(),
        template_name: "PREP speaker/listener".to_owned(),
        phases: vec![
            PhasePlan {
                title: "Check-in".to_owned(),
                minutes: minutes(10),
                kind: PhaseKind::CheckIn,
            },
            PhasePlan {
                title: "Ground rules".to_owned(),
                minutes: minutes(5),
                kind: PhaseKind::GroundRules,
            },
            PhasePlan {
                title: "Speaker / listener".to_owned(),
                minutes: minutes(25),
                kind: PhaseKind::SpeakerListener {
                    speak_seconds: StageSeconds::new(120).unwrap(),
                    paraphrase_seconds: StageSeconds::new(60).unwrap(),
                    floor: FloorPolicy::SpeakerPasses,
                    listener: vec![ListenerStep::Paraphrase],
                },
            },
            PhasePlan {
                title: "Aftermath of a fight".to_owned(),
                minutes: minutes(15),
                kind: PhaseKind::GuidedSteps {
                    steps: vec![Step {
                        title: "Feelings".to_owned(),
                        prompt: "Name the feelings, \"without\" explaining them.".to_owned(),
                        minutes: Some(minutes(3)),
                    }],
                },
            },
            PhasePlan {
                title: "Homework".to_owned(),
                minutes: minutes(8),
                kind: PhaseKind::Homework,
            },
            PhasePlan {
                title: "Closing".to_owned(),
                minutes: minutes(2),
                kind: PhaseKind::Closing,
            },
        ],
        timeouts: TimeoutDefaults::default(),
        ground_rules: vec![GroundRule {
            id: 1,
            text: "No yelling or name-calling".to_owned(),
            agreed_on: Some(date(2026, 11, 8)),
            session_only: false,
        }],
        to_review: vec![agreement(4)],
        next_agreement_id: 5,
        note_format: NoteFormat::Soap,
        cards: Vec::new(),
        other_rules: None,
        clinical: Default::default(),
        confidentiality: None,
        alone: None,
        kept_before: 0,
    }
}

fn agreement(id: u32) -> Agreement {
    Agreement {
        id,
        made_in_session: 2,
        terms: AgreementTerms {
            who: Owner::A,
            behaviour: "I will share my work schedule every morning".to_owned(),
            when: Frequency::Weekdays(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]),
            anchor: "after breakfast".to_owned(),
            evidence: "a message before 9".to_owned(),
            review_on: None,
        },
        reviews: vec![Review {
            session: 2,
            date: date(2026, 11, 8),
            outcome: Outcome::Partly,
            comment: "two days out of three".to_owned(),
            on: None,
        }],
        retired: false,
        made_on: None,
    }
}

/// A realistic session: every kind of phase touched, a timeout, notes with hard text.
fn realistic_entries(couple: &CoupleId) -> Vec<Entry> {
    vec![
        at(0, Event::Started(Box::new(session_start(couple)))),
        at(1_000, Event::PhaseEntered { index: 0 }),
        at(
            30_000,
            Event::CheckInRated {
                side: Side::A,
                score: 6,
            },
        ),
        at(
            95_500,
            Event::AgreementReviewed {
                id: 4,
                outcome: Outcome::Done,
                comment: "every day ✅\n\"even Sunday\"".to_owned(),
            },
        ),
        at(400_000, Event::PhaseEntered { index: 1 }),
        at(
            410_000,
            Event::RuleAdded {
                id: 2,
                text: "Phones away — אין טלפונים".to_owned(),
            },
        ),
        at(
            412_000,
            Event::RuleAgreed {
                id: 2,
                side: Side::B,
                agreed: true,
            },
        ),
        at(700_000, Event::PhaseEntered { index: 2 }),
        at(
            701_000,
            Event::TopicSet {
                topic: "Weekends with the in-laws".to_owned(),
            },
        ),
        at(702_000, Event::TurnStarted { speaker: Side::A }),
        at(
            822_000,
            Event::StageAdvanced {
                to: Stage::Paraphrasing,
            },
        ),
        at(880_000, Event::ParaphraseNotQuite),
        at(
            940_000,
            Event::StageAdvanced {
                to: Stage::Confirming,
            },
        ),
        at(950_000, Event::TurnEnded { accurate: true }),
        at(
            960_000,
            Event::TimeoutStarted {
                by: Caller::Partner(Side::B),
                reason: TimeoutReason::Other("needs \"air\"\nand water".to_owned()),
                length: 20 * MINUTE,
            },
        ),
        at(1_000_000, Event::TimerExtended { by: 30 * SECOND }),
        at(
            2_160_000,
            Event::TimeoutEnded {
                at: 2_160_000,
                early: false,
            },
        ),
        at(
            2_200_000,
            Event::AgreementAdded {
                agreement: agreement(5),
            },
        ),
        at(
            2_250_000,
            Event::NoteFormatSet {
                format: NoteFormat::Dap,
            },
        ),
        at(
            2_300_000,
            Event::NoteSet {
                section: "Data".to_owned(),
                text: HARD_NOTE.to_owned(),
            },
        ),
        at(
            2_310_000,
            Event::QuickNote {
                text: "🙂 مرحبا \"quoted\"\n".to_owned(),
            },
        ),
        at(
            2_400_000,
            Event::NextSessionSet {
                date: Some(date(2026, 12, 6)),
            },
        ),
        at(2_500_000, Event::Ended),
    ]
}

fn couple(store: &Store, a: &str, b: &str) -> Couple {
    let now = date(2026, 11, 22).and_hms_opt(20, 3, 1).unwrap();
    let mut c = Couple::new(store.new_couple_id(now), a, b, date(2026, 11, 22));
    c.agreements.push(agreement(1));
    c.ground_rules.push(GroundRule {
        id: 1,
        text: "\"I\" statements, not \"you\" accusations".to_owned(),
        agreed_on: None,
        session_only: false,
    });
    store.save_couple(&c).unwrap();
    c
}

fn journal_lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn journal_round_trip_keeps_each_entry_on_one_line() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let couple = couple(&store, "Emma", "Sophie");
    let entries = realistic_entries(&couple.id);

    let mut journal = store
        .create_journal(&couple.id, 3, date(2026, 11, 22))
        .unwrap();
    assert_eq!(
        journal.path(),
        store
            .couple_dir(&couple.id)
            .join("sessions/0003-2026-11-22.journal")
    );
    // One at a time, as during a session, then the rest in one batch.
    for entry in &entries[..10] {
        journal.append(std::slice::from_ref(entry)).unwrap();
    }
    journal.append(&entries[10..]).unwrap();
    journal.append(&[]).unwrap();

    let lines = journal_lines(journal.path());
    assert_eq!(
        lines.len(),
        1 + entries.len(),
        "one line per entry plus the header"
    );
    assert!(lines.iter().any(|l| l.contains("😔") && l.contains("שלום")));

    let read = read_journal(journal.path()).unwrap();
    assert_eq!(read.header, JournalHeader::new(couple.id.clone(), 3));
    assert_eq!(read.torn, None);
    assert_eq!(read.entries, entries);

    // A journal written in one go reads the same.
    let whole = store
        .write_journal(&couple.id, 4, date(2026, 11, 29), &entries)
        .unwrap();
    let read = read_journal(&whole).unwrap();
    assert_eq!(read.header.number, 4);
    assert_eq!(read.entries, entries);
}

/// The sample practice writes a couple's journals together (each synced once, their folder
/// once): the files are the very ones written one at a time, a protected practice's are sealed
/// line by line as a session's are, and a number already taken is refused as before.
#[test]
fn journals_written_together_are_the_journals_written_one_at_a_time() {
    let couple = id("c-20261122-200301-3f9a");
    let entries = realistic_entries(&couple);
    let (one, together) = (TempDir::new().unwrap(), TempDir::new().unwrap());
    let one = Store::open(one.path()).unwrap();
    let together = Store::open(together.path()).unwrap();
    let singly = [
        one.write_journal(&couple, 1, date(2026, 11, 1), &entries)
            .unwrap(),
        one.write_journal(&couple, 2, date(2026, 11, 8), &[])
            .unwrap(),
    ];
    let paths = together
        .write_journals(
            &couple,
            &[
                (1, date(2026, 11, 1), &entries[..]),
                (2, date(2026, 11, 8), &[][..]),
            ],
        )
        .unwrap();
    assert_eq!(paths.len(), 2);
    for (a, b) in singly.iter().zip(&paths) {
        assert_eq!(a.file_name(), b.file_name());
        assert_eq!(fs::read(a).unwrap(), fs::read(b).unwrap(), "{b:?}");
    }
    assert_eq!(read_journal(&paths[0]).unwrap().entries, entries);

    // A number already in the folder, or twice among them: refused, nothing written over.
    let before = fs::read(&paths[0]).unwrap();
    let err = together
        .write_journals(&couple, &[(1, date(2026, 11, 2), &[][..])])
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::AlreadyExists { path } if *path == paths[0]),
        "{err}"
    );
    let err = together
        .write_journals(
            &couple,
            &[
                (5, date(2026, 12, 6), &[][..]),
                (5, date(2026, 12, 7), &[][..]),
            ],
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::AlreadyExists { .. }), "{err}");
    assert_eq!(fs::read(&paths[0]).unwrap(), before);
    let numbers: Vec<u32> = together
        .session_files(&couple)
        .0
        .iter()
        .map(|s| s.number)
        .collect();
    assert_eq!(numbers, [1, 2, 5], "session 5 once");

    // Protected: sealed line by line, as the journal of a session run in the app.
    let sealed = TempDir::new().unwrap();
    protect::protect_new(sealed.path(), "calm river stones at dusk").unwrap();
    let store = Store::open(sealed.path()).unwrap();
    let path = &store
        .write_journals(&couple, &[(1, date(2026, 11, 1), &entries[..])])
        .unwrap()[0];
    let bytes = fs::read(path).unwrap();
    assert!(
        !bytes.windows(4).any(|w| w == b"Emma"),
        "no name in the clear"
    );
    assert_eq!(
        bytes.iter().filter(|b| **b == b'\n').count(),
        entries.len() + 1,
        "one sealed line per entry, and the header"
    );
    assert_eq!(read_journal(path).unwrap().entries, entries);
}

#[test]
fn an_existing_journal_is_never_overwritten() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let c = couple(&store, "Emma", "Sophie");
    let entries = realistic_entries(&c.id);
    let path = store
        .write_journal(&c.id, 1, date(2026, 11, 1), &entries)
        .unwrap();
    let before = fs::read(&path).unwrap();

    let err = store
        .create_journal(&c.id, 1, date(2026, 11, 1))
        .unwrap_err();
    assert!(matches!(err, StoreError::AlreadyExists { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("0001-2026-11-01.journal already exists"),
        "{err}"
    );
    // The same number on another day is the same session: refused too.
    let err = store
        .write_journal(&c.id, 1, date(2026, 11, 2), &[])
        .unwrap_err();
    assert!(matches!(err, StoreError::AlreadyExists { .. }), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(store.session_files(&c.id).0.len(), 1);
}

#[test]
fn a_torn_last_line_is_reported_then_kept_aside_on_reopen() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let c = couple(&store, "Emma", "Sophie");
    let entries = realistic_entries(&c.id);
    let (before, after) = entries.split_at(12);

    let mut journal = store.create_journal(&c.id, 1, date(2026, 11, 22)).unwrap();
    journal.append(before).unwrap();
    let path = journal.path().to_owned();
    drop(journal);
    let complete = fs::read(&path).unwrap();

    // A crash in the middle of writing the next line.
    let whole_line = ron::ser::to_string(&after[0]).unwrap();
    let fragment = &whole_line.as_bytes()[..whole_line.len() / 2];
    fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(fragment)
        .unwrap();
    let torn_file = fs::read(&path).unwrap();

    let read = read_journal(&path).unwrap();
    assert_eq!(read.entries, before);
    let torn = read.torn.clone().expect("a torn tail");
    assert_eq!(torn.line, 2 + before.len());
    assert_eq!(torn.bytes, fragment);
    assert_eq!(torn.offset, complete.len() as u64);
    assert!(torn.cut_off);
    assert_eq!(
        fs::read(&path).unwrap(),
        torn_file,
        "reading never changes the file"
    );

    let Reopened {
        mut journal,
        read: found,
        torn_saved_to,
    } = reopen_journal(&path).unwrap();
    assert_eq!(found, read);
    let saved = torn_saved_to.expect("the fragment is kept");
    assert_eq!(saved, PathBuf::from(format!("{}.torn", path.display())));
    assert_eq!(fs::read(&saved).unwrap(), fragment);
    assert_eq!(
        fs::read(&path).unwrap(),
        complete,
        "cut back to the last complete line"
    );

    journal.append(after).unwrap();
    let read = read_journal(&path).unwrap();
    assert_eq!(read.torn, None);
    assert_eq!(read.entries, entries);

    // A second crash, this time leaving a complete but unreadable last line: its fragment goes
    // to a new file and the first one is left alone.
    let complete = fs::read(&path).unwrap();
    fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(b"(wall:\"2026-\n")
        .unwrap();
    let read = read_journal(&path).unwrap();
    let torn = read.torn.expect("an unreadable last line is a torn tail");
    assert!(!torn.cut_off);
    assert_eq!(torn.bytes, b"(wall:\"2026-");
    let reopened = reopen_journal(&path).unwrap();
    let second = reopened.torn_saved_to.unwrap();
    assert_eq!(second, PathBuf::from(format!("{}.torn-2", path.display())));
    assert_eq!(fs::read(&second).unwrap(), b"(wall:\"2026-");
    assert_eq!(fs::read(&saved).unwrap(), fragment);
    assert_eq!(fs::read(&path).unwrap(), complete);

    // Reopening a healthy journal changes nothing.
    drop(reopened.journal);
    let reopened = reopen_journal(&path).unwrap();
    assert_eq!(reopened.torn_saved_to, None);
    assert_eq!(fs::read(&path).unwrap(), complete);
}

#[test]
fn a_damaged_middle_line_is_a_problem_and_the_file_is_left_alone() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let c = couple(&store, "Emma", "Sophie");
    let path = store
        .write_journal(&c.id, 2, date(2026, 11, 8), &realistic_entries(&c.id))
        .unwrap();
    let mut lines = journal_lines(&path);
    // Line 5 (the header is line 1) loses its closing parenthesis and gains junk.
    lines[4] = lines[4].replacen(")", "]", 1);
    let damaged = format!("{}\n", lines.join("\n"));
    fs::write(&path, &damaged).unwrap();

    let problem = read_journal(&path).unwrap_err();
    let (line, col) = problem.position.expect("a position");
    assert_eq!(line, 5);
    assert!(col >= 1);
    assert!(
        problem
            .to_string()
            .starts_with(&format!("{}:5:{col}: ", path.display())),
        "{problem}"
    );
    assert!(
        problem.sentence().contains("(line 5, column"),
        "{}",
        problem.sentence()
    );
    assert_eq!(fs::read(&path).unwrap(), damaged.as_bytes());

    let err = reopen_journal(&path).unwrap_err();
    match &err {
        StoreError::Unreadable(p) => assert_eq!(p.position, Some((5, col))),
        other => panic!("expected Unreadable, got {other:?}"),
    }
    assert!(err.to_string().contains("left it untouched"), "{err}");
    let err = store
        .create_journal(&c.id, 2, date(2026, 11, 8))
        .unwrap_err();
    assert!(matches!(err, StoreError::AlreadyExists { .. }));
    assert_eq!(
        fs::read(&path).unwrap(),
        damaged.as_bytes(),
        "byte for byte unchanged"
    );
    let leftovers: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no .torn or temporary file was made");
}

#[test]
fn journals_that_are_not_journals_are_problems() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("0001-2026-11-22.journal");
    let cases: &[(&[u8], &str)] = &[
        (b"", "empty"),
        (b"\n\n", "empty"),
        (b"(schema:1,couple:\"c-1\",num", "header"),
        (b"\x00\x9f\x92\x96garbage\n", "UTF-8"),
        (b"(schema:1,couple:\"c-1\")\n", "number"),
    ];
    for (bytes, expect) in cases {
        fs::write(&path, bytes).unwrap();
        let problem = read_journal(&path).unwrap_err();
        assert!(problem.message.contains(expect), "{expect}: {problem}");
        assert!(matches!(
            reopen_journal(&path),
            Err(StoreError::Unreadable(_))
        ));
        assert_eq!(fs::read(&path).unwrap(), *bytes);
    }
    let problem = read_journal(&dir.path().join("missing.journal")).unwrap_err();
    assert_eq!(problem.message, "the file does not exist");
}

#[test]
fn a_future_schema_is_refused_in_plain_words() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let c = couple(&store, "Emma", "Sophie");
    let newer = "it was written by a newer version of Groundwork (schema 7; this version reads up to 1); update Groundwork to open it";

    let path = store.couple_path(&c.id);
    let text = fs::read_to_string(&path)
        .unwrap()
        .replacen("schema: 1", "schema: 7", 1);
    let text = text.replacen("created:", "created_on:", 1); // a newer layout, too
    fs::write(&path, &text).unwrap();
    assert_eq!(store.load_couple(&c.id).unwrap_err().message, newer);
    assert!(matches!(
        store.save_couple(&c),
        Err(StoreError::Unreadable(_))
    ));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    let listing = store.couples();
    assert!(listing.couples.is_empty());
    assert_eq!(listing.problems.len(), 1);
    assert_eq!(listing.problems[0].message, newer);

    let journal = store.journal_path(&c.id, 1, date(2026, 11, 22));
    fs::create_dir_all(journal.parent().unwrap()).unwrap();
    fs::write(
        &journal,
        "(schema:7,couple:\"x\",number:1,layout:New)\n(fancy:1)\n",
    )
    .unwrap();
    assert_eq!(read_journal(&journal).unwrap_err().message, newer);

    let settings = store.settings_path();
    fs::write(&settings, "(schema: 7, theme: Dark)").unwrap();
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Settings {
        schema: u32,
    }
    assert_eq!(
        read_ron::<Settings>(&settings).err().unwrap().message,
        newer
    );
    assert!(matches!(
        write_ron(&settings, &Settings { schema: 1 }),
        Err(StoreError::Unreadable(_))
    ));
    assert_eq!(
        fs::read_to_string(&settings).unwrap(),
        "(schema: 7, theme: Dark)"
    );
}

#[test]
fn an_unreadable_couple_does_not_hide_the_others_and_is_never_overwritten() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let a = couple(&store, "Emma", "Sophie");
    let b = couple(&store, "Jonas", "Mia");
    let c = couple(&store, "Ravi", "Noor");

    let broken = store.couple_path(&b.id);
    let text = format!(
        "(\n    schema: 1,\n    id: \"{}\",\n    partner_a: (name: \"Jonas\"),\n    partner_b: (name \"Mia\"),\n    created: \"2026-11-22\",\n)\n",
        b.id
    );
    fs::write(&broken, &text).unwrap();

    let listing = store.couples();
    let ids: Vec<_> = listing
        .couples
        .iter()
        .map(|s| s.couple.id.clone())
        .collect();
    let mut expected = vec![a.id.clone(), c.id.clone()];
    expected.sort();
    assert_eq!(ids, expected);
    assert_eq!(listing.problems.len(), 1);
    let problem = &listing.problems[0];
    assert_eq!(problem.path, broken);
    let (line, col) = problem.position.expect("line and column");
    assert_eq!(line, 5);
    assert!(
        problem
            .to_string()
            .starts_with(&format!("{}:5:{col}: ", broken.display())),
        "{problem}"
    );

    let err = store.save_couple(&b).unwrap_err();
    assert!(matches!(err, StoreError::Unreadable(_)), "{err}");
    assert!(err.to_string().contains("(line 5, column"), "{err}");
    assert_eq!(
        fs::read_to_string(&broken).unwrap(),
        text,
        "byte for byte unchanged"
    );
    let files: Vec<_> = fs::read_dir(store.couple_dir(&b.id)).unwrap().collect();
    assert_eq!(files.len(), 1, "no temporary file left beside it");

    // The healthy ones still save.
    store.save_couple(&a).unwrap();
}

#[test]
fn couples_round_trip_with_any_names() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let long = "ש".repeat(10_000);
    let c = couple(&store, "Zoë \"Z\" 👩‍🦰\nMartin", &long);
    assert!(is_valid_couple_id(&c.id.0));
    assert_eq!(store.load_couple(&c.id).unwrap(), c);

    let mut changed = c.clone();
    changed.next_session = Some(date(2026, 12, 6));
    store.save_couple(&changed).unwrap();
    assert_eq!(store.load_couple(&c.id).unwrap(), changed);

    // A couple file copied into another couple's folder is not taken for that couple.
    let other = store.couple_dir(&id("c-20261122-200301-0000"));
    fs::create_dir_all(&other).unwrap();
    fs::copy(store.couple_path(&c.id), other.join("couple.ron")).unwrap();
    let problem = store
        .load_couple(&id("c-20261122-200301-0000"))
        .unwrap_err();
    assert!(
        problem.message.contains("belongs to the couple"),
        "{problem}"
    );

    // Ids that are not safe folder names are refused.
    for bad in ["../escape", "", "a/b", "CON", "c-ok-but-🙂"] {
        assert!(!is_valid_couple_id(bad), "{bad}");
        let mut evil = c.clone();
        evil.id = id(bad);
        assert!(matches!(
            store.save_couple(&evil),
            Err(StoreError::InvalidCoupleId { .. })
        ));
        assert!(store.load_couple(&id(bad)).is_err());
    }
    assert!(!dir.path().join("escape").exists());
}

#[test]
fn new_couple_ids_are_opaque_and_unique() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let now = date(2026, 11, 22).and_hms_opt(20, 3, 1).unwrap();
    let mut seen = std::collections::HashSet::new();
    for i in 0..300 {
        let new = store.new_couple_id(now);
        assert!(new.0.starts_with("c-20261122-200301-"), "{new}");
        assert!(is_valid_couple_id(&new.0), "{new}");
        assert!(seen.insert(new.clone()), "{new} was given twice");
        store
            .save_couple(&Couple::new(
                new,
                &format!("🙂{i}"),
                "مرحبا",
                date(2026, 11, 22),
            ))
            .unwrap();
    }
    assert_eq!(store.couples().couples.len(), 300);
    let short = seen
        .iter()
        .filter(|id| id.0.len() == "c-20261122-200301-3f9a".len())
        .count();
    assert!(short > 250, "most ids keep the short form ({short})");
}

#[test]
fn listing_finds_session_files_by_name_in_order() {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let couples = [
        couple(&store, "Emma", "Sophie"),
        couple(&store, "Jonas", "Mia"),
        couple(&store, "Ravi", "Noor"),
    ];
    let plans: [&[(u32, NaiveDate)]; 3] = [
        &[
            (2, date(2026, 11, 8)),
            (10, date(2027, 2, 1)),
            (1, date(2026, 11, 1)),
        ],
        &[],
        &[(1, date(2025, 12, 31))],
    ];
    for (c, plan) in couples.iter().zip(plans) {
        for &(n, d) in plan {
            store
                .write_journal(&c.id, n, d, &realistic_entries(&c.id))
                .unwrap();
        }
    }
    // Not session files: ignored. A journal with a wrong name: a problem.
    let sessions = store.sessions_dir(&couples[0].id);
    fs::write(sessions.join("0002-2026-11-08.journal.torn"), "x").unwrap();
    fs::write(sessions.join("notes.txt"), "x").unwrap();
    fs::write(sessions.join(".0003-2026-11-22.journal.tmp"), "x").unwrap();
    // A journal that is damaged inside is still listed: journals are not read here.
    fs::write(sessions.join("0003-2026-11-22.journal"), b"\x00\x01").unwrap();
    fs::write(sessions.join("session three.journal"), "x").unwrap();

    let listing = store.couples();
    assert_eq!(listing.couples.len(), 3);
    assert_eq!(listing.problems.len(), 1);
    assert!(listing.problems[0].path.ends_with("session three.journal"));
    assert!(
        listing.problems[0]
            .message
            .contains("does not follow the pattern")
    );

    let by_id = |c: &Couple| {
        listing
            .couples
            .iter()
            .find(|s| s.couple.id == c.id)
            .unwrap()
    };
    let found: Vec<_> = by_id(&couples[0])
        .sessions
        .iter()
        .map(|s| (s.number, s.date))
        .collect();
    assert_eq!(
        found,
        vec![
            (1, date(2026, 11, 1)),
            (2, date(2026, 11, 8)),
            (3, date(2026, 11, 22)),
            (10, date(2027, 2, 1)),
        ]
    );
    for s in &by_id(&couples[0]).sessions {
        assert_eq!(s.path, store.journal_path(&couples[0].id, s.number, s.date));
    }
    assert_eq!(by_id(&couples[0]).next_session_number(), 11);
    assert!(by_id(&couples[1]).sessions.is_empty());
    assert_eq!(by_id(&couples[1]).next_session_number(), 1);
    assert_eq!(
        by_id(&couples[2]).last_session().unwrap().date,
        date(2025, 12, 31)
    );
    assert_eq!(by_id(&couples[2]).couple, couples[2]);
}

#[test]
fn unreadable_files_are_problems_in_plain_words() {
    #[derive(Debug, serde::Deserialize)]
    struct Settings {
        #[allow(dead_code)]
        schema: u32,
    }
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("settings.ron");
    let read = |bytes: &[u8]| {
        fs::write(&path, bytes).unwrap();
        let result = read_ron::<Settings>(&path);
        assert_eq!(
            fs::read(&path).unwrap(),
            bytes,
            "reading never changes a file"
        );
        result
    };
    assert_eq!(read(b"").unwrap_err().message, "the file is empty");
    assert_eq!(read(b"  \n\t\n").unwrap_err().message, "the file is empty");
    assert!(
        read(b"\x7fELF\x02\x01\x01\x00\x00\x00")
            .unwrap_err()
            .message
            .contains("binary data")
    );
    let not_utf8 = read(b"(\n  schema: 1, // caf\xe9\n)").unwrap_err();
    assert_eq!(not_utf8.position, Some((2, 20)));
    assert!(not_utf8.message.contains("not UTF-8"), "{not_utf8}");
    let trailing = read(b"(schema: 1)\n(schema: 2)").unwrap_err();
    assert!(trailing.position.is_some(), "{trailing}");
    let wrong_type = read(b"(schema: \"one\")").unwrap_err();
    assert_eq!(wrong_type.position.map(|p| p.0), Some(1));
    // A byte-order mark from a Windows editor is fine.
    assert_eq!(read("\u{feff}(schema: 1)".as_bytes()).unwrap().schema, 1);

    let huge = dir.path().join("huge.ron");
    fs::File::create(&huge)
        .unwrap()
        .set_len(MAX_RON_BYTES + 1)
        .unwrap();
    assert!(
        read_ron::<Settings>(&huge)
            .unwrap_err()
            .message
            .contains("larger than 16 MB")
    );
    assert_eq!(
        read_ron::<Settings>(&dir.path().join("nope.ron"))
            .unwrap_err()
            .message,
        "the file does not exist"
    );
    assert!(
        read_ron::<Settings>(dir.path())
            .unwrap_err()
            .message
            .starts_with("it is a folder, not a file;")
    );
    // A file that was never Groundwork's (binary, random bytes) never panics.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..200 {
        let bytes: Vec<u8> = (0..64)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect();
        assert!(read(&bytes).is_err());
    }
}

#[test]
fn a_failed_write_leaves_the_previous_file_intact() {
    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Settings {
        schema: u32,
        practice: String,
    }
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let path = store.settings_path();
    let old = Settings {
        schema: 1,
        practice: "Praxis Süd 🌿".to_owned(),
    };
    write_ron(&path, &old).unwrap();
    let before = fs::read(&path).unwrap();

    let err = write_atomic_with(&path, |w| {
        w.write_all(b"(schema: 1, practice: \"half")?;
        Err(io::Error::from(io::ErrorKind::StorageFull))
    })
    .unwrap_err();
    assert!(err.is_disk_full());
    assert_eq!(
        err.to_string(),
        format!(
            "The disk is full, so {} could not be saved; free some space on the disk, then try again (everything saved before is safe).",
            path.display()
        )
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(read_ron::<Settings>(&path).unwrap(), old);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(
        !names.iter().any(|n| n.ends_with(".tmp")),
        "temporary file removed: {names:?}"
    );

    let new = Settings {
        schema: 1,
        practice: "new".to_owned(),
    };
    write_ron(&path, &new).unwrap();
    assert_eq!(read_ron::<Settings>(&path).unwrap(), new);
}

#[cfg(unix)]
#[test]
fn files_are_private_to_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("deep/Groundwork data");
    let store = Store::open(&root).unwrap();
    let c = couple(&store, "Emma", "Sophie");
    let mut journal = store.create_journal(&c.id, 1, date(2026, 11, 22)).unwrap();
    journal.append(&realistic_entries(&c.id)[..2]).unwrap();
    let path = journal.path().to_owned();
    fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(b"(wa")
        .unwrap();
    let torn = reopen_journal(&path).unwrap().torn_saved_to.unwrap();
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Settings {
        schema: u32,
    }
    write_ron(&store.settings_path(), &Settings { schema: 1 }).unwrap();
    let exports = store.create_exports_dir(&c.id).unwrap();
    let written = store
        .write_journal(&c.id, 2, date(2026, 11, 29), &[])
        .unwrap();

    for d in [
        dir.path().join("deep"),
        root.clone(),
        store.couples_dir(),
        store.templates_dir(),
        store.couple_dir(&c.id),
        store.sessions_dir(&c.id),
        exports,
    ] {
        assert_eq!(mode(&d), 0o700, "{}", d.display());
    }
    for f in [
        store.couple_path(&c.id),
        path,
        torn,
        store.settings_path(),
        written,
    ] {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
}

// ---- Crash while appending -------------------------------------------------------------------

const CHILD_DIR: &str = "GW_CHILD_DIR";
const CHILD_COUPLE: &str = "c-20261122-200301-dead";
const CHILD_MAX_APPENDS: usize = 3_000;
const CONFIRMED: &str = "gw-confirmed ";

fn child_entry(i: usize) -> Entry {
    at(
        i as Ms * 250,
        Event::QuickNote {
            text: format!("note {i}: {}", "Emma \"said\" 😔 שלום\n".repeat(i % 7 + 1)),
        },
    )
}

/// Runs only as the child of `a_killed_writer_loses_no_confirmed_entry`: appends one synced
/// entry at a time and says so on stdout after each append returns.
#[test]
fn child_writer() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let store = Store::open(Path::new(&dir)).unwrap();
    let mut journal = store
        .create_journal(&id(CHILD_COUPLE), 1, date(2026, 11, 22))
        .unwrap();
    let started = Instant::now();
    let stdout = io::stdout();
    for i in 0..CHILD_MAX_APPENDS {
        if started.elapsed() > Duration::from_secs(60) {
            break;
        }
        journal.append(&[child_entry(i)]).unwrap();
        let mut out = stdout.lock();
        // A line of its own: the test harness may have printed "test child_writer ... " before.
        writeln!(out, "\n{CONFIRMED}{i}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn a_killed_writer_loses_no_confirmed_entry() {
    for kill_after in [5, 37, 120] {
        let dir = TempDir::new().unwrap();
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "child_writer", "--nocapture", "--test-threads=1"])
            .env(CHILD_DIR, dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(n) = line.trim().strip_prefix(CONFIRMED)
                    && tx.send(n.parse::<usize>().unwrap()).is_err()
                {
                    break;
                }
            }
        });

        let deadline = Instant::now() + Duration::from_secs(60);
        let mut confirmed = 0;
        while confirmed < kill_after {
            match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(n) => {
                    assert_eq!(n, confirmed);
                    confirmed += 1;
                }
                Err(err) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("the child stopped after {confirmed} appends ({err})");
                }
            }
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        // Confirmations already on their way before the kill count too.
        while let Ok(n) = rx.recv_timeout(Duration::from_secs(10)) {
            assert_eq!(n, confirmed);
            confirmed += 1;
        }
        reader.join().unwrap();

        let store = Store::open(dir.path()).unwrap();
        let path = store.journal_path(&id(CHILD_COUPLE), 1, date(2026, 11, 22));
        let read = read_journal(&path).unwrap_or_else(|p| panic!("after a kill: {p}"));
        assert!(
            read.entries.len() >= confirmed,
            "killed after {kill_after}: {} confirmed, {} on disk",
            confirmed,
            read.entries.len()
        );
        assert!(
            read.entries.len() <= confirmed + 1,
            "at most the unconfirmed append in flight"
        );
        for (i, entry) in read.entries.iter().enumerate() {
            assert_eq!(*entry, child_entry(i), "entry {i} in order and intact");
        }
        // And the session carries on.
        let mut reopened = reopen_journal(&path).unwrap().journal;
        let next = read.entries.len();
        reopened.append(&[child_entry(next)]).unwrap();
        assert_eq!(read_journal(&path).unwrap().entries.len(), next + 1);
    }
}
