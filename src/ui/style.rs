//! Colours and text styles: calm, high contrast, readable from across a room.

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::model::Theme;

/// A quiet teal for what is current or running.
pub const ACCENT: Color32 = Color32::from_rgb(0x2f, 0x7f, 0x86);
/// Soft amber for the last 30 seconds.
pub const WARN: Color32 = Color32::from_rgb(0xc2, 0x85, 0x1a);
/// Muted coral for overtime: noticeable, never alarming.
pub const OVERTIME: Color32 = Color32::from_rgb(0xc0, 0x5a, 0x4e);
/// Lavender for timeouts: a pause, not an error.
pub const BREAK: Color32 = Color32::from_rgb(0x6c, 0x63, 0xa8);
pub const SPEAKER_A: Color32 = Color32::from_rgb(0x3b, 0x7d, 0xc4);
pub const SPEAKER_B: Color32 = Color32::from_rgb(0xb0, 0x6a, 0x3b);

/// egui's own fonts, then DejaVu Sans (the PDFs' font, already in the binary) for what they
/// cannot draw: Hebrew, Arabic, and accents stacked on letters. Without it a name like דנה
/// shows as boxes. For what neither has (王芳, प्रिया, สมชาย), the face this computer has for it:
/// the one the PDFs print it with.
pub fn install_fonts(ctx: &egui::Context) {
    ctx.add_font_provider(std::sync::Arc::new(SystemFonts));
    install_shipped_fonts(ctx);
}

/// Asks this computer's fonts for a character no installed font has.
struct SystemFonts;

impl egui::FontProvider for SystemFonts {
    fn font_for(&self, request: &egui::FallbackRequest<'_>) -> Option<egui::FontInsert> {
        let c = request.cluster.chars().next()?;
        let face = crate::fonts::system().covering(c, false)?;
        let bytes: egui::epaint::text::Blob = face.bytes.clone();
        Some(egui::FontInsert {
            name: format!("{} ({})", face.family, face.key),
            data: egui::FontData::from_blob(bytes, face.index),
            families: Vec::new(),
        })
    }
}

fn install_shipped_fonts(ctx: &egui::Context) {
    const DEJAVU: &str = "DejaVu Sans";
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        DEJAVU.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(crate::pdf::font::REGULAR_TTF)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(DEJAVU.to_owned());
    }
    ctx.set_fonts(fonts);
}

/// Longest partner name on a button.
const SHORT_NAME_CHARS: usize = 20;

/// A partner's name as it fits on a button: a long one is cut with "…", so that the controls
/// beside it stay on screen. Headings and sentences, which wrap, and the PDFs keep the whole
/// name.
pub fn short_name(name: &str) -> std::borrow::Cow<'_, str> {
    cut_name(name, SHORT_NAME_CHARS)
}

/// `name` cut to at most `max` characters, the last one "…".
pub fn cut_name(name: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if name.chars().count() <= max {
        return std::borrow::Cow::Borrowed(name);
    }
    let cut: String = name.chars().take(max.saturating_sub(1)).collect();
    std::borrow::Cow::Owned(format!("{}…", cut.trim_end()))
}

/// The window's background, light or dark: cleared by the GPU in one step rather than painted
/// as panels. egui paints every panel's background as triangles, which a software renderer
/// (Mesa's llvmpipe, common in virtual machines and remote desktops) shades pixel by pixel:
/// at 1280×800 that was most of a frame's cost. So panels are transparent ([`apply`]) and this
/// colour is the clear colour (`App::clear_color`).
pub fn background(visuals: &egui::Visuals) -> [f32; 4] {
    let fill = if visuals.dark_mode {
        egui::Visuals::dark().panel_fill
    } else {
        egui::Visuals::light().panel_fill
    };
    fill.to_normalized_gamma_f32()
}

pub fn apply(ctx: &egui::Context, theme: Theme, text_scale: f32) {
    ctx.set_theme(match theme {
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
        Theme::System => egui::ThemePreference::System,
    });
    ctx.set_zoom_factor(text_scale);
    // Ctrl+plus, Ctrl+minus and Ctrl+0 are the app's own (Ctrl+0 goes back to the text size
    // in Settings, not to egui's 100%).
    ctx.options_mut(|o| {
        o.zoom_with_keyboard = false;
        // A desktop that does not say how it looks gets the light theme.
        o.fallback_theme = egui::Theme::Light;
    });
    ctx.all_styles_mut(|style| {
        // The background is the clear colour ([`background`]), not painted panel by panel.
        style.visuals.panel_fill = Color32::TRANSPARENT;
        style.visuals.selection.bg_fill = ACCENT.gamma_multiply(0.35);
        style.visuals.hyperlink_color = ACCENT;
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(24.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
    });
}

/// The colour of a countdown: calm while there is time, amber in the last 30 s, coral after.
pub fn countdown_colour(remaining: Option<i64>, normal: Color32) -> Color32 {
    match remaining {
        Some(ms) if ms < 0 => OVERTIME,
        Some(ms) if ms <= 30_000 => WARN,
        _ => normal,
    }
}

pub fn side_colour(side: crate::model::Side) -> Color32 {
    match side {
        crate::model::Side::A => SPEAKER_A,
        crate::model::Side::B => SPEAKER_B,
    }
}

/// A modal dialog a screen reader announces by its name.
pub fn dialog(id: egui::Id, name: impl Into<String>) -> egui::Modal {
    egui::Modal::new(id).area(egui::Modal::default_area(id).accessible_name(name))
}
