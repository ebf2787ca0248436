//! What a reference means, read from the cue words before it in its clause.

use crate::lines::line_start;
use crate::tables::CUES;
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

/// The most bytes a clause is read back over from its reference, but for the phrases it quotes.
const CLAUSE_BYTES: usize = 400;

/// The most bytes of a line read back for the phrases it quotes.
const QUOTING_LINE_BYTES: usize = 2000;

/// The clause a reference stands in starts after the last `.`, `;` or line break before it;
/// a line break that only wraps the sentence (`hard_wrapped`: a PDF's text layer) is none.
pub fn clause_start(text: &str, at: usize) -> usize {
    // Quotes are looked for only where no stop is within a clause's reach: most clauses are
    // short, and the look cost 3 % of a run on shared/corpus/real.
    let near = at.saturating_sub(CLAUSE_BYTES);
    match stop_after(text, at, near) {
        Some(start) => start,
        None => match quoted_before(text, at) {
            0 => char_floor(text, near),
            quoted => {
                let floor = at.saturating_sub(CLAUSE_BYTES + quoted);
                stop_after(text, at, floor).unwrap_or_else(|| char_floor(text, floor))
            }
        },
    }
}

/// The first character boundary from `f` on.
fn char_floor(text: &str, mut f: usize) -> usize {
    while !text.is_char_boundary(f) {
        f += 1;
    }
    f
}

/// Where the clause before `at` starts, after the last stop no further back than `floor`;
/// none where there is no stop within that reach.
fn stop_after(text: &str, at: usize, floor: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = at;
    // The stops found by `memrchr3`; a `.` ends a sentence only before a space and not
    // after a digit or a capital (`2.`, `TP. Hồ Chí Minh`), but for a year's (`… từ ngày 01
    // tháng 01 năm 2025. Luật Đầu tư công số 49/2014/QH13 hết hiệu lực …`).
    while let Some(j) = memchr::memrchr3(b';', b'\n', b'.', &bytes[floor..i]).map(|j| floor + j) {
        // A line break that only wraps the sentence (a PDF's text layer) goes on with it.
        if bytes[j] == b'\n' && hard_wrapped(text, j) {
            i = j;
            continue;
        }
        if bytes[j] == b'\n' && blank_line_wrapped(text, j) {
            // Past the line break before it, not past the floor (a proptest case: the blank
            // line's second break right at the floor).
            i = (j - 1).max(floor);
            continue;
        }
        if bytes[j] != b'.'
            || (bytes.get(j + 1) == Some(&b' ')
                && j > 0
                && ((!bytes[j - 1].is_ascii_digit() && !bytes[j - 1].is_ascii_uppercase()) || ends_year(&bytes[..j]))
                && !speck_in_passive(text, j)
                && !speck_in_type_word(text, j))
        {
            return Some(j + 1);
        }
        i = j;
    }
    None
}

/// Bytes of the phrases quoted on the line before `at`, where any stand within a clause's
/// reach: they are what the verb acts on, however long, and do not take the verb out of the
/// clause (audit 2205: `Sửa đổi cụm từ "… Nghị định số 59/2021/NĐ-CP … của Chính phủ quy định
/// …" tại khoản 3 Điều 12 Nghị định số 248/2025/NĐ-CP`, the verb 500 bytes back).
fn quoted_before(text: &str, at: usize) -> usize {
    let near = at.saturating_sub(CLAUSE_BYTES);
    let window = &text.as_bytes()[near..at];
    if memchr::memchr(b'"', window).is_none() && memchr::memmem::find(window, "”".as_bytes()).is_none() {
        return 0;
    }
    let from = text.ceil_char_boundary(line_start(text, at).max(at.saturating_sub(QUOTING_LINE_BYTES)));
    crate::quotes::passages(&text[from..at]).iter().map(|p| p.len()).sum()
}

/// Whether the `.` at `j` is a speck OCR set in a passive (`… số 33/2009/QH12 được. sửa đổi,
/// bổ sung bởi Luật số⏎19/2017/QH14`): its verb goes on in small letters.
fn speck_in_passive(text: &str, j: usize) -> bool {
    [" được", " bị"].iter().any(|w| text[..j].ends_with(w)) && goes_on_in_small_letters(&text[j + 2..])
}

/// Whether the `.` at `j`, a space after it, is a speck OCR glued to the first word of a type
/// word, which goes on after it (`…;,⏎Quyết. định số 693/QĐ-TTg …`, Quyết định 1255/QĐ-TTg
/// of 2026 in a scanned copy): no sentence ends inside a type word.
fn speck_in_type_word(text: &str, j: usize) -> bool {
    /// Room for the rest of the longest type word (`tư liên tịch `) after the speck.
    const REST_BYTES: usize = 24;
    if !goes_on_in_small_letters(&text[j + 2..]) {
        return false;
    }
    let word = text[..j].rfind([' ', '\n']).map_or(0, |i| i + 1);
    let end = text.floor_char_boundary((j + 2 + REST_BYTES).min(text.len()));
    with_lower(&text[word..end], |lower| TYPE_WORDS.iter().any(|(w, _)| after_specked_type_word(lower, w).is_some()))
}

/// Whether the line break at `j` ends a blank line a text layer set inside a sentence (`Căn
/// cứ Luật Thuế thu nhập cá nhân số 109/2025/QH15 được sửa đỗi, bỗ⏎⏎ sung bởi Luật số
/// 09/2026/QH16,`): the line above the blank one goes on without a stop, the next in small
/// letters that are no list label.
/// So does one that parts a date's word from its number (`Kết luận số 65-KL/TW, ngày⏎⏎30/10/2019
/// của Bộ Chính trị`).
pub(crate) fn blank_line_wrapped(text: &str, j: usize) -> bool {
    j > 0 && text.as_bytes()[j - 1] == b'\n' && goes_on(text, j - 1) && {
        let (before, after) = (&text[..j - 1], text[j + 1..].trim_start_matches(' '));
        goes_on_in_small_letters(after) || wrapped_in_a_range(before, after) || wrapped_in_a_date(before, after)
    }
}

/// Whether the line break at `j` ends a line whose emphasis closes on a title going on in small
/// letters on the next (`**Sửa đổi, bổ sung một số điều của Nghị định 165/2024/NĐ-CP ngày
/// 26/12/2024**⏎hướng dẫn thi hành Luật Đường bộ …`, a decree's heading).
pub(crate) fn emphasis_wrapped(text: &str, j: usize) -> bool {
    let before = text[..j].trim_end_matches(' ');
    before.strip_suffix("**").is_some_and(|b| goes_on(b, b.len())) && goes_on_in_small_letters(&text[j + 1..])
}

/// Whether `before` ends with a year that ends a date (`năm 2025`, `01/01/2025`): four digits
/// after a space or `/`, not a list label (`2025.` opening a line is none).
fn ends_year(before: &[u8]) -> bool {
    let n = before.len();
    n > 4 && before[n - 4..].iter().all(u8::is_ascii_digit) && matches!(before[n - 5], b' ' | b'/') && {
        // Something but spaces before the year on its line: only the run of spaces is read
        // back, not the line (one may be megabytes long).
        let lead = before[..n - 4].iter().rev().take_while(|&&b| matches!(b, b' ' | b'\t')).count();
        n - 4 - lead > 0 && before[n - 5 - lead] != b'\n'
    }
}

/// Predicates that end a document's force, said of it as its clause's subject: what this
/// document does to it, stated after it (`Nghị định số 09/2017/NĐ-CP ngày … của Chính phủ
/// quy định chi tiết … hết hiệu lực kể từ ngày Nghị định này có hiệu lực`).
/// In the passive, not of what another document repealed (`… có nội dung bị bãi bỏ bởi Điều 1
/// Luật số 77/2025/QH15`, a codified page's note): see [`BY_ANOTHER`].
pub const CEASING: &[(&str, &str)] =
    &[("hết hiệu lực", "repeals"), ("chấm dứt hiệu lực", "repeals"), ("bị bãi bỏ", "repeals")];

/// What after a passive predicate names its agent, another document.
const BY_ANOTHER: &str = " bởi";

/// Verdicts a list's item ends with after a dash, said of the document or part the item opens
/// with: what this document does to it (`- Khoản 2 Điều 26 Nghị định số **60/2021/NĐ-CP** (…) —
/// cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập — **bãi bỏ**.`, beside items ending `—
/// **hết hiệu lực**`). Only there: elsewhere the verb's subject is the document before it
/// (`Nghị định số 37/2026/NĐ-CP bãi bỏ …`), which repeals, not this one.
pub const VERDICTS_AFTER_DASH: &[(&str, &str)] = &[("bãi bỏ", "repeals")];

/// Whether the predicate that `before` and `after` stand around is an item's verdict after a
/// dash, emphasis aside: the dash right before it, and the item's end right after.
fn verdict_after_dash(before: &str, after: &str) -> bool {
    let after = after.trim_start_matches('*').trim_start_matches(['.', ';']);
    before.trim_end_matches(['*', ' ']).ends_with(['—', '–', '-']) && (after.is_empty() || after.starts_with('\n'))
}

/// Predicates that replace a part of a document named as their clause's subject, stated after
/// it: this document replaces that part (`Phụ lục II của Nghị định … được thay thế bằng Phụ lục
/// II ban hành kèm theo Nghị định này`), or amends it where the subject is words placed in the
/// part ([`names_words`]: `2. Quy định "(Ký tên, đóng dấu)" tại Mẫu phiếu chuyển … của Phụ lục
/// VI ban hành kèm theo Thông tư số 01/2025/TT-BYT … được thay thế bằng ký số …`, audit 51).
/// Said of a whole document, what replaces it may be another document, not this one.
pub const PART_REPLACED_AFTER: &[&str] = &["được thay thế bằng"];

/// Predicates that say a document named as their clause's subject no longer applies to a
/// matter, from a date ([`FROM_A_DATE`]) this document sets: this document takes its place on
/// that matter, and the rest of it stands (`2. Nghị định số 92/2008/NĐ-CP … quy định chi tiết
/// … Luật Tương trợ tư pháp⏎không áp dụng với tương trợ tư pháp về dân sự kể từ ngày Nghị định
/// này có hiệu lực`, Nghị định 158/2026/NĐ-CP, audit 51). Said of the document itself only: of
/// matters placed in a part (`Việc khấu trừ … theo quy định tại khoản 2 Điều 94 của Luật Đất
/// đai năm 2024 … không áp dụng đối với …`) it tells where a rule does not reach, no act.
pub const NO_LONGER_APPLIED: &[&str] = &["không áp dụng với", "không áp dụng đối với"];

/// Words after a [`NO_LONGER_APPLIED`] predicate, in its clause, that say from when: without
/// them the clause restates the document's scope (`… không áp dụng đối với …`) rather than end
/// part of its force.
const FROM_A_DATE: &str = "từ ngày";

/// Predicates that say this document rewords what opens their clause, part or whole, stated
/// after it: the new wording follows (`Điểm a và điểm b khoản 1 Điều 6 của Nghị định số
/// 72/2025/NĐ-CP được sửa đổi, bổ sung như sau:`).
pub const AMENDED_AFTER: &[&str] = &["được sửa đổi, bổ sung như sau", "được sửa đổi như sau", "được bổ sung như sau"];

/// Whether a subject's clause goes on over the line break at `j` to its predicate: a wrap
/// (`hard_wrapped`), also over a blank line a page's end left (`… Cơ sở dữ liệu quốc gia về
/// hoạt động xây⏎⏎dựng hết hiệu lực`), or inside a law's name (`… một số điều của Luật⏎Hóa
/// chất hết hiệu lực`).
fn goes_on_over_break(text: &str, j: usize) -> bool {
    // A break after a blank line is read as the first break of the run.
    let first = text[..j].trim_end_matches(['\n', ' ']).len();
    let j = text[first..=j].find('\n').map_or(j, |i| first + i);
    if hard_wrapped(text, j) {
        return true;
    }
    let after = &text[j + 1..];
    let next = after.trim_start_matches(['\n', ' ']);
    goes_on(text, j)
        && ((after.starts_with('\n') && after.len() - next.len() <= 3 && goes_on_in_small_letters(next))
            || text[..j].trim_end_matches(' ').ends_with(" Luật")
            || wrapped_in_a_range(&text[..j], next))
}

/// Whether a break, blank lines after it, parts a range of years (`… giai đoạn 2021-⏎⏎2025,
/// Thông tư số …`).
fn wrapped_in_a_range(before: &str, next: &str) -> bool {
    let before = before.trim_end_matches(' ');
    before.strip_suffix(['-', '–']).is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
        && next.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `after`, what follows a line break, is a page's number on a line of its own (OCR
/// of a printed page) and then the clause going on in small letters (`… và Thông⏎16⏎⏎tư số
/// 112/2025/TT-BTC …`).
fn page_number_between(after: &str) -> bool {
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && after[digits..].starts_with('\n')
        && goes_on_in_small_letters(after[digits..].trim_start_matches(['\n', ' ']))
}

/// What follows the clause saying when (`Kể từ ngày …, `; OCR's `Kế từ`) that opens `opening`:
/// `opening` itself where none does.
fn after_when(opening: &str) -> &str {
    match ["Kể từ ", "Kế từ "].iter().find_map(|w| opening.strip_prefix(w)).and_then(|o| o.split_once(", ")) {
        Some((_, after)) => after,
        None => opening,
    }
}

/// Whether a clause goes on past a `;` that `after` follows: one space or line break, then a
/// word in small letters that is no list label, or on the same line a capital that opens no
/// document or part (`dự trữ quốc gia; Kho bạc Nhà nước; kế toán`).
fn goes_on_past_semicolon(after: &str) -> bool {
    let (next, wrapped) = match after.strip_prefix('\n') {
        Some(next) => (next, true),
        None => match after.strip_prefix(' ') {
            Some(next) => (next, false),
            None => return false,
        },
    };
    if goes_on_in_small_letters(next) {
        return !next.split(' ').next().is_some_and(|w| w.ends_with([')', '.', ':']));
    }
    if wrapped || !next.starts_with(char::is_uppercase) {
        return false;
    }
    let head = next[..next.floor_char_boundary(24.min(next.len()))].to_lowercase();
    type_word_opening(&head).is_none() && !crate::tables::PINPOINT_WORDS.iter().any(|w| head.starts_with(w))
}

/// The type word `lower` (in lower case) opens with, the longest, and the type it names.
fn type_word_opening(lower: &str) -> Option<&'static (String, &'static str)> {
    TYPE_WORDS.iter().find(|(w, _)| lower.starts_with(w.as_str()))
}

/// Whether `after` (what follows a `;`) opens with another document's type word and `số`, or
/// with a part of one (`…; Điều 4 của Quy định … ban hành kèm theo Quyết định số
/// 73/2007/QĐ-BGDĐT …; Quyết định số 1221/2000/QĐ-BYT … bị bãi bỏ`).
pub fn lists_another(after: &str) -> bool {
    // Room for the longest type word and `số` (`Thông tư liên tịch số`, 27 bytes).
    let head = after.trim_start_matches([' ', '\n']);
    let head = &head[..head.floor_char_boundary(40.min(head.len()))];
    let lower = head.to_lowercase();
    let then_so = |r: &str| r.starts_with("số");
    // A speck is looked for only where the first word ends with `.`: the type words are many.
    let specked = || lower.split(' ').next().is_some_and(|w| w.ends_with('.'));
    TYPE_WORDS.iter().any(|(w, _)| lower.strip_prefix(w.as_str()).is_some_and(then_so))
        || (specked() && TYPE_WORDS.iter().any(|(w, _)| after_specked_type_word(&lower, w).is_some_and(then_so)))
        || (crate::tables::PINPOINT_WORDS.iter().any(|w| numbered_part(&lower, w)) && !of_this_one(after))
}

/// What follows the type word `word` (lower-cased, with its space) that `lower` opens with
/// where OCR glued a speck to its first word (`quyết. định số 693/qđ-ttg`, Quyết định
/// 1255/QĐ-TTg of 2026 in a scanned copy): no sentence ends inside a type word.
fn after_specked_type_word<'l>(lower: &'l str, word: &str) -> Option<&'l str> {
    let (first, tail) = word.split_once(' ').filter(|(_, tail)| !tail.is_empty())?;
    lower.strip_prefix(first)?.strip_prefix(". ")?.strip_prefix(tail)
}

/// Whether `lower` opens with the part word `word` and its number (`điều 4`, `mục ii`,
/// `điểm a`), not the word in another sense (`mục tiêu`).
fn numbered_part(lower: &str, word: &str) -> bool {
    let Some(rest) = lower.strip_prefix(word).and_then(|r| r.strip_prefix(' ')) else { return false };
    let label: &str = rest.split([' ', ',', '.', ')']).next().unwrap_or_default();
    !label.is_empty()
        && (label.bytes().all(|b| b.is_ascii_digit())
            || label.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'l'))
            || (label.len() == 1 && label.as_bytes()[0].is_ascii_lowercase()))
}

/// Whether a part named at the start of `after` is this document's own (`Điều 5 của Luật này`).
fn of_this_one(after: &str) -> bool {
    let head = &after[..after.floor_char_boundary(60.min(after.len()))];
    head.contains(" này")
}

/// Whether the clause `lead` opens (a list label may stand first) with a part of a document:
/// the part ceases, and the document stands, amended (`2. Chương VIII của Quy chế … ban hành
/// kèm theo Nghị quyết số 1139/2007/UBTVQH11 … hết hiệu lực …`).
fn opens_with_a_part(lead: &str) -> bool {
    let opening = &lead[clause_lead(lead)..];
    // After when it holds, and in the plural (`2. Kể từ ngày Nghị định này có hiệu lực thi
    // hành, các quy định liên quan đến … tại Nghị định số 106/2020/NĐ-CP … hết hiệu lực`).
    let opening = after_when(opening);
    let opening = opening.strip_prefix("các ").or_else(|| opening.strip_prefix("Các ")).unwrap_or(opening);
    // A run of parts (`2. Từ Điều 2 đến Điều 37 và các Điều 42, 44 Nghị định số 26/2002/NĐ-CP …
    // hết hiệu lực …`).
    let opening = opening.strip_prefix("Từ ").unwrap_or(opening);
    // Most clauses open with no part's first letter: no lower-casing for them.
    let first = opening.chars().next().and_then(|c| c.to_lowercase().next());
    first.is_some_and(|f| PARTS_REPLACED.iter().any(|w| w.starts_with(f)))
        && with_lower(&opening[..opening.floor_char_boundary(PART_WORD_BYTES)], |o| {
            PARTS_REPLACED.iter().any(|w| starts_with_word(o, w))
        })
}

/// Whether the clause `lead` opens with the reference's own type word and `số`, its number a
/// Markdown link (`2. Nghị định số [136/2013/NĐ-CP](https://…) ngày 21 tháng 10 năm 2013 … hết
/// hiệu lực`): the document opens the clause, as it would written plain.
fn opens_with_its_link(lead: &str) -> bool {
    let opening = &lead[clause_lead(lead)..];
    opening
        .strip_suffix("số [")
        .is_some_and(|words| with_lower(words, |w| type_word_opening(w).is_some_and(|(word, _)| word.len() == w.len())))
}

/// Whether the clause `lead` opens with a type word and `số` the reference was not read with,
/// as OCR set a speck inside the word (`…;,⏎Quyết. định số 693/QĐ-TTg …`): the document opens
/// the clause, as it would written whole.
fn opens_with_a_specked_type_word(lead: &str) -> bool {
    let opening = &lead[clause_lead(lead)..];
    opening.strip_suffix("số ").is_some_and(|words| {
        words.contains(". ")
            && with_lower(words, |w| TYPE_WORDS.iter().any(|(t, _)| after_specked_type_word(w, t) == Some("")))
    })
}

/// Whether the clause `lead` (through the reference's pinpoint) names what ceases as matters
/// placed in a numbered part of the document (`3. Các chế độ, chính sách đối với lực lượng dự bị động viên quy định tại Mục I
/// Chương V Nghị định số 39/CP …`, `2. Kiểm tra kiến thức pháp luật theo mô phỏng quy định tại
/// điểm b khoản 1 Điều 6, … và điểm b khoản 2 … Điều 6 Thông tư số 65/2024/TT-BCA hết hiệu
/// lực`): the part ceases, and the document stands. Not a part of this one (`quy định tại
/// khoản 6 Điều này`).
fn placed_in_a_part(lead: &str) -> bool {
    const PLACED: &str = "quy định tại ";
    // Built once: a search that builds its searcher at every call costs more than the search.
    static FINDER: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(PLACED));
    FINDER.find_iter(lead.as_bytes()).any(|at| {
        let after = &lead[at + PLACED.len()..];
        let head = &after[..after.floor_char_boundary(PART_WORD_BYTES.min(after.len()))];
        with_lower(head, |h| crate::tables::PINPOINT_WORDS.iter().any(|w| numbered_part(h, w))) && !of_this_one(after)
    })
}

/// Whether `lead` ends inside a note in brackets, on the word that names the agent of its
/// verb (`- Khoản 2 Điều 26 Nghị định số **60/2021/NĐ-CP** (sửa đổi, bổ sung bởi Nghị định số
/// **111/2025/NĐ-CP**) — … — **bãi bỏ**.`): the reference after it did that act, and is no
/// subject of the clause's predicate.
fn agent_of_a_note(lead: &str) -> bool {
    let Some(open) = lead.rfind('(').filter(|&o| !lead[o..].contains(')')) else { return false };
    let last = lead[open + 1..].split_whitespace().next_back();
    last.is_some_and(|w| AGENT_WORDS.contains(&w) || w == "tại")
}

/// The verb before `tại` that places matters in a part, not an agent's act.
const PLACED_IN: &str = "quy định";

/// Bytes before `tại` or `bởi` read for the passive verb whose agent follows them.
const AGENT_VERB_BYTES: usize = 40;

/// Whether `lead` ends with a passive verb and the word that names its agent, the reference
/// (`… quy định tại điểm b khoản 1 Điều 6, được sửa đổi, bổ sung tại Điều 6 Thông tư số
/// 13/2025/TT-BCA …`): what amended the part that ceases is no subject of the clause.
fn names_the_agent(lead: &str) -> bool {
    let lead = lead.trim_end();
    let Some(verb) = lead.strip_suffix(" tại").or_else(|| lead.strip_suffix(" bởi")) else { return false };
    // `quy định tại` says where matters are placed, whatever stands before it (`… lực lượng
    // dự bị động viên quy định tại Mục I Chương V …`: `bị` of `dự bị`, no passive).
    if verb.ends_with(PLACED_IN) {
        return false;
    }
    let near = &verb[verb.floor_char_boundary(verb.len().saturating_sub(AGENT_VERB_BYTES))..];
    PASSIVE_WORDS.iter().any(|w| near.contains(w))
}

/// The sentence up to `at`, from the line that opens it (after a blank line, or with a list
/// label), within a few wrapped lines; none further back.
fn sentence_opening(text: &str, at: usize) -> Option<&str> {
    let mut end = at;
    for _ in 0..12 {
        let start = line_start(text, end);
        let line = &text[start..at];
        let labelled = clause_lead(line) > 0 && line[..clause_lead(line)].trim_end().ends_with(['.', ')']);
        if start == 0 || text[..start - 1].ends_with('\n') || labelled {
            return Some(line);
        }
        end = start - 1;
    }
    None
}

/// Bytes after a reference read for the [`CEASING`] predicate of its clause: a list of a few
/// documents, each with its date, body and title, and OCR's page breaks among them (`2. Thông
/// tư số 35/2023/TT-BTC … giai đoạn 2021-⏎⏎2025, Thông tư số 175/2024/TT-BTC … và Thông⏎16⏎⏎tư
/// số 112/2025/TT-BTC … hết hiệu lực thi hành`: 700 bytes from the first to its predicate; five
/// documents with their titles, 1 900 bytes, in Thông tư liên tịch 13/2016/TTLT-BYT-BGDĐT).
const CEASING_REACH: usize = 2000;

/// Words that make the clause after them say when, not what ceases.
const WHEN_BEFORE: &[&str] = &["đến ngày", "từ ngày", "trước ngày", "sau ngày", " khi"];

/// The relation a [`CEASING`] predicate says of the reference from `part` (its pinpoint, or
/// empty at its start) to `end`, if the reference opens its clause (at `clause`; a list label may
/// stand before it) and the clause goes on to the predicate outside brackets (`- Nghị định
/// số 08/2021/NĐ-CP (hết hiệu lực từ 01/7/2026)` is a note, not this document's act).
/// `listed`: the reference follows another that does open the clause, after `và` or a
/// comma (`Nghị định số 18/2014/NĐ-CP … và Nghị định số 21/2015/NĐ-CP … hết hiệu lực`).
pub fn ceasing(text: &str, clause: usize, part: Range<usize>, end: usize, listed: bool) -> Option<&'static str> {
    let rest = &text[end..text.floor_char_boundary((end + CEASING_REACH).min(text.len()))];
    // Read further back only where clause_start cut the clause and a predicate follows, on one
    // line: most clauses cut at its reach name none (reading each back cost a scan of real/ 1 %
    // more instructions).
    let clause = if cut_short(text, clause) && PREDICATES.iter().any(|p| p.finder.find(rest.as_bytes()).is_some()) {
        whole_clause_start(text, clause)
    } else {
        clause
    };
    // A clause that says when something else holds, cut from it by a line break (`Nghị định này
    // có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026 đến ngày,⏎Nghị quyết số 05/2025/NQ-CP
    // hết hiệu lực thi hành.`): no act of this document.
    let before = text[..clause].trim_end_matches([' ', '\n', ',']);
    if WHEN_BEFORE.iter().any(|w| before.ends_with(w)) {
        return None;
    }
    let of_a_part = ceases_in_part(text, clause, &part, listed)?;
    // A part its pinpoint names (`2. Phụ lục VI ban hành kèm theo …`) is a part too, though
    // the act is read as of the document until the scan joins the pinpoint to it.
    let pinpointed = !part.is_empty();
    let relation = predicate_by_clause_end(text, end, rest, of_a_part, pinpointed)?;
    // Words placed in the part, replaced, amend the document; the part stands.
    Some(if relation == REPLACES_PART && of_a_part && names_words(&text[clause..part.start]) {
        "amends"
    } else {
        relation
    })
}

/// Whether the subject `lead` of a clause, up to the part it names, names words of it, not the
/// part: a phrase in quotes placed in the part (`Quy định "(Ký tên, đóng dấu)" tại Mẫu phiếu
/// …`; an annex's quoted name, `Phụ lục "Danh mục …" ban hành kèm theo …`, is no such phrase),
/// or words ([`WORDS_REMOVED`]: `cụm từ "…" tại khoản 2 Điều 5 …`).
fn names_words(lead: &str) -> bool {
    let placed = |(at, quote): (usize, &str)| lead[at + quote.len()..].starts_with(" tại ");
    lead.match_indices(['"', '”']).any(placed) || removes_words(&lead.to_lowercase())
}

/// The act the first predicate of the reference's clause states (`hết hiệu lực`, `bị bãi bỏ`,
/// `được thay thế bằng`), of a part where `of_a_part`: `rest` is the text from the reference's
/// `end` as far as a predicate may stand; `pinpointed` where the reference's pinpoint names a
/// part in its clause.
fn predicate_by_clause_end(
    text: &str,
    end: usize,
    rest: &str,
    of_a_part: bool,
    pinpointed: bool,
) -> Option<&'static str> {
    // The clause must not end before the predicate, nor the predicate stand in brackets (a
    // note: `(hết hiệu lực từ 01/7/2026)`); brackets closed before it are the document's
    // short name or a note on it (`… giáo dục đại học (Nghị định số 109/2022/NĐ-CP) hết hiệu
    // lực …`). Only a predicate that starts by the clause's end is looked for: searching the
    // whole reach for each predicate and its first word cost more than finding the end.
    let reach = clause_reach(text, end, rest);
    // The bytes a phrase of `len` bytes that starts by the clause's end may take.
    let upto = |len: usize| &rest.as_bytes()[..rest.len().min(reach + len)];
    static PASSIVE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("được ".as_bytes()));
    let passive = PASSIVE.find(upto(PASSIVE.needle().len()));
    PREDICATES.iter().filter(|p| p.of.fits(of_a_part || pinpointed)).find_map(|p| {
        let in_passive = p.finder.needle().starts_with("được ".as_bytes());
        let from = if in_passive { passive? } else { 0 };
        let at = from + find_wrapped(p, &rest[from..], reach.checked_sub(from)?)?;
        let past = at + p.finder.needle().len();
        let after = &rest[past..];
        let holds = match p.only {
            Only::Anywhere => true,
            Only::AfterDash => verdict_after_dash(&rest[..at], after),
            Only::FromADate => after[..after.floor_char_boundary(reach.saturating_sub(past))].contains(FROM_A_DATE),
        };
        if after.starts_with(BY_ANOTHER) || !holds {
            return None;
        }
        (!in_brackets(&rest[..at])).then_some(if of_a_part { part_of(p.relation) } else { p.relation })
    })
}

/// Whether what ceases in the clause from `clause` is a part of the document at `part` (the
/// document stands, amended) or the document itself; None where the clause states neither: the
/// reference is no subject of its predicate.
fn ceases_in_part(text: &str, clause: usize, part: &Range<usize>, listed: bool) -> Option<bool> {
    let from = part.start;
    let before = text[..clause].trim_end_matches([' ', '\n', ',']);
    let joined = || {
        // Its part may open the next line (`… hải quan và⏎Điều 2. Nghị định số …`).
        let gap = text[clause..from].trim_end_matches(['*', ' ', '\n']);
        gap.ends_with(" và") || gap.ends_with(',')
    };
    // A part of the document that opens the clause (`2. Chương VIII của Quy chế … ban hành kèm
    // theo Nghị quyết số 1139/2007/UBTVQH11 … hết hiệu lực …`) ceases: the document stands,
    // amended.
    let lead = &text[clause..from];
    // A `,` OCR glued to the `;` before (`… môi trường;, Quyết định số 693/QĐ-TTg …`) is of
    // that one separator.
    let lead = if text[..clause].ends_with(';') { lead.strip_prefix(',').unwrap_or(lead) } else { lead };
    // A document listed after `;` under a part that opens the sentence (`Kể từ ngày …, Danh
    // mục … quy định tại: Quyết định số 1466/QĐ-TTg …; Quyết định số 1470/QĐ-TTg … hết hiệu
    // lực`) is amended, as the first is.
    // Not where each item names its own part (`2. Điều 4 của Quy định … ban hành kèm theo Quyết
    // định số 58/2008/QĐ-BGDĐT …; Quyết định số 1221/2000/QĐ-BYT …; … bị bãi bỏ`): the part
    // governs the list when a colon leads the list in.
    // Nor where an item of its own may open the clause, a part of another document or a
    // document (`…; Quyết định số 1221/2000/QĐ-BYT …`); one that goes on with the first part's
    // matters (`2. Các Điều 1, 2, 3, 4 và 5 những quy định về chế độ sinh hoạt …; về địa điểm
    // giao nhận … ban hành kèm theo Quyết định số 66/QĐ-QP …`) is under it.
    // Under the colon an item is one the list names, not one its title names (`…; Quyết định
    // số 693/QĐ-TTg … ban hành kèm theo Quyết định số 1466/QĐ-TTg …; …`).
    let opens_with_it = || opens_clause(lead) || opens_with_its_link(lead) || opens_with_a_specked_type_word(lead);
    let item = || opens_with_it() || opens_with_a_part(lead);
    let under_a_part = || {
        before.ends_with(';')
            && sentence_opening(text, clause).is_some_and(|o| {
                opens_with_a_part(o)
                    && if o.find(':').is_some_and(|colon| o.find(';').is_none_or(|semi| colon < semi)) {
                        item()
                    } else {
                        !item()
                    }
            })
    };
    // The document itself may open the clause after when it ceases (`2. Kể từ ngày Nghị định
    // này có hiệu lực thi hành, Nghị định⏎số 128/2020/NĐ-CP … hết hiệu lực`).
    let opens_after_when = || after_when(&lead[clause_lead(lead)..]).is_empty();
    if agent_of_a_note(lead) {
        return None;
    }
    if under_a_part() {
        Some(true)
    } else if opens_with_it() || (listed && joined()) || opens_after_when() {
        Some(false)
    } else if opens_with_a_part(lead) || (placed_in_a_part(&text[clause..part.end]) && !names_the_agent(lead)) {
        Some(true)
    } else {
        None
    }
}

/// Where the clause of a reference that ends at `end` of `text` ends in `rest`, the bytes
/// read after it: at the first character [`ends_clause`] says ends it, else at `rest`'s end.
/// A predicate after that is not the clause's.
fn clause_reach(text: &str, end: usize, rest: &str) -> usize {
    let mut depth = 0;
    // Every character that may end a clause is ASCII: the bytes are read, not the characters.
    let ends = |&(k, &b): &(usize, &u8)| {
        matches!(b, b';' | b'|' | b'(' | b')' | b'.' | b'\n') && ends_clause(text, end, rest, k, &mut depth)
    };
    rest.as_bytes().iter().enumerate().find(ends).map_or(rest.len(), |(k, _)| k)
}

/// Whether the character at `k` of `rest`, read after a reference that ends at `end` of
/// `text`, ends the reference's clause, `depth` counting the brackets open before it (and
/// updated past it).
fn ends_clause(text: &str, end: usize, rest: &str, k: usize, depth: &mut usize) -> bool {
    match rest.as_bytes()[k] {
        // A list of documents that cease together goes on past `;` (`Nghị định số
        // 120/2017/NĐ-CP … ; Nghị định số 121/2017/NĐ-CP … và Nghị định số 113/2021/NĐ-CP …
        // hết hiệu lực`).
        // So does a title whose list of matters runs over `;` (`… trong lĩnh vực thuế, hóa
        // đơn; hải quan; kinh doanh bảo hiểm, …;⏎quản lý, sử dụng tài sản công; … hết hiệu lực`).
        // A `,` OCR glued to it is of that one separator (`… môi trường;,⏎Quyết. định số
        // 693/QĐ-TTg …`).
        b';' => {
            let after = &rest[k + 1..];
            let after = after.strip_prefix(',').unwrap_or(after);
            !lists_another(after) && !goes_on_past_semicolon(after)
        }
        b'|' => !(rest[k + 1..].starts_with('\n') && stray_bar(&text[..end + k + 1])),
        b'(' => {
            *depth += 1;
            false
        }
        b')' => {
            *depth = depth.saturating_sub(1);
            false
        }
        // A stop is a `.` a space or line break follows.
        // Not the one OCR set after a part's number (`… hải quan và⏎Điều 2. Nghị định số
        // 102/2021/NĐ-CP …`).
        // Nor a speck OCR set inside a title, after a word no sentence ends with or before
        // one in small letters, on the line or the next (`… kèm theo Quyết định số 1466/QĐ-TTg
        // ngày 10 tháng 10 năm 2008 của.⏎Thủ tướng Chính phủ; …`, `… Danh mục chỉ tiết các
        // loại. hình, …`, `… các loại.⏎hình, …`).
        b'.' => {
            rest[k + 1..].starts_with([' ', '\n'])
                && !ends_with_a_part(&rest[..k])
                && !ends_with_a_joining_word(&rest[..k])
                && !rest[k + 1..].strip_prefix([' ', '\n']).is_some_and(goes_on_in_small_letters)
        }
        // Inside brackets a break does not end the clause: they must close before the
        // predicate (`… (sau đây gọi chung là⏎Thông tư số 55/2023/TT-BTC) hết hiệu lực`).
        // Nor one after `;` before the next document of a list (`… môi trường;⏎Quyết định số
        // 693/QĐ-TTg …`), as the `;` itself does not.
        b'\n' => {
            let before = &rest[..k];
            *depth == 0
                && !(goes_on_over_break(text, end + k)
                    || after_semicolon(before) && (goes_on_past_semicolon(&rest[k..]) || lists_another(&rest[k..]))
                    || before.strip_suffix('.').is_some_and(ends_with_a_joining_word)
                    || before.ends_with('.') && goes_on_in_small_letters(&rest[k + 1..]))
        }
        _ => false,
    }
}

/// Whether `before` ends with a `;`, or with a `,` OCR glued to one (`… môi trường;,`).
fn after_semicolon(before: &str) -> bool {
    before.strip_suffix(',').unwrap_or(before).ends_with(';')
}

/// Whether `before` leaves a bracket open.
fn in_brackets(before: &str) -> bool {
    let mut depth = 0usize;
    for b in before.bytes() {
        match b {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth > 0
}

/// A ceasing predicate [`ceasing`] looks for; those in the passive are looked for only where
/// `được` stands.
struct Predicate {
    /// The phrase's searcher.
    finder: memchr::memmem::Finder<'static>,
    /// Its first word's searcher and the words after it, for a phrase a line break may part
    /// ([`find_wrapped`]); none for a phrase of one word. Built once: a searcher built for
    /// each clause cost more than its search.
    wrapped: Option<(memchr::memmem::Finder<'static>, &'static str)>,
    relation: &'static str,
    /// What it may be said of.
    of: Of,
    /// Where else than anywhere in the clause it stands.
    only: Only,
}

/// What a [`Predicate`] may be said of: the clause's subject, a part or the document itself.
#[derive(Clone, Copy)]
enum Of {
    Either,
    Part,
    Document,
}

impl Of {
    /// Whether a predicate said of this fits a subject that is a part (`of_a_part`) or not.
    fn fits(self, of_a_part: bool) -> bool {
        match self {
            Of::Either => true,
            Of::Part => of_a_part,
            Of::Document => !of_a_part,
        }
    }
}

/// Where in its clause a [`Predicate`] states this document's act.
#[derive(Clone, Copy)]
enum Only {
    Anywhere,
    /// As an item's verdict after a dash ([`verdict_after_dash`]).
    AfterDash,
    /// With words on from when after it ([`FROM_A_DATE`]).
    FromADate,
}

impl Predicate {
    fn new(phrase: &'static str, relation: &'static str, of: Of, only: Only) -> Self {
        let finder = memchr::memmem::Finder::new(phrase.as_bytes());
        let wrapped = phrase.split_once(' ').map(|(first, tail)| (memchr::memmem::Finder::new(first.as_bytes()), tail));
        Predicate { finder, wrapped, relation, of, only }
    }
}

/// Each predicate [`ceasing`] looks for, its searchers built once.
static PREDICATES: LazyLock<Vec<Predicate>> = LazyLock::new(|| {
    let ceasing = CEASING.iter().map(|&(p, relation)| Predicate::new(p, relation, Of::Either, Only::Anywhere));
    let replaced = PART_REPLACED_AFTER.iter().map(|&p| Predicate::new(p, REPLACES_PART, Of::Part, Only::Anywhere));
    let amended = AMENDED_AFTER.iter().map(|&p| Predicate::new(p, "amends", Of::Either, Only::Anywhere));
    let verdicts =
        VERDICTS_AFTER_DASH.iter().map(|&(p, relation)| Predicate::new(p, relation, Of::Either, Only::AfterDash));
    let unapplied = NO_LONGER_APPLIED.iter().map(|&p| Predicate::new(p, REPLACES_PART, Of::Document, Only::FromADate));
    ceasing.chain(replaced).chain(amended).chain(verdicts).chain(unapplied).collect()
});

/// Times [`whole_clause_start`] reads a clause further back than [`clause_start`] does.
const CLAUSE_READS: usize = 4;

/// Where the clause that [`clause_start`] puts at `clause` starts, read back past the bytes
/// it reads where it found no stop: a ceasing clause's subject may be long (`2. Kiểm tra kiến
/// thức pháp luật theo mô phỏng quy định tại điểm b khoản 1 Điều 6, được sửa đổi, bổ sung tại
/// Điều 6 Thông tư số 13/2025/TT-BCA … và điểm b khoản 2, … Điều 6 Thông tư số 65/2024/TT-BCA
/// hết hiệu lực`: 560 bytes from its label to the document).
fn whole_clause_start(text: &str, mut clause: usize) -> usize {
    for _ in 0..CLAUSE_READS {
        if !cut_short(text, clause) {
            break;
        }
        clause = clause_start(text, clause);
    }
    clause
}

/// Whether the clause [`clause_start`] put at `clause` was cut at its reach, not at a stop.
fn cut_short(text: &str, clause: usize) -> bool {
    clause > 0 && !text[..clause].ends_with(['.', ';', '\n'])
}

/// Where `predicate`'s phrase first stands in `hay`, its words parted by spaces or by a line
/// break a text layer wrapped there (`… trong lĩnh vực an ninh, trật tự hết hiệu⏎lực kể từ …`),
/// where it starts by `reach`. None for a phrase of one word.
fn find_wrapped(predicate: &Predicate, hay: &str, reach: usize) -> Option<usize> {
    // The bytes a phrase of `len` bytes that starts by `reach` may take.
    let upto = |len: usize| &hay.as_bytes()[..hay.len().min(reach + len)];
    let found = predicate.finder.find(upto(predicate.finder.needle().len()));
    // Only a phrase of its first word cut short by a break can stand before the plain match.
    let (first, tail) = predicate.wrapped.as_ref()?;
    let first_len = first.needle().len();
    let bound = found.unwrap_or(upto(first_len).len());
    let mut from = 0;
    while let Some(i) = first.find(&hay.as_bytes()[from..bound]) {
        let at = from + i;
        if words_follow(&hay[at + first_len..], tail) {
            return Some(at);
        }
        from = at + first_len;
    }
    found
}

/// Whether `hay` opens with the words of `words`, each after one or more spaces or line breaks.
fn words_follow(mut hay: &str, words: &str) -> bool {
    for word in words.split(' ') {
        let trimmed = hay.trim_start_matches([' ', '\n']);
        if trimmed.len() == hay.len() || !trimmed.starts_with(word) {
            return false;
        }
        hay = &trimmed[word.len()..];
    }
    true
}

/// Bytes of a clause's opening read for the word of a part ([`PARTS_REPLACED`]).
const PART_WORD_BYTES: usize = 24;

/// Whether `at` stands inside quotation marks that close again in `clause`: a phrase quoted
/// to be replaced or added (`Cụm từ "… 'Phần B. HỒ SƠ THỰC HIỆN THỦ TỤC …' bằng cụm từ
/// 'khoản 4 Điều 45 của Luật Đất đai' tại … Nghị định số 151/2025/NĐ-CP`), whose verbs are
/// no act of this document.
fn quoted(clause: &str, at: usize) -> bool {
    let (before, after) = clause.split_at(at);
    let straight = |q: char| before.matches(q).count() % 2 == 1 && after.contains(q);
    let curly =
        before.rfind('“').is_some_and(|open| before.rfind('”').is_none_or(|close| close < open)) && after.contains('”');
    straight('"') || straight('\'') || curly
}

/// Words a line that wraps cannot end its clause with: the reference that opens the next
/// line is their object (`Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều
/// của⏎Luật Hóa chất về …`), each with an example a test reads.
pub const OBJECT_BEFORE_WRAP: &[(&str, &str)] = &[
    ("của", "Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của\nLuật Hóa chất về hóa chất."),
    ("thi hành", "Nghị định này hướng dẫn thi hành\nLuật Báo chí về hoạt động báo chí."),
    ("tại", "Thông tư này hướng dẫn các nội dung quy định tại\nNghị định số 163/2024/NĐ-CP."),
    // The agent of an amendment: part of the basis, as on one line.
    ("bởi", "Căn cứ Luật Đầu tư công số 58/2024/QH15 được sửa đổi, bổ sung bởi\nLuật số 90/2025/QH15;"),
];

/// Where the clause of the reference at `at` starts when the reference opens the line after
/// `start` and the line before ends with a word of OBJECT_BEFORE_WRAP: the clause of that
/// line; else `start`.
fn object_line_start(text: &str, start: usize, at: usize) -> usize {
    if !text[start..at].trim_start_matches([' ', '*', '_']).is_empty() {
        return start;
    }
    let Some(line) = line_before(text, start) else { return start };
    let object = OBJECT_BEFORE_WRAP
        .iter()
        .any(|(w, _)| line.strip_suffix(w).is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '*', '_'])));
    if object { clause_start(text, start - 1) } else { start }
}

/// The line a line break right before `start` ends, without its trailing spaces; none where
/// `start` opens no line.
fn line_before(text: &str, start: usize) -> Option<&str> {
    (start > 0 && text.as_bytes()[start - 1] == b'\n')
        .then(|| text[line_start(text, start - 1)..start - 1].trim_end_matches(' '))
}

/// Where a metadata row starts when the reference at `at` stands in its value and its key is
/// a cue (`| **Thay thế** | Thông tư 44/2011/TT-BGDĐT; Thông tư 11/2013/TT-BGDĐT |`): the key
/// governs every document the value lists, past the `;` that would end a clause. Else
/// `start`. `line` is where the line of `at` starts.
fn row_start(text: &str, start: usize, at: usize, line: usize) -> usize {
    let row = &text[line..at];
    let Some(cells) = row.strip_prefix('|') else { return start };
    let Some((key, value)) = cells.split_once('|') else { return start };
    if start <= line || value.contains('|') || key.len() > 60 {
        return start;
    }
    // A basis row is read as a `Căn cứ` line is, each item on its own after `;` (`| Căn cứ
    // pháp lý | Luật Ban hành văn bản QPPL (2015, sửa đổi 2025); NĐ 78/2025/NĐ-CP |`: the
    // decree is no document amended).
    let keyed = with_lower(key, |k| cues(k).next().is_some_and(|m| relation_of(&m) != "basis"));
    if keyed { line } else { start }
}

/// Notes in brackets after a document in a table's row that say what this document does to
/// it, the agent unsaid (`(được sửa đổi, bổ sung)`), each with its relation. A note is matched
/// without its marks too (`(sua doi mot phan)`: a page that lost them).
pub const ROW_NOTES: &[(&str, &str)] = &[
    ("sửa đổi", "amends"),
    ("bổ sung", "amends"),
    ("bãi bỏ", "repeals"),
    ("hết hiệu lực", "repeals"),
    ("thay thế", "replaces"),
];

/// A note that is only `bị bỏ`, struck out: repealed (`- [Nghi dinh so 35/2019/ND-CP](…) (bi
/// bo)`, a list of related documents without marks). Only as the whole note: `bỏ` alone is
/// no cue (`bỏ phiếu`, `bỏ trốn`).
const STRUCK_OUT: &str = "bi bo";

/// The act a note in brackets right after a document that ends at `end` states, in a table's
/// row (`| Văn bản thay thế | NĐ 181/2025/NĐ-CP (được sửa đổi, bổ sung) |`); none where the
/// note names who did it (`(sửa đổi bởi Thông tư 12/2025/TT-BTC)`) or a year.
pub fn row_note(text: &str, end: usize) -> Option<&'static str> {
    if !text[line_start(text, end)..].starts_with('|') {
        return None;
    }
    note_act(&text[end..])
}

/// The act a note in brackets after a list item's link states, the link's text the document
/// that ends at `end` (`- [Nghi dinh so 35/2019/ND-CP](https://vanban.chinhphu.vn/) (bi bo)`,
/// a page's list of related documents): what this document does to it, as a row's note says.
pub fn link_note(text: &str, end: usize) -> Option<&'static str> {
    let item = text[line_start(text, end)..].trim_start_matches(' ');
    if !["- [", "* ["].iter().any(|m| item.starts_with(m)) {
        return None;
    }
    let address = text[end..].strip_prefix("](")?;
    note_act(&address[address.find(')')? + 1..])
}

/// The act of the note in brackets that `rest` opens with, spaces aside; see [`ROW_NOTES`].
fn note_act(rest: &str) -> Option<&'static str> {
    let rest = rest.trim_start_matches(' ');
    let note = &rest.strip_prefix('(')?[..rest.find(')')? - 1];
    if note.contains(['|', '(']) || note.contains(" bởi") || note.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let lower = crate::tables::fold(&note.to_lowercase());
    if lower.contains(" boi") {
        return None;
    }
    if lower.trim_end() == STRUCK_OUT {
        return Some("repeals");
    }
    let act = ["da duoc ", "duoc ", "bi "].iter().find_map(|w| lower.strip_prefix(w)).unwrap_or(&lower);
    ROW_NOTES.iter().find(|(w, _)| act.starts_with(&crate::tables::fold(w))).map(|(_, relation)| *relation)
}

/// Whether `at` opens a line whose line break before it `wrapped` reads as a wrap.
pub(crate) fn wrap_before(text: &str, at: usize, wrapped: fn(&str, usize) -> bool) -> bool {
    at > 0 && text.as_bytes()[at - 1] == b'\n' && wrapped(text, at - 1)
}

/// Whether the line break at `j` only wraps a sentence (a PDF's text layer, hard-wrapped):
/// the line before goes on without a stop, and the next one in small letters that are no
/// list label (`a)`, `đ.`).
pub(crate) fn hard_wrapped(text: &str, j: usize) -> bool {
    let after = &text[j + 1..];
    goes_on(text, j)
        && (goes_on_in_small_letters(after)
            || goes_on_with_a_part(after)
            || ends_with_a_part(&text[..j])
            || wrapped_in_a_date(&text[..j], after)
            || (ends_with_a_joining_word(&text[..j]) && after.trim_start_matches(' ').starts_with(char::is_alphabetic))
            || (text[..j].trim_end_matches(' ').ends_with(" Việt") && after.starts_with("Nam"))
            || page_number_between(after))
}

/// Words no sentence ends with, which join what the next line says to what this one did
/// (`… ngày 12 tháng 7 năm 2026 của⏎Chính phủ quy định …`, `… được sửa đổi, bổ sung bởi⏎Luật
/// số …`): the next line goes on, whatever letter it opens with.
const JOINING_WORDS: &[&str] = &["và", "của", "bởi"];

/// Whether `before`, a line up to its break, ends with one of [`JOINING_WORDS`].
fn ends_with_a_joining_word(before: &str) -> bool {
    let before = before.trim_end_matches(' ');
    crate::tables::ends_with_word(before, JOINING_WORDS)
}

/// Whether a line break parts a date's word from its number (`… Luật Quản lý thuế ngày 13
/// tháng 6 năm⏎2019, Nghị định số …`).
fn wrapped_in_a_date(before: &str, after: &str) -> bool {
    after.starts_with(|c: char| c.is_ascii_digit())
        && [" ngày", " tháng", " năm"].iter().any(|w| before.trim_end_matches(' ').ends_with(w))
}

/// Whether `before` ends with a part of a document named by its number, whose document the
/// next line must name (`Nghị định này quy định chỉ tiết khoản 3 Điều 14 và khoản 7 Điều 88⏎
/// Luật Xây dựng số 135/2025/QH15`), or with the `số` before a number (`… bởi các Luật số
/// 43/2024/QH15, …, số⏎71/2025/QH15`).
fn ends_with_a_part(before: &str) -> bool {
    const PARTS: &[&str] = &["Điều", "điều", "khoản", "Khoản", "điểm", "Điểm", "Mục", "mục", "Chương", "chương"];
    let before = before.trim_end_matches(' ');
    if before.strip_suffix("số").is_some_and(|b| b.is_empty() || b.ends_with([' ', '\n'])) {
        return true;
    }
    let mut words = before.rsplit([' ', '\n']);
    let (Some(label), Some(part)) = (words.next(), words.next()) else { return false };
    !label.is_empty()
        && label.len() <= 4
        && label.chars().all(|c| c.is_ascii_alphanumeric() || c == 'đ')
        && label.chars().any(|c| c.is_ascii_digit())
        && PARTS.contains(&part)
}

/// Whether `after` opens with a part of a document named by its number, as a line a text
/// layer wrapped in a list of parts may (`… tại khoản 6 Điều 20, khoản 5⏎Điều 60 Nghị định
/// số 165/2024/NĐ-CP`, `… Mẫu số 05⏎Phụ lục HI kèm theo …`), not as an article's heading
/// (`Điều 60. Tên …`).
fn goes_on_with_a_part(after: &str) -> bool {
    const PARTS: &[&str] = &["Điều ", "Phụ lục ", "Mục ", "Khoản ", "Điểm "];
    let Some(rest) = PARTS.iter().find_map(|p| after.strip_prefix(p)) else { return false };
    let label = rest.split([' ', '\n']).next().unwrap_or("");
    !label.is_empty()
        && label.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && rest[label.len()..].starts_with(' ')
}

/// Whether `after` opens in small letters that are no list label (`a)`, `đ.`).
fn goes_on_in_small_letters(after: &str) -> bool {
    let mut chars = after.chars();
    chars.next().is_some_and(char::is_lowercase) && !matches!(chars.next(), Some(')' | '.'))
}

/// Whether the line a line break at `j` ends goes on past it: it holds text and ends with no
/// stop, label or markup's mark.
fn goes_on(text: &str, j: usize) -> bool {
    let before = text[..j].trim_end_matches(' ');
    !before.is_empty() && (!before.ends_with(['\n', ';', ':', '.', '|', '*']) || stray_bar(before))
}

/// Whether `line` (through its end) ends with a `|` OCR glued to its last word, on a line
/// that holds no other: a page's edge, not a table's (`… xã hội hóa trong lĩnh|⏎vực giáo dục
/// …`, Quyết định 1255/QĐ-TTg of 2026 in a scanned copy).
fn stray_bar(line: &str) -> bool {
    line.strip_suffix('|').is_some_and(|before| {
        before.ends_with(char::is_alphabetic)
            && memchr::memrchr2(b'|', b'\n', before.as_bytes()).is_none_or(|i| before.as_bytes()[i] == b'\n')
    })
}

/// Cue phrases as written and without diacritics (`thuc hien`), with their relations.
static CUE_PHRASES: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    let mut v: Vec<(String, &'static str)> = CUES.iter().map(|c| (c.phrase.to_string(), c.relation)).collect();
    v.extend(CUES.iter().map(|c| (crate::tables::fold(c.phrase), c.relation)));
    v.dedup_by(|a, b| a.0 == b.0);
    v
});

static CUE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        // No prefilter: a clause is a few dozen bytes (most of them `Căn cứ `), too short for
        // one to pay, and building it cost 0.5 M instructions a run.
        .prefilter(false)
        .build(CUE_PHRASES.iter().map(|(p, _)| p))
        .expect("cue phrases")
});

/// Bytes of the longest cue phrase, and room for lower case to lengthen a few letters.
static LONGEST_CUE: LazyLock<usize> =
    LazyLock::new(|| CUE_PHRASES.iter().map(|(p, _)| p.len()).max().unwrap_or(0) + 16);

/// The cues of `lower` (lower-cased), in order, but for those of [`OPENING_PHRASES`] that do
/// not open their clause: `Bổ sung Mẫu số 14a … tại Phụ lục ban hành kèm theo Nghị định số
/// 124/2020/NĐ-CP` amends, `bổ sung kinh phí theo …` or a list's label `**Danh mục bổ sung
/// giống cây trồng:**` says nothing, and what came before still governs. Nor does an act
/// proposed (`Đề xuất sửa đổi, bổ sung … Nghị quyết số 09/2022/NQ-HĐND`, [`PROPOSING`]): the
/// document only names what would be acted on. (As phrases of the finder the proposals were
/// a hundred patterns more, past what its fastest searcher takes: 4 % of a scan.)
///
/// [`PROPOSING`]: crate::tables::PROPOSING
fn cues(lower: &str) -> impl Iterator<Item = aho_corasick::Match> + '_ {
    CUE_FINDER.find_iter(lower).filter(|m| {
        let phrase = &lower[m.start()..m.end()];
        (!OPENING_PHRASES.contains(&phrase)
            || (opens_clause(&lower[..m.start()]) && !PLACE_OF_ACT.iter().any(|w| lower[m.end()..].starts_with(w)))
            || passive_with_agent(lower, m))
            && !crate::tables::CUE_NOT_BEFORE
                .iter()
                .any(|(p, next, _)| *p == phrase && lower[m.end()..].starts_with(next))
            && !proposed(lower, m)
            && !assigned(lower, m)
    })
}

/// Whether the act cue `m` of `lower` is a task its clause gives a body: a word of
/// [`ASSIGNING`] earlier in the clause, a body of [`ASSIGNEES`] named right after it (`giao
/// Phòng Dân tộc hướng dẫn`; not `mẫu phiếu yêu cầu cung cấp thông tin`, a form's name).
///
/// [`ASSIGNING`]: crate::tables::ASSIGNING
/// [`ASSIGNEES`]: crate::tables::ASSIGNEES
fn assigned(lower: &str, m: &aho_corasick::Match) -> bool {
    /// The most bytes from the assigning word to the cue: `giao Ủy ban nhân dân các huyện, thị xã`.
    const ASSIGNEE: usize = 64;
    crate::tables::PROPOSED_ACTS.contains(&relation_of(m)) && {
        let before = &lower[..m.start()];
        // The last bytes of the cue's clause only: no search back through a long clause for
        // every cue.
        let near = before.ceil_char_boundary(before.len().saturating_sub(ASSIGNEE));
        let near = before[near..].rfind([';', '.', '\n', ':']).map_or(near, |i| near + i + 1);
        static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> =
            LazyLock::new(|| finders(&crate::tables::ASSIGNING.iter().map(|&(w, _)| w).collect::<Vec<_>>()));
        FINDERS.iter().any(|w| {
            w.find_iter(&before.as_bytes()[near..]).any(|i| {
                let at = near + i;
                let assignee = before[at + w.needle().len()..].strip_prefix(' ').unwrap_or_default();
                !before[..at].ends_with(char::is_alphanumeric)
                    && crate::tables::ASSIGNEES.iter().any(|b| assignee.starts_with(b))
            })
        })
    }
}

/// Whether the cue `m` is passive and names its agent right after (`có nội dung được bổ sung
/// bởi Điều 2 Nghị định số 11/2019/NĐ-CP`, as the Bộ pháp điển notes what amended an
/// article): an act done, whatever stands before it.
fn passive_with_agent(lower: &str, m: &aho_corasick::Match) -> bool {
    lower[..m.start()].ends_with("được ") && lower[m.end()..].starts_with(" bởi ")
}

/// Whether the act cue `m` of `lower` is proposed, not done: a word of [`PROPOSING`] (or the
/// word without its marks) right before it.
///
/// [`PROPOSING`]: crate::tables::PROPOSING
fn proposed(lower: &str, m: &aho_corasick::Match) -> bool {
    static WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
        let words = crate::tables::PROPOSING.iter().map(|(w, _)| w.to_string());
        words.clone().chain(words.map(|w| crate::tables::fold(&w))).collect()
    });
    crate::tables::PROPOSED_ACTS.contains(&relation_of(m)) && {
        let before = lower[..m.start()].trim_end_matches(' ');
        WORDS.iter().any(|w| before.strip_suffix(w.as_str()).is_some_and(|b| !b.ends_with(char::is_alphanumeric)))
    }
}

/// Words after a verb that say where or by whom it was done, as a passive wrapped after its
/// comma does (`… (đã được sửa đổi,⏎bổ sung tại khoản 12 Điều 4 của Nghị định số
/// 226/2025/NĐ-CP)`): an act of this document names what it adds first (`Bổ sung Mẫu số 14a
/// vào …`).
const PLACE_OF_ACT: &[&str] = &[" tại ", " bởi "];

/// The relation of a cue the finder matched.
fn relation_of(m: &aho_corasick::Match) -> &'static str {
    CUE_PHRASES[m.pattern().as_usize()].1
}

/// Searchers for `words`, built once by the caller's `LazyLock`: a search that builds its
/// searcher at every call costs more than the search.
fn finders(words: &[&'static str]) -> Vec<memchr::memmem::Finder<'static>> {
    words.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes())).collect()
}

thread_local! {
    /// Each thread's buffer for lower-cased clauses: one allocation per thread, not per
    /// reference.
    static LOWER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The lower case of the letters Vietnamese is written in, without the general table's
/// search: Latin-1 capitals are 0x20 below their small letters, and in Latin Extended
/// Additional (`Ạ`–`ỹ`) each capital is the even code point before its small letter.
fn vietnamese_lower(c: char) -> Option<char> {
    let u = c as u32;
    match u {
        0xE0..=0xFF => Some(c),
        0x1EA1..=0x1EF9 if u & 1 == 1 => Some(c),
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20),
        0x1EA0..=0x1EF8 if u & 1 == 0 => char::from_u32(u + 1),
        0x110 | 0x102 | 0x128 | 0x168 | 0x1A0 => char::from_u32(u + 1),
        0x111 | 0x103 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => Some(c),
        0x1AF => Some('ư'),
        _ => None,
    }
}

/// Calls `f` with `text` in lower case, as `str::to_lowercase` writes it.
///
/// The verb OCR misread with a letter of another length is put right
/// ([`mend_misread_lengths`]): offsets in the lowered text may then differ from the text's;
/// where they are read back into the text, [`with_lower_grown`] says by how much.
pub fn with_lower<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    with_lower_mut(text, |_| {}, |lower, _| f(lower))
}

/// [`with_lower`], `f` told where the mend lengthened the text.
pub fn with_lower_grown<R>(text: &str, f: impl FnOnce(&str, &Grown) -> R) -> R {
    with_lower_mut(text, |_| {}, f)
}

/// `text` in lower case, as `str::to_lowercase` writes it but without the general table's
/// search for the letters Vietnamese is written in; unlike [`with_lower`], the verb OCR
/// misread is left as it stands.
pub fn to_lower(text: &str) -> String {
    let mut lower = String::with_capacity(text.len());
    lower_into(text, &mut lower);
    lower
}

/// `text` in lower case into `out`, in place where every character keeps its length.
fn lower_into(text: &str, out: &mut String) {
    if !lower_in_place(text, out) {
        out.clear();
        lower_char_by_char(text, out);
    }
}

/// [`with_lower`], the lowered text in the per-thread buffer: `prepare` may change it in place,
/// each of its characters for one of its length, before the verb OCR misread is put right;
/// `f` gets where that lengthened it ([`Grown`]).
fn with_lower_mut<R>(text: &str, prepare: impl FnOnce(&mut String), f: impl FnOnce(&str, &Grown) -> R) -> R {
    LOWER.with(|cell| {
        let mut lower = cell.borrow_mut();
        let lower = &mut *lower;
        lower_into(text, lower);
        prepare(lower);
        // Where neither word of the verb stands, neither mend has a letter to put right.
        let grown = if mend_misread_tones(lower) { mend_misread_lengths(lower) } else { Grown::default() };
        f(lower, &grown)
    })
}

/// Where [`mend_misread_lengths`] put a letter of three bytes for one of two in a lowered
/// text: the offsets, in the mended text, of the letters put right, in order. Empty, as in
/// nearly every text, offsets are the same in the text and its lowered copy.
#[derive(Default)]
pub struct Grown(Vec<usize>);

impl Grown {
    /// The offset in the text as written of `i`, a character's boundary in the mended text.
    pub fn to_text(&self, i: usize) -> usize {
        i - self.0.iter().take_while(|&&p| p < i).count()
    }

    /// The offset in the mended text of `j`, a character's boundary in the text as written.
    pub fn to_lower(&self, j: usize) -> usize {
        j + self.0.iter().enumerate().take_while(|&(n, &p)| p - n < j).count()
    }
}

/// The verb `sửa đổi, bổ sung` as OCR reads it with a letter of another length (`sửa đôi, bô
/// sung`, `sửa đôi, bổ sung`, `sửa đổi, bô sung`: some 35 times in shared/corpus/real, as in
/// `được⏎sửa đôi, bô sung bởi Luật số 118/2025/QH15` of Nghị định 236/2026/NĐ-CP, which gave
/// no amends edge), put right in the lowered text: `ô` (two bytes) made `ổ` (three) in `đôi`
/// after `sửa ` and in `bô` before ` sung`. As cue phrases they were read as acts of the
/// citing document where `sửa đổi` is read as another's title (Thông tư 60/2026/TT-BTC): put
/// right, every reading sees the verb as in a clean text. Offsets then differ after each
/// letter put right, which the result records; nothing is copied or searched past one
/// `memmem` pass where no `ô` stands in either word.
fn mend_misread_lengths(lower: &mut String) -> Grown {
    use memchr::memmem::Finder;
    // `ô` is C3 B4, `ổ` E1 BB 95.
    static VERB: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("sửa đô"));
    static SUNG: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("bô sung"));
    let bytes = lower.as_bytes();
    let word_ends = |at: usize| !lower[at..].starts_with(char::is_alphanumeric);
    let word_starts = |at: usize| !lower[..at].ends_with(char::is_alphanumeric);
    let verbs = VERB
        .find_iter(bytes)
        .map(|i| i + "sửa đ".len())
        .filter(|&at| bytes.get(at + 2) == Some(&b'i') && word_starts(at - "sửa đ".len()) && word_ends(at + 3));
    let sungs =
        SUNG.find_iter(bytes).map(|i| i + 1).filter(|&at| word_starts(at - 1) && word_ends(at + 2 + " sung".len()));
    let mut at: Vec<usize> = verbs.chain(sungs).collect();
    if at.is_empty() {
        return Grown::default();
    }
    at.sort_unstable();
    let mut mended = String::with_capacity(lower.len() + at.len());
    let mut from = 0;
    let mut grown = Vec::with_capacity(at.len());
    for &a in &at {
        mended.push_str(&lower[from..a]);
        grown.push(mended.len());
        mended.push('ổ');
        from = a + 'ô'.len_utf8();
    }
    mended.push_str(&lower[from..]);
    *lower = mended;
    Grown(grown)
}

/// The tones OCR misreads in the verb `sửa đổi, bổ sung` (`sửa đối`, `sửa đỗi`, `sửa đồi`,
/// `bỗ sung`, `bố sung`, `bồ sung`: some 130 times in shared/corpus/real, in 40 files; audit
/// 2209 found `được sửa đối, bỗ sung bởi Luật số 118/2025/QH15` gave no amends edge), put
/// right in place: each has the letter's length. Those of another length (`sửa đôi`, `bô
/// sung`, 35 times) are not: as cue phrases they were read as acts of the citing document
/// where `sửa đổi` is read as another's title (Thông tư 60/2026/TT-BTC).
///
/// Returns whether `sửa đ` or ` sung` stands in `lower` at all (this mend makes or removes
/// neither): most clauses hold neither, and then [`mend_misread_lengths`], whose words open
/// or end with them, has nothing to look for.
fn mend_misread_tones(lower: &mut String) -> bool {
    use memchr::memmem::Finder;
    static VERB: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("sửa đ"));
    static SUNG: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" sung"));
    // `ố`, `ỗ`, `ồ` and `ổ`: E1 BB 91, 97, 93 and 95.
    let misread = |b: &[u8]| b.len() >= 3 && b[0] == 0xE1 && b[1] == 0xBB && matches!(b[2], 0x91 | 0x93 | 0x97);
    // Positions of the misread letters; nothing is copied where there are none, as in most
    // texts.
    let bytes = lower.as_bytes();
    // Both words hold an `s`, which most clauses (`căn cứ `) lack: one pass over its places
    // says whether either stands, where two searches cost more than the clause's lowering.
    let stands =
        |i: usize| bytes[i..].starts_with(VERB.needle()) || bytes[i.saturating_sub(1)..].starts_with(SUNG.needle());
    if !memchr::memchr_iter(b's', bytes).any(stands) {
        return false;
    }
    let verbs = VERB.find_iter(bytes).map(|i| i + "sửa đ".len());
    let verbs: Vec<usize> = verbs.filter(|&at| misread(&bytes[at..]) && bytes.get(at + 3) == Some(&b'i')).collect();
    let sungs = SUNG.find_iter(bytes).filter(|&i| i >= 4).map(|i| i - 3);
    let sungs: Vec<usize> = sungs.filter(|&at| bytes[at - 1] == b'b' && misread(&bytes[at..])).collect();
    if verbs.is_empty() && sungs.is_empty() {
        return true;
    }
    let mut bytes = std::mem::take(lower).into_bytes();
    for at in verbs.into_iter().chain(sungs) {
        bytes[at + 2] = 0x95;
    }
    *lower = String::from_utf8(bytes).expect("a tone mark changed for another of its length");
    true
}

/// [`with_lower`] of `text[range]`, each line break that only wraps a sentence made a space:
/// cue phrases read across it (`quy định⏎tại`, `được sửa⏎đổi, bổ sung tại`).
fn with_lower_unwrapped<R>(text: &str, range: Range<usize>, f: impl FnOnce(&str, &Grown) -> R) -> R {
    let part = &text[range.clone()];
    let unwrap = |lower: &mut String| {
        // Where lower case kept every length, the breaks stand where they stand in `text`.
        if lower.len() == part.len() {
            for i in memchr::memchr_iter(b'\n', part.as_bytes()) {
                if hard_wrapped(text, range.start + i) {
                    lower.replace_range(i..i + 1, " ");
                }
            }
        }
    };
    with_lower_mut(part, unwrap, f)
}

/// `text` in lower case into `out` where every character keeps its length (ASCII, the letters
/// Vietnamese is written in, and most others): the bytes are copied, ASCII capitals lowered
/// over the whole buffer in one vector loop, then each character outside ASCII mended in
/// place. False (and `out` unfinished) where a character's lower case has another length or
/// depends on its neighbours; [`lower_char_by_char`] then does the work.
fn lower_in_place(text: &str, out: &mut String) -> bool {
    out.clear();
    out.push_str(text);
    out.make_ascii_lowercase();
    if text.is_ascii() {
        return true;
    }
    let mut bytes = std::mem::take(out).into_bytes();
    let mut i = 0;
    let mut fine = true;
    loop {
        i = next_lead_byte(&bytes, i);
        let Some(&x) = bytes.get(i) else { break };
        // Latin-1 capitals (`À`-`Þ` but `×`) are their small letters less 0x20.
        if x == 0xC3 {
            let y = bytes[i + 1];
            if (0x80..=0x9E).contains(&y) && y != 0x97 {
                bytes[i + 1] = y + 0x20;
            }
            i += 2;
            continue;
        }
        // `Ạ`-`ỹ` (U+1EA0-U+1EF9, E1 BA A0 to E1 BB B9), half the letters of a Vietnamese
        // text outside ASCII, lowered on their bytes as [`vietnamese_lower`] does on the
        // character: a capital's code point, and so its last byte, is even, its small letter's
        // one more. Decoding each cost more than the rest of the loop.
        if x == 0xE1 && matches!((bytes[i + 1], bytes[i + 2]), (0xBA, 0xA0..) | (0xBB, ..=0xB9)) {
            bytes[i + 2] |= 1;
            i += 3;
            continue;
        }
        let c = text[i..].chars().next().expect("a character starts at a lead byte");
        let n = c.len_utf8();
        let l = match vietnamese_lower(c) {
            Some(l) => l,
            None if c == 'Σ' => {
                fine = false;
                break;
            }
            None => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) if l.len_utf8() == n => l,
                    _ => {
                        fine = false;
                        break;
                    }
                }
            }
        };
        // Most letters of a clause are small already: nothing to write.
        if l != c {
            l.encode_utf8(&mut bytes[i..i + n]);
        }
        i += n;
    }
    // SAFETY: `bytes` began as `text`, valid UTF-8; only ASCII capitals were changed (to
    // ASCII), and whole characters, each to the encoding of a character of the same length at
    // the same place. Checking it again cost a third of this function.
    *out = unsafe { String::from_utf8_unchecked(bytes) };
    fine
}

/// Where the first byte at or after `i` stands that opens a character outside ASCII (0xC0 and
/// up; `bytes` is UTF-8): [`lower_in_place`] has nothing to do before it. Eight bytes are
/// looked at a time, as the gaps between such letters are of a few bytes and many longer.
fn next_lead_byte(bytes: &[u8], mut i: usize) -> usize {
    // A lead byte has both top bits set: shifted a bit up, each byte's 0x40 meets its 0x80.
    const TOP: u64 = 0x8080_8080_8080_8080;
    while let Some(eight) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
        let leads = w & (w << 1) & TOP;
        if leads != 0 {
            return i + (leads.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    // Fewer than eight bytes are left (`i` is at most the length: a character's end).
    i + bytes[i..].iter().position(|&b| b >= 0xC0).unwrap_or(bytes.len() - i)
}

/// `text` in lower case, a run of ASCII or a character at a time.
fn lower_char_by_char(text: &str, lower: &mut String) {
    // Greek final sigma is the one letter whose lower case depends on its neighbours.
    if text.contains('Σ') {
        lower.push_str(&text.to_lowercase());
        return;
    }
    let mut rest = text;
    while !rest.is_empty() {
        let run = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let at = lower.len();
        lower.push_str(&rest[..run]);
        lower.as_mut_str()[at..].make_ascii_lowercase();
        rest = &rest[run..];
        if let Some(c) = rest.chars().next() {
            match vietnamese_lower(c) {
                Some(l) => lower.push(l),
                None => lower.extend(c.to_lowercase()),
            }
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// The last cue of a text, as `cue_in` finds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Where the cue starts and ends.
    pub start: usize,
    pub end: usize,
    pub relation: &'static str,
    /// Whether what follows the cue is its agent (`được sửa đổi, bổ sung bởi …`): what
    /// stands after it does the act to what stands before, not the other way round.
    pub by_agent: bool,
}

/// The last cue in `text`: where it ends, the relation it signals, and whether the verb
/// is passive or names its agent after it.
pub fn cue_in(text: &str) -> Option<Cue> {
    with_lower_grown(text, |lower, grown| {
        // Between two references too (the law does not guide the decree after `các văn bản
        // hướng dẫn,`: shared/corpus/real, Nghị định 130/2005 as codified).
        cues(lower).filter(|m| !names_documents_in_general(&lower[..m.start()])).last().map(|m| {
            let by_agent = agent_follows(&lower[..m.start()], &lower[m.end()..]);
            // `… sửa đổi, bổ sung và bãi bỏ một số điều của Thông tư số 41/2018/TT-BYT`, a title
            // between two references, amends the second. After a passive verb the part named
            // is the agent's (`bị bãi bỏ bởi Điều 2 Nghị định số 33/2012/NĐ-CP`).
            let relation = relation_of(&m);
            let relation =
                if by_agent { relation } else { of_what_is_removed(relation, &lower[..m.start()], &lower[m.end()..]) };
            Cue { start: grown.to_text(m.start()), end: grown.to_text(m.end()), relation, by_agent }
        })
    })
}

/// Whether the word `theo` (according to) stands in `rest` (` theo ` or ` theo` at a line's
/// end); `kèm theo` (attached to: `Quy chế ban hành kèm theo Quyết định …`) is no such word.
/// Nor is the `theo` of a law's official name (`Luật Đầu tư theo phương thức đối tác công tư`,
/// listed after the cue in `Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật
/// Đầu tư theo phương thức đối tác công tư, Luật Hải quan …`).
fn theo_follows(rest: &str) -> bool {
    static THEO: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(" theo"));
    // The names that hold the word, lower-cased, as what stands before it and from it on.
    static NAMES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
        crate::tables::law_name_entries()
            .filter_map(|(kind, name)| {
                let full = format!("{kind} {name}").to_lowercase();
                let at = full.find(" theo ")?;
                Some((full[..at].to_string(), full[at..].to_string()))
            })
            .collect()
    });
    let b = rest.as_bytes();
    // As in [`agent_follows`], no iterator over a rest too short for the word.
    if b.len() < THEO.needle().len() {
        return false;
    }
    THEO.find_iter(b).any(|i| {
        matches!(b.get(i + 5), Some(b' ' | b'\n'))
            && !b[..i].ends_with("kèm".as_bytes())
            // Words quoted are the text acted on (`Bãi bỏ điều kiện "chỉ được kinh doanh … theo
            // giấy phép …" (điểm đ khoản 2 Điều 49 Luật 42/2024/QH15)`), not this one's.
            && !quoted(rest, i)
            && !NAMES
                .iter()
                .any(|(before, from)| rest[..i].ends_with(before.as_str()) && rest[i..].starts_with(from.as_str()))
            && !THEO_IN_TITLES.iter().any(|t| rest[i..].starts_with(t))
    })
}

/// `theo` in the title of an annex or a list, not what the text goes by: `Biểu thuế xuất khẩu
/// theo Danh mục mặt hàng chịu thuế ban hành kèm theo Nghị định số 26/2023/NĐ-CP` (amended by
/// Nghị định 201/2026). Lower-cased, with the space before.
const THEO_IN_TITLES: &[&str] = &[" theo danh mục "];

/// Whether the guiding cue `cue`, after `lead` in its clause (lower-cased), is the text's own
/// scope (`Thông tư này hướng dẫn …`, its title `Thông tư hướng dẫn …` where `own_kind` is
/// `Thông tư`) or opens a title (`Hướng dẫn thực hiện …`). A bare `hướng dẫn` opening a clause
/// is as often an instruction to someone.
fn guidance_of_its_own(lead: &str, own_kind: Option<&str>, cue: &aho_corasick::Match) -> bool {
    let lead = lead.trim_matches([' ', '*', '_', '\n']);
    let phrase = CUE_PHRASES[cue.pattern().as_usize()].0.as_str();
    lead.ends_with(" này")
        || own_kind.is_some_and(|k| k.len() == lead.len() && k.to_lowercase() == lead)
        || lead.is_empty() && !matches!(phrase, "hướng dẫn" | "huong dan")
}

/// Whether `gap`, the words between two references, is the first one's title, opened by
/// guidance of the second, named right after `theo` (`Thông tư liên tịch số
/// 14/2012/TTLT-BCA-BLĐTBXH-BTC Hướng dẫn thực hiện một số chế độ … theo Nghị định số
/// 23/2012/NĐ-CP`), or of what the second issued, named right before `ban hành kèm theo`
/// (`Thông tư số 36/2006/TT-BVHTT Hướng dẫn thực hiện một số điều của Quy chế đặt tên … ban
/// hành kèm theo Nghị định số 91/2005/NĐ-CP`: the decree's own regulation): the first guides
/// the second, however long the title.
pub fn title_guides_next(gap: &str) -> bool {
    with_lower(gap, |lower| {
        cues(lower).next().is_some_and(|m| {
            let lead = lower[..m.start()].trim_matches([' ', ',', '-', '–', ':', '*', '_']);
            let rest = &lower[m.end()..];
            relation_of(&m) == "guides"
                && lead.is_empty()
                && guidance_of_its_own(lead, None, &m)
                && (theo_follows(rest) && details_what_follows(lead, None, &m, rest) || issued_with_next(rest))
        })
    })
}

/// The words that name what a document issued, right before it (`Quy chế … ban hành kèm theo
/// Nghị định số 91/2005/NĐ-CP`).
pub const ISSUED_WITH: &str = "ban hành kèm theo";

/// Whether the words after a title's guiding cue, up to the next reference, name what that
/// reference issued (`một số điều của Quy chế đặt tên, đổi tên đường, phố và công trình công
/// cộng ban hành kèm theo `), with no other `theo` than that one's. Lower-cased.
fn issued_with_next(rest: &str) -> bool {
    let rest = rest.trim_end_matches([' ', '\n']);
    rest.strip_suffix(ISSUED_WITH).and_then(|named| named.strip_suffix(' ')).is_some_and(|named| {
        let named = named.trim();
        !named.is_empty() && !named.contains(" theo ") && !named.contains(['"', '“', '(', ')'])
    })
}

/// Whether a guiding cue's articles, of no document named before `theo`, are those of the
/// document after it: `Quy định chi tiết và biện pháp thi hành một số điều về cơ chế, chính
/// sách … theo Nghị quyết số 250/2025/QH15` details that resolution; so does guidance `theo`
/// a provision of it. `rest` is lower-cased.
fn details_what_follows(lead: &str, own_kind: Option<&str>, cue: &aho_corasick::Match, rest: &str) -> bool {
    if relation_of(cue) != "guides" {
        return false;
    }
    let Some(theo) = rest.find(" theo") else { return false };
    let before = &rest[..theo];
    // `Thông tư này hướng dẫn việc xác thực … theo quy định tại khoản 2 Điều 18 Nghị định số
    // 163/2024/NĐ-CP`: the provision of the reference that calls for the guidance.
    let after = rest[theo + " theo".len()..].trim_start();
    let after = ["quy định tại ", "quy định của "].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let provision = after.len() <= 60
        && ["khoản ", "điều ", "điểm "].iter().any(|w| after.starts_with(w))
        && !after.contains(" quy định");
    // The reference right after `theo`, where the guidance is the text's own (`Thông tư này
    // hướng dẫn phương pháp … theo quy định tại Nghị định số 85/2020/NĐ-CP`) or the title it
    // opens (`Hướng dẫn thực hiện một số chế độ … theo Nghị định số 23/2012/NĐ-CP`): relations
    // audit 2180 found five such read as mere citations. Not a verb of instructing someone
    // (`Đã hướng dẫn UBND các huyện lập danh sách đối tượng theo Kế hoạch số 55/KH-UBND`).
    let own = || guidance_of_its_own(lead, own_kind, cue);
    provision
        || before.find("một số điều").is_some_and(|at| !before[at..].contains(" của "))
        || after.trim_end().is_empty() && own()
}

/// Whether the reference is the agent of the cue's verb, or what came of it, from the words
/// before the cue (`before`) and between it and the reference (`rest`): `sửa đổi, bổ sung bởi
/// Luật số 67/2020/QH14` (amended by), `được sửa đổi, bổ sung tại Nghị định số 48/2023/NĐ-CP`
/// (amended in), `đã được sửa đổi, bổ sung thành Phụ lục II … Thông tư số 02/2024/TT-BLĐTBXH`.
/// Without the passive, `tại` says where the verb acts: `nội dung thực hiện tại mục II của Kế
/// hoạch số 43/KH-UBND`.
fn agent_follows(before: &str, rest: &str) -> bool {
    static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| finders(AGENT_WORDS));
    let b = rest.as_bytes();
    // Not even an iterator (it copies its finder) over a rest too short for the word, as is
    // the space between most cues and their reference.
    let by = FINDERS.iter().any(|f| {
        b.len() >= f.needle().len()
            && f.find_iter(b).any(|i| {
                (i == 0 || matches!(b[i - 1], b' ' | b'(' | b'\n'))
                    && matches!(b.get(i + f.needle().len()), None | Some(b' ' | b'\n'))
            })
    });
    // A table's label (`| Văn bản được sửa đổi | Thông tư 17/2016/TT-NHNN |`) names its cell.
    // A note in brackets after a document says what befell it, with or without `được`
    // (`100/2024/NĐ-CP … (đã sửa đổi tại 261/2025/NĐ-CP)`).
    let passive = PASSIVE_WORDS.iter().any(|w| before.ends_with(w)) || before.ends_with("(đã ");
    // So does one that opens with the verb and names where it was done (`Hiến pháp 2013 (sửa
    // đổi theo Nghị quyết 203/2025/QH15)`: audit 2218, the Constitution "amended" the resolution).
    let noted = before.ends_with('(') && matches!(rest.trim(), "theo" | "tại" | "tai");
    by || noted || (passive && !rest.contains('|'))
}

/// Whether the line a clause at `start` wraps from ends with a passive word (`Nghị định số
/// 103/2024/NĐ-CP (được⏎sửa đổi, bổ sung tại Nghị định số 291/2025/NĐ-CP)`).
fn passive_before_wrap(text: &str, start: usize) -> bool {
    let Some(line) = line_before(text, start).filter(|_| hard_wrapped(text, start - 1)) else { return false };
    PASSIVE_WORDS.iter().any(|w| {
        let w = w.trim_end();
        line.len() >= w.len()
            && line.is_char_boundary(line.len() - w.len())
            && line[line.len() - w.len()..].to_lowercase() == w
            && !line[..line.len() - w.len()].chars().next_back().is_some_and(char::is_alphanumeric)
    })
}

/// Words that name the agent of the cue's verb wherever they stand after it, and the words
/// that put the verb in the passive: what it names after it then did the act or came of it.
const AGENT_WORDS: &[&str] = &["bởi", "boi"];
const PASSIVE_WORDS: &[&str] = &["được ", "bị ", "duoc ", "bi "];

/// Relations that say how the citing document stands to all it lists (`Căn cứ …`, `Theo đề
/// nghị …`), and so still hold for a document named as the agent of a later cue.
const STANCE_RELATIONS: &[&str] = &["basis", "answers"];

/// The relation signalled by the nearest cue before `at` in its clause; `cites` when none.
///
/// `title` is the subject of the reference before, when it has one. A cue inside it says
/// what that document does, not this one. A title that holds this reference names it:
/// `Căn cứ Nghị định số 126/2020/NĐ-CP … quy định chi tiết một số điều của Luật Quản lý
/// thuế` (the decree details the law, and this document is based on both). A title that ends
/// before it leaves the two references joined, under the cue before the first: `Thực hiện Kế
/// hoạch số 31-KH/TU … về việc thực hiện phong trào thi đua … và Hướng dẫn số 08-HD/BDVTU`.
pub fn relation_before(text: &str, at: usize, title: Option<Range<usize>>) -> &'static str {
    read_relation(text, at, title, None).relation
}

/// What the cues of a reference's clause say of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub relation: &'static str,
    /// Where the cue that gave the relation starts, when one gave it as it stands (no title,
    /// agent or heading came between).
    pub cue: Option<usize>,
    /// Where the clause starts.
    pub clause: usize,
    /// Whether the title of the reference before, read in this clause, names this one.
    pub in_title: bool,
}

/// [`relation_before`], with where the cue and the clause start. `own_kind` is the citing
/// document's type name, when known: a cue right after that type word may be its own act.
pub fn read_relation(text: &str, at: usize, title: Option<Range<usize>>, own_kind: Option<&str>) -> Reading {
    read_relation_among(text, at, title, own_kind, &[])
}

/// [`read_relation`] where `titles` are the titles of references before this one (in any
/// order; those outside its clause count for nothing): a cue inside one is that document's,
/// on a list that goes on past it (`4. Bãi bỏ Điều 10 của Nghị định số 18/2026/NĐ-CP … của
/// Chính phủ sửa đổi, bổ sung một số nghị định …; các Điều 27, 28, 29 và 30 của Nghị định số
/// 121/2025/NĐ-CP …`: the article repeals provisions of both).
pub fn read_relation_among(
    text: &str,
    at: usize,
    title: Option<Range<usize>>,
    own_kind: Option<&str>,
    titles: &[Range<usize>],
) -> Reading {
    // Where the reference's line starts: the clause's reading wants it twice.
    let own_line = line_start(text, at);
    let (start, title) = title_in_clause(text, at, own_line, title);
    // The clause is then the title's: its cue governs both documents (`Căn cứ Nghị định số
    // 254/2026/NĐ-CP … quy định chi tiết⏎một số điều … Luật Quản lý thuế` bases on both).
    let start = match &title {
        Some(t) if t.start < start => clause_start(text, t.start),
        _ => start,
    };
    // `None`: no cue of the clause says what this document does to the reference.
    let mut cue = None;
    let stated = with_lower_unwrapped(text, start..at, |clause, grown| {
        // Where in `text` an offset of the clause stands.
        let in_text = |i: usize| start + grown.to_text(i);
        let in_title = |m: &aho_corasick::Match| title.as_ref().is_some_and(|t| t.contains(&in_text(m.start())));
        // The nearest cue outside the title wins; at one place the longest phrase (`sửa đổi,
        // bổ sung` over `sửa đổi`).
        let mut last = None;
        let mut stance = None;
        // The text's own guidance, which a later verb may stand in (`Thông tư này hướng dẫn
        // phương pháp xác định chi phí lập và tổ chức thực hiện quy chế … theo quy định tại
        // Nghị định số 85/2020/NĐ-CP`).
        let mut own_guidance = None;
        // Where the last cue of another document's title ends: the verbs it is listed with
        // are that title's too (`các văn bản quy định chi tiết, hướng dẫn thi hành Luật …`).
        let mut another_end = None;
        // Most clauses quote nothing: one search says so for all their cues.
        let may_quote = memchr::memchr3(b'"', b'\'', "“".as_bytes()[0], clause.as_bytes()).is_some();
        let asides = closed_asides(clause);
        for m in cues(clause) {
            // A cue in brackets closed before the reference is the aside's own: `Thông tư số
            // 04/2015/TT-BCA … (được sửa đổi, bổ sung một số điều tại Thông tư số 57/2020/TT-BCA
            // …) và Thông tư số 31/2015/TT-BCA` amends the last under the cue before them.
            if asides.iter().any(|a| a.contains(&m.start())) {
                continue;
            }
            let listed_after_another =
                another_end.is_some_and(|e| matches!(clause.get(e..m.start()), Some(", " | " và " | ",")));
            if listed_after_another || titles_another(clause, &m, own_kind, &text[..start], &text[start..at]) {
                another_end = Some(m.end());
                continue;
            }
            let in_another = titles.iter().any(|t| t.start >= start && t.end <= at && t.contains(&in_text(m.start())));
            if in_title(&m) || in_another || (may_quote && quoted(clause, m.start())) {
                continue;
            }
            // `thực hiện` (carry out) is as often any verb as the act of implementing: on a line
            // the sentence wraps from, it is too far from the reference to be its act (`… tổ
            // chức thực hiện⏎trước ngày Luật Giáo dục đại học số 125/2025/QH15 có hiệu lực`).
            if in_text(m.start()) < own_line && relation_of(&m) == "implements" {
                continue;
            }
            match use_of(clause, text.get(in_text(m.start())..at).unwrap_or_default(), &m, relation_of(&m)) {
                Use::Verb => {}
                Use::Owned => continue,
                Use::Phrase => {
                    (last, stance) = (None, None);
                    continue;
                }
            }
            if let Some(p) = last.filter(|p| STANCE_RELATIONS.contains(&relation_of(p))) {
                stance = Some(p);
            }
            if own_guidance.is_none()
                && relation_of(&m) == "guides"
                && guidance_of_its_own(&clause[..m.start()], own_kind, &m)
            {
                own_guidance = Some(m);
            }
            last = Some(m);
        }
        // Named in the title, the reference is what that document is about, whatever the cue
        // that governs the document: `Nghị định số 50/2026/NĐ-CP hướng dẫn Nghị quyết số
        // 254/2025/QH15 … quy định một số cơ chế … trong tổ chức thi hành Luật Đất đai`.
        let named_in_title = names(title.as_ref(), at);
        let noted = named_in_title
            && title.as_ref().is_some_and(|t| {
                let bracketed =
                    text[..t.start].trim_end().ends_with('(') || text[t.start..at].trim_start().starts_with('(');
                let agent = AGENT_WORDS.iter().any(|w| clause.trim_end().ends_with(w));
                (bracketed || agent) && clause[grown.to_lower(t.start.saturating_sub(start))..].contains("sửa đổi")
            });
        match last {
            // What the document this one stands on is about is no stance of this one's: `Căn
            // cứ Nghị định số 78/2025/NĐ-CP … quy định chi tiết … Luật Ban hành văn bản quy
            // phạm pháp luật` bases on the decree and cites the law (the decree guides it).
            // Nor does a list's heading make it a basis (`- Nghị định số 362/2025/NĐ-CP quy
            // định chi tiết … Luật Phí và lệ phí` under `**Căn cứ pháp lý:**`). An amendment
            // noted in brackets after the basis, or as its agent, is part of it (`| Căn cứ
            // pháp lý | Luật Giáo dục 43/2019/QH14 (sửa đổi bởi Luật 123/2025/QH15) |`, `-
            // Nghị định 02/2025/NĐ-CP (Bộ Công an), sửa đổi bổ sung bởi NĐ 11/2025/NĐ-CP`), as
            // on a `Căn cứ` line.
            _ if named_in_title && !noted => Some("cites"),
            Some(m) if named_in_title => STANCE_RELATIONS.contains(&relation_of(&m)).then(|| relation_of(&m)),
            // A later verb read as a phrase leaves the text's own guidance (`Thông tư này hướng
            // dẫn phương pháp … tổ chức thực hiện quy chế … theo quy định tại Nghị định số
            // 85/2020/NĐ-CP`).
            None => own_guidance
                .filter(|g| details_what_follows(&clause[..g.start()], own_kind, g, &clause[g.end()..]))
                .map(|g| relation_of(&g)),
            // `Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi
            // Luật số 67/2020/QH14`: the amending law is no document this one amends, but it
            // is part of its basis. So where OCR hid the verb (`được sửa đỗi, bỗ⏎⏎ sung bởi
            // Luật số 09/2026/QH16`): the agent follows the stance itself.
            Some(m)
                if agent_follows(&clause[..m.start()], &clause[m.end()..])
                    || (clause[..m.start()].trim().is_empty()
                        && passive_before_wrap(text, start)
                        && !clause.contains('|')) =>
            {
                let own = Some(relation_of(&m)).filter(|r| STANCE_RELATIONS.contains(r));
                stance.as_ref().map(relation_of).or(own)
            }
            // `Đã hướng dẫn … lập danh sách theo Kế hoạch số 55`: what stands `theo` (according
            // to) the reference is no longer what the cue governs.
            Some(m)
                if theo_follows(&clause[m.end()..])
                    && ![Some(m), own_guidance]
                        .into_iter()
                        .flatten()
                        .any(|g| details_what_follows(&clause[..g.start()], own_kind, &g, &clause[g.end()..])) =>
            {
                Some("cites")
            }
            Some(m) => {
                cue = Some(in_text(m.start()));
                match relation_of(&m) {
                    relation @ ("replaces" | "repeals") => {
                        Some(of_what_is_removed(relation, &clause[..m.start()], &clause[m.end()..]))
                    }
                    relation => Some(relation),
                }
            }
        }
    });
    let relation = stated
        .or_else(|| listed_stance(text, start, at))
        .or_else(|| listed_after_implemented(text, start, at))
        .or_else(|| heading_stance(text, start, at))
        .unwrap_or("cites");
    let in_title = names(title.as_ref(), at);
    Reading { relation, cue, clause: start, in_title }
}

/// The bracketed asides of a clause that close within it, outermost and inner alike.
fn closed_asides(clause: &str) -> Vec<Range<usize>> {
    let bytes = clause.as_bytes();
    if memchr::memchr(b')', bytes).is_none() {
        return Vec::new();
    }
    let mut open = Vec::new();
    let mut closed = Vec::new();
    // Only the brackets are visited, not every byte of the clause.
    for i in memchr::memchr2_iter(b'(', b')', bytes) {
        if bytes[i] == b'(' {
            open.push(i);
        } else if let Some(o) = open.pop() {
            closed.push(o..i);
        }
    }
    closed
}

/// Where the clause of the reference at `at` starts, and `title`, the title of the reference
/// before, where it is read in that clause: a title that began on a line above goes on into
/// this one where the lines between are wrapped, each going on in small letters
/// (hard-wrapped text: `Căn cứ Nghị định số 254/2026/NĐ-CP … quy định chi tiết⏎một số điều và
/// biện pháp để tổ chức, hướng dẫn thi hành Luật Quản lý thuế`), not a new line's own clause
/// (`…⏎*Căn cứ Luật …`). `line` is where the line of `at` starts.
fn title_in_clause(text: &str, at: usize, line: usize, title: Option<Range<usize>>) -> (usize, Option<Range<usize>>) {
    let start = clause_start(text, at);
    let start = row_start(text, object_line_start(text, listed_provision_start(text, start), at), at, line);
    (start, title.filter(|t| t.start >= start || wrapped_lines(text, t.start..start)))
}

/// Where the clause at `start` starts when it opens its line with a provision listed after
/// one on the line before (`… thi hành khoản 2 Điều 9 và⏎Điều 13 Nghị quyết số
/// 250/2025/QH15`): the clause of that line, whose cue governs the list. Else `start`.
fn listed_provision_start(text: &str, start: usize) -> usize {
    // A list may go on over several clauses and lines (`4. Bãi bỏ Điều 8, 9 của Nghị định số
    // 17/2020/NĐ-CP …; điểm a khoản 14 Điều 4 và các Điều 10, …, 17,⏎18, 19, 20 của Nghị định
    // số 33/2024/NĐ-CP …; các Điều 6, 7, 8, 9 của Nghị định 146/2025/NĐ-CP …`): back to the
    // clause that opened it, a few steps at most.
    let mut start = start;
    let mut followed = false;
    for _ in 0..8 {
        let mut before = listed_provision_once(text, start);
        // Once on the list, a line the text layer wrapped before a capital goes on with it
        // (`… thuộc lĩnh vực quản lý nhà nước của Bộ⏎Công Thương; điểm a …`).
        if before == start && followed && wrap_before(text, start, soft_wrapped) {
            before = clause_start(text, start - 1);
        }
        if before == start {
            break;
        }
        start = before;
        followed = true;
    }
    start
}

/// Words that open a provision of a document, with their space.
const PROVISIONS: &[&str] = &["Điều ", "khoản ", "điểm ", "Khoản ", "Điểm ", "điều "];

/// Words that open a part of a document below or beside its articles (`bảng b của mục
/// 2.2.6.3`, `Phụ lục I`), with their space: listed with `;` as provisions are.
const LISTED_PARTS: &[&str] = &["bảng ", "Bảng ", "mục ", "Mục ", "phụ lục ", "Phụ lục "];

fn listed_provision_once(text: &str, start: usize) -> usize {
    let opening = text[start..].trim_start_matches(' ');
    let opening_part = opening.strip_prefix("các ").unwrap_or(opening);
    let provision = PROVISIONS.iter().any(|w| opening_part.starts_with(w));
    // Provisions of one document listed with `;` (`Thay thế cụm từ “…” tại điểm d khoản 3 Điều
    // 9; điểm b khoản 1 Điều 10 Nghị định số 254/2025/NĐ-CP thành “…”`): a `;` after a
    // provision's label is no end of the clause. So are parts of its annex (Thông tư
    // 19/2026/TT-BNNMT: `3. Sửa đổi … tại các bảng a, b, c của mục 2.2.1; bảng b của mục
    // 2.2.6.3; bảng a của mục 3.1.1 tại Phụ lục I của Thông tư số 09/2024/TT-BTNMT …`).
    let part = provision || LISTED_PARTS.iter().any(|w| opening_part.starts_with(w));
    if part
        && let Some(before) = text[..start].trim_end_matches(' ').strip_suffix(';')
        && ends_with_a_labelled_provision(before)
    {
        return clause_start(text, before.len());
    }
    // A clause in small letters opens no sentence: after a `;` and a paragraph break a text
    // layer made (`… Luật Xây dựng số 135/2025/QH15 (…);⏎⏎khoản 3 Điều 54 Luật Quy hoạch đô
    // thị và nông thôn …`), it goes on the list the clause before began.
    // So does a passive one, in a basis line the source broke with a `;` (`Căn cứ Luật Đất đai
    // số 31/2024/QH15; được sửa đổi, bổ sung bởi các Luật số 43/2024/QH15, …`).
    let passive = opening.starts_with("được ");
    if (provision || passive)
        && opening.starts_with(char::is_lowercase)
        && let Some(before) = text[..start].trim_end_matches([' ', '\n']).strip_suffix(';')
    {
        return clause_start(text, before.len());
    }
    if !wrap_before(text, start, soft_wrapped) {
        return start;
    }
    let before = text[..start - 1].trim_end_matches(' ');
    let listed = before.ends_with(" và") || before.ends_with(',');
    // The numbers of a list of provisions wrapped onto this line (`…, 17,⏎18, 19, 20 của …`).
    let numbers = opening.starts_with(|c: char| c.is_ascii_digit()) && ends_with_a_list_of_numbers(before);
    if listed && (provision || numbers) { clause_start(text, start - 1) } else { start }
}

/// Whether `before` ends with a provision or a listed part and its label (`Điều 9`, `điểm b`,
/// `mục 2.2.6.3`, `Phụ lục I`).
fn ends_with_a_labelled_provision(before: &str) -> bool {
    let Some((rest, label)) = before.rsplit_once([' ', '\n']) else { return false };
    let short = label.len() <= 4 && label.chars().all(char::is_alphanumeric);
    // A section numbered by its place (`2.2.6.3`, `II.1`).
    let dotted = label.len() <= 16
        && label.split('.').all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric()))
        && label.contains('.');
    (short || dotted)
        && PROVISIONS
            .iter()
            .chain(LISTED_PARTS)
            .any(|p| rest.strip_suffix(p.trim_end()).is_some_and(|r| r.is_empty() || r.ends_with([' ', '\n'])))
}

/// Whether `before` ends with a provision's numbers listed so far (`… các Điều 10, 11, 17,`).
fn ends_with_a_list_of_numbers(before: &str) -> bool {
    let mut words = before.rsplit(' ');
    let last = words.next().unwrap_or("").trim_end_matches(',');
    !last.is_empty()
        && last.len() <= 4
        && last.chars().all(|c| c.is_ascii_alphanumeric())
        && last.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `title` reaches the reference at `at` from before it.
fn names(title: Option<&Range<usize>>, at: usize) -> bool {
    title.is_some_and(|t| t.end >= at && t.start < at)
}

/// Whether `title`, the title of the reference before, names the reference at `at` as
/// [`read_relation`] reads it ([`Reading::in_title`]), without reading the clause's cues: for
/// a codification, whose cues are its sources'.
pub fn title_names(text: &str, at: usize, title: Option<Range<usize>>) -> bool {
    names(title_in_clause(text, at, line_start(text, at), title).1.as_ref(), at)
}

/// Words between `thay thế` or `bãi bỏ` and the document that say a part of it is replaced or
/// repealed (`Nghị định này thay thế một phần các quy định tại …`, `Thay thế Phụ lục II kèm
/// theo …`, `Thay thế Mẫu số 01 …`, `thay thế các quy định tương ứng tại …`, `Điều 60 NĐ
/// 38/2024`, `Bãi bỏ một số điểm, phần, mục tại các Phụ lục ban hành kèm theo …`),
/// lower-cased.
const PARTS_REPLACED: &[&str] = &[
    "một phần",
    "quy định",
    "phụ lục",
    "mẫu",
    "danh mục",
    "biểu",
    "điều",
    "khoản",
    "điểm",
    "chương",
    "mục",
    "phần",
    "gạch đầu dòng",
];

/// The relation a `thay thế` or `bãi bỏ` cue (`relation`) says of a document, from the
/// lower-cased words between the cue and it: words struck out or replaced amend its text
/// (`Thay thế, bãi bỏ một số từ, cụm từ tại các Điều 10, 11 … của Nghị định 103/2024/NĐ-CP`);
/// a part replaced or repealed (`Bãi bỏ một số quy định tại Nghị định số 135/2021/NĐ-CP`)
/// leaves the document standing, as [`part_of`] says, unless the cue is one of a run of acts
/// that amends it ([`joined_to_an_amendment`]); `bãi bỏ toàn bộ` repeals it whole. `before`:
/// the lower-cased words before the cue.
fn of_what_is_removed(relation: &'static str, before: &str, between: &str) -> &'static str {
    match relation {
        "replaces" | "repeals"
            if removes_words(between) || (joined_to_an_amendment(before) && names_a_part(between)) =>
        {
            "amends"
        }
        "replaces" if names_a_part(between) => REPLACES_PART,
        "repeals" if repeals_a_part(between) => REPEALS_PART,
        relation => relation,
    }
}

/// Whether the lower-cased words before a `thay thế` or `bãi bỏ` cue end in an amending verb
/// that the cue, and any other between, join (`sửa đổi, bổ sung và bãi bỏ một số điều của …`,
/// `Bổ sung, thay thế, bãi bỏ một số quy định, phụ lục …`): the parts acted on are amended,
/// some reworded, some struck out, and the act is one amendment, as its title says.
fn joined_to_an_amendment(before: &str) -> bool {
    let mut tail = before;
    loop {
        tail = tail.trim_end_matches([' ', ',']);
        tail = tail.strip_suffix(" và").unwrap_or(tail);
        if tail.ends_with("sửa đổi") || tail.ends_with("bổ sung") {
            return true;
        }
        match ["thay thế", "bãi bỏ"].iter().find_map(|w| tail.strip_suffix(w)) {
            Some(rest) => tail = rest,
            None => return false,
        }
    }
}

/// Whether the lower-cased words between a `thay thế` or `bãi bỏ` cue and the document name a
/// part of it.
fn names_a_part(between: &str) -> bool {
    PARTS_REPLACED.iter().any(|w| {
        if !LABELLED_PARTS.contains(w) {
            return between.contains(w);
        }
        // The first word, it names what the rest describes (`Phần hợp đồng xây dựng của Nghị
        // định 37/2015/NĐ-CP`).
        let first = between.len() - between.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        between.match_indices(w).any(|(at, _)| at == first || labelled(&between[at + w.len()..]))
    })
}

/// Parts named by a label after them (`Phần V`, `mục 2`, `các điểm, phần, mục`), words of a
/// name otherwise (`Quy chế … tranh hoành tráng phần mỹ thuật ban hành kèm theo Quyết định số
/// 05/2000/QĐ-BVHTT` is repealed whole: audit 2161).
const LABELLED_PARTS: &[&str] = &["phần", "mục"];

/// Whether the lower-cased words after a part's word label it: a number, a Roman numeral or a
/// letter, or a list's mark or a place's word after the word itself.
fn labelled(after: &str) -> bool {
    if after.starts_with(char::is_alphanumeric) {
        // Inside a word (`mục tiêu` is `mục` then a space; `phầnn` is no word).
        return false;
    }
    let after = after.trim_start_matches(' ');
    if after.is_empty()
        || after.starts_with([',', ';', ')'])
        || ["tại ", "của ", "và "].iter().any(|w| after.starts_with(w))
    {
        return true;
    }
    let token = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    !token.is_empty()
        && (token.bytes().all(|b| b.is_ascii_digit())
            || token.bytes().all(|b| b"ivxlc".contains(&b))
            || token.chars().count() == 1)
}

/// Whether the lower-cased words between a `bãi bỏ` cue and the document name a part of it
/// and do not say the whole is repealed (`bãi bỏ toàn bộ` a list of documents headed
/// `**Quy chuẩn, danh mục cây trồng:**`).
fn repeals_a_part(between: &str) -> bool {
    // `toàn bộ` said of provisions on one matter is still a part (`Bãi bỏ toàn bộ quy định về
    // ngành nghề … (theo Nghị định 96/2016/NĐ-CP, 282/2025/NĐ-CP)`).
    names_a_part(between)
        && between.match_indices("toàn bộ").all(|(i, w)| {
            let after = between[i + w.len()..].trim_start();
            after.starts_with("quy định về ") || after.starts_with("các quy định về ")
        })
}

/// Words between a `bãi bỏ` cue and the document that say words of it are struck out, not
/// the document or a part of it, lower-cased.
const WORDS_REMOVED: &[&str] = &["cụm từ", "một số từ", "các từ", "từ ngữ"];

/// Whether the lower-cased words between a `bãi bỏ` cue and the document name words of it.
fn removes_words(between: &str) -> bool {
    WORDS_REMOVED.iter().any(|w| between.contains(w))
}

/// The relation to a document of which a provision is named (`| Thay thế | Nghị định
/// 135/2021/NĐ-CP; Điều 60 NĐ 38/2024 |`, `Bãi bỏ Điều 7 của Thông tư số 52/2025/TT-BTC`):
/// a part replaced or repealed ([`part_of`]); the provision is the mention's pinpoint.
pub fn of_the_part(relation: &'static str, provision: bool) -> &'static str {
    if provision { part_of(relation) } else { relation }
}

/// A part of a document repealed (`Bãi bỏ Điều 58 Nghị định số 358/2025/NĐ-CP`, `bãi bỏ một
/// phần`): the document stands. Not an amendment: a clerk, like VBPL, keeps it apart from
/// `sửa đổi, bổ sung`.
pub const REPEALS_PART: &str = "repeals-part";

/// A part of a document replaced (`thay thế … Điều 4 của Nghị định số 06/2012/NĐ-CP`, `thay
/// thế một phần`): the document stands.
pub const REPLACES_PART: &str = "replaces-part";

/// What a codification's heading (a Bộ pháp điển page filed under no law, `Đề mục`) is to the
/// source its article's note names (`(Điều 4 Thông tư số 05/2008/TT-BYT, có hiệu lực …)`): it
/// compiles that article, as a consolidated text consolidates, and cites nothing (audit 2226:
/// 284 of real/'s `cites` edges were such notes).
pub const CODIFIES: &str = "codifies";

/// The relation a repeal or replacement (`relation`) says of a document only a part of which
/// it removes; any other act is said of a part as of the whole (an amendment amends).
pub fn part_of(relation: &'static str) -> &'static str {
    match relation {
        "repeals" => REPEALS_PART,
        "replaces" => REPLACES_PART,
        relation => relation,
    }
}

/// `relation` with an act on a part read as `amends`: for rules on acts on another document
/// that need not tell a part repealed or replaced from one amended, as each leaves the
/// document standing, altered (a body acts on none of a higher body; an act a note on a page
/// says another document did to it).
pub fn as_amends(relation: &str) -> &str {
    if relation == REPEALS_PART || relation == REPLACES_PART { "amends" } else { relation }
}

/// Whether `relation` is an act on the document it names: amends, repeals or replaces it, or
/// a part of it.
pub fn acts_on(relation: &str) -> bool {
    matches!(as_amends(relation), "amends" | "repeals" | "replaces")
}

/// Whether the text in `range` ends no clause but with line breaks, after each of which the
/// text goes on in small letters.
fn wrapped_lines(text: &str, range: Range<usize>) -> bool {
    let b = &text.as_bytes()[range.clone()];
    !b.contains(&b';')
        && memchr::memmem::find(b, b". ").is_none()
        && memchr::memchr_iter(b'\n', b)
            .all(|i| text[range.start + i + 1..].trim_start_matches(['\n', ' ']).starts_with(char::is_lowercase))
}

/// How the cue `m` of `clause` reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    /// The citing document's verb.
    Verb,
    /// A noun whose owner the reference is: a verb followed by `của` (`Điều 28. Kinh phí thực
    /// hiện của Thông tư 17/2014/TT-BVHTTDL`, `Thực hiện hướng dẫn của Bộ Tài chính tại Công
    /// văn …`). What came before still governs.
    Owned,
    /// A noun that opens a phrase of its own, which no cue before governs: `Căn cứ` states the
    /// basis where it opens its clause, and inside one it is a noun or another's act (`khi có
    /// một trong các căn cứ quy định tại khoản 1 Điều 7 Nghị định số 105/2015/NĐ-CP`, `hành vi
    /// đang thực hiện được xác định căn cứ quy định tại … Nghị định số 118/2021/NĐ-CP`).
    Phrase,
}

/// `clause` is lower-cased; `original` is the clause as written from the cue on.
fn use_of(clause: &str, original: &str, m: &aho_corasick::Match, relation: &str) -> Use {
    // A capital after a full stop opens a sentence, whatever stood before the stop (`… thuộc
    // Dự án 10. Căn cứ Thông báo 26-TB/TU …`, where the clause runs on past `10.`).
    let capital_after_stop = || {
        let lead = &clause[..m.start()];
        (lead.ends_with(". ") || lead.ends_with(": ")) && original.chars().next().is_some_and(char::is_uppercase)
    };
    // `Theo đề nghị của …` is how that cue reads.
    if !STANCE_RELATIONS.contains(&relation) && OWNER_WORDS.iter().any(|w| clause[m.end()..].starts_with(w)) {
        Use::Owned
    } else if relation == "guides" && clause[..m.start()].ends_with("theo ") && clause[m.end()..].starts_with(" tại ")
    {
        // `Mẫu hiển thị chứng từ điện tử theo hướng dẫn tại Nghị định số 347/2025/NĐ-CP`:
        // as that document guides, a phrase.
        Use::Phrase
    } else if numbered_after(&clause[m.end()..]) {
        // `Thực hiện Hướng dẫn số 18-HD/BTGTU … và Kết luận số 01-KL/TW …`: the cue's words
        // are a document's type word, no act; the cue before still governs.
        Use::Owned
    } else if relation == "guides" && clause[m.end()..].starts_with(" tại ") {
        // `vi phạm quy định của Nghị định số 05/1999/NĐ-CP và hướng dẫn tại Thông tư này sẽ bị
        // xử phạt theo Điều 10 Nghị định số 49/CP`: the guidance found in a document, a noun.
        Use::Owned
    } else if NOUN_BEFORE.iter().any(|w| clause[..m.start()].ends_with(w)) {
        // `các nội dung quy định liên quan đến hướng dẫn hoạt động công tác y tế trường học …
        // tại Thông tư liên tịch số 03/2000/TTLT-BYT-BGDĐT … bị bãi bỏ`: what the matters are
        // about, a noun.
        Use::Owned
    } else if TITLE_ACTS.contains(&relation) && clause[..m.start()].ends_with(CONTENT_OF_ACT) {
        // `Các nội dung quy định chi tiết về tiền sử dụng đất … trong Nghị quyết số
        // 254/2025/QH15 thực hiện theo Nghị định …`: the matters to be detailed, a noun.
        Use::Owned
    } else if OPENING_RELATIONS.contains(&relation) && !opens_clause(&clause[..m.start()]) && !capital_after_stop() {
        Use::Phrase
    } else if relation == "implements" && OBJECT_ENDED.iter().any(|w| clause[m.end()..].starts_with(w)) {
        // `đã ban hành kế hoạch thực hiện, trong đó có Kế hoạch số 12/KH-UBND … của UBND xã`:
        // plans for carrying out, one of which is named; a district's report carries none of
        // them out (audit 2197).
        Use::Phrase
    } else if relation == "implements" && overseen(&clause[..m.start()]) {
        // `thành lập Đoàn kiểm tra thực hiện Chương trình … (kế hoạch số 65/KH-UBND …)`,
        // `giám sát việc thực hiện Nghị quyết …`: the carrying out is looked at, a noun; this
        // document does not carry the reference out (audits 2157, 2160).
        Use::Phrase
    } else if relation == "basis" && GROUNDS_FOR.iter().any(|w| clause[m.end()..].starts_with(w)) {
        // `Điều 3. Căn cứ tính tiền sử dụng đất quy định tại khoản 1 Điều 5 Nghị quyết số
        // 254/2025/QH15`: the grounds for a computation, a noun, prescribed where it says.
        Use::Phrase
    } else if PRESCRIBED_RELATIONS.contains(&relation) && prescribed_in(&clause[m.end()..]) {
        // `… để thực hiện chế độ trợ giúp xã hội … quy định tại Nghị định số 20/2021/NĐ-CP`:
        // what is carried out is a duty the reference prescribes, not the reference.
        Use::Phrase
    } else if relation == "amends"
        && prescribed_in(&clause[m.end()..])
        && !opens_clause(&clause[..m.start()])
        && !said_by_a_document(&clause[..m.start()])
    {
        // `b) Ban hành quy trình sửa đổi, bổ sung các quy trình quy định tại khoản 6⏎Điều 8 của
        // Nghị quyết số 05/2025/NQ-CP …` (a breach a penalty decree lists): what is amended is
        // prescribed by the reference, and neither this document nor the clause amends it.
        Use::Phrase
    } else if relation == "guides" && prescribed_in(&clause[m.end()..]) && !said_by_a_document(&clause[..m.start()]) {
        // `1. Hướng dẫn, chỉ đạo, kiểm tra công tác đăng ký … quy định tại … Luật Hộ tịch`, a
        // body's task; `Nghị định này hướng dẫn thực hiện cơ chế … quy định tại Nghị quyết số
        // 29/2026/QH16` is the decree's own guidance.
        Use::Phrase
    } else {
        Use::Verb
    }
}

/// Whether what stands before a cue in its clause (lower-cased) makes it a document's act: a
/// type word (`Nghị định này `, `Chính phủ ban hành Nghị định `), or only markup, as a title
/// is written (`**Hướng dẫn thực hiện …`), not a list item's label (`1. `) or a body (`Bộ Xây
/// dựng `).
fn said_by_a_document(lead: &str) -> bool {
    TYPE_WORDS.iter().any(|(w, _)| lead.contains(w.as_str()))
        || (!lead.chars().any(char::is_alphanumeric) && opens_clause(lead))
}

/// Verbs of looking at how something is carried out (`kiểm tra việc thực hiện`), lower-cased:
/// before `thực hiện` they make it a noun, the thing looked at.
const OVERSIGHT_VERBS: &[&str] = &["kiểm tra", "giám sát", "đôn đốc", "đánh giá", "theo dõi", "thanh tra"];

/// Whether the lower-cased words before an `implements` cue end in an oversight verb, with
/// `việc` or `tình hình` between (`đánh giá tình hình thực hiện`).
fn overseen(lead: &str) -> bool {
    let lead = lead.trim_end();
    let lead = ["việc", "tình hình"].iter().find_map(|w| lead.strip_suffix(w)).map_or(lead, str::trim_end);
    OVERSIGHT_VERBS.iter().any(|v| {
        lead.strip_suffix(v).is_some_and(|before| before.is_empty() || before.ends_with([' ', ',', '(', '\n']))
    })
}

/// Words before a cue that make it a noun, what something is about (`các nội dung quy định
/// liên quan đến hướng dẫn hoạt động …`), lower-cased with the space after them.
const NOUN_BEFORE: &[&str] = &["liên quan đến ", "liên quan tới "];

/// Whether `rest`, the lower-cased words after a cue, open with `số` and a number: the cue's
/// words are the type word of a document so numbered (`Hướng dẫn số 18-HD/BTGTU`), not a
/// verb, nor a noun of quantity (`hướng dẫn số lượng`).
fn numbered_after(rest: &str) -> bool {
    rest.strip_prefix(" số")
        .is_some_and(|r| r.trim_start_matches([' ', ':', '.']).starts_with(|c: char| c.is_ascii_digit()))
}

/// The word before an act's verb that makes the two a noun: the matters it is about.
const CONTENT_OF_ACT: &str = "nội dung ";

/// The words right after `thực hiện` that end it without an object, before naming one of a
/// kind (`kế hoạch thực hiện, trong đó có Kế hoạch số 12/KH-UBND`): a noun's modifier.
const OBJECT_ENDED: &[&str] = &[", trong đó", ", gồm", ", cụ thể là"];

/// The words after a cue that make it a noun of which the reference is the owner.
const OWNER_WORDS: &[&str] = &[" của ", " cua "];

/// Acts a document's name may state of another, with no number of its own to be read as a
/// reference: `Luật sửa đổi, bổ sung một số điều của Luật Xây dựng`, `Nghị định quy định chi
/// tiết một số điều của Luật Xây dựng`. Not `implements`: a report on `Kế hoạch thực hiện
/// Nghị quyết …` is read as carrying the plan out.
const TITLE_ACTS: &[&str] = &["amends", "guides", "replaces", "repeals", "corrects", "consolidates"];

/// Whether the cue `m` of the lower-cased `clause` names another document's act: it follows a
/// bare type word (`Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Xây dựng`, `theo quy
/// định tại Nghị định quy định chi tiết một số điều của Luật Xây dựng`), and that word is not
/// the citing document naming itself (`Chính phủ ban hành Nghị định sửa đổi …` in a decree,
/// `Thông tư thay thế Thông tư 04/2021/TT-BXD` opening a sentence of a circular).
///
/// `before` is the text before the clause: where the line broke inside the type word's
/// issuer (`Nghị định của⏎Chính phủ quy định chi tiết … Nghị quyết số 254/2025/QH15`,
/// hard-wrapped), the line before is read with it.
fn titles_another(clause: &str, m: &aho_corasick::Match, own_kind: Option<&str>, before: &str, original: &str) -> bool {
    if !TITLE_ACTS.contains(&relation_of(m)) {
        return false;
    }
    if names_another(clause, m, own_kind, Some(original)) {
        return true;
    }
    let lead = &clause[..m.start()];
    let Some(line) = before.strip_suffix('\n') else { return false };
    let issuer = lead.trim_start();
    let issuer = issuer.strip_suffix("về ").unwrap_or(issuer);
    if !line.ends_with(" của") || !ISSUERS_AFTER_TYPE_WORD.iter().any(|i| i.strip_prefix("của ") == Some(issuer)) {
        return false;
    }
    let tail = &line[line.floor_char_boundary(line.len().saturating_sub(60))..];
    let joined = format!("{} {}", tail.to_lowercase(), clause);
    let shift = joined.len() - clause.len();
    let shifted = aho_corasick::Match::must(m.pattern().as_usize(), m.start() + shift..m.end() + shift);
    names_another(&joined, &shifted, own_kind, None)
}

/// Whether `lead`, lower-cased, ends with the generic word or a type word in the plural: the
/// verb after it names what other documents do, no act of one (`theo quy định tại Luật Ngân
/// sách nhà nước và các văn bản hướng dẫn, Nghị định số 347/2025/NĐ-CP …`; `Nghị định số
/// 226/2025/NĐ-CP … sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành
/// Luật Đất đai`: the decrees it amends detail the law, not it, audit 2249).
pub fn names_documents_in_general(lead: &str) -> bool {
    // Looked for in the lead's tail alone: leads run to whole clauses.
    let tail = &lead[lead.floor_char_boundary(lead.len().saturating_sub(LONGEST_TYPE_WORD + "những ".len()))..];
    let after = |plural: &str| tail.rfind(plural).map(|i| i + plural.len());
    let Some(word) = after("các ").max(after("những ")).map(|i| &tail[i..]) else { return false };
    word == "văn bản " || (word.len() <= LONGEST_TYPE_WORD && TYPE_WORDS.iter().any(|(w, _)| w == word))
}

/// The most bytes of a type word with its space (`quyết định liên tịch `): a plural is looked
/// for no further back.
const LONGEST_TYPE_WORD: usize = 40;

/// [`titles_another`] within the clause; `original` is the clause as written, where known.
fn names_another(clause: &str, m: &aho_corasick::Match, own_kind: Option<&str>, original: Option<&str>) -> bool {
    let lead = &clause[..m.start()];
    if names_documents_in_general(lead) {
        return true;
    }
    // A guiding document, a noun: `Văn bản hướng dẫn đi kèm: Thông tư số 14/2026/TT-BNV` guides
    // this one.
    if relation_of(m) == "guides" && lead.ends_with("văn bản ") {
        return true;
    }
    // A form's document whose number is left blank (`Căn cứ Thông tư số ……/2026/TT-BYT ngày
    // …… tháng …… năm 2026 của Bộ trưởng Bộ Y tế quy định chi tiết …`): no reference, and its
    // title is its own.
    if lead.contains("/20") && has_blank_number(lead) && BLANK_NUMBERED_TITLE.is_match(lead) {
        return true;
    }
    // The issuer may stand between the word and the verb: `theo quy định tại Nghị định của
    // Chính phủ hướng dẫn Luật Người khuyết tật`.
    // `Nghị định của Chính phủ về quy định chi tiết …` too.
    let issued = lead.strip_suffix("về ").unwrap_or(lead);
    let lead = ISSUERS_AFTER_TYPE_WORD
        .iter()
        .find_map(|i| issued.strip_suffix(i).and_then(|l| l.strip_suffix([' ', '\n'])))
        .or_else(|| named_issuer(issued))
        .map(|l| format!("{l} "));
    let lead = lead.as_deref().unwrap_or(&clause[..m.start()]);
    let Some((word, kind)) = TYPE_WORDS.iter().find(|(w, _)| {
        lead.strip_suffix(w.as_str())
            .is_some_and(|before| !before.chars().next_back().is_some_and(char::is_alphanumeric))
    }) else {
        return false;
    };
    let before = &lead[..lead.len() - word.len()];
    // `quy định` right before the verb is the verb of every other sentence (`Nghị định này quy
    // định biện pháp thi hành Luật Trí tuệ nhân tạo`); the Party's type word is written with
    // its capital. Before an issuer it is a noun, the regulation of that body (`theo quy định
    // của Chính phủ quy định chi tiết … Bộ luật Lao động`).
    if *kind == "Quy định"
        && clause[..m.start()].ends_with(word.as_str())
        && let Some(original) = original.filter(|o| o.len() == clause.len())
        && !original[before.len()..].starts_with('Q')
    {
        return false;
    }
    let names_itself = own_kind == Some(*kind)
        && (opens_clause(before) || before.ends_with("ban hành ") || before.ends_with(". ") || before.ends_with(": "));
    !names_itself
}

/// Whether `lead` holds what [`BLANK_NUMBERED_TITLE`] needs first: `số` and dots, ellipses,
/// underscores or spaces only, then the year's slash. Most leads of real text have a slash
/// before a year (`số 15/2020/NĐ-CP`), and the pattern's reverse search over them built
/// DFA states anew for each: 9 % of a scan of shared/corpus/real.
fn has_blank_number(lead: &str) -> bool {
    memchr::memchr_iter(b'/', lead.as_bytes()).any(|p| {
        (lead[p + 1..].starts_with("19") || lead[p + 1..].starts_with("20"))
            && lead[..p].trim_end_matches(['.', '…', '_', ' ']).ends_with("số")
    })
}

/// A type word with a blank number (`số .../2026/NĐ-CP`, `số /2026NĐ-CP`, `số ……/2026/TT-BYT`),
/// its date and issuer, at the end of a lower-cased lead.
static BLANK_NUMBERED_TITLE: LazyLock<regex::Regex> = LazyLock::new(|| {
    crate::recognize::re(
        r"(?:^|[^\p{L}])(?:nghị định|thông tư|quyết định|nghị quyết) số ?[.…_ ]*/(?:19|20)\d{2}[^ ]*(?: ?- ?[a-zđ]+)?(?: ngày [^;]{0,60}?)?(?: của [^;]{1,60}?)? $",
    )
});

/// Issuers named, lower-cased with the space after them, between a bare type word and the
/// verb of its title (`Nghị định⏎của Chính phủ quy định chi tiết … Nghị quyết số
/// 254/2025/QH15`, shared/corpus/real).
const ISSUERS_AFTER_TYPE_WORD: &[&str] =
    &["của chính phủ ", "của thủ tướng chính phủ ", "của quốc hội ", "của ủy ban thường vụ quốc hội "];

/// How the name of a body that issues documents opens, lower-cased: between a bare type word
/// and its title's verb (`Thông tư của Bộ Tài chính hướng dẫn Luật Ngân sách nhà nước`).
const ISSUER_HEADS: &[&str] = &[
    "bộ ",
    "ngân hàng nhà nước",
    "thống đốc ngân hàng",
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "tòa án nhân dân",
    "viện kiểm sát nhân dân",
    "kiểm toán nhà nước",
];

/// `lead` without the ` của Bộ Tài chính ` it ends with, when it ends with a body's name of a
/// few words, with no stop in it.
fn named_issuer(lead: &str) -> Option<&str> {
    // Built once: a search that builds its searcher at every call costs more than the search.
    static OF: LazyLock<memchr::memmem::FinderRev<'static>> = LazyLock::new(|| memchr::memmem::FinderRev::new(" của "));
    let at = OF.rfind(lead.as_bytes())?;
    let issuer = &lead[at + OF.needle().len()..];
    let short = issuer.split_whitespace().count() <= 8 && !issuer.contains([',', ';', '(', ')', '.']);
    (short && ISSUER_HEADS.iter().any(|h| issuer.starts_with(h))).then_some(&lead[..at])
}

/// The type words of a document's name, lower-cased with the space after them, longest first,
/// each with its type. `Văn bản` names any document, this one too (`Văn bản thay thế: NĐ
/// 128/2020/NĐ-CP` in a digitized page's notes, `Đây là văn bản thay thế Nghị định …`).
static TYPE_WORDS: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    let mut words: Vec<(String, &'static str)> = crate::tables::DOC_TYPES
        .iter()
        .flat_map(|t| t.words.iter().filter(|w| **w != "văn bản").map(|w| (format!("{w} "), t.name)))
        .collect();
    words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    words
});

/// The stance of a preamble line that lists its documents after `;`: `*Căn cứ Luật Quản lý
/// thuế số 38/2019/QH14; Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán …;` bases
/// the document on all of them. `start` is where a clause with no cue of its own starts;
/// the clause must open with a document's name (`; Luật số 23/2023/QH15`), not a sentence.
fn listed_stance(text: &str, start: usize, at: usize) -> Option<&'static str> {
    // A clause wrapped after the `;` is read from there.
    let mut start = start;
    for _ in 0..LISTED_LINES {
        if !wrap_before(text, start, soft_wrapped) {
            break;
        }
        start = clause_start(text, start - 1);
    }
    if start == 0 || text.as_bytes()[start - 1] != b';' {
        return None;
    }
    // The item names a document, or a provision of one (`; Điều 10, Điều 11 của Luật Chuyển
    // giao người đang chấp hành án phạt tù số 101/2025/QH15`).
    let (names_document, provision) = with_lower(&text[start..at], |clause| {
        let clause = clause.trim_start_matches(ITEM_MARKUP);
        let provision = crate::tables::PINPOINT_WORDS.iter().any(|w| starts_with_word(clause, w));
        (clause.is_empty() || provision || type_word_opening(clause).is_some(), provision)
    });
    // Or its provisions on a matter (`2. Nghị định này thay thế Nghị định số 79/2007/NĐ-CP …;
    // Điều 4 của Nghị định số 06/2012/NĐ-CP …; các quy định về chứng thực hợp đồng, giao dịch
    // tại Nghị định số 75/2000/NĐ-CP …`): a part, and the document stands.
    let part = !names_document && opens_with_a_part(&text[start..at]);
    if !(names_document || part) {
        return None;
    }
    let provision = provision || part;
    // The line's cue must open it, after markup and a list label, or follow the document's
    // own name there: only as much of the line is read as may hold that cue (a line may be
    // megabytes long, a PDF's text layer). A line hard-wrapped before the `;` is read from
    // where its sentence opens.
    let mut line = line_start(text, start);
    for _ in 0..LISTED_LINES {
        if line == 0 || !(hard_wrapped(text, line - 1) || wrapped_number(text, line - 1)) {
            break;
        }
        line = line_start(text, line - 1);
    }
    let reach = (line + clause_lead(&text[line..start]) + *LONGEST_CUE + LISTED_ACT_REACH).min(start);
    with_lower(&text[line..text.floor_char_boundary(reach)], |line| {
        let m = cues(line).next()?;
        let relation = relation_of(&m);
        let lead = &line[..m.start()];
        if STANCE_RELATIONS.contains(&relation) {
            return opens_clause(lead).then_some(relation);
        }
        // `2. Nghị định này thay thế Nghị định số 40/2018/NĐ-CP …; Nghị định số 18/2023/NĐ-CP
        // …`: what this document replaces or repeals whole, where the line names a whole
        // document first (not `bãi bỏ khoản 3a Điều 3 … Nghị định số 55/2011/NĐ-CP; …`).
        let own = lead.strip_suffix(" này ").and_then(|l| {
            let w = TYPE_WORDS.iter().find(|(w, _)| l.ends_with(w.trim_end()))?;
            Some(&l[..l.len() - w.0.trim_end().len()])
        });
        let object = line[m.end()..].trim_start_matches([':', ' ']);
        let whole = type_word_opening(object).is_some();
        // What a document details it may name by its provisions (`Nghị định này quy định chi
        // tiết Điều 11 của Luật Dẫn độ …; Điều 10, Điều 11 của Luật Chuyển giao …`).
        let first = whole
            || (relation == "guides" && crate::tables::PINPOINT_WORDS.iter().any(|w| starts_with_word(object, w)));
        (LISTED_ACTS.contains(&relation) && own.is_some_and(opens_clause) && first)
            .then(|| of_the_part(relation, provision))
    })
}

/// What opens a list's item before its words: spaces, Markdown's emphasis and bullets.
const ITEM_MARKUP: &[char] = &[' ', '\t', '*', '_', '-', '+', '•', '–'];

/// Items after `;` that a clause may list under its `thực hiện` before another kind of clause
/// breaks the list.
const IMPLEMENTED_ITEMS: usize = 12;

/// Words between `thực hiện` and the document it carries out (`tiếp tục thực hiện có hiệu
/// quả Kết luận số 65-KL/TW`).
const BEFORE_IMPLEMENTED: &[&str] = &["có hiệu quả ", "hiệu quả ", "tốt ", "nghiêm túc ", "nghiêm ", "đầy đủ "];

/// Whether `object`, in lower case, opens with a document named as a reference names it: its
/// type word and, within a few words, its number (`kết luận số 65-KL/TW`), or a law's name
/// (`luật đất đai`) — not a type word as a common noun (`thực hiện chương trình thực hiện theo
/// quy định của pháp luật …`, the national target programme of Thông tư 60/2026/TT-BTC).
fn names_a_document(object: &str) -> bool {
    const NUMBER_WITHIN: usize = 48;
    let Some((word, kind)) = type_word_opening(object) else { return false };
    let rest = &object[word.len()..];
    crate::tables::is_legislative_kind(kind)
        || rest.as_bytes()[..rest.len().min(NUMBER_WITHIN)].iter().any(u8::is_ascii_digit)
        // A Party congress's or plenum's resolution, named by it (`nghị quyết đại hội xiii`).
        || *kind == "Nghị quyết" && crate::congress::opens_lowered(rest.trim_start())
}

/// Whether `lead`, lower-cased words before a cue, ends in the title of a document named by
/// its type word and `số` (`… ban hành kế hoạch số 48-kh/tu ngày 15/01/2019 `): no comma
/// after the number, where the clause would go on with a verb of its own (`triển khai nghị
/// quyết số 10-nq/tu, nhất là tiếp tục `).
fn in_a_numbered_title(lead: &str) -> bool {
    let numbered = memchr::memmem::rfind_iter(lead.as_bytes(), " số")
        .find(|&at| TYPE_WORDS.iter().any(|(w, _)| lead[..at].ends_with(w.trim_end())));
    numbered.is_some_and(|at| !lead[at..].contains(','))
}

/// `implements` for a document listed after `;` under a clause that carries out a document
/// it names first: `Thực hiện Chương trình phối hợp số 04-CTPH/BDVTU-BDT …; Kế hoạch phối
/// hợp số 93-KHPH/BDVTU-BDT …` and, in prose, `… nhất là tiếp tục thực hiện có hiệu quả Kết
/// luận số 65-KL/TW …; Thông tri số 01-TTr/TU …; Chỉ thị số 29-CT/TU …` (the sample corpus)
/// carry out every one of them. Each item between must open with a document too, save one
/// that itself carries something out: `…; tổng kết 10 năm thực hiện chính sách đối với người
/// có uy tín; Quyết định số 12/2018/QĐ-TTg … về chính sách cho người có uy tín` (the sample
/// corpus) carries out the decision whether the list's `thực hiện` governs it or the item's
/// (audit 2249). A clause of another kind (`; giải quyết các vấn đề …; Quyết định …`) ends it.
fn listed_after_implemented(text: &str, start: usize, at: usize) -> Option<&'static str> {
    let opens_with_document =
        |clause: &str| with_lower(clause, |c| type_word_opening(c.trim_start_matches(ITEM_MARKUP)).is_some());
    // This clause opens with the reference itself, or with the document it is part of.
    let lead_empty = text[start..at].trim_start_matches(ITEM_MARKUP).is_empty();
    if start == 0 || text.as_bytes()[start - 1] != b';' || !(lead_empty || opens_with_document(&text[start..at])) {
        return None;
    }
    let mut end = start - 1;
    let mut passed_a_task = false;
    for _ in 0..IMPLEMENTED_ITEMS {
        let from = clause_start(text, end);
        let clause = &text[from..end];
        let listed = from > 0 && text.as_bytes()[from - 1] == b';';
        if listed && opens_with_document(clause) {
            end = from - 1;
            continue;
        }
        if listed && !passed_a_task && carries_out_a_task(clause) {
            passed_a_task = true;
            end = from - 1;
            continue;
        }
        // Not a `thực hiện` after a document's number, in its title: it acts on what that title
        // names, not on the next item (`1. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 48-KH/TU
        // ngày 15/01/2019 thực hiện Nghị quyết 35-NQ/TW; Quyết định số 1150-QĐ/TU … về việc
        // thành lập Ban Chỉ đạo 35 tỉnh`, audit 2200).
        let carried_out = with_lower(clause, |c| {
            cues(c).any(|m| {
                let mut object = &c[m.end()..];
                object = object.trim_start_matches(' ');
                if let Some(w) = BEFORE_IMPLEMENTED.iter().find(|w| object.starts_with(**w)) {
                    object = &object[w.len()..];
                }
                relation_of(&m) == "implements" && names_a_document(object) && !in_a_numbered_title(&c[..m.start()])
            })
        });
        return carried_out.then_some("implements");
    }
    None
}

/// Whether `clause` carries out something that is no document (`tổng kết 10 năm thực hiện
/// chính sách đối với người có uy tín`): a `thực hiện` outside a numbered title.
fn carries_out_a_task(clause: &str) -> bool {
    with_lower(clause, |c| {
        cues(c).any(|m| {
            relation_of(&m) == "implements"
                && !in_a_numbered_title(&c[..m.start()])
                && !names_a_document(c[m.end()..].trim_start())
        })
    })
}

/// Whether the line break at `j` only wraps a paragraph, as a single line break in Markdown
/// does, whatever letter goes on (`… và Điều 15 của Luật⏎Tương trợ tư pháp …`): the line before
/// goes on without a stop, and the next is no list item, heading or table row.
fn soft_wrapped(text: &str, j: usize) -> bool {
    let after = &text[j + 1..];
    goes_on(text, j) && !after.starts_with(['\n', '#', '|', ' ']) && !is_list_item(after)
}

/// Whether the line break at `j` cuts a reference before its number (`… Luật Dẫn độ số⏎
/// 100/2025/QH15 …`): the line before goes on without a stop, the next opens with a number
/// that goes on with `/` (no list label).
fn wrapped_number(text: &str, j: usize) -> bool {
    let digits = text[j + 1..].bytes().take_while(u8::is_ascii_digit).count();
    goes_on(text, j) && digits > 0 && text.as_bytes().get(j + 1 + digits) == Some(&b'/')
}

/// Whether `text` opens with `word` and a space.
pub(crate) fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word).is_some_and(|rest| rest.starts_with(' '))
}

/// Headings of metadata lists of what the document acts on, lower-cased, with the act.
const LISTS_OF_ACTS: &[(&str, &str)] = &[("văn bản thay thế", "replaces"), ("văn bản bị thay thế", "replaces")];

/// Lines a sentence may be hard-wrapped over before the `;` of [`listed_stance`].
const LISTED_LINES: usize = 4;

/// Acts a document states of several whole documents at once, listed after `;`, and how far
/// into its line its own name and the first document's may reach.
const LISTED_ACTS: &[&str] = &["replaces", "repeals", "guides"];
const LISTED_ACT_REACH: usize = 96;

/// Relations whose cue governs no reference named as where its object is prescribed, and
/// the words that name it so.
/// `answers`: `… theo đề nghị của người đứng đầu cơ quan … quy định tại Nghị định số
/// 144/2020/NĐ-CP` answers no decree.
const PRESCRIBED_RELATIONS: &[&str] = &["implements", "answers"];
const PRESCRIBED_IN: &[&str] = &[
    " quy định tại ",
    // Before a list of documents: `… các cơ sở thực hiện xã hội hóa … quy định tại: Quyết định
    // số 1466/QĐ-TTg …`.
    " quy định tại:",
    " quy định của ",
    "theo quy định",
    // A provision in brackets says where the matter is prescribed: `Không thực hiện thủ tục
    // cấp giấy phép … (các khoản 1, 3, 4, 5 Điều 50 Luật 42/2024/QH15)`. Not `tại`, which in a
    // report names the document whose tasks are done (`… thực hiện các nhiệm vụ được giao tại
    // điểm 1, … Thông báo số 79-TB/TU`).
    // A document in brackets after `tại` says where the thing done is set out, or which
    // document the words before it name: `UBND tỉnh giao cơ quan cấp xã thực hiện (tại Quyết
    // định số 375/QĐ-UBND …)`, `(1) Kế hoạch thực hiện Chương trình MTQG … (tại Kế hoạch số
    // 33/KH-UBND …)`.
    "(tại ",
    "(khoản ",
    "(các khoản ",
    "(điểm ",
    "(điều ",
];

/// Whether what an `implements` cue at `cue` governs is found in the reference at `at`, as a
/// duty or a provision (`Thực hiện các nhiệm vụ được phân công tại Luật Hóa chất`, `1. Thực
/// hiện quy định về quyền và trách nhiệm … tại Điều 39 Luật Xây dựng số 135/2025/QH15`). Said
/// in a normative document, that says whose duty it is: the decree does not carry out the law.
/// A report or a plan does carry out what it names so (`… thực hiện các nhiệm vụ được giao tại
/// điểm 1, … Thông báo số 79-TB/TU`), so the caller asks this of normative documents only.
pub fn duty_located_in(text: &str, cue: usize, at: usize) -> bool {
    text.get(cue..at).is_some_and(|between| memchr::memmem::find(between.as_bytes(), " tại ".as_bytes()).is_some())
}

fn prescribed_in(rest: &str) -> bool {
    static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| finders(PRESCRIBED_IN));
    static QUY_DINH: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("quy định".as_bytes()));
    // Every phrase of PRESCRIBED_IN holds `quy định` or opens with `(`: where the rest holds
    // neither (most do), two searches say so for the nine phrases (each a search of its own).
    let b = rest.as_bytes();
    (memchr::memchr(b'(', b).is_some() || QUY_DINH.find(b).is_some()) && FINDERS.iter().any(|f| f.find(b).is_some())
}

/// Words after `căn cứ` that make it a noun, the grounds for working something out (`Căn cứ
/// tính tiền thuê đất`, `Căn cứ để xác định số tiền …`, `Căn cứ xác định thu nhập chịu thuế`).
const GROUNDS_FOR: &[&str] = &[" tính ", " xác định ", " để "];

/// Relations whose cue counts only where it opens its clause.
const OPENING_RELATIONS: &[&str] = &["basis"];

/// Cue phrases that count only where they open their clause, whatever their relation, and
/// are a word elsewhere.
const OPENING_PHRASES: &[&str] = &["bổ sung"];

/// Whether `lead`, what stands in a clause before a cue, is only markup and a list label:
/// `- `, `* `, `2. `, `a) `, `> `, `| `.
pub fn opens_clause(lead: &str) -> bool {
    clause_lead(lead) == lead.len()
}

/// Whether `clause` opens with `Căn cứ` past its markup and label (`a) Căn cứ các chỉ tiêu …`):
/// inside an article, the grounds of a measure, whose words describe other documents.
pub fn gives_grounds(clause: &str) -> bool {
    let rest = &clause[clause_lead(clause)..];
    rest.starts_with("Căn cứ") || rest.starts_with("căn cứ")
}

/// How many bytes at the start of `clause` are markup and a list label, the most of it that
/// [`opens_clause`] takes.
fn clause_lead(clause: &str) -> usize {
    const MARKUP: &[char] = &[' ', '\t', '-', '*', '•', '+', '>', '#', '_', '|', '(', '"', '“', '–'];
    let mut rest = clause.trim_start_matches(MARKUP);
    // An article's heading opens with its number (`### Điều 2. Bổ sung khoản 15 Điều 4 Nghị
    // định số 320/2025/NĐ-CP`): the verb after it opens the clause. Cues read lower-cased.
    if let Some(after) = rest.strip_prefix("Điều ").or_else(|| rest.strip_prefix("điều ")) {
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let number = &after[digits..];
        let number = number.strip_prefix(|c: char| c.is_ascii_lowercase()).unwrap_or(number);
        if digits > 0
            && let Some(heading) = number.strip_prefix(". ")
        {
            rest = heading.trim_start_matches(MARKUP);
        }
    }
    // A label is at most three bytes before its mark: no further look for the mark.
    let label = rest.bytes().take(4).position(|b| matches!(b, b'.' | b')'));
    let label = label.filter(|&i| i >= 1 && rest[..i].chars().all(char::is_alphanumeric));
    let rest = label.map_or(rest, |i| &rest[i + 1..]).trim_start_matches(MARKUP);
    // `đồng thời` (at the same time) only joins the clause to the one before: the verb after
    // it opens the clause (`(sửa đổi Nghị định 68/2026/NĐ-CP); đồng thời bổ sung khoản 15 Điều
    // 4 Nghị định 320/2025/NĐ-CP`, relation audit 2223).
    let rest = ["đồng thời ", "Đồng thời "].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    clause.len() - rest.len()
}

/// The stance a heading gives the items of the list under it: `## Căn cứ pháp lý` then `- Luật
/// Đất đai số 31/2024/QH15 …` lists the basis, as a preamble's `Căn cứ …;` lines do. `at` is
/// where the item's clause starts, `reference` where the reference does.
fn heading_stance(text: &str, at: usize, reference: usize) -> Option<&'static str> {
    const REACH: usize = 8_000;
    let mut start = item_start(text, at);
    // A table's rows under a lead-in list as items do (`Nghị định sửa đổi, bổ sung một số điều
    // của các Nghị định sau:`, then `| V | **140/2025/NĐ-CP** & … | … |`).
    let is_item = |line: &str| is_list_item(line) || line.starts_with('|');
    if !is_item(&text[start..]) {
        return None;
    }
    // The item's own text: `at`, its clause's start, may lie on an item above.
    let item_from = item_start(text, reference);
    let item_from = listed_in_item(&text[item_from..], reference - item_from).map_or(item_from, |i| item_from + i);
    let floor = at.saturating_sub(REACH);
    // Whether an item of another kind of label lies between: the list of a lead-in's own
    // items has ended (`a) …`, `b) …` under `Thông tư này hướng dẫn … sau đây:`, then `2. …`).
    let own_kind = label_kind(&text[start..]);
    let mut other_level = false;
    while start > floor {
        let end = start - 1;
        start = line_start(text, end);
        // A quote block's marks are no words of its lines (`>` alone is a blank line in it).
        let mut line = text[start..end].trim().trim_start_matches('>').trim_start();
        // A lead-in a text layer wrapped (`3. Các quy định sau đây hết hiệu lực kể từ ngày Nghị
        // định này có hiệu lực⏎thi hành:`) is read whole.
        // The line above must say `sau đây` for one without a colon: most lines in small
        // letters go on an item, and reading each item whole would cost a search apiece.
        if line.starts_with(char::is_lowercase)
            && (line.ends_with(':') || (start > 0 && says_what_follows(&text[line_start(text, start - 1)..start])))
        {
            let from = item_start(text, start);
            let whole = text[from..end].trim();
            if line.ends_with(':') || open_lead_in(whole) {
                (start, line) = (from, whole);
            }
        }
        // A sentence that leads in the list (`… các văn bản sau đây hết hiệu lực thi hành:`,
        // `Điều 3. Bãi bỏ các văn bản sau:`), an item itself or not, gives its last cue's act
        // to every item.
        if line.trim_end_matches(['|', '*', '_', ' ']).ends_with(':') || open_lead_in(line) {
            // The document's own words on what it details or guides (`Thông tư này hướng dẫn
            // cụ thể các nội dung sau đây:`, `1. Quy định chi tiết các nội dung về:`) give each
            // item's provisions that act, whatever the item says of them (`a) … quy định tại các
            // Điều 18 … của Quy chế … ban hành kèm theo Nghị định số 11/2006/NĐ-CP`).
            // Only the item's first document: one named after it is what the guided
            // provision is read with (`… theo quy định tại điểm c khoản 9 Điều 4 Nghị quyết số
            // 254/2025/QH15 … theo quy định của Luật Đất đai 2024`), or amended by (`… Luật Công
            // đoàn đã được sửa đổi, bổ sung tại khoản 8 Điều 2 Luật số 97/2025/QH15`).
            let before = &text[item_start(text, reference)..reference];
            let first = !NAMING_WORDS.iter().any(|w| before.contains(w));
            if !other_level && first && own_guidance_lead_in(line) {
                return Some("guides");
            }
            // The item must be a document, not a sentence that cites one (`5. Khi giải quyết tố
            // cáo theo quy định tại … Luật Tố cáo`).
            let item = &text[item_from..reference];
            // Words the item quotes (`Cụm từ "quy định tại Mục 7 …" bằng cụm từ "…" tại …`)
            // are no sentence of it; a list of the provisions that cease (`Điều 11; khoản 1
            // Điều 12; các Điều 16, 17, … của Nghị định số …`) may run long.
            let said = crate::quotes::unquoted(item);
            let long = said.len() > 120 && !(said.len() <= 600 && with_lower(&said, names_a_part));
            if said.contains("quy định") || theo_follows(&said) || long {
                return None;
            }
            // A lead-in that carries out directives the list names (`Quán triệt, triển khai kết
            // luận của Tổng Bí thư, Chủ tịch nước Tô Lâm về:`, then `- Chỉ thị 34-CT/TW …`)
            // gives its act to each item's documents, as one that guides does.
            if !other_level && first && implementing_lead_in(line) {
                return Some("implements");
            }
            // The act is said of the document the item lists, not of one named in its title
            // (`b) Nghị định số 15/2016/NĐ-CP … sửa đổi, bổ sung … Nghị định số 79/2012/NĐ-CP`).
            // A part of another document joined to the first (`b) Điểm g khoản 6 Điều 24 Nghị
            // định số 147/2024/NĐ-CP … và Phần V Mục I Phụ lục I Nghị quyết số 18/2026/NQ-CP`)
            // is listed too.
            let joined_part = || {
                let after = &item[item.rfind('/').unwrap_or(0)..];
                after.rfind(" và ").is_some_and(|i| {
                    let part = after[i + " và ".len()..].trim_start();
                    with_lower(&part[..part.floor_char_boundary(PART_WORD_BYTES)], |p| {
                        PARTS_REPLACED.iter().any(|w| starts_with_word(p, w))
                    })
                })
            };
            let first_listed = !item.contains('/') || joined_part();
            // A label over part of the list (`**Quy chuẩn, danh mục cây trồng:**`) says no act:
            // the heading above it does.
            let label = line.trim_matches(|c: char| matches!(c, '#' | '*' | '_' | ':' | ' '));
            // Nor does an item above that leads in a list of its own and holds no cue (`**đ)**
            // Các điều, khoản, điểm của Nghị định số 151/2025/NĐ-CP, bao gồm:`, then `- **đ1)**
            // …`): it is a sibling, and the lead-in above both gives this item its act.
            if (label.len() <= 80 || is_list_item(line)) && with_lower(label, |l| cues(l).next().is_none()) {
                continue;
            }
            // Read before the line: one lower-cased text at a time.
            let item_names_a_part = with_lower(item, names_a_part);
            return with_lower(line, |l| {
                let m = cues(l).last()?;
                let relation = relation_of(&m);
                // `Căn cứ:` opens its line; an act on documents is said of those that follow
                // (`… các văn bản sau đây hết hiệu lực thi hành:`, `Nghị định này bãi bỏ:`), not of
                // a merger of associations or the grounds for a measure (`… có căn cứ sau:`).
                // A stance heads the list, as a heading would (`Căn cứ pháp lý:`), not a sentence
                // that opens with the word (`Căn cứ vào từng thời kỳ, Cơ quan đại diện áp dụng
                // văn bản pháp luật tương ứng sau đây …:`).
                // So does the document's own word on what it is issued on (`Nghị định này được
                // ban hành dựa trên các căn cứ sau:`).
                let stated = if STANCE_RELATIONS.contains(&relation) {
                    (opens_clause(&l[..m.start()]) && l.len() <= 80) || l[..m.start()].contains(" này được ban hành ")
                } else {
                    // `… hết hiệu lực kể từ ngày Nghị định này có hiệu lực:` says when, not what.
                    let when = ["kể từ ", "từ ngày "].iter().any(|w| l[m.end()..].trim_start().starts_with(w));
                    first_listed && (l.contains("sau") || l.len() - m.end() <= 25 || when)
                };
                // A part listed (`**đ)** Các điều, khoản, điểm của Nghị định số 151/2025/NĐ-CP`)
                // that ceases or is replaced leaves the document standing.
                (stated && LEAD_IN_RELATIONS.contains(&relation)).then(|| of_the_part(relation, item_names_a_part))
            });
        }
        // A line in small letters goes on a hard-wrapped item (`a) Nghị định số 123/2020/NĐ-CP
        // … của Chính⏎phủ quy định về hóa đơn, chứng từ;`).
        if line.is_empty() || is_item(line) || line.starts_with(char::is_lowercase) {
            other_level |= is_item(line) && label_kind(line) != own_kind;
            continue;
        }
        // So does one that opens with a number (`37; điểm a khoản 1 Điều 38 …`, after `… 28,
        // 29 và`): the item it goes on is passed over whole.
        let from = item_start(text, start);
        if from != start && is_list_item(&text[from..]) {
            start = from;
            continue;
        }
        let heading = line.trim_matches(|c: char| matches!(c, '#' | '*' | '_' | ':' | ' '));
        // An article that repeals what it lists (`### Điều 1. Bãi bỏ toàn bộ một số văn bản quy
        // phạm pháp luật thuộc lĩnh vực trồng trọt …`, then `1. **TT 16/2014/TT-BNNPTNT** — …`).
        if let Some(title) = article_title(heading) {
            let item = &text[line_start(text, reference)..reference];
            let listed = !item.contains('/') && !item.contains("quy định") && item.len() <= 120;
            return with_lower(title, |t| {
                let m = cues(t).next().filter(|m| m.start() == 0)?;
                (listed && relation_of(&m) == "repeals").then_some("repeals")
            });
        }
        if heading.len() > 80 || heading.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        return with_lower(heading, |h| {
            // A metadata heading over what this document replaces (`### Văn bản thay thế`, then
            // `- Nghị định số 36/2025/NĐ-CP ngày 25/02/2025`), as its `| **Thay thế** |` row
            // says it; not `Văn bản thay thế / liên quan`, whose items say which they are.
            if let Some((_, relation)) = LISTS_OF_ACTS.iter().find(|(heading, _)| h == *heading) {
                let item = &text[line_start(text, reference)..reference];
                let listed = !item.contains('/') && !item.contains("quy định") && item.len() <= 120;
                return listed.then_some(*relation);
            }
            let m = cues(h).next().filter(|m| m.start() == 0)?;
            let relation = relation_of(&m);
            STANCE_RELATIONS.contains(&relation).then_some(relation)
        });
    }
    None
}

/// Where in `item` (a list's item from its label, up to a reference and on) the document
/// the item lists after another with `;` starts (`4) Nghị định số 37/2015/NĐ-CP … quy định chi tiết về hợp đồng xây
/// dựng; Nghị định số 50/2021/NĐ-CP …`): each is read from its own. Not where the first one's
/// title names documents, which the `;` lists on (`a) Điều 2 Nghị định 04/2020/NĐ-CP … sửa
/// đổi, bổ sung một số điều của Nghị định số 31/2016/NĐ-CP …; Nghị định số 90/2017/NĐ-CP …`),
/// nor where the `;` is the title's own (`… hóa chất; vật liệu nổ công nghiệp …`).
fn listed_in_item(item: &str, reference: usize) -> Option<usize> {
    const TYPE_WORDS: &[&str] = &["Luật", "Pháp lệnh", "Nghị định", "Nghị quyết", "Quyết định", "Thông tư", "Chỉ thị"];
    let semicolon = item[..reference].rfind(';')?;
    let next = item[semicolon + 1..].trim_start();
    let first_number = item.find('/')?;
    let title = item.get(first_number..semicolon)?;
    (TYPE_WORDS.iter().any(|w| next.starts_with(w)) && !TYPE_WORDS.iter().any(|w| title.contains(w)))
        .then_some(semicolon + 1)
}

/// Whether `line`, a lead-in, is the document's own words on what it guides or details: a
/// guiding cue opens it (`1. Quy định chi tiết các nội dung về:`, not `Hướng dẫn`, which may
/// instruct someone), after `… này` (`Thông tư này hướng dẫn cụ thể các nội dung sau đây:`) or
/// the document's type word alone ([`OWN_TYPE_WORDS`]: `Nghị định quy định chi tiết một số
/// điều của Luật Giáo dục đại học, bao gồm:`).
fn own_guidance_lead_in(line: &str) -> bool {
    with_lower(line, |l| {
        cues(l).next().is_some_and(|m| {
            let lead = &l[clause_lead(&l[..m.start()])..m.start()];
            let lead = lead.trim_matches([' ', '*', '_']);
            relation_of(&m) == "guides" && (guidance_of_its_own(lead, None, &m) || OWN_TYPE_WORDS.contains(&lead))
        })
    })
}

/// Whether `line`, a lead-in, opens with verbs that carry out directives and names them
/// only by a general word the items spell out (`Quán triệt, triển khai kết luận của Tổng Bí
/// thư, Chủ tịch nước Tô Lâm về:`): not one with a number of its own, which names what it
/// carries out itself (`Thực hiện Nghị quyết số 10/NQ-CP, … các văn bản sau:`), nor the
/// document itself (`Tổ chức triển khai thực hiện Nghị định này tại địa phương:`), nor tasks
/// (`Thực hiện các nhiệm vụ:`).
fn implementing_lead_in(line: &str) -> bool {
    let rest = &line[clause_lead(line)..];
    if rest.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    with_lower(rest, |l| {
        let mut object = l.trim_start_matches(['*', '_']);
        let mut carried_out = false;
        while let Some(verb) = IMPLEMENTING_VERBS
            .iter()
            .find(|v| object.strip_prefix(**v).is_some_and(|after| after.starts_with([' ', ','])))
        {
            carried_out |= *verb != "tổ chức" && *verb != "tiếp tục";
            object = object[verb.len()..].trim_start_matches([',', ' ']);
            object = object.strip_prefix("và ").unwrap_or(object);
        }
        object = object.strip_prefix("các ").unwrap_or(object);
        carried_out
            && DIRECTIVE_WORDS.iter().any(|w| {
                object.strip_prefix(w).is_some_and(|after| after.starts_with(' ') && !after.starts_with(" này"))
            })
    })
}

/// Verbs (lower-cased) that open a lead-in carrying out directives, and the words that go
/// with them (`tổ chức triển khai thực hiện`, `tiếp tục quán triệt`).
const IMPLEMENTING_VERBS: &[&str] = &["quán triệt", "triển khai", "thực hiện", "tổ chức", "tiếp tục"];

/// General words (lower-cased) for the directives such a lead-in carries out.
const DIRECTIVE_WORDS: &[&str] =
    &["kết luận", "nghị quyết", "chỉ thị", "chỉ đạo", "ý kiến chỉ đạo", "thông báo", "văn bản", "công điện"];

/// A document's type words (lower-cased) that, alone before a guiding cue, name the document
/// itself (`Nghị định quy định chi tiết …`).
const OWN_TYPE_WORDS: &[&str] = &["nghị định", "thông tư", "thông tư liên tịch", "quyết định", "nghị quyết"];

/// Words that name a document in a list's item, capitalized as a name is.
const NAMING_WORDS: &[&str] =
    &["Luật ", "Bộ luật ", "Pháp lệnh ", "Nghị định ", "Nghị quyết ", "Thông tư ", "Quyết định ", "Chỉ thị "];

/// The kind of label a list's item opens with: a bullet, a number, a letter, or a table's row.
fn label_kind(line: &str) -> u8 {
    let t = line.trim_start_matches([' ', '\t', '>']);
    if t.starts_with('|') {
        return 3;
    }
    if ["- ", "* ", "• ", "+ ", "– "].iter().any(|b| t.starts_with(b)) {
        return 0;
    }
    let t = t.trim_start_matches(['*', '_']);
    if t.starts_with(|c: char| c.is_ascii_digit()) { 1 } else { 2 }
}

/// Whether `line` leads in what follows without its colon: it says `sau đây` and ends on no
/// stop (`2. Các văn bản quy phạm pháp luật sau đây hết hiệu lực kể từ ngày Nghị⏎định này có
/// hiệu lực thi hành`, then `4) Nghị định số 37/2015/NĐ-CP …`).
fn open_lead_in(line: &str) -> bool {
    says_what_follows(line) && !line.ends_with(['.', ';', ',', ':', ')', '|'])
}

/// Whether `line` says ` sau đây ` (`the following`), through a searcher built once: one
/// built at every call cost more than the search.
fn says_what_follows(line: &str) -> bool {
    static FOLLOWING: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(" sau đây "));
    FOLLOWING.find(line.as_bytes()).is_some()
}

/// Where the line holding `at` starts, or, where a text layer wrapped a list's item onto it
/// (`  a) Điều 11; …; các Điều 16, 17, 24, 25, 26, 27, 28, 29 và⏎37; điểm a khoản 1 Điều 38
/// của Nghị định số 71/2024/NĐ-CP;`, a blank line at most between), the item's first line.
/// A heading is no line an item goes on.
fn item_start(text: &str, at: usize) -> usize {
    const WRAPPED_LINES: usize = 6;
    let mut start = line_start(text, at);
    for _ in 0..WRAPPED_LINES {
        if start == 0 || is_list_item(&text[start..]) {
            break;
        }
        // A line may open with a capital where the break fell before a provision (`… Điều 10,⏎
        // Điều 11; khoản 3 …`), but only right under the line it goes on.
        let small = text[start..].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
        let mut end = start - 1;
        if end > 0 && text[..end].ends_with('\n') {
            if !small {
                break;
            }
            end -= 1;
        }
        let above = line_start(text, end);
        if !goes_on(text, end) || text[above..].trim_start().starts_with('#') {
            break;
        }
        start = above;
    }
    start
}

/// The title of an article's heading (`Điều 3. Bãi bỏ …` gives `Bãi bỏ …`).
fn article_title(heading: &str) -> Option<&str> {
    let rest = heading.strip_prefix("Điều ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| rest[digits..].strip_prefix(". ")).flatten()
}

/// What a sentence that leads in a list may do to every document listed: the document's own
/// acts on others (not `implements`/`guides`, which a lead-in says of tasks: `Thực hiện các
/// nhiệm vụ sau:`, nor `consolidates`: `hợp nhất` also merges associations).
const LEAD_IN_RELATIONS: &[&str] = &["basis", "amends", "replaces", "repeals"];

/// Whether `line` opens as an item of a list: `- `, `* `, `• `, `+ `, `– `, `1. `, `a) `, `đ1) `,
/// its label also in bold (`**a)** `), in a quote block or not.
fn is_list_item(line: &str) -> bool {
    // Items may stand in a quote block (`> **a)** Điều 3 Nghị định số 128/2018/NĐ-CP …`).
    let t = line.trim_start_matches([' ', '\t', '>']);
    if ["- ", "* ", "• ", "+ ", "– "].iter().any(|b| t.starts_with(b)) {
        return true;
    }
    let t = t.trim_start_matches(['*', '_']);
    // A label is at most three characters: no look further for its mark. A line's first
    // letters, most of them Vietnamese, are told without Unicode's tables (7 M instructions of
    // a scan of real text).
    let Some((marker, _)) = t.char_indices().take(4).find(|&(_, c)| !crate::recognize::is_alnum(c)) else {
        return false;
    };
    let (label, rest) = t.split_at(marker);
    // `1.`, `a)`, and a sub-item's `đ1)`: a letter and its number.
    let mut chars = label.chars();
    let lettered = chars.next().is_some_and(char::is_alphabetic) && chars.all(|c| c.is_ascii_digit());
    // OCR may double the mark, and leave out the space after it (`a))Nghị định số 70/2025/NĐ-CP …`).
    let doubled = rest.strip_prefix("))");
    !label.is_empty()
        && (label.bytes().all(|b| b.is_ascii_digit()) || lettered)
        && (doubled.is_some_and(|after| after.starts_with([' ', 'N', 'Q', 'T', 'L', 'C', 'Đ']))
            || rest.strip_prefix(['.', ')']).is_some_and(|after| after.trim_start_matches(['*', '_']).starts_with(' ')))
}

#[cfg(test)]
mod tests {

    /// From shared/corpus/real (QĐ 1255/2026/QĐ-TTg, the scanned copy): a `.` glued inside a
    /// type word and a `|` glued to a line's last word are specks; a sentence's end, a word
    /// that is no type's, and a table's column are not.
    #[test]
    fn specks_inside_a_type_word_and_at_a_line_s_end() {
        let speck = |t: &str| super::speck_in_type_word(t, t.find(". ").unwrap());
        assert!(speck("môi trường;,\nQuyết. định số 693/QĐ-TTg"));
        assert!(speck("; Thông. tư liên tịch số 13/2016/TTLT-BYT-BGDĐT"));
        assert!(!speck("hết hiệu lực. Quyết định số 693/QĐ-TTg"));
        assert!(!speck("số liệu quyết. toán năm 2025"));
        assert!(!speck("theo Luật. các điều"));
        assert!(super::stray_bar("xã hội hóa trong lĩnh|"));
        assert!(!super::stray_bar("| 2 | Danh mục trong lĩnh|"));
        assert!(!super::stray_bar("trong lĩnh vực |") && !super::stray_bar("giá 200.000|"));
        assert!(!super::lists_another("\nQuyết. toán số 12 năm 2025"));
        assert!(super::lists_another("\nQuyết. định số 693/QĐ-TTg"));
    }

    /// From the sample corpus (data/): documents listed after `;` under a clause that carries
    /// out the first are carried out too; not under a type word used as a common noun
    /// (shared/corpus/real, Thông tư 60/2026/TT-BTC), nor after a clause of another kind.
    #[test]
    fn documents_listed_under_thuc_hien_are_carried_out() {
        let t = "Thực hiện Chương trình phối hợp số 04-CTPH/BDVTU-BDT ngày 06/01/2021 giữa Ban Dân vận Tỉnh ủy và Ban \
                 Dân tộc tỉnh về phối hợp thực hiện công tác dân tộc giai đoạn 2021 – 2025; Kế hoạch phối hợp số \
                 93-KHPH/BDVTU-BDT ngày 20/12/2023 về phối hợp thực hiện công tác dân tộc năm 2023; Ban Dân tộc tỉnh";
        assert_eq!(relation_before(t, t.find("Kế hoạch phối hợp").unwrap(), None), "implements");
        let t = "nhất là tiếp tục thực hiện có hiệu quả Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị; Thông \
                 tri số 01-TTr/TU, ngày 09/12/2015 về triển khai; Chỉ thị số 29-CT/TU, ngày 06/7/2018 về tăng cường; \
                 tổng kết 10 năm thực hiện chính sách đối với người có uy tín; Quyết định số 12/2018/QĐ-TTg";
        assert_eq!(relation_before(t, t.find("Chỉ thị số 29").unwrap(), None), "implements");
        // One task carried out between goes on with the list (audit 2249).
        assert_eq!(relation_before(t, t.find("Quyết định số 12").unwrap(), None), "implements");
        let t = "nguồn ngân sách nhà nước thực hiện Chương trình thực hiện theo quy định của pháp luật về ngân sách nhà \
                 nước; Nghị định số 358/2025/NĐ-CP; Quyết định số 16/2026/QĐ-TTg; văn bản hướng dẫn";
        assert_eq!(relation_before(t, t.find("Nghị định số 358").unwrap(), None), "cites");
        assert_eq!(relation_before(t, t.find("Quyết định số 16").unwrap(), None), "cites");
    }
    use super::*;

    /// From shared/corpus/real (Nghị định 238/2026/NĐ-CP; audit 2209): tones OCR misread in
    /// `sửa đổi, bổ sung` of the same length are put right, and the amending law is read as
    /// the agent; `đôi`, of another length, too (see `mend_misread_lengths`).
    #[test]
    fn misread_tones_of_the_verb_are_put_right() {
        let line = "Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 được sửa đối, bồ sung bởi Luật \
                    số 118/2025/QH15;\n";
        let graph = crate::resolve::graph_of(&[("nd.md", line)]);
        assert!(
            graph.edges.iter().any(|e| (&*e.from, &*e.to, &*e.relation) == ("118/2025/QH15", "36/2024/QH15", "amends")),
            "{:#?}",
            graph.edges
        );
        assert_eq!(with_lower("Sửa Đỗi, Bỗ sung; sửa đôi", str::to_string), "sửa đổi, bổ sung; sửa đổi");
        assert_eq!(with_lower("bố sung, bỗ", str::to_string), "bổ sung, bỗ");
    }

    /// From shared/corpus/real (Nghị định 236/2026/NĐ-CP, 169/2026/NĐ-CP, Thông tư
    /// 60/2026/TT-BTC): `đôi` and `bô`, a letter short, are put right too, offsets read back
    /// into the text as written; the verb in another document's title stays that title's.
    #[test]
    fn misread_lengths_of_the_verb_are_put_right() {
        let edges = |name: &str, text: &str| {
            let graph = crate::resolve::graph_of(&[(name, text)]);
            graph
                .edges
                .iter()
                .map(|e| (e.from.to_string(), e.to.to_string(), e.relation.to_string()))
                .collect::<Vec<_>>()
        };
        let has = |edges: &[(String, String, String)], from: &str, to: &str, relation: &str| {
            edges.iter().any(|(f, t, r)| (f.as_str(), t.as_str(), r.as_str()) == (from, to, relation))
        };
        let t = "Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 3 6/2024/QH15 được\nsửa đôi, bô sung bởi Luật số \
                 118/2025/QH15;\nChính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định\nsố 151/2024/NĐ-CP \
                 ngày 15 tháng 11 năm 2024 của Chính phủ quy định chỉ\ntiết một số điễu và biện pháp thi hành Luật Trật \
                 tự, an toàn giao thông đường\nbộ được sửa đôi, bô sung bởi Nghị định sô 184/2025/NĐ-CP ngày 01 tháng \
                 7\nnăm 2025 của Chính phủ.\n";
        let e = edges("236-2026-nd-cp.md", t);
        assert!(has(&e, "118/2025/QH15", "36/2024/QH15", "amends"), "{e:#?}");
        assert!(has(&e, "184/2025/NĐ-CP", "151/2024/NĐ-CP", "amends"), "{e:#?}");
        let t = "Luật Xử lý vi phạm hành chính sô 15/2012/QH13 được sửa đôi, bổ sung bởi\nLuật số 67/2020/QH14, Nghị \
                 định này quy định các biện pháp khắc phục hậu\n";
        let e = edges("169-2026-nd-cp.md", t);
        assert!(has(&e, "67/2020/QH14", "15/2012/QH13", "amends"), "{e:#?}");
        let t = "2025, Thông tư số 175/2024/TT-BTC ngày 31 tháng 10 năm 2024 của Bộ Tài\nchính sửa đôi, bổ sung một số \
                 điều của Thông tư số 55/2023/TT-BTC và Thông\n16\n\ntư số 112/2025/TT-BTC ngày 28 tháng 11 năm 2025 \
                 của Bộ Tài chính sửa đổi,\nbổ sung một số điều của Thông tư số 55/2023/TT-BTC (sau đây gọi chung \
                 là\nThông tư số 55/2023/TT-BTC) hết hiệu lực thi hành kể từ ngày Thông tư này có\n";
        let e = edges("60-2026-tt-btc.md", t);
        assert!(has(&e, "175/2024/TT-BTC", "55/2023/TT-BTC", "amends"), "{e:#?}");
        assert!(!e.iter().any(|(f, _, r)| f.contains("60-2026") && r == "amends"), "{e:#?}");
        // The cue's offset is the text's, after the letters put right.
        let t = "Căn cứ Luật Đất đai được sửa đôi, bô sung bởi Luật số 43/2024/QH15 và sửa đôi Luật số 47/2024/QH15";
        let at = t.find("Luật số 47").unwrap();
        assert_eq!(read_relation_among(t, at, None, None, &[]).cue, t.rfind("sửa đôi"));
        assert_eq!(cue_in(&t[..at]).map(|c| (c.start, c.end)), Some((t.rfind("sửa đôi").unwrap(), at - 1)));
        // Nor is `đôi`, `bô` mended in another word, or a text without them copied.
        assert_eq!(with_lower("sửa đôii, bôt sung; cá bô sungx", str::to_string), "sửa đôii, bôt sung; cá bô sungx");
        with_lower_grown("Sửa đôi, bô sung", |l, grown| {
            assert_eq!(l, "sửa đổi, bổ sung");
            // `ổ` at 8 and 15 of the mended text, `ô` at 8 and 14 of the text.
            assert_eq!((grown.to_text(8), grown.to_text(11), grown.to_text(24)), (8, 10, 22));
            assert_eq!(
                (grown.to_lower(8), grown.to_lower(10), grown.to_lower(14), grown.to_lower(22)),
                (8, 11, 15, 24)
            );
        });
    }

    /// A part named by its number lists on after `;`; the word in another sense does not.
    #[test]
    fn a_numbered_part_is_a_part() {
        for (lower, word) in [("điều 4 của quy định", "điều"), ("mục ii của", "mục"), ("điểm a khoản 2", "điểm")]
        {
            assert!(numbered_part(lower, word), "{lower}");
        }
        for (lower, word) in [("mục tiêu của", "mục"), ("điều kiện", "điều"), ("phần lớn", "phần")]
        {
            assert!(!numbered_part(lower, word), "{lower}");
        }
    }

    /// shared/corpus/real: how a ceasing clause's subject names the document it opens with.
    #[test]
    fn a_ceasing_subject_names_its_document() {
        assert!(opens_with_its_link("2. Nghị định số ["));
        assert!(!opens_with_its_link("2. Danh mục số ["));
        assert!(placed_in_a_part("3. Các chế độ, chính sách đối với lực lượng dự bị động viên quy định tại Mục I "));
        assert!(placed_in_a_part("2. Kiểm tra kiến thức pháp luật theo mô phỏng quy định tại điểm b khoản 1 Điều 6, "));
        assert!(!placed_in_a_part("1. Thông tư này có hiệu lực, trừ trường hợp quy định tại khoản 6 Điều này. "));
        assert!(!placed_in_a_part("Các mức quy định tại mục tiêu "));
        assert!(names_the_agent("quy định tại điểm b khoản 1 Điều 6, được sửa đổi, bổ sung tại "));
        assert!(!names_the_agent("quy định tại điểm b khoản 1 Điều 6, "));
        let t = "2. Kiểm tra quy định tại điểm b, được sửa đổi.".to_string() + &"x".repeat(600);
        assert_eq!(whole_clause_start(&t, t.len() - 10), 0);
    }

    /// Nghị định 192/2026/NĐ-CP (shared/corpus/real), its list of acts: an item's verdict after
    /// a dash says what the decree does to the item's subject, a part repealed as beside it
    /// a whole decision ceases; the agent a bracketed note names does nothing here.
    #[test]
    fn an_items_verdict_after_a_dash_is_this_documents_act() {
        let t = "### Văn bản thay thế / bãi bỏ một phần\n\n\
                 - Quyết định số **73/2011/QĐ-TTg** ngày 28/12/2011 — chế độ phụ cấp đặc thù đối với công chức, viên \
                 chức, người lao động trong cơ sở y tế công lập và chế độ phụ cấp chống dịch — **hết hiệu lực**.\n\
                 - Khoản 2 Điều 26 Nghị định số **60/2021/NĐ-CP** (sửa đổi, bổ sung bởi Nghị định số \
                 **111/2025/NĐ-CP**) — cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập — **bãi bỏ**.\n";
        let scan = crate::scan::scan_text("x.md".into(), t);
        let relations: Vec<&str> = scan.mentions.iter().map(|m| &*m.relation).collect();
        assert_eq!(relations, ["repeals", "repeals-part", "cites"]);
        assert!(verdict_after_dash("đơn vị sự nghiệp công lập — **", "**.\n"));
        // The verb after its subject, or going on, is no verdict on the item.
        assert!(!verdict_after_dash("- Nghị định số 37/2026/NĐ-CP ", " Điều 5 của Nghị định số 12/2020/NĐ-CP."));
        assert!(!verdict_after_dash("— ", " Điều 5 của Nghị định số 12/2020/NĐ-CP."));
        assert!(agent_of_a_note("- Khoản 2 Điều 26 Nghị định số **60/2021/NĐ-CP** (sửa đổi, bổ sung bởi "));
        assert!(!agent_of_a_note("- Khoản 2 Điều 26 (sửa đổi, bổ sung bởi Nghị định số 111/2025/NĐ-CP) "));
    }

    /// shared/corpus/real and a Party report: a cue that is a noun or a type word.
    #[test]
    fn a_cue_read_as_a_noun_or_a_type_word() {
        assert!(numbered_after(" số 18-hd/btgtu ngày 20/02/2024"));
        assert!(numbered_after(" số: 18-hd/btgtu"));
        assert!(!numbered_after(" số lượng cán bộ"));
        assert!(!numbered_after(" thực hiện"));
        for w in NOUN_BEFORE {
            let t =
                format!("các nội dung {w}hướng dẫn hoạt động y tế tại Thông tư liên tịch số 03/2000/TTLT-BYT-BGDĐT");
            assert_eq!(read_relation(&t, t.find("Thông tư").unwrap(), None, None).relation, "cites", "{w}");
        }
    }

    /// Audit 2200: a `thực hiện` in a numbered document's title, or in a clause of its own.
    #[test]
    fn a_cue_in_a_numbered_title() {
        assert!(in_a_numbered_title("1. ban thường vụ tỉnh ủy ban hành kế hoạch số 48-kh/tu ngày 15/01/2019 "));
        assert!(in_a_numbered_title("căn cứ kế hoạch số 48-kh/tu của ban thường vụ tỉnh ủy về "));
        assert!(!in_a_numbered_title("triển khai nghị quyết số 10-nq/tu, nhất là tiếp tục "));
        assert!(!in_a_numbered_title("tăng số lượng và "));
    }
    use crate::tables::CUES;

    /// Thông tư 70/2026/TT-BCA (shared/corpus/real), shortened: the first thông tư's aside
    /// names who amended it; the second is amended under the cue before both.
    #[test]
    fn a_cue_in_a_closed_aside_is_the_asides_own() {
        let t = "Sửa đổi, bổ sung một số điều của Thông tư số 04/2015/TT-BCA (được sửa đổi, bổ sung một số điều tại \
                 Thông tư số 57/2020/TT-BCA) và Thông tư số 31/2015/TT-BCA về cấp thị thực";
        assert_eq!(relation_before(t, t.find("Thông tư số 31").unwrap(), None), "amends");
        let t = "Căn cứ Luật Đầu tư số 61/2020/QH14 (đã được sửa đổi, bổ sung bởi Luật số 03/2022/QH15) và Luật \
                 Doanh nghiệp số 59/2020/QH14";
        assert_eq!(relation_before(t, t.find("Luật Doanh").unwrap(), None), "basis");
    }

    #[test]
    fn every_cue_example_gives_its_relation() {
        for cue in CUES {
            let found = crate::recognize::recognize_str(cue.example);
            let at = found.last().unwrap_or_else(|| panic!("no reference in {:?}", cue.example)).span.start;
            assert_eq!(relation_before(cue.example, at, None), cue.relation, "{:?}", cue.example);
        }
    }

    /// From shared/corpus/real (Nghị định 144/2026/NĐ-CP, an audit of relations: the decree
    /// amends the one its row called replaced).
    #[test]
    fn a_row_s_note_says_the_act_its_key_does_not() {
        let row = |value: &str| format!("| Văn bản thay thế | {value} |");
        for (value, act) in [
            ("NĐ 181/2025/NĐ-CP (được sửa đổi, bổ sung)", Some("amends")),
            ("NĐ 181/2025/NĐ-CP (bị bãi bỏ)", Some("repeals")),
            ("NĐ 181/2025/NĐ-CP (sửa đổi bởi Nghị định 12/2026/NĐ-CP)", None),
            ("NĐ 181/2025/NĐ-CP (2025)", None),
            ("NĐ 181/2025/NĐ-CP", None),
        ] {
            let text = row(value);
            let end = text.find("NĐ-CP").expect("symbol") + "NĐ-CP".len();
            assert_eq!(row_note(&text, end), act, "{text}");
        }
        for (words, _) in ROW_NOTES {
            let text = format!("| Thay thế | Nghị định 1/2020/NĐ-CP (được {words}) |");
            assert!(row_note(&text, text.find(" (").expect("note")).is_some(), "{words}");
        }
        // Not in prose.
        assert_eq!(row_note("Thay thế NĐ 181/2025/NĐ-CP (được sửa đổi)", 25), None);
    }

    /// From shared/corpus/real (Nghị định 146/2026/NĐ-CP's list of related documents, a copy
    /// that lost its marks): the note after a link says what the decree does to the document
    /// linked; one naming its agent, or none, says nothing.
    #[test]
    fn a_link_s_note_without_marks_says_the_act() {
        let list = "## VAN BAN LIEN QUAN\n\n\
                    - [Lam nghiep - Trang tong hop](/van-ban/nong-nghiep-nong-thon/lam-nghiep/)\n\
                    - [Nghi dinh so 35/2019/ND-CP](https://vanban.chinhphu.vn/) (bi bo)\n\
                    - [Nghi dinh so 07/2022/ND-CP](https://vanban.chinhphu.vn/) (sua doi mot phan)\n\
                    - [Luat Lam nghiep so 16/2017/QH14](https://vanban.chinhphu.vn/) (sua doi bo sung boi Luat 16/2023, \
                    31/2024, 146/2025)\n";
        let note = |symbol: &str| link_note(list, list.find(symbol).expect("symbol") + symbol.len());
        assert_eq!(note("35/2019/ND-CP"), Some("repeals"));
        assert_eq!(note("07/2022/ND-CP"), Some("amends"));
        assert_eq!(note("16/2017/QH14"), None);
        // Not outside a list's link, nor `bỏ` in a longer note.
        assert_eq!(link_note("Nghi dinh so 35/2019/ND-CP (bi bo)", 26), None);
        assert_eq!(link_note("- [NĐ 35/2019/NĐ-CP](x) (bị bỏ phiếu)", 21), None);
    }

    /// From shared/corpus/real (Nghị định 16/2016/NĐ-CP, OCR's text layer): `thay thê` is
    /// `thay thế`.
    #[test]
    fn replaced_under_ocr_s_tone() {
        let t = "1. Nghị định này có hiệu lực thi hành kế từ ngày 02 tháng 5 năm 2016 và\nthay thê Nghị định sô \
                 38/2013/NĐ-CP ngày 23 tháng 4 năm 2013 của Chính";
        assert_eq!(relation_before(t, t.find("Nghị định sô").expect("reference"), None), "replaces");
    }

    #[test]
    fn a_proposed_act_is_only_cited() {
        for (word, example) in crate::tables::PROPOSING {
            let found = crate::recognize::recognize_str(example);
            let at = found.last().unwrap_or_else(|| panic!("no reference in {example:?}")).span.start;
            assert!(example.to_lowercase().contains(word));
            assert_eq!(relation_before(example, at, None), "cites", "{example:?}");
            // Without the proposing word, the act is done.
            let done = &example[example.to_lowercase().find(word).expect("word") + word.len() + 1..];
            let found = crate::recognize::recognize_str(done);
            let at = found.last().expect("reference").span.start;
            assert_ne!(relation_before(done, at, None), "cites", "{done:?}");
        }
    }

    #[test]
    fn a_cue_another_phrase_holds_says_nothing() {
        for (phrase, _, example) in crate::tables::CUE_NOT_BEFORE {
            let found = crate::recognize::recognize_str(example);
            let at = found.last().unwrap_or_else(|| panic!("no reference in {example:?}")).span.start;
            assert!(example.contains(phrase));
            assert_eq!(relation_before(example, at, None), "cites", "{example:?}");
        }
    }

    #[test]
    fn lower_case_as_the_standard_library_writes_it() {
        for t in [
            "Căn cứ NGHỊ QUYẾT",
            "THỰC HIỆN Kế hoạch",
            "ΟΔΟΣ Σ",
            "İstanbul ǅ",
            "plain ascii TEXT",
            "ĐƯỢC ƠN ĂN ĨŨ Ÿÿ ×÷ Þ ß",
        ] {
            assert_eq!(with_lower(t, str::to_string), t.to_lowercase(), "{t}");
        }
        // Every character of the Basic Multilingual Plane and some beyond, among Vietnamese
        // capitals and ASCII: those lowered in place and those that change length.
        for u in (0x80..=0xFFFF).chain(0x10400..=0x1044F).chain(0x1E900..=0x1E94B) {
            let Some(c) = char::from_u32(u) else { continue };
            let t = format!("Căn CỨ{c}ĐIỀU À x{c}Ỹ");
            assert_eq!(with_lower(&t, str::to_string), t.to_lowercase(), "U+{u:04X}");
            // Runs of ASCII longer than the eight bytes looked at a time, and shorter at the end.
            let t = format!("{c}ASCII Runs Of Sixteen{c}Ỹ and Eleven Ạ{c}abcDEF");
            assert_eq!(to_lower(&t), t.to_lowercase(), "U+{u:04X}");
        }
        // Every letter of the blocks the fast path covers.
        for u in (0xC0..=0x1B0).chain(0x1E00..=0x1EFF) {
            let Some(c) = char::from_u32(u) else { continue };
            if let Some(l) = vietnamese_lower(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn according_to_is_no_cue() {
        let t = "Đã hướng dẫn UBND các huyện lập danh sách đối tượng theo Kế hoạch số 55/KH-UBND";
        assert_eq!(relation_before(t, t.find("Kế").unwrap(), None), "cites");
    }

    /// From shared/corpus/real (relations audit 2180): guidance whose object is named right
    /// after `theo` guides it, where the guidance is the text's own or opens a title; an
    /// instruction to someone `theo` a plan does not.
    #[test]
    fn guidance_according_to_a_document_guides_it() {
        let read = |t: &str, kind| read_relation(t, t.find("Nghị định số").unwrap(), None, kind).relation;
        for (t, kind) in [
            (
                "1. Thông tư này hướng dẫn phương pháp xác định chi phí lập và tổ chức thực hiện quy chế quản lý kiến \
                 trúc theo quy định tại Nghị định số 85/2020/NĐ-CP ngày 17 tháng 7 năm 2020 của Chính phủ.",
                None,
            ),
            (
                "Thông tư hướng dẫn thực hiện chế độ, chính sách đối với Cựu chiến binh theo quy định tại Nghị định số \
                 157/2016/NĐ-CP ngày 24 tháng 11 năm 2016 của Chính phủ",
                Some("Thông tư"),
            ),
        ] {
            assert_eq!(read(t, kind), "guides", "{t}");
        }
        // Another kind's word is not the text's own title.
        let t = "Công văn hướng dẫn thực hiện chế độ theo quy định tại Nghị định số 157/2016/NĐ-CP";
        assert_eq!(read(t, Some("Thông tư")), "cites");
        let t = "Đã hướng dẫn UBND các huyện lập danh sách đối tượng theo Nghị định số 20/2021/NĐ-CP";
        assert_eq!(read(t, None), "cites");
        assert!(title_guides_next(
            " Hướng dẫn thực hiện một số chế độ đối với cán bộ, chiến sỹ Công an nhân dân theo "
        ));
        assert!(!title_guides_next(" hướng dẫn các xã lập danh sách theo "));
        assert!(!title_guides_next(" về việc hướng dẫn thực hiện chế độ theo quy định tại Điều 5 của "));
    }

    /// The relation read for the last reference of `t`.
    fn relation_of_last(t: &str) -> &'static str {
        let at = crate::recognize::recognize_str(t).last().expect("a reference").span.start;
        relation_before(t, at, None)
    }

    /// From shared/corpus/real (Nghị định 26/2026, 253/2026): a line that ends with a word
    /// whose object is the reference opening the next line wraps one clause; the reference is
    /// read as on one line.
    #[test]
    fn a_reference_that_ends_a_wrapped_clause_has_its_cue() {
        for (word, example) in OBJECT_BEFORE_WRAP {
            let joined = example.replace('\n', " ");
            assert_ne!(relation_of_last(&joined), "cites", "{word}: {joined}");
            assert_eq!(relation_of_last(example), relation_of_last(&joined), "{word}: {example}");
        }
        // A line ending a clause of its own: the next line's reference has its own.
        assert_eq!(relation_of_last("Nghị định này quy định chi tiết một số điều.\nLuật Hóa chất"), "cites");
    }

    /// From shared/corpus/real (Nghị định 49/2026/NĐ-CP): items labelled in bold under a
    /// sentence that leads them in take its act; a part listed ceases, and the document stands.
    #[test]
    fn bold_labelled_items_take_the_lead_in_s_act() {
        let lead = "**3.** Các văn bản sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:\n\n";
        for (item, relation) in [
            ("**a)** Nghị định số 08/2017/NĐ-CP ngày 08 tháng 02 năm 2017 của Chính phủ;", "repeals"),
            ("**d)** Khoản 4 Điều 77 của Nghị định số 102/2024/NĐ-CP;", "repeals-part"),
            ("**đ)** Các điều, khoản, điểm của Nghị định số 151/2025/NĐ-CP, bao gồm:", "repeals-part"),
        ] {
            let t = format!("{lead}{item}");
            let at = crate::recognize::recognize_str(&t).first().expect("a reference").span.start;
            assert_eq!(relation_before(&t, at, None), relation, "{item}");
        }
        assert!(is_list_item("**a)** Nghị định") && is_list_item("__1.__ Luật") && !is_list_item("**Căn cứ:**"));
        // A mark OCR doubled (Nghị định 254/2026/NĐ-CP, Điều 43).
        assert!(is_list_item("a))Nghị định số 70/2025/NĐ-CP") && is_list_item("a)) Xây dựng thông tin"));
        assert!(!is_list_item("a))và"));
    }

    /// From shared/corpus/real (the text layer of Nghị định 212/2026/NĐ-CP's first article): a
    /// line that ends with a provision's label wraps before the document it belongs to, and
    /// a clause in small letters after `;` and a blank line goes on the list before it.
    #[test]
    fn provisions_detailed_over_wrapped_lines_are_guided() {
        let t = "1. Nghị định này quy định chỉ tiết khoản 3 Điều 14 và khoản 7 Điều 88\n\
                 Luật Xây dựng số 135/2025/QH15 (sau đây gọi là Luật : Xây dựng năm 2025);\n\n\
                 khoản 3 Điều 54 Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15 (được\n\
                 sửa đổi, bổ sung bởi Luật số 144/2025/QH15) gồm các nội dung sau:\n";
        let relations: Vec<&str> =
            crate::recognize::recognize_str(t).iter().map(|f| relation_before(t, f.span.start, None)).collect();
        assert_eq!(relations, ["guides", "guides", "cites"]);
        // A new sentence opens with a capital, and a line that ends with words, no label, ends
        // its sentence's reach.
        let t = "Nghị định này quy định chi tiết Điều 88 Luật Xây dựng;\n\nTheo Nghị định 15/2020/NĐ-CP.";
        let at = crate::recognize::recognize_str(t).last().expect("a reference").span.start;
        assert_eq!(relation_before(t, at, None), "cites");
    }

    /// From shared/corpus/real (Nghị định 201/2026, 50/2026 and 231/2026): `theo` in an
    /// annex's title is no `theo` the text goes by; a basis line the source broke with `;`
    /// before `được sửa đổi`, or wrapped after `số`, still states the basis.
    #[test]
    fn titles_with_theo_and_broken_basis_lines_keep_their_cue() {
        let t = "Sửa đổi, bổ sung thuế suất thuế xuất khẩu của một số mặt hàng quy định tại Phụ lục I - Biểu thuế xuất \
                 khẩu theo Danh mục mặt hàng chịu thuế ban hành kèm theo Nghị định số 26/2023/NĐ-CP thành";
        assert_eq!(relation_before(t, t.find("Nghị định số").unwrap(), None), "amends");
        let t = "Căn cứ Luật Đất đai số 31/2024/QH15; được sửa đổi, bổ sung một số điều\nbởi các Luật số \
                 43/2024/QH15, số 47/2024/QH15, số\n71/2025/QH15;\n";
        let relations: Vec<&str> =
            crate::recognize::recognize_str(t).iter().map(|f| relation_before(t, f.span.start, None)).collect();
        assert_eq!(relations, ["basis", "basis", "basis", "basis"]);
        // What the text does go by still ends the act's reach.
        let t = "Sửa đổi mức thu theo Danh sách tại Nghị định số 26/2023/NĐ-CP";
        assert_eq!(relation_before(t, t.find("Nghị định số").unwrap(), None), "cites");
    }

    /// The document's own words on what it details lead in items that name the provisions.
    #[test]
    fn own_guidance_lead_ins_give_their_items_guides() {
        // Nghị định 105/2026, Điều 1: the first law an item names is detailed; one named
        // after it, amending it, is not.
        let t = "### Điều 1. Phạm vi điều chỉnh\n\n1. Quy định chi tiết các nội dung về:\n\n\
                 a) Phương thức, thời hạn và nguồn đóng kinh phí công đoàn theo khoản 2 Điều 29 Luật Công đoàn; \
                 nội dung ngân sách nhà nước cấp hỗ trợ theo quy định tại khoản 2 Điều 29 Luật Công đoàn đã được \
                 sửa đổi, bổ sung tại khoản 8 Điều 2 Luật số 97/2025/QH15.\n\n\
                 b) Miễn, giảm, tạm dừng đóng kinh phí công đoàn theo quy định tại khoản 4 Điều 30 Luật Công đoàn.\n";
        assert_eq!(relation_before(t, t.find("Luật Công đoàn;").unwrap(), None), "guides");
        assert_eq!(relation_before(t, t.find("Luật Công đoàn.").unwrap(), None), "guides");
        assert_ne!(relation_before(t, t.find("Luật số 97").unwrap(), None), "guides");
        // Thông tư 01/2009/TT-BVHTTDL: the document's own words; the clause of the next
        // number, past the list, cites.
        let t = "1. Phạm vi điều chỉnh\n\nThông tư này hướng dẫn cụ thể các nội dung sau đây:\n\n\
                 a) Tổ chức triển lãm văn hoá, nghệ thuật tại Việt Nam quy định tại các Điều 18 của Quy chế \
                 ban hành kèm theo Nghị định số 11/2006/NĐ-CP ngày 18 tháng 01 năm 2006 của Chính phủ;\n\n\
                 b) Đưa triển lãm văn hoá, nghệ thuật của Việt Nam ra nước ngoài quy định tại điểm i, khoản 1, \
                 Điều 2 của Nghị định số 72/2000/NĐ-CP ngày 05 tháng 12 năm 2000 của Chính phủ.\n\n\
                 2. Tổ chức, cá nhân muốn tổ chức triển lãm văn hoá, nghệ thuật nêu tại khoản 2, Điều 19 \
                 Nghị định số 11/2006/NĐ-CP (sau đây gọi là người tổ chức triển lãm) phải có tư cách pháp nhân.\n";
        assert_eq!(relation_before(t, t.find("Nghị định số 11").unwrap(), None), "guides");
        assert_eq!(relation_before(t, t.find("Nghị định số 72").unwrap(), None), "guides");
        assert_eq!(relation_before(t, t.rfind("Nghị định số 11").unwrap(), None), "cites");
        // Nghị định 91/2026: the type word alone names the decree.
        let t = "Nghị định quy định chi tiết một số điều của Luật Giáo dục đại học, bao gồm:\n\n\
                 - **Khoản 4 Điều 11** Luật Giáo dục đại học số 125/2025/QH15: về việc đặt tên cơ sở giáo dục đại học.\n";
        assert_eq!(relation_before(t, t.find("Luật Giáo dục đại học số").unwrap(), None), "guides");
        // Instructing someone is no guidance of the document's own.
        let t = "Hướng dẫn các xã thực hiện các nội dung sau:\n\n- Lập danh sách theo Nghị định số 23/2012/NĐ-CP.\n";
        assert_eq!(relation_before(t, t.find("Nghị định số").unwrap(), None), "cites");
    }

    /// From shared/corpus/real (Nghị quyết 148/NQ-CP, phiên họp Chính phủ tháng 5/2026): a
    /// lead-in that carries out directives the list names gives each item's documents
    /// `implements`; one that names its own document, or tasks, or this document, does not.
    #[test]
    fn implementing_lead_ins_give_their_items_implements() {
        let t = "### 9. Nhà ở xã hội\n\n\
                 Quán triệt, triển khai kết luận của Tổng Bí thư, Chủ tịch nước Tô Lâm về:\n\n\
                 - Chỉ thị 34-CT/TW của Ban Bí thư về nhà ở xã hội\n\
                 - Định hướng phát triển nhà ở (Thông báo 64-TB/VPTW ngày 22/5/2026)\n\
                 - Chỉ đạo của Thủ tướng Chính phủ (Thông báo 262-TB/VPCP ngày 26/5/2026, 286-TB-VPCP ngày 4/6/2026)\n\n\
                 Tập trung rà soát, đề xuất hoàn thiện cơ chế, chính sách phát triển nhà ở theo mô hình mới, phù hợp \
                 với Hiến pháp, chủ trương, đường lối của Đảng.\n";
        let relations: Vec<&str> =
            crate::recognize::recognize_str(t).iter().map(|f| relation_before(t, f.span.start, None)).collect();
        assert_eq!(relations, ["implements", "implements", "implements", "implements", "cites"]);
        assert!(implementing_lead_in("Tổ chức triển khai thực hiện các văn bản sau:"));
        // Nghị định 154/2026 (hành chính tư pháp, its line 1053) and the rules on kiểm soát thủ tục
        // hành chính: the document itself, and tasks.
        assert!(!implementing_lead_in("a) Tổ chức triển khai thực hiện Nghị định này tại địa phương:"));
        assert!(!implementing_lead_in("2. Thực hiện các nhiệm vụ:"));
        assert!(!implementing_lead_in("Thực hiện Nghị quyết số 10/NQ-CP, các bộ ban hành các văn bản sau:"));
        let t = "Thực hiện các nhiệm vụ:\n\n- Chỉ thị 34-CT/TW của Ban Bí thư\n";
        let at = crate::recognize::recognize_str(t)[0].span.start;
        assert_eq!(relation_before(t, at, None), "cites");
    }

    /// From shared/corpus/real (Nghị định 54/2026/NĐ-CP's overview): a table's rows under a
    /// sentence that leads them in take its act, as list items do; a note in brackets of what
    /// amended a row's decree before does not.
    #[test]
    fn table_rows_take_the_lead_in_s_act() {
        let t = "Nghị định sửa đổi, bổ sung một số điều của các Nghị định sau:\n\n\
                 | Chương | Nghị định được sửa đổi | Nội dung |\n|--------|------|------|\n\
                 | I | 96/2024/NĐ-CP (24/07/2024) | Kinh doanh bất động sản |\n\
                 | IV | 100/2024/NĐ-CP (26/07/2024) | Nhà ở xã hội (đã sửa đổi tại 261/2025/NĐ-CP) |\n";
        let relations: Vec<&str> =
            crate::recognize::recognize_str(t).iter().map(|f| relation_before(t, f.span.start, None)).collect();
        assert_eq!(relations, ["amends", "amends", "cites"]);
        // A table under a heading, with no lead-in, says no act.
        let t = "## Văn bản liên quan\n\n| I | 96/2024/NĐ-CP (24/07/2024) | Kinh doanh bất động sản |\n";
        let at = crate::recognize::recognize_str(t)[0].span.start;
        assert_eq!(relation_before(t, at, None), "cites");
    }

    /// From shared/corpus/real (the text layer of Nghị định 49/2026/NĐ-CP, Thông tư 59/2026 and
    /// Nghị định 237/2026): items a PDF's lines wrapped, under a lead-in it wrapped too, a
    /// long list of the provisions that cease, an item that leads in a list of its own above,
    /// a part joined to another, and a document named in the title of the one an item lists.
    #[test]
    fn wrapped_items_take_the_lead_in_s_act() {
        let t = "    3. Các quy định sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực\nthi hành:\n\
                 \x20 a) Điều 11; khoản 1 Điều 12; các Điều 16, 17, 24, 25, 26, 27, 28, 29 và\n\
                 37; điểm a khoản 1 Điều 38 của Nghị định số 71/2024/NĐ-CP;\n\
                 \x20 b) Khoản 3 Điều 18; điểm d khoản 1 và điểm d khoản 2 Điều 24; khoản 3\n\n\
                 và khoản 4 Điều 65 của Nghị định số 101/2024/NĐ-CP;\n\
                 \x20đ) Các điều, khoản, điểm của Nghị định số 151/2025/NĐ-CP, bao gồm:\n\n\
                 \x20đ1) Điều 4; khoản 3 Điều 8; Điều 10,\nĐiều 11; khoản 3 và khoản 5 Điều 12;\n\
                 \x20 e) Các Phụ lục của Nghị định số 152/2025/NĐ-CP, bao gồm:\n\
                 \x20 g) Điểm g khoản 6 Điều 24 Nghị định số 147/2024/NĐ-CP của Chính phủ quản lý\n\
                 dịch vụ internet và Phần V Mục I Phụ lục I Nghị quyết số 18/2026/NQ-CP của Chính phủ;\n\
                 \x20 h) Thông tư số 11/2013/TT-BGDĐT của Bộ trưởng sửa đổi, bổ sung một số điều của\n\
                 Quy định ban hành kèm theo Thông tư\nsố 44/2011/TT-BGDĐT ngày 10 tháng 10 năm 2011.\n";
        for (reference, relation) in [
            ("Nghị định số 71/2024", "repeals-part"),
            ("Nghị định số 101/2024", "repeals-part"),
            ("Nghị định số 152/2025", "repeals-part"),
            ("Nghị quyết số 18/2026", "repeals-part"),
            ("Thông tư số 11/2013", "repeals"),
        ] {
            let at = t.find(reference).expect(reference);
            assert_eq!(relation_before(t, at, None), relation, "{reference}");
        }
        // The document the listed one's title names is cited: the title is read with the
        // titles of the references before it, as a scan reads it.
        let scan = crate::scan::scan_text("x.md".into(), t);
        let cited = scan.mentions.iter().find(|m| m.number.as_deref() == Some("44")).expect("44/2011");
        assert_eq!(cited.relation, "cites");
        // Nghị định 88/2026: the decree's own word on what it is issued on leads in its basis,
        // not a measure's grounds (Luật Quốc tịch: `… nếu có một trong những căn cứ sau đây:`).
        for (lead, relation) in [
            ("## Căn cứ pháp luật\n\nNghị định này được ban hành dựa trên các căn cứ sau:\n\n", "basis"),
            ("Người được xác định có quốc tịch Việt Nam, nếu có một trong những căn cứ sau đây:\n", "cites"),
        ] {
            let t = format!("{lead}- Luật Dữ liệu số 60/2024/QH15\n");
            assert_eq!(relation_before(&t, t.find("Luật Dữ liệu").expect("the law"), None), relation, "{lead}");
        }
        // Nghị định 123/2026: items in a quote block; Nghị định 192/2026: a lead-in that says
        // when, not `sau`; Nghị định 193/2026: provisions of one decree listed with `;`.
        for (t, reference, relation) in [
            (
                "**3.** Bãi bỏ các quy định sau:\n\n> **a)** Điều 3 Nghị định số 128/2018/NĐ-CP ngày 24/9/2018;\n>\n\
                 > **b)** Điều 2 Nghị định số 34/2022/NĐ-CP ngày 22/8/2022;",
                "Nghị định số 34/2022",
                "repeals-part",
            ),
            (
                "2. Các văn bản hết hiệu lực kể từ ngày Nghị định này có hiệu lực:\n\n   - Quyết định số 73/2011/QĐ-TTg ngày 28/12/2011;",
                "Quyết định số 73/2011",
                "repeals",
            ),
            (
                "4. Thay thế cụm từ “quyết toán” tại điểm d\nkhoản 3 Điều 9; điểm b khoản 1 Điều 10 Nghị định số 254/2025/NĐ-CP thành “quyết toán vốn”.",
                "Nghị định số 254/2025",
                "amends",
            ),
            // Nghị định 241/2026: a text layer's line that goes on with a part (`khoản 5⏎Điều
            // 60`, `Mẫu số 05⏎Phụ lục HI`) goes on the clause.
            (
                "3. Thay thế các cụm từ \"Sở Giao thông vận tải\" tại khoản 6 Điều 20, khoản 5\nĐiều 60 Nghị định số 165/2024/NĐ-CP bằng cụm từ \"Sở Xây dựng\".",
                "Nghị định số 165/2024",
                "amends",
            ),
            // Nghị định 284/2026: a breach it lists amends what the reference prescribes, and
            // the decree amends nothing.
            (
                "— b) Ban hành quy trình sửa đổi, bổ sung các quy trình quy định tại khoản 6\nĐiều 8 của Nghị quyết số 05/2025/NQ-CP khi chưa có ý kiến;",
                "Nghị quyết số 05/2025",
                "cites",
            ),
            // A `;` after a document, not a provision, ends the clause.
            (
                "Thay thế Nghị định số 10/2020/NĐ-CP; Điều 3 theo Nghị định số 11/2020/NĐ-CP.",
                "Nghị định số 11/2020",
                "cites",
            ),
            // Thông tư 19/2026/TT-BNNMT: so are parts of an annex (tables, numbered sections).
            (
                "3. Sửa đổi nội dung mô tả của trường thông tin Mã thửa đất tại các bảng a, b, c của mục 2.2.1; \
                 bảng b của mục 2.2.6.3; bảng a của mục 3.1.1 tại Phụ lục I của Thông tư số 09/2024/TT-BTNMT ngày 31 \
                 tháng 7 năm 2024",
                "Thông tư số 09/2024",
                "amends",
            ),
            // A `;` after a word that only looks like a part's label ends it.
            ("Sửa đổi các mục tiêu; bảng a của Thông tư số 09/2024/TT-BTNMT.", "Thông tư số 09/2024", "cites"),
        ] {
            assert_eq!(relation_before(t, t.find(reference).expect(reference), None), relation, "{t}");
        }
        // Words an item quotes are not its own.
        assert_eq!(
            crate::quotes::unquoted("Cụm từ \"quy định tại\" bằng cụm từ “khoản 4” tại"),
            "Cụm từ  bằng cụm từ  tại"
        );
    }

    /// From shared/corpus/real (Nghị định 240/2026, 154/2026, 193/2026): a clause goes on over
    /// the line breaks of a hard-wrapped text, and its cue with it; `thực hiện` on a line
    /// wrapped from is too far from the reference to be its act.
    #[test]
    fn a_clause_goes_on_over_hard_wrapped_lines() {
        for (t, relation) in [
            (
                "Quy định chi tiết và biện pháp thi hành một số điều về cơ chế, chính sách\n\
                 phát huy nguồn lực xây dựng, vận hành Hệ sinh thái tận dụng các Hiệp định\n\
                 thương mại tự do và Quỹ Xúc tiến xuất khẩu ngành hàng theo Nghị quyết\n\
                 số 250/2025/QH15 ngày 10 tháng 12 năm 2025 của Quốc hội",
                "guides",
            ),
            ("Quy định chi tiết một số điều và biện pháp tổ chức\nthi hành Luật Tiếp công dân", "guides"),
            (
                "2. Bãi bỏ cụm từ “quyết toán dự án hoàn thành” tại điểm a và các quy\n\
                 định tại điểm b, điểm c khoản 5 Điều 13 Nghị định số 88/2025/NĐ-CP ngày\n13 tháng 4 năm 2025",
                "amends",
            ),
            // A line that ends on a word no sentence ends with goes on, in capitals too
            // (Nghị định 151/2026/NĐ-CP).
            (
                "Căn cứ Luật Thi hành án dân sự số 26/2008/QH12 được sửa đổi, bổ sung bởi Luật số 03/2022/QH15 và\n\
                 Luật số 76/2025/QH15;",
                "basis",
            ),
            // A new line of its own: a clause of its own.
            ("Nghị định này quy định chi tiết một số điều.\nNghị định số 88/2025/NĐ-CP", "cites"),
            (
                "đã được cấp có thẩm quyền phê duyệt tổ chức thực hiện\n\
                 trước ngày Luật Giáo dục đại học số 125/2025/QH15 có hiệu lực thi hành",
                "cites",
            ),
        ] {
            assert_eq!(relation_of_last(t), relation, "{t}");
        }
    }

    /// From shared/corpus/real: a part of a document replaced or repealed is told from the whole
    /// replaced or repealed; words replaced or struck out amend it.
    #[test]
    fn a_part_replaced_is_no_whole_replaced() {
        for (t, relation) in [
            ("Nghị định này thay thế một phần các quy định tại Nghị định số 125/2020/NĐ-CP", "replaces-part"),
            ("b) Thay thế Phụ lục II kèm theo Nghị định số 165/2024/NĐ-CP", "replaces-part"),
            ("2. **Thay thế** Mẫu số 01 Phụ lục I ban hành kèm theo Thông tư số 21/2021/TT-BLĐTBXH", "replaces-part"),
            (
                "2. Các quy định tại Nghị định này thay thế các quy định tương ứng tại Nghị định số 123/2024/NĐ-CP",
                "replaces-part",
            ),
            ("2. Nghị định này thay thế Nghị định số 88/2012/NĐ-CP ngày 23 tháng 10 năm 2012", "replaces"),
            ("Thông tư này thay thế các Thông tư số 23/2021/TT-BGDĐT", "replaces"),
            // Words struck out amend; a document struck out is repealed.
            (
                "- Khoản 24: Thay thế, bãi bỏ một số từ, cụm từ tại các Điều 10, 11, 12, 40, 52 của Nghị định 103/2024/NĐ-CP.",
                "amends",
            ),
            ("## Điều 2. Thay thế, bãi bỏ một số cụm từ, khoản của Thông tư số 56/2022/TT-BTC", "amends"),
            // shared/corpus/real: words struck out without `bãi`.
            (
                "**b)** Bỏ cụm từ \", dịch vụ phi hàng không\" tại điểm a khoản 1 Điều 40 Nghị định số 103/2024/NĐ-CP",
                "amends",
            ),
            // Luật 15/2008/QH12 (shared/corpus/real): words replaced without `thế` (audit 2205).
            (
                "4. Thay cụm từ “trưng dụng đất” bằng cụm từ “quyết định sử dụng đất có thời hạn” tại điểm đ khoản 2 \
                 Điều 35 của Luật đê điều số 79/2006/QH11 và sửa đổi, bổ sung điểm này như sau:",
                "amends",
            ),
            ("Bãi bỏ Thông tư số 55/2010/TT-BTC", "repeals"),
            // A part's word in a name is no part; first, or labelled, it is (audit 2161).
            (
                "Bãi bỏ Quy chế quản lý xây dựng tượng đài, tranh hoành tráng phần mỹ thuật ban hành kèm theo Quyết định \
                 số 05/2000/QĐ-BVHTT",
                "repeals",
            ),
            ("Bãi bỏ Phần hợp đồng xây dựng của Nghị định 37/2015/NĐ-CP", "repeals-part"),
            ("Bãi bỏ Phần V và mục 2 Phụ lục của Nghị định 37/2015/NĐ-CP", "repeals-part"),
            // shared/corpus/real: some provisions repealed leave the document standing;
            // a list repealed whole stays repealed though a heading names a `danh mục`.
            ("2. Bãi bỏ một số quy định tại các Phụ lục của Nghị quyết số 66.16/2026/NQ-CP", "repeals-part"),
            (
                "### Điều 5. Bãi bỏ điểm 5.3 Điều 5 \"Quy chuẩn kỹ thuật quốc gia\" được ban hành kèm theo Thông tư số 01/2025/TT-BKHCN",
                "repeals-part",
            ),
            // shared/corpus/real: a verb opening an article's heading opens its clause.
            ("### Điều 2. Bổ sung khoản 15 Điều 4 Nghị định số 320/2025/NĐ-CP", "amends"),
            ("Điều 3. Kinh phí bổ sung theo Nghị định số 320/2025/NĐ-CP", "cites"),
            (
                "**36 văn bản** bị bãi bỏ toàn bộ:\n\n**Quy chuẩn, danh mục cây trồng:**\n1. **TT 16/2014/TT-BNNPTNT**",
                "repeals",
            ),
        ] {
            assert_eq!(relation_of_last(t), relation, "{t}");
        }
    }

    /// From shared/corpus/real: a title verb after a bare type word and its issuer, or listed
    /// after such a verb, is the act of that other document, not of this one.
    #[test]
    fn another_documents_title_with_its_issuer_or_a_list_of_verbs() {
        for t in [
            "công trình văn hóa theo quy định tại Nghị định của Chính phủ hướng dẫn Luật Người khuyết tật.",
            "trình cấp có thẩm quyền ban hành các văn bản quy định chi tiết, hướng dẫn thi hành Luật Đầu tư công, Luật Ngân sách nhà nước và các luật có liên quan",
            "theo quy định tại Điều 8 Nghị định của Chính phủ quy định chi tiết và hướng dẫn một số điều của Nghị quyết số 254/2025/QH15 của Quốc hội",
            "theo quy định tại Điều 5 Nghị định của Chính phủ về quy định chi tiết một số điều của Nghị quyết số 254/2025/QH15",
            // Hard-wrapped inside the issuer.
            "theo quy định tại Điều 8 Nghị định của\nChính phủ quy định chi tiết và hướng dẫn một số điều của Nghị quyết số\n254/2025/QH15",
            // A ministry as the issuer; a guiding document named as such; guidance followed.
            "Biểu mẫu lập dự toán thực hiện theo biểu mẫu quy định tại Thông tư của Bộ Tài chính hướng dẫn Luật Ngân sách nhà nước.",
            "- **Văn bản hướng dẫn đi kèm:** Thông tư số 14/2026/TT-BNV ngày 04/6/2026",
            "3. Mẫu hiển thị chứng từ điện tử theo hướng dẫn tại Nghị định số 347/2025/NĐ-CP",
        ] {
            assert_eq!(relation_of_last(t), "cites", "{t}");
        }
        // The same verb in this document's own voice still guides.
        let t = "Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật.";
        assert_eq!(relation_of_last(t), "guides", "{t}");
    }

    /// From shared/corpus/real (forms in annexes): a document whose number is left blank
    /// is no reference, and the verbs of its title are its own.
    #[test]
    fn a_blank_numbered_documents_title_is_its_own() {
        for t in [
            "Căn cứ Thông tư số ……/2026/TT-BYT ngày …… tháng …… năm 2026\ncủa Bộ trưởng Bộ Y tế quy định chi tiết một số điều của Luật Phòng bệnh",
            "Căn cứ Nghị định số /2026/NĐ-CP ngày tháng năm 2026 của Chính\nphủ sửa đổi, bổ sung một số điều của Nghị định số 165/2024/NĐ-CP",
        ] {
            assert_eq!(relation_of_last(t), "basis", "{t}");
        }
    }

    /// The quick test before BLANK_NUMBERED_TITLE turns away no lead the pattern takes, and
    /// the leads of ordinary numbers (most of real text's) it does turn away.
    #[test]
    fn a_blank_number_is_seen_before_the_pattern_is_asked() {
        for lead in [
            "căn cứ thông tư số ……/2026/tt-byt ngày …… tháng …… năm 2026 của bộ trưởng bộ y tế ",
            "căn cứ nghị định số /2026/nđ-cp ngày tháng năm 2026 của chính phủ ",
            "theo nghị quyết số.../2025/nq-hđnd ",
            "quyết định số ___/1999/qđ-ttg ",
            "căn cứ nghị định số 15/2020/nđ-cp và thông tư số … /2026/tt-btc ",
        ] {
            assert!(BLANK_NUMBERED_TITLE.is_match(lead), "{lead}");
            assert!(has_blank_number(lead), "{lead}");
        }
        for lead in [
            "căn cứ nghị định số 15/2020/nđ-cp ngày 03 tháng 02 năm 2020 của chính phủ ",
            "theo quy định tại thông tư 20/2026/tt-btc ",
            "số 1/2020 và 2/2021 ",
        ] {
            assert!(!has_blank_number(lead), "{lead}");
            assert!(!BLANK_NUMBERED_TITLE.is_match(lead), "{lead}");
        }
    }

    /// From shared/corpus/real: `nội dung` before an act's verb makes them a noun.
    #[test]
    fn the_matters_of_an_act_are_a_noun() {
        let t = "**2.** Các nội dung quy định chi tiết về tiền sử dụng đất, tiền thuê đất trong Nghị quyết số 254/2025/QH15";
        assert_eq!(relation_of_last(t), "cites", "{t}");
        let t = "Thực hiện nội dung hướng dẫn tại Công văn số 1234/BYT-KCB";
        assert_eq!(relation_of_last(t), "implements", "{t}");
    }

    /// From shared/corpus/real: the passive word may end the line before a wrap.
    #[test]
    fn a_passive_wrapped_after_its_word() {
        let t = "thực hiện theo quy định tại Nghị định số 103/2024/NĐ-CP (được\nsửa đổi, bổ sung tại Nghị định số 291/2025/NĐ-CP)";
        assert_eq!(relation_of_last(t), "cites", "{t}");
        let t = "Nghị định số 103/2024/NĐ-CP quy định như\nsửa đổi, bổ sung Nghị định số 291/2025/NĐ-CP";
        assert_eq!(relation_of_last(t), "amends", "{t}");
    }

    /// From shared/corpus/real: a verb inside a quoted phrase is the phrase's.
    #[test]
    fn a_quoted_phrase_acts_on_nothing() {
        let t = "**b)** Cụm từ \"điểm d Mục 1 Phần I của 'Phần B. HỒ SƠ THỰC HIỆN THỦ TỤC ĐĂNG KÝ ĐẤT ĐẠI, TÀI SẢN GẮN LIỀN VỚI ĐẤT' bằng cụm từ 'khoản 4 Điều 45 của Luật Đất đai' tại khoản 1 Mục XI nội dung C Phần V Phụ lục I của Nghị định số 151/2025/NĐ-CP.\".";
        assert_eq!(relation_of_last(t), "cites", "{t}");
        // Outside the quotes the verb still acts.
        let t = "Thực hiện “Chiến lược quốc gia” tại Nghị quyết số 10/NQ-CP";
        assert_eq!(relation_of_last(t), "implements", "{t}");
    }

    /// From shared/corpus/real: a preamble's basis line wrapped by a PDF's text layer still
    /// bases the document on every law it lists; a wrapped line elsewhere opens no clause of
    /// its own either, but its cue is not carried over (titles cut by a wrap are not read
    /// whole yet).
    #[test]
    fn a_hard_wrapped_basis_line_keeps_its_stance() {
        let t = "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15 được sửa đổi, bổ\nsung bởi Luật số 145/2025/QH15;";
        assert_eq!(relation_of_last(t), "basis", "{t}");
        let t = "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều\nbởi các Luật số 43/2024/QH15, số 47/2024/QH15 và\nsố 58/2024/QH15;";
        assert_eq!(relation_of_last(t), "basis", "{t}");
        // A new line in capitals, or a list label, is a clause of its own.
        let t = "Căn cứ Luật Đất đai số 31/2024/QH15;\nNghị định số 102/2024/NĐ-CP";
        assert_ne!(relation_of_last(t), "basis", "{t}");
        let t = "đáp ứng đủ điều kiện quy định\ntại khoản 3 Điều 122 của Luật Đất đai số 31/2024/QH15";
        assert_eq!(relation_of_last(t), "cites", "{t}");
    }

    /// From shared/corpus/real and data/: a provision in brackets says where a matter is
    /// prescribed; tasks given `tại` a document are that document's to carry out.
    #[test]
    fn a_provision_in_brackets_is_no_implementing() {
        for (t, relation) in [
            (
                "  - Không thực hiện thủ tục cấp giấy phép kinh doanh công cụ hỗ trợ (các khoản 1, 3, 4, 5 Điều 50 Luật 42/2024/QH15)",
                "cites",
            ),
            (
                "đề nghị UBND các huyện báo cáo kết quả thực hiện các nhiệm vụ được giao tại điểm 1, mục II Thông báo số 79-TB/TU ngày 09/11/2022",
                "implements",
            ),
        ] {
            assert_eq!(relation_of_last(t), relation, "{t}");
        }
    }

    /// From shared/corpus/real: guidance on a duty a document prescribes is a body's task,
    /// unless the document itself gives it.
    #[test]
    fn guiding_a_prescribed_duty_is_a_task() {
        for (t, relation) in [
            (
                "1. Hướng dẫn, chỉ đạo, kiểm tra công tác đăng ký và quản lý hộ tịch tại các Cơ quan đại diện quy định tại điểm a khoản 1 Điều 67 Luật Hộ tịch số 60/2014/QH13.",
                "cites",
            ),
            (
                "> 7. Bộ Xây dựng hướng dẫn về chi phí xây dựng hạ tầng quy định tại điểm d khoản 1, điểm e khoản 2 Điều 5 của Nghị quyết số 254/2025/QH15",
                "cites",
            ),
            (
                "Nghị định này hướng dẫn thực hiện cơ chế, chính sách đặc thù tháo gỡ khó khăn, vướng mắc cho các dự án tồn đọng, kéo dài quy định tại Nghị quyết số 29/2026/QH16",
                "guides",
            ),
            (
                "**Hướng dẫn thực hiện cơ chế, chính sách đặc thù tháo gỡ khó khăn, vướng mắc cho các dự án tồn đọng, kéo dài quy định tại Nghị quyết số 29/2026/QH16",
                "guides",
            ),
        ] {
            assert_eq!(relation_of_last(t), relation, "{t}");
        }
    }

    /// From shared/corpus/real: what a cue governs may be attached to the reference.
    #[test]
    fn attached_to_is_no_according_to() {
        for (t, relation) in [
            ("- Bãi bỏ một số quy định tại Phụ lục I.3 ban hành kèm theo Nghị quyết 66.16/2026/NQ-CP", "repeals-part"),
            ("Sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 05/2000/QĐ-BVHTT", "amends"),
        ] {
            assert_eq!(relation_before(t, t.find("Ngh").or(t.find("Quyết định")).unwrap(), None), relation, "{t}");
        }
    }

    /// From shared/corpus/real: a cue right after a bare type word is in another document's
    /// name, unless that word is the citing document naming itself.
    #[test]
    fn a_type_word_before_a_cue_names_another_document() {
        for (t, at, own, relation) in [
            (
                "- Luật Xây dựng ngày 18/6/2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17/6/2020",
                1,
                "Quyết định",
                "cites",
            ),
            (
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công tư",
                0,
                "Nghị định",
                "basis",
            ),
            (
                "- Chủ động tổ chức xây dựng dự án Luật sửa đổi, bổ sung một số điều của Luật Thương mại",
                0,
                "Nghị quyết",
                "cites",
            ),
            (
                "b) Đối với dự án đã triển khai các công việc theo quy định tại Nghị định quy định chi tiết một số điều của Luật Xây dựng",
                0,
                "Nghị định",
                "cites",
            ),
            (
                "Nghị định này quy định chi tiết một số điều Luật Giao thông đường thủy nội địa và Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường thủy nội địa",
                1,
                "Nghị định",
                "guides",
            ),
            // The citing document's own act.
            (
                "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 125/2020/NĐ-CP",
                0,
                "Nghị định",
                "amends",
            ),
            (
                "Bộ trưởng Bộ Y tế ban hành Thông tư quy định chi tiết một số điều của Luật Phòng bệnh",
                0,
                "Thông tư",
                "guides",
            ),
            (
                "Nghị định hướng dẫn thực hiện cơ chế, chính sách đặc thù quy định tại Nghị quyết số 29/2026/QH16",
                0,
                "Nghị định",
                "guides",
            ),
            ("Đây là văn bản thay thế Nghị định 59/2021/NĐ-CP", 0, "Nghị định", "replaces"),
            // `quy định` before the verb is a verb (Nghị định 142/2026); before an issuer, a
            // noun: the regulation of that body (Nghị định 190/2026); with its capital, the
            // Party's type word.
            (
                "2. Nghị định này quy định biện pháp thi hành Luật Trí tuệ nhân tạo về trách nhiệm minh bạch",
                0,
                "Nghị định",
                "guides",
            ),
            (
                "được hưởng tiền lương làm thêm giờ theo quy định của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động",
                0,
                "Nghị định",
                "cites",
            ),
            ("theo Quy định hướng dẫn thi hành Điều lệ Đảng và Kết luận số 65-KL/TW", 0, "Kế hoạch", "cites"),
            // Documents in the plural are others.
            (
                "b) Kho bạc Nhà nước thực hiện chi ngân sách theo quy định tại Luật Ngân sách nhà nước và các văn bản hướng dẫn, Nghị định số 347/2025/NĐ-CP ngày 29 tháng 12 năm 2025 của Chính phủ",
                1,
                "Thông tư",
                "cites",
            ),
            (
                "trường hợp có sự khác nhau giữa quy định tại Nghị định này và quy định tại các văn bản hướng dẫn Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp",
                0,
                "Nghị định",
                "cites",
            ),
        ] {
            let found = crate::recognize::recognize_str(t);
            let reference = found.get(at).unwrap_or_else(|| panic!("no reference {at} in {t:?}"));
            assert_eq!(read_relation(t, reference.span.start, None, Some(own)).relation, relation, "{t}");
        }
        // The same words in a document of another kind name another document's act.
        let t = "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 125/2020/NĐ-CP";
        let at = crate::recognize::recognize_str(t)[0].span.start;
        assert_eq!(read_relation(t, at, None, Some("Nghị định")).relation, "amends");
        assert_eq!(read_relation(t, at, None, Some("Quyết định")).relation, "cites");
    }

    /// From shared/corpus/real: a preamble line that lists its bases after `;`.
    #[test]
    fn a_basis_line_lists_its_documents_after_semicolons() {
        for (t, at, relation) in [
            (
                "*Căn cứ Luật Quản lý thuế số 38/2019/QH14; Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán;",
                "Luật Chứng",
                "basis",
            ),
            (
                "Căn cứ Luật Giao thông đường thủy nội địa số 23/2004/QH11 được sửa đổi, bổ sung bởi Luật số 48/2014/QH13; Luật số 97/2015/QH13;",
                "Luật số 97",
                "basis",
            ),
            ("Căn cứ Luật Quản lý thuế số 108/2025/QH15;\nNghị định số 252/2026/NĐ-CP", "Nghị định", "cites"),
            ("Căn cứ tình hình thực tế; UBND tỉnh gửi Công văn số 12/UBND-KGVX", "Công văn", "cites"),
            (
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công tư, Luật Hải quan, Luật Thuế giá trị gia tăng;",
                "Luật Hải quan",
                "basis",
            ),
            // What a line carries out it lists the same way (`listed_after_implemented`).
            ("Thực hiện Kế hoạch số 43/KH-UBND; Quyết định số 196/QĐ-UBND", "Quyết", "implements"),
            ("Thực hiện Kế hoạch số 43/KH-UBND; UBND tỉnh gửi Quyết định số 196/QĐ-UBND", "Quyết", "cites"),
            // data/001:19: one task carried out between, not two, nor a task of another verb.
            (
                "tiếp tục thực hiện có hiệu quả Kết luận số 65-KL/TW; Chỉ thị số 29-CT/TU; tổng kết 10 năm thực hiện chính sách đối với người có uy tín; Quyết định số 12/2018/QĐ- TTg",
                "Quyết",
                "implements",
            ),
            (
                "tiếp tục thực hiện có hiệu quả Kết luận số 65-KL/TW; giải quyết các vấn đề phát sinh; Quyết định số 12/2018/QĐ-TTg",
                "Quyết",
                "cites",
            ),
            (
                "tiếp tục thực hiện có hiệu quả Kết luận số 65-KL/TW; tổng kết thực hiện chính sách; sơ kết thực hiện đề án; Quyết định số 12/2018/QĐ-TTg",
                "Quyết",
                "cites",
            ),
        ] {
            assert_eq!(read_relation(t, t.find(at).unwrap(), None, Some("Nghị định")).relation, relation, "{t}");
        }
    }

    /// From shared/corpus/real: a document replaced whole passes its act to those listed after
    /// it, after `;`, over hard-wrapped lines; not where a part comes first or no document's
    /// own name says the act.
    #[test]
    fn a_line_that_replaces_lists_its_documents_after_semicolons() {
        for (t, at, relation) in [
            (
                "2. Nghị định này thay thế Nghị định số 40/2018/NĐ-CP ngày 12 tháng 3\nnăm 2018 của Chính phủ về quản lý hoạt động kinh doanh theo phương thức đa\ncấp; Nghị định số 18/2023/NĐ-CP ngày 28 tháng 4 năm 2023 của Chính phủ",
                "Nghị định số 18",
                "replaces",
            ),
            (
                "2. Nghị định này thay thế: Nghị định số 36/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng; Nghị định số 369/2025/NĐ-CP ngày 31 tháng 12 năm 2025",
                "Nghị định số 369",
                "replaces",
            ),
            (
                "2. Nghị định này bãi bỏ khoản 3a Điều 3 Nghị định số 55/2011/NĐ-CP; Nghị định số 34/2016/NĐ-CP",
                "Nghị định số 34",
                "cites",
            ),
            ("Ủy ban thay thế Nghị định số 40/2018/NĐ-CP; Nghị định số 18/2023/NĐ-CP", "Nghị định số 18", "cites"),
            // A provision of a document listed: a part of that document is replaced.
            (
                "2. Nghị định này thay thế Nghị định số 79/2007/NĐ-CP ngày 18 tháng 5 năm 2007; Điều 4 của Nghị định số 06/2012/NĐ-CP",
                "Nghị định số 06",
                "replaces-part",
            ),
        ] {
            assert_eq!(read_relation(t, t.find(at).unwrap(), None, Some("Nghị định")).relation, relation, "{t}");
        }
    }

    /// From shared/corpus/real (NQ 66.18/2026): `theo` inside the words a provision repealed
    /// holds is those words', not this document's.
    #[test]
    fn according_to_in_quoted_words_is_theirs() {
        let t = "Bãi bỏ điều kiện \"chỉ được kinh doanh công cụ hỗ trợ theo giấy phép kinh doanh công cụ hỗ trợ\" (điểm đ khoản 2 Điều 49 Luật 42/2024/QH15)";
        assert_eq!(read_relation(t, t.find("Luật 42").unwrap(), None, Some("Nghị quyết")).relation, "repeals-part");
        let t = "Bãi bỏ điều kiện kinh doanh theo giấy phép tại Luật 42/2024/QH15";
        assert_eq!(read_relation(t, t.find("Luật 42").unwrap(), None, Some("Nghị quyết")).relation, "cites");
    }

    /// From shared/corpus/real (NĐ 240/2026, 158/2026, 50/2026): provisions listed over a line
    /// break are the clause's whose cue leads the list; not a line that opens otherwise.
    #[test]
    fn provisions_listed_over_a_line_break_keep_the_cue() {
        for (t, relation) in [
            (
                "Nghị định này quy định chi tiết và biện pháp thi hành khoản 2 Điều 9 và\nĐiều 13 Nghị quyết số 250/2025/QH15 ngày 10 tháng 12 năm 2025",
                "guides",
            ),
            (
                "3. Bãi bỏ Điều 3, khoản 4 Điều 18, Điều 23,\nkhoản 6 Điều 39 Nghị định số 103/2024/NĐ-CP.",
                "repeals-part",
            ),
            ("Nghị định này quy định chi tiết khoản 2 Điều 9.\nĐiều 13 Nghị quyết số 250/2025/QH15", "cites"),
            ("Nghị định này quy định chi tiết khoản 2 Điều 9 và\n- Điều 13 Nghị quyết số 250/2025/QH15", "cites"),
        ] {
            let at = t.find("Nghị quyết số").or_else(|| t.find("Nghị định số")).unwrap();
            assert_eq!(read_relation(t, at, None, Some("Nghị định")).relation, relation, "{t}");
        }
    }

    /// From shared/corpus/real (NĐ 172/2026): what a document details, listed by provisions
    /// after `;` and `và`, over a paragraph's wrapped lines.
    #[test]
    fn a_line_that_details_lists_its_laws_after_semicolons() {
        let t = "Nghị định này quy định chi tiết Điều 11 của Luật Dẫn độ số\n100/2025/QH15 (sau đây gọi là Luật Dẫn độ); Điều 10, Điều 11 của Luật\nChuyển giao người đang chấp hành án phạt tù số 101/2025/QH15 (sau đây gọi\nlà Luật Chuyển giao người đang chấp hành án phạt tù) và Điều 15 của Luật\nTương trợ tư pháp về hình sự số 103/2025/QH15.";
        for at in ["Luật Dẫn độ số", "Luật\nChuyển", "Luật\nTương"] {
            assert_eq!(read_relation(t, t.find(at).unwrap(), None, Some("Nghị định")).relation, "guides", "{at}");
        }
        // A list item or a heading after the line break opens a clause of its own.
        for t in [
            "Nghị định này quy định chi tiết Luật Dẫn độ số 100/2025/QH15; Luật A\n- Luật Tương trợ tư pháp về hình sự số 103/2025/QH15",
            "Nghị định này quy định chi tiết Luật Dẫn độ số 100/2025/QH15; Luật A\n## Luật Tương trợ tư pháp về hình sự số 103/2025/QH15",
        ] {
            assert_eq!(
                read_relation(t, t.find("Luật Tương").unwrap(), None, Some("Nghị định")).relation,
                "cites",
                "{t}"
            );
        }
    }

    /// From shared/corpus/real: a document named as what amended another is not amended.
    #[test]
    fn the_agent_of_a_cue_is_not_its_object() {
        for (t, at, relation) in [
            (
                "Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi Luật số 67/2020/QH14;",
                "Luật số 67",
                "basis",
            ),
            ("Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi", "Luật Xử", "basis"),
            // The verb as OCR misread it, over a blank line the text layer set (Nghị định
            // 253/2026/NĐ-CP, 236/2026/NĐ-CP).
            (
                "Căn cứ Luật Thuế thu nhập cá nhân số 109/2025/QH15 được sửa đỗi, bỗ\n\n sung bởi Luật số 09/2026/QH16,",
                "Luật số 09",
                "basis",
            ),
            (
                "Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 3 6/2024/QH15 được\nsửa đôi, bô sung bởi Luật số 118/2025/QH15;",
                "Luật số 118",
                "basis",
            ),
            (
                "Nghị định số 125/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định xử phạt vi phạm hành chính về thuế, hóa đơn (đã được sửa đổi, bổ sung bởi Nghị định số 102/2021/NĐ-CP",
                "Nghị định số 102",
                "cites",
            ),
            ("- Luat Chung khoan so 54/2019/QH14 (sua doi bo sung boi Luat 56/2024/QH15)", "Luat 56", "cites"),
            (
                "các điều khoản của Nghị định số 120/2018/NĐ-CP (được sửa đổi, bổ sung tại Nghị định số 48/2023/NĐ-CP",
                "Nghị định số 48",
                "cites",
            ),
            ("nội dung thực hiện tại mục II của Kế hoạch số 43/KH-UBND ngày 03/3/2023", "Kế hoạch", "implements"),
            // What the verb acts on still gets its relation.
            ("sửa đổi, bổ sung một số điều của Nghị định số 72/2025/NĐ-CP", "Nghị định", "amends"),
            ("Bãi bỏ Thông tư số 55/2010/TT-BTC", "Thông tư", "repeals"),
            ("Bãi bỏ quy định tại Thông tư số 55/2010/TT-BTC", "Thông tư", "repeals-part"),
            // All provisions on one matter are still a part (Nghị quyết 66.18/2026/NQ-CP).
            (
                "Bãi bỏ toàn bộ quy định về ngành nghề kinh doanh súng bắn sơn (theo Nghị định 96/2016/NĐ-CP",
                "Nghị định",
                "repeals-part",
            ),
            ("Bãi bỏ toàn bộ Thông tư số 55/2010/TT-BTC", "Thông tư", "repeals"),
            (
                "ban hành kèm theo Thông tư số 21/2021/TT-BLĐTBXH (đã được sửa đổi, bổ sung thành Phụ lục II, III, IV Thông tư số 02/2024/TT-BLĐTBXH",
                "Thông tư số 02",
                "cites",
            ),
            (
                "*Căn cứ Luật Tiêu chuẩn và quy chuẩn kỹ thuật số 68/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14",
                "Luật số 35",
                "basis",
            ),
            ("| Văn bản được sửa đổi | Thông tư 17/2016/TT-NHNN |", "Thông tư", "amends"),
            // shared/corpus/real, Nghị định 54/2026's table of the decrees it amends.
            ("| IV | 100/2024/NĐ-CP (26/07/2024) | Nhà ở xã hội (đã sửa đổi tại 261/2025/NĐ-CP) |", "261/", "cites"),
        ] {
            assert_eq!(relation_before(t, t.find(at).unwrap(), None), relation, "{t}");
        }
    }

    /// From shared/corpus/real: a list under a heading that names its stance.
    #[test]
    fn a_list_under_its_heading_takes_the_heading_s_stance() {
        let t = "## Căn cứ pháp lý\n\n- Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số 43/2024/QH15, số 47/2024/QH15\n- Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ\n\n## Nội dung chính\n\n- Nghị định số 101/2024/NĐ-CP";
        for (at, relation) in [
            ("31/2024", "basis"),
            ("43/2024", "basis"),
            ("47/2024", "basis"),
            ("102/2024", "basis"),
            ("101/2024", "cites"),
        ] {
            assert_eq!(relation_before(t, t.find(at).unwrap(), None), relation, "{at}");
        }
        // A cue of the item's own still says what it says; prose under the heading is no list.
        let t = "**CĂN CỨ PHÁP LUẬT:**\n1. Luật số 12/2025/QH15;\n2. Thực hiện Kết luận số 65-KL/TW\n\nCăn cứ pháp lý\nTheo Nghị định số 101/2024/NĐ-CP";
        assert_eq!(relation_before(t, t.find("Luật số 12").unwrap(), None), "basis");
        assert_eq!(relation_before(t, t.find("Kết luận").unwrap(), None), "implements");
        assert_eq!(relation_before(t, t.find("Nghị định").unwrap(), None), "cites");
        // From shared/corpus/real: a metadata list of what the document replaces; not one whose
        // items say which they are.
        let t = "### Văn bản thay thế\n\n- Nghị định số 36/2025/NĐ-CP ngày 25/02/2025\n- Nghị định số 369/2025/NĐ-CP ngày 31/12/2025\n\n### Văn bản thay thế / liên quan\n\n- Viện dẫn: Nghị định số 204/2004/NĐ-CP";
        assert_eq!(relation_before(t, t.find("Nghị định số 36").unwrap(), None), "replaces");
        assert_eq!(relation_before(t, t.find("Nghị định số 369").unwrap(), None), "replaces");
        assert_eq!(relation_before(t, t.find("Nghị định số 204").unwrap(), None), "cites");
        for (line, item) in
            [("- a", true), ("  1. a", true), ("a) b", true), ("12) x", true), ("Điều 1. a", false), ("Luật a", false)]
        {
            assert_eq!(is_list_item(line), item, "{line}");
        }
    }

    /// From shared/corpus/real: cues used as nouns.
    #[test]
    fn a_cue_that_is_a_noun_says_nothing() {
        for (t, at, relation) in [
            ("Điều 44.5.TT.7.28. Kinh phí thực hiện của Thông tư 17/2014/TT-BVHTTDL", "Thông tư", "cites"),
            ("Thực hiện hướng dẫn của Bộ Tài chính tại Công văn số 1234/BTC-NSNN", "Công văn", "implements"),
            (
                "1. Khi có đủ căn cứ quy định tại khoản 1, khoản 2 Điều 11a Luật Khiếu nại số 02/2011/QH13",
                "Luật",
                "cites",
            ),
            (
                "khi có một trong các căn cứ quy định tại khoản 1 Điều 7 Nghị định số 105/2015/NĐ-CP",
                "Nghị định",
                "cites",
            ),
            // Where it opens the clause, after markup or a list label, it states the basis.
            ("*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*", "Luật", "basis"),
            ("2. Căn cứ Nghị định số 105/2015/NĐ-CP", "Nghị định", "basis"),
            ("| Căn cứ | NQ 254/2025/QH15 |", "NQ", "basis"),
            ("a) căn cứ Nghị định số 105/2015/NĐ-CP", "Nghị định", "basis"),
            // The grounds for working something out, a noun (shared/corpus/real).
            (
                "#### Điều 3. Căn cứ tính tiền sử dụng đất quy định tại khoản 1 Điều 5 Nghị quyết số 254/2025/QH15",
                "Nghị quyết",
                "cites",
            ),
            ("Căn cứ để xác định số tiền quy định tại Nghị định số 118/2021/NĐ-CP", "Nghị định", "cites"),
            // What is carried out is a duty the reference prescribes.
            (
                "a) Bố trí kinh phí hàng năm để thực hiện chế độ, chính sách quy định tại Nghị định số 23/2012/NĐ-CP",
                "Nghị định",
                "cites",
            ),
            ("thuộc Tiểu dự án 1 của Dự án 10. Căn cứ Thông báo 26-TB/TU ngày 12-10-2024", "Thông báo", "basis"),
            // What is carried out is looked at (data/: an inspection team's plan).
            (
                "Ban Dân tộc tỉnh đã tham mưu UBND thành lập Đoàn kiểm tra thực hiện Chương trình mục tiêu quốc gia \
                 (kế hoạch số 65/KH-UBND ngày 22/3/2023)",
                "kế hoạch",
                "cites",
            ),
            ("Tăng cường giám sát việc thực hiện Nghị quyết số 24-NQ/TW", "Nghị quyết", "cites"),
            ("đánh giá tình hình thực hiện Kế hoạch số 104/KH-UBND", "Kế hoạch", "cites"),
            ("Tổ chức thực hiện Kế hoạch số 104/KH-UBND", "Kế hoạch", "implements"),
            // Plans for carrying out, one of them named (audit 2197: a district's report).
            (
                "100% xã, thị trấn đã ban hành kế hoạch thực hiện, trong đó có Kế hoạch số 12/KH-UBND ngày 25/3/2024",
                "Kế hoạch",
                "cites",
            ),
            // Nor does a cue before the noun govern what follows it.
            (
                "hành vi vi phạm hành chính đang thực hiện được xác định căn cứ quy định tại khoản 1 Điều 8 Nghị định số 118/2021/NĐ-CP",
                "Nghị định",
                "cites",
            ),
        ] {
            assert_eq!(relation_before(t, t.find(at).unwrap(), None), relation, "{t}");
        }
    }

    /// From shared/corpus/real: a list led in by a sentence that states the act.
    #[test]
    fn a_list_takes_the_act_of_the_sentence_that_leads_it_in() {
        let t = "1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.\n2. Kể từ ngày Nghị định này có hiệu lực thi hành, các văn bản và quy định sau đây hết hiệu lực thi hành: |\n\n4) Nghị định 08/2017/NĐ-CP ngày 08 tháng 02 năm 2017 của Chính phủ;\n5) Thông tư số 09/2018/TT-BTTTT;\n\nĐiều 5. Thực hiện các nhiệm vụ sau:\n- Tuyên truyền Luật Báo chí số 103/2016/QH13";
        for (at, relation) in [("Nghị định 08", "repeals"), ("Thông tư", "repeals"), ("Luật Báo chí", "cites")]
        {
            assert_eq!(relation_before(t, t.find(at).unwrap(), None), relation, "{at}");
        }
        // Only the document an item lists, and only where the item lists a document.
        let t = "2. Nghị định này bãi bỏ các văn bản sau đây:\n\nb) Nghị định số 15/2016/NĐ-CP ngày 15 tháng 3 năm 2016 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 79/2012/NĐ-CP ngày 05 tháng 10 năm 2012;\nc) Người có thẩm quyền theo quy định của Luật Sĩ quan Quân đội nhân dân Việt Nam";
        let scan = crate::scan::scan_text("x.md".into(), t);
        let got: Vec<&str> = scan.mentions.iter().map(|m| m.relation.as_str()).collect();
        assert_eq!(got, ["repeals", "cites", "cites"]);
        // A stance heads a list; a sentence that opens with its word does not.
        let t = "Căn cứ vào từng thời kỳ, Cơ quan đại diện áp dụng văn bản pháp luật tương ứng sau đây để xác định có quốc tịch Việt Nam của người đó:\n\na) Sắc lệnh số 53/SL ngày 20 tháng 10 năm 1945";
        assert_eq!(relation_before(t, t.find("Sắc lệnh").unwrap(), None), "cites");
    }

    #[test]
    fn a_sentence_ends_after_a_dates_year_not_a_label() {
        let t = "có hiệu lực từ ngày 01 tháng 7 năm 2024. Luật Giá số 11/2012/QH13";
        assert_eq!(
            &t[clause_start(t, t.find("Luật Giá").unwrap())..],
            "Luật Giá số 11/2012/QH13".replace("Luật", " Luật")
        );
        for t in [
            "Khoản 2. Luật Giá số 11/2012/QH13",
            "2024. Luật Giá số 11/2012/QH13",
            "mã 12345. Luật Giá số 11/2012/QH13",
        ] {
            assert_eq!(clause_start(t, t.find("Luật Giá").unwrap()), 0, "{t}");
        }
    }

    #[test]
    fn clause_ends_at_semicolon() {
        // A sentence after `;` is out of the cue's reach; a document listed there is not (see
        // `a_basis_line_lists_its_documents_after_semicolons`).
        let t = "Căn cứ Luật A; các đơn vị gửi báo cáo về Nghị định số 10/2020/NĐ-CP";
        assert_eq!(relation_before(t, t.find("Nghị").unwrap(), None), "cites");
        let t = "Căn cứ Luật A; Nghị định số 10/2020/NĐ-CP";
        assert_eq!(relation_before(t, t.find("Nghị").unwrap(), None), "basis");
    }

    /// `prescribed_in` looks for its phrases only where `quy định` or `(` stands: each phrase
    /// holds one of them.
    #[test]
    fn every_prescribing_phrase_holds_what_its_prefilter_looks_for() {
        for p in PRESCRIBED_IN {
            assert!(p.contains("quy định") || p.starts_with('('), "{p}");
            assert!(prescribed_in(&format!("việc {p} x")), "{p}");
        }
        assert!(!prescribed_in(" các nhiệm vụ được giao tại Kế hoạch số 12/KH-UBND"));
    }

    /// `closed_asides` pairs each `)` with the `(` open before it, inner and outer alike.
    #[test]
    fn closed_asides_pair_their_brackets() {
        assert_eq!(closed_asides("a (b (c) d) e) (f"), vec![5..7, 2..10]);
        assert!(closed_asides("a (b").is_empty());
    }
}
