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

/// A theme file: the styles it sets; the others come from the built-in
/// theme it names in `inherits` (default: "default").
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Theme", default)]
struct ThemeDef {
    inherits: Option<String>,
    base: Option<StyleDef>,
    dim: Option<StyleDef>,
    accent: Option<StyleDef>,
    title: Option<StyleDef>,
    tab: Option<StyleDef>,
    tab_active: Option<StyleDef>,
    selected: Option<StyleDef>,
    editing: Option<StyleDef>,
    status: Option<StyleDef>,
    error: Option<StyleDef>,
    warn: Option<StyleDef>,
    good: Option<StyleDef>,
    key: Option<StyleDef>,
    border: Option<StyleDef>,
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

fn read_def(text: &str) -> Result<ThemeDef, String> {
    // `fg: "red"` reads as well as `fg: Some("red")`.
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code))
}

impl Theme {
    /// A theme from its file: the styles it sets over those of the built-in
    /// theme it inherits from.
    pub fn parse(name: &str, text: &str) -> Result<Theme, String> {
        let d = read_def(text)?;
        let parent = d.inherits.as_deref().unwrap_or("default");
        let base = Theme::built_in(parent)
            .ok_or_else(|| format!("inherits from {parent:?}, which is not a built-in theme"))?;
        Theme::over(name, &d, &base)
    }

    /// `d`'s styles over `base`'s.
    fn over(name: &str, d: &ThemeDef, base: &Theme) -> Result<Theme, String> {
        let pick = |def: &Option<StyleDef>, inherited: Style| match def {
            Some(def) => style(def),
            None => Ok(inherited),
        };
        Ok(Theme {
            name: name.to_string(),
            base: pick(&d.base, base.base)?,
            dim: pick(&d.dim, base.dim)?,
            accent: pick(&d.accent, base.accent)?,
            title: pick(&d.title, base.title)?,
            tab: pick(&d.tab, base.tab)?,
            tab_active: pick(&d.tab_active, base.tab_active)?,
            selected: pick(&d.selected, base.selected)?,
            editing: pick(&d.editing, base.editing)?,
            status: pick(&d.status, base.status)?,
            error: pick(&d.error, base.error)?,
            warn: pick(&d.warn, base.warn)?,
            good: pick(&d.good, base.good)?,
            key: pick(&d.key, base.key)?,
            border: pick(&d.border, base.border)?,
        })
    }

    /// A theme shipped with the app (each sets every style itself).
    pub fn built_in(name: &str) -> Option<Theme> {
        let (n, text) = BUILT_IN.iter().find(|(n, _)| *n == name)?;
        let empty = Theme {
            name: String::new(),
            base: Style::default(),
            dim: Style::default(),
            accent: Style::default(),
            title: Style::default(),
            tab: Style::default(),
            tab_active: Style::default(),
            selected: Style::default(),
            editing: Style::default(),
            status: Style::default(),
            error: Style::default(),
            warn: Style::default(),
            good: Style::default(),
            key: Style::default(),
            border: Style::default(),
        };
        Theme::over(n, &read_def(text).ok()?, &empty).ok()
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

/// Finds a theme by name: a file path (a name with `/` or ending in
/// `.ron`), the user's themes directory, then the built-ins. A `themes/`
/// folder in the working directory is not looked at: a workshop folder
/// someone shared must not change how the app looks.
/// A broken or missing theme yields the default and a message to show.
pub fn resolve(name: &str, user_dir: Option<&Path>) -> (Theme, Option<String>) {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if name.ends_with(".ron") || name.contains('/') {
        candidates.push(PathBuf::from(name));
    } else {
        if let Some(d) = user_dir {
            candidates.push(d.join(format!("{name}.ron")));
        }
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
    fn a_theme_may_set_some_styles_and_inherit_the_rest() {
        let t = Theme::parse(
            "mine",
            "Theme(inherits: Some(\"light\"), warn: (fg: Some(\"red\")))",
        )
        .unwrap();
        let light = Theme::built_in("light").unwrap();
        assert_eq!(t.warn.fg, Some(Color::Red));
        assert_eq!(
            (t.base, t.selected, t.status),
            (light.base, light.selected, light.status)
        );
        // Without `inherits`: the default theme's.
        let t = Theme::parse("mine", "Theme(good: (bold: true))").unwrap();
        assert_eq!(t.border, Theme::fallback().border);
        assert!(Theme::parse("x", "Theme(inherits: Some(\"mine\"))").is_err());
        assert!(
            Theme::parse("x", "Theme(colour: 1)").is_err(),
            "a typo is named"
        );
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
