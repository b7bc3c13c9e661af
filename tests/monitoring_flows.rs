//! A quality monitoring from the keyboard: created as one, it shows no
//! diagnosis board and no project fields; its register, its counts entered
//! in the grid, and its three documents.

mod common;

use common::{app_with, press, screen};
use premisli::app::App;
use premisli::domain::indicators::Value;
use premisli::domain::{Id, Language, Member, Method, Role, SessionKind, Workshop};
use premisli::report::{Format, Kind, Options, render};

fn w(app: &App) -> &Workshop {
    &app.shared.doc.as_ref().unwrap().workshop
}

fn monitoring() -> App {
    let mut ws = Workshop::with_method("ВСОКО", Language::Ru, Method::Monitoring);
    ws.project.institution = "МБОУ СОШ № 3".into();
    ws.project.school_year = "2025/26".into();
    ws.team
        .push(Member::new(Id(50), "Ирина Петровна", Role::Head));
    ws.team
        .push(Member::new(Id(51), "Анна Сергеевна", Role::Teacher));
    app_with(ws, Language::Ru)
}

#[test]
fn a_monitoring_shows_what_it_has_and_nothing_it_lacks() {
    let mut app = monitoring();
    let card = screen(&app, 100, 30);
    assert!(card.contains("МБОУ СОШ № 3"), "{card}");
    for lacks in [
        "Исследовательский вопрос",
        "Уровень инновации",
        "Общая цель",
        "Хорошая цель",
    ] {
        assert!(!card.contains(lacks), "{lacks}:\n{card}");
    }
    assert!(!card.contains("3 Диагностика"), "no diagnosis tab:\n{card}");
    press(&mut app, "3");
    assert_ne!(app.view.screen, premisli::app::Screen::Diagnosis);
    assert!(common::status(&app).contains("нет доски диагностики"));
    // Its roles: the regulation's.
    // (a teacher by default; four on: the other roles, then the head and the
    // deputy for teaching)
    press(
        &mut app,
        "2 a Олег<Space>Иванович <Tab> <Right> <Right> <Right> <Right> <Enter>",
    );
    let oleg = w(&app)
        .team
        .iter()
        .find(|m| m.name == "Олег Иванович")
        .unwrap();
    assert_eq!(oleg.role, Role::DeputyAcademic);
    // Its meetings: the pedagogical council and the administrative review
    // (and, past them, the council again: no reflection workshop); no cycle
    // to hold them in.
    press(&mut app, "7");
    let none = screen(&app, 100, 30);
    assert!(
        none.contains("(педагогический совет, если не выбрать другой вид)"),
        "{none}"
    );
    press(&mut app, "a");
    let form = screen(&app, 100, 30);
    assert!(!form.contains("Цикл"), "{form}");
    press(&mut app, "<Esc>");
    press(&mut app, "7 a <Enter>");
    assert_eq!(w(&app).sessions[0].kind, SessionKind::Council);
    press(&mut app, "a <Right> <Enter>");
    assert_eq!(w(&app).sessions[1].kind, SessionKind::AdminReview);
    press(&mut app, "a <Right> <Right> <Enter>");
    assert_eq!(w(&app).sessions[2].kind, SessionKind::Council);
}

#[test]
fn a_monitorings_counts_go_in_and_its_documents_come_out() {
    let mut app = monitoring();
    press(&mut app, "6 c Образовательные<Space>результаты <Enter>");
    press(
        &mut app,
        "p I<Space>четверть <Enter> G 5А <Tab> <Right> <Right> <Enter>",
    );
    let m = &w(&app).monitoring;
    assert_eq!(m.groups[0].teacher, Some(Id(51)), "the class's teacher");
    press(
        &mut app,
        "a Доля<Space>отличников <Tab> <Tab> <Tab> 25 <Enter>",
    );
    // The counts of the class: 23 of 118.
    press(&mut app, "<Enter> g 23/118 <Enter>");
    let ind = &w(&app).monitoring.criteria[0].indicators[0];
    assert_eq!(ind.measurements.len(), 1, "{:?}", ind.measurements);
    assert_eq!(ind.measurements[0].value, Value::Ratio(23, 118));
    // A key indicator: the last field of its form.
    press(
        &mut app,
        &format!("<Esc> e {}<Space> <Enter>", "<Tab> ".repeat(10)),
    );
    assert!(w(&app).monitoring.criteria[0].indicators[0].key);
    assert!(screen(&app, 100, 30).contains("★ Доля отличников"));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    for (kind, needs) in [
        (Kind::Analysis, "Сопоставительный анализ"),
        (Kind::SelfAssessment, "| 23 |"),
        (Kind::Council, "Проект решения"),
    ] {
        let mut o = Options::all(Format::Md, today);
        o.kind = kind;
        let text = render(w(&app), &o);
        assert!(text.contains("Доля отличников"), "{kind:?}:\n{text}");
        assert!(text.contains(needs), "{kind:?}:\n{text}");
        assert!(text.contains("МБОУ СОШ № 3"));
        if kind != Kind::Council {
            assert!(text.contains("★ Доля отличников") && text.contains("★ ключевой показатель"));
        }
    }
    // Screen 8 offers the monitoring's own documents.
    press(&mut app, "<Esc> 8 <Down> <Right>");
    let s = screen(&app, 100, 30);
    assert!(s.contains("Отчёт о самообследовании"), "{s}");
}

#[test]
fn export_gives_a_monitoring_its_own_documents() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("s.ron");
    std::fs::copy(common::root().join("sample-data/soko-monitoring.ron"), &f).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_premisli"))
            .args(args)
            .env("HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .output()
            .unwrap()
    };
    let f = f.to_str().unwrap();
    let out = run(&["export", f, "--format", "md"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# Аналитическая справка"));
    let out = run(&["export", f, "--format", "md", "--kind", "interim"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("analysis, self-assessment, council"), "{err}");
}

#[test]
fn the_card_holds_the_objects_of_assessment_with_their_procedures() {
    let mut app = monitoring();
    let card = screen(&app, 120, 40);
    for object in [
        "образовательные результаты обучающихся",
        "функциональная грамотность",
        "состояние здоровья обучающихся",
    ] {
        assert!(card.contains(object), "{object}:\n{card}");
    }
    // Who runs the monitoring: a text field of the card.
    press(
        &mut app,
        "1 <Down> <Down> <Down> e методический<Space>совет <Enter>",
    );
    assert_eq!(w(&app).project.structure, "методический совет");
    // On the third object (functional literacy), `a` adds a procedure under
    // it; the deputy head for teaching (a role) answers for it.
    press(
        &mut app,
        "<Down> <Down> <Down> a Функциональная<Space>грамотность<Space>8<Space>класс <Tab> <Tab> Оценить<Space>умение <Tab> апрель <Tab> 8<Space>класс <Tab> <Right> <Right> <Right> <Right> <Enter>",
    );
    let p = w(&app).project.procedures.clone();
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(
        p[0].object,
        premisli::domain::regulation::AssessObject::Literacy
    );
    assert_eq!(
        (p[0].timing.as_str(), p[0].participants.as_str()),
        ("апрель", "8 класс")
    );
    assert_eq!(
        p[0].responsible,
        premisli::domain::indicators::Responsible::Role(Role::DeputyAcademic)
    );
    let card = screen(&app, 80, 24);
    assert!(
        card.contains("Функциональная грамотность 8 класс"),
        "{card}"
    );
    assert!(
        card.contains("апрель · 8 класс · заместитель директора по УВР"),
        "{card}"
    );
    // An indicator names the procedure; the procedure cannot go while it does.
    press(&mut app, "6 c Грамотность <Enter> p Год <Enter>");
    press(
        &mut app,
        &format!(
            "a Доля<Space>справившихся {}<Right> <Enter>",
            "<Tab> ".repeat(11)
        ),
    );
    let ind = &w(&app).monitoring.criteria[0].indicators[0];
    assert_eq!(ind.procedure, Some(p[0].id));
    press(&mut app, "1 d");
    assert_eq!(w(&app).project.procedures.len(), 1, "kept while named");
    assert!(
        common::status(&app).contains("сначала измените"),
        "{}",
        common::status(&app)
    );
    let text = premisli::store::to_text(w(&app)).unwrap();
    assert!(
        text.contains("object: Literacy") && text.contains("Role(DeputyAcademic)"),
        "{text}"
    );
}

#[test]
fn an_outside_figure_is_compared_with_but_never_counted_into_the_school() {
    let mut app = monitoring();
    // A period of a kind, two classes and the municipality's figure.
    press(
        &mut app,
        "6 c Результаты <Enter> p I<Space>четверть <Tab> <Tab> <Right> <Right> <Right> <Enter>",
    );
    assert_eq!(
        w(&app).monitoring.periods[0].kind,
        Some(premisli::domain::regulation::PeriodKind::Quarter)
    );
    press(
        &mut app,
        "G 5А <Enter> G 5Б <Enter> G Город <Tab> <Tab> <Right> <Enter>",
    );
    let groups = &w(&app).monitoring.groups;
    assert_eq!(
        groups.iter().map(|g| g.scope).collect::<Vec<_>>(),
        [
            None,
            None,
            Some(premisli::domain::regulation::Scope::Municipal)
        ]
    );
    press(&mut app, "a Доля<Space>хорошистов <Enter>");
    let (ind, period) = {
        let m = &w(&app).monitoring;
        (m.criteria[0].indicators[0].id, m.periods[0].id)
    };
    for (g, v) in [
        (0, Value::Ratio(10, 20)),
        (1, Value::Ratio(5, 20)),
        (2, Value::Ratio(90, 100)),
    ] {
        let group = Some(w(&app).monitoring.groups[g].id);
        let edit = premisli::domain::Edit::Measure {
            indicator: ind,
            period,
            group,
            value: Some(v),
        };
        edit.apply(&mut app.shared.doc.as_mut().unwrap().workshop)
            .unwrap();
    }
    let m = &w(&app).monitoring;
    let i = &m.criteria[0].indicators[0];
    // The school: 15 of 40, not 105 of 140.
    assert_eq!(
        premisli::domain::dashboard::value(m, i, period, None),
        Some(37.5)
    );
    assert_eq!(
        premisli::domain::dashboard::series(m, i, None),
        [Some(37.5)]
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let mut o = Options::all(Format::Md, today);
    o.kind = Kind::SelfAssessment;
    let text = render(w(&app), &o);
    assert!(text.contains("| 15 |"), "{text}");
    o.kind = Kind::Analysis;
    let text = render(w(&app), &o);
    assert!(text.contains("Город"), "compared with:\n{text}");
}

#[test]
fn screen_5_holds_the_periods_and_their_plan_of_internal_control() {
    let mut app = monitoring();
    press(&mut app, "5");
    let s = screen(&app, 80, 24);
    assert!(s.contains("5 Периоды и ВШК"), "{s}");
    assert!(s.contains("Периодов пока нет"), "{s}");
    for lacks in ["спираль", "Спираль", "цикл", "Цикл"] {
        assert!(!s.contains(lacks), "{lacks}:\n{s}");
    }
    // A period (a quarter), and a procedure on the card for the plan to name.
    press(
        &mut app,
        "p I<Space>четверть <Tab> <Tab> <Right> <Right> <Right> <Enter>",
    );
    press(
        &mut app,
        "1 <Down> <Down> <Down> <Down> a Адаптация<Space>5<Space>класса <Enter> 5",
    );
    let procedure = w(&app).project.procedures[0].id;
    // An entry carrying out the procedure (its name stands for what is
    // checked), by a date, the deputy head for teaching, ending in the council.
    press(
        &mut app,
        "a <Tab> <Right> <Tab> <Tab> 15.10.2025 <Tab> <Right> <Right> <Right> <Right> <Tab> <Right> <Right> <Enter>",
    );
    // A second one, earlier, in the entry's own words.
    press(
        &mut app,
        "a Проверка<Space>журналов <Tab> <Tab> <Tab> 01.10.2025 <Enter>",
    );
    let c = &w(&app).monitoring.control;
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].what, "Адаптация 5 класса");
    assert_eq!(c[0].procedure, Some(procedure));
    assert_eq!(c[0].due, chrono::NaiveDate::from_ymd_opt(2025, 10, 15));
    assert_eq!(
        c[0].responsible,
        premisli::domain::indicators::Responsible::Role(Role::DeputyAcademic)
    );
    assert_eq!(c[0].summary, premisli::domain::regulation::Summary::Council);
    let s = screen(&app, 80, 24);
    // In date order, the earlier first; the period counts what is done.
    let first = s.find("Проверка журналов").unwrap();
    let second = s.find("Адаптация 5 класса").unwrap();
    assert!(first < second, "{s}");
    let wide = screen(&app, 120, 40);
    assert!(
        wide.contains("заместитель директора по УВР · педагогический совет"),
        "{wide}"
    );
    assert!(s.contains("0/2"), "{s}");
    // The selection is on the new entry: Space marks it done, undo takes it back.
    press(&mut app, "<Space>");
    assert!(w(&app).monitoring.control[1].done);
    assert!(screen(&app, 80, 24).contains("1/2"));
    press(&mut app, "<C-z>");
    assert!(!w(&app).monitoring.control[1].done);
    // The board shows the period's plan, large, with who and by when.
    let b = common::board(&app, 100, 30, false);
    assert!(
        b.contains("Адаптация 5 класса") && b.contains("15.10.2025"),
        "{b}"
    );
    // Deleting an entry.
    press(&mut app, "d");
    assert_eq!(w(&app).monitoring.control.len(), 1);
    assert!(w(&app).validate().is_empty());
    let text = premisli::store::to_text(w(&app)).unwrap();
    assert!(
        text.contains("control: [") && text.contains("summary: Council"),
        "{text}"
    );
    assert!(text.contains("kind: Some(Quarter)"), "{text}");
}

/// Every screen of a monitoring workshop (the Russian sample), in the three
/// languages, at 80×24 and 120×40.
#[test]
fn every_screen_of_a_monitoring_in_three_languages() {
    let sample = common::sample("soko-monitoring.ron");
    for lang in Language::ALL {
        let states = [
            (
                "card-objects",
                "1 <Down> <Down> <Down> <Down> <Down> <Down> <Down> <Down> <Down>",
            ),
            (
                "card-help",
                "1 <Down> <Down> <Down> <Down> <Down> <Down> <Down> <Down> <F1>",
            ),
            (
                "procedure-form",
                "1 <Down> <Down> <Down> <Down> <Down> <Down> <Down> <Down> <Down> <Enter>",
            ),
            ("team", "2"),
            ("plans", "4"),
            ("periods-control", &"5 ".to_string().add_downs(10)),
            (
                "control-form",
                &"5 ".to_string().add_downs(10).add(" <Right> <Enter>"),
            ),
            ("dashboard", "6"),
            ("dashboard-by-class", "6 g g g g g"),
            ("entry-grid", "6 <Enter>"),
            ("council", "7 a <Enter>"),
            ("council-data", "7 a <Enter> <Enter> <Enter>"),
            ("documents", "8 <Down> <Right>"),
        ];
        for (name, keys) in states {
            let mut app = app_with(sample.clone(), lang);
            press(&mut app, keys);
            for (w, h) in [(80, 24), (120, 40)] {
                let text = screen(&app, w, h);
                assert!(
                    !text.contains("Спираль") && !text.contains("спирал"),
                    "{name}"
                );
                insta::assert_snapshot!(format!("monitoring-{name}-{}-{w}x{h}", lang.code()), text);
            }
        }
    }
}

trait Keys {
    fn add_downs(self, n: usize) -> String;
    fn add(self, more: &str) -> String;
}

impl Keys for String {
    fn add_downs(self, n: usize) -> String {
        format!("{self}{}", " <Down>".repeat(n))
    }
    fn add(self, more: &str) -> String {
        format!("{self}{more}")
    }
}

#[test]
fn an_indicator_a_role_answers_for_is_entered_by_whoever_holds_it() {
    let mut ws = Workshop::with_method("ВСОКО", Language::Ru, Method::Monitoring);
    ws.team
        .push(Member::new(Id(50), "Ирина Петровна", Role::Head));
    ws.team
        .push(Member::new(Id(51), "Анна Сергеевна", Role::Teacher));
    ws.team
        .push(Member::new(Id(52), "Олег Иванович", Role::DeputyAcademic));
    let mut app = app_with(ws, Language::Ru);
    press(&mut app, "6 c Результаты <Enter> p Год <Enter>");
    // The responsible: nobody, three members, then the roles (the head, the
    // deputy head for teaching, …).
    press(
        &mut app,
        &format!(
            "a Доля<Space>отличников {}{}",
            "<Tab> ".repeat(6),
            "<Right> ".repeat(5)
        ),
    );
    assert!(
        screen(&app, 100, 30).contains("роль: заместитель директора по УВР"),
        "{}",
        screen(&app, 100, 30)
    );
    press(&mut app, "<Enter>");
    let w = w(&app);
    let ind = &w.monitoring.criteria[0].indicators[0];
    assert_eq!(
        ind.plan.responsible,
        premisli::domain::indicators::Responsible::Role(Role::DeputyAcademic)
    );
    assert!(w.enters(Id(52), ind, None), "the deputy head enters it");
    assert!(!w.enters(Id(51), ind, None), "a teacher does not");
    assert_eq!(w.groups_of(Id(52)), [None]);
    let text = premisli::store::to_text(w).unwrap();
    assert!(text.contains("responsible: Role(DeputyAcademic)"), "{text}");
}

/// Every screen of a monitoring, and its help, in Russian: nothing the
/// method lacks (the diagnosis, cycles, the spiral, reflection workshops, a
/// research question).
#[test]
fn a_monitoring_speaks_of_nothing_it_lacks() {
    let sample = common::sample("soko-monitoring.ron");
    // (a diagnosis of health is a procedure of the regulation: the board is what it lacks)
    let words = [
        (
            Language::Ru,
            ["доск", "цикл", "спирал", "рефлексивн", "исследовательск"],
        ),
        (
            Language::Sl,
            [
                "diagnoz",
                "krog",
                "spiral",
                "premišljevalnic",
                "raziskovaln",
            ],
        ),
        (
            Language::En,
            ["diagnosis", "cycle", "spiral", "reflection", "research"],
        ),
    ];
    for (lang, lacks) in words {
        for keys in [
            "1",
            "2",
            "4",
            "5",
            "6",
            "6 <Enter>",
            "7",
            "7 a <Enter>",
            "8",
        ] {
            for help in [false, true] {
                let mut app = app_with(sample.clone(), lang);
                press(&mut app, keys);
                if help {
                    press(&mut app, "<F1>");
                }
                for (w, h) in [(120, 40), (200, 60)] {
                    let text = screen(&app, w, h).to_lowercase();
                    for word in lacks {
                        assert!(
                            !text.contains(word),
                            "{keys} (help: {help}): «{word}»:\n{text}"
                        );
                    }
                }
            }
        }
    }
}
