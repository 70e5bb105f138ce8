//! Text made ready for the page: characters the font cannot draw replaced (and counted),
//! paragraphs wrapped to a width by measured glyph advances, right-to-left runs put in visual
//! order.

use std::borrow::Cow;

use unicode_bidi::BidiInfo;

use super::font::{Face, REPLACEMENT};

/// Text the font can draw, and how many characters had to be replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct Printable {
    pub text: String,
    pub replaced: usize,
}

/// Replaces what the font cannot draw with a visible box. Line breaks and tabs are kept (a tab
/// becomes spaces); other control characters are dropped.
pub fn printable(face: &Face, text: &str) -> Printable {
    let mut out = String::with_capacity(text.len());
    let mut replaced = 0;
    for c in text.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            c if c.is_control() => {}
            // Joiners and variation selectors belong to a character already replaced.
            '\u{200d}' | '\u{fe0e}' | '\u{fe0f}' => {}
            c if face.can_draw(c) => out.push(c),
            _ => {
                replaced += 1;
                out.push(REPLACEMENT);
            }
        }
    }
    Printable {
        text: out,
        replaced,
    }
}

/// Wraps `text` into lines no wider than `max_width` points at `size`. Explicit line breaks
/// are kept (an empty line stays empty); a word longer than a line is broken between letters.
pub fn wrap(face: &Face, text: &str, size: f32, max_width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut width = 0.0;
        let space = face.width(" ", size);
        for word in paragraph.split_whitespace() {
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
    match bidi.paragraphs.first() {
        Some(para) => Cow::Owned(bidi.reorder_line(para, para.range.clone()).into_owned()),
        None => Cow::Borrowed(line),
    }
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
        let family = printable(&face(), "👩‍👩‍👧");
        assert_eq!(
            p.replaced + family.replaced,
            5,
            "each person in the family emoji is one box"
        );
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
}
