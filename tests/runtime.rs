//! The runtime against real files: open, lock, autosave, failures and
//! recovery, through the same effects the terminal loop runs.

mod common;

use premisli::app::keys::{Event, parse_keys};
use premisli::app::{Effect, Overlay, ReadOnly};
use premisli::domain::Language;
use premisli::runtime::{Flow, Runtime};
use premisli::store::{self, config::Config, save::recovery_path};

fn runtime() -> Runtime {
    Runtime::new(Language::En, None, Config::default())
}

fn type_keys(rt: &mut Runtime, keys: &str) {
    for k in parse_keys(keys).unwrap() {
        let env = rt.env();
        let effects = rt.app.handle(Event::Key(k), &env);
        let _ = rt.run(effects);
    }
}

#[test]
fn an_edit_is_saved_and_a_second_instance_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let mut first = runtime();
    first.open_path(&path).unwrap();
    type_keys(&mut first, "2 a Nova<Space>članica <Enter>");
    assert!(first.app.shared.doc.as_ref().unwrap().dirty);
    assert!(first.save());
    assert!(
        store::load(&path)
            .unwrap()
            .team
            .iter()
            .any(|m| m.name == "Nova članica")
    );
    let mut second = runtime();
    second.open_path(&path).unwrap();
    let doc = second.app.shared.doc.as_ref().unwrap();
    match &doc.read_only {
        Some(ReadOnly::HeldBy(who)) => assert!(
            who.contains(&format!("pid {}", std::process::id())),
            "{who}"
        ),
        other => panic!("second instance is not held read-only: {other:?}"),
    }
    type_keys(&mut second, "2 d");
    assert_eq!(
        second.app.shared.doc.as_ref().unwrap().workshop.team.len(),
        10,
        "read-only refuses edits"
    );
    drop(first);
    let mut third = runtime();
    third.open_path(&path).unwrap();
    assert!(
        third.app.shared.doc.as_ref().unwrap().read_only.is_none(),
        "the lock is free once the holder is gone"
    );
}

#[test]
fn a_failed_save_keeps_the_edits_and_a_retry_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("usb");
    std::fs::create_dir(&sub).unwrap();
    let path = common::temp_copy(&sub, "inovacijski-projekt.ron");
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    type_keys(&mut rt, "2 a Ana <Enter>");
    // The directory goes away (an unplugged stick, an unmounted share).
    let away = dir.path().join("away");
    std::fs::rename(&sub, &away).unwrap();
    assert!(matches!(rt.run(vec![Effect::Save]), Flow::Continue));
    let doc = rt.app.shared.doc.as_ref().unwrap();
    assert!(
        doc.dirty && doc.save_error.is_some(),
        "the failure is kept visible"
    );
    assert!(matches!(
        rt.app.view.overlays.last(),
        Some(Overlay::Message { .. })
    ));
    let original = store::load(&away.join("inovacijski-projekt.ron")).unwrap();
    assert!(
        !original.team.iter().any(|m| m.name == "Ana"),
        "original untouched"
    );
    // Quitting now does not lose the work silently: it asks for a second Ctrl-Q.
    type_keys(&mut rt, "<Esc>");
    assert!(matches!(rt.run(vec![Effect::Quit]), Flow::Continue));
    assert!(rt.app.quit_armed);
    std::fs::rename(&away, &sub).unwrap();
    assert!(rt.save(), "retry succeeds once the fault is gone");
    assert!(
        store::load(&path)
            .unwrap()
            .team
            .iter()
            .any(|m| m.name == "Ana")
    );
    assert!(rt.app.shared.doc.as_ref().unwrap().save_error.is_none());
}

#[test]
fn a_recovery_copy_is_offered_restored_and_undoable() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let mut w = store::load(&path).unwrap();
    w.title = "Iz obnovitvene kopije".into();
    std::fs::write(recovery_path(&path), store::to_text(&w).unwrap()).unwrap();
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    assert!(matches!(
        rt.app.view.overlays.last(),
        Some(Overlay::Recovery { .. })
    ));
    type_keys(&mut rt, "r");
    assert_eq!(
        rt.app.shared.doc.as_ref().unwrap().workshop.title,
        "Iz obnovitvene kopije"
    );
    type_keys(&mut rt, "<C-z>");
    assert_ne!(
        rt.app.shared.doc.as_ref().unwrap().workshop.title,
        "Iz obnovitvene kopije"
    );
    type_keys(&mut rt, "<C-y>");
    assert!(rt.save());
    assert!(
        !recovery_path(&path).exists(),
        "the copy goes once its work is saved"
    );
    assert_eq!(store::load(&path).unwrap().title, "Iz obnovitvene kopije");
}

#[test]
fn a_broken_file_is_shown_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, "Workshop(version: 1, title: \"x\"").unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut rt = runtime();
    let err = rt.open_path(&path).unwrap_err();
    rt.show_open_error(&err);
    assert!(rt.app.shared.doc.is_none());
    match rt.app.view.overlays.last() {
        Some(Overlay::Message { body, .. }) => assert!(body.contains("broken.ron:1:"), "{body}"),
        other => panic!("{other:?}"),
    }
    assert!(rt.save());
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn opening_a_sample_makes_a_copy_and_new_workshops_never_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let dirs = store::config::Dirs {
        data: dir.path().join("data"),
        config: dir.path().join("cfg"),
    };
    let mut rt = Runtime::new(Language::Sl, Some(dirs), Config::default());
    rt.run(vec![Effect::OpenSample(1)]);
    assert!(dir.path().join("data/soko-monitoring.ron").exists());
    assert_eq!(
        rt.app
            .shared
            .doc
            .as_ref()
            .unwrap()
            .workshop
            .monitoring
            .criteria
            .len(),
        7
    );
    rt.run(vec![Effect::OpenSample(1)]);
    assert!(dir.path().join("data/soko-monitoring-2.ron").exists());
    assert!(rt.state.recent.len() >= 2);
    assert!(
        !dir.path().join("data/.state.ron").exists(),
        "written after the first frame, not before"
    );
    rt.flush_state();
    assert!(
        dir.path().join("data/.state.ron").exists(),
        "recent files are remembered"
    );
    assert!(
        !dir.path().join("cfg/config.ron").exists(),
        "the configuration is never written by the app"
    );
    rt.run(vec![Effect::Create {
        path: dir.path().join("data/nova.ron"),
        title: "Nova".into(),
        language: Language::Sl,
        method: premisli::domain::Method::Monitoring,
    }]);
    assert_eq!(
        store::load(&dir.path().join("data/nova.ron"))
            .unwrap()
            .title,
        "Nova"
    );
    rt.refresh_home();
    assert_eq!(rt.app.home.workshops.len(), 3);
}

#[test]
fn unsaved_work_goes_to_a_recovery_copy_beside_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    assert_eq!(
        rt.write_recovery(),
        None,
        "nothing unsaved, nothing written"
    );
    type_keys(&mut rt, "2 a Rešena <Enter>");
    let rec = rt.write_recovery().expect("written");
    assert_eq!(rec, recovery_path(&path));
    assert!(
        store::load(&rec)
            .unwrap()
            .team
            .iter()
            .any(|m| m.name == "Rešena")
    );
}

#[test]
fn opening_another_workshop_saves_the_current_one_first() {
    let dir = tempfile::tempdir().unwrap();
    let a = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let b = common::temp_copy(dir.path(), "soko-monitoring.ron");
    let mut rt = runtime();
    rt.open_path(&a).unwrap();
    type_keys(&mut rt, "2 a Zadnja <Enter> <Esc>");
    rt.run(vec![Effect::Open(b.clone())]);
    assert_eq!(
        rt.app.shared.doc.as_ref().unwrap().path.as_deref(),
        Some(b.as_path())
    );
    assert!(
        store::load(&a)
            .unwrap()
            .team
            .iter()
            .any(|m| m.name == "Zadnja")
    );
    assert!(
        !a.with_extension("ron.lock").exists(),
        "the first file's lock is released"
    );
}

#[test]
fn a_workshop_where_no_lock_can_be_written_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    // Something that cannot be opened for writing stands where the lock goes.
    std::fs::create_dir(store::lock::lock_path(&path)).unwrap();
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    let doc = rt.app.shared.doc.as_ref().unwrap();
    assert!(matches!(doc.read_only, Some(ReadOnly::NotWritable(_))));
    assert_eq!(doc.workshop.team.len(), 9, "the workshop is there to read");
    let text = {
        let theme = premisli::ui::Theme::fallback();
        let term = common::render(&rt.app, 100, 30, &theme, false);
        common::buffer_text(term.backend().buffer())
    };
    assert!(
        text.contains("read-only: this place cannot be written"),
        "{text}"
    );
}

#[test]
fn a_report_is_written_beside_the_file_and_never_replaced_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    // Screen 8: HTML, without the team, written with Enter.
    type_keys(&mut rt, "8 <Left> <Left> j j j <Space> <Enter>");
    let out = rt.app.report_path().unwrap();
    assert_eq!(out.parent(), path.parent());
    assert!(out.to_string_lossy().ends_with(".html"), "{out:?}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<svg") || html.contains("</html>"));
    assert!(!html.contains("<h2>Tim</h2>"), "the team was left out");
    let status = rt.app.status_text().unwrap();
    assert!(
        status.contains(&*out.file_name().unwrap().to_string_lossy()),
        "{status}"
    );
    // Again: the file is there, so the app asks; Esc keeps it.
    std::fs::write(&out, "kept").unwrap();
    type_keys(&mut rt, "<Enter>");
    assert!(matches!(
        rt.app.view.overlays.last(),
        Some(Overlay::Overwrite(_))
    ));
    type_keys(&mut rt, "<Esc>");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "kept");
    // y replaces it.
    type_keys(&mut rt, "<Enter> y");
    assert!(rt.app.view.overlays.is_empty());
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

/// The home screen is the portfolio: each workshop at a glance, read again
/// when its file changes (someone else's edit, a sync), a broken one listed.
#[test]
fn the_home_screen_follows_the_files_of_the_portfolio() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let paths = store::portfolio::generate(&data, 3);
    let dirs = store::config::Dirs {
        data: data.clone(),
        config: dir.path().join("cfg"),
    };
    // About to open a file: nothing is read for the home yet.
    let mut rt = Runtime::opening(Language::Sl, Some(dirs.clone()), Config::default());
    assert!(rt.app.home.workshops.iter().all(|l| l.glance.is_err()));
    let mut rt2 = Runtime::new(Language::Sl, Some(dirs), Config::default());
    let school = |rt: &Runtime, p: &std::path::Path| {
        rt.app
            .home
            .workshops
            .iter()
            .find(|l| l.path == p)
            .map(|l| l.glance.clone().map(|g| g.school))
    };
    assert_eq!(school(&rt2, &paths[0]), Some(Ok("OŠ Polje 1".to_string())));
    let mut w = store::load(&paths[0]).unwrap();
    w.project.institution = "OŠ Novo mesto".into();
    // A different size, so the change is seen even within the same second.
    store::save_workshop(&paths[0], &w, store::SaveOptions::document()).unwrap();
    std::fs::write(&paths[1], "(version: 2,").unwrap();
    rt2.refresh_home();
    assert_eq!(
        school(&rt2, &paths[0]),
        Some(Ok("OŠ Novo mesto".to_string()))
    );
    assert!(matches!(school(&rt2, &paths[1]), Some(Err(why)) if !why.is_empty()));
    assert_eq!(rt2.app.home.workshops.len(), 3);
    rt.refresh_home();
    assert_eq!(school(&rt, &paths[2]).map(|r| r.is_ok()), Some(true));
}

/// Screen 6's `i`: a spreadsheet beside the workshop (semicolons, decimal
/// commas) merged as one edit; `Ctrl-Z` takes the whole import back; a sheet
/// with a wrong row changes nothing and names the line.
#[test]
fn an_import_from_screen_six_is_one_undo_step_and_a_bad_sheet_changes_nothing() {
    use premisli::report::{Format, Options, render};
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "soko-monitoring.ron");
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    let w = |rt: &Runtime| rt.app.shared.doc.as_ref().unwrap().workshop.clone();
    let before = w(&rt);
    let sheet = render(
        &before,
        &Options {
            csv_semicolon: true,
            ..Options::all(Format::Csv, common::env(0).now.date())
        },
    );
    // Two values changed, in a Russian spreadsheet's way.
    let mut lines: Vec<String> = sheet.lines().map(str::to_string).collect();
    for k in [1, 2] {
        let mut cells: Vec<String> = lines[k].split(';').map(str::to_string).collect();
        let n = cells.len();
        cells[n - 3] = "50,5".into();
        cells[n - 2].clear();
        cells[n - 1].clear();
        lines[k] = cells.join(";");
    }
    std::fs::write(dir.path().join("оценки.csv"), lines.join("\r\n")).unwrap();
    type_keys(&mut rt, "6 i оценки.csv <Enter>");
    let status = rt.app.status_text().unwrap_or_default();
    assert!(status.contains("changed: 2"), "{status}");
    let after = w(&rt);
    let changed: usize = before
        .monitoring
        .indicators()
        .zip(after.monitoring.indicators())
        .map(|(a, b)| {
            a.measurements
                .iter()
                .zip(&b.measurements)
                .filter(|(x, y)| x != y)
                .count()
        })
        .sum();
    assert_eq!(changed, 2);
    type_keys(&mut rt, "<C-z>");
    assert_eq!(w(&rt).monitoring, before.monitoring, "one undo step");
    // A wrong row: nothing changes, the line is named.
    lines[3] = lines[3].replacen(';', ";Нет такого показателя;", 1);
    std::fs::write(dir.path().join("оценки.csv"), lines.join("\r\n")).unwrap();
    type_keys(&mut rt, "i оценки.csv <Enter>");
    assert_eq!(w(&rt).monitoring, before.monitoring);
    let text = common::screen(&rt.app, 100, 30);
    assert!(text.contains("line 4"), "{text}");
}

/// The home screen's `f`: a path typed (from the data folder), Tab completes
/// it as far as the folder's entries agree and names them when several
/// remain, Enter opens the file.
#[test]
fn a_workshop_is_opened_by_its_path_with_tab_completion() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let far = dir.path().join("drugje/sole");
    std::fs::create_dir_all(&far).unwrap();
    std::fs::create_dir_all(&data).unwrap();
    common::temp_copy(&far, "inovacijski-projekt.ron");
    std::fs::copy(
        far.join("inovacijski-projekt.ron"),
        far.join("inovacijski-projekt-2.ron"),
    )
    .unwrap();
    let dirs = store::config::Dirs {
        data: data.clone(),
        config: dir.path().join("cfg"),
    };
    let mut rt = Runtime::new(Language::Sl, Some(dirs), Config::default());
    let typed = format!("{}/dr", dir.path().display());
    type_keys(&mut rt, "f <C-u>");
    for c in typed.chars() {
        let key = premisli::app::keys::Key::ch(c);
        let env = rt.env();
        let effects = rt.app.handle(Event::Key(key), &env);
        let _ = rt.run(effects);
    }
    type_keys(&mut rt, "<Tab>");
    let field = |rt: &Runtime| match rt.app.view.overlays.last() {
        Some(premisli::app::Overlay::Form(f)) => f.text(0).to_string(),
        other => panic!("{other:?}"),
    };
    assert_eq!(field(&rt), format!("{}/drugje/", dir.path().display()));
    type_keys(&mut rt, "s <Tab> i <Tab>");
    assert!(
        field(&rt).ends_with("sole/inovacijski-projekt"),
        "{}",
        field(&rt)
    );
    let said = rt.app.status_text().unwrap_or_default();
    assert!(said.contains("inovacijski-projekt-2.ron"), "{said}");
    type_keys(&mut rt, ".ron <Enter>");
    let doc = rt.app.shared.doc.as_ref().expect("opened");
    assert_eq!(
        doc.path.as_deref(),
        Some(far.join("inovacijski-projekt.ron").as_path())
    );
}
