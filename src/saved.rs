//! A corpus as `scan` saved it (graph.json), read back as the resolver's input: each file's
//! scan as far as graph.json keeps it, so that files read afresh (a draft) are resolved with
//! it as one scan of them all would resolve them, without reading the corpus again.
//!
//! graph.json keeps each file's entry, its own document and its references as read, and what
//! each was read as; not the sentences and the relations stated between two references, which
//! the edges need, nor the titles and sources that bound the years of laws named without one.
//! The corpus's references are resolved with the files read as its scan resolved them
//! ([`Readings::pin`]), and its edges taken as saved ([`Readings::merge`]).

use crate::header::{Identity, Source};
use crate::model::{Document, Edge, FileEntry, FileStatus, Graph, Mention, SCHEMA_VERSION};
use crate::recognize::Date;
use crate::resolve::Key;
use crate::scan::{FileScan, YearBound};
use crate::tables::Family;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum SavedError {
    #[error(
        "{path}: a graph.json of version {found}; this citegraph reads version {SCHEMA_VERSION}: scan the corpus again"
    )]
    Version { path: String, found: u32 },
    /// Hand-edited or cut short: the resolver takes each file's references as one run.
    #[error("{path}: not a graph.json as scan writes it: {why}")]
    Inconsistent { path: String, why: String },
}

/// A saved corpus: its files' scans, and what the resolver keeps aside to resolve its
/// references as saved and take its edges as saved.
pub struct SavedCorpus {
    scans: Vec<FileScan>,
    edges: Vec<Edge>,
    /// The key of each document whose id gives it back, by id.
    keys: HashMap<Arc<str>, Key>,
}

/// What the resolver keeps of a saved corpus beside its scans.
pub(crate) struct Readings {
    edges: Vec<Edge>,
    /// The corpus's files, by path: edges shown there are its.
    paths: HashSet<Arc<str>>,
    /// Where the corpus's mentions start among all, and each one's target as saved.
    first: usize,
    targets: Vec<Arc<str>>,
    keys: HashMap<Arc<str>, Key>,
}

impl SavedCorpus {
    /// The corpus of `graph`, read from `path` (named in errors), with its relative paths as
    /// the working folder reaches them, as those of the files read with it are.
    pub fn from_graph(graph: Graph, path: &Path) -> Result<SavedCorpus, SavedError> {
        let named = || crate::corpus::display_path(path);
        if graph.version != SCHEMA_VERSION {
            return Err(SavedError::Version { path: named(), found: graph.version });
        }
        let graph = match std::env::current_dir() {
            Ok(here) => graph.with_paths_from(&here),
            Err(_) => graph,
        };
        let Graph { files, documents, mentions, edges, .. } = graph;
        let keys = documents.iter().filter_map(|d| Some((d.id.clone(), Key::of_document(d)?))).collect();
        let documents: HashMap<&str, &Document> = documents.iter().map(|d| (&*d.id, d)).collect();
        let mut mentions = mentions.into_iter();
        let mut scans = Vec::with_capacity(files.len());
        for mut entry in files {
            // Every mention of a file shares its path: the edges tell files apart so.
            let path: Arc<str> = entry.path.as_str().into();
            let own: Vec<Mention> =
                mentions.by_ref().take(entry.mentions).map(|m| Mention { path: path.clone(), ..m }).collect();
            if own.len() != entry.mentions || own.iter().any(|m| *m.path != *entry.path) {
                let why = format!("the mentions of {} do not follow its entry in files", entry.path);
                return Err(SavedError::Inconsistent { path: named(), why });
            }
            let identity = match (entry.status, entry.document.as_deref()) {
                (FileStatus::Ok, Some(id)) => {
                    let Some(doc) = documents.get(id) else {
                        let why = format!("{} holds {id}, which is not among its documents", entry.path);
                        return Err(SavedError::Inconsistent { path: named(), why });
                    };
                    Some(identity_of(doc))
                }
                _ => None,
            };
            if identity.is_some() {
                // The resolver points the entry at the document it holds.
                entry.document = None;
            }
            let year_read = |m: &Mention| documents.get(&*m.target).and_then(|d| d.year);
            scans.push(scan_of(entry, identity, own, year_read));
        }
        if mentions.next().is_some() {
            let why = "mentions past those its files count".to_string();
            return Err(SavedError::Inconsistent { path: named(), why });
        }
        Ok(SavedCorpus { scans, edges, keys })
    }

    /// The corpus's files.
    pub fn files(&self) -> impl Iterator<Item = &FileEntry> {
        self.scans.iter().map(|s| &s.entry)
    }

    /// Leaves out the files of the corpus that are among `read` (the files read afresh with
    /// it: a draft kept in the corpus's folder and checked again after a change): those below
    /// a path given for them, and those of their bytes, which a scan of them all would have
    /// read once, as the file read first.
    pub fn leave_out(&mut self, given: &[std::path::PathBuf], read: &[crate::corpus::Input]) {
        let sizes: Vec<(u64, &Path)> = read
            .iter()
            .filter(|i| i.problem.is_none())
            .filter_map(|i| Some((crate::corpus::file_size(&i.path)?, i.path.as_path())))
            .collect();
        let theirs = |e: &FileEntry| {
            given.iter().any(|p| Path::new(&e.path).starts_with(p))
                || e.status == FileStatus::Ok
                    && sizes
                        .iter()
                        .any(|&(size, p)| e.bytes == Some(size) && crate::corpus::same_bytes(Path::new(&e.path), p))
        };
        let left: HashSet<Arc<str>> =
            self.scans.iter().filter(|s| theirs(&s.entry)).map(|s| Arc::from(s.entry.path.as_str())).collect();
        if left.is_empty() {
            return;
        }
        self.scans.retain(|s| !left.contains(s.entry.path.as_str()));
        // An edge another file of the corpus states too stays, shown there.
        self.edges.retain_mut(|e| {
            let mut places = std::iter::once(&e.evidence).chain(&*e.also).filter(|p| !left.contains(&p.path)).cloned();
            let Some(first) = places.next() else { return false };
            let also: Box<[crate::model::Evidence]> = places.collect();
            e.evidence = first;
            e.also = also;
            true
        });
    }

    /// The scans, for the resolver, and what it keeps aside for the edges, with the index of
    /// the corpus's first mention among all.
    pub(crate) fn into_parts(self, first: usize) -> (Vec<FileScan>, Readings) {
        let paths = self.scans.iter().map(|s| Arc::from(s.entry.path.as_str())).collect();
        let targets = self.scans.iter().flat_map(|s| s.mentions.iter().map(|m| m.target.clone())).collect();
        (self.scans, Readings { edges: self.edges, paths, first, targets, keys: self.keys })
    }
}

impl Readings {
    /// Gives each reference of the corpus the key of the document it was read as, where that
    /// document's key is known (`keys`: nearly all).
    pub(crate) fn pin(&self, keys: &mut [Key]) {
        for (key, target) in keys[self.first..].iter_mut().zip(&self.targets) {
            if let Some(read_as) = self.keys.get(target) {
                key.clone_from(read_as);
            }
        }
    }

    /// The edges of the files read afresh, as worked out among all (`computed`), with the
    /// corpus's as saved: its texts' sentences and the relations they state between two
    /// references are not in graph.json, so its edges are not worked out again. A reference
    /// of the corpus read now as another document (one whose key its graph does not give
    /// back, see [`Readings::pin`]) takes its edges along.
    pub(crate) fn merge(&self, computed: Vec<Edge>, mentions: &[Mention]) -> Vec<Edge> {
        let mut moved: HashMap<&str, Option<&Arc<str>>> = HashMap::default();
        for (old, m) in self.targets.iter().zip(&mentions[self.first..]) {
            if *old != m.target {
                // A saved target read now as two documents is left as it was.
                let now = moved.entry(old).or_insert(Some(&m.target));
                if now.is_some_and(|now| *now != m.target) {
                    *now = None;
                }
            }
        }
        let now = |id: &Arc<str>| moved.get(&**id).copied().flatten().unwrap_or(id).clone();
        type Triple = (Arc<str>, Arc<str>, compact_str::CompactString);
        let triple = |e: &Edge| (e.from.clone(), e.to.clone(), e.relation.clone());
        // The places of the files read afresh; the corpus's own are as saved (its sentences
        // are not in graph.json, so a place worked out now has none).
        fn places_outside<'e>(
            e: &'e Edge,
            paths: &'e HashSet<Arc<str>>,
        ) -> impl Iterator<Item = crate::model::Evidence> + 'e {
            std::iter::once(&e.evidence).chain(&*e.also).filter(|p| !paths.contains(&p.path)).cloned()
        }
        let ours = |e: &Edge| places_outside(e, &self.paths).collect::<Vec<_>>();
        let mut out: Vec<Edge> = Vec::with_capacity(computed.len() + self.edges.len());
        let mut carried: HashMap<Triple, Vec<crate::model::Evidence>> = HashMap::default();
        for e in computed {
            if self.paths.contains(&e.evidence.path) {
                // First stated in the corpus, and by a file read afresh too: that place goes
                // with the saved edge.
                let places = ours(&e);
                if !places.is_empty() {
                    carried.insert(triple(&e), places);
                }
            } else {
                let also = ours(&e).into_iter().skip(1).collect();
                out.push(Edge { also, ..e });
            }
        }
        let stated: HashMap<Triple, usize> = out.iter().enumerate().map(|(i, e)| (triple(e), i)).collect();
        let mut saved_places: Vec<(usize, crate::model::Evidence)> = Vec::new();
        for e in &self.edges {
            let (from, to) = (now(&e.from), now(&e.to));
            if from == to {
                continue;
            }
            let t = (from.clone(), to.clone(), e.relation.clone());
            match stated.get(&t) {
                // Stated by a file read afresh: the corpus's places of it are the edge's too.
                Some(&i) => {
                    if out[i].inferred == e.inferred {
                        saved_places.extend(std::iter::once(&e.evidence).chain(&*e.also).map(|p| (i, p.clone())));
                    }
                }
                None => {
                    let mut edge = Edge { from, to, ..e.clone() };
                    for place in carried.remove(&t).into_iter().flatten() {
                        edge.add_place(place);
                    }
                    out.push(edge);
                }
            }
        }
        for (i, place) in saved_places {
            out[i].add_place(place);
        }
        out
    }
}

/// What a file's header said of the document it holds, as far as the document saved tells
/// it: what the resolver makes the file's own document of again.
fn identity_of(doc: &Document) -> Identity {
    let date = doc.date.as_deref().and_then(parse_day);
    Identity {
        number: doc.number.clone(),
        symbol: doc.symbol.clone(),
        family: doc.family,
        number_year: doc.year,
        date,
        // What it was read from is not saved: a document's own text dates and titles it,
        // mostly.
        date_source: if date.is_some() { Source::Text } else { Source::None },
        kind: Some(doc.kind.clone()),
        title: doc.title.clone(),
        title_source: if doc.title.is_some() { Source::Text } else { Source::None },
        issuer: doc.issuer.clone(),
        codified: doc.codified,
        place: doc.place.clone(),
        place_level: Some(doc.level).filter(|l| *l != crate::tables::Level::Unknown),
        named: doc.name.clone(),
        ..Identity::default()
    }
}

/// `2026-05-15`, as a document's own date is saved.
fn parse_day(iso: &str) -> Option<Date> {
    let mut parts = iso.splitn(3, '-').map(str::parse::<u16>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    Some(Date { year, month: u8::try_from(month).ok()?, day: u8::try_from(day).ok()? })
}

/// A file's scan from what graph.json keeps of it. The words of a codified article are its
/// source's (`by`): said by the nearest reference of the file to that source, as the scan said.
/// A law named without its year was bounded by the title or the source that named it, which
/// graph.json does not keep: the year it was read as (`year_read`) stands for that bound, so
/// that the corpus's laws count for the files read with it as they did in its scan.
fn scan_of(
    entry: FileEntry,
    identity: Option<Identity>,
    mentions: Vec<Mention>,
    year_read: impl Fn(&Mention) -> Option<u16>,
) -> FileScan {
    let title_years = mentions
        .iter()
        .map(|m| (m.family == Family::Named && m.year.is_none()).then(|| year_read(m).map(YearBound::of)).flatten())
        .collect();
    let said_by = mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let by = m.by.as_deref()?;
            let near = |j: &usize| (i.abs_diff(*j), *j);
            let source = (0..mentions.len()).filter(|&j| j != i && *mentions[j].target == *by).min_by_key(near)?;
            Some((i, source))
        })
        .collect();
    let empty: Arc<str> = Arc::from("");
    FileScan {
        entry,
        identity,
        sentences: vec![empty; mentions.len()],
        title_years,
        mentions,
        pairs: Vec::new(),
        said_by,
        findings: Vec::new(),
        digest: None,
        read_at: None,
    }
}

#[cfg(test)]
mod tests {
    /// A corpus resolved again from its graph.json alone is the corpus as scanned: its
    /// documents, what each reference is read as, its edges and its findings.
    #[test]
    fn a_saved_corpus_resolves_again_as_it_was_scanned() {
        for dir in ["data", "tests/fixtures/real", "tests/fixtures/trace"] {
            let scanned = crate::scan_paths(&[std::path::PathBuf::from(dir)]);
            let json = serde_json::to_vec(&scanned).expect("serde");
            let saved: crate::model::Graph = serde_json::from_slice(&json).expect("graph.json");
            let corpus = super::SavedCorpus::from_graph(saved, std::path::Path::new("graph.json")).expect("saved");
            let again = crate::scan_paths_over(&[], corpus);
            let docs = |g: &crate::model::Graph| serde_json::to_string(&g.documents).expect("serde");
            assert_eq!(docs(&again), docs(&scanned), "{dir}");
            // Every document gives its key back: each reference is read as it was saved.
            for d in &scanned.documents {
                assert!(crate::resolve::Key::of_document(d).is_some(), "{dir}: {}", d.id);
            }
            let targets = |g: &crate::model::Graph| g.mentions.iter().map(|m| m.target.clone()).collect::<Vec<_>>();
            assert_eq!(targets(&again), targets(&scanned), "{dir}");
            let edges = |g: &crate::model::Graph| serde_json::to_string(&g.edges).expect("serde");
            assert_eq!(edges(&again), edges(&scanned), "{dir}");
            let findings = |g: &crate::model::Graph| {
                // Read from the texts and not saved: a file's own impossible date, and the
                // later documents a page's summary lists (`cites-later-document` spares them).
                let read = |f: &&crate::model::Finding| !matches!(&*f.kind, "impossible-date" | "cites-later-document");
                serde_json::to_string(&g.findings.iter().filter(read).collect::<Vec<_>>()).expect("serde")
            };
            assert_eq!(findings(&again), findings(&scanned), "{dir}");
        }
    }

    /// A seed read afresh over the corpus's graph.json (`check` of a draft kept in the
    /// folder): the step both the Quảng Nam report (data/001, line 19) and the Đồng Nai
    /// notice (data/003, line 33) state keeps both places, the file read afresh first, its
    /// sentence worked out again; the other's as saved. Before, the saved edge went where the
    /// file read afresh stated it, or with its first file.
    #[test]
    fn a_file_read_afresh_keeps_the_corpus_s_places_of_its_edges() {
        let scanned = crate::scan_paths(&[std::path::PathBuf::from("data")]);
        let json = serde_json::to_vec(&scanned).expect("serde");
        for (draft, places) in [
            ("data/003_b00dab6a35e1303b.txt", [("003", 33), ("001", 19)]),
            ("data/001_39cab0024c364b55.txt", [("001", 19), ("003", 33)]),
        ] {
            let saved: crate::model::Graph = serde_json::from_slice(&json).expect("graph.json");
            let corpus = super::SavedCorpus::from_graph(saved, std::path::Path::new("graph.json")).expect("saved");
            let again = crate::scan_paths_over(&[std::path::PathBuf::from(draft)], corpus);
            let e = again.edges.iter().find(|e| &*e.from == "65-KL/TW:2019" && &*e.to == "24-NQ/TW:2003");
            let e = e.expect("the edge");
            let at: Vec<(&str, usize)> = std::iter::once(&e.evidence)
                .chain(&*e.also)
                .map(|p| (&p.path[p.path.rfind('/').map_or(0, |i| i + 1)..][..3], p.line))
                .collect();
            assert_eq!(at, places, "{draft}");
            assert!(e.evidence.sentence.contains("24-NQ/TW"), "{draft}: {}", e.evidence.sentence);
        }
    }
}
