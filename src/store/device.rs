//! Which computer this is. A new session journal's name carries a short tag of the computer
//! that started it (`0003-2026-11-22-k7q2mf.journal`), so two computers that both start
//! "session 3" while the sync engine cannot reach the other make two files, never two versions
//! of one file. Journals named before tags (`0003-2026-11-22.journal`) are still read.
//!
//! The tag is random, made once per computer and kept outside the data folder (in the user's
//! configuration folder, e.g. `~/.config/groundwork/device-tag`): a file inside the data folder
//! would be carried to the other computer by the sync engine, and computer names are not unique
//! enough (two laptops called "MacBook-Pro" are common).

use std::fs;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::disk::RealDisk;
use super::error::StoreError;
use super::fs::{create_new_private, ensure_dir, read_ron, sync_dir, write_ron_unchecked};

/// The longest device tag.
const MAX_TAG: usize = 12;

/// This computer, as session files and open-session markers name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    /// A short random tag: lowercase ASCII letters and digits.
    pub tag: String,
    /// The computer's name, for people ("OFFICE-PC"; empty if unknown).
    pub name: String,
}

/// Whether `tag` can be a device tag: 1 to 12 lowercase ASCII letters and digits.
pub fn is_valid_device_tag(tag: &str) -> bool {
    (1..=MAX_TAG).contains(&tag.len())
        && tag
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

impl Device {
    /// A device with a given tag (tests, and a second "computer" in one process).
    pub fn new(tag: &str, name: &str) -> Option<Device> {
        is_valid_device_tag(tag).then(|| Device {
            tag: tag.to_owned(),
            name: name.to_owned(),
        })
    }

    /// This computer: its tag is read from the configuration folder, or made and kept there the
    /// first time. Without a configuration folder, the tag is made from the computer's name.
    pub fn this_computer() -> Device {
        let name = super::lock::host_name();
        let tag = directories::ProjectDirs::from("", "", "Groundwork")
            .and_then(|d| load_or_make(d.config_dir()))
            .unwrap_or_else(|| tag_from(name.as_bytes()));
        Device { tag, name }
    }
}

fn load_or_make(dir: &Path) -> Option<String> {
    let path = dir.join("device-tag");
    if let Ok(text) = fs::read_to_string(&path) {
        let tag = text.trim();
        return is_valid_device_tag(tag).then(|| tag.to_owned());
    }
    ensure_dir(dir).ok()?;
    let tag = random_tag();
    match create_new_private(&path) {
        Ok(mut file) => {
            use std::io::Write;
            file.write_all(format!("{tag}\n").as_bytes()).ok()?;
            file.sync_all().ok()?;
            Some(tag)
        }
        // Another Groundwork made it at the same moment: use that one.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let text = fs::read_to_string(&path).ok()?;
            let tag = text.trim();
            is_valid_device_tag(tag).then(|| tag.to_owned())
        }
        Err(_) => None,
    }
}

/// Six letters and digits from `bits` (base 32, lowercase, no 0/1/8/9 look-alikes needed).
fn encode(mut bits: u64) -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    (0..6)
        .map(|_| {
            let c = ALPHABET[(bits & 31) as usize] as char;
            bits >>= 5;
            c
        })
        .collect()
}

fn random_tag() -> String {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    if let Ok(since) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        hasher.write_u128(since.as_nanos());
    }
    encode(hasher.finish())
}

/// A stable tag from the computer's name (FNV-1a), when no tag can be kept.
fn tag_from(name: &[u8]) -> String {
    let hash = name.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    encode(hash)
}

/// Which computer has a session open, kept beside its journal in a small file that the sync
/// engine carries to the other computers (`0003-2026-11-22-k7q2mf.open`): the couple page there
/// says "open on OFFICE-PC since 14:02" and the session is read-only until it is closed or
/// taken over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenMarker {
    /// The tag of the computer that has it open.
    pub device: String,
    /// That computer's name, for people.
    pub computer: String,
    pub since: DateTime<FixedOffset>,
}

impl OpenMarker {
    /// The marker file of the session whose journal is `journal`.
    pub fn path_for(journal: &Path) -> PathBuf {
        journal.with_extension("open")
    }

    /// The marker of the session whose journal is `journal`, if there is one that can be read.
    pub fn read(journal: &Path) -> Option<OpenMarker> {
        let path = OpenMarker::path_for(journal);
        fs::symlink_metadata(&path).ok()?;
        read_ron(&path).ok()
    }

    /// Marks the session open on `device` from `since` (written atomically).
    pub fn write(
        journal: &Path,
        device: &Device,
        since: DateTime<FixedOffset>,
    ) -> Result<(), StoreError> {
        let marker = OpenMarker {
            device: device.tag.clone(),
            computer: device.name.clone(),
            since,
        };
        write_ron_unchecked(&RealDisk, &OpenMarker::path_for(journal), &marker)
    }

    /// Removes the marker if it is `device`'s (another computer's is left as it is).
    pub fn clear(journal: &Path, device: &Device) {
        if OpenMarker::read(journal).is_some_and(|m| m.device == device.tag) {
            let path = OpenMarker::path_for(journal);
            if fs::remove_file(&path).is_ok() {
                let _ = sync_dir(super::fs::parent(&path));
            }
        }
    }

    /// The computer it is open on, in the therapist's words: its name ("OFFICE-PC"), or
    /// "another computer" when it has none.
    pub fn computer_words(&self) -> String {
        if self.computer.is_empty() {
            crate::t!("store-open-another-computer")
        } else {
            self.computer.clone()
        }
    }

    /// "OFFICE-PC since 14:02" (the date too when it is not `today`), in the therapist's words.
    pub fn describe(&self, today: chrono::NaiveDate) -> String {
        let since = if self.since.date_naive() == today {
            self.since.format("%H:%M").to_string()
        } else {
            self.since.format("%Y-%m-%d %H:%M").to_string()
        };
        crate::t!(
            "store-open-since",
            computer = self.computer_words(),
            since = since
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_short_lowercase_and_valid() {
        for tag in [
            random_tag(),
            random_tag(),
            tag_from(b"OFFICE-PC"),
            tag_from(b""),
        ] {
            assert_eq!(tag.len(), 6);
            assert!(is_valid_device_tag(&tag), "{tag}");
        }
        assert_eq!(tag_from(b"OFFICE-PC"), tag_from(b"OFFICE-PC"));
        assert!(!is_valid_device_tag("Office"));
        assert!(!is_valid_device_tag(""));
        assert!(!is_valid_device_tag("abcdefghijklm"));
    }

    #[test]
    fn a_kept_tag_is_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_make(dir.path()).unwrap();
        assert_eq!(load_or_make(dir.path()).unwrap(), first);
    }
}
