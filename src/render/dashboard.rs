//! Draws the dashboard rows: per criterion, each indicator with a status glyph
//! (as well as a colour, for monochrome and 7-bit terminals), the latest value,
//! the reference level, the gap and a sparkline of the trend. Shared by screen 6
//! and `premisli dashboard`.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Ui, text};
use crate::domain::dashboard::{self, Row};
use crate::domain::indicators::{Direction, Indicator, Standing, Unit};
use crate::domain::{Id, Language, Workshop};
use crate::i18n::{self, T};

pub fn standing_glyph(ui: &Ui, s: Option<Standing>) -> &'static str {
    match (s, ui.ascii) {
        (Some(Standing::OnTarget), false) => "●",
        (Some(Standing::Close), false) => "◐",
        (Some(Standing::Off), false) => "○",
        (None, false) => "·",
        (Some(Standing::OnTarget), true) => "+",
        (Some(Standing::Close), true) => "~",
        (Some(Standing::Off), true) => "-",
        (None, true) => ".",
    }
}

pub fn standing_style(ui: &Ui, s: Option<Standing>) -> Style {
    match s {
        Some(Standing::OnTarget) => ui.theme.good,
        Some(Standing::Close) => ui.theme.warn,
        Some(Standing::Off) => ui.theme.error,
        None => ui.theme.dim,
    }
}

pub use crate::i18n::number;

/// A signed gap: "+2,5" better than the reference, "−4,0" worse.
pub fn gap_text(lang: Language, unit: Unit, gap: f64, ascii: bool) -> String {
    if unit == Unit::YesNo {
        return String::new();
    }
    let body = number(
        lang,
        if unit == Unit::Share {
            Unit::Score
        } else {
            unit
        },
        gap.abs(),
    );
    let sign = if gap >= 0.0 {
        "+"
    } else if ascii {
        "-"
    } else {
        "−"
    };
    format!("{sign}{body}")
}

/// A sparkline of the series' last `n` values, scaled to their own range.
pub fn sparkline(series: &[Option<f64>], n: usize, ascii: bool) -> String {
    let bars: &[char] = if ascii {
        &['_', '.', '-', '=', '^']
    } else {
        &['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']
    };
    let tail = &series[series.len().saturating_sub(n)..];
    let known: Vec<f64> = tail.iter().flatten().copied().collect();
    let (lo, hi) = known
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
    tail.iter()
        .map(|v| match v {
            None => ' ',
            Some(x) if hi - lo < 1e-9 => bars[bars.len() / 2],
            Some(x) => bars[(((x - lo) / (hi - lo)) * (bars.len() - 1) as f64).round() as usize],
        })
        .collect()
}

fn indicator(w: &Workshop, id: Id) -> Option<&Indicator> {
    w.monitoring.indicators().find(|i| i.id == id)
}

/// An indicator's name, with a star before it when it is a key indicator.
pub fn key_name(ind: &Indicator, ascii: bool) -> String {
    if ind.key {
        format!("{} {}", if ascii { "*" } else { "★" }, ind.name)
    } else {
        ind.name.clone()
    }
}

fn pad_left(s: &str, n: usize) -> String {
    format!("{}{s}", " ".repeat(n.saturating_sub(text::width(s))))
}

/// Lines for the rows given (criterion headings included), fitted to `width`.
pub fn lines(
    w: &Workshop,
    rows: &[Row],
    lang: Language,
    ui: &Ui,
    width: usize,
    selected: Option<usize>,
) -> Vec<Line<'static>> {
    let trend_w = if width >= 90 {
        12.min(w.monitoring.periods.len().max(1))
    } else {
        0
    };
    let num_w = 9;
    let cols = 3 * (num_w + 1) + if trend_w > 0 { trend_w + 2 } else { 0 };
    let name_w = width.saturating_sub(4 + cols).max(8);
    let mut out = Vec::new();
    let head = format!(
        "    {}{}{}{}{}",
        " ".repeat(name_w),
        pad_left(i18n::t(lang, T::DashLatest), num_w + 1),
        pad_left(i18n::t(lang, T::DashTarget), num_w + 1),
        pad_left(i18n::t(lang, T::DashGap), num_w + 1),
        if trend_w > 0 {
            format!("  {}", i18n::t(lang, T::DashTrend))
        } else {
            String::new()
        },
    );
    out.push(Line::from(Span::styled(
        text::truncate(&ui.s(&head), width, ui.ascii),
        ui.theme.dim,
    )));
    let mut last_criterion = None;
    for (k, r) in rows.iter().enumerate() {
        if last_criterion != Some(r.criterion) {
            last_criterion = Some(r.criterion);
            let name = w
                .monitoring
                .criteria
                .get(r.criterion)
                .map_or("", |c| c.name.as_str());
            out.push(Line::from(Span::styled(
                text::truncate(&ui.s(name), width, ui.ascii),
                ui.theme.title,
            )));
        }
        let Some(ind) = indicator(w, r.indicator) else {
            continue;
        };
        let sel = selected == Some(k);
        let name = key_name(ind, ui.ascii);
        let latest = r
            .latest
            .map_or_else(|| "—".to_string(), |(_, v)| number(lang, ind.unit, v));
        let target = ind.reference.map_or_else(
            || "—".to_string(),
            |v| {
                let arrow = match (ind.direction, ui.ascii) {
                    (Direction::HigherIsBetter, false) => "≥",
                    (Direction::LowerIsBetter, false) => "≤",
                    (Direction::HigherIsBetter, true) => ">",
                    (Direction::LowerIsBetter, true) => "<",
                };
                format!("{arrow}{}", number(lang, ind.unit, v))
            },
        );
        let gap = r
            .gap
            .map_or_else(String::new, |g| gap_text(lang, ind.unit, g, ui.ascii));
        let mut spans = vec![
            Span::styled(
                format!("{} ", if sel { ui.glyphs().marker } else { " " }),
                ui.theme.accent,
            ),
            Span::styled(
                format!("{} ", standing_glyph(ui, r.standing)),
                standing_style(ui, r.standing),
            ),
            Span::styled(
                format!(
                    "{:<w$}",
                    text::truncate(&ui.s(&name), name_w, ui.ascii),
                    w = name_w
                )
                .chars()
                .collect::<String>(),
                if sel {
                    ui.theme.selected
                } else {
                    ui.theme.base
                },
            ),
            Span::styled(pad_left(&ui.s(&latest), num_w + 1), ui.theme.base),
            Span::styled(pad_left(&ui.s(&target), num_w + 1), ui.theme.dim),
            Span::styled(
                pad_left(&ui.s(&gap), num_w + 1),
                standing_style(ui, r.standing),
            ),
        ];
        if trend_w > 0 {
            spans.push(Span::styled(
                format!("  {}", sparkline(&r.series, trend_w, ui.ascii)),
                ui.theme.accent,
            ));
        }
        // Left-aligned names of wide scripts may not pad by chars; fix the width.
        let used: usize = spans.iter().map(|s| text::width(&s.content)).sum();
        if used > width {
            spans.truncate(2);
        }
        out.push(Line::from(spans));
    }
    out
}

/// The dashboard as text for stdout.
pub fn to_text(w: &Workshop, lang: Language, ui: &Ui, width: u16) -> String {
    let width = usize::from(width.max(20));
    let rows = dashboard::rows(w, None);
    let title = format!(
        "{} · {} · {}",
        i18n::t(lang, T::DashTitle),
        w.title,
        i18n::t(lang, T::WholeSchool)
    );
    let mut out = text::truncate(&ui.s(&title), width, ui.ascii);
    out.push_str("\n\n");
    if rows.is_empty() {
        out.push_str(&ui.s(i18n::t(lang, T::DashEmpty)));
        out.push('\n');
        return out;
    }
    for line in lines(w, &rows, lang, ui, width, None) {
        let s: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        out.push_str(text::truncate(s.trim_end(), width, ui.ascii).trim_end());
        out.push('\n');
    }
    let key = format!(
        "{} {}  {} {}  {} {}  {} {}",
        standing_glyph(ui, Some(Standing::OnTarget)),
        i18n::t(lang, T::OnTarget),
        standing_glyph(ui, Some(Standing::Close)),
        i18n::t(lang, T::Close),
        standing_glyph(ui, Some(Standing::Off)),
        i18n::t(lang, T::Off),
        standing_glyph(ui, None),
        i18n::t(lang, T::NoData)
    );
    out.push('\n');
    out.push_str(&text::truncate(&ui.s(&key), width, ui.ascii));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language_and_unit() {
        assert_eq!(number(Language::Sl, Unit::Share, 84.54), "84,5 %");
        assert_eq!(number(Language::En, Unit::Share, 84.54), "84.5%");
        assert_eq!(number(Language::Ru, Unit::Count, 3.0), "3");
        assert_eq!(number(Language::Ru, Unit::Score, 3.75), "3,8");
        assert_eq!(gap_text(Language::Sl, Unit::Share, -4.0, false), "−4,0");
        assert_eq!(gap_text(Language::En, Unit::Count, 2.0, true), "+2");
    }

    #[test]
    fn sparklines_scale_to_their_range() {
        assert_eq!(
            sparkline(&[Some(1.0), Some(2.0), None, Some(3.0)], 4, false),
            "▁▅ █"
        );
        assert_eq!(
            sparkline(&[Some(5.0), Some(5.0)], 4, true),
            "--",
            "a flat series sits mid-height"
        );
        assert_eq!(
            sparkline(&[Some(1.0), Some(9.0)], 1, true),
            "-",
            "only the last value is shown"
        );
    }
}
