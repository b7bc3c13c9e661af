//! The text catalogue: every user-visible string, keyed, in English, Slovenian
//! and Russian. The key enum is generated with its table, so a missing
//! translation is a compile error rather than a blank on screen.

/// A table of keyed texts: the enum and its three languages.
macro_rules! catalogue {
    ($name:ident; $($key:ident => $en:expr, $sl:expr, $ru:expr;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }
        impl $crate::i18n::Texts for $name {
            fn texts(self) -> [&'static str; 3] {
                match self { $($name::$key => [$en, $sl, $ru]),* }
            }
        }
    };
}

mod board;
mod catalogue;
mod documents;
mod labels;
pub mod minutes;
mod novelty;
mod plurals;
mod portfolio;
mod regulation;
mod sheets;
mod steps;

use chrono::NaiveDate;

pub use board::B;
pub use catalogue::T;
pub use documents::D;
pub use labels::*;
pub use novelty::N;
pub use plurals::P;
pub use portfolio::F;
pub use regulation::{R, object, period_kind, responsible, scope, summary};
pub use sheets::S;
pub use steps::*;

use crate::domain::Language;

/// A key of a text table: its English, Slovenian and Russian.
pub trait Texts: Copy {
    fn texts(self) -> [&'static str; 3];
}

/// A text in the three languages, from whichever table holds it: what a
/// form keeps for its title and its fields' labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words(pub [&'static str; 3]);

impl Texts for Words {
    fn texts(self) -> [&'static str; 3] {
        self.0
    }
}

impl From<T> for Words {
    fn from(key: T) -> Words {
        Words(key.texts())
    }
}

impl From<D> for Words {
    fn from(key: D) -> Words {
        Words(key.texts())
    }
}

impl From<N> for Words {
    fn from(key: N) -> Words {
        Words(key.texts())
    }
}

impl From<F> for Words {
    fn from(key: F) -> Words {
        Words(key.texts())
    }
}

impl From<S> for Words {
    fn from(key: S) -> Words {
        Words(key.texts())
    }
}

impl From<R> for Words {
    fn from(key: R) -> Words {
        Words(key.texts())
    }
}

/// The text for a key.
pub fn t(lang: Language, key: impl Texts) -> &'static str {
    let [en, sl, ru] = key.texts();
    match lang {
        Language::En => en,
        Language::Sl => sl,
        Language::Ru => ru,
    }
}

/// A text with `{name}` placeholders filled in.
pub fn tf(lang: Language, key: impl Texts, args: &[(&str, &str)]) -> String {
    fill(t(lang, key), args)
}

pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The CLDR plural category of `n`, as an index into the language's forms:
/// English one/other, Slovenian one/two/few/other, Russian one/few/many.
pub fn plural_index(lang: Language, n: u64) -> usize {
    match lang {
        Language::En => usize::from(n != 1),
        Language::Sl => match n % 100 {
            1 => 0,
            2 => 1,
            3 | 4 => 2,
            _ => 3,
        },
        Language::Ru => {
            let (d, h) = (n % 10, n % 100);
            if d == 1 && h != 11 {
                0
            } else if (2..=4).contains(&d) && !(12..=14).contains(&h) {
                1
            } else {
                2
            }
        }
    }
}

/// "3 members", "3 člani", "3 участника": the count with its plural form.
pub fn count(lang: Language, key: P, n: usize) -> String {
    let forms: &[&str] = match lang {
        Language::En => &key.forms().0,
        Language::Sl => &key.forms().1,
        Language::Ru => &key.forms().2,
    };
    let form = forms[plural_index(lang, n as u64).min(forms.len() - 1)];
    fill(form, &[("n", &n.to_string())])
}

/// A date in the language's habit.
pub fn date(lang: Language, d: NaiveDate) -> String {
    match lang {
        Language::En => d.format("%-d %b %Y").to_string(),
        Language::Sl => d.format("%-d. %-m. %Y").to_string(),
        Language::Ru => d.format("%d.%m.%Y").to_string(),
    }
}

/// A value as the language writes it, in the indicator's unit.
pub fn number(lang: Language, unit: crate::domain::indicators::Unit, x: f64) -> String {
    use crate::domain::indicators::Unit;
    let s = match unit {
        Unit::Count => format!("{}", x.round() as i64),
        Unit::Score => format!("{x:.1}"),
        Unit::Share => format!("{x:.1} %"),
        Unit::YesNo => {
            return t(lang, if x >= 0.5 { T::Yes } else { T::No }).to_string();
        }
    };
    if lang == Language::En {
        s.replace(" %", "%")
    } else {
        s.replace('.', ",")
    }
}

/// A measured value as typed or shown: a share kept as counts reads
/// "23/118 (19,5 %)".
pub fn value(
    lang: Language,
    unit: crate::domain::indicators::Unit,
    v: crate::domain::indicators::Value,
) -> String {
    use crate::domain::indicators::Value;
    match v {
        Value::Number(x) => number(lang, unit, x),
        Value::Ratio(a, b) => match v.number() {
            Some(x) => format!("{a}/{b} ({})", number(lang, unit, x)),
            None => format!("{a}/{b}"),
        },
    }
}

/// The author as shown: a name, "the group", or nothing when anonymous.
pub fn author_name(
    w: &crate::domain::Workshop,
    lang: Language,
    a: crate::domain::Author,
) -> String {
    match a {
        crate::domain::Author::Group => t(lang, T::TheGroup).to_string(),
        crate::domain::Author::Member(id) => {
            w.member(id).map_or_else(|| "?".into(), |m| m.name.clone())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slovenian_has_four_forms() {
        let forms: Vec<usize> = [1, 2, 3, 4, 5, 101, 102, 103, 111, 0]
            .iter()
            .map(|&n| plural_index(Language::Sl, n))
            .collect();
        assert_eq!(forms, vec![0, 1, 2, 2, 3, 0, 1, 2, 3, 3]);
    }

    #[test]
    fn russian_has_three_forms() {
        let forms: Vec<usize> = [1, 2, 5, 11, 12, 21, 22, 25, 111, 0]
            .iter()
            .map(|&n| plural_index(Language::Ru, n))
            .collect();
        assert_eq!(forms, vec![0, 1, 2, 2, 2, 0, 1, 2, 2, 2]);
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!(count(Language::En, P::Members, 1), "1 member");
        assert_eq!(count(Language::En, P::Members, 4), "4 members");
        assert_eq!(count(Language::Sl, P::Members, 2), "2 člana");
        assert_eq!(count(Language::Sl, P::Members, 5), "5 članov");
        assert_eq!(count(Language::Ru, P::Members, 3), "3 участника");
        assert_eq!(count(Language::Ru, P::Members, 11), "11 участников");
    }

    #[test]
    fn dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(date(Language::En, d), "9 Mar 2026");
        assert_eq!(date(Language::Sl, d), "9. 3. 2026");
        assert_eq!(date(Language::Ru, d), "09.03.2026");
    }

    #[test]
    fn every_text_is_present_in_every_language() {
        let all = T::ALL
            .iter()
            .map(|k| (format!("{k:?}"), k.texts()))
            .chain(B::ALL.iter().map(|k| (format!("{k:?}"), k.texts())))
            .chain(D::ALL.iter().map(|k| (format!("{k:?}"), k.texts())))
            .chain(R::ALL.iter().map(|k| (format!("{k:?}"), k.texts())))
            .chain(N::ALL.iter().map(|k| (format!("{k:?}"), k.texts())))
            .chain(F::ALL.iter().map(|k| (format!("{k:?}"), k.texts())))
            .chain(S::ALL.iter().map(|k| (format!("{k:?}"), k.texts())));
        for (key, texts) in all {
            for text in texts {
                assert!(!text.trim().is_empty(), "{key} is empty");
            }
            // The same placeholders in every language.
            let names = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(names(texts[0]), names(texts[1]), "{key}");
            assert_eq!(names(texts[0]), names(texts[2]), "{key}");
        }
        for key in P::ALL {
            let (en, sl, ru) = key.forms();
            for f in en.iter().chain(sl.iter()).chain(ru.iter()) {
                assert!(f.contains("{n}"), "{key:?}: {f}");
            }
        }
    }

    /// The Russian false friends of `shared/domain/METHOD.md` (and
    /// docs/GLOSSARY.md): none in the catalogue, the labels, the steps or
    /// the plural forms.
    #[test]
    fn the_russian_texts_use_none_of_the_false_friends() {
        let sources = [
            include_str!("i18n/catalogue.rs"),
            include_str!("i18n/board.rs"),
            include_str!("i18n/documents.rs"),
            include_str!("i18n/labels.rs"),
            include_str!("i18n/steps.rs"),
            include_str!("i18n/plurals.rs"),
            include_str!("i18n/minutes.rs"),
            include_str!("i18n/regulation.rs"),
            include_str!("i18n/novelty.rs"),
            include_str!("i18n/portfolio.rs"),
            include_str!("i18n/sheets.rs"),
        ];
        // Prevention of offences, special-needs education, a violation, a
        // "point" for a vote, a chance meeting for a council.
        let false_friends = ["профилакт", "коррекционн", "нарушени", "точк", "встреч"];
        for src in sources {
            for (n, line) in src.lines().enumerate() {
                let lower = line.to_lowercase();
                for word in lower.split(|c: char| !c.is_alphabetic()) {
                    for ff in false_friends {
                        assert!(
                            !word.starts_with(ff),
                            "line {}: «{word}» is a false friend: {line}",
                            n + 1
                        );
                    }
                }
            }
        }
        // A thing has a name («Название»); only a person has «Имя».
        assert_eq!(t(Language::Ru, T::FieldThingName), "Название");
        assert_eq!(t(Language::Ru, T::SortRegister), "в порядке ввода");
    }
}
