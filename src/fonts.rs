//! Fonts found on this computer, for the scripts the shipped DejaVu Sans lacks: Chinese,
//! Japanese, Korean, Devanagari, Thai and the rest. A face is chosen by what it covers (the
//! first, in a fixed order of preference, that has the character), read once per process and
//! shared by the screen and the PDFs. No egui.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use fontdb::{Database, ID};
use skrifa::MetadataProvider;

/// A face from a font file on this computer.
#[derive(Clone)]
pub struct SystemFace {
    /// Its family's name: "Noto Sans CJK SC".
    pub family: String,
    /// The whole file (a collection holds several faces).
    pub bytes: Arc<Vec<u8>>,
    /// Which face of the file.
    pub index: u32,
    pub bold: bool,
    /// Stable for the life of the process: the same face is the same key.
    pub key: usize,
}

impl std::fmt::Debug for SystemFace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SystemFace")
            .field("family", &self.family)
            .field("index", &self.index)
            .field("bold", &self.bold)
            .finish()
    }
}

/// The fonts installed on this computer, scanned once.
pub struct SystemFonts {
    db: Database,
    /// Faces in the order they are tried, for regular text and for bold.
    order: [Vec<ID>; 2],
    state: Mutex<Found>,
}

#[derive(Default)]
struct Found {
    /// Which face draws a character (None: no face on this computer does).
    chosen: HashMap<(char, bool), Option<ID>>,
    /// Faces already used, tried first: a Chinese name's characters all come from one face.
    used: [Vec<ID>; 2],
    loaded: HashMap<ID, SystemFace>,
}

/// Keys for faces as they are read, unique in the process.
static NEXT_KEY: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);

/// The fonts on this computer, scanned on first use (a few tens of milliseconds).
pub fn system() -> &'static SystemFonts {
    static SYSTEM: OnceLock<SystemFonts> = OnceLock::new();
    SYSTEM.get_or_init(|| {
        let mut db = Database::new();
        db.load_system_fonts();
        SystemFonts::new(db)
    })
}

/// No fonts from this computer: documents printed with the shipped font alone.
pub fn none() -> &'static SystemFonts {
    static NONE: OnceLock<SystemFonts> = OnceLock::new();
    NONE.get_or_init(SystemFonts::none)
}

/// Characters of the scripts DejaVu Sans lacks, one for each: the screen loads a face for
/// every one of them that this computer has, before any such name is typed.
const SCREEN_SCRIPTS: &[char] = &[
    '王', 'あ', 'ア', '한', 'क', 'ক', 'ਕ', 'ક', 'ଓ', 'த', 'త', 'ಕ', 'മ', 'ක', 'ก', 'ກ', 'ក', 'က',
    'ཀ', 'ሀ', 'Ꭰ', 'ᐁ', 'ܐ', 'ހ', 'ߊ',
];

impl SystemFonts {
    /// No fonts at all: what printing is like on a computer with only the shipped font.
    pub fn none() -> SystemFonts {
        SystemFonts::new(Database::new())
    }

    fn new(db: Database) -> SystemFonts {
        let language = locale_region();
        let order = [false, true].map(|bold| {
            let mut faces: Vec<(Rank, ID)> = db
                .faces()
                .filter_map(|f| rank(f, bold, &language).map(|r| (r, f.id)))
                .collect();
            faces.sort_by(|a, b| a.0.cmp(&b.0));
            faces.into_iter().map(|(_, id)| id).collect()
        });
        SystemFonts {
            db,
            order,
            state: Mutex::new(Found::default()),
        }
    }

    /// How many faces were found.
    pub fn len(&self) -> usize {
        self.db.len()
    }

    pub fn is_empty(&self) -> bool {
        self.db.is_empty()
    }

    /// The face that draws `c`, bold or regular: the one already used for other characters if
    /// it has it, else the first in order of preference (Noto Sans, the weight asked for, not
    /// monospaced). None when no font on this computer has it.
    pub fn covering(&self, c: char, bold: bool) -> Option<SystemFace> {
        let mut found = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let id = match found.chosen.get(&(c, bold)) {
            Some(id) => *id,
            None => {
                let w = usize::from(bold);
                let id = found.used[w]
                    .iter()
                    .chain(self.order[w].iter())
                    .copied()
                    .find(|id| self.has(*id, c));
                if let Some(id) = id
                    && !found.used[w].contains(&id)
                {
                    found.used[w].push(id);
                }
                found.chosen.insert((c, bold), id);
                id
            }
        }?;
        if let Some(face) = found.loaded.get(&id) {
            return Some(face.clone());
        }
        let info = self.db.face(id)?;
        let bytes = self.db.with_face_data(id, |data, _| data.to_vec())?;
        let face = SystemFace {
            family: info
                .families
                .first()
                .map(|(name, _)| name.clone())
                .unwrap_or_default(),
            bytes: Arc::new(bytes),
            index: info.index,
            bold: info.weight.0 >= 600,
            key: NEXT_KEY.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        };
        found.loaded.insert(id, face.clone());
        Some(face)
    }

    /// The faces the screen falls back to, one per script this computer has a font for, in a
    /// fixed order.
    pub fn for_screen(&self) -> Vec<SystemFace> {
        let mut faces: Vec<SystemFace> = Vec::new();
        for c in SCREEN_SCRIPTS {
            if let Some(face) = self.covering(*c, false)
                && !faces.iter().any(|f| f.key == face.key)
            {
                faces.push(face);
            }
        }
        faces
    }

    fn has(&self, id: ID, c: char) -> bool {
        self.db
            .with_face_data(id, |data, index| {
                skrifa::FontRef::from_index(data, index)
                    .is_ok_and(|font| font.charmap().map(c).is_some())
            })
            .unwrap_or(false)
    }
}

/// Sorts faces: lower is tried first.
type Rank = (u8, u8, u16, String);

/// Where a face stands in the order of preference, or None if it is never used: emoji fonts
/// (their colour glyphs do not print) and italics.
fn rank(face: &fontdb::FaceInfo, bold: bool, region: &str) -> Option<Rank> {
    let family = face.families.first().map(|(n, _)| n.as_str())?;
    if family.contains("Emoji") || face.style != fontdb::Style::Normal {
        return None;
    }
    let mono = face.monospaced || family.contains("Mono");
    // Noto Sans first (it is made to sit beside other sans faces), then other Noto faces,
    // then anything else; within Noto, the plain design before UI and looped variants.
    let kind = if mono {
        9
    } else if family.starts_with("Noto Sans") {
        if family.ends_with(" UI") || family.contains("Looped") {
            1
        } else {
            0
        }
    } else if family.starts_with("Noto") {
        2
    } else if family.contains("Fallback") {
        4
    } else {
        3
    };
    // The CJK face for the reader's region: Japanese forms of a character for Japanese, …
    let cjk = match family.rsplit(' ').next() {
        Some(tag) if family.contains("CJK") => u8::from(tag != region),
        _ => 0,
    };
    let target: u16 = if bold { 700 } else { 400 };
    let weight = face.weight.0.abs_diff(target);
    Some((kind, cjk, weight, family.to_owned()))
}

/// The CJK region the user's language asks for: JP, KR, TC, HK or (by default) SC.
fn locale_region() -> String {
    let lang = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    let region = if lang.starts_with("ja") {
        "JP"
    } else if lang.starts_with("ko") {
        "KR"
    } else if lang.starts_with("zh_TW") {
        "TC"
    } else if lang.starts_with("zh_HK") {
        "HK"
    } else {
        "SC"
    };
    region.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_computer_without_fonts_covers_nothing() {
        let none = SystemFonts::none();
        assert!(none.is_empty());
        assert!(none.covering('王', false).is_none());
        assert!(none.for_screen().is_empty());
    }

    #[test]
    fn the_face_chosen_has_the_character_and_is_kept_for_the_next() {
        let system = system();
        let Some(face) = system.covering('王', false) else {
            // No CJK font here: nothing more to check (the documents' tests say what prints).
            return;
        };
        let font = skrifa::FontRef::from_index(&face.bytes, face.index).unwrap();
        assert!(font.charmap().map('王').is_some());
        assert!(!face.family.contains("Mono"), "{face:?}");
        let same = system.covering('芳', false).unwrap();
        assert_eq!(same.key, face.key, "one face for one name");
        assert!(
            system
                .covering('🦄', false)
                .is_none_or(|f| !f.family.contains("Emoji"))
        );
    }
}
