//! What an undo costs: it folds the session's journal again without the undone step, so its
//! cost grows with the session. Measured at 1,000, 10,000 and 100,000 events (a three-hour
//! session has about 1,000).
//!
//! `cargo run --release --example undo_cost`

use std::time::Instant;

use groundwork::model::{SECOND, Side};
use groundwork::session::Command;

fn main() -> Result<(), String> {
    for events in [1_000, 10_000, 100_000] {
        let mut sim = groundwork::demo::long_session("Sophie", "Emma", events)?;
        let mut times = Vec::new();
        for _ in 0..10 {
            // A step, then its undo: the undo is what is timed.
            sim.wait(2 * SECOND);
            sim.run(Command::RateCheckIn {
                side: Side::A,
                score: 7,
            })?;
            sim.wait(SECOND);
            let started = Instant::now();
            sim.run(Command::Undo)?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "undo at {:>6} events: median {:.2} ms, max {:.2} ms",
            sim.entries.len(),
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
    Ok(())
}
