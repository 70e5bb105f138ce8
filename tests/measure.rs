//! The outcome measure (issue 16, part 3): the CSI-4 asked of each partner at check-in, scored
//! as published, with the distress cut-off, kept per partner per session and printed on the
//! notes; the 0–10 week rating stays as it is.

mod common;

use common::*;
use egui::Key;
use egui_kittest::kittest::Queryable;
use groundwork::model::Side;
use groundwork::pdf::{self, DocumentKind};
use groundwork::session::{Command, FakeClock};

#[test]
fn each_partner_answers_the_csi_4_at_check_in_and_the_notes_print_both_totals() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, _id, mut h) = on_their_page(&clock);
    click(&mut h, "Start session");

    // The week, as before.
    click(&mut h, "Sophie: 6");
    click(&mut h, "Emma: 4");
    click(
        &mut h,
        "Satisfaction (CSI-4) · Sophie not asked · Emma not asked",
    );
    // Sophie: happy (3), mostly true (3), somewhat (2), mostly (3) = 11.
    for answer in [
        "Sophie, question 1: Happy",
        "Sophie, question 2: Mostly true",
        "Sophie, question 3: Somewhat",
        "Sophie, question 4: Mostly",
    ] {
        click(&mut h, answer);
    }
    see(&h, "Sophie: 11 of 21, below the distress cut-off (13.5)");
    // Emma: very happy (4), almost completely true (4), mostly (3), mostly (3) = 14.
    for answer in [
        "Emma, question 1: Very happy",
        "Emma, question 2: Almost completely true",
        "Emma, question 3: Mostly",
        "Emma, question 4: Mostly",
    ] {
        click(&mut h, answer);
    }
    see(&h, "Emma: 14 of 21, above the distress cut-off (13.5)");
    assert_eq!(session(&h).csi_score(Side::A), Some(11));
    assert_eq!(session(&h).csi_score(Side::B), Some(14));
    assert_eq!(
        session(&h).check_in,
        [Some(6), Some(4)],
        "the week rating stays"
    );

    // A slip is taken back like any step: Emma's last answer, and with it her total.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(session(&h).csi_score(Side::B), None);
    click(&mut h, "Emma, question 4: Mostly");

    let state = session(&h).clone();
    let notes = pdf::document(DocumentKind::Notes, &state, &pdf::Letterhead::blank()).unwrap();
    let text = pdf_text(&notes.bytes);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("CSI-4: Sophie 11, Emma 14 (cut-off 13.5)."),
        "{flat}"
    );
    assert!(flat.contains("The week: Sophie 6/10, Emma 4/10."), "{flat}");
    // The couple's sheet does not carry their scores.
    let sheet = pdf::document(DocumentKind::Homework, &state, &pdf::Letterhead::blank()).unwrap();
    assert!(!pdf_text(&sheet.bytes).contains("CSI"));
}

#[test]
fn an_answer_that_is_not_one_of_the_questions_answers_is_refused() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, mut p, id) = sophie_and_emma(&clock);
    p.start_session(&id, "speaker-listener", Default::default())
        .unwrap();
    // The first question has seven answers (0 to 6), the others six (0 to 5).
    let answer = |side, item, answer| Command::AnswerCsi { side, item, answer };
    p.execute(&answer(Side::A, 0, 6)).unwrap();
    let refused = p.execute(&answer(Side::A, 1, 6)).unwrap_err();
    assert!(
        refused.contains("not one of the question's answers"),
        "{refused}"
    );
    let refused = p.execute(&answer(Side::B, 4, 0)).unwrap_err();
    assert!(refused.contains("numbered 1 to 4"), "{refused}");
    assert_eq!(
        p.live().unwrap().state().csi[0],
        [Some(6), None, None, None]
    );
}

/// "Ask Sophie on the couple display": the display turns to her alone, she answers there, and
/// the console gets her total; then the display goes back to the session.
#[test]
fn a_partner_answers_alone_on_the_couple_display() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, _id, mut h) = on_their_page(&clock);
    click(&mut h, "Start session");
    click(
        &mut h,
        "Satisfaction (CSI-4) · Sophie not asked · Emma not asked",
    );
    // Emma answers on the therapist's screen first.
    for answer in [
        "Emma, question 1: Very happy",
        "Emma, question 2: Mostly true",
        "Emma, question 3: Mostly",
        "Emma, question 4: Mostly",
    ] {
        click(&mut h, answer);
    }
    click(&mut h, "Ask Sophie on the couple display");
    assert!(h.state().display_open(), "the display opens for her");
    see(&h, "Sophie, just for you");
    see_part(&h, "Sophie is answering on the couple display");
    // Her questions are only on the display now: one button each, none on the console.
    for answer in [
        "Sophie, question 1: Happy",
        "Sophie, question 2: Somewhat true",
        "Sophie, question 3: Somewhat",
        "Sophie, question 4: A little",
    ] {
        assert_eq!(h.query_all_by_label(answer).count(), 1, "{answer}");
        click(&mut h, answer);
    }
    see(&h, "Thank you, Sophie. Please turn the screen back.");
    // Happy (3) + somewhat true (2) + somewhat (2) + a little (1) = 8.
    assert_eq!(session(&h).csi_score(Side::A), Some(8));
    see(&h, "Sophie: 8 of 21, below the distress cut-off (13.5)");
    // Without a second window (as here, in tests) the display is drawn over the console, so
    // the button is pressed the way a screen reader presses it.
    h.get_by_label("Back to the session on the display")
        .click_accesskit();
    h.run();
    dont_see(&h, "Sophie, just for you");
    assert!(
        h.state().display_open(),
        "the display stays, on the session"
    );
}

/// On the display turned to one partner, nothing of the other's: not their name, not their
/// answers.
#[test]
fn the_display_turned_to_one_partner_shows_nothing_of_the_other() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, mut p, id) = sophie_and_emma(&clock);
    p.start_session(&id, "speaker-listener", Default::default())
        .unwrap();
    for (item, answer) in [(0, 6), (1, 5), (2, 5), (3, 5)] {
        p.execute(&Command::AnswerCsi {
            side: Side::B,
            item,
            answer,
        })
        .unwrap();
    }
    let state = p.live().unwrap().state().clone();
    let view = groundwork::ui::display::DisplayView {
        theme: groundwork::model::Theme::Dark,
        rules: true,
        lang: groundwork::model::Lang::En,
    };
    let mut h = egui_kittest::Harness::builder()
        .with_size([1280.0, 720.0])
        .build_ui(move |ui| {
            view.questionnaire(ui, &state, Side::A);
        });
    h.run();
    assert!(h.query_by_label("Sophie, just for you").is_some());
    assert!(
        h.query_all_by_label_contains("Emma").next().is_none(),
        "nothing of Emma's on Sophie's screen"
    );
    assert!(h.query_by_label("Sophie, question 1: Perfect").is_some());
}
