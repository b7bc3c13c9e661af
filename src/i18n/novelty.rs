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
}
