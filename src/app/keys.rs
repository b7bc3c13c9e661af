//! Our own key and event types: the terminal's events are translated into these
//! at the edge, so tests (and later SSH channels) drive the app the same way.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
    F(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }
    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }
    pub const fn ctrl_code(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: true,
            alt: false,
        }
    }
    pub const fn alt(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: true,
        }
    }

    /// A printable character typed without modifiers.
    pub fn typed_char(&self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if !self.ctrl && !self.alt && !c.is_control() => Some(c),
            _ => None,
        }
    }

    /// How the key is written in help: `Ctrl-Z`, `Alt-1`, `F1`, `Enter`.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Delete".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::F(n) => format!("F{n}"),
        };
        match (self.ctrl, self.alt) {
            (true, _) => format!("Ctrl-{base}"),
            (_, true) => format!("Alt-{base}"),
            _ => base,
        }
    }
}

/// A mouse report from a remote terminal: what happened, at which cell
/// (from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mouse {
    pub kind: MouseKind,
    pub col: u16,
    pub row: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseKind {
    /// A button pressed: 0 left, 1 middle, 2 right.
    Press(u8),
    /// Moved with a button held.
    Drag(u8),
    Release,
    ScrollUp,
    ScrollDown,
}

/// What a click landed on, as the frame drawn last laid it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A tab of the top row: its screen's number.
    Tab(u8),
    /// A row of a list, by its place among the rows shown.
    Row(super::lists::List, usize),
    /// A phase of a cycle (on the spiral, or in the cycle's details).
    Phase { cycle: usize, phase: usize },
    /// A cell of the entry grid: the indicator (among all) and the period.
    Cell { row: usize, col: usize },
    /// A field of the form on top.
    FormField(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Key(Key),
    Paste(String),
    /// A mouse report (the screens are keyboard-first: the wheel moves).
    Mouse(Mouse),
    /// A click with the left button on something the frame showed; a
    /// second click on it soon after is `double` (as Enter there).
    Click {
        target: Target,
        double: bool,
    },
    Resize(u16, u16),
    /// Time passes (autosave, clocks); draws only if something changed.
    Tick,
}

#[cfg(any(test, feature = "testing"))]
/// Parses a key sequence for tests and scripts: words are typed letter by letter,
/// `<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`, `<C-z>`, `<A-1>`, `<F1>`, `<Space>`,
/// `<Up>` … name single keys.
pub fn parse_keys(spec: &str) -> Result<Vec<Key>, String> {
    let mut keys = Vec::new();
    for word in spec.split(' ').filter(|w| !w.is_empty()) {
        let mut rest = word;
        while !rest.is_empty() {
            if rest.starts_with('<')
                && let Some(end) = rest.find('>')
                && end > 1
            {
                keys.push(named_key(&rest[1..end])?);
                rest = &rest[end + 1..];
                continue;
            }
            let c = rest.chars().next().ok_or("empty")?;
            keys.push(Key::ch(c));
            rest = &rest[c.len_utf8()..];
        }
    }
    Ok(keys)
}

#[cfg(any(test, feature = "testing"))]
fn named_key(name: &str) -> Result<Key, String> {
    if let Some(c) = name.strip_prefix("C-") {
        let ch = c.chars().next().ok_or("empty Ctrl key")?;
        return Ok(Key::ctrl(ch.to_ascii_lowercase()));
    }
    if let Some(k) = name.strip_prefix("A-") {
        let inner =
            named_key(k).or_else(|_| k.chars().next().map(Key::ch).ok_or("empty Alt key"))?;
        return Ok(Key::alt(inner.code));
    }
    let code = match name {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "S-Tab" => KeyCode::BackTab,
        "BS" => KeyCode::Backspace,
        "Del" => KeyCode::Delete,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Space" => KeyCode::Char(' '),
        "lt" => KeyCode::Char('<'),
        f if f.starts_with('F') && f.len() > 1 => {
            KeyCode::F(f[1..].parse().map_err(|_| format!("bad key <{f}>"))?)
        }
        other if other.chars().count() == 1 => KeyCode::Char(other.chars().next().unwrap_or(' ')),
        other => return Err(format!("unknown key <{other}>")),
    };
    Ok(Key::plain(code))
}

/// Events decoded from arbitrary bytes, for fuzzing and property tests: every
/// byte sequence is a valid session of typing, chords, pastes (with control
/// characters), resizes and ticks, weighted towards the keys that edit.
#[cfg(any(test, feature = "testing"))]
pub fn events_from_bytes(data: &[u8]) -> Vec<Event> {
    const SPECIAL: [KeyCode; 16] = [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::F(1),
        KeyCode::F(5),
    ];
    const UNICODE: [char; 16] = [
        'č', 'š', 'ž', 'Č', 'ш', 'Ж', 'ё', 'й', 'ü', 'ß', '漢', '😀', '\u{301}', '\u{202e}',
        '\u{200b}', 'Ω',
    ];
    const CHORDS: [char; 8] = ['z', 'y', 's', 'a', 'e', 'w', 'k', 'u'];
    const COMMON: [char; 24] = [
        'a', 'e', 'd', 'j', 'k', ' ', '+', '-', 'n', 'p', 'r', 't', 'v', 'y', 'm', 'c', 'u', 'h',
        'w', 'x', 's', 'o', 'f', 'g',
    ];
    let char_of = |b: u8| -> char {
        match b {
            0..=31 => char::from(b),
            32..=126 => char::from(b),
            _ => UNICODE[usize::from(b % 16)],
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        i += 1;
        let ev = match b {
            0..=95 => Event::Key(Key::ch(char::from(b + 32))),
            96..=111 => Event::Key(Key::plain(SPECIAL[usize::from(b - 96)])),
            112..=127 => Event::Key(Key::ch(UNICODE[usize::from(b - 112)])),
            128..=135 => Event::Key(Key::ctrl(CHORDS[usize::from(b - 128)])),
            136..=143 => Event::Key(Key::alt(KeyCode::Char(char::from(b'1' + (b - 136))))),
            144..=151 => Event::Key(Key::ch(char::from(b'1' + (b - 144)))),
            152..=159 => Event::Key(Key::alt(KeyCode::Enter)),
            160..=175 => {
                let n = data.get(i).map_or(0, |n| usize::from(n % 32));
                i += 1;
                let text: String = data.iter().skip(i).take(n).map(|&c| char_of(c)).collect();
                i += n;
                Event::Paste(text)
            }
            176..=183 => {
                let w = data
                    .get(i)
                    .map_or(80, |w| 1 + (u32::from(*w) * 300 / 256) as u16);
                let h = data
                    .get(i + 1)
                    .map_or(24, |h| 1 + (u32::from(*h) * 100 / 256) as u16);
                i += 2;
                Event::Resize(w, h)
            }
            184..=191 => Event::Tick,
            192..=223 => Event::Key(Key::ch(COMMON[usize::from(b - 192) % COMMON.len()])),
            _ => Event::Key(Key::plain(SPECIAL[usize::from(b - 224) % 2])),
        };
        out.push(ev);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequences_parse() {
        let keys = parse_keys("2 a Ana<Tab> <C-z> <A-1> <F1> <Space>").unwrap();
        assert_eq!(keys[0], Key::ch('2'));
        assert_eq!(keys[1], Key::ch('a'));
        assert_eq!(keys[2..5], [Key::ch('A'), Key::ch('n'), Key::ch('a')]);
        assert_eq!(keys[5], Key::plain(KeyCode::Tab));
        assert_eq!(keys[6], Key::ctrl('z'));
        assert_eq!(keys[7], Key::alt(KeyCode::Char('1')));
        assert_eq!(keys[8], Key::plain(KeyCode::F(1)));
        assert_eq!(keys[9], Key::ch(' '));
        assert!(parse_keys("<Nope>").is_err());
    }

    #[test]
    fn labels_read_like_the_docs() {
        assert_eq!(Key::ctrl('z').label(), "Ctrl-Z");
        assert_eq!(Key::alt(KeyCode::Char('3')).label(), "Alt-3");
        assert_eq!(Key::plain(KeyCode::BackTab).label(), "Shift-Tab");
        assert_eq!(Key::ch('?').typed_char(), Some('?'));
        assert_eq!(Key::ctrl('s').typed_char(), None);
    }
}
