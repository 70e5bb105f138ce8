//! The optional end-of-stage chime: a soft, singing-bowl-like tone made in memory (pure Rust,
//! no audio library, no system package), played by the platform's own player on a background
//! thread, and [`ChimeCue`], which decides from the session state when a stage's time is up.
//! Nothing here touches egui.

use std::f64::consts::TAU;
use std::sync::Arc;

use crate::model::Ms;
use crate::session::SessionState;

/// How long the end-of-stage cue lasts after a countdown crosses zero.
pub const CUE_MS: i64 = 2_000;

pub const SAMPLE_RATE: u32 = 44_100;
/// The chime's length: long enough for the decay to fade out by itself.
pub const LENGTH_MS: u32 = 1_200;
/// The fundamental, a warm mid tone.
const FUNDAMENTAL: f64 = 528.0;
/// The loudest the chime gets, as a share of full scale: quiet by design.
pub const PEAK: f64 = 0.22;
const ATTACK_S: f64 = 0.03;
/// The release at the very end, so the last samples are exactly silent (no click).
const RELEASE_S: f64 = 0.05;

/// A WAV file (RIFF, 16-bit PCM, mono, 44.1 kHz) of the chime: two sine partials, the
/// fundamental and a quieter octave that fades faster, with a soft 30 ms attack and a long
/// exponential decay.
pub fn wav() -> Vec<u8> {
    let n = (SAMPLE_RATE as u64 * LENGTH_MS as u64 / 1_000) as usize;
    let rate = SAMPLE_RATE as f64;
    let length = n as f64 / rate;
    let samples = (0..n).map(|i| {
        let t = i as f64 / rate;
        // A raised-cosine attack, then a decay; a short fade to zero at the end.
        let attack = if t < ATTACK_S {
            0.5 - 0.5 * (std::f64::consts::PI * t / ATTACK_S).cos()
        } else {
            1.0
        };
        let release = ((length - t) / RELEASE_S).clamp(0.0, 1.0);
        let low = (TAU * FUNDAMENTAL * t).sin() * (-t * 3.2).exp();
        let octave = 0.3 * (TAU * 2.0 * FUNDAMENTAL * t).sin() * (-t * 5.5).exp();
        // The partials' sum never exceeds 1.3, so this keeps the peak at or under PEAK.
        let v = PEAK / 1.3 * attack * release * (low + octave);
        (v * i16::MAX as f64).round() as i16
    });
    encode(samples, n)
}

fn encode(samples: impl Iterator<Item = i16>, n: usize) -> Vec<u8> {
    let data_len = (n * 2) as u32;
    let mut out = Vec::with_capacity(44 + n * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVE");
    out.extend_from_slice(b"fmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&SAMPLE_RATE.to_le_bytes());
    out.extend_from_slice(&(SAMPLE_RATE * 2).to_le_bytes()); // bytes per second
    out.extend_from_slice(&2u16.to_le_bytes()); // bytes per frame
    out.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

/// Something that plays a WAV file without blocking the caller. Tests count the calls.
pub trait ChimePlayer {
    fn play(&self, wav: Arc<[u8]>);
}

/// The platform's own player, on a background thread. If there is none, or it fails, nothing
/// happens: no dialog in the middle of a session, and nothing written to a log.
#[derive(Debug, Clone)]
pub struct SystemPlayer {
    /// The app's data folder: the only place a player that needs a file (macOS) may have one.
    #[cfg_attr(not(target_os = "macos"), allow(dead_code))]
    data_dir: std::path::PathBuf,
}

impl SystemPlayer {
    pub fn new(data_dir: impl Into<std::path::PathBuf>) -> SystemPlayer {
        SystemPlayer {
            data_dir: data_dir.into(),
        }
    }
}

impl ChimePlayer for SystemPlayer {
    fn play(&self, wav: Arc<[u8]>) {
        let player = self.clone();
        // Spawning can fail only when the system is out of threads: then no chime.
        let _ = std::thread::Builder::new()
            .name("groundwork-chime".to_owned())
            .spawn(move || player.play_now(&wav));
    }
}

impl SystemPlayer {
    /// Linux and the BSDs: PulseAudio/PipeWire's `paplay`, else ALSA's `aplay`, the bytes
    /// piped to the player's stdin (no temporary file).
    #[cfg(all(unix, not(target_os = "macos")))]
    fn play_now(&self, wav: &[u8]) {
        let _ = piped(&["paplay"], wav) || piped(&["aplay", "-q", "-"], wav);
    }

    /// macOS: `afplay` reads only files, so the chime is kept in the data folder.
    #[cfg(target_os = "macos")]
    fn play_now(&self, wav: &[u8]) {
        use std::process::{Command, Stdio};
        let path = self.data_dir.join("chime.wav");
        let current = std::fs::read(&path).is_ok_and(|bytes| bytes == wav);
        if !current && std::fs::write(&path, wav).is_err() {
            return;
        }
        let _ = Command::new("afplay")
            .arg(&path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }

    /// Windows (and anything else): no chime yet; the visible cue still shows.
    #[cfg(not(unix))]
    fn play_now(&self, _wav: &[u8]) {}
}

/// Runs `argv` with `wav` on its stdin, silently; whether it played.
#[cfg(all(unix, not(target_os = "macos")))]
fn piped(argv: &[&str], wav: &[u8]) -> bool {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let Ok(mut child) = Command::new(argv[0])
        .args(&argv[1..])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        return false;
    };
    let written = child
        .stdin
        .take()
        .is_some_and(|mut stdin| stdin.write_all(wav).is_ok());
    // Dropping stdin above closed it: the player sees the end of the file.
    let status = child.wait();
    written && status.is_ok_and(|s| s.success())
}

/// Which stage or step a countdown belongs to, and its length: a stage ends once per key.
#[derive(Debug, Clone, PartialEq, Eq)]
enum StageKey {
    Turn {
        phase: usize,
        started_at: Ms,
        stage: crate::model::Stage,
        not_quite: u32,
        limit: Ms,
    },
    Step {
        phase: usize,
        step: usize,
        limit: Ms,
    },
}

/// Decides when a stage's time is up, exactly when the visible cue starts: the running
/// stage's or step's countdown has crossed zero (within the cue's first [`CUE_MS`]), while it
/// runs, not paused, not in a timeout. Once per stage and length in a session: later frames, or
/// coming back to a step, do not count again; giving more time and running over again does. A
/// stage end missed by more than [`CUE_MS`] (no frame drawn) stays silent rather than late.
#[derive(Debug, Default)]
pub struct ChimeCue {
    /// The session watched (when it started), and the stage ends already chimed in it.
    session: Option<crate::model::Stamp>,
    fired: Vec<StageKey>,
}

impl ChimeCue {
    /// True once when the running stage's time has just run out.
    pub fn update(&mut self, state: Option<&SessionState>, now: Ms) -> bool {
        let Some(state) = state else {
            return false;
        };
        if state.is_ended() || state.paused || state.timeout.is_some() {
            return false;
        }
        let Some(view) = state.timer(now) else {
            return false;
        };
        let (Some(remaining), Some(limit), true) = (view.remaining, view.limit, view.running)
        else {
            return false;
        };
        if remaining > 0 || remaining <= -CUE_MS {
            return false;
        }
        let key = if let Some(turn) = &state.dialogue.turn {
            StageKey::Turn {
                phase: turn.phase,
                started_at: turn.started_at,
                stage: turn.stage,
                not_quite: turn.not_quite,
                limit,
            }
        } else {
            let step = state.guided.get(&state.phase).map_or(0, |g| g.step);
            StageKey::Step {
                phase: state.phase,
                step,
                limit,
            }
        };
        if self.session != Some(state.started) {
            self.session = Some(state.started);
            self.fired.clear();
        }
        if self.fired.contains(&key) {
            return false;
        }
        self.fired.push(key);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u16_at(b: &[u8], i: usize) -> u16 {
        u16::from_le_bytes([b[i], b[i + 1]])
    }
    fn u32_at(b: &[u8], i: usize) -> u32 {
        u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
    }

    #[test]
    fn the_chime_is_a_valid_16_bit_mono_wav_of_the_stated_length() {
        let w = wav();
        assert_eq!(&w[0..4], b"RIFF");
        assert_eq!(u32_at(&w, 4) as usize, w.len() - 8);
        assert_eq!(&w[8..12], b"WAVE");
        assert_eq!(&w[12..16], b"fmt ");
        assert_eq!(u32_at(&w, 16), 16);
        assert_eq!(u16_at(&w, 20), 1, "PCM");
        assert_eq!(u16_at(&w, 22), 1, "mono");
        assert_eq!(u32_at(&w, 24), 44_100);
        assert_eq!(u32_at(&w, 28), 88_200);
        assert_eq!(u16_at(&w, 32), 2);
        assert_eq!(u16_at(&w, 34), 16);
        assert_eq!(&w[36..40], b"data");
        let data = u32_at(&w, 40) as usize;
        assert_eq!(data, w.len() - 44);
        assert_eq!(data, 44_100 * 12 / 10 * 2, "1.2 s of 16-bit samples");
    }

    #[test]
    fn the_chime_is_soft_and_fades_in_and_out() {
        let w = wav();
        let s: Vec<i16> = w[44..]
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        let peak = s.iter().map(|v| v.unsigned_abs()).max().unwrap();
        let full = i16::MAX as f64;
        assert!(peak as f64 <= 0.25 * full, "peak {peak} over 25%");
        assert!(peak as f64 >= 0.10 * full, "peak {peak}: too quiet to hear");
        let max_abs = |r: &[i16]| r.iter().map(|v| v.unsigned_abs()).max().unwrap();
        assert!(s[0] == 0 && max_abs(&s[..44]) < 300, "soft attack: 1 ms");
        assert!(max_abs(&s[s.len() - 44..]) < 50, "silent at the end");
        assert_eq!(*s.last().unwrap(), 0);
        // It rings: still audible half a second in, quieter than the peak.
        let mid = max_abs(&s[22_050..22_491]);
        assert!(mid > 500 && mid < peak / 2, "decay at 0.5 s: {mid}");
        // Not a click: no sample jumps more than a sine of that peak could.
        let jump = s
            .windows(2)
            .map(|p| (p[1] as i32 - p[0] as i32).abs())
            .max()
            .unwrap();
        assert!(jump < 1_000, "jump {jump}");
    }
}
