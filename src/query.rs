//! Questions people ask of the graph: where a document comes from (`trace`), what it is
//! related to (`show`), which cited documents have no text (`dangling`).

use crate::graph::DERIVES;
use crate::model::{Document, Edge, FileStatus, Graph, Mention};
use crate::scan::canonical_number;
use crate::tables::Level;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// One step up a chain: `from` derives from `to`, as the evidence shows.
#[derive(Clone, Debug, Serialize)]
pub struct Step<'g> {
    pub from: &'g str,
    pub to: &'g str,
    pub relation: &'g str,
    pub inferred: bool,
    /// The place that proves it: the traced document's own file's where that file states the
    /// step, else the first file's ([`Edge::proof`]).
    pub path: &'g str,
    pub line: usize,
    pub column: usize,
    pub sentence: &'g str,
    /// Documents that amended `to`, named with it where `from` stands on both (`Căn cứ Luật Xử
    /// lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi Luật số 54/2014/QH13,
    /// …`): shown under its step, not as chains of their own.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amended_by: Vec<&'g str>,
    /// Documents probably the same as `to`, cited under another symbol by `from` (`79-TB/TU`
    /// beside `79-TB/VPTU`, of one date; see `findings::probably_same`): one step, not a chain
    /// each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_cited_as: Vec<&'g str>,
    /// Where `from` also names `to` as its basis, when the step says a closer tie (`quy định
    /// chi tiết … Luật Tiếp công dân` and `Căn cứ Luật Tiếp công dân số 42/2013/QH13;`): the
    /// preamble's line, which a legal officer looks for (trace audit 2176).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis_too: Option<&'g crate::model::Evidence>,
    /// The provision of `to` the proving reference names (`khoản 2 Điều 154`): what a decree
    /// details of a law, the key fact of its step (trace audit 2184).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinpoint: Option<&'g str>,
    /// What the proving reference writes where it is not `to`'s number, symbol or year (`Luật
    /// Bảo vệ dữ liệu cá nhân 97/2023/QH15`, read as 91/2025/QH15): the sentence and the label
    /// disagree, and the step says why (audit 2253, item 5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written: Option<String>,
    /// The proving reference, where the graph has it at the proof's place.
    #[serde(skip)]
    pub reference: Option<&'g Mention>,
}

impl Step<'_> {
    /// The note on a proving reference read as another number than it writes (`đọc là
    /// 91/2025/QH15, câu ghi 97/2023/QH15`), as `trace` and the report give it.
    pub fn read_as_note(&self) -> Option<String> {
        let written = self.written.as_deref()?;
        Some(format!("đọc là {}, câu ghi {written}", crate::model::shown_id(self.to)))
    }
}

/// Whether a document is of the central level: the Party's centre, the National Assembly,
/// the Government and its ministries. A ministry's decision is central, though no top a trace
/// climbs to ([`is_top`]).
pub fn is_central(d: &Document) -> bool {
    matches!(d.level, Level::CentralParty | Level::NationalAssembly | Level::Government)
}

/// Codes of the Government itself, of the Prime Minister and of the Government's Office that
/// writes their conclusions (`NĐ-CP`, `QĐ-TTg`, `TB-VPCP`): the Government's level holds the
/// ministries too, whose circulars stand below the decrees they detail.
pub const GOVERNMENT_CODES: &[&str] = &["CP", "TTg", "VPCP"];

/// Whether a document is at the top a trace climbs to: the Party's centre, the National
/// Assembly and its Standing Committee, the Government and the Prime Minister; not a
/// ministry's (audit 2157: a circular was a chain's top, the decree it details left out).
pub fn is_top(d: &Document) -> bool {
    // Nothing of the state stands above a treaty a decree carries out (`Thực hiện Công ước …`):
    // a chain ends there, though the treaty is no central body's.
    if is_treaty(d) {
        return true;
    }
    match d.level {
        Level::CentralParty | Level::NationalAssembly => true,
        Level::Government => match d.symbol.as_deref() {
            Some(symbol) => symbol.split(['-', '/']).any(|c| GOVERNMENT_CODES.contains(&c)),
            None => matches!(d.issuer.as_deref(), Some("Chính phủ" | "Thủ tướng Chính phủ")),
        },
        _ => false,
    }
}

/// Whether a document is a treaty cited by name (`Công ước …`, `Hiệp định …`).
fn is_treaty(d: &Document) -> bool {
    d.family == Some(crate::tables::Family::Named) && crate::treaties::is_kind(&d.kind)
}

/// Why a chain stops short of the top ([`is_top`]): what its last document lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShortOfTop {
    /// Its text is in the corpus and names no document it stands on.
    NamesNothing,
    /// Its text is not in the corpus, so what it stands on is unknown.
    NotInCorpus,
}

impl ShortOfTop {
    /// The note under a chain that stops so, in `trace` and the report alike, in full or, `told`
    /// before, briefly. The top is named by its bodies, not as "the central level" (audit 2197:
    /// said of a chain ending at a ministry's decision, `417/QĐ-BNNMT`, which is central, and
    /// no top). In Vietnamese, as the steps' relations are (audit 2200: `chain 1:` and English
    /// notes among `thực hiện →` and `cũng được ghi là`).
    pub fn note(self, told: bool) -> &'static str {
        match (self, told) {
            (ShortOfTop::NamesNothing, false) => {
                "chưa tới cấp cao nhất, văn bản của Trung ương Đảng, Quốc hội, Chính phủ hay Thủ tướng Chính phủ: văn \
                 bản này không nêu văn bản nào nó dựa vào"
            }
            (ShortOfTop::NotInCorpus, false) => {
                "chưa tới cấp cao nhất, văn bản của Trung ương Đảng, Quốc hội, Chính phủ hay Thủ tướng Chính phủ: văn \
                 bản này chưa có trong kho, nên chưa biết nó dựa vào đâu"
            }
            (ShortOfTop::NamesNothing, true) => "chưa tới cấp cao nhất: không nêu văn bản nào nó dựa vào",
            (ShortOfTop::NotInCorpus, true) => "chưa tới cấp cao nhất: chưa có trong kho",
        }
    }
}

/// Which reasons a chain stops short of the top were told in full in one document's trace:
/// each once in full, briefly after (trace audit 2184: the same note under 7 of 8 chains of a
/// seed), in `trace` and in the report's tree alike.
#[derive(Debug, Default)]
pub struct StopNotes {
    told: [bool; 2],
}

impl StopNotes {
    /// Why the chain ending at `top` (a document of the graph, or none) stops short of the top,
    /// and whether that reason was told before; `None` where it reached the top.
    pub fn of(&mut self, top: Option<&Document>) -> Option<(ShortOfTop, bool)> {
        if top.is_some_and(is_top) {
            return None;
        }
        let why = if top.is_some_and(|d| d.in_corpus) { ShortOfTop::NamesNothing } else { ShortOfTop::NotInCorpus };
        let told = std::mem::replace(&mut self.told[why as usize], true);
        Some((why, told))
    }
}

/// The relations `trace` follows, the closer tie first: a document carries out or details
/// what it is written for, and stands on much else.
const CLOSER_FIRST: &[&str] = &["implements", "guides", "basis"];

const MAX_CHAINS: usize = 64;

/// The most lines a preamble's sentence runs over after the line it opens on, wrapped.
const SENTENCE_LINES: usize = 4;
/// How many bytes a copy of a preamble's sentence may differ by between two of its references:
/// the marks of emphasis around one (`**…**`), a line break written with two spaces.
const MARKS: usize = 8;
const MAX_DEPTH: usize = 16;

/// Every chain of implements/basis/guides edges from `start` up to a central document, or
/// to the top of the chain when none is reached. A document met twice ends its chain there.
pub fn trace<'g>(graph: &'g Graph, start: &'g str) -> Vec<Vec<Step<'g>>> {
    let level: HashMap<&str, (Level, bool)> = graph.documents.iter().map(|d| (&*d.id, (d.level, is_top(d)))).collect();
    // The stated bases, for the step that says a closer tie to the same document.
    let mut basis_too: HashMap<(&str, &str), &crate::model::Evidence> = HashMap::new();
    for e in graph.edges.iter().filter(|e| e.relation == "basis" && !e.inferred) {
        basis_too.insert((&*e.from, &*e.to), &e.evidence);
    }
    let Steps { mut up, amended_by } = steps(graph);
    // Each proving reference, by where it stands and what it cites: the provision it names,
    // and what it writes.
    let references: HashMap<(&str, usize, usize, &str), &Mention> =
        graph.mentions.iter().map(|m| ((&*m.path, m.line, m.column, &*m.target), m)).collect();
    let documents: HashMap<&str, &Document> = graph.documents.iter().map(|d| (&*d.id, d)).collect();
    let also_cited_as = one_step_for_the_same_document(graph, &mut up);
    let own = files_of(graph, start);
    let mut chains = Vec::new();
    let mut path: Vec<Step> = Vec::new();
    struct Up<'g, 'm> {
        edges: HashMap<&'g str, Vec<&'g Edge>>,
        /// Each document's level and whether it is at the top ([`is_top`]).
        level: HashMap<&'g str, (Level, bool)>,
        amended_by: &'m HashMap<(&'g str, &'g str), Vec<&'g str>>,
        also_cited_as: &'m HashMap<(&'g str, &'g str), Vec<&'g str>>,
        basis_too: &'m HashMap<(&'g str, &'g str), &'g crate::model::Evidence>,
        references: &'m HashMap<(&'g str, usize, usize, &'g str), &'g Mention>,
        documents: &'m HashMap<&'g str, &'g Document>,
        /// The traced document's files, whose sentences prove the steps they state.
        own: &'m [&'g str],
    }
    fn walk<'g>(id: &'g str, up: &Up<'g, '_>, path: &mut Vec<Step<'g>>, chains: &mut Vec<Vec<Step<'g>>>) {
        if chains.len() >= MAX_CHAINS {
            return;
        }
        let next: Vec<&&Edge> = up
            .edges
            .get(id)
            .map(|v| v.iter().filter(|e| !path.iter().any(|s| s.from == &*e.to) && &*e.to != id).collect())
            .unwrap_or_default();
        // At the top only what a document carries out or details leads on (`Kết luận số
        // 65-KL/TW … về tiếp tục thực hiện Nghị quyết số 24-NQ/TW`, `Nghị định … quy định chi
        // tiết … Luật Phí và lệ phí`): to the resolution or the law above, not to every law a
        // law stands on. What it details stands no lower than it (a law guides no decree).
        let level = |id: &str| up.level.get(id).copied().unwrap_or((Level::Unknown, false));
        let (own, top) = level(id);
        let next: Vec<&&Edge> = if !path.is_empty() && top {
            let above = |e: &Edge| level(&e.to).0 <= own;
            next.into_iter()
                .filter(|e| !e.inferred && (e.relation == "implements" || e.relation == "guides" && above(e)))
                .collect()
        } else {
            next
        };
        if next.is_empty() || path.len() >= MAX_DEPTH {
            if !path.is_empty() {
                chains.push(path.clone());
            }
            return;
        }
        for e in next {
            let proof = e.proof(up.own);
            let reference = up.references.get(&(&*proof.path, proof.line, proof.column, &*e.to)).copied();
            path.push(Step {
                from: &e.from,
                to: &e.to,
                relation: &e.relation,
                inferred: e.inferred,
                path: &proof.path,
                line: proof.line,
                column: proof.column,
                sentence: &proof.sentence,
                amended_by: up.amended_by.get(&(&*e.from, &*e.to)).cloned().unwrap_or_default(),
                also_cited_as: up.also_cited_as.get(&(&*e.from, &*e.to)).cloned().unwrap_or_default(),
                basis_too: (e.relation != "basis")
                    .then(|| up.basis_too.get(&(&*e.from, &*e.to)).copied())
                    .flatten()
                    .filter(|b| (&b.path, b.line) != (&proof.path, proof.line)),
                pinpoint: reference.and_then(|m| m.pinpoint.as_deref()),
                written: reference
                    .zip(up.documents.get(&*e.to))
                    .filter(|(m, d)| read_as_another(m, d))
                    .map(|(m, _)| m.number_as_written().unwrap_or_else(|| one_line(&m.text).into_owned())),
                reference,
            });
            walk(&e.to, up, path, chains);
            path.pop();
        }
    }
    let up = Up {
        edges: up,
        level,
        amended_by: &amended_by,
        also_cited_as: &also_cited_as,
        basis_too: &basis_too,
        references: &references,
        documents: &documents,
        own: &own,
    };
    walk(start, &up, &mut path, &mut chains);
    chains
}

/// Each document's steps up (implements, basis, guides: one to each document, the closer
/// tie first), without the amenders of a basis named only in its sentence, which
/// `amended_by` names under that basis (by the citing document and the basis): what `trace`
/// climbs and `show` lists.
struct Steps<'g> {
    up: HashMap<&'g str, Vec<&'g Edge>>,
    amended_by: HashMap<(&'g str, &'g str), Vec<&'g str>>,
}

impl<'g> Steps<'g> {
    /// The bases whose amender `to` is, where `from` names `to` only so: its step folded
    /// under theirs ([`amenders_under_their_law`]), not one of its own. Empty where it is a
    /// step of its own.
    fn folded_under(&self, from: &str, to: &str) -> Vec<&'g str> {
        if self.up.get(from).is_some_and(|v| v.iter().any(|e| *e.to == *to)) {
            return Vec::new();
        }
        let mut laws: Vec<&str> = self
            .amended_by
            .iter()
            .filter(|((f, _), by)| *f == from && by.contains(&to))
            .map(|((_, law), _)| *law)
            .collect();
        laws.sort_unstable();
        laws
    }
}

fn steps(graph: &Graph) -> Steps<'_> {
    let mut up: HashMap<&str, Vec<&Edge>> = HashMap::new();
    for e in graph.edges.iter().filter(|e| DERIVES.contains(&e.relation.as_str())) {
        up.entry(&*e.from).or_default().push(e);
    }
    for v in up.values_mut() {
        // One step to each document: where a document both details another and stands on it
        // (`quy định chi tiết … Luật Quản lý thuế`, `Căn cứ Luật Quản lý thuế …`), the step
        // says the closer tie ([`CLOSER_FIRST`]), stated before inferred.
        let rank =
            |e: &Edge| (e.inferred, CLOSER_FIRST.iter().position(|r| *r == e.relation).unwrap_or(CLOSER_FIRST.len()));
        v.sort_by(|a, b| (&a.to, rank(a)).cmp(&(&b.to, rank(b))));
        // Stated relations before inferred ones; then in the order the text first names each
        // document (its preamble's order): where the first of its edges was written (of its
        // stated ones, where the kept one is stated), not the kept one (audit 2232: `Căn cứ Luật
        // Bảo hiểm tiền gửi` on line 33 of Thông tư 04/2026/TT-NHNN, whose step is the `hướng
        // dẫn` of line 47, came after the decree of line 35).
        fn at(e: &Edge) -> (bool, &str, usize, usize) {
            (e.inferred, &e.evidence.path, e.evidence.line, e.evidence.column)
        }
        let mut steps: Vec<_> = v
            .chunk_by(|a, b| a.to == b.to)
            .map(|same| {
                let kept = same[0];
                (same.iter().filter(|e| e.inferred == kept.inferred).map(|e| at(e)).min().unwrap_or(at(kept)), kept)
            })
            .collect();
        steps.sort_by(|(a, x), (b, y)| a.cmp(b).then_with(|| x.to.cmp(&y.to)));
        *v = steps.into_iter().map(|(_, e)| e).collect();
    }
    let amended_by = amenders_under_their_law(graph, &mut up);
    Steps { up, amended_by }
}

/// Where a document steps to two documents that are probably one (`Thông báo số 79 - TB/VPTU
/// ngày 09/11/2022` and `Thông báo số 79-TB/TU ngày 09/11/2022`, both of the Văn phòng Tỉnh
/// ủy), the first keeps the step and the others are named under it.
fn one_step_for_the_same_document<'g>(
    graph: &'g Graph,
    up: &mut HashMap<&'g str, Vec<&'g Edge>>,
) -> HashMap<(&'g str, &'g str), Vec<&'g str>> {
    let docs: HashMap<&str, &Document> = graph.documents.iter().map(|d| (&*d.id, d)).collect();
    let mut also = HashMap::new();
    for (from, edges) in up.iter_mut() {
        let mut kept: Vec<&Edge> = Vec::with_capacity(edges.len());
        for e in edges.drain(..) {
            let same = docs.get(&*e.to).and_then(|d| {
                kept.iter().find(|k| docs.get(&*k.to).is_some_and(|o| crate::findings::probably_same(o, d)))
            });
            match same {
                Some(k) => also.entry((*from, &*k.to)).or_insert_with(Vec::new).push(&*e.to),
                None => kept.push(e),
            }
        }
        *edges = kept;
    }
    also
}

/// A basis its preamble names with the laws that amended it (`Căn cứ Luật Xử lý vi phạm hành
/// chính số 15/2012/QH13 được sửa đổi, bổ sung bởi Luật số 54/2014/QH13, …`): the laws
/// that amended it (an amends edge says so) and stand in its sentence are named under its
/// step, in the sentence's order; one first named there is no step of its own, one with a
/// `Căn cứ` of its own stays one.
fn amenders_under_their_law<'g>(
    graph: &'g Graph,
    up: &mut HashMap<&'g str, Vec<&'g Edge>>,
) -> HashMap<(&'g str, &'g str), Vec<&'g str>> {
    let mut amended: HashSet<(&str, &str)> = HashSet::new();
    for e in graph.edges.iter().filter(|e| crate::cues::as_amends(&e.relation) == "amends") {
        amended.insert((&*e.from, &*e.to));
    }
    let doc_of_path: HashMap<&str, &str> =
        graph.files.iter().filter_map(|f| Some((f.path.as_str(), f.document.as_deref()?))).collect();
    // How each document writes each document it names, and where it names one as a basis.
    let mut written: HashMap<(&str, &str), Vec<String>> = HashMap::new();
    let mut based_at: HashMap<(&str, &str), Vec<&crate::model::Mention>> = HashMap::new();
    for m in &graph.mentions {
        if let Some(from) = m.by.as_deref().or_else(|| doc_of_path.get(&*m.path).copied()) {
            let texts = written.entry((from, &*m.target)).or_default();
            let text = m.text.replace('\n', " ");
            if !texts.contains(&text) {
                texts.push(text);
            }
            if m.relation == "basis" {
                based_at.entry((from, &*m.target)).or_default().push(m);
            }
        }
    }
    // Each document's bases, whatever step its trace takes to them: a decree that details a
    // law and stands on it (`Căn cứ Luật Lý lịch tư pháp số 28/2009/QH12 được sửa đổi, bổ sung
    // bởi …`) lists the law's amenders under its `hướng dẫn` step.
    let mut basis_of: HashMap<&str, Vec<&Edge>> = HashMap::new();
    for e in graph.edges.iter().filter(|e| e.relation == "basis" && !e.inferred) {
        basis_of.entry(&*e.from).or_default().push(e);
    }
    let mut amended_by: HashMap<(&str, &str), Vec<&str>> = HashMap::new();
    for (from, v) in up.iter_mut() {
        let mut folded: HashSet<&str> = HashSet::new();
        let steps: HashSet<&str> = v.iter().map(|e| &*e.to).collect();
        let bases = basis_of.get(from).map_or(&[][..], Vec::as_slice);
        for law in bases.iter().filter(|e| steps.contains(&*e.to)) {
            // Without marks of emphasis, as a mention's text is: `Luật Đầu tư công số
            // **58/2024/QH15** được sửa đổi, bổ sung bởi Luật số **90/2025/QH15**`.
            let sentence = crate::model::Mention::text_of(&law.evidence.sentence);
            // First named in the law's sentence: after it, on its line or the few its wraps take.
            let first_named_there = |a: &Edge| {
                let lines = law.evidence.line..=law.evidence.line + SENTENCE_LINES;
                a.evidence.path == law.evidence.path
                    && lines.contains(&a.evidence.line)
                    && (a.evidence.line, a.evidence.column) > (law.evidence.line, law.evidence.column)
            };
            // In the sentence's order; those past the part of it the evidence keeps, after.
            let mut amenders: Vec<((usize, usize, usize), &Edge)> = bases
                .iter()
                .filter(|a| steps.contains(&*a.to) && amended.contains(&(&*a.to, &*law.to)))
                .filter_map(|a| {
                    let texts = written.get(&(*from, &*a.to))?;
                    let at = texts.iter().filter_map(|t| sentence.find(t.as_str())).min();
                    let past = first_named_there(a).then_some((a.evidence.line, a.evidence.column));
                    let key = match (at, past) {
                        (Some(at), _) => (at, 0, 0),
                        (None, Some((line, column))) => (usize::MAX, line, column),
                        (None, None) => return None,
                    };
                    Some((key, *a))
                })
                .collect();
            amenders.sort_by_key(|&(at, _)| at);
            // Not one named as a basis of its own elsewhere, a list's item after the law's
            // (`- Luật Lâm nghiệp 16/2017/QH14 (sửa 16/2023/QH15, …)⏎- Luật Giá 16/2023/QH15
            // (sửa …)`: trace audit 2176 found Luật Giá only under Luật Lâm nghiệp). A copy of
            // the law's sentence elsewhere, an editor's list of the bases above the text, names
            // it after the law again, on its line (trace audit 2207: Nghị định 162/2026's amenders of
            // 41/2024/QH15 stood as chains of their own as well as under it), or wrapped onto the
            // next: then as many bytes after the law's name as the law's own sentence has it
            // (audit 2232: Nghị định 203/2026's second copy of its preamble, `… được sửa đổi, bổ
            // sung⏎một số điều bởi Luật số 137/2025/QH15,`). A basis of its own on the next line
            // stands past the end of the law's sentence.
            let laws = based_at.get(&(*from, &*law.to)).map_or(&[][..], Vec::as_slice);
            fn at<'m>(
                ms: &[&'m crate::model::Mention],
                e: &crate::model::Evidence,
            ) -> Option<&'m crate::model::Mention> {
                ms.iter().copied().find(|m| *m.path == *e.path && (m.line, m.column) == (e.line, e.column))
            }
            let after_the_law = |a: &Edge, m: &crate::model::Mention| {
                let amender = based_at.get(&(*from, &*a.to)).map_or(&[][..], Vec::as_slice);
                // How far after the law's name its sentence names the amender, in the law's clause
                // (`… được sửa đổi, bổ sung bởi Luật số …`), not as a basis after it (`Căn cứ Luật
                // Ban hành văn bản … năm 2025; Luật sửa đổi, bổ sung một số điều của Luật Ban hành
                // văn bản …;` over a list of the two, Nghị quyết 159/NQ-CP).
                let in_sentence = at(amender, &a.evidence).zip(at(laws, &law.evidence)).and_then(|(am, lm)| {
                    let named = sentence.find(&*lm.text.replace('\n', " "))?;
                    let clause = sentence[named..].find(&*am.text.replace('\n', " "))?;
                    if sentence[named..named + clause].contains(';') {
                        return None;
                    }
                    am.start.checked_sub(lm.start)
                });
                laws.iter().any(|l| {
                    let wrapped = || {
                        (l.line + 1..=l.line + SENTENCE_LINES).contains(&m.line)
                            && in_sentence
                                .zip(m.start.checked_sub(l.start))
                                .is_some_and(|(s, d)| s.abs_diff(d) <= MARKS)
                    };
                    *l.path == *m.path && (l.line == m.line && l.column < m.column || wrapped())
                })
            };
            // Named in the sentence of a law it amends, this one or another basis (`Căn cứ Bộ
            // luật Hình sự … được sửa đổi … theo … Luật số 59/2024/QH15 …` and `Căn cứ Bộ luật Tố
            // tụng hình sự … theo … Luật số⏎59/2024/QH15`, Nghị định 231/2026/NĐ-CP: it stood as a
            // chain of its own as well as under both).
            let in_an_amended_law_s_sentence = |a: &Edge, m: &crate::model::Mention| {
                bases.iter().filter(|l| *l.to == *law.to || amended.contains(&(&*a.to, &*l.to))).any(|l| {
                    *m.path == *l.evidence.path
                        && (l.evidence.line..=l.evidence.line + SENTENCE_LINES).contains(&m.line)
                        && crate::model::Mention::text_of(&l.evidence.sentence).contains(&*m.text.replace('\n', " "))
                })
            };
            let only_there = |a: &Edge| {
                based_at
                    .get(&(*from, &*a.to))
                    .is_none_or(|ms| ms.iter().all(|m| in_an_amended_law_s_sentence(a, m) || after_the_law(a, m)))
            };
            for (_, a) in &amenders {
                if first_named_there(a) && only_there(a) {
                    folded.insert(&a.to);
                }
            }
            if !amenders.is_empty() {
                amended_by.insert((from, &law.to), amenders.iter().map(|(_, a)| &*a.to).collect());
            }
        }
        v.retain(|e| !folded.contains(&*e.to));
    }
    amended_by
}

/// What a document derives from, what derives from it, and where it is cited.
#[derive(Debug, Serialize)]
pub struct Shown<'g> {
    pub document: &'g Document,
    pub derives_from: Vec<&'g Edge>,
    /// The laws that amended a basis of its, named with it (`Căn cứ Luật Ban hành văn bản quy
    /// phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung một số điều bởi Luật số
    /// 87/2025/QH15`), as `trace` names them under its step; one named only so is none of
    /// `derives_from`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amended_by: Vec<Amended<'g>>,
    pub derived_by: Vec<&'g Edge>,
    /// Documents that name this one only as the amender of a basis of theirs (`Luật Lâm
    /// nghiệp 16/2017/QH14 (sửa 16/2023/QH15, 31/2024/QH15, …)` in Thông tư
    /// 31/2026/TT-BNNMT, shown from Luật Đất đai 31/2024/QH15): their edge, and the bases.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub amends_a_basis_of: Vec<AmendedBasis<'g>>,
    pub cites: Vec<&'g Edge>,
    pub cited_by: Vec<&'g Edge>,
    pub mentions: Vec<&'g Mention>,
}

/// A basis and the laws that amended it, named with it.
#[derive(Debug, Serialize)]
pub struct Amended<'g> {
    pub basis: &'g str,
    pub by: Vec<&'g str>,
}

/// A document's edge to the shown one, which its text names only as the amender of `bases`.
#[derive(Debug, Serialize)]
pub struct AmendedBasis<'g> {
    pub edge: &'g Edge,
    pub bases: Vec<&'g str>,
}

/// What `doc` derives from and what derives from it as `trace` steps (a law named only as the
/// amender of a basis is said so, not listed as a basis: audit 2253, item 6), what it cites and
/// is cited by, and its mentions.
pub fn show<'g>(graph: &'g Graph, doc: &'g Document) -> Shown<'g> {
    let derive = |e: &&Edge| DERIVES.contains(&e.relation.as_str());
    let steps = steps(graph);
    let (derived_by, amends): (Vec<_>, Vec<_>) = graph
        .edges
        .iter()
        .filter(|e| e.to == doc.id)
        .filter(derive)
        .map(|e| (e, steps.folded_under(&e.from, &e.to)))
        .partition(|(_, bases)| bases.is_empty());
    let mut amended_by: Vec<Amended> = steps
        .amended_by
        .iter()
        .filter(|((from, _), _)| **from == *doc.id)
        .map(|((_, basis), by)| Amended { basis, by: by.clone() })
        .collect();
    amended_by.sort_by_key(|a| a.basis);
    Shown {
        document: doc,
        derives_from: graph
            .edges
            .iter()
            .filter(|e| e.from == doc.id)
            .filter(derive)
            .filter(|e| steps.folded_under(&e.from, &e.to).is_empty())
            .collect(),
        amended_by,
        derived_by: derived_by.into_iter().map(|(e, _)| e).collect(),
        amends_a_basis_of: amends.into_iter().map(|(edge, bases)| AmendedBasis { edge, bases }).collect(),
        cites: graph.edges.iter().filter(|e| e.from == doc.id && !derive(e)).collect(),
        cited_by: graph.edges.iter().filter(|e| e.to == doc.id && !derive(e)).collect(),
        mentions: graph.mentions.iter().filter(|m| m.target == doc.id).collect(),
    }
}

/// A cited document whose text is not in the corpus, with every place it is cited.
#[derive(Debug, Serialize)]
pub struct Dangling<'g> {
    pub document: &'g Document,
    pub mentions: Vec<&'g Mention>,
    /// Documents probably the same as `document`, cited under another symbol (`79-TB/TU`
    /// beside `79-TB/VPTU`, of one date; see `findings::probably_same`): one text to look for,
    /// their mentions among `mentions`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_cited_as: Vec<&'g str>,
    /// Findings on its citations' symbols or dates ([`SLIPS`]). Where every citation has one,
    /// the document may be no other than a misprint of one cited right elsewhere (`22/2022NĐ`,
    /// `Luật … số Ô 121/2025/QH1`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Slip<'g>>,
    /// How the corpus cites it: each relation of its citations with their count, in the
    /// legend's order (`basis` 12, `repeals` 1): a document only ever repealed or replaced is
    /// seldom a text anyone must fetch.
    pub relations: Vec<Cited<'g>>,
    /// The paths of the codification pages in the corpus (Bộ pháp điển) that reproduce its
    /// articles (a `codifies` edge to it): its provisions can be read there meanwhile.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub codified_in: Vec<&'g str>,
    /// Other dangling documents probably this one written two ways (`42/2024/QH15` beside
    /// `42/2025/QH15`, see [`crate::variants`]): a slip to mend, though each may be cited
    /// right. Unlike `also_cited_as`, each stays an entry of its own; JSON names their ids.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub perhaps_same_as: Vec<Variant<'g>>,
}

/// A dangling document probably the same as another, with its places, which the text names.
#[derive(Debug)]
pub struct Variant<'g> {
    pub id: &'g str,
    pub mentions: Vec<&'g Mention>,
}

/// As its id: the places are the other entry's own.
impl Serialize for Variant<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id)
    }
}

/// One relation a dangling document is cited with, and how many of its citations have it.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Cited<'g> {
    pub relation: &'g str,
    pub count: usize,
}

/// A finding at one citation of a dangling document, named in its JSON (`{"mention": 0,
/// "kind": "term-mismatch"}`), as a pair it read as a bare list.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Slip<'g> {
    /// Which of the document's `mentions`, by index from 0.
    pub mention: usize,
    /// The finding's kind, one of [`SLIPS`].
    pub kind: &'g str,
}

/// Kinds of finding that say a citation's own symbol or date is wrong.
pub const SLIPS: &[&str] = &["malformed-symbol", "term-mismatch", "year-mismatch", "impossible-date", "kind-mismatch"];

impl Dangling<'_> {
    /// How many files cite the document.
    pub fn files(&self) -> usize {
        self.mentions.iter().map(|m| &*m.path).collect::<HashSet<_>>().len()
    }

    /// How many of its citations have a finding.
    pub fn flagged(&self) -> usize {
        let mut at: Vec<usize> = self.findings.iter().map(|s| s.mention).collect();
        at.dedup();
        at.len()
    }

    /// The kinds of finding at its `i`th citation, joined by `;`.
    fn findings_at(&self, i: usize) -> String {
        self.findings.iter().filter(|s| s.mention == i).map(|s| s.kind).collect::<Vec<_>>().join(";")
    }

    /// Its relations as a clerk reads them: `căn cứ ×12, bãi bỏ ×1`.
    pub fn relations_text(&self) -> String {
        let each = self.relations.iter().map(|c| format!("{} ×{}", crate::render::relation_label(c.relation), c.count));
        each.collect::<Vec<_>>().join(", ")
    }
}

/// The relations of `mentions` with their counts, in the legend's order
/// ([`crate::render::RELATIONS`]); one the legend lacks after those.
fn relation_counts<'g>(mentions: &[&'g Mention]) -> Vec<Cited<'g>> {
    let mut counts: Vec<Cited> = Vec::new();
    for m in mentions {
        match counts.iter_mut().find(|c| c.relation == m.relation.as_str()) {
            Some(c) => c.count += 1,
            None => counts.push(Cited { relation: m.relation.as_str(), count: 1 }),
        }
    }
    let rank = |r: &str| crate::render::RELATIONS.iter().position(|(k, _)| *k == r).unwrap_or(usize::MAX);
    counts.sort_by_key(|c| rank(c.relation));
    counts
}

/// For each document a codification page of the corpus codifies, the pages' paths, each once,
/// in the graph's order.
fn codifying_pages(graph: &Graph) -> HashMap<&str, Vec<&str>> {
    let paths: HashMap<&str, &str> =
        graph.documents.iter().filter_map(|d| Some((&*d.id, d.path.as_deref()?))).collect();
    let mut pages: HashMap<&str, Vec<&str>> = HashMap::new();
    for e in graph.edges.iter().filter(|e| e.relation == crate::cues::CODIFIES) {
        let Some(&page) = paths.get(&*e.from) else { continue };
        let listed = pages.entry(&e.to).or_default();
        if !listed.contains(&page) {
            listed.push(page);
        }
    }
    pages
}

/// Whether a document's kind is one of `kinds`, as a person types them: with or without
/// marks, in any case (`nghi dinh` is `Nghị định`).
pub fn of_kinds(kind: &str, kinds: &[String]) -> bool {
    let key = |k: &str| crate::tables::fold(k.trim()).to_lowercase();
    let kind = key(kind);
    kinds.iter().any(|k| key(k) == kind)
}

/// Dangling documents, most cited first: by the files that cite them, then by their mentions
/// (a law cited 163 times in two codified pages is less wanted than one in 115 files).
pub fn dangling(graph: &Graph) -> Vec<Dangling<'_>> {
    let mut by_target: HashMap<&str, Vec<&Mention>> = HashMap::new();
    for m in &graph.mentions {
        by_target.entry(&m.target).or_default().push(m);
    }
    let mut out: Vec<Dangling> = graph
        .documents
        .iter()
        .filter(|d| !d.in_corpus)
        .map(|d| Dangling {
            document: d,
            mentions: by_target.remove(&*d.id).unwrap_or_default(),
            also_cited_as: Vec::new(),
            findings: Vec::new(),
            relations: Vec::new(),
            codified_in: Vec::new(),
            perhaps_same_as: Vec::new(),
        })
        .filter(|d| !d.mentions.is_empty())
        .collect();
    // One entry for a document cited under two symbols of one number and date (audit 2155:
    // 01-TT/TU and 01-TTr/TU were two texts to look for), under the symbol most cited.
    out.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then(a.document.id.cmp(&b.document.id)));
    let mut by_date: HashMap<(&str, Option<&str>), Vec<usize>> = HashMap::new();
    let mut kept: Vec<Dangling> = Vec::with_capacity(out.len());
    for d in out {
        let key = d.document.date.as_deref().map(|date| (date, d.document.place.as_deref()));
        let same = key.and_then(|key| {
            by_date.get(&key)?.iter().copied().find(|&k| crate::findings::probably_same(kept[k].document, d.document))
        });
        match same {
            Some(k) => {
                kept[k].also_cited_as.push(&d.document.id);
                kept[k].mentions.extend(d.mentions);
            }
            None => {
                if let Some(key) = key {
                    by_date.entry(key).or_default().push(kept.len());
                }
                kept.push(d);
            }
        }
    }
    let mut out = kept;
    // A slip is told at its citations, the places of its finding: one slip made at several
    // places of a file is one finding (`findings::one_per_problem`). A finding that also points
    // at the right spelling read its symbol as the document it means, and names that document.
    let slips = kinds_at_places(graph, |f| {
        let slip = SLIPS.contains(&f.kind.as_str()) && !crate::findings::read_right(f);
        if slip { &f.locations[..] } else { &[] }
    });
    if !slips.is_empty() {
        for d in &mut out {
            d.findings = d
                .mentions
                .iter()
                .enumerate()
                .flat_map(|(i, m)| {
                    let kinds = slips.get(&(&*m.path, m.line, m.column)).into_iter().flatten();
                    kinds.map(move |&kind| Slip { mention: i, kind })
                })
                .collect();
        }
    }
    let pages = codifying_pages(graph);
    for d in &mut out {
        d.relations = relation_counts(&d.mentions);
        // Under any of its symbols.
        let ids = std::iter::once(&*d.document.id).chain(d.also_cited_as.iter().copied());
        for page in ids.filter_map(|id| pages.get(id)).flatten() {
            if !d.codified_in.contains(page) {
                d.codified_in.push(page);
            }
        }
    }
    let docs: Vec<&Document> = out.iter().map(|d| d.document).collect();
    let written_alike: Vec<(&str, &str)> = crate::variants::within_files(&graph.documents, &graph.mentions)
        .iter()
        .map(|w| (&*w.places[0].target, &*w.places[1].target))
        .collect();
    let variants: Vec<Vec<Variant>> = crate::variants::pairs(&docs, &written_alike)
        .into_iter()
        .map(|others| {
            others.into_iter().map(|o| Variant { id: &out[o].document.id, mentions: out[o].mentions.clone() }).collect()
        })
        .collect();
    for (d, variants) in out.iter_mut().zip(variants) {
        d.perhaps_same_as = variants;
    }
    let mut ranked: Vec<(usize, Dangling)> = out.into_iter().map(|d| (d.files(), d)).collect();
    ranked.sort_by(|(fa, a), (fb, b)| {
        fb.cmp(fa).then(b.mentions.len().cmp(&a.mentions.len())).then(a.document.id.cmp(&b.document.id))
    });
    ranked.into_iter().map(|(_, d)| d).collect()
}

/// The document `id` by kind and number alone (`Luật 54/2014/QH13`), where a list of them
/// would be lost in their names; by its label where it has no number.
pub fn short_label(graph: &Graph, id: &str) -> String {
    let doc = graph.documents.iter().find(|d| &*d.id == id);
    match doc.and_then(|d| crate::render::doc_code(d).map(|c| format!("{} {c}", d.kind))) {
        Some(short) => short,
        None => label(graph, id),
    }
}

/// How the document `id` is named for people (see [`label_of`]).
pub fn label(graph: &Graph, id: &str) -> String {
    graph.documents.iter().find(|d| &*d.id == id).map_or_else(|| id.to_string(), label_of)
}

/// How a document is named for people: `Kế hoạch 104/KH-UBND, Quảng Ngãi (28/06/2022) [Tỉnh]`,
/// `Nghị định 78/2025/NĐ-CP (01/04/2025) [Chính phủ]`, `Hiến pháp năm 2013 [Quốc hội]`.
pub fn label_of(d: &Document) -> String {
    let date = d.date.as_deref().map(|s| format!(" ({}/{}/{})", &s[8..10], &s[5..7], &s[..4])).unwrap_or_default();
    let name = d.name.as_deref().map(|n| format!(" {n}")).unwrap_or_default();
    let code = crate::render::doc_code(d).map(|c| format!(" {c}")).unwrap_or_default();
    // A file without a number is best known by its title, else by its file's name.
    let code = if code.is_empty() && d.name.is_none() {
        let file = || d.path.as_deref().map(|p| p.rsplit(['/', '\\']).next().unwrap_or(p).to_string());
        d.title
            .as_deref()
            .map(|t| crate::render::shorten(t, 60))
            .or_else(file)
            .map(|t| format!(" «{t}»"))
            .unwrap_or_default()
    } else {
        code
    };
    // A law known by its name and year alone is written with its year, as texts write it
    // (`Hiến pháp năm 2013`): the two constitutions cited are otherwise one label.
    let year = match (d.number.as_deref(), d.date.as_deref(), d.year) {
        (None, None, Some(y)) if d.path.is_none() => format!(" năm {y}"),
        _ => String::new(),
    };
    let place = d.place.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
    format!("{}{}{}{year}{place}{} [{}]", d.kind, name, code, date, body(d))
}

/// Who issued a central document, where known (`Thủ tướng Chính phủ`, `Bộ Tài chính`, `Ủy ban
/// Thường vụ Quốc hội`): a clerk tells a decree from a circular by it, where the level
/// (`Chính phủ, bộ, ngành`) holds both. A local body's name says less than its level
/// (`Ủy ban nhân dân`, of the place the label gives), and so does a long one.
fn body(d: &Document) -> &str {
    // In letters, not bytes: `Bộ Nông nghiệp và Phát triển nông thôn` is 38 letters and 50
    // bytes (render audit 2174: 48 of its circulars showed the level).
    const LONGEST: usize = 48;
    match (d.level, d.issuer.as_deref()) {
        (Level::Government | Level::NationalAssembly, Some(issuer)) if issuer.chars().count() <= LONGEST => issuer,
        (Level::Unknown, None) if is_treaty(d) => "Điều ước quốc tế",
        _ => d.level.label(),
    }
}

/// A relation's word for people, `(suy ra)` after it where the edge is inferred.
pub fn relation_word(relation: &str, inferred: bool) -> String {
    let word = crate::render::relation_label(relation);
    if inferred { format!("{word} (suy ra)") } else { word.to_string() }
}

/// The kinds of finding at each place (path, line, column) that `places` gives of a finding
/// (none for a finding of no interest): the citations they speak of, found by their places.
fn kinds_at_places<'g>(
    graph: &'g Graph,
    places: impl Fn(&'g crate::model::Finding) -> &'g [crate::model::Location],
) -> HashMap<(&'g str, usize, usize), Vec<&'g str>> {
    let mut at: HashMap<(&str, usize, usize), Vec<&str>> = HashMap::new();
    for f in &graph.findings {
        for l in places(f) {
            at.entry((&l.path, l.line, l.column)).or_default().push(&f.kind);
        }
    }
    at
}

/// Kinds of finding that question which document a citation means: its number, date,
/// name, type or year written two ways, or misread.
pub const DOUBTS: &[&str] = &[
    "conflicting-kinds",
    "conflicting-dates",
    "conflicting-numbers",
    "conflicting-names",
    "conflicting-years",
    "probably-same-document",
    "year-mismatch",
    "term-mismatch",
];

/// What the corpus writes of a document inconsistently: the kinds of finding, and the places
/// of the citations they are about, in the order of the graph's references.
#[derive(Debug, Default)]
pub struct Doubt<'g> {
    pub kinds: Vec<&'g str>,
    /// The citations the findings are about.
    pub places: Vec<&'g Mention>,
}

impl Doubt<'_> {
    /// Where the corpus writes it otherwise than at `path:line:column` (a step's own sentence,
    /// which may be right while another file's slip is told: audit 2249, a trace's warning on
    /// 254/2025/QH15 whose slip, 254/2015/QH15, is another file's), said for a person: the
    /// first such place (as `place` writes a path, line and column), and how many more. Where
    /// the step's own citation `own` is known, a place that writes what it writes is no other
    /// writing (audit 2253, item 4: `Luật Phí và lệ phí 2015 (97/2015/QH13)` was pointed at
    /// from `Luật Phí và lệ phí số 97/2015/QH13`).
    fn elsewhere(
        &self,
        (path, line, column): (&str, usize, usize),
        own: Option<&Mention>,
        place: impl Fn(&str, usize, usize) -> String,
    ) -> Option<String> {
        let mut others = self
            .places
            .iter()
            .filter(|m| (&*m.path, m.line, m.column) != (path, line, column))
            .filter(|m| own.is_none_or(|own| writing(own) != writing(m)));
        let m = others.next()?;
        let more = others.count();
        let (p, l, c) = (&*m.path, m.line, m.column);
        Some(if more == 0 { place(p, l, c) } else { format!("{} và {more} chỗ khác", place(p, l, c)) })
    }

    /// The note's `, ở …`: where the corpus writes it otherwise ([`Doubt::elsewhere`]), else,
    /// where the step's own citation is one the findings are about or writes what one writes,
    /// the sentence above (`Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2022`, each copy of
    /// the preamble a year-mismatch: audit 2253, item 4); else nothing.
    pub fn at(
        &self,
        (path, line, column): (&str, usize, usize),
        own: Option<&Mention>,
        place: impl Fn(&str, usize, usize) -> String,
    ) -> String {
        if let Some(p) = self.elsewhere((path, line, column), own, place) {
            return format!(", ở {p}");
        }
        let here = self.places.iter().any(|m| {
            (&*m.path, m.line, m.column) == (path, line, column) || own.is_some_and(|own| writing(own) == writing(m))
        });
        if here { ", ở câu trên".to_string() } else { String::new() }
    }
}

/// What a citation writes of its document, as findings compare two: type, number, symbol,
/// year, date and the law's name, in any case.
fn writing(m: &Mention) -> impl PartialEq + '_ {
    let name = m.name.as_deref().map(crate::cues::to_lower);
    (&*m.kind, m.number.as_deref().map(canonical_number), m.symbol.as_deref(), m.year, m.date.as_deref(), name)
}

/// For each document a finding of [`DOUBTS`] is about (through the citations at its places),
/// the kinds of those findings and their places: a step of `trace` to it may stand on a
/// misprint (trace audit 2162: a law for the resolution of its number).
pub fn doubts(graph: &Graph) -> HashMap<&str, Doubt<'_>> {
    let at = kinds_at_places(graph, |f| {
        if !DOUBTS.contains(&f.kind.as_str()) {
            return &[];
        }
        // A law's name written with two numbers, one taken (`72/2025/QH15 in 24 files,
        // 08/2025/L-CTN in 1 file`): every citation is of the law taken, which is not in doubt.
        if f.kind == "conflicting-numbers" && !f.message.ends_with("left unresolved") {
            return &[];
        }
        // So is a law's number written with a misprinted year where every citation was taken
        // to be the law most write (`63/2023/QH15` twice, 63/2025/QH15 162 times): trace audit
        // 2207 found the warning on Luật Tổ chức Chính phủ in 9 of 10 decrees' traces.
        if f.kind == "conflicting-years" && f.message.contains("; every citation is taken to be ") {
            return &[];
        }
        // And a number written with two names where the law table says which is the misprint
        // and that one was read as the law it names (`97/2015/QH13 is written as Bộ luật Dân sự
        // … (read as 91/2015/QH13) and as Luật Phí và lệ phí …`: audit 2253, item 4): each
        // citation is of its law; the step whose sentence writes the slip says what it was read
        // as ([`Step::written`]).
        if f.kind == "conflicting-names"
            && f.message.contains(" (read as ")
            && [", so the other is the misprint", ", so the number is the misprint"]
                .iter()
                .any(|v| f.message.ends_with(v))
        {
            return &[];
        }
        &f.locations
    });
    let mut out: HashMap<&str, Doubt> = HashMap::new();
    if at.is_empty() {
        return out;
    }
    for m in &graph.mentions {
        if let Some(kinds) = at.get(&(&*m.path, m.line, m.column)) {
            let doc = out.entry(&*m.target).or_default();
            doc.places.push(m);
            for k in kinds {
                if !doc.kinds.contains(k) {
                    doc.kinds.push(k);
                }
            }
        }
    }
    out
}

/// For each step of each chain, the chain (from 0) that tells it in full where an earlier one
/// does, `None` where this one does: a chain shares the steps it starts with with the chain
/// before it (chains go up depth first, so no earlier chain shares more), and those were told
/// where that chain's own were. A chain's last step is told in its chain.
pub fn told_in(chains: &[Vec<Step>]) -> Vec<Vec<Option<usize>>> {
    let mut out: Vec<Vec<Option<usize>>> = Vec::with_capacity(chains.len());
    for (i, chain) in chains.iter().enumerate() {
        let shared = i.checked_sub(1).map_or(0, |p| {
            chains[p].iter().zip(chain).take_while(|(a, b)| a.to == b.to && a.relation == b.relation).count()
        });
        let shared = shared.min(chain.len().saturating_sub(1));
        let steps =
            (0..chain.len()).map(|depth| (depth < shared).then(|| out[i - 1][depth].unwrap_or(i - 1))).collect();
        out.push(steps);
    }
    out
}

/// `trace` for people: each chain a numbered list of steps with the sentence that proves it.
pub fn trace_text(graph: &Graph, start: &str, chains: &[Vec<Step>]) -> String {
    let mut out = format!("{}\n", label(graph, start));
    // The document's own file is named once, under it, as ripgrep heads a file's matches:
    // its steps' places are its lines (trace audit 2207: a path of 110 characters before
    // each sentence made most of a decree's 60 lines).
    let doc = graph.documents.iter().find(|d| &*d.id == start);
    let own_path = doc.and_then(|d| d.path.as_deref());
    if let Some(path) = own_path.filter(|_| !chains.is_empty()) {
        out.push_str(&format!("tệp: {path}\n"));
    }
    let place = |path: &str, line: usize, column: usize| match own_path {
        Some(own) if own == path => format!("dòng {line}:{column}"),
        _ => format!("{path}:{line}:{column}"),
    };
    if chains.is_empty() {
        // Why nothing leaves it, where the reason is that its text is not there to read.
        out.push_str(match (doc.is_some_and(is_top), doc.is_some_and(|d| d.in_corpus)) {
            (true, true) => {
                "  văn bản cấp cao nhất: trong đồ thị không có văn bản nào ở trên nó (không có quan hệ thực hiện, căn \
                 cứ hay hướng dẫn nào từ nó)\n"
            }
            (false, true) => {
                "  không dựa vào văn bản nào trong đồ thị (không có quan hệ thực hiện, căn cứ hay hướng dẫn nào từ nó)\n"
            }
            (_, false) => {
                "  văn bản này chưa có trong kho, nên chưa biết nó dựa vào đâu: thêm tệp của nó vào kho để truy tiếp\n"
            }
        });
    }
    let doubts = doubts(graph);
    let mut stops = StopNotes::default();
    let told_in = told_in(chains);
    for (i, chain) in chains.iter().enumerate() {
        out.push_str(&format!("chuỗi {}:\n", i + 1));
        // The steps it shares with the chain before are named, not told again (trace audit
        // 2162: a decree's step and its sentence printed in each chain through it), by the
        // chain that told them in full (UX audit: chain 7 said `as in chain 6`, which said
        // `as in chain 5`, … back to chain 1).
        for (depth, s) in chain.iter().enumerate() {
            let indent = "   ".repeat(depth);
            let shared = told_in[i][depth];
            let shared_note = shared.map(|k| format!(" (như chuỗi {})", k + 1)).unwrap_or_default();
            let provision = s.pinpoint.map(|p| format!(" — {}", one_line(p))).unwrap_or_default();
            out.push_str(&format!(
                "{indent}└─ {} → {}{provision}{shared_note}\n",
                relation_word(s.relation, s.inferred),
                label(graph, s.to)
            ));
            if shared.is_some() {
                continue;
            }
            out.push_str(&format!("{indent}   {}: {}\n", place(s.path, s.line, s.column), s.sentence));
            if let Some(b) = s.basis_too {
                out.push_str(&format!("{indent}   căn cứ: {}: {}\n", place(&b.path, b.line, b.column), b.sentence));
            }
            if let Some(note) = s.read_as_note() {
                out.push_str(&format!("{indent}   {note}\n"));
            }
            if let Some(doubt) = doubts.get(s.to) {
                let at = doubt.at((s.path, s.line, s.column), s.reference, place);
                out.push_str(&format!(
                    "{indent}   ⚠ kho văn bản ghi văn bản này không thống nhất ({}{at}): xem `citegraph check` trên \
                     cùng kho\n",
                    kind_labels(&doubt.kinds)
                ));
            }
            if !s.amended_by.is_empty() {
                let laws: Vec<String> = s.amended_by.iter().map(|id| short_label(graph, id)).collect();
                out.push_str(&format!("{indent}   sửa đổi, bổ sung bởi: {}\n", laws.join(", ")));
            }
            if !s.also_cited_as.is_empty() {
                let others: Vec<String> = s.also_cited_as.iter().map(|id| short_label(graph, id)).collect();
                out.push_str(&format!("{indent}   cũng được ghi là: {} (có lẽ cùng một văn bản)\n", others.join(", ")));
            }
        }
        // Why the chain stops short of the top (trace audit 2167: "no central document above
        // it" read as if the document stood on nothing).
        if let Some(last) = chain.last()
            && let Some((why, told)) = stops.of(graph.documents.iter().find(|d| &*d.id == last.to))
        {
            out.push_str(&format!("{}   ({})\n", "   ".repeat(chain.len()), why.note(told)));
        }
    }
    out
}

/// The kinds of finding that cast doubt on a document, by their Vietnamese names.
pub fn kind_labels(kinds: &[&str]) -> String {
    kinds.iter().map(|k| crate::findings::kind_label(k)).collect::<Vec<_>>().join(", ")
}

/// The files that hold document `id` (a decree and its page in a codification's folder are
/// two), in the corpus's order.
pub fn files_of<'g>(graph: &'g Graph, id: &str) -> Vec<&'g str> {
    let files = graph.files.iter().filter(|f| f.status == FileStatus::Ok && f.document.as_deref() == Some(id));
    files.map(|f| f.path.as_str()).collect()
}

/// `show` for people.
pub fn show_text(graph: &Graph, s: &Shown) -> String {
    let d = s.document;
    let mut out = format!("{}\n", label(graph, &d.id));
    out.push_str(&format!("  id: {}\n", d.id));
    if let Some(t) = &d.title {
        out.push_str(&format!("  title: {t}\n"));
    }
    if let Some(i) = &d.issuer {
        out.push_str(&format!("  issuer: {i}\n"));
    }
    // A document the corpus holds more than once (a decree and its page in a codification's
    // folder) is in each of its files.
    let files = files_of(graph, &d.id);
    match files.as_slice() {
        [] => out.push_str(&format!("  text in corpus: {}\n", d.path.as_deref().unwrap_or("no (dangling)"))),
        [one] => out.push_str(&format!("  text in corpus: {one}\n")),
        many => {
            out.push_str(&format!("  text in corpus: {} files\n", many.len()));
            for f in many {
                out.push_str(&format!("    {f}\n"));
            }
        }
    }
    // Each line reads in the edge's direction: `thực hiện → Nghị quyết 10/NQ-CP` from this
    // document, `Báo cáo «…» —thực hiện→ this` to it.
    let documents: HashMap<&str, &Document> = graph.documents.iter().map(|d| (&*d.id, d)).collect();
    let document = |id: &str| documents.get(id).copied();
    let edges = |title: &str, list: &[&Edge], out: &mut String, outgoing: bool| {
        // Where this document steps to two documents probably one (`79-TB/VPTU` and `79-TB/TU`
        // of one date), the second is named under the first, as `trace` gives it one step
        // (trace audit 2184: two entries here, one step there).
        let mut heads: Vec<(&Edge, Vec<&Edge>)> = Vec::new();
        for e in list {
            let same = |h: &&Edge| {
                outgoing
                    && h.relation == e.relation
                    && document(&h.to).zip(document(&e.to)).is_some_and(|(a, b)| crate::findings::probably_same(a, b))
            };
            match heads.iter_mut().find(|(h, _)| same(h)) {
                Some((_, others)) => others.push(e),
                None => heads.push((e, Vec::new())),
            }
        }
        out.push_str(&format!("{title} ({}):\n", heads.len()));
        // A basis's amenders are named once, under its first line.
        let mut amenders_told: HashSet<&str> = HashSet::new();
        for (e, others) in &heads {
            let relation = relation_word(&e.relation, e.inferred);
            // Named only as the amender of a basis of the citing document's: that basis is what
            // the citing one stands on, as amended by this one.
            let through = s.amends_a_basis_of.iter().find(|a| std::ptr::eq(a.edge, *e));
            let line = match through {
                _ if outgoing => format!("{relation} → {}", label(graph, &e.to)),
                Some(a) => {
                    let bases: Vec<String> = a.bases.iter().map(|b| label(graph, b)).collect();
                    format!("{} —{relation}→ {}, sửa đổi, bổ sung bởi this", label(graph, &e.from), bases.join(", "))
                }
                None => format!("{} —{relation}→ this", label(graph, &e.from)),
            };
            // The sentence that shows it, as `trace` gives each step's (trace audit 2162: a
            // place alone sent the reader to the file for every line): this document's own
            // where its file states the edge.
            let proof = e.proof(&files);
            out.push_str(&format!(
                "  {line}\n      {}:{}:{}: {}\n",
                proof.path, proof.line, proof.column, proof.sentence
            ));
            if let Some(a) =
                s.amended_by.iter().find(|a| outgoing && a.basis == &*e.to && amenders_told.insert(a.basis))
            {
                let laws: Vec<String> = a.by.iter().map(|id| short_label(graph, id)).collect();
                out.push_str(&format!("      sửa đổi, bổ sung bởi: {}\n", laws.join(", ")));
            }
            for o in others {
                let ev = o.proof(&files);
                out.push_str(&format!(
                    "      cũng được ghi là: {} (có lẽ cùng một văn bản), tại {}:{}:{}\n",
                    short_label(graph, &o.to),
                    ev.path,
                    ev.line,
                    ev.column
                ));
            }
        }
    };
    edges("derives from", &s.derives_from, &mut out, true);
    let derived: Vec<&Edge> = s.derived_by.iter().copied().chain(s.amends_a_basis_of.iter().map(|a| a.edge)).collect();
    edges("derived by", &derived, &mut out, false);
    edges("cites or acts on", &s.cites, &mut out, true);
    edges("cited or acted on by", &s.cited_by, &mut out, false);
    out.push_str(&format!("mentions ({}):\n", s.mentions.len()));
    for m in &s.mentions {
        // A page editor's list or note is no one's words and makes no edge (`## VĂN BẢN LIÊN
        // QUAN`): said, or a mention with nobody citing it reads as an edge lost (audit 2250).
        let editors = m.by.as_ref().is_some_and(|by| *by == m.target);
        let note = if editors { " (the page editor's list or note: no edge)" } else { "" };
        let read_as = match document(&m.target) {
            Some(d) if read_as_another(m, d) => format!(" (read as {})", crate::model::shown_id(&d.id)),
            _ => String::new(),
        };
        out.push_str(&format!("  {}:{}:{}: {}{note}{read_as}\n", m.path, m.line, m.column, one_line(&m.text)));
    }
    out
}

/// Whether a mention's own number, symbol or year is not its document's: a misprint read as
/// the document its name, date or the corpus gives (`Luật Giáo dục số 39/2005/QH11` is 38/2005/
/// QH11 by the law table). `show` says so, or the line under the document reads as another's.
fn read_as_another(m: &Mention, d: &Document) -> bool {
    let Some(number) = m.number.as_deref() else { return false };
    let number_differs = d.number.as_deref().is_some_and(|n| canonical_number(n) != canonical_number(number));
    let symbol_differs = m.symbol.as_deref().zip(d.symbol.as_deref()).is_some_and(|(a, b)| a != b);
    let year_differs = m.year.zip(d.year).is_some_and(|(a, b)| a != b);
    number_differs || symbol_differs || year_differs
}

/// Which of the dangling documents `dangling` lists: of these levels and kinds (none named:
/// every one), and whether those a codification page of the corpus reproduces are left out.
pub struct DanglingFilter {
    pub levels: Vec<Level>,
    pub kinds: Vec<String>,
    pub exclude_codified: bool,
}

impl DanglingFilter {
    pub fn keeps(&self, d: &Dangling) -> bool {
        (self.levels.is_empty() || self.levels.contains(&d.document.level))
            && (self.kinds.is_empty() || of_kinds(&d.document.kind, &self.kinds))
            && (!self.exclude_codified || d.codified_in.is_empty())
    }

    /// What the text's first line is preceded by: the filters named, and how many documents
    /// of how many they keep. None where nothing was filtered.
    pub fn heading(&self, kept: usize, all: usize) -> Option<String> {
        let mut said: Vec<String> = Vec::new();
        if !self.levels.is_empty() {
            // Each level once, though named twice (`quan,thi-xa` are both the district's).
            let mut names: Vec<&str> = Vec::new();
            for name in self.levels.iter().map(|l| l.label()) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            said.push(format!("levels: {}", names.join(", ")));
        }
        if !self.kinds.is_empty() {
            said.push(format!("kinds: {}", self.kinds.join(", ")));
        }
        if self.exclude_codified {
            said.push("without those whose articles a codification page in the corpus reproduces".to_string());
        }
        (!said.is_empty()).then(|| format!("{} ({kept} of the {all} cited documents without text)", said.join("; ")))
    }

    /// Each kind named as the documents spell it (`nghi dinh` → `Nghị định`), for the heading;
    /// and the kinds named that no cited document without text has, with the kinds there are:
    /// a mistyped kind keeps nothing, and says so rather than list nothing in silence.
    pub fn spell_kinds(&mut self, list: &[Dangling]) -> Option<String> {
        let mut unknown: Vec<&str> = Vec::new();
        for kind in &mut self.kinds {
            let spelt = list.iter().map(|d| &d.document.kind).find(|k| of_kinds(k, std::slice::from_ref(kind)));
            match spelt {
                Some(spelt) => kind.clone_from(spelt),
                None => unknown.push(kind),
            }
        }
        if unknown.is_empty() {
            return None;
        }
        let mut there: Vec<&str> = list.iter().map(|d| d.document.kind.as_str()).collect();
        there.sort_unstable();
        there.dedup();
        Some(format!(
            "no cited document without text is of kind {}; the kinds are: {}",
            unknown.join(", "),
            there.join(", ")
        ))
    }
}

/// `dangling` for people: most cited first, its citing places under each.
///
/// Each document with how often and in how many files it is cited, and its first `places`
/// citing places (all with 0): on a real corpus the most cited has hundreds, and a list of
/// every one buries the next document under them. Only the first `top` documents are listed
/// (all with 0). `filtered`: the list is what a filter kept, whose heading said of how many
/// (a count of the kept alone read as the corpus's: seeds audit 2249, `0 cited documents have
/// no text` of 55).
pub fn dangling_text(list: &[Dangling], top: usize, places: usize, filtered: bool) -> String {
    let mut out = match (list.len(), filtered) {
        (0, true) => "none to list".to_string(),
        (n, true) => format!("{n} listed"),
        (1, false) => "1 cited document has no text in the corpus".to_string(),
        (n, false) => format!("{n} cited documents have no text in the corpus"),
    };
    // graph.json lists each symbol as a document: say why the counts differ.
    let folded: usize = list.iter().map(|d| d.also_cited_as.len()).sum();
    if folded > 0 {
        let which = if folded == 1 { "is a second symbol of a document" } else { "are second symbols of documents" };
        out.push_str(&format!(
            " (of their {} ids in graph.json, {folded} {which} listed here, under \"cũng được ghi là\")",
            list.len() + folded
        ));
    }
    let listed = if top == 0 { list.len() } else { top.min(list.len()) };
    if listed < list.len() {
        out.push_str(&format!("; the first {listed}, by citing files (--top 0 lists every one)"));
    }
    out.push('\n');
    for d in &list[..listed] {
        // The files first, as the list is ordered.
        let files = d.files();
        let word = if files == 1 { "file, " } else { "files," };
        out.push_str(&format!("{files:>4} {word} {:>4}×  {}\n", d.mentions.len(), label_of(d.document)));
        out.push_str(&format!("        cited as: {}\n", d.relations_text()));
        if !d.codified_in.is_empty() {
            let pages: Vec<&str> = d.codified_in.iter().map(|p| p.rsplit(['/', '\\']).next().unwrap_or(p)).collect();
            out.push_str(&format!("        articles in the corpus: {}\n", pages.join(", ")));
        }
        if !d.also_cited_as.is_empty() {
            let others: Vec<_> = d.also_cited_as.iter().map(|id| crate::model::shown_id(id)).collect();
            out.push_str(&format!("        cũng được ghi là: {}\n", others.join(", ")));
        }
        for v in &d.perhaps_same_as {
            out.push_str(&format!("        perhaps the same as: {}\n", variant_text(v)));
        }
        // Where some citations have one, the others name the document; the CSV says which.
        if d.flagged() == d.mentions.len() {
            out.push_str(
                "        every citation has a finding on its symbol or date (check): it may be a misprint of another\n",
            );
        }
        let shown = if places == 0 { d.mentions.len() } else { places.min(d.mentions.len()) };
        for m in spread(&d.mentions, shown) {
            out.push_str(&format!("        {}:{}:{}: {}\n", m.path, m.line, m.column, one_line(&m.text)));
        }
        if shown < d.mentions.len() {
            out.push_str(&format!("        … and {} more (--places 0 lists every one)\n", d.mentions.len() - shown));
        }
    }
    out
}

/// How many times a variant is cited and its first places, by file name and line:
/// `42/2025/QH15 (cited 2 times: tt32.md:46, tt32.md:61)`; a `…` after the third.
fn variant_text(v: &Variant) -> String {
    const PLACES: usize = 3;
    let times = if v.mentions.len() == 1 { "1 time".to_string() } else { format!("{} times", v.mentions.len()) };
    let mut places: Vec<String> = spread(&v.mentions, PLACES)
        .into_iter()
        .map(|m| format!("{}:{}", m.path.rsplit(['/', '\\']).next().unwrap_or(&m.path), m.line))
        .collect();
    if v.mentions.len() > PLACES {
        places.push("…".to_string());
    }
    format!("{} (cited {times}: {})", crate::model::shown_id(v.id), places.join(", "))
}

/// `n` of `mentions`, in their order: the first of each file before a second of any, so a
/// few places show where a document is cited, not one file's paragraphs.
pub fn spread<'m>(mentions: &[&'m Mention], n: usize) -> Vec<&'m Mention> {
    let mut seen = HashSet::new();
    let (mut picked, mut rest): (Vec<usize>, Vec<usize>) =
        (0..mentions.len()).partition(|&i| seen.insert(&*mentions[i].path));
    picked.truncate(n);
    rest.truncate(n - picked.len());
    picked.append(&mut rest);
    picked.sort_unstable();
    picked.into_iter().map(|i| mentions[i]).collect()
}

/// A reference's text on one line: each run of spaces that holds a line break is one space
/// (`Luật Đường\n\nbộ`, a PDF's broken line, → `Luật Đường bộ`); other spacing is as written.
pub fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['\n', '\r']) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(char::is_whitespace) {
        out.push_str(&rest[..at]);
        let run = rest[at..].find(|c: char| !c.is_whitespace()).map_or(&rest[at..], |len| &rest[at..at + len]);
        out.push_str(if run.contains(['\n', '\r']) { " " } else { run });
        rest = &rest[at + run.len()..];
    }
    out.push_str(rest);
    out.into()
}

/// `dangling` for spreadsheets: one row per citing place, written as `export --bom` writes
/// CSV. It opens with a byte order mark, with no switch to leave it out: without one, a
/// spreadsheet opened by double-click reads UTF-8 as the local code page and garbles the
/// Vietnamese, and a program has the JSON. A cell Excel would read as a formula is written
/// after a `'` ([`crate::export::spreadsheet_cell`]).
pub fn dangling_csv(list: &[Dangling]) -> String {
    let mut w = csv::Writer::from_writer("\u{FEFF}".as_bytes().to_vec());
    let _ = w.write_record([
        "id",
        "label",
        "kind",
        "number",
        "symbol",
        "year",
        "date",
        "level",
        "level_name",
        "cited",
        "files",
        "path",
        "line",
        "column",
        "text",
        "findings",
        "relation",
        "codified_in",
        "perhaps_same_as",
    ]);
    for d in list {
        let doc = d.document;
        let label = label_of(doc);
        let codified_in = d.codified_in.join(";");
        let perhaps_same_as = d.perhaps_same_as.iter().map(|v| v.id).collect::<Vec<_>>().join(";");
        for (i, m) in d.mentions.iter().enumerate() {
            let cells = [
                &*doc.id,
                &label,
                &doc.kind,
                doc.number.as_deref().unwrap_or(""),
                doc.symbol.as_deref().unwrap_or(""),
                &doc.year.map(|y| y.to_string()).unwrap_or_default(),
                doc.date.as_deref().unwrap_or(""),
                // The key graph.json and `--level` write, and the name a reader knows.
                doc.level.key(),
                doc.level.label(),
                &d.mentions.len().to_string(),
                &d.files().to_string(),
                &m.path,
                &m.line.to_string(),
                &m.column.to_string(),
                &one_line(&m.text),
                &d.findings_at(i),
                &m.relation,
                &codified_in,
                &perhaps_same_as,
            ];
            let _ = w.write_record(cells.iter().map(|c| crate::export::spreadsheet_cell(c).into_owned()));
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Findings as a linter prints them: `path:line:column: severity: kind: message`.
/// In the order of their first places, as a linter prints them; each other place with its
/// words (`see also: Nghị quyết 120/2020/QH14 ngày 19/6/2021`), which say what differs there.
pub fn findings_text(graph: &Graph) -> String {
    let mut out = String::new();
    let mut findings: Vec<&crate::model::Finding> = graph.findings.iter().collect();
    findings.sort_by(|a, b| {
        let at = |f: &crate::model::Finding| f.locations.first().map(|l| (l.path.clone(), l.line, l.column));
        at(a).cmp(&at(b))
    });
    for f in findings {
        let sev = f.severity.key();
        match f.locations.split_first() {
            Some((first, rest)) => {
                out.push_str(&format!(
                    "{}:{}:{}: {sev}: {}: {}\n",
                    first.path, first.line, first.column, f.kind, f.message
                ));
                for l in rest {
                    let words: String = l.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    // A place without words is a whole file: the one that holds the document.
                    let own = || graph.documents.iter().find(|d| d.path.as_deref() == Some(&*l.path));
                    let words = if !words.is_empty() {
                        format!(": {words}")
                    } else {
                        own().map_or(String::new(), |doc| format!(": the text of {}", label_of(doc)))
                    };
                    out.push_str(&format!("{}:{}:{}: note: see also{words}\n", l.path, l.line, l.column));
                }
            }
            None => out.push_str(&format!("{sev}: {}: {}\n", f.kind, f.message)),
        }
    }
    out
}

/// A province's plan and a district's plan that carries it out, files a user added to data/
/// (`kh104_tinh.txt`, and the text of `KH 215 Son Ha.docx`), read as `{dir}kh104.txt` and
/// `{dir}kh215.txt`; and the district plan's id. The trace and the report's trace are tested on it.
#[cfg(test)]
pub(crate) fn two_plans(dir: &str) -> (Graph, std::sync::Arc<str>) {
    let graph = crate::resolve::graph_of(&[
        (&format!("{dir}kh104.txt"), include_str!("../tests/fixtures/trace/kh104_tinh.txt")),
        (&format!("{dir}kh215.txt"), include_str!("../tests/fixtures/trace/kh215_son_ha.txt")),
    ]);
    let plan = graph.documents.iter().find(|d| d.id.starts_with("215/KH-UBND")).expect("the plan").id.clone();
    (graph, plan)
}

/// The seeds of Quảng Nam (data/001) and Đồng Nai (data/003), both of which say `Kết luận số
/// 65-KL/TW … về tiếp tục thực hiện Nghị quyết số 24-NQ/TW`, in this order, and each one's
/// document.
#[cfg(test)]
pub(crate) fn two_seeds() -> (Graph, [String; 2]) {
    let graph = crate::resolve::graph_of(&[
        ("001.txt", include_str!("../data/001_39cab0024c364b55.txt")),
        ("003.txt", include_str!("../data/003_b00dab6a35e1303b.txt")),
    ]);
    let doc = |path: &str| graph.files.iter().find(|f| f.path == path).and_then(|f| f.document.clone());
    let docs = [doc("001.txt").expect("001's document"), doc("003.txt").expect("003's document")];
    (graph, docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Audit 2249 (E5): the trace of the Đồng Nai notice proved its step `Kết luận 65-KL/TW →
    /// Nghị quyết 24-NQ/TW` by the Quảng Nam report's sentence, though its own lines 31–33 say
    /// it. Each seed's trace is proved by its own sentence, the notice's as one of its lines;
    /// `show` of the conclusion, which has no file, by the first.
    #[test]
    fn a_step_is_proved_by_the_traced_file_where_it_states_it() {
        let (graph, [report, notice]) = two_seeds();
        let step = |doc: &str| {
            let chains = trace(&graph, doc);
            let s = chains.iter().flatten().find(|s| s.from == "65-KL/TW:2019" && s.to == "24-NQ/TW:2003");
            let s = s.expect("the step");
            (s.path.to_string(), s.line, s.sentence.to_string())
        };
        let (path, line, sentence) = step(&notice);
        assert_eq!((&*path, line), ("003.txt", 33));
        assert!(sentence.contains("Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban chấp hành"), "{sentence}");
        let (path, line, sentence) = step(&report);
        assert_eq!((&*path, line), ("001.txt", 19));
        assert!(sentence.contains("Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị Quyết số 24-NQ/TW, ngày 12/3/2003"), "{sentence}");
        // Told as the notice's own line, with no path.
        let text = trace_text(&graph, &notice, &trace(&graph, &notice));
        assert!(text.contains("      dòng 33:51: … gắn với thực hiện Kết luận số 65-KL/TW"), "{text}");
        // The conclusion has no file of its own: the first file's place, with its path.
        let conclusion = graph.documents.iter().find(|d| &*d.id == "65-KL/TW:2019").expect("the conclusion");
        let shown = show_text(&graph, &show(&graph, conclusion));
        assert!(shown.contains("      001.txt:19:270: "), "{shown}");
    }

    /// The plan of Quảng Ngãi (tests/fixtures/trace) cites Party and Government resolutions it
    /// lacks: a kind named without marks keeps those, spelt as the documents spell it, and a
    /// kind no cited document has keeps nothing and says which kinds there are.
    #[test]
    fn dangling_filter_keeps_the_kinds_named_and_tells_of_one_mistyped() {
        let (graph, _) = two_plans("t/");
        let list = dangling(&graph);
        let mut only = DanglingFilter { levels: vec![], kinds: vec!["nghi quyet".into()], exclude_codified: false };
        assert_eq!(only.spell_kinds(&list), None);
        assert_eq!(only.kinds, ["Nghị quyết"]);
        let kept: Vec<&str> = list.iter().filter(|d| only.keeps(d)).map(|d| &*d.document.id).collect();
        assert!(kept.iter().any(|id| id.starts_with("24-NQ/TW")), "{kept:?}");
        assert!(kept.iter().any(|id| id.starts_with("10/NQ-CP")), "{kept:?}");
        assert!(list.iter().filter(|d| only.keeps(d)).all(|d| d.document.kind == "Nghị quyết"));
        assert!(only.heading(kept.len(), list.len()).expect("a heading").starts_with("kinds: Nghị quyết ("));
        let mut typo = DanglingFilter { levels: vec![], kinds: vec!["nghi quyett".into()], exclude_codified: false };
        let told = typo.spell_kinds(&list).expect("a warning");
        assert!(told.starts_with("no cited document without text is of kind nghi quyett; the kinds are: "), "{told}");
        assert!(told.contains("Quyết định"), "{told}");
    }

    /// From shared/corpus/real (Nghị định 26/2026): a treaty the decree carries out ends a
    /// chain, labelled as a treaty, not as an act of Quốc hội.
    #[test]
    fn a_treaty_ends_a_chain_as_no_act_of_the_assembly() {
        let decree = "CHÍNH PHỦ\nSố: 26/2026/NĐ-CP\nHà Nội, ngày 17 tháng 01 năm 2026\n## NGHỊ ĐỊNH\n\
                      Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất\n\
                      *Căn cứ Luật Hóa chất số 69/2025/QH15;*\n\
                      *Thực hiện Công ước Cấm phát triển, sản xuất, tàng trữ, sử dụng và phá hủy vũ khí hóa học;*\n\
                      *Theo đề nghị của Bộ trưởng Bộ Công Thương,*\n";
        let graph = crate::resolve::graph_of(&[("d.md", decree)]);
        let treaty = graph.documents.iter().find(|d| d.kind == "Công ước").expect("the treaty");
        assert_eq!(treaty.issuer, None);
        assert_ne!(treaty.level, Level::NationalAssembly);
        assert!(is_top(treaty) && !is_central(treaty));
        let text = trace_text(&graph, "26/2026/NĐ-CP", &trace(&graph, "26/2026/NĐ-CP"));
        assert!(text.contains("vũ khí hóa học [Điều ước quốc tế]"), "{text}");
        assert!(!text.contains("hóa học [Quốc hội]"), "{text}");
    }

    /// A step that says a closer tie shows the preamble's `Căn cứ` line too; a law amending
    /// another that the preamble lists as a basis of its own is a step of its own (trace audit
    /// 2176: Nghị định 154/2026, Thông tư 31/2026/TT-BNNMT).
    #[test]
    fn a_basis_of_its_own_is_shown() {
        let decree = "Số: 154/2026/NĐ-CP\nHà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ ĐỊNH\n\
                      Quy định chi tiết một số điều của Luật Tiếp công dân\n\n\
                      Căn cứ Luật Tiếp công dân số 42/2013/QH13;\n";
        let circular = "Số: 31/2026/TT-BNNMT\nHà Nội, ngày 15 tháng 7 năm 2026\n\n## CĂN CỨ PHÁP LÝ\n\n\
                        - Luật Lâm nghiệp 16/2017/QH14 (sửa 16/2023/QH15, 31/2024/QH15)\n\
                        - Luật Giá 16/2023/QH15 (sửa 44/2024/QH15)\n";
        let page = "Luật số 16/2023/QH15 sửa đổi, bổ sung một số điều của Luật Lâm nghiệp số 16/2017/QH14.\n\
                    Luật số 31/2024/QH15 sửa đổi, bổ sung một số điều của Luật Lâm nghiệp số 16/2017/QH14.\n";
        let graph = crate::resolve::graph_of(&[("d.md", decree), ("c.md", circular), ("p.md", page)]);
        let text = trace_text(&graph, "154/2026/NĐ-CP", &trace(&graph, "154/2026/NĐ-CP"));
        assert!(text.contains("└─ hướng dẫn → Luật Tiếp công dân 42/2013/QH13"), "{text}");
        assert!(text.contains("   căn cứ: dòng 7:8: Căn cứ Luật Tiếp công dân số 42/2013/QH13;"), "{text}");
        let text = trace_text(&graph, "31/2026/TT-BNNMT", &trace(&graph, "31/2026/TT-BNNMT"));
        assert!(text.contains("sửa đổi, bổ sung bởi: Luật 16/2023/QH15, Luật 31/2024/QH15"), "{text}");
        assert!(text.contains("└─ căn cứ → Luật Giá 16/2023/QH15"), "{text}");
        assert!(!text.contains("└─ căn cứ → Luật 31/2024/QH15"), "{text}");
    }

    /// From shared/corpus/real (Nghị quyết 28/2026/NQ-CP lines 41-42; audit 2253, item 6):
    /// `show` says what `trace` says of a law named only as the amender of a basis, from both
    /// ends: under the basis, not as a basis of its own.
    #[test]
    fn show_names_an_amender_under_its_basis() {
        let resolution = "CHÍNH PHỦ\n\nSố: 28/2026/NQ-CP\n\nHà Nội, ngày 09 tháng 6 năm 2026\n\nNGHỊ QUYẾT\n\n\
                          - Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung một \
                          số điều bởi Luật số 87/2025/QH15;\n\
                          - Căn cứ Luật Địa chất và khoáng sản số 54/2024/QH15 được sửa đổi, bổ sung một số điều bởi \
                          Luật số 147/2025/QH15;\n";
        let graph = crate::resolve::graph_of(&[("nq.md", resolution)]);
        let doc = |id: &str| graph.documents.iter().find(|d| &*d.id == id).unwrap();
        let shown = show(&graph, doc("28/2026/NQ-CP"));
        let bases: Vec<&str> = shown.derives_from.iter().map(|e| &*e.to).collect();
        assert_eq!(bases, ["64/2025/QH15", "54/2024/QH15"]);
        let text = show_text(&graph, &shown);
        assert!(text.contains("nq.md:9:10: - Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung một số điều bởi Luật số 87/2025/QH15;\n      sửa đổi, bổ sung bởi: Luật 87/2025/QH15\n"), "{text}");
        assert!(!text.contains("căn cứ → Luật 147/2025/QH15"), "{text}");
        let shown = show(&graph, doc("147/2025/QH15"));
        assert!(shown.derived_by.is_empty(), "{:?}", shown.derived_by);
        let text = show_text(&graph, &shown);
        assert!(
            text.contains("—căn cứ→ Luật Địa chất và khoáng sản 54/2024/QH15 [Quốc hội], sửa đổi, bổ sung bởi this"),
            "{text}"
        );
    }

    /// The laws that amended a basis, named after it in the preamble's line and again in an
    /// editor's list of the bases above the text, are named under its step, not steps of
    /// their own too (trace audit 2207: Nghị định 162/2026/NĐ-CP's ten chains, four of them
    /// 41/2024/QH15's amenders).
    #[test]
    fn amenders_listed_twice_are_named_under_their_law() {
        let decree = "Số: 162/2026/NĐ-CP\nHà Nội, ngày 15 tháng 5 năm 2026\n\n## CĂN CỨ PHÁP LÝ\n\n\
                      - Luật Bảo hiểm xã hội số 41/2024/QH15 được sửa đổi, bổ sung bởi Luật số 73/2025/QH15;\n\n\
                      NGHỊ ĐỊNH\n\n*Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 được sửa đổi, bổ sung bởi Luật số \
                      73/2025/QH15;*\n";
        let graph = crate::resolve::graph_of(&[("d.md", decree)]);
        let chains = trace(&graph, "162/2026/NĐ-CP");
        let text = trace_text(&graph, "162/2026/NĐ-CP", &chains);
        assert_eq!(chains.len(), 1, "{text}");
        assert!(text.contains("sửa đổi, bổ sung bởi: Luật 73/2025/QH15"), "{text}");
        assert!(text.contains("tệp: d.md\n") && text.contains("   dòng 10:9: *Căn cứ Luật Bảo hiểm xã hội"), "{text}");
    }

    /// From shared/corpus/real (audit 2232): an amender named again in a copy of its law's
    /// sentence wrapped onto the next line (Nghị định 203/2026/NĐ-CP, lines 26 and 44-45) is
    /// named under the law only; one a list of the bases gives an item of its own, where the
    /// preamble names it after the law's `;` (Nghị quyết 159/NQ-CP, lines 42-43 and 53), stays a
    /// step of its own too.
    #[test]
    fn an_amender_in_a_wrapped_copy_of_its_law_s_sentence_is_named_under_it() {
        let decree = "Số: 203/2026/NĐ-CP\nHà Nội, ngày 11 tháng 6 năm 2026\n\n# NGHỊ ĐỊNH\n\n\
                      Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15 được sửa đổi, bổ sung một số điều bởi Luật số \
                      137/2025/QH15;\n\nCăn cứ Luật Thi hành án hình sự số 127/2025/QH15;\n\n\
                      ### NGHỊ ĐỊNH\nQuy định về thi hành án tử hình bằng tiêm thuốc độc\n\n\
                      Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15 được sửa đổi, bổ sung\n\
                      một số điều bởi Luật số 137/2025/QH15,\n\n\
                      Căn cứ Luật Thi hành án hình sự số 127/2025/QH15,\n";
        let graph = crate::resolve::graph_of(&[("d.md", decree)]);
        let chains = trace(&graph, "203/2026/NĐ-CP");
        let text = trace_text(&graph, "203/2026/NĐ-CP", &chains);
        let steps: Vec<&str> = chains.iter().map(|c| c[0].to).collect();
        assert_eq!(steps, ["63/2025/QH15", "127/2025/QH15"], "{text}");
        assert!(text.contains("sửa đổi, bổ sung bởi: Luật 137/2025/QH15"), "{text}");
        let resolution = "Số: 159/NQ-CP\nHà Nội, ngày 20 tháng 6 năm 2026\n\n## CĂN CỨ PHÁP LUẬT\n\n\
                          - Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\n\
                          - Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 22 \
                          tháng 6 năm 2025;\n\n## QUYẾT NGHỊ\n\n\
                          Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025; Luật sửa đổi, bổ \
                          sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2025;\n";
        let graph = crate::resolve::graph_of(&[("r.md", resolution)]);
        let id = graph.documents.iter().find(|d| d.id.starts_with("159/NQ-CP")).expect("the resolution").id.clone();
        let chains = trace(&graph, &id);
        let text = trace_text(&graph, &id, &chains);
        assert_eq!(chains.len(), 2, "{text}");
    }

    /// A law that amended two bases, named in both their preamble lines, is named under each,
    /// not a step of its own too (Nghị định 231/2026/NĐ-CP: `Luật số 59/2024/QH15` amended both
    /// codes and stood as a chain of its own; 02/2026/TT-BNG and 04/2026/TT-BKHCN likewise).
    #[test]
    fn an_amender_of_two_bases_is_named_under_both() {
        let decree = "Số: 231/2026/NĐ-CP\nHà Nội, ngày 25 tháng 6 năm 2026\n\nNGHỊ ĐỊNH\n\n\
                      Căn cứ Bộ luật Hình sự số 100/2015/QH13 được sửa đổi, bổ sung một số\nđiều theo Luật số \
                      12/2017/QH14, Luật số 59/2024/QH15;\n\n\
                      Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\n\
                      Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13 được sửa đổi, bổ sung một số điều theo Luật số\n\
                      59/2024/QH15;\n";
        let graph = crate::resolve::graph_of(&[("d.md", decree)]);
        let chains = trace(&graph, "231/2026/NĐ-CP");
        let text = trace_text(&graph, "231/2026/NĐ-CP", &chains);
        assert_eq!(chains.len(), 3, "{text}");
        assert!(text.contains("sửa đổi, bổ sung bởi: Luật 12/2017/QH14, Luật 59/2024/QH15"), "{text}");
        assert!(text.contains("sửa đổi, bổ sung bởi: Luật 59/2024/QH15"), "{text}");
        assert!(!text.contains("└─ căn cứ → Luật 59/2024/QH15"), "{text}");
    }

    /// A ministry's name of many marks is still short enough for a label (render audit 2174:
    /// 48 circulars of `Bộ Nông nghiệp và Phát triển nông thôn` showed their level).
    #[test]
    fn a_label_names_the_ministry() {
        let graph = crate::resolve::graph_of(&[(
            "t.md",
            "Căn cứ Thông tư số 19/2013/TT-BNNPTNT ngày 15 tháng 3 năm 2013 của Bộ Nông nghiệp và Phát triển nông \
             thôn hướng dẫn biện pháp sử dụng năng lượng tiết kiệm;\n",
        )]);
        assert_eq!(
            label(&graph, "19/2013/TT-BNNPTNT"),
            "Thông tư 19/2013/TT-BNNPTNT (15/03/2013) [Bộ Nông nghiệp và Phát triển nông thôn]"
        );
    }

    /// A step two chains go through is told once: the second names it (trace audit 2162).
    #[test]
    fn a_step_chains_share_is_told_once() {
        let text = "Số: 08/2026/TT-BKHCN\nHà Nội, ngày 01 tháng 4 năm 2026\n\nTHÔNG TƯ\n\n\
                    Căn cứ Nghị định số 163/2024/NĐ-CP ngày 24 tháng 12 năm 2024 của Chính phủ quy định chi tiết \
                    một số điều của Luật Viễn thông số 24/2023/QH15;\nCăn cứ Luật Căn cước số 26/2023/QH15;\n\
                    Nghị định số 163/2024/NĐ-CP quy định chi tiết Luật Căn cước số 26/2023/QH15.\n";
        let graph = crate::resolve::graph_of(&[("t.md", text)]);
        let chains = trace(&graph, "08/2026/TT-BKHCN");
        assert_eq!(chains.len(), 3, "{chains:?}");
        let out = trace_text(&graph, "08/2026/TT-BKHCN", &chains);
        assert_eq!(out.matches("dòng 6:8: Căn cứ Nghị định số 163/2024/NĐ-CP").count(), 1, "{out}");
        assert!(
            out.contains("chuỗi 2:\n└─ căn cứ → Nghị định 163/2024/NĐ-CP (24/12/2024) [Chính phủ] (như chuỗi 1)\n"),
            "{out}"
        );
    }

    /// A step many chains share names the chain that told it in full, not the one before
    /// (UX audit: chain 7 of `trace "KH 215"` said `as in chain 6`, which told it no more
    /// than chain 6 said).
    #[test]
    fn a_shared_step_names_the_chain_that_told_it() {
        let (graph, plan) = super::two_plans("");
        let plan = &plan;
        let chains = trace(&graph, plan);
        let through = chains.iter().filter(|c| c[0].to.starts_with("104/KH-UBND")).count();
        assert!(through >= 3, "{chains:#?}");
        let text = trace_text(&graph, plan, &chains);
        // Told once in full, named by chain 1 in each of the others.
        assert_eq!(text.matches("dòng 5:11: Thực hiện Kế hoạch số 104/KH-UBND").count(), 1, "{text}");
        assert_eq!(text.matches("(như chuỗi 1)").count(), through - 1, "{text}");
        assert!(!text.contains("(như chuỗi 2)"), "{text}");
        assert_eq!(told_in(&chains)[through - 1][0], Some(0));
    }

    /// From shared/corpus/real (trace audit 2162): a step to a document the corpus cites in
    /// ways that disagree says so; one to a law written right where another file misnumbers it,
    /// or misprints its year, does not.
    #[test]
    fn a_step_to_a_document_in_doubt_says_so() {
        let graph = crate::resolve::graph_of(&[
            (
                "a.md",
                "Số: 25/2026/NQ-CP\nHà Nội, ngày 05 tháng 3 năm 2026\n\nNGHỊ QUYẾT\n\nCăn cứ Nghị quyết số 80/2015/QH13 \
                 của Quốc hội;\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n",
            ),
            ("b.md", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;\n"),
            ("c.md", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"),
            ("d.md", "Căn cứ Luật Tổ chức Chính phủ số 36/2025/QH15;\n"),
            ("e.md", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"),
            ("f.md", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"),
            // A year misprinted, every citation taken to be the law most write (audit 2207).
            ("g.md", "Căn cứ Luật Tổ chức Chính phủ số 63/2023/QH15;\n"),
        ]);
        assert!(graph.findings.iter().any(|f| f.kind == "conflicting-years"), "{:#?}", graph.findings);
        let doubts = doubts(&graph);
        assert_eq!(doubts.get("80/2015/QH13").map(|d| &d.kinds), Some(&vec!["conflicting-kinds"]));
        assert!(!doubts.contains_key("63/2025/QH15"), "{doubts:?}");
        let chains = trace(&graph, "25/2026/NQ-CP");
        let text = trace_text(&graph, "25/2026/NQ-CP", &chains);
        assert_eq!(text.matches("⚠ kho văn bản ghi văn bản này không thống nhất").count(), 1, "{text}");
        // Where the corpus writes it otherwise, the step's own citation being right (audit 2249).
        assert!(text.contains("(một số hiệu, nhiều loại văn bản, ở b.md:1:8): xem `citegraph check`"), "{text}");
    }

    /// From shared/corpus/real (audit 2253, items 4 and 5): a number written with two names,
    /// the slip read as the law its name is (Nghị định 175/2026/NĐ-CP line 33, `Bộ luật Dân sự
    /// số 97/2015/QH13`), casts no doubt on either law, and the step its sentence proves says
    /// what it was read as; a year-mismatch that each copy of a preamble's line writes
    /// (Nghị quyết 159/NQ-CP, lines 44 and 55) is pointed at in the step's own sentence, not at
    /// the other copy, which writes the same.
    #[test]
    fn a_step_says_what_its_sentence_was_read_as_and_where_the_slip_is() {
        let head = |n: &str| format!("CHÍNH PHỦ\n\nSố: {n}\n\nHà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ ĐỊNH\n\n");
        let civil = format!(
            "{}Căn cứ Bộ luật Dân sự số 97/2015/QH13 được sửa đổi, bổ sung bởi Luật số 142/2025/QH15;\n",
            head("175/2026/NĐ-CP")
        );
        let fees = format!("{}Căn cứ Luật Phí và lệ phí số 97/2015/QH13;\n", head("56/2026/NĐ-CP"));
        let summary = format!(
            "{}- **Căn cứ pháp lý:** Luật Tổ chức Chính phủ 2025 (63/2025/QH15); Luật Phí và lệ phí 2015 (97/2015/QH13);\n",
            head("02/2026/NĐ-CP")
        );
        let resolution = "CHÍNH PHỦ\n\nSố: 159/NQ-CP\n\nHà Nội, ngày 20 tháng 6 năm 2026\n\n## CĂN CỨ PHÁP LUẬT\n\n\
                          - Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2022 của Chính phủ quy định chi tiết một số \
                          điều;\n\n## QUYẾT NGHỊ\n\nCăn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2022 của Chính \
                          phủ quy định chi tiết một số điều;\n";
        let graph = crate::resolve::graph_of(&[
            ("a.md", civil.as_str()),
            ("b.md", fees.as_str()),
            ("c.md", summary.as_str()),
            ("d.md", resolution),
        ]);
        let names = graph.findings.iter().find(|f| f.kind == "conflicting-names");
        assert!(names.is_some_and(|f| f.message.contains("(read as 91/2015/QH13)")), "{:#?}", graph.findings);
        let text = |id: &str| trace_text(&graph, id, &trace(&graph, id));
        let civil = text("175/2026/NĐ-CP");
        assert!(civil.contains("└─ căn cứ → Bộ luật Dân sự 91/2015/QH13"), "{civil}");
        assert!(civil.contains("\n   đọc là 91/2015/QH13, câu ghi 97/2015/QH13\n"), "{civil}");
        assert!(!civil.contains('⚠'), "{civil}");
        let fees = text("56/2026/NĐ-CP");
        assert!(fees.contains("└─ căn cứ → Luật Phí và lệ phí 97/2015/QH13"), "{fees}");
        assert!(!fees.contains('⚠') && !fees.contains("đọc là"), "{fees}");
        let resolution = text("159/NQ-CP:2026");
        assert!(resolution.contains("(năm của số hiệu khác năm ban hành, ở câu trên)"), "{resolution}");
    }

    /// From shared/corpus/real: a document known only from citations each with a slip in its
    /// symbol may be a misprint of another; one read right (`QHI5` as `QH15`) is not. A slip
    /// made twice in a file is one finding of two places, each a citation with a finding.
    #[test]
    fn a_dangling_document_cited_only_with_slips_is_told() {
        let text = "Căn cứ Nghị định số 22/2022NĐ ngày 10/3/2022; Nghị quyết số 257/2025/QHI5 ngày 11/12/2025; \
                    Thông tư số 225/2012/TT-BTC ngày 31 tháng 12 năm 2010; Thông tư số 56/2026/TT-BTC; theo \
                    Thông tư số 225/2012/TT-BTC ngày 31 tháng 12 năm 2010.";
        let graph = crate::resolve::graph_of(&[("x.md", text)]);
        let list = dangling(&graph);
        let flagged: Vec<&str> =
            list.iter().filter(|d| d.flagged() == d.mentions.len()).map(|d| &*d.document.id).collect();
        assert_eq!(flagged.len(), 2, "{flagged:?}");
        assert!(
            flagged.contains(&"225/2012/TT-BTC") && flagged.iter().any(|id| id.starts_with("22/2022/")),
            "{flagged:?}"
        );
        let text = dangling_text(&list, 0, 0, false);
        assert_eq!(text.matches("every citation has a finding").count(), 2, "{text}");
        let csv = dangling_csv(&list);
        assert!(csv.lines().next().unwrap().ends_with(",text,findings,relation,codified_in,perhaps_same_as"));
        let json = serde_json::to_string(&list).unwrap();
        assert!(
            json.contains(r#""findings":[{"mention":0,"kind":"year-mismatch"},{"mention":1,"kind":"year-mismatch"}]"#),
            "{json}"
        );
        assert!(
            csv.lines().any(|l| l.starts_with("225/2012/TT-BTC,") && l.ends_with(",year-mismatch,basis,,")),
            "{csv}"
        );
    }

    /// From shared/corpus/real: the weapons law cited as 42/2024/QH15 in one file and, by its
    /// name, as 42/2025/QH15 in another (the Assembly numbers its laws through its term: one
    /// law); two decrees of one number and years one apart, and two laws of one number and
    /// term under two names, are two documents each.
    #[test]
    fn a_dangling_document_written_two_ways_names_the_other() {
        let a = "Phòng cảnh sát quản lý hành chính về trật tự xã hội (quy định tại khoản 1 và khoản 2 \
                 Điều 10 Luật 42/2024/QH15).\nCăn cứ Nghị định số 08/2020/NĐ-CP; Nghị định số 08/2021/NĐ-CP.\n";
        let b = "Căn cứ:\n- Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2025/QH15.\n\
                 - Luật Giáo dục nghề nghiệp số 76/2014/QH13;\n- Luật Tổ chức Chính phủ số 76/2015/QH13;\n";
        let graph = crate::resolve::graph_of(&[("a.md", a), ("b.md", b)]);
        let list = dangling(&graph);
        // The vocational education law written with the Government law's number is the law it
        // names, 74/2014/QH13, as the law table numbers it (audit 2251), and no twin of that one.
        for id in ["08/2020/NĐ-CP", "08/2021/NĐ-CP", "74/2014/QH13", "76/2015/QH13"] {
            assert!(list.iter().any(|d| &*d.document.id == id), "{id}: {list:#?}");
        }
        let paired: Vec<(&str, Vec<&str>)> = list
            .iter()
            .filter(|d| !d.perhaps_same_as.is_empty())
            .map(|d| (&*d.document.id, d.perhaps_same_as.iter().map(|v| v.id).collect()))
            .collect();
        assert_eq!(paired, [("42/2024/QH15", vec!["42/2025/QH15"]), ("42/2025/QH15", vec!["42/2024/QH15"])]);
        let text = dangling_text(&list, 0, 0, false);
        assert!(text.contains("\n        perhaps the same as: 42/2025/QH15 (cited 1 time: b.md:2)\n"), "{text}");
        assert!(text.contains("\n        perhaps the same as: 42/2024/QH15 (cited 1 time: a.md:1)\n"), "{text}");
        let json = serde_json::to_string(&list).unwrap();
        assert!(json.contains(r#""perhaps_same_as":["42/2025/QH15"]"#), "{json}");
        assert_eq!(json.matches("perhaps_same_as").count(), 2, "{json}");
        let csv = dangling_csv(&list);
        assert!(csv.lines().any(|l| l.starts_with("42/2024/QH15,") && l.ends_with(",42/2025/QH15")), "{csv}");
    }

    /// From shared/corpus/real: a name a PDF broke over lines (`Luật Đường\n\nbộ`).
    #[test]
    fn a_reference_s_text_is_put_on_one_line() {
        assert_eq!(one_line("Luật Đường\n\nbộ"), "Luật Đường bộ");
        assert_eq!(one_line("Nghị quyết số 254/2025/QH15\n ngày 11"), "Nghị quyết số 254/2025/QH15 ngày 11");
        assert_eq!(one_line("Bộ luật Hàng \r\n\r\n hải"), "Bộ luật Hàng hải");
        // Spacing without a line break is the text's own.
        assert_eq!(one_line("Luật  Đất đai\t2024"), "Luật  Đất đai\t2024");
    }

    /// From shared/corpus/real (Nghị định 142/2026/NĐ-CP and Thông tư 97/2026/TT-BTC, an audit
    /// of trace chains): one step to each document, the closer tie named (the decree details
    /// the law it also stands on), in the order the preamble gives them.
    #[test]
    fn a_trace_steps_once_to_each_document_in_the_text_s_order() {
        let text = "Số: 142/2026/NĐ-CP\nHà Nội, ngày 10 tháng 5 năm 2026\n\nNGHỊ ĐỊNH\n\n\
                    Quy định chi tiết một số điều của Luật Trí tuệ nhân tạo\n\n\
                    Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\
                    Căn cứ Luật Trí tuệ nhân tạo số 134/2025/QH15;\n\
                    Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n\n\
                    Điều 1. Nghị định này quy định chi tiết Điều 5 của Luật Trí tuệ nhân tạo số 134/2025/QH15.\n";
        let graph = crate::resolve::graph_of(&[("a.md", text)]);
        let chains = trace(&graph, "142/2026/NĐ-CP");
        let steps: Vec<(&str, &str)> = chains.iter().map(|c| (c[0].relation, c[0].to)).collect();
        assert_eq!(
            steps,
            // The title says what the decree details, before its preamble.
            [("guides", "134/2025/QH15"), ("basis", "63/2025/QH15"), ("basis", "64/2025/QH15")],
            "{chains:#?}"
        );
        // A law the preamble names second and an article details later keeps the preamble's
        // place, before the decree named third (audit 2232, Thông tư 04/2026/TT-NHNN).
        let text = "**Số:** 04/2026/TT-NHNN  \n**Hà Nội, ngày 31 tháng 3 năm 2026**\n\n---\n\n\
                    Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;\n\n\
                    Căn cứ Luật Bảo hiểm tiền gửi số 111/2025/QH15;\n\n\
                    Căn cứ Nghị định số 26/2025/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu \
                    tổ chức của Ngân hàng Nhà nước Việt Nam;\n\n\
                    ## Chương I — QUY ĐỊNH CHUNG\n\n### Điều 1. Phạm vi điều chỉnh\n\n\
                    Thông tư này quy định chi tiết khoản 5 Điều 14, khoản 1 Điều 19, khoản 8 Điều 19, khoản 3 Điều \
                    29, khoản 3 Điều 33 Luật Bảo hiểm tiền gửi; quy định liên quan đến: phí bảo hiểm tiền gửi.\n";
        let graph = crate::resolve::graph_of(&[("a.md", text)]);
        let chains = trace(&graph, "04/2026/TT-NHNN");
        let steps: Vec<(&str, &str)> = chains.iter().map(|c| (c[0].relation, c[0].to)).collect();
        assert_eq!(
            steps,
            [("basis", "46/2010/QH12"), ("guides", "111/2025/QH15"), ("basis", "26/2025/NĐ-CP")],
            "{chains:#?}"
        );
    }
}
