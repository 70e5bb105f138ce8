//! Checks for text a therapist types: names, rules, agreements, notes.

/// Longest partner name accepted. Long enough for any real name, short enough to lay out.
pub const MAX_NAME_CHARS: usize = 60;
/// Longest single-line entry (a ground rule, an agreement's behaviour, a comment).
pub const MAX_LINE_CHARS: usize = 500;
/// Longest note section: about 300 printed pages, far beyond any session's notes.
pub const MAX_NOTE_CHARS: usize = 1_000_000;

/// Trims a name and checks it is sensible. Returns the cleaned name or a sentence saying why not.
pub fn clean_name(raw: &str, what: &str) -> Result<String, String> {
    clean_single_line(raw, what, "enter", MAX_NAME_CHARS)
}

/// Trims a one-line entry and checks its length.
pub fn clean_line(raw: &str, what: &str) -> Result<String, String> {
    clean_single_line(raw, what, "write", MAX_LINE_CHARS)
}

fn clean_single_line(raw: &str, what: &str, verb: &str, max: usize) -> Result<String, String> {
    let line = collapse_whitespace(&strip_controls(raw));
    if line.is_empty() {
        return Err(format!("Please {verb} {what}."));
    }
    let chars = line.chars().count();
    if chars > max {
        return Err(format!(
            "{} is {chars} characters long; please keep it under {max}.",
            capitalise(what)
        ));
    }
    Ok(line)
}

/// Like [`clean_line`] but an empty entry is allowed (optional fields).
pub fn clean_optional_line(raw: &str, what: &str) -> Result<String, String> {
    if raw.trim().is_empty() {
        Ok(String::new())
    } else {
        clean_line(raw, what)
    }
}

/// Notes keep their line breaks and tabs; other control characters are dropped.
pub fn clean_note(raw: &str) -> Result<String, String> {
    let text: String = raw
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    let chars = text.chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(format!(
            "This note is {chars} characters long; the limit is {MAX_NOTE_CHARS}. Please split it."
        ));
    }
    Ok(text)
}

fn strip_controls(raw: &str) -> String {
    raw.chars()
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
        assert_eq!(
            clean_name("   ", "a name for partner A").unwrap_err(),
            "Please enter a name for partner A."
        );
        let long = "x".repeat(10_000);
        let err = clean_name(&long, "the name").unwrap_err();
        assert!(err.contains("10000 characters"), "{err}");
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
}
