//! Checks for text a therapist types: names, rules, agreements, notes.

/// Longest partner name accepted. Long enough for any real name, short enough to lay out.
pub const MAX_NAME_CHARS: usize = 60;
/// Longest single-line entry (a ground rule, an agreement's behaviour, a comment).
pub const MAX_LINE_CHARS: usize = 500;
/// Longest note section: about 300 printed pages, far beyond any session's notes.
pub const MAX_NOTE_CHARS: usize = 1_000_000;

/// Trims a name and checks it is sensible. Returns the cleaned name or a sentence saying why not.
pub fn clean_name(raw: &str, what: &str) -> Result<String, String> {
    clean_single_line(raw, what, Verb::Enter, MAX_NAME_CHARS)
}

/// Trims a one-line entry and checks its length.
pub fn clean_line(raw: &str, what: &str) -> Result<String, String> {
    clean_single_line(raw, what, Verb::Write, MAX_LINE_CHARS)
}

/// What the therapist is asked to do with an empty entry: enter a name, write a line.
#[derive(Clone, Copy)]
enum Verb {
    Enter,
    Write,
}

fn clean_single_line(raw: &str, what: &str, verb: Verb, max: usize) -> Result<String, String> {
    let line = collapse_whitespace(&strip_controls(raw));
    // Only spaces, joiners or accents with nothing to sit on: nothing anyone could read.
    if !line.chars().any(is_visible) {
        return Err(match verb {
            Verb::Enter => crate::t!("screen-text-enter", what = what),
            Verb::Write => crate::t!("screen-text-write", what = what),
        });
    }
    let chars = line.chars().count();
    if chars > max {
        return Err(crate::t!(
            "screen-text-too-long",
            what = what,
            subject = capitalise(what),
            max = thousands(max),
            count = thousands(chars),
        ));
    }
    Ok(line)
}

/// An optional one-line entry of at most `max` characters (a practice name).
pub fn clean_optional_text(raw: &str, what: &str, max: usize) -> Result<String, String> {
    if !strip_controls(raw).chars().any(is_visible) {
        Ok(String::new())
    } else {
        clean_single_line(raw, what, Verb::Write, max)
    }
}

/// Like [`clean_line`] but an empty entry is allowed (optional fields).
pub fn clean_optional_line(raw: &str, what: &str) -> Result<String, String> {
    clean_optional_text(raw, what, MAX_LINE_CHARS)
}

/// Notes keep their line breaks and tabs; other control characters are dropped. A carriage
/// return on its own (old Mac text) or a Unicode line separator is a line break.
pub fn clean_note(raw: &str) -> Result<String, String> {
    let text: String = raw
        .replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' | '\u{2028}' | '\u{2029}' => '\n',
            c => c,
        })
        .filter(|c| (!c.is_control() || *c == '\n' || *c == '\t') && !is_layout_control(*c))
        .collect();
    let chars = text.chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(crate::t!(
            "screen-note-too-long",
            count = thousands(chars),
            max = thousands(MAX_NOTE_CHARS),
        ));
    }
    Ok(text)
}

/// Invisible characters that reorder or hide the text around them: bidi embeddings, overrides
/// and isolates, directional marks, zero-width spaces, the byte-order mark. A name that starts
/// with a right-to-left override would print the rest of its line backwards; Groundwork orders
/// right-to-left text itself, so these are dropped. The joiners (ZWJ in emoji, ZWNJ in Persian)
/// are kept.
pub fn is_layout_control(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
    )
}

/// Whether `c` puts ink on the page by itself: not a space, control, joiner, variation selector
/// or combining mark.
fn is_visible(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !is_layout_control(c) && !is_attached(c)
}

/// Characters that only modify the one before them: combining marks, joiners, variation
/// selectors and emoji tags.
pub fn is_attached(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05BD}'
            | '\u{05BF}'..='\u{05C7}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{E0000}'..='\u{E007F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

fn strip_controls(raw: &str) -> String {
    raw.chars()
        .filter(|c| !is_layout_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// 1000000 as "1,000,000" ("1.000.000" in German): lengths in messages are read by people.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let separator = crate::t!("screen-thousands-separator");
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(d);
    }
    out
}

/// A decimal number as the therapist writes it: "13.5", "13,5".
pub fn decimal(n: f32) -> String {
    n.to_string()
        .replace('.', &crate::t!("screen-decimal-separator"))
}

/// The calendar words of the therapist's language (month and weekday names), for a date
/// written in a format from the messages: `d.format_localized(&t!("screen-date-year"),
/// therapist_calendar())`.
pub fn therapist_calendar() -> chrono::Locale {
    crate::locale::therapist().lang().calendar()
}

/// A countdown as people read it: "2:05", "0:07", "1:02:00". Negative values (overtime) get a
/// leading "+" because they count up past zero: "+0:15".
pub fn clock_time(ms: i64) -> String {
    // Round up while counting down so "0:00" appears only at the very end.
    let (sign, secs) = if ms < 0 {
        ("+", (-ms) / 1000)
    } else {
        ("", (ms + 999) / 1000)
    };
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

/// A length in plain words: "45 s", "20 min", "1 h 5 min".
pub fn human_duration(ms: u64) -> String {
    let secs = ms / 1000;
    if secs < 60 {
        return format!("{secs} s");
    }
    let mins = (secs + 30) / 60;
    if mins < 60 {
        format!("{mins} min")
    } else if mins.is_multiple_of(60) {
        format!("{} h", mins / 60)
    } else {
        format!("{} h {} min", mins / 60, mins % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// These tests read the English words.
    fn in_english() {
        crate::locale::set_therapist(Some(super::super::Lang::En));
    }

    #[test]
    fn names_are_trimmed_and_controls_removed() {
        assert_eq!(
            clean_name("  Zoë\u{0007}  Martin ", "a name").unwrap(),
            "Zoë Martin"
        );
        assert_eq!(clean_name("דנה", "a name").unwrap(), "דנה");
    }

    #[test]
    fn empty_and_huge_names_are_refused_with_a_sentence() {
        in_english();
        assert_eq!(
            clean_name("   ", "a name for partner A").unwrap_err(),
            "Please enter a name for partner A."
        );
        let long = "x".repeat(10_000);
        assert_eq!(
            clean_name(&long, "the name").unwrap_err(),
            "The name can be at most 60 characters; this one is 10,000."
        );
    }

    #[test]
    fn invisible_names_are_refused_and_direction_overrides_dropped() {
        for invisible in [
            "\u{202E}\u{200B}",
            "\u{200D}\u{FE0F}",
            "\u{0301}\u{0301}",
            "\u{FEFF} ",
        ] {
            assert!(clean_name(invisible, "a name").is_err(), "{invisible:?}");
            assert_eq!(clean_optional_line(invisible, "a comment").unwrap(), "");
        }
        assert_eq!(clean_name("\u{202E}Eve\u{202C}", "a name").unwrap(), "Eve");
        let family = "👩\u{200D}👩\u{200D}👧";
        assert_eq!(
            clean_name(family, "a name").unwrap(),
            family,
            "joiners kept"
        );
        assert_eq!(clean_note("a\u{202E}b\rc\r\nd").unwrap(), "ab\nc\nd");
    }

    #[test]
    fn thousands_are_separated() {
        in_english();
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_048_576), "1,048,576");
    }

    #[test]
    fn times_read_naturally() {
        assert_eq!(clock_time(120_000), "2:00");
        assert_eq!(clock_time(119_001), "2:00");
        assert_eq!(clock_time(119_000), "1:59");
        assert_eq!(clock_time(0), "0:00");
        assert_eq!(clock_time(-15_400), "+0:15");
        assert_eq!(clock_time(3_720_000), "1:02:00");
        assert_eq!(human_duration(45_000), "45 s");
        assert_eq!(human_duration(20 * 60_000), "20 min");
        assert_eq!(human_duration(65 * 60_000), "1 h 5 min");
    }

    #[test]
    fn notes_keep_line_breaks() {
        assert_eq!(clean_note("a\nb\tc\u{0000}").unwrap(), "a\nb\tc");
    }

    #[test]
    fn refusals_and_numbers_in_the_therapists_language() {
        crate::locale::set_therapist(Some(super::super::Lang::De));
        assert_eq!(thousands(1_048_576), "1.048.576");
        assert_eq!(decimal(13.5), "13,5");
        assert_eq!(
            clean_name(&"x".repeat(10_000), "den Namen").unwrap_err(),
            "Für den Namen sind höchstens 60 Zeichen möglich; hier sind es 10.000."
        );
        crate::locale::set_therapist(Some(super::super::Lang::Fr));
        assert_eq!(
            clean_name(" ", "le prénom").unwrap_err(),
            "Veuillez saisir le prénom."
        );
        assert_eq!(thousands(10_000), "10\u{a0}000");
        in_english();
        assert_eq!(decimal(13.5), "13.5");
    }
}
