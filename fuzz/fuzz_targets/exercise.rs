//! What the fuzz targets do with their input, shared with `tests/fuzz_regressions.rs` so every
//! input the fuzzer ever found a crash with is run again by `cargo test`.

// Each fuzz target uses one of the two.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use groundwork::model::{Couple, CoupleId, NoteFormat, Side};
use groundwork::session::{
    self, Clock, Command, FakeClock, SessionClock, SessionState, record_into, session_start,
};
use groundwork::store::{parse_journal, templates};

/// Any bytes as a session journal: reading them never panics, and whatever reads as a session
/// can be folded, timed, recorded into the couple and asked what the screens ask.
pub fn journal(bytes: &[u8]) {
    let Ok(read) = parse_journal(Path::new("fuzz.ron"), bytes) else {
        return;
    };
    let Ok(mut state) = SessionState::from_entries(&read.entries) else {
        return;
    };
    // What the console and the couple display ask of a session at any moment.
    let last = read.entries.last().map_or(0, |e| e.at);
    for now in [
        0,
        last,
        last.saturating_add(1),
        last.saturating_add(3_600_000),
        u64::MAX,
    ] {
        let _ = state.timer(now);
        let _ = state.elapsed_ms(now);
        for side in [Side::A, Side::B] {
            let _ = state.talk_ms(side, now);
            let _ = state.paraphrase_ms(side, now);
            let _ = state.turns(side);
        }
        for i in 0..state.info.phases.len().min(64) {
            let _ = state.phase_actual_ms(i, now);
        }
    }
    let _ = state.current_phase();
    let _ = state.next_deadline();
    if let Some(stamp) = read.entries.last().map(|e| e.stamp()) {
        let _ = session::tick(&mut state, stamp);
    }
    let mut couple = couple(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    record_into(&state, &mut couple, "0001-2026-01-01.journal", None);
}

/// Any text as a user template: parsing never panics, and a template that parses can run a
/// session from its first phase to its last without the engine panicking.
pub fn template(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(template) = templates::parse(Path::new("fuzz.ron"), text) else {
        return;
    };
    let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let couple = couple(date);
    let info = session_start(&couple, 1, &template, NoteFormat::Dap, date);
    let wall = chrono::DateTime::parse_from_rfc3339("2026-01-01T10:00:00+01:00").unwrap();
    let fake = Arc::new(FakeClock::new(wall));
    let clock = SessionClock::start(fake.clone() as Arc<dyn Clock>);
    let (mut state, _) = session::begin(info, clock.now());
    // Walk every phase, pressing the one key a few times in each, with time passing.
    for phase in 0..template.phases.len().min(32) {
        let _ = session::apply(&mut state, &Command::GoToPhase(phase), clock.now());
        for _ in 0..4 {
            fake.advance(61_000);
            let _ = session::tick(&mut state, clock.now());
            let _ = session::apply(&mut state, &Command::Advance, clock.now());
            let _ = state.timer(clock.now().at);
        }
    }
    let _ = session::apply(&mut state, &Command::End, clock.now());
}

fn couple(date: chrono::NaiveDate) -> Couple {
    Couple::new(CoupleId("fuzz".to_owned()), "A", "B", date)
}

/// Any text in every place a person types (names, rules, an agreement, notes, the letterhead),
/// cleaned as the app cleans it, then both documents printed: wrapping, right-to-left ordering
/// and glyph measuring never panic, whatever the characters.
pub fn documents(bytes: &[u8]) {
    use groundwork::model::{AgreementTerms, Frequency, Owner, Paper, clean_name};
    use groundwork::pdf::notes::{NotesOptions, session_notes};
    use groundwork::pdf::{Letterhead, homework::homework_sheet};

    let text = String::from_utf8_lossy(bytes);
    let mut parts = text.split('|');
    let mut next = || parts.next().unwrap_or("").to_owned();
    let name = |raw: String, other: &str| clean_name(&raw, "a name").unwrap_or(other.to_owned());
    let (a, b) = (name(next(), "A"), name(next(), "B"));
    let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let couple = Couple::new(CoupleId("fuzz".to_owned()), &a, &b, date);
    let set = templates::load(None);
    let template = set.by_id("speaker-listener").unwrap();
    let info = session_start(&couple, 1, template, NoteFormat::Dap, date);
    let wall = chrono::DateTime::parse_from_rfc3339("2026-01-01T10:00:00+01:00").unwrap();
    let fake = Arc::new(FakeClock::new(wall));
    let clock = SessionClock::start(fake.clone() as Arc<dyn Clock>);
    let (mut state, mut entries) = session::begin(info, clock.now());
    let commands = [
        Command::AddRule { text: next() },
        Command::AddAgreement(AgreementTerms {
            who: Owner::Both,
            behaviour: next(),
            when: Frequency::Daily,
            anchor: next(),
            evidence: next(),
            review_on: None,
        }),
        Command::SetTopic(next()),
        Command::QuickNote(next()),
        Command::SetNote {
            section: "Data".to_owned(),
            text: next(),
        },
    ];
    for command in &commands {
        fake.advance(1_000);
        if let Ok(done) = session::apply(&mut state, command, clock.now()) {
            entries.extend(done);
        }
    }
    let letterhead = Letterhead {
        practice: next(),
        therapist: next(),
        paper: Paper::A4,
        printed_at: wall,
        credentials: next(),
        contact: next(),
        safety_line: next(),
        // Any of the languages, from the input.
        lang: groundwork::model::Lang::ALL.get(next().len() % 5).copied(),
        therapist_lang: groundwork::model::Lang::ALL[next().len() % 4],
    };
    // The journal read back prints as the session in memory does.
    let replayed = SessionState::from_entries(&entries).expect("the journal reads back");
    let notes = session_notes(&replayed, &letterhead, NotesOptions { timeline: true })
        .expect("the notes print");
    assert!(notes.pages >= 1);
    let sheet = homework_sheet(&state, &letterhead).expect("the homework sheet prints");
    assert!(sheet.pages >= 1);
}
