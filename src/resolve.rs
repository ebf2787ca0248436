//! Resolving mentions to documents: one node per real document, whichever way it was written.
//!
//! A document's identity is its number, symbol and year (administrative numbers restart
//! every year), or, for laws cited by name, its name. A mention that carries no year goes to
//! the one dated document with the same number and symbol, when exactly one is known.

use crate::bodies;
use crate::model::{Document, Edge, FileEntry, FileStatus, Finding, Graph, Mention, SCHEMA_VERSION, Summary};
use crate::relate::Pair;
use crate::scan::{FileScan, YearBound, canonical_number};
use crate::tables::{self, Family, Level};
use compact_str::CompactString;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

/// What identifies a document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub number: Option<CompactString>,
    pub symbol: Option<CompactString>,
    pub year: Option<u16>,
    /// Lower-cased kind and name, for laws cited by name.
    pub name: Option<CompactString>,
    pub family: Family,
    /// Where a local body sits (`Lào Cai`), for a local symbol: see [`crate::places`].
    pub place: Option<CompactString>,
    /// A resolution of the National Assembly from the years its resolutions were numbered
    /// apart from its laws (see [`numbered_apart_from_laws`]).
    pub apart: bool,
}

/// Whether a document of `kind` and `symbol` is a National Assembly resolution of a term to
/// the eleventh (to 2007), when laws and resolutions had series of their own: `Luật Bảo hiểm
/// xã hội số 71/2006/QH11` and `Nghị quyết số 71/2006/QH11` (accession to the WTO) are two
/// documents. From the twelfth term on the two share one series.
pub fn numbered_apart_from_laws(kind: &str, symbol: Option<&str>) -> bool {
    kind == "Nghị quyết"
        && symbol
            .and_then(|s| s.strip_prefix("QH"))
            .and_then(|term| term.parse::<u8>().ok())
            .is_some_and(|term| term <= 11)
}

impl Key {
    /// The key of a law of `kind` cited by its name and year (`Luật Đất đai năm 2024`).
    fn named(kind: &str, name: &str, year: u16) -> Key {
        Key {
            number: None,
            symbol: None,
            year: Some(year),
            name: Some(name_key(kind, Some(name)).into()),
            family: Family::Named,
            place: None,
            apart: false,
        }
    }

    pub fn of_mention(m: &Mention) -> Key {
        Key {
            number: m.number.as_deref().map(canonical_number),
            symbol: m.symbol.clone(),
            year: m.year,
            name: (m.family == Family::Named).then(|| name_key(&m.kind, m.name.as_deref()).into()),
            family: m.family,
            place: m
                .symbol
                .as_deref()
                .filter(|s| crate::places::is_local_symbol(s))
                .and(m.issuer.as_deref())
                .and_then(|issuer| crate::places::read_issuer(issuer).0)
                .or_else(|| local_congress(m).and_then(|(name, _)| crate::congress::place(name)).map(Into::into)),
            apart: numbered_apart_from_laws(&m.kind, m.symbol.as_deref()),
        }
    }

    /// The key of a document as graph.json saves it, where its id is that key's: what the
    /// references of a corpus read back from its graph.json were read as ([`crate::saved`]).
    /// `None` where the document's fields do not give its id back.
    pub(crate) fn of_document(doc: &Document) -> Option<Key> {
        let family = doc.family.unwrap_or(Family::Administrative);
        let symbol = doc.symbol.as_deref();
        let key = Key {
            number: doc.number.as_deref().map(canonical_number),
            symbol: symbol.map(CompactString::from),
            year: doc.year,
            name: (family == Family::Named).then(|| name_key(&doc.kind, doc.name.as_deref()).into()),
            family,
            place: doc.place.as_deref().map(CompactString::from),
            apart: numbered_apart_from_laws(&doc.kind, symbol),
        };
        // A file's own document without a number is known by its file (see `own_document`),
        // and placed only by a local body's codes.
        if doc.id.starts_with("file:") {
            let local = symbol.is_some_and(crate::places::is_local_symbol);
            return Some(Key { name: Some(doc.id.as_ref().into()), place: key.place.filter(|_| local), ..key });
        }
        let display = match &doc.name {
            Some(name) => format!("{} {name}", doc.kind),
            None => doc.kind.clone(),
        };
        (key.id(Some(&display)) == *doc.id).then_some(key)
    }

    /// The document id: `12/2018/QĐ-TTg`, `104/KH-UBND:2022`, `24-NQ/TW:2014`, `Luật Tiếp công dân`;
    /// a local body's with its place, `104/KH-UBND:2022@Quảng Ngãi`; an Assembly resolution
    /// numbered apart from the laws with its type, `Nghị quyết 71/2006/QH11`. Pieces pushed onto one
    /// string: `format!` took a few thousand instructions an id, and every document has one.
    pub fn id(&self, display_name: Option<&str>) -> String {
        let mut id = String::with_capacity(32);
        if self.apart {
            id.push_str("Nghị quyết ");
        }
        let mut year = itoa::Buffer::new();
        let year = self.year.map(|y| year.format(y));
        let push_year = |id: &mut String| {
            if let Some(y) = year {
                id.push(':');
                id.push_str(y);
            }
        };
        match (&self.number, &self.symbol, &self.name) {
            (_, _, Some(name)) => {
                id.push_str(display_name.unwrap_or(name));
                push_year(&mut id);
            }
            // A state document of the style before 1992, its symbol in the Party's shape,
            // keeps its hyphen as the Party's do: `21-LCT/HĐNN8:1989`, `32-L/CTN:1994`,
            // `102-SL/L-004:1957`.
            (Some(n), Some(s), _) => match (
                self.family,
                year,
                tables::state_body_after_slash(s).is_some() || tables::promulgates_law_by_decree(s),
            ) {
                (Family::Normative, Some(y), false) => {
                    for part in [n.as_str(), "/", y, "/", s] {
                        id.push_str(part);
                    }
                }
                (family, _, party_shaped) => {
                    id.push_str(n);
                    id.push_str(if family == Family::Party || party_shaped { "-" } else { "/" });
                    id.push_str(s);
                    push_year(&mut id);
                }
            },
            (None, Some(s), _) => {
                id.push('/');
                id.push_str(s);
                push_year(&mut id);
            }
            _ => {
                id.push('?');
                push_year(&mut id);
            }
        }
        if let Some(place) = &self.place {
            id.push('@');
            id.push_str(place);
        }
        id
    }
}

/// The key of a law or a congress's resolution cited by its name (`Luật Đất đai`). A key
/// costs some thousands of instructions, and a corpus names a few hundred laws thousands of
/// times (every citation by name asks, `Key::of_mention`): each is made once per thread.
fn name_key(kind: &str, name: Option<&str>) -> String {
    thread_local! {
        static SEEN: std::cell::RefCell<HashMap<CompactString, HashMap<CompactString, String>>> =
            Default::default();
    }
    let name = name.unwrap_or("");
    SEEN.with_borrow_mut(|seen| {
        let of_kind = seen.entry(kind.into()).or_default();
        crate::memo::remembered(of_kind, name, || make_name_key(kind, name), String::clone)
    })
}

/// [`name_key`], worked out.
fn make_name_key(kind: &str, name: &str) -> String {
    let mut name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    // Every wording of one Party congress is its resolution (`Đại hội XIII của Đảng`,
    // `Đại hội đại biểu toàn quốc lần thứ XIII của Đảng`).
    if let Some(congress) = (kind == "Nghị quyết").then(|| crate::congress::key(&name)).flatten() {
        return tables::law_name_key(kind, &congress);
    }
    if let Some(full) = tables::expand_abbreviations(&name) {
        name = full;
    }
    // `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam` is `Hiến pháp`: which one, the year
    // says.
    if tables::is_title_of_kind(kind, &name) {
        return tables::law_name_key(kind, "").trim_end().to_string();
    }
    // A treaty's or a charter's shorter wording (`Công ước CITES`, `Điều lệ trường phổ
    // thông`) is its official name's.
    if let Some(official) =
        crate::treaties::official_name(kind, &name).or_else(|| crate::charters::official_name(kind, &name))
    {
        return tables::law_name_key(kind, official);
    }
    // An official name is one law however its marks were typed or read; any other name too,
    // whatever marks OCR gave it (`Luật sửa đổi, bố sung …`).
    match tables::official_key(tables::law_name_key(kind, &name)) {
        Ok(official) => official,
        Err(mut key) => {
            key.truncate(key.trim_end().len());
            // A name OCR broke past its start (`Luật Trật A6 an toàn giao thông đường bộ`).
            match tables::misread_official_key(&key) {
                Some(official) => official.to_string(),
                None => tables::broken_off_official_key(&key).unwrap_or(key),
            }
        }
    }
}

/// The level of a document from its symbol's codes, else from the issuer phrase.
pub fn level_of(kind: &str, family: Option<Family>, symbol: Option<&str>, issuer: Option<&str>) -> Level {
    // A resolution named, not numbered, is a Party congress's, its issuer the congress.
    if family == Some(Family::Named) && kind == "Nghị quyết" {
        return issuer.and_then(crate::congress::level).unwrap_or(Level::CentralParty);
    }
    // A charter is its Party's, its union's or its school's (`Điều lệ Đảng Cộng sản Việt Nam`,
    // `Điều lệ trường mầm non`), no legislature's: which level, its name does not say here.
    if family == Some(Family::Named) && crate::charters::is_kind(kind) {
        return Level::Unknown;
    }
    // A treaty is the states' that are party to it, no act of the National Assembly (which
    // ratifies some): `Thực hiện Công ước Cấm phát triển, … vũ khí hóa học` made the Công
    // ước a Quốc hội act in trace (audit of Nghị định 26/2026).
    if family == Some(Family::Named) && crate::treaties::is_kind(kind) {
        return Level::Unknown;
    }
    if family == Some(Family::Named) || tables::is_legislative_kind(kind) {
        return Level::NationalAssembly;
    }
    let mut best: Option<Level> = None;
    if let Some(sym) = symbol {
        for tok in sym.split(['-', '/']) {
            if let Some(l) = tables::issuer_for_code(tok).and_then(|i| i.level) {
                best = Some(best.map_or(l, |b| b.min(l)));
            }
        }
    }
    if let Some(l) = best {
        return l;
    }
    issuer.map_or(Level::Unknown, level_of_phrase)
}

/// A code cited by name that is none of Vietnam's: the National Assembly's codes are the few
/// `law_names.txt` lists (`Bộ luật Dân sự`, `Bộ luật Lao động` …), and another is a foreign or
/// international one, no act of it (audit 2251: `Bộ luật Phòng, chống doping thế giới`, the
/// World Anti-Doping Code, stood as a Quốc hội code in the report). A name OCR misread by a
/// letter is still the code it misreads.
fn foreign_code(doc: &Document) -> bool {
    doc.family == Some(Family::Named)
        && doc.kind == "Bộ luật"
        && doc.name.as_deref().is_some_and(|name| {
            let key = tables::law_name_key(&doc.kind, name);
            tables::misread_official_key(&key).is_none() && tables::official_key(key).is_err()
        })
}

/// Level words in an issuer phrase (`của UBND tỉnh`, `của Ban Bí thư`).
pub const LEVEL_PHRASES: &[(&str, Level)] = &[
    ("bộ chính trị", Level::CentralParty),
    ("ban bí thư", Level::CentralParty),
    ("ban chấp hành trung ương", Level::CentralParty),
    ("trung ương đảng", Level::CentralParty),
    ("ủy ban thường vụ quốc hội", Level::NationalAssembly),
    ("quốc hội", Level::NationalAssembly),
    ("thủ tướng", Level::Government),
    ("chính phủ", Level::Government),
    ("bộ ", Level::Government),
    ("ủy ban dân tộc", Level::Government),
    // The cities under the centre stand as provinces do (`UBND THÀNH PHỐ CẦN THƠ`); a city
    // of a province is a district's peer.
    ("thành phố hà nội", Level::Province),
    ("thành phố hồ chí minh", Level::Province),
    ("tp. hồ chí minh", Level::Province),
    ("thành phố hải phòng", Level::Province),
    ("thành phố đà nẵng", Level::Province),
    ("thành phố cần thơ", Level::Province),
    ("thành phố huế", Level::Province),
    ("tỉnh", Level::Province),
    ("sở ", Level::Province),
    ("ban dân tộc", Level::Province),
    ("huyện", Level::District),
    ("quận", Level::District),
    ("thị xã", Level::District),
    ("thị trấn", Level::Commune),
    ("phường", Level::Commune),
    ("xã", Level::Commune),
];

/// The first of [`LEVEL_PHRASES`] that `phrase` holds: every phrase looked for in one pass
/// over the phrase in lower case (a search for each cost a long title thousands of
/// instructions).
pub fn level_of_phrase(phrase: &str) -> Level {
    static FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(LEVEL_PHRASES.iter().map(|(w, _)| w)).expect("level phrases")
    });
    // Its own copy, not `cues::with_lower`'s buffer: the recognizer asks this inside that.
    let mut lower = phrase.to_lowercase();
    // `xã hội` (society) names no commune: `Chính sách trợ giúp xã hội …` is no district's.
    if lower.contains("xã hội") {
        lower = lower.replace("xã hội", "");
    }
    let first = FINDER.find_overlapping_iter(&lower).map(|m| m.pattern().as_usize()).min();
    first.map_or(Level::Unknown, |i| LEVEL_PHRASES[i].1)
}

/// The body a symbol's codes name where it names one alone: `NĐ-CP` the Chính phủ, `QĐ-TTg`
/// the Thủ tướng Chính phủ, `TT-BTC` the Bộ Tài chính, `QH15` the Quốc hội. Not a joint
/// document's bodies (`TTLT-BTC-BTP`, `NQLT-CP-HCCBVN`), nor a body the code leaves open: `UBND` of which place, `TW` of the
/// Party's Central Committee, its Politburo or its Secretariat (`24-NQ/TW`, `65-KL/TW`). The
/// name is the one the body had in `year` (`Hội đồng Chính phủ` for `CP` of 1975), with its level.
fn issuer_of_symbol(symbol: &str, year: Option<u16>) -> Option<(&'static str, Level)> {
    let mut body = None;
    for code in symbol.split(['-', '/']) {
        // `TTLT`, `NQLT`, `CTLT`: liên tịch, joint; a body left open; a second body.
        if tables::is_joint_code(code) || matches!(code, "TW" | "BCHTW" | "UBND" | "HĐND") {
            return None;
        }
        let named = tables::issuer_for_code(code).filter(|i| i.level.is_some() && !matches!(i.code, "TW" | "BCHTW"));
        if let Some(issuer) = named
            && let Some(level) = issuer.level
            && body.replace((tables::name_in(issuer, year), level)).is_some()
        {
            return None;
        }
    }
    body
}

/// The type a document's symbol names where its words gave a looser one: a letter's word for
/// what its code says is a report or a submission (`văn bản số 4895/TTr-BNNMT` is a Tờ trình),
/// a circular's for a joint circular (`Thông tư số 17/1999/TTLT-BLĐTBXH-BTC-BTCCBCP`).
fn kind_its_code_names(doc: &Document) -> Option<&'static str> {
    let code = tables::first_code(doc.symbol.as_deref()?);
    let named = tables::kind_for_code(code, doc.family?)?;
    let looser = doc.kind == tables::UNKNOWN_KIND
        || doc.kind == "Công văn"
        // A joint one is the more exact (an ordinance is no President's order, though cited by
        // its number: `Pháp lệnh 32-L/CTN`).
        || tables::KIND_ALSO_FITS.iter().any(|&(kind, c, _)| kind == doc.kind && c == code && tables::is_joint_code(c));
    (named != doc.kind && looser).then_some(named)
}

/// The bodies a joint document's codes name (`TTLT-BYT-BGDĐT`: `Bộ Y tế, Bộ Giáo dục và Đào
/// tạo`), where it names two or more and each is known; none otherwise.
fn joint_issuers(symbol: &str) -> Option<String> {
    let mut codes = symbol.split(['-', '/']);
    let kind = codes.next()?;
    if !tables::is_joint_code(kind) {
        return None;
    }
    let bodies: Vec<&str> = codes.map(|code| tables::issuer_for_code(code).map(|i| i.name)).collect::<Option<_>>()?;
    (bodies.len() >= 2).then(|| bodies.join(", "))
}

/// Builds the graph document: resolves every mention and lists every document.
pub fn build(scans: impl Into<Gathered>) -> Graph {
    let resolved = resolve(scans);
    let (edges, findings) = resolved.relate();
    resolved.into_graph(edges, findings)
}

/// The graph of texts given as (path, text), each scanned as a file: the tests' corpora.
#[cfg(test)]
pub(crate) fn graph_of(files: &[(&str, &str)]) -> Graph {
    build(files.iter().map(|&(path, text)| crate::scan::scan_text(path.into(), text)).collect::<Vec<_>>())
}

/// The graph before its edges and findings: every file, document and mention, final.
pub struct Resolved {
    pub files: Vec<FileEntry>,
    pub documents: Vec<Document>,
    pub mentions: Vec<Mention>,
    /// Each mention's sentence, for the edges it proves.
    sentences: Vec<std::sync::Arc<str>>,
    pairs: Vec<Pair>,
    /// Mentions without their year that fit several documents, with those documents' ids.
    ambiguous: Vec<(usize, Vec<String>)>,
    number_conflicts: Vec<NumberConflict>,
    /// Readings of one number and day taken for slips of another ([`crate::slips`]).
    slips: Vec<crate::slips::Slip>,
    name_conflicts: Vec<NameConflict>,
    /// What files show wrong of themselves ([`FileScan::findings`]).
    own_findings: Vec<Finding>,
    /// The folder the files' relative paths start from ([`Graph::base`]).
    pub base: Option<String>,
    /// What a corpus read back from its graph.json ([`crate::saved`]) was read as, and its
    /// edges, taken as saved.
    saved: Option<crate::saved::Readings>,
}

/// A law's name and year read with more than one number (`Bộ luật Dân sự số 91/2015/QH13`,
/// `Bộ luật Dân sự số 97/2015/QH13`).
pub struct NumberConflict {
    /// Each number's first mention and how many files read it, the most read first.
    pub numbers: Vec<(usize, u32)>,
    /// Each number as written (its id): the mention's target is the law's taken.
    pub written: Vec<String>,
    /// Whether the first is taken for the law cited by name, and why.
    pub chosen: Choice,
}

/// Why a law cited by name is taken to be one of the numbers read with its name, or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Two numbers read about as often: the law is left unresolved.
    None,
    /// Read in [`NUMBER_MAJORITY`] times as many files as any other.
    Majority,
    /// The one number a codification reads, where no number has the majority.
    Codification,
}

/// A law's number read with two official names (`Luật Giáo dục số 39/2005/QH11` in one file,
/// `Luật 39/2005/QH11 Quốc phòng` in another): one is a misprint.
pub struct NameConflict {
    /// Each name's first mention and how many files read it, in the order of the text.
    pub names: Vec<(usize, u32)>,
}

impl Resolved {
    /// The edges and the findings. Reads only what is final already, so the files,
    /// documents and mentions can be written out meanwhile.
    pub fn relate(&self) -> (Vec<Edge>, Vec<Finding>) {
        let kept = std::sync::OnceLock::new();
        let findings = self.relate_with(|edges| kept.get_or_init(|| edges));
        (kept.into_inner().expect("relate_with hands the edges over"), findings)
    }

    /// The findings, as [`Resolved::relate`] gives them, with the edges handed to `keep` as
    /// soon as they are final, while the findings are still worked out: they can be written
    /// out meanwhile. `keep` holds them and lends them back for the cycles.
    pub fn relate_with<'e>(&self, keep: impl FnOnce(Vec<Edge>) -> &'e [Edge] + Send) -> Vec<Finding> {
        let mut watch = crate::timing::Stopwatch::start();
        let Resolved {
            files,
            documents,
            mentions,
            sentences,
            pairs,
            ambiguous,
            number_conflicts,
            slips,
            name_conflicts,
            own_findings,
            base: _,
            saved,
        } = self;
        // Edges and the findings about references need each other's results only for cycles.
        // The cycles and the repealed bases read only the edges: side by side.
        let ((edges, (cycles, repealed)), mut findings) = rayon::join(
            || {
                let edges = crate::graph::edges(files, documents, mentions, sentences, pairs);
                let edges = keep(match saved {
                    Some(saved) => saved.merge(edges, mentions),
                    None => edges,
                });
                let after = rayon::join(
                    || crate::graph::cycles(edges),
                    || crate::findings::of_repealed_bases(documents, mentions, edges),
                );
                (edges, after)
            },
            || {
                let conflicts = crate::findings::Conflicts { numbers: number_conflicts, names: name_conflicts, slips };
                crate::findings::of_references(files, documents, mentions, ambiguous, conflicts)
            },
        );
        findings.extend(crate::findings::of_cycles(edges, &cycles));
        findings.extend(repealed);
        findings.extend(own_findings.iter().cloned());
        crate::findings::sort(&mut findings);
        watch.lap("edges+findings");
        findings
    }

    /// The whole graph document, with the edges and findings [`Resolved::relate`] gave.
    pub fn into_graph(self, edges: Vec<Edge>, findings: Vec<Finding>) -> Graph {
        let Resolved { files, documents, mentions, base, .. } = self;
        let summary = Summary {
            files: files.len(),
            files_ok: files.iter().filter(|f| f.status == FileStatus::Ok).count(),
            files_skipped: files.iter().filter(|f| f.status == FileStatus::Skipped).count(),
            files_error: files.iter().filter(|f| f.status == FileStatus::Error).count(),
            bytes: files.iter().filter(|f| f.status == FileStatus::Ok).filter_map(|f| f.bytes).sum(),
            documents: documents.len(),
            documents_in_corpus: documents.iter().filter(|d| d.in_corpus).count(),
            mentions: mentions.len(),
            edges: edges.len(),
            findings: findings.len(),
        };
        Graph { version: SCHEMA_VERSION, base, files, documents, mentions, edges, findings, summary }
    }
}

/// Files' scans with their mentions and sentences moved out into corpus-wide vectors, a batch
/// of files at a time as they are read ([`Gathered::push`]).
///
/// Gathered after every file was read, the mentions of a large corpus went twice into fresh
/// memory, the files' own vectors and then the whole one, and the move was a tenth of the
/// run (8x: 0.7-1.1 s). Moved a batch at a time, the files' vectors are freed while hot and
/// their memory serves the next batch's; only the whole vector is new memory.
#[derive(Default)]
pub struct Gathered {
    /// Each file's scan, without its mentions and sentences.
    scans: Vec<FileScan>,
    /// Each file's count of mentions.
    counts: Vec<usize>,
    mentions: Vec<Mention>,
    sentences: Vec<std::sync::Arc<str>>,
    /// Each mention's bound on its year, from the title that names it or a codified article's
    /// source ([`FileScan::title_years`]).
    title_years: Vec<Option<YearBound>>,
    /// Files of the whole corpus, for the room reserved at the first batch.
    expected: usize,
    /// What a corpus read back from its graph.json, pushed last ([`Gathered::push_saved`]), was
    /// read as, and its edges.
    saved: Option<crate::saved::Readings>,
    /// How many of the first files are drafts checked against the rest ([`Gathered::checked`]).
    checked: usize,
}

impl Gathered {
    /// Ready for `files` files.
    pub fn new(files: usize) -> Self {
        Gathered {
            scans: Vec::with_capacity(files),
            counts: Vec::with_capacity(files),
            expected: files,
            ..Default::default()
        }
    }

    /// Says the first `files` files are drafts checked against those that follow: where a draft
    /// and the corpus date a document as often, the corpus's day is the document's (CLI audit
    /// 2253: a draft's `10/NQ-CP ngày 28/02/2022`, read first, won its tie with data/'s 28/01
    /// and `check --against` told the clerk the graph dates it as the draft does).
    pub fn checked(&mut self, files: usize) {
        self.checked = files;
    }

    /// How many files are taken so far.
    pub fn files(&self) -> usize {
        self.scans.len()
    }

    /// Takes the next files' scans, in corpus order.
    pub fn push(&mut self, mut batch: Vec<FileScan>) {
        if self.scans.is_empty() && !batch.is_empty() {
            // Room for the corpus at the first batch's rate, and a quarter more: untouched,
            // it costs address space only, and a vector grown by doubling would move every
            // mention again. Where even that is refused, the vector grows as it must.
            let rate = batch.iter().map(|s| s.mentions.len()).sum::<usize>().div_ceil(batch.len());
            let room = rate.saturating_mul(self.expected.max(batch.len())).saturating_mul(5) / 4;
            let _ = self.mentions.try_reserve_exact(room);
            let _ = self.sentences.try_reserve_exact(room);
        }
        self.counts.extend(batch.iter().map(|s| s.mentions.len()));
        append(&mut self.mentions, &mut batch, |s| &mut s.mentions);
        append(&mut self.sentences, &mut batch, |s| &mut s.sentences);
        append(&mut self.title_years, &mut batch, |s| &mut s.title_years);
        self.scans.append(&mut batch);
    }

    /// Takes a corpus `scan` saved, after the files read: resolved with them, its references
    /// as they were read then and its edges as saved.
    pub fn push_saved(&mut self, corpus: crate::saved::SavedCorpus) {
        let (scans, readings) = corpus.into_parts(self.mentions.len());
        self.expected += scans.len();
        self.push(scans);
        self.saved = Some(readings);
    }

    /// The entry of the file at `i` in corpus order.
    pub fn entry(&self, i: usize) -> &crate::model::FileEntry {
        &self.scans[i].entry
    }

    pub fn entry_mut(&mut self, i: usize) -> &mut crate::model::FileEntry {
        &mut self.scans[i].entry
    }

    /// Says the file at `i` is the one read at `at`, whose document it then holds.
    pub fn read_at(&mut self, i: usize, at: usize) {
        self.scans[i].read_at = Some(at);
    }
}

impl From<Vec<FileScan>> for Gathered {
    fn from(scans: Vec<FileScan>) -> Self {
        let mut gathered = Gathered::new(scans.len());
        gathered.push(scans);
        gathered
    }
}

/// Resolves every mention and lists every document: the graph but for its edges.
pub fn resolve(scans: impl Into<Gathered>) -> Resolved {
    let mut watch = crate::timing::Stopwatch::start();
    let Gathered { mut scans, counts, mut mentions, sentences, title_years, saved, checked, .. } = scans.into();
    let own_findings: Vec<Finding> = scans.iter_mut().flat_map(|s| std::mem::take(&mut s.findings)).collect();
    let copies: Vec<(usize, usize)> = scans.iter().enumerate().filter_map(|(i, s)| Some((i, s.read_at?))).collect();
    // Each file's own document and citing body, built in parallel, and the rest of its scan
    // dropped there: one core took a fifth of a second at 8x for the documents, as long again
    // for the loop below when it also freed every file's identity.
    let read: Vec<FileRead> = scans
        .into_par_iter()
        .map(|mut scan| {
            let codified = scan.identity.as_ref().is_some_and(|id| id.codified);
            let own = own_document(&mut scan);
            let level = own.as_ref().map_or(Level::Unknown, |(_, d, _)| d.level);
            let level = match (level, scan.identity.as_ref().and_then(|id| id.place_level)) {
                (Level::Unknown, Some(l)) => l,
                (level, _) => level,
            };
            let citing = scan.identity.as_ref().and_then(|id| {
                let local = !id.central_symbol();
                Some((CompactString::from(id.place.as_deref().filter(|_| local)?), level))
            });
            (scan.entry, scan.pairs, scan.said_by, own, citing, codified)
        })
        .collect();
    let mut files = Vec::with_capacity(read.len());
    let mut pairs: Vec<Pair> = Vec::new();
    // Documents whose text is in the corpus, by key: the first file of each.
    let mut corpus: HashMap<Key, (usize, Document)> = HashMap::with_capacity_and_hasher(read.len(), Default::default());
    // Where each file's own document's date and title were read, by file.
    let mut own_sources: Vec<Sources> = vec![Sources::default(); read.len()];
    let mut base = 0;
    // Where each file's local body sits, with its level, and the file of each mention: a
    // reference that names no place is to a document of the citing body's (see `placed`).
    let mut citing: Vec<Citing> = Vec::with_capacity(read.len());
    let mut owner: Vec<u32> = Vec::with_capacity(mentions.len());
    // Each file's own document's year, and the constitution in force on its date.
    let mut own_years: Vec<Option<u16>> = Vec::with_capacity(read.len());
    let mut own_constitutions: Vec<Option<u16>> = Vec::with_capacity(read.len());
    let mut own_dates: Vec<Option<String>> = Vec::with_capacity(read.len());
    // Each file's own document's symbol, where the file has a citing body (see `place_by_unit`).
    let mut own_symbols: Vec<Option<CompactString>> = Vec::with_capacity(read.len());
    // Which files are codifications.
    let mut codifications: Vec<bool> = Vec::with_capacity(read.len());
    // Mentions whose words are another document's, and the mention naming it (see
    // `FileScan::said_by`).
    let mut said_by: Vec<(usize, usize)> = Vec::new();
    for (at, ((entry, file_pairs, file_said_by, own, body, codified), count)) in
        read.into_iter().zip(counts).enumerate()
    {
        own_symbols.push(body.as_ref().and(own.as_ref()).and_then(|(key, _, _)| key.symbol.clone()));
        citing.push(body);
        codifications.push(codified);
        // A codification compiles the articles of documents of many years: its own says
        // nothing of theirs.
        let dated = own.as_ref().filter(|(_, doc, _)| !doc.codified);
        own_years.push(dated.and_then(|(key, doc, _)| key.year.or(doc.year)));
        own_constitutions.push(dated.and_then(|(_, doc, _)| doc.date.as_deref()).and_then(tables::constitution_on));
        // Its date, a codification's too: its own articles are of that day (see `year_bounds`).
        own_dates.push(own.as_ref().and_then(|(_, doc, _)| doc.date.clone()));
        owner.extend(std::iter::repeat_n(at as u32, count));
        if let Some((key, doc, sources)) = own {
            match corpus.entry(key) {
                // Two files of one document (a page and its copy from another site): each part
                // from the file whose own words give it, the first file's where both do alike
                // (`| Ngày ban hành | 01/04/2026 |` in one, `Hà Nội, ngày 31 tháng 3 năm 2026` in
                // the other, audit 2189).
                Entry::Occupied(mut known) => {
                    let (known_sources, (_, known_doc)) = (&mut own_sources[known.get().0], known.get_mut());
                    if sources.date > known_sources.date && doc.date.is_some() {
                        (known_doc.date, known_sources.date) = (doc.date, sources.date);
                    }
                    // Of two subject lines, one as typed over one in capitals (a page's heading
                    // `# SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 151/2024/NĐ-CP` over
                    // the decree's whole subject in its copy).
                    let capitals =
                        |t: &Option<String>| t.as_deref().is_some_and(|t| !t.chars().any(char::is_lowercase));
                    let better = sources.title > known_sources.title
                        || (sources.title == known_sources.title
                            && capitals(&known_doc.title)
                            && !capitals(&doc.title));
                    if better && doc.title.is_some() {
                        (known_doc.title, known_sources.title) = (doc.title, sources.title);
                    }
                }
                Entry::Vacant(new) => {
                    new.insert((at, doc));
                }
            }
            own_sources[at] = sources;
        }
        files.push(entry);
        said_by.extend(file_said_by.into_iter().map(|(m, by)| (m + base, by + base)));
        pairs.extend(file_pairs.into_iter().map(|p| Pair { from: p.from + base, to: p.to + base, ..p }));
        base += count;
    }

    watch.lap("collect");
    let mut mention_keys: Vec<Key> = mentions
        .par_iter()
        .zip(owner.par_iter())
        .map(|(m, &file)| placed(m, Key::of_mention(m), citing[file as usize].as_ref()))
        .collect();
    place_by_unit(&mentions, &owner, &citing, &own_symbols, &mut mention_keys);
    drop(own_symbols);
    move_to_the_dated_place(&corpus, &mentions, &mut mention_keys);
    name_again_as_the_file_did(&mentions, &owner, &mut mention_keys);
    amenders_named_by_their_law(&mentions, &owner, &own_years, &pairs, &mut mention_keys);
    // A local document that names no issuer is of its citing body's level, as it is of its
    // place (`placed`): a provincial report's `kế hoạch số 65/KH-UBND` is the province's.
    let citing_levels: Vec<Level> = citing.iter().map(|c| c.as_ref().map_or(Level::Unknown, |(_, l)| *l)).collect();
    drop(citing);
    // The bounds on the years of laws named without one read no key: worked out beside the
    // passes that mend the keys.
    let own = OwnDates {
        years: &own_years,
        constitutions: &own_constitutions,
        dates: &own_dates,
        codifications: &codifications,
    };
    let (years_by_name, YearBounds { years: year_bounds, days: bound_days, codified: codified_bounds }) = rayon::join(
        || {
            let years_by_name = mend_misprinted_years(&mentions, &owner, &mut mention_keys);
            years_of_laws_within_files(&mentions, &owner, &title_years, &mut mention_keys);
            years_by_name
        },
        || year_bounds(&mentions, &owner, &title_years, &own),
    );
    drop((own_years, own_constitutions, title_years));
    watch.lap("mention keys");
    merge_malformed(&corpus, &mentions, &mut mention_keys);
    merge_misspelled(&corpus, &mentions, &mut mention_keys);
    merge_yearless_twins(&corpus, &mentions, &mut mention_keys);
    complete_cut_symbols(&owner, &mut mention_keys);
    mend_misread_codes(&owner, &mut mention_keys);
    crate::slips::mend_within_files(&owner, &mentions, &mut mention_keys);
    mend_cut_numbers(&corpus, &mentions, &owner, &mut mention_keys);
    let mut slips = crate::slips::merge(&corpus, &mentions, &mut mention_keys);
    slips.extend(crate::slips::merge_numbers(&corpus, &mentions, &mut mention_keys));
    slips.extend(crate::slips::merge_misnumbered(&corpus, &mentions, &mut mention_keys));
    watch.lap("malformed symbols");
    // Keys without their year, borrowed: no copy of a key per mention.
    type Yearless<'k> = (Option<&'k str>, Option<&'k str>, Option<&'k str>, Family, Option<&'k str>);
    fn yearless(k: &Key) -> Yearless<'_> {
        (k.number.as_deref(), k.symbol.as_deref(), k.name.as_deref(), k.family, k.place.as_deref())
    }
    // Laws whose number was read with their name (`Luật Đất đai số 31/2024/QH15`, `Luật số
    // 57/2020/QH14 Luật Thanh niên`): the name and year, as a law cited by name carries them,
    // with each number read so, the files that read it and the first mention of it.
    let mut read_with: HashMap<Key, Vec<NumberRead>> = HashMap::default();
    // Each mention that reads a number with a law's name, and the name and year it reads.
    let mut named_numbers: Vec<(usize, Key)> = Vec::new();
    // Those typed without marks (`Luat Doanh nghiep so 39/2020/QH14`, a related-documents
    // list), as careless with their number: they number no law, but are mended as the others
    // are (findings audit 2204: 39/2020/QH14 stood in `dangling` of its own).
    let mut unmarked_numbers: Vec<(usize, Key)> = Vec::new();
    for (i, ((m, key), &file)) in mentions.iter().zip(&mention_keys).zip(&owner).enumerate() {
        if m.family != Family::Named
            && tables::has_official_names(&m.kind)
            && let (Some(name), Some(year)) = (m.name.as_deref(), key.year)
            && !m.text.ends_with(')')
            && ["Luat ", "Bo luat ", "Phap lenh "].iter().any(|w| m.text.starts_with(w))
        {
            unmarked_numbers.push((i, Key::named(&m.kind, name, year)));
        }
        // A number in brackets after the name (`Luật Căn cước 2023 (số 25/2023/QH15)`) is
        // heard but casts no vote (see `reads_number_with_name`).
        // So is one whose year was taken for its name's alone (`mend_misprinted_years`).
        let aside = reads_number_aside(m, key) || years_by_name.binary_search(&i).is_ok();
        if (aside || reads_number_with_name(m, key))
            && let (Some(name), Some(year)) = (m.name.as_deref(), key.year)
        {
            let named = Key::named(&m.kind, name, year);
            named_numbers.push((i, named.clone()));
            let numbers = read_with.entry(named).or_default();
            let codified = codifications[file as usize];
            match numbers.iter_mut().find(|n| n.key == *key && n.aside == aside) {
                // Mentions come file by file: a file not seen last is new to this number.
                Some(n) if n.last_file != file => {
                    (n.files, n.last_file) = (n.files + 1, file);
                    n.codified |= codified;
                }
                Some(_) => {}
                None => {
                    numbers.push(NumberRead { key: key.clone(), files: 1, last_file: file, first: i, codified, aside })
                }
            }
        }
    }
    drop((codifications, years_by_name));
    // A name only asides read a number with is numbered by none.
    read_with.retain(|_, numbers| numbers.iter().any(|n| !n.aside));
    drop_amended_tails(&mut read_with);
    drop_numbers_of_other_editions(&mut read_with);
    mend_misread_names(&read_with, &mut mention_keys);
    let name_conflicts = names_of_numbers(&read_with);
    let (mut numbered_laws, number_conflicts) = numbers_of_laws(read_with);
    numbers_the_table_gives(&mut numbered_laws);
    // A law whose own text is in the corpus is the law of its title, whatever other texts
    // misprint: its codification names it only in notes on itself (`(Điều 1 Luật số
    // 35/2013/QH13 Hòa giải ở cơ sở …)`), which are no references.
    // So is the law of the name its own number is written with there (`Pháp lệnh
    // 02/2012/UBTVQH13 Chi phí giám định, …`, in that ordinance's codified page).
    for (key, (_, doc)) in &corpus {
        for name in [doc.title.as_deref(), doc.name.as_deref()].into_iter().flatten() {
            if let Some(year) = key.year
                && tables::has_official_names(&doc.kind)
                && tables::official_law_key(&doc.kind, name).is_some()
            {
                numbered_laws.insert(Key::named(&doc.kind, name, year), Some(key.clone()));
            }
        }
    }
    // A law is one number: a citation that writes another with the law's name and year is a
    // misprint of the one taken (`Luật Quản lý thuế số 10/2025/QH15` in one file, 108/2025/QH15
    // in eight; `Luật Tổ chức chính quyền địa phương số 08/2025/L-CTN`, the order that
    // promulgated it). Trace audit 2167: such misprints stood as chains' tops of their own.
    // `conflicting-numbers` says what was written.
    for (i, named) in named_numbers.iter().chain(&unmarked_numbers) {
        if let Some(Some(law)) = numbered_laws.get(named)
            && mention_keys[*i] != *law
        {
            mention_keys[*i] = law.clone();
        }
    }
    drop(unmarked_numbers);
    drop(named_numbers);
    // Only the keys a mention without a year asks for are looked up below (with the
    // normative family for an administrative one): the years of those alone are gathered, and
    // the test of each key against that small set runs in parallel, not every key with a year
    // entered in a table of them all (at 16x, much of the stage went to filling that table).
    let asked: rustc_hash::FxHashSet<Yearless> = mention_keys
        .iter()
        .filter(|k| k.year.is_none())
        .flat_map(|k| {
            let (number, symbol, name, family, place) = yearless(k);
            let normative =
                (family == Family::Administrative).then_some((number, symbol, name, Family::Normative, place));
            std::iter::once((number, symbol, name, family, place)).chain(normative)
        })
        .collect();
    let dated_asked: Vec<&Key> =
        mention_keys.par_iter().filter(|k| k.year.is_some() && asked.contains(&yearless(k))).collect();
    let mut years: HashMap<Yearless, Vec<u16>> = HashMap::default();
    // A year the legislature of the symbol did not sit in is a slip (`Nghị quyết số
    // 254/2015/QH15`, for which `term-mismatch` speaks): no year for `NQ 254/QH15` to take.
    // Nor for a law cited by name where its number was so read (`Bộ luật Hình sự số Ï
    // 00/2025/QH13`, OCR for 100/2015/QH13).
    let in_term = |k: &Key, y: u16| {
        k.symbol.as_deref().and_then(tables::legislature_of).is_none_or(|(_, from, to)| (from..=to).contains(&y))
    };
    let numbered_in_term =
        numbered_laws.iter().filter(|(k, n)| k.year.is_none_or(|y| n.as_ref().is_none_or(|n| in_term(n, y))));
    let is_asked = |k: &&Key| asked.contains(&yearless(k));
    let numbered_asked = numbered_in_term.map(|(k, _)| k).filter(is_asked);
    // Which years are known for each number and symbol: from the corpus and dated mentions.
    for k in corpus.keys().filter(is_asked).chain(dated_asked).chain(numbered_asked) {
        if let Some(y) = k.year.filter(|&y| in_term(k, y)) {
            let list = years.entry(yearless(k)).or_default();
            if !list.contains(&y) {
                list.push(y);
            }
        }
    }
    // The year a mention without one takes, when exactly one is known.
    let mut ambiguous_years: Vec<(usize, Vec<u16>, Family)> = Vec::new();
    let mut filled: Vec<(usize, u16, Family)> = Vec::new();
    // Laws taken of the citing document's own year, with the edition before, if any: for
    // `passed_after` to check by the day.
    let mut of_own_year: Vec<(usize, u16, Option<u16>)> = Vec::new();
    for (i, (m, key)) in mentions.iter().zip(&mention_keys).enumerate() {
        if key.year.is_none()
            && m.family == Family::Named
            && let Some(bound) = year_bounds[i]
        {
            let known = years.get(&yearless(key)).map_or(&[][..], Vec::as_slice);
            // The editions the corpus does not number count too: `Luật Hôn nhân và gia đình`
            // in a decree of 2014 is the law of 2014, not the one of 2000 that others cite.
            let editions = key.name.as_deref().map_or(&[][..], tables::edition_years);
            let all =
                if editions.iter().all(|y| known.contains(y)) { known.to_vec() } else { [known, editions].concat() };
            if let Some(year) = law_before(&all, bound) {
                filled.push((i, year, key.family));
                if year == bound {
                    of_own_year.push((filled.len() - 1, year, all.iter().copied().filter(|&y| y < year).max()));
                }
            } else if let [only] = all[..]
                && codified_bounds[i]
                && key.name.as_deref().is_some_and(tables::is_official_key)
                && matches!(numbered_laws.get(&Key { year: Some(only), ..key.clone() }), Some(Some(_)))
            {
                // A codified article of an older source that names a law passed after it, the
                // one law of that name the corpus numbers and the list of laws knows (a law cited
                // by name alone, `Luật Tín ngưỡng, tôn giáo (sửa đổi)`, a draft, is none): the
                // article as it stands, amended (`(Điều 11 Nghị định số 05/1999/NĐ-CP …)` then `theo Luật Xử
                // lý vi phạm hành chính`, the law of 2012; `Luật Phòng, chống tác hại của rượu,
                // bia` in Nghị định 105/2017/NĐ-CP's articles, as Nghị định 17/2020/NĐ-CP
                // amended them).
                filled.push((i, only, key.family));
            }
        } else if key.year.is_none() {
            // `NQ 254/QH15`, written without its year, is the one normative document with that
            // number and symbol (`254/2025/QH15`) when no other document has them.
            let mut family = key.family;
            let mut known = years.get(&yearless(key)).map(Vec::as_slice);
            if known.is_none() && family == Family::Administrative {
                let (number, symbol, name, _, place) = yearless(key);
                known = years.get(&(number, symbol, name, Family::Normative, place)).map(Vec::as_slice);
                family = Family::Normative;
            }
            // A law by name the corpus dates nowhere, in an undated text (a codified page's
            // note), is the law of its name's one edition where the list of laws knows only one.
            if known.is_none() && m.family == Family::Named {
                known = key.name.as_deref().map(tables::edition_years).filter(|years| years.len() == 1);
            }
            match known {
                Some([only]) => filled.push((i, *only, family)),
                // Where the file itself writes one of the years with the number (`91/TT-BTC`
                // in a file that writes 91/2026/TT-BTC, though 91/2018/TT-BTC exists too), it
                // is that one.
                Some(several)
                    if let Some(year) = year_in_file(&owner, &mention_keys, i).filter(|y| several.contains(y)) =>
                {
                    filled.push((i, year, family))
                }
                // A law by name without year (`Luật Đất đai`) names the law as it stands:
                // not worth a finding, unlike a number whose year is missing.
                Some(several) if several.len() > 1 && m.family != Family::Named => {
                    ambiguous_years.push((i, several.to_vec(), family))
                }
                _ => {}
            }
        }
    }
    drop((years, asked));
    let days = Days { own: &bound_days, said_by: &said_by };
    passed_after(&corpus, &mentions, &mention_keys, &numbered_laws, days, &of_own_year, &mut filled);
    drop(bound_days);
    for (i, y, family) in filled {
        mention_keys[i].year = Some(y);
        mention_keys[i].family = family;
    }
    // A law cited by name and year is the numbered law of that name and year: as the corpus
    // reads its number with its name, else as the list of laws numbers that edition.
    let mut listed: HashMap<Key, Option<Key>> = HashMap::default();
    for key in mention_keys.iter_mut().filter(|k| k.family == Family::Named) {
        let numbered = match numbered_laws.get(key) {
            Some(numbered) => numbered,
            None => listed.entry(key.clone()).or_insert_with_key(listed_number),
        };
        if let Some(numbered) = numbered {
            *key = numbered.clone();
        }
    }
    drop(numbered_laws);
    watch.lap("years");
    fill_places(&corpus, &mut mention_keys);
    watch.lap("places");

    // A saved corpus's references are what its scan read them as: graph.json keeps neither
    // the titles nor the codified articles' sources that bounded the years of its laws named
    // without one. Read with other files, only those files' references are resolved anew; the
    // corpus's counted above as they are written, as a scan of them all counts them.
    if let Some(saved) = &saved {
        saved.pin(&mut mention_keys);
    }
    // A law cited by name is shown as it is most often written with a capital (`Luật Tổ
    // chức Chính phủ`, not an OCR-damaged `Luật TỔ chức Chính phủ` that happened to come
    // first, nor `Luật tổ chức Chính phủ` typed in passing).
    // For each document, its kind and each spelling of its name: how often, and whether official.
    type Spellings<'m> = (&'m str, Vec<(&'m str, usize, bool)>);
    let mut spellings: HashMap<&Key, Spellings> = HashMap::default();
    for (m, key) in mentions.iter().zip(&mention_keys) {
        // `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam` is shown as `Hiến pháp`, which
        // every constitution is.
        if let Some(name) = m.name.as_deref().filter(|n| !tables::is_title_of_kind(&m.kind, n)) {
            let (_, list) = spellings.entry(key).or_insert_with(|| (&m.kind, Vec::new()));
            match list.iter_mut().find(|(n, _, _)| *n == name) {
                Some((_, count, _)) => *count += 1,
                None => list.push((name, 1, tables::is_official_spelling(&m.kind, name))),
            }
        }
    }
    // `None` where no spelling looks like a name: the document is shown without one.
    let usual_name: HashMap<Key, Option<String>> = spellings
        .into_iter()
        .filter_map(|(key, (kind, list))| {
            // The official spelling where the text has it (OCR may give another mark more
            // often: `Luật Giáo đục nghề nghiệp`); else, as official names open with a
            // capital, the first of the most frequent such spellings, else of all.
            let rank = |n: &str, c: usize, o: bool| (o, n.starts_with(char::is_uppercase), c);
            // A law's name read with an amending law's number, where that law's name ends with
            // it, is no name of the amending law (see `drop_amended_tails`).
            let keys: Vec<String> = list.iter().map(|(n, _, _)| tables::law_name_key(kind, n)).collect();
            let list = list.iter().zip(&keys).filter(|(_, k)| !keys.iter().any(|a| ends_with_law(a, k)));
            let ((name, _, official), name_key) =
                list.fold(None::<(&(&str, usize, bool), &String)>, |best, (spelling @ &(n, c, o), k)| match best {
                    Some((&(bn, bc, bo), _)) if rank(bn, bc, bo) >= rank(n, c, o) => best,
                    _ => Some((spelling, k)),
                })?;
            // Where every mention of an official name has other marks, the name is written as
            // the official one is all the same (its key is the same).
            let name = if *official {
                name
            } else {
                tables::official_spelling(kind, name)
                    .or_else(|| crate::treaties::official_name(kind, name))
                    .or_else(|| crate::charters::official_name(kind, name))
                    .unwrap_or(name)
            };
            // A numbered law's name read before its number is kept only when it looks like one.
            // An amending law's name opens with its verb (`sửa đổi, bổ sung một số điều của …`).
            let looks_like_one = key.family == Family::Named
                || name.starts_with(char::is_uppercase)
                || tables::is_amending_key(name_key);
            Some((key.clone(), looks_like_one.then(|| name.to_string())))
        })
        .collect();
    // The documents cited join those of the corpus in one map: one look-up per mention. Each
    // has its place in the order of the corpus, files then mentions: the order among
    // documents that share an id.
    let mut documents = corpus;
    // The dates a document only cited is given, each with how many mentions give it and the
    // first that gives it a subject, in the order first given: by the document's place in the
    // corpus order.
    let mut dates_given: HashMap<usize, Vec<DayGiven>> = HashMap::default();
    // The day of the mention a document only cited took its title from, where it gave one.
    let mut title_dated: HashMap<usize, CompactString> = HashMap::default();
    for (i, (m, key)) in mentions.iter_mut().zip(mention_keys).enumerate() {
        let (at, doc) = match documents.entry(key) {
            Entry::Occupied(known) => {
                // A law whose page never writes its own name with its number (`| **Số hiệu** |
                // 58/2024/QH15 |` over `Đầu tư công`) takes the name it is cited by. Its usual
                // name is looked up only then: the look-up hashes the whole key again.
                let doc = &known.get().1;
                let unnamed_law = doc.in_corpus
                    && doc.name.is_none()
                    && matches!(doc.kind.as_str(), "Luật" | "Bộ luật" | "Pháp lệnh");
                let usual = unnamed_law.then(|| usual_name.get(known.key())).flatten();
                let entry = known.into_mut();
                let doc = &mut entry.1;
                if let Some(Some(name)) = usual {
                    doc.name = Some(name.clone());
                    // Its title too, as a law's is its name (`LUẬT⏎QUY HOẠCH ĐÔ THỊ` is Luật
                    // Quy hoạch đô thị; see `own_document`).
                    doc.title = Some(tables::capitalized(name));
                }
                entry
            }
            Entry::Vacant(new) => {
                let key = new.key();
                let name = match usual_name.get(key) {
                    Some(usual) => usual.clone(),
                    None => m.name.as_deref().map(String::from),
                };
                let display =
                    name.as_deref().map(|n| format!("{} {}", m.kind, n)).unwrap_or_else(|| m.kind.to_string());
                // A law first cited by name, keyed to its numbered law, takes that law's number
                // and family, not the name's (`Luật Đường bộ` before `… số 35/2024/QH15`).
                let doc = Document {
                    id: key.id(Some(&display)).into(),
                    kind: m.kind.to_string(),
                    number: m.number.as_deref().or(key.number.as_deref()).map(String::from),
                    symbol: key.symbol.as_deref().map(String::from),
                    year: key.year,
                    date: None,
                    issuer: None,
                    title: None,
                    name,
                    family: Some(key.family),
                    place: key.place.as_deref().map(String::from),
                    // Where its own words say nothing of its level (below), its citing body's.
                    level: match (&key.place, key.symbol.as_deref()) {
                        (Some(_), Some(symbol))
                            if crate::places::is_local_symbol(symbol) || crate::places::names_a_unit_only(symbol) =>
                        {
                            citing_levels[owner[i] as usize]
                        }
                        _ => Level::Unknown,
                    },
                    path: None,
                    in_corpus: false,
                    codified: false,
                    cited: 0,
                };
                new.insert((files.len() + i, doc))
            }
        };
        doc.cited += 1;
        // A document in the corpus is described by its own text, one only cited by the first
        // mention that gives each part.
        if !doc.in_corpus {
            // Not a date its own number's year contradicts (`Nghị định số 78/2025/NĐ-CP ngày 01
            // tháng 4 năm 2022`, a slip `year-mismatch` reports): a later mention may give the
            // right one.
            let year = doc.year;
            let fits = |date: &&str| year.is_none_or(|y| crate::findings::year_of(date) == Some(y));
            let date = m.date.as_deref().filter(fits);
            let titled = m.subject.as_deref().is_some_and(|s| !weak_title(s));
            if let Some(date) = date {
                let given = dates_given.entry(*at).or_default();
                let by_corpus = u32::from(owner[i] as usize >= checked);
                match given.iter_mut().find(|g| g.0 == date) {
                    Some((_, n, subject, corpus)) => {
                        *n += 1;
                        *corpus += by_corpus;
                        if subject.is_none() && titled {
                            *subject = Some(i);
                        }
                    }
                    None => given.push((date.into(), 1, titled.then_some(i), by_corpus)),
                }
            }
            if doc.issuer.is_none() {
                // Named in capitals (`… CỦA UBND HUYỆN THỌ XUÂN`, a heading): as a name is written.
                doc.issuer = m.issuer.as_deref().map(crate::letterhead::as_written);
            }
            // A law's title is its name: `… biện pháp thi hành Luật Xây dựng số 135/2025/QH15 về
            // quản lý nhà nước đối với phát triển vật liệu xây dựng …` says what the decree is
            // about, not what the law is.
            let matter_of_citing = |s: &&str| doc.name.is_some() && s.starts_with("về ");
            // A title that says too little of the document (`weak_title`) gives way to one
            // that says it.
            if doc.title.as_deref().is_none_or(weak_title)
                && let Some(subject) = m.subject.as_deref().filter(|s| !matter_of_citing(s))
                && (doc.title.is_none() || !weak_title(subject))
            {
                doc.title = Some(subject.to_string());
                match date {
                    Some(date) => title_dated.insert(*at, date.into()),
                    None => title_dated.remove(at),
                };
            }
            if doc.kind == tables::UNKNOWN_KIND && m.kind != tables::UNKNOWN_KIND {
                doc.kind = m.kind.to_string();
            }
        }
        m.target = doc.id.clone();
    }
    drop((owner, citing_levels));
    watch.lap("targets");
    let mut documents: Vec<(usize, Document)> = documents.into_values().collect();
    // A document only cited is dated as most of its mentions date it, the first given where
    // two are given as often (findings audit 2188: `123/2024/NĐ-CP` took the one misprint of
    // its date, written first, over five citations of the right one); `conflicting-dates` says
    // what was written. Its title is then one given with that day, not with the slip's
    // (findings audit 2204: the one citation of 123/2024/NĐ-CP dated 05/10/2024 is of the
    // decree on investment in education, 125/2024/NĐ-CP, and titled it so).
    // Two days given as often: the one that fits the numbers beside it in its series, where
    // one does (`crate::slips::fitting_day`).
    let fitting = days_fitting_series(&documents, &dates_given);
    documents.par_iter_mut().for_each(|(at, doc)| {
        if let Some(given) = dates_given.get(at) {
            // Of two days given as often, the one the corpus gives more often where drafts are
            // checked against it (elsewhere every mention is the corpus's).
            let most = given.iter().fold(None::<&DayGiven>, |best, g| match best {
                Some(b) if (b.1, b.3) >= (g.1, g.3) => best,
                _ => Some(g),
            });
            let most = fitting.get(at).and_then(|d| given.iter().find(|g| g.0 == *d)).or(most);
            doc.date = most.map(|g| g.0.to_string());
            if let (Some((date, _, Some(subject), _)), Some(titled)) = (most, title_dated.get(at))
                && titled != date
                && !doc.in_corpus
            {
                doc.title = mentions[*subject].subject.as_deref().map(String::from);
            }
        }
    });
    drop((dates_given, title_dated, fitting));
    documents.par_sort_unstable_by(|(a_at, a), (b_at, b)| a.id.cmp(&b.id).then(a_at.cmp(b_at)));
    let mut documents: Vec<Document> = documents.into_par_iter().map(|(_, d)| d).collect();
    documents.par_iter_mut().for_each(|doc| {
        // The number its id gives, which the first mention may have written otherwise (`2
        // /2026/TT-BGDĐT` for 02/2026, OCR's `06/TTr-BGDĐT` for 906 of that date; audit 2153).
        if let Some(number) = doc.number.as_mut()
            && let Some(own) = doc.id.split(['/', '-']).next().filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
            && number != own
        {
            *number = own.to_string();
        }
        if let Some(kind) = kind_its_code_names(doc) {
            doc.kind = kind.to_string();
        }
        if !doc.in_corpus && !foreign_code(doc) {
            let own = level_of(&doc.kind, doc.family, doc.symbol.as_deref(), doc.issuer.as_deref());
            if own != Level::Unknown {
                doc.level = own;
            }
        } else if doc.level == Level::Unknown && doc.codified {
            // A page of the Bộ pháp điển, which the Government adopts, whatever its topic's
            // words (`Công an xã` is no commune's).
            doc.level = Level::Government;
        } else if doc.level == Level::Unknown {
            // A document in the corpus without a symbol gets its level from its own words.
            let words = format!("{} {}", doc.issuer.as_deref().unwrap_or(""), doc.title.as_deref().unwrap_or(""));
            doc.level = level_of_phrase(&words);
        }
        // Its level first: the words an issuer is written in are read for it above. Then the
        // body as one name for all the texts that write it: the symbol's where it names one
        // body, over words that name it otherwise or worse (`Bộ công thương`, `Bộ trưởng Bộ Y
        // tế`, `Nghị định của Chính phủ`, OCR's `Bô trưởng Bộ Tài chính quy đinh mức thu`),
        // all of a joint document's, and the table's spelling of words that name one body.
        if let Some((body, level)) = doc.symbol.as_deref().and_then(|s| issuer_of_symbol(s, doc.year)) {
            // A local body's words may say more than its code: which of its organs (`Ban
            // Thường vụ Tỉnh ủy` for `/TU`), of which place (`Sở Nội vụ tỉnh Quảng Ngãi`).
            let more = level.is_local()
                && doc.issuer.as_deref().is_some_and(|i| i.to_lowercase().contains(&body.to_lowercase()));
            if !more {
                doc.issuer = Some(body.to_string());
            }
        } else if let Some(bodies) = doc.symbol.as_deref().and_then(joint_issuers) {
            // Where a source note's words name the first (`… ngày 15/11/2013 của Bộ Tài chính
            // và Bộ Thông tin và Truyền thông`, read as far as the first).
            doc.issuer = Some(bodies);
        } else if doc.family == Some(Family::Named)
            && !foreign_code(doc)
            && let Some(body) = tables::enacted_by(&doc.kind, doc.year)
        {
            // A law cited by name: the legislature, whatever words follow the name (`dự án Luật
            // … của Chính phủ` is the Government's draft).
            doc.issuer = Some(body.to_string());
        } else if let Some(name) = doc.issuer.as_deref().and_then(bodies::canonical) {
            doc.issuer = Some(name.to_string());
        }
    });
    // A local document only cited, whose words tell no level (`Kế hoạch 108/KH-UBND` of Lào
    // Cai), is at the level of its place as the corpus's own documents of that place show it
    // (`TỈNH LÀO CAI` above their numbers), where they all agree.
    let mut place_levels: HashMap<&str, Option<Level>> = HashMap::default();
    for d in documents.iter().filter(|d| d.in_corpus) {
        if let (Some(place), level) = (d.place.as_deref(), d.level)
            && level.is_local()
        {
            let known = place_levels.entry(place).or_insert(Some(d.level));
            if *known != Some(d.level) {
                *known = None;
            }
        }
    }
    let fills: Vec<(usize, Level)> = if place_levels.is_empty() {
        Vec::new()
    } else {
        documents
            .par_iter()
            .enumerate()
            .filter(|(_, d)| !d.in_corpus && d.level == Level::Unknown)
            .filter_map(|(i, d)| Some((i, (*place_levels.get(d.place.as_deref()?)?)?)))
            .collect()
    };
    drop(place_levels);
    for (i, level) in fills {
        documents[i].level = level;
    }
    let ambiguous: Vec<(usize, Vec<String>)> = ambiguous_years
        .into_par_iter()
        .map(|(i, ys, family)| {
            let key = Key { family, ..Key::of_mention(&mentions[i]) };
            (i, ys.into_iter().map(|y| Key { year: Some(y), ..key.clone() }.id(None)).collect())
        })
        .collect();
    for (m, by) in said_by {
        mentions[m].by = Some(mentions[by].target.clone());
    }
    let pairs = acts_within_levels(&files, &documents, &mut mentions, pairs);
    holds_what_was_read(&mut files, &copies);
    watch.lap("documents");
    // Relative paths are read from the working folder: graph.json says which it was.
    let base = std::env::current_dir().ok().map(|d| crate::corpus::display_path(&d));
    Resolved {
        files,
        documents,
        mentions,
        sentences,
        pairs,
        ambiguous,
        number_conflicts,
        slips,
        name_conflicts,
        own_findings,
        base,
        saved,
    }
}

/// What each file's own document says of the time it was issued, by file, for
/// [`year_bounds`]. A codification compiles the articles of documents of many years: its own
/// says nothing of theirs, and it gives none.
struct OwnDates<'a, 'd> {
    years: &'a [Option<u16>],
    /// The constitution in force on its date.
    constitutions: &'a [Option<u16>],
    /// Its date, a codification's too.
    dates: &'d [Option<String>],
    /// Whether the file is a codification.
    codifications: &'a [bool],
}

/// Each mention's bound on the year of a law it names without one, by mention.
struct YearBounds<'d> {
    years: Vec<Option<u16>>,
    /// The citing document's day, where the bound is its own year (see [`passed_after`]).
    days: Vec<Option<&'d str>>,
    /// Whether the bound is a codified article's source's: the Bộ pháp điển keeps its articles
    /// current, so their words may be an amender's the note does not name.
    codified: Vec<bool>,
}

/// A law named without its year, in no title, is the law of that name as it stood when the
/// citing document was issued: no later than the document's own year. The constitution, by
/// the day (`tables::CONSTITUTIONS`). Each mention's answer is its own: in parallel.
fn year_bounds<'d>(
    mentions: &[Mention],
    owner: &[u32],
    title_years: &[Option<YearBound>],
    own: &OwnDates<'_, 'd>,
) -> YearBounds<'d> {
    let (years, (days, codified)) = title_years
        .par_iter()
        .zip(owner.par_iter())
        .zip(mentions.par_iter())
        .map(|((title, &file), m)| {
            let file = file as usize;
            let own_year = match m.kind.as_str() {
                "Hiến pháp" => own.constitutions[file].or(own.years[file]),
                _ => own.years[file],
            };
            let bound = title.map(YearBound::for_corpus).or_else(|| own_year.filter(|_| m.family == Family::Named));
            let codified = own.codifications[file];
            let day = own.dates[file].as_deref().filter(|&day| {
                let bound_by_own_day = match title {
                    None => !codified,
                    // A codified article whose source is the page's own document, bounded by its
                    // year (audit 2228: article 32 of Luật 24/2018/QH14, of 12/6/2018, on its own
                    // page, names `Luật Công an nhân dân`, the law of 2014, not 37/2018/QH14). An
                    // article of another source is dated by that source (`passed_after`).
                    Some(t) => codified && day.get(..4).and_then(|y| y.parse().ok()) == Some(t.year),
                };
                bound_by_own_day && m.family == Family::Named && m.kind != "Hiến pháp"
            });
            (bound, (day, title.is_some() && codified))
        })
        .unzip();
    YearBounds { years, days, codified }
}

/// A law cited by name without its year (`Luật Quản lý thuế`) is the law of that name the
/// same file gives a year (`Căn cứ Luật Quản lý thuế số 108/2025/QH15`, `Luật Đất đai năm
/// 2024`), where the file gives one year only: the text's own words say which law it means,
/// as the corpus's may not (several laws of a name, `Luật Giáo dục` of 2005 and of 2019).
/// A law the file names as repealed or replaced gives no year: it is named because it is
/// not the law in force (`Luật Thanh niên số 53/2005/QH11 hết hiệu lực`, in the codified page
/// whose decrees of 2021 cite `Luật Thanh niên`, the law of 2020: audit 2208).
/// `owner` is each mention's file; a file's mentions stand together.
fn years_of_laws_within_files(
    mentions: &[Mention],
    owner: &[u32],
    title_years: &[Option<YearBound>],
    keys: &mut [Key],
) {
    fn is_law(m: &Mention) -> bool {
        tables::has_official_names(&m.kind) && m.name.is_some()
    }
    let mut start = 0;
    while start < mentions.len() {
        let file = owner[start];
        let end = start + owner[start..].iter().take_while(|&&f| f == file).count();
        let (run, run_keys) = (&mentions[start..end], &mut keys[start..end]);
        start = end;
        if !run.iter().zip(run_keys.iter()).any(|(m, k)| is_law(m) && k.year.is_none()) {
            continue;
        }
        // Each name's one year in this file, or `None` where the file gives two; and its one
        // year in the file's basis. Where the file gives two, the law its basis names is the
        // one its text means (`Căn cứ Luật Báo chí số 126/2025/QH15` … `Nghị định quy định chi
        // tiết … Luật Báo chí`, the law of 2016 named in a transitional article). The basis's
        // is `None` before any, `Some(None)` where it gives two.
        let mut years: HashMap<String, (Option<u16>, Option<Option<u16>>)> = HashMap::default();
        for (m, k) in run.iter().zip(run_keys.iter()) {
            if let (true, Some(year)) = (is_law(m), k.year)
                && !matches!(m.relation.as_str(), "repeals" | "replaces")
            {
                let basis = m.relation == "basis";
                let (all, based) = years.entry(name_key(&m.kind, m.name.as_deref())).or_insert((Some(year), None));
                if *all != Some(year) {
                    *all = None;
                }
                if basis {
                    *based = match *based {
                        None => Some(Some(year)),
                        Some(y) if y == Some(year) => Some(y),
                        Some(_) => Some(None),
                    };
                }
            }
        }
        let bounds = &title_years[end - run.len()..end];
        for ((m, k), bound) in run.iter().zip(run_keys.iter_mut()).zip(bounds) {
            if m.family == Family::Named && k.year.is_none() {
                // Not a later law than the document whose title names it: the corpus's years
                // decide then (see `law_before`).
                let year =
                    k.name.as_deref().and_then(|n| years.get(n)).and_then(|(all, based)| all.or(based.flatten()));
                k.year = year.filter(|y| bound.is_none_or(|b| *y <= b.year));
            }
        }
    }
}

/// Drops a number read with a law's name where the same number is read elsewhere with an
/// amending law's name that ends with that law: an amending name OCR broke (`Luật sửa đối, bổ
/// sưng một sô 5 điều của … Luật Quản lý, sử⏎dụng tài sản công số 90/2025/QH15`) leaves
/// its last law read with the amending law's number, and that law would become the law of
/// 2025.
fn drop_amended_tails(read_with: &mut HashMap<Key, Vec<NumberRead>>) {
    let mut amending: HashMap<&Key, Vec<&str>> = HashMap::default();
    for (named, numbers) in read_with.iter() {
        if let Some(name) = named.name.as_deref().filter(|n| tables::is_amending_key(n)) {
            for n in numbers {
                amending.entry(&n.key).or_default().push(name);
            }
        }
    }
    let mut tails: Vec<(Key, Key)> = Vec::new();
    for (named, numbers) in read_with.iter() {
        let Some(name) = named.name.as_deref() else { continue };
        for n in numbers {
            // The names in the map are amending laws' already.
            if amending.get(&n.key).is_some_and(|names| names.iter().any(|a| words_end_with(a, name))) {
                tails.push((named.clone(), n.key.clone()));
            }
        }
    }
    for (named, number) in tails {
        if let Some(numbers) = read_with.get_mut(&named) {
            numbers.retain(|n| n.key != number);
            if numbers.is_empty() {
                read_with.remove(&named);
            }
        }
    }
}

/// Drops a number read with a law's name and year where the same name reads the same number,
/// in more files, with another year: two editions of a law never share a number, so the one
/// read less is a slip (`Luật Ngân sách nhà nước số 89/2015/QH13`, once in shared/corpus/real,
/// for the 89/2025/QH15 of 20 files; the law of 2015 is 83/2015/QH13, and 30 citations of it
/// by name had taken the slip's number).
fn drop_numbers_of_other_editions(read_with: &mut HashMap<Key, Vec<NumberRead>>) {
    // Each name's numbers: the year read with each, and in how many files.
    let mut by_name: HashMap<&str, Vec<(&str, u16, u32)>> = HashMap::default();
    for (named, numbers) in read_with.iter() {
        if let (Some(name), Some(year)) = (named.name.as_deref(), named.year) {
            for n in numbers.iter().filter(|n| !n.aside) {
                if let Some(number) = n.key.number.as_deref() {
                    by_name.entry(name).or_default().push((number, year, n.files));
                }
            }
        }
    }
    let slips: Vec<(Key, Key)> = read_with
        .iter()
        .flat_map(|(named, numbers)| {
            let others = named.name.as_deref().and_then(|n| by_name.get(n));
            numbers
                .iter()
                .filter(move |n| {
                    others.is_some_and(|o| {
                        o.iter().any(|&(number, year, files)| {
                            Some(year) != named.year && n.key.number.as_deref() == Some(number) && files > n.files
                        })
                    })
                })
                .map(|n| (named.clone(), n.key.clone()))
        })
        .collect();
    drop(by_name);
    for (named, number) in slips {
        if let Some(numbers) = read_with.get_mut(&named) {
            numbers.retain(|n| n.key != number);
            if numbers.is_empty() {
                read_with.remove(&named);
            }
        }
    }
}

/// A law cited by a name the corpus numbers nowhere and one letter from one name it does
/// number, of 20 characters or more and no official name, is that law: OCR misread a letter (`Luật sửa đổi, bổ sung một
/// số điều của 10 Luật có liên quah đến an ninh, trật tự` is 118/2025/QH15's name), or a comma
/// was typed or dropped. Official
/// names are mended by their list ([`tables::misread_official_key`]); this mends the others,
/// amending laws' names above all. A digit is never the letter: `… của 10 Luật` and `… của 11
/// Luật` are two laws.
fn mend_misread_names(read_with: &HashMap<Key, Vec<NumberRead>>, keys: &mut [Key]) {
    const SHORTEST: usize = 20;
    let numbered: rustc_hash::FxHashSet<&str> = read_with.keys().filter_map(|k| k.name.as_deref()).collect();
    let mut mended: HashMap<CompactString, Option<CompactString>> = HashMap::default();
    for key in keys.iter_mut().filter(|k| k.family == Family::Named) {
        let Some(name) = key
            .name
            .as_deref()
            .filter(|n| n.chars().count() >= SHORTEST && !numbered.contains(n) && !tables::is_official_key(n))
        else {
            continue;
        };
        let found = mended.entry(name.into()).or_insert_with(|| {
            let near = numbered
                .iter()
                .filter(|n| n.len().abs_diff(name.len()) <= 4 && tables::one_letter_or_comma_edit_apart(name, n));
            tables::only(near).map(|n| CompactString::from(*n))
        });
        if let Some(right) = found.clone() {
            key.name = Some(right);
        }
    }
}

/// Whether `amending`, an amending law's name key ([`tables::law_name_key`]), ends with the
/// law whose key is `law` (`luat sua doi, bo sung … cua luat dau thau, …, luat quan ly, su
/// dung tai san cong` and `luat quan ly su dung tai san cong`), commas aside.
fn ends_with_law(amending: &str, law: &str) -> bool {
    tables::is_amending_key(amending) && words_end_with(amending, law)
}

/// Whether the words of `key` end with those of `tail` and more go before them, commas aside.
fn words_end_with(key: &str, tail: &str) -> bool {
    fn words(k: &str) -> impl Iterator<Item = &str> {
        k.rsplit([' ', ',']).filter(|w| !w.is_empty())
    }
    let mut key = words(key);
    words(tail).all(|w| key.next() == Some(w)) && key.next().is_some()
}

/// The one year the file of mention `i` writes with its number and symbol, where it writes
/// one. `owner`: each key's file, a file's keys together and in the files' order.
fn year_in_file(owner: &[u32], keys: &[Key], i: usize) -> Option<u16> {
    let file = owner[i];
    let (from, to) = (owner.partition_point(|&f| f < file), owner.partition_point(|&f| f <= file));
    let (number, symbol) = (keys[i].number.as_deref()?, keys[i].symbol.as_deref()?);
    let mut years = keys[from..to]
        .iter()
        .filter(|k| k.number.as_deref() == Some(number) && k.symbol.as_deref() == Some(symbol))
        .filter_map(|k| k.year);
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// A number read with a law's name and year, in how many files.
struct NumberRead {
    key: Key,
    files: u32,
    last_file: u32,
    /// The first mention that reads it.
    first: usize,
    /// Whether a codification reads it (see [`numbers_of_laws`]).
    codified: bool,
    /// Whether it is read in brackets after the name ([`reads_number_aside`]): mended to
    /// the law's number and said, but no vote for it.
    aside: bool,
}

/// How many times as many files must read a law's name and year with one number as with any
/// other for that number to be the law's: a misprint (`Bộ luật Dân sự số 97/2015/QH13` in one
/// file, 91/2015/QH13 in four), a promulgation order's number (`08/2025/L-CTN`) or a cut
/// symbol does not unmake the law, where two numbers read about as often leave it unknown.
const NUMBER_MAJORITY: u32 = 3;

/// The numbered law each name and year cited by name is (none where no number wins), and
/// the names and years read with more than one number, each number with its first mention
/// and the files that read it, the winner first.
fn numbers_of_laws(read_with: HashMap<Key, Vec<NumberRead>>) -> (HashMap<Key, Option<Key>>, Vec<NumberConflict>) {
    let mut conflicts = Vec::new();
    let laws = read_with
        .into_iter()
        .map(|(named, numbers)| {
            // The first read first among equals: the same choice on every run.
            let order = |n: &NumberRead| (std::cmp::Reverse(n.files), n.first);
            let (mut numbers, mut asides): (Vec<NumberRead>, Vec<NumberRead>) =
                numbers.into_iter().partition(|n| !n.aside);
            numbers.sort_by_key(order);
            // Spellings of one number (`22/2023/QH15` and, cut, `22/2023/QH`;
            // `08/2013/PL-UBTVQH13` and `08/2013/UBTVQH13`) are one law: their files count
            // together, under the spelling most files give.
            let mut merged: Vec<NumberRead> = Vec::with_capacity(numbers.len());
            for n in numbers {
                match merged.iter_mut().find(|m| m.key.number == n.key.number && m.key.year == n.key.year) {
                    Some(m) => {
                        m.files += n.files;
                        m.codified |= n.codified;
                    }
                    None => merged.push(n),
                }
            }
            let mut numbers = merged;
            numbers.sort_by_key(order);
            let chosen = match &numbers[..] {
                [_] => Choice::Majority,
                [top, next, ..] if top.files >= NUMBER_MAJORITY * next.files => Choice::Majority,
                // Where no number wins by the files, the codification's does: the Bộ pháp
                // điển's notes (`… của Luật 25/2018/QH14`) come from the state's own record of
                // each law, where a basis line is typed by a drafter (`Căn cứ Luật Tố cáo số
                // 23/2018/QH14`, the number of Luật Cạnh tranh). One such number, not two.
                _ => match (0..numbers.len()).filter(|&i| numbers[i].codified).collect::<Vec<_>>()[..] {
                    [at] if NUMBER_MAJORITY * numbers[at].files > numbers[0].files => {
                        let codified = numbers.remove(at);
                        numbers.insert(0, codified);
                        Choice::Codification
                    }
                    _ => Choice::None,
                },
            };
            // Asides that write another number are listed after the votes, as misprints.
            asides.sort_by_key(order);
            for a in asides {
                let same = |m: &NumberRead| m.key.number == a.key.number && m.key.year == a.key.year;
                match numbers.iter_mut().find(|m| same(m)) {
                    Some(m) if m.aside => m.files += a.files,
                    Some(_) => {}
                    None => numbers.push(a),
                }
            }
            if numbers.len() > 1 {
                conflicts.push(NumberConflict {
                    numbers: numbers.iter().map(|n| (n.first, n.files)).collect(),
                    written: numbers.iter().map(|n| n.key.id(None)).collect(),
                    chosen,
                });
            }
            (named, (chosen != Choice::None).then(|| numbers.swap_remove(0).key))
        })
        .collect();
    // In the order of the text, not of a hash map.
    conflicts.sort_unstable_by_key(|c| c.numbers.iter().map(|n| n.0).min());
    (laws, conflicts)
}

/// A law's name and year read with the number `law_names.txt` gives another law is the
/// edition the table numbers for that name, where it numbers one: a legislature numbers its
/// laws through its term, so the number is the misprint, and the name is what the drafter
/// meant (audit 2251: `Căn cứ Luật Giáo dục số 39/2005/QH11`, Luật Quốc phòng's number, in a
/// decree on teachers' allowances, was its basis on the defence law; the education law of 2005
/// is 38/2005/QH11). `conflicting-names` says what was written and how it was read.
fn numbers_the_table_gives(numbered_laws: &mut HashMap<Key, Option<Key>>) {
    for (named, law) in numbered_laws.iter_mut() {
        let Some(read) = law.as_ref() else { continue };
        let (Some(number), Some(symbol), Some(name)) =
            (read.number.as_deref(), read.symbol.as_deref(), named.name.as_deref())
        else {
            continue;
        };
        if let Some(other) = tables::numbered_law(number, symbol)
            && tables::law_name_key(other.kind, other.name) != name
            && let Some(own) = listed_number(named)
        {
            *law = Some(own);
        }
    }
}

/// A law's name and number read with two years of a legislature's symbols is one law, the
/// year most files read, where [`NUMBER_MAJORITY`] times as many files read it as the other:
/// a National Assembly's laws are numbered through its term, so one number of a term names
/// one law (`Luật Tổ chức Chính phủ 63/2023/QH15` in 2 files, 63/2025/QH15 in 108; audit
/// 2196: the slips stood as documents of their own, reported but not merged). A year one
/// digit off may carry its term with it (`Luật Ngân sách nhà nước số 89/2015/QH13` in one
/// file, 89/2025/QH15 in sixteen: audit 2208): the symbol is mended too.
/// Before a file's years are lent to its laws cited by name alone
/// ([`years_of_laws_within_files`]), which would take the misprint's year.
/// `conflicting-years` still says what was written.
/// Returns the mentions mended by their name's year alone, in order.
fn mend_misprinted_years(mentions: &[Mention], owner: &[u32], keys: &mut [Key]) -> Vec<usize> {
    // Each number of a legislature: each name key, year and symbol read with it, its files
    // and the last file. Names are compared without marks only where one number is read with
    // two years (folding each name cost a scan of real/ 1 % more instructions).
    type Read<'k> = (&'k str, u16, &'k str, u32, u32);
    let mut read: HashMap<&str, Vec<Read>> = HashMap::default();
    for (i, (m, k)) in mentions.iter().zip(keys.iter()).enumerate() {
        if !reads_number_with_name(m, k) {
            continue;
        }
        let (Some(name), Some(number), Some(symbol), Some(year)) =
            (m.name.as_deref(), k.number.as_deref(), k.symbol.as_deref(), k.year)
        else {
            continue;
        };
        if tables::legislature_of(symbol).is_none() {
            continue;
        }
        let list = read.entry(number).or_default();
        match list.iter_mut().find(|r| r.1 == year && r.2 == symbol && r.0 == name) {
            Some(r) if r.4 != owner[i] => (r.3, r.4) = (r.3 + 1, owner[i]),
            Some(_) => {}
            None => list.push((name, year, symbol, 1, owner[i])),
        }
    }
    // The name without marks and its kind's words: the tone's place differs between
    // spellings of one name (`hàng hoá`, `hàng hóa`: 78/2023/QH15 for 78/2025/QH15). Each such
    // name and number, with the year and symbol taken.
    let mut taken: HashMap<(String, &str), (u16, &str)> = HashMap::default();
    // Each name's files by year, over all the numbers read with it: asked only where no year
    // of one number wins by its own files.
    let mut name_years: Option<HashMap<String, Vec<(u16, u32)>>> = None;
    // The names and numbers whose year was so taken: their mended readings cast no vote for
    // the law's number (see `reads_number_aside`).
    let mut by_name: Vec<(String, &str)> = Vec::new();
    for (&number, list) in read.iter().filter(|(_, l)| l.iter().any(|r| (r.1, r.2) != (l[0].1, l[0].2))) {
        let mut years: HashMap<String, Vec<(u16, &str, u32)>> = HashMap::default();
        for &(name, year, symbol, files, _) in list {
            let by_year = years.entry(tables::fold(name)).or_default();
            match by_year.iter_mut().find(|r| (r.0, r.1) == (year, symbol)) {
                Some(r) => r.2 += files,
                None => by_year.push((year, symbol, files)),
            }
        }
        for (name, mut by_year) in years.into_iter().filter(|(_, y)| y.len() > 1) {
            by_year.sort_by_key(|&(year, symbol, files)| (std::cmp::Reverse(files), year, symbol));
            let (year, symbol, files) = by_year[0];
            // Every other reading a misprint of it: of the same term's symbol, or a year one
            // digit off.
            let misprint = |&(y, s, f): &(u16, &str, u32)| {
                files >= NUMBER_MAJORITY * f && (s == symbol || one_digit_apart(y, year))
            };
            if by_year[1..].iter().all(misprint) {
                taken.insert((name, number), (year, symbol));
                continue;
            }
            // Read as often with each year, the name and number agree but for the year, and the
            // code too: the year the name is read in with its law's number is right
            // (`Luật Bảo vệ dữ liệu cá nhân 97/2023/QH15` and `… số 97/2025/QH15`, one file
            // each; the law is of 2025, 91/2025/QH15 in five files).
            let support = name_years.get_or_insert_with(|| {
                let mut all: HashMap<String, Vec<(u16, u32)>> = HashMap::default();
                for &(name, year, _, files, _) in read.values().flatten() {
                    let by_year = all.entry(tables::fold(name)).or_default();
                    match by_year.iter_mut().find(|r| r.0 == year) {
                        Some(r) => r.1 += files,
                        None => by_year.push((year, files)),
                    }
                }
                all
            });
            let in_year = |y: u16| support.get(&name).and_then(|v| v.iter().find(|r| r.0 == y)).map_or(0, |r| r.1);
            let best = by_year.iter().copied().max_by_key(|&(y, _, _)| (in_year(y), std::cmp::Reverse(y)));
            if let Some((year, symbol, _)) = best
                && by_year
                    .iter()
                    .all(|&(y, s, _)| s == symbol && (y == year || in_year(year) >= NUMBER_MAJORITY * in_year(y)))
            {
                by_name.push((name.clone(), number));
                taken.insert((name, number), (year, symbol));
            }
        }
    }
    drop(name_years);
    if taken.is_empty() {
        return Vec::new();
    }
    let numbers: rustc_hash::FxHashSet<&str> = taken.keys().map(|(_, n)| *n).collect();
    let fixes: Vec<(usize, u16, CompactString, bool)> = mentions
        .iter()
        .zip(keys.iter())
        .enumerate()
        .filter_map(|(i, (m, k))| {
            let number = k.number.as_deref()?;
            if !numbers.contains(number) || !reads_number_with_name(m, k) {
                return None;
            }
            tables::legislature_of(k.symbol.as_deref()?)?;
            let name = tables::fold(m.name.as_deref()?);
            let named = by_name.iter().any(|(n, num)| *n == name && *num == number);
            let (year, symbol) = taken.get(&(name, number))?;
            (k.year != Some(*year) || k.symbol.as_deref() != Some(*symbol)).then(|| (i, *year, (*symbol).into(), named))
        })
        .collect();
    let mut named = Vec::new();
    for (i, year, symbol, by_name) in fixes {
        keys[i].year = Some(year);
        keys[i].symbol = Some(symbol);
        if by_name {
            named.push(i);
        }
    }
    named
}

/// Whether two years differ in one digit (`2015`, `2025`): a misprint's.
fn one_digit_apart(a: u16, b: u16) -> bool {
    let (a, b) = (a.to_string(), b.to_string());
    a.len() == b.len() && a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count() == 1
}

/// Whether a mention reads a number with a law's name (`Luật Đất đai số 31/2024/QH15`):
/// not one typed without marks (`Luat Doanh nghiep so …`, as careless with its number), nor
/// a number set in brackets after the name (`Luật Căn cước 2023 (số 25/2023/QH15)`, a page
/// editor's aside, misprinted), which stands for itself, as it did read alone.
fn reads_number_with_name(m: &Mention, key: &Key) -> bool {
    reads_number_near_name(m, key) && !m.text.ends_with(')')
}

/// Whether a mention reads a number in brackets after a law's name (`Luật Căn cước 2023 (số
/// 25/2023/QH15)`): no vote for the law's number, but where the name's number is known and
/// this one is another, a misprint to mend and say, as one typed without marks is.
fn reads_number_aside(m: &Mention, key: &Key) -> bool {
    reads_number_near_name(m, key) && m.text.ends_with(')')
}

/// Whether a mention reads a number with a law's name, in brackets after it or not.
fn reads_number_near_name(m: &Mention, key: &Key) -> bool {
    m.family != Family::Named
        && tables::has_official_names(&m.kind)
        && m.name.is_some()
        && key.year.is_some()
        && !["Luat ", "Bo luat ", "Phap lenh "].iter().any(|w| m.text.starts_with(w))
}

/// The numbers read with two official names, each name with its first mention and files, in
/// the order of the text. A name that is no official one (`Luật Tian cận thông tin`, OCR) is
/// the other misread, not a second law.
fn names_of_numbers(read_with: &HashMap<Key, Vec<NumberRead>>) -> Vec<NameConflict> {
    let mut by_number: HashMap<&Key, Vec<(usize, u32)>> = HashMap::default();
    for (named, numbers) in read_with {
        if named.name.as_deref().is_some_and(tables::is_official_key) {
            // A number read both in brackets and not is one reading of the name: its files
            // the more of the two (the two are often one file's, `Luật Phí và lệ phí 2015
            // (97/2015/QH13)` and `… số 97/2015/QH13` in Nghị định 02/2026/NĐ-CP).
            for (at, n) in numbers.iter().enumerate() {
                if numbers[..at].iter().any(|o| o.key == n.key) {
                    continue;
                }
                let same = numbers[at..].iter().filter(|o| o.key == n.key);
                let (first, files) = same.fold((n.first, 0), |(f, k), o| (f.min(o.first), k.max(o.files)));
                by_number.entry(&n.key).or_default().push((first, files));
            }
        }
    }
    let mut conflicts: Vec<NameConflict> = by_number
        .into_values()
        .filter(|names| names.len() > 1)
        .map(|mut names| {
            names.sort_unstable();
            NameConflict { names }
        })
        .collect();
    conflicts.sort_unstable_by_key(|c| c.names[0].0);
    conflicts
}

/// Whose day bounds a mention's law: the citing document's own (where no title or source
/// bounds it), or that of the document whose words the mention stands in (`said_by`: a
/// codified article's source, a cited document's title).
#[derive(Clone, Copy)]
struct Days<'a> {
    own: &'a [Option<&'a str>],
    said_by: &'a [(usize, usize)],
}

/// A law of the year its citing words bound it to, passed after their day, is not yet the
/// law they cite: the edition before it is (audit 2205: article 32 of Luật 24/2018/QH14, of
/// 12/6/2018, names `Luật Công an nhân dân`, the law of 2014, not 37/2018/QH14 of 20/11/2018).
/// `of_own_year`: the entries of `filled` taken of their bound's year, with the edition
/// before. Only where both days are known, from the corpus or a citation that gives one.
fn passed_after(
    corpus: &HashMap<Key, (usize, Document)>,
    mentions: &[Mention],
    keys: &[Key],
    numbered_laws: &HashMap<Key, Option<Key>>,
    days: Days,
    of_own_year: &[(usize, u16, Option<u16>)],
    filled: &mut [(usize, u16, Family)],
) {
    // The law's numbered record where the corpus numbers it, else the law by its name and year,
    // which a citation may date (audit 2213: `Luật Ngân sách Nhà nước` in Thông tư
    // 71/2015/TT-BTC of 11/05/2015 is the law of 2002, not that of 25/06/2015).
    let numbered = |f: usize, year: u16| {
        let named = Key { year: Some(year), ..keys[filled[f].0].clone() };
        Some(numbered_laws.get(&named).cloned().flatten().unwrap_or(named))
    };
    let asked: Vec<(usize, Key, u16)> =
        of_own_year.iter().filter_map(|&(f, year, before)| Some((f, numbered(f, year)?, before?))).collect();
    if asked.is_empty() {
        return;
    }
    let source: HashMap<usize, usize> = {
        let asked: rustc_hash::FxHashSet<usize> = asked.iter().map(|(f, _, _)| filled[*f].0).collect();
        days.said_by.iter().filter(|(m, _)| asked.contains(m)).copied().collect()
    };
    // The days of the laws and of the sources: as the corpus dates them, else as a citation.
    let wanted: rustc_hash::FxHashSet<&Key> =
        asked.iter().map(|(_, k, _)| k).chain(source.values().map(|&by| &keys[by])).collect();
    let mut dated: HashMap<&Key, &str> = HashMap::default();
    for k in &wanted {
        if let Some(date) = corpus.get(*k).and_then(|(_, d)| d.date.as_deref()) {
            dated.insert(k, date);
        }
    }
    for (k, m) in keys.iter().zip(mentions) {
        if let Some(date) = m.full_date()
            && let Some(k) = wanted.get(k)
        {
            dated.entry(k).or_insert(date);
        }
    }
    for (f, law, before) in &asked {
        let i = filled[*f].0;
        let day = match source.get(&i) {
            Some(&by) => dated.get(&keys[by]).copied(),
            None => days.own[i],
        };
        if let (Some(passed), Some(day)) = (dated.get(law), day)
            && *passed > day
        {
            filled[*f].1 = *before;
        }
    }
}

/// The law the list of laws numbers of a name and year cited by name (`Luật Bình đẳng giới`
/// of 2006: `73/2006/QH11`), keyed as a citation by that number is: the weakest word on which
/// law it is, taken only where no text of the corpus reads a number with the name and year.
fn listed_number(named: &Key) -> Option<Key> {
    let number = tables::edition_number(named.name.as_deref()?, named.year?)?;
    let found = crate::recognize::first_number(&format!("Luật số {number}"))?;
    let digits = &format!("Luật số {number}")[found.number.clone()?];
    let symbol = found.symbol.clone();
    Some(Key {
        number: Some(canonical_number(digits)),
        apart: numbered_apart_from_laws(found.kind, symbol.as_deref()),
        symbol,
        year: found.year(),
        name: None,
        family: found.family,
        place: None,
    })
}

/// The year of the law a document of `bound` names (in its title, or in the text of a dated
/// document), of the `known` years of laws of that name: a document details or guides no
/// later law (`Nghị định số 113/2017/NĐ-CP … hướng dẫn thi hành … Luật Hóa chất` is no guide
/// to the law of 2025), and a law named without its year is the one in force when the
/// document was issued. The latest year up to `bound`; where there is none, the one year
/// after it, as a year may be mistyped (`Luật Quản lý, sử dụng vũ khí … số 42/2025/QH15`,
/// passed in 2024, detailed by Nghị định 149/2024/NĐ-CP); else none.
fn law_before(known: &[u16], bound: u16) -> Option<u16> {
    // `known` holds each year once.
    let latest = known.iter().copied().filter(|&y| y <= bound).max();
    latest.or_else(|| known.contains(&(bound + 1)).then_some(bound + 1))
}

/// Acts a document can do only to one of its own level or below: a body amends, replaces,
/// repeals or corrects no document of a higher body. Where the words say so of a higher one,
/// they say another document's act, and the higher one is cited: `Nghị quyết 191/NQ-CP về dự
/// án Luật sửa đổi … 09 luật` then `Đối tượng sửa đổi, bổ sung: 1. Luật Quốc phòng;` (the
/// draft law will amend it), `… các trường hợp sửa đổi, bổ sung bảng giá đất quy định tại Điều
/// 7 của Nghị quyết số 254/2025/QH15` in a decree. A relation stated between two cited
/// documents that breaks the rule is dropped.
pub(crate) const ACTS_WITHIN_LEVELS: &[&str] = &["amends", "replaces", "repeals", "corrects"];

fn acts_within_levels(
    files: &[FileEntry],
    documents: &[Document],
    mentions: &mut [Mention],
    pairs: Vec<Pair>,
) -> Vec<Pair> {
    // Documents are sorted by id; documents that share an id share their level.
    let document = |id: &str| crate::model::document_by_id(documents, id);
    let level_of_id = |id: &str| document(id).map_or(Level::Unknown, |d| d.level);
    // A document acts on none issued after it: `46/2010/TT-BYT implements 38/2015/NĐ-CP`, read
    // from a codified article's words, or `Hiến pháp 2013 (sửa đổi theo Nghị quyết
    // 203/2025/QH15)` read the wrong way round, is no relation of theirs.
    // By date where both have one: `Nghị định số 74/2018/NĐ-CP ngày 15/5/2018 … sửa đổi, bổ
    // sung một số điều của Nghị định số 132/2008/NĐ-CP, Nghị định số 154/2018/NĐ-CP` lists the
    // decree of November with the amended, not among them.
    let later = |from: &str, to: &str| {
        document(from).zip(document(to)).is_some_and(|(from, to)| crate::model::issued_before(from, to))
    };
    let above = |citing: Level, cited: Level| citing != Level::Unknown && cited != Level::Unknown && cited < citing;
    let is_act = |m: &Mention| ACTS_WITHIN_LEVELS.contains(&crate::cues::as_amends(&m.relation));
    // Each file's mentions follow one another, as many as it counts: its level is looked up
    // only for a file that has an act (a look-up for each of 128 000 files took 0.1 s).
    let mut start = 0;
    for f in files {
        let run = &mut mentions[start..start + f.mentions];
        start += f.mentions;
        debug_assert!(run.iter().all(|m| *m.path == *f.path), "mentions out of their file's run");
        if !run.iter().any(is_act) {
            continue;
        }
        let citing = f.document.as_deref().map_or(Level::Unknown, level_of_id);
        for m in run.iter_mut().filter(|m| is_act(m)) {
            // A codified article's words are its source's (`by`): a law's article repeals a
            // law, whatever the level of the page it is filed under.
            let citing = m.by.as_deref().map_or(citing, level_of_id);
            if above(citing, level_of_id(&m.target)) {
                m.relation = CompactString::const_new("cites");
            }
        }
    }
    let own_of_path: HashMap<&str, &str> =
        files.iter().filter_map(|f| Some((f.path.as_str(), f.document.as_deref()?))).collect();
    pairs
        .into_iter()
        .filter(|p| {
            let from = &*mentions[p.from].target;
            let to = if p.on_own {
                let Some(own) = own_of_path.get(&*mentions[p.from].path) else { return false };
                own
            } else {
                &*mentions[p.to].target
            };
            (!ACTS_WITHIN_LEVELS.contains(&crate::cues::as_amends(p.relation))
                || !above(level_of_id(from), level_of_id(to)))
                && !later(from, to)
        })
        .collect()
}

/// Where a file's local body sits, with its level (see [`placed`]).
type Citing = Option<(CompactString, Level)>;

/// What the resolver keeps of a file's scan beside its mentions: its entry, the relations
/// stated between its mentions, its own document, its citing body and whether it is a codification.
type FileRead = (FileEntry, Vec<Pair>, Vec<(usize, usize)>, Option<(Key, Document, Sources)>, Citing, bool);

/// Where a file's own document's date and title were read (see [`crate::header::Source`]).
#[derive(Clone, Copy, Default)]
struct Sources {
    date: crate::header::Source,
    title: crate::header::Source,
}

/// `key` of mention `m`, in the place of the local body that cites it (`citing`) when it is
/// a local document that names none: a provincial plan's `Kế hoạch số 104/KH-UBND` is its
/// own province's. Not when its issuer names a body of another level (`của UBND tỉnh` in a
/// district's text), or its symbol a body above the citing one (`Thông báo số 79-TB/TU`, the
/// Tỉnh ủy's, in a district's letter: UX audit 2190), which [`fill_places`] may place.
fn placed(m: &Mention, mut key: Key, citing: Option<&(CompactString, Level)>) -> Key {
    // A local congress named without its place (`Đại hội Đảng bộ tỉnh lần thứ XX` in a
    // provincial plan) is the citing body's own Đảng bộ's, at its level.
    if key.place.is_none()
        && let Some((place, level)) = citing
        && local_congress(m).is_some_and(|(_, l)| l == *level)
    {
        key.place = Some(place.clone());
    }
    if key.place.is_none()
        && let Some((place, level)) = citing
        && let Some(symbol) = key.symbol.as_deref().filter(|s| crate::places::is_local_symbol(s))
        && of_citing_level(m, symbol, *level)
    {
        key.place = Some(place.clone());
    }
    key
}

/// Whether a local document `m` names with `symbol` may be its citing body's, of `level`: not
/// when its issuer names a body of another level, or its symbol a body above the citing one.
fn of_citing_level(m: &Mention, symbol: &str, level: Level) -> bool {
    let named = m.issuer.as_deref().map_or(Level::Unknown, |issuer| crate::places::read_issuer(issuer).1);
    let coded = crate::places::level_of_symbol(symbol);
    let other_level = |l: Level| l.is_local() && level.is_local() && l != level;
    let above = other_level(coded) && coded < level;
    !other_level(named) && !above
}

/// A letter whose symbol names its type and unit only (`Công văn số 579/CV – CSDT`), and
/// no issuer, is of the citing body's place where its file places a local document of that
/// unit there, or the file's own document is of it: data/000, a report of Quảng Ngãi's Ban
/// Dân tộc, writes `Công văn số 564/BDT-CSDT và Công văn số 579/CV – CSDT`, two letters of
/// its Chính sách dân tộc office, and the second had no place. The unit is what ties it to
/// the body: `CV` alone places no letter (a ministry's `Công văn số 12/CV` stays central).
fn place_by_unit(
    mentions: &[Mention],
    owner: &[u32],
    citing: &[Citing],
    own_symbols: &[Option<CompactString>],
    keys: &mut [Key],
) {
    let candidate = |k: &Key| k.place.is_none() && k.symbol.as_deref().is_some_and(crate::places::names_a_unit_only);
    let mut places: Vec<(usize, CompactString)> = Vec::new();
    for run in file_runs(owner) {
        let file = owner[run.start] as usize;
        let Some((place, level)) = &citing[file] else { continue };
        let run_keys = &keys[run.clone()];
        let wanted: Vec<usize> = run.filter(|&i| candidate(&keys[i])).collect();
        if wanted.is_empty() {
            continue;
        }
        // The units of the citing body's documents the file names, and of its own.
        let own_place = |k: &Key| k.place.as_ref() == Some(place);
        let mut units: Vec<&str> = run_keys
            .iter()
            .filter(|k| own_place(k))
            .filter_map(|k| k.symbol.as_deref().filter(|s| crate::places::is_local_symbol(s)))
            .flat_map(crate::places::unit_codes)
            .collect();
        units.extend(own_symbols[file].as_deref().into_iter().flat_map(crate::places::unit_codes));
        for i in wanted {
            let Some(symbol) = keys[i].symbol.as_deref() else { continue };
            let of_unit = crate::places::unit_codes(symbol).any(|u| units.contains(&u));
            if of_unit && of_citing_level(&mentions[i], symbol, *level) {
                places.push((i, place.clone()));
            }
        }
    }
    for (i, place) in places {
        keys[i].place = Some(place);
    }
}

/// A local Party congress's resolution that `m` names: the congress's name and level.
fn local_congress(m: &Mention) -> Option<(&str, Level)> {
    if m.family != Family::Named || m.kind != "Nghị quyết" {
        return None;
    }
    let name = m.name.as_deref()?;
    crate::congress::level(name).filter(|l| l.is_local()).map(|l| (name, l))
}

/// A dated local document placed where its citing body sits, as it names no issuer, that
/// the corpus holds at one other place only, with that number, symbol and date, and not at
/// this one, is that one: `UBND huyện Ba Tơ đã báo cáo tại Công văn số 1021/UBND-VP ngày
/// 23/6/2023`, in a province's letter, is Ba Tơ's letter in the folder (UX audit 2190).
fn move_to_the_dated_place(corpus: &HashMap<Key, (usize, Document)>, mentions: &[Mention], keys: &mut [Key]) {
    type Dated<'k> = (Option<&'k str>, Option<&'k str>, Option<u16>, &'k str);
    let mut held: HashMap<Dated, Vec<&str>> = HashMap::default();
    for (k, (_, doc)) in corpus {
        if let (Some(place), Some(date)) = (k.place.as_deref(), doc.date.as_deref()) {
            held.entry((k.number.as_deref(), k.symbol.as_deref(), k.year, date)).or_default().push(place);
        }
    }
    if held.is_empty() {
        return;
    }
    // On both cores, and the few keys a dated place holds looked up in the corpus, not every
    // placed key: that look-up hashes the whole key.
    let moves: Vec<(usize, CompactString)> = keys
        .par_iter()
        .zip(mentions)
        .enumerate()
        .filter(|(_, (k, m))| k.place.is_some() && m.issuer.is_none())
        .filter_map(|(i, (k, m))| {
            let date = m.date.as_deref()?;
            match held.get(&(k.number.as_deref(), k.symbol.as_deref(), k.year, date))?[..] {
                [place] if !corpus.contains_key(k) => Some((i, CompactString::from(place))),
                _ => None,
            }
        })
        .collect();
    drop(held);
    for (i, place) in moves {
        keys[i].place = Some(place);
    }
}

/// A local document named again in its file without date or issuer (`Phúc đáp Công văn số
/// 356/UBND-VP`) after the file named it with them (`Công văn số 356/UBND-VP ngày 25/9/2025
/// của UBND xã Diễn Châu`) is that one, not the citing body's of that number (clerk audit
/// 2191: a phantom letter answered). So is one whose number gives its year (`Điều 4 Nghị
/// quyết số 12/2021/NQ-HĐND` in a district's submission, after `Nghị quyết số 12/2021/NQ-HĐND
/// ngày 10/12/2021 của Hội đồng nhân dân tỉnh Thanh Hóa`: audit 2197, the province's
/// resolution was a district's too). Where the file names two of that number and symbol, it
/// is left as it is.
fn name_again_as_the_file_did(mentions: &[Mention], owner: &[u32], keys: &mut [Key]) {
    let again = |m: &Mention, k: &Key| {
        m.issuer.is_none()
            && m.date.is_none()
            && k.place.is_some()
            && k.symbol.as_deref().is_some_and(crate::places::is_local_symbol)
    };
    if !mentions.par_iter().zip(keys.par_iter()).any(|(m, k)| again(m, k)) {
        return;
    }
    type Named<'k> = (Option<&'k str>, Option<&'k str>);
    let ro: &[Key] = keys;
    // Each file is read alone: the files on both cores.
    let fixes: Vec<(usize, u16, CompactString)> = file_runs(owner)
        .into_par_iter()
        .filter(|range| range.clone().any(|i| again(&mentions[i], &ro[i])))
        .flat_map_iter(|range| {
            // Each number and symbol the file dates, with the one year and place it gives them
            // (`None` where it gives two).
            let mut named: HashMap<Named, Option<(u16, &str)>> = HashMap::default();
            for j in range.clone().filter(|&j| mentions[j].date.is_some()) {
                let o = &ro[j];
                if let (Some(year), Some(place)) = (o.year, o.place.as_deref()) {
                    tables::one_or_none(&mut named, (o.number.as_deref(), o.symbol.as_deref()), (year, place));
                }
            }
            let mut fixes = Vec::new();
            for i in range.filter(|&i| again(&mentions[i], &ro[i])) {
                let k = &ro[i];
                if let Some(Some((year, place))) = named.get(&(k.number.as_deref(), k.symbol.as_deref()))
                    && Some(*place) != k.place.as_deref()
                    && k.year.is_none_or(|y| y == *year)
                {
                    fixes.push((i, *year, CompactString::from(*place)));
                }
            }
            fixes
        })
        .collect();
    for (i, year, place) in fixes {
        keys[i].year = Some(year);
        keys[i].place = Some(place);
    }
}

/// An amending law named by the law it amends, without number or year (`Luật sửa đổi, bổ sung
/// một số điều của Luật Giao thông đường thủy nội địa`), in a file that numbers the one law it
/// says amends that law (`Luật Giao thông đường thủy nội địa số 23/2004/QH11 được sửa đổi, bổ
/// sung bởi Luật số 48/2014/QH13`, Nghị định 123/2026/NĐ-CP): that law (audit 2249: the name
/// stood as a node of its own, four times). Where the file numbers two amenders of the law,
/// the name is left as it is. Where it numbers none, the law another file reads the name as so,
/// of the citing file's year or before, where none reads it as another: as a law named
/// without its year is the one year the corpus knows for the name (CLI audit 2253: Thông tư
/// 11/2026/TT-BXD's `quy định chi tiết Luật sửa đổi, bổ sung một số điều của Luật Địa chất và
/// khoáng sản` stood beside 147/2025/QH15, which Nghị quyết 28/2026/NQ-CP numbers as that
/// law's amender).
fn amenders_named_by_their_law(
    mentions: &[Mention],
    owner: &[u32],
    own_years: &[Option<u16>],
    pairs: &[Pair],
    keys: &mut [Key],
) {
    let named =
        |k: &Key| k.number.is_none() && k.year.is_none() && k.name.as_deref().is_some_and(tables::is_amending_key);
    let unnumbered: Vec<usize> = (0..keys.len()).filter(|&i| named(&keys[i])).collect();
    if unnumbered.is_empty() {
        return;
    }
    // By file, the numbered amender of each law the file names, by the law's name key: a file
    // names a few, and each name is looked up among its own file's alone.
    let mut amenders: HashMap<u32, Vec<(String, Option<usize>)>> = HashMap::default();
    for p in pairs.iter().filter(|p| p.relation == "amends" && !p.on_own && owner[p.from] == owner[p.to]) {
        let (by, law) = (&mentions[p.from], &mentions[p.to]);
        if by.number.is_none() || !tables::is_legislative_kind(&by.kind) {
            continue;
        }
        let Some(name) = law.name.as_deref() else { continue };
        let key = name_key(&law.kind, Some(name));
        let laws = amenders.entry(owner[p.from]).or_default();
        match laws.iter_mut().find(|(k, _)| *k == key) {
            Some((_, known)) if known.is_some_and(|k| keys[k] != keys[p.from]) => *known = None,
            Some(_) => {}
            None => laws.push((key, Some(p.from))),
        }
    }
    // Each unnumbered name with its file's one amender of the law, or `None` where its file
    // numbers none and the corpus is asked; left out where its file numbers two.
    let mut fixes: Vec<(usize, Option<usize>)> = unnumbered
        .into_iter()
        .filter_map(|i| {
            let name = keys[i].name.as_deref()?;
            let mut of_law = amenders.get(&owner[i]).into_iter().flatten().filter(|(law, _)| ends_with_law(name, law));
            match (of_law.next(), of_law.next()) {
                (Some(&(_, by)), None) => by.map(|by| (i, Some(by))),
                (None, _) => Some((i, None)),
                _ => None,
            }
        })
        .collect();
    // The corpus's: each name a file reads as one law, where none reads it as another.
    let mut in_corpus: HashMap<&str, Option<usize>> = HashMap::default();
    for &(i, by) in &fixes {
        let (Some(name), Some(by)) = (keys[i].name.as_deref(), by) else { continue };
        match in_corpus.entry(name) {
            Entry::Vacant(new) => {
                new.insert(Some(by));
            }
            Entry::Occupied(mut known) => {
                if known.get().is_some_and(|k| keys[k] != keys[by]) {
                    known.insert(None);
                }
            }
        }
    }
    let year_fits =
        |i: usize, by: usize| own_years[owner[i] as usize].is_none_or(|y| keys[by].year.is_none_or(|a| a <= y));
    for (i, by) in &mut fixes {
        if by.is_none() {
            *by = keys[*i]
                .name
                .as_deref()
                .and_then(|n| in_corpus.get(n).copied().flatten())
                .filter(|&b| year_fits(*i, b));
        }
    }
    drop(in_corpus);
    for (i, by) in fixes {
        let Some(by) = by else { continue };
        keys[i] = keys[by].clone();
    }
}

/// Each file's run of mentions, by `owner` (each mention's file): a file's mentions stand
/// together, so the passes that look within one file only can take the files apart, on both
/// cores.
fn file_runs(owner: &[u32]) -> Vec<std::ops::Range<usize>> {
    let mut start = 0;
    owner
        .chunk_by(|a, b| a == b)
        .map(|file| {
            let range = start..start + file.len();
            start = range.end;
            range
        })
        .collect()
}

/// A local document cited where no place is known (a central text's `Quyết định số
/// 12/QĐ-UBND`) is the one of that number, symbol and year whose place is known, when
/// there is one only. Without its year, where its symbol names its body's level (`Thông báo
/// số 79-TB/TU` in a district's letter), it is the one document of that number and symbol
/// whose place and year are known, when there is one only.
fn fill_places(corpus: &HashMap<Key, (usize, Document)>, keys: &mut [Key]) {
    let unplaced = |k: &Key| k.place.is_none() && k.symbol.as_deref().is_some_and(crate::places::is_local_symbol);
    if !keys.par_iter().any(unplaced) {
        return;
    }
    type Placeless<'k> = (Option<&'k str>, Option<&'k str>, Option<u16>, Family);
    fn placeless(k: &Key) -> Placeless<'_> {
        (k.number.as_deref(), k.symbol.as_deref(), k.year, k.family)
    }
    let mut places: HashMap<Placeless, Option<&str>> = HashMap::default();
    let mut dated: HashMap<Placeless, Option<(u16, &str)>> = HashMap::default();
    for k in corpus.keys().chain(keys.iter()) {
        if let Some(p) = k.place.as_deref() {
            tables::one_or_none(&mut places, placeless(k), p);
            if let Some(year) = k.year {
                tables::one_or_none(&mut dated, (k.number.as_deref(), k.symbol.as_deref(), None, k.family), (year, p));
            }
        }
    }
    let coded = |k: &Key| k.symbol.as_deref().is_some_and(|s| crate::places::level_of_symbol(s).is_local());
    let fills: Vec<(usize, Option<u16>, CompactString)> = keys
        .iter()
        .enumerate()
        .filter(|(_, k)| unplaced(k))
        .filter_map(|(i, k)| match places.get(&placeless(k)) {
            Some(Some(place)) => Some((i, k.year, CompactString::from(*place))),
            _ if k.year.is_none() && coded(k) => {
                let (year, place) = (*dated.get(&placeless(k))?)?;
                Some((i, Some(year), CompactString::from(place)))
            }
            _ => None,
        })
        .collect();
    drop((places, dated));
    for (i, year, place) in fills {
        keys[i].place = Some(place);
        keys[i].year = year;
    }
}

/// The document a file read well holds, by its key, with the file's entry pointed at it.
fn own_document(scan: &mut FileScan) -> Option<(Key, Document, Sources)> {
    let (Some(id), entry) = (&scan.identity, &mut scan.entry) else { return None };
    if entry.status != FileStatus::Ok {
        return None;
    }
    let key = Key {
        number: id.number.as_deref().map(canonical_number),
        symbol: id.symbol.as_deref().map(CompactString::from),
        year: id.year(),
        name: None,
        family: id.family.unwrap_or(Family::Administrative),
        place: id
            .symbol
            .as_deref()
            .filter(|s| crate::places::is_local_symbol(s))
            .and(id.place.as_deref())
            .map(CompactString::from),
        apart: numbered_apart_from_laws(id.kind.as_deref().unwrap_or_default(), id.symbol.as_deref()),
    };
    let numbered = key.number.is_some() && key.symbol.is_some();
    let doc_id = if numbered { key.id(None) } else { format!("file:{}", entry.name) };
    let kind = id.kind.clone().unwrap_or_else(|| tables::UNKNOWN_KIND.to_string());
    // `KH-UBND` does not tell a province's plan from a district's; the lines above its number
    // do (`TỈNH LÀO CAI`).
    let level = match level_of(&kind, id.family, id.symbol.as_deref(), id.issuer.as_deref()) {
        Level::Unknown => id.place_level.unwrap_or(Level::Unknown),
        level => level,
    };
    let law = tables::has_official_names(&kind);
    let doc = Document {
        id: doc_id.as_str().into(),
        level,
        kind,
        number: id.number.clone(),
        symbol: id.symbol.clone(),
        year: id.year(),
        date: id.date.map(|d| d.iso()),
        issuer: id.issuer.clone(),
        // A law's title is its name, as its text writes it with its own number (`Luật số
        // 80/2015/QH13 Ban hành văn bản quy phạm pháp luật`), not the topic of the codified
        // page it stands on (`Kiểm tra và xử lý văn bản quy phạm pháp luật`) nor the capitals
        // under its type line (`LUẬT⏎QUY HOẠCH ĐÔ THỊ`).
        title: match &id.named {
            Some(name) if law => Some(tables::capitalized(name)),
            _ => id.title.clone(),
        },
        name: id.named.clone(),
        family: id.family,
        // A file without its number is still of the place its letterhead or date line names
        // (`Đồng Nai, ngày 22 tháng 01 năm 2021`), unless its codes say a central body.
        place: key
            .place
            .as_deref()
            .map(String::from)
            .or_else(|| (!numbered && !id.central_symbol()).then(|| id.place.clone()).flatten()),
        path: Some(entry.path.clone()),
        in_corpus: true,
        codified: id.codified,
        cited: 0,
    };
    entry.document = Some(doc_id);
    let key =
        if numbered { key } else { Key { name: Some(compact_str::format_compact!("file:{}", entry.name)), ..key } };
    Some((key, doc, Sources { date: id.date_source, title: id.title_source }))
}

/// Gives each file skipped as the same file or text as one read at another path (`copies`:
/// its index, and the read one's) that file's document: a database maps every path to its
/// document, and a copy's was empty (audit 2202: `19_unreadable.txt`, the same text as `17 Kế
/// hoạch số 12 …txt`, held none).
fn holds_what_was_read(files: &mut [FileEntry], copies: &[(usize, usize)]) {
    for &(i, at) in copies {
        files[i].document = files[at].document.clone();
    }
}

/// Every file's vector (`part` of each scan) moved onto the end of `all`, in file order, in
/// parallel: on a large corpus that is hundreds of megabytes going into fresh memory.
fn append<T: Send>(all: &mut Vec<T>, scans: &mut [FileScan], part: impl Fn(&mut FileScan) -> &mut Vec<T> + Sync) {
    let total = scans.iter_mut().map(|s| part(s).len()).sum();
    all.reserve(total);
    let len = all.len();
    {
        let mut rest = &mut all.spare_capacity_mut()[..total];
        let mut slots = Vec::with_capacity(scans.len());
        for s in scans.iter_mut() {
            let (slot, tail) = std::mem::take(&mut rest).split_at_mut(part(s).len());
            slots.push(slot);
            rest = tail;
        }
        slots.into_par_iter().zip(scans.par_iter_mut()).for_each(|(slot, s)| {
            // Each file's vector is freed as soon as it is moved: its memory goes back while
            // the whole one fills, rather than all of it at the end.
            for (place, item) in slot.iter_mut().zip(std::mem::take(part(s))) {
                place.write(item);
            }
        });
    }
    // SAFETY: the slots cover the `total` places after the first `len` exactly, each as long
    // as its file's vector, all of whose items were moved in. Had anything above panicked,
    // the length would still be `len`: what was written would leak, no unwritten place would
    // be read.
    unsafe { all.set_len(len + total) };
}

/// `104/UBND –KH` or `104/KH-UBDN` next to `104/KH-UBND` with the same date is one document
/// written badly:
/// its key takes the well-formed symbol (the mention keeps what was written, and
/// `findings` says so).
fn merge_malformed(corpus: &HashMap<Key, (usize, Document)>, mentions: &[Mention], keys: &mut [Key]) {
    type Spelling<'k> = (Option<&'k str>, &'k str, Option<&'k str>);
    // The well-formed spellings asked for are few: every mention is looked up in a small set
    // of them, rather than a set of every mention's spelling built (at 8x, 1.3 million).
    let asked: Vec<(usize, String)> = mentions
        .par_iter()
        .zip(keys.par_iter())
        .enumerate()
        .filter(|(_, (m, k))| k.family == Family::Administrative && m.date.is_some())
        .filter_map(|(i, (_, k))| {
            let symbol = k.symbol.as_deref()?;
            let good = crate::findings::reordered_symbol(symbol, k.year)
                .or_else(|| crate::findings::unswapped_symbol(symbol))?;
            Some((i, good))
        })
        .collect();
    if asked.is_empty() {
        return;
    }
    fn spelling<'k>(keys: &'k [Key], mentions: &'k [Mention], i: usize, symbol: &'k str) -> Spelling<'k> {
        (keys[i].number.as_deref(), symbol, mentions[i].date.as_deref())
    }
    let ro: &[Key] = keys;
    let wanted: rustc_hash::FxHashSet<Spelling> =
        asked.iter().map(|(i, good)| spelling(ro, mentions, *i, good)).collect();
    let mut written: rustc_hash::FxHashSet<Spelling> = mentions
        .par_iter()
        .zip(ro.par_iter())
        .filter_map(|(m, k)| wanted.get(&(k.number.as_deref(), k.symbol.as_deref()?, m.date.as_deref())).copied())
        .collect();
    // A text of the corpus writes its own symbol right.
    written.extend(corpus.iter().filter_map(|(k, (_, doc))| {
        wanted.get(&(k.number.as_deref(), k.symbol.as_deref()?, doc.date.as_deref())).copied()
    }));
    let fixes: Vec<(usize, String)> =
        asked.iter().filter(|(i, good)| written.contains(&spelling(ro, mentions, *i, good))).cloned().collect();
    drop((wanted, written));
    for (i, good) in fixes {
        keys[i].symbol = Some(good.into());
    }
}

/// A normative document written another way that names no other document, where the
/// corpus writes it right (with the same number and year) and the way it was written could
/// not be right or only spells that one differently:
/// - its year left out of the symbol, the date giving it, where documents of its type are
///   numbered with their year (`Nghị định số 204/NĐ-CP ngày 14 tháng 12 năm 2004` is
///   `204/2004/NĐ-CP`; [`tables::YEAR_IN_SYMBOL_CODES`]);
/// - a `/` between its codes (`69/2007/TTLT/BQP-BLĐTBXH-BTC` is `69/2007/TTLT-BQP-BLĐTBXH-BTC`);
/// - a legislature that did not sit that year (`126/2025/QH13` is `126/2025/QH15`; reported
///   as `term-mismatch`), or a term OCR damaged (`43/2022/QHI1`);
/// - a type code that names no type, one letter from one that does (OCR's `65/2013/NB-CP` is
///   `65/2013/NĐ-CP`; reported as `malformed-symbol`);
/// - the Standing Committee's code without its type's (`Pháp lệnh 08/2013/UBTVQH13` is the
///   `08/2013/PL-UBTVQH13` the corpus writes too).
///
/// The key takes the right spelling; the mention keeps what was written.
fn merge_misspelled(corpus: &HashMap<Key, (usize, Document)>, mentions: &[Mention], keys: &mut [Key]) {
    type Spelling<'k> = (&'k str, u16, &'k str);
    // Each way a key may be misspelled asks for right spellings: few, looked up in every key.
    let asked: Vec<(usize, Vec<CompactString>)> = keys
        .par_iter()
        .enumerate()
        .filter(|(_, k)| k.name.is_none() && k.place.is_none())
        .filter_map(|(i, k)| {
            let (year, symbol) = (k.year?, k.symbol.as_deref()?);
            k.number.as_ref()?;
            let respellings = match k.family {
                Family::Administrative if tables::year_in_symbol(symbol) => vec![symbol.into()],
                Family::Normative => respellings(symbol, year, &mentions[i].kind),
                _ => Vec::new(),
            };
            (!respellings.is_empty()).then_some((i, respellings))
        })
        .collect();
    if asked.is_empty() {
        return;
    }
    let ro: &[Key] = keys;
    let wanted: rustc_hash::FxHashSet<Spelling> = asked
        .iter()
        .flat_map(|(i, respellings)| {
            let k = &ro[*i];
            respellings.iter().filter_map(move |s| Some((k.number.as_deref()?, k.year?, s.as_str())))
        })
        .collect();
    let written: rustc_hash::FxHashSet<Spelling> = ro
        .par_iter()
        .chain(corpus.par_iter().map(|(k, _)| k))
        .filter_map(|k| wanted.get(&normative(k)?).copied())
        .collect();
    // A spelling with a text of its own in the corpus is that document's: looked up in the
    // corpus's own map, not a set of its keys built again.
    let fixes: Vec<(usize, CompactString)> = asked
        .iter()
        .filter(|(i, _)| !corpus.contains_key(&ro[*i]))
        .filter_map(|(i, respellings)| {
            let k = &ro[*i];
            let (number, year) = (k.number.as_deref()?, k.year?);
            let found = respellings.iter().filter(|s| written.contains(&(number, year, s.as_str())));
            tables::only(found).map(|s| (*i, s.clone()))
        })
        .collect();
    drop((wanted, written));
    for (i, symbol) in fixes {
        keys[i].symbol = Some(symbol);
        keys[i].family = Family::Normative;
    }
}

/// Whether a title a mention gives says too little of the document for another mention's not
/// to stand instead: one cut where the law it details was read as a reference of its own
/// ([`cut_short`]), one word after its opening (`về chính`, where a title was cut at a speck),
/// or words that point to another title (`về cùng lĩnh vực`, [`tables::TITLES_POINTING_BACK`];
/// Thông tư 04/2021/TT-BXD so titled in a page's summary, its full title in the page's text),
/// or to what the sentence spoke of.
pub(crate) fn weak_title(title: &str) -> bool {
    let pointing_back = || {
        let rest = title.strip_prefix("về ").unwrap_or("");
        tables::TITLES_POINTING_BACK.iter().any(|(w, _)| rest.strip_prefix(w).is_some_and(|r| r.starts_with(' ')))
    };
    // A title is no sentence's: none ends pointing at what the sentence spoke of (`quy định
    // nội dung đặc thù … đối với hai đơn vị này`, a page's summary of Nghị định 59/2021/NĐ-CP).
    let pointing_at_context = || title.strip_suffix(" này").is_some();
    cut_short(title) || crate::recognize::one_word_subject(title) || pointing_back() || pointing_at_context()
}

/// A decision (or another document of a type numbered in two series, with and without the
/// year: not [`tables::YEAR_IN_SYMBOL_CODES`]) written without its year beside the same
/// number and codes written with it, both of one day: `Quyết định số 19/QĐ-BTC ngày 30 tháng
/// 3 năm 2006 của Bộ trưởng Bộ Tài chính về việc ban hành chế độ kế toán hành chính sự
/// nghiệp` and `… kèm theo Quyết định số 19/2006/QĐ-BTC ngày 30 tháng 3 năm 2006 của Bộ
/// trưởng Bộ Tài chính`, one sentence of the codified page on population (findings audit).
/// A body's two series do meet at one number, but not on one day but by chance: the key
/// takes the year, and `probably-same-document` says the two were merged, for a reader to
/// check. Only the full date given at both (a year alone is not enough: `12/2018/QĐ-TTg` and
/// `12/QĐ-TTg` of 2018 are two documents), of the number's year, in the same place; never a
/// document whose own text the corpus holds under the yearless symbol.
fn merge_yearless_twins(corpus: &HashMap<Key, (usize, Document)>, mentions: &[Mention], keys: &mut [Key]) {
    // Number, symbol, year, place and day.
    type Twin<'k> = (&'k str, &'k str, u16, Option<&'k str>, &'k str);
    fn twin<'k>(k: &'k Key, date: Option<&'k str>) -> Option<Twin<'k>> {
        let (number, symbol, year, date) = (k.number.as_deref()?, k.symbol.as_deref()?, k.year?, date?);
        (k.name.is_none() && crate::findings::year_of(date) == Some(year)).then_some((
            number,
            symbol,
            year,
            k.place.as_deref(),
            date,
        ))
    }
    // Only a symbol some normative key has can have a twin: a decision's few codes, not the
    // many of plans and reports (`KH-UBND`). Tested first, it keeps the set of twins asked
    // for small, which was built of nearly every administrative mention.
    let normative_symbols: rustc_hash::FxHashSet<&str> = keys
        .par_iter()
        .chain(corpus.par_iter().map(|(k, _)| k))
        .filter(|k| k.family == Family::Normative)
        .filter_map(|k| k.symbol.as_deref())
        .collect();
    let yearless = |k: &Key| {
        k.family == Family::Administrative
            && k.symbol.as_deref().is_some_and(|s| {
                normative_symbols.contains(s)
                    && tables::is_type_code(tables::first_code(s))
                    && !tables::year_in_symbol(s)
            })
    };
    let asked: Vec<usize> = keys
        .par_iter()
        .zip(mentions.par_iter())
        .enumerate()
        .filter(|(_, (k, m))| yearless(k) && twin(k, m.date.as_deref()).is_some())
        .map(|(i, _)| i)
        .collect();
    if asked.is_empty() {
        return;
    }
    let ro: &[Key] = keys;
    let wanted: rustc_hash::FxHashSet<Twin> =
        asked.iter().filter_map(|&i| twin(&ro[i], mentions[i].date.as_deref())).collect();
    let mut written: rustc_hash::FxHashSet<Twin> = ro
        .par_iter()
        .zip(mentions.par_iter())
        .filter(|(k, _)| k.family == Family::Normative)
        .filter_map(|(k, m)| wanted.get(&twin(k, m.date.as_deref())?).copied())
        .collect();
    written.extend(
        corpus
            .iter()
            .filter(|(k, _)| k.family == Family::Normative)
            .filter_map(|(k, (_, doc))| wanted.get(&twin(k, doc.date.as_deref())?).copied()),
    );
    if written.is_empty() {
        return;
    }
    // The twin written first: few are, and the look-up in the corpus hashes a whole key.
    let fixes: Vec<usize> = asked
        .into_iter()
        .filter(|&i| twin(&ro[i], mentions[i].date.as_deref()).is_some_and(|t| written.contains(&t)))
        .filter(|&i| !corpus.contains_key(&ro[i]))
        .collect();
    drop((wanted, written, normative_symbols));
    for i in fixes {
        keys[i].family = Family::Normative;
    }
}

/// Whether a title ends with a word that leads on to what it is about (`… một số điều của`,
/// `… thi hành một số điều`): cut short where that was read as a reference of its own.
fn cut_short(title: &str) -> bool {
    const LEADING_ON: &[&str] = &["của", "về", "điều", "và", "các", "tại", "theo", "cho", "đối với"];
    tables::ends_with_word(title, LEADING_ON)
}

/// A normative document's number, year and symbol, as [`merge_misspelled`] and
/// [`complete_cut_symbols`] compare them; none for another key.
fn normative(k: &Key) -> Option<(&str, u16, &str)> {
    (k.family == Family::Normative && k.name.is_none() && k.place.is_none())
        .then(|| Some((k.number.as_deref()?, k.year?, k.symbol.as_deref()?)))
        .flatten()
}

/// A normative symbol cut to its type code by a table's column or a line's end (`Thông tư
/// số 85/2019/TT` where the row goes on `- tuyên. BTC)`) is the one document of that number
/// and year whose symbol opens with that code that the same file cites in full
/// (`85/2019/TT-BTC`): across files, every ministry has its circular 10 of a year. So is one
/// whose code OCR ran into what it kept of the issuer's, a letter or two that stand in that
/// order in the issuer's code (`tr 28/2026/TTC hông/mẤt` in a scanned table, where the file
/// writes `Thông tư số 28/2026/TT-BTC`): OCR drops letters, it does not make up a symbol.
/// `malformed-symbol` reports it. `owner`: each key's file.
fn complete_cut_symbols(owner: &[u32], keys: &mut [Key]) {
    let cut = |k: &Key| normative(k).is_some_and(|(_, _, s)| cut_codes(s).next().is_some());
    let asked: Vec<usize> = keys.par_iter().enumerate().filter(|(_, k)| cut(k)).map(|(i, _)| i).collect();
    if asked.is_empty() {
        return;
    }
    let ro: &[Key] = keys;
    let numbers: rustc_hash::FxHashSet<(u32, &str, u16)> =
        asked.iter().filter_map(|&i| Some((owner[i], ro[i].number.as_deref()?, ro[i].year?))).collect();
    // The whole symbols of those numbers and years in those files, each once.
    let mut whole: HashMap<(u32, &str, u16), Vec<&str>> = HashMap::default();
    for (k, &file) in ro.iter().zip(owner) {
        if let Some((n, y, s)) = normative(k)
            && s.contains('-')
            && numbers.contains(&(file, n, y))
        {
            let list = whole.entry((file, n, y)).or_default();
            if !list.contains(&s) {
                list.push(s);
            }
        }
    }
    let fixes: Vec<(usize, CompactString)> = asked
        .iter()
        .filter_map(|&i| {
            let k = &ro[i];
            let cut = k.symbol.as_deref()?;
            let list = whole.get(&(owner[i], k.number.as_deref()?, k.year?))?;
            let fits = list.iter().filter(|s| {
                cut_codes(cut).any(|(code, kept)| {
                    s.strip_prefix(code).and_then(|rest| rest.strip_prefix('-')).is_some_and(|issuer| {
                        let mut left = issuer.chars();
                        kept.chars().all(|c| left.any(|l| l == c))
                    })
                })
            });
            tables::only(fits).map(|s| (i, CompactString::from(*s)))
        })
        .collect();
    drop(whole);
    for (i, symbol) in fixes {
        keys[i].symbol = Some(symbol);
    }
}

/// The readings of `symbol` as a type code cut by a column or a line's end, each the code and
/// what OCR kept of the issuer's after it: the bare code (`TT`, nothing kept), or the code run
/// into one or two capitals that make no code the tables know (`TTC`: `TT` and `C`).
fn cut_codes(symbol: &str) -> impl Iterator<Item = (&str, &str)> {
    /// The most letters of an issuer's code OCR is taken to have left after the type's.
    const KEPT: usize = 2;
    // Most symbols have their `-`: no reading to try.
    let plain = !symbol.contains(['-', '/']);
    let glued = plain && !tables::is_known_code(symbol);
    let ends = symbol.char_indices().skip(1).map(|(i, _)| i).chain([symbol.len()]);
    plain.then_some(ends).into_iter().flatten().filter_map(move |i| {
        let (code, kept) = symbol.split_at(i);
        let fits = kept.is_empty() || glued && kept.chars().count() <= KEPT && kept.chars().all(char::is_uppercase);
        (fits && tables::is_type_code(code)).then_some((code, kept))
    })
}

/// A number whose first digits OCR lost (`SỐ Ó6. 18/2026/NQ-CP ngày 18 tháng 5 năm 2026` for
/// 66.18/2026/NQ-CP, `số Ä 65/2024/NĐ-CP ngày 26 tháng 12 năm 2024` for 165/2024/NĐ-CP) is
/// the document of the same symbol, year and date whose number ends with it, where exactly
/// one does: of the corpus, where the corpus has no text of the number as written, else of
/// what the same file cites. A body numbers its documents through the year: two of one day
/// are numbers apart, not a digit in front of each other. `owner`: each key's file.
fn mend_cut_numbers(corpus: &HashMap<Key, (usize, Document)>, mentions: &[Mention], owner: &[u32], keys: &mut [Key]) {
    type Day<'k> = (&'k str, u16, &'k str);
    /// A file's dated number: its day and place, the number, and a mention of it.
    type Dated<'k> = ((Day<'k>, Option<&'k str>), &'k str, usize);
    fn day<'a>(m: &'a Mention, k: &'a Key) -> Option<(Day<'a>, &'a str)> {
        Some(((k.symbol.as_deref()?, k.year?, m.date.as_deref()?), k.number.as_deref()?))
    }
    // Where `whole` ends with `cut` and is longer: what OCR left of it.
    let cut_from = |whole: &str, cut: &str| whole.len() > cut.len() && whole.ends_with(cut);
    let mut dated: HashMap<Day, Vec<&Key>> = HashMap::default();
    for (key, (_, doc)) in corpus {
        if let (Some(symbol), Some(year), Some(date), Some(_)) =
            (key.symbol.as_deref(), key.year, doc.date.as_deref(), &key.number)
        {
            dated.entry((symbol, year, date)).or_default().push(key);
        }
    }
    let from_corpus = |(m, k): (&Mention, &Key)| {
        let (day, number) = day(m, k)?;
        let whole = dated
            .get(&day)?
            .iter()
            .filter(|c| c.place == k.place && c.number.as_deref().is_some_and(|n| cut_from(n, number)));
        let whole = tables::only(whole)?;
        (!corpus.contains_key(k)).then(|| (*whole).clone())
    };
    let ro: &[Key] = keys;
    let fixes: Vec<(usize, Key)> = file_runs(owner)
        .into_par_iter()
        .flat_map_iter(|run| {
            let mut fixes: Vec<(usize, Key)> = Vec::new();
            // The file's dated numbers by day and place, each number once (with a mention of it).
            let mut days: Vec<Dated> = Vec::new();
            for i in run.clone() {
                if let Some(whole) = from_corpus((&mentions[i], &ro[i])) {
                    fixes.push((i, whole));
                } else if let Some((day, number)) = day(&mentions[i], &ro[i]) {
                    days.push(((day, ro[i].place.as_deref()), number, i));
                }
            }
            days.sort_unstable();
            days.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
            for group in days.chunk_by(|a, b| a.0 == b.0) {
                for &(_, number, _) in group {
                    let whole = group.iter().filter(|(_, n, _)| cut_from(n, number));
                    if let Some(&(_, _, j)) = tables::only(whole) {
                        let key = ro[j].clone();
                        let cut = run.clone().filter(|&i| {
                            day(&mentions[i], &ro[i])
                                .is_some_and(|(d, n)| n == number && (d, ro[i].place.as_deref()) == group[0].0)
                        });
                        fixes.extend(cut.map(|i| (i, key.clone())));
                    }
                }
            }
            fixes
        })
        .collect();
    for (i, key) in fixes {
        keys[i] = key;
    }
}

/// A symbol OCR misread (`417/QĐ-BNNMIT`, `417/QĐĐ-BNNMT` beside `417/QĐ-BNNMT` in one
/// Thông tư's text) is the one of the same number that the same file writes with known codes,
/// each code it misread one letter from the known one (a letter more, less or other), where
/// one such symbol is there: a file cites one document of a number by one issuer. `owner`:
/// each key's file. `malformed-symbol` is not asked: the codes are an issuer's the tables may
/// not know.
fn mend_misread_codes(owner: &[u32], keys: &mut [Key]) {
    fn codes(s: &str) -> Vec<&str> {
        tables::symbol_codes(s).collect()
    }
    let misread = |k: &Key| k.number.is_some() && k.symbol.as_deref().is_some_and(|s| !tables::all_codes_known(s));
    let ro: &[Key] = keys;
    // A file's mentions are mended from its own: the files' runs on both cores.
    let fixes: Vec<(usize, CompactString)> = file_runs(owner)
        .into_par_iter()
        .flat_map_iter(|range| {
            let asked: Vec<usize> = range.clone().filter(|&i| misread(&ro[i])).collect();
            if asked.is_empty() {
                return Vec::new();
            }
            let numbers: rustc_hash::FxHashSet<&str> = asked.iter().filter_map(|&i| ro[i].number.as_deref()).collect();
            // The symbols of those numbers in the file written with known codes, each once.
            let mut known: HashMap<&str, Vec<&str>> = HashMap::default();
            for k in &ro[range] {
                if let (Some(n), Some(s)) = (k.number.as_deref(), k.symbol.as_deref())
                    && numbers.contains(n)
                    && tables::all_codes_known(s)
                {
                    let list = known.entry(n).or_default();
                    if !list.contains(&s) {
                        list.push(s);
                    }
                }
            }
            asked
                .into_iter()
                .filter_map(|i| {
                    let read = codes(ro[i].symbol.as_deref()?);
                    let list = known.get(ro[i].number.as_deref()?)?;
                    let fits = list.iter().filter(|s| {
                        let right = codes(s);
                        right.len() == read.len()
                            && read
                                .iter()
                                .zip(&right)
                                .all(|(r, w)| r == w || (!tables::is_known_code(r) && tables::one_edit_apart(r, w)))
                    });
                    tables::only(fits).map(|s| (i, CompactString::from(*s)))
                })
                .collect()
        })
        .collect();
    for (i, symbol) in fixes {
        keys[i].symbol = Some(symbol);
    }
}

/// The spellings a normative `symbol` of `year` may stand for where it cannot be right as
/// written: see [`merge_misspelled`]. None for a well-formed one.
fn respellings(symbol: &str, year: u16, kind: &str) -> Vec<CompactString> {
    let mut out = Vec::new();
    // The Standing Committee's code without the type's (`Pháp lệnh 08/2013/UBTVQH13` beside
    // `08/2013/PL-UBTVQH13`, export audit 2165): both are written, the texts of 2012-2016
    // numbering ordinances so.
    if symbol.starts_with("UBTVQH")
        && let Some(code) = tables::DOC_TYPES.iter().find(|t| t.name == kind).and_then(|t| t.codes.first())
    {
        out.push(compact_str::format_compact!("{code}-{symbol}"));
    }
    if symbol.contains('/') {
        out.push(symbol.replace('/', "-").into());
    }
    let last_at = symbol.rfind(['-', '/']).map_or(0, |i| i + 1);
    let code = &symbol[last_at..];
    let term = tables::assembly_term(code).filter(|t| !t.is_empty());
    // A term that did not sit that year, or one OCR damaged past the recognizer's mending
    // (`43/2022/QHI1`).
    let unfit = match tables::legislature_of(symbol) {
        Some((_, from, to)) => !(from..=to).contains(&year),
        None => term.is_some_and(|t| !t.bytes().all(|b| b.is_ascii_digit())),
    };
    if unfit {
        let body = &code[..code.len() - term.map_or(0, str::len)];
        for &(term, from, to, _) in tables::LEGISLATURES {
            if (from..=to).contains(&year) {
                out.push(compact_str::format_compact!("{}{body}{term}", &symbol[..last_at]));
            }
        }
    }
    let first = tables::first_code(symbol);
    if symbol.len() > first.len() && !first.is_empty() && !tables::is_type_code(first) {
        let rest = &symbol[first.len()..];
        for code in tables::type_codes().filter(|c| one_letter_apart(first, c)) {
            out.push(compact_str::format_compact!("{code}{rest}"));
        }
    }
    out
}

/// Whether `a` and `b` have as many letters and differ in one of them.
fn one_letter_apart(a: &str, b: &str) -> bool {
    a.chars().count() == b.chars().count() && tables::one_edit_apart(a, b)
}

/// A day citations give a document: the day, how many give it, the first of them with a
/// subject that titles it, and how many of them are the corpus's, not a checked draft's.
type DayGiven = (CompactString, u32, Option<usize>, u32);

/// The day each document only cited takes where the corpus gives two or more days as often,
/// and one of them fits the numbers beside it: a normative series (one symbol, year and
/// place) is numbered in the order of its days, so the days the corpus gives the series'
/// other numbers (each the day most of its citations give) say which day fits (findings audit
/// 2211: `17/2020/NĐ-CP` dated 05/02/2020 once and 05/05/2020 once, between 16/2020 of
/// 03/02/2020 and 24/2020 of 24/02/2020). A majority is never overruled; most documents have
/// no tie, and then no series is gathered.
fn days_fitting_series(
    documents: &[(usize, Document)],
    dates_given: &HashMap<usize, Vec<DayGiven>>,
) -> HashMap<usize, CompactString> {
    fn tied(given: &[DayGiven]) -> Option<Vec<&str>> {
        let most = given.iter().map(|g| g.1).max().unwrap_or(0);
        let days: Vec<&str> = given.iter().filter(|g| g.1 == most && g.0.len() == 10).map(|g| g.0.as_str()).collect();
        (days.len() > 1).then_some(days)
    }
    use crate::model::Series;
    let asked: Vec<(usize, Series, u32, Vec<&str>)> = documents
        .iter()
        .filter_map(|(at, doc)| {
            let days = tied(dates_given.get(at)?).filter(|_| !doc.in_corpus)?;
            let (series, number) = doc.numbered_in_series()?;
            Some((*at, series, number, days))
        })
        .collect();
    let mut out = HashMap::default();
    if asked.is_empty() {
        return out;
    }
    let wanted: rustc_hash::FxHashSet<Series> = asked.iter().map(|a| a.1).collect();
    let mut beside: HashMap<Series, Vec<(u32, &str)>> = HashMap::default();
    for (at, doc) in documents {
        let Some((series, number)) = doc.numbered_in_series().filter(|(s, _)| wanted.contains(s)) else { continue };
        // The day its own text gives, or most of its citations.
        let day = match dates_given.get(at) {
            _ if doc.in_corpus => doc.date.as_deref(),
            Some(given) if tied(given).is_none() => given.iter().max_by_key(|g| g.1).map(|g| g.0.as_str()),
            _ => None,
        };
        if let Some(day) = day.filter(|d| d.len() == 10) {
            beside.entry(series).or_default().push((number, day));
        }
    }
    for (at, series, number, days) in asked {
        let Some(beside) = beside.get(&series) else { continue };
        if let Some(day) = crate::slips::fitting_day(beside, number, &days) {
            out.insert(at, CompactString::from(day));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_symbol_names_its_issuer_where_it_names_one_body() {
        for (symbol, issuer) in [
            ("NĐ-CP", Some("Chính phủ")),
            ("QĐ-TTg", Some("Thủ tướng Chính phủ")),
            ("TT-BTC", Some("Bộ Tài chính")),
            ("QH15", Some("Quốc hội")),
            ("PL-UBTVQH11", Some("Ủy ban Thường vụ Quốc hội")),
            ("TB/VPTU", Some("Văn phòng Tỉnh ủy")),
            ("TTLT-BTC-BTP", None),
            ("NQLT-CP-HCCBVN", None),
            ("KH-UBND", None),
            ("NQ/TW", None),
        ] {
            assert_eq!(super::issuer_of_symbol(symbol, None).map(|(name, _)| name), issuer, "{symbol}");
        }
        // Words that name another body give way to the symbol's; words that name it stay (UX
        // re-audit 2146: an ordinance `của Chính phủ`, `Chinh phu`).
        let t = "Căn cứ Pháp lệnh số 10/2003/PL-UBTVQH11 của Chính phủ; Thông tư số 01/2020/TT-BYT của Bộ trưởng Bộ Y \
                 tế; Nghị định số 96/2016/NĐ-CP của cơ quan Công an cấp Giấy chứng nhận.";
        let graph = super::build(vec![crate::scan::scan_text("x.md".into(), t)]);
        let issuer = |id: &str| graph.documents.iter().find(|d| &*d.id == id).and_then(|d| d.issuer.clone());
        assert_eq!(issuer("10/2003/PL-UBTVQH11").as_deref(), Some("Ủy ban Thường vụ Quốc hội"));
        assert_eq!(issuer("01/2020/TT-BYT").as_deref(), Some("Bộ Y tế"));
        assert_eq!(issuer("96/2016/NĐ-CP").as_deref(), Some("Chính phủ"));
        // One name for one body, whatever the words (real/: `Bộ công thương` for ten circulars
        // of the Bộ Công Thương); the name it had in the document's year.
        let t = "Căn cứ Thông tư số 08/2016/TT-BCT của Bộ công thương; Quyết định số 130/CP ngày 20/6/1975 của Hội \
                 đồng Chính phủ bổ sung chính sách; Nghị quyết số 1043/NQ-TVQHK6 của Ủy ban thường vụ Quốc hội.";
        let graph = super::build(vec![crate::scan::scan_text("x.md".into(), t)]);
        let issuer = |id: &str| graph.documents.iter().find(|d| &*d.id == id).and_then(|d| d.issuer.clone());
        assert_eq!(issuer("08/2016/TT-BCT").as_deref(), Some("Bộ Công Thương"));
        assert_eq!(issuer("130/CP:1975").as_deref(), Some("Hội đồng Chính phủ"));
        assert_eq!(issuer("1043/NQ-TVQHK6").as_deref(), Some("Ủy ban Thường vụ Quốc hội"));
        // A law or an ordinance cited by name: its legislature, whatever words follow (export
        // audit 2165: 109 laws of real/ had none, one `Chính phủ`, the drafter).
        let t = "theo Luật Đất đai; dự án Luật Thể dục, thể thao của Chính phủ; Pháp lệnh Dân số năm 2003 và Pháp \
                 lệnh Lực lượng Cảnh sát nhân dân Việt Nam năm 1991.";
        let graph = super::build(vec![crate::scan::scan_text("x.md".into(), t)]);
        let issuers: Vec<(&str, &str)> = graph
            .documents
            .iter()
            .filter(|d| !d.in_corpus)
            .map(|d| (&*d.kind, d.issuer.as_deref().unwrap_or("-")))
            .collect();
        assert_eq!(
            issuers,
            [
                ("Luật", "Quốc hội"),
                ("Luật", "Quốc hội"),
                ("Pháp lệnh", "Ủy ban Thường vụ Quốc hội"),
                ("Pháp lệnh", "Hội đồng Nhà nước")
            ],
            "{:?}",
            graph.documents
        );
        // A joint document's bodies, each known (audit 2152: 35 of 53 had none).
        assert_eq!(super::joint_issuers("TTLT-BYT-BGDĐT").as_deref(), Some("Bộ Y tế, Bộ Giáo dục và Đào tạo"));
        // The veterans' association of the 1990s (CLI audit 2253: Hội Cựu chiến binh dropped).
        assert_eq!(
            super::joint_issuers("TTLT/TCCP-CCB").as_deref(),
            Some("Ban Tổ chức - Cán bộ Chính phủ, Hội Cựu chiến binh Việt Nam")
        );
        assert_eq!(super::joint_issuers("TT-BYT"), None);
        assert_eq!(super::joint_issuers("TTLT-BYT-XYZW"), None);
        // A document's code says its type better than a letter's or a circular's word (audit
        // 2152); an ordinance cited by its order's number stays an ordinance.
        let t = "Theo văn bản số 4895/TTr-BNNMT ngày 5/6/2026; Thông tư số 17/1999/TTLT-BLĐTBXH-BTC ngày 1/7/1999; \
                 Pháp lệnh số 32-L/CTN ngày 3/1/1994.";
        let graph = super::build(vec![crate::scan::scan_text("x.md".into(), t)]);
        let kinds: Vec<&str> = graph.documents.iter().filter(|d| !d.in_corpus).map(|d| &*d.kind).collect();
        assert_eq!(kinds, ["Thông tư liên tịch", "Pháp lệnh", "Tờ trình"]);
        // A document's number is its id's, however a mention wrote it (audit 2153).
        let graph = super::build(vec![crate::scan::scan_text("x.md".into(), "Theo Thông tư số 2/2026/TT-BGDĐT.")]);
        let doc = graph.documents.iter().find(|d| !d.in_corpus).expect("cited");
        assert_eq!((&*doc.id, doc.number.as_deref()), ("02/2026/TT-BGDĐT", Some("02")));
    }

    use crate::scan::scan_text;
    use crate::tables::Level;

    /// From shared/corpus/real: a Government resolution on a draft law lists the laws the
    /// draft will amend; it amends none of them itself. A decree amends a decree.
    #[test]
    fn no_document_amends_one_of_a_higher_body() {
        let scans = vec![
            scan_text(
                "a.md".into(),
                "---\nso_hieu: 191/NQ-CP\nloai_van_ban: Nghị quyết\n---\n\n**Đối tượng sửa đổi, bổ sung (9 luật):**\n\n1. Luật Quốc phòng;\n2. Luật Nghĩa vụ quân sự;\n",
            ),
            scan_text(
                "b.md".into(),
                "Số: 14/2022/NĐ-CP\n\nNghị định này sửa đổi, bổ sung Nghị định số 15/2020/NĐ-CP.\n",
            ),
        ];
        let graph = super::build(scans);
        let relations: Vec<(&str, &str)> =
            graph.mentions.iter().map(|m| (m.text.as_str(), m.relation.as_str())).collect();
        assert_eq!(
            relations,
            [
                ("Luật Quốc phòng", "cites"),
                ("Luật Nghĩa vụ quân sự", "cites"),
                ("Nghị định số 15/2020/NĐ-CP", "amends")
            ]
        );
    }

    /// From shared/corpus/real (relations audit 2180: the codified pages of Luật Trưng mua,
    /// trưng dụng tài sản and Luật Xuất bản): a note on the page's own law names what amended
    /// it; the amending law acts on the page's document, though the page names itself there.
    #[test]
    fn a_note_on_the_page_s_own_law_names_what_amended_it() {
        let page = "Số: 15/2008/QH12\n\nLUẬT TRƯNG MUA, TRƯNG DỤNG TÀI SẢN\n\nĐiều 23. Thẩm quyền\n\n\
                    (Điều 23 Luật số 15/2008/QH12, có hiệu lực thi hành kể từ ngày 01/01/2009, có nội dung bị bãi bỏ \
                    bởi Điều 210 Luật số 45/2013/QH13 có hiệu lực thi hành kể từ ngày 01/07/2014)\n";
        let graph = super::build(vec![scan_text("a.md".into(), page)]);
        let edges: Vec<(&str, &str, &str)> =
            graph.edges.iter().map(|e| (&*e.from, &*e.to, &*e.relation)).filter(|e| e.2 != "cites").collect();
        assert_eq!(edges, [("45/2013/QH13", "15/2008/QH12", "repeals-part")]);
    }

    /// A document amends none issued after it, that year too (shared/corpus/real: a decree of
    /// May 2018 listed with one of November after `sửa đổi, bổ sung … của`).
    #[test]
    fn no_document_amends_a_later_one_of_its_year() {
        let text = "Số: 10/2020/TT-BKHCN\n\nCăn cứ Nghị định số 74/2018/NĐ-CP ngày 15/5/2018 của Chính phủ sửa đổi, bổ \
                    sung một số điều của Nghị định số 132/2008/NĐ-CP ngày 31/12/2008, Nghị định số 154/2018/NĐ-CP ngày \
                    09/11/2018 của Chính phủ;\n";
        let graph = super::build(vec![scan_text("a.md".into(), text)]);
        let amends: Vec<(&str, &str)> =
            graph.edges.iter().filter(|e| e.relation == "amends").map(|e| (&*e.from, &*e.to)).collect();
        assert_eq!(amends, [("74/2018/NĐ-CP", "132/2008/NĐ-CP")]);
    }

    /// From shared/corpus/real (Nghị định 237/2026 on the press): `SỐ Ó6. 18/2026/NQ-CP ngày 18
    /// tháng 5 năm 2026`, OCR for Nghị quyết 66.18/2026/NQ-CP, is that resolution of the
    /// corpus, dated that day; 66.19 of the same day does not end with 18, and a number 18 of
    /// another day is a document of its own.
    #[test]
    fn a_number_ocr_cut_at_its_front_is_the_corpus_document_of_its_day() {
        let own =
            |n: &str| format!("CHÍNH PHỦ\n\nSố: {n}/2026/NQ-CP\n\nHà Nội, ngày 18 tháng 5 năm 2026\n\nNGHỊ QUYẾT\n");
        let scans = vec![
            scan_text("a.md".into(), &own("66.18")),
            scan_text("b.md".into(), &own("66.19")),
            scan_text(
                "c.md".into(),
                "Theo Nghị quyết. SỐ Ó6. 18/2026/NQ-CP ngày 18 tháng 5 năm 2026 của Chính phủ và \
                 Nghị quyết số 18/2026/NQ-CP ngày 02 tháng 2 năm 2026.",
            ),
        ];
        let graph = super::build(scans);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["66.18/2026/NQ-CP", "18/2026/NQ-CP"]);
    }

    /// From shared/corpus/real (Nghị định 241/2026): `Nghị định số Ä 65/2024/NĐ-CP ngày 26
    /// tháng 12 năm 2024`, its `1` misread, is the 165/2024/NĐ-CP of that day the same file
    /// cites; in another file, or of another day, 65/2024/NĐ-CP stays.
    #[test]
    fn a_number_ocr_cut_at_its_front_is_the_one_its_file_cites_that_day() {
        let scans = vec![
            scan_text(
                "a.md".into(),
                "Sửa đổi Nghị định số 165/2024/NĐ-CP ngày 26 tháng 12 năm 2024.\n\n\
                 Căn cứ Nghị định số Ä 65/2024/NĐ-CP ngày 26 tháng 12 năm 2024 của Chính phủ;\n\n\
                 Theo Nghị định số 65/2024/NĐ-CP ngày 02 tháng 3 năm 2024.",
            ),
            scan_text("b.md".into(), "Theo Nghị định số 65/2024/NĐ-CP ngày 26 tháng 12 năm 2024."),
        ];
        let graph = super::build(scans);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["165/2024/NĐ-CP", "165/2024/NĐ-CP", "65/2024/NĐ-CP", "65/2024/NĐ-CP"]);
    }

    /// From shared/corpus/real: the page of Luật Đầu tư công gives its number in its metadata
    /// table and never writes its name with it; the documents citing it do (`Luật Đầu tư
    /// công số 58/2024/QH15`). Labels showed `Luật 58/2024/QH15`.
    #[test]
    fn a_law_in_the_corpus_takes_the_name_it_is_cited_by() {
        let page = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 58/2024/QH15 |\n\
                    | **Loại văn bản** | Luật |\n\n---\n\n## VĂN BẢN\n\nĐiều 1. Phạm vi điều chỉnh\n";
        let citing = "Căn cứ Luật Đầu tư công số 58/2024/QH15;\n";
        let graph = super::build(vec![
            crate::scan::scan_text("dau-tu-cong.md".into(), page),
            crate::scan::scan_text("nd.md".into(), citing),
        ]);
        let law = graph.documents.iter().find(|d| &*d.id == "58/2024/QH15").expect("the law");
        assert!(law.in_corpus);
        assert_eq!(law.name.as_deref(), Some("Đầu tư công"));
    }

    /// From shared/corpus/real (Nghị định 50/2026/NĐ-CP): a year the symbol's legislature did
    /// not sit in is a slip, and a mention without its year takes the one it did; the slip
    /// itself is the number its file writes right (`slips::mend_within_files`).
    #[test]
    fn a_year_out_of_the_legislature_s_term_gives_no_year() {
        let scans = vec![scan_text(
            "a.md".into(),
            "# Hướng dẫn NQ 254/QH15\n\nTheo Nghị quyết số 254/2025/QH15 ngày 11 tháng 12 năm 2025.\n\n\
             Theo Nghị quyết số 254/2015/QH15.\n",
        )];
        let graph = super::build(scans);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["254/2025/QH15", "254/2025/QH15", "254/2025/QH15"]);
    }

    /// From shared/corpus/real (`46/2010/TT-BYT implements 38/2015/NĐ-CP`, `Hiến pháp 2013 (sửa
    /// đổi theo Nghị quyết 203/2025/QH15)`): a relation stated between two cited documents
    /// that has the earlier act on the later is dropped; the later acting on the earlier stays.
    #[test]
    fn no_document_acts_on_a_later_one() {
        let scans = vec![scan_text(
            "a.md".into(),
            "Số: 01/2026/TT-BYT\n\nTheo Nghị định số 14/2022/NĐ-CP sửa đổi, bổ sung Nghị định số \
             15/2020/NĐ-CP.\n\nTheo Nghị định số 15/2019/NĐ-CP sửa đổi, bổ sung Nghị định số 12/2022/NĐ-CP.\n",
        )];
        let (edges, _) = super::resolve(scans).relate();
        let stated: Vec<(&str, &str, &str)> =
            edges.iter().filter(|e| !e.from.starts_with("01/")).map(|e| (&*e.from, &*e.relation, &*e.to)).collect();
        assert_eq!(stated, [("14/2022/NĐ-CP", "amends", "15/2020/NĐ-CP")]);
    }

    /// From shared/corpus/real (Nghị định 237/2026/NĐ-CP, Nghị quyết 66.22/2026/NQ-CP): a type
    /// code OCR read with a digit in it is the number its file writes right; a police unit's
    /// code after the issuer's is no misreading.
    #[test]
    fn a_type_code_read_with_a_digit_is_the_number_written_right() {
        let scans = vec![scan_text(
            "a.md".into(),
            "Căn cứ Nghị quyết số 18/2026/NQ-CP ngày 15 tháng 01 năm 2026 của Chính phủ;\n\n\
             Phần V Mục I Phụ lục I Nghị quyết số 18/2026/NQ1 ICP.\n\n\
             Thông tư số 155/2025/TT-BTC và Thông tư số 155/2025/T1-BTC.\n\n\
             Thông tư số 61/2012/TT-BCA-C41 và Thông tư số 61/2012/TT-BCA.\n",
        )];
        let graph = super::build(scans);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(
            targets,
            [
                "18/2026/NQ-CP",
                "18/2026/NQ-CP",
                "155/2025/TT-BTC",
                "155/2025/TT-BTC",
                "61/2012/TT-BCA-C41",
                "61/2012/TT-BCA"
            ]
        );
    }

    /// From shared/corpus/real: a normative document written another way, where it could not
    /// be right, is the document the corpus writes right; a decision's own series is not.
    #[test]
    fn a_misspelled_normative_symbol_is_the_document_written_right() {
        let scans = vec![
            scan_text(
                "a.md".into(),
                "Căn cứ Nghị định số 65/2013/NĐ-CP, Nghị định 204/2004/NĐ-CP, Luật số 126/2025/QH15, \
                 Thông tư liên tịch số 69/2007/TTLT-BQP-BLĐTBXH-BTC, Quyết định số 12/2018/QĐ-TTg, \
                 Nghị quyết số 43/2022/QH15, Pháp lệnh số 08/2013/PL-UBTVQH13, Nghị quyết số 09/2013/NQ-UBTVQH13.",
            ),
            scan_text(
                "b.md".into(),
                "Theo Nghị định số 65/2013/NB- CP ngày 27 tháng 6 năm 2013, Nghị định số 204/NĐ-CP ngày 14 \
                 tháng 12 năm 2004, Luật số 126/2025/QH13, Thông tư liên tịch số 69/2007/TTLT/BQP-BLĐTBXH-BTC, \
                 Quyết định số 12/QĐ-TTg ngày 02 tháng 3 năm 2018, Nghị quyết số 43/2022/QHI1, Pháp lệnh \
                 08/2013/UBTVQH13, Pháp lệnh 09/2013/UBTVQH13.",
            ),
        ];
        let graph = super::build(scans);
        let targets: Vec<&str> =
            graph.mentions.iter().filter(|m| m.path.ends_with("b.md")).map(|m| &*m.target).collect();
        assert_eq!(
            targets,
            [
                "65/2013/NĐ-CP",
                "204/2004/NĐ-CP",
                "126/2025/QH15",
                "69/2007/TTLT-BQP-BLĐTBXH-BTC",
                "12/QĐ-TTg:2018",
                "43/2022/QH15",
                // An ordinance's code without its type's, not a resolution's of that number.
                "08/2013/PL-UBTVQH13",
                "09/2013/UBTVQH13"
            ]
        );
        let messages: Vec<&str> = graph.findings.iter().map(|f| f.message.as_str()).collect();
        for said in
            ["NB names no type of document; read as 65/2013/NĐ-CP", "term 13 sat 2011–2016; read as 126/2025/QH15"]
        {
            assert!(messages.iter().any(|m| m.contains(said)), "{said}: {messages:#?}");
        }
    }

    /// A document's title is the first whole one its mentions give, not one cut where a
    /// reference of its own was read (shared/corpus/real: NQ 198/2025/QH15's `… phát triển kinh
    /// tế tư nhân và`, then whole).
    #[test]
    fn a_title_cut_short_is_known() {
        assert!(super::cut_short("Quy định chi tiết thi hành một số điều"));
        assert!(super::cut_short("về phát triển kinh tế tư nhân và"));
        assert!(super::cut_short("sửa đổi, bổ sung một số điều của"));
        assert!(!super::cut_short("về phát triển kinh tế tư nhân") && !super::cut_short("Pháp lệnh Dân số"));
    }

    /// From shared/corpus/real (NQ 66.22/2026, a table's column): a symbol cut to its type
    /// code is the document of that number and year the same file writes in full.
    #[test]
    fn a_symbol_cut_to_its_type_code_is_the_one_written_in_full_in_its_file() {
        let scans = vec![
            scan_text(
                "a.md".into(),
                "| Thông tư số 85/2019/TT | - tuyên. BTC) |\n\nCăn cứ Thông tư số 85/2019/TT-BTC ngày 29 tháng 11 năm 2019;",
            ),
            scan_text("b.md".into(), "| Thông tư số 85/2019/TT | BTC |"),
        ];
        let graph = super::build(scans);
        let targets: Vec<(&str, &str)> = graph.mentions.iter().map(|m| (&*m.path, &*m.target)).collect();
        assert_eq!(targets, [("a.md", "85/2019/TT-BTC"), ("a.md", "85/2019/TT-BTC"), ("b.md", "85/2019/TT")]);
    }

    /// From shared/corpus/real (NQ 66.22/2026, an OCR'd table, line 64): a type code run into
    /// a letter of its issuer's is the document of that number and year the same file writes
    /// in full; not where the letters are not the issuer's, nor in another file.
    #[test]
    fn a_type_code_run_into_a_letter_of_its_issuer_s_is_the_one_written_in_full() {
        let whole = "| 2 cư “ Thông tư số 28/2026/TT-BTC quy | Bỏ sung điểm c vào khoản 2 Điều 5 |";
        let scans = vec![
            scan_text(
                "a.md".into(),
                &format!("| - Thực hiện đăng ký cấp hộ chiều, tr 28/2026/TTC hông/mẤt: 200.000đ | x |\n{whole}"),
            ),
            scan_text("b.md".into(), &format!("| tr 28/2026/TTX hông | x |\n{whole}")),
            scan_text("c.md".into(), "| tr 28/2026/TTC hông | x |"),
        ];
        let graph = super::build(scans);
        let targets: Vec<(&str, &str)> = graph.mentions.iter().map(|m| (&*m.path, &*m.target)).collect();
        assert_eq!(
            targets,
            [
                ("a.md", "28/2026/TT-BTC"),
                ("a.md", "28/2026/TT-BTC"),
                ("b.md", "28/2026/TTX"),
                ("b.md", "28/2026/TT-BTC"),
                ("c.md", "28/2026/TTC")
            ]
        );
        let codes = |s| super::cut_codes(s).collect::<Vec<_>>();
        assert_eq!(codes("TTC"), [("TT", "C")]);
        assert_eq!(codes("TT"), [("TT", "")]);
        assert!(codes("TT-BTC").is_empty() && codes("TTBTCX").is_empty());
    }

    /// From shared/corpus/real (NĐ 241/2026, OCR): a law's name read with other marks is the
    /// same law, named as most texts write it.
    #[test]
    fn a_name_read_with_other_marks_is_the_same_law() {
        let scans = vec![
            scan_text("a.md".into(), "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giao thông;"),
            scan_text("b.md".into(), "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giao thông;"),
            scan_text("c.md".into(), "Căn cứ Luật sửa đổi, bố Sung một số điều của Luật Giao thông;"),
        ];
        let graph = super::build(scans);
        let targets: Vec<&str> =
            graph.mentions.iter().filter(|m| m.text.contains("sửa đổi")).map(|m| &*m.target).collect();
        assert_eq!(targets, ["Luật sửa đổi, bổ sung một số điều của Luật Giao thông"; 3]);
    }

    #[test]
    fn a_law_is_named_as_it_is_most_often_written_with_a_capital() {
        let scans = vec![
            scan_text("a.md".into(), "Căn cứ Luật TỔ chức Chính phủ số 63/2025/QH15; theo luật tổ chức chính phủ."),
            scan_text("b.md".into(), "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; Luật Tổ chức Chính phủ."),
            scan_text("c.md".into(), "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15."),
        ];
        let graph = super::build(scans);
        let doc = graph.documents.iter().find(|d| &*d.id == "63/2025/QH15").expect("63/2025/QH15");
        assert_eq!(doc.name.as_deref(), Some("Tổ chức Chính phủ"));
    }

    /// From shared/corpus/real: a law cited by name and year is the numbered law read with
    /// that name; by name alone, it is when that name has one year.
    #[test]
    fn a_law_by_name_is_the_numbered_law_of_that_name() {
        let scans = vec![
            scan_text("a.md".into(), "Căn cứ Luật Đất đai số 31/2024/QH15;\nCăn cứ Luật Đường bộ số 35/2024/QH15;"),
            scan_text(
                "b.md".into(),
                "theo quy định của Luật Đất đai năm 2024 và Luật Đường bộ; Luật Đất đai số 45/2013/QH13; Luật Đất đai.",
            ),
            scan_text("c.md".into(), "(Điều 1 Luật số 57/2020/QH14 Luật Thanh niên ngày 16/06/2020 của Quốc hội)"),
        ];
        let graph = super::build(scans);
        let targets: Vec<(&str, &str)> = graph.mentions.iter().map(|m| (m.text.as_str(), &*m.target)).collect();
        assert_eq!(
            targets,
            [
                ("Luật Đất đai số 31/2024/QH15", "31/2024/QH15"),
                ("Luật Đường bộ số 35/2024/QH15", "35/2024/QH15"),
                ("Luật Đất đai năm 2024", "31/2024/QH15"),
                ("Luật Đường bộ", "35/2024/QH15"),
                ("Luật Đất đai số 45/2013/QH13", "45/2013/QH13"),
                // Two laws of that name: which one is not said.
                ("Luật Đất đai", "Luật Đất đai"),
                ("Luật số 57/2020/QH14 Luật Thanh niên ngày 16/06/2020", "57/2020/QH14"),
            ]
        );
        let youth = graph.documents.iter().find(|d| &*d.id == "57/2020/QH14").expect("57/2020/QH14");
        assert_eq!((youth.name.as_deref(), youth.date.as_deref()), (Some("Thanh niên"), Some("2020-06-16")));
        // Cited by name before its number, the law is still a numbered normative document
        // (its label read `Luật Đường bộ …/QH15` when the name's mention made it).
        let named_first = super::build(vec![
            scan_text("d.md".into(), "theo Luật Đường bộ."),
            scan_text("e.md".into(), "Căn cứ Luật Đường bộ số 35/2024/QH15;"),
        ]);
        let road = named_first.documents.iter().find(|d| &*d.id == "35/2024/QH15").expect("35/2024/QH15");
        assert_eq!((road.number.as_deref(), road.family), (Some("35"), Some(crate::tables::Family::Normative)));
    }

    /// From shared/corpus/real: a misprinted number read with a law's name in one file
    /// (`Bộ luật Dân sự số 97/2015/QH13`, which is the law on fees) does not unmake the law the
    /// name has in three times as many; two numbers read as often leave it unknown. Both are
    /// reported.
    #[test]
    fn the_number_most_files_read_with_a_law_s_name_is_the_law_s() {
        let civil = |n: usize, number: &str| {
            scan_text(format!("{number}-{n}.md").replace('/', "-"), &format!("Căn cứ Bộ luật Dân sự số {number};"))
        };
        let mut scans: Vec<_> = (0..3).map(|n| civil(n, "91/2015/QH13")).collect();
        scans.push(civil(0, "97/2015/QH13"));
        scans.push(scan_text("tocao-a.md".into(), "Căn cứ Luật Tố cáo số 25/2018/QH14;"));
        scans.push(scan_text("tocao-b.md".into(), "Căn cứ Luật Tố cáo số 23/2018/QH14;"));
        // One number cut short in one file (`22/2023/QH`) is still one law.
        scans.push(scan_text("dauthau-a.md".into(), "Căn cứ Luật Đấu thầu số 22/2023/QH15;"));
        scans.push(scan_text("dauthau-b.md".into(), "Căn cứ Luật Đấu thầu số 22/2023/QH;"));
        scans.push(scan_text(
            "z.md".into(),
            "theo Bộ luật Dân sự năm 2015, Luật Đấu thầu năm 2023 và Luật Tố cáo năm 2018.",
        ));
        let graph = super::build(scans);
        let last: Vec<&str> = graph.mentions.iter().rev().take(3).map(|m| &*m.target).collect();
        assert_eq!(last, ["Luật Tố cáo:2018", "22/2023/QH15", "91/2015/QH13"]);
        let conflicts: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "conflicting-numbers").map(|f| f.message.as_str()).collect();
        assert_eq!(
            conflicts,
            [
                "Bộ luật Dân sự (2015) is written with 2 numbers: 91/2015/QH13 in 3 files, 97/2015/QH13 in 1 file; \
                 every citation is taken to be 91/2015/QH13",
                "Luật Tố cáo (2018) is written with 2 numbers: 25/2018/QH14 in 1 file, 23/2018/QH14 in 1 file; \
                 cited by name, it is left unresolved",
            ]
        );
    }

    /// From shared/corpus/real: `Luật Ngân sách nhà nước số 89/2015/QH13` once, where 20 files
    /// read 89/2025/QH15. Two editions never share a number: the law of 2015 cited by name is
    /// not taken to be the slip's (it is 83/2015/QH13, which the corpus never numbers), and the
    /// slip is reported as a year written two ways, its term with it.
    #[test]
    fn a_number_another_edition_has_is_no_number_of_this_one() {
        let budget = |n: usize, text: &str| scan_text(format!("ns-{n}.md"), text);
        let mut scans: Vec<_> = (0..2).map(|n| budget(n, "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;")).collect();
        scans.push(budget(2, "Căn cứ Luật Ngân sách nhà nước số 89/2015/QH13;"));
        scans.push(budget(3, "theo quy định của Luật Ngân sách nhà nước năm 2015."));
        let graph = super::build(scans);
        assert_eq!(&*graph.mentions.last().unwrap().target, "Luật Ngân sách nhà nước:2015");
        let years: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "conflicting-years").map(|f| f.message.as_str()).collect();
        assert_eq!(
            years,
            [
                "Luật Ngân sách nhà nước 89/2025/QH15 (2 times) is also cited as 89/2015/QH13 (1 time): one year is a misprint"
            ]
        );
    }

    /// From shared/corpus/real (Nghị định 188/2026/NĐ-CP; audit 2208): where three times as
    /// many files read 89/2025/QH15, `89/2015/QH13` is its misprint, year and term, and the
    /// same file's `Luật Ngân sách nhà nước` without a number is that law too, not the law of
    /// 2015 the misprint's year named.
    #[test]
    fn a_year_misprinted_with_its_term_is_mended() {
        let budget = |n: usize, text: &str| scan_text(format!("ns-{n}.md"), text);
        let mut scans: Vec<_> = (0..3).map(|n| budget(n, "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;")).collect();
        scans.push(budget(
            3,
            "Căn cứ Luật Ngân sách nhà nước số 89/2015/QH13;\n\nĐiều 5. Kinh phí thực hiện theo quy định của Luật \
             Ngân sách nhà nước.",
        ));
        scans.push(budget(4, "theo quy định của Luật Ngân sách nhà nước năm 2015."));
        let graph = super::build(scans);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets[3..], ["89/2025/QH15", "89/2025/QH15", "Luật Ngân sách nhà nước:2015"]);
        let years: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "conflicting-years").map(|f| f.message.as_str()).collect();
        assert_eq!(
            years,
            ["Luật Ngân sách nhà nước 89/2025/QH15 (4 times) is also cited as 89/2015/QH13 (1 time): one year is a \
                 misprint; every citation is taken to be 89/2025/QH15"]
        );
    }

    /// From shared/corpus/real (Thông tư 48/2026/TT-BGDĐT, the Luật Thanh niên's page, Quyết
    /// định 1255/2026/QĐ-TTg; recall audit 2201): a charter cited by name is a document of its
    /// own, of no legislature; the short name the text defines for it is the same one; its
    /// circular's number stays the circular's; a class of charters is none.
    #[test]
    fn a_charter_cited_by_name_is_one_document() {
        let graph = super::graph_of(&[
            (
                "a.md",
                "Điều 1. Phạm vi\n\ntheo quy định của\nĐiều lệ trường tiểu học, trường trung học cơ sở, trường \
                 trung học phổ thông, trường phổ\n\nthông có nhiều cấp học (sau đây gọi chung là Điều lệ trường \
                 phổ thông), Quy chế này.\n\n2. Hiệu trưởng thực hiện theo quy định\ncủa Điều lệ trường phổ thông \
                 và các quy định của pháp luật; theo điều lệ của hội, Điều lệ công ty, Điều lệ (mẫu).\n",
            ),
            (
                "b.md",
                "4. Được bồi dưỡng, xét kết nạp vào Đảng Cộng sản Việt Nam theo quy định của Điều lệ Đoàn Thanh \
                 niên Cộng sản Hồ Chí Minh, Điều lệ Đảng Cộng sản Việt Nam.\n\n- Điều lệ Trường mầm non ban hành \
                 theo Thông tư 52/2020/TT-BGDĐT.\n",
            ),
        ]);
        let targets: Vec<(&str, &str)> = graph
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), &*m.target))
            .filter(|(t, _): &(&str, &str)| t.contains("lệ"))
            .collect();
        let general = "Điều lệ trường tiểu học, trường trung học cơ sở, trường trung học phổ thông và trường phổ \
                       thông có nhiều cấp học";
        let texts: Vec<&str> = targets.iter().map(|(t, _)| *t).collect();
        assert_eq!(texts.len(), 6, "{targets:?}");
        assert!(targets[..3].iter().all(|(_, target)| *target == general), "{targets:?}");
        assert_eq!(
            targets[3..].iter().map(|(_, t)| *t).collect::<Vec<_>>(),
            [
                "Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                "Điều lệ Đảng Cộng sản Việt Nam",
                "Điều lệ trường mầm non"
            ]
        );
        for id in [general, "Điều lệ Đảng Cộng sản Việt Nam", "Điều lệ trường mầm non"] {
            let doc = graph.documents.iter().find(|d| &*d.id == id).expect(id);
            assert_eq!(
                (doc.kind.as_str(), doc.level, doc.issuer.as_deref()),
                ("Điều lệ", Level::Unknown, None),
                "{id}"
            );
        }
        assert!(graph.mentions.iter().any(|m| &*m.target == "52/2020/TT-BGDĐT"), "{:?}", graph.mentions);
    }

    /// From shared/corpus/real (Nghị định 231/2026/NĐ-CP, trace audit 2176): a law named with
    /// a number OCR left only zeros of is the law its name says, not a phantom `00/2025/QH13`.
    #[test]
    fn a_number_of_zeros_leaves_the_law_to_its_name() {
        let graph = super::graph_of(&[
            (
                "a.md",
                "Số: 231/2026/NĐ-CP\nHà Nội, ngày 20 tháng 6 năm 2026\n\nNGHỊ ĐỊNH\n\n\
                 Căn cứ Bộ luật Hình sự số Ï 00/2025/QH13 được sửa đổi, bổ sung;\n",
            ),
            ("b.md", "Căn cứ Bộ luật Hình sự số 100/2015/QH13;\n"),
        ]);
        let m = graph.mentions.iter().find(|m| m.path.as_ref() == "a.md").expect("the basis");
        assert_eq!((&*m.target, m.number.as_deref()), ("100/2015/QH13", None));
        assert!(!graph.documents.iter().any(|d| d.id.starts_with("00/")), "{:?}", graph.documents);
    }

    /// From shared/corpus/real (Nghị định 231/2026/NĐ-CP): a speck OCR read as a digit between
    /// `sô` and the number leaves the code's name with its number, and the year, where name,
    /// number and code are the law the corpus writes, is the slip: not 101/2025/QH15, the law
    /// on transferring prisoners.
    #[test]
    fn a_digit_speck_before_a_number_leaves_it_to_its_name() {
        let graph = super::graph_of(&[
            (
                "a.md",
                "Số: 231/2026/NĐ-CP\nHà Nội, ngày 20 tháng 6 năm 2026\n\nNGHỊ ĐỊNH\n\n\
                 Căn cứ Bộ luật Tố tụng hình sự sô 2 101/2025/QH1 3 được sửa đổi, bổ Sung\n",
            ),
            ("b.md", "Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13;\n"),
            ("c.md", "- Bộ luật Tố tụng hình sự 101/2015/QH13 (sửa đổi bởi 02/2021/QH15)\n"),
            ("d.md", "Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13;\n"),
            ("e.md", "Căn cứ Luật Chuyển giao người đang chấp hành án phạt tù số 101/2025/QH15;\n"),
        ]);
        let m = graph.mentions.iter().find(|m| m.path.as_ref() == "a.md").expect("the basis");
        assert_eq!((&*m.target, m.name.as_deref()), ("101/2015/QH13", Some("Tố tụng hình sự")));
    }

    /// From shared/corpus/real (the page on Chứng minh nhân dân): a number in brackets after a
    /// law's name casts no vote for the law's number, but where the name's number is known and
    /// it writes another, it is read as the law and both findings say so.
    #[test]
    fn a_bracketed_number_another_law_s_is_read_as_the_name_s() {
        let graph = super::graph_of(&[
            ("a.md", "Căn cứ Luật Căn cước 2023 (số 25/2023/QH15);\n"),
            ("b.md", "Căn cứ Luật Căn cước số 26/2023/QH15;\n"),
            ("c.md", "Căn cứ Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự số 25/2023/QH15;\n"),
        ]);
        let m = graph.mentions.iter().find(|m| m.path.as_ref() == "a.md").expect("the aside");
        assert_eq!(&*m.target, "26/2023/QH15");
        let said = |kind: &str| {
            graph.findings.iter().filter(|f| f.kind == kind).map(|f| f.message.clone()).collect::<Vec<_>>()
        };
        assert!(
            said("conflicting-numbers")
                .iter()
                .any(|f| f.starts_with("Luật Căn cước (2023) is written with 2 numbers: 26/2023/QH15")),
            "{graph:?}"
        );
        assert!(said("conflicting-names").iter().any(|f| f.starts_with("25/2023/QH15 is written as")), "{graph:?}");
        // Alone, it stands for the number it writes, as before.
        let graph = super::graph_of(&[("a.md", "Căn cứ Luật Căn cước 2023 (số 25/2023/QH15);\n")]);
        assert_eq!(&*graph.mentions[0].target, "25/2023/QH15");
    }

    /// From shared/corpus/real (Nghị định 160/2026/NĐ-CP, Nghị định 88/2026/NĐ-CP): a name and
    /// number read with two years as often, the year the name is read in with its law is right:
    /// `97/2023/QH15` is the misprint `97/2025/QH15`, so the law 91/2025/QH15, and said.
    #[test]
    fn a_number_s_year_is_its_name_s_where_its_own_files_tie() {
        let graph = super::graph_of(&[
            ("a.md", "Căn cứ Luật Bảo vệ dữ liệu cá nhân 97/2023/QH15;\n"),
            ("b.md", "Căn cứ Luật Bảo vệ dữ liệu cá nhân số 97/2025/QH15;\n"),
            ("c.md", "Căn cứ Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15;\n"),
            ("d.md", "Căn cứ Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15;\n"),
            ("e.md", "Căn cứ Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15;\n"),
        ]);
        let m = graph.mentions.iter().find(|m| m.path.as_ref() == "a.md").expect("the basis");
        assert_eq!(&*m.target, "91/2025/QH15");
        let f = graph.findings.iter().find(|f| f.kind == "conflicting-numbers").expect("said");
        assert!(f.message.contains("97/2025/QH15 in 2 files (also as 97/2023/QH15)"), "{}", f.message);
        assert!(f.message.ends_with("every citation is taken to be 91/2025/QH15"), "{}", f.message);
    }

    /// From shared/corpus/real (the pages on Chứng minh nhân dân and on rượu, bia): a codified
    /// article of a source older than the one law of the name the corpus numbers names that
    /// law, as the article stands amended; not where the list of laws knows an older edition
    /// (Luật Xuất bản 2012's `Luật giao dịch điện tử` is the law of 2005).
    #[test]
    fn a_codified_article_names_a_law_passed_after_its_source() {
        let page = |source: &str, law: &str| {
            format!(
                "Điều 39.1.NĐ.11. Thẩm quyền\n\n({source}, có hiệu lực thi hành kể từ ngày 01/05/1999)\n\n\
                 2. Những người có thẩm quyền theo {law} có quyền tạm giữ.\n"
            )
        };
        let a = page("Điều 11 Nghị định số 05/1999/NĐ-CP", "Luật Xử lý vi phạm hành chính");
        let b = page("Điều 4 Luật số 19/2012/QH13", "Luật giao dịch điện tử");
        let graph = super::graph_of(&[
            ("a.md", &a),
            ("b.md", &b),
            ("c.md", "Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13;\n"),
            ("d.md", "Căn cứ Luật Giao dịch điện tử số 20/2023/QH15;\n"),
        ]);
        let target = |path: &str, name: &str| {
            graph
                .mentions
                .iter()
                .find(|m| {
                    m.path.as_ref() == path
                        && m.name
                            .as_deref()
                            .is_some_and(|n| n.eq_ignore_ascii_case(name) || n.to_lowercase() == name.to_lowercase())
                })
                .map(|m| m.target.to_string())
        };
        assert_eq!(target("a.md", "Xử lý vi phạm hành chính").as_deref(), Some("15/2012/QH13"), "{:?}", graph.mentions);
        assert_ne!(target("b.md", "giao dịch điện tử").as_deref(), Some("20/2023/QH15"), "{:?}", graph.mentions);
    }

    /// From shared/corpus/real: one number written with two official names is reported (one
    /// is a misprint: the law on education of 2005 is 38/2005/QH11); the same name with other
    /// marks is not.
    #[test]
    fn a_number_under_two_official_names_is_reported() {
        let conflicting_names = |graph: &crate::model::Graph| -> Vec<String> {
            graph.findings.iter().filter(|f| f.kind == "conflicting-names").map(|f| f.message.clone()).collect()
        };
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Luật Giáo dục số 39/2005/QH11;"),
            scan_text(
                "b.md".into(),
                "Căn cứ Luật Quốc phòng số 39/2005/QH11;\nCăn cứ Luật Tiếp cận thông tin số 104/2016/QH13;",
            ),
            scan_text(
                "c.md".into(),
                "theo Luật Tiếp cận thông tin số 104/2016/QH13 và Luật Tian cận thông tin số 104/2016/QH13.",
            ),
        ]);
        let names = conflicting_names(&graph);
        // The law table numbers one of the names so: the other is the misprint (audit 2249).
        assert_eq!(
            names,
            ["39/2005/QH11 is written as Luật Giáo dục in 1 file (read as 38/2005/QH11) and as Luật Quốc phòng in 1 \
                 file: 39/2005/QH11 is Luật Quốc phòng of 2005, so the other is the misprint"]
        );
        // Where it numbers neither, which is the slip is not said.
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Luật Giáo dục số 99/2005/QH11;"),
            scan_text("b.md".into(), "Căn cứ Luật Quốc phòng số 99/2005/QH11;"),
        ]);
        let names = conflicting_names(&graph);
        assert_eq!(
            names,
            ["99/2005/QH11 is written as Luật Giáo dục in 1 file and as Luật Quốc phòng in 1 file: one is a misprint"]
        );
        // Under the number the texts write, where one citation is read as another document by
        // its name (findings audit 2178: reported under 91/2015/QH13, which no text there wrote).
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Bộ luật Dân sự số 97/2015/QH13;"),
            scan_text("b.md".into(), "Căn cứ Luật Phí và lệ phí số 97/2015/QH13;"),
            scan_text("c.md".into(), "Căn cứ Luật Phí và lệ phí số 97/2015/QH13;"),
            scan_text("d.md".into(), "Căn cứ Bộ luật Dân sự số 91/2015/QH13;"),
            scan_text("e.md".into(), "Căn cứ Bộ luật Dân sự số 91/2015/QH13;"),
            scan_text("f.md".into(), "Căn cứ Bộ luật Dân sự số 91/2015/QH13;"),
        ]);
        let names = conflicting_names(&graph);
        assert_eq!(
            names,
            [
                "97/2015/QH13 is written as Bộ luật Dân sự in 1 file (read as 91/2015/QH13) and as Luật Phí và lệ phí in 2 \
                 files: 97/2015/QH13 is Luật Phí và lệ phí of 2015, so the other is the misprint"
            ]
        );
    }

    /// From shared/corpus/real (the codified page on sport): the World Anti-Doping Code is no
    /// code of the National Assembly; Vietnam's codes are, misread by a letter or not (the name
    /// read as the code's).
    #[test]
    fn a_code_that_is_none_of_vietnam_s_has_no_legislature() {
        let graph = super::build(vec![scan_text(
            "a.md".into(),
            "Điều 41.11.TT.54.5. Hành vi vi phạm Bộ luật Phòng, chống doping thế giới\n\nCăn cứ Bộ luật Lao động \
             năm 2019;\ntheo Bộ luật Dân sư năm 2005;\n",
        )]);
        let doc = |name: &str| graph.documents.iter().find(|d| d.name.as_deref() == Some(name)).unwrap();
        let doping = doc("Phòng, chống doping thế giới");
        assert_eq!((doping.issuer.as_deref(), doping.level), (None, Level::Unknown));
        for name in ["Lao động", "Dân sự"] {
            assert_eq!((doc(name).issuer.as_deref(), doc(name).level), (Some("Quốc hội"), Level::NationalAssembly));
        }
    }

    /// From shared/corpus/real (Nghị định 182/2026/NĐ-CP's basis list, as its page writes it):
    /// three education laws written with the numbers of the laws on defence, procurement and
    /// the Government (audit 2251: the decree was based on Luật Quốc phòng). A law's name and
    /// year read with a number the law table gives another law is the name's edition, and each
    /// is said; a number the table gives the same law stays as written.
    #[test]
    fn a_law_written_with_another_law_s_number_is_the_law_it_names() {
        let text = "## CĂN CỨ PHÁP LUẬT\n\n- Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n- Căn cứ Luật Giáo dục số \
                    39/2005/QH11;\n- Căn cứ Luật Giáo dục đại học số 43/2012/QH13;\n- Căn cứ Luật Giáo dục nghề nghiệp số \
                    76/2014/QH13;\n";
        let graph = super::build(vec![scan_text("a.md".into(), text)]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["63/2025/QH15", "38/2005/QH11", "08/2012/QH13", "74/2014/QH13"]);
        let bases: Vec<&str> = graph.edges.iter().filter(|e| e.relation == "basis").map(|e| &*e.to).collect();
        assert_eq!(bases.len(), 4, "{bases:?}");
        assert!(!bases.contains(&"39/2005/QH11"), "{bases:?}");
        let said: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "conflicting-names").map(|f| f.message.as_str()).collect();
        assert_eq!(
            said,
            [
                "39/2005/QH11 is written as Luật Giáo dục (read as 38/2005/QH11): the law table gives 39/2005/QH11 to \
                 Luật Quốc phòng of 2005, so the number is the misprint",
                "43/2012/QH13 is written as Luật Giáo dục đại học (read as 08/2012/QH13): the law table gives \
                 43/2013/QH13 to Luật Đấu thầu of 2013, so the number is the misprint",
                "76/2014/QH13 is written as Luật Giáo dục nghề nghiệp (read as 74/2014/QH13): the law table gives \
                 76/2015/QH13 to Luật Tổ chức Chính phủ of 2015, so the number is the misprint",
            ]
        );
    }

    /// From shared/corpus/real: a title that points to another (`về cùng lĩnh vực`, a page's
    /// summary of Thông tư 11/2026/TT-BXD) or is one word (`về chính`) gives way to the one a
    /// later mention gives; a whole title stays the first.
    #[test]
    fn a_title_that_says_too_little_gives_way() {
        for (_, example) in crate::tables::TITLES_POINTING_BACK {
            let found = crate::recognize::recognize_str(example);
            let subject = found.iter().find_map(|f| f.subject.clone()).expect("a subject");
            assert!(super::weak_title(&example[subject]), "{example}");
        }
        assert!(super::weak_title("về chính") && super::weak_title("về phát triển kinh tế tư nhân và"));
        assert!(!super::weak_title("về chính sách tài khóa") && !super::weak_title("về cụm công nghiệp"));
        // A page's summary: `đối với hai đơn vị này` (Nghị định 59/2021/NĐ-CP).
        assert!(super::weak_title("quy định nội dung đặc thù về cơ chế quản lý tài chính đối với hai đơn vị này"));
        assert!(!super::weak_title("về cơ chế quản lý tài chính đối với Sở Giao dịch Chứng khoán Việt Nam"));
        let graph = super::build(vec![scan_text(
            "a.md".into(),
            "Thông tư thay thế Thông tư 04/2021/TT-BXD ngày 30/6/2021 về cùng lĩnh vực.\n\n\
             **2.** Thông tư số 04/2021/TT-BXD ngày 30 tháng 6 năm 2021 của Bộ trưởng Bộ Xây dựng về hướng dẫn xuất khẩu khoáng sản làm vật liệu xây dựng hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành./.\n\n\
             Theo Nghị quyết số 43/2022/QH15 về chính\n\n\
             Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ chương trình phục hồi và phát triển kinh tế - xã hội;\n\n\
             Nghị quyết số 43/2022/QH15 về chính sách tài khóa, tiền tệ.",
        )]);
        let title = |id: &str| graph.documents.iter().find(|d| &*d.id == id).expect(id).title.as_deref();
        assert_eq!(title("04/2021/TT-BXD"), Some("về hướng dẫn xuất khẩu khoáng sản làm vật liệu xây dựng"));
        assert_eq!(
            title("43/2022/QH15"),
            Some("về chính sách tài khóa, tiền tệ hỗ trợ chương trình phục hồi và phát triển kinh tế - xã hội")
        );
    }

    /// From shared/corpus/real: what follows a law's number with `về` is what the citing text
    /// does under the law, not the law's title, which is its name.
    #[test]
    fn a_law_s_title_is_not_the_matter_after_it() {
        let graph = super::build(vec![scan_text(
            "a.md".into(),
            "2. Nghị định này quy định một số biện pháp thi hành Luật Xây dựng số 135/2025/QH15 về quản lý nhà nước đối với phát triển vật liệu xây dựng.\n\
             3. Theo Nghị định số 09/2021/NĐ-CP về quản lý vật liệu xây dựng.",
        )]);
        let doc = |id: &str| graph.documents.iter().find(|d| &*d.id == id).expect(id);
        let law = doc("135/2025/QH15");
        assert_eq!((law.name.as_deref(), law.title.as_deref()), (Some("Xây dựng"), None));
        assert_eq!(doc("09/2021/NĐ-CP").title.as_deref(), Some("về quản lý vật liệu xây dựng"));
    }

    /// From shared/corpus/real: a law whose own text is in the corpus is the law its title
    /// names in other pages, though no other text gives its number with the name (its
    /// codification's notes on itself are no references, and in its own text, not a
    /// codification here, its name is its own).
    #[test]
    fn a_law_in_the_corpus_is_the_law_of_its_title() {
        let page = "---\ntitle: Hòa giải ở cơ sở\n---\n\n## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n\
                    | **Số hiệu** | 35/2013/QH13 |\n| **Loại văn bản** | Luật |\n| **Ngày ban hành** | 20/06/2013 |\n\n\
                    ---\n\n## VĂN BẢN\n# Hòa giải ở cơ sở\n\nĐiều 37.1.LQ.1. Phạm vi điều chỉnh\n\n\
                    (Điều 1 Luật số 35/2013/QH13 Hòa giải ở cơ sở ngày 20/06/2013 của Quốc hội)\n\n\
                    Hòa giải viên được bầu theo quy định tại Khoản 1 Điều 12 của Luật hòa giải ở cơ sở.\n";
        let graph = super::build(vec![
            scan_text("hoa-giai-o-co-so.md".into(), page),
            scan_text(
                "b.md".into(),
                "CHÍNH PHỦ\nSố: 15/2014/NĐ-CP\n\nNGHỊ ĐỊNH\n\nĐiều 1. Theo Luật Hòa giải ở cơ sở.",
            ),
        ]);
        let targets: Vec<(&str, &str)> = graph
            .mentions
            .iter()
            .filter(|m| m.family == crate::tables::Family::Named)
            .map(|m| (m.text.as_str(), &*m.target))
            .collect();
        assert_eq!(targets, [("Luật Hòa giải ở cơ sở", "35/2013/QH13")]);
        assert_eq!(graph.files[0].self_mentions, 2);
    }

    /// From shared/corpus/real (the codified Thủ tục bắt giữ tàu bay): a note on a related
    /// article names, in that article's title, the law in force, the latest edition the corpus
    /// knows; a law named in a cited document's title in such a note is not.
    #[test]
    fn a_codified_article_s_title_names_the_law_in_force() {
        let page = "---\ntitle: Thủ tục bắt giữ tàu bay\n---\n\n## VĂN BẢN\n\n\
                    (Điều 1 Pháp lệnh số 11/2010/UBTVQH12, có hiệu lực thi hành kể từ ngày 01/01/2011)\n\n\
                    (Điều 2 Pháp lệnh số 11/2010/UBTVQH12, có hiệu lực thi hành kể từ ngày 01/01/2011)\n\n\
                    (Điều này có nội dung liên quan đến Điều 16.1.LQ.6. Hiệu lực của Bộ luật Hình sự đối với những \
                    hành vi phạm tội ở ngoài lãnh thổ)\n";
        let graph = super::build(vec![
            scan_text("tau-bay.md".into(), page),
            scan_text("a.md".into(), "Căn cứ Bộ luật Hình sự số 15/1999/QH10;"),
            scan_text("b.md".into(), "Căn cứ Bộ luật Hình sự số 100/2015/QH13;"),
        ]);
        let named = graph.mentions.iter().find(|m| m.path.ends_with("tau-bay.md") && m.text == "Bộ luật Hình sự");
        assert_eq!(named.map(|m| &*m.target), Some("100/2015/QH13"), "{:#?}", graph.mentions);
    }

    /// From shared/corpus/real: a law cited by name alone is the one of that name its own file
    /// gives a year, though the corpus knows two.
    #[test]
    fn a_law_by_name_is_the_one_its_file_names() {
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Luật Giáo dục số 38/2005/QH11;"),
            scan_text(
                "b.md".into(),
                "Căn cứ Luật Giáo dục số 43/2019/QH14;\nNghị định này quy định chi tiết một số điều của Luật Giáo dục.",
            ),
            scan_text("c.md".into(), "theo quy định của Luật Giáo dục."),
        ]);
        let targets: Vec<(&str, &str)> = graph.mentions.iter().map(|m| (&*m.path, &*m.target)).collect();
        assert_eq!(
            targets,
            [("a.md", "38/2005/QH11"), ("b.md", "43/2019/QH14"), ("b.md", "43/2019/QH14"), ("c.md", "Luật Giáo dục")]
        );
    }

    /// From shared/corpus/real (Nghị định 237/2026): where a file names a law by two years,
    /// the law its basis names is the one its text means by the name alone.
    #[test]
    fn a_law_by_name_is_the_one_its_files_basis_names() {
        let graph = super::build(vec![scan_text(
            "a.md".into(),
            "Căn cứ Luật Báo chí số 126/2025/QH15;\n\
             Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Báo chí.\n\
             Điều 30. Điều khoản chuyển tiếp\n\
             Giấy phép cấp theo Luật Báo chí số 103/2016/QH13 còn giá trị.",
        )]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["126/2025/QH15", "126/2025/QH15", "103/2016/QH13"]);
    }

    /// From shared/corpus/real (OCR): an official name read with another mark is that law,
    /// and the document is shown with the official spelling.
    #[test]
    fn a_law_s_name_read_with_other_marks_is_that_law() {
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Luật Đầu tư công số 58/2024/QH15;"),
            scan_text(
                "b.md".into(),
                "theo quy định của Luật Đầu tư cộng và Luật Giáo đục nghề nghiệp; Luật Giáo đục nghề nghiệp; Luật Giáo dục nghề nghiệp.",
            ),
        ]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets[..2], ["58/2024/QH15", "58/2024/QH15"]);
        let vocational =
            graph.documents.iter().find(|d| d.name.as_deref().is_some_and(|n| n.contains("nghề"))).expect("the law");
        assert_eq!((vocational.name.as_deref(), vocational.cited), (Some("Giáo dục nghề nghiệp"), 3));
    }

    /// From shared/corpus/real (OCR): a law's name read only with other marks is shown as
    /// the official name is written.
    #[test]
    fn a_law_named_only_with_other_marks_is_shown_with_the_official_ones() {
        let graph = super::build(vec![scan_text(
            "a.md".into(),
            "theo Luật Đầu thâu ngày 26 tháng 11 năm 2013 và Luật Giáo đục nghề nghiệp.",
        )]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        // The law of 2013 as the list of laws numbers it; the vocational law had two editions, and
        // an undated text says not which.
        assert_eq!(targets, ["43/2013/QH13", "Luật Giáo dục nghề nghiệp"]);
    }

    /// From shared/corpus/real: a law named in the title of a dated document is no later law
    /// than that document (Nghị định 113/2017 guides the Luật Hóa chất of 2007, not that of
    /// 2025 which the citing file's basis names); the one law of that name up to its year
    /// where the corpus knows one; a year after it only where none is earlier (a mistyped
    /// year: `42/2025/QH15` for the law of 2024).
    #[test]
    fn a_law_in_a_dated_title_is_no_later_law() {
        let graph = super::build(vec![
            scan_text(
                "a.md".into(),
                "Căn cứ Luật Hóa chất số 69/2025/QH15;\nCăn cứ Luật Xây dựng số 50/2014/QH13;\nCăn cứ Luật Xây dựng số 135/2025/QH15;\nCăn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2025/QH15;",
            ),
            scan_text(
                "b.md".into(),
                "Căn cứ Luật Hóa chất số 69/2025/QH15;\n\
                 1. Nghị định số 113/2017/NĐ-CP ngày 09 tháng 10 năm 2017 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất hết hiệu lực.\n\
                 2. Nghị định số 175/2024/NĐ-CP ngày 30 tháng 12 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng.\n\
                 3. Nghị định số 149/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ.\n\
                 4. Thực hiện Luật Hóa chất.\n\
                 5. Danh mục được ban hành tại Nghị định số 113/2017/NĐ-CP ngày 09 tháng 10 năm 2017\n\
                 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật\n\
                 Hóa chất và Danh mục hóa chất Bảng.",
            ),
        ]);
        let laws: Vec<&str> = graph
            .mentions
            .iter()
            .filter(|m| m.path.as_ref() == "b.md" && m.family == crate::tables::Family::Named && m.number.is_none())
            .map(|m| &*m.target)
            .collect();
        // The last: a subject read up to the law's name, wrapped, names it too. The decree of
        // 2024 guides the weapons law of that year, an edition `law_names.txt` numbers (Luật số
        // 42/2024/QH15, as Nghị quyết 66.18/2026/NQ-CP cites it; the `42/2025/QH15` of another
        // file is of the next year: `wrong-law-year`).
        let weapons = "42/2024/QH15";
        // The law of 2007, which this corpus does not number: the list of laws does.
        let expected = ["06/2007/QH12", "50/2014/QH13", weapons, "69/2025/QH15", "06/2007/QH12"];
        assert_eq!(laws, expected, "{:#?}", graph.mentions);
    }

    /// From shared/corpus/real: `Luật Đầu tư công`, `Luật Ngân sách nhà nước`, named without
    /// their year in decrees of 2026, were no document at all where the corpus knows two laws
    /// of the name; a dated document means the law of that name in force when it was issued.
    #[test]
    fn a_law_named_without_its_year_is_the_one_of_the_citing_documents_time() {
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Luật Đất đai số 13/2003/QH11;\nCăn cứ Luật Đất đai số 31/2024/QH15;"),
            scan_text(
                "b.md".into(),
                "CHÍNH PHỦ\nSố: 10/2020/NĐ-CP\n\nNGHỊ ĐỊNH\n\nĐiều 1. Theo quy định của Luật Đất đai.",
            ),
            scan_text(
                "c.md".into(),
                "CHÍNH PHỦ\nSố: 10/2026/NĐ-CP\n\nNGHỊ ĐỊNH\n\nĐiều 1. Theo quy định của Luật Đất đai.",
            ),
            scan_text(
                "d.md".into(),
                "CHÍNH PHỦ\nSố: 10/2001/NĐ-CP\n\nNGHỊ ĐỊNH\n\nĐiều 1. Theo quy định của Luật Đất đai.",
            ),
        ]);
        let target = |path: &str| {
            let m = graph.mentions.iter().find(|m| m.path.as_ref() == path).expect("the law");
            m.target.to_string()
        };
        // In 2020 the law of 2013 stood, which this corpus does not number.
        // The law of 2013, numbered by the list of laws.
        assert_eq!(target("b.md"), "45/2013/QH13", "{:#?}", graph.mentions);
        assert_eq!(target("c.md"), "31/2024/QH15");
        // The law of 1993, which the corpus does not number: law_names.txt lists the editions.
        assert_eq!(target("d.md"), "Luật Đất đai:1993");
    }

    /// From shared/corpus/real: in a codification, a law an article names without its year is
    /// the one in force when the article's source was issued (its source note stands under
    /// its heading); a note on another article is not dated by this one's source, and the
    /// title of the article it names gives the law in force.
    #[test]
    fn a_law_in_a_codified_article_is_the_one_of_its_source_s_time() {
        let graph = super::build(vec![
            scan_text(
                "a.md".into(),
                "Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11;\nCăn cứ Luật Ngân sách nhà nước số 83/2015/QH13;",
            ),
            scan_text(
                "b.md".into(),
                "Điều 5.1.NĐ.1.5. Kinh phí\n\n(Điều 5 Nghị định số 126/2008/NĐ-CP, có hiệu lực thi hành kể từ ngày 31/12/2008)\n\n\
                 Kinh phí thực hiện theo quy định của Luật Ngân sách nhà nước.\n\n\
                 (Điều này có nội dung liên quan đến Điều 7.1.LQ.2. Nguyên tắc của Luật Ngân sách nhà nước)\n\n\
                 Điều 5.1.NĐ.2.6. Kinh phí\n\n(Điều 6 Nghị định số 90/2018/NĐ-CP, có hiệu lực thi hành kể từ ngày 10/08/2018)\n\n\
                 Kinh phí thực hiện theo quy định của Luật Ngân sách nhà nước.\n",
            ),
        ]);
        let laws: Vec<&str> = graph
            .mentions
            .iter()
            .filter(|m| m.path.as_ref() == "b.md" && m.family == crate::tables::Family::Named)
            .map(|m| &*m.target)
            .collect();
        // The note's article title names the law in force, the latest edition: that of 2025
        // (law_names.txt), which this corpus does not number.
        // The law of 2025, numbered by the list of laws.
        assert_eq!(laws, ["01/2002/QH11", "89/2025/QH15", "83/2015/QH13"], "{:#?}", graph.mentions);
    }

    /// From shared/corpus/real: a codification's source note gives a law's number and, as
    /// its title, its official name (`Luật 80/2015/QH13 Ban hành văn bản quy phạm pháp luật
    /// ban hành ngày 22/06/2015`): the law named so elsewhere is that one.
    #[test]
    fn a_law_titled_with_its_official_name_in_a_source_note_is_that_name() {
        let graph = super::build(vec![scan_text(
            "a.md".into(),
            "Điều 1.1.LQ.1. Phạm vi\n(Điều 1 Luật 80/2015/QH13 Ban hành văn bản quy phạm pháp luật ban hành ngày 22/06/2015)\n\
             Điều 1.1.LQ.2. Áp dụng\n\
             (Điều 2 Nghị định 34/2016/NĐ-CP Quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản \
             quy phạm pháp luật ban hành ngày 14/05/2016)\n",
        )]);
        let law = graph.mentions.iter().find(|m| m.family == crate::tables::Family::Named).expect("the law by name");
        assert_eq!(&*law.target, "80/2015/QH13", "{:#?}", graph.mentions);
        // A title that no verb opens is read where the date after it ends it.
        let graph = super::build(vec![scan_text(
            "b.md".into(),
            "Điều 6.3.LQ.1. Phạm vi điều chỉnh của Luật 51/2010/QH12 Người khuyết tật ban hành ngày 17/06/2010; \
             Điều 8.1.LQ.1. Trợ cấp theo quy định của Luật Người khuyết tật.\n",
        )]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["51/2010/QH12", "51/2010/QH12"], "{:#?}", graph.mentions);
    }

    /// From shared/corpus/real: a codification's source notes name laws in their sources'
    /// titles, and those sources' years bound the laws' as elsewhere.
    #[test]
    fn a_law_in_a_codified_source_note_is_no_later_law() {
        let graph = super::build(vec![
            scan_text(
                "a.md".into(),
                "Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11;\nCăn cứ Luật số 07/2022/QH15 Luật Sở hữu trí tuệ;",
            ),
            scan_text(
                "b.md".into(),
                "Điều 1.1.LQ.1. Phạm vi điều chỉnh\n\
                 (Điều 1 Nghị định 105/2006/NĐ-CP Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Sở hữu trí tuệ về bảo vệ quyền sở hữu trí tuệ, có hiệu lực thi hành kể từ ngày 01/10/2006)\n\
                 Điều 1.1.LQ.2. Đối tượng áp dụng\n",
            ),
        ]);
        let law = graph.mentions.iter().find(|m| m.path.as_ref() == "b.md" && m.number.is_none()).expect("the law");
        assert_eq!((&*law.relation, &*law.target), ("guides", "50/2005/QH11"), "{:#?}", graph.mentions);
    }

    /// A page whose title is no law's name, but whose own number the text writes with the
    /// law's name (shared/corpus/real: the codified pages of laws, `(Điều 1 Luật số
    /// 60/2014/QH13 Hộ tịch …)`): the law cited by name elsewhere is that page's document.
    #[test]
    fn a_law_is_the_page_its_own_number_names() {
        let graph = super::build(vec![
            scan_text(
                "a.md".into(),
                "---\nso_hieu: 60/2014/QH13\nloai_van_ban: Luật\ntitle: Đăng ký và quản lý hộ tịch\n---\n\n\
                 Điều 1. Phạm vi điều chỉnh\n\n(Điều 1 Luật số 60/2014/QH13 Hộ tịch ngày 20/11/2014 của Quốc hội)\n",
            ),
            scan_text(
                "b.md".into(),
                "CHÍNH PHỦ\nSố: 10/2020/NĐ-CP\n\nNGHỊ ĐỊNH\n\nĐiều 1. Theo quy định của Luật Hộ tịch.",
            ),
        ]);
        let own = graph.documents.iter().find(|d| &*d.id == "60/2014/QH13").expect("the page's own");
        assert_eq!(own.name.as_deref(), Some("Hộ tịch"));
        // A law's title is its name, not the page's topic (audit 2189).
        assert_eq!(own.title.as_deref(), Some("Hộ tịch"));
        let named = graph.mentions.iter().find(|m| &*m.path == "b.md").expect("the law by name");
        assert_eq!(&*named.target, "60/2014/QH13", "{:#?}", graph.mentions);
    }

    /// From shared/corpus/real (audit 2189): two pages of Thông tư 08/2026/TT-BKHCN, one with
    /// a summary's `Ngày ban hành` (the day it took effect) and a headline, the other with the
    /// text's own place-and-date line and subject line: the document takes each from the text.
    #[test]
    fn two_files_of_one_document_give_it_what_its_own_text_says() {
        // The headline shortened, as other pages' are (`Nghị định 175/2026/NĐ-CP - Tài chính vi mô`).
        let summary = "---\ntitle: \"Thông tư 08/2026/TT-BKHCN - Xác thực thuê bao di động\"\n\
                       date: 2026-04-01\n---\n\n## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n\
                       | Số hiệu | 08/2026/TT-BKHCN |\n| Ngày ban hành | 01/04/2026 |\n\n---\n\nThông tư có hiệu lực kể từ ngày 01/04/2026.\n";
        let text = "---\ndate: 2026-03-31\n---\n\nBỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 08/2026/TT-BKHCN\n\
                    Hà Nội, ngày 31 tháng 3 năm 2026\n\nTHÔNG TƯ\n\
                    Hướng dẫn việc xác thực thông tin thuê bao di động mặt đất\n\nCăn cứ Luật Viễn thông số 24/2023/QH15;\n";
        for files in [[("a.md", summary), ("b.md", text)], [("a.md", text), ("b.md", summary)]] {
            let graph = super::build(files.iter().map(|&(p, t)| scan_text(p.into(), t)).collect::<Vec<_>>());
            let doc = graph.documents.iter().find(|d| &*d.id == "08/2026/TT-BKHCN").expect("the circular");
            assert_eq!(doc.date.as_deref(), Some("2026-03-31"));
            assert_eq!(doc.title.as_deref(), Some("Hướng dẫn việc xác thực thông tin thuê bao di động mặt đất"));
        }
    }

    /// From shared/corpus/real (Luật Hộ tịch 2014, codified): a law named in a document of
    /// 2014 is the edition then in force, though the corpus numbers only the one of 2000.
    #[test]
    fn a_law_by_name_is_the_edition_of_its_time() {
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Luật Hôn nhân và gia đình số 22/2000/QH10;"),
            scan_text(
                "b.md".into(),
                "Số: 60/2014/QH13\nHà Nội, ngày 20 tháng 11 năm 2014\n\nLUẬT\n\nHỘ TỊCH\n\n\
                 Điều 12. theo quy định của Luật hôn nhân và gia đình;\n",
            ),
        ]);
        let named = graph.mentions.iter().find(|m| &*m.path == "b.md").expect("the law by name");
        assert_eq!(&*named.target, "Luật Hôn nhân và gia đình:2014", "{:#?}", graph.mentions);
    }

    /// Audit 2227 (data/, cause 1): a law named without its number that no text of the corpus
    /// numbers is the edition the list of laws numbers, not a record of its name alone.
    #[test]
    fn a_law_by_name_the_corpus_never_numbers_is_the_listed_number() {
        let report = |year: &str, sentence: &str| {
            format!(
                "BÁO CÁO\n\nKết quả thực hiện công tác dân vận của chính quyền năm {year}\n\nQuảng Ngãi, ngày 15 tháng 12 năm {year}\n\n{sentence}\n"
            )
        };
        let graph = super::graph_of(&[
            (
                "a.txt",
                &report(
                    "2021",
                    "- Tổ chức tiếp công dân theo quy định của Luật Tiếp công dân, giải quyết kịp thời đơn thư.",
                ),
            ),
            (
                "b.txt",
                &report(
                    "2022",
                    "phòng, chống bạo lực gia đình, tảo hôn và hôn nhân cận huyết thống, Luật Bình đẳng giới.",
                ),
            ),
        ]);
        let target = |law: &str| graph.mentions.iter().find(|m| m.text.contains(law)).map(|m| m.target.to_string());
        assert_eq!(target("Tiếp công dân").as_deref(), Some("42/2013/QH13"), "{:#?}", graph.mentions);
        assert_eq!(target("Bình đẳng giới").as_deref(), Some("73/2006/QH11"), "{:#?}", graph.mentions);
        let law = graph.documents.iter().find(|d| &*d.id == "73/2006/QH11").expect("the law");
        assert_eq!((law.kind.as_str(), law.name.as_deref()), ("Luật", Some("Bình đẳng giới")));
    }

    /// The list's number names only the edition a law's name is taken as at the citing day: a
    /// code named in 2013 is the code of 2005, which the list does not number, and one named in
    /// 2016 the code of 2015; a law named before its one edition was passed is no edition.
    #[test]
    fn the_listed_number_is_the_edition_of_the_citing_documents_time() {
        let decision = |year: &str, law: &str| {
            format!("Số: 12/{year}/QĐ-TTg\nHà Nội, ngày 10 tháng 3 năm {year}\n\nQUYẾT ĐỊNH\n\nCăn cứ {law};\n")
        };
        let target = |year: &str, law: &str| {
            let graph = super::graph_of(&[("a.txt", &decision(year, law))]);
            let named = graph.mentions.iter().find(|m| m.text.starts_with(law)).expect("the law by name");
            named.target.to_string()
        };
        assert_eq!(target("2013", "Bộ luật Dân sự"), "Bộ luật Dân sự:2005");
        assert_eq!(target("2016", "Bộ luật Dân sự"), "91/2015/QH13");
        assert_eq!(target("2004", "Luật Bình đẳng giới"), "Luật Bình đẳng giới");
    }

    /// The list is the weakest word: a number the corpus reads with the law's name wins over it
    /// (here a misprint, `87/2015/QH13` for 76/2015/QH13, which `conflicting-numbers` would
    /// show once another text wrote the right one), and a name read with another number in
    /// more files is still mended to that one.
    #[test]
    fn the_corpus_s_own_number_wins_over_the_listed_one() {
        let graph = super::graph_of(&[
            ("a.txt", "Căn cứ Luật Tổ chức Chính phủ số 87/2015/QH13;"),
            (
                "b.txt",
                "Số: 12/2016/QĐ-TTg\nHà Nội, ngày 10 tháng 3 năm 2016\n\nQUYẾT ĐỊNH\n\nCăn cứ Luật Tổ chức Chính phủ;\n",
            ),
        ]);
        let named = graph.mentions.iter().find(|m| &*m.path == "b.txt").expect("the law by name");
        assert_eq!(&*named.target, "87/2015/QH13", "{:#?}", graph.mentions);
        let mut files = vec![("a.txt", "Căn cứ Luật Tố cáo số 23/2018/QH14;")];
        files.extend([
            ("b.txt", "Căn cứ Luật Tố cáo số 25/2018/QH14;"),
            ("c.txt", "Căn cứ Luật Tố cáo số 25/2018/QH14;"),
        ]);
        files.push(("d.txt", "Căn cứ Luật Tố cáo số 25/2018/QH14;"));
        let graph = super::graph_of(&files);
        assert!(graph.mentions.iter().all(|m| &*m.target == "25/2018/QH14"), "{:#?}", graph.mentions);
    }

    /// From shared/corpus/real (Luật Phòng, chống khủng bố, 12 June 2013, as one line):
    /// `Hiến pháp` without its year is the constitution in force on the citing document's
    /// day, though the corpus writes no year for it: that of 1992 until 28 November 2013.
    #[test]
    fn the_constitution_without_its_year_is_the_one_of_the_citing_documents_day() {
        let law = |day: &str| {
            format!(
                "Số: 28/2013/QH13\nHà Nội, ngày {day} năm 2013\n\nLUẬT\n\nPHÒNG, CHỐNG KHỦNG BỐ\n\nĐiều 4. Tuân thủ Hiến pháp, pháp luật;\n"
            )
        };
        for (day, constitution) in [("12 tháng 6", "Hiến pháp:1992"), ("29 tháng 11", "Hiến pháp:2013")] {
            let graph = super::build(vec![scan_text("a.md".into(), &law(day))]);
            let cited = graph.mentions.iter().find(|m| m.kind == "Hiến pháp").expect("the constitution");
            assert_eq!(&*cited.target, constitution, "{day}");
        }
        assert_eq!(crate::tables::constitution_on("1980-12-17"), Some(1959));
        assert_eq!(crate::tables::constitution_on("1945-01-01"), None);
    }

    /// From shared/corpus/real (Thông tư 97/2026/TT-BTC's trace showed `Nghị định 78/2025/NĐ-CP
    /// (01/04/2022)`): a date the number's year contradicts is no cited document's date.
    #[test]
    fn a_date_its_number_contradicts_dates_no_document() {
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2022 của Chính phủ;"),
            scan_text("b.md".into(), "Căn cứ Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ;"),
        ]);
        let date = |id: &str| graph.documents.iter().find(|d| &*d.id == id).expect(id).date.clone();
        assert_eq!(date("78/2025/NĐ-CP"), None);
        assert_eq!(date("79/2025/NĐ-CP").as_deref(), Some("2025-04-01"));
        assert!(graph.findings.iter().any(|f| f.kind == "year-mismatch"));
    }

    /// From shared/corpus/real (the Bộ pháp điển's topic pages `Công an xã` and `Chính sách
    /// trợ giúp xã hội …`, shown `[Huyện]`): a codified page without a number is the
    /// Government's, whatever its topic's words.
    #[test]
    fn a_codified_topic_page_is_the_government_s() {
        let note = |n: u8| {
            format!(
                "(Điều {n} Luật số 12/2012/QH13 Công an xã ngày 20/11/2012 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/07/2013)"
            )
        };
        let text = format!(
            "# Công an xã\n\nĐiều 1.12.LQ.1. Phạm vi điều chỉnh\n\nLuật này quy định về Công an xã.\n\n{}\n\n\
             Điều 1.12.LQ.2. Vị trí\n\n{}\n",
            note(1),
            note(2)
        );
        let graph = super::build(vec![scan_text("trat-tu-an-toan-xa-hoi__cong-an-xa.md".into(), &text)]);
        let page = graph.documents.iter().find(|d| d.in_corpus).expect("the page");
        assert!(page.codified && page.number.is_none(), "{page:#?}");
        assert_eq!(page.level, Level::Government);
    }

    /// From shared/corpus/real (Thông tư 60/2026/TT-BTC, OCR'd): a symbol with a code misread
    /// is the one of its number the same file writes with known codes, and the finding says
    /// so; another file's, or one two letters off, is not.
    #[test]
    fn a_code_ocr_misread_is_the_file_s_own_spelling() {
        let graph = super::build(vec![
            scan_text(
                "a.md".into(),
                "Căn cứ Quyết định số 417/QĐ-BNNMT ngày 31 tháng 01 năm 2026;\n\
                 theo Quyết định số 417/QĐ-BNNMIT và Quyết định sô 417/QĐĐ-BNNMIT; Quyết định số 417/QĐ-BNXYZ.",
            ),
            scan_text("b.md".into(), "theo Quyết định số 417/QĐ-BNNMIT."),
        ]);
        let targets: Vec<(&str, &str)> = graph.mentions.iter().map(|m| (&*m.path, &*m.target)).collect();
        assert_eq!(
            targets,
            [
                ("a.md", "417/QĐ-BNNMT:2026"),
                ("a.md", "417/QĐ-BNNMT:2026"),
                ("a.md", "417/QĐ-BNNMT:2026"),
                ("a.md", "417/QĐ-BNXYZ"),
                ("b.md", "417/QĐ-BNNMIT"),
            ]
        );
        // One finding of the file's two places (findings audit: one a place, 14 in Thông tư
        // 60/2026/TT-BTC).
        let misread: Vec<Vec<&str>> = graph
            .findings
            .iter()
            .filter(|f| f.message.contains("misread by OCR"))
            .map(|f| f.locations.iter().map(|l| &*l.path).collect())
            .collect();
        assert_eq!(misread, [["a.md", "a.md"]]);
        assert!(crate::tables::one_edit_apart("BNNMIT", "BNNMT") && crate::tables::one_edit_apart("QĐĐ", "QĐ"));
        assert!(!crate::tables::one_edit_apart("BNXYZ", "BNNMT") && !crate::tables::one_edit_apart("QĐ", "QĐ"));
    }

    /// From shared/corpus/real (Nghị định 153/2026/NĐ-CP, Nghị quyết 159/2026/NQ-CP): the laws
    /// an amending law's name lists, numbered or not, are each named, and each is older than
    /// the amending law: `Luật Đầu tư` in a law of 2025 is the law of 2020, not the one of
    /// later in 2025; where the text itself dates the law amended in the same year, it is
    /// that one.
    #[test]
    fn laws_an_amending_law_lists_are_older_than_it() {
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Luật Đầu tư số 61/2020/QH14;\nCăn cứ Luật Đầu tư số 143/2025/QH15;"),
            scan_text(
                "b.md".into(),
                "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;\n\
                 Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;",
            ),
            scan_text(
                "c.md".into(),
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư và Luật Hải quan số 90/2025/QH15;",
            ),
            scan_text(
                "d.md".into(),
                "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\n\
                 Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2025;",
            ),
        ]);
        let of = |path: &str| -> Vec<(&str, &str)> {
            graph.mentions.iter().filter(|m| &*m.path == path).map(|m| (&*m.text, &*m.target)).collect()
        };
        assert_eq!(
            of("c.md"),
            [
                (
                    "Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư và Luật Hải quan số 90/2025/QH15",
                    "90/2025/QH15"
                ),
                // Editions the corpus here does not number: law_names.txt lists them, with
                // their numbers.
                ("Luật Đấu thầu", "22/2023/QH15"),
                ("Luật Đầu tư", "61/2020/QH14"),
                ("Luật Hải quan", "54/2014/QH13"),
            ]
        );
        let amended = of("d.md");
        assert_eq!(amended.last(), Some(&("Luật Ban hành văn bản quy phạm pháp luật", "64/2025/QH15")), "{amended:?}");
    }

    /// From shared/corpus/real (Thông tư 04/2026/TT-BKHCN, Nghị định 127/2026/NĐ-CP): the
    /// number an amending law's name is read with elsewhere is no number of the law its name
    /// ends with, though a text writes that law's name with it; a text of 2026 naming the law
    /// cites the law of 2007.
    #[test]
    fn an_amending_law_s_number_is_not_the_amended_law_s() {
        let graph = super::build(vec![
            scan_text(
                "a.md".into(),
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa số 78/2025/QH15;",
            ),
            scan_text(
                "b.md".into(),
                "Căn cứ Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 được sửa đổi, bổ sung bởi Luật Chất lượng sản phẩm, hàng hóa số 78/2025/QH15;",
            ),
            scan_text(
                "z.md".into(),
                "CHÍNH PHỦ\nSố: 37/2026/NĐ-CP\n\nhướng dẫn thi hành Luật Chất lượng sản phẩm, hàng hóa.",
            ),
        ]);
        let by_name = graph.mentions.iter().find(|m| m.path.as_ref() == "z.md").expect("the law by name");
        assert_eq!(&*by_name.target, "05/2007/QH12");
        let amending = graph.documents.iter().find(|d| &*d.id == "78/2025/QH15").expect("the amending law");
        assert_eq!(
            amending.name.as_deref(),
            Some("sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa")
        );
    }

    /// From shared/corpus/real (Nghị định 241/2026's annexed forms, OCR'd): an amending law's
    /// name one letter from the name another text numbers is that law; one that differs in a
    /// digit is another law.
    #[test]
    fn a_misread_letter_in_a_numbered_law_s_name() {
        let graph = super::build(vec![
            scan_text(
                "a.md".into(),
                "Căn cứ Luật sửa đổi, bổ sung một số điều của 10 Luật có liên quan đến an ninh, trật tự số 118/2025/QH15;",
            ),
            scan_text(
                "b.md".into(),
                "khi Luật sửa đổi, bổ sung một số điều của 10 Luật có liên qua\nđến an ninh, trật tự có hiệu lực thi hành\n\n\
                 khi Luật sửa đổi, bổ sung một số điều của 11 Luật có liên quan đến an ninh, trật tự có hiệu lực",
            ),
        ]);
        let targets: Vec<&str> = graph.mentions.iter().filter(|m| &*m.path == "b.md").map(|m| &*m.target).collect();
        assert_eq!(targets.len(), 2, "{targets:?}");
        assert_eq!(targets[0], "118/2025/QH15");
        assert_ne!(targets[1], "118/2025/QH15");
    }

    /// From shared/corpus/real (Nghị định 145/2026's related documents, typed without marks):
    /// `Luat Doanh nghiep so 39/2020/QH14` is read, but its misprinted number is no number of
    /// the law, which the texts with marks number 59/2020/QH14: it is that law's (findings
    /// audit 2204: it stood in `dangling` of its own).
    #[test]
    fn a_law_typed_without_marks_numbers_no_law() {
        let graph = super::build(vec![
            scan_text("a.md".into(), "Căn cứ Luật Doanh nghiệp số 59/2020/QH14;"),
            scan_text("b.md".into(), "- Luat Doanh nghiep so 39/2020/QH14"),
            scan_text("z.md".into(), "CHÍNH PHỦ\nSố: 37/2026/NĐ-CP\n\ntheo Luật Doanh nghiệp."),
        ]);
        let target = |path: &str| graph.mentions.iter().find(|m| &*m.path == path).map(|m| m.target.to_string());
        assert_eq!(target("b.md").as_deref(), Some("59/2020/QH14"));
        assert_eq!(target("z.md").as_deref(), Some("59/2020/QH14"));
    }

    /// From shared/corpus/real (a tracking page): `91/TT-BTC` without its year is the one of
    /// the year the same file writes with it, though the corpus knows a 91/2018/TT-BTC too;
    /// in a file that writes neither, it stays without a year.
    #[test]
    fn a_number_without_its_year_takes_the_year_its_file_writes() {
        let graph = super::build(vec![
            scan_text("a.md".into(), "theo Thông tư số 91/2018/TT-BTC của Bộ Tài chính."),
            scan_text("b.md".into(), "### 1.4. 91/2026/TT-BTC\n\n| Slug 439780 (91/TT-BTC) | 404 |\n"),
            scan_text("c.md".into(), "Thông tư 91/TT-BTC đã được đăng."),
        ]);
        let targets = |path: &str| -> Vec<&str> {
            graph.mentions.iter().filter(|m| &*m.path == path).map(|m| &*m.target).collect()
        };
        assert_eq!(targets("b.md"), ["91/2026/TT-BTC", "91/2026/TT-BTC"]);
        assert_eq!(targets("c.md"), ["91/TT-BTC"]);
    }

    /// From shared/corpus/real (Nghị quyết 31/2026/QH16, the laws a session passed): a heading
    /// that names an amending law lists all the laws it amends, abbreviated or not, and is the
    /// amending law another text numbers; in a sentence, a law after a comma is another one.
    #[test]
    fn an_amending_law_named_in_a_heading_is_read_whole() {
        let graph = super::build(vec![
            scan_text(
                "a.md".into(),
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân, Luật Thuế giá trị gia tăng, Luật Thuế thu nhập doanh nghiệp và Luật Thuế tiêu thụ đặc biệt số 09/2026/QH16;",
            ),
            scan_text(
                "b.md".into(),
                "QUỐC HỘI\nSố: 31/2026/QH16\n\n### 7. Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân, Luật Thuế GTGT, Luật Thuế TNDN và Luật Thuế tiêu thụ đặc biệt\n\n\
                 theo Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân, Luật Quản lý thuế và các văn bản.",
            ),
        ]);
        let read: Vec<(&str, &str)> = graph
            .mentions
            .iter()
            .filter(|m| m.path.as_ref() == "b.md" && m.text.contains("sửa đổi"))
            .map(|m| (&*m.text, &*m.target))
            .collect();
        assert_eq!(read.len(), 2, "{read:?}");
        assert_eq!(read[0].1, "09/2026/QH16", "{read:?}");
        assert_eq!(read[1].0, "Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân", "{read:?}");
    }

    /// From shared/corpus/real (the codified pages on architecture and on performing arts): a
    /// codification's note writes an amending law's title after its number, and that title
    /// names it where another text cites it by name and year.
    #[test]
    fn an_amending_law_titled_after_its_number_is_named_by_it() {
        let graph = super::build(vec![
            scan_text(
                "codified.md".into(),
                "(Điều này có nội dung liên quan đến Điều 1 của Luật 36/2009/QH12 Sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ ban hành ngày 19/06/2009)",
            ),
            scan_text(
                "z.md".into(),
                "theo Luật sửa đổi, bổ sung một số điều của Luật sở hữu trí tuệ năm 2009 về quyền tác giả.",
            ),
        ]);
        let targets: Vec<&str> =
            graph.mentions.iter().filter(|m| m.path.as_ref() == "z.md").map(|m| &*m.target).collect();
        assert_eq!(targets.first(), Some(&"36/2009/QH12"), "{targets:?}");
    }

    /// From shared/corpus/real (audit 2249, Nghị định 123/2026/NĐ-CP, lines 14 and 44): an
    /// amending law named by the law it amends is the one amender of that law its file
    /// numbers; not where the file numbers two, nor in a file that numbers none.
    #[test]
    fn an_amending_law_named_by_its_law_is_the_amender_its_file_numbers() {
        let decree = |amenders: &str| {
            format!(
                "Căn cứ Luật Giao thông đường thủy nội địa số 23/2004/QH11 được sửa đổi, bổ sung bởi {amenders};\n\n\
                 Nghị định quy định chi tiết một số điều Luật Giao thông đường thủy nội địa và Luật sửa đổi, bổ sung \
                 một số điều của Luật Giao thông đường thủy nội địa, bao gồm:\n"
            )
        };
        let target_of_name = |text: &str| {
            let graph = super::graph_of(&[("nd.md", text)]);
            let m = graph.mentions.iter().find(|m| m.text.starts_with("Luật sửa đổi")).expect("the amending law");
            m.target.to_string()
        };
        assert_eq!(target_of_name(&decree("Luật số 48/2014/QH13")), "48/2014/QH13");
        let two = target_of_name(&decree("Luật số 48/2014/QH13 và Luật số 97/2015/QH13"));
        assert!(two.starts_with("Luật sửa đổi"), "{two}");
        let none = target_of_name(
            &decree("Luật số 48/2014/QH13").replace(" được sửa đổi, bổ sung bởi Luật số 48/2014/QH13", ""),
        );
        assert!(none.starts_with("Luật sửa đổi"), "{none}");
    }

    /// From shared/corpus/real: `Luật Tố cáo` is read with 23/2018/QH14 in a basis line and
    /// with 25/2018/QH14 in a codification's note, one file each. The codification's number
    /// is the law's (23/2018/QH14 is Luật Cạnh tranh), and the finding says why.
    #[test]
    fn a_codification_breaks_a_tie_between_a_law_s_numbers() {
        let graph = super::build(vec![
            scan_text("basis.md".into(), "Căn cứ Luật Tố cáo số 23/2018/QH14;"),
            scan_text(
                "codified.md".into(),
                "Điều 1.1.LQ.1. Phạm vi điều chỉnh\n\
                 (Điều này có nội dung liên quan đến Điều 12 của Luật 25/2018/QH14 Tố cáo ban hành ngày 12/06/2018)\n\
                 Điều 1.1.LQ.2. Đối tượng áp dụng\n",
            ),
            scan_text("z.md".into(), "theo Luật Tố cáo năm 2018."),
        ]);
        let by_name = graph.mentions.iter().find(|m| m.path.as_ref() == "z.md").expect("the law by name");
        assert_eq!(&*by_name.target, "25/2018/QH14", "{:#?}", graph.mentions);
        let conflict = graph.findings.iter().find(|f| f.kind == "conflicting-numbers").expect("the conflict");
        assert_eq!(
            conflict.message,
            "Luật Tố cáo (2018) is written with 2 numbers: 25/2018/QH14 in 1 file, 23/2018/QH14 in 1 file; \
             every citation is taken to be 25/2018/QH14, the number the codification (Bộ pháp điển) gives"
        );
        // Two codifications with a number each break no tie.
        let graph = super::build(vec![
            scan_text("z.md".into(), "theo Luật Tố cáo năm 2018."),
            scan_text(
                "c1.md".into(),
                "Điều 1.1.LQ.1. A\n(Điều 12 của Luật 25/2018/QH14 Tố cáo ban hành ngày 12/06/2018)\nĐiều 1.1.LQ.2. B\n",
            ),
            scan_text(
                "c2.md".into(),
                "Điều 1.1.LQ.1. A\n(Điều 12 của Luật 23/2018/QH14 Tố cáo ban hành ngày 12/06/2018)\nĐiều 1.1.LQ.2. B\n",
            ),
        ]);
        let by_name = graph.mentions.iter().find(|m| m.path.as_ref() == "z.md").expect("the law by name");
        assert_eq!(&*by_name.target, "Luật Tố cáo:2018", "{:#?}", graph.mentions);
    }

    /// From a user's folder (UX audit 2190): a province's letter cites a district's letter the
    /// folder holds, naming its issuer only before (`UBND huyện Ba Tơ đã báo cáo tại Công văn
    /// số 1021/UBND-VP ngày 23/6/2023`); the district's letter cites the Tỉnh ủy's notice
    /// without its date (`Thông báo số 79-TB/TU`), a province's document, not the district's.
    #[test]
    fn a_local_document_of_another_place_is_known_by_its_date_or_its_body_s_level() {
        let district = "ỦY BAN NHÂN DÂN\nHUYỆN BA TƠ\n\nSố: 1021/UBND-VP\nV/v báo cáo kết quả thực hiện điểm 1 Thông báo số 79-TB/TU\n\n\
                        Ba Tơ, ngày 23 tháng 6 năm 2023\n\nKính gửi: Ban Dân tộc tỉnh Quảng Ngãi.\n\n\
                        1. UBND huyện đã ban hành Kế hoạch số 88/KH-UBND ngày 05/12/2022 triển khai thực hiện Thông báo số 79-TB/TU.\n";
        let province = "UBND TỈNH QUẢNG NGÃI\nBAN DÂN TỘC\n\nSố: 612/BDT-CSDT\n\nQuảng Ngãi, ngày 26 tháng 6 năm 2023\n\n\
                        1. Thực hiện Thông báo số 79-TB/TU ngày 09/11/2022 của Văn phòng Tỉnh ủy.\n\n\
                        2. Đến nay, UBND huyện Ba Tơ đã báo cáo tại Công văn số 1021/UBND-VP ngày 23/6/2023; Công văn số 1022/UBND-VP ngày 23/6/2023.\n";
        let graph = super::build(vec![scan_text("bato.txt".into(), district), scan_text("bdt.txt".into(), province)]);
        let targets: Vec<(&str, &str)> = graph.mentions.iter().map(|m| (&*m.path, &*m.target)).collect();
        assert_eq!(
            targets,
            [
                ("bato.txt", "79-TB/TU:2022@Quảng Ngãi"),
                // The district's own plan.
                ("bato.txt", "88/KH-UBND:2022@Ba Tơ"),
                ("bato.txt", "79-TB/TU:2022@Quảng Ngãi"),
                ("bdt.txt", "79-TB/TU:2022@Quảng Ngãi"),
                ("bdt.txt", "1021/UBND-VP:2023@Ba Tơ"),
                // No document of that number and date elsewhere: the province's own.
                ("bdt.txt", "1022/UBND-VP:2023@Quảng Ngãi"),
            ],
            "{:#?}",
            graph.mentions
        );
    }

    /// From a clerk's folder (audit 2191): a department's letter (`Số: 1025/SKHCN-QLCN`, a code
    /// the tables did not know) is its own document, of its province; the letter it answers,
    /// named again without date or issuer, is the commune's the sentence before named.
    #[test]
    fn a_department_s_letter_and_the_letter_it_answers() {
        let letter = "UBND TỈNH NGHỆ AN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: 1025/SKHCN-QLCN\n\
                      V/v trả lời đề nghị hướng dẫn thành lập Tổ công nghệ số cộng đồng\n\n\
                      Nghệ An, ngày 02 tháng 10 năm 2025\n\nKính gửi: Ủy ban nhân dân xã Diễn Châu.\n\n\
                      Sở Khoa học và Công nghệ nhận được Công văn số 356/UBND-VP ngày 25/9/2025 của UBND xã \
                      Diễn Châu về việc đề nghị hướng dẫn. Phúc đáp Công văn số 356/UBND-VP, Sở Khoa học và \
                      Công nghệ có ý kiến như sau:\n\n1. Thực hiện theo Kế hoạch số 88/KH-SKHCN ngày 05/9/2025 \
                      của Sở Khoa học và Công nghệ.\n";
        let graph = super::build(vec![scan_text("cv.txt".into(), letter)]);
        assert_eq!(graph.files[0].document.as_deref(), Some("1025/SKHCN-QLCN:2025@Nghệ An"));
        let read: Vec<(&str, &str, Option<&str>)> =
            graph.mentions.iter().map(|m| (&*m.target, &*m.relation, m.issuer.as_deref())).collect();
        assert_eq!(
            read,
            [
                ("356/UBND-VP:2025@Diễn Châu", "cites", Some("UBND xã Diễn Châu")),
                ("356/UBND-VP:2025@Diễn Châu", "answers", None),
                ("88/KH-SKHCN:2025@Nghệ An", "cites", Some("Sở Khoa học và Công nghệ")),
            ]
        );
    }

    /// data/000: a letter whose symbol names its type and unit only is the citing body's
    /// where the file places a letter of that unit there, or is one of it itself; `CV`
    /// alone, or a unit the body's documents never use, places nothing.
    #[test]
    fn a_letter_of_the_citing_body_s_unit_is_of_its_place() {
        let report = |no: &str, body: &str| {
            format!(
                "UBND TỈNH QUẢNG NGÃI\nBAN DÂN TỘC\n\nSố: {no}\n\nQuảng Ngãi, ngày 30 tháng 6 năm 2023\n\nBÁO CÁO\n\n{body}\n"
            )
        };
        let sentence = "Ban Dân tộc tỉnh đã có Công văn số 564/BDT-CSDT và Công văn số 579/CV – CSDT đề nghị các \
                        Sở, ban ngành có liên quan báo cáo kết quả; Công văn số 12/CV-KHTC và Công văn số 7/CV.";
        let own = "Thực hiện Công văn số 579/CV – CSDT, Ban Dân tộc báo cáo.";
        let scans = vec![
            scan_text("bc.txt".into(), &report("601/BC-BDT", sentence)),
            scan_text("cv.txt".into(), &report("602/BDT-CSDT", own)),
        ];
        let graph = super::build(scans);
        let targets: Vec<(&str, &str)> = graph.mentions.iter().map(|m| (&*m.path, &*m.target)).collect();
        assert_eq!(
            targets,
            [
                ("bc.txt", "564/BDT-CSDT@Quảng Ngãi"),
                ("bc.txt", "579/CV-CSDT@Quảng Ngãi"),
                ("bc.txt", "12/CV-KHTC"),
                ("bc.txt", "07/CV"),
                ("cv.txt", "579/CV-CSDT@Quảng Ngãi"),
            ]
        );
        let letter = graph.documents.iter().find(|d| &*d.id == "579/CV-CSDT@Quảng Ngãi").expect("the unit's letter");
        assert_eq!(letter.level, Level::Province);
    }

    /// From a district's folder (audit 2197): the province's resolution, named with its issuer
    /// and then again by its number alone, and by `HĐND tỉnh` in another district text, is
    /// one document of the province, not a district's too.
    #[test]
    fn a_province_s_resolution_named_again_by_its_number_is_the_province_s() {
        let head = |no: &str, body: &str| {
            format!(
                "ỦY BAN NHÂN DÂN\nHUYỆN THỌ XUÂN\n\nSố: {no}\n\nThọ Xuân, ngày 10 tháng 5 năm 2024\n\nTỜ TRÌNH\n\n{body}\n"
            )
        };
        let submission = head(
            "20/TTr-UBND",
            "Căn cứ Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Thanh Hóa;\n\n\
             2. Nguyên tắc phân bổ: theo quy định tại Điều 4 Nghị quyết số 12/2021/NQ-HĐND.",
        );
        let report =
            head("78/BC-UBND", "1. Thực hiện Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh, huyện đã phân bổ vốn.");
        let graph = super::build(vec![scan_text("ttr.txt".into(), &submission), scan_text("bc.txt".into(), &report)]);
        let targets: Vec<&str> =
            graph.mentions.iter().filter(|m| m.number.as_deref() == Some("12")).map(|m| &*m.target).collect();
        assert_eq!(targets, ["12/2021/NQ-HĐND@Thanh Hóa"; 3], "{:#?}", graph.mentions);
    }

    /// From shared/corpus/real (findings audit 2188): a decree cited first with a misprinted
    /// day, then five times with its own, is dated as most citations date it.
    #[test]
    fn a_cited_document_is_dated_as_most_citations_date_it() {
        let graph = super::graph_of(&[
            (
                "a.md",
                "Căn cứ Nghị định số 123/2024/NĐ-CP ngày 05 tháng 10 năm 2024 của Chính phủ quy định về điều kiện \
                 đầu tư và hoạt động trong lĩnh vực giáo dục;",
            ),
            (
                "b.md",
                "Căn cứ Nghị định số 123/2024/NĐ-CP ngày 04 tháng 10 năm 2024 của Chính phủ quy định về xử phạt vi \
                 phạm hành chính trong lĩnh vực đất đai;",
            ),
            ("c.md", "Theo Nghị định số 123/2024/NĐ-CP ngày 04/10/2024 của Chính phủ."),
            ("d.md", "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 05/02/2020; Nghị định số 45/2020/NĐ-CP ngày 05/05/2020."),
        ]);
        let date = |id: &str| graph.documents.iter().find(|d| &*d.id == id).and_then(|d| d.date.clone());
        assert_eq!(date("123/2024/NĐ-CP").as_deref(), Some("2024-10-04"));
        // Titled as a citation of that day titles it, not as the first (findings audit 2204:
        // the one of 05/10 is the decree on education, 125/2024/NĐ-CP, misnumbered).
        let decree = graph.documents.iter().find(|d| &*d.id == "123/2024/NĐ-CP").unwrap();
        assert_eq!(decree.title.as_deref(), Some("quy định về xử phạt vi phạm hành chính trong lĩnh vực đất đai"));
        // As often one as the other: the first given.
        assert_eq!(date("45/2020/NĐ-CP").as_deref(), Some("2020-02-05"));
    }

    /// From shared/corpus/real (findings audit 2211): a decree dated two ways once each takes
    /// the day that fits the numbers beside it (decrees are numbered in the order of their
    /// days), not the first written; the finding says so.
    #[test]
    fn a_tie_of_days_goes_to_the_day_that_fits_the_numbers_beside_it() {
        let amends = "của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến điều kiện đầu tư kinh \
                      doanh thuộc lĩnh vực quản lý nhà nước của Bộ Công Thương";
        let graph = super::graph_of(&[
            (
                "a.md",
                &format!("4. Bãi bỏ Điều 8, 9 của Nghị định số 17/2020/NĐ-CP ngày 05 tháng 05\nnăm 2020 {amends};"),
            ),
            (
                "b.md",
                &format!("được bổ sung tại Điều 13 Nghị định số 17/2020/NĐ-CP ngày 05 tháng 02 năm 2020 {amends};"),
            ),
            (
                "c.md",
                "(Điều 15.6.NĐ.2.37. Trách nhiệm của Ủy ban nhân dân cấp tỉnh của Nghị định 16/2020/NĐ-CP Quy định \
                 chi tiết một số điều và biện pháp thi hành Luật Quốc tịch Việt Nam ban hành ngày 03/02/2020)",
            ),
            (
                "d.md",
                "(Điều 1 Nghị định số 24/2020/NĐ-CP Quy định chi tiết một số điều của Luật Phòng, chống tác hại của \
                 rượu, bia ngày 24/02/2020 của Chính phủ, có hiệu lực thi hành kể từ ngày 24/02/2020)",
            ),
        ]);
        let decree = graph.documents.iter().find(|d| &*d.id == "17/2020/NĐ-CP").expect("the decree");
        assert_eq!(decree.date.as_deref(), Some("2020-02-05"));
        let said: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "conflicting-dates").map(|f| &*f.message).collect();
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].ends_with("the graph dates it 2020-02-05, the date that fits the numbers beside it"),
            "{}",
            said[0]
        );
    }

    /// From shared/corpus/real (audit 2205: Nghị định 90/2018/NĐ-CP of 25/6/2018, codified,
    /// names `Luật Công an nhân dân`): a law of the citing document's year passed after its
    /// day is not yet the law it cites; one passed before it is.
    #[test]
    fn a_law_passed_after_the_citing_day_is_not_yet_the_law_cited() {
        let decree = |number: &str, day: &str| {
            format!(
                "CHÍNH PHỦ\n\nSố: {number}/2018/NĐ-CP\n\nHà Nội, ngày {day} năm 2018\n\nNGHỊ ĐỊNH\n\nQuy định \
                 về cảnh vệ\n\nĐiều 1. Lực lượng cảnh vệ thực hiện theo Luật Công an nhân dân.\n"
            )
        };
        // The law each file cites.
        let law = |graph: &crate::model::Graph, path: &str| {
            graph.mentions.iter().find(|m| &*m.path == path && m.kind == "Luật").map(|m| m.target.to_string())
        };
        let graph = super::graph_of(&[
            ("a.md", "Căn cứ Luật Công an nhân dân số 73/2014/QH13 ngày 27 tháng 11 năm 2014;\n"),
            ("b.md", "Căn cứ Luật Công an nhân dân số 37/2018/QH14 ngày 20 tháng 11 năm 2018;\n"),
            ("c.md", &decree("90", "25 tháng 6")),
            ("d.md", &decree("150", "01 tháng 12")),
        ]);
        assert_eq!(law(&graph, "c.md").as_deref(), Some("73/2014/QH13"));
        assert_eq!(law(&graph, "d.md").as_deref(), Some("37/2018/QH14"));
        // A law the corpus knows by its name and a citation's day only, not by its number
        // (audit 2213: Thông tư 71/2015/TT-BTC of 11/05/2015 names `Luật Ngân sách Nhà nước`,
        // the law of 2002, not that of 25/06/2015).
        let circular = |number: &str, day: &str| {
            format!(
                "BỘ TÀI CHÍNH\n\nSố: {number}/2015/TT-BTC\n\nHà Nội, ngày {day} năm 2015\n\nTHÔNG TƯ\n\nHướng dẫn \
                 kinh phí\n\nĐiều 1. Kinh phí thực hiện theo quy định của Luật Ngân sách Nhà nước.\n"
            )
        };
        let graph = super::graph_of(&[
            ("a.md", "theo Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"),
            ("c.md", &circular("71", "11 tháng 5")),
            ("d.md", &circular("150", "01 tháng 12")),
        ]);
        assert_eq!(law(&graph, "c.md").as_deref(), Some("Luật Ngân sách nhà nước:2002"));
        assert_eq!(law(&graph, "d.md").as_deref(), Some("Luật Ngân sách nhà nước:2015"));
    }

    /// From shared/corpus/real (audit 2228, cause D): on a codified page of a document of its
    /// own, an article whose note names that document is of its day, whatever note of another
    /// source was read before (`Thông tư số 215/2015/TT-BTC`): `Bộ luật tố
    /// tụng hình sự` in Điều 6 of Pháp lệnh 02/2012/UBTVQH13 is the code of 2003, not 101/2015/QH13;
    /// `Luật Công an nhân dân` in Luật An ninh mạng 24/2018/QH14 of 12/06/2018 is the law of
    /// 2014, not 37/2018/QH14 of 20/11/2018.
    #[test]
    fn a_codified_page_s_own_article_is_of_its_own_day() {
        // A page of the document `number`, whose articles are numbered with `code` (`PL`, `LQ`).
        let page = |(number, kind, code): (&str, &str, &str), day: &str, other: &str, own: &str| {
            format!(
                "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | {number} |\n\
                 | **Loại văn bản** | {kind} |\n| **Ngày ban hành** | {day} |\n\n## VĂN BẢN\n# Trang\n\n\
                 Điều 33.2.TT.1.2. Đối tượng áp dụng\n\n({other}, có hiệu lực thi hành kể từ ngày 20/02/2016)\n\n\
                 Thông tư này áp dụng đối với cơ quan tiến hành tố tụng.\n\n\
                 Điều 33.2.{code}.6. Cơ quan có trách nhiệm\n\n(Điều 6 {kind} số {number}, có hiệu lực thi hành kể từ \
                 ngày 01/01/2013)\n\n1. {own}\n"
            )
        };
        let graph = super::graph_of(&[
            ("a.md", "Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13 ngày 27 tháng 11 năm 2015;\n"),
            ("b.md", "Căn cứ Luật Công an nhân dân số 73/2014/QH13 ngày 27 tháng 11 năm 2014;\n"),
            ("c.md", "Căn cứ Luật Công an nhân dân số 37/2018/QH14 ngày 20 tháng 11 năm 2018;\n"),
            (
                "d.md",
                &page(
                    ("02/2012/UBTVQH13", "Pháp lệnh", "PL"),
                    "28/03/2012",
                    "Điều 2 Thông tư số 215/2015/TT-BTC",
                    "Cơ quan tiến hành tố tụng hình sự theo quy định của Bộ luật tố tụng hình sự.",
                ),
            ),
            (
                "e.md",
                &page(
                    ("24/2018/QH14", "Luật", "LQ"),
                    "12/06/2018",
                    "Điều 2 Thông tư số 05/2023/TT-BCA",
                    "Thẩm quyền huy động nhân lực được thực hiện theo quy định của Luật Công an nhân dân.",
                ),
            ),
        ]);
        let law = |path: &str| {
            let m = graph.mentions.iter().find(|m| &*m.path == path && m.family == crate::tables::Family::Named);
            m.map(|m| m.target.to_string())
        };
        assert_eq!(law("d.md").as_deref(), Some("Bộ luật Tố tụng hình sự:2003"), "{:#?}", graph.mentions);
        assert_eq!(law("e.md").as_deref(), Some("73/2014/QH13"), "{:#?}", graph.mentions);
    }

    /// A law the file names as ended lends its year to no other citation of the name there:
    /// the decree of 2021 that cites `Luật Thanh niên` beside `Luật Thanh niên số 53/2005/QH11
    /// hết hiệu lực` cites the law of 2020 (audit 2208, the codified page on youth).
    #[test]
    fn a_law_named_as_ended_lends_no_year() {
        let decree = "CHÍNH PHỦ\n\nSố: 13/2021/NĐ-CP\n\nHà Nội, ngày 01 tháng 3 năm 2021\n\nNGHỊ ĐỊNH\n\nQuy định \
                      về thanh niên\n\nĐiều 1. Chính sách đối với thanh niên theo quy định của Luật Thanh niên.\n\n\
                      Điều 2. Luật Thanh niên số 53/2005/QH11 hết hiệu lực kể từ ngày 01 tháng 01 năm 2021.\n";
        let graph = super::graph_of(&[
            ("a.md", "Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16 tháng 6 năm 2020;\n"),
            ("b.md", decree),
        ]);
        let targets: Vec<&str> =
            graph.mentions.iter().filter(|m| &*m.path == "b.md" && m.kind == "Luật").map(|m| &*m.target).collect();
        assert_eq!(targets, ["57/2020/QH14", "53/2005/QH11"]);
    }

    /// Every province numbers its own documents: two provinces' `01/KH-UBND` of 2023 are two
    /// documents, and a plan that cites `Kế hoạch số 104/KH-UBND` without naming its issuer
    /// cites its own province's. Headers as the generated corpus and `data/` write them.
    #[test]
    fn local_documents_are_told_apart_by_their_place() {
        let plan = |place: &str, upper: &str, body: &str| {
            format!(
                "ỦY BAN NHÂN DÂN\n{upper}\nSố: 01/KH-UBND\n{place}, ngày 05 tháng 6 năm 2023\n\nKẾ HOẠCH\n\nTriển khai thực hiện công tác dân tộc năm 2023\n\n{body}\n"
            )
        };
        let scans = vec![
            scan_text(
                "lc.txt".into(),
                &plan(
                    "Lào Cai",
                    "TỈNH LÀO CAI",
                    "Căn cứ Kế hoạch số 104/KH-UBND ngày 28/6/2022 của UBND tỉnh; Nghị quyết số 24-NQ/TW ngày 12/3/2003.",
                ),
            ),
            scan_text(
                "gl.txt".into(),
                &plan(
                    "Gia Lai",
                    "TỈNH GIA LAI",
                    "Căn cứ Kế hoạch số 104/KH-UBND ngày 28/6/2022; Nghị quyết số 24-NQ/TW ngày 12/3/2003.",
                ),
            ),
            scan_text(
                "st.txt".into(),
                &plan(
                    "Sơn Tịnh",
                    "HUYỆN SƠN TỊNH",
                    "Thực hiện Kế hoạch số 104/KH-UBND ngày 28/6/2022 của UBND tỉnh Quảng Ngãi; Kế hoạch số 12/KH-UBND ngày 1/3/2023 của UBND tỉnh.",
                ),
            ),
            scan_text(
                "tw.md".into(),
                "Theo Quyết định số 7/QĐ-UBND ngày 2/1/2023 của UBND tỉnh Gia Lai và Quyết định số 7/QĐ-UBND ngày 2/1/2023.",
            ),
        ];
        let graph = super::build(scans);
        let files: Vec<Option<&str>> = graph.files.iter().map(|f| f.document.as_deref()).collect();
        assert_eq!(
            files,
            [
                Some("01/KH-UBND:2023@Lào Cai"),
                Some("01/KH-UBND:2023@Gia Lai"),
                Some("01/KH-UBND:2023@Sơn Tịnh"),
                Some("file:tw.md")
            ]
        );
        let targets: Vec<(&str, &str)> = graph.mentions.iter().map(|m| (&*m.path, &*m.target)).collect();
        assert_eq!(
            targets,
            [
                // `của UBND tỉnh` in a province's text: its own.
                ("lc.txt", "104/KH-UBND:2022@Lào Cai"),
                // A central body's document has no place.
                ("lc.txt", "24-NQ/TW:2003"),
                ("gl.txt", "104/KH-UBND:2022@Gia Lai"),
                ("gl.txt", "24-NQ/TW:2003"),
                // Named, the place is the one named.
                ("st.txt", "104/KH-UBND:2022@Quảng Ngãi"),
                // `của UBND tỉnh` in a district's text is not the district's.
                ("st.txt", "12/KH-UBND:2023"),
                ("tw.md", "07/QĐ-UBND:2023@Gia Lai"),
                // Cited where no place is known: the one document of that number known.
                ("tw.md", "07/QĐ-UBND:2023@Gia Lai"),
            ]
        );
        assert!(!graph.findings.iter().any(|f| f.kind == "duplicate-document"), "{:?}", graph.findings);
        let doc = graph.documents.iter().find(|d| &*d.id == "01/KH-UBND:2023@Lào Cai").expect("Lào Cai's plan");
        assert_eq!((doc.place.as_deref(), doc.in_corpus, doc.level), (Some("Lào Cai"), true, Level::Province));
        // Only cited, a plan of Gia Lai is at the level Gia Lai's own plan shows.
        let cited = graph.documents.iter().find(|d| &*d.id == "104/KH-UBND:2022@Gia Lai").expect("Gia Lai's 104");
        assert_eq!(cited.level, Level::Province);
        // Asked for by a person: the number alone fits three; a place picks one.
        let asked = |q: &str| crate::render::match_ref(&graph, q).map(|d| d.id.clone()).map_err(|e| e.to_string());
        assert!(asked("Kế hoạch 01/KH-UBND").is_err_and(|e| e.contains("@Gia Lai") && e.contains("@Sơn Tịnh")));
        assert_eq!(asked("01/KH-UBND của UBND tỉnh Gia Lai").as_deref(), Ok("01/KH-UBND:2023@Gia Lai"));
        assert_eq!(asked("01/KH-UBND:2023@lào cai").as_deref(), Ok("01/KH-UBND:2023@Lào Cai"));
    }

    #[test]
    fn mentions_are_gathered_in_file_order() {
        let texts = [
            "Căn cứ Nghị quyết số 24-NQ/TW và Kế hoạch số 104/KH-UBND.",
            "Không có tham chiếu.",
            "Theo Công văn số 2739/UBND-KGVX.",
        ];
        let scans: Vec<_> = texts.iter().enumerate().map(|(i, t)| scan_text(format!("{i}.md"), t)).collect();
        let expected: Vec<String> = scans.iter().flat_map(|s| s.mentions.iter().map(|m| m.text.to_string())).collect();
        assert_eq!(expected.len(), 3);
        let graph = super::build(scans);
        let got: Vec<String> = graph.mentions.iter().map(|m| m.text.to_string()).collect();
        assert_eq!(got, expected);
        assert_eq!(graph.mentions[2].path.as_ref(), "2.md");
    }

    #[test]
    fn a_normative_number_written_without_its_year_is_that_document() {
        let scans = vec![
            scan_text("a.md".into(), "Căn cứ Nghị quyết số 254/2025/QH15 của Quốc hội;"),
            scan_text("b.md".into(), "Nghị định này hướng dẫn NQ 254/QH15 và Thông tư 12/TT-BTC."),
        ];
        let graph = super::build(scans);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["254/2025/QH15", "254/2025/QH15", "12/TT-BTC"]);
    }

    /// From shared/corpus/real (Luật Thanh niên's page of the Bộ pháp điển, a relation audit):
    /// a law's article the page compiles repeals the law before it, though the page is filed
    /// at the Government's level; a decree's article repeals no law.
    #[test]
    fn a_codified_article_acts_at_its_source_s_level() {
        let page = |source: &str| {
            format!(
                "Điều 36.3.LQ.41. Hiệu lực thi hành\n\n({source}, có hiệu lực thi hành kể từ ngày \
                 01/01/2021)\n\n2. Luật Thanh niên số 53/2005/QH11 hết hiệu lực kể từ ngày Luật này có \
                 hiệu lực thi hành.\n"
            )
        };
        for (source, by, relation) in [
            ("Điều 41 Luật số 57/2020/QH14", "57/2020/QH14", "repeals"),
            ("Điều 4 Nghị định số 05/2021/NĐ-CP", "05/2021/NĐ-CP", "cites"),
        ] {
            let graph = super::build(vec![scan_text("p.md".into(), &page(source))]);
            let m = graph.mentions.iter().find(|m| &*m.target == "53/2005/QH11").expect("the law repealed");
            assert_eq!((m.by.as_deref(), m.relation.as_str()), (Some(by), relation), "{source}");
        }
    }

    /// From shared/corpus/real (Luật Thanh niên's page, filed under the law): the law's own
    /// articles are the page's words, read as a law's are; the codifier's notes stay no one's,
    /// and a duty an article sets carries nothing out.
    #[test]
    fn the_page_s_own_articles_are_its_words() {
        let page = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 57/2020/QH14 |\n\n---\n\n\
                    Điều 36.3.LQ.17. Nghĩa vụ của thanh niên\n\n(Điều 17 Luật số 57/2020/QH14, có hiệu lực thi \
                    hành kể từ ngày 01/01/2021)\n\n4. Tích cực tham gia tuyên truyền, vận động Nhân dân thực hiện \
                    Hiến pháp và pháp luật.\n\n(Điều này có nội dung liên quan đến Chương III THỰC HIỆN CHẾ ĐỘ BÁO \
                    CÁO của Nghị định 09/2019/NĐ-CP Quy định về chế độ báo cáo ban hành ngày 24/01/2019)\n\n\
                    Điều 36.3.LQ.41. Hiệu lực thi hành\n\n(Điều 41 Luật số 57/2020/QH14, có hiệu lực thi hành kể \
                    từ ngày 01/01/2021)\n\n2. Luật Thanh niên số 53/2005/QH11 hết hiệu lực kể từ ngày Luật này có \
                    hiệu lực thi hành.\n";
        let graph = super::build(vec![scan_text("p.md".into(), page)]);
        let relation = |target: &str| {
            graph.mentions.iter().find(|m| m.target.starts_with(target)).map(|m| m.relation.as_str()).expect(target)
        };
        assert_eq!(relation("53/2005/QH11"), "repeals");
        assert_eq!(relation("Hiến pháp"), "cites");
        assert_eq!(relation("09/2019/NĐ-CP"), "cites");
        let edges: Vec<_> = graph.edges.iter().map(|e| (&*e.from, &*e.to, &*e.relation)).collect();
        assert!(edges.contains(&("57/2020/QH14", "53/2005/QH11", "repeals")), "{edges:?}");
        assert!(!edges.iter().any(|e| e.1 == "09/2019/NĐ-CP"), "{edges:?}");
    }

    /// From shared/corpus/real (a codified page, Điều 25.10.TL.1.1): the source's title says
    /// it guides the decree; that one mention gives `guides`, not `cites` beside it.
    #[test]
    fn a_title_s_act_is_not_doubled_by_cites() {
        let page = "Điều 25.10.TL.1.1. Phạm vi điều chỉnh\n\n(Điều 1 Thông tư liên tịch số \
                    14/2012/TTLT-BCA-BLĐTBXH-BTC Hướng dẫn thực hiện một số chế độ đối với cán bộ, chiến sỹ \
                    Công an nhân dân theo Nghị định số 23/2012/NĐ-CP  ngày 03 tháng 4 năm 2012 của Chính phủ \
                    quy định một số chế độ đối với đối tượng tham gia chiến tranh bảo vệ Tổ quốc, có hiệu lực \
                    thi hành kể từ ngày 01/8/2012)\n";
        let graph = super::build(vec![scan_text("p.md".into(), page)]);
        let of_pair: Vec<_> = graph
            .edges
            .iter()
            .filter(|e| e.from.starts_with("14/2012/") && e.to.starts_with("23/2012/"))
            .map(|e| (&*e.relation, e.evidence.line))
            .collect();
        assert_eq!(of_pair, [("guides", 3)]);
    }

    /// Files gathered a few at a time, as `scan` gathers them, make the graph gathered at once
    /// makes: mentions in corpus order, and the relations stated inside each file pointing at
    /// that file's mentions, not another batch's.
    #[test]
    fn gathering_in_batches_changes_nothing() {
        let inputs = crate::corpus::collect_inputs(&[std::path::PathBuf::from("tests/fixtures/real")]);
        let scans = || inputs.iter().map(crate::scan::scan_input).collect::<Vec<_>>();
        let whole = serde_json::to_string(&super::build(scans())).expect("serde");
        for size in [1, 2, 7] {
            let mut gathered = super::Gathered::new(inputs.len());
            let mut all = scans().into_iter().peekable();
            while all.peek().is_some() {
                gathered.push(all.by_ref().take(size).collect());
            }
            let graph = super::build(gathered);
            assert!(graph.edges.iter().any(|e| !e.inferred), "the fixtures state relations");
            assert_eq!(serde_json::to_string(&graph).expect("serde"), whole, "batches of {size}");
        }
    }
}
