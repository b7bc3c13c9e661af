//! Files: every sample round-trips, every broken fixture fails with its
//! position and message, and saving never damages what was there.

mod common;

use std::path::Path;

use premisli::domain::{FORMAT_VERSION, Workshop};
use premisli::store::{self, SaveOptions, StoreError};

#[test]
fn every_sample_loads_saves_and_reloads_equal() {
    let dir = tempfile::tempdir().unwrap();
    let mut count = 0;
    for entry in std::fs::read_dir(common::root().join("sample-data")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let w = store::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(w.version, FORMAT_VERSION);
        let copy = dir.path().join(path.file_name().unwrap());
        store::save_workshop(&copy, &w, SaveOptions::default()).unwrap();
        assert_eq!(store::load(&copy).unwrap(), w, "{}", path.display());
        // Saving what was loaded twice gives the same bytes: the format is stable.
        let text = std::fs::read_to_string(&copy).unwrap();
        store::save_workshop(&copy, &store::load(&copy).unwrap(), SaveOptions::default()).unwrap();
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), text);
        count += 1;
    }
    assert!(count >= 3, "samples found: {count}");
}

#[test]
fn samples_show_the_model_in_use() {
    let sl = common::sample("inovacijski-projekt.ron");
    assert!(sl.team.len() >= 6 && sl.cycles.len() == 3);
    assert!(!sl.diagnosis.items.is_empty() && !sl.plans.curative.is_empty());
    assert!(!sl.monitoring.criteria.is_empty());
    let ru = common::sample("soko-monitoring.ron");
    // The regulation's table (section 4.6): 7 criteria, 28 indicators.
    assert_eq!(ru.monitoring.criteria.len(), 7);
    assert_eq!(ru.monitoring.indicators().count(), 28);
    assert_eq!(
        ru.monitoring.periods.len(),
        15,
        "three years by quarter and year"
    );
    assert!(
        ru.cycles.is_empty(),
        "a monitoring has no action-research cycles"
    );
    assert!(ru.project.research_question.is_empty());
    assert!(ru.project.procedures.len() >= 6 && !ru.monitoring.control.is_empty());
    let outside = ru.monitoring.groups.iter().filter(|g| g.scope.is_some());
    assert_eq!(outside.count(), 2, "the municipality and the region");
    // Every share the school counts is kept as its counts, and adds up: a
    // class's counts never exceed it, the school's whole is its classes'.
    let classes: Vec<_> = ru
        .monitoring
        .groups
        .iter()
        .filter(|g| g.scope.is_none())
        .map(|g| g.id)
        .collect();
    assert_eq!(classes.len(), 9, "grades 1–9");
    for ind in ru.monitoring.indicators() {
        for m in &ind.measurements {
            let own = m.group.is_none_or(|g| classes.contains(&g));
            if ind.unit == premisli::domain::indicators::Unit::Share && own {
                assert!(
                    matches!(m.value, premisli::domain::indicators::Value::Ratio(..))
                        || ind.plan.method == premisli::domain::indicators::Method::Test,
                    "{}: {:?}",
                    ind.name,
                    m.value
                );
            }
        }
    }
    let health = ru
        .monitoring
        .indicators()
        .find(|i| i.name.starts_with("Соотношение доли детей"))
        .unwrap();
    assert_eq!(
        health.direction,
        premisli::domain::indicators::Direction::HigherIsBetter
    );
    let large = common::sample("large.ron");
    assert_eq!(large.team.len(), 60);
    assert_eq!(large.diagnosis.items.len(), 600);
    assert_eq!(large.cycles.len(), 12);
    assert_eq!(large.monitoring.indicators().count(), 40);
    assert_eq!(large.monitoring.periods.len(), 20);
    assert_eq!(large.monitoring.groups.len(), 6);
    assert!(
        large
            .monitoring
            .indicators()
            .all(|i| i.measurements.len() == 120)
    );
}

/// (fixture, position, a piece of the message)
/// A line and column, when the error has one.
type Position = Option<(usize, usize)>;

const INVALID: &[(&str, Position, &str)] = &[
    ("truncated.ron", Some((3, 10)), "end of string"),
    ("wrong-type.ron", Some((5, 15)), "Expected integer"),
    (
        "unknown-field.ron",
        Some((4, 3)),
        "Unexpected field named `colour`",
    ),
    (
        "duplicate-field.ron",
        Some((4, 3)),
        "duplicate field named `title`",
    ),
    (
        "future-version.ron",
        None,
        "newer premisli (format version 9",
    ),
    (
        "deep-nesting.ron",
        Some((3, 3)),
        "Unexpected field named `extra`",
    ),
    ("invalid-utf8.ron", Some((3, 15)), "not valid UTF-8"),
    ("empty.ron", Some((1, 1)), "Expected opening `(`"),
    ("dangling-author.ron", None, "refers to id 7"),
    (
        "level-out-of-range.ron",
        Some((3, 42)),
        "innovation level must be 1 to 5",
    ),
];

#[test]
fn invalid_fixtures_fail_with_position_and_message() {
    let dir = common::root().join("tests/fixtures/invalid");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            INVALID.iter().any(|(n, _, _)| *n == name),
            "fixture {name} has no expectation"
        );
        seen += 1;
    }
    assert_eq!(seen, INVALID.len());
    for (name, pos, message) in INVALID {
        let err = store::load(&dir.join(name)).expect_err(name);
        let text = err.to_string();
        assert!(text.contains(message), "{name}: {text}");
        match (pos, &err) {
            (Some((l, c)), StoreError::Parse { line, col, .. }) => {
                assert_eq!((line, col), (l, c), "{name}")
            }
            (Some(_), other) => panic!("{name}: expected a position, got {other}"),
            (None, StoreError::Parse { .. }) => panic!("{name}: unexpected position in {text}"),
            (None, _) => {}
        }
        assert!(
            text.starts_with(&dir.join(name).display().to_string()),
            "{text}"
        );
    }
}

#[test]
fn a_future_file_is_never_rewritten_by_validation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.ron");
    std::fs::copy(
        common::root().join("tests/fixtures/invalid/future-version.ron"),
        &path,
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(
        store::load(&path),
        Err(StoreError::TooNew { found: 9, .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn control_characters_in_a_file_still_open() {
    let text = "Workshop(version: 1, title: \"a\u{1b}]52;c;ZXZpbA==\u{7}b\u{9b}31mc\")";
    let w = store::from_text(Path::new("x.ron"), text).unwrap();
    assert!(w.title.contains('\u{1b}'));
}

#[test]
fn a_failed_rename_reports_not_saved_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    // A directory where the file should be: the final rename must fail.
    let path = dir.path().join("w.ron");
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("keep.txt"), "x").unwrap();
    let err = store::save_workshop(
        &path,
        &Workshop::new("t", Default::default()),
        SaveOptions::default(),
    );
    assert!(err.is_err());
    assert!(path.join("keep.txt").exists());
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["w.ron".to_string()], "stray files: {names:?}");
}

/// The measurements a file holds, read without the app's types: per indicator
/// (in file order) its rows as (period, group, value) where a value is a
/// number, or a share's two counts.
fn rows_in(tree: &ron::Value, out: &mut Vec<(u64, Option<u64>, Vec<f64>)>) {
    fn num(v: &ron::Value) -> f64 {
        match v {
            ron::Value::Number(n) => n.into_f64(),
            other => panic!("not a number: {other:?}"),
        }
    }
    fn group(v: &ron::Value) -> Option<u64> {
        match v {
            ron::Value::Option(None) => None,
            ron::Value::Option(Some(g)) => Some(num(g) as u64),
            other => panic!("not a group: {other:?}"),
        }
    }
    // `Number(40.0)` / `Ratio(2, 9)` (version 1) or `40.0` / `(2, 9)` (version 2).
    fn value(v: &ron::Value) -> Vec<f64> {
        match v {
            ron::Value::Seq(xs) => xs.iter().map(num).collect(),
            x => vec![num(x)],
        }
    }
    match tree {
        ron::Value::Map(map) => {
            for (k, v) in map.iter() {
                if *k == ron::Value::String("measurements".into()) {
                    let ron::Value::Seq(rows) = v else {
                        panic!("{v:?}")
                    };
                    for row in rows {
                        out.push(match row {
                            ron::Value::Map(m) => {
                                let get = |key: &str| m.get(&ron::Value::String(key.into()));
                                (
                                    num(get("period").unwrap()) as u64,
                                    get("group").and_then(group),
                                    value(get("value").unwrap()),
                                )
                            }
                            ron::Value::Seq(r) => (num(&r[0]) as u64, group(&r[1]), value(&r[2])),
                            other => panic!("{other:?}"),
                        });
                    }
                } else {
                    rows_in(v, out);
                }
            }
        }
        ron::Value::Seq(xs) => xs.iter().for_each(|x| rows_in(x, out)),
        ron::Value::Option(Some(x)) => rows_in(x, out),
        _ => {}
    }
}

/// A file's tree without what version 2 writes differently: the version, the
/// measurements (compared on their own) and a card's `cluster: None`.
fn the_rest(tree: &ron::Value) -> ron::Value {
    match tree {
        ron::Value::Map(map) => ron::Value::Map(
            map.iter()
                .filter(|(k, v)| {
                    let key = |s: &str| **k == ron::Value::String(s.into());
                    !(key("version")
                        || key("measurements")
                        || (key("cluster") && **v == ron::Value::Option(None)))
                })
                .map(|(k, v)| (k.clone(), the_rest(v)))
                .collect(),
        ),
        ron::Value::Seq(xs) => ron::Value::Seq(xs.iter().map(the_rest).collect()),
        ron::Value::Option(Some(x)) => ron::Value::Option(Some(Box::new(the_rest(x)))),
        other => other.clone(),
    }
}

#[test]
fn version_1_files_migrate_value_for_value_and_save_as_version_2() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["soko-monitoring.ron", "inovacijski-projekt.ron"] {
        let old_path = common::root().join("tests/fixtures/v1").join(name);
        let old_text = std::fs::read_to_string(&old_path).unwrap();
        assert!(old_text.contains("version: 1,") && old_text.contains("Measurement("));
        let w = store::load(&old_path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(w.version, FORMAT_VERSION);

        let copy = dir.path().join(name);
        store::save_workshop(&copy, &w, SaveOptions::default()).unwrap();
        let new_text = std::fs::read_to_string(&copy).unwrap();
        assert!(new_text.contains("version: 2,"), "{name}");
        assert!(
            !new_text.contains("Measurement("),
            "{name}: rows are written short"
        );
        assert_eq!(store::load(&copy).unwrap(), w, "{name}");
        assert!(new_text.len() < old_text.len(), "{name}: no shorter");

        let old_tree: ron::Value = ron::from_str(&old_text).unwrap();
        let new_tree: ron::Value = ron::from_str(&new_text).unwrap();
        let (mut before, mut after) = (Vec::new(), Vec::new());
        rows_in(&old_tree, &mut before);
        rows_in(&new_tree, &mut after);
        let held: usize = w
            .monitoring
            .indicators()
            .map(|i| i.measurements.len())
            .sum();
        assert!(before.len() > 20, "{name}: {} values", before.len());
        assert_eq!(before.len(), held, "{name}");
        assert_eq!(before, after, "{name}: every value kept, in order");
        assert_eq!(the_rest(&old_tree), the_rest(&new_tree), "{name}");
    }
}

#[test]
fn a_version_1_file_is_not_rewritten_until_it_is_edited() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    std::fs::copy(
        common::root().join("tests/fixtures/v1/soko-monitoring.ron"),
        &path,
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_premisli"))
        .args(["validate"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
