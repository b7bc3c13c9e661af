//! Reports: the workshop as an interim or annual report, in Markdown or as one
//! self-contained HTML file (one document model, two renderings), and its
//! measurements as CSV. Everything is in the workshop's language; all user text
//! is escaped by the renderer for its format.

mod csv;
pub mod escape;
mod html;
mod markdown;
mod monitoring;
mod project;
mod sections;
mod svg;
mod xlsx;

use sections::{card, cycles, diagnosis, indicators, minutes, passing_on, plans, standing, team};

use chrono::NaiveDate;

use crate::domain::indicators::{Indicator, Standing, Unit};
use crate::domain::sessions::mmss;
use crate::domain::{Category, Language, Phase, PlanKind, Workshop, dashboard};
use crate::i18n::{self, T};
use crate::render::{Theme, Ui, dashboard as dash, spiral};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Md,
    Csv,
    Html,
    /// A workbook: the document, a sheet per criterion, the measurements.
    Xlsx,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Md, Format::Csv, Format::Html, Format::Xlsx];

    pub fn ext(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "Markdown",
            Format::Csv => "CSV",
            Format::Html => "HTML",
            Format::Xlsx => "Excel (xlsx)",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A project's half-year report: the sections chosen.
    Interim,
    /// A project's annual report: the school year under the five headings.
    Annual,
    /// A project's final report: the whole project under the five headings.
    Final,
    /// The monitoring's analytic note on a period (аналитическая справка).
    Analysis,
    /// The self-assessment report's indicator table (отчёт о самообследовании).
    SelfAssessment,
    /// The material for the pedagogical council, with a draft decision.
    Council,
}

impl Kind {
    pub fn title(self) -> T {
        match self {
            Kind::Interim => T::ReportInterim,
            Kind::Annual => T::ReportAnnual,
            Kind::Final => T::ReportFinal,
            Kind::Analysis => T::ReportAnalysis,
            Kind::SelfAssessment => T::ReportSelfAssessment,
            Kind::Council => T::ReportCouncil,
        }
    }

    /// What a document of fixed parts holds, in order; `None` for the
    /// interim report, made of the sections chosen.
    pub fn holds(self) -> Option<i18n::Words> {
        match self {
            Kind::Interim => None,
            Kind::Annual => Some(i18n::N::HoldsAnnual.into()),
            Kind::Final => Some(i18n::N::HoldsFinal.into()),
            Kind::Analysis => Some(i18n::D::HoldsAnalysis.into()),
            Kind::SelfAssessment => Some(i18n::D::HoldsSelfAssessment.into()),
            Kind::Council => Some(i18n::D::HoldsCouncil.into()),
        }
    }

    /// The name on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Interim => "interim",
            Kind::Annual => "annual",
            Kind::Final => "final",
            Kind::Analysis => "analysis",
            Kind::SelfAssessment => "self-assessment",
            Kind::Council => "council",
        }
    }

    /// This kind if the method has it, else the method's first document.
    pub fn within(self, method: crate::domain::Method) -> Kind {
        let all = Kind::of(method);
        if all.contains(&self) { self } else { all[0] }
    }

    /// The documents of a workshop's method.
    pub fn of(method: crate::domain::Method) -> &'static [Kind] {
        match method {
            crate::domain::Method::Innovation => &[Kind::Interim, Kind::Annual, Kind::Final],
            crate::domain::Method::Monitoring => {
                &[Kind::Analysis, Kind::SelfAssessment, Kind::Council]
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Card,
    Team,
    Diagnosis,
    Plans,
    Cycles,
    Spiral,
    Indicators,
    /// The novelty's everyday use and where it is passed on.
    PassingOn,
    Minutes,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Card,
        Section::Team,
        Section::Diagnosis,
        Section::Plans,
        Section::Cycles,
        Section::Spiral,
        Section::Indicators,
        Section::PassingOn,
        Section::Minutes,
    ];

    pub fn title(self) -> i18n::Words {
        match self {
            Section::Card => T::ReportCard.into(),
            Section::Team => T::ScreenTeam.into(),
            Section::Diagnosis => T::ScreenDiagnosis.into(),
            Section::Plans => T::ScreenPlans.into(),
            Section::Cycles => T::ScreenCycles.into(),
            Section::Spiral => T::SpiralTitle.into(),
            Section::Indicators => T::DashTitle.into(),
            Section::PassingOn => i18n::N::PassingOn.into(),
            Section::Minutes => T::ReportSessions.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub format: Format,
    pub kind: Kind,
    pub sections: Vec<Section>,
    /// The report's date (passed in, so output is reproducible).
    pub today: NaiveDate,
    /// A CSV for a Slovenian or Russian spreadsheet: semicolons between the
    /// fields and a decimal comma (otherwise RFC 4180: commas, a point).
    pub csv_semicolon: bool,
}

impl Options {
    pub fn all(format: Format, today: NaiveDate) -> Options {
        Options {
            format,
            kind: Kind::Interim,
            sections: Section::ALL.to_vec(),
            today,
            csv_semicolon: false,
        }
    }
}

/// The report as text in the chosen format.
/// A text format's report (a workbook previews as the Markdown of its
/// document: see `render_bytes`).
pub fn render(w: &Workshop, o: &Options) -> String {
    match o.format {
        Format::Csv => csv::render(w, o.csv_semicolon),
        Format::Md | Format::Xlsx => markdown::render(&document(w, o)),
        Format::Html => html::render(&document(w, o)),
    }
}

/// The report as it is written to a file.
pub fn render_bytes(w: &Workshop, o: &Options) -> Result<Vec<u8>, String> {
    match o.format {
        Format::Xlsx => xlsx::render(w, o).map_err(|e| e.to_string()),
        _ => Ok(render(w, o).into_bytes()),
    }
}

/// A chart for the HTML report (Markdown carries the same numbers in tables).
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    /// An indicator's value over the periods, with its reference level.
    Trend {
        title: String,
        labels: Vec<String>,
        values: Vec<Option<f64>>,
        reference: Option<f64>,
        unit: Unit,
        lang: Language,
    },
    /// Each group's latest value, side by side.
    Groups {
        title: String,
        bars: Vec<(String, Option<f64>)>,
        reference: Option<f64>,
        unit: Unit,
        lang: Language,
    },
}

/// One piece of the report; the text in it is raw user or catalogue text.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(u8, String),
    Para(String),
    Note(String),
    Fields(Vec<(String, String)>),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        /// Columns aligned right (numbers).
        right: Vec<usize>,
    },
    List(Vec<String>),
    /// Numbered points (a draft decision).
    Numbered(Vec<String>),
    Pre(String),
    Charts(Vec<Chart>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub lang: Language,
    pub title: String,
    pub blocks: Vec<Block>,
}

struct Builder<'a> {
    w: &'a Workshop,
    lang: Language,
    out: Vec<Block>,
}

impl Builder<'_> {
    fn t(&self, key: impl i18n::Texts) -> String {
        i18n::t(self.lang, key).to_string()
    }

    fn h(&mut self, level: u8, text: impl Into<String>) {
        self.out.push(Block::Heading(level, text.into()));
    }

    fn none(&mut self) {
        let t = self.t(T::ReportNone);
        self.out.push(Block::Note(t));
    }

    fn fields<K: Into<i18n::Words>>(&mut self, pairs: Vec<(K, String)>) {
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (self.t(k.into()), v))
            .collect();
        if !pairs.is_empty() {
            self.out.push(Block::Fields(pairs));
        }
    }

    fn table(&mut self, head: Vec<String>, rows: Vec<Vec<String>>, right: Vec<usize>) {
        if rows.is_empty() {
            self.none();
        } else {
            self.out.push(Block::Table { head, rows, right });
        }
    }

    fn date(&self, d: NaiveDate) -> String {
        i18n::date(self.lang, d)
    }

    fn member(&self, id: Option<crate::domain::Id>) -> String {
        id.and_then(|id| self.w.member(id))
            .map_or_else(String::new, |m| m.name.clone())
    }
}

/// The report's content, section by section, in the workshop's language.
pub fn document(w: &Workshop, o: &Options) -> Document {
    let lang = w.language;
    let mut b = Builder {
        w,
        lang,
        out: Vec::new(),
    };
    // A workshop's own documents: a project's reports, a monitoring's.
    let kind = o.kind.within(w.method);
    let title = format!("{}: {}", i18n::t(lang, kind.title()), w.title);
    let made = i18n::tf(lang, T::ReportMade, &[("date", &b.date(o.today))]);
    b.out.push(Block::Note(made));
    // The monitoring's documents have the regulation's own structure.
    let own: Option<fn(&mut Builder)> = match kind {
        Kind::Analysis => Some(monitoring::analysis),
        Kind::SelfAssessment => Some(monitoring::self_assessment),
        Kind::Council => Some(monitoring::council),
        Kind::Annual => Some(project::annual),
        Kind::Final => Some(project::final_report),
        Kind::Interim => None,
    };
    if let Some(build) = own {
        build(&mut b);
        return Document {
            lang,
            title,
            blocks: b.out,
        };
    }
    for s in &o.sections {
        b.h(2, i18n::t(lang, s.title()));
        match s {
            Section::Card => card(&mut b),
            Section::Team => team(&mut b),
            Section::Diagnosis => diagnosis(&mut b),
            Section::Plans => plans(&mut b),
            Section::Cycles => cycles(&mut b),
            Section::Spiral => {
                let theme = Theme::fallback();
                let ui = Ui {
                    theme: &theme,
                    ascii: false,
                };
                let text = spiral::to_text(&w.cycles, &w.title, lang, &ui, 100);
                b.out.push(Block::Pre(text));
            }
            Section::Indicators => indicators(&mut b),
            Section::PassingOn => passing_on(&mut b),
            Section::Minutes => minutes(&mut b),
        }
    }
    Document {
        lang,
        title,
        blocks: b.out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_has_a_heading_in_the_workshop_language() {
        let w = Workshop::new("Poskus", Language::Sl);
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        let d = document(&w, &Options::all(Format::Md, today));
        let headings: Vec<&str> = d
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(2, t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(headings.len(), Section::ALL.len());
        assert!(headings.contains(&"Kartica projekta"));
        assert_eq!(d.title, "Vmesno poročilo: Poskus");
    }
}
