//! Choosing a date without typing one: a calendar a click away beside every date field. Each
//! day is a button named by its full date ("Thursday 10 December 2026") for a screen reader;
//! days before the earliest allowed are greyed out. Typing the date still works.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use egui::{Popup, PopupCloseBehavior, RichText};

/// "Thursday 10 December 2026".
fn long(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
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
    let button = ui.button("Calendar…");
    super::keys::name(
        ui.ctx(),
        &button,
        &format!("{what}: choose on a calendar"),
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
                if ui.button("‹").on_hover_text("Month before").clicked()
                    && let Some(m) = month.checked_sub_months(Months::new(1))
                {
                    month = m;
                }
                ui.label(RichText::new(month.format("%B %Y").to_string()).strong());
                if ui.button("›").on_hover_text("Month after").clicked()
                    && let Some(m) = month.checked_add_months(Months::new(1))
                {
                    month = m;
                }
            });
            egui::Grid::new(("calendar-grid", what))
                .spacing([4.0, 4.0])
                .show(ui, |ui| {
                    for day in ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] {
                        ui.weak(day);
                    }
                    ui.end_row();
                    let lead = month.weekday().num_days_from_monday();
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
                        if day.weekday() == Weekday::Sun {
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
