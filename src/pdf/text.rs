//! Text made ready for the page: characters the font cannot draw replaced (and counted),
//! paragraphs wrapped to a width by measured glyph advances, right-to-left runs put in visual
//! order.

use std::borrow::Cow;

use unicode_bidi::BidiInfo;
use unicode_segmentation::UnicodeSegmentation;

use super::font::{Font, REPLACEMENT};
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
pub fn font_to_install(c: char) -> Option<String> {
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
        | 0x20000..=0x3134F => crate::t!("doc-font-cjk"),
        0x0900..=0x097F | 0xA8E0..=0xA8FF => crate::t!("doc-font-devanagari"),
        0x0980..=0x0DFF => crate::t!("doc-font-indic"),
        0x0E00..=0x0E7F => crate::t!("doc-font-thai"),
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            crate::t!("doc-font-arabic")
        }
        0x1F000..=0x1FAFF | 0x2600..=0x27BF => return None,
        _ => crate::t!("doc-font-other"),
    })
}

/// A sentence naming every character that cannot be printed and what would print it, in the
/// therapist's language: "Printed as a box, because no font on this computer has them: 王
/// (U+738B). To print them, install Noto Sans CJK … and print again."
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
        list = crate::t!("doc-missing-more", list = list, count = missing.len() - 40);
    }
    let mut fonts: Vec<String> = missing.iter().filter_map(|c| font_to_install(*c)).collect();
    fonts.sort_unstable();
    fonts.dedup();
    let emoji = missing.iter().any(|c| font_to_install(*c).is_none());
    let mut how = Vec::new();
    if !fonts.is_empty() {
        let and = format!(", {} ", crate::t!("doc-missing-and"));
        how.push(crate::t!("doc-missing-install", fonts = fonts.join(&and)));
    }
    if emoji {
        how.push(crate::t!("doc-missing-emoji"));
    }
    Some(crate::t!("doc-missing", list = list, how = how.join("; ")))
}

/// Replaces what the font cannot draw with a visible box, one box for each thing a reader
/// sees: a whole emoji sequence (joined people, a flag, a skin tone) is one box, not one per
/// code point. Line breaks and tabs are kept (a tab becomes spaces); other control characters
/// and invisible direction controls are dropped.
pub fn printable(face: &Font, text: &str) -> Printable {
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
    // Arabic-script letters stay as written: they are shaped into their joined forms when
    // drawn, so that the PDF copies and searches as the words were typed.
    Printable {
        text: out,
        replaced,
        missing,
    }
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
pub fn fit(face: &Font, text: &str, size: f32, max_width: f32) -> String {
    if face.width(text, size) <= max_width {
        return text.to_owned();
    }
    let room = max_width - face.width("…", size);
    let mut out = String::new();
    let mut width = 0.0;
    // Cut between letters, never inside one and its marks (a Devanagari conjunct stays whole).
    for letter in text.graphemes(true) {
        let w = face.width(letter, size);
        if width + w > room {
            break;
        }
        out.push_str(letter);
        width += w;
    }
    let mut out = out.trim_end().to_owned();
    out.push('…');
    out
}

/// Wraps `text` into lines no wider than `max_width` points at `size`. Explicit line breaks
/// are kept (an empty line stays empty); Chinese and Japanese, written without spaces, break
/// between characters; a word longer than a line is broken between letters.
pub fn wrap(face: &Font, text: &str, size: f32, max_width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let space = face.width(" ", size);
    // A no-break space holds a duration or a date together ("1 h 4 min").
    let breaks = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut width = 0.0;
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            for (k, piece) in pieces(word).into_iter().enumerate() {
                // The word's first piece follows a space; the rest follow on directly.
                let gap = if k == 0 { space } else { 0.0 };
                let piece_width = face.width(piece, size);
                if !line.is_empty() && width + gap + piece_width <= max_width {
                    if k == 0 {
                        line.push(' ');
                    }
                    line.push_str(piece);
                    width += gap + piece_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if piece_width <= max_width {
                    line.push_str(piece);
                    width = piece_width;
                    continue;
                }
                // Wider than the line: break it where it has to be, never inside a letter
                // and its marks.
                width = 0.0;
                for letter in piece.graphemes(true) {
                    let w = face.width(letter, size);
                    if !line.is_empty() && width + w > max_width {
                        lines.push(std::mem::take(&mut line));
                        width = 0.0;
                    }
                    line.push_str(letter);
                    width += w;
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// Ideographs and kana: a line may break before or after each of them.
fn breaks_around(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x2FDF | 0x3040..=0x30FF | 0x3100..=0x312F | 0x31A0..=0x31FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Punctuation that may not begin a line: it stays with the character before it.
fn closes(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '：'
            | '；'
            | '？'
            | '！'
            | '）'
            | '」'
            | '』'
            | '】'
            | '〉'
            | '》'
            | 'ー'
            | '々'
            | 'ゝ'
            | 'ゞ'
            | 'ヽ'
            | 'ヾ'
            | ')'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
            | '…'
    ) || matches!(
        c,
        'ぁ' | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
    )
}

/// A word cut where a line may break inside it: around each ideograph or kana (Chinese and
/// Japanese have no spaces), never before closing punctuation.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut previous: Option<char> = None;
    for (i, c) in word.char_indices() {
        if let Some(p) = previous
            && (breaks_around(c) || breaks_around(p))
            && !closes(c)
            && !is_attached(c)
            && !matches!(p, '（' | '「' | '『' | '【' | '〈' | '《' | '(')
        {
            out.push(&word[start..i]);
            start = i;
        }
        previous = Some(c);
    }
    out.push(&word[start..]);
    out
}

/// A line in the order its glyphs are drawn, left to right: runs of Hebrew or Arabic reversed,
/// everything else as written.
/// A line cut into its runs in the order they are drawn, left to right: each run as written
/// (logical order) and whether it reads right to left.
pub fn visual_runs(line: &str) -> Vec<(&str, bool)> {
    if !line.chars().any(is_rtl) {
        return vec![(line, false)];
    }
    let bidi = BidiInfo::new(line, Some(unicode_bidi::Level::ltr()));
    let Some(para) = bidi.paragraphs.first() else {
        return vec![(line, false)];
    };
    let (levels, runs) = bidi.visual_runs(para, para.range.clone());
    runs.into_iter()
        .map(|run| (&line[run.clone()], levels[run.start].is_rtl()))
        .collect()
}

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

    fn face() -> Font {
        Font::new(
            super::super::font::Face::regular().unwrap(),
            false,
            crate::fonts::none,
        )
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
    fn chinese_and_japanese_break_between_characters_but_not_before_closing_punctuation() {
        let f = face();
        let text = "我们约好了。每天晚上散步二十分钟，周末一起做饭。";
        let lines = wrap(&f, text, 12.0, 70.0);
        assert!(lines.len() > 3, "{lines:?}");
        assert!(lines.iter().all(|l| f.width(l, 12.0) <= 70.0), "{lines:?}");
        assert_eq!(lines.concat(), text, "nothing lost, no spaces added");
        for line in &lines {
            assert!(!line.starts_with(['。', '，']), "{lines:?}");
        }
        // A line is filled before it breaks: not one sentence per line.
        let wide = wrap(&f, text, 12.0, 200.0);
        assert_eq!(wide.len(), 2, "{wide:?}");
        // Latin words around them still break at spaces only.
        let mixed = wrap(&f, "Sophie 说 hello world", 12.0, 60.0);
        assert!(
            mixed
                .iter()
                .all(|l| !l.contains("hel ") && !l.ends_with("hel")),
            "{mixed:?}"
        );
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
    fn arabic_script_letters_join_when_shaped_and_stay_as_typed() {
        let shaped = |text: &str| -> Vec<u16> {
            let (glyphs, _) = face().base().shape(text, 12.0);
            glyphs.iter().map(|g| g.gid).collect()
        };
        let alone = |text: &str| -> Vec<u16> {
            text.chars()
                .rev()
                .map(|c| shaped(&c.to_string())[0])
                .collect()
        };
        // Laila and Parisa (Persian pe and farsi yeh included) take their joined forms.
        for name in ["ليلى", "پریسا", "مدن"] {
            assert_ne!(shaped(name), alone(name), "{name} joins");
            assert_eq!(shaped(name).len(), name.chars().count());
        }
        // Lam-alef is one glyph, and it copies back as its two letters.
        let (glyphs, _) = face().base().shape("سلام", 12.0);
        assert_eq!(glyphs.len(), 3);
        let copied: String = glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(copied.chars().rev().collect::<String>(), "سلام");
        // The letters themselves are kept as typed, for copying and searching.
        let p = printable(&face(), "ليلى");
        assert_eq!((p.text.as_str(), p.replaced), ("ليلى", 0));
    }

    #[test]
    fn vowel_points_and_harakat_stay_after_their_letter_when_reversed() {
        // Hebrew shin with a dot, Arabic alef with fathatan: each mark follows its letter.
        assert_eq!(visual_order("שׁלום"), "םולשׁ");
        assert_eq!(visual_order("معاً"), "اًعم");
        assert_eq!(visual_order("Zoë (מִי)"), "Zoë (ימִ)");
    }
}
