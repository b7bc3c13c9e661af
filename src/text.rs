//! The rules for characters that must never reach a reader as they are:
//! control characters (C0, DEL, C1) and the bidirectional overrides and
//! isolates that can make text read other than it is.

/// Bidirectional overrides, embeddings, isolates and marks: invisible, and
/// able to reorder what the reader sees.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Would this character drive a terminal or disguise text?
pub fn is_control_or_bidi(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// What an unsafe character is shown as: the control pictures (␛ for ESC,
/// ␡ for DEL), ␦ for C1 controls and direction overrides (not U+FFFD, which
/// terminals and their users read as broken encoding); `?` in 7-bit output.
pub fn placeholder(c: char, ascii: bool) -> char {
    if ascii {
        return '?';
    }
    match c as u32 {
        n @ 0..=0x1F => char::from_u32(0x2400 + n).unwrap_or('\u{2426}'),
        0x7F => '\u{2421}',
        _ => '\u{2426}',
    }
}

/// Text for a line on the terminal outside the app's screens (a file name in
/// a message on standard error): every unsafe character shown as `?`.
pub fn visible(s: &str) -> String {
    s.chars()
        .map(|c| {
            if is_control_or_bidi(c) {
                placeholder(c, true)
            } else {
                c
            }
        })
        .collect()
}

/// Text for a document (an export, a report): unsafe characters removed;
/// newlines kept where asked, else they and tabs become spaces.
pub fn strip(s: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_control_or_bidi(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// A typed path with `~/` (or `~` alone) made the home directory.
pub fn expand_home(typed: &std::path::Path) -> std::path::PathBuf {
    let text = typed.to_string_lossy();
    let home = || std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
    if text == "~"
        && let Some(h) = home()
    {
        return std::path::PathBuf::from(h);
    }
    if let Some(rest) = text.strip_prefix("~/").or_else(|| text.strip_prefix("~\\"))
        && let Some(h) = home()
    {
        return std::path::PathBuf::from(h).join(rest);
    }
    typed.to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_made_visible() {
        assert_eq!(visible("a\u{1b}[2Jb\u{202E}c\u{9b}d"), "a?[2Jb?c?d");
        assert_eq!(visible("Šola čž"), "Šola čž");
    }
}
