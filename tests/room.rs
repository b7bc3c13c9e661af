//! Rooms end to end: `premisli serve --headless` on 127.0.0.1 and the real
//! OpenSSH client (in a pseudo-terminal where a terminal is needed; the code
//! answered through SSH_ASKPASS). Bounded: a handful of connections, each
//! with a generous timeout. Unix only: the code is answered by a shell
//! script, and the server is stopped with SIGTERM.
#![cfg(unix)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const CODE: &str = "kd7m3q";

/// Whether the OpenSSH client is here; CI installs it and says the tests
/// must run (PREMISLI_REQUIRE_SSH=1).
fn have_ssh() -> bool {
    let found = Command::new("ssh")
        .arg("-V")
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found {
        assert!(
            std::env::var_os("PREMISLI_REQUIRE_SSH").is_none(),
            "the OpenSSH client (ssh) is needed for these tests"
        );
        eprintln!("skipped: no OpenSSH client (ssh) on this machine");
    }
    found
}

/// The port in the room's first line ("Join: ssh join@127.0.0.1 -p PORT …").
fn port_said(out: std::process::ChildStdout) -> u16 {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let line = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the room said where it is");
    port_in(&line).unwrap_or_else(|| panic!("no port in {line:?}"))
}

fn port_in(text: &str) -> Option<u16> {
    let at = text.find("-p ")? + 3;
    text[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

struct Server {
    child: Child,
    /// Console mode: the console is the process (in its own terminal).
    console: Option<Client>,
    port: u16,
    home: PathBuf,
    file: PathBuf,
}

impl Server {
    fn start(home: &Path) -> Server {
        Server::start_with(home, &[])
    }

    fn start_with(home: &Path, env: &[(&str, &str)]) -> Server {
        let file = home.join("room.ron");
        if !file.exists() {
            std::fs::copy(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/inovacijski-projekt.ron"),
                &file,
            )
            .unwrap();
        }
        // Port 0: the system picks a free one, and the room says which.
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
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve");
        let port = port_said(child.stdout.take().unwrap());
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the room did not open"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Server {
            child,
            console: None,
            port,
            home: home.to_path_buf(),
            file,
        }
    }

    /// SIGTERM, as a school server's service manager stops it.
    fn stop(mut self) -> (i32, String) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let start = Instant::now();
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if start.elapsed() > Duration::from_secs(20) {
                let _ = self.child.kill();
                panic!("the room did not stop on SIGTERM");
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut log = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut log);
        }
        (status.code().unwrap_or(-1), log)
    }

    fn askpass(&self, answer: &str) -> PathBuf {
        let path = self.home.join(format!("askpass-{answer}"));
        std::fs::write(&path, format!("#!/bin/sh\necho '{answer}'\n")).unwrap();
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        path
    }

    /// The ssh options every test uses: this port, no known-hosts file, the
    /// code from the askpass program, no keys of the user's.
    fn ssh_args(&self, user: &str) -> Vec<String> {
        [
            "-p",
            &self.port.to_string(),
            "-F",
            "/dev/null",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
            "-o",
            "PubkeyAuthentication=no",
            "-o",
            "NumberOfPasswordPrompts=1",
            "-o",
            "PreferredAuthentications=keyboard-interactive,password",
            "-o",
            "ConnectTimeout=10",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("{user}@127.0.0.1")])
        .collect()
    }

    /// ssh without a terminal, its output and status.
    fn ssh(&self, user: &str, code: &str, extra: &[&str], command: &[&str]) -> Output {
        let mut args = vec!["-T".to_string()];
        args.extend(extra.iter().map(|s| s.to_string()));
        args.extend(self.ssh_args(user));
        args.extend(command.iter().map(|s| s.to_string()));
        Command::new("ssh")
            .args(&args)
            .env("SSH_ASKPASS", self.askpass(code))
            .env("SSH_ASKPASS_REQUIRE", "force")
            .env("DISPLAY", ":0")
            .stdin(Stdio::null())
            .output()
            .expect("ssh")
    }
}

/// ssh in a pseudo-terminal, its screen read through vt100.
struct Client {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Client {
    fn join(server: &Server, user: &str) -> Client {
        let mut cmd = CommandBuilder::new("ssh");
        cmd.arg("-tt");
        for a in server.ssh_args(user) {
            cmd.arg(a);
        }
        cmd.env("SSH_ASKPASS", server.askpass(CODE));
        cmd.env("SSH_ASKPASS_REQUIRE", "force");
        cmd.env("DISPLAY", ":0");
        cmd.env("TERM", "xterm-256color");
        Client::spawn(cmd, 24, 80)
    }

    /// A facilitator's console: `premisli serve` in a terminal of its own.
    fn console(home: &Path, file: &Path) -> Client {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_premisli"));
        cmd.args(["serve", file.to_str().unwrap(), "--code", CODE]);
        cmd.args(["--listen", "127.0.0.1:0"]);
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", home);
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("LANG", "C.UTF-8");
        Client::spawn(cmd, 30, 100)
    }

    fn spawn(cmd: CommandBuilder, rows: u16, cols: u16) -> Client {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let sink = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        Client {
            child,
            writer,
            screen,
            _master: pair.master,
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, wanted: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if self.text().contains(wanted) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {wanted:?}; screen:\n{}", self.text());
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s.exit_code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("ssh did not end; screen:\n{}", self.text());
    }
}

#[test]
fn a_participant_joins_with_the_code_picks_a_name_and_follows_the_room() {
    if !have_ssh() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path());
    let before = std::fs::read(&server.file).unwrap();
    let mut c = Client::join(&server, "join");
    c.wait_for("Who are you?");
    c.wait_for("Tomaž Zupan");
    // Down twice, then that's me: the room's screen follows.
    c.send(b"\x1b[B\x1b[B\r");
    c.wait_for("Research question");
    // The link drops (the ssh process killed); coming back, their name is
    // the one chosen.
    let _ = c.child.kill();
    let _ = c.wait_exit();
    let mut c = Client::join(&server, "join");
    c.wait_for("Who are you?");
    c.wait_for("▶ Alenka Vidmar");
    c.send(b"q");
    c.wait_for("what you added stays");
    assert_eq!(c.wait_exit(), 0);
    let file = server.file.clone();
    let (code, log) = server.stop();
    assert_eq!(code, 0, "{log}");
    assert!(
        log.contains("joined: join (Participant) from 127.0.0.1"),
        "{log}"
    );
    assert!(log.contains("left: join"), "{log}");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "following writes nothing"
    );
}

#[test]
fn wrong_codes_commands_sessions_without_a_terminal_and_forwarding_are_refused() {
    if !have_ssh() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path());
    let wrong = server.ssh("join", "nope99", &[], &[]);
    assert_eq!(wrong.status.code(), Some(255));
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("Permission denied"),
        "{wrong:?}"
    );
    // Not a user of the room at all.
    let stranger = server.ssh("root", CODE, &[], &[]);
    assert_eq!(stranger.status.code(), Some(255), "{stranger:?}");
    let exec = server.ssh("join", CODE, &[], &["cat", "/etc/passwd"]);
    let err = String::from_utf8_lossy(&exec.stderr);
    assert_ne!(exec.status.code(), Some(0), "{exec:?}");
    assert!(err.contains("commands are not run here"), "{err}");
    assert!(exec.stdout.is_empty());
    // -T with no command: a shell without a terminal.
    let no_tty = server.ssh("join", CODE, &[], &[]);
    let err = String::from_utf8_lossy(&no_tty.stderr);
    assert_ne!(no_tty.status.code(), Some(0), "{no_tty:?}");
    assert!(err.contains("needs a terminal"), "{err}");
    let sftp = server.ssh("join", CODE, &["-s"], &["sftp"]);
    assert_ne!(sftp.status.code(), Some(0), "{sftp:?}");
    assert!(String::from_utf8_lossy(&sftp.stderr).contains("no sftp here"));
    let forward = server.ssh(
        "join",
        CODE,
        &[
            "-N",
            "-o",
            "ExitOnForwardFailure=yes",
            "-R",
            "0:127.0.0.1:9",
        ],
        &[],
    );
    assert_eq!(forward.status.code(), Some(255), "{forward:?}");
    assert!(
        String::from_utf8_lossy(&forward.stderr).contains("forwarding failed"),
        "{forward:?}"
    );
    let (code, _) = server.stop();
    assert_eq!(code, 0);
}

#[test]
fn the_host_key_is_the_same_after_a_restart() {
    if !have_ssh() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let scan = |port: u16| -> String {
        let out = Command::new("ssh-keyscan")
            .args(["-p", &port.to_string(), "-t", "ed25519", "127.0.0.1"])
            .stderr(Stdio::null())
            .output()
            .expect("ssh-keyscan");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let server = Server::start(home.path());
    let first = scan(server.port);
    server.stop();
    let server = Server::start(home.path());
    let second = scan(server.port);
    server.stop();
    assert!(first.starts_with("ssh-ed25519 "), "{first}");
    assert_eq!(first, second);
}

impl Drop for Server {
    fn drop(&mut self) {
        // A test that failed half-way leaves no room running.
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(c) = self.console.as_mut() {
            let _ = c.child.kill();
        }
    }
}

/// A facilitator's console serving the sample in a home folder, and what a
/// client needs to join it (the port read off the console's panel, F6).
fn console_room(home: &Path) -> (Client, Server) {
    let file = home.join("room.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/inovacijski-projekt.ron"),
        &file,
    )
    .unwrap();
    let mut console = Client::console(home, &file);
    console.wait_for("room kd7m3q · 0 in");
    console.send(b"\x1b[17~");
    console.wait_for("Room code: kd7m3q");
    let port = port_in(&console.text().replace('\n', " ")).expect("the port in the panel");
    console.send(b"\x1b[17~");
    // The participant's side needs only the port and the askpass program.
    let stub = Server {
        child: Command::new("true").spawn().unwrap(),
        console: None,
        port,
        home: home.to_path_buf(),
        file,
    };
    (console, stub)
}

#[test]
fn the_console_sees_who_joins_and_its_quit_closes_the_room_for_everyone() {
    if !have_ssh() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (mut console, stub) = console_room(home.path());
    let file = stub.file.clone();
    let mut c = Client::join(&stub, "join");
    c.wait_for("Who are you?");
    c.send(b"\r");
    console.wait_for("room kd7m3q · 1 in");
    console.send(b"\x1b[17~");
    console.wait_for("Mojca Kranjc · participant · 127.0.0.1");
    // F6 again closes the panel.
    console.send(b"\x1b[17~");
    // The console moves to the board; the participant's screen follows.
    console.send(b"3");
    c.wait_for("Expectations");
    c.wait_for("a: new card");
    // The participant's own card: a, the text, Tab for another category, Enter.
    c.send(b"a");
    c.wait_for("add the card");
    c.send("Več dela v parih".as_bytes());
    c.send(b"\t");
    c.wait_for("Interest in discovering the unknown");
    c.send(b"\r");
    c.wait_for("Added under Interest in discovering the unknown");
    console.wait_for("Več dela v parih — Mojca Kranjc");
    console.send(b"\x11");
    c.wait_for("The room has closed");
    assert_eq!(c.wait_exit(), 0);
    assert_eq!(console.wait_exit(), 0);
    let saved = std::fs::read_to_string(&file).unwrap();
    let at = saved.find("Več dela v parih").expect("the card was saved");
    let start = saved[..at].rfind("DiagnosisItem(").unwrap();
    let item = &saved[start..at + saved[at..].find(')').unwrap()];
    assert!(item.contains("category: Curiosity"), "{item}");
    // Mojca Kranjc, the first of the team, is member 5 in the sample.
    assert!(item.contains("author: Member(5"), "{item}");
}

#[test]
fn a_facilitator_with_a_listed_key_gets_a_console_and_a_stranger_key_does_not() {
    if !have_ssh() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let keygen = |name: &str| -> PathBuf {
        let path = home.path().join(name);
        let ok = Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
            .arg(&path)
            .status()
            .expect("ssh-keygen");
        assert!(ok.success());
        path
    };
    let listed = keygen("facilitator");
    let stranger = keygen("stranger");
    let config = home.path().join("config/premisli");
    std::fs::create_dir_all(&config).unwrap();
    let public = std::fs::read_to_string(listed.with_extension("pub")).unwrap();
    std::fs::write(
        config.join("facilitators"),
        format!("# the consultant\n{public}"),
    )
    .unwrap();
    let server = Server::start(home.path());
    let key_args = |key: &Path| -> Vec<String> {
        let mut args: Vec<String> = ["-o", "PubkeyAuthentication=yes", "-o", "IdentitiesOnly=yes"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        args.push("-i".into());
        args.push(key.display().to_string());
        args.push("-o".into());
        args.push("PreferredAuthentications=publickey".into());
        args
    };
    // A stranger's key is not let in.
    let refused = Command::new("ssh")
        .arg("-T")
        .args(key_args(&stranger))
        .args(server.ssh_args("consultant"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(255), "{refused:?}");
    // The listed one gets a console: the tabs, and the keys work.
    let mut cmd = CommandBuilder::new("ssh");
    cmd.arg("-tt");
    for a in key_args(&listed) {
        cmd.arg(a);
    }
    for a in server.ssh_args("consultant") {
        // The shared options end with their own authentication choice.
        if a != "PreferredAuthentications=keyboard-interactive,password" {
            cmd.arg(a);
        } else {
            cmd.arg("PreferredAuthentications=publickey");
        }
    }
    cmd.env("TERM", "xterm-256color");
    let mut c = Client::spawn(cmd, 30, 100);
    c.wait_for("1 Project");
    c.send(b"2");
    c.wait_for("Personal goal");
    c.send(b"q");
    c.wait_for("what you added stays");
    assert_eq!(c.wait_exit(), 0);
    let (code, log) = server.stop();
    assert_eq!(code, 0);
    assert!(log.contains("(Facilitator)"), "{log}");
}

#[test]
fn a_fault_in_one_session_ends_that_session_only() {
    if !have_ssh() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let server = Server::start_with(home.path(), &[("PREMISLI_FAULT", "panic")]);
    let mut first = Client::join(&server, "join");
    first.wait_for("Who are you?");
    let mut second = Client::join(&server, "join");
    second.wait_for("Who are you?");
    first.send("\u{1f4a5}".as_bytes());
    first.wait_for("internal error");
    assert_eq!(first.wait_exit(), 0);
    // The other session and the room go on.
    second.send(b"\r");
    second.wait_for("Research question");
    let mut third = Client::join(&server, "join");
    third.wait_for("Who are you?");
    second.send(b"q");
    third.send(b"q");
    assert_eq!(second.wait_exit(), 0);
    assert_eq!(third.wait_exit(), 0);
    let file = server.file.clone();
    let (code, log) = server.stop();
    assert_eq!(code, 0, "{log}");
    assert!(log.contains("ended on an internal error"), "{log}");
    let check = Command::new(env!("CARGO_BIN_EXE_premisli"))
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    assert!(check.status.success(), "{check:?}");
}

#[test]
fn the_board_follows_the_console_from_the_diagnosis_to_the_indicators() {
    if !have_ssh() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (mut console, stub) = console_room(home.path());
    let mut board = Client::join(&stub, "board");
    // The project card: the research question, in the room's words.
    board.wait_for("Research question");
    console.send(b"3");
    // Screen 3 on the board: the ranking (the sample's votes are revealed),
    // the title in block letters, no keys.
    board.wait_for("RANKING");
    let text = board.text();
    assert!(text.lines().take(4).any(|l| l.contains('▀')), "{text}");
    assert!(!text.contains("Tab") && !text.contains("F1"), "{text}");
    console.send(b"6");
    board.wait_for("RAZREDNA KLIMA");
    board.wait_for("Število vzgojnih ukrepov");
    board.send(b"q");
    assert_eq!(board.wait_exit(), 0);
    console.send(b"\x11");
    assert_eq!(console.wait_exit(), 0);
}
