//! One SSH connection: logging in (the code, a facilitator's key), what is
//! refused with a line, the terminal's size and kind, bytes in through the
//! parser, and the join that gives the workshop's thread a new viewer.

use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use russh::server::{Auth, Handle, Msg, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

use super::super::input::InputParser;
use super::super::keys::code_matches;
use super::{ClientTerm, Door, FromRoom, Role, ToClient};

/// One connection.
pub(super) struct Conn {
    /// The room was closed when this connection came: it is told so and
    /// let in by no method.
    pub(super) closed: bool,
    pub(super) conn: u64,
    pub(super) ip: IpAddr,
    pub(super) door: Arc<Door>,
    pub(super) role: Option<Role>,
    pub(super) user: String,
    pub(super) authed: Arc<AtomicBool>,
    pub(super) channel: Option<ChannelId>,
    /// The size the client's terminal asked for, once it asked for one.
    pub(super) pty: Option<(u16, u16)>,
    pub(super) term: ClientTerm,
    pub(super) joined: bool,
    pub(super) parser: Arc<Mutex<InputParser>>,
    /// A lone Esc waits a moment for the rest of a sequence.
    pub(super) flush_pending: Arc<AtomicBool>,
}

impl Drop for Conn {
    fn drop(&mut self) {
        if self.joined {
            self.door.send(FromRoom::Left { conn: self.conn });
        }
    }
}

/// A size a terminal reported, made one we can draw: 0 means "unknown"
/// (80×24 then), and nothing beyond 1000 cells either way.
pub fn sane_size(cols: u32, rows: u32) -> (u16, u16) {
    let fit = |n: u32, default: u16| -> u16 {
        if n == 0 {
            default
        } else {
            u16::try_from(n.min(1000)).unwrap_or(1000)
        }
    };
    (fit(cols, 80), fit(rows, 24))
}

fn code_methods() -> MethodSet {
    let mut m = MethodSet::empty();
    m.push(MethodKind::KeyboardInteractive);
    m.push(MethodKind::Password);
    m
}

impl Conn {
    fn role_for(user: &str) -> Option<Role> {
        match user {
            "board" => Some(Role::Board),
            "join" => Some(Role::Participant),
            _ => None,
        }
    }

    /// Checks a typed code for `board` or `join`, with the address's pause.
    async fn check_code(&mut self, user: &str, typed: &str) -> Auth {
        let Some(role) = Conn::role_for(user).filter(|_| !self.closed) else {
            return Auth::reject();
        };
        let pause = self
            .door
            .guard
            .lock()
            .map_or(Duration::ZERO, |g| g.pause(self.ip, Instant::now()));
        if !pause.is_zero() {
            tokio::time::sleep(pause).await;
        }
        if code_matches(typed, &self.door.code) {
            if let Ok(mut g) = self.door.guard.lock() {
                g.succeeded(self.ip);
            }
            self.accept(user, role)
        } else {
            if let Ok(mut g) = self.door.guard.lock() {
                g.failed(self.ip, Instant::now());
            }
            Auth::Reject {
                proceed_with_methods: Some(code_methods()),
                partial_success: false,
            }
        }
    }

    /// Logged in: a place in the room, if there is one.
    fn accept(&mut self, user: &str, role: Role) -> Auth {
        let admitted = self.door.guard.lock().map(|mut g| g.admit(self.ip));
        if !matches!(admitted, Ok(Ok(()))) {
            return Auth::reject();
        }
        self.role = Some(role);
        self.user = crate::text::visible(user).chars().take(32).collect();
        self.authed.store(true, Ordering::SeqCst);
        Auth::Accept
    }

    /// Refuses a request on the channel with a line the user reads, and
    /// ends the session with a failing status.
    fn refuse(&mut self, channel: ChannelId, why: &str, session: &mut Session) {
        // Taken, so that the client reads the line and the status: a plain
        // failure would leave it with "request failed" and nothing else.
        let _ = session.channel_success(channel);
        let line = format!("premisli: {why}\r\n");
        let _ = session.extended_data(channel, 1, line.into_bytes());
        let _ = session.exit_status_request(channel, 1);
        let _ = session.eof(channel);
        let _ = session.close(channel);
    }

    /// The terminal is there: the workshop's thread gets a new viewer, and
    /// frames flow back to this channel.
    fn join(&mut self, channel: ChannelId, session: &mut Session) {
        let (Some(role), Some(size)) = (self.role, self.pty) else {
            return;
        };
        if self.joined {
            return;
        }
        self.joined = true;
        let (tx, rx) = unbounded_channel();
        self.door.send(FromRoom::Joined {
            conn: self.conn,
            role,
            user: self.user.clone(),
            addr: self.ip,
            size,
            term: self.term.clone(),
            out: tx,
        });
        tokio::spawn(send_frames(rx, session.handle(), channel));
    }
}

/// Frames from the workshop's thread to the client, in order; a close ends
/// the session with its line and status.
async fn send_frames(mut rx: UnboundedReceiver<ToClient>, handle: Handle, channel: ChannelId) {
    while let Some(msg) = rx.recv().await {
        match msg {
            ToClient::Frame(bytes) => {
                if handle.data(channel, bytes).await.is_err() {
                    break;
                }
            }
            ToClient::Close { message, status } => {
                let _ = handle.data(channel, message.into_bytes()).await;
                let _ = handle.exit_status_request(channel, status).await;
                let _ = handle.eof(channel).await;
                let _ = handle.close(channel).await;
                break;
            }
        }
    }
}

impl russh::server::Handler for Conn {
    type Error = russh::Error;

    async fn auth_none(&mut self, _user: &str) -> Result<Auth, Self::Error> {
        Ok(Auth::Reject {
            proceed_with_methods: None,
            partial_success: false,
        })
    }

    async fn authentication_banner(&mut self) -> Result<Option<String>, Self::Error> {
        Ok(self
            .closed
            .then(|| "premisli: the room is closed\r\n".to_string()))
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        Ok(self.check_code(user, password).await)
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        user: &str,
        _submethods: &str,
        response: Option<russh::server::Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        if Conn::role_for(user).is_none() || self.closed {
            return Ok(Auth::reject());
        }
        let Some(mut response) = response else {
            return Ok(Auth::Partial {
                name: "premisli".into(),
                instructions: "".into(),
                prompts: vec![("Room code: ".into(), false)].into(),
            });
        };
        let typed = response
            .next()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        Ok(self.check_code(user, &typed).await)
    }

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        offer: russh::server::PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        let known = self
            .door
            .facilitators
            .iter()
            .any(|k| k.key_data() == offer.public_key.key_data());
        Ok(if known {
            Auth::Accept
        } else {
            Auth::Reject {
                proceed_with_methods: Some(code_methods()),
                partial_success: false,
            }
        })
    }

    async fn auth_publickey(
        &mut self,
        user: &str,
        key: russh::server::VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        let known = self
            .door
            .facilitators
            .iter()
            .any(|k| k.key_data() == key.public_key.key_data());
        if known && !self.closed {
            return Ok(self.accept(user, Role::Facilitator));
        }
        Ok(Auth::Reject {
            proceed_with_methods: Some(code_methods()),
            partial_success: false,
        })
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // One terminal per connection.
        if self.channel.is_none() {
            self.channel = Some(channel.id());
            reply.accept().await;
        }
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.pty = Some(sane_size(cols, rows));
        self.term.term = crate::text::visible(term).chars().take(64).collect();
        let _ = session.channel_success(channel);
        Ok(())
    }

    async fn env_request(
        &mut self,
        _channel: ChannelId,
        name: &str,
        value: &str,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        let value: String = crate::text::visible(value).chars().take(64).collect();
        match name {
            "COLORTERM" => self.term.colorterm = value,
            "LANG" | "LC_ALL" => self.term.lang = Some(value),
            _ => {}
        }
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.pty.is_none() {
            self.refuse(
                channel,
                "a room needs a terminal: connect with ssh -t (not with a command or a pipe)",
                session,
            );
            return Ok(());
        }
        let _ = session.channel_success(channel);
        self.join(channel, session);
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse(
            channel,
            "this is a premisli room; commands are not run here (connect without one)",
            session,
        );
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let name: String = crate::text::visible(name).chars().take(32).collect();
        self.refuse(
            channel,
            &format!("this is a premisli room; no {name} here"),
            session,
        );
        Ok(())
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single: bool,
        _protocol: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let _ = session.channel_failure(channel);
        Ok(())
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn window_change_request(
        &mut self,
        _channel: ChannelId,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        let size = sane_size(cols, rows);
        self.pty = Some(size);
        if self.joined {
            self.door.send(FromRoom::Resize {
                conn: self.conn,
                size,
            });
        }
        Ok(())
    }

    async fn data(
        &mut self,
        _channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.joined {
            return Ok(());
        }
        let (events, waiting) = match self.parser.lock() {
            Ok(mut p) => (p.feed(data), p.waiting()),
            Err(_) => return Ok(()),
        };
        if !events.is_empty() {
            self.door.send(FromRoom::Input {
                conn: self.conn,
                events,
            });
        }
        // A lone Esc: if nothing follows soon, it was the Esc key.
        if waiting && !self.flush_pending.swap(true, Ordering::SeqCst) {
            let (parser, door, flag, conn) = (
                self.parser.clone(),
                self.door.clone(),
                self.flush_pending.clone(),
                self.conn,
            );
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(40)).await;
                flag.store(false, Ordering::SeqCst);
                let events = parser.lock().map(|mut p| p.idle()).unwrap_or_default();
                if !events.is_empty() {
                    door.send(FromRoom::Input { conn, events });
                }
            });
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let _ = session.close(channel);
        Ok(())
    }
}
