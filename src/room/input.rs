//! Bytes from a remote terminal to our events: UTF-8 that may arrive split
//! across packets, control characters as Ctrl chords, CSI and SS3 keys with
//! their modifiers, Alt as a leading Esc, bracketed paste and SGR mouse
//! reports. Anything it does not know is dropped, never passed on.

use crate::app::keys::{Event, Key, KeyCode, Mouse, MouseKind};

/// A paste longer than this is cut (the rest is read and dropped): a room
/// takes cards, not files.
pub const PASTE_LIMIT: usize = 64 * 1024;
/// A control sequence longer than this is garbage: dropped.
const SEQ_LIMIT: usize = 64;
const ESC: u8 = 0x1b;
const PASTE_END: &[u8] = b"\x1b[201~";

/// The parser's state between packets.
#[derive(Debug, Default)]
pub struct InputParser {
    /// Bytes of an unfinished sequence or character.
    pending: Vec<u8>,
    /// Inside a bracketed paste: what it has brought so far.
    paste: Option<Vec<u8>>,
}

/// What one step of decoding found.
enum Step {
    /// An event, and how many bytes it took.
    Event(Event, usize),
    /// Bytes that mean nothing to us, dropped.
    Skip(usize),
    /// The start of something that needs more bytes.
    Incomplete,
}

impl InputParser {
    pub fn new() -> InputParser {
        InputParser::default()
    }

    /// Decodes a packet; what is left unfinished waits for the next one.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        self.pending.extend_from_slice(bytes);
        let mut out = Vec::new();
        let mut at = 0;
        loop {
            if self.paste.is_some() {
                match self.take_paste(at) {
                    Some((ev, used)) => {
                        at = used;
                        out.push(ev);
                        continue;
                    }
                    None => {
                        // Keep only the tail that may be the start of the end marker.
                        at = self
                            .pending
                            .len()
                            .saturating_sub(PASTE_END.len() - 1)
                            .max(at);
                        break;
                    }
                }
            }
            if at >= self.pending.len() {
                break;
            }
            match decode(&self.pending[at..]) {
                Step::Event(Event::Paste(_), used) => {
                    // The start of a bracketed paste: collect until its end.
                    self.paste = Some(Vec::new());
                    at += used;
                }
                Step::Event(ev, used) => {
                    out.push(ev);
                    at += used;
                }
                Step::Skip(used) => at += used,
                Step::Incomplete => break,
            }
        }
        self.pending.drain(..at.min(self.pending.len()));
        out
    }

    /// No more bytes came for a while: a lone Esc was the Esc key, and an
    /// unfinished sequence is dropped.
    pub fn idle(&mut self) -> Vec<Event> {
        if self.paste.is_some() {
            return Vec::new();
        }
        let out = match self.pending.as_slice() {
            [ESC] => vec![Event::Key(Key::plain(KeyCode::Esc))],
            [ESC, rest @ ..] if !rest.is_empty() && rest[0] != b'[' && rest[0] != b'O' => {
                vec![Event::Key(Key::plain(KeyCode::Esc))]
            }
            _ => Vec::new(),
        };
        self.pending.clear();
        out
    }

    /// Whether an unfinished sequence waits (the caller then calls `idle`
    /// after a short pause).
    pub fn waiting(&self) -> bool {
        !self.pending.is_empty() && self.paste.is_none()
    }

    /// Moves pasted bytes from `pending[at..]` into the paste; at its end
    /// marker, the paste as an event and where the bytes after it start.
    fn take_paste(&mut self, at: usize) -> Option<(Event, usize)> {
        let rest = &self.pending[at..];
        let end = find(rest, PASTE_END);
        let body = &rest[..end.unwrap_or_else(|| rest.len().saturating_sub(PASTE_END.len() - 1))];
        let paste = self.paste.as_mut()?;
        let room = PASTE_LIMIT.saturating_sub(paste.len());
        paste.extend_from_slice(&body[..body.len().min(room)]);
        let end = end?;
        let text = String::from_utf8_lossy(&self.paste.take().unwrap_or_default()).into_owned();
        Some((Event::Paste(text), at + end + PASTE_END.len()))
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decodes the first event of `b` (not empty).
fn decode(b: &[u8]) -> Step {
    match b[0] {
        ESC => escape(b),
        0x0d | 0x0a => Step::Event(key(KeyCode::Enter), 1),
        0x09 => Step::Event(key(KeyCode::Tab), 1),
        0x7f | 0x08 => Step::Event(key(KeyCode::Backspace), 1),
        0x00 => Step::Event(Event::Key(Key::ctrl(' ')), 1),
        c @ 0x01..=0x1a => Step::Event(Event::Key(Key::ctrl(char::from(b'a' + c - 1))), 1),
        0x1c => Step::Event(Event::Key(Key::ctrl('\\')), 1),
        0x1d => Step::Event(Event::Key(Key::ctrl(']')), 1),
        0x1e => Step::Event(Event::Key(Key::ctrl('^')), 1),
        0x1f => Step::Event(Event::Key(Key::ctrl('_')), 1),
        _ => utf8(b),
    }
}

fn key(code: KeyCode) -> Event {
    Event::Key(Key::plain(code))
}

/// One UTF-8 character; a broken one is skipped, an unfinished one waits.
fn utf8(b: &[u8]) -> Step {
    let len = match b[0] {
        0x20..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Step::Skip(1),
    };
    if b.len() < len {
        // Only wait if what is there can still become a character.
        return match std::str::from_utf8(b) {
            Err(e) if e.error_len().is_none() => Step::Incomplete,
            _ => Step::Skip(1),
        };
    }
    match std::str::from_utf8(&b[..len]) {
        // C1 controls (U+0080–U+009F) are no one's typing.
        Ok(s) => match s.chars().next() {
            Some(c) if !c.is_control() => Step::Event(Event::Key(Key::ch(c)), len),
            _ => Step::Skip(len),
        },
        Err(_) => Step::Skip(1),
    }
}

/// What follows an Esc: a CSI or SS3 sequence, an Alt chord, or Esc itself.
fn escape(b: &[u8]) -> Step {
    let Some(&next) = b.get(1) else {
        return Step::Incomplete;
    };
    match next {
        b'[' => csi(b),
        b'O' => ss3(b),
        // Esc Esc: the first is the key itself.
        ESC => Step::Event(key(KeyCode::Esc), 1),
        _ => match decode(&b[1..]) {
            Step::Event(Event::Key(k), used) if !k.alt => Step::Event(
                Event::Key(Key {
                    code: k.code,
                    ctrl: k.ctrl,
                    alt: true,
                }),
                used + 1,
            ),
            Step::Incomplete => Step::Incomplete,
            _ => Step::Event(key(KeyCode::Esc), 1),
        },
    }
}

/// The arrows, Home and End: the same final letter after `Esc [` or `Esc O`.
fn cursor_key(c: u8) -> Option<KeyCode> {
    Some(match c {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        _ => return None,
    })
}

/// `Esc O x`: F1–F4, arrows, Home/End, keypad Enter.
fn ss3(b: &[u8]) -> Step {
    let Some(&c) = b.get(2) else {
        return Step::Incomplete;
    };
    let code = match c {
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        b'M' => KeyCode::Enter,
        c => match cursor_key(c) {
            Some(k) => k,
            None => return Step::Skip(3),
        },
    };
    Step::Event(key(code), 3)
}

/// `Esc [ params final`.
fn csi(b: &[u8]) -> Step {
    // Parameters and intermediates are 0x20..=0x3f; the final byte 0x40..=0x7e.
    // Decided byte by byte, so that packets cut anywhere give the same keys.
    let body = &b[2..];
    let end = body
        .iter()
        .take_while(|c| (0x20..=0x3f).contains(*c))
        .count();
    if end > SEQ_LIMIT {
        return Step::Skip(2 + SEQ_LIMIT);
    }
    let Some(&fin) = body.get(end) else {
        return Step::Incomplete;
    };
    if !(0x40..=0x7e).contains(&fin) {
        // Broken off: what came so far is dropped, the odd byte read anew.
        return Step::Skip(2 + end);
    }
    let used = 2 + end + 1;
    let params = &body[..end];
    if params.first() == Some(&b'<') {
        return match mouse(&params[1..], fin) {
            Some(m) => Step::Event(Event::Mouse(m), used),
            None => Step::Skip(used),
        };
    }
    let nums: Vec<u32> = std::str::from_utf8(params)
        .unwrap_or("")
        .split(';')
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    let first = nums.first().copied().unwrap_or(0);
    // 1 + (1 shift, 2 alt, 4 ctrl); 1 is none.
    let m = nums.get(1).copied().unwrap_or(1).saturating_sub(1);
    let code = match (fin, cursor_key(fin)) {
        (_, Some(k)) => k,
        (b'Z', _) => KeyCode::BackTab,
        (b'P', _) if params.is_empty() || first == 1 => KeyCode::F(1),
        (b'Q', _) if params.is_empty() || first == 1 => KeyCode::F(2),
        (b'R', _) if params.is_empty() || first == 1 => KeyCode::F(3),
        (b'S', _) if params.is_empty() || first == 1 => KeyCode::F(4),
        (b'~', _) => match first {
            1 | 7 => KeyCode::Home,
            4 | 8 => KeyCode::End,
            3 => KeyCode::Delete,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            11..=15 => KeyCode::F((first - 10) as u8),
            17..=21 => KeyCode::F((first - 11) as u8),
            23 | 24 => KeyCode::F((first - 12) as u8),
            // The start of a bracketed paste (the rest is the paste).
            200 => return Step::Event(Event::Paste(String::new()), used),
            _ => return Step::Skip(used),
        },
        _ => return Step::Skip(used),
    };
    Step::Event(
        Event::Key(Key {
            code,
            ctrl: m & 4 != 0,
            alt: m & 2 != 0,
        }),
        used,
    )
}

/// An SGR mouse report: `button;col;row` and `M` (press) or `m` (release);
/// columns and rows from 1.
fn mouse(params: &[u8], fin: u8) -> Option<Mouse> {
    let text = std::str::from_utf8(params).ok()?;
    let mut it = text.split(';').map(|p| p.parse::<u32>().ok());
    let (b, x, y) = (it.next()??, it.next()??, it.next()??);
    if it.next().is_some() || x == 0 || y == 0 {
        return None;
    }
    let kind = match (b & !(4 | 8 | 16), fin) {
        (64, b'M') => MouseKind::ScrollUp,
        (65, b'M') => MouseKind::ScrollDown,
        (n @ 0..=2, b'M') => MouseKind::Press(n as u8),
        (n @ 32..=34, b'M') => MouseKind::Drag((n - 32) as u8),
        (_, b'm') => MouseKind::Release,
        _ => return None,
    };
    Some(Mouse {
        kind,
        col: u16::try_from(x - 1).unwrap_or(u16::MAX),
        row: u16::try_from(y - 1).unwrap_or(u16::MAX),
    })
}

/// Feeds bytes in chunks of the given sizes (cycled), then pauses: what a
/// remote terminal's packets would bring (used by the fuzz target and tests).
pub fn feed_in_chunks(bytes: &[u8], sizes: &[usize]) -> Vec<Event> {
    let mut p = InputParser::new();
    let mut out = Vec::new();
    let mut at = 0;
    for size in sizes.iter().cycle() {
        if at >= bytes.len() {
            break;
        }
        let end = (at + size.max(&1)).min(bytes.len());
        out.extend(p.feed(&bytes[at..end]));
        at = end;
    }
    out.extend(p.idle());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]

        /// However the bytes are cut into packets, the same events come out.
        #[test]
        fn packets_do_not_change_the_events(
            bytes in proptest::collection::vec(any::<u8>(), 0..200),
            sizes in proptest::collection::vec(1usize..9, 1..6),
        ) {
            prop_assert_eq!(feed_in_chunks(&bytes, &sizes), feed_in_chunks(&bytes, &[usize::MAX]));
        }

        /// Escape-heavy input never panics and never makes a control
        /// character into a typed one.
        #[test]
        fn escape_soup_never_panics(
            bytes in proptest::collection::vec(
                prop_oneof![Just(0x1bu8), Just(b'['), Just(b'O'), Just(b'~'), Just(b';'),
                    Just(b'<'), Just(b'M'), Just(b'2'), Just(b'0'), any::<u8>()],
                0..300),
            sizes in proptest::collection::vec(1usize..5, 1..4),
        ) {
            for ev in feed_in_chunks(&bytes, &sizes) {
                if let Event::Key(k) = ev
                    && let KeyCode::Char(c) = k.code
                    && !k.ctrl
                {
                    prop_assert!(!c.is_control(), "{:?}", k);
                }
            }
        }

        /// Text typed comes out as its characters, one key each.
        #[test]
        fn typed_text_is_its_characters(text in "[^\\p{Cc}]{0,40}", cut in 1usize..7) {
            let want: Vec<Event> = text.chars().map(|c| Event::Key(Key::ch(c))).collect();
            prop_assert_eq!(feed_in_chunks(text.as_bytes(), &[cut]), want);
        }
    }

    fn keys(bytes: &[u8]) -> Vec<Event> {
        InputParser::new().feed(bytes)
    }

    fn k(code: KeyCode) -> Event {
        Event::Key(Key::plain(code))
    }

    #[test]
    fn letters_controls_and_utf8() {
        assert_eq!(
            keys("aČ\r\t\x7f".as_bytes()),
            vec![
                Event::Key(Key::ch('a')),
                Event::Key(Key::ch('Č')),
                k(KeyCode::Enter),
                k(KeyCode::Tab),
                k(KeyCode::Backspace),
            ]
        );
        assert_eq!(
            keys(b"\x1a\x11"),
            vec![Event::Key(Key::ctrl('z')), Event::Key(Key::ctrl('q'))]
        );
    }

    #[test]
    fn a_character_split_across_packets_is_one_key() {
        let mut p = InputParser::new();
        let bytes = "ш".as_bytes();
        assert!(p.feed(&bytes[..1]).is_empty());
        assert_eq!(p.feed(&bytes[1..]), vec![Event::Key(Key::ch('ш'))]);
        // A broken byte is dropped, the next character comes through.
        assert_eq!(
            p.feed(b"\xff x"),
            vec![Event::Key(Key::ch(' ')), Event::Key(Key::ch('x'))]
        );
    }

    #[test]
    fn csi_and_ss3_keys_with_modifiers() {
        assert_eq!(
            keys(b"\x1b[A\x1bOB\x1b[5~\x1b[3~\x1b[Z\x1bOP\x1b[15~\x1b[24~"),
            vec![
                k(KeyCode::Up),
                k(KeyCode::Down),
                k(KeyCode::PageUp),
                k(KeyCode::Delete),
                k(KeyCode::BackTab),
                k(KeyCode::F(1)),
                k(KeyCode::F(5)),
                k(KeyCode::F(12)),
            ]
        );
        assert_eq!(
            keys(b"\x1b[1;5C\x1b[1;3D"),
            vec![
                Event::Key(Key {
                    code: KeyCode::Right,
                    ctrl: true,
                    alt: false
                }),
                Event::Key(Key {
                    code: KeyCode::Left,
                    ctrl: false,
                    alt: true
                }),
            ]
        );
    }

    #[test]
    fn alt_is_a_leading_esc_and_a_lone_esc_waits_for_a_pause() {
        assert_eq!(
            keys(b"\x1b1"),
            vec![Event::Key(Key::alt(KeyCode::Char('1')))]
        );
        assert_eq!(keys(b"\x1b\r"), vec![Event::Key(Key::alt(KeyCode::Enter))]);
        let mut p = InputParser::new();
        assert!(p.feed(b"\x1b").is_empty());
        assert!(p.waiting());
        assert_eq!(p.idle(), vec![k(KeyCode::Esc)]);
        // A sequence split after its Esc is still one key.
        assert!(p.feed(b"\x1b").is_empty());
        assert_eq!(p.feed(b"[B"), vec![k(KeyCode::Down)]);
        assert_eq!(keys(b"\x1b\x1b"), vec![k(KeyCode::Esc)]);
    }

    #[test]
    fn bracketed_paste_is_one_event_even_across_packets() {
        let mut p = InputParser::new();
        assert!(p.feed(b"\x1b[200~line 1\r\nli").is_empty());
        assert!(p.feed(b"ne 2\x1b[20").is_empty());
        assert_eq!(
            p.feed(b"1~q"),
            vec![
                Event::Paste("line 1\r\nline 2".into()),
                Event::Key(Key::ch('q'))
            ]
        );
        // Control sequences inside a paste are text, not keys.
        assert_eq!(
            keys(b"\x1b[200~\x1b[A\x03\x1b[201~"),
            vec![Event::Paste("\x1b[A\x03".into())]
        );
    }

    #[test]
    fn a_huge_paste_is_cut() {
        let mut p = InputParser::new();
        p.feed(b"\x1b[200~");
        for _ in 0..100 {
            assert!(p.feed(&[b'x'; 4096]).is_empty());
        }
        match p.feed(b"\x1b[201~").as_slice() {
            [Event::Paste(t)] => assert_eq!(t.len(), PASTE_LIMIT),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn sgr_mouse_reports() {
        assert_eq!(
            keys(b"\x1b[<0;10;5M\x1b[<0;10;5m\x1b[<64;1;1M"),
            vec![
                Event::Mouse(Mouse {
                    kind: MouseKind::Press(0),
                    col: 9,
                    row: 4
                }),
                Event::Mouse(Mouse {
                    kind: MouseKind::Release,
                    col: 9,
                    row: 4
                }),
                Event::Mouse(Mouse {
                    kind: MouseKind::ScrollUp,
                    col: 0,
                    row: 0
                }),
            ]
        );
        assert!(keys(b"\x1b[<0;0;0M").is_empty());
    }

    #[test]
    fn unknown_and_overlong_sequences_are_dropped() {
        assert_eq!(keys(b"\x1b[99~a"), vec![Event::Key(Key::ch('a'))]);
        // A sequence broken off by another byte: that byte is read anew.
        assert_eq!(keys(b"\x1b[12\x7f"), vec![k(KeyCode::Backspace)]);
        // An over-long one is cut: nothing in it becomes a key but text.
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 100));
        long.extend(b"\x1b[B");
        let evs = keys(&long);
        assert_eq!(evs.last(), Some(&k(KeyCode::Down)));
        assert!(
            evs[..evs.len() - 1]
                .iter()
                .all(|e| *e == Event::Key(Key::ch('1')))
        );
    }
}
