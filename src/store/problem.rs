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
}

impl Problem {
    pub fn new(path: &Path, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_owned(),
            position: None,
            message: message.into(),
        }
    }

    pub fn at(path: &Path, line: usize, col: usize, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_owned(),
            position: Some((line, col)),
            message: message.into(),
        }
    }

    /// A RON parse error, with its line and column.
    pub fn from_ron(path: &Path, err: &ron::error::SpannedError) -> Problem {
        Problem::at(
            path,
            err.span.start.line,
            err.span.start.col,
            err.code.to_string(),
        )
    }

    /// One plain sentence for the screen: which file, what is wrong, what to do.
    pub fn sentence(&self) -> String {
        let place = match self.position {
            Some((line, col)) => format!(" (line {line}, column {col})"),
            None => String::new(),
        };
        format!(
            "{} could not be read{place}: {}. It has been left untouched; restore it from a backup or fix it in a text editor.",
            self.path.display(),
            self.message
        )
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
