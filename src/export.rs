//! The graph for other tools: CSV (spreadsheets, and Neo4j's `neo4j-admin import`, whose
//! header conventions `:ID`, `:START_ID`, `:END_ID`, `:TYPE`, `:LABEL` the files follow),
//! GraphML (Gephi, yEd, Cytoscape) and Cypher statements.

use crate::model::{Document, Edge, Graph, Mention};
use crate::render::RenderError;
use std::collections::HashMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn family(d: &Document) -> String {
    d.family.map(crate::scan::family_label).unwrap_or_default().to_string()
}

/// Neo4j relationship types are upper-case by convention: `implements` → `IMPLEMENTS`.
fn rel_type(r: &str) -> String {
    let t: String = r.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    if t.is_empty() { "CITES".into() } else { t }
}

/// The other files' places of an edge (`also` in graph.json), each as `path:line:column`,
/// the form an editor or `grep -n` opens. In CSV they are joined by `;`, the array delimiter
/// `neo4j-admin import` reads a `string[]` by (a path holding one would need its
/// `--array-delimiter`).
fn also(e: &Edge) -> Vec<String> {
    e.also.iter().map(|p| format!("{}:{}:{}", p.path, p.line, p.column)).collect()
}

/// The document each file holds, to start a mention's relationship from.
fn file_docs(graph: &Graph) -> HashMap<&str, &str> {
    graph.files.iter().filter_map(|f| Some((f.path.as_str(), f.document.as_deref()?))).collect()
}

/// The document a mention's relationship starts from: the one whose words it is (`by`, a
/// codified article's source), else the citing file's. A codifier's note is its own `by`
/// (no document's words, so no edge): it starts from the page that carries it, as a loop on
/// the document it names it left that document unconnected (47 only so cited on real/).
fn mention_source<'g>(m: &'g Mention, by_file: &HashMap<&str, &'g str>) -> Option<&'g str> {
    match m.by.as_deref() {
        Some(by) if by != &*m.target => Some(by),
        _ => by_file.get(&*m.path).copied(),
    }
}

/// Writes `documents.csv`, `edges.csv` and `mentions.csv` into `dir`, as `neo4j-admin
/// database import` reads them, and `files.csv` and `findings.csv`, tables for a spreadsheet
/// or Neo4j's `LOAD CSV`.
pub fn write_csv_dir(graph: &Graph, dir: &Path) -> Result<Vec<PathBuf>, RenderError> {
    write_csv_dir_with(graph, dir, false)
}

/// [`write_csv_dir`], each file opening with a byte order mark where `bom`: a spreadsheet
/// (Excel) reads UTF-8 without one in the system's code page, and Vietnamese comes out garbled.
pub fn write_csv_dir_with(graph: &Graph, dir: &Path, bom: bool) -> Result<Vec<PathBuf>, RenderError> {
    std::fs::create_dir_all(dir).map_err(|e| RenderError::io(dir, e))?;
    let open = |name: &str| -> Result<(Sheet, PathBuf), RenderError> {
        use std::io::Write;
        let path = dir.join(name);
        let mut file = std::fs::File::create(&path).map_err(|e| RenderError::io(&path, e))?;
        if bom {
            file.write_all("\u{FEFF}".as_bytes()).map_err(|e| RenderError::io(&path, e))?;
        }
        Ok((Sheet { w: csv::Writer::from_writer(file), for_spreadsheet: bom }, path))
    };

    let (mut w, nodes) = open("documents.csv")?;
    w.header([
        "id:ID",
        "kind",
        "number",
        "symbol",
        "year:int",
        "date",
        "issuer",
        "title",
        "name",
        "family",
        "place",
        "level",
        "path",
        "in_corpus:boolean",
        "codified:boolean",
        "cited:int",
        ":LABEL",
    ])?;
    for d in &graph.documents {
        w.row([
            d.id.to_string(),
            d.kind.clone(),
            opt(&d.number),
            opt(&d.symbol),
            opt(&d.year),
            opt(&d.date),
            opt(&d.issuer),
            opt(&d.title),
            opt(&d.name),
            family(d),
            opt(&d.place),
            d.level.key().to_string(),
            opt(&d.path),
            d.in_corpus.to_string(),
            d.codified.to_string(),
            d.cited.to_string(),
            if d.in_corpus { "Document;InCorpus" } else { "Document;Dangling" }.to_string(),
        ])?;
    }
    w.w.flush().map_err(|e| RenderError::io(&nodes, e))?;

    let (mut w, edges) = open("edges.csv")?;
    w.header([
        ":START_ID",
        ":END_ID",
        ":TYPE",
        "relation",
        "inferred:boolean",
        "path",
        "line:int",
        "column:int",
        "sentence",
        "also:string[]",
    ])?;
    for e in &graph.edges {
        w.row([
            e.from.to_string(),
            e.to.to_string(),
            rel_type(&e.relation),
            e.relation.to_string(),
            e.inferred.to_string(),
            e.evidence.path.to_string(),
            e.evidence.line.to_string(),
            e.evidence.column.to_string(),
            e.evidence.sentence.to_string(),
            also(e).join(";"),
        ])?;
    }
    w.w.flush().map_err(|e| RenderError::io(&edges, e))?;

    // A mention is a relationship from the citing document (`mention_source`) to the cited
    // one, so Neo4j can load it too; a spreadsheet reads it as one row per reference.
    let by_file = file_docs(graph);
    let (mut w, mentions) = open("mentions.csv")?;
    w.header([
        ":START_ID",
        ":END_ID",
        ":TYPE",
        "path",
        "line:int",
        "column:int",
        "start:int",
        "end:int",
        "text",
        "kind",
        "family",
        "number",
        "symbol",
        "year:int",
        "date",
        "date_text",
        "issuer",
        "subject",
        "pinpoint",
        "name",
        "relation",
    ])?;
    for (m, from) in graph.mentions.iter().filter_map(|m| Some((m, mention_source(m, &by_file)?))) {
        w.row([
            from.to_string(),
            m.target.to_string(),
            "MENTIONS".to_string(),
            m.path.to_string(),
            m.line.to_string(),
            m.column.to_string(),
            m.start.to_string(),
            m.end.to_string(),
            m.text.to_string(),
            m.kind.to_string(),
            crate::scan::family_label(m.family).to_string(),
            opt(&m.number),
            opt(&m.symbol),
            opt(&m.year),
            opt(&m.date),
            opt(&m.date_text),
            opt(&m.issuer),
            opt(&m.subject),
            opt(&m.pinpoint),
            opt(&m.name),
            m.relation.to_string(),
        ])?;
    }
    w.w.flush().map_err(|e| RenderError::io(&mentions, e))?;
    let files = write_files(graph, open("files.csv")?)?;
    let findings = write_findings(graph, &by_file, open("findings.csv")?)?;
    Ok(vec![nodes, edges, mentions, files, findings])
}

// files.csv and findings.csv are no node or relationship files for `neo4j-admin database
// import` (a finding's places are rows of their own, its index repeated): their headers are
// plain names, as a spreadsheet shows them and `LOAD CSV WITH HEADERS` reads them (`row.line`).

/// `files.csv`: one row per input file, as graph.json's `files[]`, with the document each
/// holds (`documents.csv`'s `id:ID`).
fn write_files(graph: &Graph, (mut w, path): (Sheet, PathBuf)) -> Result<PathBuf, RenderError> {
    w.header([
        "path",
        "name",
        "status",
        "reason",
        "bytes",
        "document",
        "mentions",
        "self_mentions",
        "format",
        "encoding",
        "offsets",
    ])?;
    for f in &graph.files {
        w.row([
            f.path.clone(),
            f.name.clone(),
            f.status.key().to_string(),
            opt(&f.reason),
            f.bytes.map_or_else(String::new, |b| b.to_string()),
            opt(&f.document),
            f.mentions.to_string(),
            f.self_mentions.to_string(),
            opt(&f.format),
            opt(&f.encoding),
            opt(&f.offsets),
        ])?;
    }
    w.w.flush().map_err(|e| RenderError::io(&path, e))?;
    Ok(path)
}

/// `findings.csv`: one row per place of a finding, so that a spreadsheet filters them by file
/// and Neo4j links each place to its document. `finding` is the finding's index in graph.json's
/// `findings[]` (its rows share it), `location` the place's among its `locations[]`: 0 is where
/// the finding is told, the others where what differs is written. A finding without a place
/// has one row, its place empty.
fn write_findings(
    graph: &Graph,
    by_file: &HashMap<&str, &str>,
    (mut w, path): (Sheet, PathBuf),
) -> Result<PathBuf, RenderError> {
    w.header([
        "finding",
        "kind",
        "severity",
        "message",
        "locations",
        "location",
        "path",
        "line",
        "column",
        "text",
        "document",
    ])?;
    for (i, f) in graph.findings.iter().enumerate() {
        let head = [
            i.to_string(),
            f.kind.clone(),
            f.severity.key().to_string(),
            f.message.clone(),
            f.locations.len().to_string(),
        ];
        let mut places: Vec<[String; 6]> = f
            .locations
            .iter()
            .enumerate()
            .map(|(j, l)| {
                [
                    j.to_string(),
                    l.path.to_string(),
                    l.line.to_string(),
                    l.column.to_string(),
                    l.text.clone(),
                    by_file.get(&*l.path).map(ToString::to_string).unwrap_or_default(),
                ]
            })
            .collect();
        if places.is_empty() {
            places.push(Default::default());
        }
        for place in places {
            w.row(head.iter().cloned().chain(place))?;
        }
    }
    w.w.flush().map_err(|e| RenderError::io(&path, e))?;
    Ok(path)
}

/// One CSV file being written.
struct Sheet {
    w: csv::Writer<std::fs::File>,
    /// Written for a spreadsheet (`--bom`): a cell that opens like a formula (`- Luật Tổ chức
    /// Chính phủ …`, a list item's sentence) is guarded by a `'`, or Excel shows `#NAME?`.
    for_spreadsheet: bool,
}

impl Sheet {
    fn header<const N: usize>(&mut self, names: [&str; N]) -> Result<(), csv::Error> {
        self.w.write_record(names)
    }

    fn row(&mut self, cells: impl IntoIterator<Item = String>) -> Result<(), csv::Error> {
        if self.for_spreadsheet {
            self.w.write_record(cells.into_iter().map(|c| spreadsheet_cell(&c).into_owned()))
        } else {
            self.w.write_record(cells)
        }
    }
}

/// What a spreadsheet shows as written: a `'` before a cell it would read as a formula
/// ([`opens_formula`]), which Excel shows as text.
pub fn spreadsheet_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if opens_formula(cell) { format!("'{cell}").into() } else { cell.into() }
}

/// Whether Excel reads a cell as a formula. `=` opens one whatever follows; so do a tab and a
/// carriage return, by the usual (OWASP) advice. `+`, `-` and `@` open one where what follows
/// them, past spaces, can open an operand: `- Luật Tổ chức Chính phủ …`, a list item's
/// sentence, is one (a space between names is Excel's intersection operator, and the names
/// are unknown: `#NAME?`), while a lone `-` or one before punctuation (`-…`, `- –`) is text.
/// LibreOffice Calc (7.4) reads none of `+`, `-`, `@` as a formula in a CSV, and `=` only
/// with "Evaluate formulas" on: the guard is for Excel.
pub fn opens_formula(cell: &str) -> bool {
    let mut chars = cell.chars();
    match chars.next() {
        Some('=' | '\t' | '\r') => true,
        Some('+' | '-' | '@') => chars.find(|c| !c.is_whitespace()).is_some_and(opens_operand),
        _ => false,
    }
}

/// A character an operand of an Excel formula can open with: a letter (a name, a function,
/// a reference), a digit or `.` (a number), a quote (a string, a sheet's name), a bracket (a
/// group, an array, a table), `$` (a fixed reference), `#` (an error value), `_` or `\` (a
/// name), or another sign (`--1`, `+@A1`).
fn opens_operand(c: char) -> bool {
    c.is_alphanumeric() || "._\\$#\"'([{+-=@".contains(c)
}

/// XML text or attribute value; characters XML 1.0 forbids are dropped, and line breaks and
/// tabs are written as references, which an attribute keeps (a raw one reads as a space).
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// GraphML with a `label` on every node (what Gephi and yEd show) and the document fields.
pub fn graphml(graph: &Graph) -> String {
    let node_keys: &[(&str, &str)] = &[
        ("label", "string"),
        ("kind", "string"),
        ("number", "string"),
        ("symbol", "string"),
        ("year", "int"),
        ("date", "string"),
        ("issuer", "string"),
        ("title", "string"),
        ("name", "string"),
        ("family", "string"),
        ("place", "string"),
        ("level", "string"),
        ("path", "string"),
        ("in_corpus", "boolean"),
        ("codified", "boolean"),
        ("cited", "int"),
    ];
    let edge_keys: &[(&str, &str)] = &[
        ("relation", "string"),
        ("inferred", "boolean"),
        ("evidence_path", "string"),
        ("evidence_line", "int"),
        ("evidence_column", "int"),
        ("sentence", "string"),
        ("also", "string"),
    ];
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (k, t) in node_keys {
        let _ = writeln!(s, "  <key id=\"n_{k}\" for=\"node\" attr.name=\"{k}\" attr.type=\"{t}\"/>");
    }
    for (k, t) in edge_keys {
        let _ = writeln!(s, "  <key id=\"e_{k}\" for=\"edge\" attr.name=\"{k}\" attr.type=\"{t}\"/>");
    }
    s.push_str("  <graph id=\"citations\" edgedefault=\"directed\">\n");
    for d in &graph.documents {
        let _ = writeln!(s, "    <node id=\"{}\">", xml(&d.id));
        let vals = [
            ("label", Some(crate::render::doc_name(d))),
            ("kind", Some(d.kind.clone())),
            ("number", d.number.clone()),
            ("symbol", d.symbol.clone()),
            ("year", d.year.map(|y| y.to_string())),
            ("date", d.date.clone()),
            ("issuer", d.issuer.clone()),
            ("title", d.title.clone()),
            ("name", d.name.clone()),
            ("family", d.family.map(|_| family(d))),
            ("place", d.place.clone()),
            ("level", Some(d.level.key().to_string())),
            ("path", d.path.clone()),
            ("in_corpus", Some(d.in_corpus.to_string())),
            ("codified", Some(d.codified.to_string())),
            ("cited", Some(d.cited.to_string())),
        ];
        for (k, v) in vals {
            if let Some(v) = v {
                let _ = writeln!(s, "      <data key=\"n_{k}\">{}</data>", xml(&v));
            }
        }
        s.push_str("    </node>\n");
    }
    for (i, e) in graph.edges.iter().enumerate() {
        let _ = writeln!(s, "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">", xml(&e.from), xml(&e.to));
        let vals = [
            ("relation", e.relation.to_string()),
            ("inferred", e.inferred.to_string()),
            ("evidence_path", e.evidence.path.to_string()),
            ("evidence_line", e.evidence.line.to_string()),
            ("evidence_column", e.evidence.column.to_string()),
            ("sentence", e.evidence.sentence.to_string()),
            ("also", also(e).join("\n")),
        ];
        for (k, v) in vals.into_iter().filter(|(k, v)| *k != "also" || !v.is_empty()) {
            let _ = writeln!(s, "      <data key=\"e_{k}\">{}</data>", xml(&v));
        }
        s.push_str("    </edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}

/// A Cypher string literal.
pub fn cypher_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Cypher statements, one per line, that are safe to run twice: documents merged on their id,
/// edges on their ends and relation (an edge is one per pair and relation in graph.json),
/// mentions on their ends and place (`path`, `start`, `end`: one reference).
pub fn cypher(graph: &Graph) -> String {
    let mut s = String::from(
        "// citegraph: citation graph as Cypher (run with cypher-shell < file)\n\
         CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;\n",
    );
    for d in &graph.documents {
        let mut props = vec![format!("kind: {}", cypher_str(&d.kind)), format!("level: {}", cypher_str(d.level.key()))];
        push_known(
            &mut props,
            [
                ("number", &d.number),
                ("symbol", &d.symbol),
                ("date", &d.date),
                ("issuer", &d.issuer),
                ("title", &d.title),
                ("name", &d.name),
                ("place", &d.place),
                ("path", &d.path),
            ],
        );
        if let Some(y) = d.year {
            props.push(format!("year: {y}"));
        }
        if d.family.is_some() {
            props.push(format!("family: {}", cypher_str(&family(d))));
        }
        props.push(format!("in_corpus: {}", d.in_corpus));
        props.push(format!("codified: {}", d.codified));
        props.push(format!("cited: {}", d.cited));
        // Run again on a grown corpus, a node is set anew: a document cited and then read
        // loses `Dangling`, and fields no longer known are removed.
        let (label, other) = if d.in_corpus { ("InCorpus", "Dangling") } else { ("Dangling", "InCorpus") };
        let _ = writeln!(
            s,
            "MERGE (d:Document {{id: {id}}}) SET d = {{id: {id}, {}}}, d:{label} REMOVE d:{other};",
            props.join(", "),
            id = cypher_str(&d.id),
        );
    }
    for e in &graph.edges {
        let _ = writeln!(
            s,
            "MATCH (a:Document {{id: {}}}), (b:Document {{id: {}}}) MERGE (a)-[r:{}]->(b) SET r = {{relation: {}, inferred: {}, path: {}, line: {}, column: {}, sentence: {}{}}};",
            cypher_str(&e.from),
            cypher_str(&e.to),
            rel_type(&e.relation),
            cypher_str(&e.relation),
            e.inferred,
            cypher_str(&e.evidence.path),
            e.evidence.line,
            e.evidence.column,
            cypher_str(&e.evidence.sentence),
            match also(e) {
                places if places.is_empty() => String::new(),
                places => format!(", also: [{}]", places.iter().map(|p| cypher_str(p)).collect::<Vec<_>>().join(", ")),
            }
        );
    }
    // Every reference, as mentions.csv has them: a document cited only where no edge is
    // drawn (a codifier's note) is still reached, and a pinpoint (`khoản 2 Điều 3`) kept.
    let by_file = file_docs(graph);
    for m in &graph.mentions {
        if let Some(from) = mention_source(m, &by_file) {
            let _ = writeln!(s, "{}", cypher_mention(m, from));
        }
    }
    s
}

/// Cypher properties for the fields that are known (`number: "…"`), in order; an unknown
/// field is left out, not set to null.
fn push_known<S: AsRef<str>, const N: usize>(props: &mut Vec<String>, fields: [(&str, &Option<S>); N]) {
    for (k, v) in fields {
        if let Some(v) = v {
            props.push(format!("{k}: {}", cypher_str(v.as_ref())));
        }
    }
}

/// One mention as a `MENTIONS` relationship, merged on its place and then set anew.
fn cypher_mention(m: &Mention, from: &str) -> String {
    let place = format!("path: {}, start: {}, end: {}", cypher_str(&m.path), m.start, m.end);
    let mut props = vec![
        place.clone(),
        format!("line: {}", m.line),
        format!("column: {}", m.column),
        format!("text: {}", cypher_str(&m.text)),
        format!("kind: {}", cypher_str(&m.kind)),
        format!("family: {}", cypher_str(crate::scan::family_label(m.family))),
        format!("relation: {}", cypher_str(&m.relation)),
    ];
    if let Some(y) = m.year {
        props.push(format!("year: {y}"));
    }
    push_known(
        &mut props,
        [
            ("number", &m.number),
            ("symbol", &m.symbol),
            ("date", &m.date),
            ("date_text", &m.date_text),
            ("issuer", &m.issuer),
            ("subject", &m.subject),
            ("pinpoint", &m.pinpoint),
            ("name", &m.name),
        ],
    );
    format!(
        "MATCH (a:Document {{id: {}}}), (b:Document {{id: {}}}) MERGE (a)-[r:MENTIONS {{{place}}}]->(b) SET r = {{{}}};",
        cypher_str(from),
        cypher_str(&m.target),
        props.join(", ")
    )
}
