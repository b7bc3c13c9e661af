//! Atomic saving: write a temp file beside the target, fsync it, keep the old
//! version as a backup, rename over the target, fsync the directory. Any failure
//! leaves the original as it was and is reported as "not saved". A symlink is
//! written through to its target; the file keeps its mode and owner.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::file::{Stamp, resolve, sidecar};
use super::{StoreError, format::to_text};
use crate::domain::Workshop;

pub const BACKUPS: usize = 3;

#[derive(Debug, Clone, Copy)]
pub struct SaveOptions {
    /// Flush to the disk before and after the rename (off only in benchmarks).
    pub fsync: bool,
    /// Rotate the backups (`.bak1` newest … `.bak3`) before replacing the file.
    pub rotate_backups: bool,
    /// Never replace a file (or a dangling symlink) already there.
    pub create_new: bool,
}

impl Default for SaveOptions {
    fn default() -> Self {
        SaveOptions {
            fsync: true,
            rotate_backups: true,
            create_new: false,
        }
    }
}

impl SaveOptions {
    /// A document written once: no backups of it.
    pub fn document() -> SaveOptions {
        SaveOptions {
            rotate_backups: false,
            ..SaveOptions::default()
        }
    }
}

pub fn save_workshop(path: &Path, w: &Workshop, opts: SaveOptions) -> Result<Stamp, StoreError> {
    let text = to_text(w).map_err(|e| match e {
        StoreError::Invalid { problems, .. } => StoreError::Invalid {
            path: path.to_path_buf(),
            problems,
        },
        other => other,
    })?;
    write_atomic(path, text.as_bytes(), opts)
}

/// The `n`th backup (1 newest) of the file a path names (through symlinks).
pub fn backup_path(path: &Path, n: usize) -> PathBuf {
    sidecar(&resolve(path), &format!(".bak{n}"))
}

pub use super::faults::Fault;
#[cfg(any(test, feature = "testing"))]
pub use super::faults::inject_fault;
use super::faults::{fault, hang_if_asked, injected};

/// Writes the bytes as the file a path names, atomically; returns what is
/// now on disk. A new file gets the ordinary permissions (the umask decides);
/// an existing one keeps its mode, and its owner and group where allowed.
pub fn write_atomic(path: &Path, bytes: &[u8], opts: SaveOptions) -> Result<Stamp, StoreError> {
    let err = |e: std::io::Error| StoreError::io(path, &e);
    fault(Fault::ReadOnlyDir).map_err(err)?;
    hang_if_asked();
    if opts.create_new && fs::symlink_metadata(path).is_ok() {
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            message: "already exists; not overwritten".into(),
        });
    }
    let target = resolve(path);
    let existing = match fs::metadata(&target) {
        Ok(m) if !m.is_file() => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                message: "is not a regular file; not written".into(),
            });
        }
        Ok(m) => Some(m),
        Err(_) => None,
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    let prefix = temp_prefix(&target);
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir).map_err(err)?;
    if injected(Fault::DiskFull) {
        // Half the bytes land, then the disk is full (the temp file is dropped).
        tmp.write_all(&bytes[..bytes.len() / 2]).map_err(err)?;
        fault(Fault::DiskFull).map_err(err)?;
    }
    tmp.write_all(bytes).map_err(err)?;
    tmp.flush().map_err(err)?;
    if let Some(meta) = &existing {
        keep_owner_and_mode(tmp.as_file(), meta).map_err(err)?;
    }
    if opts.fsync {
        fault(Fault::Fsync).map_err(err)?;
        tmp.as_file().sync_all().map_err(err)?;
    }
    if opts.rotate_backups && existing.is_some() {
        rotate_backups(&target).map_err(err)?;
    }
    if opts.create_new {
        tmp.persist_noclobber(&target).map_err(|e| err(e.error))?;
    } else {
        tmp.persist(&target).map_err(|e| err(e.error))?;
    }
    if opts.fsync {
        sync_dir(&dir).map_err(err)?;
    }
    let meta = fs::metadata(&target).ok();
    Ok(Stamp::of(bytes, meta.as_ref()))
}

/// The rename is durable only once the directory entry is on disk (Unix);
/// Windows has no handle on a directory to flush.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// The start of a temp file's name: hidden, named after the file (shortened
/// so that the whole name fits), found again by `clean_stray_temps`.
fn temp_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut keep = name.len().min(200);
    while keep > 0 && !name.is_char_boundary(keep) {
        keep -= 1;
    }
    format!(".{}.", &name[..keep])
}

#[cfg(unix)]
fn keep_owner_and_mode(tmp: &File, meta: &fs::Metadata) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    // Only root may give a file away; a member of the file's group may keep
    // the group. Either failing leaves the file ours, which still works.
    if std::os::unix::fs::fchown(tmp, Some(meta.uid()), Some(meta.gid())).is_err() {
        let _ = std::os::unix::fs::fchown(tmp, None, Some(meta.gid()));
    }
    tmp.set_permissions(meta.permissions())
}

#[cfg(not(unix))]
fn keep_owner_and_mode(tmp: &File, meta: &fs::Metadata) -> std::io::Result<()> {
    let _ = (tmp, meta);
    Ok(())
}

/// `.bak2` → `.bak3`, `.bak1` → `.bak2`, the current file → `.bak1` (as a
/// hard link or a copy, so the file itself never disappears).
fn rotate_backups(target: &Path) -> std::io::Result<()> {
    let bak = |n: usize| sidecar(target, &format!(".bak{n}"));
    for n in (1..BACKUPS).rev() {
        let from = bak(n);
        if from.exists() {
            fs::rename(&from, bak(n + 1))?;
        }
    }
    let newest = bak(1);
    if newest.exists() {
        fs::remove_file(&newest)?;
    }
    if fs::hard_link(target, &newest).is_err() {
        fs::copy(target, &newest)?;
    }
    Ok(())
}

/// Removes temp files a crashed save left beside the workshop.
pub fn clean_stray_temps(path: &Path) -> usize {
    let target = resolve(path);
    let Some(dir) = target.parent() else {
        return 0;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = temp_prefix(&target);
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.starts_with(&prefix) && n.ends_with(".tmp")
        })
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

/// The file a crash leaves beside the workshop, offered at the next open.
pub fn recovery_path(path: &Path) -> PathBuf {
    sidecar(&resolve(path), ".recovery")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::store::format::load;

    #[test]
    fn save_then_load_is_equal_and_backups_rotate() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        for i in 0..5 {
            let w = Workshop::new(&format!("v{i}"), Language::Sl);
            save_workshop(&path, &w, SaveOptions::default()).unwrap();
            assert_eq!(load(&path).unwrap(), w);
        }
        assert_eq!(load(&backup_path(&path, 1)).unwrap().title, "v3");
        assert_eq!(load(&backup_path(&path, 2)).unwrap().title, "v2");
        assert_eq!(load(&backup_path(&path, 3)).unwrap().title, "v1");
        assert!(!backup_path(&path, 4).exists());
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 4, "no temp files left: {names:?}");
    }

    #[test]
    fn a_failed_save_leaves_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-dir").join("w.ron");
        let err = save_workshop(&path, &Workshop::default(), SaveOptions::default()).unwrap_err();
        assert!(err.to_string().contains("w.ron"), "{err}");
    }

    #[test]
    fn stray_temps_are_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        fs::write(dir.path().join(".w.ron.abc123.tmp"), "half").unwrap();
        fs::write(dir.path().join(".other.ron.x.tmp"), "keep").unwrap();
        assert_eq!(clean_stray_temps(&path), 1);
        assert!(dir.path().join(".other.ron.x.tmp").exists());
    }
}
