//! A frame as ratatui's backend wrote it, made smaller without changing what
//! the terminal shows (for the local terminal and for every client of a room).

const FULL_RESET: &[u8] = b"\x1b[39m\x1b[49m\x1b[59m\x1b[0m";
const RESET: &[u8] = b"\x1b[0m";
const SHOW: &[u8] = b"\x1b[?25h";
const HIDE: &[u8] = b"\x1b[?25l";

/// A frame as the backend wrote it, made smaller without changing what the
/// terminal shows: the backend's closing reset of colours, underline colour and
/// attributes becomes one `SGR 0` (which resets them all); showing or hiding a
/// cursor that is already so is left out; a frame that is nothing but a reset
/// after a frame that ended with one is not sent at all.
pub fn compact(frame: &[u8], cursor: &mut Option<bool>) -> Vec<u8> {
    let mut out = Vec::with_capacity(frame.len());
    let mut i = 0;
    while i < frame.len() {
        let rest = &frame[i..];
        if rest.starts_with(FULL_RESET) {
            out.extend_from_slice(RESET);
            i += FULL_RESET.len();
        } else if rest.starts_with(SHOW) || rest.starts_with(HIDE) {
            let show = rest.starts_with(SHOW);
            if *cursor != Some(show) {
                out.extend_from_slice(&rest[..SHOW.len()]);
                *cursor = Some(show);
            }
            i += SHOW.len();
        } else {
            out.push(frame[i]);
            i += 1;
        }
    }
    if out == RESET {
        out.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn frames_lose_redundant_resets_and_cursor_toggles() {
        let mut cursor = None;
        let typed = b"\x1b[4;32H\x1b[38;5;15mx\x1b[39m\x1b[49m\x1b[59m\x1b[0m\x1b[?25h\x1b[4;33H";
        let first = compact(typed, &mut cursor);
        assert_eq!(
            first,
            b"\x1b[4;32H\x1b[38;5;15mx\x1b[0m\x1b[?25h\x1b[4;33H".to_vec()
        );
        assert_eq!(cursor, Some(true));
        // The same again: the cursor is already shown.
        let second = compact(typed, &mut cursor);
        assert_eq!(
            second,
            b"\x1b[4;32H\x1b[38;5;15mx\x1b[0m\x1b[4;33H".to_vec()
        );
        assert!(second.len() <= 48, "a typed key fits in 48 bytes");
        // A redraw that changed nothing sends nothing.
        assert!(compact(b"\x1b[39m\x1b[49m\x1b[59m\x1b[0m\x1b[?25h", &mut cursor).is_empty());
        // Hiding is sent once.
        assert_eq!(compact(b"\x1b[?25l", &mut cursor), b"\x1b[?25l".to_vec());
        assert!(compact(b"\x1b[?25l", &mut cursor).is_empty());
    }
}
