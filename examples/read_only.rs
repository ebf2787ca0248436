//! Lists and reads every file under a folder as `scan` does, and does nothing with the
//! bytes: the floor under a scan's time, which no recognizer can go below (bench/run.sh
//! prints it beside `rg`).
//!
//!     cargo run --release --example read_only -- DIR
use rayon::prelude::*;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: read_only DIR");
        std::process::exit(2);
    };
    let t = std::time::Instant::now();
    let inputs = citegraph::corpus::collect_inputs(&[std::path::PathBuf::from(dir)]);
    let bytes: u64 = inputs.par_iter().filter_map(|i| citegraph::corpus::read(&i.path).ok()).map(|(_, n)| n).sum();
    eprintln!("{} files, {bytes} bytes read in {:?}", inputs.len(), t.elapsed());
}
