//! Text of an HTML page, as a reader sees it, with each piece mapped back into the markup.
//!
//! Legal databases serve pages of loosely written HTML; a full parser would build a tree and
//! forget where each character stood. What matching needs is simpler: the character data in
//! order, entities decoded, scripts and styles left out, and a line break wherever a block
//! ends so that a reference never runs on into the next paragraph.

use crate::decode::{MapBuilder, OffsetMap};

/// Elements whose content is not text for a reader.
const HIDDEN: &[&str] = &["script", "style", "noscript", "template", "svg", "object"];

/// Elements that end a line of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Elements that separate cells on one line.
const CELLS: &[&str] = &["td", "th"];

/// Named character references found in Vietnamese pages: markup, spaces and dashes, quotes,
/// and the Latin-1 letters Vietnamese shares (`&agrave;` … `&yacute;`, `&ETH;` for `Đ`'s
/// lookalike). Others are left as written.
pub const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("shy", '\u{AD}'),
    ("zwsp", '\u{200B}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("minus", '−'),
    ("hellip", '…'),
    ("bull", '•'),
    ("middot", '·'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("copy", '©'),
    ("reg", '®'),
    ("deg", '°'),
    ("sect", '§'),
    ("para", '¶'),
    ("times", '×'),
    ("divide", '÷'),
    ("euro", '€'),
    ("Agrave", 'À'),
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Atilde", 'Ã'),
    ("Egrave", 'È'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Igrave", 'Ì'),
    ("Iacute", 'Í'),
    ("Ograve", 'Ò'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Otilde", 'Õ'),
    ("Ugrave", 'Ù'),
    ("Uacute", 'Ú'),
    ("Yacute", 'Ý'),
    ("ETH", 'Ð'),
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("igrave", 'ì'),
    ("iacute", 'í'),
    ("ograve", 'ò'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ugrave", 'ù'),
    ("uacute", 'ú'),
    ("yacute", 'ý'),
    ("eth", 'ð'),
];

/// The text of `html` and the map from it back into `html`.
pub fn strip(html: &str) -> (String, OffsetMap) {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut map = MapBuilder::new();
    let mut pos = 0;
    let mut run = 0; // start of the text run not yet copied
    while pos < bytes.len() {
        let Some(next) = memchr::memchr2(b'<', b'&', &bytes[pos..]) else { break };
        pos += next;
        copy_run(html, run, pos, &mut out, &mut map);
        if bytes[pos] == b'&' {
            match entity(&html[pos..]) {
                Some((c, len)) => {
                    let d0 = out.len();
                    out.push(c);
                    map.unit(d0, out.len(), pos, pos + len);
                    pos += len;
                }
                None => {
                    let d0 = out.len();
                    out.push('&');
                    map.unit(d0, out.len(), pos, pos + 1);
                    pos += 1;
                }
            }
            run = pos;
            continue;
        }
        match markup(html, pos) {
            Markup::Literal => {
                let d0 = out.len();
                out.push('<');
                map.unit(d0, out.len(), pos, pos + 1);
                pos += 1;
            }
            Markup::Skip(end) => pos = end,
            Markup::Tag { name, end, closing } => {
                let lower = name.to_ascii_lowercase();
                if !closing && HIDDEN.contains(&lower.as_str()) {
                    pos = hidden_end(html, end, &lower);
                } else {
                    let sep = if BLOCKS.contains(&lower.as_str()) {
                        Some('\n')
                    } else if CELLS.contains(&lower.as_str()) {
                        Some('\t')
                    } else {
                        None
                    };
                    let wanted =
                        lower == "br" || !out.ends_with(['\n', '\t']) || (sep == Some('\n') && out.ends_with('\t'));
                    if let Some(sep) = sep.filter(|_| wanted) {
                        let d0 = out.len();
                        out.push(sep);
                        map.unit(d0, out.len(), pos, end);
                    }
                    pos = end;
                }
            }
        }
        run = pos;
    }
    copy_run(html, run, bytes.len().max(run), &mut out, &mut map);
    let len = out.len();
    (out, map.finish(len, html.len()))
}

fn copy_run(html: &str, from: usize, to: usize, out: &mut String, map: &mut MapBuilder) {
    if to > from {
        let d0 = out.len();
        out.push_str(&html[from..to]);
        map.unit(d0, out.len(), from, to);
    }
}

enum Markup<'h> {
    /// A `<` that opens nothing: text.
    Literal,
    /// A comment, doctype or processing instruction, ending at the offset.
    Skip(usize),
    Tag {
        name: &'h str,
        end: usize,
        closing: bool,
    },
}

fn markup(html: &str, pos: usize) -> Markup<'_> {
    let rest = &html[pos..];
    if let Some(comment) = rest.strip_prefix("<!--") {
        return Markup::Skip(comment.find("-->").map_or(html.len(), |i| pos + 4 + i + 3));
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return Markup::Skip(rest.find('>').map_or(html.len(), |i| pos + i + 1));
    }
    let closing = rest.starts_with("</");
    let name_start = if closing { 2 } else { 1 };
    let name_len = rest[name_start..].bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b':').count();
    if name_len == 0 || !rest.as_bytes()[name_start].is_ascii_alphabetic() {
        return Markup::Literal;
    }
    let name = &rest[name_start..name_start + name_len];
    // The tag ends at the first `>` outside a quoted attribute value.
    let mut quote = None;
    for (i, b) in rest.bytes().enumerate().skip(name_start + name_len) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Markup::Tag { name, end: pos + i + 1, closing },
            _ => {}
        }
    }
    Markup::Tag { name, end: html.len(), closing }
}

/// Where the content of a hidden element ends: after its closing tag.
fn hidden_end(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(i) = memchr::memmem::find(&bytes[at..], b"</") {
        let start = at + i + 2;
        let candidate = &bytes[start..(start + name.len()).min(bytes.len())];
        if candidate.eq_ignore_ascii_case(name.as_bytes()) {
            return html[start..].find('>').map_or(html.len(), |j| start + j + 1);
        }
        at = start;
    }
    html.len()
}

/// A character reference at the start of `s`: the character and the reference's length.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.as_bytes().iter().take(34).position(|&b| b == b';')?;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(n).filter(|&c| c != '\0').unwrap_or('\u{FFFD}')
    } else {
        ENTITIES.iter().find(|e| e.0 == body)?.1
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str, want: &str) {
        let (text, map) = strip(html);
        assert_eq!(text, want, "{html}");
        // Every character maps to a char boundary of the markup.
        for (i, c) in text.char_indices() {
            let (s, e) = (map.start(i), map.end(i + c.len_utf8()));
            assert!(s <= e && html.is_char_boundary(s) && html.is_char_boundary(e), "{c:?} at {i}");
        }
    }

    #[test]
    fn tags_go_blocks_break_entities_decode() {
        check(
            "<html><head><title>T</title><style>p{x:1}</style></head><body><p>Ngh&#7883; <b>định</b> s&ocirc;́ 10/NQ&ndash;CP</p><p>a &amp; b &unknown; <br>c</p><script>if (a<b) x()</script></body></html>",
            "\nT\nNghị định s\u{f4}\u{301} 10/NQ\u{2013}CP\na & b &unknown; \nc\n",
        );
    }

    #[test]
    fn positions_point_into_the_markup() {
        let html = "<p>Nghị <b>quyết</b> số 10/NQ-CP</p>";
        let (text, map) = strip(html);
        let s = text.find("Nghị").unwrap();
        let e = text.find("CP").unwrap() + 2;
        assert_eq!(&html[map.start(s)..map.end(e)], "Nghị <b>quyết</b> số 10/NQ-CP");
        // The end of "Nghị " does not swallow the tag after it.
        let e = text.find("quyết").unwrap();
        assert_eq!(&html[map.start(s)..map.end(e)], "Nghị ");
    }

    #[test]
    fn every_entity_row_decodes() {
        for &(name, c) in ENTITIES {
            assert_eq!(entity(&format!("&{name};")), Some((c, name.len() + 2)), "{name}");
        }
        assert_eq!(entity("&#x110;"), Some(('Đ', 7)));
        assert_eq!(entity("&#0;"), Some(('\u{FFFD}', 4)));
        assert_eq!(entity("&#99999999;"), Some(('\u{FFFD}', 11)));
    }

    #[test]
    fn broken_markup_does_not_lose_text() {
        check("a < b <3 <p class=\"x>y\">c</p", "a < b <3 \nc\n");
        check("<!-- never closed", "");
        check("<script>never closed", "");
    }
}
