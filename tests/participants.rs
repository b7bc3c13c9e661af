//! A teacher in the room (`ssh join@`): their view of every meeting step
//! (snapshots at 80×24 in the three languages), and what they may do there:
//! their language, their own actions marked done, a note and a disruption
//! at the second workshop, and nothing on what is not theirs.

mod common;

use common::{app_with, buffer_text, env, press, render, sample};
use premisli::app::keys::parse_keys;
use premisli::app::{App, Seat, ViewerId};
use premisli::domain::{ActionStatus, Id, Language, SessionKind};
use premisli::ui::Theme;

/// Petra Novak in the Slovenian sample.
const PETRA: Id = Id(8);

fn join(app: &mut App, lang: Language) -> ViewerId {
    app.add_viewer(lang)
}

fn keys(app: &mut App, v: ViewerId, spec: &str) {
    for k in parse_keys(spec).unwrap() {
        let lead = app.view.clone();
        app.with_viewer(v, |a| {
            a.follow(&lead, Seat::Participant(Some(PETRA)));
            a.participant_key(Some(PETRA), k, &env(7000));
        });
        app.after_edit_by(v);
    }
}

fn seen(app: &mut App, v: ViewerId, w: u16, h: u16) -> String {
    let lead = app.view.clone();
    app.with_viewer(v, |a| {
        a.follow(&lead, Seat::Participant(Some(PETRA)));
        a.refresh_derived();
        buffer_text(
            render(a, w, h, &Theme::fallback(), false)
                .backend()
                .buffer(),
        )
    })
    .unwrap()
}

fn said(app: &mut App, v: ViewerId) -> String {
    app.with_viewer(v, |a| {
        a.view
            .status
            .as_ref()
            .map(|(_, m)| m.render(a.lang))
            .unwrap_or_default()
    })
    .unwrap_or_default()
}

/// The facilitator's meeting of a kind at a step, in the step's work.
fn meeting(kind: usize, step: usize) -> App {
    let file = if SessionKind::ALL[kind] == SessionKind::Council {
        "soko-monitoring.ron"
    } else {
        "inovacijski-projekt.ron"
    };
    let mut app = app_with(sample(file), Language::Sl);
    let rights = "<Right> ".repeat(kind);
    press(&mut app, &format!("7 a {rights}<Enter>"));
    press(&mut app, &"<Enter> ".repeat(step));
    press(&mut app, "<Tab>");
    app.view.status = None;
    app
}

#[test]
fn a_participants_view_of_every_step_in_three_languages() {
    for (k, kind) in SessionKind::ALL.into_iter().enumerate() {
        for (i, step) in kind.steps().iter().enumerate() {
            let mut text = String::new();
            for lang in Language::ALL {
                let mut app = meeting(k, i);
                let v = join(&mut app, lang);
                text.push_str(&format!(
                    "── {}\n{}",
                    lang.code(),
                    seen(&mut app, v, 80, 24)
                ));
            }
            let name = format!("participant-{kind:?}-{}-{step:?}", i + 1).to_lowercase();
            insta::assert_snapshot!(name, text);
        }
    }
}

#[test]
fn a_participant_chooses_their_language() {
    let mut app = meeting(0, 3);
    let v = join(&mut app, Language::Sl);
    assert!(seen(&mut app, v, 80, 24).contains("Pričakovanja"));
    keys(&mut app, v, "l");
    let ru = seen(&mut app, v, 80, 24);
    assert!(ru.contains("Ожидания"), "{ru}");
    keys(&mut app, v, "l");
    let en = seen(&mut app, v, 80, 24);
    assert!(en.contains("Expectations"), "{en}");
    assert!(
        said(&mut app, v).contains("English"),
        "{}",
        said(&mut app, v)
    );
    // The console keeps its own.
    assert_eq!(app.lang, Language::Sl);
}

#[test]
fn a_participant_marks_their_own_action_done_and_only_theirs() {
    // The plans step: the prevention plan, Petra's action first.
    let mut app = meeting(0, 6);
    let v = join(&mut app, Language::Sl);
    keys(&mut app, v, "<Space>");
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    let a = &w.plans.prevention[0];
    assert_eq!(a.who, Some(PETRA));
    assert_eq!(a.status, ActionStatus::Done);
    assert!(said(&mut app, v).contains("Opravljeno"));
    // The next one is Gregor's: refused, unchanged.
    let before = app.shared.doc.as_ref().unwrap().workshop.plans.clone();
    keys(&mut app, v, "<Down> <Space>");
    assert_eq!(app.shared.doc.as_ref().unwrap().workshop.plans, before);
    assert!(said(&mut app, v).contains("svoje dejavnosti"));
    // And the minutes record it as they would the facilitator's.
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    let log = &w.sessions.last().unwrap().log;
    assert!(
        log.iter().any(|e| e.text.contains("Razredni sestanki")),
        "{log:#?}"
    );
}

#[test]
fn at_the_second_workshop_a_participant_adds_a_note_and_a_disruption() {
    // Data collected: a note signed with her name on the cycle's record.
    let mut app = meeting(1, 1);
    let v = join(&mut app, Language::Sl);
    let cycle = app.view.cycles.selected;
    keys(&mut app, v, "a Anketa<Space>med<Space>starši <Enter>");
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    assert!(
        w.cycles[cycle]
            .data_collected
            .ends_with("Petra Novak: Anketa med starši"),
        "{}",
        w.cycles[cycle].data_collected
    );
    // Disruptions: a disruption of the cycle.
    press(&mut app, "<Esc> <Enter> <Enter> <Tab>");
    let n = app.shared.doc.as_ref().unwrap().workshop.cycles[cycle]
        .disruptions
        .len();
    keys(&mut app, v, "a Bolezen<Space>v<Space>timu <Enter>");
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    assert_eq!(w.cycles[cycle].disruptions.len(), n + 1);
    // Elsewhere she reads: the facilitator's keys do nothing for her.
    press(&mut app, "<Esc> 1");
    let before = app.shared.doc.as_ref().unwrap().workshop.clone();
    keys(&mut app, v, "a e d <Space> + c");
    assert_eq!(app.shared.doc.as_ref().unwrap().workshop, before);
}

#[test]
fn the_facilitators_look_ahead_moves_nothing_for_a_participant() {
    let mut app = meeting(0, 3);
    let v = join(&mut app, Language::En);
    keys(&mut app, v, "<Down> <Down>");
    let at = |app: &mut App| {
        app.with_viewer(v, |a| (a.view.diagnosis.selected, a.looked_step()))
            .unwrap()
    };
    let (sel, step) = at(&mut app);
    assert_eq!(sel, 2);
    // The facilitator looks two steps ahead: she stays where the room is.
    press(&mut app, "<Esc> j j");
    keys(&mut app, v, "<Down>");
    let (sel, step_now) = at(&mut app);
    assert_eq!(sel, 3);
    assert_eq!(step_now, step);
    let s = seen(&mut app, v, 80, 24);
    assert!(
        s.contains("STRENGTHS") || s.contains("S T R E N G T H S"),
        "{s}"
    );
}
