//! Drawing the citation graph: which documents and edges to draw ([`select`]), how each is
//! labelled, the DOT text ([`dot`]) and the picture ([`svg`]).
//!
//! Everything here reads `graph.edges`; mentions are only used to find a document by the
//! way a person writes its reference.

pub mod dot;
mod hover;
pub mod svg;

use crate::model::{Document, Edge, Graph};
use crate::normalize::Normalized;
use crate::scan::canonical_number;
use crate::tables::Family;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum RenderError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: not a graph.json: {source}")]
    Json { path: String, source: serde_json::Error },
    #[error("no document matches {query:?}{}", near_ones(near))]
    NoMatch { query: String, near: Vec<String> },
    #[error("{query:?} matches {} documents: {}; add {hint} to choose", candidates.len(), listed(candidates))]
    Ambiguous { query: String, candidates: Vec<String>, hint: &'static str },
    #[error("{query:?}: no such day as {date}; a document is dated with a day that can be")]
    ImpossibleDate { query: String, date: String },
    #[error("Graphviz `dot` failed: {0}")]
    Graphviz(String),
    #[error("{0}")]
    Unsupported(String),
    #[error(
        "{0} documents are too many to lay out as a picture (past {MAX_LAID_OUT} a layout takes minutes, and \
         then hours); draw fewer with --max-nodes N or --focus REF, or write them all with --format dot"
    )]
    TooLarge(usize),
    #[error(
        "{0} documents and {1} links are too many for the built-in layout (6 s on 80 documents and 220 links, \
         19 s on 267 links, minutes on 150 documents): install Graphviz (apt-get install graphviz), draw fewer with \
         --max-nodes N, --focus REF or a smaller --depth (at most {MAX_BUILTIN} documents and \
         {MAX_BUILTIN_LINKS} links), or write DOT with --format dot"
    )]
    TooLargeForBuiltin(usize, usize),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
}

/// Candidates shown in [`RenderError::Ambiguous`]: a plan number shared by every province
/// would fill the screen.
const CANDIDATES_SHOWN: usize = 8;

fn listed(candidates: &[String]) -> String {
    let mut s = candidates.iter().take(CANDIDATES_SHOWN).map(String::as_str).collect::<Vec<_>>().join(", ");
    if candidates.len() > CANDIDATES_SHOWN {
        s.push_str(&format!(" and {} more", candidates.len() - CANDIDATES_SHOWN));
    }
    s
}

fn near_ones(near: &[String]) -> String {
    if near.is_empty() { String::new() } else { format!("; the graph has {}", listed(near)) }
}

/// What a person can add to a reference to tell `hits` apart: what differs among them.
fn hint(hits: &[&Document]) -> &'static str {
    let differ = |f: &dyn Fn(&Document) -> Option<&str>| {
        let first = f(hits[0]);
        hits.iter().any(|d| f(d) != first)
    };
    // `Luật Đất đai`: the laws of one name, told apart by their years (`Luật Đất đai 2024`).
    if hits.iter().all(|d| d.name.is_some()) && hits.iter().any(|d| d.year != hits[0].year) {
        return "the year after the name (`Luật Đất đai 2024`), or the number";
    }
    // `Thông tư 32/2026`: two ministries' circulars of one number and year.
    if differ(&|d| d.symbol.as_deref()) {
        return "the codes of the one meant";
    }
    let years = differ(&|d| d.date.as_deref().or(d.id.rsplit_once(':').map(|(_, y)| y)));
    let places = differ(&|d| d.place.as_deref());
    match (years, places) {
        (false, true) => "the place (`…@Quảng Ngãi`, or `của UBND tỉnh Quảng Ngãi`)",
        (true, true) => "the year or date, or the place (`…@Quảng Ngãi`)",
        _ => "the year or date",
    }
}

impl RenderError {
    pub fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        RenderError::Io { path: path.as_ref().display().to_string(), source }
    }
}

/// Reads a `graph.json` written by `scan`. Read whole, then parsed: serde_json parses a
/// reader a byte at a time, which took more than half of `check DRAFT --against GRAPH` on
/// real/ (452 M of 831 M instructions); the bytes are held a moment beside the graph, which is
/// larger.
pub fn load_graph(path: &std::path::Path) -> Result<Graph, RenderError> {
    let bytes = std::fs::read(path).map_err(|e| RenderError::io(path, e))?;
    serde_json::from_slice(&bytes).map_err(|source| RenderError::Json { path: path.display().to_string(), source })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards what a document derives from (the documents it cites).
    Up,
    /// Towards what derives from it (the documents that cite it).
    Down,
    Both,
}

/// What part of the graph to draw.
#[derive(Clone, Debug)]
pub struct Selection {
    /// A reference as a person writes it (`Kế hoạch 104/KH-UBND`), or a document id.
    pub focus: Option<String>,
    pub depth: usize,
    pub direction: Direction,
    /// At most this many documents; 0 for no limit.
    pub max_nodes: usize,
}

/// A default that keeps a diagram readable on a screen; past it the user is told how to focus.
pub const DEFAULT_MAX_NODES: usize = 80;

/// The most documents laid out as SVG or PNG: Graphviz took 9 s on 200 of real/'s documents
/// and had not finished 2 000 after 11 minutes; DOT is written for any number.
pub const MAX_LAID_OUT: usize = 400;

/// The most documents the built-in layout draws: its time grows about as the cube (0.2 s on
/// 30 of real/'s documents, 1.6 s on 60, 6 s on 80, not done after two minutes on 150).
pub const MAX_BUILTIN: usize = 80;

/// The most links between documents the built-in layout draws: a focused view of 80 documents
/// may hold more than the 80 most cited (real/: 220 links took 6 s, 267 took 19 s, about 300 32 s).
pub const MAX_BUILTIN_LINKS: usize = 240;

impl Default for Selection {
    fn default() -> Self {
        Selection { focus: None, depth: 2, direction: Direction::Both, max_nodes: DEFAULT_MAX_NODES }
    }
}

/// The documents and edges to draw, in a fixed order so that output is reproducible.
pub struct View<'g> {
    pub docs: Vec<&'g Document>,
    /// Edges between drawn documents, duplicates merged, with how many were merged.
    pub edges: Vec<(&'g Edge, usize)>,
    pub focus: Option<&'g Document>,
    /// The focus's files, whose sentences an edge's hover shows where they state it.
    pub own: Vec<&'g str>,
    /// How many documents the selection held before the node limit.
    pub candidates: usize,
}

impl<'g> View<'g> {
    /// The place an edge's hover shows: the focus's own sentence where its file states the
    /// edge, else the first file's ([`Edge::proof`]).
    pub fn proof(&self, e: &'g Edge) -> &'g crate::model::Evidence {
        e.proof(&self.own)
    }

    pub fn omitted(&self) -> usize {
        self.candidates - self.docs.len()
    }

    /// Whether an edge goes down the levels, from a document of a higher band to one of a
    /// lower (a province's report naming the communes' plans): drawn, but not let to pull what
    /// it cites above what cites it, which would put the lower band's documents in the higher
    /// band and its label out of its place (clerk audit 2191: the commune plans sat in the
    /// province band, `▼ Xã` drawn apart from them).
    pub fn goes_down(&self, e: &Edge) -> bool {
        let level = |id: &str| self.docs.iter().find(|d| &*d.id == id).map(|d| d.level);
        matches!((level(&e.from), level(&e.to)), (Some(from), Some(to)) if from < to)
    }

    /// A line for the user when the limit cut the picture down.
    pub fn limit_note(&self) -> Option<String> {
        let (shown, of) = (self.docs.len(), self.candidates);
        (self.omitted() > 0).then(|| match self.focus {
            Some(_) => format!(
                "showing {shown} of the {of} documents around the focus (the most connected); --depth 1 or \
                 --direction up|down draws fewer, --max-nodes N more"
            ),
            None => format!(
                "showing {shown} of {of} documents (the most connected); draw one document's neighbourhood \
                 with --focus REF [--depth N], or more with --max-nodes N (at most {MAX_LAID_OUT} as a picture; \
                 --format dot writes any number)"
            ),
        })
    }
}

/// The HTML/SVG element id of a document: readable ASCII, made unique by a hash of the
/// whole id, since `104/KH-UBND:2022` and `104-KH-UBND:2022` would otherwise collide.
pub fn anchor(id: &str) -> String {
    let mut slug = String::with_capacity(id.len() + 13);
    slug.push_str("doc-");
    let mut dash = false;
    use unicode_normalization::UnicodeNormalization;
    // Vietnamese letters keep their base letter (`Luật` → `Luat`), so anchors stay readable.
    for c in id.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)) {
        let c = match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
            dash = false;
        } else if !dash {
            slug.push('-');
            dash = true;
        }
    }
    // FNV-1a: stable across runs and platforms, unlike std's hasher.
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    format!("{}-{h:08x}", slug.trim_end_matches('-'))
}

/// Picks documents and edges; `Err` only when the focus matches nothing or too much.
pub fn select<'g>(graph: &'g Graph, sel: &Selection) -> Result<View<'g>, RenderError> {
    let by_id: HashMap<&str, &Document> = graph.documents.iter().map(|d| (&*d.id, d)).collect();
    let edges: Vec<&Edge> =
        graph.edges.iter().filter(|e| by_id.contains_key(&*e.from) && by_id.contains_key(&*e.to)).collect();
    let degree = degrees(&edges);

    let focus = sel.focus.as_deref().map(|q| match_ref(graph, q)).transpose()?;
    // Distance from the focus decides who stays under the node limit; without a focus,
    // every document is at distance 0 and the most connected stay.
    let mut dist: BTreeMap<&str, usize> = BTreeMap::new();
    match focus {
        None => {
            for d in &graph.documents {
                dist.insert(&d.id, 0);
            }
        }
        Some(f) => {
            let mut up: HashMap<&str, Vec<&str>> = HashMap::new();
            let mut down: HashMap<&str, Vec<&str>> = HashMap::new();
            for e in &edges {
                up.entry(&e.from).or_default().push(&e.to);
                down.entry(&e.to).or_default().push(&e.from);
            }
            // Both ways is what the focus derives from and what derives from it, each followed
            // its own way: up to a law and back down to the other documents citing it was a
            // hundred documents around a decision that cites one law (audit 2153).
            dist.insert(&f.id, 0);
            let ways: &[&HashMap<&str, Vec<&str>>] = match sel.direction {
                Direction::Up => &[&up],
                Direction::Down => &[&down],
                Direction::Both => &[&up, &down],
            };
            for way in ways {
                let mut queue = VecDeque::from([(&*f.id, 0usize)]);
                let mut seen: HashSet<&str> = HashSet::from([&*f.id]);
                while let Some((at, d)) = queue.pop_front() {
                    if d >= sel.depth {
                        continue;
                    }
                    for &n in way.get(at).into_iter().flatten() {
                        if seen.insert(n) {
                            let known = dist.entry(n).or_insert(d + 1);
                            *known = (*known).min(d + 1);
                            queue.push_back((n, d + 1));
                        }
                    }
                }
            }
        }
    }
    let candidates = dist.len();
    let mut chosen: Vec<&Document> = dist.keys().filter_map(|id| by_id.get(id).copied()).collect();
    if sel.max_nodes > 0 && chosen.len() > sel.max_nodes {
        let rank = |d: &Document| {
            let (i, o) = degree.get(&*d.id).copied().unwrap_or((0, 0));
            (dist[&*d.id], std::cmp::Reverse(i + o), std::cmp::Reverse(d.in_corpus), std::cmp::Reverse(d.cited))
        };
        chosen.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.id.cmp(&b.id)));
        chosen.truncate(sel.max_nodes);
    }
    chosen.sort_by(|a, b| (a.level, &a.id).cmp(&(b.level, &b.id)));
    let keep: BTreeSet<&str> = chosen.iter().map(|d| &*d.id).collect();

    let mut merged: BTreeMap<(&str, &str, &str, bool), (&Edge, usize)> = BTreeMap::new();
    for e in edges {
        if keep.contains(&*e.from) && keep.contains(&*e.to) {
            merged.entry((&e.from, &e.to, &e.relation, e.inferred)).or_insert((e, 0)).1 += 1;
        }
    }
    // A pair drawn with a relation that says more (`sửa đổi`, `căn cứ`) is drawn without its
    // `dẫn chiếu`: a second arrow over the same two nodes says only that the text names the
    // document again elsewhere (audit 2251: 06/2026/TT-BNV → 10/2025/TT-BNV drawn twice, as
    // `sửa đổi` and `dẫn chiếu`; 461 of the 3 579 pairs of real/). graph.json keeps both.
    let said_more: BTreeSet<(&str, &str)> =
        merged.keys().filter(|(.., relation, _)| *relation != "cites").map(|&(from, to, ..)| (from, to)).collect();
    merged.retain(|&(from, to, relation, _), _| relation != "cites" || !said_more.contains(&(from, to)));
    let own = focus.map(|f| crate::query::files_of(graph, &f.id)).unwrap_or_default();
    Ok(View { docs: chosen, edges: merged.into_values().collect(), focus, own, candidates })
}

/// A finished picture and how it was made.
pub struct Drawn {
    pub bytes: Vec<u8>,
    /// Which renderer drew it (none for DOT text).
    pub renderer: Option<svg::Renderer>,
    /// Something the user should know (the node limit cut the picture).
    pub note: Option<String>,
}

/// Which way from its focus a picture follows the edges, in words.
pub fn direction_label(direction: Direction) -> &'static str {
    match direction {
        Direction::Up => "lên (văn bản được dẫn)",
        Direction::Down => "xuống (văn bản dẫn tới nó)",
        Direction::Both => "hai chiều",
    }
}

/// The subtitle that says what a picture shows.
pub fn subtitle(view: &View, sel: &Selection) -> Option<String> {
    let focus =
        view.focus.map(|f| format!("quanh {} — độ sâu {}, {}", doc_name(f), sel.depth, direction_label(sel.direction)));
    let cut = (view.omitted() > 0).then(|| format!("{} / {} văn bản", view.docs.len(), view.candidates));
    match (focus, cut) {
        (Some(a), Some(b)) => Some(format!("{a} ({b})")),
        (a, b) => a.or(b),
    }
}

/// Draws a selection as `dot`, `svg` or `png`.
pub fn draw(graph: &Graph, sel: &Selection, format: &str, renderer: svg::Renderer) -> Result<Drawn, RenderError> {
    let view = select(graph, sel)?;
    let opts = dot::DotOptions { links: false, subtitle: subtitle(&view, sel) };
    let mut note = view.limit_note();
    if format != "dot" && view.docs.len() > MAX_LAID_OUT {
        return Err(RenderError::TooLarge(view.docs.len()));
    }
    // The text is written at once; who passes it to Graphviz should know what waits (render
    // audit 2174: `dot` had not laid out 2 014 documents after 13 minutes).
    if format == "dot" && view.docs.len() > MAX_LAID_OUT {
        note = Some(format!(
            "{} documents: Graphviz's `dot` takes minutes or more to lay out past {MAX_LAID_OUT} (`sfdp` is faster); \
             --focus REF or --max-nodes N draws a part",
            view.docs.len()
        ));
    }
    let (bytes, renderer) = match format {
        "dot" => (dot::to_dot(&view, &opts).into_bytes(), None),
        "png" => {
            if renderer == svg::Renderer::Builtin {
                return Err(RenderError::Unsupported(
                    "the built-in layout draws SVG only: for PNG leave out --renderer builtin (Graphviz draws it), or \
                     write --format svg"
                        .into(),
                ));
            }
            if !svg::graphviz_available() {
                return Err(RenderError::Graphviz(
                    "PNG needs Graphviz's `dot` (apt-get install graphviz); --format svg works without it".into(),
                ));
            }
            (svg::run_dot(&dot::to_dot(&view, &opts), graphviz_rust::cmd::Format::Png)?, Some(svg::Renderer::Graphviz))
        }
        _ => {
            let (text, r) = svg::render_svg(&view, &opts, renderer)?;
            (text.into_bytes(), Some(r))
        }
    };
    Ok(Drawn { bytes, renderer, note })
}

/// In- and out-degree of each document over the given edges.
pub fn degrees<'g>(edges: &[&'g Edge]) -> HashMap<&'g str, (usize, usize)> {
    let mut deg: HashMap<&str, (usize, usize)> = HashMap::new();
    for e in edges {
        deg.entry(&e.to).or_default().0 += 1;
        deg.entry(&e.from).or_default().1 += 1;
    }
    deg
}

/// The parts of a reference a person typed.
#[derive(Debug, Default, PartialEq)]
struct RefParts {
    number: Option<String>,
    symbol: Option<String>,
    year: Option<u16>,
    /// ISO date, where a possible one was typed (`… ngày 28/6/2022`).
    date: Option<String>,
    name: Option<String>,
    /// The type word, where nothing else names the document (`Hiến pháp năm 2013`).
    kind: Option<&'static str>,
    /// The type word typed before a number (`Nghị định 104/KH-UBND`): the number and codes
    /// find the document, and a word that names another type is said to be wrong.
    typed: Option<&'static str>,
    /// A date typed that cannot be (`104/KH-UBND ngày 31/02/2022`), as written.
    impossible: Option<String>,
}

/// A number typed alone or after its type word (`237`, `Kế hoạch số 104`): no reference to
/// the recognizer, but what a person looking for one remembers.
static BARE_NUMBER: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(&format!(r"{KIND_TYPED}(?P<n>\d+)$")).expect("pattern"));

/// What may stand before a number typed: a type word or code (`Kế hoạch`, `QĐ`, `NQ-TW`;
/// [`kind_typed`] says which type) and `số`.
const KIND_TYPED: &str = r"^(?i:(?P<kind>[\p{L} ]+?|\p{L}+[-/]\p{L}+)\s+)?(?i:số\s*)?";

fn parse_ref(query: &str) -> RefParts {
    // The recognizer expects text prepared the way scanning prepares it; codes typed in small
    // letters without a type word (`104/kh-ubnd`) are read as capitals.
    let norm = Normalized::new(query.trim());
    let parts = parse_normalized(&norm.text);
    // `LUẬT ĐẤT ĐAI 2024`, as titles are set, is read in small letters.
    let text = if norm.text.chars().any(char::is_lowercase) { norm.text.to_string() } else { norm.text.to_lowercase() };
    if parts == RefParts::default() && !text.chars().any(char::is_uppercase) {
        // `104/kh-ubnd`: codes in capitals; `luật đất đai năm 2013`: its type word so.
        let capitalized: String =
            text.chars().take(1).flat_map(char::to_uppercase).chain(text.chars().skip(1)).collect();
        let parts = parse_normalized(&capitalized);
        if parts != RefParts::default() {
            return parts;
        }
        return parse_normalized(&Normalized::new(&query.trim().to_uppercase()).text);
    }
    parts
}

/// A number and its year typed without codes (`Quyết định 12/2018`, `1255/2026`): how a person
/// remembers a normative document; only a decree's words imply its codes to the recognizer.
static NUMBER_AND_YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(r"{KIND_TYPED}(?P<n>\d+)\s*/\s*(?P<y>(?:19|20)\d\d)$")).expect("pattern")
});

/// The type a word typed before a number names: a type word (`Quyết định`, `nghị quyết`) or a
/// type code as symbols write it, alone or with its body's (`QĐ 12/2018`, `nq 10`, `NQ-TW 24`).
fn kind_typed(word: &str) -> Option<&'static str> {
    use crate::tables::{Family, kind_for_code, kind_for_word};
    kind_for_word(word).or_else(|| {
        let upper = word.to_uppercase();
        let codes: Vec<&str> = upper.split(['-', '/']).collect();
        let code = codes.iter().find(|c| crate::tables::is_type_code(c))?;
        [Family::Administrative, Family::Normative, Family::Party].into_iter().find_map(|f| kind_for_code(code, f))
    })
}

fn parse_normalized(text: &str) -> RefParts {
    let found = crate::recognize::recognize_str(text);
    let Some(f) = found.iter().find(|f| f.number.is_some() || f.name.is_some() || f.kind == "Hiến pháp") else {
        if let Some(c) = NUMBER_AND_YEAR.captures(text) {
            let kind = c.name("kind").map(|k| kind_typed(k.as_str().trim()));
            if kind != Some(None) {
                return RefParts {
                    number: Some(canonical_number(&c["n"]).into()),
                    year: c["y"].parse().ok(),
                    kind: kind.flatten(),
                    ..RefParts::default()
                };
            }
        }
        if let Some(c) = BARE_NUMBER.captures(text) {
            // Only a type word may stand before the number (`luật đất đai năm 2013` is no number).
            let kind = c.name("kind").map(|k| kind_typed(k.as_str().trim()));
            if kind != Some(None) {
                let kind = kind.flatten();
                return RefParts { number: Some(canonical_number(&c["n"]).into()), kind, ..RefParts::default() };
            }
        }
        return RefParts::default();
    };
    // A year a person adds on its own (`104/KH-UBND năm 2021`, `104/KH-UBND:2021`) is not
    // part of a written reference, so the recognizer leaves it.
    static YEAR: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"(?:^|[^\d/])((?:19|20)\d\d)(?:$|[^\d/])").expect("pattern"));
    RefParts {
        number: f.number.clone().map(|r| canonical_number(&text[r]).into()),
        symbol: f.symbol.as_deref().map(String::from),
        year: f.year().or_else(|| YEAR.captures_iter(text).last().and_then(|c| c[1].parse().ok())),
        date: f.date.filter(|d| d.is_valid()).map(|d| d.iso()),
        name: f.name.clone().map(|r| format!("{} {}", f.kind, &text[r]).to_lowercase()),
        kind: (f.number.is_none() && f.name.is_none()).then_some(f.kind),
        typed: (f.typed && f.number.is_some()).then_some(f.kind),
        impossible: f
            .date
            .filter(|d| !d.is_valid())
            .and_then(|_| f.date_span.clone())
            .map(|r| text[r].trim_start_matches("ngày ").to_string()),
    }
}

/// The type word `query` gives the document it found, where that is not the document's own
/// (`Nghị định 104/KH-UBND` finds the plan 104/KH-UBND: its number and codes name it).
pub fn kind_typed_otherwise(query: &str, doc: &Document) -> Option<&'static str> {
    parse_ref(query).typed.filter(|&k| k != doc.kind)
}

/// A document asked for by its id, or by its file as a person names it: the path the graph
/// holds, a path to the same file from here, or its file name where only one file has it.
fn by_id_or_file<'g>(graph: &'g Graph, q: &str) -> Option<&'g Document> {
    if let Some(d) = graph.documents.iter().find(|d| &*d.id == q || d.path.as_deref() == Some(q)) {
        return Some(d);
    }
    let file = |p: &str| p.rsplit(['/', '\\']).next().map(str::to_owned);
    let same_file = |p: &str| match (std::fs::canonicalize(p), std::fs::canonicalize(q)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    let mut named = graph.documents.iter().filter(|d| d.path.as_deref().is_some_and(|p| file(p) == file(q)));
    match (named.next(), named.next()) {
        (Some(one), None) => Some(one),
        (Some(_), Some(_)) => graph.documents.iter().find(|d| d.path.as_deref().is_some_and(same_file)),
        _ => None,
    }
}

/// The codes of a symbol in any order (`UBND-KH` for `KH-UBND`, as `check` reads a symbol
/// written with its codes swapped).
fn codes_sorted(symbol: &str) -> Vec<String> {
    let mut codes: Vec<String> = symbol.split(['-', '/']).map(str::to_lowercase).collect();
    codes.sort_unstable();
    codes
}

/// The symbol `query` asks for where the document it found is numbered otherwise: a text
/// writes it so, and it was read as this document (`79-TB/TU` for 79-TB/VPTU). None where the
/// query names the document's own symbol, its codes in any order, or none.
pub fn symbol_written_otherwise(query: &str, doc: &Document) -> Option<String> {
    let asked = parse_ref(query).symbol?;
    let own = doc.symbol.as_deref()?;
    (codes_sorted(&asked) != codes_sorted(own)).then_some(asked)
}

/// The dated documents of the name a law cited without its year has (`Luật Đất đai`: the
/// laws of 2003, 2013 and 2024 the graph knows), oldest first: what a person asking for the
/// name may have meant. Empty for any other document.
pub fn editions_of<'g>(graph: &'g Graph, doc: &Document) -> Vec<&'g Document> {
    let Some(name) = doc.name.as_deref().filter(|_| doc.year.is_none() && doc.number.is_none()) else {
        return Vec::new();
    };
    let name = name.to_lowercase();
    let mut editions: Vec<&Document> = graph
        .documents
        .iter()
        .filter(|d| {
            d.kind == doc.kind && d.year.is_some() && d.name.as_deref().is_some_and(|n| n.to_lowercase() == name)
        })
        .collect();
    editions.sort_by_key(|d| d.year);
    editions
}

/// Finds the document a reference names: by id or file path first, else by number and
/// symbol (and year, when one is written), else by a law's name.
pub fn match_ref<'g>(graph: &'g Graph, query: &str) -> Result<&'g Document, RenderError> {
    let q = query.trim();
    if let Some(d) = by_id_or_file(graph, q) {
        return Ok(d);
    }
    let parts = parse_ref(q);
    // UX re-audit 2150: `104/KH-UBND ngày 31/02/2022` showed the plan with no word.
    if let Some(date) = parts.impossible.clone() {
        return Err(RenderError::ImpossibleDate { query: q.to_string(), date });
    }
    // A place asked for, as an id writes it (`…@Quảng Ngãi`) or as an issuer does (`của UBND
    // tỉnh Quảng Ngãi`), picks among local documents of one number.
    let place = match q.rsplit_once('@') {
        Some((_, p)) => Some(p.trim().to_lowercase()),
        None => crate::places::place_in_issuer(q).map(|p| p.to_lowercase()),
    };
    let in_place = |d: &&Document| match (&place, d.place.as_deref()) {
        (Some(p), Some(dp)) => dp.to_lowercase() == *p,
        _ => true,
    };
    let numbered = |d: &&Document| {
        parts.number.is_some() && d.number.as_deref().map(canonical_number).as_deref() == parts.number.as_deref()
    };
    let of_year = |d: &&Document| match (parts.year, d.year) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    // A date typed is the document's, where the graph knows its date (UX re-audit 2146:
    // `104/KH-UBND ngày 29/6/2022` showed the plan of 28/6/2022 without a word).
    let of_date = |d: &&Document| match (&parts.date, &d.date) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    let hits: Vec<&Document> = if let (Some(_), Some(s)) = (&parts.number, &parts.symbol) {
        let symbol = |d: &&Document| d.symbol.as_deref().is_some_and(|ds| ds.to_lowercase() == s.to_lowercase());
        let hits: Vec<&Document> = graph
            .documents
            .iter()
            .filter(numbered)
            .filter(symbol)
            .filter(of_year)
            .filter(of_date)
            .filter(in_place)
            .collect();
        let hits = if hits.is_empty() {
            let codes = codes_sorted(s);
            let swapped = |d: &&Document| d.symbol.as_deref().is_some_and(|ds| codes_sorted(ds) == codes);
            graph
                .documents
                .iter()
                .filter(numbered)
                .filter(swapped)
                .filter(of_year)
                .filter(of_date)
                .filter(in_place)
                .collect()
        } else {
            hits
        };
        if hits.is_empty() {
            // A symbol as a text writes it, read as another document's (seeds audit 2249:
            // `79-TB/TU`, the slip of a notice the graph holds as 79-TB/VPTU): the documents the
            // references so written were read as.
            let written = |m: &&crate::model::Mention| {
                m.number.as_deref().map(canonical_number).as_deref() == parts.number.as_deref()
                    && m.symbol.as_deref().is_some_and(|ms| ms.to_lowercase() == s.to_lowercase())
            };
            let mut read_as: Vec<&Document> = graph
                .mentions
                .iter()
                .filter(written)
                .filter_map(|m| crate::model::document_by_id(&graph.documents, &m.target))
                .filter(of_year)
                .filter(of_date)
                .filter(in_place)
                .collect();
            read_as.sort_by(|a, b| a.id.cmp(&b.id));
            read_as.dedup_by(|a, b| a.id == b.id);
            read_as
        } else {
            hits
        }
    } else if parts.number.is_some() && parts.year.is_some() {
        // `Quyết định 12/2018`: the documents of that number and year (and type, if typed).
        let kind = |d: &&Document| parts.kind.is_none_or(|k| kind_fits(k, &d.kind));
        graph.documents.iter().filter(numbered).filter(of_year).filter(kind).filter(in_place).collect()
    } else if parts.number.is_some() && parts.symbol.is_none() {
        // `Nghị quyết 24`, `KH 104`: the documents of that number (and type, where typed); one
        // is the one meant, several are offered to choose from.
        let kind = |d: &&Document| parts.kind.is_none_or(|k| kind_fits(k, &d.kind));
        graph.documents.iter().filter(numbered).filter(kind).filter(in_place).collect()
    } else if let Some(kind) = parts.kind.filter(|_| parts.number.is_none()) {
        // `Hiến pháp năm 2013`: a document known by its type word and year.
        let year = |d: &&Document| parts.year.is_none_or(|y| d.year == Some(y));
        graph.documents.iter().filter(|d| d.kind == kind && d.number.is_none()).filter(year).collect()
    } else if let Some(name) = &parts.name {
        graph
            .documents
            .iter()
            .filter(|d| {
                d.name.as_deref().is_some_and(|dn| format!("{} {}", d.kind, dn).to_lowercase() == *name)
                    && parts.year.is_none_or(|y| d.year == Some(y))
            })
            .collect()
    } else {
        Vec::new()
    };
    // A law's name typed without marks (`luat dat dai 2024`), as hurried typists write it.
    let hits = if hits.is_empty() && parts.number.is_none() { by_unmarked_name(graph, q) } else { hits };
    match hits.as_slice() {
        [] => Err(RenderError::NoMatch { query: q.to_string(), near: near(graph, &parts) }),
        [one] => Ok(one),
        many => Err(RenderError::Ambiguous {
            query: q.to_string(),
            candidates: many.iter().map(|d| candidate(d)).collect(),
            hint: hint(many),
        }),
    }
}

/// Laws whose type word and name, without their marks, are what `query` says without its year
/// (`luat dat dai 2024`, `Luat Dat dai nam 2013`).
fn by_unmarked_name<'g>(graph: &'g Graph, query: &str) -> Vec<&'g Document> {
    static YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^(?P<name>.+?)(?:\s+(?:nam|năm))?\s+(?P<year>(?:19|20)\d\d)$").expect("pattern")
    });
    let query = crate::tables::fold(query.trim()).to_lowercase();
    let (name, year) = match YEAR.captures(&query) {
        Some(c) => (c["name"].to_string(), c["year"].parse::<u16>().ok()),
        None => (query.clone(), None),
    };
    if !name.contains(' ') {
        return Vec::new();
    }
    graph
        .documents
        .iter()
        .filter(|d| {
            d.name.as_deref().is_some_and(|n| crate::tables::fold(&format!("{} {n}", d.kind)).to_lowercase() == name)
                && year.is_none_or(|y| d.year == Some(y))
        })
        .collect()
}

/// Documents a reference that matched none may have meant, most cited first: those of its
/// number and symbol of another year or place (`104/KH-UBND ngày 28/6/2021` for the plan of
/// 2022), else those of its number (of its type, where one was typed: `Kế hoạch số 104`).
/// Whether a document of kind `kind` is one of the type typed: `Luật 45/2019` is the Bộ luật
/// Lao động, a code being a law.
fn kind_fits(typed: &str, kind: &str) -> bool {
    kind == typed || typed == "Luật" && kind == "Bộ luật"
}

fn near(graph: &Graph, parts: &RefParts) -> Vec<String> {
    let Some(n) = parts.number.as_deref() else { return Vec::new() };
    let numbered: Vec<&Document> = graph
        .documents
        .iter()
        .filter(|d| d.number.as_deref().map(canonical_number).as_deref() == Some(n))
        .filter(|d| parts.kind.is_none_or(|k| kind_fits(k, &d.kind)))
        .collect();
    let codes = parts.symbol.as_deref().map(codes_sorted);
    let same_symbol: Vec<&Document> = numbered
        .iter()
        .copied()
        .filter(|d| codes.is_some() && d.symbol.as_deref().map(codes_sorted) == codes)
        .collect();
    let mut near = if same_symbol.is_empty() && parts.symbol.is_none() { numbered } else { same_symbol };
    if near.is_empty() {
        near = of_its_number(graph, parts, n);
    }
    near.sort_by_key(|d| std::cmp::Reverse(d.cited));
    near.iter().map(|d| candidate(d)).collect()
}

/// Where nothing of the type or codes asked is so numbered, the documents of that number of
/// another type or codes that share its year or one of its codes: a type or code mistyped
/// (CLI audit 2253: `QĐ 12/2018` was told nothing of 12/2018/NĐ-CP, `10/NQ-CP` nothing of the
/// Government's documents numbered 10). Not every document of a bare number: that says nothing.
fn of_its_number<'g>(graph: &'g Graph, parts: &RefParts, n: &str) -> Vec<&'g Document> {
    let codes = parts.symbol.as_deref().map(codes_sorted).unwrap_or_default();
    let shares_code =
        |d: &Document| d.symbol.as_deref().is_some_and(|s| codes_sorted(s).iter().any(|c| codes.contains(c)));
    graph
        .documents
        .iter()
        .filter(|d| d.number.as_deref().map(canonical_number).as_deref() == Some(n))
        .filter(|d| parts.year.map_or(shares_code(d), |y| d.year == Some(y)))
        .collect()
}

/// A document offered to choose from: the id a command takes, and its label.
pub fn candidate(d: &Document) -> String {
    format!("{} ({})", d.id, crate::query::label_of(d))
}

/// `10/NQ-CP`, `12/2018/QĐ-TTg`, `24-NQ/TW`: the number as documents write it.
pub fn doc_code(d: &Document) -> Option<String> {
    match (&d.number, &d.symbol) {
        (Some(n), Some(s)) => Some(match (d.family, d.year) {
            // An old state number written with its hyphen, as its id keeps it (`21-LCT/HĐNN8`,
            // `32-L/CTN`, `262-TB/VPCP`; audit 2221 saw `21/1989/LCT/HDNN8`).
            _ if d.id.strip_prefix(n.as_str()).is_some_and(|rest| rest.starts_with('-')) => format!("{n}-{s}"),
            (Some(Family::Normative), Some(y)) => format!("{n}/{y}/{s}"),
            (Some(Family::Party), _) => format!("{n}-{s}"),
            _ => format!("{n}/{s}"),
        }),
        (None, Some(s)) => Some(format!("…/{s}")),
        _ => None,
    }
}

/// `28/01/2022` from `2022-01-28`; the year alone when that is all there is.
pub fn short_date(d: &Document) -> Option<String> {
    match d.date.as_deref().map(|s| s.split('-').collect::<Vec<_>>()) {
        Some(p) if p.len() == 3 => Some(format!("{}/{}/{}", p[2], p[1], p[0])),
        _ => d.year.map(|y| y.to_string()),
    }
}

/// Cuts a phrase to at most `max` characters, on a word boundary where possible.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

/// The words that name a document: `Nghị quyết 10/NQ-CP`, `Luật Tiếp công dân`, or for a
/// file whose header gave no number, its kind and title.
pub fn doc_name(d: &Document) -> String {
    // A law's name with its number, as `trace` and `show` label it: two editions of Luật Báo
    // chí side by side are told apart by number, and known for what they are by name.
    named(d, 40)
}

/// [`doc_name`] with a law's name in full, where a name cut short would be the same for two
/// laws (`Luật sửa đổi, bổ sung một số điều của Luật…`, 17 laws of real/): the report's label,
/// whose table cell wraps.
pub fn full_name(d: &Document) -> String {
    named(d, usize::MAX)
}

fn named(d: &Document, longest: usize) -> String {
    let name = d.name.as_deref().map(|n| shorten(n, longest));
    if let Some(code) = doc_code(d) {
        return match name {
            Some(name) => format!("{} {name} {code}", d.kind),
            None => format!("{} {code}", d.kind),
        };
    }
    if let Some(name) = name {
        return format!("{} {name}", d.kind);
    }
    // Known by its kind and year alone: `Hiến pháp năm 2013`.
    if let (Some(y), None) = (d.year, &d.path) {
        return format!("{} năm {y}", d.kind);
    }
    if let Some(t) = &d.title {
        return format!("{}: {}", d.kind, shorten(t, 48));
    }
    match &d.path {
        Some(p) => format!("{} ({})", d.kind, p.rsplit('/').next().unwrap_or(p)),
        None => d.id.to_string(),
    }
}

/// A label for each document that no other document has: its [`full_name`], and where two
/// share it, what tells them apart, as `trace` tells them: the place (`Kế hoạch 15/KH-UBND,
/// Diễn Châu` beside `…, Vinh Phú`), else the year (`Luật Ngân sách nhà nước năm 2002` and `…
/// năm 2015`), else the date, else the file, else the id. Each is added only where the
/// documents sharing the label differ in it.
pub fn distinct_names(documents: &[Document]) -> HashMap<&str, String> {
    let mut labels: Vec<String> = documents.iter().map(full_name).collect();
    type Qualifier = fn(&Document) -> Option<String>;
    let steps: [Qualifier; 5] = [
        |d| d.place.as_deref().map(|p| format!(", {p}")),
        |d| d.year.map(|y| format!(" năm {y}")),
        |d| short_date(d).map(|x| format!(" ({x})")),
        |d| d.path.as_deref().map(|p| format!(" (tệp {})", p.rsplit(['/', '\\']).next().unwrap_or(p))),
        |d| Some(format!(" [{}]", d.id)),
    ];
    for step in steps {
        let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, l) in labels.iter().enumerate() {
            groups.entry(l.as_str()).or_default().push(i);
        }
        let mut add: Vec<(usize, String)> = Vec::new();
        for group in groups.values().filter(|g| g.len() > 1) {
            let qs: Vec<Option<String>> = group.iter().map(|&i| step(&documents[i])).collect();
            // Said only where it tells some of them apart, and not twice (`năm 2013` of a
            // label that has it).
            if qs.iter().all(|q| *q == qs[0]) {
                continue;
            }
            for (&i, q) in group.iter().zip(qs) {
                if let Some(q) = q.filter(|q| !labels[i].contains(q.trim_start_matches([',', ' ']))) {
                    add.push((i, q));
                }
            }
        }
        if add.is_empty() {
            continue;
        }
        for (i, q) in add {
            labels[i].push_str(&q);
        }
    }
    documents.iter().zip(labels).map(|(d, l)| (&*d.id, l)).collect()
}

/// The node label: name, then the date in brackets on its own line.
pub fn node_label(d: &Document) -> String {
    match (short_date(d), d.place.as_deref()) {
        (Some(date), Some(place)) => format!("{}\n({place}, {date})", doc_name(d)),
        (Some(date), None) => format!("{}\n({date})", doc_name(d)),
        (None, Some(place)) => format!("{}\n({place})", doc_name(d)),
        (None, None) => doc_name(d),
    }
}

/// What a node says on hover, whichever renderer draws it: named as every text names it,
/// whether its text is in the corpus, its title, then the id a command takes (`citegraph
/// show …`). Lines are separated by `\n`.
pub fn node_tooltip(d: &Document) -> String {
    let mut tooltip = format!(
        "{}\n{}",
        crate::query::label_of(d),
        if d.in_corpus { "có văn bản trong kho" } else { "không có trong kho (chỉ được dẫn chiếu)" }
    );
    if let Some(t) = &d.title {
        tooltip = format!("{tooltip}\n{t}");
    }
    format!("{tooltip}\nREF: {}", d.id)
}

/// The SVG element id of a document's node; distinct from [`anchor`], which is its section
/// in the report, so that both live in one page.
pub fn node_id(d: &Document) -> String {
    format!("node-{}", anchor(&d.id))
}

/// Relations in the order the legend lists them, with the Vietnamese a clerk reads.
pub const RELATIONS: &[(&str, &str)] = &[
    ("basis", "căn cứ"),
    ("implements", "thực hiện"),
    ("guides", "hướng dẫn"),
    ("answers", "trả lời"),
    ("amends", "sửa đổi"),
    ("replaces", "thay thế"),
    ("replaces-part", "thay thế một phần"),
    ("repeals", "bãi bỏ"),
    ("repeals-part", "bãi bỏ một phần"),
    ("corrects", "đính chính"),
    ("consolidates", "hợp nhất"),
    ("codifies", "pháp điển"),
    ("cites", "dẫn chiếu"),
];

pub fn relation_label(r: &str) -> &str {
    RELATIONS.iter().find(|(k, _)| *k == r).map(|(_, v)| *v).unwrap_or(r)
}

/// Fill colour by kind, in groups a clerk tells apart: party and resolutions warm,
/// laws and decrees purple, decisions blue, plans green, correspondence grey.
pub fn kind_color(kind: &str) -> &'static str {
    match kind {
        "Nghị quyết" | "Nghị quyết liên tịch" => "#f4a6a6",
        "Chỉ thị" | "Kết luận" | "Quy định" | "Thông tri" => "#f7c58f",
        "Hiến pháp" | "Bộ luật" | "Luật" | "Pháp lệnh" | "Lệnh" | "Sắc lệnh" => "#c9b3e6",
        "Nghị định" | "Thông tư" | "Thông tư liên tịch" => "#b3c7f2",
        "Quyết định" => "#a8d8ea",
        "Kế hoạch"
        | "Kế hoạch phối hợp"
        | "Chương trình"
        | "Chương trình phối hợp"
        | "Đề án"
        | "Dự án"
        | "Phương án" => "#b8e0b0",
        "Hướng dẫn" | "Quy chế" | "Quy chế phối hợp" => "#f3e79b",
        _ => "#e0e0e0",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Audit 2249 (E5): around a seed, a link its file states too (`Kết luận 65-KL/TW →
    /// Nghị quyết 24-NQ/TW`, the Quảng Nam report's first) shows the seed's own sentence on
    /// hover; around the conclusion, which has no file, the first one's.
    #[test]
    fn a_link_s_hover_is_the_focus_s_own_sentence() {
        let (graph, [_, notice]) = crate::query::two_seeds();
        let hover = |focus: &str| {
            let sel = Selection { focus: Some(focus.into()), depth: 2, ..Default::default() };
            let view = select(&graph, &sel).expect("a view");
            let e = view.edges.iter().find(|(e, _)| &*e.from == "65-KL/TW:2019" && &*e.to == "24-NQ/TW:2003");
            let (e, _) = e.expect("the link");
            let dot = dot::to_dot(&view, &dot::DotOptions { links: false, subtitle: None });
            (view.proof(e).sentence.to_string(), dot)
        };
        let (own, dot) = hover(&notice);
        assert!(own.contains("thực hiện Nghị quyết số 24-NQ/TW của Ban chấp hành"), "{own}");
        assert!(dot.contains("thực hiện Nghị quyết số 24-NQ/TW của Ban chấp hành"), "{dot}");
        let (first, _) = hover("65-KL/TW:2019");
        assert!(first.contains("thực hiện Nghị Quyết số 24-NQ/TW, ngày 12/3/2003"), "{first}");
    }

    #[test]
    fn reference_parts_from_the_ways_people_write_them() {
        for q in ["104/KH-UBND", "Kế hoạch 104/KH-UBND", "kế hoạch số 104/KH-UBND ngày 28/6/2022"] {
            let p = parse_ref(q);
            assert_eq!(p.number.as_deref(), Some("104"), "{q}");
            assert_eq!(p.symbol.as_deref(), Some("KH-UBND"), "{q}");
        }
        assert_eq!(parse_ref("kế hoạch số 104/KH-UBND ngày 28/6/2022").year, Some(2022));
        assert_eq!(parse_ref("24-NQ/TW").symbol.as_deref(), Some("NQ/TW"));
    }

    fn law(id: &str, name: &str, number: Option<&str>, year: Option<u16>) -> Document {
        Document {
            id: id.into(),
            kind: "Luật".into(),
            number: number.map(String::from),
            symbol: number.map(|_| "QH15".into()),
            year,
            date: None,
            issuer: None,
            title: None,
            name: Some(name.into()),
            family: Some(Family::Normative),
            place: None,
            level: crate::tables::Level::NationalAssembly,
            path: None,
            in_corpus: false,
            codified: false,
            cited: 1,
        }
    }

    /// Audit 2221: an old state number keeps its hyphen, as its id and its text write it.
    #[test]
    fn an_old_state_number_is_shown_with_its_hyphen() {
        let mut d = law("21-LCT/HDNN8:1989", "Bảo vệ sức khỏe nhân dân", Some("21"), Some(1989));
        d.symbol = Some("LCT/HDNN8".into());
        assert_eq!(doc_code(&d).as_deref(), Some("21-LCT/HDNN8"));
        let mut d = law("89/2015/QH13", "Tố tụng hình sự", Some("89"), Some(2015));
        d.symbol = Some("QH13".into());
        assert_eq!(doc_code(&d).as_deref(), Some("89/2015/QH13"));
    }

    /// User audit of the report: 17 laws were all `Luật sửa đổi, bổ sung một số điều của
    /// Luật…`, two of them numbered lost the law they amend, laws cited by name shared a label
    /// across years, and two communes' plans 15/KH-UBND were one heading.
    #[test]
    fn no_two_documents_share_a_label() {
        let amending = "sửa đổi, bổ sung một số điều của Luật";
        let mut docs = vec![
            law("a", &format!("{amending} Báo chí"), None, None),
            law("b", &format!("{amending} Bảo hiểm y tế"), None, None),
            law("c", &format!("{amending} Chứng khoán, Luật Kế toán"), Some("56"), Some(2024)),
            law("d", &format!("{amending} Quy hoạch, Luật Đầu tư"), Some("57"), Some(2024)),
            law("e", "Ngân sách nhà nước", None, Some(2002)),
            law("f", "Ngân sách nhà nước", None, Some(2015)),
        ];
        for (id, place) in [("15/KH-UBND:2025@Diễn Châu", "Diễn Châu"), ("15/KH-UBND:2025@Vinh Phú", "Vinh Phú")]
        {
            let mut plan = law(id, "", Some("15"), Some(2025));
            (plan.kind, plan.name, plan.symbol, plan.family) = ("Kế hoạch".into(), None, Some("KH-UBND".into()), None);
            (plan.place, plan.level, plan.path) =
                (Some(place.into()), crate::tables::Level::Commune, Some(format!("{id}.txt")));
            docs.push(plan);
        }
        // The shortened names are shared, as the report had them.
        assert_eq!(doc_name(&docs[0]), doc_name(&docs[1]));
        assert_eq!(doc_name(&docs[6]), doc_name(&docs[7]));
        let names = distinct_names(&docs);
        let labels: HashSet<&str> = names.values().map(String::as_str).collect();
        assert_eq!(labels.len(), docs.len(), "{names:#?}");
        assert_eq!(names["c"], "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán 56/2024/QH15");
        assert_eq!(names["e"], "Luật Ngân sách nhà nước năm 2002");
        assert_eq!(names["f"], "Luật Ngân sách nhà nước năm 2015");
        assert_eq!(names["15/KH-UBND:2025@Diễn Châu"], "Kế hoạch 15/KH-UBND, Diễn Châu");
        // Only what tells documents apart is added: a label no other has stays as it was.
        assert_eq!(names["a"], "Luật sửa đổi, bổ sung một số điều của Luật Báo chí");
    }

    #[test]
    fn shorten_cuts_on_words() {
        assert_eq!(shorten("một hai ba bốn năm", 9), "một hai…");
        assert_eq!(shorten("ngắn", 9), "ngắn");
    }
}
