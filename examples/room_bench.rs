//! Measures a room under a staff room's load, on 127.0.0.1: the echo a
//! typing participant sees while 40 are connected and 10 type, the bytes per
//! typed key, the frames per second a watching participant is sent while
//! cards are added, the server's memory per viewer and its CPU per key.
//!
//! ```text
//! cargo build --release && cargo run --release --example room_bench [-- --keys N]
//! ```
//! It starts `target/release/premisli serve --headless` in a temporary home
//! and stops it at the end. Figures go to standard output.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use russh::ChannelMsg;
use russh::client::{self, Handle};
use russh::keys::{Algorithm, PrivateKey, PrivateKeyWithHashAlg};
use tokio::sync::mpsc;

const CODE: &str = "bench1";

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

type Writer = russh::ChannelWriteHalf<client::Msg>;

struct Session {
    _h: Handle<Trusting>,
    w: Arc<Writer>,
    bytes: Arc<AtomicUsize>,
    frames: Arc<AtomicUsize>,
    /// Each frame's arrival, for the measured session.
    arrivals: Option<mpsc::UnboundedReceiver<(Instant, usize)>>,
}

async fn session(port: u16, user: &str, key: Option<&PrivateKey>, watch: bool) -> Session {
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
            .expect("auth"),
        None => h.authenticate_password(user, CODE).await.expect("auth"),
    };
    assert!(ok.success());
    let ch = h.channel_open_session().await.expect("channel");
    ch.request_pty(false, "xterm-256color", 100, 30, 0, 0, &[])
        .await
        .expect("pty");
    ch.request_shell(false).await.expect("shell");
    let (mut read, w) = ch.split();
    let bytes = Arc::new(AtomicUsize::new(0));
    let frames = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::unbounded_channel();
    let (b, f) = (bytes.clone(), frames.clone());
    tokio::spawn(async move {
        while let Some(msg) = read.wait().await {
            if let ChannelMsg::Data { data } = msg {
                b.fetch_add(data.len(), Ordering::SeqCst);
                f.fetch_add(1, Ordering::SeqCst);
                if watch {
                    if std::env::var_os("ROOM_BENCH_SHOW").is_some() {
                        eprintln!("{}", String::from_utf8_lossy(&data).escape_debug());
                    }
                    let _ = tx.send((Instant::now(), data.len()));
                }
            }
        }
    });
    Session {
        _h: h,
        w: Arc::new(w),
        bytes,
        frames,
        arrivals: watch.then_some(rx),
    }
}

fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("exe");
    // target/release/examples/room_bench → target/release/premisli
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    let bin = dir.join("premisli");
    assert!(
        bin.exists(),
        "build the app first: cargo build --release ({} is missing)",
        bin.display()
    );
    bin
}

fn start(home: &Path, key: &PrivateKey) -> (Child, u16) {
    let file = home.join("room.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/inovacijski-projekt.ron"),
        &file,
    )
    .expect("sample");
    let config = home.join("config/premisli");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(
        config.join("facilitators"),
        key.public_key().to_openssh().expect("key"),
    )
    .expect("facilitators");
    let mut child = Command::new(binary())
        .args([
            "serve",
            file.to_str().expect("path"),
            "--headless",
            "--code",
            CODE,
        ])
        .args(["--listen", "127.0.0.1:0"])
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve");
    let mut out = child.stdout.take().expect("stdout");
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while out.read(&mut byte).unwrap_or(0) == 1 && byte[0] != b'\n' {
        line.push(byte[0]);
    }
    let line = String::from_utf8_lossy(&line).into_owned();
    let at = line.find("-p ").expect("port") + 3;
    let port = line[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|p| p.parse().ok())
        .expect("port");
    (child, port)
}

/// Resident memory (KiB) and CPU time (clock ticks) of a process.
fn usage(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<u64> = after
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    // utime and stime are fields 14 and 15; 12 and 13 after the name.
    let cpu = f.get(11).copied().unwrap_or(0) + f.get(12).copied().unwrap_or(0);
    (rss, cpu)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let keys: usize = std::env::args()
        .skip_while(|a| a != "--keys")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    let home = tempfile::tempdir().expect("temp");
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).expect("key");
    let (mut child, port) = start(home.path(), &key);
    let pid = child.id();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let (rss0, _) = usage(pid);
        let lead = session(port, "consultant", Some(&key), false).await;
        lead.w.data_bytes(b"3".to_vec()).await.expect("send");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let mut measured = session(port, "join", None, true).await;
        let watcher = session(port, "join", None, false).await;
        let mut others = Vec::new();
        for _ in 0..38 {
            others.push(session(port, "join", None, false).await);
        }
        for s in std::iter::once(&measured)
            .chain(std::iter::once(&watcher))
            .chain(others.iter())
        {
            s.w.data_bytes(b"\r".to_vec()).await.expect("send");
        }
        tokio::time::sleep(Duration::from_millis(800)).await;
        let (rss40, cpu0) = usage(pid);
        // Ten type cards: the measured one and nine others, the others at
        // about ten keys a second each, a card every twenty keys.
        let stop = Arc::new(AtomicBool::new(false));
        let mut typists = Vec::new();
        for (i, s) in others.iter().take(9).enumerate() {
            let (w, stop) = (s.w.clone(), stop.clone());
            typists.push(tokio::spawn(async move {
                let mut n = 0usize;
                while !stop.load(Ordering::SeqCst) {
                    let key: &[u8] = match n % 20 {
                        0 => b"a",
                        19 => b"\r",
                        _ => b"x",
                    };
                    if w.data_bytes(key.to_vec()).await.is_err() {
                        break;
                    }
                    n += 1;
                    tokio::time::sleep(Duration::from_millis(95 + i as u64)).await;
                }
                n
            }));
        }
        // The measured participant opens a card and types into it, one key
        // at a time, waiting for each echo.
        let mut arrivals = measured.arrivals.take().expect("watched");
        measured.w.data_bytes(b"a".to_vec()).await.expect("send");
        tokio::time::sleep(Duration::from_millis(200)).await;
        while arrivals.try_recv().is_ok() {}
        let watcher_frames0 = watcher.frames.load(Ordering::SeqCst);
        let watch_start = Instant::now();
        let bytes0 = measured.bytes.load(Ordering::SeqCst);
        let mut echoes = Vec::with_capacity(keys);
        let mut letter_bytes = Vec::with_capacity(keys);
        for i in 0..keys {
            // Letters, and now and then a new card (so everyone redraws).
            let key: &[u8] = if i % 40 == 39 { b"\ra" } else { b"e" };
            let sent = Instant::now();
            measured.w.data_bytes(key.to_vec()).await.expect("send");
            let mut size = match tokio::time::timeout(Duration::from_secs(2), arrivals.recv()).await {
                Ok(Some((at, n))) => {
                    echoes.push(at.duration_since(sent));
                    n
                }
                _ => break,
            };
            // What else this key brought (none expected for a letter).
            tokio::time::sleep(Duration::from_millis(15)).await;
            while let Ok((_, n)) = arrivals.try_recv() {
                size += n;
            }
            if key == b"e" {
                letter_bytes.push(size);
            }
        }
        let elapsed = watch_start.elapsed();
        let bytes = measured.bytes.load(Ordering::SeqCst) - bytes0;
        let watcher_frames = watcher.frames.load(Ordering::SeqCst) - watcher_frames0;
        stop.store(true, Ordering::SeqCst);
        let mut typed = 0;
        for t in typists {
            typed += t.await.unwrap_or(0);
        }
        let (_, cpu1) = usage(pid);
        echoes.sort();
        let ticks = 100.0; // USER_HZ on Linux
        let cpu_s = (cpu1 - cpu0) as f64 / ticks;
        let all_keys = echoes.len() + typed;
        println!("connected: 1 facilitator + 40 participants; typing: 10");
        println!(
            "echo for a typing participant over {} keys: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            echoes.len(),
            percentile(&echoes, 0.5).as_secs_f64() * 1000.0,
            percentile(&echoes, 0.99).as_secs_f64() * 1000.0,
            echoes.last().copied().unwrap_or_default().as_secs_f64() * 1000.0
        );
        letter_bytes.sort_unstable();
        println!(
            "bytes on the channel per typed letter: median {}, max {}; per key including a new card every 40 keys: {:.1}",
            letter_bytes.get(letter_bytes.len() / 2).copied().unwrap_or(0),
            letter_bytes.last().copied().unwrap_or(0),
            bytes as f64 / echoes.len().max(1) as f64
        );
        println!(
            "frames to a watching participant: {:.1} per second ({} in {:.1} s)",
            watcher_frames as f64 / elapsed.as_secs_f64(),
            watcher_frames,
            elapsed.as_secs_f64()
        );
        println!(
            "server memory: {} KiB before, {} KiB with 41 viewers: {:.0} KiB per viewer",
            rss0,
            rss40,
            (rss40.saturating_sub(rss0)) as f64 / 41.0
        );
        println!(
            "server CPU: {:.2} s for {} keys ({} by the nine others): {:.2} ms per key with its fan-out to 41 screens",
            cpu_s,
            all_keys,
            typed,
            cpu_s * 1000.0 / all_keys.max(1) as f64
        );
        drop(others);
    });
    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let _ = child.wait();
}
