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
    /// Typing what `/` looks for.
    Find,
    /// After a search: its next and previous match.
    Found,
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
    /// `/`: find in the list shown; its next and previous match.
    Find,
    FindNext,
    FindPrev,
}

#[derive(Debug, Clone, Copy, PartialEq)]
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
    b(C::OutsideField, Key::ch('/'), A::Find, T::KeyFind, false),
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
    // Find (typing what `/` looks for; typed characters go into it)
    b(C::Find, k(K::Enter), A::Commit, T::KeyFindKeep, true),
    b(C::Find, k(K::Esc), A::Cancel, T::KeyFindBack, true),
    b(C::Find, Key::ctrl('c'), A::Cancel, T::KeyFindBack, false),
    b(C::Find, k(K::Down), A::FindNext, T::KeyFindNext, true),
    b(C::Find, k(K::Tab), A::FindNext, T::KeyFindNext, false),
    b(C::Find, Key::ctrl('n'), A::FindNext, T::KeyFindNext, false),
    b(C::Find, k(K::Up), A::FindPrev, T::KeyFindPrev, true),
    b(C::Find, k(K::BackTab), A::FindPrev, T::KeyFindPrev, false),
    b(C::Find, Key::ctrl('p'), A::FindPrev, T::KeyFindPrev, false),
    // Found (after Enter: over the screen's keys until Esc)
    b(C::Found, Key::ch('n'), A::FindNext, T::KeyFindNext, true),
    b(C::Found, Key::ch('N'), A::FindPrev, T::KeyFindPrev, true),
    b(C::Found, k(K::Esc), A::Cancel, T::KeyFindEnd, true),
    b(C::Found, Key::ch('/'), A::Find, T::KeyFind, false),
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
        table()
            .iter()
            .find(|bd| bd.ctx == ctx && bd.key == key)
            .map(|bd| bd.action)
    })
}

/// The bindings of one context, in table order.
pub fn bindings(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    table().iter().filter(move |bd| bd.ctx == ctx)
}

/// The keys in use: the table above, with the user's changes once installed.
static ACTIVE: std::sync::OnceLock<Vec<Binding>> = std::sync::OnceLock::new();

fn table() -> &'static [Binding] {
    ACTIVE.get().map_or(KEYMAP, Vec::as_slice)
}

/// From now on the keys are these (the user's `keys.ron` applied by
/// `changed`). Set once, before the first frame; later calls are ignored.
pub fn install(bindings: Vec<Binding>) {
    let _ = ACTIVE.set(bindings);
}

/// Where typing goes: a plain character cannot be a key there.
const TYPING: [Ctx; 6] = [
    Ctx::Field,
    Ctx::Form,
    Ctx::Text,
    Ctx::Grid,
    Ctx::Find,
    Ctx::OwnCard,
];

/// Every context, for its name in `keys.ron`.
const CONTEXTS: [Ctx; 34] = [
    Ctx::Always,
    Ctx::OutsideField,
    Ctx::Home,
    Ctx::Project,
    Ctx::Team,
    Ctx::Diagnosis,
    Ctx::Plans,
    Ctx::Cycles,
    Ctx::Indicators,
    Ctx::Session,
    Ctx::Report,
    Ctx::Field,
    Ctx::Form,
    Ctx::Grid,
    Ctx::Summary,
    Ctx::Gathering,
    Ctx::Procedures,
    Ctx::Control,
    Ctx::Levels,
    Ctx::Dissemination,
    Ctx::Text,
    Ctx::HelpView,
    Ctx::Notice,
    Ctx::Recovery,
    Ctx::Conflict,
    Ctx::StaleLock,
    Ctx::CreateAsk,
    Ctx::Overwrite,
    Ctx::RoomPanel,
    Ctx::OwnCard,
    Ctx::CloseRoomAsk,
    Ctx::Participant,
    Ctx::Find,
    Ctx::Found,
];

/// A name as `keys.ron` writes it: `NextField` → `next_field`,
/// `Screen(3)` → `screen_3`.
fn snake(debug: &str) -> String {
    let mut out = String::new();
    for c in debug.chars() {
        match c {
            '(' => out.push('_'),
            ')' => {}
            c if c.is_ascii_uppercase() => {
                if !out.is_empty() {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
            }
            c => out.push(c),
        }
    }
    out
}

pub fn ctx_name(c: Ctx) -> String {
    snake(&format!("{c:?}"))
}

pub fn action_name(a: Action) -> String {
    snake(&format!("{a:?}"))
}

/// A key as a person writes it: `x`, `X`, `/`, `ctrl-x`, `alt-1`, `F5`,
/// `enter`, `esc`, `tab`, `shift-tab`, `space`, `up`, `pgdn`, `ctrl-left`
/// (any case; `+` as well as `-`); also as the help writes it (`Ctrl-Z`,
/// `↑`, `PgUp`).
pub fn parse_key(text: &str) -> Option<Key> {
    let t = text.trim();
    if t.chars().count() == 1 && !matches!(t, "←" | "→" | "↑" | "↓") {
        return t.chars().next().map(Key::ch);
    }
    let (mut ctrl, mut alt) = (false, false);
    let mut rest = t;
    loop {
        let lower = rest.to_lowercase();
        let cut = ["ctrl-", "ctrl+", "c-"]
            .iter()
            .find(|p| lower.starts_with(**p))
            .map(|p| (p.len(), true))
            .or_else(|| {
                ["alt-", "alt+", "a-", "m-"]
                    .iter()
                    .find(|p| lower.starts_with(**p))
                    .map(|p| (p.len(), false))
            });
        match cut {
            Some((n, is_ctrl)) if rest.len() > n => {
                if is_ctrl {
                    ctrl = true;
                } else {
                    alt = true;
                }
                rest = &rest[n..];
            }
            _ => break,
        }
    }
    let code = if rest.chars().count() == 1 && !matches!(rest, "←" | "→" | "↑" | "↓") {
        let c = rest.chars().next()?;
        KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
    } else {
        match rest.to_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "shift-tab" | "shift+tab" | "backtab" => KeyCode::BackTab,
            "backspace" | "bs" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "left" | "←" => KeyCode::Left,
            "right" | "→" => KeyCode::Right,
            "up" | "↑" => KeyCode::Up,
            "down" | "↓" => KeyCode::Down,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pgup" | "pageup" | "page-up" => KeyCode::PageUp,
            "pgdn" | "pagedown" | "page-down" => KeyCode::PageDown,
            "space" => KeyCode::Char(' '),
            f if f.starts_with('f') => {
                let n: u8 = f[1..].parse().ok()?;
                if !(1..=12).contains(&n) {
                    return None;
                }
                KeyCode::F(n)
            }
            _ => return None,
        }
    };
    Some(Key { code, ctrl, alt })
}

/// The table with the user's changes (`keys.ron`), and what was not taken,
/// said plainly. An action's new keys
/// replace its old ones in each context it has keys in (or the one named);
/// a participant's keys are the room's and stay as they are.
pub fn changed(
    base: &[Binding],
    changes: &[crate::store::config::KeyChange],
) -> (Vec<Binding>, Vec<String>) {
    let mut table = base.to_vec();
    let mut notes = Vec::new();
    let mut actions: Vec<Action> = Vec::new();
    for b in base {
        if !actions.contains(&b.action) {
            actions.push(b.action);
        }
    }
    for ch in changes {
        let ctx = match &ch.context {
            None => None,
            Some(name) => match CONTEXTS.iter().find(|c| ctx_name(**c) == *name) {
                Some(c) => Some(*c),
                None => {
                    notes.push(format!("no place called \"{name}\""));
                    continue;
                }
            },
        };
        let Some(action) = actions
            .iter()
            .copied()
            .find(|a| action_name(*a) == ch.action)
        else {
            notes.push(format!("no action called \"{}\"", ch.action));
            continue;
        };
        let keys: Vec<Option<Key>> = ch.keys.iter().map(|k| parse_key(k)).collect();
        if let Some(bad) = ch.keys.iter().zip(&keys).find(|(_, k)| k.is_none()) {
            notes.push(format!(
                "{}: \"{}\" is not a key",
                ch.action,
                crate::text::visible(bad.0)
            ));
            continue;
        }
        let keys: Vec<Key> = keys.into_iter().flatten().collect();
        if keys.is_empty() {
            notes.push(format!("{}: at least one key is needed", ch.action));
            continue;
        }
        let mut ctxs: Vec<Ctx> = Vec::new();
        for b in base {
            let wanted = ctx.map_or(b.ctx != Ctx::Participant, |c| c == b.ctx);
            if b.action == action && wanted && !ctxs.contains(&b.ctx) {
                ctxs.push(b.ctx);
            }
        }
        if ctxs.is_empty() {
            let place = ctx.map(ctx_name).unwrap_or_default();
            notes.push(format!("{}: no keys in {place} to change", ch.action));
            continue;
        }
        for c in ctxs {
            let usable: Vec<Key> = keys
                .iter()
                .copied()
                .filter(|k| !(TYPING.contains(&c) && k.typed_char().is_some()))
                .collect();
            if usable.len() < keys.len() {
                notes.push(format!(
                    "{}: a plain character is typing in {}, not a key",
                    ch.action,
                    ctx_name(c)
                ));
            }
            if usable.is_empty() {
                continue;
            }
            let Some(first) = table.iter().position(|b| b.ctx == c && b.action == action) else {
                continue;
            };
            let (help, hint) = (table[first].help, table[first].hint);
            table.retain(|b| !(b.ctx == c && b.action == action));
            let mut at = first;
            for (i, key) in usable.iter().enumerate() {
                // A key another action had here is this one's now (the
                // help shows which keys are whose).
                if let Some(pos) = table.iter().position(|b| b.ctx == c && b.key == *key) {
                    table.remove(pos);
                    if pos < at {
                        at -= 1;
                    }
                }
                table.insert(
                    at.min(table.len()),
                    Binding {
                        ctx: c,
                        key: *key,
                        action,
                        help,
                        hint: hint && i == 0,
                    },
                );
                at += 1;
            }
        }
    }
    (table, notes)
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
                    | C::Find
                    | C::Found
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
        for ctx in
            OVERLAYS
                .iter()
                .chain(&[C::HelpView, C::Form, C::Field, C::Grid, C::Find, C::Found])
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

    fn change(
        context: Option<&str>,
        action: &str,
        keys: &[&str],
    ) -> crate::store::config::KeyChange {
        crate::store::config::KeyChange {
            context: context.map(str::to_string),
            action: action.to_string(),
            keys: keys.iter().map(|k| k.to_string()).collect(),
        }
    }

    fn resolve_in(table: &[Binding], ctxs: &[Ctx], key: Key) -> Option<Action> {
        ctxs.iter().find_map(|&ctx| {
            table
                .iter()
                .find(|bd| bd.ctx == ctx && bd.key == key)
                .map(|bd| bd.action)
        })
    }

    #[test]
    fn keys_are_read_as_people_write_them() {
        assert_eq!(parse_key("x"), Some(Key::ch('x')));
        assert_eq!(parse_key("X"), Some(Key::ch('X')));
        assert_eq!(parse_key("/"), Some(Key::ch('/')));
        assert_eq!(parse_key("ctrl-x"), Some(Key::ctrl('x')));
        assert_eq!(parse_key("Ctrl-X"), Some(Key::ctrl('x')));
        assert_eq!(parse_key("C-x"), Some(Key::ctrl('x')));
        assert_eq!(parse_key("alt-1"), Some(Key::alt(K::Char('1'))));
        assert_eq!(parse_key("F5"), Some(k(K::F(5))));
        assert_eq!(parse_key("f12"), Some(k(K::F(12))));
        assert_eq!(parse_key("Shift-Tab"), Some(k(K::BackTab)));
        assert_eq!(parse_key("space"), Some(Key::ch(' ')));
        assert_eq!(parse_key("PgDn"), Some(k(K::PageDown)));
        assert_eq!(parse_key("↑"), Some(k(K::Up)));
        assert_eq!(parse_key("ctrl-left"), Some(Key::ctrl_code(K::Left)));
        for bad in ["", "ctrl-", "f13", "hyper-x", "enterr"] {
            assert_eq!(parse_key(bad), None, "{bad}");
        }
        // Every key of the table reads back from its label.
        for b in KEYMAP {
            assert_eq!(parse_key(&b.key.label()), Some(b.key), "{:?}", b.key);
        }
    }

    #[test]
    fn names_in_keys_ron_are_snake_case() {
        assert_eq!(action_name(A::NextField), "next_field");
        assert_eq!(action_name(A::Screen(3)), "screen_3");
        assert_eq!(ctx_name(C::OutsideField), "outside_field");
        let mut seen = HashSet::new();
        for c in CONTEXTS {
            assert!(seen.insert(ctx_name(c)), "{c:?} twice");
        }
        for b in KEYMAP {
            assert!(CONTEXTS.contains(&b.ctx), "{:?} has no name", b.ctx);
        }
    }

    #[test]
    fn a_changed_key_replaces_the_old_one_where_the_action_is() {
        let (t, notes) = changed(KEYMAP, &[change(None, "add", &["n"])]);
        let team = contexts(C::Team, false);
        assert_eq!(resolve_in(&t, &team, Key::ch('n')), Some(A::Add));
        assert_eq!(
            resolve_in(&t, &team, Key::ch('a')),
            None,
            "the old key is free"
        );
        // Everywhere `add` had a key; a participant's keys are the room's.
        let plans = contexts(C::Plans, false);
        assert_eq!(resolve_in(&t, &plans, Key::ch('n')), Some(A::Add));
        assert_eq!(
            resolve_in(&t, &[C::Participant], Key::ch('a')),
            Some(A::Add)
        );
        // On the board n was the next author: it is add's now.
        let board = contexts(C::Diagnosis, false);
        assert_eq!(resolve_in(&t, &board, Key::ch('n')), Some(A::Add));
        assert!(
            !t.iter().any(|b| b.ctx == C::Diagnosis
                && b.action == A::NextAuthor
                && b.key == Key::ch('n'))
        );
        assert!(notes.is_empty(), "{notes:?}");
        // The hint keeps its place, with the new key.
        let hint = t
            .iter()
            .find(|b| b.ctx == C::Team && b.action == A::Add)
            .unwrap();
        assert!(hint.hint && hint.key == Key::ch('n'));
    }

    #[test]
    fn a_change_in_one_place_and_bad_entries_said_and_skipped() {
        let (t, notes) = changed(
            KEYMAP,
            &[
                change(Some("plans"), "delete", &["x", "Delete"]),
                change(None, "quit", &["ctrl-x"]),
                change(None, "fly", &["f"]),
                change(Some("garden"), "add", &["g"]),
                change(None, "save", &["ctrl-"]),
                change(None, "help", &[]),
                change(Some("field"), "commit", &["x"]),
            ],
        );
        let plans = contexts(C::Plans, false);
        assert_eq!(resolve_in(&t, &plans, Key::ch('x')), Some(A::Delete));
        assert_eq!(resolve_in(&t, &plans, k(K::Delete)), Some(A::Delete));
        let team = contexts(C::Team, false);
        assert_eq!(
            resolve_in(&t, &team, Key::ch('d')),
            Some(A::Delete),
            "only on screen 4"
        );
        assert_eq!(resolve_in(&t, &team, Key::ctrl('x')), Some(A::Quit));
        assert_eq!(resolve_in(&t, &team, Key::ch('q')), None);
        assert_eq!(
            resolve_in(&t, &team, Key::ctrl('s')),
            Some(A::Save),
            "a bad key changes nothing"
        );
        assert_eq!(resolve_in(&t, &[C::Always], k(K::F(1))), Some(A::Help));
        // Typing an x in a field stays typing.
        assert_eq!(resolve_in(&t, &[C::Field], Key::ch('x')), None);
        assert_eq!(resolve_in(&t, &[C::Field], k(K::Enter)), Some(A::Commit));
        for what in [
            "\"fly\"",
            "\"garden\"",
            "\"ctrl-\"",
            "at least one key",
            "typing in field",
        ] {
            assert!(notes.iter().any(|n| n.contains(what)), "{what}: {notes:?}");
        }
        // Without changes the table is the built-in one.
        assert_eq!(changed(KEYMAP, &[]).0, KEYMAP.to_vec());
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
