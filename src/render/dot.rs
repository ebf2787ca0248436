//! The DOT text of a [`View`], built as a `graphviz-rust` syntax tree so that quoting is
//! done in one place.
//!
//! Layout: `rankdir=BT` puts the document an edge points to (the cited one) above the one
//! citing it, so resolutions sit over the plans that implement them. Each level gets a
//! heading; invisible edges through it keep every level strictly below the one above it,
//! whatever the real edges say. Levels are not clusters: Graphviz lays clusters out side by
//! side in a staircase, which made a five-file corpus ten thousand points wide.

use super::{RELATIONS, View, anchor, kind_color, node_id, node_label, node_tooltip, relation_label};
use crate::model::Document;
use crate::tables::Level;
use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph as DotGraph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::{BTreeMap, BTreeSet};

/// Documents that cite nothing drawn are stacked this many to a row, not in one endless row.
pub const ROW: usize = 8;
const FONT: &str = "DejaVu Sans";

#[derive(Clone, Debug, Default)]
pub struct DotOptions {
    /// Make each node a link to `#<anchor>` (for the HTML report).
    pub links: bool,
    /// A line under the title (for example which document the picture is focused on).
    pub subtitle: Option<String>,
}

/// A DOT double-quoted string. Backslashes are doubled so that Graphviz's own escapes
/// (`\N`, `\l`) cannot be triggered by text; line breaks become `\n` (centred lines). Other
/// control characters become spaces: Graphviz copies them into SVG, where XML forbids them
/// (a text layer's form feed at each page break, audit 2153).
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text inside an HTML-like label: XML escapes, and control characters as spaces.
pub fn html_escape(s: &str) -> String {
    escape(s, false)
}

/// A text shown as written (a file's in the report's `<pre>`): XML escapes, its line breaks
/// and tabs kept, other control characters as spaces.
pub fn html_escape_text(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, keep_breaks: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\r' | '\t' if keep_breaks => out.push(c),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), Id::Escaped(quote(v)))
}

fn plain(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), Id::Plain(v.to_string()))
}

fn nid(id: &str) -> NodeId {
    NodeId(Id::Escaped(quote(id)), None)
}

fn edge(from: &str, to: &str, attributes: Vec<Attribute>) -> Stmt {
    Stmt::Edge(DotEdge { ty: EdgeTy::Pair(Vertex::N(nid(from)), Vertex::N(nid(to))), attributes })
}

fn level_anchor(key: &str) -> String {
    format!("level:{key}")
}

fn doc_node(d: &Document, focus: bool, opts: &DotOptions) -> Stmt {
    let mut style = vec!["rounded", "filled"];
    if !d.in_corpus {
        style.push("dashed");
    }
    let mut attributes = vec![
        attr("label", &node_label(d)),
        attr("fillcolor", kind_color(&d.kind)),
        attr("style", &style.join(",")),
        attr("tooltip", &node_tooltip(d)),
        attr("id", &node_id(d)),
    ];
    if !d.in_corpus {
        attributes.push(attr("color", "#666666"));
    }
    if focus {
        attributes.push(plain("penwidth", "3"));
    }
    if opts.links {
        attributes.push(attr("href", &format!("#{}", anchor(&d.id))));
    }
    Stmt::Node(Node::new(nid(&d.id), attributes))
}

fn legend(view: &View) -> Stmt {
    let kinds: BTreeSet<&str> = view.docs.iter().map(|d| d.kind.as_str()).collect();
    let mut by_color: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for k in &kinds {
        by_color.entry(kind_color(k)).or_default().push(k);
    }
    let mut rows = String::from("<TR><TD COLSPAN=\"2\"><B>Chú giải</B></TD></TR>");
    let mut groups: Vec<(&str, Vec<&str>)> = by_color.into_iter().collect();
    groups.sort_by(|a, b| a.1.cmp(&b.1));
    for (color, ks) in groups {
        rows.push_str(&format!(
            "<TR><TD BGCOLOR=\"{color}\" STYLE=\"rounded\">  </TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            html_escape(&ks.join(", "))
        ));
    }
    rows.push_str(
        "<TR><TD BORDER=\"1\" STYLE=\"dashed\">  </TD><TD ALIGN=\"LEFT\">viền đứt: không có trong kho (dangling)</TD></TR>",
    );
    let used: BTreeSet<&str> = view.edges.iter().map(|(e, _)| e.relation.as_str()).collect();
    let names: Vec<String> = RELATIONS
        .iter()
        .filter(|(k, _)| used.contains(k))
        .map(|(k, v)| format!("{v} ({k})"))
        .chain(used.iter().filter(|u| !RELATIONS.iter().any(|(k, _)| k == *u)).map(|u| u.to_string()))
        .collect();
    if !names.is_empty() {
        rows.push_str(&format!(
            "<TR><TD>→</TD><TD ALIGN=\"LEFT\">mũi tên chỉ tới văn bản được dẫn: {}</TD></TR>",
            html_escape(&names.join(", "))
        ));
    }
    if view.edges.iter().any(|(e, _)| e.inferred) {
        rows.push_str("<TR><TD>⋯</TD><TD ALIGN=\"LEFT\">nét chấm: quan hệ suy ra (inferred)</TD></TR>");
    }
    let html = format!("<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">{rows}</TABLE>>");
    Stmt::Subgraph(Subgraph {
        id: Id::Plain("legend".into()),
        stmts: vec![
            Stmt::Attribute(plain("rank", "sink")),
            Stmt::Node(Node::new(
                nid("legend"),
                vec![
                    plain("shape", "plaintext"),
                    Attribute(Id::Plain("label".into()), Id::Html(html)),
                    plain("style", "solid"),
                ],
            )),
        ],
    })
}

/// The DOT syntax tree for a view.
pub fn build(view: &View, opts: &DotOptions) -> DotGraph {
    let mut stmts: Vec<Stmt> = Vec::new();
    let mut title = String::from("Sơ đồ trích dẫn");
    if let Some(s) = &opts.subtitle {
        title = format!("{title}\n{s}");
    }
    stmts.push(Stmt::GAttribute(GraphAttributes::Graph(vec![
        plain("rankdir", "BT"),
        attr("charset", "UTF-8"),
        attr("fontname", FONT),
        attr("label", &title),
        plain("labelloc", "t"),
        plain("fontsize", "16"),
        plain("nodesep", "0.25"),
        plain("ranksep", "0.45"),
    ])));
    stmts.push(Stmt::GAttribute(GraphAttributes::Node(vec![
        plain("shape", "box"),
        attr("fontname", FONT),
        plain("fontsize", "10"),
        plain("margin", "\"0.12,0.05\""),
    ])));
    stmts.push(Stmt::GAttribute(GraphAttributes::Edge(vec![
        attr("fontname", FONT),
        plain("fontsize", "9"),
        attr("color", "#444444"),
    ])));

    let citing: BTreeSet<&str> = view.edges.iter().map(|(e, _)| &*e.from).collect();
    let focus = view.focus.map(|f| &*f.id);
    let present: Vec<_> = Level::ALL.iter().filter(|l| view.docs.iter().any(|d| d.level == **l)).collect();
    let mut order: Vec<Stmt> = Vec::new();
    for (i, level) in present.iter().enumerate() {
        let key = level.key();
        let docs: Vec<&&Document> = view.docs.iter().filter(|d| d.level == **level).collect();
        let heading = level_anchor(key);
        stmts.push(Stmt::Node(Node::new(
            nid(&heading),
            vec![
                plain("shape", "plaintext"),
                attr("label", &format!("▼ {}", level.label())),
                plain("fontsize", "14"),
                attr("fontcolor", "#4a5a70"),
            ],
        )));
        for d in &docs {
            stmts.push(doc_node(d, focus == Some(&*d.id), opts));
        }
        let invis = || vec![plain("style", "invis")];
        for d in &docs {
            order.push(edge(&d.id, &heading, invis()));
        }
        if i > 0 {
            for u in view.docs.iter().filter(|d| d.level == *present[i - 1]) {
                order.push(edge(&heading, &u.id, invis()));
            }
        }
        // Stacking a document that cites nothing only lengthens the edges into it; a citing
        // one would be pulled above what it cites.
        let loose: Vec<&&&Document> = docs.iter().filter(|d| !citing.contains(&*d.id)).collect();
        for pair in loose.windows(ROW + 1) {
            order.push(edge(&pair[0].id, &pair[ROW].id, invis()));
        }
    }
    stmts.extend(order);

    for (e, count) in &view.edges {
        let mut label = relation_label(&e.relation).to_string();
        if *count > 1 {
            label = format!("{label} ×{count}");
        }
        let mut a = vec![attr("label", &label), attr("tooltip", &view.proof(e).sentence)];
        if e.inferred {
            a.push(plain("style", "dotted"));
        }
        if view.goes_down(e) {
            a.push(plain("constraint", "false"));
        }
        if matches!(crate::cues::as_amends(&e.relation), "amends" | "replaces" | "repeals" | "corrects") {
            a.push(attr("color", "#b03030"));
        }
        stmts.push(edge(&e.from, &e.to, a));
    }
    stmts.push(legend(view));
    DotGraph::DiGraph { id: Id::Plain("citations".into()), strict: false, stmts }
}

/// The DOT text for a view, one statement a line.
pub fn to_dot(view: &View, opts: &DotOptions) -> String {
    let mut ctx = PrinterContext::default();
    let mut text = build(view, opts).print(&mut ctx);
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    /// A text layer's form feed (two files of real/ hold one) went raw into Graphviz's SVG,
    /// which XML then refused (audit 2153); line breaks stay Graphviz's own.
    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(super::quote("a\u{c}b\u{1b}c\nd\re\\f\"g"), "\"a b c\\nde\\\\f\\\"g\"");
        assert_eq!(super::html_escape("a\u{c}<b>"), "a &lt;b&gt;");
    }
}
