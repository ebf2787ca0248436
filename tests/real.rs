//! Five real central legal documents against a hand-checked list of their references.

mod common;

use std::path::{Path, PathBuf};

#[test]
fn real_documents_match_the_hand_checked_list() {
    let graph = citegraph::scan_paths(&[PathBuf::from("tests/fixtures/real")]);
    assert_eq!(graph.files.len(), 5);
    let expected = common::read_expected(Path::new("tests/fixtures/real_expected.tsv"));
    let s = common::score(&graph, &expected, |p| std::fs::read_to_string(p).unwrap());
    s.report("real documents (tests/fixtures/real)");
    assert!(s.precision() >= 0.95, "precision {:.4}", s.precision());
    assert!(s.recall() >= 0.95, "recall {:.4}", s.recall());
}

#[test]
fn own_numbers_are_identity_not_references() {
    let graph = citegraph::scan_paths(&[PathBuf::from("tests/fixtures/real")]);
    let own =
        graph.documents.iter().find(|d| d.path.as_deref().is_some_and(|p| p.ends_with("291-2026-ND-CP.md"))).unwrap();
    assert_eq!(own.id, "291/2026/NĐ-CP");
    assert!(own.in_corpus);
    assert!(!graph.mentions.iter().any(|m| m.path.ends_with("291-2026-ND-CP.md") && m.target == own.id));
    let file = graph.files.iter().find(|f| f.path.ends_with("291-2026-ND-CP.md")).unwrap();
    assert!(file.self_mentions >= 1);
}
