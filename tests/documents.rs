//! The documents as files a clinic can archive (issue 14, part 5): a title naming the couple,
//! the session and the document; the therapist as author; Groundwork as creator; the export's
//! own date; the language set; no bogus PDF/X key.

mod common;

use std::sync::Arc;

use chrono::{FixedOffset, TimeZone};
use groundwork::model::{NoteFormat, Settings};
use groundwork::pdf::DocumentKind;
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};
use lopdf::Object;

/// A PDF text string: UTF-16 with its byte-order mark, or plain bytes.
fn text(object: &Object) -> String {
    let Object::String(bytes, _) = object else {
        panic!("not a string: {object:?}")
    };
    match bytes.strip_prefix(&[0xfe, 0xff]) {
        Some(utf16) => String::from_utf16(
            &utf16
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect::<Vec<_>>(),
        )
        .unwrap(),
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

#[test]
fn each_pdf_says_what_it_is_who_made_it_and_when() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FakeClock::new(
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 24, 10, 0, 0)
            .unwrap(),
    ));
    let mut p = Practice::open(dir.path(), clock.clone()).unwrap();
    p.save_settings(Settings {
        therapist_name: "Dr Ana María Ortiz".into(),
        ..Settings::default()
    })
    .unwrap();
    let id = p.create_couple("Sophie", "Emma").unwrap();
    p.start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    p.execute(&Command::End).unwrap();
    let journal = p.live().unwrap().path().to_owned();
    p.close_session();
    // Printed two days later: the file's date is the printing's, not the session's.
    clock.advance(2 * 24 * 3_600_000 + 30 * 60_000);

    for (kind, name) in [
        (DocumentKind::Notes, "Session notes"),
        (DocumentKind::Homework, "Homework sheet"),
    ] {
        let out = dir.path().join(format!("{name}.pdf"));
        p.export_to(kind, &journal, &out, false).unwrap();
        let doc = lopdf::Document::load(&out).unwrap();
        let info = doc
            .trailer
            .get(b"Info")
            .and_then(Object::as_reference)
            .and_then(|r| doc.get_dictionary(r))
            .unwrap();
        assert_eq!(
            text(info.get(b"Title").unwrap()),
            format!("{name} — Sophie & Emma, session 1")
        );
        assert_eq!(text(info.get(b"Author").unwrap()), "Dr Ana María Ortiz");
        for key in [&b"Creator"[..], b"Producer"] {
            assert!(text(info.get(key).unwrap()).starts_with("Groundwork "));
        }
        // Printed on 26 November at 10:30, in the therapist's own time zone.
        let created = text(info.get(b"CreationDate").unwrap());
        assert_eq!(created, "D:20261126103000+01'00'");
        assert_eq!(text(info.get(b"ModDate").unwrap()), created);
        assert!(
            info.get(b"GTS_PDFXVersion").is_err(),
            "not claimed to be PDF/X"
        );
        let catalog = doc.catalog().unwrap();
        assert_eq!(text(catalog.get(b"Lang").unwrap()), "en");

        // PDF/A-2b: a 1.7 header with its binary comment, XMP that says so and matches the
        // Info dictionary, and an sRGB output intent.
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(b"%PDF-1.7\n%"), "header");
        assert!(bytes[10..14].iter().all(|b| *b > 127), "binary comment");
        let xmp = doc
            .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
            .unwrap()
            .as_stream()
            .unwrap();
        assert!(xmp.dict.get(b"Filter").is_err(), "metadata left readable");
        let xmp = String::from_utf8(xmp.content.clone()).unwrap();
        for part in [
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfaid:conformance>B</pdfaid:conformance>",
            &format!(
                "<rdf:li xml:lang=\"x-default\">{name} — Sophie &amp; Emma, session 1</rdf:li>"
            ),
            "<rdf:li>Dr Ana María Ortiz</rdf:li>",
            "<xmp:CreateDate>2026-11-26T10:30:00+01:00</xmp:CreateDate>",
            "<xmp:CreatorTool>Groundwork ",
            "<pdf:Producer>Groundwork ",
        ] {
            assert!(xmp.contains(part), "{part} in {xmp}");
        }
        let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
        let intent = intents[0].as_dict().unwrap();
        assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFA1");
        let profile = doc
            .get_object(
                intent
                    .get(b"DestinationOutputProfile")
                    .unwrap()
                    .as_reference()
                    .unwrap(),
            )
            .unwrap()
            .as_stream()
            .unwrap();
        assert_eq!(profile.dict.get(b"N").unwrap().as_i64().unwrap(), 3);
        assert_eq!(&profile.content[36..40], b"acsp", "an ICC profile");
        assert!(doc.trailer.get(b"ID").is_ok(), "a file identifier");
    }
}

fn pages_text(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let n = doc.get_pages().len() as u32;
    (1..=n)
        .map(|p| {
            doc.extract_text(&[p])
                .unwrap()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect()
        })
        .collect()
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn practice_at(dir: &std::path::Path) -> (Practice, Arc<FakeClock>) {
    let clock = Arc::new(FakeClock::new(
        FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
            .unwrap(),
    ));
    let mut p = Practice::open(dir, clock.clone()).unwrap();
    p.save_settings(Settings {
        therapist_name: "Dr Ana María Ortiz".into(),
        practice_name: "Harbour Couples Practice".into(),
        contact: "020 7946 0000".into(),
        safety_line: "If either of you feels unsafe, call 999 or the National Domestic Abuse Helpline on 0808 2000 247.".into(),
        ..Settings::default()
    })
    .unwrap();
    (p, clock)
}

/// Four agreements as a therapist writes them: two for one partner, two for both.
fn agreements(n: usize) -> Vec<groundwork::model::AgreementTerms> {
    use chrono::Weekday;
    use groundwork::model::{AgreementTerms, Frequency, Owner};
    let base = [
        (
            Owner::A,
            "I will share my work schedule every morning, so Emma knows when I am home",
            Frequency::Daily,
            "after breakfast",
            "Emma knows when to expect me",
        ),
        (
            Owner::B,
            "I will plan one evening out for us",
            Frequency::Weekdays(vec![Weekday::Mon, Weekday::Thu]),
            "",
            "we have been out together",
        ),
        (
            Owner::Both,
            "We sit together for a weekly check-in",
            Frequency::Weekly(Some(Weekday::Sun)),
            "after dinner",
            "",
        ),
        (
            Owner::Both,
            "We will each say one thing we appreciated about the other that day",
            Frequency::Daily,
            "at bedtime",
            "we both tick the box",
        ),
    ];
    (0..n)
        .map(|i| {
            let (who, behaviour, when, anchor, evidence) = base[i % 4].clone();
            AgreementTerms {
                who,
                behaviour: if i < 4 {
                    behaviour.to_owned()
                } else {
                    format!("Agreement {}: one more small step we take", i + 1)
                },
                when,
                anchor: anchor.to_owned(),
                evidence: evidence.to_owned(),
                review_on: None,
            }
        })
        .collect()
}

/// A session with `n` agreements and the speaker–listener rules plus one of the couple's own:
/// eight kept at home, one for the therapy room only. Returns its journal.
fn sheet_session(p: &mut Practice, n: usize) -> std::path::PathBuf {
    use groundwork::model::Side;
    let id = p.create_couple("Sophie", "Emma").unwrap();
    p.start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    p.execute(&Command::AddRule {
        text: "We talk to each other before talking to anyone else about us.".into(),
    })
    .unwrap();
    p.execute(&Command::AgreeAllRules { side: Side::A })
        .unwrap();
    p.execute(&Command::AgreeAllRules { side: Side::B })
        .unwrap();
    for terms in agreements(n) {
        p.execute(&Command::AddAgreement(terms)).unwrap();
    }
    let next = chrono::NaiveDate::from_ymd_opt(2026, 11, 30);
    p.execute(&Command::SetNextSession(next)).unwrap();
    p.execute(&Command::End).unwrap();
    let journal = p.live().unwrap().path().to_owned();
    p.close_session();
    journal
}

#[test]
fn four_agreements_and_eight_home_rules_make_one_page_for_the_fridge() {
    use groundwork::model::Paper;
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = practice_at(dir.path());
    let journal = sheet_session(&mut p, 4);
    for paper in [Paper::A4, Paper::Letter] {
        let out = dir.path().join(format!("sheet-{paper:?}.pdf"));
        let done = p
            .export_on(DocumentKind::Homework, &journal, &out, false, paper)
            .unwrap();
        assert_eq!(done.pages, 1, "{paper:?}");
        let pages = pages_text(&std::fs::read(&out).unwrap());
        assert_eq!(pages.len(), 1);
        let text = &pages[0];
        for terms in agreements(4) {
            assert!(
                text.contains(&squash(&terms.behaviour)),
                "{}",
                terms.behaviour
            );
        }
        let home = [
            "No yelling and no name-calling.",
            "One topic at a time.",
            "We talk to each other before talking to anyone else about us.",
        ];
        for rule in home {
            assert!(text.contains(&squash(rule)), "{rule}");
        }
        assert!(
            !text.contains(&squash("Phones away for the session")),
            "a rule for the therapy room is not a rule for home"
        );
        for line in [
            "Dr Ana María Ortiz",
            "020 7946 0000",
            "National Domestic Abuse Helpline on 0808 2000 247",
            "We agreed to this together",
            "Next session: Monday 30 November",
        ] {
            assert!(text.contains(&squash(line)), "{line:?} in {text}");
        }
    }
}

#[test]
fn more_agreements_than_fit_go_on_in_whole_cards_and_the_signatures_stay_with_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = practice_at(dir.path());
    let journal = sheet_session(&mut p, 9);
    let out = dir.path().join("sheet.pdf");
    let done = p
        .export_to(DocumentKind::Homework, &journal, &out, false)
        .unwrap();
    assert!(done.pages >= 2, "{} pages", done.pages);
    let pages = pages_text(&std::fs::read(&out).unwrap());
    let last = pages.len() - 1;
    let signed: Vec<usize> = (0..pages.len())
        .filter(|&i| pages[i].contains(&squash("We agreed to this together")))
        .collect();
    assert_eq!(signed, vec![last], "signed once, on the last page");
    assert!(
        pages[last].contains(&squash("Agreement 9")),
        "the last agreement is on the page its signatures are"
    );
    for terms in agreements(9) {
        let on: Vec<usize> = (0..pages.len())
            .filter(|&i| pages[i].contains(&squash(&terms.behaviour)))
            .collect();
        assert_eq!(on.len(), 1, "{} is on one page: {on:?}", terms.behaviour);
    }
}

#[test]
fn every_demo_couples_homework_sheet_and_notes_are_one_page_each() {
    use groundwork::model::Paper;
    let clock = Arc::new(FakeClock::new(
        FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
            .unwrap(),
    ));
    let p = Practice::open_demo(clock).unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut sheets = 0;
    let ids: Vec<_> = p.couples().iter().map(|c| c.id.clone()).collect();
    for id in ids {
        let couple = &p.couple(&id).unwrap().couple.clone();
        for session in p.session_history(&couple.id) {
            // An individual session prints no sheet for the couple (tests/safety.rs).
            let papers = if session.alone.is_some() {
                &[][..]
            } else {
                &[Paper::A4, Paper::Letter][..]
            };
            for &paper in papers {
                let file = out
                    .path()
                    .join(format!("{}-{}-{paper:?}.pdf", couple.id.0, session.number));
                let done = p
                    .export_on(DocumentKind::Homework, &session.path, &file, false, paper)
                    .unwrap();
                assert_eq!(
                    done.pages, 1,
                    "{} & {} session {} on {paper:?}",
                    couple.partner_a.name, couple.partner_b.name, session.number
                );
                sheets += 1;
            }
            // The notes of a usual hour read on one page too.
            let file = out
                .path()
                .join(format!("{}-{}-notes.pdf", couple.id.0, session.number));
            let notes = p
                .export_to(DocumentKind::Notes, &session.path, &file, false)
                .unwrap();
            assert_eq!(
                notes.pages, 1,
                "{} & {} session {}: the notes",
                couple.partner_a.name, couple.partner_b.name, session.number
            );
        }
    }
    assert!(sheets >= 40, "{sheets} sheets");
}

/// The therapist writes a phone number and their country's helpline in Settings; the sheet they
/// print at the end of the session carries both, and the rule for the therapy room stays off it.
#[test]
fn the_therapist_puts_a_phone_number_and_a_helpline_on_the_sheet() {
    use common::{click, open, retype, see};
    use egui::accesskit::Role;
    use groundwork::model::Side;
    use groundwork::ui::Action;

    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(common::at(23, 10, 0));
    let mut h = open(dir.path(), &clock);
    click(&mut h, "Settings");
    retype(
        &mut h,
        Role::TextInput,
        "Contact for couples",
        "020 7946 0000",
    );
    let helpline = "If either of you feels unsafe, call 999 or the National Domestic Abuse Helpline on 0808 2000 247.";
    retype(
        &mut h,
        Role::MultilineTextInput,
        "If someone feels unsafe",
        helpline,
    );
    click(&mut h, "Save settings");
    see(&h, "Settings saved.");

    retype(&mut h, Role::TextInput, "First partner", "Sophie");
    retype(&mut h, Role::TextInput, "Second partner", "Emma");
    click(&mut h, "Add couple");
    click(&mut h, "Start session");
    for command in [
        Command::AgreeAllRules { side: Side::A },
        Command::AgreeAllRules { side: Side::B },
        Command::AddAgreement(agreements(1).remove(0)),
    ] {
        h.state_mut().apply(Action::Session(command));
    }
    h.run();
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    click(&mut h, "Print the homework sheet (PDF)");
    click(&mut h, "Save");
    let m = h.state().message().expect("a message after saving").clone();
    assert!(!m.error, "{}", m.text);
    let pages = pages_text(&std::fs::read(m.file.unwrap()).unwrap());
    assert_eq!(pages.len(), 1);
    for line in [helpline, "020 7946 0000", &agreements(1)[0].behaviour] {
        assert!(pages[0].contains(&squash(line)), "{line:?} in {}", pages[0]);
    }
    assert!(pages[0].contains(&squash("No yelling and no name-calling.")));
    assert!(!pages[0].contains(&squash("Phones away for the session")));
}

/// A session of Sophie & Emma run to its end through the practice, with notes; returns the
/// practice and the session's journal, the session still open in the practice.
fn ended_session(dir: &std::path::Path, notes: &str) -> (Practice, Arc<FakeClock>) {
    let (mut p, clock) = practice_at(dir);
    let mut settings = p.settings().clone();
    settings.credentials = "LMFT".into();
    p.save_settings(settings).unwrap();
    let id = p.create_couple("Sophie", "Emma").unwrap();
    p.save_clinical(
        &id,
        groundwork::model::Clinical {
            ids: [
                groundwork::model::ClientIds {
                    record_number: "GW-1042".into(),
                    born: chrono::NaiveDate::from_ymd_opt(1988, 5, 3),
                },
                groundwork::model::ClientIds {
                    record_number: "GW-1043".into(),
                    born: None,
                },
            ],
            diagnosis: "Z63.0".into(),
            ..Default::default()
        },
    )
    .unwrap();
    p.start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    clock.advance(50 * 60_000);
    p.execute(&Command::SetNote {
        section: "Data".into(),
        text: notes.into(),
    })
    .unwrap();
    p.execute(&Command::End).unwrap();
    (p, clock)
}

fn notes_text(p: &Practice, dir: &std::path::Path, name: &str) -> Vec<String> {
    let journal = p.live().unwrap().path().to_owned();
    let out = dir.join(name);
    p.export_to(DocumentKind::Notes, &journal, &out, false)
        .unwrap();
    let doc = lopdf::Document::load(&out).unwrap();
    let n = doc.get_pages().len() as u32;
    (1..=n).map(|i| doc.extract_text(&[i]).unwrap()).collect()
}

#[test]
fn unsigned_notes_say_draft_on_every_page_and_signed_ones_carry_the_signature_and_lock() {
    let dir = tempfile::tempdir().unwrap();
    let long =
        "Sophie described the week as calmer and named one moment she felt heard. ".repeat(120);
    let (mut p, clock) = ended_session(dir.path(), &long);

    let draft = notes_text(&p, dir.path(), "draft.pdf");
    assert!(
        draft.len() >= 2,
        "long enough to need pages: {}",
        draft.len()
    );
    for (i, page) in draft.iter().enumerate() {
        assert!(
            page.contains("DRAFT · NOT SIGNED"),
            "page {} of the draft",
            i + 1
        );
    }
    let all = squash(&draft.concat());
    for words in [
        "Sophie: record GW-1042 · born 3 May 1988",
        "Emma: record GW-1043",
        "in person · service 90847 · diagnosis Z63.0",
        "Present: Sophie and Emma.",
        "Risk None noted.",
    ] {
        assert!(all.contains(&squash(words)), "{words:?} in {all}");
    }
    assert!(
        all.contains(&squash("Notes (DAP) (continued)")) || all.contains(&squash("(continued)"))
    );

    // Signing is refused without a name, and done with one.
    let refused = p.execute(&Command::Sign { by: "  ".into() }).unwrap_err();
    assert_eq!(refused, "Add your name in Settings to sign the notes.");
    clock.advance(5 * 60_000);
    p.execute(&Command::Sign {
        by: "Dr Ana María Ortiz, LMFT".into(),
    })
    .unwrap();
    // Locked: the notes no longer change, but a dated addendum can be added.
    let locked = p
        .execute(&Command::SetNote {
            section: "Data".into(),
            text: "rewritten".into(),
        })
        .unwrap_err();
    assert!(locked.contains("add a dated addendum instead"), "{locked}");
    assert!(
        p.execute(&Command::Sign {
            by: "Someone else".into()
        })
        .unwrap_err()
        .contains("already signed")
    );
    clock.advance(24 * 3_600_000);
    p.execute(&Command::AddAddendum(
        "Emma called the next day: she felt safer after the session.".into(),
    ))
    .unwrap();

    let signed = notes_text(&p, dir.path(), "signed.pdf");
    let text = squash(&signed.concat());
    assert!(!text.contains("DRAFT"), "no draft mark once signed");
    let signature =
        squash("Signed electronically by Dr Ana María Ortiz, LMFT on 23 November 2026 at 10:55.");
    let at = text.find(&signature).unwrap_or_else(|| panic!("{text}"));
    let addendum = text
        .find(&squash("Added on 24 November 2026 at 10:55"))
        .expect("the addendum, dated");
    let words = text
        .find(&squash("Emma called the next day"))
        .expect("the addendum's words");
    assert!(
        at < addendum && addendum < words,
        "the addendum after the signature"
    );
    assert!(!text.contains("rewritten"));

    // The journal read back is the same record: signed, with its addendum.
    let journal = p.live().unwrap().path().to_owned();
    p.close_session();
    let again = dir.path().join("again.pdf");
    p.export_to(DocumentKind::Notes, &journal, &again, false)
        .unwrap();
    let doc = lopdf::Document::load(&again).unwrap();
    let n = doc.get_pages().len() as u32;
    let reread: String = (1..=n).map(|i| doc.extract_text(&[i]).unwrap()).collect();
    assert_eq!(
        squash(&reread),
        text,
        "the same notes from the journal as from memory"
    );
}

#[test]
fn who_was_present_how_it_was_held_and_risk_are_recorded_and_checked() {
    use groundwork::model::{Modality, Risk, SessionRecord};
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = ended_session(dir.path(), "Short notes.");
    let record = |present, code: &str, risk| SessionRecord {
        present,
        modality: Modality::Telehealth,
        service_code: code.into(),
        diagnosis: "Z63.0".into(),
        risk,
    };
    assert_eq!(
        p.execute(&Command::SetRecord(record(
            [false, false],
            "90846",
            Risk::NoneNoted
        )))
        .unwrap_err(),
        "At least one partner was in the session."
    );
    assert!(
        p.execute(&Command::SetRecord(record(
            [true, false],
            &"9".repeat(41),
            Risk::NoneNoted
        )))
        .is_err(),
        "an absurd code is refused"
    );
    assert!(
        p.execute(&Command::SetRecord(record(
            [true, false],
            "90846",
            Risk::Concerns("   ".into())
        )))
        .is_err(),
        "concerns need words"
    );
    p.execute(&Command::SetRecord(record(
        [true, false],
        "90846",
        Risk::Concerns("Emma's safety at home: plan agreed, follow up by phone.".into()),
    )))
    .unwrap();
    let text = squash(&notes_text(&p, dir.path(), "record.pdf").concat());
    for words in [
        "telehealth · service 90846 · diagnosis Z63.0",
        "Present: Sophie (Emma absent).",
        "Risk Concerns: Emma's safety at home: plan agreed, follow up by phone.",
    ] {
        assert!(text.contains(&squash(words)), "{words:?} in {text}");
    }
}

/// Notes written a day after the session leave a trace; a long session's notes without the
/// appendix stay short, and the appendix tells its turns in runs.
#[test]
fn notes_written_later_say_so_and_a_thousand_events_fit_three_pages() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, clock) = ended_session(dir.path(), "Short notes.");
    clock.advance(26 * 3_600_000);
    p.execute(&Command::SetNote {
        section: "Plan".into(),
        text: "Continue next week.".into(),
    })
    .unwrap();
    let text = squash(&notes_text(&p, dir.path(), "later.pdf").concat());
    assert!(
        text.contains(&squash(
            "Notes last written after the session, on 24 November 2026 at 12:50."
        )),
        "{text}"
    );

    let mut sim = groundwork::demo::long_session("Sophie", "Emma", 1_000).unwrap();
    sim.run(Command::SetNote {
        section: "Data".into(),
        text: "Both engaged; the floor was passed calmly most of the hour. ".repeat(10),
    })
    .unwrap();
    sim.run(Command::End).unwrap();
    assert!(sim.entries.len() >= 1_000);
    let letterhead = groundwork::pdf::Letterhead::blank();
    let notes = groundwork::pdf::document(DocumentKind::Notes, &sim.state, &letterhead).unwrap();
    assert!(
        notes.pages <= 3,
        "{} pages without the appendix",
        notes.pages
    );
    let with = groundwork::pdf::document(DocumentKind::NotesWithTimeline, &sim.state, &letterhead)
        .unwrap();
    assert!(with.pages > notes.pages);
    let doc = lopdf::Document::load_mem(&with.bytes).unwrap();
    let n = doc.get_pages().len() as u32;
    let all: String = (1..=n).map(|i| doc.extract_text(&[i]).unwrap()).collect();
    assert!(all.contains("Appendix: timeline"));
    let appendix = &all[all.find("Appendix: timeline").unwrap()..];
    let turns = appendix
        .lines()
        .find(|l| l.contains(" turns, "))
        .unwrap_or_else(|| panic!("a run of turns is one line: {appendix}"));
    assert!(turns.contains("Sophie"), "{turns}");
    assert!(
        appendix.lines().count() < 40,
        "hundreds of turns, a few lines: {appendix}"
    );
    assert!(
        !all.contains("Paraphrase confirmed as accurate"),
        "not one line per step"
    );
}

/// The therapist as they would: the couple's record numbers on their page; in closing, Emma
/// absent and the session on video; then signing, finding the notes locked, adding an
/// addendum the next day, and printing.
#[test]
fn the_therapist_records_signs_and_adds_an_addendum_in_the_app() {
    use common::{click, open, retype_and_leave as retype, see};
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;

    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(common::at(23, 10, 0));
    let mut h = open(dir.path(), &clock);
    click(&mut h, "Settings");
    retype(
        &mut h,
        Role::TextInput,
        "Therapist name",
        "Dr Ana María Ortiz",
    );
    retype(&mut h, Role::TextInput, "Credentials", "LMFT");
    click(&mut h, "Save settings");

    retype(&mut h, Role::TextInput, "First partner", "Sophie");
    retype(&mut h, Role::TextInput, "Second partner", "Emma");
    click(&mut h, "Add couple");
    click(&mut h, "Clinical record");
    retype(&mut h, Role::TextInput, "Sophie's record number", "GW-1042");
    retype(
        &mut h,
        Role::TextInput,
        "Sophie's date of birth",
        "3 May 1988",
    );
    click(&mut h, "Save the clinical record");
    see(
        &h,
        "Not saved. Sophie's date of birth is written YYYY-MM-DD, for example 1988-05-03.",
    );
    retype(
        &mut h,
        Role::TextInput,
        "Sophie's date of birth",
        "1988-05-03",
    );
    retype(&mut h, Role::TextInput, "Diagnosis code", "Z63.0");
    click(&mut h, "Save the clinical record");
    see(&h, "The clinical record is saved.");

    click(&mut h, "Start session");
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    // Emma was not there; the code follows (90846), and the session was on video.
    click(&mut h, "Emma");
    click(&mut h, "telehealth");
    let live = |h: &common::App| h.state().practice().live().unwrap().state().record.clone();
    assert_eq!(live(&h).present, [true, false]);
    assert_eq!(live(&h).service_code, "90846");
    assert_eq!(live(&h).modality, groundwork::model::Modality::Telehealth);
    assert_eq!(live(&h).diagnosis, "Z63.0", "from the couple's record");
    click(&mut h, "Concerns");
    retype(
        &mut h,
        Role::TextInput,
        "What the concerns are",
        "Emma's safety at home; call booked for Tuesday.",
    );
    assert_eq!(
        live(&h).risk,
        groundwork::model::Risk::Concerns("Emma's safety at home; call booked for Tuesday.".into())
    );

    assert!(
        h.query_all_by_role_and_label(Role::MultilineTextInput, "Data")
            .next()
            .is_some(),
        "unsigned notes can still be written"
    );
    click(&mut h, "Sign the notes…");
    see(&h, "Sign these notes as Dr Ana María Ortiz, LMFT?");
    click(&mut h, "Sign the notes");
    see(
        &h,
        "Signed electronically by Dr Ana María Ortiz, LMFT on 23 November 2026 at 10:00.",
    );
    assert!(
        h.query_all_by_role_and_label(Role::MultilineTextInput, "Data")
            .next()
            .is_none(),
        "signed notes are no longer a field to type in"
    );
    clock.advance(24 * 3_600_000);
    retype(
        &mut h,
        Role::MultilineTextInput,
        "Addendum",
        "Tuesday's call: Emma feels safe; no further action.",
    );
    click(&mut h, "Add the addendum");
    click(&mut h, "Print the session notes (PDF)");
    click(&mut h, "Save");
    let m = h.state().message().expect("a message after saving").clone();
    assert!(!m.error, "{}", m.text);
    let text = squash(&pages_text(&std::fs::read(m.file.unwrap()).unwrap()).concat());
    for words in [
        "Sophie: record GW-1042 · born 3 May 1988",
        "telehealth · service 90846 · diagnosis Z63.0",
        "Present: Sophie (Emma absent).",
        "Concerns: Emma's safety at home; call booked for Tuesday.",
        "Signed electronically by Dr Ana María Ortiz, LMFT on 23 November 2026 at 10:00.",
        "Added on 24 November 2026 at 10:00",
        "Tuesday's call: Emma feels safe; no further action.",
    ] {
        assert!(text.contains(&squash(words)), "{words:?} in {text}");
    }
    assert!(!text.contains("DRAFT"));
}

/// What poppler's pdftotext (what most Linux viewers copy with) reads from `bytes`, or None
/// when it is not installed (on CI it must be: .ci/run installs poppler-utils).
fn pdftotext(bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, bytes).unwrap();
    match std::process::Command::new("pdftotext")
        .args([path.to_str().unwrap(), "-"])
        .output()
    {
        // Without the direction marks it puts around a right-to-left run.
        Ok(run) => Some(
            String::from_utf8(run.stdout)
                .unwrap()
                .replace(['\u{202a}', '\u{202b}', '\u{202c}'], ""),
        ),
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must have pdftotext: .ci/run installs poppler-utils"
            );
            eprintln!("pdftotext is not installed: the copy-back check is skipped");
            None
        }
    }
}

/// The names of the fonts a PDF embeds, subset prefixes cut ("NotoSansCJKsc-Regular").
fn embedded_fonts(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let mut names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor"))
        .filter_map(|d| d.get(b"FontName").and_then(Object::as_name).ok())
        .map(|n| {
            let n = String::from_utf8_lossy(n).into_owned();
            n.split_once('+')
                .map_or(n.clone(), |(_, rest)| rest.to_owned())
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// A couple named 王芳 & پریسا, a Hindi and a Thai name in the notes: with this computer's Noto
/// fonts every name prints, embedded as a subset, and copies back in logical order; the sheet
/// stays small. With the shipped font alone, the export names exactly the characters that will
/// print as a box (the header and footer count too) and the font that would draw them.
#[test]
fn names_in_every_script_print_with_the_computers_fonts_or_are_named_with_what_to_install() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = practice_at(dir.path());
    let id = p.create_couple("王芳", "پریسا").unwrap();
    p.start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    p.execute(&Command::QuickNote(
        "王芳 asked that her mother प्रिया and her friend สมชาย not be told.".into(),
    ))
    .unwrap();
    p.execute(&Command::End).unwrap();
    let journal = p.live().unwrap().path().to_owned();
    let letterhead = groundwork::pdf::Letterhead::blank();
    let state = p.live().unwrap().state().clone();

    // With the shipped font alone: the exact list, and what to install.
    let shipped = groundwork::pdf::layout::Fonts::shipped().unwrap();
    let notes = groundwork::pdf::document_in(DocumentKind::Notes, &state, &letterhead, &shipped);
    let sheet = groundwork::pdf::document_in(DocumentKind::Homework, &state, &letterhead, &shipped);
    assert_eq!(sheet.missing, vec!['王', '芳']);
    let said = sheet.missing_sentence().unwrap();
    assert_eq!(
        said,
        "Printed as a box, because no font on this computer has them: 王 (U+738B), 芳 (U+82B3). To print them, install Noto Sans CJK (the package fonts-noto-cjk) for Chinese, Japanese and Korean and print again."
    );
    assert!(
        pages_text(&sheet.bytes).concat().contains("□□"),
        "boxes where the name is"
    );
    let devanagari_and_thai: Vec<char> = "प्रियासमชาย".chars().filter(|c| !c.is_ascii()).collect();
    assert_eq!(notes.missing[..2], ['王', '芳']);
    for c in "प्रिय".chars().chain("สมชาย".chars()) {
        assert!(notes.missing.contains(&c), "{c} is named");
    }
    assert!(devanagari_and_thai.len() > 5);
    let said = notes.missing_sentence().unwrap();
    for font in ["Noto Sans CJK", "Noto Sans Devanagari", "Noto Sans Thai"] {
        assert!(said.contains(font), "{said}");
    }

    if !common::noto_installed() {
        return;
    }
    // With this computer's fonts, from the app's own export path.
    for kind in [DocumentKind::Notes, DocumentKind::Homework] {
        let doc = p.document(kind, &journal, &letterhead).unwrap();
        assert!(doc.missing.is_empty(), "{kind:?}: {:?}", doc.missing);
        assert_eq!(doc.missing_sentence(), None);
        let fonts = embedded_fonts(&doc.bytes);
        assert!(
            fonts.iter().any(|f| f.starts_with("NotoSansCJK")),
            "{fonts:?}"
        );
        assert!(
            fonts.iter().any(|f| f.starts_with("DejaVuSans")),
            "{fonts:?}"
        );
        assert!(
            pages_text(&doc.bytes).concat().contains("王芳"),
            "lopdf reads the name"
        );
        if let Some(text) = pdftotext(&doc.bytes) {
            // Each name in logical order (where a right-to-left name sits among the
            // neutral characters around it is poppler's own guess).
            assert!(
                text.contains("王芳") && text.contains("پریسا"),
                "{kind:?}: {text}"
            );
            if kind == DocumentKind::Notes {
                assert!(text.contains("王芳 & پریسا"), "{text}");
                // A Devanagari conjunct and a Thai vowel copy back as typed.
                assert!(text.contains("प्रिया"), "{text}");
                assert!(text.contains("สมชาย"), "{text}");
            }
        }
        if kind == DocumentKind::Homework {
            assert!(
                doc.bytes.len() < 300_000,
                "a subset of the CJK font, not all 20 MB: {} bytes",
                doc.bytes.len()
            );
        }
    }
    assert_eq!(p.unprintable(DocumentKind::Homework, &journal), None);
}

/// Persian and Arabic names join as they are written, and copy back as typed: poppler's
/// pdftotext (what most Linux viewers use) reads them in logical order.
#[test]
fn persian_and_arabic_names_join_and_copy_back_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = practice_at(dir.path());
    let id = p.create_couple("پریسا", "سلام").unwrap();
    p.start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    p.execute(&Command::End).unwrap();
    let journal = p.live().unwrap().path().to_owned();
    let out = dir.path().join("notes.pdf");
    let done = p
        .export_to(DocumentKind::Notes, &journal, &out, false)
        .unwrap();
    assert_eq!(done.missing, None, "DejaVu has every letter");
    // The glyphs drawn are the joined forms, not the letters one by one: the shaped names are
    // narrower than the letters set side by side.
    let face = groundwork::pdf::font::Face::regular().unwrap();
    let (glyphs, joined) = face.shape("پریسا", 12.0);
    assert_eq!(glyphs.len(), 5);
    let letters: Vec<u16> = "پریسا"
        .chars()
        .map(|c| face.shape(&c.to_string(), 12.0).0[0].gid)
        .collect();
    let drawn: Vec<u16> = glyphs.iter().rev().map(|g| g.gid).collect();
    assert_ne!(drawn, letters, "joined forms, not isolated letters");
    assert!(joined > 0.0);
    let Some(text) = pdftotext(&std::fs::read(&out).unwrap()) else {
        return;
    };
    assert!(text.contains("پریسا & سلام"), "{text}");
}
