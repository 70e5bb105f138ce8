//! Budget: both PDFs for a 3-hour session with 1,000 events (and 20,000 characters of notes)
//! in under 200 ms together, and a homework sheet under 100 KB.
//!
//! `cargo run --release --example pdf_budget`

use std::sync::Arc;
use std::time::Instant;

use chrono::{FixedOffset, TimeZone};
use groundwork::model::*;
use groundwork::pdf::{Letterhead, homework::homework_sheet, notes::session_notes};
use groundwork::session::{
    Command, FakeClock, SessionClock, SessionState, apply, begin, session_start,
};

fn main() {
    let wall = FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .unwrap();
    let clock = FakeClock::new(wall);
    let session = SessionClock::start(Arc::new(clock.clone()));
    let couple = Couple::new(CoupleId("c-1".into()), "Sophie", "Emma", wall.date_naive());
    let set = groundwork::store::templates::load(None);
    let template = set.by_id("speaker-listener").expect("shipped template");
    let info = session_start(&couple, 7, template, NoteFormat::Dap, wall.date_naive());
    let dialogue = info
        .phases
        .iter()
        .position(|p| matches!(p.kind, PhaseKind::SpeakerListener { .. }))
        .unwrap();
    let (mut state, mut entries) = begin(info, session.now());
    let run = |state: &mut SessionState, entries: &mut Vec<Entry>, c: Command| {
        if let Ok(e) = apply(state, &c, session.now()) {
            entries.extend(e);
        }
    };
    run(
        &mut state,
        &mut entries,
        Command::AgreeAllRules { side: Side::A },
    );
    run(
        &mut state,
        &mut entries,
        Command::AgreeAllRules { side: Side::B },
    );
    run(&mut state, &mut entries, Command::GoToPhase(dialogue));
    let mut i = 0;
    while entries.len() < 996 {
        clock.advance(14 * SECOND);
        let c = match i % 31 {
            7 => Command::QuickNote(format!("moment {i}: a softer tone")),
            13 => Command::CallTimeout {
                by: Caller::Partner(Side::B),
                reason: TimeoutReason::Flooding,
                length_ms: Some(60_000),
            },
            14 => Command::EndTimeout,
            _ => Command::Advance,
        };
        run(&mut state, &mut entries, c);
        i += 1;
    }
    for k in 0..4 {
        run(
            &mut state,
            &mut entries,
            Command::AddAgreement(AgreementTerms {
                who: Owner::Both,
                behaviour: format!("We will keep agreement number {k}, kindly and on time"),
                when: Frequency::Weekdays(vec![chrono::Weekday::Mon, chrono::Weekday::Thu]),
                anchor: "after dinner".into(),
                evidence: "both of us tick the sheet".into(),
                review_on: None,
            }),
        );
    }
    let para = "Sophie described the week as calmer; Emma kept the agreement to share when her ex got in touch. ";
    run(
        &mut state,
        &mut entries,
        Command::SetNote {
            section: "Data".into(),
            text: para.repeat(150).chars().take(14_000).collect(),
        },
    );
    run(
        &mut state,
        &mut entries,
        Command::SetNote {
            section: "Plan".into(),
            text: para.repeat(70).chars().take(6_000).collect(),
        },
    );
    run(
        &mut state,
        &mut entries,
        Command::SetNextSession(wall.date_naive().checked_add_days(chrono::Days::new(7))),
    );
    run(&mut state, &mut entries, Command::End);
    println!(
        "session: {} events, {} characters of notes, {}",
        entries.len(),
        state.notes.chars(),
        human_duration(state.elapsed_ms(state.last.at))
    );

    let letterhead = Letterhead {
        practice: "Open Door Couples Practice".into(),
        therapist: "Dr. Ana María Søndergaard".into(),
        paper: Paper::A4,
    };
    let mut times = Vec::new();
    let (mut notes_pages, mut sheet_bytes) = (0, 0);
    for _ in 0..20 {
        let started = Instant::now();
        let notes = session_notes(&entries, &letterhead).expect("notes");
        let sheet = homework_sheet(&SessionState::from_entries(&entries).unwrap(), &letterhead)
            .expect("sheet");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        notes_pages = notes.pages;
        sheet_bytes = sheet.bytes.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "both PDFs (notes: {notes_pages} pages), 20 runs: min {:.1} ms  median {:.1} ms  max {:.1} ms  (budget 200 ms)",
        times[0], times[10], times[19]
    );
    println!(
        "homework sheet: {:.1} KB (budget 100 KB)",
        sheet_bytes as f64 / 1024.0
    );
}
