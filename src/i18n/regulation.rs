//! The words of the monitoring regulation's model: objects of assessment,
//! kinds of period, outside figures, what a control ends in, and who is
//! responsible.

use super::labels::{pick, role};
use crate::domain::indicators::Responsible;
use crate::domain::regulation::{AssessObject, PeriodKind, Scope, Summary};
use crate::domain::{Language, Workshop};

pub fn object(lang: Language, o: AssessObject) -> &'static str {
    pick(
        lang,
        match o {
            AssessObject::Results => [
                "pupils' educational results",
                "učni dosežki učencev",
                "образовательные результаты обучающихся",
            ],
            AssessObject::Organisation => [
                "organisation of teaching and its conditions",
                "organizacija pouka in pogoji",
                "организация образовательной деятельности и её условия",
            ],
            AssessObject::Literacy => [
                "functional literacy",
                "funkcionalna pismenost",
                "функциональная грамотность",
            ],
            AssessObject::Programmes => [
                "main and additional programmes",
                "programi in interesne dejavnosti",
                "основные и дополнительные образовательные программы",
            ],
            AssessObject::Upbringing => {
                ["upbringing work", "vzgojno delo", "воспитательная работа"]
            }
            AssessObject::Competence => [
                "teachers' professional competence",
                "strokovna usposobljenost učiteljev",
                "профессиональная компетентность педагогов",
            ],
            AssessObject::Management => [
                "quality management and openness",
                "vodenje kakovosti in odprtost šole",
                "управление качеством и открытость школы",
            ],
            AssessObject::Health => [
                "pupils' health",
                "zdravje učencev",
                "состояние здоровья обучающихся",
            ],
        },
    )
}

pub fn period_kind(lang: Language, k: PeriodKind) -> &'static str {
    pick(
        lang,
        match k {
            PeriodKind::Year => ["school year", "šolsko leto", "учебный год"],
            PeriodKind::HalfYear => ["half-year", "polletje", "полугодие"],
            PeriodKind::Quarter => ["quarter", "četrtletje", "четверть"],
            PeriodKind::Trimester => ["trimester", "ocenjevalno obdobje", "триместр"],
        },
    )
}

pub fn scope(lang: Language, s: Scope) -> &'static str {
    pick(
        lang,
        match s {
            Scope::Municipal => [
                "municipal figure",
                "občinska vrednost",
                "муниципальный показатель",
            ],
            Scope::Regional => [
                "regional figure",
                "regijska vrednost",
                "региональный показатель",
            ],
        },
    )
}

pub fn summary(lang: Language, s: Summary) -> &'static str {
    pick(
        lang,
        match s {
            Summary::Note => [
                "analytic note",
                "analitično poročilo",
                "аналитическая справка",
            ],
            Summary::Order => ["order", "sklep ravnatelja", "приказ"],
            Summary::Council => [
                "teachers' council",
                "seja učiteljskega zbora",
                "педагогический совет",
            ],
            Summary::HeadMeeting => [
                "meeting with the head",
                "kolegij ravnatelja",
                "совещание при директоре",
            ],
            Summary::GroupMeeting => [
                "subject group meeting",
                "sestanek strokovnega aktiva",
                "заседание МО",
            ],
        },
    )
}

/// Who is responsible, as a reader sees it: a member's name, a person
/// named by hand, or a role; empty when nobody is.
pub fn responsible(w: &Workshop, lang: Language, r: &Responsible) -> String {
    match r {
        Responsible::Member(id) => w.member(*id).map_or_else(String::new, |m| m.name.clone()),
        Responsible::Person(name) => name.clone(),
        Responsible::Role(x) => role(lang, *x).to_string(),
        Responsible::Unassigned => String::new(),
    }
}

catalogue! { R;
    FieldPeriodKind => "Kind of period", "Vrsta obdobja", "Вид периода";
    FieldGroupScope => "Whose values", "Čigave vrednosti", "Чьи значения";
    GroupOfSchool => "a class or group of the school", "razred ali skupina šole", "класс или группа школы";
    AsRole => "role: {role}", "vloga: {role}", "роль: {role}";
    FieldProcedure => "Procedure", "Postopek", "Процедура";
    ScreenControl => "Periods", "Obdobja", "Периоды и ВШК";
    NoPeriodsYet => "No periods yet: p adds one.", "Obdobij še ni: p doda prvo.", "Периодов пока нет: p добавит первый.";
    NewControl => "New entry of the control plan", "Nov vnos v načrt spremljanja", "Новое мероприятие плана ВШК";
    EditControl => "Edit the entry", "Urejanje vnosa", "Изменить мероприятие";
    FieldChecked => "What is checked", "Kaj se spremlja", "Что контролируется";
    FieldPeriod => "Period", "Obdobje", "Период";
    FieldDue => "By (date)", "Rok (datum)", "Срок (дата)";
    FieldSummary => "Ends in", "Zaključi se s", "Форма подведения итогов";
    PeriodsKey => "● the period's control plan done  ◐ partly  ○ not yet  · nothing planned  (n) values entered", "● načrt spremljanja obdobja opravljen  ◐ delno  ○ še ne  · nič načrtovano  (n) vnesene vrednosti", "● план ВШК периода выполнен  ◐ частично  ○ ещё нет  · ничего не запланировано  (n) внесено значений";
    SessionNoneMonitoring => "No meeting yet. a starts one (the pedagogical council unless you choose another).", "Srečanja še ni. a ga začne (seja učiteljskega zbora, razen če izberete drugo).", "Заседаний пока нет. a начинает заседание (педагогический совет, если не выбрать другой вид).";
    PlanDevelopHint => "development: keep and spread what reaches its target", "razvoj: ohraniti in razširiti, kar dosega cilj", "развитие: закрепить и распространить достигнутое";
    PlanCorrectHint => "corrective measures: for the indicators short of their target", "popravni ukrepi: za kazalnike, ki ne dosegajo cilja", "коррекция: меры по показателям, не достигающим целевого значения";
    PlanEmptyMonitoring => "No measures yet: a adds one, with the indicator it answers.", "Ukrepov še ni: a doda novega, s kazalnikom, na katerega odgovarja.", "Мер пока нет: a добавит меру с показателем, к которому она относится.";
    ControlTitle => "Plan of internal control", "Načrt spremljanja", "План ВШК";
    PlanEmpty => "Nothing planned for this period yet: a adds an entry.", "Za to obdobje še ni ničesar načrtovanega: a doda vnos.", "На этот период пока ничего не запланировано: a добавит мероприятие.";
    PeriodsTitle => "Monitoring periods", "Obdobja spremljanja", "Периоды мониторинга";
    ControlCount => "{done} of {n} done", "opravljeno {done} od {n}", "выполнено {done} из {n}";
    FieldResponsible => "Responsible", "Odgovorna oseba", "Ответственный";
    NewProcedure => "New procedure", "Nov postopek", "Новая процедура";
    EditProcedure => "Edit the procedure", "Urejanje postopka", "Изменить процедуру";
    FieldObject => "Object of assessment", "Predmet spremljanja", "Объект оценки";
    FieldAim => "Aim", "Namen", "Цель";
    FieldTiming => "Timing", "Čas izvedbe", "Сроки";
    FieldParticipants => "Who takes part", "Kdo sodeluje", "Участники";
    FieldStructure => "Run by", "Izvajalci", "Ответственные";
    ObjectsTitle => "Objects of assessment and procedures", "Predmeti spremljanja in postopki", "Объекты оценки и процедуры";
    ProcedureInUse => "«{name}» is named by {n} indicators or controls: change those first.", "Postopek »{name}« navaja {n} kazalnikov ali kontrol: najprej spremenite te.", "Процедура «{name}» указана в показателях или мероприятиях контроля ({n}): сначала измените их.";
}
