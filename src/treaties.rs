//! International treaties cited by name (`Công ước Cấm phát triển, sản xuất, tàng trữ, sử
//! dụng và phá hủy vũ khí hóa học`, `Hiến chương Liên hợp quốc`): a closed list kept as data
//! (`treaty_names.txt`), since a treaty has no number a text writes and the type words also
//! name classes of documents (`các Hiệp định thương mại tự do`).

use crate::tables;
use std::sync::LazyLock;

/// The type words treaties are named with.
pub const KINDS: &[&str] = &["Công ước", "Hiến chương", "Hiệp định", "Nghị định thư"];

const NAMES: &str = include_str!("treaty_names.txt");

/// One wording of a name in a closed list: its type word, the wording after it and the
/// official name after the type word that the wording stands for.
pub(crate) struct Wording {
    kind: &'static str,
    name: &'static str,
    official: &'static str,
}

static WORDINGS: LazyLock<Vec<Wording>> = LazyLock::new(|| wordings(KINDS, NAMES));

/// The wordings of a list (`treaty_names.txt`, `charter_names.txt`): one name a line, its type
/// word (one of `kinds`) first; after ` = `, the official name a shorter wording stands for.
pub(crate) fn wordings(kinds: &'static [&'static str], names: &'static str) -> Vec<Wording> {
    let split = |line: &'static str| {
        let kind = kinds.iter().find(|k| line.strip_prefix(**k).is_some_and(|r| r.starts_with(' ')))?;
        Some((*kind, line[kind.len()..].trim()))
    };
    names
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|line| {
            let (wording, official) = line.split_once(" = ").unwrap_or((line, line));
            let ((kind, name), (_, official)) = (split(wording.trim())?, split(official.trim())?);
            Some(Wording { kind, name, official })
        })
        .collect()
}

/// Whether documents of `kind` are treaties.
pub fn is_kind(kind: &str) -> bool {
    KINDS.contains(&kind)
}

/// The official name (after its type word) that a treaty's `name` stands for, in any case
/// and with any marks; `None` where it names no treaty listed.
pub fn official_name(kind: &str, name: &str) -> Option<&'static str> {
    official_in(&WORDINGS, KINDS, kind, name)
}

/// [`official_name`] in the list `wordings` of the type words `kinds`.
pub(crate) fn official_in(wordings: &[Wording], kinds: &[&str], kind: &str, name: &str) -> Option<&'static str> {
    if !kinds.contains(&kind) {
        return None;
    }
    let key = tables::law_name_key(kind, name);
    wordings.iter().find(|w| w.kind == kind && tables::law_name_key(w.kind, w.name) == key).map(|w| w.official)
}

/// The treaty named at the start of `text`, which opens with one of [`KINDS`]: its type word
/// and the byte length of the longest listed wording it starts with. Letters compare in any
/// case and with any marks, a line break or a run of spaces as one space (`… phá⏎hủy vũ khí
/// hóa học`); the name must end at a word's end.
pub fn named_at(text: &str) -> Option<(&'static str, usize)> {
    named_in(&WORDINGS, KINDS, text)
}

/// The byte length of the type word `kind` at the start of `text`, its words parted as
/// [`named_at`] allows (`Điều⏎⏎lệ` is longer than `Điều lệ`).
pub(crate) fn kind_len(text: &str, kind: &str) -> Option<usize> {
    starts_with_loosely(text, kind)
}

/// [`named_at`] in the list `wordings` of the type words `kinds`.
pub(crate) fn named_in(wordings: &[Wording], kinds: &[&'static str], text: &str) -> Option<(&'static str, usize)> {
    let kind = kinds.iter().find(|k| starts_with_loosely(text, k).is_some())?;
    wordings
        .iter()
        .filter(|w| w.kind == *kind)
        .filter_map(|w| {
            let after_kind = starts_with_loosely(text, w.kind)?;
            let gap = text[after_kind..].len() - text[after_kind..].trim_start_matches([' ', '\n', '\r', '\t']).len();
            if gap == 0 {
                return None;
            }
            let end = after_kind + gap + starts_with_loosely(&text[after_kind + gap..], w.name)?;
            Some(end)
        })
        .max()
        .map(|end| (*kind, end))
}

/// Every wording of `wordings` as its type word and name, with the official name it stands
/// for, for the lists' tests.
#[cfg(test)]
pub(crate) fn listed(wordings: &[Wording]) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> + '_ {
    wordings.iter().map(|w| (w.kind, w.name, w.official))
}

/// The byte length of `text`'s start that is `words`, compared loosely (see [`named_at`]).
fn starts_with_loosely(text: &str, words: &str) -> Option<usize> {
    let mut chars = text.char_indices().peekable();
    for w in words.chars() {
        if w == ' ' {
            let mut spaces = 0;
            while chars.next_if(|&(_, c)| matches!(c, ' ' | '\n' | '\r' | '\t')).is_some() {
                spaces += 1;
            }
            if spaces == 0 {
                return None;
            }
        } else {
            let (_, c) = chars.next()?;
            if !tables::same_letter(c, w) {
                return None;
            }
        }
    }
    let end = chars.peek().map_or(text.len(), |&(i, _)| i);
    (!text[end..].starts_with(char::is_alphanumeric)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_wording_is_read_and_stands_for_a_listed_name() {
        assert!(WORDINGS.len() >= 20);
        for (kind, name, official) in listed(&WORDINGS) {
            let full = format!("{kind} {name}");
            assert_eq!(named_at(&full), Some((kind, full.len())), "{full}");
            assert!(listed(&WORDINGS).any(|(k, n, _)| k == kind && n == official), "{full}");
        }
    }

    /// From shared/corpus/real: wrapped, in small letters, with other marks; a class of
    /// treaties is none.
    #[test]
    fn treaties_are_read_as_texts_write_them() {
        let t = "Công ước cấm phát triển, sản xuất, tàng trữ, sử dụng và phá\nhuỷ vũ khí hoá học; và";
        assert_eq!(named_at(t), Some(("Công ước", t.find(';').unwrap())));
        assert_eq!(
            named_at("Hiến chương Liên hợp quốc thì Bộ Công an"),
            Some(("Hiến chương", "Hiến chương Liên hợp quốc".len()))
        );
        assert_eq!(named_at("Hiệp định thương mại tự do"), None);
        assert_eq!(
            named_at("Công ước Chicago về hàng không dân dụng và phù hợp"),
            Some(("Công ước", "Công ước Chicago".len()))
        );
        assert_eq!(named_at("Công ước Ramsarx"), None);
        assert_eq!(
            official_name("Công ước", "CITES"),
            Some("về buôn bán quốc tế các loài động vật, thực vật hoang dã nguy cấp")
        );
        assert_eq!(official_name("Luật", "CITES"), None);
    }
}
