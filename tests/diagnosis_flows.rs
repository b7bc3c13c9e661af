//! Key flows of the first reflection workshop: items typed fast across
//! categories with a round-robin author, clusters, scribe voting, reveal, the
//! plans fed by the board, and undo/redo throughout.

mod common;

use common::{app_with, press};
use premisli::app::diagnosis::{Mode, Row, rows};
use premisli::app::keys::parse_keys;
use premisli::app::plans::{Filter, SortBy};
use premisli::app::{App, Overlay};
use premisli::domain::{ActionStatus, Author, Category, Id, Language, Member, Role, Workshop};

fn w(app: &App) -> &Workshop {
    &app.shared.doc.as_ref().unwrap().workshop
}

/// A workshop with a team of twelve.
fn team_of_12() -> App {
    let mut ws = Workshop::new("Premišljevalnica", Language::Sl);
    for i in 0..12 {
        ws.team.push(Member::new(
            Id(i + 1),
            &format!("Član {}", i + 1),
            Role::Teacher,
        ));
    }
    app_with(ws, Language::Sl)
}

fn select_item(app: &mut App, text: &str) {
    let doc = app.shared.doc.as_ref().unwrap();
    let id = doc
        .workshop
        .diagnosis
        .items
        .iter()
        .find(|i| i.text == text)
        .unwrap()
        .id;
    let pos = rows(&doc.workshop, &app.view.diagnosis)
        .iter()
        .position(|r| matches!(r, Row::Item { id: x, .. } if *x == id))
        .unwrap();
    app.view.diagnosis.selected = pos;
}

#[test]
fn items_go_to_the_selected_category_with_the_current_author() {
    let mut app = team_of_12();
    press(&mut app, "3 a Radovednost <Enter>");
    let item = &w(&app).diagnosis.items[0];
    assert_eq!(item.category, Category::Expectations);
    assert_eq!(
        item.author,
        Author::Member(Id(1)),
        "the first member by default"
    );
    // Tab jumps to the next category; n moves to the next author.
    press(&mut app, "<Tab> n a Skupaj<Space>rešujemo <Enter>");
    let item = w(&app)
        .diagnosis
        .items
        .iter()
        .find(|i| i.text == "Skupaj rešujemo")
        .unwrap();
    assert_eq!(
        item.category,
        Category::Curiosity,
        "Tab from the item: next heading is Curiosity"
    );
    assert_eq!(item.author, Author::Member(Id(2)));
    press(&mut app, "<S-Tab> <S-Tab> N N a Za<Space>vse <Enter>");
    let item = w(&app)
        .diagnosis
        .items
        .iter()
        .find(|i| i.text == "Za vse")
        .unwrap();
    assert_eq!(item.author, Author::Group, "round-robin passes the group");
    assert!(w(&app).validate().is_empty());
}

#[test]
fn an_item_moves_to_another_category_and_back_with_undo() {
    let mut app = team_of_12();
    press(&mut app, "3 a Čas <Enter>");
    press(&mut app, "m <Right> <Right> <Right> <Enter>");
    assert_eq!(w(&app).diagnosis.items[0].category, Category::ContentNeeds);
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).diagnosis.items[0].category, Category::Expectations);
    press(&mut app, "<C-y>");
    assert_eq!(w(&app).diagnosis.items[0].category, Category::ContentNeeds);
}

#[test]
fn clusters_merge_marked_items_and_un_merge() {
    let mut app = team_of_12();
    press(&mut app, "3 a Ena <Enter> a Dva <Enter> a Tri <Enter>");
    select_item(&mut app, "Ena");
    press(&mut app, "<Space> <Space> c");
    assert!(matches!(app.view.overlays.last(), Some(Overlay::Form(_))));
    press(&mut app, "<C-a>");
    for _ in 0..5 {
        press(&mut app, "<Del>");
    }
    press(&mut app, "Skupno <Enter>");
    let d = &w(&app).diagnosis;
    assert_eq!(d.clusters.len(), 1);
    assert_eq!(d.clusters[0].title, "Skupno");
    let cid = d.clusters[0].id;
    assert_eq!(d.members_of(cid).count(), 2, "Ena and Dva");
    // The originals stay visible inside the cluster.
    let r = rows(w(&app), &app.view.diagnosis);
    assert_eq!(
        r.iter()
            .filter(|x| matches!(x, Row::Item { nested: true, .. }))
            .count(),
        2
    );
    // Tri joins the cluster: mark it, select the cluster, c.
    select_item(&mut app, "Tri");
    press(&mut app, "<Space>");
    app.view.diagnosis.selected = rows(w(&app), &app.view.diagnosis)
        .iter()
        .position(|x| *x == Row::Cluster(cid))
        .unwrap();
    press(&mut app, "c");
    assert_eq!(w(&app).diagnosis.members_of(cid).count(), 3);
    // u on a nested item takes it out; u on the cluster dissolves it.
    select_item(&mut app, "Tri");
    press(&mut app, "u");
    assert_eq!(w(&app).diagnosis.members_of(cid).count(), 2);
    app.view.diagnosis.selected = rows(w(&app), &app.view.diagnosis)
        .iter()
        .position(|x| *x == Row::Cluster(cid))
        .unwrap();
    press(&mut app, "u");
    assert!(w(&app).diagnosis.clusters.is_empty());
    assert!(w(&app).diagnosis.items.iter().all(|i| i.cluster.is_none()));
    press(&mut app, "<C-z>");
    assert_eq!(
        w(&app).diagnosis.members_of(cid).count(),
        2,
        "undo brings the cluster back"
    );
}

#[test]
fn a_cluster_gathers_one_category_only() {
    let mut app = team_of_12();
    press(&mut app, "3 a Ena <Enter> <Tab> a Dva <Enter>");
    select_item(&mut app, "Ena");
    press(&mut app, "<Space>");
    select_item(&mut app, "Dva");
    press(&mut app, "<Space> c");
    assert!(w(&app).diagnosis.clusters.is_empty());
    assert!(app.view.overlays.is_empty());
    assert!(app.view.status.is_some());
}

#[test]
fn scribe_voting_with_hidden_counts_then_reveal_and_ranking() {
    let mut app = team_of_12();
    press(&mut app, "3 a Ena <Enter> a Dva <Enter>");
    select_item(&mut app, "Ena");
    // Member 1 places three dots; a fourth is refused.
    press(&mut app, "+ + + +");
    assert_eq!(w(&app).diagnosis.votes_of(Id(1)), 3);
    assert!(common::status(&app).contains("Član 1"));
    press(&mut app, "-");
    assert_eq!(w(&app).diagnosis.votes_of(Id(1)), 2);
    press(&mut app, "n");
    select_item(&mut app, "Dva");
    press(&mut app, "+");
    assert_eq!(w(&app).diagnosis.votes_of(Id(2)), 1);
    assert!(!w(&app).diagnosis.votes_revealed);
    let hidden = common::screen(&app, 100, 30);
    assert!(hidden.contains("pike skrite"));
    assert!(
        !hidden.contains('●'),
        "no totals before the reveal:\n{hidden}"
    );
    press(&mut app, "r");
    assert!(w(&app).diagnosis.votes_revealed);
    let shown = common::screen(&app, 100, 30);
    assert!(shown.contains("●●"), "{shown}");
    press(&mut app, "v v");
    assert_eq!(app.view.diagnosis.mode, Mode::Summary);
    let summary = common::screen(&app, 100, 30);
    let ena = summary.find(" 2  Ena").expect("Ena ranked with 2");
    let dva = summary.find(" 1  Dva").expect("Dva ranked with 1");
    assert!(ena < dva, "{summary}");
    // In the summary, + and - change the dots per member (not below what is used).
    press(&mut app, "+");
    assert_eq!(w(&app).diagnosis.votes_per_member, 4);
    press(&mut app, "- - -");
    assert_eq!(
        w(&app).diagnosis.votes_per_member,
        2,
        "member 1 has placed 2"
    );
    press(&mut app, "<C-z> <C-z> <C-z>");
    assert_eq!(w(&app).diagnosis.votes_per_member, 3);
}

#[test]
fn the_group_cannot_vote() {
    let mut app = team_of_12();
    press(&mut app, "3 a Ena <Enter> N + ");
    assert!(w(&app).diagnosis.votes.is_empty());
}

#[test]
fn anonymity_hides_authors_and_member_view_filters() {
    let mut app = team_of_12();
    press(&mut app, "3 a Ena <Enter> n a Dva <Enter>");
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("— Član 1") && text.contains("— Član 2"));
    press(&mut app, "h");
    let text = common::screen(&app, 100, 30);
    assert!(
        !text.contains("— Član 1") && !text.contains("— Član 2"),
        "{text}"
    );
    assert!(text.contains("avtorji skriti"));
    press(&mut app, "h v");
    assert_eq!(app.view.diagnosis.mode, Mode::Member);
    let r = rows(w(&app), &app.view.diagnosis);
    assert_eq!(
        r.iter().filter(|x| matches!(x, Row::Item { .. })).count(),
        1,
        "only Član 2's item"
    );
}

#[test]
fn items_and_clusters_become_plan_actions_with_one_key() {
    let mut app = team_of_12();
    press(&mut app, "3 a Radovednost <Enter> p");
    let a = &w(&app).plans.prevention[0];
    assert_eq!(a.what, "Radovednost");
    let item_id = w(&app).diagnosis.items[0].id;
    assert_eq!(a.origin, Some(item_id));
    press(&mut app, "p");
    assert_eq!(w(&app).plans.prevention.len(), 1, "not twice");
    // A weakness feeds the curative plan.
    press(&mut app, "<End> a Premalo<Space>časa <Enter> p");
    assert_eq!(w(&app).plans.curative[0].what, "Premalo časa");
    // The item cannot be deleted while an action comes from it.
    press(&mut app, "d");
    assert_eq!(w(&app).diagnosis.items.len(), 2);
    press(&mut app, "<C-z>");
    assert!(w(&app).plans.curative.is_empty());
    press(&mut app, "d");
    assert_eq!(w(&app).diagnosis.items.len(), 1);
}

#[test]
fn deleting_an_item_takes_its_dots_and_undo_brings_both_back() {
    let mut app = team_of_12();
    press(&mut app, "3 a Ena <Enter> + + n +");
    assert_eq!(w(&app).diagnosis.votes.len(), 3);
    press(&mut app, "d");
    assert!(w(&app).diagnosis.items.is_empty() && w(&app).diagnosis.votes.is_empty());
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).diagnosis.items.len(), 1);
    assert_eq!(w(&app).diagnosis.votes.len(), 3);
}

#[test]
fn actions_are_planned_with_owner_due_date_status_and_steps() {
    let mut app = team_of_12();
    // The fixed clock says 10. 3. 2026.
    press(
        &mut app,
        "4 a Obisk<Space>knjižnice <Tab> <Right> <Right> <Tab> 20.04.2026 <Enter>",
    );
    let a = &w(&app).plans.prevention[0];
    assert_eq!(a.who, Some(Id(2)));
    assert_eq!(a.due.unwrap().to_string(), "2026-04-20");
    // Last term's plan: a past date is kept and the action marked overdue,
    // told back in the format it was typed in.
    press(&mut app, "<Tab> a Staro <Tab> <Tab> 1.1.2020 <Enter>");
    assert!(app.view.overlays.is_empty());
    assert!(w(&app).plans.curative[0].is_overdue(common::env(0).now.date()));
    let status = common::status(&app);
    assert!(
        status.contains("01.01.2020") && status.contains("zamujena"),
        "{status}"
    );
    press(&mut app, "<C-z> a Novo <Tab> <Tab> 2026-03-20 <Enter>");
    assert_eq!(w(&app).plans.curative.len(), 1);
    press(&mut app, "<Space>");
    assert_eq!(w(&app).plans.curative[0].status, ActionStatus::InProgress);
    press(
        &mut app,
        "s Učenci<Space>zamujajo <Tab> Ni<Space>pravila <Enter>",
    );
    let steps = w(&app).plans.curative[0].steps.as_ref().unwrap();
    assert_eq!(
        (steps.define.as_str(), steps.cause.as_str(), steps.filled()),
        ("Učenci zamujajo", "Ni pravila", 2)
    );
    press(&mut app, "<C-z>");
    assert!(w(&app).plans.curative[0].steps.is_none());
}

#[test]
fn plans_sort_and_filter() {
    let mut app = app_with(common::sample("inovacijski-projekt.ron"), Language::En);
    press(&mut app, "4");
    // The fixed clock (10 Mar 2026) makes the one open action due 27 Feb overdue.
    press(&mut app, "f f");
    assert_eq!(app.view.plans.filter, Filter::Overdue);
    let shown = premisli::app::plans::visible(
        w(&app),
        app.view.plans.pane,
        &app.view.plans,
        app.view.today,
    );
    assert_eq!(shown.len(), 1);
    press(&mut app, "f f f");
    assert!(matches!(app.view.plans.filter, Filter::Owner(_)));
    press(&mut app, "o");
    assert_eq!(app.view.plans.sort, SortBy::Due);
    let text = common::screen(&app, 120, 40);
    assert!(text.contains("sort: due date"), "{text}");
}

/// A whole first workshop of a twelve-person team from the keyboard: each
/// member gives one strength and one weakness, three dots each, reveal, the
/// top item of each kind goes to its plan. Reports keystrokes per operation.
fn run(app: &mut App, keys: &mut usize, spec: &str) -> usize {
    let n = parse_keys(spec).unwrap().len();
    *keys += n;
    press(app, spec);
    n
}

#[test]
fn a_whole_diagnosis_of_twelve_members_from_the_keyboard() {
    let mut app = team_of_12();
    let mut keys = 0usize;
    run(&mut app, &mut keys, "3");
    let mut item_overhead = 0;
    for m in 1..=12 {
        // Strength in Expectations (Home), weakness in Methodical needs (End), then the next member.
        run(&mut app, &mut keys, "<Home>");
        let text = format!("Prednost {m}");
        let n = run(
            &mut app,
            &mut keys,
            &format!("a {} <Enter>", text.replace(' ', "<Space>")),
        );
        item_overhead = n - text.chars().count();
        run(
            &mut app,
            &mut keys,
            &format!("<End> a Slabost<Space>{m} <Enter> n"),
        );
    }
    assert_eq!(w(&app).diagnosis.items.len(), 24);
    assert!(
        w(&app)
            .diagnosis
            .items
            .iter()
            .all(|i| matches!(i.author, Author::Member(_)))
    );
    // The round-robin has come back to the group; n to member 1.
    run(&mut app, &mut keys, "n");
    let mut vote_keys = 0;
    for m in 0..12 {
        let target = if m % 2 == 0 {
            "Prednost 1"
        } else {
            "Slabost 2"
        };
        select_item(&mut app, target);
        vote_keys += run(&mut app, &mut keys, "+ + + n");
    }
    assert_eq!(w(&app).diagnosis.votes.len(), 36);
    run(&mut app, &mut keys, "r");
    select_item(&mut app, "Prednost 1");
    let convert_keys = run(&mut app, &mut keys, "p");
    select_item(&mut app, "Slabost 2");
    run(&mut app, &mut keys, "p");
    assert_eq!(w(&app).plans.prevention.len(), 1);
    assert_eq!(w(&app).plans.curative.len(), 1);
    assert!(w(&app).validate().is_empty());
    println!(
        "keystrokes: an item = its text + {item_overhead} (a, Enter); a vote = {:.2} (+, and n once per member of 3 dots); item to action = {convert_keys}; whole session {keys} (selection moves not counted)",
        vote_keys as f64 / 36.0
    );
    assert_eq!(item_overhead, 2);
    assert_eq!(convert_keys, 1);
}
