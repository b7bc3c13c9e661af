//! The spiral: snapshots for 1, 3, 7, 12 and 24 cycles at widths 40, 80 and 200
//! in both variants; every line fits its width; ASCII is 7-bit; deterministic.

mod common;

use chrono::{Days, NaiveDate};
use premisli::domain::{Cycle, GoalTier, Id, Language, Phase, PhaseStatus};
use premisli::ui::{Theme, Ui, spiral, text};

/// n cycles, three a school year, the first two thirds done, the next in progress.
fn cycles(n: usize) -> Vec<Cycle> {
    let start = NaiveDate::from_ymd_opt(2024, 9, 1).unwrap();
    (0..n)
        .map(|i| {
            let s = start + Days::new(120 * i as u64);
            let mut c = Cycle::new(
                Id(i as u32 + 1),
                &format!("Krog {}", i + 1),
                s,
                s + Days::new(110),
            )
            .unwrap();
            c.tier = [GoalTier::First, GoalTier::Intermediate, GoalTier::Desired][i % 3];
            let done = n * 2 / 3;
            for (k, p) in Phase::ALL.into_iter().enumerate() {
                c.phase_mut(p).status = if i < done || (i == done && k < 2) {
                    PhaseStatus::Done
                } else if i == done && k == 2 {
                    PhaseStatus::InProgress
                } else {
                    PhaseStatus::NotStarted
                };
            }
            c
        })
        .collect()
}

#[test]
fn spiral_snapshots() {
    let theme = Theme::fallback();
    for n in [1, 3, 7, 12, 24] {
        let c = cycles(n);
        for width in [40u16, 80, 200] {
            for ascii in [false, true] {
                let ui = Ui {
                    theme: &theme,
                    ascii,
                };
                let out = spiral::to_text(&c, "Razredna skupnost", Language::Sl, &ui, width);
                for line in out.lines() {
                    assert!(
                        text::width(line) <= usize::from(width),
                        "{n} cycles, width {width}: {line:?}"
                    );
                }
                assert!(out.lines().filter(|l| !l.trim().is_empty()).count() >= 6);
                if ascii {
                    assert!(out.is_ascii(), "{n} cycles, width {width}:\n{out}");
                }
                assert_eq!(
                    out,
                    spiral::to_text(&c, "Razredna skupnost", Language::Sl, &ui, width),
                    "deterministic"
                );
                let variant = if ascii { "ascii" } else { "unicode" };
                insta::assert_snapshot!(format!("spiral-{n}-cycles-{width}-{variant}"), out);
            }
        }
    }
}

#[test]
fn every_width_from_40_to_250_fits() {
    let theme = Theme::fallback();
    let c = cycles(7);
    for width in 40..=250u16 {
        for ascii in [false, true] {
            let ui = Ui {
                theme: &theme,
                ascii,
            };
            let out = spiral::to_text(&c, "T", Language::Ru, &ui, width);
            assert!(
                out.lines().all(|l| text::width(l) <= usize::from(width)),
                "width {width}"
            );
        }
    }
}

#[test]
fn the_cli_prints_the_spiral_of_a_file() {
    let path = common::root().join("sample-data/inovacijski-projekt.ron");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_premisli"))
        .args([
            "spiral",
            path.to_str().unwrap(),
            "--width",
            "60",
            "--ascii",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.is_ascii());
    assert!(text.contains("now: 2. krog"), "{text}");
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_premisli"))
        .args(["spiral", "/nonexistent.ron"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let narrow = std::process::Command::new(env!("CARGO_BIN_EXE_premisli"))
        .args(["spiral", path.to_str().unwrap(), "--width", "5"])
        .output()
        .unwrap();
    assert_eq!(
        narrow.status.code(),
        Some(2),
        "usage error below 20 columns"
    );
}
