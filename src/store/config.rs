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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub language: Option<Language>,
    pub theme: Option<String>,
    pub recent: Vec<PathBuf>,
}

impl Config {
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
}

/// Reads the configuration; a missing file is the default, a broken one is an
/// error the caller shows (and then goes on with the default).
pub fn load_config(path: &Path) -> Result<Config, StoreError> {
    match std::fs::read_to_string(path) {
        Ok(text) => ron::Options::default()
            .from_str(&text)
            .map_err(|e| StoreError::Parse {
                path: path.to_path_buf(),
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
                message: e.code.to_string(),
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(StoreError::io(path, &e)),
    }
}

pub fn save_config(path: &Path, config: &Config) -> Result<(), StoreError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(path, &e))?;
    }
    let text = ron::ser::to_string_pretty(config, super::format::pretty()).map_err(|e| {
        StoreError::Invalid {
            path: path.to_path_buf(),
            problems: vec![e.to_string()],
        }
    })?;
    write_atomic(
        path,
        text.as_bytes(),
        SaveOptions {
            fsync: true,
            rotate_backups: false,
        },
    )
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
    fn config_round_trips_and_recent_is_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cfg").join("config.ron");
        assert_eq!(load_config(&path).unwrap(), Config::default());
        let mut c = Config {
            language: Some(Language::Ru),
            ..Config::default()
        };
        for i in 0..12 {
            c.touch_recent(Path::new(&format!("/nowhere/{i}.ron")));
        }
        c.touch_recent(Path::new("/nowhere/3.ron"));
        assert_eq!(c.recent.len(), RECENT_MAX);
        assert_eq!(c.recent[0], PathBuf::from("/nowhere/3.ron"));
        save_config(&path, &c).unwrap();
        assert_eq!(load_config(&path).unwrap(), c);
    }

    #[test]
    fn a_broken_config_is_an_error_with_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(&path, "(language: Some(xx))").unwrap();
        assert!(matches!(load_config(&path), Err(StoreError::Parse { .. })));
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
