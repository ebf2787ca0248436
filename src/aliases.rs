//! Short names a document gives the documents it names: `Nghị định số 38/2005/NĐ-CP … (dưới
//! đây viết tắt là Nghị định số 38)`, and then `Nghị định số 38` alone, thirteen times. A
//! number without its year and codes is no reference the recognizer can read; after such a
//! definition each use of the short name is the document defined.

use crate::recognize::Found;
use std::ops::Range;
use std::sync::LazyLock;

/// The words that end the phrase introducing a short name (`sau đây gọi tắt là`, `dưới đây
/// viết tắt là`, `sau đây được gọi tắt là`), each with an example a test reads.
pub const INTRODUCERS: &[(&str, &str)] = &[
    ("gọi tắt là", "Thông tư số 07/2012/TT-BCT ngày 04 tháng 4 năm 2012 (sau đây gọi tắt là Thông tư số 07)"),
    ("viết tắt là", "Nghị định số 38/2005/NĐ-CP ngày 18 tháng 3 năm 2005 (dưới đây viết tắt là Nghị định số 38)"),
];

/// How far before its definition the document named stands: its date, issuer and title lie
/// between (`… của Bộ Công Thương quy định dán nhãn năng lượng cho các phương tiện …`).
const REACH: usize = 1500;
/// Longest short name read: a type word and a number.
const LONGEST: usize = 48;

/// The words every introducer shares, searched for first.
static SHARED: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("tắt là ".as_bytes()));

/// Adds to `found` (sorted by start, and left so) each use of a short name defined for a
/// document found: the definition's own, and every one after it outside `skip`.
pub fn add_uses(text: &str, skip: &[Range<usize>], found: &mut Vec<Found>) {
    let bytes = text.as_bytes();
    let mut uses = Vec::new();
    for at in SHARED.find_iter(bytes) {
        let Some((alias, alias_at)) = short_name(text, at) else { continue };
        let Some(defined) = defined(text, found, at, alias) else { continue };
        let number_at = alias.len() - alias.bytes().rev().take_while(u8::is_ascii_digit).count();
        let mut from = alias_at;
        while let Some(p) = memchr::memmem::find(&bytes[from..], alias.as_bytes()).map(|p| from + p) {
            from = p + alias.len();
            let span = p..p + alias.len();
            let taken = |r: &Range<usize>| r.start < span.end && span.start < r.end;
            if !stands_alone(text, &span) || skip.iter().any(taken) || found.iter().any(|f| taken(&f.span)) {
                continue;
            }
            uses.push(Found {
                number: Some(p + number_at..span.end),
                span,
                typed: true,
                date: None,
                date_span: None,
                issuer: None,
                subject: None,
                pinpoint: None,
                name: None,
                ..defined.clone()
            });
        }
    }
    if !uses.is_empty() {
        found.extend(uses);
        found.sort_by_key(|f| f.span.start);
    }
}

/// The short name introduced by the words whose `tắt là ` stands at `at`, and where it
/// starts: a type word and a number without codes (`Nghị định số 38`), in quotes or not.
fn short_name(text: &str, at: usize) -> Option<(&str, usize)> {
    let before = &text[text.floor_char_boundary(at.saturating_sub(12))..at + "tắt là".len()];
    INTRODUCERS.iter().find(|(words, _)| before.ends_with(words))?;
    let mut start = at + "tắt là ".len();
    let rest = &text[start..];
    let unquoted = rest.trim_start_matches(['"', '“', '\'']);
    start += rest.len() - unquoted.len();
    let name = &unquoted[..unquoted.find([')', '"', '”', ',', ';', '\n']).filter(|&e| e <= LONGEST)?];
    let (word, number) = name.rsplit_once(' ')?;
    let word = word.strip_suffix(" số").unwrap_or(word);
    let numbered = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    (numbered && crate::tables::kind_for_word(word).is_some()).then_some((name, start))
}

/// The document a short name stands for: the nearest found before its definition (`at`) of
/// the type and number it names.
fn defined<'a>(text: &str, found: &'a [Found], at: usize, alias: &str) -> Option<&'a Found> {
    let (word, number) = alias.rsplit_once(' ')?;
    let kind = crate::tables::kind_for_word(word.strip_suffix(" số").unwrap_or(word))?;
    let before = found.partition_point(|f| f.span.start < at);
    found[..before].iter().rev().take_while(|f| f.span.end + REACH >= at).find(|f| {
        // Only a document whose number gives its year: the short name carries no date.
        f.kind == kind
            && f.number_year.is_some()
            && f.symbol.is_some()
            && f.number.clone().is_some_and(|n| text[n].trim_start_matches('0') == number.trim_start_matches('0'))
    })
}

/// Whether the short name at `span` is a word of its own: not the start of a longer number
/// (`Nghị định số 38/2005/NĐ-CP`, `… số 380`), nor the end of a longer word.
fn stands_alone(text: &str, span: &Range<usize>) -> bool {
    let after = text[span.end..].chars().next();
    let before = text[..span.start].chars().next_back();
    let longer = after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '_'))
        || (after == Some('.') && text[span.end + 1..].starts_with(|c: char| c.is_ascii_digit()));
    !longer && !before.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_introducer_defines_its_example() {
        for (words, example) in INTRODUCERS {
            let found = crate::recognize::recognize(example, &[]);
            let at = example.find("tắt là ").unwrap();
            let (alias, _) = short_name(example, at).unwrap_or_else(|| panic!("{words}: {example}"));
            let defined = defined(example, &found, at, alias).unwrap_or_else(|| panic!("{example}"));
            assert_eq!(defined.span.start, 0, "{example}");
        }
    }

    #[test]
    fn each_use_of_a_short_name_is_the_document_defined() {
        let text = "Thực hiện Nghị định số 38/2005/NĐ-CP ngày 18 tháng 3 năm 2005 của Chính phủ quy định \
                    một số biện pháp bảo đảm trật tự công cộng (dưới đây viết tắt là Nghị định số 38), \
                    hướng dẫn tại Thông tư này.\n\nCác hoạt động quy định tại Điều 5 Nghị định số 38 bao gồm: \
                    Nghị định số 380, Nghị định số 38/2010/NĐ-CP và Nghị định số 38.";
        let found = crate::recognize::recognize(text, &[]);
        let short: Vec<_> = found.iter().filter(|f| &text[f.span.clone()] == "Nghị định số 38").collect();
        // The definition's own and two uses; not `số 380`, nor the decree of 2010.
        assert_eq!(short.len(), 3, "{found:#?}");
        for f in short {
            assert_eq!((f.symbol.as_deref(), f.number_year), (Some("NĐ-CP"), Some(2005)));
            assert_eq!(&text[f.number.clone().unwrap()], "38");
        }
        assert!(found.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    }

    #[test]
    fn a_short_name_without_a_number_or_for_no_document_found_defines_nothing() {
        for (text, short) in [
            ("Luật Hòa giải, đối thoại tại Tòa án (sau đây viết tắt là Luật); theo Luật.", "Luật"),
            (
                "Thông tư số 36/2016/TT-BCT (sau đây gọi tắt là Thông tư số 07). Thông tư số 07 quy định.",
                "Thông tư số 07",
            ),
            ("cơ quan quản lý (sau đây viết tắt là cơ quan chỉ định) và cơ quan chỉ định.", "cơ quan chỉ định"),
        ] {
            let found = crate::recognize::recognize(text, &[]);
            assert!(found.iter().all(|f| &text[f.span.clone()] != short), "{text}: {found:#?}");
        }
    }
}
