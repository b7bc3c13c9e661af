//! The sections of a report, each written into the document model: the
//! card, the team, the diagnosis, the plans, the cycles, the indicators, the
//! minutes.

use super::*;
use crate::i18n::{N, Words};

pub(super) fn card(b: &mut Builder) {
    let (w, lang) = (b.w, b.lang);
    let p = &w.project;
    let level = p.innovation_level.get();
    b.fields(vec![
        (Words::from(T::FieldTitle), w.title.clone()),
        (Words::from(N::FieldHolder), p.institution.clone()),
        (Words::from(T::FieldSchoolYear), p.school_year.clone()),
        (Words::from(T::FieldArea), i18n::area(lang, &p.area)),
        (
            Words::from(T::FieldKind),
            i18n::kind(lang, p.kind).to_string(),
        ),
        (Words::from(T::FieldGoal), p.goal.clone()),
        (Words::from(T::FieldQuestion), p.research_question.clone()),
        (
            Words::from(T::FieldLevel),
            format!("{level} · {}", i18n::level(lang, level)),
        ),
        (
            Words::from(T::FieldModel),
            p.ar_model
                .map_or_else(String::new, |m| i18n::ar_model(lang, m).to_string()),
        ),
    ]);
    b.fields(vec![
        (N::FieldNoveltyWhat, p.novelty.what.clone()),
        (N::FieldNoveltyFor, p.novelty.for_whom.clone()),
        (N::FieldNoveltyEvidence, p.novelty.evidence.clone()),
    ]);
    b.fields(vec![
        (N::FieldModelReference, p.models.reference.clone()),
        (N::FieldModelActual, p.models.actual.clone()),
        (N::FieldModelGaps, p.models.gaps.clone()),
    ]);
    levels_table(b, &p.levels.iter().collect::<Vec<_>>());
    if !p.calendar.is_empty() {
        b.h(3, b.t(T::ReportCalendar));
        let rows = p
            .calendar
            .iter()
            .map(|a| {
                let mut what = a.what.clone();
                if !a.kind.is_plain() {
                    let kind = b.t(i18n::activity_kind(a.kind));
                    what = format!("{what} ({kind})");
                }
                vec![
                    b.date(a.date),
                    what,
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

/// The novelty's everyday use and where it is passed on (the workshop
/// outline's last two steps).
pub(super) fn passing_on(b: &mut Builder) {
    let p = &b.w.project;
    b.fields(vec![(N::FieldEverydayUse, p.everyday_use.clone())]);
    let rows: Vec<Vec<String>> = p
        .dissemination
        .iter()
        .map(|d| {
            vec![
                b.date(d.date),
                b.t(i18n::channel(d.channel)),
                d.what.clone(),
                b.t(if d.done { T::ReportDone } else { T::ReportOpen }),
            ]
        })
        .collect();
    let t = b.t(N::DisseminationTitle);
    b.out.push(Block::Para(t));
    b.table(
        vec![
            b.t(T::ReportDate),
            b.t(N::FieldChannel),
            b.t(T::FieldWhat),
            b.t(T::FieldStatus),
        ],
        rows,
        vec![],
    );
}

pub(super) fn team(b: &mut Builder) {
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

pub(super) fn diagnosis(b: &mut Builder) {
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

pub(super) fn plans(b: &mut Builder) {
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

pub(super) fn cycles(b: &mut Builder) {
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
        let sources = sources_text(lang, c);
        b.fields(vec![
            (
                Words::from(T::FieldTier),
                i18n::tier(lang, c.tier).to_string(),
            ),
            (Words::from(T::FieldCycleGoal), c.goal.clone()),
            (Words::from(T::ReportPhases), phases),
            (Words::from(T::ReportSources), sources),
            (Words::from(N::Perspectives), perspectives(lang, c)),
            (Words::from(N::References), c.references.join("; ")),
            (Words::from(N::ReferenceLevel), c.reference_level.clone()),
            (Words::from(N::ActualLevel), c.actual_level.clone()),
            (Words::from(T::FieldDataCollected), c.data_collected.clone()),
            (
                Words::from(T::FieldInterpretation),
                c.interpretation.clone(),
            ),
            (Words::from(T::FieldFindings), c.findings.clone()),
            (Words::from(T::FieldReflection), c.reflection.clone()),
            (Words::from(T::ReportEvaluation), c.evaluation.clone()),
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

/// The innovation level over time: a heading and a table, when there are
/// entries.
pub(super) fn levels_table(b: &mut Builder, levels: &[&crate::domain::project::LevelRecord]) {
    if levels.is_empty() {
        return;
    }
    b.h(3, b.t(N::LevelsTitle));
    let rows = levels
        .iter()
        .map(|l| {
            vec![
                b.date(l.date),
                l.expected.get().to_string(),
                l.reached
                    .map_or_else(|| b.t(N::NotYet), |r| r.get().to_string()),
                l.note.clone(),
            ]
        })
        .collect();
    b.table(
        vec![
            b.t(T::ReportDate),
            b.t(N::FieldExpected),
            b.t(N::FieldReached),
            b.t(T::FieldNotes),
        ],
        rows,
        vec![1, 2],
    );
}

/// A cycle's data sources in a line: "kind: description (whose view); …".
pub(super) fn sources_text(lang: Language, c: &crate::domain::Cycle) -> String {
    c.data_sources
        .iter()
        .map(|s| {
            let kind = i18n::source_kind(lang, &s.kind);
            let mut t = if s.description.trim().is_empty() {
                kind
            } else {
                format!("{kind}: {}", s.description)
            };
            if let Some(p) = s.perspective {
                t.push_str(&format!(" ({})", i18n::perspective(lang, p)));
            }
            t
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Whose views a cycle's sources give, and which are missing (empty when
/// the cycle has no source).
pub(super) fn perspectives(lang: Language, c: &crate::domain::Cycle) -> String {
    if c.data_sources.is_empty() {
        String::new()
    } else {
        i18n::perspectives_line(lang, c)
    }
}

pub(super) fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

pub(super) fn standing(lang: Language, s: Option<Standing>) -> String {
    match s {
        Some(Standing::OnTarget) => i18n::t(lang, T::ReportOnTarget),
        Some(Standing::Close) => i18n::t(lang, T::ReportClose),
        Some(Standing::Off) => i18n::t(lang, T::ReportOff),
        None => "",
    }
    .to_string()
}

pub(super) fn indicators(b: &mut Builder) {
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
pub(super) fn group_row(
    w: &Workshop,
    ind: &Indicator,
    lang: Language,
) -> Option<(Vec<String>, Chart)> {
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

pub(super) fn minutes(b: &mut Builder) {
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
