//! One document cited under two numbers of one day, one of them a slip of the pen that the
//! sentence itself gives away: `Thông tri số 01-TTr/TU` beside `Thông tri số 01-TT/TU`, both of
//! 09/12/2015 (`TTr` is a Tờ trình's code, `TT` a Thông tri's); `Thông báo số 79-TB/TU … của
//! Văn phòng Tỉnh ủy` beside `79-TB/VPTU … của Văn phòng Tỉnh ủy`, both of 09/11/2022;
//! `Thông tư số 225/2012/TT-BTC ngày 31 tháng 12 năm 2010` beside `225/2010/TT-BTC ngày
//! 31/12/2010`. Two readings of one number, day, kind and place that differ in one part only,
//! where the words around them fit one reading's part and not the other's, are one document:
//! the one that fits. `findings` says each merge, for a reader to check.

use crate::model::{Document, Mention};
use crate::resolve::Key;
use crate::tables::{self, Family};
use rustc_hash::FxHashMap as HashMap;

/// The part of a number one reading has wrong and the other right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The year of a normative number against its day (`225/2012/TT-BTC` of 31/12/2010).
    Year,
    /// The type code against the type word (`Thông tri số 01-TTr/TU`).
    TypeCode,
    /// The body's code against the body the sentence names (`79-TB/TU … của Văn phòng Tỉnh
    /// ủy`, whose code is `VPTU`).
    Body,
}

/// One reading merged into another: the first mention written so and the first written as
/// the document taken.
#[derive(Debug)]
pub struct Slip {
    pub written: usize,
    pub taken: usize,
    /// The id the slip would have had as a document of its own.
    pub written_id: String,
    pub part: Part,
}

/// Mends `keys` (one per mention) where a reading is a slip of another, and says which.
/// A reading whose text the corpus holds is its own document; so is one cited elsewhere with
/// another day, which shows it is a document of its own.
pub(crate) fn merge(corpus: &HashMap<Key, (usize, Document)>, mentions: &[Mention], keys: &mut [Key]) -> Vec<Slip> {
    // Mentions of a numbered document with its full day, by number, family, place and day.
    type Day<'k> = (&'k str, Family, Option<&'k str>, &'k str);
    let mut dated: Vec<(Day, usize)> = keys
        .iter()
        .zip(mentions)
        .enumerate()
        .filter(|(_, (k, _))| k.name.is_none() && k.symbol.is_some())
        .filter(|(_, (k, _))| matches!(k.family, Family::Administrative | Family::Party | Family::Normative))
        .filter_map(|(i, (k, m))| {
            let date = m.date.as_deref().filter(|d| d.len() == 10)?;
            Some(((k.number.as_deref()?, k.family, k.place.as_deref(), date), i))
        })
        .collect();
    dated.sort_unstable();
    let mut slips = Vec::new();
    let mut merged: Vec<(Key, Key)> = Vec::new();
    for group in dated.chunk_by(|a, b| a.0 == b.0) {
        let first = &keys[group[0].1];
        if group.iter().all(|&(_, i)| keys[i] == *first) {
            continue;
        }
        let in_group: Vec<usize> = group.iter().map(|&(_, i)| i).collect();
        for (written, taken, part) in slips_in(mentions, keys, &in_group) {
            let (slip, right) = (&keys[written], &keys[taken]);
            let day = group[0].0.3;
            // Another day for the slip's reading elsewhere: a document of its own.
            let elsewhere = keys
                .iter()
                .zip(mentions)
                .any(|(k, m)| k == slip && m.date.as_deref().is_some_and(|d| d.len() == 10 && d != day));
            if corpus.contains_key(slip) || elsewhere || merged.iter().any(|(s, _)| s == slip) {
                continue;
            }
            slips.push(Slip { written, taken, written_id: slip.id(None), part });
            merged.push((slip.clone(), right.clone()));
        }
    }
    if merged.is_empty() {
        return slips;
    }
    for key in keys.iter_mut() {
        if let Some((_, right)) = merged.iter().find(|(slip, _)| slip == key) {
            *key = right.clone();
        }
    }
    slips
}

/// The slips among the mentions `group` of one number and day: (first mention of the slip,
/// first of the reading taken, the part that differs). All must be of one kind word.
fn slips_in(mentions: &[Mention], keys: &[Key], group: &[usize]) -> Vec<(usize, usize, Part)> {
    let kind = &mentions[group[0]].kind;
    if group.iter().any(|&i| mentions[i].kind != *kind) {
        return Vec::new();
    }
    // The one body the sentences name, where they name one.
    let mut stated = group.iter().filter_map(|&i| mentions[i].issuer.as_deref()).map(body_named);
    let body = match stated.next() {
        Some(first) if stated.all(|b| b == first) => first,
        _ => None,
    };
    // Each reading once, at its first mention.
    let mut readings: Vec<usize> = Vec::new();
    for &i in group {
        if !readings.iter().any(|&r| keys[r] == keys[i]) {
            readings.push(i);
        }
    }
    let date = mentions[group[0]].date.as_deref().unwrap_or("");
    let fits = |k: &Key, part: Part| -> Option<bool> {
        let symbol = k.symbol.as_deref()?;
        let mut codes = tables::symbol_codes(symbol);
        let type_code = codes.next()?;
        match part {
            Part::Year => (k.family == Family::Normative).then(|| k.year == crate::findings::year_of(date)),
            Part::TypeCode => tables::DOC_TYPES
                .iter()
                .any(|t| t.name == kind.as_str())
                .then(|| crate::findings::kind_fits_code(kind, type_code)),
            Part::Body => {
                let named = body?;
                let code = codes.next()?;
                if codes.next().is_some() {
                    return None;
                }
                Some(tables::issuer_for_code(code).is_some_and(|i| i.name == named))
            }
        }
    };
    let mut out = Vec::new();
    for &slip in &readings {
        let taken: Vec<(usize, Part)> = readings
            .iter()
            .filter(|&&r| r != slip)
            .filter_map(|&r| {
                let part = only_difference(&keys[slip], &keys[r])?;
                (fits(&keys[r], part) == Some(true) && fits(&keys[slip], part) == Some(false)).then_some((r, part))
            })
            .collect();
        if let [(r, part)] = taken[..] {
            out.push((slip, r, part));
        }
    }
    out
}

/// The table's name of the body an issuer's words name (`Văn phòng Tỉnh ủy`).
fn body_named(issuer: &str) -> Option<&'static str> {
    crate::bodies::canonical(issuer)
}

/// The one part two readings of one number differ in, if one.
fn only_difference(a: &Key, b: &Key) -> Option<Part> {
    if a.family != b.family || a.place != b.place || a.number != b.number || a.name.is_some() || b.name.is_some() {
        return None;
    }
    let (sa, sb) = (a.symbol.as_deref()?, b.symbol.as_deref()?);
    fn split(s: &str) -> (&str, Vec<&str>) {
        let mut codes = tables::symbol_codes(s);
        (codes.next().unwrap_or(""), codes.collect())
    }
    let ((ta, ba), (tb, bb)) = (split(sa), split(sb));
    match (a.year != b.year, ta != tb, ba != bb) {
        (true, false, false) => Some(Part::Year),
        (false, true, false) => Some(Part::TypeCode),
        (false, false, true) => Some(Part::Body),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(number: &str, symbol: &str, year: u16, family: Family) -> Key {
        Key {
            number: Some(number.into()),
            symbol: Some(symbol.into()),
            year: Some(year),
            name: None,
            family,
            place: None,
            apart: false,
        }
    }

    #[test]
    fn two_readings_differ_in_one_part_or_none() {
        let n = Family::Normative;
        assert_eq!(only_difference(&key("225", "TT-BTC", 2012, n), &key("225", "TT-BTC", 2010, n)), Some(Part::Year));
        let p = Family::Party;
        assert_eq!(only_difference(&key("01", "TTr/TU", 2015, p), &key("01", "TT/TU", 2015, p)), Some(Part::TypeCode));
        assert_eq!(only_difference(&key("79", "TB/TU", 2022, p), &key("79", "TB/VPTU", 2022, p)), Some(Part::Body));
        // Two parts apart is two documents, or a slip nothing here can tell.
        assert_eq!(only_difference(&key("79", "TB/TU", 2022, p), &key("79", "KH/VPTU", 2022, p)), None);
        assert_eq!(only_difference(&key("79", "TB/TU", 2022, p), &key("78", "TB/TU", 2022, p)), None);
    }
}
