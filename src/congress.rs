//! Party congress resolutions, cited by the congress that passed them: `Nghị quyết Đại hội
//! XIII của Đảng`, `Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng`, `Nghị quyết
//! Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025`. A congress resolution has no number
//! a text writes; the congress, its ordinal and, for a local one, its Đảng bộ name it. District
//! and provincial plans are built on these (`Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần
//! thứ XXIII …`), so the chain up from a plan stops short of its top without them. So are
//! the resolutions of a Central Committee's plenum, cited by the plenum (`Nghị quyết Trung
//! ương 4 khóa XII`, `Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa
//! XIII`): a plenum may pass several numbered resolutions, so which one is meant the number
//! alone would say.

use crate::tables::Level;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Each wording this module reads, with the key it gives and the level of its congress: the
/// patterns' examples, which a test reads.
pub const EXAMPLES: &[(&str, &str, Level)] = &[
    ("Nghị quyết Đại hội XIII của Đảng", "đại hội xiii của đảng", Level::CentralParty),
    ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "đại hội xiii của đảng", Level::CentralParty),
    ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "đại hội xiii của đảng", Level::CentralParty),
    ("Nghị quyết Đại hội Đảng lần thứ XIV", "đại hội xiv của đảng", Level::CentralParty),
    ("nghị quyết Đại hội lần thứ 13 của Đảng", "đại hội xiii của đảng", Level::CentralParty),
    (
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025",
        "đại hội đảng bộ tỉnh lần thứ xx",
        Level::Province,
    ),
    (
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX",
        "đại hội đảng bộ tỉnh lần thứ xx",
        Level::Province,
    ),
    ("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII", "đại hội đảng bộ huyện lần thứ xxiii", Level::District),
    ("Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XXVI", "đại hội đảng bộ xã lần thứ xxvi", Level::Commune),
    ("Nghị quyết Trung ương 4 khóa XII", "hội nghị trung ương 4 khóa xii", Level::CentralParty),
    ("Nghị quyết Trung ương 6 (khóa XIII)", "hội nghị trung ương 6 khóa xiii", Level::CentralParty),
    ("Nghị quyết Hội nghị Trung ương 4, khoá XII", "hội nghị trung ương 4 khóa xii", Level::CentralParty),
    (
        "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII",
        "hội nghị trung ương 6 khóa xiii",
        Level::CentralParty,
    ),
    (
        "Nghị quyết Hội nghị lần thứ mười hai Ban Chấp hành Trung ương khóa XII",
        "hội nghị trung ương 12 khóa xii",
        Level::CentralParty,
    ),
];

/// What [`at`] read: the reference's byte length, and within it the congress's name (`Đại
/// hội … của Đảng`, without its term), from which [`key`], [`place`] and [`level`] read the rest.
#[derive(Debug, PartialEq)]
pub struct Read {
    pub len: usize,
    pub name: Range<usize>,
}

/// The type word, then the congress: a local one by its Đảng bộ's unit (and place), a
/// national one by nothing or `Đảng`/`toàn quốc`; the ordinal in Roman or Arabic figures; `của
/// Đảng` and the term after it.
static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^[Nn]ghị\ quyết\ (?:số\ )?
        (?P<name>Đại\ hội\ (?:[Đđ]ại\ biểu\ )?
          (?:[Đđ]ảng\ bộ\ (?P<unit>tỉnh|thành\ phố|huyện|quận|thị\ xã|thị\ trấn|xã|phường)
             (?P<place>(?:\ \p{Lu}[\p{L}]*){1,4})?\ (?:lần\ thứ|khóa|khoá)\ 
          |(?:Đảng\ (?:Cộng\ sản\ Việt\ Nam\ )?)?(?:toàn\ quốc\ )?(?:lần\ thứ\ )?)
          (?P<ord>[IVXL]{1,7}|\d{1,2})\b
          (?:\ của\ Đảng(?:\ Cộng\ sản\ Việt\ Nam)?)?)
        (?:,?\ nhiệm\ kỳ\ \d{4}\ ?[-–]\ ?\d{4})?",
    )
    .expect("congress pattern")
});

/// The type word the patterns open with, as [`parts`] writes it (a text may open it in small
/// letters, of the same length).
const TYPE_WORD: &str = "Nghị quyết ";

/// The words right after the type word where a congress's or a plenum's resolution may
/// start.
pub const AFTER_TYPE_WORD: &[&str] = &["Đại hội ", "Trung ương ", "Hội nghị "];

/// Whether `lower`, in small letters, opens with one of [`AFTER_TYPE_WORD`] (`đại hội xiii`).
pub fn opens_lowered(lower: &str) -> bool {
    AFTER_TYPE_WORD.iter().any(|w| {
        let mut text = lower.chars();
        w.chars().flat_map(char::to_lowercase).all(|c| text.next() == Some(c))
    })
}

/// A Central Committee plenum: its number in figures (`Trung ương 4`) or in words (`Hội
/// nghị lần thứ sáu Ban Chấp hành Trung ương`), then its term (`khóa XII`, `(khóa XIII)`).
static PLENUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^[Nn]ghị\ quyết\ (?:số\ )?
        (?P<name>(?:Hội\ nghị\ )?
          (?:Trung\ ương\ (?:lần\ thứ\ )?(?P<n>\d{1,2})
            |lần\ thứ\ (?P<w>\d{1,2}|mười(?:\ một|\ hai|\ ba|\ bốn|\ tư|\ lăm|\ sáu|\ bảy|\ tám|\ chín)?
               |nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)
             \ Ban\ Chấp\ hành\ Trung\ ương(?:\ Đảng)?)
          (?:\ \((?:khóa|khoá)\ (?P<t1>[IVXL]{1,7})\)|,?\ (?:khóa|khoá)\ (?P<t2>[IVXL]{1,7})\b))",
    )
    .expect("plenum pattern")
});

/// The congress or plenum resolution at the start of `text` (which starts with its type word).
pub fn at(text: &str) -> Option<Read> {
    let name = text.get(TYPE_WORD.len()..).unwrap_or_default();
    if may_be_plenum(name)
        && let Some(c) = PLENUM.captures(text)
    {
        plenum(&c)?;
        return Some(Read { len: c.get(0)?.end(), name: c.name("name")?.range() });
    }
    let c = PATTERN.captures(text)?;
    ordinal(&c["ord"])?;
    Some(Read { len: c.get(0)?.end(), name: c.name("name")?.range() })
}

/// Whether the words after the type word (`số` aside) may name a plenum: a congress's name
/// opens with `Đại hội`, a plenum's never. The plenum's pattern is built at its first use, and
/// a corpus that cites congresses alone does without it.
fn may_be_plenum(name: &str) -> bool {
    !name.strip_prefix("số ").unwrap_or(name).starts_with("Đại hội ")
}

/// A plenum's number and term, where they are numbers a plenum may have.
fn plenum(c: &regex::Captures) -> Option<(u16, u16)> {
    let n = match (c.name("n"), c.name("w")) {
        (Some(n), _) => n.as_str().parse().ok()?,
        (None, Some(w)) => ordinal_word(w.as_str())?,
        _ => return None,
    };
    let term = roman_value(c.name("t1").or(c.name("t2"))?.as_str())?;
    ((1..=20).contains(&n) && (1..=40).contains(&term)).then_some((n, term))
}

/// An ordinal in words (`sáu`, `mười hai`) or figures.
fn ordinal_word(w: &str) -> Option<u16> {
    const UNITS: &[(&str, u16)] = &[
        ("nhất", 1),
        ("một", 1),
        ("hai", 2),
        ("ba", 3),
        ("tư", 4),
        ("bốn", 4),
        ("năm", 5),
        ("lăm", 5),
        ("sáu", 6),
        ("bảy", 7),
        ("tám", 8),
        ("chín", 9),
    ];
    if let Ok(n) = w.parse() {
        return Some(n);
    }
    let unit = |u: &str| UNITS.iter().find(|(word, _)| *word == u).map(|(_, n)| *n);
    match w.strip_prefix("mười") {
        Some("") => Some(10),
        Some(rest) => Some(10 + unit(rest.trim_start())?),
        None => unit(w),
    }
}

/// The congress's ordinal, from Roman or Arabic figures: 1 to 40, or `None`.
fn ordinal(written: &str) -> Option<u16> {
    if let Ok(n) = written.parse::<u16>() {
        return (1..=40).contains(&n).then_some(n);
    }
    roman_value(written).filter(|n| (1..=40).contains(n))
}

/// A Roman numeral's value where it is well formed (`XIII`, `XXIV`), else `None`.
fn roman_value(written: &str) -> Option<u16> {
    let value = |c: char| match c {
        'I' => Some(1i32),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let digits: Vec<i32> = written.chars().map(value).collect::<Option<_>>()?;
    let mut n = 0i32;
    for (i, d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(next) if next > d => n -= d,
            _ => n += d,
        }
    }
    let n = u16::try_from(n).ok()?;
    // Written back the canonical way, it must be what was written: `IIX` is no numeral.
    (roman(n) == written).then_some(n)
}

/// `n` in Roman figures.
fn roman(mut n: u16) -> String {
    const DIGITS: &[(u16, &str)] = &[(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (value, figures) in DIGITS {
        while n >= *value {
            out.push_str(figures);
            n -= value;
        }
    }
    out
}

/// What tells one congress or plenum from another.
enum Parts<'a> {
    National(u16),
    Local { ordinal: u16, unit: &'a str, place: Option<&'a str> },
    Plenum { number: u16, term: u16 },
}

fn parts(name: &str) -> Option<Parts<'_>> {
    let text = [TYPE_WORD, name].concat();
    if may_be_plenum(name)
        && let Some(c) = PLENUM.captures(&text)
    {
        let (number, term) = plenum(&c)?;
        return Some(Parts::Plenum { number, term });
    }
    let c = PATTERN.captures(&text)?;
    let ordinal = ordinal(&c["ord"])?;
    let shift = |r: Range<usize>| r.start - TYPE_WORD.len()..r.end - TYPE_WORD.len();
    Some(match c.name("unit") {
        Some(unit) => Parts::Local {
            ordinal,
            unit: &name[shift(unit.range())],
            place: c.name("place").map(|p| name[shift(p.range())].trim()),
        },
        None => Parts::National(ordinal),
    })
}

/// The key of a congress or plenum named `name` (what follows the type word), the same for
/// every wording of one (see [`EXAMPLES`]); `None` where `name` names none. A local
/// congress's place is not in its key: it goes with the document's place.
pub fn key(name: &str) -> Option<String> {
    let numeral = |n: u16| roman(n).to_lowercase();
    Some(match parts(name)? {
        Parts::National(n) => format!("đại hội {} của đảng", numeral(n)),
        Parts::Local { ordinal, unit, .. } => {
            format!("đại hội đảng bộ {} lần thứ {}", unit.to_lowercase(), numeral(ordinal))
        }
        Parts::Plenum { number, term } => format!("hội nghị trung ương {number} khóa {}", numeral(term)),
    })
}

/// The place a congress's name gives its Đảng bộ (`Quảng Ngãi` of `Đại hội Đảng bộ tỉnh
/// Quảng Ngãi lần thứ XX`).
pub fn place(name: &str) -> Option<&str> {
    match parts(name)? {
        Parts::Local { place, .. } => place,
        _ => None,
    }
}

/// The level of the congress or plenum named `name`: the Party's own for a national congress
/// and a plenum, its Đảng bộ's unit's for a local congress; `None` where `name` names none.
pub fn level(name: &str) -> Option<Level> {
    let Parts::Local { unit, place, .. } = parts(name)? else { return Some(Level::CentralParty) };
    Some(match unit {
        "tỉnh" => Level::Province,
        "xã" | "phường" | "thị trấn" => Level::Commune,
        "thành phố" => {
            let city = ["thành phố ", place.unwrap_or("")].concat();
            match crate::resolve::level_of_phrase(&city) {
                Level::Province => Level::Province,
                _ => Level::District,
            }
        }
        _ => Level::District,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_read_whole_with_its_key_and_level() {
        for (text, want_key, want_level) in EXAMPLES {
            let read = at(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(read.len, text.len(), "{text}");
            let name = &text[read.name.clone()];
            assert_eq!(key(name).as_deref(), Some(*want_key), "{text}");
            assert_eq!(level(name), Some(*want_level), "{text}");
        }
    }

    #[test]
    fn the_words_after_the_type_word_are_known_in_small_letters() {
        assert!(opens_lowered("đại hội xiii của đảng"));
        assert!(opens_lowered("trung ương 4 khóa xii"));
        assert!(!opens_lowered("đại biểu quốc hội"));
        assert!(!opens_lowered("hội nghị"));
    }

    #[test]
    fn the_term_is_read_but_not_named() {
        let t = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 đã đề ra";
        let read = at(t).expect("read");
        assert_eq!(&t[..read.len], "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025");
        assert_eq!(&t[read.name], "Đại hội Đảng bộ tỉnh lần thứ XX");
    }

    #[test]
    fn a_place_is_read_apart_from_the_key() {
        let t = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Ngãi lần thứ XX";
        let read = at(t).expect("read");
        assert_eq!(place(&t[read.name]), Some("Quảng Ngãi"));
        assert_eq!(level("Đại hội Đảng bộ thành phố Hồ Chí Minh lần thứ XI"), Some(Level::Province));
        assert_eq!(level("Đại hội Đảng bộ thành phố Quảng Ngãi lần thứ XXI"), Some(Level::District));
    }

    #[test]
    fn no_ordinal_no_congress() {
        for t in [
            "Nghị quyết Đại hội Đảng các cấp",
            "Nghị quyết Đại hội Đảng bộ tỉnh đã đề ra",
            "Nghị quyết Đại hội IIX của Đảng",
            "Nghị quyết Hội nghị Trung ương 4",
            "Nghị quyết Trung ương 4 về xây dựng Đảng",
            "Nghị quyết Trung ương 25 khóa XII",
            "Nghị quyết số 24-NQ/TW",
        ] {
            assert_eq!(at(t), None, "{t}");
        }
    }

    #[test]
    fn roman_figures_both_ways() {
        for (n, r) in [(1, "I"), (4, "IV"), (9, "IX"), (13, "XIII"), (14, "XIV"), (20, "XX"), (23, "XXIII"), (40, "XL")]
        {
            assert_eq!(roman(n), r);
            assert_eq!(roman_value(r), Some(n));
        }
        assert_eq!(roman_value("IIII"), None);
    }
}
