//! Settings: practice and therapist name, paper, note format, protocol, theme, text size, and
//! where the data lives (with any template problems in plain words).

use super::action::Action;
use super::home::problems;
use crate::model::{
    Durations, Lang, Minutes, NoteFormat, Paper, Settings, StageSeconds, Theme, clean_optional_text,
};
use crate::practice::Practice;

/// One of the therapist's own timer lengths.
struct Length {
    /// Its name, in the therapist's language.
    label: fn() -> String,
    unit: &'static str,
    /// What the row starts at when ticked.
    default: i64,
    /// Why a typed number cannot be used, in the therapist's language.
    check: fn(i64) -> Result<(), String>,
    /// A length that can be used but works against the protocols, and why.
    advice: fn(i64) -> Option<String>,
}

/// No advice for this length.
fn none(_: i64) -> Option<String> {
    None
}

/// A speaker's or a paraphrase's length in seconds, or why not.
fn seconds(n: i64) -> Result<(), String> {
    StageSeconds::try_from(n).map(drop).map_err(|_| {
        crate::t!(
            "screen-length-seconds-range",
            value = n.to_string(),
            min = StageSeconds::MIN,
            max = StageSeconds::MAX
        )
    })
}

/// A timeout's length in minutes, or why not.
fn minutes(n: i64) -> Result<(), String> {
    Minutes::try_from(n).map(drop).map_err(|_| {
        crate::t!(
            "screen-length-minutes-range",
            value = n.to_string(),
            max = Minutes::MAX
        )
    })
}

const LENGTHS: [Length; 4] = [
    Length {
        label: || crate::t!("screen-length-speaking"),
        unit: " s",
        default: 120,
        check: seconds,
        advice: none,
    },
    Length {
        label: || crate::t!("screen-length-paraphrasing"),
        unit: " s",
        default: 60,
        check: seconds,
        advice: none,
    },
    Length {
        label: || crate::t!("screen-length-flooding"),
        unit: " min",
        default: 20,
        check: minutes,
        // Gottman: a flooded body needs at least 20 minutes to settle.
        advice: |n| (n < 20).then(|| crate::t!("screen-length-flooding-advice")),
    },
    Length {
        label: || crate::t!("screen-length-break"),
        unit: " min",
        default: 5,
        check: minutes,
        advice: none,
    },
];

#[derive(Default)]
pub struct SettingsView {
    draft: Settings,
    /// The timer lengths as typed, any whole number, so that one out of range is shown with
    /// its reason rather than quietly changed; `None`: the protocol's own length.
    lengths: [Option<i64>; 4],
    /// Why the settings were not saved.
    error: Option<String>,
    /// Back was pressed with changes not saved: save them, leave them, or stay.
    leaving: bool,
    /// The settings as saved, to tell whether anything changed.
    saved: Settings,
    /// The text size shown: the slider's once it is let go (a size changing under a dragged
    /// slider would move the slider under the pointer).
    scale_shown: f32,
    pub privacy: super::privacy::PrivacyView,
}

impl SettingsView {
    pub fn load(&mut self, practice: &Practice) {
        self.draft = practice.settings().clone();
        self.saved = self.draft.clone();
        self.scale_shown = self.draft.text_scale;
        self.leaving = false;
        let d = &self.draft.durations;
        self.lengths = [
            d.speak_seconds.map(|s| s.get().into()),
            d.paraphrase_seconds.map(|s| s.get().into()),
            d.flooding_minutes.map(|m| m.get().into()),
            d.break_minutes.map(|m| m.get().into()),
        ];
        self.error = None;
    }

    /// The theme and text size to show while the screen is open: a change is seen at once.
    pub fn preview(&self) -> (crate::model::Theme, f32) {
        (self.draft.theme, self.scale_shown)
    }

    /// The language to show while the screen is open: a change is seen at once.
    pub fn preview_language(&self) -> Option<crate::model::Lang> {
        self.draft.language
    }

    /// Whether anything differs from the saved settings.
    fn changed(&self) -> bool {
        let d = &self.saved.durations;
        let saved_lengths: [Option<i64>; 4] = [
            d.speak_seconds.map(|s| s.get().into()),
            d.paraphrase_seconds.map(|s| s.get().into()),
            d.flooding_minutes.map(|m| m.get().into()),
            d.break_minutes.map(|m| m.get().into()),
        ];
        let mut draft = self.draft.clone();
        draft.durations = self.saved.durations;
        draft != self.saved || saved_lengths != self.lengths
    }

    /// Saves, or says why not.
    fn save(&mut self, actions: &mut Vec<Action>) {
        match self.checked() {
            Ok(settings) => {
                self.error = None;
                actions.push(Action::SaveSettings(settings));
            }
            Err(why) => self.error = Some(why),
        }
    }

    /// "Save your changes?" when leaving with changes not saved.
    fn leave_dialog(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if !self.leaving {
            return;
        }
        let title = crate::t!("screen-settings-unsaved-title");
        let response = super::style::dialog(egui::Id::unique("settings-unsaved"), title.as_str())
            .show(ui.ctx(), |ui| {
                ui.set_width(420.0);
                ui.heading(title.as_str());
                ui.label(crate::t!("screen-settings-unsaved"));
                if let Some(why) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, why);
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(crate::t!("screen-settings-save-and-back"))
                        .clicked()
                    {
                        self.save(actions);
                        if self.error.is_none() {
                            self.leaving = false;
                        }
                    }
                    if ui
                        .button(crate::t!("screen-settings-leave-unsaved"))
                        .clicked()
                    {
                        self.leaving = false;
                        actions.push(Action::GoHome);
                    }
                    if ui
                        .button(crate::t!("screen-settings-keep-editing"))
                        .clicked()
                    {
                        self.leaving = false;
                    }
                });
            });
        if response.should_close() {
            self.leaving = false;
        }
    }

    /// The settings to save, or every reason they cannot be, one sentence each.
    fn checked(&self) -> Result<Settings, String> {
        let mut problems = Vec::new();
        let mut settings = self.draft.clone();
        for (name, what) in [
            (
                &mut settings.practice_name,
                crate::t!("screen-settings-what-practice"),
            ),
            (
                &mut settings.therapist_name,
                crate::t!("screen-settings-what-therapist"),
            ),
            (
                &mut settings.credentials,
                crate::t!("screen-settings-what-credentials"),
            ),
            (
                &mut settings.contact,
                crate::t!("screen-settings-what-contact"),
            ),
        ] {
            match clean_optional_text(name, &what, Settings::NAME_MAX) {
                Ok(clean) => *name = clean,
                Err(why) => problems.push(why),
            }
        }
        match clean_optional_text(
            &settings.safety_line,
            &crate::t!("screen-settings-what-unsafe"),
            Settings::LINE_MAX,
        ) {
            // An emptied line goes back to the default: every sheet says where to get help.
            Ok(clean) if clean.is_empty() => {
                settings.safety_line = crate::model::DEFAULT_SAFETY_LINE.to_owned();
            }
            Ok(clean) => settings.safety_line = clean,
            Err(why) => problems.push(why),
        }
        for (row, value) in LENGTHS.iter().zip(self.lengths) {
            if let Some(Err(why)) = value.map(row.check) {
                problems.push(crate::t!(
                    "screen-length-problem",
                    length = (row.label)(),
                    why = why
                ));
            }
        }
        if !problems.is_empty() {
            return Err(crate::t!("screen-not-saved", why = problems.join(" ")));
        }
        // Each value was checked just above.
        let [speak, paraphrase, flooding, short] = self.lengths;
        settings.durations = Durations {
            speak_seconds: speak.and_then(|n| StageSeconds::try_from(n).ok()),
            paraphrase_seconds: paraphrase.and_then(|n| StageSeconds::try_from(n).ok()),
            flooding_minutes: flooding.and_then(|n| Minutes::try_from(n).ok()),
            break_minutes: short.and_then(|n| Minutes::try_from(n).ok()),
        };
        Ok(settings)
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, practice: &Practice) -> Vec<Action> {
        // Protocols are named in the therapist's language (previewed as it is chosen).
        let lang = crate::locale::therapist().lang();
        let mut actions = Vec::new();
        self.leave_dialog(ui, &mut actions);
        // Save stays in sight however long the page: a setting changed below the fold is
        // never left unsaved because the button scrolled away.
        egui::Panel::bottom("settings-save").show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                if ui.button(crate::t!("screen-settings-save")).clicked() {
                    self.save(&mut actions);
                }
                if let Some(why) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, why);
                }
            });
            ui.add_space(6.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.set_max_width(720.0);
                ui.horizontal(|ui| {
                    if ui.button(crate::t!("screen-settings-back")).clicked() {
                        if self.changed() {
                            self.leaving = true;
                        } else {
                            actions.push(Action::GoHome);
                        }
                    }
                    ui.heading(crate::t!("screen-settings-title"));
                });
                ui.add_space(12.0);
                let d = &mut self.draft;
                egui::Grid::new("settings")
                    .num_columns(2)
                    .spacing([24.0, 12.0])
                    .show(ui, |ui| {
                        let l = ui.label(crate::t!("screen-settings-practice-name"));
                        ui.add(
                            egui::TextEdit::singleline(&mut d.practice_name).desired_width(320.0),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                        let l = ui.label(crate::t!("screen-settings-therapist-name"));
                        ui.add(
                            egui::TextEdit::singleline(&mut d.therapist_name).desired_width(320.0),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                        ui.label(crate::t!("screen-settings-paper"));
                        ui.horizontal(|ui| {
                            for p in [Paper::A4, Paper::Letter] {
                                ui.selectable_value(&mut d.paper, p, p.label());
                            }
                        });
                        ui.end_row();
                        ui.label(crate::t!("screen-settings-note-format"));
                        ui.horizontal(|ui| {
                            for f in NoteFormat::ALL {
                                ui.selectable_value(&mut d.note_format, f, f.label());
                            }
                        });
                        ui.end_row();
                        let l = ui.label(crate::t!("screen-settings-protocol"));
                        let chosen = practice
                            .templates()
                            .by_id(&d.default_template)
                            .map(|t| t.name_in(lang).to_owned())
                            .unwrap_or_default();
                        egui::ComboBox::from_id_salt("default-template")
                            .selected_text(chosen)
                            .width(320.0)
                            .show_ui(ui, |ui| {
                                for t in &practice.templates().templates {
                                    ui.selectable_value(
                                        &mut d.default_template,
                                        t.id.clone(),
                                        t.name_in(lang),
                                    );
                                }
                            })
                            .response
                            .labelled_by(l.id);
                        ui.end_row();
                        let l = ui.label(crate::t!("screen-settings-language"));
                        let system = crate::locale::system_lang();
                        let shown = |lang: Option<Lang>| match lang {
                            Some(lang) => lang.name().to_owned(),
                            None => crate::t!(
                                "screen-settings-language-computer",
                                language = system.name()
                            ),
                        };
                        egui::ComboBox::from_id_salt("therapist-language")
                            .selected_text(shown(d.language))
                            .width(320.0)
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut d.language, None, shown(None));
                                for lang in Lang::ALL {
                                    ui.selectable_value(&mut d.language, Some(lang), lang.name());
                                }
                            })
                            .response
                            .labelled_by(l.id);
                        ui.end_row();
                        ui.label(crate::t!("screen-settings-theme"));
                        ui.horizontal(|ui| {
                            ui.selectable_value(
                                &mut d.theme,
                                Theme::System,
                                crate::t!("screen-settings-theme-computer"),
                            );
                            ui.selectable_value(
                                &mut d.theme,
                                Theme::Light,
                                crate::t!("screen-settings-theme-light"),
                            );
                            ui.selectable_value(
                                &mut d.theme,
                                Theme::Dark,
                                crate::t!("screen-settings-theme-dark"),
                            );
                        });
                        ui.end_row();
                        ui.label(crate::t!("screen-settings-display"));
                        ui.horizontal(|ui| {
                            ui.selectable_value(
                                &mut d.display_theme,
                                Theme::Dark,
                                crate::t!("screen-settings-dark-room"),
                            );
                            ui.selectable_value(
                                &mut d.display_theme,
                                Theme::Light,
                                crate::t!("screen-settings-bright-room"),
                            );
                            ui.checkbox(
                                &mut d.display_rules,
                                crate::t!("screen-settings-show-rules"),
                            );
                        });
                        ui.end_row();
                        ui.label(crate::t!("screen-settings-chime"));
                        ui.checkbox(&mut d.chime, crate::t!("screen-settings-chime-check"));
                        ui.end_row();
                        let l = ui.label(crate::t!("screen-settings-text-size"));
                        ui.horizontal(|ui| {
                            // Without its own number box, the slider is one node, named by its label.
                            let slider = ui
                                .add(
                                    egui::Slider::new(
                                        &mut d.text_scale,
                                        Settings::TEXT_SCALE_MIN..=Settings::TEXT_SCALE_MAX,
                                    )
                                    .show_value(false)
                                    .step_by(0.1),
                                )
                                .labelled_by(l.id);
                            if !slider.dragged() {
                                self.scale_shown = d.text_scale;
                            }
                            ui.label(crate::t!(
                                "screen-settings-text-size-of-normal",
                                percent = format!("{:.0}", d.text_scale * 100.0)
                            ));
                        });
                        ui.end_row();
                        ui.label(crate::t!("screen-settings-data-folder"));
                        ui.monospace(practice.root().display().to_string());
                        ui.end_row();
                        if practice.is_protected() {
                            let label = ui.label(crate::t!("screen-settings-lock-after"));
                            ui.horizontal(|ui| {
                                ui.add(
                                    egui::DragValue::new(&mut d.lock_after_minutes)
                                        .range(0..=Settings::LOCK_MINUTES_MAX)
                                        .suffix(" min"),
                                )
                                .labelled_by(label.id);
                                ui.weak(crate::t!("screen-settings-lock-after-note"));
                            });
                            ui.end_row();
                        }
                    });
                ui.add_space(16.0);
                ui.heading(crate::t!("screen-settings-timer-lengths"));
                ui.weak(crate::t!("screen-settings-timer-lengths-note"));
                ui.add_space(4.0);
                egui::Grid::new("durations")
                    .num_columns(2)
                    .spacing([24.0, 10.0])
                    .show(ui, |ui| {
                        for (row, value) in LENGTHS.iter().zip(&mut self.lengths) {
                            duration_row(ui, row, value);
                        }
                    });
                ui.add_space(16.0);
                ui.heading(crate::t!("screen-settings-documents"));
                ui.weak(crate::t!("screen-settings-documents-note"));
                ui.add_space(4.0);
                egui::Grid::new("documents")
                    .num_columns(2)
                    .spacing([24.0, 10.0])
                    .show(ui, |ui| {
                        let l = ui.label(crate::t!("screen-settings-credentials"));
                        ui.add(
                            egui::TextEdit::singleline(&mut d.credentials)
                                .desired_width(320.0)
                                .hint_text(crate::t!("screen-settings-credentials-hint")),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                        let l = ui.label(crate::t!("screen-settings-contact"));
                        ui.add(
                            egui::TextEdit::singleline(&mut d.contact)
                                .desired_width(320.0)
                                .hint_text(crate::t!("screen-settings-contact-hint")),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                        let l = ui.label(crate::t!("screen-settings-unsafe"));
                        ui.add(
                            egui::TextEdit::multiline(&mut d.safety_line)
                                .desired_width(320.0)
                                .desired_rows(2),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                    });
                ui.add_space(16.0);
                ui.heading(crate::t!("screen-settings-templates"));
                ui.weak(crate::t!(
                    "screen-settings-templates-note",
                    folder = practice.root().join("templates").display().to_string()
                ));
                ui.add_space(4.0);
                for t in &practice.templates().templates {
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(t.name_in(lang));
                        ui.weak(crate::t!(
                            "screen-settings-template-line",
                            minutes = t.planned_minutes(),
                            source = &t.source
                        ));
                    });
                }
                problems(ui, practice, &[]);
                ui.add_space(16.0);
                actions.extend(self.privacy.ui(ui, practice));
                ui.add_space(16.0);
            });
        });
        actions
    }
}

/// One timer length: the protocol's own, or the therapist's, with the reason beside a number
/// that cannot be used.
fn duration_row(ui: &mut egui::Ui, row: &Length, value: &mut Option<i64>) {
    let name = (row.label)();
    let label = ui.label(name.as_str());
    ui.horizontal(|ui| {
        let mut own = value.is_some();
        if ui
            .checkbox(&mut own, crate::t!("screen-length-own", length = &name))
            .changed()
        {
            *value = own.then_some(row.default);
        }
        match value {
            Some(n) => {
                ui.add(egui::DragValue::new(n).suffix(row.unit))
                    .labelled_by(label.id);
                if let Err(why) = (row.check)(*n) {
                    ui.colored_label(ui.visuals().error_fg_color, why);
                }
            }
            None => {
                ui.weak(crate::t!("screen-length-as-protocol"));
            }
        }
    });
    ui.end_row();
    // Usable, but against what the protocols teach: said below the row, in a warning colour.
    if let Some(advice) = value
        .filter(|n| (row.check)(*n).is_ok())
        .and_then(row.advice)
    {
        ui.label("");
        ui.scope(|ui| {
            ui.set_max_width(460.0);
            ui.add(egui::Label::new(egui::RichText::new(advice).color(super::style::WARN)).wrap());
        });
        ui.end_row();
    }
}
