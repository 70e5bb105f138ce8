//! The font every document is printed in: DejaVu Sans (regular and bold), shipped in `assets/`
//! with its licence and embedded in each PDF as a subset. It draws Latin, Greek, Cyrillic and
//! Hebrew, so names such as Zoë, Łukasz, Дмитрий or דנה print as written.

use printpdf::ParsedFont;

pub const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Printed in place of a character the font cannot draw (an emoji, a CJK character), so the
/// gap is visible rather than silent.
pub const REPLACEMENT: char = '\u{25A1}';

/// One font face with what layout needs from it: which characters it has, how wide they are,
/// and how Arabic-script text joins in it.
pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    bytes: &'static [u8],
    shaper: harfrust::ShaperData,
}

/// One glyph of shaped text, left to right as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub gid: u16,
    /// Where it sits from the run's start, in points.
    pub x: f32,
    pub y: f32,
    /// The text it stands for when the PDF is copied or searched: its letters, or "" for a
    /// second glyph of the same letters.
    pub text: String,
}

/// Arabic-script letters: these join, so they are shaped rather than drawn one by one.
pub fn joins(c: char) -> bool {
    matches!(u32::from(c), 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF)
}

impl Face {
    pub fn parse(bytes: &'static [u8]) -> Result<Face, String> {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .ok_or_else(|| "the document font could not be read".to_owned())?;
        let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
        let font = harfrust::FontRef::from_index(bytes, 0)
            .map_err(|_| "the document font could not be read".to_owned())?;
        Ok(Face {
            parsed,
            units_per_em,
            bytes,
            shaper: harfrust::ShaperData::new(&font),
        })
    }

    /// `run` (one direction, as written) shaped at `size` points: the glyphs left to right as
    /// drawn, and the run's width. Right-to-left text comes out in visual order.
    pub fn shape(&self, run: &str, size: f32) -> (Vec<Glyph>, f32) {
        let Ok(font) = harfrust::FontRef::from_index(self.bytes, 0) else {
            return (Vec::new(), 0.0);
        };
        let shaper = self.shaper.shaper(&font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(run);
        buffer.guess_segment_properties();
        buffer.set_flags(
            harfrust::BufferFlags::BEGINNING_OF_TEXT | harfrust::BufferFlags::END_OF_TEXT,
        );
        buffer.set_cluster_level(harfrust::BufferClusterLevel::MonotoneCharacters);
        let rtl = buffer.direction() == harfrust::Direction::RightToLeft;
        let out = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let scale = size / self.units_per_em;
        let infos = out.glyph_infos();
        // Each cluster's text runs from its start to the next cluster's start (in the text).
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let end = |start: usize| {
            starts
                .iter()
                .copied()
                .find(|s| *s > start)
                .unwrap_or(run.len())
        };
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut pen = 0.0;
        let mut seen = std::collections::BTreeSet::new();
        for (info, pos) in infos.iter().zip(out.glyph_positions()) {
            let start = info.cluster as usize;
            let text = if seen.insert(start) {
                let letters = run.get(start..end(start)).unwrap_or_default();
                // Drawn right to left, read back by viewers char by char reversed: a
                // ligature's letters (lam-alef) are stored reversed so they read in order.
                if rtl {
                    letters.chars().rev().collect()
                } else {
                    letters.to_owned()
                }
            } else {
                String::new()
            };
            glyphs.push(Glyph {
                gid: u16::try_from(info.glyph_id).unwrap_or(0),
                x: pen + pos.x_offset as f32 * scale,
                y: pos.y_offset as f32 * scale,
                text,
            });
            pen += pos.x_advance as f32 * scale;
        }
        (glyphs, pen)
    }

    pub fn regular() -> Result<Face, String> {
        Face::parse(REGULAR_TTF)
    }

    pub fn bold() -> Result<Face, String> {
        Face::parse(BOLD_TTF)
    }

    fn glyph(&self, c: char) -> Option<u16> {
        self.parsed
            .lookup_glyph_index(u32::from(c))
            .filter(|g| *g != 0)
    }

    /// Whether the font has a glyph for `c`.
    pub fn can_draw(&self, c: char) -> bool {
        self.glyph(c).is_some()
    }

    /// The width of `text` at `size` points, in points (Arabic-script text as it joins).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        if text.chars().any(joins) {
            return self.shape(text, size).1;
        }
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = self
                    .glyph(c)
                    .or_else(|| self.glyph(REPLACEMENT))
                    .unwrap_or(0);
                u32::from(self.parsed.get_horizontal_advance(glyph))
            })
            .sum();
        units as f32 / self.units_per_em * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_measured_from_the_font() {
        let face = Face::regular().unwrap();
        assert!(face.width("W", 12.0) > face.width("i", 12.0) * 2.0);
        let (a, b) = (face.width("Sophie ", 12.0), face.width("& Emma", 12.0));
        assert!((face.width("Sophie & Emma", 12.0) - (a + b)).abs() < 0.001);
        assert!((face.width("Sophie", 24.0) - 2.0 * face.width("Sophie", 12.0)).abs() < 0.001);
        let bold = Face::bold().unwrap();
        assert!(
            bold.width("Sophie", 12.0) > face.width("Sophie", 12.0),
            "bold is wider"
        );
    }

    #[test]
    fn names_from_many_languages_can_be_drawn_but_most_emoji_and_cjk_cannot() {
        let face = Face::regular().unwrap();
        for name in [
            "Zoë",
            "José",
            "Søren",
            "Łukasz",
            "Ana María",
            "Дмитрий",
            "דנה",
            "Ελένη",
        ] {
            assert!(name.chars().all(|c| face.can_draw(c)), "{name}");
        }
        assert!(face.can_draw(REPLACEMENT));
        for c in ['🦄', '🎉', '王', '\u{0007}'] {
            assert!(!face.can_draw(c), "{c:?}");
        }
    }
}
