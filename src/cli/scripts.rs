//! What the command line gives scripts: a workshop read from standard input
//! (`-`), and `validate` and `dashboard` as JSON.

use std::io::Read;
use std::path::Path;

use serde_json::{Value, json};

use crate::domain::Workshop;
use crate::domain::indicators::Standing;
use crate::domain::indicators::import::{direction_code, unit_code};
use crate::store::{self, StoreError};

/// Whether a path names standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A workshop from a file, or from standard input for `-`.
pub fn read_workshop(path: &Path) -> Result<Workshop, StoreError> {
    if !is_stdin(path) {
        return store::load(path);
    }
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| StoreError::io(Path::new("<stdin>"), &e))?;
    store::from_text(Path::new("<stdin>"), &text)
}

/// One file's check, for scripts: `{"file", "ok", "errors": [...]}`, each
/// error with its line and column when the file's text is at fault.
fn check(path: &Path) -> Value {
    let file = if is_stdin(path) {
        "-".to_string()
    } else {
        path.to_string_lossy().into_owned()
    };
    match read_workshop(path) {
        Ok(_) => json!({ "file": file, "ok": true }),
        Err(e) => {
            let errors: Vec<Value> = match &e {
                StoreError::Parse {
                    line, col, message, ..
                } => vec![json!({ "line": line, "column": col, "message": message })],
                StoreError::Invalid { problems, .. } => {
                    problems.iter().map(|p| json!({ "message": p })).collect()
                }
                other => vec![json!({ "message": other.to_string() })],
            };
            json!({ "file": file, "ok": false, "errors": errors })
        }
    }
}

/// `validate --json`: one object per file, in order; status 1 when any
/// file is not valid.
pub fn validate_json(files: &[std::path::PathBuf]) -> (String, i32) {
    let results: Vec<Value> = files.iter().map(|f| check(f)).collect();
    let code = i32::from(results.iter().any(|r| r["ok"] == false));
    let mut s = serde_json::to_string_pretty(&json!({ "files": results })).unwrap_or_default();
    s.push('\n');
    (s, code)
}

/// A figure as a person would write it: at most six decimals, so that a
/// sum's binary noise (6.349999999999994) does not reach a script.
fn figure(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

fn standing_code(s: Standing) -> &'static str {
    match s {
        Standing::OnTarget => "on_target",
        Standing::Close => "close",
        Standing::Off => "off",
    }
}

/// `dashboard --json`: per criterion, per indicator, the reference level,
/// the series over the periods, the latest value, the gap and the standing,
/// and each group's latest value — the figures the dashboard draws.
pub fn dashboard_json(w: &Workshop) -> String {
    let m = &w.monitoring;
    let rows = crate::domain::dashboard::rows(w, None);
    let periods: Vec<Value> = m
        .periods
        .iter()
        .map(|p| json!({ "period": p.label, "school_year": p.school_year }))
        .collect();
    let criteria: Vec<Value> = m
        .criteria
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            let indicators: Vec<Value> = c
                .indicators
                .iter()
                .filter_map(|ind| {
                    let r = rows
                        .iter()
                        .find(|r| r.criterion == ci && r.indicator == ind.id)?;
                    let latest = r.latest.map(|(i, v)| {
                        let p = &m.periods[i];
                        json!({ "period": p.label, "school_year": p.school_year, "value": figure(v) })
                    });
                    let groups: Vec<Value> = crate::domain::dashboard::by_group(w, ind)
                        .into_iter()
                        .filter_map(|(g, v)| {
                            let g = m.groups.iter().find(|x| x.id == g)?;
                            Some(json!({ "group": g.name, "latest": v.map(figure) }))
                        })
                        .collect();
                    Some(json!({
                        "name": ind.name,
                        "key": ind.key,
                        "unit": unit_code(ind.unit),
                        "direction": direction_code(ind.direction),
                        "reference": ind.reference,
                        "series": r.series.iter().map(|v| v.map(figure)).collect::<Vec<_>>(),
                        "latest": latest,
                        "gap": r.gap.map(figure),
                        "standing": r.standing.map(standing_code),
                        "groups": groups,
                    }))
                })
                .collect();
            json!({ "criterion": c.name, "indicators": indicators })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({
        "title": w.title,
        "periods": periods,
        "criteria": criteria,
    }))
    .unwrap_or_default();
    s.push('\n');
    s
}
