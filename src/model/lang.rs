//! The languages Groundwork speaks: the therapist's (the console and the notes) and each
//! couple's (the couple display, the homework sheet, the progress report's couple part).

use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];

    /// The BCP 47 code: "de".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language in its own words, as a menu lists it: "Deutsch".
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// The calendar words chrono writes in this language (weekday and month names), for a
    /// date in one of the language's own formats.
    pub fn calendar(self) -> chrono::Locale {
        match self {
            Lang::En => chrono::Locale::en_GB,
            Lang::De => chrono::Locale::de_DE,
            Lang::Fr => chrono::Locale::fr_FR,
            Lang::Es => chrono::Locale::es_ES,
        }
    }

    /// The language of a locale or language code ("de-DE", "fr_CA.UTF-8", "es"), if shipped.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_', '.', '@'])
            .next()?
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::from_code(s.trim()).ok_or_else(|| {
            format!(
                "\"{}\" is not a language Groundwork speaks; use en, de, fr or es",
                s.trim()
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn codes_and_locales_name_a_language() {
        assert_eq!(Lang::from_code("de-DE"), Some(Lang::De));
        assert_eq!(Lang::from_code("fr_CA.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_code("pt-BR"), None);
        assert!("klingon".parse::<Lang>().is_err());
    }
}
