//! Normalizing text for matching while keeping a way back to the original bytes.
//!
//! The recognizer sees one canonical spelling (NFC, `Đ` not `Ð`, plain spaces and
//! hyphens, no zero-width characters); users see positions in the file they opened.
//! Most files need no change at all, so the common path borrows the text and keeps no map.

use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// What a single character becomes before matching.
enum Fold {
    Keep,
    Drop,
    To(char),
}

fn fold(c: char) -> Fold {
    match c {
        // No-break, figure, thin, ideographic … spaces, and tabs: one plain space.
        '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Fold::To(' '),
        // Zero-width characters, soft hyphen, BOM and word joiner can sit inside a symbol.
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Fold::Drop,
        // Every dash form that occurs in symbols (`79 – TB/VPTU`, `104/UBND –KH`).
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Fold::To('-'),
        // Icelandic eth and African D look like the Vietnamese letter.
        '\u{00D0}' | '\u{0189}' => Fold::To('Đ'),
        '\u{00F0}' => Fold::To('đ'),
        '\r' => Fold::To(' '),
        _ => Fold::Keep,
    }
}

fn needs_fold(c: char) -> bool {
    !matches!(fold(c), Fold::Keep)
}

/// Text prepared for matching, with the map back to the original.
pub struct Normalized<'a> {
    pub text: Cow<'a, str>,
    /// For each byte of `text`, the original byte offset where the character that produced it
    /// starts, and where it ends. `None` when `text` is the original unchanged.
    map: Option<(Vec<u32>, Vec<u32>)>,
}

impl<'a> Normalized<'a> {
    pub fn new(original: &'a str) -> Self {
        let clean = original.chars().all(|c| !needs_fold(c)) && is_nfc_quick(original.chars()) == IsNormalized::Yes;
        if clean {
            return Normalized { text: Cow::Borrowed(original), map: None };
        }
        let mut out = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len());
        let mut ends = Vec::with_capacity(original.len());
        let mut segment = String::new();
        let mut chars = original.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            // A segment is a starter and the combining marks that follow it: NFC only ever
            // recomposes within one, so each output byte maps to the whole segment.
            segment.clear();
            segment.push(c);
            let mut end = at + c.len_utf8();
            while let Some(&(next_at, next)) = chars.peek() {
                if canonical_combining_class(next) == 0 {
                    break;
                }
                segment.push(next);
                end = next_at + next.len_utf8();
                chars.next();
            }
            let before = out.len();
            if segment.len() == c.len_utf8() {
                match fold(c) {
                    Fold::Keep => out.push(c),
                    Fold::Drop => {}
                    Fold::To(r) => out.push(r),
                }
            } else {
                for n in segment.nfc() {
                    match fold(n) {
                        Fold::Keep => out.push(n),
                        Fold::Drop => {}
                        Fold::To(r) => out.push(r),
                    }
                }
            }
            starts.resize(out.len(), at as u32);
            ends.resize(out.len(), end as u32);
            debug_assert!(out.len() >= before);
        }
        Normalized { text: Cow::Owned(out), map: Some((starts, ends)) }
    }

    /// Original byte range of the normalized range `start..end` (`start < end`).
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.map {
            None => (start, end),
            Some((starts, ends)) => (starts[start] as usize, ends[end - 1] as usize),
        }
    }

    /// Original byte offset of a normalized offset (an insertion point).
    pub fn original_offset(&self, at: usize, original_len: usize) -> usize {
        match &self.map {
            None => at,
            Some((starts, _)) => starts.get(at).map_or(original_len, |&o| o as usize),
        }
    }

    pub fn changed(&self) -> bool {
        self.map.is_some()
    }
}

/// Line starts of a text, for turning byte offsets into 1-based line and column.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and 1-based column in characters of byte offset `at`.
    pub fn line_col(&self, text: &str, at: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= at);
        let start = self.starts[line - 1];
        let column = text[start..at].chars().count() + 1;
        (line, column)
    }

    /// 1-based line of byte offset `at`.
    pub fn line(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed() {
        let n = Normalized::new("Kế hoạch số 104/KH-UBND");
        assert!(!n.changed());
    }

    #[test]
    fn dashes_spaces_and_eth_fold_and_map_back() {
        let original = "Số\u{00A0}79 \u{2013} TB/VPTU và Ðảng";
        let n = Normalized::new(original);
        assert_eq!(n.text, "Số 79 - TB/VPTU và Đảng");
        let s = n.text.find("79").unwrap();
        let e = n.text.find("VPTU").unwrap() + 4;
        let (os, oe) = n.original_range(s, e);
        assert_eq!(&original[os..oe], "79 \u{2013} TB/VPTU");
    }

    #[test]
    fn nfd_is_composed_and_maps_to_whole_cluster() {
        let original = "Nghi\u{0323} \u{0111}i\u{0323}nh"; // NFD "Nghị định"
        let n = Normalized::new(original);
        assert_eq!(n.text, "Nghị định");
        let (os, oe) = n.original_range(0, n.text.len());
        assert_eq!(&original[os..oe], original);
    }

    #[test]
    fn zero_width_inside_a_symbol_is_dropped() {
        let original = "10/NQ\u{200B}-CP";
        let n = Normalized::new(original);
        assert_eq!(n.text, "10/NQ-CP");
        assert_eq!(n.original_range(0, n.text.len()), (0, original.len()));
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "dòng một\nĐây là 10/NQ-CP";
        let idx = LineIndex::new(text);
        let at = text.find("10/").unwrap();
        assert_eq!(idx.line_col(text, at), (2, 8));
    }
}
