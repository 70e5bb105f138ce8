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
        // 26 November 10:30 in +01:00 is 09:30 UTC.
        let created = text(info.get(b"CreationDate").unwrap());
        assert!(created.starts_with("D:20261126093000"), "{created}");
        assert!(
            info.get(b"GTS_PDFXVersion").is_err(),
            "not claimed to be PDF/X"
        );
        let catalog = doc.catalog().unwrap();
        assert_eq!(text(catalog.get(b"Lang").unwrap()), "en");
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
fn every_demo_couples_homework_sheet_is_one_page() {
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
    for summary in p.couples().to_vec() {
        let couple = &summary.couple;
        for session in p.session_history(&couple.id) {
            for paper in [Paper::A4, Paper::Letter] {
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
        }
    }
    assert!(sheets >= 40, "{sheets} sheets");
}

/// The therapist writes a phone number and their country's helpline in Settings; the sheet they
/// print at the end of the session carries both, and the rule for the therapy room stays off it.
#[test]
fn the_therapist_puts_a_phone_number_and_a_helpline_on_the_sheet() {
    use common::{click, open, see};
    use egui::Key;
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    use groundwork::model::Side;
    use groundwork::ui::Action;

    let retype = |h: &mut common::App, role: Role, label: &str, text: &str| {
        h.get_by_role_and_label(role, label).scroll_to_me();
        h.run();
        h.get_by_role_and_label(role, label).click();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
        h.key_press(Key::Backspace);
        h.run();
        h.get_by_role_and_label(role, label).type_text(text);
        h.run();
    };
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
