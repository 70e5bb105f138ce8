//! In the couple's language (issue 18): the homework sheet and the couple display speak the
//! couple's language, whatever the console's; `export … --lang` overrides it for one sheet.

mod common;

// Each part of the app in the therapist's language, one file each.
#[path = "lang/app.rs"]
mod app_words;
#[path = "lang/console.rs"]
mod console_words;
#[path = "lang/documents.rs"]
mod document_words;
#[path = "lang/phases.rs"]
mod phase_words;
#[path = "lang/screens.rs"]
mod screen_words;
#[path = "lang/store.rs"]
mod store_words;

use std::process::Command;
use std::sync::Arc;

use common::{
    at, click, dont_see, in_the_dialogue, open_app, pdf_text, press, see, see_part, sophie_and_emma,
};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use groundwork::model::Lang;
use groundwork::practice::Practice;
use groundwork::session::FakeClock;

/// Words only the English sheet has: its headings and two of the ground rules the templates
/// suggest. (What the therapist typed, an agreement or a rule of their own, stays as typed.)
const ENGLISH: [&str; 9] = [
    "Our agreements for this week",
    "When it gets hard",
    "Our ground rules",
    "We agreed to this together",
    "Next session",
    "Homework sheet",
    "page 1 of",
    "One topic at a time",
    "No yelling and no name-calling",
];

fn weekdays(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::De => [
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag",
        ],
        Lang::Fr => [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
        Lang::En | Lang::Es => [
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
        ],
    }
}

/// The sample practice's Sophie & Emma homework sheet, from the command line, in `lang` (or
/// the couple's own language), as its text.
fn sheet(data: &std::path::Path, lang: Option<&str>, name: &str) -> String {
    let out = data.parent().unwrap().join(format!("{name}.pdf"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_groundwork"));
    cmd.env("GROUNDWORK_LANG", "en");
    cmd.args([
        "export",
        "homework",
        "--couple",
        "Sophie & Emma",
        "--session",
        "2",
    ])
    .arg("--out")
    .arg(&out)
    .arg("--data-dir")
    .arg(data);
    if let Some(lang) = lang {
        cmd.args(["--lang", lang]);
    }
    let done = cmd.output().unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let text = pdf_text(&std::fs::read(&out).unwrap());
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_homework_sheet_speaks_the_language_asked_for_and_by_default_the_couples() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("practice");
    let made = Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args([
            "demo-data",
            data.to_str().unwrap(),
            "--couples",
            "3",
            "--sessions",
            "2",
        ])
        .output()
        .unwrap();
    assert!(made.status.success());

    let english = sheet(&data, Some("en"), "en");
    for heading in ENGLISH {
        assert!(
            english.contains(heading),
            "{heading:?} in the English sheet: {english}"
        );
    }
    for (code, lang, heading, rule) in [
        (
            "de",
            Lang::De,
            "Unsere Vereinbarungen für diese Woche",
            "Ein Thema nach dem anderen",
        ),
        (
            "fr",
            Lang::Fr,
            "Nos engagements pour cette semaine",
            "Un sujet à la fois",
        ),
        (
            "es",
            Lang::Es,
            "Nuestros acuerdos para esta semana",
            "Un tema a la vez",
        ),
    ] {
        let text = sheet(&data, Some(code), code);
        assert!(text.contains(heading), "{code}: {text}");
        assert!(
            text.contains(rule),
            "{code}: the shipped rules in {code}: {text}"
        );
        assert!(
            weekdays(lang).iter().any(|d| text.contains(d)),
            "{code}: no weekday named in {code}: {text}"
        );
        for english in ENGLISH {
            assert!(
                !text.contains(english),
                "{code}: English {english:?} left in: {text}"
            );
        }
    }

    // The couple's own language, when the export does not say.
    let clock = FakeClock::new(at(23, 14, 0));
    let mut practice = Practice::open(&data, Arc::new(clock)).unwrap();
    let id = practice
        .couples()
        .iter()
        .find(|c| c.display_name() == "Sophie & Emma")
        .unwrap()
        .id
        .clone();
    practice.set_couple_language(&id, Lang::Fr).unwrap();
    drop(practice);
    let theirs = sheet(&data, None, "theirs");
    assert!(
        theirs.contains("Nos engagements pour cette semaine"),
        "{theirs}"
    );
}

#[test]
fn a_spanish_couple_reads_spanish_on_their_display_while_the_console_stays_english() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (_dir, practice, id) = sophie_and_emma(&clock);
    let mut h = open_app(practice);
    click(&mut h, "Sophie & Emma");
    h.get_by_role_and_label(Role::ComboBox, "The couple's language")
        .click();
    h.run();
    click(&mut h, "Español");
    see(&h, "Español");
    let kept = h.state().practice().couple(&id).unwrap().couple.lang();
    assert_eq!(kept, Lang::Es, "their language is kept in their record");
    drop(h);

    // Their session, with the display open: the turn in Spanish there, in English here.
    let (_dir, clock, mut h) = in_the_dialogue_of(|p, id| p.set_couple_language(id, Lang::Es));
    press(&mut h, Key::D);
    press(&mut h, Key::Space);
    see(&h, "Sophie is speaking");
    see(&h, "Sophie está hablando");
    see(&h, "Tiempo de palabra");
    assert!(
        h.query_by_label("Next: paraphrase").is_some(),
        "the console is English"
    );
    clock.advance(30 * groundwork::model::SECOND);
    h.run();
    press(&mut h, Key::Space);
    see(&h, "Emma, your turn to paraphrase");
    see(&h, "Emma, le toca parafrasear");
    see(&h, "«Lo que te oigo decir es …»");
}

/// Sophie & Emma in the speaker/listener phase, after `prepare` changed their record.
fn in_the_dialogue_of(
    prepare: impl FnOnce(&mut Practice, &groundwork::model::CoupleId) -> Result<(), String>,
) -> (tempfile::TempDir, FakeClock, common::App) {
    let (dir, clock, h) = in_the_dialogue();
    let id = h
        .state()
        .practice()
        .live()
        .unwrap()
        .state()
        .info
        .couple
        .clone();
    let root = dir.path().to_owned();
    drop(h);
    let mut practice = Practice::open(&root, Arc::new(clock.clone())).unwrap();
    prepare(&mut practice, &id).unwrap();
    let mut h = open_app(practice);
    // Back into the session left open.
    let path = h.state().practice().recent_unfinished_sessions()[0]
        .1
        .path
        .clone();
    h.state_mut()
        .apply(groundwork::ui::Action::OpenSession(path));
    h.run();
    (dir, clock, h)
}

/// A German therapist's new couple speaks German until their page says otherwise, and their
/// session runs in the protocol's German words: the phases on the agenda, the steps read
/// aloud, the homework suggestions offered for their sheet.
#[test]
fn a_german_therapists_new_couple_works_in_german_words() {
    let clock = FakeClock::new(at(23, 14, 0));
    let dir = tempfile::tempdir().unwrap();
    let mut practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    groundwork::locale::set_therapist(Some(Lang::De));
    let id = practice.create_couple("Sophie", "Emma").unwrap();
    assert_eq!(practice.couple_lang(&id), Lang::De);
    let mut h = common::open_app_in(practice, Lang::De);
    h.state_mut().apply(groundwork::ui::Action::StartSession {
        couple: id.clone(),
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();
    // The agenda: the protocol's German phase titles, none of the English ones.
    common::see_part(&h, "Sprecher- und Zuhörerregeln");
    assert!(h.query_by_label("The rules of the floor").is_none());
    // The homework phase offers the protocol's suggestions in German.
    let homework = common::session(&h)
        .info
        .phases
        .iter()
        .position(|p| matches!(p.kind, groundwork::model::PhaseKind::Homework))
        .unwrap();
    h.state_mut().apply(groundwork::ui::Action::Session(
        groundwork::session::Command::GoToPhase(homework),
    ));
    h.run();
    common::see_part(&h, "Hausaufgaben vereinbaren");
    assert!(
        h.query_all_by_label_contains("Paargespräch")
            .next()
            .is_some(),
        "a German suggestion is offered"
    );
    assert!(
        h.query_all_by_label_contains("couple meeting")
            .next()
            .is_none()
    );
}

/// A French couple answers the CSI-4 on their display: its window, its words around the
/// questions and its thanks are French, the questions keep the published English wording (and
/// the display says why), and the therapist's console stays English.
#[test]
fn a_french_couple_answers_the_satisfaction_questions_in_french_words() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, practice, id) = sophie_and_emma(&clock);
    let mut practice = practice;
    practice.set_couple_language(&id, Lang::Fr).unwrap();
    let mut h = open_app(practice);
    click(&mut h, "Sophie & Emma");
    click(&mut h, "Start session");
    click(
        &mut h,
        "Satisfaction (CSI-4) · Sophie not asked · Emma not asked",
    );
    click(&mut h, "Ask Sophie on the couple display");
    h.get_by_role_and_label(Role::Window, "Groundwork — pour le couple");
    see(&h, "Sophie, rien que pour vous");
    see_part(&h, "formulation originale en anglais");
    see_part(&h, "Sophie is answering on the couple display");
    for answer in [
        "Sophie, question 1 : Happy",
        "Sophie, question 2 : Somewhat true",
        "Sophie, question 3 : Somewhat",
        "Sophie, question 4 : A little",
    ] {
        click(&mut h, answer);
    }
    see(&h, "Merci, Sophie. Veuillez retourner l’écran.");
    dont_see(&h, "Thank you, Sophie. Please turn the screen back.");
    see(&h, "Sophie: 8 of 21, below the distress cut-off (13.5)");
}
