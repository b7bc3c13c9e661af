//! Screen 7: a whole first reflection workshop run from the session screen
//! alone, the timer under an injected clock, look-ahead, going back, the
//! minutes, undo of a step, and projector mode.

mod common;

use common::{app_with, env};
use premisli::app::keys::{Event, parse_keys};
use premisli::app::session::{Focus, TIMER_FLUSH_MS};
use premisli::app::{App, Overlay, Screen};
use premisli::domain::{
    ActionStatus, Category, Language, LogKind, SessionKind, SessionRecord, Workshop,
};

/// Presses keys at a moment of the injected clock (10 ms apart).
fn press_at(app: &mut App, keys: &str, ms: u64) {
    for (i, k) in parse_keys(keys).expect("key spec").into_iter().enumerate() {
        app.handle(Event::Key(k), &env(ms + i as u64 * 10));
    }
}

fn tick(app: &mut App, ms: u64) {
    app.handle(Event::Tick, &env(ms));
}

fn w(app: &App) -> &Workshop {
    &app.shared.doc.as_ref().unwrap().workshop
}

fn session(app: &App) -> &SessionRecord {
    w(app).sessions.last().unwrap()
}

const MIN: u64 = 60_000;

#[test]
fn a_whole_first_reflection_workshop_from_screen_7() {
    let mut app = app_with(
        Workshop::new("Odgovorno sodelovanje", Language::Sl),
        Language::Sl,
    );
    let at = |minute: u64| minute * MIN;
    // Start the meeting (all defaults: the first workshop, today) and its timer.
    press_at(&mut app, "7 a <Enter> t", at(0));
    assert_eq!(app.view.screen, Screen::Session);
    assert_eq!(session(&app).kind, SessionKind::FirstWorkshop);
    assert_eq!(session(&app).date, env(0).now.date());
    assert!(app.timer_running());

    // 1 Gather the team: three members, one of them absent.
    press_at(
        &mut app,
        "<Tab> a Ana <Enter> a Bor <Enter> a Cvetka <Enter> <Space> <Esc>",
        at(0),
    );
    assert_eq!(w(&app).team.len(), 3);
    assert_eq!(
        session(&app).attendees.len(),
        2,
        "added members are present; Space marked the selected one absent"
    );
    press_at(&mut app, "<Enter>", at(4));
    assert_eq!(session(&app).step, 1);

    // 2 Research question: the field is selected for us.
    press_at(
        &mut app,
        "<Tab> <Enter> Kako<Space>sodelujemo? <Enter> <Esc> <Enter>",
        at(8),
    );
    assert_eq!(w(&app).project.research_question, "Kako sodelujemo?");
    // 3 Goal.
    press_at(
        &mut app,
        "<Tab> <Enter> Vsi<Space>rastemo <Enter> <Esc> <Enter>",
        at(9),
    );
    assert_eq!(w(&app).project.goal, "Vsi rastemo");
    assert_eq!(session(&app).step, 3);

    // 4 Strengths, each member in turn (n passes on).
    press_at(
        &mut app,
        "<Tab> a Radovednost <Enter> n a Izkusnje <Enter> n a Zagon <Enter> <Esc> <Enter>",
        at(20),
    );
    // 5 Weaknesses: the selection starts on the first weakness category.
    press_at(
        &mut app,
        "<Tab> a Premalo<Space>casa <Enter> n a Ni<Space>metod <Enter> <Esc> <Enter>",
        at(30),
    );
    let items = &w(&app).diagnosis.items;
    assert_eq!(items.len(), 5);
    assert_eq!(items.iter().filter(|i| i.category.is_strength()).count(), 3);
    assert!(
        items
            .iter()
            .any(|i| i.text == "Premalo casa" && i.category == Category::ContentNeeds)
    );

    // 6 Vote: dots from each member, then reveal.
    press_at(&mut app, "<Tab> j +", at(32));
    press_at(&mut app, "n + j j + j j j j + r <Esc> <Enter>", at(34));
    assert!(w(&app).diagnosis.votes_revealed);
    assert_eq!(w(&app).diagnosis.votes.len(), 4);

    // 7 Plans: an action in each plan, then the meeting ends.
    press_at(
        &mut app,
        "<Tab> a Raziskovalni<Space>dan <Enter> <Tab> a Delavnica<Space>metod <Enter> <Esc>",
        at(40),
    );
    assert_eq!(w(&app).plans.prevention.len(), 1);
    assert_eq!(w(&app).plans.curative.len(), 1);
    assert_eq!(w(&app).plans.curative[0].status, ActionStatus::Planned);
    press_at(&mut app, "<Enter>", at(45));

    let s = session(&app);
    assert!(s.finished(), "the marker is past the last step");
    assert!(!app.timer_running(), "the timer stops with the meeting");
    // Time per step, as the injected clock moved (keys are 10 ms apart, so
    // compare in whole minutes; no sleeping anywhere).
    let minutes: Vec<u32> = s.step_seconds.iter().map(|s| (s + 30) / 60).collect();
    assert_eq!(minutes, vec![4, 4, 1, 11, 10, 4, 11]);
    // The minutes: steps, cards, decisions, votes folded, actions, in order.
    let kinds: Vec<LogKind> = s.log.iter().map(|e| e.kind).collect();
    let count = |k| kinds.iter().filter(|x| **x == k).count();
    assert_eq!(count(LogKind::Step), 8, "started + six moves + finished");
    assert_eq!(count(LogKind::Item), 5);
    assert_eq!(count(LogKind::Action), 2);
    assert!(count(LogKind::Vote) >= 3);
    let texts: Vec<&str> = s.log.iter().map(|e| e.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("Kako sodelujemo?")));
    assert!(texts.iter().any(|t| t.contains("Vsi rastemo")));
    assert!(
        texts.iter().any(|t| t.starts_with("Glasovi razkriti: 1. ")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("Cvetka")), "the absence");
    // Votes in the minutes name neither voter nor item.
    assert!(
        s.log
            .iter()
            .filter(|e| e.kind == LogKind::Vote)
            .all(|e| e.text.is_empty())
    );
    // Everything was typed into the model at once: nothing waits in a form.
    assert!(app.view.overlays.is_empty());
    assert!(app.shared.doc.as_ref().unwrap().dirty);
}

#[test]
fn the_timer_counts_down_overruns_and_pauses_with_an_injected_clock() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press_at(&mut app, "7 a <Enter>", 0);
    let gather = 5 * 60;
    assert_eq!(app.step_clock(0).unwrap().timebox_s, gather);
    assert!(app.timer_clock().is_none(), "not started yet");
    press_at(&mut app, "t", 1000);
    tick(&mut app, 1000 + 50_500);
    let c = app.timer_clock().unwrap();
    assert!(c.running);
    assert_eq!(c.shown(), "04:10");
    assert_eq!(
        session(&app).step_seconds,
        Vec::<u32>::new(),
        "time is written once a minute"
    );
    tick(&mut app, 1000 + TIMER_FLUSH_MS + 30_500);
    assert_eq!(session(&app).step_seconds, vec![90]);
    assert_eq!(app.timer_clock().unwrap().shown(), "03:30");
    // Past the timebox: shown as overrun.
    tick(&mut app, 1000 + 7 * MIN);
    let c = app.timer_clock().unwrap();
    assert!(c.overrun());
    assert_eq!(c.shown(), "+02:00");
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("⚠ +02:00"), "{text}");
    // Paused: the time stays put however long the pause.
    press_at(&mut app, "t", 1000 + 7 * MIN);
    assert_eq!(session(&app).step_seconds, vec![420]);
    tick(&mut app, 1000 + 30 * MIN);
    assert_eq!(app.timer_clock().unwrap().elapsed_s, 420);
    assert!(!app.timer_clock().unwrap().running);
    // Resumed, then the step is done: the next step's countdown runs on.
    press_at(&mut app, "t", 1000 + 30 * MIN);
    press_at(&mut app, "<Enter>", 1000 + 31 * MIN);
    assert_eq!(session(&app).step_seconds, vec![480]);
    assert_eq!(session(&app).step, 1);
    assert!(app.timer_running());
    assert_eq!(app.timer_clock().unwrap().shown(), "10:00");
}

#[test]
fn look_ahead_leaves_the_marker_and_enter_goes_back() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press_at(&mut app, "7 a <Enter> <Enter> <Enter>", 0);
    assert_eq!(session(&app).step, 2);
    // Looking ahead to the vote shows its prompt; the marker stays.
    press_at(&mut app, "j j j", 100);
    assert_eq!(app.looked_step().unwrap().0, 5);
    assert_eq!(session(&app).step, 2);
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("Vote · step 6 of 7"), "{text}");
    assert!(text.contains("the marker stays on step 3"), "{text}");
    // Back to step 1 and Enter there: the marker goes back.
    press_at(&mut app, "<Home> <Enter>", 200);
    assert_eq!(session(&app).step, 0);
    // Undo takes the move back.
    press_at(&mut app, "<C-z>", 300);
    assert_eq!(session(&app).step, 2);
    assert_eq!(app.view.screen, Screen::Session);
}

#[test]
fn the_input_pane_takes_the_keys_of_the_embedded_screen() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press_at(&mut app, "7 a <Enter>", 0);
    assert_eq!(app.focus_screen(), Screen::Session);
    press_at(&mut app, "<Tab>", 10);
    assert_eq!(app.view.session.focus, Focus::Input);
    assert_eq!(app.focus_screen(), Screen::Team);
    // `a` is the team's add here, not a new meeting.
    press_at(&mut app, "a", 20);
    assert!(matches!(app.view.overlays.last(), Some(Overlay::Form(_))));
    press_at(&mut app, "<Esc> <Esc>", 30);
    assert_eq!(app.view.session.focus, Focus::Steps);
    assert_eq!(
        app.view.screen,
        Screen::Session,
        "Esc leaves the input, not the screen"
    );
    // The help lists the session's keys and, from the input, the team's too.
    press_at(&mut app, "<Tab> <F1>", 40);
    let text = common::screen(&app, 100, 40);
    assert!(text.contains("step timer"), "{text}");
    assert!(text.contains("Team (work in the step)"), "{text}");
}

#[test]
fn notes_and_decisions_go_into_the_minutes_and_are_shown() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press_at(
        &mut app,
        "7 a <Enter> n Meet<Space>again<Space>in<Space>May <Tab> <Right> <Enter>",
        0,
    );
    let last = session(&app).log.last().unwrap();
    assert_eq!(last.kind, LogKind::Decision);
    assert_eq!(last.text, "Meet again in May");
    press_at(&mut app, "m", 100);
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("10:30 ! Meet again in May"), "{text}");
    // An empty note is refused and the form stays.
    press_at(&mut app, "<Esc> n <Enter>", 200);
    assert!(matches!(app.view.overlays.last(), Some(Overlay::Form(_))));
}

#[test]
fn edits_outside_a_live_meeting_are_not_minuted() {
    // A meeting dated another day is not being held now.
    let mut ws = Workshop::new("T", Language::En);
    let yesterday = env(0).now.date().pred_opt().unwrap();
    ws.sessions.push(SessionRecord::new(
        premisli::domain::Id(50),
        SessionKind::FirstWorkshop,
        yesterday,
    ));
    let mut app = app_with(ws, Language::En);
    press_at(&mut app, "2 a Ana <Enter>", 0);
    assert!(session(&app).log.is_empty());
    // Today's meeting, once finished, takes no more lines either.
    press_at(&mut app, "7 a <Enter>", 10);
    let n = session(&app).log.len();
    press_at(
        &mut app,
        "<Enter> <Enter> <Enter> <Enter> <Enter> <Enter> <Enter>",
        20,
    );
    assert!(session(&app).finished());
    let n_done = session(&app).log.len();
    assert_eq!(n_done, n + 7);
    press_at(&mut app, "2 a Bor <Enter>", 30);
    assert_eq!(session(&app).log.len(), n_done);
}

#[test]
fn projector_mode_hides_the_chrome_anywhere_and_comes_back() {
    let mut app = app_with(Workshop::new("Naslov", Language::En), Language::En);
    press_at(&mut app, "7 a <Enter>", 0);
    let normal = common::screen(&app, 80, 24);
    assert!(normal.contains("7 Session"));
    press_at(&mut app, "<F5>", 10);
    assert!(app.view.projector);
    let big = common::screen(&app, 80, 24);
    assert!(!big.contains("7 Session"), "no tab bar:\n{big}");
    // The board: the step's name in block letters, the timer in big figures.
    assert!(big.lines().take(3).any(|l| l.contains('▀')), "{big}");
    assert!(big.contains("██"), "the timer in big figures:\n{big}");
    assert!(!big.contains("Tab:"), "no key hints on the board:\n{big}");
    // Anywhere: on another screen, and over a form.
    press_at(&mut app, "2 a", 20);
    press_at(&mut app, "<F5>", 30);
    assert!(!app.view.projector);
    assert!(matches!(app.view.overlays.last(), Some(Overlay::Form(_))));
}

#[test]
fn a_council_meeting_enters_data_in_the_embedded_grid() {
    let mut app = app_with(common::sample("soko-monitoring.ron"), Language::Ru);
    // A monitoring's first kind of meeting is the council; its data step
    // opens the entry grid.
    press_at(&mut app, "7 a <Enter> <Enter>", 0);
    assert_eq!(session(&app).kind, SessionKind::Council);
    assert_eq!(session(&app).step, 1);
    press_at(&mut app, "<Tab>", 100);
    assert_eq!(app.focus_screen(), Screen::Indicators);
    assert_eq!(
        app.view.indicators.mode,
        premisli::app::indicators::Mode::Grid
    );
    press_at(&mut app, "4 2 <Enter>", 200);
    let found = w(&app)
        .monitoring
        .indicators()
        .flat_map(|i| i.measurements.iter())
        .any(|m| m.value == premisli::domain::indicators::Value::Number(42.0));
    assert!(found, "42 is in the register");
    // Esc leaves the grid first, then the input.
    press_at(&mut app, "<Esc>", 300);
    assert_eq!(app.view.session.focus, Focus::Input);
    press_at(&mut app, "<Esc>", 310);
    assert_eq!(app.view.session.focus, Focus::Steps);
    // The last step's input is the minutes; a decision goes in with n.
    press_at(
        &mut app,
        "<Enter> <Enter> <Enter> n Povysit <Tab> <Right> <Enter>",
        400,
    );
    assert_eq!(session(&app).step, 4);
    assert_eq!(session(&app).log.last().unwrap().kind, LogKind::Decision);
    let text = common::screen(&app, 100, 30);
    assert!(text.contains("Povysit"), "{text}");
}

#[test]
fn a_second_workshop_is_about_the_current_cycle() {
    let mut app = app_with(common::sample("inovacijski-projekt.ron"), Language::En);
    press_at(&mut app, "7 a <Right> <Enter>", 0);
    let s = session(&app);
    assert_eq!(s.kind, SessionKind::SecondWorkshop);
    let cycle = s.cycle.expect("the cycle the team is in");
    press_at(&mut app, "<Enter> <Tab>", 100);
    assert_eq!(app.focus_screen(), Screen::Cycles);
    let selected = &w(&app).cycles[app.view.cycles.selected];
    assert_eq!(
        selected.id, cycle,
        "the cycle is selected for the data step"
    );
}

#[test]
fn a_member_added_by_mistake_at_the_gathering_can_be_deleted() {
    let mut app = app_with(Workshop::new("T", Language::En), Language::En);
    press_at(
        &mut app,
        "7 a <Enter> <Tab> a Ana <Enter> a Ana<Space>Kso <Enter>",
        0,
    );
    assert_eq!(session(&app).attendees.len(), 2);
    press_at(&mut app, "d", 100);
    assert_eq!(w(&app).team.len(), 1, "attendance does not keep a member");
    assert_eq!(session(&app).attendees.len(), 1);
    press_at(&mut app, "<C-z>", 200);
    assert_eq!(w(&app).team.len(), 2);
    assert_eq!(session(&app).attendees.len(), 2, "undo puts both back");
}

#[test]
fn a_refused_action_leaves_no_trace_and_undo_says_what_it_undoes() {
    let mut app = common::app_with(common::sample("inovacijski-projekt.ron"), Language::En);
    press_at(&mut app, "7 a <Enter> <Enter>", 0);
    assert_eq!(session(&app).step, 1);
    let members = w(&app).team.len();
    // The first member is named on the board: deleting is refused.
    press_at(&mut app, "2 d", 1000);
    assert_eq!(w(&app).team.len(), members);
    let refused = common::status(&app);
    assert!(refused.contains("still named"), "{refused}");
    // Ctrl-Z undoes the last edit that was made, and says which and where.
    press_at(&mut app, "<C-z>", 2000);
    assert_eq!(session(&app).step, 0);
    assert_eq!(app.view.screen, Screen::Session);
    let said = common::status(&app);
    assert_eq!(
        said,
        "Undone on Session: a move between the meeting's steps. Ctrl-Y redoes it."
    );
    press_at(&mut app, "<C-y>", 3000);
    assert_eq!(session(&app).step, 1);
    let said = common::status(&app);
    assert_eq!(said, "Redone: a move between the meeting's steps.");
}
