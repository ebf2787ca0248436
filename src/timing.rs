//! Stage timings on stderr when `CITEGRAPH_TIMING` is set: where a run's time goes, for the
//! benchmarks and for whoever makes the next stage faster.

use std::time::Instant;

/// Marks the end of stages; prints each stage's time when timing is on.
pub struct Stopwatch {
    on: bool,
    last: Instant,
    last_cpu: f64,
    last_faults: u64,
}

impl Stopwatch {
    pub fn start() -> Self {
        let (last_cpu, last_faults) = cpu_and_faults();
        Stopwatch { on: std::env::var_os("CITEGRAPH_TIMING").is_some(), last: Instant::now(), last_cpu, last_faults }
    }

    /// Ends the stage named `stage` and starts the next one.
    pub fn lap(&mut self, stage: &str) {
        if self.on {
            let now = Instant::now();
            let ms = (now - self.last).as_secs_f64() * 1e3;
            let (cpu, faults) = cpu_and_faults();
            let (rss, peak) = memory_mb();
            eprintln!(
                "timing: {stage:<24} {ms:>8.1} ms   cpu {:>8.1} ms   rss {rss:>6} MB   peak {peak:>6} MB   faults {:>7}",
                cpu - self.last_cpu,
                faults - self.last_faults
            );
            self.last = now;
            self.last_cpu = cpu;
            self.last_faults = faults;
        }
    }
}

/// User and system time of the whole process in ms, and its minor page faults so far: next
/// to a stage's wall time the first says how many cores the stage kept busy, the second how
/// much fresh memory it took (each fault is a page first touched).
fn cpu_and_faults() -> (f64, u64) {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return (0.0, 0);
    }
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1e3 + t.tv_usec as f64 / 1e3;
    (ms(usage.ru_utime) + ms(usage.ru_stime), usage.ru_minflt as u64)
}

/// Resident and peak resident memory of this process in MB, from `/proc/self/status` (0 where
/// that cannot be read): on this project's machines fresh memory is a large part of a run's
/// cost, so each stage says what it holds.
fn memory_mb() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}
