//! A typed round trip: the bytes drive the app (keys, pastes, resizes) on a
//! sample workshop; whatever edits it accepts are all there after save → load.
#![no_main]

use libfuzzer_sys::fuzz_target;
use premisli::app::{App, Doc, Env, home::HomeData};
use premisli::domain::Language;
use premisli::store::format::{from_text, to_text};

const SAMPLE: &str = include_str!("../../sample-data/inovacijski-projekt.ron");

fuzz_target!(|data: &[u8]| {
    let path = std::path::Path::new("fuzz.ron");
    let w = from_text(path, SAMPLE).expect("the sample loads");
    let mut app = App::new(Language::Sl, HomeData::default());
    app.open(Doc::new(w, Some(path.to_path_buf())));
    let now = chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("a date");
    for (i, ev) in premisli::app::keys::events_from_bytes(data)
        .into_iter()
        .enumerate()
    {
        let env = Env {
            now_ms: i as u64 * 300,
            now,
        };
        let _ = app.handle(ev, &env);
    }
    let Some(doc) = &app.shared.doc else { return };
    let text = to_text(&doc.workshop).expect("an edited workshop saves");
    let back = from_text(path, &text).expect("what premisli saved loads again");
    assert_eq!(back, doc.workshop, "every accepted edit survives save → load");
});
