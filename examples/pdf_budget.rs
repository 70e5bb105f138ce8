//! Budget: both PDFs for a 3-hour session with 1,000 events (and 20,000 characters of notes)
//! in under 200 ms together, and a homework sheet under 100 KB; with a Chinese and a Hindi
//! name and Chinese agreements (this computer's Noto fonts embedded as subsets), the sheet
//! under 300 KB.
//!
//! `cargo run --release --example pdf_budget`

use std::time::Instant;

use groundwork::model::{AgreementTerms, Frequency, Owner, Paper, human_duration};
use groundwork::pdf::notes::{NotesOptions, session_notes};
use groundwork::pdf::{Letterhead, homework::homework_sheet};
use groundwork::session::Command;

fn main() -> Result<(), String> {
    let latin = |k: usize| format!("We will keep agreement number {k}, kindly and on time");
    measure("Sophie", "Emma", &latin)?;
    println!();
    let chinese = |k: usize| format!("我们每天晚饭后一起散步二十分钟，不看手机（第{k}条）");
    measure("王芳", "प्रिया", &chinese)
}

fn measure(a: &str, b: &str, agreement: &dyn Fn(usize) -> String) -> Result<(), String> {
    let mut sim = groundwork::demo::long_session(a, b, 996)?;
    for k in 0..4 {
        sim.run(Command::AddAgreement(AgreementTerms {
            who: Owner::Both,
            behaviour: agreement(k),
            when: Frequency::Weekdays(vec![chrono::Weekday::Mon, chrono::Weekday::Thu]),
            anchor: "after dinner".into(),
            evidence: "both of us tick the sheet".into(),
            review_on: None,
        }))?;
    }
    let para = "Sophie described the week as calmer; Emma kept the agreement to share when her ex got in touch. ";
    let data: String = para.repeat(150).chars().take(14_000).collect();
    let plan: String = para.repeat(70).chars().take(6_000).collect();
    sim.run(Command::SetNote {
        section: "Data".into(),
        text: data,
    })?;
    sim.run(Command::SetNote {
        section: "Plan".into(),
        text: plan,
    })?;
    let next = sim.state.date().checked_add_days(chrono::Days::new(7));
    sim.run(Command::SetNextSession(next))?;
    sim.run(Command::End)?;
    let (state, entries) = (&sim.state, &sim.entries);
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
        printed_at: chrono::Local::now().fixed_offset(),
        ..Letterhead::blank()
    };
    let mut times = Vec::new();
    let (mut notes_pages, mut sheet_bytes) = (0, 0);
    let mut missing = Vec::new();
    for run in 0..21 {
        let started = Instant::now();
        // The fullest notes: with the timeline appendix.
        let notes =
            session_notes(state, &letterhead, NotesOptions { timeline: true }).expect("notes");
        let sheet = homework_sheet(state, &letterhead).expect("sheet");
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        if run == 0 {
            // The first in the process also finds and reads this computer's fonts if the
            // names need them.
            println!("{a} & {b}: first export in the process {ms:.1} ms");
            continue;
        }
        times.push(ms);
        notes_pages = notes.pages;
        sheet_bytes = sheet.bytes.len();
        missing = notes.missing;
    }
    times.sort_by(f64::total_cmp);
    println!(
        "both PDFs (notes: {notes_pages} pages), 20 runs: min {:.1} ms  median {:.1} ms  max {:.1} ms  (budget 200 ms)",
        times[0], times[10], times[19]
    );
    println!(
        "homework sheet: {:.1} KB (budget 100 KB; 300 KB with a CJK subset)",
        sheet_bytes as f64 / 1024.0
    );
    if !missing.is_empty() {
        println!("printed as a box: {missing:?}");
    }
    Ok(())
}
