//! Every export reads back: CSV with the `csv` crate, GraphML with `quick-xml`, Cypher with
//! a small literal reader.
mod common;

use citegraph::export::{cypher, graphml, write_csv_dir};
use quick_xml::events::Event;

fn graph_with_awkward_text() -> citegraph::model::Graph {
    let mut g = common::small_graph();
    g.documents[1].title = Some("về \"Chiến lược\", <giai đoạn> 2021–2030 & tầm nhìn; O'Neil\\x\ndòng\thai".into());
    g.edges[0].evidence.sentence = "- Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;".into();
    g
}

#[test]
fn csv_reads_back_with_neo4j_headers() {
    let g = graph_with_awkward_text();
    let dir = std::env::temp_dir().join(format!("citegraph-csv-{}", std::process::id()));
    let files = write_csv_dir(&g, &dir).unwrap();
    assert_eq!(files.len(), 5);
    let mut r = csv::Reader::from_path(dir.join("documents.csv")).unwrap();
    let h = r.headers().unwrap().clone();
    assert_eq!(&h[0], "id:ID");
    assert!(h.iter().any(|c| c == ":LABEL"));
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), g.documents.len());
    let title = h.iter().position(|c| c == "title").unwrap();
    assert_eq!(&rows[1][title], g.documents[1].title.as_deref().unwrap());
    assert!(rows.iter().any(|r| &r[0] == "12/2018/QĐ-TTg"));

    let mut r = csv::Reader::from_path(dir.join("edges.csv")).unwrap();
    let h = r.headers().unwrap().clone();
    assert_eq!((&h[0], &h[1], &h[2]), (":START_ID", ":END_ID", ":TYPE"));
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), g.edges.len());
    assert_eq!(&rows[0][2], "IMPLEMENTS");
    let ids: std::collections::HashSet<&str> = g.documents.iter().map(|d| &*d.id).collect();
    assert!(rows.iter().all(|r| ids.contains(&r[0]) && ids.contains(&r[1])), "every edge end is a node");

    let mut r = csv::Reader::from_path(dir.join("mentions.csv")).unwrap();
    assert_eq!(&r.headers().unwrap()[0], ":START_ID");
    // For a spreadsheet, a cell that opens like a formula is guarded (audit 2153: 702 sentences
    // of real/ opened with `-`, which Excel shows as `#NAME?`); for Neo4j it is as written.
    let sentence = |dir: &std::path::Path| {
        let mut r = csv::Reader::from_path(dir.join("edges.csv")).unwrap();
        let at = r.headers().unwrap().iter().position(|c| c == "sentence").unwrap();
        r.records().next().unwrap().unwrap()[at].to_string()
    };
    assert_eq!(sentence(&dir), "- Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;");
    citegraph::export::write_csv_dir_with(&g, &dir, true).unwrap();
    assert_eq!(sentence(&dir), "'- Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn csv_mentions_come_from_a_real_scan() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render/corpus");
    let g = citegraph::scan_paths(&[root]);
    let dir = std::env::temp_dir().join(format!("citegraph-csv-scan-{}", std::process::id()));
    write_csv_dir(&g, &dir).unwrap();
    let mut r = csv::Reader::from_path(dir.join("mentions.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), g.mentions.len());
    assert!(rows.iter().any(|r| &r[0] == "55/KH-UBND:2022@Tân Phú" && &r[1] == "104/KH-UBND:2022@Đồng Nai"));
    // For Neo4j no byte order mark; for a spreadsheet one, on every file (UX audit 2149: Excel
    // showed `documents.csv` garbled), and the same rows after it.
    let first = std::fs::read(dir.join("documents.csv")).unwrap();
    assert!(first.starts_with(b"id:ID,"));
    citegraph::export::write_csv_dir_with(&g, &dir, true).unwrap();
    for name in ["documents.csv", "edges.csv", "mentions.csv", "files.csv", "findings.csv"] {
        assert!(std::fs::read(dir.join(name)).unwrap().starts_with("\u{FEFF}".as_bytes()), "{name}");
    }
    assert_eq!(std::fs::read(dir.join("documents.csv")).unwrap()[3..], first[..]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn graphml_reads_back() {
    let g = graph_with_awkward_text();
    let text = graphml(&g);
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut nodes, mut edges, mut in_title, mut titles) = (0, 0, false, Vec::new());
    let mut ends = Vec::new();
    let mut current = String::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => match e.name().into_inner() {
                "node" => nodes += 1,
                "edge" => {
                    edges += 1;
                    for a in e.attributes() {
                        let a = a.unwrap();
                        if a.key.into_inner() == "target" {
                            ends.push(a.value.to_string());
                        }
                    }
                }
                "data" => {
                    in_title = e.attributes().any(|a| &*a.unwrap().value == "n_title");
                    current.clear();
                }
                _ => {}
            },
            // This quick-xml hands text and entity references over as separate events.
            Event::Text(t) if in_title => current.push_str(&t.into_inner()),
            Event::GeneralRef(r) if in_title => current.push(match r.resolve_char_ref() {
                Ok(Some(c)) => c,
                _ => match r.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    _ => '\'',
                },
            }),
            Event::End(e) if in_title && e.name().into_inner() == "data" => {
                titles.push(std::mem::take(&mut current));
                in_title = false;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(nodes, g.documents.len());
    assert_eq!(edges, g.edges.len());
    assert!(ends.contains(&"Luật Tiếp công dân".to_string()));
    assert!(titles.contains(g.documents[1].title.as_ref().unwrap()), "{titles:?}");
}

/// Reads the single-quoted literals of a Cypher line back into strings.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\'' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('r') => s.push('\r'),
                    Some(o) => s.push(o),
                    None => {}
                },
                '\'' => break,
                c => s.push(c),
            }
        }
        out.push(s);
    }
    out
}

#[test]
fn cypher_reads_back() {
    let g = graph_with_awkward_text();
    let text = cypher(&g);
    let merges: Vec<&str> = text.lines().filter(|l| l.starts_with("MERGE (d:Document")).collect();
    let creates: Vec<&str> =
        text.lines().filter(|l| l.starts_with("MATCH (a:Document") && !l.contains(":MENTIONS")).collect();
    assert_eq!(merges.len(), g.documents.len());
    assert_eq!(creates.len(), g.edges.len());
    assert!(text.lines().all(|l| l.is_empty() || l.starts_with("//") || l.ends_with(';')));
    let ids: Vec<String> = merges.iter().map(|l| literals(l)[0].clone()).collect();
    let want: Vec<String> = g.documents.iter().map(|d| d.id.to_string()).collect();
    assert_eq!(ids, want);
    assert!(literals(merges[1]).contains(g.documents[1].title.as_ref().unwrap()));
    // Run again on a grown corpus, nodes and relationships are set anew (audit 2153: a node
    // read since it was cited kept `Dangling` beside `InCorpus`, and fields no longer known).
    assert!(creates[0].contains("MERGE (a)-[r:IMPLEMENTS]->(b) SET r = {"), "{}", creates[0]);
    for (line, d) in merges.iter().zip(&g.documents) {
        let (label, other) = if d.in_corpus { ("InCorpus", "Dangling") } else { ("Dangling", "InCorpus") };
        assert!(line.contains("SET d = {id: "), "{line}");
        assert!(line.ends_with(&format!(", d:{label} REMOVE d:{other};")), "{line}");
    }
}

/// Every reference is a `MENTIONS` relationship in Cypher (audit of exports: none were, and
/// 47 documents of real/ named only in a codifier's note came out unconnected). The page of
/// Luật Trọng tài thương mại notes Thông tư 12/2012/TT-BTP as an article's source, and cites
/// it nowhere else: the relationship goes from the page's law, not from the circular to itself.
#[test]
fn cypher_holds_every_reference() {
    let g = citegraph::scan_paths(&[std::path::PathBuf::from("tests/fixtures/real")]);
    let text = cypher(&g);
    let mentions: Vec<&str> = text.lines().filter(|l| l.contains("-[r:MENTIONS {")).collect();
    assert_eq!(mentions.len(), g.mentions.len());
    assert!(!g.edges.iter().any(|e| &*e.to == "12/2012/TT-BTP"), "no edge reaches the circular");
    let note = g.mentions.iter().find(|m| &*m.target == "12/2012/TT-BTP").unwrap();
    let line = mentions
        .iter()
        .find(|l| l.contains(&format!("start: {}, end: {}}}]->(b)", note.start, note.end)))
        .expect("the note's relationship");
    let values = literals(line);
    assert_eq!((values[0].as_str(), values[1].as_str()), ("54/2010/QH12", "12/2012/TT-BTP"), "{line}");
    assert!(values.contains(&note.path.to_string()) && values.contains(&note.text.to_string()), "{line}");
    // Merged on its place, then set anew with every field it has, the pinpoint among them.
    assert!(
        line.contains(&format!(
            "SET r = {{path: '{}', start: {}, end: {}, line: {}, ",
            note.path, note.start, note.end, note.line
        )),
        "{line}"
    );
    let pinned = g.mentions.iter().find(|m| m.pinpoint.is_some()).expect("a pinpoint");
    let line =
        mentions.iter().find(|l| l.contains(&format!("start: {}, end: {}}}", pinned.start, pinned.end))).unwrap();
    assert!(
        line.contains(&format!("pinpoint: {}", citegraph::export::cypher_str(pinned.pinpoint.as_deref().unwrap()))),
        "{line}"
    );
    assert!(text.lines().all(|l| l.is_empty() || l.starts_with("//") || l.ends_with(';')));
    // mentions.csv starts each from the same document.
    let dir = std::env::temp_dir().join(format!("citegraph-csv-note-{}", std::process::id()));
    write_csv_dir(&g, &dir).unwrap();
    let mut r = csv::Reader::from_path(dir.join("mentions.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), g.mentions.len());
    assert!(rows.iter().any(|r| (&r[0], &r[1], &r[6]) == ("54/2010/QH12", "12/2012/TT-BTP", &*note.start.to_string())));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `--bom` guards what Excel would read as a formula, and only that (audit of exports: 702
/// cells of real/ were guarded without a word in the help). A list item's sentence is one
/// (`- Luật …`: names joined by Excel's intersection operator, the space); a lone dash or one
/// before punctuation is text, and stays as written.
#[test]
fn a_spreadsheet_s_csv_guards_what_excel_reads_as_a_formula() {
    let cells = [
        ("- Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", true),
        ("+ Nghị định số 10/2020/NĐ-CP", true),
        ("=1+1", true),
        ("@SUM(A1)", true),
        ("-1", true),
        ("-", false),
        ("- ", false),
        ("-…", false),
        ("- – nội dung", false),
        ("Luật - Nghị định", false),
    ];
    let mut g = common::small_graph();
    g.edges.truncate(1);
    let dir = std::env::temp_dir().join(format!("citegraph-csv-guard-{}", std::process::id()));
    for (cell, guarded) in cells {
        g.edges[0].evidence.sentence = cell.into();
        citegraph::export::write_csv_dir_with(&g, &dir, true).unwrap();
        let mut r = csv::Reader::from_path(dir.join("edges.csv")).unwrap();
        let at = r.headers().unwrap().iter().position(|c| c == "sentence").unwrap();
        let written = r.records().next().unwrap().unwrap()[at].to_string();
        let want = if guarded { format!("'{cell}") } else { cell.to_string() };
        assert_eq!(written, want);
        assert_eq!(citegraph::export::opens_formula(cell), guarded, "{cell}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The CSV holds the input files and the findings too (audit of exports: no export had
/// graph.json's `files[]` or `findings[]`): a row per file, and one per place of a finding,
/// each with the document of its file.
#[test]
fn csv_holds_files_and_findings() {
    let g = citegraph::scan_paths(&[
        std::path::PathBuf::from("tests/fixtures/real"),
        std::path::PathBuf::from("tests/fixtures/dated"),
        std::path::PathBuf::from("tests/fixtures/later"),
    ]);
    let dir = std::env::temp_dir().join(format!("citegraph-csv-files-{}", std::process::id()));
    write_csv_dir(&g, &dir).unwrap();
    let read = |name: &str| {
        let mut r = csv::Reader::from_path(dir.join(name)).unwrap();
        let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        let rows: Vec<Vec<String>> = r.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
        (header, rows)
    };
    let (header, rows) = read("files.csv");
    let col = |name: &str| header.iter().position(|c| c == name).unwrap();
    assert_eq!(rows.len(), 7);
    assert_eq!(rows.len(), g.files.len());
    for (row, f) in rows.iter().zip(&g.files) {
        assert_eq!(row[col("path")], f.path);
        assert_eq!(row[col("status")], "ok");
        assert_eq!(row[col("encoding")], "UTF-8");
        assert_eq!(Some(row[col("document")].as_str()), f.document.as_deref());
        assert_eq!(row[col("mentions")], f.mentions.to_string());
    }
    let law = rows.iter().find(|r| r[col("path")].ends_with("trong-tai-thuong-mai.md")).unwrap();
    assert_eq!(law[col("document")], "54/2010/QH12");

    let (header, rows) = read("findings.csv");
    assert_eq!(header.join(","), "finding,kind,severity,message,locations,location,path,line,column,text,document");
    let places: usize = g.findings.iter().map(|f| f.locations.len().max(1)).sum();
    assert!(!g.findings.is_empty());
    assert_eq!(rows.len(), places);
    // The plan of 12 March 2024 carries out a decision of 18 April 2024: told at the plan's line.
    let later = rows.iter().find(|r| r[1] == "cites-later-document").expect("the later circular");
    let finding = &g.findings[later[0].parse::<usize>().unwrap()];
    assert_eq!(finding.kind, "cites-later-document");
    assert_eq!((later[2].as_str(), later[3].as_str()), (finding.severity.key(), finding.message.as_str()));
    assert_eq!(later[5], "0");
    assert_eq!(later[9], finding.locations[0].text);
    assert_eq!(later[10], "45/KH-UBND:2024@Thọ Xuân");
    // Each finding's rows are its places, in order.
    for (i, f) in g.findings.iter().enumerate() {
        let mine: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == i.to_string()).collect();
        assert_eq!(mine.len(), f.locations.len().max(1));
        for (j, (row, l)) in mine.iter().zip(&f.locations).enumerate() {
            assert_eq!(
                (row[5].as_str(), row[6].as_str(), row[7].as_str()),
                (&*j.to_string(), &*l.path, &*l.line.to_string())
            );
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// An edge stated by several files keeps their places (`also`), in every export as in
/// graph.json (audit 2250: the exports wrote the first place only). On the seeds, 24-NQ/TW is
/// carried out by Kết luận 65-KL/TW in two plans' words; each place names a line that cites it.
#[test]
fn an_edge_s_other_places_are_exported() {
    let g = citegraph::scan_paths(&[std::path::PathBuf::from("data")]);
    let (i, e) = g.edges.iter().enumerate().find(|(_, e)| !e.also.is_empty()).expect("an edge stated twice");
    let places: Vec<String> = e.also.iter().map(|p| format!("{}:{}:{}", p.path, p.line, p.column)).collect();
    for p in &e.also {
        let text = std::fs::read_to_string(&*p.path).unwrap();
        let line = text.lines().nth(p.line - 1).unwrap();
        let to_number = e.to.split([':', '@']).next().unwrap();
        assert!(line.contains(to_number), "{}:{} does not name {}", p.path, p.line, e.to);
    }

    let dir = std::env::temp_dir().join(format!("citegraph-csv-also-{}", std::process::id()));
    write_csv_dir(&g, &dir).unwrap();
    let mut r = csv::Reader::from_path(dir.join("edges.csv")).unwrap();
    let at = r.headers().unwrap().iter().position(|c| c == "also:string[]").unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows[i][at].split(';').collect::<Vec<_>>(), places);
    let stated_once = g.edges.iter().position(|e| e.also.is_empty()).unwrap();
    assert_eq!(&rows[stated_once][at], "");
    std::fs::remove_dir_all(&dir).unwrap();

    let line = cypher(&g)
        .lines()
        .filter(|l| l.starts_with("MATCH (a:Document") && !l.contains(":MENTIONS"))
        .nth(i)
        .unwrap()
        .to_string();
    let quoted: Vec<String> = places.iter().map(|p| citegraph::export::cypher_str(p)).collect();
    assert!(line.contains(&format!(", also: [{}]}};", quoted.join(", "))), "{line}");
    let xml = graphml(&g);
    assert_eq!(xml.matches("<data key=\"e_also\">").count(), g.edges.iter().filter(|e| !e.also.is_empty()).count());
}
