//! Carries out the app's effects against the real world: loading and saving
//! files, the lock, recovery copies, the configuration, the samples.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{Local, NaiveDateTime};

use crate::app::home::HomeData;
use crate::app::{App, Doc, Effect, Env, Overlay, ReadOnly};
use crate::domain::{Language, Workshop};
use crate::i18n::{self, T};
use crate::store::{
    self, Lock, LockOutcome, SaveOptions, StoreError,
    config::{self, Config, Dirs},
    save::{clean_stray_temps, recovery_path},
};

/// The samples shipped inside the binary: (file stem, description, text).
pub const SAMPLES: [(&str, T, &str); 2] = [
    (
        "inovacijski-projekt",
        T::SampleProject,
        include_str!("../sample-data/inovacijski-projekt.ron"),
    ),
    (
        "soko-monitoring",
        T::SampleMonitoring,
        include_str!("../sample-data/soko-monitoring.ron"),
    ),
];

pub struct Runtime {
    pub app: App,
    pub dirs: Option<Dirs>,
    pub config: Config,
    lock: Option<Lock>,
    /// Backups rotate on the first save of a session only, so they keep the
    /// states of earlier sessions rather than of the last few seconds.
    rotated: bool,
    /// A recovery copy the user restored: removed once the work is saved.
    recovery_restored: bool,
    /// The configuration changed (recent files) and waits to be written, so
    /// that opening a file does not wait for the disk before the first frame.
    config_dirty: bool,
    start: Instant,
}

pub enum Flow {
    Continue,
    Quit,
}

impl Runtime {
    pub fn new(lang: Language, dirs: Option<Dirs>, config: Config) -> Runtime {
        let mut rt = Runtime {
            app: App::new(lang, HomeData::default()),
            dirs,
            config,
            lock: None,
            rotated: false,
            recovery_restored: false,
            config_dirty: false,
            start: Instant::now(),
        };
        rt.refresh_home();
        rt
    }

    pub fn env(&self) -> Env {
        Env {
            now_ms: self.start.elapsed().as_millis() as u64,
            now: now(),
        }
    }

    pub fn refresh_home(&mut self) {
        let data_dir = self.dirs.as_ref().map(|d| d.data.clone());
        let workshops = data_dir
            .as_deref()
            .map(config::list_workshops)
            .unwrap_or_default();
        let recent = self
            .config
            .recent
            .iter()
            .filter(|p| p.exists() && !workshops.iter().any(|w| same_file(w, p)))
            .cloned()
            .collect();
        self.app.home = HomeData {
            data_dir,
            workshops,
            recent,
            samples: SAMPLES
                .iter()
                .map(|(n, t, _)| (n.to_string(), *t))
                .collect(),
        };
        let n = self.app.home.entries().len();
        self.app.view.home.selected = self.app.view.home.selected.min(n.saturating_sub(1));
    }

    /// Opens a file: loads it (or starts a new workshop if it does not exist),
    /// takes the lock or opens read-only, and offers a recovery copy.
    pub fn open_path(&mut self, path: &Path) -> Result<(), StoreError> {
        // The workshop open now is saved first; if it cannot be, it stays open.
        if !self.save()
            && let Some(current) = self.app.doc.as_ref().and_then(|d| d.path.clone())
        {
            let why = self
                .app
                .doc
                .as_ref()
                .and_then(|d| d.save_error.clone())
                .map(|(w, _)| w)
                .unwrap_or_default();
            return Err(StoreError::Io {
                path: current,
                message: why,
            });
        }
        let workshop = if path.exists() {
            store::load(path)?
        } else {
            let title = path
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            Workshop::new(&title, self.app.lang)
        };
        self.close();
        let mut doc = Doc::new(workshop, Some(path.to_path_buf()));
        match Lock::acquire(path) {
            Ok(LockOutcome::Acquired(lock)) => {
                clean_stray_temps(path);
                self.lock = Some(lock);
            }
            Ok(LockOutcome::HeldBy(who)) => doc.read_only = Some(ReadOnly::HeldBy(who)),
            // Where nothing can be written, the workshop can still be read.
            Err(e) => {
                doc.read_only = Some(ReadOnly::NotWritable(StoreError::io(path, &e).to_string()))
            }
        }
        let read_only = doc.read_only.is_some();
        self.app.open(doc);
        self.rotated = false;
        self.recovery_restored = false;
        let rec = recovery_path(path);
        if !read_only && let Ok(meta) = rec.metadata() {
            let time = meta
                .modified()
                .map(|t| {
                    chrono::DateTime::<Local>::from(t)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            self.app.view.overlays.push(Overlay::Recovery { time });
        }
        self.config.touch_recent(path);
        self.config_dirty = true;
        Ok(())
    }

    /// Shows a load error over whatever is on screen; the file is untouched.
    pub fn show_open_error(&mut self, err: &StoreError) {
        let body = format!(
            "{}\n\n{}",
            err.lines().join("\n"),
            self.app.t(T::CannotOpenHint)
        );
        self.app.view.overlays.push(Overlay::Message {
            title: T::CannotOpen,
            body,
        });
    }

    fn close(&mut self) {
        self.lock = None;
        self.app.doc = None;
    }

    /// Writes the configuration if it changed since the last write.
    pub fn flush_config(&mut self) {
        if std::mem::take(&mut self.config_dirty) {
            self.save_config();
        }
    }

    pub fn save_config(&mut self) {
        if let Some(d) = &self.dirs
            && let Err(e) = config::save_config(&d.config_file(), &self.config)
        {
            let why = e.to_string();
            self.app
                .error(i18n::tf(self.app.lang, T::ConfigBroken, &[("why", &why)]));
        }
    }

    /// Saves the open workshop if it has a file; true when nothing is left unsaved.
    pub fn save(&mut self) -> bool {
        let now_ms = self.env().now_ms;
        let Some(doc) = self.app.doc.as_mut() else {
            return true;
        };
        let Some(path) = doc.path.clone() else {
            return !doc.dirty;
        };
        if doc.read_only.is_some() {
            return true;
        }
        let opts = SaveOptions {
            fsync: true,
            rotate_backups: !self.rotated,
        };
        match store::save_workshop(&path, &doc.workshop, opts) {
            Ok(()) => {
                self.rotated = true;
                doc.dirty = false;
                doc.saved_at = Some(now());
                doc.save_error = None;
                if self.recovery_restored {
                    let _ = std::fs::remove_file(recovery_path(&path));
                    self.recovery_restored = false;
                }
                true
            }
            Err(e) => {
                doc.save_error = Some((e.to_string(), now_ms));
                false
            }
        }
    }

    /// Writes the workshop beside its file (or in the data directory) as a
    /// recovery copy; used when the app stops without a clean save.
    pub fn write_recovery(&self) -> Option<PathBuf> {
        let doc = self.app.doc.as_ref()?;
        if !doc.dirty {
            return None;
        }
        let text = store::to_text(&doc.workshop).ok()?;
        let mut targets = Vec::new();
        if let Some(p) = &doc.path {
            targets.push(recovery_path(p));
        }
        if let Some(d) = &self.dirs {
            targets.push(d.data.join("unsaved.ron.recovery"));
        }
        targets.push(std::env::temp_dir().join("premisli-unsaved.ron.recovery"));
        targets.into_iter().find(|t| {
            t.parent()
                .is_some_and(|d| std::fs::create_dir_all(d).is_ok())
                && store::save::write_atomic(
                    t,
                    text.as_bytes(),
                    SaveOptions {
                        fsync: true,
                        rotate_backups: false,
                    },
                )
                .is_ok()
        })
    }

    /// Writes a report beside the workshop; a file already there is replaced
    /// only when the user said so.
    fn write_report(&mut self, path: &std::path::Path, text: &str, overwrite: bool) {
        if !overwrite && path.exists() {
            self.app.ask_overwrite(path.to_path_buf());
            return;
        }
        let shown = store::shown(path);
        let lang = self.app.lang;
        match store::save::write_atomic(
            path,
            text.as_bytes(),
            SaveOptions {
                fsync: true,
                rotate_backups: false,
            },
        ) {
            Ok(()) => self
                .app
                .info(i18n::tf(lang, T::ReportWritten, &[("path", &shown)])),
            Err(e) => self.app.error(i18n::tf(
                lang,
                T::ReportNotWritten,
                &[("why", &e.to_string())],
            )),
        }
    }

    /// Runs effects; says whether to quit.
    pub fn run(&mut self, effects: Vec<Effect>) -> Flow {
        for effect in effects {
            match effect {
                Effect::Save => {
                    if self.save() {
                        if let Some(p) = self.app.doc.as_ref().and_then(|d| d.path.clone()) {
                            let shown = store::shown(&p);
                            self.app.info(i18n::tf(
                                self.app.lang,
                                T::SavedNow,
                                &[("path", &shown)],
                            ));
                        }
                    } else {
                        self.not_saved_overlay();
                    }
                }
                Effect::Quit => {
                    if self.save() {
                        return Flow::Quit;
                    }
                    if self.app.quit_armed {
                        self.write_recovery();
                        return Flow::Quit;
                    }
                    self.app.quit_armed = true;
                    self.not_saved_overlay();
                }
                Effect::Open(path) => self.open_or_show(&path),
                Effect::Create {
                    path,
                    title,
                    language,
                } => {
                    let w = Workshop::new(&title, language);
                    let result = path
                        .parent()
                        .map_or(Ok(()), std::fs::create_dir_all)
                        .map_err(|e| StoreError::io(&path, &e))
                        .and_then(|()| {
                            store::save_workshop(
                                &path,
                                &w,
                                SaveOptions {
                                    fsync: true,
                                    rotate_backups: false,
                                },
                            )
                        });
                    match result {
                        Ok(()) => self.open_or_show(&path),
                        Err(e) => self.show_open_error(&e),
                    }
                }
                Effect::OpenSample(i) => self.open_sample(i),
                Effect::RestoreRecovery => self.restore_recovery(),
                Effect::RefreshHome => self.refresh_home(),
                Effect::WriteReport {
                    path,
                    text,
                    overwrite,
                } => self.write_report(&path, &text, overwrite),
                Effect::DiscardRecovery => {
                    if let Some(p) = self.app.doc.as_ref().and_then(|d| d.path.clone()) {
                        let _ = std::fs::remove_file(recovery_path(&p));
                    }
                }
            }
        }
        Flow::Continue
    }

    fn not_saved_overlay(&mut self) {
        let why = self
            .app
            .doc
            .as_ref()
            .and_then(|d| d.save_error.as_ref().map(|(w, _)| w.clone()))
            .unwrap_or_default();
        let mut body = i18n::tf(self.app.lang, T::NotSaved, &[("why", &why)]);
        if self.app.quit_armed {
            body.push_str("\n\n");
            body.push_str(self.app.t(T::QuitAnyway));
        }
        self.app.view.overlays.push(Overlay::Message {
            title: T::NotSavedTitle,
            body,
        });
    }

    fn open_or_show(&mut self, path: &Path) {
        if let Err(e) = self.open_path(path) {
            self.show_open_error(&e);
        }
    }

    fn open_sample(&mut self, i: usize) {
        let Some((stem, _, text)) = SAMPLES.get(i) else {
            return;
        };
        let dir = self
            .dirs
            .as_ref()
            .map_or_else(|| PathBuf::from("."), |d| d.data.clone());
        let mut path = dir.join(format!("{stem}.ron"));
        let mut n = 2;
        while path.exists() {
            path = dir.join(format!("{stem}-{n}.ron"));
            n += 1;
        }
        let result = std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(&path, text))
            .map_err(|e| StoreError::io(&path, &e));
        match result {
            Ok(()) => {
                self.open_or_show(&path);
                self.refresh_home();
            }
            Err(e) => self.show_open_error(&e),
        }
    }

    fn restore_recovery(&mut self) {
        let Some(path) = self.app.doc.as_ref().and_then(|d| d.path.clone()) else {
            return;
        };
        let rec = recovery_path(&path);
        match store::load(&rec) {
            Ok(recovered) => {
                let env = self.env();
                if self.app.apply(
                    crate::domain::Edit::ReplaceWorkshop(Box::new(recovered)),
                    &env,
                ) {
                    self.recovery_restored = true;
                    self.app.info(self.app.t(T::Restored).to_string());
                }
            }
            Err(e) => self.show_open_error(&e),
        }
    }
}

pub fn now() -> NaiveDateTime {
    Local::now().naive_local()
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}
