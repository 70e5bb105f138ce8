//! Safety before joint work (issue 16, part 1): each partner screened alone, a safety plan, the
//! confidentiality policy, and a warning (never a refusal) before work on deep hurt with a
//! couple not screened or flagged. What a screening holds never reaches what the couple sees.

mod common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use groundwork::model::{RiskLevel, SafetyStatus, Side};
use groundwork::pdf::{self, DocumentKind};
use groundwork::session::FakeClock;

/// Words typed only into the screening: none may appear on anything the couple sees.
const PRIVATE: [&str; 3] = ["Glasshouse", "Aunt Miriam", "raised his fist"];

#[test]
fn a_therapist_screens_each_partner_and_is_warned_before_trust_repair() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, id, mut h) = on_their_page(&clock);

    // Trust repair with nobody screened: a warning, and nothing started.
    click(&mut h, "Protocol");
    click(&mut h, "Trust repair: accountability and first agreements");
    click(&mut h, "Start session");
    see(&h, "Before you start");
    see_part(&h, "Sophie and Emma have not been screened");
    assert!(
        h.state().practice().live().is_none(),
        "a warning, not a start"
    );
    click(&mut h, "Not now");
    dont_see(&h, "Before you start");

    // Sophie, alone: she is afraid, and a safety plan is made.
    click(&mut h, "Safety and confidentiality · not screened yet");
    click(&mut h, "Screen Sophie");
    click(&mut h, "Save Sophie's screening");
    see_part(&h, "Not saved. Mark the answer to at least one question");
    assert!(
        h.state()
            .practice()
            .couple(&id)
            .unwrap()
            .couple
            .screenings
            .is_empty()
    );
    for topic in [
        "Physical harm",
        "Threats",
        "Control",
        "Forced sex",
        "Own violence",
        "Weapon",
    ] {
        click(&mut h, &format!("{topic}: no"));
    }
    click(&mut h, "Fear: yes");
    retype(&mut h, Role::TextInput, "Fear: what was said", PRIVATE[2]);
    click(&mut h, "Getting worse: declined");
    see(
        &h,
        "An answer is yes or declined: is \"no concerns\" what you mean?",
    );
    click(&mut h, "concerns");
    retype(&mut h, Role::TextInput, "Safe word", PRIVATE[0]);
    retype(&mut h, Role::TextInput, "Where to go", PRIVATE[1]);
    click(&mut h, "Save Sophie's screening");
    assert_eq!(message(&h), "Sophie's screening is saved.");

    // Emma, alone: no concerns.
    click(&mut h, "Screen Emma");
    for q in groundwork::model::QUESTIONS {
        click(&mut h, &format!("{}: no", q.topic));
    }
    click(&mut h, "Save Emma's screening");
    assert_eq!(message(&h), "Emma's screening is saved.");
    let couple = &h.state().practice().couple(&id).unwrap().couple;
    assert_eq!(
        couple.safety(),
        SafetyStatus::Flagged(Side::A, RiskLevel::Concerns)
    );
    let sophie = groundwork::model::latest(&couple.screenings, Side::A).unwrap();
    assert_eq!(sophie.plan.safe_word, PRIVATE[0]);
    assert_eq!(sophie.date, at(24, 10, 0).date_naive());

    // The confidentiality policy agreed at intake.
    click(&mut h, "Limited secrets");
    retype(&mut h, Role::TextInput, "Agreed on", "2026-11-17");
    click(&mut h, "Save the policy");
    assert_eq!(message(&h), "The confidentiality policy is saved.");
    see(
        &h,
        "Confidentiality: limited secrets, agreed 17 November 2026",
    );

    // Trust repair again: the flag is named; the therapist decides to go on.
    click(&mut h, "Start session");
    see_part(&h, "Sophie's screening found concerns");
    click(&mut h, "Start anyway");
    let state = session(&h).clone();
    assert_eq!(state.info.template_id, "trust-repair");

    // Nothing from the screening on the couple display, the homework sheet or the notes; the
    // notes carry the policy.
    let shown = format!(
        "{:?}",
        groundwork::ui::display::Content::new(Some(&state), 0)
    );
    assert!(shown.contains("Sophie"), "the display was read: {shown}");
    for private in PRIVATE {
        assert!(!shown.contains(private), "{private} on the display");
    }
    let letterhead = pdf::Letterhead::blank();
    let print = |kind| pdf_text(&pdf::document(kind, &state, &letterhead).unwrap().bytes);
    let (sheet, notes) = (print(DocumentKind::Homework), print(DocumentKind::Notes));
    assert!(sheet.contains("Sophie"), "the sheet was read: {sheet}");
    for private in PRIVATE {
        assert!(!sheet.contains(private), "{private} on the homework sheet");
        assert!(
            !notes.contains(private),
            "{private} in the joint session's notes"
        );
    }
    assert!(
        notes.contains("Confidentiality: limited secrets (agreed 17 Nov 2026)."),
        "{notes}"
    );
}

#[test]
fn a_couple_screened_with_no_concerns_starts_trust_repair_without_a_warning() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, mut p, id) = sophie_and_emma(&clock);
    for side in Side::BOTH {
        p.save_screening(
            &id,
            groundwork::model::Screening {
                side,
                date: at(20, 9, 0).date_naive(),
                in_session: None,
                answers: Vec::new(),
                risk: RiskLevel::NoConcerns,
                plan: Default::default(),
                notes: String::new(),
            },
        )
        .unwrap();
    }
    let mut h = open_app(p);
    click(&mut h, "Sophie & Emma");
    click(&mut h, "Protocol");
    click(&mut h, "Trust repair: accountability and first agreements");
    click(&mut h, "Start session");
    dont_see(&h, "Before you start");
    assert_eq!(session(&h).info.template_id, "trust-repair");
}

#[test]
fn an_individual_session_screens_one_partner_alone_and_nothing_of_it_reaches_the_couple() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, id, mut h) = on_their_page(&clock);

    // An individual session with Sophie.
    click(&mut h, "Protocol");
    click(&mut h, "Individual session (one partner)");
    dont_see(&h, "Start session");
    click(&mut h, "Start with Sophie alone");
    see(&h, "Sophie, alone");
    let state = session(&h).clone();
    assert_eq!(state.info.alone, Some(Side::A));
    assert_eq!(state.record.present, [true, false]);
    // The couple display stays on its welcome: no name, no step.
    let shown = groundwork::ui::display::Content::new(Some(&state), 0);
    assert_eq!(shown.headline, "Welcome");
    assert!(!format!("{shown:?}").contains("Sophie"));

    // The screening, asked alone, from the session's own button.
    click(&mut h, "Screen Sophie");
    for q in groundwork::model::QUESTIONS {
        click(&mut h, &format!("{}: no", q.topic));
    }
    click(&mut h, "Control: yes");
    retype(
        &mut h,
        Role::TextInput,
        "Control: what was said",
        PRIVATE[2],
    );
    click(&mut h, "joint sessions not advised");
    retype(&mut h, Role::TextInput, "Safe word", PRIVATE[0]);
    retype(&mut h, Role::TextInput, "Where to go", PRIVATE[1]);
    click(&mut h, "Save Sophie's screening");
    assert_eq!(message(&h), "Sophie's screening is saved.");
    dont_see(&h, "Save Sophie's screening");
    let couple = &h.state().practice().couple(&id).unwrap().couple;
    let screening = groundwork::model::latest(&couple.screenings, Side::A).unwrap();
    assert_eq!(screening.in_session, Some(1), "done in session 1");
    assert_eq!(screening.risk, RiskLevel::ConjointNotAdvised);

    // What Sophie says alone goes in this session's notes, then the session ends.
    let said = "Sophie says the arguments about money frighten her";
    retype(&mut h, Role::MultilineTextInput, "Data", said);
    move_on(&mut h);
    click(&mut h, "End session");
    click(&mut h, "End the session now");
    let individual = session(&h).clone();
    assert!(individual.is_ended());
    let letterhead = pdf::Letterhead::blank();
    let notes = pdf_text(
        &pdf::document(DocumentKind::Notes, &individual, &letterhead)
            .unwrap()
            .bytes,
    );
    assert!(notes.contains("Individual session notes"), "{notes}");
    assert!(notes.contains("Sophie, alone"), "{notes}");
    assert!(notes.contains(said), "the therapist's own record: {notes}");
    let refused = pdf::document(DocumentKind::Homework, &individual, &letterhead).unwrap_err();
    assert!(refused.contains("was with Sophie alone"), "{refused}");

    // On the couple page: the session is marked, with its notes only.
    click(&mut h, "Leave");
    see(&h, "Individual: Sophie alone");
    assert_eq!(h.query_all_by_label_contains("Homework PDF").count(), 0);

    // Trust repair next: the warning names Sophie's screening.
    h.get_by_role_and_label(Role::ComboBox, "Protocol").click();
    h.run();
    click(&mut h, "Trust repair: accountability and first agreements");
    click(&mut h, "Start session");
    see_part(
        &h,
        "Sophie's screening found that joint sessions are not advised",
    );
    click(&mut h, "Start anyway");
    let joint = session(&h).clone();
    assert_eq!(joint.info.number, 2);
    assert_eq!(joint.info.alone, None);
    let shown = format!(
        "{:?}",
        groundwork::ui::display::Content::new(Some(&joint), 0)
    );
    let print = |kind| pdf_text(&pdf::document(kind, &joint, &letterhead).unwrap().bytes);
    for private in PRIVATE.iter().chain([&said]) {
        assert!(!shown.contains(private), "{private} on the display");
        assert!(
            !print(DocumentKind::Homework).contains(private),
            "{private} on the sheet"
        );
        assert!(
            !print(DocumentKind::Notes).contains(private),
            "{private} in joint notes"
        );
    }
}
