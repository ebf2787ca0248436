//! The machine-readable contract: what `graph.json` holds. Field names are stable;
//! other tools read them. New fields may be added, none renamed or removed.

use crate::tables::{Family, Level};
use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Version of the `graph.json` schema.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileStatus {
    Ok,
    Skipped,
    Error,
}

impl FileStatus {
    /// The status's name in `graph.json` and in messages: serde's lower-case name, which a
    /// test of the JSON writer holds it to.
    pub fn key(self) -> &'static str {
        match self {
            FileStatus::Ok => "ok",
            FileStatus::Skipped => "skipped",
            FileStatus::Error => "error",
        }
    }
}

/// One input file and what became of it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FileEntry {
    pub path: String,
    pub status: FileStatus,
    /// Why a file was skipped or failed; for `ok`, notes such as "normalized (NFD → NFC)".
    pub reason: Option<String>,
    pub bytes: u64,
    /// The document this file holds (id in `documents`).
    pub document: Option<String>,
    pub mentions: usize,
    /// Mentions of the file's own number in its body, not counted as references.
    pub self_mentions: usize,
    /// The format it was read as: `text`, `markdown`, `html`, `docx`, `pdf`.
    #[serde(default)]
    pub format: Option<String>,
    /// The encoding it was decoded from: `UTF-8`, `UTF-8 with BOM`, `UTF-16LE`,
    /// `windows-1258`, `TCVN3`, `VNI`, …
    #[serde(default)]
    pub encoding: Option<String>,
    /// What the `start`/`end` of its mentions count bytes of: `file` (the file itself),
    /// `word/document.xml` (inside a .docx), `text layer (pdftotext)`.
    #[serde(default)]
    pub offsets: Option<String>,
}

/// A document: one that has a file in the corpus, or one that is only cited.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub kind: String,
    pub number: Option<String>,
    pub symbol: Option<String>,
    pub year: Option<u16>,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub title: Option<String>,
    /// Name of a law cited by name.
    pub name: Option<String>,
    pub family: Option<Family>,
    pub level: Level,
    /// The file holding the document's text; null when it is only cited.
    pub path: Option<String>,
    pub in_corpus: bool,
    /// How many mentions point at it.
    pub cited: usize,
}

/// One reference, exactly where it stands in its source file. Its strings are short codes,
/// numbers and ids for the most part: `CompactString` holds up to 24 bytes without an
/// allocation, which spares a dozen allocations per reference on a large scan.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Mention {
    /// Shared by every mention of a file (one allocation per file, not per mention).
    pub path: Arc<str>,
    /// 1-based line and column (in characters) of `start`.
    pub line: usize,
    pub column: usize,
    /// Byte offsets into the original file: `original[start..end] == text`.
    pub start: usize,
    pub end: usize,
    pub text: CompactString,
    pub kind: CompactString,
    pub family: Family,
    /// The number as written (`"06"`).
    pub number: Option<CompactString>,
    /// Codes only, normalized (`KH-UBND`, `NQ/TW`, `QĐ-TTg`, `QH14`).
    pub symbol: Option<CompactString>,
    pub year: Option<u16>,
    /// ISO date; null when none was written or the written date cannot be.
    pub date: Option<CompactString>,
    /// The date as written, when it is given.
    pub date_text: Option<CompactString>,
    pub issuer: Option<CompactString>,
    pub subject: Option<CompactString>,
    /// `khoản 2 Điều 3`, `mục II`.
    pub pinpoint: Option<CompactString>,
    /// For laws cited by name: the name without the type word.
    pub name: Option<CompactString>,
    /// The relation the words before it signal (`basis`, `implements`, … `cites`).
    pub relation: CompactString,
    /// Id of the document it resolves to.
    pub target: CompactString,
}

/// A typed relation between two documents, with the sentence that shows it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Edge {
    pub from: CompactString,
    pub to: CompactString,
    pub relation: CompactString,
    pub inferred: bool,
    pub evidence: Evidence,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Evidence {
    pub path: Arc<str>,
    pub line: usize,
    pub column: usize,
    /// Shared with every edge the same sentence proves.
    pub sentence: Arc<str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The severity's name in `graph.json`, reports and linter lines: serde's lower-case
    /// name, which a test of the JSON writer holds it to.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Location {
    pub path: Arc<str>,
    pub line: usize,
    pub column: usize,
    pub text: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Finding {
    pub kind: String,
    pub severity: Severity,
    pub message: String,
    pub locations: Vec<Location>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Summary {
    pub files: usize,
    pub files_ok: usize,
    pub files_skipped: usize,
    pub files_error: usize,
    pub bytes: u64,
    pub documents: usize,
    pub documents_in_corpus: usize,
    pub mentions: usize,
    pub edges: usize,
    pub findings: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Graph {
    pub version: u32,
    pub summary: Summary,
    pub files: Vec<FileEntry>,
    pub documents: Vec<Document>,
    pub mentions: Vec<Mention>,
    pub edges: Vec<Edge>,
    pub findings: Vec<Finding>,
}

/// Writes `graph` as the JSON `serde_json::to_writer` would, but serializes the long arrays
/// by hand ([`crate::json`]) and in parallel, a batch of chunks at a time: on a large corpus
/// the JSON is about as big as the text, and one thread formatting it took as long as all of
/// the recognition.
pub fn write_json<W: std::io::Write + Send>(graph: &Graph, mut w: W) -> std::io::Result<()> {
    w.write_all(b"{\"version\":")?;
    serde_json::to_writer(&mut w, &graph.version)?;
    w.write_all(b",\"summary\":")?;
    serde_json::to_writer(&mut w, &graph.summary)?;
    w.write_all(b",\"files\":")?;
    write_array(&graph.files, &mut w)?;
    w.write_all(b",\"documents\":")?;
    write_array(&graph.documents, &mut w)?;
    w.write_all(b",\"mentions\":")?;
    write_array(&graph.mentions, &mut w)?;
    w.write_all(b",\"edges\":")?;
    write_array(&graph.edges, &mut w)?;
    w.write_all(b",\"findings\":")?;
    write_array(&graph.findings, &mut w)?;
    w.write_all(b"}")
}

fn write_array<T: crate::json::WriteJson + Sync, W: std::io::Write + Send>(
    items: &[T],
    w: &mut W,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    // Chunks small enough to balance across threads; batches bound the memory held at once.
    const CHUNK: usize = 2048;
    const BATCH: usize = 16;
    w.write_all(b"[")?;
    // Two sets of buffers: one batch is written out while the next is formatted (the write is
    // the kernel copying into the page cache, a core's work of its own). They are kept from
    // batch to batch: fresh memory is what costs most on a large run, not formatting.
    let mut filling: Vec<Vec<u8>> = Vec::new();
    let mut written: Vec<Vec<u8>> = Vec::new();
    let mut ready = 0;
    let mut first = true;
    let mut write_out = |parts: &[Vec<u8>], w: &mut W| -> std::io::Result<()> {
        for part in parts {
            if !first {
                w.write_all(b",")?;
            }
            first = false;
            w.write_all(part)?;
        }
        Ok(())
    };
    for batch in items.chunks(CHUNK * BATCH) {
        let n = batch.len().div_ceil(CHUNK);
        if filling.len() < n {
            filling.resize_with(n, Vec::new);
        }
        let fill = |bufs: &mut [Vec<u8>]| {
            bufs.par_iter_mut().zip(batch.par_chunks(CHUNK)).for_each(|(buf, chunk)| {
                buf.clear();
                // About what a mention takes: growing by doubling copied each buffer over again.
                buf.reserve(chunk.len() * 512);
                for (i, item) in chunk.iter().enumerate() {
                    if i > 0 {
                        buf.push(b',');
                    }
                    item.write_json(buf);
                }
            })
        };
        let (result, ()) = rayon::join(|| write_out(&written[..ready], w), || fill(&mut filling[..n]));
        result?;
        std::mem::swap(&mut filling, &mut written);
        ready = n;
    }
    write_out(&written[..ready], w)?;
    w.write_all(b"]")
}

#[cfg(test)]
mod tests {
    #[test]
    fn parallel_writer_writes_what_serde_writes() {
        let mut graph = crate::scan_paths(&[std::path::PathBuf::from("data")]);
        // Enough mentions for several chunks and two batches.
        let copies = 40_000 / graph.mentions.len().max(1) + 1;
        graph.mentions = (0..copies).flat_map(|_| graph.mentions.iter().cloned()).collect();
        let mut ours = Vec::new();
        super::write_json(&graph, &mut ours).expect("write to memory");
        assert_eq!(ours, serde_json::to_vec(&graph).expect("serde"));
    }
}
