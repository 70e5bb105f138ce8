//! Home: the couples, searchable, with the last session and open agreements; add a couple.

use egui::{Align, Layout, RichText};

use super::action::Action;
use super::keys;
use super::style::{self, short_name};
use crate::model::CoupleId;
use crate::practice::Practice;
use crate::store::{TwoVersions, VersionsOf};
use crate::t;

#[derive(Default)]
pub struct HomeView {
    search: String,
    name_a: String,
    name_b: String,
    pub form_error: Option<String>,
    /// Ctrl+F was pressed: the search field takes the keyboard.
    focus_search: bool,
    /// Sessions left running (the app closed or crashed during them), found when the list
    /// loads: the couple, the journal, the couple's name, and the computer that has it open if
    /// it is not this one ("OFFICE-PC since 14:02").
    unfinished: Vec<Unfinished>,
    /// Files a sync engine kept two versions of, read when the list loads.
    versions: Vec<TwoVersions>,
    /// The first run's questions (practice, therapist, credentials, paper), until answered or
    /// put off.
    setup: Option<crate::model::Settings>,
    setup_later: bool,
    /// The couples the search finds, as indices into [`Practice::couples`].
    found: Option<Found>,
}

/// What a search found, and for which search and version of the list.
struct Found {
    search: String,
    version: u64,
    indices: Vec<usize>,
}

struct Unfinished {
    id: CoupleId,
    path: std::path::PathBuf,
    name: String,
    open_on: Option<String>,
}

impl HomeView {
    /// Re-reads what the screen needs that is not in the practice listing.
    pub fn refresh(&mut self, practice: &Practice) {
        self.unfinished = practice
            .recent_unfinished_sessions()
            .into_iter()
            .map(|(id, file)| Unfinished {
                name: practice
                    .listed(&id)
                    .map(|c| c.display_name())
                    .unwrap_or_default(),
                open_on: practice.open_elsewhere(&file.path),
                id,
                path: file.path,
            })
            .collect();
        self.versions = practice.two_versions();
    }

    pub fn clear_form(&mut self) {
        self.name_a.clear();
        self.name_b.clear();
        self.form_error = None;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, practice: &Practice) -> Vec<Action> {
        let mut actions = Vec::new();
        for key in keys::resolve(ui.ctx(), keys::Place::Home) {
            if key == keys::KeyAction::SearchCouples {
                self.focus_search = true;
            }
        }
        egui::Panel::top("home-top").show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ui.heading("Groundwork");
                let practice_name = &practice.settings().practice_name;
                if practice.is_demo() {
                    ui.weak(t!("app-home-sample"));
                } else if !practice_name.is_empty() {
                    ui.weak(practice_name);
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui.button(t!("app-settings")).clicked() {
                        actions.push(Action::OpenSettings);
                    }
                    if practice.is_protected() && {
                        let name = t!("app-lock");
                        let lock = ui
                            .button(format!("{name}  [Ctrl+L]"))
                            .on_hover_text(t!("app-lock-hover"));
                        super::keys::name(ui.ctx(), &lock, &name, Some("Ctrl+L"));
                        lock.clicked()
                    } {
                        actions.push(Action::Lock);
                    }
                });
            });
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            // The bar is always there, and solid: its coming and going as a search shortens the
            // page, or its fading in as the pointer comes over the list, would be an animation
            // at each letter typed and each return to the list.
            let bar = egui::scroll_area::ScrollBarVisibility::AlwaysVisible;
            ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
            // Its own id: the couple page's list has its bar's state under the default one.
            egui::ScrollArea::vertical()
                .id_salt("home")
                .scroll_bar_visibility(bar)
                .show(ui, |ui| {
                    // Wider on a wide screen, but never a line too long to read.
                    ui.set_max_width(ui.available_width().min(1280.0));
                    // Quiet reminders: a backup that is due, and, for a new practice, protection.
                    let protect = !practice.is_demo()
                        && !practice.is_protected()
                        && practice.couples().is_empty();
                    let reminder = practice
                        .backup_due()
                        .or_else(|| protect.then(|| t!("app-home-protect-reminder")));
                    if let Some(reminder) = reminder {
                        ui.horizontal_wrapped(|ui| {
                            ui.weak(reminder);
                            let label = if protect && practice.backup_due().is_none() {
                                t!("app-home-protect-now")
                            } else {
                                t!("app-home-back-up-now")
                            };
                            if ui.small_button(label).clicked() {
                                actions.push(Action::OpenPrivacy);
                            }
                        });
                        ui.add_space(6.0);
                    }
                    for u in &self.unfinished {
                        egui::Frame::group(ui.style())
                            .fill(style::ACCENT.gamma_multiply(0.12))
                            .show(ui, |ui| {
                                // Wrapped: a long name must not push the button off the window.
                                ui.horizontal_wrapped(|ui| {
                                    let name = &u.name;
                                    // The truth about why it is open: on another computer, left a
                                    // moment ago in this window, or Groundwork stopped during it.
                                    let here = practice
                                        .left_open()
                                        .filter(|(_, p)| *p == u.path.as_path());
                                    if let Some(on) = &u.open_on {
                                        ui.label(
                                            RichText::new(t!(
                                                "app-home-open-elsewhere",
                                                name = name,
                                                computer = on
                                            ))
                                            .strong(),
                                        );
                                        ui.weak(t!("app-home-read-only"));
                                        if ui
                                            .button(t!(
                                                "app-home-open-page",
                                                name = short_name(name).into_owned()
                                            ))
                                            .clicked()
                                        {
                                            actions.push(Action::OpenCouple(u.id.clone()));
                                        }
                                        return;
                                    }
                                    match here {
                                        Some((number, _)) => {
                                            ui.label(
                                                RichText::new(t!(
                                                    "app-home-left-open",
                                                    name = name,
                                                    number = number
                                                ))
                                                .strong(),
                                            );
                                            ui.weak(t!("app-home-left-open-note"));
                                        }
                                        None => {
                                            ui.label(
                                                RichText::new(t!(
                                                    "app-home-still-open",
                                                    name = name
                                                ))
                                                .strong(),
                                            );
                                            ui.weak(t!("app-home-still-open-note"));
                                        }
                                    }
                                    let resume =
                                        t!("app-home-resume", name = short_name(name).into_owned());
                                    if ui.button(resume).clicked() {
                                        actions.push(Action::OpenSession(u.path.clone()));
                                    }
                                });
                            });
                        ui.add_space(6.0);
                    }
                    for versions in &self.versions {
                        two_versions(ui, versions, &mut actions);
                        ui.add_space(6.0);
                    }

                    if practice.couples().is_empty() {
                        self.welcome(ui, practice, &mut actions);
                        ui.add_space(16.0);
                        self.new_couple(ui, &mut actions);
                    } else {
                        // Above the list: with hundreds of couples, below it would be
                        // hundreds of rows away.
                        self.new_couple(ui, &mut actions);
                        ui.add_space(16.0);
                        self.list(ui, practice, &mut actions);
                    }
                    let shown: Vec<&std::path::Path> =
                        self.versions.iter().map(|v| v.copy.as_path()).collect();
                    problems(ui, practice, &shown);
                });
        });
        actions
    }

    fn welcome(&mut self, ui: &mut egui::Ui, practice: &Practice, actions: &mut Vec<Action>) {
        ui.add_space(24.0);
        ui.label(RichText::new(t!("app-home-welcome")).size(28.0));
        ui.add_space(6.0);
        let settings = practice.settings();
        let unnamed = settings.practice_name.is_empty() && settings.therapist_name.is_empty();
        if unnamed && !practice.is_demo() && !self.setup_later {
            self.first_run(ui, practice, actions);
        } else {
            ui.label(t!("app-home-begin"));
        }
        if !practice.is_demo() {
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.label(t!("app-home-new-here"));
                if ui.button(t!("app-home-open-sample")).clicked() {
                    actions.push(Action::OpenDemo);
                }
            });
            ui.weak(t!("app-home-sample-note"));
        }
    }

    /// The first run: who the practice is, as the notes and the homework sheet will say.
    fn first_run(&mut self, ui: &mut egui::Ui, practice: &Practice, actions: &mut Vec<Action>) {
        let draft = self.setup.get_or_insert_with(|| {
            let mut s = practice.settings().clone();
            s.paper = crate::desktop::local_paper();
            s
        });
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_max_width(640.0);
            ui.strong(t!("app-setup-title"));
            ui.weak(t!("app-setup-note"));
            ui.add_space(6.0);
            egui::Grid::new("first-run")
                .num_columns(2)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    for (label, value, hint) in [
                        (
                            t!("app-setup-practice"),
                            &mut draft.practice_name,
                            t!("app-setup-practice-hint"),
                        ),
                        (
                            t!("app-setup-name"),
                            &mut draft.therapist_name,
                            t!("app-setup-name-hint"),
                        ),
                        (
                            t!("app-setup-credentials"),
                            &mut draft.credentials,
                            t!("app-setup-credentials-hint"),
                        ),
                    ] {
                        let l = ui.label(label);
                        ui.add(
                            egui::TextEdit::singleline(value)
                                .hint_text(hint)
                                .desired_width(320.0),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                    }
                    ui.label(t!("app-setup-paper"));
                    ui.horizontal(|ui| {
                        for p in [crate::model::Paper::A4, crate::model::Paper::Letter] {
                            ui.selectable_value(&mut draft.paper, p, p.label());
                        }
                    });
                    ui.end_row();
                });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(t!("app-setup-save")).clicked() {
                    // Only what this form asks: anything saved in Settings meanwhile stays.
                    let mut settings = practice.settings().clone();
                    settings.practice_name = draft.practice_name.clone();
                    settings.therapist_name = draft.therapist_name.clone();
                    settings.credentials = draft.credentials.clone();
                    settings.paper = draft.paper;
                    actions.push(Action::SaveSettings(settings));
                }
                if ui.button(t!("app-setup-later")).clicked() {
                    self.setup_later = true;
                }
            });
        });
    }

    fn list(&mut self, ui: &mut egui::Ui, practice: &Practice, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            let label = ui.label(t!("app-home-search"));
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.search)
                        .hint_text(format!(
                            "{}  ({})",
                            t!("app-home-search-hint"),
                            crate::ui::keys::hint(crate::ui::keys::KeyAction::SearchCouples)
                        ))
                        .desired_width(280.0),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_search) {
                response.request_focus();
            }
        });
        ui.add_space(8.0);
        // The couples found, worked out again only when the search or the list changes: a
        // frame costs the same with ten couples or thousands.
        let version = practice.listing_version();
        if self
            .found
            .as_ref()
            .is_none_or(|f| f.search != self.search || f.version != version)
        {
            self.found = Some(Found {
                indices: practice.matching(&self.search),
                search: self.search.clone(),
                version,
            });
        }
        let found = self.found.as_ref().map_or(&[][..], |f| &f.indices[..]);
        if found.is_empty() {
            ui.weak(t!("app-home-no-match", search = self.search.trim()));
            return;
        }
        use super::table::{column, long_table};
        let columns = [
            column(t!("app-home-column-couple"), 320.0),
            column(t!("app-home-column-last"), 160.0),
            column(t!("app-home-column-agreements"), 140.0),
        ];
        let link_font = egui::FontId::proportional(16.0);
        let row_height = ui
            .fonts_mut(|f| f.row_height(&link_font))
            .max(ui.text_style_height(&egui::TextStyle::Body));
        let couples = practice.couples();
        long_table(
            ui,
            &t!("app-home-couples"),
            &columns,
            found.len(),
            row_height,
            |ui, i, row| {
                let Some(couple) = couples.get(found[i]) else {
                    return;
                };
                row.cell(ui, |ui| {
                    let name = couple.display_name();
                    let text = RichText::new(&name).size(16.0);
                    // A name too long for its column is cut; the whole of it on hover.
                    let cut = egui::WidgetText::from(text.clone())
                        .into_galley(
                            ui,
                            Some(egui::TextWrapMode::Truncate),
                            ui.available_width(),
                            egui::TextStyle::Body,
                        )
                        .elided;
                    let mut link = ui.link(text);
                    if cut {
                        link = link.on_hover_text(&name);
                    }
                    if link.clicked() {
                        actions.push(Action::OpenCouple(couple.id.clone()));
                    }
                });
                row.cell(ui, |ui| match couple.last_session() {
                    Some(s) => ui.label(super::date::day(s.date, &t!("app-date-session"))),
                    None => ui.weak(t!("app-home-no-sessions")),
                });
                row.cell(ui, |ui| ui.label(couple.open_agreements.to_string()));
            },
        );
    }

    fn new_couple(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.strong(t!("app-add-title"));
            ui.horizontal(|ui| {
                let a = ui.label(t!("app-add-first"));
                let ra = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.name_a)
                            .hint_text(t!("app-add-name-hint"))
                            .desired_width(180.0),
                    )
                    .labelled_by(a.id);
                let b = ui.label(t!("app-add-second"));
                let rb = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.name_b)
                            .hint_text(t!("app-add-name-hint"))
                            .desired_width(180.0),
                    )
                    .labelled_by(b.id);
                let enter = (ra.lost_focus() || rb.lost_focus())
                    && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button(t!("app-add-button")).clicked() || enter {
                    actions.push(Action::CreateCouple {
                        a: self.name_a.clone(),
                        b: self.name_b.clone(),
                    });
                }
            });
            if let Some(err) = &self.form_error {
                ui.colored_label(style::OVERTIME, err);
            }
        });
    }
}

/// Two versions of a couple's record or of the settings, side by side: what differs stands
/// out, and either can be kept with one click. Nothing is deleted.
fn two_versions(ui: &mut egui::Ui, v: &TwoVersions, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style())
        .fill(style::WARN.gamma_multiply(0.10))
        .show(ui, |ui| {
            ui.label(RichText::new(t!("app-versions-title", what = &v.what)).strong());
            let mut why = t!("app-versions-why", engine = v.engine.name());
            if v.of == VersionsOf::Record {
                why.push(' ');
                why.push_str(&t!("app-versions-sessions"));
            }
            ui.label(why);
            ui.add_space(6.0);
            // Only what differs is set side by side; the rest is named once, below.
            let fields = |i: usize| v.versions[i].fields.as_ref().ok();
            let differs = |label: &str, value: &str, other: usize| {
                fields(other).is_none_or(|f| !f.iter().any(|(l, x)| *l == label && x == value))
            };
            ui.columns(2, |cols| {
                for (i, (title, button)) in [
                    (t!("app-versions-in-use"), t!("app-versions-keep-in-use")),
                    (t!("app-versions-other"), t!("app-versions-keep-other")),
                ]
                .into_iter()
                .enumerate()
                {
                    let ui = &mut cols[i];
                    let version = &v.versions[i];
                    ui.strong(title);
                    if let Some(t) = version.changed {
                        let when = super::date::moment(t, &t!("app-date-changed"));
                        ui.weak(t!("app-versions-changed", when = when));
                    }
                    match &version.fields {
                        Ok(fields) => {
                            egui::Grid::new(("two-versions", &v.copy, i))
                                .num_columns(2)
                                .spacing([12.0, 4.0])
                                .show(ui, |ui| {
                                    for (label, value) in fields {
                                        if differs(label, value, 1 - i) {
                                            ui.weak(label.as_str());
                                            ui.label(
                                                RichText::new(value).strong().color(style::WARN),
                                            );
                                            ui.end_row();
                                        }
                                    }
                                });
                            ui.add_space(4.0);
                            if ui.button(button).clicked() {
                                actions.push(Action::KeepVersion {
                                    copy: v.copy.clone(),
                                    keep_copy: i == 1,
                                });
                            }
                        }
                        Err(why) => {
                            ui.colored_label(style::WARN, why);
                        }
                    }
                }
            });
            if let (Some(a), Some(_)) = (fields(0), fields(1)) {
                let same: Vec<&str> = a
                    .iter()
                    .filter(|(l, x)| !differs(l, x, 1))
                    .map(|(l, _)| l.as_str())
                    .collect();
                if !same.is_empty() {
                    ui.add_space(2.0);
                    let same = same.join(", ").to_lowercase();
                    ui.weak(t!("app-versions-same", fields = same));
                }
            }
        });
}

/// Files that could not be read, each in one plain sentence; `shown` are the conflict copies
/// already offered side by side.
pub fn problems(ui: &mut egui::Ui, practice: &Practice, shown: &[&std::path::Path]) {
    let problems: Vec<_> = practice
        .problems()
        .filter(|p| !shown.contains(&p.path.as_path()))
        .collect();
    if problems.is_empty() {
        return;
    }
    ui.add_space(16.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.strong(t!("app-problems-title"));
        for p in problems {
            ui.colored_label(style::WARN, p.sentence());
        }
    });
}
