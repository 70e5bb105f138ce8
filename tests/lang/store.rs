//! The data folder in the therapist's language: a file it could not read, a template's problem
//! pointed at in the file, a session open on another computer, two versions of a record.

use std::fs;
use std::path::Path;
use std::process::Command as Cli;
use std::sync::Arc;

use groundwork::model::{Couple, Lang, NoteFormat, Settings};
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};
use groundwork::store::{Device, OpenMarker, RealDisk, templates};

use super::common::{self, at, click, close, dont_see, see, see_part};

/// What `f` gives with the therapist's language set to `lang` on this thread (English after).
fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    groundwork::locale::set_therapist(Some(lang));
    let out = f();
    common::pin_english();
    out
}

fn open_as(root: &Path, clock: &FakeClock, tag: &str, name: &str) -> Practice {
    let device = Device::new(tag, name).unwrap();
    Practice::open_as(root, Arc::new(clock.clone()), Arc::new(RealDisk), &device).unwrap()
}

/// A couple's file cut off in the middle is named in the therapist's language, sentence and
/// reason both, with its line and column; none of the English is left in it.
#[test]
fn a_damaged_couple_file_is_named_in_the_therapists_language() {
    common::pin_english();
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(22, 14, 0));
    let id = Practice::open(dir.path(), Arc::new(clock.clone()))
        .unwrap()
        .create_couple("Emma", "Sophie")
        .unwrap();
    let file = dir.path().join("couples").join(&id.0).join("couple.ron");
    fs::write(&file, format!("(schema: 1, id: \"{}\",", id.0)).unwrap();
    let before = fs::read(&file).unwrap();

    let sentence = |lang| {
        in_lang(lang, || {
            let p = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
            let said: Vec<String> = p
                .problems()
                .filter(|problem| problem.path == file)
                .map(|problem| problem.sentence())
                .collect();
            assert_eq!(said.len(), 1, "{said:?}");
            said[0].clone()
        })
    };
    let english = sentence(Lang::En);
    let shown = file.display();
    assert!(
        english.starts_with(&format!("{shown} could not be read (line 1, column ")),
        "{english}"
    );
    assert!(
        english.contains(": the text ends too soon, as if it had been cut off; Groundwork has left it untouched, so restore it from a backup or fix it in a text editor."),
        "{english}"
    );

    let german = sentence(Lang::De);
    assert!(
        german.starts_with(&format!(
            "{shown} konnte nicht gelesen werden (Zeile 1, Spalte "
        )),
        "{german}"
    );
    assert!(
        german.contains("der Text endet zu früh, als wäre er abgeschnitten worden"),
        "{german}"
    );
    assert!(german.contains("Sicherung"), "{german}");
    for english in [
        "could not be read",
        "line 1",
        "the text ends too soon",
        "left it untouched",
        "restore it from a backup",
        "text editor",
    ] {
        assert!(!german.contains(english), "{english:?} in {german}");
    }
    let french = sentence(Lang::Fr);
    assert!(
        french.contains("n'a pas pu être lu (ligne 1, colonne "),
        "{french}"
    );
    let spanish = sentence(Lang::Es);
    assert!(
        spanish.starts_with(&format!("No se pudo leer {shown} (línea 1, columna ")),
        "{spanish}"
    );
    assert_eq!(fs::read(&file).unwrap(), before, "left as it was");
}

/// `templates check` points at a step with no title on the same line and column whatever its
/// language, and says so in that language.
#[test]
fn templates_check_locates_a_step_without_a_title_in_german_as_in_english() {
    let (_, text) = templates::SHIPPED
        .iter()
        .find(|(name, _)| *name == "individual.ron")
        .unwrap();
    let text = text.replacen("title: \"Your side of the story\"", "title: \"\"", 1);
    let (line, col) = text
        .lines()
        .enumerate()
        .find_map(|(i, l)| l.find("title: \"\"").map(|at| (i + 1, at + 8)))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mine");
    fs::create_dir(&folder).unwrap();
    let file = folder.join("individual.ron");
    fs::write(&file, &text).unwrap();
    let data = dir.path().join("data");
    let check = |computer: &str| {
        let out = Cli::new(env!("CARGO_BIN_EXE_groundwork"))
            .env("GROUNDWORK_LANG", computer)
            .arg("--data-dir")
            .arg(&data)
            .args(["templates", "check"])
            .arg(&folder)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{said}");
        said
    };
    let place = format!("{}:{line}:{col}: ", file.display());
    let english = check("en");
    assert!(
        english.contains(&format!("{place}step 2 of phase 1 has no title")),
        "{english}"
    );
    let german = check("de");
    assert!(
        german.contains(&format!("{place}Schritt 2 von Phase 1 hat keinen Titel")),
        "{german}"
    );
    assert!(!german.contains("has no title"), "{german}");
}

/// A session open on OFFICE-PC: the German couple page names that computer, without the time,
/// wherever a sentence needs it alone.
#[test]
fn the_couple_page_names_the_other_computer_in_german() {
    common::pin_english();
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(22, 14, 30));
    let mut office = open_as(dir.path(), &clock, "office", "OFFICE-PC");
    let id = office.create_couple("Emma", "Sophie").unwrap();
    office
        .start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    office
        .execute(&Command::QuickNote("im Büro getippt".into()))
        .unwrap();
    let journal = office.live().unwrap().path().to_owned();
    drop(office);
    // Still running at the office: its marker stays.
    OpenMarker::write(
        &journal,
        &Device::new("office", "OFFICE-PC").unwrap(),
        at(22, 14, 2),
    )
    .unwrap();

    let laptop = open_as(dir.path(), &clock, "laptop", "LAPTOP");
    let mut h = common::open_app_in(laptop, Lang::De);
    see(
        &h,
        "Emma & Sophie: Eine Sitzung ist auf OFFICE-PC seit 14:02 geöffnet",
    );
    click(&mut h, "Seite von Emma & Sophie öffnen");
    see(&h, "Sitzung 1 ist auf OFFICE-PC seit 14:02 geöffnet");
    see_part(
        &h,
        "damit nichts überschrieben wird, was auf OFFICE-PC eingegeben wurde.",
    );
    see(&h, "geöffnet auf OFFICE-PC");
    dont_see(&h, "since");
    click(&mut h, "Sitzung 1 übernehmen…");
    see_part(&h, "Ist Groundwork auf OFFICE-PC geschlossen");
    dont_see(&h, "OFFICE-PC seit 14:02 geschlossen");
    click(&mut h, "Jetzt nicht");
    close(h);
}

/// Two versions of a couple's record are told apart from two of the settings by what they are,
/// not by their words: in German too, the record's say that no session is lost.
#[test]
fn two_versions_of_a_record_say_in_german_that_the_sessions_stay() {
    common::pin_english();
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(22, 14, 30));
    let id = open_as(dir.path(), &clock, "laptop", "LAPTOP")
        .create_couple("Emma", "Sophie")
        .unwrap();
    let folder = dir.path().join("couples").join(&id.0);
    let mut other: Couple =
        ron::from_str(&fs::read_to_string(folder.join("couple.ron")).unwrap()).unwrap();
    other.partner_b.name = "Sophie Martin".to_owned();
    fs::write(
        folder.join("couple.sync-conflict-20261122-140233-ABCDEF7.ron"),
        ron::ser::to_string_pretty(&other, Default::default()).unwrap(),
    )
    .unwrap();
    let h = common::open_app_in(open_as(dir.path(), &clock, "laptop", "LAPTOP"), Lang::De);
    see(&h, "Zwei Versionen der Akte von Emma & Sophie");
    see_part(
        &h,
        "Sitzungen, die in einer der beiden Versionen erfasst sind, bleiben erhalten",
    );
    dont_see(&h, "record");
    close(h);

    // Two versions of the settings: nothing about sessions.
    fs::remove_file(folder.join("couple.sync-conflict-20261122-140233-ABCDEF7.ron")).unwrap();
    let named = |name: &str| {
        let settings = Settings {
            practice_name: name.to_owned(),
            language: Some(Lang::De),
            ..Settings::default()
        };
        ron::ser::to_string_pretty(&settings, Default::default()).unwrap()
    };
    fs::write(dir.path().join("settings.ron"), named("Praxis am Fluss")).unwrap();
    fs::write(
        dir.path()
            .join("settings.sync-conflict-20261122-140233-ABCDEF7.ron"),
        named("Paarpraxis am Fluss"),
    )
    .unwrap();
    let h = common::open_app_in(open_as(dir.path(), &clock, "laptop", "LAPTOP"), Lang::De);
    see(&h, "Zwei Versionen der Einstellungen der Praxis");
    dont_see(
        &h,
        "Sitzungen, die in einer der beiden Versionen erfasst sind",
    );
    close(h);
}

/// What a refusal names (a partner's name, a rule) is named in the therapist's language, so
/// the sentence around it reads as one.
#[test]
fn a_refusal_names_what_was_typed_in_the_therapists_words() {
    common::pin_english();
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::new(at(22, 14, 0));
    let mut p = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let mut refused = |lang| in_lang(lang, || p.create_couple(" ", "Emma").unwrap_err());
    assert_eq!(
        refused(Lang::En),
        "Please enter a name for the first partner."
    );
    assert_eq!(
        refused(Lang::De),
        "Bitte geben Sie den Namen des ersten Partners ein."
    );
    assert_eq!(
        refused(Lang::Fr),
        "Veuillez saisir le nom du premier partenaire."
    );
    assert_eq!(
        refused(Lang::Es),
        "Introduzca el nombre del primer miembro de la pareja."
    );

    let id = p.create_couple("Sophie", "Emma").unwrap();
    p.start_session(&id, "speaker-listener", NoteFormat::Dap)
        .unwrap();
    let mut rule =
        |lang, text: String| in_lang(lang, || p.execute(&Command::AddRule { text }).unwrap_err());
    assert_eq!(rule(Lang::En, " ".into()), "Please write the rule.");
    assert_eq!(rule(Lang::De, " ".into()), "Bitte schreiben Sie die Regel.");
    assert_eq!(
        rule(Lang::De, "x".repeat(600)),
        "Für die Regel sind höchstens 500 Zeichen möglich; hier sind es 600."
    );
    assert_eq!(rule(Lang::Es, " ".into()), "Escriba la regla.");
}
