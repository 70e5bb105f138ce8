//! The desktop around the app: the system's own file dialogs and whether it is set to a dark
//! look. Both ask the desktop at run time (the XDG portal over D-Bus on Linux), so nothing here
//! needs a system library to build.

use std::path::{Path, PathBuf};

/// What kind of file a dialog is for: its filter and the extension a typed name gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Backup,
}

impl FileKind {
    fn filter(self) -> (&'static str, &'static str) {
        match self {
            FileKind::Pdf => ("PDF document", "pdf"),
            FileKind::Backup => ("Groundwork backup", "gwbackup"),
        }
    }
}

/// Chooses files the way this computer's other apps do.
pub trait FilePicker: Send + Sync {
    /// The system's "Save as" dialog, opened in `folder` with `name` filled in; `None` if the
    /// therapist cancelled or no dialog could be shown.
    fn save(&self, title: &str, folder: &Path, name: &str, kind: FileKind) -> Option<PathBuf>;
    /// The system's "Open" dialog, for a file of `kind`.
    fn open(&self, title: &str, folder: &Path, kind: FileKind) -> Option<PathBuf>;
    /// Whether a dialog can be shown at all: without one, a click would do nothing, so the
    /// app says what to type instead.
    fn available(&self) -> bool {
        true
    }
}

/// The platform's dialogs (the desktop portal on Linux, falling back to zenity).
pub struct SystemPicker;

impl FilePicker for SystemPicker {
    fn save(&self, title: &str, folder: &Path, name: &str, kind: FileKind) -> Option<PathBuf> {
        let (what, extension) = kind.filter();
        let chosen = rfd::FileDialog::new()
            .set_title(title)
            .set_directory(folder)
            .set_file_name(name)
            .add_filter(what, &[extension])
            .save_file()?;
        Some(with_extension(chosen, extension))
    }

    fn open(&self, title: &str, folder: &Path, kind: FileKind) -> Option<PathBuf> {
        let (what, extension) = kind.filter();
        rfd::FileDialog::new()
            .set_title(title)
            .set_directory(folder)
            .add_filter(what, &[extension])
            .pick_file()
    }

    fn available(&self) -> bool {
        static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
        *AVAILABLE.get_or_init(dialogs_available)
    }
}

/// Whether this desktop can show rfd's dialogs: on Linux the XDG desktop portal (running, or
/// started on demand by D-Bus) or zenity; elsewhere always.
fn dialogs_available() -> bool {
    #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
    {
        let zenity = std::env::var_os("PATH").is_some_and(|path| {
            std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file())
        });
        zenity || portal_present()
    }
    #[cfg(not(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd")))]
    {
        true
    }
}

/// The session bus, with a second's patience for each question: a desktop that does not
/// answer never freezes the app.
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
fn session_bus() -> zbus::Result<zbus::blocking::Connection> {
    zbus::blocking::connection::Builder::session()?
        .method_timeout(std::time::Duration::from_secs(1))
        .build()
}

/// The desktop portal is on the session bus, or D-Bus can start it.
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
fn portal_present() -> bool {
    const PORTAL: &str = "org.freedesktop.portal.Desktop";
    let Some(_) = std::env::var_os("DBUS_SESSION_BUS_ADDRESS") else {
        return false;
    };
    let Ok(bus) = session_bus() else {
        return false;
    };
    let Ok(dbus) = zbus::blocking::fdo::DBusProxy::new(&bus) else {
        return false;
    };
    let owned = PORTAL
        .try_into()
        .ok()
        .and_then(|name| dbus.name_has_owner(name).ok())
        .unwrap_or(false);
    owned
        || dbus
            .list_activatable_names()
            .is_ok_and(|names| names.iter().any(|n| n.as_str() == PORTAL))
}

/// A name typed without its extension (".pdf") gets it: the portal does not add it.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    let has = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if has {
        path
    } else {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".");
        name.push(extension);
        path.with_file_name(name)
    }
}

/// The paper this computer's region uses: US Letter in the United States, Canada, Mexico, the
/// Philippines and Chile and a few more, A4 elsewhere (from LC_PAPER, LC_ALL or LANG).
pub fn local_paper() -> crate::model::Paper {
    let locale = ["LC_ALL", "LC_PAPER", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    paper_for(&locale)
}

fn paper_for(locale: &str) -> crate::model::Paper {
    // "en_US.UTF-8" → "US"
    let region = locale
        .split(['.', '@'])
        .next()
        .and_then(|l| l.split_once('_'))
        .map(|(_, r)| r.to_ascii_uppercase())
        .unwrap_or_default();
    match region.as_str() {
        "US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" | "CR" | "GT" | "PR" | "SV" | "NI"
        | "DO" | "PA" => crate::model::Paper::Letter,
        _ => crate::model::Paper::A4,
    }
}

static DARK: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);
static WATCH: std::sync::Once = std::sync::Once::new();
/// Called when the desktop's look changes (the app asks for a frame).
static ON_CHANGE: std::sync::Mutex<Option<Box<dyn Fn() + Send>>> = std::sync::Mutex::new(None);

/// `notify` is called (from another thread) whenever the desktop's look changes, so that a
/// window that is not drawing learns of it.
pub fn on_look_change(notify: impl Fn() + Send + 'static) {
    if let Ok(mut slot) = ON_CHANGE.lock() {
        *slot = Some(Box::new(notify));
    }
}

/// The desktop's look as last seen (see [`prefers_dark`]). The first call starts watching it,
/// every 30 seconds, off the caller's thread: a change of look shows within half a minute.
pub fn system_dark() -> Option<bool> {
    use std::sync::atomic::Ordering;
    WATCH.call_once(|| {
        let _ = std::thread::Builder::new()
            .name("desktop-look".into())
            .spawn(|| {
                loop {
                    let seen = match prefers_dark() {
                        Some(true) => 1,
                        Some(false) => 2,
                        None => 0,
                    };
                    if DARK.swap(seen, Ordering::Relaxed) != seen
                        && let Ok(slot) = ON_CHANGE.lock()
                        && let Some(notify) = slot.as_ref()
                    {
                        notify();
                    }
                    std::thread::sleep(std::time::Duration::from_secs(30));
                }
            });
    });
    match DARK.load(Ordering::Relaxed) {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
}

/// Whether the desktop is set to a dark look: `Some(true)` dark, `Some(false)` light, `None`
/// when it does not say. Asked of the XDG settings portal (GNOME, KDE and others answer it),
/// then of GTK_THEME. Blocking: call it off the UI thread.
pub fn prefers_dark() -> Option<bool> {
    #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
    if let Some(dark) = portal_color_scheme() {
        return Some(dark);
    }
    let theme = std::env::var("GTK_THEME").ok()?;
    Some(
        theme.to_ascii_lowercase().ends_with(":dark")
            || theme.to_ascii_lowercase().contains("-dark"),
    )
}

/// org.freedesktop.appearance color-scheme: 1 prefers dark, 2 prefers light, 0 no preference.
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
fn portal_color_scheme() -> Option<bool> {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS")?;
    let bus = session_bus().ok()?;
    let reply = bus
        .call_method(
            Some("org.freedesktop.portal.Desktop"),
            "/org/freedesktop/portal/desktop",
            Some("org.freedesktop.portal.Settings"),
            "ReadOne",
            &("org.freedesktop.appearance", "color-scheme"),
        )
        .ok()?;
    let value: zbus::zvariant::OwnedValue = reply.body().deserialize().ok()?;
    // The answer is a variant, sometimes wrapped in another.
    let scheme = match &*value {
        zbus::zvariant::Value::Value(inner) => u32::try_from(&**inner).ok(),
        other => u32::try_from(other).ok(),
    }?;
    match scheme {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paper_follows_the_region() {
        use crate::model::Paper;
        assert_eq!(paper_for("en_US.UTF-8"), Paper::Letter);
        assert_eq!(paper_for("es_MX"), Paper::Letter);
        assert_eq!(paper_for("fr_CA.UTF-8@euro"), Paper::Letter);
        assert_eq!(paper_for("en_GB.UTF-8"), Paper::A4);
        assert_eq!(paper_for("de_DE"), Paper::A4);
        assert_eq!(paper_for("C.UTF-8"), Paper::A4);
        assert_eq!(paper_for(""), Paper::A4);
    }

    #[test]
    fn a_name_typed_without_pdf_gets_it() {
        assert_eq!(
            with_extension(PathBuf::from("/tmp/Sophie & Emma"), "pdf"),
            PathBuf::from("/tmp/Sophie & Emma.pdf")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/notes.PDF"), "pdf"),
            PathBuf::from("/tmp/notes.PDF")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/v1.2"), "pdf"),
            PathBuf::from("/tmp/v1.2.pdf")
        );
    }
}
