use std::fmt;
use std::path::{Path, PathBuf};

/// A file that could not be used, said so a person can act on it. Nothing is ever written over
/// a file that has a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    /// Line and column (1-based) where the file goes wrong, when known.
    pub position: Option<(usize, usize)>,
    /// What is wrong, in plain words.
    pub message: String,
    /// Set when `message` ends by saying what to do ("update Groundwork to open it"); otherwise
    /// [`Problem::sentence`] adds the usual advice (restore it from a backup or fix it).
    pub says_what_to_do: bool,
    /// Set when `message` is the whole sentence (the file was read, but needs the therapist:
    /// a sync conflict copy), so [`Problem::sentence`] returns it as it is.
    pub whole_sentence: bool,
}

impl Problem {
    pub fn new(path: &Path, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_owned(),
            position: None,
            message: message.into(),
            says_what_to_do: false,
            whole_sentence: false,
        }
    }

    pub fn at(path: &Path, line: usize, col: usize, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_owned(),
            position: Some((line, col)),
            message: message.into(),
            says_what_to_do: false,
            whole_sentence: false,
        }
    }

    /// A file that needs the therapist although it could be read: `sentence` is said as it is
    /// (it names the file and what to do).
    pub fn notice(path: &Path, sentence: impl Into<String>) -> Problem {
        Problem {
            whole_sentence: true,
            ..Problem::new(path, sentence)
        }
    }

    /// Marks the message as one that already says what to do about the file.
    pub fn advising(mut self) -> Problem {
        self.says_what_to_do = true;
        self
    }

    /// A RON parse error, with its line and column.
    pub fn from_ron(path: &Path, err: &ron::error::SpannedError) -> Problem {
        Problem::at(
            path,
            err.span.start.line,
            err.span.start.col,
            ron_words(&err.code),
        )
    }

    /// One plain sentence for the screen, in the therapist's language: which file, what is
    /// wrong, that it was left as it is, and what to do.
    pub fn sentence(&self) -> String {
        if self.whole_sentence {
            return self.message.clone();
        }
        let file = self.path.display().to_string();
        let message = &self.message;
        match (self.position, self.says_what_to_do) {
            (None, true) => crate::t!("store-problem-advising", file = file, message = message),
            (Some((line, column)), true) => crate::t!(
                "store-problem-advising-at",
                file = file,
                line = line,
                column = column,
                message = message
            ),
            (None, false) => crate::t!("store-problem", file = file, message = message),
            (Some((line, column)), false) => crate::t!(
                "store-problem-at",
                file = file,
                line = line,
                column = column,
                message = message
            ),
        }
    }
}

/// A RON parse error as words in a sentence. RON's own start with a capital, name the format,
/// quote in backticks and name the program's types ("for struct `Durations`"), which mean
/// nothing to the person reading them.
pub(crate) fn ron_words(code: &ron::Error) -> String {
    // RON's other texts stay as RON words them (in English): there are dozens, and most name
    // the very characters to look for.
    let text = match code {
        ron::Error::Eof => return crate::t!("store-ron-eof"),
        ron::Error::TrailingCharacters => return crate::t!("store-ron-trailing"),
        ron::Error::IntegerOutOfBounds => return crate::t!("store-ron-number-range"),
        ron::Error::ExceededRecursionLimit => return crate::t!("store-ron-too-deep"),
        other => other.to_string(),
    };
    let mut text = text.as_str();
    let mut plain = String::new();
    while let Some(at) = text.find(" for struct `") {
        plain.push_str(&text[..at]);
        let rest = &text[at + " for struct `".len()..];
        text = rest.find('`').map_or("", |end| &rest[end + 1..]);
    }
    plain.push_str(text);
    let plain = plain.replace('`', "\"");
    let mut chars = plain.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => plain,
    }
}

/// `file:line:col: message`, the form editors and `groundwork templates check` use.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => {
                write!(f, "{}:{line}:{col}: {}", self.path.display(), self.message)
            }
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Problem, ron_words};
    use crate::model::Lang;
    use std::path::Path;

    #[test]
    fn ron_errors_read_as_words() {
        crate::locale::set_therapist(Some(Lang::En));
        let words = |text: &str| {
            #[derive(Debug, serde::Deserialize)]
            #[allow(dead_code)]
            struct Durations {
                speak: u32,
            }
            ron_words(&ron::from_str::<Durations>(text).unwrap_err().code)
        };
        assert_eq!(words("[1]"), "expected opening \"(\"");
        assert_eq!(words("(speak: \"x\")"), "expected integer");
        assert_eq!(
            words("(speak: 1,"),
            "the text ends too soon, as if it had been cut off"
        );
        assert_eq!(words("(speak: 1) x"), "there is more text after the end");
        assert_eq!(
            words("(speak: 99999999999999999999)"),
            "this number is far too large or too small to mean anything here"
        );
        let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(
            ron_words(&ron::from_str::<ron::Value>(&deep).unwrap_err().code),
            "brackets are nested far deeper than any Groundwork file needs"
        );
    }

    /// Each shape of sentence, with and without a place in the file, with the usual advice
    /// or the problem's own: in the therapist's language, what is wrong included.
    #[test]
    fn a_sentence_is_said_in_the_therapists_language() {
        let path = Path::new("couple.ron");
        let said = |lang| {
            crate::locale::set_therapist(Some(lang));
            let cut = Problem::at(path, 3, 7, crate::t!("store-ron-eof")).sentence();
            let newer = crate::store::fs::check_schema(path, 9)
                .unwrap_err()
                .sentence();
            crate::locale::set_therapist(None);
            [cut, newer]
        };
        assert_eq!(
            said(Lang::En),
            [
                "couple.ron could not be read (line 3, column 7): the text ends too soon, as if it had been cut off; Groundwork has left it untouched, so restore it from a backup or fix it in a text editor.",
                "couple.ron could not be read, so Groundwork has left it untouched: it was written by a newer version of Groundwork (schema 9; this version reads up to 1); update Groundwork to open it.",
            ]
        );
        assert_eq!(
            said(Lang::De),
            [
                "couple.ron konnte nicht gelesen werden (Zeile 3, Spalte 7): der Text endet zu früh, als wäre er abgeschnitten worden. Groundwork hat die Datei unverändert gelassen; stellen Sie sie aus einer Sicherung wieder her oder korrigieren Sie sie in einem Texteditor.",
                "couple.ron konnte nicht gelesen werden, daher hat Groundwork die Datei unverändert gelassen: sie wurde von einer neueren Version von Groundwork geschrieben (Schema 9; diese Version liest bis 1); aktualisieren Sie Groundwork, um sie zu öffnen.",
            ]
        );
        let [cut, newer] = said(Lang::Fr);
        assert!(
            cut.starts_with(
                "couple.ron n'a pas pu être lu (ligne 3, colonne 7) : le texte s'arrête trop tôt"
            ),
            "{cut}"
        );
        assert!(newer.contains("version plus récente"), "{newer}");
    }
}
