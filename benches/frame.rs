//! Frame time of each screen on the large workshop, into ratatui's test
//! backend (layout, text and diff, and the places a click can choose; not
//! the terminal's own work).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use premisli::app::home::HomeData;
use premisli::app::keys::{Key, KeyCode};
use premisli::app::{App, Doc, Env};
use premisli::domain::Language;
use premisli::ui::{self, Theme, Ui};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn env() -> Env {
    Env {
        now_ms: 0,
        now: chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("date"),
    }
}

fn app(keys: &str) -> App {
    let w = premisli::store::load(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-data/large.ron"
    )))
    .expect("large");
    let mut app = App::new(Language::Sl, HomeData::default());
    app.open(Doc::new(w, Some(PathBuf::from("large.ron"))));
    for key in premisli::app::keys::parse_keys(keys).expect("keys") {
        app.handle(premisli::app::keys::Event::Key(key), &env());
    }
    app
}

fn bench(c: &mut Criterion) {
    let theme = Theme::fallback();
    for (name, key) in [
        ("project", "1"),
        ("team", "2"),
        ("diagnosis", "3"),
        ("plans", "4"),
        ("cycles", "5"),
        ("indicators", "6"),
        // A meeting at its strengths step, the board embedded, timer running.
        ("session", "7 a <Enter> <Enter> <Enter> <Enter> t <Tab>"),
        ("report", "8"),
        // A search shown on the board: its count is worked out each frame.
        ("diagnosis-search", "3 / a <Enter>"),
        (
            "projector",
            "7 a <Enter> <Enter> <Enter> <Enter> t <Tab> <F5>",
        ),
    ] {
        let mut app = app(key);
        for (w, h) in [(120u16, 40u16), (200, 60)] {
            let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            let ui = Ui {
                theme: &theme,
                ascii: false,
            };
            let mut down = true;
            c.bench_function(
                &format!("frame {name} {w}x{h} (selection moves each frame)"),
                |b| {
                    b.iter(|| {
                        // Move the selection so every frame has something to redraw.
                        let code = if down { KeyCode::Down } else { KeyCode::Up };
                        down = !down;
                        app.handle(premisli::app::keys::Event::Key(Key::plain(code)), &env());
                        // As the console draws: noting where rows, phases
                        // and cells are, for the mouse.
                        term.draw(|f| {
                            black_box(ui::hits::draw(f, black_box(&app), &ui));
                        })
                        .expect("draw");
                    })
                },
            );
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = bench
}
criterion_main!(benches);
