//! Words in the therapist's language (the console, the notes, the command line) and in each
//! couple's (the couple display, the homework sheet, the progress report's couple part):
//! Fluent messages from `assets/locales/<lang>/<area>.ftl`, compiled in, with plural rules and
//! named arguments, and dates in the language's own words and order. A message missing from a
//! language falls back to English; a test lists any gap.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;

use chrono::{NaiveDate, Weekday};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::model::Lang;

/// One language's files, one per area: what the couple reads, the app's screens, the console
/// and its phases, the documents, the command line, the protocols, the data folder.
macro_rules! area_files {
    ($code:literal: $($area:literal),*) => {
        [$(($area, include_str!(concat!("../../assets/locales/", $code, "/", $area, ".ftl")))),*]
    };
    ($code:literal) => {
        area_files!(
            $code: "couple", "app", "screens", "console", "phases", "documents", "cli", "protocol",
            "store"
        )
    };
}
const AREAS: usize = 9;

/// Each language's messages, as shipped.
pub const SOURCES: [(Lang, [(&str, &str); AREAS]); 4] = [
    (Lang::En, area_files!("en")),
    (Lang::De, area_files!("de")),
    (Lang::Fr, area_files!("fr")),
    (Lang::Es, area_files!("es")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<(Lang, Bundle)>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, files)| {
                let id = lang.code().parse().unwrap_or_default();
                let mut bundle = Bundle::new_concurrent(vec![id]);
                // No invisible isolation marks around names: a PDF font has no glyph for
                // them, and the app puts right-to-left names in order itself.
                bundle.set_use_isolating(false);
                for (_, text) in files {
                    // The shipped files parse (a test says so); what does parse is used.
                    let resource = FluentResource::try_new((*text).to_owned())
                        .unwrap_or_else(|(partial, _)| partial);
                    let _ = bundle.add_resource(resource);
                }
                (*lang, bundle)
            })
            .collect()
    });
    all.iter()
        .find(|(l, _)| *l == lang)
        .or_else(|| all.first())
        .map(|(_, b)| b)
        .expect("English is always compiled in")
}

/// The computer's language, if Groundwork speaks it; English otherwise. `GROUNDWORK_LANG`
/// ("de") overrides it, for a demonstration or a test.
pub fn system_lang() -> Lang {
    static SYSTEM: OnceLock<Lang> = OnceLock::new();
    *SYSTEM.get_or_init(|| {
        std::env::var("GROUNDWORK_LANG")
            .ok()
            .and_then(|code| Lang::from_code(&code))
            .or_else(|| sys_locale::get_locales().find_map(|code| Lang::from_code(&code)))
            .unwrap_or_default()
    })
}

/// Whether the computer's region writes the time on a 12-hour clock ("2:35 PM"): the United
/// States, Canada, Australia, New Zealand, India, the Philippines. Elsewhere, 24 hours.
fn twelve_hour_region() -> bool {
    static TWELVE: OnceLock<bool> = OnceLock::new();
    *TWELVE.get_or_init(|| {
        let locale = std::env::var("GROUNDWORK_LANG")
            .ok()
            .or_else(sys_locale::get_locale)
            .unwrap_or_default();
        region_uses_twelve_hours(&locale)
    })
}

/// "en-US", "en_AU.UTF-8": a region that writes 12-hour times.
fn region_uses_twelve_hours(locale: &str) -> bool {
    let region = locale
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .split(['-', '_'])
        .nth(1)
        .unwrap_or_default()
        .to_ascii_uppercase();
    matches!(region.as_str(), "US" | "CA" | "AU" | "NZ" | "IN" | "PH")
}

thread_local! {
    /// The therapist's language on this thread, as the app's settings say: set by the app
    /// before it draws, so that every view's words follow it without each one being handed
    /// the language. (Per thread, so that tests running side by side keep their own.)
    static THERAPIST: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Speak `lang` to the therapist on this thread (`None`: the computer's language).
pub fn set_therapist(lang: Option<Lang>) {
    THERAPIST.with(|t| t.set(lang));
}

/// The language set for this thread with [`set_therapist`] (`None`: the computer's), to hand
/// on to a thread that works for this one.
pub fn therapist_setting() -> Option<Lang> {
    THERAPIST.with(Cell::get)
}

/// The therapist's words: the language set for this thread, or the computer's.
pub fn therapist() -> Tr {
    Tr::new(THERAPIST.with(Cell::get).unwrap_or_else(system_lang))
}

/// A message in the therapist's language: `t!("home-title")`, or with named arguments,
/// `t!("turn-speaking", speaker = name)`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::locale::therapist().get($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::locale::therapist().with(
            $key,
            &[$((stringify!($name), $crate::locale::Arg::from($value))),+],
        )
    };
}

/// How many shipped ground rules the messages carry (`rule-1` …).
const RULES: usize = 8;

/// A named argument's value.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
    Decimal(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl<'a> From<&&'a str> for Arg<'a> {
    fn from(s: &&'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<f32> for Arg<'_> {
    fn from(n: f32) -> Self {
        Arg::Decimal(f64::from(n))
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Decimal(n)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

/// The words of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tr {
    lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    pub fn lang(self) -> Lang {
        self.lang
    }

    /// The message `key`.
    pub fn get(self, key: &str) -> String {
        self.with(key, &[])
    }

    /// The message `key` with its named arguments: `("speaker", "Sophie".into())`.
    pub fn with(self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent.set(*name, FluentValue::from(s.as_ref())),
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Decimal(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        for lang in [self.lang, Lang::En] {
            let bundle = bundle(lang);
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
                return text.into_owned();
            }
        }
        key.to_owned()
    }

    fn chrono_locale(self) -> chrono::Locale {
        self.lang.calendar()
    }

    /// `date` in the language's format `key` ("date-long": "Montag, 30. November").
    fn date(self, date: NaiveDate, key: &str) -> String {
        date.format_localized(&self.get(key), self.chrono_locale())
            .to_string()
    }

    /// "Monday 30 November", "Montag, 30. November", "lundi 30 novembre".
    pub fn long_date(self, date: NaiveDate) -> String {
        self.date(date, "date-long")
    }

    /// "30 Nov", "30. Nov.", "30 nov."
    pub fn day_month(self, date: NaiveDate) -> String {
        self.date(date, "date-day-month")
    }

    /// The month's short name: "Nov".
    pub fn month(self, date: NaiveDate) -> String {
        self.date(date, "date-month")
    }

    /// A time of day as the language writes it: "14:35" (German, French, Spanish, and English
    /// in most of the world), "2:35 PM" in English where the computer's region uses a 12-hour
    /// clock.
    pub fn time(self, time: &impl chrono::Timelike) -> String {
        let (h, m) = (time.hour(), time.minute());
        if self.lang == Lang::En && twelve_hour_region() {
            let half = if h < 12 { "AM" } else { "PM" };
            let h12 = if h % 12 == 0 { 12 } else { h % 12 };
            format!("{h12}:{m:02} {half}")
        } else {
            format!("{h:02}:{m:02}")
        }
    }

    /// The first day of the week: Monday, except in English where the computer's region
    /// starts the week on Sunday (as the 12-hour clock regions do).
    pub fn first_weekday(self) -> Weekday {
        if self.lang == Lang::En && twelve_hour_region() {
            Weekday::Sun
        } else {
            Weekday::Mon
        }
    }

    /// A day of any week in `day`: the format's weekday from a date that falls on it.
    fn weekday(self, day: Weekday, format: &str) -> String {
        // 2024-01-01 was a Monday.
        let monday = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
        let date = monday + chrono::Days::new(u64::from(day.num_days_from_monday()));
        date.format_localized(format, self.chrono_locale())
            .to_string()
    }

    /// "Monday", "Montag", "lundi".
    pub fn weekday_name(self, day: Weekday) -> String {
        self.weekday(day, "%A")
    }

    /// "Mon", "Mo", "lun.".
    pub fn weekday_short(self, day: Weekday) -> String {
        self.weekday(day, "%a")
    }

    /// A ground rule in this language if it is one the templates suggest (matched on its
    /// English words); a rule the therapist wrote stays as written.
    pub fn rule(self, text: &str) -> String {
        let english = Tr::new(Lang::En);
        (1..=RULES)
            .map(|i| format!("rule-{i}"))
            .find(|key| english.get(key) == text.trim())
            .map_or_else(|| text.to_owned(), |key| self.get(&key))
    }

    /// "Monday, Wednesday and Friday" in the language's words.
    pub fn list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.with(
                "list-and",
                &[
                    ("first", rest.join(", ").as_str().into()),
                    ("last", last.into()),
                ],
            ),
        }
    }
}

/// The ids of the messages in a language's files, in order, with repeats.
fn ids(files: &[(&str, &str)]) -> Vec<String> {
    files
        .iter()
        .flat_map(|(_, text)| {
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
            resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Whether English has the message `key` (the language every other one falls back to).
pub fn has_message(key: &str) -> bool {
    bundle(Lang::En).has_message(key)
}

/// The messages each shipped language lacks, by language: empty when every language is
/// complete.
pub fn missing_messages() -> Vec<(Lang, Vec<String>)> {
    let english = ids(&SOURCES[0].1);
    SOURCES[1..]
        .iter()
        .map(|(lang, files)| {
            let have = ids(files);
            let missing = english
                .iter()
                .filter(|k| !have.contains(k))
                .cloned()
                .collect();
            (*lang, missing)
        })
        .filter(|(_, missing): &(Lang, Vec<String>)| !missing.is_empty())
        .collect()
}

/// Messages a language defines twice (across its files), by language: the second would be
/// silently ignored.
pub fn repeated_messages() -> Vec<(Lang, Vec<String>)> {
    SOURCES
        .iter()
        .map(|(lang, files)| {
            let all = ids(files);
            let mut seen = std::collections::HashSet::new();
            let twice = all
                .into_iter()
                .filter(|k| !seen.insert(k.clone()))
                .collect::<Vec<_>>();
            (*lang, twice)
        })
        .filter(|(_, twice)| !twice.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_file_parses_and_every_language_has_every_message() {
        for (lang, files) in SOURCES {
            for (area, text) in files {
                if let Err((_, errors)) = FluentResource::try_new(text.to_owned()) {
                    panic!("{lang:?} {area}.ftl: {errors:?}");
                }
            }
        }
        assert_eq!(missing_messages(), Vec::new(), "messages missing");
        assert_eq!(repeated_messages(), Vec::new(), "messages defined twice");
    }

    #[test]
    fn arguments_plurals_and_dates_in_each_language() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let de = Tr::new(Lang::De);
        assert_eq!(de.long_date(date), "Montag, 30. November");
        assert_eq!(Tr::new(Lang::Fr).long_date(date), "lundi 30 novembre");
        assert_eq!(Tr::new(Lang::Es).long_date(date), "lunes 30 de noviembre");
        assert_eq!(Tr::new(Lang::En).long_date(date), "Monday 30 November");
        assert_eq!(
            de.with("turn-speaking", &[("speaker", "Sophie".into())]),
            "Sophie spricht"
        );
        assert_eq!(
            Tr::new(Lang::Es).with("sheet-wins", &[("count", 1_u32.into())]),
            "Nuestros logros hasta ahora: un acuerdo cumplido"
        );
        assert_eq!(
            Tr::new(Lang::Fr).with("sheet-wins", &[("count", 3_u32.into())]),
            "Nos réussites jusqu'ici : 3 engagements tenus"
        );
        assert_eq!(
            de.list(&["Montag".into(), "Mittwoch".into(), "Freitag".into()]),
            "Montag, Mittwoch und Freitag"
        );
        assert_eq!(de.weekday_name(Weekday::Sun), "Sonntag");
        assert_eq!(
            de.rule("One topic at a time."),
            "Ein Thema nach dem anderen."
        );
        assert_eq!(de.rule("Our own rule"), "Our own rule");
        let t = chrono::NaiveTime::from_hms_opt(14, 5, 0).unwrap();
        assert_eq!(de.time(&t), "14:05");
        assert_eq!(Tr::new(Lang::Fr).time(&t), "14:05");
        assert_eq!(de.first_weekday(), Weekday::Mon);
        assert!(region_uses_twelve_hours("en_US.UTF-8"));
        assert!(region_uses_twelve_hours("en-AU"));
        assert!(!region_uses_twelve_hours("en_GB.UTF-8"));
        assert!(!region_uses_twelve_hours("de-DE"));
        assert!(!region_uses_twelve_hours("C"));
        let shipped = crate::store::templates::load(None);
        for t in &shipped.templates {
            for rule in &t.ground_rules {
                assert_ne!(
                    Tr::new(Lang::Fr).rule(rule),
                    *rule,
                    "{}: the shipped rule {rule:?} has no translation",
                    t.id
                );
            }
        }
    }

    /// Every message the code asks for (`t!("…")`, `.get("…")`, `.with("…", …)`) exists: a
    /// mistyped key would otherwise show the key itself on screen.
    #[test]
    fn every_message_the_code_asks_for_exists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut unknown = Vec::new();
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                // Comments may show a key as an example; an egui id is not a message.
                let code: String = text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//") && !l.contains("_id()"))
                    .collect::<Vec<_>>()
                    .join("\n");
                // A call rustfmt has broken over lines puts its key on the next one.
                for opener in ["t!(", ".get(", ".with("] {
                    for (at, _) in code.match_indices(opener) {
                        let Some(rest) = code[at + opener.len()..].trim_start().strip_prefix('"')
                        else {
                            continue;
                        };
                        let key: String = rest.chars().take_while(|c| *c != '"').collect();
                        let looks_like_key = !key.is_empty()
                            && key
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                        if looks_like_key && key.contains('-') && !has_message(&key) {
                            unknown.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(
            unknown.is_empty(),
            "messages the code asks for but no .ftl has: {unknown:#?}"
        );
    }
}
