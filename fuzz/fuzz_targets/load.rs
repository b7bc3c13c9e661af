//! Any bytes as a workshop file: loading (with migration) returns a workshop
//! or an error with a position, and never panics. What loads saves and loads
//! back equal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use premisli::store::format::{from_text, to_text};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(w) = from_text(std::path::Path::new("fuzz.ron"), text)
        && let Ok(saved) = to_text(&w)
    {
        let again = from_text(std::path::Path::new("fuzz.ron"), &saved)
            .expect("what premisli saved loads again");
        assert_eq!(again, w, "a loaded workshop survives a save");
    }
});
