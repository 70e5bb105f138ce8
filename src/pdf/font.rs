//! The fonts every document is printed in: DejaVu Sans (regular and bold), shipped in `assets/`
//! with its licence, and for the scripts it lacks (Chinese, Japanese, Korean, Devanagari,
//! Thai, …) the faces this computer has (see [`crate::fonts`]). Each is embedded in the PDF as a
//! subset of the glyphs used.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use printpdf::ParsedFont;

use crate::fonts::{SystemFace, SystemFonts};
use crate::model::is_attached;

pub const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Printed in place of a character no font can draw (an emoji), so the gap is visible rather
/// than silent.
pub const REPLACEMENT: char = '\u{25A1}';

/// A font file's bytes, shipped or read from disk.
type Bytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// One font face with what layout needs from it: which characters it has, how wide they are,
/// and how its text is shaped.
pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    bytes: Bytes,
    index: u32,
    shaper: harfrust::ShaperData,
}

/// One glyph of shaped text, left to right as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub gid: u16,
    /// Where it sits from the run's start, in points.
    pub x: f32,
    pub y: f32,
    /// The text it stands for when the PDF is copied or searched: its letters, or, when
    /// several glyphs draw the same letters, the one letter it is the glyph of ("" if none).
    pub text: String,
    /// On the first glyph drawn for a cluster of letters: those letters, as written.
    pub cluster: Option<String>,
}

/// Arabic-script letters: these join, so they are shaped rather than drawn one by one.
pub fn joins(c: char) -> bool {
    matches!(u32::from(c), 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF)
}

impl Face {
    pub fn parse(bytes: Bytes, index: u32) -> Result<Face, String> {
        let unreadable = || crate::t!("store-font-unreadable");
        let data: &[u8] = (*bytes).as_ref();
        let parsed =
            ParsedFont::from_bytes(data, index as usize, &mut Vec::new()).ok_or_else(unreadable)?;
        let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
        let font = harfrust::FontRef::from_index(data, index).map_err(|_| unreadable())?;
        let shaper = harfrust::ShaperData::new(&font);
        Ok(Face {
            parsed,
            units_per_em,
            bytes,
            index,
            shaper,
        })
    }

    /// `run` (one direction, as written) shaped at `size` points: the glyphs left to right as
    /// drawn, and the run's width. Right-to-left text comes out in visual order.
    pub fn shape(&self, run: &str, size: f32) -> (Vec<Glyph>, f32) {
        let Ok(font) = harfrust::FontRef::from_index((*self.bytes).as_ref(), self.index) else {
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
        // How many glyphs each cluster drew: a cluster of one copies as its letters.
        let mut count = std::collections::BTreeMap::<usize, usize>::new();
        for info in infos {
            *count.entry(info.cluster as usize).or_default() += 1;
        }
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut pen = 0.0;
        let mut seen = std::collections::BTreeSet::new();
        for (info, pos) in infos.iter().zip(out.glyph_positions()) {
            let start = info.cluster as usize;
            let letters = run.get(start..end(start)).unwrap_or_default();
            let gid = u16::try_from(info.glyph_id).unwrap_or(0);
            let text = if count[&start] == 1 {
                // Drawn right to left, read back by viewers char by char reversed: a
                // ligature's letters (lam-alef) are stored reversed so they read in order.
                if rtl {
                    letters.chars().rev().collect()
                } else {
                    letters.to_owned()
                }
            } else {
                // One of several glyphs for these letters (a conjunct and its vowel sign):
                // the letter it is the plain glyph of, if any. The cluster as a whole is
                // said by `cluster`.
                letters
                    .chars()
                    .find(|c| self.glyph(*c) == Some(gid))
                    .map(String::from)
                    .unwrap_or_default()
            };
            glyphs.push(Glyph {
                gid,
                x: pen + pos.x_offset as f32 * scale,
                y: pos.y_offset as f32 * scale,
                text,
                cluster: seen.insert(start).then(|| letters.to_owned()),
            });
            pen += pos.x_advance as f32 * scale;
        }
        (glyphs, pen)
    }

    pub fn regular() -> Result<Face, String> {
        Face::parse(Arc::new(REGULAR_TTF), 0)
    }

    pub fn bold() -> Result<Face, String> {
        Face::parse(Arc::new(BOLD_TTF), 0)
    }

    /// A face found on this computer, parsed once for the life of the process (a CJK
    /// collection takes tens of milliseconds).
    fn system(found: &SystemFace) -> Option<Arc<Face>> {
        static PARSED: OnceLock<Mutex<HashMap<usize, Option<Arc<Face>>>>> = OnceLock::new();
        let mut parsed = PARSED
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        parsed
            .entry(found.key)
            .or_insert_with(|| {
                let bytes: Bytes = found.bytes.clone();
                Face::parse(bytes, found.index).ok().map(Arc::new)
            })
            .clone()
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

/// A face and its fallbacks: the shipped DejaVu Sans first, then, for each character it
/// lacks, the face this computer has for it.
pub struct Font {
    bold: bool,
    /// This computer's fonts, scanned only when a character needs them.
    system: fn() -> &'static SystemFonts,
    /// The shipped face first, then the fallbacks in the order first needed.
    faces: RefCell<Vec<Arc<Face>>>,
    /// Which of `faces` draws a character; None when none can.
    chosen: RefCell<HashMap<char, Option<usize>>>,
}

/// A stretch of text drawn with one face: its index in the font, and where it lies.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub face: usize,
    pub range: std::ops::Range<usize>,
}

impl Font {
    pub fn new(base: Face, bold: bool, system: fn() -> &'static SystemFonts) -> Font {
        Font {
            bold,
            system,
            faces: RefCell::new(vec![Arc::new(base)]),
            chosen: RefCell::new(HashMap::new()),
        }
    }

    /// The shipped face.
    pub fn base(&self) -> Arc<Face> {
        self.face(0)
    }

    /// The `i`-th face: 0 is the shipped one.
    pub fn face(&self, i: usize) -> Arc<Face> {
        self.faces.borrow()[i].clone()
    }

    /// Which face draws `c`: the shipped one if it can, else one found on this computer.
    pub fn face_for(&self, c: char) -> Option<usize> {
        if self.faces.borrow()[0].can_draw(c) {
            return Some(0);
        }
        if let Some(known) = self.chosen.borrow().get(&c) {
            return *known;
        }
        let index = (self.system)().covering(c, self.bold).and_then(|found| {
            let face = Face::system(&found)?;
            // The face was chosen because it has the character; its parsed table agrees.
            if !face.can_draw(c) {
                return None;
            }
            let mut faces = self.faces.borrow_mut();
            Some(match faces.iter().position(|f| Arc::ptr_eq(f, &face)) {
                Some(i) => i,
                None => {
                    faces.push(face);
                    faces.len() - 1
                }
            })
        });
        self.chosen.borrow_mut().insert(c, index);
        index
    }

    /// Whether some face can draw `c`.
    pub fn can_draw(&self, c: char) -> bool {
        self.face_for(c).is_some()
    }

    /// `text` cut into runs of one face each, in logical order. A mark stays with the letter
    /// it modifies when that letter's face has it; a character no face has goes with the
    /// shipped face (it is drawn as a box).
    pub fn runs(&self, text: &str) -> Vec<Run> {
        if text.is_empty() {
            return Vec::new();
        }
        // Plain English, the usual case: the shipped face has every ASCII letter.
        if text.is_ascii() {
            return vec![Run {
                face: 0,
                range: 0..text.len(),
            }];
        }
        let mut runs: Vec<Run> = Vec::new();
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            let face = match runs.last() {
                Some(last) if is_attached(c) && self.face(last.face).can_draw(c) => last.face,
                _ => self.face_for(c).unwrap_or(0),
            };
            match runs.last_mut() {
                Some(last) if last.face == face => last.range.end = end,
                _ => runs.push(Run {
                    face,
                    range: i..end,
                }),
            }
        }
        runs
    }

    /// The width of `text` at `size` points, in points, as drawn: each run in its face, and
    /// shaped where letters join or combine.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let runs = self.runs(text);
        if let [run] = runs.as_slice()
            && run.face == 0
        {
            return self.faces.borrow()[0].width(text, size);
        }
        runs.iter()
            .map(|run| {
                let face = self.face(run.face);
                let part = &text[run.range.clone()];
                if run.face == 0 {
                    face.width(part, size)
                } else {
                    face.shape(part, size).1
                }
            })
            .sum()
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

    #[test]
    fn a_line_is_cut_into_runs_of_one_face_and_marks_stay_with_their_letter() {
        let shipped = Font::new(Face::regular().unwrap(), false, crate::fonts::none);
        let text = "王芳 & Zoe\u{308}";
        assert_eq!(
            shipped.runs(text),
            vec![Run {
                face: 0,
                range: 0..text.len()
            }],
            "with no fonts of the computer's, one run (王芳 as boxes)"
        );
        assert!(!shipped.can_draw('王'));
        let font = Font::new(Face::regular().unwrap(), false, crate::fonts::system);
        if !font.can_draw('王') {
            return;
        }
        let runs = font.runs(text);
        let cjk = "王芳".len();
        assert_eq!(runs.len(), 2, "{runs:?}");
        assert_eq!(
            (runs[0].range.clone(), runs[1].range.clone()),
            (0..cjk, cjk..text.len())
        );
        assert!(runs[0].face > 0 && runs[1].face == 0, "{runs:?}");
        // Measured in the face that draws it: a CJK character is a full em wide.
        assert!((font.width("王", 10.0) - 10.0).abs() < 0.01);
    }
}
