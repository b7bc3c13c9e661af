//! The command line: options, subcommands, and the choices they settle
//! (language, theme) before the TUI starts.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::domain::{Language, Workshop};
use crate::i18n::T;
use crate::runtime::Runtime;
use crate::store::{
    self, SaveOptions,
    config::{self, Config, Dirs},
};
use crate::ui::theme;

mod scripts;
mod usage;
use usage::file_or_usage_error;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Sl,
    En,
    Ru,
}

impl From<LangArg> for Language {
    fn from(l: LangArg) -> Language {
        match l {
            LangArg::Sl => Language::Sl,
            LangArg::En => Language::En,
            LangArg::Ru => Language::Ru,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Md,
    Csv,
    Html,
    /// A workbook (the document, a sheet per criterion, the measurements)
    Xlsx,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    Interim,
    Final,
    Annual,
    /// A monitoring's analytic note on its latest period
    Analysis,
    /// A monitoring's self-assessment indicator table (people and per cent)
    SelfAssessment,
    /// The material for the pedagogical council, with a draft decision
    Council,
}

/// premisli: reflection workshops, action-research cycles and quality
/// indicators for school improvement, in the terminal.
#[derive(Debug, Parser)]
#[command(name = "premisli", version, about)]
pub struct Cli {
    /// Interface language (default: configuration, then LANG, then English)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Theme: default, light, projector, monochrome, or a file in the config's themes/
    #[arg(long, global = true)]
    pub theme: Option<String>,
    /// 7-bit output only, for old terminals and bad SSH clients
    #[arg(long, global = true)]
    pub ascii: bool,
    /// The configuration file to read (default: PREMISLI_CONFIG, else
    /// config.ron in the user's config folder); it is never written
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Workshop file to open (otherwise the home screen); a new one is
    /// created only after asking
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new workshop file (never overwrites)
    New {
        file: PathBuf,
        /// Title of the workshop (default: the file name)
        #[arg(long)]
        title: Option<String>,
        /// The practice it follows: an innovation project, or a school's
        /// quality monitoring
        #[arg(long, value_enum, default_value_t = MethodArg::Innovation)]
        method: MethodArg,
    },
    /// Check workshop files ("-": standard input); prints "ok: FILE" or error lines
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// One JSON object for scripts: each file, whether it is valid, its errors
        #[arg(long)]
        json: bool,
    },
    /// Print the indicator dashboard of a workshop ("-": standard input)
    Dashboard {
        file: PathBuf,
        /// The dashboard's figures as JSON for scripts, instead of the table
        #[arg(long)]
        json: bool,
        /// Width in columns (default: the terminal's, else 80)
        #[arg(long, value_parser = clap::value_parser!(u16).range(20..=1000))]
        width: Option<u16>,
    },
    /// Write a report: Markdown or HTML (the document), CSV (the measurements),
    /// xlsx (the document, a sheet per criterion, the measurements)
    Export {
        file: PathBuf,
        #[arg(long, value_enum)]
        format: FormatArg,
        /// Output file (default, or "-": standard output); an existing report
        /// is replaced, a workshop or a special file never
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// The document: interim (default), annual or final report of a project;
        /// analysis, self-assessment or council of a monitoring
        /// (default: the workshop's first: interim, or analysis)
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// A CSV for a spreadsheet of this language: sl and ru put
        /// semicolons between the fields and a decimal comma (as Excel and
        /// LibreOffice open it there); en (the default) is RFC 4180
        #[arg(long, value_enum)]
        csv_locale: Option<LangArg>,
    },
    /// Merge measurements from a spreadsheet in the export's columns (CSV with
    /// commas or semicolons, decimal points or commas; or a workbook): by
    /// indicator, period, school year and group. One wrong row refuses the
    /// whole import, each fault named with its line
    Import { file: PathBuf, source: PathBuf },
    /// Run the workshop as a room over SSH: participants join with
    /// `ssh join@HOST`, the projector with `ssh board@HOST`
    Serve {
        file: PathBuf,
        /// Address and port to listen on
        #[arg(long, default_value = "0.0.0.0:2222")]
        listen: std::net::SocketAddr,
        /// The room code (default: a new random one, shown at start)
        #[arg(long)]
        code: Option<String>,
        /// Serve without a console (a facilitator joins with a listed key)
        #[arg(long)]
        headless: bool,
    },
    /// Print the portfolio: every workshop in a folder (default: the data
    /// directory) at a glance: where it stands, the next meeting, what is
    /// late, indicators off target, the next deadline
    Portfolio {
        dir: Option<PathBuf>,
        /// One JSON object for scripts instead of the table
        #[arg(long)]
        json: bool,
        /// The order of the lines
        #[arg(long, value_enum, default_value_t = SortArg::Deadline)]
        sort: SortArg,
        /// Width in columns (default: the terminal's, else 80)
        #[arg(long, value_parser = clap::value_parser!(u16).range(20..=1000))]
        width: Option<u16>,
    },
    /// Print a completion script for a shell: bash, zsh, fish, powershell, elvish
    /// (e.g. `premisli completions bash > ~/.local/share/bash-completion/completions/premisli`)
    Completions { shell: clap_complete::Shell },
    /// Print the manual page (roff; e.g. `premisli man | man -l -`)
    Man,
    /// Print the action-research spiral of a workshop (of a monitoring: its
    /// periods year by year, marked by their plan of internal control)
    Spiral {
        file: PathBuf,
        /// Width in columns (default: the terminal's, else 80)
        #[arg(long, value_parser = clap::value_parser!(u16).range(20..=1000))]
        width: Option<u16>,
    },
}

/// `--lang`, then the configuration, then the locale (LANGUAGE — a list,
/// its first language premisli speaks — then LC_ALL, LC_MESSAGES, LANG: the
/// first that is set), then English.
pub fn choose_language(
    flag: Option<Language>,
    config: Option<Language>,
    locale: &[Option<String>],
) -> Language {
    flag.or(config)
        .or_else(|| {
            let (language, rest) = locale.split_first()?;
            // LANGUAGE names several, in order ("sl:en"); GNU ignores it
            // under the C locale.
            let c_locale = rest
                .iter()
                .flatten()
                .find(|v| !v.is_empty())
                .is_some_and(|v| v == "C" || v == "POSIX");
            language
                .as_deref()
                .filter(|_| !c_locale)
                .and_then(|l| l.split(':').find_map(Language::from_code))
                .or_else(|| {
                    rest.iter()
                        .flatten()
                        .find(|v| !v.is_empty())
                        .and_then(|v| Language::from_code(v))
                })
        })
        .unwrap_or_default()
}

fn locale_vars() -> Vec<Option<String>> {
    ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .map(|v| std::env::var(v).ok())
        .collect()
}

/// The theme asked for (flag, then config, then the default), without
/// colours under `NO_COLOR`, and why it could not be read, if not.
fn resolve_theme(
    flag: &Option<String>,
    config: &Config,
    dirs: Option<&Dirs>,
) -> (theme::Theme, Option<String>) {
    let name = flag
        .clone()
        .or_else(|| config.theme.clone())
        .unwrap_or_else(|| "default".into());
    let (mut theme, error) = theme::resolve(&name, dirs.map(Dirs::themes).as_deref());
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        theme = theme.without_colors();
    }
    (theme, error)
}

/// The colours the terminal shows: `PREMISLI_COLORS`, then the
/// configuration's `colors`, then what the terminal says of itself
/// (COLORTERM, TERM); a Windows console without TERM takes 24-bit colours
/// in Windows Terminal and the 256 elsewhere.
pub fn colour_depth(
    asked: Option<&str>,
    config: Option<&str>,
    term: &str,
    colorterm: &str,
    windows: Option<bool>,
) -> crate::render::colour::Depth {
    use crate::render::colour::Depth;
    match asked
        .or(config)
        .map(|s| s.trim().to_ascii_lowercase())
        .as_deref()
    {
        Some("truecolor" | "24bit" | "24") => Depth::TrueColor,
        Some("256") => Depth::Palette256,
        Some("16" | "8") => Depth::Basic16,
        Some("none" | "0" | "no") => Depth::None,
        _ => match windows {
            Some(terminal) if term.is_empty() => {
                if terminal {
                    Depth::TrueColor
                } else {
                    Depth::Palette256
                }
            }
            _ => Depth::of(term, colorterm),
        },
    }
}

fn look(ascii: bool, config: &Config) -> crate::terminal::Look {
    let var = |n: &str| std::env::var(n).unwrap_or_default();
    let asked = std::env::var("PREMISLI_COLORS").ok();
    let windows = cfg!(windows).then(|| std::env::var_os("WT_SESSION").is_some());
    crate::terminal::Look {
        ascii,
        mouse: config.mouse.unwrap_or(true),
        depth: colour_depth(
            asked.as_deref(),
            config.colors.as_deref(),
            &var("TERM"),
            &var("COLORTERM"),
            windows,
        ),
    }
}

/// Projector mode's theme: the configuration's `projector_theme`, else a
/// `projector.ron` of the user's own; a broken one is named like the main
/// theme's, and the built-in one is used.
fn use_projector_theme(config: &Config, dirs: Option<&Dirs>) -> Option<String> {
    let themes = dirs.map(Dirs::themes);
    let name = match &config.projector_theme {
        Some(name) => name.clone(),
        None if themes
            .as_ref()
            .is_some_and(|d| d.join("projector.ron").is_file()) =>
        {
            "projector".to_string()
        }
        None => return None,
    };
    let (mut t, error) = theme::resolve(&name, themes.as_deref());
    if error.is_some() {
        return error;
    }
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        t = t.without_colors();
    }
    crate::ui::set_projector_theme(t);
    None
}

fn chosen_theme(flag: &Option<String>, config: &Config, dirs: Option<&Dirs>) -> theme::Theme {
    resolve_theme(flag, config, dirs).0
}

/// Reads the user's key changes and uses them from now on; what was not
/// taken, in words.
fn use_keys(path: &Path) -> Vec<String> {
    match config::load_keys(path) {
        Ok((changes, mut notes)) => {
            if !changes.is_empty() {
                let (table, more) =
                    crate::app::keymap::changed(crate::app::keymap::KEYMAP, &changes);
                crate::app::keymap::install(table);
                notes.extend(more);
            }
            notes
        }
        Err(e) => vec![e.to_string()],
    }
}

pub fn main_with(cli: Cli) -> i32 {
    if cli.command.is_none()
        && let Some(file) = &cli.file
        && let Err(msg) = file_or_usage_error(file)
    {
        eprintln!("{msg}");
        return 2;
    }
    let dirs = Dirs::discover();
    // --config, then PREMISLI_CONFIG, then the config folder's config.ron.
    let config_path = cli
        .config
        .clone()
        .or_else(|| std::env::var_os("PREMISLI_CONFIG").map(PathBuf::from))
        .or_else(|| dirs.as_ref().map(Dirs::config_file));
    let (config, config_notes) = match config_path.as_deref().map(config::load_config) {
        Some(Ok((c, warnings))) => (c, warnings),
        Some(Err(e)) => (Config::default(), vec![e.to_string()]),
        None => (Config::default(), Vec::new()),
    };
    let lang = choose_language(
        cli.lang.map(Language::from),
        config.language,
        &locale_vars(),
    );
    // The user's keys (`keys.ron` beside the configuration) for the screens.
    let keys_notes = if matches!(cli.command, None | Some(Command::Serve { .. })) {
        config_path
            .as_deref()
            .and_then(Path::parent)
            .map(|dir| use_keys(&dir.join("keys.ron")))
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    match cli.command {
        Some(Command::New {
            file,
            title,
            method,
        }) => new_file(&file, title.as_deref(), lang, method.into()),
        Some(Command::Validate { files, json }) => {
            if json {
                let (text, code) = scripts::validate_json(&files);
                emit(&text).max(code)
            } else {
                validate(&files)
            }
        }
        Some(Command::Export {
            file,
            format,
            output,
            kind,
            csv_locale,
        }) => export(
            &file,
            (format, csv_locale.map(Language::from)),
            kind,
            output.as_deref(),
        ),
        Some(Command::Spiral { file, width }) => print_spiral(&file, width, lang, cli.ascii),
        Some(Command::Serve {
            file,
            listen,
            code,
            headless,
        }) => {
            let opts = crate::room::serve::ServeOptions {
                listen,
                code,
                headless,
            };
            let theme = chosen_theme(&cli.theme, &config, dirs.as_ref());
            if let Some(e) = use_projector_theme(&config, dirs.as_ref()) {
                eprintln!("note: projector theme: {e}");
            }
            for n in &keys_notes {
                eprintln!("note: keys: {n}");
            }
            let screen_look = look(cli.ascii, &config);
            let mut rt = Runtime::opening(lang, dirs, config);
            if let Err(e) = rt.open_path(&file) {
                eprintln!("error: {e}");
                return 1;
            }
            if rt
                .app
                .shared
                .doc
                .as_ref()
                .is_some_and(|d| d.read_only.is_some())
            {
                eprintln!(
                    "error: {} is open elsewhere or cannot be written; a room needs to save it",
                    crate::store::shown(&file)
                );
                return 1;
            }
            crate::room::serve::serve(&mut rt, &opts, &theme, &mut |rt, rx, room| {
                crate::terminal::run_with(rt, &theme, screen_look, Some((rx, room)))
            })
        }
        Some(Command::Portfolio {
            dir,
            json,
            sort,
            width,
        }) => print_portfolio(
            dir.as_deref(),
            dirs.as_ref().map(|d| d.data.as_path()),
            (json, sort, width),
            lang,
            cli.ascii,
        ),
        Some(Command::Import { file, source }) => import(&file, &source, lang),
        Some(Command::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cmd, "premisli", &mut out);
            emit_bytes(&out)
        }
        Some(Command::Man) => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            match clap_mangen::Man::new(cmd).render(&mut out) {
                Ok(()) => emit_bytes(&out),
                Err(e) => {
                    eprintln!("error: cannot write the manual page: {e}");
                    1
                }
            }
        }
        Some(Command::Dashboard {
            file, json: true, ..
        }) => match load_or_report(&file) {
            Some(w) => emit(&scripts::dashboard_json(&w)),
            None => 1,
        },
        Some(Command::Dashboard { file, width, .. }) => {
            print_dashboard(&file, width, lang, cli.ascii)
        }
        None => {
            let (theme, theme_error) = resolve_theme(&cli.theme, &config, dirs.as_ref());
            let theme_error = theme_error.or(use_projector_theme(&config, dirs.as_ref()));
            let screen_look = look(cli.ascii, &config);
            // A file to open: the home's portfolio is read when it is shown.
            let mut rt = if cli.file.is_some() {
                Runtime::opening(lang, dirs, config)
            } else {
                Runtime::new(lang, dirs, config)
            };
            if !config_notes.is_empty() {
                let why = config_notes.join("; ");
                rt.app.warn(T::ConfigBroken, &[("why", &why)]);
            }
            if let Some(e) = theme_error {
                rt.app.warn(T::ThemeBroken, &[("why", &e)]);
            }
            if !keys_notes.is_empty() {
                rt.app
                    .warn(T::KeysNotes, &[("why", &keys_notes.join("; "))]);
            }
            if let Some(file) = &cli.file
                && let Err(e) = rt.open_path(file)
            {
                rt.show_open_error(&e);
            }
            if rt.app.shared.doc.is_none() {
                // Nothing opened (an error, or a new file to ask about): home.
                rt.refresh_home();
            }
            let code = crate::terminal::run(&mut rt, &theme, screen_look);
            for line in &rt.farewell {
                eprintln!("{line}");
            }
            code
        }
    }
}

/// `premisli import`: under the workshop's lock, the sheet merged, the file
/// saved (its previous state kept as a backup) only when something changed.
fn import(path: &Path, source: &Path, lang: Language) -> i32 {
    if scripts::is_stdin(path) {
        eprintln!("error: the workshop must be a file (it is saved); the sheet may be \"-\"");
        return 2;
    }
    let lock = match store::Lock::acquire(path) {
        Ok(store::LockOutcome::Acquired(l)) => l,
        Ok(store::LockOutcome::HeldBy(who) | store::LockOutcome::Stale(who)) => {
            eprintln!(
                "error: {} is open in premisli ({}): import there (screen 6, i) or close it first",
                store::shown(path),
                crate::ui::text::safe(&who, false)
            );
            return 1;
        }
        Err(e) => {
            eprintln!("error: {}: cannot take the lock: {e}", store::shown(path));
            return 1;
        }
    };
    let Some(mut w) = load_or_report(path) else {
        return 1;
    };
    let merge = match store::sheet::import(&w, source) {
        Ok(m) => m,
        Err(errors) => {
            for line in crate::i18n::import_refusal(lang, &errors, 50) {
                eprintln!(
                    "error: {}: {}",
                    store::shown(source),
                    crate::ui::text::safe(&line, false)
                );
            }
            return 1;
        }
    };
    if let Some(edit) = merge.edit() {
        if let Err(e) = edit.apply(&mut w) {
            eprintln!("error: {}: {e}", store::shown(path));
            return 1;
        }
        let opts = SaveOptions {
            rotate_backups: true,
            ..SaveOptions::document()
        };
        if let Err(e) = store::save_workshop(path, &w, opts) {
            eprintln!("error: {e}");
            return 1;
        }
    }
    drop(lock);
    println!(
        "{}: {}",
        store::shown(path),
        crate::i18n::import_summary(lang, &merge)
    );
    0
}

/// `--sort` of the portfolio.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortArg {
    /// The earliest deadline first
    Deadline,
    /// The most overdue actions first
    Overdue,
    /// The next meeting first
    Meeting,
    /// By school and title
    School,
}

impl From<SortArg> for crate::domain::portfolio::SortBy {
    fn from(s: SortArg) -> Self {
        use crate::domain::portfolio::SortBy;
        match s {
            SortArg::Deadline => SortBy::Deadline,
            SortArg::Overdue => SortBy::Overdue,
            SortArg::Meeting => SortBy::Meeting,
            SortArg::School => SortBy::School,
        }
    }
}

/// `premisli portfolio`: the folder's workshops at a glance.
fn print_portfolio(
    dir: Option<&Path>,
    data: Option<&Path>,
    opts: (bool, SortArg, Option<u16>),
    lang: Language,
    ascii: bool,
) -> i32 {
    let (json, sort, width) = opts;
    let Some(dir) = dir.or(data) else {
        eprintln!("error: no data directory on this system; name a folder: premisli portfolio DIR");
        return 1;
    };
    if !dir.is_dir() {
        eprintln!("error: {}: not a folder", store::shown(dir));
        return 1;
    }
    let today = chrono::Local::now().date_naive();
    let listed = store::portfolio::read(&config::list_workshops(dir), today);
    let text = if json {
        crate::render::portfolio::to_json(&listed, today, sort.into())
    } else if listed.is_empty() {
        let shown = store::shown(dir);
        format!(
            "{}\n",
            crate::i18n::tf(lang, crate::i18n::F::Empty, &[("dir", &shown)])
        )
    } else {
        crate::render::portfolio::to_text(
            &listed,
            lang,
            today,
            usize::from(output_width(width)),
            sort.into(),
            ascii,
        )
    };
    emit(&text)
}

/// `--method` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MethodArg {
    Innovation,
    Monitoring,
}

impl From<MethodArg> for crate::domain::Method {
    fn from(m: MethodArg) -> Self {
        match m {
            MethodArg::Innovation => crate::domain::Method::Innovation,
            MethodArg::Monitoring => crate::domain::Method::Monitoring,
        }
    }
}

fn new_file(
    path: &Path,
    title: Option<&str>,
    lang: Language,
    method: crate::domain::Method,
) -> i32 {
    if scripts::is_stdin(path) {
        eprintln!("error: a new workshop needs a file name, not \"-\"");
        return 2;
    }
    if std::fs::symlink_metadata(path).is_ok() {
        eprintln!(
            "error: {}: already exists; not overwritten",
            store::shown(path)
        );
        return 1;
    }
    let title = title.map_or_else(
        || {
            path.file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
        },
        str::to_string,
    );
    let w = Workshop::with_method(&title, lang, method);
    let opts = SaveOptions {
        create_new: true,
        ..SaveOptions::document()
    };
    match store::save_workshop(path, &w, opts) {
        Ok(_) => {
            println!("created: {}", store::shown(path));
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// Writes to standard output; a reader that went away (`| head`) ends the
/// output quietly, as other command-line tools do.
fn emit(text: &str) -> i32 {
    emit_bytes(text.as_bytes())
}

fn emit_bytes(bytes: &[u8]) -> i32 {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("error: cannot write the output: {e}");
            1
        }
    }
}

/// Width for printed output: asked for, else the terminal's, else 80.
fn output_width(asked: Option<u16>) -> u16 {
    use std::io::IsTerminal;
    asked
        .or_else(|| {
            std::io::stdout()
                .is_terminal()
                .then(|| crossterm::terminal::size().ok().map(|(w, _)| w))
                .flatten()
        })
        .unwrap_or(80)
        .max(20)
}

/// Loads a file for a printing command, reporting errors the usual way.
fn load_or_report(path: &Path) -> Option<Workshop> {
    match scripts::read_workshop(path) {
        Ok(w) => Some(w),
        Err(e) => {
            for line in e.lines() {
                eprintln!("error: {}", crate::ui::text::safe(&line, false));
            }
            None
        }
    }
}

/// Loads a file and prints what `render` makes of it at the output width.
fn print_view(
    path: &Path,
    width: Option<u16>,
    ascii: bool,
    render: impl Fn(&Workshop, &crate::ui::Ui, u16) -> String,
) -> i32 {
    let Some(w) = load_or_report(path) else {
        return 1;
    };
    let theme = crate::ui::Theme::fallback();
    let ui = crate::ui::Ui {
        theme: &theme,
        ascii,
    };
    emit(&render(&w, &ui, output_width(width)))
}

fn print_dashboard(path: &Path, width: Option<u16>, lang: Language, ascii: bool) -> i32 {
    print_view(path, width, ascii, |w, ui, width| {
        crate::ui::dashboard::to_text(w, lang, ui, width)
    })
}

fn print_spiral(path: &Path, width: Option<u16>, lang: Language, ascii: bool) -> i32 {
    print_view(path, width, ascii, |w, ui, width| {
        // A monitoring turns through its school years and their periods.
        match w.method {
            crate::domain::Method::Monitoring => {
                crate::render::periods::to_text(w, lang, ui, width)
            }
            crate::domain::Method::Innovation => {
                crate::ui::spiral::to_text(&w.cycles, &w.title, lang, ui, width)
            }
        }
    })
}

fn export(
    path: &Path,
    (format, csv_locale): (FormatArg, Option<Language>),
    kind: Option<KindArg>,
    output: Option<&Path>,
) -> i32 {
    use crate::report::{Format, Kind, Options};
    use std::io::IsTerminal;
    let Some(w) = load_or_report(path) else {
        return 1;
    };
    let mut options = Options::all(
        match format {
            FormatArg::Md => Format::Md,
            FormatArg::Csv => Format::Csv,
            FormatArg::Html => Format::Html,
            FormatArg::Xlsx => Format::Xlsx,
        },
        chrono::Local::now().date_naive(),
    );
    options.csv_semicolon = matches!(csv_locale, Some(Language::Sl | Language::Ru));
    let own = Kind::of(w.method);
    options.kind = match kind {
        None => own[0],
        Some(KindArg::Interim) => Kind::Interim,
        Some(KindArg::Annual) => Kind::Annual,
        Some(KindArg::Final) => Kind::Final,
        Some(KindArg::Analysis) => Kind::Analysis,
        Some(KindArg::SelfAssessment) => Kind::SelfAssessment,
        Some(KindArg::Council) => Kind::Council,
    };
    if !matches!(format, FormatArg::Csv) && !own.contains(&options.kind) {
        let names: Vec<&str> = own.iter().map(|k| k.code()).collect();
        eprintln!(
            "error: {}: a {} has these documents: {}",
            store::shown(path),
            crate::i18n::method_name(crate::domain::Language::En, w.method),
            names.join(", ")
        );
        return 2;
    }
    let bytes = match crate::report::render_bytes(&w, &options) {
        Ok(b) => b,
        Err(why) => {
            eprintln!("error: cannot make the workbook: {why}");
            return 1;
        }
    };
    let to_stdout = output.is_none_or(|o| o.as_os_str() == "-");
    // A workbook is not text: never onto a terminal.
    if to_stdout && options.format == Format::Xlsx && std::io::stdout().is_terminal() {
        eprintln!("error: a workbook is not for the terminal: give -o FILE.xlsx (or pipe it)");
        return 2;
    }
    let out = match output {
        Some(o) if o.as_os_str() != "-" => o,
        _ => return emit_bytes(&bytes),
    };
    if let Err(why) = store::file::document_target(out, Some(path)) {
        eprintln!("error: {}: {why}", store::shown(out));
        return 1;
    }
    match store::save::write_atomic(out, &bytes, SaveOptions::document()) {
        Ok(_) => {
            eprintln!("written: {}", store::shown(out));
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

fn validate(files: &[PathBuf]) -> i32 {
    let mut code = 0;
    for f in files {
        match scripts::read_workshop(f) {
            Ok(_) => println!("ok: {}", store::shown(f)),
            Err(e) => {
                for line in e.lines() {
                    eprintln!("error: {}", crate::ui::text::safe(&line, false));
                }
                code = 1;
            }
        }
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_colour_depth_asked_goes_before_the_terminals() {
        use crate::render::colour::Depth;
        assert_eq!(
            colour_depth(None, None, "xterm-256color", "", None),
            Depth::Palette256
        );
        assert_eq!(
            colour_depth(None, None, "xterm-256color", "truecolor", None),
            Depth::TrueColor
        );
        assert_eq!(colour_depth(None, None, "screen", "", None), Depth::Basic16);
        assert_eq!(
            colour_depth(None, Some("256"), "xterm", "", None),
            Depth::Palette256
        );
        assert_eq!(
            colour_depth(Some("none"), Some("256"), "xterm", "", None),
            Depth::None
        );
        // A Windows console without TERM.
        assert_eq!(
            colour_depth(None, None, "", "", Some(true)),
            Depth::TrueColor
        );
        assert_eq!(
            colour_depth(None, None, "", "", Some(false)),
            Depth::Palette256
        );
    }

    #[test]
    fn language_comes_from_flag_then_config_then_locale_then_english() {
        let loc = |v: &[&str]| {
            v.iter()
                .map(|s| {
                    if s.is_empty() {
                        None
                    } else {
                        Some(s.to_string())
                    }
                })
                .collect::<Vec<_>>()
        };
        let (sl, ru) = (Some(Language::Sl), Some(Language::Ru));
        // LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
        assert_eq!(
            choose_language(sl, ru, &loc(&["", "ru_RU.UTF-8"])),
            Language::Sl
        );
        assert_eq!(
            choose_language(None, ru, &loc(&["", "sl_SI.UTF-8"])),
            Language::Ru
        );
        assert_eq!(
            choose_language(None, None, &loc(&["", "", "", "sl_SI.UTF-8"])),
            Language::Sl
        );
        assert_eq!(
            choose_language(None, None, &loc(&["", "ru_RU.UTF-8", "", "sl_SI.UTF-8"])),
            Language::Ru
        );
        assert_eq!(
            choose_language(None, None, &loc(&["", "de_DE.UTF-8"])),
            Language::En
        );
        assert_eq!(
            choose_language(None, None, &loc(&["", "", "", ""])),
            Language::En
        );
        // LANGUAGE is a list: its first language premisli speaks wins.
        assert_eq!(
            choose_language(None, None, &loc(&["de:sl:en", "", "", "en_US.UTF-8"])),
            Language::Sl
        );
        // Under the C locale GNU programs ignore it, and so does premisli.
        assert_eq!(
            choose_language(None, None, &loc(&["ru", "C", "", ""])),
            Language::En
        );
    }
}
