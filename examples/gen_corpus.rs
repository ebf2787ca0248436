//! Writes a deterministic synthetic corpus and the gold list of the references planted in it.
//!
//! cargo run --release --example gen_corpus -- --docs 1000 --seed 1 --out /tmp/corpus [--bytes 8000]

use std::io::Write;
use std::path::PathBuf;

const USAGE: &str = "usage: gen_corpus [--docs N] [--seed S] [--bytes B] [--out DIR]
  --docs N    documents to write (default 1000)
  --seed S    seed of the generator: the same seed writes the same corpus (default 1)
  --bytes B   about how long each document is (default 8000)
  --out DIR   where docs/ and gold.tsv go (default output/synthetic)";

fn main() {
    if let Err(e) = run() {
        eprintln!("gen_corpus: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let mut docs = 1000usize;
    let mut seed = 1u64;
    let mut bytes = 8000usize;
    let mut out = PathBuf::from("output/synthetic");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--help" || a == "-h" {
            println!("{USAGE}");
            return Ok(());
        }
        let v = args.next().ok_or_else(|| format!("{a} needs a value\n{USAGE}"))?;
        let number = |what: &str| format!("{a} takes {what}, not {v:?}");
        match a.as_str() {
            "--docs" => docs = v.parse().map_err(|_| number("a count of documents"))?,
            "--seed" => seed = v.parse().map_err(|_| number("a whole number"))?,
            "--bytes" => bytes = v.parse().map_err(|_| number("a size in bytes"))?,
            "--out" => out = PathBuf::from(v),
            _ => return Err(format!("unknown option {a}\n{USAGE}")),
        }
    }
    let docs_dir = out.join("docs");
    let io = |what: &std::path::Path, e: std::io::Error| format!("{}: {e}", what.display());
    std::fs::create_dir_all(&docs_dir).map_err(|e| io(&docs_dir, e))?;
    let gold_path = out.join("gold.tsv");
    let mut gold = std::io::BufWriter::new(std::fs::File::create(&gold_path).map_err(|e| io(&gold_path, e))?);
    writeln!(gold, "file\tline\tkind\tnumber\tsymbol\tdate\ttext").map_err(|e| io(&gold_path, e))?;
    let mut total = 0u64;
    let mut refs = 0usize;
    // The generator calls back per document; the first failure is kept and ends the writing.
    let mut failed: Option<String> = None;
    citegraph::synth::generate(docs, seed, bytes, |g| {
        if failed.is_some() {
            return;
        }
        // A hundred files a folder, as offices keep them.
        let dir = docs_dir.join(format!("{:04}", total_dir(&g.name)));
        let file = dir.join(&g.name);
        if let Err(e) = std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&file, &g.text)) {
            failed = Some(io(&file, e));
            return;
        }
        total += g.text.len() as u64;
        for p in &g.planted {
            refs += 1;
            if let Err(e) =
                writeln!(gold, "{}\t{}\t{}\t{}\t{}\t{}\t", p.file, p.line, p.kind, p.number, p.symbol, p.date)
            {
                failed = Some(io(&gold_path, e));
                return;
            }
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    gold.flush().map_err(|e| io(&gold_path, e))?;
    println!("{docs} documents, {:.1} MB, {refs} references planted, in {}", total as f64 / 1e6, out.display());
    Ok(())
}

fn total_dir(name: &str) -> usize {
    name.trim_start_matches("doc_").trim_end_matches(".txt").parse::<usize>().unwrap_or(0) / 100
}
