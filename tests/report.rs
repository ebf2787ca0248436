//! The HTML report on a small real corpus (scanned, with edges read off the mentions since
//! the relation stage is not in this branch), checked as text and, when Chromium is
//! installed, as a page a browser renders.
mod common;

use citegraph::render::svg::Renderer;
use citegraph::report::{Options, render};
use regex::Regex;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus_graph() -> citegraph::model::Graph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render/corpus");
    let mut g = citegraph::scan_paths(&[root]);
    common::derive_edges(&mut g);
    g
}

fn ids(html: &str) -> HashSet<String> {
    Regex::new(r#"\bid="([^"]+)""#).unwrap().captures_iter(html).map(|c| c[1].to_string()).collect()
}

fn local_links(html: &str) -> Vec<String> {
    Regex::new(r##"href="#([^"]+)""##).unwrap().captures_iter(html).map(|c| c[1].to_string()).collect()
}

#[test]
fn every_reference_is_a_link_to_an_element_that_exists() {
    let g = corpus_graph();
    let mention_link = Regex::new(r#"class="ref[^"]*" id="m-"#).unwrap();
    let remote = Regex::new(r#"(src|href)="https?:"#).unwrap();
    for renderer in [Renderer::Builtin, Renderer::Auto] {
        let html = render(&g, &Options { renderer, ..Default::default() }).unwrap().html;
        let ids = ids(&html);
        for l in local_links(&html) {
            assert!(ids.contains(&l), "link #{l} has no target");
        }
        let highlighted = mention_link.find_iter(&html).count();
        assert_eq!(highlighted, g.mentions.len(), "every mention highlighted");
        assert!(html.contains("<svg"));
        assert!(!html.contains("<script src") && !html.contains("<link "), "self-contained");
        assert!(!remote.is_match(&html), "nothing fetched");
    }
    let html = render(&g, &Options::default()).unwrap().html;
    // 55/KH-UBND cites 104/KH-UBND, which is in the corpus: a plain link to its section.
    let plan = citegraph::render::anchor("104/KH-UBND:2022@Đồng Nai");
    assert!(html.contains("<a class=\"ref\" id=\"m-"));
    assert!(html.contains(&format!("href=\"#{plan}\"")));
    assert!(html.contains(&format!("<section class=\"block doc\" id=\"{plan}\"")));
    // 24-NQ/TW is only cited: dangling, with its parts in the tooltip.
    assert!(html.contains("class=\"ref dangling\""));
    assert!(html.contains("ký hiệu: NQ/TW"));
    // A field a line (report audit 2213: run together with spaces), and the folder read.
    assert!(html.contains("title=\"Chưa có trong kho&#10;loại: ") && html.contains("&#10;ký hiệu: NQ/TW&#10;"));
    assert!(html.contains("tests/fixtures/render/corpus</code>"), "the folder read");
    // Text is escaped, not interpreted.
    assert!(html.contains("&quot;phối hợp&quot; chặt chẽ &amp; báo cáo &lt;đúng hạn&gt;"));
    // Shown as written, line by line: the places `file:line` the report gives are there to
    // count (UX audit 2160: every line break had become a space).
    let texts: Vec<&str> =
        html.split("<pre class=\"text\">").skip(1).map(|t| &t[..t.find("</pre>").unwrap()]).collect();
    assert_eq!(texts.len(), g.files.len());
    for (text, file) in texts.iter().zip(&g.files) {
        let lines = std::fs::read_to_string(&file.path).unwrap().matches('\n').count();
        assert!(lines > 5 && text.matches('\n').count() == lines, "{}", file.path);
    }
    // The trace of the district plan reaches the party resolution.
    let traces = &html[html.find("id=\"traces\"").unwrap()..html.find("id=\"texts\"").unwrap()];
    assert!(traces.contains("Kế hoạch 55/KH-UBND ⇒"), "{traces}");
    assert!(traces.contains("Nghị quyết 24-NQ/TW"));
    // Each step as `trace` gives it: with the place and sentence that prove it.
    let steps = traces.matches("<li><span class=\"rel\">").count();
    assert!(steps > 0 && traces.matches("<div class=\"ev\">").count() == steps, "{traces}");
}

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|name| {
        std::env::var_os("PATH")?.to_str()?.split(':').map(|d| Path::new(d).join(name)).find(|p| p.is_file())
    })
}

fn dump_dom(browser: &Path, url: &str) -> String {
    let profile = std::env::temp_dir().join(format!("citegraph-chromium-{}-{}", std::process::id(), url.len()));
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .expect("run chromium");
    let _ = std::fs::remove_dir_all(&profile);
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_report_works_in_a_browser() {
    let Some(browser) = chromium() else {
        println!("SKIP: chromium is not installed (.ci/install-deps installs it)");
        return;
    };
    let g = corpus_graph();
    let html = render(&g, &Options::default()).unwrap().html;
    let dir = std::env::temp_dir().join(format!("citegraph-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.html");
    std::fs::write(&file, &html).unwrap();
    let url = format!("file://{}", file.display());

    let dom = dump_dom(&browser, &url);
    let diagram = &dom[dom.find("id=\"diagram\"").expect("diagram block")..];
    assert!(diagram[..diagram.find("</div>").unwrap()].contains("<svg"), "diagram drawn inline");
    let ids = ids(&dom);
    let refs = Regex::new(r##"<a class="ref" id="m-\d+" href="#([^"]+)""##).unwrap();
    let targets: Vec<String> = refs.captures_iter(&dom).map(|c| c[1].to_string()).collect();
    assert!(!targets.is_empty(), "a reference to a document in the corpus");
    for t in &targets {
        assert!(ids.contains(t), "reference target #{t} not in the rendered DOM");
    }
    let total = g.documents.len();
    assert!(dom.contains(&format!("<span id=\"shown\">{total}</span>")), "all rows shown without a search");

    // The page reads ?q= at load; search ignores diacritics.
    let dom = dump_dom(&browser, &format!("{url}?q=ke%20hoach%2055"));
    assert!(dom.contains("<span id=\"shown\">1</span>"), "search left one row");
    let tbody = &dom[dom.find("<table id=\"docs\">").unwrap()..];
    let tbody = &tbody[..tbody.find("</table>").unwrap()];
    assert_eq!(tbody.matches(" hidden=\"\"").count(), total - 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// From shared/corpus/real (Nghị định 291/2026/NĐ-CP): drawn without Graphviz, the diagram's
/// documents are links to their entries in the page, as Graphviz draws them (a clerk without
/// Graphviz clicked a node and nothing happened, and the page said to install Graphviz).
#[test]
fn the_builtin_diagram_links_each_document_to_its_entry() {
    let g =
        citegraph::scan_paths(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real/291-2026-ND-CP.md")]);
    let html = render(&g, &Options { renderer: Renderer::Builtin, ..Default::default() }).unwrap().html;
    let (svg, n) = drawn(&html);
    assert_eq!(n, g.documents.len(), "{svg}");
    let node = Regex::new(r##"<g id="node-([^"]+)" class="node"><title>[^<]+</title><a href="#([^"]+)">"##).unwrap();
    let links: Vec<(&str, &str)> =
        node.captures_iter(svg).map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str())).collect();
    assert_eq!(links.len(), n, "{svg}");
    let ids = ids(&html);
    for (node, target) in &links {
        assert_eq!(node, target, "a node links to its own document");
        assert!(ids.contains(*target), "#{target} is not in the page");
    }
    // The decree read has its section; a law only cited, its row among those not in the corpus.
    let decree = citegraph::render::anchor("291/2026/NĐ-CP");
    assert!(
        links.iter().any(|l| l.1 == decree) && html.contains(&format!("<section class=\"block doc\" id=\"{decree}\""))
    );
    let law = citegraph::render::anchor("67/2020/QH14");
    assert!(links.iter().any(|l| l.1 == law) && html.contains(&format!("<tr id=\"{law}\">")), "{law}");
    assert!(html.contains("Bấm vào một văn bản để tới phần của nó.") && !html.contains("Cài Graphviz"));

    // In a browser, a click on the middle of each box, on its label, meets its link.
    let Some(browser) = chromium() else {
        println!("SKIP: chromium is not installed (.ci/install-deps installs it)");
        return;
    };
    let probe = "<script>(function(){var hit=0,all=0;\
        document.querySelectorAll('#diagram g.node').forEach(function(g){all++;\
        var r=g.querySelector('rect');r.scrollIntoView({block:'center',inline:'center'});\
        var b=r.getBoundingClientRect(),el=document.elementFromPoint(b.left+b.width/2,b.top+b.height/2);\
        var a=el&&el.closest('a'),h=a&&a.getAttribute('href');\
        if(a&&el.closest('g.node')===g&&document.getElementById(h.slice(1)))hit++;});\
        var p=document.createElement('p');p.id='probe';p.textContent=hit+' of '+all;document.body.appendChild(p);})();\
        </script></body>";
    let dir = std::env::temp_dir().join(format!("citegraph-report-links-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.html");
    std::fs::write(&file, html.replace("</body>", probe)).unwrap();
    let dom = dump_dom(&browser, &format!("file://{}", file.display()));
    assert!(dom.contains(&format!("<p id=\"probe\">{n} of {n}</p>")), "{}", &dom[dom.len().saturating_sub(300)..]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The diagram's SVG and how many documents it draws (the built-in layout's document nodes;
/// the levels' headings are not).
fn drawn(html: &str) -> (&str, usize) {
    let start = html.find("id=\"diagram\">").expect("diagram");
    let end = start + html[start..].find("</section>").expect("its end");
    let svg = &html[start..end];
    (svg, svg.matches(" class=\"node\"").count())
}

/// A clerk's briefing wants the plan and what stands around it, not the most cited laws (UX
/// audit 2149: the report had no `--focus`).
#[test]
fn the_report_s_diagram_may_be_drawn_around_one_document() {
    let g = corpus_graph();
    let whole = render(&g, &Options { renderer: Renderer::Builtin, ..Default::default() }).unwrap().html;
    let focus =
        Options { renderer: Renderer::Builtin, focus: Some("55/KH-UBND".into()), depth: 1, ..Default::default() };
    let around = render(&g, &focus).unwrap().html;
    let ((svg, n), (_, all)) = (drawn(&around), drawn(&whole));
    assert!(svg.contains("55/KH-UBND"), "{svg}");
    assert!(0 < n && n < all, "{n} of {all}");
    // And says so, as `render` captions it (report audit 2213: only a thick border did).
    assert!(around.contains("Sơ đồ quanh <b>Kế hoạch 55/KH-UBND</b>, độ sâu 1, hai chiều."), "{around}");
    assert!(!whole.contains("Sơ đồ quanh"));
    // A document the graph does not hold is an error, not a report of everything.
    let missing = Options { focus: Some("999/KH-XYZ".into()), ..Default::default() };
    assert!(render(&g, &missing).is_err());
}

/// The documents table counts documents, as its columns' titles say (`số văn bản dẫn tới
/// nó`): a report that stands on 65-KL/TW and also cites it is one document citing it, not
/// two. Before, the column counted edges (3 for 65-KL/TW in data/, cited by 2 documents).
#[test]
fn the_documents_table_counts_citing_documents_not_edges() {
    let g = citegraph::scan_paths(&[PathBuf::from("data")]);
    let id = "65-KL/TW:2019";
    let edges = g.edges.iter().filter(|e| &*e.to == id).count();
    let citing: HashSet<&str> = g.edges.iter().filter(|e| &*e.to == id).map(|e| &*e.from).collect();
    assert!(edges > citing.len(), "{edges} edges from {} documents: no case for the test", citing.len());
    let html = render(&g, &Options { renderer: Renderer::Builtin, ..Default::default() }).unwrap().html;
    let table = &html[html.find("<table id=\"docs\"").unwrap()..];
    let anchor = citegraph::render::anchor(id);
    let row = table.split("<tr>").find(|r| r.contains(&format!("href=\"#{anchor}\""))).expect("row of 65-KL/TW");
    let counts: Vec<&str> = Regex::new(r#"<td class="n">(\d+)</td>"#)
        .unwrap()
        .captures_iter(row)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    assert_eq!(counts[1], citing.len().to_string(), "{row}");
}

/// On shared/corpus/real the report had 1 235 links to nothing (UX audit 2143): the texts of
/// a document's second copy were left out, and a reference inside another's span (a law in
/// an amending law's name) had no place of its own. Every reference now has one.
#[test]
fn every_reference_has_a_place_copies_and_nested_ones_too() {
    let dir = std::env::temp_dir().join(format!("citegraph-report-copies-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real");
    for entry in std::fs::read_dir(&real).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let name = "da-nganh__nghi-quyet-31-2026-qh16-ky-hop-thu-nhat.md";
    // Saved apart, a line break more: a copy byte for byte is skipped as one.
    let mut second = std::fs::read(real.join(name)).unwrap();
    second.push(b'\n');
    std::fs::write(dir.join(format!("copy-{name}")), second).unwrap();
    let g = citegraph::scan_paths(std::slice::from_ref(&dir));
    assert!(g.findings.iter().any(|f| f.kind == "duplicate-document"));
    let nested = g.mentions.windows(2).filter(|w| w[0].path == w[1].path && w[1].start < w[0].end).count();
    assert!(nested > 0);
    let opts = Options { renderer: Renderer::Builtin, max_nodes: 12, ..Default::default() };
    let html = render(&g, &opts).unwrap().html;
    let ids = ids(&html);
    for i in 0..g.mentions.len() {
        assert!(ids.contains(&format!("m-{i}")), "mention {i} ({:?}) has no place", g.mentions[i].text);
    }
    for l in local_links(&html) {
        assert!(ids.contains(&l), "link #{l} has no target");
    }
    // A reference inside another's span is a link of its own, to its own document, inside
    // the outer one's text (125 in the report of shared/corpus/real went nowhere).
    let inner: Vec<usize> = (1..g.mentions.len())
        .filter(|&j| {
            let (a, b) = (&g.mentions[j - 1], &g.mentions[j]);
            a.path == b.path && b.start >= a.start && b.end <= a.end && (b.start, b.end) != (a.start, a.end)
        })
        .collect();
    assert!(!inner.is_empty());
    for j in inner {
        let linked = Regex::new(&format!(r##"<a class="[^"]*\binner" id="m-{j}" href="#([^"]+)""##)).unwrap();
        let to = linked.captures(&html).map(|c| c[1].to_string());
        assert!(to.is_some(), "mention {j} ({:?}) is no link", g.mentions[j].text);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A report written into the folder scanned was read back as a document citing all the
/// corpus cites (UX audit 2143: 75 references became 412): it is skipped, and said to be.
#[test]
fn a_report_in_the_folder_scanned_is_not_read_back() {
    let dir = std::env::temp_dir().join(format!("citegraph-report-self-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let g = corpus_graph();
    let html = render(&g, &Options { renderer: Renderer::Builtin, max_nodes: 12, ..Default::default() }).unwrap().html;
    std::fs::write(dir.join("report.html"), html).unwrap();
    std::fs::write(dir.join("ke_hoach.html"), "<html><body>Thực hiện Kế hoạch số 104/KH-UBND.</body></html>").unwrap();
    let again = citegraph::scan_paths(std::slice::from_ref(&dir));
    let report = again.files.iter().find(|f| f.path.ends_with("report.html")).unwrap();
    assert_eq!(report.status, citegraph::model::FileStatus::Skipped);
    assert_eq!(report.reason.as_deref(), Some("a report citegraph wrote, not a source document"));
    assert_eq!(again.mentions.len(), 1, "{:?}", again.mentions);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// On the sample corpus: a notice cited as `01-TT/TU` and as `01-TTr/TU` is one text to look
/// for, as `dangling` lists it, and the cards add up (UX audit 2160: the report said 56 where
/// `dangling` said 54).
#[test]
fn the_report_counts_dangling_documents_as_dangling_does() {
    // A report citing one notice under two symbols of one day that nothing tells apart.
    let akin = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akin");
    let g = citegraph::scan_paths(&[akin]);
    let html = render(&g, &Options::default()).unwrap().html;
    let listed = citegraph::query::dangling(&g);
    assert!(listed.len() < g.documents.iter().filter(|d| !d.in_corpus).count());
    assert!(html.contains(&format!("chưa có trong kho ({})</h2>", listed.len())), "heading");
    let card = |label: &str| -> usize {
        let at = html.find(&format!("</b><span>{label}</span>")).unwrap();
        html[..at].rsplit("<b>").next().unwrap().parse().unwrap()
    };
    assert_eq!(card("văn bản"), card("văn bản có trong kho") + card("văn bản chưa có trong kho"));
    // The documents table has a row for each symbol, and says why it holds more (render audit
    // 2174).
    let merged = g.documents.len() - card("văn bản");
    assert_eq!(merged, 1, "12-TB/VPTU");
    assert!(html.contains(&format!("/ {} mã văn bản; 1 là ký hiệu khác", g.documents.len())), "table note");
    let row =
        &html[html.find(&format!("<tr id=\"{}\"", citegraph::render::anchor("12-TB/TU:2023@Quảng Ngãi"))).unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains(&format!("id=\"{}\"", citegraph::render::anchor("12-TB/VPTU:2023@Quảng Ngãi"))), "{row}");
    assert!(row.contains("cũng được ghi là: Thông báo 12-TB/VPTU"), "{row}");
    let ids = ids(&html);
    assert!(local_links(&html).iter().all(|l| ids.contains(l)));
}

/// A file scan decoded (UTF-16, Windows-1258, TCVN3, a Word document, a stray byte) is shown
/// as scan read it, its references linked, and so is one whose name is not UTF-8 (UX audit
/// 2166: six of thirteen texts were "no longer UTF-8", and the odd name "moved since the scan").
#[test]
fn every_text_scan_read_is_shown_with_its_references() {
    let dir = tempfile::tempdir().unwrap();
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/input");
    for entry in std::fs::read_dir(&input).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let odd = std::ffi::OsStr::from_bytes(b"b\xe1o c\xe1o.txt");
        std::fs::copy(input.join("unicode.txt"), dir.path().join(odd)).unwrap();
    }
    let g = citegraph::scan_paths(&[dir.path().to_path_buf()]);
    let read = g.files.iter().filter(|f| f.status == citegraph::model::FileStatus::Ok).count();
    assert!(read >= 14, "{:?}", g.files);
    let html = render(&g, &Options { renderer: Renderer::Builtin, max_nodes: 12, ..Default::default() }).unwrap().html;
    assert_eq!(html.matches("<pre class=\"text\">").count(), read);
    assert!(!html.contains("Không đọc được") && !html.contains("không khớp"), "a text is missing or unlinked");
    let linked = Regex::new(r#"class="ref[^"]*" id="m-"#).unwrap().find_iter(&html).count();
    assert_eq!(linked, g.mentions.len());
    // The Windows-1258 text is shown decoded, its words as Vietnamese writes them.
    assert!(html.matches("Chiến lược công tác dân tộc").count() >= read);
}

/// Without the texts (render audit 2174: the report of real/ was 24.5 MB, mostly its texts),
/// the report is smaller, every link still lands, and each place a dangling document is cited
/// is still named by its file and line.
#[test]
fn a_report_without_texts_keeps_its_links_and_places() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let g = citegraph::scan_paths(&[data]);
    let full = render(&g, &Options { renderer: Renderer::Builtin, ..Options::default() }).unwrap().html;
    let lean = render(&g, &Options { renderer: Renderer::Builtin, texts: false, ..Options::default() }).unwrap().html;
    // At least the texts' own bytes fewer.
    let texts: u64 = g.files.iter().filter_map(|f| f.bytes).sum();
    assert!(full.len() - lean.len() > texts as usize, "{} of {}, texts {texts}", lean.len(), full.len());
    assert!(!lean.contains("id=\"m-"));
    let ids = ids(&lean);
    let broken: Vec<String> = local_links(&lean).into_iter().filter(|l| !ids.contains(l)).collect();
    assert!(broken.is_empty(), "{broken:?}");
    assert!(lean.contains("000_abefebc9fb273886.txt:21"), "a place of the plan 104/KH-UBND");
    assert!(lean.contains("không kèm nội dung văn bản (--no-texts)"));
}

/// The files of `from` and a second copy of `name`, saved apart (a line break more: a copy
/// byte for byte is skipped as one), scanned in `dir`.
fn with_a_copy(from: &str, name: &str, dir: &Path) -> citegraph::model::Graph {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(from);
    for entry in std::fs::read_dir(&from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let mut second = std::fs::read(from.join(name)).unwrap();
    second.push(b'\n');
    std::fs::write(dir.join(format!("copy-{name}")), second).unwrap();
    citegraph::scan_paths(&[dir.to_path_buf()])
}

/// The `#…` each `>label</a>` of `html` links to.
fn link_to<'h>(html: &'h str, label: &str) -> Option<&'h str> {
    let end = html.find(&format!(">{label}</a>"))?;
    let open = html[..end].rfind("<a href=\"#")?;
    let href = &html[open + 10..end];
    Some(&href[..href.find('"')?])
}

/// User audit: of 221 places of findings in the report of real/, 164 linked to the top of the
/// document's section and 57 (in second copies of a file) to nothing, though 173 were where a
/// reference has its place `#m-N`. Each links to the reference there, else to its file's
/// section; so does each trace step's place.
#[test]
fn each_finding_s_place_links_to_the_reference_there() {
    let dir = tempfile::tempdir().unwrap();
    let g = with_a_copy("data", "000_abefebc9fb273886.txt", dir.path());
    let html = render(&g, &Options { renderer: Renderer::Builtin, max_nodes: 12, ..Default::default() }).unwrap().html;
    let findings = &html[html.find("id=\"findings\"").unwrap()..];
    let at: std::collections::HashMap<(&str, usize, usize), usize> =
        g.mentions.iter().enumerate().rev().map(|(i, m)| ((&*m.path, m.line, m.column), i)).collect();
    let (mut to_mention, mut in_copy) = (0, 0);
    for l in g.findings.iter().flat_map(|f| &f.locations) {
        let label = format!("{}:{}:{}", l.path, l.line, l.column);
        let href = link_to(findings, &label).unwrap_or_else(|| panic!("{label} is no link"));
        if let Some(i) = at.get(&(&*l.path, l.line, l.column)) {
            assert_eq!(href, format!("m-{i}"), "{label}");
            to_mention += 1;
        }
        in_copy += usize::from(l.path.contains("copy-"));
    }
    assert!(to_mention > 0 && in_copy > 0, "{to_mention} at references, {in_copy} in the copy: no case for the test");
    // Each trace step's place, as `trace` gives it, links to the reference there.
    let traces = &html[html.find("id=\"traces\"").unwrap()..html.find("id=\"texts\"").unwrap()];
    let steps = traces.matches("<div class=\"ev\">").count();
    assert!(steps > 0);
    assert_eq!(traces.matches("<div class=\"ev\"><a href=\"#m-").count(), steps, "{traces}");
    let ids = ids(&html);
    assert!(local_links(&html).iter().all(|l| ids.contains(l)));
}

/// User audit: the table of documents not in the corpus was unranked, and one cell held the
/// 162 places of one law (19 KB). Ranked as `dangling` ranks them, with their counts, and a
/// few places a row, the rest counted.
#[test]
fn the_dangling_table_is_ranked_and_names_a_few_places() {
    let dir = tempfile::tempdir().unwrap();
    let g = with_a_copy("tests/fixtures/real", "da-nganh__nghi-quyet-31-2026-qh16-ky-hop-thu-nhat.md", dir.path());
    let html = render(&g, &Options { renderer: Renderer::Builtin, max_nodes: 12, ..Options::default() }).unwrap().html;
    let table = &html[html.find("id=\"dangling\"").unwrap()..html.find("id=\"findings\"").unwrap()];
    let listed = citegraph::query::dangling(&g);
    let rows: Vec<&str> = table.split("<tr id=\"").skip(1).collect();
    assert_eq!(rows.len(), listed.len());
    let mut many = 0;
    for (row, d) in rows.iter().zip(&listed) {
        assert!(row.starts_with(&format!("{}\"", citegraph::render::anchor(&d.document.id))), "{row}");
        let counts = format!("<td class=\"n\">{}</td><td class=\"n\">{}</td>", d.files(), d.mentions.len());
        assert!(row.contains(&counts), "{counts} in {row}");
        let places = row.matches("<a href=\"#m-").count();
        assert_eq!(places, d.mentions.len().min(5), "{row}");
        if d.mentions.len() > 5 {
            many += 1;
            assert!(row.contains(&format!("… và {} nơi khác", d.mentions.len() - 5)), "{row}");
        }
    }
    assert!(many > 0, "no document cited in more than 5 places: no case for the test");
    assert!(listed.windows(2).all(|w| w[0].files() >= w[1].files()));
}

/// Report audit 2197: a folder of 12 files, 3 of them skipped (two images, one empty), had
/// "12 tệp đã đọc" and named the three nowhere. The files read, skipped and failed are counted
/// apart, as `scan` counts them, and each file not read is listed with its reason.
#[test]
fn the_report_counts_and_lists_the_files_it_did_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for entry in std::fs::read_dir(&data).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.path().join("anh_hoi_nghi.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.path().join("bao_cao_quy_III.txt"), b"").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), dir.path().join("link.txt")).unwrap();
    let g = citegraph::scan_paths(&[dir.path().to_path_buf()]);
    use citegraph::model::FileStatus;
    let count = |status| g.files.iter().filter(|f| f.status == status).count();
    let (read, skipped, failed) = (count(FileStatus::Ok), count(FileStatus::Skipped), count(FileStatus::Error));
    assert_eq!((read, skipped), (5, 2), "{:#?}", g.files);
    assert_eq!(failed, usize::from(cfg!(unix)), "{:#?}", g.files);
    let html = render(&g, &Options { renderer: Renderer::Builtin, texts: false, ..Default::default() }).unwrap().html;
    let summary = &html[html.find("id=\"summary\"").unwrap()..html.find("id=\"diagram-block\"").unwrap()];
    for (n, label) in [(read, "tệp đã đọc"), (skipped, "tệp bỏ qua"), (failed, "tệp lỗi")] {
        assert!(summary.contains(&format!("<b>{n}</b><span>{label}</span>")), "{n} {label}: {summary}");
    }
    // Each file not read, in a row with its status and reason.
    let list = &summary[summary.find("id=\"unread-files\"").expect("the list")..];
    assert_eq!(list.matches("<tr><td>").count(), skipped + failed, "{list}");
    for f in g.files.iter().filter(|f| f.status != FileStatus::Ok) {
        let status = if f.status == FileStatus::Error { "lỗi" } else { "bỏ qua" };
        let row = format!(">{}</td><td class=\"", citegraph::render::dot::html_escape(&f.path));
        let row = &list[list.find(&row).unwrap_or_else(|| panic!("{} is not listed: {list}", f.path))..];
        let row = &row[..row.find("</tr>").unwrap()];
        let reason = citegraph::render::dot::html_escape(f.reason.as_deref().unwrap());
        assert!(row.contains(&format!(">{status}</td><td>{reason}</td>")), "{row}");
    }
}

/// The report's traces of the sample corpus: the note on a chain that stops short of the top
/// names the top, not "the central level" (audit 2197: said of a ministry's decision, which is
/// central), in full once in a document's tree and briefly after, as `trace` says it (it was
/// in full 15 times).
#[test]
fn the_trace_notes_name_the_top_once_in_full() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let g = citegraph::scan_paths(&[data]);
    let html = render(&g, &Options { renderer: Renderer::Builtin, texts: false, ..Default::default() }).unwrap().html;
    let traces = &html[html.find("id=\"traces\"").unwrap()..html.find("id=\"texts\"").unwrap()];
    assert!(!traces.contains("cấp trung ương"), "{traces}");
    let full = "(chưa tới cấp cao nhất, văn bản của Trung ương Đảng, Quốc hội, Chính phủ hay Thủ tướng Chính phủ: văn \
                bản này chưa có trong kho, nên chưa biết nó dựa vào đâu)";
    let brief = "(chưa tới cấp cao nhất: chưa có trong kho)";
    // One tree a document of the corpus whose trace has chains, in the graph's order; in each
    // the notes `trace` gives the document, in full once, briefly after.
    let traced: Vec<&citegraph::model::Document> =
        g.documents.iter().filter(|d| d.in_corpus && !citegraph::query::trace(&g, &d.id).is_empty()).collect();
    let trees: Vec<&str> = traces.split("<details").skip(1).collect();
    assert_eq!(trees.len(), traced.len());
    let mut briefly = 0;
    for (tree, d) in trees.iter().zip(traced) {
        let text = citegraph::query::trace_text(&g, &d.id, &citegraph::query::trace(&g, &d.id));
        let (fully, n) = (tree.matches(full).count(), tree.matches(brief).count());
        assert!(fully <= 1 && (n == 0 || tree.find(full).unwrap() < tree.find(brief).unwrap()), "{tree}");
        let said = text.matches("(chưa tới cấp cao nhất").count();
        assert_eq!(tree.matches("<div class=\"note\">(chưa tới cấp cao nhất").count(), said, "{text}\n{tree}");
        briefly += n;
    }
    assert!(briefly > 0, "no chain stops short twice in one tree: no case for the test");
}

/// A step to a document the corpus cites in ways that disagree says to see Phát hiện: a link
/// to it, not words to look for (report audit 2197).
#[test]
fn a_doubtful_step_links_to_the_findings() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let g = citegraph::scan_paths(&[data]);
    let html = render(&g, &Options { renderer: Renderer::Builtin, texts: false, ..Default::default() }).unwrap().html;
    let traces = &html[html.find("id=\"traces\"").unwrap()..html.find("id=\"texts\"").unwrap()];
    let doubtful = traces.matches("không thống nhất (").count();
    assert!(doubtful > 0, "no step to a document cited in ways that disagree: no case for the test");
    assert_eq!(traces.matches("xem mục <a href=\"#findings\">Phát hiện</a></div>").count(), doubtful, "{traces}");
    assert!(html.contains("<section class=\"block\" id=\"findings\">"));
}

/// Report audit 2197: the places 104/KH-UBND is cited at in the sample were `…txt:23` three
/// times, three references on one line. Each place is named with its column, as every section
/// names it, and so told from the others.
#[test]
fn the_dangling_table_names_each_place_with_its_column() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let g = citegraph::scan_paths(&[data]);
    let html = render(&g, &Options { renderer: Renderer::Builtin, ..Default::default() }).unwrap().html;
    let table = &html[html.find("id=\"dangling\"").unwrap()..html.find("id=\"findings\"").unwrap()];
    let place = Regex::new(r##"<a href="#m-(\d+)">([^<]+)</a>"##).unwrap();
    let mut one_line = 0;
    for row in table.split("<tr id=\"").skip(1) {
        let mut lines = HashSet::new();
        let mut labels = HashSet::new();
        for c in place.captures_iter(row) {
            let m = &g.mentions[c[1].parse::<usize>().unwrap()];
            assert_eq!(&c[2], format!("{}:{}:{}", m.path, m.line, m.column), "{row}");
            assert!(labels.insert(c[2].to_string()), "{} twice in {row}", &c[2]);
            one_line += usize::from(!lines.insert((m.path.clone(), m.line)));
        }
    }
    assert!(one_line > 0, "no two places on one line: no case for the test");
}
