//! The keymap is data: one table of (context, key, action, description, hint).
//! The hint bar and the help overlay are generated from it.

use super::keys::{Key, KeyCode};
use crate::i18n::T;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ctx {
    /// Anywhere, even while typing in a field.
    Always,
    /// Anywhere except while typing in a field.
    OutsideField,
    Home,
    Project,
    Team,
    Diagnosis,
    Plans,
    Cycles,
    Indicators,
    Session,
    Report,
    /// While a text field has the keyboard.
    Field,
    /// In a form (besides its fields).
    Form,
    /// Typing a value into a cell of the entry grid.
    Grid,
    /// The diagnosis summary (over the board's keys).
    Summary,
    /// The team as a meeting's gathering step shows it (who is present).
    Gathering,
    /// A monitoring's objects of assessment and procedures on its card.
    Procedures,
    /// A monitoring's screen 5: its periods and the plan of internal control.
    Control,
    /// A project's innovation level and its history on the card.
    Levels,
    /// A project's card on its everyday use or a dissemination entry.
    Dissemination,
    /// Editing text in a field (a card field, a form's field, a cell).
    Text,
    /// The help overlay.
    HelpView,
    /// A message box.
    Notice,
    /// The offer of recovered work.
    Recovery,
    /// Someone else changed the workshop file.
    Conflict,
    /// A lock left by someone else.
    StaleLock,
    /// The file asked for does not exist.
    CreateAsk,
    /// A report would replace a file.
    Overwrite,
    /// The room's panel (F6 while serving).
    RoomPanel,
    /// A participant's own card (over the form's keys).
    OwnCard,
    /// Close the room for everyone?
    CloseRoomAsk,
    /// A teacher in the room (`ssh join@`).
    Participant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A participant's next language.
    Language,
    Quit,
    Save,
    Undo,
    Redo,
    Help,
    Screen(u8),
    NextField,
    PrevField,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    Cancel,
    Add,
    Edit,
    Delete,
    Toggle,
    /// In a field: commit it; in a form: save the form.
    Commit,
    Newline,
    Move,
    Cluster,
    Unmerge,
    NextAuthor,
    PrevAuthor,
    VoteUp,
    VoteDown,
    /// In the diagnosis summary: one dot more or fewer for each member.
    DotsMore,
    DotsFewer,
    /// At a meeting's gathering: the selected member present or absent.
    Presence,
    /// Editing text: the cursor and deleting.
    CharLeft,
    CharRight,
    LineStart,
    LineEnd,
    DeleteBack,
    DeleteForward,
    DeleteWordBack,
    /// Ctrl-U / Ctrl-K: delete to the start or the end of the line.
    KillToStart,
    KillToEnd,
    /// Ctrl or Alt with an arrow: a word back or on.
    WordLeft,
    WordRight,
    /// In a question: yes, or no.
    Yes,
    No,
    /// Recovered work: put it back, or throw it away.
    Restore,
    Discard,
    /// A conflict: open the file as someone else changed it.
    OpenTheirs,
    /// The room's panel, and closing the room.
    RoomPanel,
    CloseRoom,
    /// Close (or open again) the room's input for the marked step.
    CloseInput,
    /// Call everyone in the room to the marked step.
    Summon,
    Reveal,
    Anonymous,
    ViewMode,
    ToPlan,
    Steps,
    Sort,
    Filter,
    PlanYear,
    Workshop,
    AddSource,
    AddDisruption,
    Remedies,
    FollowUp,
    CarryOver,
    Pitfalls,
    RemoveSource,
    RemoveDisruption,
    Group,
    AddPeriod,
    AddGroup,
    /// Merge measurements from a spreadsheet.
    Import,
    /// Ctrl-C outside a field or a box: says how to quit.
    Interrupt,
    /// The home screen's prompt for a file's path.
    OpenPath,
    AddCriterion,
    Minutes,
    Note,
    Timer,
    Projector,
    /// The dashboard's "close" band: wider or narrower by 5 %.
    CloseWider,
    CloseNarrower,
}

pub struct Binding {
    pub ctx: Ctx,
    pub key: Key,
    pub action: Action,
    pub help: T,
    /// Shown in the hint bar (the first binding of an action per context).
    pub hint: bool,
}

const fn b(ctx: Ctx, key: Key, action: Action, help: T, hint: bool) -> Binding {
    Binding {
        ctx,
        key,
        action,
        help,
        hint,
    }
}

const fn k(code: KeyCode) -> Key {
    Key::plain(code)
}

use Action as A;
use Ctx as C;
use KeyCode as K;

#[rustfmt::skip]
pub static KEYMAP: &[Binding] = &[
    // Always
    b(C::Always, k(K::F(1)), A::Help, T::KeyHelp, true),
    b(C::Always, Key::ctrl('s'), A::Save, T::KeySave, false),
    b(C::Always, Key::ctrl('z'), A::Undo, T::KeyUndo, true),
    b(C::Always, Key::ctrl('y'), A::Redo, T::KeyRedo, false),
    b(C::Always, Key::ctrl('q'), A::Quit, T::KeyQuit, false),
    b(C::Always, Key::ctrl('c'), A::Interrupt, T::KeyInterrupt, false),
    b(C::Always, k(K::F(5)), A::Projector, T::KeyProjector, true),
    b(C::Always, k(K::F(6)), A::RoomPanel, T::KeyRoomPanel, false),
    b(C::Always, Key::alt(K::Char('3')), A::Screen(3), T::KeyScreen, false),
    b(C::Always, Key::alt(K::Char('4')), A::Screen(4), T::KeyScreen, false),
    b(C::Always, Key::alt(K::Char('1')), A::Screen(1), T::KeyScreen, false),
    b(C::Always, Key::alt(K::Char('2')), A::Screen(2), T::KeyScreen, false),
    b(C::Always, Key::alt(K::Char('5')), A::Screen(5), T::KeyScreen, false),
    b(C::Always, Key::alt(K::Char('6')), A::Screen(6), T::KeyScreen, false),
    b(C::Always, Key::alt(K::Char('7')), A::Screen(7), T::KeyScreen, false),
    b(C::Always, Key::alt(K::Char('8')), A::Screen(8), T::KeyScreen, false),
    // OutsideField
    b(C::OutsideField, Key::ch('?'), A::Help, T::KeyHelp, false),
    b(C::OutsideField, Key::ch('t'), A::Timer, T::KeyTimer, false),
    b(C::OutsideField, Key::ch('q'), A::Quit, T::KeyQuit, true),
    b(C::OutsideField, Key::ch('3'), A::Screen(3), T::KeyScreen, false),
    b(C::OutsideField, Key::ch('4'), A::Screen(4), T::KeyScreen, false),
    b(C::OutsideField, Key::ch('1'), A::Screen(1), T::KeyScreen, false),
    b(C::OutsideField, Key::ch('2'), A::Screen(2), T::KeyScreen, false),
    b(C::OutsideField, k(K::Tab), A::NextField, T::KeyNextField, false),
    b(C::OutsideField, k(K::BackTab), A::PrevField, T::KeyPrevField, false),
    b(C::OutsideField, k(K::Up), A::Up, T::KeyMove, true),
    b(C::OutsideField, k(K::Down), A::Down, T::KeyMove, false),
    b(C::OutsideField, Key::ch('k'), A::Up, T::KeyMove, false),
    b(C::OutsideField, Key::ch('j'), A::Down, T::KeyMove, false),
    b(C::OutsideField, k(K::PageUp), A::PageUp, T::KeyPageMove, false),
    b(C::OutsideField, k(K::PageDown), A::PageDown, T::KeyPageMove, false),
    b(C::OutsideField, k(K::Home), A::First, T::KeyFirstLast, false),
    b(C::OutsideField, k(K::End), A::Last, T::KeyFirstLast, false),
    b(C::OutsideField, Key::ch('5'), A::Screen(5), T::KeyScreen, false),
    b(C::OutsideField, Key::ch('6'), A::Screen(6), T::KeyScreen, false),
    b(C::OutsideField, Key::ch('7'), A::Screen(7), T::KeyScreen, false),
    b(C::OutsideField, Key::ch('8'), A::Screen(8), T::KeyScreen, false),
    // Home
    b(C::Home, k(K::Enter), A::Open, T::KeyOpen, true),
    b(C::Home, Key::ch('a'), A::Add, T::HomeNew, true),
    b(C::Home, Key::ch('o'), A::Sort, T::KeySortPortfolio, false),
    b(C::Home, Key::ch('f'), A::OpenPath, T::KeyOpenPath, false),
    // Project
    b(C::Project, k(K::Enter), A::Open, T::KeyOpen, true),
    b(C::Project, Key::ch('e'), A::Edit, T::KeyEdit, false),
    b(C::Project, Key::ch(' '), A::Toggle, T::KeyToggle, true),
    b(C::Project, Key::ch('a'), A::Add, T::KeyAddActivity, false),
    b(C::Project, Key::ch('d'), A::Delete, T::KeyDeleteActivity, false),
    b(C::Project, k(K::Left), A::Left, T::KeyChoice, false),
    b(C::Project, k(K::Right), A::Right, T::KeyChoice, false),
    b(C::Project, k(K::Esc), A::Cancel, T::KeyBackHome, false),
    b(C::Levels, Key::ch('a'), A::Add, T::KeyAddLevel, true),
    b(C::Levels, Key::ch('d'), A::Delete, T::KeyDelete, false),
    b(C::Dissemination, Key::ch('a'), A::Add, T::KeyAddDissemination, true),
    b(C::Dissemination, Key::ch('d'), A::Delete, T::KeyDelete, false),
    b(C::Procedures, Key::ch('a'), A::Add, T::KeyAddProcedure, true),
    b(C::Procedures, k(K::Enter), A::Open, T::KeyEdit, true),
    b(C::Procedures, Key::ch('d'), A::Delete, T::KeyDelete, true),
    // Team
    b(C::Team, Key::ch('a'), A::Add, T::KeyAdd, true),
    b(C::Team, Key::ch('e'), A::Edit, T::KeyEdit, true),
    b(C::Team, k(K::Enter), A::Edit, T::KeyEdit, false),
    b(C::Team, Key::ch('d'), A::Delete, T::KeyDelete, true),
    b(C::Team, k(K::Esc), A::Cancel, T::KeyBackHome, false),
    // Diagnosis
    b(C::Diagnosis, Key::ch('a'), A::Add, T::KeyAddItem, true),
    b(C::Diagnosis, Key::ch('n'), A::NextAuthor, T::KeyNextAuthor, true),
    b(C::Diagnosis, Key::ch('N'), A::PrevAuthor, T::KeyPrevAuthor, false),
    b(C::Diagnosis, Key::ch('e'), A::Edit, T::KeyEdit, false),
    b(C::Diagnosis, k(K::Enter), A::Edit, T::KeyEdit, false),
    b(C::Diagnosis, Key::ch('m'), A::Move, T::KeyMoveCategory, false),
    b(C::Diagnosis, Key::ch('d'), A::Delete, T::KeyDelete, false),
    b(C::Diagnosis, Key::ch(' '), A::Toggle, T::KeyMark, false),
    b(C::Diagnosis, Key::ch('c'), A::Cluster, T::KeyCluster, false),
    b(C::Diagnosis, Key::ch('u'), A::Unmerge, T::KeyUnmerge, false),
    b(C::Diagnosis, Key::ch('+'), A::VoteUp, T::KeyVote, true),
    b(C::Diagnosis, Key::ch('-'), A::VoteDown, T::KeyUnvote, false),
    // Gathering (the team at a meeting's first step)
    b(C::Gathering, Key::ch(' '), A::Presence, T::KeyPresence, true),
    // Summary (the diagnosis summary, over the board's keys)
    b(C::Summary, Key::ch('+'), A::DotsMore, T::KeyDotsMore, true),
    b(C::Summary, Key::ch('-'), A::DotsFewer, T::KeyDotsFewer, false),
    b(C::Diagnosis, Key::ch('r'), A::Reveal, T::KeyReveal, false),
    b(C::Diagnosis, Key::ch('h'), A::Anonymous, T::KeyAnonymous, false),
    b(C::Diagnosis, Key::ch('v'), A::ViewMode, T::KeyViewMode, false),
    b(C::Diagnosis, Key::ch('p'), A::ToPlan, T::KeyToPlan, true),
    b(C::Diagnosis, k(K::Esc), A::Cancel, T::KeyBackHome, false),
    // Cycles
    b(C::Cycles, Key::ch('a'), A::Add, T::KeyAddCycle, true),
    b(C::Cycles, Key::ch('y'), A::PlanYear, T::KeyPlanYear, true),
    b(C::Cycles, Key::ch('e'), A::Edit, T::KeyEditCycle, false),
    b(C::Cycles, k(K::Enter), A::Open, T::KeyPhaseNotes, true),
    b(C::Cycles, Key::ch(' '), A::Toggle, T::KeyPhaseStatus, true),
    b(C::Cycles, k(K::Left), A::Left, T::KeyPhase, false),
    b(C::Cycles, k(K::Right), A::Right, T::KeyPhase, false),
    b(C::Cycles, Key::ch('w'), A::Workshop, T::KeyWorkshop, false),
    b(C::Cycles, Key::ch('s'), A::AddSource, T::KeyAddSource, false),
    b(C::Cycles, Key::ch('x'), A::AddDisruption, T::KeyAddDisruption, false),
    b(C::Cycles, Key::ch('r'), A::Remedies, T::KeyRemedies, false),
    b(C::Cycles, Key::ch('f'), A::FollowUp, T::KeyFollowUp, false),
    b(C::Cycles, Key::ch('o'), A::CarryOver, T::KeyCarryOver, false),
    b(C::Cycles, Key::ch('k'), A::Pitfalls, T::KeyPitfalls, false),
    b(C::Cycles, Key::ch('S'), A::RemoveSource, T::KeyRemoveSource, false),
    b(C::Cycles, Key::ch('X'), A::RemoveDisruption, T::KeyRemoveDisruption, false),
    b(C::Cycles, Key::ch('d'), A::Delete, T::KeyDelete, false),
    b(C::Cycles, k(K::Esc), A::Cancel, T::KeyBackHome, false),
    // Indicators
    b(C::Indicators, k(K::Enter), A::Open, T::KeyOpenGrid, true),
    b(C::Indicators, Key::ch('v'), A::ViewMode, T::KeyGridView, true),
    b(C::Indicators, Key::ch('g'), A::Group, T::KeyGroup, true),
    b(C::Indicators, Key::ch('+'), A::CloseWider, T::KeyThresholdUp, false),
    b(C::Indicators, Key::ch('-'), A::CloseNarrower, T::KeyThresholdDown, false),
    b(C::Indicators, Key::ch('o'), A::Sort, T::KeySortIndicators, false),
    b(C::Indicators, Key::ch('f'), A::Filter, T::KeyFilterCriterion, false),
    b(C::Indicators, Key::ch('d'), A::Delete, T::KeyClearCell, false),
    b(C::Indicators, k(K::Delete), A::Delete, T::KeyClearCell, false),
    b(C::Indicators, k(K::Left), A::Left, T::KeyCellMove, false),
    b(C::Indicators, k(K::Right), A::Right, T::KeyCellMove, false),
    b(C::Indicators, k(K::Esc), A::Cancel, T::KeyGridBack, false),
    b(C::Indicators, Key::ch('a'), A::Add, T::KeyAddIndicator, true),
    b(C::Indicators, Key::ch('e'), A::Edit, T::KeyEditIndicator, false),
    b(C::Indicators, Key::ch('c'), A::AddCriterion, T::KeyAddCriterion, false),
    b(C::Indicators, Key::ch('p'), A::AddPeriod, T::KeyAddPeriod, false),
    b(C::Indicators, Key::ch('G'), A::AddGroup, T::KeyAddGroup, false),
    b(C::Indicators, Key::ch('i'), A::Import, T::KeyImportSheet, false),
    // Plans
    b(C::Plans, Key::ch('a'), A::Add, T::KeyAdd, true),
    b(C::Plans, Key::ch('e'), A::Edit, T::KeyEdit, true),
    b(C::Plans, k(K::Enter), A::Edit, T::KeyEdit, false),
    b(C::Plans, Key::ch('d'), A::Delete, T::KeyDelete, false),
    b(C::Plans, Key::ch(' '), A::Toggle, T::KeyStatus, true),
    b(C::Plans, Key::ch('s'), A::Steps, T::KeySteps, false),
    b(C::Plans, Key::ch('o'), A::Sort, T::KeySort, false),
    b(C::Plans, Key::ch('f'), A::Filter, T::KeyFilter, false),
    b(C::Plans, k(K::Left), A::Left, T::KeyPane, false),
    b(C::Plans, k(K::Right), A::Right, T::KeyPane, false),
    b(C::Plans, k(K::Esc), A::Cancel, T::KeyBackHome, false),
    // A monitoring's periods and plan of internal control
    b(C::Control, Key::ch('a'), A::Add, T::KeyAddControl, true),
    b(C::Control, Key::ch('e'), A::Edit, T::KeyEdit, true),
    b(C::Control, k(K::Enter), A::Edit, T::KeyEdit, false),
    b(C::Control, Key::ch(' '), A::Toggle, T::KeyControlDone, true),
    b(C::Control, Key::ch('d'), A::Delete, T::KeyDelete, false),
    b(C::Control, Key::ch('p'), A::AddPeriod, T::KeyAddPeriod, true),
    b(C::Control, k(K::Left), A::Left, T::KeyControlPane, false),
    b(C::Control, k(K::Right), A::Right, T::KeyControlPane, false),
    b(C::Control, k(K::Esc), A::Cancel, T::KeyBackHome, false),
    // Report
    b(C::Report, k(K::Enter), A::Open, T::KeyWriteReport, true),
    b(C::Report, Key::ch(' '), A::Toggle, T::KeyToggleOption, true),
    b(C::Report, k(K::Left), A::Left, T::KeyChoice, false),
    b(C::Report, k(K::Right), A::Right, T::KeyChoice, false),
    b(C::Report, k(K::PageUp), A::PageUp, T::KeyScrollPreview, true),
    b(C::Report, k(K::PageDown), A::PageDown, T::KeyScrollPreview, false),
    b(C::Report, k(K::Esc), A::Cancel, T::KeyBackHome, false),
    // Session
    b(C::Session, k(K::Enter), A::Open, T::KeyNextStep, true),
    b(C::Session, k(K::Tab), A::NextField, T::KeyWorkInStep, true),
    b(C::Session, Key::ch('t'), A::Timer, T::KeyTimer, true),
    b(C::Session, Key::ch('a'), A::Add, T::KeyNewSession, true),
    b(C::Session, Key::ch('n'), A::Note, T::KeyNote, true),
    b(C::Session, Key::ch('m'), A::Minutes, T::KeyMinutes, false),
    b(C::Session, Key::ch('e'), A::Edit, T::KeyEditSession, false),
    b(C::Session, Key::ch('d'), A::Delete, T::KeyDeleteSession, false),
    b(C::Session, k(K::Left), A::Left, T::KeySessionSwitch, false),
    b(C::Session, k(K::Right), A::Right, T::KeySessionSwitch, false),
    b(C::Session, k(K::PageUp), A::PageUp, T::KeyScrollMinutes, false),
    b(C::Session, k(K::PageDown), A::PageDown, T::KeyScrollMinutes, false),
    b(C::Session, k(K::Esc), A::Cancel, T::KeyBackHome, false),
    // Field
    b(C::Field, k(K::Enter), A::Commit, T::KeyCommit, true),
    b(C::Field, k(K::Esc), A::Cancel, T::KeyCancel, true),
    b(C::Field, Key::ctrl('c'), A::Cancel, T::KeyCancel, false),
    b(C::Field, Key::alt(K::Enter), A::Newline, T::KeyNewline, false),
    // Form
    // Grid (digits, comma, point and minus start a value in the cell)
    b(C::Grid, k(K::Enter), A::Commit, T::KeyGridCommit, true),
    b(C::Grid, k(K::Esc), A::Cancel, T::KeyGridLeave, true),
    b(C::Grid, Key::ctrl('c'), A::Cancel, T::KeyGridLeave, false),
    b(C::Grid, k(K::Down), A::Down, T::KeyGridMove, false),
    b(C::Grid, k(K::Up), A::Up, T::KeyGridMove, false),
    b(C::Grid, k(K::Tab), A::NextField, T::KeyGridMove, false),
    b(C::Grid, k(K::BackTab), A::PrevField, T::KeyGridMove, false),
    // Form
    b(C::Form, k(K::Tab), A::NextField, T::KeyNextField, true),
    b(C::Form, k(K::BackTab), A::PrevField, T::KeyPrevField, false),
    b(C::Form, k(K::Enter), A::Commit, T::KeySaveForm, true),
    b(C::Form, k(K::Esc), A::Cancel, T::KeyCancel, true),
    b(C::Form, Key::ctrl('c'), A::Cancel, T::KeyCancel, false),
    b(C::Form, Key::alt(K::Enter), A::Newline, T::KeyNewline, false),
    b(C::Form, k(K::Up), A::PrevField, T::KeyPrevField, false),
    b(C::Form, k(K::Down), A::NextField, T::KeyNextField, false),
    // Text (typed characters are inserted; these move and delete)
    b(C::Text, k(K::Left), A::CharLeft, T::KeyCursor, true),
    b(C::Text, k(K::Right), A::CharRight, T::KeyCursor, false),
    b(C::Text, k(K::Home), A::LineStart, T::KeyLineEnds, true),
    b(C::Text, k(K::End), A::LineEnd, T::KeyLineEnds, false),
    b(C::Text, Key::ctrl('a'), A::LineStart, T::KeyLineEnds, false),
    b(C::Text, Key::ctrl('e'), A::LineEnd, T::KeyLineEnds, false),
    b(C::Text, k(K::Backspace), A::DeleteBack, T::KeyDeleteChar, true),
    b(C::Text, k(K::Delete), A::DeleteForward, T::KeyDeleteChar, false),
    b(C::Text, Key::ctrl('w'), A::DeleteWordBack, T::KeyDeleteWord, true),
    b(C::Text, Key::alt(K::Backspace), A::DeleteWordBack, T::KeyDeleteWord, false),
    b(C::Text, Key::ctrl('u'), A::KillToStart, T::KeyKillToStart, false),
    b(C::Text, Key::ctrl('k'), A::KillToEnd, T::KeyKillToEnd, false),
    b(C::Text, Key::ctrl_code(K::Left), A::WordLeft, T::KeyWordMove, false),
    b(C::Text, Key::ctrl_code(K::Right), A::WordRight, T::KeyWordMove, false),
    b(C::Text, Key::alt(K::Left), A::WordLeft, T::KeyWordMove, false),
    b(C::Text, Key::alt(K::Right), A::WordRight, T::KeyWordMove, false),
    // HelpView
    b(C::HelpView, k(K::Down), A::Down, T::KeyScrollHelp, true),
    b(C::HelpView, Key::ch('j'), A::Down, T::KeyScrollHelp, false),
    b(C::HelpView, k(K::Up), A::Up, T::KeyScrollHelp, false),
    b(C::HelpView, Key::ch('k'), A::Up, T::KeyScrollHelp, false),
    b(C::HelpView, k(K::PageDown), A::PageDown, T::KeyPageMove, true),
    b(C::HelpView, Key::ch(' '), A::PageDown, T::KeyPageMove, false),
    b(C::HelpView, k(K::PageUp), A::PageUp, T::KeyPageMove, false),
    b(C::HelpView, k(K::Home), A::First, T::KeyFirstLast, false),
    b(C::HelpView, k(K::Esc), A::Cancel, T::KeyCloseHelp, true),
    b(C::HelpView, Key::ctrl('c'), A::Cancel, T::KeyCloseHelp, false),
    b(C::HelpView, k(K::F(1)), A::Cancel, T::KeyCloseHelp, false),
    b(C::HelpView, k(K::Enter), A::Cancel, T::KeyCloseHelp, false),
    b(C::HelpView, Key::ch('?'), A::Cancel, T::KeyCloseHelp, false),
    b(C::HelpView, Key::ch('q'), A::Cancel, T::KeyCloseHelp, false),
    // Notice
    b(C::Notice, k(K::Esc), A::Cancel, T::KeyClose, true),
    b(C::Notice, Key::ctrl('c'), A::Cancel, T::KeyClose, false),
    b(C::Notice, k(K::Enter), A::Cancel, T::KeyClose, false),
    // Recovery
    b(C::Recovery, Key::ch('r'), A::Restore, T::KeyRestore, true),
    b(C::Recovery, Key::ch('d'), A::Discard, T::KeyDiscard, true),
    b(C::Recovery, k(K::Esc), A::Cancel, T::KeyDecideLater, true),
    // Conflict
    b(C::Conflict, Key::ch('r'), A::OpenTheirs, T::KeyOpenTheirs, true),
    b(C::Conflict, k(K::Esc), A::Cancel, T::KeyGoOnWithYours, true),
    b(C::Conflict, k(K::Enter), A::Cancel, T::KeyGoOnWithYours, false),
    // StaleLock
    b(C::StaleLock, Key::ch('y'), A::Yes, T::KeyTakeOver, true),
    b(C::StaleLock, k(K::Esc), A::No, T::KeyStayReadOnly, true),
    b(C::StaleLock, Key::ch('n'), A::No, T::KeyStayReadOnly, false),
    // CreateAsk
    b(C::CreateAsk, Key::ch('y'), A::Yes, T::KeyCreate, true),
    b(C::CreateAsk, k(K::Enter), A::Yes, T::KeyCreate, false),
    b(C::CreateAsk, k(K::Esc), A::No, T::KeyBack, true),
    b(C::CreateAsk, Key::ch('n'), A::No, T::KeyBack, false),
    // Overwrite
    b(C::Overwrite, Key::ch('y'), A::Yes, T::KeyReplace, true),
    b(C::Overwrite, k(K::Esc), A::No, T::KeyKeepIt, true),
    b(C::Overwrite, Key::ch('n'), A::No, T::KeyKeepIt, false),
    // OwnCard
    b(C::OwnCard, k(K::Tab), A::NextField, T::KeyAnotherCategory, true),
    b(C::OwnCard, k(K::Enter), A::Commit, T::KeyAddCard, true),
    b(C::OwnCard, k(K::Esc), A::Cancel, T::KeyCancel, true),
    b(C::OwnCard, Key::ctrl('c'), A::Cancel, T::KeyCancel, false),
    // RoomPanel
    b(C::RoomPanel, k(K::Up), A::Up, T::KeyMove, true),
    b(C::RoomPanel, k(K::Down), A::Down, T::KeyMove, false),
    b(C::RoomPanel, Key::ch('x'), A::Delete, T::KeyRoomRemove, true),
    b(C::RoomPanel, Key::ch('c'), A::CloseRoom, T::KeyCloseRoom, true),
    b(C::RoomPanel, Key::ch('i'), A::CloseInput, T::KeyCloseInput, true),
    b(C::RoomPanel, Key::ch('s'), A::Summon, T::KeySummon, true),
    b(C::RoomPanel, k(K::Esc), A::Cancel, T::KeyClose, true),
    b(C::RoomPanel, Key::ctrl('c'), A::Cancel, T::KeyClose, false),
    // CloseRoomAsk
    b(C::CloseRoomAsk, Key::ch('y'), A::Yes, T::KeyCloseRoomYes, true),
    b(C::CloseRoomAsk, k(K::Esc), A::No, T::KeyKeepOpen, true),
    b(C::CloseRoomAsk, Key::ch('n'), A::No, T::KeyKeepOpen, false),
    // Participant (what a teacher in the room may do)
    b(C::Participant, Key::ch('a'), A::Add, T::KeyOwnAdd, true),
    b(C::Participant, Key::ch('e'), A::Edit, T::KeyOwnEdit, true),
    b(C::Participant, k(K::Enter), A::Edit, T::KeyOwnEdit, false),
    b(C::Participant, Key::ch('d'), A::Delete, T::KeyOwnDelete, true),
    b(C::Participant, Key::ch('+'), A::VoteUp, T::KeyOwnDot, true),
    b(C::Participant, Key::ch('-'), A::VoteDown, T::KeyUnvote, true),
    b(C::Participant, Key::ch(' '), A::Toggle, T::KeyOwnDone, true),
    b(C::Participant, Key::ch('g'), A::Group, T::KeyOwnGroup, true),
    b(C::Participant, k(K::Up), A::Up, T::KeyMove, false),
    b(C::Participant, k(K::Down), A::Down, T::KeyMove, false),
    b(C::Participant, Key::ch('k'), A::Up, T::KeyMove, false),
    b(C::Participant, Key::ch('j'), A::Down, T::KeyMove, false),
    b(C::Participant, k(K::PageUp), A::PageUp, T::KeyPageMove, false),
    b(C::Participant, k(K::PageDown), A::PageDown, T::KeyPageMove, false),
    b(C::Participant, k(K::Home), A::First, T::KeyFirstLast, false),
    b(C::Participant, k(K::End), A::Last, T::KeyFirstLast, false),
    b(C::Participant, k(K::Tab), A::NextField, T::KeyNextField, false),
    b(C::Participant, k(K::BackTab), A::PrevField, T::KeyPrevField, false),
    b(C::Participant, k(K::Left), A::Left, T::KeyPane, false),
    b(C::Participant, k(K::Right), A::Right, T::KeyPane, false),
    b(C::Participant, Key::ctrl('z'), A::Undo, T::KeyUndoOwn, false),
    b(C::Participant, Key::ctrl('y'), A::Redo, T::KeyRedo, false),
    b(C::Participant, Key::ch('l'), A::Language, T::KeyLanguage, true),
    b(C::Participant, Key::ch('q'), A::Quit, T::KeyLeave, true),
];

/// The overlays' contexts, for the help.
pub const OVERLAYS: [Ctx; 9] = [
    Ctx::Notice,
    Ctx::Recovery,
    Ctx::Conflict,
    Ctx::StaleLock,
    Ctx::CreateAsk,
    Ctx::Overwrite,
    Ctx::RoomPanel,
    Ctx::CloseRoomAsk,
    Ctx::OwnCard,
];

/// The contexts active for a screen, most specific first.
pub fn contexts(screen: Ctx, in_field: bool) -> Vec<Ctx> {
    if in_field {
        vec![Ctx::Field, Ctx::Always]
    } else {
        vec![screen, Ctx::Always, Ctx::OutsideField]
    }
}

/// The action for a key in the given contexts (first match wins).
pub fn resolve(ctxs: &[Ctx], key: Key) -> Option<Action> {
    ctxs.iter().find_map(|&ctx| {
        KEYMAP
            .iter()
            .find(|bd| bd.ctx == ctx && bd.key == key)
            .map(|bd| bd.action)
    })
}

/// The bindings of one context, in table order.
pub fn bindings(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    KEYMAP.iter().filter(move |bd| bd.ctx == ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_chord_is_bound_twice_where_both_could_fire() {
        let mut seen = HashSet::new();
        for bd in KEYMAP {
            assert!(
                seen.insert((bd.ctx, bd.key)),
                "{:?} bound twice in {:?}",
                bd.key,
                bd.ctx
            );
        }
        // A screen binding may not shadow an always-on one.
        for bd in KEYMAP.iter().filter(|b| {
            !matches!(
                b.ctx,
                C::Always
                    | C::OutsideField
                    | C::Field
                    | C::Form
                    | C::Grid
                    | C::Summary
                    | C::Gathering
                    | C::Text
                    | C::HelpView
                    | C::Notice
                    | C::Recovery
                    | C::Conflict
                    | C::StaleLock
                    | C::CreateAsk
                    | C::Overwrite
                    | C::RoomPanel
                    | C::OwnCard
                    | C::CloseRoomAsk
                    | C::Participant
            )
        }) {
            assert!(
                !KEYMAP.iter().any(|g| g.ctx == C::Always && g.key == bd.key),
                "{:?} in {:?} shadows a global key",
                bd.key,
                bd.ctx
            );
        }
    }

    #[test]
    fn every_box_says_its_keys_and_can_be_left_with_esc() {
        for ctx in OVERLAYS
            .iter()
            .chain(&[C::HelpView, C::Form, C::Field, C::Grid])
        {
            assert!(bindings(*ctx).any(|b| b.hint), "{ctx:?} shows no keys");
            let esc = resolve(&[*ctx], k(K::Esc));
            assert!(
                matches!(esc, Some(A::Cancel | A::No)),
                "Esc in {ctx:?} is {esc:?}"
            );
        }
        // Typing keys are listed too (the help shows them).
        assert_eq!(resolve(&[C::Text], Key::ctrl('w')), Some(A::DeleteWordBack));
        assert_eq!(resolve(&[C::Text], k(K::Home)), Some(A::LineStart));
    }

    #[test]
    fn screen_keys_win_over_global_ones() {
        let ctxs = contexts(C::Team, false);
        assert_eq!(resolve(&ctxs, Key::ch('a')), Some(A::Add));
        assert_eq!(resolve(&ctxs, Key::ch('q')), Some(A::Quit));
        assert_eq!(resolve(&contexts(C::Project, true), Key::ch('q')), None);
        assert_eq!(
            resolve(&contexts(C::Project, true), Key::ctrl('q')),
            Some(A::Quit)
        );
    }
}
