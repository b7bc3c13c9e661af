//! Hostile text in every text field of a workshop, drawn on every screen
//! through the real crossterm backend into a byte buffer: only the app's own
//! sequences (cursor moves, colours, attributes) come out, and a terminal
//! emulator (`vt100`) that reads the bytes reports no title, clipboard, bell
//! or unknown sequence, and shows exactly the cells the app drew.

mod common;

use std::num::NonZeroU16;

use premisli::app::App;
use premisli::domain::{Language, LogKind, Workshop};
use premisli::ui::{self, Theme, Ui};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

const CORPUS: &[&str] = &[
    "\u{1b}]0;pwned title\u{7}",
    "\u{1b}]8;;http://evil.example/\u{1b}\\link\u{1b}]8;;\u{1b}\\",
    "\u{1b}]52;c;cm0gLXJmIH4K\u{7}",
    "\u{1b}[2J\u{1b}[H",
    "\u{1b}P1$r0m\u{1b}\\",
    "\u{9b}2J",
    "\u{9d}0;c1 title\u{9c}",
    "\u{202e}evil\u{202c} \u{2066}iso\u{2069}",
    "bell\u{7} bs\u{8} del\u{7f} cr\r lf\n tab\t",
    "\u{1b}[31mred\u{1b}[0m \u{1b}[?1049l \u{1b}c",
];

fn hostile(i: &mut usize) -> String {
    *i += 1;
    format!(
        "x{}{}",
        CORPUS[*i % CORPUS.len()],
        CORPUS[(*i + 3) % CORPUS.len()]
    )
}

/// The sample with the corpus in every text the user can write.
fn poisoned(name: &str) -> Workshop {
    let mut w = common::sample(name);
    let mut i = 0;
    let mut h = || hostile(&mut i);
    w.title = h();
    let p = &mut w.project;
    p.institution = h();
    p.school_year = h();
    p.goal = h();
    p.research_question = h();
    for a in &mut p.calendar {
        a.what = h();
    }
    for m in &mut w.team {
        m.name = h();
        m.personal_goal = h();
    }
    for it in &mut w.diagnosis.items {
        it.text = h();
    }
    for c in &mut w.diagnosis.clusters {
        c.title = h();
    }
    for a in w
        .plans
        .prevention
        .iter_mut()
        .chain(w.plans.curative.iter_mut())
    {
        a.what = h();
        if let Some(s) = &mut a.steps {
            s.define = h();
            s.cause = h();
        }
    }
    for c in &mut w.cycles {
        c.name = h();
        c.goal = h();
        c.findings = h();
        c.reflection = h();
        c.evaluation = h();
        c.data_collected = h();
        c.interpretation = h();
        c.plan.notes = h();
        c.act.notes = h();
        for s in &mut c.data_sources {
            s.description = h();
        }
        for d in &mut c.disruptions {
            d.description = h();
        }
    }
    let m = &mut w.monitoring;
    for p in &mut m.periods {
        p.label = h();
        p.school_year = h();
    }
    for g in &mut m.groups {
        g.name = h();
    }
    for c in &mut m.criteria {
        c.name = h();
        for ind in &mut c.indicators {
            ind.name = h();
            ind.plan.object = h();
            ind.plan.source = h();
        }
    }
    for s in &mut w.sessions {
        s.notes = h();
        for e in &mut s.log {
            e.text = h();
        }
        s.log.push(premisli::domain::LogEntry {
            at: s
                .log
                .first()
                .map_or_else(|| s.date.and_hms_opt(9, 0, 0).unwrap(), |e| e.at),
            kind: LogKind::Decision,
            text: h(),
        });
    }
    w
}

/// A byte buffer the backend writes into and the test reads.
#[derive(Clone, Default)]
struct Sink(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[derive(Default)]
struct Watch(Vec<String>);

impl vt100::Callbacks for Watch {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.0.push("bell".into());
    }
    fn visual_bell(&mut self, _: &mut vt100::Screen) {
        self.0.push("visual bell".into());
    }
    fn resize(&mut self, _: &mut vt100::Screen, r: (u16, u16)) {
        self.0.push(format!("resize {r:?}"));
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, n: &[u8]) {
        self.0.push(format!("icon name {n:?}"));
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, t: &[u8]) {
        self.0
            .push(format!("title {:?}", String::from_utf8_lossy(t)));
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _: &[u8], d: &[u8]) {
        self.0.push(format!("clipboard {d:?}"));
    }
    fn paste_from_clipboard(&mut self, _: &mut vt100::Screen, _: &[u8]) {
        self.0.push("paste".into());
    }
    fn unhandled_char(&mut self, _: &mut vt100::Screen, c: char) {
        self.0.push(format!("char {c:?}"));
    }
    fn unhandled_control(&mut self, _: &mut vt100::Screen, b: u8) {
        self.0.push(format!("control {b}"));
    }
    fn unhandled_escape(&mut self, _: &mut vt100::Screen, a: Option<u8>, b: Option<u8>, c: u8) {
        self.0.push(format!("escape {a:?} {b:?} {c}"));
    }
    fn unhandled_csi(
        &mut self,
        _: &mut vt100::Screen,
        a: Option<u8>,
        b: Option<u8>,
        p: &[&[u16]],
        c: char,
    ) {
        // Attribute resets vt100 does not model (e.g. SGR 59, the underline
        // colour) come from the backend itself; anything else is foreign.
        if c != 'm' {
            self.0.push(format!("csi {a:?} {b:?} {p:?} {c}"));
        }
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, p: &[&[u8]]) {
        self.0.push(format!("osc {p:?}"));
    }
}

/// The escape sequences in the bytes, checked against what the backend
/// itself writes: CSI with numeric parameters ending in H, m, J, K, h or l.
fn foreign_sequences(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut bad = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next() != Some('[') {
                bad.push("ESC not followed by [".into());
                continue;
            }
            let mut params = String::new();
            let mut end = None;
            for d in chars.by_ref() {
                if d.is_ascii_digit() || d == ';' || d == '?' {
                    params.push(d);
                } else {
                    end = Some(d);
                    break;
                }
            }
            if !matches!(end, Some('H' | 'm' | 'J' | 'K' | 'h' | 'l')) {
                bad.push(format!("CSI {params} {end:?}"));
            }
        } else if c.is_control() {
            bad.push(format!("control {:?}", c));
        } else if matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            bad.push(format!("bidi {:?}", c));
        }
    }
    bad
}

fn states() -> Vec<(String, App)> {
    let mut out = Vec::new();
    for (sample, lang) in [
        ("inovacijski-projekt.ron", Language::Sl),
        ("soko-monitoring.ron", Language::Ru),
    ] {
        for keys in [
            "1",
            "2",
            "3",
            "3 v v",
            "4",
            "5",
            "6",
            "6 <Enter>",
            "7",
            "7 <Tab>",
            "7 m",
            "8",
            "<F1>",
            "7 <F5>",
            "3 <F5>",
            "2 e",
            "7 e",
            "<Esc>",
        ] {
            let mut app = common::app_with(poisoned(sample), lang);
            common::press(&mut app, keys);
            out.push((format!("{sample} {keys}"), app));
        }
    }
    out
}

#[test]
fn only_the_apps_own_sequences_reach_the_terminal() {
    let theme = Theme::fallback();
    for (name, app) in states() {
        for (w, h) in [(80u16, 24u16), (200, 60)] {
            for ascii in [false, true] {
                let ui = Ui {
                    theme: &theme,
                    ascii,
                };
                let area = Rect::new(0, 0, w, h);
                let sink = Sink::default();
                let mut term = Terminal::with_options(
                    CrosstermBackend::new(sink.clone()),
                    TerminalOptions {
                        viewport: Viewport::Fixed(area),
                    },
                )
                .unwrap();
                term.draw(|f| ui::draw(f, &app, &ui)).unwrap();
                drop(term);
                let bytes = sink.0.borrow().clone();
                let bad = foreign_sequences(&bytes);
                assert!(bad.is_empty(), "{name} {w}x{h}: {bad:?}");

                let mut vt = vt100::Parser::new_with_callbacks(
                    NonZeroU16::new(h).unwrap(),
                    NonZeroU16::new(w).unwrap(),
                    0,
                    Watch::default(),
                );
                vt.process(&bytes);
                assert!(
                    vt.callbacks().0.is_empty(),
                    "{name} {w}x{h}: the terminal saw {:?}",
                    vt.callbacks().0
                );
                // What the terminal shows is exactly what the app drew.
                let mut test = Terminal::new(TestBackend::new(w, h)).unwrap();
                test.draw(|f| ui::draw(f, &app, &ui)).unwrap();
                let want = common::buffer_text(test.backend().buffer());
                let got: String = vt
                    .screen()
                    .rows(0, w)
                    .map(|r| format!("{}\n", r.trim_end()))
                    .collect();
                assert_eq!(got, want, "{name} {w}x{h}");
            }
        }
    }
}
