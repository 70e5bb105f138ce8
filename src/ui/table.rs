//! A table a screen reader can walk: a named table of rows, each row's first cell its header,
//! and a header row naming the columns. Columns share the width there is, in proportion, so a
//! wide window gives wider columns and a narrow one never cuts off the last. Rows are laid out
//! from the top (a centred row would stretch to the height left in the window).

use egui::accesskit::Role;
use egui::{Align, Layout, UiBuilder};

/// A column: its heading (in the therapist's language) and its share of the width (a minimum in
/// points, grown in proportion).
#[derive(Clone)]
pub struct Column {
    pub heading: String,
    pub min: f32,
}

pub fn column(heading: impl Into<String>, min: f32) -> Column {
    Column {
        heading: heading.into(),
        min,
    }
}

/// Rows being added to a [`table`].
pub struct Rows<'a> {
    widths: &'a [f32],
    spacing: f32,
    striped: bool,
    count: usize,
}

/// The cells of one row.
pub struct Row<'a> {
    widths: &'a [f32],
    next: usize,
}

impl Row<'_> {
    /// The next cell; the first in a row is the row's header (what a screen reader says when
    /// it moves along the row).
    pub fn cell<R>(&mut self, ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
        let width = self.widths.get(self.next).copied().unwrap_or(120.0);
        let role = if self.next == 0 {
            Role::RowHeader
        } else {
            Role::Cell
        };
        self.next += 1;
        ui.scope_builder(
            UiBuilder::new()
                .layout(Layout::top_down(Align::Min))
                .accessibility_role(role),
            |ui| {
                ui.set_width(width);
                add(ui)
            },
        )
        .inner
    }
}

impl Rows<'_> {
    pub fn row(&mut self, ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui, &mut Row<'_>)) {
        let stripe = self.striped && self.count % 2 == 1;
        self.count += 1;
        let background = ui.painter().add(egui::Shape::Noop);
        let widths = self.widths;
        let spacing = self.spacing;
        let response = ui.scope_builder(
            UiBuilder::new()
                .layout(Layout::left_to_right(Align::Min))
                .accessibility_role(Role::Row),
            |ui| {
                ui.spacing_mut().item_spacing.x = spacing;
                let mut row = Row { widths, next: 0 };
                add(ui, &mut row);
            },
        );
        if stripe {
            let rect = response.response.rect.expand2(egui::vec2(4.0, 2.0));
            let fill = ui.visuals().faint_bg_color;
            ui.painter()
                .set(background, egui::Shape::rect_filled(rect, 2.0, fill));
        }
    }
}

/// A table named `name` (for a screen reader) with `columns`, filling the width available.
pub fn table(
    ui: &mut egui::Ui,
    name: &str,
    columns: &[Column],
    add_rows: impl FnOnce(&mut egui::Ui, &mut Rows<'_>),
) {
    let spacing = 16.0;
    let available = ui.available_width() - spacing * (columns.len().saturating_sub(1)) as f32;
    let minimum: f32 = columns.iter().map(|c| c.min).sum();
    // Wider than the columns' least: they grow. Narrower (a small window, large text): they
    // shrink, and their contents wrap, rather than run out of the window.
    let grow = (available / minimum.max(1.0)).max(0.5);
    let widths: Vec<f32> = columns.iter().map(|c| (c.min * grow).floor()).collect();
    ui.scope_builder(
        UiBuilder::new()
            .layout(Layout::top_down(Align::Min))
            .accessibility_role(Role::Table)
            .accessibility_label(name),
        |ui| {
            ui.spacing_mut().item_spacing.y = 10.0;
            ui.scope_builder(
                UiBuilder::new()
                    .layout(Layout::left_to_right(Align::Min))
                    .accessibility_role(Role::Row),
                |ui| {
                    ui.spacing_mut().item_spacing.x = spacing;
                    for (c, width) in columns.iter().zip(&widths) {
                        ui.scope_builder(
                            UiBuilder::new()
                                .layout(Layout::top_down(Align::Min))
                                .accessibility_role(Role::ColumnHeader)
                                .accessibility_label(c.heading.as_str()),
                            |ui| {
                                ui.set_width(*width);
                                ui.strong(c.heading.as_str());
                            },
                        );
                    }
                },
            );
            ui.separator();
            let mut rows = Rows {
                widths: &widths,
                spacing,
                striped: true,
                count: 0,
            };
            add_rows(ui, &mut rows);
        },
    );
}
