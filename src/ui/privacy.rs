//! Settings' "Privacy and backups": protect the practice with a passphrase, change it, and back
//! the practice up. The fields keep what is typed until the app says it is done.

use super::action::Action;
use crate::practice::Practice;

#[derive(Default)]
pub struct PrivacyView {
    old: String,
    new: String,
    again: String,
    /// Where "Back up now" writes; None until the section is first shown.
    backup_path: Option<String>,
    backup_passphrase: String,
    backup_again: String,
    /// Scroll the section into view on the next frame.
    reveal: bool,
    restore_from: String,
    restore_passphrase: String,
    /// Whether this computer's keychain keeps the key (None: no keychain, or not protected);
    /// the app reads it when Settings open.
    pub remembered: Option<bool>,
    /// Whether this computer can show a file dialog (else the path is typed).
    pub dialogs: bool,
    /// A system dialog is open: its buttons wait.
    pub choosing: bool,
}

/// A passphrase field with its label, as the screen reader names it.
fn secret(ui: &mut egui::Ui, label: &str, value: &mut String) {
    let l = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(value)
            .password(true)
            .desired_width(260.0),
    )
    .labelled_by(l.id);
    ui.end_row();
}

impl PrivacyView {
    /// Brings the section into view the next time it is drawn.
    pub fn reveal(&mut self) {
        self.reveal = true;
    }

    /// A place chosen in the system's dialog for the backup.
    pub fn backup_to(&mut self, path: &std::path::Path) {
        self.backup_path = Some(path.display().to_string());
    }

    /// A backup file chosen in the system's dialog.
    pub fn restore_from(&mut self, path: &std::path::Path) {
        self.restore_from = path.display().to_string();
    }

    /// Clears what was typed (after it was used); a backup's place is offered afresh.
    pub fn clear(&mut self) {
        *self = PrivacyView {
            remembered: self.remembered,
            dialogs: self.dialogs,
            ..PrivacyView::default()
        };
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, practice: &Practice) -> Vec<Action> {
        let mut actions = Vec::new();
        let heading = ui.heading(crate::t!("screen-privacy-title"));
        if std::mem::take(&mut self.reveal) {
            heading.scroll_to_me(Some(egui::Align::TOP));
        }
        if practice.is_demo() {
            ui.weak(crate::t!("screen-privacy-sample"));
            return actions;
        }
        if practice.is_protected() {
            ui.weak(if self.remembered == Some(true) {
                crate::t!("screen-privacy-protected-remembered")
            } else {
                crate::t!("screen-privacy-protected")
            });
            ui.add_space(4.0);
            egui::Grid::new("passphrase")
                .num_columns(2)
                .spacing([24.0, 8.0])
                .show(ui, |ui| {
                    secret(ui, &crate::t!("screen-privacy-current"), &mut self.old);
                    secret(ui, &crate::t!("screen-privacy-new"), &mut self.new);
                    secret(ui, &crate::t!("screen-privacy-new-again"), &mut self.again);
                });
            if ui.button(crate::t!("screen-privacy-change")).clicked() {
                actions.push(Action::ChangePassphrase {
                    old: self.old.clone(),
                    new: self.new.clone(),
                    again: self.again.clone(),
                });
            }
            ui.add_space(8.0);
            match self.remembered {
                Some(true) => {
                    ui.weak(crate::t!("screen-privacy-remembered"));
                    if ui.button(crate::t!("screen-privacy-forget")).clicked() {
                        actions.push(Action::ForgetHere);
                    }
                }
                Some(false) => {
                    ui.weak(crate::t!("screen-privacy-can-remember"));
                    if ui.button(crate::t!("screen-privacy-remember")).clicked() {
                        actions.push(Action::RememberHere);
                    }
                }
                None => {
                    ui.weak(crate::t!("screen-privacy-no-keychain"));
                }
            }
        } else {
            ui.weak(crate::t!("screen-privacy-protect-note"));
            ui.add_space(4.0);
            egui::Grid::new("protect")
                .num_columns(2)
                .spacing([24.0, 8.0])
                .show(ui, |ui| {
                    secret(ui, &crate::t!("screen-privacy-new"), &mut self.new);
                    secret(ui, &crate::t!("screen-privacy-new-again"), &mut self.again);
                });
            if ui.button(crate::t!("screen-privacy-protect")).clicked() {
                actions.push(Action::Protect {
                    new: self.new.clone(),
                    again: self.again.clone(),
                });
            }
        }
        ui.add_space(12.0);
        match practice.last_backup() {
            Some(at) => ui.weak(crate::t!(
                "screen-privacy-last-backup",
                date = at
                    .format_localized(
                        &crate::t!("screen-date-time"),
                        crate::model::therapist_calendar()
                    )
                    .to_string()
            )),
            None => ui.weak(crate::t!("screen-privacy-no-backup")),
        };
        let backup_path = self
            .backup_path
            .get_or_insert_with(|| practice.default_backup_path().display().to_string());
        egui::Grid::new("backup")
            .num_columns(2)
            .spacing([24.0, 8.0])
            .show(ui, |ui| {
                let l = ui.label(crate::t!("screen-privacy-back-up-to"));
                ui.horizontal(|ui| {
                    ui.add(egui::TextEdit::singleline(backup_path).desired_width(420.0))
                        .labelled_by(l.id);
                    let choose = choose_button(
                        ui,
                        self.dialogs && !self.choosing,
                        &crate::t!("screen-privacy-choose-place"),
                    );
                    if choose.clicked() {
                        actions.push(Action::ChooseBackupPlace {
                            start: std::path::PathBuf::from(backup_path.trim()),
                        });
                    }
                });
                ui.end_row();
                if !practice.is_protected() {
                    secret(
                        ui,
                        &crate::t!("screen-privacy-backup-passphrase"),
                        &mut self.backup_passphrase,
                    );
                    secret(
                        ui,
                        &crate::t!("screen-privacy-backup-passphrase-again"),
                        &mut self.backup_again,
                    );
                }
            });
        if ui.button(crate::t!("screen-privacy-back-up-now")).clicked() {
            actions.push(Action::BackUp {
                to: std::path::PathBuf::from(backup_path.trim()),
                passphrase: self.backup_passphrase.clone(),
                again: self.backup_again.clone(),
            });
        }
        // A new practice (a new computer) can start from a backup instead.
        if practice.couples().is_empty() {
            ui.add_space(12.0);
            ui.weak(crate::t!("screen-privacy-start-from-backup"));
            egui::Grid::new("restore")
                .num_columns(2)
                .spacing([24.0, 8.0])
                .show(ui, |ui| {
                    let l = ui.label(crate::t!("screen-privacy-backup-file"));
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut self.restore_from).desired_width(420.0),
                        )
                        .labelled_by(l.id);
                        let choose = choose_button(
                            ui,
                            self.dialogs && !self.choosing,
                            &crate::t!("screen-privacy-choose-file"),
                        );
                        if choose.clicked() {
                            actions.push(Action::ChooseBackupFile);
                        }
                    });
                    ui.end_row();
                    secret(
                        ui,
                        &crate::t!("screen-privacy-restore-passphrase"),
                        &mut self.restore_passphrase,
                    );
                });
            if ui.button(crate::t!("screen-privacy-restore")).clicked() {
                actions.push(Action::Restore {
                    from: std::path::PathBuf::from(self.restore_from.trim()),
                    passphrase: self.restore_passphrase.clone(),
                });
            }
        }
        actions
    }
}

/// "Choose …": the system's file dialog, when there is one and none is open (`enabled`); a
/// screen reader hears what it chooses (`what`).
fn choose_button(ui: &mut egui::Ui, enabled: bool, what: &str) -> egui::Response {
    let choose = ui
        .add_enabled(
            enabled,
            egui::Button::new(crate::t!("screen-privacy-choose")),
        )
        .on_disabled_hover_text(crate::t!("screen-privacy-no-dialog"));
    super::keys::name(ui.ctx(), &choose, what, None);
    choose
}
