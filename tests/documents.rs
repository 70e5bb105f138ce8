//! The documents as files a clinic can archive (issue 14, part 5): a title naming the couple,
//! the session and the document; the therapist as author; Groundwork as creator; the export's
//! own date; the language set; no bogus PDF/X key.

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
