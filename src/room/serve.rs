//! The workshop's side of a room: one thread owns the workshop and every
//! viewer; each connection becomes a viewer (the board, a participant, a
//! facilitator's console), its keys go through the same update path as the
//! console's, and its frames are drawn here and sent as bytes.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use super::guard::Limits;
use super::keys::{fingerprint, host_key};
use super::ssh::{self, FromRoom, RoomConfig};
pub use super::viewers::Room;
use crate::app::keys::Event;
use crate::app::room::RoomPanel;
use crate::i18n::{self, T};
use crate::runtime::Runtime;
use crate::ui::Theme;

pub struct ServeOptions {
    pub listen: SocketAddr,
    pub code: Option<String>,
    pub headless: bool,
}

/// Messages for the workshop's thread.
enum Msg {
    Room(FromRoom),
    /// SIGTERM, SIGINT, SIGHUP (or the console closed): save and close.
    Stop,
}

/// The room's text for the facilitator: where to connect, the code, the key.
pub struct Door {
    pub addr: SocketAddr,
    pub code: String,
    pub fingerprint: String,
}

impl Door {
    pub fn lines(&self, lang: crate::domain::Language) -> Vec<String> {
        let port = self.addr.port();
        let host = if self.addr.ip().is_unspecified() {
            "HOST".to_string()
        } else {
            self.addr.ip().to_string()
        };
        vec![
            i18n::tf(
                lang,
                T::RoomJoinLine,
                &[("host", &host), ("port", &port.to_string())],
            ),
            i18n::tf(lang, T::RoomCodeLine, &[("code", &self.code)]),
            i18n::tf(lang, T::RoomKeyLine, &[("key", &self.fingerprint)]),
        ]
    }
}

/// Serves the open workshop of `rt` until stopped; the exit status.
pub fn serve(rt: &mut Runtime, opts: &ServeOptions, theme: &Theme, console: Console) -> i32 {
    let Some(dirs) = rt.dirs.clone() else {
        eprintln!("error: no data directory for the room's host key (is HOME set?)");
        return 1;
    };
    let key = match host_key(&dirs.data) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let facilitators = read_facilitators(&dirs.config.join("facilitators"));
    let code = opts.code.clone().unwrap_or_else(super::keys::new_code);
    if code.trim().is_empty() {
        eprintln!("error: the room code is empty");
        return 2;
    }
    let cfg = RoomConfig {
        code: code.clone(),
        host_key: key.clone(),
        facilitators,
        limits: limits(),
    };
    let print = Door {
        addr: opts.listen,
        code: code.clone(),
        fingerprint: fingerprint(&key),
    };
    if opts.headless {
        let (tx, rx) = mpsc::channel::<Msg>();
        let room_tx = tx.clone();
        let inbox: ssh::Inbox = Box::new(move |m| {
            let _ = room_tx.send(Msg::Room(m));
        });
        let running = match ssh::start(opts.listen, cfg, inbox) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("error: cannot listen on {}: {e}", opts.listen);
                return 1;
            }
        };
        if let Err(e) = watch_signals(tx) {
            eprintln!("error: cannot watch signals: {e}");
            return 1;
        }
        let door = Door {
            addr: running.addr,
            ..print
        };
        // Where to connect, for whoever started the server. A closed
        // standard output (`| head -1`, a service without one) is no reason
        // to stop serving.
        {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            for line in door.lines(rt.app.lang) {
                let _ = writeln!(out, "{line}");
            }
            let _ = out.flush();
        }
        let mut room = Room::new(running.closed.clone(), true);
        let status = headless_loop(rt, &rx, &mut room, theme);
        drop(running);
        return status;
    }
    match console_room(rt, opts.listen, cfg, &print) {
        Ok((running, rx, mut room)) => {
            let status = console(rt, rx, &mut room);
            room.close_all(&rt.app, T::RoomClosed);
            // The last lines reach the clients before the door shuts.
            std::thread::sleep(Duration::from_millis(100));
            drop(running);
            status
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// Runs the facilitator's console with the room's messages (the terminal
/// edge provides it, so that this module does not depend on it).
pub type Console<'a> = &'a mut dyn FnMut(&mut Runtime, Receiver<FromRoom>, &mut Room) -> i32;

/// Opens the room for a console: the door is listening, the console's
/// panel knows the room, the room's messages come on the receiver.
fn console_room(
    rt: &mut Runtime,
    listen: SocketAddr,
    cfg: RoomConfig,
    print: &Door,
) -> Result<(ssh::Running, Receiver<FromRoom>, Room), String> {
    let (tx, rx) = mpsc::channel::<FromRoom>();
    let inbox: ssh::Inbox = Box::new(move |m| {
        let _ = tx.send(m);
    });
    let running =
        ssh::start(listen, cfg, inbox).map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    let host = if running.addr.ip().is_unspecified() {
        "HOST".to_string()
    } else {
        running.addr.ip().to_string()
    };
    rt.app.room = Some(RoomPanel {
        host,
        port: running.addr.port(),
        code: print.code.clone(),
        fingerprint: print.fingerprint.clone(),
        people: Vec::new(),
        closed: false,
        input_closed: None,
    });
    let room = Room::new(running.closed.clone(), false);
    Ok((running, rx, room))
}

/// The door's limits; the tests may shorten the time to log in.
fn limits() -> Limits {
    #[allow(unused_mut)]
    let mut l = Limits::default();
    #[cfg(any(test, feature = "testing"))]
    if let Some(ms) = std::env::var("PREMISLI_LOGIN_MS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        l.login_time = Duration::from_millis(ms);
    }
    l
}

/// Public keys of facilitators, one per line as in `authorized_keys`;
/// lines that are not keys are passed over.
pub fn read_facilitators(path: &Path) -> Vec<russh::keys::PublicKey> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            // Options before the key type (`from="…" ssh-ed25519 …`) are skipped.
            let start = l.find("ssh-").or_else(|| l.find("ecdsa-"))?;
            russh::keys::PublicKey::from_openssh(&l[start..]).ok()
        })
        .collect()
}

#[cfg(unix)]
fn watch_signals(tx: Sender<Msg>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGINT, SIGTERM])?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = tx.send(Msg::Stop);
        }
    });
    Ok(())
}

#[cfg(not(unix))]
fn watch_signals(tx: Sender<Msg>) -> std::io::Result<()> {
    ctrlc::set_handler(move || {
        let _ = tx.send(Msg::Stop);
    })
    .map_err(std::io::Error::other)
}

fn headless_loop(rt: &mut Runtime, rx: &Receiver<Msg>, room: &mut Room, theme: &Theme) -> i32 {
    let mut stop = false;
    while !stop {
        let wait = room.next_frame_in().unwrap_or(Duration::from_millis(250));
        match rx.recv_timeout(wait) {
            Ok(Msg::Room(m)) => room.take(rt, m),
            Ok(Msg::Stop) | Err(RecvTimeoutError::Disconnected) => stop = true,
            Err(RecvTimeoutError::Timeout) => {
                let env = rt.env();
                rt.app.handle(Event::Tick, &env);
            }
        }
        // Everything already waiting is taken before the next frames: when
        // keys come faster than forty screens can be drawn, the screens
        // show the latest state rather than falling behind it.
        while !stop {
            match rx.try_recv() {
                Ok(Msg::Room(m)) => room.take(rt, m),
                Ok(Msg::Stop) => stop = true,
                Err(_) => break,
            }
        }
        let env = rt.env();
        if rt.app.autosave_due(env.now_ms) {
            rt.save();
        }
        room.draw_due(rt, theme);
    }
    room.close_all(&rt.app, T::RoomClosed);
    std::thread::sleep(Duration::from_millis(100));
    if !rt.save() {
        let why = rt.save_error();
        rt.leave_unsaved();
        rt.flush_state();
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "error: {why}");
        for line in &rt.farewell {
            let _ = writeln!(std::io::stderr(), "{line}");
        }
        return 1;
    }
    rt.flush_state();
    0
}
