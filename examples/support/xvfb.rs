//! An X display for the examples that open real windows.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// An Xvfb of our own when there is no display; stopped when dropped.
pub struct Xvfb(Option<Child>);

impl Drop for Xvfb {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

pub fn start_xvfb() -> Result<Xvfb, String> {
    if std::env::var_os("DISPLAY").is_some() {
        return Ok(Xvfb(None));
    }
    for n in 90..110 {
        if Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
            continue;
        }
        let child = Command::new("Xvfb")
            .args([
                format!(":{n}"),
                "-screen".into(),
                "0".into(),
                "1920x1080x24".into(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("no display, and Xvfb could not start ({e}); install xvfb"))?;
        std::thread::sleep(Duration::from_secs(1));
        // SAFETY: set before any other thread of this process starts.
        unsafe { std::env::set_var("DISPLAY", format!(":{n}")) };
        return Ok(Xvfb(Some(child)));
    }
    Err("no free X display number between :90 and :109".into())
}
