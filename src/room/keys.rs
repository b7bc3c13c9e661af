//! The room's host key (ed25519, made on first use and kept in the data dir,
//! readable by its owner only) and the room code participants type.

use std::io::Write;
use std::path::{Path, PathBuf};

use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, HashAlg, PrivateKey};

/// Letters and digits that cannot be mistaken for one another when read off
/// a projector (no 0/O, 1/l/I, 5/S, 2/Z, 8/B).
const CODE_ALPHABET: &[u8] = b"acdefghjkmnpqrtuvwxy34679";
pub const CODE_LEN: usize = 6;

/// A fresh room code.
pub fn new_code() -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    (0..CODE_LEN)
        .map(|_| char::from(CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())]))
        .collect()
}

/// Compares a typed code with the room's, ignoring case and spaces, in
/// time that does not depend on where they differ.
pub fn code_matches(typed: &str, code: &str) -> bool {
    let norm = |s: &str| -> Vec<u8> {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect::<String>()
            .into_bytes()
    };
    let (a, b) = (norm(typed), norm(code));
    let mut diff = a.len() ^ b.len();
    for (i, x) in b.iter().enumerate() {
        diff |= usize::from(a.get(i).copied().unwrap_or(0) ^ x);
    }
    diff == 0 && !b.is_empty()
}

/// Where the host key lives.
pub fn host_key_path(data_dir: &Path) -> PathBuf {
    data_dir.join("room_host_ed25519")
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{path}: {why}")]
    Io { path: String, why: String },
    #[error("{path}: not a host key premisli can read ({why}); move it away and a new one is made")]
    Unreadable { path: String, why: String },
}

/// The host key: read from the data dir, or made and written there (0600)
/// on first use, so that clients see the same fingerprint every time.
pub fn host_key(data_dir: &Path) -> Result<PrivateKey, KeyError> {
    let path = host_key_path(data_dir);
    let shown = path.display().to_string();
    let io = |e: std::io::Error| KeyError::Io {
        path: shown.clone(),
        why: e.to_string(),
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            return PrivateKey::from_openssh(text.as_bytes()).map_err(|e| KeyError::Unreadable {
                path: shown.clone(),
                why: e.to_string(),
            });
        }
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(e)),
        Err(_) => {}
    }
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).map_err(|e| {
        KeyError::Unreadable {
            path: shown.clone(),
            why: e.to_string(),
        }
    })?;
    let text = key
        .to_openssh(LineEnding::LF)
        .map_err(|e| KeyError::Unreadable {
            path: shown.clone(),
            why: e.to_string(),
        })?;
    std::fs::create_dir_all(data_dir).map_err(io)?;
    // Written beside, then moved into place: never a half-written key.
    let tmp = path.with_extension("new");
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let _ = std::fs::remove_file(&tmp);
    let mut f = opts.open(&tmp).map_err(io)?;
    f.write_all(text.as_bytes()).map_err(io)?;
    f.sync_all().map_err(io)?;
    drop(f);
    // Another instance may have made one meanwhile: theirs stays.
    match std::fs::hard_link(&tmp, &path) {
        Ok(()) => {
            let _ = std::fs::remove_file(&tmp);
            Ok(key)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let _ = std::fs::remove_file(&tmp);
            host_key(data_dir)
        }
        Err(_) => {
            // A file system without hard links: a plain rename.
            std::fs::rename(&tmp, &path).map_err(io)?;
            Ok(key)
        }
    }
}

/// The fingerprint as `ssh` shows it: `SHA256:…`.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_key_is_made_once_private_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let a = host_key(dir.path()).unwrap();
        let b = host_key(dir.path()).unwrap();
        assert_eq!(fingerprint(&a), fingerprint(&b));
        assert!(fingerprint(&a).starts_with("SHA256:"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(host_key_path(dir.path()))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(host_key_path(dir.path()), "garbage").unwrap();
        let err = host_key(dir.path()).unwrap_err().to_string();
        assert!(err.contains("not a host key"), "{err}");
    }

    #[test]
    fn codes_are_readable_and_compared_loosely() {
        let c = new_code();
        assert_eq!(c.len(), CODE_LEN);
        assert!(c.bytes().all(|b| CODE_ALPHABET.contains(&b)));
        assert!(code_matches("ABC 123", "abc123"));
        assert!(!code_matches("abc12", "abc123"));
        assert!(!code_matches("abc1234", "abc123"));
        assert!(!code_matches("", ""));
    }
}
