//! Vietnamese written in the 8-bit font encodings that predate Unicode: TCVN3 (ABC, the
//! `.VnTime` fonts) and VNI (the `VNI-Times` fonts).
//!
//! Such text arrives two ways: as raw bytes in an old file, or already "converted" to
//! Unicode by a program that took the font's bytes for Latin-1 (`NghÞ ®Þnh`, `Nghò ñònh`).
//! Both are handled as a sequence of units — one byte, or one Latin-1 character — each with
//! its position in the source, so every converted letter maps back to where it stood.

use crate::decode::MapBuilder;
use std::collections::HashSet;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legacy {
    Tcvn3,
    Vni,
}

impl Legacy {
    pub fn label(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3",
            Legacy::Vni => "VNI",
        }
    }
}

/// TCVN3 (TCVN 5712:1993, "ABC"): the byte each Vietnamese letter is stored as. Lower-case
/// letters carry every tone; capitals with tones came from a separate capitals-only font that
/// reuses the lower-case bytes, so they read back as lower case (matching ignores case).
/// Bytes not listed are Latin-1.
pub const TCVN3: &[(u8, char)] = &[
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
    (0xA8, 'ă'),
    (0xA9, 'â'),
    (0xAA, 'ê'),
    (0xAB, 'ô'),
    (0xAC, 'ơ'),
    (0xAD, 'ư'),
    (0xAE, 'đ'),
    (0xB5, 'à'),
    (0xB6, 'ả'),
    (0xB7, 'ã'),
    (0xB8, 'á'),
    (0xB9, 'ạ'),
    (0xBB, 'ằ'),
    (0xBC, 'ẳ'),
    (0xBD, 'ẵ'),
    (0xBE, 'ắ'),
    (0xC6, 'ặ'),
    (0xC7, 'ầ'),
    (0xC8, 'ẩ'),
    (0xC9, 'ẫ'),
    (0xCA, 'ấ'),
    (0xCB, 'ậ'),
    (0xCC, 'è'),
    (0xCE, 'ẻ'),
    (0xCF, 'ẽ'),
    (0xD0, 'é'),
    (0xD1, 'ẹ'),
    (0xD2, 'ề'),
    (0xD3, 'ể'),
    (0xD4, 'ễ'),
    (0xD5, 'ế'),
    (0xD6, 'ệ'),
    (0xD7, 'ì'),
    (0xD8, 'ỉ'),
    (0xDC, 'ĩ'),
    (0xDD, 'í'),
    (0xDE, 'ị'),
    (0xDF, 'ò'),
    (0xE1, 'ỏ'),
    (0xE2, 'õ'),
    (0xE3, 'ó'),
    (0xE4, 'ọ'),
    (0xE5, 'ồ'),
    (0xE6, 'ổ'),
    (0xE7, 'ỗ'),
    (0xE8, 'ố'),
    (0xE9, 'ộ'),
    (0xEA, 'ờ'),
    (0xEB, 'ở'),
    (0xEC, 'ỡ'),
    (0xED, 'ớ'),
    (0xEE, 'ợ'),
    (0xEF, 'ù'),
    (0xF1, 'ủ'),
    (0xF2, 'ũ'),
    (0xF3, 'ú'),
    (0xF4, 'ụ'),
    (0xF5, 'ừ'),
    (0xF6, 'ử'),
    (0xF7, 'ữ'),
    (0xF8, 'ứ'),
    (0xF9, 'ự'),
    (0xFA, 'ỳ'),
    (0xFB, 'ỷ'),
    (0xFC, 'ỹ'),
    (0xFD, 'ý'),
    (0xFE, 'ỵ'),
];

/// VNI letters stored as one character of Windows-1252 (`ñ` is `đ`, `ò` is `ị`).
pub const VNI_LETTERS: &[(char, char)] = &[
    ('ô', 'ơ'),
    ('ö', 'ư'),
    ('ñ', 'đ'),
    ('æ', 'ỉ'),
    ('ó', 'ĩ'),
    ('ò', 'ị'),
    ('î', 'ỵ'),
    ('Ô', 'Ơ'),
    ('Ö', 'Ư'),
    ('Ñ', 'Đ'),
    ('Æ', 'Ỉ'),
    ('Ó', 'Ĩ'),
    ('Ò', 'Ị'),
    ('Î', 'Ỵ'),
];

/// Which marks a VNI mark character may put on the vowel before it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    /// Tone only: after any vowel.
    Tone,
    /// Circumflex, maybe with a tone: after a, e, o.
    Circumflex,
    /// Breve, maybe with a tone: after a.
    Breve,
}

/// VNI marks: a character of Windows-1252 typed after the base vowel (`aù` is `á`,
/// `oá` is `ố`, `aé` is `ắ`), and the combining marks it stands for. Lower and upper case.
const VNI_MARKS: &[(char, char, Shape, &str)] = &[
    ('ù', 'Ù', Shape::Tone, "\u{301}"),
    ('ø', 'Ø', Shape::Tone, "\u{300}"),
    ('û', 'Û', Shape::Tone, "\u{309}"),
    ('õ', 'Õ', Shape::Tone, "\u{303}"),
    ('ï', 'Ï', Shape::Tone, "\u{323}"),
    ('â', 'Â', Shape::Circumflex, "\u{302}"),
    ('á', 'Á', Shape::Circumflex, "\u{302}\u{301}"),
    ('à', 'À', Shape::Circumflex, "\u{302}\u{300}"),
    ('å', 'Å', Shape::Circumflex, "\u{302}\u{309}"),
    ('ã', 'Ã', Shape::Circumflex, "\u{302}\u{303}"),
    ('ä', 'Ä', Shape::Circumflex, "\u{302}\u{323}"),
    ('ê', 'Ê', Shape::Breve, "\u{306}"),
    ('é', 'É', Shape::Breve, "\u{306}\u{301}"),
    ('è', 'È', Shape::Breve, "\u{306}\u{300}"),
    ('ú', 'Ú', Shape::Breve, "\u{306}\u{309}"),
    ('ü', 'Ü', Shape::Breve, "\u{306}\u{303}"),
    ('ë', 'Ë', Shape::Breve, "\u{306}\u{323}"),
];

fn vni_mark(c: char) -> Option<(Shape, &'static str)> {
    VNI_MARKS.iter().find(|m| m.0 == c || m.1 == c).map(|m| (m.2, m.3))
}

fn vni_letter(c: char) -> Option<char> {
    VNI_LETTERS.iter().find(|l| l.0 == c).map(|l| l.1)
}

/// Whether a VNI mark of this shape can follow `base` (already a Unicode letter).
fn takes(base: char, shape: Shape) -> bool {
    let b = base.to_lowercase().next().unwrap_or(base);
    match shape {
        Shape::Tone => matches!(b, 'a' | 'e' | 'o' | 'u' | 'y' | 'ơ' | 'ư' | 'â' | 'ê' | 'ô' | 'ă'),
        Shape::Circumflex => matches!(b, 'a' | 'e' | 'o'),
        Shape::Breve => b == 'a',
    }
}

static TCVN3_TABLE: LazyLock<[char; 256]> = LazyLock::new(|| {
    let mut t = [0 as char; 256];
    for (b, c) in t.iter_mut().enumerate() {
        *c = b as u8 as char;
    }
    for &(b, c) in TCVN3 {
        t[b as usize] = c;
    }
    t
});

/// One character of a legacy text, and the source range it came from.
pub type Unit = (char, usize, usize);

/// Converts legacy units to Unicode (NFC), appending to `out` and recording positions.
pub fn convert(kind: Legacy, units: &[Unit], out: &mut String, map: &mut MapBuilder) {
    match kind {
        Legacy::Tcvn3 => {
            for &(c, s0, s1) in units {
                let d0 = out.len();
                out.push(tcvn3_char(c));
                map.unit(d0, out.len(), s0, s1);
            }
        }
        Legacy::Vni => convert_vni(units, out, map),
    }
}

/// A TCVN3 letter from the character its byte reads as in Latin-1.
pub fn tcvn3_char(c: char) -> char {
    if ('\u{80}'..='\u{FF}').contains(&c) { TCVN3_TABLE[c as usize] } else { c }
}

fn convert_vni(units: &[Unit], out: &mut String, map: &mut MapBuilder) {
    let mut i = 0;
    let mut cluster = String::new();
    while i < units.len() {
        let (c, s0, mut s1) = units[i];
        let base = vni_letter(c).unwrap_or(c);
        i += 1;
        cluster.clear();
        cluster.push(base);
        if base.is_alphabetic() {
            // A shape mark (maybe carrying a tone), then perhaps a tone on its own.
            let mut shaped = false;
            let mut toned = false;
            let mut shown = base;
            while let Some(&(m, _, e)) = units.get(i) {
                let Some((shape, marks)) = vni_mark(m) else { break };
                let ok = if shape == Shape::Tone {
                    !toned && takes(shown, Shape::Tone)
                } else {
                    !shaped && !toned && takes(shown, shape)
                };
                if !ok {
                    break;
                }
                cluster.push_str(marks);
                shaped |= shape != Shape::Tone;
                toned |= shape == Shape::Tone || marks.chars().count() > 1;
                shown = cluster.nfc().next().unwrap_or(base);
                s1 = e;
                i += 1;
            }
        }
        let d0 = out.len();
        out.extend(cluster.nfc());
        map.unit(d0, out.len(), s0, s1);
    }
}

/// Encodes Unicode text in TCVN3 bytes; letters it cannot hold become `?`. For tests and
/// for making samples: the inverse of the table, checked by round trip.
pub fn encode_tcvn3(text: &str) -> Vec<u8> {
    text.nfc()
        .map(|c| {
            if c.is_ascii() {
                return c as u8;
            }
            if let Some(&(b, _)) = TCVN3.iter().find(|&&(_, u)| u == c) {
                return b;
            }
            // A capital with a tone: TCVN3 writes it with the lower-case byte.
            let lower = c.to_lowercase().next().unwrap_or(c);
            TCVN3.iter().find(|&&(_, u)| u == lower).map_or(b'?', |&(b, _)| b)
        })
        .collect()
}

/// Encodes Unicode text as VNI (Windows-1252 characters); the inverse of [`convert`].
pub fn encode_vni(text: &str) -> String {
    let mut out = String::new();
    for c in text.nfc() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        if let Some(&(v, _)) = VNI_LETTERS.iter().find(|l| l.1 == c) {
            out.push(v);
            continue;
        }
        let upper = c.is_uppercase();
        let decomposed: Vec<char> = c.nfd().collect();
        let mut base = decomposed[0];
        // Canonical order puts a dot below before the shape mark; VNI writes the shape first.
        let mut marks = decomposed[1..].to_vec();
        marks.sort_by_key(|&m| !matches!(m, '\u{302}' | '\u{306}' | '\u{31B}'));
        let mut rest: String = marks.into_iter().collect();
        // ơ and ư are single VNI letters; the horn is part of the base.
        if let Some(h) = rest.find('\u{31B}') {
            rest.remove(h);
            base = match base {
                'o' => 'ô',
                'O' => 'Ô',
                'u' => 'ö',
                'U' => 'Ö',
                _ => base,
            };
        }
        if base == 'i' || base == 'I' || rest.is_empty() {
            // í ì are themselves in Windows-1252; i with other tones is a VNI letter.
            out.push(c);
            continue;
        }
        out.push(base);
        // The longest mark sequence first: shape with tone in one character.
        let mut left = rest.as_str();
        while !left.is_empty() {
            let m = VNI_MARKS
                .iter()
                .filter(|m| left.starts_with(m.3))
                .max_by_key(|m| m.3.len())
                .expect("a VNI mark for each Vietnamese combining mark");
            out.push(if upper { m.1 } else { m.0 });
            left = &left[m.3.len()..];
        }
    }
    out
}

/// Words so common in Vietnamese administrative text that a correct decoding shows many of
/// them within a paragraph, and a wrong one almost none.
pub const COMMON_WORDS: &[&str] = &[
    "của", "và", "các", "được", "người", "theo", "năm", "nghị", "định", "quyết", "số", "ngày", "thực", "hiện", "về",
    "trong", "những", "đã", "với", "có", "là", "không", "một", "để", "đến", "tỉnh", "huyện", "xã", "hành", "chính",
    "phủ", "điều", "khoản", "luật", "thông", "tư", "văn", "bản", "tại", "này", "từ", "đơn", "vị", "cơ", "quan", "nhà",
    "nước", "công", "tác", "kế", "hoạch", "ủy", "uỷ", "nhân", "dân", "báo", "cáo", "tổ", "chức", "quản", "lý",
];

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| COMMON_WORDS.iter().copied().collect());

/// How many common Vietnamese words a text holds: the measure of a good decoding.
pub fn vietnamese_score(text: &str) -> usize {
    let mut score = 0;
    let mut word = String::new();
    for w in text.split(|c: char| !c.is_alphabetic()) {
        if w.is_empty() || w.len() > 24 {
            continue;
        }
        word.clear();
        word.extend(w.nfc().flat_map(char::to_lowercase));
        score += COMMON.contains(word.as_str()) as usize;
    }
    score
}

/// Decodes `units` both ways and returns the legacy encoding that reads as Vietnamese,
/// if either reads as it better than `baseline` (the score of the text taken as it is).
pub fn detect(units: &[Unit], baseline: usize) -> Option<(Legacy, usize)> {
    let mut best: Option<(Legacy, usize)> = None;
    for kind in [Legacy::Tcvn3, Legacy::Vni] {
        let mut out = String::new();
        convert(kind, units, &mut out, &mut MapBuilder::new());
        let score = vietnamese_score(&out);
        if score > best.map_or(0, |b| b.1) {
            best = Some((kind, score));
        }
    }
    best.filter(|&(_, s)| s >= 2 && s > baseline * 2 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPH: &str = "Thực hiện Nghị quyết số 10/NQ-CP ngày 28/01/2022 của Chính phủ về Chiến lược công tác dân tộc giai đoạn 2021-2030";

    fn units_of_bytes(bytes: &[u8]) -> Vec<Unit> {
        bytes.iter().enumerate().map(|(i, &b)| (b as char, i, i + 1)).collect()
    }

    fn units_of_str(s: &str) -> Vec<Unit> {
        s.char_indices().map(|(i, c)| (c, i, i + c.len_utf8())).collect()
    }

    fn decode(kind: Legacy, units: &[Unit]) -> String {
        let mut out = String::new();
        convert(kind, units, &mut out, &mut MapBuilder::new());
        out
    }

    #[test]
    fn tcvn3_table_is_one_to_one_and_high() {
        let mut bytes: Vec<u8> = TCVN3.iter().map(|r| r.0).collect();
        let mut chars: Vec<char> = TCVN3.iter().map(|r| r.1).collect();
        bytes.sort();
        bytes.dedup();
        chars.sort();
        chars.dedup();
        assert_eq!(bytes.len(), TCVN3.len());
        assert_eq!(chars.len(), TCVN3.len());
        assert!(bytes.iter().all(|&b| b >= 0xA1));
        // 12 vowels × 5 tones, the plain ă â ê ô ơ ư đ, and their 7 capitals.
        assert_eq!(TCVN3.len(), 74);
    }

    #[test]
    fn tcvn3_reads_the_known_spellings() {
        // What TCVN3 text looks like when read as Latin-1 (section 7 of the reference).
        assert_eq!(decode(Legacy::Tcvn3, &units_of_str("NghÞ ®Þnh")), "Nghị định");
        assert_eq!(decode(Legacy::Tcvn3, &units_of_str("ChÝnh phñ")), "Chính phủ");
        assert_eq!(decode(Legacy::Tcvn3, &units_of_str("Quèc héi")), "Quốc hội");
    }

    #[test]
    fn vni_reads_the_known_spellings() {
        assert_eq!(decode(Legacy::Vni, &units_of_str("Nghò ñònh")), "Nghị định");
        assert_eq!(decode(Legacy::Vni, &units_of_str("Chieán löôïc")), "Chiến lược");
        assert_eq!(decode(Legacy::Vni, &units_of_str("Quoác hoäi")), "Quốc hội");
        assert_eq!(decode(Legacy::Vni, &units_of_str("NGHÒ ÑÒNH")), "NGHỊ ĐỊNH");
        assert_eq!(decode(Legacy::Vni, &units_of_str("aé AÉ")), "ắ Ắ");
    }

    #[test]
    fn every_vietnamese_letter_round_trips() {
        let vowels = "aăâeêioôơuưy";
        let mut all = String::from("đĐ");
        for v in vowels.chars() {
            for tone in ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"] {
                let s: String = format!("{v}{tone}").nfc().collect();
                all.push_str(&s);
                all.push_str(&s.to_uppercase());
                all.push(' ');
            }
        }
        let vni = encode_vni(&all);
        assert_eq!(decode(Legacy::Vni, &units_of_str(&vni)), all, "VNI {vni}");
        let tcvn = encode_tcvn3(&all);
        assert!(!tcvn.contains(&b'?'));
        // Lower case survives exactly; capitals with tones come back lower case (one font).
        let lower = all.to_lowercase();
        assert_eq!(decode(Legacy::Tcvn3, &units_of_bytes(&encode_tcvn3(&lower))), lower);
    }

    #[test]
    fn paragraph_round_trips_and_is_detected() {
        let tcvn = encode_tcvn3(PARAGRAPH);
        let units = units_of_bytes(&tcvn);
        assert_eq!(detect(&units, 0).map(|d| d.0), Some(Legacy::Tcvn3));
        assert_eq!(decode(Legacy::Tcvn3, &units), PARAGRAPH);

        let vni = encode_vni(PARAGRAPH);
        assert_eq!(
            vni,
            "Thöïc hieän Nghò quyeát soá 10/NQ-CP ngaøy 28/01/2022 cuûa Chính phuû veà Chieán löôïc coâng taùc daân toäc giai ñoaïn 2021-2030"
        );
        let units = units_of_str(&vni);
        assert_eq!(detect(&units, 0).map(|d| d.0), Some(Legacy::Vni));
        assert_eq!(decode(Legacy::Vni, &units), PARAGRAPH);

        // Unicode text is no legacy text.
        let units = units_of_str(PARAGRAPH);
        assert_eq!(detect(&units, vietnamese_score(PARAGRAPH)), None);
    }

    #[test]
    fn positions_map_each_letter_to_its_source() {
        let vni = "soá 10";
        let mut out = String::new();
        let mut b = MapBuilder::new();
        convert(Legacy::Vni, &units_of_str(vni), &mut out, &mut b);
        let map = b.finish(out.len(), vni.len());
        assert_eq!(out, "số 10");
        let s = out.find("10").unwrap();
        assert_eq!(map.start(s), vni.find("10").unwrap());
        assert_eq!(map.end(out.len()), vni.len());
        // `ố` is `oá` in the source: three bytes, both mapped as one.
        let o = out.find('ố').unwrap();
        assert_eq!((map.start(o), map.end(o + 'ố'.len_utf8())), (1, 4));
    }
}
