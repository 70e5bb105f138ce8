//! Choosing a date without typing one: a calendar a click away beside every date field. Each
//! day is a button named by its full date ("Thursday 10 December 2026") for a screen reader;
//! days before the earliest allowed are greyed out. Typing the date still works.

use std::fmt::Write as _;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, Weekday};
use egui::{Popup, PopupCloseBehavior, RichText};

use crate::model::Lang;
use crate::t;

/// chrono's names of days and months in `lang`.
fn chrono_locale(lang: Lang) -> chrono::Locale {
    lang.calendar()
}

/// `date` in the therapist's language, written as `format` says (a strftime pattern from the
/// therapist's messages: `day(d, &t!("app-date-session"))` is "Mon 30 Nov 2026").
pub fn day(date: NaiveDate, format: &str) -> String {
    let lang = crate::locale::therapist().lang();
    let mut out = String::new();
    // A pattern chrono cannot read writes nothing rather than stopping the app.
    let _ = write!(
        out,
        "{}",
        date.format_localized(format, chrono_locale(lang))
    );
    out
}

/// A date and time in the therapist's language, as [`day`] writes a date.
pub fn moment(at: NaiveDateTime, format: &str) -> String {
    let lang = crate::locale::therapist().lang();
    let mut out = String::new();
    // As UTC only to reach chrono's localized writing: the wall-clock time is unchanged.
    let at = at.and_utc();
    let _ = write!(out, "{}", at.format_localized(format, chrono_locale(lang)));
    out
}

/// "Thursday 10 December 2026", "Donnerstag, 10. Dezember 2026".
fn long(date: NaiveDate) -> String {
    day(date, &t!("app-date-calendar-day"))
}

/// "December 2026", "Dezember 2026", "Décembre 2026": the month a calendar shows, as its
/// heading (French and Spanish write a month's name in lower case; a heading starts upper).
fn month_heading(month: NaiveDate) -> String {
    let words = day(month, &t!("app-date-calendar-month"));
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The first day of a calendar's week. Monday in German, French and Spanish; in English too,
/// as the calendar has always shown it (the British week; the app's English dates are
/// British).
const WEEK_STARTS: Weekday = Weekday::Mon;

/// A day's column heading in the calendar: "Mo", "Di", "lu".
fn day_heading(day: Weekday) -> String {
    match day {
        Weekday::Mon => t!("app-calendar-mon"),
        Weekday::Tue => t!("app-calendar-tue"),
        Weekday::Wed => t!("app-calendar-wed"),
        Weekday::Thu => t!("app-calendar-thu"),
        Weekday::Fri => t!("app-calendar-fri"),
        Weekday::Sat => t!("app-calendar-sat"),
        Weekday::Sun => t!("app-calendar-sun"),
    }
}

/// The first day of the month `date` is in.
fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// A "Calendar" button that opens a month to click a day in; the chosen day is written into
/// `text` as YYYY-MM-DD. `what` names the field ("Review date"); `shown` is the month shown
/// first if `text` holds no date. Returns true when a day was chosen.
pub fn calendar_button(
    ui: &mut egui::Ui,
    what: &str,
    text: &mut String,
    shown: NaiveDate,
    earliest: Option<NaiveDate>,
) -> bool {
    let id = ui.make_persistent_id(("calendar", what));
    let current = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
    let button = ui.button(t!("app-calendar"));
    super::keys::name(
        ui.ctx(),
        &button,
        &t!("app-calendar-name", field = what),
        None,
    );
    // Opened afresh, it shows the field's month (or `shown`), not the one last looked at.
    let mut month: NaiveDate = ui
        .data(|d| d.get_temp(id))
        .filter(|_| !button.clicked())
        .unwrap_or_else(|| first_of_month(current.unwrap_or(shown)));
    let mut chosen = None;
    Popup::from_toggle_button_response(&button)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            ui.horizontal(|ui| {
                if ui
                    .button("‹")
                    .on_hover_text(t!("app-calendar-before"))
                    .clicked()
                    && let Some(m) = month.checked_sub_months(Months::new(1))
                {
                    month = m;
                }
                ui.label(RichText::new(month_heading(month)).strong());
                if ui
                    .button("›")
                    .on_hover_text(t!("app-calendar-after"))
                    .clicked()
                    && let Some(m) = month.checked_add_months(Months::new(1))
                {
                    month = m;
                }
            });
            egui::Grid::new(("calendar-grid", what))
                .spacing([4.0, 4.0])
                .show(ui, |ui| {
                    let mut weekday = WEEK_STARTS;
                    for _ in 0..7 {
                        ui.weak(day_heading(weekday));
                        weekday = weekday.succ();
                    }
                    ui.end_row();
                    let lead = month.weekday().days_since(WEEK_STARTS);
                    for _ in 0..lead {
                        ui.label("");
                    }
                    let mut day = month;
                    while day.month() == month.month() {
                        let allowed = earliest.is_none_or(|e| day >= e);
                        let selected = current == Some(day);
                        let response = ui.add_enabled(
                            allowed,
                            egui::Button::new(day.day().to_string())
                                .selected(selected)
                                .min_size(egui::vec2(30.0, 24.0)),
                        );
                        super::keys::name(ui.ctx(), &response, &long(day), None);
                        if response.clicked() {
                            chosen = Some(day);
                        }
                        if day.weekday() == WEEK_STARTS.pred() {
                            ui.end_row();
                        }
                        match day.checked_add_days(Days::new(1)) {
                            Some(next) => day = next,
                            None => break,
                        }
                    }
                });
        });
    ui.data_mut(|d| d.insert_temp(id, month));
    if let Some(day) = chosen {
        *text = day.format("%Y-%m-%d").to_string();
        Popup::close_all(ui.ctx());
        return true;
    }
    false
}
