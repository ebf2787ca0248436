//! Normalizing text for matching while keeping a way back to the original bytes.
//!
//! The recognizer sees one canonical spelling (NFC, `Đ` not `Ð`, plain spaces, hyphens and
//! slashes, no zero-width characters); users see positions in the file they opened.
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
        // Every dash form but the hyphen itself, which is kept as it is.
        c if c != '-' && is_dash(c) => Fold::To('-'),
        // Fraction and division slashes OCR reads for the symbol's (`47⁄2024/QH15`).
        '\u{2044}' | '\u{2215}' => Fold::To('/'),
        // Icelandic eth and African D look like the Vietnamese letter.
        '\u{00D0}' | '\u{0189}' => Fold::To('Đ'),
        '\u{00F0}' => Fold::To('đ'),
        // A carriage return alone ends a line (old Mac files); before `\n` it is dropped
        // (`fold_segment`), so that a Windows file reads as the same text with `\n` only.
        '\r' => Fold::To('\n'),
        _ => Fold::Keep,
    }
}

/// Every dash form that occurs in symbols (`79 – TB/VPTU`, `104/UBND –KH`), read as a hyphen.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}')
}

fn needs_fold(c: char) -> bool {
    !matches!(fold(c), Fold::Keep)
}

/// Characters that need no look-up: ASCII other than tab and CR, and the precomposed Latin
/// letters Vietnamese is written in (all starters, all already NFC).
fn plainly_nfc(c: char) -> bool {
    matches!(c, '\u{0080}'..='\u{02FF}' | '\u{1E00}'..='\u{1EFF}') && !needs_fold(c)
}

/// Whether `c` may change under NFC, alone or with what follows it.
fn may_compose(c: char) -> bool {
    canonical_combining_class(c) != 0 || is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes
}

/// Text prepared for matching, with the map back to the original.
pub struct Normalized<'a> {
    pub text: Cow<'a, str>,
    /// Where offsets shift: from normalized offset `.0` on, the original offset is
    /// `.1 + (n - .0)` until the next checkpoint. Empty when `text` is the original.
    checkpoints: Vec<(u32, u32)>,
}

impl<'a> Normalized<'a> {
    pub fn new(original: &'a str) -> Self {
        let Some(first) = first_change(original) else {
            return Normalized { text: Cow::Borrowed(original), checkpoints: Vec::new() };
        };
        // Clean runs are copied whole; only the characters that change are looked at.
        let mut out = String::with_capacity(original.len());
        let mut checkpoints = vec![(0, 0)];
        let mut segment = String::new();
        out.push_str(&original[..first]);
        let mut pos = first;
        let bytes = original.as_bytes();
        while pos < original.len() {
            let mut run = clean_run_end(bytes, pos);
            // A letter followed by a combining mark starts a segment (NFD `i` + dot below).
            if run > pos && original[run..].chars().next().is_some_and(is_mark) {
                run = original[..run].char_indices().next_back().map_or(pos, |(i, _)| i.max(pos));
            }
            out.push_str(&original[pos..run]);
            pos = run;
            if pos >= original.len() {
                break;
            }
            if unchanged_at(original, pos) {
                let c = original[pos..].chars().next().expect("char");
                out.push(c);
                pos += c.len_utf8();
                continue;
            }
            pos = fold_segment(original, pos, &mut out, &mut segment, &mut checkpoints);
        }
        Normalized { text: Cow::Owned(out), checkpoints }
    }

    /// The original offset of normalized offset `at`. A changed segment maps back only as a
    /// whole (`a` + U+0344 is `ä` + U+0301, whose inner edge has no place in the original):
    /// an offset inside one goes to the segment's start, or with `up` to its end.
    fn map(&self, at: usize, up: bool) -> usize {
        let mut k = self.checkpoints.partition_point(|&(n, _)| n as usize <= at).saturating_sub(1);
        // An end stops before what was dropped right there (the `\r` of a Windows line end,
        // a zero-width space): a reference ends where its last character does.
        while up && k >= 2 && k % 2 == 0 && self.checkpoints[k - 1].0 as usize == at {
            let (open, close) = (self.checkpoints[k - 1].1, self.checkpoints[k - 2]);
            if close.0 as usize != at || close.1 != open {
                return open as usize;
            }
            k -= 2;
        }
        let (n, o) = self.checkpoints[k];
        // After the first, checkpoints come in pairs, one at each edge of a changed segment:
        // an odd index opens one.
        if k % 2 == 1
            && at > n as usize
            && let Some(&(_, end)) = self.checkpoints.get(k + 1)
        {
            return if up { end as usize } else { o as usize };
        }
        o as usize + (at - n as usize)
    }

    /// Original byte range of the normalized range `start..end`: the smallest whole one,
    /// always at character boundaries of the original.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.checkpoints.is_empty() {
            return (start, end);
        }
        (self.map(start, false), self.map(end, true))
    }

    pub fn changed(&self) -> bool {
        !self.checkpoints.is_empty()
    }
}

/// A combining mark: it belongs to the starter before it.
fn is_mark(c: char) -> bool {
    !c.is_ascii() && !plainly_nfc(c) && canonical_combining_class(c) != 0
}

/// Folds the segment at `pos` (a starter and the marks after it) into `out`; NFC only ever
/// recomposes within a segment, so the segment maps back as a whole. Returns where it ends.
fn fold_segment(
    original: &str,
    pos: usize,
    out: &mut String,
    segment: &mut String,
    checkpoints: &mut Vec<(u32, u32)>,
) -> usize {
    let c = original[pos..].chars().next().expect("char at boundary");
    let mut end = pos + c.len_utf8();
    while let Some(next) = original[end..].chars().next().filter(|&n| is_mark(n)) {
        end += next.len_utf8();
    }
    let before = out.len();
    if c == '\r' && original.as_bytes().get(end) == Some(&b'\n') {
        // The `\n` after it ends the line.
    } else if end == pos + c.len_utf8() && !may_compose(c) {
        push_folded(out, c);
    } else {
        segment.clear();
        segment.extend(original[pos..end].nfc());
        for n in segment.chars() {
            push_folded(out, n);
        }
    }
    // Equal lengths are not enough to map inside the segment linearly: its characters may
    // split it elsewhere than the original's do.
    if out.as_bytes()[before..] != original.as_bytes()[pos..end] {
        checkpoints.push((before as u32, pos as u32));
        checkpoints.push((out.len() as u32, end as u32));
    }
    end
}

fn push_folded(out: &mut String, c: char) {
    match fold(c) {
        Fold::Keep => out.push(c),
        Fold::Drop => {}
        Fold::To(r) => out.push(r),
    }
}

/// What a character's lead byte says about it.
#[derive(Clone, Copy, PartialEq)]
enum Lead {
    /// Left alone: ASCII other than tab and CR, and the letters of Latin Extended-A/B.
    Clean,
    /// Tab, CR, and leads of characters that may change (marks, dashes, spaces, CJK …).
    Stop,
    /// `C2`, `C3`, `C6`, `E1`: clean or not depending on the second byte.
    Check,
}

const LEADS: [Lead; 256] = {
    let mut t = [Lead::Clean; 256];
    t[b'\t' as usize] = Lead::Stop;
    t[b'\r' as usize] = Lead::Stop;
    let mut b = 0xCC;
    while b <= 0xFF {
        t[b] = Lead::Stop;
        b += 1;
    }
    t[0xC2] = Lead::Check;
    t[0xC3] = Lead::Check;
    t[0xC6] = Lead::Check;
    t[0xE1] = Lead::Check;
    t
};

/// Whether the character whose lead byte is at `i` is certainly left alone.
fn clean_at(bytes: &[u8], i: usize) -> bool {
    let b = bytes[i];
    match LEADS[b as usize] {
        Lead::Clean => true,
        Lead::Stop => false,
        Lead::Check => match (b, bytes.get(i + 1).copied()) {
            (0xC2, next) => !matches!(next, Some(0xA0 | 0xAD) | None),
            (0xC3, next) => !matches!(next, Some(0x90 | 0xB0) | None),
            (0xC6, next) => next != Some(0x89),
            (_, next) => matches!(next, Some(0xB8..=0xBB)),
        },
    }
}

/// End of the run from `pos` of bytes that normalization certainly leaves alone: ASCII other
/// than tab and CR, Latin-1 letters other than `Ð`/`ð`/no-break space/soft hyphen, Latin
/// Extended-A/B other than `Ɖ`, and Latin Extended Additional (the precomposed Vietnamese
/// letters). Eight bytes at a time: only lead bytes of multi-byte characters (and tab, CR)
/// are looked at, each by a table; in Vietnamese text that is one byte in three or four.
fn clean_run_end(bytes: &[u8], pos: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    let pos = {
        let pos = if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2 (checked just above).
            unsafe { avx2::clean_run_end(bytes, pos) }
        } else {
            pos
        };
        sse2::clean_run_end(bytes, pos)
    };
    clean_run_end_by_words(bytes, pos)
}

/// [`sse2`]'s test 32 bytes at a time, where the processor has AVX2 (most do; the check is
/// made at run time): the scan reads every byte of every text, and this halves its steps.
#[cfg(target_arch = "x86_64")]
mod avx2 {
    use std::arch::x86_64::*;

    /// As [`super::sse2::clean_run_end`], by blocks of 32.
    #[target_feature(enable = "avx2")]
    pub unsafe fn clean_run_end(bytes: &[u8], mut pos: usize) -> usize {
        while pos + 33 <= bytes.len() {
            // SAFETY: both loads read 32 bytes inside `bytes` (pos + 33 <= len).
            let mask = unsafe {
                let p = bytes.as_ptr().add(pos);
                stops(_mm256_loadu_si256(p.cast()), _mm256_loadu_si256(p.add(1).cast()))
            };
            if mask != 0 {
                return pos + mask.trailing_zeros() as usize;
            }
            pos += 32;
        }
        pos
    }

    /// As [`super::sse2::stops`], for 32 bytes.
    #[target_feature(enable = "avx2")]
    fn stops(b: __m256i, n: __m256i) -> u32 {
        let eq = |v: __m256i, x: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(x as i8));
        let at_least = |v: __m256i, x: u8| _mm256_cmpeq_epi8(_mm256_max_epu8(v, _mm256_set1_epi8(x as i8)), v);
        let at_most = |v: __m256i, x: u8| _mm256_cmpeq_epi8(_mm256_min_epu8(v, _mm256_set1_epi8(x as i8)), v);
        let or = |a, b| _mm256_or_si256(a, b);
        let and = |a, b| _mm256_and_si256(a, b);
        let e1 = eq(b, 0xE1);
        let extended_additional = and(at_least(n, 0xB8), at_most(n, 0xBB));
        let stop = or(
            or(or(eq(b, b'\t'), eq(b, b'\r')), _mm256_andnot_si256(e1, at_least(b, 0xCC))),
            or(
                or(_mm256_andnot_si256(extended_additional, e1), and(eq(b, 0xC2), or(eq(n, 0xA0), eq(n, 0xAD)))),
                or(and(eq(b, 0xC3), or(eq(n, 0x90), eq(n, 0xB0))), and(eq(b, 0xC6), eq(n, 0x89))),
            ),
        );
        _mm256_movemask_epi8(stop) as u32
    }
}

/// Sixteen bytes at a time with SSE2 (on every x86-64): each byte is classed together with
/// the one after it, so a whole block is decided by a handful of vector steps and no table.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// Where the first byte that may change stands, or the start of the last 16 bytes (the
    /// block needs the byte after each of its own): the caller reads on from there.
    pub fn clean_run_end(bytes: &[u8], mut pos: usize) -> usize {
        while pos + 17 <= bytes.len() {
            // SAFETY: both loads read 16 bytes inside `bytes` (pos + 17 <= len); SSE2 is part
            // of the x86-64 baseline.
            let mask = unsafe {
                let p = bytes.as_ptr().add(pos);
                stops(_mm_loadu_si128(p.cast()), _mm_loadu_si128(p.add(1).cast()))
            };
            if mask != 0 {
                return pos + mask.trailing_zeros() as usize;
            }
            pos += 16;
        }
        pos
    }

    /// A bit for each byte `b` (followed by `n`) where a character that may change starts:
    /// tab, CR; a lead from `CC` up other than `E1`; `E1` not followed by `B8..=BB`
    /// (Latin Extended Additional); `C2 A0`, `C2 AD`, `C3 90`, `C3 B0`, `C6 89`.
    #[inline(always)]
    fn stops(b: __m128i, n: __m128i) -> u32 {
        // SAFETY: register-only SSE2 operations, which every x86-64 processor has.
        unsafe {
            let eq = |v: __m128i, x: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(x as i8));
            let at_least = |v: __m128i, x: u8| _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(x as i8)), v);
            let at_most = |v: __m128i, x: u8| _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(x as i8)), v);
            let or = |a, b| _mm_or_si128(a, b);
            let and = |a, b| _mm_and_si128(a, b);
            let e1 = eq(b, 0xE1);
            let extended_additional = and(at_least(n, 0xB8), at_most(n, 0xBB));
            let stop = or(
                or(or(eq(b, b'\t'), eq(b, b'\r')), _mm_andnot_si128(e1, at_least(b, 0xCC))),
                or(
                    or(_mm_andnot_si128(extended_additional, e1), and(eq(b, 0xC2), or(eq(n, 0xA0), eq(n, 0xAD)))),
                    or(and(eq(b, 0xC3), or(eq(n, 0x90), eq(n, 0xB0))), and(eq(b, 0xC6), eq(n, 0x89))),
                ),
            );
            _mm_movemask_epi8(stop) as u32
        }
    }
}

/// [`clean_run_end`] eight bytes at a time, without vector instructions.
fn clean_run_end_by_words(bytes: &[u8], mut pos: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Bytes equal to `b` get their high bit set (and, after a true match, maybe others: every
    // flagged byte is checked, so a false flag costs a look, never a wrong answer).
    let equal = |w: u64, b: u8| {
        let x = w ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGH
    };
    while let Some(chunk) = bytes.get(pos..pos + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Lead bytes (0xC0..=0xFF) have their two high bits set.
        let mut flagged = (w & (w << 1) & HIGH) | equal(w, b'\t') | equal(w, b'\r');
        while flagged != 0 {
            let i = pos + (flagged.trailing_zeros() / 8) as usize;
            if !clean_at(bytes, i) {
                return i;
            }
            flagged &= flagged - 1;
        }
        pos += 8;
    }
    while pos < bytes.len() {
        if !clean_at(bytes, pos) {
            return pos;
        }
        pos += 1;
    }
    bytes.len()
}

/// Whether the character at `pos` (found by `clean_run_end`) is left as it is.
fn unchanged_at(text: &str, pos: usize) -> bool {
    let c = text[pos..].chars().next().expect("char at boundary");
    !needs_fold(c) && !may_compose(c) && !text[pos + c.len_utf8()..].chars().next().is_some_and(is_mark)
}

/// Byte offset of the first character that normalization changes, if any.
fn first_change(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    loop {
        pos = clean_run_end(bytes, pos);
        if pos >= bytes.len() {
            return None;
        }
        if !unchanged_at(text, pos) {
            let c = text[pos..].chars().next().expect("char");
            // A combining mark belongs to the starter before it.
            return Some(if is_mark(c) { text[..pos].char_indices().next_back().map_or(0, |(i, _)| i) } else { pos });
        }
        pos += text[pos..].chars().next().map_or(1, char::len_utf8);
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

    /// The plain reading of what `clean_run_end` decides, one character at a time.
    fn clean_run_end_slowly(text: &str, pos: usize) -> usize {
        let clean = |c: char| {
            (c.is_ascii() && c != '\t' && c != '\r')
                || (('\u{80}'..='\u{2FF}').contains(&c) && !matches!(c, '\u{A0}' | '\u{AD}' | 'Ð' | 'ð' | 'Ɖ'))
                || ('\u{1E00}'..='\u{1EFF}').contains(&c)
        };
        text[pos..].char_indices().find(|&(_, c)| !clean(c)).map_or(text.len(), |(i, _)| pos + i)
    }

    #[test]
    fn clean_runs_end_where_a_character_may_change() {
        let odd = [
            "\t",
            "\r",
            "\u{A0}",
            "\u{AD}",
            "Ð",
            "ð",
            "Ɖ",
            "\u{301}",
            "–",
            "⁄",
            "\u{FEFF}",
            "中",
            "ʰ",
            "Ḁ",
            "ἀ",
            "ơ",
            "ế",
            "Ỹ",
            "¢",
            "ÿ",
            "\u{1DFF}",
            "\u{1F00}",
            "\u{E0000}",
            "\u{10FFFF}",
        ];
        // Long enough for whole vector blocks, odd characters at every offset of them.
        let clean = "Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương Đảng ưu tiên ";
        for odd in odd {
            for at in 0..clean.chars().count() {
                let text = format!("{}{odd}ệ ư đ à{clean}", clean.chars().take(at).collect::<String>());
                let bytes = text.as_bytes();
                assert_eq!(clean_run_end(bytes, 0), clean_run_end_slowly(&text, 0), "{odd:?} after {at} chars");
                assert_eq!(clean_run_end_by_words(bytes, 0), clean_run_end_slowly(&text, 0), "{odd:?} after {at}");
                let stop = clean_run_end_slowly(&text, 0);
                if let Some(c) = text[stop..].chars().next() {
                    let next = stop + c.len_utf8();
                    assert_eq!(clean_run_end(bytes, next), clean_run_end_slowly(&text, next), "{odd:?} after {at}, on");
                }
            }
        }
    }

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

    /// From shared/corpus/real (OCR'd decrees): a fraction slash in a symbol is its slash.
    #[test]
    fn a_fraction_slash_folds_and_maps_back() {
        let original = "số 47\u{2044}2024/QH15";
        let n = Normalized::new(original);
        assert_eq!(n.text, "số 47/2024/QH15");
        let (os, oe) = n.original_range(n.text.find("47").unwrap(), n.text.len());
        assert_eq!(&original[os..oe], "47\u{2044}2024/QH15");
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

#[cfg(test)]
mod equivalence {
    use super::*;

    /// A range that ends or starts inside a composed segment maps back to the whole segment:
    /// `a` + U+0344 composes to `ä` + U+0301 (4 bytes from 3), and the edge between those
    /// two falls, mapped linearly, inside the original's U+0344.
    #[test]
    fn ranges_inside_a_segment_widen_to_it() {
        for original in ["Luật a\u{0344} 10/NQ-CP", "x a\u{0344}\u{0344}e\u{0323}\u{0302} y", "\u{0344}a\u{0344}"] {
            let n = Normalized::new(original);
            let cuts: Vec<usize> = (0..=n.text.len()).filter(|&i| n.text.is_char_boundary(i)).collect();
            for (a, &s) in cuts.iter().enumerate() {
                for &e in &cuts[a..] {
                    let (os, oe) = n.original_range(s, e);
                    assert!(os <= oe && oe <= original.len(), "{original:?} {s}..{e} -> {os}..{oe}");
                    assert!(original.is_char_boundary(os) && original.is_char_boundary(oe), "{original:?} {s}..{e}");
                    let back = Normalized::new(&original[os..oe]).text.into_owned();
                    assert!(back.contains(&n.text[s..e]), "{original:?} {s}..{e}: {back:?}");
                }
            }
        }
    }

    /// Every character of a normalized text maps back into the original at a char boundary,
    /// and each mapped piece normalizes to the same text.
    #[test]
    fn pieces_map_back_consistently() {
        let original = "Ðây là\u{00A0}Nghi\u{0323} \u{0111}i\u{0323}nh số\t95/2021/NĐ\u{2013}CP,\r\nvà 79 \u{2014} TB/VPTU\u{200B} Hoà";
        let n = Normalized::new(original);
        assert_eq!(n.text, "Đây là Nghị định số 95/2021/NĐ-CP,\nvà 79 - TB/VPTU Hoà");
        for (i, c) in n.text.char_indices() {
            let (s, e) = n.original_range(i, i + c.len_utf8());
            assert!(original.is_char_boundary(s) && original.is_char_boundary(e), "{c:?} at {i}");
            let back = Normalized::new(&original[s..e]).text.into_owned();
            assert!(back.contains(c), "{c:?} maps to {:?}", &original[s..e]);
        }
    }
}
