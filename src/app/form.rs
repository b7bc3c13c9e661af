//! A form overlay: a few fields (text or a choice), Tab between them, Enter to
//! save with defaults for what was not touched, Esc to cancel.

use super::keymap::Action;
use super::keys::{Key, KeyCode};
use super::text_field::TextField;
use crate::domain::{Id, Phase, PlanKind};
use crate::i18n::{T, Words};

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Text(TextField),
    /// One of a few options, named in the interface language.
    Choice {
        selected: usize,
        options: Vec<String>,
    },
    /// A tick on one line (checklists).
    Toggle(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub struct FormField {
    pub label: Words,
    pub input: Input,
    /// Shown instead of the label's text (labels that are not catalogue keys).
    pub caption: Option<String>,
}

/// What the form is for, so the app knows what saving it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    NewMember,
    /// A member, by id (a position could move under the form when another
    /// viewer adds or deletes someone meanwhile).
    EditMember(Id),
    NewWorkshop,
    NewActivity,
    EditActivity(Id),
    /// An entry of the innovation level's history.
    NewLevel,
    EditLevel(Id),
    /// An entry of where a project's novelty is passed on.
    NewDissemination,
    EditDissemination(Id),
    /// An entry of a monitoring's plan of internal control.
    NewControl,
    EditControl(Id),
    /// A monitoring's procedure (its object is chosen in the form).
    NewProcedure,
    EditProcedure(Id),
    NewItem,
    EditItem(Id),
    /// A participant's own card: the text, then its category (Tab changes
    /// it); the author is the member they are.
    OwnItem(Id, Option<Id>),
    /// A participant's note on the step's record of a cycle (data,
    /// interpretation, evaluation), signed with their name.
    OwnNote(Id, Id, crate::domain::Step),
    /// A new cluster of the marked items.
    NewCluster,
    EditCluster(Id),
    NewAction(PlanKind),
    EditAction(PlanKind, Id),
    /// The five problem-solving steps of an action.
    ActionSteps(PlanKind, Id),
    /// The known-pitfalls checklist at a cycle review.
    Pitfalls(Id),
    NewPeriod,
    NewGroup,
    /// A workshop file to open by its path (Tab completes it).
    OpenPath,
    /// The spreadsheet to import measurements from.
    ImportSheet,
    NewCriterion,
    /// A new indicator in this criterion (by id: another viewer may add or
    /// remove criteria while the form is open).
    NewIndicator(Id),
    EditIndicator(Id),
    NewCycle,
    EditCycle(Id),
    EditPhase(Id, Phase),
    /// The second reflection workshop's texts for a cycle.
    CycleWorkshop(Id),
    AddSource(Id),
    NewDisruption(Id),
    NewSession,
    EditSession(Id),
    /// A note or decision for a meeting's minutes.
    SessionNote(Id),
}

impl FormField {
    pub fn text(label: impl Into<Words>, text: &str, multiline: bool) -> FormField {
        FormField {
            label: label.into(),
            input: Input::Text(TextField::new(text, multiline)),
            caption: None,
        }
    }

    pub fn toggle(caption: String, on: bool) -> FormField {
        FormField {
            label: T::Empty.into(),
            input: Input::Toggle(on),
            caption: Some(caption),
        }
    }

    pub fn choice(label: impl Into<Words>, selected: usize, options: Vec<String>) -> FormField {
        FormField {
            label: label.into(),
            input: Input::Choice {
                selected: selected.min(options.len().saturating_sub(1)),
                options,
            },
            caption: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    pub title: Words,
    pub fields: Vec<FormField>,
    pub focus: usize,
}

pub enum FormOutcome {
    Continue,
    Save,
    Cancel,
}

impl Form {
    pub fn new(kind: FormKind, title: impl Into<Words>, fields: Vec<FormField>) -> Form {
        Form {
            kind,
            title: title.into(),
            fields,
            focus: 0,
        }
    }

    pub fn text(&self, i: usize) -> &str {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Text(t)) => t.text(),
            _ => "",
        }
    }

    /// Replaces a text field's text (the cursor at its end).
    pub fn set_text(&mut self, i: usize, text: &str) {
        if let Some(FormField {
            input: Input::Text(t),
            ..
        }) = self.fields.get_mut(i)
        {
            *t = TextField::new(text, false);
        }
    }

    pub fn choice(&self, i: usize) -> usize {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }

    pub fn toggled(&self, i: usize) -> bool {
        matches!(
            self.fields.get(i).map(|f| &f.input),
            Some(Input::Toggle(true))
        )
    }

    pub fn focused_text(&mut self) -> Option<&mut TextField> {
        match self.fields.get_mut(self.focus).map(|f| &mut f.input) {
            Some(Input::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// Handles a key the keymap resolved for the form (or `None` for typing).
    pub fn handle(&mut self, action: Option<Action>, key: Key) -> FormOutcome {
        let n = self.fields.len().max(1);
        // A participant's card stays in its text: Tab turns the category.
        if let (FormKind::OwnItem(..), Some(a @ (Action::NextField | Action::PrevField))) =
            (self.kind, action)
            && let Some(Input::Choice { selected, options }) =
                self.fields.get_mut(1).map(|f| &mut f.input)
        {
            let k = options.len().max(1);
            *selected = if a == Action::NextField {
                (*selected + 1) % k
            } else {
                (*selected + k - 1) % k
            };
            return FormOutcome::Continue;
        }
        match action {
            Some(Action::NextField) => self.focus = (self.focus + 1) % n,
            Some(Action::PrevField) => self.focus = (self.focus + n - 1) % n,
            Some(Action::Commit) => return FormOutcome::Save,
            Some(Action::Cancel) => return FormOutcome::Cancel,
            Some(Action::Newline) => {
                if let Some(t) = self.focused_text() {
                    t.newline();
                }
            }
            _ => self.edit(key),
        }
        FormOutcome::Continue
    }

    fn edit(&mut self, key: Key) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        match &mut field.input {
            Input::Text(t) => edit_text(t, key),
            Input::Toggle(on) => {
                if matches!(
                    key.code,
                    KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right
                ) {
                    *on = !*on;
                }
            }
            Input::Choice { selected, options } => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Right | KeyCode::Char(' ') => *selected = (*selected + 1) % n,
                    KeyCode::Left => *selected = (*selected + n - 1) % n,
                    KeyCode::Home => *selected = 0,
                    KeyCode::End => *selected = n - 1,
                    _ => {}
                }
            }
        }
    }

    /// Pastes into the focused text; `Err(limit)` when it would not fit.
    pub fn paste(&mut self, s: &str) -> Result<(), usize> {
        match self.focused_text() {
            Some(t) => {
                if t.insert(s) {
                    Ok(())
                } else {
                    Err(t.limit())
                }
            }
            None => Ok(()),
        }
    }
}

/// The editing keys of a text field.
pub fn edit_text(t: &mut TextField, key: Key) {
    if let Some(c) = key.typed_char() {
        let mut buf = [0u8; 4];
        t.insert(c.encode_utf8(&mut buf));
        return;
    }
    match text_action(key) {
        Some(Action::CharLeft) => t.left(),
        Some(Action::CharRight) => t.right(),
        Some(Action::LineStart) => t.home(),
        Some(Action::LineEnd) => t.end(),
        Some(Action::DeleteBack) => t.backspace(),
        Some(Action::DeleteForward) => t.delete(),
        Some(Action::DeleteWordBack) => t.delete_word(),
        Some(Action::KillToStart) => t.kill_to_start(),
        Some(Action::KillToEnd) => t.kill_to_end(),
        Some(Action::WordLeft) => t.word_left(),
        Some(Action::WordRight) => t.word_right(),
        _ => {}
    }
}

/// A key's editing action from the table; terminals differ in which
/// modifier they send (Alt or Ctrl with a letter, a modifier on an arrow),
/// so the other spellings of a chord count too.
fn text_action(key: Key) -> Option<Action> {
    use super::keymap::{Ctx, resolve};
    let ctx = [Ctx::Text];
    resolve(&ctx, key).or_else(|| {
        let swapped = Key {
            ctrl: key.alt,
            alt: key.ctrl,
            ..key
        };
        let plain = Key::plain(key.code);
        match key.code {
            KeyCode::Char(_) => resolve(&ctx, swapped),
            KeyCode::Backspace => resolve(&ctx, Key::alt(KeyCode::Backspace)),
            _ => resolve(&ctx, plain),
        }
    })
}
