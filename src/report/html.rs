//! The report as one self-contained HTML file: inline CSS for screen and A4
//! print, inline SVG charts, no scripts, no external links, fonts or images.

use super::escape::html;
use super::{Block, Document, svg};

const CSS: &str = "\
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; background: #fff; max-width: 182mm; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 .2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #888; margin-top: 1.6em; padding-bottom: .1em; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1.2em 0 .3em; break-after: avoid; }
p { margin: .3em 0 .6em; white-space: pre-line; }
.note { color: #555; font-style: italic; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .4em 0 1em; }
dt { font-weight: bold; }
dd { margin: 0; white-space: pre-line; }
ul { margin: .2em 0 .8em; padding-left: 1.4em; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 1em; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 2px 5px; text-align: left; vertical-align: top; }
th { background: #eee; }
.n { text-align: right; white-space: nowrap; }
table.wide { font-size: 7.5pt; }
table.wide th { white-space: normal; }
table.wide th, table.wide td { padding: 1px 3px; }
table.wide td:first-child { width: 28%; }
pre { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 7.5pt; line-height: 1.15; white-space: pre; overflow: hidden; break-inside: avoid; border: 1px solid #ddd; padding: .5em; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm 8mm; margin: .5em 0 1.2em; }
figure { margin: 0; break-inside: avoid; }
svg { width: 100%; height: auto; display: block; }
@media print { body { margin: 0; padding: 0; max-width: none; } h2 { break-before: auto; } }
";

pub fn render(d: &Document) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        d.lang.code(),
        html(&d.title),
        html(&d.title)
    );
    for b in &d.blocks {
        match b {
            Block::Heading(level, text) => {
                let l = (*level).clamp(2, 4);
                out.push_str(&format!("<h{l}>{}</h{l}>\n", html(text)));
            }
            Block::Para(text) => out.push_str(&format!("<p>{}</p>\n", html(text))),
            Block::Note(text) => out.push_str(&format!("<p class=\"note\">{}</p>\n", html(text))),
            Block::Fields(pairs) => {
                out.push_str("<dl>\n");
                for (k, v) in pairs {
                    out.push_str(&format!(
                        "<dt>{}</dt><dd>{}</dd>\n",
                        html(k),
                        html(v.trim())
                    ));
                }
                out.push_str("</dl>\n");
            }
            Block::List(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", html(i)));
                }
                out.push_str("</ul>\n");
            }
            Block::Numbered(items) => {
                out.push_str("<ol>\n");
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", html(i)));
                }
                out.push_str("</ol>\n");
            }
            Block::Table { head, rows, right } => {
                let class = |i: usize| {
                    if right.contains(&i) {
                        " class=\"n\""
                    } else {
                        ""
                    }
                };
                // Many columns (classes side by side): smaller, so that the
                // table keeps within an A4 page.
                out.push_str(if head.len() > 7 {
                    "<table class=\"wide\">\n<thead><tr>"
                } else {
                    "<table>\n<thead><tr>"
                });
                for (i, h) in head.iter().enumerate() {
                    out.push_str(&format!("<th{}>{}</th>", class(i), html(h)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for r in rows {
                    out.push_str("<tr>");
                    for (i, c) in r.iter().enumerate() {
                        out.push_str(&format!("<td{}>{}</td>", class(i), html(c)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Pre(text) => out.push_str(&format!("<pre>{}</pre>\n", html(text.trim_end()))),
            Block::Charts(charts) => {
                out.push_str("<div class=\"charts\">\n");
                for c in charts {
                    out.push_str(&format!("<figure>{}</figure>\n", svg::render(c)));
                }
                out.push_str("</div>\n");
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}
