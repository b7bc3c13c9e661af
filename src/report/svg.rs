//! Charts as inline SVG for the HTML report: an indicator's trend over the
//! periods with its reference level, and the groups side by side. Plain
//! shapes and text only; every label is escaped.

use std::fmt::Write;

use super::Chart;
use super::escape::html;
use crate::i18n::number;

const W: f64 = 320.0;
const LINE: &str = "#1f4e79";
const REF: &str = "#b03a2e";
const BAR: &str = "#5b8cc0";
const GRID: &str = "#d0d0d0";
const INK: &str = "#222";

fn f(x: f64) -> String {
    format!("{x:.1}")
}

/// The value range to draw: the data and the reference, with some air.
fn range(values: impl Iterator<Item = f64>, reference: Option<f64>) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for v in values.chain(reference) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() {
        return (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.15).max(hi.abs().max(1.0) * 0.05);
    let lo = if lo >= 0.0 {
        (lo - pad).max(0.0)
    } else {
        lo - pad
    };
    (lo, hi + pad)
}

pub fn render(c: &Chart) -> String {
    match c {
        Chart::Trend {
            title,
            labels,
            values,
            reference,
            unit,
            lang,
        } => trend(title, labels, values, *reference, |x| {
            number(*lang, *unit, x)
        }),
        Chart::Groups {
            title,
            bars,
            reference,
            unit,
            lang,
        } => groups(title, bars, *reference, |x| number(*lang, *unit, x)),
    }
}

fn open(h: f64, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {h}\" role=\"img\" aria-label=\"{t}\">\
<text x=\"4\" y=\"12\" font-size=\"8\" font-weight=\"bold\" fill=\"{INK}\">{t}</text>",
        t = html(&crate::render::text::truncate(title, 62, false))
    )
}

fn trend(
    title: &str,
    labels: &[String],
    values: &[Option<f64>],
    reference: Option<f64>,
    fmt: impl Fn(f64) -> String,
) -> String {
    let h = 150.0;
    let (left, right, top, bottom) = (44.0, 10.0, 20.0, 26.0);
    let (lo, hi) = range(values.iter().flatten().copied(), reference);
    let n = values.len().max(1);
    let x = |i: usize| {
        if n == 1 {
            left + (W - left - right) / 2.0
        } else {
            left + (W - left - right) * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: f64| top + (h - top - bottom) * (1.0 - (v - lo) / (hi - lo));
    let mut s = open(h, title);
    // Grid and value ticks: bottom, middle, top.
    for k in 0..3 {
        let v = lo + (hi - lo) * f64::from(k) / 2.0;
        let _ = write!(
            s,
            "<line x1=\"{l}\" x2=\"{r}\" y1=\"{yy}\" y2=\"{yy}\" stroke=\"{GRID}\" stroke-width=\"0.5\"/>\
<text x=\"{tx}\" y=\"{ty}\" font-size=\"7\" text-anchor=\"end\" fill=\"{INK}\">{t}</text>",
            l = f(left),
            r = f(W - right),
            yy = f(y(v)),
            tx = f(left - 3.0),
            ty = f(y(v) + 2.5),
            t = html(&fmt(v)),
        );
    }
    // Period labels: as many as fit, always the first and the last.
    let every = n.div_ceil(6).max(1);
    let mut shown: Vec<usize> = (0..n).step_by(every).collect();
    if let Some(&last) = shown.last()
        && last != n - 1
    {
        if (n - 1 - last) * 2 < every {
            shown.pop();
        }
        shown.push(n - 1);
    }
    for (i, label) in labels.iter().enumerate().take(n) {
        if shown.contains(&i) {
            let _ = write!(
                s,
                "<text x=\"{lx}\" y=\"{ly}\" font-size=\"6.5\" text-anchor=\"middle\" fill=\"{INK}\">{t}</text>",
                lx = f(x(i)),
                ly = f(h - bottom + 11.0),
                t = html(&crate::render::text::truncate(label, 14, false)),
            );
        }
    }
    if let Some(r) = reference {
        let _ = write!(
            s,
            "<line x1=\"{l}\" x2=\"{rr}\" y1=\"{yy}\" y2=\"{yy}\" stroke=\"{REF}\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>\
<text x=\"{rr}\" y=\"{ty}\" font-size=\"7\" text-anchor=\"end\" fill=\"{REF}\">{t}</text>",
            l = f(left),
            rr = f(W - right),
            yy = f(y(r)),
            ty = f(y(r) - 2.5),
            t = html(&fmt(r)),
        );
    }
    // The series through the periods that have a value (a yearly indicator
    // is measured in some periods only).
    let points: Vec<String> = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| format!("{},{}", f(x(i)), f(y(v)))))
        .collect();
    if points.len() > 1 {
        let _ = write!(
            s,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{LINE}\" stroke-width=\"1.5\"/>",
            points.join(" ")
        );
    }
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            let _ = write!(
                s,
                "<circle cx=\"{}\" cy=\"{}\" r=\"1.8\" fill=\"{LINE}\"/>",
                f(x(i)),
                f(y(*v))
            );
        }
    }
    if let Some((i, v)) = values
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, v)| v.map(|v| (i, v)))
    {
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"7.5\" font-weight=\"bold\" text-anchor=\"end\" fill=\"{LINE}\">{}</text>",
            f(x(i)),
            f(y(v) - 4.0),
            html(&fmt(v))
        );
    }
    s.push_str("</svg>");
    s
}

fn groups(
    title: &str,
    bars: &[(String, Option<f64>)],
    reference: Option<f64>,
    fmt: impl Fn(f64) -> String,
) -> String {
    let row = 14.0;
    let (left, right, top) = (70.0, 40.0, 20.0);
    let h = top + row * bars.len() as f64 + 8.0;
    let hi = bars
        .iter()
        .filter_map(|(_, v)| *v)
        .chain(reference)
        .fold(0.0f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let x = |v: f64| left + (W - left - right) * (v.max(0.0) / hi);
    let mut s = open(h, title);
    for (k, (name, v)) in bars.iter().enumerate() {
        let y = top + row * k as f64;
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"7\" text-anchor=\"end\" fill=\"{INK}\">{}</text>",
            f(left - 4.0),
            f(y + row * 0.65),
            html(&crate::render::text::truncate(name, 18, false))
        );
        if let Some(v) = v {
            let _ = write!(
                s,
                "<rect x=\"{l}\" y=\"{yy}\" width=\"{bw}\" height=\"{bh}\" fill=\"{BAR}\"/>\
<text x=\"{tx}\" y=\"{ty}\" font-size=\"7\" fill=\"{INK}\">{t}</text>",
                l = f(left),
                yy = f(y + 2.0),
                bw = f(x(*v) - left),
                bh = f(row - 4.0),
                tx = f(x(*v) + 3.0),
                ty = f(y + row * 0.65),
                t = html(&fmt(*v)),
            );
        }
    }
    if let Some(r) = reference {
        let _ = write!(
            s,
            "<line x1=\"{xx}\" x2=\"{xx}\" y1=\"{t}\" y2=\"{b}\" stroke=\"{REF}\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>",
            xx = f(x(r)),
            t = f(top - 2.0),
            b = f(h - 6.0),
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::domain::indicators::Unit;

    #[test]
    fn charts_are_well_formed_and_escaped() {
        let c = Chart::Trend {
            title: "<b>& share".into(),
            labels: vec!["I".into(), "II".into(), "III".into()],
            values: vec![Some(40.0), None, Some(45.5)],
            reference: Some(50.0),
            unit: Unit::Share,
            lang: Language::En,
        };
        let s = render(&c);
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"));
        assert!(s.contains("&lt;b&gt;&amp; share") && !s.contains("<b>"));
        assert!(s.contains("stroke-dasharray"), "the reference level");
        assert!(s.contains("45.5%"));
        let g = Chart::Groups {
            title: "g".into(),
            bars: vec![("5 класс".into(), Some(30.0)), ("6".into(), None)],
            reference: None,
            unit: Unit::Count,
            lang: Language::Ru,
        };
        let s = render(&g);
        assert_eq!(s.matches("<rect").count(), 1, "no bar where no value");
        assert!(s.contains("5 класс"));
    }
}
