//! The innovation project's record of its novelty and of its innovation
//! level over time.

catalogue! { N;
    FieldNoveltyWhat => "The novelty: what is new", "Novost: kaj je novo", "Новшество: что нового";
    FieldNoveltyFor => "For whom", "Za koga", "Для кого";
    FieldNoveltyEvidence => "Evidence", "Dokazi", "Подтверждение";
    LevelsTitle => "The innovation level over time", "Raven razvoja novosti skozi čas", "Уровень инновации во времени";
    LevelsEmpty => "No entries yet: a on the innovation level adds one.", "Vnosov še ni: a na ravni razvoja novosti doda prvega.", "Записей пока нет: a на уровне инновации добавит первую.";
    NewLevel => "An entry of the level's history", "Vnos v zgodovino ravni", "Запись об уровне инновации";
    EditLevel => "Editing the entry", "Urejanje vnosa", "Изменение записи";
    FieldExpected => "Expected level", "Pričakovana raven", "Ожидаемый уровень";
    FieldReached => "Reached level", "Dosežena raven", "Достигнутый уровень";
    LevelLine => "expected {expected} · reached {reached}", "pričakovana {expected} · dosežena {reached}", "ожидаемый {expected} · достигнутый {reached}";
    NotYet => "not yet", "še ne", "пока нет";
    HeadGoal => "1. The goal", "1. Opredelitev cilja", "1. Определение цели";
    HeadStrategy => "2. The strategy of developing the novelty", "2. Strategija razvijanja novosti", "2. Стратегия развития новшества";
    HeadEvaluation => "3. The evaluation of the novelty", "3. Evalvacija novosti", "3. Оценка новшества";
    HeadData => "4. Data collection and processing (triangulation)", "4. Zbiranje in obdelava podatkov (triangulacija)", "4. Сбор и обработка данных (триангуляция)";
    HeadNovelty => "5. The novelty (achievement)", "5. Opredelitev novosti (dosežek)", "5. Новшество (результат)";
    Triangulation => "Triangulation", "Triangulacija", "Триангуляция";
    NoveltyMissing => "The novelty is not described yet (screen 1: what is new, for whom, the evidence).", "Novost še ni opisana (zaslon 1: kaj je novo, za koga, dokazi).", "Новшество ещё не описано (экран 1: что нового, для кого, подтверждение).";
    HoldsAnnual => "the school year's cycles under the five headings: the goal; the strategy of developing the novelty; its evaluation; data collection and processing (triangulation); the novelty and the level reached.", "kroge šolskega leta pod petimi naslovi: opredelitev cilja; strategija razvijanja novosti; evalvacija novosti; zbiranje in obdelava podatkov (triangulacija); opredelitev novosti in dosežena raven.", "циклы учебного года по пяти разделам: цель; стратегия развития новшества; его оценка; сбор и обработка данных (триангуляция); новшество и достигнутый уровень.";
    HoldsFinal => "the whole project under the five headings, with the innovation level's whole history.", "ves projekt pod petimi naslovi, z vso zgodovino ravni razvoja novosti.", "весь проект по пяти разделам, со всей историей уровня инновации.";
    FieldActivityKind => "Kind", "Vrsta", "Вид";
    KindActivity => "an activity", "dejavnost", "мероприятие";
    KindMilestone => "the institute's milestone", "mejnik zavoda", "этап программы института";
    KindReport => "a report due", "rok za poročilo", "срок отчёта";
    AnnualReportDue => "The annual report to the institute (on {year})", "Letno poročilo zavodu (za {year})", "Годовой отчёт институту (за {year})";
}
