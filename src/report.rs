//! One self-contained HTML file a clerk opens in a browser: summary, diagram, a searchable
//! list of documents, every corpus text with each reference linked to what it cites, the
//! trace of each plan up to its central resolution, and the dangling and findings tables.
//!
//! Nothing is fetched: styles, script and the SVG are inline, fonts are the system's.

use crate::model::{Document, FileEntry, FileStatus, Graph, Mention};
use crate::render::dot::{DotOptions, html_escape as esc, html_escape_text};
use crate::render::svg::{Renderer, render_svg};
use crate::render::{DEFAULT_MAX_NODES, RenderError, Selection, anchor, doc_name, relation_label, select, short_date};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct Options {
    pub renderer: Renderer,
    /// Folder that the `path`s in graph.json are relative to (default: the current folder).
    pub text_root: Option<PathBuf>,
    pub max_nodes: usize,
    /// The document the diagram is drawn around (`Kế hoạch 104/KH-UBND`), as `render --focus`
    /// draws it, and how many links away from it; the most cited documents where none.
    pub focus: Option<String>,
    pub depth: usize,
    /// Whether each corpus document's text is shown with its references linked. Left out, a
    /// report of a large corpus is a fraction of the size (render audit 2174: 24.5 MB for
    /// real/, mostly its texts); each document keeps its relations, each place its file and
    /// line.
    pub texts: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            renderer: Renderer::Auto,
            text_root: None,
            max_nodes: DEFAULT_MAX_NODES,
            focus: None,
            depth: 2,
            texts: true,
        }
    }
}

/// How many places a row of the dangling table names; `… và N nơi khác` says how many more.
const DANGLING_PLACES: usize = 5;

pub struct Report {
    pub html: String,
    pub renderer: Renderer,
    /// Corpus files whose text could not be read again (the report says so where each would
    /// stand), with why.
    pub unread: Vec<(String, String)>,
}

const STYLE: &str = r#"
:root{--ink:#1f2933;--mute:#5f6b7a;--line:#d8dee6;--bg:#f6f7f9;--accent:#1f5fa8;--warn:#b3541e}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,"Segoe UI","DejaVu Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{background:#16324f;color:#fff;padding:18px 28px}
header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;color:#c9d6e6}
nav{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:8px 28px}
nav a{margin-right:18px;color:var(--accent);text-decoration:none;font-weight:600}
main{padding:8px 28px 60px;max-width:1400px}
section.block{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:18px 0}
h2{margin:0 0 10px;font-size:19px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:26px}
.card span{color:var(--mute);font-size:13px}
.note{color:var(--mute);font-size:13px}
.diagram{overflow:auto;max-height:80vh;border:1px solid var(--line);border-radius:6px;background:#fff}
.diagram svg{display:block;height:auto}
.diagram.fit svg{max-width:100%}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef2f6;position:sticky;top:41px}
td.n{text-align:right;font-variant-numeric:tabular-nums}
input[type=search]{font-size:15px;padding:6px 10px;width:360px;max-width:100%;border:1px solid #9aa7b5;border-radius:6px}
.doc{border-top:3px solid #16324f}
.doc h3{margin:0 0 4px;font-size:17px}
.meta{color:var(--mute);font-size:13px;margin-bottom:8px}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:14px/1.6 "DejaVu Serif",Georgia,serif;background:#fcfcfa;border:1px solid var(--line);border-radius:6px;padding:12px 14px;max-height:70vh;overflow:auto}
a.ref{background:#dcebfb;color:#0b3d78;border-radius:3px;padding:0 2px;text-decoration:none;border-bottom:2px solid #6fa3dc}
a.ref.dangling{background:#fdebd3;color:#7a3b06;border-bottom:2px dashed #d08a3c}
a.ref.inner{outline:1px solid currentColor;outline-offset:-1px;font-weight:600}
.unresolved{background:#eee}
:target{outline:3px solid #f2b134;outline-offset:2px;scroll-margin-top:60px}
tr:target td{background:#fff4d6}
.pill{display:inline-block;font-size:12px;padding:0 6px;border-radius:9px;background:#eef2f6;color:var(--mute)}
.pill.no{background:#fdebd3;color:#7a3b06}
.sev-error{color:#a11}.sev-warning{color:var(--warn)}.sev-info{color:var(--mute)}
ul.tree{list-style:none;margin:4px 0 8px;padding-left:14px}
ul.tree ul.tree{margin:2px 0 2px 4px;border-left:2px solid var(--line)}
ul.tree li{margin:4px 0}
.ev{font-size:12px;color:var(--mute);margin-left:4px}
.rel{font-size:12px;color:var(--mute)}
.legend span{display:inline-block;margin-right:12px;font-size:13px}
.legend i{display:inline-block;width:14px;height:12px;border-radius:3px;margin-right:4px;vertical-align:-1px;border:1px solid #999}
"#;

const SCRIPT: &str = r#"
(function(){
  function fold(s){return s.normalize('NFD').replace(/[\u0300-\u036f]/g,'').replace(/đ/g,'d').replace(/Đ/g,'D').toLowerCase();}
  var q=document.getElementById('q');
  var rows=Array.prototype.slice.call(document.querySelectorAll('#docs tbody tr'));
  rows.forEach(function(r){r.setAttribute('data-search',fold(r.textContent));});
  function apply(){
    var t=fold(q.value.trim()),n=0;
    rows.forEach(function(r){var ok=!t||r.getAttribute('data-search').indexOf(t)>=0;r.hidden=!ok;if(ok)n++;});
    document.getElementById('shown').textContent=n;
    return n;
  }
  q.addEventListener('input',apply);
  var p=new URLSearchParams(location.search).get('q');
  if(p){q.value=p;}
  apply();
  // Test hook: search from a script and get how many rows remain.
  window.citegraphSearch=function(s){q.value=s;return apply();};
  var d=document.getElementById('diagram'),b=document.getElementById('fit');
  if(b){b.addEventListener('click',function(){d.classList.toggle('fit');b.textContent=d.classList.contains('fit')?'Kích thước thật':'Vừa khung';});}
})();
"#;

fn level_text(d: &Document) -> &'static str {
    d.level.label()
}

/// Each document's label in the report, one no other document has ([`distinct_names`]).
/// With the documents by id.
struct Names<'g> {
    labels: HashMap<&'g str, String>,
    docs: HashMap<&'g str, &'g Document>,
}

impl Names<'_> {
    fn of(&self, d: &Document) -> String {
        self.labels.get(&*d.id).cloned().unwrap_or_else(|| doc_name(d))
    }
}

fn doc_link(d: &Document, names: &Names) -> String {
    format!("<a href=\"#{}\">{}</a>", anchor(&d.id), esc(&names.of(d)))
}

/// Where each reference has its place in the texts shown (`#m-N`), by its path, line and
/// column: a finding's location and a trace step's evidence link there (user audit: 164 of 221
/// findings' locations linked to the top of the document's section, 57 to nothing). A place
/// no reference starts at links to the reference on its line that holds it, else to the
/// section of the document whose file it is (a copy's too), else to nothing.
struct Places<'g> {
    at: HashMap<(&'g str, usize, usize), usize>,
    on_line: HashMap<(&'g str, usize), Vec<usize>>,
    mentions: &'g [Mention],
    doc_of: HashMap<&'g str, &'g str>,
}

impl<'g> Places<'g> {
    fn new(graph: &'g Graph, anchored: &[usize]) -> Self {
        let mut at = HashMap::new();
        let mut on_line: HashMap<(&str, usize), Vec<usize>> = HashMap::new();
        for &i in anchored {
            let m = &graph.mentions[i];
            at.entry((&*m.path, m.line, m.column)).or_insert(i);
            on_line.entry((&*m.path, m.line)).or_default().push(i);
        }
        let mut doc_of: HashMap<&str, &str> =
            graph.files.iter().filter_map(|f| Some((&*f.path, f.document.as_deref()?))).collect();
        for d in &graph.documents {
            if let Some(p) = &d.path {
                doc_of.entry(p).or_insert(&d.id);
            }
        }
        Places { at, on_line, mentions: &graph.mentions, doc_of }
    }

    /// The `#…` a place links to, if any.
    fn target(&self, path: &str, line: usize, column: usize) -> Option<String> {
        if let Some(i) = self.at.get(&(path, line, column)) {
            return Some(format!("m-{i}"));
        }
        let holding = self.on_line.get(&(path, line)).into_iter().flatten().find(|&&i| {
            let m = &self.mentions[i];
            let first_line = m.text.split('\n').next().unwrap_or("");
            column >= m.column && column < m.column + first_line.chars().count()
        });
        if let Some(i) = holding {
            return Some(format!("m-{i}"));
        }
        self.doc_of.get(path).map(|id| anchor(id))
    }

    /// `label` as a link to the reference `i` where it has its place, else to its file's.
    fn mention_link(&self, i: usize, label: &str) -> String {
        let m = &self.mentions[i];
        if self.at.get(&(&*m.path, m.line, m.column)) == Some(&i) {
            return format!("<a href=\"#m-{i}\">{}</a>", esc(label));
        }
        self.link(&m.path, m.line, m.column, label, None)
    }

    /// `label` as a link to the place, with `title` as its tooltip where given.
    fn link(&self, path: &str, line: usize, column: usize, label: &str, title: Option<&str>) -> String {
        let title = title.map(|t| format!(" title=\"{}\"", esc(t))).unwrap_or_default();
        match self.target(path, line, column) {
            Some(to) => format!("<a href=\"#{to}\"{title}>{}</a>", esc(label)),
            None if title.is_empty() => esc(label),
            None => format!("<span{title}>{}</span>", esc(label)),
        }
    }
}

fn strip_prolog(svg: &str) -> &str {
    svg.find("<svg").map(|i| &svg[i..]).unwrap_or(svg)
}

/// The folder every file read lies in (report audit 2213: the report did not say which corpus
/// it covers): the files' deepest common folder, as the scan named them.
fn corpus_folder(graph: &Graph) -> Option<String> {
    let mut common: Option<std::path::PathBuf> = None;
    for f in &graph.files {
        let parent = std::path::Path::new(&f.path).parent().unwrap_or(std::path::Path::new(""));
        common = Some(match common {
            None => parent.to_path_buf(),
            Some(c) => c.components().zip(parent.components()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect(),
        });
    }
    let folder = common?.display().to_string();
    Some(if folder.is_empty() { ".".to_string() } else { folder })
}

/// Tooltip of a reference, escaped for its `title` attribute: where it points, or for a
/// dangling one the parts it was read as. A field a line, each break a character reference
/// (report audit 2213: run together with spaces, `… một số điều của điểm: Điều 1 quan hệ: dẫn
/// chiếu`), so that the `<pre>`'s own breaks stay its lines; a break inside a field (a wrapped
/// title's) is a space, as [`esc`] makes it.
fn mention_title(m: &Mention, target: Option<&Document>, names: &Names) -> String {
    let mut parts = Vec::new();
    match target {
        Some(t) if t.in_corpus => parts.push(format!("→ {} ({})", names.of(t), relation_label(&m.relation))),
        Some(_) => parts.push("Chưa có trong kho".to_string()),
        None => parts.push(format!("Chưa xác định văn bản ({})", m.target)),
    }
    let fields: [(&str, Option<&str>); 10] = [
        ("loại", Some(&m.kind)),
        ("số", m.number.as_deref()),
        ("ký hiệu", m.symbol.as_deref()),
        ("năm", None),
        ("ngày", m.date_text.as_deref().or(m.date.as_deref())),
        ("cơ quan", m.issuer.as_deref()),
        ("trích yếu", m.subject.as_deref()),
        ("điểm", m.pinpoint.as_deref()),
        ("tên", m.name.as_deref()),
        ("quan hệ", Some(relation_label(&m.relation))),
    ];
    for (k, v) in fields {
        if k == "năm" {
            if let Some(y) = m.year {
                parts.push(format!("năm: {y}"));
            }
        } else if let Some(v) = v {
            parts.push(format!("{k}: {v}"));
        }
    }
    parts.iter().map(|p| esc(p)).collect::<Vec<_>>().join("&#10;")
}

/// The text of one file with its references made into links. Offsets that do not fall on
/// the text as read (the file changed since the scan) leave that reference unlinked.
/// `place` gives where an offset of the file falls in `text` (the offset itself where the file
/// is the text).
fn linked_text(
    text: &str,
    mentions: &[(usize, &Mention)],
    names: &Names,
    anchored: &mut Vec<usize>,
    place: impl Fn(usize) -> usize,
) -> (String, usize) {
    let mut out = String::with_capacity(text.len() * 11 / 10);
    let mut at = 0;
    let mut skipped = 0;
    // Where a mention's text stands in `text`: a mention's text leaves out the marks of
    // emphasis its span holds (`số **63/2025/QH15`), its end is then the span's. None where
    // the text there is not the mention's (the file changed since the scan).
    let raw_span = |m: &Mention| {
        let from = place(m.start);
        let to = match from + m.text.len() {
            to if text.get(from..to) == Some(m.text.as_str()) => to,
            _ => place(m.end),
        };
        from..to
    };
    let span = |m: &Mention| {
        let r = raw_span(m);
        text.get(r.clone()).is_some_and(|t| Mention::text_of(t) == m.text).then_some(r)
    };
    let link = |out: &mut String, i: usize, m: &Mention, id: bool, words: &str, inner: bool| {
        let target = names.docs.get(&*m.target).copied();
        let class = match target {
            Some(t) if t.in_corpus => "ref",
            Some(_) => "ref dangling",
            None => "ref unresolved",
        };
        let _ = write!(out, "<a class=\"{class}{}\"", if inner { " inner" } else { "" });
        if id {
            let _ = write!(out, " id=\"m-{i}\"");
        }
        let _ = write!(
            out,
            " href=\"#{}\" title=\"{}\">{}</a>",
            anchor(&m.target),
            mention_title(m, target, names),
            html_escape_text(words)
        );
    };
    let mut k = 0;
    while k < mentions.len() {
        let (i, m) = mentions[k];
        k += 1;
        // One inside a span already written, not as a link of its own: a place right after it.
        let r = raw_span(m);
        if r.start < at && r.end <= at {
            let _ = write!(out, "<span id=\"m-{i}\"></span>");
            anchored.push(i);
            continue;
        }
        let Some(outer) = span(m).filter(|r| r.start >= at) else {
            skipped += 1;
            continue;
        };
        out.push_str(&html_escape_text(&text[at..outer.start]));
        // References inside this one's span (a law named in an amending law's name, a decree
        // in a circular's title) are links of their own there, to their documents (audit of
        // session 42: 125 in the report of shared/corpus/real went nowhere): the outer link
        // goes on around them.
        let mut cursor = outer.start;
        let mut first = true;
        while let Some(&(j, n)) = mentions.get(k) {
            let Some(inner) = span(n).filter(|r| r.start >= cursor && r.end <= outer.end && *r != outer) else {
                break;
            };
            k += 1;
            if inner.start > cursor {
                link(&mut out, i, m, first, &text[cursor..inner.start], false);
            } else if first {
                let _ = write!(out, "<span id=\"m-{i}\"></span>");
            }
            first = false;
            link(&mut out, j, n, true, &text[inner.clone()], true);
            anchored.push(j);
            cursor = inner.end;
        }
        if cursor < outer.end || first {
            link(&mut out, i, m, first, &text[cursor..outer.end], false);
        }
        anchored.push(i);
        at = outer.end;
    }
    out.push_str(&html_escape_text(&text[at..]));
    (out, skipped)
}

/// One file's text with its references linked, into `h`; the file and why where it could not
/// be read.
fn text_html(
    h: &mut String,
    path: &str,
    by_path: &BTreeMap<&str, Vec<(usize, &Mention)>>,
    names: &Names,
    anchored: &mut Vec<usize>,
    opts: &Options,
    base: Option<&str>,
) -> Option<(String, String)> {
    // A name that is not UTF-8 is shown with `\xNN` for its bytes (`corpus::display_path`).
    let file = crate::corpus::path_from_display(path);
    let full = match (&opts.text_root, base) {
        (Some(root), _) => root.join(&file),
        // graph.json names files as scan was given them, from the folder it ran in.
        (None, Some(base)) if file.is_relative() && !file.exists() => Path::new(base).join(&file),
        (None, _) => file,
    };
    // Read as scan read it: a UTF-16 or Windows-1258 file, a Word document, a page's text.
    match crate::corpus::read(&full) {
        Ok((decoded, _)) => {
            let ms = by_path.get(path).map_or(&[][..], Vec::as_slice);
            let (body, skipped) = linked_text(decoded.text(), ms, names, anchored, |at| decoded.text_offset(at));
            if skipped > 0 {
                let _ = write!(
                    h,
                    "<p class=\"note\">{skipped} dẫn chiếu không khớp với tệp hiện tại (tệp đã đổi sau lần quét?): không tô.</p>"
                );
            }
            let _ = write!(h, "<pre class=\"text\">{body}</pre>");
            None
        }
        Err(e) => {
            let _ = write!(
                h,
                "<p class=\"note\">Không đọc được {}: {}</p>",
                esc(&full.display().to_string()),
                esc(&e.to_string())
            );
            Some((full.display().to_string(), e.to_string()))
        }
    }
}

/// A file's status as the report names it in Vietnamese, after `tệp` on its card.
fn status_label(status: FileStatus) -> &'static str {
    match status {
        FileStatus::Ok => "đã đọc",
        FileStatus::Skipped => "bỏ qua",
        FileStatus::Error => "lỗi",
    }
}

/// The files skipped or failed, each with why, as `graph.json`'s `files` has them: every input
/// file is accounted for in the report, those read in their documents' sections (report audit
/// 2197: two images and an empty file were counted as read, and named nowhere).
fn unread_files(graph: &Graph, h: &mut String) {
    let unread: Vec<&FileEntry> = graph.files.iter().filter(|f| f.status != FileStatus::Ok).collect();
    if unread.is_empty() {
        return;
    }
    let _ = write!(
        h,
        "<h3 id=\"unread-files\">Tệp không đọc ({})</h3><p class=\"note\">Lý do như lệnh scan ghi trong \
         graph.json.</p><table><thead><tr><th>Tệp</th><th>Tình trạng</th><th>Lý do</th></tr></thead><tbody>",
        unread.len()
    );
    for f in unread {
        let class = if f.status == FileStatus::Error { "sev-error" } else { "sev-info" };
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"{class}\">{}</td><td>{}</td></tr>",
            esc(&f.path),
            status_label(f.status),
            esc(f.reason.as_deref().unwrap_or(""))
        );
    }
    h.push_str("</tbody></table>");
}

/// What the steps of a trace tree are told with: the graph, the documents' labels, the
/// references' places, the documents the corpus cites in ways that disagree.
#[derive(Clone, Copy)]
struct Telling<'a, 'g> {
    graph: &'g Graph,
    names: &'a Names<'g>,
    places: &'a Places<'g>,
    doubts: &'a HashMap<&'g str, crate::query::Doubt<'g>>,
}

/// One document's `trace` as a tree: a step chains share is told once, and the steps each
/// goes on with stand under it (UX audit: the step of a district's plan to the province's plan
/// it carries out, with its sentence, headed each of its 7 chains). The chains go up depth
/// first, so those through a step follow one another. Each step as `trace` tells it: its
/// relation (`(suy ra)` where inferred), the document and the provision, the place and sentence
/// that prove it, the preamble's `Căn cứ` line where the step says a closer tie, and the laws
/// amending it or the other symbol it is cited under (UX re-audit 2150: the report had neither
/// the sentences nor the marks, and showed one notice under two symbols as two steps).
fn trace_tree(
    with: &Telling,
    chains: &[&[crate::query::Step]],
    depth: usize,
    stops: &mut crate::query::StopNotes,
    out: &mut String,
) {
    let Telling { graph, names, places, doubts } = *with;
    out.push_str("<ul class=\"tree\">");
    let mut rest = chains;
    while let Some(first) = rest.first() {
        let s = &first[depth];
        let n =
            rest.iter().take_while(|c| c.get(depth).is_some_and(|t| t.to == s.to && t.relation == s.relation)).count();
        let (through, after) = rest.split_at(n);
        rest = after;
        let name = names.docs.get(s.to).map(|d| doc_link(d, names)).unwrap_or_else(|| esc(s.to));
        let provision = s.pinpoint.map(|p| format!(" — {}", esc(&crate::query::one_line(p)))).unwrap_or_default();
        let _ = write!(
            out,
            "<li><span class=\"rel\">{}</span> {name}{provision}<div class=\"ev\">{}: {}</div>",
            esc(&crate::query::relation_word(s.relation, s.inferred)),
            places.link(s.path, s.line, s.column, &format!("{}:{}:{}", s.path, s.line, s.column), None),
            esc(s.sentence)
        );
        if let Some(b) = s.basis_too {
            let _ = write!(
                out,
                "<div class=\"ev basis\">căn cứ: {}: {}</div>",
                places.link(&b.path, b.line, b.column, &format!("{}:{}:{}", b.path, b.line, b.column), None),
                esc(&b.sentence)
            );
        }
        let labels = |ids: &[&str]| ids.iter().map(|id| esc(&crate::query::short_label(graph, id))).collect::<Vec<_>>();
        if let Some(note) = s.read_as_note() {
            let _ = write!(out, "<div class=\"note\">{}</div>", esc(&note));
        }
        if let Some(doubt) = doubts.get(s.to) {
            let at = doubt.at((s.path, s.line, s.column), s.reference, |p, l, c| format!("{p}:{l}:{c}"));
            let _ = write!(
                out,
                "<div class=\"note\">⚠ kho văn bản ghi văn bản này không thống nhất ({}{}): xem mục <a \
                 href=\"#findings\">Phát hiện</a></div>",
                esc(&crate::query::kind_labels(&doubt.kinds)),
                esc(&at)
            );
        }
        if !s.amended_by.is_empty() {
            let _ = write!(out, "<div class=\"note\">sửa đổi, bổ sung bởi: {}</div>", labels(&s.amended_by).join(", "));
        }
        if !s.also_cited_as.is_empty() {
            let _ = write!(out, "<div class=\"note\">cũng được ghi là: {}</div>", labels(&s.also_cited_as).join(", "));
        }
        // A chain that ends here short of the top says why, as `trace` does: in full the first
        // time in this document's tree, briefly after (report audit 2197: 15 times in full).
        if through.iter().any(|c| c.len() == depth + 1)
            && let Some((why, told)) = stops.of(names.docs.get(s.to).copied())
        {
            let _ = write!(out, "<div class=\"note\">({})</div>", why.note(told));
        }
        let on: Vec<&[crate::query::Step]> = through.iter().copied().filter(|c| c.len() > depth + 1).collect();
        if !on.is_empty() {
            trace_tree(with, &on, depth + 1, stops, out);
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// Builds the report.
pub fn render(graph: &Graph, opts: &Options) -> Result<Report, RenderError> {
    let docs: HashMap<&str, &Document> = graph.documents.iter().map(|d| (&*d.id, d)).collect();
    // Documents, not edges: a decree that stands on a law and cites it is one document citing
    // it, as the columns' titles say.
    let mut pairs: Vec<(&str, &str)> = graph.edges.iter().map(|e| (&*e.from, &*e.to)).collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut deg: HashMap<&str, (usize, usize)> = HashMap::new();
    for (from, to) in pairs {
        deg.entry(to).or_default().0 += 1;
        deg.entry(from).or_default().1 += 1;
    }
    // As `dangling` lists them: a document cited under two symbols is one text to look for.
    let dangling = crate::query::dangling(graph);
    let in_corpus = graph.documents.iter().filter(|d| d.in_corpus).count();
    let names = Names { labels: crate::render::distinct_names(&graph.documents), docs: docs.clone() };
    let mut h = String::with_capacity(256 * 1024);

    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"generator\" content=\"citegraph {}\">\
         <title>Báo cáo trích dẫn — citegraph</title><style>{STYLE}</style></head><body>\
         <header><h1>Báo cáo trích dẫn văn bản</h1><p>Văn bản nào dẫn chiếu văn bản nào, theo từng cấp ban hành — \
         tạo bởi citegraph {}</p></header>\
         <nav><a href=\"#summary\">Tổng quan</a><a href=\"#diagram-block\">Sơ đồ</a><a href=\"#documents\">Văn bản</a>\
         <a href=\"#traces\">Truy nguyên</a><a href=\"#texts\">Nội dung</a><a href=\"#dangling\">Chưa có trong kho</a>\
         <a href=\"#findings\">Phát hiện</a></nav><main>",
        env!("CARGO_PKG_VERSION"),
        env!("CARGO_PKG_VERSION")
    );

    // Summary. The files read, skipped and failed each counted, as `scan` counts them (report
    // audit 2197: "12 tệp đã đọc" where 9 were read and 3 skipped).
    h.push_str("<section class=\"block\" id=\"summary\"><h2>Tổng quan</h2><div class=\"cards\">");
    for status in [FileStatus::Ok, FileStatus::Skipped, FileStatus::Error] {
        let n = graph.files.iter().filter(|f| f.status == status).count();
        let _ = write!(h, "<div class=\"card\"><b>{n}</b><span>tệp {}</span></div>", status_label(status));
    }
    let cards = [
        (in_corpus + dangling.len(), "văn bản"),
        (in_corpus, "văn bản có trong kho"),
        (graph.mentions.len(), "lượt dẫn chiếu"),
        (graph.edges.len(), "quan hệ (cạnh)"),
        (dangling.len(), "văn bản chưa có trong kho"),
        (graph.findings.len(), "phát hiện"),
    ];
    for (n, label) in cards {
        let _ = write!(h, "<div class=\"card\"><b>{n}</b><span>{label}</span></div>");
    }
    h.push_str("</div>");
    if let Some(folder) = corpus_folder(graph) {
        let _ = write!(h, "<p class=\"note\">Kho: <code>{}</code></p>", esc(&folder));
    }
    unread_files(graph, &mut h);
    h.push_str("</section>");

    // Diagram.
    // Where only the built-in layout draws and the most cited documents are too tangled for it,
    // fewer of them: the report is still written.
    let mut sel =
        Selection { focus: opts.focus.clone(), depth: opts.depth, max_nodes: opts.max_nodes, ..Default::default() };
    let (view, svg, used) = loop {
        let view = select(graph, &sel)?;
        let subtitle = view.focus.and(crate::render::subtitle(&view, &sel));
        match render_svg(&view, &DotOptions { links: true, subtitle }, opts.renderer) {
            Err(RenderError::TooLargeForBuiltin(..)) if sel.max_nodes > 10 => sel.max_nodes /= 2,
            drawn => {
                let (svg, used) = drawn?;
                break (view, svg, used);
            }
        }
    };
    h.push_str("<section class=\"block\" id=\"diagram-block\"><h2>Sơ đồ trích dẫn</h2>");
    // Either renderer draws a document as a link to its section (audit 2221 found the built-in
    // layout's picture said to be clickable when it was not; now it is).
    let _ = write!(
        h,
        "<p class=\"note\">Mũi tên chỉ từ văn bản dẫn chiếu tới văn bản được dẫn; cấp cao ở trên. \
         Bấm vào một văn bản để tới phần của nó. Vẽ bằng {}. \
         <button id=\"fit\" type=\"button\">Kích thước thật</button></p>",
        esc(used.describe())
    );
    // What the picture is drawn around, as `render` captions it (report audit 2213: only a
    // thick border said so).
    if let Some(focus) = view.focus {
        let _ = write!(
            h,
            "<p class=\"note\">Sơ đồ quanh <b>{}</b>, độ sâu {}, {}.</p>",
            esc(&doc_name(focus)),
            sel.depth,
            crate::render::direction_label(sel.direction)
        );
    }
    // Not the command line's advice (`--focus REF`): who reads the report runs no command.
    if view.omitted() > 0 {
        let _ = write!(
            h,
            "<p class=\"note\">Sơ đồ vẽ {} trong {} văn bản (những văn bản có nhiều quan hệ nhất); bảng Văn bản \
             bên dưới liệt kê đủ.</p>",
            view.docs.len(),
            view.candidates
        );
    }
    if graph.edges.is_empty() {
        h.push_str("<p class=\"note\">graph.json chưa có quan hệ (edges): sơ đồ chỉ có các văn bản.</p>");
    }
    let _ = write!(h, "<div class=\"diagram fit\" id=\"diagram\">{}</div></section>", strip_prolog(&svg));

    // Documents.
    let mut sorted: Vec<&Document> = graph.documents.iter().collect();
    sorted.sort_by(|a, b| (a.level, &a.kind, &a.id).cmp(&(b.level, &b.kind, &b.id)));
    let _ = write!(
        h,
        "<section class=\"block\" id=\"documents\"><h2>Văn bản</h2>\
         <p><input id=\"q\" type=\"search\" placeholder=\"Tìm theo số, loại, cấp, ngày… (không cần dấu)\" autocomplete=\"off\"> \
         <span class=\"note\"><span id=\"shown\">{}</span> / {} mã văn bản{}</span></p>\
         <table id=\"docs\"><thead><tr><th>Văn bản</th><th>Loại</th><th>Cấp</th><th>Ngày</th>\
         <th title=\"số văn bản nó dẫn tới\">Dẫn tới</th><th title=\"số văn bản dẫn tới nó\">Được dẫn</th>\
         <th title=\"số lượt nhắc trong các văn bản\">Lượt nhắc</th><th>Trong kho</th></tr></thead><tbody>",
        sorted.len(),
        sorted.len(),
        // The cards count a document cited under two symbols once, as `dangling` does; here each
        // symbol has its row (render audit 2174: 2 013 on the card, 2 014 here, unexplained).
        match sorted.len() - (in_corpus + dangling.len()) {
            0 => String::new(),
            n => format!("; {n} là ký hiệu khác của một văn bản chưa có trong kho, nên Tổng quan đếm ít hơn {n}"),
        }
    );
    for d in &sorted {
        let (i, o) = deg.get(&*d.id).copied().unwrap_or((0, 0));
        let _ = write!(
            h,
            "<tr><td>{}<br><span class=\"note\">{}</span></td><td>{}</td><td>{}</td><td>{}</td>\
             <td class=\"n\">{o}</td><td class=\"n\">{i}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            doc_link(d, &names),
            esc(&d.title.as_deref().map(|t| crate::render::shorten(t, 90)).unwrap_or_default()),
            // A codification's articles come from many documents: said beside its kind, as it
            // is why such a text may cite later documents.
            if d.codified {
                format!("{}<br><span class=\"note\">văn bản pháp điển</span>", esc(&d.kind))
            } else {
                esc(&d.kind)
            },
            esc(level_text(d)),
            esc(&short_date(d).unwrap_or_default()),
            d.cited,
            if d.in_corpus { "<span class=\"pill\">có</span>" } else { "<span class=\"pill no\">chưa có</span>" }
        );
    }
    h.push_str("</tbody></table></section>");

    // Texts, written before the traces that link to their references' places.
    let before_texts = std::mem::take(&mut h);
    let mut anchored: Vec<usize> = Vec::new();
    let mut by_path: BTreeMap<&str, Vec<(usize, &Mention)>> = BTreeMap::new();
    for (i, m) in graph.mentions.iter().enumerate() {
        by_path.entry(&m.path).or_default().push((i, m));
    }
    for v in by_path.values_mut() {
        v.sort_by_key(|(_, m)| (m.start, std::cmp::Reverse(m.end)));
    }
    let mut unread = Vec::new();
    let mut files_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for f in graph.files.iter().filter(|f| f.status == FileStatus::Ok) {
        if let Some(d) = &f.document {
            files_of.entry(d).or_default().push(&f.path);
        }
    }
    h.push_str(if opts.texts {
        "<section class=\"block\" id=\"texts\"><h2>Nội dung văn bản trong kho</h2>\
        <p class=\"note\">Mỗi dẫn chiếu là một liên kết: <a class=\"ref\">xanh</a> tới văn bản có trong kho, \
        <a class=\"ref dangling\">cam</a> tới văn bản chưa có (rê chuột để xem các phần đã đọc được).</p></section>"
    } else {
        "<section class=\"block\" id=\"texts\"><h2>Văn bản trong kho</h2>\
        <p class=\"note\">Báo cáo này không kèm nội dung văn bản (--no-texts): mỗi văn bản còn các quan hệ của nó, \
        mỗi chỗ nhắc tới còn tệp và dòng.</p></section>"
    });
    for d in graph.documents.iter().filter(|d| d.in_corpus) {
        let _ = write!(
            h,
            "<section class=\"block doc\" id=\"{}\"><h3>{}</h3><div class=\"meta\">",
            anchor(&d.id),
            esc(&names.of(d))
        );
        let mut meta = vec![format!("cấp: {}", level_text(d))];
        if let Some(x) = short_date(d) {
            meta.push(format!("ngày: {x}"));
        }
        if let Some(x) = &d.issuer {
            meta.push(format!("cơ quan: {x}"));
        }
        if let Some(x) = &d.path {
            meta.push(format!("tệp: {x}"));
        }
        h.push_str(&esc(&meta.join(" · ")));
        h.push_str("</div>");
        if let Some(t) = &d.title {
            let _ = write!(h, "<p><b>{}</b></p>", esc(t));
        }
        for (label, outgoing) in [("Dẫn tới", true), ("Được dẫn bởi", false)] {
            let mut items: Vec<String> = graph
                .edges
                .iter()
                .filter(|e| if outgoing { e.from == d.id } else { e.to == d.id })
                .filter_map(|e| {
                    let other = docs.get(if outgoing { &*e.to } else { &*e.from })?;
                    Some(format!(
                        "<span class=\"rel\">{}</span> {}",
                        esc(relation_label(&e.relation)),
                        doc_link(other, &names)
                    ))
                })
                .collect();
            let mut seen = std::collections::HashSet::new();
            items.retain(|i| seen.insert(i.clone()));
            if !items.is_empty() {
                let _ = write!(h, "<p class=\"meta\">{label}: {}</p>", items.join(", "));
            }
        }
        // Every file of the document, a copy too: each reference is linked to in its own.
        let own: Vec<&str> = d.path.as_deref().into_iter().collect();
        for (n, path) in files_of.get(&*d.id).unwrap_or(&own).iter().enumerate() {
            if n > 0 {
                let _ = write!(h, "<p class=\"meta\">Bản khác của văn bản này: tệp {}</p>", esc(path));
            }
            if opts.texts {
                unread.extend(text_html(&mut h, path, &by_path, &names, &mut anchored, opts, graph.base.as_deref()));
            }
        }
        h.push_str("</section>");
    }

    let texts_html = std::mem::replace(&mut h, before_texts);
    let places = Places::new(graph, &anchored);

    // Traces.
    h.push_str(
        "<section class=\"block\" id=\"traces\"><h2>Truy nguyên lên văn bản gốc</h2>\
         <p class=\"note\">Theo các quan hệ căn cứ, thực hiện, hướng dẫn, từ mỗi văn bản trong kho lên tới văn bản \
         không còn dẫn lên đâu nữa. Bước chung của nhiều chuỗi ghi một lần, các bước đi tiếp từ nó ở bên dưới.</p>",
    );
    let mut any_trace = false;
    let doubts = crate::query::doubts(graph);
    let telling = Telling { graph, names: &names, places: &places, doubts: &doubts };
    for d in graph.documents.iter().filter(|d| d.in_corpus) {
        let chains = crate::query::trace(graph, &d.id);
        if chains.is_empty() {
            continue;
        }
        any_trace = true;
        let mut tops: Vec<&str> = Vec::new();
        for top in chains.iter().filter_map(|c| c.last()).map(|s| s.to) {
            if !tops.contains(&top) {
                tops.push(top);
            }
        }
        let tops: Vec<String> =
            tops.iter().map(|r| docs.get(r).map(|d| names.of(d)).unwrap_or_else(|| r.to_string())).collect();
        let _ = write!(h, "<details open><summary>{} ⇒ {}</summary>", esc(&names.of(d)), esc(&tops.join("; ")));
        let chains: Vec<&[crate::query::Step]> = chains.iter().map(Vec::as_slice).collect();
        trace_tree(&telling, &chains, 0, &mut Default::default(), &mut h);
        h.push_str("</details>");
    }
    if !any_trace {
        h.push_str("<p>Chưa có quan hệ căn cứ / thực hiện / hướng dẫn nào trong graph.json.</p>");
    }
    h.push_str("</section>");

    h.push_str(&texts_html);

    // Dangling.
    let _ = write!(
        h,
        "<section class=\"block\" id=\"dangling\"><h2>Văn bản được dẫn nhưng chưa có trong kho ({})</h2>{}\
         <p class=\"note\">Văn bản được nhiều tệp dẫn tới nhất ở trên; mỗi dòng nêu vài nơi nhắc tới.</p>\
         <table><thead><tr><th>Văn bản</th><th title=\"số tệp dẫn tới nó\">Số tệp dẫn</th>\
         <th title=\"số lượt nhắc tới nó\">Lượt nhắc</th><th>Cấp</th><th>Ngày</th><th>Cơ quan</th><th>Trích yếu</th>\
         <th>Nhắc tới ở</th></tr></thead><tbody>",
        dangling.len(),
        match dangling.iter().map(|d| d.also_cited_as.len()).sum::<usize>() {
            0 => String::new(),
            merged => format!(
                "<p class=\"note\">{} mã văn bản trong bảng Văn bản; {merged} trong số đó là ký hiệu khác của một văn \
                 bản có ở đây (cùng số, cùng ngày), được tính một lần (xem «cũng được ghi là»).</p>",
                dangling.len() + merged
            ),
        }
    );
    let index_of: HashMap<*const Mention, usize> =
        graph.mentions.iter().enumerate().map(|(i, m)| (m as *const Mention, i)).collect();
    // Ranked as `dangling` ranks them, by the files that cite each (user audit: unranked, and
    // one cell held the 162 places of one law, 19 KB).
    for entry in &dangling {
        let d = entry.document;
        let shown = crate::query::spread(&entry.mentions, DANGLING_PLACES);
        let mut cited_at: Vec<String> = shown
            .iter()
            .map(|m| {
                // The path as graph.json has it, as the scan was given it (`mine/…`), as every
                // section gives it (UX audit: here and in Phát hiện the file's name alone); with
                // the column, as every section gives it too (report audit 2197: three references
                // on one line were `…txt:23` three times).
                let label = format!("{}:{}:{}", m.path, m.line, m.column);
                match index_of.get(&(*m as *const Mention)) {
                    Some(&i) => places.mention_link(i, &label),
                    None => places.link(&m.path, m.line, m.column, &label, None),
                }
            })
            .collect();
        if entry.mentions.len() > shown.len() {
            cited_at.push(format!("… và {} nơi khác", entry.mentions.len() - shown.len()));
        }
        let ids = std::iter::once(&*d.id).chain(entry.also_cited_as.iter().copied());
        // Each symbol keeps its anchor: the references written with it link here.
        let anchors: String = ids.skip(1).map(|id| format!("<span id=\"{}\"></span>", anchor(id))).collect();
        let also = if entry.also_cited_as.is_empty() {
            String::new()
        } else {
            let labels: Vec<String> =
                entry.also_cited_as.iter().map(|id| crate::query::short_label(graph, id)).collect();
            format!("<div class=\"note\">cũng được ghi là: {}</div>", esc(&labels.join(", ")))
        };
        let _ = write!(
            h,
            "<tr id=\"{}\"><td>{anchors}<b>{}</b>{also}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td>\
             <td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            anchor(&d.id),
            esc(&names.of(d)),
            entry.files(),
            entry.mentions.len(),
            esc(level_text(d)),
            esc(&short_date(d).unwrap_or_default()),
            esc(d.issuer.as_deref().unwrap_or("")),
            esc(d.title.as_deref().unwrap_or("")),
            cited_at.join(", ")
        );
    }
    h.push_str("</tbody></table></section>");

    // Findings.
    let _ = write!(h, "<section class=\"block\" id=\"findings\"><h2>Phát hiện ({})</h2>", graph.findings.len());
    if graph.findings.is_empty() {
        h.push_str("<p class=\"note\">Không có.</p>");
    } else {
        h.push_str("<table><thead><tr><th>Mức</th><th>Loại</th><th>Nội dung</th><th>Vị trí</th></tr></thead><tbody>");
        let mut findings: Vec<_> = graph.findings.iter().collect();
        findings.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.kind.cmp(&b.kind)));
        for f in findings {
            let sev = f.severity.key();
            let locs: Vec<String> = f
                .locations
                .iter()
                .map(|l| {
                    let label = format!("{}:{}:{}", l.path, l.line, l.column);
                    places.link(&l.path, l.line, l.column, &label, Some(&l.text))
                })
                .collect();
            // The kind in Vietnamese, its code after it as `check` prints it.
            let _ = write!(
                h,
                "<tr><td class=\"sev-{sev}\">{}</td><td>{} <code>{}</code></td><td>{}</td><td>{}</td></tr>",
                crate::findings::severity_label(f.severity),
                esc(crate::findings::kind_label(&f.kind)),
                esc(&f.kind),
                esc(&f.message),
                locs.join("<br>")
            );
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</section></main>");
    let _ = writeln!(h, "<script>{SCRIPT}</script></body></html>");
    Ok(Report { html: h, renderer: used, unread })
}

/// Past this many bytes a report with the texts is slow to open, and [`size_note`] says so.
pub const LARGE_REPORT: usize = 10_000_000;

/// What to say of a report of `bytes` bytes, written with the texts or not: where it is large
/// and holds the texts, its size and the option that leaves them out (user audit: 24 MB for
/// real/, and nothing said that `--no-texts` writes 3.5).
pub fn size_note(bytes: usize, texts: bool) -> Option<String> {
    (texts && bytes > LARGE_REPORT).then(|| {
        format!(
            "the report is {:.1} MB, mostly the corpus texts; `citegraph report --no-texts` leaves them out (each \
             document keeps its relations, each place its file and line)",
            bytes as f64 / 1e6
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A province's plan, two communes' plans carrying it out, both numbered 15/KH-UBND, and
    /// the province's report naming both (clerk's folder, audit 2191).
    fn two_communes() -> Graph {
        crate::resolve::graph_of(&[
            ("mine/kh_tinh.txt", include_str!("../tests/fixtures/communes/kh_tinh.txt")),
            ("mine/kh_dienchau.txt", include_str!("../tests/fixtures/communes/kh_dienchau.txt")),
            ("mine/kh_vinhphu.txt", include_str!("../tests/fixtures/communes/kh_vinhphu.txt")),
            ("mine/bao_cao.txt", include_str!("../tests/fixtures/communes/bao_cao.txt")),
        ])
    }

    /// Two communes' plans of one number were two identical trace headings, and `Được dẫn
    /// bởi` named `Kế hoạch 15/KH-UBND` twice: each is named with its place, as `trace` does.
    #[test]
    fn two_communes_plans_of_one_number_are_told_apart() {
        let graph = two_communes();
        let plans: Vec<&Document> = graph.documents.iter().filter(|d| d.id.starts_with("15/KH-UBND")).collect();
        assert_eq!(plans.len(), 2, "{:#?}", graph.documents);
        assert!(plans.iter().all(|d| d.in_corpus), "{plans:#?}");
        let opts = Options { renderer: Renderer::Builtin, ..Default::default() };
        let html = render(&graph, &opts).unwrap().html;
        let traces = &html[html.find("id=\"traces\"").unwrap()..html.find("id=\"texts\"").unwrap()];
        for place in ["Diễn Châu", "Vinh Phú"] {
            assert_eq!(traces.matches(&format!("<summary>Kế hoạch 15/KH-UBND, {place} ⇒")).count(), 1, "{traces}");
        }
        // Each row of the documents table names one document.
        let table = &html[html.find("id=\"docs\"").unwrap()..];
        let table = &table[..table.find("</table>").unwrap()];
        let mut names: Vec<&str> = table
            .split("<tr><td><a href=\"#")
            .skip(1)
            .map(|r| &r[r.find('>').unwrap() + 1..r.find("</a>").unwrap()])
            .collect();
        let rows = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), rows, "{table}");
        // The report citing both names each once, with its place.
        let cited_by: Vec<&str> =
            html.split("<p class=\"meta\">Dẫn tới: ").skip(1).map(|p| &p[..p.find("</p>").unwrap()]).collect();
        assert!(
            cited_by
                .iter()
                .any(|p| p.contains("Kế hoạch 15/KH-UBND, Diễn Châu<") && p.contains("Kế hoạch 15/KH-UBND, Vinh Phú<")),
            "{cited_by:#?}"
        );
    }

    /// From shared/corpus/real (Nghị định 192/2026/NĐ-CP): a reference whose text leaves out
    /// the bold marks its span holds is linked over the span, marks and all.
    #[test]
    fn a_reference_in_bold_is_linked() {
        let text = "- Luật Tổ chức Chính phủ số **63/2025/QH15**;\n\
                    - Quyết định số **73/2011/QĐ-TTg** ngày 28/12/2011 — chế độ phụ cấp — **hết hiệu lực**.\n";
        let graph = crate::resolve::graph_of(&[("nd.md", text)]);
        let names = Names {
            labels: crate::render::distinct_names(&graph.documents),
            docs: graph.documents.iter().map(|d| (&*d.id, d)).collect(),
        };
        let ms: Vec<(usize, &Mention)> = graph.mentions.iter().enumerate().collect();
        let (html, skipped) = linked_text(text, &ms, &names, &mut Vec::new(), |at| at);
        assert_eq!((ms.len(), skipped), (2, 0), "{html}");
        assert!(html.contains(">Luật Tổ chức Chính phủ số **63/2025/QH15</a>**;"), "{html}");
        assert!(html.contains(">Quyết định số **73/2011/QĐ-TTg** ngày 28/12/2011</a> —"), "{html}");
    }

    #[test]
    fn a_large_report_with_its_texts_says_how_to_leave_them_out() {
        let note = size_note(24_078_427, true).expect("a note");
        assert!(note.contains("24.1 MB") && note.contains("--no-texts"), "{note}");
        assert_eq!(size_note(3_525_575, true), None);
        assert_eq!(size_note(24_078_427, false), None, "it has no texts to leave out");
    }

    /// A district's plan, 7 of whose chains go up through the province's plan it carries out:
    /// the report tells that step once, the steps above it under it, and tells each step in
    /// full as often as `trace` does (UX audit: the step and its sentence, 7 times).
    #[test]
    fn the_trace_tells_a_shared_step_once() {
        let (graph, plan) = crate::query::two_plans("mine/");
        let plan = &plan;
        let chains = crate::query::trace(&graph, plan);
        let through = chains.iter().filter(|c| c[0].to.starts_with("104/KH-UBND")).count();
        assert!(through >= 3, "{chains:#?}");
        let opts = Options { renderer: Renderer::Builtin, texts: false, ..Default::default() };
        let html = render(&graph, &opts).unwrap().html;
        let traces = &html[html.find("id=\"traces\"").unwrap()..html.find("id=\"texts\"").unwrap()];
        let district = &traces[traces.find("Kế hoạch 215/KH-UBND ⇒").expect("its trace")..];
        let district = &district[..district.find("</details>").unwrap()];
        let step = "Thực hiện Kế hoạch số 104/KH-UBND ngày 28/6/2022 của UBND tỉnh về";
        assert_eq!(district.matches(step).count(), 1, "{district}");
        // The steps above the province's plan stand in a list under its step.
        let under = &district[district.find(step).unwrap()..];
        let first_up = chains.iter().find(|c| c[0].to.starts_with("104/KH-UBND")).unwrap()[1].path;
        assert!(under.find("<ul class=\"tree\">").unwrap() < under.find(first_up).unwrap(), "{district}");
        // Each step told in full as often as `trace` tells it, with its place and sentence.
        let told_in = crate::query::told_in(&chains);
        let told: Vec<String> = chains
            .iter()
            .zip(&told_in)
            .flat_map(|(chain, told)| chain.iter().zip(told).filter(|(_, t)| t.is_none()))
            .map(|(s, _)| format!("{}:{}:{}", s.path, s.line, s.column))
            .collect();
        assert_eq!(district.matches("<div class=\"ev\">").count(), told.len(), "{told:?}\n{district}");
        for place in &told {
            // A link to the place (to the document's section here, whose text is not read).
            let linked =
                regex::Regex::new(&format!(r#"<div class="ev"><a href="\#[^"]+">{}</a>: "#, regex::escape(place)));
            assert!(linked.unwrap().is_match(district), "{place}\n{district}");
        }
    }
}
