//! Writing the long arrays of `graph.json` by hand, byte for byte as `serde_json` writes
//! them. On a large corpus the JSON is about as big as the text; serde's per-byte escape
//! loop and its per-field calls cost as much as recognizing the references. Here a string
//! is checked for bytes that need escaping a word at a time and copied whole, and numbers
//! are written by `itoa`. Tests hold every record and string to what `serde_json` writes.

use crate::model::{Document, Edge, Evidence, FileEntry, Finding, Location, Mention};
use crate::scan::family_label;

/// Something written as one JSON value into a byte buffer.
pub trait WriteJson {
    fn write_json(&self, out: &mut Vec<u8>);
}

fn escapes(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Where the first byte of `s` that needs escaping in a JSON string stands (a control byte,
/// `"` or `\`). Most strings written are short (numbers, symbols, kinds), and most need no
/// escape: a string of 16 bytes or more is checked by 16-byte blocks (the last one
/// overlapping), a shorter one by two overlapping words; only a hit is looked at byte by byte.
fn next_escape(s: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // A lane is zero exactly when its byte equals the one looked for; `has_less` finds any
    // byte below 0x20 the same way, by subtracting 0x20 from each lane.
    fn has_less(x: u64, n: u8) -> u64 {
        x.wrapping_sub(LO * n as u64) & !x & HI
    }
    fn has_byte(x: u64, b: u8) -> u64 {
        has_less(x ^ (LO * b as u64), 1)
    }
    let n = s.len();
    #[cfg(target_arch = "x86_64")]
    if n >= 16 {
        return sse2::first_escape(s);
    }
    // Loads of a fixed size: a copy of a variable length would be a call of its own.
    let word = |at: usize| u64::from_le_bytes(s[at..at + 8].try_into().expect("eight bytes"));
    let half = |at: usize| u64::from(u32::from_le_bytes(s[at..at + 4].try_into().expect("four bytes")));
    let any = |x: u64| has_less(x, 0x20) | has_byte(x, b'"') | has_byte(x, b'\\') != 0;
    let hit = match n {
        0..4 => s.iter().any(|&b| escapes(b)),
        4..8 => any(half(0) | half(n - 4) << 32),
        8..16 => any(word(0)) || any(word(n - 8)),
        _ => s[..n - 8].chunks(8).any(|c| any(word_of(c))) || any(word(n - 8)),
    };
    if hit { s.iter().position(|&b| escapes(b)) } else { None }
}

/// Eight bytes (or fewer, padded with a byte needing no escape) as a little-endian word.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn word_of(c: &[u8]) -> u64 {
    let mut b = [b'x'; 8];
    b[..c.len()].copy_from_slice(c);
    u64::from_le_bytes(b)
}

/// Sixteen bytes at a time with SSE2 (on every x86-64), for the longer strings (paths,
/// subjects, evidence sentences).
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// The bits of the bytes to escape among the 16 at `at`, which must lie inside `s`.
    #[inline(always)]
    fn block(s: &[u8], at: usize) -> u32 {
        assert!(at + 16 <= s.len());
        // SAFETY: the load reads 16 bytes inside `s` (asserted); SSE2 is part of the x86-64
        // baseline.
        unsafe {
            let v = _mm_loadu_si128(s.as_ptr().add(at).cast());
            // A byte below 0x20 is one that `min(v, 0x1F)` leaves as it is.
            let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
            let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
            let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
            _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))) as u32
        }
    }

    /// The first byte to escape in `s`, at least 16 bytes long: whole blocks, then the last
    /// 16 bytes, of which those already checked are masked off.
    #[inline(always)]
    pub fn first_escape(s: &[u8]) -> Option<usize> {
        let mut at = 0;
        while at + 16 <= s.len() {
            let mask = block(s, at);
            if mask != 0 {
                return Some(at + mask.trailing_zeros() as usize);
            }
            at += 16;
        }
        if at == s.len() {
            return None;
        }
        let last = s.len() - 16;
        let mask = block(s, last) >> (at - last);
        (mask != 0).then(|| at + mask.trailing_zeros() as usize)
    }
}

/// A JSON string, escaped as `serde_json` escapes it: the runs between escapes are copied
/// whole (sentences broken over lines have a few `\n` each; serde's loop went byte by byte).
pub fn str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut rest = s.as_bytes();
    out.reserve(rest.len() + 2);
    out.push(b'"');
    while let Some(i) = next_escape(rest) {
        out.extend_from_slice(&rest[..i]);
        let b = rest[i];
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]),
        }
        rest = &rest[i + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

fn opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn uint(out: &mut Vec<u8>, n: impl itoa::Integer) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

fn opt_uint(out: &mut Vec<u8>, n: Option<impl itoa::Integer>) {
    match n {
        Some(n) => uint(out, n),
        None => out.extend_from_slice(b"null"),
    }
}

fn boolean(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

fn array<T: WriteJson>(out: &mut Vec<u8>, items: &[T]) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item.write_json(out);
    }
    out.push(b']');
}

fn value(out: &mut Vec<u8>, v: &impl WriteJson) {
    v.write_json(out);
}

/// `,"key":` — every field but an object's first; one copy of a constant, which the compiler
/// writes inline (as a function taking the name it cost a tenth of the JSON's formatting).
macro_rules! key {
    ($out:expr, $k:literal) => {
        $out.extend_from_slice(concat!(",\"", $k, "\":").as_bytes())
    };
}

/// The fields after an object's first, in the order serde writes them: each a key and the
/// writer of its value (`str`, `opt_str`, `uint`, …) with what it writes.
macro_rules! fields {
    ($out:expr; $($k:literal: $write:ident($v:expr)),+ $(,)?) => {
        $( key!($out, $k); $write($out, $v); )+
    };
}

/// `{"path":…,"line":…,"column":…` — the place that opens mentions, evidence and locations.
fn place(out: &mut Vec<u8>, path: &str, line: usize, column: usize) {
    out.extend_from_slice(b"{\"path\":");
    str(out, path);
    fields!(out; "line": uint(line), "column": uint(column));
}

impl WriteJson for Mention {
    fn write_json(&self, out: &mut Vec<u8>) {
        place(out, &self.path, self.line, self.column);
        fields!(out;
            "start": uint(self.start),
            "end": uint(self.end),
            "text": str(&self.text),
            "kind": str(&self.kind),
            "family": str(family_label(self.family)),
            "number": opt_str(self.number.as_deref()),
            "symbol": opt_str(self.symbol.as_deref()),
            "year": opt_uint(self.year),
            "date": opt_str(self.date.as_deref()),
            "date_text": opt_str(self.date_text.as_deref()),
            "issuer": opt_str(self.issuer.as_deref()),
            "subject": opt_str(self.subject.as_deref()),
            "pinpoint": opt_str(self.pinpoint.as_deref()),
            "name": opt_str(self.name.as_deref()),
            "relation": str(&self.relation),
            "target": str(&self.target),
        );
        if let Some(by) = &self.by {
            fields!(out; "by": str(by));
        }
        out.push(b'}');
    }
}

impl WriteJson for Evidence {
    fn write_json(&self, out: &mut Vec<u8>) {
        place(out, &self.path, self.line, self.column);
        fields!(out; "sentence": str(&self.sentence));
        out.push(b'}');
    }
}

impl WriteJson for Edge {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"from\":");
        str(out, &self.from);
        fields!(out;
            "to": str(&self.to),
            "relation": str(&self.relation),
            "inferred": boolean(self.inferred),
            "evidence": value(&self.evidence),
        );
        if !self.also.is_empty() {
            fields!(out; "also": array(&self.also));
        }
        out.push(b'}');
    }
}

impl WriteJson for Location {
    fn write_json(&self, out: &mut Vec<u8>) {
        place(out, &self.path, self.line, self.column);
        fields!(out; "text": str(&self.text));
        out.push(b'}');
    }
}

impl WriteJson for Finding {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"kind\":");
        str(out, &self.kind);
        fields!(out;
            "severity": str(self.severity.key()),
            "message": str(&self.message),
            "locations": array(&self.locations),
        );
        out.push(b'}');
    }
}

impl WriteJson for Document {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        str(out, &self.id);
        fields!(out;
            "kind": str(&self.kind),
            "number": opt_str(self.number.as_deref()),
            "symbol": opt_str(self.symbol.as_deref()),
            "year": opt_uint(self.year),
            "date": opt_str(self.date.as_deref()),
            "issuer": opt_str(self.issuer.as_deref()),
            "title": opt_str(self.title.as_deref()),
            "name": opt_str(self.name.as_deref()),
            "family": opt_str(self.family.map(family_label)),
            "place": opt_str(self.place.as_deref()),
            "level": str(self.level.key()),
            "path": opt_str(self.path.as_deref()),
            "in_corpus": boolean(self.in_corpus),
            "codified": boolean(self.codified),
            "cited": uint(self.cited),
        );
        out.push(b'}');
    }
}

impl WriteJson for FileEntry {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"path\":");
        str(out, &self.path);
        fields!(out;
            "name": str(&self.name),
            "status": str(self.status.key()),
            "reason": opt_str(self.reason.as_deref()),
            "bytes": opt_uint(self.bytes),
            "document": opt_str(self.document.as_deref()),
            "mentions": uint(self.mentions),
            "self_mentions": uint(self.self_mentions),
            "format": opt_str(self.format.as_deref()),
            "encoding": opt_str(self.encoding.as_deref()),
            "offsets": opt_str(self.offsets.as_deref()),
        );
        out.push(b'}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FileStatus, Severity};

    #[test]
    fn records_are_written_as_serde_writes_them() {
        use crate::tables::{Family, Level};
        let levels = Level::ALL;
        for level in levels {
            assert_eq!(serde_json::to_string(&level).unwrap(), format!("\"{}\"", level.key()));
        }
        for status in [FileStatus::Ok, FileStatus::Skipped, FileStatus::Error] {
            assert_eq!(serde_json::to_string(&status).unwrap(), format!("\"{}\"", status.key()));
        }
        for (i, severity) in [Severity::Info, Severity::Warning, Severity::Error].into_iter().enumerate() {
            assert_eq!(serde_json::to_string(&severity).unwrap(), format!("\"{}\"", severity.key()));
            let place = Location { path: "a \"b\".txt".into(), line: i + 1, column: 2, text: "x\ny".into() };
            let finding =
                Finding { kind: "cycle".into(), severity, message: "A → B".into(), locations: vec![place; i] };
            let mut ours = Vec::new();
            finding.write_json(&mut ours);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&finding).unwrap());
        }
        let families =
            [None, Some(Family::Administrative), Some(Family::Normative), Some(Family::Party), Some(Family::Named)];
        for (i, (level, family)) in levels.iter().zip(families.iter().cycle()).enumerate() {
            let some = |s: &str| (i % 2 == 0).then(|| s.to_string());
            let doc = Document {
                id: format!("{i}/KH-UBND:2024").into(),
                kind: "Kế hoạch".into(),
                number: some("0\"4"),
                symbol: some("KH-UBND"),
                year: (i % 2 == 1).then_some(2024),
                date: some("2024-01-02"),
                issuer: some("UBND tỉnh"),
                title: some("Triển khai\nthực hiện"),
                name: some("Luật Đất đai"),
                family: *family,
                place: some("Lào Cai"),
                level: *level,
                path: some("data/a.txt"),
                in_corpus: i % 2 == 0,
                codified: i % 3 == 1,
                cited: i,
            };
            let mut ours = Vec::new();
            doc.write_json(&mut ours);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&doc).unwrap());
            let status = [FileStatus::Ok, FileStatus::Skipped, FileStatus::Error][i % 3];
            let entry = FileEntry {
                path: format!("data/{i}.txt"),
                name: format!("data/{i}.txt"),
                status,
                reason: some("not a \"document\""),
                bytes: (i % 3 != 2).then_some(1 << (i * 7)),
                document: some("1/KH-UBND:2024"),
                mentions: i,
                self_mentions: i / 2,
                format: some("text"),
                encoding: some("UTF-8"),
                offsets: some("file"),
            };
            let mut ours = Vec::new();
            entry.write_json(&mut ours);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&entry).unwrap());
        }
    }

    #[test]
    fn strings_are_written_as_serde_writes_them() {
        let cases = [
            "",
            "plain",
            "Nghị quyết số 24-NQ/TW",
            "a \"quoted\" word",
            "back\\slash",
            "tab\there",
            "new\nline and \u{1}",
            "exactly8",
            "seven77",
            "\u{7f} and \u{a0} and \u{2028}",
            "long text without anything to escape at all, then at the end\"",
            "several\n\"escapes\"\\ in \u{1f}one\r\nstring, \u{8}\u{c} across a block\n\n",
        ];
        for s in cases {
            let mut ours = Vec::new();
            str(&mut ours, s);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
        // Every byte that needs escaping, at every offset of strings of every length up to
        // three blocks (the short ones are read as words, the long ones by blocks).
        for b in (0u8..0x20).chain([b'"', b'\\']) {
            for (len, at) in (1..48).flat_map(|len| (0..len).map(move |at| (len, at))) {
                let mut s = "x".repeat(len).into_bytes();
                s[at] = b;
                let s = String::from_utf8(s).unwrap();
                let mut ours = Vec::new();
                str(&mut ours, &s);
                assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&s).unwrap());
            }
        }
    }
}
