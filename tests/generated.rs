//! Recall and precision on a generated corpus whose every reference is known.

mod common;

use citegraph::synth;

#[test]
fn generated_corpus_gives_back_what_was_planted() {
    let mut expected = Vec::new();
    let mut scans = Vec::new();
    synth::generate(300, 42, 4000, |g| {
        expected.extend(g.planted.iter().map(|p| common::Expected {
            file: p.file.clone(),
            line: p.line,
            kind: p.kind.to_string(),
            number: p.number.clone(),
            symbol: p.symbol.clone(),
            date: p.date.clone(),
            text: String::new(),
        }));
        scans.push((g.name.clone(), g.text.clone(), citegraph::scan::scan_text(g.name.clone(), &g.text)));
    });
    let texts: std::collections::HashMap<String, String> =
        scans.iter().map(|(n, t, _)| (n.clone(), t.clone())).collect();
    let graph = citegraph::resolve::build(scans.into_iter().map(|(_, _, s)| s).collect::<Vec<_>>());
    let s = common::score(&graph, &expected, |p| texts[p].clone());
    s.report("generated corpus (300 documents, seed 42)");
    assert!(s.precision() >= 0.99, "precision {:.4}", s.precision());
    assert!(s.recall() >= 0.99, "recall {:.4}", s.recall());
    assert!(s.symbol_accuracy() >= 0.99, "symbols {:.4}", s.symbol_accuracy());
    assert!(s.date_accuracy() >= 0.99, "dates {:.4}", s.date_accuracy());
    // 300 plans of 63 provinces, each numbered by its province: 300 documents, each of its
    // own file and place, not a few numbers shared by every province.
    let own: std::collections::HashSet<&str> = graph.files.iter().filter_map(|f| f.document.as_deref()).collect();
    assert_eq!(own.len(), 300);
    assert!(own.iter().all(|id| id.contains("/KH-UBND:2023@")), "{own:?}");
    assert!(!graph.findings.iter().any(|f| f.kind == "duplicate-document"));
    // A plan's own province's plans are what it cites without naming their issuer.
    let placed = graph.mentions.iter().filter(|m| m.symbol.as_deref().is_some_and(citegraph::places::is_local_symbol));
    assert!(placed.clone().count() > 200, "{}", placed.clone().count());
    for m in placed {
        let own = graph.files.iter().find(|f| *f.path == *m.path).and_then(|f| f.document.as_deref()).unwrap();
        assert_eq!(m.target.rsplit_once('@').map(|(_, p)| p), own.rsplit_once('@').map(|(_, p)| p), "{}", m.text);
    }
}
