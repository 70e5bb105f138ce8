//! The whole cost benchmark, in one command:
//!
//! ```text
//! cargo run --release --example floor_bench                 # about 20 minutes
//! cargo run --release --example floor_bench -- --seconds 10 --rounds 2 --no-large
//! cargo run --release --example floor_bench -- --timer-only   # part 1 only
//! ```
//!
//! 1. **A timer at the floor.** Under Xvfb (started here when `DISPLAY` is not set), the app's
//!    scenarios run one after another with the bare window of `floor_probe` between them,
//!    round after round, so both see the same machine: the speaker's countdown in the console
//!    alone; with the couple display open; a 20-minute timeout in both windows; idle. Each
//!    scenario's CPU is printed as a multiple of the probe's in the same round (median over
//!    the rounds). Two windows at the floor would be 2×. Rounds of 40 s: on a busy or virtual
//!    machine, 20-s rounds move the ratios by a third.
//! 2. **Scaling.** A console frame at 1,000, 10,000 and 100,000 events and the restart of a
//!    long session (`ui_budget`); opening the data folder and the home screen at 200 couples ×
//!    50 sessions and 2,000 × 100 (`home_budget`, then `window_budget`: start to first frame in
//!    a real window; `--no-large` skips 2,000 × 100).
//!
//! Benchmarks, not tests: nothing here passes or fails.

use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "support/xvfb.rs"]
mod xvfb;
use xvfb::start_xvfb;

/// The examples this one runs; built here first, with the same profile.
const PARTS: [&str; 5] = [
    "floor_probe",
    "repaint_budget",
    "ui_budget",
    "home_budget",
    "window_budget",
];

/// The app's scenarios (repaint_budget's modes), in the order they run each round.
const SCENARIOS: [(&str, &str); 4] = [
    ("console", "timer in the console"),
    ("timer", "timer, console + couple display"),
    ("timeout", "20-minute timeout, both windows"),
    ("idle", "idle, both windows"),
];

struct Options {
    seconds: u64,
    rounds: usize,
    large: bool,
    scaling: bool,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        seconds: 40,
        rounds: 3,
        large: true,
        scaling: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| {
            args.next()
                .and_then(|n| n.parse::<u64>().ok())
                .ok_or(format!("{name} takes a number"))
        };
        match arg.as_str() {
            "--seconds" => o.seconds = number("--seconds")?.max(5),
            "--rounds" => o.rounds = number("--rounds")?.max(1) as usize,
            "--no-large" => o.large = false,
            "--timer-only" => o.scaling = false,
            other => {
                return Err(format!(
                    "unknown argument {other}; use --seconds N, --rounds N, --no-large, --timer-only"
                ));
            }
        }
    }
    Ok(o)
}

fn main() -> Result<(), String> {
    let options = options()?;
    let dir = build_parts(if options.scaling { &PARTS } else { &PARTS[..2] })?;
    let xvfb = start_xvfb()?;

    println!(
        "## A timer at the floor ({} rounds of {} s each, glow, 1280×800)",
        options.rounds, options.seconds
    );
    let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); SCENARIOS.len()];
    for round in 1..=options.rounds {
        let probe = cpu_of(&dir, "floor_probe", &[&options.seconds.to_string()])?;
        print!("round {round}: probe {:.2} s CPU", probe.cpu);
        for (i, (mode, _)) in SCENARIOS.iter().enumerate() {
            let run = cpu_of(
                &dir,
                "repaint_budget",
                &[mode, &options.seconds.to_string()],
            )?;
            let ratio = run.cpu / probe.cpu.max(0.01);
            ratios[i].push(ratio);
            print!(" · {mode} {:.2} s ({ratio:.2}×)", run.cpu);
        }
        println!();
    }
    println!();
    println!("| scenario | CPU as a multiple of one bare window (median) |");
    println!("|---|---|");
    for ((_, what), mut r) in SCENARIOS.iter().zip(ratios) {
        r.sort_by(f64::total_cmp);
        println!("| {what} | {:.2}× |", r[r.len() / 2]);
    }
    if !options.scaling {
        return Ok(());
    }

    println!();
    println!("## A console frame as the session grows");
    for events in ["1000", "10000", "100000"] {
        run_part(&dir, "ui_budget", &["--events", events])?;
    }
    println!();
    println!("## Opening the data folder and the home screen");
    let sizes: &[(&str, &str)] = if options.large {
        &[("200", "50"), ("2000", "100")]
    } else {
        &[("200", "50")]
    };
    for (couples, sessions) in sizes {
        // On the real disk (the target folder), not a RAM-backed /tmp; written once by
        // home_budget, then opened in a real window.
        let practice = tempfile::tempdir_in(dir.parent().unwrap_or(&dir))
            .map_err(|e| format!("a temporary folder: {e}"))?;
        let kept = practice.path().to_string_lossy().into_owned();
        run_part(
            &dir,
            "home_budget",
            &["--couples", couples, "--sessions", sessions, "--dir", &kept],
        )?;
        run_part(&dir, "window_budget", &["--dir", &kept])?;
    }
    drop(xvfb);
    Ok(())
}

/// Builds the other examples with this one's profile and returns the folder they are in.
fn build_parts(parts: &[&str]) -> Result<PathBuf, String> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let dir = me
        .parent()
        .ok_or("this example's folder is unknown")?
        .to_owned();
    let release = dir.parent().is_some_and(|p| p.ends_with("release"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut build = Command::new(cargo);
    build.args(["build", "--quiet"]);
    if release {
        build.arg("--release");
    }
    for part in parts {
        build.args(["--example", part]);
    }
    let status = build
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if !status.success() {
        return Err("the benchmark's examples did not build".into());
    }
    if !release {
        println!("(a debug build: run with --release for figures worth reporting)");
    }
    Ok(dir)
}

struct Measured {
    cpu: f64,
}

/// Runs a windowed example and reads its last `frames=… cpu=…` line.
fn cpu_of(dir: &Path, part: &str, args: &[&str]) -> Result<Measured, String> {
    let out = Command::new(dir.join(part))
        .args(args)
        .env("GROUNDWORK_LANG", "en")
        .output()
        .map_err(|e| format!("{part} did not start: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .rev()
        .find(|l| l.contains("cpu="))
        .ok_or_else(|| {
            format!(
                "{part} {args:?} printed no figures: {}{}",
                text,
                String::from_utf8_lossy(&out.stderr)
            )
        })?;
    let cpu = line
        .split_whitespace()
        .find_map(|f| f.strip_prefix("cpu="))
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("{part}: no cpu= in {line}"))?;
    Ok(Measured { cpu })
}

/// Runs an example and passes its output through.
fn run_part(dir: &Path, part: &str, args: &[&str]) -> Result<(), String> {
    let status = Command::new(dir.join(part))
        .args(args)
        .env("GROUNDWORK_LANG", "en")
        .status()
        .map_err(|e| format!("{part} did not start: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{part} {args:?} failed"))
    }
}
