//! Cards written by participants in the room: private to their author and
//! the facilitator until the reveal; the board shows none of them before,
//! the minutes name none of them before, and every one of them after.

mod common;

use common::{app_with, board, buffer_text, env, participant_keys, press, render, sample};
use premisli::app::diagnosis::Reader;
use premisli::app::keys::parse_keys;
use premisli::app::{App, Seat, ViewerId};
use premisli::domain::{Language, LogKind};
use premisli::ui::Theme;

fn participant(app: &mut App, name: &str) -> (ViewerId, premisli::domain::Id) {
    let id = app
        .shared
        .doc
        .as_ref()
        .unwrap()
        .workshop
        .team
        .iter()
        .find(|m| m.name == name)
        .unwrap()
        .id;
    let v = app.add_viewer(Language::Sl);
    let lead = app.view.clone();
    app.with_viewer(v, |a| {
        a.view = premisli::app::View {
            seat: Seat::Participant(Some(id)),
            ..lead.clone()
        };
        a.view.diagnosis.reader = Reader::Participant(Some(id));
        a.open_own_card(id);
    });
    (v, id)
}

fn seen_by(app: &mut App, v: ViewerId) -> String {
    app.with_viewer(v, |a| {
        buffer_text(
            render(a, 100, 30, &Theme::fallback(), false)
                .backend()
                .buffer(),
        )
    })
    .unwrap()
}

fn cards(app: &App) -> usize {
    app.shared
        .doc
        .as_ref()
        .map_or(0, |d| d.workshop.diagnosis.items.len())
}

#[test]
fn a_card_from_the_room_is_private_until_the_reveal() {
    let mut app = app_with(sample("inovacijski-projekt.ron"), Language::Sl);
    // The first workshop at its strengths step, the board in the room.
    press(&mut app, "7 a <Enter> <Enter> <Enter> <Enter> <Tab>");
    let (petra, petra_id) = participant(&mut app, "Petra Novak");
    participant_keys(
        &mut app,
        petra,
        petra_id,
        "Radi<Space>rišemo<Space>miselne<Space>vzorce <Enter>",
    );
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    let card = w
        .diagnosis
        .items
        .iter()
        .find(|i| i.text == "Radi rišemo miselne vzorce")
        .expect("saved");
    assert!(card.private);
    assert_eq!(card.author, premisli::domain::Author::Member(petra_id));
    // Not on the board, not in the minutes, not on another participant's
    // screen; on the facilitator's console, marked apart.
    assert!(
        !board(&app, 100, 30, false).contains("miselne"),
        "{}",
        board(&app, 100, 30, false)
    );
    let log = &w.sessions.last().unwrap().log;
    let last = log.last().unwrap();
    assert_eq!(last.kind, LogKind::Item);
    assert!(
        !last.text.contains("miselne") && !last.text.contains("Petra"),
        "{}",
        last.text
    );
    let (gregor, gregor_id) = participant(&mut app, "Gregor Kos");
    participant_keys(&mut app, gregor, gregor_id, "<Esc>");
    assert!(!seen_by(&mut app, gregor).contains("miselne"));
    assert!(seen_by(&mut app, petra).contains("miselne"));
    let console = common::screen(&app, 120, 40);
    assert!(console.contains("◌ Radi rišemo"), "{console}");
    // The reveal: everyone sees it, and the minutes name it and its author.
    press(&mut app, "r");
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    assert!(w.diagnosis.items.iter().all(|i| !i.private));
    assert!(
        board(&app, 100, 30, false).contains("miselne"),
        "{}",
        board(&app, 100, 30, false)
    );
    assert!(seen_by(&mut app, gregor).contains("miselne"));
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    let log = &w.sessions.last().unwrap().log;
    assert!(
        log.iter()
            .any(|e| e.text.contains("Radi rišemo miselne vzorce") && e.text.contains("Petra"))
    );
    // One undo takes the reveal back whole.
    press(&mut app, "<C-z>");
    let w = &app.shared.doc.as_ref().unwrap().workshop;
    assert!(w.diagnosis.items.iter().any(|i| i.private));
}

#[test]
fn the_facilitator_sees_who_wrote_and_voted_closes_the_input_and_calls_everyone() {
    use premisli::app::Effect;
    use premisli::app::room::{Person, PersonRole, RoomPanel};
    let mut app = app_with(sample("inovacijski-projekt.ron"), Language::Sl);
    press(&mut app, "7 a <Enter> <Enter> <Enter> <Enter> <Tab>");
    let (petra, petra_id) = participant(&mut app, "Petra Novak");
    participant_keys(&mut app, petra, petra_id, "<Esc>");
    app.room = Some(RoomPanel {
        host: "127.0.0.1".into(),
        port: 2222,
        code: "kd7m3q".into(),
        people: vec![Person {
            conn: 1,
            name: "Petra Novak".into(),
            role: PersonRole::Participant,
            addr: "127.0.0.1".into(),
            member: Some(petra_id),
        }],
        ..RoomPanel::default()
    });
    let follow = |app: &mut App, keys: &str| {
        for k in parse_keys(keys).unwrap() {
            let lead = app.view.clone();
            app.with_viewer(petra, |a| {
                a.follow(&lead, Seat::Participant(Some(petra_id)));
                a.participant_key(Some(petra_id), k, &env(6000));
            });
            app.after_edit_by(petra);
        }
    };
    follow(&mut app, "a Več<Space>gibanja <Enter>");
    // The panel: her cards and her dots (how many, never for what).
    press(&mut app, "<F6>");
    let panel = common::screen(&app, 120, 40);
    assert!(
        panel.contains("Petra Novak · udeleženec · 127.0.0.1 · listki 3 · pike 2/3"),
        "{panel}"
    );
    // Input closed for this step: her next card is refused, and she is told.
    press(&mut app, "i");
    follow(&mut app, "a");
    let said = app
        .with_viewer(petra, |a| a.view.status.clone())
        .flatten()
        .map(|(_, m)| m.render(Language::Sl))
        .unwrap_or_default();
    assert!(said.contains("zaprl"), "{said}");
    let n = app
        .shared
        .doc
        .as_ref()
        .unwrap()
        .workshop
        .diagnosis
        .items
        .len();
    follow(&mut app, "Nič <Enter>");
    assert_eq!(cards(&app), n);
    // Open again: she writes.
    press(&mut app, "i");
    follow(&mut app, "a Skupaj<Space>beremo <Enter>");
    assert_eq!(cards(&app), n + 1);
    // Closed again, the next step opens it by itself.
    press(&mut app, "i <Esc> <Esc> <Enter> <Tab>");
    assert!(!app.input_closed());
    // Summon: an effect for the room, and her line says where to look.
    let effects = press(&mut app, "<F6> s");
    assert!(effects.contains(&Effect::RoomSummon));
    app.with_viewer(petra, |a| a.summoned());
    let said = app
        .with_viewer(petra, |a| a.view.status.clone())
        .flatten()
        .map(|(_, m)| m.render(Language::Sl))
        .unwrap_or_default();
    assert!(said.contains("Slabosti"), "{said}");
}
