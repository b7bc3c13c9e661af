//! Key flows: key sequences through the keymap and `update`, asserting the
//! model (helix-style), with a fixed clock.

mod common;

use common::{app_with, env, press, sl_app};
use premisli::app::keys::Event;
use premisli::app::{Effect, Overlay, ReadOnly, Screen};
use premisli::domain::{ArModel, Language, ResearchArea, Role, Workshop};

fn w(app: &premisli::app::App) -> &Workshop {
    &app.shared.doc.as_ref().unwrap().workshop
}

#[test]
fn edit_the_title_then_undo_and_redo() {
    let mut app = sl_app();
    let old = w(&app).title.clone();
    press(&mut app, "<Enter> <C-a>");
    // Replace the whole title: select to start, delete by words.
    for _ in 0..20 {
        press(&mut app, "<Del>");
    }
    press(&mut app, "<End>");
    for _ in 0..80 {
        press(&mut app, "<BS>");
    }
    press(&mut app, "Skupaj<Space>zmoremo <Enter>");
    assert_eq!(w(&app).title, "Skupaj zmoremo");
    assert!(app.shared.doc.as_ref().unwrap().dirty);
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).title, old);
    press(&mut app, "<C-y>");
    assert_eq!(w(&app).title, "Skupaj zmoremo");
}

#[test]
fn esc_leaves_a_field_without_changing_anything() {
    let mut app = sl_app();
    let before = w(&app).clone();
    press(&mut app, "j <Enter> xyz <Esc>");
    assert_eq!(w(&app), &before);
    assert!(!app.in_field());
    assert!(!app.shared.history.can_undo(app.viewer));
}

#[test]
fn keys_that_are_commands_outside_a_field_are_typed_inside_it() {
    let mut app = app_with(Workshop::new("", Language::En), Language::En);
    let effects = press(&mut app, "<Enter> q1?jk2 <Enter>");
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(w(&app).title, "q1?jk2");
    assert_eq!(app.view.screen, Screen::Project);
}

#[test]
fn the_level_suggests_the_model_until_one_is_chosen() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    let level = 7; // Title, Institution, School year, Area, Kind, Goal, Question, Level
    for _ in 0..level {
        press(&mut app, "<Down>");
    }
    press(&mut app, "<Right>");
    assert_eq!(w(&app).project.innovation_level.get(), 2);
    assert_eq!(w(&app).project.effective_ar_model(), ArModel::Technical);
    press(&mut app, "<Right> <Right> <Right> <Right>");
    assert_eq!(w(&app).project.innovation_level.get(), 1, "wraps 5 → 1");
    press(&mut app, "<Left>");
    assert_eq!(w(&app).project.innovation_level.get(), 5);
    assert_eq!(w(&app).project.effective_ar_model(), ArModel::Emancipatory);
    press(&mut app, "<Down> <Space>");
    assert_eq!(w(&app).project.ar_model, Some(ArModel::Practical));
    press(&mut app, "<Left>");
    assert_eq!(w(&app).project.ar_model, None, "back to the suggestion");
}

#[test]
fn checklist_items_tick_and_untick() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press(&mut app, "<End>");
    press(&mut app, "<Space>");
    assert!(w(&app).project.question_checks.answer_wanted);
    press(&mut app, "<Up> <Up> <Up> <Up> <Enter>");
    assert!(w(&app).project.goal_checks.drives_growth);
    press(&mut app, "<Enter>");
    assert!(!w(&app).project.goal_checks.drives_growth);
}

#[test]
fn a_custom_research_area_is_typed() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press(
        &mut app,
        "<Down> <Down> <Down> e Bralna<Space>pismenost <Enter>",
    );
    assert_eq!(
        w(&app).project.area,
        ResearchArea::Custom("Bralna pismenost".into())
    );
    press(&mut app, "<Right>");
    assert_eq!(w(&app).project.area, ResearchArea::LearningEnvironments);
    press(&mut app, "<C-z>");
    assert_eq!(
        w(&app).project.area,
        ResearchArea::Custom("Bralna pismenost".into())
    );
}

#[test]
fn the_goal_takes_several_lines_and_pastes_without_control_characters() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press(
        &mut app,
        "<Down> <Down> <Down> <Down> <Down> <Enter> Prvi<A-Enter>drugi",
    );
    app.handle(
        Event::Paste(" \u{1b}[31mtretji\u{7}\r\nčetrti".into()),
        &env(5000),
    );
    press(&mut app, "<Enter>");
    assert_eq!(w(&app).project.goal, "Prvi\ndrugi [31mtretji\nčetrti");
}

#[test]
fn combining_marks_typed_one_by_one_compose() {
    let mut app = app_with(Workshop::new("", Language::Sl), Language::Sl);
    press(&mut app, "<Enter> s\u{30C}ola <Enter>");
    assert_eq!(w(&app).title, "šola");
}

#[test]
fn add_a_member_with_role_and_goal_through_the_form() {
    let mut app = sl_app();
    let n = w(&app).team.len();
    press(
        &mut app,
        "2 a Ana<Space>Kovač <Tab> <Right> <Right> <Tab> Želim<Space>opazovati. <Enter>",
    );
    assert_eq!(w(&app).team.len(), n + 1);
    let ana = w(&app).team.iter().find(|m| m.name == "Ana Kovač").unwrap();
    assert_eq!(ana.role, Role::Parent, "Teacher → Student → Parent");
    assert_eq!(ana.personal_goal, "Želim opazovati.");
    assert!(app.view.overlays.is_empty());
    let id = ana.id;
    assert!(w(&app).team.iter().filter(|m| m.id == id).count() == 1);
    assert!(w(&app).validate().is_empty());
}

#[test]
fn a_nameless_member_is_refused_and_the_form_stays() {
    let mut app = sl_app();
    let n = w(&app).team.len();
    press(&mut app, "2 a <Tab> <Tab> cilj <Enter>");
    assert_eq!(w(&app).team.len(), n);
    assert!(matches!(app.view.overlays.last(), Some(Overlay::Form(_))));
    assert!(app.view.status.is_some());
    press(&mut app, "<Tab> <Tab> Bor <Enter>");
    assert_eq!(w(&app).team.len(), n + 1);
}

#[test]
fn edit_a_member_and_cancel_an_edit() {
    let mut app = sl_app();
    press(&mut app, "2 j e <End> <Space>ml. <Enter>");
    assert_eq!(w(&app).team[1].name, "Tomaž Zupan ml.");
    let before = w(&app).clone();
    press(&mut app, "<Enter> xxx <Esc>");
    assert_eq!(w(&app), &before);
}

#[test]
fn delete_is_undoable_and_refused_for_a_member_still_named() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press(&mut app, "2 a Ana <Enter> a Bor <Enter>");
    assert_eq!(w(&app).team.len(), 2);
    press(&mut app, "<Home> d");
    assert_eq!(w(&app).team.len(), 1);
    assert_eq!(w(&app).team[0].name, "Bor");
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).team[0].name, "Ana");
    // In the sample, the consultant facilitated a session: deleting is refused.
    let mut app = sl_app();
    press(&mut app, "2 j j d");
    assert_eq!(w(&app).team.len(), 9);
    assert!(common::status(&app).contains("Alenka"));
}

#[test]
fn undo_goes_back_to_the_screen_of_the_edit() {
    let mut app = sl_app();
    press(&mut app, "2 a Cene <Enter> 1");
    assert_eq!(app.view.screen, Screen::Project);
    press(&mut app, "<C-z>");
    assert_eq!(app.view.screen, Screen::Team);
    assert!(!w(&app).team.iter().any(|m| m.name == "Cene"));
    press(&mut app, "<C-z> <C-z>");
    assert!(app.view.status.is_some(), "nothing to undo is said");
}

#[test]
fn screens_switch_by_number_and_alt_number() {
    let mut app = sl_app();
    press(&mut app, "2");
    assert_eq!(app.view.screen, Screen::Team);
    press(&mut app, "<A-1>");
    assert_eq!(app.view.screen, Screen::Project);
    press(&mut app, "<Enter> <A-2>");
    assert_eq!(
        app.view.screen,
        Screen::Team,
        "Alt-digit works while typing"
    );
    press(&mut app, "8");
    assert_eq!(app.view.screen, Screen::Report);
    press(&mut app, "<A-7>");
    assert_eq!(app.view.screen, Screen::Session);
    press(&mut app, "9");
    assert_eq!(
        app.view.screen,
        Screen::Session,
        "no tab 9: nothing happens"
    );
}

#[test]
fn help_opens_from_f1_and_question_mark_and_closes() {
    let mut app = sl_app();
    press(&mut app, "<F1>");
    assert_eq!(app.view.overlays, vec![Overlay::Help]);
    press(&mut app, "<Down> <Down> <Esc>");
    assert!(app.view.overlays.is_empty());
    press(&mut app, "2 ?");
    assert_eq!(app.view.overlays, vec![Overlay::Help]);
    press(&mut app, "?");
    assert!(app.view.overlays.is_empty());
}

#[test]
fn quit_and_save_are_effects() {
    let mut app = sl_app();
    assert_eq!(press(&mut app, "<C-s>"), vec![Effect::Save]);
    assert_eq!(press(&mut app, "q"), vec![Effect::Quit]);
    assert_eq!(
        press(&mut app, "<Enter> <C-q>"),
        vec![Effect::Quit],
        "Ctrl-Q works in a field"
    );
}

#[test]
fn quitting_from_a_form_keeps_the_draft() {
    let mut app = sl_app();
    let effects = press(&mut app, "2 a Draga <C-q>");
    assert_eq!(effects, vec![Effect::Quit]);
    assert!(w(&app).team.iter().any(|m| m.name == "Draga"));
}

#[test]
fn a_read_only_workshop_refuses_edits() {
    let mut app = sl_app();
    app.shared.doc.as_mut().unwrap().read_only = Some(ReadOnly::HeldBy("ana@sola (pid 7)".into()));
    let before = w(&app).clone();
    press(
        &mut app,
        "<Enter> x <Enter> <Down> <Down> <Down> <Right> 2 a d",
    );
    assert_eq!(w(&app), &before);
    assert!(!app.shared.doc.as_ref().unwrap().dirty);
}

#[test]
fn autosave_is_due_a_second_after_the_last_edit() {
    let mut app = sl_app();
    assert!(!app.autosave_due(100_000));
    press(&mut app, "<Down> <Down> <Down> <Down> <Right>");
    let edited = app.shared.doc.as_ref().unwrap().edited_ms;
    assert!(!app.autosave_due(edited + 500));
    assert!(app.autosave_due(edited + 1000));
    app.shared.doc.as_mut().unwrap().save_error = Some(("disk full".into(), edited + 1000));
    assert!(
        !app.autosave_due(edited + 2000),
        "a failed save waits before retrying"
    );
    assert!(app.autosave_due(edited + 4000));
}

#[test]
fn home_offers_new_workshop_and_samples() {
    let mut app = premisli::app::App::new(Language::Sl, common::home_data());
    // Entries: one workshop, one recent file, New, two samples.
    assert_eq!(
        press(&mut app, "<Enter>"),
        vec![Effect::Open(
            "/home/ana/.local/share/premisli/5a-razredna-skupnost.ron".into()
        )]
    );
    assert_eq!(
        press(&mut app, "<End> <Enter>"),
        vec![Effect::OpenSample(1)]
    );
    let effects = press(
        &mut app,
        "a Razredna<Space>klima<Space>5.b <Tab> <Right> <Enter>",
    );
    match effects.as_slice() {
        [
            Effect::Create {
                path,
                title,
                language,
                method,
            },
        ] => {
            assert_eq!(title, "Razredna klima 5.b");
            assert_eq!(*language, Language::Ru, "Sl → Ru");
            assert!(path.ends_with("razredna-klima-5-b.ron"), "{path:?}");
            assert_eq!(*method, premisli::domain::Method::Innovation);
        }
        other => panic!("{other:?}"),
    }
    // The method is chosen in the same form, after the file's name.
    let effects = press(&mut app, "a Spremljanje <Tab> <Tab> <Tab> <Right> <Enter>");
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Create {
                method: premisli::domain::Method::Monitoring,
                ..
            }]
        ),
        "{effects:?}"
    );
}

#[test]
fn the_calendar_of_activities_is_kept_in_date_order() {
    let mut app = app_with(Workshop::new("T", Language::Sl), Language::Sl);
    // Untouched date: today (10. 3. 2026 in the fixed clock).
    press(&mut app, "a Prva<Space>premišljevalnica <Enter>");
    let cal = &w(&app).project.calendar;
    assert_eq!(cal.len(), 1);
    assert_eq!(cal[0].date.to_string(), "2026-03-10");
    press(&mut app, "a Zbor<Space>tima <Tab> <C-a>");
    for _ in 0..12 {
        press(&mut app, "<Del>");
    }
    press(&mut app, "1.9.2025 <Enter>");
    let cal = &w(&app).project.calendar;
    assert_eq!(
        cal.iter().map(|a| a.what.as_str()).collect::<Vec<_>>(),
        vec!["Zbor tima", "Prva premišljevalnica"]
    );
    assert_eq!(
        app.view.project.field(w(&app)),
        premisli::app::project::Field::Activity(0),
        "the new entry is selected"
    );
    press(&mut app, "<Space>");
    assert!(w(&app).project.calendar[0].done);
    // A bad date is refused and the form stays open.
    press(&mut app, "a Poročilo <Tab> 31.02.2026 <Enter>");
    assert!(matches!(app.view.overlays.last(), Some(Overlay::Form(_))));
    assert_eq!(w(&app).project.calendar.len(), 2);
    press(&mut app, "<Esc>");
    press(&mut app, "d");
    assert_eq!(w(&app).project.calendar.len(), 1);
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).project.calendar.len(), 2);
    assert!(w(&app).validate().is_empty());
}

#[test]
fn esc_goes_back_home_and_a_number_returns() {
    let mut app = sl_app();
    press(&mut app, "2");
    assert_eq!(press(&mut app, "<Esc>"), vec![Effect::RefreshHome]);
    assert_eq!(app.view.screen, Screen::Home);
    assert!(app.shared.doc.is_some(), "the workshop stays open");
    press(&mut app, "1");
    assert_eq!(app.view.screen, Screen::Project);
    // Esc inside a field only leaves the field.
    press(&mut app, "<Enter> <Esc>");
    assert_eq!(app.view.screen, Screen::Project);
}

#[test]
fn a_huge_paste_is_refused_with_a_message_and_the_field_kept() {
    let mut app = common::sl_app();
    common::press(&mut app, "2 a Ana");
    let huge = "x".repeat(1 << 20);
    app.handle(premisli::app::keys::Event::Paste(huge), &common::env(5000));
    let said = common::status(&app);
    assert!(said.contains("1048576") && said.contains("1000"), "{said}");
    match app.view.overlays.last() {
        Some(premisli::app::Overlay::Form(f)) => assert_eq!(f.text(0), "Ana"),
        other => panic!("{other:?}"),
    }
    common::press(&mut app, "<Enter>");
    assert!(
        app.shared
            .doc
            .as_ref()
            .unwrap()
            .workshop
            .team
            .iter()
            .any(|m| m.name == "Ana")
    );
}

#[test]
fn the_novelty_and_the_levels_history_are_kept_on_the_card() {
    let mut app = app_with(Workshop::new("T", Language::Sl), Language::Sl);
    // Title … Question, Level (7), Model (8), then the novelty's three fields.
    press(&mut app, &"<Down> ".repeat(9));
    press(
        &mut app,
        "<Enter> Učenci<Space>sami<Space>vodijo<Space>razredne<Space>dogovore <Enter>",
    );
    press(
        &mut app,
        "<Down> <Enter> učenci<Space>5.<Space>razreda <Enter>",
    );
    press(
        &mut app,
        "<Down> <Enter> zapisniki<Space>razrednih<Space>ur <Enter>",
    );
    let n = &w(&app).project.novelty;
    assert_eq!(n.what, "Učenci sami vodijo razredne dogovore");
    assert_eq!(n.for_whom, "učenci 5. razreda");
    assert_eq!(n.evidence, "zapisniki razrednih ur");
    // On the level, `a` adds an entry to its history: expected 2, reached 1.
    press(&mut app, "<Up> <Up> <Up> <Up> <Right>");
    assert_eq!(w(&app).project.innovation_level.get(), 2);
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("a dodajte vnos v zgodovino ravni"), "{text}");
    press(
        &mut app,
        &format!(
            "a {} 15.10.2025 <Tab> <Tab> <Right> <Enter>",
            "<BS> ".repeat(10)
        ),
    );
    let levels = &w(&app).project.levels;
    assert_eq!(levels.len(), 1, "{levels:?}");
    assert_eq!(levels[0].expected.get(), 2);
    assert_eq!(levels[0].reached.map(|l| l.get()), Some(1));
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("pričakovana 2 · dosežena 1"), "{text}");
    // The selection is on the entry: Enter edits it, d deletes it (undoable).
    press(&mut app, "<Enter> <Tab> <Tab> <Right> <Enter>");
    assert_eq!(w(&app).project.levels[0].reached.map(|l| l.get()), Some(2));
    press(&mut app, "d");
    assert!(w(&app).project.levels.is_empty());
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).project.levels.len(), 1);
    // Kept in the file, and in the report's card.
    let text = premisli::store::to_text(w(&app)).unwrap();
    assert!(
        text.contains("novelty: Novelty(") && text.contains("levels: ["),
        "{text}"
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let md = premisli::report::render(
        w(&app),
        &premisli::report::Options::all(premisli::report::Format::Md, today),
    );
    assert!(md.contains("Učenci sami vodijo razredne dogovore"), "{md}");
    assert!(md.contains("Raven razvoja novosti skozi čas"), "{md}");
}

#[test]
fn a_critical_friend_joins_the_project_group() {
    let mut app = sl_app();
    // Teacher → Student → Parent → Head → critical friend.
    press(
        &mut app,
        "2 a Marko<Space>Zajc <Tab> <Right> <Right> <Right> <Right> <Enter>",
    );
    let marko = w(&app)
        .team
        .iter()
        .find(|m| m.name == "Marko Zajc")
        .unwrap();
    assert_eq!(marko.role, Role::CriticalFriend);
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("kritični prijatelj/-ica"), "{text}");
    let saved = premisli::store::to_text(w(&app)).unwrap();
    assert!(saved.contains("role: CriticalFriend"));
}

/// The workshop outline's last steps on the card: everyday use, and where
/// the novelty is passed on (`a` adds, Space marks done, `d` deletes).
#[test]
fn everyday_use_and_dissemination_are_kept_on_the_card() {
    use premisli::domain::project::Channel;
    let mut app = app_with(Workshop::new("T", Language::Sl), Language::Sl);
    // Title … Model (8), the novelty's three fields, then everyday use (12).
    press(&mut app, &"<Down> ".repeat(12));
    press(
        &mut app,
        "<Enter> Krog<Space>mnenj<Space>vsak<Space>teden <Enter>",
    );
    assert_eq!(w(&app).project.everyday_use, "Krog mnenj vsak teden");
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("a dodajte vnos diseminacije"), "{text}");
    // To the expert council (the fifth channel), with a few words and a date.
    press(
        &mut app,
        &format!(
            "a <Right> <Right> <Tab> Letno<Space>poročilo <Tab> {} 31.10.2026 <Enter>",
            "<BS> ".repeat(12)
        ),
    );
    let d = &w(&app).project.dissemination;
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].channel, Channel::ExpertCouncil);
    assert_eq!(d[0].what, "Letno poročilo");
    assert_eq!(d[0].date.to_string(), "2026-10-31");
    assert!(!d[0].done);
    // The selection is on the entry: Space marks it done, d deletes it.
    press(&mut app, "<Space>");
    assert!(w(&app).project.dissemination[0].done);
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("letno poročilo strokovnemu svetu"), "{text}");
    press(&mut app, "d");
    assert!(w(&app).project.dissemination.is_empty());
    press(&mut app, "<C-z>");
    assert_eq!(w(&app).project.dissemination.len(), 1);
    // In the interim report's own section.
    let md = common::report_md(w(&app), premisli::report::Kind::Interim);
    assert!(
        md.contains("## Uporaba v praksi in diseminacija") && md.contains("Krog mnenj vsak teden"),
        "{md}"
    );
}

/// A level-5 project compares its reference model with the one in use: the
/// three fields appear on the card at level 5 (and stay while filled).
#[test]
fn a_level_five_project_compares_the_reference_model_with_the_actual() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    assert!(!common::screen(&app, 100, 40).contains("Reference model"));
    // The level (7) to 5.
    press(
        &mut app,
        "<Down> <Down> <Down> <Down> <Down> <Down> <Down> <Left>",
    );
    assert_eq!(w(&app).project.innovation_level.get(), 5);
    let text = common::screen(&app, 100, 40);
    assert!(text.contains("Reference model"), "{text}");
    // Model (8), the novelty (9–11), then the reference model (12).
    press(
        &mut app,
        "<Down> <Down> <Down> <Down> <Down> <Enter> Whole-school<Space>projects <Enter>",
    );
    press(&mut app, "<Down> <Enter> Subject<Space>lessons <Enter>");
    press(
        &mut app,
        "<Down> <Enter> No<Space>shared<Space>time <Enter>",
    );
    let m = &w(&app).project.models;
    assert_eq!(
        (m.reference.as_str(), m.actual.as_str(), m.gaps.as_str()),
        ("Whole-school projects", "Subject lessons", "No shared time")
    );
    let md = common::report_md(w(&app), premisli::report::Kind::Interim);
    assert!(
        md.contains("**Gaps and their causes:** No shared time"),
        "{md}"
    );
}

/// A member who needs it for promotion: the annual report lists the
/// meetings they attended and the actions they answered for.
#[test]
fn the_annual_report_gives_evidence_for_a_members_promotion() {
    let mut app = sl_app();
    // Gregor Kos (the fifth): his form's last field is the tick.
    press(&mut app, "2 j j j j e <Tab> <Tab> <Tab> <Space> <Enter>");
    let gregor = &w(&app).team[4];
    assert!(gregor.name == "Gregor Kos" && gregor.promotion);
    let md = common::report_md(w(&app), premisli::report::Kind::Annual);
    let at = md.find("### Gregor Kos").expect("his evidence");
    let part = &md[at..];
    assert!(part.contains("prva premišljevalnica"), "{part}");
    assert!(
        part.contains("Učenci pripravijo del ure pri družbi"),
        "{part}"
    );
    // Petra Novak needs it too (in the sample); the others do not.
    assert!(md.contains("### Petra Novak") && !md.contains("### Nina Golob"));
}

/// Ctrl-C leaves a field, a form or a box as Esc does; elsewhere it says how
/// to quit (it never quits, and never loses what was typed into the file).
#[test]
fn ctrl_c_leaves_a_field_or_a_box_and_otherwise_says_how_to_quit() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press(&mut app, "<Enter> Novo <C-c>");
    assert!(app.view.project.editing.is_none());
    assert_eq!(w(&app).title, "T", "the typing is dropped, as with Esc");
    press(&mut app, "2 a Ana <C-c>");
    assert!(app.view.overlays.is_empty() && w(&app).team.is_empty());
    press(&mut app, "<F1> <C-c>");
    assert!(app.view.overlays.is_empty());
    press(&mut app, "<C-c>");
    assert!(common::status(&app).contains("q or Ctrl-Q"));
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("2 Team"), "still running: {text}");
}

/// The mouse: a click on a tab switches to its screen (as Alt and its
/// number), the wheel moves a list's selection; clicks where nothing is and
/// clicks under a box do nothing.
#[test]
fn a_click_on_a_tab_switches_and_the_wheel_moves_the_selection() {
    use common::{click, find_on_screen};
    use premisli::app::keys::{Mouse, MouseKind};
    let mut app = sl_app();
    let (col, _) = find_on_screen(&app, "2 Projektna").expect("the team's tab");
    assert!(click(&mut app, col, 0, false));
    assert_eq!(app.view.screen, Screen::Team);
    assert!(!click(&mut app, 2, 0, false), "the app's name is no tab");
    // The wheel: two notches down, one up.
    let wheel = |kind| {
        Event::Mouse(Mouse {
            kind,
            col: 10,
            row: 10,
        })
    };
    app.handle(wheel(MouseKind::ScrollDown), &env(0));
    app.handle(wheel(MouseKind::ScrollDown), &env(0));
    app.handle(wheel(MouseKind::ScrollUp), &env(0));
    assert_eq!(app.view.team.selected, 1);
    // Under a box, nothing is there to click.
    press(&mut app, "<F1>");
    assert!(!click(&mut app, col + 14, 0, false));
    assert!(common::hits(&app, 120, 40).is_empty());
}

/// A click on a row selects it, as the arrows would; a double click opens
/// it, as Enter does; on screen 4 a click in the other plan goes to it.
#[test]
fn a_click_on_a_row_selects_it_and_a_double_click_opens_it() {
    use common::{click, find_on_screen};
    let mut app = sl_app();
    press(&mut app, "2");
    let name = w(&app).team[3].name.clone();
    let (col, row) = find_on_screen(&app, &name).expect("the member's row");
    assert!(click(&mut app, col, row, false));
    assert_eq!(app.view.team.selected, 3);
    assert!(app.view.overlays.is_empty(), "one click only selects");
    click(&mut app, col, row, true);
    assert!(
        matches!(app.view.overlays.last(), Some(Overlay::Form(_))),
        "a double click opens the member's form"
    );
    press(&mut app, "<Esc>");
    // The card: a click on a field selects it.
    press(&mut app, "1");
    let (col, row) =
        find_on_screen(&app, &w(&app).project.institution.clone()).expect("the school's field");
    click(&mut app, col, row, false);
    assert_eq!(
        app.view.project.field(w(&app)),
        premisli::app::project::Field::Institution
    );
    // The plans: a click on a curative action while the prevention plan
    // is the active one.
    press(&mut app, "4");
    assert_eq!(app.view.plans.pane, premisli::domain::PlanKind::Prevention);
    let cur = &w(&app).plans.curative;
    assert!(cur.len() >= 2, "the sample has curative actions");
    let what: String = cur[1].what.chars().take(20).collect();
    let (col, row) = find_on_screen(&app, &what).expect("a curative action");
    click(&mut app, col, row, false);
    assert_eq!(app.view.plans.pane, premisli::domain::PlanKind::Curative);
    assert_eq!(app.view.plans.selected[1], 1);
    // The diagnosis board: a click on an item.
    press(&mut app, "3");
    let text: String = w(&app).diagnosis.items[2].text.chars().take(20).collect();
    let (col, row) = find_on_screen(&app, &text).expect("an item");
    click(&mut app, col, row, false);
    let rows = premisli::app::diagnosis::rows(w(&app), &app.view.diagnosis);
    assert!(matches!(
        rows[app.view.diagnosis.selected],
        premisli::app::diagnosis::Row::Item { id, .. } if id == w(&app).diagnosis.items[2].id
    ));
}

/// Over a form a click goes to a field (a tick box flips, as Space does);
/// what is under the form is not there to click.
#[test]
fn a_click_in_a_form_goes_to_its_field() {
    use common::{click, hits};
    use premisli::app::form::Input;
    use premisli::app::keys::Target;
    let mut app = sl_app();
    press(&mut app, "2 a");
    let form = |app: &premisli::app::App| match app.view.overlays.last() {
        Some(Overlay::Form(f)) => f.clone(),
        _ => panic!("the member's form is open"),
    };
    let f = form(&app);
    let tick = f
        .fields
        .iter()
        .position(|x| matches!(x.input, Input::Toggle(_)))
        .expect("a tick box");
    let was = matches!(f.fields[tick].input, Input::Toggle(true));
    app.view.size = (120, 40);
    let h = hits(&app, 120, 40);
    assert!(
        h.place_of(Target::Row(premisli::app::lists::List::Team, 0))
            .is_none()
    );
    let place = h
        .place_of(Target::FormField(tick))
        .expect("the tick box's line");
    assert!(click(&mut app, place.x + 2, place.y, false));
    let f = form(&app);
    assert_eq!(f.focus, tick);
    assert_eq!(matches!(f.fields[tick].input, Input::Toggle(true)), !was);
    let first = hits(&app, 120, 40).place_of(Target::FormField(0)).unwrap();
    click(&mut app, first.x + 2, first.y, false);
    assert_eq!(form(&app).focus, 0);
    press(&mut app, "Ana <Enter>");
    assert!(app.view.overlays.is_empty());
    assert!(w(&app).team.iter().any(|m| m.name == "Ana"));
}

/// On screen 5 a click on a phase's mark on the spiral (or its line in the
/// cycle's details) selects the cycle and the phase; a click on a cycle's
/// line in the legend selects the cycle.
#[test]
fn a_click_on_a_phase_of_the_spiral_selects_it() {
    use common::{click, hits};
    use premisli::app::keys::Target;
    use premisli::app::lists::List;
    let mut app = sl_app();
    press(&mut app, "5");
    app.view.size = (120, 40);
    let h = hits(&app, 120, 40);
    let place = h
        .place_of(Target::Phase { cycle: 1, phase: 2 })
        .expect("the second cycle's third phase is on the spiral");
    assert!(click(&mut app, place.x + 1, place.y, false));
    assert_eq!((app.view.cycles.selected, app.view.cycles.phase), (1, 2));
    // The legend's line of the first cycle.
    let line = hits(&app, 120, 40)
        .place_of(Target::Row(List::Cycles, 0))
        .expect("the first cycle in the legend");
    let text = common::screen(&app, 120, 40);
    let shown = text.lines().nth(usize::from(line.y)).unwrap();
    assert!(shown.contains(&w(&app).cycles[0].name), "{shown}");
    click(&mut app, line.x + 10, line.y, false);
    assert_eq!(app.view.cycles.selected, 0);
    // The details: the fourth phase's line, then a double click opens its notes.
    let h = hits(&app, 120, 40);
    let line = h
        .place_of(Target::Phase { cycle: 0, phase: 3 })
        .expect("the phases in the details");
    click(&mut app, line.x + 1, line.y, true);
    assert_eq!(app.view.cycles.phase, 3);
    assert!(matches!(app.view.overlays.last(), Some(Overlay::Form(_))));
}

/// On screen 6 a click on a cell of the entry grid selects it; a value
/// being typed goes into its cell first; a click on the dashboard's row
/// selects the indicator.
#[test]
fn a_click_on_a_cell_of_the_grid_selects_it() {
    use common::{click, find_on_screen, hits};
    use premisli::app::keys::Target;
    let mut app = app_with(common::sample("soko-monitoring.ron"), Language::Ru);
    press(&mut app, "6");
    let names = indicator_names(&app);
    let (col, row) = find_on_screen(&app, &names[2]).expect("the dashboard's third row");
    click(&mut app, col, row, false);
    let rows = premisli::app::indicators::shown_rows(w(&app), &app.view.indicators);
    let picked = rows[app.view.indicators.row].indicator;
    assert_eq!(
        w(&app)
            .monitoring
            .indicators()
            .find(|i| i.id == picked)
            .unwrap()
            .name,
        names[2]
    );
    press(&mut app, "v");
    assert_eq!(
        app.view.indicators.mode,
        premisli::app::indicators::Mode::Grid
    );
    app.view.size = (120, 40);
    // The grid shows the last periods; a click on the one before the last.
    let col = app.view.indicators.col - 1;
    let cell = hits(&app, 120, 40)
        .place_of(Target::Cell { row: 1, col })
        .expect("a cell of the second row");
    click(&mut app, cell.x + 2, cell.y, false);
    assert_eq!((app.view.indicators.row, app.view.indicators.col), (1, col));
    // A value typed, then a click on another cell: the value is kept.
    press(&mut app, "42");
    assert!(app.view.indicators.editing.is_some());
    let other = hits(&app, 120, 40)
        .place_of(Target::Cell { row: 0, col })
        .expect("a cell of the first row");
    click(&mut app, other.x + 2, other.y, false);
    assert!(app.view.indicators.editing.is_none());
    assert_eq!((app.view.indicators.row, app.view.indicators.col), (0, col));
    let m = &w(&app).monitoring;
    let ind = m.indicators().nth(1).unwrap();
    let period = m.periods[col].id;
    let v = premisli::domain::dashboard::value(m, ind, period, None);
    assert_eq!(v, Some(42.0), "the typed value went into its cell");
}

/// `/` finds a row in the list shown: typing moves the selection to the
/// first match from where it was (without carons too), ↓ and ↑ go through
/// the matches, Enter stays, then `n` and `N` go on (over the screen's own
/// `n`) until Esc; Esc while typing goes back to where the search began.
#[test]
fn slash_finds_in_every_list() {
    let mut app = sl_app();
    press(&mut app, "2");
    let team: Vec<String> = w(&app).team.iter().map(|m| m.name.clone()).collect();
    let at = |name: &str| team.iter().position(|n| n.contains(name)).unwrap();
    // «Potočnik» typed without its caron.
    press(&mut app, "/ potocnik");
    assert_eq!(app.view.team.selected, at("Potočnik"));
    assert!(common::status_line(&app).contains("/potocnik"));
    assert!(common::status_line(&app).contains("1 od 1"));
    press(&mut app, "<Esc>");
    assert_eq!(app.view.team.selected, 0, "Esc goes back to where it was");
    assert!(app.view.find.is_none());
    // Several matches (a member's name, role, goal): ↓ and ↑, Enter, then n and N.
    press(&mut app, "/ an");
    let texts = app.list_texts(premisli::app::lists::List::Team);
    let hits = premisli::app::lists::matches(&texts, "an");
    assert!(hits.len() >= 3, "{texts:?}");
    assert!(texts[hits[0]].to_lowercase().contains("an"));
    assert_eq!(app.view.team.selected, hits[0]);
    press(&mut app, "<Down>");
    assert_eq!(app.view.team.selected, hits[1]);
    press(&mut app, "<Up> <Enter>");
    assert_eq!(app.view.team.selected, hits[0]);
    press(&mut app, "n");
    assert_eq!(app.view.team.selected, hits[1]);
    press(&mut app, "N N");
    assert_eq!(
        app.view.team.selected,
        *hits.last().unwrap(),
        "round the start"
    );
    // The count follows the workshop: a new member who matches is counted.
    let before = app.find().unwrap().count(&app).unwrap().1;
    press(&mut app, "a Janko <Enter>");
    assert_eq!(
        app.find().unwrap().count(&app).map(|c| c.1),
        Some(before + 1)
    );
    assert!(common::status_line(&app).contains(&format!("od {}", before + 1)));
    // The screen's keys still work under a search, and Esc ends it first.
    press(&mut app, "<Esc>");
    assert!(app.view.find.is_none());
    assert_eq!(
        app.view.screen,
        Screen::Team,
        "Esc ended the search, not the screen"
    );
    // On the diagnosis board n is the next author, except after a search.
    press(&mut app, "3");
    let item = w(&app).diagnosis.items[4].text.clone();
    let word: String = item
        .split_whitespace()
        .max_by_key(|s| s.len())
        .unwrap()
        .to_string();
    press(
        &mut app,
        &format!("/ {} <Enter>", word.replace(' ', "<Space>")),
    );
    let rows = premisli::app::diagnosis::rows(w(&app), &app.view.diagnosis);
    let premisli::app::diagnosis::Row::Item { id, .. } = rows[app.view.diagnosis.selected] else {
        panic!("an item is selected");
    };
    let found = w(&app).diagnosis.items.iter().find(|i| i.id == id).unwrap();
    assert!(found.text.to_lowercase().contains(&word.to_lowercase()));
    let author = app.view.diagnosis.author;
    press(&mut app, "n");
    assert_eq!(
        app.view.diagnosis.author, author,
        "n went to the next match"
    );
    press(&mut app, "<Esc> n");
    assert_ne!(
        app.view.diagnosis.author, author,
        "n is the next author again"
    );
    // The plans and a search that finds nothing.
    press(&mut app, "4 / zzzz");
    assert!(common::status_line(&app).contains("ni zadetkov"));
    press(&mut app, "<Enter>");
    // Another screen ends the search, also while the query is typed.
    press(&mut app, "5");
    assert!(app.find().is_none());
    press(&mut app, "/ kro <A-2>");
    assert_eq!(app.view.screen, Screen::Team);
    assert!(app.find().is_none());
    press(&mut app, "5");
    // The report has no list to search.
    press(&mut app, "8 /");
    assert!(app.view.find.is_none());
    assert!(common::status(&app).contains("ni seznama"));
}

fn indicator_names(app: &premisli::app::App) -> Vec<String> {
    w(app)
        .monitoring
        .indicators()
        .map(|i| i.name.clone())
        .collect()
}

/// The indicators (dashboard and grid), the cycles, the home screen: `/`
/// selects the row that holds the words; a paste goes into the query.
#[test]
fn slash_finds_indicators_cycles_and_workshops() {
    let mut app = app_with(common::sample("soko-monitoring.ron"), Language::Ru);
    press(&mut app, "6");
    let names = indicator_names(&app);
    let target = names.len() - 1;
    let word: String = names[target].chars().take(12).collect();
    app.handle(Event::Key(premisli::app::keys::Key::ch('/')), &env(0));
    app.handle(Event::Paste(word.clone()), &env(0));
    let rows = premisli::app::indicators::shown_rows(w(&app), &app.view.indicators);
    let picked = rows[app.view.indicators.row].indicator;
    let name = &w(&app)
        .monitoring
        .indicators()
        .find(|i| i.id == picked)
        .unwrap()
        .name;
    assert!(name.starts_with(&word), "{name} for {word}");
    press(&mut app, "<Enter> <Esc> v");
    press(&mut app, "/");
    app.handle(Event::Paste(word.clone()), &env(0));
    assert!(names[app.view.indicators.row].starts_with(&word));
    // A project's cycles.
    let mut app = sl_app();
    press(&mut app, "5");
    let last = w(&app).cycles.len() - 1;
    let name = w(&app).cycles[last].name.clone();
    press(&mut app, &format!("/ {}", name.replace(' ', "<Space>")));
    assert_eq!(app.view.cycles.selected, last);
    // The home screen: a workshop by its school, a broken file by its name,
    // a sample; a click on the sample's row selects it.
    let mut app = premisli::app::App::new(Language::Sl, common::home_data());
    press(&mut app, "/ kakovost");
    let entries = app.home.entries(app.view.home.sort);
    assert_eq!(
        entries[app.view.home.selected],
        premisli::app::home::Entry::Recent(0)
    );
    press(&mut app, "<C-u> pod<Space>gradom <Enter>");
    assert_eq!(
        entries[app.view.home.selected],
        premisli::app::home::Entry::Workshop(0)
    );
    let (col, row) = common::find_on_screen(&app, "soko-monitoring").expect("the sample");
    common::click(&mut app, col, row, false);
    assert_eq!(
        entries[app.view.home.selected],
        premisli::app::home::Entry::Sample(1)
    );
}
