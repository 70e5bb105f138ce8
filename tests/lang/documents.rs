//! The documents in another language (issue 18), driven as the therapist would.

use std::process::Command as Cli;
use std::sync::Arc;

use groundwork::model::{AgreementTerms, Frequency, Lang, NoteFormat, Owner};
use groundwork::pdf::DocumentKind;
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};
use groundwork::ui::Action;

use super::common;

/// The PDF at `path` as one line of text with no white space, as a viewer copies it.
fn squashed_pdf(path: &std::path::Path) -> String {
    squash(&common::pdf_text(&std::fs::read(path).unwrap()))
}

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[track_caller]
fn has(text: &str, words: &str) {
    assert!(text.contains(&squash(words)), "{words:?} in {text}");
}

#[track_caller]
fn lacks(text: &str, words: &str) {
    assert!(
        !text.contains(&squash(words)),
        "English {words:?} left in {text}"
    );
}

/// A therapist who chose Deutsch in Settings, on a computer set to English, runs a session
/// with Sophie & Emma (who read French): the step the session refuses is explained in German,
/// the notes and the progress report print in German, and the report's words to the couple
/// are in French. Only what was typed (the agreement) stays as typed.
#[test]
fn a_german_therapist_is_refused_and_prints_notes_and_a_progress_report_in_german() {
    let clock = FakeClock::new(common::at(23, 14, 0));
    let (dir, mut practice, id) = common::sophie_and_emma(&clock);
    let mut settings = practice.settings().clone();
    settings.language = Some(Lang::De);
    settings.therapist_name = "Dr Anna Weber".into();
    practice.save_settings(settings).unwrap();
    practice.set_couple_language(&id, Lang::Fr).unwrap();
    let mut h = common::open_app_in(practice, Lang::En);

    h.state_mut().apply(Action::StartSession {
        couple: id.clone(),
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();
    // "Not quite" with nobody holding the floor: refused, in German, at the foot of the window.
    h.state_mut().apply(Action::Session(Command::NotQuite));
    h.run();
    common::see(&h, "Niemand hat das Wort; beginnen Sie zuerst eine Runde.");
    common::dont_see(&h, "Nobody holds the floor; start a turn first.");

    h.state_mut()
        .apply(Action::Session(Command::AddAgreement(AgreementTerms {
            who: Owner::Both,
            behaviour: "We walk together after dinner".into(),
            when: Frequency::Daily,
            anchor: String::new(),
            evidence: String::new(),
            review_on: None,
        })));
    clock.advance(50 * 60_000);
    for command in [
        Command::End,
        Command::Sign {
            by: "Dr Anna Weber".into(),
        },
    ] {
        h.state_mut().apply(Action::Session(command));
        h.run();
    }

    // The notes, printed where the therapist chose; and once more at the same place, which the
    // practice refuses in German.
    let journal = h.state().practice().live().unwrap().path().to_owned();
    let out = tempfile::tempdir().unwrap();
    let notes = out.path().join("Sitzungsnotizen.pdf");
    for _ in 0..2 {
        h.state_mut().apply(Action::SaveExport {
            kind: DocumentKind::Notes,
            session: journal.clone(),
            path: notes.clone(),
            replace: false,
        });
        h.run();
    }
    common::see_part(&h, "ist bereits vorhanden; wählen Sie einen anderen Namen.");
    let text = squashed_pdf(&notes);
    for german in [
        "Vertraulich · Sitzungsnotizen · Sophie & Emma",
        "Sitzung 1 · Montag, 23. November 2026",
        "Anwesend: Sophie und Emma.",
        "Behandelt von: Dr Anna Weber.",
        "Interventionen",
        "Neue Vereinbarungen",
        "Beide: We walk together after dinner — jeden Tag",
        // The session ran in the couple's French (its rules and phases as the couple heard
        // them); what the notes say about it is in the therapist's German.
        "Un sujet à la fois. — in dieser Sitzung keine Zustimmung",
        "Elektronisch unterschrieben von Dr Anna Weber am 23. November 2026 um 14:50.",
        "Seite 1 von 1",
    ] {
        has(&text, german);
    }
    for english in [
        "Session notes",
        "Confidential",
        "Present:",
        "Interventions",
        "New agreements",
        "every day",
        "One topic at a time",
        "Signed electronically",
        "page 1 of",
    ] {
        lacks(&text, english);
    }

    // The progress report, from the couple's page.
    h.state_mut().apply(Action::ExportProgress(id));
    h.run();
    let saved = h.state().message().and_then(|m| m.file.clone());
    let report = saved.unwrap_or_else(|| panic!("no report: {}", common::message(&h)));
    let text = squashed_pdf(&report);
    for german in [
        "Verlaufsbericht",
        "Gemeinsame Sitzung 1, 23. November 2026 · Dr Anna Weber",
        "Zufriedenheit (CSI-4)",
        "Die Zahlen",
        "Beide: We walk together after dinner (aus Sitzung 1) — noch nicht besprochen",
        "Seite 1 von",
    ] {
        has(&text, german);
    }
    // What the report says to the couple, in their language.
    has(
        &text,
        "Le changement se mesure en petites réussites, et il suit rarement une ligne droite",
    );
    has(
        &text,
        "Pas encore tenus : le prochain pas est un premier petit pas.",
    );
    for english in [
        "Progress report",
        "Joint session",
        "The numbers",
        "not reviewed yet",
        "Change is measured",
        "Not kept yet",
    ] {
        lacks(&text, english);
    }
    drop(h);
    drop(dir);
}

/// The command line speaks the language the practice's settings choose, whatever the
/// computer's, and prints the notes in it; `--lang` prints them in another.
#[test]
fn the_command_line_speaks_the_therapists_language_and_prints_the_notes_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(common::at(23, 14, 0));
    let mut p = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let mut settings = p.settings().clone();
    settings.language = Some(Lang::Es);
    p.save_settings(settings).unwrap();
    let id = p.create_couple("Sophie", "Emma").unwrap();
    p.start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    clock.advance(50 * 60_000);
    p.execute(&Command::End).unwrap();
    drop(p);

    let groundwork = |computer: &str, args: &[&str]| {
        let done = Cli::new(env!("CARGO_BIN_EXE_groundwork"))
            .env("GROUNDWORK_LANG", computer)
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&done.stdout).into_owned()
            + &String::from_utf8_lossy(&done.stderr);
        (done.status.success(), said)
    };
    let out = tempfile::tempdir().unwrap();
    let notes = out.path().join("notas.pdf");
    let (ok, said) = groundwork(
        "en",
        &[
            "export",
            "notes",
            "--couple",
            "Sophie",
            "--out",
            notes.to_str().unwrap(),
        ],
    );
    assert!(ok, "{said}");
    assert!(
        said.contains("Se escribió") && said.contains("(1 página)."),
        "{said}"
    );
    let text = squashed_pdf(&notes);
    has(&text, "Confidencial · Notas de la sesión · Sophie & Emma");
    has(&text, "Sesión 1 · lunes, 23 de noviembre de 2026");
    has(&text, "BORRADOR · SIN FIRMAR");
    lacks(&text, "Session notes");

    // In French for once: the document, not the command line.
    let french = out.path().join("notes.pdf");
    let (ok, said) = groundwork(
        "en",
        &[
            "export",
            "notes",
            "--couple",
            "Sophie",
            "--lang",
            "fr",
            "--out",
            french.to_str().unwrap(),
        ],
    );
    assert!(ok, "{said}");
    assert!(said.contains("Se escribió"), "{said}");
    let text = squashed_pdf(&french);
    has(&text, "Confidentiel · Notes de séance · Sophie & Emma");
    has(&text, "BROUILLON · NON SIGNÉ");

    let (ok, said) = groundwork(
        "en",
        &[
            "export",
            "notes",
            "--couple",
            "Nobody",
            "--out",
            notes.to_str().unwrap(),
        ],
    );
    assert!(!ok);
    assert!(said.contains("ninguna pareja se llama «Nobody»"), "{said}");
    assert!(!said.contains("no couple is called"), "{said}");

    // No practice to ask: the computer's language, down to the help.
    let help = Cli::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "de")
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("Ein Begleiter für die Sitzungen von Paartherapeutinnen")
            && help.contains("Eine Beispielpraxis nach DIR schreiben"),
        "{help}"
    );
    assert!(!help.contains("A session companion"), "{help}");
}
