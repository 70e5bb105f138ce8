//! The screens in another language (issue 18), driven as the therapist would.

use super::common::{self, at, click, dont_see, press, retype, see, see_part, sophie_and_emma};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable};
use groundwork::model::{Answer, Lang, RiskLevel, SecretsPolicy, Side};
use groundwork::session::FakeClock;
use groundwork::ui::Action;

/// Types `value` into the number field labelled `label` (a drag value: click, then type).
fn type_number(h: &mut common::App, label: &str, value: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(value);
    h.run();
    press(h, Key::Enter);
}

/// On a computer set to German, the settings speak German, refuse a length in German, and
/// switch to French the moment French is chosen.
#[test]
fn a_german_therapist_sets_a_timer_length_and_switches_the_console_to_french() {
    let clock = FakeClock::new(at(23, 14, 0));
    let (_dir, practice, _id) = sophie_and_emma(&clock);
    let mut h = common::open_app_in(practice, Lang::De);
    h.state_mut().apply(Action::OpenSettings);
    h.run();

    see(&h, "Einstellungen");
    see(&h, "Zeitvorgaben");
    see(&h, "Datenschutz und Sicherungen");
    let language = h.get_by_role_and_label(Role::ComboBox, "Sprache");
    assert!(
        language
            .accesskit_node()
            .value()
            .is_some_and(|v| v.starts_with("Wie das System (")),
        "the computer's language, in German words"
    );
    for english in [
        "Save settings",
        "Timer lengths",
        "Privacy and backups",
        "Paper size",
    ] {
        dont_see(&h, english);
    }

    // A speaking turn of 5 seconds: refused, in German, and not saved.
    let before = h.state().practice().settings().clone();
    click(&mut h, "Sprechen: eigene Dauer");
    type_number(&mut h, "Sprechen", "5");
    let reason = "5 s liegt außerhalb des Bereichs: erlaubt sind 10 bis 3600 Sekunden";
    see(&h, reason);
    click(&mut h, "Einstellungen speichern");
    see(&h, &format!("Nicht gespeichert. Sprechen: {reason}."));
    assert_eq!(h.state().practice().settings(), &before, "nothing saved");

    // A timeout shorter than Gottman's 20 minutes: usable, with the reason against it.
    click(&mut h, "Auszeit bei Überflutung: eigene Dauer");
    type_number(&mut h, "Auszeit bei Überflutung", "10");
    see_part(&h, "Kürzer als 20 Minuten");
    type_number(&mut h, "Sprechen", "90");

    // French for the console: the screen changes at once, and stays after saving.
    h.get_by_role_and_label(Role::ComboBox, "Sprache")
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "Sprache").click();
    h.run();
    click(&mut h, "Français");
    see(&h, "Réglages");
    see(&h, "Enregistrer les réglages");
    see(&h, "Temps mort si submergé : ma propre durée");
    dont_see(&h, "Einstellungen speichern");
    click(&mut h, "Enregistrer les réglages");
    let saved = h.state().practice().settings();
    assert_eq!(saved.language, Some(Lang::Fr));
    assert_eq!(saved.durations.speak_seconds.map(|s| s.get()), Some(90));
    assert_eq!(saved.durations.flooding_minutes.map(|m| m.get()), Some(10));
}

/// A German console: the therapist screens Sophie alone with the questions in German, and
/// records the confidentiality policy with a German date.
#[test]
fn a_german_therapist_screens_a_partner_and_records_the_policy() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, practice, id) = sophie_and_emma(&clock);
    let mut h = common::open_app_in(practice, Lang::De);
    h.state_mut().apply(Action::OpenCouple(id.clone()));
    h.run();

    // The section's header says, in German, that nobody is screened yet.
    h.get_by_label_contains("noch nicht befragt").click();
    h.run();
    see(
        &h,
        "Nur für Sie: Nichts davon erscheint auf der Anzeige für das Paar oder auf dem Hausaufgabenblatt.",
    );
    see(&h, "Noch keine Vertraulichkeitsregelung festgehalten");
    click(&mut h, "Sophie befragen");
    see(&h, "Befragung von Sophie, allein");
    dont_see(&h, "Screening Sophie, alone");
    see_part(
        &h,
        "Hat Ihr Partner oder Ihre Partnerin Sie im letzten Jahr gestoßen",
    );

    // Nothing marked: refused in German.
    click(&mut h, "Befragung von Sophie speichern");
    see_part(
        &h,
        "Nicht gespeichert. Markieren Sie die Antwort auf mindestens eine Frage",
    );

    for topic in [
        "Körperliche Gewalt",
        "Drohungen",
        "Kontrolle",
        "Erzwungener Sex",
        "Eigene Gewalt",
        "Zuspitzung",
        "Waffen",
    ] {
        click(&mut h, &format!("{topic}: nein"));
    }
    click(&mut h, "Angst: ja");
    see(
        &h,
        "Eine Antwort ist „ja“ oder „abgelehnt“: Meinen Sie wirklich „keine Bedenken“?",
    );
    retype(
        &mut h,
        Role::TextInput,
        "Angst: was gesagt wurde",
        "Streit am Abend",
    );
    click(&mut h, "Bedenken");
    retype(&mut h, Role::TextInput, "Codewort", "Glashaus");
    click(&mut h, "Befragung von Sophie speichern");

    let couple = &h.state().practice().couple(&id).unwrap().couple;
    let sophie = groundwork::model::latest(&couple.screenings, Side::A).unwrap();
    assert_eq!(sophie.risk, RiskLevel::Concerns);
    assert_eq!(sophie.plan.safe_word, "Glashaus");
    let fear = sophie.answers.iter().find(|a| a.id == "afraid").unwrap();
    assert_eq!(fear.answer, Answer::Yes);
    assert!(
        fear.question.starts_with("Haben Sie manchmal Angst"),
        "the question is kept as it was asked: {}",
        fear.question
    );
    see(&h, "Sophie:");
    see(&h, "befragt am 24.11.2026");
    see(&h, "· Sicherheitsplan");

    // The policy, with a day that cannot be read, then one that can.
    click(&mut h, "Begrenzte Geheimnisse");
    retype(&mut h, Role::TextInput, "Vereinbart am", "17.11.2026");
    click(&mut h, "Regelung speichern");
    see(
        &h,
        "Nicht gespeichert. Der Tag der Vereinbarung wird JJJJ-MM-TT geschrieben, zum Beispiel 2026-11-03.",
    );
    retype(&mut h, Role::TextInput, "Vereinbart am", "2026-11-17");
    click(&mut h, "Regelung speichern");
    let couple = &h.state().practice().couple(&id).unwrap().couple;
    assert_eq!(
        couple.confidentiality.as_ref().map(|c| &c.policy),
        Some(&SecretsPolicy::LimitedSecrets)
    );
    see(
        &h,
        "Vertraulichkeit: begrenzte Geheimnisse, vereinbart am 17. November 2026",
    );
    dont_see(&h, "Confidentiality: limited secrets");
}

/// A German therapist chooses the protocol on the couple's page by its German name, with its
/// German summary beneath; the English names are nowhere on the page.
#[test]
fn a_german_therapist_chooses_a_protocol_by_its_german_name() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, practice, id) = sophie_and_emma(&clock);
    let mut h = common::open_app_in(practice, Lang::De);
    h.state_mut().apply(Action::OpenCouple(id.clone()));
    h.run();
    see(&h, "Sprecher-Zuhörer-Übung (PREP)");
    dont_see(&h, "Speaker–listener practice (PREP)");
    see_part(&h, "Markman, Stanley & Blumberg");
    h.get_by_role_and_label(Role::ComboBox, "Protokoll").click();
    h.run();
    click(&mut h, "Paardialog (Hendrix & Hunt)");
    dont_see(&h, "Intentional dialogue (Hendrix & Hunt)");
    click(&mut h, "Sitzung beginnen");
    let state = common::session(&h);
    assert_eq!(state.info.template_id, "imago-dialogue");
}
