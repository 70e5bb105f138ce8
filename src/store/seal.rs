//! Sealing: what keeps a protected practice private at rest.
//!
//! A protected practice has a random 256-bit data key. Every file Groundwork writes in it is
//! sealed with that key (XChaCha20-Poly1305: encrypted, and any changed byte is detected), and
//! every line of a session journal is sealed on its own, so the journal stays append-only and a
//! torn last line is still found and cut. The data key itself is kept in `vault.ron`, sealed
//! with a key derived from the therapist's passphrase (argon2id): changing the passphrase
//! re-seals that one key, not every file. `vault.ron` is the only file left in the clear, and it
//! holds nothing but the format version, the key derivation's parameters and the sealed key.
//!
//! The unlocked data key is kept in memory for the practice's folder ([`unlock`]), and the
//! store's reading and writing seal and open through it ([`key_for`]).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD as B64;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The file of a protected practice that stays in the clear.
pub const VAULT_FILE: &str = "vault.ron";

/// What a sealed file begins with: the rest is a nonce and the sealed bytes.
pub const MAGIC: &[u8] = b"GWSEALED1\n";

/// What a sealed journal line begins with: the rest is base64 of a nonce and the sealed line.
pub const LINE_MARK: char = '~';

const NONCE: usize = 24;

/// What each sealed thing is for, bound into its seal: a journal line cannot pass for a file.
const FILE: &[u8] = b"groundwork file 1";
const LINE: &[u8] = b"groundwork journal line 1";
const WRAP: &[u8] = b"groundwork data key 1";
const CHECK: &[u8] = b"groundwork key check 1";

/// How the passphrase becomes a key: argon2id with these costs, recorded in the vault so that
/// stronger settings later still open older practices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kdf {
    pub algorithm: String,
    /// Memory in KiB (65,536 is 64 MiB).
    pub memory_kib: u32,
    pub iterations: u32,
    pub lanes: u32,
    /// Random, base64.
    pub salt: String,
}

impl Kdf {
    /// The settings for a new practice: 64 MiB, 3 passes, 1 lane (about half a second here).
    fn new() -> Kdf {
        let salt: [u8; 16] = rand_bytes();
        Kdf {
            algorithm: "argon2id".to_owned(),
            memory_kib: 64 * 1024,
            iterations: 3,
            lanes: 1,
            salt: B64.encode(salt),
        }
    }

    fn derive(&self, passphrase: &str) -> Result<Zeroizing<[u8; 32]>, String> {
        let unusable = || crate::t!("store-vault-damaged");
        if self.algorithm != "argon2id" {
            return Err(crate::t!(
                "store-vault-algorithm",
                algorithm = &self.algorithm
            ));
        }
        let salt = B64.decode(&self.salt).map_err(|_| unusable())?;
        let params = argon2::Params::new(self.memory_kib, self.iterations, self.lanes, Some(32))
            .map_err(|_| unusable())?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut key = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passphrase.as_bytes(), &salt, key.as_mut())
            .map_err(|_| unusable())?;
        Ok(key)
    }
}

/// The vault of a protected practice: `vault.ron`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vault {
    /// The format of the practice's sealed files.
    pub format: u32,
    pub kdf: Kdf,
    /// The data key, sealed with the passphrase's key (base64).
    pub sealed_key: String,
    /// Nothing, sealed with the data key (base64): tells a data key from a keychain apart from
    /// another practice's without the passphrase. (Vaults written before it have none.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_check: Option<String>,
}

/// Why a passphrase did not open a vault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The passphrase is not this practice's.
    WrongPassphrase,
    /// The vault itself cannot be used; the sentence says why.
    Damaged(String),
}

impl Refused {
    pub fn sentence(&self) -> String {
        match self {
            Refused::WrongPassphrase => crate::t!("store-wrong-passphrase"),
            Refused::Damaged(why) => crate::t!("store-cannot-open", why = why),
        }
    }
}

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// The longest passphrase accepted.
const MAX_PASSPHRASE_CHARS: usize = 1024;

/// Why a new passphrase is refused, in a sentence; None when it will do.
pub fn passphrase_problem(passphrase: &str) -> Option<String> {
    let n = passphrase.chars().count();
    if n < MIN_PASSPHRASE_CHARS {
        return Some(crate::t!(
            "store-passphrase-short",
            count = MIN_PASSPHRASE_CHARS
        ));
    }
    if n > MAX_PASSPHRASE_CHARS {
        return Some(crate::t!(
            "store-passphrase-long",
            count = crate::model::thousands(MAX_PASSPHRASE_CHARS)
        ));
    }
    None
}

impl Vault {
    /// A new vault for `passphrase`, and its data key.
    pub fn create(passphrase: &str) -> Result<(Vault, Key), String> {
        let key = Key::random();
        let vault = Vault::wrap(&key, passphrase, Kdf::new())?;
        Ok((vault, key))
    }

    fn wrap(key: &Key, passphrase: &str, kdf: Kdf) -> Result<Vault, String> {
        let kek = Key::from_bytes(kdf.derive(passphrase)?);
        let sealed = kek.seal_for(key.bytes.as_ref(), WRAP);
        Ok(Vault {
            format: 1,
            kdf,
            sealed_key: B64.encode(sealed),
            key_check: Some(B64.encode(key.seal_for(&[], CHECK))),
        })
    }

    /// Whether `key` is this practice's data key: None when the vault has no check yet.
    pub fn is_key(&self, key: &Key) -> Option<bool> {
        let check = B64.decode(self.key_check.as_ref()?).ok()?;
        Some(key.open_for(&check, CHECK).is_ok())
    }

    /// The vault with a key check for `key` (which must be its data key).
    pub fn with_check(&self, key: &Key) -> Vault {
        Vault {
            key_check: Some(B64.encode(key.seal_for(&[], CHECK))),
            ..self.clone()
        }
    }

    /// The data key, if `passphrase` is the practice's.
    pub fn unlock(&self, passphrase: &str) -> Result<Key, Refused> {
        if self.format != 1 {
            return Err(Refused::Damaged(crate::t!(
                "store-vault-format",
                format = self.format
            )));
        }
        let kek = Key::from_bytes(self.kdf.derive(passphrase).map_err(Refused::Damaged)?);
        let sealed = B64
            .decode(&self.sealed_key)
            .map_err(|_| Refused::Damaged(crate::t!("store-vault-file-damaged")))?;
        let bytes = kek
            .open_for(&sealed, WRAP)
            .map_err(|_| Refused::WrongPassphrase)?;
        let bytes: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| Refused::Damaged(crate::t!("store-vault-file-damaged")))?;
        Ok(Key::from_bytes(Zeroizing::new(bytes)))
    }

    /// The same data key under a new passphrase (new salt too): no other file changes.
    pub fn rewrap(&self, old: &str, new: &str) -> Result<Vault, Refused> {
        let key = self.unlock(old)?;
        Vault::wrap(
            &key,
            new,
            Kdf {
                salt: Kdf::new().salt,
                ..self.kdf.clone()
            },
        )
        .map_err(Refused::Damaged)
    }
}

/// A 256-bit key, wiped from memory when dropped.
pub struct Key {
    bytes: Zeroizing<[u8; 32]>,
    cipher: XChaCha20Poly1305,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// A sealed thing that does not open: changed, cut, or sealed with another key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tampered;

fn rand_bytes<const N: usize>() -> [u8; N] {
    use chacha20poly1305::aead::rand_core::RngCore;
    let mut out = [0u8; N];
    OsRng.fill_bytes(&mut out);
    out
}

impl Key {
    fn random() -> Key {
        Key::from_bytes(Zeroizing::new(rand_bytes()))
    }

    /// The key's bytes, for the system's keychain only.
    pub fn secret(&self) -> &[u8] {
        self.bytes.as_ref()
    }

    /// A key given back by the system's keychain; None unless it is 32 bytes.
    pub fn from_secret(secret: &[u8]) -> Option<Key> {
        let bytes: [u8; 32] = secret.try_into().ok()?;
        Some(Key::from_bytes(Zeroizing::new(bytes)))
    }

    fn from_bytes(bytes: Zeroizing<[u8; 32]>) -> Key {
        let cipher = XChaCha20Poly1305::new(bytes.as_ref().into());
        Key { bytes, cipher }
    }

    fn seal_for(&self, plain: &[u8], purpose: &[u8]) -> Vec<u8> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plain,
                    aad: purpose,
                },
            )
            // Sealing in memory fails only for a message of some 256 GB.
            .unwrap_or_default();
        let mut out = Vec::with_capacity(NONCE + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    fn open_for(&self, sealed: &[u8], purpose: &[u8]) -> Result<Vec<u8>, Tampered> {
        if sealed.len() < NONCE + 16 {
            return Err(Tampered);
        }
        let (nonce, body) = sealed.split_at(NONCE);
        self.cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: purpose,
                },
            )
            .map_err(|_| Tampered)
    }

    /// A whole file's bytes, sealed: [`MAGIC`], a nonce, the sealed bytes.
    pub fn seal_file(&self, plain: &[u8]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend(self.seal_for(plain, FILE));
        out
    }

    /// A sealed file's bytes as they were written.
    pub fn open_file(&self, sealed: &[u8]) -> Result<Vec<u8>, Tampered> {
        let body = sealed.strip_prefix(MAGIC).ok_or(Tampered)?;
        self.open_for(body, FILE)
    }

    /// One journal line (without its line end), sealed into a line of text.
    pub fn seal_line(&self, line: &str) -> String {
        self.seal_line_bytes(line.as_bytes())
    }

    /// [`Key::seal_line`] for a line that may not be text (a damaged one is sealed as it is).
    pub fn seal_line_bytes(&self, line: &[u8]) -> String {
        let mut out = String::from(LINE_MARK);
        B64.encode_string(self.seal_for(line, LINE), &mut out);
        out
    }

    /// A sealed journal line as it was written.
    pub fn open_line(&self, line: &[u8]) -> Result<Vec<u8>, Tampered> {
        let text = line
            .strip_prefix(LINE_MARK.to_string().as_bytes())
            .ok_or(Tampered)?;
        let sealed = B64.decode(text.trim_ascii_end()).map_err(|_| Tampered)?;
        self.open_for(&sealed, LINE)
    }
}

/// Whether `bytes` are a sealed file.
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Whether a journal line is sealed.
pub fn is_sealed_line(line: &[u8]) -> bool {
    line.first() == Some(&(LINE_MARK as u8))
}

/// The unlocked practices of this process: each folder with its data key.
static UNLOCKED: Mutex<Vec<(PathBuf, Arc<Key>)>> = Mutex::new(Vec::new());

/// Keeps `key` for the practice in `root`: from now on its files are sealed and opened with it.
pub fn unlock(root: &Path, key: Key) {
    let key = Arc::new(key);
    let mut unlocked = UNLOCKED.lock().unwrap_or_else(|e| e.into_inner());
    for root in roots(root) {
        unlocked.retain(|(r, _)| *r != root);
        unlocked.push((root, key.clone()));
    }
}

/// Forgets the key of the practice in `root` (it is wiped once nothing uses it).
pub fn lock(root: &Path) {
    let roots = roots(root);
    UNLOCKED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|(r, _)| !roots.contains(r));
}

/// The folder as given and as the file system names it, so either finds the key.
fn roots(root: &Path) -> Vec<PathBuf> {
    let mut out = vec![root.to_owned()];
    if let Ok(real) = root.canonicalize()
        && real != root
    {
        out.push(real);
    }
    out
}

/// The key of the unlocked practice `path` belongs to, if any.
pub fn key_for(path: &Path) -> Option<Arc<Key>> {
    let unlocked = UNLOCKED.lock().unwrap_or_else(|e| e.into_inner());
    unlocked
        .iter()
        .filter(|(root, _)| path.starts_with(root))
        .max_by_key(|(root, _)| root.as_os_str().len())
        .map(|(_, key)| key.clone())
}

/// Whether the practice in `root` is protected (it has a vault).
pub fn is_protected(root: &Path) -> bool {
    root.join(VAULT_FILE).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_file_opens_with_its_key_and_any_changed_byte_is_found() {
        let key = Key::random();
        let plain = "(partner_a:\"Sophie\",partner_b:\"Emma\")".as_bytes();
        let sealed = key.seal_file(plain);
        assert!(is_sealed(&sealed));
        assert!(
            !sealed.windows(6).any(|w| w == b"Sophie"),
            "no name in the clear"
        );
        assert_eq!(key.open_file(&sealed).unwrap(), plain);
        for i in MAGIC.len()..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert_eq!(key.open_file(&bad), Err(Tampered), "byte {i}");
        }
        assert_eq!(key.open_file(&sealed[..sealed.len() - 1]), Err(Tampered));
        assert_eq!(
            Key::random().open_file(&sealed),
            Err(Tampered),
            "another key"
        );
        // The same text sealed twice looks different: nothing repeats on disk.
        assert_ne!(key.seal_file(plain), sealed);
    }

    #[test]
    fn a_sealed_journal_line_is_one_line_and_cannot_pass_for_a_file() {
        let key = Key::random();
        let line = "(wall:\"2026-11-22T20:03:01+01:00\",at:0,event:QuickNote(text:\"Emma\"))";
        let sealed = key.seal_line(line);
        assert!(!sealed.contains('\n') && is_sealed_line(sealed.as_bytes()));
        assert_eq!(key.open_line(sealed.as_bytes()).unwrap(), line.as_bytes());
        let mut bad = sealed.clone().into_bytes();
        bad[10] = if bad[10] == b'A' { b'B' } else { b'A' };
        assert_eq!(key.open_line(&bad), Err(Tampered));
        // A file's seal is not a line's.
        let as_file = key.seal_file(line.as_bytes());
        let mut as_line = String::from(LINE_MARK);
        B64.encode_string(&as_file[MAGIC.len()..], &mut as_line);
        assert_eq!(key.open_line(as_line.as_bytes()), Err(Tampered));
    }

    #[test]
    fn the_passphrase_opens_the_vault_another_does_not_and_a_new_one_keeps_the_key() {
        let (vault, key) = Vault::create("correct horse battery").unwrap();
        assert!(vault.kdf.memory_kib >= 64 * 1024, "at least 64 MiB");
        let sealed = key.seal_file(b"notes");
        let opened = vault.unlock("correct horse battery").unwrap();
        assert_eq!(opened.open_file(&sealed).unwrap(), b"notes");
        assert_eq!(
            vault.unlock("correct horse batterY").unwrap_err(),
            Refused::WrongPassphrase
        );
        let changed = vault
            .rewrap("correct horse battery", "a new passphrase")
            .unwrap();
        assert_ne!(changed.kdf.salt, vault.kdf.salt);
        assert_eq!(
            changed.unlock("correct horse battery").unwrap_err(),
            Refused::WrongPassphrase
        );
        let again = changed.unlock("a new passphrase").unwrap();
        assert_eq!(
            again.open_file(&sealed).unwrap(),
            b"notes",
            "files need no rewrite"
        );
        assert_eq!(
            vault.rewrap("wrong", "x").unwrap_err(),
            Refused::WrongPassphrase
        );
        // The data key is told apart from any other without the passphrase, before and after.
        assert_eq!(vault.is_key(&key), Some(true));
        assert_eq!(changed.is_key(&key), Some(true));
        assert_eq!(vault.is_key(&Key::random()), Some(false));
        let back = Key::from_secret(key.secret()).unwrap();
        assert_eq!(back.open_file(&sealed).unwrap(), b"notes");
        assert!(Key::from_secret(&[0; 31]).is_none());
    }

    #[test]
    fn the_key_is_found_for_any_file_of_its_practice_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("practice");
        std::fs::create_dir_all(&root).unwrap();
        unlock(&root, Key::random());
        assert!(key_for(&root.join("couples/c-1/couple.ron")).is_some());
        assert!(key_for(&dir.path().join("other/couple.ron")).is_none());
        lock(&root);
        assert!(key_for(&root.join("couples/c-1/couple.ron")).is_none());
    }

    #[test]
    fn short_passphrases_are_refused_in_a_sentence() {
        assert!(
            passphrase_problem("hunter2")
                .unwrap()
                .contains("at least 8")
        );
        assert_eq!(passphrase_problem("a few calm words"), None);
    }
}
