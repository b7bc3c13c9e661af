//! A teacher in the room (`ssh join@`): their view of every meeting step
//! (snapshots at 80×24 in the three languages), and what they may do there:
//! their language, their own actions marked done, a note and a disruption
//! at the second workshop, and nothing on what is not theirs.

mod common;

use common::{app_with, participant_keys, participant_screen, press, said_to, sample};
use premisli::app::{App, ViewerId};
use premisli::domain::{ActionStatus, Id, Language, SessionKind};

/// Petra Novak in the Slovenian sample.
const PETRA: Id = Id(8);

fn join(app: &mut App, lang: Language) -> ViewerId {
    app.add_viewer(lang)
}

/// The facilitator's meeting of a kind at a step, in the step's work.
fn meeting(kind: usize, step: usize) -> App {
    let (file, rights) = common::meeting_sample(SessionKind::ALL[kind]);
    let mut app = app_with(sample(file), Language::Sl);
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
                    participant_screen(&mut app, v, PETRA, 80, 24)
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
    assert!(participant_screen(&mut app, v, PETRA, 80, 24).contains("Pričakovanja"));
    participant_keys(&mut app, v, PETRA, "l");
    let ru = participant_screen(&mut app, v, PETRA, 80, 24);
    assert!(ru.contains("Ожидания"), "{ru}");
    participant_keys(&mut app, v, PETRA, "l");
    let en = participant_screen(&mut app, v, PETRA, 80, 24);
    assert!(en.contains("Expectations"), "{en}");
    assert!(
        said_to(&mut app, v).contains("English"),
        "{}",
        said_to(&mut app, v)
    );
    // The console keeps its own.
    assert_eq!(app.lang, Language::Sl);
}

#[test]
fn a_participant_marks_their_own_action_done_and_only_theirs() {
    // The plans step: the prevention plan, Petra's action first.
    let mut app = meeting(0, 6);
    let v = join(&mut app, Language::Sl);
    participant_keys(&mut app, v, PETRA, "<Space>");
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    let a = &w.plans.prevention[0];
    assert_eq!(a.who, Some(PETRA));
    assert_eq!(a.status, ActionStatus::Done);
    assert!(said_to(&mut app, v).contains("Opravljeno"));
    // The next one is Gregor's: refused, unchanged.
    let before = app.shared.doc.as_ref().unwrap().workshop.plans.clone();
    participant_keys(&mut app, v, PETRA, "<Down> <Space>");
    assert_eq!(app.shared.doc.as_ref().unwrap().workshop.plans, before);
    assert!(said_to(&mut app, v).contains("svoje dejavnosti"));
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
    participant_keys(
        &mut app,
        v,
        PETRA,
        "a Anketa<Space>med<Space>starši <Enter>",
    );
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
    participant_keys(&mut app, v, PETRA, "a Bolezen<Space>v<Space>timu <Enter>");
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    assert_eq!(w.cycles[cycle].disruptions.len(), n + 1);
    // Elsewhere she reads: the facilitator's keys do nothing for her.
    press(&mut app, "<Esc> 1");
    let before = app.shared.doc.as_ref().unwrap().workshop.clone();
    participant_keys(&mut app, v, PETRA, "a e d <Space> + c");
    assert_eq!(app.shared.doc.as_ref().unwrap().workshop, before);
}

#[test]
fn the_facilitators_look_ahead_moves_nothing_for_a_participant() {
    let mut app = meeting(0, 3);
    let v = join(&mut app, Language::En);
    participant_keys(&mut app, v, PETRA, "<Down> <Down>");
    let at = |app: &mut App| {
        app.with_viewer(v, |a| (a.view.diagnosis.selected, a.looked_step()))
            .unwrap()
    };
    let (sel, step) = at(&mut app);
    assert_eq!(sel, 2);
    // The facilitator looks two steps ahead: she stays where the room is.
    press(&mut app, "<Esc> j j");
    participant_keys(&mut app, v, PETRA, "<Down>");
    let (sel, step_now) = at(&mut app);
    assert_eq!(sel, 3);
    assert_eq!(step_now, step);
    let s = participant_screen(&mut app, v, PETRA, 80, 24);
    assert!(
        s.contains("STRENGTHS") || s.contains("S T R E N G T H S"),
        "{s}"
    );
}
