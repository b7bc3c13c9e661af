//! The list a screen shows, as the mouse and finding (`/`) see it: which
//! list the keys move in, each row's words in the order shown, and where
//! the selection is. A click on a row and a match of a search both end in
//! `select_row`, so they select exactly as the arrows would.

use super::diagnosis::{self, Row as BoardRow};
use super::outcome::Seen;
use super::{App, Screen, control, indicators, plans, project, session};
use crate::domain::{Method, PlanKind, Workshop};
use crate::i18n;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// The home screen's workshops, recent files, samples.
    Home,
    /// The fields of the card (screen 1).
    Card,
    Team,
    /// The diagnosis board's rows: categories, clusters, items.
    Board,
    /// One of the two plans (screen 4), in the order and filter shown.
    Plan(PlanKind),
    Cycles,
    /// A monitoring's periods, and the selected period's plan of control.
    Periods,
    Control,
    /// The dashboard's rows, and the entry grid's indicators.
    Dashboard,
    Grid,
    /// The steps of the meeting shown on screen 7.
    Steps,
}

impl App {
    /// The list the arrows move in on the focused screen, if it has one.
    pub fn current_list(&self) -> Option<List> {
        let doc = self.shared.doc.as_ref();
        Some(match self.focus_screen() {
            Screen::Home => List::Home,
            _ if doc.is_none() => return None,
            Screen::Project => List::Card,
            Screen::Team => List::Team,
            Screen::Diagnosis => List::Board,
            Screen::Plans => List::Plan(self.view.plans.pane),
            Screen::Cycles if self.method() == Method::Monitoring => match self.view.control.pane {
                control::Pane::Periods => List::Periods,
                control::Pane::Plan => List::Control,
            },
            Screen::Cycles => List::Cycles,
            Screen::Indicators => match self.view.indicators.mode {
                indicators::Mode::Dashboard => List::Dashboard,
                indicators::Mode::Grid => List::Grid,
            },
            Screen::Session => List::Steps,
            Screen::Report => return None,
        })
    }

    /// Each row's words, in the order the list shows them.
    pub fn list_texts(&self, list: List) -> Vec<String> {
        let lang = self.lang;
        if list == List::Home {
            return self
                .home
                .entries(self.view.home.sort)
                .into_iter()
                .map(|e| self.home.entry_words(e, lang))
                .collect();
        }
        let Some(doc) = self.shared.doc.as_ref() else {
            return Vec::new();
        };
        let w = &doc.workshop;
        let member = |id: Option<crate::domain::Id>| {
            id.and_then(|id| w.member(id))
                .map_or(String::new(), |m| m.name.clone())
        };
        match list {
            List::Home => Vec::new(),
            List::Card => card_texts(w),
            List::Team => w
                .team
                .iter()
                .map(|m| {
                    format!(
                        "{} {} {}",
                        m.name,
                        i18n::role(lang, m.role),
                        m.personal_goal
                    )
                })
                .collect(),
            List::Board => {
                let d = &w.diagnosis;
                diagnosis::rows(w, &self.view.diagnosis)
                    .into_iter()
                    .map(|r| match r {
                        BoardRow::Header(c) => i18n::category(lang, c).to_string(),
                        BoardRow::Cluster(id) => d
                            .clusters
                            .iter()
                            .find(|c| c.id == id)
                            .map_or(String::new(), |c| c.title.clone()),
                        BoardRow::Item { id, .. } => d
                            .items
                            .iter()
                            .find(|i| i.id == id)
                            .map_or(String::new(), |i| i.text.clone()),
                    })
                    .collect()
            }
            List::Plan(kind) => {
                let all = w.plans.list(kind);
                plans::visible(w, kind, &self.view.plans, self.view.today)
                    .into_iter()
                    .map(|i| format!("{} {}", all[i].what, member(all[i].who)))
                    .collect()
            }
            List::Cycles => w
                .cycles
                .iter()
                .map(|c| format!("{} {}", c.name, c.goal))
                .collect(),
            List::Periods => w
                .monitoring
                .periods
                .iter()
                .map(|p| format!("{} {}", p.label, p.school_year))
                .collect(),
            List::Control => match self.view.control.period_id(w) {
                Some(p) => control::entries(w, p)
                    .into_iter()
                    .map(|i| w.monitoring.control[i].what.clone())
                    .collect(),
                None => Vec::new(),
            },
            List::Dashboard => indicators::shown_rows(w, &self.view.indicators)
                .iter()
                .map(|r| indicator_name(w, r.indicator))
                .collect(),
            List::Grid => {
                let all: Vec<_> = w.monitoring.indicators().collect();
                indicators::grid_rows(w, &self.view.indicators)
                    .into_iter()
                    .map(|k| all[k].name.clone())
                    .collect()
            }
            List::Steps => session::shown(&self.view.session, w)
                .map(|rec| {
                    rec.steps()
                        .iter()
                        .map(|s| i18n::step_title(lang, *s).to_string())
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// What a list's rows depend on besides the workshop: the language and
    /// the view's choices (order, filter, group, …). `None`: the home
    /// screen's, which follows the files rather than the workshop.
    pub(super) fn list_shape(&self, list: List) -> Option<String> {
        let v = &self.view;
        let shape = match list {
            List::Home => return None,
            List::Card | List::Team | List::Cycles | List::Periods => String::new(),
            List::Board => {
                let d = &v.diagnosis;
                format!("{:?} {:?} {:?}", d.mode, d.author, d.reader)
            }
            List::Plan(kind) => {
                let p = &v.plans;
                format!("{kind:?} {:?} {:?} {}", p.sort, p.filter, v.today)
            }
            List::Control => v.control.period.to_string(),
            List::Dashboard | List::Grid => {
                let i = &v.indicators;
                format!("{:?} {:?} {:?} {:?}", i.group, i.sort, i.criterion, i.only)
            }
            List::Steps => format!("{:?}", v.session.selected),
        };
        Some(format!("{:?} {shape}", self.lang))
    }

    /// The row selected in a list, by its place among the rows shown.
    pub fn list_selected(&self, list: List) -> usize {
        let v = &self.view;
        match list {
            List::Home => v.home.selected,
            List::Card => v.project.selected,
            List::Team => v.team.selected,
            List::Board => v.diagnosis.selected,
            List::Plan(kind) => v.plans.selected[plans::pane_index(kind)],
            List::Cycles => v.cycles.selected,
            List::Periods => v.control.period,
            List::Control => v.control.selected,
            List::Dashboard => v.indicators.row,
            List::Grid => match self.shared.doc.as_ref() {
                Some(doc) => indicators::grid_rows(&doc.workshop, &v.indicators)
                    .iter()
                    .position(|r| *r == v.indicators.row)
                    .unwrap_or(0),
                None => 0,
            },
            List::Steps => self.looked_step().map_or(0, |(i, _)| i),
        }
    }

    /// Selects a row of a list (its pane too), as the arrows would reach it;
    /// a row past the end selects the last.
    pub(super) fn select_row(&mut self, list: List, i: usize, env: &super::Env) {
        let n = self.list_texts(list).len();
        if n == 0 {
            return;
        }
        let i = i.min(n - 1);
        let v = &mut self.view;
        match list {
            List::Home => v.home.selected = i,
            List::Card => v.project.selected = i,
            List::Team => v.team.selected = i,
            List::Board => v.diagnosis.selected = i,
            List::Plan(kind) => {
                v.plans.pane = kind;
                v.plans.selected[plans::pane_index(kind)] = i;
            }
            List::Cycles => v.cycles.selected = i,
            List::Periods => {
                v.control.pane = control::Pane::Periods;
                if v.control.period != i {
                    v.control.period = i;
                    v.control.selected = 0;
                }
            }
            List::Control => {
                v.control.pane = control::Pane::Plan;
                v.control.selected = i;
            }
            List::Dashboard => v.indicators.row = i,
            List::Grid => {
                if let Some(doc) = self.shared.doc.as_ref()
                    && let Some(r) = indicators::grid_rows(&doc.workshop, &v.indicators)
                        .get(i)
                        .copied()
                {
                    v.indicators.row = r;
                }
            }
            List::Steps => {
                super::router::route!(self, env, session, |v, s| session::look(v, s, i));
            }
        }
    }
}

fn indicator_name(w: &Workshop, id: crate::domain::Id) -> String {
    w.monitoring
        .indicators()
        .find(|i| i.id == id)
        .map_or(String::new(), |i| i.name.clone())
}

/// The words of each field of the card: what it holds, so that `/` finds a
/// calendar entry by its text and a field by what was written in it.
fn card_texts(w: &Workshop) -> Vec<String> {
    use project::Field as F;
    let mut card = w.project.clone();
    project::Field::of(w)
        .into_iter()
        .map(|f| match f {
            F::Title => w.title.clone(),
            F::Activity(i) => card
                .calendar
                .get(i)
                .map_or(String::new(), |a| a.what.clone()),
            F::Dissemination(i) => card
                .dissemination
                .get(i)
                .map_or(String::new(), |d| d.what.clone()),
            F::LevelEntry(i) => card.levels.get(i).map_or(String::new(), |l| l.note.clone()),
            F::Procedure(i) => card
                .procedures
                .get(i)
                .map_or(String::new(), |p| format!("{} {}", p.name, p.aim)),
            other => project::card_text(&mut card, other)
                .map(|s| s.clone())
                .unwrap_or_default(),
        })
        .collect()
}

/// Folds text for finding: lower case, and the letters with a caron or an
/// accent as their plain ones (so «ucenci» finds «učenci»; «е» finds «ё»).
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'č' | 'ć' | 'ç' => 'c',
            'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            'đ' => 'd',
            'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'ě' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ё' => 'е',
            'й' => 'и',
            other => other,
        })
        .collect()
}

/// The rows that hold the query (folded), in the list's order.
pub fn matches(texts: &[String], query: &str) -> Vec<usize> {
    let q = fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    texts
        .iter()
        .enumerate()
        .filter(|(_, t)| fold(t).contains(&q))
        .map(|(i, _)| i)
        .collect()
}

/// The match after (or, backwards, before) a row, going round the end;
/// `from` itself counts when `inclusive`.
pub fn next_match(hits: &[usize], from: usize, forward: bool, inclusive: bool) -> Option<usize> {
    if hits.is_empty() {
        return None;
    }
    if forward {
        hits.iter()
            .copied()
            .find(|&h| h > from || (inclusive && h == from))
            .or(hits.first().copied())
    } else {
        hits.iter()
            .rev()
            .copied()
            .find(|&h| h < from || (inclusive && h == from))
            .or(hits.last().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_finds_words_typed_without_carons() {
        let rows = vec![
            "Učenci poročajo".to_string(),
            "Starši".to_string(),
            "Ёлка и учёба".to_string(),
        ];
        assert_eq!(matches(&rows, "ucenci"), vec![0]);
        assert_eq!(matches(&rows, "STARŠI"), vec![1]);
        assert_eq!(matches(&rows, "учеба"), vec![2]);
        assert_eq!(matches(&rows, "  "), Vec::<usize>::new());
        assert_eq!(matches(&rows, "x"), Vec::<usize>::new());
    }

    #[test]
    fn the_next_match_goes_round_the_end() {
        let hits = [2, 5, 9];
        assert_eq!(next_match(&hits, 5, true, true), Some(5));
        assert_eq!(next_match(&hits, 5, true, false), Some(9));
        assert_eq!(next_match(&hits, 9, true, false), Some(2));
        assert_eq!(next_match(&hits, 2, false, false), Some(9));
        assert_eq!(next_match(&hits, 6, false, false), Some(5));
        assert_eq!(next_match(&[], 0, true, true), None);
    }
}
