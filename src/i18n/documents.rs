//! The words of the monitoring's documents: the analytic note, the
//! self-assessment report, the material for the council.

catalogue! { D;
    KeyIndicatorNote => "★ a key indicator", "★ ključni kazalnik", "★ ключевой показатель";
    DocSchool => "School", "Šola", "Образовательная организация";
    DocYear => "School year", "Šolsko leto", "Учебный год";
    DocPeriod => "Period", "Obdobje", "Период";
    DocAim => "Aim", "Namen", "Цель";
    DocAimText => "To assess the state and the dynamics of the quality of education by the criteria and indicators of the monitoring.", "Oceniti stanje in razvoj kakovosti po merilih in kazalnikih spremljanja.", "Оценка состояния и динамики качества образования по критериям и показателям ВСОКО.";
    DocTiming => "Timing", "Čas izvedbe", "Сроки проведения";
    DocWho => "Carried out by", "Izvedli", "Ответственные";
    DocResults => "Results", "Rezultati", "Результаты";
    DocDynamic => "Results and dynamic analysis", "Rezultati in dinamična analiza", "Результаты и динамический анализ";
    DocComparative => "Comparative analysis", "Primerjalna analiza", "Сопоставительный анализ";
    DocConclusions => "Conclusions", "Ugotovitve", "Выводы";
    DocRecommendations => "Recommendations", "Priporočila", "Рекомендации";
    DocDecisions => "Proposed management decisions", "Predlagani sklepi vodstva", "Предлагаемые управленческие решения";
    DocIssues => "What needs attention", "Kaj potrebuje pozornost", "Проблемные показатели";
    DocDraftDecision => "Draft decision", "Osnutek sklepa", "Проект решения";
    DocPrevious => "Before", "Prej", "Ранее";
    DocChange => "Change", "Sprememba", "Изменение";
    DocPeople => "People", "Oseb", "Человек";
    DocValue => "Value", "Vrednost", "Значение";
    DocMore => " and {n} more", " in še {n}", " и ещё {n}";
    DocMet => "{n} of {total} indicators reach their target level.", "{n} od {total} kazalnikov dosega ciljno raven.", "Целевого значения достигают показателей: {n} из {total}.";
    DocClose => "Close to it: {n}.", "Blizu nje: {n}.", "Близки к нему: {n}.";
    DocShort => "Falling short ({n}): {list}.", "Ne dosega ({n}): {list}.", "Не достигают ({n}): {list}.";
    DocBetter => "Better than the period before: {list}.", "Bolje kot v prejšnjem obdobju: {list}.", "Лучше, чем в предыдущем периоде: {list}.";
    DocWorse => "Worse than the period before: {list}.", "Slabše kot v prejšnjem obdobju: {list}.", "Хуже, чем в предыдущем периоде: {list}.";
    DocRecommend => "Work out measures for «{name}» (gap {gap}).", "Pripraviti ukrepe za »{name}« (odmik {gap}).", "Разработать меры по показателю «{name}» (отклонение {gap}).";
    DocNoRecommend => "Keep the present course: every indicator reaches its target level or is close to it.", "Nadaljevati dosedanje delo: vsi kazalniki dosegajo ciljno raven ali so blizu nje.", "Продолжить работу в прежнем режиме: все показатели достигают целевых значений или близки к ним.";
    DocTakeNote => "Take note of the results of the monitoring for {period}.", "Seznaniti se z rezultati spremljanja za {period}.", "Принять к сведению результаты мониторинга за {period}.";
    DocActual => "Actual", "Dejansko", "Факт";
    DocTarget => "Target", "Ciljna raven", "Целевое значение";
    DocHolds => "The document holds", "Dokument obsega", "Документ содержит";
    HoldsAnalysis => "aim, timing and who; the internal control in the period; results and dynamic analysis (against the same period a year before); comparative analysis (classes, municipality, region); conclusions; recommendations; proposed management decisions.", "namen, čas izvedbe in izvajalce; spremljanje v obdobju; rezultate in dinamično analizo (glede na isto obdobje leto prej); primerjalno analizo (razredi, občina, regija); ugotovitve; priporočila; predlagane sklepe vodstva.", "цель, сроки, ответственные; внутришкольный контроль за период; результаты и динамический анализ (к тому же периоду прошлого года); сопоставительный анализ (классы, муниципалитет, регион); выводы; рекомендации; предлагаемые управленческие решения.";
    HoldsSelfAssessment => "the indicator table by criterion: people and per cent.", "preglednico kazalnikov po merilih: število oseb in odstotek.", "таблицу показателей по критериям: человек и %.";
    HoldsCouncil => "the results in brief, the indicators that need attention, a draft decision.", "kratek pregled rezultatov, kazalnike, ki potrebujejo pozornost, osnutek sklepa.", "краткие итоги, проблемные показатели, проект решения.";
    DocWholeSchool => "School", "Šola", "Школа";
    DocPlanned => "Internal control in the period", "Spremljanje v obdobju", "Внутришкольный контроль за период";
    DocChecked => "What was checked", "Kaj se je spremljalo", "Что контролировалось";
    DocDue => "By", "Rok", "Срок";
    DocEndsIn => "Ends in", "Zaključek", "Форма подведения итогов";
    DocDone => "Done", "Opravljeno", "Выполнено";
    DocYes => "yes", "da", "да";
    DocNo => "no", "ne", "нет";
    DocControl => "Control over carrying out the decision: {who}.", "Nadzor nad izvajanjem sklepa: {who}.", "Контроль за исполнением решения возложить на: {who}.";
}
