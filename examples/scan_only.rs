//! Reads and recognizes every file under a folder, without resolving or writing anything:
//! the per-file stages alone, for profilers (`valgrind --tool=callgrind`, `perf`).
//!
//!     cargo run --release --example scan_only -- DIR
use rayon::prelude::*;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: scan_only DIR");
        std::process::exit(2);
    };
    let inputs = citegraph::corpus::collect_inputs(&[std::path::PathBuf::from(dir)]);
    let t = std::time::Instant::now();
    let n: usize = inputs.par_iter().map(|i| citegraph::scan::scan_input(i).mentions.len()).sum();
    eprintln!("{n} mentions in {:?}", t.elapsed());
}
