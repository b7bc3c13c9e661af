//! An editable text, moved through by grapheme cluster, kept in NFC so that a
//! typed "c" + combining caron is one "č" and the cursor sits where it looks.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// The most a one-line field holds (a name, a question, a cell), in characters.
pub const LINE_MAX: usize = 1_000;
/// The most a multi-line field holds (a goal, notes, minutes): a few pages.
pub const TEXT_MAX: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextField {
    text: String,
    /// Byte offset, always on a grapheme boundary.
    cursor: usize,
    pub multiline: bool,
    /// Characters the field takes at most; more is refused, not cut.
    limit: usize,
}

impl TextField {
    pub fn new(text: &str, multiline: bool) -> TextField {
        let text = clean(text, multiline);
        let cursor = text.len();
        TextField {
            text,
            cursor,
            multiline,
            limit: if multiline { TEXT_MAX } else { LINE_MAX },
        }
    }

    /// The same field with a smaller (or larger) limit.
    pub fn with_limit(mut self, limit: usize) -> TextField {
        self.limit = limit;
        self
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Inserts typed or pasted text at the cursor. Control characters are
    /// dropped (tabs become spaces; newlines only in multi-line fields). Text
    /// that would take the field past its limit is refused whole: false.
    pub fn insert(&mut self, s: &str) -> bool {
        // Counting first keeps a huge paste from being cleaned at all.
        if s.len() > self.limit.saturating_mul(4) + 4 {
            return false;
        }
        let s = clean(s, self.multiline);
        if s.is_empty() {
            return true;
        }
        if self.text.chars().count() + s.chars().count() > self.limit {
            return false;
        }
        let before: String = format!("{}{}", &self.text[..self.cursor], s)
            .nfc()
            .collect();
        let after = &self.text[self.cursor..];
        self.cursor = before.len();
        self.text = format!("{before}{after}");
        // A combining mark at the start of `after` would have composed: keep NFC.
        if !unicode_normalization::is_nfc(&self.text) {
            let tail: String = self.text[self.cursor..].to_string();
            let joined: String = self.text.nfc().collect();
            self.cursor = joined.len() - tail.nfc().collect::<String>().len().min(joined.len());
            self.text = joined;
            self.snap();
        }
        true
    }

    pub fn newline(&mut self) {
        if self.multiline {
            self.insert("\n");
        }
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    /// Moves the cursor to the nearest grapheme boundary at or before it.
    fn snap(&mut self) {
        let mut at = 0;
        for (i, _) in self.text.grapheme_indices(true) {
            if i > self.cursor {
                break;
            }
            at = i;
        }
        self.cursor = if self.cursor >= self.text.len() {
            self.text.len()
        } else {
            at
        };
    }

    pub fn backspace(&mut self) {
        let start = self.prev_boundary();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    pub fn delete(&mut self) {
        let end = self.next_boundary();
        self.text.replace_range(self.cursor..end, "");
    }

    pub fn left(&mut self) {
        self.cursor = self.prev_boundary();
    }

    pub fn right(&mut self) {
        self.cursor = self.next_boundary();
    }

    /// Start of the current line (or of the text).
    pub fn home(&mut self) {
        self.cursor = self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
    }

    pub fn end(&mut self) {
        self.cursor = self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i);
    }

    /// Deletes from the start of the line to the cursor (Ctrl-U).
    pub fn kill_to_start(&mut self) {
        let end = self.cursor;
        self.home();
        self.text.replace_range(self.cursor..end, "");
    }

    /// Deletes from the cursor to the end of the line (Ctrl-K).
    pub fn kill_to_end(&mut self) {
        let start = self.cursor;
        self.end();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// To the start of the word before the cursor.
    pub fn word_left(&mut self) {
        let head = &self.text[..self.cursor];
        let trimmed = head.trim_end();
        self.cursor = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        });
    }

    /// Past the end of the word after the cursor.
    pub fn word_right(&mut self) {
        let tail = &self.text[self.cursor..];
        let skip = tail.len() - tail.trim_start().len();
        let word = tail[skip..]
            .find(char::is_whitespace)
            .unwrap_or(tail.len() - skip);
        self.cursor += skip + word;
    }

    /// Deletes the word before the cursor (Ctrl-W, Ctrl-Backspace).
    pub fn delete_word(&mut self) {
        let head = &self.text[..self.cursor];
        let trimmed = head.trim_end();
        let start = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        });
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }
}

/// Keeps printable text: tabs become spaces, CR LF becomes LF, other control
/// characters go; newlines stay only where allowed. Result is NFC.
pub fn clean(s: &str, multiline: bool) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    s.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' if multiline => Some('\n'),
            '\n' => Some(' '),
            c if crate::text::is_control_or_bidi(c) => None,
            c => Some(c),
        })
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_past_the_limit_is_refused_whole() {
        let mut f = TextField::new("ab", false).with_limit(5);
        assert!(!f.insert("cdef"));
        assert_eq!(f.text(), "ab");
        assert!(f.insert("čde"));
        assert!(!f.insert("x"));
        assert_eq!(f.text(), "abčde");
        let mut big = TextField::new("", true);
        assert!(!big.insert(&"x".repeat(1 << 20)));
        assert_eq!(big.text(), "");
    }

    #[test]
    fn combining_marks_compose_and_count_as_one() {
        let mut f = TextField::new("", false);
        f.insert("c");
        f.insert("\u{30C}"); // combining caron
        assert_eq!(f.text(), "č");
        f.insert("rka");
        assert_eq!(f.text(), "črka");
        f.home();
        f.right();
        assert_eq!(f.cursor(), "č".len());
        f.backspace();
        assert_eq!(f.text(), "rka");
    }

    #[test]
    fn lines_are_cut_and_words_walked_as_in_a_shell() {
        let mut f = TextField::new("Učenci sami vodijo\nrazredne sestanke", true);
        f.word_left();
        assert_eq!(&f.text()[f.cursor()..], "sestanke");
        f.word_left();
        f.word_left();
        assert_eq!(&f.text()[f.cursor()..], "vodijo\nrazredne sestanke");
        f.word_right();
        assert_eq!(&f.text()[f.cursor()..], "\nrazredne sestanke");
        f.kill_to_start();
        assert_eq!(f.text(), "\nrazredne sestanke");
        f.right();
        f.word_right();
        f.kill_to_end();
        assert_eq!(f.text(), "\nrazredne");
        f.home();
        f.kill_to_end();
        assert_eq!(f.text(), "\n");
    }

    #[test]
    fn nfd_paste_is_normalized() {
        let f = TextField::new("s\u{30C}ola z\u{30C}ivi", false);
        assert_eq!(f.text(), "šola živi");
    }

    #[test]
    fn emoji_and_cjk_move_as_whole_graphemes() {
        let mut f = TextField::new("a👩‍👩‍👧b漢", false);
        f.left();
        f.left();
        assert_eq!(&f.text()[f.cursor()..], "b漢");
        f.left();
        f.delete();
        assert_eq!(f.text(), "ab漢");
    }

    #[test]
    fn control_characters_never_enter() {
        let mut f = TextField::new("", false);
        f.insert("a\u{1b}[2Jb\u{7}\tc\u{9b}d\u{202e}e\nf");
        assert_eq!(f.text(), "a[2Jb cde f");
        let mut m = TextField::new("", true);
        m.insert("x\r\ny");
        assert_eq!(m.text(), "x\ny");
    }

    #[test]
    fn home_end_work_per_line() {
        let mut f = TextField::new("ena\ndva", true);
        f.home();
        assert_eq!(&f.text()[f.cursor()..], "dva");
        f.left();
        f.home();
        assert_eq!(f.cursor(), 0);
        f.end();
        assert_eq!(f.cursor(), 3);
    }

    #[test]
    fn delete_word_takes_the_last_word() {
        let mut f = TextField::new("skupni cilj  ", false);
        f.delete_word();
        assert_eq!(f.text(), "skupni ");
        f.delete_word();
        assert_eq!(f.text(), "");
        f.delete_word();
        assert_eq!(f.text(), "");
    }

    #[test]
    fn cyrillic_editing() {
        let mut f = TextField::new("Мониторинг", false);
        f.backspace();
        f.insert("и");
        assert_eq!(f.text(), "Мониторини");
    }
}
