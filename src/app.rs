//! The state machine: the open workshop, the per-view state kept apart from it,
//! and `handle`, the single path from an event to edits and effects.

pub mod control;
pub mod cycles;
pub mod diagnosis;
pub mod edits;
pub mod find;
pub mod focus;
pub mod form;
pub mod history;
pub mod home;
pub mod indicators;
pub mod keymap;
pub mod keys;
pub mod lists;
pub mod message;
mod minutes;
mod mouse;
pub mod outcome;
mod overlay;
mod participant;
pub mod plans;
pub mod project;
pub mod report;
pub mod room;
mod router;
pub mod session;
pub mod shared;
pub mod team;
pub mod text_field;
pub mod viewers;

use std::path::PathBuf;

use chrono::NaiveDateTime;

use crate::domain::{DomainError, Language, Workshop};
use crate::i18n::{self, T};
use form::Form;
use keymap::Ctx;
use keys::{Event, Key};
pub use message::Message;
use outcome::Seen;
use router::route;

/// Autosave this long after the last edit.
pub const AUTOSAVE_MS: u64 = 1000;
/// After a failed save, wait this long before trying again.
pub const RETRY_MS: u64 = 3000;
/// Below this the app shows "enlarge the window" instead of a layout.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Home,
    Project,
    Team,
    Diagnosis,
    Plans,
    Cycles,
    Indicators,
    Session,
    Report,
}

impl Screen {
    /// The tabs that exist, with their numbers from the design.
    pub const TABS: [(u8, Screen); 8] = [
        (1, Screen::Project),
        (2, Screen::Team),
        (3, Screen::Diagnosis),
        (4, Screen::Plans),
        (5, Screen::Cycles),
        (6, Screen::Indicators),
        (7, Screen::Session),
        (8, Screen::Report),
    ];

    /// The screens a workshop of a method has (a monitoring has no
    /// diagnosis board), with their keys.
    pub fn tabs(method: crate::domain::Method) -> impl Iterator<Item = (u8, Screen)> {
        Screen::TABS
            .into_iter()
            .filter(move |(_, s)| s.in_method(method))
    }

    pub fn in_method(self, method: crate::domain::Method) -> bool {
        !(method == crate::domain::Method::Monitoring && self == Screen::Diagnosis)
    }

    pub fn title(self) -> T {
        match self {
            Screen::Home => T::ScreenHome,
            Screen::Project => T::ScreenProject,
            Screen::Team => T::ScreenTeam,
            Screen::Diagnosis => T::ScreenDiagnosis,
            Screen::Plans => T::ScreenPlans,
            Screen::Cycles => T::ScreenCycles,
            Screen::Indicators => T::ScreenIndicators,
            Screen::Session => T::ScreenSession,
            Screen::Report => T::ScreenReport,
        }
    }

    /// The title in a workshop of a method: a monitoring's screen 5 holds
    /// its periods and the plan of internal control, not cycles.
    pub fn title_in(self, method: crate::domain::Method) -> i18n::Words {
        match (self, method) {
            (Screen::Cycles, crate::domain::Method::Monitoring) => i18n::R::ScreenControl.into(),
            _ => self.title().into(),
        }
    }

    /// The keys of the screen in a workshop of a method.
    pub fn ctx_in(self, method: crate::domain::Method) -> Ctx {
        match (self, method) {
            (Screen::Cycles, crate::domain::Method::Monitoring) => Ctx::Control,
            _ => self.ctx(),
        }
    }

    pub fn ctx(self) -> Ctx {
        match self {
            Screen::Home => Ctx::Home,
            Screen::Project => Ctx::Project,
            Screen::Team => Ctx::Team,
            Screen::Diagnosis => Ctx::Diagnosis,
            Screen::Plans => Ctx::Plans,
            Screen::Cycles => Ctx::Cycles,
            Screen::Indicators => Ctx::Indicators,
            Screen::Session => Ctx::Session,
            Screen::Report => Ctx::Report,
        }
    }
}

/// What the outside world provides: the time, passed in so that the app stays
/// deterministic under test.
#[derive(Debug, Clone, Copy)]
pub struct Env {
    /// Monotonic milliseconds.
    pub now_ms: u64,
    /// Local wall-clock time.
    pub now: NaiveDateTime,
}

/// Work for the runtime: files, and leaving.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Save,
    Quit,
    Open(PathBuf),
    Create {
        path: PathBuf,
        title: String,
        language: Language,
        method: crate::domain::Method,
    },
    OpenSample(usize),
    /// A recovery copy listed on the home screen: open its workshop and offer
    /// it (or, when the workshop file is gone, put the copy in its place).
    OpenRecovered {
        original: PathBuf,
        copy: PathBuf,
    },
    /// Take over a lock left by someone else's instance that stopped.
    TakeOverLock,
    RestoreRecovery,
    DiscardRecovery,
    /// The home screen is shown: list the files afresh.
    RefreshHome,
    /// Send someone out of the room (by connection).
    RoomRemove(u64),
    /// Close the room: everyone is sent out, no one comes in.
    RoomClose,
    /// Everyone in the room called to the marked step.
    RoomSummon,
    /// Complete the path typed in the open-a-file prompt.
    CompletePath,
    /// Merge the measurements of a spreadsheet (a path as typed: relative to
    /// the workshop's folder, `~` for the home directory) as one edit.
    Import(PathBuf),
    /// Write a report; a file already there is replaced only with `overwrite`.
    WriteReport {
        path: PathBuf,
        bytes: Vec<u8>,
        overwrite: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum ReadOnly {
    HeldBy(String),
    /// The file or the place cannot be written (permissions, a read-only
    /// place, a full disk): why.
    NotWritable(String),
    /// The file's permissions let this user read it but not write it.
    NoPermission,
    /// A lock was left by someone else's instance that is no longer running:
    /// who and since when (the user may take it over).
    Stale(String),
}

/// The workshop being worked on and how it stands with its file.
#[derive(Debug, Clone)]
pub struct Doc {
    pub workshop: Workshop,
    pub path: Option<PathBuf>,
    pub read_only: Option<ReadOnly>,
    pub dirty: bool,
    pub edited_ms: u64,
    pub saved_at: Option<NaiveDateTime>,
    /// Why the last save failed, and when.
    pub save_error: Option<(String, u64)>,
    /// Changes with every change to the workshop, unique across workshops
    /// (what is derived from the workshop can be kept until it changes).
    pub generation: u64,
    /// The file as we last read or wrote it: a save first checks that no one
    /// else changed it since.
    pub disk: Option<crate::store::Stamp>,
}

/// A fresh generation number for a workshop that changed.
pub fn next_generation() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Doc {
    pub fn new(workshop: Workshop, path: Option<PathBuf>) -> Doc {
        Doc {
            workshop,
            path,
            read_only: None,
            dirty: false,
            edited_ms: 0,
            saved_at: None,
            save_error: None,
            generation: next_generation(),
            disk: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help,
    Form(Form),
    Message {
        title: T,
        body: String,
    },
    Recovery {
        time: String,
        /// Where the copy is.
        copy: PathBuf,
    },
    /// A report would replace this file: y replaces it.
    Overwrite(PathBuf),
    /// Someone else changed the workshop file: the user's version was saved
    /// as `mine`, where work goes on; r opens theirs instead.
    Conflict {
        theirs: PathBuf,
        mine: PathBuf,
    },
    /// A lock left by someone else: y takes it over.
    StaleLock {
        who: String,
    },
    /// The file asked for does not exist: y creates it.
    CreateAsk(PathBuf),
    /// The room's panel: who is in, the code, the host key.
    Room,
    /// Close the room for everyone? y closes it.
    CloseRoomAsk,
}

/// Who looks through a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Seat {
    /// A console: the facilitator's screens (F5 shows the board there).
    #[default]
    Console,
    /// The projector board: follows the facilitator, reads only.
    Board,
    /// A participant, as the member they picked.
    Participant(Option<crate::domain::Id>),
}

/// Per-view state: what one viewer sees and where their cursor is. Kept apart
/// from the workshop so several views can share one workshop.
#[derive(Debug, Clone)]
pub struct View {
    pub screen: Screen,
    pub overlays: Vec<Overlay>,
    pub home: home::HomeView,
    pub project: project::ProjectView,
    pub team: team::TeamView,
    pub diagnosis: diagnosis::DiagnosisView,
    pub plans: plans::PlansView,
    pub cycles: cycles::CyclesView,
    /// A monitoring's screen 5.
    pub control: control::ControlView,
    pub indicators: indicators::IndicatorsView,
    pub session: session::SessionView,
    pub report: report::ReportView,
    /// Projector mode: the board in this console (F5).
    pub projector: bool,
    /// Who looks through this view.
    pub seat: Seat,
    /// Monotonic milliseconds of the last event (for the timer's display).
    pub now_ms: u64,
    /// The date, for overdue marks (set from the clock on every event).
    pub today: chrono::NaiveDate,
    pub status: Option<(StatusKind, Message)>,
    pub size: (u16, u16),
    /// First line shown of the help overlay.
    pub help_scroll: usize,
    /// The person selected in the room's panel.
    pub room_selected: usize,
    /// `/`: the search in the list shown.
    pub find: Option<find::Find>,
}

impl View {
    /// A view on a screen with nothing selected, no overlay, no message.
    pub fn on(screen: Screen) -> View {
        View {
            screen,
            overlays: Vec::new(),
            home: home::HomeView::default(),
            project: project::ProjectView::default(),
            team: team::TeamView::default(),
            diagnosis: diagnosis::DiagnosisView::default(),
            plans: plans::PlansView::default(),
            cycles: cycles::CyclesView::default(),
            control: control::ControlView::default(),
            indicators: indicators::IndicatorsView::default(),
            session: session::SessionView::default(),
            report: report::ReportView::default(),
            projector: false,
            seat: Seat::Console,
            now_ms: 0,
            today: chrono::NaiveDate::default(),
            status: None,
            size: (80, 24),
            help_scroll: 0,
            room_selected: 0,
            find: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct App {
    /// The workshop, its history and the meeting's timer: one for every viewer.
    pub shared: shared::Shared,
    /// Who this app's keys belong to (their edits are theirs to undo).
    pub viewer: ViewerId,
    pub view: View,
    pub lang: Language,
    pub home: home::HomeData,
    /// A failed save on quit arms a second Ctrl-Q that leaves anyway.
    pub quit_armed: bool,
    /// Screen 8's preview, with what it was rendered from (computed in update).
    pub report_preview: Option<report::Cached>,
    /// Screen 6's dashboard rows (computed in update).
    pub dashboard_rows: Option<indicators::RowsCache>,
    /// The other viewers of the same workshop (participants, the board, a
    /// second console), each with its own language, screen and selections.
    pub others: Vec<viewers::Viewer>,
    /// The highest viewer id given out so far.
    pub last_viewer: u32,
    /// The room this console serves (`premisli serve`), for its panel.
    pub room: Option<room::RoomPanel>,
}

pub use history::ViewerId;

impl App {
    pub fn new(lang: Language, home: home::HomeData) -> App {
        App {
            shared: shared::Shared::default(),
            viewer: ViewerId(0),
            view: View::on(Screen::Home),
            lang,
            home,
            quit_armed: false,
            report_preview: None,
            dashboard_rows: None,
            others: Vec::new(),
            last_viewer: 0,
            room: None,
        }
    }

    /// A view of the workshop as it is when a workshop opens: the project
    /// card, nothing selected, no overlay.
    pub fn fresh_view(&self) -> View {
        View {
            now_ms: self.view.now_ms,
            today: self.view.today,
            ..View::on(Screen::Project)
        }
    }

    /// Opens a workshop in this app (after the runtime has loaded it).
    pub fn open(&mut self, doc: Doc) {
        self.shared.doc = Some(doc);
        self.shared.history.clear();
        for i in 0..self.others.len() {
            let size = self.others[i].view.size;
            self.others[i].view = View {
                size,
                ..self.fresh_view()
            };
        }
        self.view.screen = Screen::Project;
        self.view.project = project::ProjectView::default();
        self.view.team = team::TeamView::default();
        self.view.diagnosis = diagnosis::DiagnosisView::default();
        self.view.plans = plans::PlansView::default();
        self.view.cycles = cycles::CyclesView::default();
        self.view.indicators = indicators::IndicatorsView::default();
        self.view.session = session::SessionView::default();
        self.view.overlays.clear();
    }

    pub fn t(&self, key: impl i18n::Texts) -> &'static str {
        i18n::t(self.lang, key)
    }

    /// The open workshop's method (a project when none is open).
    pub fn method(&self) -> crate::domain::Method {
        self.shared
            .doc
            .as_ref()
            .map_or(crate::domain::Method::Innovation, |d| d.workshop.method)
    }

    /// A screen's title as the open workshop's method names it.
    pub fn screen_title(&self, s: Screen) -> &'static str {
        self.t(s.title_in(self.method()))
    }

    /// Says something in the status line (read in the viewer's language).
    pub fn say(&mut self, key: T, args: &[(&'static str, &str)]) {
        self.view.status = Some((StatusKind::Info, Message::text(key, args)));
    }

    /// Warns in the status line: something was not done, and why.
    pub fn warn(&mut self, key: T, args: &[(&'static str, &str)]) {
        self.view.status = Some((StatusKind::Error, Message::text(key, args)));
    }

    /// The status line as this viewer reads it.
    pub fn status_text(&self) -> Option<String> {
        self.view.status.as_ref().map(|(_, m)| m.render(self.lang))
    }

    /// The value, or `None` after saying in the status line why it was refused.
    pub fn accept<V>(&mut self, r: Result<V, DomainError>) -> Option<V> {
        r.map_err(|e| self.refuse(&e)).ok()
    }

    pub fn refuse(&mut self, e: &DomainError) {
        self.view.status = Some((StatusKind::Error, Message::Refused(e.clone())));
    }

    /// Is a text field taking the keys (so `q`, digits and `?` are typed)?
    pub fn in_field(&self) -> bool {
        let screen = self.focus_screen();
        (screen == Screen::Project && self.view.project.editing.is_some())
            || (screen == Screen::Indicators && self.view.indicators.editing.is_some())
    }

    /// Is the entry grid taking typed digits (so screens switch with Alt)?
    pub fn in_grid(&self) -> bool {
        self.shared.doc.is_some()
            && self.focus_screen() == Screen::Indicators
            && self.view.indicators.mode == indicators::Mode::Grid
    }

    pub fn autosave_due(&self, now_ms: u64) -> bool {
        let Some(doc) = &self.shared.doc else {
            return false;
        };
        if !doc.dirty || doc.read_only.is_some() || doc.path.is_none() {
            return false;
        }
        match &doc.save_error {
            Some((_, at)) => now_ms.saturating_sub(*at) >= RETRY_MS,
            None => now_ms.saturating_sub(doc.edited_ms) >= AUTOSAVE_MS,
        }
    }

    /// Commits whatever is being typed (an open card field, a member form) so
    /// that leaving on a hang-up or a signal keeps it.
    pub fn commit_pending(&mut self, env: &Env) {
        if self.in_field() {
            self.commit_field(env);
        }
        if let Some(Overlay::Form(form)) = self.view.overlays.last().cloned() {
            let _ = self.save_form(&form, env);
        }
        if self.view.indicators.editing.is_some() {
            let text = self
                .view
                .indicators
                .editing
                .as_ref()
                .map(|f| f.text().to_string());
            let text = text.unwrap_or_default();
            route!(self, env, indicators, |v, s| indicators::commit_cell(
                v, s, &text, false
            ));
        }
        self.flush_timer(env.now_ms);
    }

    /// The one entry point: an event in, effects out; what is derived from
    /// the workshop for drawing is brought up to date before the next frame.
    pub fn handle(&mut self, event: Event, env: &Env) -> Vec<Effect> {
        let effects = self.handle_event(event, env);
        self.refresh_derived();
        effects
    }

    /// What frames show that is derived from the workshop (the report
    /// preview, the dashboard's rows), computed here rather than in draw.
    pub fn refresh_derived(&mut self) {
        self.refresh_report_preview();
        self.refresh_dashboard_rows();
        self.refresh_find();
    }

    fn handle_event(&mut self, event: Event, env: &Env) -> Vec<Effect> {
        self.view.today = env.now.date();
        self.view.now_ms = env.now_ms;
        match event {
            Event::Resize(w, h) => {
                self.view.size = (w, h);
                Vec::new()
            }
            Event::Tick => {
                self.session_tick(env);
                Vec::new()
            }
            Event::Mouse(m) => self.wheel(m, env),
            Event::Click { target, double } => self.click(target, double, env),
            Event::Paste(text) => {
                if self.view.overlays.is_empty()
                    && self.view.find.as_ref().is_some_and(|f| f.typing)
                {
                    self.find_paste(&text, env);
                    return Vec::new();
                }
                if self.view.overlays.is_empty() && self.focus_screen() == Screen::Indicators {
                    let mut taken = false;
                    let (_, effects) = route!(self, env, indicators, |v, s| {
                        let out = indicators::paste(v, s, &text);
                        taken = out.is_some();
                        out.unwrap_or_default()
                    });
                    if taken {
                        return effects;
                    }
                }
                self.paste(&text);
                Vec::new()
            }
            Event::Key(key) => {
                if key != Key::ctrl('q') {
                    self.quit_armed = false;
                }
                self.view.status = None;
                self.key(key, env)
            }
        }
    }
}
