//! The effects the app asks for, carried out: saving and quitting, opening
//! and creating files, samples, recovery copies, a lock taken over, reports.

use std::path::{Path, PathBuf};

use super::{Flow, Runtime, SAMPLES, recovery};
use crate::app::{Effect, Overlay, ReadOnly};
use crate::domain::Workshop;
use crate::i18n::{self, T};
use crate::store::{self, Lock, LockOutcome, SaveOptions, StoreError};

impl Runtime {
    /// Runs effects; says whether to quit.
    pub fn run(&mut self, effects: Vec<Effect>) -> Flow {
        for effect in effects {
            match effect {
                Effect::Save => self.save_now(),
                Effect::Quit => {
                    if self.save() {
                        return Flow::Quit;
                    }
                    if self.app.quit_armed {
                        self.leave_unsaved();
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
                    method,
                } => self.create(&path, &Workshop::with_method(&title, language, method)),
                Effect::OpenSample(i) => self.open_sample(i),
                Effect::OpenRecovered { original, copy } => self.open_recovered(&original, &copy),
                Effect::TakeOverLock => self.take_over_lock(),
                Effect::RestoreRecovery => self.restore_recovery(),
                Effect::RefreshHome => self.refresh_home(),
                Effect::Import(path) => self.import(&path),
                Effect::CompletePath => self.complete_path(),
                // The room's, carried out by the room before these.
                Effect::RoomRemove(_) | Effect::RoomClose | Effect::RoomSummon => {}
                Effect::WriteReport {
                    path,
                    bytes,
                    overwrite,
                } => self.write_report(&path, &bytes, overwrite),
                Effect::DiscardRecovery => {
                    if let Some(copy) = self.current_recovery() {
                        let _ = std::fs::remove_file(copy);
                    }
                }
            }
        }
        Flow::Continue
    }

    fn save_now(&mut self) {
        let dirty = self.app.shared.doc.as_ref().is_some_and(|d| d.dirty);
        if !self.save() {
            self.not_saved_overlay();
            return;
        }
        let _lang = self.app.lang;
        match self.app.shared.doc.as_ref().and_then(|d| d.path.clone()) {
            Some(p) if dirty => {
                let shown = store::shown(&p);
                self.app.say(T::SavedNow, &[("path", &shown)]);
            }
            Some(_) => self.app.say(T::NothingToSave, &[]),
            None => {}
        }
    }

    fn not_saved_overlay(&mut self) {
        let why = self.save_error();
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

    pub(super) fn open_or_show(&mut self, path: &Path) {
        if let Err(e) = self.open_path(path) {
            self.show_open_error(&e);
        }
    }

    /// A new workshop file, never over anything already there. Only the data
    /// directory is made when missing; any other folder must be there.
    fn create(&mut self, path: &Path, w: &Workshop) {
        let opts = SaveOptions {
            create_new: true,
            ..SaveOptions::document()
        };
        let parent = path.parent().filter(|d| !d.as_os_str().is_empty());
        let is_data_dir = parent.is_some_and(|p| self.dirs.as_ref().is_some_and(|d| d.data == p));
        let result = match parent {
            Some(dir) if is_data_dir => std::fs::create_dir_all(dir),
            Some(dir) if !dir.is_dir() => Err(std::io::Error::from(std::io::ErrorKind::NotFound)),
            _ => Ok(()),
        }
        .map_err(|e| StoreError::io(path, &e))
        .and_then(|()| store::save_workshop(path, w, opts));
        match result {
            Ok(_) => {
                self.open_or_show(path);
                self.refresh_home();
            }
            Err(e) => self.show_open_error(&e),
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
        while std::fs::symlink_metadata(&path).is_ok() {
            path = dir.join(format!("{stem}-{n}.ron"));
            n += 1;
        }
        let opts = SaveOptions {
            create_new: true,
            ..SaveOptions::document()
        };
        let result = std::fs::create_dir_all(&dir)
            .map_err(|e| StoreError::io(&path, &e))
            .and_then(|()| store::save::write_atomic(&path, text.as_bytes(), opts));
        match result {
            Ok(_) => {
                self.open_or_show(&path);
                self.refresh_home();
            }
            Err(e) => self.show_open_error(&e),
        }
    }

    /// A copy listed on the home screen: its workshop opens and offers it;
    /// when the workshop file is gone, the copy takes its place.
    fn open_recovered(&mut self, original: &Path, copy: &Path) {
        if std::fs::symlink_metadata(original).is_ok() {
            self.open_or_show(original);
            return;
        }
        let lang = self.app.lang;
        let (shown, kept) = (store::shown(original), store::shown(copy));
        let args = [("path", shown.as_str()), ("copy", kept.as_str())];
        // A folder that is not there may be a stick not plugged in: nothing
        // is made in its place.
        if !original.parent().is_some_and(Path::is_dir) {
            self.app.view.overlays.push(Overlay::Message {
                title: T::RecoveryTitle,
                body: i18n::tf(lang, T::RecoveredFolderMissing, &args),
            });
            return;
        }
        match store::load(copy) {
            Ok(w) => {
                self.create(original, &w);
                if self.app.shared.doc.as_ref().and_then(|d| d.path.as_deref()) == Some(original) {
                    let _ = std::fs::remove_file(copy);
                    self.app
                        .view
                        .overlays
                        .retain(|o| !matches!(o, Overlay::Recovery { .. }));
                    self.app.say(T::RestoredAsFile, &args);
                    self.refresh_home();
                }
            }
            Err(e) => self.show_open_error(&e),
        }
    }

    /// Merges a spreadsheet's measurements into the open workshop as one
    /// edit (one undo), and says what it did; or shows every wrong line.
    fn import(&mut self, typed: &Path) {
        let Some(doc) = self.app.shared.doc.as_ref() else {
            return;
        };
        let path = resolve_typed(typed, doc.path.as_deref());
        match store::sheet::import(&doc.workshop, &path) {
            Ok(merge) => {
                let env = self.env();
                if let Some(edit) = merge.edit()
                    && !self.app.apply(edit, &env)
                {
                    return;
                }
                use crate::app::Message;
                let counts = [merge.added, merge.changed, merge.unchanged].map(|n| n.to_string());
                let mut said = Message::text(
                    crate::i18n::S::ImportDone,
                    &[
                        ("added", &counts[0]),
                        ("changed", &counts[1]),
                        ("unchanged", &counts[2]),
                    ],
                );
                if !merge.new_periods.is_empty() {
                    let list = merge.new_periods.join(", ");
                    said = Message::Then(
                        Box::new(said),
                        Box::new(Message::text(
                            crate::i18n::S::NewPeriods,
                            &[("list", &list)],
                        )),
                    );
                }
                self.app.view.status = Some((crate::app::StatusKind::Info, said));
            }
            Err(errors) => {
                let lines = crate::i18n::import_refusal(self.app.lang, &errors, 20);
                self.app.view.overlays.push(Overlay::Message {
                    title: T::ImportSheetTitle,
                    body: format!("{}\n\n{}", store::shown(&path), lines.join("\n")),
                });
            }
        }
    }

    /// Tab in the open-a-file prompt: the typed path completed as far as the
    /// folder's entries agree (a folder gets its separator); when several
    /// remain, the status line names them.
    fn complete_path(&mut self) {
        let Some(Overlay::Form(form)) = self.app.view.overlays.last() else {
            return;
        };
        let typed = form.text(0).to_string();
        let (done, choices) = complete(&typed);
        if let Some(Overlay::Form(form)) = self.app.view.overlays.last_mut() {
            form.set_text(0, &done);
        }
        match choices.len() {
            0 => self.app.warn(T::PathNone, &[]),
            1 => {}
            _ => {
                let mut list: Vec<String> = choices.into_iter().take(12).collect();
                if list.len() == 12 {
                    list.push("…".into());
                }
                let list = crate::text::visible(&list.join("  "));
                self.app.say(T::PathChoices, &[("list", &list)]);
            }
        }
    }

    fn current_recovery(&self) -> Option<PathBuf> {
        let path = self.app.shared.doc.as_ref()?.path.clone()?;
        recovery::find(&path, self.dirs.as_ref())
    }

    fn restore_recovery(&mut self) {
        let Some(copy) = self.current_recovery() else {
            return;
        };
        match store::load(&copy) {
            Ok(recovered) => {
                let env = self.env();
                if self.app.apply(
                    crate::domain::Edit::ReplaceWorkshop(Box::new(recovered)),
                    &env,
                ) {
                    self.recovery_restored = Some(copy);
                    self.app.say(T::Restored, &[]);
                }
            }
            Err(e) => self.show_open_error(&e),
        }
    }

    /// The user chose to take over a lock someone else left behind.
    fn take_over_lock(&mut self) {
        let Some(path) = self.app.shared.doc.as_ref().and_then(|d| d.path.clone()) else {
            return;
        };
        match Lock::take_over(&path) {
            Ok(LockOutcome::Acquired(lock)) => {
                self.lock = Some(lock);
                if let Some(doc) = self.app.shared.doc.as_mut() {
                    doc.read_only = None;
                }
                self.app.say(T::TakenOver, &[]);
                self.offer_recovery(&path);
            }
            Ok(LockOutcome::HeldBy(who)) => {
                if let Some(doc) = self.app.shared.doc.as_mut() {
                    doc.read_only = Some(ReadOnly::HeldBy(who));
                }
            }
            Ok(LockOutcome::Stale(_)) => {}
            Err(e) => {
                let why = StoreError::io(&path, &e).to_string();
                if let Some(doc) = self.app.shared.doc.as_mut() {
                    doc.read_only = Some(ReadOnly::NotWritable(why));
                }
            }
        }
    }

    /// Writes a report beside the workshop; a file already there is replaced
    /// only when the user said so, and never a workshop or a special file.
    fn write_report(&mut self, path: &Path, bytes: &[u8], overwrite: bool) {
        let _lang = self.app.lang;
        let source = self.app.shared.doc.as_ref().and_then(|d| d.path.clone());
        if let Err(why) = store::file::document_target(path, source.as_deref()) {
            let why = format!("{}: {why}", store::shown(path));
            self.app.warn(T::ReportNotWritten, &[("why", &why)]);
            return;
        }
        if !overwrite && path.exists() {
            self.app.ask_overwrite(path.to_path_buf());
            return;
        }
        let shown = store::shown(path);
        match store::save::write_atomic(path, bytes, SaveOptions::document()) {
            Ok(_) => self.app.say(T::ReportWritten, &[("path", &shown)]),
            Err(e) => self
                .app
                .warn(T::ReportNotWritten, &[("why", &e.to_string())]),
        }
    }
}

/// A path as typed in a form: `~` is the home directory; a relative path is
/// taken from the workshop's folder (else the working directory).
pub(super) fn resolve_typed(typed: &Path, workshop: Option<&Path>) -> PathBuf {
    let expanded = crate::text::expand_home(typed);
    if expanded.is_absolute() {
        return expanded;
    }
    match workshop.and_then(Path::parent) {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join(expanded),
        _ => expanded,
    }
}

/// A typed path completed against its folder: the longest text all matching
/// entries share (a single folder gets its separator), and the names that
/// match (folders first, then workshop files, then the rest).
pub(super) fn complete(typed: &str) -> (String, Vec<String>) {
    let sep = std::path::MAIN_SEPARATOR;
    let split = typed.rfind(['/', sep]).map_or(0, |i| i + 1);
    let (dir_text, prefix) = typed.split_at(split);
    let dir = if dir_text.is_empty() {
        PathBuf::from(".")
    } else {
        crate::text::expand_home(Path::new(dir_text))
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (typed.to_string(), Vec::new());
    };
    let mut found: Vec<(u8, String)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if !name.starts_with(prefix) || (name.starts_with('.') && !prefix.starts_with('.')) {
                return None;
            }
            let is_dir = e.path().is_dir();
            let rank = if is_dir {
                0
            } else if name.ends_with(".ron") {
                1
            } else {
                2
            };
            Some((rank, if is_dir { format!("{name}{sep}") } else { name }))
        })
        .collect();
    found.sort();
    let names: Vec<String> = found.into_iter().map(|(_, n)| n).collect();
    let common = names
        .iter()
        .skip(1)
        .fold(names.first().cloned().unwrap_or_default(), |acc, n| {
            acc.chars()
                .zip(n.chars())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect()
        });
    let done = if common.len() > prefix.len() {
        format!("{dir_text}{common}")
    } else {
        typed.to_string()
    };
    (done, names)
}
