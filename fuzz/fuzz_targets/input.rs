//! The remote terminal's bytes: never a panic, and however the bytes are
//! cut into packets (the first byte picks the cuts), the same events.
#![no_main]

use libfuzzer_sys::fuzz_target;
use premisli::room::input::feed_in_chunks;

fuzz_target!(|data: &[u8]| {
    let Some((&cut, bytes)) = data.split_first() else {
        return;
    };
    let sizes = [usize::from(cut % 7) + 1, usize::from(cut / 37) + 1];
    assert_eq!(feed_in_chunks(bytes, &sizes), feed_in_chunks(bytes, &[usize::MAX]));
});
