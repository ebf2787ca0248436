//! The citation graph: typed edges with their evidence, relations inferred from subjects,
//! and cycles, over a `petgraph` graph of documents.

use crate::model::{Document, Edge, Evidence, FileEntry, Mention};
use crate::relate::Pair;
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::{Arc, LazyLock};

/// Relations along which a document derives from another (what `trace` follows).
pub const DERIVES: &[&str] = &["implements", "basis", "guides"];

fn evidence(m: &Mention, sentence: Arc<str>) -> Evidence {
    Evidence { path: m.path.clone(), line: m.line, column: m.column, sentence }
}

/// The sentence kept for mention `i`, or its own words when none was (a graph built by hand).
fn sentence_of(sentences: &[Arc<str>], i: usize, m: &Mention) -> Arc<str> {
    sentences.get(i).cloned().unwrap_or_else(|| m.text.as_str().into())
}

/// Lower-cased words of a subject, without `về`, punctuation or spacing differences, so
/// that `giai đoạn 2021 - 2030, tầm nhìn đến 2045` and `giai đoạn 2021-2030` compare equal
/// on their common start: the first `SUBJECT_MATCH` characters of that key, or `None` when
/// `whole` and the key is shorter. Only as many words as that takes are read: subjects are
/// long, and keying each whole was 6 % of a scan of real text.
fn subject_key(lower: &str, whole: bool) -> Option<String> {
    let mut key = String::with_capacity(SUBJECT_MATCH * 2);
    let mut chars = 0;
    // Vietnamese letters are told without Unicode's tables: they cost some 580 instructions a
    // letter, 1 % of a scan of real text.
    let words = lower.split(|c: char| !crate::recognize::is_alnum(c));
    for w in words.filter(|w| !w.is_empty() && !matches!(*w, "về" | "việc" | "năm" | "tiếp" | "tục")) {
        if chars > 0 {
            key.push(' ');
            chars += 1;
        }
        for c in w.chars() {
            if chars == SUBJECT_MATCH {
                return Some(key);
            }
            key.push(c);
            chars += 1;
        }
        if chars == SUBJECT_MATCH {
            return Some(key);
        }
    }
    (!whole).then_some(key)
}

/// How many characters of two subjects must agree for one to name the other.
const SUBJECT_MATCH: usize = 36;

/// What a subject gives for matching: its own key (when long enough to match on), and the
/// key of what it says it implements or guides, after a cue, with that relation.
struct SubjectKeys {
    own: Option<String>,
    cued: Option<(String, &'static str)>,
}

fn subject_keys(subject: &str) -> SubjectKeys {
    static CUES: LazyLock<Vec<(memchr::memmem::Finder<'static>, usize, &'static str)>> = LazyLock::new(|| {
        SUBJECT_CUES.iter().map(|(cue, r)| (memchr::memmem::Finder::new(cue.as_bytes()), cue.len(), *r)).collect()
    });
    // The cues may stand anywhere, so the whole subject is lowered: without the general
    // table for Vietnamese letters, which cost 5 000 instructions a subject.
    let lower = crate::cues::to_lower(subject);
    let own = subject_key(&lower, true);
    let cued = CUES
        .iter()
        .find_map(|(cue, len, r)| cue.find(lower.as_bytes()).map(|at| (at + len, *r)))
        .and_then(|(at, relation)| Some((subject_key(&lower[at..], false)?, relation)));
    SubjectKeys { own, cued }
}

/// Cues in a subject that make a document implement or guide what follows them, the first
/// found in this order: guidance before `thực hiện`, which its phrases hold (`Hướng dẫn việc
/// thực hiện pháp điển hệ thống quy phạm pháp luật` guides the ordinance on it).
const SUBJECT_CUES: &[(&str, &str)] = &[
    ("hướng dẫn thi hành ", "guides"),
    ("hướng dẫn thực hiện ", "guides"),
    ("hướng dẫn việc thực hiện ", "guides"),
    ("triển khai thực hiện ", "implements"),
    ("tổ chức thực hiện ", "implements"),
    ("thực hiện ", "implements"),
];

/// An edge's from, to and relation.
type Triple<'a> = (&'a str, &'a str, &'a str);

/// Whether a triple makes an edge: two documents, not one citing itself.
fn is_edge((from, to, _): Triple) -> bool {
    from != to && !from.is_empty() && !to.is_empty()
}

/// Whether mention `to`, the object of a relation mention `from` states, is named after it:
/// in its title (`Căn cứ Nghị định số 188/2025/NĐ-CP … hướng dẫn Luật Bảo hiểm y tế`, audit
/// 2226: 13 of 60 `cites` edges sampled), so the citing file cites the one whose title it is,
/// not the document that title names. An object named before its agent (`theo Luật X được
/// sửa đổi bởi Luật Y`) is the file's own citation, and keeps its edge.
fn in_title_of(from: usize, to: usize) -> bool {
    from < to
}

/// All edges: citing document → cited document by the cue before each mention; relations
/// stated between two mentions; and relations inferred from subjects (marked `inferred`).
pub fn edges<'a>(
    files: &'a [FileEntry],
    documents: &'a [Document],
    mentions: &'a [Mention],
    sentences: &[Arc<str>],
    pairs: &[Pair],
) -> Vec<Edge> {
    use rayon::prelude::*;
    // Each edge shares its ends' ids with the documents: at 8x, two allocations for each of
    // 1.3 million edges, and the fresh memory they took, were saved so.
    let documents_by_id: HashMap<&str, &Document> = documents.iter().map(|d| (&*d.id, d)).collect();
    let shared = |id: &str| documents_by_id.get(id).map_or_else(|| Arc::from(id), |d| d.id.clone());
    let doc_of_path: HashMap<&'a str, Arc<str>> =
        files.iter().filter_map(|f| f.document.as_deref().map(|d| (f.path.as_str(), shared(d)))).collect();
    let edge = |from: &Arc<str>, to: &Arc<str>, relation: &str, inferred: bool, ev: Evidence| Edge {
        from: from.clone(),
        to: to.clone(),
        relation: relation.into(),
        inferred,
        evidence: ev,
        also: Box::default(),
    };
    // Mentions of one file stand together and share its path: each file's run of mentions,
    // grouped by the document it is (files that hold one document go together), in order.
    let mut groups: Vec<(&Arc<str>, Vec<Range<usize>>)> = Vec::new();
    let mut group_of: HashMap<&str, usize> = HashMap::default();
    let mut start = 0;
    while start < mentions.len() {
        let path = &mentions[start].path;
        let len = mentions[start..].iter().take_while(|m| Arc::ptr_eq(&m.path, path)).count();
        if let Some(from) = doc_of_path.get(&**path) {
            let g = *group_of.entry(&**from).or_insert_with(|| {
                groups.push((from, Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(start..start + len);
        }
        start += len;
    }
    // One edge for each distinct edge a document's mentions state, from its first mention:
    // each document's mentions are read apart, in parallel, with a small set of their own,
    // rather than one set of every edge filled from one core (at 8x, 1.3 million mentions
    // took a second that way).
    // Each kept mention with the document it is from, which its group already knows.
    // A mention whose words are another document's, which a pair says how that document
    // stands to it (`(Điều 1 Thông tư liên tịch số 14/2012/TTLT-BCA-BLĐTBXH-BTC Hướng dẫn
    // thực hiện … theo Nghị định số 23/2012/NĐ-CP …)`: guides), states no plain `cites` of the
    // same two beside it; nor, named in another's title ([`in_title_of`]), of the citing file,
    // whose cue before the title is the title's own act too (`Sắc lệnh số 51/SL … bãi bỏ Điều
    // 5, 6 Sắc lệnh số 53/SL`, listed by Nghị định 16/2020/NĐ-CP: 51/SL repeals, not the list);
    // an act the title's own document is said to do (a codified article's source) stays its.
    let mut stated_of: HashMap<usize, Vec<(usize, &str)>> = HashMap::default();
    for p in pairs.iter().filter(|p| !p.on_own && p.relation != "cites") {
        stated_of.entry(p.to).or_default().push((p.from, p.relation));
    }
    // An agent named after an object that is named in a title (`Nghị định số 36/2026/NĐ-CP …
    // sửa đổi, bổ sung … Nghị định số 105/2016/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số
    // 154/2018/NĐ-CP`) is named in that title too: its own act stays, the file's plain
    // citation of it goes, as the object's does.
    for p in pairs.iter().filter(|p| !p.on_own && p.from > p.to) {
        let title = stated_of
            .get(&p.to)
            .and_then(|a| a.iter().find(|&&(c, relation)| in_title_of(c, p.to) && crate::cues::acts_on(relation)));
        if let Some(&(c, _)) = title {
            stated_of.entry(p.from).or_default().push((c, p.relation));
        }
    }
    let restated = |i: usize, from: &str| {
        let m = &mentions[i];
        stated_of.get(&i).is_some_and(|a| {
            a.iter().any(|&(a, relation)| {
                let titled = in_title_of(a, i);
                let same_doc = &*mentions[a].target == from;
                // A plain citation goes beside either; an act only where the title states that
                // very act, of another document than the file's (pairs are never `cites`).
                if m.relation == "cites" { same_doc || titled } else { titled && !same_doc && *m.relation == *relation }
            })
        })
    };
    let mut firsts: Vec<(u32, &Arc<str>)> = groups
        .par_iter()
        .flat_map_iter(|&(from, ref runs)| {
            // Sized for the document's mentions: grown from empty, a set rehashed three or
            // four times for each document.
            let len = runs.iter().map(ExactSizeIterator::len).sum();
            let mut seen: HashSet<(&str, &str, &str)> = HashSet::with_capacity_and_hasher(len, Default::default());
            // A basis shown by the preamble's own line (`Căn cứ Luật … ;`) before a list of
            // it elsewhere (an editor's `## CĂN CỨ PHÁP LUẬT`, `- Luật …;`: trace audit
            // 2207, 141 basis edges of real/); then the text's own words before a page's
            // summary of them.
            let in_order = || runs.iter().flat_map(Range::clone);
            // The agent of an act on another basis, on that one's line, after the preamble's own
            // lines (audit 2253, item 7: `Căn cứ Nghị định số 21/2026/NĐ-CP …;` over `…, được sửa
            // đổi, bổ sung tại Nghị định số 21/2026/NĐ-CP;` the line before).
            let rank = |i: usize| {
                let m = &mentions[i];
                (!m.in_preamble, m.agent_of_another, m.in_summary)
            };
            // An agent of another is on a preamble's line.
            const RANKS: [(bool, bool, bool); 6] = [
                (false, false, false),
                (false, false, true),
                (false, true, false),
                (false, true, true),
                (true, false, false),
                (true, false, true),
            ];
            RANKS
                .iter()
                .flat_map(|r| in_order().filter(move |&i| rank(i) == *r))
                .filter_map(|i| {
                    let m = &mentions[i];
                    // Words of another document (a codified article's source) are its; `by`
                    // is a mention's target, which shares the document's id.
                    let from = m.by.as_ref().unwrap_or(from);
                    (is_edge((from, &m.target, &m.relation))
                        && !restated(i, from)
                        && seen.insert((from, &m.target, &m.relation)))
                    .then_some((i as u32, from))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    firsts.par_sort_unstable_by_key(|&(i, _)| i);
    let mut out: Vec<Edge> = firsts
        .par_iter()
        .map(|&(i, from)| {
            let (i, m) = (i as usize, &mentions[i as usize]);
            edge(from, &m.target, &m.relation, false, evidence(m, sentence_of(sentences, i, m)))
        })
        .collect();
    drop(firsts);
    let stated_len = out.len();
    // Edges between mentions and by subject are few: they are kept when no mention states
    // them, nor an edge of theirs before.
    let stated_by_a_mention = |(from, to, relation): Triple| {
        group_of.get(from).is_some_and(|&g| {
            groups[g]
                .1
                .iter()
                .flat_map(Range::clone)
                .any(|i| &*mentions[i].target == to && mentions[i].relation == relation)
        })
    };
    // Each edge kept here, by its triple, at its index in `out`.
    let mut kept: HashMap<Triple<'a>, usize> = HashMap::default();
    // Whether a mention states each triple asked, once per triple: the same one is asked for
    // each mention of a subject, and each asking went through every mention of its file.
    let mut stated: HashMap<Triple<'a>, bool> = HashMap::default();
    // Places of other files stating an edge its `from` document's own mention states: few.
    let mut also_stated: Vec<(Triple<'a>, Evidence)> = Vec::new();
    let mut push = |t: Triple<'a>, inferred: bool, ev: &dyn Fn() -> Evidence, out: &mut Vec<Edge>| {
        if !is_edge(t) {
            return;
        }
        // One already kept is kept once, with the place of each file that states it too (a
        // plan's own `Kết luận số 65-KL/TW … về tiếp tục thực hiện Nghị quyết số 24-NQ/TW`, not
        // only the first file's: audit 2249); an inference is no place of a stated edge.
        if let Some(&i) = kept.get(&t) {
            if out[i].inferred == inferred {
                out[i].add_place(ev());
            }
        } else if *stated.entry(t).or_insert_with(|| stated_by_a_mention(t)) {
            if !inferred {
                also_stated.push((t, ev()));
            }
        } else {
            kept.insert(t, out.len());
            out.push(edge(&shared(t.0), &shared(t.1), t.2, inferred, ev()));
        }
    };
    let own_of_path: HashMap<&'a str, &'a str> = if pairs.iter().any(|p| p.on_own) {
        files.iter().filter_map(|f| Some((f.path.as_str(), f.document.as_deref()?))).collect()
    } else {
        HashMap::default()
    };
    for p in pairs {
        let (a, b) = (&mentions[p.from], &mentions[p.to]);
        let to = if p.on_own {
            let Some(own) = own_of_path.get(&*a.path) else { continue };
            own
        } else {
            &*b.target
        };
        // A sentence that shows both ends where the target's own leaves the actor out.
        let sentence = || p.sentence.clone().unwrap_or_else(|| sentence_of(sentences, p.to, b));
        push((&*a.target, to, p.relation), false, &|| evidence(b, sentence()), &mut out);
    }
    // By subject: a plan `về triển khai thực hiện Chiến lược công tác dân tộc giai đoạn
    // 2021-2030` implements the resolution `về Chiến lược công tác dân tộc giai đoạn 2021-2030`.
    // The keys of every subject are worked out in parallel first (lower-casing and splitting
    // words is most of the work); they are then used in mention order, as before.
    let keyed: Vec<Option<SubjectKeys>> = mentions.par_iter().map(|m| m.subject.as_deref().map(subject_keys)).collect();
    // Each document of a subject once, in the order first met: a second mention of one asks
    // nothing the first did not.
    let mut by_subject: HashMap<&str, Vec<&str>> = HashMap::default();
    let mut listed: HashSet<(&str, &str)> = HashSet::default();
    for (m, k) in mentions.iter().zip(&keyed) {
        if let Some(key) = k.as_ref().and_then(|k| k.own.as_deref())
            && listed.insert((key, &m.target))
        {
            by_subject.entry(key).or_default().push(&m.target);
        }
    }
    drop(listed);
    // No document carries out one issued after it: `Quyết định số 1657/QĐ-TTg ngày
    // 30/12/2021 … ban hành Chương trình hành động thực hiện Chiến lược công tác dân tộc` does
    // not implement the resolution of 28/01/2022 on that strategy (UX audit 2190), as a stated
    // relation would not (`resolve`).
    let before = |a: &str, b: &str| {
        documents_by_id.get(a).zip(documents_by_id.get(b)).is_some_and(|(a, b)| crate::model::issued_before(a, b))
    };
    for (i, (m, k)) in mentions.iter().zip(&keyed).enumerate() {
        let Some((key, relation)) = k.as_ref().and_then(|k| k.cued.as_ref()) else { continue };
        let Some(targets) = by_subject.get(key.as_str()) else { continue };
        for to in targets {
            let exists = documents_by_id.contains_key(to);
            if exists && *to != &*m.target && !before(&m.target, to) {
                let t = (&*m.target, *to, *relation);
                push(t, true, &|| evidence(m, sentence_of(sentences, i, m)), &mut out);
            }
        }
    }
    if !also_stated.is_empty() {
        let mut at: HashMap<Triple, Vec<Evidence>> = HashMap::default();
        for (t, place) in also_stated {
            at.entry(t).or_default().push(place);
        }
        let found: Vec<(usize, Vec<Evidence>)> = out[..stated_len]
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((i, at.remove(&(&*e.from, &*e.to, &*e.relation))?)))
            .collect();
        for (i, places) in found {
            for place in places {
                out[i].add_place(place);
            }
        }
    }
    // A codified article's source states its edges wherever its article is compiled, in two
    // pages as in its own text: each edge once, from where it is first stated (the export's
    // MERGE kept one of 37 such pairs on real/, with the other's evidence).
    // The places of a second are the first's too.
    if mentions.iter().any(|m| m.by.is_some()) {
        let mut first: HashMap<(&str, &str, &str), usize> =
            HashMap::with_capacity_and_hasher(out.len(), Default::default());
        let mut places: Vec<(usize, Evidence)> = Vec::new();
        let keep: Vec<bool> = out
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let at = *first.entry((&e.from, &e.to, &e.relation)).or_insert(i);
                if at != i && out[at].inferred == e.inferred {
                    places.extend(std::iter::once(&e.evidence).chain(&*e.also).map(|p| (at, p.clone())));
                }
                at == i
            })
            .collect();
        drop(first);
        for (at, place) in places {
            out[at].add_place(place);
        }
        let mut keep = keep.into_iter();
        out.retain(|_| keep.next().unwrap_or(true));
    }
    out
}

/// Cycles along derive edges: each a list of document ids that derive from one another.
pub fn cycles(edges: &[Edge]) -> Vec<Vec<String>> {
    let mut g: DiGraph<&str, ()> = DiGraph::new();
    let mut nodes: HashMap<&str, NodeIndex> = HashMap::default();
    fn node<'e>(g: &mut DiGraph<&'e str, ()>, nodes: &mut HashMap<&'e str, NodeIndex>, id: &'e str) -> NodeIndex {
        *nodes.entry(id).or_insert_with(|| g.add_node(id))
    }
    let mut self_loops = Vec::new();
    for e in edges.iter().filter(|e| DERIVES.contains(&e.relation.as_str())) {
        if e.from == e.to {
            self_loops.push(vec![e.from.to_string()]);
            continue;
        }
        let (a, b) = (node(&mut g, &mut nodes, &e.from), node(&mut g, &mut nodes, &e.to));
        g.add_edge(a, b, ());
    }
    let mut out: Vec<Vec<String>> = petgraph::algo::tarjan_scc(&g)
        .into_iter()
        .filter(|c| c.len() > 1)
        .map(|c| {
            let mut ids: Vec<String> = c.into_iter().map(|n| g[n].to_string()).collect();
            ids.sort();
            ids
        })
        .collect();
    out.extend(self_loops);
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// From shared/corpus/real (Nghị quyết 159/NQ-CP; trace audit 2207): a page's editor
    /// lists the basis before the text (`## CĂN CỨ PHÁP LUẬT`, `- Luật …;`); the step is shown
    /// by the preamble's own line.
    #[test]
    fn a_basis_is_shown_by_the_preamble_line() {
        let page = "CHÍNH PHỦ\n\nSố: 159/NQ-CP\n\nHà Nội, ngày 20 tháng 6 năm 2026\n\n## CĂN CỨ PHÁP LUẬT\n\n\
                    - Luật Tổ chức Chính phủ số 63/2025/QH15;\n\n## VĂN BẢN\n\nNGHỊ QUYẾT\n\n\
                    Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Ban hành kèm theo.\n";
        let graph = crate::resolve::graph_of(&[("nq.md", page)]);
        let basis: Vec<(usize, &str)> = graph
            .edges
            .iter()
            .filter(|e| e.relation == "basis")
            .map(|e| (e.evidence.line, &*e.evidence.sentence))
            .collect();
        assert_eq!(basis, [(15, "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;")]);
    }

    /// From shared/corpus/real (Nghị quyết 28/2026/NQ-CP, lines 44-45; audit 2253, item 7): a
    /// decree named as the amender of another basis is shown by its own `Căn cứ` line, which
    /// comes after; named only so, by the amendment.
    #[test]
    fn a_basis_is_shown_by_its_own_line_not_an_amendment_of_another() {
        let head = "CHÍNH PHỦ\n\nSố: 28/2026/NQ-CP\n\nHà Nội, ngày 09 tháng 6 năm 2026\n\nNGHỊ QUYẾT\n\n\
                    - Căn cứ Nghị định số 193/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi \
                    hành Luật Địa chất và khoáng sản, được sửa đổi, bổ sung tại Nghị định số 21/2026/NĐ-CP;\n";
        let own = "- Căn cứ Nghị định số 21/2026/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số \
                   193/2025/NĐ-CP ngày 02 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi \
                   hành Luật Địa chất và khoáng sản và quy định chi tiết Luật sửa đổi, bổ sung một số điều của Luật Địa \
                   chất và khoáng sản;\n";
        let tail = "\nQUYẾT NGHỊ:\n\nĐiều 1. Phạm vi.\n";
        let basis_of = |page: &str| {
            let graph = crate::resolve::graph_of(&[("nq.md", page)]);
            let e = graph.edges.iter().find(|e| e.relation == "basis" && &*e.to == "21/2026/NĐ-CP").cloned();
            e.map(|e| (e.evidence.line, e.evidence.column))
        };
        assert_eq!(basis_of(&format!("{head}{own}{tail}")), Some((10, 10)));
        assert_eq!(basis_of(&format!("{head}{tail}")), Some((9, 159)));
    }

    /// From a user's plan (UX audit 2190): a decision of 30/12/2021 on the action programme
    /// `thực hiện Chiến lược công tác dân tộc` was read to carry out the resolution of
    /// 28/01/2022 that issued the strategy, a month before it existed.
    #[test]
    fn no_inferred_relation_runs_to_a_later_document() {
        let plan = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 104/KH-UBND\nQuảng Ngãi, ngày 28 tháng 6 năm 2022\n\nKẾ HOẠCH\n\n\
                    Thực hiện Nghị quyết số 10/NQ-CP ngày 28/01/2022 của Chính phủ ban hành Chiến lược công tác dân tộc \
                    giai đoạn 2021-2030, tầm nhìn đến năm 2045 và Quyết định số 1657/QĐ-TTg ngày 30/12/2021 của Thủ \
                    tướng Chính phủ ban hành Chương trình hành động thực hiện Chiến lược công tác dân tộc giai đoạn \
                    2021-2030, tầm nhìn đến năm 2045;\n";
        // The seed report names the strategy as a resolution's subject, `về Chiến lược …`.
        let report = include_str!("../data/000_abefebc9fb273886.txt");
        let graph = crate::resolve::graph_of(&[("kh.txt", plan), ("bc.txt", report)]);
        let inferred: Vec<(&str, &str, &str)> =
            graph.edges.iter().filter(|e| e.inferred).map(|e| (&*e.from, &*e.to, &*e.relation)).collect();
        assert!(!inferred.contains(&("1657/QĐ-TTg:2021", "10/NQ-CP:2022", "implements")), "{inferred:?}");
        // The dates are known: the test would pass for want of them otherwise.
        let dated = |id: &str| graph.documents.iter().find(|d| &*d.id == id).and_then(|d| d.date.clone());
        assert_eq!(dated("1657/QĐ-TTg:2021").as_deref(), Some("2021-12-30"));
        assert_eq!(dated("10/NQ-CP:2022").as_deref(), Some("2022-01-28"));
    }

    /// From shared/corpus/real (Thông tư 03/2020/TT-BLĐTBXH, audit 2226): the law a cited
    /// decree's title details is the decree's, not the circular's; a law the circular names
    /// before what amended it is its own.
    #[test]
    fn a_document_named_in_a_cited_title_is_not_cited_by_the_file() {
        let page = "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nSố: 03/2020/TT-BLĐTBXH\n\nHà Nội, ngày 01 tháng 3 năm 2020\n\n\
                    THÔNG TƯ\n\n1. Chế độ bảo hiểm y tế đối với Cựu chiến binh thực hiện theo quy định tại Nghị định số \
                    146/2018/NĐ-CP ngày 17 tháng 10 năm 2018 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số \
                    điều của Luật bảo hiểm y tế số 25/2008/QH12.\n\n2. Thực hiện theo Luật Đất đai số 31/2024/QH15 được \
                    sửa đổi, bổ sung bởi Luật số 43/2024/QH15.\n";
        let graph = crate::resolve::graph_of(&[("tt.md", page)]);
        let edges: Vec<(&str, &str, &str)> = graph.edges.iter().map(|e| (&*e.from, &*e.to, &*e.relation)).collect();
        assert!(edges.contains(&("03/2020/TT-BLĐTBXH", "146/2018/NĐ-CP", "cites")), "{edges:?}");
        assert!(edges.contains(&("146/2018/NĐ-CP", "25/2008/QH12", "guides")), "{edges:?}");
        assert!(!edges.contains(&("03/2020/TT-BLĐTBXH", "25/2008/QH12", "cites")), "{edges:?}");
        assert!(edges.contains(&("03/2020/TT-BLĐTBXH", "31/2024/QH15", "cites")), "{edges:?}");
        assert!(edges.contains(&("43/2024/QH15", "31/2024/QH15", "amends")), "{edges:?}");
    }

    fn edge(from: &str, to: &str, relation: &str) -> Edge {
        Edge {
            from: from.into(),
            to: to.into(),
            relation: relation.into(),
            inferred: false,
            evidence: Evidence { path: "".into(), line: 1, column: 1, sentence: "".into() },
            also: Box::default(),
        }
    }

    #[test]
    fn subjects_compare_on_words() {
        let key = |s: &str| subject_key(&s.to_lowercase(), true);
        let strategy = key("về Chiến lược công tác dân tộc giai đoạn 2021 - 2030, tầm nhìn đến 2045");
        assert_eq!(strategy.as_deref(), Some("chiến lược công tác dân tộc giai đoạ"));
        assert_eq!(strategy, key("Chiến lược công tác dân tộc giai đoạn 2021-2030, tầm nhìn đến năm 2045"));
        assert_ne!(strategy, key("Chiến lược phát triển kinh tế xã hội giai đoạn 2021-2030"));
        // Too short to match on as a whole; cut to the length matched on after a cue.
        assert_eq!(key("về Đề án 06"), None);
        assert_eq!(subject_key("đề án 06", false).as_deref(), Some("đề án 06"));
    }

    /// A subject's key is its words' first characters, read only as far as they are needed.
    #[test]
    fn a_subjects_key_is_cut_where_it_is_matched() {
        let keys =
            subject_keys("Kế hoạch triển khai thực hiện Nghị quyết về phát triển kinh tế tư nhân trong giai đoạn mới");
        assert_eq!(keys.own.as_deref(), Some("kế hoạch triển khai thực hiện nghị q"));
        assert_eq!(keys.cued, Some(("nghị quyết phát triển kinh tế tư nhâ".to_string(), "implements")));
    }

    /// From shared/corpus/real: `Hướng dẫn việc thực hiện pháp điển …` (Thông tư 13/2014/TT-BTP)
    /// guides what it names; `thực hiện` inside the guidance phrase was read first.
    #[test]
    fn guidance_in_a_subject_is_read_before_the_act_it_guides() {
        for (subject, relation) in [
            ("Hướng dẫn việc thực hiện pháp điển hệ thống quy phạm pháp luật", "guides"),
            ("hướng dẫn thực hiện Nghị quyết về phát triển kinh tế tư nhân", "guides"),
            ("về triển khai thực hiện Chiến lược công tác dân tộc giai đoạn 2021-2030", "implements"),
        ] {
            let lower = subject.to_lowercase();
            assert_eq!(subject_keys(subject).cued.map(|(_, r)| r), Some(relation), "{lower}");
        }
    }

    #[test]
    fn cycles_along_derive_edges_only() {
        let edges = vec![
            edge("A", "B", "implements"),
            edge("B", "A", "basis"),
            edge("B", "C", "cites"),
            edge("C", "B", "implements"),
        ];
        assert_eq!(cycles(&edges), vec![vec!["A".to_string(), "B".to_string()]]);
    }
}
