//! Screen 8, reports: the format, the kind and the sections, a preview of
//! what will be written, and writing it beside the workshop file (asking
//! before replacing a file that is there).

use std::path::{Path, PathBuf};

use super::keymap::Action;
use super::outcome::{Outcome, Seen};
use super::{App, Effect, Overlay};
use crate::i18n::T;
use crate::report::{Format, Kind, Options, Section};

#[derive(Debug, Clone, PartialEq)]
pub struct ReportView {
    /// The option selected: 0 format, 1 kind, then the sections.
    pub row: usize,
    pub format: Format,
    pub kind: Kind,
    pub sections: [bool; Section::ALL.len()],
    /// First line of the preview shown.
    pub scroll: usize,
}

impl Default for ReportView {
    fn default() -> Self {
        ReportView {
            row: 0,
            format: Format::Md,
            kind: Kind::Interim,
            sections: [true; Section::ALL.len()],
            scroll: 0,
        }
    }
}

/// A rendered report and what it was rendered from.
#[derive(Debug, Clone, PartialEq)]
pub struct Cached {
    pub generation: u64,
    pub options: Options,
    pub text: String,
}

pub const ROWS: usize = 2 + Section::ALL.len();

/// The options a kind has: the format and the kind, and the sections when
/// the document is made of them (a project's reports).
pub fn rows(kind: Kind) -> usize {
    if kind.holds().is_some() { 2 } else { ROWS }
}

impl ReportView {
    pub fn options(&self, today: chrono::NaiveDate) -> Options {
        Options {
            format: self.format,
            kind: self.kind,
            sections: Section::ALL
                .iter()
                .zip(self.sections)
                .filter(|(_, on)| *on)
                .map(|(s, _)| *s)
                .collect(),
            today,
            csv_semicolon: false,
        }
    }
}

fn cycle<T: Copy + PartialEq>(all: &[T], now: T, forward: bool) -> T {
    let i = all.iter().position(|x| *x == now).unwrap_or(0);
    let n = all.len();
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

/// Where the report goes: beside the workshop file, named after it and the day.
pub fn path_for(file: &Path, v: &ReportView, today: chrono::NaiveDate) -> Option<PathBuf> {
    let stem = file.file_stem()?.to_string_lossy();
    let name = format!(
        "{stem}-report-{}.{}",
        today.format("%Y-%m-%d"),
        v.format.ext()
    );
    Some(file.with_file_name(name))
}

/// Screen 8's keys: the options, scrolling the preview, writing the file.
pub fn update(v: &mut ReportView, s: &Seen, action: Action) -> Outcome<ReportView> {
    let n = rows(v.kind.within(s.w.method));
    v.row = v.row.min(n - 1);
    match action {
        Action::Up => v.row = v.row.saturating_sub(1),
        Action::Down => v.row = (v.row + 1).min(n - 1),
        Action::First => v.row = 0,
        Action::Last => v.row = n - 1,
        Action::Toggle | Action::Right | Action::Left => {
            let forward = action != Action::Left;
            match v.row {
                0 => v.format = cycle(&Format::ALL, v.format, forward),
                1 => {
                    let all = Kind::of(s.w.method);
                    v.kind = cycle(all, v.kind.within(s.w.method), forward);
                }
                r => {
                    if let Some(on) = v.sections.get_mut(r - 2) {
                        *on = !*on;
                    }
                }
            }
            v.scroll = 0;
        }
        Action::PageDown => v.scroll = v.scroll.saturating_add(10),
        Action::PageUp => v.scroll = v.scroll.saturating_sub(10),
        Action::Open => return write(v, s, false),
        _ => {}
    }
    Outcome::none()
}

/// Writes the report beside the workshop file; a file already there is
/// replaced only with `overwrite` (the runtime asks first).
pub fn write(v: &ReportView, s: &Seen, overwrite: bool) -> Outcome<ReportView> {
    let Some(path) = s.path.and_then(|p| path_for(p, v, s.today)) else {
        return Outcome::warn(T::ReportNoFile, &[]);
    };
    let mut options = v.options(s.today);
    options.kind = options.kind.within(s.w.method);
    let bytes = match crate::report::render_bytes(s.w, &options) {
        Ok(b) => b,
        Err(why) => return Outcome::warn(T::ReportNotWritten, &[("why", &why)]),
    };
    Outcome::effect(Effect::WriteReport {
        path,
        bytes,
        overwrite,
    })
}

impl App {
    /// Where the report would go now.
    pub fn report_path(&self) -> Option<PathBuf> {
        let file = self.shared.doc.as_ref()?.path.as_ref()?;
        path_for(file, &self.view.report, self.view.today)
    }

    /// The options as set on screen 8, for a format.
    fn options_as(&self, format: Format) -> Options {
        let mut options = self.view.report.options(self.view.today);
        options.format = format;
        if let Some(d) = &self.shared.doc {
            options.kind = options.kind.within(d.workshop.method);
        }
        options
    }

    /// The report as it would be written now (the preview's text when it is
    /// the same document, else rendered afresh).
    pub fn report_text(&self) -> Option<String> {
        let doc = self.shared.doc.as_ref()?;
        let options = self.options_as(self.view.report.format);
        if let Some(c) = &self.report_preview
            && c.generation == doc.generation
            && c.options == options
        {
            return Some(c.text.clone());
        }
        Some(crate::report::render(&doc.workshop, &options))
    }

    /// The preview screen 8 shows (HTML previews as its Markdown text), kept
    /// until the workshop or the options change so that scrolling does not
    /// render the report again. Computed here, in update, never while drawing.
    pub fn refresh_report_preview(&mut self) {
        if self.view.screen != super::Screen::Report {
            return;
        }
        let Some(doc) = self.shared.doc.as_ref() else {
            self.report_preview = None;
            return;
        };
        let format = match self.view.report.format {
            Format::Html | Format::Xlsx => Format::Md,
            f => f,
        };
        let options = self.options_as(format);
        if self
            .report_preview
            .as_ref()
            .is_some_and(|c| c.generation == doc.generation && c.options == options)
        {
            return;
        }
        let text = crate::report::render(&doc.workshop, &options);
        self.report_preview = Some(Cached {
            generation: doc.generation,
            options,
            text,
        });
    }

    /// The runtime found a file where the report would go: ask.
    pub fn ask_overwrite(&mut self, path: PathBuf) {
        self.view.overlays.push(Overlay::Overwrite(path));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_cycle_both_ways() {
        assert_eq!(cycle(&Format::ALL, Format::Md, true), Format::Csv);
        assert_eq!(cycle(&Format::ALL, Format::Md, false), Format::Xlsx);
        let v = ReportView {
            sections: [true, false, true, true, true, true, true, true, true],
            ..ReportView::default()
        };
        let o = v.options(chrono::NaiveDate::default());
        assert_eq!(o.sections.len(), 8);
        assert!(!o.sections.contains(&Section::Team));
    }
}
