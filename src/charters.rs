//! Charters cited by name (`Điều lệ Đảng Cộng sản Việt Nam`, `Điều lệ Công đoàn Việt Nam`,
//! `Điều lệ trường mầm non`): a closed list kept as data (`charter_names.txt`), read as
//! treaties are ([`crate::treaties`]), since a charter has no number a text writes and its
//! type word also names a class (`điều lệ của hội`, `Điều lệ công ty`, `theo điều lệ`).

use crate::treaties::{self, Wording};
use std::sync::LazyLock;

/// The type word charters are named with.
pub const KINDS: &[&str] = &["Điều lệ"];

const NAMES: &str = include_str!("charter_names.txt");

static WORDINGS: LazyLock<Vec<Wording>> = LazyLock::new(|| treaties::wordings(KINDS, NAMES));

/// Whether documents of `kind` are charters.
pub fn is_kind(kind: &str) -> bool {
    KINDS.contains(&kind)
}

/// The official name (after `Điều lệ`) that a charter's `name` stands for, in any case and
/// with any marks (`trường phổ thông` for Thông tư 15/2026/TT-BGDĐT's charter of every general
/// school); `None` where it names no charter listed.
pub fn official_name(kind: &str, name: &str) -> Option<&'static str> {
    treaties::official_in(&WORDINGS, KINDS, kind, name)
}

/// The charter named at the start of `text`, as [`treaties::named_at`] reads a treaty.
pub fn named_at(text: &str) -> Option<(&'static str, usize)> {
    treaties::named_in(&WORDINGS, KINDS, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_wording_is_read_and_stands_for_a_listed_name() {
        assert!(WORDINGS.len() >= 20);
        for (kind, name, official) in treaties::listed(&WORDINGS) {
            let full = format!("{kind} {name}");
            assert_eq!(named_at(&full), Some((kind, full.len())), "{full}");
            assert!(treaties::listed(&WORDINGS).any(|(k, n, _)| k == kind && n == official), "{full}");
            assert_eq!(official_name(kind, name), Some(official), "{full}");
        }
    }

    /// From shared/corpus/real: a charter as texts write it, wrapped or with OCR's marks; a
    /// class of charters, or a charter of no body listed, is none.
    #[test]
    fn charters_are_read_as_texts_write_them() {
        let t = "Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh, Điều lệ Đảng Cộng sản Việt Nam.";
        assert_eq!(named_at(t), Some(("Điều lệ", t.find(',').unwrap())));
        let t = "Điều lệ trường tiểu học, trường\ntrung học cơ sở, trường trung học\nphổ thông và trường phổ \
                 thông có\nnhiều cấp học ban hành kèm theo";
        assert_eq!(named_at(t), Some(("Điều lệ", t.find(" ban").unwrap())));
        // OCR's `mẫm` for `mầm`.
        assert_eq!(named_at("Điều lệ Trường mẫm non;"), Some(("Điều lệ", "Điều lệ Trường mẫm non".len())));
        let t = "Điều lệ trường tiểu học, trường trung học cơ sở, trường, trung học phổ thông";
        let (_, len) = named_at(t).unwrap();
        assert_eq!(official_name("Điều lệ", &t["Điều lệ ".len()..len]), official_name("Điều lệ", "trường phổ thông"));
        for class in ["điều lệ của hội", "Điều lệ công ty", "Điều lệ (mẫu)", "Điều lệ Hội.", "Điều lệ Hội thao"]
        {
            assert_eq!(named_at(class), None, "{class}");
        }
        assert_eq!(official_name("Điều lệ", "Đảng"), Some("Đảng Cộng sản Việt Nam"));
        assert_eq!(official_name("Luật", "Đảng"), None);
    }
}
