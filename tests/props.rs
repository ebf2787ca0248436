//! Property tests over the readers and the recognizer: for any input, no panic; for every
//! mention, positions that point at its text.

use citegraph::decode::{self, Format, Locator};
use citegraph::{docx, html, legacy, scan};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Pieces real documents are made of, pitfalls included, to be strung together at random.
const PIECES: &[&str] = &[
    "Nghị quyết số ",
    "Nghị định ",
    "Kế hoạch số ",
    "Quyết định số ",
    "Luật Tiếp công dân",
    "Thông báo số ",
    "10/NQ-CP",
    "104/KH-UBND",
    "95/2021/NĐ-CP",
    "12/2018/QĐ-TTg",
    "24-NQ/TW",
    "79 – TB/VPTU",
    "120/2020/QH14",
    " ngày 28/01/2022",
    " ngày 05 tháng 9 năm 2016",
    ", ngày 1-2-2020",
    " của Chính phủ",
    " về công tác dân tộc",
    "Số: 12/BC-UBND\n",
    "\n",
    "\r\n",
    " ",
    "\t",
    "\u{A0}",
    "\u{200B}",
    "\u{AD}",
    "Ð",
    "ð",
    "Nghi\u{323} \u{111}i\u{323}nh",
    "khoản 2 Điều 3 ",
    "và ",
    "; ",
    "/",
    "-",
    "số",
    "2022",
    "NQ",
    "ỦY BAN NHÂN DÂN\n",
    "é",
    "\u{301}",
    "😀",
];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

fn check_plain(original: &str) {
    let s = scan::scan_text("p.txt".into(), original);
    let mut lines = Locator::new(original);
    for m in &s.mentions {
        assert!(m.start <= m.end && m.end <= original.len(), "{m:?}");
        assert!(original.is_char_boundary(m.start) && original.is_char_boundary(m.end), "{m:?}");
        assert_eq!(citegraph::model::Mention::text_of(&original[m.start..m.end]), m.text);
        let line = original[..m.start].matches('\n').count() + 1;
        let col = original[original[..m.start].rfind('\n').map_or(0, |i| i + 1)..m.start].chars().count() + 1;
        assert_eq!((m.line, m.column), (line, col), "{m:?}");
        assert_eq!(lines.line_col(m.start), (line, col));
    }
}

proptest! {
    // 2000 cases each in the suite; PROPTEST_CASES=N for a longer run.
    // Rejections (a sample that honestly reads as another encoding) may be a few percent.
    #![proptest_config({
        let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000);
        ProptestConfig { cases, max_global_rejects: cases / 4 + 1024, ..ProptestConfig::default() }
    })]

    #[test]
    fn plain_text_mentions_are_exact(doc in document()) {
        check_plain(&doc);
    }

    #[test]
    fn any_unicode_text_scans(doc in "\\PC{0,300}") {
        check_plain(&doc);
    }

    #[test]
    fn any_bytes_decode_and_scan(bytes in prop::collection::vec(any::<u8>(), 0..600), html in any::<bool>()) {
        let format = if html { Format::Html } else { Format::Text };
        if let Ok(d) = decode::decode(bytes.clone(), format) {
            let s = scan::scan_decoded("b".into(), &d, bytes.len() as u64);
            for m in &s.mentions {
                prop_assert!(m.start <= m.end && m.end <= bytes.len(), "{:?}", m);
            }
        }
    }

    #[test]
    fn encoded_documents_keep_their_references(doc in document(), how in 0usize..5) {
        let bytes: Vec<u8> = match how {
            0 => { let mut v = vec![0xFF, 0xFE]; v.extend(doc.encode_utf16().flat_map(u16::to_le_bytes)); v }
            1 => { let mut v = b"\xEF\xBB\xBF".to_vec(); v.extend_from_slice(doc.as_bytes()); v }
            2 => legacy::encode_tcvn3(&doc),
            3 => doc.as_bytes().to_vec(),
            _ => format!("<html><body><p>{}</p></body></html>", doc.replace('&', "&amp;").replace('<', "&lt;")).into_bytes(),
        };
        let format = if how == 4 { Format::Html } else { Format::Text };
        let d = decode::decode(bytes.clone(), format).unwrap_or_else(|e| panic!("{e}"));
        let s = scan::scan_decoded("e".into(), &d, bytes.len() as u64);
        // A sample with too few Vietnamese words may honestly read as another encoding.
        let expected = ["UTF-16LE", "UTF-8 with BOM", "TCVN3", "UTF-8", "UTF-8"][how];
        prop_assume!(d.encoding == expected);
        for m in &s.mentions {
            prop_assert!(m.start <= m.end && m.end <= bytes.len(), "{:?}", m);
            // The file bytes there decode back to the mention's text.
            let piece = &bytes[m.start..m.end];
            let back: String = match how {
                0 => { let u: Vec<u16> = piece.chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect(); String::from_utf16(&u).unwrap() }
                1 | 3 => String::from_utf8(piece.to_vec()).unwrap(),
                2 => piece.iter().map(|&b| legacy::tcvn3_char(b as char)).collect(),
                _ => html::strip(std::str::from_utf8(piece).unwrap()).0,
            };
            prop_assert_eq!(citegraph::model::Mention::text_of(&back).nfc().collect::<String>(), m.text.nfc().collect::<String>());
        }
    }

    #[test]
    fn html_maps_every_character_to_a_boundary(src in "(<[a-zA-Z/!?]{0,3}[^<>]{0,8}>?|&[a-z#0-9]{0,6};?|[^<&]{0,10})*") {
        let (text, map) = html::strip(&src);
        for (i, c) in text.char_indices() {
            let (s, e) = (map.start(i), map.end(i + c.len_utf8()));
            prop_assert!(s <= e && e <= src.len() && src.is_char_boundary(s) && src.is_char_boundary(e));
        }
    }

    #[test]
    fn docx_xml_never_panics(src in "(<w:[a-z]{1,3}( [a-z:]+=\"[^\"]{0,3}\")?/?>|</w:[a-z]{1,3}>|&[a-z#0-9]{0,5};?|[^<&]{0,10})*") {
        if let Ok((text, map, starts)) = docx::paragraphs(&src) {
            let map = map.finish(text.len(), src.len());
            prop_assert!(starts.iter().all(|&s| s <= text.len()));
            for (i, c) in text.char_indices() {
                prop_assert!(map.end(i + c.len_utf8()) <= src.len());
            }
        }
    }

    #[test]
    fn vni_and_tcvn3_round_trip(words in prop::collection::vec(prop::sample::select(legacy::COMMON_WORDS), 1..40)) {
        let text = words.join(" ");
        let vni = legacy::encode_vni(&text);
        let units: Vec<legacy::Unit> = vni.char_indices().map(|(i, c)| (c, i, i + c.len_utf8())).collect();
        let mut out = String::new();
        legacy::convert(legacy::Legacy::Vni, &units, &mut out, &mut decode::MapBuilder::new());
        prop_assert_eq!(&out, &text);
        let tcvn = legacy::encode_tcvn3(&text);
        let back: String = tcvn.iter().map(|&b| legacy::tcvn3_char(b as char)).collect();
        prop_assert_eq!(back, text);
    }
}
