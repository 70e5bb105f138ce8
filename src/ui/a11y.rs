//! What a screen reader hears: a countdown in words that change every few seconds rather than
//! every second, and one announcement per event (a new stage, over time, a timeout, a save),
//! never the same label re-read as it ticks.

use crate::t;

/// "1 minute 5 seconds", "45 seconds", "2 minutes".
fn duration_words(secs: i64) -> String {
    let (m, s) = (secs / 60, secs % 60);
    match (m, s) {
        (0, s) => t!("app-a11y-seconds", count = s),
        (m, 0) => t!("app-a11y-minutes", count = m),
        (m, s) => t!(
            "app-a11y-minutes-seconds",
            minutes = t!("app-a11y-minutes", count = m),
            seconds = t!("app-a11y-seconds", count = s)
        ),
    }
}

/// Whole seconds in steps: to the next 5 seconds, then, above two minutes, to the nearest 30.
fn coarse(secs: i64) -> i64 {
    let five = (secs + 4) / 5 * 5;
    if five > 120 {
        (five + 15) / 30 * 30
    } else {
        five
    }
}

/// The time left in words, coarse enough that a screen reader that re-reads a changed name is
/// not made to every second: in 30-second steps above two minutes (never more than 15 seconds
/// off), 5-second steps below. Rounded up while counting down (as the digits are), down past
/// zero.
pub fn time_left(remaining: i64) -> String {
    let step: i64 = if remaining.abs() > 120_000 {
        30_000
    } else {
        5_000
    };
    if remaining > 0 {
        let secs = coarse((remaining + 999) / 1000);
        t!("app-a11y-left", time = duration_words(secs))
    } else {
        let over = -remaining / step * step;
        if over == 0 {
            t!("app-a11y-time-up")
        } else {
            t!("app-a11y-over", time = duration_words(over / 1000))
        }
    }
}

/// A count-up in words, in 5-second steps (30 above two minutes), rounded down.
pub fn elapsed(ms: u64) -> String {
    let secs = (ms / 1000) as i64;
    let step = if secs > 120 { 30 } else { 5 };
    t!("app-a11y-so-far", time = duration_words(secs / step * step))
}

/// The console's countdown as a screen reader reads it: "Sophie is speaking, 1 minute 5
/// seconds left".
pub fn countdown_name(headline: &str, remaining: Option<i64>, paused: bool) -> String {
    let mut name = headline.to_owned();
    if paused {
        name.push_str(", ");
        name.push_str(&t!("app-a11y-paused"));
    }
    if let Some(r) = remaining {
        name.push_str(", ");
        name.push_str(&time_left(r));
    }
    name
}

/// Makes a visible line a live region: a screen reader says it when it appears and again
/// whenever its words change, once each time, and never for anything else on screen. Used for
/// the lines that carry news (whose turn it is, the stage, over time, a timeout, a message);
/// never for a figure that changes every second.
pub fn live(ctx: &egui::Context, response: &egui::Response, urgent: bool) {
    ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(if urgent {
            egui::accesskit::Live::Assertive
        } else {
            egui::accesskit::Live::Polite
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_left_changes_in_steps_not_every_second() {
        crate::locale::set_therapist(Some(crate::model::Lang::En));
        assert_eq!(time_left(65_000), "1 minute 5 seconds left");
        assert_eq!(time_left(64_200), "1 minute 5 seconds left");
        assert_eq!(time_left(61_000), "1 minute 5 seconds left");
        assert_eq!(time_left(60_000), "1 minute left");
        assert_eq!(time_left(4_000), "5 seconds left");
        assert_eq!(time_left(150_000), "2 minutes 30 seconds left");
        assert_eq!(time_left(149_000), "2 minutes 30 seconds left");
        assert_eq!(
            time_left(121_000),
            "2 minutes left",
            "never 29 seconds too many"
        );
        assert_eq!(time_left(136_000), "2 minutes 30 seconds left");
        assert_eq!(elapsed(63_000), "1 minute so far");
        assert_eq!(elapsed(66_000), "1 minute 5 seconds so far");
        assert_eq!(time_left(0), "time is up");
        assert_eq!(time_left(-3_000), "time is up");
        assert_eq!(time_left(-21_000), "over time by 20 seconds");
        assert_eq!(
            countdown_name("Sophie is speaking", Some(65_000), false),
            "Sophie is speaking, 1 minute 5 seconds left"
        );
        assert_eq!(
            countdown_name("Sophie is speaking", Some(65_000), true),
            "Sophie is speaking, paused, 1 minute 5 seconds left"
        );
    }

    #[test]
    fn the_time_is_said_in_the_therapists_language() {
        crate::locale::set_therapist(Some(crate::model::Lang::De));
        assert_eq!(time_left(65_000), "noch 1 Minute 5 Sekunden");
        assert_eq!(time_left(1_000), "noch 5 Sekunden");
        assert_eq!(time_left(-21_000), "20 Sekunden über der Zeit");
        assert_eq!(elapsed(63_000), "bisher 1 Minute");
        assert_eq!(
            countdown_name("Sophie spricht", Some(120_000), true),
            "Sophie spricht, angehalten, noch 2 Minuten"
        );
        crate::locale::set_therapist(Some(crate::model::Lang::Fr));
        assert_eq!(time_left(1_000), "temps restant : 5 secondes");
        assert_eq!(elapsed(66_000), "déjà 1 minute 5 secondes");
        crate::locale::set_therapist(Some(crate::model::Lang::Es));
        assert_eq!(time_left(60_000), "tiempo restante: 1 minuto");
        assert_eq!(time_left(0), "se acabó el tiempo");
        crate::locale::set_therapist(None);
    }
}
