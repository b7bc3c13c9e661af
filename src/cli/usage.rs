//! A word on the command line that is neither a file nor a command: a usage
//! error, with the nearest command suggested.

use std::path::Path;

use super::Cli;
use crate::store;

/// A word given where a file may stand: a file that exists, or a path that
/// reads as one (ends in `.ron`, or has a folder in it), which the TUI offers
/// to create. Any other word is a mistyped command, refused with a suggestion.
pub(super) fn file_or_usage_error(word: &Path) -> Result<(), String> {
    let looks_like_path = word.extension().is_some_and(|x| x == "ron")
        || word.components().count() > 1
        || word.to_string_lossy().contains(['/', '\\']);
    if std::fs::symlink_metadata(word).is_ok() || looks_like_path {
        return Ok(());
    }
    let shown = store::shown(word);
    let commands: Vec<String> = <Cli as clap::CommandFactory>::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let hint = closest(&word.to_string_lossy(), &commands)
        .map(|c| format!(" (did you mean {c}?)"))
        .unwrap_or_default();
    Err(format!(
        "error: '{shown}' is neither a file nor a command{hint}\n\n\
         To open a new workshop file, give a name ending in .ron; for the commands: premisli --help"
    ))
}

/// The command nearest to a mistyped word, if one is near enough.
fn closest<'a>(word: &str, commands: &'a [String]) -> Option<&'a str> {
    let word = word.to_lowercase();
    commands
        .iter()
        .map(|c| (edit_distance(&word, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.as_str())
}

/// Levenshtein distance, with a swap of two neighbours counted as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_words_suggest_their_command() {
        let cmds: Vec<String> = ["new", "validate", "export", "spiral", "dashboard"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(closest("exprot", &cmds), Some("export"));
        assert_eq!(closest("Dashbord", &cmds), Some("dashboard"));
        assert_eq!(closest("zzzzzz", &cmds), None);
        assert_eq!(edit_distance("ab", "ba"), 1);
    }
}
