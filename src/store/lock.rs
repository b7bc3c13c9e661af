//! The sidecar lock (`FILE.lock`): an OS file lock that dies with its holder,
//! plus a line naming the holder for the message a second instance shows.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Holds the lock while alive; dropping it releases and removes the lock file.
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
}

pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// Who we are, for the lock file: `user@host (pid N)`.
pub fn holder_name() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "?".into());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .or_else(|_| std::env::var("HOSTNAME"))
        .unwrap_or_else(|_| "?".into());
    format!("{user}@{host} (pid {})", std::process::id())
}

impl Lock {
    /// Takes the lock, or says who holds it. A lock file left by a dead process
    /// holds no OS lock and is simply taken over.
    pub fn acquire(path: &Path) -> std::io::Result<LockOutcome> {
        let lp = lock_path(path);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lp)?;
        match file.try_lock() {
            Ok(()) => {
                file.set_len(0)?;
                file.seek(SeekFrom::Start(0))?;
                // No fsync: the OS lock is what counts; the text is only a courtesy.
                writeln!(file, "{}", holder_name())?;
                Ok(LockOutcome::Acquired(Lock { file, path: lp }))
            }
            Err(TryLockError::WouldBlock) => {
                let mut who = String::new();
                let _ = file.read_to_string(&mut who);
                let who: String = who
                    .trim()
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(200)
                    .collect();
                Ok(LockOutcome::HeldBy(if who.is_empty() {
                    "?".into()
                } else {
                    who
                }))
            }
            Err(TryLockError::Error(e)) => Err(e),
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
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
            LockOutcome::HeldBy(who) => assert!(
                who.contains(&format!("pid {}", std::process::id())),
                "{who}"
            ),
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
    fn a_leftover_lock_file_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.ron");
        std::fs::write(lock_path(&path), "ghost@nowhere (pid 1)\n").unwrap();
        assert!(matches!(
            Lock::acquire(&path).unwrap(),
            LockOutcome::Acquired(_)
        ));
    }
}
