//! Shared helpers: a fixed clock, an app on a sample, key sequences, and
//! rendering a screen to text.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use premisli::app::home::HomeData;
use premisli::app::keys::{Event, parse_keys};
use premisli::app::{App, Doc, Effect, Env};
use premisli::domain::{Id, Language, Workshop};
use premisli::i18n::T;
use premisli::ui::{self, Theme, Ui};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample(name: &str) -> Workshop {
    premisli::store::load(&root().join("sample-data").join(name)).expect("sample loads")
}

/// A fixed point in time, advanced by each key so autosave timing is testable.
pub fn env(ms: u64) -> Env {
    Env {
        now_ms: ms,
        now: NaiveDate::from_ymd_opt(2026, 3, 10)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap(),
    }
}

pub fn home_data() -> HomeData {
    use premisli::domain::portfolio::{Glance, Place};
    use premisli::store::portfolio::Listed;
    HomeData {
        data_dir: Some(PathBuf::from("/home/ana/.local/share/premisli")),
        workshops: vec![Listed {
            path: PathBuf::from("/home/ana/.local/share/premisli/5a-razredna-skupnost.ron"),
            glance: Ok(Glance {
                school: "OŠ Pod Gradom".into(),
                title: "Razredna skupnost 5. a".into(),
                method: premisli::domain::Method::Innovation,
                place: Place::Cycle {
                    name: "1. krog".into(),
                    number: 1,
                    of: 3,
                    phase: Some(premisli::domain::cycles::Phase::Act),
                },
                next_meeting: chrono::NaiveDate::from_ymd_opt(2026, 3, 17),
                overdue: 1,
                off_target: 0,
                judged: 2,
                deadline: None,
            }),
        }],
        recent: vec![Listed {
            path: PathBuf::from("/srv/sola/kakovost.ron"),
            glance: Err("1:4: Expected end of string".into()),
        }],
        recovered: Vec::new(),
        samples: vec![
            ("inovacijski-projekt".into(), T::SampleProject),
            ("soko-monitoring".into(), T::SampleMonitoring),
        ],
    }
}

pub fn app_with(w: Workshop, lang: Language) -> App {
    let mut app = App::new(lang, home_data());
    app.open(Doc::new(w, Some(PathBuf::from("/tmp/workshop.ron"))));
    app
}

pub fn sl_app() -> App {
    app_with(sample("inovacijski-projekt.ron"), Language::Sl)
}

/// Presses keys (see `parse_keys`), returning every effect asked for.
pub fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for (i, k) in parse_keys(keys).expect("key spec").into_iter().enumerate() {
        effects.extend(app.handle(Event::Key(k), &env(1000 + i as u64 * 10)));
    }
    effects
}

pub fn render(app: &App, w: u16, h: u16, theme: &Theme, ascii: bool) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    let ui = Ui { theme, ascii };
    term.draw(|f| ui::draw(f, app, &ui)).expect("draw");
    term
}

/// The screen as text, one line per row (trailing spaces trimmed).
pub fn screen(app: &App, w: u16, h: u16) -> String {
    let term = render(app, w, h, &Theme::fallback(), false);
    buffer_text(term.backend().buffer())
}

pub fn buffer_text(buf: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub fn temp_copy(dir: &Path, sample_name: &str) -> PathBuf {
    let to = dir.join(sample_name);
    std::fs::copy(root().join("sample-data").join(sample_name), &to).expect("copy sample");
    to
}

/// The status line's text ("" when there is none).
pub fn status(app: &App) -> String {
    app.status_text().unwrap_or_default()
}

/// A small tmpfs mounted at `dir/small` (root only), unmounted when dropped;
/// `None` where mounting is not allowed.
pub struct SmallDisk(pub PathBuf);

impl SmallDisk {
    pub fn mount(dir: &Path, size: &str) -> Option<SmallDisk> {
        use std::process::{Command, Stdio};
        let mnt = dir.join("small");
        std::fs::create_dir(&mnt).ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&mnt)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(SmallDisk(mnt))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// Property-test cases: `PREMISLI_PROPTEST_CASES` when set, else the default.
pub fn cases(default: u32) -> u32 {
    std::env::var("PREMISLI_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A participant's keys as the room delivers them: their view follows the
/// console's first, then each key goes through the one update path.
pub fn participant_keys(app: &mut App, v: premisli::app::ViewerId, me: Id, spec: &str) {
    for k in parse_keys(spec).expect("key spec") {
        let lead = app.view.clone();
        app.with_viewer(v, |a| {
            a.follow(&lead, premisli::app::Seat::Participant(Some(me)));
            a.participant_key(Some(me), k, &env(9000));
        });
        app.after_edit_by(v);
    }
}

/// What a participant's screen shows now.
pub fn participant_screen(
    app: &mut App,
    v: premisli::app::ViewerId,
    me: Id,
    w: u16,
    h: u16,
) -> String {
    let lead = app.view.clone();
    app.with_viewer(v, |a| {
        a.follow(&lead, premisli::app::Seat::Participant(Some(me)));
        a.refresh_derived();
        buffer_text(
            render(a, w, h, &Theme::fallback(), false)
                .backend()
                .buffer(),
        )
    })
    .expect("the participant is there")
}

/// The last thing said to a viewer, in their language.
pub fn said_to(app: &mut App, v: premisli::app::ViewerId) -> String {
    app.with_viewer(v, |a| {
        a.view
            .status
            .as_ref()
            .map(|(_, m)| m.render(a.lang))
            .unwrap_or_default()
    })
    .unwrap_or_default()
}

/// The board for the console's view, as the projector shows it.
pub fn board(app: &App, w: u16, h: u16, ascii: bool) -> String {
    let mut b = app.clone();
    b.refresh_derived();
    b.view.seat = premisli::app::Seat::Board;
    buffer_text(
        render(&b, w, h, &Theme::fallback(), ascii)
            .backend()
            .buffer(),
    )
}

/// The sample a meeting of a kind is held on (a monitoring's meetings on the
/// Russian sample, a project's on the Slovenian), and the keys that choose
/// the kind in the new-meeting form.
pub fn meeting_sample(kind: premisli::domain::SessionKind) -> (&'static str, String) {
    use premisli::domain::{Method, SessionKind};
    let monitoring = matches!(kind, SessionKind::Council | SessionKind::AdminReview);
    let (file, method) = if monitoring {
        ("soko-monitoring.ron", Method::Monitoring)
    } else {
        ("inovacijski-projekt.ron", Method::Innovation)
    };
    let at = SessionKind::of(method)
        .iter()
        .position(|k| *k == kind)
        .expect("the method holds the kind");
    (file, "<Right> ".repeat(at))
}

/// The home screen of a consultant with twelve workshops (made from the
/// samples, see `store::portfolio::generate`) and a broken file, read on the
/// day of `env`; shown as if in /home/ana's data directory.
pub fn portfolio_home(lang: Language) -> App {
    use premisli::store::portfolio;
    let dir = tempfile::tempdir().unwrap();
    let mut paths = portfolio::generate(dir.path(), 12);
    let broken = dir.path().join("13-pokvarjena.ron");
    std::fs::write(&broken, "(version: 2, title: \"Pol datoteke").unwrap();
    paths.push(broken);
    let today = env(0).now.date();
    let shown = PathBuf::from("/home/ana/.local/share/premisli");
    let listed = portfolio::read(&paths, today)
        .into_iter()
        .map(|mut l| {
            l.path = shown.join(l.path.file_name().unwrap());
            l
        })
        .collect();
    let mut home = home_data();
    home.workshops = listed;
    let mut app = App::new(lang, home);
    app.view.today = today;
    app
}

/// A workshop's report of a kind, in Markdown, dated as `env`.
pub fn report_md(w: &Workshop, kind: premisli::report::Kind) -> String {
    use premisli::report::{Format, Options, render};
    render(
        w,
        &Options {
            kind,
            ..Options::all(Format::Md, env(0).now.date())
        },
    )
}

/// Draws a console's frame of this size and gives back where its
/// clickable things are (as the terminal's loop keeps them).
pub fn hits(app: &App, w: u16, h: u16) -> ui::hits::Hits {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    let theme = Theme::fallback();
    let ui = Ui {
        theme: &theme,
        ascii: false,
    };
    let mut hits = ui::hits::Hits::default();
    term.draw(|f| hits = ui::hits::draw(f, app, &ui))
        .expect("draw");
    hits
}

/// A left click at a cell of the frame the app shows at 120×40 (a double
/// click when `double`): false when nothing clickable is there.
pub fn click(app: &mut App, col: u16, row: u16, double: bool) -> bool {
    app.view.size = (120, 40);
    match hits(app, 120, 40).at(col, row) {
        Some(target) => {
            app.handle(Event::Click { target, double }, &env(0));
            true
        }
        None => false,
    }
}

/// Where a text is on the screen at 120×40: (column, row) of its first
/// character (columns counted in cells).
pub fn find_on_screen(app: &App, needle: &str) -> Option<(u16, u16)> {
    let text = screen(app, 120, 40);
    text.lines().enumerate().find_map(|(row, line)| {
        line.find(needle)
            .map(|b| (premisli::render::text::width(&line[..b]) as u16, row as u16))
    })
}

/// The status line as drawn at 120×40 (the next to last row).
pub fn status_line(app: &App) -> String {
    let text = screen(app, 120, 40);
    text.lines().nth(38).unwrap_or("").to_string()
}
