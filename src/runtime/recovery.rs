//! Recovery copies: the workshop as it was when premisli had to stop without
//! saving. One per workshop: beside its file when that place takes it, else in
//! the data directory under a name made from the workshop's path. Each copy
//! starts with a comment naming its workshop, so the home screen can list it.

use std::hash::Hasher;
use std::path::{Path, PathBuf};

use crate::store::{self, SaveOptions, config::Dirs, save::recovery_path};

const HEADER: &str = "// premisli recovery of: ";
const SUFFIX: &str = ".ron.recovery";

/// The copy's name in a fallback directory: the workshop's name and a hash of
/// its full path (two `plan.ron` in different folders keep two copies).
pub fn fallback_path(dir: &Path, original: &Path) -> PathBuf {
    let full = std::fs::canonicalize(original).unwrap_or_else(|_| original.to_path_buf());
    let mut h = std::hash::DefaultHasher::new();
    h.write(full.to_string_lossy().as_bytes());
    let stem: String = original
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
        .chars()
        .filter(|c| !crate::text::is_control_or_bidi(*c) && *c != '/' && *c != '\\')
        .take(60)
        .collect();
    dir.join(format!("{stem}-{:016x}{SUFFIX}", h.finish()))
}

/// The places a workshop's copy may be, in the order they are tried.
pub fn places(original: &Path, dirs: Option<&Dirs>) -> Vec<PathBuf> {
    let mut v = vec![recovery_path(original)];
    if let Some(d) = dirs {
        v.push(fallback_path(&d.recovery_dir(), original));
    }
    v.push(fallback_path(&temp_dir(), original));
    v
}

/// The last resort: a folder of this user's own in the shared temp directory.
fn temp_dir() -> PathBuf {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default();
    let user: String = user
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(32)
        .collect();
    std::env::temp_dir().join(format!("premisli-recovery-{user}"))
}

/// The copy waiting for this workshop, if there is one.
pub fn find(original: &Path, dirs: Option<&Dirs>) -> Option<PathBuf> {
    places(original, dirs).into_iter().find(|p| p.is_file())
}

/// Writes the copy in the first place that takes it; where it went.
pub fn write(original: Option<&Path>, text: &str, dirs: Option<&Dirs>) -> Option<PathBuf> {
    let (targets, header) = match original {
        Some(p) => {
            let quoted = ron::to_string(&p.to_string_lossy().into_owned()).unwrap_or_default();
            (places(p, dirs), format!("{HEADER}{quoted}\n"))
        }
        None => {
            let name = format!(
                "unsaved-{}{SUFFIX}",
                chrono::Local::now().format("%Y%m%d-%H%M%S")
            );
            let mut v: Vec<PathBuf> = dirs.iter().map(|d| d.recovery_dir().join(&name)).collect();
            v.push(temp_dir().join(&name));
            (v, String::new())
        }
    };
    let bytes = format!("{header}{text}");
    let beside = original.map(recovery_path);
    targets.into_iter().find(|t| {
        // The workshop's own folder is never made anew (an unplugged stick);
        // the fallback folders are.
        let place_ok = if Some(t) == beside.as_ref() {
            t.parent().is_some_and(Path::is_dir)
        } else {
            t.parent().is_some_and(|d| create_private_dir(d).is_ok())
        };
        place_ok && store::save::write_atomic(t, bytes.as_bytes(), SaveOptions::document()).is_ok()
    })
}

/// A fallback directory for copies is the user's own (the temp one is shared).
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let shared_tmp = dir.parent() == Some(std::env::temp_dir().as_path());
    if shared_tmp {
        return private_temp_dir(dir);
    }
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)
}

/// In the shared temp directory anyone may have made the folder first, or a
/// symlink in its place: it is used only when it is a real folder of ours
/// that no one else can enter.
fn private_temp_dir(dir: &Path) -> std::io::Result<()> {
    let refuse = || std::io::Error::from(std::io::ErrorKind::PermissionDenied);
    match std::fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // create_dir (not _all) fails if someone made it meanwhile.
            std::fs::create_dir(dir)?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
            }
            private_temp_dir(dir)
        }
        Err(e) => Err(e),
        Ok(m) if !m.file_type().is_dir() => Err(refuse()),
        Ok(m) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::{MetadataExt, PermissionsExt};
                // Who we are: the owner of a file we just made.
                let me = tempfile::tempfile()?.metadata()?.uid();
                if m.uid() != me || m.permissions().mode() & 0o077 != 0 {
                    return Err(refuse());
                }
            }
            let _ = m;
            Ok(())
        }
    }
}

/// The workshop a copy was made of, from its first line.
pub fn original_of(copy: &Path) -> Option<PathBuf> {
    use std::io::BufRead;
    let file = std::fs::File::open(copy).ok()?;
    let mut first = String::new();
    // A header line is short; a hostile file cannot make us read much.
    std::io::BufReader::new(std::io::Read::take(file, 8192))
        .read_line(&mut first)
        .ok()?;
    let quoted = first.trim_end().strip_prefix(HEADER)?;
    ron::from_str::<String>(quoted).ok().map(PathBuf::from)
}

/// Copies waiting in the data directory and beside the given workshops:
/// (the workshop, the copy), each workshop once.
pub fn list(dirs: Option<&Dirs>, known: &[PathBuf]) -> Vec<(PathBuf, PathBuf)> {
    let mut found: Vec<(PathBuf, PathBuf)> = Vec::new();
    for w in known {
        let beside = recovery_path(w);
        if beside.is_file() {
            found.push((w.clone(), beside));
        }
    }
    if let Some(Ok(entries)) = dirs.map(|d| std::fs::read_dir(d.recovery_dir())) {
        let mut copies: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(SUFFIX) && p.is_file())
            .collect();
        copies.sort();
        for copy in copies {
            if let Some(original) = original_of(&copy)
                && !found.iter().any(|(o, _)| o == &original)
            {
                found.push((original, copy));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dirs(root: &Path) -> Dirs {
        Dirs {
            data: root.join("data"),
            config: root.join("config"),
        }
    }

    #[test]
    fn a_copy_that_cannot_go_beside_its_file_is_found_and_listed_again() {
        let root = tempfile::tempdir().unwrap();
        let d = dirs(root.path());
        // The workshop's folder is gone (an unplugged stick): the copy goes
        // to the data directory, named after the workshop.
        let original = root.path().join("usb").join("načrt.ron");
        let copy = write(Some(&original), "Workshop()", Some(&d)).unwrap();
        assert!(copy.starts_with(d.recovery_dir()), "{copy:?}");
        assert_eq!(find(&original, Some(&d)), Some(copy.clone()));
        assert_eq!(original_of(&copy), Some(original.clone()));
        assert_eq!(list(Some(&d), &[]), vec![(original.clone(), copy.clone())]);
        // Another workshop of the same name elsewhere keeps its own copy.
        let other = root.path().join("elsewhere").join("načrt.ron");
        let copy2 = write(Some(&other), "Workshop()", Some(&d)).unwrap();
        assert_ne!(copy, copy2);
        assert_eq!(list(Some(&d), &[]).len(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn a_temp_folder_someone_else_prepared_is_not_used() {
        let root = tempfile::tempdir().unwrap();
        // A symlink planted where the folder goes, pointing somewhere else.
        let planted = root.path().join("planted");
        std::fs::create_dir(&planted).unwrap();
        let link =
            std::env::temp_dir().join(format!("premisli-recovery-test-{}", std::process::id()));
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&planted, &link).unwrap();
        assert!(private_temp_dir(&link).is_err());
        std::fs::remove_file(&link).unwrap();
        // A real folder of ours, open to others: refused too.
        std::fs::create_dir(&link).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&link, std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(private_temp_dir(&link).is_err());
        std::fs::set_permissions(&link, std::fs::Permissions::from_mode(0o700)).unwrap();
        assert!(private_temp_dir(&link).is_ok());
        std::fs::remove_dir(&link).unwrap();
    }

    #[test]
    fn a_copy_beside_its_file_wins() {
        let root = tempfile::tempdir().unwrap();
        let d = dirs(root.path());
        let original = root.path().join("w.ron");
        std::fs::write(&original, "x").unwrap();
        let copy = write(Some(&original), "Workshop()", Some(&d)).unwrap();
        assert_eq!(copy, recovery_path(&original));
        assert_eq!(list(Some(&d), std::slice::from_ref(&original)).len(), 1);
        let text = std::fs::read_to_string(&copy).unwrap();
        assert!(
            text.starts_with(HEADER) && text.ends_with("Workshop()"),
            "{text}"
        );
    }
}
