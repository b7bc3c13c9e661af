//! Reading a folder of workshops for the portfolio: each file at a glance,
//! or why it cannot be read (a broken file never hides the others).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::domain::portfolio::{self, Glance};

/// A workshop file of the portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub path: PathBuf,
    /// The workshop at a glance, or the first line of why it cannot be read.
    pub glance: Result<Glance, String>,
}

/// One file at a glance.
pub fn read_one(path: &Path, today: NaiveDate) -> Listed {
    let glance = match super::load(path) {
        Ok(w) => Ok(portfolio::glance(&w, today)),
        // The file is named beside it: the reason alone, on one line.
        Err(e) => {
            let all = e.to_string().replace('\n', " ");
            let named = format!("{}:", super::shown(path));
            Err(all
                .strip_prefix(&named)
                .map_or_else(|| all.clone(), |s| s.trim_start().to_string()))
        }
    };
    Listed {
        path: path.to_path_buf(),
        glance,
    }
}

/// The files at a glance, in the order given; read on as many threads as
/// the machine has cores (each file is parsed on its own).
pub fn read(paths: &[PathBuf], today: NaiveDate) -> Vec<Listed> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(8);
    if threads < 2 || paths.len() < 4 {
        return paths.iter().map(|p| read_one(p, today)).collect();
    }
    let chunk = paths.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let parts: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(|p| read_one(p, today)).collect::<Vec<_>>())
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// A consultant's folder for tests and benchmarks: `n` workshops made from
/// the two samples (two projects to one monitoring), each of another school,
/// with its dates moved by a few weeks, so that the lines differ in where they
/// stand, what is late and what is due. Returns the files written.
#[cfg(any(test, feature = "testing"))]
pub fn generate(dir: &Path, n: usize) -> Vec<PathBuf> {
    use crate::domain::Method;
    let samples: Vec<crate::domain::Workshop> = [
        include_str!("../../sample-data/inovacijski-projekt.ron"),
        include_str!("../../sample-data/soko-monitoring.ron"),
    ]
    .iter()
    .map(|text| super::from_text(Path::new("sample.ron"), text).expect("the samples load"))
    .collect();
    let towns = [
        "Polje", "Brdo", "Log", "Vrh", "Dol", "Gorica", "Breg", "Klanec", "Ravne", "Loka",
    ];
    (0..n)
        .map(|i| {
            let mut w = samples[usize::from(i % 3 == 2)].clone();
            let town = towns[i % towns.len()];
            match w.method {
                Method::Innovation => {
                    w.project.institution = format!("OŠ {town} {}", i / towns.len() + 1);
                }
                Method::Monitoring => {
                    w.project.institution = format!("МБОУ «Школа № {}»", i + 1);
                }
            }
            // Plans' dates a few weeks apart from file to file.
            let shift = chrono::Days::new(7 * (i as u64 % 9));
            for a in w.plans.prevention.iter_mut().chain(&mut w.plans.curative) {
                a.due = a.due.and_then(|d| d.checked_add_days(shift));
            }
            for c in &mut w.monitoring.control {
                c.due = c.due.and_then(|d| d.checked_add_days(shift));
            }
            for a in &mut w.project.calendar {
                a.date = a.date.checked_add_days(shift).unwrap_or(a.date);
            }
            let path = dir.join(format!("{:02}-{}.ron", i + 1, town.to_lowercase()));
            super::save_workshop(&path, &w, super::SaveOptions::document())
                .expect("the folder is writable");
            path
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Language, Workshop};

    #[test]
    fn a_broken_file_is_listed_with_its_error_beside_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let mut paths = Vec::new();
        for i in 0..6 {
            let p = dir.path().join(format!("w{i}.ron"));
            let mut w = Workshop::new(&format!("Delavnica {i}"), Language::Sl);
            w.project.institution = format!("OŠ {i}");
            crate::store::save_workshop(&p, &w, crate::store::SaveOptions::document()).unwrap();
            paths.push(p);
        }
        std::fs::write(&paths[3], "(version: 2, title: \"half").unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let listed = read(&paths, today);
        assert_eq!(listed.len(), 6);
        for (i, l) in listed.iter().enumerate() {
            assert_eq!(l.path, paths[i]);
            match &l.glance {
                Ok(g) => assert_eq!(g.school, format!("OŠ {i}")),
                Err(why) => {
                    assert_eq!(i, 3);
                    assert!(!why.is_empty() && !why.contains('\n'), "{why}");
                }
            }
        }
    }
}
