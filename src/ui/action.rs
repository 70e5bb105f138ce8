use std::path::PathBuf;

use crate::model::{CoupleId, Settings};
use crate::session::Command;

/// What a view asks the app to do. Views never change the practice themselves; the app applies
/// these in one place ([`super::GroundworkApp::apply`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    GoHome,
    /// Hide everything until the passphrase is typed again (a protected practice).
    Lock,
    /// Settings, scrolled to "Privacy and backups" (from the home screen's reminder).
    OpenPrivacy,
    /// Keep the practice's key in this computer's keychain / forget it there.
    RememberHere,
    ForgetHere,
    /// Protect the practice with a passphrase (typed twice).
    Protect {
        new: String,
        again: String,
    },
    ChangePassphrase {
        old: String,
        new: String,
        again: String,
    },
    /// Bring a backup into this (empty) practice.
    Restore {
        from: std::path::PathBuf,
        passphrase: String,
    },
    /// Write the whole practice to `to` as one sealed backup.
    BackUp {
        to: std::path::PathBuf,
        passphrase: String,
        again: String,
    },
    /// Choose with the system's dialog where a backup goes (from `start`, a path as typed).
    ChooseBackupPlace {
        start: std::path::PathBuf,
    },
    /// Choose with the system's dialog the backup to restore.
    ChooseBackupFile,
    /// The language of what the couple reads: their display and homework sheet.
    SetCoupleLanguage {
        couple: CoupleId,
        lang: crate::model::Lang,
    },
    OpenCouple(CoupleId),
    CreateCouple {
        a: String,
        b: String,
    },
    OpenDemo,
    StartSession {
        couple: CoupleId,
        template: String,
        /// The partner of an individual session.
        alone: Option<crate::model::Side>,
    },
    OpenSession(PathBuf),
    /// Open a session that another computer has open, when that computer is gone.
    TakeOverSession(PathBuf),
    /// Of two versions of `couple.ron` or `settings.ron` a sync engine kept, keep the copy
    /// (`keep_copy`) or the one in use; the other is moved into the conflicts folder.
    KeepVersion {
        copy: PathBuf,
        keep_copy: bool,
    },
    /// A command for the session being run.
    Session(Command),
    /// Leave the console for the couple's page (the session stays on disk as it is).
    LeaveSession,
    /// Print a session's notes or homework sheet into the couple's exports folder.
    Export {
        kind: crate::pdf::DocumentKind,
        session: PathBuf,
    },
    /// Write the PDF to the place chosen in the save dialog.
    SaveExport {
        kind: crate::pdf::DocumentKind,
        session: PathBuf,
        path: PathBuf,
        replace: bool,
    },
    /// Open a file (an exported PDF) in the system's viewer.
    OpenFile(PathBuf),
    OpenSettings,
    /// Open the couple display, or close it if it is open. The session is not touched.
    ToggleDisplay,
    /// The couple display full screen, or back to a window.
    DisplayFullscreen,
    SaveSettings(Settings),
    /// Keep a couple's identifiers and usual service, for the notes.
    SaveClinical {
        couple: CoupleId,
        clinical: crate::model::Clinical,
    },
    /// Turn the couple display to one partner for the CSI-4 (None: back to the session).
    AskOnDisplay(Option<crate::model::Side>),
    /// Print the couple's progress report into their exports folder.
    ExportProgress(CoupleId),
    /// Keep a partner's screening (the therapist's alone).
    SaveScreening {
        couple: CoupleId,
        screening: crate::model::Screening,
    },
    /// Keep the confidentiality policy agreed at intake.
    SaveConfidentiality {
        couple: CoupleId,
        confidentiality: crate::model::Confidentiality,
    },
}
