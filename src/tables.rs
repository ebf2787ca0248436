//! The vocabulary of Vietnamese document citation, kept as data.
//!
//! Every table row carries an example taken from real text; `tests` at the
//! bottom of this file runs each example through the recognizer so that a row
//! nobody can match is caught at once.

/// Which numbering family a symbol belongs to (see `shared/reference`, sections 1–3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// `104/KH-UBND`, `2739/UBND-KGVX`, `10/NQ-CP`: number, then codes.
    Administrative,
    /// `12/2018/QĐ-TTg`, `120/2020/QH14`: number, year, codes.
    Normative,
    /// `24-NQ/TW`: number, hyphen, type code, slash, body.
    Party,
    /// `Luật Tiếp công dân`, `Hiến pháp năm 2013`: cited by name.
    Named,
}

/// A document type: its canonical Vietnamese name, the words that introduce it in running
/// text (lower case, longest first is not required: the matcher sorts them), and its codes.
pub struct DocType {
    pub name: &'static str,
    pub words: &'static [&'static str],
    /// Type codes as written in symbols (`KH`, `NQ`, `QĐ` …).
    pub codes: &'static [&'static str],
    /// Which families may use the codes above for this type.
    pub families: &'static [Family],
    pub example: &'static str,
}

use Family::{Administrative as A, Normative as N, Party as P};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

pub const DOC_TYPES: &[DocType] = &[
    DocType {
        name: "Hiến pháp", words: &["hiến pháp"], codes: &[], families: &[], example: "theo Hiến pháp năm 2013"
    },
    DocType {
        name: "Bộ luật", words: &["bộ luật"], codes: &[], families: &[N], example: "Bộ luật số 45/2019/QH14"
    },
    DocType { name: "Luật", words: &["luật"], codes: &[], families: &[N], example: "Luật số 60/2014/QH13" },
    DocType {
        name: "Pháp lệnh",
        words: &["pháp lệnh"],
        codes: &["PL"],
        families: &[N],
        example: "Pháp lệnh 34/2007/PL-UBTVQH11",
    },
    DocType {
        name: "Sắc lệnh",
        words: &["sắc lệnh"],
        codes: &["SL"],
        families: &[A, P],
        example: "Sắc lệnh số 76-SL/L",
    },
    DocType {
        name: "Lệnh",
        words: &["lệnh"],
        codes: &["L", "LCT"],
        families: &[N, P],
        example: "Lệnh số 51-LCT/HĐNN8",
    },
    DocType {
        name: "Nghị quyết liên tịch",
        words: &["nghị quyết liên tịch"],
        codes: &["NQLT"],
        families: &[N, A],
        example: "Nghị quyết liên tịch số 09/2008/NQLT-CP-VTLĐVN",
    },
    DocType {
        name: "Nghị quyết",
        words: &["nghị quyết"],
        codes: &["NQ"],
        families: &[N, A, P],
        example: "Nghị quyết số 10/NQ-CP",
    },
    DocType {
        name: "Nghị định",
        words: &["nghị định"],
        codes: &["NĐ"],
        families: &[N, A],
        example: "Nghị định số 04/2015/NĐ-CP",
    },
    DocType {
        name: "Quyết định",
        words: &["quyết định"],
        codes: &["QĐ"],
        families: &[N, A, P],
        example: "Quyết định số 12/2018/QĐ-TTg",
    },
    DocType {
        name: "Quy định",
        words: &["quy định"],
        codes: &["QyĐ", "QĐi"],
        families: &[A, P],
        example: "Quy định số 08-QĐi/TW",
    },
    DocType {
        name: "Chỉ thị",
        words: &["chỉ thị"],
        codes: &["CT"],
        families: &[N, A, P],
        example: "Chỉ thị số 49-CT/TW",
    },
    DocType {
        name: "Kết luận",
        words: &["kết luận"],
        codes: &["KL"],
        families: &[A, P],
        example: "Kết luận số 65-KL/TW",
    },
    DocType {
        name: "Thông tư liên tịch",
        words: &["thông tư liên tịch"],
        codes: &["TTLT"],
        families: &[N, A],
        example: "Thông tư liên tịch số 01/2016/TTLT-BTC-BNV",
    },
    DocType {
        name: "Thông tư",
        // OCR's readings of the word in scanned decisions (`Thông tự số 48/2025/TT-BTC`, `Thông
        // tu 23/2024/TT-BGDĐT`, Quyết định 1255/2026/QĐ-TTg).
        words: &["thông tư", "thông tự", "thông tu"],
        codes: &["TT"],
        families: &[N, A],
        example: "Thông tư số 15/2023/TT-BTC",
    },
    DocType {
        name: "Thông tri",
        words: &["thông tri"],
        codes: &["TT"],
        families: &[P],
        example: "Thông tri số 01-TT/TU",
    },
    DocType {
        name: "Thông báo",
        words: &["thông báo kết luận", "thông báo"],
        codes: &["TB"],
        families: &[A, P],
        example: "Thông báo số 79-TB/TU",
    },
    DocType {
        name: "Thông cáo",
        words: &["thông cáo"],
        codes: &["TC"],
        families: &[A],
        example: "Thông cáo số 12/TC-VPCP",
    },
    DocType {
        name: "Công điện",
        words: &["công điện"],
        codes: &["CĐ"],
        families: &[A],
        example: "Công điện số 5/CĐ-TTg",
    },
    DocType {
        name: "Kế hoạch phối hợp",
        words: &["kế hoạch phối hợp"],
        codes: &["KHPH"],
        families: &[A, P],
        example: "Kế hoạch phối hợp số 93-KHPH/BDVTU-BDT",
    },
    DocType {
        name: "Kế hoạch",
        words: &["kế hoạch"],
        codes: &["KH"],
        families: &[A, P],
        example: "Kế hoạch số 104/KH-UBND",
    },
    DocType {
        name: "Chương trình phối hợp",
        words: &["chương trình phối hợp"],
        codes: &["CTPH"],
        families: &[A, P],
        example: "Chương trình phối hợp số 04-CTPH/BDVTU-BDT",
    },
    DocType {
        name: "Chương trình",
        words: &["chương trình hành động", "chương trình"],
        codes: &["CTr", "CTR"],
        families: &[A, P],
        example: "Chương trình hành động số 12-CTr/TU",
    },
    DocType {
        name: "Quy chế phối hợp",
        words: &["quy chế phối hợp"],
        codes: &["QCPH"],
        families: &[A, P],
        example: "Quy chế phối hợp số 02/QCPH-BDT-CA",
    },
    DocType {
        name: "Quy chế", words: &["quy chế"], codes: &["QC"], families: &[A, P], example: "Quy chế số 03-QC/TU"
    },
    DocType {
        name: "Hướng dẫn",
        words: &["hướng dẫn"],
        codes: &["HD"],
        families: &[A, P],
        example: "Hướng dẫn số 12-HD/BTGTW",
    },
    DocType {
        name: "Báo cáo",
        words: &["báo cáo"],
        codes: &["BC"],
        families: &[A, P],
        example: "Báo cáo số 22/BC-BNG",
    },
    DocType {
        name: "Tờ trình",
        words: &["tờ trình"],
        codes: &["TTr", "TTR"],
        families: &[A, P],
        example: "Tờ trình số 01-TTr/TU",
    },
    DocType {
        name: "Đề án", words: &["đề án"], codes: &["ĐA"], families: &[A, P], example: "Đề án số 06-ĐA/TU"
    },
    DocType {
        name: "Dự án", words: &["dự án"], codes: &["DA"], families: &[A], example: "Dự án số 02/DA-UBND"
    },
    DocType {
        name: "Phương án",
        words: &["phương án"],
        codes: &["PA"],
        families: &[A],
        example: "Phương án số 07/PA-UBND",
    },
    DocType {
        name: "Biên bản",
        words: &["biên bản"],
        codes: &["BB"],
        families: &[A, P],
        example: "Biên bản số 03/BB-UBND",
    },
    DocType {
        name: "Văn bản hợp nhất",
        words: &["văn bản hợp nhất"],
        codes: &["VBHN"],
        families: &[A],
        example: "Văn bản hợp nhất số 05/VBHN-BTC",
    },
    DocType {
        name: "Công văn",
        words: &["công văn", "văn bản"],
        codes: &["CV"],
        families: &[A, P],
        example: "Công văn số 875-CV/BDVTU",
    },
    DocType {
        name: "Giấy mời",
        words: &["giấy mời"],
        codes: &["GM"],
        families: &[A],
        example: "Giấy mời số 15/GM-UBND",
    },
    DocType {
        name: "Hợp đồng",
        words: &["hợp đồng"],
        codes: &["HĐ"],
        families: &[A],
        example: "Hợp đồng số 01/HĐ-UBND",
    },
];

/// Type words that rightly stand before another type's code, with a real citation of each:
/// a joint circular or resolution is a circular or resolution, a Party rule may carry `QĐ`,
/// and an ordinance passed before 2002 is cited by the number of the President's order that
/// promulgated it (`L/CTN`), as a law of that time is.
pub const KIND_ALSO_FITS: &[(&str, &str, &str)] = &[
    ("Thông tư", "TTLT", "Thông tư số 16/2008/TTLT-BLĐTBXH-BTC ngày 15/08/2008"),
    ("Nghị quyết", "NQLT", "Nghị quyết số 09/2008/NQLT-CP-VTLĐVN"),
    ("Quy định", "QĐ", "Quy định số 205-QĐ/TW"),
    ("Pháp lệnh", "L", "Pháp lệnh 32-L/CTN"),
];

/// The generic kind given to a numbered reference whose type is written nowhere
/// (no type word, and a symbol whose codes name only the issuer).
pub const UNKNOWN_KIND: &str = "Văn bản";

/// Type name for a code within a family: `TT` is a Thông tri in a Party symbol, a Thông tư elsewhere.
pub fn kind_for_code(code: &str, family: Family) -> Option<&'static str> {
    // Type indices by code, ASCII letters in capitals: the first type (in table order) whose
    // families include `family` wins, as a scan of the table would find it.
    static BY_CODE: LazyLock<FxHashMap<String, Vec<usize>>> = LazyLock::new(|| {
        let mut map: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, t) in DOC_TYPES.iter().enumerate() {
            for c in t.codes {
                let list = map.entry(c.to_ascii_uppercase()).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        map
    });
    // Codes come in capitals nearly always: no copy for those; a short one is raised on the
    // stack, not in a new string.
    let mut buf = [0u8; 32];
    let upper = if !code.bytes().any(|b| b.is_ascii_lowercase()) {
        code
    } else if code.len() <= buf.len() {
        buf[..code.len()].copy_from_slice(code.as_bytes());
        buf[..code.len()].make_ascii_uppercase();
        std::str::from_utf8(&buf[..code.len()]).expect("ASCII case change keeps UTF-8")
    } else {
        return kind_for_code(&code.to_ascii_uppercase(), family);
    };
    BY_CODE.get(upper)?.iter().map(|&i| &DOC_TYPES[i]).find(|t| t.families.contains(&family)).map(|t| t.name)
}

/// Is `code` the type code of some document type (in any family)?
pub fn is_type_code(code: &str) -> bool {
    // A set, not a scan of the table's codes: asked for candidates and mentions alike.
    static CODES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| DOC_TYPES.iter().flat_map(|t| t.codes.iter().copied()).collect());
    CODES.contains(code)
}

/// Normative types only one body may issue, with the codes of those bodies and an example:
/// `Nghị định 240/2026/NĐ-TTg` cannot be, as the Prime Minister issues decisions.
pub const TYPE_ISSUERS: &[(&str, &[&str], &str)] = &[
    // The Hội đồng Bộ trưởng's decrees before 1992: `Nghị định 388-HĐBT`.
    ("NĐ", &["CP", "HĐBT"], "04/2015/NĐ-CP"),
    ("PL", &["UBTVQH"], "34/2007/PL-UBTVQH11"),
    ("L", &["CTN"], "08/2025/L-CTN"),
];

/// The codes of the bodies that may issue a document of the type `code`, where only one may
/// ([`TYPE_ISSUERS`]).
pub fn issuers_of_type(code: &str) -> Option<&'static [&'static str]> {
    TYPE_ISSUERS.iter().find(|(t, _, _)| *t == code).map(|&(_, issuers, _)| issuers)
}

/// Is `code` a code the tables know: a type's, an issuer's, or a legislature's (`QH15`)?
pub fn is_known_code(code: &str) -> bool {
    static ISSUER_CODES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| ISSUERS.iter().map(|i| i.code).collect());
    is_type_code(code) || ISSUER_CODES.contains(code) || assembly_term(code).is_some_and(|t| !t.is_empty())
}

/// The codes of a symbol (`QĐ`, `BNNMT` of `QĐ-BNNMT`).
pub fn symbol_codes(symbol: &str) -> impl Iterator<Item = &str> {
    symbol.split(['-', '/']).filter(|c| !c.is_empty())
}

/// What `symbol` writes before its first `-` or `/`: its type code where it names a type
/// (`TT` of `15/2023/TT-BTC`'s `TT-BTC`). Bytes, as `str::split` with a set of characters
/// reads them one by one.
pub fn first_code(symbol: &str) -> &str {
    memchr::memchr2(b'-', b'/', symbol.as_bytes()).map_or(symbol, |at| &symbol[..at])
}

/// What `symbol` writes after its last `-` or `/` (`QH15` of `120/2020/QH15`).
pub fn last_code(symbol: &str) -> &str {
    memchr::memrchr2(b'-', b'/', symbol.as_bytes()).map_or(symbol, |at| &symbol[at + 1..])
}

/// Whether every code of a symbol is one the tables know ([`is_known_code`]).
pub fn all_codes_known(symbol: &str) -> bool {
    symbol_codes(symbol).all(is_known_code)
}

/// Whether `text` ends with one of `words` as a word of its own (a space before it).
pub fn ends_with_word(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.strip_suffix(w).is_some_and(|t| t.ends_with(' ')))
}

/// `word` with its first letter a capital (`Kế hoạch` of `kế hoạch`), as a sentence opens.
pub fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect()
}

/// Type codes of documents numbered with their year (`204/2004/NĐ-CP`), not in a series of
/// their own without it, as decisions are (`12/2018/QĐ-TTg` and `12/QĐ-TTg` of 2018 are two
/// documents): one written without its year (`Nghị định số 204/NĐ-CP ngày 14 tháng 12 năm
/// 2004`) is the document of that number and year. With the reference that writes it so.
pub const YEAR_IN_SYMBOL_CODES: &[(&str, &str)] = &[
    ("NĐ", "Nghị định số 204/NĐ-CP ngày 14 tháng 12 năm 2004"),
    ("TT", "Thông tư số 18/TT-BVHTTDL ngày 30 tháng 12 năm 2013"),
    ("TTLT", "Thông tư liên tịch số 01/TTLT-BTC-BNV ngày 05 tháng 01 năm 2016"),
];

/// Whether the documents of a symbol's type code are numbered with their year
/// ([`YEAR_IN_SYMBOL_CODES`]).
pub fn year_in_symbol(symbol: &str) -> bool {
    let code = first_code(symbol);
    YEAR_IN_SYMBOL_CODES.iter().any(|(c, _)| *c == code)
}

/// Every type code of the table, once each.
pub fn type_codes() -> impl Iterator<Item = &'static str> {
    static CODES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let mut codes: Vec<&'static str> = DOC_TYPES.iter().flat_map(|t| t.codes.iter().copied()).collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    });
    CODES.iter().copied()
}

/// Whether `name` is the canonical name of a document type of the table (`Kế hoạch`).
pub fn is_type_name(name: &str) -> bool {
    static NAMES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| DOC_TYPES.iter().map(|t| t.name).collect());
    NAMES.contains(name)
}

/// A ministry's name as a key: without diacritics, case, punctuation or runs of spaces, so
/// that `Bộ Văn hoá - Thông tin` and `Bộ Văn hóa, Thông tin` are one.
fn ministry_key(name: &str) -> String {
    let folded = fold(name).to_lowercase();
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The ministry (`Bộ …`) a text names, by its whole name as [`ISSUERS`] writes it, ahead of
/// the minister's title (`Bộ trưởng Bộ Xây dựng`). None for any other words.
pub fn ministry_named(words: &str) -> Option<&'static Issuer> {
    static BY_NAME: LazyLock<FxHashMap<String, &'static Issuer>> = LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for i in ISSUERS.iter().filter(|i| i.name.starts_with("Bộ ")) {
            map.entry(ministry_key(i.name)).or_insert(i);
        }
        map
    });
    let key = ministry_key(words);
    let key = key.strip_prefix("bo truong ").unwrap_or(&key);
    BY_NAME.get(key).copied()
}

/// Whether two ministries' names are one name ([`ministry_named`]'s key).
pub fn same_ministry(a: &str, b: &str) -> bool {
    ministry_key(a) == ministry_key(b)
}

/// Vietnamese without its diacritics (`Nghị định` → `Nghi dinh`), as old web pages and
/// hurried typists write it: the recognizer accepts both spellings of the vocabulary.
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| unicode_normalization::char::canonical_combining_class(*c) == 0)
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

/// The type words as texts write them most (`Kế hoạch`, `KẾ HOẠCH`, `kế hoạch`), each with
/// the name its lower case finds: most look-ups need neither a lower-cased copy nor a fold
/// (they cost a tenth of recognizing a reference).
static TYPE_WORDS_AS_WRITTEN: LazyLock<FxHashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for w in DOC_TYPES.iter().flat_map(|t| t.words) {
        for form in [w.to_string(), capitalized(w), w.to_uppercase()] {
            if let Some(name) = kind_by_lower_case(&form) {
                map.insert(form, name);
            }
        }
    }
    map
});

/// Canonical type name for a type word as written (any case, with or without diacritics).
pub fn kind_for_word(word: &str) -> Option<&'static str> {
    TYPE_WORDS_AS_WRITTEN.get(word).copied().or_else(|| kind_by_lower_case(word))
}

/// [`kind_for_word`] the long way: the word lower-cased, then without its diacritics.
fn kind_by_lower_case(word: &str) -> Option<&'static str> {
    // Type names by word, and by word without diacritics; the first type in table order wins.
    type Names = (FxHashMap<&'static str, &'static str>, FxHashMap<String, &'static str>);
    static BY_WORD: LazyLock<Names> = LazyLock::new(|| {
        let (mut exact, mut folded) = (FxHashMap::default(), FxHashMap::default());
        for t in DOC_TYPES {
            for w in t.words {
                exact.entry(*w).or_insert(t.name);
            }
        }
        for t in DOC_TYPES {
            for w in t.words {
                folded.entry(fold(w)).or_insert(t.name);
            }
        }
        (exact, folded)
    });
    let lower = word.to_lowercase().replace('\n', " ");
    BY_WORD.0.get(lower.as_str()).or_else(|| BY_WORD.1.get(&fold(&lower))).copied()
}

/// Every code the tables know, type and issuer, keyed by its form without `Đ`: `ND` finds
/// `NĐ`, `HDND` finds `HĐND`. A folded form that is itself a code (`DA`) is left alone.
static FOLDED_CODES: std::sync::LazyLock<rustc_hash::FxHashMap<String, &'static str>> =
    std::sync::LazyLock::new(|| {
        let known: Vec<&'static str> =
            DOC_TYPES.iter().flat_map(|t| t.codes.iter().copied()).chain(ISSUERS.iter().map(|i| i.code)).collect();
        known.iter().filter(|c| c.contains('Đ') && !known.contains(&fold(c).as_str())).map(|c| (fold(c), *c)).collect()
    });

/// The code with its `Đ` restored when it was written without (`ND` → `NĐ`).
pub fn restore_code(code: &str) -> Option<&'static str> {
    // A code with a term number (`QH14`) has no `Đ` to restore: no look-up.
    if code.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    FOLDED_CODES.get(code).copied()
}

/// Level of an issuing body, from the top of the hierarchy down (reference, section 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    CentralParty,
    NationalAssembly,
    Government,
    Province,
    District,
    /// A commune, ward or commune-level town (`xã`, `phường`, `thị trấn`): since July 2025 the
    /// level right below the province, districts abolished.
    Commune,
    Unknown,
}

impl Level {
    /// Every level, from the top of the hierarchy down; unknown last.
    pub const ALL: [Level; 7] = [
        Level::CentralParty,
        Level::NationalAssembly,
        Level::Government,
        Level::Province,
        Level::District,
        Level::Commune,
        Level::Unknown,
    ];

    /// Whether the level is a local body's, whose documents each place numbers for itself:
    /// a province, a district, a commune.
    pub fn is_local(self) -> bool {
        matches!(self, Level::Province | Level::District | Level::Commune)
    }

    /// The level's name in data (`graph.json`, DOT, exports): serde's `snake_case` name,
    /// which a test of the JSON writer holds it to.
    pub fn key(self) -> &'static str {
        match self {
            Level::CentralParty => "central_party",
            Level::NationalAssembly => "national_assembly",
            Level::Government => "government",
            Level::Province => "province",
            Level::District => "district",
            Level::Commune => "commune",
            Level::Unknown => "unknown",
        }
    }

    /// The names a person may ask for the level by (`--level`): its [`key`](Level::key), then
    /// Vietnamese without marks, the word for each kind of unit the level holds. The district
    /// level holds the `huyện`, `quận` and `thị xã` ([`crate::resolve::LEVEL_PHRASES`]) and a
    /// province's `thành phố` (`UBND thành phố Quảng Ngãi`); a city under the centre is a
    /// province's peer (`tinh`). Words are written with `-` between them.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Level::CentralParty => &["central_party", "trung-uong-dang"],
            Level::NationalAssembly => &["national_assembly", "quoc-hoi"],
            Level::Government => &["government", "chinh-phu"],
            Level::Province => &["province", "tinh"],
            Level::District => &["district", "huyen", "quan", "thi-xa", "thanh-pho"],
            Level::Commune => &["commune", "xa", "phuong", "thi-tran"],
            Level::Unknown => &["unknown", "chua-ro"],
        }
    }

    /// The level a person names (one of [`names`](Level::names)), written with or without
    /// marks, in any case, with `-`, `_` or a space between words: `quan`, `Quận`, `thị xã`,
    /// `thi_xa`, `central-party`.
    pub fn named(name: &str) -> Option<Level> {
        let key = |s: &str| -> String {
            fold(s.trim())
                .to_lowercase()
                .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join("-")
        };
        let asked = key(name);
        Level::ALL.into_iter().find(|l| l.names().iter().any(|n| key(n) == asked))
    }

    /// The level's name for people. The government's level holds the ministries too (reference,
    /// section 4): a circular of Bộ Tài chính labelled `Chính phủ` read as the Government's own.
    pub fn label(self) -> &'static str {
        match self {
            Level::CentralParty => "Trung ương Đảng",
            Level::NationalAssembly => "Quốc hội",
            Level::Government => "Chính phủ, bộ, ngành",
            Level::Province => "Tỉnh",
            Level::District => "Huyện",
            Level::Commune => "Xã",
            Level::Unknown => "Chưa rõ",
        }
    }
}

/// An issuing body as it appears in symbols.
pub struct Issuer {
    pub code: &'static str,
    pub name: &'static str,
    /// `None` when the code alone does not tell the level (`UBND`, `HĐND`).
    pub level: Option<Level>,
}

const fn iss(code: &'static str, name: &'static str, level: Option<Level>) -> Issuer {
    Issuer { code, name, level }
}

use Level::{CentralParty as CPY, District as DIS, Government as GOV, NationalAssembly as NA, Province as PRO};

/// The National Assembly's terms (khóa) and the years each sat, transition years included:
/// `QH13` on a law of 2025 cannot be. (term, first year, last year, a number of that term)
pub const LEGISLATURES: &[(u8, u16, u16, &str)] = &[
    (9, 1992, 1997, "03/1996/QH9"),
    (10, 1997, 2002, "13/1999/QH10"),
    (11, 2002, 2007, "52/2005/QH11"),
    (12, 2007, 2011, "22/2008/QH12"),
    (13, 2011, 2016, "80/2015/QH13"),
    (14, 2016, 2021, "120/2020/QH14"),
    (15, 2021, 2026, "254/2025/QH15"),
    (16, 2026, 2031, "29/2026/QH16"),
];

/// The term a symbol's National Assembly code names (`QH15`, `PL-UBTVQH11`), and its years.
pub fn legislature_of(symbol: &str) -> Option<(u8, u16, u16)> {
    legislature(assembly_term(last_code(symbol))?.parse().ok()?)
}

/// What follows the body in a National Assembly code, as written: `15` of `QH15`, `11` of
/// `UBTVQH11`, `I15` of an OCR-damaged `QHI15`; none for another code.
pub fn assembly_term(code: &str) -> Option<&str> {
    code.strip_prefix("UBTVQH").or_else(|| code.strip_prefix("QH"))
}

/// The term of the National Assembly that sat in `year`, where only one did: none in a year
/// one term ended and the next began (`2016`, `2021`, `2026`).
pub fn assembly_of_year(year: u16) -> Option<u8> {
    let sat = LEGISLATURES.iter().filter(|l| (l.1..=l.2).contains(&year));
    only(sat).map(|l| l.0)
}

/// A legislature by its term, with its years.
pub fn legislature(term: u8) -> Option<(u8, u16, u16)> {
    LEGISLATURES.iter().find(|l| l.0 == term).map(|&(t, from, to, _)| (t, from, to))
}

pub const ISSUERS: &[Issuer] = &[
    iss("TW", "Ban Chấp hành Trung ương", Some(CPY)),
    iss("BCHTW", "Ban Chấp hành Trung ương", Some(CPY)),
    iss("VPTW", "Văn phòng Trung ương Đảng", Some(CPY)),
    iss("BTGTW", "Ban Tuyên giáo Trung ương", Some(CPY)),
    iss("BDVTW", "Ban Dân vận Trung ương", Some(CPY)),
    iss("BTCTW", "Ban Tổ chức Trung ương", Some(CPY)),
    iss("UBKTTW", "Ủy ban Kiểm tra Trung ương", Some(CPY)),
    iss("QH", "Quốc hội", Some(NA)),
    iss("UBTVQH", "Ủy ban Thường vụ Quốc hội", Some(NA)),
    iss("HĐNN", "Hội đồng Nhà nước", Some(NA)),
    // The Assembly's council and committees from its sixteenth term (2026), whose reports a
    // resolution's preamble names (`Báo cáo thẩm tra số 24/BC-UBKTTC16 … của Ủy ban Kinh tế và
    // Tài chính`); the term follows the code as after `UBTVQH`.
    iss("HĐDT", "Hội đồng Dân tộc", Some(NA)),
    iss("UBKTTC", "Ủy ban Kinh tế và Tài chính", Some(NA)),
    iss("UBPLTP", "Ủy ban Pháp luật và Tư pháp", Some(NA)),
    iss("UBQPANĐN", "Ủy ban Quốc phòng, An ninh và Đối ngoại", Some(NA)),
    iss("UBVHXH", "Ủy ban Văn hóa và Xã hội", Some(NA)),
    iss("UBKHCNMT", "Ủy ban Khoa học, Công nghệ và Môi trường", Some(NA)),
    iss("CP", "Chính phủ", Some(GOV)),
    iss("TTg", "Thủ tướng Chính phủ", Some(GOV)),
    iss("CTN", "Chủ tịch nước", Some(GOV)),
    iss("VPCP", "Văn phòng Chính phủ", Some(GOV)),
    iss("HĐBT", "Hội đồng Bộ trưởng", Some(GOV)),
    iss("BTC", "Bộ Tài chính", Some(GOV)),
    iss("BNV", "Bộ Nội vụ", Some(GOV)),
    iss("BTP", "Bộ Tư pháp", Some(GOV)),
    iss("BCA", "Bộ Công an", Some(GOV)),
    iss("BQP", "Bộ Quốc phòng", Some(GOV)),
    iss("BNG", "Bộ Ngoại giao", Some(GOV)),
    iss("BYT", "Bộ Y tế", Some(GOV)),
    iss("BCT", "Bộ Công Thương", Some(GOV)),
    iss("BXD", "Bộ Xây dựng", Some(GOV)),
    iss("BKHĐT", "Bộ Kế hoạch và Đầu tư", Some(GOV)),
    iss("BKHCN", "Bộ Khoa học và Công nghệ", Some(GOV)),
    iss("BGDĐT", "Bộ Giáo dục và Đào tạo", Some(GOV)),
    iss("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", Some(GOV)),
    iss("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", Some(GOV)),
    // 1990-2007, before sport and tourism joined it: `Quyết định số 05/2000/QĐ-BVHTT`.
    iss("BVHTT", "Bộ Văn hóa - Thông tin", Some(GOV)),
    iss("BTTTT", "Bộ Thông tin và Truyền thông", Some(GOV)),
    // 2002-2007, before it became the Bộ Thông tin và Truyền thông: `01/2006/TTLT-BBCVT-BNG-BCA`.
    iss("BBCVT", "Bộ Bưu chính, Viễn thông", Some(GOV)),
    iss("BGTVT", "Bộ Giao thông vận tải", Some(GOV)),
    iss("BTNMT", "Bộ Tài nguyên và Môi trường", Some(GOV)),
    iss("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", Some(GOV)),
    iss("BNNMT", "Bộ Nông nghiệp và Môi trường", Some(GOV)),
    // The same ministry's code in the 2000s: `Quyết định số 103/2006/QĐ-BNN`.
    iss("BNN", "Bộ Nông nghiệp và Phát triển nông thôn", Some(GOV)),
    // `Thông tư số 02/2018/TT-LĐTBXH`: the ministry's code without its `B`.
    iss("LĐTBXH", "Bộ Lao động - Thương binh và Xã hội", Some(GOV)),
    iss("TCCP", "Ban Tổ chức - Cán bộ Chính phủ", Some(GOV)),
    // A department of a ministry: `Quyết định số 850/QĐ-CĐBVN`.
    iss("CĐBVN", "Cục Đường bộ Việt Nam", Some(GOV)),
    iss("NHNN", "Ngân hàng Nhà nước Việt Nam", Some(GOV)),
    iss("UBDT", "Ủy ban Dân tộc", Some(GOV)),
    iss("BDTTG", "Bộ Dân tộc và Tôn giáo", Some(GOV)),
    iss("TTCP", "Thanh tra Chính phủ", Some(GOV)),
    iss("TANDTC", "Tòa án nhân dân tối cao", Some(GOV)),
    // A social organization that issues joint documents with ministries:
    // `10/2007/TTLT-BLĐTBXH-HCCBVN-BTC-BQP`.
    iss("HCCBVN", "Hội Cựu chiến binh Việt Nam", None),
    // The same (`127/2007/TTLT-BQP-CCBVN`), and the Front's central committee
    // (`01/2005/NQLT-BLĐTBXH-BCA-BVHTT-UBTƯMTTQVN`).
    iss("CCBVN", "Hội Cựu chiến binh Việt Nam", None),
    // And in the 1990s (`05/1998/TTLT/TCCP-CCB`, the Bộ pháp điển's page on veterans).
    iss("CCB", "Hội Cựu chiến binh Việt Nam", None),
    iss("UBTƯMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", None),
    // Government agencies of the 1990s: `103/2001/TTLT-BTC-BVGCP-BVHTT-BNG`,
    // `17/1999/TTLT-BLĐTBXH-BTC-BTCCBCP`.
    iss("BVGCP", "Ban Vật giá Chính phủ", Some(GOV)),
    iss("BTCCBCP", "Ban Tổ chức - Cán bộ Chính phủ", Some(GOV)),
    // `Nghị quyết số 01/2014/NQ-HĐTP`: the Supreme Court's council of judges.
    iss("HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", Some(GOV)),
    iss("VKSNDTC", "Viện kiểm sát nhân dân tối cao", Some(GOV)),
    iss("KTNN", "Kiểm toán nhà nước", Some(GOV)),
    iss("TU", "Tỉnh ủy", Some(PRO)),
    iss("ThU", "Thành ủy", Some(PRO)),
    iss("VPTU", "Văn phòng Tỉnh ủy", Some(PRO)),
    iss("BDVTU", "Ban Dân vận Tỉnh ủy", Some(PRO)),
    iss("BTGTU", "Ban Tuyên giáo Tỉnh ủy", Some(PRO)),
    iss("BTCTU", "Ban Tổ chức Tỉnh ủy", Some(PRO)),
    iss("UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy", Some(PRO)),
    iss("BDT", "Ban Dân tộc", Some(PRO)),
    iss("SNV", "Sở Nội vụ", Some(PRO)),
    iss("STC", "Sở Tài chính", Some(PRO)),
    iss("SKHĐT", "Sở Kế hoạch và Đầu tư", Some(PRO)),
    // The departments of a province, before and after their merger of 2025 (clerk audit 2191:
    // `Số: 1025/SKHCN-QLCN` was no letter's number, and `Sở Khoa học và Công nghệ` read as
    // `Sở Khoa học`).
    iss("SKHCN", "Sở Khoa học và Công nghệ", Some(PRO)),
    iss("STTTT", "Sở Thông tin và Truyền thông", Some(PRO)),
    iss("SYT", "Sở Y tế", Some(PRO)),
    iss("SGDĐT", "Sở Giáo dục và Đào tạo", Some(PRO)),
    iss("STP", "Sở Tư pháp", Some(PRO)),
    iss("SXD", "Sở Xây dựng", Some(PRO)),
    iss("SCT", "Sở Công Thương", Some(PRO)),
    iss("STNMT", "Sở Tài nguyên và Môi trường", Some(PRO)),
    iss("SNNMT", "Sở Nông nghiệp và Môi trường", Some(PRO)),
    iss("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", Some(PRO)),
    iss("SLĐTBXH", "Sở Lao động - Thương binh và Xã hội", Some(PRO)),
    iss("SGTVT", "Sở Giao thông vận tải", Some(PRO)),
    iss("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", Some(PRO)),
    iss("SVHTT", "Sở Văn hóa và Thể thao", Some(PRO)),
    iss("SDL", "Sở Du lịch", Some(PRO)),
    iss("SNgV", "Sở Ngoại vụ", Some(PRO)),
    iss("SDTTG", "Sở Dân tộc và Tôn giáo", Some(PRO)),
    iss("HU", "Huyện ủy", Some(DIS)),
    iss("QU", "Quận ủy", Some(DIS)),
    iss("UBND", "Ủy ban nhân dân", None),
    iss("HĐND", "Hội đồng nhân dân", None),
    iss("ĐU", "Đảng ủy", None),
    iss("BCSĐ", "Ban cán sự Đảng", None),
    iss("ĐĐ", "Đảng đoàn", None),
];

/// Titles of the heads who sign for a body (`Bộ trưởng Bộ Y tế` issues the Bộ Y tế's
/// circulars): a document's issuer is the body, as its symbol names it, whichever of the two a
/// text writes.
pub const HEADS_OF_BODIES: &[(&str, &str)] = &[
    ("Bộ trưởng", "Bộ trưởng Bộ Y tế"),
    ("Thủ trưởng", "Thủ trưởng cơ quan ngang bộ"),
    ("Thống đốc", "Thống đốc Ngân hàng Nhà nước Việt Nam"),
    ("Tổng Thanh tra", "Tổng Thanh tra Chính phủ"),
    ("Chánh án", "Chánh án Tòa án nhân dân tối cao"),
    ("Viện trưởng", "Viện trưởng Viện kiểm sát nhân dân tối cao"),
    ("Tổng Kiểm toán", "Tổng Kiểm toán nhà nước"),
    ("Chủ nhiệm", "Chủ nhiệm Văn phòng Chính phủ"),
];

/// The names a body of the table went by in years its code already stood for it: the
/// Government of 1960-1981 was the Hội đồng Chính phủ (`Quyết định 130/CP` of 1975). (code,
/// name, first year, last year)
pub const FORMER_NAMES: &[(&str, &str, u16, u16)] = &[("CP", "Hội đồng Chính phủ", 1960, 1981)];

/// Who enacts a type a law's name is cited by, whose number and issuer the text may not give
/// (`Luật Đất đai`, `Pháp lệnh Dân số`): (type, issuer's code, first year, last year). The
/// Council of State enacted the ordinances of 1981-1992 (Hiến pháp 1980).
pub const ENACTED_BY: &[(&str, &str, u16, u16)] = &[
    ("Hiến pháp", "QH", 0, 9999),
    ("Luật", "QH", 0, 9999),
    ("Bộ luật", "QH", 0, 9999),
    ("Pháp lệnh", "HĐNN", 1981, 1992),
    ("Pháp lệnh", "UBTVQH", 0, 9999),
];

/// The body that enacts a document of `kind` in `year` ([`ENACTED_BY`]), where one does.
pub fn enacted_by(kind: &str, year: Option<u16>) -> Option<&'static str> {
    let (_, code, ..) = ENACTED_BY
        .iter()
        .find(|&&(k, _, from, to)| k == kind && year.map_or(from == 0, |y| (from..=to).contains(&y)))?;
    Some(issuer_for_code(code)?.name)
}

/// What `issuer` was called in `year`: its former name where [`FORMER_NAMES`] has one for
/// that year, the table's otherwise.
pub fn name_in(issuer: &Issuer, year: Option<u16>) -> &'static str {
    let former = year.and_then(|y| {
        FORMER_NAMES.iter().find(|&&(code, _, from, to)| code == issuer.code && (from..=to).contains(&y))
    });
    former.map_or(issuer.name, |&(_, name, _, _)| name)
}

/// The codes of the Party's bodies in [`ISSUERS`]: what stands after a Party symbol's slash
/// (`24-NQ/TW`, `120-KH/TU`, `58-KH/HU`, `12-KH/ĐU`). No state body uses one, so a Party type
/// code before one marks a Party document even where the text writes the state's order
/// (`Nghị quyết số 29/NQ-TW ngày 17/11/2022` in a Huyện ủy's plan, audit 2200).
pub const PARTY_BODY_CODES: &[&str] = &[
    "TW", "BCHTW", "VPTW", "BTGTW", "BDVTW", "BTCTW", "UBKTTW", "TU", "ThU", "VPTU", "BDVTU", "BTGTU", "BTCTU",
    "UBKTTU", "HU", "QU", "ĐU", "BCSĐ", "ĐĐ",
];

/// The state body after the slash of a symbol in the Party's shape (`T/B`, the number before
/// it joined by a hyphen) when it is none of the Party's: the style of the state's documents
/// before 1992, `HĐNN` of `LCT/HDNN8` (an order of the Council of State promulgating a law),
/// `CTN` of `L/CTN`, `VPCP` of `TB/VPCP`. None for a joint symbol (`TTLT/BTC-BNV`).
pub fn state_body_after_slash(symbol: &str) -> Option<&'static Issuer> {
    let (_, body) = symbol.split_once('/')?;
    if symbol.contains('-') || body.contains('/') {
        return None;
    }
    let base = body.trim_end_matches(|c: char| c.is_ascii_digit());
    let base = restore_code(base).unwrap_or(base);
    if PARTY_BODY_CODES.contains(&base) {
        return None;
    }
    issuer_for_code(base)
}

/// The code of a Sắc lệnh, the President's decree of 1945–1959 (`53/SL`, `234-SL`,
/// `102-SL/L`): a state document in whatever shape it is written, never the Party's.
pub const OLD_DECREE_CODE: &str = "SL";

/// Whether a symbol is a Sắc lệnh's that promulgates a law (`SL/L`, Luật), in the Party's
/// shape and with the law's own number after it or not (`102-SL/L-004`, the law on the right
/// of association of 1957): the state's, written with its hyphen as the Party's are.
pub fn promulgates_law_by_decree(symbol: &str) -> bool {
    symbol.strip_prefix("SL/L").is_some_and(|law| {
        law.is_empty() || law.strip_prefix('-').is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Whether `type_code` and `body` are a Party document's codes, type and body (`NQ`, `TW`),
/// however the text joined them.
pub fn are_party_codes(type_code: &str, body: &str) -> bool {
    PARTY_BODY_CODES.contains(&body) && kind_for_code(type_code, Family::Party).is_some()
}

/// Whether a type code is a joint document's (`TTLT`, `NQLT`, `CTLT`: liên tịch), whose
/// symbol names each body that issued it.
pub fn is_joint_code(code: &str) -> bool {
    code.len() > 2 && code.ends_with("LT")
}

/// The issuer row for a code; `QH14`, `UBTVQH11` and `HĐNN8` carry the term number.
pub fn issuer_for_code(code: &str) -> Option<&'static Issuer> {
    // Index of the first issuer with each code: the earlier of the code's and its base's wins,
    // as a scan of the table would find it.
    static BY_CODE: LazyLock<FxHashMap<&'static str, usize>> = LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for (i, issuer) in ISSUERS.iter().enumerate() {
            map.entry(issuer.code).or_insert(i);
        }
        map
    });
    let base = code.trim_end_matches(|c: char| c.is_ascii_digit());
    if base.len() == code.len() {
        return BY_CODE.get(code).map(|&i| &ISSUERS[i]);
    }
    let at = match (BY_CODE.get(code), BY_CODE.get(base)) {
        (Some(&a), Some(&b)) => a.min(b),
        (Some(&a), None) | (None, Some(&a)) => a,
        (None, None) => return None,
    };
    Some(&ISSUERS[at])
}

/// Words that, standing just before a number, make it something other than a document
/// reference: a form (`Mẫu số 01/TCD`), an annex (`Phụ lục số 03-MP`), a standard
/// (`QCVN 9-1:2011/BYT`).
pub const NOT_REFERENCE_BEFORE: &[(&str, &str)] = &[
    ("mẫu", "theo Mẫu số 01/TCD ban hành kèm theo"),
    ("mẫu số", "theo mẫu số 02/ĐKTĐ-HĐĐT"),
    // Its number on the next line (Thông tư 91/2026/TT-BTC, export audit 2165).
    ("mẫu số", "theo Mẫu số\n01/TB-ĐKĐT Phụ lục IV"),
    ("biểu mẫu", "Biểu mẫu 03/BC-UBND"),
    ("biểu", "Biểu số 01/KH-TC"),
    ("phụ lục", "Phụ lục số 03-MP"),
    ("qcvn", "QCVN 12/BCA"),
    ("tcvn", "TCVN 01/BKHCN"),
    ("ký hiệu", "ký hiệu 01/TT-HD"),
    // A bilingual form's English heading, under its Vietnamese one (`Mẫu 08/BC-BNG⏎Form
    // 08/BC-BNG`, in a decree's annex).
    ("form", "Mẫu 08/BC-BNG\nForm 08/BC-BNG"),
];

/// Phrases between an article pinpoint and the reference (`khoản 2 Điều 3 của`).
pub const PINPOINT_WORDS: &[&str] = &["điểm", "khoản", "điều", "mục", "chương", "phần", "tiết", "phụ lục"];

/// Relation cues, looked for in the words before a reference (reference, section 6).
/// Ordered: the first cue that matches wins, so specific phrases come before general ones.
pub struct Cue {
    pub phrase: &'static str,
    pub relation: &'static str,
    pub example: &'static str,
}

/// How a preamble's basis line opens (`Căn cứ Luật …`), as texts write it: OCR reads `Căn cứ`
/// as `Căn cú` in scanned decrees (7 lines in shared/corpus/real).
pub const BASIS_OPENINGS: &[&str] = &["Căn cứ ", "căn cứ ", "CĂN CỨ ", "Căn cú ", "Căn cử "];

/// Who enacts a law or an ordinance in the line that closes its preamble (`Quốc hội ban hành
/// Luật Viễn thông.`): the law named after it is the page's own. Compared in lower case.
pub const ENACTING_BODIES: &[&str] = &["quốc hội", "ủy ban thường vụ quốc hội", "uỷ ban thường vụ quốc hội"];

/// Whether `body`, as written, is one of [`ENACTING_BODIES`].
pub fn is_enacting_body(body: &str) -> bool {
    ENACTING_BODIES.contains(&body.to_lowercase().as_str())
}

/// Words that, right after a cue, make it another phrase, with an example a test reads
/// (`biện pháp thi hành án`: measures enforcing judgments, not a law's).
pub const CUE_NOT_BEFORE: &[(&str, &str, &str)] =
    &[("biện pháp thi hành", " án", "biện pháp thi hành án và quyết định xử phạt theo Luật Thi hành án dân sự")];

/// Words before an act's cue that make it a proposal, not the act: the document names what
/// is to be amended, replaced or repealed, and only cites it. Each with an example a test
/// reads (the first from a report in data/).
pub const PROPOSING: &[(&str, &str)] = &[
    (
        "đề xuất",
        "Đề xuất sửa đổi, bổ sung một số Điều của Quy định kèm theo Nghị quyết số 09/2022/NQ-HĐND ngày 09/7/2022",
    ),
    ("kiến nghị", "kiến nghị bãi bỏ Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
    ("đề nghị", "đề nghị sửa đổi Thông tư số 07/2012/TT-BCT"),
    ("nghiên cứu", "nghiên cứu sửa đổi, bổ sung Nghị định số 15/2020/NĐ-CP"),
    // A department's task in a plan (clerk audit 2191: drawn as an amendment).
    ("tham mưu", "tham mưu sửa đổi Quyết định số 512/QĐ-UBND ngày 28/02/2025"),
];

/// The relations a proposal names without doing: [`PROPOSING`] before their cues. Guidance
/// asked for is none given (`Công văn số 88/UBND … về việc đề nghị hướng dẫn xác định đối
/// tượng thụ hưởng`: audit 2197, a commune's letter drawn as guiding a decision).
pub const PROPOSED_ACTS: &[&str] = &["amends", "replaces", "repeals", "guides"];

/// Words that, earlier in a cue's clause, make the act a task given to a body, not one the
/// text or a document it names does: `UBND huyện giao Phòng Dân tộc hướng dẫn cụ thể theo
/// Quyết định 1719/QĐ-TTg` (audit 2197: the commune's letter named before was drawn as
/// guiding the decision). Each with an example a test reads; the acts are [`PROPOSED_ACTS`].
pub const ASSIGNING: &[(&str, &str)] = &[
    ("giao", "UBND huyện giao Phòng Dân tộc hướng dẫn cụ thể theo Quyết định 1719/QĐ-TTg"),
    ("chỉ đạo", "chỉ đạo Sở Tư pháp hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP"),
    ("yêu cầu", "yêu cầu các xã rà soát, sửa đổi Quyết định số 12/QĐ-UBND ngày 05/01/2024"),
];

/// How the body given a task ([`ASSIGNING`]) is named, lower-cased: a body's type word, or
/// `các` before bodies of a kind (`các xã`, `các sở, ngành`).
pub const ASSIGNEES: &[&str] = &[
    "ubnd",
    "ủy ban",
    "uỷ ban",
    "hđnd",
    "sở ",
    "phòng ",
    "ban ",
    "bộ ",
    "văn phòng",
    "cơ quan",
    "đơn vị",
    "các ",
    "chủ tịch",
    "trung tâm",
    "cục ",
    "tổng cục",
    "thủ trưởng",
    "giám đốc",
    "trưởng ",
];

pub const CUES: &[Cue] = &[
    Cue {
        phrase: "căn cứ", relation: "basis", example: "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"
    },
    // OCR's readings of `Căn cứ` (BASIS_OPENINGS), and a letter it doubled.
    Cue {
        phrase: "căn cú", relation: "basis", example: "Căn cú Luật Tổ chức Chính phú số 63/2025/QH15;"
    },
    Cue {
        phrase: "căn cử", relation: "basis", example: "Căn cử Luật Quản lý nợ công ngày 17 tháng 6 năm 2009;"
    },
    Cue {
        phrase: "cănn cứ",
        relation: "basis",
        example: "| Cănn cứ pháp lý | Luật Tổ chức Chính phủ; Luật Giáo dục; Nghị định 69/2008/NĐ-CP |",
    },
    // Legal grounds, as a metadata row's key or a heading names them: like `Căn cứ`, only
    // where it opens its clause (`… là cơ sở pháp lý để …` in a sentence cites nothing).
    Cue {
        phrase: "cơ sở pháp lý",
        relation: "basis",
        example: "| **Cơ sở pháp lý** | Nghị quyết 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương; Nghị quyết 111/NQ-CP ngày 22/7/2024 |",
    },
    Cue { phrase: "phúc đáp", relation: "answers", example: "Phúc đáp Công văn số 2739/UBND-KGVX" },
    Cue {
        phrase: "theo đề nghị",
        relation: "answers",
        example: "Theo đề nghị của Ban Dân vận Tỉnh ủy tại Công văn số 875-CV/BDVTU",
    },
    // A decision's preamble (`Xét đề nghị của Bộ trưởng Bộ Nội vụ tại Tờ trình số …`).
    Cue {
        phrase: "xét đề nghị",
        relation: "answers",
        example: "Xét đề nghị của Thường trực Hội đồng nhân dân tỉnh tại Tờ trình số 36/TTr-HĐND",
    },
    Cue {
        phrase: "sửa đổi, bổ sung",
        relation: "amends",
        example: "sửa đổi, bổ sung một số điều của Nghị định số 72/2025/NĐ-CP",
    },
    Cue { phrase: "sửa đổi", relation: "amends", example: "sửa đổi Nghị định số 72/2025/NĐ-CP" },
    // OCR's reading of `sửa đổi` in a scanned decree's title (Nghị định 241/2026/NĐ-CP); others
    // of its length are put right before cues are looked for (`cues::mend_misread_tones`).
    Cue {
        phrase: "sửa đỗi, bổ sung",
        relation: "amends",
        example: "Sửa đỗi, bổ sung một số điều của Nghị định số 165/2024/NĐ-CP",
    },
    // Only where it opens its clause (`cues::OPENING_PHRASES`): elsewhere a word (`bổ sung kinh
    // phí`).
    Cue {
        phrase: "bổ sung",
        relation: "amends",
        example: "Bổ sung Điều 3a vào sau Điều 3 của Nghị định số 123/2020/NĐ-CP",
    },
    Cue {
        phrase: "điều chỉnh, bổ sung",
        relation: "amends",
        example: "điều chỉnh, bổ sung Quyết định số 12/2018/QĐ-TTg",
    },
    // Words replaced in a document amend it; the document stands (`Thay thế cụm từ "Ủy ban
    // nhân dân cấp xã" tại khoản 2 Điều 52 Nghị định số 103/2024/NĐ-CP`).
    Cue {
        phrase: "thay thế cụm từ",
        relation: "amends",
        example: "Thay thế cụm từ \"Bộ Kế hoạch và Đầu tư\" tại Điều 60 Nghị định số 165/2024/NĐ-CP",
    },
    Cue {
        phrase: "thay thế các cụm từ",
        relation: "amends",
        example: "Thay thế các cụm từ \"Sở Giao thông vận tải\" tại khoản 6 Điều 20 Nghị định số 165/2024/NĐ-CP",
    },
    Cue {
        phrase: "thay thế một số cụm từ",
        relation: "amends",
        example: "Điều 2. Thay thế một số cụm từ tại Nghị định số 26/2023/NĐ-CP",
    },
    Cue { phrase: "thay thế", relation: "replaces", example: "thay thế Thông tư số 55/2010/TT-BTC" },
    // OCR's `ê` for `ế` in a scanned decree (`thay thê Nghị định sô 38/2013/NĐ-CP`, the ODA
    // decree of shared/corpus/real); `thê` is no word after `thay` but this one.
    Cue {
        phrase: "thay thê",
        relation: "replaces",
        example: "thay thê Nghị định sô 38/2013/NĐ-CP ngày 23 tháng 4 năm 2013 của Chính phủ",
    },
    Cue { phrase: "bãi bỏ", relation: "repeals", example: "bãi bỏ Thông tư 55/2010/TT-BTC" },
    // Words struck out of a document amend it, as under `bãi bỏ` (see `cues::removes_words`);
    // `bỏ` alone is no cue (`bỏ phiếu`, `bỏ trốn`).
    Cue {
        phrase: "bỏ cụm từ",
        relation: "amends",
        example: "Bỏ cụm từ “trưng dụng” tại Điều 55 của Luật phòng, chống bệnh truyền nhiễm số 03/2007/QH12",
    },
    // `thay` without `thế`, as Luật 15/2008/QH12 writes it; `thay` alone is no cue (`thay mặt`,
    // `thay đổi`).
    Cue {
        phrase: "thay cụm từ",
        relation: "amends",
        example: "Thay cụm từ “trưng dụng” bằng cụm từ “huy động” tại khoản 8 Điều 14 của Luật Công an nhân dân số \
                  54/2005/QH11",
    },
    Cue {
        phrase: "hết hiệu lực", relation: "repeals", example: "hết hiệu lực thi hành Thông tư số 55/2010/TT-BTC"
    },
    Cue { phrase: "đính chính", relation: "corrects", example: "đính chính Nghị định số 95/2021/NĐ-CP" },
    Cue {
        phrase: "hợp nhất",
        relation: "consolidates",
        example: "hợp nhất Nghị định số 95/2021/NĐ-CP và 80/2023/NĐ-CP",
    },
    Cue {
        phrase: "hướng dẫn thi hành", relation: "guides", example: "hướng dẫn thi hành Luật Báo chí"
    },
    Cue {
        phrase: "quy định chi tiết", relation: "guides", example: "quy định chi tiết Luật Điện lực số 28/2004/QH10"
    },
    // A decree's title of the older style (`Nghị định số 21/2021/NĐ-CP Quy định thi hành Bộ
    // luật Dân sự về bảo đảm thực hiện nghĩa vụ`; relation audit 2223).
    Cue {
        phrase: "quy định thi hành",
        relation: "guides",
        example: "Quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ",
    },
    // Without `chi tiết`, a title's (`Quy định một số điều của Luật Quản lý thuế và Nghị định
    // số 254/2026/NĐ-CP …`, Thông tư 91/2026/TT-BTC); `của` keeps out `một số điều kiện`.
    Cue {
        phrase: "quy định một số điều của",
        relation: "guides",
        example: "Quy định một số điều của Luật Quản lý thuế và Nghị định số 254/2026/NĐ-CP",
    },
    // The spelling of an OCR'd text layer (`Nghị định này quy định chỉ tiết Điều 11 của Luật
    // Dẫn độ số 100/2025/QH15`, eleven times in shared/corpus/real).
    Cue {
        phrase: "quy định chỉ tiết", relation: "guides", example: "quy định chỉ tiết Luật Dẫn độ số 100/2025/QH15"
    },
    Cue {
        phrase: "hướng dẫn thực hiện",
        relation: "guides",
        example: "hướng dẫn thực hiện một số quy định tại Nghị định 11/2006/NĐ-CP",
    },
    Cue { phrase: "hướng dẫn", relation: "guides", example: "hướng dẫn Nghị định số 04/2015/NĐ-CP" },
    // Not `biện pháp thi hành án` (of judgments: [`CUE_NOT_BEFORE`]).
    Cue {
        phrase: "biện pháp thi hành",
        relation: "guides",
        example: "Nghị định này quy định một số biện pháp thi hành Luật Xây dựng số 135/2025/QH15",
    },
    Cue {
        phrase: "triển khai thực hiện",
        relation: "implements",
        example: "triển khai thực hiện Kế hoạch số 104/KH-UBND",
    },
    Cue {
        phrase: "tổ chức thực hiện", relation: "implements", example: "tổ chức thực hiện Kế hoạch số 104/KH-UBND"
    },
    Cue { phrase: "thực hiện", relation: "implements", example: "Thực hiện Nghị quyết số 10/NQ-CP" },
    Cue {
        phrase: "theo tinh thần", relation: "implements", example: "theo tinh thần Nghị quyết số 24-NQ/TW"
    },
    // What is done as a letter directs (seeds audit 2175: `Thực hiện ý kiến chỉ đạo …` was
    // `implements`, `theo chỉ đạo …` of the same letter's kind `cites`). With `của`: a cue
    // that `của` follows is a noun owned by what follows, but this one names who directs.
    Cue {
        phrase: "theo chỉ đạo của",
        relation: "implements",
        example: "theo chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 5451/UBND-CNXD ngày 10/9/2018",
    },
];

/// Words that, right after a comma in a reference's subject, open the citing sentence's own
/// clause, not more of the title: the subject ends at the comma. Each with the sentence it
/// was found in (data/ and shared/corpus/real); a test reads its subject up to the comma.
/// Words a title lists after a comma are nouns and verbs of the same kind as before it
/// (`quy định chi tiết, hướng dẫn …`, `về việc lập kế hoạch, báo cáo thực hiện …`): none
/// of these, which tell what was done with the document or what it says.
pub const CLAUSE_OPENERS: &[(&str, &str)] = &[
    (
        "theo đó",
        "Quyết định số 769/QĐ-UBND ngày 22/5/2023 về việc cấp loại phương tiện, hình thức, điều kiện, đối tượng nhận hỗ trợ phương tiện nghe nhìn cho người có uy tín trong đồng bào dân tộc thiểu số tỉnh Quảng Ngãi, giai đoạn 2023 – 2027, theo đó năm 2023 cấp cho người có uy tín 01 điện thoại thông minh.",
    ),
    (
        "trong đó",
        "Công điện số 40/CĐ-TTg ngày 19 tháng 5 năm 2026 của Thủ tướng Chính phủ về việc tăng cường công tác phòng, chống đuối nước đối với trẻ em, trong đó yêu cầu quán triệt nghiêm túc công tác phòng, chống đuối nước trẻ em",
    ),
    (
        "đang",
        "Kế hoạch số 562/KH-BDT ngày 16/6/2023 về việc tổ chức cho người có uy tín trong đồng bào dân tộc thiểu số tỉnh Quảng Ngãi đi tham quan, học tập, trao đổi kinh nghiệm ngoài tỉnh năm 2023, đang thực hiện một số nội dung công tác chuẩn bị",
    ),
    (
        "đã",
        "Thông tư số 31/2023/TT-BCA ngày 20/7/2023 của Bộ trưởng Bộ Công an quy định về mẫu hộ chiếu, mẫu giấy thông hành và các biểu mẫu liên quan, đã được sửa đổi, bổ sung bởi Thông tư số 68/2025/TT-BCA",
    ),
    (
        "căn cứ",
        "Nghị định số 50/2020/NĐ-CP ngày 20 tháng 4 năm 2020 của Chính phủ quy định về tiếp nhận, quản lý và sử dụng viện trợ quốc tế khẩn cấp để cứu trợ và khắc phục hậu quả thiên tai, căn cứ thỏa thuận viện trợ",
    ),
    (
        "phân công",
        "Kế hoạch số 150/KH-BDT ngày 18/3/2021 về thực hiện quy chế dân chủ ở cơ quan, đơn vị, cơ sở và công tác dân vận chính quyền năm 2021 tại Ban Dân tộc tỉnh, phân công nhiệm vụ cụ thể cho các Phòng thuộc Ban tham mưu triển khai thực hiện.",
    ),
];

/// Words of tense or aspect that, after ` và `, open the citing sentence's own clause in a
/// reference's subject (`… trong Bộ Quốc phòng và đã hết khấu hao`: the software of the
/// citing sentence is written off, not the circular's title): the subject ends before ` và`.
/// Not `được`: a title may join a passive clause so (`… và được hưởng …`), and ` được sửa đổi`
/// after a title is a tail of its own. Each with a sentence it ends the subject of: the first
/// from shared/corpus/real (Thông tư 32/2026/TT-BQP), the others that sentence with the word
/// put in, as no text of the corpora writes them after a title.
pub const CLAUSE_OPENERS_AFTER_AND: &[(&str, &str)] = &[
    (
        "đã",
        "Thông tư số 11/2022/TT-BQP ngày 24 tháng 01 năm 2022 của Bộ trưởng Bộ Quốc phòng quy định về xây dựng và quản lý, khai thác, sử dụng phần mềm, cơ sở dữ liệu số trong Bộ Quốc phòng và đã hết khấu hao;",
    ),
    (
        "đang",
        "Thông tư số 11/2022/TT-BQP ngày 24 tháng 01 năm 2022 của Bộ trưởng Bộ Quốc phòng quy định về xây dựng và quản lý, khai thác, sử dụng phần mềm, cơ sở dữ liệu số trong Bộ Quốc phòng và đang sử dụng;",
    ),
    (
        "sẽ",
        "Thông tư số 11/2022/TT-BQP ngày 24 tháng 01 năm 2022 của Bộ trưởng Bộ Quốc phòng quy định về xây dựng và quản lý, khai thác, sử dụng phần mềm, cơ sở dữ liệu số trong Bộ Quốc phòng và sẽ hết khấu hao;",
    ),
    (
        "chưa",
        "Thông tư số 11/2022/TT-BQP ngày 24 tháng 01 năm 2022 của Bộ trưởng Bộ Quốc phòng quy định về xây dựng và quản lý, khai thác, sử dụng phần mềm, cơ sở dữ liệu số trong Bộ Quốc phòng và chưa hết khấu hao;",
    ),
];

/// Verbs that, after a body named right after a comma in a reference's subject, make the body
/// the subject of the citing sentence's own clause (`…, Ban Dân tộc báo cáo …`): the subject
/// ends at the comma. A body may open a clause with [`CLAUSE_OPENERS`]' words too (`…, Ban
/// Dân tộc đã …`). A body named after a comma without such a verb is the title's (`… Văn
/// phòng Bộ, Cơ quan ngang Bộ và Văn phòng Ủy ban nhân dân tỉnh`). Each with the sentence it
/// was found in; a test reads its subject up to the comma.
pub const CLAUSE_VERBS_AFTER_BODY: &[(&str, &str)] = &[
    (
        "báo cáo",
        "Theo đề nghị của Sở Nội vụ tỉnh Quảng Ngãi tại Công văn số 2454/SNV-XDCQ ngày 29/10/2021 về việc báo cáo kết quả thực hiện công tác dân vận của chính quyền năm 2021, Ban Dân tộc báo cáo với nội dung như sau:",
    ),
    (
        "quyết định",
        "Căn cứ Luật Tổ chức chính quyền địa phương, Nghị quyết số 190/2025/QH15 của Quốc hội về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước và tình hình thực tế của địa phương, Ủy ban nhân dân cấp tỉnh quyết định việc phân cấp, ủy quyền",
    ),
];

/// Words that open a subject (after `về`) that points to another title instead of giving one
/// (`Thông tư thay thế Thông tư 04/2021/TT-BXD ngày 30/6/2021 về cùng lĩnh vực`, a page's
/// summary): such a title gives way to one another mention gives (`về hướng dẫn xuất khẩu
/// khoáng sản làm vật liệu xây dựng`). Each with the sentence it was found in.
pub const TITLES_POINTING_BACK: &[(&str, &str)] =
    &[("cùng", "Thông tư thay thế Thông tư 04/2021/TT-BXD ngày 30/6/2021 về cùng lĩnh vực.")];

/// Abbreviations texts write inside a law's name, with the words they stand for and a name
/// written with each (`Luật Thuế GTGT`, `Luật TTTM`): a name is keyed with its abbreviations
/// written out, so that it meets the law's official name and the number given with it.
pub const NAME_ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("TTTM", "Trọng tài thương mại", "Luật TTTM"),
    ("GTGT", "giá trị gia tăng", "Luật Thuế GTGT"),
    ("TNDN", "thu nhập doanh nghiệp", "Luật Thuế TNDN"),
    ("TNCN", "thu nhập cá nhân", "Luật Thuế TNCN"),
    ("TTĐB", "tiêu thụ đặc biệt", "Luật Thuế TTĐB"),
    ("BHXH", "Bảo hiểm xã hội", "Luật BHXH"),
    ("BHYT", "Bảo hiểm y tế", "Luật BHYT"),
    ("BĐS", "bất động sản", "Luật Kinh doanh BĐS"),
    ("QCKT", "quy chuẩn kỹ thuật", "Luật Tiêu chuẩn và QCKT"),
    ("ĐMST", "đổi mới sáng tạo", "Luật Khoa học, công nghệ và ĐMST"),
    ("KHCN&ĐMST", "Khoa học, công nghệ và đổi mới sáng tạo", "Luật KHCN&ĐMST"),
    ("QPPL", "quy phạm pháp luật", "Luật Ban hành văn bản QPPL"),
    ("VBQPPL", "văn bản quy phạm pháp luật", "Luật Ban hành VBQPPL"),
    ("XLVPHC", "Xử lý vi phạm hành chính", "Luật XLVPHC"),
    ("NSNN", "Ngân sách nhà nước", "Luật NSNN"),
    ("QĐNDVN", "Quân đội nhân dân Việt Nam", "Luật Sĩ quan QĐNDVN"),
];

/// `name` with each word that is one of [`NAME_ABBREVIATIONS`] written out, when one is.
pub fn expand_abbreviations(name: &str) -> Option<String> {
    // Most names have no two capitals running: no word of them is looked up.
    let mut prev_upper = false;
    if !name.chars().any(|c| std::mem::replace(&mut prev_upper, c.is_uppercase()) && c.is_uppercase()) {
        return None;
    }
    // A word may end a law listed before another (`Luật Thuế GTGT, Luật Thuế TNDN`).
    let words = |w: &str| {
        let bare = w.trim_end_matches(',');
        NAME_ABBREVIATIONS
            .iter()
            .find(|(a, _, _)| *a == bare)
            .map(|(_, words, _)| format!("{words}{}", &w[bare.len()..]))
    };
    if !name.split(' ').any(|w| words(w).is_some()) {
        return None;
    }
    Some(name.split(' ').map(|w| words(w).unwrap_or_else(|| w.to_string())).collect::<Vec<_>>().join(" "))
}

/// The year from which every administrative symbol puts the type code first (`104/KH-UBND`):
/// the form the Bộ Nội vụ and Văn phòng Chính phủ set for all bodies in 2005 (Thông tư liên
/// tịch 55/2005/TTLT-BNV-VPCP). Before it, a ministry's code often came first (`Quyết định số
/// 165/VH-QĐ` of 1987, `2088/BYT-QĐ` of 1996), and such a symbol is no slip.
pub const TYPE_CODE_FIRST_SINCE: u16 = 2005;

/// The constitutions and the days the National Assembly adopted them. `Hiến pháp` named
/// without its year is the one adopted last on or before the citing document's date: a law
/// of 12 June 2013 that says `Tuân thủ Hiến pháp` means that of 1992, one of 29 November 2013
/// that of 2013, whatever years the corpus happens to write.
pub const CONSTITUTIONS: &[(u16, &str)] =
    &[(1946, "1946-11-09"), (1959, "1959-12-31"), (1980, "1980-12-18"), (1992, "1992-04-15"), (2013, "2013-11-28")];

/// The years of [`CONSTITUTIONS`], for [`edition_years`].
const CONSTITUTION_YEARS: &[u16] = &[1946, 1959, 1980, 1992, 2013];

/// The year of the constitution in force on `date` (`YYYY-MM-DD`), where one was.
pub fn constitution_on(date: &str) -> Option<u16> {
    CONSTITUTIONS.iter().rev().find(|(_, adopted)| *adopted <= date).map(|(year, _)| *year)
}

/// Words that follow a type word as the title every document of that type bears, not as the
/// name of one: every constitution is `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam`
/// (those of 1946 and 1959 `… nước Việt Nam Dân chủ Cộng hòa`); its year says which.
pub const TITLES_OF_KIND: &[(&str, &str)] =
    &[("Hiến pháp", "nước Cộng hòa xã hội chủ nghĩa Việt Nam"), ("Hiến pháp", "nước Việt Nam Dân chủ Cộng hòa")];

/// Whether `name`, in any case and with any marks (`Cộng hoà`), is the title every document
/// of `kind` bears ([`TITLES_OF_KIND`]).
pub fn is_title_of_kind(kind: &str, name: &str) -> bool {
    TITLES_OF_KIND.iter().any(|&(k, title)| k == kind && law_name_key(k, title) == law_name_key(kind, name))
}

/// Official names of codes, laws and ordinances (`law_names.txt`), each with its type word.
const LAW_NAMES: &str = include_str!("law_names.txt");

/// The type words `law_names.txt` opens its names with, longest first.
const LAW_NAME_KINDS: &[&str] = &["Bộ luật", "Pháp lệnh", "Luật"];

/// Whether a law name's key ([`law_name_key`]) is an amending law's (`luat sua doi, bo sung
/// mot so dieu cua …`, `phap lenh sua doi dieu 10 …`).
pub fn is_amending_key(key: &str) -> bool {
    static OPENINGS: LazyLock<Vec<String>> =
        LazyLock::new(|| LAW_NAME_KINDS.iter().map(|kind| law_name_key(kind, "sua doi")).collect());
    OPENINGS.iter().any(|opening| key.starts_with(opening.as_str()))
}

/// Every official name of `law_names.txt` as [`law_name_key`] writes it.
static LAW_NAME_SET: LazyLock<rustc_hash::FxHashSet<String>> =
    LazyLock::new(|| law_name_entries().map(|(kind, name)| law_name_key(kind, name)).collect());

/// Whether two characters are one letter in any case and with any marks (`ố` and `ổ`, `S` and
/// `s`), as law-name keys compare them.
pub fn same_letter(a: char, b: char) -> bool {
    a == b || key_char(a) == key_char(b)
}

/// `kind name` in lower case without marks, line breaks read as spaces (`luat dau tu cong`).
/// In one pass, a character at a time: [`fold`]'s whole-string decomposition cost a named
/// law 3 000 instructions.
pub fn law_name_key(kind: &str, name: &str) -> String {
    let mut key = String::with_capacity(kind.len() + 1 + name.len());
    key.extend(kind.chars().chain(std::iter::once(' ')).chain(name.chars()).map(key_char));
    i_for_final_y(key)
}

/// A syllable's final `y` after a consonant written `i`, as either spelling is: `Luật Sĩ quan`
/// is `Luật Sỹ quan`, `kĩ thuật` is `kỹ thuật`. Not `quy` (a vowel before), nor the word `y`.
fn i_for_final_y(key: String) -> String {
    let b = key.as_bytes();
    let finals: Vec<usize> = memchr::memchr_iter(b'y', b)
        .filter(|&i| {
            i > 0
                && b"bcdghklmnpqrstvx".contains(&b[i - 1])
                && !b.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)
        })
        .collect();
    if finals.is_empty() {
        return key;
    }
    let mut bytes = key.into_bytes();
    for i in finals {
        bytes[i] = b'i';
    }
    String::from_utf8(bytes).expect("an ASCII letter for another")
}

/// A character as law-name keys write it: in lower case, without marks, a line break as a
/// space. One character for one, so that a key's characters stand for the text's (a letter
/// whose lower case is two characters is left as it is).
pub(crate) fn key_char(c: char) -> char {
    if c.is_ascii() {
        return if c == '\n' { ' ' } else { c.to_ascii_lowercase() };
    }
    // The letters Vietnamese is written in, folded once: a fold is two searches of Unicode's
    // tables, and names are folded a letter at a time (2 % of a scan of real text).
    static LATIN: LazyLock<Vec<char>> = LazyLock::new(|| {
        // Both ranges hold no surrogate: every code point is a character.
        (0x80..0x250).chain(0x1E00..0x1F00).filter_map(char::from_u32).map(fold_char).collect()
    });
    match c as u32 {
        u @ 0x80..0x250 => LATIN[(u - 0x80) as usize],
        u @ 0x1E00..0x1F00 => LATIN[(u - 0x1E00) as usize + (0x250 - 0x80)],
        _ => fold_char(c),
    }
}

/// [`key_char`] of a character outside ASCII, worked out.
fn fold_char(c: char) -> char {
    let mut lower = c.to_lowercase();
    let c = lower.next().filter(|_| lower.next().is_none()).unwrap_or(c);
    match c {
        // The Kelvin sign's lower case is `k`.
        c if c.is_ascii() => c,
        'đ' => 'd',
        c => {
            // The first character of a letter's decomposition is its letter without marks.
            let mut base = None;
            unicode_normalization::char::decompose_canonical(c, |d| {
                base.get_or_insert(d);
            });
            base.unwrap_or(c)
        }
    }
}

/// Every start of an official name that ends before one of its spaces or commas, as a key
/// with its kind (`luat đau tu`), with the longer names it opens, as keys without the kind,
/// longest first (`đau tu theo phuong thuc đoi tac cong tu`, `đau tu cong`).
static LAW_NAME_OPENINGS: LazyLock<FxHashMap<String, Vec<String>>> = LazyLock::new(|| {
    let mut openings: FxHashMap<String, Vec<String>> = FxHashMap::default();
    // Each name also as it is written with an abbreviation (`Luật Ban hành văn bản QPPL (2015,
    // sửa đổi 2025)`, where `văn` would end it).
    let abbreviated = law_name_entries().flat_map(|(kind, name)| {
        NAME_ABBREVIATIONS
            .iter()
            .filter(move |(_, words, _)| name.contains(words))
            .map(move |(abbreviation, words, _)| (kind, name.replace(words, abbreviation)))
    });
    for (kind, name) in law_name_entries().map(|(k, n)| (k, n.to_string())).chain(abbreviated) {
        let key = law_name_key(kind, &name);
        let name_at = law_name_key(kind, "").len();
        for (at, _) in key.match_indices([' ', ',', ';']).filter(|&(at, _)| at > name_at) {
            let list = openings.entry(key[..at].to_string()).or_default();
            list.push(key[name_at..].to_string());
        }
    }
    for list in openings.values_mut() {
        list.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        list.dedup();
    }
    openings
});

/// Where a longer official name ends in `text` (what follows the kind's word and its space,
/// the name `read` first), when `read` opens one and the text goes on with it: `Luật Phòng,⏎chống rửa tiền` read as `Phòng`, `Luật Đầu tư theo phương thức đối
/// tác công tư` read as `Đầu tư` before the stop word `theo`. Compared as [`is_law_name`]
/// does; the name must end a word, no letter nor mark after it. One look-up for a name that
/// opens none.
pub fn longer_official_law_name(read: &LawNameKey, text: &str) -> Option<usize> {
    let longer = LAW_NAME_OPENINGS.get(&read.0)?;
    // The text folded as the keys are, as far as the longest may reach, with where each
    // character ends: one character of the text for one of the key, but a run of spaces and
    // line breaks for one space (OCR breaks a name over paragraphs: `Luật Đường⏎⏎bộ`).
    let most = longer.first()?.chars().count();
    let mut folded = String::new();
    let mut ends = Vec::with_capacity(most + 1);
    for (i, c) in text.char_indices() {
        let k = key_char(c);
        if k == ' ' && folded.ends_with(' ') {
            continue;
        }
        if ends.len() > most {
            break;
        }
        folded.push(k);
        ends.push(i + c.len_utf8());
    }
    // As the keys write a final `y`: one ASCII letter for another, the ends stand.
    let folded = i_for_final_y(folded);
    // A mark after the name is still its last letter's (`dân\u{301}`): no word ends there,
    // and a span ending before it would fall inside what normalization composed.
    let ends_a_word = |rest: &str| {
        !rest.starts_with(|c: char| c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
    };
    longer.iter().find_map(|n| {
        if folded.starts_with(n.as_str()) {
            return ends_a_word(&folded[n.len()..]).then(|| ends[n.chars().count() - 1]);
        }
        // A speck OCR read as a stop between two words (`Luật Xử lý vi phạm hành. chính`,
        // `Luật Khoa học, Công,⏎nghệ và Đổi mới sáng tạo`).
        let used = with_specks_aside(&folded, n)?;
        ends_a_word(&folded[folded.char_indices().nth(used).map_or(folded.len(), |(i, _)| i)..]).then(|| ends[used - 1])
    })
}

/// How many characters of `text` spell `name` where a `.` or `,` before a space in `text`
/// stands where `name` has only the space; none where it does not spell it.
fn with_specks_aside(text: &str, name: &str) -> Option<usize> {
    let mut t = text.chars().peekable();
    let mut used = 0;
    for n in name.chars() {
        let mut c = t.next()?;
        used += 1;
        if c != n && matches!(c, '.' | ',') && n == ' ' && t.peek() == Some(&' ') {
            c = t.next()?;
            used += 1;
        }
        if c != n {
            return None;
        }
    }
    Some(used)
}

/// The entries of `law_names.txt`: its kind (`Luật`) and the name after it.
pub fn law_name_entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    law_name_lines().map(|(kind, name, _)| (kind, name))
}

/// One edition of a law as `law_names.txt` lists it: the year it was passed and, where a text
/// of the corpus confirmed it, its number (`2015 91/2015/QH13`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edition {
    pub year: u16,
    pub number: Option<&'static str>,
}

/// A law's editions' years, for [`edition_years`] to lend, and the editions themselves.
type Editions = (Vec<u16>, Vec<Edition>);

/// The editions `law_names.txt` lists of each law, by its official key, oldest first.
static EDITIONS: LazyLock<FxHashMap<String, Editions>> = LazyLock::new(|| {
    law_name_lines()
        .filter(|(_, _, editions)| !editions.is_empty())
        .map(|(kind, name, editions)| {
            let editions: Vec<Edition> = editions.split(", ").map(|e| edition(e, name)).collect();
            (law_name_key(kind, name), (editions.iter().map(|e| e.year).collect(), editions))
        })
        .collect()
});

/// One edition of `law_names.txt` (`2015 91/2015/QH13`, `2002`) of the law `name`; the table is
/// the program's own, so a line it cannot read is a bug, said with the line.
fn edition(text: &'static str, name: &str) -> Edition {
    let (year, number) = text.split_once(' ').map_or((text, None), |(y, n)| (y, Some(n)));
    let year = year.parse().unwrap_or_else(|_| panic!("law_names.txt: {year:?} is no year ({name})"));
    Edition { year, number }
}

/// The years the editions of the law whose official key ([`official_law_key`]) is `key` were
/// passed, oldest first, where `law_names.txt` lists them (or, for `Hiến pháp`,
/// [`CONSTITUTIONS`]); empty otherwise. A law of one edition is listed only with its number.
pub fn edition_years(key: &str) -> &'static [u16] {
    static CONSTITUTION: LazyLock<String> = LazyLock::new(|| law_name_key("Hiến pháp", "").trim_end().to_string());
    if key == CONSTITUTION.as_str() {
        return CONSTITUTION_YEARS;
    }
    EDITIONS.get(key).map_or(&[], |(years, _)| years.as_slice())
}

/// The number `law_names.txt` gives the edition of `year` of the law whose official key is
/// `key` (`73/2006/QH11` for `luat binh dang gioi` of 2006), where it gives one.
pub fn edition_number(key: &str, year: u16) -> Option<&'static str> {
    EDITIONS.get(key)?.1.iter().find(|e| e.year == year)?.number
}

/// An edition `law_names.txt` numbers, found by its number: its law's kind and name, the year
/// it was passed and its number as written there (`42/2024/QH15`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberedLaw {
    pub kind: &'static str,
    pub name: &'static str,
    pub year: u16,
    pub number: &'static str,
}

/// The numbered editions of `law_names.txt` by their number without leading zeros and their
/// legislature's code (`("42", "QH15")`): a legislature numbers its laws, and its Standing
/// Committee its ordinances, through its term, so the two name one act whatever year is
/// written with them.
static NUMBERED_LAWS: LazyLock<FxHashMap<(&'static str, &'static str), NumberedLaw>> = LazyLock::new(|| {
    let mut out = FxHashMap::default();
    for (kind, name, editions) in law_name_lines().filter(|(_, _, editions)| !editions.is_empty()) {
        for e in editions.split(", ").map(|e| edition(e, name)) {
            let Some(number) = e.number else { continue };
            let n = number.split('/').next().unwrap_or(number).trim_start_matches('0');
            out.insert((n, last_code(number)), NumberedLaw { kind, name, year: e.year, number });
        }
    }
    out
});

/// The edition `law_names.txt` gives the number `n` of the legislature whose code ends
/// `symbol` (`42`, `QH15`: Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ of 2024).
pub fn numbered_law(n: &str, symbol: &str) -> Option<NumberedLaw> {
    NUMBERED_LAWS.get(&(n.trim_start_matches('0'), last_code(symbol))).copied()
}

/// Each line of `law_names.txt`: its kind, its name and what follows ` | ` (its editions).
fn law_name_lines() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    LAW_NAMES.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| {
        let (l, editions) = l.split_once(" | ").unwrap_or((l, ""));
        let kind = LAW_NAME_KINDS.iter().find(|k| l.starts_with(*k) && l[k.len()..].starts_with(' '));
        let kind = kind.unwrap_or_else(|| panic!("law_names.txt: no type word opens {l:?}"));
        (*kind, &l[kind.len() + 1..], editions)
    })
}

/// Whether `name` is the official name of a `kind` (`Luật`, `Bộ luật`, `Pháp lệnh`) in any
/// case and but for its marks: OCR misreads tones (`Luật Đầu tư cộng` is `Luật Đầu tư công`,
/// not `Luật Đầu tư` and a word of the sentence).
pub fn is_law_name(kind: &str, name: &str) -> bool {
    official_law_key(kind, name).is_some()
}

/// Whether `kind` is an act of the legislature: a law, a code, an ordinance, the constitution.
pub fn is_legislative_kind(kind: &str) -> bool {
    has_official_names(kind) || kind == "Hiến pháp"
}

/// Whether documents of `kind` have the official names of `law_names.txt` (`Luật`, `Bộ
/// luật`, `Pháp lệnh`).
pub fn has_official_names(kind: &str) -> bool {
    LAW_NAME_KINDS.contains(&kind)
}

/// The official names' key of `kind name` (in lower case, without marks), when it is one:
/// the same law whatever marks OCR gave its name (`Luật Đâu tư công`, `Luật Báo hiểm y tế`).
pub fn official_law_key(kind: &str, name: &str) -> Option<String> {
    official_key(law_name_key(kind, name)).ok()
}

/// The official name's key that a name's `key` ([`law_name_key`]) is, else the key back: a
/// key that is one, or one with a comma left out or read as a space (`Luật Cán bộ công
/// chức`, `Luật Thi đua khen thưởng`, `Luật Phòng chông rửa tiền`) where one official name
/// leaves it.
pub fn official_key(key: String) -> Result<String, String> {
    if LAW_NAME_SET.contains(&key) {
        return Ok(key);
    }
    if let Some(official) = OTHER_WORDINGS_BY_KEY.get(&key) {
        return Ok(official.clone());
    }
    LAW_NAME_WITHOUT_COMMAS.get(&without_commas(&key)).cloned().flatten().ok_or(key)
}

/// Wordings of a law's name other than its official one that texts use (kind, wording,
/// official name): Nghị định 73-CP names the ordinance it details with `… cơ quan lãnh sự
/// nước ngoài …`; a short name no other law has (`Luật Quốc tịch`, in the codified page of
/// Quốc tịch Việt Nam, whose notes cite Luật số 24/2008/QH12).
pub const OTHER_WORDINGS: &[(&str, &str, &str)] = &[
    (
        "Pháp lệnh",
        "về quyền ưu đãi, miễn trừ dành cho cơ quan đại diện ngoại giao, cơ quan lãnh sự nước ngoài và cơ quan đại diện của tổ chức quốc tế tại Việt Nam",
        "về quyền ưu đãi, miễn trừ dành cho cơ quan đại diện ngoại giao, cơ quan lãnh sự và cơ quan đại diện của tổ chức quốc tế tại Việt Nam",
    ),
    ("Luật", "Quốc tịch", "Quốc tịch Việt Nam"),
    ("Luật", "Ngân sách", "Ngân sách nhà nước"),
    ("Luật", "Biển", "Biển Việt Nam"),
    ("Luật", "Biên phòng", "Biên phòng Việt Nam"),
    ("Bộ luật", "Hàng hải", "Hàng hải Việt Nam"),
    // `quy định tại Pháp lệnh hợp nhất văn bản thì …` (recall audit 2186: read to `văn bản`,
    // which ends a name, it stood as a document of its own).
    ("Pháp lệnh", "Hợp nhất", "Hợp nhất văn bản quy phạm pháp luật"),
];

static OTHER_WORDINGS_BY_KEY: LazyLock<FxHashMap<String, String>> = LazyLock::new(|| {
    OTHER_WORDINGS
        .iter()
        .map(|(kind, other, official)| (law_name_key(kind, other), law_name_key(kind, official)))
        .collect()
});

/// The one official name's key a name's key is one letter from (a letter OCR misread, added
/// or dropped: `Luật Đắc đai`, `Luật Tường bộ`, `Luật Thuế giá trị gia lăng`), for names long
/// enough that one letter does not make another law's; none where two are as near.
pub fn misread_official_key(key: &str) -> Option<&'static str> {
    /// Characters of a name, its kind's word left out, below which one letter may make
    /// another law's name.
    const SHORTEST: usize = 7;
    let kind_key = LAW_NAME_KINDS
        .iter()
        .map(|k| law_name_key(k, ""))
        .filter(|prefix| key.starts_with(prefix.as_str()))
        .max_by_key(String::len)?;
    if key.chars().count() < kind_key.chars().count() + SHORTEST {
        return None;
    }
    // A letter one way or the other is at most 4 bytes: no look at a name further off.
    only(LAW_NAME_SET.iter().filter(|official| {
        official.len().abs_diff(key.len()) <= 4 && official.starts_with(&kind_key) && one_edit_apart(key, official)
    }))
    .map(String::as_str)
    .or_else(|| without_a_stray_letter(key))
}

/// The one official name's key that a name's key gives without a word of one letter OCR left
/// in it (`Luật Trật tự, an toàn ị⏎giao thông đường bộ`, a speck read as a letter). Only
/// where the name is no official one as it stands: `Nhà ở`, `y tế` keep their letters.
fn without_a_stray_letter(key: &str) -> Option<&'static str> {
    let lone = key.match_indices(' ').filter_map(|(at, _)| {
        let word = key[at + 1..].split([' ', ',']).next()?;
        (word.chars().count() == 1 && word.chars().all(char::is_alphabetic)).then(|| {
            let mut without = String::with_capacity(key.len());
            without.push_str(&key[..at]);
            without.push_str(&key[at + 1 + word.len()..]);
            without
        })
    });
    // OCR's debris beside the speck goes too (`Luật Báo chí ‡ ì⏎126/2025/QH15`).
    only(lone.filter_map(|k| LAW_NAME_WITHOUT_COMMAS.get(&without_commas(&k))?.as_deref()))
}

/// The one item of `items`, where there is exactly one: none where two are as good.
pub fn only<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// Whether `a` and `b` differ by one character added, dropped or changed.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    one_edit_of(a, b, |_| true)
}

/// Whether `a` and `b` differ by one letter added, dropped or changed, or by a comma or an
/// apostrophe typed or dropped (`sửa đổi, bổ sung, một số điều` for `sửa đổi, bổ sung một số
/// điều`, `sửa 'đổi`, OCR's speck): a digit is no misread letter (`… của 10 Luật` and `… của
/// 11 Luật` are two laws).
pub fn one_letter_or_comma_edit_apart(a: &str, b: &str) -> bool {
    one_edit_of(a, b, |c| c.is_alphabetic() || matches!(c, ',' | '\''))
}

/// Whether `a` and `b` differ by one character added, dropped or changed, each character so
/// edited being `editable`.
fn one_edit_of(a: &str, b: &str, editable: impl Fn(char) -> bool) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let head = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => {
            head < short.len() && short[head + 1..] == long[head + 1..] && editable(short[head]) && editable(long[head])
        }
        1 => short[head..] == long[head + 1..] && editable(long[head]),
        _ => false,
    }
}

/// Records `value` for `key`: the one value every record of the key gave, `None` once two
/// differ.
pub fn one_or_none<K: Eq + std::hash::Hash, V: PartialEq>(map: &mut FxHashMap<K, Option<V>>, key: K, value: V) {
    map.entry(key)
        .and_modify(|known| {
            if known.as_ref() != Some(&value) {
                *known = None
            }
        })
        .or_insert(Some(value));
}

/// Official names' keys by their [`without_commas`] form; `None` where two names share it.
static LAW_NAME_WITHOUT_COMMAS: LazyLock<FxHashMap<String, Option<String>>> = LazyLock::new(|| {
    let mut by_bare: FxHashMap<String, Option<String>> = FxHashMap::default();
    for key in LAW_NAME_SET.iter() {
        one_or_none(&mut by_bare, without_commas(key), key.clone());
    }
    by_bare
});

/// A law name's key with its commas read as spaces, each run of spaces as one, and words of
/// no letter or digit left out (OCR's debris: `Luật Công „ nghệ cao`, `Luật thuế thu ¡ nhập
/// doanh nghiệp`).
fn without_commas(key: &str) -> String {
    key.split([' ', ',']).filter(|w| w.chars().any(char::is_alphanumeric)).collect::<Vec<_>>().join(" ")
}

/// The official spelling of the name of a `kind` read in any case and with any marks
/// (`Giáo đục nghề nghiệp` is `Giáo dục nghề nghiệp`), when it names one law of
/// `law_names.txt`.
pub fn official_spelling(kind: &str, name: &str) -> Option<&'static str> {
    static BY_KEY: LazyLock<rustc_hash::FxHashMap<String, Option<&'static str>>> = LazyLock::new(|| {
        let mut by_key = rustc_hash::FxHashMap::default();
        for (kind, name) in law_name_entries() {
            one_or_none(&mut by_key, law_name_key(kind, name), name);
        }
        by_key
    });
    BY_KEY.get(&law_name_key(kind, name)).copied().flatten()
}

/// Whether `key` is one of the official names' keys [`official_law_key`] gives.
pub fn is_official_key(key: &str) -> bool {
    LAW_NAME_SET.contains(key)
}

/// Whether `name` is written exactly as the official name of a `kind` is in `law_names.txt`,
/// marks and capitals too.
pub fn is_official_spelling(kind: &str, name: &str) -> bool {
    static SPELLINGS: LazyLock<rustc_hash::FxHashSet<(&'static str, &'static str)>> =
        LazyLock::new(|| law_name_entries().collect());
    SPELLINGS.contains(&(kind, name))
}

/// A law's name OCR broke after its start: the official name it is, where one only fits, and
/// how far the text after the start goes on to that name's last word.
#[derive(Debug, PartialEq)]
pub struct BrokenOff {
    /// The official name's key without its kind's word (`trat tu, an toan giao thong duong
    /// bo`); none where several fit.
    pub official: Option<&'static str>,
    /// The bytes of the text after the start, up to the end of the last word.
    pub len: usize,
}

/// Where a law name's key ([`law_name_key`]) is no official name but the start of one, up to
/// one of its spaces or commas, whose last word the text `after` the name goes on with past a
/// speck (`Luật Trật A6 an toàn giao thông đường bộ`, `Luật Đường _⏎bộ`, `… giao thông
/// “ường bộ`): OCR broke the name, whose start names no law. A name cited short (`Pháp lệnh
/// Pháp điển`, `Luật Ban hành văn bản QPPL`) goes on otherwise: none.
pub fn official_name_broken_off(key: &str, after: &str) -> Option<BrokenOff> {
    let longer = LAW_NAME_OPENINGS.get(key)?;
    if official_key(key.to_string()).is_ok() {
        return None;
    }
    let kind_len = LAW_NAME_KINDS.iter().map(|k| law_name_key(k, "")).find(|k| key.starts_with(k.as_str()));
    let read = key.len() - kind_len.map_or(0, |k| k.len());
    let mut fits = longer
        .iter()
        .filter(|name| name.len() > read)
        .filter_map(|name| Some((name.as_str(), goes_on_to_the_end(&name[read..], after)?)));
    let (official, len) = fits.next()?;
    let only = fits.next().is_none();
    Some(BrokenOff { official: only.then_some(official), len })
}

/// Where the text `after` a name's start ends the `rest` of an official name (as a key): up
/// to its last word, the text holds the rest's words in their order, or their ends where OCR
/// lost a letter (`“ường`), and specks (no letters, a digit, one letter), each of which may
/// stand for one word OCR lost (`Trật A6 an toàn`, for `Trật tự, an toàn`); within the
/// sentence: `(… gọi tắt là Pháp lệnh Pháp điển). Luật Pháp điển khác` ends with `luật` past a
/// mark.
fn goes_on_to_the_end(rest: &str, after: &str) -> Option<usize> {
    let words: Vec<&str> = rest.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let limit = after.char_indices().nth(rest.len() + 8).map_or(after.len(), |(i, _)| i);
    let window = &after[..limit];
    let window = &window[..window.find(['.', ';', ')', ':']).unwrap_or(window.len())];
    let (mut next, mut specks) = (0, 0);
    for written in window.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        let key = law_name_key("", written);
        let word = key.trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().count() < 2 || word.chars().any(|c| c.is_ascii_digit()) {
            specks += 1;
            continue;
        }
        let lost = words.get(next..=(next + specks).min(words.len().saturating_sub(1)))?;
        next += lost.iter().position(|w| w.ends_with(word))? + 1;
        specks = 0;
        if next == words.len() {
            // `written` is a slice of `after`: where it stands is where it starts.
            let start = written.as_ptr() as usize - after.as_ptr() as usize;
            return Some(start + written.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
        }
    }
    None
}

/// The official name's key a name's key is where OCR broke the name after its start
/// ([`official_name_broken_off`]: `luat trat a6 an toan giao thong duong bo`, `luat duong _
/// bo`), the whole key read to that name's last word; none where no name or several fit, or
/// where nothing past the start is a speck's (a mark, a digit): a name with words left out
/// (`Luật Quản lý tài sản công`) is a wording of its own, not OCR's.
pub fn broken_off_official_key(key: &str) -> Option<String> {
    let kind = LAW_NAME_KINDS
        .iter()
        .map(|k| law_name_key(k, ""))
        .filter(|k| key.starts_with(k.as_str()))
        .max_by_key(String::len)?;
    let speck = |c: char| !(c.is_alphabetic() || c == ' ' || c == ',');
    // Most names asked have no speck: no opening of theirs is looked up.
    let first_speck = key[kind.len()..].find(speck)? + kind.len();
    key[..first_speck].match_indices(' ').filter(|&(at, _)| at > kind.len()).find_map(|(at, _)| {
        let opening = key[..at].trim_end_matches(',');
        let past = &key[opening.len()..];
        let broken = official_name_broken_off(opening, past)?;
        let official = broken.official?;
        let rest = &past[broken.len..];
        rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty().then(|| format!("{kind}{official}"))
    })
}

/// A name read after a law's kind, folded once as the official names' keys are, for the
/// look-ups of [`longer_official_law_name`] and [`official_law_name_starts`].
pub struct LawNameKey(String, &'static str);

impl LawNameKey {
    pub fn new(kind: &'static str, name: &str) -> Self {
        LawNameKey(law_name_key(kind, name), kind)
    }
}

/// How a name read stands to the official names of its kind, compared as [`is_law_name`]
/// does: `None` when it is one, else which of its spaces or line breaks (counted from 0) end
/// a start of it that is one, the last first.
pub fn official_law_name_starts(read: &LawNameKey) -> Option<Vec<usize>> {
    let LawNameKey(key, kind) = read;
    if LAW_NAME_SET.contains(key) {
        return None;
    }
    // The key's spaces past the kind are the name's breaks, in order: folding and lower
    // case leave spaces where they were.
    let name_from = kind.split(' ').count();
    let mut starts: Vec<usize> = key
        .match_indices(' ')
        .skip(name_from)
        .enumerate()
        .filter(|&(_, (at, _))| LAW_NAME_SET.contains(&key[..at]))
        .map(|(n, _)| n)
        .collect();
    starts.reverse();
    Some(starts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_bodies_are_issuers_of_the_party_s_levels() {
        for code in PARTY_BODY_CODES {
            let body = issuer_for_code(code).unwrap_or_else(|| panic!("{code} is no issuer"));
            assert!(!matches!(body.level, Some(Level::Government | Level::NationalAssembly)), "{code}");
            assert!(
                body.name.contains("Trung ương") || body.name.contains("ủy") || body.name.contains("Đảng"),
                "{code}"
            );
        }
        assert!(are_party_codes("NQ", "TW") && are_party_codes("KH", "TU") && are_party_codes("QĐi", "TW"));
        // A state body's codes, and a type no Party body issues.
        assert!(!are_party_codes("NQ", "CP") && !are_party_codes("KH", "UBND") && !are_party_codes("NĐ", "TW"));
    }

    #[test]
    fn types_one_body_issues_are_that_body_s() {
        for &(code, issuers, example) in super::TYPE_ISSUERS {
            let mut codes = example.rsplit('/').next().unwrap().split('-');
            assert_eq!(codes.next(), Some(code), "{example}");
            let issuer = codes.next().unwrap().trim_end_matches(|c: char| c.is_ascii_digit());
            assert!(
                issuers.contains(&issuer) && issuers.iter().all(|i| super::issuer_for_code(i).is_some()),
                "{example}"
            );
            assert!(super::is_type_code(code));
        }
        assert_eq!(super::issuers_of_type("NĐ"), Some(&["CP", "HĐBT"][..]));
        assert_eq!(super::issuers_of_type("QĐ"), None);
    }

    #[test]
    fn former_names_hold_for_their_years() {
        let cp = super::issuer_for_code("CP").expect("CP");
        assert_eq!(super::name_in(cp, Some(1975)), "Hội đồng Chính phủ");
        assert_eq!(super::name_in(cp, Some(1993)), "Chính phủ");
        assert_eq!(super::name_in(cp, Some(1955)), "Chính phủ");
        assert_eq!(super::name_in(cp, None), "Chính phủ");
        for &(kind, code, ..) in super::ENACTED_BY {
            assert!(super::is_type_name(kind) && super::issuer_for_code(code).is_some(), "{kind} {code}");
        }
        assert_eq!(super::enacted_by("Luật", Some(2024)), Some("Quốc hội"));
        assert_eq!(super::enacted_by("Pháp lệnh", Some(1989)), Some("Hội đồng Nhà nước"));
        assert_eq!(super::enacted_by("Pháp lệnh", Some(2003)), Some("Ủy ban Thường vụ Quốc hội"));
        assert_eq!(super::enacted_by("Pháp lệnh", None), Some("Ủy ban Thường vụ Quốc hội"));
        assert_eq!(super::enacted_by("Nghị định", None), None);
        for &(code, _, from, to) in super::FORMER_NAMES {
            assert!(super::issuer_for_code(code).is_some() && from <= to, "{code}");
        }
    }

    /// The enacting bodies are compared in lower case: each must be written so.
    #[test]
    fn enacting_bodies_are_in_lower_case() {
        for body in ENACTING_BODIES {
            assert_eq!(body.to_lowercase(), *body);
        }
    }

    /// The table of folded letters answers as the fold itself does.
    #[test]
    fn letters_fold_by_table_as_by_unicode() {
        for c in (0x80..0x250).chain(0x1E00..0x1F00).filter_map(char::from_u32) {
            assert_eq!(key_char(c), fold_char(c), "{c:?}");
        }
        assert_eq!(law_name_key("Luật", "Đầu tư CÔNG\nỞ"), "luat dau tu cong o");
    }

    /// Each level by the names a clerk types (UX audit: `--level quan` was refused, though a
    /// quận is a district's peer).
    #[test]
    fn a_level_is_named_in_vietnamese_too() {
        for (name, level) in [
            ("quan", Level::District),
            ("Quận", Level::District),
            ("thị xã", Level::District),
            ("thi_xa", Level::District),
            ("thanh-pho", Level::District),
            ("huyen", Level::District),
            ("district", Level::District),
            ("phường", Level::Commune),
            ("thi-tran", Level::Commune),
            ("tinh", Level::Province),
            ("central-party", Level::CentralParty),
            ("NATIONAL_ASSEMBLY", Level::NationalAssembly),
        ] {
            assert_eq!(Level::named(name), Some(level), "{name}");
        }
        assert_eq!(Level::named("quanh"), None);
        // Every level by its key in graph.json, and no name for two.
        for level in Level::ALL {
            assert_eq!(Level::named(level.key()), Some(level));
            for name in level.names() {
                assert_eq!(Level::named(name), Some(level), "{name}");
            }
        }
    }

    /// The constitutions are in order, each adopted in its year.
    #[test]
    fn constitutions_are_in_order() {
        assert!(CONSTITUTIONS.windows(2).all(|w| w[0].1 < w[1].1));
        let years: Vec<u16> = CONSTITUTIONS.iter().map(|(y, _)| *y).collect();
        assert_eq!(years, CONSTITUTION_YEARS);
        assert!(CONSTITUTIONS.iter().all(|(y, d)| d.starts_with(&y.to_string())));
        assert_eq!(edition_years(law_name_key("Hiến pháp", "").trim_end()), CONSTITUTION_YEARS);
    }

    /// Every law with editions lists them oldest first, in years laws were passed, and is
    /// found by its official key: `Luật Hôn nhân và gia đình` had four. A law of one edition
    /// is listed only for its number.
    #[test]
    fn editions_are_years_in_order() {
        let mut listed = 0;
        for (kind, name) in law_name_entries() {
            let key = law_name_key(kind, name);
            let years = edition_years(&key);
            listed += usize::from(years.len() > 1);
            assert!(years.len() != 1 || edition_number(&key, years[0]).is_some(), "{name}: one edition needs no list");
            assert!(years.windows(2).all(|w| w[0] < w[1]) && years.iter().all(|y| (1945..=2026).contains(y)), "{name}");
        }
        assert!(listed >= 60, "{listed}");
        let key = official_law_key("Luật", "Hôn nhân và gia đình").expect("official");
        assert_eq!(edition_years(&key), [1959, 1986, 2000, 2014]);
        assert_eq!(edition_number(&key, 2000), Some("22/2000/QH10"));
        assert_eq!(edition_number(&key, 2014), None);
    }

    /// Each number the list of laws gives is a law's or an ordinance's number of its edition's
    /// year and of the legislature that sat then (`Luật Bình đẳng giới | 2006 73/2006/QH11`):
    /// a number copied to the wrong law or year would send every citation of that edition there.
    #[test]
    fn edition_numbers_are_of_their_year_and_legislature() {
        let mut numbered = 0;
        for (kind, name) in law_name_entries() {
            let key = law_name_key(kind, name);
            for &year in edition_years(&key) {
                let Some(number) = edition_number(&key, year) else { continue };
                numbered += 1;
                let parts: Vec<&str> = number.split('/').collect();
                let [n, y, symbol] = parts[..] else { panic!("{name}: {number} is no N/YYYY/SYMBOL") };
                assert!(!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()), "{name}: {number}");
                assert_eq!(y, year.to_string(), "{name}: {number} is no number of {year}");
                let (_, from, to) =
                    legislature_of(symbol).unwrap_or_else(|| panic!("{name}: {number}: no legislature"));
                assert!((from..=to).contains(&year), "{name}: {number} is of another legislature");
                let is_law_symbol = symbol.starts_with("QH") || (kind == "Pháp lệnh" && symbol.contains("UBTVQH"));
                assert!(is_law_symbol, "{name}: {number} is no {kind}'s number");
            }
        }
        assert!(numbered >= 100, "{numbered}");
        // No two editions share a number of one legislature.
        assert_eq!(NUMBERED_LAWS.len(), numbered);
        let weapons = numbered_law("042", "QH15").expect("numbered");
        assert_eq!((weapons.kind, weapons.year, weapons.number), ("Luật", 2024, "42/2024/QH15"));
        assert_eq!(numbered_law("42", "PL-UBTVQH15"), None);
        let key = official_law_key("Luật", "Bình đẳng giới").expect("official");
        assert_eq!((edition_years(&key), edition_number(&key, 2006)), (&[2006][..], Some("73/2006/QH11")));
    }

    /// Each abbreviation's example, written out, is an official name; a name without one is
    /// left as it is.
    #[test]
    fn abbreviations_in_law_names_are_written_out() {
        for &(abbreviation, _, example) in NAME_ABBREVIATIONS {
            let (kind, name) = example.split_once(' ').expect("kind and name");
            let full = expand_abbreviations(name).unwrap_or_else(|| panic!("{abbreviation}: {example}"));
            assert!(official_law_key(kind, &full).is_some(), "{abbreviation}: {kind} {full}");
        }
        assert_eq!(expand_abbreviations("Thuế GTGT").as_deref(), Some("Thuế giá trị gia tăng"));
        assert_eq!(
            expand_abbreviations("sửa đổi … của Luật Thuế GTGT, Luật Thuế TNDN và Luật Thuế TTĐB").as_deref(),
            Some(
                "sửa đổi … của Luật Thuế giá trị gia tăng, Luật Thuế thu nhập doanh nghiệp và Luật Thuế tiêu thụ đặc biệt"
            )
        );
        assert_eq!(expand_abbreviations("Đất đai"), None);
        assert_eq!(expand_abbreviations("An ninh mạng ATTT"), None);
    }

    /// Each title a type's every document bears is found again however it is marked, and only
    /// for its type.
    #[test]
    fn titles_of_kinds_are_found() {
        for &(kind, title) in TITLES_OF_KIND {
            assert!(is_title_of_kind(kind, &title.to_uppercase()), "{kind} {title}");
            assert!(!is_title_of_kind("Luật", title), "{title}");
        }
        assert!(is_title_of_kind("Hiến pháp", "nước Cộng hoà xã hội chủ nghĩa Việt Nam"));
        assert!(!is_title_of_kind("Hiến pháp", "năm 2013"));
    }

    /// Every line of `law_names.txt` opens with its type word, once, and is found again in
    /// any case and without its marks; a name is not a law's only because it starts one.
    #[test]
    fn law_names_parse_and_are_found() {
        let entries: Vec<_> = law_name_entries().collect();
        assert!(entries.len() > 200, "{}", entries.len());
        let mut keys = rustc_hash::FxHashSet::default();
        for (kind, name) in &entries {
            assert!(keys.insert(law_name_key(kind, name)), "twice: {kind} {name}");
            assert!(!name.is_empty() && name.trim() == *name, "{kind} {name:?}");
            assert!(is_law_name(kind, name) && is_law_name(kind, &name.to_uppercase()), "{kind} {name}");
        }
        assert!(is_law_name("Luật", "các tổ chức tín dụng"));
        assert!(is_law_name("Luật", "Đầu tư cộng"));
        assert!(is_law_name("Bộ luật", "Tố tụng\nhình sự"));
        assert!(!is_law_name("Luật", "Các tổ chức tín dụng thực"));
        assert!(!is_law_name("Bộ luật", "Đất đai"));
        // A comma left out or read as a space is the same law (shared/corpus/real).
        for name in ["Cán bộ công chức", "Phòng chông rửa tiền", "phòng,chống rửa tiền", "Thi đua  khen thưởng"]
        {
            let official = official_law_key("Luật", name);
            assert!(official.as_deref().is_some_and(is_official_key), "{name}: {official:?}");
        }
        assert_eq!(official_law_key("Luật", "Cán bộ công chức"), official_law_key("Luật", "Cán bộ, công chức"));
        assert!(!is_law_name("Luật", "Cán bộ công"));
        // A letter OCR misread (shared/corpus/real): the one official name a letter away, for
        // names long enough; `Luật Gia` is no misread `Luật Giá`.
        let misread = |kind: &str, name: &str| misread_official_key(&law_name_key(kind, name));
        assert_eq!(misread("Luật", "Đắc đai"), Some("luat dat dai"));
        assert_eq!(misread("Luật", "Tường bộ"), Some("luat duong bo"));
        assert_eq!(misread("Luật", "Thuế giá trị gia lăng"), Some("luat thue gia tri gia tang"));
        assert_eq!(misread("Luật", "Gia"), None);
        assert_eq!(misread("Luật", "Đô thị đặc biệt"), None);
        // Another wording of an official name is that law.
        for (kind, other, official) in OTHER_WORDINGS {
            assert!(is_official_key(&law_name_key(kind, official)), "{kind} {official}");
            assert_eq!(official_law_key(kind, other), Some(law_name_key(kind, official)));
        }
        // A final `y` is an `i` (`Sỹ quan`, in the codified Nghị định 90/2018's source notes).
        assert_eq!(
            official_law_key("Luật", "Sỹ quan Quân đội nhân dân Việt Nam"),
            official_law_key("Luật", "Sĩ quan Quân đội nhân dân Việt Nam")
        );
        assert_ne!(law_name_key("Luật", "Bảo hiểm y tế"), law_name_key("Luật", "Bảo hiểm i tế"));
        // A speck read as a lone letter (Nghị định 238/2026).
        assert_eq!(
            misread("Luật", "Trật tự, an toàn ị\ngiao thông đường bộ"),
            Some("luat trat tu, an toan giao thong duong bo")
        );
        assert_eq!(misread("Luật", "Báo chí ‡ ì"), Some("luat bao chi"));
        // OCR's debris inside a name is no word of it (shared/corpus/real, Nghị định 260/2026).
        assert_eq!(official_law_key("Luật", "Công „ nghệ cao"), official_law_key("Luật", "Công nghệ cao"));
        assert_eq!(
            official_law_key("Luật", "thuế thu ¡ nhập doanh nghiệp").as_deref(),
            Some("luat thue thu nhap doanh nghiep")
        );
    }

    /// From shared/corpus/real (Nghị định 241/2026, inside the title of the decree it amends):
    /// a name a speck broke after its start is the one official name its words after the speck
    /// end, in their order; a name with words left out and no speck is a wording of its own.
    #[test]
    fn a_name_broken_after_its_start_is_the_one_it_ends() {
        let broken = |name: &str| broken_off_official_key(&law_name_key("Luật", name));
        let traffic = Some("luat trat tu, an toan giao thong duong bo".to_string());
        assert_eq!(broken("Trật A6 an toàn giao thông đường bộ"), traffic);
        assert_eq!(broken("Trật tự, an toàn giao thông “ường bộ"), traffic);
        assert_eq!(broken("Đường _\nbộ"), Some("luat duong bo".to_string()));
        // Not a short wording (`Luật Quản lý tài sản công`), nor a name whose last word opens
        // another (`Công nghiệp` of `Công nghiệp quốc phòng, … động viên công nghiệp`).
        assert_eq!(broken("Quản lý tài sản công"), None);
        assert_eq!(broken("Công nghiệp _ công nghiệp"), None);
        // How far the text goes on to the name's last word; a start that is a name of its own
        // (`Luật Đầu tư`) goes on to none.
        let road = official_name_broken_off(&law_name_key("Luật", "Đường"), " _\nbộ và Điều 77");
        assert_eq!(road, Some(BrokenOff { official: Some("duong bo"), len: " _\nbộ".len() }));
        assert_eq!(official_name_broken_off(&law_name_key("Luật", "Đầu tư"), " _ công;"), None);
    }

    /// The recognizer skips the look-up for codes without a `D` (`canonical_code`).
    #[test]
    fn every_code_restored_is_found_by_a_d() {
        assert!(FOLDED_CODES.len() > 10, "{}", FOLDED_CODES.len());
        for (folded, code) in FOLDED_CODES.iter() {
            assert!(folded.contains('D'), "{folded} → {code}");
        }
        assert_eq!(restore_code("ND"), Some("NĐ"));
    }

    #[test]
    fn type_codes_and_names_are_known_by_set() {
        for t in DOC_TYPES {
            assert!(is_type_name(t.name), "{}", t.name);
            for c in t.codes {
                assert!(is_type_code(c), "{c}");
            }
        }
        for not in ["UBND", "kh", "", "KH-UBND"] {
            assert!(!is_type_code(not), "{not}");
        }
        for not in ["kế hoạch", "Kế hoạch ", "Ke hoach", ""] {
            assert!(!is_type_name(not), "{not}");
        }
    }

    #[test]
    fn every_legislature_example_falls_in_its_term() {
        for &(term, from, to, example) in LEGISLATURES {
            let year: u16 = example.split('/').nth(1).and_then(|y| y.parse().ok()).expect("year");
            assert_eq!(legislature_of(example), Some((term, from, to)), "{example}");
            assert!((from..=to).contains(&year), "{example}");
        }
        assert_eq!(legislature_of("PL-UBTVQH11").map(|l| l.0), Some(11));
        assert_eq!(legislature_of("NĐ-CP"), None);
    }
    use crate::recognize::recognize_str;

    #[test]
    fn every_doc_type_example_is_recognized_with_its_kind() {
        for t in DOC_TYPES {
            let found = recognize_str(t.example);
            assert_eq!(found.len(), 1, "example {:?} gave {:?}", t.example, found);
            assert_eq!(found[0].kind, t.name, "example {:?}", t.example);
        }
    }

    #[test]
    fn codes_numbered_with_their_year_are_type_codes_written_without_it() {
        for (code, example) in YEAR_IN_SYMBOL_CODES {
            assert!(is_type_code(code), "{code}");
            let found = recognize_str(example);
            let symbol = found[0].symbol.as_deref().unwrap_or("");
            assert!(year_in_symbol(symbol) && found[0].year().is_some(), "{example}: {found:?}");
            assert!(!example.contains(&format!("/{}/", found[0].year().unwrap_or(0))), "{example}");
        }
        assert!(!year_in_symbol("QĐ-TTg") && !year_in_symbol("KH-UBND"));
    }

    #[test]
    fn every_not_reference_example_is_rejected() {
        for (_, ex) in NOT_REFERENCE_BEFORE {
            assert!(recognize_str(ex).is_empty(), "{ex:?} gave {:?}", recognize_str(ex));
        }
    }

    #[test]
    fn issuer_codes_with_terms_resolve() {
        assert_eq!(issuer_for_code("QH14").unwrap().code, "QH");
        assert_eq!(issuer_for_code("UBTVQH11").unwrap().code, "UBTVQH");
        assert_eq!(issuer_for_code("TTg").unwrap().level, Some(Level::Government));
        assert!(issuer_for_code("UBND").unwrap().level.is_none());
    }

    #[test]
    fn words_and_codes_without_diacritics() {
        assert_eq!(kind_for_word("Nghi quyet"), Some("Nghị quyết"));
        // The short cut holds each word in its three usual cases (what it answers is the long
        // way's answer by construction).
        assert!(TYPE_WORDS_AS_WRITTEN.len() > 2 * DOC_TYPES.len());
        for form in ["Kế hoạch", "KẾ HOẠCH", "kế hoạch", "Nghị quyết", "NGHỊ QUYẾT", "Thông báo"]
        {
            assert!(TYPE_WORDS_AS_WRITTEN.contains_key(form), "{form}");
        }
        assert_eq!(kind_for_word("nghi dinh"), Some("Nghị định"));
        assert_eq!(restore_code("ND"), Some("NĐ"));
        assert_eq!(restore_code("HDND"), Some("HĐND"));
        assert_eq!(restore_code("DA"), None);
    }

    #[test]
    fn type_codes_depend_on_family() {
        assert_eq!(kind_for_code("TT", Family::Party), Some("Thông tri"));
        assert_eq!(kind_for_code("TT", Family::Normative), Some("Thông tư"));
        assert_eq!(kind_for_word("Nghị Quyết"), Some("Nghị quyết"));
        // Codes are looked up in capitals, whatever their length and case.
        for t in DOC_TYPES {
            for code in t.codes {
                for family in [Family::Administrative, Family::Normative, Family::Party] {
                    let want = kind_for_code(&code.to_ascii_uppercase(), family);
                    assert_eq!(kind_for_code(&code.to_ascii_lowercase(), family), want, "{code}");
                }
            }
        }
        assert_eq!(kind_for_code(&"k".repeat(40), Family::Administrative), None);
        assert_eq!(kind_for_code("kh", Family::Administrative), Some("Kế hoạch"));
        assert_eq!(issuer_for_code("QH15").map(|i| i.code), issuer_for_code("QH").map(|i| i.code));
    }
}
