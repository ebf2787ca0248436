//! Short names a document gives the documents it names: `Nghị định số 38/2005/NĐ-CP … (dưới
//! đây viết tắt là Nghị định số 38)`, and then `Nghị định số 38` alone, thirteen times; `Pháp
//! lệnh Phòng, chống mại dâm … (sau đây gọi tắt là Pháp lệnh)`, and then `Điều 2 của Pháp
//! lệnh` eighty-seven times. Neither a number without its year and codes nor a type word
//! alone is a reference the recognizer can read; after such a definition each use of the
//! short name is the document defined.

use crate::recognize::Found;
use std::ops::Range;

/// The words that end the phrase introducing a short name (`sau đây gọi tắt là`, `dưới đây
/// viết tắt là`, `sau đây được gọi tắt là`), each with an example a test reads.
pub const INTRODUCERS: &[(&str, &str)] = &[
    ("gọi tắt là", "Thông tư số 07/2012/TT-BCT ngày 04 tháng 4 năm 2012 (sau đây gọi tắt là Thông tư số 07)"),
    ("viết tắt là", "Nghị định số 38/2005/NĐ-CP ngày 18 tháng 3 năm 2005 (dưới đây viết tắt là Nghị định số 38)"),
];

/// A type word alone is also the language's own: `các Luật, Pháp lệnh`, `dự thảo Luật`,
/// `Luật thi đua khen thưởng` typed in lower case. Used as a short name it stands after one
/// of these words (`Điều 2 của Pháp lệnh`) and before one of the next table or a mark.
pub const BARE_USE_AFTER: &[&str] = &["của", "theo", "tại", "trong"];
/// Verbs a short name that is a type word alone is also the object of (`… hướng dẫn thi hành
/// Luật.`, `tuyên truyền, phổ biến Luật và văn bản …`).
pub const BARE_USE_AFTER_VERBS: &[&str] = &["thi hành", "phổ biến"];
/// The words a short name that is a type word alone goes on with (`… của Pháp lệnh là những
/// hành vi …`).
pub const BARE_USE_BEFORE: &[&str] = &[
    "là", "bao", "thì", "được", "đã", "có", "quy", "về", "như", "để", "trong", "khi", "mà", "đối", "cho", "nhưng",
    "và", "hoặc",
];

/// How far before its definition the document named stands: its date, issuer and title lie
/// between (`… của Bộ Công Thương quy định dán nhãn năng lượng cho các phương tiện …`).
const REACH: usize = 1500;
/// Longest short name read: a type word and a number.
const LONGEST: usize = 48;

/// The words every introducer shares, searched for first.
const SHARED: &str = "tắt là ";

/// Where SHARED stands in `bytes`. A search for the whole phrase looked at every Vietnamese
/// letter's lead bytes (which a byte-frequency table for English takes to be rare: 1.4 % of
/// a scan of real text); this looks for the last byte of `ắ`, rare in Vietnamese (`ắ`, `ữ`),
/// and checks the phrase around it.
fn shared_at(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let lead = SHARED.find('ắ').expect("ắ") + 'ắ'.len_utf8() - 1;
    let last = SHARED.as_bytes()[lead];
    memchr::memchr_iter(last, bytes)
        .filter_map(move |i| i.checked_sub(lead))
        .filter(|&at| bytes[at..].starts_with(SHARED.as_bytes()))
}

/// A short name: a type word (`Pháp lệnh`), with a number without codes or not (`Nghị định
/// số 38`).
struct Short<'t> {
    name: &'t str,
    /// Where the name starts in the text.
    at: usize,
    kind: &'static str,
    /// Where its number starts within `name`.
    number_at: Option<usize>,
    /// Whether it is a law's name cut short (`Pháp lệnh Pháp điển`), which the recognizer
    /// reads as a name of its own.
    named: bool,
}

/// Adds to `found` (sorted by start, and left so) each use of a short name defined for a
/// document found: the definition's own, and every one after it outside `skip`.
pub fn add_uses(text: &str, skip: &[Range<usize>], found: &mut Vec<Found>) {
    let bytes = text.as_bytes();
    let mut uses = Vec::new();
    for at in shared_at(bytes) {
        let Some(short) = short_name(text, at) else { continue };
        let Some(defined) = defined(text, found, at, &short) else { continue };
        if short.named {
            // Each use is read already, as a name of its own: it is the document defined.
            let defined = defined.clone();
            for f in found.iter_mut().filter(|f| f.span.start >= short.at && text[f.span.clone()] == *short.name) {
                *f = used_as(text, &defined, f.span.clone(), defined.number.clone());
            }
            continue;
        }
        let mut from = short.at;
        while let Some(p) = memchr::memmem::find(&bytes[from..], short.name.as_bytes()).map(|p| from + p) {
            from = p + short.name.len();
            let span = p..p + short.name.len();
            if !stands_alone(text, &span)
                || (short.number_at.is_none() && p != short.at && !used_alone(text, &span))
                || !free(&span, skip, found)
            {
                continue;
            }
            // A type word alone has the defined document's number (`Nghị định số
            // 38/2005/NĐ-CP`) or name (`Phòng, chống mại dâm`) where it was written.
            let number = short.number_at.map(|n| p + n..span.end).or_else(|| defined.number.clone());
            uses.push(used_as(text, defined, span, number));
        }
    }
    add(found, uses);
}

/// The reference a short name at `span` (its number at `number`) makes to the document
/// `defined`: that document's type, codes, year and name, none of its date, issuer or title,
/// and the pinpoint before the short name (`khoản 2 Điều 2 của Pháp lệnh`).
fn used_as(text: &str, defined: &Found, span: Range<usize>, number: Option<Range<usize>>) -> Found {
    let mut used = Found {
        number,
        span,
        typed: true,
        date: None,
        date_span: None,
        issuer: None,
        subject: None,
        pinpoint: None,
        ..defined.clone()
    };
    crate::recognize::read_pinpoint(text, &mut used);
    used
}

/// Whether `span` lies outside the skipped ranges and every reference found.
fn free(span: &Range<usize>, skip: &[Range<usize>], found: &[Found]) -> bool {
    let taken = |r: &Range<usize>| r.start < span.end && span.start < r.end;
    !skip.iter().any(taken) && !found.iter().any(|f| taken(&f.span))
}

/// Whether `f` is a document cited in full whose number, written without its leading zeros,
/// is `number`'s: a number that gives its year, and codes (`Nghị định số 38/2005/NĐ-CP` for
/// `Nghị định số 38`, `NQ 254/2025/QH15` for `NQ 254`). A short name carries no date.
fn cited_in_full(text: &str, f: &Found, number: &str) -> bool {
    f.number_year.is_some()
        && f.symbol.is_some()
        && f.number.clone().is_some_and(|r| text[r].trim_start_matches('0') == number.trim_start_matches('0'))
}

/// Adds `uses` to `found`, which stays sorted by start.
fn add(found: &mut Vec<Found>, uses: Vec<Found>) {
    if !uses.is_empty() {
        found.extend(uses);
        found.sort_by_key(|f| f.span.start);
    }
}

/// Adds to `found` (sorted by start, and left so) each abbreviated type word with a bare
/// number (`Điều 5 NQ 254`, `Sửa đổi NĐ 291`, `NQ 66.16`) whose document the text cites in
/// full (`Nghị quyết số 254/2025/QH15`): a summary's short hand for it. Where the text cites
/// two of that type and number (`NĐ 88` of 2012 and of 2024), it names neither.
pub fn add_abbreviated(text: &str, skip: &[Range<usize>], found: &mut Vec<Found>) {
    // Only a text that writes an abbreviation before a full number writes one before a bare
    // number: the others are not searched.
    let abbreviated =
        |f: &Found| ABBREVIATED.iter().any(|(w, kind, _)| f.kind == *kind && text[f.span.clone()].starts_with(w));
    if !found.iter().any(abbreviated) {
        return;
    }
    let bytes = text.as_bytes();
    let mut uses = Vec::new();
    for (word, kind, _) in ABBREVIATED {
        for p in memchr::memmem::find_iter(bytes, word.as_bytes()) {
            let digits = p + word.len();
            let number_end = digits + text[digits..].bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
            let number = text[digits..number_end].trim_end_matches('.');
            let span = p..digits + number.len();
            if number.is_empty() || !stands_alone(text, &span) || text[..p].ends_with('.') || !free(&span, skip, found)
            {
                continue;
            }
            let mut named = found.iter().filter(|f| f.kind == *kind && cited_in_full(text, f, number));
            let Some(defined) = named.next() else { continue };
            if named.any(|f| f.symbol != defined.symbol || f.number_year != defined.number_year) {
                continue;
            }
            uses.push(used_as(text, defined, span.clone(), Some(digits..span.end)));
        }
    }
    add(found, uses);
}

/// Adds to `found` (sorted by start, and left so) each law's type word written with a year
/// and no name (`… được hưởng quyền ưu đãi, miễn trừ theo Pháp lệnh 1993 được quyền gửi …`,
/// `Luật năm 2020`) where the text names, by its name and with that year, one document of
/// that type and no other (`Pháp lệnh số Không số Về Quyền ưu đãi, miễn trừ dành cho cơ quan
/// đại diện ngoại giao, … ngày 23/08/1993`): the year is the short name of it, as `Luật Đất đai
/// 2024` is a name and a year. Placed as a type word alone used as a short name is
/// ([`used_alone`]: `theo Pháp lệnh 1993 được …`); the Constitution is a name of its own
/// (`Hiến pháp 2013`), read already. `type_words` are those the recognizer found with a year
/// after them and no name.
pub fn add_year_named(text: &str, skip: &[Range<usize>], type_words: &[Range<usize>], found: &mut Vec<Found>) {
    let dated = |f: &&Found| {
        f.family == crate::tables::Family::Named
            && crate::tables::has_official_names(f.kind)
            && f.name.is_some()
            && f.year().is_some()
    };
    let mut uses = Vec::new();
    for word in type_words {
        let Some(kind) = crate::tables::kind_for_word(&text[word.clone()]) else { continue };
        let Some(year) = crate::recognize::year_after_name(&text[word.end..]) else { continue };
        let y = year.name("y").expect("a year");
        let span = word.start..word.end + y.end();
        let Ok(year) = y.as_str().parse::<u16>() else { continue };
        if !stands_alone(text, &span) || !used_alone(text, &span) || !free(&span, skip, found) {
            continue;
        }
        let named = |f: &&Found| dated(f) && f.kind == kind && f.year() == Some(year);
        let key = |f: &Found| f.name.clone().map(|n| crate::tables::law_name_key(kind, &text[n]));
        let mut same_year = found.iter().filter(named);
        let Some(defined) = same_year.next() else { continue };
        if same_year.any(|f| key(f) != key(defined)) {
            continue;
        }
        uses.push(used_as(text, defined, span, defined.number.clone()));
    }
    add(found, uses);
}

/// Abbreviated type words a summary writes before a bare number, with their types and a
/// full reference abbreviated so, which a test reads.
pub const ABBREVIATED: &[(&str, &str, &str)] = &[
    ("NQ ", "Nghị quyết", "NQ 254/2025/QH15"),
    ("NĐ ", "Nghị định", "NĐ 88/2024/NĐ-CP"),
    ("TT ", "Thông tư", "TT 09/2018/TT-BGDĐT"),
    ("QĐ ", "Quyết định", "QĐ 12/2018/QĐ-TTg"),
];

/// The short name introduced by the words whose `tắt là ` stands at `at`: a type word, with
/// a number without codes or not (`Nghị định số 38`, `Pháp lệnh`), in quotes or not.
fn short_name(text: &str, at: usize) -> Option<Short<'_>> {
    let before = &text[text.floor_char_boundary(at.saturating_sub(12))..at + "tắt là".len()];
    INTRODUCERS.iter().find(|(words, _)| before.ends_with(words))?;
    let mut start = at + "tắt là ".len();
    let rest = &text[start..];
    let unquoted = rest.trim_start_matches(['"', '“', '\'']);
    start += rest.len() - unquoted.len();
    let name = &unquoted[..unquoted.find([')', '"', '”', ',', ';', '\n']).filter(|&e| e <= LONGEST)?];
    if let Some(kind) = crate::tables::kind_for_word(name) {
        return Some(Short { name, at: start, kind, number_at: None, named: false });
    }
    // A law's name cut short: `(sau đây gọi tắt là Pháp lệnh Pháp điển)`.
    for (i, _) in name.match_indices(' ').take(2) {
        if let Some(kind) = crate::tables::kind_for_word(&name[..i]).filter(|k| crate::tables::has_official_names(k)) {
            return Some(Short { name, at: start, kind, number_at: None, named: true });
        }
    }
    let (word, number) = name.rsplit_once(' ')?;
    let word = word.strip_suffix(" số").unwrap_or(word);
    let numbered = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    let kind = crate::tables::kind_for_word(word).filter(|_| numbered)?;
    Some(Short { name, at: start, kind, number_at: Some(name.len() - number.len()), named: false })
}

/// The document a short name stands for: the nearest found before its definition (`at`) of
/// the type it names, and of its number where it has one.
fn defined<'a>(text: &str, found: &'a [Found], at: usize, short: &Short) -> Option<&'a Found> {
    let before = found.partition_point(|f| f.span.start < at);
    found[..before]
        .iter()
        .rev()
        .take_while(|f| f.span.end + REACH >= at)
        .filter(|f| !short.named || text[f.span.clone()].to_lowercase().starts_with(&short.name.to_lowercase()))
        .find(|f| f.kind == short.kind && short.number_at.is_none_or(|n| cited_in_full(text, f, &short.name[n..])))
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

/// Whether a type word alone at `span` is used as the short name: after a word of
/// BARE_USE_AFTER, a verb of BARE_USE_AFTER_VERBS or a provision's number (`khoản 1 Điều 30 của
/// Luật`, `hướng dẫn thi hành Luật.`, `Điều 5 Luật`), and
/// before a mark or a word of BARE_USE_BEFORE (not `này`, a name or a number).
fn used_alone(text: &str, span: &Range<usize>) -> bool {
    let before = text[..span.start].trim_end_matches(' ');
    let word_before = before.rsplit(' ').next().unwrap_or("");
    let placed = BARE_USE_AFTER.iter().any(|w| w.eq_ignore_ascii_case(word_before))
        || word_before.starts_with(|c: char| c.is_ascii_digit())
        || BARE_USE_AFTER_VERBS.iter().any(|v| before.strip_suffix(v).is_some_and(|b| b.ends_with([' ', '\n'])));
    let after = &text[span.end..];
    // The next word may wrap to the next line: `… tại Điều 26 của Nghị định⏎này`.
    let next = after.trim_start();
    let word_after = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let ends = next.is_empty() || (word_after.is_empty() && !next.starts_with(|c: char| c.is_ascii_digit()));
    placed && (ends || BARE_USE_BEFORE.contains(&word_after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_introducer_defines_its_example() {
        for (words, example) in INTRODUCERS {
            let found = crate::recognize::recognize(example, &[]);
            let at = example.find("tắt là ").unwrap();
            let short = short_name(example, at).unwrap_or_else(|| panic!("{words}: {example}"));
            let defined = defined(example, &found, at, &short).unwrap_or_else(|| panic!("{example}"));
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

    /// From shared/corpus/real (the codified page on codification): a law's name cut short is
    /// the law defined, where the recognizer reads it as a name of its own.
    #[test]
    fn a_law_s_name_cut_short_is_the_law_defined() {
        let text = "theo quy định của Pháp lệnh Pháp điển hệ thống quy phạm pháp luật ngày 16 tháng 4 năm 2012 \
                    (sau đây gọi tắt là Pháp lệnh Pháp điển) và Nghị định số 63/2013/NĐ-CP.\n\
                    Điều 3. Theo Điều 9 của Pháp lệnh Pháp điển. Luật Pháp điển khác.";
        let found = crate::recognize::recognize(text, &[]);
        let short: Vec<&Found> = found.iter().filter(|f| &text[f.span.clone()] == "Pháp lệnh Pháp điển").collect();
        assert_eq!(short.len(), 2, "{found:#?}");
        for f in short {
            assert_eq!(&text[f.name.clone().unwrap()], "Pháp điển hệ thống quy phạm pháp luật");
        }
    }

    /// From shared/corpus/real (the codified page on prostitution, 87 uses).
    #[test]
    fn a_type_word_defined_as_a_short_name_is_the_document_where_it_is_used_so() {
        let text = "Nghị định này quy định chi tiết một số điều của Pháp lệnh Phòng, chống mại dâm đã được \
                    ủy ban Thường vụ Quốc hội thông qua ngày 17 tháng 3 năm 2003 (sau đây gọi tắt là Pháp lệnh).\n\
                    1. Các cơ quan quy định tại khoản 2 Điều 2 của Pháp lệnh bao gồm: Bộ Công an.\n\
                    2. Theo Điều 14 của Pháp lệnh; Điều 4 của Pháp lệnh này; các Luật, Pháp lệnh khác; \
                    dự thảo Pháp lệnh; theo Pháp lệnh Phòng, chống mại dâm; của Pháp lệnh thi hành án.\n\
                    3. Trái với quy định của Pháp lệnh và của Nghị định này.";
        let found = crate::recognize::recognize(text, &[]);
        let uses: Vec<usize> =
            found.iter().filter(|f| &text[f.span.clone()] == "Pháp lệnh").map(|f| f.span.start).collect();
        // The definition, `khoản 2 Điều 2 của Pháp lệnh bao gồm`, `Điều 14 của Pháp lệnh;`,
        // `của Pháp lệnh và` (shared/corpus/real).
        assert_eq!(uses.len(), 4, "{found:#?}");
        assert_eq!(uses[0], text.find("Pháp lệnh)").unwrap());
        for f in found.iter().filter(|f| &text[f.span.clone()] == "Pháp lệnh") {
            assert_eq!(&text[f.name.clone().unwrap()], "Phòng, chống mại dâm");
        }
        let pinpoint = |i: usize| found.iter().find(|f| f.span.start == uses[i]).unwrap().pinpoint.clone();
        assert_eq!(pinpoint(1).map(|p| &text[p]), Some("khoản 2 Điều 2"));
    }

    /// From shared/corpus/real (Nghị định 50/2026/NĐ-CP, 49/2026/NĐ-CP): a summary's
    /// abbreviation and bare number is the document the text cites in full, in a text that
    /// abbreviates.
    #[test]
    fn an_abbreviation_and_a_bare_number_is_the_document_cited_in_full() {
        let text = "Căn cứ NQ 254/2025/QH15; Nghị định số 88/2024/NĐ-CP.\n\
                    - Tiền sử dụng đất (khoản 1, 2, 6 Điều 5 NQ 254); sửa đổi NĐ 88, NĐ 12 và NĐ 2540; \
                    Điều 41.7.NĐ.1. Phạm vi.";
        let found = crate::recognize::recognize(text, &[]);
        let short: Vec<(&str, Option<&str>, Option<&str>)> = found
            .iter()
            .filter(|f| !text[f.span.clone()].contains('/'))
            .map(|f| (&text[f.span.clone()], f.symbol.as_deref(), f.pinpoint.clone().map(|p| &text[p])))
            .collect();
        // Not `NĐ 12` (no decree 12 is cited in full), nor `NĐ 2540`, nor a codified article's id.
        assert_eq!(
            short,
            [("NQ 254", Some("QH15"), Some("khoản 1, 2, 6 Điều 5")), ("NĐ 88", Some("NĐ-CP"), None)],
            "{found:#?}"
        );
    }

    /// From shared/corpus/real (the codified page on diplomatic privileges and immunities,
    /// lines 33 and 397): a law's type word with a year is the one law of that type and year
    /// the text names in full.
    #[test]
    fn a_type_word_and_a_year_is_the_law_of_that_year_the_text_names() {
        let named = "(Điều 1 Pháp lệnh số Không số Về Quyền ưu đãi, miễn trừ dành cho cơ quan đại diện ngoại \
                     giao, cơ quan lãnh sự và cơ quan đại diện của tổ chức quốc tế tại Việt Nam ngày 23/08/1993 \
                     của Uỷ ban Thường vụ Quốc hội, có hiệu lực thi hành kể từ ngày 07/09/1993)\n\n";
        let used = "1. Các cơ quan đại diện ngoại giao, cơ quan lãnh sự và cơ quan đại diện của tổ chức quốc tế \
                    thuộc hệ thống Liên hợp quốc và tổ chức liên chính phủ có trụ sở tại Việt Nam (sau đây gọi \
                    chung là cơ quan đại diện) được hưởng quyền ưu đãi, miễn trừ theo Pháp lệnh 1993 được quyền \
                    gửi và nhận túi ngoại giao, túi lãnh sự bằng đường hàng không theo các quy định tại Thông tư này.";
        let year_named = |text: &str| -> Vec<(String, Option<String>, Option<u16>)> {
            let found = crate::recognize::recognize(text, &[]);
            found
                .iter()
                .filter(|f| text[f.span.clone()].starts_with("Pháp lệnh 1"))
                .map(|f| (text[f.span.clone()].to_string(), f.name.clone().map(|n| text[n].to_string()), f.year()))
                .collect()
        };
        let text = format!("{named}{used}");
        let name = "Về Quyền ưu đãi, miễn trừ dành cho cơ quan đại diện ngoại giao, cơ quan lãnh sự và cơ quan \
                    đại diện của tổ chức quốc tế tại Việt Nam";
        assert_eq!(year_named(&text), [("Pháp lệnh 1993".to_string(), Some(name.to_string()), Some(1993))]);
        // Named after the use too; not where the text names no ordinance of that year, nor two.
        assert_eq!(year_named(&format!("{used}\n\n{named}")).len(), 1);
        assert_eq!(year_named(used), []);
        assert_eq!(year_named(&format!("{named}{}", used.replace("1993", "1994"))), []);
        let another = "Căn cứ Pháp lệnh Phí và lệ phí ngày 28 tháng 8 năm 1993;\n\n";
        assert_eq!(year_named(&format!("{another}{named}{used}")), []);
        // Placed as a short name is: not the opening of a heading (`Pháp lệnh 1993 và …`
        // after nothing).
        assert_eq!(year_named(&format!("{named}Ban hành Pháp lệnh 1993 mới.")), []);
    }

    #[test]
    fn every_abbreviation_is_read_before_a_bare_number() {
        for (word, kind, full) in ABBREVIATED {
            let cited = crate::recognize::recognize(full, &[]);
            assert_eq!(cited.len(), 1, "{full}");
            assert_eq!(cited[0].kind, *kind, "{full}");
            let number = cited[0].number.clone().map(|r| &full[r]).expect("a number");
            let text = format!("{full}; khoản 2 Điều 5 {word}{number}.");
            let short = format!("{word}{number}");
            let found = crate::recognize::recognize(&text, &[]);
            let used = found.iter().find(|f| text[f.span.clone()] == short).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((used.symbol.clone(), used.number_year), (cited[0].symbol.clone(), cited[0].number_year));
        }
    }

    #[test]
    fn every_table_word_is_what_a_bare_use_is_read_by() {
        for word in BARE_USE_AFTER.iter().chain(BARE_USE_AFTER_VERBS) {
            let text = format!("Luật Đất đai (sau đây gọi tắt là Luật). Điều 5 {word} Luật.");
            assert_eq!(crate::recognize::recognize(&text, &[]).len(), 3, "{text}");
        }
        // Another verb before it is no use of the short name (`ban hành Luật` is not read).
        let text = "Luật Đất đai (sau đây gọi tắt là Luật). Quốc hội ban hành Luật.";
        assert_eq!(crate::recognize::recognize(text, &[]).len(), 2, "{text}");
        for word in BARE_USE_BEFORE {
            let text = format!("Luật Đất đai (sau đây gọi tắt là Luật). Theo Luật {word} hết.");
            assert_eq!(crate::recognize::recognize(&text, &[]).len(), 3, "{text}");
        }
    }

    #[test]
    fn a_short_name_without_a_number_or_for_no_document_found_defines_nothing() {
        for (text, short) in [
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
