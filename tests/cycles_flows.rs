//! Key flows of screen 5: planning the year, phases, data and triangulation,
//! the second workshop, disruptions whose remedies go to the next cycle,
//! follow-up cycles and carried-over actions, with undo.

mod common;

use common::{app_with, press};
use premisli::app::{App, Overlay};
use premisli::domain::cycles::SourceKind;
use premisli::domain::{ActionStatus, GoalTier, Language, PhaseStatus, Workshop};

fn w(app: &App) -> &Workshop {
    &app.shared.doc.as_ref().unwrap().workshop
}

fn fresh() -> App {
    let mut ws = Workshop::new("Krogi", Language::Sl);
    ws.project.school_year = "2025/26".into();
    app_with(ws, Language::Sl)
}

#[test]
fn plan_the_year_then_undo() {
    let mut app = fresh();
    press(&mut app, "5 y");
    let c = &w(&app).cycles;
    assert_eq!(c.len(), 3);
    assert_eq!(c[0].start.to_string(), "2025-09-15");
    assert_eq!(c[2].end.to_string(), "2026-06-20");
    assert_eq!(
        [c[0].tier, c[1].tier, c[2].tier],
        [GoalTier::First, GoalTier::Intermediate, GoalTier::Desired]
    );
    assert_eq!(c[1].follows, Some(c[0].id));
    press(&mut app, "y");
    assert_eq!(
        w(&app).cycles.len(),
        3,
        "a second plan of the same year would overlap"
    );
    assert!(app.view.status.is_some());
    press(&mut app, "<C-z>");
    assert!(w(&app).cycles.is_empty());
    assert!(w(&app).validate().is_empty());
}

#[test]
fn add_a_cycle_with_a_form_refusing_overlaps() {
    let mut app = fresh();
    press(&mut app, "5 a <Enter>");
    assert_eq!(w(&app).cycles.len(), 1, "defaults: today + 90 days");
    // The next suggested period starts the day after the last one ends.
    press(&mut app, "a <Enter>");
    assert_eq!(w(&app).cycles.len(), 2);
    assert!(w(&app).cycles[1].start > w(&app).cycles[0].end);
    // An overlapping period is refused and the form stays.
    press(&mut app, "a <Tab> <C-a>");
    for _ in 0..12 {
        press(&mut app, "<Del>");
    }
    press(&mut app, "10.03.2026 <Enter>");
    assert!(matches!(app.view.overlays.last(), Some(Overlay::Form(_))));
    assert_eq!(w(&app).cycles.len(), 2);
}

#[test]
fn phases_move_on_and_take_notes() {
    let mut app = fresh();
    press(&mut app, "5 y <Space> <Space>");
    assert_eq!(w(&app).cycles[0].plan.status, PhaseStatus::Done);
    press(&mut app, "<Right> <Space>");
    assert_eq!(w(&app).cycles[0].act.status, PhaseStatus::InProgress);
    press(
        &mut app,
        "<Enter> Opazujemo<Space>razredne<Space>sestanke <Tab> <Right> <Tab> 1.10.2025 <Enter>",
    );
    let act = &w(&app).cycles[0].act;
    assert_eq!(act.notes, "Opazujemo razredne sestanke");
    assert_eq!(act.status, PhaseStatus::Done);
    assert_eq!(
        act.start.map(|d| d.to_string()).as_deref(),
        Some("2025-10-01")
    );
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).cycles[0].act.notes, "");
}

#[test]
fn data_sources_and_triangulation() {
    let mut app = fresh();
    press(
        &mut app,
        "5 y s Dnevnik <Enter> s Anketa <Tab> <Right> <Enter>",
    );
    let c = &w(&app).cycles[0];
    assert_eq!(c.data_sources.len(), 2);
    assert_eq!(c.data_sources[1].kind, SourceKind::Questionnaire);
    assert!(!c.is_triangulated());
    let text = common::screen(&app, 120, 40);
    assert!(text.contains("⚠ le 2 vrst(e)"), "{text}");
    press(&mut app, "s Test <Tab> <Right> <Right> <Right> <Enter>");
    assert!(w(&app).cycles[0].is_triangulated());
    assert!(common::screen(&app, 120, 40).contains("triangulirano"));
}

#[test]
fn the_second_workshop_records_interpretation_and_evaluation() {
    let mut app = fresh();
    press(
        &mut app,
        "5 y w 48<Space>vprašalnikov <Tab> Klima<Space>raste <Tab> <Tab> <Tab> Cilj<Space>dosežen <Enter>",
    );
    let c = &w(&app).cycles[0];
    assert_eq!(c.data_collected, "48 vprašalnikov");
    assert_eq!(c.interpretation, "Klima raste");
    assert_eq!(c.evaluation, "Cilj dosežen");
}

#[test]
fn remedies_of_disruptions_become_actions_of_the_next_cycle() {
    let mut app = fresh();
    press(
        &mut app,
        "5 y x Tišji<Space>ne<Space>pridejo<Space>do<Space>besede <Tab> Govori<Space>pet<Space>učencev <Tab> <Tab> Krog<Space>mnenj <Enter>",
    );
    let d = &w(&app).cycles[0].disruptions;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].steps.remedies, "Krog mnenj");
    press(&mut app, "r");
    let a = &w(&app).plans.curative[0];
    assert_eq!(a.what, "Krog mnenj");
    assert_eq!(a.cycle, Some(w(&app).cycles[1].id));
    assert_eq!(a.origin, Some(w(&app).cycles[0].disruptions[0].id));
    assert_eq!(w(&app).cycles[0].disruptions[0].action, Some(a.id));
    press(&mut app, "r");
    assert_eq!(w(&app).plans.curative.len(), 1, "not twice");
    assert!(w(&app).validate().is_empty());
    press(&mut app, "<C-z>");
    assert!(w(&app).plans.curative.is_empty());
    assert_eq!(w(&app).cycles[0].disruptions[0].action, None);
    // The last cycle has no next one.
    press(&mut app, "<End> x Motnja <Enter> r");
    assert!(common::status(&app).contains("f"));
}

#[test]
fn a_follow_up_cycle_starts_from_the_evaluation_and_takes_open_actions() {
    let mut app = fresh();
    press(
        &mut app,
        "5 a <Enter> w <Tab> <Tab> <Tab> <Tab> Naprej<Space>z<Space>učenci <Enter>",
    );
    // An open action and a done one in the first cycle.
    let first = w(&app).cycles[0].id;
    {
        let doc = app.shared.doc.as_mut().unwrap();
        let mut open = premisli::domain::PlanAction::new(premisli::domain::Id(900), "Odprta");
        open.cycle = Some(first);
        let mut done = premisli::domain::PlanAction::new(premisli::domain::Id(901), "Končana");
        done.cycle = Some(first);
        done.status = ActionStatus::Done;
        doc.workshop.plans.prevention = vec![open, done];
    }
    press(&mut app, "f");
    let c = &w(&app).cycles;
    assert_eq!(c.len(), 2);
    assert_eq!(c[1].follows, Some(first));
    assert_eq!(c[1].goal, "Naprej z učenci");
    assert_eq!(c[1].start, c[0].end + chrono::Days::new(1));
    assert_eq!(app.view.cycles.selected, 1);
    let second = c[1].id;
    press(&mut app, "o");
    let p = &w(&app).plans.prevention;
    assert_eq!(p[0].cycle, Some(second), "the open action moves on");
    assert_eq!(p[1].cycle, Some(first), "the done one stays");
    // A cycle others point to is not deleted.
    press(&mut app, "<Home> d");
    assert_eq!(w(&app).cycles.len(), 2);
}

#[test]
fn the_known_pitfalls_are_ticked_at_the_cycle_review() {
    use premisli::domain::Pitfall;
    let mut app = fresh();
    press(&mut app, "5 y k <Space> <Down> <Down> <Space> <Enter>");
    assert_eq!(
        w(&app).cycles[0].pitfalls,
        vec![Pitfall::DirectiveLeaders, Pitfall::NoTime]
    );
    // The checklist is taller than 80x24 and scrolls with the focus.
    press(&mut app, "k <End>");
    for _ in 0..17 {
        press(&mut app, "<Down>");
    }
    let text = common::screen(&app, 80, 24);
    assert!(text.contains("vodenje ni deljeno"), "{text}");
    press(&mut app, "<Space> <Enter>");
    assert_eq!(w(&app).cycles[0].pitfalls.len(), 3);
    assert!(common::screen(&app, 120, 40).contains("Pasti v tem krogu"));
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).cycles[0].pitfalls.len(), 2);
}

#[test]
fn the_last_source_or_disruption_can_be_removed() {
    let mut app = fresh();
    press(&mut app, "5 y s Ena <Enter> s Dva <Enter> S");
    assert_eq!(w(&app).cycles[0].data_sources.len(), 1);
    press(&mut app, "x Motnja <Enter> X");
    assert!(w(&app).cycles[0].disruptions.is_empty());
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).cycles[0].disruptions.len(), 1);
    // Once its remedy is planned, the disruption stays.
    press(&mut app, "r X");
    assert_eq!(w(&app).cycles[0].disruptions.len(), 1);
}

#[test]
fn a_reversed_period_is_told_back_in_the_dates_as_typed() {
    let mut app = fresh();
    // Start after the end: the message uses the user's dotted dates.
    press(&mut app, "5 a <Tab> <C-a>");
    for _ in 0..12 {
        press(&mut app, "<Del>");
    }
    press(&mut app, "9.5.2026 <Tab> <C-a>");
    for _ in 0..12 {
        press(&mut app, "<Del>");
    }
    press(&mut app, "1.5.2026 <Enter>");
    assert!(matches!(app.view.overlays.last(), Some(Overlay::Form(_))));
    let said = common::status(&app);
    assert!(
        said.contains("1.5.2026") && said.contains("9.5.2026"),
        "{said}"
    );
    assert!(!said.contains("2026-05"), "{said}");
}

/// Triangulation by perspective as well as by method: each source says
/// whose view it gives, and the check names the perspective missing.
#[test]
fn each_source_gives_a_perspective_and_the_missing_one_is_named() {
    use premisli::domain::cycles::Perspective;
    let mut app = fresh();
    // Kind: observation; whose view: an observer or critical friend.
    press(
        &mut app,
        "5 y s Hospitacija <Tab> <Tab> <Right> <Right> <Right> <Enter>",
    );
    press(
        &mut app,
        "s Anketa <Tab> <Right> <Tab> <Right> <Right> <Enter>",
    );
    press(
        &mut app,
        "s Test <Tab> <Right> <Right> <Right> <Tab> <Right> <Right> <Enter>",
    );
    let c = &w(&app).cycles[0];
    assert_eq!(
        c.data_sources
            .iter()
            .map(|s| s.perspective)
            .collect::<Vec<_>>(),
        vec![
            Some(Perspective::Observer),
            Some(Perspective::Pupils),
            Some(Perspective::Pupils)
        ]
    );
    assert!(c.is_triangulated() && !c.has_perspectives());
    let text = common::screen(&app, 120, 40);
    assert!(
        text.contains("⚠ Perspektive") && text.contains("manjka: učitelj/-ica"),
        "{text}"
    );
    // The teacher's view: the three expected perspectives are there.
    press(&mut app, "s Dnevnik <Tab> <Tab> <Right> <Enter>");
    assert!(w(&app).cycles[0].has_perspectives());
    let text = common::screen(&app, 120, 40);
    assert!(
        text.contains("manjka: starši") && !text.contains("⚠ Perspektive"),
        "{text}"
    );
    // In the annual report's data section.
    let md = common::report_md(w(&app), premisli::report::Kind::Annual);
    assert!(md.contains("| Perspektive |"), "{md}");
}

/// A cycle's reference sources (one per line) and its reference level are
/// set in its form; the actual level at the second workshop.
#[test]
fn a_cycle_keeps_its_reference_sources_and_its_reference_and_actual_level() {
    let mut app = fresh();
    press(
        &mut app,
        "5 y e <Tab> <Tab> <Tab> <Tab> <Tab> Vsi<Space>učenci<Space>spregovorijo <Tab> Fullan<Space>2004 <A-Enter> Gradivo<Space>mreže <Enter>",
    );
    let c = &w(&app).cycles[0];
    assert_eq!(c.reference_level, "Vsi učenci spregovorijo");
    assert_eq!(c.references, vec!["Fullan 2004", "Gradivo mreže"]);
    press(
        &mut app,
        "w <Tab> <Tab> <Tab> <Tab> <Tab> Spregovori<Space>dve<Space>tretjini <Enter>",
    );
    assert_eq!(w(&app).cycles[0].actual_level, "Spregovori dve tretjini");
    let text = common::screen(&app, 120, 40);
    assert!(
        text.contains("Referenčni nivo: Vsi učenci spregovorijo")
            && text.contains("Aktualni nivo: Spregovori dve tretjini")
            && text.contains("Referenčni viri: Fullan 2004; Gradivo mreže"),
        "{text}"
    );
    // Kept in the file and read back.
    let saved = premisli::store::to_text(w(&app)).unwrap();
    let back = premisli::store::from_text(std::path::Path::new("x.ron"), &saved).unwrap();
    assert_eq!(back.cycles[0].references, w(&app).cycles[0].references);
}
