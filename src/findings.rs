//! Lint checks on references: what a clerk should fix before a document is issued, and
//! what a database builder should know before trusting a link.

use crate::model::{Document, Edge, FileEntry, Finding, Location, Mention, Severity, shown_id};
use crate::scan::canonical_number;
use crate::tables::{self, DOC_TYPES, Family};
use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;

/// Each kind of finding as a Vietnamese reader calls it, for the report's `Phát hiện` (report
/// audit 2193: the kind codes stood in English in a Vietnamese page).
pub const KIND_LABELS: &[(&str, &str)] = &[
    ("impossible-date", "ngày không có thật"),
    ("year-mismatch", "năm của số hiệu khác năm ban hành"),
    ("term-mismatch", "khóa Quốc hội không khớp năm"),
    ("malformed-symbol", "ký hiệu viết sai"),
    ("kind-mismatch", "loại văn bản không khớp ký hiệu"),
    ("conflicting-dates", "một văn bản, nhiều ngày ban hành"),
    ("conflicting-names", "một số hiệu, nhiều tên"),
    ("conflicting-numbers", "một luật, nhiều số hiệu"),
    ("conflicting-years", "một luật, nhiều năm"),
    ("no-such-edition", "không có luật tên ấy ban hành năm ấy"),
    ("wrong-law-year", "số hiệu luật ghi sai năm"),
    ("issuer-mismatch", "cơ quan ban hành không khớp ký hiệu"),
    ("probably-same-document", "có thể là cùng một văn bản"),
    ("conflicting-kinds", "một số hiệu, nhiều loại văn bản"),
    ("cites-later-document", "dẫn văn bản ban hành sau"),
    ("basis-repealed", "căn cứ đã bị thay thế, bãi bỏ"),
    ("implements-repealed", "thực hiện văn bản đã bị thay thế, bãi bỏ"),
    ("cycle", "dẫn chiếu vòng"),
    ("duplicate-document", "văn bản trùng lặp"),
    ("ambiguous-reference", "dẫn chiếu không rõ văn bản nào"),
];

/// The Vietnamese name of a finding's kind ([`KIND_LABELS`]), the kind itself where none.
pub fn kind_label(kind: &str) -> &str {
    KIND_LABELS.iter().find(|(k, _)| *k == kind).map_or(kind, |(_, label)| label)
}

/// A severity as the report names it in Vietnamese.
pub fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "lỗi",
        Severity::Warning => "cảnh báo",
        Severity::Info => "lưu ý",
    }
}

/// Each kind of finding, its severity and what it means; `check` prints these names.
pub const KINDS: &[(&str, Severity, &str)] = &[
    ("impossible-date", Severity::Error, "a date that cannot be (31/02/2023)"),
    (
        "year-mismatch",
        Severity::Error,
        "a normative number whose year disagrees with its date (78/2025/NĐ-CP ngày 01/4/2022)",
    ),
    (
        "term-mismatch",
        Severity::Error,
        "a National Assembly number whose term did not sit that year (126/2025/QH13: the 13th sat 2011–2016)",
    ),
    (
        "malformed-symbol",
        Severity::Warning,
        "codes in the wrong order (104/UBND –KH for 104/KH-UBND), a term damaged by OCR (108/2025/QHI15), a normative symbol without its issuer (64/2025/TT)",
    ),
    ("kind-mismatch", Severity::Warning, "a type word that disagrees with the type code (Thông tri số 01-TTr/TU)"),
    ("conflicting-dates", Severity::Warning, "one number and symbol cited with two different dates"),
    (
        "conflicting-names",
        Severity::Warning,
        "one law's number written with two official names (39/2005/QH11 as Luật Giáo dục and as Luật Quốc phòng)",
    ),
    (
        "conflicting-numbers",
        Severity::Warning,
        "one law's name and year written with two numbers (Bộ luật Dân sự số 91/2015/QH13, số 97/2015/QH13)",
    ),
    (
        "conflicting-years",
        Severity::Warning,
        "one law's name and number cited with two years (Luật Tổ chức Chính phủ 63/2025/QH15, 63/2023/QH15)",
    ),
    (
        "no-such-edition",
        Severity::Warning,
        "a law named with a year in which no law of that name was passed (Luật Báo chí năm 2012: its editions are of 1989, 2016, 2025)",
    ),
    (
        "wrong-law-year",
        Severity::Warning,
        "a law's number and term written with another year than the one its edition was passed in (Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2025/QH15: 42/2024/QH15)",
    ),
    (
        "issuer-mismatch",
        Severity::Warning,
        "a ministry's code that the words name another ministry for (Thông tư số 12/2026/TT-BCA … của Bộ Xây dựng)",
    ),
    (
        "probably-same-document",
        Severity::Warning,
        "one number and date under two symbols (79-TB/VPTU, 79-TB/TU), or two numbers a digit apart one file writes in one place (13/2025/QH15 in a list that elsewhere has 113/2025/QH15)",
    ),
    (
        "conflicting-kinds",
        Severity::Warning,
        "one National Assembly number of a term sharing one series cited as a law and as a resolution (80/2015/QH13), held as one document",
    ),
    ("cites-later-document", Severity::Warning, "a cited document dated after the document citing it"),
    (
        "basis-repealed",
        Severity::Warning,
        "a basis that a document issued before the citing one repeals or replaces (Căn cứ Nghị định số 90/2020/NĐ-CP, which 233/2026/NĐ-CP repeals)",
    ),
    (
        "implements-repealed",
        Severity::Warning,
        "a document carried out that a document issued before the citing one repeals or replaces (Triển khai thực hiện Thông tư số 17/2019/TT-BYT, which a later circular replaces)",
    ),
    ("cycle", Severity::Warning, "documents that, through the chain, derive from themselves"),
    ("duplicate-document", Severity::Warning, "two files hold the same document"),
    ("ambiguous-reference", Severity::Info, "a reference without date that fits several documents"),
];

/// A mention's words as a message shows them: on one line, as `check` prints one finding to a
/// line (`Nghị quyết số⏎254/2015/QH15` is `Nghị quyết số 254/2015/QH15`).
struct OneLine<'a>(&'a str);

impl<'a> OneLine<'a> {
    /// The pieces the words are shown in, one after another: each line's words, trailing
    /// blanks cut, and a space for each break with the blanks around it. Written by `fmt`,
    /// and compared by [`OneLine::strip_from`] without making the string.
    fn pieces(&self) -> impl Iterator<Item = &'a str> {
        let mut rest = Some(self.0);
        let mut space = false;
        std::iter::from_fn(move || {
            if std::mem::take(&mut space) {
                return Some(" ");
            }
            let text = rest?;
            // Most words are on one line: `memchr2` finds none at once, where a search for
            // either character went through the text one character at a time.
            match memchr::memchr2(b'\n', b'\r', text.as_bytes()) {
                Some(at) => {
                    rest = Some(text[at..].trim_start_matches(char::is_whitespace));
                    space = true;
                    Some(text[..at].trim_end_matches([' ', '\t']))
                }
                None => rest.take(),
            }
        })
    }

    /// `message` after these words, where it opens with them as `fmt` writes them; `None`
    /// otherwise. Asked of every finding grouped ([`one_per_problem`]), most made of one line.
    fn strip_from<'m>(&self, message: &'m str) -> Option<&'m str> {
        self.pieces().try_fold(message, |rest, piece| rest.strip_prefix(piece))
    }
}

impl std::fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.pieces().try_for_each(|piece| f.write_str(piece))
    }
}

pub fn severity_of(kind: &str) -> Severity {
    KINDS.iter().find(|(k, _, _)| *k == kind).map_or(Severity::Warning, |(_, s, _)| *s)
}

/// Whether two documents of one number, date and place are probably one, cited under two
/// symbols: of one kind or one body (`79-TB/TU`, `79-TB/VPTU`; `01-TT/TU`, `01-TTr/TU`), or
/// titled alike (`Thông tư số 193/2026/TT-BNV … quy định về quyết toán vốn đầu tư dự án` in a
/// draft, the decree 193/2026/NĐ-CP of that day and title: check audit 2222), and not both in
/// the corpus (each text says whose it is). Two kinds by two bodies are two documents
/// (`22/2016/TT-BYT` and `22/2016/TTLT-BNNPTNT-BTNMT`, both of 30/06/2016).
pub fn akin(a: &Document, b: &Document) -> bool {
    (a.kind == b.kind || shares_a_body(a, b) || titled_alike(a, b)) && !(a.in_corpus && b.in_corpus)
}

/// Whether two documents' titles are the same words, case aside, and enough of them to name
/// one matter (`Quy định về quyết toán vốn đầu tư dự án`), not a generic few (`Về việc`).
fn titled_alike(a: &Document, b: &Document) -> bool {
    const FEWEST_WORDS: usize = 5;
    let (Some(x), Some(y)) = (a.title.as_deref(), b.title.as_deref()) else { return false };
    let words = |t: &str| t.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    let (x, y) = (words(x), words(y));
    x.len() >= FEWEST_WORDS && x == y
}

/// [`akin`] documents of one number, date and place, as `probably-same-document` reports them.
pub fn probably_same(a: &Document, b: &Document) -> bool {
    let number = |d: &Document| d.number.as_deref().map(canonical_number);
    a.id != b.id
        && a.date.is_some()
        && a.date == b.date
        && a.place == b.place
        && number(a).is_some()
        && number(a) == number(b)
        && akin(a, b)
}

/// Whether two documents' symbols name a body in common, their type codes aside: `TU` of
/// `01-TT/TU` and `01-TTr/TU`; none of `TT-BYT` and `TTLT-BNNPTNT-BTNMT`.
fn shares_a_body(a: &Document, b: &Document) -> bool {
    fn bodies(d: &Document) -> impl Iterator<Item = &str> {
        d.symbol.as_deref().unwrap_or("").split(['-', '/']).skip(1)
    }
    bodies(a).any(|code| bodies(b).any(|other| other == code))
}

pub fn location(m: &Mention) -> Location {
    Location { path: m.path.clone(), line: m.line, column: m.column, text: m.text.to_string() }
}

/// `; read as …, as the corpus writes it` where a normative mention's symbol `sym` was taken
/// for another spelling of its document (`resolve::merge_misspelled`,
/// `resolve::complete_cut_symbols`); empty otherwise.
fn read_as(m: &Mention, sym: &str) -> String {
    let (Some(n), Some(y)) = (m.number.as_deref(), m.year) else { return String::new() };
    let written = format!("{}/{y}/{sym}", crate::scan::canonical_number(n));
    if m.family == Family::Normative && m.target.contains('/') && *m.target != written && !m.target.contains(':') {
        format!("; read as {}, as the corpus writes it", shown_id(&m.target))
    } else {
        String::new()
    }
}

/// The document a mention's symbol `sym` was read as where a code of it is none the tables
/// know and its document's is another spelling with as many codes, all known
/// (`resolve::mend_misread_codes`); none otherwise.
fn mended_codes<'m>(m: &'m Mention, sym: &str, facts: &SymbolFacts) -> Option<&'m str> {
    let codes = |s: &str| tables::symbol_codes(s).count();
    if facts.all_codes_known {
        return None;
    }
    let n = crate::scan::canonical_number(m.number.as_deref()?);
    let rest = m.target.strip_prefix(n.as_str())?.strip_prefix('/')?;
    let rest = rest.split(':').next().unwrap_or(rest);
    let read = m.year.and_then(|y| rest.strip_prefix(&format!("{y}/"))).unwrap_or(rest);
    (read != sym && codes(read) == codes(sym) && tables::all_codes_known(read)).then_some(&*m.target)
}

/// Whether `text` holds `parts` one straight after another, as their concatenation would be
/// found in it, without making that string. Asked of every reference, several times: the
/// first byte is looked for with `memchr` and the parts compared there, where `str::contains`
/// would build a searcher at each call.
fn contains_joined(text: &str, parts: &[&str]) -> bool {
    let text = text.as_bytes();
    let Some(&first) = parts.iter().find_map(|p| p.as_bytes().first()) else { return true };
    memchr::memchr_iter(first, text).any(|at| {
        let mut rest = &text[at..];
        parts.iter().all(|p| match rest.strip_prefix(p.as_bytes()) {
            Some(after) => {
                rest = after;
                true
            }
            None => false,
        })
    })
}

/// Whether `text` writes `year` straight before `code` (`05/2011NĐ-CP`). Asked of every
/// normative reference with a year: no string is made for the question, and the code is
/// looked for, then the year before it, not the year's first digit, which a reference's
/// number and dates write again and again (`04/2015/NĐ-CP ngày 20/01/2015`).
fn written_before(text: &str, year: u16, code: &str) -> bool {
    let mut digits = itoa::Buffer::new();
    let year = digits.format(year);
    let Some(&first) = code.as_bytes().first() else { return contains_joined(text, &[year]) };
    let bytes = text.as_bytes();
    memchr::memchr_iter(first, bytes)
        .any(|at| bytes[at..].starts_with(code.as_bytes()) && bytes[..at].ends_with(year.as_bytes()))
}

/// What the text did to a symbol's codes where it wrote them wrong and they were read anyway:
/// run them together (`QĐTTg` for `QĐ-TTg`), split a mixed-case code by a space (`TT g`), or
/// set a dot for a hyphen (`NQ.CP`: `recognize`'s reading of two known codes so joined).
/// Asked of every symbol, most written as read (`as_written`: the text holds `sym`): the
/// spellings are looked for in their parts, and the message made only for one found.
fn miswritten_codes(text: &str, sym: &str, as_written: bool) -> Option<String> {
    if as_written {
        return None;
    }
    if let Some((kind, rest)) = sym.split_once(['-', '/'])
        && contains_joined(text, &[kind, rest])
    {
        return Some(format!("the codes are written `{kind}{rest}`"));
    }
    for at in memchr::memchr_iter(b'-', sym.as_bytes()) {
        let (before, after) = (&sym[..at], &sym[at + 1..]);
        if contains_joined(text, &[before, ".", after]) {
            return Some(format!("a dot stands for the hyphen in `{before}.{after}`"));
        }
    }
    let last = tables::last_code(sym);
    let cut = last.char_indices().last().map(|(i, _)| i).filter(|&i| i > 0)?;
    let (head, tail) = last.split_at(cut);
    contains_joined(text, &[head, " ", tail]).then(|| format!("the codes are written `{head} {tail}`"))
}

/// How a Party document's number was written where the text put it in the state's order,
/// number `/` (or `-`) type `-` body: `29/NQ-TW` in `Nghị quyết số 29/NQ-TW ngày 17/11/2022`
/// (audit 2200), which `recognize` reads as `29-NQ/TW`. `None` for a number written as the
/// Party writes it; the text is squeezed (no spaces, one hyphen for every dash) only where it
/// does not hold the symbol read (`as_written`), a few mentions.
fn party_number_in_state_order(m: &Mention, sym: &str, as_written: bool) -> Option<String> {
    if m.family != Family::Party || as_written {
        return None;
    }
    let (kind, body) = sym.split_once('/')?;
    let n = m.number.as_deref()?;
    let squeezed: String = m
        .text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if crate::normalize::is_dash(c) { '-' } else { c })
        .collect::<String>()
        .to_lowercase();
    ['/', '-']
        .iter()
        .map(|sep| format!("{n}{sep}{kind}-{body}"))
        .find(|written| squeezed.contains(&written.to_lowercase()))
}

/// The file's own date, in its place-and-date line, that cannot be (`Quảng Ngãi, ngày 31
/// tháng 02 năm 2024`): the document is dated nowhere, and what it cites is not checked
/// against its date (UX re-audit 2150: a draft's impossible date went unsaid).
pub fn own_impossible_date(location: Location) -> Finding {
    let words = OneLine(&location.text).to_string();
    finding("impossible-date", format!("{words}: the document's own date is no day that can be"), vec![location])
}

fn finding(kind: &str, message: String, locations: Vec<Location>) -> Finding {
    Finding { kind: kind.to_string(), severity: severity_of(kind), message, locations }
}

/// The well-formed order of an administrative symbol of `year` whose type code does not come
/// first: `UBND-KH` → `KH-UBND`. Before the form was set for all (`tables::TYPE_CODE_FIRST_SINCE`),
/// a ministry's code often came first (`Quyết định số 165/VH-QĐ ngày 18 tháng 8 năm 1987`):
/// such a symbol is as written. Worked out once per symbol ([`SymbolFacts`]).
pub fn reordered_symbol(symbol: &str, year: Option<u16>) -> Option<String> {
    symbol_facts(symbol, |facts| facts.reordered_in(year).map(str::to_string))
}

/// What a symbol shows by itself, whatever document or text writes it: asked of every
/// reference with a symbol, worked out once per symbol and thread ([`symbol_facts`]).
#[derive(Clone)]
struct SymbolFacts {
    /// [`reordered_symbol`], its year aside.
    reordered: Option<String>,
    /// [`unswapped_symbol`].
    unswapped: Option<String>,
    /// [`tables::all_codes_known`].
    all_codes_known: bool,
}

impl SymbolFacts {
    /// [`reordered_symbol`] of the symbol of a document of `year`.
    fn reordered_in(&self, year: Option<u16>) -> Option<&str> {
        if year.is_some_and(|y| y < tables::TYPE_CODE_FIRST_SINCE) {
            return None;
        }
        self.reordered.as_deref()
    }
}

/// `read` of the [`SymbolFacts`] of `symbol`. A corpus has few symbols (`UBND-KGVX` is read
/// code by code, `KGVX`'s swaps made and looked up each time): each is read once per thread.
fn symbol_facts<R>(symbol: &str, read: impl FnOnce(&SymbolFacts) -> R) -> R {
    thread_local! {
        static SEEN: std::cell::RefCell<HashMap<CompactString, SymbolFacts>> = Default::default();
    }
    let facts = || SymbolFacts {
        reordered: reorder(symbol),
        unswapped: unswap(symbol),
        all_codes_known: tables::all_codes_known(symbol),
    };
    SEEN.with_borrow_mut(|seen| crate::memo::remembered(seen, symbol, facts, read))
}

fn reorder(symbol: &str) -> Option<String> {
    // Most symbols open with their type code: answered without splitting them all.
    let first = tables::first_code(symbol);
    if first.len() == symbol.len() || tables::is_type_code(first) {
        return None;
    }
    let codes: Vec<&str> = symbol.split(['-', '/']).collect();
    let t = codes.iter().position(|c| tables::is_type_code(c) && tables::issuer_for_code(c).is_none())?;
    let mut out = vec![codes[t]];
    out.extend(codes.iter().enumerate().filter(|(i, _)| *i != t).map(|(_, c)| *c));
    Some(out.join("-"))
}

/// A symbol with two neighbouring letters of a code swapped, where the code is none and the
/// swap makes it a body's (`KH-UBDN` is `KH-UBND`: UX audit 2190), put right; `None` for
/// any other. Only codes of letters: a digit swapped would be another term or year.
pub fn unswapped_symbol(symbol: &str) -> Option<String> {
    symbol_facts(symbol, |facts| facts.unswapped.clone())
}

/// [`unswapped_symbol`], worked out ([`SymbolFacts`] remembers it).
fn unswap(symbol: &str) -> Option<String> {
    let known = |c: &str| tables::issuer_for_code(c).is_some() || tables::is_type_code(c);
    let mut fixed: Option<String> = None;
    for code in symbol.split(['-', '/']) {
        if known(code) || code.chars().count() < 3 || !code.chars().all(char::is_alphabetic) {
            continue;
        }
        let chars: Vec<char> = code.chars().collect();
        let swaps: Vec<String> = (0..chars.len() - 1)
            .filter(|&i| chars[i] != chars[i + 1])
            .map(|i| {
                let mut c = chars.clone();
                c.swap(i, i + 1);
                c.into_iter().collect::<String>()
            })
            .filter(|c| tables::issuer_for_code(c).is_some())
            .collect();
        let [good] = &swaps[..] else { return None };
        // One code put right per symbol: two damaged codes are no swap.
        if fixed.is_some() {
            return None;
        }
        let at = code.as_ptr() as usize - symbol.as_ptr() as usize;
        fixed = Some(format!("{}{good}{}", &symbol[..at], &symbol[at + code.len()..]));
    }
    fixed
}

/// Does a type word fit a type code? `Quy định` fits `QĐi`, `Thông tri` does not fit `TTr`.
/// Asked of nearly every reference: a set of the pairs, not a scan of the tables' names.
pub(crate) fn kind_fits_code(kind: &str, code: &str) -> bool {
    static FITS: std::sync::LazyLock<rustc_hash::FxHashSet<(&'static str, &'static str)>> =
        std::sync::LazyLock::new(|| {
            let types = DOC_TYPES.iter().flat_map(|t| t.codes.iter().map(|&c| (t.name, c)));
            types.chain(tables::KIND_ALSO_FITS.iter().map(|&(k, c, _)| (k, c))).collect()
        });
    FITS.contains(&(kind, code))
}

pub(crate) fn year_of(iso: &str) -> Option<u16> {
    iso.get(..4)?.parse().ok()
}

/// Findings in text order: by the place of their first location, then kind.
pub fn sort(findings: &mut [Finding]) {
    // Stable, as `sort_by` is; in parallel: a large corpus has hundreds of thousands.
    use rayon::slice::ParallelSliceMut;
    findings.par_sort_by(|a, b| {
        let ka = a.locations.first().map(|l| (&l.path, l.line, l.column));
        let kb = b.locations.first().map(|l| (&l.path, l.line, l.column));
        ka.cmp(&kb).then(a.kind.cmp(&b.kind))
    });
}

/// Whether a badly written symbol was merged with the document written `n/good`, and the
/// places to show: the bad spelling and, where merged, the first place written right.
fn merged_spelling(
    m: &Mention,
    n: &str,
    good: &str,
    first_spelling: &HashMap<(&str, &str), &Mention>,
) -> (bool, Vec<Location>) {
    let merged = m.target.starts_with(&format!("{n}/{good}"));
    let mut locations = vec![location(m)];
    if merged && let Some(right) = first_spelling.get(&(&*m.target, good)) {
        locations.push(location(right));
    }
    (merged, locations)
}

/// What to say of a law named without its number, with a year written, where `law_names.txt`
/// lists its editions and none was passed that year (audit 2217: `Luật Giáo dục năm 2018`,
/// `Luật Giá năm 2022` in a draft passed in silence, each a record of its own; `Căn cứ Luật Báo
/// chí ngày 12 tháng 6 năm 2012` in shared/corpus/real). A year the table does not know of a
/// law whose editions it does not list says nothing. `editions`: those of the law its record
/// names ([`unpassed_laws`]), whose year is none of them; said where the citation writes it.
fn no_such_edition(m: &Mention, editions: &[u16]) -> Option<String> {
    let year = m.year.filter(|y| !editions.contains(y))?;
    let mut digits = itoa::Buffer::new();
    if !m.text.contains(digits.format(year)) {
        return None;
    }
    let list: Vec<String> = editions.iter().map(u16::to_string).collect();
    Some(format!(
        "{}: no {} {} was passed in {year}; its editions are of {}",
        OneLine(&m.text),
        m.kind,
        m.name.as_deref().unwrap_or(""),
        list.join(", ")
    ))
}

/// What to say of a law's or ordinance's number written with another year than the one
/// `law_names.txt` gives the edition of that number and term (audit 2232: `Luật Quản lý, sử
/// dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2025/QH15`, law 42 of the 15th term being
/// of 2024): a legislature numbers its laws through its term, so the number and term say which
/// law, and where the words name that law the year is the slip; where they name none, the
/// number may be (`Luật số 27/2025/QH15` among a customs law's amenders: law 27 is Luật Nhà
/// ở). Not where the words name another law (the number is then the likelier slip), nor a year
/// the term did not sit in (`term-mismatch`), nor a citation read as the law of the right year
/// (`conflicting-years` told of it).
fn wrong_law_year(m: &Mention) -> Option<String> {
    let (n, sym, year) = (m.number.as_deref()?, m.symbol.as_deref()?, m.year?);
    if m.family != Family::Normative || !tables::has_official_names(&m.kind) {
        return None;
    }
    let (term, from, to) = tables::legislature_of(sym)?;
    let law = tables::numbered_law(n, sym).filter(|l| l.year != year && (from..=to).contains(&year))?;
    let ordinance = law.kind == "Pháp lệnh";
    let mut digits = itoa::Buffer::new();
    if ordinance != (m.kind == "Pháp lệnh") || m.target.split('/').nth(1) != Some(digits.format(year)) {
        return None;
    }
    // Where the words name the law, the year is the slip; where they do not, the number may be.
    let slip = match m.name.as_deref() {
        Some(name) if tables::official_law_key(&m.kind, name) != Some(tables::law_name_key(law.kind, law.name)) => {
            return None;
        }
        Some(_) => format!("the year is a slip for {}", law.number),
        None => format!("{}, or the number is a slip", law.number),
    };
    let (act, body) = if ordinance { ("ordinance", "Standing Committee") } else { ("law", "National Assembly") };
    Some(format!(
        "{}: {act} {} of the {term}th {body} is {} {}, passed in {}: {slip}",
        OneLine(&m.text),
        n.trim_start_matches('0'),
        law.kind,
        law.name,
        law.year,
    ))
}

/// What to say of a symbol whose codes are written without the mark of their `Đ` (`ND-CP`,
/// `QD-TTg`) or in the wrong case (`QĐ-TTG`, `nd-cp`) where its words are written with theirs
/// (audit 2217: `Nghị định số 233/2026/ND-CP` in a draft was read as 233/2026/NĐ-CP in
/// silence). A text written without any marks (`Nghi dinh so 35/2019/ND-CP`), or in capitals,
/// writes its codes so throughout: nothing to mend there. `as_written`: the text holds the
/// symbol as read.
fn written_without_marks(m: &Mention, as_written: bool) -> Option<String> {
    let sym = m.symbol.as_deref()?;
    let (text, code) = (m.text.as_bytes(), sym.as_bytes());
    // Asked of every citation: found as it is written (the most), or with no `D` where its `Đ`
    // should be and no small letter of a code to write in capitals, there is nothing to look
    // for.
    if as_written {
        return None;
    }
    let unmarked_may_be = code.windows(2).any(|c| c == "Đ".as_bytes()) && memchr::memchr2(b'D', b'd', text).is_some();
    if !(unmarked_may_be || sym.bytes().any(|b| b.is_ascii_lowercase())) {
        return None;
    }
    let fold = |c: char| if matches!(c, 'Đ' | 'đ') { 'D' } else { c.to_ascii_uppercase() };
    // Where the text's characters fold to the symbol's, one by one, from `i`.
    let written_at = |i: usize| {
        let mut chars = m.text[i..].char_indices();
        for s in sym.chars() {
            let (_, c) = chars.next()?;
            if fold(c) != fold(s) {
                return None;
            }
        }
        Some(&m.text[i..chars.next().map_or(m.text.len(), |(j, _)| i + j)])
    };
    // The generator's variants (`NĐ - CP`) are asked of every mention: where the symbol opens
    // with an ASCII character other than `D`, only its two cases fold to it, and `memchr` finds
    // them; a `D`, which `Đ` and `đ` fold to too, is looked for character by character.
    let written = match sym.chars().next().map(fold)? {
        first if first.is_ascii() && first != 'D' => {
            let (upper, lower) = (first as u8, first.to_ascii_lowercase() as u8);
            memchr::memchr2_iter(upper, lower, m.text.as_bytes()).find_map(written_at)
        }
        _ => m.text.char_indices().find_map(|(i, _)| written_at(i)),
    }?;
    let rest = m.text.replacen(written, "", 1);
    let unmarked = written.contains(['D', 'd']) && sym.contains('Đ') && !written.contains(['Đ', 'đ']);
    let wrong_case = written.chars().zip(sym.chars()).any(|(w, s)| w != s && w.to_uppercase().eq(s.to_uppercase()));
    let told = (unmarked && !rest.is_ascii()) || (wrong_case && rest.contains(char::is_lowercase));
    told.then(|| {
        let how = match (unmarked, wrong_case) {
            (true, true) => "without the mark of its Đ and in the wrong case",
            (true, false) => "without the mark of its Đ",
            _ => "in the wrong case",
        };
        format!("{}: {written} is {sym} written {how}", OneLine(&m.text))
    })
}

/// What to say of a number a stray space splits (`Nghị định số 2 06/2026/NĐ-CP`, check audit
/// 2222: read as 206 in silence). Where the text wrote it so is the clerk's to mend, as OCR's
/// splits in a scanned text are the reader's to know of.
fn split_number(m: &Mention) -> Option<String> {
    let n = m.number.as_deref()?;
    if !n.contains(char::is_whitespace) {
        return None;
    }
    Some(format!("{}: the number {n} is split by a space: read as {}", OneLine(&m.text), shown_id(&m.target)))
}

/// What to say of a normative number whose year OCR broke, read anyway
/// (`recognize::read_broken_year`): run into the number, its `/` lost (`JA 1402018/NĐ-CP`),
/// or split by a space (`Luật số 02/201 7/QHI14`). Most numbers write `/` and their year.
fn broken_year(m: &Mention) -> Option<String> {
    if m.family != Family::Normative {
        return None;
    }
    let (n, y) = (m.number.as_deref()?, m.year?);
    // `/` and the year's four digits, looked for as bytes: asked of every normative reference.
    let digits = [y / 1000 % 10, y / 100 % 10, y / 10 % 10, y % 10].map(|d| b'0' + d as u8);
    let text = m.text.as_bytes();
    if memchr::memchr_iter(b'/', text).any(|at| text[at + 1..].starts_with(&digits)) {
        return None;
    }
    let year = std::str::from_utf8(&digits).ok()?;
    let what = if contains_joined(&m.text, &[n, year]) {
        "the number and its year are run together, no `/` between"
    } else if contains_joined(&m.text, &["/", &year[..3], " ", &year[3..]]) {
        "the year is split by a space"
    } else {
        return None;
    };
    Some(format!("{}: {what}: read as {}", OneLine(&m.text), shown_id(&m.target)))
}

/// What to say of a decree's or a circular's number written without its year, which their
/// numbers carry ([`tables::YEAR_IN_SYMBOL_CODES`]), read as the document of that number and
/// year (audit 2217: a draft's `Nghị định số 91/NĐ-CP ngày 30 tháng 3 năm 2026` was read as
/// 91/2026/NĐ-CP in silence; `Nghị định số 204/NĐ-CP ngày 14 tháng 12 năm 2004` twice in
/// shared/corpus/real).
fn written_without_year(m: &Mention) -> Option<String> {
    let (n, sym) = (m.number.as_deref()?, m.symbol.as_deref()?);
    // A number alone, without its type word, is a slug or a table's key more often than a
    // citation (`| Slug 439780 (91/TT-BTC) | **404** |` in a crawler's log: audit 2219).
    if m.family != Family::Administrative
        || !tables::year_in_symbol(sym)
        || m.text.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // The year it was read with, merged with the document written with it; else its date's,
    // from 2001, when decrees and circulars carried theirs (`Thông tư số 05/TT-PC ngày 08
    // tháng 01 năm 1996` is as written), and not for a ministry's department code in brackets
    // (`04/TT-BCA(X13)`, the old style of the Ministry of Public Security).
    let number = canonical_number(n);
    let merged = m.target.strip_prefix(number.as_str()).and_then(|r| r.strip_prefix('/')).and_then(|r| {
        let (year, rest) = r.split_at_checked(4)?;
        (year.bytes().all(|b| b.is_ascii_digit()) && rest.strip_prefix('/')? == sym).then_some(year)
    });
    let year = match merged {
        Some(y) => y.to_string(),
        None => {
            let bracketed = m.text.find(sym).is_some_and(|at| m.text[at + sym.len()..].starts_with('('));
            m.year.filter(|&y| y >= 2001 && !bracketed).map(|y| y.to_string())?
        }
    };
    Some(format!(
        "{}: {n}/{sym} is written without its year, which a {}'s number carries: {number}/{year}/{sym}",
        OneLine(&m.text),
        m.kind,
    ))
}

/// The records of laws named without a number, with a year none of their editions was passed
/// in, where `law_names.txt` lists them, with those editions. A law's key is costly to make:
/// made once for each of the few records, not for every citation.
fn unpassed_laws(documents: &[Document]) -> HashMap<&str, &'static [u16]> {
    documents
        .iter()
        .filter(|d| d.number.is_none() && tables::has_official_names(&d.kind))
        .filter_map(|d| {
            let key = tables::official_law_key(&d.kind, d.name.as_deref()?)?;
            let editions = tables::edition_years(&key);
            (!editions.is_empty() && !editions.contains(&d.year?)).then_some((&*d.id, editions))
        })
        .collect()
}

/// What one mention shows wrong by itself: dates, years, symbols, type words. `unpassed`:
/// [`unpassed_laws`].
fn of_mention(
    m: &Mention,
    first_spelling: &HashMap<(&str, &str), &Mention>,
    unpassed: &HashMap<&str, &'static [u16]>,
    documents: &[Document],
) -> Vec<Finding> {
    let mut out = Vec::new();
    if m.date.is_none()
        && let Some(t) = &m.date_text
    {
        // The day meant, where the corpus holds the document's text (audit 2217: `ngày 31
        // tháng 4 năm 2026` of a decree the corpus dates 15/7/2026 said only that it cannot be).
        let own = crate::model::document_by_id(documents, &m.target)
            .and_then(Document::own_text_date)
            .map_or(String::new(), |d| format!("; its own text is dated {d}"));
        out.push(finding(
            "impossible-date",
            format!("{}: no such day as {t}{own}", OneLine(&m.text)),
            vec![location(m)],
        ));
    }
    if m.family == Family::Normative
        && let (Some(y), Some(d)) = (m.year, m.date.as_deref().and_then(year_of))
        && y != d
    {
        out.push(finding(
            "year-mismatch",
            format!("{}: numbered in {y} but dated {}", OneLine(&m.text), m.date.as_deref().unwrap_or("")),
            vec![location(m)],
        ));
    }
    // Not where the law was read as one the corpus numbers (`Luật Hàng không dân dụng Việt Nam
    // 2025`, 130/2025/QH15, an edition the table does not list).
    if let Some(editions) = unpassed.get(&*m.target)
        && let Some(message) = no_such_edition(m, editions)
    {
        out.push(finding("no-such-edition", message, vec![location(m)]));
    }
    if let Some(message) = wrong_law_year(m) {
        out.push(finding("wrong-law-year", message, vec![location(m)]));
    }
    if m.family == Family::Normative
        && let (Some(y), Some((term, from, to))) = (m.year, m.symbol.as_deref().and_then(tables::legislature_of))
        && !(from..=to).contains(&y)
    {
        out.push(finding(
            "term-mismatch",
            format!(
                "{}: numbered in {y}, but the National Assembly of term {term} sat {from}–{to}{}",
                OneLine(&m.text),
                read_as(m, m.symbol.as_deref().unwrap_or(""))
            ),
            vec![location(m)],
        ));
    }
    // Whether the words hold the symbol as read, asked once of each reference for the three
    // checks of how it was written (most are written as read). Bytes, not `str::contains`,
    // which builds a searcher at each call.
    let as_written = m.symbol.as_deref().is_some_and(|sym| contains_joined(&m.text, &[sym]));
    if let Some(message) = written_without_marks(m, as_written)
        .or_else(|| written_without_year(m))
        .or_else(|| split_number(m))
        .or_else(|| broken_year(m))
    {
        out.push(finding("malformed-symbol", message, vec![location(m)]));
    }
    if let Some(sym) = &m.symbol {
        // The first code, where a type's stands (`TT` of `15/2023/TT-BTC`).
        let type_code = tables::first_code(sym);
        let facts = symbol_facts(sym, SymbolFacts::clone);
        // An administrative symbol with two letters of a code swapped (`104/KH-UBDN`).
        let swapped = facts.unswapped.as_deref().filter(|_| m.family == Family::Administrative);
        // Said read as the document its file writes right, a symbol that names no type says
        // no more (`18/2026/NQ1`, OCR's `NQ-CP`).
        let mut read_elsewhere = false;
        // A type code that names no type, read as the document of one letter apart that the
        // corpus cites with the same number and year (OCR's `65/2013/NB-CP`).
        if m.family == Family::Normative
            && tables::assembly_term(type_code).is_none()
            && !tables::is_type_code(type_code)
        {
            let read = read_as(m, sym);
            // Where the corpus writes it nowhere right, the type word before it says what it
            // was: `Thông tư số 155/2025/T1-BTC` (OCR's `T1` for `TT`) is a circular's number.
            let meant = || {
                DOC_TYPES.iter().filter(|t| t.name == m.kind && t.families.contains(&Family::Normative)).find_map(|t| {
                    t.codes.iter().find(|c| {
                        c.chars().count() == type_code.chars().count() && tables::one_edit_apart(type_code, c)
                    })
                })
            };
            if !read.is_empty() {
                read_elsewhere = true;
                out.push(finding(
                    "malformed-symbol",
                    format!("{}: {type_code} names no type of document{read}", OneLine(&m.text)),
                    vec![location(m)],
                ));
            } else if m.text.starts_with(&*m.kind)
                && let Some(code) = meant()
            {
                out.push(finding(
                    "malformed-symbol",
                    format!(
                        "{}: {type_code} names no type of document; a {}'s code is {code}, one letter apart: \
                         misread, the corpus writes it nowhere right",
                        OneLine(&m.text),
                        m.kind
                    ),
                    vec![location(m)],
                ));
            }
        }
        // A term the recognizer mended (OCR's `QHI15`): the code as read is not in the text.
        // A short name (`NQ 254`, `Nghị định số 38`) writes no code: its document's are not
        // read there; nor does a number listed before another that gives the symbol (`(sửa
        // 44/2024, 61/2024, 140/2025/QH15)`).
        // The legislature's code looked at first: most symbols have none.
        let code = tables::last_code(sym);
        if m.family == Family::Normative
            && tables::assembly_term(code).is_some()
            && m.text.contains('/')
            && tables::last_code(&m.text).chars().any(char::is_alphabetic)
            && !m.text.contains(code)
            && !m.text.split_whitespace().collect::<String>().contains(code)
        {
            out.push(finding(
                "malformed-symbol",
                format!("{}: the term of the code is damaged: read as {}", OneLine(&m.text), shown_id(&m.target)),
                vec![location(m)],
            ));
        }
        // A normative number's symbol is a type code and its issuer (`15/2023/TT-BTC`), or the
        // legislature (`80/2015/QH13`): `05/2025/NQ`, `15/2026/T`, `133/2025/QH1`… lost a part,
        // cut by a table's column or misread.
        if m.family == Family::Normative
            && !read_elsewhere
            && !sym.contains(['-', '/'])
            && !tables::assembly_term(sym).is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
        {
            let what = if tables::is_type_code(sym) {
                format!(
                    "read with the symbol {sym}, which names no issuer: cut off or damaged in the text{}",
                    read_as(m, sym)
                )
            } else {
                format!(
                    "read with the symbol {sym}, neither a type code and issuer nor a legislature: damaged in the text"
                )
            };
            out.push(finding("malformed-symbol", format!("{}: {what}", OneLine(&m.text)), vec![location(m)]));
        }
        // A code OCR misread, read as the same file writes the symbol (`417/QĐ-BNNMIT` beside
        // `417/QĐ-BNNMT`: `resolve::mend_misread_codes`). A type code that names no type is
        // reported above.
        // Two letters swapped are said so below.
        // The words show the symbol as written, however OCR spelt it: the message does not
        // repeat it, and the places of one file that misread one document's codes, each its
        // own way (`QĐ-BNNMIT`, `QĐĐ-BNNMT`), say one thing, one finding.
        if let Some(read) = mended_codes(m, sym, &facts)
            && (m.family != Family::Normative || tables::is_type_code(type_code))
            && swapped.is_none()
        {
            out.push(finding(
                "malformed-symbol",
                format!(
                    "{}: a code is misread by OCR: read as {}, as the same file writes it",
                    OneLine(&m.text),
                    shown_id(read)
                ),
                vec![location(m)],
            ));
        }
        // The year run into the codes, its `/` left out (`05/2011NĐ-CP`: UX audit 2190), and
        // the codes written wrong, told in one message where one symbol has both
        // (`22/2022NĐ.CP`): what was written, then what was read.
        let year_run_in =
            m.year.filter(|_| m.family == Family::Normative).filter(|&year| written_before(&m.text, year, type_code));
        let written = miswritten_codes(&m.text, sym, as_written);
        if year_run_in.is_some() || written.is_some() {
            let run_in = year_run_in.map(|_| "the year is run into the codes, no `/` between".to_string());
            let said: Vec<String> = run_in.into_iter().chain(written).collect();
            // A normative symbol's whole number where a separator was put right (`/`, or a
            // dot's hyphen); the codes alone where only they were.
            let read = match m.year.filter(|_| m.family == Family::Normative) {
                Some(year) if year_run_in.is_some() || said.iter().any(|s| s.starts_with("a dot")) => {
                    format!("{}/{year}/{sym}", m.number.as_deref().unwrap_or(""))
                }
                _ => sym.to_string(),
            };
            out.push(finding(
                "malformed-symbol",
                format!("{}: {}: read as {read}", OneLine(&m.text), said.join(", and ")),
                vec![location(m)],
            ));
        }
        // A normative symbol too, where the code put first is the type word's (`Thông tư số
        // 03/2026/BTC-TT`: check audit 2185 found it accepted).
        if let Some(good) = facts.reordered_in(m.year).filter(|good| {
            m.family == Family::Administrative
                || m.family == Family::Normative && kind_fits_code(&m.kind, tables::first_code(good))
        }) {
            let n = m.number.as_deref().unwrap_or("");
            // A normative number with its year (`03/2026/BTC-TT`), as it is written.
            let n = match m.year.filter(|_| m.family == Family::Normative) {
                Some(y) => format!("{n}/{y}"),
                None => n.to_string(),
            };
            let (merged, locations) = merged_spelling(m, &n, good, first_spelling);
            out.push(finding(
                "malformed-symbol",
                format!(
                    "{n}/{sym} has its codes out of order: {} {n}/{good}{}",
                    // A normative key keeps its codes as written: nothing is read another way.
                    if m.family == Family::Normative { "should be" } else { "read as" },
                    if merged { " (same number and date: merged)" } else { "" }
                ),
                locations,
            ));
        }
        // A Party number in the state's order (`29/NQ-TW`), read as the Party's (`29-NQ/TW`).
        if let Some(written) = party_number_in_state_order(m, sym, as_written) {
            let n = m.number.as_deref().unwrap_or("");
            out.push(finding(
                "malformed-symbol",
                format!(
                    "{written} is a Party document's number in the state's order (number/type-body): should be \
                     {n}-{sym} (number-type/body); read as {n}-{sym}"
                ),
                vec![location(m)],
            ));
        }
        // A code with two letters swapped (`104/KH-UBDN`), as the corpus writes it right or not.
        if let Some(good) = swapped {
            let n = m.number.as_deref().unwrap_or("");
            let (merged, locations) = merged_spelling(m, n, good, first_spelling);
            out.push(finding(
                "malformed-symbol",
                format!(
                    "{n}/{sym} has two letters of a code swapped: read as {n}/{good}{}",
                    if merged { " (same number and date: merged)" } else { "" }
                ),
                locations,
            ));
        }
        // A type only one body issues, said to be another's: `Nghị định số 240/2026/NĐ-TTg`
        // (UX audit 2160: a draft's wrong symbol went unsaid).
        let mut codes = sym.split(['-', '/']);
        if let (Some(type_code), Some(issuer), None) = (codes.next(), codes.next(), codes.next())
            && let Some(issuers) = tables::issuers_of_type(type_code)
            && let Some(body) = tables::issuer_for_code(issuer)
            && !issuers.contains(&issuer.trim_end_matches(|c: char| c.is_ascii_digit()))
        {
            let names: Vec<&str> = issuers.iter().filter_map(|i| tables::issuer_for_code(i)).map(|i| i.name).collect();
            let codes: Vec<String> = issuers.iter().map(|i| format!("{type_code}-{i}")).collect();
            out.push(finding(
                "malformed-symbol",
                format!(
                    "{}: a {} is issued only by the {} ({}), not by the {} ({issuer})",
                    OneLine(&m.text),
                    tables::kind_for_code(type_code, Family::Normative).unwrap_or(type_code),
                    names.join(" or the "),
                    codes.join(", "),
                    body.name
                ),
                vec![location(m)],
            ));
        }
        // A ministry's code, said to be another ministry's by the words after it (`Thông tư số
        // 12/2026/TT-BCA … của Bộ Xây dựng`: check audit 2185 found it accepted).
        let mut codes = sym.split(['-', '/']);
        // The code's ministry looked up first, and its name as the words most often give it
        // (`của Bộ Tài chính`, `của Bộ trưởng Bộ Tài chính`) taken as is: asked of every
        // reference, the names' keys are made only where the words differ.
        if let (Some(type_code), Some(code), None) = (codes.next(), codes.next(), codes.next())
            && let Some(said) = m.issuer.as_deref()
            && let Some(coded) = tables::issuer_for_code(code).filter(|i| i.name.starts_with("Bộ "))
            && tables::is_type_code(type_code)
            && said.strip_prefix("Bộ trưởng ").unwrap_or(said) != coded.name
            && let Some(named) = tables::ministry_named(said)
            && !tables::same_ministry(named.name, coded.name)
        {
            out.push(finding(
                "issuer-mismatch",
                format!(
                    "{} is said to be of the {}, but its code {code} is the {}'s",
                    OneLine(&m.text),
                    named.name,
                    coded.name
                ),
                vec![location(m)],
            ));
        }
        // A code that names no type in this family (`TC` in `27/1997/TC-VT`) says nothing.
        // The type word asked first: the cheaper questions, and pure, so in any order. Whether
        // the word fits the code is asked before whether it is a type's name and what the code
        // names, which only a mismatch needs: most words fit their codes, one look-up.
        if !matches!(m.kind.as_str(), "Công văn" | "Luật" | "Bộ luật")
            && !kind_fits_code(&m.kind, type_code)
            && tables::is_type_name(&m.kind)
            && let Some(code_kind) = tables::kind_for_code(type_code, m.family)
        {
            out.push(finding(
                "kind-mismatch",
                format!(
                    "{}: the type word says {} but the code {type_code} is that of a {code_kind}{}",
                    OneLine(&m.text),
                    m.kind,
                    read_as(m, sym)
                ),
                vec![location(m)],
            ));
        }
    }

    one_per_kind(m, out)
}

/// One finding of each kind for one place: two things wrong with one symbol are told in one
/// message (`22/2022NĐ`: its issuer lost and its year run into the codes), not in two findings
/// on the same words.
fn one_per_kind(m: &Mention, found: Vec<Finding>) -> Vec<Finding> {
    if found.len() < 2 {
        return found;
    }
    let words = format!("{}: ", OneLine(&m.text));
    // What a part says it was read as, where another part says it was read as no document:
    // `22/2022NĐ` is no decree for its year's `/` put back (`read as 22/2022/NĐ`), and a
    // message that says `read as` is taken for a symbol read right (`read_right`).
    let unread = found.iter().any(|f| f.kind == "malformed-symbol" && !read_right(f));
    let said = |f: &Finding| -> String {
        let clause = f.message.strip_prefix(&words).unwrap_or(&f.message);
        match clause.find(": read as ").or_else(|| clause.find("; read as ")) {
            Some(at) if unread && f.kind == "malformed-symbol" => clause[..at].to_string(),
            _ => clause.to_string(),
        }
    };
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        match out.iter_mut().find(|o| o.kind == f.kind) {
            Some(o) => {
                let head = if o.message.starts_with(&words) { words.as_str() } else { "" };
                o.message = format!("{head}{}", said(o));
                o.message.push_str("; ");
                o.message.push_str(&said(&f));
                for l in f.locations {
                    add_place(&mut o.locations, l);
                }
            }
            None => out.push(f),
        }
    }
    out
}

fn same_place(a: &Location, b: &Location) -> bool {
    a.line == b.line && a.column == b.column && a.path == b.path
}

/// `place` added to `places` unless they hold it already.
fn add_place(places: &mut Vec<Location>, place: Location) {
    if !places.iter().any(|k| same_place(k, &place)) {
        places.push(place);
    }
}

/// One finding per problem: the places of one file where citations of one document show the
/// same thing wrong are one finding, at each of them (findings audit: 14 findings for one
/// misread `417/QĐ-BNNMT`, each spelt its own way by OCR, in Thông tư 60/2026/TT-BTC; three for
/// `106/2021/TT` on one OCR'd table line). Its first place is the first slip; the places of a
/// right spelling beside them (`merged_spelling`) come after every slip. Kept to one file: a
/// slip is mended in its file, and `check --against` tells a draft the slips at its first place.
/// `found` is each finding with the mention it is at, in the mentions' order.
fn one_per_problem(found: Vec<(&Mention, Finding)>) -> Vec<Finding> {
    let group_of = problems(&found);
    let mut groups: Vec<(Finding, Vec<&Mention>, Vec<Location>)> = Vec::new();
    for ((m, mut f), g) in found.into_iter().zip(group_of) {
        let rest = f.locations.split_off(1.min(f.locations.len()));
        // Groups are numbered as first met: one not made yet is the next.
        match groups.get_mut(g) {
            Some((group, mentions, others)) => {
                if !group.locations.iter().any(|l| f.locations.iter().any(|k| same_place(k, l))) {
                    group.locations.append(&mut f.locations);
                    mentions.push(m);
                }
                others.extend(rest);
            }
            None => groups.push((f, vec![m], rest)),
        }
    }
    groups
        .into_iter()
        .map(|(mut f, mentions, others)| {
            for l in others {
                add_place(&mut f.locations, l);
            }
            if mentions.len() > 1 {
                // The symbols the places write, where they write it more ways than one.
                let mut spellings: Vec<&str> = Vec::new();
                for s in mentions.iter().filter_map(|m| m.symbol.as_deref()) {
                    if !spellings.contains(&s) {
                        spellings.push(s);
                    }
                }
                let ways = if spellings.len() > 1 { format!(", as {}", spellings.join(", ")) } else { String::new() };
                f.message.push_str(&format!(" ({} places{ways})", mentions.len()));
            }
            f
        })
        .collect()
}

/// The problem of each finding of [`one_per_problem`], numbered in the order first met: one
/// kind, in one file, of one document, saying one thing of it past the words cited (each
/// place's own). Keyed by the findings' own strings, not copies made for each.
fn problems(found: &[(&Mention, Finding)]) -> Vec<usize> {
    let mut index: HashMap<(&str, &str, &str, &str), usize> = HashMap::default();
    found
        .iter()
        .map(|(m, f)| {
            let said = OneLine(&m.text).strip_from(&f.message).unwrap_or(&f.message);
            let next = index.len();
            *index.entry((&*f.kind, &*m.path, &*m.target, said)).or_insert(next)
        })
        .collect()
}

/// Findings about references and documents (all but cycles), unsorted.
/// The first mention, in order, of each key that `key_of` gives: the mentions are looked at
/// in parallel (a pass over every mention from one core took a tenth of a second at 8x),
/// the few that give a key then taken in order.
fn firsts<'m, K: std::hash::Hash + Eq + Send>(
    mentions: &'m [Mention],
    key_of: impl Fn(&'m Mention) -> Option<K> + Sync,
) -> HashMap<K, &'m Mention> {
    use rayon::prelude::*;
    let found: Vec<(K, &Mention)> = mentions.par_iter().filter_map(|m| Some((key_of(m)?, m))).collect();
    let mut first = HashMap::default();
    for (k, m) in found {
        first.entry(k).or_insert(m);
    }
    first
}

/// What resolving found read two ways: a law's name and year with two numbers, a law's
/// number with two official names.
pub struct Conflicts<'r> {
    pub numbers: &'r [crate::resolve::NumberConflict],
    pub names: &'r [crate::resolve::NameConflict],
    pub slips: &'r [crate::slips::Slip],
}

/// Whether a malformed symbol was read as the document it means (`QHI15` as `QH15`, codes
/// out of order put back): each such message says what it was `read as`.
pub fn read_right(f: &Finding) -> bool {
    f.kind == "malformed-symbol" && f.message.contains("read as ")
}

/// Whether a finding of this kind is a slip in the file of its first place alone, its other
/// places the same slip in that file (`one_per_problem`) or the right spelling, in any file
/// (`104/UBND-KH` beside `104/KH-UBND`): what to mend is there. The places of other kinds are
/// parties alike (two dates, two numbers, two names).
pub fn only_first_place_slips(kind: &str) -> bool {
    kind == "malformed-symbol"
}

pub fn of_references(
    files: &[FileEntry],
    documents: &[Document],
    mentions: &[Mention],
    ambiguous: &[(usize, Vec<String>)],
    conflicts: Conflicts,
) -> Vec<Finding> {
    use rayon::prelude::*;
    let s1 = || {
        // Where each document is first written with a given symbol: the right spelling beside a
        // malformed one, found without a pass over every mention for each. Only the spellings a
        // malformed symbol asks for are kept (a small map, not one entry per mention).
        let asked: Vec<(&str, String)> = mentions
            .par_iter()
            .filter(|m| m.family == Family::Administrative)
            .filter_map(|m| Some((&*m.target, reordered_symbol(m.symbol.as_deref()?, m.year)?)))
            .collect();
        let first_spelling: HashMap<(&str, &str), &Mention> = if asked.is_empty() {
            HashMap::default()
        } else {
            let wanted: rustc_hash::FxHashSet<(&str, &str)> = asked.iter().map(|(t, g)| (*t, g.as_str())).collect();
            firsts(mentions, |m| wanted.get(&(&*m.target, m.symbol.as_deref()?)).copied())
        };
        let unpassed = unpassed_laws(documents);
        let at_mentions: Vec<(&Mention, Finding)> = mentions
            .par_iter()
            .flat_map_iter(|m| of_mention(m, &first_spelling, &unpassed, documents).into_iter().map(move |f| (m, f)))
            .collect();
        one_per_problem(at_mentions)
    };
    let s2 = || {
        let mut out: Vec<Finding> = Vec::new();
        // One document cited with two dates: grouped by hash, reported in the order of the ids
        // and, within one, of the dates (as a sorted map would, without one over every mention).
        let mut dates: HashMap<&str, Vec<(&str, &Mention)>> = HashMap::default();
        for m in mentions {
            if let Some(d) = &m.date {
                let seen = dates.entry(&m.target).or_default();
                if !seen.iter().any(|(s, _)| *s == d.as_str()) {
                    seen.push((d, m));
                }
            }
        }
        // A document the corpus holds is dated by its own text too: one citation that dates it
        // otherwise is a conflict of two (audit 2215: `Nghị định số 88/2012/NĐ-CP ngày 23 tháng 10
        // năm 2012` of a decree, against the 24/10 of its own header, was told nowhere, nor a
        // draft's wrong date by `check --against`).
        let own_date = |target: &str| crate::model::document_by_id(documents, target).and_then(Document::own_text_date);
        let mut dates: Vec<(&str, Vec<(&str, &Mention)>)> = dates
            .into_iter()
            .filter(|(target, v)| v.len() > 1 || own_date(target).is_some_and(|own| v[0].0 != own))
            .collect();
        dates.sort_unstable_by_key(|(target, _)| *target);
        // Every place, after each date's first: a slip made twice is told twice (UX re-audit 2150:
        // a draft's second wrong date went unsaid), and which date is the slip is not known here
        // (a draft may write its wrong one more often than the corpus its right one). A second
        // pass, over the few documents in conflict, not a list of every dated mention.
        let mut places: HashMap<&str, Vec<&Mention>> = dates.iter().map(|(target, _)| (*target, Vec::new())).collect();
        for m in mentions {
            if m.date.is_some()
                && let Some(p) = places.get_mut(&*m.target)
            {
                p.push(m);
            }
        }
        // The numbered documents of each series with a full day, in the documents' order: built
        // once, when a tie asks for the numbers beside one (a pass over every document for each
        // such tie took a tenth of a second on a large corpus).
        let series = std::sync::OnceLock::new();
        for (target, by_date) in &mut dates {
            // The days in the order first written, before they are put in order.
            let written_first: Vec<&str> = by_date.iter().map(|(d, _)| *d).collect();
            // Each date once (kept above), so sorting by date orders them as a sorted map would.
            by_date.sort_by_key(|(d, _)| *d);
            // How often each date is written, so that a reader sees which is the odd one out
            // (findings audit 2204: `123/2024/NĐ-CP` dated 04/10/2024 eleven times, 05/10 once).
            let times = |date: &str| places[*target].iter().filter(|m| m.date.as_deref() == Some(date)).count();
            let counts: Vec<usize> = by_date.iter().map(|(d, _)| times(d)).collect();
            let list: Vec<String> = by_date.iter().zip(&counts).map(|((d, _), n)| format!("{d} ({n}×)")).collect();
            let mut locations: Vec<Location> = by_date.iter().map(|(_, m)| location(m)).collect();
            let first = |m: &Mention| by_date.iter().any(|(_, f)| std::ptr::eq(*f, m));
            locations.extend(places[*target].iter().filter(|m| !first(m)).map(|m| location(m)));
            // Which date is right, where the corpus holds the document's text (audit 2200: the
            // warning on 120-KH/TU did not say its own header reads 15/3, so that the 25/3 of
            // another file is the slip; `check --against` alone said so); else the one the graph
            // took, and why.
            let doc = crate::model::document_by_id(documents, target);
            let taken = match doc.and_then(|d| Some((d.in_corpus, d.date.as_deref()?))) {
                Some((true, d)) => format!("; its own text is dated {d}"),
                Some((false, d)) => {
                    let most = counts.iter().max().copied().unwrap_or(0);
                    let tied: Vec<&str> =
                        by_date.iter().zip(&counts).filter(|(_, n)| **n == most).map(|((day, _), _)| *day).collect();
                    let why = if tied.len() == 1 && times(d) == most {
                        "as most citations date it"
                    } else if doc.is_some_and(|doc| {
                        fits_numbers_beside(series.get_or_init(|| by_series(documents)), doc, &tied) == Some(d)
                    }) {
                        "the date that fits the numbers beside it"
                    } else if written_first.iter().find(|day| tied.contains(day)) == Some(&d) {
                        "the first of the most written"
                    } else {
                        // Only where drafts are checked against a corpus (`Gathered::checked`).
                        "as the corpus checked against dates it, of the days written as often"
                    };
                    format!("; the graph dates it {d}, {why}")
                }
                None => String::new(),
            };
            let message = match list.as_slice() {
                [one] => format!("{} is cited with the date {one}{taken}", shown_id(target)),
                _ => {
                    format!(
                        "{} is cited with {} different dates: {}{taken}",
                        shown_id(target),
                        list.len(),
                        list.join(", ")
                    )
                }
            };
            out.push(finding("conflicting-dates", message, locations));
        }

        out
    };
    let s3 = || {
        let mut out: Vec<Finding> = Vec::new();
        // One number and date under two symbols, in one place (two provinces' bodies issue the
        // same number on the same day). The first mention of each document is looked for only
        // when some number and date has two.
        // Grouped by hash, then only the groups of two or more in order (a sorted map over every
        // document compared its keys' strings a dozen times each).
        type NumberDate<'d> = (CompactString, &'d str, Option<&'d str>);
        let mut by_number_date: HashMap<NumberDate, Vec<&Document>> = HashMap::default();
        for d in documents {
            if let (Some(n), Some(date), Some(_)) = (&d.number, &d.date, &d.symbol) {
                by_number_date.entry((canonical_number(n), date, d.place.as_deref())).or_default().push(d);
            }
        }
        // A date the number's year contradicts is no document's date (`225/2012/TT-BTC ngày 31
        // tháng 12 năm 2010`), but it may be the day of the document the slip was meant for
        // (225/2010/TT-BTC of that day).
        let contradicted: Vec<(&str, &str)> = mentions
            .iter()
            .filter(|m| m.family == Family::Normative)
            .filter_map(|m| {
                let date = m.date.as_deref()?;
                (m.year? != year_of(date)?).then_some((&*m.target, date))
            })
            .collect();
        if !contradicted.is_empty() {
            let by_id: HashMap<&str, &Document> = documents.iter().map(|d| (&*d.id, d)).collect();
            for (target, date) in contradicted {
                if let Some(d) = by_id.get(target)
                    && let (Some(n), Some(_)) = (&d.number, &d.symbol)
                {
                    let docs = by_number_date.entry((canonical_number(n), date, d.place.as_deref())).or_default();
                    if !docs.iter().any(|o| o.id == d.id) {
                        docs.push(d);
                    }
                }
            }
        }
        let mut by_number_date: Vec<(NumberDate, Vec<&str>)> = by_number_date
            .into_iter()
            .filter_map(|(key, docs)| {
                // Two whose own texts the corpus holds are two: each text says whose it is
                // (`56/2026/TT-BCA` and `56/2026/TT-BTC`, both of 15/05/2026, on residence bans and
                // on telecoms fees).
                let mut ids: Vec<&str> =
                    docs.iter().filter(|d| docs.iter().any(|o| o.id != d.id && akin(d, o))).map(|d| &*d.id).collect();
                ids.sort_unstable();
                ids.dedup();
                (ids.len() > 1).then_some((key, ids))
            })
            .collect();
        by_number_date.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let shared: rustc_hash::FxHashSet<&str> =
            by_number_date.iter().flat_map(|(_, ids)| ids.iter().copied()).collect();
        let first_mention: HashMap<&str, &Mention> =
            if shared.is_empty() { HashMap::default() } else { firsts(mentions, |m| shared.get(&*m.target).copied()) };
        // A document the corpus holds and no text cites is shown at its own file.
        let own_file: HashMap<&str, &str> = if shared.is_empty() {
            HashMap::default()
        } else {
            documents
                .iter()
                .filter(|d| shared.contains(&*d.id))
                .filter_map(|d| Some((&*d.id, d.path.as_deref()?)))
                .collect()
        };
        for ((n, date, _), ids) in &by_number_date {
            let at = |id: &&str| match (first_mention.get(id), own_file.get(id)) {
                (Some(m), _) => Some(location(m)),
                (None, Some(path)) => Some(Location { path: (*path).into(), line: 1, column: 1, text: String::new() }),
                (None, None) => None,
            };
            // Where the corpus holds one of them, its symbol is the one to write (UX audit 2160).
            let held: Vec<&&str> = ids.iter().filter(|id| own_file.contains_key(**id)).collect();
            let which = match held[..] {
                [one] => format!(", {}, whose text is in the corpus", shown_id(one)),
                _ => String::new(),
            };
            out.push(finding(
                "probably-same-document",
                format!(
                    "number {n} dated {date} is cited as {}: probably one document{which}; not merged",
                    ids.iter().map(|id| shown_id(id)).collect::<Vec<_>>().join(" and ")
                ),
                ids.iter().filter_map(at).collect(),
            ));
        }
        out.extend(merged_twins(documents, mentions));

        out
    };
    let s4 = || {
        let mut out: Vec<Finding> = Vec::new();
        // A cited document dated after the citing one. A codification is left out: its articles
        // are taken from documents of many dates, and it names each source, later ones too. A
        // draft whose day is left blank (`Gia Lai, ngày      tháng 9 năm 2026`, as unsigned drafts
        // are: check audit 2185) is dated by its year alone.
        let date_of_doc: HashMap<&str, (Option<&str>, u16)> = documents
            .iter()
            .filter(|d| !d.codified)
            .filter_map(|d| {
                let date = d.date.as_deref();
                Some((&*d.id, (date, date.and_then(year_of).or(d.year)?)))
            })
            .collect();
        let own_text_date: HashMap<&str, &str> =
            documents.iter().filter(|d| !d.codified).filter_map(|d| Some((&*d.id, d.own_text_date()?))).collect();
        let date_of_path: HashMap<&str, (Option<&str>, u16)> =
            files.iter().filter_map(|f| Some((f.path.as_str(), *date_of_doc.get(f.document.as_deref()?)?))).collect();
        // A file's mentions stand together and share its path: its date looked up once for
        // each run of them, not hashed from the path for every mention.
        let runs: Vec<&[Mention]> = mentions.chunk_by(|a, b| std::sync::Arc::ptr_eq(&a.path, &b.path)).collect();
        // Each mention with its file's date, where that file has one.
        let dated = runs.par_iter().flat_map_iter(|run| {
            let own = run.first().and_then(|m| date_of_path.get(&*m.path).copied());
            own.into_iter().flat_map(move |own| run.iter().map(move |m| (m, own)))
        });
        let mut later: Vec<(&Mention, Finding)> = Vec::new();
        later.par_extend(dated.filter_map(|(m, (own_date, own_year))| {
            // Written only for a finding: most mentions make none.
            let own = || own_date.map_or_else(|| format!("{own_year}, its day not filled in"), str::to_string);
            let message = match &m.date {
                // A page editor's summary lists what came after the document too (`Văn bản hướng
                // dẫn đi kèm: Thông tư số 14/2026/TT-BNV ngày 04/6/2026` under a decree of 15/5/2026:
                // findings audit 2188).
                Some(d) if !m.in_summary && own_date.map_or(year_of(d) > Some(own_year), |own| d.as_str() > own) => {
                    format!("{} is dated after the citing document ({})", OneLine(&m.text), own())
                }
                // Undated, a normative number still says its year (`Căn cứ Luật số 45/2030/QH16` in
                // a draft of 2024), where the document acts on it: stands on it, carries it out,
                // amends it. A page's note may name what later replaced it (`… được thay thế bởi
                // Nghị định 60/2021/NĐ-CP`), its summary what later carried it out.
                None if m.family == Family::Normative
                    && m.relation != "cites"
                    && !m.in_summary
                    && m.year.is_some_and(|y| y > own_year) =>
                {
                    format!(
                        "{} is numbered in {}, after the citing document ({})",
                        OneLine(&m.text),
                        m.year.unwrap_or_default(),
                        own()
                    )
                }
                // Undated, where the corpus holds the document's text and its date (check audit
                // 2185: `Căn cứ Nghị định số 276/2026/NĐ-CP` in a draft of 25/06/2026, the decree's
                // own text of 08/07/2026).
                None if m.relation != "cites"
                    && !m.in_summary
                    && let Some(d) = own_text_date.get(&*m.target)
                    && own_date.map_or(year_of(d) > Some(own_year), |own| *d > own) =>
                {
                    format!("{} is dated {d} by its own text, after the citing document ({})", OneLine(&m.text), own())
                }
                _ => return None,
            };
            Some((m, finding("cites-later-document", message, vec![location(m)])))
        }));
        out.extend(one_per_problem(later));

        // In parallel, in order: on a large corpus these are many, and each names its candidates.
        let unsure: Vec<(&Mention, Finding)> = ambiguous
            .par_iter()
            .map(|(i, candidates)| {
                let m = &mentions[*i];
                let message = format!(
                    "{} has no date and fits {} documents: {}",
                    OneLine(&m.text),
                    candidates.len(),
                    candidates.iter().map(|id| shown_id(id)).collect::<Vec<_>>().join(", ")
                );
                (m, finding("ambiguous-reference", message, vec![location(m)]))
            })
            .collect();
        out.extend(one_per_problem(unsure));

        out
    };
    let s5 = || {
        let mut out: Vec<Finding> = Vec::new();
        // One National Assembly number typed as a law in one place and as a resolution in another.
        // To the eleventh term the two had series of their own and are two documents
        // (`resolve::numbered_apart_from_laws`); since, they share one, and one of the two is a slip.
        let mut kinds_of: HashMap<&str, [Option<&Mention>; 2]> = HashMap::default();
        let assembly =
            |m: &&Mention| m.family == Family::Normative && m.symbol.as_deref().is_some_and(|s| s.starts_with("QH"));
        for m in mentions.iter().filter(assembly) {
            let slot = match m.kind.as_str() {
                "Luật" | "Bộ luật" => 0,
                "Nghị quyết" => 1,
                _ => continue,
            };
            kinds_of.entry(&m.target).or_default()[slot].get_or_insert(m);
        }
        let mut both: Vec<(&str, &Mention, &Mention)> =
            kinds_of.into_iter().filter_map(|(target, [law, resolution])| Some((target, law?, resolution?))).collect();
        both.sort_unstable_by_key(|(target, ..)| *target);
        for (target, law, resolution) in both {
            out.push(finding(
            "conflicting-kinds",
            format!(
                "{} is cited as a law ({}) and as a resolution ({}): the National Assembly numbers both in one series, so one is a misprint; held as one",
                shown_id(target),
                OneLine(&law.text),
                OneLine(&resolution.text)
            ),
            vec![location(law), location(resolution)],
        ));
        }

        let files_of = |files: u32| format!("{files} file{}", if files == 1 { "" } else { "s" });
        // The number as the citations write it, which may not be the document they are read as
        // (findings audit 2178: `Bộ luật Dân sự số 97/2015/QH13`, read as 91/2015/QH13, was
        // reported under 91/2015/QH13, which no text there writes).
        let number_written = |m: &Mention| {
            m.number_as_written().filter(|_| m.family == Family::Normative).unwrap_or_else(|| m.target.to_string())
        };
        let mut told_names: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
        for c in conflicts.names {
            let number = number_written(&mentions[c.names[0].0]);
            told_names.insert(number.clone());
            let written: Vec<String> = c
                .names
                .iter()
                .map(|&(i, files)| {
                    let m = &mentions[i];
                    let name = m.name.as_deref().unwrap_or_default();
                    let name = tables::official_spelling(&m.kind, name).unwrap_or(name);
                    let read = if *m.target != *number {
                        format!(" (read as {})", shown_id(&m.target))
                    } else {
                        String::new()
                    };
                    format!("{} {name} in {}{read}", m.kind, files_of(files))
                })
                .collect();
            // Where the law table numbers one of the names so, the other is the misprint
            // (audit 2249: `Luật Giáo dục số 39/2005/QH11`, Luật Quốc phòng's number, the
            // education law being 38/2005/QH11).
            let tabled = |m: &Mention| {
                let law = tables::numbered_law(m.number.as_deref()?, m.symbol.as_deref()?)?;
                let name = tables::official_law_key(&m.kind, m.name.as_deref()?)?;
                (m.year == Some(law.year) && name == tables::law_name_key(law.kind, law.name)).then_some(law)
            };
            let mut by_table = c.names.iter().filter_map(|&(i, _)| tabled(&mentions[i]));
            let verdict = match (by_table.next(), by_table.next()) {
                (Some(law), None) => {
                    format!("{number} is {} {} of {}, so the other is the misprint", law.kind, law.name, law.year)
                }
                _ => "one is a misprint".to_string(),
            };
            out.push(finding(
                "conflicting-names",
                format!("{number} is written as {}: {verdict}", written.join(" and as ")),
                c.names.iter().map(|&(i, _)| location(&mentions[i])).collect(),
            ));
        }
        // Every place a number other than the one taken is written with its law's name, that a
        // reader mends each (findings audit 2204: the second `Luật Xử lý vi phạm hành chính số
        // 19/2012/QH13` of one decree went unsaid). One pass, over the numbers asked for.
        let misprinted: rustc_hash::FxHashSet<&str> =
            conflicts.numbers.iter().flat_map(|c| c.written.iter().skip(1)).map(String::as_str).collect();
        // A law's name written with the number the law table gives another law, where neither a second
        // name nor a second number in the corpus says so (`conflicting-numbers` does), is read as its name's edition
        // (`resolve::numbers_the_table_gives`): said, each number once with all its places
        // (audit 2251: a decree's basis list writes three education laws with three other
        // laws' numbers, `Luật Giáo dục đại học số 43/2012/QH13`).
        let mut misnumbered: Vec<(String, tables::NumberedLaw, Vec<&Mention>)> = Vec::new();
        for m in mentions.iter().filter(|m| m.family == Family::Normative && m.name.is_some()) {
            let (Some(n), Some(s)) = (m.number.as_deref(), m.symbol.as_deref()) else { continue };
            let Some(law) = tables::numbered_law(n, s) else { continue };
            let Some(written) = m
                .number_as_written()
                .filter(|w| *w != *m.target && !told_names.contains(w) && !misprinted.contains(w.as_str()))
            else {
                continue;
            };
            let named = m.name.as_deref().and_then(|name| tables::official_law_key(&m.kind, name));
            if named.is_none_or(|k| k == tables::law_name_key(law.kind, law.name)) {
                continue;
            }
            match misnumbered.iter_mut().find(|(w, ..)| *w == written) {
                Some((.., places)) => places.push(m),
                None => misnumbered.push((written, law, vec![m])),
            }
        }
        for (written, law, places) in misnumbered {
            let m = places[0];
            let name = m.name.as_deref().unwrap_or_default();
            let name = tables::official_spelling(&m.kind, name).unwrap_or(name);
            out.push(finding(
                "conflicting-names",
                format!(
                    "{written} is written as {} {name} (read as {}): the law table gives {} to {} {} of {}, so the number is the misprint",
                    m.kind,
                    shown_id(&m.target),
                    law.number,
                    law.kind,
                    law.name,
                    law.year,
                ),
                places.iter().map(|m| location(m)).collect(),
            ));
        }
        let mut written_at: HashMap<String, Vec<&Mention>> = HashMap::default();
        // A misprint's number and symbol written with another year, the year taken for its name's
        // (`resolve::mend_misprinted_years`: `Luật Bảo vệ dữ liệu cá nhân 97/2023/QH15` read as
        // 97/2025/QH15, so as 91/2025/QH15), is that misprint too.
        let yearless = |id: &str| {
            id.split_once('/').map(|(n, rest)| (n.to_string(), rest.split_once('/').map(|(_, s)| s.to_string())))
        };
        let misprinted_yearless: HashMap<(String, Option<String>), &str> =
            misprinted.iter().filter_map(|id| Some((yearless(id)?, *id))).collect();
        if !misprinted.is_empty() {
            for m in mentions.iter().filter(|m| m.family == Family::Normative && m.name.is_some()) {
                let Some(n) = m.number_as_written() else { continue };
                if misprinted.contains(n.as_str()) {
                    written_at.entry(n).or_default().push(m);
                } else if let Some(id) = yearless(&n).and_then(|k| misprinted_yearless.get(&k)) {
                    written_at.entry(id.to_string()).or_default().push(m);
                }
            }
        }
        for c in conflicts.numbers {
            let first = &mentions[c.numbers[0].0];
            let year = first.year.map_or(String::new(), |y| format!(" ({y})"));
            let name = format!("{} {}{year}", first.kind, first.name.as_deref().unwrap_or_default());
            let law = |m: &Mention| tables::law_name_key(&m.kind, m.name.as_deref().unwrap_or(""));
            // The places of each number: the first of the one taken, every one of the others.
            let places: Vec<Vec<&Mention>> = c
                .numbers
                .iter()
                .zip(&c.written)
                .enumerate()
                .map(|(k, (&(i, _), written))| {
                    let others = written_at.get(written).filter(|_| k > 0).map_or(&[][..], Vec::as_slice);
                    let own = law(&mentions[i]);
                    // Another year written is this number only where read as the law taken.
                    let read_so =
                        |m: &Mention| m.number_as_written().as_ref() == Some(written) || *m.target == *c.written[0];
                    std::iter::once(&mentions[i])
                        .chain(
                            others
                                .iter()
                                .copied()
                                .filter(|m| !std::ptr::eq(*m, &mentions[i]) && law(m) == own && read_so(m)),
                        )
                        .collect()
                })
                .collect();
            // The files counted are those that decided the number; a place typed without marks
            // (`Luat Doanh nghiep so 39/2020/QH14`) decides nothing, but is listed, and counted.
            let numbers: Vec<String> = c
                .numbers
                .iter()
                .zip(&c.written)
                .zip(&places)
                .map(|((&(_, files), written), at)| {
                    let mut paths: Vec<&str> = at.iter().map(|m| &*m.path).collect();
                    paths.sort_unstable();
                    paths.dedup();
                    // Where some write it with another year, which.
                    let mut years: Vec<String> =
                        at.iter().filter_map(|m| m.number_as_written()).filter(|n| n != written).collect();
                    years.sort_unstable();
                    years.dedup();
                    let also =
                        if years.is_empty() { String::new() } else { format!(" (also as {})", years.join(", ")) };
                    format!("{written} in {}{also}", files_of(files.max(paths.len() as u32)))
                })
                .collect();
            let taken = match c.chosen {
                crate::resolve::Choice::Majority => format!("every citation is taken to be {}", c.written[0]),
                crate::resolve::Choice::Codification => {
                    format!(
                        "every citation is taken to be {}, the number the codification (Bộ pháp điển) gives",
                        c.written[0]
                    )
                }
                crate::resolve::Choice::None => "cited by name, it is left unresolved".to_string(),
            };
            out.push(finding(
                "conflicting-numbers",
                format!("{name} is written with {} numbers: {}; {taken}", numbers.len(), numbers.join(", ")),
                places.into_iter().flatten().map(location).collect(),
            ));
        }

        for slip in conflicts.slips {
            out.push(finding(
                "probably-same-document",
                slip_message(slip, &mentions[slip.written], &mentions[slip.taken]),
                vec![location(&mentions[slip.written]), location(&mentions[slip.taken])],
            ));
        }

        // Files that hold one document, in the order of its id; each finding built in parallel
        // (a corpus of copies has a hundred thousand locations to list).
        let mut by_doc: HashMap<&str, Vec<&str>> = HashMap::default();
        // A copy skipped holds the document of the file read (see `resolve::holds_what_was_read`):
        // one file read, no duplicate.
        for f in files.iter().filter(|f| f.status == crate::model::FileStatus::Ok) {
            if let Some(d) = &f.document {
                by_doc.entry(d).or_default().push(&f.path);
            }
        }
        let mut shared: Vec<(&str, Vec<&str>)> = by_doc.into_iter().filter(|(_, p)| p.len() > 1).collect();
        shared.sort_unstable_by_key(|(doc, _)| *doc);
        out.par_extend(shared.par_iter().map(|(doc, paths)| {
            finding(
                "duplicate-document",
                format!("{} files hold {}: {}", paths.len(), shown_id(doc), paths.join(", ")),
                paths.iter().map(|p| Location { path: (*p).into(), line: 1, column: 1, text: String::new() }).collect(),
            )
        }));

        out.extend(conflicting_years(documents, mentions));
        out.extend(crate::variants::within_files(documents, mentions).iter().map(written_alike));
        out
    };
    // The sections read only what is final and each pushes its own findings: worked out side
    // by side, then put one after the other in the order they were pushed in before (the sort
    // after is stable, and keeps that order among findings at one place).
    let ((a, b), (c, (d, e))) = rayon::join(|| rayon::join(s1, s2), || rayon::join(s3, || rayon::join(s4, s5)));
    let mut out = a;
    for part in [b, c, d, e] {
        out.extend(part);
    }
    out
}

/// The day of `days`, given for `doc` as often as each other, that fits the days of the other
/// numbers of its series (symbol, year and place) in the graph, as `resolve` took it where one
/// fits ([`crate::slips::fitting_day`]).
fn fits_numbers_beside<'d>(by_series: &BySeries, doc: &Document, days: &[&'d str]) -> Option<&'d str> {
    let (series, number) = doc.numbered_in_series()?;
    let beside: Vec<(u32, &str)> = by_series
        .get(&series)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter(|(_, _, id)| **id != *doc.id)
        .map(|&(n, date, _)| (n, date))
        .collect();
    crate::slips::fitting_day(&beside, number, days)
}

/// Each series' numbered documents with a full day: number, day and id, in the documents' order.
type BySeries<'d> = HashMap<crate::model::Series<'d>, Vec<(u32, &'d str, &'d str)>>;

fn by_series(documents: &[Document]) -> BySeries<'_> {
    let mut out: BySeries = HashMap::default();
    for d in documents {
        if let Some((series, n)) = d.numbered_in_series()
            && let Some(date) = d.date.as_deref().filter(|x| x.len() == 10)
        {
            out.entry(series).or_default().push((n, date, &d.id));
        }
    }
    out
}

/// What `probably-same-document` says of a reading `resolve` took for a slip of another
/// ([`crate::slips`]): the two, the one taken, and what gives the slip away.
fn slip_message(slip: &crate::slips::Slip, written: &Mention, taken: &Mention) -> String {
    use crate::slips::Part;
    let n = canonical_number(written.number.as_deref().unwrap_or(""));
    let date = written.date.as_deref().unwrap_or("");
    // The codes of the part that differs: the type's, or the bodies'.
    let codes = |m: &Mention, body: bool| {
        let mut codes = tables::symbol_codes(m.symbol.as_deref().unwrap_or(""));
        let type_code = codes.next().unwrap_or("");
        if body { codes.collect::<Vec<_>>().join("-") } else { type_code.to_string() }
    };
    let why = match slip.part {
        Part::Number => {
            let subject = written.subject.as_deref().map(|s| format!(" about «{}»", OneLine(s))).unwrap_or_default();
            return format!(
                "{} dated {date}{subject} is probably {}, cited more often with that day and subject, while {} is \
                 cited with another day: a misprint of the number; read as {}",
                shown_id(&slip.written_id),
                shown_id(&taken.target),
                shown_id(&slip.written_id),
                shown_id(&taken.target)
            );
        }
        Part::Digit => {
            let subject = written.subject.as_deref().map(|s| format!(" about «{}»", OneLine(s))).unwrap_or_default();
            return format!(
                "{} dated {date}{subject} is probably {}, one digit off, cited with no other day or subject, whose \
                 place among the numbers beside it fits that day, while {} is cited more often with another day and \
                 subject: a misprint of the number; read as {}",
                shown_id(&slip.written_id),
                shown_id(&taken.target),
                shown_id(&slip.written_id),
                shown_id(&taken.target)
            );
        }
        Part::Year => format!("the year {} is that of its day", taken.year.map(|y| y.to_string()).unwrap_or_default()),
        Part::TypeCode => {
            format!("the type word {} fits the code {}, not {}", taken.kind, codes(taken, false), codes(written, false))
        }
        Part::Body => format!(
            "the sentences name {}, whose code is {}, not {}",
            written.issuer.as_deref().unwrap_or(""),
            codes(taken, true),
            codes(written, true)
        ),
    };
    format!(
        "number {n} dated {date} is cited as {} and {}: probably one document; merged as {}: {why}",
        shown_id(&slip.written_id),
        shown_id(&taken.target),
        shown_id(&taken.target)
    )
}

/// Documents one number, codes and day of which are written without their year and with it
/// (`19/QĐ-BTC` and `19/2006/QĐ-BTC`, both of 30/3/2006), which `resolve::merge_yearless_twins`
/// took for one: said so, at the first place without the year and the first with it (or the
/// document's own file), for a reader to check.
fn merged_twins(documents: &[Document], mentions: &[Mention]) -> Vec<Finding> {
    // The yearless citations of a document numbered with its year, by document, in order.
    let mut twins: Vec<(&str, &Mention)> = Vec::new();
    for m in mentions.iter().filter(|m| m.family == Family::Administrative) {
        let (Some(n), Some(sym), Some(year)) = (m.number.as_deref(), m.symbol.as_deref(), m.year) else { continue };
        if !tables::is_type_code(tables::first_code(sym)) || tables::year_in_symbol(sym) {
            continue;
        }
        // `{number}/{year}/{sym}`, then nothing or a place, read part by part (no string made
        // for each citation).
        let merged = m
            .target
            .strip_prefix(canonical_number(n).as_str())
            .and_then(|rest| rest.strip_prefix('/'))
            .and_then(|rest| rest.strip_prefix(itoa::Buffer::new().format(year)))
            .and_then(|rest| rest.strip_prefix('/'))
            .and_then(|rest| rest.strip_prefix(sym))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('@'));
        if merged && !twins.iter().any(|(t, _)| *t == &*m.target) {
            twins.push((&m.target, m));
        }
    }
    twins
        .into_iter()
        .map(|(target, yearless)| {
            let written = mentions.iter().find(|m| *m.target == *target && m.family == Family::Normative);
            let own = || {
                let path = crate::model::document_by_id(documents, target)?.path.as_deref()?;
                Some(Location { path: path.into(), line: 1, column: 1, text: String::new() })
            };
            let n = canonical_number(yearless.number.as_deref().unwrap_or(""));
            let sym = yearless.symbol.as_deref().unwrap_or("");
            finding(
                "probably-same-document",
                format!(
                    "number {n} dated {} is cited as {n}/{sym} and {}: probably one document; merged as {}",
                    yearless.date.as_deref().unwrap_or(""),
                    shown_id(target),
                    shown_id(target)
                ),
                std::iter::once(location(yearless)).chain(written.map(location).or_else(own)).collect(),
            )
        })
        .collect()
}

/// What `probably-same-document` says of two documents a digit apart that one file writes in
/// one place ([`crate::variants::within_files`]): not merged, as either number may be the one
/// meant; the place of the likelier misprint first.
fn written_alike(w: &crate::variants::WrittenAlike) -> Finding {
    use crate::variants::Sign;
    let [a, b] = w.places;
    let times = |n: usize| if n == 1 { "once".to_string() } else { format!("{n} times") };
    let why = match w.sign {
        Sign::Listed { before, after } => {
            format!("each stands between {} and {} in a list of this file", shown_id(before), shown_id(after))
        }
        Sign::Amending => format!(
            "this file dates both {} and titles both «{}»: a document is amended once on one day",
            a.full_date().unwrap_or_default(),
            OneLine(a.subject.as_deref().unwrap_or_default())
        ),
    };
    finding(
        "probably-same-document",
        format!(
            "{} {} (cited {} here) and {} (cited {}), numbers one digit apart: {why}; probably one document, one \
             number a misprint; not merged",
            w.kind,
            shown_id(&a.target),
            times(w.times[0]),
            shown_id(&b.target),
            times(w.times[1])
        ),
        vec![location(a), location(b)],
    )
}

/// One law's name and number cited with two years (`Luật Tổ chức Chính phủ số 63/2023/QH15`
/// in two files of shared/corpus/real, 63/2025/QH15 in 115): one year is a misprint, most
/// likely the one cited less. Located at the first mention of each less cited.
/// A National Assembly's term goes with the year: a slip of the year may take the term of the
/// year written (`Luật Ngân sách nhà nước số 89/2015/QH13`, once, for 89/2025/QH15).
fn conflicting_years(documents: &[Document], mentions: &[Mention]) -> Vec<Finding> {
    /// One year a law's name and number are written with: its symbol, the document its
    /// citations are read as, and where.
    struct Written<'m> {
        year: u16,
        symbol: &'m str,
        target: &'m str,
        places: Vec<&'m Mention>,
    }
    // Read from the citations, not the documents: a slip the resolver took for the law
    // (`mend_misprinted_years`) is a document no more, and was written still.
    let mut groups: HashMap<(&str, String, &str, &str), Vec<Written>> = HashMap::default();
    for m in mentions {
        let (Some(name), Some(number), Some(symbol), Some(year)) = (&m.name, &m.number, &m.symbol, m.year) else {
            continue;
        };
        if m.family != Family::Normative || !matches!(m.kind.as_str(), "Luật" | "Bộ luật" | "Pháp lệnh") {
            continue;
        }
        let code = tables::last_code(symbol);
        let body = match tables::assembly_term(code) {
            Some(term) if tables::legislature_of(symbol).is_some() => &symbol[..symbol.len() - term.len()],
            _ => symbol,
        };
        // A number read as another law's (`97/2025/QH15` for 91/2025/QH15) is no year of its
        // own: `conflicting-numbers` speaks for it.
        if !m.target.strip_prefix(number.as_str()).is_some_and(|rest| rest.starts_with('/')) {
            continue;
        }
        // Without marks: the tone's place differs between spellings of one name (`hàng
        // hoá`, `hàng hóa`: findings audit 2196, 78/2023/QH15 for 78/2025/QH15 untold).
        let group = groups.entry((&m.kind, tables::fold(&name.to_lowercase()), number, body)).or_default();
        match group.iter_mut().find(|w| w.year == year && w.symbol == symbol.as_str()) {
            Some(w) => w.places.push(m),
            None => group.push(Written { year, symbol, target: &m.target, places: vec![m] }),
        }
    }
    let document = |id: &str| crate::model::document_by_id(documents, id);
    let id_of = |number: &str, w: &Written| format!("{number}/{}/{}", w.year, w.symbol);
    // How often each is cited: its document's count where it is one, but for the slips taken
    // for it, else its places'.
    let times_of = |number: &str, w: &Written, all: &[Written]| {
        let slips: usize =
            all.iter().filter(|o| o.target == w.target && o.year != w.year).map(|o| o.places.len()).sum();
        document(w.target)
            .filter(|d| *d.id == *id_of(number, w))
            .map_or(w.places.len(), |d| d.cited.saturating_sub(slips))
    };
    // Each law's kind and number, and the years written, each with how often, the most first.
    type Years<'m> = (&'m str, &'m str, Vec<(usize, Written<'m>)>);
    let mut groups: Vec<Years> = groups
        .into_iter()
        .filter(|(_, written)| written.len() > 1)
        .map(|((kind, _, number, _), written)| {
            let times: Vec<usize> = written.iter().map(|w| times_of(number, w, &written)).collect();
            let mut written: Vec<(usize, Written)> = times.into_iter().zip(written).collect();
            written.sort_by(|(a, wa), (b, wb)| b.cmp(a).then_with(|| id_of(number, wa).cmp(&id_of(number, wb))));
            (kind, number, written)
        })
        .collect();
    groups.sort_by_cached_key(|(_, number, written)| id_of(number, &written[0].1));
    let times = |n: usize| format!("{n} {}", if n == 1 { "time" } else { "times" });
    groups
        .iter()
        .map(|(kind, number, written)| {
            let (first, top) = (&written[0].1, written[0].0);
            // Where the most cited is cited no more than the next, neither is the likelier
            // slip: both are located (UX audit 2166: a 1-1 tie pointed at the right number only).
            let first_slip = usize::from(top > written[1].0);
            let others: Vec<String> =
                written[1..].iter().map(|(n, w)| format!("{} ({})", id_of(number, w), times(*n))).collect();
            let name = first.places[0].name.as_deref().unwrap_or_default();
            let taken =
                written[1..].iter().all(|(_, w)| w.target == first.target) && *first.target == *id_of(number, first);
            finding(
                "conflicting-years",
                format!(
                    "{kind} {name} {} ({}) is also cited as {}: one year is a misprint{}",
                    id_of(number, first),
                    times(top),
                    others.join(", "),
                    if taken { format!("; every citation is taken to be {}", first.target) } else { String::new() }
                ),
                // Every place of a misprint: each is one to mend (audit 2159: `(2 times)` showed one).
                written[first_slip..].iter().flat_map(|(_, w)| &w.places).map(|m| location(m)).collect(),
            )
        })
        .collect()
}

/// A document's basis that another document, issued before it, repeals or replaces: a
/// draft that stands on a decree already slated to go (check audit 2185: `Căn cứ Nghị định
/// số 90/2020/NĐ-CP` in a draft of August 2026, which Nghị định 233/2026 of May replaced).
/// Dates by issue, not by entry into force, which the texts do not give alike: the message
/// asks the reader to check the date the repeal took effect. A document carried out
/// (`implements`) is told alike (check audit 2222: a plan `triển khai thực hiện` a circular
/// replaced before it went unsaid).
pub fn of_repealed_bases(documents: &[Document], mentions: &[Mention], edges: &[Edge]) -> Vec<Finding> {
    let removed: HashMap<&str, Vec<&Edge>> = edges
        .iter()
        .filter(|e| e.relation == "repeals" || e.relation == "replaces")
        .fold(HashMap::default(), |mut m, e| {
            m.entry(&*e.to).or_default().push(e);
            m
        });
    if removed.is_empty() {
        return Vec::new();
    }
    let document = |id: &str| crate::model::document_by_id(documents, id);
    // A draft whose day is left blank (`Yên Thành, ngày     tháng 12 năm 2025`: clerk audit
    // 2191 passed one standing on a decision replaced that October) is dated by its year's
    // end: it is signed after whatever its year removed before.
    let found: Vec<(&Edge, &Edge, &Document, &str, String)> = edges
        .iter()
        .filter(|e| matches!(&*e.relation, "basis" | "implements") && !e.inferred)
        .filter_map(|e| {
            let removers = removed.get(&*e.to)?;
            let citing = document(&e.from).filter(|d| !d.codified)?;
            let (cited_on, shown) = match citing.date.as_deref() {
                Some(d) => (d.to_string(), format!("on {d}")),
                None if citing.in_corpus => {
                    let year = citing.year?;
                    (format!("{year}-12-31"), format!("in {year} (its day not filled in)"))
                }
                None => return None,
            };
            removers.iter().filter(|r| r.from != e.from).find_map(|r| {
                let by = document(&r.from)?;
                by.date.as_deref().filter(|d| **d < *cited_on).map(|d| (e, *r, by, d, shown.clone()))
            })
        })
        .collect();
    if found.is_empty() {
        return Vec::new();
    }
    // Each basis told by its reference's words: the mentions by place, looked up once each.
    let at: HashMap<(&str, usize, usize), &Mention> =
        mentions.iter().map(|m| ((&*m.path, m.line, m.column), m)).collect();
    found
        .into_iter()
        .map(|(e, r, by, date, cited_on)| {
            let ev = &e.evidence;
            let text = at
                .get(&(&*ev.path, ev.line, ev.column))
                .map_or_else(|| ev.sentence.to_string(), |m| OneLine(&m.text).to_string());
            let (kind, stands) = if e.relation == "basis" {
                ("basis-repealed", "a basis")
            } else {
                ("implements-repealed", "carried out")
            };
            let message = format!(
                "{text} is {stands} here, but {} of {date} {} it: check that it was still in force {cited_on}",
                by.id, r.relation
            );
            let place = Location { path: ev.path.clone(), line: ev.line, column: ev.column, text };
            finding(kind, message, vec![place])
        })
        .collect()
}

/// One finding for each cycle, located at the edges that close it.
pub fn of_cycles(edges: &[Edge], cycles: &[Vec<String>]) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in cycles {
        let locations = edges
            .iter()
            .filter(|e| c.iter().any(|id| **id == *e.from) && c.iter().any(|id| **id == *e.to))
            .map(|e| Location {
                path: e.evidence.path.clone(),
                line: e.evidence.line,
                column: e.evidence.column,
                text: e.evidence.sentence.to_string(),
            })
            .collect();
        out.push(finding("cycle", format!("{} derive from one another", c.join(" → ")), locations));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_out_of_order_are_put_right() {
        assert_eq!(reordered_symbol("UBND-KH", Some(2022)).as_deref(), Some("KH-UBND"));
        assert_eq!(reordered_symbol("UBND-KH", None).as_deref(), Some("KH-UBND"));
        assert_eq!(reordered_symbol("KH-UBND", Some(2022)), None);
        assert_eq!(reordered_symbol("UBND-KGVX", Some(2022)), None);
        // From shared/corpus/real: a ministry's decision of 1987.
        assert_eq!(reordered_symbol("VH-QĐ", Some(1987)), None);
        assert_eq!(reordered_symbol("VH-QĐ", Some(2010)).as_deref(), Some("QĐ-VH"));
        assert_eq!(reordered_symbol("BTC-TT", Some(2026)).as_deref(), Some("TT-BTC"));
    }

    /// UX audit 2190: `104/KH-UBDN` beside `104/KH-UBND` of the same day stood as a document
    /// of its own, in silence.
    #[test]
    fn a_code_with_two_letters_swapped_is_put_right() {
        assert_eq!(unswapped_symbol("KH-UBDN").as_deref(), Some("KH-UBND"));
        assert_eq!(unswapped_symbol("KH-UBND"), None);
        assert_eq!(unswapped_symbol("UBDN-VP").as_deref(), Some("UBND-VP"));
        // Two codes damaged, or a code no swap makes: left as written.
        assert_eq!(unswapped_symbol("KH-XYZW"), None);
        let province = "UBND TỈNH QUẢNG NGÃI\nSố: 104/KH-UBND\nQuảng Ngãi, ngày 28 tháng 6 năm 2022\n\nKẾ HOẠCH\n";
        let report = "ỦY BAN NHÂN DÂN\nHUYỆN SƠN HÀ\nSố: 310/BC-UBND\nSơn Hà, ngày 12 tháng 12 năm 2022\n\n\
                      Thực hiện Kế hoạch số 104/KH-UBDN ngày 28/6/2022 của UBND tỉnh Quảng Ngãi.";
        let graph = crate::resolve::graph_of(&[("kh.txt", province), ("bc.txt", report)]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["104/KH-UBND:2022@Quảng Ngãi"]);
        let found: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "malformed-symbol").map(|f| f.message.as_str()).collect();
        assert_eq!(
            found,
            ["104/KH-UBDN has two letters of a code swapped: read as 104/KH-UBND (same number and date: merged)"]
        );
    }

    /// Audit 2200: the Huyện ủy's plan writes the resolution its province's plan cites as
    /// `29-NQ/TW` in the state's order; it is that document, and the order is reported.
    #[test]
    fn a_party_number_in_the_state_s_order_is_reported_and_read_as_the_party_s() {
        let province = "TỈNH ỦY QUẢNG NGÃI\n*\nSố 120-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                        Quảng Ngãi, ngày 15 tháng 3 năm 2023\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 29-NQ/TW ngày \
                        17/11/2022 của Ban Chấp hành Trung ương Đảng (khóa XIII)\n";
        let district = "HUYỆN ỦY SƠN TỊNH\n*\nSố 58-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                        Sơn Tịnh, ngày 05 tháng 4 năm 2023\n\nThực hiện Kế hoạch số 120-KH/TU, ngày 15 tháng 3 năm \
                        2023 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 29/NQ-TW ngày 17/11/2022 của Hội \
                        nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII.\n";
        let graph = crate::resolve::graph_of(&[("kh120.txt", province), ("kh58.txt", district)]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["29-NQ/TW:2022", "120-KH/TU:2023@Quảng Ngãi", "29-NQ/TW:2022"]);
        let found: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "malformed-symbol").map(|f| f.message.as_str()).collect();
        assert_eq!(
            found,
            ["29/NQ-TW is a Party document's number in the state's order (number/type-body): should be 29-NQ/TW \
              (number-type/body); read as 29-NQ/TW"]
        );
        assert!(graph.findings.iter().all(|f| f.kind != "probably-same-document"), "{:?}", graph.findings);
    }

    /// UX audit 2143: a draft of 2024 that stands on `Luật số 45/2030/QH16` passed, where a
    /// later date would have been reported. What a note says replaced it later is no slip.
    #[test]
    fn a_basis_numbered_after_the_draft_is_reported() {
        let draft = "Số: 12/2024/NĐ-CP\n\nHà Nội, ngày 05 tháng 3 năm 2024\n\nNGHỊ ĐỊNH\n\n\
                     Căn cứ Luật số 45/2030/QH16;\n\nNghị định này được thay thế bởi Nghị định số 60/2031/NĐ-CP.\n";
        let graph = crate::resolve::graph_of(&[("d.md", draft)]);
        let later: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "cites-later-document").map(|f| f.message.as_str()).collect();
        assert_eq!(later, ["Luật số 45/2030/QH16 is numbered in 2030, after the citing document (2024-03-05)"]);
    }

    /// From shared/corpus/real (findings audit 2188): a page editor's summary lists the
    /// circular that later guided the decree; no slip of the decree's.
    #[test]
    fn a_later_document_in_a_page_s_summary_is_no_slip() {
        let page = "---\ntitle: \"Nghị định 162/2026/NĐ-CP\"\n---\n\n## THÔNG TIN VĂN BẢN\n\n\
                    | **Số hiệu** | 162/2026/NĐ-CP |\n| **Ngày ban hành** | 15/05/2026 |\n\n\
                    - **Văn bản hướng dẫn đi kèm:** Thông tư số 14/2026/TT-BNV ngày 04/6/2026 hướng dẫn chi tiết.\n\n---\n\n\
                    CHÍNH PHỦ\n\nSố: 162/2026/NĐ-CP\n\nHà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ ĐỊNH\n\n\
                    Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\nĐiều 1. Theo Quyết định số 9/QĐ-TTg ngày 04/6/2026.\n";
        let graph = crate::resolve::graph_of(&[("lao-dong__nghi-dinh-162.md", page)]);
        let later: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "cites-later-document").map(|f| &*f.locations[0].text).collect();
        assert_eq!(later, ["Quyết định số 9/QĐ-TTg ngày 04/6/2026"], "{:#?}", graph.mentions);
    }

    #[test]
    fn type_words_and_codes() {
        assert!(kind_fits_code("Quy định", "QĐi"));
        assert!(!kind_fits_code("Thông tri", "TTr"));
        assert!(kind_fits_code("Thông tri", "TT"));
    }

    /// From shared/corpus/real: one number and date under two symbols is one document where
    /// the kind or a body is shared (`56/2026/TT-BCA`, `56/2026/TT-BTC`), two where neither is
    /// (`22/2016/TT-BYT`, `22/2016/TTLT-BNNPTNT-BTNMT`) or where the corpus holds the texts of
    /// both (as it does of those two circulars); a document only the corpus holds is shown at
    /// its file.
    #[test]
    fn one_number_and_date_under_two_symbols() {
        let graph = crate::resolve::graph_of(&[
            ("a.md", "Số: 56/2026/TT-BCA\n\nHà Nội, ngày 15 tháng 5 năm 2026\n\nTHÔNG TƯ\n"),
            (
                "b.md",
                "Theo Thông tư số 56/2026/TT-BTC ngày 15 tháng 5 năm 2026, Thông tư số 22/2016/TT-BYT ngày 30 \
                 tháng 6 năm 2016 và Thông tư liên tịch số 22/2016/TTLT-BNNPTNT-BTNMT ngày 30 tháng 6 năm 2016.",
            ),
        ]);
        assert_eq!(
            messages_and_paths(&graph, "probably-same-document"),
            [(
                "number 56 dated 2026-05-15 is cited as 56/2026/TT-BCA and 56/2026/TT-BTC: probably one document, \
                 56/2026/TT-BCA, whose text is in the corpus; not merged",
                vec!["a.md", "b.md"]
            )]
        );
        let mut scans = vec![
            crate::scan::scan_text(
                "a.md".into(),
                "Số: 56/2026/TT-BCA\n\nHà Nội, ngày 15 tháng 5 năm 2026\n\nTHÔNG TƯ\n",
            ),
            crate::scan::scan_text(
                "c.md".into(),
                "Số: 56/2026/TT-BTC\n\nHà Nội, ngày 15 tháng 5 năm 2026\n\nTHÔNG TƯ\n",
            ),
        ];
        scans.push(crate::scan::scan_text("b.md".into(), "Theo Thông tư số 56/2026/TT-BTC ngày 15 tháng 5 năm 2026."));
        let graph = crate::resolve::build(scans);
        let held = graph.documents.iter().filter(|d| d.in_corpus && d.number.as_deref() == Some("56")).count();
        assert_eq!(held, 2, "{:#?}", graph.documents);
        assert!(!graph.findings.iter().any(|f| f.kind == "probably-same-document"), "{:#?}", graph.findings);
        // Another kind by another body, titled as the decree of that number and day is (check
        // audit 2222); a title of a few generic words says nothing.
        let decree = "CHÍNH PHỦ\nSố: 193/2026/NĐ-CP\nHà Nội, ngày 01 tháng 6 năm 2026\n\nNGHỊ ĐỊNH\n\
                      Quy định về quyết toán vốn đầu tư dự án\n";
        let draft = |title: &str| {
            format!("Căn cứ Thông tư số 193/2026/TT-BNV ngày 1/6/2026 của Bộ trưởng Bộ Nội vụ {title};\n")
        };
        let alike = draft("quy định về quyết toán vốn đầu tư dự án");
        let graph = crate::resolve::graph_of(&[("nd.md", decree), ("kh.md", &alike)]);
        let told = messages_and_paths(&graph, "probably-same-document");
        assert_eq!(told.len(), 1, "{:#?}", graph.findings);
        assert!(told[0].0.contains("193/2026/NĐ-CP, whose text is in the corpus"), "{}", told[0].0);
        let other = draft("quy định về tiền lương");
        let graph = crate::resolve::graph_of(&[("nd.md", decree), ("kh.md", &other)]);
        assert!(messages_and_paths(&graph, "probably-same-document").is_empty(), "{:#?}", graph.findings);
    }

    /// From shared/corpus/real (findings audit): the codified page on population cites, in
    /// one sentence, `Quyết định số 19/QĐ-BTC ngày 30 tháng 3 năm 2006` and `Quyết định số
    /// 19/2006/QĐ-BTC ngày 30 tháng 3 năm 2006`, both the Finance Minister's: one document,
    /// merged and said so. A decision written without its year on another day is another
    /// document of the other series (`12/2018/QĐ-TTg`, `12/QĐ-TTg` of 2018), and so is one no
    /// citation writes with its year, and one whose own text the corpus holds.
    #[test]
    fn a_decision_written_with_and_without_its_year_on_one_day_is_one() {
        let page = "theo Quyết định số 19/QĐ-BTC ngày 30 tháng 3 năm 2006 của Bộ trưởng Bộ Tài chính về việc ban hành \
                    chế độ kế toán hành chính sự nghiệp và Thông tư số 185/2010/TT-BTC hướng dẫn sửa đổi chế độ ban \
                    hành kèm theo Quyết định số 19/2006/QĐ-BTC ngày 30 tháng 3 năm 2006 của Bộ trưởng Bộ Tài chính.\n\
                    Căn cứ Quyết định số 12/QĐ-TTg ngày 05/01/2018 và Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018;\n\
                    Căn cứ Quyết định số 13/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ;\n";
        let graph = crate::resolve::graph_of(&[("p.md", page)]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(
            targets,
            [
                "19/2006/QĐ-BTC",
                "185/2010/TT-BTC",
                "19/2006/QĐ-BTC",
                "12/QĐ-TTg:2018",
                "12/2018/QĐ-TTg",
                "13/QĐ-TTg:2018"
            ]
        );
        assert_eq!(
            messages_and_paths(&graph, "probably-same-document"),
            [(
                "number 19 dated 2006-03-30 is cited as 19/QĐ-BTC and 19/2006/QĐ-BTC: probably one document; merged as \
                 19/2006/QĐ-BTC",
                vec!["p.md", "p.md"]
            )]
        );
        // The yearless decision's own text: two documents, each text says whose it is.
        let own = "BỘ TÀI CHÍNH\nSố: 19/QĐ-BTC\nHà Nội, ngày 30 tháng 3 năm 2006\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n";
        let graph = crate::resolve::graph_of(&[("p.md", page), ("q.md", own)]);
        assert!(graph.mentions.iter().any(|m| &*m.target == "19/QĐ-BTC:2006"), "{:#?}", graph.mentions);
        assert!(messages_and_paths(&graph, "probably-same-document").iter().all(|(m, _)| !m.contains("merged as")));
    }

    /// The findings of `kind`: each message with the files of its places.
    fn messages_and_paths<'g>(graph: &'g crate::model::Graph, kind: &str) -> Vec<(&'g str, Vec<&'g str>)> {
        let of_kind = graph.findings.iter().filter(|f| f.kind == kind);
        of_kind.map(|f| (f.message.as_str(), f.locations.iter().map(|l| &*l.path).collect())).collect()
    }

    fn kind_mismatches(text: &str) -> Vec<String> {
        let scan = crate::scan::scan_text("x.md".into(), text);
        let graph = crate::resolve::build(vec![scan]);
        graph.findings.iter().filter(|f| f.kind == "kind-mismatch").map(|f| f.message.clone()).collect()
    }

    /// A decree the Prime Minister cannot issue (UX audit 2160: a clerk's draft); the
    /// examples of the table are not reported, nor a decree of the Hội đồng Bộ trưởng.
    #[test]
    fn a_type_only_one_body_issues_is_reported_under_another() {
        let malformed = |text: &str| -> Vec<String> {
            let graph = crate::resolve::graph_of(&[("x.md", text)]);
            graph.findings.iter().filter(|f| f.kind == "malformed-symbol").map(|f| f.message.clone()).collect()
        };
        assert_eq!(
            malformed("Căn cứ Nghị định số 240/2026/NĐ-TTg ngày 26/6/2026;"),
            ["Nghị định số 240/2026/NĐ-TTg ngày 26/6/2026: a Nghị định is issued only by the Chính phủ or the Hội \
                 đồng Bộ trưởng (NĐ-CP, NĐ-HĐBT), not by the Thủ tướng Chính phủ (TTg)"]
        );
        assert_eq!(malformed("Pháp lệnh số 12/2020/PL-CTN").len(), 1);
        for &(_, _, example) in tables::TYPE_ISSUERS {
            assert_eq!(malformed(&format!("theo văn bản số {example}")), Vec::<String>::new(), "{example}");
        }
        assert_eq!(malformed("Nghị định số 388/NĐ-HĐBT ngày 20/11/1991"), Vec::<String>::new());
    }

    #[test]
    fn a_type_word_that_fits_another_code_is_no_mismatch() {
        for &(kind, code, example) in tables::KIND_ALSO_FITS {
            let found = crate::recognize::recognize_str(example);
            assert_eq!(found.len(), 1, "{example}: {found:?}");
            assert_eq!(found[0].kind, kind, "{example}");
            assert!(found[0].symbol.as_deref().is_some_and(|s| s.split(['-', '/']).next() == Some(code)), "{example}");
            assert_eq!(kind_mismatches(example), Vec::<String>::new(), "{example}");
        }
        // From shared/corpus/real: an old code that names no type of a normative document.
        assert_eq!(
            kind_mismatches("theo Thông tư số 27/1997/TC-VT ngày 23 tháng 5 năm 1997 của Bộ Tài chính"),
            Vec::<String>::new()
        );
        // A type word that does disagree still does.
        assert_eq!(kind_mismatches("Thông tri số 01-TTr/TU").len(), 1);
        assert_eq!(kind_mismatches("Thông tư số 16/2008/NĐ-CP").len(), 1);
    }

    /// From shared/corpus/real (Nghị quyết 66.22/2026/NQ-CP, its appendix's table, OCR):
    /// `Thông tư số 155/2025/T1-BTC` writes `T1`, no type's code, one letter from the `TT` of the
    /// type word before it. Said where the corpus writes it nowhere right; where it does, read
    /// as that document, as `65/2013/NB-CP` is.
    #[test]
    fn a_type_code_one_letter_from_its_type_word_s_is_malformed() {
        let t = "ĐIÊU, KHOẢN, ĐIÊM HIỆN HÀNH ĐÈ XUẤT SỬA ĐÔI, BỔ SUNG ĐÈ XUẤT SỬA ĐỔI, BỎ SƯNG OẶC QUY ĐỊNH KHÁC \
                 Thông tư số 155/2025/T1-BTC Bồ sung khoản 5 Điều 6 (Miễn lệ phí): Quy định mức thu, chế độ thu, \
                 nộp, quản lý lệ phí.";
        let said = |graph: &crate::model::Graph| -> Vec<String> {
            graph.findings.iter().filter(|f| f.kind == "malformed-symbol").map(|f| f.message.clone()).collect()
        };
        let graph = crate::resolve::graph_of(&[("nq.md", t)]);
        assert_eq!(
            said(&graph),
            ["Thông tư số 155/2025/T1-BTC: T1 names no type of document; a Thông tư's code is TT, one letter \
              apart: misread, the corpus writes it nowhere right"]
        );
        let cited = "Căn cứ Thông tư số 155/2025/TT-BTC của Bộ trưởng Bộ Tài chính;";
        let graph = crate::resolve::graph_of(&[("nq.md", t), ("tt.md", cited)]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets, ["155/2025/TT-BTC", "155/2025/TT-BTC"]);
        assert_eq!(
            said(&graph),
            ["Thông tư số 155/2025/T1-BTC: T1 names no type of document; read as 155/2025/TT-BTC, as the corpus \
              writes it"]
        );
        // A code the tables know, one letter from `TT` too, is none (`TC` of `Thông tư số
        // 27/1997/TC-VT`, from shared/corpus/real).
        let graph = crate::resolve::graph_of(&[("tc.md", "theo Thông tư số 27/1997/TC-VT ngày 23 tháng 5 năm 1997")]);
        assert_eq!(said(&graph), Vec::<String>::new());
    }

    /// Audit 2200: a province's plan whose text is in the folder, cited by a notice with another
    /// date. The warning says which date its own text gives, whatever command asked.
    #[test]
    fn a_date_conflict_names_the_date_the_document_s_own_text_gives() {
        let graph = crate::resolve::graph_of(&[
            ("kh.txt", "TỈNH ỦY QUẢNG NGÃI\nSố 120-KH/TU\nQuảng Ngãi, ngày 15 tháng 3 năm 2023\n\nKẾ HOẠCH\n"),
            (
                "a.txt",
                "TỈNH ỦY QUẢNG NGÃI\nSố 79-TB/TU\nQuảng Ngãi, ngày 20 tháng 9 năm 2023\n\nThực hiện Kế hoạch số \
                       120-KH/TU ngày 25/3/2023 của Ban Thường vụ Tỉnh ủy.\n",
            ),
            (
                "b.txt",
                "TỈNH ỦY QUẢNG NGÃI\nSố 80-TB/TU\nQuảng Ngãi, ngày 21 tháng 9 năm 2023\n\nThực hiện Kế hoạch số \
                       120-KH/TU ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy.\n",
            ),
        ]);
        let found = messages_and_paths(&graph, "conflicting-dates");
        assert_eq!(found.len(), 1, "{:#?}", graph.findings);
        assert!(
            found[0].0.ends_with("2023-03-15 (1×), 2023-03-25 (1×); its own text is dated 2023-03-15"),
            "{}",
            found[0].0
        );
        // One citation against the text itself is a conflict too (audit 2215: a decree's
        // `Nghị định số 88/2012/NĐ-CP ngày 23 tháng 10 năm 2012` against its header's 24/10).
        let (plan, notice) = (
            "TỈNH ỦY QUẢNG NGÃI\nSố 120-KH/TU\nQuảng Ngãi, ngày 15 tháng 3 năm 2023\n\nKẾ HOẠCH\n",
            "TỈNH ỦY QUẢNG NGÃI\nSố 79-TB/TU\nQuảng Ngãi, ngày 20 tháng 9 năm 2023\n\nThực hiện Kế hoạch số \
             120-KH/TU ngày 25/3/2023 của Ban Thường vụ Tỉnh ủy.\n",
        );
        let graph = crate::resolve::graph_of(&[("kh.txt", plan), ("a.txt", notice)]);
        let found = messages_and_paths(&graph, "conflicting-dates");
        assert_eq!(found.len(), 1, "{:#?}", graph.findings);
        assert!(
            found[0].0.ends_with("cited with the date 2023-03-25 (1×); its own text is dated 2023-03-15"),
            "{}",
            found[0].0
        );
        let right = notice.replace("25/3/2023", "15/3/2023");
        let graph = crate::resolve::graph_of(&[("kh.txt", plan), ("a.txt", &right)]);
        assert!(messages_and_paths(&graph, "conflicting-dates").is_empty(), "{:#?}", graph.findings);
    }

    /// From shared/corpus/real: Nghị quyết 66.22/2026/NQ-CP stands on `Luật Tổ chức Chính phủ
    /// số 63/2023/QH15`, which 115 files cite as 63/2025/QH15. A law of another name with that
    /// number is no conflict.
    #[test]
    fn one_law_s_name_and_number_with_two_years_is_reported() {
        let graph = crate::resolve::graph_of(&[
            ("a.md", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"),
            ("b.md", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"),
            ("c.md", "Căn cứ Luật Tổ chức Chính phủ số 63/2023/QH15;\n"),
            ("e.md", "Theo Luật Tổ chức Chính phủ số 63/2023/QH15;\n"),
            ("f.md", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"),
            ("d.md", "Căn cứ Luật Đất đai số 31/2024/QH15; Luật Giá số 31/2023/QH15;\n"),
        ]);
        assert_eq!(
            messages_and_paths(&graph, "conflicting-years"),
            [(
                "Luật Tổ chức Chính phủ 63/2025/QH15 (3 times) is also cited as 63/2023/QH15 (2 times): one year is a \
                 misprint",
                vec!["c.md", "e.md"]
            )]
        );
        // Cited as often, either may be the slip: both places are given (UX audit 2166).
        let graph = crate::resolve::graph_of(&[
            ("a.md", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2023/QH15;\n"),
            ("b.md", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n"),
        ]);
        let found = messages_and_paths(&graph, "conflicting-years");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, ["a.md", "b.md"]);
        // The tone written on another letter is one name (findings audit 2196: Nghị định
        // 26/2026's `… hàng hoá số 78/2023/QH15`, which six citations give as 78/2025/QH15).
        let law = "Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng";
        let graph = crate::resolve::graph_of(&[
            ("a.md", &format!("Căn cứ {law} hóa số 78/2025/QH15;\n")),
            ("b.md", &format!("Căn cứ {law} hóa số 78/2025/QH15;\n")),
            ("c.md", &format!("Căn cứ {law} hoá số 78/2023/QH15;\n")),
        ]);
        let found = messages_and_paths(&graph, "conflicting-years");
        assert_eq!(found.len(), 1, "{:#?}", graph.findings);
        assert_eq!(found[0].1, ["c.md"]);
        // Read in three times as many files, one year is the law's: the slip is no document
        // of its own (audit 2196), and the finding says so.
        let graph = crate::resolve::graph_of(&[
            ("a.md", &format!("Căn cứ {law} hóa số 78/2025/QH15;\n")),
            ("b.md", &format!("Căn cứ {law} hóa số 78/2025/QH15;\n")),
            ("d.md", &format!("Căn cứ {law} hóa số 78/2025/QH15;\n")),
            ("c.md", &format!("Căn cứ {law} hoá số 78/2023/QH15;\n")),
        ]);
        let numbered = graph.mentions.iter().filter(|m| m.number.as_deref() == Some("78"));
        assert!(numbered.clone().count() == 4 && numbered.clone().all(|m| &*m.target == "78/2025/QH15"));
        assert_eq!(
            messages_and_paths(&graph, "conflicting-years"),
            [(
                "Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa 78/2025/QH15 (3 times) is \
                 also cited as 78/2023/QH15 (1 time): one year is a misprint; every citation is taken to be \
                 78/2025/QH15",
                vec!["c.md"]
            )]
        );
    }

    #[test]
    fn a_term_mended_from_ocr_is_reported() {
        // On one line, and wrapped over two: named on one, as `check` prints a finding to a line.
        for text in [
            "Căn cứ Luật Quản lý thuế số 108/2025/QHI15; Luật số 108/2025/QH15.",
            "Căn cứ Luật Quản lý thuế số\n108/2025/QHI15; Luật số 108/2025/QH15.",
        ] {
            let graph = crate::resolve::graph_of(&[("x.md", text)]);
            let found: Vec<&str> =
                graph.findings.iter().filter(|f| f.kind == "malformed-symbol").map(|f| f.message.as_str()).collect();
            assert_eq!(
                found,
                ["Luật Quản lý thuế số 108/2025/QHI15: the term of the code is damaged: read as 108/2025/QH15"],
                "{text}"
            );
            assert!(graph.mentions.iter().all(|m| &*m.target == "108/2025/QH15"), "{text}");
        }
        // Numbers listed before the one that writes the symbol damaged no code.
        let scan =
            crate::scan::scan_text("y.md".into(), "- Luật Giá 16/2023/QH15 (sửa 44/2024, 61/2024, 140/2025/QH15)");
        let graph = crate::resolve::build(vec![scan]);
        assert_eq!(graph.mentions.len(), 4);
        assert!(graph.findings.iter().all(|f| f.kind != "malformed-symbol"), "{:?}", graph.findings);
    }

    /// From shared/corpus/real (an audit of trace chains: Nghị quyết 25/2026/NQ-CP's basis led
    /// to the law on social insurance): a number of the eleventh term cited as a law and as a
    /// resolution is two documents, each with its own edges; one of a later term, whose laws and
    /// resolutions share a series, is a slip and reported; a law and a resolution of their own
    /// numbers are not.
    #[test]
    fn a_number_cited_as_a_law_and_as_a_resolution_is_reported() {
        let graph = crate::resolve::graph_of(&[
            ("a.md", "theo quy định của Luật bảo hiểm xã hội số 71/2006/QH11;\nCăn cứ Luật số 80/2015/QH13;"),
            (
                "b.md",
                "- Nghị quyết số 71/2006/QH11 của Quốc hội phê chuẩn Nghị định thư gia nhập Hiệp định thành lập Tổ chức \
                 thương mại thế giới;\n- Nghị quyết số 120/2020/QH14;\n- Luật số 15/2012/QH13;\n- Nghị quyết số 80/2015/QH13;",
            ),
        ]);
        assert_eq!(
            messages_and_paths(&graph, "conflicting-kinds"),
            [(
                "80/2015/QH13 is cited as a law (Luật số 80/2015/QH13) and as a resolution (Nghị quyết số 80/2015/QH13): \
                 the National Assembly numbers both in one series, so one is a misprint; held as one",
                vec!["a.md", "b.md"]
            )]
        );
        let doc = |id: &str| graph.documents.iter().find(|d| &*d.id == id).map(|d| d.kind.as_str());
        assert_eq!(doc("71/2006/QH11"), Some("Luật"));
        assert_eq!(doc("Nghị quyết 71/2006/QH11"), Some("Nghị quyết"));
        let targets: Vec<&str> =
            graph.mentions.iter().filter(|m| m.path.as_ref() == "b.md").map(|m| &*m.target).collect();
        assert_eq!(targets[0], "Nghị quyết 71/2006/QH11");
    }

    /// From shared/corpus/real: symbols cut by a table's column or misread by OCR. A dot for
    /// the hyphen (`05/2025/NQ.CP`) cut nothing: the symbol is read whole, and said so.
    #[test]
    fn a_normative_symbol_without_its_issuer_is_reported() {
        let t = "| Thực hiện đăng ký cấp đổi, cấp 64/2025/TT- | Căn cứ Nghị quyết số 05/2025/NQ.CP. | Luật số 87/2025/QH15 |";
        let graph = crate::resolve::graph_of(&[("x.md", t)]);
        let found: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "malformed-symbol").map(|f| f.message.as_str()).collect();
        assert_eq!(
            found,
            [
                "64/2025/TT: read with the symbol TT, which names no issuer: cut off or damaged in the text",
                "Nghị quyết số 05/2025/NQ.CP: a dot stands for the hyphen in `NQ.CP`: read as 05/2025/NQ-CP"
            ],
            "{:#?}",
            graph.mentions
        );
    }

    /// From shared/corpus/real (findings audit): Quyết định 1255/2026/QĐ-TTg's table writes
    /// `22/2022NĐ.CP`, its year run into its codes and a dot for their hyphen, at two places.
    /// It is the Government's decree, told in one finding of both places, each place's
    /// wrongs in one message; the same symbol without its issuer is no decree, and its one
    /// finding says so without a `read as`, as a symbol read right is told.
    #[test]
    fn each_place_s_wrongs_are_told_once() {
        let t = "| hợp đồng địa|22/2022NĐ.CP; — | nghề |\n| hợp đồng địa|22/2022NĐ.CP; — | nghề |\n\
                 Căn cứ Nghị định số 23/2022NĐ ngày 10/3/2022;\n";
        let graph = crate::resolve::graph_of(&[("x.md", t)]);
        let decree = graph.documents.iter().find(|d| &*d.id == "22/2022/NĐ-CP").expect("the decree");
        assert_eq!(decree.issuer.as_deref(), Some("Chính phủ"));
        let found: Vec<(&str, Vec<usize>)> =
            graph.findings.iter().map(|f| (f.message.as_str(), f.locations.iter().map(|l| l.line).collect())).collect();
        assert_eq!(
            found,
            [
                (
                    "22/2022NĐ.CP: the year is run into the codes, no `/` between, and a dot stands for the hyphen in \
                     `NĐ.CP`: read as 22/2022/NĐ-CP (2 places)",
                    vec![1, 2]
                ),
                (
                    "Nghị định số 23/2022NĐ ngày 10/3/2022: read with the symbol NĐ, which names no issuer: cut off or \
                     damaged in the text; the year is run into the codes, no `/` between",
                    vec![3]
                )
            ]
        );
        assert!(!read_right(&graph.findings[1]));
    }

    /// From shared/corpus/real (findings audit): Quyết định 1255/2026/QĐ-TTg's table writes
    /// `22/2022NĐ.CP`, its year run into its codes and a dot for their hyphen. It is the
    /// Government's decree, and one finding says both what was written and what was read.
    #[test]
    fn a_dot_for_the_hyphen_is_read_and_told_once() {
        let graph = crate::resolve::graph_of(&[("x.md", "| hợp đồng địa|22/2022NĐ.CP; — | nghề |\n")]);
        let decree = graph.documents.iter().find(|d| &*d.id == "22/2022/NĐ-CP").expect("the decree");
        assert_eq!(decree.issuer.as_deref(), Some("Chính phủ"));
        let found: Vec<&str> = graph.findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            found,
            ["22/2022NĐ.CP: the year is run into the codes, no `/` between, and a dot stands for the hyphen in \
              `NĐ.CP`: read as 22/2022/NĐ-CP"]
        );
    }

    /// Findings audit: Thông tư 60/2026/TT-BTC (shared/corpus/real) misreads `417/QĐ-BNNMT`
    /// at 14 places, each as OCR spelt it, and gave 14 findings. The places of one file that say
    /// one thing of one document are one finding; another file's, another document's, another
    /// thing said, are others.
    #[test]
    fn one_slip_at_several_places_is_one_finding() {
        let own = "Căn cứ Quyết định số 417/QĐ-BNNMT ngày 31 tháng 01 năm 2026;\n\
                   theo Quyết định số 417/QĐ-BNNMIT;\ntheo Quyết định sô 417/QĐĐ-BNNMT;\n\
                   Thông tư số 225/2012/TT-BTC ngày 31 tháng 12 năm 2010;\n\
                   theo Quyết định số 417/QĐ-BNNMIT;\nThông tư số 225/2012/TT-BTC ngày 31 tháng 12 năm 2010;\n\
                   Thông tư số 226/2012/TT-BTC ngày 31 tháng 12 năm 2010;\n";
        let other = "Thông tư số 225/2012/TT-BTC ngày 31 tháng 12 năm 2010;\n";
        let graph = crate::resolve::graph_of(&[("a.md", own), ("b.md", other)]);
        // Each finding's kind, message and places.
        type Told<'g> = (&'g str, &'g str, Vec<(&'g str, usize)>);
        let found: Vec<Told> = graph
            .findings
            .iter()
            .map(|f| (f.kind.as_str(), f.message.as_str(), f.locations.iter().map(|l| (&*l.path, l.line)).collect()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "malformed-symbol",
                    "Quyết định số 417/QĐ-BNNMIT: a code is misread by OCR: read as 417/QĐ-BNNMT (2026), as the same \
                     file writes it (3 places, as QĐ-BNNMIT, QĐĐ-BNNMT)",
                    vec![("a.md", 2), ("a.md", 3), ("a.md", 5)]
                ),
                (
                    "year-mismatch",
                    "Thông tư số 225/2012/TT-BTC ngày 31 tháng 12 năm 2010: numbered in 2012 but dated 2010-12-31 (2 \
                     places)",
                    vec![("a.md", 4), ("a.md", 6)]
                ),
                (
                    "year-mismatch",
                    "Thông tư số 226/2012/TT-BTC ngày 31 tháng 12 năm 2010: numbered in 2012 but dated 2010-12-31",
                    vec![("a.md", 7)]
                ),
                (
                    "year-mismatch",
                    "Thông tư số 225/2012/TT-BTC ngày 31 tháng 12 năm 2010: numbered in 2012 but dated 2010-12-31",
                    vec![("b.md", 1)]
                ),
            ]
        );
    }

    /// A draft's slips (UX audit 2149: `12/2018/QĐTTg` was no reference, `12/2018/QĐ-TT g`
    /// read as `QĐ-TT`), and OCR's split term (`101/2025/QH1 3`, in shared/corpus/real): read
    /// as the symbol meant, and said to be written wrong.
    #[test]
    fn codes_run_together_or_split_are_read_and_reported() {
        let t = "Căn cứ Quyết định số 12/2018/QĐTTg ngày 06/3/2018;\nCăn cứ Quyết định số 12/2018/QĐ-TT g ngày \
                 06/3/2018;\nCăn cứ Luật số 101/2025/QH1 3;\nCăn cứ Quyết định số 13/2018/QĐ-TTg;\nCăn cứ Nghị định \
                 số 04/2015/NĐCP;\nThông tư 25/2026/TTBYT;\nThông tư số 01/2014/TTLT-BTC-BNV;\nCăn cứ Nghị định số \
                 05/2011NĐ-CP ngày 14/01/2011.";
        let graph = crate::resolve::graph_of(&[("x.md", t)]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(
            targets,
            [
                "12/2018/QĐ-TTg",
                "12/2018/QĐ-TTg",
                "101/2025/QH13",
                "13/2018/QĐ-TTg",
                "04/2015/NĐ-CP",
                "25/2026/TT-BYT",
                "01/2014/TTLT-BTC-BNV",
                "05/2011/NĐ-CP"
            ]
        );
        let found: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "malformed-symbol").map(|f| f.message.as_str()).collect();
        assert_eq!(
            found,
            [
                "Quyết định số 12/2018/QĐTTg ngày 06/3/2018: the codes are written `QĐTTg`: read as QĐ-TTg",
                "Quyết định số 12/2018/QĐ-TT g ngày 06/3/2018: the codes are written `TT g`: read as QĐ-TTg",
                "Luật số 101/2025/QH1 3: the codes are written `QH1 3`: read as QH13",
                "Nghị định số 04/2015/NĐCP: the codes are written `NĐCP`: read as NĐ-CP",
                "Thông tư 25/2026/TTBYT: the codes are written `TTBYT`: read as TT-BYT",
                // UX audit 2190: the year run into the codes passed in silence.
                "Nghị định số 05/2011NĐ-CP ngày 14/01/2011: the year is run into the codes, no `/` between: read as \
                 05/2011/NĐ-CP",
            ]
        );
    }

    /// A draft dated with a day that cannot be (UX re-audit 2150: nothing was said, and the
    /// check of later documents was skipped without a word). A date left blank is no error.
    #[test]
    fn a_document_s_own_impossible_date_is_an_error() {
        let t = "UBND TỈNH QUẢNG NGÃI\n\nSố: 20/KH-UBND          Quảng Ngãi, ngày 31 tháng 02 năm 2024\n\nKẾ HOẠCH\n";
        let graph = crate::resolve::graph_of(&[("d.txt", t)]);
        let found: Vec<(&str, usize, usize, &str)> = graph
            .findings
            .iter()
            .map(|f| (f.kind.as_str(), f.locations[0].line, f.locations[0].column, f.locations[0].text.as_str()))
            .collect();
        assert_eq!(found, [("impossible-date", 3, 37, "ngày 31 tháng 02 năm 2024")]);
        assert_eq!(graph.findings[0].severity, Severity::Error);
        for fine in
            ["Số: 20/KH-UBND\nQuảng Ngãi, ngày 29 tháng 02 năm 2024\n", "Quảng Ngãi, ngày    tháng 02 năm 2024\n"]
        {
            let graph = crate::resolve::graph_of(&[("d.txt", fine)]);
            assert!(graph.findings.is_empty(), "{fine}: {:?}", graph.findings);
        }
    }

    #[test]
    fn a_law_numbered_outside_its_legislature_is_an_error() {
        let scan = crate::scan::scan_text(
            "x.md".into(),
            "Căn cứ Luật số 126/2025/QH13 và Luật Báo chí số 103/2016/QH13; Nghị quyết số 254/2025/QH15.",
        );
        let graph = crate::resolve::build(vec![scan]);
        let wrong: Vec<&str> =
            graph.findings.iter().filter(|f| f.kind == "term-mismatch").map(|f| f.locations[0].text.as_str()).collect();
        assert_eq!(wrong, ["Luật số 126/2025/QH13"]);
        assert_eq!(severity_of("term-mismatch"), Severity::Error);
    }

    /// Audit 2217 and shared/corpus/real: a law named with a year none of its editions was
    /// passed in is told; an edition's year, a law whose editions the table does not list, and
    /// one the corpus numbers are not.
    #[test]
    fn a_law_named_with_a_year_of_no_edition_is_told() {
        let told = |t: &str| -> Vec<String> {
            let graph = crate::resolve::graph_of(&[("a.txt", t)]);
            messages_and_paths(&graph, "no-such-edition").into_iter().map(|(m, _)| m.to_string()).collect()
        };
        assert_eq!(
            told("Căn cứ Luật Báo chí ngày 12 tháng 6 năm 2012;"),
            ["Luật Báo chí ngày 12 tháng 6 năm 2012: no Luật Báo chí was passed in 2012; its editions are of 1989, \
              2016, 2025"]
        );
        assert_eq!(
            told("Căn cứ Luật Giá năm 2022;"),
            ["Luật Giá năm 2022: no Luật Giá was passed in 2022; its editions are of 2012, 2023"]
        );
        assert!(told("Căn cứ Luật Báo chí năm 2016;").is_empty());
        assert!(told("Căn cứ Luật Giá;").is_empty());
        assert!(told("Căn cứ Luật Quy hoạch năm 2019;").is_empty());
        assert_eq!(told("Căn cứ Luật Thanh tra năm 2023;").len(), 1);
        assert!(told("Căn cứ Luật Giá số 16/2023/QH15;").is_empty());
    }

    /// From shared/corpus/real (audit 2232): a law's number and term written with another
    /// year than its edition's, where `law_names.txt` numbers it, is told with the right one
    /// (Thông tư 32/2026/TT-BQP, line 46; Nghị định 169/2026/NĐ-CP, line 99, which names no
    /// law, so the number may be the slip). Not where the words name another law (Nghị định
    /// 216/2026's `Luật Dữ liệu số 64/2024/QH15`: 64/2025/QH15 is Luật Ban hành văn bản quy
    /// phạm pháp luật), nor a resolution, nor a year the term did not sit in.
    #[test]
    fn a_law_numbered_with_another_year_than_its_edition_s_is_told() {
        let told = |t: &str| -> Vec<String> {
            let graph = crate::resolve::graph_of(&[("a.txt", t)]);
            messages_and_paths(&graph, "wrong-law-year").into_iter().map(|(m, _)| m.to_string()).collect()
        };
        assert_eq!(
            told("- Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2025/QH15."),
            ["Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2025/QH15: law 42 of the 15th \
              National Assembly is Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ, passed in 2024: the \
              year is a slip for 42/2024/QH15"]
        );
        assert_eq!(
            told("Căn cứ Luật Hải quan số 54/2014/QH13 được sửa đổi, bổ sung bởi Luật số 27/2025/QH15;"),
            ["Luật số 27/2025/QH15: law 27 of the 15th National Assembly is Luật Nhà ở, passed in 2023: \
              27/2023/QH15, or the number is a slip"]
        );
        assert!(told("Căn cứ Luật Dữ liệu số 64/2024/QH15;").is_empty());
        assert!(told("Căn cứ Nghị quyết số 42/2025/QH15;").is_empty());
        assert!(told("Căn cứ Luật số 27/2030/QH15;").is_empty());
        assert!(told("Căn cứ Luật Nhà ở số 27/2023/QH15;").is_empty());
        assert_eq!(severity_of("wrong-law-year"), Severity::Warning);
    }

    /// Audit 2217: a draft's codes written without the mark of their `Đ` or in the wrong case
    /// were read as the document in silence (`QĐ-TTG` as one of its own); a text written
    /// without any marks, or in capitals, writes every code so, and is told nothing.
    #[test]
    fn a_code_written_without_its_mark_or_case_is_told() {
        let t = "Căn cứ Nghị định số 233/2026/ND-CP ngày 10/6/2026 của Chính phủ;\n\
                 Căn cứ Quyết định số 22/2026/QD-TTG của Thủ tướng Chính phủ;\n\
                 Căn cứ Nghị định số 234/2026/nd-cp;\n\
                 Nghi dinh so 35/2019/ND-CP\n\
                 QUYẾT ĐỊNH SỐ 12/2018/QĐ-TTG\n\
                 Căn cứ Quyết định số 10/2026/QĐ-TTg;\n";
        let graph = crate::resolve::graph_of(&[("a.txt", t)]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(
            targets,
            ["233/2026/NĐ-CP", "22/2026/QĐ-TTg", "234/2026/NĐ-CP", "35/2019/NĐ-CP", "12/2018/QĐ-TTg", "10/2026/QĐ-TTg"]
        );
        let told: Vec<&str> = messages_and_paths(&graph, "malformed-symbol").into_iter().map(|(m, _)| m).collect();
        assert_eq!(
            told,
            [
                "Nghị định số 233/2026/ND-CP ngày 10/6/2026: ND-CP is NĐ-CP written without the mark of its Đ",
                "Quyết định số 22/2026/QD-TTG: QD-TTG is QĐ-TTg written without the mark of its Đ and in the wrong case",
                "Nghị định số 234/2026/nd-cp: nd-cp is NĐ-CP written without the mark of its Đ and in the wrong case",
            ]
        );
    }

    /// Audit 2217 and shared/corpus/real: a decree's or circular's number written without its
    /// year is read as the document of that year, and told; a decision's, whose series is its
    /// own without the year, is not.
    #[test]
    fn a_number_written_without_its_year_is_told() {
        let t = "Căn cứ Nghị định số 204/NĐ-CP ngày 14 tháng 12 năm 2004 của Chính phủ;\n\
                 Căn cứ Thông tư số 18/TT-BVHTTDL ngày 30 tháng 12 năm 2013;\n\
                 Căn cứ Quyết định số 34/QĐ-TTg ngày 10 tháng 01 năm 2026;\n\
                 Căn cứ Nghị định số 205/2004/NĐ-CP ngày 14 tháng 12 năm 2004;\n\
                 Căn cứ Thông tư số 05/TT-PC ngày 08 tháng 01 năm 1996;\n\
                 Căn cứ Thông tư số 04/TT-BCA(X13) ngày 10 tháng 01 năm 2006;\n\
                 | Slug 439780 (91/TT-BTC) | 404 |\n";
        let graph = crate::resolve::graph_of(&[("a.txt", t)]);
        let targets: Vec<&str> = graph.mentions.iter().map(|m| &*m.target).collect();
        assert_eq!(targets[..4], ["204/NĐ-CP:2004", "18/TT-BVHTTDL:2013", "34/QĐ-TTg:2026", "205/2004/NĐ-CP"]);
        let told: Vec<&str> = messages_and_paths(&graph, "malformed-symbol").into_iter().map(|(m, _)| m).collect();
        assert_eq!(
            told,
            [
                "Nghị định số 204/NĐ-CP ngày 14 tháng 12 năm 2004: 204/NĐ-CP is written without its year, which a \
                 Nghị định's number carries: 204/2004/NĐ-CP",
                "Thông tư số 18/TT-BVHTTDL ngày 30 tháng 12 năm 2013: 18/TT-BVHTTDL is written without its year, \
                 which a Thông tư's number carries: 18/2013/TT-BVHTTDL",
            ]
        );
    }

    /// Check audit 2222: a number a stray space splits is read, and told.
    #[test]
    fn a_number_split_by_a_space_is_told() {
        let t = "Căn cứ Nghị định số 2 06/2026/NĐ-CP ngày 10/6/2026 của Chính phủ;\n";
        let graph = crate::resolve::graph_of(&[("a.txt", t)]);
        let told: Vec<&str> = messages_and_paths(&graph, "malformed-symbol").into_iter().map(|(m, _)| m).collect();
        assert_eq!(
            told,
            [
                "Nghị định số 2 06/2026/NĐ-CP ngày 10/6/2026: the number 2 06 is split by a space: read as 206/2026/NĐ-CP"
            ]
        );
    }

    /// From shared/corpus/real (Quyết định 1255/2026/QĐ-TTg's OCR'd table, Nghị định
    /// 231/2026/NĐ-CP's preamble): a year OCR ran into the number or split is read, and told.
    #[test]
    fn a_year_ocr_broke_is_told() {
        let t = "bị phủ hợp | JA 1402018/NĐ-CP và|ổnđịnhítnhất3lsinh viên/giáo viên,\n\n\
                 Căn cứ Bộ luật Tố tụng hình sự được sửa đổi, bổ Sung\nmột số điều theo Luật số 02/201 7/QHI14, \
                 Luật số 34/2024/QH15;\n";
        let graph = crate::resolve::graph_of(&[("a.txt", t)]);
        let told: Vec<&str> = messages_and_paths(&graph, "malformed-symbol").into_iter().map(|(m, _)| m).collect();
        assert_eq!(
            told,
            [
                "1402018/NĐ-CP: the number and its year are run together, no `/` between: read as 140/2018/NĐ-CP",
                "Luật số 02/201 7/QHI14: the year is split by a space: read as 02/2017/QH14; the term of the code is \
                 damaged: read as 02/2017/QH14",
            ]
        );
    }

    #[test]
    fn every_kind_has_a_vietnamese_label() {
        for (kind, _, _) in KINDS {
            assert_ne!(kind_label(kind), *kind, "{kind}");
        }
        assert_eq!(KIND_LABELS.len(), KINDS.len());
    }

    #[test]
    fn every_kind_has_a_severity() {
        for (k, s, _) in KINDS {
            assert_eq!(severity_of(k), *s);
        }
    }
}
