//! Micro-benchmarks of the hot path, so that a regression shows: `cargo bench`.

use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn sample() -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir("data").expect("data/") {
        text.push_str(&std::fs::read_to_string(entry.expect("entry").path()).expect("read"));
    }
    text
}

fn synthetic() -> String {
    let mut text = String::new();
    citegraph::synth::generate(20, 1, 8000, |g| text.push_str(&g.text));
    text
}

#[divan::bench]
fn normalize_sample(b: Bencher) {
    let text = sample();
    b.counter(BytesCount::of_str(&text)).bench(|| citegraph::normalize::Normalized::new(black_box(&text)).changed());
}

#[divan::bench]
fn recognize_sample(b: Bencher) {
    let text = sample();
    b.counter(BytesCount::of_str(&text)).bench(|| citegraph::recognize::recognize_str(black_box(&text)).len());
}

#[divan::bench]
fn scan_synthetic(b: Bencher) {
    let text = synthetic();
    b.counter(BytesCount::of_str(&text))
        .bench(|| citegraph::scan::scan_text("bench.txt".to_string(), black_box(&text)).mentions.len());
}
