//! Files: the versioned RON envelope and its migrations, atomic saves with
//! rotating backups, the sidecar lock, recovery files, paths and configuration.

pub mod config;
mod faults;
pub mod file;
pub mod format;
pub mod lock;
pub mod portfolio;
pub mod save;
pub mod sheet;

use std::path::{Path, PathBuf};

pub use file::{OnDisk, Stamp};
pub use format::{from_text, load, load_stamped, to_text};
pub use lock::{Lock, LockOutcome};
pub use save::{SaveOptions, save_workshop};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: {message}", shown(path))]
    Io { path: PathBuf, message: String },
    #[error("{}:{line}:{col}: {message}", shown(path))]
    Parse {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{}: {}", shown(path), problems.join("; "))]
    Invalid {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error(
        "{}: written by a newer premisli (format version {found}, this one knows up to {known}); it is left untouched",
        shown(path)
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("{}: format version {found} is unknown", shown(path))]
    UnknownVersion { path: PathBuf, found: u32 },
}

impl StoreError {
    pub fn io(path: &Path, err: &std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            message: io_message(err),
        }
    }

    /// One line per problem, each in the `PATH[:LINE:COL]: message` shape.
    pub fn lines(&self) -> Vec<String> {
        match self {
            StoreError::Invalid { path, problems } => problems
                .iter()
                .map(|p| format!("{}: {p}", shown(path)))
                .collect(),
            other => vec![other.to_string()],
        }
    }
}

/// A path as it may be shown: control characters made visible, so that a
/// hostile file name cannot drive the terminal.
pub fn shown(path: &Path) -> String {
    crate::text::visible(&path.display().to_string())
}

fn io_message(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => "no such file".to_string(),
        K::PermissionDenied => "permission denied".to_string(),
        K::StorageFull => "the disk is full".to_string(),
        K::ReadOnlyFilesystem => "the file system is read-only".to_string(),
        _ => err.to_string(),
    }
}
