//! What a reference means, read from the cue words before it in its clause.

use crate::tables::CUES;

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

/// The relation signalled by the nearest cue before `at` in its clause; `cites` when none.
pub fn relation_before(text: &str, at: usize) -> &'static str {
    let start = clause_start(text, at);
    let clause = text[start..at].to_lowercase();
    let mut best: Option<(usize, &'static str)> = None;
    for cue in CUES {
        if let Some(i) = clause.rfind(cue.phrase) {
            // The nearest cue wins; among cues at the same place, the table's order.
            let end = i + cue.phrase.len();
            if best.is_none_or(|(b, _)| end > b) {
                best = Some((end, cue.relation));
            }
        }
    }
    best.map_or("cites", |(_, r)| r)
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
    fn clause_ends_at_semicolon() {
        let t = "Căn cứ Luật A; Nghị định số 10/2020/NĐ-CP";
        assert_eq!(relation_before(t, t.find("Nghị").unwrap()), "cites");
    }
}
