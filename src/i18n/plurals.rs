//! Texts with a number in them: English has two forms, Slovenian four,
//! Russian three.

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
        ["{n} голос", "{n} голоса", "{n} голосов"];
    Seconds => ["{n} second", "{n} seconds"],
        ["{n} sekunda", "{n} sekundi", "{n} sekunde", "{n} sekund"],
        ["{n} секунда", "{n} секунды", "{n} секунд"];
}
