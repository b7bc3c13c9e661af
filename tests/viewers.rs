//! Many viewers on one workshop, in one process: each with its own language,
//! screen and selections; edits through the one update path; each undoes its
//! own; the meeting's timer counted once.

mod common;

use common::{app_with, env, sample};
use premisli::app::diagnosis::{Row, rows};
use premisli::app::keys::{Event, events_from_bytes, parse_keys};
use premisli::app::{App, Screen, ViewerId};
use premisli::domain::{Edit, Language, Workshop};
use proptest::prelude::*;

fn press_as(app: &mut App, who: ViewerId, keys: &str, ms: u64) {
    for (i, k) in parse_keys(keys).unwrap().into_iter().enumerate() {
        app.handle_as(who, Event::Key(k), &env(ms + i as u64 * 10));
    }
}

fn w(app: &App) -> &Workshop {
    &app.shared.doc.as_ref().unwrap().workshop
}

fn status_of(app: &mut App, who: ViewerId) -> String {
    app.with_viewer(who, |a| common::status(a)).unwrap()
}

fn screen_of(app: &mut App, who: ViewerId, wd: u16, ht: u16) -> String {
    app.with_viewer(who, |a| common::screen(a, wd, ht)).unwrap()
}

#[test]
fn two_viewers_one_workshop_each_in_its_own_language_and_selection() {
    let mut app = app_with(sample("inovacijski-projekt.ron"), Language::Sl);
    let sl = app.viewer;
    let ru = app.add_viewer(Language::Ru);
    // The Russian viewer leaves its selection at the end of the board, then
    // looks at the dashboard.
    press_as(&mut app, ru, "3 <End>", 1000);
    let end = rows(w(&app), &app.others[0].view.diagnosis).len() - 1;
    assert_eq!(app.others[0].view.diagnosis.selected, end);
    press_as(&mut app, ru, "6", 1100);
    // The Slovenian facilitator adds two cards, deletes them, and deletes
    // three cards of the board that no plan action came from.
    let items = w(&app).diagnosis.items.len();
    press_as(&mut app, sl, "3 a Prva <Enter> a Druga <Enter>", 2000);
    assert_eq!(w(&app).diagnosis.items.len(), items + 2);
    press_as(&mut app, sl, "d", 2500);
    for k in 0..3u64 {
        let board = rows(w(&app), &app.view.diagnosis);
        let free = board
            .iter()
            .position(|r| match r {
                Row::Item { id, nested: false } => {
                    premisli::app::diagnosis::plan_of(w(&app), *id).is_none()
                        && w(&app)
                            .diagnosis
                            .items
                            .iter()
                            .any(|i| i.id == *id && i.text != "Prva")
                }
                _ => false,
            })
            .expect("a card to delete");
        app.view.diagnosis.selected = free;
        press_as(&mut app, sl, "d", 3000 + k * 100);
    }
    assert_eq!(w(&app).diagnosis.items.len(), items - 2);
    let rows_now = rows(w(&app), &app.others[0].view.diagnosis).len();
    assert!(
        rows_now <= end,
        "the list is shorter than the other viewer's cursor was"
    );
    assert!(
        app.others[0].view.diagnosis.selected < rows_now,
        "the other viewer's cursor is clamped"
    );
    // Both draw, each its own screen in its own language.
    let sl_text = screen_of(&mut app, sl, 80, 24);
    let ru_text = screen_of(&mut app, ru, 80, 24);
    assert!(sl_text.contains("Diagnoza"), "{sl_text}");
    assert!(ru_text.contains("Показатели"), "{ru_text}");
    let said = status_of(&mut app, sl);
    assert!(said.contains("Izbrisano"), "{said}");
    // The Russian viewer sees the change on the board.
    press_as(&mut app, ru, "3 <End>", 4000);
    assert!(screen_of(&mut app, ru, 120, 40).contains("Prva"));
    // Each Ctrl-Z undoes only its own edit, and says so in its own language.
    press_as(&mut app, ru, "<C-z>", 5000);
    assert_eq!(status_of(&mut app, ru), "Нечего отменять.");
    let threshold = w(&app).monitoring.close_threshold;
    press_as(&mut app, ru, "6 +", 5100);
    assert_eq!(w(&app).monitoring.close_threshold, threshold + 5.0);
    let before_undo = w(&app).diagnosis.items.len();
    press_as(&mut app, sl, "<C-z>", 6000);
    assert_eq!(
        w(&app).diagnosis.items.len(),
        before_undo + 1,
        "sl's last delete undone"
    );
    assert_eq!(
        w(&app).monitoring.close_threshold,
        threshold + 5.0,
        "ru's edit stays"
    );
    assert!(status_of(&mut app, sl).starts_with("Razveljavljeno"));
    press_as(&mut app, ru, "<C-z>", 6100);
    assert_eq!(w(&app).monitoring.close_threshold, threshold);
    assert!(status_of(&mut app, ru).starts_with("Отменено"));
    assert_eq!(app.others[0].view.screen, Screen::Indicators);
}

#[test]
fn the_meetings_timer_is_counted_once_for_every_viewer() {
    let mut app = app_with(sample("inovacijski-projekt.ron"), Language::Sl);
    let sl = app.viewer;
    let ru = app.add_viewer(Language::Ru);
    press_as(&mut app, sl, "7 a <Enter>", 0);
    press_as(&mut app, sl, "t", 0);
    assert!(app.timer_running());
    // Every viewer's loop sends its ticks; ten minutes pass.
    for minute in 1..=10u64 {
        for who in [sl, ru] {
            app.handle_as(who, Event::Tick, &env(minute * 60_000));
        }
    }
    press_as(&mut app, sl, "t", 10 * 60_000);
    let s = w(&app).sessions.last().unwrap();
    assert_eq!(s.seconds_on(0), 600);
}

/// The edit that a viewer's event made, read from the history.
fn replay(base: &Workshop, edits: &[Edit]) -> Workshop {
    let mut w = base.clone();
    for e in edits {
        e.clone()
            .apply(&mut w)
            .expect("a committed edit applies again");
    }
    w
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: common::cases(64),
        .. ProptestConfig::default()
    })]

    /// Three viewers' events interleaved: never a panic, every frame drawn,
    /// the workshop is what its committed edits make of it, and it saves and
    /// loads back equal.
    #[test]
    fn three_viewers_interleaved(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let base = sample("inovacijski-projekt.ron");
        let mut app = app_with(base.clone(), Language::Sl);
        let ids = [app.viewer, app.add_viewer(Language::Ru), app.add_viewer(Language::En)];
        app.shared.record_commits = true;
        for (i, chunk) in bytes.chunks(4).enumerate() {
            let who = ids[usize::from(chunk[0]) % 3];
            for ev in events_from_bytes(&chunk[1..]) {
                // The clock stands still: the timer adds no time outside edits.
                app.handle_as(who, ev, &env(1000));
            }
            if i % 16 == 0 {
                for v in ids {
                    let _ = screen_of(&mut app, v, 80, 24);
                }
            }
        }
        let replayed = replay(&base, &app.shared.committed);
        prop_assert_eq!(&replayed, w(&app));
        let text = premisli::store::to_text(w(&app)).unwrap();
        let back = premisli::store::from_text(std::path::Path::new("x.ron"), &text).unwrap();
        prop_assert_eq!(&back, w(&app));
    }
}

#[test]
fn a_redo_that_would_clash_with_another_viewers_edit_is_refused_and_said() {
    let mut app = app_with(sample("inovacijski-projekt.ron"), Language::En);
    let a = app.viewer;
    let b = app.add_viewer(Language::En);
    let members = w(&app).team.len();
    press_as(&mut app, a, "2 a Ana <Enter> <C-z>", 1000);
    assert_eq!(w(&app).team.len(), members);
    // Meanwhile another viewer adds someone, who takes the freed id.
    press_as(&mut app, b, "2 a Bor <Enter>", 2000);
    press_as(&mut app, a, "<C-y>", 3000);
    assert_eq!(
        w(&app).team.len(),
        members + 1,
        "Bor stays, Ana is not doubled in"
    );
    assert!(w(&app).validate().is_empty());
    let said = status_of(&mut app, a);
    assert!(said.starts_with("That cannot be redone any more"), "{said}");
}

#[test]
fn a_form_edits_the_member_it_was_opened_on_even_when_the_list_moved() {
    let mut app = app_with(sample("inovacijski-projekt.ron"), Language::En);
    let a = app.viewer;
    let b = app.add_viewer(Language::En);
    // a opens the third member's form and starts typing.
    press_as(&mut app, a, "2 <Down> <Down> e", 1000);
    let third = w(&app).team[2].id;
    // Meanwhile b adds someone near the top: the third member moves down.
    press_as(&mut app, b, "2 a Nov <Enter>", 2000);
    assert_ne!(w(&app).team[2].id, third);
    press_as(&mut app, a, "<End> <Space>(ur.) <Enter>", 3000);
    let edited = w(&app).team.iter().find(|m| m.id == third).unwrap();
    assert!(edited.name.ends_with(" (ur.)"), "{}", edited.name);
    assert_eq!(
        w(&app)
            .team
            .iter()
            .filter(|m| m.name.ends_with("(ur.)"))
            .count(),
        1
    );
}

#[test]
fn a_value_goes_to_the_cell_where_typing_began_even_when_rows_moved() {
    let mut app = app_with(sample("soko-monitoring.ron"), Language::En);
    let a = app.viewer;
    let b = app.add_viewer(Language::En);
    press_as(&mut app, a, "6 <Enter>", 1000);
    let last = w(&app).monitoring.indicators().count() - 1;
    app.view.indicators.row = last;
    let target = w(&app).monitoring.indicators().nth(last).unwrap().id;
    // The last indicator is a yes/no; it reads 1 now.
    press_as(&mut app, a, "0", 1100);
    // Meanwhile another viewer adds an indicator to the first criterion.
    press_as(&mut app, b, "6 a Novi <Enter>", 2000);
    assert_ne!(
        w(&app).monitoring.indicators().nth(last).unwrap().id,
        target,
        "the rows moved under the cell being typed"
    );
    press_as(&mut app, a, "<Enter>", 3000);
    let col = w(&app).monitoring.periods.len() - 1;
    let period = w(&app).monitoring.periods[col].id;
    let ind = w(&app)
        .monitoring
        .indicators()
        .find(|i| i.id == target)
        .unwrap();
    assert_eq!(ind.value_at(period, None), Some(0.0));
}

#[test]
fn a_form_whose_member_was_deleted_meanwhile_says_so() {
    let mut app = app_with(sample("inovacijski-projekt.ron"), Language::En);
    let a = app.viewer;
    let b = app.add_viewer(Language::En);
    press_as(&mut app, a, "2 a Gost <Enter>", 1000);
    let members = w(&app).team.len();
    press_as(&mut app, a, "e", 1100);
    // The other viewer deletes the new member (named nowhere yet).
    let at = w(&app).team.iter().position(|m| m.name == "Gost").unwrap();
    app.others[0].view.screen = Screen::Team;
    app.others[0].view.team.selected = at;
    press_as(&mut app, b, "d", 2000);
    assert_eq!(w(&app).team.len(), members - 1);
    press_as(&mut app, a, "x <Enter>", 3000);
    assert_eq!(
        w(&app).team.len(),
        members - 1,
        "nothing brought back or changed"
    );
    assert!(status_of(&mut app, a).starts_with("Not saved: what this form was for"));
}
