//! `/`: finding a row in the list shown, as in less or VisiData. Typing
//! moves the selection to the first row that holds the words (from where it
//! was); ↓ and ↑ go through the matches; Enter stays there and leaves `n`
//! and `N` to go on; Esc goes back to where the search began.

use super::keymap::{self, Action, Ctx};
use super::keys::{Key, KeyCode};
use super::lists::{self, List};
use super::text_field::TextField;
use super::{App, Effect, Env};
use crate::i18n::T;

/// The longest query kept.
const QUERY_LIMIT: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub struct Find {
    /// The list searched (the search ends when another list is shown).
    pub list: List,
    pub query: TextField,
    /// The query has the keyboard; after Enter only `n`, `N` and Esc are
    /// taken, the rest goes to the screen.
    pub typing: bool,
    /// The row selected when `/` was pressed.
    pub origin: usize,
    /// The matches, for the status line: kept by `refresh_find` until the
    /// query, the workshop or what the list's rows depend on changes.
    pub hits: Vec<usize>,
    /// What `hits` were found for (the workshop's generation, the list's
    /// shape, the query); `None`: to be found again.
    seen: Option<(u64, String, String)>,
}

impl Find {
    /// The matches and which of them is selected: (its number from 1, how
    /// many), or `None` while nothing matches.
    pub fn count(&self, app: &App) -> Option<(usize, usize)> {
        let at = app.list_selected(self.list);
        let k = self.hits.iter().position(|h| *h == at)?;
        Some((k + 1, self.hits.len()))
    }
}

impl App {
    /// The search shown, if it still belongs to the list on screen.
    pub fn find(&self) -> Option<&Find> {
        self.view
            .find
            .as_ref()
            .filter(|f| self.current_list() == Some(f.list))
    }

    /// `/`: a new search in the list shown.
    pub(super) fn start_find(&mut self) {
        match self.current_list() {
            Some(list) => {
                self.view.find = Some(Find {
                    list,
                    query: TextField::new("", false).with_limit(QUERY_LIMIT),
                    typing: true,
                    origin: self.list_selected(list),
                    hits: Vec::new(),
                    seen: None,
                });
            }
            None => self.say(T::FindNothing, &[]),
        }
    }

    /// A key while a search is shown: its effects when the search took it,
    /// `None` when it is the screen's (or another's: saving, quitting, Alt).
    pub(super) fn find_key(&mut self, key: Key, env: &Env) -> Option<Vec<Effect>> {
        if self.find().is_none() {
            self.view.find = None;
            return None;
        }
        let typing = self.view.find.as_ref().is_some_and(|f| f.typing);
        if !typing {
            return match keymap::resolve(&[Ctx::Found], key) {
                Some(Action::FindNext) => Some(self.find_step(true, env)),
                Some(Action::FindPrev) => Some(self.find_step(false, env)),
                Some(Action::Cancel) => {
                    self.view.find = None;
                    Some(Vec::new())
                }
                Some(Action::Find) => {
                    self.start_find();
                    Some(Vec::new())
                }
                _ => None,
            };
        }
        // Saving, quitting, help and undo work as anywhere else.
        if key.ctrl
            && !matches!(
                key.code,
                KeyCode::Char('c' | 'n' | 'p' | 'w' | 'u' | 'k' | 'a' | 'e')
            )
            || matches!(key.code, KeyCode::F(_))
        {
            return None;
        }
        match keymap::resolve(&[Ctx::Find], key) {
            Some(Action::Commit) => {
                if let Some(f) = self.view.find.as_mut() {
                    f.typing = false;
                    if f.query.text().trim().is_empty() {
                        self.view.find = None;
                    }
                }
                return Some(Vec::new());
            }
            Some(Action::Cancel) => {
                if let Some(f) = self.view.find.take() {
                    self.select_row(f.list, f.origin, env);
                }
                return Some(Vec::new());
            }
            Some(Action::FindNext) => return Some(self.find_step(true, env)),
            Some(Action::FindPrev) => return Some(self.find_step(false, env)),
            _ => {}
        }
        let f = self.view.find.as_mut()?;
        let q = &mut f.query;
        match (keymap::resolve(&[Ctx::Text], key), key.code) {
            (Some(Action::CharLeft), _) => q.left(),
            (Some(Action::CharRight), _) => q.right(),
            (Some(Action::LineStart), _) => q.home(),
            (Some(Action::LineEnd), _) => q.end(),
            (Some(Action::DeleteBack), _) => q.backspace(),
            (Some(Action::DeleteForward), _) => q.delete(),
            (Some(Action::DeleteWordBack), _) => q.delete_word(),
            (Some(Action::KillToStart), _) => q.kill_to_start(),
            (Some(Action::KillToEnd), _) => q.kill_to_end(),
            (Some(Action::WordLeft), _) => q.word_left(),
            (Some(Action::WordRight), _) => q.word_right(),
            (_, KeyCode::Char(c)) if !key.ctrl && !key.alt => {
                q.insert(&c.to_string());
            }
            // Alt with a number switches screens, as anywhere.
            _ if key.alt => return None,
            _ => return Some(Vec::new()),
        }
        // The query changed: the first match from where the search began.
        let (list, origin, query) = (f.list, f.origin, f.query.text().to_string());
        let hits = lists::matches(&self.list_texts(list), &query);
        let to = lists::next_match(&hits, origin, true, true).unwrap_or(origin);
        self.select_row(list, to, env);
        Some(Vec::new())
    }

    /// Finds the matches again when the query, the workshop or the list's
    /// shape changed since they were found (after each event, not per frame:
    /// a board of 600 cards takes most of a millisecond).
    pub(super) fn refresh_find(&mut self) {
        let Some(f) = self.find() else { return };
        let seen = match (self.shared.doc.as_ref(), self.list_shape(f.list)) {
            (Some(doc), Some(shape)) => Some((doc.generation, shape, f.query.text().to_string())),
            _ => None,
        };
        if seen.is_some() && seen == f.seen {
            return;
        }
        let hits = lists::matches(&self.list_texts(f.list), f.query.text());
        if let Some(f) = self.view.find.as_mut() {
            f.hits = hits;
            f.seen = seen;
        }
    }

    /// A query typed in one go (a paste into the search).
    pub(super) fn find_paste(&mut self, text: &str, env: &Env) {
        let line = text.lines().next().unwrap_or("");
        for c in line.chars().filter(|c| !c.is_control()) {
            self.find_key(Key::ch(c), env);
        }
    }

    /// The next (or previous) match from the selection.
    fn find_step(&mut self, forward: bool, env: &Env) -> Vec<Effect> {
        let Some(f) = self.view.find.as_ref() else {
            return Vec::new();
        };
        let list = f.list;
        let hits = lists::matches(&self.list_texts(list), f.query.text());
        let at = self.list_selected(list);
        match lists::next_match(&hits, at, forward, false) {
            Some(to) => self.select_row(list, to, env),
            None => self.say(T::FindNone, &[]),
        }
        Vec::new()
    }
}
