//! Themes: RON files of named styles. Four are built in (and shipped in
//! `themes/`); a user theme in the config directory or a path may add more.
//! `NO_COLOR` strips colours but keeps emphasis.

use std::path::{Path, PathBuf};

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

pub const BUILT_IN: [(&str, &str); 4] = [
    ("default", include_str!("../../themes/default.ron")),
    ("light", include_str!("../../themes/light.ron")),
    ("projector", include_str!("../../themes/projector.ron")),
    ("monochrome", include_str!("../../themes/monochrome.ron")),
];

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct StyleDef {
    fg: Option<String>,
    bg: Option<String>,
    bold: bool,
    reversed: bool,
    underlined: bool,
    dim: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Theme")]
struct ThemeDef {
    base: StyleDef,
    dim: StyleDef,
    accent: StyleDef,
    title: StyleDef,
    tab: StyleDef,
    tab_active: StyleDef,
    selected: StyleDef,
    editing: StyleDef,
    status: StyleDef,
    error: StyleDef,
    warn: StyleDef,
    good: StyleDef,
    key: StyleDef,
    border: StyleDef,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    pub base: Style,
    pub dim: Style,
    pub accent: Style,
    pub title: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub selected: Style,
    pub editing: Style,
    pub status: Style,
    pub error: Style,
    pub warn: Style,
    pub good: Style,
    pub key: Style,
    pub border: Style,
}

fn color(name: &Option<String>) -> Result<Option<Color>, String> {
    match name {
        None => Ok(None),
        Some(n) => n
            .parse::<Color>()
            .map(Some)
            .map_err(|_| format!("unknown colour {n:?}")),
    }
}

fn style(d: &StyleDef) -> Result<Style, String> {
    let mut s = Style::default();
    if let Some(c) = color(&d.fg)? {
        s = s.fg(c);
    }
    if let Some(c) = color(&d.bg)? {
        s = s.bg(c);
    }
    for (on, m) in [
        (d.bold, Modifier::BOLD),
        (d.reversed, Modifier::REVERSED),
        (d.underlined, Modifier::UNDERLINED),
        (d.dim, Modifier::DIM),
    ] {
        if on {
            s = s.add_modifier(m);
        }
    }
    Ok(s)
}

impl Theme {
    pub fn parse(name: &str, text: &str) -> Result<Theme, String> {
        let d: ThemeDef = ron::Options::default()
            .from_str(text)
            .map_err(|e| format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code))?;
        Ok(Theme {
            name: name.to_string(),
            base: style(&d.base)?,
            dim: style(&d.dim)?,
            accent: style(&d.accent)?,
            title: style(&d.title)?,
            tab: style(&d.tab)?,
            tab_active: style(&d.tab_active)?,
            selected: style(&d.selected)?,
            editing: style(&d.editing)?,
            status: style(&d.status)?,
            error: style(&d.error)?,
            warn: style(&d.warn)?,
            good: style(&d.good)?,
            key: style(&d.key)?,
            border: style(&d.border)?,
        })
    }

    pub fn built_in(name: &str) -> Option<Theme> {
        BUILT_IN
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(n, text)| Theme::parse(n, text).ok())
    }

    /// The default theme; built in, tested to parse.
    pub fn fallback() -> Theme {
        Theme::built_in("default").unwrap_or_else(|| Theme {
            name: "plain".into(),
            base: Style::default(),
            dim: Style::default(),
            accent: Style::default().add_modifier(Modifier::BOLD),
            title: Style::default().add_modifier(Modifier::BOLD),
            tab: Style::default(),
            tab_active: Style::default().add_modifier(Modifier::REVERSED),
            selected: Style::default().add_modifier(Modifier::BOLD),
            editing: Style::default().add_modifier(Modifier::UNDERLINED),
            status: Style::default(),
            error: Style::default().add_modifier(Modifier::BOLD),
            warn: Style::default(),
            good: Style::default(),
            key: Style::default().add_modifier(Modifier::BOLD),
            border: Style::default(),
        })
    }

    /// Colours removed, emphasis kept (for `NO_COLOR`).
    pub fn without_colors(mut self) -> Theme {
        for s in [
            &mut self.base,
            &mut self.dim,
            &mut self.accent,
            &mut self.title,
            &mut self.tab,
            &mut self.tab_active,
            &mut self.selected,
            &mut self.editing,
            &mut self.status,
            &mut self.error,
            &mut self.warn,
            &mut self.good,
            &mut self.key,
            &mut self.border,
        ] {
            s.fg = None;
            s.bg = None;
        }
        self
    }
}

/// Finds a theme by name: a file path, the user's themes directory, the
/// `themes/` directory beside the working directory, then the built-ins.
/// A broken or missing theme yields the default and a message to show.
pub fn resolve(name: &str, user_dir: Option<&Path>) -> (Theme, Option<String>) {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if name.ends_with(".ron") || name.contains('/') {
        candidates.push(PathBuf::from(name));
    } else {
        if let Some(d) = user_dir {
            candidates.push(d.join(format!("{name}.ron")));
        }
        candidates.push(PathBuf::from("themes").join(format!("{name}.ron")));
    }
    for path in candidates {
        if let Ok(text) = std::fs::read_to_string(&path) {
            return match Theme::parse(name, &text) {
                Ok(t) => (t, None),
                Err(e) => (
                    Theme::fallback(),
                    Some(format!("{}: {e}", crate::store::shown(&path))),
                ),
            };
        }
    }
    match Theme::built_in(name) {
        Some(t) => (t, None),
        None => (
            Theme::fallback(),
            Some(format!(
                "no theme named {:?}",
                super::text::safe(name, false)
            )),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_parses() {
        for (name, text) in BUILT_IN {
            Theme::parse(name, text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }

    #[test]
    fn broken_or_missing_themes_fall_back_with_a_message() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("bad.ron"),
            "Theme(base: (fg: \"nocolour\"))",
        )
        .unwrap();
        let (t, msg) = resolve("bad", Some(dir.path()));
        assert_eq!(t.name, "default");
        assert!(msg.is_some());
        let (t, msg) = resolve("nonesuch", Some(dir.path()));
        assert_eq!(t.name, "default");
        assert!(msg.unwrap().contains("nonesuch"));
        let (t, msg) = resolve("light", None);
        assert_eq!((t.name.as_str(), msg), ("light", None));
    }

    #[test]
    fn no_color_strips_colours_only() {
        let t = Theme::fallback().without_colors();
        assert_eq!(t.base.fg, None);
        assert!(
            t.tab_active.add_modifier.contains(Modifier::REVERSED)
                || t.tab_active.add_modifier.contains(Modifier::BOLD)
        );
    }
}
