//! Protocols as their sources teach them, driven through the real app (issue 13): trust repair
//! from the hurt partner's phase to the apology, a card shown to the couple, and PREP's own
//! ground rules offered in place of the practice's.

mod common;

use std::sync::Arc;

use common::*;
use egui::Key;
use egui_kittest::kittest::Queryable;
use groundwork::model::{Settings, Side, Stage};
use groundwork::practice::Practice;
use groundwork::session::FakeClock;
use groundwork::ui::display::Content;

/// Sophie & Emma's page, with `template` the protocol offered first; the session started.
fn session_of(template: &str, clock: &FakeClock) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Practice::open(dir.path(), Arc::new(clock.clone())).unwrap();
    p.save_settings(Settings {
        default_template: template.to_owned(),
        ..Settings::default()
    })
    .unwrap();
    p.create_couple("Sophie", "Emma").unwrap();
    let mut h = open_app(p);
    click(&mut h, "Sophie & Emma");
    click(&mut h, "Start session");
    // Work on deep hurt warns first about a couple not screened; these tests are about the
    // protocol itself (tests/safety.rs is about the warning).
    if h.query_by_label("Start anyway").is_some() {
        click(&mut h, "Start anyway");
    }
    (dir, h)
}

fn wait(h: &mut App, clock: &FakeClock, ms: u64) {
    clock.advance(ms);
    h.run();
}

fn phase_title(h: &App) -> String {
    let state = session(h);
    state.info.phases[state.phase].title.clone()
}

#[test]
fn trust_repair_hears_the_hurt_partner_before_the_apology() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, mut h) = session_of("trust-repair", &clock);
    while phase_title(&h) != "Being heard: the hurt partner has the floor" {
        move_on(&mut h);
    }
    // The therapist gives the floor to Emma, who was hurt.
    see(&h, "Nobody has the floor");
    click(&mut h, "Emma speaks");
    see(&h, "Emma is speaking");
    wait(&mut h, &clock, 90_000);
    press(&mut h, Key::Space);
    see(&h, "Sophie, your turn to paraphrase");
    see(&h, "“What I hear you saying is …”");
    wait(&mut h, &clock, 40_000);
    press(&mut h, Key::Space);
    see(&h, "Emma: was that accurate?");
    // The floor never passes to Sophie: Emma goes on, or, heard, Sophie validates.
    see(&h, "Accurate — Emma goes on");
    see(&h, "Heard — Sophie validates");
    dont_see(&h, "Pass the floor");
    wait(&mut h, &clock, 3_000);
    press(&mut h, Key::Space);
    assert_eq!(stage(&h), Some((Side::B, Stage::Speaking)));

    wait(&mut h, &clock, 60_000);
    press(&mut h, Key::Space);
    wait(&mut h, &clock, 30_000);
    press(&mut h, Key::Space);
    wait(&mut h, &clock, 3_000);
    press(&mut h, Key::F);
    see(&h, "Sophie, say how Emma makes sense");
    see(&h, "“You make sense to me, because …”");
    wait(&mut h, &clock, 45_000);
    press(&mut h, Key::Space);
    see(&h, "Sophie, imagine how Emma feels");
    see(&h, "Done — Emma keeps the floor");
    wait(&mut h, &clock, 45_000);
    press(&mut h, Key::Space);
    see(&h, "Nobody has the floor");
    see(&h, "Emma speaks");
    dont_see(&h, "Sophie speaks");
    assert_eq!(session(&h).turns(Side::A), 0, "Sophie only listened");
    assert_eq!(session(&h).turns(Side::B), 2);

    // Only now the responsibility and the apology.
    move_on(&mut h);
    assert_eq!(phase_title(&h), "Responsibility and apology");
    see(&h, "Full responsibility");
    close(h);
}

#[test]
fn a_card_is_shown_to_the_couple_and_put_away() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, mut h) = session_of("aftermath-of-a-fight", &clock);
    let title = "Four habits that hurt, and what helps instead";
    click(&mut h, "Show a card");
    click(&mut h, title);
    let shown = Content::new(Some(session(&h)), 0);
    assert_eq!(shown.headline, title);
    assert_eq!(shown.card.len(), 4);
    assert!(shown.card[1].starts_with("Contempt"));
    click(&mut h, &format!("Put away the card: {title}"));
    assert_eq!(session(&h).card, None);
    let back = Content::new(Some(session(&h)), 0);
    assert_ne!(back.headline, title, "the display is back to the session");
    close(h);
}

#[test]
fn prep_offers_its_own_ground_rules_and_undo_brings_the_old_ones_back() {
    let clock = FakeClock::new(at(24, 10, 0));
    let (_dir, mut h) = session_of("speaker-listener", &clock);
    move_on(&mut h);
    assert_eq!(phase_title(&h), "Ground rules");
    let before: Vec<String> = session(&h).rules.iter().map(|r| r.text.clone()).collect();
    click(&mut h, "Or PREP's ground rules");
    click(&mut h, "Use PREP's ground rules instead");
    let now: Vec<String> = session(&h).rules.iter().map(|r| r.text.clone()).collect();
    assert_eq!(now.len(), 6);
    assert!(now[2].contains("sets a time within 24 hours"));
    see_part(&h, "We keep a weekly couple meeting for the issues.");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    let undone: Vec<String> = session(&h).rules.iter().map(|r| r.text.clone()).collect();
    assert_eq!(undone, before);
    close(h);
}
