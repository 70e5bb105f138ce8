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

    /// One plain sentence for the screen: which file, what is wrong, that it was left as it is,
    /// and what to do.
    pub fn sentence(&self) -> String {
        if self.whole_sentence {
            return self.message.clone();
        }
        let place = match self.position {
            Some((line, col)) => format!(" (line {line}, column {col})"),
            None => String::new(),
        };
        let path = self.path.display();
        if self.says_what_to_do {
            format!(
                "{path} could not be read{place}, so Groundwork has left it untouched: {}.",
                self.message
            )
        } else {
            format!(
                "{path} could not be read{place}: {}; Groundwork has left it untouched, so restore it from a backup or fix it in a text editor.",
                self.message
            )
        }
    }
}

/// A RON parse error as words in a sentence. RON's own start with a capital, name the format,
/// quote in backticks and name the program's types ("for struct `Durations`"), which mean
/// nothing to the person reading them.
pub(crate) fn ron_words(code: &ron::Error) -> String {
    let text = match code {
        ron::Error::Eof => return "the text ends too soon, as if it had been cut off".to_owned(),
        ron::Error::TrailingCharacters => return "there is more text after the end".to_owned(),
        ron::Error::IntegerOutOfBounds => {
            return "this number is far too large or too small to mean anything here".to_owned();
        }
        ron::Error::ExceededRecursionLimit => {
            return "brackets are nested far deeper than any Groundwork file needs".to_owned();
        }
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
    use super::ron_words;

    #[test]
    fn ron_errors_read_as_words() {
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
}
