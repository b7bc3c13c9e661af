//! The terminal edge: raw mode and the alternate screen, crossterm events
//! translated into ours, and the main loop. Input is read on its own thread
//! and signals on another, both feeding one channel, so a dead terminal (where
//! crossterm may spin) can never keep the main loop from saving and leaving.

use std::cell::RefCell;
use std::io::{self, Stdout, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crossterm::event::{self as ct, KeyEventKind, KeyModifiers};
use crossterm::{cursor, execute, terminal};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::keys::{Event, Key, KeyCode};
use crate::render::frame::compact;
use crate::room::serve::Room;
use crate::room::ssh::FromRoom;
use crate::runtime::{Flow, Runtime};
use crate::ui::{self, Theme, Ui};

mod signals;
use signals::{spawn_signals, suspend};

/// Collects a whole frame and lets it out in one write; ratatui's cursor
/// calls flush on their own, which would otherwise cost extra writes.
#[derive(Clone, Default)]
pub struct FrameWriter {
    buf: Rc<RefCell<Vec<u8>>>,
    /// Whether the terminal's cursor is shown, once a frame has said so.
    cursor: std::cell::Cell<Option<bool>>,
}

impl Write for FrameWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.borrow_mut().extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl FrameWriter {
    /// Sends the collected frame to the terminal in one write.
    fn commit(&self, out: &mut Stdout) -> io::Result<()> {
        let mut buf = self.buf.borrow_mut();
        let mut cursor = self.cursor.get();
        let frame = compact(&buf, &mut cursor);
        self.cursor.set(cursor);
        buf.clear();
        if frame.is_empty() {
            return Ok(());
        }
        let mut lock = out.lock();
        lock.write_all(&frame)?;
        lock.flush()
    }
}

#[cfg_attr(not(unix), allow(dead_code))]
enum Msg {
    Event(Event),
    /// The terminal went away (end of input, an I/O error, SIGHUP).
    HangUp,
    /// SIGTERM or SIGINT: save and leave.
    Terminate,
    /// SIGTSTP: give the terminal back, stop, and take it again on resume.
    Suspend,
    /// SIGCONT: someone stopped and resumed us; take the terminal again.
    Resume,
    /// Something happened in the room this console serves.
    Room(FromRoom),
}

/// Whether the mouse is reported (clicks and the wheel); off with
/// `mouse: false` in the configuration, for those who select text with it.
static MOUSE: AtomicBool = AtomicBool::new(false);

fn restore() {
    let _ = terminal::disable_raw_mode();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(io::stdout(), ct::DisableMouseCapture);
    }
    let _ = execute!(
        io::stdout(),
        ct::DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
}

/// Raw mode, the alternate screen, bracketed paste, no cursor.
fn take_terminal() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        terminal::EnterAlternateScreen,
        ct::EnableBracketedPaste,
        cursor::Hide
    )?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(io::stdout(), ct::EnableMouseCapture)?;
    }
    Ok(())
}

/// Runs the TUI until quit or hang-up; the exit code.
pub fn run(rt: &mut Runtime, theme: &Theme, look: Look) -> i32 {
    run_with(rt, theme, look, None)
}

/// How the terminal shows things: 7-bit only, and the colours it can show.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub ascii: bool,
    pub depth: crate::render::colour::Depth,
    /// Clicks and the wheel reported to the app.
    pub mouse: bool,
}

/// The console, serving a room too: the room's messages join the same
/// channel as keys and signals, so one thread applies them all in order.
pub fn run_with(
    rt: &mut Runtime,
    theme: &Theme,
    look: Look,
    room: Option<(mpsc::Receiver<FromRoom>, &mut Room)>,
) -> i32 {
    let (tx, rx) = mpsc::channel();
    let mut room = room.map(|(inbox, room)| {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for m in inbox {
                if tx.send(Msg::Room(m)).is_err() {
                    break;
                }
            }
        });
        room
    });
    MOUSE.store(look.mouse, Ordering::SeqCst);
    let taken = Arc::new(AtomicBool::new(false));
    if let Err(e) = spawn_signals(tx.clone(), taken.clone()) {
        eprintln!("error: cannot watch signals: {e}");
        return 1;
    }
    if let Err(e) = terminal::enable_raw_mode() {
        eprintln!(
            "error: this is not a terminal ({e}); run premisli in a terminal, or use its subcommands"
        );
        return 1;
    }
    let panic_message: Arc<Mutex<Option<String>>> = Arc::new(Mutex::new(None));
    install_panic_hook(panic_message.clone());
    if take_terminal().is_err() {
        restore();
        return 1;
    }
    spawn_input(tx);
    let frames = FrameWriter::default();
    let backend = CrosstermBackend::new(frames.clone());
    let mut term = match Terminal::new(backend) {
        Ok(t) => t,
        Err(e) => {
            restore();
            eprintln!("error: cannot start the terminal: {e}");
            return 1;
        }
    };
    let result = catch_unwind(AssertUnwindSafe(|| {
        let io = Io {
            term: &mut term,
            frames: &frames,
            rx: &rx,
            theme,
            look,
            taken: &taken,
        };
        event_loop(rt, io, room.as_deref_mut())
    }));
    let code = match result {
        Ok(code) => code,
        Err(_) => {
            let recovery = rt.write_recovery();
            restore();
            let msg = panic_message
                .lock()
                .ok()
                .and_then(|m| m.clone())
                .unwrap_or_default();
            let msg = ui::text::safe(&msg, false).into_owned();
            match recovery {
                Some(p) => eprintln!(
                    "error: premisli stopped on an internal error ({msg}); your unsaved work is in {}",
                    crate::store::shown(&p)
                ),
                None => eprintln!(
                    "error: premisli stopped on an internal error ({msg}); nothing was left unsaved"
                ),
            }
            return 1;
        }
    };
    restore();
    code
}

fn install_panic_hook(slot: Arc<Mutex<Option<String>>>) {
    std::panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut m) = slot.lock() {
            *m = Some(format!("{text}{at}"));
        }
    }));
}

fn spawn_input(tx: Sender<Msg>) {
    std::thread::spawn(move || {
        loop {
            let msg = match ct::read() {
                Ok(ev) => match translate(ev) {
                    Some(e) => Msg::Event(e),
                    None => continue,
                },
                Err(_) => Msg::HangUp,
            };
            let stop = matches!(msg, Msg::HangUp);
            if tx.send(msg).is_err() || stop {
                break;
            }
        }
    });
}

/// Is the controlling terminal still there? A closed pty cannot be reopened.
fn tty_alive() -> bool {
    std::fs::File::open("/dev/tty").is_ok()
}

type Term = Terminal<CrosstermBackend<FrameWriter>>;

fn draw(
    term: &mut Term,
    frames: &FrameWriter,
    rt: &Runtime,
    theme: &Theme,
    look: Look,
) -> io::Result<ui::hits::Hits> {
    let ui = Ui {
        theme,
        ascii: look.ascii,
    };
    let mut hits = ui::hits::Hits::default();
    term.draw(|f| {
        hits = ui::hits::draw(f, &rt.app, &ui);
        // Colours the terminal cannot show become the nearest it can.
        crate::render::colour::fit(f.buffer_mut(), look.depth);
    })?;
    frames.commit(&mut io::stdout())?;
    Ok(hits)
}

/// Two clicks on one thing within this long are a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(450);

/// What the main loop works with besides the app.
struct Io<'a> {
    term: &'a mut Term,
    frames: &'a FrameWriter,
    rx: &'a Receiver<Msg>,
    theme: &'a Theme,
    look: Look,
    taken: &'a AtomicBool,
}

fn event_loop(rt: &mut Runtime, io: Io, mut room: Option<&mut Room>) -> i32 {
    let Io {
        term,
        frames,
        rx,
        theme,
        look,
        taken,
    } = io;
    if let Ok(size) = term.size() {
        rt.app.view.size = (size.width, size.height);
    }
    let mut needs_draw = true;
    // Where the last frame drew what a click can choose, and the last click.
    let mut hits = ui::hits::Hits::default();
    let mut last_click: Option<(std::time::Instant, crate::app::keys::Target)> = None;
    let mut ticks = 0u32;
    // A message taken while draining the room's, handled on the next turn.
    let mut deferred: Option<Msg> = None;
    // Only a terminal that was there can go away; some hosts give none at all.
    let watch_tty = tty_alive();
    loop {
        if needs_draw {
            // Effects (an open, a restored copy) may have changed the workshop.
            rt.app.refresh_derived();
            match draw(term, frames, rt, theme, look) {
                Ok(h) => hits = h,
                Err(_) => return leave(rt),
            }
            needs_draw = false;
            rt.flush_state();
        }
        let wait = room
            .as_ref()
            .and_then(|r| r.next_frame_in())
            .unwrap_or(Duration::from_millis(250));
        let received = match deferred.take() {
            Some(m) => Ok(m),
            None => rx.recv_timeout(wait),
        };
        let msg = match received {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => Msg::Event(Event::Tick),
            Err(RecvTimeoutError::Disconnected) => Msg::HangUp,
        };
        match msg {
            Msg::HangUp | Msg::Terminate => {
                taken.store(true, Ordering::SeqCst);
                return leave(rt);
            }
            Msg::Suspend | Msg::Resume => {
                if matches!(msg, Msg::Suspend) {
                    suspend();
                } else {
                    let _ = take_terminal();
                }
                // The screen was the shell's meanwhile: draw all of it again,
                // on a fresh terminal (`Terminal::clear` would ask the terminal
                // for the cursor, whose answer the input thread reads).
                let _ = execute!(io::stdout(), terminal::Clear(terminal::ClearType::All));
                frames.cursor.set(None);
                match Terminal::new(CrosstermBackend::new(frames.clone())) {
                    Ok(t) => *term = t,
                    Err(_) => return leave(rt),
                }
                if let Ok(size) = term.size() {
                    rt.app.view.size = (size.width, size.height);
                }
                needs_draw = true;
                continue;
            }
            Msg::Event(Event::Tick) => {
                ticks = ticks.wrapping_add(1);
                if watch_tty && ticks.is_multiple_of(4) && !tty_alive() {
                    return leave(rt);
                }
                // A running step timer counts down on screen; idle, nothing is drawn.
                if rt.app.timer_running() {
                    let env = rt.env();
                    rt.app.handle(Event::Tick, &env);
                    needs_draw = true;
                }
            }
            Msg::Room(m) => {
                if let Some(room) = room.as_deref_mut() {
                    room.take(rt, m);
                    // What else the room has sent is taken before drawing
                    // (the first other message waits for the next turn).
                    loop {
                        match rx.try_recv() {
                            Ok(Msg::Room(m)) => room.take(rt, m),
                            Ok(other) => {
                                deferred = Some(other);
                                break;
                            }
                            Err(_) => break,
                        }
                    }
                    needs_draw = true;
                }
            }
            Msg::Event(ev) => {
                let env = rt.env();
                // A click on what the last frame showed: a tab, a row, a
                // phase, a cell.
                let ev = match ev {
                    Event::Mouse(m) if m.kind == crate::app::keys::MouseKind::Press(0) => {
                        match hits.at(m.col, m.row) {
                            Some(target) => {
                                let now = std::time::Instant::now();
                                let double = last_click.is_some_and(|(at, t)| {
                                    t == target && now.duration_since(at) < DOUBLE_CLICK
                                });
                                last_click = (!double).then_some((now, target));
                                Event::Click { target, double }
                            }
                            None => Event::Mouse(m),
                        }
                    }
                    other => other,
                };
                let mut effects = rt.app.handle(ev, &env);
                needs_draw = true;
                if let Some(room) = room.as_deref_mut() {
                    effects = room.console_effects(rt, effects);
                    room.touch();
                }
                if let Flow::Quit = rt.run(effects) {
                    rt.flush_state();
                    return 0;
                }
            }
        }
        if let Some(room) = room.as_deref_mut() {
            room.draw_due(rt, theme);
        }
        let env = rt.env();
        if rt.app.autosave_due(env.now_ms) {
            rt.save();
            needs_draw = true;
        }
    }
}

/// Hang-up or termination: save what can be saved, else leave a recovery copy.
fn leave(rt: &mut Runtime) -> i32 {
    rt.flush_state();
    let env = rt.env();
    rt.app.commit_pending(&env);
    if rt.save() {
        0
    } else {
        rt.leave_unsaved();
        1
    }
}

/// crossterm's event, as ours; `None` for what the app does not use.
pub fn translate(ev: ct::Event) -> Option<Event> {
    match ev {
        ct::Event::Key(k) if k.kind != KeyEventKind::Release => {
            // AltGr (Windows reports it as Ctrl+Alt) types @ { [ € on Slovenian
            // and Russian keyboards: a character that is no ASCII letter or
            // digit is what was typed, not a chord.
            if let ct::KeyCode::Char(c) = k.code
                && k.modifiers
                    .contains(KeyModifiers::CONTROL | KeyModifiers::ALT)
                && !c.is_ascii_alphanumeric()
                && !c.is_control()
            {
                return Some(Event::Key(Key::ch(c)));
            }
            let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
            // ESC followed quickly by Ctrl-X arrives as Ctrl-Alt-X; no chord uses both.
            let alt = k.modifiers.contains(KeyModifiers::ALT) && !ctrl;
            let code = match k.code {
                ct::KeyCode::Char(c) => {
                    KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
                }
                ct::KeyCode::Enter => KeyCode::Enter,
                ct::KeyCode::Esc => KeyCode::Esc,
                ct::KeyCode::Tab if k.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
                ct::KeyCode::Tab => KeyCode::Tab,
                ct::KeyCode::BackTab => KeyCode::BackTab,
                ct::KeyCode::Backspace => KeyCode::Backspace,
                ct::KeyCode::Delete => KeyCode::Delete,
                ct::KeyCode::Left => KeyCode::Left,
                ct::KeyCode::Right => KeyCode::Right,
                ct::KeyCode::Up => KeyCode::Up,
                ct::KeyCode::Down => KeyCode::Down,
                ct::KeyCode::Home => KeyCode::Home,
                ct::KeyCode::End => KeyCode::End,
                ct::KeyCode::PageUp => KeyCode::PageUp,
                ct::KeyCode::PageDown => KeyCode::PageDown,
                ct::KeyCode::F(n) => KeyCode::F(n),
                _ => return None,
            };
            Some(Event::Key(Key { code, ctrl, alt }))
        }
        ct::Event::Paste(s) => Some(Event::Paste(s)),
        ct::Event::Mouse(m) => {
            use crate::app::keys::{Mouse, MouseKind};
            use ct::{MouseButton, MouseEventKind};
            let button = |b: MouseButton| match b {
                MouseButton::Left => 0,
                MouseButton::Middle => 1,
                MouseButton::Right => 2,
            };
            let kind = match m.kind {
                MouseEventKind::Down(b) => MouseKind::Press(button(b)),
                MouseEventKind::Drag(b) => MouseKind::Drag(button(b)),
                MouseEventKind::Up(_) => MouseKind::Release,
                MouseEventKind::ScrollUp => MouseKind::ScrollUp,
                MouseEventKind::ScrollDown => MouseKind::ScrollDown,
                _ => return None,
            };
            Some(Event::Mouse(Mouse {
                kind,
                col: m.column,
                row: m.row,
            }))
        }
        ct::Event::Resize(w, h) => Some(Event::Resize(w, h)),
        _ => None,
    }
}

#[cfg(test)]
mod key_tests {
    use super::translate;
    use crate::app::keys::{Event, Key};
    use crossterm::event::{self as ct, KeyEvent, KeyModifiers};

    fn key(c: char, m: KeyModifiers) -> Option<Event> {
        translate(ct::Event::Key(KeyEvent::new(ct::KeyCode::Char(c), m)))
    }

    #[test]
    fn altgr_characters_are_typed_and_ctrl_alt_letters_stay_chords() {
        let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
        for c in ['@', '{', '[', '€', '\\', '|', 'ł'] {
            assert_eq!(key(c, altgr), Some(Event::Key(Key::ch(c))), "{c}");
        }
        // ESC then Ctrl-Z, read as one Ctrl-Alt-Z: still undo.
        assert_eq!(key('z', altgr), Some(Event::Key(Key::ctrl('z'))));
    }
}
