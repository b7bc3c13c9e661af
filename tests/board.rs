//! The projector board: a snapshot of every meeting step and every screen
//! at 60×18, 80×24 and 100×30 (and 80×24 under `--ascii`) in the three
//! languages; and what it must never show: key hints, the facilitator's
//! messages, a hidden author, a card not yet revealed, a dot before the
//! reveal.

mod common;

use common::{app_with, buffer_text, press, render, sample};
use premisli::app::keys::Event;
use premisli::app::{App, Seat};
use premisli::domain::{Language, SessionKind};
use premisli::ui::Theme;

const SIZES: [(u16, u16); 3] = [(60, 18), (80, 24), (100, 30)];

fn board(app: &App, w: u16, h: u16, ascii: bool) -> String {
    let mut b = app.clone();
    b.view.seat = Seat::Board;
    let term = render(&b, w, h, &Theme::fallback(), ascii);
    buffer_text(term.backend().buffer())
}

/// A meeting of a kind on a sample, at a step, the timer started.
fn meeting(lang: Language, kind: usize, step: usize) -> App {
    let (file, rights) = common::meeting_sample(SessionKind::ALL[kind]);
    let mut app = app_with(sample(file), lang);
    press(&mut app, &format!("7 a {rights}<Enter>"));
    press(&mut app, &"<Enter> ".repeat(step));
    press(&mut app, "t");
    app.handle(Event::Tick, &common::env(1000 + 312_000));
    app.view.status = None;
    app
}

fn states(lang: Language) -> Vec<(String, App)> {
    let mut out = Vec::new();
    for (k, kind) in SessionKind::ALL.into_iter().enumerate() {
        for (i, step) in kind.steps().iter().enumerate() {
            out.push((
                format!("{kind:?}-{}-{step:?}", i + 1).to_lowercase(),
                meeting(lang, k, i),
            ));
        }
        if k == 0 {
            let mut done = meeting(lang, k, 0);
            press(&mut done, &"<Enter> ".repeat(kind.steps().len()));
            done.view.status = None;
            out.push(("firstworkshop-finished".into(), done));
        }
    }
    for n in 1..=8 {
        let mut app = app_with(sample("inovacijski-projekt.ron"), lang);
        press(&mut app, &format!("{n} j"));
        app.view.status = None;
        out.push((format!("screen-{n}"), app));
    }
    let mut soko = app_with(sample("soko-monitoring.ron"), lang);
    press(&mut soko, "6 j j j j j j j j j j");
    out.push(("screen-6-monitoring".into(), soko));
    out
}

#[test]
fn the_board_for_every_step_and_screen_in_three_languages() {
    for lang in Language::ALL {
        for (name, app) in states(lang) {
            let mut text = String::new();
            for (w, h) in SIZES {
                text.push_str(&format!("── {w}×{h}\n{}", board(&app, w, h, false)));
            }
            text.push_str(&format!("── 80×24 ascii\n{}", board(&app, 80, 24, true)));
            insta::assert_snapshot!(format!("board-{name}-{}", lang.code()), text);
        }
    }
}

#[test]
fn the_board_shows_no_keys_and_no_messages() {
    for lang in Language::ALL {
        for (name, mut app) in states(lang) {
            // A message the facilitator would read on the status line.
            app.say(premisli::i18n::T::ProjectorOn, &[]);
            let said = app.view.status.as_ref().unwrap().1.render(lang);
            for (w, h) in SIZES {
                let b = board(&app, w, h, false);
                assert!(!b.contains(&said), "{name} {w}×{h} shows a message:\n{b}");
                for hint in ["Tab:", "Enter:", "F1", "Esc", "Ctrl"] {
                    assert!(!b.contains(hint), "{name} {w}×{h} shows {hint:?}:\n{b}");
                }
            }
        }
    }
}

#[test]
fn block_letters_carry_slovenian_and_russian_titles() {
    let sl = board(&meeting(Language::Sl, 0, 5), 100, 30, false);
    let ru = board(&meeting(Language::Ru, 0, 5), 100, 30, false);
    let en = board(&meeting(Language::En, 0, 5), 100, 30, false);
    // "Glasovanje", "Голосование", "Voting": three different drawings,
    // each in half blocks.
    let head = |s: &str| s.lines().take(4).collect::<Vec<_>>().join("\n");
    assert!(head(&sl).contains('▄') && head(&ru).contains('▄'));
    assert_ne!(head(&sl), head(&ru));
    assert_ne!(head(&en), head(&ru));
    let ascii = board(&meeting(Language::Ru, 0, 5), 100, 30, true);
    assert!(ascii.is_ascii(), "{ascii}");
    assert!(head(&ascii).contains('#'));
}

#[test]
fn the_room_reads_no_keys_in_a_step_question() {
    for lang in Language::ALL {
        for kind in SessionKind::ALL {
            for step in kind.steps() {
                let p = premisli::i18n::room_prompt(lang, *step);
                for word in p.split(|c: char| !c.is_alphanumeric()) {
                    let key = [
                        "n", "r", "t", "e", "d", "m", "p", "x", "Enter", "Tab", "Space",
                    ];
                    assert!(!key.contains(&word), "{lang:?} {step:?}: {p}");
                }
                for w in ["preslednica", "пробел", "Enter"] {
                    assert!(!p.contains(w), "{lang:?} {step:?}: {p}");
                }
            }
        }
    }
}

#[test]
fn without_colours_the_board_has_none_and_keeps_its_contrast_in_bold() {
    let app = meeting(Language::Sl, 0, 3);
    let mut b = app.clone();
    b.view.seat = Seat::Board;
    let theme = Theme::fallback().without_colors();
    let term = render(&b, 100, 30, &theme, false);
    let buf = term.backend().buffer();
    let mut bold = 0;
    for cell in buf.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset, "{cell:?}");
        assert_eq!(cell.bg, ratatui::style::Color::Reset, "{cell:?}");
        if cell.modifier.contains(ratatui::style::Modifier::BOLD) {
            bold += 1;
        }
    }
    assert!(bold > 0, "titles stand out without colour");
}
