//! Where the things a click can choose were drawn: while a console's frame
//! is drawn, each screen notes the rectangle of a tab, a row, a phase, a
//! cell; a click is then looked up in what the frame showed, not in a
//! second idea of the layout.

use std::cell::RefCell;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use super::Ui;
use crate::app::App;
use crate::app::keys::Target;

thread_local! {
    /// The frame being drawn's places, while one is noted (`None` otherwise:
    /// the room's other seats are drawn without).
    static NOTED: RefCell<Option<Vec<(Rect, Target)>>> = const { RefCell::new(None) };
}

/// The places of one frame, later ones over earlier ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hits(Vec<(Rect, Target)>);

impl Hits {
    /// What is at a cell of the screen.
    pub fn at(&self, col: u16, row: u16) -> Option<Target> {
        let p = Position::new(col, row);
        self.0
            .iter()
            .rev()
            .find(|(r, _)| r.contains(p))
            .map(|(_, t)| *t)
    }

    /// Where a target was drawn (its first place), for tests and scripts.
    pub fn place_of(&self, target: Target) -> Option<Rect> {
        self.0.iter().find(|(_, t)| *t == target).map(|(r, _)| *r)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Notes that a target was drawn in an area (clipped to one frame's use:
/// an empty area is not noted).
pub fn note(area: Rect, target: Target) {
    if area.is_empty() {
        return;
    }
    NOTED.with(|n| {
        if let Some(v) = n.borrow_mut().as_mut() {
            v.push((area, target));
        }
    });
}

/// Notes one line of a list drawn in `area` from its top: line `line` of
/// what was put there shows `target` (lines past the area are not).
pub fn note_line(area: Rect, line: usize, target: Target) {
    if line < usize::from(area.height) {
        note(
            Rect::new(area.x, area.y + line as u16, area.width, 1),
            target,
        );
    }
}

/// Draws a console's frame and gives back where its clickable things are.
pub fn draw(frame: &mut Frame, app: &App, ui: &Ui) -> Hits {
    NOTED.with(|n| *n.borrow_mut() = Some(Vec::new()));
    super::draw(frame, app, ui);
    // Under a box only the box is there to click (a form's fields; other
    // boxes take keys only); the projector's board is for looking at.
    let noted = NOTED.with(|n| n.borrow_mut().take()).unwrap_or_default();
    if app.view.projector {
        Hits::default()
    } else if app.view.overlays.is_empty() {
        Hits(noted)
    } else {
        Hits(
            noted
                .into_iter()
                .filter(|(_, t)| matches!(t, Target::FormField(_)))
                .collect(),
        )
    }
}
