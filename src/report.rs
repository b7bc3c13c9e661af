//! Reports: the workshop as an interim or annual report, in Markdown or as one
//! self-contained HTML file (one document model, two renderings), and its
//! measurements as CSV. Everything is in the workshop's language; all user text
//! is escaped by the renderer for its format.

mod csv;
pub mod escape;
mod html;
mod markdown;
mod svg;

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
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Md, Format::Csv, Format::Html];

    pub fn ext(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "Markdown",
            Format::Csv => "CSV",
            Format::Html => "HTML",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Interim,
    Annual,
}

impl Kind {
    pub fn title(self) -> T {
        match self {
            Kind::Interim => T::ReportInterim,
            Kind::Annual => T::ReportAnnual,
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
    Minutes,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Card,
        Section::Team,
        Section::Diagnosis,
        Section::Plans,
        Section::Cycles,
        Section::Spiral,
        Section::Indicators,
        Section::Minutes,
    ];

    pub fn title(self) -> T {
        match self {
            Section::Card => T::ReportCard,
            Section::Team => T::ScreenTeam,
            Section::Diagnosis => T::ScreenDiagnosis,
            Section::Plans => T::ScreenPlans,
            Section::Cycles => T::ScreenCycles,
            Section::Spiral => T::SpiralTitle,
            Section::Indicators => T::DashTitle,
            Section::Minutes => T::ReportSessions,
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
}

impl Options {
    pub fn all(format: Format, today: NaiveDate) -> Options {
        Options {
            format,
            kind: Kind::Interim,
            sections: Section::ALL.to_vec(),
            today,
        }
    }
}

/// The report as text in the chosen format.
pub fn render(w: &Workshop, o: &Options) -> String {
    match o.format {
        Format::Csv => csv::render(w),
        Format::Md => markdown::render(&document(w, o)),
        Format::Html => html::render(&document(w, o)),
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
    fn t(&self, key: T) -> String {
        i18n::t(self.lang, key).to_string()
    }

    fn h(&mut self, level: u8, text: impl Into<String>) {
        self.out.push(Block::Heading(level, text.into()));
    }

    fn none(&mut self) {
        let t = self.t(T::ReportNone);
        self.out.push(Block::Note(t));
    }

    fn fields(&mut self, pairs: Vec<(T, String)>) {
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (self.t(k), v))
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
    let title = format!("{}: {}", i18n::t(lang, o.kind.title()), w.title);
    let made = i18n::tf(lang, T::ReportMade, &[("date", &b.date(o.today))]);
    b.out.push(Block::Note(made));
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
            Section::Minutes => minutes(&mut b),
        }
    }
    Document {
        lang,
        title,
        blocks: b.out,
    }
}

fn card(b: &mut Builder) {
    let (w, lang) = (b.w, b.lang);
    let p = &w.project;
    let level = p.innovation_level.get();
    b.fields(vec![
        (T::FieldTitle, w.title.clone()),
        (T::FieldInstitution, p.institution.clone()),
        (T::FieldSchoolYear, p.school_year.clone()),
        (T::FieldArea, i18n::area(lang, &p.area)),
        (T::FieldKind, i18n::kind(lang, p.kind).to_string()),
        (T::FieldGoal, p.goal.clone()),
        (T::FieldQuestion, p.research_question.clone()),
        (
            T::FieldLevel,
            format!("{level} · {}", i18n::level(lang, level)),
        ),
        (
            T::FieldModel,
            p.ar_model
                .map_or_else(String::new, |m| i18n::ar_model(lang, m).to_string()),
        ),
    ]);
    if !p.calendar.is_empty() {
        b.h(3, b.t(T::ReportCalendar));
        let rows = p
            .calendar
            .iter()
            .map(|a| {
                vec![
                    b.date(a.date),
                    a.what.clone(),
                    b.t(if a.done { T::ReportDone } else { T::ReportOpen }),
                ]
            })
            .collect();
        b.table(
            vec![b.t(T::ReportDate), b.t(T::FieldWhat), b.t(T::FieldStatus)],
            rows,
            vec![],
        );
    }
}

fn team(b: &mut Builder) {
    let lang = b.lang;
    let rows =
        b.w.team
            .iter()
            .map(|m| {
                vec![
                    m.name.clone(),
                    i18n::role(lang, m.role).to_string(),
                    m.personal_goal.clone(),
                ]
            })
            .collect();
    b.table(
        vec![
            b.t(T::FieldName),
            b.t(T::FieldRole),
            b.t(T::FieldPersonalGoal),
        ],
        rows,
        vec![],
    );
}

fn diagnosis(b: &mut Builder) {
    let (w, lang) = (b.w, b.lang);
    let d = &w.diagnosis;
    b.h(3, b.t(T::ReportTopVoted));
    if d.votes_revealed {
        let rows = d
            .ranking()
            .into_iter()
            .take(10)
            .enumerate()
            .map(|(k, (n, text, cat))| {
                vec![
                    (k + 1).to_string(),
                    text.to_string(),
                    i18n::category(lang, cat).to_string(),
                    n.to_string(),
                ]
            })
            .collect();
        b.table(
            vec![
                "#".into(),
                b.t(T::FieldText),
                b.t(T::FieldCategory),
                b.t(T::ReportDots),
            ],
            rows,
            vec![0, 3],
        );
    } else {
        let t = b.t(T::ReportVotesHidden);
        b.out.push(Block::Note(t));
    }
    b.h(3, b.t(T::ReportItemsBy));
    for cat in Category::ALL {
        let items: Vec<String> = d
            .items_in(cat)
            .map(|i| {
                let author = crate::i18n::author_name(w, lang, i.author);
                let cluster = i
                    .cluster
                    .and_then(|c| d.clusters.iter().find(|k| k.id == c))
                    .map_or_else(String::new, |c| format!(" [{}]", c.title));
                format!("{} — {author}{cluster}", i.text)
            })
            .collect();
        b.out.push(Block::Para(format!(
            "{} ({})",
            i18n::category(lang, cat),
            items.len()
        )));
        if items.is_empty() {
            b.none();
        } else {
            b.out.push(Block::List(items));
        }
    }
}

fn plans(b: &mut Builder) {
    let (w, lang) = (b.w, b.lang);
    for kind in [PlanKind::Prevention, PlanKind::Curative] {
        b.h(3, capitalised(i18n::plan_name(lang, kind)));
        let rows = w
            .plans
            .list(kind)
            .iter()
            .map(|a| {
                let indicator = a
                    .indicator
                    .and_then(|id| w.monitoring.indicators().find(|i| i.id == id))
                    .map_or_else(String::new, |i| i.name.clone());
                vec![
                    a.what.clone(),
                    b.member(a.who),
                    a.due.map_or_else(String::new, |d| b.date(d)),
                    i18n::status(lang, a.status).to_string(),
                    indicator,
                ]
            })
            .collect();
        b.table(
            vec![
                b.t(T::FieldWhat),
                b.t(T::FieldWho),
                b.t(T::ReportDate),
                b.t(T::FieldStatus),
                b.t(T::ReportIndicator),
            ],
            rows,
            vec![],
        );
    }
}

fn cycles(b: &mut Builder) {
    let (w, lang) = (b.w, b.lang);
    if w.cycles.is_empty() {
        return b.none();
    }
    for c in &w.cycles {
        b.h(
            3,
            format!("{} ({} – {})", c.name, b.date(c.start), b.date(c.end)),
        );
        let phases = Phase::ALL
            .iter()
            .map(|p| {
                format!(
                    "{}: {}",
                    i18n::phase(lang, *p),
                    i18n::phase_status(lang, c.phase(*p).status)
                )
            })
            .collect::<Vec<_>>()
            .join(" · ");
        let sources = c
            .data_sources
            .iter()
            .map(|s| {
                let kind = i18n::source_kind(lang, &s.kind);
                if s.description.trim().is_empty() {
                    kind
                } else {
                    format!("{kind}: {}", s.description)
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        b.fields(vec![
            (T::FieldTier, i18n::tier(lang, c.tier).to_string()),
            (T::FieldCycleGoal, c.goal.clone()),
            (T::ReportPhases, phases),
            (T::ReportSources, sources),
            (T::FieldDataCollected, c.data_collected.clone()),
            (T::FieldInterpretation, c.interpretation.clone()),
            (T::FieldFindings, c.findings.clone()),
            (T::FieldReflection, c.reflection.clone()),
            (T::ReportEvaluation, c.evaluation.clone()),
        ]);
        if !c.disruptions.is_empty() {
            let items = c
                .disruptions
                .iter()
                .map(|d| {
                    let s = &d.steps;
                    let steps: Vec<&str> = [&s.cause, &s.remedies, &s.introduce, &s.measure]
                        .iter()
                        .map(|x| x.trim())
                        .filter(|x| !x.is_empty())
                        .collect();
                    if steps.is_empty() {
                        d.description.clone()
                    } else {
                        format!("{} — {}", d.description, steps.join(" → "))
                    }
                })
                .collect();
            b.out.push(Block::Para(b.t(T::ReportDisruptions)));
            b.out.push(Block::List(items));
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

fn standing(lang: Language, s: Option<Standing>) -> String {
    match s {
        Some(Standing::OnTarget) => i18n::t(lang, T::ReportOnTarget),
        Some(Standing::Close) => i18n::t(lang, T::ReportClose),
        Some(Standing::Off) => i18n::t(lang, T::ReportOff),
        None => "",
    }
    .to_string()
}

fn indicators(b: &mut Builder) {
    let (w, lang) = (b.w, b.lang);
    let m = &w.monitoring;
    if m.criteria.is_empty() {
        return b.none();
    }
    let labels: Vec<String> = m.periods.iter().map(|p| p.label.clone()).collect();
    for (ci, c) in m.criteria.iter().enumerate() {
        b.h(3, c.name.clone());
        let mut rows = Vec::new();
        let mut charts = Vec::new();
        let mut groups_rows = Vec::new();
        for ind in &c.indicators {
            let r = dashboard::row(m, ci, ind, None);
            let num = |x: f64| dash::number(lang, ind.unit, x);
            rows.push(vec![
                ind.name.clone(),
                i18n::unit(lang, ind.unit).to_string(),
                ind.reference.map_or_else(String::new, num),
                r.latest.map_or_else(String::new, |(_, v)| num(v)),
                r.gap
                    .map_or_else(String::new, |g| dash::gap_text(lang, ind.unit, g, false)),
                dash::sparkline(&r.series, 12, false),
                standing(lang, r.standing),
            ]);
            if r.series.iter().any(Option::is_some) {
                charts.push(Chart::Trend {
                    title: ind.name.clone(),
                    labels: labels.clone(),
                    values: r.series.clone(),
                    reference: ind.reference,
                    unit: ind.unit,
                    lang,
                });
            }
            if let Some(row) = group_row(w, ind, lang) {
                groups_rows.push(row.0);
                charts.push(row.1);
            }
        }
        b.table(
            vec![
                b.t(T::ReportIndicator),
                b.t(T::FieldUnit),
                b.t(T::DashTarget),
                b.t(T::DashLatest),
                b.t(T::DashGap),
                b.t(T::DashTrend),
                b.t(T::ReportStanding),
            ],
            rows,
            vec![2, 3, 4],
        );
        if !groups_rows.is_empty() {
            b.out.push(Block::Para(b.t(T::ReportByGroup)));
            let mut head = vec![b.t(T::ReportIndicator)];
            head.extend(m.groups.iter().map(|g| g.name.clone()));
            let right = (1..head.len()).collect();
            b.table(head, groups_rows, right);
        }
        if !charts.is_empty() {
            b.out.push(Block::Charts(charts));
        }
    }
}

/// The groups' latest values of an indicator, as a table row and a chart, when
/// it is measured by group at all.
fn group_row(w: &Workshop, ind: &Indicator, lang: Language) -> Option<(Vec<String>, Chart)> {
    let values = dashboard::by_group(w, ind);
    if values.iter().all(|(_, v)| v.is_none()) {
        return None;
    }
    let name = |id| {
        w.monitoring
            .groups
            .iter()
            .find(|g| g.id == id)
            .map_or_else(String::new, |g| g.name.clone())
    };
    let mut row = vec![ind.name.clone()];
    row.extend(
        values
            .iter()
            .map(|(_, v)| v.map_or_else(String::new, |x| dash::number(lang, ind.unit, x))),
    );
    let chart = Chart::Groups {
        title: ind.name.clone(),
        bars: values.iter().map(|(id, v)| (name(*id), *v)).collect(),
        reference: ind.reference,
        unit: ind.unit,
        lang,
    };
    Some((row, chart))
}

fn minutes(b: &mut Builder) {
    let (w, lang) = (b.w, b.lang);
    if w.sessions.is_empty() {
        return b.none();
    }
    for s in &w.sessions {
        b.h(
            3,
            format!("{} · {}", i18n::session_kind(lang, s.kind), b.date(s.date)),
        );
        let present = w
            .team
            .iter()
            .filter(|m| s.attendees.contains(&m.id))
            .map(|m| m.name.clone())
            .collect::<Vec<_>>()
            .join(", ");
        let times = s
            .steps()
            .iter()
            .enumerate()
            .filter(|(i, _)| s.seconds_on(*i) > 0)
            .map(|(i, st)| {
                format!(
                    "{} {}",
                    i18n::step_title(lang, *st),
                    mmss(u64::from(s.seconds_on(i)))
                )
            })
            .collect::<Vec<_>>()
            .join(" · ");
        b.fields(vec![
            (T::FieldFacilitator, b.member(s.facilitator)),
            (T::ReportAttendees, present),
            (T::ReportTimeSpent, times),
            (T::FieldNotes, s.notes.clone()),
        ]);
        let rows = crate::i18n::minutes::minute_lines(s, lang)
            .into_iter()
            .map(|m| {
                vec![
                    m.at.format("%H:%M").to_string(),
                    i18n::log_kind(lang, m.kind).to_string(),
                    m.text,
                ]
            })
            .collect();
        b.table(
            vec![b.t(T::ReportTime), b.t(T::FieldKind), b.t(T::ReportWhat)],
            rows,
            vec![],
        );
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
