//! The room's door: how many connections in all and per address, and a
//! growing pause for an address that keeps typing wrong codes. Time is passed
//! in, so the rules are tested without waiting.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// People in the room at once, from everyone (a staff room of 40 and
    /// the board, with room to spare).
    pub total: usize,
    /// People in the room from one address (a school behind one NAT address
    /// may have the whole staff behind it).
    pub per_address: usize,
    /// Connections that have not logged in yet, from everyone and from one
    /// address: a flood of them fills these, never the room.
    pub waiting_total: usize,
    pub waiting_per_address: usize,
    /// Wrong codes an address may type before pauses start.
    pub free_failures: u32,
    /// The longest pause.
    pub max_pause: Duration,
    /// After this long without a wrong code, an address starts afresh.
    pub forgive_after: Duration,
    /// Time to log in before the connection is closed.
    pub login_time: Duration,
    /// A session with no input for this long is closed (a participant who
    /// left the laptop open at home).
    pub idle_time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            total: 120,
            per_address: 60,
            waiting_total: 1024,
            waiting_per_address: 256,
            free_failures: 5,
            max_pause: Duration::from_secs(30),
            forgive_after: Duration::from_secs(15 * 60),
            login_time: Duration::from_secs(20),
            idle_time: Duration::from_secs(4 * 60 * 60),
        }
    }
}

/// Why a connection is turned away at the door.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Full {
    Room,
    Address,
}

#[derive(Debug, Default)]
struct Failures {
    count: u32,
    last: Option<Instant>,
}

#[derive(Debug, Default)]
pub struct Guard {
    pub limits: Limits,
    /// Per address: connections waiting to log in, and people in the room.
    open: HashMap<IpAddr, (usize, usize)>,
    waiting: usize,
    total: usize,
    failures: HashMap<IpAddr, Failures>,
}

impl Guard {
    pub fn new(limits: Limits) -> Guard {
        Guard {
            limits,
            ..Guard::default()
        }
    }

    /// Lets a connection to the door, or says why not; `leave` must follow.
    pub fn enter(&mut self, ip: IpAddr) -> Result<(), Full> {
        if self.waiting >= self.limits.waiting_total {
            return Err(Full::Room);
        }
        let n = self.open.entry(ip).or_default();
        if n.0 >= self.limits.waiting_per_address {
            return Err(Full::Address);
        }
        n.0 += 1;
        self.waiting += 1;
        Ok(())
    }

    /// A connection that logged in takes a place in the room, or is told
    /// the room (or its address's share) is full.
    pub fn admit(&mut self, ip: IpAddr) -> Result<(), Full> {
        if self.total >= self.limits.total {
            return Err(Full::Room);
        }
        let n = self.open.entry(ip).or_default();
        if n.1 >= self.limits.per_address {
            return Err(Full::Address);
        }
        if n.0 > 0 {
            n.0 -= 1;
            self.waiting = self.waiting.saturating_sub(1);
        }
        n.1 += 1;
        self.total += 1;
        Ok(())
    }

    /// The connection ended (`admitted`: it had a place in the room).
    pub fn leave(&mut self, ip: IpAddr, admitted: bool) {
        let Some(n) = self.open.get_mut(&ip) else {
            return;
        };
        if admitted && n.1 > 0 {
            n.1 -= 1;
            self.total = self.total.saturating_sub(1);
        } else if !admitted && n.0 > 0 {
            n.0 -= 1;
            self.waiting = self.waiting.saturating_sub(1);
        }
        if *n == (0, 0) {
            self.open.remove(&ip);
        }
    }

    /// People in the room.
    pub fn connected(&self) -> usize {
        self.total
    }

    /// Connections waiting at the door.
    pub fn waiting(&self) -> usize {
        self.waiting
    }

    /// A wrong code from this address.
    pub fn failed(&mut self, ip: IpAddr, now: Instant) {
        let forgive = self.limits.forgive_after;
        let f = self.failures.entry(ip).or_default();
        if f.last.is_some_and(|t| now.duration_since(t) > forgive) {
            f.count = 0;
        }
        f.count = f.count.saturating_add(1);
        f.last = Some(now);
        // Keep the table small: addresses long forgiven go.
        if self.failures.len() > 4096 {
            self.failures
                .retain(|_, f| f.last.is_some_and(|t| now.duration_since(t) <= forgive));
        }
    }

    /// How long this address waits before its next try is even looked at:
    /// nothing for the first few wrong codes, then 1 s, 2 s, 4 s … up to the
    /// longest pause.
    pub fn pause(&self, ip: IpAddr, now: Instant) -> Duration {
        let Some(f) = self.failures.get(&ip) else {
            return Duration::ZERO;
        };
        if f.last
            .is_none_or(|t| now.duration_since(t) > self.limits.forgive_after)
        {
            return Duration::ZERO;
        }
        let over = f.count.saturating_sub(self.limits.free_failures);
        if over == 0 {
            return Duration::ZERO;
        }
        let secs = 1u64 << (over - 1).min(16);
        Duration::from_secs(secs).min(self.limits.max_pause)
    }

    /// The right code: the address is trusted again.
    pub fn succeeded(&mut self, ip: IpAddr) {
        self.failures.remove(&ip);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(n: u8) -> IpAddr {
        IpAddr::from([10, 0, 0, n])
    }

    #[test]
    fn the_door_counts_in_all_and_per_address() {
        let mut g = Guard::new(Limits {
            total: 3,
            per_address: 2,
            waiting_total: 4,
            waiting_per_address: 3,
            ..Limits::default()
        });
        for _ in 0..3 {
            assert_eq!(g.enter(ip(1)), Ok(()));
        }
        assert_eq!(g.enter(ip(1)), Err(Full::Address), "waiting per address");
        assert_eq!(g.enter(ip(2)), Ok(()));
        assert_eq!(g.enter(ip(3)), Err(Full::Room), "waiting in all");
        assert_eq!(g.admit(ip(1)), Ok(()));
        assert_eq!(g.admit(ip(1)), Ok(()));
        assert_eq!(
            g.admit(ip(1)),
            Err(Full::Address),
            "in the room per address"
        );
        assert_eq!((g.connected(), g.waiting()), (2, 2));
        assert_eq!(g.admit(ip(2)), Ok(()));
        g.leave(ip(1), false);
        assert_eq!(g.enter(ip(3)), Ok(()));
        assert_eq!(g.admit(ip(3)), Err(Full::Room), "the room is full");
        g.leave(ip(1), true);
        assert_eq!(g.admit(ip(3)), Ok(()));
        // Leaving for an address never let in changes nothing.
        g.leave(ip(9), true);
        assert_eq!((g.connected(), g.waiting()), (3, 0));
    }

    #[test]
    fn wrong_codes_bring_growing_pauses_that_end() {
        let mut g = Guard::new(Limits::default());
        let t0 = Instant::now();
        for _ in 0..5 {
            g.failed(ip(1), t0);
        }
        assert_eq!(g.pause(ip(1), t0), Duration::ZERO, "a few typos are free");
        g.failed(ip(1), t0);
        assert_eq!(g.pause(ip(1), t0), Duration::from_secs(1));
        g.failed(ip(1), t0);
        assert_eq!(g.pause(ip(1), t0), Duration::from_secs(2));
        for _ in 0..20 {
            g.failed(ip(1), t0);
        }
        assert_eq!(g.pause(ip(1), t0), Duration::from_secs(30), "capped");
        assert_eq!(
            g.pause(ip(2), t0),
            Duration::ZERO,
            "others are not punished"
        );
        let later = t0 + Duration::from_secs(16 * 60);
        assert_eq!(g.pause(ip(1), later), Duration::ZERO, "forgiven");
        g.failed(ip(1), later);
        assert_eq!(g.pause(ip(1), later), Duration::ZERO, "counted afresh");
        g.succeeded(ip(1));
        assert_eq!(g.pause(ip(1), later), Duration::ZERO);
    }
}
