//! A project's annual and final reports, under the five headings the
//! institute's analysis of annual reports names: the goal, the strategy of
//! developing the novelty, its evaluation, data collection and processing
//! (triangulation), and the novelty itself. The annual report covers the
//! cycles of the card's school year; the final one the whole project, with
//! the innovation level's whole history. (The interim report is made of the
//! sections chosen on screen 8.)

use super::{Block, Builder};
use crate::domain::{Cycle, Phase};
use crate::i18n::{self, N, T, Words};

/// The cycles a report covers: the school year's ("2025/26": from
/// 1 September 2025 to 31 August 2026), or every cycle.
fn covered<'a>(b: &Builder<'a>, whole: bool) -> Vec<&'a Cycle> {
    let w = b.w;
    let year: Option<i32> = w
        .project
        .school_year
        .trim()
        .get(..4)
        .and_then(|y| y.parse().ok());
    match year {
        Some(y) if !whole => {
            let from = chrono::NaiveDate::from_ymd_opt(y, 9, 1);
            let to = chrono::NaiveDate::from_ymd_opt(y + 1, 8, 31);
            w.cycles
                .iter()
                .filter(|c| from.is_some_and(|f| c.end >= f) && to.is_some_and(|t| c.start <= t))
                .collect()
        }
        _ => w.cycles.iter().collect(),
    }
}

fn period(b: &Builder, c: &Cycle) -> String {
    format!("{} ({} – {})", c.name, b.date(c.start), b.date(c.end))
}

/// 1 — the goal: the common goal and question, and each cycle's goal tier.
fn goal(b: &mut Builder, cycles: &[&Cycle]) {
    let (w, lang) = (b.w, b.lang);
    b.h(2, b.t(N::HeadGoal));
    b.fields(vec![
        (T::FieldGoal, w.project.goal.clone()),
        (T::FieldQuestion, w.project.research_question.clone()),
    ]);
    let rows = cycles
        .iter()
        .map(|c| {
            vec![
                period(b, c),
                i18n::tier(lang, c.tier).to_string(),
                c.goal.clone(),
            ]
        })
        .collect();
    b.table(
        vec![
            b.t(T::ScreenCycles),
            b.t(T::FieldTier),
            b.t(T::FieldCycleGoal),
        ],
        rows,
        vec![],
    );
}

/// 2 — the strategy: each cycle's phases, and the plans' actions.
fn strategy(b: &mut Builder, cycles: &[&Cycle]) {
    let lang = b.lang;
    b.h(2, b.t(N::HeadStrategy));
    let rows = cycles
        .iter()
        .map(|c| {
            let mut row = vec![period(b, c)];
            row.extend(
                Phase::ALL
                    .iter()
                    .map(|p| i18n::phase_status(lang, c.phase(*p).status).to_string()),
            );
            row
        })
        .collect();
    let mut head = vec![b.t(T::ScreenCycles)];
    head.extend(Phase::ALL.iter().map(|p| i18n::phase(lang, *p).to_string()));
    b.table(head, rows, vec![]);
    // The theory each cycle drew on.
    let refs: Vec<String> = cycles
        .iter()
        .filter(|c| !c.references.is_empty())
        .map(|c| format!("{}: {}", c.name, c.references.join("; ")))
        .collect();
    if !refs.is_empty() {
        b.out.push(Block::Para(b.t(N::References)));
        b.out.push(Block::List(refs));
    }
    super::sections::plans(b);
}

/// 3 — the evaluation: each cycle's findings and evaluation, and where the
/// indicators stand against their reference levels.
fn evaluation(b: &mut Builder, cycles: &[&Cycle]) {
    b.h(2, b.t(N::HeadEvaluation));
    for c in cycles {
        b.h(3, period(b, c));
        let texts = [
            &c.reference_level,
            &c.actual_level,
            &c.findings,
            &c.reflection,
            &c.evaluation,
        ];
        if texts.iter().all(|t| t.trim().is_empty()) {
            b.none();
            continue;
        }
        // The mechanism: the reference level, the actual level, the
        // feedback between them (findings, reflection, evaluation).
        b.fields(vec![
            (Words::from(N::ReferenceLevel), c.reference_level.clone()),
            (Words::from(N::ActualLevel), c.actual_level.clone()),
            (Words::from(T::FieldFindings), c.findings.clone()),
            (Words::from(T::FieldReflection), c.reflection.clone()),
            (Words::from(T::ReportEvaluation), c.evaluation.clone()),
        ]);
    }
    if !b.w.monitoring.criteria.is_empty() {
        super::sections::indicators(b);
    }
}

/// 4 — data: each cycle's sources, and whether they triangulate.
fn data(b: &mut Builder, cycles: &[&Cycle]) {
    let lang = b.lang;
    b.h(2, b.t(N::HeadData));
    let rows = cycles
        .iter()
        .map(|c| {
            let sources = super::sections::sources_text(lang, c);
            let kinds = c.source_kinds().to_string();
            let tri = if c.is_triangulated() {
                i18n::tf(lang, T::Triangulated, &[("kinds", &kinds)])
            } else {
                i18n::tf(lang, T::NotTriangulated, &[("kinds", &kinds)])
            };
            let whose = super::sections::perspectives(lang, c);
            vec![period(b, c), sources, tri, whose]
        })
        .collect();
    b.table(
        vec![
            b.t(T::ScreenCycles),
            b.t(T::ReportSources),
            b.t(N::Triangulation),
            b.t(N::Perspectives),
        ],
        rows,
        vec![],
    );
}

/// 5 — the novelty: what is new, for whom, the evidence; the level reached.
fn novelty(b: &mut Builder, whole: bool) {
    let p = &b.w.project;
    b.h(2, b.t(N::HeadNovelty));
    b.fields(vec![
        (N::FieldNoveltyWhat, p.novelty.what.clone()),
        (N::FieldNoveltyFor, p.novelty.for_whom.clone()),
        (N::FieldNoveltyEvidence, p.novelty.evidence.clone()),
    ]);
    if p.novelty.is_empty() {
        let t = b.t(N::NoveltyMissing);
        b.out.push(Block::Note(t));
    }
    let levels: Vec<_> = if whole {
        p.levels.iter().collect()
    } else {
        p.levels.iter().rev().take(1).collect()
    };
    super::sections::levels_table(b, &levels);
    if !p.models.is_empty() {
        b.fields(vec![
            (N::FieldModelReference, p.models.reference.clone()),
            (N::FieldModelActual, p.models.actual.clone()),
            (N::FieldModelGaps, p.models.gaps.clone()),
        ]);
    }
    // Everyday use and dissemination close the account of the novelty.
    b.h(3, b.t(N::PassingOn));
    super::sections::passing_on(b);
}

fn five_headings(b: &mut Builder, whole: bool) {
    let w = b.w;
    b.fields(vec![
        (Words::from(N::FieldHolder), w.project.institution.clone()),
        (
            Words::from(T::FieldSchoolYear),
            w.project.school_year.clone(),
        ),
    ]);
    let cycles = covered(b, whole);
    goal(b, &cycles);
    strategy(b, &cycles);
    evaluation(b, &cycles);
    data(b, &cycles);
    novelty(b, whole);
    evidence(b, &cycles, whole);
}

/// For each member who needs it for promotion: their role, the meetings
/// they attended and the actions they answered for, within the report's
/// span (the school year's cycles, or the whole project).
fn evidence(b: &mut Builder, cycles: &[&Cycle], whole: bool) {
    let w = b.w;
    let lang = b.lang;
    let span = match (cycles.first(), cycles.last()) {
        (Some(a), Some(z)) if !whole => Some((a.start, z.end)),
        _ => None,
    };
    let within = |d: chrono::NaiveDate| span.is_none_or(|(a, z)| a <= d && d <= z);
    let members: Vec<_> = w.team.iter().filter(|m| m.promotion).collect();
    if members.is_empty() {
        return;
    }
    b.h(2, b.t(N::EvidenceTitle));
    for m in members {
        b.h(3, format!("{} ({})", m.name, i18n::role(lang, m.role)));
        let meetings: Vec<String> = w
            .sessions
            .iter()
            .filter(|s| s.attendees.contains(&m.id) && within(s.date))
            .map(|s| format!("{} ({})", b.date(s.date), i18n::session_kind(lang, s.kind)))
            .collect();
        let actions: Vec<String> = w
            .plans
            .prevention
            .iter()
            .chain(&w.plans.curative)
            .filter(|a| a.who == Some(m.id))
            .filter(|a| a.due.is_none_or(&within))
            .map(|a| a.what.clone())
            .collect();
        b.fields(vec![
            (Words::from(T::FieldPersonalGoal), m.personal_goal.clone()),
            (Words::from(N::EvidenceMeetings), meetings.join("; ")),
            (Words::from(N::EvidenceActions), actions.join("; ")),
        ]);
    }
}

/// The annual report: the school year's cycles under the five headings.
pub(super) fn annual(b: &mut Builder) {
    five_headings(b, false);
}

/// The final report: the whole project under the five headings.
pub(super) fn final_report(b: &mut Builder) {
    five_headings(b, true);
}
