//! The consultant's portfolio with 50 realistic workshops (made from the two
//! samples): reading the folder, and the home screen from a cold start to its
//! first frame (the folder listed, every file read, the frame drawn).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use premisli::domain::Language;
use premisli::runtime::Runtime;
use premisli::store::config::{Config, Dirs};
use premisli::store::portfolio;
use premisli::ui::{self, Theme, Ui};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).expect("data dir");
    let paths = portfolio::generate(&data, 50);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).expect("date");
    c.bench_function("portfolio: read 50 workshops", |b| {
        b.iter(|| portfolio::read(black_box(&paths), today))
    });
    let theme = Theme::fallback();
    let ui = Ui {
        theme: &theme,
        ascii: false,
    };
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        c.bench_function(
            &format!("home screen with 50 workshops, cold start to first frame {w}x{h}"),
            |b| {
                b.iter(|| {
                    let dirs = Dirs {
                        data: data.clone(),
                        config: dir.path().join("config"),
                    };
                    let rt = Runtime::new(Language::Sl, Some(dirs), Config::default());
                    term.draw(|f| ui::draw(f, black_box(&rt.app), &ui))
                        .expect("draw");
                })
            },
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
