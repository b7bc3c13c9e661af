//! The minutes as read: runs of dots fold into one line, so that thirty-six
//! dots do not push the decisions off the screen or the page.

use chrono::NaiveDateTime;

use super::{P, count};
use crate::domain::{Language, LogKind, SessionRecord};

/// One line of the minutes as shown: runs of dots fold into one line, so that
/// thirty-six dots do not push the decisions off the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct MinuteLine {
    pub at: NaiveDateTime,
    pub kind: LogKind,
    pub text: String,
}

pub fn minute_lines(s: &SessionRecord, lang: Language) -> Vec<MinuteLine> {
    let mut out: Vec<MinuteLine> = Vec::with_capacity(s.log.len());
    let mut run = 0usize;
    for e in &s.log {
        if e.kind == LogKind::Vote {
            run += 1;
            let text = count(lang, P::Dots, run);
            if run > 1
                && let Some(last) = out.last_mut()
            {
                last.text = text;
                continue;
            }
            out.push(MinuteLine {
                at: e.at,
                kind: e.kind,
                text,
            });
            continue;
        }
        run = 0;
        out.push(MinuteLine {
            at: e.at,
            kind: e.kind,
            text: e.text.clone(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Id, LogEntry, SessionKind};

    #[test]
    fn runs_of_votes_fold_into_one_line() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
            .unwrap()
            .and_hms_opt(14, 0, 0)
            .unwrap();
        let mut s = SessionRecord::new(Id(1), SessionKind::FirstWorkshop, at.date());
        let e = |kind, text: &str| LogEntry {
            at,
            kind,
            text: text.into(),
        };
        s.log = vec![
            e(LogKind::Item, "a"),
            e(LogKind::Vote, ""),
            e(LogKind::Vote, ""),
            e(LogKind::Vote, ""),
            e(LogKind::Decision, "d"),
            e(LogKind::Vote, ""),
        ];
        let lines = minute_lines(&s, Language::En);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["a", "3 dots", "d", "1 dot"]);
    }
}
