//! The issuer of a text pasted without its letterhead, as its own symbol and its signature
//! block name it: `Số: /TB-UBND` is a people's committee's notice, `KT. TRƯỞNG BAN⏎PHÓ TRƯỞNG
//! BAN` signs for a `Ban`, which the text names (`Ban Dân tộc báo cáo …`); where the document
//! sits ([`crate::places`]) completes the name (`Ủy ban nhân dân tỉnh Bắc Giang`). A
//! provincial report copied from a web page keeps its number line and its signature, seldom
//! its letterhead: without this its issuer was nobody (identity audit 2224: the four issued
//! documents of the sample corpus).

use crate::tables::{self, Level};

/// A head's title a signature block names (`KT. TRƯỞNG BAN`, `TL. CHỦ TỊCH`) and the body it
/// heads: a body's word where the text must say which one (`Ban`, `Sở`).
pub struct SigningHead {
    pub title: &'static str,
    pub body: &'static str,
    /// A signature block with the title, as a text writes it.
    pub example: &'static str,
}

/// The heads of local bodies, in capitals as a signature block writes them.
pub const SIGNING_HEADS: &[SigningHead] = &[
    SigningHead { title: "CHỦ TỊCH", body: "Ủy ban nhân dân", example: "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG" },
    SigningHead { title: "TRƯỞNG BAN", body: "Ban", example: "**KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN**" },
    SigningHead { title: "GIÁM ĐỐC", body: "Sở", example: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" },
];

/// Collective bodies a `TM.` (on behalf of) line names, and their names as Vietnamese writes
/// them: the body is the signer, whoever its head is.
pub const SIGNING_BODIES: &[(&str, &str)] = &[
    ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
    ("UỶ BAN NHÂN DÂN", "Ủy ban nhân dân"),
    ("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"),
    ("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"),
];

/// How a signature's first line says whom the signer signs for: on behalf of a body (`TM.`),
/// in place of its head (`KT.`), by order (`TL.`), by delegation (`TUQ.`), acting (`Q.`).
const SIGNING_MARKS: &[&str] = &["TM.", "KT.", "TL.", "TUQ.", "Q."];

/// Bytes at the end of a text where its signature block is looked for: past the recipients'
/// list, which a provincial notice makes long.
const TAIL_BYTES: usize = 3000;

/// The issuer a text's own `symbol` and signature block name, placed where the document sits
/// (`place`, at `level`); `None` where neither names a body.
pub fn issuer(text: &str, symbol: Option<&str>, place: Option<&str>, level: Option<Level>) -> Option<String> {
    let body = symbol.and_then(body_of_symbol).or_else(|| {
        let signed = signed_for(tail(text))?;
        if signed.contains(' ') { Some(signed.to_string()) } else { named_body(text, signed) }
    })?;
    // Where the header read no level (`Bắc Giang`, both a province and its city), the unit
    // the text calls the place by most says it.
    let Some(place) = place.filter(|_| level.is_none_or(Level::is_local)) else { return Some(body) };
    // A Party committee's name is its unit's (`Tỉnh ủy Quảng Ngãi`); a state body is of its
    // unit (`Ban Dân tộc tỉnh Quảng Ngãi`), a unit the text calls by its word.
    if body.ends_with(" ủy") || body.ends_with(" uỷ") {
        return Some(format!("{body} {place}"));
    }
    Some(match unit_word(text, place) {
        Some(unit) => format!("{body} {unit} {place}"),
        None => body,
    })
}

/// The body a local symbol's codes name after its type (`TB-UBND`: `Ủy ban nhân dân`;
/// `210/BDT-CSDT`: `Ban Dân tộc`), not a central body's.
fn body_of_symbol(symbol: &str) -> Option<String> {
    symbol
        .split(['-', '/'])
        .filter_map(tables::issuer_for_code)
        .find(|i| i.level.is_none_or(Level::is_local))
        .map(|i| i.name.to_string())
}

/// The last [`TAIL_BYTES`] of `text`, from a character's start.
fn tail(text: &str) -> &str {
    let mut from = text.len().saturating_sub(TAIL_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..]
}

/// The body a signature block in `tail` signs for: a collective body's name (`Ủy ban nhân
/// dân`) or a head's body word (`Ban`). The last block wins: a text's own closes it. Its
/// first line is marked (`KT. CHỦ TỊCH`), under a `TM.` line where a body signs (`TM. HỘI ĐỒNG
/// NHÂN DÂN⏎KT. CHỦ TỊCH⏎PHÓ CHỦ TỊCH` is the council's); without a mark, the head's title
/// alone on its line is (`CHỦ TỊCH`: `PHÓ TRƯỞNG BAN` is the signer's own).
fn signed_for(tail: &str) -> Option<&'static str> {
    let lines: Vec<&str> = tail
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#' | '|')))
        .filter(|l| !l.is_empty())
        .collect();
    let head_of = |rest: &str, exact: bool| {
        SIGNING_HEADS.iter().find(|h| if exact { rest == h.title } else { rest.starts_with(h.title) }).map(|h| h.body)
    };
    let Some(last) = lines.iter().rposition(|l| marked(l).is_some()) else {
        return lines.iter().rev().find_map(|l| head_of(l, true));
    };
    let body = lines[last.saturating_sub(1)..=last].iter().filter_map(|l| marked(l)).find_map(|(mark, rest)| {
        (mark == "TM.")
            .then(|| SIGNING_BODIES.iter().find(|(caps, _)| rest.starts_with(caps)).map(|&(_, name)| name))?
    });
    body.or_else(|| head_of(marked(lines[last])?.1, false))
}

/// A signature line's mark and what follows it (`KT. TRƯỞNG BAN`: `KT.`, `TRƯỞNG BAN`).
fn marked(line: &str) -> Option<(&'static str, &str)> {
    SIGNING_MARKS.iter().find_map(|&m| Some((m, line.strip_prefix(m)?.trim_start())))
}

/// The body of the kind `word` (`Ban`, `Sở`) the text names most, by the issuer table's
/// names, where it names it twice as often as any other at least (a report names the bodies
/// it worked with too: `Ban Dân vận Tỉnh ủy`). A body's word alone with its own name
/// (`Ủy ban nhân dân`) is that name.
fn named_body(text: &str, word: &str) -> Option<String> {
    let prefix = format!("{word} ");
    let mut counts: Vec<(usize, &str)> = tables::ISSUERS
        .iter()
        .filter(|i| i.name.starts_with(&prefix) && i.level.is_none_or(Level::is_local))
        .map(|i| (count_words(text, i.name), i.name))
        .filter(|&(n, _)| n > 0)
        .collect();
    counts.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    counts.dedup_by(|a, b| a.1 == b.1);
    let (most, name) = *counts.first()?;
    let next = counts.get(1).map_or(0, |c| c.0);
    (most >= 2 && most >= 2 * next).then(|| name.to_string())
}

/// How often `name` stands in `text` as words of their own (`Ban Dân tộc` in `Ban Dân tộc
/// tỉnh`, not in `Ban Dân tộcc`).
fn count_words(text: &str, name: &str) -> usize {
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes())
        .filter(|&at| {
            let before = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = text[at + name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
        .count()
}

/// The word the text calls `place` by most (`tỉnh` in `trên địa bàn tỉnh Bắc Giang`,
/// `huyện` in `UBND huyện Sơn Tịnh`), of [`crate::places::PLACE_WORDS`]' units.
fn unit_word(text: &str, place: &str) -> Option<&'static str> {
    const UNITS: &[&str] = &["tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "phường", "xã"];
    UNITS
        .iter()
        .map(|&unit| (count_words(text, &format!("{unit} {place}")), unit))
        .filter(|&(n, _)| n > 0)
        .max_by_key(|&(n, _)| n)
        .map(|(_, unit)| unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every head's example signs for its body.
    #[test]
    fn each_heads_example_signs_for_its_body() {
        for head in SIGNING_HEADS {
            assert_eq!(signed_for(head.example), Some(head.body), "{}", head.example);
        }
        for (caps, name) in SIGNING_BODIES {
            assert_eq!(signed_for(&format!("TM. {caps}\nCHỦ TỊCH")), Some(*name));
            assert_eq!(signed_for(&format!("TM. {caps}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")), Some(*name));
        }
    }

    /// From the sample corpus (data/000): a report pasted without its letterhead, signed
    /// `KT. TRƯỞNG BAN⏎PHÓ TRƯỞNG BAN`, that names the Ban Dân tộc far more often than the
    /// Ban Dân vận Tỉnh ủy it reports to.
    #[test]
    fn a_ban_signs_and_the_text_says_which() {
        let text = "BÁO CÁO\nKết quả phối hợp giữa Ban Dân tộc và Ban Dân vận Tỉnh ủy\n\
                    Ban Dân tộc tỉnh đã tham mưu UBND tỉnh Quảng Ngãi. Ban Dân tộc phối hợp. Ban Dân tộc, Ban Dân tộc.\n\
                    Nơi nhận:\n- Ban Dân vận Tỉnh ủy;\n- Lãnh đạo Ban;\n\n**KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN**\n\nĐỗ Minh Hải\n";
        let got = issuer(text, None, Some("Quảng Ngãi"), Some(Level::Province));
        assert_eq!(got.as_deref(), Some("Ban Dân tộc tỉnh Quảng Ngãi"));
        // Named as often as another Ban: no guess.
        let even =
            "Ban Dân tộc và Ban Dân vận Tỉnh ủy; Ban Dân tộc, Ban Dân vận Tỉnh ủy.\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN";
        assert_eq!(issuer(even, None, None, None), None);
    }

    /// From the sample corpus (data/004): `Số: /TB-UBND`, `Bắc Giang, ngày …`: the symbol
    /// names the body, whatever the signature (`TL. CHỦ TỊCH⏎CHÁNH VĂN PHÒNG`).
    #[test]
    fn a_local_symbol_names_the_body() {
        let text = "Số: /TB-UBND\nBắc Giang, ngày tháng 5 năm 2024\nKết luận của Phó Chủ tịch UBND tỉnh Bắc Giang.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n";
        let got = issuer(text, Some("TB-UBND"), Some("Bắc Giang"), Some(Level::Province));
        assert_eq!(got.as_deref(), Some("Ủy ban nhân dân tỉnh Bắc Giang"));
        // A central body's code is the letterhead's business, not this.
        assert_eq!(body_of_symbol("NĐ-CP"), None);
        // A district's committee, called by its unit.
        let district = "UBND huyện Sơn Tịnh triển khai.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n";
        let got = issuer(district, None, Some("Sơn Tịnh"), Some(Level::District));
        assert_eq!(got.as_deref(), Some("Ủy ban nhân dân huyện Sơn Tịnh"));
        // A Party committee's name holds its unit.
        assert_eq!(
            issuer("", Some("KH/TU"), Some("Quảng Ngãi"), Some(Level::Province)).as_deref(),
            Some("Tỉnh ủy Quảng Ngãi")
        );
    }

    /// A text with no signature and no local symbol names no issuer.
    #[test]
    fn nothing_signed_names_nobody() {
        assert_eq!(issuer("Ban Dân tộc báo cáo. Ban Dân tộc.\nNguyễn Văn A", None, None, None), None);
        // The deputy's own title alone is no signature's first line.
        assert_eq!(signed_for("PHÓ TRƯỞNG BAN\nNguyễn Văn A"), None);
    }
}
