//! The app in another language (issue 18), driven as the therapist would.

use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use groundwork::model::Lang;
use groundwork::practice::Practice;
use groundwork::session::FakeClock;
use groundwork::ui::Action;

use super::common::{self, App, at, click, dont_see, message, retype, see, see_part, type_into};

/// A new, empty practice on 23 November 2026 (a Monday), opened on a computer set to `lang`.
fn new_practice_in(lang: Lang) -> (tempfile::TempDir, App) {
    let clock = FakeClock::new(at(23, 14, 0));
    let dir = tempfile::tempdir().unwrap();
    let practice = Practice::open(dir.path(), Arc::new(clock)).unwrap();
    let h = common::open_app_in(practice, lang);
    (dir, h)
}

/// Sophie & Emma's first session started and left, as the therapist leaves the console.
fn a_session_started_and_left(h: &mut App) {
    let couple = h.state().practice().couples()[0].id.clone();
    h.state_mut().apply(Action::StartSession {
        couple,
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();
    h.state_mut().apply(Action::LeaveSession);
    h.run();
}

/// The centre of what is labelled `label`, on screen.
fn centre(h: &App, label: &str) -> egui::Pos2 {
    h.get_by_label(label).rect().center()
}

#[test]
fn a_german_therapist_starts_a_practice_adds_a_couple_prints_and_locks_in_german() {
    let (dir, mut h) = new_practice_in(Lang::De);

    // The first run.
    see(&h, "Willkommen bei Groundwork");
    see(&h, "Zuerst zu Ihrer Praxis");
    see(&h, "Name der Praxis");
    see(&h, "Einstellungen");
    dont_see(&h, "Welcome to Groundwork");
    dont_see(&h, "First, about your practice");
    click(&mut h, "Später");
    see(
        &h,
        "Fügen Sie unten das erste Paar hinzu, um zu beginnen. Alles bleibt auf diesem Computer.",
    );
    see(&h, "Beispielpraxis öffnen");
    dont_see(&h, "Open the sample practice");

    // A couple, and their page.
    type_into(&mut h, Role::TextInput, "Erster Partner", "Sophie");
    type_into(&mut h, Role::TextInput, "Zweiter Partner", "Emma");
    click(&mut h, "Paar hinzufügen");
    assert_eq!(message(&h), "Sophie & Emma hinzugefügt.");
    see(&h, "Ausblenden");
    see(&h, "Alle Paare");
    see(&h, "Grundregeln");
    see(&h, "Werden in der ersten Sitzung vereinbart.");
    see(&h, "Noch keine Sitzungen.");
    see(&h, "Sitzung beginnen");
    for english in [
        "All couples",
        "Ground rules",
        "Agreed in the first session",
        "No sessions yet",
        "Start session",
        "Their language",
        "Dismiss",
        " added.",
    ] {
        dont_see(&h, english);
    }

    // What the couple reads is in their language: the menu names it in its own words.
    h.get_by_role_and_label(Role::ComboBox, "Sprache des Paares")
        .click();
    h.run();
    click(&mut h, "Français");
    assert_eq!(
        message(&h),
        "Sprache der Anzeige und des Hausaufgabenblatts für dieses Paar ab jetzt: Français."
    );

    // The clinical record says what is wrong in German.
    click(&mut h, "Klinische Angaben");
    type_into(
        &mut h,
        Role::TextInput,
        "Geburtsdatum von Sophie",
        "3.5.1988",
    );
    click(&mut h, "Klinische Angaben speichern");
    see(
        &h,
        "Nicht gespeichert. Das Geburtsdatum von Sophie wird als JJJJ-MM-TT geschrieben, zum Beispiel 1988-05-03.",
    );
    retype(
        &mut h,
        Role::TextInput,
        "Geburtsdatum von Sophie",
        "1988-05-03",
    );
    click(&mut h, "Klinische Angaben speichern");
    assert_eq!(message(&h), "Die klinischen Angaben sind gespeichert.");

    // A session in the list, with its date in German, and its notes printed.
    a_session_started_and_left(&mut h);
    see(&h, "Sitzungen");
    see(&h, "Redezeit");
    see(&h, "Mo, 23. Nov 2026");
    see(&h, "Sitzung 1 öffnen");
    dont_see(&h, "Open session 1");
    dont_see(&h, "Mon 23 Nov 2026");
    click(&mut h, "Notizen-PDF, Sitzung 1");
    see(&h, "Sitzungsnotizen speichern");
    see(&h, "Dateiname");
    see_part(&h, "Das PDF öffnet sich zum Drucken in Ihrem Betrachter.");
    dont_see(&h, "Save the session notes");
    click(&mut h, "Speichern");
    let said = message(&h);
    assert!(
        said.starts_with("Die Sitzungsnotizen sind gespeichert (1 Seite): ")
            || said.starts_with("Die Sitzungsnotizen sind gespeichert (2 Seiten): "),
        "{said}"
    );
    assert!(said.ends_with(".pdf"), "{said}");
    see(&h, "Zum Drucken öffnen");
    dont_see(&h, "Open to print");

    // Home: the list of couples.
    click(&mut h, "Alle Paare");
    see(&h, "Paare suchen");
    see(&h, "Letzte Sitzung");
    see(&h, "Offene Vereinbarungen");
    see(&h, "Mo, 23. Nov 2026");
    dont_see(&h, "Last session");

    // Protected, then locked: the lock screen and the unlock in German.
    let passphrase = "a quiet harbour in the rain";
    h.state_mut().apply(Action::Protect {
        new: passphrase.into(),
        again: passphrase.into(),
    });
    h.run();
    h.get_by_label("Sperren").click();
    h.run();
    see(
        &h,
        "Groundwork ist gesperrt. Geben Sie die Passphrase ein, um weiterzuarbeiten; die Sitzung läuft weiter.",
    );
    see(&h, "Entsperren");
    see_part(&h, "Praxisordner: ");
    dont_see(&h, "Unlock");
    type_into(&mut h, Role::PasswordInput, "Passphrase", passphrase);
    click(&mut h, "Entsperren");
    see(&h, "Paare suchen");
    drop(dir);
}

#[test]
fn the_calendar_names_days_and_months_in_the_therapists_language_and_starts_on_monday() {
    let (_dir, mut h) = new_practice_in(Lang::De);
    click(&mut h, "Später");
    type_into(&mut h, Role::TextInput, "Erster Partner", "Sophie");
    type_into(&mut h, Role::TextInput, "Zweiter Partner", "Emma");
    click(&mut h, "Paar hinzufügen");
    // The safety section holds a date field with its calendar.
    h.get_by_label_contains("Sicherheit und Vertraulichkeit · ")
        .click();
    h.run();
    h.get_by_label_contains(": im Kalender wählen").click();
    h.run();
    see(&h, "November 2026");
    dont_see(&h, "Month");
    // A week from Monday to Sunday: 1 November 2026 was a Sunday, under "So", at the end of
    // the first row.
    let (mo, so) = (centre(&h, "Mo"), centre(&h, "So"));
    assert!(mo.x < centre(&h, "Di").x && centre(&h, "Sa").x < so.x);
    let first = centre(&h, "Sonntag, 1. November 2026");
    let second = centre(&h, "Montag, 2. November 2026");
    assert!((first.x - so.x).abs() < 8.0, "{first:?} under {so:?}");
    assert!((second.x - mo.x).abs() < 8.0 && second.y > first.y);
    dont_see(&h, "Sunday");

    click(&mut h, "›");
    see(&h, "Dezember 2026");
    click(&mut h, "Dienstag, 1. Dezember 2026");
    dont_see(&h, "Dezember 2026");
}

#[test]
fn a_french_and_a_spanish_therapist_read_their_own_words_and_dates() {
    for (lang, all, rules, date, month, monday) in [
        (
            Lang::Fr,
            "Tous les couples",
            "Règles de base",
            "lun. 23 nov. 2026",
            "Novembre 2026",
            "lu",
        ),
        (
            Lang::Es,
            "Todas las parejas",
            "Reglas básicas",
            "lun 23 nov 2026",
            "Noviembre de 2026",
            "lu",
        ),
    ] {
        let (_dir, mut h) = new_practice_in(lang);
        let later = if lang == Lang::Fr {
            "Plus tard"
        } else {
            "Más tarde"
        };
        click(&mut h, later);
        let (first, second, add) = if lang == Lang::Fr {
            (
                "Premier partenaire",
                "Second partenaire",
                "Ajouter le couple",
            )
        } else {
            ("Primer miembro", "Segundo miembro", "Añadir pareja")
        };
        type_into(&mut h, Role::TextInput, first, "Sophie");
        type_into(&mut h, Role::TextInput, second, "Emma");
        click(&mut h, add);
        see(&h, all);
        see(&h, rules);
        dont_see(&h, "All couples");
        a_session_started_and_left(&mut h);
        see(&h, date);
        h.get_by_label_contains(if lang == Lang::Fr {
            "Sécurité et confidentialité · "
        } else {
            "Seguridad y confidencialidad · "
        })
        .click();
        h.run();
        h.get_by_label_contains(if lang == Lang::Fr {
            " : choisir dans un calendrier"
        } else {
            ": elegir en un calendario"
        })
        .click();
        h.run();
        see(&h, month);
        see(&h, monday);
        click(&mut h, all);
        see(&h, date);
    }
}
