//! A whole first reflection workshop in one process: the facilitator's
//! console, the board, and five teachers at their own laptops. Each writes
//! cards, the facilitator clusters two, everyone votes with their own dots,
//! the facilitator reveals, and two actions are planned. The board never
//! shows an author under anonymity, a card before the reveal, or a dot
//! before the reveal; the file holds every card with its author; the
//! minutes hold every contribution.

mod common;

use common::{app_with, board, participant_keys, participant_screen, press};
use premisli::app::ViewerId;
use premisli::app::keys::Event;
use premisli::domain::{Author, Id, Language, LogKind, Member, Role, Workshop};

const TEACHERS: [&str; 5] = [
    "Ana Kovač",
    "Bor Zupan",
    "Cvetka Žagar",
    "Darko Šuštar",
    "Eva Čeh",
];

fn workshop() -> Workshop {
    let mut w = Workshop::new("Bralna pismenost", Language::Sl);
    w.project.research_question = "Kako učence spodbuditi k branju?".into();
    for (k, name) in TEACHERS.iter().enumerate() {
        w.team
            .push(Member::new(Id(100 + k as u32), name, Role::Teacher));
    }
    w
}

fn spaced(text: &str) -> String {
    text.replace(' ', "<Space>")
}

#[test]
fn a_first_workshop_with_a_board_and_five_teachers() {
    let mut app = app_with(workshop(), Language::Sl);
    // The facilitator starts the meeting and goes to the strengths.
    press(&mut app, "7 a <Enter> <Enter> <Enter> <Enter> <Tab> h");
    assert!(app.view.diagnosis.anonymous, "authors hidden for the room");
    let people: Vec<(ViewerId, Id)> = (0..5)
        .map(|k| (app.add_viewer(Language::Sl), Id(100 + k as u32)))
        .collect();
    let cards: Vec<String> = (0..5)
        .map(|k| format!("Kartica {k} o branju"))
        .chain((0..5).map(|k| format!("Zamisel {k} za knjižnico")))
        .collect();
    for (k, (v, me)) in people.iter().enumerate() {
        participant_keys(
            &mut app,
            *v,
            *me,
            &format!("a {} <Enter>", spaced(&cards[k])),
        );
        // The second card in another category (Tab in the form).
        participant_keys(
            &mut app,
            *v,
            *me,
            &format!("a {} <Tab> <Enter>", spaced(&cards[k + 5])),
        );
        let mine = participant_screen(&mut app, *v, *me, 100, 30);
        assert!(mine.contains(&cards[k]), "their own card:\n{mine}");
        let other = &cards[(k + 1) % 5];
        assert!(
            !mine.contains(other.as_str()),
            "another's card before the reveal:\n{mine}"
        );
    }
    let b = board(&app, 100, 30, false);
    for c in &cards {
        assert!(
            !b.contains(c.as_str()),
            "a card on the board before the reveal:\n{b}"
        );
    }
    // The facilitator types a card too, as the scribe for someone without a
    // laptop (round-robin author): shown at once, it needs no reveal.
    press(&mut app, "a Knjige<Space>na<Space>hodniku <Enter>");
    assert!(board(&app, 100, 30, false).contains("Knjige na hodniku"));
    // A participant edits and deletes only their own cards.
    let (ana, ana_id) = people[0];
    participant_keys(
        &mut app,
        ana,
        ana_id,
        "<Down> e <End> <Space>(popravek) <Enter>",
    );
    {
        let w = &app.shared.doc.as_ref().unwrap().workshop;
        assert!(
            w.diagnosis
                .items
                .iter()
                .any(|i| i.text == "Kartica 0 o branju (popravek)")
        );
    }
    // The reveal: every card seen, none with its author on the board.
    press(&mut app, "r");
    let w = app.shared.doc.as_ref().unwrap().workshop.clone();
    assert_eq!(w.diagnosis.items.len(), 11);
    assert!(w.diagnosis.items.iter().all(|i| !i.private));
    assert!(
        w.diagnosis
            .items
            .iter()
            .any(|i| i.text == "Knjige na hodniku")
    );
    for (k, name) in TEACHERS.iter().enumerate() {
        let own = w
            .diagnosis
            .items
            .iter()
            .filter(|i| i.author == Author::Member(Id(100 + k as u32)))
            .count();
        // Their two, and the scribe's card went to the first in turn.
        assert_eq!(
            own,
            2 + usize::from(k == 0),
            "{name}'s cards, with their author"
        );
    }
    let b = board(&app, 100, 30, false);
    assert!(b.contains("Kartica 1 o branju"), "{b}");
    for name in TEACHERS {
        assert!(
            !b.contains(name),
            "an author on the board under anonymity:\n{b}"
        );
    }
    // The facilitator clusters two cards of the first category.
    press(
        &mut app,
        "<Down> <Space> <Down> <Space> c Branje<Space>doma <Enter>",
    );
    let w = app.shared.doc.as_ref().unwrap().workshop.clone();
    assert_eq!(w.diagnosis.clusters.len(), 1);
    // On to the vote (weaknesses, then vote): each teacher places two dots.
    press(&mut app, "<Esc> <Enter> <Enter> <Tab>");
    for (v, me) in &people {
        participant_keys(&mut app, *v, *me, "<Down> + <Down> <Down> +");
        let mine = participant_screen(&mut app, *v, *me, 100, 30);
        assert!(mine.contains("še 1 od 3 pik"), "their dots left:\n{mine}");
    }
    let w = app.shared.doc.as_ref().unwrap().workshop.clone();
    assert_eq!(w.diagnosis.votes.len(), 10);
    for size in [(60, 18), (80, 24), (100, 30)] {
        let b = board(&app, size.0, size.1, false);
        assert!(!b.contains('●'), "a dot before the reveal:\n{b}");
        assert!(b.contains("glasovalo je 5 od 5"), "{b}");
    }
    // The facilitator reveals the votes: the ranking.
    press(&mut app, "r");
    let b = board(&app, 100, 30, false);
    assert!(b.contains("RAZVRSTITEV") && b.contains('●'), "{b}");
    // Two actions on the plans step.
    press(
        &mut app,
        "<Esc> <Enter> <Tab> a Bralni<Space>kotiček <Enter> a Obisk<Space>knjižnice <Enter>",
    );
    let w = app.shared.doc.as_ref().unwrap().workshop.clone();
    assert_eq!(w.plans.all().count(), 2, "{:?}", w.plans);
    // The minutes: every card came in (unnamed), every card named at the
    // reveal, every dot (naming nobody), the reveal, the two actions.
    let log = &w.sessions.last().unwrap().log;
    let items: Vec<_> = log.iter().filter(|e| e.kind == LogKind::Item).collect();
    assert!(items.len() >= 21, "10 in, 10 named, 1 cluster: {items:#?}");
    let reveal = log
        .iter()
        .position(|e| e.text.contains("Kartica 0"))
        .expect("named at the reveal");
    for e in &log[..reveal] {
        assert!(
            !cards.iter().any(|c| e.text.contains(c.as_str())),
            "named before the reveal: {}",
            e.text
        );
    }
    assert_eq!(log.iter().filter(|e| e.kind == LogKind::Vote).count(), 10);
    assert!(
        log.iter()
            .filter(|e| e.kind == LogKind::Vote)
            .all(|e| e.text.is_empty())
    );
    assert_eq!(log.iter().filter(|e| e.kind == LogKind::Action).count(), 2);
    let _ = Event::Tick;
}
