//! The portfolio as a table: the cells of each workshop's line, which
//! columns fit a width, and the text and JSON `premisli portfolio` prints.

use chrono::NaiveDate;

use super::text;
use crate::domain::portfolio::{DeadlineKind, Glance, Place, SortBy, compare};
use crate::domain::{Language, Method};
use crate::i18n::{self, F};
use crate::store::portfolio::Listed;

/// The columns, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    Name,
    Method,
    Place,
    Meeting,
    Overdue,
    Off,
    Deadline,
}

impl Col {
    pub const ALL: [Col; 7] = [
        Col::Name,
        Col::Method,
        Col::Place,
        Col::Meeting,
        Col::Overdue,
        Col::Off,
        Col::Deadline,
    ];
    /// The order in which columns give way to a narrow screen.
    const DROP: [Col; 4] = [Col::Method, Col::Meeting, Col::Off, Col::Place];

    pub fn heading(self) -> F {
        match self {
            Col::Name => F::ColWorkshop,
            Col::Method => F::ColMethod,
            Col::Place => F::ColPlace,
            Col::Meeting => F::ColMeeting,
            Col::Overdue => F::ColOverdue,
            Col::Off => F::ColOff,
            Col::Deadline => F::ColDeadline,
        }
    }

    /// Counts are set to the right.
    pub fn right(self) -> bool {
        matches!(self, Col::Overdue | Col::Off)
    }
}

/// One workshop's line, as text (not yet made safe for a terminal).
#[derive(Debug, Clone, PartialEq)]
pub struct Cells {
    pub name: String,
    cells: [String; 6],
    /// The deadline has passed.
    pub late: bool,
    pub overdue: usize,
    pub off: usize,
    /// Why the file cannot be read.
    pub error: Option<String>,
}

impl Cells {
    pub fn get(&self, c: Col) -> &str {
        match c {
            Col::Name => &self.name,
            Col::Method => &self.cells[0],
            Col::Place => &self.cells[1],
            Col::Meeting => &self.cells[2],
            Col::Overdue => &self.cells[3],
            Col::Off => &self.cells[4],
            Col::Deadline => &self.cells[5],
        }
    }
}

fn file_name(l: &Listed) -> String {
    l.path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// The name a workshop goes by in the list: its school and title.
pub fn name(g: &Glance) -> String {
    match (g.school.is_empty(), g.title.is_empty()) {
        (false, false) => format!("{} · {}", g.school, g.title),
        (false, true) => g.school.clone(),
        _ => g.title.clone(),
    }
}

pub fn place(lang: Language, p: &Place) -> String {
    match p {
        Place::Cycle {
            name,
            number,
            of,
            phase,
        } => {
            let phase = phase.map_or_else(
                || i18n::t(lang, F::AllDone).to_string(),
                |p| i18n::phase(lang, p).to_string(),
            );
            format!("{name} ({number}/{of}) · {phase}")
        }
        Place::Period { label, school_year } => format!("{label} {school_year}").trim().to_string(),
        Place::Nothing => i18n::t(lang, F::NothingYet).to_string(),
    }
}

pub fn cells(l: &Listed, lang: Language, today: NaiveDate) -> Cells {
    let dash = || "—".to_string();
    match &l.glance {
        Err(why) => Cells {
            name: file_name(l),
            cells: Default::default(),
            late: false,
            overdue: 0,
            off: 0,
            error: Some(i18n::tf(lang, F::Unreadable, &[("why", why)])),
        },
        Ok(g) => {
            let name = name(g);
            Cells {
                name: if name.is_empty() { file_name(l) } else { name },
                cells: [
                    i18n::t(
                        lang,
                        match g.method {
                            Method::Innovation => F::MethodProject,
                            Method::Monitoring => F::MethodMonitoring,
                        },
                    )
                    .to_string(),
                    place(lang, &g.place),
                    g.next_meeting.map_or_else(dash, |d| i18n::date(lang, d)),
                    g.overdue.to_string(),
                    if g.judged == 0 {
                        dash()
                    } else {
                        format!("{}/{}", g.off_target, g.judged)
                    },
                    g.deadline.as_ref().map_or_else(dash, |d| {
                        let mut s = i18n::date(lang, d.date);
                        if d.is_late(today) {
                            s.push_str(" !");
                        }
                        s
                    }),
                ],
                late: g.deadline.as_ref().is_some_and(|d| d.is_late(today)),
                overdue: g.overdue,
                off: g.off_target,
                error: None,
            }
        }
    }
}

/// The columns that fit `width` and the width of each; the name takes what
/// the others leave (at least 12), and columns give way from the least needed.
pub fn layout(lang: Language, rows: &[Cells], width: usize) -> Vec<(Col, usize)> {
    let natural = |c: Col| {
        rows.iter()
            .filter(|r| r.error.is_none() || c == Col::Name)
            .map(|r| text::width(r.get(c)))
            .chain([text::width(i18n::t(lang, c.heading()))])
            .max()
            .unwrap_or(0)
    };
    let mut cols: Vec<(Col, usize)> = Col::ALL
        .iter()
        .map(|&c| {
            let cap = match c {
                Col::Name => usize::MAX,
                Col::Place => 26,
                _ => 16,
            };
            (c, natural(c).min(cap))
        })
        .collect();
    let others = |cols: &[(Col, usize)]| -> usize {
        cols.iter()
            .filter(|(c, _)| *c != Col::Name)
            .map(|(_, w)| w + 2)
            .sum()
    };
    // The name wants 20 columns (less if it is shorter): first the place
    // is cut to 16, then columns give way.
    let want = natural(Col::Name).min(20);
    if width < others(&cols) + want
        && let Some(place) = cols.iter_mut().find(|(c, _)| *c == Col::Place)
    {
        place.1 = place.1.min(16);
    }
    for drop in Col::DROP {
        if width >= others(&cols) + want {
            break;
        }
        cols.retain(|(c, _)| *c != drop);
    }
    let left = width.saturating_sub(others(&cols)).max(12);
    if let Some(name) = cols.iter_mut().find(|(c, _)| *c == Col::Name) {
        name.1 = name.1.min(left);
    }
    cols
}

/// A cell padded (or cut) to its column.
pub fn fit(s: &str, w: usize, right: bool, ascii: bool) -> String {
    let s = text::truncate(s, w, ascii);
    let pad = w.saturating_sub(text::width(&s));
    if right {
        format!("{}{s}", " ".repeat(pad))
    } else {
        format!("{s}{}", " ".repeat(pad))
    }
}

/// A line of the table: the columns joined by two spaces, or the file's
/// name and why it cannot be read.
pub fn line(c: &Cells, cols: &[(Col, usize)], ascii: bool) -> String {
    let mut out = String::new();
    for (i, &(col, w)) in cols.iter().enumerate() {
        if i > 0 {
            out.push_str("  ");
        }
        if col != Col::Name
            && let Some(why) = &c.error
        {
            out.push_str(&text::truncate(why, usize::MAX, ascii));
            break;
        }
        out.push_str(&fit(c.get(col), w, col.right(), ascii));
    }
    out.trim_end().to_string()
}

pub fn heading_line(lang: Language, cols: &[(Col, usize)], ascii: bool) -> String {
    cols.iter()
        .map(|&(c, w)| fit(i18n::t(lang, c.heading()), w, c.right(), ascii))
        .collect::<Vec<_>>()
        .join("  ")
        .trim_end()
        .to_string()
}

pub fn sort_name(by: SortBy) -> F {
    match by {
        SortBy::Deadline => F::SortDeadline,
        SortBy::Overdue => F::SortOverdue,
        SortBy::Meeting => F::SortMeeting,
        SortBy::School => F::SortSchool,
    }
}

/// The positions of `listed` in the order asked for (stable).
pub fn order(listed: &[Listed], by: SortBy) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..listed.len()).collect();
    idx.sort_by(|&a, &b| {
        compare(
            listed[a].glance.as_ref().ok(),
            listed[b].glance.as_ref().ok(),
            by,
        )
    });
    idx
}

/// The portfolio as printed: a heading, then a line per workshop, every
/// text made safe for a terminal and cut to `width`.
pub fn to_text(
    listed: &[Listed],
    lang: Language,
    today: NaiveDate,
    width: usize,
    by: SortBy,
    ascii: bool,
) -> String {
    let safe = |s: &str| super::text::safe(s, ascii).into_owned();
    let rows: Vec<Cells> = order(listed, by)
        .into_iter()
        .map(|i| {
            let mut c = cells(&listed[i], lang, today);
            c.name = safe(&c.name);
            for cell in &mut c.cells {
                *cell = safe(cell);
            }
            c.error = c.error.as_deref().map(safe);
            c
        })
        .collect();
    let cols = layout(lang, &rows, width);
    let mut out = String::new();
    let cut = |s: String| text::truncate(&s, width, ascii);
    out.push_str(&cut(safe(&heading_line(lang, &cols, ascii))));
    out.push('\n');
    for r in &rows {
        out.push_str(&cut(line(r, &cols, ascii)));
        out.push('\n');
    }
    out
}

/// The portfolio for scripts: one object per file, in the order asked for;
/// dates as ISO 8601; a file that cannot be read has `error` and no more.
pub fn to_json(listed: &[Listed], today: NaiveDate, by: SortBy) -> String {
    use serde_json::{Value, json};
    let date = |d: Option<NaiveDate>| d.map_or(Value::Null, |d| Value::String(d.to_string()));
    let items: Vec<Value> = order(listed, by)
        .into_iter()
        .map(|i| {
            let l = &listed[i];
            let file = l.path.to_string_lossy().into_owned();
            match &l.glance {
                Err(why) => json!({ "file": file, "error": why }),
                Ok(g) => {
                    let place = match &g.place {
                        Place::Cycle {
                            name,
                            number,
                            of,
                            phase,
                        } => json!({
                            "cycle": name,
                            "number": number,
                            "of": of,
                            "phase": phase.map(|p| format!("{p:?}").to_lowercase()),
                        }),
                        Place::Period { label, school_year } => json!({
                            "period": label,
                            "school_year": school_year,
                        }),
                        Place::Nothing => Value::Null,
                    };
                    let deadline = g.deadline.as_ref().map_or(Value::Null, |d| {
                        json!({
                            "date": d.date.to_string(),
                            "kind": match d.kind {
                                DeadlineKind::Milestone => "milestone",
                                DeadlineKind::Report => "report",
                                DeadlineKind::Control => "control",
                            },
                            "what": d.what,
                            "late": d.is_late(today),
                        })
                    });
                    json!({
                        "file": file,
                        "school": g.school,
                        "title": g.title,
                        "method": match g.method {
                            Method::Innovation => "innovation",
                            Method::Monitoring => "monitoring",
                        },
                        "stands": place,
                        "next_meeting": date(g.next_meeting),
                        "overdue_actions": g.overdue,
                        "indicators_off_target": g.off_target,
                        "indicators_judged": g.judged,
                        "next_deadline": deadline,
                    })
                }
            }
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({
        "today": today.to_string(),
        "sorted_by": format!("{by:?}").to_lowercase(),
        "workshops": items,
    }))
    .unwrap_or_default();
    s.push('\n');
    s
}
