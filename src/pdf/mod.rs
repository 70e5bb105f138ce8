//! The printed documents: the therapist's session notes and the couple's homework sheet.
//! Text layout (measure, wrap, paginate) is done here by hand, with glyph advances from the
//! embedded font. No egui.

/// A message in the language of `tr`, as [`crate::t!`] gives one in the therapist's:
/// `lt!("doc-notes-heading" in tr)`, `lt!("doc-notes-session" in tr, number = 4)`. (Named so
/// that the test of the keys the code asks for finds it.)
macro_rules! lt {
    ($key:literal in $tr:expr) => {
        $tr.get($key)
    };
    ($key:literal in $tr:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $tr.with(
            $key,
            &[$((stringify!($name), $crate::locale::Arg::from($value))),+],
        )
    };
}

pub mod font;
pub mod homework;
pub mod layout;
pub mod notes;
pub mod progress;
pub mod text;

use crate::locale::Tr;
use crate::model::{Lang, Paper};

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// The therapist's session notes, for the clinical record.
    Notes,
    /// The session notes with the session's timeline as an appendix.
    NotesWithTimeline,
    /// The couple's homework sheet.
    Homework,
}

impl DocumentKind {
    /// The document's name in English, as its file is named ("… - session 4 session
    /// notes.pdf"): file names are not translated.
    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::Notes => "session notes",
            DocumentKind::NotesWithTimeline => "session notes with the timeline",
            DocumentKind::Homework => "homework sheet",
        }
    }

    /// The document's name in the therapist's language, for a sentence: "session notes",
    /// "Sitzungsnotizen".
    pub fn words(self) -> String {
        match self {
            DocumentKind::Notes => crate::t!("doc-kind-notes"),
            DocumentKind::NotesWithTimeline => crate::t!("doc-kind-notes-timeline"),
            DocumentKind::Homework => crate::t!("doc-kind-homework"),
        }
    }
}

/// A number written with a decimal point ("13.5") as `tr`'s language writes it ("13,5").
pub fn decimal_point(tr: Tr, number: String) -> String {
    match tr.lang() {
        Lang::En => number,
        Lang::De | Lang::Fr | Lang::Es => number.replace('.', ","),
    }
}

/// `date` in `tr`'s language, written as `format` (a strftime pattern, itself a message:
/// "%-d %B %Y", "%-d. %B %Y").
pub fn dated(tr: Tr, date: chrono::NaiveDate, format: &str) -> String {
    let locale = tr.lang().calendar();
    date.format_localized(format, locale).to_string()
}

/// A session's document: a pure function of the session as it stands and the letterhead,
/// printed in the shipped font and, for the scripts it lacks, this computer's fonts.
pub fn document(
    kind: DocumentKind,
    state: &crate::session::SessionState,
    letterhead: &Letterhead,
) -> Result<Document, String> {
    if let (DocumentKind::Homework, Some(side)) = (kind, state.info.alone) {
        let name = match side {
            crate::model::Side::A => &state.info.partner_a,
            crate::model::Side::B => &state.info.partner_b,
        };
        return Err(crate::t!(
            "doc-alone-no-sheet",
            number = state.info.number,
            name = name
        ));
    }
    Ok(document_in(
        kind,
        state,
        letterhead,
        &layout::Fonts::load()?,
    ))
}

/// [`document`] printed with `fonts` ([`layout::Fonts::shipped`]: as on a computer with no
/// fonts of its own).
pub fn document_in(
    kind: DocumentKind,
    state: &crate::session::SessionState,
    letterhead: &Letterhead,
    fonts: &layout::Fonts,
) -> Document {
    match kind {
        DocumentKind::Notes | DocumentKind::NotesWithTimeline => notes::session_notes_in(
            state,
            letterhead,
            notes::NotesOptions {
                timeline: kind == DocumentKind::NotesWithTimeline,
            },
            fonts,
        ),
        DocumentKind::Homework => homework::homework_sheet_in(state, letterhead, fonts),
    }
}

/// Who prints, and on what: from the therapist's settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Letterhead {
    pub practice: String,
    pub therapist: String,
    pub paper: Paper,
    /// When the document is made: its creation date in the file.
    pub printed_at: chrono::DateTime<chrono::FixedOffset>,
    /// After the therapist's name where the notes are signed: "LMFT".
    pub credentials: String,
    /// How the couple reaches the therapist, on the homework sheet.
    pub contact: String,
    /// Where to get help if someone feels unsafe: the homework sheet's last line.
    pub safety_line: String,
    /// The language of a document the couple reads (the homework sheet); `None`: the couple's
    /// own, as the practice keeps it (English where nothing says otherwise).
    pub lang: Option<crate::model::Lang>,
    /// The language of the therapist's documents (the session notes, the progress report):
    /// the settings' language, or the computer's. Carried here rather than taken from the
    /// thread, because a document may be made on another thread than the app's.
    pub therapist_lang: Lang,
}

impl Letterhead {
    /// The settings' letterhead on `paper`, dated `printed_at`.
    pub fn from_settings(
        settings: &crate::model::Settings,
        paper: Paper,
        printed_at: chrono::DateTime<chrono::FixedOffset>,
    ) -> Letterhead {
        Letterhead {
            practice: settings.practice_name.clone(),
            therapist: settings.therapist_name.clone(),
            paper,
            printed_at,
            credentials: settings.credentials.clone(),
            contact: settings.contact.clone(),
            safety_line: settings.safety_line.clone(),
            lang: None,
            therapist_lang: settings.language.unwrap_or_else(crate::locale::system_lang),
        }
    }

    /// No names, A4, printed at the Unix epoch, in English: the base that tests and examples
    /// fill in.
    pub fn blank() -> Letterhead {
        Letterhead {
            therapist_lang: Lang::En,
            ..Letterhead::from_settings(
                &crate::model::Settings::default(),
                Paper::A4,
                chrono::DateTime::UNIX_EPOCH.fixed_offset(),
            )
        }
    }
}

/// A finished PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Characters the font could not draw, printed as a box; the export says so.
    pub replaced: usize,
    /// Which characters those were, each once (header and footer included).
    pub missing: Vec<char>,
}

impl Document {
    /// What the export says when something printed as a box: which characters, and which font
    /// to install to print them.
    pub fn missing_sentence(&self) -> Option<String> {
        text::missing_sentence(&self.missing)
    }
}

#[cfg(test)]
mod tests {
    use printpdf::{
        Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem,
    };

    use super::font::Face;
    use super::text::visual_order;

    /// The font is embedded as a subset and the names read back from the file.
    #[test]
    fn names_are_embedded_as_a_font_subset_and_read_back() {
        let face = Face::regular().unwrap();
        let mut doc = PdfDocument::new("Probe");
        let font = doc.add_font(&face.parsed);
        let names = [
            "Zoë & José",
            "Søren & Łukasz",
            "Ana María",
            "Дмитрий",
            "דנה",
        ];
        let mut ops = vec![Op::StartTextSection];
        for (i, name) in names.iter().enumerate() {
            ops.extend([
                Op::SetFont {
                    font: PdfFontHandle::External(font.clone()),
                    size: Pt(14.0),
                },
                Op::SetTextCursor {
                    pos: Point::new(Mm(20.0), Mm(270.0 - 10.0 * i as f32)),
                },
                Op::ShowText {
                    items: vec![TextItem::Text(visual_order(name).into_owned())],
                },
            ]);
        }
        ops.push(Op::EndTextSection);
        let bytes = doc
            .with_pages(vec![PdfPage::new(Mm(210.0), Mm(297.0), ops)])
            .save(&PdfSaveOptions::default(), &mut Vec::new());
        assert!(
            bytes.len() < 100_000,
            "a subset, not the whole 760 KB font: {} bytes",
            bytes.len()
        );
        let read = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(read.get_pages().len(), 1);
        let text = read.extract_text(&[1]).unwrap();
        for name in &names[..4] {
            assert!(text.contains(name), "{name:?} not in {text:?}");
        }
    }
}
