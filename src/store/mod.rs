//! The data folder: RON files written atomically, one append-only journal per session, recovery
//! from torn writes, schema versions. No egui.

pub mod backup;
mod conflicts;
mod couples;
mod device;
mod disk;
mod error;
mod fs;
mod index;
mod journal;
pub mod keychain;
mod live;
mod lock;
pub(crate) mod parallel;
mod problem;
pub mod protect;
pub mod seal;

pub use conflicts::{
    CONFLICTS, Merged, Resolution, SyncEngine, TwoVersions, Version, VersionsOf, conflict_of,
    is_copy_of,
};
pub use couples::{
    CoupleSummary, Listing, SessionFile, Store, is_valid_couple_id, records_read_on_this_thread,
};
pub use device::{Device, OpenMarker, is_valid_device_tag};
pub use disk::{Disk, RealDisk};
pub use error::{Action, StoreError};
pub use fs::{MAX_RON_BYTES, file_name, read_ron, write_atomic_with, write_ron};
pub(crate) use fs::{absolute, check_in_folder, create_atomic_with};
pub use index::{INDEX_PREFIX, Index, KnownFolders, ListedCouple, Stamps, is_index};
pub use journal::{
    Journal, JournalHeader, JournalRead, MAX_JOURNAL_BYTES, Reopened, TornTail,
    journals_read_on_this_thread, parse_journal, read_journal, reopen_journal,
};
pub(crate) use live::Folded;
pub use live::{ExecuteError, LiveSession};
pub use lock::{Holder, LOCK_FILE, PracticeLock, keep_out_of_sync};
pub use problem::Problem;
pub mod templates;
pub mod window;
