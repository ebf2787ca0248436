//! Stage timings on stderr when `CITEGRAPH_TIMING` is set: where a run's time goes, for the
//! benchmarks and for whoever makes the next stage faster.

use std::time::Instant;

/// Marks the end of stages; prints each stage's time when timing is on.
pub struct Stopwatch {
    on: bool,
    last: Instant,
}

impl Stopwatch {
    pub fn start() -> Self {
        Stopwatch { on: std::env::var_os("CITEGRAPH_TIMING").is_some(), last: Instant::now() }
    }

    /// Ends the stage named `stage` and starts the next one.
    pub fn lap(&mut self, stage: &str) {
        if self.on {
            let now = Instant::now();
            eprintln!("timing: {stage:<24} {:>8.1} ms", (now - self.last).as_secs_f64() * 1e3);
            self.last = now;
        }
    }
}
