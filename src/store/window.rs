//! Where the main window was, kept per computer (`~/.config/groundwork/window.ron`), not in
//! the data folder: a practice synced to a laptop and a desktop would otherwise move each
//! other's windows. It holds no client data. Tests and a second user point
//! `GROUNDWORK_CONFIG_DIR` elsewhere.

use std::path::PathBuf;

use crate::model::DisplayWindow;

const FILE: &str = "window.ron";

fn folder() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("GROUNDWORK_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "Groundwork").map(|d| d.config_dir().to_owned())
}

/// The main window's last place, if it was kept and still makes sense.
pub fn load_main_window() -> Option<DisplayWindow> {
    let path = folder()?.join(FILE);
    let meta = std::fs::metadata(&path).ok()?;
    // A hand-edited or foreign file is ignored, never trusted for its size.
    if meta.len() > 4096 {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    ron::from_str::<DisplayWindow>(&text).ok()?.sanitised()
}

/// Keeps the main window's place for the next start. Failing is harmless: the window then
/// opens at its default size.
pub fn save_main_window(place: DisplayWindow) -> Result<(), String> {
    let dir = folder().ok_or_else(|| crate::t!("store-no-config-folder"))?;
    super::fs::ensure_dir(&dir).map_err(|e| e.to_string())?;
    let path = dir.join(FILE);
    let mut text = ron::ser::to_string_pretty(&place, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    text.push('\n');
    super::fs::write_atomic_with(&path, |w| w.write_all(text.as_bytes())).map_err(|e| e.to_string())
}
