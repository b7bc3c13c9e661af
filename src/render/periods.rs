//! A monitoring's year at a glance, for `premisli spiral`: where a project
//! turns through its action-research cycles, a monitoring turns through its
//! school years and their periods. Each period is marked by its plan of
//! internal control (done, partly, not yet, nothing planned) and says how
//! many values were entered in it.

use crate::domain::Workshop;
use crate::domain::indicators::Monitoring;
use crate::i18n::{self, R};
use crate::render::Ui;
use crate::render::text;

/// How far a period's plan of internal control has come.
fn mark(m: &Monitoring, period: crate::domain::Id, ui: &Ui) -> &'static str {
    let plan = m.plan_of(period);
    let done = plan.iter().filter(|&&i| m.control[i].done).count();
    match (plan.len(), done, ui.ascii) {
        (0, _, false) => "·",
        (0, _, true) => ".",
        (n, d, false) if d == n => "●",
        (n, d, true) if d == n => "x",
        (_, 0, false) => "○",
        (_, 0, true) => "o",
        (_, _, false) => "◐",
        (_, _, true) => "~",
    }
}

/// The periods year by year, wrapped to `width`, with a key to the marks.
pub fn to_text(w: &Workshop, lang: crate::domain::Language, ui: &Ui, width: u16) -> String {
    let width = usize::from(width.max(20));
    let m = &w.monitoring;
    let mut out = vec![
        text::truncate(
            &ui.s(&format!("{} · {}", i18n::t(lang, R::PeriodsTitle), w.title)),
            width,
            ui.ascii,
        ),
        String::new(),
    ];
    if m.periods.is_empty() {
        out.push(ui.s(i18n::t(lang, R::NoPeriodsYet)));
        return out.join("\n") + "\n";
    }
    // School years in the order their periods come.
    let mut years: Vec<&str> = Vec::new();
    for p in &m.periods {
        if !years.contains(&p.school_year.as_str()) {
            years.push(&p.school_year);
        }
    }
    for year in years {
        let head = if year.trim().is_empty() { "—" } else { year };
        out.push(text::truncate(&ui.s(head), width, ui.ascii));
        let mut line = String::from("  ");
        for p in m.periods.iter().filter(|p| p.school_year == year) {
            let values = m
                .indicators()
                .flat_map(|i| i.measurements.iter())
                .filter(|x| x.period == p.id)
                .count();
            let piece = ui.s(&format!("{} {} ({values})", mark(m, p.id, ui), p.label));
            let piece = text::truncate(&piece, width.saturating_sub(2), ui.ascii);
            if text::width(&line) + text::width(&piece) + 2 > width && line.trim() != "" {
                out.push(line.trim_end().to_string());
                line = String::from("  ");
            }
            line.push_str(&piece);
            line.push_str("  ");
        }
        out.push(line.trim_end().to_string());
    }
    out.push(String::new());
    let key = i18n::t(lang, R::PeriodsKey);
    let key = if ui.ascii {
        key.replace('●', "x")
            .replace('◐', "~")
            .replace('○', "o")
            .replace('·', ".")
    } else {
        key.to_string()
    };
    for row in text::wrap(&ui.s(&key), width) {
        out.push(row.text.trim().to_string());
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::indicators::PeriodDef;
    use crate::domain::regulation::{ControlItem, Summary};
    use crate::domain::{Id, Language, Method};
    use crate::render::theme::Theme;

    #[test]
    fn periods_are_marked_by_their_plan_and_fit_the_width() {
        let mut w = Workshop::with_method("ВСОКО", Language::Ru, Method::Monitoring);
        for (k, label) in ["I четверть", "II четверть", "III четверть"]
            .iter()
            .enumerate()
        {
            w.monitoring.periods.push(PeriodDef {
                id: Id(k as u32 + 1),
                label: (*label).into(),
                school_year: "2025/26".into(),
                kind: None,
            });
        }
        for (id, period, done) in [(10, 1, true), (11, 2, true), (12, 2, false)] {
            w.monitoring.control.push(ControlItem {
                id: Id(id),
                period: Id(period),
                procedure: None,
                what: "x".into(),
                due: None,
                responsible: Default::default(),
                summary: Summary::Note,
                done,
            });
        }
        let theme = Theme::fallback();
        let ui = Ui {
            theme: &theme,
            ascii: false,
        };
        let text = to_text(&w, Language::Ru, &ui, 80);
        assert!(text.contains("● I четверть (0)"), "{text}");
        assert!(text.contains("◐ II четверть (0)"), "{text}");
        assert!(text.contains("· III четверть (0)"), "{text}");
        for width in [24u16, 40] {
            let narrow = to_text(&w, Language::Ru, &ui, width);
            assert!(
                narrow.lines().all(|l| text::width(l) <= usize::from(width)),
                "{narrow}"
            );
        }
        let ascii = Ui {
            theme: &theme,
            ascii: true,
        };
        assert!(to_text(&w, Language::En, &ascii, 60).is_ascii());
    }
}
