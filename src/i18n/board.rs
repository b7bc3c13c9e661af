//! The board's and the participants' own words: what the room reads on the
//! projector and on their laptops.

catalogue! { B;
    Voted => "{n} of {total} have voted", "glasovalo je {n} od {total}", "проголосовали {n} из {total}";
    DotsHidden => "The dots stay hidden until the facilitator reveals them.", "Pike ostanejo skrite, dokler jih moderator ne razkrije.", "Голоса скрыты, пока ведущий их не откроет.";
    Ranking => "Ranking", "Razvrstitev", "Итоги голосования";
    NoCards => "No cards here yet.", "Tu še ni kartic.", "Здесь пока нет карточек.";
    NoMembers => "No members yet.", "Še ni članov.", "Участников пока нет.";
    NoActions => "No actions yet.", "Ukrepov še ni.", "Мероприятий пока нет.";
    NoIndicators => "No indicators yet.", "Kazalnikov še ni.", "Показателей пока нет.";
    NoMeeting => "No meeting is running.", "Srečanje ne poteka.", "Сейчас заседание не идёт.";
    MeetingDone => "The meeting is over. Thank you!", "Srečanje je končano. Hvala!", "Заседание завершено. Спасибо!";
    NoQuestion => "The research question is not written yet.", "Raziskovalno vprašanje še ni zapisano.", "Исследовательский вопрос ещё не сформулирован.";
    NoGoal => "The goal is not written yet.", "Cilj še ni zapisan.", "Цель ещё не сформулирована.";
    Decisions => "Decisions", "Sklepi", "Решения";
    Overdue => "overdue", "zamuja", "просрочено";
    Unassigned => "nobody yet", "še nihče", "пока никто";
    Present => "{n} of {total} here", "prisotnih {n} od {total}", "присутствуют {n} из {total}";
    Triangulation => "Triangulation", "Triangulacija", "Триангуляция";
    NextMeeting => "Next meeting: {date}", "Naslednje srečanje: {date}", "Следующее заседание: {date}";
    Contents => "The report holds", "Poročilo obsega", "Отчёт содержит";
    NoPeriods => "No monitoring periods yet.", "Obdobij spremljanja še ni.", "Периодов мониторинга пока нет.";
    NothingPlanned => "Nothing planned for this period yet.", "Za to obdobje še ni ničesar načrtovanega.", "На этот период пока ничего не запланировано.";
}
