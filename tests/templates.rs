use groundwork::store::templates::{self, SHIPPED};
use std::path::Path;

#[test]
fn explore() {
    for (name, text) in SHIPPED {
        match templates::parse(Path::new(name), text) {
            Ok(t) => println!(
                "{name}: ok {} min, {:?}",
                t.planned_minutes(),
                t.suggestions
                    .iter()
                    .map(|s| format!("{:?}", s.when))
                    .collect::<Vec<_>>()
            ),
            Err(p) => println!("{name}: {p:?}"),
        }
    }
    let base = SHIPPED[2].1;
    let cases = [
        (
            "missing comma",
            base.replacen(
                "            minutes: 10,\n            kind: CheckIn,",
                "            minutes: 10\n            kind: CheckIn,",
                1,
            ),
        ),
        (
            "unknown kind",
            base.replacen("kind: CheckIn,", "kind: CheckOut,", 1),
        ),
        (
            "speak 0",
            base.replacen("speak_seconds: 120", "speak_seconds: 0", 1),
        ),
        (
            "minutes 999",
            base.replacen("minutes: 10,", "minutes: 999,", 1),
        ),
        (
            "empty title",
            base.replacen("title: \"Ground rules\"", "title: \" \"", 1),
        ),
        (
            "weekday",
            base.replacen("Weekly(\"Sun\")", "Weekly(\"Sunny\")", 1),
        ),
        (
            "named",
            base.replacen("(\n    schema: 1", "Template(\n    schema: 2", 1),
        ),
        ("nostruct", "(schema: 1)".to_owned()),
        ("garbage", "hello".to_owned()),
    ];
    for (what, text) in cases {
        assert_ne!(text, base, "{what}");
        match templates::parse(Path::new("x.ron"), &text) {
            Ok(_) => println!("{what}: ok"),
            Err(p) => {
                for p in p {
                    println!("{what}: {p}");
                    if let Some((l, c)) = p.position {
                        println!(
                            "   > {}",
                            text.lines()
                                .nth(l - 1)
                                .unwrap_or("")
                                .chars()
                                .skip(c.saturating_sub(1))
                                .take(40)
                                .collect::<String>()
                        );
                    }
                }
            }
        }
    }
}
