//! The console in another language (issue 18), driven as the therapist would.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use groundwork::model::{Lang, MINUTE, SECOND};

use super::common::{self, dont_see, press, see, see_part, session};

#[test]
fn a_german_therapist_runs_a_turn_and_a_timeout_in_german() {
    let (_dir, clock, mut h) = common::in_the_dialogue_in(Lang::De);

    // The console's frame, the agenda and the notes.
    see(&h, "Niemand hat das Wort");
    see(&h, "Ablauf");
    see(&h, "Notizen");
    see(&h, "Kurznotiz");
    see(&h, "Daten");
    see(&h, "Paaranzeige");
    see(&h, "Sitzung beenden");
    see(&h, "Redezeit");
    see_part(&h, "Sitzung 1 · ");
    // The ground rules the template suggested, as a reminder in the agenda.
    see(
        &h,
        "Nicht unterbrechen: Wer spricht, redet zu Ende, bevor der andere antwortet.",
    );
    for english in [
        "Nobody has the floor",
        "Agenda",
        "Quick note",
        "Couple display",
        "End session",
        "Talk time",
        "Private to you",
        "No interrupting",
    ] {
        dont_see(&h, english);
    }

    // Sophie takes the floor: the headline, the next step and the pause in German.
    h.get_by_label("Sophie spricht").click();
    h.run();
    assert!(session(&h).dialogue.turn.is_some(), "Sophie's turn runs");
    see(&h, "Sophie spricht");
    see(&h, "Weiter: Paraphrasieren");
    see(&h, "Anhalten");
    see(&h, "30 Sekunden mehr");
    see(&h, "Das Wort an Emma geben");
    dont_see(&h, "Next: paraphrase");
    dont_see(&h, "Sophie is speaking");
    clock.advance(30 * SECOND);
    h.run();

    // Emma is flooded: T stops every timer and asks who and why, in German.
    press(&mut h, Key::T);
    see(&h, "Auszeit: Alle Uhren sind angehalten");
    see(&h, "Wer hat sie verlangt, und warum?");
    see_part(&h, "Emma ist überflutet");
    dont_see(&h, "Who called it");
    press(&mut h, Key::Num2);
    see(&h, "Pause — zurück um 14:20");
    see_part(&h, "verlangt von Emma");
    see_part(&h, "Überflutung");
    see(&h, "Angehalten für die Auszeit");
    see(&h, "Auszeit vorzeitig beenden");
    dont_see(&h, "Break — back at");

    // Ending it early is asked first, with the time left in German words.
    clock.advance(5 * MINUTE);
    h.run();
    press(&mut h, Key::T);
    see(&h, "Die Pause von Emma 15 Minuten früher beenden?");
    see_part(&h, "dauert noch 15:00");
    see(&h, "Jetzt beenden");
    see(&h, "Nicht jetzt");
    dont_see(&h, "early?");
    press(&mut h, Key::Escape);
    assert!(session(&h).timeout.is_some(), "Esc keeps the timeout");

    // A quick note too long is refused in German, and stays to be shortened.
    h.get_by_role_and_label(Role::TextInput, "Kurznotiz")
        .focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Kurznotiz")
        .type_text(&"Emma ".repeat(240));
    h.run();
    h.get_by_label("Hinzufügen").click();
    h.run();
    see(
        &h,
        "Eine Kurznotiz darf höchstens 500 Zeichen lang sein; diese hat 1.199.",
    );
    assert!(session(&h).notes.quick.is_empty(), "nothing was added");
}

#[test]
fn a_french_or_spanish_therapist_reads_the_turn_in_their_language() {
    for (lang, nobody, speaks, headline, next) in [
        (
            Lang::Fr,
            "Personne n'a la parole",
            "Sophie parle",
            "Sophie parle",
            "Suite : reformuler",
        ),
        (
            Lang::Es,
            "Nadie tiene la palabra",
            "Habla Sophie",
            "Sophie está hablando",
            "Siguiente: parafrasear",
        ),
    ] {
        let (_dir, _clock, mut h) = common::in_the_dialogue_in(lang);
        see(&h, nobody);
        h.get_by_label(speaks).click();
        h.run();
        see(&h, headline);
        see(&h, next);
        dont_see(&h, "Next: paraphrase");
        dont_see(&h, "Sophie is speaking");
    }
}
