//! A consultant's portfolio: the workshops side by side on the home screen
//! and from `premisli portfolio`.

catalogue! { F;
    ColWorkshop => "School · workshop", "Šola · delavnica", "Школа · семинар";
    ColMethod => "Method", "Način", "Вид";
    ColPlace => "Where it stands", "Kje je", "Где сейчас";
    ColMeeting => "Meeting", "Srečanje", "Заседание";
    ColOverdue => "Late", "Zamuja", "Просроч.";
    ColOff => "Off", "Pod ciljem", "Ниже цели";
    ColDeadline => "Deadline", "Rok", "Срок";
    MethodProject => "project", "projekt", "проект";
    MethodMonitoring => "monitoring", "spremljanje", "мониторинг";
    AllDone => "all phases done", "vse faze končane", "все фазы завершены";
    NothingYet => "nothing planned yet", "še nič načrtovano", "пока ничего не запланировано";
    Unreadable => "cannot be read: {why}", "ni berljiva: {why}", "не читается: {why}";
    SortedBy => "sorted by {by} (o: another order)", "razvrščeno: {by} (o: drug vrstni red)", "порядок: {by} (o: другой порядок)";
    SortedNow => "Sorted by {by}.", "Razvrščeno: {by}.", "Порядок: {by}.";
    SortDeadline => "the next deadline", "naslednji rok", "ближайший срок";
    SortOverdue => "what is late", "kar zamuja", "просроченное";
    SortMeeting => "the next meeting", "naslednje srečanje", "ближайшее заседание";
    SortSchool => "school", "šola", "школа";
    Empty => "No workshops in {dir}.", "V {dir} ni delavnic.", "В {dir} нет семинаров.";
    Report => "report", "poročilo", "отчёт";
}
