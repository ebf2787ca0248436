//! The issuing body a letterhead names, top left, in capitals: `ỦY BAN NHÂN DÂN` over `TỈNH
//! QUẢNG NGÃI`, `TỈNH ỦY QUẢNG NGÃI` over `BAN DÂN VẬN`, beside the national motto (`CỘNG HÒA
//! XÃ HỘI CHỦ NGHĨA VIỆT NAM`), which a text copied from two columns puts on the same line.
//! A draft or a provincial text without a metadata table names its issuer nowhere else.

use crate::cues::starts_with_word;
use std::borrow::Cow;

/// Words that open the national motto, in the right column of a letterhead: the left column
/// ends where they start.
const MOTTO: &[&str] = &["CỘNG HÒA", "CỘNG HOÀ", "Độc lập", "ĐỘC LẬP"];

/// How a letterhead's first line opens: a body's name (a heading in capitals, `THÔNG TIN VĂN
/// BẢN`, `NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ`, names none).
const BODY_OPENINGS: &[&str] = &[
    "ỦY BAN",
    "UỶ BAN",
    "UBND",
    "HĐND",
    "HỘI ĐỒNG",
    "BAN ",
    "SỞ ",
    "BỘ ",
    "CHÍNH PHỦ",
    "QUỐC HỘI",
    "THỦ TƯỚNG",
    "TỈNH ỦY",
    "TỈNH UỶ",
    "THÀNH ỦY",
    "THÀNH UỶ",
    "HUYỆN ỦY",
    "HUYỆN UỶ",
    "QUẬN ỦY",
    "ĐẢNG",
    "VĂN PHÒNG",
    "PHÒNG ",
    "CỤC ",
    "CHI CỤC",
    "TỔNG CỤC",
    "TRUNG TÂM",
    "TÒA ÁN",
    "VIỆN KIỂM SÁT",
    "MẶT TRẬN",
    "BCH",
    "KHO BẠC",
    "NGÂN HÀNG",
];

/// Abbreviations a body's name keeps in capitals (`UBND TỈNH QUẢNG NGÃI`).
const ABBREVIATIONS: &[&str] = &["UBND", "HĐND", "MTTQ", "MTTQVN", "BCH", "ĐCSVN", "VN"];

/// Words that open a body's own name, the word after them a capital in Vietnamese (`Ban Dân
/// tộc`, `Sở Tư pháp`), each with an example a test reads.
pub const BODY_WORDS: &[(&str, &str)] = &[
    ("ban", "BAN DÂN TỘC"),
    ("sở", "SỞ TƯ PHÁP"),
    ("văn phòng", "VĂN PHÒNG UBND TỈNH"),
    ("phòng", "PHÒNG DÂN TỘC"),
    ("bộ", "BỘ TÀI CHÍNH"),
    ("cục", "CỤC THUẾ"),
    ("chi cục", "CHI CỤC KIỂM LÂM"),
    ("trung tâm", "TRUNG TÂM Y TẾ"),
];

/// Words after which a place's name follows, each word of it a capital (`tỉnh Quảng Ngãi`,
/// `Tỉnh ủy Quảng Ngãi`).
const BEFORE_PLACE: &[&str] =
    &["tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thành phố", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường"];

/// The words of each of [`BEFORE_PLACE`], in its order.
static BEFORE_PLACE_WORDS: std::sync::LazyLock<Vec<Vec<&str>>> =
    std::sync::LazyLock::new(|| BEFORE_PLACE.iter().map(|p| p.split(' ').collect()).collect());

/// Party committees, named with their place (`HUYỆN ỦY SƠN TỊNH`): the words of
/// [`BEFORE_PLACE`] that open a body of their own, not a place of the body above (audit 2200:
/// `ĐẢNG BỘ TỈNH QUẢNG NGÃI⏎HUYỆN ỦY SƠN TỊNH` was `Đảng bộ tỉnh Quảng Ngãi huyện ủy Sơn Tịnh`).
const COMMITTEE_WORDS: &[&str] = &["tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy"];

/// Whether a line in capitals opens with a body's name, as a letterhead's first line does
/// (`CHÍNH PHỦ`, `BỘ XÂY DỰNG`, `UBND TỈNH QUẢNG NGÃI`).
pub(crate) fn opens_with_body(line: &str) -> bool {
    BODY_OPENINGS.iter().any(|b| line.starts_with(b))
}

/// Whether a line opens with the national motto (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc
/// lập - Tự do - Hạnh phúc`).
pub(crate) fn opens_motto(line: &str) -> bool {
    MOTTO.iter().any(|m| line.starts_with(m))
}

/// Where the first of [`MOTTO`]'s words starts in `line`. Each opens with `C` or `Đ` (whose
/// first byte is C4): the words are tried only where one of those bytes stands, not searched
/// for one by one over the line (four searches a line cost a tenth of the letterhead's reading).
fn motto_start(line: &str) -> Option<usize> {
    memchr::memchr2_iter(b'C', 0xC4, line.as_bytes()).find(|&at| opens_motto(&line[at..]))
}

/// Where the first run of [`crate::header::COLUMN_GAP`] starts in `line`, as `line.find`
/// finds it.
fn column_gap(line: &str) -> Option<usize> {
    let gap = crate::header::COLUMN_GAP.as_bytes();
    line.as_bytes().windows(gap.len()).position(|w| w == gap)
}

/// Lines a letterhead spans at most before the number line.
pub(crate) const LETTERHEAD_LINES: usize = 12;

/// The issuer `head` (a text's first lines, normalized) names in its letterhead, as Vietnamese
/// writes the name: `Ủy ban nhân dân tỉnh Quảng Ngãi`. A body under its superior one is the
/// issuer, named as Vietnamese names it: with the place of a people's committee or council
/// above it (`UBND TỈNH QUẢNG NGÃI⏎BAN DÂN TỘC` is `Ban Dân tộc tỉnh Quảng Ngãi`, as `Sở Tư
/// pháp tỉnh Quảng Ngãi`), else with the name of the body above it (`Ban Dân vận Tỉnh ủy
/// Quảng Ngãi`, `Văn phòng UBND tỉnh Quảng Ngãi`): the line above is its superior, not a
/// second issuer. None where the text opens otherwise.
pub fn issuer(head: &str) -> Option<String> {
    let mut lines: Vec<&str> = Vec::new();
    for line in head.lines().take(LETTERHEAD_LINES) {
        // `\*`, the star under a Party letterhead that Markdown escapes (audit 2200: `\ Đảng
        // ủy xã Tịnh Hà`), is no more of a name than `*`.
        let line = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '*' | '_' | '>' | '|' | '\\'));
        if line.starts_with("Số") || line.starts_with("SỐ") {
            break;
        }
        let left = motto_start(line).map_or(line, |at| &line[..at]);
        let left = left[..column_gap(left).unwrap_or(left.len())]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–' | '_' | '*' | '='));
        if left.is_empty() {
            continue;
        }
        // Words in small letters: the motto's second line, or the text itself.
        if left.chars().any(char::is_lowercase) || left.chars().count() > 60 {
            if lines.is_empty() && MOTTO.iter().any(|m| line.starts_with(m)) {
                continue;
            }
            break;
        }
        // The type line (`KẾ HOẠCH`) under a letterhead that gave no number line.
        if crate::header::UPPER_TYPE_NAMES.iter().any(|t| t == left) {
            break;
        }
        if lines.is_empty() && !BODY_OPENINGS.iter().any(|b| left.starts_with(b)) {
            break;
        }
        lines.push(left);
    }
    if lines.is_empty() {
        return None;
    }
    // Each line that opens a body of its own is one; a line that goes on with a place (`TỈNH
    // QUẢNG NGÃI`) belongs to the body above it.
    let mut bodies: Vec<String> = Vec::new();
    for line in lines {
        let name = cased(line);
        let opens = |w: &&str| starts_with_word(&name, w);
        let goes_on = BEFORE_PLACE.iter().any(opens) && !COMMITTEE_WORDS.iter().any(opens);
        match bodies.last_mut() {
            Some(last) if goes_on => {
                last.push(' ');
                last.push_str(&name);
            }
            _ => bodies.push(name),
        }
    }
    let mut bodies = bodies.into_iter().map(|b| capital_first(&b));
    let first = bodies.next()?;
    Some(bodies.fold(first, |superior, body| under(&superior, &body)))
}

/// A body's name as Vietnamese writes it where it is given in capitals (`UBND HUYỆN THỌ XUÂN`
/// is `UBND huyện Thọ Xuân`, as [`issuer`] names a letterhead's body); as it is otherwise.
pub(crate) fn as_written(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    capital_first(&cased(name))
}

/// Words that open the name of a people's committee or council, whose bodies are named with
/// its place (`Sở Tư pháp tỉnh Quảng Ngãi`), but for its office (`Văn phòng UBND tỉnh …`).
const COMMITTEES: &[&str] = &["UBND ", "HĐND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân ", "Hội đồng nhân dân "];

/// The name of `body`, under `superior` in a letterhead (both as [`cased`] writes them).
fn under(superior: &str, body: &str) -> String {
    // A body whose own line names its place (`CỤC THUẾ TỈNH QUẢNG NGÃI`) needs no more, nor
    // does a committee so named under its Đảng bộ (`Huyện ủy Sơn Tịnh` under `Đảng bộ tỉnh
    // Quảng Ngãi`: the Party's letterhead names the organisation above, audit 2200).
    let own = format!(" {}", lower_first(body));
    let names_place = |w: &&str| {
        let words = format!(" {w} ");
        own.match_indices(&words).any(|(at, _)| own[at + words.len()..].starts_with(char::is_uppercase))
    };
    if BEFORE_PLACE.iter().any(names_place) {
        return body.to_string();
    }
    let place = COMMITTEES.iter().find_map(|c| superior.strip_prefix(c));
    match place {
        Some(place) if !body.starts_with("Văn phòng") => format!("{body} {place}"),
        _ => format!("{body} {superior}"),
    }
}

/// A line in capitals as Vietnamese writes the name: small letters but for abbreviations, the
/// word after a body's opening word, and a place's name.
fn cased(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    // The line lowered once, not word by word: lower case makes no letter a space nor a space
    // a letter, so its words are those of `line`, each lowered.
    let lowered = crate::cues::to_lower(line);
    let lower: Vec<&str> = lowered.split_whitespace().collect();
    let mut out: Vec<Cow<str>> = Vec::with_capacity(words.len());
    let mut place = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if ABBREVIATIONS.contains(&w) {
            out.push(Cow::Borrowed(w));
            i += 1;
            continue;
        }
        // The words from `i` joined by spaces equal `p` or open with it then a space: the
        // words of `p` are the next ones, each whole.
        let opens =
            |p: &&Vec<&str>| lower.get(i..i + p.len()).is_some_and(|ws| ws.iter().zip(p.iter()).all(|(w, p)| w == p));
        if !place && let Some(before) = BEFORE_PLACE_WORDS.iter().find(opens) {
            let n = before.len();
            out.extend(lower[i..i + n].iter().map(|&w| Cow::Borrowed(w)));
            i += n;
            place = true;
            continue;
        }
        out.push(if place { Cow::Owned(capital_first(lower[i])) } else { Cow::Borrowed(lower[i]) });
        i += 1;
    }
    // `ban dân tộc` → `ban Dân tộc`: the word after a body's opening word.
    let joined = out.join(" ");
    if let Some((w, _)) = BODY_WORDS.iter().find(|(w, _)| starts_with_word(&joined, w)) {
        let (head, tail) = joined.split_at(w.len() + 1);
        return format!("{head}{}", capital_first(tail));
    }
    joined
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

fn capital_first(s: &str) -> String {
    let mut chars = s.chars();
    let Some(c) = chars.next() else { return String::new() };
    let mut out = String::with_capacity(s.len() + 2);
    out.extend(c.to_uppercase());
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letterheads_name_their_bodies() {
        for (head, want) in [
            (
                "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI          Độc lập - Tự do - \
                 Hạnh phúc\n\nSố: 215/KH-UBND          Quảng Ngãi, ngày 15 tháng 3 năm 2024\n",
                Some("Ủy ban nhân dân tỉnh Quảng Ngãi"),
            ),
            // A tab between the columns is one space once normalized.
            (
                "UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 215/KH-UBND\n",
                Some("UBND tỉnh Quảng Ngãi"),
            ),
            ("TỈNH ỦY QUẢNG NGÃI\nBAN DÂN VẬN\n*\nSố 12-KH/BDVTU\n", Some("Ban Dân vận Tỉnh ủy Quảng Ngãi")),
            // The body under a people's committee is named with its place, not as a second
            // issuer beside it (audit 2189: `Ban Dân tộc, UBND tỉnh Quảng Ngãi`).
            ("UBND TỈNH ĐỒNG NAI\nBAN DÂN TỘC\n---\nSố: 03/TB-BDT\n", Some("Ban Dân tộc tỉnh Đồng Nai")),
            (include_str!("../tests/fixtures/letters/cv612_bdt.txt"), Some("Ban Dân tộc tỉnh Quảng Ngãi")),
            ("UBND TỈNH QUẢNG NGÃI\nSỞ TƯ PHÁP\nSố: 15/STP-VP\n", Some("Sở Tư pháp tỉnh Quảng Ngãi")),
            ("ỦY BAN NHÂN DÂN\nHUYỆN BA TƠ\nPHÒNG DÂN TỘC\nSố: 7/PDT\n", Some("Phòng Dân tộc huyện Ba Tơ")),
            ("UBND TỈNH QUẢNG NGÃI\nVĂN PHÒNG\nSố: 15/VP-KT\n", Some("Văn phòng UBND tỉnh Quảng Ngãi")),
            (
                "**CHÍNH PHỦ**\n**-------**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\nSố: 84/2019/NĐ-CP\n",
                Some("Chính phủ"),
            ),
            ("# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n# Độc lập - Tự do - Hạnh phúc\n\nSố: **1255/QĐ-TTg**\n", None),
            // No letterhead: the text opens with its type line, a heading or its words.
            ("\n\nBÁO CÁO\n\nKết quả thực hiện …\n", None),
            ("## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n", None),
            ("NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ\nvề xây dựng …\n", None),
            // Audit 2200: a Party committee under its Đảng bộ is named by itself; a star
            // Markdown escapes is no part of a name.
            (
                "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nHUYỆN ỦY SƠN TỊNH\n*\nSố 58-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n",
                Some("Huyện ủy Sơn Tịnh"),
            ),
            ("ĐẢNG BỘ HUYỆN SƠN TỊNH  \n**ĐẢNG ỦY XÃ TỊNH HÀ**  \n\\*  \nSố 25-BC/ĐU\n", Some("Đảng ủy xã Tịnh Hà")),
            ("TỈNH ỦY QUẢNG NGÃI  \n\\*  \nSố 05-CTr/TU\n", Some("Tỉnh ủy Quảng Ngãi")),
            ("Hội nghị sơ kết Chương trình phối hợp …\n", None),
        ] {
            assert_eq!(issuer(head).as_deref(), want, "{head}");
        }
    }

    /// A body named in capitals after a reference (audit 2197) is written as its letterhead's
    /// name would be; one written otherwise is left as it is.
    #[test]
    fn a_name_in_capitals_is_written_as_a_name() {
        for (name, written) in [
            ("UBND HUYỆN", "UBND huyện"),
            ("UBND HUYỆN THỌ XUÂN", "UBND huyện Thọ Xuân"),
            ("BỘ TÀI CHÍNH", "Bộ Tài chính"),
            ("CHÍNH PHỦ", "Chính phủ"),
            ("UBND", "UBND"),
            ("UBND tỉnh Quảng Ngãi", "UBND tỉnh Quảng Ngãi"),
        ] {
            assert_eq!(as_written(name), written, "{name}");
        }
    }

    /// The motto is found where the first of its words found by a search of each stands.
    #[test]
    fn the_motto_starts_where_its_first_word_is_found() {
        for line in [
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH QUẢNG NGÃI          Độc lập - Tự do - Hạnh phúc",
            "CỤC THUẾ ĐỘC LẬP CỘNG HOÀ",
            "CÔNG AN Đà Nẵng Đ C CỘNG",
            "CỘNG HÒA",
            "",
            "Đ",
            "Cộng hòa CỘNG HOÀ Độc lập",
        ] {
            let searched = MOTTO.iter().filter_map(|m| line.find(m)).min();
            assert_eq!(motto_start(line), searched, "{line}");
        }
    }

    #[test]
    fn each_body_word_opens_a_name_with_a_capital_after_it() {
        for (word, example) in BODY_WORDS {
            let name = cased(example);
            assert!(name.starts_with(word), "{name}");
            let after = name[word.len() + 1..].chars().next().expect("a word after");
            assert!(after.is_uppercase(), "{name}");
        }
    }
}
