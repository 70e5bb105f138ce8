//! Text made ready for the page: characters the font cannot draw replaced (and counted),
//! paragraphs wrapped to a width by measured glyph advances, right-to-left runs put in visual
//! order.

use std::borrow::Cow;

use unicode_bidi::BidiInfo;

use super::font::{Face, REPLACEMENT};
use crate::model::{is_attached, is_layout_control};

/// Text the font can draw, and how many characters had to be replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct Printable {
    pub text: String,
    pub replaced: usize,
    /// The characters replaced, each once, in the order met (the first of an emoji sequence).
    pub missing: Vec<char>,
}

/// What to install so that `c` can be printed, in words, or `None` when no font will do (an
/// emoji: PDF fonts are drawn in one colour and the shipped font has few).
pub fn font_to_install(c: char) -> Option<&'static str> {
    let u = u32::from(c);
    Some(match u {
        0x1100..=0x11FF
        | 0x2E80..=0x2FDF
        | 0x3000..=0x30FF
        | 0x3100..=0x31FF
        | 0x3200..=0x9FFF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF
        | 0xFF00..=0xFFEF
        | 0x20000..=0x3134F => {
            "Noto Sans CJK (the package fonts-noto-cjk) for Chinese, Japanese and Korean"
        }
        0x0900..=0x097F | 0xA8E0..=0xA8FF => "Noto Sans Devanagari (the package fonts-noto-core)",
        0x0980..=0x0DFF => {
            "Noto Sans for the script of India it is in (the package fonts-noto-core)"
        }
        0x0E00..=0x0E7F => "Noto Sans Thai (the package fonts-noto-core)",
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            "Noto Sans Arabic (the package fonts-noto-core)"
        }
        0x1F000..=0x1FAFF | 0x2600..=0x27BF => return None,
        _ => "Noto Sans (the package fonts-noto-core)",
    })
}

/// A sentence naming every character that cannot be printed and what would print it:
/// "王 and 芳 cannot be printed with the fonts on this computer: install Noto Sans CJK …".
pub fn missing_sentence(missing: &[char]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let shown: Vec<String> = missing
        .iter()
        .take(40)
        .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
        .collect();
    let mut list = shown.join(", ");
    if missing.len() > 40 {
        list.push_str(&format!(" and {} more", missing.len() - 40));
    }
    let mut fonts: Vec<&str> = missing.iter().filter_map(|c| font_to_install(*c)).collect();
    fonts.dedup();
    fonts.sort_unstable();
    fonts.dedup();
    let emoji = missing.iter().any(|c| font_to_install(*c).is_none());
    let mut how = Vec::new();
    if !fonts.is_empty() {
        how.push(format!("install {} and print again", fonts.join(", and ")));
    }
    if emoji {
        how.push("emoji print as a box: write the word instead".to_owned());
    }
    Some(format!(
        "Printed as a box, because no font on this computer has them: {list}. To print them, {}.",
        how.join("; ")
    ))
}

/// Replaces what the font cannot draw with a visible box, one box for each thing a reader
/// sees: a whole emoji sequence (joined people, a flag, a skin tone) is one box, not one per
/// code point. Line breaks and tabs are kept (a tab becomes spaces); other control characters
/// and invisible direction controls are dropped.
pub fn printable(face: &Face, text: &str) -> Printable {
    let mut out = String::with_capacity(text.len());
    let mut replaced = 0;
    let mut missing: Vec<char> = Vec::new();
    // The last thing written was a box, and what follows may still belong to it.
    let mut in_box = false;
    // A joiner was just seen: the next character is part of the same emoji.
    let mut joined = false;
    // The box holds one regional indicator: the flag's second letter joins it.
    let mut half_flag = false;
    for c in text.chars() {
        match c {
            '\n' => {
                out.push('\n');
                in_box = false;
            }
            '\t' => {
                out.push_str("    ");
                in_box = false;
            }
            c if c.is_control() || is_layout_control(c) => {}
            '\u{200d}' => joined = true,
            // Variation selectors choose how the character before looks; they draw nothing.
            '\u{fe0e}' | '\u{fe0f}' => {}
            c if in_box
                && (joined
                    || is_attached(c)
                    || is_skin_tone(c)
                    || (half_flag && is_flag_letter(c))) =>
            {
                joined = false;
                half_flag = false;
            }
            c if face.can_draw(c) => {
                out.push(c);
                in_box = false;
                joined = false;
            }
            c => {
                replaced += 1;
                if !missing.contains(&c) {
                    missing.push(c);
                }
                out.push(REPLACEMENT);
                in_box = true;
                joined = false;
                half_flag = is_flag_letter(c);
            }
        }
    }
    Printable {
        text: shape_arabic(&out).into_owned(),
        replaced,
        missing,
    }
}

/// Each Arabic letter with the isolated form's code point in Arabic Presentation Forms-B and
/// how many forms it has: 4 (isolated, final, initial, medial) for a letter that joins on both
/// sides, 2 (isolated, final) for one that joins only to the letter before it, 1 for hamza.
const ARABIC_FORMS: [(char, u32, u8); 36] = [
    ('\u{0621}', 0xFE80, 1),
    ('\u{0622}', 0xFE81, 2),
    ('\u{0623}', 0xFE83, 2),
    ('\u{0624}', 0xFE85, 2),
    ('\u{0625}', 0xFE87, 2),
    ('\u{0626}', 0xFE89, 4),
    ('\u{0627}', 0xFE8D, 2),
    ('\u{0628}', 0xFE8F, 4),
    ('\u{0629}', 0xFE93, 2),
    ('\u{062A}', 0xFE95, 4),
    ('\u{062B}', 0xFE99, 4),
    ('\u{062C}', 0xFE9D, 4),
    ('\u{062D}', 0xFEA1, 4),
    ('\u{062E}', 0xFEA5, 4),
    ('\u{062F}', 0xFEA9, 2),
    ('\u{0630}', 0xFEAB, 2),
    ('\u{0631}', 0xFEAD, 2),
    ('\u{0632}', 0xFEAF, 2),
    ('\u{0633}', 0xFEB1, 4),
    ('\u{0634}', 0xFEB5, 4),
    ('\u{0635}', 0xFEB9, 4),
    ('\u{0636}', 0xFEBD, 4),
    ('\u{0637}', 0xFEC1, 4),
    ('\u{0638}', 0xFEC5, 4),
    ('\u{0639}', 0xFEC9, 4),
    ('\u{063A}', 0xFECD, 4),
    ('\u{0641}', 0xFED1, 4),
    ('\u{0642}', 0xFED5, 4),
    ('\u{0643}', 0xFED9, 4),
    ('\u{0644}', 0xFEDD, 4),
    ('\u{0645}', 0xFEE1, 4),
    ('\u{0646}', 0xFEE5, 4),
    ('\u{0647}', 0xFEE9, 4),
    ('\u{0648}', 0xFEED, 2),
    ('\u{0649}', 0xFEEF, 2),
    ('\u{064A}', 0xFEF1, 4),
];

/// Lam followed by one of these alefs is one ligature (isolated form; the final form follows).
const LAM_ALEF: [(char, u32); 4] = [
    ('\u{0622}', 0xFEF5),
    ('\u{0623}', 0xFEF7),
    ('\u{0625}', 0xFEF9),
    ('\u{0627}', 0xFEFB),
];

fn arabic_forms(c: char) -> Option<(u32, u8)> {
    ARABIC_FORMS
        .iter()
        .find(|(letter, ..)| *letter == c)
        .map(|(_, iso, n)| (*iso, *n))
}

/// Whether `c` connects to the letter after it (a letter of four forms, or the tatweel).
fn joins_onward(c: char) -> bool {
    c == '\u{0640}' || arabic_forms(c).is_some_and(|(_, n)| n == 4)
}

/// Whether `c` connects to the letter before it.
fn joins_back(c: char) -> bool {
    c == '\u{0640}' || arabic_forms(c).is_some_and(|(_, n)| n >= 2)
}

/// Arabic letters in the shapes they take beside their neighbours, from the presentation forms
/// the font has. Without it the font, which has no shaping of its own here, would print a row
/// of separate letters. Vowel marks between letters do not break the joining.
pub fn shape_arabic(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| arabic_forms(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    // The nearest letter on either side, past vowel marks.
    let before = |i: usize| chars[..i].iter().rev().find(|c| !is_attached(**c)).copied();
    let after = |i: usize| {
        chars[i + 1..]
            .iter()
            .position(|c| !is_attached(*c))
            .map(|k| (i + 1 + k, chars[i + 1 + k]))
    };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let Some((isolated, forms)) = arabic_forms(c) else {
            out.push(c);
            i += 1;
            continue;
        };
        let back = forms >= 2 && before(i).is_some_and(joins_onward);
        // Lam and alef: one ligature, the vowel marks between them after it.
        if c == '\u{0644}'
            && let Some((j, alef)) = after(i)
            && let Some((_, ligature)) = LAM_ALEF.iter().find(|(a, _)| *a == alef)
        {
            out.extend(char::from_u32(ligature + u32::from(back)));
            out.extend(&chars[i + 1..j]);
            i = j + 1;
            continue;
        }
        let onward = forms == 4 && after(i).is_some_and(|(_, next)| joins_back(next));
        let form = match (back, onward) {
            (false, false) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (true, true) => 3,
        };
        out.extend(char::from_u32(isolated + form));
        i += 1;
    }
    Cow::Owned(out)
}

fn is_skin_tone(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
}

/// Regional indicators: two of them make a flag.
fn is_flag_letter(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// `text` cut to fit `max_width` points at `size`, ending in "…" when it had to be cut: for a
/// page header or footer, which must stay on one line.
pub fn fit(face: &Face, text: &str, size: f32, max_width: f32) -> String {
    if face.width(text, size) <= max_width {
        return text.to_owned();
    }
    let room = max_width - face.width("…", size);
    let mut out = String::new();
    let mut width = 0.0;
    for c in text.chars() {
        let w = face.width(c.encode_utf8(&mut [0; 4]), size);
        if width + w > room {
            break;
        }
        out.push(c);
        width += w;
    }
    let mut out = out.trim_end().to_owned();
    out.push('…');
    out
}

/// Wraps `text` into lines no wider than `max_width` points at `size`. Explicit line breaks
/// are kept (an empty line stays empty); a word longer than a line is broken between letters.
pub fn wrap(face: &Face, text: &str, size: f32, max_width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut width = 0.0;
        let space = face.width(" ", size);
        // A no-break space holds a duration or a date together ("1 h 4 min").
        let breaks = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            let word_width = face.width(word, size);
            if !line.is_empty() && width + space + word_width <= max_width {
                line.push(' ');
                line.push_str(word);
                width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= max_width {
                line.push_str(word);
                width = word_width;
                continue;
            }
            // A word wider than the line: break it where it has to be.
            width = 0.0;
            for c in word.chars() {
                let w = face.width(c.encode_utf8(&mut [0; 4]), size);
                if !line.is_empty() && width + w > max_width {
                    lines.push(std::mem::take(&mut line));
                    width = 0.0;
                }
                line.push(c);
                width += w;
            }
        }
        lines.push(line);
    }
    lines
}

/// A line in the order its glyphs are drawn, left to right: runs of Hebrew or Arabic reversed,
/// everything else as written.
pub fn visual_order(line: &str) -> Cow<'_, str> {
    if !line.chars().any(is_rtl) {
        return Cow::Borrowed(line);
    }
    // The documents are written left to right; only the runs of Hebrew or Arabic are reversed,
    // even on a line that happens to begin with one.
    let bidi = BidiInfo::new(line, Some(unicode_bidi::Level::ltr()));
    let Some(para) = bidi.paragraphs.first() else {
        return Cow::Borrowed(line);
    };
    let (levels, runs) = bidi.visual_runs(para, para.range.clone());
    let mut out = String::with_capacity(line.len());
    for run in runs {
        let text = &line[run.clone()];
        if levels[run.start].is_ltr() {
            out.push_str(text);
            continue;
        }
        // Reversed letter by letter, each keeping its vowel points and accents after it: a
        // mark drawn before its letter would sit on the neighbouring one.
        let mut letters = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if i > 0 && !is_attached(c) {
                letters.push(&text[start..i]);
                start = i;
            }
        }
        letters.push(&text[start..]);
        letters.iter().rev().for_each(|l| out.push_str(l));
    }
    Cow::Owned(out)
}

fn is_rtl(c: char) -> bool {
    matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn face() -> Face {
        Face::regular().unwrap()
    }

    #[test]
    fn undrawable_characters_are_replaced_visibly_and_counted() {
        let p = printable(&face(), "Zoë 🎉 loves 王 tea\u{0007}\nתודה");
        assert_eq!(p.text, "Zoë □ loves □ tea\nתודה");
        assert_eq!(p.replaced, 2);
        // One box for each emoji a reader sees, however many code points make it.
        for emoji in ["👩‍👩‍👧", "👩‍❤️‍👩", "🇫🇷", "👍🏽", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"]
        {
            let p = printable(&face(), emoji);
            assert_eq!((p.text.as_str(), p.replaced), ("□", 1), "{emoji:?}");
        }
        let two_flags = printable(&face(), "🇫🇷🇩🇪");
        assert_eq!((two_flags.text.as_str(), two_flags.replaced), ("□□", 2));
    }

    #[test]
    fn direction_controls_are_dropped_not_boxed() {
        let p = printable(&face(), "\u{202E}Eve\u{202C} \u{200B}& Adam\u{FEFF}");
        assert_eq!((p.text.as_str(), p.replaced), ("Eve & Adam", 0));
    }

    #[test]
    fn a_line_too_long_for_a_header_is_cut_with_an_ellipsis() {
        let f = face();
        let long = format!("Confidential · {} & {}", "W".repeat(60), "M".repeat(60));
        let cut = fit(&f, &long, 8.5, 300.0);
        assert!(f.width(&cut, 8.5) <= 300.0);
        assert!(
            cut.starts_with("Confidential · WWW") && cut.ends_with('…'),
            "{cut}"
        );
        assert_eq!(fit(&f, "Session 4", 8.5, 300.0), "Session 4");
    }

    #[test]
    fn wrapped_lines_fit_keep_every_word_and_keep_line_breaks() {
        let f = face();
        let text = "Sophie described the week as calmer; Emma kept the agreement to share when her ex got in touch.\n\nPlan: continue.";
        let lines = wrap(&f, text, 12.0, 200.0);
        assert!(lines.iter().all(|l| f.width(l, 12.0) <= 200.0), "{lines:?}");
        assert!(lines.len() > 3);
        assert_eq!(
            lines.iter().filter(|l| l.is_empty()).count(),
            1,
            "the blank line is kept"
        );
        let words: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
        let original: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(words, original);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_not_clipped() {
        let f = face();
        let long = "x".repeat(300);
        let lines = wrap(&f, &long, 12.0, 100.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| f.width(l, 12.0) <= 100.0));
        assert_eq!(lines.concat(), long);
    }

    #[test]
    fn right_to_left_names_are_drawn_in_visual_order() {
        assert_eq!(visual_order("דנה"), "הנד");
        assert_eq!(
            visual_order("Dana (דנה) and Sophie"),
            "Dana (הנד) and Sophie"
        );
        assert!(matches!(visual_order("Sophie & Emma"), Cow::Borrowed(_)));
    }

    #[test]
    fn arabic_letters_take_their_joined_forms() {
        // Laila: lam initial, yeh medial, lam medial, alef maksura final (Unicode's charts).
        assert_eq!(shape_arabic("ليلى"), "\u{FEDF}\u{FEF4}\u{FEE0}\u{FEF0}");
        // Dal joins only to the letter before it: the next letter starts again.
        assert_eq!(shape_arabic("مدن"), "\u{FEE3}\u{FEAA}\u{FEE5}");
        // Lam-alef is one ligature; a vowel mark does not break a join.
        assert_eq!(shape_arabic("سلام"), "\u{FEB3}\u{FEFC}\u{FEE1}");
        assert_eq!(shape_arabic("معاً"), "\u{FEE3}\u{FECC}\u{FE8E}\u{064B}");
        assert!(matches!(shape_arabic("Dana דנה"), Cow::Borrowed(_)));
        let p = printable(&face(), "ليلى");
        assert_eq!((p.text.chars().count(), p.replaced), (4, 0));
        // Both faces draw every form the shaping can produce.
        let forms = ARABIC_FORMS
            .iter()
            .flat_map(|(_, iso, n)| (*iso..iso + u32::from(*n)).collect::<Vec<_>>())
            .chain(LAM_ALEF.iter().flat_map(|(_, lig)| [*lig, lig + 1]));
        let bold = Face::bold().unwrap();
        for form in forms.filter_map(char::from_u32) {
            assert!(face().can_draw(form) && bold.can_draw(form), "{form:?}");
        }
    }

    #[test]
    fn vowel_points_and_harakat_stay_after_their_letter_when_reversed() {
        // Hebrew shin with a dot, Arabic alef with fathatan: each mark follows its letter.
        assert_eq!(visual_order("שׁלום"), "םולשׁ");
        assert_eq!(visual_order("معاً"), "اًعم");
        assert_eq!(visual_order("Zoë (מִי)"), "Zoë (ימִ)");
    }
}
