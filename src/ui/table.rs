//! A table a screen reader can walk: a named table of rows, each row's first cell its header,
//! and a header row naming the columns. Columns share the width there is, in proportion, so a
//! wide window gives wider columns and a narrow one never cuts off the last. Rows are laid out
//! from the top (a centred row would stretch to the height left in the window).
//!
//! A long table ([`long_table`]) lays out only the rows that can be seen: its cost per frame
//! stays the same whether it has ten rows or thousands.

use egui::accesskit::Role;
use egui::{Align, Layout, Rect, UiBuilder, pos2, vec2};

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
        let column = self.next;
        self.next += 1;
        ui.scope_builder(
            UiBuilder::new()
                .layout(Layout::top_down(Align::Min))
                .accessibility_role(role),
            |ui| {
                ui.ctx()
                    .accesskit_node_builder(ui.unique_id(), |node| node.set_column_index(column));
                ui.set_width(width);
                add(ui)
            },
        )
        .inner
    }
}

impl Rows<'_> {
    pub fn row(&mut self, ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui, &mut Row<'_>)) {
        let index = self.count;
        self.count += 1;
        self.row_in(ui, index, None, add);
    }

    /// Row `index` (0 is the first under the headings), in `place` when given.
    fn row_in(
        &mut self,
        ui: &mut egui::Ui,
        index: usize,
        place: Option<Rect>,
        add: impl FnOnce(&mut egui::Ui, &mut Row<'_>),
    ) {
        let stripe = self.striped && index % 2 == 1;
        let background = ui.painter().add(egui::Shape::Noop);
        let widths = self.widths;
        let spacing = self.spacing;
        let mut builder = UiBuilder::new()
            .layout(Layout::left_to_right(Align::Min))
            .accessibility_role(Role::Row);
        if let Some(place) = place {
            // Its own id, whichever rows are above it: what is hovered or focused in a row
            // stays with it as the table scrolls.
            builder = builder
                .max_rect(place)
                .scope_id(ui.scope_id().with(("row", index)));
        }
        let response = ui.scope_builder(builder, |ui| {
            // Row 0 is the headings' row.
            ui.ctx()
                .accesskit_node_builder(ui.unique_id(), |node| node.set_row_index(index + 1));
            ui.spacing_mut().item_spacing.x = spacing;
            if place.is_some() {
                // Every row one line high: a longer text is cut, whole on hover.
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            }
            let mut row = Row { widths, next: 0 };
            add(ui, &mut row);
        });
        if stripe {
            let rect = place
                .unwrap_or(response.response.rect)
                .expand2(egui::vec2(4.0, 2.0));
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
    frame(ui, name, columns, |ui, rows| {
        add_rows(ui, rows);
        rows.count
    });
}

/// Rows laid out beyond those in view, above and below: the next row is there for the Tab
/// key to move to.
const OVERSCAN: usize = 2;

/// A [`table`] of `count` rows, each one line of `row_height` points (a longer text is cut,
/// whole on hover): only the rows within the part of the window that can be seen (the clip
/// rectangle, that of the enclosing scroll area) are laid out, by `add_row` with the row's
/// index; the others are room kept for them. A screen reader is told how many rows there are,
/// and the number of each row it meets.
pub fn long_table(
    ui: &mut egui::Ui,
    name: &str,
    columns: &[Column],
    count: usize,
    row_height: f32,
    mut add_row: impl FnMut(&mut egui::Ui, usize, &mut Row<'_>),
) {
    frame(ui, name, columns, |ui, rows| {
        let pitch = row_height + ui.spacing().item_spacing.y;
        let top = ui.cursor().top();
        let left = ui.max_rect().left();
        let width = ui.available_width();
        let seen = ui.clip_rect();
        let first = (((seen.top() - top) / pitch).floor().max(0.0) as usize)
            .saturating_sub(OVERSCAN)
            .min(count);
        let end = ((((seen.bottom() - top) / pitch).ceil().max(0.0) as usize) + OVERSCAN)
            .clamp(first, count);
        for index in first..end {
            let place = Rect::from_min_size(
                pos2(left, top + index as f32 * pitch),
                vec2(width, row_height),
            );
            rows.row_in(ui, index, Some(place), |ui, row| add_row(ui, index, row));
        }
        let all = (pitch * count as f32 - ui.spacing().item_spacing.y).max(0.0);
        ui.advance_cursor_after_rect(Rect::from_min_size(pos2(left, top), vec2(width, all)));
        count
    });
}

/// The table's frame: its name, the headings' row, and a line; `add_rows` adds the rows and
/// says how many there are.
fn frame(
    ui: &mut egui::Ui,
    name: &str,
    columns: &[Column],
    add_rows: impl FnOnce(&mut egui::Ui, &mut Rows<'_>) -> usize,
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
            let table = ui.unique_id();
            ui.spacing_mut().item_spacing.y = 10.0;
            ui.scope_builder(
                UiBuilder::new()
                    .layout(Layout::left_to_right(Align::Min))
                    .accessibility_role(Role::Row),
                |ui| {
                    ui.ctx()
                        .accesskit_node_builder(ui.unique_id(), |node| node.set_row_index(0));
                    ui.spacing_mut().item_spacing.x = spacing;
                    for (i, (c, width)) in columns.iter().zip(&widths).enumerate() {
                        ui.scope_builder(
                            UiBuilder::new()
                                .layout(Layout::top_down(Align::Min))
                                .accessibility_role(Role::ColumnHeader)
                                .accessibility_label(c.heading.as_str()),
                            |ui| {
                                ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                                    node.set_column_index(i)
                                });
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
            let count = add_rows(ui, &mut rows);
            // The headings' row and every row, laid out or not.
            ui.ctx().accesskit_node_builder(table, |node| {
                node.set_row_count(count + 1);
                node.set_column_count(columns.len());
            });
        },
    );
}
