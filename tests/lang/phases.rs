//! The phases in another language (issue 18), driven as the therapist would.

use std::sync::Arc;

use egui::Key;
use egui::accesskit::Role;
use groundwork::model::{Lang, MINUTE, PhaseKind};
use groundwork::practice::Practice;
use groundwork::session::{Command, FakeClock};
use groundwork::ui::Action;

use super::common::{
    App, at, click, dont_see, open_app_in, press, see, see_part, session, sophie_and_emma,
    type_into,
};

/// Moves the session to its phase of kind `kind`, as the phase list does (without the
/// console's own words, which are another part's).
fn go_to(h: &mut App, kind: fn(&PhaseKind) -> bool) {
    let index = session(h)
        .info
        .phases
        .iter()
        .position(|p| kind(&p.kind))
        .expect("the template has the phase");
    h.state_mut()
        .apply(Action::Session(Command::GoToPhase(index)));
    h.run();
}

/// A German-speaking therapist runs Sophie & Emma's first session through check-in, ground
/// rules, homework and closing, and reviews the homework a week later: every phase panel
/// speaks German, dates included, and the English it replaced is gone.
#[test]
fn a_german_therapist_runs_the_phases_in_german() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (dir, practice, id) = sophie_and_emma(&clock);
    let mut h = open_app_in(practice, Lang::De);
    h.state_mut().apply(Action::StartSession {
        couple: id.clone(),
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();

    // Ankommen: the week, rated with one click; nothing to review yet.
    see(&h, "Die Woche");
    see(
        &h,
        "Wie war die Woche, von 0 (sehr schwer) bis 10 (sehr gut)?",
    );
    see(
        &h,
        "Keine Vereinbarungen zu besprechen: Nach der letzten Sitzung war keine mehr offen.",
    );
    see_part(
        &h,
        "Zufriedenheit (CSI-4) · Sophie nicht erhoben · Emma nicht erhoben",
    );
    click(&mut h, "Emma: 4");
    see(&h, "nicht bewertet"); // Sophie, not yet
    for english in [
        "The week",
        "not rated",
        "Homework from last time",
        "Satisfaction",
    ] {
        dont_see(&h, english);
    }

    // Grundregeln: each partner agrees to all of them.
    go_to(&mut h, |k| *k == PhaseKind::GroundRules);
    see_part(&h, "Sophie hat 0 von 8 Regeln zugestimmt; Emma 0 von 8.");
    click(&mut h, "Emma stimmt allen zu");
    see_part(&h, "Sophie hat 0 von 8 Regeln zugestimmt; Emma 8 von 8.");
    click(&mut h, "Sophie stimmt allen zu");
    see(&h, "Sophie und Emma haben jeder Regel zugestimmt.");
    see(&h, "Regel hinzufügen");
    for english in ["agrees to all", "have agreed to every rule", "Add a rule"] {
        dont_see(&h, english);
    }

    // Hausaufgaben: an empty form is explained, then Emma's agreement on two weekdays.
    go_to(&mut h, |k| *k == PhaseKind::Homework);
    see(&h, "In dieser Sitzung noch keine Vereinbarungen.");
    click(&mut h, "Vereinbarung hinzufügen");
    see(&h, "Bitte schreiben Sie, was getan wird.");
    click(&mut h, "Emma");
    type_into(
        &mut h,
        Role::MultilineTextInput,
        "Was, in ihren eigenen Worten",
        "Ich schicke jeden Morgen meinen Dienstplan",
    );
    click(&mut h, "An bestimmten Tagen");
    click(&mut h, "Montag");
    click(&mut h, "Donnerstag");
    type_into(
        &mut h,
        Role::TextInput,
        "Anker-Gewohnheit: wann es geschieht",
        "nach dem Frühstück",
    );
    click(&mut h, "Vereinbarung hinzufügen");
    see(&h, "Vereinbarung hinzugefügt.");
    see(&h, "In dieser Sitzung vereinbart (1)");
    see(&h, "Emma: Ich schicke jeden Morgen meinen Dienstplan");
    let described =
        "jeden Montag und Donnerstag · nach dem Frühstück · Besprechung in der nächsten Sitzung";
    see(&h, described);
    for english in [
        "Agreement added.",
        "Agreed this session",
        "on Monday",
        "review at the next session",
        "New agreement",
    ] {
        dont_see(&h, english);
    }

    // Abschluss: the summary, and the next session's date, checked and in German words.
    clock.advance(40 * MINUTE);
    go_to(&mut h, |k| *k == PhaseKind::Closing);
    see(&h, "In dieser Sitzung keine Sprecher-Zuhörer-Runden.");
    see(&h, "Keine Auszeiten.");
    see(&h, "Neue Vereinbarungen");
    see(&h, described);
    see(&h, "8 von 8 Regeln von beiden angenommen.");
    see(&h, "Steht auf dem Hausaufgabenblatt des Paares.");
    type_into(
        &mut h,
        Role::TextInput,
        "Datum der nächsten Sitzung",
        "30.11.",
    );
    click(&mut h, "Datum festlegen");
    see_part(
        &h,
        "„30.11.“ ist kein Datum; geben Sie es als JJJJ-MM-TT ein, zum Beispiel 2026-11-30.",
    );
    super::common::retype(
        &mut h,
        Role::TextInput,
        "Datum der nächsten Sitzung",
        "2026-11-30",
    );
    press(&mut h, Key::Enter);
    see(&h, "Nächste Sitzung: Montag, 30. November 2026");
    see(&h, "Sitzung beenden");
    for english in [
        "No timeouts.",
        "New agreements",
        "rules agreed by both",
        "Next session:",
        "End session",
    ] {
        dont_see(&h, english);
    }
    h.state_mut().apply(Action::Session(Command::End));
    h.run();
    see_part(&h, "Die Sitzung endete um 14:40.");
    drop(h);

    // A week later: last week's agreement is reviewed in German.
    let clock = FakeClock::new(at(30, 14, 0));
    let practice = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    let mut h = open_app_in(practice, Lang::De);
    h.state_mut().apply(Action::StartSession {
        couple: id,
        template: "speaker-listener".into(),
        alone: None,
    });
    h.run();
    see(&h, "Hausaufgaben vom letzten Mal");
    see(&h, "Emma: Ich schicke jeden Morgen meinen Dienstplan");
    see(&h, described);
    see_part(&h, "0 von 1 besprochen.");
    click(&mut h, "Teilweise");
    see(
        &h,
        "1 von 1 besprochen. Fortschritt zeigt sich in kleinen Erfolgen.",
    );
    click(
        &mut h,
        "Diese Vereinbarung beenden (eingehalten oder nicht mehr gewünscht)",
    );
    see(
        &h,
        "Endet nach heute; sie bleibt im Verlauf des Paares erhalten.",
    );
    for english in ["Partly", "reviewed", "Stop this agreement"] {
        dont_see(&h, english);
    }
}
