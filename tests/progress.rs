//! Progress the therapist and the couple can see (issue 16, part 4): the numbers behind the
//! couple page's plots, the couple's wins on their homework sheet, and what the sample
//! practice shows.

mod common;

use std::sync::Arc;

use chrono::{FixedOffset, TimeZone};
use common::*;
use groundwork::model::Outcome;
use groundwork::pdf::DocumentKind;
use groundwork::practice::Practice;
use groundwork::session::FakeClock;

fn demo() -> Practice {
    let clock = Arc::new(FakeClock::new(
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
            .unwrap(),
    ));
    Practice::open_demo(clock).unwrap()
}

/// The couple whose first partner is `first`.
fn couple(p: &Practice, first: &str) -> groundwork::model::Couple {
    let listed = p.couples().iter().find(|c| c.partner_a == first).unwrap();
    p.couple(&listed.id).unwrap().couple.clone()
}

#[test]
fn progress_follows_the_joint_sessions_and_the_sheet_counts_the_couples_wins() {
    let p = demo();
    for listed in p.couples() {
        let couple = &p.couple(&listed.id).unwrap().couple;
        let history = p.session_history(&couple.id);
        let progress = p.progress(&couple.id, &history).unwrap();
        // Oldest first, joint sessions only, each with the numbers its journal holds.
        let joint: Vec<_> = history.iter().rev().filter(|s| s.alone.is_none()).collect();
        assert_eq!(
            progress.sessions.len(),
            joint.len(),
            "{}",
            couple.display_name()
        );
        for (point, session) in progress.sessions.iter().zip(&joint) {
            assert_eq!(point.number, session.number);
            assert_eq!(point.csi, session.csi);
            assert_eq!(point.week, session.week);
            assert_eq!(point.timeouts, session.timeouts);
        }
        let done: usize = couple
            .agreements
            .iter()
            .flat_map(|a| &a.reviews)
            .filter(|r| r.outcome == Outcome::Done)
            .count();
        assert_eq!(progress.wins(), done, "{}", couple.display_name());
    }

    // Jonas & Mateo: session 1 was Mateo's alone, so their progress starts at session 2; the
    // sample's CSI-4 story rises over the weeks with a setback in the third session.
    let jm = couple(&p, "Jonas");
    let history = p.session_history(&jm.id);
    let progress = p.progress(&jm.id, &history).unwrap();
    assert_eq!(progress.sessions.first().map(|s| s.number), Some(2));
    let mateo: Vec<u8> = progress.sessions.iter().filter_map(|s| s.csi[1]).collect();
    assert!(mateo.len() >= 2, "{mateo:?}");
    assert!(
        mateo.first().unwrap() < &14,
        "starts below the cut-off: {mateo:?}"
    );

    // Daniel & Priya's latest sheet: their wins so far, counted from every review.
    let dp = couple(&p, "Daniel");
    let history = p.session_history(&dp.id);
    let wins = p.progress(&dp.id, &history).unwrap().wins();
    assert!(wins > 0, "the sample has kept agreements");
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("sheet.pdf");
    p.export_to(DocumentKind::Homework, &history[0].path, &file, false)
        .unwrap();
    let text = pdf_text(&std::fs::read(&file).unwrap());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let expected = if wins == 1 {
        "Our wins so far: 1 agreement kept".to_owned()
    } else {
        format!("Our wins so far: {wins} agreements kept")
    };
    assert!(flat.contains(&expected), "{expected:?} in {flat}");
    assert!(flat.contains("Setbacks are normal"), "{flat}");
}

#[test]
fn the_couple_page_shows_progress_and_the_agreements_kept() {
    let p = demo();
    let dp = couple(&p, "Daniel").id;
    let history = p.session_history(&dp);
    let wins = p.progress(&dp, &history).unwrap().wins();
    let mut h = open_app(p);
    click(&mut h, "Daniel & Priya");
    see(&h, "Satisfaction (CSI-4)");
    see(&h, "The week, 0 to 10");
    see(&h, "Agreements reviewed");
    see(&h, "Daniel's share of the talk time");
    see_part(&h, &format!("Agreements kept so far: {wins}."));
}

/// The progress report from the command line, as the couple page's button prints it: both
/// partners, each joint session's numbers, every agreement with its reviews, its fonts
/// embedded; nothing from a screening or an individual session.
#[test]
fn the_progress_report_prints_the_numbers_and_the_agreements_and_nothing_private() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    let groundwork = || {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_groundwork"));
        cmd.env("GROUNDWORK_LANG", "en");
        cmd
    };
    let out = groundwork()
        .args(["demo-data", root.to_str().unwrap(), "--sessions", "5"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let p = Practice::open(&root, Arc::new(FakeClock::new(at(30, 9, 0)))).unwrap();
    let jm = couple(&p, "Jonas");
    let history = p.session_history(&jm.id);
    let progress = p.progress(&jm.id, &history).unwrap();
    let private: Vec<String> = jm
        .screenings
        .iter()
        .flat_map(|s| {
            [
                s.plan.safe_word.clone(),
                s.plan.where_to_go.clone(),
                s.notes.clone(),
            ]
            .into_iter()
            .chain(s.answers.iter().map(|a| a.note.clone()))
        })
        .filter(|t| !t.is_empty())
        .collect();
    assert!(private.iter().any(|t| t == "lighthouse"), "{private:?}");
    drop(p);

    let file = dir.path().join("progress.pdf");
    let out = groundwork()
        .args(["export", "progress", "--couple", "Jonas & Mateo", "--out"])
        .arg(&file)
        .arg("--data-dir")
        .arg(&root)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let bytes = std::fs::read(&file).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert!((1..=2).contains(&doc.get_pages().len()), "one or two pages");
    assert!(
        doc.objects
            .values()
            .any(|o| o.as_dict().is_ok_and(|d| d.has(b"FontFile2"))),
        "the font is embedded"
    );
    let text = pdf_text(&bytes);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Progress report"), "{flat}");
    assert!(flat.contains("Jonas & Mateo"), "{flat}");
    for s in &progress.sessions {
        let dash = |v: Option<u8>| v.map_or_else(|| "–".to_owned(), |v| v.to_string());
        let csi = format!("{} / {}", dash(s.csi[0]), dash(s.csi[1]));
        assert!(
            flat.contains(&format!("#{}", s.number)),
            "session {}",
            s.number
        );
        assert!(
            flat.contains(&csi),
            "session {}'s CSI-4 {csi} in {flat}",
            s.number
        );
    }
    for a in &progress.agreements {
        let start: String = a.behaviour.chars().take(30).collect();
        assert!(flat.contains(&start), "{start:?} in {flat}");
    }
    for words in &private {
        assert!(!flat.contains(words.as_str()), "{words:?} from a screening");
    }
    // The individual session (Mateo's, session 1) is not among the joint sessions.
    assert_eq!(progress.sessions.first().map(|s| s.number), Some(2));
    assert!(
        !flat.contains("seen alone"),
        "an individual session's notes"
    );
}

#[test]
fn the_couple_page_prints_the_progress_report() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("practice");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(["demo-data", root.to_str().unwrap(), "--couples", "2"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let clock = FakeClock::new(at(30, 9, 0));
    let mut h = open(&root, &clock);
    click(&mut h, "Daniel & Priya");
    click(&mut h, "Progress report PDF");
    let said = message(&h);
    assert!(
        said.starts_with("The progress report is saved (1 page): "),
        "{said}"
    );
    let path = said.split(": ").nth(1).unwrap();
    assert!(path.ends_with("Daniel & Priya - progress.pdf"), "{path}");
    assert!(std::path::Path::new(path).exists());
}
