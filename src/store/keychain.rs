//! "Remember on this computer": a protected practice's data key kept in the system's keychain
//! (the Secret Service on Linux, which GNOME Keyring and KWallet provide; the macOS Keychain;
//! Windows' Credential Manager), so the practice opens without its passphrase here.
//!
//! The key is filed under the practice folder's path on this computer only: a copied folder, a
//! backup file or a synced second computer still needs the passphrase. A key found that is not
//! the practice's (the folder was replaced by another practice) is forgotten, never used.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use keyring_core::{CredentialStore, Entry, Error};

use super::protect::{read_vault, write_vault};
use super::seal::{Key, VAULT_FILE};

/// The service name every entry is filed under.
const SERVICE: &str = "Groundwork";

/// The keychain, once connected (a failed connection is tried again next time: the keychain
/// may start after Groundwork).
static STORE: Mutex<Option<Arc<CredentialStore>>> = Mutex::new(None);

fn store() -> Result<Arc<CredentialStore>, String> {
    let mut store = STORE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(store) = &*store {
        return Ok(store.clone());
    }
    let connected =
        connect().map_err(|e| crate::t!("store-keychain-unreachable", error = brief(&e)))?;
    *store = Some(connected.clone());
    Ok(connected)
}

#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
fn connect() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn connect() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(windows)]
fn connect() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(not(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "macos",
    windows
)))]
fn connect() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(Error::NotSupportedByStore(crate::t!("store-keychain-none")))
}

/// An error in a few words, without the platform's nested detail.
fn brief(e: &Error) -> String {
    let text = e.to_string();
    let first = text.lines().next().unwrap_or("").trim();
    first.chars().take(160).collect()
}

/// The practice folder as the keychain knows it: its full path.
fn folder(root: &Path) -> PathBuf {
    root.canonicalize()
        .unwrap_or_else(|_| super::absolute(root))
}

fn entry(root: &Path) -> Result<Entry, String> {
    let store = store()?;
    let folder = folder(root);
    let user = folder.to_string_lossy();
    // The label is what the keychain's own window shows: no client's name, only the folder.
    let label = crate::t!("store-keychain-label", folder = user.as_ref());
    let modifiers: HashMap<&str, &str> = if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd"
    )) {
        HashMap::from([("label", label.as_str())])
    } else {
        HashMap::new()
    };
    Entry::new_in_store_with_modifiers(&store, SERVICE, &user, &modifiers)
        .map_err(|e| crate::t!("store-keychain-refused", error = brief(&e)))
}

/// Whether this computer has a keychain Groundwork can use.
pub fn available() -> bool {
    store().is_ok()
}

/// Keeps `key` (the practice's data key, unlocked) in the keychain for the practice in `root`.
pub fn remember(root: &Path, key: &Key) -> Result<(), String> {
    let vault = read_vault(root)?.ok_or_else(|| crate::t!("store-not-protected"))?;
    match vault.is_key(key) {
        Some(true) => {}
        Some(false) => return Err(crate::t!("store-keychain-wrong-key")),
        // A vault from before key checks: add one, so the key can be checked when it comes back.
        None => write_vault(&root.join(VAULT_FILE), &vault.with_check(key))
            .map_err(|e| e.to_string())?,
    }
    entry(root)?
        .set_secret(key.secret())
        .map_err(|e| crate::t!("store-keychain-not-kept", error = brief(&e)))
}

/// The practice's data key, if this computer remembers it. A remembered key that does not open
/// the practice is forgotten and None returned.
pub fn recall(root: &Path) -> Result<Option<Key>, String> {
    let Some(vault) = read_vault(root)? else {
        return Ok(None);
    };
    let entry = entry(root)?;
    let secret = match entry.get_secret() {
        Ok(secret) => zeroize::Zeroizing::new(secret),
        Err(Error::NoEntry) => return Ok(None),
        Err(e) => return Err(crate::t!("store-keychain-not-given", error = brief(&e))),
    };
    match Key::from_secret(&secret) {
        Some(key) if vault.is_key(&key) == Some(true) => Ok(Some(key)),
        _ => {
            let _ = entry.delete_credential();
            Ok(None)
        }
    }
}

/// Whether this computer remembers the practice in `root`'s key (false when there is no
/// keychain).
pub fn is_remembered(root: &Path) -> bool {
    entry(root).is_ok_and(|e| e.get_secret().is_ok())
}

/// Forgets the practice's key on this computer; forgetting a key not kept is no error.
pub fn forget(root: &Path) -> Result<(), String> {
    match entry(root)?.delete_credential() {
        Ok(()) | Err(Error::NoEntry) => Ok(()),
        Err(e) => Err(crate::t!("store-keychain-not-forgotten", error = brief(&e))),
    }
}
