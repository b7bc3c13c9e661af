//! The room's door: how many connections in all and per address, and a
//! growing pause for an address that keeps typing wrong codes. Time is passed
//! in, so the rules are tested without waiting.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections at once, from everyone (a staff room of 40 and the board).
    pub total: usize,
    /// Connections at once from one address (a school behind one NAT address
    /// may have the whole staff behind it).
    pub per_address: usize,
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
    open: HashMap<IpAddr, usize>,
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

    /// Lets a connection in, or says why not; `leave` must follow an `enter`.
    pub fn enter(&mut self, ip: IpAddr) -> Result<(), Full> {
        if self.total >= self.limits.total {
            return Err(Full::Room);
        }
        let n = self.open.entry(ip).or_default();
        if *n >= self.limits.per_address {
            return Err(Full::Address);
        }
        *n += 1;
        self.total += 1;
        Ok(())
    }

    pub fn leave(&mut self, ip: IpAddr) {
        if let Some(n) = self.open.get_mut(&ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.open.remove(&ip);
            }
            self.total = self.total.saturating_sub(1);
        }
    }

    pub fn connected(&self) -> usize {
        self.total
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
            ..Limits::default()
        });
        assert_eq!(g.enter(ip(1)), Ok(()));
        assert_eq!(g.enter(ip(1)), Ok(()));
        assert_eq!(g.enter(ip(1)), Err(Full::Address));
        assert_eq!(g.enter(ip(2)), Ok(()));
        assert_eq!(g.enter(ip(3)), Err(Full::Room));
        g.leave(ip(1));
        assert_eq!(g.connected(), 2);
        assert_eq!(g.enter(ip(3)), Ok(()));
        // Leaving twice, or an address never let in, changes nothing.
        g.leave(ip(9));
        assert_eq!(g.connected(), 3);
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
