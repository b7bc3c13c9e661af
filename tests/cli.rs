//! The command line contract: subcommands, exit codes, error lines.

mod common;

use std::process::{Command, Output};

fn premisli(args: &[&str], home: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_premisli"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("LANG")
        .output()
        .expect("run premisli")
}

#[test]
fn new_creates_validates_and_never_overwrites() {
    let home = tempfile::tempdir().unwrap();
    let f = home.path().join("nova.ron");
    let f = f.to_str().unwrap();
    let out = premisli(
        &["new", f, "--title", "Bralna značka", "--lang", "sl"],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let w = premisli::store::load(std::path::Path::new(f)).unwrap();
    assert_eq!(
        (w.title.as_str(), w.language),
        ("Bralna značka", premisli::domain::Language::Sl)
    );
    let before = std::fs::read(f).unwrap();
    let out = premisli(&["new", f, "--title", "Other"], home.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("error: "),
        "{out:?}"
    );
    assert_eq!(std::fs::read(f).unwrap(), before);
    let out = premisli(&["validate", f], home.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("ok: {f}\n"));
    assert!(out.stderr.is_empty());
    // A quality monitoring: the method kept in the file; an unknown method
    // is a usage error and writes nothing.
    let m = home.path().join("soko.ron");
    let m = m.to_str().unwrap();
    let out = premisli(
        &["new", m, "--method", "monitoring", "--lang", "ru"],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let w = premisli::store::load(std::path::Path::new(m)).unwrap();
    assert_eq!(w.method, premisli::domain::Method::Monitoring);
    assert!(
        std::fs::read_to_string(m)
            .unwrap()
            .contains("method: Monitoring")
    );
    assert_eq!(
        premisli(&["validate", m], home.path()).status.code(),
        Some(0)
    );
    let x = home.path().join("x.ron");
    let out = premisli(
        &["new", x.to_str().unwrap(), "--method", "projekt"],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!x.exists());
    // An innovation project's file says nothing of its method (as before).
    assert!(!std::fs::read_to_string(f).unwrap().contains("method: "));
}

#[test]
fn validate_reports_each_file_with_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    let bad = common::root().join("tests/fixtures/invalid/wrong-type.ron");
    let good = common::root().join("sample-data/inovacijski-projekt.ron");
    let out = premisli(
        &["validate", good.to_str().unwrap(), bad.to_str().unwrap()],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(
        stderr.starts_with(&format!("error: {}:5:15: ", bad.display())),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

#[test]
fn usage_errors_exit_2_and_help_and_version_exit_0() {
    let home = tempfile::tempdir().unwrap();
    assert_eq!(
        premisli(&["--no-such-flag"], home.path()).status.code(),
        Some(2)
    );
    assert_eq!(
        premisli(&["--lang", "de"], home.path()).status.code(),
        Some(2)
    );
    assert_eq!(premisli(&["validate"], home.path()).status.code(), Some(2));
    let help = premisli(&["--help"], home.path());
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("validate"));
    let v = premisli(&["--version"], home.path());
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("premisli "));
}

#[test]
fn hostile_file_names_and_contents_never_reach_stderr_raw() {
    let home = tempfile::tempdir().unwrap();
    let name = home.path().join("a\u{1b}]0;pwned\u{7}.ron");
    std::fs::write(&name, "Workshop(version: 1, title: \"\u{1b}[2J\" x)").unwrap();
    let out = premisli(&["validate", name.to_str().unwrap()], home.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !out.stderr.contains(&0x1b) && !out.stderr.contains(&0x07),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn random_bytes_never_panic_the_loader() {
    let home = tempfile::tempdir().unwrap();
    let mut seed = 0x1234_5678_u64;
    let sample = std::fs::read(common::root().join("sample-data/inovacijski-projekt.ron")).unwrap();
    for i in 0..200 {
        // Mutate a real file at a few places, or cut it short.
        let mut bytes = sample.clone();
        for _ in 0..(i % 5 + 1) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let at = (seed as usize) % bytes.len();
            bytes[at] = (seed >> 32) as u8;
        }
        if i % 7 == 0 {
            bytes.truncate((seed as usize) % bytes.len());
        }
        let _ = premisli::store::format::from_bytes(std::path::Path::new("fuzz.ron"), &bytes);
    }
    let _ = home;
}

#[test]
fn a_mistyped_command_is_a_usage_error_with_a_suggestion_and_creates_nothing() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_premisli"))
        .arg("exprot")
        .current_dir(home.path())
        .env("HOME", home.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("did you mean export?"), "{err}");
    assert!(!home.path().join("exprot").exists());
    let out = premisli(&["valdiate"], home.path());
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean validate?"));
}

#[test]
fn global_options_go_before_or_after_the_command() {
    let home = tempfile::tempdir().unwrap();
    let f = common::root().join("sample-data/soko-monitoring.ron");
    let f = f.to_str().unwrap();
    let before = premisli(
        &["--lang", "ru", "dashboard", f, "--width", "80"],
        home.path(),
    );
    let after = premisli(
        &["dashboard", f, "--width", "80", "--lang", "ru"],
        home.path(),
    );
    assert_eq!(before.status.code(), Some(0), "{before:?}");
    assert_eq!(before.stdout, after.stdout);
    let ascii = premisli(&["--ascii", "spiral", f, "--width", "60"], home.path());
    assert!(ascii.status.success() && ascii.stdout.is_ascii());
}

#[cfg(unix)]
#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    let f = common::root().join("sample-data/soko-monitoring.ron");
    for cmd in ["dashboard", "spiral"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_premisli"))
            .args([cmd, f.to_str().unwrap(), "--width", "1000"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Read one line and close the pipe, as `| head -1` does.
        let mut stdout = child.stdout.take().unwrap();
        let mut byte = [0u8; 1];
        let _ = std::io::Read::read(&mut stdout, &mut byte);
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{cmd}: {err}");
        assert_eq!(out.status.code(), Some(0), "{cmd}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn file_names_with_controls_are_shown_harmless_and_new_keeps_dangling_links() {
    let home = tempfile::tempdir().unwrap();
    let name = home.path().join("a\u{202E}nor.ron");
    let out = premisli(&["validate", name.to_str().unwrap()], home.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains('\u{202E}') && err.contains("a?nor.ron"),
        "{err}"
    );
    let link = home.path().join("link.ron");
    std::os::unix::fs::symlink(home.path().join("nowhere.ron"), &link).unwrap();
    let out = premisli(&["new", link.to_str().unwrap()], home.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(!home.path().join("nowhere.ron").exists());
}

#[test]
fn portfolio_lists_every_workshop_and_a_broken_file_with_its_error() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("sole");
    std::fs::create_dir_all(&dir).unwrap();
    let written = premisli::store::portfolio::generate(&dir, 5);
    std::fs::write(dir.join("pokvarjena.ron"), "(version: 2, title: \"Pol").unwrap();
    let d = dir.to_str().unwrap();
    let out = premisli(
        &["portfolio", d, "--lang", "sl", "--width", "100"],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 6, "{text}");
    assert!(
        lines[0].contains("Šola · delavnica") && lines[0].contains("Rok"),
        "{text}"
    );
    assert!(
        text.contains("OŠ Brdo 1") && text.contains("МБОУ «Школа № 3»"),
        "{text}"
    );
    // The broken file is last, named, with why.
    assert!(
        lines[6].starts_with("pokvarjena.ron") && lines[6].contains("ni berljiva"),
        "{text}"
    );
    assert!(lines.iter().all(|l| premisli::ui::text::width(l) <= 100));

    let out = premisli(&["portfolio", d, "--json", "--sort", "school"], home.path());
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = v["workshops"].as_array().unwrap();
    assert_eq!(items.len(), 6);
    let schools: Vec<&str> = items.iter().filter_map(|i| i["school"].as_str()).collect();
    let mut sorted = schools.clone();
    sorted.sort_by_key(|s| s.to_lowercase());
    assert_eq!(schools, sorted, "sorted by school");
    let broken = items.last().unwrap();
    assert!(broken["file"].as_str().unwrap().ends_with("pokvarjena.ron"));
    assert!(!broken["error"].as_str().unwrap().is_empty());
    let project = items.iter().find(|i| i["method"] == "innovation").unwrap();
    assert!(project["stands"]["cycle"].is_string());
    assert!(project["overdue_actions"].is_u64());
    assert_eq!(project["next_deadline"]["kind"], "report");
    assert_eq!(written.len(), 5);

    // Not a folder: an error line and status 1.
    let f = written[0].to_str().unwrap();
    let out = premisli(&["portfolio", f], home.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a folder"));
}

#[test]
fn completions_and_the_manual_page_are_printed() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = premisli(&["completions", shell], home.path());
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("validate") && text.contains("portfolio"),
            "{shell}"
        );
    }
    let out = premisli(&["man"], home.path());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(".TH premisli 1"), "{text}");
    assert!(text.contains("import"), "the subcommands are listed");
}

/// The export read back changes nothing, from a CSV (RFC 4180 or a Slovenian
/// spreadsheet's semicolons and decimal commas) and from a workbook; a sheet
/// with one wrong row is refused whole, its lines named, the file untouched.
#[test]
fn an_import_of_the_export_changes_nothing_and_a_bad_row_refuses_the_whole() {
    let home = tempfile::tempdir().unwrap();
    let file = common::temp_copy(home.path(), "soko-monitoring.ron");
    let f = file.to_str().unwrap();
    let original = std::fs::read(&file).unwrap();
    let at = |name: &str| home.path().join(name).to_str().unwrap().to_string();
    for (name, extra) in [
        ("a.csv", vec!["--format", "csv"]),
        ("b.csv", vec!["--format", "csv", "--csv-locale", "sl"]),
        ("c.xlsx", vec!["--format", "xlsx"]),
    ] {
        let out_path = at(name);
        let mut args = vec!["export", f, "-o", out_path.as_str()];
        args.extend(extra);
        assert_eq!(premisli(&args, home.path()).status.code(), Some(0));
        let out = premisli(&["import", f, &out_path], home.path());
        assert_eq!(out.status.code(), Some(0), "{name}: {out:?}");
        let said = String::from_utf8(out.stdout).unwrap();
        assert!(
            said.contains("added: 0, changed: 0, unchanged: 300"),
            "{name}: {said}"
        );
        assert_eq!(
            std::fs::read(&file).unwrap(),
            original,
            "{name}: not rewritten"
        );
    }
    let semicolons = std::fs::read_to_string(at("b.csv")).unwrap();
    assert!(
        semicolons
            .lines()
            .next()
            .unwrap()
            .contains("indicator;unit")
    );
    assert!(semicolons.contains(";38,888889;7;18"), "a decimal comma");
    // Line 3: a class the workshop does not have; line 5: a share of 120.
    let mut lines: Vec<String> = std::fs::read_to_string(at("a.csv"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert!(lines[2].contains(",3 класс,"), "{}", lines[2]);
    lines[2] = lines[2].replacen(",3 класс,", ",3 Я класс,", 1);
    // Up to the group, then a value of 120 and no counts.
    let upto_group = lines[4].rsplitn(4, ',').last().unwrap().to_string();
    lines[4] = format!("{upto_group},120,,");
    let bad = at("bad.csv");
    std::fs::write(&bad, lines.join("\r\n")).unwrap();
    let out = premisli(&["import", f, &bad, "--lang", "sl"], home.path());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("Nič ni uvoženo"), "{err}");
    assert!(
        err.contains("vrstica 3:") && err.contains("vrstica 5:"),
        "{err}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), original, "refused whole");
}

/// For scripts: `validate --json` and `dashboard --json`, and `-` for a
/// workshop (or a sheet) on standard input.
#[test]
fn validate_and_dashboard_speak_json_and_read_standard_input() {
    use std::io::Write;
    use std::process::Stdio;
    let home = tempfile::tempdir().unwrap();
    let good = common::temp_copy(home.path(), "soko-monitoring.ron");
    let bad = home.path().join("bad.ron");
    std::fs::write(&bad, "(version: 2, title: \"x\", nonsense: 1)").unwrap();
    let out = premisli(
        &[
            "validate",
            "--json",
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
        ],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["ok"], true);
    assert_eq!(v["files"][1]["ok"], false);
    assert_eq!(v["files"][1]["errors"][0]["line"], 1);
    let out = premisli(
        &["dashboard", good.to_str().unwrap(), "--json"],
        home.path(),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let criteria = v["criteria"].as_array().unwrap();
    assert_eq!(criteria.len(), 7);
    let first = &criteria[0]["indicators"][0];
    assert!(first["series"].as_array().unwrap().len() >= 4);
    assert!(["on_target", "close", "off"].contains(&first["standing"].as_str().unwrap()));
    // Standing input: a workshop to validate, a sheet to import.
    let run_with_stdin = |args: &[&str], input: &[u8]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_premisli"))
            .args(args)
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        child.wait_with_output().unwrap()
    };
    let text = std::fs::read(&good).unwrap();
    let out = run_with_stdin(&["validate", "-"], &text);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok: -\n");
    let csv = premisli(
        &["export", good.to_str().unwrap(), "--format", "csv"],
        home.path(),
    )
    .stdout;
    let out = run_with_stdin(&["import", good.to_str().unwrap(), "-"], &csv);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("unchanged: 300"));
    // The workshop of an import is a file.
    let out = run_with_stdin(&["import", "-", "x.csv"], b"");
    assert_eq!(out.status.code(), Some(2));
}
