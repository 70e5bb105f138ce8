//! Budgets of the data folder, on the real disk, plain and protected by a passphrase:
//! - a synced journal append: under 5 ms (sealed: seal + sync, p99 under 5 ms);
//! - listing 200 couples × 50 sessions at start-up: well under 1 s (sealed: after unlock);
//! - unlocking a protected practice (argon2id, 64 MiB): at most 1 s.
//!
//! `cargo bench --bench journal_append`

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate};
use groundwork::model::*;
use groundwork::store::*;

const APPENDS: usize = 1_000;
const COUPLES: usize = 200;
const SESSIONS: u32 = 50;

fn main() {
    // Not /tmp: it may be a tmpfs, where a sync costs nothing. The target dir is on the disk
    // the project is built on.
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&base).unwrap();
    let dir = tempfile::TempDir::new_in(&base).unwrap();
    println!("data folder: {}", dir.path().display());

    bench_append(dir.path(), false);
    bench_listing(dir.path(), false);
    bench_unlock(dir.path());
    bench_append(dir.path(), true);
    bench_listing(dir.path(), true);
}

const PASSPHRASE: &str = "calm river stones at dusk";

/// A data folder at `root`, protected and unlocked when `sealed`.
fn folder(root: &Path, sealed: bool) -> Store {
    let store = Store::open(root).unwrap();
    if sealed {
        protect::protect_new(root, PASSPHRASE).unwrap();
    }
    store
}

fn bench_unlock(root: &Path) {
    let root = root.join("unlock");
    folder(&root, true);
    let mut times = Vec::new();
    for _ in 0..10 {
        seal::lock(&root);
        let start = Instant::now();
        protect::unlock(&root, PASSPHRASE).unwrap();
        times.push(start.elapsed());
    }
    report(
        "unlock a protected practice (argon2id 64 MiB, 3 passes; 10 runs)",
        &mut times,
        Duration::from_millis(1000),
    );
}

fn entry(i: usize) -> Entry {
    let stamp = Stamp {
        wall: DateTime::parse_from_rfc3339("2026-11-22T18:00:00+01:00").unwrap(),
        at: 0,
    }
    .shifted(i as i64 * 2_500);
    let event = match i % 6 {
        0 => Event::TurnStarted { speaker: Side::A },
        1 => Event::StageAdvanced {
            to: Stage::Paraphrasing,
        },
        2 => Event::QuickNote {
            text: format!("{i}: Emma looked away when Sophie said \"always\" 😔"),
        },
        3 => Event::TurnEnded {
            accurate: i.is_multiple_of(4),
        },
        4 => Event::NoteSet {
            section: "Data".to_owned(),
            // A note that grows through the session, as the therapist types.
            text: "Couple arrived on time; discussed weekends with the in-laws.\n"
                .repeat(1 + i / 50),
        },
        _ => Event::TimeoutStarted {
            by: Caller::Partner(Side::B),
            reason: TimeoutReason::Flooding,
            length: 20 * MINUTE,
        },
    };
    Entry::new(stamp, event)
}

fn bench_append(root: &Path, sealed: bool) {
    let name = if sealed { "append-sealed" } else { "append" };
    let store = folder(&root.join(name), sealed);
    let id = CoupleId("c-20261122-180000-beef".to_owned());
    let mut journal = store
        .create_journal(&id, 1, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap())
        .unwrap();
    let mut times = Vec::with_capacity(APPENDS);
    for i in 0..APPENDS {
        let e = entry(i);
        let start = Instant::now();
        journal.append(std::slice::from_ref(&e)).unwrap();
        times.push(start.elapsed());
    }
    let bytes = std::fs::metadata(journal.path()).unwrap().len();
    report(
        &format!(
            "journal append + {}sync ({APPENDS} single entries, journal {} KB)",
            if sealed { "seal + " } else { "" },
            bytes / 1024
        ),
        &mut times,
        Duration::from_millis(5),
    );
}

fn bench_listing(root: &Path, sealed: bool) {
    let root = root.join(if sealed { "listing-sealed" } else { "listing" });
    let store = folder(&root, sealed);
    let start = Instant::now();
    let day0 = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let ids: Vec<CoupleId> = (0..COUPLES)
        .map(|i| {
            let now = day0.and_hms_opt(9, 0, 0).unwrap() + chrono::Duration::minutes(i as i64);
            let id = store.new_couple_id(now);
            let mut c = Couple::new(id.clone(), &format!("Partner A{i} 🌻"), "שרה", day0);
            c.next_session = Some(day0 + chrono::Duration::days(400));
            store.save_couple(&c).unwrap();
            id
        })
        .collect();
    let entries: Vec<Entry> = (0..20).map(entry).collect();
    std::thread::scope(|scope| {
        for chunk in ids.chunks(COUPLES / 8) {
            let store = &store;
            let entries = &entries;
            scope.spawn(move || {
                for id in chunk {
                    for n in 1..=SESSIONS {
                        let d = day0 + chrono::Duration::weeks(i64::from(n));
                        store.write_journal(id, n, d, entries).unwrap();
                    }
                }
            });
        }
    });
    println!(
        "\nwrote {COUPLES} couples × {SESSIONS} sessions in {:.1} s",
        start.elapsed().as_secs_f64()
    );

    let mut times = Vec::new();
    for _ in 0..20 {
        let start = Instant::now();
        let store = Store::open(&root).unwrap();
        let listing = store.couples();
        times.push(start.elapsed());
        assert_eq!(listing.couples.len(), COUPLES);
        assert!(listing.problems.is_empty());
        assert_eq!(
            listing
                .couples
                .iter()
                .map(|c| c.sessions.len())
                .sum::<usize>(),
            COUPLES * SESSIONS as usize
        );
    }
    report(
        &format!(
            "open + list {COUPLES} couples × {SESSIONS} sessions{} (warm cache, 20 runs)",
            if sealed { ", sealed, after unlock" } else { "" }
        ),
        &mut times,
        Duration::from_millis(1000),
    );
}

fn report(what: &str, times: &mut [Duration], budget: Duration) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let pct = |p: usize| times[((times.len() - 1) * p) / 100];
    let max = times[times.len() - 1];
    println!("\n{what}");
    println!(
        "  min {:.3} ms  p50 {:.3} ms  p95 {:.3} ms  p99 {:.3} ms  max {:.3} ms",
        ms(times[0]),
        ms(pct(50)),
        ms(pct(95)),
        ms(pct(99)),
        ms(max)
    );
    let verdict = if pct(99) <= budget { "within" } else { "OVER" };
    println!("  budget {:.0} ms: p99 {verdict} budget", ms(budget));
}
