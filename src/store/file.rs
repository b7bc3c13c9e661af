//! The workshop file as the user has it: where a symlink really points, what
//! was on disk when we last read or wrote it (to notice someone else's change),
//! names for the files kept beside it, and whether it may be written at all.

use std::fs;
use std::hash::Hasher;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a file held when we last read or wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub len: u64,
    pub modified: Option<SystemTime>,
    pub hash: u64,
}

impl Stamp {
    pub fn of(bytes: &[u8], meta: Option<&fs::Metadata>) -> Stamp {
        Stamp {
            len: bytes.len() as u64,
            modified: meta.and_then(|m| m.modified().ok()),
            hash: hash(bytes),
        }
    }
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

/// How the file on disk stands against what we last read or wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnDisk {
    /// As we left it (possibly touched, with the same bytes).
    Same,
    /// Gone: a save simply writes it again.
    Missing,
    /// Someone else changed it.
    Changed,
}

/// Compares the file with a stamp. The bytes are always read and hashed: a
/// change within the file system's time resolution that keeps the size (a
/// quick hand edit of one digit) must not pass for no change.
pub fn compare(path: &Path, stamp: &Stamp) -> std::io::Result<OnDisk> {
    let target = resolve(path);
    let meta = match fs::metadata(&target) {
        Ok(m) => m,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(OnDisk::Missing),
        Err(e) => return Err(e),
    };
    if !meta.is_file() || meta.len() != stamp.len {
        return Ok(OnDisk::Changed);
    }
    let bytes = fs::read(&target)?;
    Ok(if hash(&bytes) == stamp.hash {
        OnDisk::Same
    } else {
        OnDisk::Changed
    })
}

/// The file a path names in the end: symlinks followed (relative ones from
/// their own directory), so that saving writes the target and keeps the link.
/// A path that is no link, or a loop of links, is returned as it is.
pub fn resolve(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => match fs::read_link(&current) {
                Ok(to) if to.is_absolute() => current = to,
                Ok(to) => {
                    current = match current.parent() {
                        Some(dir) => dir.join(to),
                        None => to,
                    }
                }
                Err(_) => return current,
            },
            _ => return current,
        }
    }
    path.to_path_buf()
}

/// Names longer than this cannot be created on common file systems.
const NAME_MAX: usize = 255;

/// `NAME` + `suffix` beside the file; a name too long to take the suffix is
/// shortened (on a character boundary) and marked with a hash of the whole,
/// so that two long names do not share a sidecar.
pub fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    if name.len() + suffix.len() <= NAME_MAX {
        return path.with_file_name(format!("{name}{suffix}"));
    }
    let mark = format!("~{:08x}", hash(name.as_bytes()) as u32);
    let mut keep = NAME_MAX.saturating_sub(suffix.len() + mark.len());
    while keep > 0 && !name.is_char_boundary(keep) {
        keep -= 1;
    }
    path.with_file_name(format!("{}{mark}{suffix}", &name[..keep]))
}

/// Why a path cannot be opened as a workshop file, if it cannot: a
/// directory, a FIFO, a device or a socket would hang or make no sense.
pub fn not_regular(path: &Path) -> Option<&'static str> {
    let meta = fs::metadata(path).ok()?;
    let ft = meta.file_type();
    if ft.is_file() {
        return None;
    }
    if ft.is_dir() {
        return Some("is a directory, not a workshop file");
    }
    Some("is not a regular file (a pipe, a device or a socket); it is not opened")
}

/// Can this existing file be written by us? Opening it for writing (without
/// truncating) answers without changing it. A file marked read-only for
/// everyone is not written even by someone who could (root): it was marked so
/// on purpose.
pub fn writable(path: &Path) -> Result<(), std::io::Error> {
    let target = resolve(path);
    if fs::metadata(&target).is_ok_and(|m| m.permissions().readonly()) {
        return Err(std::io::Error::from(ErrorKind::PermissionDenied));
    }
    fs::OpenOptions::new().write(true).open(target).map(drop)
}

/// May a report or an export be written at `out`? Never over the workshop it
/// comes from, another workshop file, or anything but a regular file (a
/// device, a pipe, a directory).
pub fn document_target(out: &Path, source: Option<&Path>) -> Result<(), &'static str> {
    if fs::symlink_metadata(out).is_err() {
        return Ok(());
    }
    let Ok(meta) = fs::metadata(out) else {
        // A dangling symlink: the new file is made at its target.
        return Ok(());
    };
    if !meta.is_file() {
        return Err("is not a regular file; an export never replaces it");
    }
    if let Some(src) = source
        && same_file(out, src)
    {
        return Err("is the workshop being exported; choose another output file");
    }
    let is_workshop = out
        .extension()
        .is_some_and(|x| x == "ron" || x == "recovery")
        || fs::read(out).is_ok_and(|b| super::format::from_bytes(out, &b).is_ok());
    if is_workshop {
        return Err("is a workshop file; an export never replaces it");
    }
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_get_short_sidecars_that_stay_distinct() {
        let a = PathBuf::from(format!("/x/{}a.ron", "š".repeat(124)));
        let b = PathBuf::from(format!("/x/{}b.ron", "š".repeat(124)));
        let (sa, sb) = (sidecar(&a, ".bak1"), sidecar(&b, ".bak1"));
        for s in [&sa, &sb] {
            let n = s.file_name().unwrap().to_string_lossy().into_owned();
            assert!(n.len() <= NAME_MAX && n.ends_with(".bak1"), "{n}");
        }
        assert_ne!(sa, sb);
        assert_eq!(
            sidecar(Path::new("/x/w.ron"), ".lock"),
            PathBuf::from("/x/w.ron.lock")
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_to_their_target_relative_or_not() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("shared").join("w.ron");
        fs::create_dir(real.parent().unwrap()).unwrap();
        fs::write(&real, "x").unwrap();
        let rel = dir.path().join("rel.ron");
        std::os::unix::fs::symlink("shared/w.ron", &rel).unwrap();
        let abs = dir.path().join("abs.ron");
        std::os::unix::fs::symlink(&rel, &abs).unwrap();
        assert_eq!(resolve(&abs), dir.path().join("shared/w.ron"));
        let looped = dir.path().join("loop.ron");
        std::os::unix::fs::symlink(&looped, &looped).unwrap();
        assert_eq!(resolve(&looped), looped);
    }

    #[test]
    fn a_touched_file_is_the_same_a_rewritten_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("w.ron");
        fs::write(&p, "abc").unwrap();
        let stamp = Stamp::of(b"abc", fs::metadata(&p).ok().as_ref());
        assert_eq!(compare(&p, &stamp).unwrap(), OnDisk::Same);
        let older = Stamp {
            modified: None,
            ..stamp
        };
        assert_eq!(compare(&p, &older).unwrap(), OnDisk::Same, "same bytes");
        fs::write(&p, "abd").unwrap();
        assert_eq!(compare(&p, &stamp).unwrap(), OnDisk::Changed);
        fs::remove_file(&p).unwrap();
        assert_eq!(compare(&p, &stamp).unwrap(), OnDisk::Missing);
    }
}
