//! Drawing, from `&App` only: the tab bar, the current screen, the status line,
//! the hint bar, and overlays on top. Nothing here changes the workshop.

pub mod board;
pub mod chrome;
pub mod control;
pub mod cycles;
pub mod diagnosis;
pub mod hits;
pub mod home;
pub mod indicators;
pub mod overlay;
pub mod plans;
pub mod project;
pub mod report;
pub mod room;
pub mod session;
pub mod team;

use std::sync::OnceLock;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, MIN_HEIGHT, MIN_WIDTH, Screen, Seat, StatusKind};
use crate::i18n::{self, T};
pub use crate::render::{
    Glyphs, Theme, Ui, bigtext, choice_line, dashboard, put_lines, spiral, text, theme,
};

/// The user's projector theme, set once at start (see `set_projector_theme`).
static USER_PROJECTOR: OnceLock<Theme> = OnceLock::new();

/// Projector mode uses this theme instead of the built-in one (the user's
/// `projector.ron`, or the configuration's `projector_theme`). Set once,
/// before the first frame; later calls are ignored.
pub fn set_projector_theme(t: Theme) {
    let _ = USER_PROJECTOR.set(t);
}

/// The high-contrast theme of projector mode; without colours when the
/// chosen theme has none (`NO_COLOR`, monochrome).
fn projector_theme(colourless: bool) -> &'static Theme {
    static WITH: OnceLock<Theme> = OnceLock::new();
    static WITHOUT: OnceLock<Theme> = OnceLock::new();
    let base = || {
        USER_PROJECTOR
            .get()
            .cloned()
            .or_else(|| Theme::built_in("projector"))
            .unwrap_or_else(Theme::fallback)
    };
    if colourless {
        WITHOUT.get_or_init(|| base().without_colors())
    } else {
        WITH.get_or_init(base)
    }
}

fn colourless(t: &Theme) -> bool {
    [t.base, t.accent, t.selected, t.error, t.tab_active]
        .iter()
        .all(|s| s.fg.is_none() && s.bg.is_none())
}

pub fn draw(frame: &mut Frame, app: &App, ui: &Ui) {
    let seat = app.view.seat;
    if seat != Seat::Console || app.view.projector {
        let theme = projector_theme(colourless(ui.theme));
        let ui = &Ui {
            theme,
            ascii: ui.ascii,
        };
        return match seat {
            Seat::Board => board::draw(frame, app, ui),
            Seat::Participant(_) => draw_projector(frame, app, ui),
            Seat::Console => console_board(frame, app, ui),
        };
    }
    let area = frame.area();
    frame.buffer_mut().set_style(area, ui.theme.base);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return draw_too_small(frame, app, ui, area);
    }
    let [tabs, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    chrome::tab_bar(frame, app, ui, tabs);
    self::body(frame, app, ui, body, app.view.screen);
    chrome::status_line(frame, app, ui, status);
    chrome::hint_bar(frame, app, ui, hints);
    overlay::draw(frame, app, ui, area);
}

/// One screen's body in an area (also a step's input on screen 7).
pub fn body(frame: &mut Frame, app: &App, ui: &Ui, area: Rect, screen: Screen) {
    match (screen, &app.shared.doc) {
        (Screen::Project, Some(doc)) => project::draw(frame, app, doc, ui, area),
        (Screen::Team, Some(doc)) => team::draw(frame, app, doc, ui, area),
        (Screen::Diagnosis, Some(doc)) => diagnosis::draw(frame, app, doc, ui, area),
        (Screen::Plans, Some(doc)) => plans::draw(frame, app, doc, ui, area),
        (Screen::Cycles, Some(doc)) if doc.workshop.method == crate::domain::Method::Monitoring => {
            control::draw(frame, app, doc, ui, area)
        }
        (Screen::Cycles, Some(doc)) => cycles::draw(frame, app, doc, ui, area),
        (Screen::Indicators, Some(doc)) => indicators::draw(frame, app, doc, ui, area),
        (Screen::Session, Some(doc)) => session::draw(frame, app, doc, ui, area),
        (Screen::Report, Some(doc)) => report::draw(frame, app, doc, ui, area),
        _ => home::draw(frame, app, ui, area),
    }
}

/// F5 in a console: the board, with what the facilitator opened on top of
/// it (a form, a box) and a message only when something went wrong.
fn console_board(frame: &mut Frame, app: &App, ui: &Ui) {
    board::draw(frame, app, ui);
    let area = frame.area();
    if let Some((StatusKind::Error, msg)) = app.view.status.as_ref() {
        let line = Rect {
            y: area.bottom().saturating_sub(1),
            height: 1,
            ..area
        };
        frame.buffer_mut().set_style(line, ui.theme.error);
        let text = text::truncate(
            &ui.s(&format!(" {}", msg.render(app.lang))),
            area.width as usize,
            ui.ascii,
        );
        put_lines(
            frame.buffer_mut(),
            line,
            &[Line::from(Span::styled(text, ui.theme.error))],
        );
    }
    overlay::draw(frame, app, ui, area);
}

/// A participant's keys for what is on their screen, and their dots left.
fn participant_hints(app: &App, ui: &Ui) -> String {
    use crate::app::keymap::{self, Action, Ctx};
    let screen = app.focus_screen();
    let step = app.looked_step().map(|(_, s)| s);
    let w = app.shared.doc.as_ref().map(|d| &d.workshop);
    let closed = app.input_closed();
    let fits = |a: Action| match (screen, a) {
        (_, Action::Language | Action::Quit) => true,
        _ if closed => false,
        (Screen::Diagnosis, Action::Add | Action::Edit | Action::Delete) => {
            step != Some(crate::domain::Step::Vote)
        }
        (Screen::Diagnosis, Action::VoteUp | Action::VoteDown) => true,
        (Screen::Plans, Action::Toggle) => true,
        (Screen::Indicators, Action::Group) => {
            app.view.indicators.mode == crate::app::indicators::Mode::Grid
        }
        (Screen::Cycles, Action::Add) => matches!(
            step,
            Some(
                crate::domain::Step::DataCollected
                    | crate::domain::Step::Interpretation
                    | crate::domain::Step::Evaluation
                    | crate::domain::Step::Disruptions
                    | crate::domain::Step::Remedies
            )
        ),
        _ => false,
    };
    let mut parts: Vec<String> = keymap::bindings(Ctx::Participant)
        .filter(|b| b.hint && fits(b.action))
        .map(|b| {
            let text = match (screen, b.action) {
                (Screen::Diagnosis, Action::Add) => T::KeyOwnCardNew,
                (Screen::Cycles, Action::Add) => T::KeyOwnNoteNew,
                _ => b.help,
            };
            format!("{}: {}", b.key.label(), app.t(text))
        })
        .collect();
    if closed {
        parts.insert(0, app.t(T::InputClosed).to_string());
    } else if let (Screen::Diagnosis, Seat::Participant(Some(me)), Some(w)) =
        (screen, app.view.seat, w)
    {
        let all = w.diagnosis.votes_per_member;
        let left = usize::from(all).saturating_sub(w.diagnosis.votes_of(me));
        parts.insert(
            0,
            i18n::tf(
                app.lang,
                T::VotesLeft,
                &[("left", &left.to_string()), ("all", &all.to_string())],
            ),
        );
    }
    ui.s(&parts.join(" · "))
}

/// A participant's view: no tab bar, status or hints; the screen fills the frame,
/// with a message line at the bottom only while there is something to say.
fn draw_projector(frame: &mut Frame, app: &App, ui: &Ui) {
    let area = frame.area();
    frame.buffer_mut().set_style(area, ui.theme.base);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return draw_too_small(frame, app, ui, area);
    }
    let message = app.view.status.as_ref();
    let participant = matches!(app.view.seat, Seat::Participant(_));
    let [body, status] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(u16::from(message.is_some() || participant)),
    ])
    .areas(area);
    match (app.view.screen, &app.shared.doc) {
        (Screen::Session, Some(_)) => session::draw_projector(frame, app, ui, body),
        (screen, _) => self::body(frame, app, ui, body, screen),
    }
    if let Some((kind, msg)) = message {
        let style = match kind {
            crate::app::StatusKind::Error => ui.theme.error,
            crate::app::StatusKind::Info => ui.theme.status,
        };
        frame.buffer_mut().set_style(status, style);
        let line = Line::from(Span::styled(
            text::truncate(
                &ui.s(&format!(" {}", msg.render(app.lang))),
                status.width as usize,
                ui.ascii,
            ),
            style,
        ));
        put_lines(frame.buffer_mut(), status, &[line]);
    } else if participant {
        let line = Line::from(Span::styled(
            text::truncate(
                &format!(" {}", participant_hints(app, ui)),
                status.width as usize,
                ui.ascii,
            ),
            ui.theme.dim,
        ));
        put_lines(frame.buffer_mut(), status, &[line]);
    }
    overlay::draw(frame, app, ui, area);
}

fn draw_too_small(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let need = format!("{MIN_WIDTH}×{MIN_HEIGHT}");
    let have = format!("{}×{}", area.width, area.height);
    let msg = i18n::tf(app.lang, T::Enlarge, &[("need", &need), ("have", &have)]);
    let p = Paragraph::new(Line::from(ui.span(&msg, ui.theme.warn))).wrap(Wrap { trim: true });
    frame.render_widget(p, area);
}
