//! Failures injected into saves, for the tests of what the user sees when the
//! disk is full, the directory read-only, fsync fails, or a write never
//! returns (a hung network share). Only with the `testing` feature (which the
//! tests, benchmarks and fuzzers turn on); in a user's build every check passes.

/// A failure to inject into the next saves on this thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Writing the temp file runs out of space half-way.
    DiskFull,
    /// The directory does not take new files.
    ReadOnlyDir,
    /// The data does not reach the disk.
    Fsync,
}

#[cfg(any(test, feature = "testing"))]
thread_local! {
    static FAULT: std::cell::Cell<Option<Fault>> = const { std::cell::Cell::new(None) };
}

/// Sets (or with `None` clears) the fault for saves on this thread.
#[cfg(any(test, feature = "testing"))]
pub fn inject_fault(f: Option<Fault>) {
    FAULT.with(|c| c.set(f));
}

/// Is this fault injected now?
pub(super) fn injected(which: Fault) -> bool {
    #[cfg(any(test, feature = "testing"))]
    {
        FAULT.with(std::cell::Cell::get) == Some(which)
    }
    #[cfg(not(any(test, feature = "testing")))]
    {
        let _ = which;
        false
    }
}

/// The error an injected fault stands for, if it is injected.
pub(super) fn fault(which: Fault) -> std::io::Result<()> {
    if injected(which) {
        let code = match which {
            Fault::DiskFull => 28,    // ENOSPC
            Fault::ReadOnlyDir => 30, // EROFS
            Fault::Fsync => 5,        // EIO
        };
        return Err(std::io::Error::from_raw_os_error(code));
    }
    Ok(())
}

/// With `PREMISLI_FAULT=hang` in the environment, a write never returns: the
/// end-to-end test that a hang-up still ends the process.
pub(super) fn hang_if_asked() {
    #[cfg(any(test, feature = "testing"))]
    if std::env::var_os("PREMISLI_FAULT").is_some_and(|v| v == "hang") {
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
}
