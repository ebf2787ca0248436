//! Writing the long arrays of `graph.json` by hand, byte for byte as `serde_json` writes
//! them. On a large corpus the JSON is about as big as the text; serde's per-byte escape
//! loop and its per-field calls cost as much as recognizing the references. Here a string
//! is checked for bytes that need escaping a word at a time and copied whole, and numbers
//! are written by `itoa`. What is rare (a string that needs escaping) goes through
//! `serde_json` itself.

use crate::model::{Document, Edge, Evidence, FileEntry, FileStatus, Finding, Location, Mention, Severity};
use crate::scan::family_label;

/// Something written as one JSON value into a byte buffer.
pub trait WriteJson {
    fn write_json(&self, out: &mut Vec<u8>);
}

/// Does any byte of `s` need escaping in a JSON string (a control byte, `"` or `\`)?
/// Sixteen bytes at a time with SSE2, then eight: the common answer, no, costs a few steps
/// per block.
fn needs_escape(s: &[u8]) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // A lane is zero exactly when its byte equals the one looked for; `haszero` finds any
    // byte below 0x20 the same way by subtracting 0x20 from each lane.
    #[inline(always)]
    fn has_less(x: u64, n: u8) -> u64 {
        x.wrapping_sub(LO * n as u64) & !x & HI
    }
    #[inline(always)]
    fn has_byte(x: u64, b: u8) -> u64 {
        has_less(x ^ (LO * b as u64), 1)
    }
    #[cfg(target_arch = "x86_64")]
    let s = match sse2::first_block_to_escape(s) {
        Some(rest) => rest,
        None => return false,
    };
    let mut chunks = s.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().expect("eight bytes"));
        if has_less(x, 0x20) | has_byte(x, b'"') | has_byte(x, b'\\') != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// Sixteen bytes at a time with SSE2 (on every x86-64), for the longer strings (paths,
/// subjects, evidence sentences).
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// The bytes from the first 16-byte block that holds a byte to escape, with the tail
    /// shorter than a block; `None` when no block holds one and no tail is left.
    #[inline(always)]
    pub fn first_block_to_escape(s: &[u8]) -> Option<&[u8]> {
        let mut at = 0;
        while at + 16 <= s.len() {
            // SAFETY: the load reads 16 bytes inside `s`; SSE2 is part of the x86-64 baseline.
            let mask = unsafe {
                let v = _mm_loadu_si128(s.as_ptr().add(at).cast());
                // A byte below 0x20 is one that `min(v, 0x1F)` leaves as it is.
                let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
                let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
                let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
                _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash)))
            };
            if mask != 0 {
                return Some(&s[at..]);
            }
            at += 16;
        }
        (at < s.len()).then(|| &s[at..])
    }
}

/// A JSON string.
pub fn str(out: &mut Vec<u8>, s: &str) {
    if needs_escape(s.as_bytes()) {
        serde_json::to_writer(&mut *out, s).expect("serializing to memory cannot fail");
    } else {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
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

/// `,"key":` — every field but an object's first; one copy of a constant, which the compiler
/// writes inline (as a function taking the name it cost a tenth of the JSON's formatting).
macro_rules! key {
    ($out:expr, $k:literal) => {
        $out.extend_from_slice(concat!(",\"", $k, "\":").as_bytes())
    };
}

/// `"path":…,"line":…,"column":…` — the place shared by mentions, evidence and locations.
fn place(out: &mut Vec<u8>, path: &str, line: usize, column: usize) {
    out.extend_from_slice(b"{\"path\":");
    str(out, path);
    key!(out, "line");
    uint(out, line);
    key!(out, "column");
    uint(out, column);
}

impl WriteJson for Mention {
    fn write_json(&self, out: &mut Vec<u8>) {
        place(out, &self.path, self.line, self.column);
        key!(out, "start");
        uint(out, self.start);
        key!(out, "end");
        uint(out, self.end);
        key!(out, "text");
        str(out, &self.text);
        key!(out, "kind");
        str(out, &self.kind);
        key!(out, "family");
        str(out, family_label(self.family));
        key!(out, "number");
        opt_str(out, self.number.as_deref());
        key!(out, "symbol");
        opt_str(out, self.symbol.as_deref());
        key!(out, "year");
        opt_uint(out, self.year);
        key!(out, "date");
        opt_str(out, self.date.as_deref());
        key!(out, "date_text");
        opt_str(out, self.date_text.as_deref());
        key!(out, "issuer");
        opt_str(out, self.issuer.as_deref());
        key!(out, "subject");
        opt_str(out, self.subject.as_deref());
        key!(out, "pinpoint");
        opt_str(out, self.pinpoint.as_deref());
        key!(out, "name");
        opt_str(out, self.name.as_deref());
        key!(out, "relation");
        str(out, &self.relation);
        key!(out, "target");
        str(out, &self.target);
        out.push(b'}');
    }
}

/// A place and one text after it: evidence and finding locations.
/// `key` is the whole `,"name":`.
fn place_with_text(out: &mut Vec<u8>, path: &str, line: usize, column: usize, key: &'static str, text: &str) {
    place(out, path, line, column);
    out.extend_from_slice(key.as_bytes());
    str(out, text);
    out.push(b'}');
}

impl WriteJson for Evidence {
    fn write_json(&self, out: &mut Vec<u8>) {
        place_with_text(out, &self.path, self.line, self.column, ",\"sentence\":", &self.sentence);
    }
}

impl WriteJson for Edge {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"from\":");
        str(out, &self.from);
        key!(out, "to");
        str(out, &self.to);
        key!(out, "relation");
        str(out, &self.relation);
        key!(out, "inferred");
        out.extend_from_slice(if self.inferred { b"true" } else { b"false" });
        key!(out, "evidence");
        self.evidence.write_json(out);
        out.push(b'}');
    }
}

impl WriteJson for Location {
    fn write_json(&self, out: &mut Vec<u8>) {
        place_with_text(out, &self.path, self.line, self.column, ",\"text\":", &self.text);
    }
}

impl WriteJson for Finding {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"kind\":");
        str(out, &self.kind);
        key!(out, "severity");
        str(
            out,
            match self.severity {
                Severity::Info => "info",
                Severity::Warning => "warning",
                Severity::Error => "error",
            },
        );
        key!(out, "message");
        str(out, &self.message);
        key!(out, "locations");
        out.push(b'[');
        for (i, l) in self.locations.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            l.write_json(out);
        }
        out.extend_from_slice(b"]}");
    }
}

fn opt_uint(out: &mut Vec<u8>, n: Option<impl itoa::Integer>) {
    match n {
        Some(n) => uint(out, n),
        None => out.extend_from_slice(b"null"),
    }
}

impl WriteJson for Document {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        str(out, &self.id);
        key!(out, "kind");
        str(out, &self.kind);
        key!(out, "number");
        opt_str(out, self.number.as_deref());
        key!(out, "symbol");
        opt_str(out, self.symbol.as_deref());
        key!(out, "year");
        opt_uint(out, self.year);
        key!(out, "date");
        opt_str(out, self.date.as_deref());
        key!(out, "issuer");
        opt_str(out, self.issuer.as_deref());
        key!(out, "title");
        opt_str(out, self.title.as_deref());
        key!(out, "name");
        opt_str(out, self.name.as_deref());
        key!(out, "family");
        opt_str(out, self.family.map(family_label));
        key!(out, "level");
        str(out, self.level.key());
        key!(out, "path");
        opt_str(out, self.path.as_deref());
        key!(out, "in_corpus");
        out.extend_from_slice(if self.in_corpus { b"true" } else { b"false" });
        key!(out, "cited");
        uint(out, self.cited);
        out.push(b'}');
    }
}

impl WriteJson for FileEntry {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"path\":");
        str(out, &self.path);
        key!(out, "status");
        str(
            out,
            match self.status {
                FileStatus::Ok => "ok",
                FileStatus::Skipped => "skipped",
                FileStatus::Error => "error",
            },
        );
        key!(out, "reason");
        opt_str(out, self.reason.as_deref());
        key!(out, "bytes");
        uint(out, self.bytes);
        key!(out, "document");
        opt_str(out, self.document.as_deref());
        key!(out, "mentions");
        uint(out, self.mentions);
        key!(out, "self_mentions");
        uint(out, self.self_mentions);
        key!(out, "format");
        opt_str(out, self.format.as_deref());
        key!(out, "encoding");
        opt_str(out, self.encoding.as_deref());
        key!(out, "offsets");
        opt_str(out, self.offsets.as_deref());
        out.push(b'}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_written_as_serde_writes_them() {
        use crate::tables::{Family, Level};
        let levels = Level::ALL;
        for level in levels {
            assert_eq!(serde_json::to_string(&level).unwrap(), format!("\"{}\"", level.key()));
        }
        let families =
            [None, Some(Family::Administrative), Some(Family::Normative), Some(Family::Party), Some(Family::Named)];
        for (i, (level, family)) in levels.iter().zip(families.iter().cycle()).enumerate() {
            let some = |s: &str| (i % 2 == 0).then(|| s.to_string());
            let doc = Document {
                id: format!("{i}/KH-UBND:2024"),
                kind: "Kế hoạch".into(),
                number: some("0\"4"),
                symbol: some("KH-UBND"),
                year: (i % 2 == 1).then_some(2024),
                date: some("2024-01-02"),
                issuer: some("UBND tỉnh"),
                title: some("Triển khai\nthực hiện"),
                name: some("Luật Đất đai"),
                family: *family,
                level: *level,
                path: some("data/a.txt"),
                in_corpus: i % 2 == 0,
                cited: i,
            };
            let mut ours = Vec::new();
            doc.write_json(&mut ours);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&doc).unwrap());
            let status = [FileStatus::Ok, FileStatus::Skipped, FileStatus::Error][i % 3];
            let entry = FileEntry {
                path: format!("data/{i}.txt"),
                status,
                reason: some("not a \"document\""),
                bytes: 1 << (i * 7),
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
        ];
        for s in cases {
            let mut ours = Vec::new();
            str(&mut ours, s);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
        // Every byte that needs escaping, at every offset of a word.
        for b in (0u8..0x20).chain([b'"', b'\\']) {
            for at in 0..40 {
                let mut s = "x".repeat(40).into_bytes();
                s[at] = b;
                let s = String::from_utf8(s).unwrap();
                let mut ours = Vec::new();
                str(&mut ours, &s);
                assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&s).unwrap());
            }
        }
    }
}
