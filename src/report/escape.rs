//! Making user text safe for each output: control characters removed first,
//! then the target's own escaping.

/// Removes what must never reach a reader's screen or a parser: C0 and C1
/// controls (tab and newline become a space or stay, by `keep_newlines`), DEL,
/// and the bidirectional overrides that can make text read other than it is.
pub fn clean(s: &str, keep_newlines: bool) -> String {
    crate::text::strip(s, keep_newlines)
}

/// Text for Markdown, inside a line: every character that could open
/// emphasis, code, a link or image, HTML, a table cell or an entity is
/// backslash-escaped, so none of them can form. Newlines become spaces.
pub fn md(s: &str) -> String {
    let s = clean(s, false);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '$'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text for Markdown at the start of a line (a paragraph, a list item): also
/// what would make it a heading, a list or a rule.
pub fn md_line(s: &str) -> String {
    let mut out = md(s);
    if out.starts_with(['#', '+', '-', '=']) {
        out.insert(0, '\\');
    } else if let Some(pos) = out.find(|c: char| !c.is_ascii_digit())
        && pos > 0
        && out[pos..].starts_with(['.', ')'])
    {
        out.insert(pos, '\\');
    }
    out
}

/// Text for HTML (element content and quoted attributes alike).
pub fn html(s: &str) -> String {
    let s = clean(s, true);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break,
/// quotes doubled. Text that a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`.
pub fn csv_text(s: &str) -> String {
    let cleaned = clean(s, false);
    let guarded = if cleaned.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cleaned}")
    } else {
        cleaned
    };
    csv_quote(&guarded)
}

/// A field we produced ourselves (numbers, codes): quoted only if needed.
pub fn csv_quote(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "<script>alert(1)</script> [x](javascript:alert(1)) =HYPERLINK(\"http://evil\") \u{1b}[31m\u{7}\u{9b}2J\u{202e}txt";

    #[test]
    fn controls_and_overrides_never_pass() {
        for out in [md(HOSTILE), html(HOSTILE), csv_text(HOSTILE)] {
            assert!(!out.chars().any(|c| c.is_control()), "{out:?}");
            assert!(!out.contains('\u{202e}'));
        }
        assert_eq!(clean("a\tb\r\nc", true), "a b \nc");
    }

    #[test]
    fn markdown_cannot_form_links_html_or_lists() {
        let out = md(HOSTILE);
        let unescaped = |c: char| {
            out.char_indices()
                .any(|(i, x)| x == c && !out[..i].ends_with('\\'))
        };
        assert!(
            !unescaped('[') && !unescaped(']') && !unescaped('<'),
            "{out}"
        );
        assert!(out.contains("\\<script\\>"), "{out}");
        assert_eq!(md_line("1. prvi"), "1\\. prvi");
        assert_eq!(md_line("- a"), "\\- a");
        assert_eq!(md_line("# a"), "\\# a");
        assert_eq!(md("15. 9. 2025 (3)"), "15. 9. 2025 (3)");
        assert_eq!(md("Kako sodelujemo?"), "Kako sodelujemo?");
    }

    #[test]
    fn html_entities() {
        assert_eq!(
            html("<b>\"A\" & 'B'</b>"),
            "&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn csv_quotes_and_guards_formulas() {
        assert_eq!(csv_text("plain"), "plain");
        assert_eq!(csv_text("a,b"), "\"a,b\"");
        assert_eq!(csv_text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(
            csv_text("=HYPERLINK(\"http://evil\")"),
            "\"'=HYPERLINK(\"\"http://evil\"\")\""
        );
        for danger in ["+1", "-1", "@SUM(A1)", "=1+1"] {
            assert!(csv_text(danger).starts_with('\''), "{danger}");
        }
        assert_eq!(csv_text("line\nbreak"), "line break");
        assert_eq!(csv_quote("45.5"), "45.5");
    }
}
