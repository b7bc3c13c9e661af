//! The shape of the code: dependencies between top-level modules point one
//! way (no import circle), and the headless outputs never reach into the app
//! or its screens. Read from the sources' `crate::` paths.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module → the top-level modules its files name.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let rel = p.strip_prefix(&src).unwrap();
            let top = rel
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string();
            if top == "lib" || top == "main" {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            // Tests inside a file may reach anywhere.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let deps = g.entry(top.clone()).or_default();
            for (i, _) in code.match_indices("crate::") {
                let name: String = code[i + 7..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != top {
                    deps.insert(name);
                }
            }
        }
    }
    g
}

fn cycle_from(
    g: &BTreeMap<String, BTreeSet<String>>,
    at: &str,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(i) = path.iter().position(|p| p == at) {
        let mut c = path[i..].to_vec();
        c.push(at.to_string());
        return Some(c);
    }
    if done.contains(at) {
        return None;
    }
    path.push(at.to_string());
    for next in g.get(at).into_iter().flatten() {
        if let Some(c) = cycle_from(g, next, path, done) {
            return Some(c);
        }
    }
    path.pop();
    done.insert(at.to_string());
    None
}

#[test]
fn no_import_circle_between_top_level_modules() {
    let g = graph();
    let mut done = BTreeSet::new();
    for m in g.keys() {
        if let Some(c) = cycle_from(&g, m, &mut Vec::new(), &mut done) {
            panic!("import circle: {}\n{g:#?}", c.join(" → "));
        }
    }
}

#[test]
fn the_inner_layers_never_reach_the_app_or_the_screens() {
    let g = graph();
    for inner in ["domain", "i18n", "text", "store", "render", "report"] {
        let deps = g.get(inner).cloned().unwrap_or_default();
        for outer in ["app", "ui", "runtime", "terminal", "cli"] {
            assert!(!deps.contains(outer), "{inner} imports {outer}: {deps:?}");
        }
    }
    let domain = g.get("domain").cloned().unwrap_or_default();
    assert!(
        domain.iter().all(|d| d == "text"),
        "the domain stands on nothing but the text rules: {domain:?}"
    );
}
