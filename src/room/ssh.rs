//! The SSH side of a room (tokio and russh live here only): who may come in
//! (the room code for `board` and `join`, a listed key for a facilitator),
//! what is refused (commands, subsystems, forwarding, sessions without a
//! terminal), and each session's bytes in and frames out, exchanged with the
//! one thread that owns the workshop.

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use russh::keys::{PrivateKey, PublicKey};
use russh::{MethodKind, MethodSet};
use tokio::sync::mpsc::UnboundedSender;

use super::guard::{Full, Guard, Limits};
use super::input::InputParser;
use crate::app::keys::Event;

/// Who a connection is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The projector: reads, follows the facilitator.
    Board,
    /// A member of the team, on their own device.
    Participant,
    /// Another console for the facilitator (a listed key).
    Facilitator,
}

/// How the client's terminal draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientTerm {
    pub term: String,
    pub colorterm: String,
    /// The client asked for 7-bit output (`LANG=C`, `TERM=vt100`, …).
    pub ascii: bool,
    pub lang: Option<String>,
}

/// What the room tells the workshop's thread.
#[derive(Debug)]
pub enum FromRoom {
    /// A session with a terminal started.
    Joined {
        conn: u64,
        role: Role,
        /// The SSH user name, for the console's list (already made safe).
        user: String,
        addr: IpAddr,
        size: (u16, u16),
        term: ClientTerm,
        out: UnboundedSender<ToClient>,
    },
    Input {
        conn: u64,
        events: Vec<Event>,
    },
    Resize {
        conn: u64,
        size: (u16, u16),
    },
    /// The session ended (left, dropped, timed out).
    Left {
        conn: u64,
    },
}

/// What the workshop's thread sends to one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToClient {
    /// Bytes for the terminal: a frame.
    Frame(Vec<u8>),
    /// A last line, then the session ends with this exit status.
    Close { message: String, status: u32 },
}

/// How the room is set up.
pub struct RoomConfig {
    pub code: String,
    pub host_key: PrivateKey,
    /// Keys that log in as a facilitator (from `facilitators`).
    pub facilitators: Vec<PublicKey>,
    pub limits: Limits,
}

/// Where the workshop's thread receives the room's messages.
pub type Inbox = Box<dyn Fn(FromRoom) + Send>;

/// A room being served: dropping it closes the door and ends every session.
pub struct Running {
    pub addr: SocketAddr,
    /// Set to turn everyone away (the console closed the room).
    pub closed: Arc<AtomicBool>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    runtime: Option<tokio::runtime::Runtime>,
    pub guard: Arc<Mutex<Guard>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_millis(500));
        }
    }
}

/// Binds the address and serves the room on two worker threads.
pub fn start(listen: SocketAddr, cfg: RoomConfig, inbox: Inbox) -> std::io::Result<Running> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("premisli-room")
        .enable_all()
        .build()?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind(listen))?;
    let addr = listener.local_addr()?;
    let guard = Arc::new(Mutex::new(Guard::new(cfg.limits)));
    let config = Arc::new(ssh_config(&cfg));
    let closed = Arc::new(AtomicBool::new(false));
    let shared = Arc::new(Door {
        closed: closed.clone(),
        code: cfg.code,
        facilitators: cfg.facilitators,
        guard: guard.clone(),
        inbox: Mutex::new(inbox),
        next: AtomicU64::new(1),
    });
    let (stop_tx, mut stop_rx) = tokio::sync::oneshot::channel::<()>();
    runtime.spawn(async move {
        loop {
            tokio::select! {
                _ = &mut stop_rx => break,
                accepted = listener.accept() => {
                    let Ok((socket, peer)) = accepted else {
                        // Out of file descriptors and the like: a breath, then on.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    };
                    tokio::spawn(connection(socket, peer, config.clone(), shared.clone()));
                }
            }
        }
    });
    Ok(Running {
        addr,
        closed,
        stop: Some(stop_tx),
        runtime: Some(runtime),
        guard,
    })
}

fn ssh_config(cfg: &RoomConfig) -> russh::server::Config {
    let mut methods = MethodSet::empty();
    methods.push(MethodKind::PublicKey);
    methods.push(MethodKind::KeyboardInteractive);
    methods.push(MethodKind::Password);
    russh::server::Config {
        methods,
        keys: vec![cfg.host_key.clone()],
        auth_rejection_time: Duration::from_millis(300),
        auth_rejection_time_initial: Some(Duration::ZERO),
        // Public keys probed, then a few codes.
        max_auth_attempts: 8,
        inactivity_timeout: Some(cfg.limits.idle_time),
        keepalive_interval: Some(Duration::from_secs(30)),
        keepalive_max: 4,
        nodelay: true,
        ..Default::default()
    }
}

/// What every connection shares: the code, the keys, the door.
struct Door {
    closed: Arc<AtomicBool>,
    code: String,
    facilitators: Vec<PublicKey>,
    guard: Arc<Mutex<Guard>>,
    inbox: Mutex<Inbox>,
    next: AtomicU64,
}

mod conn;
use conn::Conn;
pub use conn::sane_size;

impl Door {
    fn send(&self, msg: FromRoom) {
        if let Ok(tx) = self.inbox.lock() {
            tx(msg);
        }
    }
}

async fn connection(
    socket: tokio::net::TcpStream,
    peer: SocketAddr,
    config: Arc<russh::server::Config>,
    door: Arc<Door>,
) {
    let ip = peer.ip();
    // A closed room still answers, to say so in the login banner; a full
    // one saves its breath (no key exchange for the connection too many).
    let closed = door.closed.load(Ordering::SeqCst);
    let full = match door.guard.lock() {
        Ok(mut g) => g.enter(ip).err().map(|full| match full {
            Full::Room => "premisli: the room is full; try again later\r\n",
            Full::Address => "premisli: too many connections from your address\r\n",
        }),
        Err(_) => Some("premisli: the room is full; try again later\r\n"),
    };
    if let Some(why) = full {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut socket = socket;
        let _ = socket.write_all(why.as_bytes()).await;
        // Read the client's greeting before closing, so that it sees the
        // line and an end, not a reset.
        let mut buf = [0u8; 256];
        let _ = tokio::time::timeout(Duration::from_secs(2), socket.read(&mut buf)).await;
        let _ = socket.shutdown().await;
        return;
    }
    let conn = door.next.fetch_add(1, Ordering::Relaxed);
    let authed = Arc::new(AtomicBool::new(false));
    let admitted = authed.clone();
    let handler = Conn {
        closed,
        conn,
        ip,
        door: door.clone(),
        role: None,
        user: String::new(),
        authed: authed.clone(),
        channel: None,
        pty: None,
        term: ClientTerm {
            term: String::new(),
            colorterm: String::new(),
            ascii: false,
            lang: None,
        },
        joined: false,
        parser: Arc::new(Mutex::new(InputParser::new())),
        flush_pending: Arc::new(AtomicBool::new(false)),
    };
    let login_time = door
        .guard
        .lock()
        .map_or(Duration::from_secs(20), |g| g.limits.login_time);
    // The time to log in counts from the first byte: a connection that
    // never even says which SSH it speaks is closed as one that gives no code.
    let deadline = tokio::time::Instant::now() + login_time;
    let started =
        tokio::time::timeout_at(deadline, russh::server::run_stream(config, socket, handler)).await;
    if let Ok(Ok(session)) = started {
        let handle = session.handle();
        let mut session = Box::pin(session);
        tokio::select! {
            _ = &mut session => {}
            _ = tokio::time::sleep_until(deadline) => {
                if authed.load(Ordering::SeqCst) {
                    let _ = session.await;
                } else {
                    let _ = handle
                        .disconnect(
                            russh::Disconnect::ByApplication,
                            "premisli: no code given in time".into(),
                            String::new(),
                        )
                        .await;
                }
            }
        }
    }
    if let Ok(mut g) = door.guard.lock() {
        g.leave(ip, admitted.load(Ordering::SeqCst));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_from_clients_are_made_drawable() {
        assert_eq!(sane_size(0, 0), (80, 24));
        assert_eq!(sane_size(65535, 65535), (1000, 1000));
        assert_eq!(sane_size(100, 30), (100, 30));
    }
}
