//! Reports: golden files of each illustrative sample in each format, escaping
//! of hostile text in every format, CSV shape, and `premisli export`.

mod common;

use chrono::NaiveDate;
use common::{root, sample};
use premisli::domain::{
    Author, Category, DiagnosisItem, Id, Language, Member, PlanAction, Role, Workshop,
};
use premisli::report::{Format, Options, render};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
}

#[test]
fn golden_reports_of_the_samples() {
    for name in ["inovacijski-projekt", "soko-monitoring"] {
        let w = sample(&format!("{name}.ron"));
        // (a workbook is checked cell by cell below)
        for f in [Format::Md, Format::Csv, Format::Html] {
            let text = render(&w, &Options::all(f, today()));
            insta::assert_snapshot!(format!("{name}.{}", f.ext()), text);
        }
    }
}

const HOSTILE: &str = "<script>alert(1)</script> [x](javascript:alert(1)) =HYPERLINK(\"http://evil\",\"x\") \u{1b}[31mred\u{7}\u{9b}2J \u{202e}gnp.exe";

fn hostile() -> Workshop {
    let mut w = Workshop::new(HOSTILE, Language::En);
    w.project.goal = HOSTILE.into();
    w.project.research_question = format!("{HOSTILE}\n# not a heading\n```");
    let mut m = Member::new(Id(1), HOSTILE, Role::Teacher);
    m.personal_goal = "-1+1\n1. list".into();
    w.team.push(m);
    w.diagnosis.items.push(DiagnosisItem {
        id: Id(2),
        category: Category::Expectations,
        text: HOSTILE.into(),
        author: Author::Member(Id(1)),
        cluster: None,
        private: false,
    });
    w.plans
        .curative
        .push(PlanAction::new(Id(3), "| pipe | in a cell"));
    w
}

#[test]
fn hostile_text_is_escaped_in_every_format() {
    let w = hostile();
    for f in Format::ALL {
        let text = render(&w, &Options::all(f, today()));
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r')),
            "{f:?}: a control character passed"
        );
        assert!(!text.contains('\u{202e}'), "{f:?}: a bidi override passed");
    }
    // The workbook: no control character in any cell, and text that looks
    // like a formula stays text.
    use calamine::{Data, Reader, Xlsx};
    let bytes = premisli::report::render_bytes(&w, &Options::all(Format::Xlsx, today())).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let mut texts = 0;
    for name in book.sheet_names().to_owned() {
        let range = book.worksheet_range(&name).unwrap();
        for (_, _, cell) in range.used_cells() {
            if let Data::String(s) = cell {
                texts += 1;
                assert!(
                    !s.chars().any(|c| c.is_control() && c != '\n') && !s.contains('\u{202e}'),
                    "{s:?}"
                );
            }
        }
        let formulas = book.worksheet_formula(&name).unwrap();
        assert!(formulas.used_cells().next().is_none(), "{name}: a formula");
    }
    assert!(texts > 10);
    let html = render(&w, &Options::all(Format::Html, today()));
    assert!(!html.contains("<script"), "no script element");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("href="), "no links at all");
    assert!(!html.contains("src="), "nothing loaded from elsewhere");
    let md = render(&w, &Options::all(Format::Md, today()));
    // Outside code blocks (inside them, text is literal by definition).
    let mut in_code = false;
    let prose: String = md
        .lines()
        .filter(|l| {
            if l.starts_with("```") {
                in_code = !in_code;
                return false;
            }
            !in_code
        })
        .collect::<Vec<_>>()
        .join("\n");
    let unescaped_lt = prose
        .char_indices()
        .any(|(i, c)| c == '<' && !prose[..i].ends_with('\\'));
    assert!(!unescaped_lt, "every < is escaped:\n{md}");
    assert!(md.contains("\\[x\\](javascript"), "the link cannot form");
    assert!(!md.contains("\n# not a heading"), "no heading injected");
    assert!(
        md.contains("\\| pipe \\| in a cell"),
        "pipes stay in their cell"
    );
    assert!(
        md.contains("| -1+1 1. list |"),
        "a personal goal stays in its cell, on one line"
    );
    // Only our own headings start a line with '#'.
    for line in md.lines().filter(|l| l.starts_with('#')) {
        assert!(
            line.starts_with("# Interim report: ")
                || line.starts_with("## ")
                || line.starts_with("### "),
            "{line}"
        );
    }
}

#[test]
fn csv_guards_formulas_and_keeps_one_shape() {
    let mut w = sample("soko-monitoring.ron");
    w.monitoring.criteria[0].name = "=HYPERLINK(\"http://evil\",\"x\")".into();
    w.monitoring.criteria[0].indicators[0].name = "@SUM(A1), \"quoted\"\nnext".into();
    let first_group = w.monitoring.criteria[0].indicators[0].measurements[0]
        .group
        .unwrap();
    let g = w
        .monitoring
        .groups
        .iter_mut()
        .find(|g| g.id == first_group)
        .unwrap();
    g.name = "+7 класс".into();
    let text = render(&w, &Options::all(Format::Csv, today()));
    assert!(text.starts_with('\u{feff}'), "UTF-8 with a byte-order mark");
    assert!(text.ends_with("\r\n"));
    let rows = parse_csv(text.trim_start_matches('\u{feff}'));
    assert!(rows.len() > 100);
    let width = rows[0].len();
    assert_eq!(width, 11);
    assert!(
        rows.iter().all(|r| r.len() == width),
        "every row has 11 fields"
    );
    let measured: usize = w
        .monitoring
        .indicators()
        .map(|i| i.measurements.len())
        .sum();
    assert_eq!(rows.len() - 1, measured, "one row per measurement");
    let first = &rows[1];
    assert_eq!(first[0], "'=HYPERLINK(\"http://evil\",\"x\")");
    assert_eq!(first[1], "'@SUM(A1), \"quoted\" next");
    assert_eq!(first[7], "'+7 класс");
    for r in &rows[1..] {
        for cell in r {
            assert!(!cell.starts_with(['=', '+', '@']), "{cell}");
        }
    }
}

/// A small RFC 4180 reader, to check the writer against.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn the_large_workshop_reports_in_every_format() {
    let w = sample("large.ron");
    let csv = render(&w, &Options::all(Format::Csv, today()));
    let measured: usize = w
        .monitoring
        .indicators()
        .map(|i| i.measurements.len())
        .sum();
    assert_eq!(
        parse_csv(csv.trim_start_matches('\u{feff}')).len(),
        measured + 1
    );
    let html = render(&w, &Options::all(Format::Html, today()));
    assert!(html.matches("<svg").count() >= w.monitoring.indicators().count());
    assert!(html.ends_with("</html>\n"));
    let md = render(&w, &Options::all(Format::Md, today()));
    assert!(md.lines().count() > 500);
}

#[test]
fn the_html_is_self_contained() {
    let html = render(
        &sample("soko-monitoring.ron"),
        &Options::all(Format::Html, today()),
    );
    for banned in [
        "<script", "<link", "<img", "@import", "url(", "http://", "https://",
    ] {
        let ok = match banned {
            // The SVG namespace is a name, not a link.
            "http://" => {
                html.matches("http://").count()
                    == html.matches("http://www.w3.org/2000/svg").count()
            }
            b => !html.contains(b),
        };
        assert!(ok, "{banned}");
    }
    assert!(html.contains("@page { size: A4"));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
}

#[test]
fn export_writes_each_format_and_reports_errors() {
    let bin = env!("CARGO_BIN_EXE_premisli");
    let dir = tempfile::tempdir().unwrap();
    let src = root().join("sample-data/inovacijski-projekt.ron");
    for f in ["md", "csv", "html"] {
        let out = dir.path().join(format!("r.{f}"));
        let status = std::process::Command::new(bin)
            .args(["export", src.to_str().unwrap(), "--format", f, "-o"])
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success(), "{f}");
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.len() > 500, "{f}");
    }
    // To standard output without -o.
    let out = std::process::Command::new(bin)
        .args(["export", src.to_str().unwrap(), "--format", "md"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("# Vmesno poročilo")
    );
    // A missing file: exit 1; a bad format: a usage error, exit 2.
    let missing = std::process::Command::new(bin)
        .args(["export", "/nonexistent/x.ron", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    let bad = std::process::Command::new(bin)
        .args(["export", src.to_str().unwrap(), "--format", "pdf"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_preview_follows_edits_and_options() {
    let mut app = common::app_with(sample("inovacijski-projekt.ron"), Language::Sl);
    common::press(&mut app, "8");
    let before = app.report_text().unwrap();
    assert!(!before.contains("Zofka"));
    assert_eq!(
        app.report_text().unwrap(),
        before,
        "kept while nothing changes"
    );
    common::press(&mut app, "2 a Zofka <Enter> 8");
    assert!(
        app.report_text().unwrap().contains("Zofka"),
        "an edit shows"
    );
    common::press(&mut app, "<C-z>");
    assert!(
        !app.report_text().unwrap().contains("Zofka"),
        "so does its undo"
    );
    common::press(&mut app, "8 <Right>");
    assert!(
        app.report_text().unwrap().starts_with('\u{feff}'),
        "a format change shows"
    );
}

#[test]
fn the_monitorings_documents_of_the_russian_sample() {
    use premisli::report::Kind;
    let w = sample("soko-monitoring.ron");
    for kind in [Kind::Analysis, Kind::SelfAssessment, Kind::Council] {
        for f in [Format::Md, Format::Html] {
            let mut o = Options::all(f, today());
            o.kind = kind;
            let text = render(&w, &o);
            insta::assert_snapshot!(format!("soko-monitoring.{kind:?}.{}", f.ext()), text);
            if f == Format::Html {
                for banned in ["<script", "<link", "<img", "@import", "url(", "https://"] {
                    assert!(!text.contains(banned), "{kind:?}: {banned}");
                }
            }
        }
    }
    // Each is its own document, not the project report under another title.
    let md = |kind| {
        let mut o = Options::all(Format::Md, today());
        o.kind = kind;
        render(&w, &o)
    };
    let (analysis, selfa, council) = (
        md(Kind::Analysis),
        md(Kind::SelfAssessment),
        md(Kind::Council),
    );
    assert!(analysis.contains("## Сопоставительный анализ") && analysis.contains("## Выводы"));
    assert!(selfa.contains("| Человек |"));
    assert!(council.contains("## Проект решения") && council.contains("\n1. Принять к сведению"));
    for d in [&analysis, &selfa, &council] {
        assert!(!d.contains("Исследовательский вопрос") && !d.contains("Сильные стороны"));
    }
}

#[test]
fn a_documents_numbers_come_from_counts_where_a_share_is_counted() {
    use premisli::domain::indicators::{Measurement, Value};
    use premisli::report::Kind;
    let mut w = sample("soko-monitoring.ron");
    // The first indicator's latest period as counts, by class: 23 of 118
    // and 7 of 20 make 30 of 138 for the school.
    let last = w.monitoring.periods.last().unwrap().id;
    let groups: Vec<_> = w.monitoring.groups.iter().map(|g| g.id).take(2).collect();
    let ind = &mut w.monitoring.criteria[0].indicators[0];
    ind.measurements.retain(|m| m.period != last);
    ind.measurements.push(Measurement {
        period: last,
        group: Some(groups[0]),
        value: Value::Ratio(23, 118),
    });
    ind.measurements.push(Measurement {
        period: last,
        group: Some(groups[1]),
        value: Value::Ratio(7, 20),
    });
    let mut o = Options::all(Format::Md, today());
    o.kind = Kind::SelfAssessment;
    let text = render(&w, &o);
    let row = text
        .lines()
        .find(|l| l.contains(&w.monitoring.criteria[0].indicators[0].name))
        .unwrap();
    assert!(row.contains("| 30 |") && row.contains("21,7 %"), "{row}");
    o.kind = Kind::Analysis;
    let text = render(&w, &o);
    assert!(text.contains("30 / 138 (21,7 %)"), "{text}");
}

/// The workbook read back: the document first, a sheet per criterion, then
/// the measurements, every one of them a number equal to the CSV's.
#[test]
fn the_workbook_holds_numbers_as_numbers_and_every_measurement() {
    use calamine::{Data, Reader, Xlsx};
    let w = sample("soko-monitoring.ron");
    for kind in premisli::report::Kind::of(w.method) {
        let mut o = Options::all(Format::Xlsx, today());
        o.kind = *kind;
        let bytes = premisli::report::render_bytes(&w, &o).unwrap();
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let names = book.sheet_names().to_owned();
        assert_eq!(names.len(), 1 + 7 + 1, "{names:?}");
        assert!(names[1].starts_with("1. Образовательные"), "{names:?}");
        assert_eq!(names[8], "Измерения");
        // The first criterion's sheet: «4» and «5» at the year, 61 of 134.
        let crit = book.worksheet_range(&names[1]).unwrap();
        let row = crit
            .rows()
            .find(|r| r[0].to_string().contains("«4» и «5»"))
            .unwrap();
        assert_eq!(row[2], Data::Float(61.0));
        assert_eq!(row[3], Data::Float(134.0));
        match row[4] {
            Data::Float(x) => assert!((x - 61.0 / 134.0).abs() < 1e-9, "{x}"),
            ref other => panic!("{other:?}"),
        }
        assert_eq!(row[5], Data::Float(0.45), "the target as a share");
        // The measurements: every row of the CSV, every value equal.
        let csv = parse_csv(
            render(&w, &Options::all(Format::Csv, today())).trim_start_matches('\u{feff}'),
        );
        let sheet = book.worksheet_range("Измерения").unwrap();
        let rows: Vec<_> = sheet.rows().collect();
        assert_eq!(
            rows.len(),
            csv.len(),
            "one row per measurement and the header"
        );
        assert_eq!(
            rows[0].iter().map(ToString::to_string).collect::<Vec<_>>(),
            csv[0]
        );
        for (x, c) in rows[1..].iter().zip(&csv[1..]) {
            for (k, (cell, text)) in x.iter().zip(c).enumerate() {
                match cell {
                    Data::Float(v) => {
                        let want: f64 = text.parse().unwrap();
                        assert!((v - want).abs() < 1e-6, "column {k}: {v} ≠ {text}");
                    }
                    Data::String(s) => assert_eq!(s, text.trim_start_matches('\'')),
                    Data::Empty => assert!(text.is_empty(), "column {k}: {text}"),
                    other => panic!("{other:?}"),
                }
            }
        }
        // The document's own sheet: its title, and its tables' numbers as numbers.
        let doc = book.worksheet_range(&names[0]).unwrap();
        let first = doc.get_value((0, 0)).unwrap().to_string();
        assert!(
            first.contains("Внутренняя система оценки качества образования"),
            "{first}"
        );
        let numbers = doc
            .used_cells()
            .any(|(_, _, c)| matches!(c, Data::Float(_)));
        // (the council's material is text: results, issues, a draft decision)
        assert_eq!(
            numbers,
            *kind != premisli::report::Kind::Council,
            "{kind:?}"
        );
    }
    // A project's report as a workbook too.
    let sl = sample("inovacijski-projekt.ron");
    let bytes = premisli::report::render_bytes(&sl, &Options::all(Format::Xlsx, today())).unwrap();
    let book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names().last().unwrap(), "Meritve");
}

#[test]
fn export_writes_a_workbook_but_never_onto_a_terminal_or_a_workshop() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("soko.ron");
    std::fs::copy(root().join("sample-data/soko-monitoring.ron"), &f).unwrap();
    let out = dir.path().join("soko.xlsx");
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_premisli"))
            .args(args)
            .output()
            .unwrap()
    };
    let r = run(&[
        "export".as_ref(),
        f.as_os_str(),
        "--format".as_ref(),
        "xlsx".as_ref(),
        "--kind".as_ref(),
        "self-assessment".as_ref(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip");
    // Onto the workshop itself: refused, the workshop kept.
    let before = std::fs::read(&f).unwrap();
    let r = run(&[
        "export".as_ref(),
        f.as_os_str(),
        "--format".as_ref(),
        "xlsx".as_ref(),
        "-o".as_ref(),
        f.as_os_str(),
    ]);
    assert!(!r.status.success());
    assert_eq!(std::fs::read(&f).unwrap(), before);
    // To a pipe it goes as it is.
    let r = run(&[
        "export".as_ref(),
        f.as_os_str(),
        "--format".as_ref(),
        "xlsx".as_ref(),
    ]);
    assert!(r.status.success() && r.stdout.starts_with(b"PK"));
}

/// A project's three reports differ in content: the interim is made of the
/// sections chosen; the annual and the final have the five headings, the
/// annual over the school year's cycles, the final over the whole project
/// with the level's whole history.
#[test]
fn a_projects_interim_annual_and_final_reports_differ() {
    use premisli::report::Kind;
    let mut w = sample("inovacijski-projekt.ron");
    // A cycle of the year before, and two entries of the level's history.
    let mut old = w.cycles[0].clone();
    old.id = Id(9001);
    old.name = "Lanski krog".into();
    old.start = NaiveDate::from_ymd_opt(2024, 10, 1).unwrap();
    old.end = NaiveDate::from_ymd_opt(2024, 12, 1).unwrap();
    old.follows = None;
    old.disruptions.clear();
    w.cycles.insert(0, old);
    for (id, y, expected, reached) in [(9002, 2024, 1, Some(1)), (9003, 2025, 2, None)] {
        w.project
            .levels
            .push(premisli::domain::project::LevelRecord {
                id: Id(id),
                date: NaiveDate::from_ymd_opt(y, 6, 1).unwrap(),
                expected: premisli::domain::project::InnovationLevel::new(expected).unwrap(),
                reached: reached
                    .map(|r| premisli::domain::project::InnovationLevel::new(r).unwrap()),
                note: String::new(),
            });
    }
    assert!(w.validate().is_empty(), "{:?}", w.validate());
    let doc = |kind| {
        let mut o = Options::all(Format::Md, today());
        o.kind = kind;
        render(&w, &o)
    };
    let (interim, annual, fin) = (doc(Kind::Interim), doc(Kind::Annual), doc(Kind::Final));
    let headings = [
        "## 1. Opredelitev cilja",
        "## 2. Strategija razvijanja novosti",
        "## 3. Evalvacija novosti",
        "## 4. Zbiranje in obdelava podatkov (triangulacija)",
        "## 5. Opredelitev novosti (dosežek)",
    ];
    for h in headings {
        assert!(annual.contains(h) && fin.contains(h), "{h}");
        assert!(!interim.contains(h), "{h}");
    }
    assert!(interim.starts_with("# Vmesno poročilo"));
    assert!(annual.starts_with("# Letno poročilo") && fin.starts_with("# Zaključno poročilo"));
    assert!(
        fin.contains("Lanski krog") && !annual.contains("Lanski krog"),
        "the year's cycles only"
    );
    assert!(
        fin.contains("1. 6. 2024") && !annual.contains("1. 6. 2024"),
        "the whole history"
    );
    assert!(annual.contains("1. 6. 2025"), "the latest entry");
    for (kind, name) in [(Kind::Annual, "annual"), (Kind::Final, "final")] {
        assert_eq!(kind.code(), name);
    }
}

/// Goldens of a project's annual and final reports (the interim is the
/// sections' report of `golden_reports_of_the_samples`).
#[test]
fn the_projects_annual_and_final_reports_of_the_slovenian_sample() {
    use premisli::report::Kind;
    let w = sample("inovacijski-projekt.ron");
    for kind in [Kind::Annual, Kind::Final] {
        for f in [Format::Md, Format::Html] {
            let mut o = Options::all(f, today());
            o.kind = kind;
            let text = render(&w, &o);
            insta::assert_snapshot!(format!("inovacijski-projekt.{kind:?}.{}", f.ext()), text);
        }
    }
}
