//! The printed dashboard: fits every width, 7-bit with --ascii, deterministic,
//! snapshots of the samples in three languages.

mod common;

use premisli::domain::Language;
use premisli::ui::{Theme, Ui, dashboard, text};

#[test]
fn the_dashboard_fits_every_width_and_ascii_is_7_bit() {
    let theme = Theme::fallback();
    for name in [
        "inovacijski-projekt.ron",
        "soko-monitoring.ron",
        "large.ron",
    ] {
        let w = common::sample(name);
        for width in (40..=250u16).step_by(3) {
            for ascii in [false, true] {
                let ui = Ui {
                    theme: &theme,
                    ascii,
                };
                let out = dashboard::to_text(&w, Language::Ru, &ui, width);
                assert!(
                    out.lines().all(|l| text::width(l) <= usize::from(width)),
                    "{name} at {width}"
                );
                if ascii {
                    assert!(out.is_ascii(), "{name} at {width}");
                }
            }
        }
    }
}

#[test]
fn dashboard_snapshots() {
    let theme = Theme::fallback();
    for (name, langs) in [
        ("inovacijski-projekt.ron", &Language::ALL[..]),
        ("soko-monitoring.ron", &Language::ALL[..]),
    ] {
        let w = common::sample(name);
        for &lang in langs {
            for width in [60u16, 100, 160] {
                for ascii in [false, true] {
                    let ui = Ui {
                        theme: &theme,
                        ascii,
                    };
                    let out = dashboard::to_text(&w, lang, &ui, width);
                    assert_eq!(
                        out,
                        dashboard::to_text(&w, lang, &ui, width),
                        "deterministic"
                    );
                    let stem = name.trim_end_matches(".ron");
                    let v = if ascii { "ascii" } else { "unicode" };
                    insta::assert_snapshot!(
                        format!("dashboard-{stem}-{}-{width}-{v}", lang.code()),
                        out
                    );
                }
            }
        }
    }
}

#[test]
fn the_cli_prints_the_dashboard() {
    let path = common::root().join("sample-data/soko-monitoring.ron");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_premisli"))
        .args([
            "dashboard",
            path.to_str().unwrap(),
            "--width",
            "100",
            "--lang",
            "ru",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Показатели качества") && text.contains("Здоровье обучающихся"),
        "{text}"
    );
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_premisli"))
        .args(["dashboard", "/nonexistent.ron"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
}

#[test]
fn the_one_pass_series_agrees_with_value_per_cell() {
    use premisli::domain::dashboard::{series, value};
    for name in [
        "inovacijski-projekt.ron",
        "soko-monitoring.ron",
        "large.ron",
    ] {
        let w = common::sample(name);
        let m = &w.monitoring;
        for ind in m.indicators() {
            for group in std::iter::once(None).chain(m.groups.iter().map(|g| Some(g.id))) {
                let slow: Vec<Option<f64>> = m
                    .periods
                    .iter()
                    .map(|p| value(m, ind, p.id, group))
                    .collect();
                assert_eq!(
                    series(m, ind, group),
                    slow,
                    "{name}: {} {group:?}",
                    ind.name
                );
            }
        }
    }
}
