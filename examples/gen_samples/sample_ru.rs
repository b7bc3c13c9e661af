//! The Russian sample: a small basic school (grades 1–9, one class a grade,
//! about 150 pupils and a dozen graduates a year) running the monitoring of
//! its regulation: the 7 criteria and 28 indicators of section 4.6, the
//! procedures of section 4.4 that fit it, three school years by quarter and
//! year, counts behind every share, and the plan of internal control of the
//! last year.

use premisli::domain::indicators::{
    Direction, Group, Method, MonitoringPlan, PeriodDef, Periodicity, Responsible, Unit,
};
use premisli::domain::regulation::{
    AssessObject, ControlItem, PeriodKind, Procedure, Scope, Summary,
};
use premisli::domain::*;

use super::{Ids, d};

use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};

/// Pupils per class (grades 1–9), per school year: each class moves up a
/// grade, a new first grade comes in, the ninth leaves.
const CLASSES: [[u32; 9]; 3] = [
    [16, 18, 17, 18, 16, 17, 14, 13, 12],
    [18, 16, 18, 17, 18, 16, 17, 14, 13],
    [17, 18, 16, 18, 17, 18, 16, 17, 14],
];
/// Teachers, and all pedagogical workers (with the social pedagogue and
/// the deputy heads), per year; subjects of the curriculum.
const TEACHERS: [u32; 3] = [15, 16, 16];
const STAFF: [u32; 3] = [17, 18, 18];
const SUBJECTS: u32 = 16;

const YEARS: [&str; 3] = ["2022/23", "2023/24", "2024/25"];
const QUARTERS: [&str; 4] = ["I четверть", "II четверть", "III четверть", "IV четверть"];

/// What an indicator is measured on, and so how its values are made.
enum Data {
    /// A share by class (the grades given), each quarter and the year:
    /// (share in the first quarter of the first year, gain per year).
    ByClass(std::ops::Range<usize>, f64, f64),
    /// A share by class, once a year.
    ByClassYearly(std::ops::Range<usize>, f64, f64),
    /// Counts of the whole, per year: (part, whole) for each school year.
    Counts([(u32, u32); 3]),
    /// Counts each quarter (the year's value is the fourth quarter's).
    QuarterCounts([[u32; 4]; 3], Whole),
    /// A number per year; with the municipality's and the region's figures.
    Number([f64; 3], Option<([f64; 3], [f64; 3])>),
    /// Yes or no per year.
    YesNo([bool; 3]),
}

/// The whole a count is of.
#[derive(Clone, Copy)]
enum Whole {
    Pupils,
}

/// One indicator of the regulation's table (section 4.6).
struct Row {
    name: &'static str,
    unit: Unit,
    direction: Direction,
    reference: f64,
    /// Who is observed (the plan's object).
    object: &'static str,
    method: Method,
    source: &'static str,
    responsible: Role,
    /// The procedure (by its place in `PROCEDURES`) that yields it.
    procedure: Option<usize>,
    key: bool,
    data: Data,
}

/// (name, object of assessment, aim, timing, who takes part, responsible)
const PROCEDURES: [(&str, AssessObject, &str, &str, &str, Role); 13] = [
    (
        "Текущая и промежуточная аттестация",
        AssessObject::Results,
        "Определить уровень освоения образовательных программ по итогам четвертей и года",
        "по итогам четвертей и года",
        "2–9 классы",
        Role::DeputyAcademic,
    ),
    (
        "Государственная итоговая аттестация (ОГЭ)",
        AssessObject::Results,
        "Оценить результаты освоения программы основного общего образования",
        "май–июнь",
        "9 класс",
        Role::DeputyAcademic,
    ),
    (
        "Мониторинговое исследование 4 класса (русский язык, математика, чтение)",
        AssessObject::Results,
        "Оценить готовность выпускников начальной школы к обучению в основной школе",
        "апрель",
        "4 класс",
        Role::MethodHead,
    ),
    (
        "Готовность к обучению в школе и адаптация (1 класс)",
        AssessObject::Results,
        "Выявить уровень готовности первоклассников и ход их адаптации",
        "сентябрь–октябрь",
        "1 класс",
        Role::SocialPedagogue,
    ),
    (
        "Обученность и адаптация обучающихся 5 класса",
        AssessObject::Results,
        "Оценить адаптацию к обучению в основной школе",
        "октябрь",
        "5 класс",
        Role::DeputyAcademic,
    ),
    (
        "Олимпиады, конкурсы, соревнования",
        AssessObject::Results,
        "Оценить участие и результативность обучающихся",
        "в течение года",
        "2–9 классы",
        Role::MethodHead,
    ),
    (
        "Функциональная грамотность",
        AssessObject::Literacy,
        "Оценить способность решать учебные задачи и жизненные проблемные ситуации",
        "ноябрь, март",
        "5–9 классы",
        Role::MethodHead,
    ),
    (
        "Оценка системы дополнительного образования",
        AssessObject::Programmes,
        "Оценить охват обучающихся дополнительным образованием",
        "сентябрь, май",
        "1–9 классы",
        Role::DeputyUpbringing,
    ),
    (
        "Оценка качества воспитательной работы",
        AssessObject::Upbringing,
        "Оценить охват, самоуправление, профилактику правонарушений",
        "декабрь, май",
        "1–9 классы, родители",
        Role::DeputyUpbringing,
    ),
    (
        "Оценка профессиональной компетентности педагогов",
        AssessObject::Competence,
        "Оценить квалификацию, повышение квалификации, использование современных технологий",
        "в течение года",
        "педагогические работники",
        Role::DeputyAcademic,
    ),
    (
        "Диагностика состояния здоровья обучающихся",
        AssessObject::Health,
        "Оценить состояние здоровья и оздоровительную работу",
        "сентябрь, апрель",
        "1–9 классы",
        Role::SocialPedagogue,
    ),
    (
        "Анкетирование родителей",
        AssessObject::Management,
        "Оценить открытость школы и участие родителей в её жизни",
        "апрель",
        "родители обучающихся 1–9 классов",
        Role::DeputyUpbringing,
    ),
    (
        "Оценка условий: кадры, СанПиН, питание",
        AssessObject::Organisation,
        "Оценить соответствие условий обучения требованиям",
        "август",
        "школа",
        Role::Head,
    ),
];

/// An entry of the last year's plan of internal control: (quarter, or 4 for
/// the year; the procedure by its place in `PROCEDURES`; what is checked,
/// when it is not the procedure's name; due; responsible; what it ends in;
/// done).
type Planned = (
    usize,
    Option<usize>,
    &'static str,
    (i32, u32, u32),
    Responsible,
    Summary,
    bool,
);

const DEPUTY: Responsible = Responsible::Role(Role::DeputyAcademic);

#[rustfmt::skip]
const PLAN: [Planned; 16] = [
    (0, None, "Ведение электронного журнала", (2024, 9, 30), DEPUTY, Summary::Note, true),
    (0, Some(3), "", (2024, 10, 18), Responsible::Role(Role::SocialPedagogue), Summary::HeadMeeting, true),
    (0, Some(4), "", (2024, 10, 25), DEPUTY, Summary::HeadMeeting, true),
    (0, Some(0), "Итоги I четверти", (2024, 11, 5), DEPUTY, Summary::Note, true),
    (1, Some(6), "Функциональная грамотность: читательская и математическая", (2024, 11, 29), Responsible::Role(Role::MethodHead), Summary::GroupMeeting, true),
    (1, Some(8), "", (2024, 12, 20), Responsible::Role(Role::DeputyUpbringing), Summary::HeadMeeting, true),
    (1, Some(0), "Итоги II четверти и I полугодия", (2024, 12, 28), DEPUTY, Summary::Council, true),
    (2, Some(6), "Функциональная грамотность: естественнонаучная", (2025, 3, 14), Responsible::Role(Role::MethodHead), Summary::GroupMeeting, true),
    (2, Some(0), "Итоги III четверти", (2025, 3, 25), DEPUTY, Summary::Note, true),
    (2, None, "Отчёт о самообследовании", (2025, 4, 18), Responsible::Role(Role::Head), Summary::Order, true),
    (3, Some(2), "", (2025, 4, 22), Responsible::Role(Role::MethodHead), Summary::Note, true),
    (3, Some(11), "", (2025, 4, 25), Responsible::Role(Role::DeputyUpbringing), Summary::Note, true),
    (3, Some(10), "", (2025, 4, 30), Responsible::Role(Role::SocialPedagogue), Summary::HeadMeeting, true),
    (3, Some(1), "Итоги ГИА-9", (2025, 6, 27), DEPUTY, Summary::Council, true),
    (4, Some(0), "Итоги учебного года", (2025, 5, 30), DEPUTY, Summary::Council, true),
    (4, None, "Трудоустройство выпускников 9 класса", (2025, 8, 29), Responsible::Role(Role::ClassTeacher), Summary::Note, false),
];

#[rustfmt::skip]
fn table() -> Vec<(&'static str, Vec<Row>)> {
    use Data::*;
    use Method as M;
    use Role as R;
    let row = |name, unit, direction, reference, object, method, source, responsible, procedure, key, data| Row {
        name,
        unit,
        direction,
        reference,
        object,
        method,
        source,
        responsible,
        procedure,
        key,
        data,
    };
    vec![
        (
            "Образовательные результаты по уровням образования (внутренняя оценка)",
            vec![
                row("Доля обучающихся, которые учатся на «4» и «5»", Unit::Share, Up, 45.0, "обучающиеся 2–9 классов", M::Statistics, "электронный журнал: итоги четвертей и года", R::DeputyAcademic, Some(0), true, ByClass(1..9, 37.0, 3.0)),
                row("Доля обучающихся, которые участвуют в конкурсах, олимпиадах, научно-практических конференциях", Unit::Share, Up, 40.0, "обучающиеся 1–9 классов", M::Statistics, "журнал учёта участия в конкурсах и олимпиадах", R::MethodHead, Some(5), false, Counts([(48, 141), (55, 147), (63, 151)])),
                row("Доля второгодников", Unit::Share, Down, 0.0, "обучающиеся 1–9 классов", M::Statistics, "приказы о переводе обучающихся", R::DeputyAcademic, Some(0), false, Counts([(1, 141), (1, 147), (0, 151)])),
                row("Доля обучающихся 9 классов, получивших документ об образовании", Unit::Share, Up, 100.0, "выпускники 9 класса", M::Statistics, "книга выдачи аттестатов", R::DeputyAcademic, Some(1), true, Counts([(11, 12), (12, 13), (14, 14)])),
                row("Доля обучающихся 9 классов, получивших документ об образовании особого образца", Unit::Share, Up, 8.0, "выпускники 9 класса", M::Statistics, "книга выдачи аттестатов", R::DeputyAcademic, Some(1), false, Counts([(1, 12), (1, 13), (2, 14)])),
            ],
        ),
        (
            "Внешняя оценка",
            vec![
                row("Результаты ГИА-9 по русскому языку и математике (средний балл)", Unit::Score, Up, 4.0, "выпускники 9 класса", M::Test, "протоколы ОГЭ (региональный центр обработки информации)", R::DeputyAcademic, Some(1), true, Number([3.6, 3.7, 3.9], Some(([3.7, 3.8, 3.8], [3.8, 3.8, 3.9])))),
                row("Результаты регионального комплексного исследования качества общего образования (средний процент выполнения)", Unit::Share, Up, 60.0, "обучающиеся 4 класса", M::Test, "отчёт регионального центра оценки качества", R::MethodHead, Some(2), false, Number( [57.5, 61.0, 63.5], Some(([60.2, 61.0, 62.3], [61.4, 62.0, 62.8])), )),
                row("Доля выпускников, сдавших ОГЭ по русскому языку и математике ниже установленного минимума", Unit::Share, Down, 0.0, "выпускники 9 класса", M::Test, "протоколы ОГЭ (региональный центр обработки информации)", R::DeputyAcademic, Some(1), true, Counts([(1, 12), (1, 13), (0, 14)])),
                row("Доля обучающихся, участвующих в муниципальных предметных олимпиадах", Unit::Share, Up, 20.0, "обучающиеся 5–9 классов", M::Statistics, "протоколы муниципального этапа олимпиады", R::MethodHead, Some(5), false, Counts([(10, 72), (13, 78), (16, 82)])),
                row("Доля обучающихся, победивших в муниципальных, региональных предметных олимпиадах", Unit::Share, Up, 4.0, "обучающиеся 5–9 классов", M::Ranking, "протоколы муниципального и регионального этапов олимпиады", R::MethodHead, Some(5), false, Counts([(1, 72), (2, 78), (3, 82)])),
                row("Доля обучающихся, принимавших участие в муниципальных, региональных, российских мероприятиях", Unit::Share, Up, 45.0, "обучающиеся 1–9 классов", M::Statistics, "журнал учёта участия в мероприятиях", R::DeputyUpbringing, Some(8), false, Counts([(48, 141), (57, 147), (66, 151)])),
            ],
        ),
        (
            "Здоровье обучающихся",
            vec![
                row("Соотношение доли детей, имеющих отклонения в здоровье, до поступления в школу к доле детей с отклонениями в здоровье в возрасте 14 лет", Unit::Score, Up, 1.0, "обучающиеся 1 класса и 14 лет", M::ExpertRating, "медицинские осмотры (данные детской поликлиники)", R::SocialPedagogue, Some(10), true, Number([0.8, 0.9, 1.1], None)),
                row("Доля обучающихся, которые занимаются спортом", Unit::Share, Up, 70.0, "обучающиеся 1–9 классов", M::Questionnaire, "анкетирование обучающихся", R::DeputyUpbringing, Some(10), false, ByClassYearly(0..9, 58.0, 4.0)),
                row("Доля обучающихся, которые занимаются в спортивных секциях", Unit::Share, Up, 45.0, "обучающиеся 1–9 классов", M::Statistics, "журналы спортивных секций, сведения ДЮСШ", R::DeputyUpbringing, Some(7), false, ByClassYearly(0..9, 36.0, 3.0)),
            ],
        ),
        (
            "Социализация обучающихся",
            vec![
                row("Доля выпускников, не работающих и не продолживших обучение, к численности выпускников", Unit::Share, Down, 0.0, "выпускники 9 класса", M::Statistics, "сведения о трудоустройстве выпускников", R::ClassTeacher, Some(8), false, Counts([(1, 12), (0, 13), (0, 14)])),
                row("Доля обучающихся, состоящих на учёте в ОПДН, КДН, к общей численности обучающихся", Unit::Share, Down, 1.0, "обучающиеся 1–9 классов", M::Statistics, "списки КДН и ОПДН", R::SocialPedagogue, Some(8), false, QuarterCounts([[3, 3, 2, 2], [2, 2, 2, 1], [2, 1, 1, 1]], Whole::Pupils)),
                row("Доля выпускников, поступивших в учебные заведения после 9-го класса", Unit::Share, Up, 95.0, "выпускники 9 класса", M::Statistics, "сведения о трудоустройстве выпускников", R::ClassTeacher, Some(8), false, Counts([(11, 12), (12, 13), (14, 14)])),
            ],
        ),
        (
            "Готовность родителей к участию в управлении школой",
            vec![row(
                "Доля родителей, участвующих в «жизни школы»",
                Unit::Share,
                Up,
                60.0,
                "родители обучающихся 1–9 классов",
                M::Questionnaire,
                "анкетирование родителей, протоколы родительских собраний",
                R::ClassTeacher,
                Some(11),
                false,
                ByClassYearly(0..9, 41.0, 6.0),
            )],
        ),
        (
            "Инновационный потенциал учителей",
            vec![
                row("Доля учителей, которые используют современные педагогические технологии", Unit::Share, Up, 80.0, "учителя", M::Observation, "посещение уроков (карты анализа урока)", R::MethodHead, Some(9), false, Counts([(9, TEACHERS[0]), (11, TEACHERS[1]), (13, TEACHERS[2])])),
                row("Доля учителей, которые используют ИКТ на уроках", Unit::Share, Up, 90.0, "учителя", M::Observation, "посещение уроков (карты анализа урока)", R::MethodHead, Some(9), false, Counts([(12, TEACHERS[0]), (14, TEACHERS[1]), (15, TEACHERS[2])])),
                row("Доля педагогических работников, имеющих первую квалификационную категорию", Unit::Share, Up, 40.0, "педагогические работники", M::Statistics, "приказы об аттестации педагогов", R::DeputyAcademic, Some(9), false, Counts([(6, STAFF[0]), (7, STAFF[1]), (7, STAFF[2])])),
                row("Доля педагогических работников, имеющих высшую квалификационную категорию", Unit::Share, Up, 30.0, "педагогические работники", M::Statistics, "приказы об аттестации педагогов", R::DeputyAcademic, Some(9), false, Counts([(3, STAFF[0]), (4, STAFF[1]), (5, STAFF[2])])),
                row("Доля педагогических работников, прошедших курсы повышения квалификации (1 раз в 3 года)", Unit::Share, Up, 100.0, "педагогические работники", M::Statistics, "удостоверения о повышении квалификации", R::DeputyAcademic, Some(9), false, Counts([(14, STAFF[0]), (16, STAFF[1]), (18, STAFF[2])])),
                row("Доля педагогических работников, выступавших на РМО", Unit::Share, Up, 30.0, "педагогические работники", M::Statistics, "планы и протоколы районных методических объединений", R::MethodHead, Some(9), false, Counts([(3, STAFF[0]), (4, STAFF[1]), (6, STAFF[2])])),
                row("Доля педагогических работников, принимавших участие в профессиональных конкурсах", Unit::Share, Up, 10.0, "педагогические работники", M::Statistics, "приказы об участии в конкурсах «Учитель года», «Классный руководитель года»", R::MethodHead, Some(9), false, Counts([(1, STAFF[0]), (2, STAFF[1]), (2, STAFF[2])])),
            ],
        ),
        (
            "Соответствие требованиям к условиям обучения",
            vec![
                row("Укомплектованность педагогическими кадрами, имеющими необходимую квалификацию, по каждому из предметов учебного плана", Unit::Share, Up, 100.0, "предметы учебного плана", M::Statistics, "тарификация, штатное расписание", R::Head, Some(12), true, Counts([(15, SUBJECTS), (15, SUBJECTS), (16, SUBJECTS)])),
                row("Соответствие нормам и требованиям СанПиН", Unit::YesNo, Up, 1.0, "здание и помещения школы", M::ExpertRating, "акты проверок Роспотребнадзора", R::Head, Some(12), false, YesNo([false, true, true])),
                row("Наличие столовой для организации горячего питания в соответствии с утверждёнными нормами", Unit::YesNo, Up, 1.0, "школьная столовая", M::ExpertRating, "акт готовности школы к учебному году", R::Head, Some(12), false, YesNo([true, true, true])),
            ],
        ),
    ]
}

/// A share of `whole` as counts, rounded to a whole person.
fn of(whole: u32, share: f64) -> Value {
    let part = ((f64::from(whole) * share / 100.0).round() as u32).min(whole);
    Value::Ratio(part, whole)
}

pub fn build() -> Workshop {
    let mut ids = Ids(0);
    let mut w = Workshop::with_method(
        "Внутренняя система оценки качества образования",
        Language::Ru,
        premisli::domain::Method::Monitoring,
    );
    w.project.institution = "МБОУ «Основная общеобразовательная школа № 3»".into();
    w.project.school_year = "2024/25".into();
    w.project.structure =
        "методический совет; заместители директора по УВР и ВР; руководитель МО".into();
    let people = [
        (
            "Ирина Петровна Соколова",
            Role::Head,
            "Сделать мониторинг инструментом развития, а не отчётности.",
        ),
        (
            "Андрей Викторович Лебедев",
            Role::DeputyAcademic,
            "Собирать данные без лишней нагрузки на учителей.",
        ),
        (
            "Марина Олеговна Кузнецова",
            Role::DeputyUpbringing,
            "Видеть, что даёт детям внеурочная работа.",
        ),
        (
            "Елена Сергеевна Морозова",
            Role::MethodHead,
            "Связать показатели с работой методического объединения.",
        ),
        (
            "Ольга Николаевна Волкова",
            Role::ClassTeacher,
            "Чтобы каждый выпускник нашёл своё место.",
        ),
        (
            "Татьяна Юрьевна Белова",
            Role::SocialPedagogue,
            "Раньше замечать детей, которым трудно.",
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
    // The first of the team in a role.
    let holder = |w: &Workshop, r: Role| w.team.iter().find(|m| m.role == r).map(|m| m.id);

    // Periods: four quarters and the year, for three school years.
    let mut periods = Vec::new();
    for (y, year) in YEARS.iter().enumerate() {
        for (q, label) in QUARTERS.iter().chain(["учебный год"].iter()).enumerate() {
            let id = ids.take();
            w.monitoring.periods.push(PeriodDef {
                id,
                label: (*label).into(),
                school_year: (*year).into(),
                kind: Some(if q < 4 {
                    PeriodKind::Quarter
                } else {
                    PeriodKind::Year
                }),
            });
            periods.push((id, y, q));
        }
    }
    // Classes 1–9, and the figures the school compares itself with.
    for g in 1..=9 {
        let teacher = match g {
            5 => holder(&w, Role::Teacher),
            9 => holder(&w, Role::ClassTeacher),
            _ => None,
        };
        w.monitoring.groups.push(Group {
            id: ids.take(),
            name: format!("{g} класс"),
            teacher,
            scope: None,
        });
    }
    let classes: Vec<Id> = w.monitoring.groups.iter().map(|g| g.id).collect();
    let (municipal, regional) = (ids.take(), ids.take());
    for (id, name, scope) in [
        (municipal, "Муниципалитет", Scope::Municipal),
        (regional, "Регион", Scope::Regional),
    ] {
        w.monitoring.groups.push(Group {
            id,
            name: name.into(),
            teacher: None,
            scope: Some(scope),
        });
    }

    // Procedures (section 4.4), on the card under their objects.
    for (name, object, aim, timing, participants, role) in PROCEDURES {
        w.project.procedures.push(Procedure {
            id: ids.take(),
            name: name.into(),
            object,
            aim: aim.into(),
            timing: timing.into(),
            participants: participants.into(),
            responsible: Responsible::Role(role),
        });
    }
    let procedure = |k: usize| w.project.procedures[k].id;

    let year_end = |y: usize| periods.iter().find(|p| p.1 == y && p.2 == 4).unwrap().0;
    let mut criteria = Vec::new();
    for (criterion, rows) in table() {
        let crit_id = ids.take();
        let mut indicators = Vec::new();
        for r in rows {
            let mut ind = Indicator {
                id: ids.take(),
                name: r.name.into(),
                unit: r.unit,
                direction: r.direction,
                reference: Some(r.reference),
                plan: MonitoringPlan {
                    object: r.object.into(),
                    periodicity: match r.data {
                        Data::ByClass(..) | Data::QuarterCounts(..) => Periodicity::Termly,
                        _ => Periodicity::Yearly,
                    },
                    responsible: Responsible::Role(r.responsible),
                    method: r.method,
                    source: r.source.into(),
                },
                measurements: Vec::new(),
                key: r.key,
                procedure: r.procedure.map(procedure),
            };
            let mut put = |period: Id, group: Option<Id>, value: Value| {
                ind.measurements.push(Measurement {
                    period,
                    group,
                    value,
                });
            };
            match &r.data {
                Data::ByClass(grades, start, gain) => {
                    for &(period, y, q) in &periods {
                        // The year's marks come out a little better than
                        // the quarters'; the second quarter is the hardest.
                        let season = [0.0, -1.5, 0.5, 1.0, 2.0][q];
                        for g in grades.clone() {
                            let class_shift = [0.0, 4.0, 2.0, 1.0, -3.0, -1.0, -4.0, -2.0, 3.0][g];
                            let share = start + gain * y as f64 + season + class_shift;
                            put(period, Some(classes[g]), of(CLASSES[y][g], share));
                        }
                    }
                }
                Data::ByClassYearly(grades, start, gain) => {
                    for (y, sizes) in CLASSES.iter().enumerate() {
                        for g in grades.clone() {
                            let class_shift = [6.0, 4.0, 3.0, 1.0, 0.0, -2.0, -3.0, -5.0, -6.0][g];
                            let share = start + gain * y as f64 + class_shift;
                            put(year_end(y), Some(classes[g]), of(sizes[g], share));
                        }
                    }
                }
                Data::Counts(counts) => {
                    for (y, &(part, whole)) in counts.iter().enumerate() {
                        put(year_end(y), None, Value::Ratio(part, whole));
                    }
                }
                Data::QuarterCounts(counts, Whole::Pupils) => {
                    for &(period, y, q) in &periods {
                        let pupils: u32 = CLASSES[y].iter().sum();
                        let part = counts[y][q.min(3)];
                        put(period, None, Value::Ratio(part, pupils));
                    }
                }
                Data::Number(values, outside) => {
                    for (y, &v) in values.iter().enumerate() {
                        put(year_end(y), None, Value::Number(v));
                        if let Some((m, reg)) = outside {
                            put(year_end(y), Some(municipal), Value::Number(m[y]));
                            put(year_end(y), Some(regional), Value::Number(reg[y]));
                        }
                    }
                }
                Data::YesNo(values) => {
                    for (y, &v) in values.iter().enumerate() {
                        put(year_end(y), None, Value::Number(if v { 1.0 } else { 0.0 }));
                    }
                }
            }
            indicators.push(ind);
        }
        criteria.push(Criterion {
            id: crit_id,
            name: criterion.into(),
            indicators,
        });
    }
    w.monitoring.criteria = criteria;
    // The «4» and «5» of the municipality, for the year (no counts: its
    // published share).
    let good = &mut w.monitoring.criteria[0].indicators[0];
    for (y, v) in [41.8, 42.5, 43.1].into_iter().enumerate() {
        good.measurements.push(Measurement {
            period: year_end(y),
            group: Some(municipal),
            value: Value::Number(v),
        });
    }

    // The plan of internal control of the last year (2024/25): the year's
    // procedures in their quarters, with what each ends in; all carried out
    // but the graduates' employment, which is due after the year.
    let period_of = |q: usize| periods.iter().find(|p| p.1 == 2 && p.2 == q).unwrap().0;
    for (q, proc_at, what, (y, m, day), responsible, summary, done) in PLAN {
        let procedure = proc_at.map(|k| &w.project.procedures[k]);
        let id = ids.take();
        w.monitoring.control.push(ControlItem {
            id,
            period: period_of(q),
            procedure: procedure.map(|p| p.id),
            what: if what.is_empty() {
                procedure.map_or_else(String::new, |p| p.name.clone())
            } else {
                what.into()
            },
            due: Some(d(y, m, day)),
            responsible,
            summary,
            done,
        });
    }

    // The year's meetings, on the calendar.
    for (date, what) in [
        (
            d(2024, 8, 29),
            "Педагогический совет: утверждение плана ВШК на 2024/25 учебный год",
        ),
        (
            d(2024, 12, 28),
            "Педагогический совет по итогам I полугодия",
        ),
        (
            d(2025, 4, 18),
            "Отчёт о самообследовании размещён на сайте школы",
        ),
        (
            d(2025, 5, 30),
            "Педагогический совет по итогам учебного года",
        ),
    ] {
        w.project.calendar.push(project::Activity {
            id: ids.take(),
            date,
            what: what.into(),
            done: true,
            kind: project::ActivityKind::Activity,
        });
    }

    // Corrective measures the results called for (план корректирующих мер).
    let parents = w.monitoring.criteria[4].indicators[0].id;
    let olympiads = w.monitoring.criteria[1].indicators[3].id;
    for (what, who, due, indicator, status) in [
        (
            "Провести анкетирование родителей об участии в жизни школы и обсудить итоги на родительских собраниях",
            Role::DeputyUpbringing,
            d(2025, 4, 25),
            parents,
            ActionStatus::Done,
        ),
        (
            "Организовать кружок подготовки к олимпиадам для 7–9 классов",
            Role::MethodHead,
            d(2025, 10, 1),
            olympiads,
            ActionStatus::InProgress,
        ),
    ] {
        let mut action = PlanAction::new(ids.take(), what);
        action.who = holder(&w, who);
        action.due = Some(due);
        action.indicator = Some(indicator);
        action.status = status;
        w.plans.curative.push(action);
    }
    w
}
