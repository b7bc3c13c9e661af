//! The strings themselves: English, Slovenian, Russian.

macro_rules! catalogue {
    ($($key:ident => $en:expr, $sl:expr, $ru:expr;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T { $($key),* }
        impl T {
            pub const ALL: &'static [T] = &[$(T::$key),*];
            pub fn texts(self) -> [&'static str; 3] {
                match self { $(T::$key => [$en, $sl, $ru]),* }
            }
        }
    };
}

macro_rules! plurals {
    ($($key:ident => [$($en:expr),*], [$($sl:expr),*], [$($ru:expr),*];)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum P { $($key),* }
        impl P {
            pub const ALL: &'static [P] = &[$(P::$key),*];
            /// English (one, other), Slovenian (one, two, few, other), Russian (one, few, many).
            pub fn forms(self) -> ([&'static str; 2], [&'static str; 4], [&'static str; 3]) {
                match self { $(P::$key => ([$($en),*], [$($sl),*], [$($ru),*])),* }
            }
        }
    };
}

plurals! {
    Members => ["{n} member", "{n} members"],
        ["{n} član", "{n} člana", "{n} člani", "{n} članov"],
        ["{n} участник", "{n} участника", "{n} участников"];
    Places => ["{n} place", "{n} places"],
        ["{n} mestu", "{n} mestih", "{n} mestih", "{n} mestih"],
        ["{n} месте", "{n} местах", "{n} местах"];
    Workshops => ["{n} workshop", "{n} workshops"],
        ["{n} delavnica", "{n} delavnici", "{n} delavnice", "{n} delavnic"],
        ["{n} семинар", "{n} семинара", "{n} семинаров"];
    Words => ["{n} word", "{n} words"],
        ["{n} beseda", "{n} besedi", "{n} besede", "{n} besed"],
        ["{n} слово", "{n} слова", "{n} слов"];
    QuestionMarks => ["{n} question mark", "{n} question marks"],
        ["{n} vprašaj", "{n} vprašaja", "{n} vprašaji", "{n} vprašajev"],
        ["{n} вопросительный знак", "{n} вопросительных знака", "{n} вопросительных знаков"];
    Items => ["{n} item", "{n} items"],
        ["{n} predlog", "{n} predloga", "{n} predlogi", "{n} predlogov"],
        ["{n} пункт", "{n} пункта", "{n} пунктов"];
    Dots => ["{n} dot", "{n} dots"],
        ["{n} pika", "{n} piki", "{n} pike", "{n} pik"],
        ["{n} точка", "{n} точки", "{n} точек"];
    Seconds => ["{n} second", "{n} seconds"],
        ["{n} sekunda", "{n} sekundi", "{n} sekunde", "{n} sekund"],
        ["{n} секунда", "{n} секунды", "{n} секунд"];
}

catalogue! {
    // Screens
    ScreenHome => "Home", "Začetek", "Начало";
    ScreenProject => "Project", "Projekt", "Проект";
    ScreenTeam => "Team", "Tim", "Команда";
    ScreenDiagnosis => "Diagnosis", "Diagnoza", "Диагностика";
    ScreenPlans => "Plans", "Načrta", "Планы";
    ScreenCycles => "Cycles", "Krogi", "Циклы";
    ScreenIndicators => "Indicators", "Kazalniki", "Показатели";
    ScreenSession => "Session", "Srečanje", "Встреча";
    // Status line
    Saved => "saved", "shranjeno", "сохранено";
    Unsaved => "unsaved", "ni shranjeno", "не сохранено";
    SavedAt => "saved {time}", "shranjeno ob {time}", "сохранено в {time}";
    NotSaved => "NOT SAVED: {why} (edits kept, retrying)", "NI SHRANJENO: {why} (spremembe ostanejo, poskušam znova)", "НЕ СОХРАНЕНО: {why} (изменения сохранены в памяти, повторяю)";
    ReadOnlyHeld => "read-only: open in {who}", "samo za branje: odprto pri {who}", "только чтение: открыто у {who}";
    ReadOnlyPlace => "read-only: this place cannot be written", "samo za branje: tu ni mogoče pisati", "только чтение: сюда нельзя записывать";
    ReadOnly => "read-only", "samo za branje", "только чтение";
    ReadOnlyPermission => "read-only: you may read this file but not change it", "samo za branje: datoteko lahko berete, spreminjati pa je ne morete", "только чтение: файл можно читать, но не изменять";
    ReadOnlyStale => "read-only: lock left by {who}", "samo za branje: zaklep je pustil {who}", "только чтение: блокировку оставил {who}";
    NoFile => "not saved to a file yet", "še ni shranjeno v datoteko", "ещё не сохранено в файл";
    // Messages
    NothingToUndo => "Nothing to undo.", "Ničesar ni za razveljaviti.", "Нечего отменять.";
    NothingToRedo => "Nothing to redo.", "Ničesar ni za ponoviti.", "Нечего повторять.";
    UndoneWhat => "Undone: {what}. Ctrl-Y redoes it.", "Razveljavljeno: {what}. Ctrl-Y to ponovi.", "Отменено: {what}. Ctrl-Y повторит.";
    UndoneWhatOn => "Undone on {screen}: {what}. Ctrl-Y redoes it.", "Razveljavljeno na zaslonu {screen}: {what}. Ctrl-Y to ponovi.", "Отменено на экране «{screen}»: {what}. Ctrl-Y повторит.";
    RedoneWhat => "Redone: {what}.", "Ponovljeno: {what}.", "Повторено: {what}.";
    RedoneWhatOn => "Redone on {screen}: {what}.", "Ponovljeno na zaslonu {screen}: {what}.", "Повторено на экране «{screen}»: {what}.";
    GoneMeanwhile => "Not saved: what this form was for was deleted meanwhile.", "Ni shranjeno: to, za kar je bil obrazec, je bilo medtem izbrisano.", "Не сохранено: то, для чего была эта форма, тем временем удалено.";
    UndoNoLonger => "That cannot be undone any more ({why}): what it touched was changed since. Ctrl-Z again goes further back.", "Tega ni več mogoče razveljaviti ({why}): to, česar se je dotikalo, je bilo medtem spremenjeno. Ponovni Ctrl-Z seže korak dlje nazaj.", "Это уже нельзя отменить ({why}): то, что оно затрагивало, с тех пор изменилось. Ещё один Ctrl-Z вернёт на шаг дальше.";
    RedoNoLonger => "That cannot be redone any more ({why}): what it touched was changed since.", "Tega ni več mogoče ponoviti ({why}): to, česar se je dotikalo, je bilo medtem spremenjeno.", "Это уже нельзя повторить ({why}): то, что оно затрагивало, с тех пор изменилось.";
    WhatCard => "a change to the project card", "sprememba projektne kartice", "изменение карточки проекта";
    WhatMember => "a change to the team", "sprememba projektne skupine", "изменение состава команды";
    WhatItem => "a change to a diagnosis item", "sprememba predloga v diagnozi", "изменение пункта диагностики";
    WhatCluster => "a change to a cluster", "sprememba sklopa", "изменение группы пунктов";
    WhatDots => "a change to the dots", "sprememba pik", "изменение голосов";
    WhatReveal => "showing or hiding the votes", "prikaz ali skritje glasov", "показ или скрытие голосов";
    WhatAction => "a change to a plan action", "sprememba dejavnosti v načrtu", "изменение действия плана";
    WhatCycle => "a change to a cycle", "sprememba kroga", "изменение цикла";
    WhatRegister => "a change to the indicator register", "sprememba seznama kazalnikov", "изменение перечня показателей";
    WhatValue => "a value in the entry grid", "vrednost v mreži za vnos", "значение в таблице ввода";
    WhatMeeting => "a change to a meeting", "sprememba srečanja", "изменение встречи";
    WhatStep => "a move between the meeting's steps", "premik med koraki srečanja", "переход между шагами встречи";
    WhatMinutes => "a line of the minutes", "vrstica zapisnika", "строка протокола";
    WhatRestored => "restoring the recovered work", "vrnitev obnovljenega dela", "возврат восстановленной работы";
    SavedNow => "Saved to {path}.", "Shranjeno v {path}.", "Сохранено в {path}.";
    Deleted => "Deleted {what}. Ctrl-Z brings it back.", "Izbrisano: {what}. Ctrl-Z ga vrne.", "Удалено: {what}. Ctrl-Z вернёт.";
    StillNamed => "{name} is still named in {places} (items, votes, actions, plans or sessions); reassign those first.",
        "{name} je še naveden v {places} (predlogi, glasovi, dejavnosti, načrti ali srečanja); najprej jih prerazporedite.",
        "{name} ещё упоминается в {places} (пункты, голоса, действия, планы или встречи); сначала переназначьте их.";
    IsReadOnly => "This workshop is open read-only; nothing can be changed.", "Ta delavnica je odprta samo za branje; ničesar ni mogoče spremeniti.", "Этот семинар открыт только для чтения; изменить ничего нельзя.";
    QuitAnyway => "Press Ctrl-Q again to quit anyway; a recovery copy will be written.", "Za izhod vseeno znova pritisnite Ctrl-Q; zapisana bo obnovitvena kopija.", "Нажмите Ctrl-Q ещё раз, чтобы всё равно выйти; будет записана копия для восстановления.";
    NotSavedTitle => "Not saved", "Ni shranjeno", "Не сохранено";
    Refused => "Not accepted: {why}", "Ni sprejeto: {why}", "Не принято: {why}";
    ThemeBroken => "Theme problem: {why}. Using the default theme.", "Težava s temo: {why}. Uporabljam privzeto temo.", "Проблема с темой: {why}. Используется тема по умолчанию.";
    ConfigBroken => "Configuration problem: {why}. Using defaults.", "Težava z nastavitvami: {why}. Uporabljam privzete.", "Проблема с настройками: {why}. Используются значения по умолчанию.";
    Enlarge => "Enlarge the window to at least {need} (now {have}).", "Povečajte okno na vsaj {need} (zdaj {have}).", "Увеличьте окно хотя бы до {need} (сейчас {have}).";
    // Home
    HomeWorkshops => "Workshops in {dir}", "Delavnice v {dir}", "Семинары в {dir}";
    HomeNone => "No workshops here yet.", "Tu še ni delavnic.", "Здесь пока нет семинаров.";
    HomeRecent => "Recent files", "Nedavne datoteke", "Недавние файлы";
    HomeNew => "New workshop…", "Nova delavnica …", "Новый семинар…";
    HomeSamples => "Open a sample", "Odpri primer", "Открыть пример";
    HomeIntro => "Choose a workshop and press Enter.", "Izberite delavnico in pritisnite Enter.", "Выберите семинар и нажмите Enter.";
    SampleProject => "Innovation project (Slovenian, illustrative)", "Inovacijski projekt (slovenski, ponazoritveni)", "Инновационный проект (на словенском, иллюстративный)";
    SampleMonitoring => "Quality monitoring (Russian, illustrative)", "Spremljanje kakovosti (rusko, ponazoritveno)", "Мониторинг качества (на русском, иллюстративный)";
    NewWorkshopTitle => "New workshop", "Nova delavnica", "Новый семинар";
    FieldFileName => "File name", "Ime datoteke", "Имя файла";
    FieldLanguage => "Language", "Jezik", "Язык";
    FileExists => "{path} already exists; choose another name.", "{path} že obstaja; izberite drugo ime.", "{path} уже существует; выберите другое имя.";
    CannotOpen => "This file cannot be opened", "Te datoteke ni mogoče odpreti", "Этот файл нельзя открыть";
    CannotOpenHint => "The file was left exactly as it is. Fix it in a text editor, or open another one.",
        "Datoteka je ostala nespremenjena. Popravite jo v urejevalniku besedil ali odprite drugo.",
        "Файл оставлен без изменений. Исправьте его в текстовом редакторе или откройте другой.";
    RecoveryTitle => "Recovered work", "Obnovljeno delo", "Восстановленная работа";
    RecoveryText => "premisli stopped without saving while this workshop was open. A recovery copy from {time} was kept: {path}",
        "premisli se je ustavil, ne da bi shranil, ko je bila ta delavnica odprta. Obnovitvena kopija z dne {time} je shranjena: {path}",
        "premisli остановился без сохранения, когда этот семинар был открыт. Копия для восстановления от {time} сохранена: {path}";
    Restored => "Recovered work restored; Ctrl-Z returns to the saved file.", "Obnovljeno delo je vrnjeno; Ctrl-Z vrne shranjeno datoteko.", "Работа восстановлена; Ctrl-Z вернёт сохранённый файл.";
    NothingToSave => "Nothing changed since the last save.", "Od zadnjega shranjevanja se ni nič spremenilo.", "С последнего сохранения ничего не изменилось.";
    ConflictTitle => "Changed by someone else", "Spremenil jo je nekdo drug", "Файл изменён кем-то другим";
    ConflictText => "{theirs} was changed outside premisli after you opened it (another program, a sync, a colleague). Nothing was overwritten: your version is saved as {mine}, and your work goes on there.",
        "Datoteka {theirs} je bila po odprtju spremenjena zunaj programa premisli (drug program, sinhronizacija, sodelavec). Nič ni bilo prepisano: vaša različica je shranjena kot {mine} in delo se nadaljuje v njej.",
        "Файл {theirs} был изменён вне premisli после того, как вы его открыли (другая программа, синхронизация, коллега). Ничего не перезаписано: ваша версия сохранена как {mine}, и работа продолжается в ней.";
    StaleTitle => "Lock left behind", "Zapuščen zaklep", "Оставленная блокировка";
    StaleText => "This workshop was open at {who} (since {since}), and that premisli is no longer running (it may have stopped or lost its connection). It is open read-only for now. If you are sure no one is working on it, take it over.",
        "Delavnica je bila odprta pri {who} (od {since}), a tisti premisli ne teče več (morda se je ustavil ali izgubil povezavo). Zdaj je odprta samo za branje. Če ste prepričani, da na njej nihče ne dela, jo prevzemite.",
        "Семинар был открыт у {who} (с {since}), но тот premisli больше не работает (возможно, он остановился или потерял связь). Сейчас семинар открыт только для чтения. Если вы уверены, что с ним никто не работает, возьмите его себе.";
    TakenOver => "The workshop is yours now; edits are saved as usual.", "Delavnica je zdaj vaša; spremembe se shranjujejo kot običajno.", "Семинар теперь ваш; изменения сохраняются как обычно.";
    CreateAskTitle => "New file?", "Nova datoteka?", "Новый файл?";
    CreateAskText => "{path} does not exist. Create a new workshop there?", "{path} ne obstaja. Ustvarim tam novo delavnico?", "{path} не существует. Создать там новый семинар?";
    RestoredAsFile => "The recovered work is in {path} again.", "Obnovljeno delo je spet v {path}.", "Восстановленная работа снова в {path}.";
    RecoveredFolderMissing => "The folder of {path} is not there (a USB stick not plugged in, a share not connected?). The recovered work stays in {copy} until it is back.",
        "Mape datoteke {path} ni (ključek USB ni vstavljen, mrežni disk ni povezan?). Obnovljeno delo ostane v {copy}, dokler se ne vrne.",
        "Папки файла {path} нет (флешка не вставлена, сетевой диск не подключён?). Восстановленная работа остаётся в {copy}, пока папка не вернётся.";
    HomeRecovered => "Recovered work, not yet restored", "Obnovljeno delo, še ni vrnjeno", "Восстановленная работа, ещё не возвращена";
    DuePast => "Saved. The due date {date} has passed, so the action is marked overdue.", "Shranjeno. Rok {date} je že mimo, zato je dejavnost označena kot zamujena.", "Сохранено. Срок {date} уже прошёл, поэтому действие отмечено как просроченное.";
    CellReplaced => "Replaced {old} with {new}; Ctrl-Z brings {old} back.", "{old} zamenjano z {new}; Ctrl-Z vrne {old}.", "{old} заменено на {new}; Ctrl-Z вернёт {old}.";
    GridLastRow => "That was the last indicator: Enter stays here.", "To je bil zadnji kazalnik: Enter ostane tu.", "Это был последний показатель: Enter остаётся здесь.";
    PasteTooBig => "Not pasted: {rows} rows × {cols} columns, but from here the grid has room for {room_rows} × {room_cols}. Nothing was written.",
        "Ni prilepljeno: {rows} vrstic × {cols} stolpcev, od tu pa je v mreži prostora za {room_rows} × {room_cols}. Nič ni bilo zapisano.",
        "Не вставлено: {rows} строк × {cols} столбцов, а отсюда в таблице есть место для {room_rows} × {room_cols}. Ничего не записано.";
    PasteBadLine => "Not pasted: line {line}: {why}. Nothing was written.", "Ni prilepljeno: vrstica {line}: {why}. Nič ni bilo zapisano.", "Не вставлено: строка {line}: {why}. Ничего не записано.";
    PasteDone => "Pasted {n} values; Ctrl-Z takes them all back.", "Prilepljenih vrednosti: {n}; Ctrl-Z jih vse vrne.", "Вставлено значений: {n}; Ctrl-Z отменит все.";
    PasteTooLong => "Not pasted: {n} characters, and this field takes {limit} at most. Nothing was changed.", "Ni prilepljeno: {n} znakov, to polje pa sprejme največ {limit}. Nič ni bilo spremenjeno.", "Не вставлено: {n} символов, а это поле вмещает не больше {limit}. Ничего не изменено.";
    // Help and hints
    HelpTitle => "Keys: {screen}", "Tipke: {screen}", "Клавиши: {screen}";
    HelpClose => "Esc, F1 or ? closes this help", "Esc, F1 ali ? zapre pomoč", "Esc, F1 или ? закрывает справку";
    HelpMore => "↓ more below · Esc closes", "↓ še več spodaj · Esc zapre", "↓ ниже есть ещё · Esc закрывает";
    Checklists => "Checklists", "Kontrolni seznami", "Контрольные списки";
    HelpGlobal => "Everywhere", "Povsod", "Везде";
    HelpInField => "While typing", "Med tipkanjem", "При вводе текста";
    HelpInGrid => "Typing a value in the entry grid (0…9 , . - start it; 23/118 for a share)", "Vpis vrednosti v mrežo (začnete z 0…9 , . -; delež kot 23/118)", "Ввод значения в таблицу (начинается с 0…9 , . -; долю — как 23/118)";
    KeyGridCommit => "write, go down", "zapiši, navzdol", "записать, вниз";
    KeyGridLeave => "leave the grid", "zapusti mrežo", "выйти из таблицы";
    KeyGridMove => "write the value and move", "zapiši vrednost in se premakni", "записать значение и перейти";
    KeyHelp => "help", "pomoč", "справка";
    KeyScreen => "switch screen", "zamenjaj zaslon", "сменить экран";
    KeyNextField => "next field", "naslednje polje", "следующее поле";
    KeyPrevField => "previous field", "prejšnje polje", "предыдущее поле";
    KeyMove => "move", "premik", "перемещение";
    KeyOpen => "open / edit / confirm", "odpri / uredi / potrdi", "открыть / изменить / подтвердить";
    KeyCancel => "cancel / back", "prekliči / nazaj", "отмена / назад";
    KeyAdd => "add", "dodaj", "добавить";
    KeyEdit => "edit", "uredi", "изменить";
    KeyDelete => "delete (undoable)", "izbriši (lahko razveljavite)", "удалить (можно отменить)";
    KeyToggle => "tick / change", "označi / spremeni", "отметить / изменить";
    KeyChoice => "previous / next choice", "prejšnja / naslednja izbira", "предыдущий / следующий вариант";
    KeyUndo => "undo", "razveljavi", "отменить";
    KeyRedo => "redo", "ponovi", "повторить";
    KeySave => "save now", "shrani zdaj", "сохранить сейчас";
    KeyQuit => "quit (saves first)", "izhod (najprej shrani)", "выход (с сохранением)";
    KeyCommit => "save the field", "shrani polje", "сохранить поле";
    KeySaveForm => "save the form", "shrani obrazec", "сохранить форму";
    KeyNewline => "new line (multi-line fields)", "nova vrstica (večvrstična polja)", "новая строка (многострочные поля)";
    KeyCursor => "move the cursor", "premakni kazalec", "переместить курсор";
    KeyLineEnds => "start / end of the line", "začetek / konec vrstice", "начало / конец строки";
    KeyDeleteChar => "delete before / after the cursor", "briši pred / za kazalcem", "удалить до / после курсора";
    KeyDeleteWord => "delete the word before the cursor", "briši besedo pred kazalcem", "удалить слово перед курсором";
    KeyBackHome => "back to the home screen (other workshops)", "nazaj na začetek (druge delavnice)", "назад на начальный экран (другие семинары)";
    KeyPageMove => "page up / down", "stran gor / dol", "страница вверх / вниз";
    KeyFirstLast => "first / last", "prvi / zadnji", "первый / последний";
    // Project card
    FieldTitle => "Title", "Naslov", "Название";
    FieldInstitution => "Institution", "Ustanova", "Учреждение";
    FieldSchoolYear => "School year", "Šolsko leto", "Учебный год";
    FieldArea => "Research area", "Raziskovalno področje", "Область исследования";
    FieldKind => "Kind", "Vrsta", "Вид";
    FieldGoal => "Common goal", "Skupni cilj", "Общая цель";
    FieldQuestion => "Research question", "Raziskovalno vprašanje", "Исследовательский вопрос";
    FieldLevel => "Innovation level", "Raven razvoja novosti", "Уровень инновации";
    FieldModel => "Action-research model", "Model raziskovanja", "Модель исследования-действия";
    Suggested => "{model} (suggested for level {level})", "{model} (predlagano za raven {level})", "{model} (предложено для уровня {level})";
    ChooseSuggested => "as suggested by the level", "kot predlaga raven", "как предлагает уровень";
    Empty => "(empty)", "(prazno)", "(пусто)";
    GoalChecksTitle => "A good goal…", "Dober cilj …", "Хорошая цель…";
    QuestionChecksTitle => "A good research question…", "Dobro raziskovalno vprašanje …", "Хороший исследовательский вопрос…";
    GoalMotivates => "motivates the researchers from within", "raziskovalce motivira od znotraj", "мотивирует исследователей изнутри";
    GoalMethodsFree => "leaves the choice of methods free", "pušča svobodno izbiro metod", "оставляет свободу выбора методов";
    GoalPlannable => "can be turned into a plan", "se da spremeniti v načrt", "может стать планом";
    GoalObservable => "can be checked and observed", "se da preveriti in opazovati", "поддаётся проверке и наблюдению";
    GoalGrowth => "drives growth to higher levels", "spodbuja rast na višje ravni", "ведёт к росту на более высокие уровни";
    QuestionSingle => "is one question", "je eno vprašanje", "это один вопрос";
    QuestionShort => "is short", "je kratko", "краткий";
    QuestionClear => "is clear", "je jasno", "ясный";
    QuestionWanted => "its answer is interesting and wanted", "njegov odgovor je zanimiv in zaželen", "ответ на него интересен и нужен";
    FlagEmpty => "not written yet", "še ni zapisano", "ещё не записано";
    FlagSeveral => "{marks}: one question at a time", "{marks}: eno vprašanje naenkrat", "{marks}: по одному вопросу за раз";
    FlagNoMark => "phrase it as a question", "zapišite ga kot vprašanje", "сформулируйте его как вопрос";
    FlagTooLong => "{words}; keep it under {limit}", "{words}; naj jih bo manj kot {limit}", "{words}; уложитесь в {limit}";
    FlagGoalQuestion => "a goal is a statement, not a question", "cilj je trditev, ne vprašanje", "цель — это утверждение, а не вопрос";
    ChecksTicked => "{done} of {all} ticked", "označeno {done} od {all}", "отмечено {done} из {all}";
    CalendarTitle => "Calendar of activities", "Koledar dejavnosti", "Календарь мероприятий";
    CalendarEmpty => "No activities yet: a adds one.", "Še ni dejavnosti: a doda prvo.", "Мероприятий пока нет: a добавит первое.";
    NewActivity => "New activity", "Nova dejavnost", "Новое мероприятие";
    EditActivity => "Edit activity", "Uredi dejavnost", "Изменить мероприятие";
    FieldWhat => "What", "Kaj", "Что";
    FieldDate => "Date (dd.mm.yyyy or yyyy-mm-dd)", "Datum (dd.mm.llll ali llll-mm-dd)", "Дата (дд.мм.гггг или гггг-мм-дд)";
    KeyAddActivity => "add an activity to the calendar", "dodaj dejavnost v koledar", "добавить мероприятие в календарь";
    KeyDeleteActivity => "delete the selected activity (undoable)", "izbriši izbrano dejavnost (lahko razveljavite)", "удалить выбранное мероприятие (можно отменить)";
    // Diagnosis
    Strengths => "STRENGTHS", "PREDNOSTI", "СИЛЬНЫЕ СТОРОНЫ";
    Weaknesses => "WEAKNESSES", "SLABOSTI", "СЛАБЫЕ СТОРОНЫ";
    TheGroup => "the group", "skupina", "группа";
    AuthorNow => "author: {who}", "avtor: {who}", "автор: {who}";
    VotesLeft => "{left} of {all} dots left", "ostalo {left} od {all} pik", "осталось {left} из {all} точек";
    VotesHidden => "dots hidden", "pike skrite", "точки скрыты";
    VotesShown => "dots revealed", "pike razkrite", "точки открыты";
    Anonymous => "authors hidden", "avtorji skriti", "авторы скрыты";
    ModeGroup => "whole group", "vsa skupina", "вся группа";
    ModeMember => "{who}'s items only", "samo predlogi: {who}", "только пункты: {who}";
    ModeSummary => "summary", "povzetek", "сводка";
    NoItems => "no items yet", "še ni predlogov", "пунктов пока нет";
    InPlan => "in plan", "v načrtu", "в плане";
    NewItem => "New item", "Nov predlog", "Новый пункт";
    EditItem => "Edit item", "Uredi predlog", "Изменить пункт";
    NewCluster => "New cluster of the marked items", "Nova skupina označenih predlogov", "Новая группа из отмеченных пунктов";
    EditCluster => "Edit cluster", "Uredi skupino", "Изменить группу";
    FieldText => "Text", "Besedilo", "Текст";
    FieldCategory => "Category", "Kategorija", "Категория";
    FieldAuthor => "Author", "Avtor", "Автор";
    MarkFirst => "Mark items with Space first, then press c.", "Najprej s preslednico označite predloge, nato pritisnite c.", "Сначала отметьте пункты пробелом, затем нажмите c.";
    OneCategoryPerCluster => "A cluster gathers items of one category.", "Skupina združuje predloge iste kategorije.", "Группа объединяет пункты одной категории.";
    GroupCannotVote => "The group has no dots: press n to choose a member.", "Skupina nima pik: z n izberite člana.", "У группы нет точек: нажмите n, чтобы выбрать участника.";
    VotesAlreadyPlaced => "Some members have already placed more dots than that.", "Nekateri člani so že postavili več pik.", "Некоторые участники уже поставили больше точек.";
    StillInPlan => "It is the origin of a plan action ({what}); delete that first.", "Iz njega izhaja dejavnost v načrtu ({what}); najprej izbrišite njo.", "Из него сделано действие плана ({what}); сначала удалите его.";
    AlreadyInPlan => "Already in a plan: {what}", "Že v načrtu: {what}", "Уже в плане: {what}";
    AddedToPlan => "Added to the {plan}: {what}", "Dodano v {plan}: {what}", "Добавлено в {plan}: {what}";
    SummaryCounts => "Items per category", "Predlogi po kategorijah", "Пункты по категориям";
    SummaryRanking => "Ranking by dots", "Razvrstitev po pikah", "Рейтинг по точкам";
    SummaryHiddenRanking => "The ranking appears once the dots are revealed (r).", "Razvrstitev se pokaže, ko razkrijete pike (r).", "Рейтинг появится, когда точки будут открыты (r).";
    SummaryVotes => "Dots per member: {n} (+/- to change)", "Pik na člana: {n} (+/- spremeni)", "Точек на участника: {n} (+/- изменить)";
    SummaryVoters => "Dots placed", "Postavljene pike", "Поставленные точки";
    KeyAddItem => "add an item (to the selected category)", "dodaj predlog (v izbrano kategorijo)", "добавить пункт (в выбранную категорию)";
    KeyNextAuthor => "next author / voter (round-robin)", "naslednji avtor / glasovalec (po vrsti)", "следующий автор / голосующий (по кругу)";
    KeyPrevAuthor => "previous author / voter", "prejšnji avtor / glasovalec", "предыдущий автор / голосующий";
    KeyMoveCategory => "move to another category", "premakni v drugo kategorijo", "перенести в другую категорию";
    KeyMark => "mark for a cluster", "označi za skupino", "отметить для группы";
    KeyCluster => "cluster the marked items (or add them to the selected cluster)", "združi označene (ali jih dodaj izbrani skupini)", "объединить отмеченные (или добавить в выбранную группу)";
    KeyUnmerge => "un-merge (dissolve a cluster, or take an item out)", "razdruži (razpusti skupino ali izvzemi predlog)", "разъединить (распустить группу или вынуть пункт)";
    KeyVote => "a dot from the current voter", "pika trenutnega glasovalca", "точка от текущего голосующего";
    KeyUnvote => "take the dot back", "vzemi piko nazaj", "забрать точку";
    RoomJoinLine => "Join: ssh join@{host} -p {port} (the board: ssh board@{host} -p {port})", "Pridružite se: ssh join@{host} -p {port} (tabla: ssh board@{host} -p {port})", "Подключиться: ssh join@{host} -p {port} (доска: ssh board@{host} -p {port})";
    RoomCodeLine => "Room code: {code}", "Koda sobe: {code}", "Код комнаты: {code}";
    RoomKeyLine => "Host key: {key}", "Ključ strežnika: {key}", "Ключ сервера: {key}";
    RoomNone => "This console serves no room (start one with premisli serve FILE).", "Ta konzola ne streže sobe (zaženete jo s premisli serve DATOTEKA).", "Эта консоль не обслуживает комнату (запуск: premisli serve ФАЙЛ).";
    RoomRemoved => "{name} was sent out of the room.", "{name} je zapustil/-a sobo.", "{name} выведен(а) из комнаты.";
    RoomYouWereRemoved => "The facilitator sent you out of the room; what you added stays.", "Vodja srečanja vas je poslal/-a iz sobe; kar ste dodali, ostane.", "Ведущий вывел вас из комнаты; всё, что вы добавили, сохранено.";
    RoomClosedHere => "The room is closed: everyone was sent out, no one can come in.", "Soba je zaprta: vsi so jo zapustili, nihče več ne more vstopiti.", "Комната закрыта: все вышли, войти больше нельзя.";
    RoomPanelTitle => "Room", "Soba", "Комната";
    RoomNobody => "No one has joined yet.", "Nihče se še ni pridružil.", "Пока никто не подключился.";
    RoomPeople => "Connected: {n}", "Povezani: {n}", "Подключены: {n}";
    RoomRoleBoard => "board", "tabla", "доска";
    RoomRoleParticipant => "participant", "udeleženec", "участник";
    RoomRoleFacilitator => "facilitator", "vodja srečanja", "ведущий";
    RoomStatus => "room {code} · {n} in (F6)", "soba {code} · notri {n} (F6)", "комната {code} · в ней {n} (F6)";
    RoomCloseAsk => "Close the room? Everyone connected is sent out and no one can come in; the console goes on.", "Zaprem sobo? Vsi povezani jo zapustijo in nihče več ne more vstopiti; konzola dela naprej.", "Закрыть комнату? Все подключённые выйдут, войти будет нельзя; консоль продолжит работу.";
    KeyRoomPanel => "the room: who is in, the code (while serving)", "soba: kdo je notri, koda (med streženjem)", "комната: кто подключён, код (во время работы комнаты)";
    KeyRoomRemove => "send the selected person out", "izbrano osebo pošlji iz sobe", "вывести выбранного из комнаты";
    KeyCloseRoom => "close the room", "zapri sobo", "закрыть комнату";
    KeyCloseRoomYes => "close it", "zapri", "закрыть";
    KeyKeepOpen => "keep it open", "pusti odprto", "оставить открытой";
    KeyAnotherCategory => "another category", "druga kategorija", "другая категория";
    KeyAddCard => "add the card", "dodaj predlog", "добавить пункт";
    RoomFault => "Your session met an internal error and ended; the room goes on: join again.", "Vaša seja je naletela na notranjo napako in se je končala; soba teče naprej: pridružite se znova.", "Ваш сеанс завершился из-за внутренней ошибки; комната продолжает работу: подключитесь снова.";
    CardAdded => "Added under {category}.", "Dodano pod {category}.", "Добавлено: {category}.";
    RoomAddCard => "a: add a card", "a: dodajte predlog", "a: добавить пункт";
    RoomFollowing => "You follow the facilitator", "Sledite vodji srečanja", "Вы следите за ведущим";
    RoomWhoAreYou => "Who are you?", "Kdo ste?", "Кто вы?";
    RoomNoTeam => "The team has no members yet: ask the facilitator to add you.", "Projektna skupina še nima članov: prosite vodjo srečanja, naj vas doda.", "В команде ещё нет участников: попросите ведущего добавить вас.";
    RoomPickKeys => "↑/↓ choose · Enter that's me · q leave", "↑/↓ izberite · Enter to sem jaz · q odidite", "↑/↓ выбрать · Enter это я · q выйти";
    RoomClosed => "The room has closed. Thank you!", "Soba je zaprta. Hvala!", "Комната закрыта. Спасибо!";
    RoomBye => "You left the room; what you added stays.", "Zapustili ste sobo; kar ste dodali, ostane.", "Вы вышли из комнаты; всё, что вы добавили, сохранено.";
    HelpInOverlays => "In messages and questions", "V sporočilih in vprašanjih", "В сообщениях и вопросах";
    HelpInHelp => "In this help", "V tej pomoči", "В этой справке";
    KeyScrollHelp => "scroll", "premikaj", "прокрутка";
    KeyCloseHelp => "close the help", "zapri pomoč", "закрыть справку";
    KeyClose => "close", "zapri", "закрыть";
    KeyRestore => "restore it", "obnovi", "восстановить";
    KeyDiscard => "discard it", "zavrzi", "удалить";
    KeyDecideLater => "decide later", "odloči pozneje", "решить позже";
    KeyOpenTheirs => "open the changed file", "odpri spremenjeno datoteko", "открыть изменённый файл";
    KeyGoOnWithYours => "go on with yours", "nadaljuj z vašo", "продолжить со своим";
    KeyTakeOver => "take it over", "prevzemi", "взять себе";
    KeyStayReadOnly => "stay read-only", "ostani samo za branje", "остаться в режиме чтения";
    KeyCreate => "create it", "ustvari", "создать";
    KeyBack => "back", "nazaj", "назад";
    KeyReplace => "replace it", "zamenjaj", "заменить";
    KeyKeepIt => "keep it", "obdrži", "оставить";
    KeyPresence => "mark present / absent", "označi prisotnost", "отметить присутствие";
    HelpInSummary => "In the summary view (v)", "V povzetku (v)", "В сводке (v)";
    KeyDotsMore => "one dot more for each member", "vsak član ima piko več", "каждому участнику на одну точку больше";
    KeyDotsFewer => "one dot fewer for each member", "vsak član ima piko manj", "каждому участнику на одну точку меньше";
    KeyReveal => "reveal / hide the dots", "razkrij / skrij pike", "открыть / скрыть точки";
    KeyAnonymous => "hide / show authors", "skrij / pokaži avtorje", "скрыть / показать авторов";
    KeyViewMode => "view: group / one member / summary", "pogled: skupina / en član / povzetek", "вид: группа / один участник / сводка";
    KeyToPlan => "turn into a plan action", "spremeni v dejavnost načrta", "превратить в действие плана";
    // Plans
    PlanPrevention => "Prevention plan", "Načrt preventive", "План профилактики";
    PlanCurative => "Curative plan", "Načrt kurative", "Коррекционный план";
    PlanPreventionHint => "from strengths: enrich or open the curriculum", "iz prednosti: obogatiti ali odpreti kurikul", "из сильных сторон: обогатить или открыть программу";
    PlanCurativeHint => "from weaknesses: improve the curriculum as implemented", "iz slabosti: izboljšati izvedbeni kurikul", "из слабых сторон: улучшить реализуемую программу";
    PlanEmpty => "No actions yet: a adds one, or p on the diagnosis board.", "Še ni dejavnosti: a doda novo, ali p na diagnozi.", "Действий пока нет: a добавит, или p на доске диагностики.";
    PlanNoneShown => "No action matches the filter.", "Nobena dejavnost ne ustreza filtru.", "Ни одно действие не подходит под фильтр.";
    NewAction => "New action", "Nova dejavnost", "Новое действие";
    EditAction => "Edit action", "Uredi dejavnost", "Изменить действие";
    FieldWho => "Who", "Kdo", "Кто";
    FieldDue => "Due (dd.mm.yyyy or yyyy-mm-dd; empty: none)", "Rok (dd.mm.llll ali llll-mm-dd; prazno: brez)", "Срок (дд.мм.гггг или гггг-мм-дд; пусто: без срока)";
    FieldStatus => "Status", "Stanje", "Статус";
    FieldIndicator => "Linked indicator", "Povezani kazalnik", "Связанный показатель";
    Nobody => "nobody yet", "še nihče", "пока никто";
    Nothing => "none", "brez", "нет";
    Overdue => "overdue", "zamuja", "просрочено";
    Origin => "From the diagnosis: {what}", "Iz diagnoze: {what}", "Из диагностики: {what}";
    StepsTitle => "Five problem-solving steps", "Pet korakov reševanja problema", "Пять шагов решения проблемы";
    StepsFilled => "{n} of 5 problem-solving steps written (s)", "zapisanih {n} od 5 korakov (s)", "записано {n} из 5 шагов (s)";
    StepDefine => "1 Define the problem", "1 Opredeli problem", "1 Определить проблему";
    StepCause => "2 Find its cause", "2 Poišči vzrok", "2 Найти причину";
    StepRemedies => "3 Develop remedies", "3 Razvij rešitve", "3 Разработать средства";
    StepIntroduce => "4 Introduce the remedy", "4 Uvedi rešitev", "4 Внедрить средство";
    StepMeasure => "5 Measure success", "5 Izmeri uspeh", "5 Измерить успех";
    SortLabel => "sort: {how}", "razvrsti: {how}", "сортировка: {how}";
    FilterLabel => "filter: {what}", "filter: {what}", "фильтр: {what}";
    SortEntered => "as entered", "po vnosu", "по вводу";
    SortDue => "due date", "rok", "срок";
    SortOwner => "owner", "nosilec", "ответственный";
    SortStatus => "status", "stanje", "статус";
    FilterAll => "all", "vse", "все";
    FilterOpen => "open", "odprte", "открытые";
    FilterOverdue => "overdue", "zamujene", "просроченные";
    FilterClosed => "done or dropped", "končane ali opuščene", "выполненные или отменённые";
    ActionStillLinked => "This action is linked from elsewhere (a disruption or a carried-over action).", "Na to dejavnost se sklicuje drug zapis (motnja ali prenesena dejavnost).", "На это действие ссылается другая запись (нарушение или перенесённое действие).";
    KeyStatus => "next status", "naslednje stanje", "следующий статус";
    KeySteps => "the five problem-solving steps", "pet korakov reševanja problema", "пять шагов решения проблемы";
    KeySort => "sort: entered / due / owner / status", "razvrsti: vnos / rok / nosilec / stanje", "сортировка: ввод / срок / ответственный / статус";
    KeyFilter => "filter: all / open / overdue / closed / by owner", "filter: vse / odprte / zamujene / zaprte / po nosilcu", "фильтр: все / открытые / просроченные / закрытые / по ответственному";
    KeyPane => "other plan", "drugi načrt", "другой план";
    // Spiral
    SpiralTitle => "Action spiral", "Akcijska spirala", "Спираль исследования-действия";
    SpiralNow => "now: {cycle} · {phase}", "zdaj: {cycle} · {phase}", "сейчас: {cycle} · {phase}";
    SpiralAllDone => "all cycles evaluated", "vsi krogi ovrednoteni", "все циклы оценены";
    SpiralEarlier => "earlier cycles not drawn (too little room): {n}", "prejšnji krogi, ki niso narisani (premalo prostora): {n}", "не показано более ранних циклов (мало места): {n}";
    SpiralLater => "later cycles not drawn: {n}", "poznejši krogi, ki niso narisani: {n}", "не показано более поздних циклов: {n}";
    SpiralNone => "No cycles yet.", "Še ni krogov.", "Циклов пока нет.";
    // Cycles
    CycleName => "Cycle {n}", "{n}. krog", "Цикл {n}";
    NewCycle => "New cycle", "Nov krog", "Новый цикл";
    EditCycle => "Edit cycle", "Uredi krog", "Изменить цикл";
    FieldStart => "Start (dd.mm.yyyy or yyyy-mm-dd)", "Začetek (dd.mm.llll ali llll-mm-dd)", "Начало (дд.мм.гггг или гггг-мм-дд)";
    FieldEnd => "End", "Konec", "Конец";
    FieldStartOptional => "Started (date, or empty)", "Začeto (datum ali prazno)", "Начато (дата или пусто)";
    FieldEndOptional => "Finished (date, or empty)", "Končano (datum ali prazno)", "Закончено (дата или пусто)";
    FieldTier => "Goal on the spiral", "Cilj na spirali", "Цель на спирали";
    FieldCycleGoal => "Goal of the cycle", "Cilj kroga", "Цель цикла";
    EditPhase => "Phase", "Faza", "Фаза";
    FieldNotes => "Notes", "Zapiski", "Заметки";
    SecondWorkshop => "Second reflection workshop", "Druga premišljevalnica", "Второй рефлексивный семинар";
    FieldDataCollected => "Data collected", "Zbrani podatki", "Собранные данные";
    FieldInterpretation => "Interpretation", "Interpretacija", "Интерпретация";
    FieldFindings => "Findings", "Ugotovitve", "Выводы";
    FieldReflection => "Reflection", "Refleksija", "Рефлексия";
    FieldEvaluation => "Evaluation (the next cycle starts from it)", "Vrednotenje (iz njega začne naslednji krog)", "Оценка (с неё начинается следующий цикл)";
    NewSource => "New data source", "Nov vir podatkov", "Новый источник данных";
    FieldDescription => "Description", "Opis", "Описание";
    FieldSourceKind => "Kind", "Vrsta", "Вид";
    NewDisruption => "New disruption", "Nova motnja", "Новое нарушение";
    YearPlanned => "Three cycles planned for {year}; edit their dates with e.", "Za {year} so načrtovani trije krogi; datume uredite z e.", "На {year} запланированы три цикла; даты меняются клавишей e.";
    CycleStillLinked => "Other records point to this cycle (actions, sessions, a following cycle).", "Na ta krog se sklicujejo drugi zapisi (dejavnosti, srečanja, naslednji krog).", "На этот цикл ссылаются другие записи (действия, встречи, следующий цикл).";
    NoNextCycle => "There is no next cycle yet: f starts one from this cycle's evaluation.", "Naslednjega kroga še ni: f ga začne iz vrednotenja tega kroga.", "Следующего цикла ещё нет: f начнёт его с оценки этого цикла.";
    NoPreviousCycle => "This is the first cycle.", "To je prvi krog.", "Это первый цикл.";
    NoRemediesPending => "Every disruption's remedy is already planned.", "Rešitve vseh motenj so že v načrtu.", "Средства от всех нарушений уже в плане.";
    RemediesPlanned => "{n} remedies planned as curative actions in {cycle}.", "{n} rešitev je v načrtu kurative za {cycle}.", "{n} средств внесено в коррекционный план для {cycle}.";
    NothingToCarry => "No open actions in the previous cycle.", "V prejšnjem krogu ni odprtih dejavnosti.", "В предыдущем цикле нет открытых действий.";
    CarriedOver => "{n} open actions carried over.", "Prenesenih odprtih dejavnosti: {n}.", "Перенесено открытых действий: {n}.";
    CyclesEmpty => "No cycles yet: y plans three for the school year, a adds one.", "Še ni krogov: y načrtuje tri za šolsko leto, a doda enega.", "Циклов пока нет: y запланирует три на учебный год, a добавит один.";
    Triangulated => "{kinds} kinds of data: triangulated", "vrst podatkov: {kinds}, triangulirano", "видов данных: {kinds}, триангуляция есть";
    NotTriangulated => "{kinds} kind(s) of data only: triangulation needs at least 3", "le {kinds} vrst(e) podatkov: za triangulacijo so potrebne vsaj 3", "всего {kinds} вид(а) данных: для триангуляции нужно не меньше 3";
    DataSources => "Data", "Podatki", "Данные";
    Disruptions => "Disruptions", "Motnje", "Нарушения";
    RemedyPlanned => "remedy planned", "rešitev v načrtu", "средство в плане";
    Follows => "follows {cycle}", "sledi krogu {cycle}", "следует за {cycle}";
    PitfallsTitle => "Cycle review: known pitfalls (Space ticks)", "Pregled kroga: znane pasti (preslednica označi)", "Обзор цикла: известные ловушки (пробел отмечает)";
    PitfallsTicked => "Pitfalls met in this cycle", "Pasti v tem krogu", "Ловушки в этом цикле";
    KeyPitfalls => "cycle review: tick the known pitfalls", "pregled kroga: označi znane pasti", "обзор цикла: отметить известные ловушки";
    KeyRemoveSource => "remove the last data source (undoable)", "odstrani zadnji vir podatkov (lahko razveljavite)", "удалить последний источник данных (можно отменить)";
    KeyRemoveDisruption => "remove the last disruption (undoable)", "odstrani zadnjo motnjo (lahko razveljavite)", "удалить последнее нарушение (можно отменить)";
    DisruptionPlanned => "Its remedy is already an action; delete that action first.", "Njena rešitev je že dejavnost; najprej izbrišite njo.", "Её средство уже стало действием; сначала удалите его.";
    KeyAddCycle => "add a cycle", "dodaj krog", "добавить цикл";
    KeyPlanYear => "plan the year (three cycles)", "načrtuj leto (tri kroge)", "спланировать год (три цикла)";
    KeyEditCycle => "edit the cycle (name, period, goal)", "uredi krog (ime, obdobje, cilj)", "изменить цикл (название, период, цель)";
    KeyPhaseNotes => "the selected phase: notes, status, dates", "izbrana faza: zapiski, stanje, datumi", "выбранная фаза: заметки, статус, даты";
    KeyPhaseStatus => "move the phase on", "premakni fazo naprej", "продвинуть фазу";
    KeyPhase => "previous / next phase", "prejšnja / naslednja faza", "предыдущая / следующая фаза";
    KeyWorkshop => "second reflection workshop: data, interpretation, evaluation", "druga premišljevalnica: podatki, interpretacija, vrednotenje", "второй рефлексивный семинар: данные, интерпретация, оценка";
    KeyAddSource => "add a data source", "dodaj vir podatkov", "добавить источник данных";
    KeyAddDisruption => "add a disruption with the five steps", "dodaj motnjo s petimi koraki", "добавить нарушение с пятью шагами";
    KeyRemedies => "remedies into the next cycle's plan", "rešitve v načrt naslednjega kroga", "средства в план следующего цикла";
    KeyFollowUp => "new cycle from this evaluation", "nov krog iz tega vrednotenja", "новый цикл с этой оценки";
    KeyCarryOver => "carry over the previous cycle's open actions", "prenesi odprte dejavnosti prejšnjega kroga", "перенести открытые действия предыдущего цикла";
    // Dashboard
    DashTitle => "Quality indicators", "Kazalniki kakovosti", "Показатели качества";
    DashLatest => "latest", "zadnja", "факт";
    DashTarget => "target", "cilj", "цель";
    DashGap => "gap", "razlika", "разрыв";
    DashTrend => "trend", "trend", "динамика";
    DashEmpty => "No indicators yet.", "Še ni kazalnikov.", "Показателей пока нет.";
    WholeSchool => "whole school", "vsa šola", "вся школа";
    OnTarget => "on target", "dosega cilj", "цель достигнута";
    Close => "close", "blizu", "близко";
    Off => "off target", "pod ciljem", "ниже цели";
    NoData => "no data", "ni podatkov", "нет данных";
    Yes => "yes", "da", "да";
    No => "no", "ne", "нет";
    GridTitle => "Entry · {group}", "Vnos · {group}", "Ввод · {group}";
    GridHint => "Value + Enter · share: 23/118 · empty clears · paste a block · Esc leaves", "Vrednost + Enter · delež: 23/118 · prazno izbriše · prilepite blok · Esc izhod", "Значение + Enter · доля: 23/118 · пусто стирает · вставка блока · Esc выход";
    SortGap => "largest gap first", "največja razlika najprej", "сначала наибольший разрыв";
    SortName => "by name", "po imenu", "по названию";
    SortRegister => "as registered", "po vnosu", "как в реестре";
    AllCriteria => "all criteria", "vsa merila", "все критерии";
    PlanObject => "Object", "Predmet", "Объект";
    PlanResponsible => "Responsible", "Odgovoren", "Ответственный";
    PlanMethod => "Method", "Metoda", "Метод";
    ByGroup => "Groups side by side (latest)", "Skupine druga ob drugi (zadnje)", "Группы рядом (последние)";
    KeyOpenGrid => "open the entry grid / edit the cell", "odpri vnosno mrežo / uredi celico", "открыть таблицу ввода / изменить ячейку";
    KeyGridView => "dashboard / entry grid", "pregled / vnosna mreža", "панель / таблица ввода";
    KeyGroup => "group: whole school or one group", "skupina: vsa šola ali ena skupina", "группа: вся школа или одна группа";
    KeySortIndicators => "sort: register / gap / name", "razvrsti: vnos / razlika / ime", "сортировка: реестр / разрыв / название";
    KeyFilterCriterion => "one criterion / all", "eno merilo / vsa", "один критерий / все";
    KeyClearCell => "clear the cell (no value)", "izprazni celico (brez vrednosti)", "очистить ячейку (нет значения)";
    KeyCellMove => "previous / next period", "prejšnje / naslednje obdobje", "предыдущий / следующий период";
    KeyGridBack => "back to the dashboard (or home)", "nazaj na pregled (ali začetek)", "назад к панели (или на начальный экран)";
    NewPeriod => "New period", "Novo obdobje", "Новый период";
    NewGroup => "New group", "Nova skupina", "Новая группа";
    NewCriterion => "New criterion", "Novo merilo", "Новый критерий";
    NewIndicator => "New indicator", "Nov kazalnik", "Новый показатель";
    EditIndicator => "Indicator and its monitoring plan", "Kazalnik in njegov načrt spremljanja", "Показатель и его план мониторинга";
    FieldLabel => "Label (e.g. 1st term)", "Oznaka (npr. 1. ocenjevalno obdobje)", "Название (например, I четверть)";
    FieldUnit => "Unit", "Enota", "Единица";
    FieldDirection => "Better when", "Bolje, ko je", "Лучше, когда";
    FieldReference => "Reference level (target; empty: none)", "Referenčni nivo (cilj; prazno: brez)", "Целевой уровень (пусто: нет)";
    FieldObject => "Object of monitoring", "Predmet spremljanja", "Объект мониторинга";
    FieldPeriodicity => "How often", "Kako pogosto", "Периодичность";
    FieldResponsible => "Responsible (a team member, or type a name below)", "Odgovoren (član tima ali spodaj vpišite ime)", "Ответственный (участник команды или имя ниже)";
    FieldResponsibleName => "…or someone outside the team", "… ali nekdo zunaj tima", "…или кто-то вне команды";
    FieldMethod => "Method", "Metoda", "Метод";
    FieldSource => "Data source", "Vir podatkov", "Источник данных";
    NoCriterion => "Add a criterion first (c).", "Najprej dodajte merilo (c).", "Сначала добавьте критерий (c).";
    KeyAddIndicator => "add an indicator (to the selected criterion)", "dodaj kazalnik (izbranemu merilu)", "добавить показатель (в выбранный критерий)";
    KeyEditIndicator => "edit the indicator and its monitoring plan", "uredi kazalnik in načrt spremljanja", "изменить показатель и план мониторинга";
    KeyAddCriterion => "add a criterion", "dodaj merilo", "добавить критерий";
    KeyAddPeriod => "add a period", "dodaj obdobje", "добавить период";
    KeyAddGroup => "add a group (class, year group)", "dodaj skupino (oddelek, letnik)", "добавить группу (класс, параллель)";
    CloseWithin => "close: within {n} %", "blizu: do {n} %", "близко: в пределах {n} %";
    KeyThresholdUp => "widen 'close' by 5 %", "razširi »blizu« za 5 %", "расширить «близко» на 5 %";
    KeyThresholdDown => "narrow 'close' by 5 %", "zoži »blizu« za 5 %", "сузить «близко» на 5 %";
    SameTermAcrossYears => "Same period across years", "Isto obdobje po letih", "Тот же период по годам";
    // Session
    KeyNextStep => "step done / go to step", "korak opravljen / na korak", "шаг выполнен / к шагу";
    KeyWorkInStep => "work in the step", "delo v koraku", "работа в шаге";
    KeyBackToSteps => "back to the steps", "nazaj na korake", "назад к шагам";
    KeyNewSession => "new meeting", "novo srečanje", "новая встреча";
    KeyEditSession => "edit the meeting", "uredi srečanje", "изменить встречу";
    KeyDeleteSession => "delete the meeting", "izbriši srečanje", "удалить встречу";
    KeySessionSwitch => "previous / next meeting", "prejšnje / naslednje srečanje", "предыдущая / следующая встреча";
    KeyMinutes => "minutes in full", "cel zapisnik", "протокол целиком";
    KeyNote => "note or decision", "opomba ali sklep", "заметка или решение";
    KeyTimer => "step timer", "časovnik koraka", "таймер шага";
    KeyProjector => "projector mode", "projektor", "режим проектора";
    KeyScrollMinutes => "scroll the minutes", "premik po zapisniku", "прокрутка протокола";
    SessionNone => "No meeting yet. a starts one (the first reflection workshop unless you choose another).",
        "Srečanja še ni. a ga začne (prva premišljevalnica, razen če izberete drugo).",
        "Встреч пока нет. a начинает встречу (первый рефлексивный семинар, если не выбрать другую).";
    SessionSteps => "Steps", "Koraki", "Шаги";
    SessionMinutes => "Minutes", "Zapisnik", "Протокол";
    SessionMinutesEmpty => "Nothing recorded yet.", "Zapisanega še ni nič.", "Пока ничего не записано.";
    SessionStepOf => "step {n} of {total}", "korak {n} od {total}", "шаг {n} из {total}";
    SessionLooking => "looking at step {n}; the marker stays on step {at} (Enter moves it here)",
        "ogled koraka {n}; oznaka ostane na koraku {at} (Enter jo premakne sem)",
        "просмотр шага {n}; метка остаётся на шаге {at} (Enter переносит её сюда)";
    SessionDone => "Finished · {time} in all", "Končano · skupaj {time}", "Завершено · всего {time}";
    SessionDoneHint => "Every step is done. Enter on a step reopens it; a starts another meeting.",
        "Vsi koraki so opravljeni. Enter na koraku ga ponovno odpre; a začne novo srečanje.",
        "Все шаги выполнены. Enter на шаге открывает его снова; a начинает новую встречу.";
    SessionEnterHint => "Tab: work in the step · Enter: step done", "Tab: delo v koraku · Enter: korak opravljen", "Tab: работа в шаге · Enter: шаг выполнен";
    SessionInputHint => "Esc: back to the steps", "Esc: nazaj na korake", "Esc: назад к шагам";
    SessionPresent => "present: {n} of {total}", "prisotni: {n} od {total}", "присутствуют: {n} из {total}";
    SessionHeld => "{kind} · {date}", "{kind} · {date}", "{kind} · {date}";
    SessionOf => "meeting {n} of {total}", "srečanje {n} od {total}", "встреча {n} из {total}";
    SessionNoCycle => "This meeting is about a cycle; none is planned yet (screen 5).",
        "To srečanje je o akcijskem krogu; noben še ni načrtovan (zaslon 5).",
        "Эта встреча посвящена циклу; ни один ещё не запланирован (экран 5).";
    NewSession => "New meeting", "Novo srečanje", "Новая встреча";
    EditSession => "Meeting", "Srečanje", "Встреча";
    NewNote => "Into the minutes", "V zapisnik", "В протокол";
    FieldSessionKind => "Meeting", "Srečanje", "Встреча";
    FieldFacilitator => "Facilitator", "Vodja srečanja", "Ведущий";
    FieldCycle => "Cycle", "Akcijski krog", "Цикл";
    NoCycle => "none", "brez", "нет";
    TimerRunning => "Timer running: {left}.", "Časovnik teče: {left}.", "Таймер идёт: {left}.";
    TimerPaused => "Timer paused: {spent} on this step.", "Časovnik ustavljen: {spent} na tem koraku.", "Таймер на паузе: {spent} на этом шаге.";
    TimerNoSession => "No meeting to time: start one on screen 7.", "Ni srečanja za merjenje časa: začnite ga na zaslonu 7.", "Нечего засекать: начните встречу на экране 7.";
    TimeLeft => "left", "še", "осталось";
    TimeOver => "over", "čez", "сверх";
    TimePaused => "paused", "ustavljeno", "пауза";
    ProjectorOn => "Projector mode: F5 returns.", "Način projektorja: F5 vrne nazaj.", "Режим проектора: F5 — обратно.";
    LogStarted => "Meeting started: {kind}", "Začetek srečanja: {kind}", "Начало встречи: {kind}";
    LogFinished => "Meeting finished", "Konec srečanja", "Встреча завершена";
    LogReveal => "Votes revealed: {top}", "Glasovi razkriti: {top}", "Голоса открыты: {top}";
    LogHidden => "Votes hidden again", "Glasovi znova skriti", "Голоса снова скрыты";
    LogJoined => "Joined the team: {name}", "Pridružil(a) se je timu: {name}", "В команде: {name}";
    LogAbsent => "Absent: {name}", "Odsoten/-na: {name}", "Отсутствует: {name}";
    LogPresent => "Present after all: {name}", "Vseeno prisoten/-na: {name}", "Всё же присутствует: {name}";
    LogQuestion => "Research question: {text}", "Raziskovalno vprašanje: {text}", "Исследовательский вопрос: {text}";
    LogGoal => "Goal: {text}", "Cilj: {text}", "Цель: {text}";
    LogDisruption => "Disruption: {text}", "Motnja: {text}", "Затруднение: {text}";
    LogCluster => "Cluster: {text}", "Skupina: {text}", "Группа: {text}";
    LogActionDone => "Done: {text}", "Opravljeno: {text}", "Выполнено: {text}";
    LogCycle => "Cycle planned: {text}", "Načrtovan krog: {text}", "Запланирован цикл: {text}";
    LogMerged => "{n} in a row", "{n} zapored", "{n} подряд";
    // Report
    ScreenReport => "Report", "Poročilo", "Отчёт";
    ReportInterim => "Interim report", "Vmesno poročilo", "Промежуточный отчёт";
    ReportAnnual => "Annual report", "Letno poročilo", "Годовой отчёт";
    ReportMade => "Made on {date} with premisli.", "Pripravljeno {date} s programom premisli.", "Подготовлено {date} в premisli.";
    ReportCard => "Project card", "Kartica projekta", "Карточка проекта";
    ReportCalendar => "Calendar of activities", "Koledar dejavnosti", "Календарь мероприятий";
    ReportDone => "done", "opravljeno", "сделано";
    ReportDate => "Date", "Datum", "Дата";
    ReportEvaluation => "Evaluation", "Vrednotenje", "Оценка";
    ReportStanding => "Standing", "Stanje", "Оценка";
    ReportOnTarget => "on target", "dosežen", "достигнут";
    ReportClose => "close", "blizu", "близко";
    ReportOff => "off target", "ni dosežen", "не достигнут";
    ReportOpen => "open", "odprto", "не сделано";
    ReportTopVoted => "Top-voted", "Največ glasov", "Больше всего голосов";
    ReportVotesHidden => "The votes are not revealed yet.", "Glasovi še niso razkriti.", "Голоса ещё не открыты.";
    ReportItemsBy => "Strengths and weaknesses by category", "Prednosti in slabosti po kategorijah", "Сильные и слабые стороны по категориям";
    ReportDots => "dots", "pike", "точки";
    ReportNone => "None yet.", "Še nič.", "Пока нет.";
    ReportPeriod => "Period", "Obdobje", "Период";
    ReportPhases => "Phases", "Faze", "Фазы";
    ReportSources => "Data sources", "Viri podatkov", "Источники данных";
    ReportDisruptions => "Disruptions", "Motnje", "Затруднения";
    ReportIndicator => "Indicator", "Kazalnik", "Показатель";
    ReportWholeSchool => "whole school", "vsa šola", "вся школа";
    ReportByGroup => "Groups compared (latest value)", "Primerjava skupin (zadnja vrednost)", "Сравнение групп (последнее значение)";
    ReportTrendChart => "Trend over the periods", "Trend skozi obdobja", "Динамика по периодам";
    ReportSessions => "Meetings and minutes", "Srečanja in zapisniki", "Встречи и протоколы";
    ReportAttendees => "Present", "Prisotni", "Присутствовали";
    ReportTimeSpent => "Time per step", "Čas po korakih", "Время по шагам";
    ReportTime => "Time", "Čas", "Время";
    ReportWhat => "What happened", "Kaj se je zgodilo", "Что произошло";
    ReportFormat => "Format", "Oblika", "Формат";
    ReportKind => "Report", "Poročilo", "Отчёт";
    ReportSections => "Sections", "Razdelki", "Разделы";
    ReportWriteTo => "Enter writes {file}", "Enter zapiše {file}", "Enter запишет {file}";
    ReportPreview => "Preview", "Predogled", "Предпросмотр";
    ReportCsvNote => "CSV holds the measurements only (one row per indicator, period and group).", "CSV vsebuje le meritve (vrstica za vsak kazalnik, obdobje in skupino).", "CSV содержит только измерения (строка на показатель, период и группу).";
    ReportHtmlNote => "HTML: the same content, with charts; below, its text.", "HTML: enaka vsebina z grafi; spodaj njeno besedilo.", "HTML: то же содержание с графиками; ниже его текст.";
    ReportWritten => "Report written to {path}.", "Poročilo zapisano v {path}.", "Отчёт записан в {path}.";
    ReportNotWritten => "Report not written: {why}", "Poročilo ni zapisano: {why}", "Отчёт не записан: {why}";
    ReportExists => "{path} already exists. y overwrites it, Esc keeps it.", "{path} že obstaja. y ga prepiše, Esc ga ohrani.", "{path} уже существует. y перезапишет, Esc оставит.";
    ReportNoFile => "Save the workshop to a file first; the report goes beside it.", "Najprej shranite delavnico v datoteko; poročilo gre zraven.", "Сначала сохраните семинар в файл; отчёт ляжет рядом.";
    KeyWriteReport => "write the report", "zapiši poročilo", "записать отчёт";
    KeyToggleOption => "choose / tick", "izberi / odkljukaj", "выбрать / отметить";
    KeyScrollPreview => "scroll the preview", "premik po predogledu", "прокрутка предпросмотра";
    // Team
    FieldName => "Name", "Ime", "Имя";
    FieldRole => "Role", "Vloga", "Роль";
    FieldPersonalGoal => "Personal goal", "Osebni cilj", "Личная цель";
    TeamEmpty => "No members yet. Press a to add the first.", "Še ni članov. Pritisnite a za prvega.", "Участников пока нет. Нажмите a, чтобы добавить первого.";
    NewMember => "New member", "Nov član", "Новый участник";
    EditMember => "Edit member", "Uredi člana", "Изменить участника";
    NoPersonalGoal => "No personal goal yet: the method asks each member for one.", "Osebnega cilja še ni: metoda ga pričakuje od vsakega člana.", "Личной цели пока нет: метод ждёт её от каждого участника.";
    ChoiceHint => "←/→ change", "←/→ spremeni", "←/→ изменить";
}
