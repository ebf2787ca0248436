//! What a reference means, read from the cue words before it in its clause.

use crate::tables::CUES;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// The clause a reference stands in starts after the last `.`, `;` or line break before it.
pub fn clause_start(text: &str, at: usize) -> usize {
    let floor = at.saturating_sub(400);
    let bytes = text.as_bytes();
    let mut i = at;
    while i > floor {
        i -= 1;
        match bytes[i] {
            b';' | b'\n' => return i + 1,
            // `TP. Hồ Chí Minh`, `1.3.` and `12.2018` are not sentence ends.
            b'.' if bytes.get(i + 1) == Some(&b' ')
                && i > 0
                && !bytes[i - 1].is_ascii_digit()
                && !bytes[i - 1].is_ascii_uppercase() =>
            {
                return i + 1;
            }
            _ => {}
        }
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

/// The last cue in `text`: where it ends and the relation it signals.
pub fn cue_in(text: &str) -> Option<(usize, &'static str)> {
    let lower = text.to_lowercase();
    CUE_FINDER.find_iter(&lower).last().map(|m| (m.end(), CUE_PHRASES[m.pattern().as_usize()].1))
}

/// The relation signalled by the nearest cue before `at` in its clause; `cites` when none.
pub fn relation_before(text: &str, at: usize) -> &'static str {
    let start = clause_start(text, at);
    let clause = text[start..at].to_lowercase();
    // The nearest cue wins; at one place the longest phrase (`sửa đổi, bổ sung` over `sửa đổi`).
    match CUE_FINDER.find_iter(&clause).last() {
        // `Đã hướng dẫn … lập danh sách theo Kế hoạch số 55`: what stands `theo` (according
        // to) the reference is no longer what the cue governs.
        Some(m) if clause[m.end()..].contains(" theo ") || clause[m.end()..].contains(" theo\n") => "cites",
        Some(m) => CUE_PHRASES[m.pattern().as_usize()].1,
        None => "cites",
    }
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
