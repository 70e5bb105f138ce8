//! Protocol templates: the ones shipped inside the binary and the therapist's own `.ron` files
//! in the user templates folder. A user file is only ever read, never written; a file that cannot
//! be used becomes a [`Problem`] (file, line, column, plain words) and everything else still loads.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::Problem;
use crate::model::{SCHEMA_VERSION, Template, TemplatePart as Seg};

/// The shipped templates, embedded so the binary works from any folder: (file name, text).
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "atonement.ron",
        include_str!("../../templates/atonement.ron"),
    ),
    (
        "attachment-injury.ron",
        include_str!("../../templates/attachment-injury.ron"),
    ),
    (
        "aftermath-of-a-fight.ron",
        include_str!("../../templates/aftermath-of-a-fight.ron"),
    ),
    (
        "individual.ron",
        include_str!("../../templates/individual.ron"),
    ),
    (
        "imago-dialogue.ron",
        include_str!("../../templates/imago-dialogue.ron"),
    ),
    (
        "speaker-listener.ron",
        include_str!("../../templates/speaker-listener.ron"),
    ),
    (
        "state-of-the-union.ron",
        include_str!("../../templates/state-of-the-union.ron"),
    ),
    (
        "trust-repair.ron",
        include_str!("../../templates/trust-repair.ron"),
    ),
];

/// A template file larger than this is refused without being read: real ones are a few KB.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Where a shipped template's problems are reported (it has no file on the therapist's disk).
pub fn shipped_path(file_name: &str) -> PathBuf {
    Path::new("templates").join(file_name)
}

/// Only the schema number, read before the rest so that a file from a newer Groundwork is
/// refused with a clear message instead of a confusing parse error. Named like the real struct
/// so that a file written as `Template( … )` is accepted.
#[derive(Deserialize)]
#[serde(rename = "Template")]
struct SchemaProbe {
    schema: u32,
}

/// Reads one template from its text. `path` is only used to say where a problem is.
pub fn parse(path: &Path, text: &str) -> Result<Template, Vec<Problem>> {
    // A byte-order mark (some Windows editors write one) is not part of the RON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![Problem::at(
            path,
            1,
            1,
            crate::t!("store-template-empty"),
        )]);
    }

    if let Ok(probe) = ron::from_str::<SchemaProbe>(text)
        && probe.schema > SCHEMA_VERSION
    {
        let (line, col) = locate(text, &[Seg::Field("schema")]).unwrap_or((1, 1));
        return Err(vec![
            Problem::at(
                path,
                line,
                col,
                crate::t!(
                    "store-template-newer",
                    schema = probe.schema,
                    reads = SCHEMA_VERSION
                ),
            )
            .advising(),
        ]);
    }

    let template: Template = ron::from_str(text).map_err(|e| vec![ron_problem(path, text, &e)])?;

    let problems: Vec<Problem> = template
        .located_problems()
        .into_iter()
        .map(|problem| {
            let (line, col) = locate(text, &problem.at).unwrap_or((1, 1));
            Problem::at(path, line, col, problem.message)
        })
        .collect();
    if problems.is_empty() {
        Ok(template)
    } else {
        Err(problems)
    }
}

/// A RON error with its line and column. A missing comma is reported by RON at the next item,
/// often on the next line; point at the end of the item that needs the comma instead.
fn ron_problem(path: &Path, text: &str, err: &ron::error::SpannedError) -> Problem {
    let mut problem = Problem::from_ron(path, err);
    if matches!(err.code, ron::Error::ExpectedComma) {
        let at = offset_of(text, err.span.start.line, err.span.start.col);
        let end = text[..at].trim_end().len();
        if end > 0 {
            let (line, col) = line_col(text, end);
            problem.position = Some((line, col));
            problem.message = crate::t!("store-template-comma");
        }
    }
    problem
}

/// Reads and parses one template file. The file is opened for reading only.
pub fn read(path: &Path) -> Result<Template, Vec<Problem>> {
    let text = read_text(path).map_err(|p| vec![p])?;
    parse(path, &text)
}

/// Every template Groundwork knows, and what went wrong with the files it could not use.
#[derive(Debug, Clone, Default)]
pub struct TemplateSet {
    /// Sorted by name.
    pub templates: Vec<Template>,
    pub problems: Vec<Problem>,
}

impl TemplateSet {
    pub fn by_id(&self, id: &str) -> Option<&Template> {
        self.templates.iter().find(|t| t.id == id)
    }
}

/// The shipped templates, then every `*.ron` file in `user_dir` (in file-name order). A user
/// template with the id of a shipped one replaces it. A missing `user_dir` is not a problem.
pub fn load(user_dir: Option<&Path>) -> TemplateSet {
    let mut set = TemplateSet::default();
    for (name, text) in SHIPPED {
        match parse(&shipped_path(name), text) {
            Ok(template) => set.templates.push(template),
            Err(problems) => set.problems.extend(problems),
        }
    }

    if let Some(dir) = user_dir {
        match read_dir(dir) {
            Ok(folder) => {
                set.problems.extend(folder.problems);
                for template in folder.templates {
                    match set.templates.iter_mut().find(|t| t.id == template.id) {
                        Some(shipped) => *shipped = template,
                        None => set.templates.push(template),
                    }
                }
            }
            Err(problem) => {
                if dir.exists() {
                    set.problems.push(problem);
                }
            }
        }
    }

    set.templates.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.id.cmp(&b.id))
    });
    set
}

/// Checks every `*.ron` file in `dir` as [`load`] would read it, for `groundwork templates check`.
/// Returns how many files were checked and their problems; `Err` when the folder itself cannot
/// be read.
pub fn check_dir(dir: &Path) -> Result<(usize, Vec<Problem>), Problem> {
    let folder = read_dir(dir)?;
    Ok((folder.checked, folder.problems))
}

struct Folder {
    checked: usize,
    templates: Vec<Template>,
    problems: Vec<Problem>,
}

fn read_dir(dir: &Path) -> Result<Folder, Problem> {
    let files = ron_files(dir)?;
    let mut folder = Folder {
        checked: files.len(),
        templates: Vec::new(),
        problems: Vec::new(),
    };
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for path in files {
        let template = match read_text(&path) {
            Ok(text) => match parse(&path, &text) {
                Ok(template) => {
                    if let Some(first) = seen.get(&template.id) {
                        let (line, col) = locate(
                            text.strip_prefix('\u{feff}').unwrap_or(&text),
                            &[Seg::Field("id")],
                        )
                        .unwrap_or((1, 1));
                        folder.problems.push(
                            Problem::at(
                                &path,
                                line,
                                col,
                                crate::t!(
                                    "store-template-id-taken",
                                    id = &template.id,
                                    file = first
                                        .file_name()
                                        .unwrap_or_default()
                                        .to_string_lossy()
                                        .into_owned()
                                ),
                            )
                            .advising(),
                        );
                        continue;
                    }
                    template
                }
                Err(problems) => {
                    folder.problems.extend(problems);
                    continue;
                }
            },
            Err(problem) => {
                folder.problems.push(problem);
                continue;
            }
        };
        seen.insert(template.id.clone(), path);
        folder.templates.push(template);
    }
    Ok(folder)
}

/// The `*.ron` files in `dir` that [`load`] and [`check_dir`] read, sorted by file name. Hidden
/// files (editor locks) and anything that is not a file are skipped.
pub fn ron_files(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let entries = fs::read_dir(dir).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Problem::new(dir, crate::t!("store-templates-folder-missing")),
        io::ErrorKind::PermissionDenied => {
            Problem::new(dir, crate::t!("store-templates-folder-not-allowed")).advising()
        }
        io::ErrorKind::NotADirectory => {
            Problem::new(dir, crate::t!("store-templates-folder-is-file"))
        }
        _ => Problem::new(
            dir,
            crate::t!("store-templates-folder-unopened", error = e.to_string()),
        ),
    })?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| {
            Problem::new(
                dir,
                crate::t!("store-templates-folder-unlisted", error = e.to_string()),
            )
        })?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_ron = path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("ron"));
        // Regular files only (a folder or a pipe named `*.ron` is skipped: opening a pipe would
        // wait for ever); a link that leads nowhere is kept so that it is reported.
        let regular = fs::metadata(&path).map_or(true, |m| m.is_file());
        if is_ron && !name.starts_with('.') && regular {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads a template file as text, with the store's checks: a file larger than
/// [`MAX_FILE_BYTES`] is refused before it is read, and so is binary data or text that is not
/// UTF-8 (with the line and column where it goes wrong).
fn read_text(path: &Path) -> Result<String, Problem> {
    let bytes = super::fs::unseal(path, super::fs::read_bytes(path, MAX_FILE_BYTES)?)?;
    super::fs::decode_text(path, &bytes).map(str::to_owned)
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Byte offset of a 1-based line and column (in characters); the end of the text if past it.
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    text[start..]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| start + i)
}

// --- Locating a problem in the source -------------------------------------------------------
//
// `Template::located_problems()` works on the parsed value, which has no positions: each
// problem names the value it is about as a path of fields and list places. To point the
// therapist at the right line, the source (already known to be valid RON) is read once more as
// a bare skeleton: values, lists and named fields with their byte offsets.

/// Line and column of the value at `path`, if the source has one there. An empty path is not
/// located (the caller falls back to the start of the file).
fn locate(text: &str, path: &[Seg]) -> Option<(usize, usize)> {
    if path.is_empty() {
        return None;
    }
    let mut scanner = Scanner {
        src: text.as_bytes(),
        pos: 0,
    };
    scanner.skip_attributes()?;
    let mut node = scanner.value(0)?;
    for seg in path {
        node = match (seg, node.kind) {
            (Seg::Field(name), Kind::Fields(fields)) => fields
                .into_iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v)?,
            (Seg::Index(i), Kind::Items(items)) => items.into_iter().nth(*i)?,
            _ => return None,
        };
    }
    Some(line_col(text, node.start))
}

#[derive(Debug)]
struct Node {
    start: usize,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    Atom,
    Items(Vec<Node>),
    Fields(Vec<(String, Node)>),
}

struct Scanner<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Scanner<'a> {
    const MAX_DEPTH: usize = 256;

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'*') => {
                    self.pos += 2;
                    let mut depth = 1;
                    while depth > 0 && self.pos < self.src.len() {
                        if self.src[self.pos..].starts_with(b"/*") {
                            depth += 1;
                            self.pos += 2;
                        } else if self.src[self.pos..].starts_with(b"*/") {
                            depth -= 1;
                            self.pos += 2;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    /// `#![enable(...)]` lines before the value.
    fn skip_attributes(&mut self) -> Option<()> {
        loop {
            self.skip_ws();
            if !self.src[self.pos..].starts_with(b"#!") {
                return Some(());
            }
            self.pos += 2;
            self.skip_ws();
            self.value(0)?;
        }
    }

    fn is_ident_byte(c: u8) -> bool {
        c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'-' | b'.') || c >= 0x80
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > Self::MAX_DEPTH {
            return None;
        }
        self.skip_ws();
        let start = self.pos;
        match self.peek()? {
            b'"' => {
                self.string()?;
                Some(Node {
                    start,
                    kind: Kind::Atom,
                })
            }
            b'\'' => {
                self.pos += 1;
                if self.peek()? == b'\\' {
                    self.pos += 1;
                }
                // Skip the (possibly multi-byte) character, then the closing quote.
                self.pos += 1;
                while self.peek()? != b'\'' {
                    self.pos += 1;
                }
                self.pos += 1;
                Some(Node {
                    start,
                    kind: Kind::Atom,
                })
            }
            b'(' => self.group(start, depth),
            b'[' => {
                self.pos += 1;
                let items = self.items(b']', depth)?;
                Some(Node {
                    start,
                    kind: Kind::Items(items),
                })
            }
            b'{' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    if self.peek()? == b'}' {
                        self.pos += 1;
                        break;
                    }
                    self.value(depth + 1)?;
                    self.skip_ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    items.push(self.value(depth + 1)?);
                    self.skip_ws();
                    if self.peek()? == b',' {
                        self.pos += 1;
                    }
                }
                Some(Node {
                    start,
                    kind: Kind::Items(items),
                })
            }
            c if Self::is_ident_byte(c) => {
                let word = self.word();
                // Raw and byte strings: r"…", r#"…"#, b"…", br#"…"#.
                if matches!(word, b"r" | b"br") && matches!(self.peek(), Some(b'"' | b'#')) {
                    self.raw_string()?;
                    return Some(Node {
                        start,
                        kind: Kind::Atom,
                    });
                }
                if word == b"b" && self.peek() == Some(b'"') {
                    self.string()?;
                    return Some(Node {
                        start,
                        kind: Kind::Atom,
                    });
                }
                let after_word = self.pos;
                self.skip_ws();
                if self.peek() == Some(b'(') {
                    // A named struct, an enum variant or `Some( … )`: the group is the value.
                    let mut node = self.group(self.pos, depth)?;
                    node.start = start;
                    Some(node)
                } else {
                    self.pos = after_word;
                    Some(Node {
                        start,
                        kind: Kind::Atom,
                    })
                }
            }
            _ => None,
        }
    }

    fn word(&mut self) -> &'a [u8] {
        let start = self.pos;
        while self.peek().is_some_and(Self::is_ident_byte) {
            self.pos += 1;
        }
        &self.src[start..self.pos]
    }

    fn string(&mut self) -> Option<()> {
        self.pos += 1; // opening quote
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    fn raw_string(&mut self) -> Option<()> {
        let mut hashes = 0;
        while self.peek()? == b'#' {
            hashes += 1;
            self.pos += 1;
        }
        if self.peek()? != b'"' {
            return None;
        }
        self.pos += 1;
        loop {
            if self.peek()? == b'"'
                && self.src[self.pos + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&c| c == b'#')
                    .count()
                    == hashes
            {
                self.pos += 1 + hashes;
                return Some(());
            }
            self.pos += 1;
        }
    }

    /// `( … )`: a struct with named fields, or a tuple.
    fn group(&mut self, start: usize, depth: usize) -> Option<Node> {
        self.pos += 1; // (
        let mut fields = Vec::new();
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.peek()? == b')' {
                self.pos += 1;
                break;
            }
            let before = self.pos;
            let name = self.word();
            self.skip_ws();
            if !name.is_empty() && self.peek() == Some(b':') {
                self.pos += 1;
                let value = self.value(depth + 1)?;
                fields.push((String::from_utf8_lossy(name).into_owned(), value));
            } else {
                self.pos = before;
                items.push(self.value(depth + 1)?);
            }
            self.skip_ws();
            if self.peek()? == b',' {
                self.pos += 1;
            }
        }
        let kind = if fields.is_empty() {
            Kind::Items(items)
        } else {
            Kind::Fields(fields)
        };
        Some(Node { start, kind })
    }

    fn items(&mut self, close: u8, depth: usize) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.peek()? == close {
                self.pos += 1;
                return Some(items);
            }
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            if self.peek()? == b',' {
                self.pos += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_fields_items_and_variants() {
        let text = "#![enable(implicit_some)]\n// a comment with ( and \"\n(\n    id: \"x\",\n    phases: [\n        (title: r#\"a\"b\"#, kind: GuidedSteps(steps: [\n            (title: \"\", prompt: '\\'', minutes: Some(3)),\n        ])),\n    ],\n)\n";
        assert_eq!(locate(text, &[Seg::Field("id")]), Some((4, 9)));
        assert_eq!(locate(text, &[Seg::Field("phases")]), Some((5, 13)));
        let step_title = [
            Seg::Field("phases"),
            Seg::Index(0),
            Seg::Field("kind"),
            Seg::Field("steps"),
            Seg::Index(0),
            Seg::Field("title"),
        ];
        assert_eq!(locate(text, &step_title), Some((7, 21)));
        assert_eq!(locate(text, &[Seg::Field("nope")]), None);
        assert_eq!(locate("(", &[Seg::Field("id")]), None);
    }

    /// A problem is placed by the value it is about, not by its words: the same line and
    /// column in every language.
    #[test]
    fn a_problem_is_located_in_every_language() {
        use crate::model::Lang;
        let (name, text) = SHIPPED
            .iter()
            .find(|(name, _)| *name == "individual.ron")
            .unwrap();
        let text = text.replacen("title: \"Your side of the story\"", "title: \" \"", 1);
        let path = shipped_path(name);
        let (line, col) = text
            .lines()
            .enumerate()
            .find_map(|(i, l)| l.find("title: \" \"").map(|at| (i + 1, at + 8)))
            .unwrap();
        let in_lang = |lang| {
            crate::locale::set_therapist(Some(lang));
            let problems = parse(&path, &text).unwrap_err();
            crate::locale::set_therapist(None);
            assert_eq!(problems.len(), 1, "{problems:?}");
            problems[0].clone()
        };
        let english = in_lang(Lang::En);
        assert_eq!(english.message, "step 2 of phase 1 has no title");
        assert_eq!(english.position, Some((line, col)));
        for (lang, words) in [
            (Lang::De, "Schritt 2 von Phase 1 hat keinen Titel"),
            (Lang::Fr, "l'étape 2 de la phase 1 n'a pas de titre"),
            (Lang::Es, "el paso 2 de la fase 1 no tiene título"),
        ] {
            let problem = in_lang(lang);
            assert_eq!(problem.message, words);
            assert_eq!(problem.position, english.position, "{lang:?}");
        }
    }
}
