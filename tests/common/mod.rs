//! Shared by the render, report and export tests.
#![allow(dead_code)]

use citegraph::model::{Document, Edge, Evidence, Graph, Summary};
use citegraph::tables::{Family, Level};

/// Citing-document → cited-document edges read off the mentions. Only for tests: the
/// production code draws `graph.edges`, which the relation stage fills.
pub fn derive_edges(graph: &mut Graph) {
    let mut edges = Vec::new();
    for m in &graph.mentions {
        let Some(from) = graph
            .files
            .iter()
            .find(|f| f.path == m.path)
            .and_then(|f| f.document.clone())
        else {
            continue;
        };
        if from == m.target || m.target.is_empty() {
            continue;
        }
        edges.push(Edge {
            from,
            to: m.target.clone(),
            relation: m.relation.clone(),
            inferred: false,
            evidence: Evidence {
                path: m.path.clone(),
                line: m.line,
                column: m.column,
                sentence: m.text.clone(),
            },
        });
    }
    graph.summary.edges = edges.len();
    graph.edges = edges;
}

pub fn doc(
    id: &str,
    kind: &str,
    number: &str,
    symbol: &str,
    date: &str,
    level: Level,
    family: Family,
) -> Document {
    Document {
        id: id.to_string(),
        kind: kind.to_string(),
        number: Some(number.to_string()),
        symbol: Some(symbol.to_string()),
        year: date.get(..4).and_then(|y| y.parse().ok()),
        date: (!date.is_empty()).then(|| date.to_string()),
        issuer: None,
        title: None,
        name: None,
        family: Some(family),
        level,
        path: None,
        in_corpus: false,
        cited: 1,
    }
}

pub fn edge(from: &str, to: &str, relation: &str, inferred: bool) -> Edge {
    Edge {
        from: from.to_string(),
        to: to.to_string(),
        relation: relation.to_string(),
        inferred,
        evidence: Evidence {
            path: "data/x.txt".into(),
            line: 1,
            column: 1,
            sentence: format!("{from} {relation} {to}"),
        },
    }
}

/// A small fixed graph: a party resolution, a government resolution implementing it, a
/// provincial plan implementing that, a district plan below, and a law cited by name.
pub fn small_graph() -> Graph {
    use Family::*;
    let mut plan = doc(
        "104/KH-UBND:2022",
        "Kế hoạch",
        "104",
        "KH-UBND",
        "2022-06-28",
        Level::Province,
        Administrative,
    );
    plan.in_corpus = true;
    plan.path = Some("data/plan.txt".into());
    plan.title = Some("Triển khai thực hiện \"Nghị quyết\" số 10/NQ-CP".into());
    let mut district = doc(
        "55/KH-UBND:2022",
        "Kế hoạch",
        "55",
        "KH-UBND",
        "2022-07-15",
        Level::District,
        Administrative,
    );
    district.in_corpus = true;
    district.path = Some("data/district.txt".into());
    let mut law = doc(
        "Luật Tiếp công dân",
        "Luật",
        "",
        "",
        "",
        Level::NationalAssembly,
        Named,
    );
    law.number = None;
    law.symbol = None;
    law.name = Some("Tiếp công dân".into());
    let documents = vec![
        doc(
            "24-NQ/TW:2014",
            "Nghị quyết",
            "24",
            "NQ/TW",
            "2014-06-03",
            Level::CentralParty,
            Party,
        ),
        doc(
            "10/NQ-CP:2022",
            "Nghị quyết",
            "10",
            "NQ-CP",
            "2022-01-28",
            Level::Government,
            Administrative,
        ),
        doc(
            "12/2018/QĐ-TTg",
            "Quyết định",
            "12",
            "QĐ-TTg",
            "2018-03-06",
            Level::Government,
            Normative,
        ),
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
        summary: Summary {
            documents: 6,
            documents_in_corpus: 2,
            edges: 6,
            ..Default::default()
        },
        files: Vec::new(),
        documents,
        mentions: Vec::new(),
        edges,
        findings: Vec::new(),
    }
}
