//! Where the name of an issuing body ends.
//!
//! The issuer after a reference is read as a phrase up to a stop (`của Bộ Tài chính về …`).
//! Where the sentence goes on with what the body does, in words no stop list can hold
//! (`của Chính phủ được hưởng …`, `của Bộ trưởng Bộ Quốc phòng hết hiệu lực kể từ …`,
//! `của Bộ Công an Ban hành …`), the phrase runs on. A phrase that opens with a body the
//! issuer table knows is cut where that body's name ends: after the name come only what
//! places it (`tỉnh Đắk Lắk`, `khóa XV`) and other names, all written with capitals.

use crate::tables;
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Titles that stand before a body's name in an issuer (`Bộ trưởng Bộ Y tế`).
pub const TITLES: &[&str] = &[
    "Bộ trưởng",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Thống đốc",
    "Chánh án",
    "Viện trưởng",
    "Tổng Kiểm toán",
    "Tổng Thanh tra",
    "Chủ tịch",
    "Chủ nhiệm",
    "Thường trực",
    "Ban Thường vụ",
    "Giám đốc",
    "Trưởng ban",
];

/// Body names beside the issuer table's: the abbreviations every province writes.
pub const ABBREVIATIONS: &[&str] = &["UBND", "HĐND"];

/// Names beside the table's that a body goes by: the short name most texts write for one the
/// table names in full.
pub const SHORT_NAMES: &[&str] = &["Ngân hàng Nhà nước"];

/// Small-letter words that go on with a body's name: the level and place words before a
/// place's name (`Ủy ban nhân dân tỉnh Đắk Lắk`) and the term (`Quốc hội khóa XV`).
pub const PLACE_WORDS: &[&str] = &[
    "nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "nước Cộng hoà xã hội chủ nghĩa Việt Nam",
    "thành phố",
    "thị xã",
    "thị trấn",
    "tỉnh",
    "huyện",
    "quận",
    "xã",
    "phường",
    "cấp",
    "các",
    "khóa",
    "khoá",
];

/// Words that end a body's name even written with a capital (`của Bộ Công an Ban hành …`):
/// what a body does, never part of what it is called.
pub const VERBS: &[&str] =
    &["về", "quy định", "hướng dẫn", "ban hành", "sửa đổi", "phê duyệt", "thông báo", "thực hiện"];

/// Every name a body may open with, longest first: the table's, its short names and the names
/// bodies went by before ([`tables::FORMER_NAMES`]), each also in the older placing of its tone
/// mark (`Văn hoá` for `Văn hóa`, `Uỷ ban` for `Ủy ban`) and with a dash
/// for its comma (`Bộ Văn hóa - Thể thao và Du lịch`, as source notes write it), and the
/// abbreviations.
pub static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut names: Vec<String> = tables::ISSUERS
        .iter()
        .map(|i| i.name)
        .chain(ABBREVIATIONS.iter().copied())
        .chain(SHORT_NAMES.iter().copied())
        .chain(tables::FORMER_NAMES.iter().map(|&(_, name, _, _)| name))
        .flat_map(|n| [n.to_string(), n.replace(", ", " - ")])
        .flat_map(|n| [old_tone_placement(&n), n])
        .collect();
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    names.dedup();
    names
});

/// `hóa` → `hoá`, `Ủy` → `Uỷ`: the tone mark on the last vowel of `oa`, `oe`, `uy`, as
/// older texts place it; the same word to a reader, other characters to a program.
pub fn old_tone_placement(s: &str) -> String {
    // (marked first vowel, second vowel, first unmarked, second marked): `ó` before `a`
    // becomes `o` then `á`. No result opens another pair, so one pass does it.
    const PAIRS: &[(char, char, char, char)] = &[
        ('ó', 'a', 'o', 'á'),
        ('ò', 'a', 'o', 'à'),
        ('ỏ', 'a', 'o', 'ả'),
        ('õ', 'a', 'o', 'ã'),
        ('ọ', 'a', 'o', 'ạ'),
        ('ó', 'e', 'o', 'é'),
        ('ò', 'e', 'o', 'è'),
        ('ú', 'y', 'u', 'ý'),
        ('ù', 'y', 'u', 'ỳ'),
        ('ủ', 'y', 'u', 'ỷ'),
        ('ũ', 'y', 'u', 'ỹ'),
        ('ụ', 'y', 'u', 'ỵ'),
        ('Ủ', 'y', 'U', 'ỷ'),
        ('Ú', 'y', 'U', 'ý'),
    ];
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let pair = chars.peek().and_then(|&next| PAIRS.iter().find(|p| p.0 == c && p.1 == next));
        match pair {
            Some(&(_, _, first, second)) => {
                chars.next();
                out.push(first);
                out.push(second);
            }
            None => out.push(c),
        }
    }
    out
}

/// One of the word lists above as an anchored search for the longest entry at a place, in
/// small letters: a phrase is compared once lowered, each list in one pass.
struct Words(AhoCorasick);

impl Words {
    fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let lowered: Vec<String> = words.into_iter().map(str::to_lowercase).collect();
        let search = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(lowered)
            .expect("word lists build");
        Words(search)
    }

    /// The length of the longest entry `lower[at..]` opens with as whole words. `lower` is
    /// the phrase lowered with its line breaks made spaces, so that an entry wrapped over a
    /// line (`ban⏎hành`) is found too.
    fn at(&self, lower: &str, at: usize) -> Option<usize> {
        let input = Input::new(lower).range(at..).anchored(Anchored::Yes);
        let m = self.0.find(input)?;
        let end = m.end();
        let whole = !lower[end..].starts_with(|c: char| c.is_alphanumeric());
        whole.then_some(end - at)
    }
}

struct Lists {
    titles: Words,
    names: Words,
    places: Words,
    verbs: Words,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| Lists {
    titles: Words::new(TITLES.iter().copied()),
    names: Words::new(NAMES.iter().map(String::as_str)),
    places: Words::new(PLACE_WORDS.iter().copied()),
    verbs: Words::new(VERBS.iter().copied()),
});

/// Where the name of the body an issuer's `phrase` opens with ends, when the phrase opens
/// with one the table knows (after a title, as `Bộ trưởng`): the name, then what places it
/// and further names (`Bộ Giáo dục và Đào tạo - Bộ Y tế`), up to the first word that is
/// none of these. `None` when the phrase opens with no known body.
pub fn name_end(phrase: &str) -> Option<usize> {
    // Every title and name opens with a capital: most phrases are answered by that.
    if !phrase.starts_with(char::is_uppercase) {
        return None;
    }
    // Lowered with line breaks as spaces, the phrase is compared byte for byte; where
    // lowering changes a length (no Vietnamese letter does), it is left as read. Lowered on
    // its bytes (`cues::to_lower`): char by char, lowering cost half of this reading.
    let mut lower = crate::cues::to_lower(phrase);
    if lower.len() != phrase.len() {
        return None;
    }
    if lower.contains('\n') {
        lower = lower.replace('\n', " ");
    }
    let lists = &*LISTS;
    let capital = |at: usize| phrase[at..].starts_with(char::is_uppercase);
    let name_at = |at: usize| capital(at).then(|| lists.names.at(&lower, at)).flatten();
    // A title's words may open a name too (`Chủ tịch nước`): then it is read as the name.
    let titled = lists.titles.at(&lower, 0).and_then(|n| {
        let at = n + lower[n..].len() - lower[n..].trim_start_matches(' ').len();
        name_at(at).map(|len| at + len)
    });
    let mut pos = titled.or_else(|| name_at(0))?;
    while let Some(word) = lower[pos..].strip_prefix(' ').map(|_| pos + 1) {
        let len = if lists.verbs.at(&lower, word).is_some() {
            break;
        } else if let Some(n) = name_at(word).or_else(|| lists.places.at(&lower, word)) {
            n
        } else if capital(word) || phrase[word..].starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '–') {
            lower[word..].find(' ').unwrap_or(lower.len() - word)
        } else {
            break;
        };
        pos = word + len;
    }
    Some(pos)
}

/// The table's name of the one body an issuer's words name, written otherwise: in another
/// case (`Bộ công thương`), with the older placing of a tone mark (`Uỷ ban Thường vụ Quốc
/// hội`), after the title of its head (`Bộ trưởng Bộ Văn hoá`), with its term or country
/// (`Quốc hội khoá XV`, `Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam`), or its short
/// name (`Ngân hàng Nhà nước`). `None` where the words are no name of the table's as a whole.
pub fn canonical(issuer: &str) -> Option<&'static str> {
    static BY_KEY: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
        let mut map = HashMap::new();
        for name in tables::FORMER_NAMES.iter().map(|&(_, name, _, _)| name) {
            map.insert(key(name), name);
        }
        for issuer in tables::ISSUERS.iter().filter(|i| i.level.is_some()) {
            map.entry(key(issuer.name)).or_insert(issuer.name);
        }
        for &short in SHORT_NAMES {
            let full = tables::ISSUERS.iter().find(|i| i.name.starts_with(short)).map(|i| i.name);
            map.insert(key(short), full.expect("a short name shortens a name of the table"));
        }
        map
    });
    // What may follow a body's name, cut off. Searchers built once: `str::find` builds its
    // searcher at every call, and for the long suffix that cost more than the search.
    static SUFFIXES: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        LazyLock::new(|| [" khoá ", " nước cộng hoà xã hội chủ nghĩa việt nam"].map(memchr::memmem::Finder::new));
    let read = key(issuer);
    let mut body = read.as_str();
    for suffix in SUFFIXES.iter() {
        if let Some(at) = suffix.find(body.as_bytes()) {
            body = &body[..at];
        }
    }
    static HEADS: LazyLock<Vec<String>> =
        LazyLock::new(|| tables::HEADS_OF_BODIES.iter().map(|(title, _)| key(title)).collect());
    let unheaded =
        HEADS.iter().find_map(|title| body.strip_prefix(title.as_str()).and_then(|rest| rest.strip_prefix(' ')));
    BY_KEY.get(body).or_else(|| BY_KEY.get(unheaded?)).copied()
}

/// How [`canonical`] compares names: in small letters, each tone mark in its older place, one
/// space between words.
fn key(name: &str) -> String {
    let placed = old_tone_placement(&name.to_lowercase());
    // The words joined in one buffer, not gathered in a vector first.
    let mut key = String::with_capacity(placed.len());
    for word in placed.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

/// Whether an issuer's phrase is a document, not a body: `của Nghị định 94/2015/NĐ-CP sửa
/// đổi …`, as consolidated texts write which document amended a provision.
pub fn names_a_document(phrase: &str) -> bool {
    let phrase = phrase.strip_prefix("của ").unwrap_or(phrase);
    // Type names open with a capital: most issuers (`cơ quan có thẩm quyền`) are answered by that.
    if !phrase.starts_with(char::is_uppercase) {
        return false;
    }
    tables::DOC_TYPES.iter().any(|t| {
        phrase
            .strip_prefix(t.name)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()) || r.starts_with("số "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(phrase: &str) -> Option<&str> {
        name_end(phrase).map(|n| &phrase[..n])
    }

    /// Each word list with a phrase where it decides the end of a name.
    #[test]
    fn every_listed_word_is_read_in_a_phrase() {
        for t in TITLES {
            assert_eq!(cut(&format!("{t} Bộ Tài chính quyết định")), Some(&*format!("{t} Bộ Tài chính")), "{t}");
        }
        for a in ABBREVIATIONS {
            assert_eq!(cut(&format!("{a} tỉnh Đắk Lắk giao")), Some(&*format!("{a} tỉnh Đắk Lắk")), "{a}");
        }
        for p in PLACE_WORDS {
            let phrase = format!("Ủy ban nhân dân {p} Hà Nội giao");
            assert_eq!(cut(&phrase), Some(&phrase[..phrase.len() - " giao".len()]), "{p}");
        }
        for v in VERBS {
            let mut capital = v.chars();
            let first = capital.next().expect("a word").to_uppercase().to_string();
            let verb = first + capital.as_str();
            assert_eq!(cut(&format!("Bộ Công an {verb} các loại")), Some("Bộ Công an"), "{v}");
        }
    }

    /// From shared/corpus/real: phrases that ran on past the body's name.
    #[test]
    fn a_body_name_ends_where_the_sentence_goes_on() {
        for (phrase, name) in [
            ("Chính phủ được hưởng chế độ bảo hiểm y tế", "Chính phủ"),
            ("Bộ trưởng Bộ Quốc phòng hết hiệu lực kể từ", "Bộ trưởng Bộ Quốc phòng"),
            ("Bộ trưởng Bộ Văn hóa - Thông tin hết hiệu lực kể từ", "Bộ trưởng Bộ Văn hóa - Thông tin"),
            ("Thủ tướng Chính phủ không được Nhà nước giao biên chế nhưng", "Thủ tướng Chính phủ"),
            ("Bộ trưởng Bộ Giáo dục và Đào tạo Ban hành Điều lệ trường tiểu học", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
            ("Bộ Thông tin và Truyền thông Quy định", "Bộ Thông tin và Truyền thông"),
            ("Bộ trưởng Bộ Giáo dục và Đào tạo Ban\nhành Điễu lệ", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
            ("Bộ Tài chính hướng dân", "Bộ Tài chính"),
            ("Chính phủ ñc_ndc", "Chính phủ"),
            ("Quốc hội**", "Quốc hội"),
            ("Quốc hội |", "Quốc hội"),
            ("Ủy ban thường vụ Quốc hội hết hiệu lực kể từ", "Ủy ban thường vụ Quốc hội"),
            ("Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch quy", "Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch"),
        ] {
            assert_eq!(cut(phrase), Some(name), "{phrase}");
        }
    }

    #[test]
    fn what_places_a_body_and_further_names_are_kept() {
        for phrase in [
            "Thường trực Hội đồng nhân dân tỉnh Đắk Lắk",
            "Quốc hội khoá XV",
            "Ngân hàng Nhà nước Việt Nam",
            "Bộ Giáo dục và Đào tạo - Bộ Khoa học và Công nghệ - Bộ Y tế",
            "Tòa án nhân dân tối cao",
        ] {
            assert_eq!(cut(phrase), Some(phrase), "{phrase}");
        }
        // No body of the table: left as read.
        assert_eq!(cut("Chủ tịch nước quyết định"), Some("Chủ tịch nước"));
        for phrase in ["cơ quan Công an cấp Giấy chứng nhận", "liên bộ Tài chính", "Bộ trưởng"] {
            assert_eq!(cut(phrase), None, "{phrase}");
        }
    }

    #[test]
    fn a_document_is_no_issuer() {
        assert!(names_a_document("Nghị định 94/2015/NĐ-CP Sửa đổi"));
        assert!(names_a_document("của Nghị định 39/2021/NĐ-CP Sửa đổi"));
        assert!(names_a_document("Thông tư số 02/2021/TT-BLĐTBXH"));
        assert!(!names_a_document("Chính phủ"));
        assert!(!names_a_document("cơ quan có thẩm quyền"));
        assert!(!names_a_document("Quốc hội khóa XV"));
    }

    /// What [`name_end`] and [`names_a_document`] answer from a phrase's first letter.
    #[test]
    fn every_name_and_type_opens_with_a_capital() {
        let capital = |s: &str| s.starts_with(char::is_uppercase);
        assert!(NAMES.iter().all(|n| capital(n)) && TITLES.iter().all(|t| capital(t)));
        assert!(tables::DOC_TYPES.iter().all(|t| capital(t.name)));
    }

    /// From shared/corpus/real: documents' issuers as their words wrote them.
    #[test]
    fn an_issuer_is_named_as_the_table_names_it() {
        for (words, name) in [
            ("Bộ công thương", "Bộ Công Thương"),
            ("Bộ Thông tin và truyền thông", "Bộ Thông tin và Truyền thông"),
            ("Uỷ ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
            ("Ủy ban thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
            ("Quốc hội khoá XV", "Quốc hội"),
            ("Quốc hội khóa XIV", "Quốc hội"),
            ("Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Chính phủ"),
            ("Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),
            ("Ngân hàng Nhà nước", "Ngân hàng Nhà nước Việt Nam"),
            ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
            ("Hội đồng Chính phủ", "Hội đồng Chính phủ"),
        ] {
            assert_eq!(canonical(words), Some(name), "{words}");
        }
        for (title, example) in tables::HEADS_OF_BODIES {
            let body = &example[title.len() + 1..];
            if tables::ISSUERS.iter().any(|i| i.name == body) {
                assert_eq!(canonical(example), Some(body), "{example}");
            }
        }
        // A place's body, a list of bodies, a phrase that goes on: left as read.
        for words in
            ["Ủy ban nhân dân tỉnh Lào Cai", "Bộ Tài chính, Bộ Tư pháp", "Hội đồng Chính phủ bổ sung chính sách"]
        {
            assert_eq!(canonical(words), None, "{words}");
        }
    }

    #[test]
    fn tone_marks_in_the_older_place() {
        assert_eq!(old_tone_placement("Bộ Văn hóa, Thể thao và Du lịch"), "Bộ Văn hoá, Thể thao và Du lịch");
        assert_eq!(old_tone_placement("Ủy ban nhân dân"), "Uỷ ban nhân dân");
        assert_eq!(old_tone_placement("Tòa án nhân dân tối cao"), "Toà án nhân dân tối cao");
        assert_eq!(old_tone_placement("thủy lợi, khỏe, khóe, Úy"), "thuỷ lợi, khỏe, khoé, Uý");
        assert_eq!(old_tone_placement("óóa ủ"), "óoá ủ");
    }
}
