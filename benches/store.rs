//! Load and save of the large stress workshop (`sample-data/large.ron`).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use premisli::store::{self, SaveOptions};

fn large() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-data/large.ron"
    ))
}

fn bench(c: &mut Criterion) {
    let text = std::fs::read_to_string(large()).expect("large.ron");
    let w = store::load(large()).expect("loads");
    c.bench_function("load large.ron (read + parse + validate)", |b| {
        b.iter(|| store::load(black_box(large())).expect("loads"))
    });
    c.bench_function("parse + validate large.ron (in memory)", |b| {
        b.iter(|| store::from_text(Path::new("large.ron"), black_box(&text)).expect("parses"))
    });
    c.bench_function("serialize large.ron (in memory)", |b| {
        b.iter(|| store::to_text(black_box(&w)).expect("text"))
    });
    // Every edit is checked against the whole workshop before it is kept (ids
    // unique, links pointing somewhere): what one keystroke's edit costs.
    c.bench_function("validate large.ron (the check after every edit)", |b| {
        b.iter(|| black_box(&w).validate())
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("large.ron");
    for (name, fsync) in [
        ("save large.ron with fsync", true),
        ("save large.ron without fsync", false),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| {
                store::save_workshop(
                    &path,
                    black_box(&w),
                    SaveOptions {
                        fsync,
                        ..SaveOptions::document()
                    },
                )
                .expect("saves")
            })
        });
    }
    // Before every save the file on disk is read and compared with what was
    // last written, so that someone else's change is never overwritten.
    let stamp = store::save_workshop(&path, &w, SaveOptions::document()).expect("saves");
    c.bench_function("check large.ron on disk before a save (read + hash)", |b| {
        b.iter(|| store::file::compare(black_box(&path), &stamp).expect("reads"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
