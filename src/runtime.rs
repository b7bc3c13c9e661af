//! Carries out the app's effects against the real world: loading and saving
//! files, the lock, recovery copies, the configuration, the samples.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{Local, NaiveDate, NaiveDateTime};

use crate::app::home::HomeData;
use crate::app::{App, Doc, Env, Overlay, ReadOnly};
use crate::domain::Language;
use crate::i18n::T;
use crate::store::portfolio::Listed;
use crate::store::{
    self, Lock, LockOutcome, OnDisk, SaveOptions, StoreError,
    config::{self, Config, Dirs, State},
    file::sidecar,
    save::clean_stray_temps,
};

mod effects;
pub mod recovery;

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
    /// What the app keeps between runs (recent files), apart from the config.
    pub state: State,
    lock: Option<Lock>,
    /// Backups rotate on the first save of a session only, so they keep the
    /// states of earlier sessions rather than of the last few seconds.
    rotated: bool,
    /// A recovery copy the user restored: removed once the work is saved.
    recovery_restored: Option<PathBuf>,
    /// The state changed (recent files) and waits to be written, so that
    /// opening a file does not wait for the disk before the first frame.
    state_dirty: bool,
    /// Said on the terminal once the app has closed: where unsaved work went.
    pub farewell: Vec<String>,
    start: Instant,
    /// The portfolio's glances by file, with the file's modification time,
    /// size and the day they were taken: a file unchanged since is not read
    /// again.
    glances: HashMap<PathBuf, (Option<std::time::SystemTime>, u64, NaiveDate, Listed)>,
}

pub enum Flow {
    Continue,
    Quit,
}

impl Runtime {
    pub fn new(lang: Language, dirs: Option<Dirs>, config: Config) -> Runtime {
        let mut rt = Runtime::opening(lang, dirs, config);
        rt.refresh_home();
        rt
    }

    /// A runtime about to open a file: the home screen's portfolio is read
    /// only when it is first shown, so the file's first frame waits for
    /// no other workshop.
    pub fn opening(lang: Language, dirs: Option<Dirs>, config: Config) -> Runtime {
        let mut state = dirs
            .as_ref()
            .map(|d| config::load_state(&d.state_file()))
            .unwrap_or_default();
        // An older version kept recent files in the configuration.
        let carried = state.recent.is_empty() && !config.recent.is_empty();
        if carried {
            state.recent = config.recent.clone();
        }
        let mut rt = Runtime {
            app: App::new(lang, HomeData::default()),
            dirs,
            config,
            state,
            lock: None,
            rotated: false,
            recovery_restored: None,
            state_dirty: carried,
            farewell: Vec::new(),
            start: Instant::now(),
            glances: HashMap::new(),
        };
        rt.app.view.today = now().date();
        rt.refresh_home_list(false);
        rt
    }

    pub fn env(&self) -> Env {
        Env {
            now_ms: self.start.elapsed().as_millis() as u64,
            now: now(),
        }
    }

    /// The home screen from the disk: the data directory's workshops and the
    /// recent ones, each at a glance (the portfolio), the recovery copies.
    pub fn refresh_home(&mut self) {
        self.refresh_home_list(true);
    }

    /// The workshops at a glance: from the cache when the file is unchanged
    /// since (and it is the same day), else read, several at a time.
    fn glance_all(&mut self, paths: &[PathBuf]) -> Vec<Listed> {
        let today = self.app.view.today;
        let key = |p: &Path| {
            let m = std::fs::metadata(p).ok();
            (
                m.as_ref().and_then(|m| m.modified().ok()),
                m.as_ref().map_or(0, std::fs::Metadata::len),
            )
        };
        let keys: Vec<_> = paths.iter().map(|p| key(p)).collect();
        let stale: Vec<PathBuf> = paths
            .iter()
            .zip(&keys)
            .filter(|(p, k)| {
                !self
                    .glances
                    .get(*p)
                    .is_some_and(|(m, n, d, _)| (*m, *n) == **k && *d == today && m.is_some())
            })
            .map(|(p, _)| p.clone())
            .collect();
        for l in store::portfolio::read(&stale, today) {
            let (m, n) = key(&l.path);
            self.glances.insert(l.path.clone(), (m, n, today, l));
        }
        self.glances.retain(|p, _| paths.contains(p));
        paths
            .iter()
            .filter_map(|p| self.glances.get(p).map(|e| e.3.clone()))
            .collect()
    }

    /// `read`: each workshop at a glance; without, only the names (a
    /// runtime about to open a file).
    fn refresh_home_list(&mut self, read: bool) {
        let data_dir = self.dirs.as_ref().map(|d| d.data.clone());
        let workshops = data_dir
            .as_deref()
            .map(config::list_workshops)
            .unwrap_or_default();
        let recent: Vec<PathBuf> = self
            .state
            .recent
            .iter()
            .filter(|p| p.exists() && !workshops.iter().any(|w| same_file(w, p)))
            .cloned()
            .collect();
        let known: Vec<PathBuf> = workshops.iter().chain(&recent).cloned().collect();
        let (workshops, recent) = if read {
            let mut all = self.glance_all(&known);
            let recent = all.split_off(workshops.len().min(all.len()));
            (all, recent)
        } else {
            let unread = |p: &PathBuf| Listed {
                path: p.clone(),
                glance: Err(String::new()),
            };
            (
                workshops.iter().map(unread).collect(),
                recent.iter().map(unread).collect(),
            )
        };
        self.app.home = HomeData {
            data_dir,
            recovered: recovery::list(self.dirs.as_ref(), &known),
            workshops,
            recent,
            samples: SAMPLES
                .iter()
                .map(|(n, t, _)| (n.to_string(), *t))
                .collect(),
        };
        let n = self.app.home.entries(self.app.view.home.sort).len();
        self.app.view.home.selected = self.app.view.home.selected.min(n.saturating_sub(1));
    }

    /// Opens a file: loads it, takes the lock or opens read-only (and says
    /// why), and offers a recovery copy. A file that does not exist is not
    /// created here: the user is asked first.
    pub fn open_path(&mut self, path: &Path) -> Result<(), StoreError> {
        // The workshop open now is saved first; if it cannot be, it stays open.
        if !self.save()
            && let Some(current) = self.app.shared.doc.as_ref().and_then(|d| d.path.clone())
        {
            let why = self
                .app
                .shared
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
        if std::fs::symlink_metadata(path).is_err() {
            self.app
                .view
                .overlays
                .push(Overlay::CreateAsk(path.to_path_buf()));
            return Ok(());
        }
        let (workshop, stamp) = store::load_stamped(path)?;
        self.close();
        let mut doc = Doc::new(workshop, Some(path.to_path_buf()));
        doc.disk = Some(stamp);
        let mut stale = None;
        match store::file::writable(path) {
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                doc.read_only = Some(ReadOnly::NoPermission);
            }
            Err(e) => {
                doc.read_only = Some(ReadOnly::NotWritable(StoreError::io(path, &e).to_string()))
            }
            Ok(()) => match Lock::acquire(path) {
                Ok(LockOutcome::Acquired(lock)) => {
                    clean_stray_temps(path);
                    self.lock = Some(lock);
                }
                Ok(LockOutcome::HeldBy(who)) => doc.read_only = Some(ReadOnly::HeldBy(who)),
                Ok(LockOutcome::Stale(who)) => {
                    doc.read_only = Some(ReadOnly::Stale(who.clone()));
                    stale = Some(who);
                }
                // Where nothing can be written, the workshop can still be read.
                Err(e) => {
                    doc.read_only =
                        Some(ReadOnly::NotWritable(StoreError::io(path, &e).to_string()));
                }
            },
        }
        let read_only = doc.read_only.is_some();
        self.app.open(doc);
        self.rotated = false;
        self.recovery_restored = None;
        if let Some(who) = stale {
            self.app.view.overlays.push(Overlay::StaleLock { who });
        } else if !read_only {
            self.offer_recovery(path);
        }
        self.state.touch_recent(path);
        self.state_dirty = true;
        Ok(())
    }

    fn offer_recovery(&mut self, path: &Path) {
        let Some(copy) = recovery::find(path, self.dirs.as_ref()) else {
            return;
        };
        let time = copy
            .metadata()
            .and_then(|m| m.modified())
            .map(|t| {
                chrono::DateTime::<Local>::from(t)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        self.app
            .view
            .overlays
            .push(Overlay::Recovery { time, copy });
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
        self.app.shared.doc = None;
    }

    /// Writes the state (recent files) if it changed since the last write.
    /// The configuration is the user's and is never written.
    pub fn flush_state(&mut self) {
        if std::mem::take(&mut self.state_dirty)
            && let Some(d) = &self.dirs
        {
            // Recent files are a convenience: failing to keep them is not
            // worth interrupting the user for.
            let _ = config::save_state(&d.state_file(), &self.state);
        }
    }

    /// Saves the open workshop if it was edited; true when nothing is left
    /// unsaved. A file someone else changed meanwhile is never overwritten:
    /// the user's version goes to a copy beside it (see `divert`).
    pub fn save(&mut self) -> bool {
        let now_ms = self.env().now_ms;
        let Some(doc) = self.app.shared.doc.as_mut() else {
            return true;
        };
        let Some(path) = doc.path.clone() else {
            return !doc.dirty;
        };
        if doc.read_only.is_some() || !doc.dirty {
            return true;
        }
        if let Some(stamp) = &doc.disk {
            match store::file::compare(&path, stamp) {
                Ok(OnDisk::Same | OnDisk::Missing) => {}
                Ok(OnDisk::Changed) => return self.divert(&path),
                Err(e) => {
                    doc.save_error = Some((StoreError::io(&path, &e).to_string(), now_ms));
                    return false;
                }
            }
        }
        let opts = SaveOptions {
            rotate_backups: !self.rotated,
            ..SaveOptions::default()
        };
        match store::save_workshop(&path, &doc.workshop, opts) {
            Ok(stamp) => {
                self.rotated = true;
                doc.disk = Some(stamp);
                doc.dirty = false;
                doc.saved_at = Some(now());
                doc.save_error = None;
                if let Some(copy) = self.recovery_restored.take() {
                    let _ = std::fs::remove_file(copy);
                }
                true
            }
            Err(e) => {
                doc.save_error = Some((e.to_string(), now_ms));
                false
            }
        }
    }

    /// The file changed under us: the user's version is written as a new
    /// file beside it (`NAME.conflict-DATE.ron`), work goes on there, and the
    /// user is told and may open the changed file instead.
    fn divert(&mut self, theirs: &Path) -> bool {
        let now_ms = self.env().now_ms;
        let Some(doc) = self.app.shared.doc.as_mut() else {
            return true;
        };
        let mine = conflict_path(theirs);
        let opts = SaveOptions {
            create_new: true,
            ..SaveOptions::document()
        };
        match store::save_workshop(&mine, &doc.workshop, opts) {
            Ok(stamp) => {
                doc.path = Some(mine.clone());
                doc.disk = Some(stamp);
                doc.dirty = false;
                doc.saved_at = Some(now());
                doc.save_error = None;
                self.lock = match Lock::acquire(&mine) {
                    Ok(LockOutcome::Acquired(l)) => Some(l),
                    _ => None,
                };
                self.rotated = true;
                self.app.view.overlays.push(Overlay::Conflict {
                    theirs: theirs.to_path_buf(),
                    mine,
                });
                true
            }
            Err(e) => {
                doc.save_error = Some((e.to_string(), now_ms));
                false
            }
        }
    }

    /// Writes the workshop as a recovery copy (beside its file, else in the
    /// data directory); used when the app stops without a clean save.
    pub fn write_recovery(&self) -> Option<PathBuf> {
        let doc = self.app.shared.doc.as_ref()?;
        if !doc.dirty {
            return None;
        }
        let text = store::to_text(&doc.workshop).ok()?;
        recovery::write(doc.path.as_deref(), &text, self.dirs.as_ref())
    }

    /// Why the last save failed ("" when it did not).
    pub fn save_error(&self) -> String {
        self.app
            .shared
            .doc
            .as_ref()
            .and_then(|d| d.save_error.as_ref().map(|(w, _)| w.clone()))
            .unwrap_or_default()
    }

    /// Leaving without a clean save: the edits go to a recovery copy, and the
    /// terminal is told where once the app has closed.
    pub fn leave_unsaved(&mut self) {
        let why = self.save_error();
        match self.write_recovery() {
            Some(copy) => self.farewell.push(format!(
                "premisli: not saved ({}); your edits are kept in {} and offered when you open the workshop again",
                crate::text::visible(&why),
                store::shown(&copy)
            )),
            None if self.app.shared.doc.as_ref().is_some_and(|d| d.dirty) => self.farewell.push(format!(
                "premisli: not saved ({}), and no recovery copy could be written",
                crate::text::visible(&why)
            )),
            None => {}
        }
    }
}

pub fn now() -> NaiveDateTime {
    Local::now().naive_local()
}

/// `NAME.conflict-DATE.ron` beside the file a path names: not taken yet.
pub fn conflict_path(path: &Path) -> PathBuf {
    let target = store::file::resolve(path);
    let stem = target.with_file_name(
        target
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
    );
    let date = Local::now().format("%Y-%m-%d-%H%M%S");
    let mut candidate = sidecar(&stem, &format!(".conflict-{date}.ron"));
    let mut n = 2;
    while std::fs::symlink_metadata(&candidate).is_ok() {
        candidate = sidecar(&stem, &format!(".conflict-{date}-{n}.ron"));
        n += 1;
    }
    candidate
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}
