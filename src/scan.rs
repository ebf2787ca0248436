//! Scanning one file: read, normalize, identify, recognize, and turn what was found into
//! mentions positioned in the original bytes.

use crate::corpus::{self, Input, ReadError};
use crate::cues;
use crate::decode::{Decoded, Format, Lines, Locator};
use crate::header::{self, Identity};
use crate::model::{FileEntry, FileStatus, Mention};
use crate::normalize::Normalized;
use crate::recognize::{self, Found};
use crate::relate::{self, Pair};
use crate::tables::{self, Family};
use compact_str::CompactString;
use std::ops::Range;

/// What one file gave: its entry, its own identity, and its mentions (targets unset).
pub struct FileScan {
    pub entry: FileEntry,
    pub identity: Option<Identity>,
    pub mentions: Vec<Mention>,
    /// For each mention, the sentence it stands in (evidence for edges; not in graph.json),
    /// shared with the edges it proves; empty for a mention that proves nothing new.
    pub sentences: Vec<std::sync::Arc<str>>,
    /// Relations the text states between two of its mentions (indices into `mentions`).
    pub pairs: Vec<Pair>,
    /// For each mention named in the title of another document the text cites, that
    /// document's year (not in graph.json): a law it details or guides is no later law
    /// (`Nghị định số 113/2017/NĐ-CP … hướng dẫn thi hành một số điều của Luật Hóa chất` is
    /// not about the Luật Hóa chất of 2025). In a codification, a law named without its year
    /// in an article has the year of the article's source (see `source_note_year`).
    pub title_years: Vec<Option<YearBound>>,
    /// Mentions whose words are another document's than the file's (indices into `mentions`,
    /// the mention and the one that names that document): in a codification, an article's
    /// text is its source's, the document its note names (`(Điều 1 Nghị định số
    /// 112/2007/NĐ-CP …)`), and the law a page is filed under cites none of it.
    pub said_by: Vec<(usize, usize)>,
    /// What the file shows wrong of itself, apart from its references: its own date that
    /// cannot be.
    pub findings: Vec<crate::model::Finding>,
    /// A digest of the file's bytes, where another file has its size (see [`Copies`]).
    pub digest: Option<u64>,
    /// Where the file is skipped as the same file or text as one read at another path: that
    /// file's index in corpus order, whose document it holds too.
    pub read_at: Option<usize>,
}

/// The latest year a law named without its year can be of: that of the document whose title
/// names it, of a codified article's source, or of the law whose name says it amends it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearBound {
    pub year: u16,
    /// Whether the law is amended by a law of `year`: older than it, and seldom of its year
    /// (the text's own year for the law may still say so).
    pub amended: bool,
}

impl YearBound {
    pub fn of(year: u16) -> Self {
        YearBound { year, amended: false }
    }

    /// The latest year the corpus's laws of the name may be of: one before an amending law's
    /// (see `resolve::law_before` for a year's slip either way).
    pub fn for_corpus(self) -> u16 {
        if self.amended { self.year.saturating_sub(1) } else { self.year }
    }
}

/// Number without leading zeros, padded to two digits as documents write it (`4` → `04`).
pub fn canonical_number(n: &str) -> CompactString {
    // A space OCR set inside it (`3 6`, see `recognize::split_number_head`).
    if n.contains(' ') {
        return canonical_number(&n.replace(' ', ""));
    }
    match n.trim_start_matches('0') {
        "" => CompactString::const_new("00"),
        t if t.len() == 1 => compact_str::format_compact!("0{t}"),
        t => t.into(),
    }
}

pub fn display_path(input: &Input) -> String {
    corpus::display_path(&input.path)
}

/// The entry of a file skipped or failed, of `bytes` (see [`corpus::file_size`]).
fn failed(path: String, err: &ReadError, bytes: Option<u64>) -> FileScan {
    let status = if err.is_skip() { FileStatus::Skipped } else { FileStatus::Error };
    FileScan {
        entry: FileEntry {
            name: path.clone(),
            path,
            status,
            reason: Some(err.to_string()),
            bytes,
            document: None,
            mentions: 0,
            self_mentions: 0,
            format: None,
            encoding: None,
            offsets: None,
        },
        identity: None,
        mentions: Vec::new(),
        sentences: Vec::new(),
        pairs: Vec::new(),
        title_years: Vec::new(),
        said_by: Vec::new(),
        findings: Vec::new(),
        digest: None,
        read_at: None,
    }
}

/// The files read so far that a later file may repeat byte for byte, by size and digest of
/// their bytes. A copy read again was one more document (unnumbered, known by its file, its
/// references counted once a copy among the dangling; numbered, a duplicate-document finding).
#[derive(Default)]
pub struct Copies {
    /// The files read, by size and digest, each with its index in corpus order.
    read: std::collections::HashMap<(u64, u64), Vec<(std::path::PathBuf, usize)>>,
}

impl Copies {
    /// Turns each scan of `inputs` (the next files, in corpus order) whose file repeats one
    /// read before it into a skip that names that file. A digest is no proof: the bytes are.
    /// `first` is the corpus index of `inputs[0]`.
    pub fn settle(&mut self, first: usize, inputs: &[Input], scans: &mut [FileScan]) {
        for (i, (input, scan)) in inputs.iter().zip(scans).enumerate() {
            let Some(digest) = scan.digest.filter(|_| scan.entry.status == FileStatus::Ok) else { continue };
            let earlier = self.read.entry((scan.entry.bytes.unwrap_or(0), digest)).or_default();
            match earlier.iter().find(|(read, _)| corpus::same_bytes(read, &input.path)) {
                Some((read, at)) => {
                    let same = ReadError::SameText(corpus::display_path(read));
                    *scan = failed(display_path(input), &same, scan.entry.bytes);
                    scan.entry.name.clone_from(&input.name);
                    scan.read_at = Some(*at);
                }
                None => earlier.push((input.path.clone(), first + i)),
            }
        }
    }
}

/// Says at each path of a file read at another (see [`corpus::collect_inputs`]) where that
/// other failed or was skipped: the file is read nowhere, and a path that says it was read
/// there would hide that (a `Permission denied` at its own path).
pub fn settle_same_files(inputs: &[Input], gathered: &mut crate::resolve::Gathered) {
    for (i, input) in inputs.iter().enumerate() {
        let Some(at) = input.same_as else { continue };
        if gathered.entry(at).status != FileStatus::Ok {
            let unread = ReadError::SameFileUnread(display_path(&inputs[at]));
            gathered.entry_mut(i).reason = Some(unread.to_string());
        } else {
            gathered.read_at(i, at);
        }
    }
}

/// Reads and scans one input.
pub fn scan_input(input: &Input) -> FileScan {
    let mut scan = scan_named_input(input);
    scan.entry.name.clone_from(&input.name);
    scan
}

fn scan_named_input(input: &Input) -> FileScan {
    let path = display_path(input);
    if let Some(problem) = &input.problem {
        return failed(path, problem, corpus::file_size(&input.path));
    }
    match corpus::read_digested(&input.path, input.digest) {
        Err(e) => failed(path, &e, corpus::file_size(&input.path)),
        Ok((doc, bytes, digest)) => {
            let renamed = path != input.path.to_string_lossy();
            // A bug met on one file of a large corpus costs that file, not the run.
            let scanned =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| scan_decoded(path.clone(), &doc, bytes)));
            let mut scan = match scanned {
                Ok(scan) => scan,
                Err(panic) => {
                    return failed(path, &ReadError::Internal(panic_message(panic.as_ref())), Some(bytes));
                }
            };
            if renamed {
                let note = "file name is not UTF-8 (its bytes shown as \\xNN)";
                scan.entry.reason = Some(match scan.entry.reason.take() {
                    Some(r) => format!("{note}; {r}"),
                    None => note.to_string(),
                });
            }
            scan.digest = digest;
            scan
        }
    }
}

/// What a panic said, when it said it with a string.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    match (panic.downcast_ref::<&str>(), panic.downcast_ref::<String>()) {
        (Some(s), _) => s.to_string(),
        (_, Some(s)) => s.clone(),
        _ => "a panic without a message".to_string(),
    }
}

/// The relation a reference in brackets (`(Nghị định số 58/2025/NĐ-CP)`, `(sau đây gọi là …)`)
/// names a document with that an earlier reference of its clause gave it, a few references
/// back at most.
fn named_again(
    text: &str,
    found: &[Found],
    relations: &[Option<&'static str>],
    i: usize,
    clause: usize,
) -> Option<&'static str> {
    const BACK: usize = 8;
    let f = &found[i];
    let before = text[..f.span.start].trim_end_matches([' ', '*']);
    // `(Nghị định số 58/2025/NĐ-CP)`, `(sau đây gọi là Nghị định số 163/2024/NĐ-CP)`.
    if !before.ends_with('(') && !before.ends_with(" gọi là") && !before.ends_with(" gọi tắt là") {
        return None;
    }
    (i.saturating_sub(BACK)..i)
        .rev()
        .take_while(|&k| found[k].span.start >= clause)
        .find(|&k| names_same(text, &found[k], f))
        .and_then(|k| relations[k])
}

/// Whether reference `i` stands in brackets as the short name a document named just before
/// is given, written as that document's own number: `(sau đây gọi tắt là Kết luận số
/// 65-KL/TW)` after `Kết luận số 65-KL/TW, ngày 30/10/2019 …`. Not a name for several
/// (`sau đây gọi chung là …`), which names one of them for all.
fn defines_short_name(text: &str, found: &[Found], index: &[Option<usize>], i: usize) -> bool {
    const BACK: usize = 4;
    let f = &found[i];
    let before = text[..f.span.start].trim_end_matches([' ', '*', ':']);
    // Also the name given without `tắt` (`(sau đây gọi là Nghị định số 254/2025/NĐ-CP của Chính
    // phủ)`: recall audit 2179 counted it twice), which names no short name [`aliases`] reads.
    let restated = || before.strip_suffix("gọi là").filter(|l| l.trim_end().ends_with(" đây"));
    let Some(lead) = crate::aliases::INTRODUCERS.iter().find_map(|(w, _)| before.strip_suffix(w)).or_else(restated)
    else {
        return false;
    };
    // The introducer opens a bracket of its own (`(Sau đây viết tắt là: …`).
    let opening = &lead[lead.floor_char_boundary(lead.len().saturating_sub(48))..];
    if opening.rfind('(').is_none_or(|at| opening[at..].contains(')')) {
        return false;
    }
    (i.saturating_sub(BACK)..i).rev().any(|k| index[k].is_some() && names_same(text, &found[k], f))
}

/// Where a document's first article (`Điều 1.`, `### Điều 1:`, `**Điều 1.**`) opens, looked
/// for no further than the references asked about: the text before a basis, which a preamble
/// keeps short, is read once however many bases it names.
#[derive(Default)]
struct FirstArticle {
    /// Where the text was read to.
    read_to: usize,
    found: Option<usize>,
}

impl FirstArticle {
    const WORD: &str = "Điều 1";

    /// Whether the first article opens before `at`, asked in the text's order.
    fn before(&mut self, text: &str, at: usize) -> bool {
        if self.found.is_none() && at > self.read_to {
            // A word cut by the last search's end is read again whole.
            let from = text.floor_char_boundary(self.read_to.saturating_sub(Self::WORD.len()));
            // Built once: a search builds its searcher anew at every call.
            static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
                std::sync::LazyLock::new(|| memchr::memmem::Finder::new(FirstArticle::WORD));
            self.found = FINDER.find_iter(&text.as_bytes()[from..at]).map(|i| from + i).find(|&word| {
                let line = crate::lines::line_start(text, word);
                let lead_is_markup = text[line..word].bytes().all(|b| matches!(b, b'#' | b'*' | b' ' | b'_'));
                let rest = &text[word + Self::WORD.len()..];
                lead_is_markup && rest.trim_start_matches(['*', '_']).starts_with(['.', ':'])
            });
            self.read_to = at;
        }
        self.found.is_some_and(|a| a < at)
    }
}

/// A law named with `(sửa đổi)` after it and neither number nor year (`### 3. Luật Hộ tịch
/// (sửa đổi)` in the list of laws a session passed) is the law's new edition, of the citing
/// document's year, not the edition in force then, which it replaces.
fn renewed_laws(text: &str, found: &mut [Found], year: u16) {
    for f in found.iter_mut().filter(|f| f.family == Family::Named && f.year().is_none()) {
        let after = text[f.span.end..].trim_start_matches([' ', '*', '_']);
        if after.starts_with("(sửa đổi)") {
            f.number_year = Some(year);
        }
    }
}

/// A codified page's metadata table names the document it is filed under, most often the
/// law whose articles it compiles; where no article's source note names that one (`| **Số
/// hiệu** | 25/2005/PL-UBTVQH11 |` over the page of Cảnh vệ, whose articles come from Luật số
/// 13/2017/QH14 and what guides it), the page is not its text: it is identified by its file,
/// and the number it was filed under, where its text names it, is a reference like any other.
/// Returns the number dropped.
fn disown_unsourced(text: &str, found: &[Found], identity: &mut Identity) -> Option<String> {
    if !identity.codified || identity.number.is_none() {
        return None;
    }
    let sourced = found.iter().any(|f| {
        is_self(f, text, identity)
            && crate::recognize::opens_source_note(&text[crate::lines::line_start(text, f.span.start)..f.span.start])
    });
    if sourced {
        return None;
    }
    let dropped = identity.disown();
    // What the page is, once it is not that document: a codification's heading, as every
    // other page of the Bộ pháp điển (identity audit 2224: five such pages were `Văn bản`).
    identity.kind = Some(header::CODIFIED_PAGE_KIND.to_string());
    dropped
}

/// A subject read with the text's own number as its title, with a capital: one that says what
/// the document does or is about (`về nghi lễ đối ngoại`, `quy định …`; the type word a note
/// writes before it left out, `Nghị định quy định về hoạt động nghệ thuật biểu diễn`), without
/// an aside after a dash that names another document (`— văn bản hiện hành thay thế Nghị định
/// 50/2011/NĐ-CP`). None for other words (`được Chính phủ`).
fn subject_as_title(subject: &str) -> Option<String> {
    // The openings in lower case, made once; each compared with as many of the subject's
    // characters, lowered one at a time (the whole subject lowered, and every word, was 1 % of
    // a scan of real text). Char by char is the whole text's lower case but for a final
    // sigma, which no opening holds.
    static OPENINGS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        recognize::SUBJECT_OPENINGS.iter().chain(recognize::TITLE_VERBS).map(|w| w.to_lowercase()).collect()
    });
    let opens = |s: &str| {
        OPENINGS.iter().any(|w| {
            let mut lower = s.chars().flat_map(char::to_lowercase);
            w.chars().all(|c| lower.next() == Some(c))
        })
    };
    let mut subject = subject.trim();
    if !opens(subject) {
        let t = crate::tables::DOC_TYPES.iter().find(|t| subject.starts_with(&format!("{} ", t.name)))?;
        subject = &subject[t.name.len() + 1..];
        if !opens(subject) {
            return None;
        }
    }
    let mut end = subject.len();
    for (at, _) in subject.match_indices(" - ") {
        if recognize::first_number(&subject[at..]).is_some() {
            end = at;
            break;
        }
    }
    let subject = subject[..end].trim_end_matches([' ', ',', ';', '.']);
    (!subject.is_empty()).then(|| crate::tables::capitalized(subject))
}

/// Is a found reference the citing document's own number?
fn is_self(f: &Found, text: &str, id: &Identity) -> bool {
    let (Some(num), Some(sym), Some(own_num), Some(own_sym)) = (&f.number, &f.symbol, &id.number, &id.symbol) else {
        return false;
    };
    let (this, own) = (canonical_number(&text[num.clone()]), canonical_number(own_num));
    // OCR may lose the first digits of the page's own number in a damaged annex header
    // (`(Kèm CÝPP 1 6.22/2026/NQ-CP ngày 09 tháng 7 năm 2026 …` for 66.22/2026/NQ-CP): with
    // the page's own date too, it is the page's own, not another document of the same body.
    let cut_own = || own.len() > this.len() && own.ends_with(this.as_str()) && f.date.is_some() && f.date == id.date;
    (this == own || cut_own() || damaged_annex_heading(f, text, id, num))
        && sym == own_sym
        && match (f.year(), id.year()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
}

/// Is a found reference an annex's heading of the page's own document whose number OCR
/// damaged (`(Kèm theo Thông tư số: #2 /2026/TT-BGDĐT ngày#*hángổ năm 2026`, in Thông tư
/// 54/2026/TT-BGDĐT, whose other annexes read `P /2026` and `Ấ£ /2026`)? `Kèm theo` opens its
/// line, the type word is the page's own, the year is written, an OCR mark (neither a letter,
/// digit, space nor stop) stands against the number, and no other day is read. The symbol and
/// year are checked by [`is_self`].
fn damaged_annex_heading(f: &Found, text: &str, id: &Identity, num: &Range<usize>) -> bool {
    let Some(kind) = id.kind.as_deref().filter(|k| *k == f.kind) else { return false };
    if f.number_year.is_none() || f.date.is_some_and(|d| Some(d) != id.date) {
        return false;
    }
    let before = &text[crate::lines::line_start(text, num.start)..num.start];
    let mark =
        |c: char| !c.is_alphanumeric() && !c.is_whitespace() && !matches!(c, ':' | '.' | ',' | ';' | '(' | '-' | '/');
    let Some(unmarked) = before.strip_suffix(mark) else { return false };
    let lead = unmarked
        .trim_end_matches(mark)
        .trim_end_matches([' ', ':'])
        .strip_suffix(" số")
        .and_then(|l| l.trim_end().strip_suffix(kind))
        .map(|l| l.trim_start_matches(['*', '_', ' ', '>', '(']).trim_end());
    matches!(lead, Some("Kèm theo" | "kèm theo"))
}

/// Is a law cited by name alone the page's own law, named as its text writes its number
/// (`own`: `## Luật Đầu tư 2020 số 61/2020/QH14`, then `Quốc hội ban hành Luật Đầu tư.`,
/// `Điều 4. Áp dụng Luật Đầu tư và các luật có liên quan`)? Not with a year or date, which may
/// name an older law of that name, nor in a codification, whose source notes name the law in
/// the titles of the documents that guide it (`(Điều 1 Nghị định 63/2011/NĐ-CP quy định chi
/// tiết … Luật Trọng tài thương mại)`), nor after another reference in its clause (`prev_end`,
/// where the reference before ends), which may be such a title.
fn names_own_law(f: &Found, text: &str, id: &Identity, own: Option<&OwnKey>, prev_end: Option<usize>) -> bool {
    let (Some(own), Some(name)) = (own, &f.name) else { return false };
    if id.codified
        || f.family != Family::Named
        || f.year().is_some()
        || f.date.is_some()
        || id.kind.as_deref() != Some(f.kind)
    {
        return false;
    }
    let name = &text[name.clone()];
    // A key has a character for each of the name's: most names are told apart by their length.
    name.chars().count() == own.name_chars
        && tables::law_name_key(f.kind, name) == own.key
        && prev_end.is_none_or(|end| end <= cues::clause_start(text, f.span.start))
}

/// Is a law cited by name alone the one the page's enacting line enacts (`Quốc hội ban hành
/// Luật quản lý, sử dụng vốn nhà nước …`, where the page's number stands only in its metadata
/// table)? The line enacts the page's own law, of the page's own kind, in a codification too.
fn enacted_here(f: &Found, text: &str, id: &Identity) -> bool {
    if f.family != Family::Named || f.year().is_some() || f.date.is_some() || id.kind.as_deref() != Some(f.kind) {
        return false;
    }
    let lead =
        text[crate::lines::line_start(text, f.span.start)..f.span.start].trim_start_matches(['*', '_', ' ', '>']);
    let Some(body) = lead.strip_suffix(" ban hành ") else { return false };
    body.len() <= 40 && tables::is_enacting_body(body)
}

/// The name a law's page writes its own number with, as [`names_own_law`] compares names.
struct OwnKey {
    key: String,
    name_chars: usize,
}

impl OwnKey {
    /// `own` without the year it may end with (`Đầu tư 2020`, `Đầu tư năm 2020`).
    fn new(kind: &str, own: &str) -> OwnKey {
        let own = own.strip_suffix(|c: char| c.is_ascii_digit()).map_or(own, |_| {
            let bare = own.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
            bare.strip_suffix(" năm").unwrap_or(bare)
        });
        OwnKey { key: tables::law_name_key(kind, own), name_chars: own.chars().count() }
    }
}

/// Acts another document does to the citing one that a note on its own page states: amended
/// (or a part repealed or replaced, read alike: [`cues::as_amends`]), repealed or replaced.
const ACTS_ON_OWN: &[&str] = &["amends", "repeals", "replaces"];

/// A year bound no law's year reaches: the latest edition the corpus knows.
const LATEST: u16 = 9999;

/// Whether `lead`, a line up to a law named without its year, ends in the title of an article
/// of the Bộ pháp điển (`(Điều này có nội dung liên quan đến … Điều 16.1.LQ.6. Hiệu lực của `):
/// its number, then no numbered document before the law.
fn in_codified_article_title(lead: &str) -> bool {
    let number_end = lead.rmatch_indices("Điều ").find_map(|(at, word)| {
        let number = &lead[at + word.len()..];
        let token = &number[..number.find(' ').unwrap_or(number.len())];
        (token.ends_with('.') && crate::header::is_codified_article_number(token))
            .then_some(at + word.len() + token.len())
    });
    number_end.is_some_and(|end| !lead[end..].contains('/'))
}

/// The act a title says of the reference `f` it names, read as its own document's words:
/// `guides` for `Quy định chi tiết … Luật …`; none where the title says no act of one. A title
/// that names what `f` issued, right before it, names `f` (`Hướng dẫn thực hiện một số điều của
/// Quy chế đặt tên … công cộng` ban hành kèm theo Nghị định số 91/2005/NĐ-CP).
fn own_title_act(text: &str, title: &Option<Range<usize>>, f: &recognize::Found) -> Option<&'static str> {
    const ACTS: &[&str] = &["guides", "amends", "replaces", "repeals"];
    let names = |t: &Range<usize>| {
        f.span.start <= t.end || text.get(t.end..f.span.start).is_some_and(|g| g.trim() == cues::ISSUED_WITH)
    };
    let t = title.as_ref().filter(|t| t.start < f.span.start && names(t))?;
    let cue = cues::cue_in(&text[t.start..f.span.start])?;
    (!cue.by_agent && ACTS.contains(&cue.relation)).then_some(cue.relation)
}

/// Whether `f` is listed after `prev` (`… và Nghị định số 72/2000/NĐ-CP`), past what `prev`
/// is written with and its title, where no cue says an act of its own.
fn listed_in_title(text: &str, prev: &recognize::Found, f: &recognize::Found) -> bool {
    let Some(gap) = text.get(prev.span.end..f.span.start) else { return false };
    let lead = gap.trim_end();
    (lead.ends_with(" và") || lead.ends_with(','))
        && !gap.contains(['\n', ';', '(', ')'])
        && cues::cue_in(gap).is_none()
}

/// How far before a reference the titles of others are kept for its cues: as far back as a
/// list of provisions may lead its clause (`cues::listed_provision_start`).
const RECENT_TITLES: usize = 4096;

/// What the reference before (`prev`, not this document's own) says of the documents after
/// it: its subject, or where none was read, a title verb right after it (`Nghị định số
/// 163/2025/NĐ-CP quy định chi tiết một số điều … của Luật Dược`), up to `next`. A cue there
/// is that document's, not this one's.
fn title_of(text: &str, prev: &recognize::Found, next: &recognize::Found) -> Option<Range<usize>> {
    // The same document named again after its title (`QĐ 07/2026/QĐ-TTg**: Quy định chi tiết …
    // của Quyết định 07/2026/QĐ-TTg`) is what the title speaks of.
    if prev.span.end > next.span.start || names_same(text, prev, next) {
        return None;
    }
    let next = next.span.start;
    if let Some(s) = &prev.subject {
        // A subject read up to the next reference names it (`… hướng dẫn thi hành một số điều
        // của Luật⏎Hóa chất`: the subject ends at `của`, the space before the law), as does one
        // that ends on the word before it (`… quy định chi tiết thi hành một số điều tại Nghị
        // định số 113/2013/NĐ-CP`).
        let reaches = text.get(s.end..next).is_some_and(|gap| matches!(gap.trim(), "" | "tại" | "của"));
        return Some(if reaches { s.start..next } else { s.clone() });
    }
    let at = prev.issuer.as_ref().map_or(prev.span.end, |r| r.end.max(prev.span.end)).min(next);
    let gap = &text[at..next];
    const LEAD: &[char] = &[' ', ',', '-', '–', '—', ':', '*', '|'];
    let mut rest = gap.trim_start_matches(LEAD);
    // A link's target after the reference its text is, and a date written with slashes after
    // it (`[Thông tư số 14/2026/TT-BNV](https://…) ngày 04/6/2026 hướng dẫn chi tiết (thay thế
    // …)`): the title follows them.
    if let Some(target) = rest.strip_prefix("](")
        && let Some(close) = target.find(')')
        && !target[..close].contains([' ', '\n'])
    {
        rest = target[close + 1..].trim_start_matches(LEAD);
        if let Some(date) = rest.strip_prefix("ngày ") {
            let written = date.bytes().take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-')).count();
            if written >= 6 {
                rest = date[written..].trim_start_matches(LEAD);
            }
        }
    }
    // Bodies that issued it with the first (`… của Bộ Quốc phòng, Bộ Lao động-Thương binh và Xã
    // hội, Bộ Tài chính hướng dẫn thực hiện Quyết định số 290/2005/QĐ-TTg …`): the title
    // follows the last.
    if prev.issuer.is_some()
        && let Some(title) = past_joint_issuers(rest)
    {
        rest = title;
    }
    // A date and body the recognizer did not read as the reference's own still head its title,
    // whose verb is then no act of the text citing it (after a link's target: `Nghị định số
    // [91/2017/NĐ-CP](https://…) ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết …
    // Luật thi đua, khen thưởng`; in OCR's specks: `… ngày 04'tháng 8 năm 2025 của Chính: phủ
    // quy định chỉ tiết … Luật Đầu thầu`).
    if prev.issuer.is_none()
        && let Some(title) = past_unread_header(rest, prev.date_span.is_none())
    {
        rest = title;
    }
    // A hard-wrapped line goes on in small letters (`… của Chính phủ⏎quy định chi tiết …`).
    if let Some(next) = rest.strip_prefix('\n').map(|r| r.trim_start_matches(['\n', ' ']))
        && next.starts_with(char::is_lowercase)
    {
        rest = next;
    }
    // A note in brackets before the title is passed over (`- Nghị định 320/2025/NĐ-CP (được
    // sửa đổi, bổ sung) - hướng dẫn Luật Thuế TNDN`, `- **Nghị định 291/2025/NĐ-CP**
    // (19/12/2025) - Sửa đổi, bổ sung NĐ 103/2024/NĐ-CP`); a title may stand in brackets
    // itself (`NĐ 78/2025/NĐ-CP (hướng dẫn Luật Ban hành VBQPPL)`).
    let mut in_brackets = false;
    if let Some(inside) = rest.strip_prefix('(') {
        rest = match inside.find(')') {
            Some(close) if !inside[..close].contains('(') => inside[close + 1..].trim_start_matches(LEAD),
            _ => {
                in_brackets = true;
                inside.trim_start_matches(LEAD)
            }
        };
    }
    let opens = at + gap.len() - rest.len();
    // A space of the verb or after it may be a wrap (`… của Chính phủ quy định⏎chi tiết …`,
    // `… của Chính phủ quy⏎định chi tiết …`), with a speck OCR read as a comma before it
    // (`… của Chính phủ quy,⏎định chi tiết …`).
    let opens_title = |v: &&str| {
        let (v, r) = (v.as_bytes(), rest.as_bytes());
        if r.first() != v.first() {
            return false;
        }
        let mut i = 0;
        for &b in v {
            if b == b' ' && r.get(i) == Some(&b',') && matches!(r.get(i + 1), Some(b' ' | b'\n')) {
                i += 1;
            }
            match r.get(i) {
                Some(&a) if a == b || (a == b'\n' && b == b' ') => i += 1,
                _ => return false,
            }
        }
        matches!(r.get(i), Some(b' ' | b'\n'))
    };
    // In brackets, what a document is about says its title too (`Nghị quyết số 29/2026/QH16 …
    // (về cơ chế đặc thù … trước khi Luật Đất đai 2024 có hiệu lực, …)`).
    let about = in_brackets && rest.starts_with("về ");
    // Carried out `theo` another (`… Nghị định số 72/2026/NĐ-CP thực hiện theo quy định tại
    // Nghị định số 26/2023/NĐ-CP`), a document is the subject of a sentence, not titled.
    let carried_out = ["thực hiện theo ", "triển khai thực hiện theo "].iter().any(|w| rest.starts_with(w));
    (about || !carried_out && TITLE_VERBS_TRIMMED.iter().any(opens_title)).then(|| opens..title_end(text, opens, next))
}

/// [`recognize::TITLE_VERBS`] without their trailing spaces, as [`title_of`] matches them
/// against the words after a reference: trimmed once, not at every reference.
static TITLE_VERBS_TRIMMED: std::sync::LazyLock<Vec<&str>> =
    std::sync::LazyLock::new(|| recognize::TITLE_VERBS.iter().map(|v| v.trim_end()).collect());

/// Where a title read from `opens` up to the next reference at `next` ends: at a `;` after
/// which the sentence lists an item of its own, which the title does not name (`Bãi bỏ Điều 10
/// của Nghị định số 18/2026/NĐ-CP ngày 14 tháng 01⏎⏎năm 2026 của Chính phủ sửa đổi, bổ sung …
/// thuộc phạm vi quản lý của⏎Bộ Tư pháp; các Điều 27, 28, 29 và 30 của Nghị định số
/// 121/2025/NĐ-CP …`: the articles of the second are repealed too).
fn title_end(text: &str, opens: usize, next: usize) -> usize {
    let item = |after: &str| {
        let after = after.trim_start_matches([' ', '\n']);
        cues::lists_another(after.strip_prefix("các ").unwrap_or(after))
    };
    memchr::memchr_iter(b';', &text.as_bytes()[opens..next])
        .map(|k| opens + k)
        .find(|&k| item(&text[k + 1..]))
        .unwrap_or(next)
}

/// The words after a joint document's other issuers, listed after its first (`Bộ Lao động -
/// Thương binh và Xã hội và Bộ Tài chính hướng dẫn …`, what follows `của Bộ Quốc phòng, `):
/// from the title verb that ends them, where only bodies' names stand before it.
fn past_joint_issuers(rest: &str) -> Option<&str> {
    /// The longest run of names read: three ministries.
    const BODIES_BYTES: usize = 200;
    const BODY_WORDS: &[&str] = &[
        "Bộ ",
        "Ban ",
        "Ủy ban ",
        "Uỷ ban ",
        "Văn phòng ",
        "Tòa án ",
        "Toà án ",
        "Viện ",
        "Ngân hàng ",
        "Thanh tra ",
        "Kiểm toán ",
        "Hội ",
        "Tổng ",
        "Trung ương ",
    ];
    let body = |t: &str| BODY_WORDS.iter().any(|w| t.starts_with(w));
    let mut bodies = rest.strip_prefix("và ").unwrap_or(rest);
    // The first body's name the recognizer cut short at a word in small letters goes on to
    // the comma before the next body (`… của Bộ Lao động thương binh và xã hội, Hội Cựu chiến
    // binh Việt Nam, Bộ Tài chính, Bộ Quốc phòng hướng dẫn thực hiện …`).
    if !body(bodies)
        && let Some((tail, next)) = rest.split_once(", ")
        && tail.starts_with(char::is_lowercase)
        && tail.split(' ').count() <= NAME_TAIL_WORDS
        && body(next)
    {
        bodies = next;
    }
    if !body(bodies) {
        return None;
    }
    let window = &bodies[..bodies.floor_char_boundary(BODIES_BYTES.min(bodies.len()))];
    let verb = memchr::memchr_iter(b' ', window.as_bytes())
        .map(|i| i + 1)
        .find(|&i| recognize::TITLE_VERBS.iter().any(|v| window[i..].starts_with(v)))?;
    let names = &window[..verb];
    (!names.contains(|c: char| c.is_ascii_digit() || matches!(c, ';' | '.' | '(' | '\n'))).then(|| &bodies[verb..])
}

/// The most words of a body's name the recognizer left after the issuer it read.
const NAME_TAIL_WORDS: usize = 4;

/// The words after a date (`ngày 31 tháng 7 năm 2017`, OCR's specks in it; looked for where
/// `undated`, the reference read without one) and a body's name (`của Chính phủ `) that stand
/// between a reference and its title's verb, unread by the recognizer: from that verb. None
/// where neither stands there, or the words after `của` are no body's name of a few words
/// opening with a capital.
fn past_unread_header(rest: &str, undated: bool) -> Option<&str> {
    /// The longest date in words, up to its year: `ngày 31 tháng 12 năm 2017`.
    const DATE_BYTES: usize = 32;
    /// The most words of a body's name: `Bộ trưởng Bộ Lao động - Thương binh và Xã hội`.
    const NAME_WORDS: usize = 10;
    let mut after = rest;
    if undated && let Some(date) = rest.strip_prefix("ngày ") {
        let head = &date[..date.floor_char_boundary(DATE_BYTES.min(date.len()))];
        // The date ends with its year: four digits after `năm ` or a slash.
        let (year, _) = head.char_indices().find(|&(i, _)| {
            let digits = head[i..].bytes().take_while(u8::is_ascii_digit).count() == 4;
            digits && (head[..i].ends_with("năm ") || head[..i].ends_with('/'))
        })?;
        after = date[year + 4..].trim_start_matches([' ', ',']);
    }
    let Some(name) = after.strip_prefix("của ") else { return (after.len() < rest.len()).then_some(after) };
    if !name.starts_with(char::is_uppercase) {
        return None;
    }
    let verb = memchr::memchr_iter(b' ', name.as_bytes())
        .take(NAME_WORDS)
        .map(|i| i + 1)
        .find(|&i| recognize::TITLE_VERBS.iter().any(|v| name[i..].starts_with(v)))?;
    (!name[..verb].contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ';' | '.' | '(' | '\n')))
        .then(|| &name[verb..])
}

/// Whether the text between two references named in one title goes on with another of its
/// verbs (` và quy định chi tiết `, `, hướng dẫn `).
fn title_goes_on(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(" và ").or_else(|| gap.strip_prefix(", ")) else { return false };
    recognize::TITLE_VERBS.iter().any(|v| rest.starts_with(v))
}

/// Whether a law named without a number at `at` is one that the amending law a basis item
/// opens with lists in its name, read where that name was not (`Căn cứ Luật sửa đổi, bổ Sung
/// một số 5 điều của a Luật Đầu thâu, Luật Đầu⏎tư theo phương thức đối tác công tu, … số
/// 90/2025/QH15`: OCR's specks cut the name, Nghị định 241/2026): what it amends, cited.
fn amended_in_basis(text: &str, at: usize) -> bool {
    const REACH: usize = 600;
    let mut from = at.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // The item holds no `;` or `.`: only what follows the last one is looked in, found first
    // (every opening looked for back over the whole reach was 2.5 % of a scan of real/).
    let before = &text[from..at];
    let before = &before[memchr::memrchr2(b';', b'.', before.as_bytes()).map_or(0, |i| i + 1)..];
    // Searchers built once: `str::rfind` builds its searcher at every call, which cost more
    // than the search of the short item.
    static OPENINGS: std::sync::LazyLock<Vec<memchr::memmem::FinderRev<'static>>> =
        std::sync::LazyLock::new(|| tables::BASIS_OPENINGS.iter().map(memchr::memmem::FinderRev::new).collect());
    let Some((item_at, opening)) = OPENINGS
        .iter()
        .filter_map(|o| o.rfind(before.as_bytes()).map(|i| (i, o.needle().len())))
        .max_by_key(|&(i, _)| i)
    else {
        return false;
    };
    let item = &before[item_at + opening..];
    crate::recognize::amending_law(item) && item.contains(" của ")
}

/// Whether two numbered references name one document: same number, symbol and year.
fn names_same(text: &str, a: &recognize::Found, b: &recognize::Found) -> bool {
    let numbered = a.number.is_some()
        && a.number.clone().map(|r| &text[r]) == b.number.clone().map(|r| &text[r])
        && a.symbol == b.symbol
        && a.number_year == b.number_year;
    // A law named again by its name alone (`Luật Sở hữu trí tuệ số 50/2005/QH11 … (sau đây gọi
    // là Luật Sở hữu trí tuệ)`).
    let named = || {
        b.number.is_none()
            && a.kind == b.kind
            && tables::has_official_names(a.kind)
            && matches!((&a.name, &b.name), (Some(x), Some(y)) if {
                let (x, y) = (&text[x.clone()], &text[y.clone()]);
                // Keys are folded only for names of about one length: most pairs differ there.
                x == y || (x.len().abs_diff(y.len()) <= 8 && tables::law_name_key("", x) == tables::law_name_key("", y))
            })
    };
    numbered || named()
}

/// The relation of the item a list names the reference `i` after, where the words between
/// them are that item's title and a list's comma or `và` (`… Thông tư số 01/2013/TT-BYT
/// hướng dẫn thực hiện quản lý chất lượng xét nghiệm …, Thông tư số 32/2023/TT-BYT …`): the
/// title's verbs are no cue, and the references a title names (`… quy định chi tiết một số
/// điều của Luật Khám bệnh, chữa bệnh, Thông tư số 23/2024/TT-BYT …`) are no items.
fn listed_after_title(
    text: &str,
    found: &[recognize::Found],
    relations: &[Option<&'static str>],
    i: usize,
) -> Option<&'static str> {
    let next = found[i].span.start;
    // Most references follow no list's comma: asked first, before any title is looked for.
    let before = text[..next].trim_end();
    if !(before.ends_with(',') || before.ends_with(" và")) {
        return None;
    }
    // A list the cue opens in the plural (`thay thế các Thông tư số 45/2009/TT-BCA(C11) …
    // hướng dẫn thi hành … Nghị định số 52/2008/NĐ-CP … về … và Thông tư số 33/2010/TT-BCA`):
    // one of that kind after a title that named another kind is its next item.
    let first_of_kind = (i.saturating_sub(LIST_TITLE_REFERENCES + 1)..i.saturating_sub(1))
        .rev()
        .find(|&k| found[k].kind == found[i].kind && found[k + 1..i].iter().all(|f| f.kind != found[i].kind));
    if let Some(k) = first_of_kind
        && let Some(relation) = relations[k]
        && text[..found[k].span.start].trim_end().rsplit([' ', '\n']).next().is_some_and(|w| w == "các" || w == "Các")
        && text.get(found[k].span.end..next).is_some_and(title_between_items)
    {
        return Some(relation);
    }
    for k in (i.saturating_sub(LIST_TITLE_REFERENCES + 1)..i).rev() {
        let item = &found[k];
        // One of the kind the title names last, other than the item's, goes on with the
        // title's own list (`Nghị định số 163/2024/NĐ-CP … quy định chi tiết … Luật Viễn thông
        // và Luật Căn cước`: the decree details both laws, and the circular stands on neither).
        if k + 1 < i && found[i - 1].kind == found[i].kind && item.kind != found[i].kind {
            return None;
        }
        let end = [&item.date_span, &item.issuer, &item.subject]
            .iter()
            .filter_map(|r| r.as_ref().map(|r| r.end))
            .fold(item.span.end, usize::max);
        let Some(gap) = text.get(end..next) else { continue };
        let title = gap.trim_start();
        // The item's title read with it (its subject), or one read here.
        let read = item.subject.is_some() && matches!(gap.trim(), "," | "và" | ", và");
        let listed = read
            || ((title.ends_with(", ") || title.ends_with(" và "))
                && title_between_items(gap)
                && (recognize::TITLE_VERBS.iter().chain(recognize::SUBJECT_OPENINGS).any(|w| title.starts_with(w))));
        if listed && let Some(relation) = relations[k] {
            return Some(relation);
        }
    }
    None
}

/// Whether `gap` may be an item's title between it and the next item of a list: short, in one
/// line and one sentence.
fn title_between_items(gap: &str) -> bool {
    gap.len() <= LIST_TITLE_BYTES && !gap.contains(['\n', ';']) && !gap.contains(". ")
}

/// References a list item's title may name before the next item (`… quy định chi tiết một số
/// điều của Luật Khám bệnh, chữa bệnh, Thông tư số …`).
const LIST_TITLE_REFERENCES: usize = 2;
/// The longest title between two items of a list.
const LIST_TITLE_BYTES: usize = 400;

/// The year of the source a codified article comes from, where `f`, after `lead` on its
/// line, is the document its source note names: the first reference of a line that opens
/// with `(Điều ` and an article's number (not `(Điều này có nội dung liên quan …)`, which
/// points elsewhere).
fn source_note_year(lead: &str, f: &recognize::Found) -> Option<u16> {
    (recognize::opens_source_note(lead) && f.family != Family::Named).then(|| f.year()).flatten()
}

/// In a codification, the year of each article's source note, by the article's number.
#[derive(Default)]
struct ArticleYears<'t>(rustc_hash::FxHashMap<&'t str, u16>);

impl<'t> ArticleYears<'t> {
    /// A source note's year, for the article whose heading stands before the note's line.
    #[inline(never)]
    fn note(&mut self, text: &'t str, note_line: usize, year: u16) {
        if let Some(id) = article_heading_before(text, note_line) {
            self.0.entry(id).or_insert(year);
        }
    }

    /// The year of the article a line opens with, where a note gave it one.
    #[inline(never)]
    fn of_line(&self, lead: &str) -> Option<u16> {
        if self.0.is_empty() {
            return None;
        }
        codified_article_id(lead).and_then(|id| self.0.get(id).copied())
    }
}

/// The source of the codified article being read: the mention its note names, until the
/// next article's heading. An article whose note names the page's own document has none.
#[derive(Default)]
struct ArticleSources {
    source: Option<Source>,
    /// The note's line, up to the end of that reference.
    note: Range<usize>,
    /// Where the lines read for headings end.
    read_to: usize,
    /// The group of the article being read: its number but the last part (`33.2.TT.1`).
    group: Option<String>,
    /// Each group's source, as the first note read in it gives it; `None` for the page's own.
    by_group: rustc_hash::FxHashMap<String, Option<Source>>,
    /// Whether the article being read is the page's own document's (`(Điều 41 Luật số
    /// 57/2020/QH14 …)` on the page of that law): its words are the page's.
    own: bool,
    /// The code the Bộ pháp điển numbers the page's own kind of document with (`NĐ` in
    /// `Điều 44.3.NĐ.1.1.`), where the page is filed under a document.
    own_code: Option<&'static str>,
    /// Whether the article being read is of another kind of document than the page's, and no
    /// note names its source: its words are no one's the page knows.
    foreign: bool,
    /// The documents the note of the article being read says amended or added to it (`…, có
    /// nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Nghị định số 157/2016/NĐ-CP
    /// …)`), in the note's order.
    amenders: Vec<Amender>,
    /// Each group's amenders, as all its notes name them.
    group_amenders: rustc_hash::FxHashMap<String, Vec<Amender>>,
    /// Whether the article being read is numbered as one added to its source (`Điều
    /// 44.3.NĐ.10a.`): an amender's words throughout.
    added: bool,
    /// Whether the article being read has a note of its own.
    has_note: bool,
}

/// A document a codified article's note says amended or added to it.
#[derive(Clone)]
struct Amender {
    source: Source,
    year: Option<u16>,
    /// Its number and symbol as written, which tell one document from another.
    key: (Option<String>, Option<CompactString>),
}

/// Headings (in small letters, as the corpus writes them, with and without marks) of a page
/// editor's sections after or beside the text: what they list is the editor's reading of
/// which documents go with this one, not the document's own citations (audit 2205: some 50
/// `cites` edges, a law "citing" the decrees that guide it).
const EDITORS_HEADINGS: &[&str] = &[
    "văn bản liên quan",
    "van ban lien quan",
    "nguồn tham chiếu",
    "nguon tham chieu",
    "nguồn tham khảo",
    "nguon tham khao",
    // Notes on how the page was made (`## GHI CHÚ PHƯƠNG PHÁP`, then `- \`lệ Ẩ…\` (dòng nhiễu
    // giữa căn cứ Luật Tổ chức Chính phủ) → đã loại bỏ.`): the editor's words on OCR and
    // sources, whose references are no citations of the document (audit of `cites`: Nghị định
    // 141/2026 and 50/2026). Not `Ghi chú` alone, which may head an annex's own notes.
    "ghi chú phương pháp",
    "ghi chu phuong phap",
    "ghi chú xử lý",
    "ghi chú ocr",
    "ghi chú số hóa",
    "ghi chú về nguồn",
    "phương pháp thu thập",
];

/// Labels (in small letters, bold marks left out) the page editor opens a note with, at the
/// start of a line or of a sentence: `**Lưu ý:** Nghị định này đã hết hiệu lực …, được thay
/// thế bởi Nghị định 60/2021/NĐ-CP.`, `Hướng dẫn thi hành: Nghị định 15/2014/NĐ-CP.`
const EDITORS_LABELS: &[&str] = &["lưu ý:", "hướng dẫn thi hành:", "văn bản hướng dẫn:", "văn bản hướng dẫn đi kèm:"];

/// Keys (in small letters) of metadata rows whose value says what later became of the
/// document, or what the editor reads it with, not what it cites: `| **Số hiệu** |
/// 06/2005/NĐ-CP (sửa đổi bởi 62/2026/NĐ-CP) |`, `| **Trạng thái** | Còn hiệu lực (được sửa
/// đổi bởi Nghị định 56/2024/NĐ-CP) |`, `**Văn bản liên quan:** Nghị định 43/2023/NĐ-CP; …`.
const EDITORS_ROWS: &[&str] = &["số hiệu", "trạng thái", "tình trạng", "văn bản liên quan"];

/// Bytes of a heading read for an editor's heading: the longest of them, marked, and more.
const EDITORS_HEADING_BYTES: usize = 48;

/// How far back on its line a reference's editor's label is looked for: a note is short, and
/// a flattened file's one line is long.
const EDITORS_LABEL_BYTES: usize = 400;

/// The page editor's sections (see [`EDITORS_HEADINGS`]): each from its heading to the next
/// heading of its level or above.
fn editors_sections(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    // The `#` that open lines, found by the mark itself: far fewer than the line breaks.
    let bytes = text.as_bytes();
    let starts = memchr::memchr_iter(b'#', bytes).filter(|&i| i == 0 || bytes[i - 1] == b'\n');
    for start in starts {
        let line = &text[start..crate::lines::line_end(text, start)];
        let level = line.bytes().take_while(|&b| b == b'#').count();
        if let Some((from, _)) = open.filter(|&(_, l)| level <= l) {
            out.push(from..start);
            open = None;
        }
        // Only the heading's first words: a flattened file's heading can run on for pages.
        let words = line[level..].trim_start().trim_start_matches('*').trim_start();
        let mut cut = words.len().min(EDITORS_HEADING_BYTES);
        while !words.is_char_boundary(cut) {
            cut -= 1;
        }
        // Lowered without the general table's search for Vietnamese letters (1 % of a scan of
        // real text, whose every line may open with `#`).
        let words = cues::to_lower(&words[..cut]);
        if open.is_none() && EDITORS_HEADINGS.iter().any(|h| words.starts_with(h)) {
            open = Some((start, level));
        }
    }
    out.extend(open.map(|(from, _)| from..text.len()));
    out
}

/// Whether the reference at `at` is the page editor's words rather than the document's: in
/// an editor's section, after an editor's label on its line, or, in the summary before the
/// text, in a note quoted under the metadata table (`> … Được sửa đổi, bổ sung bởi Nghị định
/// 56/2024/NĐ-CP.`) or a row that says what became of the document (see [`EDITORS_ROWS`]).
/// Such words are no one's the graph knows: the mention is kept, with no edge from the page.
fn editors_words(text: &str, at: usize, sections: &[Range<usize>], summary_end: usize) -> bool {
    if sections.iter().any(|s| s.contains(&at)) {
        return true;
    }
    let line_start = crate::lines::line_start(text, at);
    if at < summary_end {
        let line = text[line_start..crate::lines::line_end(text, at)].trim();
        if line.starts_with('>')
            || header::row_fields(line).is_some_and(|(key, _)| EDITORS_ROWS.iter().any(|k| key.starts_with(k)))
        {
            return true;
        }
    }
    let mut from = at.saturating_sub(EDITORS_LABEL_BYTES).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let lead = &text[from..at];
    // Each label ends with its colon: only the few words before each colon are looked at,
    // not every line's lead in small letters (a reference a line).
    memchr::memchr_iter(b':', lead.as_bytes()).any(|colon| {
        let before = lead[..colon].trim_end_matches(['*', ' ']);
        EDITORS_LABELS.iter().any(|label| {
            let words = label.trim_end_matches(':');
            let Some((at, _)) = before.char_indices().rev().nth(words.chars().count() - 1) else { return false };
            let ahead = before[..at].trim_end_matches(['*', ' ', '>', '-', '+']);
            // Compared a letter at a time: no lowered copy per colon and label.
            before[at..].chars().flat_map(char::to_lowercase).eq(words.chars())
                && (ahead.is_empty() && from == line_start || ahead.ends_with('.'))
        })
    })
}

/// The codes the Bộ pháp điển numbers a codified article's source kind with (`LQ` in `Điều
/// 1.1.LQ.22.`), by the source's type name.
const CODIFIED_KIND_CODES: &[(&str, &str)] = &[
    ("Luật", "LQ"),
    ("Bộ luật", "LQ"),
    ("Nghị định", "NĐ"),
    ("Thông tư", "TT"),
    ("Thông tư liên tịch", "TL"),
    ("Quyết định", "QĐ"),
    ("Nghị quyết", "NQ"),
    ("Pháp lệnh", "PL"),
    ("Chỉ thị", "CT"),
];

/// The document a codified article's note names.
#[derive(Clone, Copy)]
struct Source {
    /// The note's reference: its mention and found indices.
    mention: usize,
    found: usize,
    /// Its type name (`Nghị định`), for what `… này` says in the article.
    kind: &'static str,
}

impl ArticleSources {
    /// Reads the lines up to the one `at` stands on: a codified article's heading there ends
    /// the last source's words and opens its own article, whose source is the one a note gave
    /// another article of its group, if any (`Điều 33.2.TT.1.5.` is of the document whose
    /// note `Điều 33.2.TT.1.1.` carries: the fifth article of the first circular).
    fn reach(&mut self, text: &str, at: usize) {
        let line = crate::lines::line_start(text, at);
        if line <= self.read_to {
            return;
        }
        let lines = &text[self.read_to..line];
        self.read_to = line;
        let mut last = None;
        // Built once: a one-off search builds its searcher at every call.
        static WORD: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new("Điều "));
        for j in WORD.find_iter(lines.as_bytes()) {
            // Only a heading opens its line, after markup: most `Điều ` stand in sentences.
            let line_opens =
                j - lines.as_bytes()[..j].iter().rev().take_while(|b| matches!(b, b'#' | b'*' | b' ')).count();
            if line_opens > 0 && lines.as_bytes()[line_opens - 1] != b'\n' {
                continue;
            }
            if let Some(id) = codified_article_id(&lines[line_opens..]) {
                last = Some(id);
            }
        }
        // The reference's own line opens with the heading (a list of articles, one a line).
        if let Some(id) = codified_article_id(&text[line..]).or(last) {
            self.group = id.rsplit_once('.').map(|(group, _)| group.to_string());
            let noted = self.group.as_ref().and_then(|g| self.by_group.get(g)).copied();
            self.source = noted.flatten();
            self.own = matches!(noted, Some(None));
            // `Điều 44.3.TT.3.8.` on the page of Nghị định 55/2011/NĐ-CP, no note in its group:
            // a circular's words, not the decree's (audit 2199: the decree "cited" the later
            // decrees the circular names).
            let code = id.split('.').nth(2);
            self.foreign = noted.is_none() && self.own_code.is_some_and(|own| code.is_some_and(|c| c != own));
            self.amenders.clear();
            self.added = numbered_as_added(id);
            self.has_note = false;
        }
    }

    /// The note of the article being read names `amender` as having amended or added to it.
    fn amended_by(&mut self, amender: Amender) {
        if let Some(group) = &self.group {
            self.group_amenders.entry(group.clone()).or_default().push(amender.clone());
        }
        self.amenders.push(amender);
    }

    /// The amender whose words a reference to a document of `year` is, in an article whose
    /// source is of `source_year`: the article is shown as amended, so a document later than
    /// its source is named in an amender's words, the first amender no older than it (audit
    /// 2205: `(Điều 10 Nghị định số 150/2006/NĐ-CP, …, có nội dung được sửa đổi, có nội dung
    /// được bổ sung bởi Điều 1 Nghị định số 157/2016/NĐ-CP …)` over an article that names
    /// Nghị định số 92/2009/NĐ-CP). An article numbered as added is an amender's whole, where
    /// its note, or else its group's notes, name one document only.
    fn amender(&self, year: Option<u16>, source_year: Option<u16>) -> Option<Source> {
        if self.added {
            let named = if !self.has_note {
                self.group.as_ref().and_then(|g| self.group_amenders.get(g)).map_or(&[][..], Vec::as_slice)
            } else {
                &self.amenders[..]
            };
            let first = named.first()?;
            return named.iter().all(|a| a.key == first.key).then_some(first.source);
        }
        let (year, source_year) = (year?, source_year?);
        if year <= source_year {
            return None;
        }
        self.amenders.iter().find(|a| a.year.is_some_and(|y| y >= year)).map(|a| a.source)
    }

    /// The note of the article being read (its line up to its first reference, `note`) names
    /// `source`, or the page's own document (`None`): so does every article of its group.
    fn noted(&mut self, note: Range<usize>, source: Option<Source>) {
        self.note = note;
        self.amenders.clear();
        self.has_note = true;
        self.own = source.is_none();
        if let Some(group) = self.group.clone() {
            self.by_group.entry(group).or_insert(source);
        }
    }
}

/// Whether a codified article's number (`44.3.NĐ.10a`) numbers an article added between two of
/// its source's: its last part a number with a letter after it.
fn numbered_as_added(id: &str) -> bool {
    let last = id.rsplit('.').next().unwrap_or("");
    let digits = last.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && last.len() == digits + 1 && last.as_bytes()[digits].is_ascii_lowercase()
}

/// Whether the words of a source note between its source and a reference after it (`,
/// có hiệu lực thi hành kể từ ngày 05/01/2007, có nội dung được sửa đổi, có nội dung được bổ
/// sung bởi Điều 1 `) say the reference amended or added to the article: not one that repealed
/// part of it (`có nội dung bị bãi bỏ bởi`), whose words are not in it.
fn names_an_amender(between: &str) -> bool {
    let Some(by) = between.rfind(" bởi ") else { return false };
    let act = between[..by].rsplit("có nội dung").next().unwrap_or("");
    (act.contains("sửa đổi") || act.contains("bổ sung")) && !between[by..].contains("có nội dung")
}

/// Notes on related articles or chapters (`(Điều này có nội dung liên quan đến Điều 1.1.LQ.22.
/// Nhiệm vụ … của Luật 73/2014/QH13 …; Điều …⏎… của Nghị định 114/2018/NĐ-CP …)`), which may
/// run over lines, read forward once: asked in the text's order whether a reference stands
/// inside one. (Searched back from each reference, a window of kilobytes for each reference of
/// a codification cost 4 % of a scan of real/.)
#[derive(Default)]
struct RelatedNotes {
    /// Where the text was read to.
    read_to: usize,
    /// Bracket depth at `read_to` inside the last note opened, if it is still open.
    depth: Option<u32>,
}

impl RelatedNotes {
    fn inside(&mut self, text: &str, at: usize) -> bool {
        // `(Điều này …`, `(Chương này …`.
        static NOTE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" này có nội dung liên quan"));
        if at <= self.read_to {
            return self.depth.is_some();
        }
        let bytes = text.as_bytes();
        let mut from = self.read_to;
        // The last note opened before `at`, from its bracket on; else the one still open.
        if let Some(k) = NOTE.find_iter(&bytes[from..at]).last().map(|k| from + k)
            && let Some(open) = memchr::memrchr(b'(', &bytes[from.max(k.saturating_sub(32))..k])
        {
            from = from.max(k.saturating_sub(32)) + open + 1;
            self.depth = Some(1);
        }
        if let Some(mut depth) = self.depth {
            for &b in &bytes[from..at] {
                match b {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
            }
            self.depth = (depth > 0).then_some(depth);
        }
        self.read_to = at;
        self.depth.is_some()
    }
}

/// The most bytes a codified article's number takes (`39.14.NĐ.1.12`, `39.14.LQ.15`).
const ARTICLE_ID_BYTES: usize = 32;

/// The number of a codified article a line opens with (`39.14.LQ.15` of `Điều 39.14.LQ.15.
/// Sử dụng vũ khí …`), as the Bộ pháp điển numbers them.
fn codified_article_id(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches(['#', '*', ' ']).strip_prefix("Điều ")?;
    // A number is short: the line after it (an article's whole text in a list) is not read.
    let head = &rest[..rest.floor_char_boundary(ARTICLE_ID_BYTES.min(rest.len()))];
    // `. ` found from its rarer byte, without a searcher built at every call.
    let dot = memchr::memchr_iter(b'.', head.as_bytes()).find(|&at| head.as_bytes().get(at + 1) == Some(&b' '))?;
    let id = &head[..dot];
    crate::header::is_codified_article_number(id).then_some(id)
}

/// The number of the codified article whose heading stands last before `at`, within a few
/// lines (its source note follows the heading).
fn article_heading_before(text: &str, at: usize) -> Option<&str> {
    let mut end = at;
    for _ in 0..6 {
        let start = crate::lines::line_start(text, end.saturating_sub(1));
        if let Some(id) = codified_article_id(&text[start..end]) {
            return Some(id);
        }
        if start == 0 {
            return None;
        }
        end = start;
    }
    None
}

/// Scans a UTF-8 text already read; `path` is how the file is named in the output.
pub fn scan_text(path: String, original: &str) -> FileScan {
    scan_decoded(path, &Decoded::plain(original, Format::Text), original.len() as u64)
}

/// Scans a decoded file. Positions go back through the normalizer's map, then the decoder's:
/// `start`/`end` are bytes of the file (or of the part named by `offsets`), and `text` is
/// the decoded text there, which for plain UTF-8 is exactly the file's bytes.
pub fn scan_decoded(path: String, doc: &Decoded, file_bytes: u64) -> FileScan {
    let original = doc.text();
    let norm = Normalized::new(original);
    let text: &str = &norm.text;
    let _lines = crate::lines::register(text);
    let mut identity = header::identify_marked(text, &|at| {
        let (start, end) = norm.original_range(at, at + 1);
        original.get(start..end) == Some("—")
    });
    let mut found = recognize::recognize(text, &identity.skip);
    let disowned = disown_unsourced(text, &found, &mut identity);
    if let Some(year) = identity.year() {
        renewed_laws(text, &mut found, year);
    }
    let places = locate(doc, &norm, &found);
    let mut mentions = Vec::with_capacity(found.len());
    let mut sentences = Vec::with_capacity(found.len());
    let mut title_years = Vec::with_capacity(found.len());
    let no_sentence: std::sync::Arc<str> = "".into();
    // What the resolver sets; one allocation per file until then.
    let no_target = no_sentence.clone();
    let stated = relate::pairs(text, &found);
    let in_pairs: rustc_hash::FxHashSet<usize> = stated.iter().flat_map(|p| [p.from, p.to]).collect();
    // What a reference before it in its sentence amends, repeals or replaces (`Luật số
    // 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai …, Luật Nhà ở … và Luật Các
    // tổ chức tín dụng số 32/2024/QH15`): named in a `Căn cứ`, it is the object of the act the
    // document stands on, no basis of its own (trace audit 2218: the last law listed was).
    let acted_on_before: rustc_hash::FxHashSet<usize> =
        stated.iter().filter(|p| p.from < p.to && cues::acts_on(p.relation)).map(|p| p.to).collect();
    // An agent named after such an object (`Nghị định số 36/2026/NĐ-CP … sửa đổi, bổ sung … Nghị
    // định số 105/2016/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số 154/2018/NĐ-CP … và Nghị
    // định số 133/2025/NĐ-CP`) is named in the same title, no basis either (audit 2231). The
    // agent of a basis itself (`Căn cứ Luật X số A được sửa đổi, bổ sung bởi Luật số B`) is not:
    // A is no object of another reference's act.
    let agent_in_title: rustc_hash::FxHashSet<usize> =
        stated.iter().filter(|p| p.from > p.to && acted_on_before.contains(&p.to)).map(|p| p.from).collect();
    // Every agent of a passive act: its pair puts it after what it acts on.
    let agents: rustc_hash::FxHashSet<usize> = stated.iter().filter(|p| p.from > p.to).map(|p| p.from).collect();
    let mut first_seen = rustc_hash::FxHashSet::default();
    // Found index → mention index (self-mentions have none).
    let mut index = vec![None; found.len()];
    let mut self_mentions = 0;
    // Which found references name the document itself (found index).
    let mut own_found = vec![false; found.len()];
    // The law's name the text writes its own number with, if any.
    let mut own_name = None;
    // The subject it writes its own number with, if any.
    let mut own_subject = None;
    // The date the codified page's source notes give its own document, `Some(None)` where two
    // disagree.
    let mut own_note_date: Option<Option<recognize::Date>> = None;
    let mut own_key = None;
    // The last reference read (found index) and its relation.
    let mut joined_to: Option<(usize, &'static str)> = None;
    // Each reference's relation as a list's item (found index), for the next one listed
    // after its title.
    let mut list_relations: Vec<Option<&'static str>> = vec![None; found.len()];
    // The last reference a clause's predicate after it acted on (found index), and where
    // that clause starts: one listed after it in the clause shares the act.
    let mut last_ceasing: Option<(usize, usize)> = None;
    // The last reference a source's own title acted on: (its index, the act).
    let mut last_title_act: Option<(usize, &'static str)> = None;
    // The reference read so far that reaches furthest (found index): one found inside its
    // span is named in its name.
    let mut reaching: Option<usize> = None;
    // The title the last reference was read with, that reference (found index), and the year
    // of the document whose title it is.
    let mut last_title: Option<(Range<usize>, usize, Option<u16>)> = None;
    // The titles of the references read last, as far back as a clause may reach: a cue inside
    // one is its document's.
    let mut recent_titles: Vec<Range<usize>> = Vec::new();
    // In a codification, the year of the source the article being read comes from: its
    // source note (`(Điều 7 Nghị định số 16/2020/NĐ-CP, có hiệu lực …)`) stands under its
    // heading, before its text.
    let mut source_year: Option<u16> = None;
    let shared_path: std::sync::Arc<str> = path.as_str().into();
    let slice = |r: &Option<Range<usize>>| r.as_ref().map(|r| collapse_spaces(&text[r.clone()]));
    // A subject without the marks of emphasis and OCR's specks its words may hold.
    let subject =
        |r: &Option<Range<usize>>| r.as_ref().map(|r| CompactString::from(recognize::subject_text(&text[r.clone()])));
    let quoted = crate::quotes::passages(text);
    let mut first_article = FirstArticle::default();
    // The page's own law, named as amending others (`Luật sửa đổi, bổ sung một số điều của
    // Luật Lý lịch tư pháp số 107/2025/QH15`): the laws in its name are what the page amends.
    let mut own_amending: Option<Range<usize>> = None;
    let mut article_years = ArticleYears::default();
    // In a codification, whose words each reference is (see `FileScan::said_by`).
    let mut sources = ArticleSources {
        own_code: identity
            .kind
            .as_deref()
            .and_then(|kind| CODIFIED_KIND_CODES.iter().find(|(k, _)| *k == kind))
            .map(|(_, code)| *code),
        ..ArticleSources::default()
    };
    let mut related_notes = RelatedNotes::default();
    let mut said_by = Vec::new();
    let editors = editors_sections(text);
    for (i, (f, &(ts, te, line, column))) in found.iter().zip(&places).enumerate() {
        let prev_end = i.checked_sub(1).map(|p| found[p].span.end);
        if identity.codified {
            sources.reach(text, f.span.start);
        }
        let enacted = enacted_here(f, text, &identity);
        // In a codified page, the page's own law named in another source's article (`Nghị định
        // này quy định chi tiết … Luật Trọng tài thương mại`) is that source's reference to it.
        let opens_note = identity.codified
            && recognize::opens_source_note(&text[crate::lines::line_start(text, f.span.start)..f.span.start]);
        let related_note = identity.codified && related_notes.inside(text, f.span.start);
        let in_source = identity.codified && sources.source.is_some() && !opens_note && !related_note;
        if !in_source
            && (enacted || is_self(f, text, &identity) || names_own_law(f, text, &identity, own_key.as_ref(), prev_end))
        {
            self_mentions += 1;
            own_found[i] = true;
            // The subject the text names its own number with (`Nội dung dưới đây dựa trên
            // **Nghị định 18/2022/NĐ-CP** ngày 18/02/2022 của Chính phủ về nghi lễ đối ngoại`).
            if own_subject.is_none() && f.span.start >= identity.summary_end && !enacted {
                own_subject = subject(&f.subject);
            }
            // An article the page's own document is the source of, and its group; what the
            // note says after it of later acts is the codifier's (`(Điều 23 Luật số 15/2008/QH12,
            // …, có nội dung bị bãi bỏ bởi Điều 210 Luật số 45/2013/QH13 …)` on the page of
            // 15/2008/QH12: audit 2199, the law "cited" the law that repealed its article).
            if opens_note {
                sources.noted(crate::lines::line_start(text, f.span.start)..f.span.end, None);
                if let Some(date) = f.date {
                    // Every note's date, where they agree (see below).
                    own_note_date = match own_note_date {
                        None => Some(Some(date)),
                        Some(seen) => Some(seen.filter(|&d| d == date)),
                    };
                }
            }
            if crate::recognize::amending_law(&text[f.span.clone()]) {
                own_amending = Some(f.span.clone());
            }
            if own_name.is_none() && (f.family != Family::Named || enacted && !identity.codified) {
                own_name = slice(&f.name);
                own_key = identity.kind.as_deref().zip(own_name.as_deref()).map(|(kind, own)| OwnKey::new(kind, own));
            }
            continue;
        }
        // A short name defined as the document's own number (`… Nghị quyết số 06-NQ/TU ngày
        // 04/4/2022 … (Sau đây viết tắt là: Nghị quyết số 06-NQ/TU)`) cites nothing more: one
        // reference, not two (seeds audit 2175: `dangling` counted each such document once
        // more than its text cites it).
        if defines_short_name(text, &found, &index, i) {
            continue;
        }
        index[i] = Some(mentions.len());
        // Evidence is kept for the first mention of each document and relation in a file
        // (the edge it proves), for mentions with a subject (inferred edges) and for those a
        // stated relation joins; a repeat proves nothing new and would only hold memory. The
        // year is part of what names the document: `225/2010/TT-BTC` and `225/2012/TT-BTC`,
        // or `Luật Đất đai` and `Luật Đất đai năm 2024`, are edges of their own.
        // A codification compiles the articles of other documents: what they state
        // (`Nghị định này thay thế Nghị định số 102/2003/NĐ-CP`) is their source's act, read
        // as the source's words where a note names it (below), and the page's own nowhere.
        let inside = reaching.is_some_and(|o| found[o].span.start <= f.span.start && f.span.end <= found[o].span.end);
        if !inside {
            reaching = Some(i);
        }
        let within =
            inside || (f.family == Family::Named && f.number.is_none() && amended_in_basis(text, f.span.start));
        // The title this reference is named in, read where its cues are read and in a
        // codification (whose source notes name laws in their sources' titles: `(Điều 1 Thông
        // tư 111/2013/TT-BTC Hướng dẫn thực hiện một số điều của Luật Thuế thu nhập cá nhân)`),
        // with the year of the document whose title it is.
        let forms = identity.forms.is_some_and(|s| f.span.start > s);
        let quoted_here = crate::quotes::inside(&quoted, &f.span);
        let titled = (identity.codified || !(forms || quoted_here || within)).then(|| {
            let prev = i.checked_sub(1).filter(|&p| index[p].is_some()).map(|p| &found[p]);
            // A quoted document's title ends with its quote (`Sửa đổi cụm từ "… Nghị định số
            // 59/2021/NĐ-CP … của Chính phủ quy định một số nội dung …" tại khoản 3 Điều 12 Nghị
            // định số 248/2025/NĐ-CP …`: the decree amends the second, which the first's title,
            // words of the phrase replaced, does not name; audit 2205).
            let in_quote = |p: &recognize::Found, t: Range<usize>| match crate::quotes::around(&quoted, &p.span) {
                Some(q) if q.end <= f.span.start => t.start..t.end.min(q.end),
                _ => t,
            };
            prev.and_then(|p| Some((in_quote(p, title_of(text, p, f)?), p.year()))).or_else(|| {
                // A title that named the reference before goes on with another verb: `Nghị
                // định số 193/2025/NĐ-CP … quy định chi tiết … Luật Địa chất và khoáng sản và
                // quy định chi tiết Luật sửa đổi, bổ sung …`.
                let (t, p, year) = last_title.clone().filter(|(t, p, _)| {
                    let named = &found[*p].span;
                    p + 1 == i && (named.start..=named.end).contains(&t.end)
                })?;
                // A law's name read on into the next reference (`Luật Tiếp công dânNghị quyết số
                // Nghị quyết số 10/NQ-CP`, run together) leaves no text between them.
                text.get(found[p].span.end..f.span.start)
                    .is_some_and(title_goes_on)
                    .then_some((t.start..f.span.start, year))
            })
        });
        if let Some(titled) = &titled {
            last_title = titled.clone().map(|(t, year)| (t, i, year));
        }
        let (title, year) = titled.flatten().map_or((None, None), |(t, year)| (Some(t), year));
        recent_titles.extend(title.iter().chain(&f.subject).cloned());
        // The year of the document whose title names this one, where one does: only a title
        // read in this reference's clause, and reaching it, names it.
        let mut title_year = None;
        let stated = identity.stated.iter().find(|(item, _)| item.contains(&f.span.start));
        // In a codification, whose words each reference is and what its article's source
        // bounds the year of a law named without one by. A reference in an article whose note
        // names another source than the page's is read as that source's words: its cues are
        // read as they would be in the source's own text (`Nghị định này quy định chi tiết …
        // Luật Trọng tài thương mại`), with the source's kind for `Nghị định này`.
        let mut codified_year = None;
        // The source whose words this reference is.
        let mut source: Option<Source> = None;
        // Whether the reference stands in the codifier's note (a source note, a note on related
        // articles): no one's words.
        let mut codifier_note = false;
        // Whether the reference is the source its article's note names, or an act on it the
        // note names after `bởi`, on a page filed under no law: what the page compiles (a law's
        // page makes no edge of its notes, below).
        let mut compiled = false;
        if identity.codified {
            codified_year = year.filter(|_| cues::title_names(text, f.span.start, title.clone())).map(YearBound::of);
            // What stands before the reference on its line: a source note's opening, or a
            // note on another article (`(Điều này có nội dung liên quan đến Điều 16.1.LQ.5.
            // Hiệu lực của Bộ luật Hình sự)`), which that article's source dates, not this one's.
            let line_start = crate::lines::line_start(text, f.span.start);
            let lead = &text[line_start..f.span.start];
            // An article written again on one line in the page's list of articles (`## Danh
            // sách điều khoản`, `Điều 39.14.LQ.15. Sử dụng vũ khí … theo quy định của Luật Quản
            // lý, sử dụng vũ khí …`) has no note of its own: its note in the body dates it.
            let listed_article = article_years.of_line(lead);
            let note = recognize::opens_source_note(lead);
            if note {
                let noted = Source { mention: mentions.len(), found: i, kind: f.kind };
                sources.source = Some(noted);
                sources.noted(line_start..f.span.end, Some(noted));
            }
            // The note names the article's source; what it says of later acts on it (`…, có
            // nội dung được sửa đổi, bổ sung bởi Điều 3 Thông tư số 19/2011/TT-BTP …`) is the
            // codifier's, as are notes on related articles (`(Điều này có nội dung liên quan
            // đến …)`). On a page of its own, the page compiles what they name; on a page that
            // is a law's text, the law cites none of it: such a mention is said by what it names.
            let after_note =
                (sources.note.start == line_start).then(|| text.get(sources.note.end..f.span.start)).flatten();
            let codifiers = note || related_note || after_note.is_some_and(|t| t.contains(" bởi "));
            if !note && !related_note && after_note.is_some_and(names_an_amender) {
                let key = (f.number.clone().map(|r| text[r].to_string()), f.symbol.clone());
                let source = Source { mention: mentions.len(), found: i, kind: f.kind };
                sources.amended_by(Amender { source, year: f.year(), key });
            }
            // The codifier's notes are its own on a page of its own, and no one's on a law's
            // page (a mention said by itself makes no edge), in the law's own articles too.
            codifier_note = codifiers;
            // The article's text is its source as amended (`…, có nội dung được sửa đổi bởi Điều
            // 1 Nghị định số 92/2017/NĐ-CP …`, `… bị bãi bỏ bởi …`): the page compiles the
            // amender's provision too (audit 2228, cause A), and cites it no more than the source.
            compiled = identity.number.is_none() && (note || (codifiers && !related_note));
            match sources.source {
                _ if codifiers && identity.number.is_some() => said_by.push((mentions.len(), mentions.len())),
                Some(by) if !codifiers => {
                    said_by.push((mentions.len(), by.mention));
                    source = Some(by);
                }
                // Words of a source no note names: said by no one the graph knows.
                None if sources.foreign => said_by.push((mentions.len(), mentions.len())),
                _ => {}
            }
            // An article shown as amended: what only an amender can have written is its words.
            // Where it names its source, it stays the source's, as before: an amender's words
            // on the document it amends are that amendment, no citation.
            if !codifiers
                && (source.is_some() || sources.own)
                && !source.is_some_and(|s| names_same(text, &found[s.found], f))
            {
                let source_year = source.map_or(identity.year(), |s| found[s.found].year());
                if let Some(by) =
                    sources.amender(f.year(), source_year).filter(|by| !names_same(text, &found[by.found], f))
                {
                    if source.is_some() {
                        said_by.pop();
                    }
                    said_by.push((mentions.len(), by.mention));
                    source = Some(by);
                }
            }
            if let Some(note_year) = source_note_year(lead, f) {
                source_year = Some(note_year);
                article_years.note(text, line_start, note_year);
            } else if let Some(year) = listed_article.filter(|_| f.family == Family::Named && f.year().is_none()) {
                codified_year = codified_year.or(Some(YearBound::of(year)));
            } else if f.family == Family::Named && f.year().is_none() && !lead.starts_with("(Điều này") {
                // A law an article names without its year is no later than the article's source:
                // the one its group's note names (or its amender), the page's own document where
                // that note names it, and only else the last note read. The page's own notes are
                // self-mentions, which set no `source_year`: the last other note's year stood for
                // its articles (audit 2228: `Bộ luật tố tụng hình sự` in Điều 6 of Pháp lệnh
                // 02/2012/UBTVQH13, after notes of Thông tư 215/2015/TT-BTC, was the code of 2015).
                let article_year = match source {
                    Some(s) => found[s.found].year(),
                    None if sources.own => identity.year(),
                    None => None,
                };
                codified_year = codified_year.or(article_year.or(source_year).map(YearBound::of));
            } else if f.family == Family::Named && f.year().is_none() && in_codified_article_title(lead) {
                // A note on a related article of the codification names, in that article's
                // title, the law in force: the latest edition the corpus knows (`(Điều này có nội
                // dung liên quan đến Điều 16.1.LQ.6. Hiệu lực của Bộ luật Hình sự …)`). The Bộ
                // pháp điển is kept current, whatever the year of the document a page is filed
                // under; a law named in a cited document's title is of that document's time.
                codified_year = codified_year.or(Some(YearBound::of(LATEST)));
            }
        }
        // The page editor's notes and lists, on any page: no one's words, as a codifier's
        // note is (audit 2205: `Nghị định này đã hết hiệu lực …, được thay thế bởi Nghị
        // định 60/2021/NĐ-CP` made the repealed decree cite the one that replaced it).
        if said_by.last().is_none_or(|&(m, _)| m != mentions.len())
            && editors_words(text, f.span.start, &editors, identity.summary_end)
        {
            said_by.push((mentions.len(), mentions.len()));
        }
        // The page's own article, on the page of a law compiled: its note names the law.
        let own_article = identity.codified && sources.own;
        let relation = if let Some((item, stated)) = stated {
            // A front matter's item (`can_cu:⏎  - "Luật Giáo dục 43/2019/QH14 (sửa đổi bởi
            // 123/2025/QH15)"`): its first document is the one its key names; those after it
            // amended that one, and the page stands on them too where the key is its basis.
            let first = i == 0 || !item.contains(&found[i - 1].span.start);
            if first || *stated == "basis" { cues::of_the_part(stated, f.pinpoint.is_some()) } else { "cites" }
        } else if own_amending.as_ref().is_some_and(|r| r.start <= f.span.start && f.span.end <= r.end) {
            "amends"
        } else if identity.codified && source.is_none() && (!own_article || codifier_note) {
            title_year = codified_year;
            if compiled { cues::CODIFIES } else { "cites" }
        } else if source.is_some_and(|s| names_same(text, &found[s.found], f)) {
            // The source naming itself (`… quy định tại Điều 14 Nghị định số 45/2010/NĐ-CP`).
            "cites"
        } else if forms {
            // A form annexed to the document (`Mẫu số 01. Tờ trình …`): its preamble and
            // verbs are the filled-in document's.
            "cites"
        } else if quoted_here {
            // Words of another text (a phrase an amendment replaces, an amended article's new
            // wording): what they say of the reference is that text's, not this document's.
            "cites"
        } else if within {
            // `Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan …`:
            // the laws in an amending law's name are what it amends; the cue is the amending
            // law's, and the references after it go on under it. A law amended is older than
            // the law that amends it, and seldom of its year: `Luật sửa đổi, bổ sung … của
            // Luật Đấu thầu, …, Luật Đầu tư, … số 90/2025/QH15` amends the law on investment of
            // 2020, not the one passed later in 2025.
            if f.family == Family::Named
                && let Some(o) = reaching
                && crate::recognize::amending_law(&text[found[o].span.clone()])
            {
                title_year = found[o].year().map(|year| YearBound { year, amended: true });
            }
            "cites"
        } else if let Some(act) = source.and_then(|s| {
            let first = (s.found + 1 == i).then(|| own_title_act(text, &title, f)).flatten();
            first.or_else(|| {
                listed_in_title(text, &found[i - 1], f)
                    .then_some(last_title_act?)
                    .filter(|(j, _)| j + 1 == i)
                    .map(|(_, a)| a)
            })
        }) {
            // The source's own title names it (`(Điều 1 Nghị định số 65/2010/NĐ-CP Quy định chi
            // tiết và hướng dẫn thi hành một số điều của Luật Đa dạng sinh học …)`): in the
            // source's words, the act its title says (audit 2156: about 80 were `cites`), and
            // of one listed after it past its own title (`Hướng dẫn … quy định tại Nghị định
            // số 11/2006/NĐ-CP … của Chính phủ ban hành quy chế … và Nghị định số
            // 72/2000/NĐ-CP …`; UX audit 2160). The law is no later than the source whose
            // title names it.
            title_year = year.map(YearBound::of);
            last_title_act = Some((i, act));
            act
        } else {
            recent_titles.retain(|t| t.end + RECENT_TITLES > f.span.start);
            let reading = cues::read_relation_among(
                text,
                f.span.start,
                title.clone(),
                source.map(|s| s.kind).or(identity.kind.as_deref()),
                &recent_titles,
            );
            title_year = year.filter(|_| reading.in_title).map(YearBound::of);
            let ceasing_from = |clause: usize| {
                // The pinpoint before the reference, empty where it has none.
                let part = f.pinpoint.as_ref().map_or(f.span.start..f.span.start, |p| {
                    p.start.min(f.span.start)..p.end.clamp(p.start.min(f.span.start), f.span.start)
                });
                let listed = last_ceasing.is_some_and(|(j, c)| c == clause && j + 1 == i);
                let end = [&f.issuer, &f.subject, &f.date_span]
                    .iter()
                    .filter_map(|r| r.as_ref().map(|r| r.end))
                    .fold(f.span.end, usize::max);
                cues::ceasing(text, clause, part.start.max(clause)..part.end.max(clause), end, listed)
            };
            // `Thông tư này thay thế Thông tư số 20/2015/TT-BTP … quy định chi tiết … Nghị định
            // số 23/2015/NĐ-CP và Nghị định số 24/2015/NĐ-CP`: a reference listed after another,
            // under the same cue, stands to this document as that one does. Named again right
            // after itself (`… (sau đây gọi tắt là Nghị định số 63/2013/NĐ-CP)`), a document
            // stands as it did.
            let relation = match joined_to {
                Some((j, relation))
                    if j + 1 == i && found[j].span.start >= reading.clause && names_same(text, &found[j], f) =>
                {
                    relation
                }
                // `Sửa đổi, bổ sung một số điều của Thông tư số 01/2013/TT-BYT hướng dẫn …,
                // Thông tư số 32/2023/TT-BYT quy định chi tiết … và Thông tư số 42/2025/TT-BYT
                // …`: a document listed right after another's title is acted on as that one is;
                // the verbs between are the title's.
                _ if let Some(relation) = listed_after_title(text, &found, &list_relations, i) => relation,
                // `… và Nghị định số 58/2025/NĐ-CP … quy định chi tiết … Luật Điện lực … (Nghị
                // định số 58/2025/NĐ-CP)`: named again in brackets after a title that named
                // another document, a document stands as it did in the clause.
                _ if let Some(relation) = named_again(text, &found, &list_relations, i, reading.clause) => relation,
                // `Sửa đổi, bổ sung Nghị định 96/2024/NĐ-CP (Luật Kinh doanh bất động sản)`: a
                // document in brackets right after another says which law that one details;
                // the act is the other's alone. After a law named by name, the number in
                // brackets is that law's (`Luật Tổ chức Chính phủ 2025 (63/2025/QH15)`).
                Some((j, _))
                    if j + 1 == i
                        && found[j].family != Family::Named
                        && text.get(found[j].span.end..f.span.start).is_some_and(|gap| gap.trim() == "(") =>
                {
                    "cites"
                }
                // Not across a `;` from what a title named: there a list of provisions goes on
                // under the clause's cue, past the document before's title (`Bãi bỏ Điều 10 của Nghị
                // định số 18/2026/NĐ-CP … hướng dẫn thi hành Luật Thừa phát lại; các Điều 27
                // … của Nghị định số 121/2025/NĐ-CP`).
                Some((j, relation))
                    if reading
                        .cue
                        .is_some_and(|c| c < found[j].span.start && found[j].span.start >= reading.clause)
                        && !(text[found[j].span.end..f.span.start].contains(';')
                            && recent_titles.iter().any(|t| t.contains(&found[j].span.start))) =>
                {
                    relation
                }
                // Asked only of references that open their clause or follow one that does: a
                // search of every file for the verb cost more (1.4 % of a scan). Not of one the
                // title of the reference before names: the predicate is that one's (`2. Quy định
                // "(Ký tên, đóng dấu)" tại … Thông tư số 01/2025/TT-BYT … quy định chi tiết …
                // Luật Bảo hiểm y tế được thay thế bằng …` replaces nothing of the law).
                _ if reading.relation == "cites" && reading.cue.is_none() && !reading.in_title => {
                    match ceasing_from(reading.clause) {
                        Some(relation) => {
                            last_ceasing = Some((i, reading.clause));
                            relation
                        }
                        None => reading.relation,
                    }
                }
                _ => reading.relation,
            };
            // A normative document states duties found in what it names; it does not carry
            // them out (see `cues::duty_located_in`).
            // A codified article's source is a normative text read inside its articles.
            let normative = source.is_some() || identity.family == Some(Family::Normative);
            // So is the page's own article on a page of a law compiled.
            let in_articles = |at: usize, first_article: &mut FirstArticle| {
                source.is_some() || own_article || first_article.before(text, at)
            };
            // Nor does any document carry out a duty it gives another, in its articles or after
            // the one it gives it to (`- Thực hiện các ý kiến đề xuất của Phòng … tại Báo cáo rà
            // soát số 415/BCRS-TCGT` under `Điều 2. Tổ chức thực hiện`, `Bộ Y tế, … thực hiện
            // nghiêm các nhiệm vụ được giao tại Công điện số 40/CĐ-TTg`, `Tập trung thực hiện
            // kết luận … tại Thông báo số 343/TB-VPCP`: audit 2230). What a clause of its own
            // opens with (`Thực hiện các nhiệm vụ được giao tại … Thông báo số 79-TB/TU`, a
            // report's opening) is what it carries out; and a report tells what its own body
            // did (data/'s Ban Dân tộc: `… nội dung thực hiện tại mục II của Kế hoạch số
            // 43/KH-UBND`), it gives no one a duty.
            let report = identity.kind.as_deref() == Some("Báo cáo");
            let relation = match reading.cue {
                Some(cue)
                    if relation == "implements"
                        && cues::duty_located_in(text, cue, f.span.start)
                        && (normative
                            || !report
                                && (!cues::opens_clause(&text[reading.clause..cue])
                                    || in_articles(f.span.start, &mut first_article))) =>
                {
                    "cites"
                }
                _ => relation,
            };
            // A document stands on what its preamble names, before its first article; a `Căn
            // cứ` inside an article gives the grounds of a measure (`Căn cứ Luật Tổ chức chính
            // quyền địa phương, …, Ủy ban nhân dân cấp tỉnh quyết định …`).
            let relation =
                if relation == "basis" && in_articles(f.span.start, &mut first_article) { "cites" } else { relation };
            // Inside its articles a normative document carries nothing out: `thực hiện` there is
            // a duty it sets or a thing it describes (`Chi thực hiện Nghị định số
            // 173/2025/NĐ-CP`, `hướng dẫn, kiểm tra Hội đồng nhân dân các cấp trong việc thực
            // hiện Hiến pháp`); nor does any document where an article gives a measure's grounds
            // (`a) Căn cứ … Kế hoạch của địa phương thực hiện Nghị quyết số 29-NQ/TW`).
            let relation = if relation == "implements"
                && (normative || cues::gives_grounds(&text[reading.clause..f.span.start]))
                && in_articles(f.span.start, &mut first_article)
            {
                "cites"
            } else {
                relation
            };
            // A row's key names an act that a note in brackets after the document, with no agent,
            // says otherwise (`| Văn bản thay thế | NĐ 181/2025/NĐ-CP (được sửa đổi, bổ sung)
            // |`: the decree amends it, its title says).
            // So does a note after a list item's link where nothing before it did (`- [Nghi
            // dinh so 35/2019/ND-CP](…) (bi bo)`: this decree repeals it).
            let end = || f.date_span.as_ref().map_or(f.span.end, |d| d.end.max(f.span.end));
            let relation = match relation {
                "replaces" | "repeals" => cues::row_note(text, end()).unwrap_or(relation),
                "cites" => cues::link_note(text, end()).unwrap_or(relation),
                _ => relation,
            };
            // The list's own relation goes on to the next item; only this one names a part.
            joined_to = Some((i, relation));
            list_relations[i] = Some(relation);
            cues::of_the_part(relation, f.pinpoint.is_some())
        };
        if source.is_some() || own_article {
            title_year = title_year.or(codified_year);
        }
        let named_in_title = acted_on_before.contains(&i) || agent_in_title.contains(&i);
        let relation = if relation == "basis" && named_in_title { "cites" } else { relation };
        // The family too: `19/QĐ-BTC ngày 30 tháng 3 năm 2006` and `19/2006/QĐ-BTC` are two
        // documents for the resolver.
        // The editor's `## TRÍCH YẾU` sums the text up as the summary above it does: its acts
        // yield to the text's, and its lines show no edge the text states (audit 2232).
        let in_summary = f.span.start < identity.summary_end || identity.abstract_section.contains(&f.span.start);
        let in_preamble =
            relation == "basis" && opens_with_basis(&text[crate::lines::line_start(text, f.span.start)..]);
        // The agent of an act on another basis (`Căn cứ Nghị định số 193/2025/NĐ-CP …, được sửa
        // đổi, bổ sung tại Nghị định số 21/2026/NĐ-CP;`) is based on as that one's amender: the
        // line states the other's basis, and the agent's own `Căn cứ` line, where the preamble
        // has one, shows its edge (audit 2253, item 7: trace proved it by the amendment).
        let agent_of_another = in_preamble && agents.contains(&i);
        // Whose words the reference is, in a codification: the first mention of a document a
        // source's article names proves that source's edge, not the page's; a codifier's note
        // proves none (86 edges of real/ had no sentence).
        let speaker = said_by.last().filter(|&&(m, _)| m == mentions.len()).map(|&(m, by)| {
            let by = (by != m).then(|| &found[source.map_or(i, |s| s.found)]);
            by.map(|b| (b.number.clone().map(|r| &text[r]), b.symbol.clone(), b.name.clone().map(|r| &text[r])))
        });
        // Apart in and after the summary: the text's first sentence is the evidence the
        // graph prefers.
        let key = (
            speaker,
            in_summary,
            in_preamble,
            agent_of_another,
            f.number.clone().map(|r| &text[r]),
            f.symbol.clone(),
            f.name.clone().map(|r| &text[r]),
            f.year(),
            // A law named without its year is of the year its title or source bounds it by.
            title_year.map(|y| (y.year, y.amended)),
            f.family,
            relation,
        );
        let needed = first_seen.insert(key) || f.subject.is_some() || in_pairs.contains(&i);
        title_years.push(title_year);
        sentences.push(if needed {
            relate::sentence_as_written(original, &norm, text, f.span.start, f.span.end).into()
        } else {
            no_sentence.clone()
        });
        // `Luật sửa đổi, bổ sung một số điều của Luật sở hữu trí tuệ năm 2009`: the date that
        // ends both names is the amending law's, not the law it amends.
        let outer_date =
            within && f.family == Family::Named && reaching.is_some_and(|o| found[o].span.end == f.span.end);
        let (start, end) = doc.file_range(ts, te);
        // A law named with a number OCR left no digit of but zeros (`Bộ luật Hình sự số Ï
        // 00/2025/QH13`, for 100/2015/QH13): the name says which law, the number nothing (trace
        // audit 2176: a phantom `00/2025/QH13` stood in a decree's chain).
        let no_number =
            f.name.is_some() && f.number.as_ref().is_some_and(|r| text[r.clone()].bytes().all(|b| b == b'0'));
        mentions.push(Mention {
            path: shared_path.clone(),
            line,
            column,
            start,
            end,
            text: Mention::text_of(&original[ts..te]),
            kind: CompactString::const_new(f.kind),
            family: if no_number { Family::Named } else { f.family },
            number: f.number.as_ref().filter(|_| !no_number).map(|r| text[r.clone()].into()),
            symbol: f.symbol.clone().filter(|_| !no_number),
            year: f.year().filter(|_| !outer_date && !no_number),
            date: f.date.filter(|d| !outer_date && d.is_valid()).map(|d| d.iso_compact()),
            date_text: slice(&f.date_span.clone().filter(|_| !outer_date)),
            issuer: slice(&f.issuer),
            subject: subject(&f.subject),
            pinpoint: slice(&f.pinpoint),
            name: slice(&f.name),
            relation: CompactString::const_new(relation),
            target: no_target.clone(),
            by: None,
            in_summary,
            in_preamble,
            agent_of_another,
        });
    }
    body_states_the_acts(&mut mentions);
    let mut reasons = doc.notes.clone();
    if norm.changed() {
        reasons.push("normalized for matching (Unicode form, spaces, dashes)".to_string());
    }
    if let Some((summary, text)) = &identity.number_overruled {
        reasons.push(format!(
            "its summary gives the number {summary}, its text's own number line {text}: identified by the text's"
        ));
    }
    if let Some(number) = disowned {
        reasons.push(format!(
            "a codification filed under {number}, which none of its articles' sources names: identified by its file"
        ));
    } else if identity.number.is_none() && identity.symbol.is_none() {
        reasons.push("no document number in the header: identified by its file".to_string());
    }
    let entry = FileEntry {
        name: path.clone(),
        path,
        status: FileStatus::Ok,
        reason: (!reasons.is_empty()).then(|| reasons.join("; ")),
        bytes: Some(file_bytes),
        document: None,
        mentions: mentions.len(),
        self_mentions,
        format: Some(doc.format.label().to_string()),
        encoding: Some(doc.encoding.to_string()),
        offsets: Some(doc.offsets.to_string()),
    };
    let pairs = stated
        .into_iter()
        .filter_map(|p| {
            let from = index[p.from]?;
            match index[p.to] {
                Some(to) => {
                    let (a, b) = (&found[p.from].span, &found[p.to].span);
                    let sentence = relate::pair_sentence_as_written(original, &norm, text, a.clone(), b.clone())
                        .map(|s| std::sync::Arc::from(s.as_ref()));
                    Some(Pair { from, to, sentence, ..p })
                }
                // What another document did to this one, noted where the page names itself.
                None if own_found[p.to] && ACTS_ON_OWN.contains(&cues::as_amends(p.relation)) => {
                    Some(Pair { from, to: from, on_own: true, ..p })
                }
                None => None,
            }
        })
        .collect();
    identity.named = own_name.map(String::from);
    // A codified page has no place-and-date line: its date is the metadata row's, a web
    // editor's, where the notes on its articles (`(Điều 1 Luật số 15/2008/QH12 Trưng mua,
    // trưng dụng tài sản ngày 03/06/2008 của Quốc hội, …)`) are the state's own record of the
    // law. Where they all give one date, that is the document's (audit 2251: the row's
    // 14/11/2008 made the two texts that cite the law of 03/06/2008 look wrong; 3 of the 19
    // codified pages of real/ whose notes date their own number have a row that disagrees).
    if identity.codified
        && identity.date_source < header::Source::Text
        && let Some(Some(date)) = own_note_date
    {
        (identity.date, identity.date_source) = (Some(date), header::Source::Text);
    }
    // Where no subject line or summary gives its title, what its text says it is about is
    // more its own than a web page's headline (the topic `Lễ tân ngoại giao` over the decree
    // on `nghi lễ đối ngoại`, audit 2189).
    // Not one that says less than the header's (`… thuộc phạm vi quản lý của **14 bộ, ngành**`,
    // cut at the bold: Nghị quyết 66.16/2026/NQ-CP's summary).
    if identity.title_source < header::Source::Mention
        && let Some(subject) = own_subject.as_deref().and_then(subject_as_title)
        && (identity.title.is_none() || !crate::resolve::weak_title(&subject))
    {
        identity.title = Some(subject);
        identity.title_source = header::Source::Mention;
    }
    let findings = identity
        .impossible_date
        .as_ref()
        .map(|(r, _)| {
            let (ts, te, line, column) = place_of(doc, &norm, &mut locator_of(doc), r.clone());
            let text = original[ts..te].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '_' | '*' | '|'));
            crate::findings::own_impossible_date(crate::model::Location {
                path: shared_path.clone(),
                line,
                column,
                text: text.to_string(),
            })
        })
        .into_iter()
        .collect();
    FileScan {
        entry,
        identity: Some(identity),
        mentions,
        sentences,
        pairs,
        title_years,
        said_by,
        findings,
        digest: None,
        read_at: None,
    }
}

/// The acts a page's summary states (a front matter's `thay_the:` rows, a `| Văn bản thay thế |`
/// row, a TRÍCH YẾU) where its body states acts of its own: the summary sums the body up, not
/// always rightly, and the body's words hold (audit 2230: `thay_the: "Nghị định 100/2018/NĐ-CP
/// …; Nghị định 15/2021/NĐ-CP … — cần đối chiếu với PDF khi review"` over a Điều 57 that ends
/// only 111/2024/NĐ-CP; `thay_the:` of Điều 60 Nghị định số 38/2024/NĐ-CP, which the body
/// repeals). A summary's act on a document the body acts on otherwise takes the body's act, so
/// the pair has the one edge (`van_ban_thay_the: "Thông tư 52/2025/TT-BTC"` over `Sửa đổi, bổ
/// sung một số điều của Thông tư số 52/2025/TT-BTC`: amends); on one the body states no act on,
/// it is cited. A body that states no act leaves the summary's acts standing, and so does a
/// summary's `amends`: it is the page's title (`| Trích yếu | Sửa đổi, bổ sung một số điều của
/// Nghị định 204/2004/NĐ-CP …`), whose articles amend its tables without naming it again.
///
/// So too a summary's other relations ([`summary_defers_to_body`]).
fn body_states_the_acts(mentions: &mut [Mention]) {
    let acts = |m: &Mention| cues::acts_on(&m.relation);
    let body_acts = mentions.iter().any(|m| !m.in_summary && acts(m));
    for i in 0..mentions.len() {
        let summed_up = &mentions[i];
        if !summed_up.in_summary || summed_up.relation == "cites" || summed_up.relation == "amends" {
            continue;
        }
        if !acts(summed_up) {
            if let Some(relation) = summary_defers_to_body(mentions, summed_up) {
                mentions[i].relation = relation;
            }
            continue;
        }
        if !body_acts {
            continue;
        }
        let mut body = mentions.iter().filter(|m| !m.in_summary && acts(m) && same_document(m, summed_up));
        let relation = match body.clone().find(|m| m.relation == summed_up.relation) {
            Some(_) => continue,
            None => body.next().map_or(CompactString::const_new("cites"), |m| m.relation.clone()),
        };
        mentions[i].relation = relation;
    }
}

/// The relation the body states on the document a summary says the page `guides` (or bases
/// on, or any relation but an act and `cites`), where the body states that relation of its own on some document and
/// names this one otherwise: the editor's words on what the page does give way to the page's
/// (audit 2249: Nghị định 49/2026/NĐ-CP's `## TRÍCH YẾU` has it `Quy định chi tiết …` of `Điều
/// 127 Luật Đất đai`; its text guides Nghị quyết 254/2025/QH15 and bases on `Luật Đất đai số
/// 31/2024/QH15`: basis). None where the body states no such relation (a page without its
/// preamble keeps its summary's `Căn cứ` list) or names the document only in passing, or not
/// at all (`NQ 254/QH15`, without its year, is no number the text writes).
fn summary_defers_to_body(mentions: &[Mention], summed_up: &Mention) -> Option<CompactString> {
    let relation = &summed_up.relation;
    if !mentions.iter().any(|m| !m.in_summary && m.relation == *relation) {
        return None;
    }
    let mut body = mentions.iter().filter(|m| !m.in_summary && m.relation != "cites" && same_document(m, summed_up));
    if body.clone().any(|m| m.relation == *relation) {
        return None;
    }
    body.next().map(|m| m.relation.clone())
}

/// Whether two mentions of a file name one document: by its number, the same number, year,
/// kind, and issuer's code where both give one (`NĐ 38/2024` in a page's summary, `Nghị định
/// số 38/2024/NĐ-CP` in its text; `Nghị định số 65/2013/NB- CP`, as OCR read the body); or,
/// where one gives no number, by a law's name, whatever marks it was typed with (as
/// [`names_same`] reads them), and its year where both give one (`Luật Đất đai` in Nghị định
/// 49/2026's summary, `Luật Đất đai số 31/2024/QH15` in its preamble).
fn same_document(a: &Mention, b: &Mention) -> bool {
    fn issuer(m: &Mention) -> Option<&str> {
        m.symbol.as_deref().and_then(|s| s.rsplit('-').next())
    }
    if a.number.is_none() || b.number.is_none() {
        let years = a.year.is_none() || b.year.is_none() || a.year == b.year;
        let names = match (&a.name, &b.name) {
            (Some(x), Some(y)) => x == y || tables::law_name_key("", x) == tables::law_name_key("", y),
            _ => false,
        };
        return years && names && a.kind == b.kind && tables::has_official_names(&a.kind);
    }
    let code = match (issuer(a), issuer(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    a.number == b.number && a.year == b.year && a.kind == b.kind && code
}

/// For each found reference: its range in the decoded text, and its line and column. Worked
/// out in text order, so that counting columns on one huge line stays linear.
fn locate(doc: &Decoded, norm: &Normalized, found: &[Found]) -> Vec<(usize, usize, usize, usize)> {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| found[i].span.start);
    let mut locator = locator_of(doc);
    let mut places = vec![(0, 0, 0, 0); found.len()];
    for i in order {
        places[i] = place_of(doc, norm, &mut locator, found[i].span.clone());
    }
    places
}

/// What finds lines and columns in `doc`: its source's lines, or a .docx's paragraphs.
fn locator_of<'d>(doc: &'d Decoded) -> Locator<'d> {
    match &doc.lines {
        Lines::Source => Locator::new(&doc.source),
        Lines::Paragraphs(starts) => Locator::with_starts(doc.text(), starts.clone()),
    }
}

/// Where the normalized range `span` stands: its decoded text's range, and the line and column
/// of its start in the file.
fn place_of(
    doc: &Decoded,
    norm: &Normalized,
    locator: &mut Locator,
    span: Range<usize>,
) -> (usize, usize, usize, usize) {
    let (ts, te) = norm.original_range(span.start, span.end);
    let at = match doc.lines {
        Lines::Source => doc.source_range(ts, te).0,
        Lines::Paragraphs(_) => ts,
    };
    let (line, column) = locator.line_col(at);
    (ts, te, line, column)
}

/// Line breaks and runs of spaces inside a phrase read as one space.
fn collapse_spaces(s: &str) -> CompactString {
    let s = s.trim();
    if single_spaced(s.as_bytes()) {
        return s.into();
    }
    let mut out = CompactString::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Whether a trimmed phrase holds no whitespace but single plain spaces, so that it is its
/// own collapsed form (the usual case, copied whole). Conservative: any byte that may start
/// another whitespace character (`C2` for U+0085/U+00A0, `E1 9A` for U+1680, `E2`, `E3`)
/// sends the phrase the slow way.
fn single_spaced(b: &[u8]) -> bool {
    b.iter().enumerate().all(|(i, &c)| match c {
        b' ' => b.get(i + 1) != Some(&b' '),
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0xC2 | 0xE2 | 0xE3 => false,
        0xE1 => b.get(i + 1) != Some(&0x9A),
        _ => true,
    })
}

/// A short label for a family, as users write it.
pub fn family_label(f: Family) -> &'static str {
    match f {
        Family::Administrative => "administrative",
        Family::Normative => "normative",
        Family::Party => "party",
        Family::Named => "named",
    }
}

/// Whether a line is a preamble's line of basis: `Căn cứ …`, under its emphasis marks and a
/// list's dash (`- Căn cứ Nghị định số 21/2026/NĐ-CP …;`, Nghị quyết 28/2026/NQ-CP).
/// Written right only, not OCR's `Căn cú` of [`tables::BASIS_OPENINGS`]: the line is the one
/// an edge is shown by, and a clean copy of a scanned preamble should win over the scan.
fn opens_with_basis(line: &str) -> bool {
    let marks = |c: char| c.is_whitespace() || matches!(c, '*' | '_' | '-' | '+' | '•' | '>');
    let words = line.trim_start_matches(marks);
    ["Căn cứ", "CĂN CỨ"].iter().any(|cue| words.strip_prefix(cue).is_some_and(|rest| rest.starts_with(marks)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_canonical() {
        assert_eq!(canonical_number("4"), "04");
        assert_eq!(canonical_number("004"), "04");
        assert_eq!(canonical_number("104"), "104");
        assert_eq!(canonical_number("06"), "06");
    }

    #[test]
    fn phrases_collapse_their_spaces_whichever_way_they_are_read() {
        let slow = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in [
            "của UBND tỉnh",
            "  của  UBND\ntỉnh ",
            "về việc\t triển khai",
            "Ủy ban\u{a0}nhân dân",
            "a\u{1680}b",
            "a\u{2028}b",
            "a\u{3000}b",
            "a\u{85}b",
            "Nghị quyết số 24-NQ/TW ngày 12/3/2003",
            "",
            " ",
        ] {
            assert_eq!(collapse_spaces(s), slow(s), "{s:?}");
        }
    }

    /// From shared/corpus/real and data/: a cue in the title of the reference before says
    /// what that document does; a reference joined to it shares its cue.
    #[test]
    fn a_cue_in_the_title_before_governs_that_document() {
        for (t, want) in [
            (
                "Căn cứ Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật;",
                // The document stands on the decree; the law is what the decree guides.
                &["basis", "cites"][..],
            ),
            (
                // Nghị định 201/2026/NĐ-CP (relation audit 2223): the treaty is what the
                // resolution ratifies.
                "Căn cứ Nghị quyết số 71/2006/QH11 của Quốc hội phê chuẩn Nghị định thư gia nhập Hiệp định thành lập Tổ chức thương mại thế giới của nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
                &["basis", "cites"][..],
            ),
            (
                "Thông tư này thay thế Thông tư số 20/2015/TT-BTP ngày 29 tháng 12 năm 2015 của Bộ trưởng Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP ngày 16 tháng 02 năm 2015",
                &["replaces", "cites"][..],
            ),
            (
                "Thực hiện Kế hoạch số 31-KH/TU ngày 16/3/2021 của Ban Thường vụ Tỉnh ủy về việc thực hiện phong trào thi đua \"Dân vận khéo\", giai đoạn 2021-2025 và Hướng dẫn số 08-HD/BDVTU ngày 19/4/2021",
                &["implements", "implements"][..],
            ),
            (
                "nhất là tiếp tục thực hiện có hiệu quả Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị Quyết số 24-NQ/TW, ngày 12/3/2003",
                &["implements", "cites"][..],
            ),
            // A title verb in small letters right after the reference is its own; what is listed
            // after the document it names shares its relation.
            (
                "theo quy định tại Nghị định số 159/2006/NĐ-CP, Nghị định số 11/2011/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 159/2006/NĐ-CP, Nghị định số 23/2012/NĐ-CP",
                &["cites", "cites", "cites", "cites"][..],
            ),
            // A title after a dash or a colon, as lists write it.
            (
                "- Nghị định 163/2024/NĐ-CP: Quy định chi tiết một số điều và biện pháp thi hành Luật Viễn thông",
                &["cites", "cites"][..],
            ),
            // A document named again right after itself stands as it did.
            (
                "Thông tư này quy định chi tiết một số điều của Nghị định số 96/2016/NĐ-CP ngày 01/7/2016 quy định điều kiện về an ninh, trật tự (sau đây viết gọn là Nghị định số 96/2016/NĐ-CP)",
                &["guides", "guides"][..],
            ),
            (
                "(Điều 1 Thông tư số 01/2020/TT-BTTTT Quy định chi tiết và hướng dẫn thi hành một số điều của Luật xuất bản và Nghị định số 195/2013/NĐ-CP ngày 21 tháng 11 năm 2013)",
                &["cites", "cites", "cites"][..],
            ),
            // A title in brackets, or after a note in brackets, is the document's before it.
            ("- NĐ 78/2025/NĐ-CP (hướng dẫn Luật Ban hành VBQPPL)", &["cites", "cites"][..]),
            ("- Nghị định 320/2025/NĐ-CP (được sửa đổi, bổ sung) - hướng dẫn Luật Thuế TNDN", &["cites", "cites"][..]),
            (
                "- **Nghị định 291/2025/NĐ-CP** (19/12/2025) - Sửa đổi, bổ sung NĐ 103/2024/NĐ-CP",
                &["cites", "cites"][..],
            ),
            // Hard-wrapped text (a PDF's text layer): the title opens the next line, and the
            // items of a list run over lines in small letters.
            (
                "3. Nghị định số 113/2017/NĐ-CP ngày 09 tháng 10 năm 2017 của Chính phủ\nquy định chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất",
                &["cites", "cites"][..],
            ),
            (
                "Căn cứ Nghị định số 254/2026/NĐ-CP của Chính phủ quy định chi tiết\nmột số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Quản lý thuế\nsố 108/2025/QH15;",
                // The document stands on the decree, which guides the law.
                &["basis", "cites"][..],
            ),
            // `bố sung`, the OCR of `bổ sung`, opens a title all the same.
            (
                "Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 của Chính phủ\nsửa đổi, bố sung một số điều của Nghị định số 123/2020/NĐ-CP",
                &["cites", "cites"][..],
            ),
            // Not a new line's own clause.
            (
                "Sửa đổi, bổ sung một số điều của Thông tư số 17/2016/TT-NHNN quy định hoạt động môi giới tiền tệ\n\n*Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;*",
                &["amends", "basis"][..],
            ),
            (
                "2. Kể từ ngày Nghị định này có hiệu lực thi hành, các Nghị định sau đây\nhết hiệu lực thi hành:\na) Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính\nphủ quy định về hóa đơn, chứng từ;\nb) Điều 1 Nghị định số 41/2022/NĐ-CP ngày 20 tháng 6 năm 2022 của\nChính phủ sửa đổi, bổ sung một số điều của Nghị định số 123/2020/NĐ-CP",
                // Its article 1 ceases: a part of Nghị định 41/2022, which stands.
                &["repeals", "repeals-part", "cites"][..],
            ),
            // A document in brackets right after another names what that one details.
            (
                "## Chương I: Sửa đổi, bổ sung Nghị định 96/2024/NĐ-CP (Luật Kinh doanh bất động sản)",
                &["amends", "cites"][..],
            ),
            ("Căn cứ Nghị định 96/2024/NĐ-CP (Luật Kinh doanh bất động sản)", &["basis", "cites"][..]),
            // Under a list's heading too, what a basis's title names is cited; an amendment
            // noted after it, by its agent, is part of the basis.
            (
                "**Căn cứ pháp lý:**\n- Nghị định số 362/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức, hướng dẫn thi hành Luật Phí và lệ phí;\n- Nghị định 02/2025/NĐ-CP (Bộ Công an), sửa đổi bổ sung bởi NĐ 11/2025/NĐ-CP",
                &["basis", "cites", "basis", "basis"][..],
            ),
            // An amendment noted in brackets is part of the basis, as on a `Căn cứ` line.
            (
                "| Căn cứ pháp luật | Luật Giáo dục 43/2019/QH14 (sửa đổi bởi Luật 123/2025/QH15); Luật Nhà giáo 73/2025/QH15 |",
                &["basis", "basis", "basis"][..],
            ),
        ] {
            assert_eq!(relations(t), want, "{t}");
        }
        // The document's own title says what it does; what the title of the document it acts on
        // names is only cited.
        for (t, want) in [
            (
                "Số: 09/2026/TT-BNV\n\nThông tư số 09/2026/TT-BNV do Bộ trưởng Bộ Nội vụ ban hành sửa đổi, bổ sung một số điều của Thông tư số 21/2021/TT-BLĐTBXH ngày 15 tháng 12 năm 2021",
                &["amends"][..],
            ),
            (
                "Số: 50/2026/NĐ-CP\n\nNghị định số 50/2026/NĐ-CP hướng dẫn Nghị quyết số 254/2025/QH15 ngày 11 tháng 12 năm 2025 của Quốc hội quy định một số cơ chế, chính sách tháo gỡ khó khăn, vướng mắc trong tổ chức thi hành Luật Đất đai",
                &["guides", "cites"][..],
            ),
        ] {
            assert_eq!(relations(t), want, "{t}");
        }
    }

    /// From shared/corpus/real (codified pages: the last articles of Thông tư liên tịch
    /// 21/2008, Thông tư 01/2018/TT-BVHTTDL): the title of a document replaced or repealed
    /// names what it details, after the other bodies that issued it jointly or after `tại`;
    /// the act is the first one's alone.
    #[test]
    fn a_title_after_joint_issuers_or_ending_on_tai_names_its_document() {
        for t in [
            "Số: 10/2026/TT-BQP\n\nĐiều 5. Hiệu lực\n\n2. Thông tư này thay thế Thông tư liên tịch số \
             191/2005/TTLT-BQP-BLĐTBXH-BTC ngày 07 tháng 12 năm 2005 của Bộ Quốc phòng, Bộ Lao động-Thương binh và Xã \
             hội, Bộ Tài chính hướng dẫn thực hiện Quyết định số 290/2005/QĐ-TTg ngày 08 tháng 11 năm 2005 về chế độ.\n",
            "Số: 10/2026/TT-BQP\n\nĐiều 5. Hiệu lực\n\n1. Thông tư này có hiệu lực từ ngày 01 tháng 03 năm 2018 và \
             thay thế Thông tư số 18/TT-BVHTTDL ngày 30 tháng 12 năm 2013 của Bộ trưởng Bộ Văn hóa, Thể thao và Du \
             lịch quy định chi tiết thi hành một số điều tại Nghị định số 113/2013/NĐ-CP ngày 02 tháng 10 năm 2013.\n",
        ] {
            assert_eq!(relations(t), ["replaces", "cites"], "{t}");
        }
    }

    /// From shared/corpus/real (a codified page's article of Thông tư 92/2020/TT-BTC, Thông
    /// tư 71/2015/TT-BTC on the veterans' association, Nghị định 260/2026/NĐ-CP in OCR): a
    /// title verb after a date and bodies the recognizer did not read as the reference's is
    /// that document's title, and the law it names is only cited here (all three were drawn
    /// as guided by the citing document). A `;` that goes on with the list under the clause's
    /// cue ends such a title (Nghị định 151/2026/NĐ-CP: both decrees' articles are repealed).
    #[test]
    fn a_title_after_a_header_unread_is_the_cited_documents() {
        for (t, expected) in [
            (
                "Số: 92/2020/TT-BTC\n\n4. Chi khen thưởng cho tập thể, cá nhân có thành tích xuất sắc trong công tác \
                 hòa giải, đối thoại tại Tòa án thực hiện theo Nghị định số [91/2017/NĐ-CP](https://thuvienphapluat.vn/\
                 van-ban/nghi-dinh-91-2017-nd-cp.aspx) ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành \
                 một số điều của Luật thi đua, khen thưởng và quy định chi tiết của Tòa án nhân dân tối cao.\n",
                &["cites", "cites"][..],
            ),
            (
                "Số: 71/2015/TT-BTC\n\nc) Chi phụ cấp cho cán bộ làm công tác Hội thực hiện theo Thông tư liên tịch số \
                 10/2007/TTLT-BLĐTB&XH-HCCBVN-BTC-BQP ngày 25/7/2007 của Bộ Lao động thương binh và xã hội, Hội Cựu \
                 chiến binh Việt Nam, Bộ Tài chính, Bộ Quốc phòng hướng dẫn thực hiện một số điều của Nghị định số \
                 150/2006/NĐ-CP ngày 12/12/2006 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều Pháp \
                 lệnh Cựu chiến binh;\n",
                &["cites", "cites", "cites"][..],
            ),
            (
                "Số: 260/2026/NĐ-CP\n\nb) Sản phẩm, hàng hóa, dịch vụ hình thành từ kết quả thực hiện nhiệm vụ\n\
                 công nghệ cao được hưởng ưu đãi theo quy định tại điểm ¡ ¡ khoản 1 Điều 10\n\
                 Luật Đầu thầu và khoản 3, khoản 4 Điều 6, Điều 7 và Điều 8 của Nghị định số\n\
                 214/2025/NĐ-CP ngày 04'tháng 8 năm 2025 của Chính: phủ quy định chỉ tiết\n\
                 một số điều và biện pháp thi hành Luật Đầu thầu về lựa chọn nhà thầu (sau đây\n\
                 viết tắt là Nghị định số 214/2025/NĐ-CP).\n",
                &["cites", "cites", "cites"][..],
            ),
            (
                "Số: 151/2026/NĐ-CP\n\n3. Bãi bỏ Điều 10 của Nghị định số 18/2026/NĐ-CP ngày 14 tháng 01\n\n\
                 năm 2026 của Chính phủ sửa đổi, bổ sung một số nghị định để cắt giảm, đơn\n\
                 giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của\n\
                 Bộ Tư pháp; các Điều 27, 28, 29 và 30 của Nghị định số 121/2025/NĐ-CP ngày\n\
                 11 tháng 6 năm 2025 của Chính phủ quy định về phân quyền, phân cấp trong\n\
                 lĩnh vực quản lý nhà nước của Bộ Tư pháp.\n",
                &["repeals-part", "repeals-part"][..],
            ),
        ] {
            assert_eq!(relations(t), expected, "{t}");
        }
        assert_eq!(
            past_unread_header("ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết", true),
            Some("quy định chi tiết")
        );
        // No body's name: a clause of the sentence's own, whose verb is its own.
        assert_eq!(past_unread_header("của các cơ quan hướng dẫn", true), None);
        assert_eq!(past_unread_header("quy định chi tiết", true), None);
    }

    /// The relation of each mention `t` gives, in order.
    fn relations(t: &str) -> Vec<String> {
        scan_text("x.md".into(), t).mentions.iter().map(|m| m.relation.to_string()).collect()
    }

    /// From shared/corpus/real (audit 2231, Thông tư 04/2026/TT-BKHCN line 48): the decrees
    /// that amended a decree named in a basis's title are named in that title, no basis of
    /// the file's; those that amended the basis itself are (audit 2230, #4).
    #[test]
    fn agents_inside_a_basis_title_are_no_basis() {
        let t = "## CĂN CỨ PHÁP LUẬT\n\n- Nghị định số 36/2026/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số \
                 105/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định về điều kiện hoạt động của tổ chức \
                 kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo, chuẩn đo lường được sửa đổi, bổ sung bởi Nghị \
                 định số 154/2018/NĐ-CP ngày 09 tháng 11 năm 2018 của Chính phủ và Nghị định số 133/2025/NĐ-CP ngày \
                 12 tháng 6 năm 2025 của Chính phủ quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước \
                 của Bộ Khoa học và Công nghệ;";
        assert_eq!(relations(t), ["basis", "cites", "cites", "cites"]);
        let t = "Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi Luật số 67/2020/QH14;";
        assert_eq!(relations(t), ["basis", "basis"]);
    }

    /// From shared/corpus/real, Nghị định 141/2026/NĐ-CP (relation audit 2223): `đồng thời`
    /// joins a clause to the one before, and the verb after it opens its own.
    #[test]
    fn a_verb_after_dong_thoi_opens_its_clause() {
        let t = "Nghị định nâng ngưỡng doanh thu (sửa đổi Nghị định 68/2026/NĐ-CP); đồng thời bổ sung khoản 15 Điều 4 \
                 Nghị định 320/2025/NĐ-CP quy định miễn thuế TNDN.";
        assert_eq!(relations(t), ["amends", "amends"]);
        // Inside a clause, `bổ sung` is a word (`nguồn vốn bổ sung theo Nghị định …`).
        assert_eq!(relations("Sử dụng nguồn vốn bổ sung theo Nghị định 320/2025/NĐ-CP."), ["cites"]);
    }

    /// From shared/corpus/real, Nghị định 54/2026/NĐ-CP (trace audit 2218): the laws an
    /// amending law in a basis amends are no basis of the page, the last one listed neither.
    #[test]
    fn laws_an_amending_law_amends_are_no_basis() {
        let t = "Căn cứ:\n- Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật \
                 Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15\n";
        assert_eq!(relations(t), ["basis", "cites", "cites", "cites"]);
    }

    /// From data/ (seeds audit 2175): a short name defined as the document's own number cites
    /// it no more; one name for several (`gọi chung là`) and one of another document stay.
    #[test]
    fn a_short_name_defined_as_the_number_is_no_second_reference() {
        let t = "- Thực hiện Nghị quyết số 06-NQ/TU ngày 04/4/2022 của Ban thường vụ Tỉnh ủy về công tác dân tộc \
                 (Sau đây viết tắt là: Nghị quyết số 06-NQ/TU); Kế hoạch số 104/KH-UBND ngày 28/6/2022 của UBND tỉnh \
                 về triển khai thực hiện Chiến lược (Sau đây viết tắt là: Kế hoạch số 104/KH-UBND) .\n\
                 Tiếp tục thực hiện Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị (gọi tắt là Kết luận số \
                 65-KL/TW); Thông tri số 01-TT/TU.\n\
                 Thông tư số 175/2024/TT-BTC sửa đổi Thông tư số 55/2023/TT-BTC và Thông tư số 112/2025/TT-BTC (sau \
                 đây gọi chung là Thông tư số 55/2023/TT-BTC) hết hiệu lực.\n\
                 Căn cứ Nghị định số 19/2011/NĐ-CP ngày 21 tháng 3 năm 2011 của Chính phủ (sau đây gọi là Nghị định số \
                 19/2011/NĐ-CP);\n";
        let scan = scan_text("x.md".into(), t);
        let texts: Vec<&str> = scan.mentions.iter().map(|m| &*m.text).collect();
        assert_eq!(
            texts,
            [
                "Nghị quyết số 06-NQ/TU ngày 04/4/2022",
                "Kế hoạch số 104/KH-UBND ngày 28/6/2022",
                "Kết luận số 65-KL/TW, ngày 30/10/2019",
                "Thông tri số 01-TT/TU",
                "Thông tư số 175/2024/TT-BTC",
                "Thông tư số 55/2023/TT-BTC",
                "Thông tư số 112/2025/TT-BTC",
                "Thông tư số 55/2023/TT-BTC",
                "Nghị định số 19/2011/NĐ-CP ngày 21 tháng 3 năm 2011",
            ]
        );
        assert_eq!(relations(t)[..3], ["implements", "implements", "implements"]);
    }

    /// From shared/corpus/real (Nghị định 26/2026 and 151/2026, their last articles):
    /// provisions of several documents listed with `;` and over wrapped lines are all what the
    /// clause's cue repeals, past the verbs of the titles between.
    #[test]
    fn provisions_of_several_documents_listed_share_the_cue() {
        let t = "Số: 26/2026/NĐ-CP\n\n### Điều 31. Hiệu lực thi hành\n\n\
                 4. Bãi bỏ Điều 8, 9 của Nghị định số 17/2020/NĐ-CP ngày 05 tháng 05\n\
                 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên\n\
                 quan đến điều kiện đầu tư kinh doanh thuộc lĩnh vực quản lý nhà nước của Bộ\n\
                 Công Thương; điểm a khoản 14 Điều 4 và các Điều 10, 11, 12, 13, 14, 15, 17,\n\
                 18, 19, 20 của Nghị định số 33/2024/NĐ-CP ngày 27 tháng 3 năm 2024 của\n\
                 Chính phủ quy định việc thực hiện Công ước cấm phát triển, sản xuất, tàng trữ,\n\
                 sử dụng và phá hủy vũ khí hóa học; các Điều 6, 7, 8, 9 của Nghị định\n\
                 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân\n\
                 quyền, phân cấp trong lĩnh vực công nghiệp và thương mại.\n";
        // The convention a title names is cited, and the list goes on past it.
        assert_eq!(relations(t), ["repeals-part", "repeals-part", "cites", "repeals-part"]);
        let t = "Số: 151/2026/NĐ-CP\n\n### Điều 30. Hiệu lực\n\n\
                 3. Bãi bỏ Điều 10 của Nghị định số 18/2026/NĐ-CP ngày 14 tháng 01 năm 2026 của Chính phủ \
                 hướng dẫn thi hành Luật Thừa phát lại; các Điều 27, 28 của Nghị định số 121/2025/NĐ-CP ngày\n\
                 11 tháng 6 năm 2025 của Chính phủ quy định về phân quyền.\n";
        assert_eq!(relations(t), ["repeals-part", "cites", "repeals-part"]);
    }

    /// From shared/corpus/real (Nghị định 26/2026/NĐ-CP, OCR'd): a title verb with a speck read
    /// as a comma inside it still opens the document's title, and the law it names is the
    /// decree's, cited.
    #[test]
    fn a_title_verb_with_a_speck_opens_a_title() {
        let t = "Số: 26/2026/NĐ-CP\n\nđược ban hành theo\nNghị định số 113/2017/NĐ-CP ngày 09 tháng 10 năm 2017 \
                 của Chính phủ quy,\nđịnh chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất.\n";
        assert_eq!(relations(t), ["cites", "cites"]);
    }

    /// From shared/corpus/real (Thông tư 32/2026/TT-BNNMT, a list of the documents it repeals):
    /// a title after an em dash is the listed document's, and what it amends is only cited.
    #[test]
    fn a_title_after_an_em_dash_is_the_listed_document_s() {
        let t = "Số: 32/2026/TT-BNNMT\n\n### Điều 1. Bãi bỏ toàn bộ các văn bản sau\n\n\
                 30. **QĐ 74/2004/QĐ-BNN** — Danh mục giống cây trồng được phép sản xuất kinh doanh (16/12/2004)\n\
                 31. **QĐ 40/2006/QĐ-BNN** — Điều chỉnh, bổ sung QĐ 74/2004/QĐ-BNN về Danh mục giống cây trồng (22/5/2006)\n";
        assert_eq!(relations(t), ["repeals", "repeals", "cites"]);
    }

    /// From shared/corpus/real (Luật Đầu tư 61/2020/QH14's page): the law's own name, after
    /// its number was written with it, is the page's own, not the older law of that name the
    /// text names with its year.
    #[test]
    fn a_law_named_by_its_own_name_is_itself() {
        let t = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 61/2020/QH14\n\
                 | **Loại văn bản** | Luật\n\n## VĂN BẢN\n\n## Luật Đầu tư 2020 số 61/2020/QH14\n\n\
                 **Quốc hội ban hành Luật Đầu tư.**\n\n**Điều 4. Áp dụng Luật Đầu tư và các luật có liên quan**\n\n\
                 Luật Đầu tư 2014 hết hiệu lực.\n";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<&str> = scan.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(read, ["Luật Đầu tư 2014"]);
        assert_eq!(scan.entry.self_mentions, 3);
    }

    /// From shared/corpus/real (Luật 69/2014/QH13's page, its number in the metadata table
    /// only): the law the enacting line enacts is the page's own, and so is its name after.
    #[test]
    fn the_law_the_enacting_line_enacts_is_itself() {
        let t = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 69/2014/QH13 |\n\
                 | **Loại văn bản** | Luật |\n\n## VĂN BẢN\n# Quản lý, sử dụng vốn nhà nước\n\n\
                 Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\
                 Quốc hội ban hành Luật quản lý, sử dụng vốn nhà nước.\n\n\
                 Điều 2. Luật quản lý, sử dụng vốn nhà nước áp dụng cùng Luật Doanh nghiệp.\n";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<&str> = scan.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(read, ["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Luật Doanh nghiệp"]);
        assert_eq!(scan.entry.self_mentions, 2);
        // Another body's line enacts no law of the page.
        let t = t.replace("Quốc hội ban hành", "Chính phủ ban hành");
        assert_eq!(scan_text("x.md".into(), &t).entry.self_mentions, 0);
    }

    /// From shared/corpus/real (the codified page of Cảnh sát cơ động): an article written
    /// again on one line in the page's list of articles has the year of its note in the body,
    /// not of the note read last.
    #[test]
    fn a_listed_article_has_its_body_note_s_year() {
        let t = "# Cảnh sát cơ động\n\nĐiều 39.14.LQ.24. Trang phục\n\n\
                 (Điều 24 Luật số 04/2022/QH15, có hiệu lực thi hành kể từ ngày 01/01/2023)\n\n\
                 1. Cảnh sát cơ động sử dụng trang phục theo Luật Công an nhân dân.\n\n\
                 Điều 39.14.TT.1.1. Phạm vi điều chỉnh\n\n\
                 (Điều 1 Thông tư số 58/2015/TT-BCA, có hiệu lực thi hành kể từ ngày 01/01/2016)\n\n\
                 Thông tư này quy định về trang phục.\n\n## Danh sách điều khoản\n\n### 3901400000000000100000\n\n\
                 Điều 39.14.LQ.24. Trang phục 1. Cảnh sát cơ động sử dụng trang phục theo Luật Công an nhân dân.\n\n\
                 Điều 39.14.LQ.25. Kinh phí theo Luật Công an nhân dân.\n";
        let scan = scan_text("x.md".into(), t);
        let years: Vec<Option<u16>> = scan.title_years.iter().map(|y| y.map(|y| y.year)).collect();
        let laws = scan.mentions.iter().enumerate().filter(|(_, m)| m.text == "Luật Công an nhân dân");
        let laws: Vec<Option<u16>> = laws.map(|(i, _)| years[i]).collect();
        // An article the body gave no note to is of the source its group's note names (the
        // law's article 25), not of the note read last.
        assert_eq!(laws, [Some(2022), Some(2022), Some(2022)]);
    }

    /// From shared/corpus/real (Nghị định 193/2026/NĐ-CP, OCR'd): the law amending a basis
    /// law is part of the basis over a name wrapped inside `Việt⏎Nam` and a speck after `được`.
    #[test]
    fn an_amender_of_a_basis_law_past_ocr_specks() {
        let t = "Số: 193/2026/NĐ-CP\n\nCăn cứ Luật Cơ quan đại điện nước Cộng hòa xã hội chủ nghĩa Việt\n\
                 Nam ở nước ngoài số 33/2009/QH12 được. sửa đổi, bổ sung bởi Luật số\n19/2017/QH14;\n\n\
                 Chính phủ ban hành Nghị định.\n";
        assert_eq!(relations(t), ["basis", "basis"]);
    }

    /// From shared/corpus/real (Nghị quyết 31/2026/QH16's related documents): the cell after
    /// a number is that document's title, and its verb that document's act.
    #[test]
    fn a_title_in_the_next_cell_is_the_row_s_document_s() {
        let t = "Số: 31/2026/QH16\n\n## VĂN BẢN LIÊN QUAN\n\n| Số hiệu | Trích yếu | Ghi chú |\n|---|---|---|\n\
                 | 203/2025/QH15 | Sửa đổi Hiến pháp | Căn cứ |\n| 57/2014/QH13 | Luật Tổ chức Quốc hội | Căn cứ |\n";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<(&str, &str)> = scan.mentions.iter().map(|m| (m.text.as_str(), &*m.relation)).collect();
        assert_eq!(read[1], ("Hiến pháp", "cites"));
    }

    /// From shared/corpus/real (Nghị định 162/2026's list of guiding documents): a title
    /// after a link's target and a date is the linked document's, and so is its act.
    #[test]
    fn a_title_after_a_link_is_the_linked_document_s() {
        let t = "Số: 162/2026/NĐ-CP\n\n  - [Thông tư số 14/2026/TT-BNV](https://xaydungchinhsach.chinhphu.vn/a-119.htm) \
                 ngày 04/6/2026 hướng dẫn chi tiết (thay thế Thông tư 06/2023/TT-BLĐTBXH, cùng có hiệu lực 01/7/2026)\n";
        assert_eq!(relations(t), ["cites", "cites"]);
        // Without its title, the act after the link is the page's.
        let t = "Số: 162/2026/NĐ-CP\n\n  - [Quyết định số 14/QĐ-BNV](https://a.vn/b) ngày 04/6/2026 (thay thế \
                 Thông tư 06/2023/TT-BLĐTBXH)\n";
        assert_eq!(relations(t), ["cites", "replaces"]);
    }

    /// From shared/corpus/real (Nghị định 209/2026 and 260/2026): a decree that lays down
    /// measures to carry out a law guides it; a decree's title after another's number says so
    /// of that one, its verb speckled by OCR.
    #[test]
    fn measures_to_carry_out_a_law_guide_it() {
        let t = "Số: 209/2026/NĐ-CP\n\n### Điều 1. Phạm vi điều chỉnh\n\n2. Nghị định này quy định một số biện \
                 pháp thi hành Luật Xây dựng số 135/2025/QH15 về quản lý nhà nước.\n\n\
                 3. Theo quy định tại Điều 14a của Nghị định số 65/2023/NĐ-CP ngày\n23 tháng 8 năm 2023 của Chính \
                 phủ quy: định chỉ tiết một số điệu và biện pháp\nthi hành Luật Sở hữu trí tuệ về sở hữu công nghiệp.\n\n\
                 4. Các biện pháp thi hành án theo Luật Thi hành án dân sự.\n";
        assert_eq!(relations(t), ["guides", "cites", "cites", "cites"]);
    }

    /// From shared/corpus/real (the codified page of Luật Lý lịch tư pháp, filed under the law
    /// that amends it): the law in the name of the page's own amending law is what it amends.
    #[test]
    fn the_law_the_page_s_own_name_amends_is_amended() {
        let t = "| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 107/2025/QH15 |\n\
                 | **Loại văn bản** | Luật (sửa đổi) |\n\n\
                 > Luật sửa đổi, bổ sung một số điều của Luật Lý lịch tư pháp số 107/2025/QH15 được Quốc hội \
                 thông qua ngày 05/12/2025.\n\n## VĂN BẢN\n# Lý lịch tư pháp\n\nĐiều 15.4.LQ.1. Phạm vi điều chỉnh\n\n\
                 (Điều 1 Luật số 28/2009/QH12 Lý lịch tư pháp ngày 17/06/2009 của Quốc hội, có hiệu lực thi hành \
                 kể từ ngày 01/07/2010)\n\nLuật Lý lịch tư pháp quy định về lý lịch tư pháp.\n\n\
                 Điều 15.4.LQ.2. Hiệu lực\n\n(Điều 2 Luật số 107/2025/QH15, có hiệu lực thi hành kể từ ngày \
                 01/07/2026)\n\nLuật này có hiệu lực từ ngày 01/7/2026.\n";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<(&str, &str)> = scan.mentions.iter().map(|m| (m.text.as_str(), &*m.relation)).collect();
        assert_eq!(read[0], ("Luật Lý lịch tư pháp", "amends"));
        assert!(read[1..].iter().all(|(_, r)| *r == "cites"), "{read:?}");
    }

    /// From shared/corpus/real: inside its articles a normative document carries nothing out
    /// (Nghị định 75/2026 lists `Chi thực hiện Nghị định số 173/2025/NĐ-CP` among costs), nor
    /// does a decision where an article gives a measure's grounds (Quyết định 1248/QĐ-TTg);
    /// a plan's tasks still carry out what they name.
    #[test]
    fn implementing_inside_articles() {
        let decree = "Số: 75/2026/NĐ-CP\n\nThực hiện Nghị quyết số 10/NQ-CP ngày 28/01/2022.\n\n### Điều 1. Phạm vi\n\n\
                      b) Chi thực hiện Nghị định số 173/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ.\n";
        assert_eq!(relations(decree), ["implements", "cites"]);
        let decision = "Số: 1248/QĐ-TTg\n\n### Điều 1. Tổ chức thực hiện\n\na) Căn cứ các chỉ tiêu tại Quyết định này và \
                        Kế hoạch của địa phương thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022;\n";
        assert_eq!(relations(decision), ["cites"]);
        let plan = "Số: 12/KH-UBND\n\n### Điều 1.\n\n1. Tiếp tục triển khai thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022.\n";
        assert_eq!(relations(plan), ["implements"]);
    }

    /// From shared/corpus/real (the codified page of Luật Trưng mua, trưng dụng tài sản, its head
    /// and first two articles): the metadata row dates the law 14/11/2008, the notes on its
    /// articles 03/06/2008, as the texts that cite it do; the notes are the document's date.
    /// Notes that disagree leave the row's.
    #[test]
    fn a_codified_page_is_dated_by_its_own_notes() {
        let text = include_str!("../tests/fixtures/codified/trung-mua-trung-dung-tai-san.md");
        let date = |t: &str| {
            let scan = scan_text("a.md".into(), t);
            let id = scan.identity.expect("identified");
            assert!(id.codified);
            id.date.map(|d| d.iso())
        };
        assert_eq!(date(text).as_deref(), Some("2008-06-03"));
        let disagreeing = text.replacen(
            "ngày 03/06/2008 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2009)\n\n",
            "ngày 04/06/2008 của Quốc hội)\n\n",
            1,
        );
        assert_ne!(disagreeing, text);
        assert_eq!(date(&disagreeing).as_deref(), Some("2008-11-14"));
    }

    /// From shared/corpus/real: the codified page of Cảnh vệ is filed under the ordinance of
    /// 2005 (its metadata table), but its articles come from Luật số 13/2017/QH14 and what
    /// guides it, and the law says the ordinance ceases. The page is not the ordinance: it is
    /// identified by its file, and the ordinance is cited. (Before, `show 25/2005/PL-UBTVQH11`
    /// gave the page's 26 references as the ordinance's, and `dangling` left it out.)
    #[test]
    fn a_codified_page_is_not_the_document_none_of_its_sources_names() {
        let t = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 25/2005/PL-UBTVQH11 |\n\
                 | **Loại văn bản** | Pháp lệnh |\n| **Ngày ban hành** | 02/04/2005 |\n\n---\n\n## VĂN BẢN\n# Cảnh vệ\n\n\
                 Điều 1.12.LQ.1. Phạm vi điều chỉnh\n\n(Điều 1 Luật số 13/2017/QH14 Cảnh vệ ngày 20/06/2017 của Quốc \
                 hội, có hiệu lực thi hành kể từ ngày 01/07/2018 )\n\nLuật này quy định về đối tượng cảnh vệ.\n\n\
                 Điều 1.12.LQ.33. Hiệu lực thi hành\n\n(Điều 33 Luật số 13/2017/QH14, có hiệu lực thi hành kể từ ngày \
                 01/07/2018)\n\nPháp lệnh Cảnh vệ số 25/2005/PL-UBTVQH11 hết hiệu lực kể từ ngày Luật này có hiệu lực \
                 thi hành.\n";
        let scan = scan_text("x.md".into(), t);
        let id = scan.identity.as_ref().expect("identity");
        assert!(id.codified);
        // A page of the Bộ pháp điển, as every other one is (identity audit 2224).
        assert_eq!((id.number.as_deref(), id.kind.as_deref(), id.date), (None, Some(header::CODIFIED_PAGE_KIND), None));
        assert_eq!(scan.entry.self_mentions, 0);
        let reason = scan.entry.reason.as_deref().unwrap_or("");
        assert!(reason.contains("a codification filed under 25/2005/PL-UBTVQH11"), "{reason}");
        let read: Vec<&str> = scan.mentions.iter().map(|m| m.text.as_str()).collect();
        assert!(read.contains(&"Pháp lệnh Cảnh vệ số 25/2005/PL-UBTVQH11"), "{read:?}");
        // Where a source note names it, the page is that document's text.
        let sourced = t.replace("(Điều 1 Luật số 13/2017/QH14", "(Điều 1 Pháp lệnh số 25/2005/PL-UBTVQH11");
        let scan = scan_text("x.md".into(), &sourced);
        assert_eq!(scan.identity.as_ref().expect("identity").number.as_deref(), Some("25"));
        // Its note is its own; the law's article that ends it is the law's reference to it.
        assert_eq!(scan.entry.self_mentions, 1);
        let ended = scan.mentions.iter().position(|m| m.number.as_deref() == Some("25")).expect("25/2005");
        assert_eq!(scan.mentions[ended].relation, "repeals");
        let source = scan.said_by.iter().find(|(m, _)| *m == ended).map(|&(_, by)| &scan.mentions[by]);
        assert_eq!(source.and_then(|s| s.number.as_deref()), Some("13"));
    }

    /// From shared/corpus/real (audit 2226, the pages on Dân số, rượu bia and mỹ phẩm): a
    /// heading of the Bộ pháp điển compiles the article each source note names, and the later
    /// amender the note names after `bởi` (audit 2228, cause A), and cites none of them; the
    /// codifier's note on a related article's document stays the page's citation. A page filed under a law makes no edge of them, and
    /// keeps them `cites`.
    #[test]
    fn a_codification_heading_codifies_the_sources_its_notes_name() {
        let heading = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | Đang cập nhật |\n\
                       | **Loại văn bản** | Đang cập nhật |\n\n---\n\n## VĂN BẢN\n# Dân số\n\n\
                       Điều 8.3.TT.1.4. Tổ chức thực hiện\n\n(Điều 4 Thông tư số 05/2008/TT-BYT, có hiệu lực thi \
                       hành kể từ ngày 29/05/2008)\n\n1. Thông tư này có hiệu lực sau 15 ngày kể từ ngày đăng Công \
                       báo.\n\nĐiều 45.11.NĐ.1.3. Giải thích từ ngữ\n\n(Điều 3 Nghị định số 105/2017/NĐ-CP, có \
                       hiệu lực thi hành kể từ ngày 01/11/2017, có nội dung bị bãi bỏ bởi Điều 17 Nghị định số \
                       17/2020/NĐ-CP có hiệu lực thi hành kể từ ngày 22/03/2020)\n\nTrong Nghị định này, các từ \
                       ngữ dưới đây được hiểu như sau:\n\n(Điều này có nội dung liên quan đến Điều 50. Vi phạm \
                       quy định về sản xuất mỹ phẩm của Nghị định 176/2013/NĐ-CP Quy định xử phạt vi phạm hành \
                       chính trong lĩnh vực y tế ban hành ngày 14/11/2013)\n";
        let relation = |scan: &FileScan, n: &str| scan.mentions[mention_of(scan, n)].relation.to_string();
        let scan = scan_text("x.md".into(), heading);
        let id = scan.identity.as_ref().expect("identity");
        assert!(id.codified && id.number.is_none());
        for (n, expected) in [("05", "codifies"), ("105", "codifies"), ("17", "codifies"), ("176", "cites")] {
            assert_eq!(relation(&scan, n), expected, "{n}");
            assert_eq!(said_by_number(&scan, n), None, "{n}: the page's own words");
        }
        // Filed under the ordinance one of its notes names, the page's notes are no one's: no
        // edge, and no relation changed.
        let filed = heading
            .replace("| **Số hiệu** | Đang cập nhật |", "| **Số hiệu** | 06/2003/PL-UBTVQH11 |")
            .replace("| **Loại văn bản** | Đang cập nhật |", "| **Loại văn bản** | Pháp lệnh |")
            .replace(
                "# Dân số\n\n",
                "# Dân số\n\nĐiều 8.3.PL.1. Phạm vi điều chỉnh\n\n(Điều 1 Pháp lệnh số 06/2003/PL-UBTVQH11 Dân \
                 số ngày 09/01/2003 của Uỷ ban Thường vụ Quốc hội, có hiệu lực thi hành kể từ ngày 01/05/2003 )\n\n",
            );
        let scan = scan_text("x.md".into(), &filed);
        assert_eq!(scan.identity.as_ref().and_then(|id| id.number.as_deref()), Some("06"));
        for n in ["05", "105", "17", "176"] {
            assert_eq!(relation(&scan, n), "cites", "{n}");
            assert!(no_ones(&scan, n), "{n}: {:?}", scan.said_by);
        }
    }

    /// From shared/corpus/real (Nghị định 210/2026 and 204/2026): a lead-in that says `sau
    /// đây` needs no colon, and an item lists documents after `;` where the title before names
    /// none; where it names documents, the `;` lists them on.
    #[test]
    fn an_item_lists_documents_after_a_semicolon() {
        let t = "Số: 210/2026/NĐ-CP\n\n### Điều 50. Hiệu lực\n\n\
                 2. Các văn bản quy phạm pháp luật sau đây hết hiệu lực kể từ ngày Nghị\nđịnh này có hiệu lực thi hành\n\n\
                 4) Nghị định số 37/2015/NĐ-CP ngày 22 tháng 4 năm 2015 của Chính phủ\nquy định chi tiết về hợp đồng xây dựng; \
                 Nghị định số 50/2021/NĐ-CP ngày 01\ntháng 4 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định\n\
                 số 37/2015/NĐ-CP ngày 22 tháng 4 năm 2015 của Chính phủ quy định chi tiết\nvề hợp đồng xây dựng;\n\n\
                 b) Điều 9 Nghị định số 35/2023/NĐ-CP ngày 20 tháng 6 năm 2023 của\nChính phủ sửa đổi, bổ sung một số điều.\n";
        assert_eq!(relations(t), ["repeals", "repeals", "cites", "repeals-part"]);
        let t = "Số: 204/2026/NĐ-CP\n\n### Điều 50. Hiệu lực thi hành\n\n3. Nghị định này bãi bỏ:\n\
                 a) Điều 2 Nghị định 04/2020/NĐ-CP ngày 03 tháng 01 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của \
                 Nghị định số 31/2016/NĐ-CP ngày 06 tháng 5 năm 2016 của Chính phủ quy định xử phạt vi phạm hành chính trong \
                 lĩnh vực giống cây trồng; Nghị định số 90/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định xử phạt \
                 vi phạm hành chính trong lĩnh vực thú y;\n";
        assert_eq!(relations(t), ["repeals-part", "cites", "cites"]);
    }

    /// From shared/corpus/real: the year that ends an amending law's name is that law's, not
    /// the law its name amends (the law of 2005 was amended in 2009).
    #[test]
    fn the_year_of_an_amending_law_is_not_the_amended_law_s() {
        let t =
            "theo Luật sở hữu trí tuệ năm 2005 và Luật sửa đổi, bổ sung một số điều của Luật sở hữu trí tuệ năm 2009.";
        let scan = scan_text("x.md".into(), t);
        let years: Vec<(&str, Option<u16>)> = scan.mentions.iter().map(|m| (m.text.as_str(), m.year)).collect();
        assert_eq!(
            years,
            [
                ("Luật sở hữu trí tuệ năm 2005", Some(2005)),
                ("Luật sửa đổi, bổ sung một số điều của Luật sở hữu trí tuệ năm 2009", Some(2009)),
                ("Luật sở hữu trí tuệ năm 2009", None),
            ]
        );
    }

    /// From shared/corpus/real (Nghị định 49/2026, 232/2026): a document stands on what its
    /// preamble names; a `Căn cứ` inside an article gives the grounds of another's measure.
    #[test]
    fn a_basis_inside_an_article_is_no_basis_of_the_document() {
        let t = "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\n### Điều 1. Phạm vi\n\n\
                 Căn cứ Luật Tổ chức chính quyền địa phương, Nghị quyết số 190/2025/QH15 của Quốc hội, \
                 Ủy ban nhân dân cấp tỉnh quyết định việc phân cấp.";
        assert_eq!(relations(t), ["basis", "cites", "cites"]);
    }

    /// From shared/corpus/real (Nghị định 243/2026/NĐ-CP's enacting words): a decree named
    /// again in brackets after its title, which names a law, is amended as it was.
    #[test]
    fn a_document_named_again_in_brackets_stands_as_it_did() {
        let t = "CHÍNH PHỦ\nSố: 243/2026/NĐ-CP\n\nChính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 57/2025/NĐ-CP ngày 03 tháng 3 năm 2025 \
                 của Chính phủ quy định cơ chế mua bán điện trực tiếp (Nghị định số 57/2025/NĐ-CP) và Nghị định số 58/2025/NĐ-CP \
                 ngày 03 tháng 3 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Điện lực về phát triển điện \
                 năng lượng tái tạo (Nghị định số 58/2025/NĐ-CP).";
        assert_eq!(relations(t), ["amends", "amends", "amends", "cites", "amends"]);
        // Thông tư 08/2026/TT-BKHCN: guidance called for by a provision of a decree guides it;
        // the decree's number restated as its short name is no reference of its own.
        let t = "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 08/2026/TT-BKHCN\n\nĐiều 1. Phạm vi điều chỉnh\n\n\
                 Thông tư này hướng dẫn việc xác thực thông tin thuê bao theo quy định tại khoản 2 Điều 18 Nghị định số \
                 163/2024/NĐ-CP ngày 24 tháng 12 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành \
                 Luật Viễn thông (sau đây gọi là Nghị định số 163/2024/NĐ-CP).";
        assert_eq!(relations(t), ["guides", "cites"]);
    }

    /// From shared/corpus/real (Nghị quyết 31/2026/QH16, the laws a session passed): `Luật Hộ
    /// tịch (sửa đổi)` is the new law of the resolution's year, not the law of 2014 it replaces;
    /// a law with its number or year keeps them.
    #[test]
    fn a_law_passed_as_amended_is_of_the_citing_year() {
        let t = "QUỐC HỘI\nSố: 31/2026/QH16\n\nHà Nội, ngày 24 tháng 4 năm 2026\n\n\
                 ## 09 LUẬT ĐƯỢC THÔNG QUA\n\n### 3. Luật Hộ tịch (sửa đổi)\n\n\
                 Căn cứ Luật Tổ chức Quốc hội 57/2014/QH13 (sửa đổi) và Luật Giáo dục 2019 (sửa đổi);\n\
                 theo Luật Hộ tịch hiện hành.";
        let scan = scan_text("x.md".into(), t);
        let years: Vec<(&str, Option<u16>)> = scan.mentions.iter().map(|m| (m.text.as_str(), m.year)).collect();
        assert_eq!(
            years,
            [
                ("Luật Hộ tịch", Some(2026)),
                ("Luật Tổ chức Quốc hội 57/2014/QH13", Some(2014)),
                ("Luật Giáo dục 2019", Some(2019)),
                ("Luật Hộ tịch", None),
            ]
        );
    }

    /// From shared/corpus/real (the codified page of Nghị định 06/2005/NĐ-CP): the note on
    /// what amended the page's own number in its `Số hiệu` row is read; the number is its own.
    #[test]
    fn the_own_number_s_note_on_its_amender_is_read() {
        let t = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n\
                 | **Số hiệu** | 06/2005/NĐ-CP (sửa đổi bởi 62/2026/NĐ-CP) |\n| **Loại văn bản** | Nghị định |\n\n\
                 ## VĂN BẢN\n\nĐiều 1.";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<&str> = scan.mentions.iter().map(|m| &*m.text).collect();
        assert_eq!(read, ["62/2026/NĐ-CP"]);
    }

    /// From shared/corpus/real: the rows of a metadata block that name the documents this one
    /// acts on are read, each listed document under the row's key; the others are not.
    #[test]
    fn metadata_rows_that_name_acts() {
        let t = "# Nghị định 262/2026/NĐ-CP\n\n## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Giá trị |\n|---|---|\n\
                 | Số hiệu | 262/2026/NĐ-CP |\n| Nguồn | Công báo số 12/2026 |\n\
                 | Căn cứ pháp lý | Luật Tổ chức Chính phủ (2015, sửa đổi 2025); NĐ 78/2025/NĐ-CP |\n\
                 | **Thay thế** | Nghị định 88/2012/NĐ-CP; Điều 60 NĐ 38/2024; Nghị định 99/2019/NĐ-CP |\n\
                 | Nghị định/Pháp lệnh hướng dẫn | — |\n\
                 | **Trạng thái** | Còn hiệu lực (được sửa đổi bởi Nghị định 56/2024/NĐ-CP) |\n\n## VĂN BẢN\n\nĐiều 1.";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<(&str, &str)> = scan.mentions.iter().map(|m| (&*m.text, &*m.relation)).collect();
        assert_eq!(
            read,
            [
                ("Luật Tổ chức Chính phủ", "basis"),
                ("NĐ 78/2025/NĐ-CP", "basis"),
                ("Nghị định 88/2012/NĐ-CP", "replaces"),
                // A part replaced is `replaces-part`; the list's relation goes on past it.
                ("NĐ 38/2024", "replaces-part"),
                ("Nghị định 99/2019/NĐ-CP", "replaces"),
                ("Nghị định 56/2024/NĐ-CP", "cites"),
            ]
        );
    }

    /// From shared/corpus/real (Nghị định 147/2026, Quyết định 1248/QĐ-TTg and 1255/QĐ-TTg,
    /// Luật Thanh tra): rows that name the documents this one is read with were skipped with
    /// the block, and with them the only mention of several.
    #[test]
    fn metadata_rows_that_name_related_documents() {
        let t = "# Nghị định 147/2026/NĐ-CP\n\n## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Giá trị |\n|---|---|\n\
                 | **Số hiệu** | 147/2026/NĐ-CP |\n\
                 | **Văn bản liên quan trực tiếp** | Nghị quyết 29/2026/QH16; Luật Đất đai 2024 |\n\
                 | **Cơ sở pháp lý** | Nghị quyết 111/NQ-CP ngày 22/7/2024 |\n\
                 | Số Tờ trình | 06/TTr-BGDĐT ngày 29/5/2026 |\n\
                 | Cănn cứ pháp lý | Nghị định 69/2008/NĐ-CP |\n\
                 | **Văn bản gốc** | 72/2025/NĐ-CP |\n\n## VĂN BẢN\n\nĐiều 1.";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<&str> = scan.mentions.iter().map(|m| &*m.text).collect();
        let expected = [
            "Nghị quyết 29/2026/QH16",
            "Luật Đất đai 2024",
            "Nghị quyết 111/NQ-CP ngày 22/7/2024",
            "06/TTr-BGDĐT ngày 29/5/2026",
            "Nghị định 69/2008/NĐ-CP",
        ];
        assert_eq!(read, expected);
    }

    /// From shared/corpus/real (Nghị định 284/2026/NĐ-CP and 147/2026/NĐ-CP): a row saying
    /// until when the document is in force may name another document, whose term it is; it
    /// was skipped with the block. A bill it names (Nghị quyết 141/NQ-CP) is no law.
    #[test]
    fn metadata_rows_on_the_term_in_force_are_read() {
        let t = "# Nghị định 284/2026/NĐ-CP\n\n## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Giá trị |\n|---|---|\n\
                 | **Số hiệu** | 284/2026/NĐ-CP |\n\
                 | **Hiệu lực** | 01/09/2026 đến khi Nghị quyết 05/2025/NQ-CP hết hiệu lực |\n\
                 | **Ngày hiệu lực** | 07/5/2026 (theo Điều 13) – áp dụng đến hết ngày các quy định tại Nghị quyết \
                 29/2026/QH16 hết hiệu lực (tối đa đến 01/5/2031 cho dự án chưa kết thúc, theo khoản 3 Điều 16 NQ \
                 29/2026/QH16) |\n\
                 | **Hiệu lực** | 06/2026 (kỳ vọng dự án Luật trình Chính phủ trước 10/7/2026) |\n\n## VĂN BẢN\n\nĐiều 1.";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<(&str, Option<&str>)> = scan.mentions.iter().map(|m| (&*m.text, m.pinpoint.as_deref())).collect();
        let expected = [
            ("Nghị quyết 05/2025/NQ-CP", None),
            ("Nghị quyết 29/2026/QH16", None),
            ("NQ 29/2026/QH16", Some("khoản 3 Điều 16")),
        ];
        assert_eq!(read, expected);
    }

    /// From shared/corpus/real (Thông tư 25/2026/TT-BYT) and data/: documents listed each
    /// after the one before's title are acted on alike; the titles' verbs (`hướng dẫn`, `quy
    /// định chi tiết`) are no cue, and a law a title names is no item.
    #[test]
    fn documents_listed_after_titles_share_the_act() {
        let t = "Sửa đổi, bổ sung một số điều của Thông tư số 01/2013/TT-BYT hướng dẫn thực hiện quản lý chất lượng \
                 xét nghiệm tại cơ sở khám bệnh, chữa bệnh, Thông tư số 32/2023/TT-BYT quy định chi tiết một số điều \
                 của Luật Khám bệnh, chữa bệnh, Thông tư số 23/2024/TT-BYT ban hành Danh mục kỹ thuật trong khám \
                 bệnh, chữa bệnh và Thông tư số 42/2025/TT-BYT quy định về tiêu chuẩn sức khỏe.";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<(&str, &str)> = scan.mentions.iter().map(|m| (&*m.text, &*m.relation)).collect();
        let expected = [
            ("Thông tư số 01/2013/TT-BYT", "amends"),
            ("Thông tư số 32/2023/TT-BYT", "amends"),
            ("Luật Khám bệnh, chữa bệnh", "cites"),
            ("Thông tư số 23/2024/TT-BYT", "amends"),
            ("Thông tư số 42/2025/TT-BYT", "amends"),
        ];
        assert_eq!(read, expected);
        let t = "theo tinh thần Quyết định số 402/QĐ-TTg ngày 14/3/2016 của Thủ tướng Chính phủ về phê duyệt Đề án \
                 phát triển đội ngũ cán bộ, Quyết định số 771/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ.";
        let scan = scan_text("y.md".into(), t);
        assert!(scan.mentions.iter().all(|m| m.relation == "implements"), "{:#?}", scan.mentions);
        // A list opened in the plural goes on with its kind past a title that named another
        // (Thông tư 42/2017/TT-BCA, recall audit 2163: the second circular was `cites`).
        let t = "Thông tư này thay thế các Thông tư số 45/2009/TT-BCA(C11) ngày 14/7/2009 của Bộ trưởng Bộ Công an \
                 hướng dẫn thi hành một số điều của Nghị định số 52/2008/NĐ-CP ngày 22/4/2008 về quản lý kinh doanh \
                 dịch vụ bảo vệ và Thông tư số 33/2010/TT-BCA ngày 05/10/2010 của Bộ trưởng Bộ Công an.";
        let scan = scan_text("z.md".into(), t);
        let read: Vec<&str> = scan.mentions.iter().map(|m| &*m.relation).collect();
        assert_eq!(read, ["replaces", "cites", "replaces"]);
        // In the singular, what follows the title's document is the title's.
        let scan = scan_text("w.md".into(), &t.replace("các Thông tư", "Thông tư"));
        let read: Vec<&str> = scan.mentions.iter().map(|m| &*m.relation).collect();
        assert_eq!(read, ["replaces", "cites", "cites"]);
    }

    /// From shared/corpus/real (Nghị định 160/2026/NĐ-CP, 212/2026/NĐ-CP): a front matter's
    /// lists of the documents a page acts on are read where the body states no such act; the
    /// decree's body has no preamble, and its basis stood nowhere else.
    #[test]
    fn front_matter_lists_of_acts() {
        let page = |body: &str| {
            format!(
                "---\ntitle: \"Nghị định 160/2026/NĐ-CP\"\ntrich_yeu: \"Quy định thi hành Luật Tiếp công dân\"\n\
                 can_cu:\n  - \"Luật Tổ chức Chính phủ 63/2025/QH15\"\n  - \"Luật Giáo dục 43/2019/QH14 (sửa đổi bởi 123/2025/QH15)\"\n\
                 thay_the: \"Nghị định 130/2005/NĐ-CP; Điều 60 Nghị định 38/2024/NĐ-CP\"\nhieu_luc: \"01/07/2026\"\n---\n\n{body}"
            )
        };
        let read = |text: &str| -> Vec<(String, String)> {
            let scan = scan_text("x.md".into(), text);
            scan.mentions.iter().map(|m| (m.text.to_string(), m.relation.to_string())).collect()
        };
        let s = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            read(&page("# NGHỊ ĐỊNH\n\nĐiều 1. Phạm vi điều chỉnh.")),
            [
                s("Luật Tổ chức Chính phủ 63/2025/QH15", "basis"),
                s("Luật Giáo dục 43/2019/QH14", "basis"),
                s("123/2025/QH15", "basis"),
                s("Nghị định 130/2005/NĐ-CP", "replaces"),
                // A part replaced is `replaces-part`.
                s("Nghị định 38/2024/NĐ-CP", "replaces-part"),
            ]
        );
        // A body with its own preamble and act: the front matter only sums it up.
        let stated = read(&page(
            "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\nĐiều 2. Nghị định này thay thế Nghị định số 130/2005/NĐ-CP.",
        ));
        assert_eq!(
            stated,
            [s("Luật Tổ chức Chính phủ số 63/2025/QH15", "basis"), s("Nghị định số 130/2005/NĐ-CP", "replaces")]
        );
        // A document replaced in the front matter that the body only amends is amended
        // (Thông tư 56/2026/TT-BTC).
        let text = "---\nthay_the: \"Thông tư 52/2025/TT-BTC ngày 24/6/2025\"\n---\n\n\
                    Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 52/2025/TT-BTC như sau:";
        assert_eq!(
            read(text),
            [s("Thông tư 52/2025/TT-BTC ngày 24/6/2025", "amends"), s("Thông tư số 52/2025/TT-BTC", "amends")]
        );
    }

    /// From shared/corpus/real (audit 2230, cause 2): where the body states acts of its own, a
    /// front matter's act on a document the body acts on otherwise is the body's (Nghị định
    /// 61/2026/NĐ-CP: Điều 60 of 38/2024 repealed, not replaced), and one on a document the
    /// body states no act on is cited (Nghị định 212/2026/NĐ-CP: its YAML row, unchecked, names
    /// two decrees its Điều 57 leaves alone).
    #[test]
    fn the_body_states_the_acts_a_front_matter_sums_up() {
        let text = "---\nthay_the: \"Nghị định 100/2018/NĐ-CP (về điều kiện năng lực); Nghị định 111/2024/NĐ-CP (về \
                    CSDL quốc gia xây dựng) — cần đối chiếu với PDF khi review\"\n---\n\n\
                    # NGHỊ ĐỊNH\n\n### Điều 57. Hiệu lực thi hành\n\n\
                    2. Nghị định số 111/2024/NĐ-CP ngày 06 tháng 9 năm 2024 của Chính phủ quy định về Hệ thống thông \
                    tin, cơ sở dữ liệu quốc gia về hoạt động xây dựng hết hiệu lực kể từ ngày Nghị định này có hiệu \
                    lực thi hành.";
        assert_eq!(relations(text), ["cites", "repeals", "repeals"]);
        let text = "---\nthay_the:\n  - \"Điều 60 Nghị định số 38/2024/NĐ-CP ngày 05/4/2024\"\n---\n\n\
                    # NGHỊ ĐỊNH\n\n### Điều 23. Hiệu lực thi hành\n\n\
                    2. Bãi bỏ Điều 60 Nghị định số 38/2024/NĐ-CP ngày 05 tháng 4 năm 2024 của Chính phủ.";
        assert_eq!(relations(text), ["repeals-part", "repeals-part"]);
        // A body that states no act leaves the front matter's standing; so does a page's title
        // that amends a document its articles amend without naming (Nghị định 07/2026/NĐ-CP).
        assert_eq!(relations("---\nthay_the: \"Nghị định 100/2018/NĐ-CP\"\n---\n\nĐiều 1."), ["replaces"]);
        let text = "| Trích yếu | Sửa đổi, bổ sung một số điều của Nghị định 204/2004/NĐ-CP ngày 14/12/2004 |\n\n\
                    ## VĂN BẢN\n\n### Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điểm của Bảng phụ cấp\n\n\
                    2. Bãi bỏ Điều 3 Nghị định số 17/2013/NĐ-CP.";
        assert_eq!(relations(text), ["amends", "repeals-part"]);
    }

    /// From shared/corpus/real (audit 2232, Nghị định 146/2026/NĐ-CP): the editor's `## TRÍCH
    /// YẾU` under the metadata block is no summary by its end (audit 2188), but its acts are
    /// the editor's too: its `thay the` takes the body's `bai bo`, one edge for the pair, whose
    /// evidence is the body's; its `sua doi` stands, as a summary's `amends` does.
    #[test]
    fn the_body_states_the_acts_the_editors_abstract_sums_up() {
        let text = "## THÔNG TIN VĂN BẢN\n\n| Thuoc tinh | Noi dung |\n|---|---|\n| **So hieu** | 146/2026/ND-CP |\n\n\
                    ---\n\n## TRÍCH YẾU\n\nQuy dinh xu phat vi pham hanh chinh trong linh vuc lam nghiep. Nghi dinh \
                    cap nhat va thay the Nghi dinh so 35/2019/ND-CP, dong thoi sua doi mot phan Nghi dinh \
                    07/2022/ND-CP.\n\n---\n\n## NỘI DUNG CHI TIẾT\n\n#### Dieu 40. Hieu luc thi hanh\n\n\
                    Nghi dinh nay co hieu luc thi hanh tu ngay 25/6/2026; bai bo Nghi dinh so 35/2019/ND-CP ngay \
                    25/4/2019.\n";
        let scan = scan_text("x.md".into(), text);
        let read: Vec<(&str, bool)> = scan.mentions.iter().map(|m| (&*m.relation, m.in_summary)).collect();
        assert_eq!(read, [("repeals", true), ("amends", true), ("repeals", false)]);
        // The heading that follows the metadata block still ends the summary there.
        let identity = scan.identity.expect("identified");
        assert!(identity.summary_end <= text.find("## TRÍCH YẾU").expect("heading"));
        assert_eq!(&text[identity.abstract_section][..14], "\nQuy dinh xu p");
    }

    /// From shared/corpus/real (audit 2249, Nghị định 49/2026/NĐ-CP): the editor's `## TRÍCH
    /// YẾU` has the decree detail `Điều 127 Luật Đất đai`; its text guides Nghị quyết
    /// 254/2025/QH15 and bases on the law by its number: the summary's `guides` takes the
    /// text's `basis`. A front matter's basis stands over a text that states none (Nghị định
    /// 248/2026/NĐ-CP: a page without its preamble), though the text guides the law.
    #[test]
    fn the_body_states_what_the_editors_abstract_says_it_guides() {
        let text = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 49/2026/NĐ-CP |\n\n\
                    ---\n\n## TRÍCH YẾU\n\n**Điểm nổi bật (theo Cổng TTĐT Chính phủ):**\n\
                    - Quy định chi tiết **cơ chế giải quyết phần diện tích đất \"da rạn\"** (còn lại không thỏa \
                    thuận được) trong các dự án nhận quyền sử dụng đất theo Điều 127 Luật Đất đai - một trong những \
                    vướng mắc lớn nhất hiện nay.\n\n---\n\n### NGHỊ ĐỊNH\n\n\
                    *Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số \
                    43/2024/QH15 (sau đây gọi là Luật Đất đai);*\n\n\
                    *Chính phủ ban hành Nghị định quy định chi tiết và hướng dẫn một số điều của Nghị quyết số \
                    254/2025/QH15 ngày 11 tháng 12 năm 2025 của Quốc hội.*\n";
        let scan = scan_text("x.md".into(), text);
        let read: Vec<(&str, &str, bool)> =
            scan.mentions.iter().map(|m| (&*m.text, &*m.relation, m.in_summary)).collect();
        assert_eq!(
            read,
            [
                ("Luật Đất đai", "basis", true),
                ("Luật Đất đai số 31/2024/QH15", "basis", false),
                ("Luật số 43/2024/QH15", "basis", false),
                ("Nghị quyết số 254/2025/QH15 ngày 11 tháng 12 năm 2025", "guides", false),
            ]
        );
        let text = "---\ncan_cu_phap_ly:\n  - \"Luật Thương mại điện tử số 122/2025/QH15\"\n---\n\n\
                    # Nghị định số 248/2026/NĐ-CP\n\n## NỘI DUNG\n\n\
                    Nghị định này quy định chi tiết một số điều của Luật Thương mại điện tử số 122/2025/QH15.\n";
        assert_eq!(relations(text), ["basis", "guides"]);
    }

    /// From shared/corpus/real (Nghị định 245/2026, Thông tư 19/2026/TT-NHNN): a basis list
    /// inside a metadata block is read as the preamble it is; the fields after it are not.
    #[test]
    fn a_basis_list_in_a_metadata_block() {
        let t = "# Nghị định 245/2026/NĐ-CP\n\n## THÔNG TIN VĂN BẢN\n\n| | |\n|---|---|\n| **Số hiệu** | 245/2026/NĐ-CP |\n\n\
                 **Căn cứ pháp luật:**\n\n\
                 - Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\
                 - Căn cứ Luật Quản lý thuế số 38/2019/QH14 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15;\n\n\
                 **Văn bản gốc:** Thông tư 65/2024/TT-BCA\n\n\
                 - **Căn cứ pháp lý:**\n  - Nghị định số 94/2025/NĐ-CP\n\n## VĂN BẢN\n\nĐiều 1.";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<(&str, &str)> = scan.mentions.iter().map(|m| (&*m.text, &*m.relation)).collect();
        assert_eq!(
            read,
            [
                ("Luật Tổ chức Chính phủ số 63/2025/QH15", "basis"),
                ("Luật Quản lý thuế số 38/2019/QH14", "basis"),
                ("Luật số 56/2024/QH15", "basis"),
                ("Nghị định số 94/2025/NĐ-CP", "basis"),
            ]
        );
    }

    /// From shared/corpus/real (Nghị định 287/2026, Điều 1): a law's short name after the list
    /// of laws that amended it, six references back, names the law the article details.
    #[test]
    fn a_short_name_after_the_amenders_keeps_the_laws_relation() {
        let t = "1. Nghị định này quy định chi tiết một số điều của Luật Sở hữu trí tuệ số 50/2005/QH11 được sửa \
                 đổi, bổ sung bởi Luật số 36/2009/QH12, Luật số 42/2019/QH14, Luật số 07/2022/QH15, Luật số \
                 93/2025/QH15 và Luật số 131/2025/QH15 (sau đây gọi là Luật Sở hữu trí tuệ) được giao tại khoản 4 \
                 Điều 42 của Luật Sở hữu trí tuệ về các nội dung sau:";
        let scan = scan_text("a.md".into(), t);
        let read: Vec<&str> = scan.mentions.iter().map(|m| &*m.relation).collect();
        assert_eq!(read, ["guides", "cites", "cites", "cites", "cites", "cites", "guides", "guides"]);
    }

    /// From shared/corpus/real (Nghị định 147/2026's summary): a law named in what another
    /// document is about, in brackets after it, is cited; the page guides the document.
    #[test]
    fn a_law_in_what_a_document_is_about_in_brackets_is_cited() {
        let t = "Nghị định này hướng dẫn thực hiện quy định tại Nghị quyết số 29/2026/QH16 (về cơ chế đặc thù \
                 xử lý dự án trước khi Luật Đất đai 2024 có hiệu lực), bao gồm 4 nhóm chính:";
        let scan = scan_text("a.md".into(), t);
        let read: Vec<&str> = scan.mentions.iter().map(|m| &*m.relation).collect();
        assert_eq!(read, ["guides", "cites"]);
    }

    /// From shared/corpus/real (Thông tư 06/2026/TT-BYT, Điều 5, line 115; audit 51, error 3):
    /// words in a part of a document said to be replaced after it (`quy định "(Ký tên, đóng
    /// dấu)" tại Mẫu phiếu …`) amend it, as `Thay thế cụm từ …` does; a part itself so said is
    /// replaced; the document said so as a whole is not this one's to replace.
    #[test]
    fn words_in_a_part_replaced_after_it_amend_it() {
        // The page's own number: a circular acts on no law (the one its title names).
        let t = "Số: 06/2026/TT-BYT\n\nTHÔNG TƯ\n\n\
                 2. Quy định \"(Đóng dấu treo của cơ sở KCB)\" tại Mẫu phiếu hẹn khám lại của Phụ lục V và quy định \
                 \"(Ký tên, đóng dấu)\" tại Mẫu phiếu chuyển cơ sở khám bệnh, chữa bệnh bảo hiểm y tế của Phụ lục VI \
                 ban hành kèm theo Thông tư số 01/2025/TT-BYT ngày 01 tháng 01 năm 2025 của Bộ trưởng Bộ Y tế quy \
                 định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế được thay thế bằng ký số \
                 xác thực của cơ sở khám bệnh, chữa bệnh đối với bản điện tử.\n\
                 3. Thông tư số 02/2024/TT-BYT được thay thế bằng Thông tư số 05/2026/TT-BYT.\n";
        assert_eq!(relations(t), ["amends", "cites", "cites", "cites"]);
        // Without the quoted words the part is what is replaced, one its pinpoint names too.
        let t = "2. Các biểu mẫu tại Phụ lục VI ban hành kèm theo Thông tư số 01/2025/TT-BYT được thay thế bằng các \
                 biểu mẫu ban hành kèm theo Thông tư này.\n\
                 3. Mẫu số 01 của Phụ lục VI ban hành kèm theo Thông tư số 01/2025/TT-BYT được thay thế bằng Mẫu số \
                 01 ban hành kèm theo Thông tư này.\n";
        assert_eq!(relations(t), ["replaces-part", "replaces-part"]);
        // Nghị định 278/2026: what is reworded as follows, part or whole, is amended.
        let t = "1. Điểm a và điểm b khoản 1 Điều 6 của Nghị định số 72/2025/NĐ-CP được sửa đổi, bổ sung như sau:\n";
        assert_eq!(relations(t), ["amends"]);
    }

    /// From shared/corpus/real (Nghị định 158/2026/NĐ-CP, front matter line 20 and Điều 24 at
    /// line 653; audit 51, error 2): a decree that no longer applies to the matter this one
    /// governs, from this one's date, is replaced in part, and the front matter's `thay_the:`
    /// takes the body's act. Not a scope restated without a date, nor matters placed in a part
    /// (Nghị định 50/2026/NĐ-CP, Điều 8 khoản 3).
    #[test]
    fn a_document_no_longer_applied_to_a_matter_is_replaced_in_part() {
        let body = "2. Nghị định số 92/2008/NĐ-CP ngày 22 tháng 8 năm 2008 của Chính phủ\n\
                    quy định chi tiết và hướng dẫn thi hành một số điều của Luật Tương trợ tư pháp\n\
                    không áp dụng với tương trợ tư pháp về dân sự kể từ ngày Nghị định này có\n\
                    hiệu lực, trừ trường hợp quy định tại khoản 1 Điều 38 của Luật Tương trợ tư\n\
                    pháp về dân sự số 102/2025/QH15.\n";
        assert_eq!(relations(body), ["replaces-part", "cites", "cites"]);
        let page = format!(
            "---\nthay_the:\n  - \"Nghị định 92/2008/NĐ-CP\"\n---\n\n# NGHỊ ĐỊNH\n\nCăn cứ Luật Tương trợ tư pháp về dân sự số 102/2025/QH15;\n\n\
             Điều 24. Hiệu lực thi hành\n\n{body}"
        );
        let scan = scan_text("x.md".into(), &page);
        let read: Vec<(&str, &str, bool)> =
            scan.mentions.iter().map(|m| (m.number.as_deref().unwrap_or("-"), &*m.relation, m.in_summary)).collect();
        assert_eq!(
            read,
            [
                ("92", "replaces-part", true),
                ("102", "basis", false),
                ("92", "replaces-part", false),
                ("-", "cites", false),
                ("102", "cites", false)
            ]
        );
        let scope = body.replace(" kể từ ngày Nghị định này có\nhiệu lực", "");
        assert_eq!(relations(&scope), ["cites", "cites", "cites"]);
        // Line 350 of the decree's other page, with a date added: the matters placed in the
        // parts stand; no document is replaced.
        let t = "3. Việc khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư mà nhà đầu tư đã\n\
                 ứng trước theo phương án bồi thường, hỗ trợ, tái định cư được cơ quan có thẩm\n\
                 quyền phê duyệt theo quy định tại khoản 2 Điều 94 của Luật Đất đai năm 2024 và\n\
                 khoản 8 Điều 3 Nghị quyết số 254/2025/QH15 vào tiền sử dụng đất, tiền thuê đất\n\
                 phải nộp không áp dụng đối với thời gian sử dụng đất tăng thêm do được gia hạn,\n\
                 điều chỉnh thời gian sử dụng đất kể từ ngày 01 tháng 7 năm 2026.\n";
        assert_eq!(relations(t), ["cites", "cites"]);
    }

    /// From shared/corpus/real (Nghị định 49/2026's summary): what a resolution does to the law
    /// its title names (`tháo gỡ khó khăn trong thi hành …`) is the resolution's, not the
    /// page's: the page guides the resolution and cites the law.
    #[test]
    fn a_title_that_opens_with_thao_go_is_the_documents_own() {
        let t = "Nghị định này hướng dẫn Nghị quyết số 254/2025/QH15 ngày 11/12/2025 tháo gỡ khó khăn trong thi \
                 hành Luật Đất đai 2024.";
        let scan = scan_text("a.md".into(), t);
        let read: Vec<(&str, &str)> = scan.mentions.iter().map(|m| (&*m.text, &*m.relation)).collect();
        assert_eq!(read, [("Nghị quyết số 254/2025/QH15 ngày 11/12/2025", "guides"), ("Luật Đất đai 2024", "cites")]);
    }

    /// From shared/corpus/real (NQ 66.22/2026/NQ-CP, an OCR'd annex header): the page's own
    /// number with its first digit lost is the page's own where its date is the page's; with
    /// another date it is another resolution of the Government.
    #[test]
    fn an_own_number_cut_by_ocr_is_the_page_own() {
        let head = "CHÍNH PHỦ\n\nSố: 66.22/2026/NQ-CP\n\nHà Nội, ngày 09 tháng 7 năm 2026\n\nNGHỊ QUYẾT\n\n";
        let annex = |date: &str| {
            format!("{head}Điều 1. Ban hành.\n\nPHỤ LỤC (Kèm CÝPP 1 6.22/2026/NQ-CP ngày {date} của Chính phả)\n")
        };
        let scan = scan_text("a.md".into(), &annex("09 tháng 7 năm 2026"));
        assert!(scan.mentions.is_empty(), "{:?}", scan.mentions.iter().map(|m| &*m.text).collect::<Vec<_>>());
        assert_eq!(scan.entry.self_mentions, 1);
        let scan = scan_text("a.md".into(), &annex("02 tháng 3 năm 2026"));
        let read: Vec<&str> = scan.mentions.iter().map(|m| &*m.text).collect();
        assert_eq!(read, ["6.22/2026/NQ-CP ngày 02 tháng 3 năm 2026"]);
    }

    /// From shared/corpus/real (Thông tư 54/2026/TT-BGDĐT, its annexes' headings OCR'd): `#2`
    /// for the page's own number under `Kèm theo` and the page's type word, symbol and year is
    /// the page's own; written clean, or under another heading, it is another circular.
    #[test]
    fn an_annex_heading_with_a_damaged_own_number_is_the_page_own() {
        let head = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 54/2026/TT-BGDĐT\n\nHà Nội, ngày 30 tháng 6 năm 2026\n\nTHÔNG \
                    TƯ\n\nĐiều 1. Ban hành.\n\nPHỤ LỤC II\n";
        let annex = "(Kèm theo Thông tư số: #2 /2026/TT-BGDĐT ngày#*hángổ năm 2026\ncủa Bộ trưởng Bộ Giáo đục và \
                     Đào tạo)\n";
        let scan = scan_text("a.md".into(), &format!("{head}{annex}"));
        assert!(scan.mentions.is_empty(), "{:?}", scan.mentions.iter().map(|m| &*m.text).collect::<Vec<_>>());
        let clean = "(Kèm theo Thông tư số: 02/2026/TT-BGDĐT ngày 05 tháng 02 năm 2026)\n";
        let other = "Theo Thông tư số: #2 /2026/TT-BGDĐT của Bộ trưởng\n";
        for line in [clean, other] {
            let scan = scan_text("a.md".into(), &format!("{head}{line}"));
            let read: Vec<Option<&str>> = scan.mentions.iter().map(|m| m.number.as_deref()).collect();
            assert_eq!(read.len(), 1, "{line}: {read:?}");
        }
    }

    /// From shared/corpus/real (the page on legal departments): a note quoted in the metadata
    /// block names the documents that amended the page's own; they are read, the table's rows
    /// are not.
    #[test]
    fn a_note_in_the_metadata_block_is_read() {
        let t = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 55/2011/NĐ-CP |\n\
                 | **Văn bản liên quan** | Đang cập nhật |\n\n\
                 > Nghị định 55/2011/NĐ-CP quy định chức năng, nhiệm vụ của tổ chức pháp chế. Được sửa đổi, bổ sung \
                 bởi Nghị định 56/2024/NĐ-CP.\n\n---\n\nĐiều 1. Phạm vi điều chỉnh\n";
        let scan = scan_text("a.md".into(), t);
        let read: Vec<&str> = scan.mentions.iter().map(|m| &*m.text).collect();
        assert_eq!(read, ["Nghị định 56/2024/NĐ-CP"]);
        assert_eq!(scan.entry.self_mentions, 1);
    }

    /// From shared/corpus/real: documents said to cease after them, as their clause's subject,
    /// are repealed; one named in their titles is cited, and a note in brackets is no act.
    #[test]
    fn documents_that_cease_are_repealed() {
        let t = "Điều 30. Hiệu lực thi hành\n\n1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026.\n\n\
                 2. Nghị định số 18/2014/NĐ-CP ngày 14 tháng 3 năm 2014 của Chính phủ quy định về chế độ nhuận bút \
                 và Nghị định số 21/2015/NĐ-CP ngày 14 tháng 02 năm 2015 của Chính phủ quy định về nhuận bút hết hiệu \
                 lực kể từ ngày Nghị định này có hiệu lực.\n\
                 3. Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ quy định chi tiết thi hành một \
                 số điều của Luật An toàn thực phẩm hết hiệu lực kể từ ngày Nghị định này có hiệu lực.\n\
                 - Nghị định số 08/2021/NĐ-CP (hết hiệu lực từ 01/7/2026)\n";
        assert_eq!(relations(t), ["repeals", "repeals", "repeals", "cites", "cites"]);
        // The law repealed opens a sentence after a date's year, in its clause (shared/corpus/real).
        let t = "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024. Luật Giá số 11/2012/QH13 hết hiệu lực \
                 kể từ ngày Luật này có hiệu lực.";
        assert_eq!(relations(t), ["repeals"]);
        // `chấm dứt hiệu lực` says it as `hết hiệu lực` does (audit 2216, Nghị định
        // 137/2026/NĐ-CP: a part of 146/2025/NĐ-CP, which was only cited).
        let t = "3. Điều 48 và Phụ lục XIV ban hành kèm theo Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 \
                 quy định về phân quyền chấm dứt hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n\
                 4. Nghị định số 147/2025/NĐ-CP ngày 12 tháng 6 năm 2025 quy định về phân quyền chấm dứt hiệu lực kể \
                 từ ngày Nghị định này có hiệu lực thi hành.";
        assert_eq!(relations(t), ["repeals-part", "repeals"]);
        // A part of a document that ceases is repealed alone (shared/corpus/real); it stands.
        let t = "2. Chương VIII của Quy chế về kỹ thuật trình bày dự thảo văn bản ban hành kèm theo Nghị quyết số \
                 1139/2007/UBTVQH11 ngày 03 tháng 7 năm 2007 của Ủy ban thường vụ Quốc hội hết hiệu lực kể từ ngày \
                 Pháp lệnh này có hiệu lực.\n\
                 2. Quy định về công chứng văn bản tại khoản 3 Điều 5 Nghị định số 124/2020/NĐ-CP hết hiệu lực.\n\
                 3. Cơ quan theo Nghị định số 12/2020/NĐ-CP hết hiệu lực.\n\
                 2. Kể từ ngày Nghị định này có hiệu lực thi hành, các quy định liên quan đến vị trí việc làm tại \
                 Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ hết hiệu lực thi hành.";
        assert_eq!(relations(t), ["repeals-part", "repeals-part", "cites", "repeals-part"]);
        // A short name in brackets between (shared/corpus/real, NĐ 125/2026).
        let t = "2. Nghị định số 109/2022/NĐ-CP ngày 30 tháng 12 năm 2022 của Chính phủ quy định hoạt động \
                 khoa học (Nghị định số 109/2022/NĐ-CP) hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.";
        assert_eq!(relations(t), ["repeals", "repeals"]);
        // A list over `;`, a law's name broken after `Luật`, a blank line a page's end left
        // (shared/corpus/real: NĐ 213/2026, 26/2026, 212/2026).
        let t = "2. Nghị định số 120/2017/NĐ-CP ngày 06 tháng 11 năm 2017 của Chính phủ quy định chi tiết; \
                 Nghị định số 121/2017/NĐ-CP ngày 06 tháng 11 năm 2017 của Chính phủ hết hiệu lực.\n\
                 3. Nghị định số 113/2017/NĐ-CP ngày 09 tháng 10 năm 2017 của Chính phủ quy định chi tiết một \
                 số điều của Luật\nHóa chất hết hiệu lực kể từ ngày Nghị định này có hiệu lực.\n\
                 4. Nghị định số 111/2024/NĐ-CP ngày 06 tháng 9 năm 2024 của Chính phủ quy định về hoạt động xây\n\n\
                 dựng hết hiệu lực thi hành.";
        // The law named in a title is cited.
        assert_eq!(relations(t), ["repeals", "repeals", "repeals", "cites", "repeals"]);
        // A clause that says until when, cut by a line break (shared/corpus/real, NĐ 284/2026).
        let t = "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026 đến ngày,\n\
                 Nghị quyết số 05/2025/NQ-CP hết hiệu lực thi hành.";
        assert_eq!(relations(t), ["cites"]);
        // The document opens the clause after when it ceases (`Kế từ`, OCR's), its title's
        // matters listed over `;` and a date wrapped before its year (shared/corpus/real: NĐ
        // 169/2026, TT 91/2026); provisions in the plural (NĐ 235/2026).
        let t = "2. Kế từ ngày Nghị định này có hiệu lực thi hành, Nghị định\nsố 128/2020/NĐ-CP ngày 19 tháng 10 năm \
                 2020 của Chính phủ quy định xử phạt trong lĩnh vực thuế, hóa đơn; hải quan; kinh doanh xổ số;\n\
                 quản lý, sử dụng tài sản công; dự trữ quốc gia; Kho bạc Nhà nước; kế toán hết hiệu lực thi\nhành.\n\n\
                 2. Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số\n32/2025/TT-BTC ngày 31 tháng 5 năm 2025 \
                 hướng dẫn một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm\n2019, Nghị định số 123/2020/NĐ-CP \
                 ngày 19 tháng 10 năm 2020 của Chính\nphủ quy định về hóa đơn hết hiệu lực thi hành.\n\n\
                 2. Các quy định liên quan về hợp đồng quy định\ntại Nghị định sô 111/2022/NĐ-CP ngày 30 tháng 12 năm 2022 \
                 của Chính phủ\nvề hợp đồng hết hiệu lực kể từ ngày Nghị định này có hiệu lực.";
        assert_eq!(relations(t), ["repeals", "repeals", "cites", "cites", "repeals-part"]);
        // The same as OCR'd on the decree's other page: a line ends with `và`, and a part's
        // number takes a stop (`⏎Điều 2. Nghị định số`).
        let t = "2. Kể từ ngày Nghị định này có hiệu lực thi hành, Nghị định\nsố 128/2020/NĐ-CP ngày 19 tháng 10 năm \
                 2020 của Chính phủ quy định xử\nphạt vi phạm hành chính trong lĩnh vực hải quan và\nĐiều 2. Nghị định số\n\
                 102/2021/NĐ- CP ngày 16 tháng 11 năm 2021 của Chính phủ sửa đổi, bổ\nsung một số điều hết hiệu lực thi\nhành.";
        assert_eq!(relations(t)[0], "repeals");
        // Its article 2, the second of what ceases, as that page writes it whole: the clause
        // goes on past the title's `;` and its blank line (shared/corpus/real, lines 2827-38).
        let t = "2. Kể từ ngày Nghị định này có hiệu lực thi hành, Nghị định\n\
                 số 128/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định xử\n\
                 phạt vi phạm hành chính trong lĩnh vực hải quan và\n\
                 Điều 2. Nghị định số\n\
                 102/2021/NĐ- CP ngày 16 tháng 11 năm 2021 của Chính phủ sửa đổi, bổ\n\
                 sung một số điều của các Nghị định về xử phạt vi phạm hành chính trong\n\
                 lĩnh vực thuế, hóa đơn; hải quan; kinh doanh bảo hiểm, kinh doanh xổ số;\n\
                 quản lý, sử dụng tài sản công; thực hành tiết kiệm, chống lãng phí; dự trữ\n\n\
                 quốc gia; Kho bạc Nhà nước; kế toán, kiểm toán độc lập hết hiệu lực thi\n\
                 hành.";
        assert_eq!(relations(t), ["repeals", "repeals-part"]);
        // A bullet of a point ceases after `;` (shared/corpus/real, TT 103/2026/TT-BQP).
        let t = "2. Thông tư số 53/2024/TT-BQP ngày 17 tháng 9 năm 2024 của Bộ trưởng Bộ Quốc phòng quy định điều \
                 chỉnh trợ cấp; gạch đầu dòng thứ hai điểm a khoản 2 Điều 19 Thông tư số 103/2025/TT-BQP ngày 26 \
                 tháng 9 năm 2025 của Bộ trưởng Bộ Quốc phòng hết hiệu lực kể từ ngày Thông tư này có hiệu lực.";
        assert_eq!(relations(t), ["repeals", "repeals-part"]);
        // Not past a `;` that a list's label or another clause's part follows.
        let t = "a) Nghị định số 128/2020/NĐ-CP quy định về hải quan; b) Luật này hết hiệu lực.\n\n\
                 Nghị định số 12/2020/NĐ-CP quy định về thuế; Điều 5 của Luật này hết hiệu lực.";
        assert_eq!(relations(t), ["cites", "cites"]);
        // A document listed after `;` under a part that opens the sentence has a part repealed
        // (shared/corpus/real, QĐ 1255/2026/QĐ-TTg).
        let t = "2. Kể từ ngày Quyết định này có hiệu lực, Danh mục các loại hình quy định tại: Quyết định số \
                 1466/QĐ-TTg ngày 10 tháng 10 năm 2008 ban hành Danh mục; Quyết định số 1470/QĐ-TTg ngày 22 tháng 7 \
                 năm 2016 về việc sửa đổi Danh mục hết hiệu lực.";
        assert_eq!(relations(t), ["repeals-part", "repeals-part"]);
        // The predicate wrapped inside (`hết hiệu⏎lực`), a part of the other opening `Từ`
        // (shared/corpus/real: NĐ 203/2026, NĐ 78/2020).
        let t = "2. Nghị định số 43/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ\nquy định về thi hành án tử hình \
                 và Điều 13 Nghị\nđịnh số 184/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ quy định\nthẩm quyền \
                 trong lĩnh vực an ninh, trật tự hết hiệu\nlực kể từ ngày Nghị định này có hiệu lực thi hành.\n\n\
                 2. Từ Điều 2 đến Điều 37 và các Điều 42, 44 Nghị định số 26/2002/NĐ-CP ngày 21 tháng 3 năm 2002 \
                 của Chính phủ về sĩ quan dự bị hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.";
        assert_eq!(relations(t), ["repeals", "repeals-part", "repeals-part"]);
        // A range of years and a page's number OCR left inside the clause, a line break inside
        // the short name's brackets (shared/corpus/real, TT 60/2026/TT-BTC).
        let t = "2. Thông tư số 35/2023/TT-BTC ngày 15 tháng 8 năm 2025 của Bộ Tài\nchính quy định quản lý kinh \
                 phí thực hiện các Chương trình giai đoạn 2021-\n\n2025, Thông tư số 175/2024/TT-BTC ngày 31 tháng \
                 10 năm 2024 của Bộ Tài\nchính sửa đổi Thông tư số 55/2023/TT-BTC và Thông\n16\n\ntư số \
                 112/2025/TT-BTC ngày 28 tháng 11 năm 2025 (sau đây gọi chung là\nThông tư số 55/2023/TT-BTC) hết \
                 hiệu lực thi hành.";
        assert_eq!(relations(t)[..2], ["repeals", "repeals"]);
        // `bị bãi bỏ`, over a list whose items name a part of one document or a whole one,
        // each its own (shared/corpus/real, TTLT 13/2016/TTLT-BYT-BGDĐT); not what another
        // repealed (a codified page's note).
        let t = "2. Điều 4 của Quy định về hoạt động y tế ban hành kèm theo Quyết định số 58/2008/QĐ-BGDĐT ngày 17 \
                 tháng 10 năm 2008 của Bộ trưởng Bộ Giáo dục và Đào tạo; Quyết định số 1221/2000/QĐ-BYT ngày 18 tháng \
                 4 năm 2000 quy định về vệ sinh trường học của Bộ trưởng Bộ Y tế; Thông tư liên tịch số \
                 18/2011/TTLT-BGDĐT-BYT ngày 28 tháng 4 năm 2011 quy định các nội dung đánh giá công tác y tế bị bãi \
                 bỏ kể từ ngày Thông tư liên tịch này có hiệu lực.\n\n\
                 Nghị định số 45/2010/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/07/2010, có nội dung bị bãi bỏ bởi \
                 Điều 2 Nghị định số 33/2012/NĐ-CP.";
        assert_eq!(relations(t), ["repeals-part", "repeals", "repeals", "cites", "cites"]);
        // Items after `;` that go on with the first part's matters are under it
        // (shared/corpus/real, TT 84/2020/TT-BQP).
        let t = "2. Các Điều 1, 2, 3, 4 và 5 những quy định về chế độ sinh hoạt; về địa điểm giao nhận lực lượng \
                 ban hành kèm theo Quyết định số 66/QĐ-QP ngày 24 tháng 01 năm 1997 của Bộ trưởng Bộ Quốc phòng hết \
                 hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.";
        assert_eq!(relations(t), ["repeals-part"]);
    }

    /// From shared/corpus/real: a list over `;` that ceases reaches each of its items, whether
    /// the first is a Markdown link, names matters placed in a part, or its subject is long; a
    /// speck OCR set in a title does not end the clause; one named in an item's title is cited.
    #[test]
    fn a_ceasing_list_reaches_each_item() {
        // NĐ 20/2021/NĐ-CP: the first decree ends whole, the parts of the others are repealed alone.
        let t = "2. Nghị định số [136/2013/NĐ-CP](https://thuvienphapluat.vn/van-ban/nghi-dinh-136-2013-nd-cp.aspx) \
                 ngày 21 tháng 10 năm 2013 của Chính phủ về chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã \
                 hội; Điều 17 Nghị định số 140/2018/NĐ-CP ngày 08 tháng 10 năm 2018 của Chính phủ về sửa đổi, bổ \
                 sung các Nghị định liên quan đến điều kiện đầu tư kinh doanh; các điều từ Điều 15 đến Điều 23 Nghị \
                 định số 28/2012/NĐ-CP ngày 10 tháng 4 năm 2012 của Chính phủ quy định chi tiết hết hiệu lực kể từ \
                 ngày Nghị định này có hiệu lực.";
        assert_eq!(relations(t), ["repeals", "repeals-part", "repeals-part"]);
        // QĐ 1255/2026/QĐ-TTg: `của.` before a line break and `loại. hình` are specks; the
        // decree named in the next item's title is cited.
        let t = "2. Kể từ ngày Quyết định này có hiệu lực, Danh mục chỉ tiết các loại hình quy định tại: Quyết định \
                 số 1466/QĐ-TTg ngày 10 tháng 10 năm 2008 của Thủ tướng Chính phủ ban hành Danh mục chỉ tiết; Quyết \
                 định số 693/QĐ-TTg ngày 06 tháng 5 năm 2013 của Thủ tướng Chính phủ về việc sửa đổi, bổ sung một số \
                 nội dung của Danh mục chỉ tiết các loại. hình ban hành kèm theo Quyết định số 1466/QĐ-TTg ngày 10 \
                 tháng 10 năm 2008 của.\nThủ tướng Chính phủ; Quyết định số 1470/QĐ-TTg ngày 22 tháng 7 năm 2016 của \
                 Thủ tướng Chính phủ về việc sửa đổi Danh mục hết hiệu lực.";
        assert_eq!(relations(t), ["repeals-part", "repeals-part", "cites", "repeals-part"]);
        // NĐ 79/2020/NĐ-CP: matters placed in a part of the first decree.
        let t = "3. Các chế độ, chính sách đối với lực lượng dự bị động viên quy định tại Mục I Chương V Nghị định số \
                 39/CP ngày 28 tháng 4 năm 1997 của Chính phủ quy định chi tiết; Điều 38, Điều 39 và Điều 43 Nghị \
                 định số 26/2002/NĐ-CP ngày 21 tháng 3 năm 2002 của Chính phủ về sĩ quan dự bị Quân đội nhân dân \
                 Việt Nam hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành.";
        assert_eq!(relations(t), ["repeals-part", "repeals-part"]);
        // TT 105/2026/TT-BCA: a subject of 560 bytes; the circular that amended the part is
        // its agent, cited.
        let t = "2. Kiểm tra kiến thức pháp luật theo mô phỏng quy định tại điểm b khoản 1 Điều 6, được sửa đổi, \
                 bổ sung tại Điều 6 Thông tư số 13/2025/TT-BCA ngày 28 tháng 02 năm 2025 của Bộ trưởng Bộ Công an \
                 sửa đổi, bổ sung một số điều của các thông tư quy định về trật tự, an toàn giao thông đường bộ, \
                 đường sắt và đường thủy nội địa (sau đây viết gọn là Thông tư số 13/2025/TT-BCA) và điểm b khoản 2, \
                 khoản 4, điểm b khoản 5 Điều 6 Thông tư số 65/2024/TT-BCA hết hiệu lực kể từ ngày Thông tư này có \
                 hiệu lực thi hành.";
        assert_eq!(relations(t), ["cites", "cites", "repeals-part"]);
        // NĐ 23/2015/NĐ-CP: provisions on a matter, listed after `;` under `thay thế`.
        let t = "2. Nghị định này thay thế Nghị định số 79/2007/NĐ-CP ngày 18 tháng 5 năm 2007 của Chính phủ về cấp \
                 bản sao từ sổ gốc; Điều 4 của Nghị định số 06/2012/NĐ-CP ngày 02 tháng 02 năm 2012 của Chính phủ \
                 sửa đổi Nghị định về hộ tịch, hôn nhân và gia đình và chứng thực; các quy định về chứng thực hợp \
                 đồng, giao dịch tại Nghị định số 75/2000/NĐ-CP ngày 08 tháng 12 năm 2000 của Chính phủ về công \
                 chứng, chứng thực.";
        assert_eq!(relations(t), ["replaces", "replaces-part", "replaces-part"]);
    }

    /// From shared/corpus/real (QĐ 1255/2026/QĐ-TTg, the scanned copy, lines 76–92): the list
    /// that ceases reads past what OCR set in it, as the clean copy's one line reads: a `|` at
    /// a line's end, `;,`, a line break after it and `Quyết. định`, `loại.` before a line
    /// break. A table's `|` still ends a clause.
    #[test]
    fn a_ceasing_list_reads_past_ocr_specks() {
        let t = "2. Kế từ ngày Quyết định này có hiệu lực, Danh mục chỉ tiết các loại\n\
                 hình, tiêu chí quy mô, tiêu chuẩn của các cơ sở thực hiện xã hội hóa trong lĩnh|\n\
                 vực giáo dục - đào tạo, dạy nghề quy định tại: Quyết định số 1466/QĐ-TTg ngày\n\
                 10 tháng 10 năm 2008 của Thủ tướng Chính phủ ban hành Danh mục chỉ tiết\n\
                 các loại hình, tiêu chí quy mô, tiêu chuân của các cơ sở thực hiện xã hội hóa\n\
                 trong lĩnh vực giáo dục - đào tạo, dạy nghề, y tẾ, văn hóa, thể thao, môi trường;,\n\
                 Quyết. định số 693/QĐ-TTg ngày 0ó tháng 5 năm 2013 của Thủ tướng Chính\n\
                 phủ về việc sửa đổi, bổ sung một số nội dung của Danh mục chỉ tiết các loại.\n\
                 hình, tiêu chí quy mô, tiêu chuẩn của các cơ sở thực hiện xã hội hóa trong lĩnh\n\
                 vực giáo dục và đào tạo, dạy nghề, y tế, văn hóa, thể thao, môi trường ban\n\
                 hành kèm theo Quyết định số 1466/QĐ-TTg ngày 10 tháng 10 năm 2008 của.\n\
                 Thủ tướng Chính phủ; Quyết định số 1470/QĐ-TTg ngày 22 tháng 7 năm 2016\n\
                 của Thủ tướng Chính phủ về việc sửa đổi, bố sung một số nội dung của Danh\n\
                 mục chỉ tiết các loại hình, tiêu chí quy mô, tiêu chuẩn của các cơ sở thực hiện\n\
                 xã hội hóa trong lĩnh vực giáo dục - đào tạo, dạy nghề, Vy tế, văn hóa, thể thao,\n\
                 môi trường ban hành kèm theo Quyết định số 1466/QĐ-TTg ngày 10 tháng\n\
                 10 năm 2008 của Thủ tướng Chính phủ hết hiệu lực.";
        assert_eq!(relations(t), ["repeals-part", "repeals-part", "cites", "repeals-part", "cites"]);
        // A lone `|` at a line's end goes on; on a table's row it is a column's, and the clause
        // opens on the next line.
        let t = "Kể từ ngày Quyết định này có hiệu lực, Danh mục các loại hình trong lĩnh|\n\
                 vực giáo dục quy định tại: Quyết định số 1466/QĐ-TTg ngày 10 tháng 10 năm 2008 hết hiệu lực.";
        assert_eq!(relations(t), ["repeals-part"]);
        assert_eq!(relations(&format!("| {t}")), ["cites"]);
    }

    /// `hướng dẫn` as a noun or a document's type word guides nothing: the guidance a text
    /// holds, what matters are about, `Hướng dẫn số …` (shared/corpus/real; a Party report).
    #[test]
    fn guidance_as_a_noun_or_a_type_word_guides_nothing() {
        // TT 04/1999/TT-BCA: the penalty decree is cited.
        let t = "1. Những trường hợp thuộc đối tượng được cấp CMND đã được thông báo, nhắc nhở nhưng không đến làm \
                 thủ tục lấy CMND, vi phạm quy định của Nghị định số 05/1999/NĐ-CP và hướng dẫn tại Thông tư này sẽ \
                 bị xử phạt theo Điều 10 Nghị định số 49/CP ngày 15/8/1996 của Chính phủ về xử phạt vi phạm hành \
                 chính trong lĩnh vực an ninh, trật tự.";
        assert_eq!(relations(t), ["cites", "cites"]);
        // TTLT 13/2016/TTLT-BYT-BGDĐT: matters about guidance in a circular, repealed, are a part of it repealed.
        let t = "2. Điều 4 của Quy định về hoạt động y tế ban hành kèm theo Quyết định số 58/2008/QĐ-BGDĐT ngày 17 \
                 tháng 10 năm 2008 của Bộ trưởng Bộ Giáo dục và Đào tạo; các nội dung quy định liên quan đến hướng \
                 dẫn hoạt động công tác y tế trường học đối với các trường mầm non và phổ thông tại Thông tư liên \
                 tịch số 03/2000/TTLT-BYT-BGDĐT ngày 01 tháng 3 năm 2000 hướng dẫn thực hiện công tác y tế trường học \
                 của Bộ Y tế và Bộ Giáo dục và Đào tạo bị bãi bỏ kể từ ngày Thông tư liên tịch này có hiệu lực.";
        assert_eq!(relations(t), ["repeals-part", "repeals-part"]);
        // A Đảng ủy xã's report carries out both.
        let t = "Thực hiện Hướng dẫn số 18-HD/BTGTU ngày 20/02/2024 của Ban Tuyên giáo Tỉnh ủy về học tập chuyên đề \
                 năm 2024 và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, Đảng ủy xã báo cáo kết quả như sau:";
        assert_eq!(relations(t), ["implements", "implements"]);
    }

    /// A verb in an item's title acts on what that title names, not on the next item: the
    /// list's own stance goes on (audit 2200, BC 112-BC/BTGTU; its basis line as written).
    #[test]
    fn a_verb_in_an_items_title_stays_in_it() {
        let t = "1. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 48-KH/TU ngày 15/01/2019 thực hiện Nghị quyết \
                 35-NQ/TW; Quyết định số 1150-QĐ/TU ngày 20/3/2019 về việc thành lập Ban Chỉ đạo 35 tỉnh.";
        assert_eq!(relations(t), ["cites", "cites", "cites"]);
        let t = "Căn cứ Kế hoạch số 48-KH/TU ngày 15/01/2019 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết \
                 35-NQ/TW; Quyết định số 1150-QĐ/TU ngày 20/3/2019 của Ban Thường vụ Tỉnh ủy về thành lập Ban Chỉ \
                 đạo 35 của tỉnh, Ban Tuyên giáo Tỉnh ủy báo cáo như sau:";
        assert_eq!(relations(t), ["basis", "cites", "basis"]);
    }

    /// Each mention's subject and date, in the order of the text.
    fn subjects_and_dates(t: &str) -> Vec<(Option<String>, Option<String>)> {
        let scan = scan_text("x.md".into(), t);
        scan.mentions
            .iter()
            .map(|m| (m.subject.as_ref().map(|s| s.to_string()), m.date.as_ref().map(|d| d.to_string())))
            .collect()
    }

    /// From shared/corpus/real (Thông tư 32/2026/TT-BNNMT, lines 81, 86, 111 and 118): a list of
    /// the documents repealed gives each one's title after an em dash and its date in brackets
    /// closing the line; the title is read whole, with its semicolon, and the date stays.
    #[test]
    fn a_listing_gives_its_title_after_the_dash() {
        let t = "### Điều 1. Bãi bỏ toàn bộ một số văn bản quy phạm pháp luật thuộc lĩnh vực trồng trọt và bảo vệ thực vật\n\n\
                 18. **TT 51/2011/TT-BNNPTNT** — Danh mục bổ sung giống cây trồng được phép sản xuất, kinh doanh ở Việt Nam (27/7/2011)\n\
                 23. **TT 17/2012/TT-BNNPTNT** — Danh mục bổ sung giống cây trồng được phép sản xuất, kinh doanh ở Việt Nam (18/4/2012)\n\
                 2. **TT 12/2024/TT-BTNMT** — chi tiết về đào tạo, bồi dưỡng, cập nhật kiến thức cho cá nhân hành nghề tư vấn định giá đất; khung chương trình đào tạo, bồi dưỡng nghiệp vụ về giá đất (31/7/2024)\n\
                 2. **TT 53/2013/TT-BTNMT** — tổ chức và hoạt động của Hội đồng thẩm định đề án thăm dò khoáng sản (30/12/2013)\n";
        let read = subjects_and_dates(t);
        let expected = [
            ("Danh mục bổ sung giống cây trồng được phép sản xuất, kinh doanh ở Việt Nam", "2011-07-27"),
            ("Danh mục bổ sung giống cây trồng được phép sản xuất, kinh doanh ở Việt Nam", "2012-04-18"),
            (
                "chi tiết về đào tạo, bồi dưỡng, cập nhật kiến thức cho cá nhân hành nghề tư vấn định giá đất; khung chương trình đào tạo, bồi dưỡng nghiệp vụ về giá đất",
                "2024-07-31",
            ),
            ("tổ chức và hoạt động của Hội đồng thẩm định đề án thăm dò khoáng sản", "2013-12-30"),
        ];
        let expected: Vec<_> = expected.iter().map(|(s, d)| (Some(s.to_string()), Some(d.to_string()))).collect();
        assert_eq!(read, expected);
        // Made up: what a listing's dash gives that is no title, a part of a text, a date or
        // another reference, is none.
        for t in [
            "23. **TT 17/2012/TT-BNNPTNT** — Điều 5 và Điều 6 (18/4/2012)\n",
            "23. **TT 17/2012/TT-BNNPTNT** — ngày 18 tháng 4 năm 2012 (18/4/2012)\n",
            "23. **TT 17/2012/TT-BNNPTNT** — 18/4/2012 (18/4/2012)\n",
        ] {
            assert_eq!(subjects_and_dates(t)[0], (None, Some("2012-04-18".to_string())), "{t}");
        }
        let t = "23. **TT 17/2012/TT-BNNPTNT** — Thông tư 30/2011/TT-BNNPTNT (18/4/2012)\n";
        assert_eq!(subjects_and_dates(t)[0].0, None);
    }

    /// From shared/corpus/real: a dash right after a listed reference, its bold or its date
    /// opens its title where a title's words follow it (Nghị định 162/2026/NĐ-CP lines 254
    /// and 260, Thông tư 23/2026/TT-BKHCN line 44); not what the list says of the document
    /// (line 253), nor a provision's content (Thông tư 29/2026/TT-BCA line 63), nor a link's
    /// text, the page's headline (Nghị định 49/2026/NĐ-CP line 1002).
    #[test]
    fn a_dash_opens_a_title_where_a_title_s_words_follow() {
        let t = "- **Nghị định 75/2024/NĐ-CP** ngày 30/6/2024 - lần điều chỉnh trước với mức tăng 15% (hết hiệu lực từ 01/7/2026 theo Điều 5 khoản 2).\n\
                 - **Nghị định 12/2023/NĐ-CP** - quy định chi tiết điều chỉnh lương hưu, trợ cấp BHXH và trợ cấp hằng tháng (lần điều chỉnh 20% từ 01/7/2023).\n\
                 - **Nghị định 34/2019/NĐ-CP** - sửa đổi, bổ sung một số quy định về cán bộ, công chức cấp xã.\n\
                 7. **Nghị định số 85/2025/NĐ-CP** ngày 08 tháng 4 năm 2025 - quy định chi tiết thi hành Luật Đầu tư công, được sửa đổi bởi Nghị định số 275/2025/NĐ-CP\n";
        let subjects: Vec<Option<String>> = subjects_and_dates(t).into_iter().map(|(s, _)| s).collect();
        assert_eq!(
            subjects,
            [
                None,
                Some("quy định chi tiết điều chỉnh lương hưu, trợ cấp BHXH và trợ cấp hằng tháng".into()),
                Some("sửa đổi, bổ sung một số quy định về cán bộ, công chức cấp xã".into()),
                Some("quy định chi tiết thi hành Luật Đầu tư công".into()),
                // The law the title names, and the decree that amended the decree.
                None,
                None,
            ]
        );
        let t = "1. **Văn bản chi tiết hóa QĐ 07/2026/QĐ-TTg**: Quy định chi tiết điểm c khoản 1 Điều 6 của Quyết định 07/2026/QĐ-TTg — trình tự, thủ tục chi từ Quỹ phòng, chống tội phạm trung ương.\n";
        assert_eq!(subjects_and_dates(t).last().expect("the decision").0, None);
        let t = "- [Nghị định 50/2026/NĐ-CP - Hướng dẫn NQ 254 về tiền sử dụng đất, tiền thuê đất](/van-ban/dat-dai-dau-tu/nghi-dinh-50-2026-nd-cp-huong-dan-nghi-quyet-254-tien-su-dung-dat-tien-thue-dat/) (cùng nhóm, Bộ Tài chính)\n";
        assert_eq!(subjects_and_dates(t)[0].0, None);
    }

    /// From shared/corpus/real: an article that repeals what it lists, with a label over part
    /// of the list; one named in an item's title is cited.
    #[test]
    fn an_article_repeals_what_it_lists() {
        let t = "### Điều 1. Bãi bỏ toàn bộ một số văn bản quy phạm pháp luật thuộc lĩnh vực trồng trọt và bảo vệ thực vật\n\n\
                 **Quy chuẩn, danh mục cây trồng:**\n\
                 1. **TT 16/2014/TT-BNNPTNT** — quy chuẩn kỹ thuật Quốc gia về Kiểm dịch và Bảo vệ thực vật (05/6/2014)\n\
                 2. **TT 06/2015/TT-BNNPTNT** — sửa đổi khoản 2 Điều 18 Thông tư số 02/2014/TT-BNNPTNT ngày 24/01/2014\n";
        assert_eq!(relations(t), ["repeals", "repeals", "cites"]);
        // A label whose words hold a cue that opens no clause says no act either.
        let t = "### Điều 1. Bãi bỏ toàn bộ một số văn bản quy phạm pháp luật thuộc lĩnh vực trồng trọt\n\n\
                 **Danh mục bổ sung giống cây trồng (2009–2019):**\n\
                 4. **TT 21/2009/TT-BNN** — Danh mục bổ sung giống cây trồng được phép sản xuất (24/4/2009)\n";
        assert_eq!(relations(t), ["repeals"]);
    }

    /// From shared/corpus/real: a provision repealed or replaced is a part of its document, which
    /// stands; the whole document repealed is repealed.
    #[test]
    fn a_part_repealed_is_no_whole_repealed() {
        let t = "Điều 3. Hiệu lực thi hành\n\
                 3. Bãi bỏ Điều 58 Nghị định số 358/2025/NĐ-CP ngày 31 tháng 12 năm 2025.\n\
                 4. Bãi bỏ Nghị định số 141/2013/NĐ-CP.\n\
                 5. Bãi bỏ khoản 3, khoản 4 Điều 27 Nghị định số 184/2025/NĐ-CP ngày 01 tháng 7 năm 2025.";
        assert_eq!(relations(t), ["repeals-part", "repeals", "repeals-part"]);
        let scan = scan_text("x.md".into(), t);
        let pinpoints: Vec<Option<&str>> = scan.mentions.iter().map(|m| m.pinpoint.as_deref()).collect();
        // The provision stays with the mention.
        assert_eq!(pinpoints[..2], [Some("Điều 58"), None]);
        assert!(pinpoints[2].is_some_and(|p| p.ends_with("Điều 27")), "{pinpoints:?}");
    }

    /// From shared/corpus/real (the fifth audit sample): a duty a normative document assigns,
    /// found in what it names, is no act of its own; a report carries out what it names so.
    #[test]
    fn a_duty_found_in_a_law_is_not_carried_out_by_a_decree() {
        let decree = "CHÍNH PHỦ\nSố: 26/2026/NĐ-CP\n\nNGHỊ ĐỊNH\n\n\
                      Điều 20. Trách nhiệm của Ủy ban nhân dân cấp tỉnh\n\
                      a) Thực hiện các nhiệm vụ được phân công tại Luật Hóa chất;\n\
                      b) Thực hiện quy định về quyền và trách nhiệm tại Điều 39 Luật Xây dựng số 135/2025/QH15;\n\
                      c) Đẩy nhanh triển khai thực hiện Nghị quyết số 29/2026/QH16.";
        assert_eq!(relations(decree), ["cites", "cites", "implements"]);
        let report = "ỦY BAN NHÂN DÂN\nSố: 12/BC-UBND\n\nBÁO CÁO\n\n\
                      Thực hiện các nhiệm vụ được giao tại điểm 1 Thông báo số 79-TB/TU ngày 20/5/2023.";
        assert_eq!(relations(report), ["implements"]);
    }

    /// From shared/corpus/real (audit 2230, cause 1): a duty an administrative document gives
    /// another, found in what it names, is no act of its own either: in its articles
    /// (Quyết định 850/QĐ-CĐBVN, Điều 2), after the one it gives it to (Công điện 46/CĐ-TTg) or
    /// after a verb of the task (Thông báo 365/TB-VPCP). A report's opening still carries out
    /// what it names so (above).
    #[test]
    fn a_duty_given_to_another_is_not_carried_out() {
        let decision = "Số: 850/QĐ-CĐBVN\n\nQUYẾT ĐỊNH:\n\n### Điều 1. Lệnh xây dựng công trình khẩn cấp\n\n### Điều 2. Tổ chức thực hiện\n\n\
                        Khu Quản lý đường bộ I triển khai thực hiện Điều 1 của Quyết định này và các nội dung sau:\n\n\
                        - Thực hiện các ý kiến đề xuất của Phòng Quản lý, tổ chức giao thông tại Báo cáo rà soát số \
                        415/BCRS-TCGT ngày 20/7/2026;\n";
        assert_eq!(relations(decision), ["cites"]);
        let dispatch = "Số: 46/CĐ-TTg\n\n**2.** Bộ Y tế, Bộ Giáo dục và Đào tạo, Ủy ban nhân dân các tỉnh, thành phố \
                        trực thuộc Trung ương và các cơ quan liên quan thực hiện nghiêm các nhiệm vụ được giao tại Công \
                        điện số 40/CĐ-TTg ngày 19 tháng 5 năm 2026 của Thủ tướng Chính phủ về việc tăng cường công tác \
                        phòng, chống đuối nước đối với trẻ em.";
        assert_eq!(relations(dispatch), ["cites"]);
        let notice = "Số: 365/TB-VPCP\n\n**5.** Thực hiện đồng bộ các giải pháp đẩy nhanh tiến độ các công trình, dự án \
                      trọng điểm. Tập trung thực hiện kết luận của Thủ tướng Chính phủ tại Thông báo số 343/TB-VPCP ngày \
                      01 tháng 7 năm 2026.";
        assert_eq!(relations(notice), ["cites"]);
        // What a plan's opening carries out, it implements.
        let plan = "Số: 150/KH-BDT\n\nThực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương \
                    Đảng khóa IX, Ban Dân tộc ban hành Kế hoạch thực hiện như sau:";
        assert_eq!(relations(plan), ["implements"]);
    }

    /// From data/ (the sample corpus): a document in brackets after `tại` is where the thing
    /// done is set out, or what the words before it name, not a document this one carries out.
    #[test]
    fn a_document_in_brackets_after_tai_is_cited() {
        let t = "Thực hiện Quy chế dân chủ ở cơ sở (theo Pháp lệnh 34/2007/PL-UBTVQH11): Ban Dân tộc có 02 thủ tục \
                 hành chính; tuy nhiên, UBND tỉnh giao cơ quan cấp xã thực hiện (tại Quyết định số 375/QĐ-UBND ngày \
                 22/3/2019 của UBND tỉnh).\n\
                 Trình UBND tỉnh ban hành: (1) Kế hoạch thực hiện Chương trình MTQG năm 2023 (tại Kế hoạch số \
                 33/KH-UBND ngày 21/02/2023).";
        assert_eq!(relations(t), ["implements", "cites", "cites"]);
    }

    /// From shared/corpus/real: `Bổ sung` opening its clause amends what it adds to; elsewhere
    /// it is a word, and a passive wrapped after its comma names the amending document.
    #[test]
    fn an_opening_bo_sung_amends() {
        let t = "2. Bổ sung Mẫu số 14a, Mẫu số 14b vào sau Mẫu số 14 tại Phụ lục ban hành kèm theo Nghị định số 124/2020/NĐ-CP.\n\
                 a) Thay thế Mẫu số 01 Phụ lục I kèm theo Nghị định số 165/2024/NĐ-CP; bổ sung Mẫu số 03 vào Phụ lục I kèm theo Nghị định số 165/2024/NĐ-CP;\n\
                 d) Khoản 4 Điều 77 của Nghị định số 102/2024/NĐ-CP (đã được sửa đổi,\n\
                 bổ sung tại khoản 12 Điều 4 của Nghị định số 226/2025/NĐ-CP);\n\
                 Thực hiện bổ sung nguồn vốn cho Kế hoạch số 104/KH-UBND.";
        assert_eq!(relations(t), ["amends", "replaces-part", "amends", "cites", "cites", "implements"]);
    }

    /// From shared/corpus/real (hard-wrapped): a title verb broken by the wrap is still the
    /// title of the document before.
    #[test]
    fn a_title_verb_broken_by_a_wrap() {
        let t = "được ban hành tại\nNghị định số 113/2017/NĐ-CP ngày 09 tháng 10 năm 2017 của Chính phủ quy\nđịnh chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất.";
        assert_eq!(relations(t), ["cites", "cites"]);
    }

    /// From shared/corpus/real: a title goes on past a law it names with another verb.
    #[test]
    fn a_title_that_goes_on_with_another_verb() {
        let t = "Căn cứ Nghị định số 21/2026/NĐ-CP ngày 16 tháng 01 năm 2026 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 193/2025/NĐ-CP ngày 02 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Địa chất và khoáng sản và quy định chi tiết Luật sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản;";
        assert_eq!(relations(t), ["basis", "cites", "cites", "cites", "cites"]);
    }

    /// From shared/corpus/real: a title whose verb ends a hard-wrapped line is still the
    /// title of the document before.
    #[test]
    fn a_title_wrapped_after_its_verb() {
        let t = "được ban hành theo Nghị\nđịnh số 113/2017/NĐ-CP ngày 09 tháng 10 năm 2017 của Chính phủ quy định\nchi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất và Nghị định số\n82/2022/NĐ-CP ngày 18 tháng 10 năm 2022 của Chính phủ sửa đổi, bổ sung\nmột số điều của Nghị định số 113/2017/NĐ-CP";
        let got = relations(t);
        assert!(got.iter().all(|r| r == "cites"), "{got:?}");
        assert_eq!(got.len(), 4, "{got:?}");
    }

    /// From shared/corpus/real (Nghị định 241/2026, OCR): an amending law's name that OCR broke
    /// names no law of its own, and the laws listed in it only cite. A law's name that a speck
    /// broke off after its start (`Luật Đường _⏎bộ`, `Luật Trật A6 an toàn …`, `… giao thông
    /// “ường bộ`, inside the title of the decree the file amends) is the one law whose name the
    /// words after the speck end. The laws it names whole stay.
    #[test]
    fn names_broken_by_ocr() {
        let t = "Căn cứ Luật Xây dựng số 135/2025/QH15,\n\n\
                 Căn cứ Luật sửa đối, bổ sưng một sô 5 điều của Luật ' Quy. hoạch, Luật Đầu tư,\n\
                 Luật Đầu tư theo phương thức đối tác công tư và Luột Đầu thâu số 5 729240nI. 5;\n\n\
                 Căn cứ Luật sửa đổi, bổ Sung một số 5 điều của a Luật Đầu thâu, Luật Đầu\n\
                 tư theo phương thức đối tác công tu, Luật Hải quan, Luật Thuế giá trị gia lăng,\n\
                 kuật Thuê xuất nhập khẩu, Luật Đầu tư, Luật Đầu tư công, Luật Quản lý, sử\n\
                 dụng tài sản công số 90/2025/QH15,\n\n\
                 Căn cứ Luật sửa đổi, bỗ Sung một số điều của 10 +Tuật có liên quan đến an\n\
                 nình, trật tự có hiệu lực thi hành thì ghi căn cứ vào Luật này (6);\n\n\
                 Chính phú quy định chỉ tiết, hướng dẫn thì hành một số điều của Luật Đường _\n\
                 bộ và Điều 77 Luật Trật A6 an toàn giao thông đường bộ;\n\n\
                 điều của Luật Đường bộ và Điều 77 Luật Trật tự, an toàn giao thông “ường bộ;\n";
        let scan = scan_text("x.md".into(), t);
        let got: Vec<(&str, &str)> = scan.mentions.iter().map(|m| (m.text.as_str(), m.relation.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Luật Xây dựng số 135/2025/QH15", "basis"),
                ("Luật Đầu tư", "cites"),
                ("Luật Đầu tư theo phương thức đối tác công tư", "cites"),
                ("Luật Đầu thâu", "cites"),
                ("Luật Đầu\ntư theo phương thức đối tác công tu", "cites"),
                ("Luật Hải quan", "cites"),
                ("Luật Thuế giá trị gia lăng", "cites"),
                ("Luật Đầu tư", "cites"),
                ("Luật Đầu tư công", "cites"),
                ("Luật Quản lý, sử\ndụng tài sản công số 90/2025/QH15", "cites"),
                // The snippet's title verb has no document before it: the file's own.
                ("Luật Đường \nbộ", "guides"),
                ("Luật Trật A6 an toàn giao thông đường bộ", "guides"),
                ("Luật Đường bộ", "guides"),
                ("Luật Trật tự, an toàn giao thông “ường bộ", "guides"),
            ],
            "{got:#?}"
        );
        // Each read as the law it is.
        let graph = crate::resolve::graph_of(&[("x.md", t)]);
        let broken: Vec<&str> = graph.mentions[graph.mentions.len() - 4..].iter().map(|m| &*m.target).collect();
        assert_eq!(broken, ["35/2024/QH15", "36/2024/QH15", "35/2024/QH15", "36/2024/QH15"]);
    }

    /// From shared/corpus/real: the laws an amending law names stand in its name; the basis
    /// is the amending law, and the list goes on under its cue.
    #[test]
    fn laws_inside_an_amending_laws_name_only_cite() {
        let t = "Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013; Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2020; Luật Thủy lợi ngày 19/6/2017;";
        let scan = scan_text("x.md".into(), t);
        let got: Vec<(&str, &str)> = scan.mentions.iter().map(|m| (m.text.as_str(), m.relation.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Luật Phòng, chống thiên tai ngày 19/6/2013", "basis"),
                (
                    "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2020",
                    "basis"
                ),
                ("Luật Phòng, chống thiên tai", "cites"),
                ("Luật Đê điều", "cites"),
                ("Luật Thủy lợi ngày 19/6/2017", "basis"),
            ]
        );
    }

    /// From shared/corpus/real: one number written with and without its year in the symbol,
    /// of one day: one document (`resolve::merge_yearless_twins`), whose edge keeps its
    /// sentence, as the circular's does.
    #[test]
    fn each_document_keeps_its_first_sentence() {
        let t = "thực hiện quyết toán ngân sách theo quy định hiện hành của nhà nước tại Quyết định số 19/QĐ-BTC ngày 30 tháng 3 năm 2006 của Bộ trưởng Bộ Tài chính về việc ban hành chế độ kế toán hành chính sự nghiệp và Thông tư số 185/2010/TT-BTC ngày 15 tháng 11 năm 2010 của Bộ trưởng Bộ Tài chính hướng dẫn sửa đổi, bổ sung chế độ kế toán hành chính sự nghiệp ban hành kèm theo Quyết định số 19/2006/QĐ-BTC ngày 30 tháng 3 năm 2006 của Bộ trưởng Bộ Tài chính.";
        let graph = crate::resolve::build(vec![scan_text("x.txt".into(), t)]);
        let to: Vec<&str> = graph.edges.iter().map(|e| &*e.to).collect();
        assert_eq!(to, ["19/2006/QĐ-BTC", "185/2010/TT-BTC"], "{:#?}", graph.edges);
        assert!(graph.edges.iter().all(|e| !e.evidence.sentence.is_empty()), "{:#?}", graph.edges);
    }

    /// From shared/corpus/real: a topic of the Bộ pháp điển acts on nothing itself; its
    /// articles' sources do, each in its own words (`Nghị định này thay thế …` under the note of
    /// Nghị định 50/2011/NĐ-CP).
    /// From shared/corpus/real (relation audit 2199): on the page of Nghị định 55/2011/NĐ-CP, a
    /// circular's article that no note sources (`Điều 44.3.TT.3.8. Xếp lương …`) is no words of
    /// the decree's: the decree "cited" the later decrees it names. One of the decree's own
    /// articles, noted, is the decree's still.
    #[test]
    fn an_unsourced_article_of_another_kind_is_no_one_s_words() {
        let t = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 55/2011/NĐ-CP |\n\
                 | **Loại văn bản** | Nghị định |\n| **Ngày ban hành** | 04/07/2011 |\n\n## VĂN BẢN\n\n\
                 Điều 44.3.NĐ.1.1. Phạm vi\n\n(Điều 1 Nghị định số 55/2011/NĐ-CP, có hiệu lực thi hành kể từ ngày \
                 25/08/2011)\n\n1. Nghị định này áp dụng theo Nghị định số 76/2009/NĐ-CP.\n\n\
                 Điều 44.3.TT.3.8. Xếp lương 1. Công chức được áp dụng Bảng 2 ban hành kèm theo Nghị định số \
                 204/2004/NĐ-CP ngày 14 tháng 12 năm 2004 của Chính phủ.\n";
        let scan = scan_text("x.md".into(), t);
        let said_by = |n: &str| {
            let at = mention_of(&scan, n);
            scan.said_by.iter().find(|(m, _)| *m == at).map(|&(m, by)| if m == by { "no one" } else { "other" })
        };
        assert_eq!(said_by("76"), None, "the decree's own article: its words");
        assert_eq!(said_by("204"), Some("no one"));
        // A note on the page's own article says, after it, what later repealed a part of it:
        // the codifier's words, not the law's (audit 2199: 15/2008/QH12 "cited" 45/2013/QH13).
        let t = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 15/2008/QH12 |\n\
                 | **Loại văn bản** | Luật |\n\n## VĂN BẢN\n\nĐiều 23.1.LQ.23. Trưng mua\n\n(Điều 23 Luật số \
                 15/2008/QH12, có hiệu lực thi hành kể từ ngày 01/01/2009, có nội dung bị bãi bỏ bởi Điều 210 Luật số \
                 45/2013/QH13 có hiệu lực thi hành kể từ ngày 01/07/2014)\n";
        let scan = scan_text("x.md".into(), t);
        let at = scan.mentions.iter().position(|m| m.number.as_deref() == Some("45")).expect("45/2013/QH13");
        assert!(scan.said_by.contains(&(at, at)), "{:?}", scan.said_by);
    }

    /// From shared/corpus/real (audit 2205): an article shown as amended is in its amender's
    /// words where it names a document later than its source (the page on Hội Cựu chiến binh:
    /// Nghị định 150/2006/NĐ-CP did not cite Nghị định 92/2009/NĐ-CP; Nghị định 157/2016/NĐ-CP,
    /// which amended the article, did). One no later than the source is the source's still; a note that names two amenders gives the first no older than the
    /// reference (the page on kiểm soát thủ tục hành chính).
    #[test]
    fn an_amended_article_names_later_documents_in_its_amender_s_words() {
        let t = "Điều 36.6.NĐ.1.10. Chính sách, chế độ đối với Cựu chiến binh đang làm công tác Hội Cựu chiến binh\n\n\
                 (Điều 10 Nghị định số 150/2006/NĐ-CP, có hiệu lực thi hành kể từ ngày 05/01/2007, có nội dung được \
                 sửa đổi, có nội dung được bổ sung bởi Điều 1 Nghị định số 157/2016/NĐ-CP có hiệu lực thi hành kể từ \
                 ngày 15/01/2017)\n\n4. Chủ tịch Hội Cựu chiến binh xã, phường, thị trấn (sau đây gọi chung là cấp xã) \
                 được hưởng lương, phụ cấp theo quy định tại Nghị định số 92/2009/NĐ-CP ngày 22 tháng 10 năm 2009 của \
                 Chính phủ về chức danh, số lượng, một số chế độ, chính sách đối với cán bộ, công chức ở xã, phường, thị \
                 trấn. Theo Nghị định số 121/2003/NĐ-CP và Nghị định số 150/2006/NĐ-CP.\n";
        let scan = scan_text("x.md".into(), t);
        let by = |n: &str| said_by_number(&scan, n);
        assert_eq!(by("92"), Some(Some("157")));
        assert_eq!(by("121"), Some(Some("150")));
        let t = "Điều 44.5.NĐ.1.10. Đánh giá tác động\n\n(Điều 10 Nghị định số 63/2010/NĐ-CP, có hiệu lực thi hành \
                 kể từ ngày 14/10/2010, có nội dung được sửa đổi bởi Điều 1 Nghị định số 48/2013/NĐ-CP có hiệu lực thi \
                 hành kể từ ngày 01/07/2013; Điều 1 Nghị định số 92/2017/NĐ-CP có hiệu lực thi hành kể từ ngày \
                 25/09/2017)\n\nViệc thực hiện đánh giá tác động … theo quy định của Nghị định số 34/2016/NĐ-CP ngày \
                 14 tháng 5 năm 2016 và Nghị định số 20/2008/NĐ-CP ngày 14 tháng 02 năm 2008 và Nghị định số \
                 11/2011/NĐ-CP.\n";
        let scan = scan_text("x.md".into(), t);
        let by = |n: &str| said_by_number(&scan, n);
        assert_eq!(by("34"), Some(Some("92")));
        assert_eq!(by("20"), Some(Some("63")));
        assert_eq!(by("11"), Some(Some("48")));
        // Words a note says repealed are not in the article: no one's words stand for them.
        let t = "Điều 23.8.QĐ.1.4.\n\n(Điều 4 Quyết định số 210/1999/QĐ-TTg, có hiệu lực thi hành kể từ ngày \
                 12/11/1999, có nội dung bị bãi bỏ bởi Điều 9 Quyết định số 31/2015/QĐ-TTg có hiệu lực thi hành kể \
                 từ ngày 01/10/2015)\n\n2. Theo Nghị định số 15/2014/NĐ-CP.\n";
        let scan = scan_text("x.md".into(), t);
        let at = scan.mentions.iter().position(|m| m.number.as_deref() == Some("15")).expect("15/2014");
        let source = scan.said_by.iter().find(|(m, _)| *m == at).map(|&(_, by)| scan.mentions[by].number.as_deref());
        assert_eq!(source, Some(Some("210")));
    }

    /// From shared/corpus/real (audit 2205): on the page of Nghị định 55/2011/NĐ-CP, `Điều
    /// 44.3.NĐ.10a.`, an article Nghị định 56/2024/NĐ-CP added, is the amender's words: the
    /// decree did not cite Nghị định 120/2020/NĐ-CP. Its group's notes name that one amender.
    #[test]
    fn an_article_numbered_as_added_is_its_amender_s_words() {
        let t = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 55/2011/NĐ-CP |\n\
                 | **Loại văn bản** | Nghị định |\n| **Ngày ban hành** | 04/07/2011 |\n\n## VĂN BẢN\n\n\
                 Điều 44.3.NĐ.1. Phạm vi và đối tượng điều chỉnh\n\n(Điều 1 Nghị định số 55/2011/NĐ-CP, có hiệu lực \
                 thi hành kể từ ngày 25/08/2011, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Nghị \
                 định số 56/2024/NĐ-CP có hiệu lực thi hành kể từ ngày 02/07/2024)\n\n1. Nghị định này quy định về \
                 tổ chức pháp chế.\n\n### 4400300000000000300001040240460055000101\n\n\
                 Điều 44.3.NĐ.10a. Tổ chức pháp chế ở đơn vị sự nghiệp công lập 1. Việc thành lập tổ chức thực hiện \
                 theo quy định tại Nghị định số 120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ.\n";
        let scan = scan_text("x.md".into(), t);
        let at = scan.mentions.iter().position(|m| m.number.as_deref() == Some("120")).expect("120/2020");
        let source = scan.said_by.iter().find(|(m, _)| *m == at).map(|&(_, by)| scan.mentions[by].number.as_deref());
        assert_eq!(source, Some(Some("56")));
        assert!(numbered_as_added("44.3.NĐ.10a") && numbered_as_added("45.5.NĐ.1.3a"));
        assert!(!numbered_as_added("44.3.NĐ.10") && !numbered_as_added("44.3.NĐ.a"));
    }

    /// Nghị định 145/2026/NĐ-CP (shared/corpus/real, audit 2205): a long phrase quoted between
    /// the verb and the document it acts on leaves the verb in the clause, and the title of a
    /// document inside the quote ends with it.
    #[test]
    fn words_amended_in_a_document_after_a_long_quote() {
        let t = "3. Sửa đổi cụm từ \"điểm b, điểm c khoản 2 Điều 6 Nghị định số 59/2021/NĐ-CP ngày 18 tháng 6 năm \
                 2021 của Chính phủ quy định một số nội dung đặc thù về cơ chế quản lý tài chính, đánh giá hiệu quả hoạt \
                 động đối với Sở Giao dịch chứng khoán Việt Nam, Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam\" \
                 tại khoản 3 Điều 12 Nghị định số 248/2025/NĐ-CP ngày 25 tháng 7 năm 2025 của Chính phủ quy định chế \
                 độ tiền lương thành cụm từ \"điểm b, điểm c khoản 2 Điều 6 Nghị định số 145/2026/NĐ-CP\".";
        let scan = scan_text("x.md".into(), t);
        let read: Vec<(&str, &str)> =
            scan.mentions.iter().map(|m| (m.number.as_deref().unwrap_or(""), &*m.relation)).collect();
        assert_eq!(&read[..2], [("59", "cites"), ("248", "amends")]);
    }

    #[test]
    fn a_codification_speaks_for_its_sources() {
        let t = "Điều 10.2.NĐ.1.14. Hiệu lực thi hành\n\n(Điều 14 Nghị định số 50/2011/NĐ-CP, có hiệu lực thi hành kể từ ngày 15/05/2011)\n\n2. Nghị định này thay thế Nghị định số 102/2003/NĐ-CP ngày 03 tháng 9 năm 2003.\n\nĐiều 10.2.NĐ.1.15. Trách nhiệm thi hành\n\n(Điều 15 Nghị định số 50/2011/NĐ-CP, có hiệu lực thi hành kể từ ngày 15/05/2011)\n";
        let scan = scan_text("x.md".into(), t);
        let at = scan.mentions.iter().position(|m| m.number.as_deref() == Some("102")).expect("102/2003/NĐ-CP");
        assert_eq!(scan.mentions[at].relation, "replaces");
        let source = scan.said_by.iter().find(|(m, _)| *m == at).map(|&(_, by)| &scan.mentions[by]);
        assert_eq!(source.and_then(|s| s.number.as_deref()), Some("50"));
        // An article of the same document written without its note, heading and text on one
        // line (audit 2144), is that document's too; the codifier's note on related articles
        // is no one's.
        let t = format!(
            "{t}\n### 1002001\n\nĐiều 10.2.NĐ.1.16. Xử lý chuyển tiếp Hồ sơ nộp theo Thông tư số 12/2005/TT-BTC \
             được giải quyết tiếp.\n\n(Điều này có nội dung liên quan đến Điều 3 của Thông tư số 07/2019/TT-BTC)\n"
        );
        let scan = scan_text("x.md".into(), &t);
        let by = |n: &str| said_by_number(&scan, n);
        assert_eq!(by("12"), Some(Some("50")));
        assert_eq!(by("07"), None);
        // The same sentence in a decree of its own replaces.
        let scan =
            scan_text("x.md".into(), "2. Nghị định này thay thế Nghị định số 102/2003/NĐ-CP ngày 03 tháng 9 năm 2003.");
        assert_eq!(scan.mentions[0].relation, "replaces");
        // A source's own title in its note says what the source does to the law it names
        // (audit 2156: 65/2010/NĐ-CP cited the law it details).
        let t = "Điều 20.1.NĐ.1.1. Phạm vi điều chỉnh\n\n(Điều 1 Nghị định số 65/2010/NĐ-CP Quy định chi tiết và \
                 hướng dẫn thi hành một số điều của Luật Đa dạng sinh học ngày 11/06/2010 của Chính phủ, có hiệu lực \
                 thi hành kể từ ngày 30/07/2010)\n";
        let scan = scan_text("x.md".into(), t);
        let law = scan.mentions.iter().find(|m| m.name.is_some()).expect("the law");
        assert_eq!(law.relation, "guides");
        // So does one listed after the first past that one's title (UX audit 2160), not one
        // that title names.
        let t = "Điều 1.1.TT.1.1. Phạm vi\n\n(Điều 1 Thông tư số 03/2013/TT-BNV Quy định chi tiết thi hành Nghị \
                 định số 45/2010/NĐ-CP ngày 21 tháng 04 năm 2010 của Chính phủ quy định về tổ chức, hoạt động và quản \
                 lý hội và Nghị định số 33/2012/NĐ-CP ngày 13 tháng 4 năm 2012 của Chính phủ sửa đổi, bổ sung một số \
                 điều của Nghị định số 45/2010/NĐ-CP ngày 16/04/2013 của Bộ Nội vụ, có hiệu lực thi hành kể từ ngày \
                 01/06/2013)\n";
        let scan = scan_text("x.md".into(), t);
        let relations: Vec<(&str, &str)> =
            scan.mentions.iter().map(|m| (m.number.as_deref().unwrap_or(""), &*m.relation)).collect();
        // The page, filed under no law, compiles the source's article (audit 2226).
        assert_eq!(relations, [("03", "codifies"), ("45", "guides"), ("33", "guides"), ("45", "cites")]);
        // A title that names what the next document issued, right before `ban hành kèm theo`
        // it, names that document (real/: van-hoa-the-thao-du-lich, read `cites`).
        let t = "Điều 1.1.TT.1.1. Phạm vi\n\n(Điều 1 Thông tư số 36/2006/TT-BVHTT Hướng dẫn thực hiện một số điều của \
                 Quy chế đặt tên, đổi tên đường, phố và công trình công cộng ban hành kèm theo Nghị định số \
                 91/2005/NĐ-CP ngày 11 tháng 07 năm 2005 của Chính phủ ngày 20/03/2006 của Bộ Văn hoá - Thông tin, có \
                 hiệu lực thi hành kể từ ngày 15/04/2006)\n";
        let scan = scan_text("x.md".into(), t);
        let relations: Vec<(&str, &str)> =
            scan.mentions.iter().map(|m| (m.number.as_deref().unwrap_or(""), &*m.relation)).collect();
        assert_eq!(relations, [("36", "codifies"), ("91", "guides")]);
    }

    /// A title's list goes on with one of the kind it named last, not the outer list's: the
    /// decree details both laws, and the circular stands on the decree alone (shared/corpus/real:
    /// Thông tư 31/2026/TT-BCT stood on the amending law Nghị định 37/2026 details). One of the
    /// outer list's kind is an item of it (`… Luật Khám bệnh, chữa bệnh, Thông tư số …`).
    #[test]
    fn a_title_s_list_goes_on_with_its_own_kind() {
        let t = "Căn cứ Nghị định số 37/2026/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Chất \
                 lượng sản phẩm, hàng hóa và Luật Viễn thông số 24/2023/QH15;\n";
        let scan = scan_text("x.md".into(), t);
        let relations: Vec<&str> = scan.mentions.iter().map(|m| &*m.relation).collect();
        assert_eq!(relations, ["basis", "cites", "cites"]);
        let t = "Căn cứ Nghị định số 37/2026/NĐ-CP của Chính phủ quy định chi tiết Luật Viễn thông và Nghị định số \
                 55/2024/NĐ-CP của Chính phủ;\n";
        let scan = scan_text("x.md".into(), t);
        let relations: Vec<&str> = scan.mentions.iter().map(|m| &*m.relation).collect();
        assert_eq!(relations, ["basis", "cites", "basis"]);
    }

    /// Audit 2189: a codified page without a subject line is titled by what its text says of
    /// its own number (the decree on `nghi lễ đối ngoại`, not the topic `Lễ tân ngoại giao`),
    /// without an aside that names another document; a page whose text's number line
    /// contradicts its summary says so in its reason.
    #[test]
    fn a_page_s_own_words_title_it_and_a_contradicted_summary_is_told() {
        let page = include_str!("../tests/fixtures/headers/le-tan-ngoai-giao-head.md");
        let scan = scan_text("le-tan.md".into(), page);
        assert_eq!(scan.identity.as_ref().and_then(|id| id.title.as_deref()), Some("Về nghi lễ đối ngoại"));
        for (subject, title) in [
            (
                "Nghị định quy định về hoạt động nghệ thuật biểu diễn",
                Some("Quy định về hoạt động nghệ thuật biểu diễn"),
            ),
            ("quy định về nhuận bút, thù lao", Some("Quy định về nhuận bút, thù lao")),
            ("được Chính phủ", None),
        ] {
            assert_eq!(subject_as_title(subject).as_deref(), title, "{subject}");
        }
        let scan = scan_text("cong-doan.md".into(), include_str!("../tests/fixtures/headers/cong-doan-head.md"));
        assert_eq!(
            scan.entry.reason.as_deref(),
            Some(
                "its summary gives the number 50/2024/QH15, its text's own number line 12/2012/QH13: identified by the text's"
            )
        );
    }

    /// From shared/corpus/real (Nghị định 192/2026/NĐ-CP, its basis, what it repeals and its
    /// article 30): a number set in bold, or a bold line closing after it, gave the mention's
    /// text a lone `**` (`Luật Tổ chức Chính phủ số **63/2025/QH15`) or two inside. The span
    /// stays on the marks; the text reads as the words do.
    #[test]
    fn a_mention_s_text_leaves_out_the_marks_of_emphasis_its_span_holds() {
        let original = "- Luật Tổ chức Chính phủ số **63/2025/QH15**;\n\
                        - Quyết định số **73/2011/QĐ-TTg** ngày 28/12/2011 — chế độ phụ cấp — **hết hiệu lực**.\n\
                        3. **Bãi bỏ khoản 2 Điều 26 Nghị định số 60/2021/NĐ-CP** ngày 21/6/2021 của Chính phủ.\n";
        let scan = scan_text("x.md".into(), original);
        let read: Vec<(&str, &str)> =
            scan.mentions.iter().map(|m| (&original[m.start..m.end], m.text.as_str())).collect();
        assert_eq!(
            read,
            [
                ("Luật Tổ chức Chính phủ số **63/2025/QH15", "Luật Tổ chức Chính phủ số 63/2025/QH15"),
                ("Quyết định số **73/2011/QĐ-TTg** ngày 28/12/2011", "Quyết định số 73/2011/QĐ-TTg ngày 28/12/2011"),
                ("Nghị định số 60/2021/NĐ-CP** ngày 21/6/2021", "Nghị định số 60/2021/NĐ-CP ngày 21/6/2021"),
            ]
        );
        // A mark between letters is no emphasis, and stays.
        assert_eq!(Mention::text_of("a*b **c** _d_ e_f"), "a*b c d e_f");
    }

    #[test]
    fn positions_point_into_the_original_bytes() {
        let original =
            "Số: 12/BC-BDT\n\nThực hiện Thông báo số 79\u{00A0}\u{2013} TB/VPTU ngày 09/11/2022 của Văn phòng Tỉnh ủy.";
        let scan = scan_text("x.txt".into(), original);
        assert_eq!(scan.mentions.len(), 1, "{:?}", scan.mentions);
        let m = &scan.mentions[0];
        assert_eq!(Mention::text_of(&original[m.start..m.end]), m.text);
        assert_eq!(m.text, "Thông báo số 79\u{00A0}\u{2013} TB/VPTU ngày 09/11/2022");
        assert_eq!((m.line, m.column), (3, 11));
        assert_eq!(m.symbol.as_deref(), Some("TB/VPTU"));
        assert_eq!(m.date.as_deref(), Some("2022-11-09"));
        assert_eq!(m.issuer.as_deref(), Some("Văn phòng Tỉnh ủy"));
        assert_eq!(m.relation, "implements");
    }

    #[test]
    fn own_number_in_the_body_is_not_a_reference() {
        let scan = scan_text(
            "x.md".into(),
            "---\nso_hieu: 278/2026/NĐ-CP\n---\nChính phủ ban hành Nghị định số 278/2026/NĐ-CP sửa đổi Nghị định số 72/2025/NĐ-CP.",
        );
        assert_eq!(scan.entry.self_mentions, 1);
        assert_eq!(scan.mentions.len(), 1);
        assert_eq!(scan.mentions[0].number.as_deref(), Some("72"));
    }

    /// A table of fields under `## Thông tin văn bản` gives the page its number, so that
    /// number there is the page naming itself; the document it amends, in the same table, is
    /// still a reference with its relation.
    #[test]
    fn a_fields_table_names_the_page_and_what_it_acts_on() {
        let text = include_str!(
            "../tests/fixtures/headers/ngan-hang__thong-tu-07-2026-tt-nhnn-sua-doi-thong-tu-17-2016-tt-nhnn-moi-gioi-tien-te.md"
        );
        let scan = scan_text("x.md".into(), text);
        let id = scan.identity.as_ref().expect("read");
        assert_eq!((id.number.as_deref(), id.symbol.as_deref(), id.year()), (Some("07"), Some("TT-NHNN"), Some(2026)));
        assert!(scan.mentions.iter().all(|m| &*m.target != "07/2026/TT-NHNN"), "no mention of itself");
        assert!(scan.entry.self_mentions > 0);
        let in_table = scan.mentions.iter().find(|m| text[..m.start].ends_with("| Văn bản được sửa đổi | "));
        assert_eq!(
            in_table.map(|m| (m.text.as_str(), m.relation.as_str())),
            Some(("Thông tư 17/2016/TT-NHNN", "amends"))
        );
    }

    /// The first mention of number `n` in `scan`.
    fn mention_of(scan: &FileScan, n: &str) -> usize {
        scan.mentions.iter().position(|m| m.number.as_deref() == Some(n)).expect(n)
    }

    /// Whether the mention of number `n` in `scan` is no one's words (said by itself).
    fn no_ones(scan: &FileScan, n: &str) -> bool {
        let at = mention_of(scan, n);
        scan.said_by.contains(&(at, at))
    }

    /// The number of the mention whose document's words the mention of number `n` is, if it
    /// is another's than the file's.
    fn said_by_number<'s>(scan: &'s FileScan, n: &str) -> Option<Option<&'s str>> {
        let at = mention_of(scan, n);
        scan.said_by.iter().find(|(m, _)| *m == at).map(|&(_, by)| scan.mentions[by].number.as_deref())
    }

    /// Each editor's heading opens a section to the next heading of its level or above, in
    /// capitals or not, with marks or without; an article whose title only speaks of related
    /// documents opens none.
    #[test]
    fn editors_headings_open_sections_to_the_next_of_their_level() {
        for heading in EDITORS_HEADINGS {
            for written in [heading.to_string(), heading.to_uppercase()] {
                let t = format!("## {written}\n\n### Luật\n\n- x\n\n## Khác\n");
                let end = t.find("## Khác").expect("next");
                let sections = editors_sections(&t);
                assert_eq!((sections.len(), sections.first().cloned()), (1, Some(0..end)), "{written}");
            }
        }
        assert!(editors_sections("### Điều 5. Sửa đổi các văn bản liên quan\n").is_empty());
        assert_eq!(editors_sections("# A\n\n### **Văn bản liên quan**\n- x\n").len(), 1);
    }

    /// From shared/corpus/real (audit 2205): `## VĂN BẢN LIÊN QUAN` under Nghị định
    /// 49/2026/NĐ-CP lists, as links and in bold, what the editor reads it with: each mention
    /// is found and no one's words (the decree "cited" the later Nghị định 147/2026/NĐ-CP and
    /// every law that amended the land law); what the list says one did to another stays.
    #[test]
    fn a_list_of_related_documents_is_no_one_s_words() {
        let t = "Số: 49/2026/NĐ-CP\n\nCăn cứ Luật Đất đai số 31/2024/QH15;\n\n---\n\n## VĂN BẢN LIÊN QUAN\n\n\
                 - [Nghị định 147/2026/NĐ-CP - Cơ chế đặc thù tháo gỡ dự án tồn đọng, kéo dài]\
                 (/van-ban/dat-dai-dau-tu/nghi-dinh-147-2026-nd-cp-co-che-dac-thu-du-an-ton-dong/)\n\
                 - **Luật Đất đai 2024** (số 31/2024/QH15) - được sửa đổi, bổ sung bởi các Luật số 43/2024/QH15, \
                 47/2024/QH15\n";
        let scan = scan_text("x.md".into(), t);
        assert_eq!(scan.mentions.iter().filter(|m| m.number.as_deref() == Some("31")).count(), 2);
        let first_31 = scan.mentions.iter().position(|m| m.number.as_deref() == Some("31")).expect("31");
        assert!(!scan.said_by.iter().any(|(m, _)| *m == first_31), "the decree's basis is its own");
        for n in ["147", "43", "47"] {
            assert!(no_ones(&scan, n), "{n}: {:?}", scan.said_by);
        }
        assert!(!scan.pairs.is_empty(), "the laws that amended the land law still amend it");
    }

    /// From shared/corpus/real (audit 2205): notes the editor opens with a label, on their own
    /// line or after a sentence (Nghị định 85/2012/NĐ-CP "cited" the decree that replaced it;
    /// Luật 35/2013/QH13 the decree that guides it); the same words inside a sentence of the
    /// text are its own.
    #[test]
    fn an_editor_s_labelled_note_is_no_one_s_words() {
        let t = "Số: 85/2012/NĐ-CP\n\n**Lưu ý:** Nghị định này đã hết hiệu lực từ ngày 15/08/2021, được thay thế \
                 bởi Nghị định 60/2021/NĐ-CP.\n\n> Luật Hòa giải ở cơ sở số 35/2013/QH13. Hướng dẫn thi hành: \
                 Nghị định 15/2014/NĐ-CP.\n\n- **Văn bản hướng dẫn đi kèm:** Thông tư số 14/2026/TT-BNV ngày \
                 04/6/2026\n\nĐiều 3. Bộ Tư pháp hướng dẫn thi hành: Nghị định số 110/2013/NĐ-CP.\n";
        let scan = scan_text("x.md".into(), t);
        for n in ["60", "15", "14"] {
            assert!(no_ones(&scan, n), "{n}: {:?}", scan.said_by);
        }
        assert!(!no_ones(&scan, "110"));
        for label in EDITORS_LABELS {
            let t = format!("Số: 85/2012/NĐ-CP\n\n{label} Nghị định 60/2021/NĐ-CP.\n");
            assert!(no_ones(&scan_text("x.md".into(), &t), "60"), "{label}");
        }
    }

    /// From shared/corpus/real (audit 2205): rows of the metadata table that say what later
    /// became of the document (`Số hiệu`, `Trạng thái`) and the note quoted under it are the
    /// editor's words: Nghị định 06/2005/NĐ-CP and 55/2011/NĐ-CP "cited" the decrees that
    /// amended them. A row of what the document itself replaces is its own act still.
    #[test]
    fn metadata_on_what_became_of_the_document_is_no_one_s_words() {
        let t = "## THÔNG TIN VĂN BẢN\n\n| Thuộc tính | Nội dung |\n|---|---|\n\
                 | **Số hiệu** | 06/2005/NĐ-CP (sửa đổi bởi 62/2026/NĐ-CP) |\n\
                 | **Trạng thái** | Còn hiệu lực (được sửa đổi bởi Nghị định 56/2024/NĐ-CP) |\n\
                 | **Thay thế** | Thông tư 32/2025/TT-BTC |\n\n\
                 > Nghị định 55/2011/NĐ-CP quy định chức năng. Được sửa đổi, bổ sung bởi Nghị định 57/2024/NĐ-CP.\n\n\
                 ---\n\n## VĂN BẢN\n\nĐiều 1. Theo Nghị định số 18/2001/NĐ-CP.\n";
        let scan = scan_text("x.md".into(), t);
        for n in ["62", "56", "57"] {
            assert!(no_ones(&scan, n), "{n}: {:?}", scan.said_by);
        }
        for n in ["32", "18"] {
            assert!(!no_ones(&scan, n), "{n}");
        }
        let replaced = scan.mentions.iter().find(|m| m.number.as_deref() == Some("32")).expect("32");
        assert_eq!(replaced.relation, "replaces");
        for key in EDITORS_ROWS {
            let t = format!(
                "## THÔNG TIN VĂN BẢN\n\n| **Số hiệu** | 06/2005/NĐ-CP |\n| **{key}** | x (sửa đổi bởi 62/2026/NĐ-CP) |\n"
            );
            assert!(no_ones(&scan_text("x.md".into(), &t), "62"), "{key}");
        }
    }
}
