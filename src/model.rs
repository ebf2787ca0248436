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
    /// What a document without a number of its own is known by (`file:NAME`): its path below
    /// the folder scan was given, from that folder's name, the same from any working folder.
    #[serde(default)]
    pub name: String,
    pub status: FileStatus,
    /// Why a file was skipped or failed; for `ok`, notes such as "normalized (NFD → NFC)".
    pub reason: Option<String>,
    /// The file's size, read or not (a 1 MiB blob skipped as binary is 1 048 576, not 0);
    /// null only where no size can be known: a path that leads to no file, a folder.
    #[serde(default)]
    pub bytes: Option<u64>,
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
    pub id: Arc<str>,
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
    /// Where a local body that issued it sits (`Lào Cai`): with its number, symbol and year,
    /// what tells it from another province's or district's. Null for central documents.
    #[serde(default)]
    pub place: Option<String>,
    pub level: Level,
    /// The file holding the document's text; null when it is only cited.
    pub path: Option<String>,
    pub in_corpus: bool,
    /// A codification in the corpus (a topic of the Bộ pháp điển, or a text compiled the same
    /// way): its articles come from documents of many dates, later ones among them.
    #[serde(default)]
    pub codified: bool,
    /// How many mentions point at it.
    pub cited: usize,
}

/// A series of numbered normative documents: symbol, year and place. Its numbers are given in
/// the order of their days ([`crate::slips::fitting_day`]).
pub type Series<'d> = (&'d str, u16, Option<&'d str>);

impl Document {
    /// The date its own text gives, where the corpus holds it: what a citation's date is
    /// judged by.
    pub fn own_text_date(&self) -> Option<&str> {
        self.date.as_deref().filter(|_| self.in_corpus)
    }

    /// The series a normative document is numbered in, and its number there.
    pub fn numbered_in_series(&self) -> Option<(Series<'_>, u32)> {
        if self.family != Some(Family::Normative) {
            return None;
        }
        let number = self.number.as_deref()?.parse().ok()?;
        Some(((self.symbol.as_deref()?, self.year?, self.place.as_deref()), number))
    }
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
    /// Byte offsets into the original file: `text` is `original[start..end]` without the
    /// marks of emphasis a page's Markdown sets inside it ([`Mention::text_of`]).
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
    pub target: Arc<str>,
    /// Id of the document whose words these are, where they are not the file's own: in a
    /// codified page, an article's source (the document its note names). Edges go from it.
    /// Left out of graph.json when the words are the file's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Arc<str>>,
    /// Read in the summary a page puts before its text (front matter, metadata block, the
    /// editor's `## TRÍCH YẾU` under it): an edge its text states too takes its evidence from
    /// the text. Not written out.
    #[serde(skip)]
    pub in_summary: bool,
    /// A basis a preamble's own line states (`Căn cứ Luật … ;`), not a list of it (an
    /// editor's `## CĂN CỨ PHÁP LUẬT`): the line an edge is best shown by. Not written out.
    #[serde(skip)]
    pub in_preamble: bool,
    /// On such a line, the agent of an act on the basis it states (`Căn cứ Nghị định số
    /// 193/2025/NĐ-CP …, được sửa đổi, bổ sung tại Nghị định số 21/2026/NĐ-CP;`): its edge is
    /// shown by its own line where the preamble has one. Not written out.
    #[serde(skip)]
    pub agent_of_another: bool,
}

impl Mention {
    /// The text of a mention whose span reads `written`: without the bold and italic marks a
    /// page's Markdown sets inside a reference, `*` and `_` at a word's edge. The span stays
    /// on the bytes the reference is written in, marks and all; its text reads as the words do
    /// (`Luật Tổ chức Chính phủ số **63/2025/QH15`, `Quyết định số **73/2011/QĐ-TTg** ngày
    /// 28/12/2011` in Nghị định 192/2026/NĐ-CP), as its `name` and `subject` already did.
    pub fn text_of(written: &str) -> CompactString {
        if memchr::memchr2(b'*', b'_', written.as_bytes()).is_none() {
            return written.into();
        }
        let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let mut text = CompactString::with_capacity(written.len());
        for (i, c) in written.char_indices() {
            let edge = !letter(written[..i].chars().next_back()) || !letter(written[i + c.len_utf8()..].chars().next());
            if !(matches!(c, '*' | '_') && edge) {
                text.push(c);
            }
        }
        text
    }

    /// The date where it gives the day (`2024-12-26`), as a document's day is compared with
    /// another's.
    pub fn full_date(&self) -> Option<&str> {
        self.date.as_deref().filter(|d| d.len() == 10)
    }

    /// The number as the citation writes it, `97/2015/QH13`, where it gives a number, a year
    /// and codes: not the document it is read as (`target`), which may be another.
    pub fn number_as_written(&self) -> Option<String> {
        let (n, s, y) = (self.number.as_deref()?, self.symbol.as_deref()?, self.year?);
        Some(format!("{n}/{y}/{s}"))
    }
}

/// A typed relation between two documents, with the sentence that shows it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Edge {
    /// Shared with the document's id, as `to` is: one allocation per document, not per edge.
    pub from: Arc<str>,
    pub to: Arc<str>,
    pub relation: CompactString,
    pub inferred: bool,
    /// Where the edge is first stated: the first file that states it, at its first place there.
    pub evidence: Evidence,
    /// Where other files state it too, the first place of each, in the order met, at most
    /// [`Edge::PLACES`] with `evidence` (an edge between two documents cited by the plans of a
    /// whole country is stated in each): a reader of one of them is shown its own sentence
    /// ([`Edge::proof`]). Left out of graph.json when none does.
    #[serde(default, skip_serializing_if = "<[Evidence]>::is_empty")]
    pub also: Box<[Evidence]>,
}

impl Edge {
    /// The most places an edge keeps, `evidence` with `also`: a few files' own sentences, not
    /// one for every file of a national corpus that restates it.
    pub const PLACES: usize = 8;

    /// Keeps `place` among the edge's places where its file has none yet and there is room.
    pub fn add_place(&mut self, place: Evidence) {
        let known = std::iter::once(&self.evidence).chain(&*self.also).any(|e| e.path == place.path);
        if !known && self.also.len() + 1 < Edge::PLACES {
            let mut also = std::mem::take(&mut self.also).into_vec();
            also.push(place);
            self.also = also.into_boxed_slice();
        }
    }

    /// The place that proves the edge to a reader of the files `own` (a traced or shown
    /// document's): the first place of one of them that states it, else where it is first
    /// stated.
    pub fn proof(&self, own: &[&str]) -> &Evidence {
        std::iter::once(&self.evidence).chain(&*self.also).find(|e| own.contains(&&*e.path)).unwrap_or(&self.evidence)
    }
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
    /// The bytes of the files read (`ok`): of the text the graph is made of.
    pub bytes: u64,
    pub documents: usize,
    pub documents_in_corpus: usize,
    pub mentions: usize,
    pub edges: usize,
    pub findings: usize,
}

/// A document id as a message shows it to people: the year and place the id keeps apart
/// (`79-TB/TU:2022@Quảng Ngãi`) in words a clerk reads, `79-TB/TU (2022, Quảng Ngãi)`; an id
/// with neither as it is (`12/2018/QĐ-TTg`).
pub fn shown_id(id: &str) -> std::borrow::Cow<'_, str> {
    let (rest, place) = match id.rsplit_once('@') {
        Some((rest, place)) => (rest, Some(place)),
        None => (id, None),
    };
    let (symbol, year) = match rest.rsplit_once(':') {
        Some((symbol, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => (symbol, Some(year)),
        _ => (rest, None),
    };
    match (year, place) {
        (None, None) => std::borrow::Cow::Borrowed(id),
        (Some(y), None) => format!("{symbol} ({y})").into(),
        (None, Some(p)) => format!("{symbol} ({p})").into(),
        (Some(y), Some(p)) => format!("{symbol} ({y}, {p})").into(),
    }
}

/// The document of `id` among `documents`, sorted by id as the resolver leaves them and
/// graph.json lists them: a binary search, not a pass over every document.
pub fn document_by_id<'d>(documents: &'d [Document], id: &str) -> Option<&'d Document> {
    let at = documents.partition_point(|d| &*d.id < id);
    documents.get(at).filter(|d| &*d.id == id)
}

/// Whether document `a` was issued before `b`: by date where both have one, else by year
/// where both have one. No document acts on one issued after it.
pub fn issued_before(a: &Document, b: &Document) -> bool {
    match (a.date.as_deref(), b.date.as_deref()) {
        (Some(a), Some(b)) => a < b,
        _ => a.year.zip(b.year).is_some_and(|(a, b)| a < b),
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Graph {
    pub version: u32,
    /// The working folder scan ran in, which relative `path`s start from: commands that read
    /// the texts again (`report`) find them from any folder.
    #[serde(default)]
    pub base: Option<String>,
    pub files: Vec<FileEntry>,
    pub documents: Vec<Document>,
    pub mentions: Vec<Mention>,
    pub edges: Vec<Edge>,
    pub findings: Vec<Finding>,
    /// Last: it counts the edges and findings, the last parts worked out, and all that
    /// comes before it can be written out while they are.
    pub summary: Summary,
}

impl Graph {
    /// The graph with its relative paths as `here`, the working folder, reaches them, where it
    /// is not the folder scan ran in ([`Graph::base`]): a place printed (`show`, `trace`,
    /// `dangling`) then opens from where the command runs (audit 2155: `../shared/…` printed
    /// in /tmp led nowhere). Within `here` a path stays relative, else it is absolute.
    pub fn with_paths_from(mut self, here: &std::path::Path) -> Graph {
        let Some(base) = self.base.clone() else { return self };
        let base = std::path::Path::new(&base);
        if base == here {
            return self;
        }
        let mut moved: std::collections::HashMap<String, Arc<str>> = std::collections::HashMap::new();
        let mut relocate = |path: &str| -> Arc<str> {
            if let Some(p) = moved.get(path) {
                return p.clone();
            }
            let p = std::path::Path::new(path);
            let new: Arc<str> = if p.is_relative() {
                let full = normalized(&base.join(p));
                let shown = full.strip_prefix(here).map(std::path::Path::to_path_buf).unwrap_or(full);
                shown.to_string_lossy().into()
            } else {
                path.into()
            };
            moved.insert(path.to_string(), new.clone());
            new
        };
        for f in &mut self.files {
            f.path = relocate(&f.path).to_string();
        }
        for d in &mut self.documents {
            if let Some(p) = &d.path {
                d.path = Some(relocate(p).to_string());
            }
        }
        for m in &mut self.mentions {
            m.path = relocate(&m.path);
        }
        for e in &mut self.edges {
            e.evidence.path = relocate(&e.evidence.path);
            for place in &mut e.also {
                place.path = relocate(&place.path);
            }
        }
        for f in &mut self.findings {
            for l in &mut f.locations {
                l.path = relocate(&l.path);
            }
        }
        self.base = Some(here.to_string_lossy().into_owned());
        self
    }
}

/// `path` without its `.` and `..` parts, as far as they can be taken out by the letters alone.
fn normalized(path: &std::path::Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Writes `graph` as the JSON `serde_json::to_writer` would (see [`JsonWriter`]), and gives
/// `w` back.
pub fn write_json<W: std::io::Write + Send + 'static>(graph: &Graph, w: W) -> std::io::Result<W> {
    let mut json = JsonWriter::start(w);
    json.head(
        graph.version,
        graph.base.as_deref(),
        &graph.files,
        &graph.documents,
        &graph.mentions,
        Formatting::Parallel,
    );
    json.tail(&graph.edges, &graph.findings, &graph.summary)
}

/// Writes a graph as the JSON `serde_json::to_writer` would, in two steps: the files,
/// documents and mentions are final before the edges are worked out, and on a large corpus
/// they are most of the bytes, which can go to the disk meanwhile.
///
/// The long arrays are serialized by hand ([`crate::json`]) and in parallel, a batch of
/// chunks at a time, while a thread of its own hands the finished chunks to the file: on a
/// large corpus the JSON is about as big as the text, one thread formatting it took as long
/// as all of the recognition, and a write to the disk (direct, see [`crate::output`]) holds
/// its thread until the disk is done (1 GB in 0.9-1.1 s on this project's machine).
pub struct JsonWriter<W> {
    out: Output,
    writer: std::thread::JoinHandle<std::io::Result<W>>,
    /// The writer has stopped at an error, which joining it gives.
    stopped: bool,
}

impl<W: std::io::Write + Send + 'static> JsonWriter<W> {
    pub fn start(mut w: W) -> Self {
        let (to_writer, from_formatter) = std::sync::mpsc::sync_channel::<Vec<u8>>(2 * BATCH);
        let (to_formatter, spent) = std::sync::mpsc::channel::<Vec<u8>>();
        let writer = std::thread::spawn(move || -> std::io::Result<W> {
            for part in from_formatter {
                w.write_all(&part)?;
                // The formatter may have stopped already; then the buffer is simply freed.
                let _ = to_formatter.send(part);
            }
            Ok(w)
        });
        JsonWriter { out: Output { to_writer, spent }, writer, stopped: false }
    }

    /// `{"version":…,"base":…,"files":[…],"documents":[…],"mentions":[…]`.
    pub fn head(
        &mut self,
        version: u32,
        base: Option<&str>,
        files: &[FileEntry],
        documents: &[Document],
        mentions: &[Mention],
        formatting: Formatting,
    ) {
        let out = &mut self.out;
        let written = (|| {
            out.bytes(b"{\"version\":")?;
            out.serde(&version)?;
            out.bytes(b",\"base\":")?;
            out.serde(&base)?;
            out.bytes(b",\"files\":")?;
            format_array(files, out, formatting)?;
            out.bytes(b",\"documents\":")?;
            format_array(documents, out, formatting)?;
            out.bytes(b",\"mentions\":")?;
            format_array(mentions, out, formatting)
        })();
        self.stopped |= written.is_err();
    }

    /// `,"edges":[…],"findings":[…],"summary":{…}}`, after [`JsonWriter::head`]; waits until
    /// every byte is handed to the file, and gives it back.
    pub fn tail(mut self, edges: &[Edge], findings: &[Finding], summary: &Summary) -> std::io::Result<W> {
        self.edges(edges, &std::sync::atomic::AtomicBool::new(false));
        self.finish(findings, summary)
    }

    /// `,"edges":[…]`, after [`JsonWriter::head`]: the edges are final before the findings
    /// are, which need the cycles among them, and are most of what follows the mentions.
    /// Formatted on the calling thread while `pool_busy` is set (see
    /// [`Formatting::ThisThread`]), on the pool once it is cleared: the findings are done
    /// then, and one core formatting the rest would leave the other idle.
    pub fn edges(&mut self, edges: &[Edge], pool_busy: &std::sync::atomic::AtomicBool) {
        if !self.stopped {
            let out = &mut self.out;
            let written = (|| {
                out.bytes(b",\"edges\":")?;
                format_array_with(edges, out, || {
                    if pool_busy.load(std::sync::atomic::Ordering::Relaxed) {
                        Formatting::ThisThread
                    } else {
                        Formatting::Parallel
                    }
                })
            })();
            self.stopped |= written.is_err();
        }
    }

    /// `,"findings":[…],"summary":{…}}`, after [`JsonWriter::edges`]; waits until every byte
    /// is handed to the file, and gives it back.
    pub fn finish(mut self, findings: &[Finding], summary: &Summary) -> std::io::Result<W> {
        if !self.stopped {
            let out = &mut self.out;
            let _ = (|| {
                out.bytes(b",\"findings\":")?;
                format_array(findings, out, Formatting::Parallel)?;
                out.bytes(b",\"summary\":")?;
                out.serde(summary)?;
                out.bytes(b"}")
            })();
        }
        // Closing the channel ends the writer's loop.
        drop(self.out);
        self.writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    }
}

/// Where the JSON is formatted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formatting {
    /// On every thread of the rayon pool.
    Parallel,
    /// On the calling thread, for a writer that runs beside other work on the pool: the pool
    /// takes up work from outside only once its own is done, which would leave the disk
    /// idle until then.
    ThisThread,
}

/// Chunks small enough to balance across threads, and batches of them that bound the
/// memory held at once.
const CHUNK: usize = 2048;
const BATCH: usize = 16;

/// Where formatted parts go, in order, and where the writer returns their buffers: memory
/// reused from batch to batch, as fresh memory is what costs most on a large run.
struct Output {
    to_writer: std::sync::mpsc::SyncSender<Vec<u8>>,
    spent: std::sync::mpsc::Receiver<Vec<u8>>,
}

/// The writer has stopped.
struct Stopped;

impl Output {
    fn buffer(&self) -> Vec<u8> {
        let mut buf = self.spent.try_recv().unwrap_or_default();
        buf.clear();
        buf
    }

    fn send(&self, part: Vec<u8>) -> Result<(), Stopped> {
        self.to_writer.send(part).map_err(|_| Stopped)
    }

    fn bytes(&self, bytes: &[u8]) -> Result<(), Stopped> {
        let mut buf = self.buffer();
        buf.extend_from_slice(bytes);
        self.send(buf)
    }

    fn serde(&self, value: &impl Serialize) -> Result<(), Stopped> {
        let mut buf = self.buffer();
        serde_json::to_writer(&mut buf, value).expect("serializing to memory");
        self.send(buf)
    }
}

fn format_array<T: crate::json::WriteJson + Sync>(
    items: &[T],
    out: &mut Output,
    formatting: Formatting,
) -> Result<(), Stopped> {
    format_array_with(items, out, || formatting)
}

/// [`format_array`], asking `formatting` where to format each batch.
fn format_array_with<T: crate::json::WriteJson + Sync>(
    items: &[T],
    out: &mut Output,
    formatting: impl Fn() -> Formatting,
) -> Result<(), Stopped> {
    use rayon::prelude::*;
    out.bytes(b"[")?;
    for (b, batch) in items.chunks(CHUNK * BATCH).enumerate() {
        let mut bufs: Vec<Vec<u8>> = (0..batch.len().div_ceil(CHUNK)).map(|_| out.buffer()).collect();
        let fill = |(c, (buf, chunk)): (usize, (&mut Vec<u8>, &[T]))| {
            // About what a mention takes: growing by doubling copied each buffer over again.
            buf.reserve(chunk.len() * 512 + 1);
            for (i, item) in chunk.iter().enumerate() {
                if i > 0 || b > 0 || c > 0 {
                    buf.push(b',');
                }
                item.write_json(buf);
            }
        };
        match formatting() {
            Formatting::Parallel => bufs.par_iter_mut().zip(batch.par_chunks(CHUNK)).enumerate().for_each(fill),
            Formatting::ThisThread => bufs.iter_mut().zip(batch.chunks(CHUNK)).enumerate().for_each(fill),
        }
        for buf in bufs {
            out.send(buf)?;
        }
    }
    out.bytes(b"]")
}

#[cfg(test)]
mod tests {
    /// An edge keeps one place for each file that states it, the first there, up to
    /// [`super::Edge::PLACES`]; its proof for a reader of a file is that file's place.
    #[test]
    fn an_edge_keeps_a_place_for_each_file_and_proves_itself_there() {
        use super::{Edge, Evidence};
        let place = |path: &str, line: usize| Evidence {
            path: path.into(),
            line,
            column: 1,
            sentence: format!("{path}:{line}").into(),
        };
        let mut e = Edge {
            from: "65-KL/TW:2019".into(),
            to: "24-NQ/TW:2003".into(),
            relation: "implements".into(),
            inferred: false,
            evidence: place("001.txt", 19),
            also: Box::default(),
        };
        e.add_place(place("001.txt", 23));
        e.add_place(place("003.txt", 33));
        e.add_place(place("003.txt", 40));
        let at = |e: &Edge| {
            std::iter::once(&e.evidence).chain(&*e.also).map(|p| (p.path.to_string(), p.line)).collect::<Vec<_>>()
        };
        assert_eq!(at(&e), [("001.txt".to_string(), 19), ("003.txt".to_string(), 33)]);
        assert_eq!(e.proof(&["003.txt"]).line, 33);
        assert_eq!(e.proof(&["002.txt", "001.txt"]).line, 19);
        assert_eq!(e.proof(&["002.txt"]).line, 19);
        assert_eq!(e.proof(&[]).line, 19);
        for i in 0..20 {
            e.add_place(place(&format!("f{i}.txt"), i + 1));
        }
        assert_eq!(at(&e).len(), Edge::PLACES);
        assert_eq!(e.proof(&["f19.txt"]).path, e.evidence.path);
    }

    #[test]
    fn ids_are_shown_in_words() {
        use super::shown_id;
        assert_eq!(shown_id("79-TB/TU:2022@Quảng Ngãi"), "79-TB/TU (2022, Quảng Ngãi)");
        assert_eq!(shown_id("72-KL/TW:2018"), "72-KL/TW (2018)");
        assert_eq!(shown_id("12/2018/QĐ-TTg"), "12/2018/QĐ-TTg");
        assert_eq!(shown_id("Luật Tiếp công dân:2013"), "Luật Tiếp công dân (2013)");
        // A colon that is no year's is the id's own.
        assert_eq!(shown_id("Nghị quyết 71/2006/QH11"), "Nghị quyết 71/2006/QH11");
        assert_eq!(shown_id("104/KH-UBND@Lào Cai"), "104/KH-UBND (Lào Cai)");
    }

    #[test]
    fn parallel_writer_writes_what_serde_writes() {
        let mut graph = crate::scan_paths(&[std::path::PathBuf::from("data")]);
        // Enough mentions for several chunks and two batches.
        let copies = 40_000 / graph.mentions.len().max(1) + 1;
        graph.mentions = (0..copies).flat_map(|_| graph.mentions.iter().cloned()).collect();
        let ours = super::write_json(&graph, Vec::new()).expect("write to memory");
        let theirs = serde_json::to_vec(&graph).expect("serde");
        assert_eq!(ours, theirs);
        // The head formatted on the calling thread, as `scan` does beside the edges.
        let mut json = super::JsonWriter::start(Vec::new());
        json.head(
            graph.version,
            graph.base.as_deref(),
            &graph.files,
            &graph.documents,
            &graph.mentions,
            super::Formatting::ThisThread,
        );
        assert_eq!(json.tail(&graph.edges, &graph.findings, &graph.summary).expect("write to memory"), theirs);
    }

    /// What `scan` writes while it works out the edges is what the graph built first writes.
    #[test]
    fn writing_while_relating_writes_the_graph() {
        let scans = |dir: &str| {
            let inputs = crate::corpus::collect_inputs(&[std::path::PathBuf::from(dir)]);
            inputs.iter().map(crate::scan::scan_input).collect::<Vec<_>>()
        };
        for dir in ["data", "tests/fixtures/real"] {
            let graph = crate::resolve::build(scans(dir));
            let (written, bytes) =
                crate::relate_and_write(crate::resolve::resolve(scans(dir)), Vec::new()).expect("write to memory");
            assert_eq!(bytes, serde_json::to_vec(&graph).expect("serde"), "{dir}");
            assert_eq!(written.summary.edges, graph.edges.len(), "{dir}");
        }
    }

    /// A disk that fills up: the error comes back, nothing waits forever.
    #[test]
    fn a_failing_write_is_reported() {
        struct Full(usize);
        impl std::io::Write for Full {
            fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
                if self.0 < data.len() {
                    return Err(std::io::Error::other("no space left"));
                }
                self.0 -= data.len();
                Ok(data.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let graph = crate::scan_paths(&[std::path::PathBuf::from("data")]);
        for room in [0, 100, 10_000] {
            let err = super::write_json(&graph, Full(room)).err().expect("a full disk fails the write");
            assert_eq!(err.to_string(), "no space left");
        }
    }
}
