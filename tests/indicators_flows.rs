//! Key flows of the entry grid: values and Enters only, decimal comma or point,
//! bad values refused with nothing half-written, pasted columns, undo.

mod common;

use common::{app_with, env, press, sample};
use premisli::app::App;
use premisli::app::indicators::Mode;
use premisli::app::keys::{Event, parse_keys};
use premisli::domain::dashboard::value;
use premisli::domain::{Language, Workshop};

fn w(app: &App) -> &Workshop {
    &app.shared.doc.as_ref().unwrap().workshop
}

fn cell(app: &App, row: usize, col: usize) -> Option<f64> {
    let w = w(app);
    let ind = w.monitoring.indicators().nth(row).unwrap();
    value(
        &w.monitoring,
        ind,
        w.monitoring.periods[col].id,
        app.view.indicators.group,
    )
}

#[test]
fn forty_values_take_the_values_and_their_enters_only() {
    let mut app = app_with(sample("large.ron"), Language::Sl);
    press(&mut app, "6 <Enter>");
    assert_eq!(app.view.indicators.mode, Mode::Grid);
    app.view.indicators.row = 0;
    let mut keys = 0;
    let mut expected = Vec::new();
    for k in 0..40 {
        let unit = w(&app).monitoring.indicators().nth(k).unwrap().unit;
        let v = match unit {
            premisli::domain::indicators::Unit::YesNo => "1".to_string(),
            premisli::domain::indicators::Unit::Count => format!("{}", k % 7),
            _ => format!("{},5", 50 + k % 40),
        };
        expected.push(v.replace(',', ".").parse::<f64>().unwrap());
        let spec = format!("{v} <Enter>");
        keys += parse_keys(&spec).unwrap().len();
        press(&mut app, &spec);
    }
    let last = w(&app).monitoring.periods.len() - 1;
    for (k, x) in expected.iter().enumerate() {
        assert_eq!(cell(&app, k, last), Some(*x), "row {k}");
    }
    // Every key was a character of a value or its Enter.
    let chars: usize = (0..40)
        .map(|k| {
            let unit = w(&app).monitoring.indicators().nth(k).unwrap().unit;
            match unit {
                premisli::domain::indicators::Unit::YesNo => 1,
                premisli::domain::indicators::Unit::Count => format!("{}", k % 7).len(),
                _ => format!("{},5", 50 + k % 40).chars().count(),
            }
        })
        .sum();
    assert_eq!(keys, chars + 40);
}

#[test]
fn bad_values_are_refused_and_escape_cancels() {
    let mut app = app_with(sample("soko-monitoring.ron"), Language::En);
    press(&mut app, "6 <Enter>");
    let last = w(&app).monitoring.periods.len() - 1;
    let before = cell(&app, 0, last);
    press(&mut app, "140 <Enter>");
    assert_eq!(cell(&app, 0, last), before, "a share above 100 is refused");
    assert!(app.view.status.is_some());
    assert!(
        app.view.indicators.editing.is_some(),
        "the cell stays open to correct"
    );
    // Esc drops what was typed and leaves the grid at once.
    press(&mut app, "<Esc>");
    assert!(app.view.indicators.editing.is_none());
    assert_eq!(app.view.indicators.mode, Mode::Dashboard);
    press(&mut app, "<Enter> 5 <Esc>");
    assert_eq!(cell(&app, 0, last), before);
    press(&mut app, "<Enter> 42,5 <Enter>");
    assert_eq!(cell(&app, 0, last), Some(42.5));
    assert_eq!(app.view.indicators.row, 1, "Enter moves down");
    press(&mut app, "<C-z>");
    assert_eq!(cell(&app, 0, last), before);
}

#[test]
fn a_pasted_column_fills_the_cells_below_or_nothing() {
    let mut app = app_with(sample("soko-monitoring.ron"), Language::Ru);
    press(&mut app, "6 <Enter> g");
    let group = app.view.indicators.group;
    assert!(group.is_some(), "one class");
    let last = w(&app).monitoring.periods.len() - 1;
    let original = (cell(&app, 0, last), cell(&app, 1, last));
    app.handle(Event::Paste("41,5\n33\n".into()), &env(9000));
    assert_eq!(cell(&app, 0, last), Some(41.5));
    assert_eq!(cell(&app, 1, last), Some(33.0));
    let before = (cell(&app, 2, last), cell(&app, 3, last));
    app.view.indicators.row = 2;
    app.handle(Event::Paste("1\nnot a number\n".into()), &env(9100));
    assert_eq!(
        (cell(&app, 2, last), cell(&app, 3, last)),
        before,
        "nothing half-written"
    );
    press(&mut app, "<C-z>");
    assert_eq!(
        (cell(&app, 0, last), cell(&app, 1, last)),
        original,
        "the whole paste is one undo"
    );
}

#[test]
fn the_dashboard_switches_group_sort_and_filter() {
    let mut app = app_with(sample("soko-monitoring.ron"), Language::En);
    press(&mut app, "6 o");
    let rows = premisli::app::indicators::shown_rows(w(&app), &app.view.indicators);
    let gaps: Vec<f64> = rows.iter().filter_map(|r| r.gap).collect();
    assert!(gaps.windows(2).all(|p| p[0] <= p[1]), "worst gap first");
    press(&mut app, "f");
    let rows = premisli::app::indicators::shown_rows(w(&app), &app.view.indicators);
    assert_eq!(rows.len(), 5, "the first criterion has five indicators");
    press(&mut app, "g");
    let text = common::screen(&app, 120, 40);
    assert!(text.contains("1 класс"), "{text}");
}

#[test]
fn the_register_grows_from_the_keyboard() {
    let mut ws = Workshop::new("Kakovost", Language::Sl);
    ws.project.school_year = "2025/26".into();
    let mut app = app_with(ws, Language::Sl);
    press(&mut app, "6 a");
    assert!(app.view.status.is_some(), "no criterion yet");
    press(&mut app, "c Učni<Space>uspeh <Enter>");
    press(
        &mut app,
        "p 1.<Space>obdobje <Enter> p 2.<Space>obdobje <Enter> G 5.a <Enter>",
    );
    let m = &w(&app).monitoring;
    assert_eq!(m.criteria[0].name, "Učni uspeh");
    assert_eq!(m.periods.len(), 2);
    assert_eq!(m.periods[1].school_year, "2025/26");
    assert_eq!(m.groups[0].name, "5.a");
    // An indicator: name, unit (share), direction, reference; 120 % is refused.
    press(
        &mut app,
        "a Delež<Space>odličnjakov <Tab> <Tab> <Tab> 120 <Enter>",
    );
    assert!(w(&app).monitoring.criteria[0].indicators.is_empty());
    press(&mut app, "<BS> <BS> <BS> 25 <Enter>");
    let ind = &w(&app).monitoring.criteria[0].indicators[0];
    assert_eq!(
        (ind.name.as_str(), ind.reference),
        ("Delež odličnjakov", Some(25.0))
    );
    // Values go in, and the unit cannot change to one they do not fit.
    press(
        &mut app,
        "<Enter> 80 <Enter> <Esc> e <Tab> <Right> <Right> <Right> <Enter>",
    );
    assert_eq!(
        w(&app).monitoring.criteria[0].indicators[0].unit,
        premisli::domain::indicators::Unit::Share,
        "80 is no yes/no"
    );
    press(
        &mut app,
        "<Esc> e <Tab> <Tab> <Tab> <Tab> učenci<Space>5.<Space>razreda <Enter>",
    );
    assert_eq!(
        w(&app).monitoring.criteria[0].indicators[0].plan.object,
        "učenci 5. razreda"
    );
    assert!(w(&app).validate().is_empty());
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).monitoring.criteria[0].indicators[0].plan.object, "");
}

#[test]
fn the_close_threshold_is_set_from_the_dashboard() {
    let mut app = app_with(sample("soko-monitoring.ron"), Language::En);
    press(&mut app, "6 + +");
    assert_eq!(w(&app).monitoring.close_threshold, 20.0);
    assert!(common::screen(&app, 120, 40).contains("close: within 20 %"));
    press(&mut app, "- - - - - -");
    assert_eq!(w(&app).monitoring.close_threshold, 0.0, "not below zero");
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).monitoring.close_threshold, 5.0);
}

use common::status;

#[test]
fn in_the_grid_digits_are_values_and_the_screen_keys_say_alt() {
    let mut app = app_with(sample("soko-monitoring.ron"), Language::En);
    press(&mut app, "6 <Enter>");
    let last = w(&app).monitoring.periods.len() - 1;
    let before = cell(&app, 0, last);
    for (wd, ht) in [(80, 24), (200, 60)] {
        let text = common::screen(&app, wd, ht);
        let hints = text.lines().last().unwrap_or_default().to_string();
        assert!(
            hints.contains("Alt-1…8 switch screen"),
            "{wd}x{ht}: {hints}"
        );
    }
    press(&mut app, "<F1>");
    let help = common::screen(&app, 120, 60);
    assert!(help.contains("Alt-1…Alt-8"), "{help}");
    assert!(help.contains("Typing a value in the entry grid"), "{help}");
    assert!(!help.contains(" 1…8 "), "{help}");
    // A teacher presses 3 for the diagnosis: the digit is a value being typed,
    // and Esc takes it back out of the grid without writing it.
    press(&mut app, "<Esc> 3 <Esc>");
    assert_eq!(cell(&app, 0, last), before);
    assert_eq!(app.view.indicators.mode, Mode::Dashboard);
    // Typing over a value says what it replaced and how to get it back.
    let period = w(&app).monitoring.periods[last].id;
    let row = w(&app)
        .monitoring
        .indicators()
        .position(|i| {
            i.unit == premisli::domain::indicators::Unit::Share
                && i.measurements
                    .iter()
                    .any(|m| m.period == period && m.group.is_none())
        })
        .expect("a share with a value of its own");
    let before = cell(&app, row, last).unwrap();
    press(&mut app, "<Enter>");
    app.view.indicators.row = row;
    press(&mut app, "3 <Enter>");
    assert_eq!(cell(&app, row, last), Some(3.0));
    let said = status(&app);
    let old = format!("{before:.1}%");
    assert!(
        said.contains("Replaced")
            && said.contains(&old)
            && said.contains("3.0%")
            && said.contains("Ctrl-Z"),
        "{said}"
    );
    press(&mut app, "<C-z>");
    assert_eq!(cell(&app, row, last), Some(before));
    assert!(
        status(&app).contains("Undone: a value in the entry grid"),
        "{}",
        status(&app)
    );
}

#[test]
fn counts_take_whole_numbers_and_only_shares_take_counts() {
    let mut app = app_with(sample("large.ron"), Language::En);
    let row = w(&app)
        .monitoring
        .indicators()
        .position(|i| i.unit == premisli::domain::indicators::Unit::Count);
    let Some(row) = row else {
        panic!("the sample has a count indicator");
    };
    press(&mut app, "6 <Enter>");
    app.view.indicators.row = row;
    let last = w(&app).monitoring.periods.len() - 1;
    let before = cell(&app, row, last);
    press(&mut app, "1/2 <Enter>");
    assert_eq!(cell(&app, row, last), before);
    assert!(status(&app).contains("only for shares"), "{}", status(&app));
    press(&mut app, "<BS> <BS> <BS> 2,5 <Enter>");
    assert_eq!(cell(&app, row, last), before);
    assert!(status(&app).contains("whole numbers"), "{}", status(&app));
    press(&mut app, "<BS> <BS> <BS> 3 <Enter>");
    assert_eq!(cell(&app, row, last), Some(3.0));
}

#[test]
fn the_grid_says_what_happens_at_its_edges() {
    let mut app = app_with(sample("soko-monitoring.ron"), Language::En);
    press(&mut app, "6 <Enter>");
    let rows = w(&app).monitoring.indicators().count();
    let last = w(&app).monitoring.periods.len() - 1;
    app.view.indicators.row = rows - 1;
    press(&mut app, "1 <Enter>");
    assert_eq!(app.view.indicators.row, rows - 1);
    assert!(status(&app).contains("last indicator"), "{}", status(&app));
    // A column longer than the rows below is refused whole.
    app.view.indicators.row = rows - 2;
    let before = (cell(&app, rows - 2, last), cell(&app, rows - 1, last));
    app.handle(Event::Paste("1\n2\n3\n".into()), &env(9000));
    assert_eq!(
        (cell(&app, rows - 2, last), cell(&app, rows - 1, last)),
        before
    );
    assert!(
        status(&app).contains("Nothing was written"),
        "{}",
        status(&app)
    );
}

#[test]
fn pastes_with_cr_line_ends_and_blocks_from_a_spreadsheet() {
    let mut app = app_with(sample("soko-monitoring.ron"), Language::En);
    press(&mut app, "6 <Enter>");
    app.view.indicators.row = 0;
    // tmux and many terminals send CR between lines.
    app.handle(Event::Paste("41,5\r33\r".into()), &env(9000));
    let last = w(&app).monitoring.periods.len() - 1;
    assert_eq!(
        (cell(&app, 0, last), cell(&app, 1, last)),
        (Some(41.5), Some(33.0))
    );
    // Two periods × two indicators, tab-separated, CRLF.
    app.view.indicators.row = 0;
    app.view.indicators.col = last - 1;
    app.handle(Event::Paste("10\t11\r\n20\t21\r\n".into()), &env(9100));
    assert_eq!(
        (
            cell(&app, 0, last - 1),
            cell(&app, 0, last),
            cell(&app, 1, last - 1),
            cell(&app, 1, last)
        ),
        (Some(10.0), Some(11.0), Some(20.0), Some(21.0))
    );
    assert!(status(&app).contains("Pasted 4 values"), "{}", status(&app));
    // Three columns from the last-but-one period: no room, nothing written.
    app.handle(Event::Paste("1\t2\t3".into()), &env(9200));
    assert_eq!(cell(&app, 0, last - 1), Some(10.0));
    press(&mut app, "<C-z>");
    assert_eq!(cell(&app, 0, last - 1), cell(&app, 0, last - 1));
    assert_eq!(
        (cell(&app, 0, last), cell(&app, 1, last)),
        (Some(41.5), Some(33.0))
    );
}
