//! End to end: the real binary in a pseudo-terminal, its output read through
//! vt100. Generous timeouts; each test has its own data and config dirs.

mod common;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

struct App {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Bytes the app has written to the terminal so far.
    bytes: Arc<AtomicUsize>,
    /// Everything it wrote, as written.
    raw: Arc<Mutex<Vec<u8>>>,
    _master: Box<dyn MasterPty + Send>,
}

impl App {
    fn start(home: &Path, args: &[&str]) -> App {
        App::start_with(home, args, &[])
    }

    fn start_with(home: &Path, args: &[&str], env: &[(&str, &str)]) -> App {
        let (rows, cols) = (30u16, 100u16);
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_premisli"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", home);
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("LANG", "C.UTF-8");
        cmd.cwd(home);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let rows = NonZeroU16::new(rows).unwrap();
        let cols = NonZeroU16::new(cols).unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let sink = screen.clone();
        let bytes = Arc::new(AtomicUsize::new(0));
        let counter = bytes.clone();
        let raw = Arc::new(Mutex::new(Vec::new()));
        let kept = raw.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                counter.fetch_add(n, Ordering::SeqCst);
                kept.lock().unwrap().extend_from_slice(&buf[..n]);
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        App {
            child,
            writer,
            screen,
            bytes,
            raw,
            _master: pair.master,
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until every string is on screen.
    fn wait_for(&self, wanted: &[&str]) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            let t = self.text();
            if wanted.iter().all(|w| t.contains(w)) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {wanted:?}; screen:\n{}", self.text());
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(150));
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("the app did not exit; screen:\n{}", self.text());
    }

    fn signal(&self, sig: &str) {
        let pid = self.child.process_id().expect("pid");
        let ok = std::process::Command::new("kill")
            .args([sig, &pid.to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill {sig}");
    }
}

fn workshop(dir: &Path) -> std::path::PathBuf {
    common::temp_copy(dir, "inovacijski-projekt.ron")
}

#[test]
fn start_help_type_quit_saves_and_restores_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let mut app = App::start(home.path(), &["--lang", "en", file.to_str().unwrap()]);
    app.wait_for(&["1 Project", "2 Team", "Research question"]);
    app.send("\x1bOP"); // F1
    app.wait_for(&["Keys: Project", "Ctrl-Z"]);
    app.send("\x1b");
    app.send("2");
    app.wait_for(&["Team · 9 members"]);
    app.send("a");
    app.send("Vesna Žagar");
    app.send("\r");
    app.wait_for(&["Team · 10 members", "Vesna Žagar"]);
    app.send("\x11"); // Ctrl-Q
    let status = app.wait_exit();
    assert!(status.success(), "{status:?}");
    let saved = premisli::store::load(&file).unwrap();
    assert!(saved.team.iter().any(|m| m.name == "Vesna Žagar"));
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        !app.screen.lock().unwrap().screen().alternate_screen(),
        "terminal restored"
    );
    assert!(!file.with_extension("ron.lock").exists(), "lock released");
}

#[test]
fn a_hang_up_mid_edit_saves_the_edit() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let mut app = App::start(home.path(), &["--lang", "sl", file.to_str().unwrap()]);
    app.wait_for(&["1 Projekt", "Naslov"]);
    app.send("j\r");
    app.send(" — podružnica Breg");
    app.wait_for(&["podružnica Breg"]);
    app.signal("-HUP");
    app.wait_exit();
    let saved = premisli::store::load(&file).unwrap();
    assert_eq!(saved.project.institution, "OŠ Pod Gradom — podružnica Breg");
}

#[test]
fn sigterm_saves_what_autosave_had_not_yet() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let mut app = App::start(home.path(), &["--lang", "ru", file.to_str().unwrap()]);
    app.wait_for(&["1 Проект"]);
    app.send("2a");
    app.send("Борис\r");
    app.signal("-TERM");
    assert!(app.wait_exit().success());
    assert!(
        premisli::store::load(&file)
            .unwrap()
            .team
            .iter()
            .any(|m| m.name == "Борис")
    );
}

#[test]
fn a_second_instance_opens_read_only_and_says_who_holds_the_file() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let mut first = App::start(home.path(), &["--lang", "en", file.to_str().unwrap()]);
    first.wait_for(&["1 Project"]);
    let mut second = App::start(home.path(), &["--lang", "en", file.to_str().unwrap()]);
    second.wait_for(&["read-only: open in"]);
    second.send("2d");
    second.wait_for(&["read-only; nothing can be changed"]);
    second.send("q");
    assert!(second.wait_exit().success());
    first.send("q");
    assert!(first.wait_exit().success());
    assert_eq!(premisli::store::load(&file).unwrap().team.len(), 9);
}

#[test]
fn the_home_screen_opens_a_sample_into_the_data_directory() {
    let home = tempfile::tempdir().unwrap();
    let mut app = App::start(home.path(), &["--lang", "en"]);
    app.wait_for(&["Open a sample", "New workshop"]);
    app.send("\x1b[B\x1b[B\r"); // Down Down Enter: past "New workshop" and the first sample
    app.wait_for(&["1 Project"]);
    app.send("q");
    assert!(app.wait_exit().success());
    let files = premisli::store::config::list_workshops(&home.path().join("data/premisli"));
    assert_eq!(files.len(), 1, "{files:?}");
}

#[test]
fn an_idle_app_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let mut app = App::start(home.path(), &["--lang", "en", file.to_str().unwrap()]);
    app.wait_for(&["1 Project", "Ctrl-Z"]);
    std::thread::sleep(Duration::from_millis(400));
    let before = app.bytes.load(Ordering::SeqCst);
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(
        app.bytes.load(Ordering::SeqCst),
        before,
        "bytes written while idle"
    );
    // After an edit, the autosave redraws the status line once, then silence again.
    app.send("2ab\r");
    app.wait_for(&["saved"]);
    std::thread::sleep(Duration::from_millis(1500));
    let after_save = app.bytes.load(Ordering::SeqCst);
    std::thread::sleep(Duration::from_millis(2000));
    assert_eq!(app.bytes.load(Ordering::SeqCst), after_save);
    app.send("q");
    assert!(app.wait_exit().success());
}

impl App {
    fn wait_until(&self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if done(self.screen.lock().unwrap().screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}; screen:\n{}", self.text());
    }
}

#[test]
fn suspend_gives_the_terminal_back_and_resume_takes_it_again() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let mut app = App::start(home.path(), &["--lang", "en", file.to_str().unwrap()]);
    app.wait_for(&["1 Project", "Research question"]);
    app.signal("-TSTP");
    app.wait_until("the normal screen", |s| !s.alternate_screen());
    // Whatever the shell printed meanwhile is overdrawn on resume.
    app.signal("-CONT");
    app.wait_until("the app's screen again", |s| {
        s.alternate_screen() && s.contents().contains("Research question")
    });
    app.send("2");
    app.wait_for(&["Team · 9 members"]);
    app.send("q");
    assert!(app.wait_exit().success());
    assert!(!app.screen.lock().unwrap().screen().alternate_screen());
}

#[test]
fn a_hang_up_or_sigterm_without_an_edit_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let before = std::fs::read(&file).unwrap();
    let mtime = std::fs::metadata(&file).unwrap().modified().unwrap();
    for sig in ["-TERM", "-HUP"] {
        let mut app = App::start(home.path(), &["--lang", "en", file.to_str().unwrap()]);
        app.wait_for(&["1 Project"]);
        app.send("2");
        app.wait_for(&["Team · 9 members"]);
        app.signal(sig);
        app.wait_exit();
    }
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert_eq!(std::fs::metadata(&file).unwrap().modified().unwrap(), mtime);
    assert!(!premisli::store::save::backup_path(&file, 1).exists());
}

#[test]
fn a_hang_up_during_a_file_operation_that_never_returns_still_ends_the_app() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    // Every write hangs, as on a dead network share (the recent-files state
    // is written right after the first frame).
    let mut app = App::start_with(
        home.path(),
        &["--lang", "en", file.to_str().unwrap()],
        &[("PREMISLI_FAULT", "hang")],
    );
    app.wait_for(&["1 Project"]);
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    app.signal("-TERM");
    let status = app.wait_exit();
    assert!(!status.success());
    assert!(start.elapsed() < Duration::from_secs(15));
    assert!(!app.screen.lock().unwrap().screen().alternate_screen());
    assert!(app.text().contains("did not finish"), "{}", app.text());
}

/// Colours as the terminal says it can show them: without COLORTERM, no
/// 24-bit colour is sent (the light theme's are made 256-colour); with
/// `TERM=xterm`, not even those; with COLORTERM=truecolor, 24-bit ones are.
#[test]
fn colours_follow_what_the_terminal_can_show() {
    let sent = |env: &[(&str, &str)]| {
        let home = tempfile::tempdir().unwrap();
        let file = workshop(home.path());
        let mut app = App::start_with(
            home.path(),
            &["--lang", "en", "--theme", "light", file.to_str().unwrap()],
            env,
        );
        app.wait_for(&["1 Project", "Research question"]);
        app.send("2");
        app.wait_for(&["Team ·"]);
        app.send("\x11");
        app.wait_exit();
        String::from_utf8_lossy(&app.raw.lock().unwrap()).into_owned()
    };
    let truecolor = |s: &str| s.contains("[38;2;") || s.contains("[48;2;");
    // A colour of the 256-colour palette beyond the 16 basic ones.
    let palette = |s: &str| {
        s.split("8;5;").skip(1).any(|rest| {
            let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
            n.parse::<u16>().is_ok_and(|n| n >= 16)
        })
    };
    let plain = sent(&[("COLORTERM", "")]);
    assert!(!truecolor(&plain) && palette(&plain));
    let basic = sent(&[("COLORTERM", ""), ("TERM", "xterm")]);
    assert!(!truecolor(&basic) && !palette(&basic));
    let full = sent(&[("COLORTERM", "truecolor")]);
    assert!(truecolor(&full));
    // The configuration's word goes before the terminal's.
    let asked = sent(&[("COLORTERM", "truecolor"), ("PREMISLI_COLORS", "16")]);
    assert!(!truecolor(&asked) && !palette(&asked));
}

/// A `themes/` folder where the app is started (a shared workshop folder)
/// never supplies a theme; the user's own config folder does.
#[test]
fn a_themes_folder_in_the_working_directory_does_not_take_over() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    std::fs::create_dir_all(home.path().join("themes")).unwrap();
    std::fs::write(
        home.path().join("themes/sola.ron"),
        "Theme(base: (fg: Some(\"red\")))",
    )
    .unwrap();
    let mut app = App::start(
        home.path(),
        &["--lang", "en", "--theme", "sola", file.to_str().unwrap()],
    );
    app.wait_for(&["1 Project", "no theme named"]);
    app.send("\x11");
    app.wait_exit();
    // In the user's config folder it is found, and inherits what it leaves out.
    let own = home.path().join("config/premisli/themes");
    std::fs::create_dir_all(&own).unwrap();
    std::fs::rename(home.path().join("themes/sola.ron"), own.join("sola.ron")).unwrap();
    let mut app = App::start(
        home.path(),
        &["--lang", "en", "--theme", "sola", file.to_str().unwrap()],
    );
    app.wait_for(&["1 Project", "Research question"]);
    assert!(!app.text().contains("no theme named"));
    app.send("\x11");
    app.wait_exit();
}

/// `--config PATH` (and `PREMISLI_CONFIG`) name the configuration to read;
/// its `projector_theme` is what projector mode (F5) looks like.
#[test]
fn a_configuration_named_on_the_command_line_and_its_projector_theme() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let own = home.path().join("config/premisli/themes");
    std::fs::create_dir_all(&own).unwrap();
    std::fs::write(
        own.join("zbornica.ron"),
        "Theme(inherits: Some(\"projector\"), base: (fg: Some(\"#fafafa\"), bg: Some(\"#123456\")))",
    )
    .unwrap();
    let cfg = home.path().join("moja.ron");
    std::fs::write(
        &cfg,
        "(language: Some(sl), projector_theme: Some(\"zbornica\"), colors: Some(\"truecolor\"))",
    )
    .unwrap();
    let mut app = App::start(
        home.path(),
        &["--config", cfg.to_str().unwrap(), file.to_str().unwrap()],
    );
    app.wait_for(&["1 Projekt", "Raziskovalno področje"]);
    app.send("\x1b[15~"); // F5
    std::thread::sleep(Duration::from_millis(400));
    app.send("\x11");
    app.wait_exit();
    let raw = String::from_utf8_lossy(&app.raw.lock().unwrap()).into_owned();
    assert!(
        raw.contains("48;2;18;52;86"),
        "the projector's own background"
    );
    // The same through the environment.
    let mut app = App::start_with(
        home.path(),
        &[file.to_str().unwrap()],
        &[("PREMISLI_CONFIG", cfg.to_str().unwrap())],
    );
    app.wait_for(&["1 Projekt"]);
    app.send("\x11");
    app.wait_exit();
}

/// The mouse in a real terminal: the app asks for mouse reports, a click
/// on a tab (an SGR report, as xterm sends it) switches the screen, a
/// double click on a row opens it;
/// with `mouse: false` it leaves the mouse to the terminal.
#[test]
fn a_click_on_a_tab_in_a_terminal() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let mut app = App::start(home.path(), &["--lang", "en", file.to_str().unwrap()]);
    app.wait_for(&["1 Project", "Research question"]);
    let top = app.text().lines().next().unwrap().to_string();
    let col = top
        .find("2 Team")
        .map(|b| top[..b].chars().count())
        .unwrap()
        + 1;
    app.send(&format!("\x1b[<0;{col};1M\x1b[<0;{col};1m"));
    app.wait_for(&["Team ·"]);
    // A double click on a member's row opens the member's form.
    let (row, line) = app
        .text()
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Gregor Kos"))
        .map(|(r, l)| (r + 1, l.to_string()))
        .expect("the member's row");
    let col = line
        .find("Gregor")
        .map(|b| line[..b].chars().count())
        .unwrap()
        + 2;
    let click = format!("\x1b[<0;{col};{row}M\x1b[<0;{col};{row}m");
    app.send(&format!("{click}{click}"));
    app.wait_for(&["Edit member", "Gregor Kos"]);
    app.send("\x1b");
    app.send("\x11");
    app.wait_exit();
    let raw = String::from_utf8_lossy(&app.raw.lock().unwrap()).into_owned();
    assert!(raw.contains("\x1b[?1000h"), "mouse reports asked for");
    assert!(raw.contains("\x1b[?1000l"), "and given back at the end");
    let cfg = home.path().join("config/premisli");
    std::fs::create_dir_all(&cfg).unwrap();
    std::fs::write(cfg.join("config.ron"), "(mouse: false)").unwrap();
    let mut app = App::start(home.path(), &["--lang", "en", file.to_str().unwrap()]);
    app.wait_for(&["1 Project"]);
    app.send("\x11");
    app.wait_exit();
    let raw = String::from_utf8_lossy(&app.raw.lock().unwrap()).into_owned();
    assert!(!raw.contains("\x1b[?1000h"));
}

/// The user's keys (`keys.ron` beside the configuration, as gitui's
/// key_bindings.ron): a changed key works and the help says it; an entry not
/// understood is named in the status line, the rest works, and the file is
/// left byte for byte as it was.
#[test]
fn keys_ron_changes_some_keys_and_is_left_as_it_was() {
    let home = tempfile::tempdir().unwrap();
    let file = workshop(home.path());
    let cfg = home.path().join("config/premisli");
    std::fs::create_dir_all(&cfg).unwrap();
    let text = "// my keys\n(\n    add: \"n\",\n    team: (edit: [\"r\", \"Enter\"]),\n    fly: \"f\",\n)\n";
    std::fs::write(cfg.join("keys.ron"), text).unwrap();
    let mut app = App::start(home.path(), &["--lang", "en", file.to_str().unwrap()]);
    app.wait_for(&["1 Project", "no action called \"fly\""]);
    app.send("2");
    app.wait_for(&["Team · 9 members", "n add"]);
    app.send("n");
    app.wait_for(&["New member"]);
    app.send("\x1b");
    app.send("a");
    app.send("\x1bOP");
    app.wait_for(&["Keys: Team"]);
    let help = app.text();
    assert!(!help.contains("New member"), "a is no longer add");
    assert!(help.contains("  n "), "{help}");
    app.send("\x1b");
    app.send("r");
    app.wait_for(&["Edit member"]);
    app.send("\x1b");
    app.send("\x11");
    app.wait_exit();
    assert_eq!(std::fs::read_to_string(cfg.join("keys.ron")).unwrap(), text);
}
