//! The Russian sample: the criteria and indicators of a school's internal
//! quality-monitoring regulation, three school years by quarter and by class.

use premisli::domain::cycles::{DataSource, SourceKind};
use premisli::domain::indicators::{
    Direction, Group, Method, MonitoringPlan, PeriodDef, Periodicity, Responsible, Unit,
};
use premisli::domain::*;

use super::{Ids, Rng, d};

use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};
use Method as M;
use Periodicity as Per;

/// (name, unit, direction, reference, periodicity, method, per class, start, yearly change)
type Row = (
    &'static str,
    Unit,
    Direction,
    f64,
    Periodicity,
    Method,
    bool,
    f64,
    f64,
);

const TABLE: [(&str, &[Row]); 7] = [
    (
        "Образовательные результаты (внутренняя оценка)",
        &[
            (
                "Доля обучающихся, которые учатся на «4» и «5»",
                Unit::Share,
                Up,
                45.0,
                Per::Termly,
                M::Statistics,
                true,
                38.0,
                3.0,
            ),
            (
                "Доля обучающихся, участвующих в конкурсах, олимпиадах, конференциях",
                Unit::Share,
                Up,
                40.0,
                Per::Termly,
                M::Statistics,
                true,
                27.0,
                4.0,
            ),
            (
                "Доля второгодников",
                Unit::Share,
                Down,
                0.5,
                Per::Yearly,
                M::Statistics,
                false,
                1.2,
                -0.3,
            ),
            (
                "Доля обучающихся 9 классов, получивших документ об образовании",
                Unit::Share,
                Up,
                100.0,
                Per::Yearly,
                M::Statistics,
                false,
                96.0,
                1.5,
            ),
            (
                "Доля обучающихся 9 классов, получивших документ особого образца",
                Unit::Share,
                Up,
                8.0,
                Per::Yearly,
                M::Statistics,
                false,
                5.0,
                1.0,
            ),
        ],
    ),
    (
        "Внешняя оценка",
        &[
            (
                "Средний балл ГИА-9 по русскому языку",
                Unit::Score,
                Up,
                4.0,
                Per::Yearly,
                M::Test,
                false,
                3.7,
                0.1,
            ),
            (
                "Средний балл ГИА-9 по математике",
                Unit::Score,
                Up,
                4.0,
                Per::Yearly,
                M::Test,
                false,
                3.4,
                0.15,
            ),
            (
                "Доля выпускников, сдавших ОГЭ ниже установленного минимума",
                Unit::Share,
                Down,
                0.0,
                Per::Yearly,
                M::Test,
                false,
                4.0,
                -1.0,
            ),
            (
                "Доля обучающихся, участвующих в муниципальных предметных олимпиадах",
                Unit::Share,
                Up,
                25.0,
                Per::Yearly,
                M::Statistics,
                false,
                18.0,
                2.5,
            ),
            (
                "Доля победителей муниципальных и региональных олимпиад",
                Unit::Share,
                Up,
                5.0,
                Per::Yearly,
                M::Ranking,
                false,
                2.5,
                0.8,
            ),
            (
                "Доля участников муниципальных, региональных, российских мероприятий",
                Unit::Share,
                Up,
                50.0,
                Per::Yearly,
                M::Statistics,
                false,
                41.0,
                3.0,
            ),
        ],
    ),
    (
        "Здоровье обучающихся",
        &[
            (
                "Соотношение доли детей с отклонениями в здоровье при поступлении и в 14 лет",
                Unit::Score,
                Down,
                1.0,
                Per::Yearly,
                M::ExpertRating,
                false,
                1.3,
                -0.05,
            ),
            (
                "Доля обучающихся, которые занимаются спортом",
                Unit::Share,
                Up,
                70.0,
                Per::Termly,
                M::Questionnaire,
                true,
                58.0,
                3.0,
            ),
            (
                "Доля обучающихся, которые занимаются в спортивных секциях",
                Unit::Share,
                Up,
                45.0,
                Per::Termly,
                M::Statistics,
                true,
                36.0,
                2.0,
            ),
        ],
    ),
    (
        "Социализация обучающихся",
        &[
            (
                "Доля выпускников, не работающих и не продолживших обучение",
                Unit::Share,
                Down,
                0.0,
                Per::Yearly,
                M::Statistics,
                false,
                3.0,
                -1.0,
            ),
            (
                "Доля обучающихся, состоящих на учёте в ОПДН, КДН",
                Unit::Share,
                Down,
                1.0,
                Per::Termly,
                M::Statistics,
                false,
                2.4,
                -0.4,
            ),
            (
                "Доля выпускников, поступивших в учебные заведения после 9 класса",
                Unit::Share,
                Up,
                95.0,
                Per::Yearly,
                M::Statistics,
                false,
                88.0,
                2.5,
            ),
        ],
    ),
    (
        "Готовность родителей к участию в управлении школой",
        &[(
            "Доля родителей, участвующих в «жизни школы»",
            Unit::Share,
            Up,
            60.0,
            Per::Termly,
            M::Questionnaire,
            true,
            41.0,
            5.0,
        )],
    ),
    (
        "Инновационный потенциал учителей",
        &[
            (
                "Доля учителей, использующих современные педагогические технологии",
                Unit::Share,
                Up,
                80.0,
                Per::Yearly,
                M::Observation,
                false,
                64.0,
                6.0,
            ),
            (
                "Доля учителей, использующих ИКТ на уроках",
                Unit::Share,
                Up,
                90.0,
                Per::Yearly,
                M::Observation,
                false,
                78.0,
                5.0,
            ),
            (
                "Доля педагогов с первой квалификационной категорией",
                Unit::Share,
                Up,
                40.0,
                Per::Yearly,
                M::Statistics,
                false,
                33.0,
                2.0,
            ),
            (
                "Доля педагогов с высшей квалификационной категорией",
                Unit::Share,
                Up,
                35.0,
                Per::Yearly,
                M::Statistics,
                false,
                24.0,
                3.0,
            ),
            (
                "Доля педагогов, прошедших курсы повышения квалификации за 3 года",
                Unit::Share,
                Up,
                100.0,
                Per::Yearly,
                M::Statistics,
                false,
                82.0,
                7.0,
            ),
            (
                "Доля педагогов, выступавших на РМО",
                Unit::Share,
                Up,
                30.0,
                Per::Yearly,
                M::Statistics,
                false,
                17.0,
                4.0,
            ),
            (
                "Доля педагогов — участников профессиональных конкурсов",
                Unit::Share,
                Up,
                15.0,
                Per::Yearly,
                M::Statistics,
                false,
                8.0,
                2.0,
            ),
        ],
    ),
    (
        "Соответствие требованиям к условиям обучения",
        &[
            (
                "Укомплектованность педагогическими кадрами нужной квалификации",
                Unit::Share,
                Up,
                100.0,
                Per::Yearly,
                M::Statistics,
                false,
                94.0,
                2.0,
            ),
            (
                "Соответствие нормам и требованиям СанПиН",
                Unit::YesNo,
                Up,
                1.0,
                Per::Yearly,
                M::ExpertRating,
                false,
                1.0,
                0.0,
            ),
            (
                "Наличие столовой для горячего питания по нормам",
                Unit::YesNo,
                Up,
                1.0,
                Per::Yearly,
                M::ExpertRating,
                false,
                1.0,
                0.0,
            ),
        ],
    ),
];

pub fn build() -> Workshop {
    let mut ids = Ids(0);
    let mut rng = Rng(0x50c0_2025);
    let mut w = Workshop::with_method(
        "Внутренняя система оценки качества образования",
        Language::Ru,
        premisli::domain::Method::Monitoring,
    );
    w.project.institution = "МБОУ «Основная общеобразовательная школа № 3»".into();
    w.project.school_year = "2024/25".into();
    // A monitoring has no research question, goal, area, kind or level.
    let people = [
        (
            "Ирина Петровна Соколова",
            Role::Head,
            "Сделать мониторинг инструментом развития, а не отчётности.",
        ),
        (
            "Андрей Викторович Лебедев",
            Role::DeputyAcademic,
            "Наладить сбор данных без лишней нагрузки на учителей.",
        ),
        (
            "Елена Сергеевна Морозова",
            Role::MethodHead,
            "Связать показатели с работой методических объединений.",
        ),
        (
            "Ольга Николаевна Волкова",
            Role::ClassTeacher,
            "Понять, почему падает интерес к олимпиадам.",
        ),
        (
            "Дмитрий Алексеевич Орлов",
            Role::Teacher,
            "Увеличить долю детей, которые занимаются спортом.",
        ),
        (
            "Наталья Ивановна Козлова",
            Role::Parent,
            "Чтобы родители видели результаты и участвовали.",
        ),
    ];
    for (name, role, goal) in people {
        let mut m = Member::new(ids.take(), name, role);
        m.personal_goal = goal.into();
        w.team.push(m);
    }
    let quarters = ["I четверть", "II четверть", "III четверть", "IV четверть"];
    for y in 0..3 {
        for q in quarters {
            w.monitoring.periods.push(PeriodDef {
                id: ids.take(),
                label: q.into(),
                school_year: format!("{}/{}", 2022 + y, 23 + y),
                kind: None,
            });
        }
    }
    for g in ["5 класс", "6 класс", "7 класс", "8 класс", "9 класс"] {
        w.monitoring.groups.push(Group {
            id: ids.take(),
            name: g.into(),
            teacher: None,
            scope: None,
        });
    }
    let periods: Vec<(Id, usize, usize)> = w
        .monitoring
        .periods
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i / 4, i % 4))
        .collect();
    let groups: Vec<Id> = w.monitoring.groups.iter().map(|g| g.id).collect();
    for (ci, (criterion, rows)) in TABLE.iter().enumerate() {
        let crit_id = ids.take();
        let mut indicators = Vec::new();
        for (k, row) in rows.iter().enumerate() {
            let (name, unit, direction, reference, periodicity, method, per_class, start, change) =
                *row;
            let who = &w.team[(ci + k) % w.team.len()];
            let mut ind = Indicator {
                id: ids.take(),
                name: name.into(),
                unit,
                direction,
                reference: Some(reference),
                plan: MonitoringPlan {
                    object: if per_class {
                        "обучающиеся 5–9 классов".into()
                    } else {
                        "школа в целом".into()
                    },
                    periodicity,
                    responsible: Responsible::Member(who.id),
                    method,
                    source: "статистика школы, электронный журнал".into(),
                },
                measurements: Vec::new(),
                key: false,
                procedure: None,
            };
            for &(period, year, quarter) in &periods {
                if periodicity == Per::Yearly && quarter != 3 {
                    continue;
                }
                let trend = start + change * (year as f64 + quarter as f64 / 4.0);
                let targets: Vec<Option<Id>> = if per_class {
                    groups.iter().map(|g| Some(*g)).collect()
                } else {
                    vec![None]
                };
                for (gi, group) in targets.into_iter().enumerate() {
                    let v = match unit {
                        Unit::YesNo => {
                            if year == 0 && k == 1 {
                                0.0
                            } else {
                                1.0
                            }
                        }
                        Unit::Score => rng.around(trend, 0.15),
                        _ => rng
                            .around(trend - gi as f64 * 1.5, (trend * 0.08).max(0.2))
                            .clamp(0.0, 100.0),
                    };
                    ind.measurements.push(Measurement {
                        period,
                        group,
                        value: Value::Number(v),
                    });
                }
            }
            indicators.push(ind);
        }
        w.monitoring.criteria.push(Criterion {
            id: crit_id,
            name: criterion.to_string(),
            indicators,
        });
    }
    // One monitoring cycle a school year: plan, collect, analyse, report.
    let tiers = [GoalTier::First, GoalTier::Intermediate, GoalTier::Desired];
    let goals = [
        "Собрать достоверные данные по всем показателям",
        "Сравнить классы и наметить меры",
        "Обсудить результаты с родителями и педсоветом",
    ];
    for (k, y) in [2022, 2023, 2024].into_iter().enumerate() {
        let name = format!("Мониторинг {}/{}", y, y + 1 - 2000);
        let mut c = Cycle::new(ids.take(), &name, d(y, 9, 1), d(y + 1, 6, 30)).expect("cycle");
        c.tier = tiers[k];
        c.goal = goals[k].into();
        c.data_sources = vec![
            DataSource {
                kind: SourceKind::Statistics,
                description: "электронный журнал".into(),
            },
            DataSource {
                kind: SourceKind::Questionnaire,
                description: "анкеты родителей".into(),
            },
            DataSource {
                kind: SourceKind::Test,
                description: "контрольные работы".into(),
            },
        ];
        for p in Phase::ALL {
            c.phase_mut(p).status = if k < 2 {
                PhaseStatus::Done
            } else {
                PhaseStatus::NotStarted
            };
        }
        if k == 2 {
            c.plan.status = PhaseStatus::Done;
            c.act.status = PhaseStatus::Done;
            c.reflect.status = PhaseStatus::InProgress;
        }
        c.findings =
            "Доля обучающихся на «4» и «5» растёт; участие родителей ниже целевого уровня.".into();
        w.cycles.push(c);
    }
    let mut action = PlanAction::new(
        ids.take(),
        "Провести анкетирование родителей об участии в жизни школы",
    );
    action.who = Some(w.team[5].id);
    action.due = Some(d(2025, 4, 25));
    action.status = ActionStatus::Done;
    w.plans.curative.push(action);
    w
}
