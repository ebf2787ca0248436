//! Writes a deterministic synthetic corpus and the gold list of the references planted in it.
//!
//! cargo run --release --example gen_corpus -- --docs 1000 --seed 1 --out /tmp/corpus [--bytes 8000]

use std::io::Write;
use std::path::PathBuf;

fn main() {
    let mut docs = 1000usize;
    let mut seed = 1u64;
    let mut bytes = 8000usize;
    let mut out = PathBuf::from("output/synthetic");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--docs" => docs = v.parse().expect("--docs N"),
            "--seed" => seed = v.parse().expect("--seed S"),
            "--bytes" => bytes = v.parse().expect("--bytes B"),
            "--out" => out = PathBuf::from(v),
            _ => panic!("unknown option {a}"),
        }
    }
    let docs_dir = out.join("docs");
    std::fs::create_dir_all(&docs_dir).expect("create output folder");
    let mut gold = std::io::BufWriter::new(std::fs::File::create(out.join("gold.tsv")).expect("gold.tsv"));
    writeln!(gold, "file\tline\tkind\tnumber\tsymbol\tdate\ttext").expect("write");
    let mut total = 0u64;
    let mut refs = 0usize;
    citegraph::synth::generate(docs, seed, bytes, |g| {
        // A hundred files a folder, as offices keep them.
        let dir = docs_dir.join(format!("{:04}", total_dir(&g.name)));
        std::fs::create_dir_all(&dir).expect("create folder");
        std::fs::write(dir.join(&g.name), &g.text).expect("write document");
        total += g.text.len() as u64;
        for p in &g.planted {
            refs += 1;
            writeln!(gold, "{}\t{}\t{}\t{}\t{}\t{}\t", p.file, p.line, p.kind, p.number, p.symbol, p.date)
                .expect("write");
        }
    });
    println!("{docs} documents, {:.1} MB, {refs} references planted, in {}", total as f64 / 1e6, out.display());
}

fn total_dir(name: &str) -> usize {
    name.trim_start_matches("doc_").trim_end_matches(".txt").parse::<usize>().unwrap_or(0) / 100
}
