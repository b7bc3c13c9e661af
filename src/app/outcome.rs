//! What a screen's `update` may read besides its own view (`Seen`), and what it
//! returns for the router to do (`Outcome`): an edit to commit, what to say
//! once it holds, a form to open, a focus request, effects for the runtime.
//! A screen never reaches the workshop's history, another screen's view or
//! the status line itself.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};

use super::focus::FocusRequest;
use super::{Effect, Message, Overlay, StatusKind};
use crate::domain::{DomainError, Edit, Id, Language, Workshop};
use crate::i18n::Words;

/// The world as a screen's update sees it: the workshop (read-only), the
/// viewer's language, the date and the clock.
#[derive(Debug, Clone, Copy)]
pub struct Seen<'a> {
    pub w: &'a Workshop,
    pub lang: Language,
    pub today: NaiveDate,
    pub now: NaiveDateTime,
    pub now_ms: u64,
    /// The file cannot be written here: edits and forms are refused.
    pub read_only: bool,
    /// The workshop's file, if it has one.
    pub path: Option<&'a Path>,
}

impl Seen<'_> {
    pub fn t(&self, key: impl crate::i18n::Texts) -> &'static str {
        crate::i18n::t(self.lang, key)
    }
}

/// Done to the screen's own view once its edit holds (e.g. keep the
/// selection on the item just added).
pub type Then<V> = Box<dyn FnOnce(&mut V, &Workshop)>;

/// What the meeting's step timer does after a screen's edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerOp {
    /// The marker moved to `step`: the time so far goes to the step it was
    /// on, and a running timer runs on with the marker (or stops when the
    /// meeting is finished).
    Advance {
        session: Id,
        step: usize,
        finished: bool,
    },
    /// Another meeting is shown: a timer on a different one stops.
    Select(Id),
    /// The meeting was deleted: its timer goes.
    Forget(Id),
}

/// What one update asks of the router.
pub struct Outcome<V> {
    /// The change to the workshop, committed by the router (in a meeting with
    /// its minutes, as one undo step).
    pub edit: Option<Edit>,
    /// The edit is the meeting's own record (its marker, its minutes): it
    /// brings no further line into the minutes.
    pub plain: bool,
    /// What the meeting's step timer (one for the room) does once the edit holds.
    pub timer: Option<TimerOp>,
    /// The view's own follow-up, run only when the edit holds.
    pub then: Option<Then<V>>,
    /// What the status line says: after the edit holds, or at once without one.
    pub say: Option<(StatusKind, Message)>,
    /// Nothing was done (a form stays open).
    pub refused: bool,
    /// An overlay to open (a form is refused while the file is read-only).
    pub overlay: Option<Box<Overlay>>,
    /// Another screen's view made ready (a meeting's step at work there).
    pub focus: Option<FocusRequest>,
    pub effects: Vec<Effect>,
}

impl<V> Default for Outcome<V> {
    fn default() -> Self {
        Outcome {
            edit: None,
            plain: false,
            timer: None,
            then: None,
            say: None,
            refused: false,
            overlay: None,
            focus: None,
            effects: Vec::new(),
        }
    }
}

impl<V> Outcome<V> {
    /// Nothing to do beyond what the update did to its own view.
    pub fn none() -> Self {
        Self::default()
    }

    pub fn edit(edit: Edit) -> Self {
        Outcome {
            edit: Some(edit),
            ..Self::default()
        }
    }

    /// An edit to the meeting's own record (no further minutes).
    pub fn plain(edit: Edit) -> Self {
        Outcome {
            edit: Some(edit),
            plain: true,
            ..Self::default()
        }
    }

    /// A refusal from the domain: nothing done, and why.
    pub fn refused(e: DomainError) -> Self {
        Outcome {
            say: Some((StatusKind::Error, Message::Refused(e))),
            refused: true,
            ..Self::default()
        }
    }

    /// A warning: something was not done, and why.
    pub fn warn(key: impl Into<Words>, args: &[(&'static str, &str)]) -> Self {
        Outcome {
            say: Some((StatusKind::Error, Message::text(key, args))),
            ..Self::default()
        }
    }

    /// Something said, and nothing else.
    pub fn info(key: impl Into<Words>, args: &[(&'static str, &str)]) -> Self {
        Self::none().saying(key, args)
    }

    pub fn open(overlay: Overlay) -> Self {
        Outcome {
            overlay: Some(Box::new(overlay)),
            ..Self::default()
        }
    }

    pub fn effect(effect: Effect) -> Self {
        Outcome {
            effects: vec![effect],
            ..Self::default()
        }
    }

    /// Says this once the edit holds (or at once, without an edit).
    pub fn saying(mut self, key: impl Into<Words>, args: &[(&'static str, &str)]) -> Self {
        self.say = Some((StatusKind::Info, Message::text(key, args)));
        self
    }

    pub fn then(mut self, f: impl FnOnce(&mut V, &Workshop) + 'static) -> Self {
        self.then = Some(Box::new(f));
        self
    }

    pub fn focus(mut self, req: FocusRequest) -> Self {
        self.focus = Some(req);
        self
    }

    pub fn focused(mut self, req: Option<FocusRequest>) -> Self {
        self.focus = req;
        self
    }

    pub fn timer(mut self, op: TimerOp) -> Self {
        self.timer = Some(op);
        self
    }

    /// The same outcome for a view that holds this one (a screen's part
    /// handled by its own module).
    pub fn lift<W: 'static>(self, part: fn(&mut W) -> &mut V) -> Outcome<W>
    where
        V: 'static,
    {
        Outcome {
            edit: self.edit,
            plain: self.plain,
            timer: self.timer,
            then: self
                .then
                .map(|f| -> Then<W> { Box::new(move |w, ws| f(part(w), ws)) }),
            say: self.say,
            refused: self.refused,
            overlay: self.overlay,
            focus: self.focus,
            effects: self.effects,
        }
    }
}

/// The value of a domain result, or its refusal returned from the update.
macro_rules! accept {
    ($r:expr) => {
        match $r {
            Ok(v) => v,
            Err(e) => return $crate::app::outcome::Outcome::refused(e),
        }
    };
}
pub(crate) use accept;
