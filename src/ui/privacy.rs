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
        let heading = ui.heading("Privacy and backups");
        if std::mem::take(&mut self.reveal) {
            heading.scroll_to_me(Some(egui::Align::TOP));
        }
        if practice.is_demo() {
            ui.weak("The sample practice is not protected by a passphrase, and is removed when Groundwork closes.");
            return actions;
        }
        if practice.is_protected() {
            ui.weak(if self.remembered == Some(true) {
                "This practice is protected: every file is sealed, and Groundwork asks for the passphrase after it locks."
            } else {
                "This practice is protected: every file is sealed, and Groundwork asks for the passphrase when it opens and after it locks."
            });
            ui.add_space(4.0);
            egui::Grid::new("passphrase")
                .num_columns(2)
                .spacing([24.0, 8.0])
                .show(ui, |ui| {
                    secret(ui, "Current passphrase", &mut self.old);
                    secret(ui, "New passphrase", &mut self.new);
                    secret(ui, "New passphrase again", &mut self.again);
                });
            if ui.button("Change the passphrase").clicked() {
                actions.push(Action::ChangePassphrase {
                    old: self.old.clone(),
                    new: self.new.clone(),
                    again: self.again.clone(),
                });
            }
            ui.add_space(8.0);
            match self.remembered {
                Some(true) => {
                    ui.weak("This computer remembers the passphrase (in its keychain): Groundwork opens this practice here without asking. It still asks after it locks.");
                    if ui
                        .button("Forget the passphrase on this computer")
                        .clicked()
                    {
                        actions.push(Action::ForgetHere);
                    }
                }
                Some(false) => {
                    ui.weak("On a computer only you log in to, its keychain can remember the passphrase, so Groundwork opens without asking. A copy of the folder or a backup still needs it.");
                    if ui
                        .button("Remember the passphrase on this computer")
                        .clicked()
                    {
                        actions.push(Action::RememberHere);
                    }
                }
                None => {
                    ui.weak("This computer has no keychain Groundwork can use, so it asks for the passphrase each time it opens.");
                }
            }
        } else {
            ui.weak("Protect this practice with a passphrase: every file in its folder is sealed, so a lost laptop, a copied folder or a cloud folder shows nothing. Without the passphrase nobody can read it, not even you.");
            ui.add_space(4.0);
            egui::Grid::new("protect")
                .num_columns(2)
                .spacing([24.0, 8.0])
                .show(ui, |ui| {
                    secret(ui, "New passphrase", &mut self.new);
                    secret(ui, "New passphrase again", &mut self.again);
                });
            if ui.button("Protect this practice").clicked() {
                actions.push(Action::Protect {
                    new: self.new.clone(),
                    again: self.again.clone(),
                });
            }
        }
        ui.add_space(12.0);
        match practice.last_backup() {
            Some(at) => ui.weak(format!("Last backup: {}.", at.format("%-d %B %Y, %H:%M"))),
            None => ui.weak("No backup yet."),
        };
        let backup_path = self
            .backup_path
            .get_or_insert_with(|| practice.default_backup_path().display().to_string());
        egui::Grid::new("backup")
            .num_columns(2)
            .spacing([24.0, 8.0])
            .show(ui, |ui| {
                let l = ui.label("Back up to");
                ui.horizontal(|ui| {
                    ui.add(egui::TextEdit::singleline(backup_path).desired_width(420.0))
                        .labelled_by(l.id);
                    let choose = ui
                        .add_enabled(self.dialogs && !self.choosing, egui::Button::new("Choose…"))
                        .on_disabled_hover_text(
                            "This computer shows no file dialog: type the path.",
                        );
                    super::keys::name(ui.ctx(), &choose, "Choose where the backup goes", None);
                    if choose.clicked() {
                        actions.push(Action::ChooseBackupPlace {
                            start: std::path::PathBuf::from(backup_path.trim()),
                        });
                    }
                });
                ui.end_row();
                if !practice.is_protected() {
                    secret(ui, "Backup passphrase", &mut self.backup_passphrase);
                    secret(ui, "Backup passphrase again", &mut self.backup_again);
                }
            });
        if ui.button("Back up now").clicked() {
            actions.push(Action::BackUp {
                to: std::path::PathBuf::from(backup_path.trim()),
                passphrase: self.backup_passphrase.clone(),
                again: self.backup_again.clone(),
            });
        }
        // A new practice (a new computer) can start from a backup instead.
        if practice.couples().is_empty() {
            ui.add_space(12.0);
            ui.weak("Or start this practice from a backup made with Groundwork:");
            egui::Grid::new("restore")
                .num_columns(2)
                .spacing([24.0, 8.0])
                .show(ui, |ui| {
                    let l = ui.label("Backup file");
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut self.restore_from).desired_width(420.0),
                        )
                        .labelled_by(l.id);
                        let choose = ui
                            .add_enabled(
                                self.dialogs && !self.choosing,
                                egui::Button::new("Choose…"),
                            )
                            .on_disabled_hover_text(
                                "This computer shows no file dialog: type the path.",
                            );
                        super::keys::name(ui.ctx(), &choose, "Choose the backup file", None);
                        if choose.clicked() {
                            actions.push(Action::ChooseBackupFile);
                        }
                    });
                    ui.end_row();
                    secret(ui, "The backup's passphrase", &mut self.restore_passphrase);
                });
            if ui.button("Restore this backup").clicked() {
                actions.push(Action::Restore {
                    from: std::path::PathBuf::from(self.restore_from.trim()),
                    passphrase: self.restore_passphrase.clone(),
                });
            }
        }
        actions
    }
}
