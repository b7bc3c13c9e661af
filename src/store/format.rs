//! The RON envelope: parse with positions, refuse newer versions, migrate older
//! ones one step at a time, and write readable text (strings unescaped, so
//! Slovenian and Cyrillic stay legible and saving stays fast).

use std::path::Path;

use ron::ser::PrettyConfig;
use serde::Deserialize;

use super::StoreError;
use super::file::Stamp;
use crate::domain::{FORMAT_VERSION, Workshop};

/// One step of migration: a workshop read from version N is brought to N+1.
/// `MIGRATIONS[k]` turns version `k + 1` into `k + 2`. The reader accepts the
/// older forms where a form changed (version 1 wrote each measurement as a
/// long `Measurement(...)` block, version 2 as a row: see
/// `domain::indicators::rows`), so a step works on the typed workshop and
/// the file is rewritten in the new form at its next save.
type Migration = fn(&mut Workshop);
const MIGRATIONS: &[Migration] = &[
    // 1 → 2: measurements are written as rows; nothing else moved.
    |_| {},
];
const OLDEST_VERSION: u32 = FORMAT_VERSION - MIGRATIONS.len() as u32;

/// Reads just the version, ignoring everything else.
#[derive(Deserialize)]
#[serde(rename = "Workshop")]
struct Probe {
    version: u32,
}

pub fn load(path: &Path) -> Result<Workshop, StoreError> {
    load_stamped(path).map(|(w, _)| w)
}

/// Loads a workshop and notes what was on disk, to tell later whether
/// someone else changed the file. A pipe, a device or a directory is refused
/// before it is opened (reading a pipe would wait for ever).
pub fn load_stamped(path: &Path) -> Result<(Workshop, Stamp), StoreError> {
    if let Some(why) = super::file::not_regular(path) {
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            message: why.into(),
        });
    }
    let target = super::file::resolve(path);
    let bytes = std::fs::read(&target).map_err(|e| StoreError::io(path, &e))?;
    let meta = std::fs::metadata(&target).ok();
    let stamp = Stamp::of(&bytes, meta.as_ref());
    Ok((from_bytes(path, &bytes)?, stamp))
}

pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Workshop, StoreError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = line_col(&bytes[..e.valid_up_to()]);
        StoreError::Parse {
            path: path.to_path_buf(),
            line,
            col,
            message: "the file is not valid UTF-8 text".into(),
        }
    })?;
    from_text(path, text)
}

/// Parses, migrates and validates a workshop.
pub fn from_text(path: &Path, text: &str) -> Result<Workshop, StoreError> {
    let workshop = match options().from_str::<Workshop>(text) {
        Ok(w) => upgrade(path, w)?,
        Err(typed) => match options().from_str::<Probe>(text) {
            // A newer or unknown version is named as such, not as whatever
            // part of it this version cannot read.
            Ok(p) if p.version > FORMAT_VERSION || p.version < OLDEST_VERSION => {
                check_version(path, p.version)?;
                return Err(parse_error(path, &typed));
            }
            _ => return Err(parse_error(path, &typed)),
        },
    };
    let problems: Vec<String> = workshop
        .validate()
        .iter()
        .map(ToString::to_string)
        .collect();
    if problems.is_empty() {
        Ok(workshop)
    } else {
        Err(StoreError::Invalid {
            path: path.to_path_buf(),
            problems,
        })
    }
}

fn check_version(path: &Path, found: u32) -> Result<(), StoreError> {
    if found > FORMAT_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            known: FORMAT_VERSION,
        });
    }
    if found < OLDEST_VERSION {
        return Err(StoreError::UnknownVersion {
            path: path.to_path_buf(),
            found,
        });
    }
    Ok(())
}

/// Newer: refused. Older: migrated step by step to the current version.
fn upgrade(path: &Path, mut workshop: Workshop) -> Result<Workshop, StoreError> {
    let found = workshop.version;
    check_version(path, found)?;
    for step in &MIGRATIONS[(found - OLDEST_VERSION) as usize..] {
        step(&mut workshop);
    }
    workshop.version = FORMAT_VERSION;
    Ok(workshop)
}

fn options() -> ron::Options {
    ron::Options::default()
}

fn parse_error(path: &Path, err: &ron::error::SpannedError) -> StoreError {
    StoreError::Parse {
        path: path.to_path_buf(),
        line: err.span.start.line.max(1),
        col: err.span.start.col.max(1),
        message: err.code.to_string(),
    }
}

fn line_col(valid: &[u8]) -> (usize, usize) {
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    let last_line = match valid.iter().rposition(|&b| b == b'\n') {
        Some(i) => &valid[i + 1..],
        None => valid,
    };
    let col = String::from_utf8_lossy(last_line).chars().count() + 1;
    (line, col)
}

pub fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .struct_names(true)
        .escape_strings(false)
        .indentor("  ")
        .depth_limit(64)
}

/// The text written to disk, with a short header for people editing by hand.
pub fn to_text(w: &Workshop) -> Result<String, StoreError> {
    let body = ron::ser::to_string_pretty(w, pretty()).map_err(|e| StoreError::Invalid {
        path: Default::default(),
        problems: vec![e.to_string()],
    })?;
    Ok(format!(
        "// premisli workshop (format version {FORMAT_VERSION}); safe to edit by hand\n{body}\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Id, Language, Member, Role};

    fn p() -> &'static Path {
        Path::new("w.ron")
    }

    #[test]
    fn round_trip_keeps_cyrillic_and_slovenian_readable() {
        let mut w = Workshop::new("Ответственное сотрудничество — č š ž", Language::Ru);
        w.team
            .push(Member::new(Id(1), "Мария \"Маша\" Петрова\n", Role::Head));
        let text = to_text(&w).unwrap();
        assert!(text.contains("Ответственное"), "{text}");
        assert!(text.contains("č š ž"));
        assert_eq!(from_text(p(), &text).unwrap(), w);
    }

    #[test]
    fn control_characters_in_strings_round_trip() {
        let mut w = Workshop::new("a\u{1b}]0;pwned\u{7}b\u{9b}c\u{202e}", Language::En);
        w.project.goal = "tab\there\r\nnul\u{0}".into();
        let text = to_text(&w).unwrap();
        assert_eq!(from_text(p(), &text).unwrap(), w);
    }

    #[test]
    fn errors_carry_line_and_column() {
        let err = from_text(p(), "Workshop(\n  version: 1,\n  title: 5,\n)").unwrap_err();
        match err {
            StoreError::Parse { line, col, .. } => assert_eq!((line, col), (3, 9)),
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn newer_versions_are_refused() {
        let err =
            from_text(p(), "Workshop(version: 7, title: \"x\", future_field: 1)").unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::TooNew {
                    found: 7,
                    known: FORMAT_VERSION,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn version_zero_is_unknown() {
        let err = from_text(p(), "Workshop(version: 0)").unwrap_err();
        assert!(
            matches!(err, StoreError::UnknownVersion { found: 0, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn line_col_of_invalid_utf8() {
        let err = from_bytes(p(), b"Workshop(\n  title: \"ab\xff\"").unwrap_err();
        match err {
            StoreError::Parse { line, col, .. } => assert_eq!((line, col), (2, 13)),
            e => panic!("{e:?}"),
        }
    }
}
