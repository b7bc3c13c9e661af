//! The room's viewers on the workshop's thread: each connection's stage
//! (picking a name, in the room), its keys through the one update path, its
//! frames drawn, fitted to its terminal and sent as bytes.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use tokio::sync::mpsc::UnboundedSender;

use super::ssh::{ClientTerm, FromRoom, Role, ToClient};
use crate::app::keys::{Event, Key, KeyCode};
use crate::app::room::{Person, PersonRole};
use crate::app::{Effect, Seat, ViewerId};
use crate::domain::Id;
use crate::i18n::{self, T};
use crate::render::colour::{self, Depth};
use crate::runtime::Runtime;
use crate::ui::{self, Theme, Ui};

/// A frame to a viewer at most this often (a card typed by one participant
/// redraws forty screens; they need not see every letter at once).
const FRAME_EVERY: Duration = Duration::from_millis(50);

/// Bytes that set up a client's terminal: the alternate screen, no cursor,
/// bracketed paste, cleared.
const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[2J\x1b[H";
/// And give it back.
const LEAVE: &[u8] = b"\x1b[?2004l\x1b[0m\x1b[?25h\x1b[?1049l";

/// Where a participant is: picking their name, or in the room as a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Picking(usize),
    In(Option<Id>),
}

/// One connection, as the workshop's thread keeps it.
struct Remote {
    viewer: ViewerId,
    role: Role,
    stage: Stage,
    user: String,
    addr: IpAddr,
    out: UnboundedSender<ToClient>,
    term: Terminal<CrosstermBackend<Sink>>,
    sink: Sink,
    ascii: bool,
    /// The colours its terminal shows.
    depth: Depth,
    /// Whether its cursor is shown, as far as its frames said.
    cursor: Option<bool>,
    /// Something changed since its last frame.
    dirty: bool,
    /// Its own key changed it: the echo goes out at once, whatever the
    /// frame rate for the others.
    urgent: bool,
    last_frame: Option<Instant>,
}

/// Where a viewer's frame is written (shared with its terminal's backend).
#[derive(Clone, Default)]
struct Sink(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Sink {
    pub fn take(&self) -> Vec<u8> {
        self.0
            .lock()
            .map(|mut b| std::mem::take(&mut *b))
            .unwrap_or_default()
    }
}

impl std::io::Write for Sink {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut b) = self.0.lock() {
            b.extend_from_slice(data);
        }
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The viewers of the room, by connection.
pub struct Room {
    remotes: HashMap<u64, Remote>,
    /// Set when the console closes the room: the door turns everyone away.
    closed: Arc<AtomicBool>,
    /// Comings and goings are written to standard error (headless: the
    /// server's log; with a console they show in its panel instead).
    log: bool,
    /// The name last picked from each address: someone whose connection
    /// dropped finds it chosen when they come back.
    names: HashMap<IpAddr, Id>,
}

impl Room {
    pub fn new(closed: Arc<AtomicBool>, log: bool) -> Room {
        Room {
            remotes: HashMap::new(),
            closed,
            log,
            names: HashMap::new(),
        }
    }

    /// The console changed something: every screen may show it.
    pub fn touch(&mut self) {
        for r in self.remotes.values_mut() {
            r.dirty = true;
        }
    }

    /// Carries out the console's room effects (removing someone, closing
    /// the room); the others are the runtime's.
    pub fn console_effects(&mut self, rt: &mut Runtime, effects: Vec<Effect>) -> Vec<Effect> {
        let mut rest = Vec::new();
        for e in effects {
            match e {
                Effect::RoomRemove(conn) => {
                    let why = i18n::t(rt.app.lang, T::RoomYouWereRemoved).to_string();
                    self.close(conn, &why);
                }
                Effect::RoomSummon => self.summon(rt),
                Effect::RoomClose => {
                    self.closed.store(true, Ordering::SeqCst);
                    self.close_all(&rt.app, T::RoomClosed);
                    if let Some(panel) = rt.app.room.as_mut() {
                        panel.closed = true;
                    }
                    rt.app.say(T::RoomClosedHere, &[]);
                }
                other => rest.push(other),
            }
        }
        rest
    }

    /// Everyone in the room called to the marked step: their lists from
    /// the top, and a line saying where to look.
    fn summon(&mut self, rt: &mut Runtime) {
        let Some(lead) = self.lead_view(rt) else {
            return;
        };
        for r in self.remotes.values_mut() {
            let Stage::In(member) = r.stage else { continue };
            if r.role != Role::Participant {
                continue;
            }
            rt.app.with_viewer(r.viewer, |app| {
                app.follow(&lead, Seat::Participant(member));
                app.summoned();
            });
            r.dirty = true;
            r.urgent = true;
        }
    }

    /// The console's panel: who is in now.
    fn publish(&self, rt: &mut Runtime) {
        let names = |id: Option<Id>| -> Option<String> {
            let w = &rt.app.shared.doc.as_ref()?.workshop;
            w.member(id?).map(|m| m.name.clone())
        };
        let mut people: Vec<(u64, Person)> = self
            .remotes
            .iter()
            .map(|(conn, r)| {
                let name = match r.stage {
                    Stage::In(id) => names(id).unwrap_or_else(|| r.user.clone()),
                    Stage::Picking(_) => r.user.clone(),
                };
                let role = match r.role {
                    Role::Board => PersonRole::Board,
                    Role::Participant => PersonRole::Participant,
                    Role::Facilitator => PersonRole::Facilitator,
                };
                (
                    *conn,
                    Person {
                        conn: *conn,
                        name,
                        role,
                        addr: r.addr.to_string(),
                        member: match r.stage {
                            Stage::In(id) => id,
                            Stage::Picking(_) => None,
                        },
                    },
                )
            })
            .collect();
        people.sort_by_key(|(c, _)| *c);
        if let Some(panel) = rt.app.room.as_mut() {
            panel.people = people.into_iter().map(|(_, p)| p).collect();
        }
    }

    /// How long until a frame that waits may be sent.
    pub fn next_frame_in(&self) -> Option<Duration> {
        self.remotes
            .values()
            .filter(|r| r.dirty)
            .map(|r| match r.last_frame {
                Some(t) if !r.urgent => FRAME_EVERY.saturating_sub(t.elapsed()),
                _ => Duration::ZERO,
            })
            .min()
    }

    pub fn take(&mut self, rt: &mut Runtime, msg: FromRoom) {
        match msg {
            FromRoom::Joined {
                conn,
                role,
                user,
                addr,
                size,
                term,
                out,
            } => self.join(rt, conn, role, user, addr, size, &term, out),
            FromRoom::Input { conn, events } => {
                if let Some(r) = self.remotes.get_mut(&conn) {
                    r.urgent = true;
                }
                for ev in events {
                    // A fault in one session ends that session only; the
                    // room, the console and the file go on.
                    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        self.input(rt, conn, ev)
                    }));
                    if run.is_err() {
                        self.fault(rt, conn);
                        break;
                    }
                }
            }
            FromRoom::Resize { conn, size } => {
                if let Some(r) = self.remotes.get_mut(&conn) {
                    let _ = r.term.resize(Rect::new(0, 0, size.0, size.1));
                    let _ = r.out.send(ToClient::Frame(b"\x1b[2J".to_vec()));
                    let _ = r.term.clear();
                    let env = rt.env();
                    rt.app
                        .handle_as(r.viewer, Event::Resize(size.0, size.1), &env);
                    r.dirty = true;
                }
            }
            FromRoom::Left { conn } => {
                if let Some(r) = self.remotes.remove(&conn) {
                    if self.log {
                        log(&format!("left: {} from {}", r.user, r.addr));
                    }
                    rt.app.remove_viewer(r.viewer);
                }
            }
        }
        // Whatever happened may show on every screen.
        self.touch();
        self.publish(rt);
    }

    #[allow(clippy::too_many_arguments)]
    fn join(
        &mut self,
        rt: &mut Runtime,
        conn: u64,
        role: Role,
        user: String,
        addr: IpAddr,
        size: (u16, u16),
        term: &ClientTerm,
        out: UnboundedSender<ToClient>,
    ) {
        let lang = term
            .lang
            .as_deref()
            .and_then(crate::domain::Language::from_code)
            .unwrap_or(rt.app.lang);
        let viewer = rt.app.add_viewer(lang);
        let env = rt.env();
        rt.app
            .handle_as(viewer, Event::Resize(size.0, size.1), &env);
        let sink = Sink::default();
        let Ok(term_) = Terminal::with_options(
            CrosstermBackend::new(sink.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, size.0, size.1)),
            },
        ) else {
            rt.app.remove_viewer(viewer);
            return;
        };
        let _ = out.send(ToClient::Frame(ENTER.to_vec()));
        if self.log {
            log(&format!("joined: {user} ({role:?}) from {addr}"));
        }
        let stage = match role {
            Role::Participant => {
                let w = rt.app.shared.doc.as_ref().map(|d| &d.workshop);
                let again = self
                    .names
                    .get(&addr)
                    .and_then(|id| w.and_then(|w| w.member_index(*id)));
                Stage::Picking(again.unwrap_or(0))
            }
            _ => Stage::In(None),
        };
        self.remotes.insert(
            conn,
            Remote {
                viewer,
                role,
                stage,
                user,
                addr,
                out,
                term: term_,
                sink,
                ascii: wants_ascii(term),
                depth: Depth::of(&term.term, &term.colorterm),
                cursor: None,
                dirty: true,
                urgent: true,
                last_frame: None,
            },
        );
    }

    fn input(&mut self, rt: &mut Runtime, conn: u64, ev: Event) {
        let Some(r) = self.remotes.get_mut(&conn) else {
            return;
        };
        // The tests' way to make a session fail inside the room.
        #[cfg(any(test, feature = "testing"))]
        if std::env::var_os("PREMISLI_FAULT").is_some_and(|v| v == "panic")
            && ev == Event::Key(Key::ch('\u{1f4a5}'))
        {
            panic!("a fault injected by the tests");
        }
        let env = rt.env();
        match (r.role, r.stage) {
            (Role::Facilitator, _) => {
                let effects = rt.app.handle_as(r.viewer, ev, &env);
                for effect in effects {
                    match effect {
                        Effect::Save => {
                            rt.save();
                        }
                        Effect::Quit => {
                            let bye = i18n::t(rt.app.lang, T::RoomBye).to_string();
                            self.close(conn, &bye);
                            return;
                        }
                        // Opening another workshop, writing files: the
                        // console's to do, not a remote viewer's.
                        _ => {}
                    }
                }
            }
            (Role::Participant, Stage::Picking(sel)) => {
                let n = rt
                    .app
                    .shared
                    .doc
                    .as_ref()
                    .map_or(0, |d| d.workshop.team.len());
                let Event::Key(k) = ev else { return };
                match k.code {
                    KeyCode::Up | KeyCode::Char('k') => {
                        r.stage = Stage::Picking(sel.saturating_sub(1));
                    }
                    KeyCode::Down | KeyCode::Char('j') => {
                        r.stage = Stage::Picking((sel + 1).min(n.saturating_sub(1)));
                    }
                    KeyCode::Enter if n > 0 => {
                        let id = rt
                            .app
                            .shared
                            .doc
                            .as_ref()
                            .and_then(|d| d.workshop.team.get(sel.min(n - 1)))
                            .map(|m| m.id);
                        r.stage = Stage::In(id);
                        if let Some(id) = id {
                            let addr = r.addr;
                            self.names.insert(addr, id);
                        }
                    }
                    _ if leaves(k) => {
                        let bye = i18n::t(rt.app.lang, T::RoomBye).to_string();
                        self.close(conn, &bye);
                    }
                    _ => {}
                }
            }
            (Role::Participant, Stage::In(member)) => {
                let viewer = r.viewer;
                // A key acts on what the room shows now, not on the last
                // frame this participant got.
                if let Some(lead) = self.lead_view(rt) {
                    rt.app
                        .with_viewer(viewer, |app| app.follow(&lead, Seat::Participant(member)));
                }
                let effects = match ev {
                    Event::Key(k) => {
                        let before = rt.app.shared.doc.as_ref().map(|d| d.generation);
                        let out = rt
                            .app
                            .with_viewer(viewer, |app| app.participant_key(member, k, &env))
                            .unwrap_or_default();
                        if before != rt.app.shared.doc.as_ref().map(|d| d.generation) {
                            rt.app.after_edit_by(viewer);
                        }
                        out
                    }
                    // A paste into their own form; a resize.
                    other => rt.app.handle_as(viewer, other, &env),
                };
                if effects.contains(&Effect::Quit) {
                    let bye = i18n::t(rt.app.lang, T::RoomBye).to_string();
                    self.close(conn, &bye);
                }
            }
            // The board follows the facilitator; it can only leave.
            (Role::Board, _) => {
                if let Event::Key(k) = ev
                    && leaves(k)
                {
                    let bye = i18n::t(rt.app.lang, T::RoomBye).to_string();
                    self.close(conn, &bye);
                }
            }
        }
    }

    /// What the board and participants show: the facilitator's view (the
    /// console's, or else the first facilitator who came in).
    fn lead_view(&self, rt: &mut Runtime) -> Option<crate::app::View> {
        let lead = self
            .remotes
            .values()
            .filter(|r| r.role == Role::Facilitator)
            .map(|r| r.viewer)
            .min_by_key(|v| v.0);
        match lead {
            Some(v) => rt.app.with_viewer(v, |app| app.view.clone()),
            None => Some(rt.app.view.clone()),
        }
    }

    /// A session that met an internal error: it ends, the viewer goes.
    fn fault(&mut self, rt: &mut Runtime, conn: u64) {
        let text = i18n::t(rt.app.lang, T::RoomFault).to_string();
        self.close(conn, &text);
        if let Some(r) = self.remotes.remove(&conn) {
            if self.log {
                log(&format!(
                    "ended on an internal error: {} from {}",
                    r.user, r.addr
                ));
            }
            rt.app.remove_viewer(r.viewer);
        }
    }

    /// Ends one connection with a last line.
    fn close(&mut self, conn: u64, message: &str) {
        if let Some(r) = self.remotes.get(&conn) {
            let mut bytes = LEAVE.to_vec();
            bytes.extend_from_slice(crate::text::visible(message).as_bytes());
            bytes.extend_from_slice(b"\r\n");
            let _ = r.out.send(ToClient::Frame(bytes));
            let _ = r.out.send(ToClient::Close {
                message: String::new(),
                status: 0,
            });
        }
    }

    pub fn close_all(&mut self, app: &crate::app::App, why: T) {
        let text = i18n::t(app.lang, why).to_string();
        let conns: Vec<u64> = self.remotes.keys().copied().collect();
        for c in conns {
            self.close(c, &text);
        }
    }

    /// Draws every viewer whose frame is due and sends it.
    pub fn draw_due(&mut self, rt: &mut Runtime, theme: &Theme) {
        let lead_view = self.lead_view(rt);
        rt.app.refresh_derived();
        let mut faulted = Vec::new();
        for (conn, r) in self.remotes.iter_mut() {
            if !r.dirty || (!r.urgent && r.last_frame.is_some_and(|t| t.elapsed() < FRAME_EVERY)) {
                continue;
            }
            let ui = Ui {
                theme,
                ascii: r.ascii,
            };
            let (role, stage, depth) = (r.role, r.stage, r.depth);
            let term = &mut r.term;
            let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                rt.app.with_viewer(r.viewer, |app| {
                    if role != Role::Facilitator
                        && let Some(lead) = &lead_view
                    {
                        let seat = match (role, stage) {
                            (Role::Participant, Stage::In(m)) => Seat::Participant(m),
                            (Role::Participant, _) => Seat::Participant(None),
                            _ => Seat::Board,
                        };
                        app.follow(lead, seat);
                    }
                    app.refresh_derived();
                    term.draw(|f| {
                        match (stage, &app.shared.doc) {
                            (Stage::Picking(sel), Some(doc)) => {
                                ui::room::draw_pick(f, &doc.workshop, sel, app.lang, &ui)
                            }
                            _ => ui::draw(f, app, &ui),
                        }
                        colour::fit(f.buffer_mut(), depth);
                    })
                    .is_ok()
                })
            }));
            let drawn = match drawn {
                Ok(d) => d,
                Err(_) => {
                    faulted.push(*conn);
                    continue;
                }
            };
            if drawn == Some(true) {
                let bytes = crate::render::frame::compact(&r.sink.take(), &mut r.cursor);
                if !bytes.is_empty() {
                    let _ = r.out.send(ToClient::Frame(bytes));
                }
            }
            r.dirty = false;
            r.urgent = false;
            r.last_frame = Some(Instant::now());
        }
        for conn in faulted {
            self.fault(rt, conn);
        }
    }
}

/// A line for whoever runs the server (the terminal of `serve --headless`).
pub(super) fn log(line: &str) {
    use std::io::Write;
    let now = chrono::Local::now().format("%H:%M:%S");
    let _ = writeln!(std::io::stderr(), "{now} {}", crate::text::visible(line));
}

fn leaves(k: Key) -> bool {
    k == Key::ch('q') || k == Key::ctrl('q') || k == Key::ctrl('c') || k == Key::ctrl('d')
}

/// A client that cannot show more than 7-bit text: `TERM=vt100`/`dumb`, or
/// a locale that is not UTF-8.
fn wants_ascii(t: &ClientTerm) -> bool {
    let term = t.term.to_ascii_lowercase();
    let lang = t.lang.as_deref().unwrap_or("").to_ascii_lowercase();
    term == "dumb"
        || term.starts_with("vt1")
        || term.starts_with("vt2")
        || (!lang.is_empty() && !lang.contains("utf-8") && !lang.contains("utf8"))
}
