//! Names of the model's enumerations and of its errors, in the three languages.

use crate::domain::{
    ActionStatus, ArModel, Category, DomainError, GoalTier, Language, Phase, PhaseStatus, Pitfall,
    PlanKind, ProjectKind, ResearchArea, Role, cycles::SourceKind,
};

pub(super) fn pick(lang: Language, texts: [&'static str; 3]) -> &'static str {
    match lang {
        Language::En => texts[0],
        Language::Sl => texts[1],
        Language::Ru => texts[2],
    }
}

/// The name of a workshop's method.
pub fn method_name(lang: Language, m: crate::domain::Method) -> &'static str {
    crate::i18n::t(
        lang,
        match m {
            crate::domain::Method::Innovation => crate::i18n::T::MethodInnovation,
            crate::domain::Method::Monitoring => crate::i18n::T::MethodMonitoring,
        },
    )
}

pub fn language_name(l: Language) -> &'static str {
    match l {
        Language::En => "English",
        Language::Sl => "Slovenščina",
        Language::Ru => "Русский",
    }
}

pub fn tier(lang: Language, t: GoalTier) -> &'static str {
    pick(
        lang,
        match t {
            GoalTier::First => ["first goal", "prvi cilj", "первая цель"],
            GoalTier::Intermediate => ["intermediate goal", "vmesni cilj", "промежуточная цель"],
            GoalTier::Desired => ["desired goal", "želeni cilj", "желаемая цель"],
        },
    )
}

pub fn phase(lang: Language, p: Phase) -> &'static str {
    pick(
        lang,
        match p {
            Phase::Plan => ["plan / re-plan", "načrtovanje", "планирование"],
            Phase::Act => [
                "act and collect data",
                "izvajanje in zbiranje podatkov",
                "действие и сбор данных",
            ],
            Phase::Reflect => ["reflect", "refleksija", "рефлексия"],
            Phase::Evaluate => ["evaluate", "vrednotenje", "оценка"],
        },
    )
}

pub fn phase_status(lang: Language, s: PhaseStatus) -> &'static str {
    pick(
        lang,
        match s {
            PhaseStatus::NotStarted => ["not started", "ni začeto", "не начато"],
            PhaseStatus::InProgress => ["in progress", "v teku", "идёт"],
            PhaseStatus::Done => ["done", "opravljeno", "готово"],
        },
    )
}

pub fn unit(lang: Language, u: crate::domain::indicators::Unit) -> &'static str {
    use crate::domain::indicators::Unit as U;
    pick(
        lang,
        match u {
            U::Share => ["share (%)", "delež (%)", "доля (%)"],
            U::Count => ["count", "število", "количество"],
            U::Score => ["score", "ocena", "балл"],
            U::YesNo => ["yes / no", "da / ne", "да / нет"],
        },
    )
}

pub fn direction(lang: Language, d: crate::domain::indicators::Direction) -> &'static str {
    use crate::domain::indicators::Direction as D;
    pick(
        lang,
        match d {
            D::HigherIsBetter => ["higher", "višje", "выше"],
            D::LowerIsBetter => ["lower", "nižje", "ниже"],
        },
    )
}

pub fn periodicity(lang: Language, p: crate::domain::indicators::Periodicity) -> &'static str {
    use crate::domain::indicators::Periodicity as P;
    pick(
        lang,
        match p {
            P::Continuous => ["continuous", "stalno", "постоянно"],
            P::Monthly => ["monthly", "mesečno", "ежемесячно"],
            P::Termly => ["each term", "vsako ocenjevalno obdobje", "каждую четверть"],
            P::Yearly => ["yearly", "letno", "ежегодно"],
        },
    )
}

pub fn method(lang: Language, m: crate::domain::indicators::Method) -> &'static str {
    use crate::domain::indicators::Method as M;
    pick(
        lang,
        match m {
            M::ExpertRating => ["expert rating", "strokovna ocena", "экспертная оценка"],
            M::Test => ["test", "preizkus", "тестирование"],
            M::Questionnaire => ["questionnaire", "vprašalnik", "анкетирование"],
            M::Ranking => ["ranking", "razvrščanje", "рейтинг"],
            M::ControlWork => ["control work", "kontrolna naloga", "контрольная работа"],
            M::Statistics => ["statistics", "statistika", "статистика"],
            M::Observation => ["observation", "opazovanje", "наблюдение"],
        },
    )
}

pub fn pitfall(lang: Language, p: Pitfall) -> &'static str {
    pick(
        lang,
        match p {
            Pitfall::DirectiveLeaders => [
                "directive leaders",
                "direktivni vodje",
                "директивные руководители",
            ],
            Pitfall::DivergingInterests => [
                "diverging interests",
                "razhajajoči se interesi",
                "расходящиеся интересы",
            ],
            Pitfall::NoTime => ["no time", "ni časa", "нет времени"],
            Pitfall::PoorInformation => [
                "poor information",
                "slaba obveščenost",
                "плохая информированность",
            ],
            Pitfall::TeamRelations => [
                "relations in the team",
                "odnosi v projektni skupini",
                "отношения в команде",
            ],
            Pitfall::TooManyGoals => ["too many goals", "preveč ciljev", "слишком много целей"],
            Pitfall::LittleArExperience => [
                "little action-research experience",
                "malo izkušenj z akcijskim raziskovanjem",
                "мало опыта исследования-действия",
            ],
            Pitfall::Rigidity => ["rigidity", "togost", "негибкость"],
            Pitfall::ProblemTooBroad => [
                "the problem defined too broadly",
                "preširoko opredeljen problem",
                "слишком широко поставленная проблема",
            ],
            Pitfall::WeakReports => ["weak reports", "šibka poročila", "слабые отчёты"],
            Pitfall::ResultsNotMeasurable => [
                "results not measurable",
                "nemerljivi rezultati",
                "неизмеримые результаты",
            ],
            Pitfall::UselessInterpretation => [
                "interpretation of no use",
                "neuporabna interpretacija",
                "бесполезная интерпретация",
            ],
            Pitfall::FadingMotivation => [
                "fading motivation",
                "upadanje motivacije",
                "угасание мотивации",
            ],
            Pitfall::WeakObservation => [
                "weak observation methods",
                "šibke metode opazovanja",
                "слабые методы наблюдения",
            ],
            Pitfall::SelfEducation => [
                "self-education left to chance",
                "samoizobraževanje prepuščeno naključju",
                "самообразование пущено на самотёк",
            ],
            Pitfall::DataNotIntoNextPlan => [
                "data not turned into the next cycle's plan",
                "podatki niso prevedeni v načrt naslednjega kroga",
                "данные не переведены в план следующего цикла",
            ],
            Pitfall::PersonalCyclesUnlinked => [
                "personal cycles not linked within the team",
                "osebni krogi v projektni skupini niso povezani",
                "личные циклы в команде не связаны",
            ],
            Pitfall::LeadershipNotShared => [
                "leadership not shared",
                "vodenje ni deljeno",
                "руководство не разделено",
            ],
        },
    )
}

pub fn source_kind(lang: Language, k: &SourceKind) -> String {
    let names = match k {
        SourceKind::Observation => ["observation", "opazovanje", "наблюдение"],
        SourceKind::Questionnaire => ["questionnaire", "vprašalnik", "анкета"],
        SourceKind::Interview => ["interview", "intervju", "интервью"],
        SourceKind::Test => ["test", "preizkus", "тест"],
        SourceKind::Artefact => ["artefact", "izdelek", "продукт деятельности"],
        SourceKind::SelfAssessment => ["self-assessment", "samoocena", "самооценка"],
        SourceKind::Statistics => ["statistics", "statistika", "статистика"],
        SourceKind::Other(own) => return own.clone(),
    };
    pick(lang, names).to_string()
}

pub fn category(lang: Language, c: Category) -> &'static str {
    pick(
        lang,
        match c {
            Category::Expectations => ["Expectations", "Pričakovanja", "Ожидания"],
            Category::Curiosity => [
                "Interest in discovering the unknown",
                "Interes za odkrivanje neznanega",
                "Интерес к открытию неизвестного",
            ],
            Category::ProblemSolving => [
                "Problem-solving style",
                "Stil reševanja problemov",
                "Стиль решения проблем",
            ],
            Category::ContentNeeds => [
                "Content needs",
                "Vsebinske potrebe",
                "Содержательные потребности",
            ],
            Category::MethodicalNeeds => [
                "Methodical needs",
                "Metodične potrebe",
                "Методические потребности",
            ],
        },
    )
}

pub fn status(lang: Language, s: ActionStatus) -> &'static str {
    pick(
        lang,
        match s {
            ActionStatus::Planned => ["planned", "načrtovano", "запланировано"],
            ActionStatus::InProgress => ["in progress", "v teku", "выполняется"],
            ActionStatus::Done => ["done", "opravljeno", "выполнено"],
            ActionStatus::Dropped => ["dropped", "opuščeno", "отменено"],
        },
    )
}

/// The plan's name as it reads inside a sentence ("added to the …").
pub fn plan_name(lang: Language, k: PlanKind) -> &'static str {
    pick(
        lang,
        match k {
            PlanKind::Prevention => ["prevention plan", "načrt preventive", "план развития"],
            PlanKind::Curative => ["curative plan", "načrt kurative", "план корректирующих мер"],
        },
    )
}

pub fn role(lang: Language, r: Role) -> &'static str {
    pick(
        lang,
        match r {
            Role::FormalLeader => ["formal leader", "formalni vodja", "формальный руководитель"],
            Role::ContentLeader => [
                "content leader",
                "vsebinski vodja",
                "содержательный руководитель",
            ],
            Role::Consultant => ["consultant", "konzulent (ZRSŠ)", "консультант"],
            Role::Teacher => ["teacher", "učitelj/-ica", "учитель"],
            Role::Student => ["student", "učenec/-ka", "ученик"],
            Role::Parent => ["parent", "starš", "родитель"],
            Role::Head => ["head", "ravnatelj/-ica", "директор"],
            Role::Other => ["other", "drugo", "другое"],
            Role::CriticalFriend => [
                "critical friend",
                "kritični prijatelj/-ica",
                "критический друг",
            ],
            Role::DeputyAcademic => [
                "deputy head (teaching)",
                "pomočnik/-ica ravnatelja (pouk)",
                "заместитель директора по УВР",
            ],
            Role::DeputyUpbringing => [
                "deputy head (upbringing)",
                "pomočnik/-ica ravnatelja (vzgoja)",
                "заместитель директора по ВР",
            ],
            Role::MethodHead => [
                "head of a subject group",
                "vodja strokovnega aktiva",
                "руководитель МО",
            ],
            Role::ClassTeacher => [
                "class teacher",
                "razrednik/razredničarka",
                "классный руководитель",
            ],
            Role::SocialPedagogue => [
                "social pedagogue",
                "socialni pedagog/-inja",
                "социальный педагог",
            ],
        },
    )
}

/// The area's name; a custom area is the team's own words.
pub fn area(lang: Language, a: &ResearchArea) -> String {
    match a {
        ResearchArea::LearningEnvironments => pick(
            lang,
            [
                "paths to creative and effective learning environments",
                "poti do ustvarjalnih in učinkovitih učnih okolij",
                "пути к творческой и эффективной учебной среде",
            ],
        )
        .to_string(),
        ResearchArea::ClassroomClimate => pick(
            lang,
            [
                "classroom climate as a quality criterion",
                "razredna klima kot merilo kakovosti",
                "климат в классе как критерий качества",
            ],
        )
        .to_string(),
        ResearchArea::ProfessionalDevelopment => pick(
            lang,
            [
                "professional development of staff",
                "strokovni razvoj zaposlenih",
                "профессиональное развитие сотрудников",
            ],
        )
        .to_string(),
        ResearchArea::Custom(text) => format!("{}: {text}", custom_area(lang)),
    }
}

pub fn custom_area(lang: Language) -> &'static str {
    pick(lang, ["own area", "lastno področje", "своя область"])
}

pub fn kind(lang: Language, k: ProjectKind) -> &'static str {
    pick(
        lang,
        match k {
            ProjectKind::Curative => [
                "curative: remove a disruption",
                "kurativa: odpraviti motnjo",
                "корректирующий: устранить затруднение",
            ],
            ProjectKind::Preventive => [
                "preventive: protect and enrich",
                "preventiva: zaščititi in obogatiti",
                "развивающий: сохранить и обогатить",
            ],
        },
    )
}

pub fn level(lang: Language, level: u8) -> &'static str {
    pick(
        lang,
        match level {
            1 => [
                "personal development of a professional",
                "osebni razvoj strokovnjaka",
                "личностное развитие специалиста",
            ],
            2 => [
                "introducing good practice",
                "uvajanje dobre prakse",
                "внедрение хорошей практики",
            ],
            3 => [
                "developing good practice",
                "razvijanje dobre prakse",
                "развитие хорошей практики",
            ],
            4 => [
                "discovering a novelty",
                "odkrivanje novosti",
                "открытие новшества",
            ],
            _ => [
                "transforming the whole school programme",
                "didaktična preobrazba celotnega šolskega programa",
                "дидактическое преобразование всей школьной программы",
            ],
        },
    )
}

pub fn ar_model(lang: Language, m: ArModel) -> &'static str {
    pick(
        lang,
        match m {
            ArModel::Practical => [
                "practical (collaborative)",
                "praktični (sodelovalni)",
                "практическая (совместная)",
            ],
            ArModel::Technical => ["technical", "tehnični", "техническая"],
            ArModel::Emancipatory => ["emancipatory", "emancipatorni", "эмансипаторная"],
        },
    )
}

/// A refused operation, said in the user's language.
pub fn domain_error(lang: Language, e: &DomainError) -> String {
    use DomainError as E;
    let (texts, args): ([&str; 3], Vec<(&str, String)>) = match e {
        E::InnovationLevel(l) => (
            [
                "the innovation level is 1 to 5, not {v}",
                "raven je od 1 do 5, ne {v}",
                "уровень инновации от 1 до 5, а не {v}",
            ],
            vec![("v", l.to_string())],
        ),
        E::ShareOutOfRange(x) => (
            [
                "a share is 0 to 100, not {v}",
                "delež je od 0 do 100, ne {v}",
                "доля от 0 до 100, а не {v}",
            ],
            vec![("v", x.to_string())],
        ),
        E::NotFinite => (["not a number", "ni število", "не число"], vec![]),
        E::NegativeCount(x) => (
            [
                "a count cannot be negative ({v})",
                "število ne more biti negativno ({v})",
                "количество не может быть отрицательным ({v})",
            ],
            vec![("v", x.to_string())],
        ),
        E::PartExceedsWhole { part, whole } => (
            [
                "{p} of {w} is more than the whole",
                "{p} od {w} je več od celote",
                "{p} из {w} больше целого",
            ],
            vec![("p", part.to_string()), ("w", whole.to_string())],
        ),
        E::NotYesNo(x) => (
            [
                "yes/no takes 0 or 1, not {v}",
                "da/ne sprejme 0 ali 1, ne {v}",
                "да/нет принимает 0 или 1, а не {v}",
            ],
            vec![("v", x.to_string())],
        ),
        E::BadDate(s) => (
            [
                "{v} is not a date (dd.mm.yyyy or yyyy-mm-dd)",
                "{v} ni datum (dd.mm.llll ali llll-mm-dd)",
                "{v} — не дата (дд.мм.гггг или гггг-мм-дд)",
            ],
            vec![("v", s.clone())],
        ),
        E::CountNotWhole(x) => (
            [
                "a count takes whole numbers, not {v}",
                "število sprejme le cela števila, ne {v}",
                "количество — только целое число, а не {v}",
            ],
            vec![("v", x.to_string().replace('.', ","))],
        ),
        E::RatioNotShare => (
            [
                "a part of a whole (23/118) is only for shares",
                "del od celote (23/118) je le za deleže",
                "часть от целого (23/118) — только для долей",
            ],
            vec![],
        ),
        E::PeriodReversed { start, end } => (
            [
                "the period ends ({e}) before it starts ({s})",
                "obdobje se konča ({e}) pred začetkom ({s})",
                "период заканчивается ({e}) раньше начала ({s})",
            ],
            vec![("s", start.clone()), ("e", end.clone())],
        ),
        E::CyclesOverlap(a, b) => (
            [
                "cycles {a} and {b} overlap",
                "kroga {a} in {b} se prekrivata",
                "циклы {a} и {b} пересекаются",
            ],
            vec![("a", a.clone()), ("b", b.clone())],
        ),
        E::EmptyText => (
            ["the text is empty", "besedilo je prazno", "текст пуст"],
            vec![],
        ),
        E::DuplicateId(i) => (
            [
                "id {v} is used twice",
                "oznaka {v} je uporabljena dvakrat",
                "идентификатор {v} использован дважды",
            ],
            vec![("v", i.to_string())],
        ),
        E::DanglingRef { what, id } => (
            [
                "{w} refers to id {v}, which does not exist",
                "{w} kaže na oznako {v}, ki ne obstaja",
                "{w} ссылается на несуществующий идентификатор {v}",
            ],
            vec![("w", what.clone()), ("v", id.to_string())],
        ),
        E::NoVotesLeft { voter, limit } => (
            [
                "{w} has no votes left ({v} each)",
                "{w} nima več glasov ({v} na člana)",
                "у {w} не осталось голосов ({v} на участника)",
            ],
            vec![("w", voter.clone()), ("v", limit.to_string())],
        ),
        E::NoSuchIndex(i) => (
            [
                "nothing at position {v}",
                "na mestu {v} ni ničesar",
                "на позиции {v} ничего нет",
            ],
            vec![("v", i.to_string())],
        ),
        E::UnknownVersion(v) => (
            [
                "format version {v} is unknown",
                "različica zapisa {v} ni znana",
                "версия формата {v} неизвестна",
            ],
            vec![("v", v.to_string())],
        ),
    };
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    super::fill(pick(lang, texts), &args)
}

/// Whose view a data source gives.
pub fn perspective(lang: Language, p: crate::domain::cycles::Perspective) -> &'static str {
    use crate::domain::cycles::Perspective;
    super::t(
        lang,
        match p {
            Perspective::Teacher => super::N::PerspectiveTeacher,
            Perspective::Pupils => super::N::PerspectivePupils,
            Perspective::Observer => super::N::PerspectiveObserver,
            Perspective::Parents => super::N::PerspectiveParents,
        },
    )
}

/// Whose views a cycle's sources give and which are missing:
/// "the teacher, the pupils · missing: the parents".
pub fn perspectives_line(lang: Language, c: &crate::domain::Cycle) -> String {
    let names = |ps: &[crate::domain::cycles::Perspective]| {
        ps.iter()
            .map(|p| perspective(lang, *p))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (have, missing) = (c.perspectives(), c.missing_perspectives());
    let mut line = if have.is_empty() {
        super::t(lang, super::N::PerspectivesNone).to_string()
    } else {
        names(&have)
    };
    if !missing.is_empty() {
        line.push_str(" · ");
        line.push_str(&super::tf(
            lang,
            super::N::PerspectivesMissing,
            &[("missing", &names(&missing))],
        ));
    }
    line
}

/// The words for a kind of calendar entry.
pub fn activity_kind(k: crate::domain::project::ActivityKind) -> super::N {
    use crate::domain::project::ActivityKind;
    match k {
        ActivityKind::Activity => super::N::KindActivity,
        ActivityKind::Milestone => super::N::KindMilestone,
        ActivityKind::Report => super::N::KindReport,
    }
}

/// The words for where a novelty is passed on.
pub fn channel(c: crate::domain::project::Channel) -> super::N {
    use crate::domain::project::Channel;
    match c {
        Channel::Staff => super::N::ChannelStaff,
        Channel::Parents => super::N::ChannelParents,
        Channel::OtherSchools => super::N::ChannelOtherSchools,
        Channel::Collection => super::N::ChannelCollection,
        Channel::ExpertCouncil => super::N::ChannelExpertCouncil,
        Channel::Conference => super::N::ChannelConference,
        Channel::Other => super::N::ChannelOther,
    }
}

/// Why an import refused a row, in the language.
pub fn import_fault(lang: Language, f: &crate::domain::indicators::import::Fault) -> String {
    use super::{S, tf};
    use crate::domain::indicators::import::Fault;
    match f {
        Fault::MissingColumns(names) => {
            tf(lang, S::MissingColumns, &[("names", &names.join(", "))])
        }
        Fault::UnknownIndicator(n) => tf(lang, S::UnknownIndicator, &[("name", n)]),
        Fault::AmbiguousIndicator(n) => tf(lang, S::AmbiguousIndicator, &[("name", n)]),
        Fault::UnknownGroup(n) => tf(lang, S::UnknownGroup, &[("name", n)]),
        Fault::NoPeriod => super::t(lang, S::NoPeriod).to_string(),
        Fault::Value(e) => domain_error(lang, e),
        Fault::Counts => super::t(lang, S::Counts).to_string(),
        Fault::Repeated(first) => tf(lang, S::Repeated, &[("first", &first.to_string())]),
        Fault::Unreadable(why) => tf(lang, S::Unreadable, &[("why", why)]),
    }
}

/// An import's refusal: the heading, then a line per fault (at most
/// `most`, then how many more).
pub fn import_refusal(
    lang: Language,
    errors: &[crate::domain::indicators::import::RowError],
    most: usize,
) -> Vec<String> {
    use super::{S, tf};
    let mut out = vec![super::t(lang, S::ImportRefused).to_string()];
    for e in errors.iter().take(most) {
        let why = import_fault(lang, &e.fault);
        out.push(if e.line == 0 {
            why
        } else {
            tf(
                lang,
                S::ImportLine,
                &[("line", &e.line.to_string()), ("why", &why)],
            )
        });
    }
    if errors.len() > most {
        out.push(tf(
            lang,
            S::More,
            &[("n", &(errors.len() - most).to_string())],
        ));
    }
    out
}

/// What an import did: the counts, and the periods it added.
pub fn import_summary(lang: Language, m: &crate::domain::indicators::import::Merge) -> String {
    use super::{S, tf};
    let mut s = tf(
        lang,
        S::ImportDone,
        &[
            ("added", &m.added.to_string()),
            ("changed", &m.changed.to_string()),
            ("unchanged", &m.unchanged.to_string()),
        ],
    );
    if !m.new_periods.is_empty() {
        s.push_str("; ");
        s.push_str(&tf(
            lang,
            S::NewPeriods,
            &[("list", &m.new_periods.join(", "))],
        ));
    }
    s
}
