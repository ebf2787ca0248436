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
    assert_eq!(&*own.id, "291/2026/NĐ-CP");
    assert!(own.in_corpus);
    assert!(!graph.mentions.iter().any(|m| m.path.ends_with("291-2026-ND-CP.md") && m.target == own.id));
    let file = graph.files.iter().find(|f| f.path.ends_with("291-2026-ND-CP.md")).unwrap();
    assert!(file.self_mentions >= 1);
}

/// A codified topic (here `Trọng tài thương mại`, compiled from the law and the decrees and
/// circulars that carry it out, each article noted with its source) cites documents dated
/// after the number in its metadata table: that is no finding. Nor is the guiding circular a
/// page editor lists beside a decree (`**Văn bản hướng dẫn đi kèm:** Thông tư số
/// 14/2026/TT-BNV ngày 04/6/2026`, audit 2188): the decree does not cite it. A district plan
/// that names a decision dated after itself still is one.
#[test]
fn a_codification_may_cite_later_documents_an_ordinary_text_may_not() {
    let graph = citegraph::scan_paths(&[
        PathBuf::from("tests/fixtures/real"),
        PathBuf::from("tests/fixtures/dated"),
        PathBuf::from("tests/fixtures/later"),
    ]);
    let doc_of =
        |name: &str| graph.documents.iter().find(|d| d.path.as_deref().is_some_and(|p| p.contains(name))).expect(name);
    let topic = doc_of("trong-tai-thuong-mai");
    assert!(topic.codified);
    let later: Vec<&citegraph::model::Finding> =
        graph.findings.iter().filter(|f| f.kind == "cites-later-document").collect();
    // The 2026 pension decree of 15 May 2026, whose page lists the circular of 4 June 2026.
    let decree = doc_of("nghi-dinh-162-2026");
    assert!(!decree.codified);
    assert_eq!(decree.date.as_deref(), Some("2026-05-15"));
    assert!(decree.path.as_deref().is_some_and(|p| p.contains("fixtures/dated")));
    // The plan of 12 March 2024 carries out a decision of 18 April 2024.
    assert_eq!(later.len(), 1, "{later:#?}");
    assert!(later[0].locations[0].path.ends_with("kh-45-ubnd-tho-xuan.txt"), "{later:#?}");
    assert!(
        later[0].message.starts_with("Quyết định số 1520/QĐ-UBND ngày 18 tháng 4 năm 2024 is dated after"),
        "{}",
        later[0].message
    );
    // Every other document here is an ordinary one.
    assert_eq!(graph.documents.iter().filter(|d| d.codified).count(), 1);
    // The report says which is the codification.
    let report = citegraph::report::render(&graph, &citegraph::report::Options::default()).expect("report");
    assert_eq!(report.html.matches("văn bản pháp điển").count(), 1);
}

/// A codified page filed under a law compiles the articles of the decrees and resolutions
/// that carry it out: what an article says is its source's, the document its note names, and
/// the law cites none of them.
#[test]
fn a_codified_article_speaks_for_its_source() {
    let graph = citegraph::scan_paths(&[PathBuf::from("tests/fixtures/real")]);
    let page = "trong-tai-thuong-mai";
    let law = graph.documents.iter().find(|d| d.path.as_deref().is_some_and(|p| p.contains(page))).unwrap();
    assert_eq!(&*law.id, "54/2010/QH12");
    // `Điều 1. Phạm vi điều chỉnh⏎Nghị định này quy định chi tiết … Luật Trọng tài thương mại`,
    // under the note `(Điều 1 Nghị định số 63/2011/NĐ-CP …)`.
    let in_decree = graph.mentions.iter().find(|m| m.path.contains(page) && m.line == 41).unwrap();
    assert_eq!(&*in_decree.target, "54/2010/QH12");
    assert_eq!(in_decree.by.as_deref(), Some("63/2011/NĐ-CP"));
    // Its cue is read as the decree's own: `Nghị định này quy định chi tiết …`.
    assert_eq!(in_decree.relation, "guides");
    // The law's page has no edge to what its notes name.
    let from_law: Vec<_> = graph.edges.iter().filter(|e| e.from == law.id).map(|e| &*e.to).collect();
    assert!(from_law.is_empty(), "{from_law:?}");
    let decree: Vec<_> =
        graph.edges.iter().filter(|e| &*e.from == "63/2011/NĐ-CP").map(|e| (&*e.to, &*e.relation)).collect();
    assert!(decree.contains(&("54/2010/QH12", "guides")), "{decree:?}");
    // Each edge once, however many pages or phrases state it (the Cypher export merges on it).
    let mut triples: Vec<_> = graph.edges.iter().map(|e| (&e.from, &e.to, &e.relation)).collect();
    triples.sort();
    let all = triples.len();
    triples.dedup();
    assert_eq!(triples.len(), all);
}

/// Every edge carries the sentence that proves it, found again, as written, in its file at
/// its line.
/// Before the year was part of what a file's first mention of a document is, a second
/// document with the same number and symbol in the same file (`225/2010/TT-BTC` and
/// `225/2012/TT-BTC`, `Luật Đất đai` and `Luật Đất đai năm 2024`) got an edge with an empty
/// sentence: 8 of the 228 edges here. In a codified page, the first mention of a document
/// proves the page's edge; an article's source's edge to it needs its own (86 edges of real/
/// had none, one of them in the page here).
#[test]
fn every_edge_has_its_sentence() {
    let graph = citegraph::scan_paths(&[
        PathBuf::from("tests/fixtures/real"),
        PathBuf::from("tests/fixtures/dated"),
        PathBuf::from("tests/fixtures/codified"),
    ]);
    assert!(graph.edges.len() > 200, "{} edges", graph.edges.len());
    for e in &graph.edges {
        let sentence = &e.evidence.sentence;
        assert!(!sentence.trim().is_empty(), "{} {} {}: no sentence", e.from, e.relation, e.to);
        // The sentence around the line the evidence names, spaces aside.
        let text = std::fs::read_to_string(&*e.evidence.path).expect("evidence file");
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let lines: Vec<&str> = text.lines().collect();
        let from = e.evidence.line.saturating_sub(3);
        let around = lines[from..(e.evidence.line + 3).min(lines.len())].join(" ");
        // As the file writes it, dashes and all (before, as the recognizer reads it); an
        // ellipsis says where it was cut short.
        let around = words(&around);
        let quoted = sentence.trim_start_matches("… ").trim_end_matches(" …");
        assert!(around.contains(&words(quoted)), "{sentence:?} not at {}:{}", e.evidence.path, e.evidence.line);
    }
}

/// A page that sums up its document in a metadata table (`| **Căn cứ pháp lý** | Luật Tổ
/// chức Chính phủ số 63/2025/QH15; … |`) and then gives its text: each basis is proved by the
/// preamble's own words, not by the table's row. Before, every such edge quoted the row (186
/// edges of shared/corpus/real).
#[test]
fn an_edge_the_text_states_quotes_the_text_not_the_page_s_summary() {
    let graph = citegraph::scan_paths(&[PathBuf::from("tests/fixtures/real")]);
    let basis: Vec<_> = graph.edges.iter().filter(|e| &*e.from == "291/2026/NĐ-CP" && e.relation == "basis").collect();
    let to: Vec<&str> = basis.iter().map(|e| &*e.to).collect();
    for id in ["63/2025/QH15", "15/2012/QH13", "125/2020/NĐ-CP"] {
        assert!(to.contains(&id), "{to:?}");
    }
    for e in basis {
        assert!(e.evidence.sentence.starts_with("Căn cứ"), "{}: {:?}", e.to, e.evidence.sentence);
        assert!(e.evidence.line > 42, "{}: line {}", e.to, e.evidence.line);
    }
}

/// `trace` from a decree whose preamble stands on a law `được sửa đổi, bổ sung bởi Luật số
/// 67/2020/QH14 và Luật số 88/2025/QH15`: the amending laws are named under the law's step,
/// not as chains of their own (Nghị định 61/2026 of shared/corpus/real gave 19 chains, 15 of
/// them amending laws; now 5).
#[test]
fn trace_names_amending_laws_under_the_law_they_amend() {
    let graph = citegraph::scan_paths(&[PathBuf::from("tests/fixtures/real")]);
    let chains = citegraph::query::trace(&graph, "291/2026/NĐ-CP");
    let tops: Vec<&str> = chains.iter().map(|c| c[0].to).collect();
    assert_eq!(tops, ["63/2025/QH15", "15/2012/QH13", "125/2020/NĐ-CP"]);
    assert_eq!(chains[1][0].amended_by, ["67/2020/QH14", "88/2025/QH15"]);
    let text = citegraph::query::trace_text(&graph, "291/2026/NĐ-CP", &chains);
    assert!(text.contains("\n   sửa đổi, bổ sung bởi: Luật 67/2020/QH14, Luật 88/2025/QH15\n"), "{text}");
}

/// A law asked for by its name in small letters, as people type it, with its year.
#[test]
fn a_law_is_found_by_its_name_in_small_letters() {
    let graph = citegraph::scan_paths(&[PathBuf::from("tests/fixtures/real")]);
    // Without marks too, as hurried typists write it (UX re-audit 2146: no match, no hint).
    for q in [
        "luật xử lý vi phạm hành chính năm 2012",
        "Luật Xử lý vi phạm hành chính 2012",
        "luat xu ly vi pham hanh chinh nam 2012",
    ] {
        assert_eq!(&*citegraph::render::match_ref(&graph, q).expect(q).id, "15/2012/QH13", "{q}");
    }
}
