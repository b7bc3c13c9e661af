//! The quality monitoring's documents (the regulation of the ВСОКО): the
//! analytic note on a period (аналитическая справка), the self-assessment
//! report's indicator table in people and per cent (отчёт о
//! самообследовании), and the material for the pedagogical council's
//! meeting with a draft decision.

use super::{Block, Builder, Chart};
use crate::domain::indicators::{Indicator, Standing, Value};
use crate::domain::{ActionStatus, Id, Role, dashboard};
use crate::i18n::{self, D, T};
use crate::render::dashboard as dash;

/// The last period with any value, if any.
pub(super) fn latest_period(b: &Builder) -> Option<usize> {
    let m = &b.w.monitoring;
    (0..m.periods.len()).rev().find(|&p| {
        let id = m.periods[p].id;
        m.indicators()
            .any(|i| i.measurements.iter().any(|x| x.period == id))
    })
}

pub(super) fn period_name(b: &Builder, p: usize) -> String {
    let d = &b.w.monitoring.periods[p];
    if d.school_year.trim().is_empty() {
        d.label.clone()
    } else {
        format!("{} {}", d.label, d.school_year)
    }
}

/// The people counted and the whole, for the school in a period: its own
/// count, else its classes' counts added.
pub(super) fn counts(
    m: &crate::domain::indicators::Monitoring,
    ind: &Indicator,
    period: Id,
) -> Option<(u32, u32)> {
    let ratio = |v: &Value| match v {
        Value::Ratio(a, b) => Some((*a, *b)),
        Value::Number(_) => None,
    };
    if let Some(m) = ind
        .measurements
        .iter()
        .find(|m| m.period == period && m.group.is_none())
    {
        return ratio(&m.value);
    }
    let parts: Vec<(u32, u32)> = ind
        .measurements
        .iter()
        .filter(|x| x.period == period && x.group.is_some_and(|g| !m.is_outside(g)))
        .filter_map(|x| ratio(&x.value))
        .collect();
    (!parts.is_empty()).then(|| parts.iter().fold((0, 0), |(p, w), (a, b)| (p + a, w + b)))
}

/// The heading fields every document opens with.
fn head(b: &mut Builder, period: Option<usize>) {
    let p = &b.w.project;
    let mut who: Vec<String> = Vec::new();
    for ind in b.w.monitoring.indicators() {
        let name = i18n::responsible(b.w, b.lang, &ind.plan.responsible);
        if !name.trim().is_empty() && !who.contains(&name) {
            who.push(name);
        }
    }
    let periods = &b.w.monitoring.periods;
    let timing = match (periods.first(), period) {
        (Some(_), Some(last)) => format!("{} – {}", period_name(b, 0), period_name(b, last)),
        _ => String::new(),
    };
    let pairs: Vec<(String, String)> = [
        (D::DocSchool, p.institution.clone()),
        (D::DocYear, p.school_year.clone()),
        (
            D::DocPeriod,
            period.map_or_else(String::new, |k| period_name(b, k)),
        ),
        (D::DocAim, b.t(D::DocAimText)),
        (D::DocTiming, timing),
        (D::DocWho, who.join(", ")),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| (b.t(k), v))
    .collect();
    b.out.push(Block::Fields(pairs));
}

/// One indicator's standing at the latest period and the period before.
pub(super) struct Line {
    pub name: String,
    pub latest: Option<f64>,
    pub previous: Option<f64>,
    pub gap: Option<f64>,
    pub standing: Option<Standing>,
    pub ind: Indicator,
}

pub(super) fn lines(b: &Builder, period: usize) -> Vec<(usize, Line)> {
    let m = &b.w.monitoring;
    let mut out = Vec::new();
    for (ci, c) in m.criteria.iter().enumerate() {
        for ind in &c.indicators {
            let r = dashboard::row(m, ci, ind, None);
            let latest = r.series.get(period).copied().flatten();
            // The same period a year before (a year with the year before, a
            // quarter with the same quarter), else the last value before.
            let label = &m.periods[period].label;
            let earlier = || {
                r.series[..period.min(r.series.len())]
                    .iter()
                    .enumerate()
                    .rev()
            };
            let previous = earlier()
                .find(|(k, v)| v.is_some() && m.periods[*k].label == *label)
                .or_else(|| earlier().find(|(_, v)| v.is_some()))
                .and_then(|(_, v)| *v);
            out.push((
                ci,
                Line {
                    name: ind.name.clone(),
                    latest,
                    previous,
                    gap: latest.and_then(|v| ind.gap(v)),
                    standing: latest.and_then(|v| ind.standing(v, m.close_threshold)),
                    ind: ind.clone(),
                },
            ));
        }
    }
    out
}

/// The results table of a criterion: latest against target, the period
/// before, the change.
fn results(b: &mut Builder, period: usize, all: &[(usize, Line)]) {
    let lang = b.lang;
    let labels: Vec<String> = (0..b.w.monitoring.periods.len())
        .map(|k| period_name(b, k))
        .collect();
    for (ci, c) in b.w.monitoring.criteria.iter().enumerate() {
        b.h(3, c.name.clone());
        let mut rows = Vec::new();
        let mut charts = Vec::new();
        for (_, l) in all.iter().filter(|(k, _)| *k == ci) {
            let num = |x: f64| dash::number(lang, l.ind.unit, x);
            let pid = b.w.monitoring.periods[period].id;
            let shown = match counts(&b.w.monitoring, &l.ind, pid) {
                Some((a, w)) => format!("{a} / {w} ({})", l.latest.map_or_else(String::new, num)),
                None => l.latest.map_or_else(String::new, num),
            };
            let change = match (l.previous, l.latest) {
                (Some(p), Some(v)) => dash::gap_text(lang, l.ind.unit, v - p, false),
                _ => String::new(),
            };
            rows.push(vec![
                dash::key_name(&l.ind, false),
                shown,
                l.ind.reference.map_or_else(String::new, num),
                l.previous.map_or_else(String::new, num),
                change,
                super::standing(lang, l.standing),
            ]);
            let r = dashboard::row(&b.w.monitoring, ci, &l.ind, None);
            // (a yes or a no over time says nothing a table does not)
            if r.series.iter().any(Option::is_some)
                && l.ind.unit != crate::domain::indicators::Unit::YesNo
            {
                charts.push(Chart::Trend {
                    title: l.name.clone(),
                    labels: labels.clone(),
                    values: r.series,
                    reference: l.ind.reference,
                    unit: l.ind.unit,
                    lang,
                });
            }
        }
        b.table(
            vec![
                b.t(T::ReportIndicator),
                b.t(D::DocActual),
                b.t(D::DocTarget),
                b.t(D::DocPrevious),
                b.t(D::DocChange),
                b.t(T::ReportStanding),
            ],
            rows,
            vec![1, 2, 3, 4],
        );
        if !charts.is_empty() {
            b.out.push(Block::Charts(charts));
        }
    }
}

/// The school beside its classes and the figures from outside (the
/// municipality, the region) at the note's period, for every indicator
/// measured by class or compared with outside.
fn comparative(b: &mut Builder, period: usize) {
    let (w, lang) = (b.w, b.lang);
    let m = &w.monitoring;
    let pid = m.periods[period].id;
    let value = |ind: &Indicator, g: Option<Id>| dashboard::value(m, ind, pid, g);
    // Only the columns that hold something.
    let used: Vec<&crate::domain::indicators::Group> = m
        .groups
        .iter()
        .filter(|g| m.indicators().any(|i| value(i, Some(g.id)).is_some()))
        .collect();
    let mut rows = Vec::new();
    let mut charts = Vec::new();
    for ind in m.indicators() {
        let parts: Vec<Option<f64>> = used.iter().map(|g| value(ind, Some(g.id))).collect();
        if parts.iter().all(Option::is_none) {
            continue;
        }
        let school = value(ind, None);
        let num = |v: Option<f64>| v.map_or_else(String::new, |x| dash::number(lang, ind.unit, x));
        let mut row = vec![dash::key_name(ind, false), num(school)];
        row.extend(parts.iter().map(|v| num(*v)));
        rows.push(row);
        let mut bars = vec![(b.t(D::DocWholeSchool), school)];
        bars.extend(used.iter().zip(&parts).map(|(g, v)| (g.name.clone(), *v)));
        charts.push(Chart::Groups {
            title: ind.name.clone(),
            bars,
            reference: ind.reference,
            unit: ind.unit,
            lang,
        });
    }
    if rows.is_empty() {
        return b.none();
    }
    let mut head = vec![b.t(T::ReportIndicator), b.t(D::DocWholeSchool)];
    head.extend(used.iter().map(|g| g.name.clone()));
    let right = (1..head.len()).collect();
    b.table(head, rows, right);
    b.out.push(Block::Charts(charts));
}

/// Names in a sentence: at most five, then how many more.
fn named(lang: crate::domain::Language, names: &[String]) -> String {
    let mut s = names.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > 5 {
        s.push_str(&i18n::tf(
            lang,
            D::DocMore,
            &[("n", &(names.len() - 5).to_string())],
        ));
    }
    s
}

/// Sentences drawn from the numbers: how many reach the target, which fall
/// short, which improved or declined.
fn conclusions(b: &mut Builder, all: &[(usize, Line)]) {
    let lang = b.lang;
    let measured: Vec<&Line> = all
        .iter()
        .map(|(_, l)| l)
        .filter(|l| l.latest.is_some())
        .collect();
    let count = |s: Standing| measured.iter().filter(|l| l.standing == Some(s)).count();
    let total = measured
        .iter()
        .filter(|l| l.standing.is_some())
        .count()
        .to_string();
    let mut said = vec![i18n::tf(
        lang,
        D::DocMet,
        &[
            ("n", &count(Standing::OnTarget).to_string()),
            ("total", &total),
        ],
    )];
    let close = count(Standing::Close);
    if close > 0 {
        said.push(i18n::tf(lang, D::DocClose, &[("n", &close.to_string())]));
    }
    let short: Vec<String> = measured
        .iter()
        .filter(|l| l.standing == Some(Standing::Off))
        .map(|l| format!("«{}»", l.name))
        .collect();
    if !short.is_empty() {
        said.push(i18n::tf(
            lang,
            D::DocShort,
            &[
                ("n", &short.len().to_string()),
                ("list", &named(lang, &short)),
            ],
        ));
    }
    let moved = |better: bool| -> Vec<String> {
        measured
            .iter()
            .filter_map(|l| {
                let (p, v) = (l.previous?, l.latest?);
                let up = v > p;
                let good =
                    up == (l.ind.direction == crate::domain::indicators::Direction::HigherIsBetter);
                (v != p && good == better).then(|| format!("«{}»", l.name))
            })
            .collect()
    };
    let (better, worse) = (moved(true), moved(false));
    if !better.is_empty() {
        said.push(i18n::tf(
            lang,
            D::DocBetter,
            &[("list", &named(lang, &better))],
        ));
    }
    if !worse.is_empty() {
        said.push(i18n::tf(
            lang,
            D::DocWorse,
            &[("list", &named(lang, &worse))],
        ));
    }
    b.out.push(Block::List(said));
}

/// What to do about the gaps: a recommendation per indicator that falls
/// short, and the decisions already planned for them.
fn recommendations(b: &mut Builder, all: &[(usize, Line)]) {
    let lang = b.lang;
    let short: Vec<String> = all
        .iter()
        .map(|(_, l)| l)
        .filter(|l| l.standing == Some(Standing::Off))
        .map(|l| {
            let gap = l
                .gap
                .map_or_else(String::new, |g| dash::gap_text(lang, l.ind.unit, g, false));
            i18n::tf(lang, D::DocRecommend, &[("name", &l.name), ("gap", &gap)])
        })
        .collect();
    if short.is_empty() {
        b.out.push(Block::Para(b.t(D::DocNoRecommend)));
    } else {
        b.out.push(Block::List(short));
    }
}

/// The plans' open actions tied to an indicator (or all open ones): what,
/// who, by when.
fn decisions(b: &Builder) -> Vec<String> {
    let w = b.w;
    let tied = w.plans.all().any(|a| a.indicator.is_some());
    w.plans
        .all()
        .filter(|a| a.status != ActionStatus::Done && a.status != ActionStatus::Dropped)
        .filter(|a| !tied || a.indicator.is_some())
        .map(|a| {
            let mut s = a.what.clone();
            let who = b.member(a.who);
            if !who.is_empty() {
                s.push_str(&format!(" — {who}"));
            }
            if let Some(d) = a.due {
                s.push_str(&format!(", {}", b.date(d)));
            }
            s
        })
        .collect()
}

/// Аналитическая справка: aim, timing, who; results in tables and charts;
/// dynamic and comparative analysis; conclusions, recommendations, the
/// proposed decisions.
pub(super) fn analysis(b: &mut Builder) {
    let period = latest_period(b);
    head(b, period);
    let Some(period) = period else {
        b.h(2, b.t(D::DocResults));
        return b.none();
    };
    let all = lines(b, period);
    key_note(b);
    planned(b, period);
    b.h(2, b.t(D::DocDynamic));
    results(b, period, &all);
    b.h(2, b.t(D::DocComparative));
    comparative(b, period);
    b.h(2, b.t(D::DocConclusions));
    conclusions(b, &all);
    b.h(2, b.t(D::DocRecommendations));
    recommendations(b, &all);
    b.h(2, b.t(D::DocDecisions));
    let d = decisions(b);
    if d.is_empty() {
        b.none();
    } else {
        b.out.push(Block::List(d));
    }
}

/// The period's plan of internal control as it was carried out (when the
/// monitoring keeps one).
fn planned(b: &mut Builder, period: usize) {
    let w = b.w;
    let lang = b.lang;
    // A year's note holds the plan of the whole school year.
    let p = &w.monitoring.periods[period];
    let m = &w.monitoring;
    let list = if p.kind == Some(crate::domain::regulation::PeriodKind::Year) {
        m.plan_where(|id| {
            m.periods
                .iter()
                .any(|x| x.id == id && x.school_year == p.school_year)
        })
    } else {
        m.plan_of(p.id)
    };
    if list.is_empty() {
        return;
    }
    let yes_no = |done: bool| i18n::t(lang, if done { D::DocYes } else { D::DocNo }).to_string();
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|&i| {
            let c = &w.monitoring.control[i];
            vec![
                c.what.clone(),
                c.due.map(|d| i18n::date(lang, d)).unwrap_or_default(),
                i18n::responsible(w, lang, &c.responsible),
                i18n::summary(lang, c.summary).to_string(),
                yes_no(c.done),
            ]
        })
        .collect();
    b.h(2, b.t(D::DocPlanned));
    b.table(
        vec![
            b.t(D::DocChecked),
            b.t(D::DocDue),
            b.t(D::DocWho),
            b.t(D::DocEndsIn),
            b.t(D::DocDone),
        ],
        rows,
        vec![],
    );
}

/// Says what the star means, when a key indicator is marked.
fn key_note(b: &mut Builder) {
    if b.w.monitoring.indicators().any(|i| i.key) {
        let t = b.t(D::KeyIndicatorNote);
        b.out.push(Block::Note(t));
    }
}

/// Отчёт о самообследовании: the indicator table, people and per cent.
pub(super) fn self_assessment(b: &mut Builder) {
    let period = latest_period(b);
    head(b, period);
    key_note(b);
    b.h(2, b.t(D::DocResults));
    let Some(period) = period else {
        return b.none();
    };
    let pid = b.w.monitoring.periods[period].id;
    let lang = b.lang;
    for (ci, c) in b.w.monitoring.criteria.iter().enumerate() {
        b.h(3, c.name.clone());
        let rows: Vec<Vec<String>> = c
            .indicators
            .iter()
            .map(|ind| {
                let r = dashboard::row(&b.w.monitoring, ci, ind, None);
                let v = r.series.get(period).copied().flatten();
                let (people, share) = match counts(&b.w.monitoring, ind, pid) {
                    Some((a, _)) => (
                        a.to_string(),
                        v.map_or_else(String::new, |x| dash::number(lang, ind.unit, x)),
                    ),
                    None => (
                        String::new(),
                        v.map_or_else(String::new, |x| dash::number(lang, ind.unit, x)),
                    ),
                };
                vec![
                    dash::key_name(ind, false),
                    i18n::unit(lang, ind.unit).to_string(),
                    people,
                    share,
                ]
            })
            .collect();
        b.table(
            vec![
                b.t(T::ReportIndicator),
                b.t(T::FieldUnit),
                b.t(D::DocPeople),
                b.t(D::DocValue),
            ],
            rows,
            vec![2, 3],
        );
    }
}

/// The material for the pedagogical council: the results in brief, what
/// needs attention, and a draft decision.
pub(super) fn council(b: &mut Builder) {
    let period = latest_period(b);
    head(b, period);
    let Some(period) = period else {
        b.h(2, b.t(D::DocResults));
        return b.none();
    };
    let all = lines(b, period);
    b.h(2, b.t(D::DocResults));
    conclusions(b, &all);
    b.h(2, b.t(D::DocIssues));
    recommendations(b, &all);
    b.h(2, b.t(D::DocDraftDecision));
    let lang = b.lang;
    let mut points = vec![i18n::tf(
        lang,
        D::DocTakeNote,
        &[("period", &period_name(b, period))],
    )];
    points.extend(decisions(b));
    let head_of =
        b.w.team
            .iter()
            .find(|m| matches!(m.role, Role::Head | Role::FormalLeader))
            .map(|m| m.name.clone());
    if let Some(who) = head_of {
        points.push(i18n::tf(lang, D::DocControl, &[("who", &who)]));
    }
    b.out.push(Block::Numbered(points));
}
