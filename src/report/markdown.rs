//! The report as Markdown (CommonMark with pipe tables). Charts are left out:
//! their numbers are in the tables.

use super::escape::{clean, md, md_line};
use super::{Block, Document};

pub fn render(d: &Document) -> String {
    let mut out = format!("# {}\n\n", md(&d.title));
    for b in &d.blocks {
        match b {
            Block::Heading(level, text) => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat(usize::from(*level)),
                    md(text)
                ));
            }
            Block::Para(text) => out.push_str(&format!("{}\n\n", md_line(text))),
            Block::Note(text) => out.push_str(&format!("*{}*\n\n", md(text))),
            Block::Fields(pairs) => {
                for (k, v) in pairs {
                    out.push_str(&format!("- **{}:** {}\n", md(k), md(v)));
                }
                out.push('\n');
            }
            Block::List(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", md_line(i)));
                }
                out.push('\n');
            }
            Block::Numbered(items) => {
                for (k, i) in items.iter().enumerate() {
                    out.push_str(&format!("{}. {}\n", k + 1, md_line(i)));
                }
                out.push('\n');
            }
            Block::Table { head, rows, right } => {
                let cells = |row: &[String]| {
                    let inner: Vec<String> = row.iter().map(|c| md(c)).collect();
                    format!("| {} |\n", inner.join(" | "))
                };
                out.push_str(&cells(head));
                let rule: Vec<&str> = (0..head.len())
                    .map(|i| if right.contains(&i) { "---:" } else { "---" })
                    .collect();
                out.push_str(&format!("| {} |\n", rule.join(" | ")));
                for r in rows {
                    out.push_str(&cells(r));
                }
                out.push('\n');
            }
            Block::Pre(text) => {
                let text = clean(text, true);
                // A fence longer than any run of backticks inside.
                let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
                let fence = "`".repeat((longest + 1).max(3));
                out.push_str(&format!("{fence}text\n{}\n{fence}\n\n", text.trim_end()));
            }
            Block::Charts(_) => {}
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
