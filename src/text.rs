//! The rules for characters that must never reach a reader as they are:
//! control characters (C0, DEL, C1) and the bidirectional overrides and
//! isolates that can make text read other than it is.

/// Bidirectional overrides, embeddings, isolates and marks: invisible, and
/// able to reorder what the reader sees.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Would this character drive a terminal or disguise text?
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Text (a file name, a message) with every unsafe character shown as `?`.
pub fn visible(s: &str) -> String {
    s.chars()
        .map(|c| if is_unsafe(c) { '?' } else { c })
        .collect()
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
