//! `check DRAFT --against CORPUS`: drafts read with a corpus, and of the findings those that are
//! the drafts' to mend (a draft's date for a law that the corpus dates otherwise, not the
//! corpus's own slips), told at the drafts' places first.

use crate::model::{FileEntry, FileStatus, Finding, Graph, Location, Mention};
use crate::saved::{SavedCorpus, SavedError};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What drafts are checked against.
pub enum Corpus {
    /// Files and folders, read with the drafts.
    Files(Vec<PathBuf>),
    /// A corpus `scan` saved: only the drafts are read.
    Saved(SavedCorpus),
}

#[derive(Debug, thiserror::Error)]
pub enum AgainstError {
    #[error("--against names the files checked themselves: check them without --against, or against another folder")]
    Itself,
    /// Each file of the corpus is in `files`, with why it was not read.
    #[error("--against: no file of the corpus could be read: nothing checked against it")]
    Unread { files: Vec<FileEntry> },
    #[error("--against takes one graph.json, or files and folders to read: not both ({0})")]
    Mixed(String),
    #[error(transparent)]
    Load(#[from] crate::render::RenderError),
    #[error(transparent)]
    Saved(#[from] SavedError),
}

impl Corpus {
    /// The corpus `paths` name: a graph.json (a `.json` file, or a folder holding graph.json,
    /// as `scan --out DIR` leaves it), else files and folders to read.
    pub fn of_paths(paths: Vec<PathBuf>) -> Result<Corpus, AgainstError> {
        let graph_of = |p: &Path| {
            if p.is_dir() {
                Some(p.join("graph.json")).filter(|g| g.is_file())
            } else {
                p.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")).then(|| p.to_path_buf())
            }
        };
        match &paths[..] {
            [one] if let Some(graph) = graph_of(one) => {
                let saved = crate::render::load_graph(&graph)?;
                Ok(Corpus::Saved(SavedCorpus::from_graph(saved, &graph)?))
            }
            _ => match paths.iter().find_map(|p| graph_of(p)) {
                Some(graph) => Err(AgainstError::Mixed(crate::corpus::display_path(&graph))),
                None => Ok(Corpus::Files(paths)),
            },
        }
    }
}

/// The graph of `drafts` read with `corpus`, with only what touches the drafts: their files,
/// and the findings that are theirs to mend. A draft is named under the path given for it.
pub fn against(drafts: &[PathBuf], corpus: Corpus) -> Result<Graph, AgainstError> {
    let (mut graph, against_itself) = match corpus {
        Corpus::Files(against) => {
            // `check tinh --against tinh`: the corpus is the files checked, read once, as drafts.
            let itself = against.iter().all(|a| drafts.iter().any(|p| a.starts_with(p)));
            (crate::scan_drafts_with(drafts, &against), itself)
        }
        Corpus::Saved(saved) => {
            // Its files all left out as the drafts' own.
            let itself = saved.files().next().is_some();
            (crate::scan_drafts_over(drafts, saved), itself)
        }
    };
    let in_drafts: HashSet<String> = graph
        .files
        .iter()
        .map(|f| f.path.clone())
        .filter(|f| drafts.iter().any(|p| Path::new(f).starts_with(p)))
        .collect();
    let corpus: Vec<&FileEntry> = graph.files.iter().filter(|f| !in_drafts.contains(&f.path)).collect();
    if against_itself && corpus.is_empty() {
        return Err(AgainstError::Itself);
    }
    if !corpus.iter().any(|f| f.status == FileStatus::Ok) {
        return Err(AgainstError::Unread { files: corpus.into_iter().cloned().collect() });
    }
    keep_the_drafts_own(&mut graph, &in_drafts);
    graph.files.retain(|f| in_drafts.contains(&f.path));
    // A draft inside the corpus's folder is reached twice and read once: one file.
    let read: HashSet<String> =
        graph.files.iter().filter(|f| f.status == FileStatus::Ok).map(|f| f.path.clone()).collect();
    graph.files.retain(|f| f.status == FileStatus::Ok || !read.contains(&f.path));
    Ok(graph)
}

/// The kinds of finding whose places are parties alike: two numbers, names, kinds or dates of
/// one document. `conflicting-years` lists the places of the year less written alone: a
/// slip's, as `malformed-symbol`'s first place is.
const PARTIES: &[&str] = &["conflicting-dates", "conflicting-numbers", "conflicting-names", "conflicting-kinds"];

/// What a mention writes of the document that a finding of `kind` compares.
fn variant(kind: &str, m: &Mention) -> Option<String> {
    let t = &*m.target;
    match kind {
        "conflicting-dates" => m.date.as_deref().map(|d| format!("{t} {d}")),
        // As written: every citation's target is the law taken.
        "conflicting-numbers" => m.number_as_written(),
        "conflicting-names" => m.name.as_deref().map(|n| format!("{t} {}", n.to_lowercase())),
        "conflicting-kinds" => Some(format!("{t} {}", m.kind)),
        _ => None,
    }
}

/// Keeps the findings of `graph` that touch the files of `drafts`, each told at the drafts'
/// places first.
///
/// A slip of the corpus's is not the draft's, where the draft only writes the right spelling
/// beside it (`see also`). Of the findings whose places are parties alike, the draft's are
/// those where it writes the one less written: a corpus that writes a law's number two ways
/// is not the draft's to mend where it writes the one the corpus mostly does (audit 2155:
/// `Căn cứ Luật … số 72/2025/QH15` was warned of, the slip another file's). A date is the
/// draft's slip where the draft writes one the corpus never does: a corpus that dates a
/// document two ways is not the draft's to mend where it writes one of them.
fn keep_the_drafts_own(graph: &mut Graph, drafts: &HashSet<String>) {
    // For each kind of party and what a mention writes: how often the corpus writes it, and
    // how often all files do.
    let mut written: HashMap<(&str, String), (usize, usize)> = HashMap::new();
    for m in &graph.mentions {
        let in_draft = drafts.contains(&*m.path);
        for k in PARTIES {
            if let Some(v) = variant(k, m) {
                let (corpus, all) = written.entry((*k, v)).or_default();
                *corpus += usize::from(!in_draft);
                *all += 1;
            }
        }
    }
    let count = |kind: &str, v: Option<String>| v.and_then(|v| written.get(&(kind, v)).copied()).unwrap_or_default();
    // The mention at each finding's place, by place.
    let mentions_by_place: HashMap<(&str, usize, usize), &Mention> =
        graph.mentions.iter().map(|m| ((&*m.path, m.line, m.column), m)).collect();
    let at = |l: &Location| mentions_by_place.get(&(&*l.path, l.line, l.column)).copied();
    // A document whose text the corpus holds is dated by that text: a draft that writes its
    // day is right however the corpus cites it elsewhere (audit 2217: `Nghị định số
    // 88/2012/NĐ-CP ngày 24 tháng 10 năm 2012`, its header's day, was warned of for another
    // file's 23/10), and one that writes another day is wrong, however often the corpus does.
    let own_date = |m: &Mention| {
        crate::model::document_by_id(&graph.documents, &m.target)
            .filter(|d| d.path.as_deref().is_some_and(|p| !drafts.contains(p)))
            .and_then(crate::model::Document::own_text_date)
    };
    let drafts_own = |f: &Finding| {
        let kind = f.kind.as_str();
        let most = f.locations.iter().filter_map(at).map(|m| count(kind, variant(kind, m)).1).max().unwrap_or(0);
        f.locations.iter().filter(|l| drafts.contains(&*l.path)).filter_map(at).any(|m| {
            let (corpus, all) = count(kind, variant(kind, m));
            match (kind, own_date(m)) {
                ("conflicting-dates", Some(own)) => m.date.as_deref() != Some(own),
                ("conflicting-dates", None) => corpus == 0,
                _ => all < most,
            }
        })
    };
    let mut findings = std::mem::take(&mut graph.findings);
    findings.retain(|f| {
        let mut mine = f.locations.iter().map(|l| drafts.contains(&*l.path));
        if crate::findings::only_first_place_slips(&f.kind) {
            mine.next().unwrap_or(false)
        } else if PARTIES.contains(&f.kind.as_str()) {
            drafts_own(f)
        } else {
            mine.any(|m| m)
        }
    });
    // Told at the draft: its places first, the corpus's after, as `see also`; of a finding
    // whose places are parties alike, the draft's spelling the corpus writes least first:
    // the slip, not the right date beside it (check audit 2185: `185/2026/NĐ-CP is cited with
    // 2 different dates` was told at the draft's right date, the wrong one a `see also`).
    // A date the cited document's own text gives is right, whatever the corpus cites.
    let own_date = |m: &Mention| {
        crate::model::document_by_id(&graph.documents, &m.target)
            .filter(|d| d.in_corpus)
            .and_then(|d| d.date.as_deref())
    };
    let corpus_writes = |kind: &str, l: &Location| {
        at(l).map_or((true, usize::MAX), |m| {
            let right = kind == "conflicting-dates" && m.date.is_some() && m.date.as_deref() == own_date(m);
            (right, count(kind, variant(kind, m)).0)
        })
    };
    for f in &mut findings {
        let party = PARTIES.contains(&f.kind.as_str());
        let kind = f.kind.clone();
        f.locations.sort_by_cached_key(|l| {
            (!drafts.contains(&*l.path), if party { corpus_writes(&kind, l) } else { (false, 0) })
        });
    }
    graph.findings = findings;
}
