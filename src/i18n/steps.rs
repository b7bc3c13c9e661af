//! The guided meetings in the three languages: the kinds, each step's name and
//! the short prompt the facilitator reads out, and the kinds of minutes.

use crate::domain::{Language, LogKind, SessionKind, Step};

fn pick(lang: Language, texts: [&'static str; 3]) -> &'static str {
    match lang {
        Language::En => texts[0],
        Language::Sl => texts[1],
        Language::Ru => texts[2],
    }
}

pub fn session_kind(lang: Language, k: SessionKind) -> &'static str {
    pick(
        lang,
        match k {
            SessionKind::FirstWorkshop => [
                "first reflection workshop",
                "prva premišljevalnica",
                "первый рефлексивный семинар",
            ],
            SessionKind::SecondWorkshop => [
                "second reflection workshop",
                "druga premišljevalnica",
                "второй рефлексивный семинар",
            ],
            SessionKind::CycleReview => ["cycle review", "pregled akcijskega kroga", "обзор цикла"],
            SessionKind::Council => [
                "council meeting (indicator review)",
                "učiteljski zbor (pregled kazalnikov)",
                "педагогический совет (обзор показателей)",
            ],
            SessionKind::AdminReview => [
                "administrative review",
                "pregled vodstva",
                "совещание при директоре",
            ],
        },
    )
}

pub fn step_title(lang: Language, s: Step) -> &'static str {
    use Step::*;
    pick(
        lang,
        match s {
            Gather => [
                "Gather the team",
                "Zbor projektne skupine",
                "Собираем команду",
            ],
            Question => [
                "Research question",
                "Raziskovalno vprašanje",
                "Исследовательский вопрос",
            ],
            Goal => ["Goal", "Cilj", "Цель"],
            Strengths => ["Strengths", "Prednosti", "Сильные стороны"],
            Weaknesses => ["Weaknesses", "Slabosti", "Слабые стороны"],
            Vote => ["Vote", "Glasovanje", "Голосование"],
            Plans => ["Plans", "Načrta", "Планы"],
            DataCollected => ["Data collected", "Zbrani podatki", "Собранные данные"],
            Interpretation => ["Interpretation", "Interpretacija", "Интерпретация"],
            Disruptions => ["Disruptions", "Motnje", "Затруднения"],
            Remedies => ["Remedies", "Ukrepi", "Меры"],
            Evaluation => ["Evaluation", "Vrednotenje", "Оценка"],
            Position => ["Where we are", "Kje smo", "Где мы"],
            Phases => ["Phases", "Faze", "Фазы"],
            Triangulation => ["Triangulation", "Triangulacija", "Триангуляция"],
            ActionsReview => ["Actions", "Dejavnosti", "Действия"],
            NextCycle => ["Next cycle", "Naslednji krog", "Следующий цикл"],
            Dashboard => ["Dashboard", "Pregled", "Сводка"],
            DataEntry => ["New data", "Novi podatki", "Новые данные"],
            Analysis => [
                "Trends and comparison",
                "Trendi in primerjava",
                "Динамика и сопоставление",
            ],
            Decisions => ["Decisions", "Sklepi", "Решения"],
            Disseminate => ["Passing it on", "Diseminacija", "Распространение опыта"],
            EverydayUse => ["Everyday use", "Uporaba v praksi", "Повседневная практика"],
            Minutes => ["Minutes", "Zapisnik", "Протокол"],
        },
    )
}

/// The step's question as the room reads it on the board: the prompt
/// without the facilitator's keys.
pub fn room_prompt(lang: Language, s: Step) -> &'static str {
    use Step::*;
    let own = match s {
        Gather => [
            "Who is here today? Each member says in one sentence what they personally want from the project.",
            "Kdo je danes tu? Vsak v enem stavku pove, kaj osebno želi od projekta.",
            "Кто сегодня здесь? Каждый одной фразой говорит, чего лично ждёт от проекта.",
        ],
        Strengths => [
            "Strengths, each person in turn: expectations, interest in discovering the unknown, the way we solve problems. One idea per card.",
            "Prednosti, vsak po vrsti: pričakovanja, interes za odkrivanje neznanega, način reševanja problemov. Ena misel na listek.",
            "Сильные стороны, по очереди: ожидания, интерес к неизвестному, стиль решения задач. Одна мысль — одна карточка.",
        ],
        Vote => [
            "Dot vote: each member places their dots on what matters most. The counts stay hidden until everyone has voted.",
            "Glasovanje s pikami: vsak razporedi svoje pike na najpomembnejše. Števila ostanejo skrita, dokler ne glasujejo vsi.",
            "Голосование: каждый отдаёт свои голоса самому важному. Итоги скрыты, пока не проголосуют все.",
        ],
        Remedies => [
            "Introduce the remedies into the plan of the next cycle. Who measures success, and how?",
            "Uvedite ukrepe v načrt naslednjega kroga. Kdo bo meril uspeh in kako?",
            "Внесите меры в план следующего цикла. Кто и как измерит успех?",
        ],
        DataEntry => [
            "The new period's values: each responsible person enters the values of their own classes.",
            "Vrednosti novega obdobja: vsak odgovorni vnese vrednosti svojih oddelkov.",
            "Значения нового периода: каждый ответственный вносит данные своих классов.",
        ],
        _ => return step_prompt(lang, s),
    };
    pick(lang, own)
}

pub fn step_prompt(lang: Language, s: Step) -> &'static str {
    use Step::*;
    pick(
        lang,
        match s {
            Gather => [
                "Who is here today? Add anyone missing from the team; Space marks who is absent. Each member says in one sentence what they personally want from the project.",
                "Kdo je danes tu? Dodajte, kdor v projektni skupini manjka; preslednica označi odsotne. Vsak v enem stavku pove, kaj osebno želi od projekta.",
                "Кто сегодня здесь? Добавьте недостающих; пробел отмечает отсутствующих. Каждый одной фразой говорит, чего лично ждёт от проекта.",
            ],
            Question => [
                "Agree on one research question: short, clear, asked so that its answer is wanted. Tick the checklist together.",
                "Dogovorite se za eno raziskovalno vprašanje: kratko, jasno, zastavljeno tako, da si odgovor želimo. Skupaj odkljukajte seznam.",
                "Договоритесь об одном исследовательском вопросе: коротком, ясном, таком, чтобы ответ был нужен. Отметьте список вместе.",
            ],
            Goal => [
                "Name the common goal, the expected result. Does it motivate from within, leave methods free, turn into a plan, show when reached, lead higher?",
                "Poimenujte skupni cilj, pričakovani rezultat. Ali motivira od znotraj, pušča izbiro metod, se da načrtovati, opazovati in vodi višje?",
                "Сформулируйте общую цель, ожидаемый результат. Мотивирует ли она изнутри, оставляет ли свободу методов, проверяема ли, ведёт ли выше?",
            ],
            Strengths => [
                "Strengths, each person in turn: expectations, interest in discovering the unknown, the way we solve problems. One idea per card; n passes to the next.",
                "Prednosti, vsak po vrsti: pričakovanja, interes za odkrivanje neznanega, način reševanja problemov. Ena misel na listek; n preda naslednjemu.",
                "Сильные стороны, по очереди: ожидания, интерес к неизвестному, стиль решения задач. Одна мысль — одна карточка; n передаёт слово дальше.",
            ],
            Weaknesses => [
                "Weaknesses, each person in turn: what we need in content, what we need in method. Merge similar cards into clusters.",
                "Slabosti, vsak po vrsti: kaj potrebujemo vsebinsko, kaj metodično. Podobne listke združite v sklope.",
                "Слабые стороны, по очереди: что нужно по содержанию, что — по методике. Похожие карточки объедините в группы.",
            ],
            Vote => [
                "Dot vote: each member places their dots on what matters most. Counts stay hidden until everyone has voted; r reveals the ranking.",
                "Glasovanje s pikami: vsak razporedi svoje pike na najpomembnejše. Števila ostanejo skrita, dokler ne glasujejo vsi; r razkrije vrstni red.",
                "Голосование: каждый отдаёт свои голоса самому важному. Итоги скрыты, пока не проголосуют все; r открывает рейтинг.",
            ],
            Plans => [
                "Turn the top strengths into the prevention plan and the top weaknesses into the curative plan: what, who, by when.",
                "Najmočnejše prednosti spremenite v načrt preventive, najbolj pereče slabosti v načrt kurative: kaj, kdo, do kdaj.",
                "Главные сильные стороны — в план развития, главные слабые — в план корректирующих мер: что, кто, к какому сроку.",
            ],
            DataCollected => [
                "What data did this cycle collect, and from how many kinds of source? Three kinds or more make a triangle.",
                "Katere podatke je zbral ta krog in iz koliko vrst virov? Trije viri ali več sestavijo trikotnik.",
                "Какие данные собраны в этом цикле и из скольких видов источников? Три и больше дают триангуляцию.",
            ],
            Interpretation => [
                "Explain the data so that it is understood: what do we see, what does it mean, what surprised us?",
                "Razložite podatke, da jih razumemo: kaj vidimo, kaj to pomeni, kaj nas je presenetilo?",
                "Объясните данные так, чтобы их поняли: что мы видим, что это значит, что удивило?",
            ],
            Disruptions => [
                "What got in the way? For each disruption: define it, find its cause, develop remedies.",
                "Kaj nas je oviralo? Za vsako motnjo: opredelite jo, poiščite vzrok, razvijte ukrepe.",
                "Что помешало? Для каждого затруднения: определите его, найдите причину, разработайте меры.",
            ],
            Remedies => [
                "Introduce the remedies: r carries them into the curative plan of the next cycle. Who measures success, and how?",
                "Uvedite ukrepe: r jih prenese v načrt kurative naslednjega kroga. Kdo bo meril uspeh in kako?",
                "Внедрите меры: r переносит их в план корректирующих мер следующего цикла. Кто и как измерит успех?",
            ],
            Evaluation => [
                "Evaluate the cycle: which goal have we reached on the spiral, and where does the next turn start?",
                "Ovrednotite krog: kateri cilj na spirali smo dosegli in kje začne naslednji obrat?",
                "Оцените цикл: какой цели на спирали мы достигли и откуда начинается следующий виток?",
            ],
            Position => [
                "Where are we on the spiral? Name the cycle, its goal tier and the phase we are in.",
                "Kje smo na spirali? Poimenujte krog, raven cilja in fazo, v kateri smo.",
                "Где мы на спирали? Назовите цикл, уровень цели и фазу, в которой находимся.",
            ],
            Phases => [
                "Go through the four phases: what is done, what is running, what has not started? Note what each phase found.",
                "Preglejte štiri faze: kaj je opravljeno, kaj teče, kaj še ni začeto? Zapišite ugotovitve vsake faze.",
                "Пройдите четыре фазы: что сделано, что идёт, что не начато? Запишите выводы каждой фазы.",
            ],
            Triangulation => [
                "Check the data sources: at least three kinds. Which view is missing, and who can bring it?",
                "Preverite vire podatkov: vsaj tri vrste. Kateri pogled manjka in kdo ga lahko prinese?",
                "Проверьте источники данных: не меньше трёх видов. Какого взгляда не хватает и кто его даст?",
            ],
            ActionsReview => [
                "Review the actions of both plans: what is done, what is overdue, what needs a new owner or date?",
                "Preglejte dejavnosti obeh načrtov: kaj je opravljeno, kaj zamuja, kaj potrebuje novega nosilca ali rok?",
                "Просмотрите действия обоих планов: что сделано, что просрочено, чему нужен новый ответственный или срок?",
            ],
            NextCycle => [
                "Start the next cycle from this one's evaluation: its period, its goal tier, its first plan.",
                "Naslednji krog začnite iz vrednotenja tega: obdobje, raven cilja, prvi načrt.",
                "Начните следующий цикл с оценки этого: период, уровень цели, первый план.",
            ],
            Dashboard => [
                "Look at the dashboard together: which indicators meet their reference level, which are close, which fall short?",
                "Skupaj poglejte pregled: kateri kazalniki dosegajo referenčni nivo, kateri so blizu, kateri zaostajajo?",
                "Посмотрите сводку вместе: какие показатели достигают целевого уровня, какие близки, какие отстают?",
            ],
            DataEntry => [
                "Enter the new period's values: type to overwrite, Enter to commit, paste a whole column at once.",
                "Vnesite vrednosti novega obdobja: tipkajte čez staro, Enter potrdi, prilepite lahko cel stolpec.",
                "Введите значения нового периода: печатайте поверх, Enter подтверждает, можно вставить целый столбец.",
            ],
            Analysis => [
                "Dynamic analysis: how has each indicator changed over time? Comparative analysis: how do the groups compare?",
                "Dinamična analiza: kako se je kazalnik spreminjal skozi čas? Primerjalna analiza: kako se primerjajo skupine?",
                "Динамический анализ: как менялся показатель во времени? Сопоставительный анализ: как соотносятся группы?",
            ],
            Decisions => [
                "Decide what to do about the gaps: each decision an action with an owner, a date and the indicator it should move.",
                "Odločite se, kaj storiti z vrzelmi: vsak sklep je dejavnost z nosilcem, rokom in kazalnikom, ki naj ga premakne.",
                "Решите, что делать с отставаниями: каждое решение — действие с ответственным, сроком и показателем.",
            ],
            Disseminate => [
                "Who else should learn what we found? Add to whom and where we pass it on: staff, parents, other schools, Skriti zaklad, the report to the expert council.",
                "Kdo naj še izve za naše ugotovitve? Dodajte, komu in kje jih predstavimo: kolektivu, staršem, drugim šolam, v Skritem zakladu, v poročilu strokovnemu svetu.",
                "Кто ещё должен узнать о наших выводах? Добавьте, кому и где их представим: коллективу, родителям, другим школам, в Skriti zaklad, в отчёте экспертному совету.",
            ],
            EverydayUse => [
                "What becomes everyday practice from now on, and who keeps it going? Write it under «Everyday use».",
                "Kaj od zdaj postane vsakdanja praksa in kdo bo skrbel zanjo? Zapišite pod «Uporaba v vsakdanji praksi».",
                "Что с этого момента становится повседневной практикой и кто её поддерживает? Запишите в «Использование в повседневной практике».",
            ],
            Minutes => [
                "Read the minutes back: are the decisions and owners right? Add a closing note, then finish the meeting.",
                "Preberite zapisnik: ali so sklepi in nosilci pravi? Dodajte zaključno opombo in končajte sestanek.",
                "Зачитайте протокол: верны ли решения и ответственные? Добавьте итоговую заметку и завершите заседание.",
            ],
        },
    )
}

pub fn log_kind(lang: Language, k: LogKind) -> &'static str {
    pick(
        lang,
        match k {
            LogKind::Step => ["step", "korak", "шаг"],
            LogKind::Item => ["card", "listek", "карточка"],
            LogKind::Vote => ["vote", "glas", "голос"],
            LogKind::Decision => ["decision", "sklep", "решение"],
            LogKind::Action => ["action", "dejavnost", "действие"],
            LogKind::Note => ["note", "opomba", "заметка"],
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_speaks_three_languages_and_stays_short() {
        for kind in SessionKind::ALL {
            for &step in kind.steps() {
                for lang in Language::ALL {
                    let title = step_title(lang, step);
                    let prompt = step_prompt(lang, step);
                    assert!(!title.is_empty() && !prompt.is_empty());
                    assert!(title.chars().count() <= 24, "{lang:?} {step:?}: {title}");
                    assert!(
                        prompt.chars().count() <= 180,
                        "{lang:?} {step:?}: a prompt is read out, keep it short"
                    );
                }
                assert_ne!(
                    step_prompt(Language::En, step),
                    step_prompt(Language::Sl, step)
                );
                assert_ne!(
                    step_prompt(Language::En, step),
                    step_prompt(Language::Ru, step)
                );
            }
        }
    }
}
