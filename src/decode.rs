//! From a file's bytes to text to scan, whatever the format and encoding, with the way back
//! from every position in that text to the bytes of the file.
//!
//! Plain UTF-8 text (the common case) is taken as it is: no copy, no map. Anything else —
//! a BOM, UTF-16, Windows-1258, TCVN3/VNI, HTML markup, a Word document — is decoded into a
//! new text, and an [`OffsetMap`] records where each piece came from.

use crate::corpus::ReadError;
use crate::legacy::{self, Legacy, Unit};
use crate::{docx, html};
use std::borrow::Cow;
use std::sync::LazyLock;

/// Map from offsets in a derived text back to offsets in its source.
///
/// Sorted checkpoints `(derived, source)`: from `derived` on, offsets shift together until
/// the next checkpoint. Where source bytes were dropped (a tag) two checkpoints share one
/// derived offset: the first is where the text before ends, the second where the text after
/// starts, so ranges never swallow what surrounds them.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    checkpoints: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Source offset where the derived character at `at` starts.
    pub fn start(&self, at: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(d, _)| d <= at);
        let (d, s) = self.checkpoints[i.saturating_sub(1)];
        s + (at - d)
    }

    /// Source offset where the derived character before `at` ends.
    pub fn end(&self, at: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(d, _)| d < at);
        match self.checkpoints.get(i) {
            Some(&(d, s)) if d == at => s,
            _ => {
                let (d, s) = self.checkpoints[i.saturating_sub(1)];
                s + (at - d)
            }
        }
    }

    pub fn checkpoints(&self) -> usize {
        self.checkpoints.len()
    }
}

/// Builds an [`OffsetMap`] from units given in order: each derived range and the source range
/// it came from. Only the places where the shift changes are kept.
#[derive(Debug)]
pub struct MapBuilder {
    checkpoints: Vec<(usize, usize)>,
    source_end: usize,
}

impl Default for MapBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl MapBuilder {
    pub fn new() -> Self {
        MapBuilder { checkpoints: vec![(0, 0)], source_end: 0 }
    }

    fn predicted(&self, d: usize) -> usize {
        let &(cd, cs) = self.checkpoints.last().expect("a first checkpoint");
        cs + d.saturating_sub(cd)
    }

    fn push_if_needed(&mut self, d: usize, s: usize) {
        if self.predicted(d) != s {
            self.checkpoints.push((d, s));
        }
    }

    /// The derived text `d0..d1` stands for the source `s0..s1`.
    pub fn unit(&mut self, d0: usize, d1: usize, s0: usize, s1: usize) {
        if s0 != self.source_end {
            // A gap: pin where the text before ends, then where this starts.
            if self.checkpoints.last().is_none_or(|&(d, _)| d != d0) {
                self.checkpoints.push((d0, self.source_end));
            }
            self.checkpoints.push((d0, s0));
        } else {
            self.push_if_needed(d0, s0);
        }
        self.push_if_needed(d1, s1);
        self.source_end = s1;
    }

    pub fn finish(self, _derived_len: usize, _source_len: usize) -> OffsetMap {
        OffsetMap { checkpoints: self.checkpoints }
    }
}

/// What kind of document a file holds, from its content first and its name second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Docx,
    Pdf,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }
}

/// How line and column are counted for a file.
#[derive(Debug, Clone)]
pub enum Lines {
    /// Lines of `source` (the file as Unicode; for HTML, the markup as a browser's
    /// "view source" shows it).
    Source,
    /// Paragraphs of a Word document: line = paragraph number, column = character in it.
    /// Holds the offset in the extracted text where each paragraph starts.
    Paragraphs(Vec<usize>),
}

/// A file decoded for scanning.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The file as Unicode: for plain UTF-8, the file itself, borrowed.
    pub source: Cow<'a, str>,
    /// Source offset → file byte offset; `None` when the source is the file's own bytes.
    pub bytes_map: Option<OffsetMap>,
    /// The text to scan when markup was removed from the source, and its map into it.
    pub extracted: Option<(String, OffsetMap)>,
    pub lines: Lines,
    pub format: Format,
    pub encoding: &'static str,
    /// What `start`/`end` of mentions count bytes of.
    pub offsets: &'static str,
    /// Things a reader should know: replaced bytes, a guessed encoding.
    pub notes: Vec<String>,
}

pub const OFFSETS_FILE: &str = "file";

impl<'a> Decoded<'a> {
    /// UTF-8 text taken as it is.
    pub fn plain(text: &'a str, format: Format) -> Self {
        Decoded {
            source: Cow::Borrowed(text),
            bytes_map: None,
            extracted: None,
            lines: Lines::Source,
            format,
            encoding: "UTF-8",
            offsets: OFFSETS_FILE,
            notes: Vec::new(),
        }
    }

    /// The text the recognizer reads.
    pub fn text(&self) -> &str {
        match &self.extracted {
            Some((t, _)) => t,
            None => &self.source,
        }
    }

    /// Whether positions in `text()` are byte offsets of the file itself.
    pub fn is_identity(&self) -> bool {
        self.bytes_map.is_none() && self.extracted.is_none()
    }

    /// Source range of the text range `start..end`.
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.extracted {
            Some((_, m)) => (m.start(start), m.end(end).max(m.start(start))),
            None => (start, end),
        }
    }

    /// The offset in [`Decoded::text`] of the character that starts at file offset `file_at`
    /// (or the first after it): the way from a mention's `start` back to the text as read.
    pub fn text_offset(&self, file_at: usize) -> usize {
        if self.is_identity() {
            return file_at;
        }
        let text = self.text();
        // File offsets grow with text offsets: the first text offset that maps at or past it.
        let (mut lo, mut hi) = (0, text.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.file_range(mid, mid).0 < file_at {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len())
    }

    /// File byte range of the text range `start..end`.
    pub fn file_range(&self, start: usize, end: usize) -> (usize, usize) {
        let (s, e) = self.source_range(start, end);
        match &self.bytes_map {
            Some(m) => {
                let fs = m.start(s);
                (fs, m.end(e).max(fs))
            }
            None => (s, e),
        }
    }
}

/// Whether a CR in `bytes` is not followed by a LF.
fn has_lone_cr(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'\r', bytes).any(|i| bytes.get(i + 1) != Some(&b'\n'))
}

/// The line breaks in `bytes[from..at]`, LF or a CR alone (one of CRLF is the LF's), and
/// where the line after the last starts (`start` where there is none).
fn breaks_with_lone_cr(bytes: &[u8], from: usize, at: usize, start: usize) -> (usize, usize) {
    let mut breaks = 0;
    let mut start = start;
    for i in memchr::memchr2_iter(b'\n', b'\r', &bytes[from..at]).map(|i| from + i) {
        if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
            breaks += 1;
            start = i + 1;
        }
    }
    (breaks, start)
}

/// Turns byte offsets into 1-based line and column, cheaply for offsets that come in order
/// (a huge single line with many references would otherwise be counted from its start for
/// each one).
pub struct Locator<'t> {
    text: &'t str,
    /// Line starts where they are given (a Word document's paragraphs); else lines are
    /// counted as the offsets come, by a vector count of line breaks: a list of every line's
    /// start cost a step per line, and real texts hold many short ones.
    starts: Option<Vec<usize>>,
    /// How far lines are counted: an offset, its line and where that line starts.
    counted: (usize, usize, usize),
    last: (usize, usize, usize),
    /// Whether a CR stands alone in the text, as an old Mac's line end: then it breaks a line
    /// too, as in editors and Python's `splitlines` (audit 2202: `12b_cr_only.txt` had every
    /// reference on line 1). CRLF stays one break.
    lone_cr: bool,
}

impl<'t> Locator<'t> {
    pub fn new(text: &'t str) -> Self {
        let lone_cr = has_lone_cr(text.as_bytes());
        Locator { text, starts: None, counted: (0, 1, 0), last: (0, 1, 1), lone_cr }
    }

    /// Line starts given by the caller (paragraphs of a Word document).
    pub fn with_starts(text: &'t str, starts: Vec<usize>) -> Self {
        let starts = if starts.first() == Some(&0) { starts } else { std::iter::once(0).chain(starts).collect() };
        Locator { text, starts: Some(starts), counted: (0, 1, 0), last: (0, 1, 1), lone_cr: false }
    }

    /// The 1-based line of byte offset `at` and where it starts.
    fn line_of(&mut self, at: usize) -> (usize, usize) {
        if let Some(starts) = &self.starts {
            let line = starts.partition_point(|&s| s <= at);
            return (line, starts[line - 1]);
        }
        if at < self.counted.0 {
            self.counted = (0, 1, 0);
        }
        let (from, line, start) = self.counted;
        if self.lone_cr {
            let (breaks, start) = breaks_with_lone_cr(self.text.as_bytes(), from, at, start);
            self.counted = (at, line + breaks, start);
            return (line + breaks, start);
        }
        let between = &self.text.as_bytes()[from..at];
        let breaks = count_either(between, b'\n', b'\n');
        let start = if breaks > 0 { from + memchr::memrchr(b'\n', between).map_or(0, |i| i + 1) } else { start };
        self.counted = (at, line + breaks, start);
        (line + breaks, start)
    }

    /// 1-based line and column (in characters) of byte offset `at` of the text.
    pub fn line_col(&mut self, at: usize) -> (usize, usize) {
        let at = at.min(self.text.len());
        let (line, line_start) = self.line_of(at);
        let (from, col) = if self.last.1 == line && self.last.0 <= at && self.last.0 >= line_start {
            (self.last.0, self.last.2)
        } else {
            (line_start, 1)
        };
        let col = col + self.text.get(from..at).map_or(0, |s| s.chars().count());
        self.last = (at, line, col);
        (line, col)
    }
}

/// Recognizes a document format from the first bytes of a file.
pub fn sniff(bytes: &[u8]) -> Option<Sniffed> {
    let head = &bytes[..bytes.len().min(1024)];
    if head.starts_with(b"%PDF-") {
        return Some(Sniffed::Doc(Format::Pdf));
    }
    if head.starts_with(b"PK\x03\x04") {
        // A Word document is a zip whose parts name the word/ folder; other zips are not.
        let ooxml = memchr::memmem::find(&bytes[..bytes.len().min(1 << 20)], b"word/").is_some();
        return Some(if ooxml { Sniffed::Doc(Format::Docx) } else { Sniffed::Binary("zip archive") });
    }
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "old Word/Excel (OLE) document; save it as .docx"),
        (b"{\\rtf", "RTF document; save it as .docx or text"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"\x1F\x8B", "gzip archive"),
        (b"\x7FELF", "executable"),
        (b"MZ", "executable"),
        (b"Rar!", "RAR archive"),
        (b"7z\xBC\xAF", "7-Zip archive"),
    ];
    for (magic, what) in MAGIC {
        if head.starts_with(magic) {
            return Some(Sniffed::Binary(what));
        }
    }
    if looks_like_html(head) {
        return Some(Sniffed::Doc(Format::Html));
    }
    None
}

#[derive(Debug, PartialEq, Eq)]
pub enum Sniffed {
    Doc(Format),
    Binary(&'static str),
}

fn looks_like_html(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let lower: Vec<u8> = head[start..].iter().take(64).map(u8::to_ascii_lowercase).collect();
    ["<!doctype html", "<html", "<head", "<body", "<meta", "<!-- "]
        .iter()
        .any(|p| lower.starts_with(p.as_bytes()) && (*p != "<!-- " || memchr::memmem::find(head, b"<html").is_some()))
}

/// What the head of the report citegraph writes says of it (`report::render`).
pub const OWN_REPORT_MARK: &str = "<meta name=\"generator\" content=\"citegraph";

/// Decodes a whole file of the given format.
pub fn decode(bytes: Vec<u8>, format: Format) -> Result<Decoded<'static>, ReadError> {
    match format {
        Format::Text | Format::Markdown => decode_text(bytes, format),
        Format::Html => {
            // A report written into the folder scanned would be read back as a document that
            // cites everything the corpus cites.
            let head = &bytes[..bytes.len().min(1024)];
            if memchr::memmem::find(head, OWN_REPORT_MARK.as_bytes()).is_some() {
                return Err(ReadError::OwnReport);
            }
            let mut d = decode_text(bytes, Format::Html)?;
            let (text, map) = html::strip(&d.source);
            d.extracted = Some((text, map));
            Ok(d)
        }
        Format::Docx => docx::extract(&bytes),
        Format::Pdf => crate::pdf::extract(bytes),
    }
}

/// Text in any encoding to Unicode. UTF-8 without BOM is the zero-copy path.
pub fn decode_text(bytes: Vec<u8>, format: Format) -> Result<Decoded<'static>, ReadError> {
    if let Some(d) = decode_utf16(&bytes, format) {
        return Ok(d);
    }
    if let Some(offset) = binary_at(&bytes) {
        return Err(nul_byte_at(offset));
    }
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    if !bom && simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: validated as UTF-8 just above.
        let text = unsafe { String::from_utf8_unchecked(bytes) };
        if let Some(d) = legacy_in_unicode(&text, format) {
            return Ok(d);
        }
        let mut d = Decoded::plain("", format);
        d.source = Cow::Owned(text);
        return Ok(d);
    }
    if bom && simdutf8::basic::from_utf8(&bytes[3..]).is_ok() {
        let mut out = String::with_capacity(bytes.len() - 3);
        out.push_str(std::str::from_utf8(&bytes[3..]).expect("validated"));
        let mut m = MapBuilder::new();
        m.unit(0, out.len(), 3, bytes.len());
        let mut d = Decoded::plain("", format);
        d.source = Cow::Owned(out);
        d.bytes_map = Some(m.finish(d.source.len(), bytes.len()));
        d.encoding = "UTF-8 with BOM";
        return Ok(d);
    }
    Ok(decode_8bit(&bytes, format))
}

/// Where a file that is not UTF-16 has a NUL byte: what makes it binary, whatever its name
/// (CLI audit 2253: a `.bin` of NUL bytes was an `unsupported format`, the same bytes named
/// `.txt` a binary file).
pub fn binary_text_at(bytes: &[u8]) -> Option<usize> {
    if utf16_order(bytes).is_some() { None } else { binary_at(bytes) }
}

/// A binary file's reason, by its first NUL byte.
pub fn nul_byte_at(offset: usize) -> ReadError {
    ReadError::Binary { what: format!("NUL byte at offset {offset}") }
}

/// A NUL in the first 8 KiB: no text file has one (UTF-16 is caught before, by its BOM).
fn binary_at(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, &bytes[..bytes.len().min(8192)])
}

/// Whether text without a byte order mark is UTF-16, and little-endian: a Windows export may
/// leave the mark out. Vietnamese in UTF-16 has a zero byte in most of its units (spaces,
/// digits, unaccented letters), always on the same side; text in an 8-bit or UTF-8 encoding
/// has none. Read from its first kilobyte.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(1024) & !1];
    // Most files have no zero byte at all: one search says so.
    if head.len() < 16 || memchr::memchr(0, head).is_none() {
        return None;
    }
    let zeros = |from: usize| head.iter().skip(from).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    let units = head.len() / 2;
    let mostly = |n: usize| n * 10 >= units * 3;
    let hardly = |n: usize| n * 20 <= units;
    let le = if mostly(odd) && hardly(even) {
        true
    } else if mostly(even) && hardly(odd) {
        false
    } else {
        return None;
    };
    // Text, not a binary file's table of small numbers: no control characters but line ends
    // and tabs.
    let control = head
        .chunks_exact(2)
        .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) })
        .filter(|&u| u < 0x20 && !matches!(u, 0x09 | 0x0A | 0x0D))
        .count();
    (control == 0).then_some(le)
}

/// Whether text is UTF-16, by its byte order mark or without one: little-endian or not, and
/// the mark's length.
fn utf16_order(bytes: &[u8]) -> Option<(bool, usize)> {
    if bytes.starts_with(b"\xFF\xFE") {
        Some((true, 2))
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some((false, 2))
    } else {
        Some((utf16_without_bom(bytes)?, 0))
    }
}

fn decode_utf16(bytes: &[u8], format: Format) -> Option<Decoded<'static>> {
    let (le, bom) = utf16_order(bytes)?;
    let body = &bytes[bom..];
    let units = body.chunks(2).map(|c| {
        let pair = [c[0], *c.get(1).unwrap_or(&0)];
        if le { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) }
    });
    let mut out = String::with_capacity(body.len());
    let mut map = MapBuilder::new();
    let mut pos = bom;
    let mut bad = 0;
    for r in char::decode_utf16(units) {
        let (c, len) = match r {
            Ok(c) => (c, c.len_utf16() * 2),
            Err(_) => {
                bad += 1;
                ('\u{FFFD}', 2)
            }
        };
        let d0 = out.len();
        out.push(c);
        let end = (pos + len).min(bytes.len());
        map.unit(d0, out.len(), pos, end);
        pos = end;
    }
    let mut d = Decoded::plain("", format);
    d.encoding = if le { "UTF-16LE" } else { "UTF-16BE" };
    d.bytes_map = Some(map.finish(out.len(), bytes.len()));
    d.source = Cow::Owned(out);
    if bad > 0 {
        d.notes.push(format!("{bad} unpaired UTF-16 surrogates replaced by U+FFFD"));
    }
    Some(d)
}

/// Single-byte tables of encodings encoding_rs knows, one character per byte.
fn single_byte_table(enc: &'static encoding_rs::Encoding) -> [char; 256] {
    let mut t = ['\u{FFFD}'; 256];
    for (b, slot) in t.iter_mut().enumerate() {
        let byte = [b as u8];
        let (s, _) = enc.decode_without_bom_handling(&byte);
        *slot = s.chars().next().unwrap_or('\u{FFFD}');
    }
    t
}

static CP1258: LazyLock<[char; 256]> = LazyLock::new(|| single_byte_table(encoding_rs::WINDOWS_1258));
static CP1252: LazyLock<[char; 256]> = LazyLock::new(|| single_byte_table(encoding_rs::WINDOWS_1252));

const SAMPLE: usize = 64 * 1024;

/// Bytes that are not UTF-8: mostly UTF-8 with a few bad bytes, or Windows-1258, TCVN3 or
/// VNI — whichever reads as Vietnamese.
fn decode_8bit(bytes: &[u8], format: Format) -> Decoded<'static> {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    let (good, bad) = utf8_counts(sample);
    if good >= 4 && bad * 8 <= good {
        return lossy_utf8(bytes, format);
    }
    let units_cp1258: Vec<Unit> = sample.iter().enumerate().map(|(i, &b)| (CP1258[b as usize], i, i + 1)).collect();
    let mut cp1258 = String::new();
    convert_units(&units_cp1258, &mut cp1258, &mut MapBuilder::new());
    let base = legacy::vietnamese_score(&cp1258);
    // A short text has few sequences to outweigh its bad bytes (audit 2221: 86 bytes of
    // Vietnamese with 3 broken ones were read as Windows-1258, `CÄƒn cá»©`): UTF-8 wins where
    // its words read as Vietnamese better.
    if good >= 4 && legacy::vietnamese_score(&String::from_utf8_lossy(sample)) > base {
        return lossy_utf8(bytes, format);
    }
    let legacy_units = |t: &[char; 256]| -> Vec<Unit> {
        sample.iter().enumerate().map(|(i, &b)| (t[b as usize], i, i + 1)).collect::<Vec<_>>()
    };
    let tcvn = legacy::detect(&legacy_units(&latin1()), base).filter(|d| d.0 == Legacy::Tcvn3);
    let vni = legacy::detect(&legacy_units(&CP1252), base).filter(|d| d.0 == Legacy::Vni);
    let pick = match (tcvn, vni) {
        (Some(t), Some(v)) => Some(if t.1 >= v.1 { t } else { v }),
        (t, v) => t.or(v),
    };
    let mut out = String::with_capacity(bytes.len() * 2);
    let mut map = MapBuilder::new();
    let (encoding, note) = match pick {
        Some((kind, _)) => {
            let table = if kind == Legacy::Tcvn3 { latin1() } else { *CP1252 };
            let units: Vec<Unit> = bytes.iter().enumerate().map(|(i, &b)| (table[b as usize], i, i + 1)).collect();
            legacy::convert(kind, &units, &mut out, &mut map);
            (kind.label(), format!("{} legacy-font text converted to Unicode", kind.label()))
        }
        None => {
            let units: Vec<Unit> = bytes.iter().enumerate().map(|(i, &b)| (CP1258[b as usize], i, i + 1)).collect();
            convert_units(&units, &mut out, &mut map);
            let note = if base > 0 {
                "not UTF-8: read as Windows-1258".to_string()
            } else {
                "not UTF-8 and no Vietnamese words in any known encoding: read as Windows-1258 (a guess)".to_string()
            };
            ("windows-1258", note)
        }
    };
    let mut d = Decoded::plain("", format);
    d.bytes_map = Some(map.finish(out.len(), bytes.len()));
    d.source = Cow::Owned(out);
    d.encoding = encoding;
    d.notes.push(note);
    d
}

fn latin1() -> [char; 256] {
    std::array::from_fn(|b| b as u8 as char)
}

fn convert_units(units: &[Unit], out: &mut String, map: &mut MapBuilder) {
    for &(c, s0, s1) in units {
        let d0 = out.len();
        out.push(c);
        map.unit(d0, out.len(), s0, s1);
    }
}

/// UTF-8 with a few broken bytes (a truncated download, a stray Latin-1 letter): keep the
/// text, replace each bad byte with U+FFFD, and say so. Decided on the sample by
/// [`decode_8bit`]: many good multi-byte sequences and few bad bytes, or words that read as
/// Vietnamese better than in Windows-1258.
fn lossy_utf8(bytes: &[u8], format: Format) -> Decoded<'static> {
    let mut out = String::with_capacity(bytes.len() + 16);
    let mut map = MapBuilder::new();
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        let s0 = chunk.valid().as_ptr() as usize - bytes.as_ptr() as usize;
        let d0 = out.len();
        out.push_str(chunk.valid());
        map.unit(d0, out.len(), s0, s0 + chunk.valid().len());
        if !chunk.invalid().is_empty() {
            let b0 = s0 + chunk.valid().len();
            let d0 = out.len();
            out.push('\u{FFFD}');
            map.unit(d0, out.len(), b0, b0 + chunk.invalid().len());
            replaced += 1;
        }
    }
    let mut d = Decoded::plain("", format);
    d.bytes_map = Some(map.finish(out.len(), bytes.len()));
    d.source = Cow::Owned(out);
    d.encoding = "UTF-8 (with invalid bytes)";
    d.notes.push(format!("{replaced} invalid UTF-8 sequences replaced by U+FFFD"));
    d
}

/// Valid multi-byte sequences and invalid sequences in `bytes`.
fn utf8_counts(bytes: &[u8]) -> (usize, usize) {
    let mut good = 0;
    let mut bad = 0;
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        // A sequence cut off by the end of the sample is no fault of the file.
        if !chunk.invalid().is_empty() && chunk.invalid().as_ptr_range().end != bytes.as_ptr_range().end {
            bad += 1;
        }
    }
    (good, bad)
}

/// How many bytes are `a` or `b`. Counted in 32 lanes of bytes, which the compiler turns
/// into vector compares (memchr's iterators stop at every hit, and in Vietnamese text that
/// is every few bytes); a lane holds at most 255 before it is added up. The same loop is
/// compiled a second time for AVX2, used where the processor has it.
fn count_either(bytes: &[u8], a: u8, b: u8) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2 (checked just above).
        return unsafe { count_either_avx2(bytes, a, b) };
    }
    count_in_lanes(bytes, a, b)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn count_either_avx2(bytes: &[u8], a: u8, b: u8) -> usize {
    count_in_lanes(bytes, a, b)
}

#[inline(always)]
fn count_in_lanes(bytes: &[u8], a: u8, b: u8) -> usize {
    const LANES: usize = 32;
    let mut total = 0;
    for block in bytes.chunks(LANES * 255) {
        let mut lanes = [0u8; LANES];
        let mut words = block.chunks_exact(LANES);
        for w in &mut words {
            for (n, &x) in lanes.iter_mut().zip(w) {
                *n += u8::from(x == a) | u8::from(x == b);
            }
        }
        total += lanes.iter().map(|&n| usize::from(n)).sum::<usize>();
        total += words.remainder().iter().filter(|&&x| x == a || x == b).count();
    }
    total
}

/// TCVN3 or VNI text that a program already "converted" to Unicode as if it were Latin-1
/// (`NghÞ ®Þnh`): common in old Word files and copied web text. Looked for only when the
/// first 64 KiB hold many Latin-1 letters and few Vietnamese ones, so ordinary Unicode text
/// pays for one bounded byte count, not a pass over the file.
fn legacy_in_unicode(text: &str, format: Format) -> Option<Decoded<'static>> {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let latin = count_either(sample.as_bytes(), 0xC2, 0xC3);
    if latin < 4 {
        return None;
    }
    let vietnamese = count_either(sample.as_bytes(), 0xE1, 0xC6);
    if vietnamese * 4 > latin {
        return None;
    }
    let units: Vec<Unit> = sample.char_indices().map(|(i, c)| (c, i, i + c.len_utf8())).collect();
    let (kind, _) = legacy::detect(&units, legacy::vietnamese_score(sample))?;
    let units: Vec<Unit> = text.char_indices().map(|(i, c)| (c, i, i + c.len_utf8())).collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut map = MapBuilder::new();
    legacy::convert(kind, &units, &mut out, &mut map);
    let mut d = Decoded::plain("", format);
    d.bytes_map = Some(map.finish(out.len(), text.len()));
    d.source = Cow::Owned(out);
    d.encoding = match kind {
        Legacy::Tcvn3 => "UTF-8 (TCVN3 font text)",
        Legacy::Vni => "UTF-8 (VNI font text)",
    };
    d.notes.push(format!("text typed in a {} font, converted to Unicode", kind.label()));
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_either_byte_at_every_length() {
        let text = "Nghị quyết số 24-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI. ".repeat(300);
        let bytes = text.as_bytes();
        for len in (0..200).chain([8159, 8160, 8161, 16320, bytes.len()]) {
            let part = &bytes[..len.min(bytes.len())];
            let naive = part.iter().filter(|&&x| x == 0xC3 || x == 0xE1).count();
            assert_eq!(count_either(part, 0xC3, 0xE1), naive, "{len}");
        }
        assert_eq!(count_either(&[0xC3; 20_000], 0xC3, 0xC2), 20_000);
    }

    #[test]
    fn map_pins_both_sides_of_a_gap() {
        // Derived "ab" + "cd" from source "ab<i>cd".
        let mut b = MapBuilder::new();
        b.unit(0, 2, 0, 2);
        b.unit(2, 4, 5, 7);
        let m = b.finish(4, 7);
        assert_eq!(m.start(2), 5);
        assert_eq!(m.end(2), 2);
        assert_eq!((m.start(0), m.end(4)), (0, 7));
    }

    #[test]
    fn map_handles_wide_units() {
        // "é" (2 bytes) from one byte, then ASCII.
        let mut b = MapBuilder::new();
        b.unit(0, 2, 0, 1);
        b.unit(2, 3, 1, 2);
        let m = b.finish(3, 2);
        assert_eq!((m.start(0), m.end(2)), (0, 1));
        assert_eq!((m.start(2), m.end(3)), (1, 2));
    }

    #[test]
    fn formats_are_sniffed_from_content() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(Sniffed::Doc(Format::Pdf)));
        assert_eq!(sniff(b"  <!DOCTYPE html><html>"), Some(Sniffed::Doc(Format::Html)));
        assert_eq!(sniff(b"\x89PNG\r\n"), Some(Sniffed::Binary("PNG image")));
        assert_eq!(sniff(b"PK\x03\x04....word/document.xml"), Some(Sniffed::Doc(Format::Docx)));
        assert_eq!(sniff(b"PK\x03\x04....other"), Some(Sniffed::Binary("zip archive")));
        assert_eq!(sniff("Nghị định số 1".as_bytes()), None);
    }

    #[test]
    fn utf8_is_borrowed_through_and_bom_is_mapped() {
        let d = decode_text("Số 10/NQ-CP".as_bytes().to_vec(), Format::Text).unwrap();
        assert!(d.is_identity());
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice("Số 10/NQ-CP".as_bytes());
        let d = decode_text(bytes, Format::Text).unwrap();
        assert_eq!(d.text(), "Số 10/NQ-CP");
        assert_eq!(d.file_range(0, d.text().len()), (3, 3 + "Số 10/NQ-CP".len()));
    }

    #[test]
    fn utf16_maps_to_code_units() {
        let text = "Số 10/NQ-CP";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode_text(bytes, Format::Text).unwrap();
        assert_eq!(d.text(), text);
        let at = text.find("10").unwrap();
        assert_eq!(d.file_range(at, at + 2), (2 + 2 * 3, 2 + 2 * 5));
    }

    #[test]
    fn windows_1258_is_read() {
        // "Nghị định" in Windows-1258: i + combining dot below (0xF2), đ = 0xF0.
        let bytes =
            b"Ngh\x69\xF2 \xF0i\xF2nh s\xF4\xEC 10/NQ-CP cu\xD2a Chi\xECnh phu\xD2 va\xCC ca\xECc ng\xE0y".to_vec();
        let d = decode_text(bytes, Format::Text).unwrap();
        assert_eq!(d.encoding, "windows-1258");
        assert!(d.text().starts_with("Nghi\u{323} \u{111}i\u{323}nh"), "{}", d.text());
    }

    #[test]
    fn a_stray_bad_byte_keeps_the_text() {
        let mut bytes = "Nghị định số 10/NQ-CP của Chính phủ về ".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend_from_slice("công tác".as_bytes());
        let d = decode_text(bytes.clone(), Format::Text).unwrap();
        assert_eq!(d.encoding, "UTF-8 (with invalid bytes)");
        let at = d.text().find("công").unwrap();
        assert_eq!(d.file_range(at, d.text().len()), (bytes.len() - "công tác".len(), bytes.len()));
    }

    /// Audit 2221: a short line with three bad bytes among its Vietnamese is still UTF-8.
    #[test]
    fn a_short_text_with_bad_bytes_is_still_utf8() {
        let mut bytes = "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 ".as_bytes().to_vec();
        bytes.extend_from_slice(b"\xFF\xFE\xC3 ");
        bytes.extend_from_slice("của Chính phủ;\n".as_bytes());
        let d = decode_text(bytes, Format::Text).unwrap();
        assert_eq!(d.encoding, "UTF-8 (with invalid bytes)");
        assert!(d.text().starts_with("Căn cứ Nghị định"), "{}", d.text());
    }

    /// A lone CR (an old Mac's line end) breaks a line; CRLF is one break, as LF is.
    #[test]
    fn locator_counts_a_lone_cr_as_a_line_break() {
        for (text, lines) in [("một\rhai ba\r\rnăm", 4), ("một\r\nhai ba\r\n\r\nnăm", 4), ("một\nhai ba\r\rnăm", 4)]
        {
            let mut l = Locator::new(text);
            assert_eq!(l.line_col(text.find("ba").unwrap()), (2, 5), "{text:?}");
            assert_eq!(l.line_col(text.find("năm").unwrap()), (lines, 1), "{text:?}");
            assert_eq!(l.line_col(text.find("hai").unwrap()), (2, 1), "{text:?}");
        }
    }

    #[test]
    fn locator_counts_characters_in_order_and_out_of_order() {
        let text = "một\nhai ba bốn\nnăm";
        let mut l = Locator::new(text);
        assert_eq!(l.line_col(text.find("ba").unwrap()), (2, 5));
        assert_eq!(l.line_col(text.find("bốn").unwrap()), (2, 8));
        assert_eq!(l.line_col(text.find("hai").unwrap()), (2, 1));
        assert_eq!(l.line_col(text.find("năm").unwrap()), (3, 1));
        assert_eq!(l.line_col(0), (1, 1));
        assert_eq!(l.line_col(text.len()), (3, 4));
        // Counted as they come, or from the given line starts, the lines are those of a list
        // of every line's start.
        let text = include_str!("../tests/fixtures/real/291-2026-ND-CP.md");
        let starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        let mut counted = Locator::new(text);
        let mut given = Locator::with_starts(text, starts.clone());
        let offsets: Vec<usize> = (0..text.len()).step_by(97).chain((0..text.len()).rev().step_by(1013)).collect();
        for at in offsets.into_iter().filter(|&at| text.is_char_boundary(at)) {
            let line = starts.partition_point(|&s| s <= at);
            let expected = (line, text[starts[line - 1]..at].chars().count() + 1);
            assert_eq!(counted.line_col(at), expected, "{at}");
            assert_eq!(given.line_col(at), expected, "{at}");
        }
    }
}
