//! A status message as its viewer will read it: a catalogue key with its
//! arguments, or a refusal from the domain, rendered in the viewer's language
//! when it is drawn (two viewers of one workshop may read different ones).

use crate::domain::{DomainError, Language};
use crate::i18n::{self, T, Words};

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A text (of any table) with its `{name}` arguments.
    Text(Words, Vec<(&'static str, String)>),
    /// An edit the domain refused, and why.
    Refused(DomainError),
    /// Two messages said together, the second after the first.
    Then(Box<Message>, Box<Message>),
}

impl Message {
    pub fn text(key: impl Into<Words>, args: &[(&'static str, &str)]) -> Message {
        Message::Text(
            key.into(),
            args.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        )
    }

    pub fn render(&self, lang: Language) -> String {
        match self {
            Message::Text(key, args) => {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                i18n::tf(lang, *key, &args)
            }
            Message::Refused(e) => {
                let why = i18n::domain_error(lang, e);
                i18n::tf(lang, T::Refused, &[("why", &why)])
            }
            Message::Then(a, b) => format!("{} {}", a.render(lang), b.render(lang)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_message_reads_in_each_viewers_language() {
        let m = Message::text(T::Deleted, &[("what", "Ana")]);
        assert!(m.render(Language::Sl).starts_with("Izbrisano"));
        assert!(m.render(Language::Ru).starts_with("Удалено"));
        let r = Message::Refused(DomainError::EmptyText);
        assert_eq!(r.render(Language::En), "Not accepted: the text is empty");
    }
}
