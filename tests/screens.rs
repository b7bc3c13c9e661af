//! Screens as text: insta snapshots of home, project, team and help at 80×24
//! and 120×40 in the three languages, style checks, and no panic at any size.

mod common;

use common::{app_with, home_data, press, render, sample, screen};
use premisli::app::App;
use premisli::domain::Language;
use premisli::ui::Theme;
use ratatui::style::Modifier;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn states(lang: Language) -> Vec<(&'static str, App)> {
    let home = App::new(lang, home_data());
    // The card's everyday use and dissemination; a data source's form with
    // whose view it gives; a calendar entry's form with its kind.
    let mut passing_on = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut passing_on, &format!("1 {}", "<Down> ".repeat(13)));
    let mut source_form = app_with(sample("inovacijski-projekt.ron"), lang);
    press(
        &mut source_form,
        "5 s Hospitacija <Tab> <Tab> <Right> <Right> <Right>",
    );
    let mut activity_form = app_with(sample("inovacijski-projekt.ron"), lang);
    press(
        &mut activity_form,
        &format!("1 {} <Enter>", "<Down> ".repeat(19)),
    );
    let portfolio = common::portfolio_home(lang);
    let mut by_school = portfolio.clone();
    press(&mut by_school, "o o o j j");
    let project = app_with(sample("inovacijski-projekt.ron"), lang);
    let mut team = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut team, "2 j j j");
    let mut help = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut help, "<F1>");
    let mut form = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut form, "2 a Ana<Space>Kovač <Tab> <Right>");
    let mut ru = app_with(sample("soko-monitoring.ron"), lang);
    press(&mut ru, "<Down> <Down> <Down> <Enter>");
    let mut diagnosis = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut diagnosis, "3 j j j j j j");
    let mut anonymous = diagnosis.clone();
    press(&mut anonymous, "h");
    let mut summary = diagnosis.clone();
    press(&mut summary, "v v");
    let mut plans = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut plans, "4 <Tab>");
    let mut cycles = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut cycles, "5 j <Right>");
    let mut indicators = app_with(sample("soko-monitoring.ron"), lang);
    press(&mut indicators, "6 j");
    let mut grid = app_with(sample("soko-monitoring.ron"), lang);
    press(&mut grid, "6 <Enter> 4");
    let mut report = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut report, "8 j j j <Space>");
    let mut report_csv = app_with(sample("soko-monitoring.ron"), lang);
    press(&mut report_csv, "8 <Right> <PgDn>");
    vec![
        ("home", home),
        ("portfolio", portfolio),
        ("project-passing-on", passing_on),
        ("cycle-source-form", source_form),
        ("calendar-entry-form", activity_form),
        ("portfolio-by-school", by_school),
        ("report", report),
        ("report-csv", report_csv),
        ("project", project),
        ("team", team),
        ("help", help),
        ("member-form", form),
        ("project-editing-ru-sample", ru),
        ("diagnosis", diagnosis),
        ("diagnosis-anonymous", anonymous),
        ("diagnosis-summary", summary),
        ("plans", plans),
        ("cycles", cycles),
        ("indicators", indicators),
        ("entry-grid", grid),
    ]
}

/// A meeting being held on the Slovenian sample, at the strengths step with
/// the timer running, and the same in projector mode and other moments.
fn session_states(lang: Language) -> Vec<(&'static str, App)> {
    let tick = |app: &mut App, ms: u64| {
        app.handle(premisli::app::keys::Event::Tick, &common::env(ms));
    };
    let mut runner = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut runner, "7 a <Enter> <Enter> <Enter> <Enter> t <Tab>");
    tick(&mut runner, 1000 + 754_000);
    let mut projector = runner.clone();
    press(&mut projector, "<F5>");
    // The status line's message is the only chrome left; let it go.
    projector.view.status = None;
    let mut overrun = projector.clone();
    tick(&mut overrun, 1000 + 31 * 60_000 + 9_000);
    let mut ahead = runner.clone();
    press(&mut ahead, "<Esc> j j");
    let mut minutes = runner.clone();
    press(
        &mut minutes,
        "<Esc> n Ponovno<Space>se<Space>dobimo<Space>maja <Tab> <Right> <Enter> m",
    );
    let mut finished = runner.clone();
    press(&mut finished, "<Esc> <Enter> <Enter> <Enter> <Enter>");
    let mut gather = app_with(sample("inovacijski-projekt.ron"), lang);
    press(&mut gather, "7 a <Enter> <Tab> j <Space>");
    let mut gather_projector = gather.clone();
    press(&mut gather_projector, "<F5>");
    gather_projector.view.status = None;
    let mut empty = app_with(premisli::domain::Workshop::new("Nova", lang), lang);
    press(&mut empty, "7");
    vec![
        ("session-runner", runner),
        ("session-projector", projector),
        ("session-projector-overrun", overrun),
        ("session-look-ahead", ahead),
        ("session-minutes", minutes),
        ("session-finished", finished),
        ("session-gather", gather),
        ("session-gather-projector", gather_projector),
        ("session-none", empty),
    ]
}

#[test]
fn session_snapshots_at_80x24_and_200x60_in_three_languages() {
    for lang in Language::ALL {
        for (name, app) in session_states(lang) {
            for (w, h) in [(80, 24), (200, 60)] {
                let text = screen(&app, w, h);
                insta::assert_snapshot!(format!("{name}-{}-{w}x{h}", lang.code()), text);
            }
        }
    }
}

#[test]
fn snapshots_in_three_languages_and_two_sizes() {
    for lang in Language::ALL {
        for (name, app) in states(lang) {
            for (w, h) in SIZES {
                let text = screen(&app, w, h);
                insta::assert_snapshot!(format!("{name}-{}-{w}x{h}", lang.code()), text);
            }
        }
    }
}

#[test]
fn every_screen_survives_every_small_size() {
    let mut apps: Vec<App> = states(Language::Ru)
        .into_iter()
        .chain(session_states(Language::Ru))
        .map(|(_, a)| a)
        .collect();
    apps.push(app_with(sample("large.ron"), Language::Sl));
    // Every size from 1x1 to 300x100 with PREMISLI_ALL_SIZES=1 (about 10 minutes
    // in release); otherwise a grid through the whole range and the edges.
    let all = std::env::var_os("PREMISLI_ALL_SIZES").is_some();
    let widths: Vec<u16> = if all {
        (1..=300).collect()
    } else {
        (1..=300)
            .step_by(23)
            .chain([2, 59, 60, 61, 79, 80, 81, 119, 120, 199, 200, 299, 300])
            .collect()
    };
    let heights: Vec<u16> = if all {
        (1..=100).collect()
    } else {
        (1..=100)
            .step_by(11)
            .chain([2, 15, 16, 17, 23, 24, 25, 40, 60, 99, 100])
            .collect()
    };
    for app in &apps {
        for &w in &widths {
            for &h in &heights {
                let text = screen(app, w, h);
                assert!(
                    !text.chars().any(|c| c.is_control() && c != '\n'),
                    "control character at {w}x{h}"
                );
            }
        }
    }
}

#[test]
fn below_the_minimum_the_app_asks_for_a_larger_window() {
    let app = app_with(sample("inovacijski-projekt.ron"), Language::Sl);
    let text = screen(&app, 50, 10);
    assert!(text.contains("Povečajte okno"), "{text}");
}

#[test]
fn hostile_text_is_drawn_as_visible_placeholders() {
    let mut w = sample("inovacijski-projekt.ron");
    w.title = "A\u{1b}]0;owned\u{7}B\u{9b}2JC\u{202e}D".into();
    w.team[0].name = "Eva\u{1b}[31m".into();
    let mut app = app_with(w, Language::En);
    for keys in ["", "2"] {
        press(&mut app, keys);
        let text = screen(&app, 120, 40);
        assert!(!text.contains('\u{1b}') && !text.contains('\u{9b}') && !text.contains('\u{202e}'));
        assert!(text.contains("\u{241b}"), "ESC shown as ␛:\n{text}");
    }
}

#[test]
fn ascii_mode_draws_only_seven_bit_characters() {
    for lang in Language::ALL {
        let mut app = app_with(sample("soko-monitoring.ron"), lang);
        for keys in [
            "",
            "<F1>",
            "<Esc> 2",
            "a",
            "<Esc> 3",
            "r",
            "4",
            "5",
            "j",
            "6",
            "<Enter> 4",
            "<Esc> <Esc> 7 a <Enter> t",
            "<Tab>",
            "<F5>",
            "<F5> <Esc> m",
            "<Esc> 8",
            "<Left>",
        ] {
            press(&mut app, keys);
            let term = render(&app, 100, 30, &Theme::fallback(), true);
            let text = common::buffer_text(term.backend().buffer());
            assert!(text.is_ascii(), "{lang:?} {keys}:\n{text}");
        }
    }
}

#[test]
fn the_active_tab_and_selection_are_styled() {
    let theme = Theme::fallback();
    let app = app_with(sample("inovacijski-projekt.ron"), Language::En);
    let term = render(&app, 100, 30, &theme, false);
    let buf = term.backend().buffer();
    let text = common::buffer_text(buf);
    let first = text.lines().next().unwrap();
    let col = first.find("1 Project").unwrap();
    let x = first[..col].chars().count() as u16;
    assert_eq!(buf[(x, 0)].style().bg, theme.tab_active.bg, "active tab");
    assert!(buf[(x, 0)].style().add_modifier.contains(Modifier::BOLD));
    let row = text.lines().position(|l| l.contains('▶')).unwrap() as u16;
    let mx = text
        .lines()
        .nth(row as usize)
        .unwrap()
        .chars()
        .position(|c| c == '▶')
        .unwrap() as u16;
    assert_eq!(
        buf[(mx, row)].style().fg,
        theme.accent.fg,
        "selection marker"
    );
}

#[test]
fn the_dashboard_in_monochrome() {
    let theme = Theme::built_in("monochrome").unwrap();
    for lang in Language::ALL {
        let mut app = app_with(sample("soko-monitoring.ron"), lang);
        press(&mut app, "6");
        let term = render(&app, 120, 40, &theme, false);
        let text = common::buffer_text(term.backend().buffer());
        assert!(
            text.contains('●') && text.contains('○'),
            "glyphs carry the standing without colour"
        );
        insta::assert_snapshot!(format!("dashboard-monochrome-{}", lang.code()), text);
    }
}

#[test]
fn no_color_keeps_the_selection_visible() {
    let theme = Theme::fallback().without_colors();
    let app = app_with(sample("inovacijski-projekt.ron"), Language::En);
    let term = render(&app, 100, 30, &theme, false);
    let buf = term.backend().buffer();
    for cell in buf.content() {
        assert!(cell.style().fg.is_none() || cell.style().fg == Some(ratatui::style::Color::Reset));
    }
    assert!(common::buffer_text(buf).contains('▶'));
}
