//! citegraph: find the references Vietnamese legal and administrative documents make to one
//! another, and build the citation graph between them.
//!
//! The stages, one module each: [`corpus`] reads files and [`decode`] turns them into text
//! (with [`html`], [`docx`], [`pdf`] and [`legacy`] for TCVN3/VNI), [`normalize`] prepares text for
//! matching, [`header`] reads a document's own identity, [`recognize`] finds references ([`aliases`] the short names a text defines),
//! [`cues`] reads what they mean ([`quotes`] where the text quotes another) and [`bodies`] where an issuer's name ends, [`resolve`] turns them into documents; [`model`] is the
//! JSON contract. [`tables`] holds the vocabulary as data. [`saved`] reads a corpus back from
//! its graph.json, to resolve new files with it without reading it again; [`check`] tells
//! which findings are a draft's against a corpus.

pub mod aliases;
pub mod bodies;
pub mod charters;
pub mod check;
pub mod congress;
pub mod corpus;
pub mod cues;
pub mod decode;
pub mod docx;
pub mod export;
pub mod findings;
pub mod graph;
pub mod header;
pub mod html;
pub mod json;
pub mod legacy;
pub mod letterhead;
pub mod lines;
pub mod memo;
pub mod model;
pub mod normalize;
pub mod output;
pub mod pdf;
pub mod places;
pub mod query;
pub mod quotes;
pub mod recognize;
pub mod relate;
pub mod render;
pub mod report;
pub mod resolve;
pub mod saved;
pub mod scan;
pub mod signature;
pub mod slips;
pub mod synth;
pub mod tables;
pub mod timing;
pub mod treaties;
pub mod variants;

use rayon::prelude::*;
use std::path::PathBuf;

/// Scans files and folders and returns the whole graph document.
pub fn scan_paths(paths: &[PathBuf]) -> model::Graph {
    scan_paths_with(paths, |_| {}, |_| {})
}

/// Scans `paths` with a corpus `scan` saved (see [`saved`]): only the files are read, and
/// resolved with the corpus as one scan of them all would resolve them. The files of the
/// corpus that are among them are taken as read now ([`saved::SavedCorpus::leave_out`]).
pub fn scan_paths_over(paths: &[PathBuf], mut corpus: saved::SavedCorpus) -> model::Graph {
    let mut gathered = scan_files(paths, |inputs| corpus.leave_out(paths, inputs), |_| {});
    gathered.push_saved(corpus);
    resolve::build(gathered)
}

/// Scans `drafts` with the files of `corpus` as one scan of them all, the drafts checked
/// against the corpus ([`resolve::Gathered::checked`]).
pub fn scan_drafts_with(drafts: &[PathBuf], corpus: &[PathBuf]) -> model::Graph {
    let mut leading = 0;
    // The drafts' files come first, in the order given (`corpus::collect_inputs`).
    let count = |inputs: &[corpus::Input]| {
        leading = inputs.iter().take_while(|i| drafts.iter().any(|d| i.path.starts_with(d))).count();
    };
    let mut gathered = scan_files(&[drafts, corpus].concat(), count, |_| {});
    gathered.checked(leading);
    resolve::build(gathered)
}

/// Scans `drafts` with a corpus `scan` saved, as [`scan_paths_over`] does, the drafts checked
/// against the corpus ([`resolve::Gathered::checked`]).
pub fn scan_drafts_over(drafts: &[PathBuf], mut corpus: saved::SavedCorpus) -> model::Graph {
    let mut gathered = scan_files(drafts, |inputs| corpus.leave_out(drafts, inputs), |_| {});
    gathered.checked(gathered.files());
    gathered.push_saved(corpus);
    resolve::build(gathered)
}

/// Scans like [`scan_paths`], showing `start` the files to read (before any is read) and
/// telling `done` the bytes of each file as it is finished (from several threads), for a
/// progress display.
pub fn scan_paths_with(
    paths: &[PathBuf],
    start: impl FnOnce(&[corpus::Input]),
    done: impl Fn(u64) + Sync,
) -> model::Graph {
    resolve::build(scan_files(paths, start, done))
}

/// Scans like [`scan_paths_with`] but stops short of the edges and findings, whose
/// [`resolve::Resolved::relate`] can then run while what is final is written out.
pub fn resolve_paths_with(
    paths: &[PathBuf],
    start: impl FnOnce(&[corpus::Input]),
    done: impl Fn(u64) + Sync,
) -> resolve::Resolved {
    resolve::resolve(scan_files(paths, start, done))
}

/// Works out the edges and findings of `resolved` while its files, documents and mentions
/// are written to `w` as graph.json, then the edges while the findings are worked out, then
/// the rest, and gives the whole graph and `w` back: on a large corpus the mentions are most
/// of the file, the edges most of the rest, and the disk takes about as long as the edges do.
pub fn relate_and_write<W: std::io::Write + Send + 'static>(
    resolved: resolve::Resolved,
    w: W,
) -> std::io::Result<(model::Graph, W)> {
    let mut json = model::JsonWriter::start(w);
    let edges = std::sync::OnceLock::new();
    let relating = std::sync::atomic::AtomicBool::new(true);
    let findings = std::thread::scope(|scope| {
        let (hand, final_edges) = std::sync::mpsc::sync_channel::<&[model::Edge]>(1);
        // A thread of its own, beside the pool's: the edges and the head share the cores,
        // and the disk is kept busy from the start. The edges follow the head on it: they
        // are final a few tenths of a second before the findings (at 8x), and the disk
        // would wait for those otherwise.
        let (json, r, busy) = (&mut json, &resolved, &relating);
        let head = scope.spawn(move || {
            json.head(
                model::SCHEMA_VERSION,
                r.base.as_deref(),
                &r.files,
                &r.documents,
                &r.mentions,
                model::Formatting::ThisThread,
            );
            // None when relating panicked: the panic is passed on below.
            if let Ok(edges) = final_edges.recv() {
                json.edges(edges, busy);
            }
        });
        let findings = r.relate_with(|e| {
            let kept = edges.get_or_init(|| e);
            let _ = hand.send(kept);
            kept
        });
        relating.store(false, std::sync::atomic::Ordering::Relaxed);
        head.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        findings
    });
    let edges = edges.into_inner().expect("relate_with hands the edges over");
    let graph = resolved.into_graph(edges, findings);
    let w = json.finish(&graph.findings, &graph.summary)?;
    Ok((graph, w))
}

/// Files read before their mentions are moved into the corpus-wide vectors: enough for both
/// cores to stay busy to the end of a batch, few enough that the batch's vectors stay hot.
const SCAN_BATCH: usize = 1024;

fn scan_files(paths: &[PathBuf], start: impl FnOnce(&[corpus::Input]), done: impl Fn(u64) + Sync) -> resolve::Gathered {
    let mut watch = timing::Stopwatch::start();
    let inputs = corpus::collect_inputs(paths);
    start(&inputs);
    let mut gathered = resolve::Gathered::new(inputs.len());
    let mut copies = scan::Copies::default();
    // A batch at a time, each batch's mentions moved out while they are hot (see Gathered).
    for (b, batch) in inputs.chunks(SCAN_BATCH).enumerate() {
        let mut scans: Vec<scan::FileScan> = batch
            .par_iter()
            .map(|input| {
                let scan = scan::scan_input(input);
                done(scan.entry.bytes.unwrap_or(0));
                scan
            })
            .collect();
        copies.settle(b * SCAN_BATCH, batch, &mut scans);
        gathered.push(scans);
    }
    scan::settle_same_files(&inputs, &mut gathered);
    watch.lap("read+recognize");
    gathered
}
