//! Shared by the tests: comparing what `scan` finds with hand-written lists of expected
//! references, and small graphs for the render, report and export tests.
#![allow(dead_code)] // each test binary uses part of these helpers

use citegraph::model::{Document, Edge, Evidence, Graph, Mention, Summary};
use citegraph::tables::{Family, Level};
use std::collections::HashMap;
use std::path::Path;

/// One row of an expected-references file (`tests/fixtures/*_expected.tsv`).
#[derive(Debug, Clone)]
pub struct Expected {
    pub file: String,
    pub line: usize,
    pub kind: String,
    pub number: String,
    pub symbol: String,
    pub date: String,
    pub text: String,
}

pub fn read_expected(path: &Path) -> Vec<Expected> {
    let tsv = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert!(c.len() >= 6, "{}: bad row {l:?}", path.display());
            Expected {
                file: c[0].to_string(),
                line: c[1].parse().unwrap_or_else(|_| panic!("bad line in {l:?}")),
                kind: c[2].to_string(),
                number: c[3].to_string(),
                symbol: c[4].to_string(),
                date: c[5].to_string(),
                text: c.get(6).unwrap_or(&"").to_string(),
            }
        })
        .collect()
}

/// The line a reference is counted on: where its number stands, else where it starts.
pub fn number_line(m: &Mention, original: &str) -> usize {
    let at = match &m.number {
        Some(n) => m.text.rfind(n.as_str()).map_or(m.start, |i| {
            // The number is the last run of it that is followed by the symbol's separator.
            let mut best = m.start + i;
            for (j, _) in m.text.match_indices(n.as_str()) {
                let after = m.text[j + n.len()..].trim_start();
                if after.starts_with('/') || after.starts_with('-') || after.starts_with('–') {
                    best = m.start + j;
                    break;
                }
            }
            best
        }),
        None => m.start,
    };
    original[..at].matches('\n').count() + 1
}

fn base(path: &str) -> String {
    Path::new(path).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Matching key: file, line and number (a law by name: its type word).
fn key(file: &str, line: usize, number: &str, kind: &str) -> (String, usize, String) {
    let n = number.trim_start_matches('0').to_string();
    if number.is_empty() { (file.to_string(), line, format!("named:{kind}")) } else { (file.to_string(), line, n) }
}

pub struct Score {
    pub expected: usize,
    pub found: usize,
    pub matched: usize,
    pub symbol_right: usize,
    pub date_right: usize,
    pub kind_right: usize,
    pub missed: Vec<Expected>,
    pub spurious: Vec<String>,
    pub wrong: Vec<String>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        self.matched as f64 / self.found.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.matched as f64 / self.expected.max(1) as f64
    }
    pub fn symbol_accuracy(&self) -> f64 {
        self.symbol_right as f64 / self.matched.max(1) as f64
    }
    pub fn date_accuracy(&self) -> f64 {
        self.date_right as f64 / self.matched.max(1) as f64
    }

    pub fn report(&self, label: &str) {
        println!(
            "{label}: expected {}, found {}, matched {} — precision {:.4}, recall {:.4}, symbols {:.4}, dates {:.4}, kinds {}/{}",
            self.expected,
            self.found,
            self.matched,
            self.precision(),
            self.recall(),
            self.symbol_accuracy(),
            self.date_accuracy(),
            self.kind_right,
            self.matched
        );
        for m in &self.missed {
            println!("  missed: {}:{} {} {} {} {:?}", m.file, m.line, m.kind, m.number, m.symbol, m.text);
        }
        for s in &self.spurious {
            println!("  spurious: {s}");
        }
        for w in &self.wrong {
            println!("  wrong: {w}");
        }
    }
}

/// Scores the mentions of `graph` against `expected`; `read` gives a file's original text.
pub fn score(graph: &Graph, expected: &[Expected], read: impl Fn(&str) -> String) -> Score {
    let mut pool: HashMap<(String, usize, String), Vec<&Expected>> = HashMap::new();
    for e in expected {
        pool.entry(key(&e.file, e.line, &e.number, &e.kind)).or_default().push(e);
    }
    let mut texts: HashMap<String, String> = HashMap::new();
    let mut s = Score {
        expected: expected.len(),
        found: graph.mentions.len(),
        matched: 0,
        symbol_right: 0,
        date_right: 0,
        kind_right: 0,
        missed: Vec::new(),
        spurious: Vec::new(),
        wrong: Vec::new(),
    };
    for m in &graph.mentions {
        let file = base(&m.path);
        let original = texts.entry(m.path.to_string()).or_insert_with(|| read(&m.path));
        let line = number_line(m, original);
        let k = key(&file, line, m.number.as_deref().unwrap_or(""), &m.kind);
        let k = if m.number.is_none() { (k.0, k.1, format!("named:{}", m.kind)) } else { k };
        match pool.get_mut(&k).and_then(|v| if v.is_empty() { None } else { Some(v.remove(0)) }) {
            Some(e) => {
                s.matched += 1;
                if e.symbol == m.symbol.clone().unwrap_or_default() {
                    s.symbol_right += 1;
                } else {
                    s.wrong.push(format!("{file}:{line} symbol {:?} expected {:?}", m.symbol, e.symbol));
                }
                if e.date == m.date.clone().unwrap_or_default() {
                    s.date_right += 1;
                } else {
                    s.wrong.push(format!("{file}:{line} date {:?} expected {:?} in {:?}", m.date, e.date, m.text));
                }
                if e.kind == m.kind {
                    s.kind_right += 1;
                } else {
                    s.wrong.push(format!("{file}:{line} kind {:?} expected {:?} in {:?}", m.kind, e.kind, m.text));
                }
            }
            None => s.spurious.push(format!("{file}:{line} {} {:?}", m.kind, m.text)),
        }
    }
    s.missed = pool.into_values().flatten().cloned().collect();
    s.missed.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    s
}

// ---- Graphs for the render, report and export tests ----
/// Citing-document → cited-document edges read off the mentions. Only for tests: the
/// production code draws `graph.edges`, which the relation stage fills.
pub fn derive_edges(graph: &mut Graph) {
    let mut edges = Vec::new();
    for m in &graph.mentions {
        let Some(from) = graph.files.iter().find(|f| *f.path == *m.path).and_then(|f| f.document.clone()) else {
            continue;
        };
        if *from == *m.target || m.target.is_empty() {
            continue;
        }
        edges.push(Edge {
            from: from.into(),
            to: m.target.clone(),
            relation: m.relation.clone(),
            inferred: false,
            evidence: Evidence {
                path: m.path.clone(),
                line: m.line,
                column: m.column,
                sentence: m.text.as_str().into(),
            },
            also: Box::default(),
        });
    }
    graph.summary.edges = edges.len();
    graph.edges = edges;
}

pub fn doc(id: &str, kind: &str, number: &str, symbol: &str, date: &str, level: Level, family: Family) -> Document {
    Document {
        id: id.into(),
        kind: kind.to_string(),
        number: Some(number.to_string()),
        symbol: Some(symbol.to_string()),
        year: date.get(..4).and_then(|y| y.parse().ok()),
        date: (!date.is_empty()).then(|| date.to_string()),
        issuer: None,
        title: None,
        name: None,
        family: Some(family),
        place: None,
        level,
        path: None,
        in_corpus: false,
        codified: false,
        cited: 1,
    }
}

pub fn edge(from: &str, to: &str, relation: &str, inferred: bool) -> Edge {
    Edge {
        from: from.into(),
        to: to.into(),
        relation: relation.into(),
        inferred,
        evidence: Evidence {
            path: "data/x.txt".into(),
            line: 1,
            column: 1,
            sentence: format!("{from} {relation} {to}").into(),
        },
        also: Box::default(),
    }
}

/// A small fixed graph: a party resolution, a government resolution implementing it, a
/// provincial plan implementing that, a district plan below, and a law cited by name.
pub fn small_graph() -> Graph {
    use Family::*;
    let mut plan = doc("104/KH-UBND:2022", "Kế hoạch", "104", "KH-UBND", "2022-06-28", Level::Province, Administrative);
    plan.in_corpus = true;
    plan.path = Some("data/plan.txt".into());
    plan.title = Some("Triển khai thực hiện \"Nghị quyết\" số 10/NQ-CP".into());
    let mut district =
        doc("55/KH-UBND:2022", "Kế hoạch", "55", "KH-UBND", "2022-07-15", Level::District, Administrative);
    district.in_corpus = true;
    district.path = Some("data/district.txt".into());
    let mut law = doc("Luật Tiếp công dân", "Luật", "", "", "", Level::NationalAssembly, Named);
    law.number = None;
    law.symbol = None;
    law.name = Some("Tiếp công dân".into());
    let documents = vec![
        doc("24-NQ/TW:2014", "Nghị quyết", "24", "NQ/TW", "2014-06-03", Level::CentralParty, Party),
        doc("10/NQ-CP:2022", "Nghị quyết", "10", "NQ-CP", "2022-01-28", Level::Government, Administrative),
        doc("12/2018/QĐ-TTg", "Quyết định", "12", "QĐ-TTg", "2018-03-06", Level::Government, Normative),
        law,
        plan,
        district,
    ];
    let edges = vec![
        edge("10/NQ-CP:2022", "24-NQ/TW:2014", "implements", false),
        edge("104/KH-UBND:2022", "10/NQ-CP:2022", "implements", false),
        edge("104/KH-UBND:2022", "12/2018/QĐ-TTg", "basis", false),
        edge("104/KH-UBND:2022", "Luật Tiếp công dân", "cites", true),
        edge("55/KH-UBND:2022", "104/KH-UBND:2022", "implements", false),
        edge("55/KH-UBND:2022", "104/KH-UBND:2022", "implements", false),
    ];
    Graph {
        version: 1,
        base: None,
        summary: Summary { documents: 6, documents_in_corpus: 2, edges: 6, ..Default::default() },
        files: Vec::new(),
        documents,
        mentions: Vec::new(),
        edges,
        findings: Vec::new(),
    }
}
