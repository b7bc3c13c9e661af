//! What a meeting writes into its minutes, on the commit path: each edit made
//! while it is held brings its line (votes name neither voter nor item
//! before the reveal), and a member added then counts as present.

use chrono::{NaiveDateTime, Timelike};

use crate::app::{App, Env};
use crate::domain::{Edit, Id, Language, LogEntry, LogKind, VecEdit, Workshop};
use crate::i18n::{self, P, T};

pub(crate) fn stamp(now: NaiveDateTime) -> NaiveDateTime {
    now.with_nanosecond(0).unwrap_or(now)
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("").trim()
}

impl App {
    /// What an edit made while a meeting is held brings with it: its line in
    /// the minutes, and a member added to the team counts as present.
    pub(super) fn meeting_edits(&self, edit: &Edit, env: &Env) -> Vec<Edit> {
        let Some(id) = self.live_session() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if let Edit::Member(VecEdit::Insert(_, m)) = edit
            && let Some(s) = self.session()
            && let Some(i) = self
                .shared
                .doc
                .as_ref()
                .and_then(|d| d.workshop.sessions.iter().position(|x| x.id == s.id))
            && !s.attendees.contains(&m.id)
        {
            let mut s = s.clone();
            s.attendees.push(m.id);
            out.push(Edit::Session(Box::new(VecEdit::Replace(i, s))));
        }
        for (kind, text) in self.minutes_of(edit) {
            out.push(log_edit(id, env.now, kind, text));
        }
        out
    }

    /// The lines an edit brings: one, or for a reveal of the room's new
    /// cards one per card, named now that everyone sees them.
    fn minutes_of(&self, edit: &Edit) -> Vec<(LogKind, String)> {
        let Some(w) = self.shared.doc.as_ref().map(|d| &d.workshop) else {
            return Vec::new();
        };
        if let Edit::Batch(edits) = edit {
            let revealed: Vec<_> = edits
                .iter()
                .filter_map(|e| match e {
                    Edit::Item(VecEdit::Replace(i, new))
                        if !new.private && w.diagnosis.items.get(*i).is_some_and(|o| o.private) =>
                    {
                        Some(card_line(w, new))
                    }
                    _ => None,
                })
                .collect();
            if !revealed.is_empty() {
                return revealed;
            }
        }
        self.minute_of(edit).into_iter().collect()
    }

    /// What an edit made during a meeting adds to its minutes, if anything.
    /// Votes name neither the voter nor the item: counts stay hidden until revealed.
    fn minute_of(&self, edit: &Edit) -> Option<(LogKind, String)> {
        let w = &self.shared.doc.as_ref()?.workshop;
        let lang = w.language;
        let tf = |key: T, text: &str| i18n::tf(lang, key, &[("text", first_line(text))]);
        match edit {
            Edit::Item(VecEdit::Insert(_, item)) if item.private => Some((
                LogKind::Item,
                i18n::tf(
                    lang,
                    T::LogPrivateCard,
                    &[("category", i18n::category(lang, item.category))],
                ),
            )),
            Edit::Item(VecEdit::Insert(_, item)) => Some(card_line(w, item)),
            Edit::Cluster(VecEdit::Insert(_, c)) => {
                Some((LogKind::Item, tf(T::LogCluster, &c.title)))
            }
            Edit::Vote(VecEdit::Insert(..)) => Some((LogKind::Vote, String::new())),
            Edit::SetVotesRevealed(true) if !w.diagnosis.votes_revealed => {
                Some((LogKind::Decision, reveal_text(w, lang)))
            }
            Edit::SetVotesRevealed(false) if w.diagnosis.votes_revealed => {
                Some((LogKind::Note, i18n::t(lang, T::LogHidden).to_string()))
            }
            Edit::Action(kind, VecEdit::Insert(_, a)) => Some((
                LogKind::Action,
                format!(
                    "{}: {}{}",
                    i18n::plan_name(lang, *kind),
                    first_line(&a.what),
                    action_details(w, lang, a)
                ),
            )),
            Edit::Action(kind, VecEdit::Replace(i, a)) => {
                let old = w.plans.list(*kind).get(*i)?;
                (a.status.is_open() != old.status.is_open() && !a.status.is_open())
                    .then(|| (LogKind::Decision, tf(T::LogActionDone, &a.what)))
            }
            Edit::SetProject(card) => {
                let old = &w.project;
                if card.research_question.trim() != old.research_question.trim()
                    && !card.research_question.trim().is_empty()
                {
                    Some((
                        LogKind::Decision,
                        tf(T::LogQuestion, &card.research_question),
                    ))
                } else if card.goal.trim() != old.goal.trim() && !card.goal.trim().is_empty() {
                    Some((LogKind::Decision, tf(T::LogGoal, &card.goal)))
                } else {
                    None
                }
            }
            Edit::Member(VecEdit::Insert(_, m)) => Some((
                LogKind::Note,
                i18n::tf(lang, T::LogJoined, &[("name", &m.name)]),
            )),
            Edit::Cycle(e) => match e.as_ref() {
                VecEdit::Insert(_, c) => Some((LogKind::Decision, tf(T::LogCycle, &c.name))),
                VecEdit::Replace(i, c) => {
                    let old = w.cycles.get(*i)?;
                    (c.disruptions.len() > old.disruptions.len())
                        .then(|| c.disruptions.last())
                        .flatten()
                        .map(|d| (LogKind::Decision, tf(T::LogDisruption, &d.description)))
                }
                VecEdit::Remove(_) => None,
            },
            Edit::Batch(edits) => edits.iter().find_map(|e| self.minute_of(e)),
            _ => None,
        }
    }
}

/// A card in the minutes: its category, its text and its author.
fn card_line(w: &Workshop, item: &crate::domain::DiagnosisItem) -> (LogKind, String) {
    let lang = w.language;
    let author = crate::app::diagnosis::author_name(w, lang, item.author);
    let sign = if item.category.is_strength() {
        "+"
    } else {
        "-"
    };
    (
        LogKind::Item,
        format!(
            "{sign} · {}: {} ({author})",
            i18n::category(lang, item.category),
            first_line(&item.text)
        ),
    )
}

fn reveal_text(w: &Workshop, lang: Language) -> String {
    let top: Vec<String> = w
        .diagnosis
        .ranking()
        .into_iter()
        .take(3)
        .enumerate()
        .map(|(k, (n, text, _))| format!("{}. {} ({n})", k + 1, first_line(text)))
        .collect();
    let top = if top.is_empty() {
        i18n::count(lang, P::Dots, 0)
    } else {
        top.join(" · ")
    };
    i18n::tf(lang, T::LogReveal, &[("top", &top)])
}

fn action_details(w: &Workshop, lang: Language, a: &crate::domain::PlanAction) -> String {
    let mut parts = Vec::new();
    if let Some(m) = a.who.and_then(|id| w.member(id)) {
        parts.push(m.name.clone());
    }
    if let Some(d) = a.due {
        parts.push(i18n::date(lang, d));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

pub fn log_edit(session: Id, now: NaiveDateTime, kind: LogKind, text: String) -> Edit {
    Edit::Log {
        session,
        entry: Some(Box::new(LogEntry {
            at: stamp(now),
            kind,
            text,
        })),
    }
}
