//! Where things live (the platform's data and config directories) and the
//! user's configuration: language, theme, recent files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{
    StoreError,
    save::{SaveOptions, write_atomic},
};
use crate::domain::Language;

pub const RECENT_MAX: usize = 8;

/// The user's choices, read from their file and never written by the app.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default)]
pub struct Config {
    pub language: Option<Language>,
    pub theme: Option<String>,
    /// Read only to carry an older version's list of recent files over into
    /// the state; the configuration itself is never rewritten.
    pub recent: Vec<PathBuf>,
    /// The colours the terminal shows, when it says so wrongly or not at
    /// all: "truecolor", "256", "16" or "none" (default: from COLORTERM and
    /// TERM).
    pub colors: Option<String>,
    /// The theme of projector mode (default: the user's `projector.ron`,
    /// else the built-in one).
    pub projector_theme: Option<String>,
    /// Clicks and the wheel (default on); off leaves the mouse to the
    /// terminal, to select and copy text.
    pub mouse: Option<bool>,
}

const CONFIG_FIELDS: [&str; 6] = [
    "language",
    "theme",
    "recent",
    "colors",
    "projector_theme",
    "mouse",
];

/// What the app keeps for itself between runs, apart from the configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    pub recent: Vec<PathBuf>,
}

impl State {
    /// Puts a file at the top of the recent list.
    pub fn touch_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_MAX);
    }
}

#[derive(Debug, Clone)]
pub struct Dirs {
    pub data: PathBuf,
    pub config: PathBuf,
}

impl Dirs {
    pub fn discover() -> Option<Dirs> {
        let pd = directories::ProjectDirs::from("si", "premisli", "premisli")?;
        Some(Dirs {
            data: pd.data_dir().to_path_buf(),
            config: pd.config_dir().to_path_buf(),
        })
    }

    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.ron")
    }

    pub fn themes(&self) -> PathBuf {
        self.config.join("themes")
    }

    pub fn state_file(&self) -> PathBuf {
        self.data.join(".state.ron")
    }

    /// Where recovery copies go when they cannot be kept beside their file.
    pub fn recovery_dir(&self) -> PathBuf {
        self.data.join("recovery")
    }
}

/// Reads the configuration; a missing file is the default, a broken one is an
/// error the caller shows (and then goes on with the default). Fields this
/// version does not know (a newer version's, a typo) are named as warnings
/// and otherwise left alone.
pub fn load_config(path: &Path) -> Result<(Config, Vec<String>), StoreError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((Config::default(), Vec::new()));
        }
        Err(e) => return Err(StoreError::io(path, &e)),
    };
    let parse_error = |e: ron::error::SpannedError| StoreError::Parse {
        path: path.to_path_buf(),
        line: e.span.start.line.max(1),
        col: e.span.start.col.max(1),
        message: e.code.to_string(),
    };
    let value: ron::Value = ron::Options::default()
        .from_str(&text)
        .map_err(parse_error)?;
    let mut unknown = Vec::new();
    if let ron::Value::Map(map) = &value {
        for (key, _) in map.iter() {
            match key {
                ron::Value::String(k) if CONFIG_FIELDS.contains(&k.as_str()) => {}
                // Keys have a file of their own, as in gitui.
                ron::Value::String(k) if k == "keys" => unknown.push(format!(
                    "{}: \"keys\" go in keys.ron beside it; left as it is",
                    super::shown(path)
                )),
                ron::Value::String(k) => unknown.push(format!(
                    "{}: unknown setting \"{}\" left as it is",
                    super::shown(path),
                    crate::text::visible(k)
                )),
                _ => {}
            }
        }
    }
    // `theme: "light"` reads as well as `theme: Some("light")`.
    let config = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .map_err(parse_error)?;
    Ok((config, unknown))
}

/// One change of the keys, as `keys.ron` says it: an action (in every
/// context it has keys in, or in one), and the keys it takes instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyChange {
    pub context: Option<String>,
    pub action: String,
    pub keys: Vec<String>,
}

/// Reads `keys.ron`: only the keys the user changes, the rest stay as they
/// are. `(quit: "ctrl-x", help: ["F1", "h"], plans: (add: "n"))` — an
/// action with a key or a list of keys, or a context with its own. A
/// missing file changes nothing; an entry not understood is named and
/// skipped; the file is never written.
pub fn load_keys(path: &Path) -> Result<(Vec<KeyChange>, Vec<String>), StoreError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((Vec::new(), Vec::new()));
        }
        Err(e) => return Err(StoreError::io(path, &e)),
    };
    let value: ron::Value =
        ron::Options::default()
            .from_str(&text)
            .map_err(|e| StoreError::Parse {
                path: path.to_path_buf(),
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
                message: e.code.to_string(),
            })?;
    let shown = super::shown(path);
    let mut changes = Vec::new();
    let mut notes = Vec::new();
    let ron::Value::Map(map) = value else {
        notes.push(format!("{shown}: expected (action: \"key\", …)"));
        return Ok((changes, notes));
    };
    for (key, value) in map.iter() {
        let ron::Value::String(name) = key else {
            notes.push(format!("{shown}: a name was expected"));
            continue;
        };
        let name = crate::text::visible(name);
        match value {
            ron::Value::Map(inner) => {
                for (action, keys) in inner.iter() {
                    let ron::Value::String(action) = action else {
                        notes.push(format!("{shown}: {name}: a name was expected"));
                        continue;
                    };
                    let action = crate::text::visible(action);
                    match key_list(keys) {
                        Some(keys) => changes.push(KeyChange {
                            context: Some(name.clone()),
                            action,
                            keys,
                        }),
                        None => notes.push(format!(
                            "{shown}: {name}.{action}: a key (\"x\") or a list of keys expected"
                        )),
                    }
                }
            }
            other => match key_list(other) {
                Some(keys) => changes.push(KeyChange {
                    context: None,
                    action: name,
                    keys,
                }),
                None => notes.push(format!(
                    "{shown}: {name}: a key (\"x\") or a list of keys expected"
                )),
            },
        }
    }
    Ok((changes, notes))
}

/// A key or a list of keys, as written.
fn key_list(v: &ron::Value) -> Option<Vec<String>> {
    match v {
        ron::Value::String(s) => Some(vec![s.clone()]),
        ron::Value::Char(c) => Some(vec![c.to_string()]),
        ron::Value::Seq(items) => items
            .iter()
            .map(|i| match i {
                ron::Value::String(s) => Some(s.clone()),
                ron::Value::Char(c) => Some(c.to_string()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// Reads the app's state; anything unreadable is simply a fresh state.
pub fn load_state(path: &Path) -> State {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| ron::Options::default().from_str(&t).ok())
        .unwrap_or_default()
}

pub fn save_state(path: &Path, state: &State) -> Result<(), StoreError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(path, &e))?;
    }
    let text = ron::ser::to_string_pretty(state, super::format::pretty()).map_err(|e| {
        StoreError::Invalid {
            path: path.to_path_buf(),
            problems: vec![e.to_string()],
        }
    })?;
    write_atomic(path, text.as_bytes(), SaveOptions::document()).map(drop)
}

/// Workshop files in a directory, newest first.
pub fn list_workshops(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .map(|p| {
            (
                p.metadata()
                    .and_then(|m| m.modified())
                    .unwrap_or(std::time::UNIX_EPOCH),
                p,
            )
        })
        .collect();
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    files.into_iter().map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_round_trips_and_recent_is_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data").join("state.ron");
        assert_eq!(load_state(&path), State::default());
        let mut st = State::default();
        for i in 0..12 {
            st.touch_recent(Path::new(&format!("/nowhere/{i}.ron")));
        }
        st.touch_recent(Path::new("/nowhere/3.ron"));
        assert_eq!(st.recent.len(), RECENT_MAX);
        assert_eq!(st.recent[0], PathBuf::from("/nowhere/3.ron"));
        save_state(&path, &st).unwrap();
        assert_eq!(load_state(&path), st);
    }

    #[test]
    fn a_broken_config_is_an_error_with_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(&path, "(language: Some(xx))").unwrap();
        assert!(matches!(load_config(&path), Err(StoreError::Parse { .. })));
        std::fs::write(&path, "(language: Some(Ru)").unwrap();
        assert!(matches!(load_config(&path), Err(StoreError::Parse { .. })));
    }

    #[test]
    fn unknown_settings_are_warned_about_and_the_rest_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        let text = "// mine\n(language: Some(ru), keys: (quit: \"x\"), theme: \"light\")\n\n";
        std::fs::write(&path, text).unwrap();
        let (config, warnings) = load_config(&path).unwrap();
        assert_eq!(config.language, Some(Language::Ru));
        assert_eq!(config.theme.as_deref(), Some("light"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("keys.ron"), "{warnings:?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        std::fs::write(&path, "(language: ru, theme: Some(\"light\"))").unwrap();
        let (config, warnings) = load_config(&path).unwrap();
        assert_eq!(config.language, Some(Language::Ru));
        assert_eq!(config.theme.as_deref(), Some("light"));
        assert!(warnings.is_empty());
    }

    #[test]
    fn keys_ron_is_read_entry_by_entry_and_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.ron");
        assert_eq!(load_keys(&path).unwrap(), (Vec::new(), Vec::new()));
        let text = "// mine\n(\n    quit: \"ctrl-x\",\n    help: [\"F1\", \"h\"],\n    plans: (add: \"n\"),\n    odd: 3,\n)\n";
        std::fs::write(&path, text).unwrap();
        let (changes, notes) = load_keys(&path).unwrap();
        let find = |a: &str| changes.iter().find(|c| c.action == a).cloned();
        assert_eq!(find("quit").unwrap().keys, vec!["ctrl-x"]);
        assert_eq!(find("quit").unwrap().context, None);
        assert_eq!(find("help").unwrap().keys, vec!["F1", "h"]);
        assert_eq!(find("add").unwrap().context.as_deref(), Some("plans"));
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains("odd"), "{notes:?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        std::fs::write(&path, "(quit: \"x\"").unwrap();
        assert!(matches!(load_keys(&path), Err(StoreError::Parse { .. })));
    }

    #[test]
    fn only_ron_files_are_listed() {
        let dir = tempfile::tempdir().unwrap();
        for n in ["a.ron", "b.ron.bak1", ".c.ron.x.tmp", "d.txt", "e.ron"] {
            std::fs::write(dir.path().join(n), "").unwrap();
        }
        let names: Vec<String> = list_workshops(dir.path())
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(sorted, vec!["a.ron", "e.ron"]);
    }
}
