//! Signals, as messages for the main loop: hang-up and termination (with a
//! watchdog for a main loop stuck in file I/O), suspend and resume.

use std::io;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
#[cfg(unix)]
use std::sync::atomic::Ordering;
use std::sync::mpsc::Sender;
#[cfg(unix)]
use std::time::Duration;

use super::Msg;
#[cfg(unix)]
use super::{restore, take_terminal};

/// How long a hang-up or termination may wait for the main loop to take it
/// up (it may be busy in a file operation that does not return, on a hung
/// network share) before the process leaves anyway, with the terminal restored.
#[cfg(unix)]
const STUCK_AFTER: Duration = Duration::from_secs(5);
/// How long the main loop, once it took it up, may take to save and leave.
#[cfg(unix)]
const SAVE_WITHIN: Duration = Duration::from_secs(30);

/// Signals become messages for the main loop. A hang-up or termination the
/// main loop does not take up in time (stuck in file I/O), or whose save does
/// not finish in time, ends the process here, with the terminal restored.
/// Further hang-ups meanwhile (a dropped SSH link sends several) change
/// nothing: a save under way is never cut short by them.
#[cfg(unix)]
pub(super) fn spawn_signals(tx: Sender<Msg>, taken: Arc<AtomicBool>) -> io::Result<()> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGHUP, SIGINT, SIGTERM, SIGTSTP, SIGCONT])?;
    std::thread::spawn(move || {
        let mut asked = false;
        for sig in signals.forever() {
            let msg = match sig {
                SIGHUP => Msg::HangUp,
                SIGTSTP => Msg::Suspend,
                SIGCONT => Msg::Resume,
                _ => Msg::Terminate,
            };
            let ending = matches!(msg, Msg::HangUp | Msg::Terminate);
            if ending && asked {
                continue;
            }
            if tx.send(msg).is_err() {
                break;
            }
            if ending {
                asked = true;
                let taken = taken.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(STUCK_AFTER);
                    if !taken.load(Ordering::SeqCst) {
                        leave_now();
                    }
                    std::thread::sleep(SAVE_WITHIN);
                    leave_now();
                });
            }
        }
    });
    Ok(())
}

/// Windows: Ctrl-C, Ctrl-Break, closing the console window, logoff and
/// shutdown all mean "save and leave", as SIGHUP and SIGTERM do elsewhere.
#[cfg(not(unix))]
pub(super) fn spawn_signals(tx: Sender<Msg>, _taken: Arc<AtomicBool>) -> io::Result<()> {
    ctrlc::set_handler(move || {
        let _ = tx.send(Msg::HangUp);
    })
    .map_err(io::Error::other)
}

/// The main loop cannot be reached: leave without it.
#[cfg(unix)]
fn leave_now() -> ! {
    restore();
    eprintln!(
        "premisli: stopped while a file operation did not finish (a hung disk or network share); edits since the last save may not be kept"
    );
    std::process::exit(1);
}

/// Gives the terminal back and stops (as Ctrl-Z does in a shell); on resume
/// takes the terminal again. The caller redraws everything.
#[cfg(unix)]
pub(super) fn suspend() {
    restore();
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
    let _ = take_terminal();
}

#[cfg(not(unix))]
pub(super) fn suspend() {}
