//! Spreadsheets: what an import says it did, or why it refused.

catalogue! { S;
    ImportDone => "added: {added}, changed: {changed}, unchanged: {unchanged}", "dodanih: {added}, spremenjenih: {changed}, nespremenjenih: {unchanged}", "добавлено: {added}, изменено: {changed}, без изменений: {unchanged}";
    NewPeriods => "new periods: {list}", "nova obdobja: {list}", "новые периоды: {list}";
    ImportRefused => "Nothing was imported; correct these lines and import again:", "Nič ni uvoženo; popravite te vrstice in uvozite znova:", "Ничего не импортировано; исправьте эти строки и повторите импорт:";
    ImportLine => "line {line}: {why}", "vrstica {line}: {why}", "строка {line}: {why}";
    More => "… and {n} more", "… in še {n}", "… и ещё {n}";
    MissingColumns => "the columns {names} are missing (name them as in the export)", "manjkajo stolpci {names} (poimenujte jih kot v izvozu)", "нет столбцов {names} (назовите их как при экспорте)";
    UnknownIndicator => "no indicator «{name}» in the workshop", "kazalnika «{name}» v delavnici ni", "показателя «{name}» в семинаре нет";
    AmbiguousIndicator => "two indicators are called «{name}»: fill in the criterion", "dva kazalnika se imenujeta «{name}»: izpolnite merilo", "два показателя называются «{name}»: укажите критерий";
    UnknownGroup => "no group «{name}» (add it on screen 6 first)", "skupine «{name}» ni (najprej jo dodajte na zaslonu 6)", "группы «{name}» нет (сначала добавьте её на экране 6)";
    NoPeriod => "the period is empty", "obdobje je prazno", "период не указан";
    Counts => "the numerator and denominator must be whole numbers", "števec in imenovalec morata biti celi števili", "числитель и знаменатель должны быть целыми числами";
    Repeated => "the same indicator, period and group as line {first}", "isti kazalnik, obdobje in skupina kot v vrstici {first}", "тот же показатель, период и группа, что в строке {first}";
    Unreadable => "cannot be read: {why}", "ni berljiva: {why}", "не читается: {why}";
    FieldSource => "A spreadsheet (.csv or .xlsx) in the export's columns", "Preglednica (.csv ali .xlsx) s stolpci izvoza", "Таблица (.csv или .xlsx) со столбцами экспорта";
}
