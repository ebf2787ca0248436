//! What a reference means, read from the cue words before it in its clause.

use crate::tables::CUES;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// The clause a reference stands in starts after the last `.`, `;` or line break before it.
pub fn clause_start(text: &str, at: usize) -> usize {
    let floor = at.saturating_sub(400);
    let bytes = text.as_bytes();
    let mut i = at;
    // The stops found by `memrchr3`; a `.` ends a sentence only before a space and not
    // after a digit or a capital (`2.`, `TP. Hồ Chí Minh`).
    while let Some(j) = memchr::memrchr3(b';', b'\n', b'.', &bytes[floor..i]).map(|j| floor + j) {
        if bytes[j] != b'.'
            || (bytes.get(j + 1) == Some(&b' ')
                && j > 0
                && !bytes[j - 1].is_ascii_digit()
                && !bytes[j - 1].is_ascii_uppercase())
        {
            return j + 1;
        }
        i = j;
    }
    let mut f = floor;
    while !text.is_char_boundary(f) {
        f += 1;
    }
    f
}

/// Cue phrases as written and without diacritics (`thuc hien`), with their relations.
static CUE_PHRASES: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    let mut v: Vec<(String, &'static str)> = CUES.iter().map(|c| (c.phrase.to_string(), c.relation)).collect();
    v.extend(CUES.iter().map(|c| (crate::tables::fold(c.phrase), c.relation)));
    v.dedup_by(|a, b| a.0 == b.0);
    v
});

static CUE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(CUE_PHRASES.iter().map(|(p, _)| p))
        .expect("cue phrases")
});

thread_local! {
    /// Each thread's buffer for lower-cased clauses: one allocation per thread, not per
    /// reference.
    static LOWER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The lower case of the letters Vietnamese is written in, without the general table's
/// search: Latin-1 capitals are 0x20 below their small letters, and in Latin Extended
/// Additional (`Ạ`–`ỹ`) each capital is the even code point before its small letter.
fn vietnamese_lower(c: char) -> Option<char> {
    let u = c as u32;
    match u {
        0xE0..=0xFF => Some(c),
        0x1EA1..=0x1EF9 if u & 1 == 1 => Some(c),
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20),
        0x1EA0..=0x1EF8 if u & 1 == 0 => char::from_u32(u + 1),
        0x110 | 0x102 | 0x128 | 0x168 | 0x1A0 => char::from_u32(u + 1),
        0x111 | 0x103 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => Some(c),
        0x1AF => Some('ư'),
        _ => None,
    }
}

/// Calls `f` with `text` in lower case, as `str::to_lowercase` writes it.
pub fn with_lower<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    LOWER.with(|cell| {
        let mut lower = cell.borrow_mut();
        lower.clear();
        // Greek final sigma is the one letter whose lower case depends on its neighbours.
        if text.contains('Σ') {
            lower.push_str(&text.to_lowercase());
            return f(&lower);
        }
        // ASCII runs are copied and lowered whole; other letters one by one.
        let mut rest = text;
        while !rest.is_empty() {
            let run = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
            let at = lower.len();
            lower.push_str(&rest[..run]);
            lower.as_mut_str()[at..].make_ascii_lowercase();
            rest = &rest[run..];
            if let Some(c) = rest.chars().next() {
                match vietnamese_lower(c) {
                    Some(l) => lower.push(l),
                    None => lower.extend(c.to_lowercase()),
                }
                rest = &rest[c.len_utf8()..];
            }
        }
        f(&lower)
    })
}

/// The last cue in `text`: where it ends and the relation it signals.
pub fn cue_in(text: &str) -> Option<(usize, &'static str)> {
    with_lower(text, |lower| {
        CUE_FINDER.find_iter(lower).last().map(|m| (m.end(), CUE_PHRASES[m.pattern().as_usize()].1))
    })
}

/// Whether the word `theo` stands in `rest` (` theo ` or ` theo` at a line's end).
fn theo_follows(rest: &str) -> bool {
    static THEO: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(" theo"));
    let b = rest.as_bytes();
    THEO.find_iter(b).any(|i| matches!(b.get(i + 5), Some(b' ' | b'\n')))
}

/// The relation signalled by the nearest cue before `at` in its clause; `cites` when none.
pub fn relation_before(text: &str, at: usize) -> &'static str {
    let start = clause_start(text, at);
    with_lower(&text[start..at], |clause| {
        // The nearest cue wins; at one place the longest phrase (`sửa đổi, bổ sung` over `sửa đổi`).
        match CUE_FINDER.find_iter(clause).last() {
            // `Đã hướng dẫn … lập danh sách theo Kế hoạch số 55`: what stands `theo` (according
            // to) the reference is no longer what the cue governs.
            Some(m) if theo_follows(&clause[m.end()..]) => "cites",
            Some(m) => CUE_PHRASES[m.pattern().as_usize()].1,
            None => "cites",
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::CUES;

    #[test]
    fn every_cue_example_gives_its_relation() {
        for cue in CUES {
            let found = crate::recognize::recognize_str(cue.example);
            let at = found.last().unwrap_or_else(|| panic!("no reference in {:?}", cue.example)).span.start;
            assert_eq!(relation_before(cue.example, at), cue.relation, "{:?}", cue.example);
        }
    }

    #[test]
    fn lower_case_as_the_standard_library_writes_it() {
        for t in [
            "Căn cứ NGHỊ QUYẾT",
            "THỰC HIỆN Kế hoạch",
            "ΟΔΟΣ Σ",
            "İstanbul ǅ",
            "plain ascii TEXT",
            "ĐƯỢC ƠN ĂN ĨŨ Ÿÿ ×÷ Þ ß",
        ] {
            assert_eq!(with_lower(t, str::to_string), t.to_lowercase(), "{t}");
        }
        // Every letter of the blocks the fast path covers.
        for u in (0xC0..=0x1B0).chain(0x1E00..=0x1EFF) {
            let Some(c) = char::from_u32(u) else { continue };
            if let Some(l) = vietnamese_lower(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn according_to_is_no_cue() {
        let t = "Đã hướng dẫn UBND các huyện lập danh sách đối tượng theo Kế hoạch số 55/KH-UBND";
        assert_eq!(relation_before(t, t.find("Kế").unwrap()), "cites");
    }

    #[test]
    fn clause_ends_at_semicolon() {
        let t = "Căn cứ Luật A; Nghị định số 10/2020/NĐ-CP";
        assert_eq!(relation_before(t, t.find("Nghị").unwrap()), "cites");
    }
}
