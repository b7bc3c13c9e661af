//! Text on its way to the screen: control characters made visible, a 7-bit
//! fallback, widths by grapheme, wrapping that remembers byte offsets (so the
//! cursor can be placed), and truncation.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::text::{is_control_or_bidi as needs_placeholder, placeholder};

/// Replaces what could drive the terminal (C0, DEL, C1, bidi overrides) with a
/// visible placeholder; with `ascii`, also folds everything to 7-bit.
pub fn safe(s: &str, ascii: bool) -> Cow<'_, str> {
    let clean = s
        .chars()
        .all(|c| !needs_placeholder(c) && (!ascii || c.is_ascii()));
    if clean {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if needs_placeholder(c) {
            out.push(placeholder(c, ascii));
        } else if ascii && !c.is_ascii() {
            fold_ascii(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Latin letters lose their marks (č → c); Cyrillic is transliterated;
/// typographic marks get their plain cousins; the rest becomes `?`.
fn fold_ascii(c: char, out: &mut String) {
    if let Some(t) = cyrillic(c) {
        out.push_str(t);
        return;
    }
    let plain = match c {
        '–' | '—' | '−' => "-",
        '«' | '»' | '“' | '”' | '„' => "\"",
        '‘' | '’' | '‚' => "'",
        '…' => "...",
        '№' => "No",
        '·' | '•' => "*",
        '→' => "->",
        '←' => "<-",
        '\u{a0}' => " ",
        _ => "",
    };
    if !plain.is_empty() {
        out.push_str(plain);
        return;
    }
    let base: String = c.to_string().nfd().filter(char::is_ascii).collect();
    if base.is_empty() {
        out.push('?');
    } else {
        out.push_str(&base);
    }
}

fn cyrillic(c: char) -> Option<&'static str> {
    const LOWER: [&str; 32] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "h", "c", "ch", "sh", "shch", "\"", "y", "'", "e", "yu", "ya",
    ];
    const UPPER: [&str; 32] = [
        "A", "B", "V", "G", "D", "E", "Zh", "Z", "I", "J", "K", "L", "M", "N", "O", "P", "R", "S",
        "T", "U", "F", "H", "C", "Ch", "Sh", "Shch", "\"", "Y", "'", "E", "Yu", "Ya",
    ];
    match c {
        'а'..='я' => Some(LOWER[(c as u32 - 'а' as u32) as usize]),
        'А'..='Я' => Some(UPPER[(c as u32 - 'А' as u32) as usize]),
        'ё' => Some("e"),
        'Ё' => Some("E"),
        _ => None,
    }
}

/// A character that is a whole grapheme of width 1 whatever follows it:
/// printable Latin (with Latin-1 and Extended-A/B) and Cyrillic, which is
/// nearly all of what Slovenian, Russian and English text is made of.
pub fn simple(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{A0}'..='\u{2FF}' | '\u{400}'..='\u{482}' | '\u{48A}'..='\u{52F}')
}

fn next_is_simple(rest: &str) -> bool {
    rest.chars().next().is_none_or(simple)
}

pub fn width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    if s.chars().all(simple) {
        return s.chars().count();
    }
    UnicodeWidthStr::width(s)
}

/// Cuts to a display width, ending with an ellipsis when something was cut.
/// Walks only as far as the width allows, so long texts cost no more than short.
pub fn truncate(s: &str, max: usize, ascii: bool) -> String {
    // No character is wider than its UTF-8 length, so this always fits.
    if s.len() <= max {
        return s.to_string();
    }
    let ell = if ascii { "~" } else { "…" };
    if max == 0 {
        return String::new();
    }
    // Fast path: simple characters are one column each (a combining mark after
    // one would join it, so the next character must be simple too).
    let mut cols = 0;
    for (i, c) in s.char_indices() {
        if !simple(c) || !next_is_simple(&s[i + c.len_utf8()..]) {
            return truncate_graphemes(s, max, ell);
        }
        cols += 1;
        if cols == max {
            let rest = &s[i + c.len_utf8()..];
            if rest.is_empty() {
                return s.to_string();
            }
            return format!("{}{ell}", &s[..i]);
        }
    }
    s.to_string()
}

fn truncate_graphemes(s: &str, max: usize, ell: &str) -> String {
    let mut w = 0;
    // The end of the longest prefix that leaves a column for the ellipsis.
    let mut cut = 0;
    for (i, g) in s.grapheme_indices(true) {
        let gw = width(g);
        if w + gw > max {
            return format!("{}{ell}", &s[..cut]);
        }
        w += gw;
        if w < max {
            cut = i + g.len();
        }
    }
    s.to_string()
}

/// One wrapped row: its text and the byte offset where it starts in the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub text: String,
    pub start: usize,
}

/// Word-wraps to `max` columns (hard newlines kept, long words broken).
pub fn wrap(s: &str, max: usize) -> Vec<Row> {
    let max = max.max(1);
    let mut rows = Vec::new();
    let mut line_start = 0;
    for line in s.split('\n') {
        wrap_line(line, line_start, max, &mut rows);
        line_start += line.len() + 1;
    }
    rows
}

fn wrap_line(line: &str, base: usize, max: usize, rows: &mut Vec<Row>) {
    let mut start = 0; // byte offset in `line` of the current row
    let mut w = 0;
    let mut last_space: Option<usize> = None; // byte offset just after a space
    let mut pushed = false;
    for (i, g) in line.grapheme_indices(true) {
        let gw = width(g);
        if w + gw > max && i > start {
            let cut = match last_space {
                Some(sp) if sp > start => sp,
                _ => i,
            };
            rows.push(Row {
                text: line[start..cut].to_string(),
                start: base + start,
            });
            pushed = true;
            start = cut;
            w = width(&line[start..i]);
            last_space = None;
        }
        w += gw;
        if g == " " {
            last_space = Some(i + 1);
        }
    }
    if start < line.len() || !pushed {
        rows.push(Row {
            text: line[start..].to_string(),
            start: base + start,
        });
    }
}

/// Row and column of a byte offset within wrapped rows.
pub fn locate(rows: &[Row], offset: usize) -> (usize, usize) {
    let mut idx = 0;
    for (i, r) in rows.iter().enumerate() {
        if r.start <= offset {
            idx = i;
        }
    }
    let row = &rows[idx.min(rows.len().saturating_sub(1))];
    let within = offset.saturating_sub(row.start).min(row.text.len());
    let col = row.text.get(..within).map_or(0, width);
    (idx, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(safe("a\u{1b}[2Jb", false), "a\u{241b}[2Jb");
        assert_eq!(
            safe("x\u{9b}y\u{202e}z\u{7f}", false),
            "x\u{2426}y\u{2426}z\u{2421}"
        );
        assert_eq!(safe("a\u{1b}b", true), "a?b");
        assert!(matches!(safe("plain", false), Cow::Borrowed(_)));
    }

    #[test]
    fn ascii_folds_slovenian_and_russian() {
        assert_eq!(
            safe("Čšž — Мониторинг «СОКО»", true),
            "Csz - Monitoring \"SOKO\""
        );
        assert_eq!(safe("漢", true), "?");
    }

    #[test]
    fn truncate_respects_wide_characters() {
        assert_eq!(truncate("漢字漢字", 5, false), "漢字…");
        assert_eq!(truncate("short", 10, false), "short");
        assert_eq!(truncate("abcdef", 4, true), "abc~");
        assert!(width(&truncate("ааааааа", 3, false)) <= 3);
    }

    #[test]
    fn the_fast_path_agrees_with_graphemes() {
        let texts = [
            "Pričakujemo, da se bodo učenci med seboj bolj poslušali.",
            "Учащиеся при групповой работе часто ждут указаний",
            "c\u{30C}rka e\u{301}",
            "mešano 漢字 in emoji 👩‍👩‍👧 konec",
            "ab",
            "",
        ];
        for t in texts {
            for max in 0..60 {
                let fast = truncate(t, max, false);
                let slow = if t.len() <= max {
                    t.to_string()
                } else {
                    truncate_graphemes(t, max, "…")
                };
                let slow = if max == 0 && !t.is_empty() {
                    String::new()
                } else {
                    slow
                };
                assert_eq!(fast, slow, "{t:?} at {max}");
                assert!(width(&fast) <= max.max(width(t).min(max)), "{t:?} at {max}");
            }
            assert_eq!(width(t), UnicodeWidthStr::width(t), "{t:?}");
        }
    }

    #[test]
    fn wrap_breaks_at_spaces_and_keeps_offsets() {
        let rows = wrap("ena dva tri\nštiri", 8);
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, vec!["ena dva ", "tri", "štiri"]);
        assert_eq!(rows[1].start, 8);
        assert_eq!(rows[2].start, 12);
        assert_eq!(locate(&rows, 9), (1, 1));
        assert_eq!(locate(&rows, "ena dva tri\nš".len()), (2, 1));
    }

    #[test]
    fn wrap_breaks_long_words_and_keeps_empty_lines() {
        let rows = wrap("abcdefghij\n\nx", 4);
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, vec!["abcd", "efgh", "ij", "", "x"]);
        assert_eq!(wrap("", 5).len(), 1);
    }
}
