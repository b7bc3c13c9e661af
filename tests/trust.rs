//! The user's files are never surprised: nothing written without an edit, a
//! change made by someone else never overwritten, mode, owner and symlinks
//! kept, read-only files opened read-only, stale locks taken over only when
//! asked, a way out when nothing can be saved, recovery copies found again.

mod common;

use std::path::{Path, PathBuf};

use premisli::app::keys::{Event, parse_keys};
use premisli::app::{Effect, Overlay, ReadOnly};
use premisli::domain::Language;
use premisli::runtime::{Flow, Runtime};
use premisli::store::{self, config::Config, config::Dirs, save::backup_path};

fn runtime() -> Runtime {
    Runtime::new(Language::En, None, Config::default())
}

fn runtime_in(root: &Path) -> Runtime {
    let dirs = Dirs {
        data: root.join("data"),
        config: root.join("cfg"),
    };
    Runtime::new(Language::En, Some(dirs), Config::default())
}

fn type_keys(rt: &mut Runtime, keys: &str) -> Flow {
    let mut flow = Flow::Continue;
    for k in parse_keys(keys).unwrap() {
        let env = rt.env();
        let effects = rt.app.handle(Event::Key(k), &env);
        flow = rt.run(effects);
    }
    flow
}

fn team(path: &Path) -> Vec<String> {
    store::load(path)
        .unwrap()
        .team
        .into_iter()
        .map(|m| m.name)
        .collect()
}

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).unwrap().ino()
}

#[cfg(unix)]
#[test]
fn opening_and_quitting_leaves_the_file_exactly_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    // A comment the user wrote by hand.
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.insert_str(0, "// kept by hand\n");
    std::fs::write(&path, &text).unwrap();
    let old = filetime_of(&path);
    let ino = inode(&path);
    for _ in 0..3 {
        let mut rt = runtime();
        rt.open_path(&path).unwrap();
        // Looking around, a save asked for, the timer without a meeting.
        type_keys(&mut rt, "2 3 6 7 t t <C-s>");
        assert!(rt.save(), "nothing to save is not a failure");
        assert!(matches!(type_keys(&mut rt, "<C-q>"), Flow::Quit));
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert_eq!(inode(&path), ino, "not replaced");
    assert_eq!(filetime_of(&path), old, "not touched");
    assert!(
        !backup_path(&path, 1).exists(),
        "no backup of an unchanged file"
    );
}

#[cfg(unix)]
fn filetime_of(path: &Path) -> std::time::SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn a_change_made_by_someone_else_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    type_keys(&mut rt, "2 a Prva <Enter>");
    assert!(rt.save());
    // A colleague (a sync client, git pull) changes the file meanwhile.
    let mut theirs = store::load(&path).unwrap();
    theirs.title = "Njihov naslov".into();
    std::fs::write(&path, store::to_text(&theirs).unwrap()).unwrap();
    type_keys(&mut rt, "a Druga <Enter>");
    assert!(rt.save(), "the edits are safe, just elsewhere");
    let on_disk = store::load(&path).unwrap();
    assert_eq!(on_disk.title, "Njihov naslov", "their change stays");
    assert!(!on_disk.team.iter().any(|m| m.name == "Druga"));
    let mine = match rt.app.view.overlays.last() {
        Some(Overlay::Conflict { theirs, mine }) => {
            assert_eq!(theirs, &path);
            mine.clone()
        }
        other => panic!("the user is told: {other:?}"),
    };
    let name = mine.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("inovacijski-projekt.conflict-") && name.ends_with(".ron"));
    assert!(team(&mine).contains(&"Druga".to_string()));
    assert!(team(&mine).contains(&"Prva".to_string()));
    // Work goes on in the copy; the changed file is not touched again.
    type_keys(&mut rt, "<Esc> a Tretja <Enter>");
    assert!(rt.save());
    assert!(team(&mine).contains(&"Tretja".to_string()));
    assert_eq!(store::load(&path).unwrap(), on_disk);
    // r opens their version instead.
    let mut rt2 = runtime();
    rt2.open_path(&mine).unwrap();
    drop(rt2);
    rt.run(vec![Effect::Open(path.clone())]);
    assert_eq!(
        rt.app.shared.doc.as_ref().unwrap().workshop.title,
        "Njihov naslov"
    );
}

#[test]
fn the_conflict_question_offers_to_open_their_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("Odgovorno", "Skupno")).unwrap();
    type_keys(&mut rt, "2 a Moja <Enter> <C-s>");
    assert!(matches!(
        rt.app.view.overlays.last(),
        Some(Overlay::Conflict { .. })
    ));
    type_keys(&mut rt, "r");
    let doc = rt.app.shared.doc.as_ref().unwrap();
    assert_eq!(doc.path.as_deref(), Some(path.as_path()));
    assert!(!doc.workshop.team.iter().any(|m| m.name == "Moja"));
    assert!(rt.app.view.overlays.is_empty());
}

#[test]
fn a_deleted_file_is_written_again_and_a_newer_version_never() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    type_keys(&mut rt, "2 a Nova <Enter>");
    assert!(rt.save());
    assert!(team(&path).contains(&"Nova".to_string()), "recreated");
    // A newer premisli replaced the file: it is never rewritten.
    let newer = std::fs::read_to_string(&path).unwrap().replacen(
        &format!("version: {},", premisli::domain::FORMAT_VERSION),
        "version: 99,",
        1,
    );
    assert!(newer.contains("version: 99,"));
    std::fs::write(&path, &newer).unwrap();
    type_keys(&mut rt, "a Še <Enter>");
    assert!(rt.save());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_mode_and_writes_through_a_symlink() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("zbornica");
    std::fs::create_dir(&shared).unwrap();
    let real = common::temp_copy(&shared, "inovacijski-projekt.ron");
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o664)).unwrap();
    let link = dir.path().join("moja.ron");
    std::os::unix::fs::symlink("zbornica/inovacijski-projekt.ron", &link).unwrap();
    let mut rt = runtime();
    rt.open_path(&link).unwrap();
    assert!(
        store::lock::lock_path(&link).starts_with(&shared),
        "lock beside the target"
    );
    type_keys(&mut rt, "2 a Skupna <Enter>");
    assert!(rt.save());
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "the link stays a link");
    assert!(
        team(&real).contains(&"Skupna".to_string()),
        "the target changed"
    );
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o664, "colleagues can still read and write it");
    assert!(backup_path(&link, 1).starts_with(&shared));
    assert!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .all(|e| !e.file_name().to_string_lossy().ends_with(".tmp")),
        "no temp file beside the link"
    );
}

#[cfg(unix)]
#[test]
fn a_file_the_user_cannot_write_opens_read_only_and_is_never_rewritten() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    assert_eq!(
        rt.app.shared.doc.as_ref().unwrap().read_only,
        Some(ReadOnly::NoPermission)
    );
    type_keys(&mut rt, "2 d <C-q>");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_lock_left_by_someone_else_is_taken_over_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let lock = store::lock::lock_path(&path);
    std::fs::write(&lock, "mojca@zbornica (pid 4242) since 2026-11-27 13:05\n").unwrap();
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    assert!(matches!(
        rt.app.shared.doc.as_ref().unwrap().read_only,
        Some(ReadOnly::Stale(ref who)) if who.contains("mojca@zbornica") && who.contains("2026-11-27 13:05")
    ));
    let screen = common::buffer_text(
        common::render(&rt.app, 100, 30, &premisli::ui::Theme::fallback(), false)
            .backend()
            .buffer(),
    );
    assert!(screen.contains("mojca@zbornica"), "{screen}");
    type_keys(&mut rt, "y");
    assert_eq!(rt.app.shared.doc.as_ref().unwrap().read_only, None);
    type_keys(&mut rt, "2 a Prevzeto <Enter>");
    assert!(rt.save());
    assert!(team(&path).contains(&"Prevzeto".to_string()));
    assert!(
        std::fs::read_to_string(&lock)
            .unwrap()
            .contains(&format!("pid {}", std::process::id()))
    );
}

#[test]
fn when_nothing_can_be_saved_a_second_ctrl_q_leaves_and_says_where_the_work_is() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("usb");
    std::fs::create_dir(&sub).unwrap();
    let path = common::temp_copy(&sub, "inovacijski-projekt.ron");
    let mut rt = runtime_in(dir.path());
    rt.open_path(&path).unwrap();
    type_keys(&mut rt, "2 a Ana <Enter>");
    std::fs::rename(&sub, dir.path().join("away")).unwrap();
    assert!(matches!(type_keys(&mut rt, "<C-q>"), Flow::Continue));
    assert!(matches!(
        rt.app.view.overlays.last(),
        Some(Overlay::Message { .. })
    ));
    assert!(matches!(type_keys(&mut rt, "<C-q>"), Flow::Quit));
    assert_eq!(rt.farewell.len(), 1, "{:?}", rt.farewell);
    let copy = premisli::runtime::recovery::find(&path, rt.dirs.as_ref()).expect("a copy");
    assert!(
        rt.farewell[0].contains(&store::shown(&copy)),
        "{:?}",
        rt.farewell
    );
    assert!(team(&copy).contains(&"Ana".to_string()));
    drop(rt);
    // The stick is back: the copy is listed on the home screen and offered.
    std::fs::rename(dir.path().join("away"), &sub).unwrap();
    let mut next = runtime_in(dir.path());
    assert_eq!(next.app.home.recovered, vec![(path.clone(), copy.clone())]);
    next.run(vec![Effect::OpenRecovered {
        original: path.clone(),
        copy: copy.clone(),
    }]);
    assert!(matches!(
        next.app.view.overlays.last(),
        Some(Overlay::Recovery { .. })
    ));
    type_keys(&mut next, "r");
    assert!(next.save());
    assert!(team(&path).contains(&"Ana".to_string()));
    assert!(!copy.exists(), "the copy goes once its work is saved");
}

#[test]
fn a_missing_file_is_created_only_after_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nova.ron");
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    assert!(rt.app.shared.doc.is_none());
    assert!(matches!(
        rt.app.view.overlays.last(),
        Some(Overlay::CreateAsk(_))
    ));
    type_keys(&mut rt, "<Esc>");
    assert!(matches!(type_keys(&mut rt, "q"), Flow::Quit));
    assert!(!path.exists(), "nothing created");
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    type_keys(&mut rt, "y");
    assert_eq!(store::load(&path).unwrap().title, "nova");
    assert!(rt.app.shared.doc.is_some());
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_directory_is_refused_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("cev.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let mut rt = runtime();
    if made {
        let err = rt.open_path(&fifo).unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
    }
    let err = rt.open_path(dir.path()).unwrap_err();
    assert!(err.to_string().contains("directory"), "{err}");
}

#[test]
fn long_names_can_be_saved_with_backups_and_a_lock() {
    let dir = tempfile::tempdir().unwrap();
    // 250 bytes: the name fits, NAME.lock and NAME.bak1 would not.
    let name = format!("{}.ron", "š".repeat(123));
    assert_eq!(name.len(), 250);
    let path = dir.path().join(&name);
    std::fs::copy(
        common::root().join("sample-data/inovacijski-projekt.ron"),
        &path,
    )
    .unwrap();
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    assert_eq!(rt.app.shared.doc.as_ref().unwrap().read_only, None);
    type_keys(&mut rt, "2 a Dolgo <Enter>");
    assert!(
        rt.save(),
        "{:?}",
        rt.app.shared.doc.as_ref().unwrap().save_error
    );
    assert!(team(&path).contains(&"Dolgo".to_string()));
    assert!(backup_path(&path, 1).exists());
}

#[test]
fn the_configuration_is_never_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    std::fs::create_dir_all(&cfg).unwrap();
    // A typo: the whole file fails to read.
    let text = "// moje nastavitve\n(language: Some(sk), theme: Some(\"light\"))\n";
    std::fs::write(cfg.join("config.ron"), text).unwrap();
    let path = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let mut rt = runtime_in(dir.path());
    rt.open_path(&path).unwrap();
    type_keys(&mut rt, "2 a X <Enter> <C-q>");
    rt.flush_state();
    assert_eq!(
        std::fs::read_to_string(cfg.join("config.ron")).unwrap(),
        text
    );
    assert_eq!(
        store::config::load_state(&dir.path().join("data/.state.ron")).recent,
        vec![std::fs::canonicalize(&path).unwrap()]
    );
}

#[test]
fn exports_never_replace_a_workshop_or_a_special_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::temp_copy(dir.path(), "soko-monitoring.ron");
    let other = common::temp_copy(dir.path(), "inovacijski-projekt.ron");
    let before = std::fs::read(&other).unwrap();
    let bin = env!("CARGO_BIN_EXE_premisli");
    let run = |out: &Path| {
        std::process::Command::new(bin)
            .args(["export"])
            .arg(&path)
            .args(["--format", "md", "-o"])
            .arg(out)
            .output()
            .unwrap()
    };
    for out in [path.clone(), other.clone(), dir.path().to_path_buf()] {
        let o = run(&out);
        assert_eq!(o.status.code(), Some(1), "{out:?}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("never replaces")
                || String::from_utf8_lossy(&o.stderr).contains("being exported")
        );
    }
    assert_eq!(std::fs::read(&other).unwrap(), before);
    assert!(store::load(&path).is_ok(), "the source is still a workshop");
    let o = run(&PathBuf::from("-"));
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).starts_with('#'));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let report = dir.path().join("porocilo.md");
        assert!(run(&report).status.success());
        let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
        assert_ne!(mode, 0o600, "ordinary permissions for a report");
    }
}

#[cfg(unix)]
#[test]
fn a_full_disk_at_open_leaves_no_empty_lock_behind() {
    let dir = tempfile::tempdir().unwrap();
    let Some(disk) = common::SmallDisk::mount(dir.path(), "128k") else {
        eprintln!("tmpfs cannot be mounted here; skipped");
        return;
    };
    let mnt = disk.0.clone();
    let path = common::temp_copy(&mnt, "inovacijski-projekt.ron");
    let _ = std::fs::write(mnt.join("filler"), vec![b'x'; 128 * 1024]);
    let mut rt = runtime();
    rt.open_path(&path).unwrap();
    match &rt.app.shared.doc.as_ref().unwrap().read_only {
        Some(ReadOnly::NotWritable(why)) => assert!(why.contains("full"), "{why}"),
        other => panic!("{other:?}"),
    }
    assert!(
        !store::lock::lock_path(&path).exists(),
        "no empty lock left to puzzle the next user"
    );
}

#[cfg(unix)]
#[test]
fn a_lock_replaced_under_its_holder_is_not_removed_by_it() {
    use store::lock::{Lock, LockOutcome, lock_path};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    let LockOutcome::Acquired(lock) = Lock::acquire(&path).unwrap() else {
        panic!("free");
    };
    // Someone removed ours and a new instance made its own meanwhile.
    std::fs::remove_file(lock_path(&path)).unwrap();
    let LockOutcome::Acquired(second) = Lock::acquire(&path).unwrap() else {
        panic!("the path names a new, unlocked file");
    };
    drop(lock);
    assert!(
        lock_path(&path).exists(),
        "the old holder leaves the new lock alone"
    );
    assert!(matches!(
        Lock::acquire(&path).unwrap(),
        LockOutcome::HeldBy(_)
    ));
    drop(second);
    assert!(!lock_path(&path).exists());
}

#[test]
fn a_listed_copy_whose_file_is_gone_takes_its_place_but_never_makes_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut rt = runtime_in(dir.path());
    let w = common::sample("inovacijski-projekt.ron");
    let text = store::to_text(&w).unwrap();
    let gone = dir.path().join("stick").join("projekt.ron");
    let copy = premisli::runtime::recovery::write(Some(&gone), &text, rt.dirs.as_ref()).unwrap();
    rt.refresh_home();
    assert_eq!(rt.app.home.recovered, vec![(gone.clone(), copy.clone())]);
    rt.run(vec![Effect::OpenRecovered {
        original: gone.clone(),
        copy: copy.clone(),
    }]);
    assert!(
        !gone.parent().unwrap().exists(),
        "no folder made where a stick goes"
    );
    assert!(copy.exists());
    assert!(matches!(
        rt.app.view.overlays.last(),
        Some(Overlay::Message { .. })
    ));
    // The stick is back, without the file: the copy becomes the file.
    std::fs::create_dir(gone.parent().unwrap()).unwrap();
    rt.app.view.overlays.clear();
    rt.run(vec![Effect::OpenRecovered {
        original: gone.clone(),
        copy: copy.clone(),
    }]);
    assert_eq!(store::load(&gone).unwrap(), w);
    assert!(!copy.exists());
    assert!(rt.app.home.recovered.is_empty());
}
