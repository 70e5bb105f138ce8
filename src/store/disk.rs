//! Where the data folder's bytes are written. Groundwork always writes to the real disk; tests put
//! a disk that fills up in its place, to show that a write that fails loses nothing.

use std::fmt;
use std::io::{self, Write};
use std::path::Path;

/// Writes bytes into a file of the data folder (a journal, a couple, the settings, an export).
///
/// Like a real disk, an implementation may write part of the bytes and then fail; whoever called
/// it removes or cuts off the part, so that the previous version stays intact.
pub trait Disk: fmt::Debug + Send + Sync {
    /// `path` is the file the bytes are for (a temporary file is written before it replaces it).
    fn write(&self, path: &Path, file: &mut dyn Write, bytes: &[u8]) -> io::Result<()>;
}

/// The disk itself.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn write(&self, _path: &Path, file: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }
}
