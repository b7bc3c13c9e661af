//! The home screen: workshops in the data directory, recent files, a new
//! workshop, the samples.

use std::path::PathBuf;

use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::outcome::{Outcome, accept};
use super::{Effect, Overlay};
use crate::domain::Language;
use crate::domain::portfolio::SortBy;
use crate::i18n::{self, T};
use crate::render::portfolio::order;
use crate::store::portfolio::Listed;

#[derive(Debug, Clone, Default)]
pub struct HomeData {
    pub data_dir: Option<PathBuf>,
    /// The data directory's workshops and the recent ones elsewhere, each at
    /// a glance (or why it cannot be read): the consultant's portfolio.
    pub workshops: Vec<Listed>,
    pub recent: Vec<Listed>,
    /// Recovery copies not yet restored or discarded: (the workshop, the copy).
    pub recovered: Vec<(PathBuf, PathBuf)>,
    /// Sample names with their descriptions.
    pub samples: Vec<(String, T)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Recovered(usize),
    Workshop(usize),
    Recent(usize),
    New,
    Sample(usize),
}

impl HomeData {
    /// The entries in the order shown: the workshops of each group in the
    /// order the portfolio is sorted by.
    pub fn entries(&self, by: SortBy) -> Vec<Entry> {
        let mut v: Vec<Entry> = (0..self.recovered.len()).map(Entry::Recovered).collect();
        v.extend(order(&self.workshops, by).into_iter().map(Entry::Workshop));
        v.extend(order(&self.recent, by).into_iter().map(Entry::Recent));
        v.push(Entry::New);
        v.extend((0..self.samples.len()).map(Entry::Sample));
        v
    }

    /// An entry's words, for finding it: the school and title, else the
    /// file's name; a sample's name and what it shows.
    pub fn entry_words(&self, e: Entry, lang: Language) -> String {
        let listed = |l: &Listed| {
            let name = crate::store::shown(&l.path);
            match &l.glance {
                Ok(g) => format!("{} {} {name}", g.school, g.title),
                Err(_) => name,
            }
        };
        match e {
            Entry::Recovered(i) => self
                .recovered
                .get(i)
                .map_or(String::new(), |(p, _)| crate::store::shown(p)),
            Entry::Workshop(i) => self.workshops.get(i).map_or(String::new(), listed),
            Entry::Recent(i) => self.recent.get(i).map_or(String::new(), listed),
            Entry::New => i18n::t(lang, T::HomeNew).to_string(),
            Entry::Sample(i) => self
                .samples
                .get(i)
                .map_or(String::new(), |(n, d)| format!("{n} {}", i18n::t(lang, *d))),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HomeView {
    pub selected: usize,
    pub sort: SortBy,
}

/// A file name from a title: lower case, letters and digits, dashes between.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out
        .trim_end_matches('-')
        .chars()
        .take(60)
        .collect::<String>();
    if out.is_empty() {
        "workshop".into()
    } else {
        out
    }
}

fn open(listed: Option<&Listed>) -> Outcome<HomeView> {
    match listed {
        Some(l) => Outcome::effect(Effect::Open(l.path.clone())),
        None => Outcome::none(),
    }
}

/// The home screen's keys: moving, opening an entry, a new workshop.
pub fn update(
    v: &mut HomeView,
    data: &HomeData,
    lang: Language,
    action: Action,
) -> Outcome<HomeView> {
    let entries = data.entries(v.sort);
    let last = entries.len().saturating_sub(1);
    match action {
        Action::Sort => {
            // The same entry stays selected in the new order.
            let at = entries.get(v.selected).copied();
            v.sort = v.sort.next();
            if let Some(at) = at {
                v.selected = data
                    .entries(v.sort)
                    .iter()
                    .position(|e| *e == at)
                    .unwrap_or(0);
            }
            let by = i18n::t(lang, crate::render::portfolio::sort_name(v.sort));
            return Outcome::info(i18n::F::SortedNow, &[("by", by)]);
        }
        Action::Up | Action::PrevField => v.selected = v.selected.saturating_sub(1),
        Action::Down | Action::NextField => v.selected = (v.selected + 1).min(last),
        Action::First | Action::PageUp => v.selected = 0,
        Action::Last | Action::PageDown => v.selected = last,
        Action::Add => return new_workshop_form(lang),
        Action::OpenPath => {
            // Starting from the data folder, as typed paths usually do.
            let start = data
                .data_dir
                .as_ref()
                .map(|d| format!("{}{}", d.display(), std::path::MAIN_SEPARATOR))
                .unwrap_or_default();
            return Outcome::open(Overlay::Form(Form::new(
                FormKind::OpenPath,
                T::OpenPathTitle,
                vec![FormField::text(T::FieldPath, &start, false)],
            )));
        }
        Action::Open => {
            return match entries.get(v.selected) {
                Some(Entry::Workshop(i)) => open(data.workshops.get(*i)),
                Some(Entry::Recent(i)) => open(data.recent.get(*i)),
                Some(Entry::Sample(i)) => Outcome::effect(Effect::OpenSample(*i)),
                Some(Entry::Recovered(i)) => match data.recovered.get(*i) {
                    Some((original, copy)) => Outcome::effect(Effect::OpenRecovered {
                        original: original.clone(),
                        copy: copy.clone(),
                    }),
                    None => Outcome::none(),
                },
                Some(Entry::New) => new_workshop_form(lang),
                None => Outcome::none(),
            };
        }
        _ => {}
    }
    Outcome::none()
}

fn new_workshop_form(lang: Language) -> Outcome<HomeView> {
    let at = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let names = Language::ALL
        .iter()
        .map(|l| i18n::language_name(*l).to_string())
        .collect();
    Outcome::open(Overlay::Form(Form::new(
        FormKind::NewWorkshop,
        T::NewWorkshopTitle,
        vec![
            FormField::text(T::FieldTitle, "", false),
            FormField::choice(T::FieldLanguage, at, names),
            FormField::text(T::FieldFileName, "", false),
            FormField::choice(
                T::FieldWorkshopMethod,
                0,
                crate::domain::Method::ALL
                    .iter()
                    .map(|m| i18n::method_name(lang, *m).to_string())
                    .collect(),
            ),
        ],
    )))
}

/// The file to create for the new-workshop form, or a message why not.
pub fn new_workshop_saved(data: &HomeData, form: &Form) -> Outcome<HomeView> {
    let title = accept!(crate::domain::non_empty(form.text(0)));
    let language = Language::ALL[form.choice(1).min(2)];
    let typed = form.text(2).trim();
    let mut name = if typed.is_empty() {
        slug(&title)
    } else {
        typed.replace(['/', '\\'], "-")
    };
    if !name.ends_with(".ron") {
        name.push_str(".ron");
    }
    let dir = data.data_dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let path = dir.join(name);
    if path.exists() {
        let shown = crate::store::shown(&path);
        let mut out = Outcome::warn(T::FileExists, &[("path", &shown)]);
        out.refused = true;
        return out;
    }
    let method = crate::domain::Method::ALL[form.choice(3).min(1)];
    Outcome::effect(Effect::Create {
        path,
        title,
        language,
        method,
    })
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_keep_letters_of_any_script() {
        assert_eq!(
            slug("Odgovorno sodelovanje: 5.a!"),
            "odgovorno-sodelovanje-5-a"
        );
        assert_eq!(slug("Мониторинг качества"), "мониторинг-качества");
        assert_eq!(slug("  ***  "), "workshop");
    }
}
