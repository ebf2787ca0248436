//! Text of a Word (.docx) document: the paragraphs of `word/document.xml`.
//!
//! A .docx is a zip of XML parts; its bytes on disk are compressed, so no offset into the file
//! means anything to a person. Positions are given in `word/document.xml` (bytes) and as
//! paragraph number and character within the paragraph, which is what one can find in Word.

use crate::corpus::ReadError;
use crate::decode::{Decoded, Format, Lines, MapBuilder};
use quick_xml::events::Event;
use std::borrow::Cow;
use std::io::{Cursor, Read};

pub const PART: &str = "word/document.xml";

/// Refuse to inflate a part beyond this: a zip bomb must not take the machine down.
const MAX_PART: u64 = 512 * 1024 * 1024;

/// A .docx whose bytes no zip reader opens: a zip library's words (`invalid Zip archive: Could
/// not find EOCD`, audit 2202) told the user nothing they could act on.
pub const NOT_A_ZIP: ReadError =
    ReadError::NotA { what: ".docx", why: "the file is not a zip archive (it may be truncated or another format)" };

pub fn extract(bytes: &[u8]) -> Result<Decoded<'static>, ReadError> {
    let bad = |why: String| ReadError::BadDocument { what: "Word document", why };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| NOT_A_ZIP)?;
    let mut part = zip.by_name(PART).map_err(|e| bad(format!("no {PART}: {e}")))?;
    if part.size() > MAX_PART {
        return Err(bad(format!("{PART} inflates to {} bytes, over the limit", part.size())));
    }
    let mut xml = Vec::with_capacity(part.size() as usize);
    part.by_ref().take(MAX_PART + 1).read_to_end(&mut xml).map_err(|e| bad(format!("cannot inflate {PART}: {e}")))?;
    if xml.len() as u64 > MAX_PART {
        return Err(bad(format!("{PART} inflates past the limit")));
    }
    let xml = String::from_utf8(xml).map_err(|e| bad(format!("{PART} is not UTF-8: {e}")))?;
    let (text, map, paragraphs) = paragraphs(&xml).map_err(bad)?;
    let len = text.len();
    Ok(Decoded {
        source: Cow::Owned(xml),
        bytes_map: None,
        extracted: Some((text, map.finish(len, 0))),
        lines: Lines::Paragraphs(paragraphs),
        format: Format::Docx,
        encoding: "UTF-8",
        offsets: PART,
        notes: Vec::new(),
    })
}

/// The paragraph text of a WordprocessingML body, one paragraph a line; the map into the XML;
/// and where each paragraph starts in the text.
pub fn paragraphs(xml: &str) -> Result<(String, MapBuilder, Vec<usize>), String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    let mut map = MapBuilder::new();
    let mut starts = Vec::new();
    let mut in_text = false;
    let push = |out: &mut String, map: &mut MapBuilder, s: &str, s0: usize, s1: usize| {
        let d0 = out.len();
        out.push_str(s);
        map.unit(d0, out.len(), s0, s1);
    };
    loop {
        let before = reader.buffer_position() as usize;
        let event =
            reader.read_event().map_err(|e| format!("{PART}: bad XML at byte {}: {e}", reader.error_position()))?;
        let after = reader.buffer_position() as usize;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "p" => starts.push(out.len()),
                // An empty `<w:t/>` opens no text; its start tag is `before..after` either way.
                "t" => in_text = xml.as_bytes().get(after.wrapping_sub(2)) != Some(&b'/'),
                "tab" => push(&mut out, &mut map, "\t", before, after),
                "br" | "cr" => push(&mut out, &mut map, "\n", before, after),
                "noBreakHyphen" => push(&mut out, &mut map, "-", before, after),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "p" => push(&mut out, &mut map, "\n", before, after),
                "t" => in_text = false,
                _ => {}
            },
            Event::Text(t) if in_text => {
                let raw = t.into_inner();
                push(&mut out, &mut map, &raw, after - raw.len(), after);
            }
            Event::CData(t) if in_text => {
                let raw = t.into_inner();
                push(&mut out, &mut map, &raw, after - 3 - raw.len(), after - 3);
            }
            Event::GeneralRef(r) if in_text => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c,
                    _ => match r.as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        _ => '\u{FFFD}',
                    },
                };
                push(&mut out, &mut map, c.encode_utf8(&mut [0; 4]), before, after);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((out, map, starts))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>CHÍNH PHỦ</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Thực hiện Nghị </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>quyết số 10/NQ-CP</w:t></w:r><w:r><w:t xml:space="preserve"> ngày 28/01/2022 &amp; khác</w:t></w:r></w:p>
</w:body></w:document>"#;

    #[test]
    fn runs_join_and_paragraphs_are_lines() {
        let (text, map, starts) = paragraphs(BODY).unwrap();
        assert_eq!(text, "CHÍNH PHỦ\nThực hiện Nghị quyết số 10/NQ-CP ngày 28/01/2022 & khác\n");
        assert_eq!(starts, vec![0, "CHÍNH PHỦ\n".len()]);
        let map = map.finish(text.len(), BODY.len());
        let s = text.find("Nghị").unwrap();
        let e = text.find("NQ-CP").unwrap() + 5;
        assert_eq!(
            &BODY[map.start(s)..map.end(e)],
            "Nghị </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>quyết số 10/NQ-CP"
        );
        let amp = text.find('&').unwrap();
        assert_eq!(&BODY[map.start(amp)..map.end(amp + 1)], "&amp;");
    }

    #[test]
    fn broken_xml_is_an_error_not_a_panic() {
        assert!(paragraphs("<w:p><w:t>a</w:x></w:p>").is_err());
    }
}
