//! Writes a sample homework sheet to look at:
//!
//! ```sh
//! cargo run --example homework_sample -- /tmp/sheet.pdf [--letter] [--long | --full] [--no-next | --fortnight]
//! ```
//!
//! `--full` is the fullest sheet that must fit one page: four agreements and eight home rules.
//!
//! ```sh
//! pdftoppm -r 80 -png /tmp/sheet.pdf /tmp/sheet
//! ```

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Weekday};
use groundwork::model::{
    AgreementTerms, Couple, CoupleId, Frequency, NoteFormat, Owner, Paper, Side, Stamp,
};
use groundwork::pdf::Letterhead;
use groundwork::pdf::homework::homework_sheet;
use groundwork::session::{Command, SessionState, apply, begin, session_start};
use groundwork::store::templates;

fn stamp(minutes: u64) -> Stamp {
    let wall = FixedOffset::east_opt(0)
        .and_then(|z| z.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).single())
        .expect("a valid date");
    Stamp {
        wall: wall + Duration::minutes(minutes as i64),
        at: minutes * 60_000,
    }
}

fn terms(
    who: Owner,
    behaviour: &str,
    when: Frequency,
    anchor: &str,
    evidence: &str,
) -> AgreementTerms {
    AgreementTerms {
        who,
        behaviour: behaviour.to_owned(),
        when,
        anchor: anchor.to_owned(),
        evidence: evidence.to_owned(),
        review_on: None,
    }
}

fn sample(long: bool, full: bool, next: Option<i64>) -> Result<SessionState, String> {
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).ok_or("bad date");
    let couple = Couple::new(CoupleId("sample".to_owned()), "Zoë", "Дмитрий", day(1)?);
    let set = templates::load(None);
    let template = set
        .by_id("speaker-listener")
        .ok_or("the speaker-listener template is missing")?;
    let info = session_start(&couple, 4, template, NoteFormat::Free, day(23)?);
    let (mut state, _) = begin(info, stamp(0));
    let mut commands = Vec::new();
    if full {
        commands.push(Command::AddRule {
            text: "We talk to each other before talking to anyone else about us.".to_owned(),
        });
    }
    commands.extend([
        Command::AgreeAllRules { side: Side::A },
        Command::AgreeAllRules { side: Side::B },
        Command::AddAgreement(terms(
            Owner::A,
            "I will share my work schedule every morning, so Дмитрий knows when I am home",
            Frequency::Daily,
            "after breakfast",
            "Дмитрий knows when to expect me",
        )),
        Command::AddAgreement(terms(
            Owner::B,
            "I will plan one evening out for us 🎉",
            Frequency::Weekdays(vec![Weekday::Mon, Weekday::Thu]),
            "",
            "we have been out together",
        )),
        Command::AddAgreement(terms(
            Owner::Both,
            "We sit together for a weekly check-in",
            Frequency::Weekly(Some(Weekday::Sun)),
            "after dinner",
            "",
        )),
    ]);
    if full {
        commands.push(Command::AddAgreement(terms(
            Owner::Both,
            "We will each say one thing we appreciated about the other that day",
            Frequency::Daily,
            "at bedtime",
            "we both tick the box",
        )));
    }
    if long {
        for i in 0..27 {
            commands.push(Command::AddAgreement(terms(
                Owner::Both,
                &format!("Extra agreement {} to see the pages break", i + 1),
                Frequency::Weekdays(vec![Weekday::Tue, Weekday::Fri]),
                "before bed",
                "we both remember it",
            )));
        }
    }
    commands.extend([
        Command::SetNote {
            section: "Notes".to_owned(),
            text: "PRIVATE NOTE".to_owned(),
        },
        Command::SetNextSession(
            next.map(|days| day(23).map(|d| d + Duration::days(days)))
                .transpose()?,
        ),
        Command::End,
    ]);
    for (i, command) in commands.iter().enumerate() {
        apply(&mut state, command, stamp(i as u64 + 1)).map_err(|e| e.to_string())?;
    }
    Ok(state)
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "/tmp/sheet.pdf".to_owned());
    let flag = |f: &str| args.iter().any(|a| a == f);
    let paper = if flag("--letter") {
        Paper::Letter
    } else {
        Paper::A4
    };
    let next = if flag("--no-next") {
        None
    } else if flag("--fortnight") {
        Some(14)
    } else {
        Some(7)
    };
    let state = sample(flag("--long"), flag("--full"), next)?;
    let letterhead = Letterhead {
        practice: "Harbour Couples Practice".to_owned(),
        therapist: "Dr Ana María Ortiz".to_owned(),
        paper,
        printed_at: chrono::Local::now().fixed_offset(),
        ..Letterhead::blank()
    };
    let doc = homework_sheet(&state, &letterhead)?;
    std::fs::write(&out, &doc.bytes).map_err(|e| format!("{out}: {e}"))?;
    println!(
        "{out}: {} page(s), {} bytes, {} character(s) replaced",
        doc.pages,
        doc.bytes.len(),
        doc.replaced
    );
    Ok(())
}
