//! The shipped protocol templates and the template loader.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use groundwork::model::{FloorPolicy, ListenerStep, Owner, PhaseKind, Step, Template};
use groundwork::store::Problem;
use groundwork::store::templates::{self, SHIPPED, TemplateSet};

fn templates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("templates")
}

fn shipped_text(file: &str) -> &'static str {
    SHIPPED
        .iter()
        .find(|(name, _)| *name == file)
        .unwrap_or_else(|| panic!("{file} is not shipped"))
        .1
}

fn shipped(id: &str) -> Template {
    let set = templates::load(None);
    assert!(set.problems.is_empty(), "{:?}", set.problems);
    set.by_id(id)
        .unwrap_or_else(|| panic!("no shipped template with id {id}"))
        .clone()
}

/// The agenda flattened into what happens, in order: each guided step's title, and one entry
/// per speaker/listener phase.
enum Item {
    Step(Step),
    Dialogue {
        title: String,
        speak: u32,
        paraphrase: u32,
    },
    Other(String),
}

fn agenda(t: &Template) -> Vec<Item> {
    let mut out = Vec::new();
    for phase in &t.phases {
        match &phase.kind {
            PhaseKind::GuidedSteps { steps } => out.extend(steps.iter().cloned().map(Item::Step)),
            PhaseKind::SpeakerListener {
                speak_seconds,
                paraphrase_seconds,
                ..
            } => out.push(Item::Dialogue {
                title: phase.title.clone(),
                speak: speak_seconds.get(),
                paraphrase: paraphrase_seconds.get(),
            }),
            other => out.push(Item::Other(other.label().to_owned())),
        }
    }
    out
}

/// Index of the first item after `from` that matches.
fn find(items: &[Item], from: usize, what: &str, pred: impl Fn(&Item) -> bool) -> usize {
    items
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, item)| pred(item))
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{what} is missing, or out of order"))
}

fn step_titled<'a>(title: &'a str) -> impl Fn(&Item) -> bool + 'a {
    move |item| matches!(item, Item::Step(s) if s.title.to_lowercase().contains(&title.to_lowercase()))
}

fn step_titles(kind: &PhaseKind) -> Vec<&str> {
    match kind {
        PhaseKind::GuidedSteps { steps } => steps.iter().map(|s| s.title.as_str()).collect(),
        _ => Vec::new(),
    }
}

fn kinds(t: &Template) -> Vec<String> {
    let english = groundwork::locale::Tr::new(groundwork::model::Lang::En);
    t.phases.iter().map(|p| p.kind.label_in(english)).collect()
}

/// The 1-based line on which `needle` first occurs.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    text[..at].matches('\n').count() + 1
}

fn assert_at_line(problem: &Problem, path: &Path, line: usize) {
    let shown = problem.to_string();
    let prefix = format!("{}:{line}:", path.display());
    let rest = shown
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{shown:?} does not start with {prefix:?}"));
    let (col, message) = rest
        .split_once(": ")
        .unwrap_or_else(|| panic!("no column in {shown:?}"));
    assert!(col.parse::<usize>().is_ok_and(|c| c >= 1), "{shown:?}");
    assert!(!message.trim().is_empty(), "{shown:?}");
}

fn parse_err(path: &Path, text: &str) -> Vec<Problem> {
    match templates::parse(path, text) {
        Ok(t) => panic!("{} parsed although it is broken", t.id),
        Err(problems) => {
            assert!(!problems.is_empty());
            problems
        }
    }
}

// --- The shipped templates -------------------------------------------------------------------

#[test]
fn every_template_on_disk_is_shipped_unchanged() {
    let mut on_disk = Vec::new();
    for entry in fs::read_dir(templates_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).unwrap();
            assert_eq!(
                text,
                shipped_text(&name),
                "{name} differs from its SHIPPED copy"
            );
            on_disk.push(name);
        }
    }
    on_disk.sort();
    let mut names: Vec<String> = SHIPPED.iter().map(|(n, _)| (*n).to_owned()).collect();
    names.sort();
    assert_eq!(
        on_disk, names,
        "templates/ and SHIPPED list different files"
    );
    for id in [
        "speaker-listener",
        "state-of-the-union",
        "aftermath-of-a-fight",
        "imago-dialogue",
        "trust-repair",
        "attachment-injury",
        "atonement",
        "individual",
    ] {
        assert!(
            names.contains(&format!("{id}.ron")),
            "{id}.ron is not shipped"
        );
    }
}

#[test]
fn shipped_templates_load_cleanly_with_the_defaults() {
    let mut ids = HashSet::new();
    for (name, text) in SHIPPED {
        let path = templates::shipped_path(name);
        let t = templates::parse(&path, text).unwrap_or_else(|p| panic!("{name}: {p:#?}"));
        assert!(ids.insert(t.id.clone()), "duplicate id {}", t.id);
        assert_eq!(format!("{}.ron", t.id), *name, "file name and id differ");
        assert_eq!(t.schema, groundwork::model::SCHEMA_VERSION);

        // Cited at the top; a short, one-line source.
        assert!(
            text.starts_with("//"),
            "{name} does not start with its citation"
        );
        assert!(!t.source.trim().is_empty() && !t.source.contains('\n'));
        assert!(t.source.chars().count() <= 100, "{name}: source too long");
        assert!(!t.summary.trim().is_empty());

        // A realistic session length.
        let planned = t.planned_minutes();
        assert!(
            (50..=90).contains(&planned),
            "{name}: {planned} planned minutes"
        );
        // A guided phase's steps fit in the phase's planned time.
        for phase in &t.phases {
            if let PhaseKind::GuidedSteps { steps } = &phase.kind {
                let timed: u32 = steps
                    .iter()
                    .filter_map(|s| s.minutes)
                    .map(|m| m.get())
                    .sum();
                assert!(timed <= phase.minutes.get(), "{name}: {}", phase.title);
            }
        }
        // One partner alone: guided steps and a closing, nothing the couple does together.
        if t.individual {
            assert_eq!(kinds(&t), ["Guided steps", "Closing"], "{name}");
            assert!(t.problems().is_empty(), "{name}: {:?}", t.problems());
            continue;
        }
        // Every session opens with ground rules in place and ends with homework and closing.
        let kinds = kinds(&t);
        assert!(kinds.iter().any(|k| k == "Ground rules"), "{name}");
        assert_eq!(
            kinds[kinds.len() - 2..],
            ["Homework agreements", "Closing"],
            "{name}"
        );

        // The default ground rules.
        assert!(t.ground_rules.len() >= 6, "{name}");
        let rules = t.ground_rules.join("\n").to_lowercase();
        for needle in [
            "yelling",
            "name-calling",
            "interrupting",
            "\"i\" statements",
            "i feel … about … and i need …",
            "timeout",
            "honours",
            "phones away",
            "one topic",
            "ammunition",
        ] {
            assert!(
                rules.contains(needle),
                "{name}: no ground rule about {needle:?}"
            );
        }

        assert_eq!(t.timeouts.flooding_minutes.get(), 20, "{name}");
        assert_eq!(t.timeouts.break_minutes.get(), 5, "{name}");

        // The suggestion library: concrete, in the partners' own words.
        assert!(t.suggestions.len() >= 6, "{name}");
        let titles = t
            .suggestions
            .iter()
            .map(|s| s.title.to_lowercase())
            .collect::<Vec<_>>()
            .join("\n");
        for needle in [
            "weekly check-in",
            "phone-free dinner",
            "ritual of connection",
            "journal",
            "schedules each morning",
            "small win",
            "one appreciation a day",
        ] {
            assert!(titles.contains(needle), "{name}: no suggestion {needle:?}");
        }
        for s in &t.suggestions {
            let voice = match s.who {
                Owner::Both => "We will ",
                Owner::A | Owner::B => "I will ",
            };
            assert!(
                s.behaviour.starts_with(voice),
                "{name}: {:?} should start with {voice:?}",
                s.title
            );
            assert!(
                !s.anchor.trim().is_empty(),
                "{name}: {} has no anchor",
                s.title
            );
            assert!(
                !s.evidence.trim().is_empty(),
                "{name}: {} has no evidence",
                s.title
            );
            assert!(!s.when.days().is_empty(), "{name}: {}", s.title);
        }
    }
}

#[test]
fn load_without_a_user_folder_gives_the_shipped_templates_sorted_by_name() {
    let set = templates::load(None);
    assert!(set.problems.is_empty(), "{:?}", set.problems);
    assert_eq!(set.templates.len(), SHIPPED.len());
    let names: Vec<String> = set
        .templates
        .iter()
        .map(|t| t.name.to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(set.by_id("trust-repair").is_some());
    assert!(set.by_id("no-such-template").is_none());
}

#[test]
fn speaker_listener_times_two_minutes_to_speak_and_one_to_paraphrase() {
    let t = shipped("speaker-listener");
    let kinds = kinds(&t);
    assert_eq!(kinds.first().map(String::as_str), Some("Check-in"));
    assert_eq!(kinds.get(1).map(String::as_str), Some("Ground rules"));
    let items = agenda(&t);
    let dialogue = find(&items, 0, "a speaker/listener phase", |i| {
        matches!(
            i,
            Item::Dialogue {
                speak: 120,
                paraphrase: 60,
                ..
            }
        )
    });
    let homework = find(
        &items,
        dialogue,
        "homework after the dialogue",
        |i| matches!(i, Item::Other(k) if k == "Homework agreements"),
    );
    assert!(homework > dialogue);
    // PREP's rules for speaker and listener are explained before the first turn.
    let speaker = find(&items, 0, "rules for the speaker", step_titled("speaker"));
    let listener = find(&items, 0, "rules for the listener", step_titled("listener"));
    assert!(speaker < dialogue && listener < dialogue);
    let Item::Step(listener) = &items[listener] else {
        unreachable!()
    };
    assert!(listener.prompt.contains("What I hear you saying is"));
}

#[test]
fn state_of_the_union_follows_the_published_order() {
    let t = shipped("state-of-the-union");
    assert_eq!(kinds(&t)[..2], ["Check-in", "Ground rules"]);
    let items = agenda(&t);
    let appreciations = find(&items, 0, "appreciations", step_titled("appreciations"));
    let Item::Step(step) = &items[appreciations] else {
        unreachable!()
    };
    assert!(step.prompt.contains("five things"), "{}", step.prompt);
    let went_right = find(
        &items,
        appreciations + 1,
        "what went right",
        step_titled("what went right"),
    );
    let issue = find(
        &items,
        went_right + 1,
        "one issue",
        |i| matches!(i, Item::Dialogue { title, .. } if title == "One issue"),
    );
    let loved = find(
        &items,
        issue + 1,
        "what can I do to make you feel loved",
        step_titled("What can I do to make you feel loved this week?"),
    );
    let homework = find(
        &items,
        loved + 1,
        "homework",
        |i| matches!(i, Item::Other(k) if k == "Homework agreements"),
    );
    assert!(homework > loved);
}

#[test]
fn aftermath_of_a_fight_has_the_five_steps_in_order() {
    let t = shipped("aftermath-of-a-fight");
    let guided: Vec<_> = t
        .phases
        .iter()
        .filter(|p| matches!(p.kind, PhaseKind::GuidedSteps { .. }))
        .collect();
    assert_eq!(guided.len(), 1);
    assert_eq!(
        step_titles(&guided[0].kind),
        [
            "Feelings",
            "Realities",
            "Triggers",
            "Responsibility",
            "Constructive plans"
        ]
    );
    let PhaseKind::GuidedSteps { steps } = &guided[0].kind else {
        unreachable!()
    };
    let prompt = |i: usize| steps[i].prompt.to_lowercase();
    assert!(prompt(0).contains("don't explain why"));
    assert!(prompt(1).contains("summarise") && prompt(1).contains("makes sense"));
    assert!(prompt(2).contains("older experience"));
    assert!(prompt(3).contains("your part") && prompt(3).contains("apologise"));
    assert!(prompt(4).contains("one thing") && prompt(4).contains("next time"));
    assert!(steps.iter().all(|s| s.minutes.is_some()));
}

#[test]
fn imago_dialogue_mirrors_summarises_validates_and_empathises_for_each_sender() {
    let t = shipped("imago-dialogue");
    let kinds = kinds(&t);
    let setup = t
        .phases
        .iter()
        .position(|p| p.title == "Setting up the dialogue")
        .unwrap();
    let dialogue = kinds
        .iter()
        .position(|k| *k == "Speaker / listener")
        .unwrap();
    let ending = t
        .phases
        .iter()
        .position(|p| p.title == "Ending the dialogue")
        .unwrap();
    assert!(
        setup < dialogue && dialogue < ending,
        "appointment, dialogue, its end"
    );
    assert!(step_titles(&t.phases[setup].kind).contains(&"Appointment"));
    assert!(step_titles(&t.phases[ending].kind).contains(&"Thanks"));
    let PhaseKind::SpeakerListener {
        floor, listener, ..
    } = &t.phases[dialogue].kind
    else {
        unreachable!()
    };
    assert_eq!(
        *floor,
        FloorPolicy::SwapWhenUnderstood,
        "each sender in turn"
    );
    assert_eq!(
        listener,
        &[
            ListenerStep::Mirror,
            ListenerStep::Summary,
            ListenerStep::Validation,
            ListenerStep::Empathy
        ]
    );
    assert!(
        ListenerStep::Mirror
            .opening()
            .contains("Did I get it? Is there more?")
    );
    assert!(
        ListenerStep::Validation
            .opening()
            .contains("You make sense to me, because")
    );
    assert!(
        ListenerStep::Empathy
            .opening()
            .contains("I imagine you might be feeling")
    );
}

#[test]
fn trust_repair_hears_the_hurt_partner_then_takes_responsibility_then_agrees() {
    let t = shipped("trust-repair");
    let at = |title: &str| {
        t.phases
            .iter()
            .position(|p| p.title == title)
            .unwrap_or_else(|| panic!("no phase {title:?}"))
    };
    let rules = at("Ground rules");
    let heard = at("Being heard: the hurt partner has the floor");
    let apology = at("Responsibility and apology");
    let explanation = at("An explanation, later and only if asked");
    let homework = at("First agreements");
    assert!(rules < heard && heard < apology && apology < explanation && explanation < homework);
    let PhaseKind::SpeakerListener {
        floor, listener, ..
    } = &t.phases[heard].kind
    else {
        panic!("the hurt partner's phase is a speaker/listener phase")
    };
    assert_eq!(*floor, FloorPolicy::OneWay);
    assert_eq!(
        listener,
        &[
            ListenerStep::Paraphrase,
            ListenerStep::Validation,
            ListenerStep::Empathy
        ]
    );
    assert_eq!(
        step_titles(&t.phases[apology].kind),
        [
            "Full responsibility",
            "What I am sorry for",
            "How it made you feel",
            "What I will do differently"
        ],
        "the explanation is not part of the apology"
    );
    assert_eq!(
        step_titles(&t.phases[explanation].kind),
        ["An explanation, not an excuse"]
    );
}

// --- Broken templates ------------------------------------------------------------------------

const SMALL: &str = r#"// A therapist's own template.
#![enable(implicit_some)]
(
    schema: 1,
    id: "mine",
    name: "My session",
    summary: "Short.",
    source: "Me",
    phases: [
        (
            title: "Talk",
            minutes: 30,
            kind: SpeakerListener(
                speak_seconds: 90,
                paraphrase_seconds: 45,
            ),
        ),
        (
            title: "Steps",
            minutes: 10,
            kind: GuidedSteps(steps: [
                (title: "One", prompt: "First.", minutes: 5),
                (title: "Two", prompt: "Second."),
            ]),
        ),
    ],
)
"#;

fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in text");
    text.replacen(from, to, 1)
}

#[test]
fn a_small_user_template_parses() {
    let t = templates::parse(Path::new("mine.ron"), SMALL).unwrap();
    assert_eq!(t.id, "mine");
    assert_eq!(t.timeouts.flooding_minutes.get(), 20, "default timeouts");
    let PhaseKind::GuidedSteps { steps } = &t.phases[1].kind else {
        panic!()
    };
    assert_eq!(steps[0].minutes.map(|m| m.get()), Some(5));
    assert_eq!(steps[1].minutes, None);
    // A byte-order mark from a Windows editor is fine.
    assert!(templates::parse(Path::new("mine.ron"), &format!("\u{feff}{SMALL}")).is_ok());
}

#[test]
fn a_missing_comma_points_at_the_item_that_needs_it() {
    let path = Path::new("user/mine.ron");
    let text = edit(SMALL, "minutes: 30,", "minutes: 30");
    let problems = parse_err(path, &text);
    assert_eq!(problems.len(), 1);
    assert_at_line(&problems[0], path, line_of(&text, "minutes: 30"));
    assert!(problems[0].message.contains("comma"), "{}", problems[0]);
}

#[test]
fn an_unknown_phase_kind_is_named_at_its_line() {
    let path = Path::new("user/mine.ron");
    let text = edit(SMALL, "kind: SpeakerListener(", "kind: Dialogue(");
    let problems = parse_err(path, &text);
    assert_eq!(problems.len(), 1);
    assert_at_line(&problems[0], path, line_of(&text, "kind: Dialogue("));
    assert!(problems[0].message.contains("Dialogue"), "{}", problems[0]);
    assert!(
        problems[0].message.contains("SpeakerListener"),
        "{}",
        problems[0]
    );
}

#[test]
fn out_of_range_numbers_point_at_the_number() {
    let path = Path::new("user/mine.ron");
    let text = edit(SMALL, "speak_seconds: 90", "speak_seconds: 0");
    let problems = parse_err(path, &text);
    assert_eq!(problems.len(), 1);
    let line = line_of(&text, "speak_seconds: 0");
    let col = text.lines().nth(line - 1).unwrap().find('0').unwrap() + 1;
    assert_eq!(problems[0].position, Some((line, col)), "{}", problems[0]);
    assert!(problems[0].message.contains("10 to 3600 seconds"));

    let text = edit(SMALL, "minutes: 5)", "minutes: 0)");
    let problems = parse_err(path, &text);
    assert_at_line(&problems[0], path, line_of(&text, "minutes: 0)"));
    assert!(problems[0].message.contains("1 to 240 minutes"));
}

#[test]
fn an_empty_agenda_and_blank_titles_are_each_reported_where_they_are() {
    let path = Path::new("user/mine.ron");
    let start = SMALL.find("    phases: [").unwrap();
    let end = SMALL.rfind("    ],").unwrap() + "    ],".len();
    let text = format!("{}    phases: [],{}", &SMALL[..start], &SMALL[end..]);
    let problems = parse_err(path, &text);
    assert_eq!(problems.len(), 1);
    assert_at_line(&problems[0], path, line_of(&text, "phases: []"));
    assert!(problems[0].message.contains("no phases"));

    let text = edit(SMALL, "title: \"Steps\"", "title: \"  \"");
    let text = edit(&text, "(title: \"Two\"", "(title: \"\"");
    let text = edit(&text, "name: \"My session\"", "name: \"\"");
    let problems = parse_err(path, &text);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert_at_line(&problems[0], path, line_of(&text, "name: \"\""));
    assert_at_line(&problems[1], path, line_of(&text, "title: \"  \""));
    assert_at_line(&problems[2], path, line_of(&text, "(title: \"\""));

    let text = edit(
        SMALL,
        "(title: \"One\", prompt: \"First.\", minutes: 5),\n                (title: \"Two\", prompt: \"Second.\"),\n",
        "",
    );
    let problems = parse_err(path, &text);
    assert_at_line(&problems[0], path, line_of(&text, "GuidedSteps(steps: ["));
    assert!(problems[0].message.contains("no steps"), "{}", problems[0]);
}

#[test]
fn odd_files_are_refused_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name);

    fs::write(p("empty.ron"), "").unwrap();
    let problems = templates::read(&p("empty.ron")).unwrap_err();
    assert!(problems[0].message.contains("empty"), "{}", problems[0]);

    fs::write(p("latin1.ron"), b"// caf\xe9\n(schema: 1)").unwrap();
    let problems = templates::read(&p("latin1.ron")).unwrap_err();
    assert_eq!(problems[0].position, Some((1, 7)), "{}", problems[0]);
    assert!(problems[0].message.contains("UTF-8"));

    // A sparse 100 MB file: refused from its size, without being read.
    let big = fs::File::create(p("big.ron")).unwrap();
    big.set_len(100 * 1024 * 1024).unwrap();
    let problems = templates::read(&p("big.ron")).unwrap_err();
    assert!(
        problems[0].message.contains("larger than 1 MB"),
        "{}",
        problems[0]
    );

    fs::write(p("binary.ron"), b"(schema: 1,\0\0\0)").unwrap();
    let problems = templates::read(&p("binary.ron")).unwrap_err();
    assert!(problems[0].message.contains("binary"), "{}", problems[0]);

    let problems = templates::read(&p("missing.ron")).unwrap_err();
    assert!(
        problems[0].message.contains("does not exist"),
        "{}",
        problems[0]
    );

    fs::write(p("future.ron"), "(schema: 7, whatever: Unknown(1))").unwrap();
    let problems = templates::read(&p("future.ron")).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        format!(
            "{}:1:10: written by a newer version of Groundwork (schema 7; this version reads up to 1); update Groundwork",
            p("future.ron").display()
        )
    );

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::write(p("locked.ron"), SMALL).unwrap();
        fs::set_permissions(p("locked.ron"), fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads anything; only check the message when the permission really applies.
        if fs::File::open(p("locked.ron")).is_err() {
            let problems = templates::read(&p("locked.ron")).unwrap_err();
            assert!(
                problems[0].message.contains("permission"),
                "{}",
                problems[0]
            );
        }
        fs::set_permissions(p("locked.ron"), fs::Permissions::from_mode(0o600)).unwrap();
    }
}

// --- Folders ---------------------------------------------------------------------------------

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut out: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let meta = fs::metadata(&path).unwrap();
            let bytes = if meta.is_file() {
                fs::read(&path).unwrap()
            } else {
                Vec::new()
            };
            (path, bytes, meta.modified().unwrap())
        })
        .collect();
    out.sort();
    out
}

#[test]
fn check_dir_reports_each_broken_file_and_leaves_them_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a-good.ron");
    let comma = dir.path().join("b-comma.ron");
    let seconds = dir.path().join("c-seconds.ron");
    fs::write(&good, SMALL).unwrap();
    let comma_text = edit(SMALL, "name: \"My session\",", "name: \"My session\"");
    fs::write(&comma, &comma_text).unwrap();
    let seconds_text = edit(SMALL, "paraphrase_seconds: 45", "paraphrase_seconds: 5");
    fs::write(&seconds, &seconds_text).unwrap();
    fs::write(dir.path().join("notes.txt"), "not a template").unwrap();
    fs::create_dir(dir.path().join("folder.ron")).unwrap();
    // A named pipe would block a reader for ever; it must be skipped, not opened.
    #[cfg(unix)]
    let _ = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.ron"))
        .status();
    let before = snapshot(dir.path());

    let (checked, problems) = templates::check_dir(dir.path()).unwrap();
    assert_eq!(checked, 3);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_at_line(
        &problems[0],
        &comma,
        line_of(&comma_text, "name: \"My session\""),
    );
    assert_at_line(
        &problems[1],
        &seconds,
        line_of(&seconds_text, "paraphrase_seconds: 5"),
    );

    let set = templates::load(Some(dir.path()));
    assert_eq!(set.problems, problems);
    assert!(set.by_id("mine").is_some(), "the good file still loads");
    assert_eq!(set.templates.len(), SHIPPED.len() + 1);

    assert_eq!(snapshot(dir.path()), before, "files were modified");
}

#[test]
fn check_dir_on_a_missing_folder_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let problem = templates::check_dir(&missing).unwrap_err();
    assert_eq!(problem.path, missing);
    assert!(problem.message.contains("does not exist"));
    // For `load`, a missing user folder is simply empty.
    let set = templates::load(Some(&missing));
    assert!(set.problems.is_empty());
    assert_eq!(set.templates.len(), SHIPPED.len());
}

#[test]
fn a_user_template_with_a_shipped_id_replaces_the_shipped_one() {
    let dir = tempfile::tempdir().unwrap();
    let text = edit(
        shipped_text("speaker-listener.ron"),
        "name: \"Speaker–listener practice (PREP)\"",
        "name: \"Speaker–listener, my way\"",
    );
    let text = edit(&text, "speak_seconds: 120", "speak_seconds: 90");
    fs::write(dir.path().join("speaker-listener.ron"), text).unwrap();

    let set: TemplateSet = templates::load(Some(dir.path()));
    assert!(set.problems.is_empty(), "{:?}", set.problems);
    assert_eq!(set.templates.len(), SHIPPED.len());
    let mine = set.by_id("speaker-listener").unwrap();
    assert_eq!(mine.name, "Speaker–listener, my way");
    assert_eq!(
        set.templates
            .iter()
            .filter(|t| t.id == "speaker-listener")
            .count(),
        1
    );
    assert!(
        agenda(mine)
            .iter()
            .any(|i| matches!(i, Item::Dialogue { speak: 90, .. }))
    );
}

#[test]
fn a_future_schema_user_file_is_refused_and_everything_else_loads() {
    let dir = tempfile::tempdir().unwrap();
    // Same id as a shipped template, and a phase kind this version does not know.
    let future = edit(shipped_text("trust-repair.ron"), "schema: 1,", "schema: 2,");
    let future = edit(&future, "kind: Closing,", "kind: Reflection(depth: 3),");
    let future_path = dir.path().join("trust-repair.ron");
    fs::write(&future_path, &future).unwrap();
    fs::write(dir.path().join("mine.ron"), SMALL).unwrap();

    let set = templates::load(Some(dir.path()));
    assert_eq!(set.problems.len(), 1, "{:?}", set.problems);
    let problem = &set.problems[0];
    assert_at_line(problem, &future_path, line_of(&future, "schema: 2"));
    assert!(
        problem.message.contains(
            "written by a newer version of Groundwork (schema 2; this version reads up to 1); update Groundwork"
        ),
        "{problem}"
    );
    // The shipped trust-repair template stays; the good user file loads.
    assert_eq!(set.templates.len(), SHIPPED.len() + 1);
    assert_eq!(set.by_id("trust-repair").unwrap().schema, 1);
    assert!(set.by_id("mine").is_some());
}

#[test]
fn duplicate_ids_among_user_files_keep_the_first_and_report_the_later() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.ron"), SMALL).unwrap();
    let second = edit(SMALL, "name: \"My session\"", "name: \"Another\"");
    let second_path = dir.path().join("b.ron");
    fs::write(&second_path, &second).unwrap();

    let set = templates::load(Some(dir.path()));
    assert_eq!(set.problems.len(), 1);
    assert_at_line(
        &set.problems[0],
        &second_path,
        line_of(&second, "id: \"mine\""),
    );
    assert!(set.problems[0].message.contains("a.ron"));
    assert_eq!(set.by_id("mine").unwrap().name, "My session");

    let (checked, problems) = templates::check_dir(dir.path()).unwrap();
    assert_eq!((checked, problems), (2, set.problems));
}

/// A misspelt field would otherwise be ignored and the therapist's rules would quietly vanish.
#[test]
fn a_misspelt_field_is_reported_where_it_stands() {
    let path = Path::new("mine.ron");
    let text = shipped_text("speaker-listener.ron").replacen("ground_rules:", "ground_ruls:", 1);
    let problems = parse_err(path, &text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_at_line(&problems[0], path, line_of(&text, "ground_ruls:"));
    assert!(
        problems[0].message.contains("ground_ruls"),
        "{}",
        problems[0]
    );
}

// --- The fidelity table ---------------------------------------------------------------------

/// A template's steps as `templates/SOURCES.md` lists them: each phase, each guided step
/// ("phase › step"), and a speaker/listener phase's floor and listener steps.
fn outline(t: &Template) -> Vec<String> {
    let mut out = Vec::new();
    for phase in &t.phases {
        match &phase.kind {
            PhaseKind::GuidedSteps { steps } => {
                for step in steps {
                    out.push(format!("{} › {}", phase.title, step.title));
                }
            }
            PhaseKind::SpeakerListener {
                floor, listener, ..
            } => {
                let floor = match floor {
                    FloorPolicy::SpeakerPasses => "speaker passes",
                    FloorPolicy::SwapWhenUnderstood => "swap when understood",
                    FloorPolicy::OneWay => "one-way",
                };
                let english = groundwork::locale::Tr::new(groundwork::model::Lang::En);
                let steps: Vec<String> = listener.iter().map(|s| s.label_in(english)).collect();
                out.push(format!(
                    "{} › {floor}; listener: {}",
                    phase.title,
                    steps.join(" → ")
                ));
            }
            _ => out.push(phase.title.clone()),
        }
    }
    out
}

/// The "Step" column of each template's table in `templates/SOURCES.md`, by template id.
fn sources_table() -> Vec<(String, Vec<String>)> {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/SOURCES.md"))
            .expect("templates/SOURCES.md");
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines() {
        if let Some(head) = line.strip_prefix("## ") {
            let id = head
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_matches('`');
            out.push((id.to_owned(), Vec::new()));
        } else if let Some(row) = line.strip_prefix('|')
            && let Some((_, table)) = out.last_mut()
        {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            // Rows are "| n | step | source | difference |"; the header and the rule are not.
            if cells.first().is_some_and(|c| c.parse::<u32>().is_ok()) {
                table.push(cells[1].to_owned());
            }
        }
    }
    out
}

#[test]
fn every_shipped_template_matches_its_fidelity_table_step_for_step() {
    let set = templates::load(None);
    let table = sources_table();
    let mut ids: Vec<&str> = set.templates.iter().map(|t| t.id.as_str()).collect();
    ids.sort();
    let mut listed: Vec<&str> = table.iter().map(|(id, _)| id.as_str()).collect();
    listed.sort();
    assert_eq!(
        listed, ids,
        "SOURCES.md has a section for each shipped template"
    );
    for t in &set.templates {
        let (_, steps) = table.iter().find(|(id, _)| *id == t.id).unwrap();
        let expected = outline(t);
        assert_eq!(
            steps,
            &expected,
            "{}: SOURCES.md lists other steps than the template; the template's steps are:\n{}",
            t.id,
            expected
                .iter()
                .enumerate()
                .map(|(i, s)| format!("| {} | {s} | | |", i + 1))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// The practices the seed articles recommend are in the suggestion libraries (issue 13, part 5).
#[test]
fn the_seeds_practices_are_offered_as_homework() {
    let set = templates::load(None);
    let everywhere = [
        "a daily 15-minute check-in",
        "a walk after dinner",
        "a shared journal",
        "something new together",
        "saying we are in this",
        "being kind to myself",
        "daily ritual of connection",
    ];
    let after_a_breach = [
        "phone transparency",
        "when a memory hits",
        "space when it is needed",
        "keeping us between us",
        "a set time for questions",
    ];
    // An individual session makes no homework for the couple.
    for t in set.templates.iter().filter(|t| !t.individual) {
        let titles: Vec<String> = t
            .suggestions
            .iter()
            .map(|s| s.title.to_lowercase())
            .collect();
        let breach = ["trust-repair", "atonement", "attachment-injury"].contains(&t.id.as_str());
        for title in everywhere
            .iter()
            .chain(if breach { &after_a_breach[..] } else { &[] })
        {
            assert!(titles.iter().any(|x| x == title), "{}: no {title:?}", t.id);
        }
        let hug = t
            .suggestions
            .iter()
            .find(|s| s.title == "Daily ritual of connection")
            .unwrap();
        assert!(
            hug.behaviour.contains("at least twenty seconds")
                && !hug.behaviour.contains("six seconds"),
            "{}: the hug is Gottman's 20 seconds (six is the kiss)",
            t.id
        );
    }
}

/// Every shipped protocol keeps "phones away" to the therapy room; a rule marked for the room
/// must be one of the rules, and a couple whose rules were copied before rules were marked has
/// the room's rule recognised by its words.
#[test]
fn rules_for_the_therapy_room_are_marked_and_known_by_their_words() {
    use chrono::NaiveDate;
    use groundwork::model::{Couple, CoupleId, GroundRule, NoteFormat};
    use groundwork::session::session_start;

    for (file, _) in SHIPPED {
        let set = templates::load(None);
        let t = set
            .templates
            .iter()
            .find(|t| file.starts_with(&t.id))
            .unwrap_or_else(|| panic!("{file}"));
        // One partner alone has no ground rules for the couple.
        if t.individual {
            assert!(t.ground_rules.is_empty(), "{file}");
            continue;
        }
        assert_eq!(
            t.session_only,
            vec!["Phones away for the session."],
            "{file}"
        );
    }
    let mut t = shipped("speaker-listener");
    t.session_only.push("No phones in bed".into());
    assert_eq!(
        t.problems(),
        vec![
            "\"No phones in bed\" is marked for the session only but is not one of the ground rules"
        ]
    );

    let t = shipped("speaker-listener");
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut couple = Couple::new(CoupleId("c".into()), "Sophie", "Emma", day);
    let marked = |start: &groundwork::model::SessionStart| -> Vec<String> {
        start
            .ground_rules
            .iter()
            .filter(|r| r.session_only)
            .map(|r| r.text.clone())
            .collect()
    };
    let first = session_start(&couple, 1, &t, NoteFormat::Dap, day);
    assert_eq!(marked(&first), ["Phones away for the session."]);
    // A record written before: the same words, no mark.
    couple.ground_rules = t
        .ground_rules
        .iter()
        .enumerate()
        .map(|(i, text)| GroundRule {
            id: i as u32 + 1,
            text: text.clone(),
            agreed_on: Some(day),
            session_only: false,
        })
        .collect();
    let later = session_start(&couple, 2, &t, NoteFormat::Dap, day);
    assert_eq!(marked(&later), ["Phones away for the session."]);
}

/// An individual session is one partner alone: a template that gives it homework, a check-in or
/// turns (which need both partners) is named, phase by phase, by `templates check`.
#[test]
fn an_individual_template_with_a_phase_for_both_partners_is_refused_in_a_sentence() {
    let text = edit(
        shipped_text("individual.ron"),
        "        (\n            title: \"Closing\",",
        "        (\n            title: \"Agreements\",\n            minutes: 5,\n            kind: Homework,\n        ),\n        (\n            title: \"Closing\",",
    );
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("individual.ron"), &text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_groundwork"))
        .env("GROUNDWORK_LANG", "en")
        .args(["templates", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{said}");
    assert!(
        said.contains(
            "phase 2 (\"Agreements\") is a homework agreements phase, which needs both partners"
        ),
        "{said}"
    );
}

/// A template's German words that leave out a guided step (or add a phase) are named by
/// `templates check`, language and phase; the same words complete are accepted, and a session
/// with a German couple runs in them.
#[test]
fn templates_check_names_a_translation_whose_steps_disagree_with_the_english() {
    let german = |steps: &str| {
        format!(
            "    translations: {{\n        De: (\n            name: \"Einzelsitzung\",\n            phases: [\n                (title: \"Allein mit der Therapeutin\", steps: [{steps}]),\n                (title: \"Abschluss\"),\n            ],\n        ),\n    }},\n)"
        )
    };
    let step = |n: u32| format!("(title: \"Schritt {n}\", prompt: \"Frage {n}\"),");
    let with_steps = |n: u32| {
        let steps: String = (1..=n).map(step).collect();
        let text = shipped_text("individual.ron");
        // The shipped file may carry its own translations: the test's replace them.
        let body = match text.find("    translations: {") {
            Some(at) => text[..at].to_owned(),
            None => text.trim_end().trim_end_matches(')').to_owned(),
        };
        body + &german(&steps) + "\n"
    };
    let check = |text: &str| {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("individual.ron"), text).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_groundwork"))
            .env("GROUNDWORK_LANG", "en")
            .args(["templates", "check"])
            .arg(dir.path())
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.success(), said)
    };

    let (ok, said) = check(&with_steps(3));
    assert!(!ok, "{said}");
    assert!(
        said.contains(
            "the German translation of phase 1 (\"Alone with the therapist\") has 3 steps; the English has 4"
        ),
        "{said}"
    );

    let (ok, said) = check(&with_steps(4));
    assert!(ok, "{said}");

    // The complete words are what a German couple's session shows.
    let template =
        groundwork::store::templates::parse(std::path::Path::new("individual.ron"), &with_steps(4))
            .unwrap();
    let de = template.in_lang(groundwork::model::Lang::De);
    assert_eq!(de.name, "Einzelsitzung");
    assert_eq!(de.phases[0].title, "Allein mit der Therapeutin");
    assert_eq!(de.phases[1].title, "Abschluss");
    let groundwork::model::PhaseKind::GuidedSteps { steps } = &de.phases[0].kind else {
        panic!("guided steps");
    };
    assert_eq!(steps[3].prompt, "Frage 4");
    // Minutes and kinds are the template's, whatever the language.
    assert_eq!(de.phases[0].minutes, template.phases[0].minutes);
    // French, which these words lack, stays English.
    assert_eq!(
        template.in_lang(groundwork::model::Lang::Fr).phases[0].title,
        "Alone with the therapist"
    );
}

/// Every shipped protocol runs in German, French and Spanish: each has its name, summary,
/// every phase and step, rule, suggestion and card in each language (`templates check` names
/// any that disagree), and a German couple's session shows none of the English prompts.
#[test]
fn every_shipped_template_speaks_german_french_and_spanish() {
    use groundwork::model::{Lang, PhaseKind};
    let set = groundwork::store::templates::load(None);
    assert!(set.problems.is_empty(), "{:?}", set.problems);
    assert_eq!(set.templates.len(), SHIPPED.len());
    for t in &set.templates {
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            let words = t
                .translations
                .get(&lang)
                .unwrap_or_else(|| panic!("{} has no {lang:?}", t.id));
            assert!(words.name.is_some() && words.summary.is_some(), "{}", t.id);
            let there = t.in_lang(lang);
            assert_ne!(there.name, t.name, "{} {lang:?}", t.id);
            assert_ne!(there.summary, t.summary, "{} {lang:?}", t.id);
            for (ours, theirs) in t.phases.iter().zip(&there.phases) {
                if let (PhaseKind::GuidedSteps { steps: e }, PhaseKind::GuidedSteps { steps: d }) =
                    (&ours.kind, &theirs.kind)
                {
                    for (e, d) in e.iter().zip(d) {
                        assert_ne!(e.prompt, d.prompt, "{} {lang:?}: {}", t.id, e.title);
                    }
                }
            }
            for (e, d) in t.ground_rules.iter().zip(&there.ground_rules) {
                assert_ne!(e, d, "{} {lang:?}: a ground rule stayed English", t.id);
            }
            // The rules for the room only are still marked, in their new words.
            assert_eq!(there.session_only.len(), t.session_only.len(), "{}", t.id);
            for rule in &there.session_only {
                assert!(
                    there.ground_rules.contains(rule),
                    "{} {lang:?}: {rule}",
                    t.id
                );
            }
            for (e, d) in t.suggestions.iter().zip(&there.suggestions) {
                assert_ne!(e.behaviour, d.behaviour, "{} {lang:?}", t.id);
            }
            for (e, d) in t.cards.iter().zip(&there.cards) {
                assert_ne!(e.lines, d.lines, "{} {lang:?}", t.id);
            }
        }
    }
}
