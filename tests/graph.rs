//! The citation graph on the sample corpus, on a hand-made corpus whose documents cite one
//! another through their headers, and on real central documents that cite each other.

use citegraph::model::{Graph, Severity};
use citegraph::query;
use std::path::PathBuf;

fn scan(dir: &str) -> Graph {
    citegraph::scan_paths(&[PathBuf::from(dir)])
}

/// The documents every trace chain from `reference` reaches at its top.
/// Scans `files` (name, text) written to a folder of their own, as a corpus would hold them.
fn scan_files(tag: &str, files: &[(&str, &str)]) -> Graph {
    let dir = std::env::temp_dir().join(format!("citegraph-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let g = citegraph::scan_paths(std::slice::from_ref(&dir));
    std::fs::remove_dir_all(&dir).unwrap();
    g
}

fn tops(g: &Graph, reference: &str) -> Vec<String> {
    let doc = citegraph::render::match_ref(g, reference).unwrap_or_else(|e| panic!("{reference}: {e}"));
    let mut tops: Vec<String> =
        query::trace(g, &doc.id).iter().filter_map(|c| c.last().map(|s| s.to.to_string())).collect();
    tops.sort();
    tops.dedup();
    tops
}

#[test]
fn sample_traces_reach_their_central_resolutions() {
    let g = scan("data");
    assert_eq!(tops(&g, "104/KH-UBND"), vec!["10/NQ-CP:2022"]);
    assert_eq!(tops(&g, "Kế hoạch 104/KH-UBND"), vec!["10/NQ-CP:2022"]);
    assert_eq!(tops(&g, "kế hoạch số 104/KH-UBND ngày 28/6/2022"), vec!["10/NQ-CP:2022"]);
    // Another day is another document: none, and the one of that number is named.
    let err = citegraph::render::match_ref(&g, "104/KH-UBND ngày 29/6/2022").expect_err("no match");
    assert!(err.to_string().contains("the graph has 104/KH-UBND:2022@Quảng Ngãi"), "{err}");
    // A number and its year without codes, as a person remembers a document (UX audit 2149:
    // `Quyết định 12/2018` found nothing and said nothing).
    let resolution = citegraph::render::match_ref(&g, "Nghị quyết 09/2022").expect("number and year");
    assert_eq!(&*resolution.id, "09/2022/NQ-HĐND@Quảng Ngãi");
    assert_eq!(citegraph::render::match_ref(&g, "09/2022").map(|d| &*d.id).ok(), Some("09/2022/NQ-HĐND@Quảng Ngãi"));
    assert!(citegraph::render::match_ref(&g, "Kế hoạch 09/2022").is_err());
    // One notice cited under two symbols, one a slip (both `của Văn phòng Tỉnh ủy`, `VPTU`):
    // one document.
    let notice = citegraph::render::match_ref(&g, "Thông báo 79/2022").expect("one notice");
    assert_eq!(&*notice.id, "79-TB/VPTU:2022@Quảng Ngãi");
    // Two documents of one number and year that nothing tells apart: the codes do.
    let akin = scan("tests/fixtures/akin");
    let err = citegraph::render::match_ref(&akin, "Thông báo 12/2023").expect_err("two");
    assert!(err.to_string().contains("12-TB/TU:2023@Quảng Ngãi") && err.to_string().contains("add the codes"), "{err}");
    // A day that cannot be is said to be so, not ignored (UX re-audit 2150).
    let err = citegraph::render::match_ref(&g, "104/KH-UBND ngày 31/02/2022").expect_err("no such day");
    assert!(err.to_string().contains("no such day as 31/02/2022"), "{err}");
    // A wrong type word still finds the plan by its number and codes, and is said to be wrong.
    let plan = citegraph::render::match_ref(&g, "Nghị định 104/KH-UBND").expect("found by its codes");
    assert_eq!(citegraph::render::kind_typed_otherwise("Nghị định 104/KH-UBND", plan), Some("Nghị định"));
    assert_eq!(citegraph::render::kind_typed_otherwise("Kế hoạch số 104/KH-UBND", plan), None);
    assert_eq!(citegraph::render::kind_typed_otherwise("104/KH-UBND", plan), None);
    assert_eq!(tops(&g, "65-KL/TW"), vec!["24-NQ/TW:2003"]);
    assert_eq!(tops(&g, "150/KH-BDT"), vec!["38/KH-UBND:2021@Quảng Ngãi"]);
    // A report carries out 65-KL/TW, which carries out 24-NQ/TW: at the central level the
    // chain goes on along what a document carries out, to the resolution at the top.
    let report = tops(&g, "data/001_39cab0024c364b55.txt");
    assert!(report.contains(&"24-NQ/TW:2003".to_string()), "{report:?}");
    assert!(!report.contains(&"65-KL/TW:2019".to_string()), "{report:?}");
    // Each step carries the sentence that proves it.
    let doc = citegraph::render::match_ref(&g, "65-KL/TW").unwrap();
    let chain = &query::trace(&g, &doc.id)[0];
    assert!(chain[0].sentence.contains("về tiếp tục thực hiện Nghị Quyết số 24-NQ/TW"), "{:?}", chain[0]);
    // The subject-based step is marked as inferred.
    let doc = citegraph::render::match_ref(&g, "104/KH-UBND").unwrap();
    assert!(query::trace(&g, &doc.id)[0][0].inferred);
}

/// A document cited under two symbols of one number and date is one step: the trace audit
/// 2143 read two chains for it in the sample corpus's first report. Where the sentence gives
/// one symbol away as a slip (`Thông báo số 79 - TB/VPTU ngày 09/11/2022` and `Thông báo số
/// 79-TB/TU ngày 09/11/2022`, both `của Văn phòng Tỉnh ủy`, whose code is `VPTU`) the two are
/// one document, and the step warns of it; where nothing does (`Thông báo số 12-TB/TU` and
/// `12-TB/VPTU`, of one day, no body named), the other symbol is named under the step.
#[test]
fn a_document_cited_under_two_symbols_is_one_step() {
    let g = scan("data");
    let report = citegraph::render::match_ref(&g, "data/000_abefebc9fb273886.txt").unwrap();
    let chains = query::trace(&g, &report.id);
    let to_79: Vec<&query::Step> = chains.iter().map(|c| &c[0]).filter(|s| s.to.starts_with("79-TB/")).collect();
    assert_eq!(to_79.len(), 1, "{to_79:?}");
    assert_eq!(to_79[0].to, "79-TB/VPTU:2022@Quảng Ngãi");
    assert!(to_79[0].also_cited_as.is_empty(), "{to_79:?}");
    let text = query::trace_text(&g, &report.id, &chains);
    let step = &text[text.find("→ Thông báo 79-TB/VPTU").expect("the step")..];
    // Where: the other spelling's place, on a line of the report's own (audit 2249).
    assert!(
        step.contains("⚠ kho văn bản ghi văn bản này không thống nhất (có thể là cùng một văn bản, ở dòng 31:476)"),
        "{text}"
    );
    let akin = scan("tests/fixtures/akin");
    let chains = query::trace(&akin, "21/BC-BDT:2023@Quảng Ngãi");
    let to_12: Vec<&query::Step> = chains.iter().map(|c| &c[0]).filter(|s| s.to.starts_with("12-TB/")).collect();
    assert_eq!(to_12.len(), 1, "{to_12:?}");
    assert_eq!(
        (to_12[0].to, to_12[0].also_cited_as.clone()),
        ("12-TB/TU:2023@Quảng Ngãi", vec!["12-TB/VPTU:2023@Quảng Ngãi"])
    );
    let akin_text = query::trace_text(&akin, "21/BC-BDT:2023@Quảng Ngãi", &chains);
    assert!(akin_text.contains("cũng được ghi là: Thông báo 12-TB/VPTU"), "{akin_text}");
    // A chain that stops short of the top says why: the document's text is not in the corpus
    // (trace audit 2167: "no central document above it" read as standing on none).
    let full = "(chưa tới cấp cao nhất, văn bản của Trung ương Đảng, Quốc hội, Chính phủ hay Thủ tướng Chính phủ: văn \
                bản này chưa có trong kho, nên chưa biết nó dựa vào đâu)";
    // Once in full; the other chains' tops say it briefly (trace audit 2184).
    assert_eq!(text.matches(full).count(), 1, "{text}");
    assert!(text.matches("(chưa tới cấp cao nhất: chưa có trong kho)").count() > 1, "{text}");
}

/// A chain that ends at a ministry's decision ends at the central level, short of the top it
/// climbs to: the note says which top (audit 2197: "top of the chain below the central level"
/// under `Quyết định 417/QĐ-BNNMT`, a ministry's).
#[test]
fn a_chain_ending_at_a_ministry_s_decision_is_short_of_the_top_not_below_the_centre() {
    let g = scan_files(
        "trace-ministry",
        &[(
            "tt.txt",
            "BỘ TÀI CHÍNH\nSố: 60/2026/TT-BTC\nHà Nội, ngày 31 tháng 5 năm 2026\n\nTHÔNG TƯ\n\n\
             Thực hiện Quyết định số 417/QĐ-BNNMT ngày 31 tháng 01 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi \
             trường phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới;\n\n\
             Bộ trưởng Bộ Tài chính ban hành Thông tư.\n",
        )],
    );
    let chains = query::trace(&g, "60/2026/TT-BTC");
    let decision = chains.iter().filter_map(|c| c.last()).find(|s| s.to.starts_with("417/QĐ-BNNMT")).expect("its step");
    let doc = citegraph::model::document_by_id(&g.documents, decision.to).unwrap();
    assert!(query::is_central(doc) && !query::is_top(doc), "{doc:?}");
    let text = query::trace_text(&g, "60/2026/TT-BTC", &chains);
    assert!(!text.contains("cấp trung ương"), "{text}");
    assert!(text.contains("(chưa tới cấp cao nhất, văn bản của Trung ương Đảng"), "{text}");
}

/// A step names the provision its reference names: what a decree details of a law (trace
/// audit 2184: the key fact of a `hướng dẫn` step was only in graph.json).
#[test]
fn a_step_names_the_provision_it_rests_on() {
    let g = scan_files(
        "provision",
        &[(
            "nd.txt",
            "CHÍNH PHỦ\nSố: 160/2026/NĐ-CP\n\nNGHỊ ĐỊNH\n\nĐiều 1. Phạm vi điều chỉnh\n\nNghị định này quy định chi \
             tiết khoản 2 Điều 154 Luật Thi hành án hình sự số 127/2025/QH15.\n",
        )],
    );
    let chains = query::trace(&g, "160/2026/NĐ-CP");
    assert_eq!(chains[0][0].to, "127/2025/QH15");
    assert_eq!(chains[0][0].pinpoint, Some("khoản 2 Điều 154"));
    let text = query::trace_text(&g, "160/2026/NĐ-CP", &chains);
    assert!(text.contains("Luật Thi hành án hình sự 127/2025/QH15 [Quốc hội] — khoản 2 Điều 154"), "{text}");
}

/// `show` reads each edge in its direction: the plan carries out the resolution; the report
/// carries out the plan.
#[test]
fn sample_show_reads_each_edge_in_its_direction() {
    let g = scan("data");
    let doc = citegraph::render::match_ref(&g, "104/KH-UBND").unwrap();
    let text = query::show_text(&g, &query::show(&g, doc));
    assert!(text.contains("\n  thực hiện (suy ra) → Nghị quyết 10/NQ-CP (28/01/2022)"), "{text}");
    assert!(text.contains("\n  Báo cáo «Kết quả thực hiện công tác phối hợp"), "{text}");
    assert!(text.contains("[Tỉnh] —thực hiện→ this\n      data/000_abefebc9fb273886.txt:19:205: "), "{text}");
    // Each edge with the sentence that shows it.
    let edges = text.lines().filter(|l| l.contains(" → ") || l.contains("→ this")).count();
    let sentences = text.lines().filter(|l| l.starts_with("      data/") && l.split(": ").nth(1).is_some()).count();
    assert!(edges > 0 && sentences == edges, "{text}");
    // Two symbols of one notice are one entry, as `trace` gives them one step (trace audit
    // 2184): one document where one symbol is a slip, the other named under it where not.
    let report = citegraph::render::match_ref(&g, "data/000_abefebc9fb273886.txt").unwrap();
    let text = query::show_text(&g, &query::show(&g, report));
    assert!(text.contains("derives from (8):"), "{text}");
    assert_eq!(text.matches("→ Thông báo 79-TB/").count(), 1, "{text}");
    let akin = scan("tests/fixtures/akin");
    let report = citegraph::render::match_ref(&akin, "21/BC-BDT").unwrap();
    let text = query::show_text(&akin, &query::show(&akin, report));
    assert!(
        text.contains(
            "      cũng được ghi là: Thông báo 12-TB/VPTU (có lẽ cùng một văn bản), tại tests/fixtures/akin/bc-21-ban-dan-toc.txt:16:23"
        ),
        "{text}"
    );
    assert_eq!(text.matches("→ Thông báo 12-TB/").count(), 1, "{text}");
}

#[test]
fn sample_variants_and_conflicts_are_reported_with_both_locations() {
    let g = scan("data");
    let find = |kind: &str, needle: &str| {
        g.findings
            .iter()
            .find(|f| f.kind == kind && f.message.contains(needle))
            .unwrap_or_else(|| panic!("no {kind} finding about {needle}: {:#?}", g.findings))
    };
    let malformed = find("malformed-symbol", "104/UBND-KH");
    assert!(malformed.message.contains("merged"));
    assert_eq!(malformed.locations[0].line, 19);
    assert_eq!(malformed.locations.len(), 2, "the bad spelling and the right one");
    assert_eq!(malformed.locations[1].line, 21);
    // A provincial report's plan that names no issuer is the province's, as it is of its place.
    let plan = g.documents.iter().find(|d| &*d.id == "65/KH-UBND:2023@Quảng Ngãi").expect("65/KH-UBND");
    assert_eq!(plan.level, citegraph::tables::Level::Province);
    // The malformed spelling resolves to the same document as the right one.
    let targets: Vec<&str> =
        g.mentions.iter().filter(|m| m.number.as_deref() == Some("104")).map(|m| m.target.as_ref()).collect();
    // The report has no letterhead; the one province its text names is where it was written.
    assert!(targets.iter().all(|t| *t == "104/KH-UBND:2022@Quảng Ngãi"), "{targets:?}");
    // One document under two symbols, one a slip the sentence gives away: merged, and said.
    let tb = find("probably-same-document", "79-TB/TU (2022, Quảng Ngãi) and 79-TB/VPTU (2022, Quảng Ngãi)");
    assert!(
        tb.message.ends_with(
            "merged as 79-TB/VPTU (2022, Quảng Ngãi): the sentences name Văn phòng Tỉnh ủy, whose code is VPTU, not TU"
        ),
        "{}",
        tb.message
    );
    assert_eq!((tb.locations[0].line, tb.locations[1].line), (31, 29));
    let tt = find("probably-same-document", "01-TTr/TU (2015, Quảng Nam) and 01-TT/TU (2015, Quảng Nam)");
    assert!(
        tt.message.ends_with("merged as 01-TT/TU (2015, Quảng Nam): the type word Thông tri fits the code TT, not TTr")
    );
    assert_eq!(tt.locations.len(), 2);
    find("kind-mismatch", "01-TTr/TU");
    let targets = |number: &str| -> Vec<&str> {
        g.mentions.iter().filter(|m| m.number.as_deref() == Some(number)).map(|m| &*m.target).collect()
    };
    assert_eq!(targets("79"), ["79-TB/VPTU:2022@Quảng Ngãi"; 2]);
    assert_eq!(targets("01").iter().filter(|t| t.contains("TT")).collect::<Vec<_>>(), [&"01-TT/TU:2015@Quảng Nam"; 2]);
    // Where nothing gives a slip away, the two are left apart, and said to be probably one.
    let akin = scan("tests/fixtures/akin");
    let apart: Vec<&str> =
        akin.findings.iter().filter(|f| f.kind == "probably-same-document").map(|f| &*f.message).collect();
    assert_eq!(apart.len(), 2, "{apart:?}");
    assert!(
        apart.iter().any(|m| m.ends_with(
            "12-TB/TU (2023, Quảng Ngãi) and 12-TB/VPTU (2023, Quảng Ngãi): probably one document; not merged"
        )),
        "{apart:?}"
    );
    assert!(apart.iter().any(|m| m.contains("merged as 03-TT/TU (2021, Quảng Ngãi)")), "{apart:?}");
    assert!(g.findings.iter().all(|f| f.severity != Severity::Error), "{:#?}", g.findings);
}

#[test]
fn sample_dangling_lists_every_cited_document_without_text() {
    let g = scan("data");
    let list = query::dangling(&g);
    let cited: usize = list.iter().map(|d| d.mentions.len()).sum();
    // Every mention in the sample points at a document whose text is not in data/.
    assert_eq!(cited, g.mentions.len());
    // By the files that cite them, then by their mentions: the conclusion two reports carry
    // out comes before the plan one report names five times. A short name defined as the
    // number itself (`(gọi tắt là Kết luận số 65-KL/TW)`) is no citation (seeds audit 2175).
    let conclusion = list.iter().position(|d| &*d.document.id == "65-KL/TW:2019").expect("the conclusion");
    assert!(conclusion < 2, "{conclusion}");
    assert_eq!((list[conclusion].files(), list[conclusion].mentions.len()), (2, 3));
    assert!(list.windows(2).all(|w| (w[0].files(), w[0].mentions.len()) >= (w[1].files(), w[1].mentions.len())));
    let plan = list.iter().find(|d| &*d.document.id == "104/KH-UBND:2022@Quảng Ngãi").expect("the plan");
    assert_eq!((plan.files(), plan.mentions.len()), (1, 5));
    let csv = query::dangling_csv(&list);
    assert_eq!(csv.lines().count(), cited + 1);
    // For a spreadsheet: a byte order mark, and each document's label and count of files.
    let header = csv.strip_prefix('\u{FEFF}').expect("BOM").lines().next().unwrap();
    assert!(header.starts_with("id,label,kind,number,symbol,year,date,level,level_name,cited,files,path"), "{header}");
    let row = csv.lines().find(|l| l.starts_with("65-KL/TW:2019,")).expect("a row of 65-KL/TW");
    assert!(
        row.starts_with("65-KL/TW:2019,Kết luận 65-KL/TW (30/10/2019) [Trung ương Đảng],Kết luận,65,KL/TW,2019,"),
        "{row}"
    );
    assert!(row.contains(",3,2,data/"), "{row}");
    // A reference broken over an empty line is on one line, one space where the break was
    // (audit of exports: `ngày\n\n30/10/2019` came out with two), in CSV and in text.
    let mut rows = csv::Reader::from_reader(csv.strip_prefix('\u{FEFF}').unwrap().as_bytes());
    let texts: Vec<String> = rows.records().map(|r| r.unwrap()[14].to_string()).collect();
    assert!(texts.contains(&"Kết luận số 65-KL/TW, ngày 30/10/2019".to_string()), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains('\n') || t.contains("  ")), "{texts:?}");
    let text = query::dangling_text(&list, 0, 0, false);
    assert!(text.contains(": Kết luận số 65-KL/TW, ngày 30/10/2019\n"), "{text}");
    // In JSON, each finding at a citation names its fields (audit of exports: a bare
    // `[[0, "kind-mismatch"]]`), the index one of the document's mentions.
    let json = serde_json::to_value(&list).unwrap();
    let flagged: Vec<&serde_json::Value> =
        json.as_array().unwrap().iter().filter(|d| d.get("findings").is_some()).collect();
    assert!(!flagged.is_empty());
    for d in flagged {
        for f in d["findings"].as_array().unwrap() {
            let at = f["mention"].as_u64().unwrap() as usize;
            assert!(at < d["mentions"].as_array().unwrap().len(), "{f}");
            assert!(query::SLIPS.contains(&f["kind"].as_str().unwrap()), "{f}");
        }
    }
    // In text, the first places of each document and a count of the rest; 0 lists them all.
    let text = query::dangling_text(&list, 0, 2, false);
    let first: Vec<&str> = text.lines().skip(1).take(5).collect();
    assert!(first[0].starts_with("   2 files,    3×  Nghị quyết 120/2020/QH14"), "{text}");
    // How the corpus cites it (audit 2229), in the legend's words.
    assert!(first[1].starts_with("        cited as: "), "{text}");
    assert!(first[2].starts_with("        data/") && first[3].starts_with("        data/"), "{text}");
    assert_eq!(first[4].trim(), "… and 1 more (--places 0 lists every one)");
    let all = query::dangling_text(&list, 0, 0, false);
    let also: usize = list.iter().filter(|d| !d.also_cited_as.is_empty()).count();
    let codified: usize = list.iter().filter(|d| !d.codified_in.is_empty()).count();
    assert_eq!(all.lines().count(), 1 + 2 * list.len() + also + codified + cited, "{all}");
    // A document cited under two symbols of one number and date is one text to look for
    // (audit 2155): one document where one symbol is a slip of the other, its other symbol
    // said where nothing tells which.
    let tt = list.iter().find(|d| &*d.document.id == "01-TT/TU:2015@Quảng Nam").expect("the instruction");
    assert_eq!((tt.also_cited_as.len(), tt.mentions.len()), (0, 2));
    assert!(!list.iter().any(|d| &*d.document.id == "01-TTr/TU:2015@Quảng Nam"));
    let akin = scan("tests/fixtures/akin");
    let akin_list = query::dangling(&akin);
    let tb = akin_list.iter().find(|d| &*d.document.id == "12-TB/TU:2023@Quảng Ngãi").expect("the notice");
    assert_eq!((tb.also_cited_as.clone(), tb.mentions.len()), (vec!["12-TB/VPTU:2023@Quảng Ngãi"], 2));
    let akin_all = query::dangling_text(&akin_list, 0, 0, false);
    assert!(akin_all.contains("cũng được ghi là: 12-TB/VPTU (2023, Quảng Ngãi)"), "{akin_all}");
    let ids = akin.documents.iter().filter(|d| !d.in_corpus).count();
    let folded = ids - akin_list.len();
    assert!(
        folded > 0
            && akin_all.lines().next().unwrap().contains(&format!("(of their {ids} ids in graph.json, {folded} ")),
        "{akin_all}"
    );
    // Only the most cited, when asked.
    let top = query::dangling_text(&list, 2, 2, false);
    assert!(top.lines().next().unwrap().ends_with("; the first 2, by citing files (--top 0 lists every one)"), "{top}");
    assert_eq!(top.lines().filter(|l| l.contains("× ")).count(), 2, "{top}");
}

/// Title audit: a document known only from citations is titled up to where the citing
/// sentence's own clause starts (`…, Ban Dân tộc báo cáo …`, `…, theo đó …`), past an empty
/// line that broke its words, without the page's marks of emphasis; the title `show` prints.
#[test]
fn sample_cited_documents_are_titled_without_the_citing_sentence() {
    let g = scan("data");
    let title = |id: &str| g.documents.iter().find(|d| &*d.id == id).and_then(|d| d.title.as_deref()).expect(id);
    for (id, expected) in [
        (
            "2454/SNV-XDCQ:2021@Quảng Ngãi",
            "về việc báo cáo kết quả thực hiện công tác dân vận của chính quyền năm 2021",
        ),
        ("875-CV/BDVTU:2023@Quảng Ngãi", "về việc báo cáo kết quả thực hiện công tác phối hợp 6 tháng đầu năm 2023"),
        (
            "562/KH-BDT:2023@Quảng Ngãi",
            "về việc tổ chức cho người có uy tín trong đồng bào dân tộc thiểu số tỉnh Quảng Ngãi đi tham quan, học tập, trao đổi kinh nghiệm ngoài tỉnh năm 2023",
        ),
        (
            "769/QĐ-UBND:2023@Quảng Ngãi",
            "về việc cấp loại phương tiện, hình thức, điều kiện, đối tượng nhận hỗ trợ phương tiện nghe nhìn cho người có uy tín trong đồng bào dân tộc thiểu số tỉnh Quảng Ngãi, giai đoạn 2023 - 2027",
        ),
        (
            "150/KH-BDT:2021@Quảng Ngãi",
            "về thực hiện quy chế dân chủ ở cơ quan, đơn vị, cơ sở và công tác dân vận chính quyền năm 2021 tại Ban Dân tộc tỉnh",
        ),
        // The text broken by an empty line after `hệ thống`.
        (
            "396-QĐ/TU:2021@Quảng Ngãi",
            "về việc ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh Quảng Ngãi",
        ),
        (
            "246-CV/TU:2021@Quảng Ngãi",
            "về triển khai thực hiện công tác dân vận năm 2021, trọng tâm là \"Đẩy mạnh thực hiện Quy chế dân chủ ở cơ sở\"",
        ),
    ] {
        assert_eq!(title(id), expected, "{id}");
    }
    let letter = citegraph::render::match_ref(&g, "2454/SNV-XDCQ").expect("the letter");
    let text = query::show_text(&g, &query::show(&g, letter));
    assert!(
        text.contains("\n  title: về việc báo cáo kết quả thực hiện công tác dân vận của chính quyền năm 2021\n"),
        "{text}"
    );
}

#[test]
fn fixture_corpus_resolves_in_corpus_and_traces_across_levels() {
    let g = scan("tests/fixtures/graph");
    // One province's texts: the local documents are Quảng Ngãi's, central ones have no place.
    let in_corpus: Vec<&str> = g.documents.iter().filter(|d| d.in_corpus).map(|d| d.id.as_ref()).collect();
    assert_eq!(
        in_corpus,
        vec!["09/2022/NQ-HĐND@Quảng Ngãi", "210/BDT-CSDT:2022@Quảng Ngãi", "55/KH-UBND:2022@Quảng Ngãi"]
    );
    // The plan's reference to the resolution resolves to the resolution's own file.
    let nq = g.documents.iter().find(|d| &*d.id == "09/2022/NQ-HĐND@Quảng Ngãi").unwrap();
    assert!(nq.path.as_deref().unwrap().ends_with("01_nghi_quyet_hdnd.txt"));
    assert_eq!(nq.cited, 4);
    // Letter → plan → resolution → National Assembly.
    let doc = citegraph::render::match_ref(&g, "210/BDT-CSDT").unwrap();
    let chains = query::trace(&g, &doc.id);
    let long = chains
        .iter()
        .find(|c| {
            c.iter().map(|s| s.to).collect::<Vec<_>>()
                == ["55/KH-UBND:2022@Quảng Ngãi", "09/2022/NQ-HĐND@Quảng Ngãi", "120/2020/QH14"]
        })
        .unwrap_or_else(|| panic!("{chains:#?}"));
    assert_eq!(long[0].relation, "implements");
    assert_eq!(long[2].relation, "basis");
    // The one document cited without text.
    let dangling: Vec<&str> = query::dangling(&g).iter().map(|d| d.document.id.as_ref()).collect();
    assert!(dangling.contains(&"1227/QĐ-TTg:2021"));
    assert!(!dangling.iter().any(|d| in_corpus.contains(d)));
}

/// Audit 2197, a district user's folder (tests/fixtures/district, four of its texts as the
/// user's files hold them): the district Party committee's plan numbered `Số 120-KH/HU`, with
/// no colon, is that document, not a file citing itself; the commune's report dated `Xuân
/// Phú, ngày 05/6/2024` is the commune's of 2024; the district's plan it names in capitals
/// (`KẾ HOẠCH SỐ 45/KH-UBND NGÀY 12/3/2024 CỦA UBND HUYỆN`) is the district's.
#[test]
fn a_district_s_party_plan_and_a_commune_s_report_are_the_documents_they_say() {
    let dir = "tests/fixtures/district";
    let g = scan(dir);
    let document_of = |name: &str| {
        let file = g.files.iter().find(|f| f.path.ends_with(name)).unwrap_or_else(|| panic!("{name}"));
        file.document.clone().unwrap_or_default()
    };
    assert_eq!(document_of("huyen-uy-kh-120.txt"), "120-KH/HU:2024@Thọ Xuân");
    assert_eq!(document_of("xa-xuan-phu-bc-35.txt"), "35/BC-UBND:2024@Xuân Phú");
    let party_plan = g.documents.iter().find(|d| &*d.id == "120-KH/HU:2024@Thọ Xuân").expect("the Party plan");
    assert!(party_plan.in_corpus);
    assert_eq!(party_plan.date.as_deref(), Some("2024-03-05"));
    // Its number line is no reference to itself; the district plan's reference is to its text.
    assert!(
        !g.edges.iter().any(|e| e.from == e.to),
        "{:#?}",
        g.edges.iter().filter(|e| e.from == e.to).collect::<Vec<_>>()
    );
    let cited: Vec<(&str, &str)> = g
        .mentions
        .iter()
        .filter(|m| m.symbol.as_deref() == Some("KH/HU"))
        .map(|m| (m.path.rsplit('/').next().unwrap_or(""), &*m.target))
        .collect();
    assert_eq!(cited, [("ubnd-huyen-kh-45.txt", "120-KH/HU:2024@Thọ Xuân")]);
    assert!(!g.documents.iter().any(|d| d.id.starts_with("file:")));
    // The commune's report without the district's plan: the plan it names in capitals is the
    // district's still, by its issuer, not the commune's own.
    let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).expect(name);
    let g = scan_files(
        "district",
        &[("bc-35.txt", &read("xa-xuan-phu-bc-35.txt")), ("kh-12.txt", &read("xa-xuan-phu-kh-12.txt"))],
    );
    let plan = g
        .mentions
        .iter()
        .find(|m| m.path.ends_with("bc-35.txt") && m.text.starts_with("KẾ HOẠCH SỐ 45"))
        .expect("the plan in capitals");
    assert_eq!((plan.issuer.as_deref(), &*plan.target), (Some("UBND HUYỆN"), "45/KH-UBND:2024@Thọ Xuân"));
}

#[test]
fn real_documents_cite_each_other_in_corpus() {
    let g = scan("tests/fixtures/linked");
    let doc = |id: &str| g.documents.iter().find(|d| &*d.id == id).unwrap_or_else(|| panic!("no {id}"));
    // Identity from front matter, metadata table (also without diacritics) or `Số` line.
    for id in ["29/2026/QH16", "147/2026/NĐ-CP", "161/2026/NĐ-CP", "162/2026/NĐ-CP"] {
        assert!(doc(id).in_corpus, "{id}");
    }
    assert!(doc("29/2026/QH16").cited >= 7);
    assert!(g.mentions.iter().filter(|m| &*m.target == "161/2026/NĐ-CP").count() >= 4);
    let tops = tops(&g, "147/2026/NĐ-CP");
    assert!(tops.contains(&"29/2026/QH16".to_string()), "{tops:?}");
}

#[test]
fn focusing_on_the_plan_draws_its_chain_to_the_resolution() {
    let g = scan("data");
    let sel = citegraph::render::Selection {
        focus: Some("104/KH-UBND".to_string()),
        direction: citegraph::render::Direction::Up,
        ..Default::default()
    };
    let view = citegraph::render::select(&g, &sel).unwrap();
    let ids: Vec<&str> = view.docs.iter().map(|d| d.id.as_ref()).collect();
    assert!(ids.contains(&"104/KH-UBND:2022@Quảng Ngãi") && ids.contains(&"10/NQ-CP:2022"), "{ids:?}");
    let dot = citegraph::render::draw(&g, &sel, "dot", citegraph::render::svg::Renderer::Builtin).unwrap();
    let dot = String::from_utf8(dot.bytes).unwrap();
    assert!(dot.contains("Nghị quyết 10/NQ-CP"), "{dot}");
    assert!(dot.contains("style=dotted") || dot.contains("style=\"dotted\""), "the inferred step is dotted: {dot}");
}

/// Two files that hold one document state each edge once, from the first file's mention;
/// another relation to the same document is an edge of its own.
#[test]
fn an_edge_is_kept_once_from_its_first_mention() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = |cue: &str| {
        format!(
            "Số: 12/KH-UBND\n\nKẾ HOẠCH\n\nThực hiện Nghị quyết số 10/NQ-CP ngày 28/01/2022.\n{cue} Nghị quyết số 10/NQ-CP ngày 28/01/2022.\n"
        )
    };
    std::fs::write(dir.path().join("a.txt"), text("Thực hiện")).expect("write");
    std::fs::write(dir.path().join("b.txt"), text("Căn cứ")).expect("write");
    let g = citegraph::scan_paths(&[dir.path().to_path_buf()]);
    let edges: Vec<(&str, &str, &str, String)> = g
        .edges
        .iter()
        .map(|e| {
            (
                &*e.from,
                &*e.to,
                &*e.relation,
                format!("{}:{}", e.evidence.path.rsplit('/').next().unwrap_or(""), e.evidence.line),
            )
        })
        .collect();
    assert_eq!(
        edges,
        vec![
            ("12/KH-UBND", "10/NQ-CP:2022", "implements", "a.txt:5".to_string()),
            ("12/KH-UBND", "10/NQ-CP:2022", "basis", "b.txt:6".to_string())
        ],
        "{:#?}",
        g.mentions.iter().map(|m| (&m.path, m.line, &m.relation)).collect::<Vec<_>>()
    );
}

/// A document the corpus holds twice (a decree, and its page in another folder) is shown in
/// both its files; `show` named only the first.
#[test]
fn show_names_every_file_of_a_document() {
    let plan = std::fs::read_to_string("tests/fixtures/real/291-2026-ND-CP.md").unwrap();
    // Saved apart, a line break more: a copy byte for byte is skipped as one.
    let page = format!("{plan}\n");
    let g = scan_files("show-twice", &[("a.txt", &plan), ("b.txt", &page)]);
    let id = g.files[0].document.clone().expect("identified");
    assert_eq!(g.files[1].document.as_deref(), Some(id.as_str()));
    let doc = g.documents.iter().find(|d| *d.id == *id).unwrap();
    let text = query::show_text(&g, &query::show(&g, doc));
    assert!(text.contains("text in corpus: 2 files\n"), "{text}");
    assert!(text.contains("a.txt\n") && text.contains("b.txt\n"), "{text}");
}

/// A law a decree stands on in a line of its own stays a step of its trace, though another
/// line names it as what amended a second law (Nghị định 162/2026: Luật Bảo hiểm xã hội
/// 41/2024/QH15 was hidden under Luật An toàn, vệ sinh lao động); laws first named after
/// `được sửa đổi, bổ sung bởi` are listed under their law, in the sentence's order.
#[test]
fn trace_keeps_a_basis_of_its_own_as_a_step() {
    let g = scan_files(
        "trace-amenders",
        &[(
            "nd.txt",
            "CHÍNH PHỦ\nSố: 162/2026/NĐ-CP\nHà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ ĐỊNH\n\n\
         Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 được sửa đổi, bổ sung bởi Luật số 84/2025/QH15;\n\n\
         Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13 được sửa đổi, bổ sung bởi Luật số 41/2024/QH15 \
         và Luật số 73/2025/QH15;\n\nChính phủ ban hành Nghị định.\n",
        )],
    );
    let chains = query::trace(&g, "162/2026/NĐ-CP");
    let steps: Vec<(&str, Vec<&str>)> = chains.iter().map(|c| (c[0].to, c[0].amended_by.clone())).collect();
    assert_eq!(
        steps,
        [("41/2024/QH15", vec!["84/2025/QH15"]), ("84/2015/QH13", vec!["41/2024/QH15", "73/2025/QH15"]),],
        "{chains:#?}"
    );
}

/// A decree that details a law and stands on it lists the law's amenders under its
/// `hướng dẫn` step (Nghị định 216/2026: they were two chains of their own).
#[test]
fn trace_lists_amenders_under_a_law_the_decree_details() {
    let g = scan_files(
        "trace-details",
        &[(
            "nd.txt",
            "CHÍNH PHỦ\nSố: 216/2026/NĐ-CP\nHà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ ĐỊNH\n\
         Quy định chi tiết một số điều của Luật Lý lịch tư pháp số 28/2009/QH12\n\n\
         Căn cứ Luật Lý lịch tư pháp số 28/2009/QH12 được sửa đổi, bổ sung bởi Luật số 68/2020/QH14 \
         và Luật số 107/2025/QH15;\n\nChính phủ ban hành Nghị định.\n",
        )],
    );
    let chains = query::trace(&g, "216/2026/NĐ-CP");
    let steps: Vec<(&str, &str, Vec<&str>)> =
        chains.iter().map(|c| (c[0].to, c[0].relation, c[0].amended_by.clone())).collect();
    assert_eq!(steps, [("28/2009/QH12", "guides", vec!["68/2020/QH14", "107/2025/QH15"])], "{chains:#?}");
}

/// A ministry's circular is no top: its chain goes on to the decree it stands on, and from
/// the decree to the law the decree details, not to every law the decree stands on; a law
/// guides no decree (audit 2157: 103/2026/TT-BQP, 56/2026/TT-BTC stopped at the decree).
#[test]
fn trace_climbs_from_a_circular_through_the_decree_to_the_law_it_details() {
    let g = scan_files(
        "trace-circular",
        &[
            (
                "tt.txt",
                "BỘ TÀI CHÍNH\nSố: 56/2026/TT-BTC\nHà Nội, ngày 15 tháng 5 năm 2026\n\nTHÔNG TƯ\n\n\
                 Căn cứ Nghị định số 362/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp \
                 tổ chức, hướng dẫn thi hành Luật Phí và lệ phí số 97/2015/QH13;\n\n\
                 Bộ trưởng Bộ Tài chính ban hành Thông tư.\n",
            ),
            (
                "nd.txt",
                "CHÍNH PHỦ\nSố: 362/2025/NĐ-CP\nHà Nội, ngày 31 tháng 12 năm 2025\n\nNGHỊ ĐỊNH\n\
                 Quy định chi tiết một số điều của Luật Phí và lệ phí số 97/2015/QH13\n\n\
                 Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\n\
                 Căn cứ Luật Phí và lệ phí số 97/2015/QH13;\n\nChính phủ ban hành Nghị định.\n",
            ),
        ],
    );
    let chains = query::trace(&g, "56/2026/TT-BTC");
    let ids: Vec<Vec<&str>> = chains.iter().map(|c| c.iter().map(|s| s.to).collect()).collect();
    assert!(ids.contains(&vec!["362/2025/NĐ-CP", "97/2015/QH13"]), "{ids:?}");
    assert!(!ids.iter().any(|c| c.contains(&"63/2025/QH15")), "{ids:?}");
    // A ministry's circular is central, and no top: its chain goes on to the decree.
    let doc = |id: &str| citegraph::model::document_by_id(&g.documents, id).expect(id);
    assert!(query::is_central(doc("56/2026/TT-BTC")) && !query::is_top(doc("56/2026/TT-BTC")));
    assert!(query::is_top(doc("362/2025/NĐ-CP")));
}

/// A document only cited derives from nothing the graph knows because its text is not
/// there: trace says so, and what to do (audit 2155: it said `a central document: nothing
/// above it`). Laws of one name are told apart by the year (it said to add codes).
#[test]
fn trace_says_a_text_is_missing_and_laws_of_one_name_want_a_year() {
    let g = scan("data");
    let out = query::trace_text(&g, "1227/QĐ-TTg:2021", &query::trace(&g, "1227/QĐ-TTg:2021"));
    assert!(out.contains("văn bản này chưa có trong kho"), "{out}");
    let g = scan_files(
        "two-laws",
        &[(
            "a.txt",
            "Số: 01/2026/TT-BTC\n\nCăn cứ Luật Đất đai số 31/2024/QH15;\nCăn cứ Luật Đất đai số 45/2013/QH13;\n",
        )],
    );
    let err = citegraph::render::match_ref(&g, "Luật Đất đai").map(|d| d.id.to_string()).unwrap_err();
    assert!(err.to_string().contains("add the year after the name"), "{err}");
}

/// A basis that a document issued before the citing one repeals or replaces is a warning
/// (check audit 2185: six drafts stood on decrees the corpus said were replaced, unreported);
/// one that the repeal came after is none.
#[test]
fn a_basis_repealed_before_the_citing_document_is_a_warning() {
    let repealer = "CHÍNH PHỦ\nSố: 233/2026/NĐ-CP\nHà Nội, ngày 26 tháng 6 năm 2026\n\nNGHỊ ĐỊNH\n\n\
                    Điều 30. Hiệu lực thi hành\n\nNghị định này thay thế Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 \
                    năm 2020 của Chính phủ.\n";
    let draft = |date: &str| {
        format!(
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 1842/QĐ-UBND\nQuảng Ngãi, ngày {date}\n\nQUYẾT ĐỊNH\n\n\
             Căn cứ Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 năm 2020 của Chính phủ về đánh giá, xếp loại \
             chất lượng cán bộ, công chức, viên chức;\n"
        )
    };
    let later = draft("20 tháng 8 năm 2026");
    let g = scan_files("repealed", &[("nd.txt", repealer), ("qd.txt", &later)]);
    let found: Vec<(&str, usize, usize)> = g
        .findings
        .iter()
        .filter(|f| f.kind == "basis-repealed")
        .flat_map(|f| f.locations.iter().map(|l| (l.path.rsplit('/').next().unwrap(), l.line, l.column)))
        .collect();
    assert_eq!(found, [("qd.txt", 7, 8)], "{:?}", g.findings);
    let f = g.findings.iter().find(|f| f.kind == "basis-repealed").unwrap();
    assert!(f.message.contains("but 233/2026/NĐ-CP of 2026-06-26 replaces it"), "{}", f.message);
    let earlier = draft("20 tháng 5 năm 2026");
    let g = scan_files("repealed-before", &[("nd.txt", repealer), ("qd.txt", &earlier)]);
    assert!(g.findings.iter().all(|f| f.kind != "basis-repealed"), "{:?}", g.findings);
    // A plan that carries it out (check audit 2222), told as such.
    let plan = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 120/KH-UBND\nQuảng Ngãi, ngày 20 tháng 8 năm 2026\n\nKẾ HOẠCH\n\n\
                I. MỤC ĐÍCH\n\nTriển khai thực hiện Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 năm 2020 của Chính phủ.\n";
    let g = scan_files("implements-repealed", &[("nd.txt", repealer), ("kh.txt", plan)]);
    let f = g.findings.iter().find(|f| f.kind == "implements-repealed").expect("a warning");
    assert!(f.message.contains("is carried out here, but 233/2026/NĐ-CP of 2026-06-26 replaces it"), "{}", f.message);
    assert_eq!((f.locations[0].line, f.locations[0].column), (9, 22));
}

/// Audit 2200, a provincial Ban Tuyên giáo's folder (tests/fixtures/party, five of its
/// texts): Party resolutions cited by their congress or plenum, not by number, are
/// documents of their own; every wording of one is one document, a local congress is its
/// Đảng bộ's place's, and a programme that carries out the national congress's resolution
/// traces up to it.
#[test]
fn party_congress_and_plenum_resolutions_are_documents_a_chain_reaches() {
    let g = scan("tests/fixtures/party");
    let targets_of = |text: &str| -> Vec<&str> {
        let mut t: Vec<&str> = g.mentions.iter().filter(|m| m.text.starts_with(text)).map(|m| &*m.target).collect();
        t.sort();
        t.dedup();
        t
    };
    // Three wordings of the Thirteenth Congress, one document of the Party's top level.
    let national = targets_of("Nghị quyết Đại hội XIII");
    assert_eq!(national.len(), 1, "{national:?}");
    assert_eq!(targets_of("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII"), national);
    let congress = g.documents.iter().find(|d| *d.id == *national[0]).expect("the congress's resolution");
    assert_eq!(congress.level, citegraph::tables::Level::CentralParty);
    // Two plenum wordings, one document.
    let plenum = targets_of("Nghị quyết Trung ương 6");
    assert_eq!(plenum.len(), 1, "{plenum:?}");
    assert_eq!(targets_of("Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII"), plenum);
    // A local congress is its Đảng bộ's: the province's named or not, the district's and the
    // commune's where their plans are.
    let provincial = targets_of("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh");
    assert_eq!(provincial, targets_of("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"));
    assert!(provincial.iter().all(|t| t.ends_with("@Quảng Ngãi")), "{provincial:?}");
    assert!(targets_of("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII").iter().all(|t| t.ends_with("@Sơn Tịnh")));
    // The programme carries out the national congress's resolution: a chain ends there.
    let tops = tops(&g, "05-CTr/TU");
    assert!(tops.iter().any(|t| t == national[0]), "{tops:?}");
}

/// From shared/corpus/real (audit 2228, Luật Quốc tịch's page, Nghị định 16/2020/NĐ-CP's
/// list): an act a cited document's title states is that document's, not the citing one's.
#[test]
fn an_act_in_a_cited_title_is_not_the_citing_document_s() {
    let text = "Số: 12/KH-UBND\n\nKẾ HOẠCH\n\nÁp dụng các văn bản sau:\n\nđ) Sắc lệnh số 51/SL ngày 14 tháng 12 \
                năm 1959 bãi bỏ Điều 5, 6 Sắc lệnh số 53/SL ngày 20 tháng 10 năm 1945 quy định quốc tịch Việt Nam;\n";
    let g = scan_files("titled-act", &[("a.txt", text)]);
    let edges: Vec<(&str, &str, &str)> = g.edges.iter().map(|e| (&*e.from, &*e.to, &*e.relation)).collect();
    assert!(edges.contains(&("51/SL:1959", "53/SL:1945", "repeals-part")), "{edges:?}");
    assert!(!edges.iter().any(|&(from, to, _)| from == "12/KH-UBND" && to == "53/SL:1945"), "{edges:?}");
}

/// From shared/corpus/real (Nghị quyết 31/2026/QH16's `## VĂN BẢN LIÊN QUAN`, audit 2250):
/// a document named only in the page editor's table is cited by nobody, and `show` says why
/// its mention stands without an edge.
#[test]
fn show_says_a_mention_of_the_editor_s_list_makes_no_edge() {
    let page = "Số: 31/2026/QH16\n\nNGHỊ QUYẾT\n\nQuốc hội quyết nghị.\n\n## VĂN BẢN LIÊN QUAN\n\n\
                | Số hiệu | Trích yếu | Ghi chú |\n|---|---|---|\n| 62/2025/QH15 | Luật Tổ chức chính quyền địa phương | |\n";
    let g = scan_files("show-editors", &[("nq.md", page)]);
    let doc = g.documents.iter().find(|d| &*d.id == "62/2025/QH15").expect("the row's law");
    let text = query::show_text(&g, &query::show(&g, doc));
    assert!(text.contains("cited or acted on by (0)"), "{text}");
    assert!(text.contains("62/2025/QH15 (the page editor's list or note: no edge)\n"), "{text}");
}

/// From shared/corpus/real (Nghị định 182/2026/NĐ-CP's basis list, audit 2251): a law's name
/// written with another law's number is read as the named law, and `show` says so beside the
/// line, or the line under 38/2005/QH11 reads as a citation of 39/2005/QH11.
#[test]
fn show_says_a_mention_was_read_as_another_number() {
    let text = "Số: 182/2026/NĐ-CP\n\nNGHỊ ĐỊNH\n\n- Căn cứ Luật Giáo dục số 39/2005/QH11;\n\
                - Căn cứ Luật Giáo dục đại học số 08/2012/QH13;\n";
    let g = scan_files("show-read-as", &[("nd.md", text)]);
    let doc = g.documents.iter().find(|d| &*d.id == "38/2005/QH11").expect("Luật Giáo dục 2005 by its name");
    let text = query::show_text(&g, &query::show(&g, doc));
    assert!(text.contains("Luật Giáo dục số 39/2005/QH11 (read as 38/2005/QH11)\n"), "{text}");
    // A mention written as its document is shown as it is.
    let written = g.documents.iter().find(|d| &*d.id == "08/2012/QH13").expect("the second law");
    let text = query::show_text(&g, &query::show(&g, written));
    assert!(text.contains("số 08/2012/QH13\n") && !text.contains("read as"), "{text}");
}

/// From shared/corpus/real (CLI audit 2253): Nghị quyết 28/2026/NQ-CP numbers the amender of
/// Luật Địa chất và khoáng sản (lines 42 and 45); Thông tư 11/2026/TT-BXD names it only by
/// the law it amends (line 82) and stood as a node beside 147/2025/QH15. The name is the law
/// the corpus reads it as; not in a file older than that law.
#[test]
fn an_amending_law_named_by_its_law_is_the_one_the_corpus_numbers() {
    let numbered = "Số: 28/2026/NQ-CP\n\nNGHỊ QUYẾT\n\n\
                    - Căn cứ Luật Địa chất và khoáng sản số 54/2024/QH15 được sửa đổi, bổ sung một số điều bởi Luật số 147/2025/QH15;\n\
                    - Căn cứ Nghị định số 21/2026/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số \
                    193/2025/NĐ-CP ngày 02 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi \
                    hành Luật Địa chất và khoáng sản và quy định chi tiết Luật sửa đổi, bổ sung một số điều của Luật Địa \
                    chất và khoáng sản;\n";
    let named = |number: &str, year: &str| {
        format!(
            "Số: {number}\n\nHà Nội, ngày 10 tháng 3 năm {year}\n\nTHÔNG TƯ\n\n\
             Căn cứ Nghị định số 21/2026/NĐ-CP ngày 16 tháng 01 năm 2026 của Chính phủ sửa đổi, bổ sung một số \
             điều của Nghị định số 193/2025/NĐ-CP ngày 02 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số \
             điều và biện pháp thi hành Luật Địa chất và khoáng sản và quy định chi tiết Luật sửa đổi, bổ sung \
             một số điều của Luật Địa chất và khoáng sản;\n"
        )
    };
    let g = scan_files(
        "amender-in-corpus",
        &[
            ("nq28.md", numbered),
            ("tt11.md", &named("11/2026/TT-BXD", "2026")),
            ("old.md", &named("05/2024/TT-BXD", "2024")),
        ],
    );
    let target_in = |file: &str| {
        let m = g
            .mentions
            .iter()
            .find(|m| m.path.ends_with(file) && m.text.starts_with("Luật sửa đổi"))
            .expect("the amending law");
        m.target.to_string()
    };
    assert_eq!(target_in("nq28.md"), "147/2025/QH15");
    assert_eq!(target_in("tt11.md"), "147/2025/QH15");
    // A circular of 2024 names an amender of before 147/2025/QH15, which the corpus does not number.
    assert!(target_in("old.md").starts_with("Luật sửa đổi"), "{}", target_in("old.md"));
}
