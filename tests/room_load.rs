//! The room under a staff room's load, with in-process SSH clients (russh)
//! against `premisli serve --headless` on 127.0.0.1: a facilitator and 39
//! participants, ten typing cards at once, checked against what they typed;
//! 1,000 connections coming and going (a third cut off); 500 connections
//! that never log in. Bounded in count and time; figures are measured by
//! `examples/room_bench.rs`, not here.
#![cfg(unix)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use russh::ChannelMsg;
use russh::client::{self, Handle};
use russh::keys::{Algorithm, PrivateKey, PrivateKeyWithHashAlg};

const CODE: &str = "kd7m3q";

struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;
    async fn check_server_key(
        &mut self,
        _key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

struct Server {
    child: Child,
    port: u16,
    file: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(home: &Path, facilitator: &PrivateKey) -> Server {
    start_with(home, facilitator, &[])
}

fn start_with(home: &Path, facilitator: &PrivateKey, env: &[(&str, &str)]) -> Server {
    let file = home.join("room.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/inovacijski-projekt.ron"),
        &file,
    )
    .unwrap();
    let config = home.join("config/premisli");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("facilitators"),
        facilitator.public_key().to_openssh().unwrap(),
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_premisli"))
        .args([
            "serve",
            file.to_str().unwrap(),
            "--headless",
            "--code",
            CODE,
        ])
        .args(["--listen", "127.0.0.1:0"])
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("LANG", "C.UTF-8")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(home.join("serve.log")).unwrap())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = Vec::new();
    let mut byte = [0u8; 1];
    while out.read(&mut byte).unwrap_or(0) == 1 && byte[0] != b'\n' {
        first.push(byte[0]);
    }
    let line = String::from_utf8_lossy(&first);
    let at = line.find("-p ").expect("the room says its port") + 3;
    let port = line[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|p| p.parse().ok())
        .expect("a port");
    Server { child, port, file }
}

impl Server {
    fn stop(mut self) -> String {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let start = Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            assert!(start.elapsed() < Duration::from_secs(30), "did not stop");
            std::thread::sleep(Duration::from_millis(50));
        }
        std::fs::read_to_string(&self.file).unwrap()
    }
}

/// A logged-in session with a terminal: its handle, and a counter of the
/// frame bytes it has received (a task reads them, as a terminal would).
async fn session(
    port: u16,
    user: &str,
    key: Option<&PrivateKey>,
    size: (u32, u32),
) -> (Handle<Trusting>, Arc<Writer>, Arc<AtomicUsize>) {
    let config = Arc::new(client::Config {
        nodelay: true,
        ..Default::default()
    });
    let mut h = client::connect(config, ("127.0.0.1", port), Trusting)
        .await
        .expect("connect");
    let ok = match key {
        Some(k) => h
            .authenticate_publickey(user, PrivateKeyWithHashAlg::new(Arc::new(k.clone()), None))
            .await
            .unwrap(),
        None => h.authenticate_password(user, CODE).await.unwrap(),
    };
    assert!(ok.success(), "{user} logs in: {ok:?}");
    let ch = h.channel_open_session().await.unwrap();
    ch.request_pty(false, "xterm-256color", size.0, size.1, 0, 0, &[])
        .await
        .unwrap();
    ch.request_shell(false).await.unwrap();
    let (mut read, write) = ch.split();
    let got = Arc::new(AtomicUsize::new(0));
    let counter = got.clone();
    tokio::spawn(async move {
        while let Some(msg) = read.wait().await {
            if let ChannelMsg::Data { data } = msg {
                counter.fetch_add(data.len(), Ordering::SeqCst);
            }
        }
    });
    (h, Arc::new(write), got)
}

type Writer = russh::ChannelWriteHalf<client::Msg>;

async fn send(w: &Writer, bytes: &[u8]) {
    w.data_bytes(bytes.to_vec()).await.unwrap();
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn forty_in_the_room_ten_typing_and_no_card_lost_or_doubled() {
    let home = tempfile::tempdir().unwrap();
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).unwrap();
    let server = start(home.path(), &key);
    let port = server.port;
    let rt = runtime();
    let typed: Vec<String> = rt.block_on(async {
        // The facilitator takes the room to the board.
        let (fh, fw, _) = session(port, "consultant", Some(&key), (100, 30)).await;
        send(&fw, b"3").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let mut sessions = Vec::new();
        for i in 0..39u32 {
            // Odd sizes too: a phone, a projector, a window made tiny.
            let size = match i % 4 {
                0 => (80, 24),
                1 => (200, 60),
                2 => (20, 5),
                _ => (0, 0),
            };
            sessions.push(session(port, "join", None, size).await);
        }
        // Each picks a name (down i times, then Enter).
        for (i, (_, w, _)) in sessions.iter().enumerate() {
            let mut keys = b"\x1b[B".repeat(i % 8);
            keys.push(b'\r');
            send(w, &keys).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        // Ten type five cards each, all at once.
        let mut tasks = Vec::new();
        for (i, (_, w, _)) in sessions.iter().take(10).enumerate() {
            let w = w.clone();
            tasks.push(tokio::spawn(async move {
                let mut mine = Vec::new();
                for j in 0..5 {
                    let text = format!("kartica {i}-{j} čšž");
                    let mut keys = b"a".to_vec();
                    keys.extend_from_slice(text.as_bytes());
                    keys.push(b'\r');
                    // Split across packets as a slow link would.
                    for chunk in keys.chunks(3) {
                        w.data_bytes(chunk.to_vec()).await.unwrap();
                    }
                    mine.push(text);
                }
                mine
            }));
        }
        let mut typed = Vec::new();
        for t in tasks {
            typed.extend(t.await.unwrap());
        }
        tokio::time::sleep(Duration::from_millis(1500)).await;
        for (i, (h, _, got)) in sessions.iter().enumerate() {
            assert!(
                got.load(Ordering::SeqCst) > 0,
                "session {i} got no frame at all"
            );
            let _ = h.disconnect(russh::Disconnect::ByApplication, "", "").await;
        }
        drop(fh);
        typed
    });
    let saved = server.stop();
    for text in &typed {
        let n = saved.matches(&format!("\"{text}\"")).count();
        assert_eq!(n, 1, "{text} is in the file {n} times");
    }
    assert_eq!(typed.len(), 50);
}

#[test]
fn comings_and_goings_and_idle_strangers_leave_the_room_working() {
    let home = tempfile::tempdir().unwrap();
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).unwrap();
    let server = start(home.path(), &key);
    let port = server.port;
    let rt = runtime();
    rt.block_on(async {
        // Connections that never say a word, held open.
        let mut idle = Vec::new();
        for _ in 0..50 {
            idle.push(
                tokio::net::TcpStream::connect(("127.0.0.1", port))
                    .await
                    .unwrap(),
            );
        }
        // Connect, type, leave: politely, or by cutting the connection.
        for round in 0..1000u32 {
            eprintln!("round {round}");
            let (h, w, _) = session(port, "join", None, (80 + round % 7, 24)).await;
            send(&w, b"\r\x1b[Ba\x1b[B").await;
            if round % 3 == 0 {
                drop(w);
                drop(h);
            } else {
                let _ = h.disconnect(russh::Disconnect::ByApplication, "", "").await;
            }
        }
        // A participant still gets in and is served promptly.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let start = Instant::now();
        let (_h, w, got) = session(port, "join", None, (80, 24)).await;
        while got.load(Ordering::SeqCst) == 0 {
            assert!(start.elapsed() < Duration::from_secs(10), "no frame");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let waited = start.elapsed();
        assert!(waited < Duration::from_secs(5), "served in {waited:?}");
        send(&w, b"q").await;
        drop(idle);
    });
    let saved = server.stop();
    assert!(saved.contains("Mojca Kranjc"), "the file is whole");
}

#[test]
fn silence_at_the_door_is_closed_and_wrong_codes_bring_pauses() {
    let home = tempfile::tempdir().unwrap();
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).unwrap();
    let server = start_with(home.path(), &key, &[("PREMISLI_LOGIN_MS", "700")]);
    let port = server.port;
    let rt = runtime();
    rt.block_on(async {
        use tokio::io::AsyncReadExt;
        // A connection that never logs in is closed once its time is up.
        let mut quiet = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .unwrap();
        let started = Instant::now();
        let mut buf = [0u8; 4096];
        loop {
            match tokio::time::timeout(Duration::from_secs(10), quiet.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => break,
                Ok(Ok(_)) => continue,
                Err(_) => panic!("a silent connection was kept open"),
            }
        }
        let closed_after = started.elapsed();
        assert!(
            closed_after >= Duration::from_millis(600) && closed_after < Duration::from_secs(5),
            "closed after {closed_after:?}"
        );
    });
    server.stop();
    // Wrong codes (a room with the usual 20 s to log in): the first few are
    // answered at once, then the address waits longer each time.
    let home = tempfile::tempdir().unwrap();
    let server = start(home.path(), &key);
    let port = server.port;
    rt.block_on(async {
        let config = Arc::new(client::Config::default());
        let mut times = Vec::new();
        for _ in 0..8 {
            let mut h = client::connect(config.clone(), ("127.0.0.1", port), Trusting)
                .await
                .unwrap();
            let t = Instant::now();
            let r = h.authenticate_password("join", "wrong1").await.unwrap();
            times.push(t.elapsed());
            assert!(!r.success());
        }
        assert!(times[0] < Duration::from_millis(900), "{times:?}");
        assert!(times[6] >= Duration::from_millis(1000), "{times:?}");
        assert!(times[7] >= Duration::from_millis(2000), "{times:?}");
        // The right code still works, after the address's pause.
        let t = Instant::now();
        let (_h, w, _) = session(port, "join", None, (80, 24)).await;
        assert!(
            t.elapsed() >= Duration::from_millis(3500),
            "{:?}",
            t.elapsed()
        );
        send(&w, b"q").await;
    });
    server.stop();
}
