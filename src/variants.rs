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
//! - an act of the Assembly of one code and one name under two numbers;
//! - two of one symbol and year, one's number the other's with a digit put in, left out or
//!   changed, that one file writes in one place ([`within_files`]): the amenders of the social
//!   insurance law listed as `73/2025/QH15, 84/2025/QH15, 13/2025/QH15, 142/2025/QH15` in a
//!   decree whose preamble lists `… 84/2025/QH15, … 113/2025/QH15 và … 142/2025/QH15` (Nghị
//!   định 162/2026/NĐ-CP). Numbers a digit apart are mostly two documents (on real/, 372 such
//!   pairs in one file, laws passed side by side): only what the file says of them tells.

use crate::model::{Document, Mention};
use crate::tables;
use std::collections::HashMap;

/// For each of `docs`, by index, the indices of the others it is probably the same as, in the
/// order of their ids; `written_alike` adds the pairs of ids the files show to be one
/// ([`within_files`]).
pub fn pairs(docs: &[&Document], written_alike: &[(&str, &str)]) -> Vec<Vec<usize>> {
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
    if !written_alike.is_empty() {
        let at: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (&*d.id, i)).collect();
        for (x, y) in written_alike {
            if let (Some(&a), Some(&b)) = (at.get(x), at.get(y)) {
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
    a.id != b.id && nothing_tells_apart(a, b) && (year_slip(a, b) || code_slip(a, b) || number_slip(a, b))
}

/// What every rule asks first: one kind and place, and no two dates or law names that differ.
fn nothing_tells_apart(a: &Document, b: &Document) -> bool {
    a.kind == b.kind
        && a.place == b.place
        && !differ(a.date.as_deref(), b.date.as_deref())
        && !differ(name_key(a).as_deref(), name_key(b).as_deref())
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

/// What one file says that shows two of its references, a digit apart, to be one document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign<'m> {
    /// Each stands between the same two other documents on its line, in one place of one list
    /// (`…, Luật số 84/2025/QH15, Luật số 113/2025/QH15 và Luật số 142/2025/QH15;` and `…,
    /// 84/2025/QH15, 13/2025/QH15, 142/2025/QH15.`): the ids of the two.
    Listed { before: &'m str, after: &'m str },
    /// Each is given one day and one title that amends a document (`Nghị định số 39/2014/NĐ-CP
    /// ngày 16 tháng 6 năm 2014 … sửa đổi, bổ sung một số điều của Nghị định số
    /// 69/2008/NĐ-CP`, and 59/2014/NĐ-CP so): a document is amended once on one day. Not a
    /// title that details a law, which several decrees of one day share (267/2025/NĐ-CP and
    /// 268/2025/NĐ-CP, both of 14/10/2025).
    Amending,
}

/// Two references of one file, to documents of one kind, symbol, year and place whose numbers
/// are one digit apart, that the file shows to be one ([`Sign`]): one number is a misprint.
#[derive(Debug)]
pub struct WrittenAlike<'m> {
    /// The documents' kind.
    pub kind: &'m str,
    /// The first place of each in the file, the one cited there less often first (the likelier
    /// misprint), else the first written.
    pub places: [&'m Mention; 2],
    /// How often the file cites each.
    pub times: [usize; 2],
    pub sign: Sign<'m>,
}

/// The pairs of documents (`documents` sorted by id) that one file of `mentions` (grouped by
/// file, in the order of the text) writes in one place under two numbers a digit apart
/// ([`WrittenAlike`]), each once a file, in the order of the text.
pub fn within_files<'m>(documents: &'m [Document], mentions: &'m [Mention]) -> Vec<WrittenAlike<'m>> {
    let mut out = Vec::new();
    // The references in the middle of a list, by their neighbours and then their own target;
    // one vector for every file.
    let mut listed: Vec<(&str, &str, &str, usize)> = Vec::new();
    for file in mentions.chunk_by(|a, b| a.path == b.path) {
        listed.clear();
        for (k, w) in file.windows(3).enumerate() {
            let [before, m, after] = w else { continue };
            let (b, t, a) = (&*before.target, &*m.target, &*after.target);
            if before.line == m.line && m.line == after.line && b != a && t != b && t != a {
                listed.push((b, a, t, k + 1));
            }
        }
        // Only the first place of each document counts: a file that repeats one list a hundred
        // thousand times pairs its few documents once, not each repetition with every other.
        let mut found: Vec<(usize, usize, Sign)> = Vec::new();
        listed.sort_unstable();
        listed.dedup_by(|x, y| (x.0, x.1, x.2) == (y.0, y.1, y.2));
        for group in listed.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
            for (k, &(before, after, _, i)) in group.iter().enumerate() {
                for &(_, _, _, j) in &group[k + 1..] {
                    found.push((i.min(j), i.max(j), Sign::Listed { before, after }));
                }
            }
        }
        found.extend(amending_pairs(file));
        let kind = |i: usize| crate::model::document_by_id(documents, &file[i].target).map(|d| d.kind.as_str());
        found.retain(|&(i, j, _)| {
            file[i].target != file[j].target && digit_apart(documents, &file[i].target, &file[j].target)
        });
        found.sort_by_key(|&(i, j, _)| (i, j));
        let mut told: Vec<(&str, &str)> = Vec::new();
        for (i, j, sign) in found {
            let (x, y) = (&*file[i].target, &*file[j].target);
            let pair = if x < y { (x, y) } else { (y, x) };
            if told.contains(&pair) {
                continue;
            }
            told.push(pair);
            let first = |id: &str| file.iter().find(|m| &*m.target == id).expect("cited in the file");
            let times = |id: &str| file.iter().filter(|m| &*m.target == id).count();
            let (tx, ty) = (times(x), times(y));
            let (places, times) =
                if ty < tx { ([first(y), first(x)], [ty, tx]) } else { ([first(x), first(y)], [tx, ty]) };
            out.push(WrittenAlike { kind: kind(i).unwrap_or_default(), places, times, sign });
        }
    }
    out
}

/// The pairs of places `(i, j)`, `i < j`, in `file` where two documents are given one day and
/// one title that amends a document ([`Sign::Amending`]), the first place of each document
/// under that day and title.
fn amending_pairs<'m>(file: &'m [Mention]) -> Vec<(usize, usize, Sign<'m>)> {
    let mut dated: Vec<(&str, usize, &str)> =
        (0..file.len()).filter_map(|i| Some((file[i].full_date()?, i, amending_title(&file[i])?))).collect();
    dated.sort_unstable();
    let mut out = Vec::new();
    for day in dated.chunk_by(|x, y| x.0 == y.0) {
        // The titles' keys are made only for two documents of one day (a few a corpus).
        if day.iter().all(|&(_, i, _)| file[i].target == file[day[0].1].target) {
            continue;
        }
        let mut keyed: Vec<(String, &str, usize)> =
            day.iter().map(|&(_, i, title)| (title_key(title), &*file[i].target, i)).collect();
        keyed.sort_unstable();
        keyed.dedup_by(|x, y| (&x.0, x.1) == (&y.0, y.1));
        for same in keyed.chunk_by(|x, y| x.0 == y.0) {
            for (k, &(_, _, i)) in same.iter().enumerate() {
                out.extend(same[k + 1..].iter().map(|&(_, _, j)| (i.min(j), i.max(j), Sign::Amending)));
            }
        }
    }
    out
}

/// The title given a reference where it amends a document named by its number.
fn amending_title(m: &Mention) -> Option<&str> {
    let subject = m.subject.as_deref()?;
    ((subject.starts_with("sửa đổi") || subject.starts_with("Sửa đổi")) && subject.contains('/')).then_some(subject)
}

/// A title as two spellings of it compare: without marks or case.
fn title_key(title: &str) -> String {
    tables::law_name_key("", title)
}

/// Whether the documents `x` and `y` are of one kind, symbol, year and place, and one's number
/// the other's with one digit put in, left out or changed.
fn digit_apart(documents: &[Document], x: &str, y: &str) -> bool {
    let doc = |id| crate::model::document_by_id(documents, id);
    let (Some(a), Some(b)) = (doc(x), doc(y)) else { return false };
    let (Some(m), Some(n)) = (a.number.as_deref(), b.number.as_deref()) else { return false };
    let digits = |n: &str| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit());
    nothing_tells_apart(a, b)
        && a.symbol.is_some()
        && a.symbol == b.symbol
        && a.year.is_some()
        && a.year == b.year
        && digits(m)
        && digits(n)
        && m.parse::<u64>().ok() != n.parse::<u64>().ok()
        && one_character_apart(m, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pairs [`within_files`] finds in `files`: the two ids, the likelier misprint first,
    /// and what tells.
    fn written_alike(files: &[(&str, &str)]) -> Vec<(String, String, String)> {
        let graph = crate::resolve::graph_of(files);
        let found = within_files(&graph.documents, &graph.mentions);
        let found = found.iter().map(|w| {
            let sign = match w.sign {
                Sign::Listed { before, after } => format!("{before} {after}"),
                Sign::Amending => "amending".to_string(),
            };
            (w.places[0].target.to_string(), w.places[1].target.to_string(), sign)
        });
        found.collect()
    }

    /// From shared/corpus/real, Nghị định 162/2026/NĐ-CP (lines 32, 78 and 246): the amenders of
    /// the social insurance law, `113/2025/QH15` written `13/2025/QH15` in the summary's list.
    #[test]
    fn a_number_a_digit_off_in_one_place_of_a_list_is_one_document() {
        let t = "- Luật Bảo hiểm xã hội số 41/2024/QH15 được sửa đổi, bổ sung bởi Luật số 73/2025/QH15, Luật số \
                 84/2025/QH15, Luật số 113/2025/QH15 và Luật số 142/2025/QH15;\n\n\
                 *Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 được sửa đổi, bổ sung bởi Luật số 73/2025/QH15, Luật \
                 số 84/2025/QH15, Luật số 113/2025/QH15 và Luật số 142/2025/QH15;*\n\n\
                 - **Luật Bảo hiểm xã hội 2024** (Luật số 41/2024/QH15) - luật gốc về chế độ hưu trí, tử tuất, BHXH \
                 bắt buộc, BHXH tự nguyện; đã được sửa đổi, bổ sung bởi các Luật số 73/2025/QH15, 84/2025/QH15, \
                 13/2025/QH15, 142/2025/QH15.\n";
        let want = ("13/2025/QH15".into(), "113/2025/QH15".into(), "84/2025/QH15 142/2025/QH15".into());
        assert_eq!(written_alike(&[("a.md", t)]), [want]);
        // In two files, nothing tells (a file's list is no other's).
        let (a, b) = t.rsplit_once("\n\n").unwrap();
        assert_eq!(written_alike(&[("a.md", a), ("b.md", b)]), []);
        // `dangling` names each under the other.
        let graph = crate::resolve::graph_of(&[("a.md", t)]);
        let list = crate::query::dangling(&graph);
        let paired = |id: &str| {
            let d = list.iter().find(|d| &*d.document.id == id).expect(id);
            d.perhaps_same_as.iter().map(|v| v.id).collect::<Vec<_>>()
        };
        assert_eq!((paired("13/2025/QH15"), paired("113/2025/QH15")), (vec!["113/2025/QH15"], vec!["13/2025/QH15"]));
        assert!(paired("142/2025/QH15").is_empty());
        // And `check` says so, at the misprint first.
        let f = graph.findings.iter().find(|f| f.kind == "probably-same-document").expect("a finding");
        assert_eq!(
            f.message,
            "Luật 13/2025/QH15 (cited once here) and 113/2025/QH15 (cited 2 times), numbers one digit apart: each \
             stands between 84/2025/QH15 and 142/2025/QH15 in a list of this file; probably one document, one \
             number a misprint; not merged"
        );
        assert_eq!(f.locations.iter().map(|l| l.line).collect::<Vec<_>>(), [5, 1]);
    }

    /// From shared/corpus/real: a basis and an article of Quyết định 1255/2026/QĐ-TTg give
    /// 39/2014/NĐ-CP and 59/2014/NĐ-CP one day and one amendment of one decree; Nghị định
    /// 260/2026/NĐ-CP gives 267/2025/NĐ-CP and 268/2025/NĐ-CP one day and one law they detail,
    /// two decrees. Laws a digit apart in two places of a list (`…, 84/2025/QH15, 85/2025/QH15`
    /// and `…, 85/2025/QH15, 86/2025/QH15`) are two.
    #[test]
    fn one_day_s_amendment_of_one_document_is_one_document() {
        let t = "* Căn cứ Nghị định số 39/2014/NĐ-CP ngày 16 tháng 6 năm 2014 của Chính phủ sửa đổi, bổ sung một số \
                 điều của Nghị định số 69/2008/NĐ-CP ngày 30 tháng 5 năm 2008 của Chính phủ về chính sách;\n\
                 * Căn cứ Nghị định số 24/2022/NĐ-CP ngày 06 tháng 4 năm 2022 của Chính phủ;\n\n\
                 theo quy định của Nghị định số 69/2008/NĐ-CP ngày 30 tháng 5 năm 2008 của Chính phủ về chính sách và \
                 Nghị định số 59/2014/NĐ-CP ngày 16 tháng 6 năm 2014 của Chính phủ sửa đổi, bổ sung một số điều của \
                 Nghị định số 69/2008/NĐ-CP ngày 30 tháng 5 năm 2008 của Chính phủ về chính sách.\n";
        assert_eq!(
            written_alike(&[("a.md", t)]),
            [("39/2014/NĐ-CP".into(), "59/2014/NĐ-CP".into(), "amending".into())]
        );
        let t = "theo quy định tại Nghị định số 268/2025/NĐ-CP ngày 14 tháng 10 năm 2025 của Chính phủ quy định chi \
                 tiết và hướng dẫn một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo.\n\n\
                 theo quy định tại Điều 21 và Điều 23 của Nghị định số 267/2025/NĐ-CP ngày 14 tháng 10 năm 2025 của \
                 Chính phủ quy định chi tiết và hướng dẫn một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo.";
        assert_eq!(written_alike(&[("a.md", t)]), []);
        let t = "bởi Luật số 73/2025/QH15, Luật số 84/2025/QH15, Luật số 85/2025/QH15 và Luật số 142/2025/QH15.\n\
                 bởi Luật số 84/2025/QH15, Luật số 85/2025/QH15, Luật số 86/2025/QH15 và Luật số 142/2025/QH15.";
        assert_eq!(written_alike(&[("a.md", t)]), []);
    }

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
