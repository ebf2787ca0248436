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
use rayon::prelude::*;
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
    /// The number, where the day and subject are another number's and the number written is
    /// cited with another day ([`merge_numbers`]).
    Number,
    /// The number, one digit off a number cited with no other day, whose place in its series
    /// fits the day, where the number written is cited more often with another day and
    /// subject ([`merge_misnumbered`]).
    Digit,
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
    fn day_of<'k>((k, m): (&'k Key, &'k Mention)) -> Option<Day<'k>> {
        if k.name.is_some() || k.symbol.is_none() {
            return None;
        }
        if !matches!(k.family, Family::Administrative | Family::Party | Family::Normative) {
            return None;
        }
        Some((k.number.as_deref()?, k.family, k.place.as_deref(), m.full_date()?))
    }
    // Most days have one reading: those are looked for in one pass with a table, and only the
    // mentions of a number, family and place with a day of two readings are sorted (sorting
    // every dated mention took 4 % of a run on generated text).
    let mut first_of_day: HashMap<Day, (usize, bool)> = HashMap::default();
    for (i, day) in keys.iter().zip(mentions).map(day_of).enumerate() {
        let Some(day) = day else { continue };
        let (first, differs) = first_of_day.entry(day).or_insert((i, false));
        // Comparing two keys is most of a mention's cost: not the first mention of a day with
        // itself, nor one of a day known to have two readings already.
        if !*differs && *first != i {
            *differs = !same_reading_of_day(&keys[*first], &keys[i]);
        }
    }
    let asked: rustc_hash::FxHashSet<(&str, Family, Option<&str>)> =
        first_of_day.into_iter().filter(|(_, (_, differs))| *differs).map(|((n, f, p, _), _)| (n, f, p)).collect();
    if asked.is_empty() {
        return Vec::new();
    }
    let mut dated: Vec<(Day, usize)> = keys
        .iter()
        .zip(mentions)
        .map(day_of)
        .enumerate()
        .filter_map(|(i, day)| Some((day?, i)))
        .filter(|((n, f, p, _), _)| asked.contains(&(*n, *f, *p)))
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
            // The slip's other dated mentions are those of its number, family and place,
            // which `dated` holds together: no pass over every mention.
            let (n, family, place) = (group[0].0.0, group[0].0.1, group[0].0.2);
            let from = dated.partition_point(|((dn, df, dp, _), _)| (*dn, *df, *dp) < (n, family, place));
            let to = dated.partition_point(|((dn, df, dp, _), _)| (*dn, *df, *dp) <= (n, family, place));
            let otherwise = dated[from..to].iter().any(|((.., d), i)| *d != day && keys[*i] == *slip);
            if corpus.contains_key(slip) || otherwise || merged.iter().any(|(s, _)| s == slip) {
                continue;
            }
            slips.push(Slip { written, taken, written_id: slip.id(None), part });
            merged.push((slip.clone(), right.clone()));
        }
    }
    if merged.is_empty() {
        return slips;
    }
    // Each key is hashed to be looked up: on both cores.
    let merged: HashMap<Key, Key> = merged.into_iter().collect();
    keys.par_iter_mut().for_each(|key| {
        if let Some(right) = merged.get(key) {
            *key = right.clone();
        }
    });
    slips
}

/// Whether two keys of one [`merge`] day (one number, family and place, no name) are one
/// reading: only the parts the day does not hold are compared (comparing the whole keys was
/// a fifth of the pass's instructions on generated text).
fn same_reading_of_day(a: &Key, b: &Key) -> bool {
    let same = a.symbol == b.symbol && a.year == b.year && a.apart == b.apart;
    debug_assert_eq!(same, a == b, "keys of one day");
    same
}

/// Mentions of a number with the day and subject of another number of the same symbol and
/// year, which the corpus cites so more often, where the number written is cited elsewhere
/// with another day: a misprint of the number (findings audit 2204: `Nghị định số
/// 163/2024/NĐ-CP ngày 26 tháng 12 năm 2024 … quy định chi tiết, hướng dẫn thi hành một số
/// điều của Luật Đường bộ`, seven times in the decree amending 165/2024/NĐ-CP, whose day and
/// subject those are; 163/2024/NĐ-CP is the decree of 24/12/2024 on telecommunications).
/// Only the number's mentions with that day are mended: its others are of its own document.
pub(crate) fn merge_numbers(
    corpus: &HashMap<Key, (usize, Document)>,
    mentions: &[Mention],
    keys: &mut [Key],
) -> Vec<Slip> {
    // Numbered mentions with their full day and a subject, by symbol, year, place and day;
    // then, where one day has two numbers, by subject, in small letters without marks or
    // spaces (OCR's `chỉ tiết` is `chi tiết`): folding every subject cost 1.7 % of a run.
    type Day<'k> = (&'k str, Option<u16>, Option<&'k str>, &'k str);
    let mut dated: Vec<(Day, usize)> = keys
        .iter()
        .zip(mentions)
        .enumerate()
        .filter(|(_, (k, m))| k.name.is_none() && k.number.is_some() && m.subject.is_some())
        .filter(|(_, (k, _))| matches!(k.family, Family::Normative | Family::Administrative))
        .filter_map(|(i, (k, m))| Some(((k.symbol.as_deref()?, k.year, k.place.as_deref(), m.full_date()?), i)))
        .collect();
    dated.par_sort_unstable();
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    for day in dated.chunk_by(|a, b| a.0 == b.0) {
        if day.iter().all(|&(_, i)| keys[i].number == keys[day[0].1].number) {
            continue;
        }
        let mut by_subject: Vec<(String, Vec<usize>)> = Vec::new();
        for &(_, i) in day {
            let subject = mentions[i].subject.as_deref().unwrap_or("");
            let folded: String = tables::law_name_key("", subject).chars().filter(|c| c.is_alphanumeric()).collect();
            // A subject of a few words says too little to tell documents apart.
            if folded.len() < 24 {
                continue;
            }
            match by_subject.iter_mut().find(|(s, _)| *s == folded) {
                Some((_, group)) => group.push(i),
                None => by_subject.push((folded, vec![i])),
            }
        }
        groups.extend(by_subject.into_iter().filter(|(_, g)| g.len() > 1).map(|(_, g)| (day[0].0.3, g)));
    }
    groups.sort_unstable_by_key(|(_, g)| g[0]);
    let mut mended: Vec<(usize, usize)> = Vec::new();
    let mut slips = Vec::new();
    for (day, group) in groups {
        // Each number once, with how many mentions write it so, the most written first.
        let mut numbers: Vec<(&Key, usize, usize)> = Vec::new();
        for &i in &group {
            match numbers.iter_mut().find(|(k, _, _)| *k == &keys[i]) {
                Some((_, n, _)) => *n += 1,
                None => numbers.push((&keys[i], 1, i)),
            }
        }
        if numbers.len() != 2 {
            continue;
        }
        numbers.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        let ((_, most, first_right), (slip, fewer, first_slip)) = (numbers[0], numbers[1]);
        if most > fewer && dated_otherwise(keys, mentions, slip, day) && !corpus.contains_key(slip) {
            slips.push(Slip { written: first_slip, taken: first_right, written_id: slip.id(None), part: Part::Number });
            // Every mention of the number with that day, whatever subject it gives or none:
            // the day is the other number's.
            let on_the_day = |i: &usize| keys[*i] == *slip && mentions[*i].date.as_deref() == Some(day);
            mended.extend((0..keys.len()).filter(on_the_day).map(|i| (i, first_right)));
        }
    }
    for (i, right) in mended {
        keys[i] = keys[right].clone();
    }
    slips
}

/// A normative number's mentions with a day and subject other than those the corpus cites it
/// with more often, where one number of its series (symbol, year and place) one digit off is
/// cited with no other day and no other subject, and that day fits its place in the series
/// (decrees are numbered in the order of their days): a misprint of that number (findings
/// audit 2211: `Nghị định số 123/2024/NĐ-CP ngày 05 tháng 10 năm 2024 … quy định về điều kiện
/// đầu tư và hoạt động trong lĩnh vực giáo dục`, once, in Quyết định 1255/2026/QĐ-TTg; 123/2024
/// is the decree on land sanctions of 04/10/2024, cited so five times, and 125/2024/NĐ-CP,
/// cited undated in the decree on higher education, is the one of 05/10/2024 on investment in
/// education, between 123/2024 of 04/10 and 126/2024 of 08/10). Only the mentions of that day
/// are mended: the number's others are of its own document.
pub(crate) fn merge_misnumbered(
    corpus: &HashMap<Key, (usize, Document)>,
    mentions: &[Mention],
    keys: &mut [Key],
) -> Vec<Slip> {
    let numbered = |k: &Key| {
        k.family == Family::Normative
            && k.name.is_none()
            && k.year.is_some()
            && k.symbol.is_some()
            && k.number.as_deref().is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    // Numbers cited with two full days: few, found in one pass of a table. A numbered key is
    // told from another by its number, symbol, year, place and `apart` (its family is
    // Normative, its name none): only those are hashed and compared (a tenth of the
    // pass's instructions less than the whole key).
    type Numbered<'k> = (&'k str, &'k str, Option<u16>, Option<&'k str>, bool);
    fn parts(k: &Key) -> Numbered<'_> {
        (k.number.as_deref().unwrap_or(""), k.symbol.as_deref().unwrap_or(""), k.year, k.place.as_deref(), k.apart)
    }
    let mut first_day: HashMap<Numbered, (&Key, &str, bool)> = HashMap::default();
    for (k, m) in keys.iter().zip(mentions) {
        if let Some(day) = m.full_date().filter(|_| numbered(k)) {
            let (_, first, two) = first_day.entry(parts(k)).or_insert((k, day, false));
            *two |= *first != day;
        }
    }
    let asked: rustc_hash::FxHashSet<&Key> =
        first_day.into_values().filter(|(_, _, two)| *two).map(|(k, _, _)| k).collect();
    if asked.is_empty() {
        return Vec::new();
    }
    type Series<'k> = (&'k str, Option<u16>, Option<&'k str>);
    fn series(k: &Key) -> Series<'_> {
        (k.symbol.as_deref().unwrap_or(""), k.year, k.place.as_deref())
    }
    let wanted: rustc_hash::FxHashSet<Series> = asked.iter().map(|k| series(k)).collect();
    // Every mention of a number of those series, by number.
    let mut cited: HashMap<&Key, Vec<usize>> = HashMap::default();
    for (i, k) in keys.iter().enumerate() {
        if numbered(k) && wanted.contains(&series(k)) {
            cited.entry(k).or_default().push(i);
        }
    }
    let days_of = |at: &[usize]| {
        let mut days: Vec<(&str, Vec<usize>)> = Vec::new();
        for &i in at {
            let Some(day) = mentions[i].full_date() else { continue };
            match days.iter_mut().find(|(d, _)| *d == day) {
                Some((_, on)) => on.push(i),
                None => days.push((day, vec![i])),
            }
        }
        days
    };
    let subjects = |on: &[usize]| -> Vec<&str> { on.iter().filter_map(|&i| mentions[i].subject.as_deref()).collect() };
    // Each number's day, where most of its mentions give one, or its own text.
    let day_of = |k: &Key| -> Option<&str> {
        if let Some((_, doc)) = corpus.get(k) {
            return doc.date.as_deref().filter(|d| d.len() == 10);
        }
        let days = days_of(cited.get(k)?);
        let most = days.iter().map(|(_, on)| on.len()).max()?;
        let mut top = days.iter().filter(|(_, on)| on.len() == most);
        let (day, _) = top.next()?;
        top.next().is_none().then_some(*day)
    };
    let mut asked: Vec<&Key> = asked.into_iter().collect();
    asked.sort_unstable_by_key(|k| cited[k][0]);
    let mut mended: Vec<(Vec<usize>, Key)> = Vec::new();
    let mut slips = Vec::new();
    for slip in asked {
        let days = days_of(&cited[slip]);
        let Some(right_day) = day_of(slip) else { continue };
        let right_subjects = subjects(&days.iter().find(|(d, _)| *d == right_day).expect("its day").1);
        let most = days.iter().map(|(_, on)| on.len()).max().unwrap_or(0);
        let number = slip.number.as_deref().unwrap_or("");
        for (day, on) in days.iter().filter(|(d, on)| *d != right_day && on.len() < most) {
            let written = subjects(on);
            // The day's mentions give another document's subject, every one of them.
            if written.is_empty()
                || right_subjects.is_empty()
                || !written.iter().all(|w| right_subjects.iter().all(|r| unlike(w, r)))
            {
                continue;
            }
            let one_digit_off = |k: &&&Key| {
                let n = k.number.as_deref().unwrap_or("");
                n.len() == number.len() && n.bytes().zip(number.bytes()).filter(|(a, b)| a != b).count() == 1
            };
            let near: Vec<&&Key> = cited
                .keys()
                .filter(|k| k.family == slip.family && series(k) == series(slip))
                .filter(one_digit_off)
                .collect();
            let fits = |k: &Key| {
                let at = &cited[k];
                let own_day = corpus.get(k).and_then(|(_, d)| d.date.as_deref());
                let its_subjects = subjects(at);
                at.iter().all(|&i| mentions[i].full_date().is_none_or(|d| d == *day))
                    && own_day.is_none_or(|d| d == *day)
                    && its_subjects.iter().all(|s| written.iter().all(|w| !unlike(s, w)))
            };
            // Its place among the series' numbers of a known day (the one written among them,
            // with its own) fits the day: no lower number of a later day, no higher of an
            // earlier one.
            let in_place = |k: &Key| {
                let Ok(n) = k.number.as_deref().unwrap_or("").parse::<u32>() else { return false };
                let beside: Vec<(u32, &str)> = cited
                    .keys()
                    .filter(|o| **o != k && o.family == slip.family && series(o) == series(slip))
                    .filter_map(|o| Some((o.number.as_deref()?.parse().ok()?, day_of(o)?)))
                    .collect();
                !beside.is_empty() && out_of_order(&beside, n, day) == 0
            };
            let mut fitting = near.into_iter().filter(|k| fits(k) && in_place(k));
            let (Some(right), None) = (fitting.next(), fitting.next()) else { continue };
            slips.push(Slip { written: on[0], taken: cited[*right][0], written_id: slip.id(None), part: Part::Digit });
            mended.push((on.clone(), (**right).clone()));
        }
    }
    for (on, right) in mended {
        for i in on {
            keys[i] = right.clone();
        }
    }
    slips
}

/// Whether two subjects say two things: fewer than half the words of the shorter are the
/// other's (`quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục` and `quy định
/// về xử phạt vi phạm hành chính trong lĩnh vực đất đai` share six of fourteen). A subject of
/// fewer than six words says too little.
fn unlike(a: &str, b: &str) -> bool {
    let (a, b) = (tables::law_name_key("", a), tables::law_name_key("", b));
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> =
            s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(String::from).collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    let (a, b) = (words(&a), words(&b));
    let shorter = a.len().min(b.len());
    shorter >= 6 && a.iter().filter(|w| b.binary_search(w).is_ok()).count() * 2 < shorter
}

/// A normative number its file writes wrong beside the same number written right: with a
/// type code its type word does not fit (`Nghị quyết số 254/2025/NĐ-CP`, twice, in a decree
/// that cites `Nghị quyết số 254/2025/QH15` throughout), or with a year its legislature did not
/// sit in (`Nghị quyết số 254/2015/QH15` there). Findings audit 2204: both stood as documents
/// of their own; `kind-mismatch` and `term-mismatch` say what was read. Only the one number
/// of that kind the file writes right; mentions come file by file (`owner`, in order).
pub(crate) fn mend_within_files(owner: &[u32], mentions: &[Mention], keys: &mut [Key]) {
    fn fits(kind: &str, symbol: &str) -> bool {
        let code = tables::symbol_codes(symbol).next().unwrap_or("");
        crate::findings::kind_fits_code(kind, code)
            || (tables::kind_for_code(code, Family::Normative).is_none() && tables::legislature_of(symbol).is_some())
    }
    let in_term = |k: &Key| {
        let (Some(symbol), Some(year)) = (k.symbol.as_deref(), k.year) else { return true };
        tables::legislature_of(symbol).is_none_or(|(_, from, to)| (from..=to).contains(&year))
    };
    // Most codes are the type word's own (`Nghị định` and `NĐ`): only the others are looked
    // up in the table of codes that fit a type.
    let wrong = |k: &Key, m: &Mention| {
        if k.family != Family::Normative || k.name.is_some() || k.number.is_none() {
            return false;
        }
        let Some(symbol) = k.symbol.as_deref() else { return false };
        let code = tables::symbol_codes(symbol).next().unwrap_or("");
        let kind_wrong = match tables::kind_for_code(code, Family::Normative) {
            Some(kind) if kind == m.kind.as_str() => false,
            Some(_) => tables::is_type_name(&m.kind) && !fits(&m.kind, symbol),
            None => false,
        };
        kind_wrong || !in_term(k) || misread_type_code(symbol)
    };
    let asked: Vec<usize> = {
        use rayon::prelude::*;
        let ro: &[Key] = keys;
        (0..ro.len()).into_par_iter().filter(|&i| wrong(&ro[i], &mentions[i])).collect()
    };
    for i in asked {
        let file = owner[i];
        let (from, to) = (owner.partition_point(|&f| f < file), owner.partition_point(|&f| f <= file));
        let k = &keys[i];
        let right = |j: &usize| {
            let o = &keys[*j];
            o.family == Family::Normative
                && o.name.is_none()
                && o.number == k.number
                && o != k
                && !wrong(o, &mentions[*j])
                && mentions[*j].kind == mentions[i].kind
                && o.symbol.as_deref().is_some_and(|s| fits(&mentions[i].kind, s))
                && (o.year == k.year || o.symbol == k.symbol)
        };
        let mut found = (from..to).filter(right);
        if let Some(j) = found.next()
            && found.all(|other| keys[other] == keys[j])
        {
            keys[i] = keys[j].clone();
        }
    }
}

/// How many of a series' dated numbers (`beside`: number, day `YYYY-MM-DD`) a day for
/// `number` puts out of order: a lower number of a later day, or a higher of an earlier one.
pub(crate) fn out_of_order(beside: &[(u32, &str)], number: u32, day: &str) -> usize {
    beside.iter().filter(|&&(n, d)| (n < number && d > day) || (n > number && d < day)).count()
}

/// Of the days `days` given for `number` as often as each other, the one that puts fewer of
/// the series' other dated numbers out of order than every other does, if one: decrees (and
/// every series numbered by symbol and year) are numbered in the order of their days.
pub(crate) fn fitting_day<'d>(beside: &[(u32, &str)], number: u32, days: &[&'d str]) -> Option<&'d str> {
    let others: Vec<(u32, &str)> = beside.iter().copied().filter(|&(n, _)| n != number).collect();
    let mut scored: Vec<(usize, &str)> = days.iter().map(|d| (out_of_order(&others, number, d), *d)).collect();
    scored.sort_by_key(|s| s.0);
    match scored[..] {
        [(best, day), (next, _), ..] if best < next => Some(day),
        _ => None,
    }
}

/// Whether a symbol's type code holds a digit OCR read for a letter or a hyphen (`155/2025/T1-BTC`
/// for `TT-BTC`, `18/2026/NQ1 ICP` for `NQ-CP`, in Nghị quyết 66.22/2026 and Nghị định
/// 237/2026): no type code has one. A legislature's (`QH15`) and an old council's (`HDNN8`)
/// codes do, and they come after the number, never first with a code after them.
fn misread_type_code(symbol: &str) -> bool {
    let code = tables::symbol_codes(symbol).next().unwrap_or("");
    code.bytes().any(|b| b.is_ascii_digit()) && tables::legislature_of(symbol).is_none() && !tables::is_known_code(code)
}

/// Whether a mention of `key` gives it a full day other than `day`: a document of its own
/// that day is not.
fn dated_otherwise(keys: &[Key], mentions: &[Mention], key: &Key, day: &str) -> bool {
    keys.iter().zip(mentions).any(|(k, m)| k == key && m.full_date().is_some_and(|d| d != day))
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
            // Two numbers are no one reading's slip of the other's here: see `merge_numbers`.
            Part::Number | Part::Digit => None,
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

    /// From shared/corpus/real: the decree amending 165/2024/NĐ-CP writes its number 163
    /// seven times with its day and subject; 163/2024/NĐ-CP is the decree on
    /// telecommunications of 24/12/2024, which another file cites.
    #[test]
    fn a_number_with_another_number_s_day_and_subject_is_that_number() {
        let road = "quy định chi tiết, hướng dẫn thi hành một số điều của Luật Đường bộ";
        let graph = crate::resolve::graph_of(&[
            ("a.md", &format!("Căn cứ Nghị định số 165/2024/NĐ-CP ngày 26 tháng 12 năm 2024 của Chính phủ {road};\n")),
            ("b.md", &format!("Sửa đổi Nghị định số 165/2024/NĐ-CP ngày 26/12/2024 của Chính phủ {road}.\n")),
            (
                "c.md",
                &format!(
                    "Điều 1 Nghị định số 163/2024/NĐ-CP ngày 26 tháng 12 năm 2024 của Chính phủ {road}.\n\nKhoản 2 \
                     Nghị định số 163/2024/NĐ-CP ngày 26 tháng 12 năm 2024.\n"
                ),
            ),
            (
                "d.md",
                "Căn cứ Nghị định số 163/2024/NĐ-CP ngày 24 tháng 12 năm 2024 của Chính phủ quy định chi tiết một số \
                 điều và biện pháp thi hành Luật Viễn thông;\n",
            ),
        ]);
        let targets: Vec<(&str, &str)> =
            graph.mentions.iter().filter(|m| m.kind == "Nghị định").map(|m| (&*m.path, &*m.target)).collect();
        let (road, telecom): (Vec<_>, Vec<_>) = targets.iter().partition(|(p, _)| *p != "d.md");
        assert_eq!(road.len(), 4);
        assert!(road.iter().all(|(_, t)| *t == "165/2024/NĐ-CP"), "{targets:?}");
        assert_eq!(telecom, [("d.md", "163/2024/NĐ-CP")]);
        let telecom = graph.documents.iter().find(|d| &*d.id == "163/2024/NĐ-CP").expect("the decree on telecoms");
        assert_eq!((telecom.date.as_deref(), telecom.cited), (Some("2024-12-24"), 1));
        let said: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "probably-same-document").map(|f| &*f.message).collect();
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].starts_with("163/2024/NĐ-CP dated 2024-12-26 about «quy định chi tiết"), "{}", said[0]);
        assert!(said[0].ends_with("a misprint of the number; read as 165/2024/NĐ-CP"), "{}", said[0]);
        assert!(!graph.findings.iter().any(|f| f.kind == "conflicting-dates"), "{:#?}", graph.findings);
    }

    /// Without the other day, two numbers of one day and subject may be two documents: the
    /// Government details one law in several decrees of one day.
    #[test]
    fn two_numbers_of_one_day_and_subject_alone_are_two_documents() {
        let road = "quy định chi tiết, hướng dẫn thi hành một số điều của Luật Đường bộ";
        let graph = crate::resolve::graph_of(&[
            ("a.md", &format!("Căn cứ Nghị định số 165/2024/NĐ-CP ngày 26/12/2024 của Chính phủ {road};\n")),
            ("b.md", &format!("Căn cứ Nghị định số 165/2024/NĐ-CP ngày 26/12/2024 của Chính phủ {road};\n")),
            ("c.md", &format!("Căn cứ Nghị định số 166/2024/NĐ-CP ngày 26/12/2024 của Chính phủ {road};\n")),
        ]);
        let targets: Vec<&str> = graph.mentions.iter().filter(|m| m.kind == "Nghị định").map(|m| &*m.target).collect();
        assert_eq!(targets, ["165/2024/NĐ-CP", "165/2024/NĐ-CP", "166/2024/NĐ-CP"]);
    }

    /// From shared/corpus/real (findings audit 2211): Quyết định 1255/2026/QĐ-TTg cites
    /// `123/2024/NĐ-CP` with the day and subject of 125/2024/NĐ-CP, which the decree on higher
    /// education cites undated; 123/2024 is the decree on land sanctions of 04/10/2024. 120/2024,
    /// one digit off too, would stand before 123/2024 with a later day.
    #[test]
    fn a_number_one_digit_off_a_number_whose_place_fits_the_day_is_that_number() {
        let land = "Sửa đổi, bổ sung một số điều của Nghị định số 123/2024/NĐ-CP ngày 04 tháng 10 năm 2024 của Chính \
                    phủ quy định về xử phạt vi phạm hành chính trong lĩnh vực đất đai\n";
        let education = "* Căn cứ Nghị định số 123/2024/NĐ-CP ngày 05 tháng 10 năm 2024 của Chính phủ quy định về điều \
                         kiện đầu tư và hoạt động trong lĩnh vực giáo dục;\n";
        let repealed = |day: &str| {
            format!(
                "3. Nghị định số 141/2013/NĐ-CP, Nghị định số 99/2019/NĐ-CP, Điều 104 và Điều 105 Nghị định số \
                 125/2024/NĐ-CP{day} hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực (trừ Điều 14).\n"
            )
        };
        let graph = |day: &str| {
            crate::resolve::graph_of(&[
                ("a.md", education),
                ("b.md", &format!("{land}\n{land}")),
                ("c.md", &repealed(day)),
                ("d.md", "Theo Nghị định số 120/2024/NĐ-CP của Chính phủ.\n"),
            ])
        };
        let read = graph("");
        let target = |g: &crate::model::Graph, path: &str| {
            g.mentions
                .iter()
                .find(|m| &*m.path == path && m.number.as_deref() != Some("141"))
                .map(|m| m.target.to_string())
        };
        assert_eq!(target(&read, "a.md").as_deref(), Some("125/2024/NĐ-CP"));
        let decree = read.documents.iter().find(|d| &*d.id == "125/2024/NĐ-CP").expect("the decree on education");
        assert_eq!(decree.date.as_deref(), Some("2024-10-05"));
        assert!(!read.findings.iter().any(|f| f.kind == "conflicting-dates"), "{:#?}", read.findings);
        let said: Vec<&str> =
            read.findings.iter().filter(|f| f.kind == "probably-same-document").map(|f| &*f.message).collect();
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].ends_with("a misprint of the number; read as 125/2024/NĐ-CP"), "{}", said[0]);
        // 125/2024 cited with another day: no number fits, and 123/2024 stays as written.
        let read = graph(" ngày 20/10/2024");
        assert_eq!(target(&read, "a.md").as_deref(), Some("123/2024/NĐ-CP"));
    }

    #[test]
    fn subjects_that_share_fewer_than_half_their_words_are_unlike() {
        let land = "quy định về xử phạt vi phạm hành chính trong lĩnh vực đất đai";
        assert!(unlike("quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục", land));
        assert!(!unlike("quy định xử phạt vi phạm hành chính về đất đai", land));
        assert!(!unlike("về đất đai", land));
        assert_eq!(
            fitting_day(&[(16, "2020-02-03"), (24, "2020-02-24")], 17, &["2020-05-05", "2020-02-05"]),
            Some("2020-02-05")
        );
        assert_eq!(fitting_day(&[], 45, &["2020-02-05", "2020-05-05"]), None);
    }

    /// From shared/corpus/real (Nghị định 50/2026/NĐ-CP on land rent): a number the file
    /// writes right elsewhere, with a code its type word does not fit and with a year out of
    /// its legislature's term, is that number.
    #[test]
    fn a_number_its_file_writes_right_elsewhere_is_that_number() {
        let graph = crate::resolve::graph_of(&[
            (
                "a.md",
                "quy định tại khoản 7 Điều 4 Nghị quyết số 254/2025/QH15.\n\n7. Miễn, giảm tiền sử dụng đất \
                 quy định tại điểm a khoản 3 Điều 10 Nghị quyết số 254/2025/NĐ-CP.\n\ntrước ngày Nghị quyết số\n\
                 254/2015/QH15 có hiệu lực thi hành\n",
            ),
            ("b.md", "Căn cứ Nghị định số 254/2025/NĐ-CP ngày 26/9/2025 của Chính phủ;\n"),
        ]);
        let targets: Vec<(&str, &str)> = graph.mentions.iter().map(|m| (&*m.path, &*m.target)).collect();
        assert_eq!(
            targets,
            [
                ("a.md", "254/2025/QH15"),
                ("a.md", "254/2025/QH15"),
                ("a.md", "254/2025/QH15"),
                ("b.md", "254/2025/NĐ-CP")
            ]
        );
        let said: Vec<&str> = graph.findings.iter().map(|f| &*f.message).collect();
        assert!(
            said.iter().any(|f| f.ends_with("is that of a Nghị định; read as 254/2025/QH15, as the corpus writes it")),
            "{said:?}"
        );
        assert!(
            said.iter().any(|f| f.starts_with("Nghị quyết số 254/2015/QH15: numbered in 2015")
                && f.ends_with("read as 254/2025/QH15, as the corpus writes it")),
            "{said:?}"
        );
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
