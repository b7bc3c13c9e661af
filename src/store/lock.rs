//! The sidecar lock (`FILE.lock`): an OS file lock that dies with its holder,
//! plus a line naming the holder (and since when) for the message a second
//! instance shows. The lock file is never followed through a symlink.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::file::{resolve, sidecar};

/// Holds the lock while alive; dropping it removes the lock file, then
/// releases the OS lock (so no second instance can lock a file about to go).
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
}

#[derive(Debug)]
pub enum LockOutcome {
    Acquired(Lock),
    /// Another live process holds it: who, as it wrote itself down.
    HeldBy(String),
    /// No one holds it, but it was left by someone else (another user or
    /// another computer): who and since when. Taken over only when asked.
    Stale(String),
}

/// The lock of the file a path names (beside the symlink's target, so that
/// two ways to the same file share one lock).
pub fn lock_path(path: &Path) -> PathBuf {
    sidecar(&resolve(path), ".lock")
}

fn user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "?".into())
}

fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .or_else(|_| std::env::var("HOSTNAME"))
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .unwrap_or_else(|_| "?".into())
}

/// Who we are, for the lock file: `user@host (pid N)`.
pub fn holder_name() -> String {
    format!("{}@{} (pid {})", user(), host(), std::process::id())
}

/// A holder line in its parts: `user@host` and since when (if it says).
pub fn holder_parts(line: &str) -> (&str, Option<&str>) {
    let (head, since) = match line.split_once(" since ") {
        Some((h, s)) => (h, Some(s.trim())),
        None => (line, None),
    };
    (head.split(" (pid").next().unwrap_or(head).trim(), since)
}

/// Was this holder line written by this user on this computer?
fn is_ours(who: &str) -> bool {
    who.starts_with(&format!("{}@{} ", user(), host()))
}

fn open_lock(path: &Path, write: bool) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.read(true).write(write).create(write).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Readable by the group, so a colleague is told who holds the file.
        // Non-blocking, so a pipe put where the lock goes cannot hang us.
        o.mode(0o664)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(symlink_error(path));
    }
    let file = o.open(path);
    #[cfg(unix)]
    let file = file.map_err(|e| {
        if e.raw_os_error() == Some(libc::ELOOP) {
            symlink_error(path)
        } else {
            e
        }
    });
    let file = file?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other(format!(
            "the lock {} is not a regular file",
            super::shown(path)
        )));
    }
    Ok(file)
}

fn symlink_error(path: &Path) -> std::io::Error {
    std::io::Error::other(format!(
        "the lock {} is a symbolic link; it is not followed",
        super::shown(path)
    ))
}

/// Does the open file still have the name? (It may have been removed or
/// replaced between our open and our lock.)
fn still_named(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

fn read_who(file: &mut File) -> String {
    let mut who = String::new();
    let _ = file.seek(SeekFrom::Start(0));
    let _ = file.take(4096).read_to_string(&mut who);
    who.lines()
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !crate::text::is_control_or_bidi(*c))
        .take(200)
        .collect()
}

impl Lock {
    /// Takes the lock, or says who holds it. A lock file left by a dead
    /// process of ours is simply taken over; one left by someone else is
    /// reported as stale and taken over only by `take_over`.
    pub fn acquire(path: &Path) -> std::io::Result<LockOutcome> {
        Self::acquire_inner(path, false)
    }

    /// Takes over a stale lock the user chose to take (removing it first).
    pub fn take_over(path: &Path) -> std::io::Result<LockOutcome> {
        Self::acquire_inner(path, true)
    }

    fn acquire_inner(path: &Path, force: bool) -> std::io::Result<LockOutcome> {
        let lp = lock_path(path);
        for _ in 0..5 {
            let (mut file, writable) = match open_lock(&lp, true) {
                Ok(f) => (f, true),
                Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                    (open_lock(&lp, false)?, false)
                }
                Err(e) => return Err(e),
            };
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    let who = read_who(&mut file);
                    return Ok(LockOutcome::HeldBy(if who.is_empty() {
                        "?".into()
                    } else {
                        who
                    }));
                }
                Err(TryLockError::Error(e)) => return Err(e),
            }
            if !still_named(&file, &lp) {
                continue;
            }
            let who = read_who(&mut file);
            if !writable || (!who.is_empty() && !is_ours(&who)) {
                if force {
                    // Removed while we hold it, so no one else takes this one.
                    std::fs::remove_file(&lp)?;
                    drop(file);
                    continue;
                }
                return Ok(LockOutcome::Stale(if who.is_empty() {
                    "?".into()
                } else {
                    who
                }));
            }
            return match write_holder(&mut file) {
                Ok(()) => Ok(LockOutcome::Acquired(Lock { file, path: lp })),
                Err(e) => {
                    // A full disk must not leave an empty lock behind.
                    if still_named(&file, &lp) {
                        let _ = std::fs::remove_file(&lp);
                    }
                    Err(e)
                }
            };
        }
        Err(std::io::Error::other(format!(
            "the lock {} keeps changing",
            super::shown(&lp)
        )))
    }
}

fn write_holder(file: &mut File) -> std::io::Result<()> {
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    let since = chrono::Local::now().format("%Y-%m-%d %H:%M");
    // No fsync: the OS lock is what counts; the text is only a courtesy.
    writeln!(file, "{} since {since}", holder_name())?;
    file.flush()
}

impl Drop for Lock {
    fn drop(&mut self) {
        if still_named(&self.file, &self.path) {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_told_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        let first = match Lock::acquire(&path).unwrap() {
            LockOutcome::Acquired(l) => l,
            other => panic!("{other:?}"),
        };
        match Lock::acquire(&path).unwrap() {
            LockOutcome::HeldBy(who) => {
                assert!(
                    who.contains(&format!("pid {}", std::process::id())),
                    "{who}"
                );
                assert!(who.contains(" since "), "{who}");
            }
            other => panic!("{other:?}"),
        }
        drop(first);
        assert!(!lock_path(&path).exists());
        assert!(matches!(
            Lock::acquire(&path).unwrap(),
            LockOutcome::Acquired(_)
        ));
    }

    #[test]
    fn a_holder_line_splits_into_who_and_since() {
        assert_eq!(
            holder_parts("ana@sola (pid 7) since 2026-11-27 13:05"),
            ("ana@sola", Some("2026-11-27 13:05"))
        );
        assert_eq!(holder_parts("ana@sola (pid 7)"), ("ana@sola", None));
    }

    #[test]
    fn our_own_leftover_is_taken_over_someone_elses_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        std::fs::write(lock_path(&path), format!("{} since then\n", holder_name())).unwrap();
        assert!(matches!(
            Lock::acquire(&path).unwrap(),
            LockOutcome::Acquired(_)
        ));
        std::fs::write(
            lock_path(&path),
            "ghost@elsewhere (pid 1) since 2026-11-02 08:00\n",
        )
        .unwrap();
        match Lock::acquire(&path).unwrap() {
            LockOutcome::Stale(who) => assert!(who.contains("ghost@elsewhere"), "{who}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            Lock::take_over(&path).unwrap(),
            LockOutcome::Acquired(_)
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_lock_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "precious\n").unwrap();
        std::os::unix::fs::symlink(&victim, lock_path(&path)).unwrap();
        let err = Lock::acquire(&path).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
        // A dangling link creates nothing at its target either.
        let nowhere = dir.path().join("nowhere");
        std::fs::remove_file(lock_path(&path)).unwrap();
        std::os::unix::fs::symlink(&nowhere, lock_path(&path)).unwrap();
        assert!(Lock::acquire(&path).is_err());
        assert!(!nowhere.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_where_the_lock_goes_is_refused_not_waited_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(lock_path(&path))
            .status()
            .is_ok_and(|s| s.success());
        if made {
            let err = Lock::acquire(&path).unwrap_err();
            assert!(err.to_string().contains("not a regular file"), "{err}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_is_readable_by_the_group_and_removed_on_drop() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        let lock = Lock::acquire(&path).unwrap();
        let mode = std::fs::metadata(lock_path(&path))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o040, 0o040, "group may read: {mode:o}");
        drop(lock);
        assert!(!lock_path(&path).exists());
    }
}
