//! The font every document is printed in: DejaVu Sans (regular and bold), shipped in `assets/`
//! with its licence and embedded in each PDF as a subset. It draws Latin, Greek, Cyrillic and
//! Hebrew, so names such as Zoë, Łukasz, Дмитрий or דנה print as written.

use printpdf::ParsedFont;

pub const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Printed in place of a character the font cannot draw (an emoji, a CJK character), so the
/// gap is visible rather than silent.
pub const REPLACEMENT: char = '\u{25A1}';

/// One font face with what layout needs from it: which characters it has and how wide they are.
pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
}

impl Face {
    pub fn parse(bytes: &[u8]) -> Result<Face, String> {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .ok_or_else(|| "the document font could not be read".to_owned())?;
        let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
        Ok(Face {
            parsed,
            units_per_em,
        })
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

    /// The width of `text` at `size` points, in points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
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
