//! A pedagogical council where three class teachers enter their classes'
//! values at the same time through the room: each sees only the values
//! they enter, their keystrokes interleave, every value lands in its own
//! cell, none overwrites another's, and the dashboard shows the new period.

mod common;

use common::{
    app_with, buffer_text, env, participant_keys, participant_screen, press, render, sample,
};
use premisli::app::keys::parse_keys;
use premisli::app::{Seat, ViewerId};
use premisli::domain::{Id, Language, Value};
use premisli::ui::Theme;

#[test]
fn three_teachers_enter_their_classes_values_at_once() {
    let mut w = sample("soko-monitoring.ron");
    let teachers: Vec<Id> = w.team.iter().take(3).map(|m| m.id).collect();
    for (g, t) in w.monitoring.groups.iter_mut().zip(&teachers) {
        g.teacher = Some(*t);
    }
    let groups: Vec<Id> = w.monitoring.groups.iter().take(3).map(|g| g.id).collect();
    let first = w.monitoring.indicators().next().unwrap().clone();
    let last_period = w.monitoring.periods.last().unwrap().id;
    let mut app = app_with(w, Language::Ru);
    // The council at its data step, the entry grid at the newest period.
    press(&mut app, "7 a <Enter> <Enter> <Tab>");
    let viewers: Vec<ViewerId> = teachers
        .iter()
        .map(|_| app.add_viewer(Language::Ru))
        .collect();
    let class_names: Vec<String> = app
        .shared
        .doc
        .as_ref()
        .unwrap()
        .workshop
        .monitoring
        .groups
        .iter()
        .take(3)
        .map(|g| g.name.clone())
        .collect();
    for (k, (v, me)) in viewers.iter().zip(&teachers).enumerate() {
        let s = participant_screen(&mut app, *v, *me, 100, 30);
        assert!(
            s.contains(&class_names[k]),
            "their own class in the grid:\n{s}"
        );
    }
    // Interleaved: each types a different value into the first indicator
    // of their own class; then each commits.
    let typed = ["41", "52", "63"];
    for pos in 0..2 {
        for (k, (v, me)) in viewers.iter().zip(&teachers).enumerate() {
            let c = &typed[k][pos..pos + 1];
            participant_keys(&mut app, *v, *me, c);
        }
    }
    for (v, me) in viewers.iter().zip(&teachers) {
        participant_keys(&mut app, *v, *me, "<Enter>");
    }
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    let ind = w
        .monitoring
        .indicators()
        .find(|i| i.id == first.id)
        .unwrap();
    for (k, g) in groups.iter().enumerate() {
        let got = ind
            .measurements
            .iter()
            .find(|m| m.period == last_period && m.group == Some(*g))
            .map(|m| m.value);
        let want: f64 = typed[k].parse().unwrap();
        let as_number = got.and_then(Value::number);
        assert_eq!(as_number, Some(want), "class {k}: {got:?}");
    }
    // Nobody typed into another class, nor into the whole school's row.
    let before = sample("soko-monitoring.ron");
    let old = before
        .monitoring
        .indicators()
        .find(|i| i.id == first.id)
        .unwrap();
    for m in &old.measurements {
        if m.period == last_period && groups.iter().any(|g| m.group == Some(*g)) {
            continue;
        }
        assert!(ind.measurements.contains(m), "changed: {m:?}");
    }
    // A teacher cannot type where they do not enter: the second class's
    // cell is refused to the first teacher.
    let lead = app.view.clone();
    let refused = app
        .with_viewer(viewers[0], |a| {
            a.follow(&lead, Seat::Participant(Some(teachers[0])));
            a.view.indicators.group = Some(groups[1]);
            a.participant_key(Some(teachers[0]), parse_keys("9").unwrap()[0], &env(9100));
            a.view.status.clone()
        })
        .flatten();
    assert!(refused.is_some(), "a refusal is said");
    // The dashboard shows the new values: the first class's view of it.
    press(&mut app, "<Esc> <Esc> 6");
    app.view.indicators.group = Some(groups[0]);
    app.refresh_derived();
    let row = app
        .cached_rows()
        .expect("the dashboard's rows")
        .iter()
        .find(|r| r.indicator == first.id)
        .cloned()
        .unwrap();
    assert_eq!(row.latest.map(|(_, x)| x), Some(41.0), "{row:?}");
    let board = {
        let mut b = app.clone();
        b.view.seat = Seat::Board;
        buffer_text(
            render(&b, 100, 30, &Theme::fallback(), false)
                .backend()
                .buffer(),
        )
    };
    assert!(board.contains("41"), "{board}");
}
