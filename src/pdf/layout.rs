//! Pages: text and lines placed top-down with margins, page breaks that never split a kept
//! block, and a header and "page i of n" footer on every page. Rendered to PDF with printpdf.

use printpdf::{
    Codepoint, Color, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

use super::Letterhead;
use std::collections::BTreeMap;
use std::sync::Arc;

use super::font::joins;
use super::font::{Face, Font, Glyph};
use super::text::{fit, printable, visual_order, visual_runs, wrap};
use crate::model::Paper;

/// The two fonts every document uses, each DejaVu Sans with this computer's fonts behind it.
pub struct Fonts {
    pub regular: Font,
    pub bold: Font,
}

impl Fonts {
    /// The shipped fonts, and this computer's for the scripts they lack.
    pub fn load() -> Result<Fonts, String> {
        Fonts::with_system(crate::fonts::system)
    }

    /// The shipped fonts alone, as on a computer with no other fonts installed.
    pub fn shipped() -> Result<Fonts, String> {
        Fonts::with_system(crate::fonts::none)
    }

    fn with_system(system: fn() -> &'static crate::fonts::SystemFonts) -> Result<Fonts, String> {
        Ok(Fonts {
            regular: Font::new(Face::regular()?, false, system),
            bold: Font::new(Face::bold()?, true, system),
        })
    }

    pub fn face(&self, bold: bool) -> &Font {
        if bold { &self.bold } else { &self.regular }
    }
}

/// Adds the characters of `new` not yet in `missing`, keeping the order they were met.
fn note_missing(missing: &mut Vec<char>, new: &[char]) {
    for c in new {
        if !missing.contains(c) {
            missing.push(*c);
        }
    }
}

/// Page size in points.
pub fn page_size(paper: Paper) -> (f32, f32) {
    match paper {
        Paper::A4 => (595.28, 841.89),
        Paper::Letter => (612.0, 792.0),
    }
}

/// Something drawn on a page, in points from the page's top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Text {
        x: f32,
        y: f32,
        text: String,
        size: f32,
        bold: bool,
        grey: f32,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        width: f32,
        grey: f32,
    },
    Square {
        x: f32,
        y: f32,
        side: f32,
    },
    /// A line through points, in a colour (the progress report's charts).
    Path {
        points: Vec<(f32, f32)>,
        width: f32,
        rgb: [f32; 3],
    },
    /// A filled rectangle, `y` its top edge.
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        rgb: [f32; 3],
    },
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    /// 0 is black; 0.45 is the grey of secondary text.
    pub grey: f32,
    pub indent: f32,
}

impl Style {
    pub fn body(size: f32) -> Style {
        Style {
            size,
            bold: false,
            grey: 0.0,
            indent: 0.0,
        }
    }
}

/// Places content on pages from the top down.
pub struct Composer<'f> {
    fonts: &'f Fonts,
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    pages: Vec<Vec<Mark>>,
    y: f32,
    /// Characters the font could not draw, replaced by a visible box.
    pub replaced: usize,
    /// Which characters those were, each once, in the order met.
    pub missing: Vec<char>,
    /// Room kept at the top and the bottom of each page for the header and the footer.
    header: f32,
    footer: f32,
    /// The section being written and its heading size: a page break inside it starts the
    /// next page with "Title (continued)".
    section: Option<(String, f32)>,
    /// The language of "page i of n" and "(continued)".
    pub tr: crate::locale::Tr,
}

/// Room kept at the top and bottom of each page for the header and the footer.
const HEADER: f32 = 28.0;
const FOOTER: f32 = 30.0;

impl<'f> Composer<'f> {
    pub fn new(fonts: &'f Fonts, paper: Paper) -> Composer<'f> {
        Composer::with_frame(fonts, paper, 56.0, HEADER, FOOTER)
    }

    /// A composer whose page margins are `margin` points, with `header` and `footer` points
    /// kept for the header and the footer (the fridge sheet uses more of its page).
    pub fn with_frame(
        fonts: &'f Fonts,
        paper: Paper,
        margin: f32,
        header: f32,
        footer: f32,
    ) -> Composer<'f> {
        let (width, height) = page_size(paper);
        Composer {
            header,
            footer,
            section: None,
            fonts,
            width,
            height,
            margin,
            pages: vec![Vec::new()],
            y: margin + header,
            replaced: 0,
            missing: Vec::new(),
            tr: crate::locale::Tr::default(),
        }
    }

    pub fn top(&self) -> f32 {
        self.margin + self.header
    }

    /// How far down the page content may go.
    pub fn bottom(&self) -> f32 {
        self.height - self.margin - self.footer
    }

    /// The width text can use.
    pub fn text_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top();
        if let Some((title, size)) = self.section.clone() {
            let style = Style {
                size: (size - 1.5).max(8.0),
                bold: true,
                grey: 0.35,
                indent: 0.0,
            };
            let continued = self
                .tr
                .with("doc-continued", &[("title", title.as_str().into())]);
            let line = self.fit_line(&continued, style, self.text_width());
            self.text_at(self.margin, line, style);
            self.y += Self::line_height(style.size) + 2.0;
        }
    }

    /// Starts a section: its heading, kept with the lines that follow, and "(continued)" over
    /// its rest on the next page if it crosses one.
    pub fn section(&mut self, title: &str, size: f32) {
        self.section = None;
        self.heading(title, size);
        self.section = Some((title.to_owned(), size));
    }

    /// Ends the current section: no "(continued)" from here.
    pub fn end_section(&mut self) {
        self.section = None;
    }

    /// A bullet point with a hanging indent: wrapped lines align with the text, not the bullet.
    pub fn bullet(&mut self, text: &str, style: Style) {
        let hang = style.size * 1.1;
        let lines = self.lines_in(text, style, self.text_width() - style.indent - hang);
        let lh = Self::line_height(style.size);
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let room = ((self.bottom() - self.y) / lh).floor() as usize;
            if room == 0 || (room == 1 && n - i > 1 && n > 1 && i == 0) {
                self.new_page();
            }
            if i == 0 {
                self.text_at(self.margin + style.indent, "•".to_owned(), style);
            }
            self.text_at(self.margin + style.indent + hang, line, style);
            self.y += lh;
        }
    }

    /// Starts a new page unless `height` points still fit on this one.
    pub fn keep_together(&mut self, height: f32) {
        let page_height = self.bottom() - self.top();
        if self.y + height > self.bottom() && height <= page_height && self.y > self.top() {
            self.new_page();
        }
    }

    pub fn space(&mut self, points: f32) {
        self.y = (self.y + points).min(self.bottom());
    }

    /// The distance from one line to the next at `size`.
    pub fn line_height(size: f32) -> f32 {
        size * 1.35
    }

    /// The lines `text` wraps to in `style`, made printable.
    pub fn lines(&mut self, text: &str, style: Style) -> Vec<String> {
        let face = self.fonts.face(style.bold);
        let p = printable(face, text);
        self.replaced += p.replaced;
        note_missing(&mut self.missing, &p.missing);
        wrap(face, &p.text, style.size, self.text_width() - style.indent)
    }

    /// The lines `text` wraps to in `style` within `width` points (a table cell).
    pub fn lines_in(&mut self, text: &str, style: Style, width: f32) -> Vec<String> {
        let face = self.fonts.face(style.bold);
        let p = printable(face, text);
        self.replaced += p.replaced;
        note_missing(&mut self.missing, &p.missing);
        wrap(face, &p.text, style.size, width.max(style.size))
    }

    /// `text` on one line within `width` points, cut short with "…" if it must be.
    pub fn fit_line(&mut self, text: &str, style: Style, width: f32) -> String {
        let face = self.fonts.face(style.bold);
        let p = printable(face, text);
        self.replaced += p.replaced;
        note_missing(&mut self.missing, &p.missing);
        fit(face, &p.text, style.size, width)
    }

    /// The width of `text` in `style` as printed.
    pub fn width_of(&self, text: &str, style: Style) -> f32 {
        self.fonts.face(style.bold).width(text, style.size)
    }

    /// Moves the cursor to `y` points from the top of the page (within a row being drawn).
    pub fn set_y(&mut self, y: f32) {
        self.y = y;
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The height `text` takes in `style` wrapped within `width` points.
    pub fn measure_in(&mut self, text: &str, style: Style, width: f32) -> f32 {
        let (replaced, missing) = (self.replaced, self.missing.len());
        let n = self.lines_in(text, style, width).len();
        self.replaced = replaced;
        self.missing.truncate(missing);
        n as f32 * Self::line_height(style.size)
    }

    /// `text` wrapped within `width` points, its lines drawn at `x` from the cursor down, with
    /// no page break: the caller has kept the block together. Returns the height used.
    pub fn block_at(&mut self, x: f32, width: f32, text: &str, style: Style) -> f32 {
        let lh = Self::line_height(style.size);
        let lines = self.lines_in(text, style, width);
        let n = lines.len();
        for line in lines {
            self.text_at(x, line, style);
            self.y += lh;
        }
        n as f32 * lh
    }

    /// The height `text` takes in `style`.
    pub fn measure(&mut self, text: &str, style: Style) -> f32 {
        let (replaced, missing) = (self.replaced, self.missing.len());
        let n = self.lines(text, style).len();
        self.replaced = replaced;
        self.missing.truncate(missing);
        n as f32 * Self::line_height(style.size)
    }

    /// A paragraph, broken across pages between lines when it must be (never leaving a single
    /// line alone at the foot or head of a page when it has more).
    pub fn paragraph(&mut self, text: &str, style: Style) {
        let lines = self.lines(text, style);
        let lh = Self::line_height(style.size);
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let left = n - i;
            let room = ((self.bottom() - self.y) / lh).floor() as usize;
            // No widow or orphan: move on when only one line of several would fit.
            if room == 0 || (room == 1 && left > 1 && n > 1) {
                self.new_page();
            }
            self.text_at(self.margin + style.indent, line, style);
            self.y += lh;
        }
    }

    /// A heading kept with at least the next three lines of body text.
    pub fn heading(&mut self, text: &str, size: f32) {
        let style = Style {
            size,
            bold: true,
            grey: 0.0,
            indent: 0.0,
        };
        let height = self.measure(text, style) + 3.0 * Self::line_height(12.0);
        self.keep_together(height);
        self.paragraph(text, style);
        self.space(size * 0.3);
    }

    /// A line of text at `x` on the current line, without moving down.
    pub fn text_at(&mut self, x: f32, text: String, style: Style) {
        let baseline = self.y + style.size;
        self.mark(Mark::Text {
            x,
            y: baseline,
            text,
            size: style.size,
            bold: style.bold,
            grey: style.grey,
        });
    }

    /// Moves down `points` after content placed with [`Composer::text_at`].
    pub fn advance(&mut self, points: f32) {
        self.y += points;
    }

    pub fn y(&self) -> f32 {
        self.y
    }

    pub fn rule(&mut self, grey: f32, width: f32) {
        let y = self.y;
        self.mark(Mark::Rule {
            x1: self.margin,
            x2: self.width - self.margin,
            y,
            width,
            grey,
        });
    }

    pub fn mark(&mut self, mark: Mark) {
        if let Some(page) = self.pages.last_mut() {
            page.push(mark);
        }
    }

    /// Counts what `header` and `footer` hold that cannot be drawn, like any other text: call
    /// before [`Composer::finish`], which prints them on every page.
    pub fn note_frame(&mut self, header: &str, footer: &str) {
        for text in [header, footer] {
            let p = printable(&self.fonts.regular, text);
            self.replaced += p.replaced;
            note_missing(&mut self.missing, &p.missing);
        }
    }

    /// The pages, each with `header` at the top and "page i of n" (and `footer`) at the foot.
    pub fn finish(self, header: &str, footer: &str) -> Vec<Vec<Mark>> {
        self.finish_marked(header, footer, None)
    }

    /// [`Composer::finish`], with `mark` ("DRAFT · NOT SIGNED") in bold at the top right of
    /// every page.
    pub fn finish_marked(
        mut self,
        header: &str,
        footer: &str,
        mark: Option<&str>,
    ) -> Vec<Vec<Mark>> {
        let n = self.pages.len();
        let small = Style {
            size: 8.5,
            bold: false,
            grey: 0.45,
            indent: 0.0,
        };
        let face = &self.fonts.regular;
        let (margin, width, height) = (self.margin, self.width, self.height);
        let mark_size = 10.0;
        let mark_width = mark.map_or(0.0, |m| self.fonts.bold.width(m, mark_size) + 12.0);
        let room = width - 2.0 * margin - mark_width;
        // One line each, whatever the names: the footer leaves room for the page number.
        let header = fit(face, &printable(face, header).text, small.size, room);
        // "page i of n" in the document's language.
        let tr = self.tr;
        let page_of =
            |page: usize| tr.with("page-of", &[("page", page.into()), ("pages", n.into())]);
        let widest_number = face.width(&page_of(n), small.size);
        let footer = fit(
            face,
            &printable(face, footer).text,
            small.size,
            width - 2.0 * margin - widest_number - 12.0,
        );
        for (i, page) in self.pages.iter_mut().enumerate() {
            page.push(Mark::Text {
                x: margin,
                y: margin,
                text: header.clone(),
                size: small.size,
                bold: false,
                grey: small.grey,
            });
            let y = height - margin + 4.0;
            page.push(Mark::Text {
                x: margin,
                y,
                text: footer.clone(),
                size: small.size,
                bold: false,
                grey: small.grey,
            });
            if let Some(mark) = mark {
                page.push(Mark::Text {
                    x: width - margin - (mark_width - 12.0),
                    y: margin,
                    text: mark.to_owned(),
                    size: mark_size,
                    bold: true,
                    grey: 0.0,
                });
            }
            let number = page_of(i + 1);
            let w = self.fonts.regular.width(&number, small.size);
            page.push(Mark::Text {
                x: width - margin - w,
                y,
                text: number,
                size: small.size,
                bold: false,
                grey: small.grey,
            });
        }
        self.pages
    }
}

/// The pages as a PDF, the font embedded as a subset, in the language of a document the couple
/// reads (the letterhead's, or English).
pub fn render(title: &str, pages: &[Vec<Mark>], fonts: &Fonts, letterhead: &Letterhead) -> Vec<u8> {
    render_in(
        title,
        pages,
        fonts,
        letterhead,
        letterhead.lang.unwrap_or_default(),
    )
}

/// [`render`], the file saying its text is in `lang` (for a screen reader, and a search).
pub fn render_in(
    title: &str,
    pages: &[Vec<Mark>],
    fonts: &Fonts,
    letterhead: &Letterhead,
    lang: crate::model::Lang,
) -> Vec<u8> {
    let (width, height) = page_size(letterhead.paper);
    let mut doc = PdfDocument::new(title);
    let info = &mut doc.metadata.info;
    let made =
        printpdf::date::OffsetDateTime::from_unix_timestamp(letterhead.printed_at.timestamp())
            .unwrap_or_else(|_| printpdf::date::OffsetDateTime::now_utc());
    info.creation_date = made;
    info.modification_date = made;
    info.metadata_date = made;
    info.author = letterhead.therapist.clone();
    info.creator = format!("Groundwork {}", env!("CARGO_PKG_VERSION"));
    info.producer = info.creator.clone();
    let mut embedded = Embedded::default();
    let grey = |g: f32| Color::Rgb(Rgb::new(g, g, g, None));
    let pt = |x: f32, y: f32| Point {
        x: Pt(x),
        y: Pt(height - y),
    };
    let pdf_pages = pages
        .iter()
        .map(|marks| {
            let mut ops = Vec::new();
            for mark in marks {
                match mark {
                    Mark::Text {
                        x,
                        y,
                        text,
                        size,
                        bold: b,
                        grey: g,
                    } => {
                        let font = fonts.face(*b);
                        let mut pen = *x;
                        for (run, rtl) in visual_runs(text) {
                            let mut parts = font.runs(run);
                            if rtl {
                                parts.reverse();
                            }
                            for part in parts {
                                let face = font.face(part.face);
                                let words = &run[part.range];
                                let (id, table) = embedded.font(&mut doc, &face);
                                ops.extend([
                                    Op::StartTextSection,
                                    Op::SetFillColor { col: grey(*g) },
                                    Op::SetFont {
                                        font: PdfFontHandle::External(id),
                                        size: Pt(*size),
                                    },
                                ]);
                                if part.face == 0 && !(rtl && words.chars().any(joins)) {
                                    // The shipped font, letter by letter as the file's cmap
                                    // maps them: copies back as written.
                                    let shown = if rtl {
                                        visual_order(words).into_owned()
                                    } else {
                                        words.to_owned()
                                    };
                                    ops.extend([
                                        Op::SetTextCursor { pos: pt(pen, *y) },
                                        Op::ShowText {
                                            items: vec![TextItem::Text(shown.clone())],
                                        },
                                    ]);
                                    pen += face.width(&shown, *size);
                                } else {
                                    let (glyphs, width) = face.shape(words, *size);
                                    let at = pt(pen, *y);
                                    shaped_ops(&mut ops, glyphs, table, (at.x.0, at.y.0), rtl);
                                    pen += width;
                                }
                                ops.push(Op::EndTextSection);
                            }
                        }
                    }
                    Mark::Rule {
                        x1,
                        x2,
                        y,
                        width: w,
                        grey: g,
                    } => ops.extend([
                        Op::SetOutlineColor { col: grey(*g) },
                        Op::SetOutlineThickness { pt: Pt(*w) },
                        Op::DrawLine {
                            line: Line {
                                points: vec![
                                    LinePoint {
                                        p: pt(*x1, *y),
                                        bezier: false,
                                    },
                                    LinePoint {
                                        p: pt(*x2, *y),
                                        bezier: false,
                                    },
                                ],
                                is_closed: false,
                            },
                        },
                    ]),
                    Mark::Path {
                        points,
                        width: w,
                        rgb,
                    } if points.len() > 1 => ops.extend([
                        Op::SetOutlineColor {
                            col: Color::Rgb(Rgb::new(rgb[0], rgb[1], rgb[2], None)),
                        },
                        Op::SetOutlineThickness { pt: Pt(*w) },
                        Op::DrawLine {
                            line: Line {
                                points: points
                                    .iter()
                                    .map(|(x, y)| LinePoint {
                                        p: pt(*x, *y),
                                        bezier: false,
                                    })
                                    .collect(),
                                is_closed: false,
                            },
                        },
                    ]),
                    Mark::Path { .. } => {}
                    Mark::Fill { x, y, w, h, rgb } => ops.extend([
                        Op::SetFillColor {
                            col: Color::Rgb(Rgb::new(rgb[0], rgb[1], rgb[2], None)),
                        },
                        Op::DrawRectangle {
                            rectangle: Rect {
                                x: Pt(*x),
                                y: Pt(height - y - h),
                                width: Pt(*w),
                                height: Pt(*h),
                                mode: Some(PaintMode::Fill),
                                winding_order: None,
                            },
                        },
                    ]),
                    Mark::Square { x, y, side } => ops.extend([
                        Op::SetOutlineColor { col: grey(0.35) },
                        Op::SetOutlineThickness { pt: Pt(0.8) },
                        Op::DrawRectangle {
                            rectangle: Rect {
                                x: Pt(*x),
                                y: Pt(height - y - side),
                                width: Pt(*side),
                                height: Pt(*side),
                                mode: Some(PaintMode::Stroke),
                                winding_order: None,
                            },
                        },
                    ]),
                }
            }
            PdfPage::new(Mm::from(Pt(width)), Mm::from(Pt(height)), ops)
        })
        .collect();
    let author = letterhead.therapist.trim().to_owned();
    let tool = format!("Groundwork {}", env!("CARGO_PKG_VERSION"));
    let bytes = doc
        .with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new());
    finish_metadata(bytes, title, &author, &tool, letterhead.printed_at, lang)
}

/// The fonts added to a PDF, one for each face used, and what each of their glyphs copies
/// as: the first text given to a glyph is kept, as a PDF holds one per glyph.
#[derive(Default)]
struct Embedded {
    fonts: Vec<(*const Face, printpdf::FontId, BTreeMap<u16, String>)>,
}

impl Embedded {
    fn font(
        &mut self,
        doc: &mut PdfDocument,
        face: &Arc<Face>,
    ) -> (printpdf::FontId, &mut BTreeMap<u16, String>) {
        let key = Arc::as_ptr(face);
        let i = match self.fonts.iter().position(|(k, _, _)| *k == key) {
            Some(i) => i,
            None => {
                let id = doc.add_font(&face.parsed);
                self.fonts.push((key, id, BTreeMap::new()));
                self.fonts.len() - 1
            }
        };
        let (_, id, table) = &mut self.fonts[i];
        (id.clone(), table)
    }
}

/// Shaped glyphs drawn one by one from `origin` (PDF points), each copying as its letters. A
/// cluster of a left-to-right script whose glyphs do not copy as its letters one for one (a
/// Devanagari conjunct, a Thai vowel drawn before its consonant, a glyph first met in another
/// word) is wrapped in an ActualText span that says what it reads. Right-to-left clusters
/// are not: viewers reverse such spans letter by letter.
fn shaped_ops(
    ops: &mut Vec<Op>,
    glyphs: Vec<Glyph>,
    table: &mut BTreeMap<u16, String>,
    origin: (f32, f32),
    rtl: bool,
) {
    // Glyphs grouped into clusters: a cluster starts at a glyph carrying its letters.
    let mut clusters: Vec<(String, Vec<Glyph>)> = Vec::new();
    for mut glyph in glyphs {
        match (glyph.cluster.take(), clusters.last_mut()) {
            (None, Some((_, cluster))) => cluster.push(glyph),
            (letters, _) => clusters.push((letters.unwrap_or_default(), vec![glyph])),
        }
    }
    for (letters, cluster) in clusters {
        let mut copied = String::new();
        let mut drawn = Vec::with_capacity(cluster.len());
        for glyph in cluster {
            let text = match table.get(&glyph.gid) {
                Some(known) => known.clone(),
                None if !glyph.text.is_empty() => {
                    table.insert(glyph.gid, glyph.text.clone());
                    glyph.text.clone()
                }
                None => String::new(),
            };
            copied.push_str(&text);
            drawn.push((glyph, text));
        }
        let spanned = !rtl && copied != letters && !letters.is_empty();
        if spanned {
            ops.push(actual_text(&letters));
        }
        for (glyph, text) in drawn {
            ops.extend([
                Op::SetTextMatrix {
                    matrix: TextMatrix::Raw([
                        1.0,
                        0.0,
                        0.0,
                        1.0,
                        origin.0 + glyph.x,
                        origin.1 + glyph.y,
                    ]),
                },
                Op::ShowText {
                    items: vec![TextItem::GlyphIds(vec![Codepoint {
                        gid: glyph.gid,
                        offset: 0.0,
                        cid: Some(text),
                    }])],
                },
            ]);
        }
        if spanned {
            ops.push(Op::EndMarkedContent);
        }
    }
}

/// The start of a span that copies and searches as `text`, whatever its glyphs.
fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        data.extend_from_slice(&unit.to_be_bytes());
    }
    let mut map = BTreeMap::new();
    map.insert(
        "ActualText".to_owned(),
        printpdf::DictItem::String {
            data,
            literal: false,
        },
    );
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_owned(),
        properties: printpdf::DictItem::Dict { map },
    }
}

/// The colour profile of the screen-and-office sRGB space: the PDF/A output intent.
const SRGB_ICC: &[u8] = include_bytes!("../../assets/icc/sRGB.icc");

/// "2026-11-30T17:45:00+01:00" for XMP, "D:20261130174500+01'00'" for the Info dictionary:
/// the same instant in both, as PDF/A asks.
fn pdf_dates(at: chrono::DateTime<chrono::FixedOffset>) -> (String, String) {
    let xmp = at.format("%Y-%m-%dT%H:%M:%S%:z").to_string();
    let offset = at.format("%:z").to_string().replace(':', "'");
    let info = format!("D:{}{offset}'", at.format("%Y%m%d%H%M%S"));
    (xmp, info)
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The XMP packet of a PDF/A-2b file: its conformance, and the Info dictionary's entries.
fn xmp(title: &str, author: &str, tool: &str, date: &str) -> String {
    let author = if author.is_empty() {
        String::new()
    } else {
        format!(
            "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>",
            xml_escape(author)
        )
    };
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\
<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n\
<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\
<dc:format>application/pdf</dc:format>\
<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>{author}\
<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language></rdf:Description>\n\
<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\
<xmp:CreatorTool>{tool}</xmp:CreatorTool><xmp:CreateDate>{date}</xmp:CreateDate>\
<xmp:ModifyDate>{date}</xmp:ModifyDate><xmp:MetadataDate>{date}</xmp:MetadataDate></rdf:Description>\n\
<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\
<pdf:Producer>{tool}</pdf:Producer></rdf:Description>\n\
</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>",
        title = xml_escape(title),
        tool = xml_escape(tool),
    )
}

/// What printpdf cannot do, done on the saved file: the document's language, no PDF/X key (an
/// empty one makes readers call the file PDF/X), and what PDF/A-2b asks of an archived file:
/// a PDF 1.7 header with its binary comment, XMP metadata that matches the Info dictionary,
/// and an sRGB output intent for the colours used. The bytes as they were if the file cannot
/// be reread.
fn finish_metadata(
    bytes: Vec<u8>,
    title: &str,
    author: &str,
    tool: &str,
    at: chrono::DateTime<chrono::FixedOffset>,
    lang: crate::model::Lang,
) -> Vec<u8> {
    use lopdf::{Dictionary, Object, Stream, StringFormat};
    let Ok(mut doc) = lopdf::Document::load_mem(&bytes) else {
        return bytes;
    };
    doc.version = "1.7".to_owned();
    doc.binary_mark = vec![0xE2, 0xE3, 0xCF, 0xD3];
    let (xmp_date, info_date) = pdf_dates(at);
    if let Ok(info) = doc.trailer.get(b"Info").and_then(Object::as_reference)
        && let Ok(Object::Dictionary(dict)) = doc.get_object_mut(info)
    {
        // Every entry left has its twin in the XMP packet.
        for key in [
            &b"GTS_PDFXVersion"[..],
            b"Identifier",
            b"Subject",
            b"Keywords",
            b"Trapped",
        ] {
            dict.remove(key);
        }
        if author.is_empty() {
            dict.remove(b"Author");
        }
        for key in ["CreationDate", "ModDate"] {
            dict.set(
                key,
                Object::String(info_date.clone().into_bytes(), StringFormat::Literal),
            );
        }
    }
    let metadata = doc.add_object(Stream::new(
        Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp(title, author, tool, &xmp_date).into_bytes(),
    ));
    let profile = doc.add_object(Stream::new(
        Dictionary::from_iter(vec![("N", Object::Integer(3))]),
        SRGB_ICC.to_vec(),
    ));
    let intent = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        (
            "OutputConditionIdentifier",
            Object::string_literal("sRGB IEC61966-2.1"),
        ),
        ("Info", Object::string_literal("sRGB IEC61966-2.1")),
        ("DestinationOutputProfile", Object::Reference(profile)),
    ]);
    if let Ok(root) = doc.trailer.get(b"Root").and_then(Object::as_reference)
        && let Ok(Object::Dictionary(dict)) = doc.get_object_mut(root)
    {
        dict.set("Lang", Object::string_literal(lang.code()));
        dict.set("Metadata", Object::Reference(metadata));
        dict.set(
            "OutputIntents",
            Object::Array(vec![Object::Dictionary(intent)]),
        );
    }
    let mut out = Vec::new();
    match doc.save_to(&mut out) {
        Ok(()) => out,
        Err(_) => bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long_notes() -> String {
        let sentence = "Sophie described the week as calmer, and Emma kept the agreement to share when her ex got in touch.";
        (0..200)
            .map(|i| format!("{i}: {sentence}"))
            .collect::<Vec<_>>()
            .join(if true { " " } else { "" })
    }

    #[test]
    fn long_text_paginates_with_nothing_lost_or_outside_the_margins() {
        let fonts = Fonts::load().unwrap();
        for paper in [Paper::A4, Paper::Letter] {
            let mut c = Composer::new(&fonts, paper);
            let notes = long_notes();
            for k in 0..3 {
                c.heading(&format!("Section {k}"), 15.0);
                c.paragraph(&notes, Style::body(11.0));
            }
            let (top, bottom, margin, width) = (c.top(), c.bottom(), c.margin, c.width);
            let pages = c.finish("Groundwork · Sophie & Emma · Confidential", "Session 4");
            assert!(pages.len() > 5, "{paper:?}: {} pages", pages.len());
            let n = pages.len();
            let mut words = Vec::new();
            for (i, page) in pages.iter().enumerate() {
                let texts: Vec<&str> = page
                    .iter()
                    .filter_map(|m| match m {
                        Mark::Text { text, .. } => Some(text.as_str()),
                        _ => None,
                    })
                    .collect();
                assert!(
                    texts.contains(&format!("page {} of {n}", i + 1).as_str()),
                    "page {} has its number",
                    i + 1
                );
                for m in page {
                    if let Mark::Text {
                        x, y, text, size, ..
                    } = m
                    {
                        let w = fonts.regular.width(text, *size);
                        assert!(
                            *x >= margin - 0.01 && x + w <= width - margin + 0.5,
                            "{text:?} fits across"
                        );
                        let is_footer = text.starts_with("page ")
                            || text == "Session 4"
                            || text.starts_with("Groundwork ·");
                        if !is_footer {
                            assert!(
                                *y >= top && *y <= bottom + size,
                                "{text:?} at {y} is inside the body ({top}..{bottom})"
                            );
                            words.extend(text.split_whitespace().map(str::to_owned));
                        }
                    }
                }
            }
            let mut expected = Vec::new();
            for k in 0..3 {
                expected.extend(["Section".to_owned(), k.to_string()]);
                expected.extend(long_notes().split_whitespace().map(str::to_owned));
            }
            assert_eq!(
                words, expected,
                "{paper:?}: every word, in order, exactly once"
            );
        }
    }

    #[test]
    fn a_kept_block_moves_to_the_next_page_whole() {
        let fonts = Fonts::load().unwrap();
        let mut c = Composer::new(&fonts, Paper::A4);
        while c.y() < c.bottom() - 40.0 {
            c.paragraph("filler", Style::body(11.0));
        }
        let before = c.pages.len();
        c.keep_together(120.0);
        assert_eq!(
            c.pages.len(),
            before + 1,
            "120 pt did not fit in the last 40"
        );
        assert_eq!(c.y(), c.top());
    }

    #[test]
    fn the_pdf_has_every_page_and_its_numbers() {
        let fonts = Fonts::load().unwrap();
        let mut c = Composer::new(&fonts, Paper::Letter);
        c.heading("Session notes — Zoë & Łukasz", 16.0);
        c.paragraph(&long_notes(), Style::body(11.0));
        c.rule(0.7, 0.5);
        c.mark(Mark::Square {
            x: 60.0,
            y: 700.0,
            side: 12.0,
        });
        let pages = c.finish("Confidential", "Groundwork");
        let letterhead = Letterhead {
            practice: String::new(),
            therapist: "Dr Ana María Ortiz".into(),
            paper: Paper::Letter,
            printed_at: chrono::DateTime::parse_from_rfc3339("2026-11-30T17:45:00+01:00").unwrap(),
            ..Letterhead::blank()
        };
        let bytes = render("Session notes", &pages, &fonts, &letterhead);
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(doc.get_pages().len(), pages.len());
        let last = pages.len() as u32;
        let text = doc.extract_text(&[last]).unwrap();
        assert!(text.contains(&format!("page {last} of {last}")), "{text:?}");
        let first = doc.extract_text(&[1]).unwrap();
        assert!(first.contains("Zoë & Łukasz"), "{first:?}");
    }
}
