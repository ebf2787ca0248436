//! Where a local body sits: the place that, with its number, symbol and year, tells one
//! province's or district's document from another's.
//!
//! Numbers restart every year at every issuing body (reference, section 1), and every
//! province has its own Ủy ban nhân dân: `Kế hoạch số 01/KH-UBND` of 2023 was issued by
//! each of them. A central body's symbol names it (`NĐ-CP`, `QĐ-TTg`, `NQ/TW`); a local
//! one's (`KH-UBND`, `NQ-HĐND`, `TB/TU`) does not say which province or district, so its
//! place is part of its identity: read from the document's own place-and-date line
//! (`Lào Cai, ngày 05 tháng 6 năm 2023`) and from the issuer a reference names (`của UBND
//! tỉnh Lào Cai`).

use crate::memo::remembered;
use crate::tables::{self, Level};
use compact_str::CompactString;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// Words after which an issuer phrase names its place (lower case), each with a phrase that
/// shows it; the longest that fits is read (`thành phố` before `thành ủy`'s `thành`).
pub const PLACE_WORDS: &[(&str, &str)] = &[
    ("tỉnh ủy", "Ban Thường vụ Tỉnh ủy Quảng Nam"),
    ("thành ủy", "Thành ủy Đà Nẵng"),
    ("huyện ủy", "Huyện ủy Sơn Tịnh"),
    ("quận ủy", "Quận ủy Ba Đình"),
    ("thị ủy", "Thị ủy Điện Bàn"),
    ("tỉnh", "Sở Nội vụ tỉnh Quảng Ngãi"),
    ("thành phố", "UBND thành phố Hồ Chí Minh"),
    ("tp.", "UBND TP. Hồ Chí Minh"),
    ("huyện", "UBND huyện Sơn Tịnh"),
    ("quận", "UBND quận Hoàn Kiếm"),
    ("thị xã", "UBND thị xã Điện Bàn"),
    ("thị trấn", "UBND thị trấn Châu Ổ"),
    ("phường", "UBND phường Bến Nghé"),
    ("xã", "UBND xã Tịnh Phong"),
];

/// The place an issuer phrase names, as a place is written (`Quảng Ngãi`): the capitalized
/// words after its last place word. `None` when it names none (`UBND tỉnh`, `Ban Dân tộc`).
pub fn place_in_issuer(issuer: &str) -> Option<String> {
    // Most issuer phrases hold no capital after a space beyond their first words: one look
    // for a place word's first letter before any lower-casing.
    if !issuer.bytes().any(|b| matches!(b, b't' | b'T' | b'h' | b'H' | b'q' | b'Q' | b'p' | b'P' | b'x' | b'X')) {
        return None;
    }
    let lower = issuer.to_lowercase();
    // Every place word that stands as a word of its own, in order, the longest first at one
    // place (`tỉnh ủy` before `tỉnh`).
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (word, _) in PLACE_WORDS {
        for (at, _) in lower.match_indices(word) {
            let end = at + word.len();
            let starts_word = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let ends_word = word.ends_with('.') || lower[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if starts_word && ends_word {
                found.push((at, end));
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    // The first that a name follows: the issuing body's own unit. What comes after it says
    // where that unit lies (`UBND huyện Sơn Tịnh, tỉnh Quảng Ngãi` is Sơn Tịnh's).
    // Lower-casing keeps every Vietnamese letter's length, so the offsets hold for `issuer`;
    // where it does not, the slice fails and no place is read.
    found.iter().find_map(|&(_, end)| place_name(issuer.get(end..)?))
}

/// The place a place-and-date line opens with (`Quảng Ngãi, ngày 28 tháng 6 năm 2023`,
/// `TP. Hồ Chí Minh, ngày …`), as a place is written.
pub fn place_of_date_line(line: &str) -> Option<String> {
    let (place, _) = line.split_once(", ngày")?;
    let place = place.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#' | '>'));
    // The prefixes in the cases they are written, not the line lower-cased: this runs on
    // every file.
    let place = ["Thành phố ", "THÀNH PHỐ ", "thành phố ", "TP. ", "Tp. ", "TP ", "Tp "]
        .iter()
        .find_map(|p| place.strip_prefix(p))
        .unwrap_or(place);
    place_name(place)
}

/// The capitalized words that open `text` (joined by spaces or a dash, `Bà Rịa - Vũng
/// Tàu`), each with its first letter a capital and the rest small: `LÀO CAI` and `Lào Cai`
/// are one place. The name ends at its line's end: a letterhead's `Ủy ban nhân dân tỉnh Bắc
/// Ninh` above `Số: 14/KH-UBND` was read as the place `Bắc Ninh Số` (audit 2202).
fn place_name(text: &str) -> Option<String> {
    let text = text.trim_start();
    let text = text.split(['\n', '\r']).next().unwrap_or(text);
    let mut name = String::new();
    let mut words = 0;
    for word in text.split_whitespace() {
        if word == "-" || word == "–" {
            if words > 0 {
                name.push_str(" -");
            }
            continue;
        }
        let w = word.trim_end_matches([',', ';', '.', ':', ')']);
        let mut chars = w.chars();
        let Some(first) = chars.next() else { break };
        // `Quận 1`, `Phường 12`: a number names the unit on its own.
        if words == 0 && w.bytes().all(|b| b.is_ascii_digit()) {
            name.push_str(w);
            words = 1;
            break;
        }
        if !first.is_uppercase() || !chars.clone().all(char::is_alphabetic) {
            break;
        }
        if !name.is_empty() {
            name.push(' ');
        }
        name.extend(first.to_uppercase());
        // Most names are written as they are kept: a word without capitals after its first
        // letter is copied as it is.
        let rest = chars.as_str();
        if rest.chars().any(char::is_uppercase) {
            name.extend(rest.chars().flat_map(char::to_lowercase));
        } else {
            name.push_str(rest);
        }
        words += 1;
        // A word with a mark after it ends the name (`Quảng Ngãi;`).
        if w.len() != word.len() || words == 4 {
            break;
        }
    }
    let name = name.trim_end_matches(" -").to_string();
    (words > 0).then_some(name)
}

/// What stands before `tỉnh X` when X is where a text was written: a body of the province
/// (`UBND tỉnh Quảng Ngãi`, `Ban Dân tộc tỉnh Quảng Nam`, `Sở Nội vụ tỉnh Quảng Ngãi`) or
/// its territory (`trên địa bàn tỉnh Quảng Ngãi`), each with a phrase that shows it. A
/// province in a list (`các thành phố trực thuộc trung ương và tỉnh Thừa Thiên Huế`) is not.
pub const PROVINCE_BODY_WORDS: &[(&str, &str)] = &[
    ("UBND", "Chủ tịch UBND tỉnh Quảng Ngãi"),
    ("Ủy ban nhân dân", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Uỷ ban nhân dân", "Uỷ ban nhân dân tỉnh Lào Cai"),
    ("HĐND", "Thường trực HĐND tỉnh Gia Lai"),
    ("Hội đồng nhân dân", "Hội đồng nhân dân tỉnh Gia Lai"),
    ("Ban Dân tộc", "Ban Dân tộc tỉnh Quảng Nam"),
    ("Ban Dân vận", "Ban Dân vận tỉnh Quảng Nam"),
    ("Công an", "Công an tỉnh Đồng Nai"),
    ("Văn phòng", "Văn phòng UBND tỉnh Đồng Nai"),
    ("địa bàn", "trên địa bàn tỉnh Quảng Ngãi"),
    // The sample's own misspelling of `địa bàn`.
    ("đại bàn", "trên đại bàn tỉnh Quảng Ngãi"),
];

/// The one province a text names through its bodies, for a document whose head has no
/// place-and-date line (a report pasted without its letterhead): see
/// [`PROVINCE_BODY_WORDS`]; a `Sở` (`Sở Nội vụ tỉnh Quảng Ngãi`) is one too. `None` when it
/// names two provinces or none, or names a district as often (the text may be the
/// district's: a province's report names a district now and then, `phối hợp với UBND huyện
/// Sơn Hà`). Every province's name has two words at least, so `Ban Dân tộc tỉnh Tham mưu …`
/// (a sentence run on) names none.
pub fn province_named_in(text: &str) -> Option<String> {
    const DISTRICT_WORDS: &[&str] = &["huyện ", "quận ", "thị xã "];
    // A body's words right before, or a `Sở` among the four words before.
    let of_a_body = |before: &str| {
        let before = before.trim_end_matches(' ');
        PROVINCE_BODY_WORDS.iter().any(|(w, _)| before.ends_with(w)) || before.rsplit(' ').take(4).any(|w| w == "Sở")
    };
    let names_after = |word: &'static str| {
        text.match_indices(word).filter_map(move |(at, _)| {
            let starts_word = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            // The few words before, from a character's start.
            let from = (at.saturating_sub(60)..at).find(|&i| text.is_char_boundary(i)).unwrap_or(at);
            let before = &text[from..at];
            (starts_word && of_a_body(before)).then(|| place_name(&text[at + word.len()..])).flatten()
        })
    };
    let mut province: Option<(String, usize)> = None;
    for name in names_after("tỉnh ").filter(|n| n.contains(' ')) {
        match &mut province {
            None => province = Some((name, 1)),
            Some((known, count)) if *known == name => *count += 1,
            Some(_) => return None,
        }
    }
    let (province, count) = province?;
    let mut districts: FxHashMap<String, usize> = FxHashMap::default();
    for name in DISTRICT_WORDS.iter().flat_map(|w| names_after(w)) {
        *districts.entry(name).or_default() += 1;
    }
    districts.values().all(|&d| d < count).then_some(province)
}

/// Whether `text` calls `place` a province (`tỉnh Đồng Nai`, `TỈNH ĐỒNG NAI`) and never a
/// district, town or city (`huyện Nhơn Trạch`, `thành phố Biên Hòa`).
pub fn called_a_province(text: &str, place: &str) -> bool {
    let called = |unit: &str| {
        [unit.to_string(), tables::capitalized(unit), unit.to_uppercase()].iter().any(|u| {
            let upper = u.chars().all(|c| !c.is_lowercase());
            let name = if upper { place.to_uppercase() } else { place.to_string() };
            text.contains(&format!("{u} {name}"))
        })
    };
    called("tỉnh") && !["huyện", "quận", "thị xã", "thành phố"].iter().any(|u| called(u))
}

/// What an issuer phrase says of where its body sits: the place it names and the level of
/// its words (`UBND tỉnh`: no place, a province). Asked of every reference to a local
/// document, and a corpus has few issuer phrases: each is read once per thread.
pub fn read_issuer(issuer: &str) -> (Option<CompactString>, Level) {
    thread_local! {
        static SEEN: RefCell<FxHashMap<CompactString, (Option<CompactString>, Level)>> = RefCell::default();
    }
    let read = || (place_in_issuer(issuer).map(CompactString::from), crate::resolve::level_of_phrase(issuer));
    SEEN.with_borrow_mut(|seen| remembered(seen, issuer, read, Clone::clone))
}

/// Whether a symbol is a local body's: one of its codes names a body that is a province's,
/// a district's or any level's (`UBND`, `HĐND`), and none a central body. Asked of every
/// reference; a corpus has few symbols, each read once per thread.
pub fn is_local_symbol(symbol: &str) -> bool {
    local_codes(symbol).local
}

/// The level of the highest local body a symbol's codes name, where one names a level
/// (`TB/TU`: a province's Tỉnh ủy; `CTr/HU`: a district's Huyện ủy); unknown where none does
/// (`KH-UBND`: every level has its UBND).
pub fn level_of_symbol(symbol: &str) -> Level {
    local_codes(symbol).level
}

/// What a symbol's codes say of its body (see [`local_codes`]).
#[derive(Clone, Copy)]
struct Codes {
    /// A local body's ([`is_local_symbol`]).
    local: bool,
    /// The level of the highest local body they name ([`level_of_symbol`]).
    level: Level,
    /// Its type and unit only ([`names_a_unit_only`]).
    unit_only: bool,
}

/// What a symbol's codes say of a local body ([`Codes`]), read in one pass and remembered
/// per thread.
fn local_codes(symbol: &str) -> Codes {
    thread_local! {
        static SEEN: RefCell<FxHashMap<CompactString, Codes>> = RefCell::default();
    }
    SEEN.with_borrow_mut(|seen| remembered(seen, symbol, || read_codes(symbol), |&known| known))
}

/// The codes of a symbol that name a unit of its body, not its type nor any body the tables
/// know: `CSDT` (a Ban Dân tộc's Chính sách dân tộc office) of `BDT-CSDT` and `CV-CSDT`,
/// `KGVX` of `UBND-KGVX`.
pub fn unit_codes(symbol: &str) -> impl Iterator<Item = &str> {
    tables::symbol_codes(symbol).filter(|c| !tables::is_known_code(c) && !c.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a symbol names its type and a unit only, and no body (`CV-CSDT`): whose letter it
/// is, the symbol does not say; the unit may (see `resolve::place_by_unit`). `CV` alone is no
/// such symbol. Asked of every reference a local body's file leaves unplaced: remembered.
pub fn names_a_unit_only(symbol: &str) -> bool {
    local_codes(symbol).unit_only
}

fn read_codes(symbol: &str) -> Codes {
    let (mut local, mut highest, mut issuer) = (false, Level::Unknown, false);
    for code in symbol.split(['-', '/']) {
        let level = tables::issuer_for_code(code).map(|i| i.level);
        issuer |= level.is_some();
        match level {
            Some(Some(Level::CentralParty | Level::NationalAssembly | Level::Government)) => {
                return Codes { local: false, level: Level::Unknown, unit_only: false };
            }
            Some(None) => local = true,
            Some(Some(level)) if level.is_local() => {
                local = true;
                highest = highest.min(level);
            }
            _ => {}
        }
    }
    let unit_only = !issuer && unit_codes(symbol).next().is_some();
    Codes { local, level: highest, unit_only }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// From data/ (a notice of Đồng Nai's Ban Dân tộc under a bare place-and-date line).
    #[test]
    fn a_place_the_text_calls_a_province_is_one() {
        let text =
            "Đồng Nai, ngày 22 tháng 01 năm 2021\n… trên địa bàn tỉnh Đồng Nai; Văn phòng HĐND – UBND huyện Nhơn Trạch";
        assert!(called_a_province(text, "Đồng Nai"));
        assert!(called_a_province("UBND TỈNH ĐỒNG NAI", "Đồng Nai"));
        assert!(!called_a_province(text, "Nhơn Trạch"));
        assert!(!called_a_province("tỉnh Quảng Ngãi và thành phố Quảng Ngãi", "Quảng Ngãi"));
        for (phrase, level) in [
            ("UBND THÀNH PHỐ CẦN THƠ", Level::Province),
            ("Ủy ban nhân dân Thành phố Hồ Chí Minh", Level::Province),
            ("UBND thành phố Biên Hòa", Level::Unknown),
            ("UBND huyện Nhơn Trạch", Level::District),
            // Since July 2025 a commune is the level below the province (UX re-audit 2150: a
            // commune's letter was labelled [Huyện]); a town of a district is no commune.
            ("UBND xã Tịnh Hà", Level::Commune),
            ("UBND phường Tân Định", Level::Commune),
            ("UBND thị xã Phú Mỹ", Level::District),
            // Society, not a commune (a codified page's topic, shared/corpus/real).
            ("Chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội", Level::Unknown),
        ] {
            assert_eq!(crate::resolve::level_of_phrase(phrase), level, "{phrase}");
        }
    }

    #[test]
    fn symbols_name_the_level_of_their_body() {
        for (symbol, level) in [
            ("TB/TU", Level::Province),
            ("TB/VPTU", Level::Province),
            ("CTr/HU", Level::District),
            ("KH-UBND", Level::Unknown),
            ("BDT-CSDT", Level::Province),
            ("NQ-CP", Level::Unknown),
        ] {
            assert_eq!(level_of_symbol(symbol), level, "{symbol}");
        }
    }

    #[test]
    fn every_place_word_reads_its_example() {
        for (word, example) in PLACE_WORDS {
            let place = place_in_issuer(example).unwrap_or_else(|| panic!("{word}: {example}"));
            assert!(example.ends_with(&place), "{word}: {example} gave {place}");
        }
    }

    #[test]
    fn issuers_name_their_places() {
        for (issuer, place) in [
            ("Chủ tịch UBND tỉnh Quảng Ngãi", Some("Quảng Ngãi")),
            ("UBND TỈNH LÀO CAI", Some("Lào Cai")),
            ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", Some("Bà Rịa - Vũng Tàu")),
            ("UBND tỉnh", None),
            ("HĐND tỉnh", None),
            ("Ban Thường vụ Tỉnh ủy", None),
            ("Ban Dân tộc", None),
            ("Chính phủ", None),
            // The district's, not the province it lies in.
            ("UBND huyện Sơn Tịnh, tỉnh Quảng Ngãi", Some("Sơn Tịnh")),
            ("UBND Quận 1", Some("1")),
            ("Văn phòng Tỉnh ủy Quảng Nam về", Some("Quảng Nam")),
        ] {
            assert_eq!(place_in_issuer(issuer).as_deref(), place, "{issuer}");
        }
    }

    /// A place name never runs over a line break (audit 2202: `Bắc Ninh Số`); one on the
    /// line after its place word is still read.
    #[test]
    fn a_place_name_ends_at_its_line() {
        let body =
            "Ủy ban nhân dân tỉnh Bắc Ninh\nSố: 14/KH-UBND\nThực hiện kế hoạch của Ủy ban nhân dân tỉnh Bắc Ninh.";
        assert_eq!(province_named_in(body).as_deref(), Some("Bắc Ninh"));
        assert_eq!(province_named_in(&body.replace('\n', "\r\n")).as_deref(), Some("Bắc Ninh"));
        assert_eq!(place_in_issuer("UBND tỉnh Bắc Ninh\nSố").as_deref(), Some("Bắc Ninh"));
        assert_eq!(place_in_issuer("UBND tỉnh\nBắc Ninh").as_deref(), Some("Bắc Ninh"));
    }

    #[test]
    fn date_lines_name_their_places() {
        for (line, place) in [
            ("Lào Cai, ngày 05 tháng 6 năm 2023", Some("Lào Cai")),
            ("**Quảng Ngãi, ngày 28 tháng 6 năm 2023**", Some("Quảng Ngãi")),
            ("TP. Hồ Chí Minh, ngày 1 tháng 12 năm 2025", Some("Hồ Chí Minh")),
            ("Thành phố Hồ Chí Minh, ngày 1 tháng 12 năm 2025", Some("Hồ Chí Minh")),
            ("      Đồng Nai, ngày 22 tháng 01 năm 2021", Some("Đồng Nai")),
            ("ngày 22 tháng 01 năm 2021", None),
        ] {
            assert_eq!(place_of_date_line(line).as_deref(), place, "{line}");
        }
    }

    #[test]
    fn every_body_word_names_its_province() {
        for (word, example) in PROVINCE_BODY_WORDS {
            let place = province_named_in(example).unwrap_or_else(|| panic!("{word}: {example}"));
            assert!(example.ends_with(&place), "{word}: {example} gave {place}");
        }
    }

    #[test]
    fn a_text_names_its_province() {
        for (text, place) in [
            // data/000's report, without its letterhead.
            (
                "Kết quả thực hiện Kế hoạch số 104/KH-UBND trên địa bàn tỉnh Quảng Ngãi. Kế hoạch số 43/KH-UBND của Chủ tịch UBND tỉnh Quảng Ngãi",
                Some("Quảng Ngãi"),
            ),
            ("Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh Quảng Nam tổ chức Hội nghị", Some("Quảng Nam")),
            ("UBND tỉnh Lào Cai và UBND tỉnh Gia Lai", None),
            ("UBND huyện Sơn Tịnh, tỉnh Quảng Ngãi", None),
            // data/002: a province's report that names a district of its once.
            (
                "Sở Nội vụ tỉnh Quảng Ngãi; xã Long Mai, huyện Minh Long; Ban Dân tộc tỉnh Quảng Ngãi.",
                Some("Quảng Ngãi"),
            ),
            ("Ban Dân tộc tỉnh Quảng Nam. Ban Dân tộc tỉnh Tham mưu cho UBND tỉnh", Some("Quảng Nam")),
            ("đồng bào các tỉnh Tây Nguyên", None),
            ("UBND các tỉnh Tây Nguyên", None),
            // shared/corpus/real, a codification of central texts.
            ("các thành phố trực thuộc trung ương và tỉnh Thừa Thiên Huế", None),
            ("UBND tỉnh ban hành Kế hoạch", None),
        ] {
            assert_eq!(province_named_in(text).as_deref(), place, "{text}");
        }
    }

    #[test]
    fn a_unit_code_is_no_type_s_nor_body_s() {
        assert_eq!(unit_codes("BDT-CSDT").collect::<Vec<_>>(), ["CSDT"]);
        assert_eq!(unit_codes("UBND-KGVX").collect::<Vec<_>>(), ["KGVX"]);
        assert_eq!(unit_codes("NĐ-CP").count(), 0);
        for (symbol, unit_only) in
            [("CV-CSDT", true), ("CV", false), ("BDT-CSDT", false), ("CV-BYT", false), ("NQ-CP", false)]
        {
            assert_eq!(names_a_unit_only(symbol), unit_only, "{symbol}");
        }
    }

    #[test]
    fn local_symbols_are_those_of_local_bodies() {
        for (symbol, local) in [
            ("KH-UBND", true),
            ("UBND-KGVX", true),
            ("NQ-HĐND", true),
            ("TB/TU", true),
            ("SNV-XDCQ", true),
            ("NĐ-CP", false),
            ("QĐ-TTg", false),
            ("NQ/TW", false),
            ("TT-BTC", false),
            ("QH15", false),
        ] {
            assert_eq!(is_local_symbol(symbol), local, "{symbol}");
        }
    }
}
