//! Arbitrary bytes through the whole read path: format by content, decoding (UTF-8, UTF-16,
//! Windows-1258, TCVN3/VNI, HTML, .docx), normalization, recognition and positions.
//! No input may panic, and every mention must lie inside the file.
#![no_main]

use citegraph::decode::{self, Format, Sniffed};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let format = match decode::sniff(bytes) {
        Some(Sniffed::Doc(Format::Pdf)) | Some(Sniffed::Binary(_)) => return,
        Some(Sniffed::Doc(f)) => f,
        None => [Format::Text, Format::Markdown, Format::Html][pick as usize % 3],
    };
    let Ok(doc) = decode::decode(bytes.to_vec(), format) else { return };
    let scan = citegraph::scan::scan_decoded("fuzz".into(), &doc, bytes.len() as u64);
    for m in &scan.mentions {
        assert!(m.start <= m.end, "{m:?}");
        if doc.offsets == decode::OFFSETS_FILE {
            assert!(m.end <= bytes.len(), "{m:?}");
        }
        if doc.is_identity() {
            assert_eq!(&bytes[m.start..m.end], m.text.as_bytes());
        }
    }
});
