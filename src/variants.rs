//! Documents the corpus cites but lacks that are probably one document written two ways, for
//! `dangling` to name under each other (`perhaps the same as: 42/2025/QH15`): the weapons law
//! cited as `42/2024/QH15` in one file and `42/2025/QH15` in another. A view over the graph's
//! documents alone: nothing is merged (graph.json keeps both), a clerk reads the places and
//! mends the slip.
//!
//! Kept conservative, as a wrong hint sends a clerk after a text that exists: of one kind and
//! place, with no two dates or law names that differ, and
//! - numbers equal, years one apart, one National Assembly code (`QH15`): the Assembly numbers
//!   its acts through its term, so a number and term name one act whatever the year; a
//!   Government's or ministry's series starts again each year (`08/2020/NĐ-CP` and
//!   `08/2021/NĐ-CP` are two decrees: on real/ every such pair but the Assembly's was two);
//! - number and year equal, symbols one character apart, one of them a code no table knows or
//!   an Assembly term that did not sit that year (`TT-BCT` and `TT-BYT` are two ministries);
//! - an act of the Assembly of one code and one name under two numbers.

use crate::model::Document;
use crate::tables;
use std::collections::HashMap;

/// For each of `docs`, by index, the indices of the others it is probably the same as, in the
/// order of their ids.
pub fn pairs(docs: &[&Document]) -> Vec<Vec<usize>> {
    // Every rule needs one kind; the first two one number, the third one name.
    let mut by_number: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    let mut by_name: HashMap<(&str, String), Vec<usize>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        if let Some(number) = d.number.as_deref() {
            by_number.entry((&d.kind, number)).or_default().push(i);
        }
        if let Some(name) = name_key(d).filter(|_| assembly_act(d)) {
            by_name.entry((&d.kind, name)).or_default().push(i);
        }
    }
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
    for group in by_number.values().chain(by_name.values()) {
        for (k, &a) in group.iter().enumerate() {
            for &b in group[k + 1..].iter().filter(|&&b| probably_one(docs[a], docs[b])) {
                out[a].push(b);
                out[b].push(a);
            }
        }
    }
    // A pair of one number and one name is found twice.
    for others in &mut out {
        others.sort_by(|&x, &y| docs[x].id.cmp(&docs[y].id));
        others.dedup();
    }
    out
}

/// Whether two documents are probably one, written two ways (see the module's rules).
pub fn probably_one(a: &Document, b: &Document) -> bool {
    a.id != b.id
        && a.kind == b.kind
        && a.place == b.place
        && !differ(a.date.as_deref(), b.date.as_deref())
        && !differ(name_key(a).as_deref(), name_key(b).as_deref())
        && (year_slip(a, b) || code_slip(a, b) || number_slip(a, b))
}

/// Both known, and not the same.
fn differ<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a != b)
}

/// A law's name as its citations may write it: without marks or case (`Luật Đầu thâu`).
fn name_key(d: &Document) -> Option<String> {
    d.name.as_deref().map(|n| tables::fold(n).to_lowercase())
}

/// Whether the National Assembly (or its Standing Committee) numbers it through its term.
fn assembly_act(d: &Document) -> bool {
    d.symbol.as_deref().and_then(tables::legislature_of).is_some()
}

/// `42/2024/QH15` and `42/2025/QH15`.
fn year_slip(a: &Document, b: &Document) -> bool {
    let one_apart = matches!((a.year, b.year), (Some(x), Some(y)) if x.abs_diff(y) == 1);
    a.number.is_some() && a.number == b.number && a.symbol == b.symbol && assembly_act(a) && one_apart
}

/// `42/2024/QH15` and `42/2024/QH14` (QH14 sat until 2021); `15/2020/NĐ-CP` and `15/2020/NĐ-C`.
fn code_slip(a: &Document, b: &Document) -> bool {
    let (Some(x), Some(y)) = (a.symbol.as_deref(), b.symbol.as_deref()) else { return false };
    let misspelt = |symbol: &str| !tables::all_codes_known(symbol) || !term_sat(symbol, a.year);
    a.number.is_some()
        && a.number == b.number
        && a.year.is_some()
        && a.year == b.year
        && one_character_apart(x, y)
        && (misspelt(x) || misspelt(y))
}

/// Whether the Assembly term a symbol names sat in `year`; true of a symbol of no term.
fn term_sat(symbol: &str, year: Option<u16>) -> bool {
    match (tables::legislature_of(symbol), year) {
        (Some((_, from, to)), Some(year)) => (from..=to).contains(&year),
        _ => true,
    }
}

/// `Luật Quản lý thuế 108/2025/QH15` and `Luật Quản lý thuế 180/2025/QH15`.
fn number_slip(a: &Document, b: &Document) -> bool {
    a.symbol == b.symbol
        && assembly_act(a)
        && a.number != b.number
        && name_key(a).is_some()
        && name_key(a) == name_key(b)
}

/// Whether one character put in, left out or changed makes `a` of `b`.
fn one_character_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let same_start = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => same_start < short.len() && short[same_start + 1..] == long[same_start + 1..],
        1 => short[same_start..] == long[same_start + 1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_character_apart_is_one_put_in_left_out_or_changed() {
        assert!(one_character_apart("NĐ-CP", "NĐ-C"));
        assert!(one_character_apart("QH14", "QH15"));
        assert!(one_character_apart("TT-BTC", "TTT-BTC"));
        assert!(!one_character_apart("QH15", "QH15"));
        assert!(!one_character_apart("TT-BTC", "TT-CTB"));
        assert!(!one_character_apart("QH1", "QH155"));
    }
}
