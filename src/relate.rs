//! Relations one phrase states between two cited documents, and the sentence that proves
//! an edge. Works on one file's normalized text and the references found in it.
//!
//! - `Kết luận số 65-KL/TW … về tiếp tục thực hiện Nghị quyết số 24-NQ/TW`: the first
//!   implements the second (a cue in the first one's subject, right before the second).
//! - `Nghị định số 63/2011/NĐ-CP quy định chi tiết … Luật Trọng tài thương mại`: guides.
//! - `Thực hiện Kế hoạch số 38/KH-UBND …; Ban Dân tộc ban hành Kế hoạch số 150/KH-BDT`:
//!   what is issued in the sentence implements what the sentence opens with.

use crate::cues::{clause_start, cue_in};
use crate::lines::{line_end, line_start};
use crate::recognize::Found;
use crate::resolve::{ACTS_WITHIN_LEVELS, level_of};
use crate::tables::{Family, Level};

/// `from` relates to `to` (indices into the found references) as `relation` says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    pub from: usize,
    pub to: usize,
    pub relation: &'static str,
    /// Whether `to` is the citing file's own document, named where it stands by a reference
    /// that is no mention (`(Điều 23 Luật số 15/2008/QH12, … có nội dung bị bãi bỏ bởi Điều 210
    /// Luật số 45/2013/QH13 …)` on the page of 15/2008/QH12): `to` is then `from`.
    pub on_own: bool,
    /// The sentence that shows both references, where `to`'s own sentence leaves `from` out
    /// ([`pair_sentence_as_written`]); set by the scan.
    pub sentence: Option<std::sync::Arc<str>>,
}

impl Pair {
    fn new(from: usize, to: usize, relation: &'static str) -> Pair {
        Pair { from, to, relation, on_own: false, sentence: None }
    }
}

/// How far the cue may stand before the second reference (`thực hiện có hiệu quả `).
const CUE_REACH: usize = 48;

/// How far a guiding cue may stand before what it guides, where a title names the articles
/// and the measures it details first ([`cue_reaches`]).
const GUIDES_REACH: usize = 64;

/// Whether `cue` stands near enough before the reference that ends `gap` to act on it: within
/// [`CUE_REACH`]; a guiding cue within [`GUIDES_REACH`] where the words after it end on the
/// guided document's part or act (`quy định chi tiết một số điều và biện pháp tổ chức thi hành
/// Luật Tố cáo`, Nghị định 31/2019/NĐ-CP; `… quy định chi tiết và⏎hướng dán thì hành một sô
/// điêu của Luật Ngân sách nhà nước`: audit 2228, cause B), and not where they name what is
/// done under the cue's own document (`hướng dẫn tại Thông tư này sẽ bị xử phạt theo Điều 10`).
fn cue_reaches(gap: &str, cue: &crate::cues::Cue) -> bool {
    let after = &gap[cue.end..];
    after.len() <= CUE_REACH
        || cue.relation == "guides"
            && after.len() <= GUIDES_REACH
            && [" của", " thi hành"].iter().any(|w| after.trim_end().ends_with(w))
            && ![" theo ", " tại "].iter().any(|w| after.contains(w))
}

/// Whether a cue between two references speaks of the first one: `implements` only inside
/// its subject (`… về tiếp tục thực hiện …`), since `…, gắn với thực hiện …` lists what the
/// citing document implements; a content cue (`quy định chi tiết`, `sửa đổi`) anywhere.
/// Whether the words before a cue, between two references, make the cue the first one's:
/// for `implements`, the cue must open its subject (`Kết luận số 65-KL/TW … về tiếp tục thực
/// hiện Nghị quyết số 24-NQ/TW`), not stand past it (`Nghị định số 80/2020/NĐ-CP của Chính phủ
/// về quản lý và sử dụng viện trợ … có hiệu lực (ngày 17 tháng 9 năm 2020) tiếp tục thực hiện
/// theo quy định tại Thông tư số 225/2010/TT-BTC`, said of aid projects).
fn stated_by_first(before_cue: &str, relation: &str) -> bool {
    /// The most bytes between `về` and the cue: `việc tổ chức triển khai`.
    const SUBJECT_TO_CUE: usize = 32;
    match relation {
        "implements" => {
            let about = before_cue.rfind(" về ").map(|i| i + 1).or(before_cue.starts_with("về ").then_some(0));
            about.is_some_and(|i| before_cue.len() - (i + "về ".len()) <= SUBJECT_TO_CUE)
        }
        "basis" | "answers" | "cites" => false,
        _ => true,
    }
}

/// Whether a cue at `cue` follows a reference's date or issuer with nothing between, so it
/// opens the reference's title (`Chương trình hành động số 12-CTr/HU ngày 20/5/2022 của
/// Huyện ủy Sơn Hà thực hiện Nghị quyết số 06-NQ/TU`: UX audit 2190), not a clause of the
/// sentence's own (`… của Chính phủ có hiệu lực … tiếp tục thực hiện`, `… khóa IX và thực
/// hiện …`). Carried out `theo` another (`… Nghị định số 72/2026/NĐ-CP thực hiện theo quy
/// định tại …`) it implements nothing.
fn title_after_header(text: &str, fa: &Found, cue: usize, after_cue: &str) -> bool {
    let ends = [fa.issuer.as_ref(), fa.date_span.as_ref()].into_iter().flatten().map(|r| r.end);
    let Some(header_end) = ends.max().filter(|&end| end >= fa.span.end && end <= cue) else { return false };
    text[header_end..cue].trim_matches([' ', ',']).is_empty() && !after_cue.trim_start().starts_with("theo")
}

/// Whether the gap `gap` of `text` between two references stays in one sentence. By
/// `memchr`: the gap is often a whole paragraph, and a `str` search for a set of characters
/// reads it a character at a time.
fn same_sentence(text: &str, gap: std::ops::Range<usize>) -> bool {
    let g = &text.as_bytes()[gap.clone()];
    if memchr::memchr(b';', g).is_some() || STOP.find(g).is_some() {
        return false;
    }
    // A line that ends on a word no sentence ends with wraps one (`Căn cứ Bộ luật Lao động số
    // 45/2019/QH14, được sửa đổi, bổ sung tại⏎Luật Công nghiệp công nghệ số 71/2025/QH15`), as
    // does a text layer's line that goes on in small letters (`Thông tư số 32/2025/TT-BTC … của
    // Bộ trưởng Bộ Tài chính⏎hướng dẫn thực hiện một số điều của Luật Quản lý thuế`).
    // A blank line a text layer set inside it (`Kết luận số 65-KL/TW, ngày⏎⏎30/10/2019 của Bộ
    // Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW`) is read at its second break.
    memchr::memchr_iter(b'\n', g).all(|i| {
        let j = gap.start + i;
        if g.get(i + 1) == Some(&b'\n') {
            return crate::cues::blank_line_wrapped(text, j + 1);
        }
        if i > 0 && g[i - 1] == b'\n' {
            return crate::cues::blank_line_wrapped(text, j);
        }
        let line = text[gap.start..j].trim_end_matches(' ');
        [" tại", " bởi", " của", " theo"].iter().any(|w| line.ends_with(w))
            || wrapped_before_object(text, line, j, gap.end)
            || crate::cues::hard_wrapped(text, j)
            || crate::cues::emphasis_wrapped(text, j)
    })
}

/// Whether a line break at `j`, the last thing before the reference at `next`, parts a cue
/// from its object: `line`, the gap's words up to the break, ends on the cue (`… Nghị định số
/// 362/2025/NĐ-CP của Chính⏎phủ quy định chỉ tiết … hướng dẫn thi hành⏎Luật Phí và lệ phí`,
/// Nghị định 254/2026/NĐ-CP; audit 2228), which no sentence ends with.
fn wrapped_before_object(text: &str, line: &str, j: usize, next: usize) -> bool {
    text[j..next].trim_start().is_empty() && cue_in(line).is_some_and(|c| c.end == line.len())
}

/// Whether `gap` goes on past a `;` in a clause of the passive with no subject of its own,
/// whose subject is the reference before (`- Nghị định số 150/2025/NĐ-CP của Chính phủ quy
/// định …; được sửa đổi, bổ sung bởi Nghị định số 370/2025/NĐ-CP.`), on one line.
/// So a note in brackets after its title, which may hold a `;` of its own (`Sửa đổi, bổ sung
/// một số điều của Nghị định số 101/2024/NĐ-CP … quy định về điều tra cơ bản đất đai; đăng ký,
/// cấp Giấy chứng nhận … (được sửa đổi, bổ sung tại Nghị định số 151/2025/NĐ-CP, …)`).
fn passive_clause_after(gap: &str) -> bool {
    let Some(at) = memchr::memrchr2(b';', b'(', gap.as_bytes()) else { return false };
    let (before, after) = (&gap[..at], gap[at + 1..].trim_start_matches(' '));
    let bracketed = gap.as_bytes()[at] == b'(';
    !gap.contains('\n')
        && (bracketed || !before.contains(';'))
        && !before.contains(". ")
        && ["được ", "đã được ", "bị "].iter().any(|w| after.starts_with(w))
}

/// Whether `text`, lower-cased and trimmed, ends with `ban hành`. Only its last characters
/// are lower-cased: lower case is a character's own (the one exception, a final sigma, is
/// no letter of `ban hành`), and whitespace stays whitespace.
fn ends_with_ban_hanh(text: &str) -> bool {
    let text = text.trim_end();
    // The end first: `nh` after `à`, in either case (no other character lower-cases to
    // these), or no `ban hành` can end the text.
    if !matches!(text.as_bytes(), [.., 0xC3, 0xA0 | 0x80, b'n' | b'N', b'h' | b'H']) {
        return false;
    }
    let tail = text.char_indices().rev().nth(15).map_or(0, |(i, _)| i);
    crate::cues::with_lower(&text[tail..], |l| l.ends_with("ban hành"))
}

/// What the agent `b` of a passive cue acts on: `Luật số 64/2025/QH15 được sửa đổi, bổ sung
/// bởi Luật số 87/2025/QH15` (the second amends the first). A document amends, replaces,
/// repeals or corrects none above its own level ([`ACTS_WITHIN_LEVELS`]; a decree does guide
/// a law), so for those acts a law in the way names what the document before it details:
/// `Nghị định số 112/2021/NĐ-CP … quy định chi tiết … Luật Người lao động … được sửa đổi, bổ
/// sung bởi Nghị định số 372/2025/NĐ-CP` amends the decree. Without a word that names the
/// agent (`bởi`, `tại`, `theo`), what follows is no agent: `Luật Điện ảnh được sửa đổi, bổ
/// sung năm 2009) của Nghị định 54/2010/NĐ-CP`.
fn acted_on(text: &str, found: &[Found], (a, b): (usize, usize), relation: &str, rest: &str) -> Option<usize> {
    let names_agent = crate::cues::with_lower(rest, |l| {
        l.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "bởi" | "tại" | "theo" | "boi" | "tai"))
    });
    if !names_agent {
        return None;
    }
    if !ACTS_WITHIN_LEVELS.contains(&relation) {
        return Some(a);
    }
    let level = |f: &Found| level_of(f.kind, Some(f.family), f.symbol.as_deref(), None);
    let agent = level(&found[b]);
    back_in_sentence(text, found, a).find(|&i| {
        let l = level(&found[i]);
        agent == Level::Unknown || l == Level::Unknown || l >= agent
    })
}

/// Who does the act `relation` a cue right after reference `a` states: `a`, but for guidance
/// after a law, which details no law. There the law is named in the title of a document
/// before it in the sentence, whose guidance the cue goes on with: `Nghị định số
/// 193/2025/NĐ-CP … quy định chi tiết một số điều và biện pháp thi hành Luật Địa chất và
/// khoáng sản và quy định chi tiết Luật sửa đổi, bổ sung …` (trace audit 2195: the law of 2024
/// was drawn guiding the law that amends it). None where no such document is.
///
/// Where that document is itself amended by the title of one before it in the sentence, and
/// the guidance is joined to its title by `và` (`between`, the words from the law to the
/// cue), the guidance is the amender's: an amending title names what it amends with that
/// one's whole title, then what the amendment does besides (`Nghị định số 21/2026/NĐ-CP …
/// sửa đổi, bổ sung một số điều của Nghị định số 193/2025/NĐ-CP ngày 02 tháng 7 năm 2025 …
/// quy định chi tiết … Luật Địa chất và khoáng sản và quy định chi tiết Luật sửa đổi, bổ sung
/// …`: the decree of July 2025 details no law passed after it; audit 2253, item 1). `out`
/// holds the pairs read so far.
fn guide_of(text: &str, found: &[Found], a: usize, relation: &str, between: &str, out: &[Pair]) -> Option<usize> {
    let is_law = |i: usize| crate::tables::is_legislative_kind(found[i].kind);
    if relation != "guides" || !is_law(a) {
        return Some(a);
    }
    let mut back = back_in_sentence(text, found, a);
    let guide = back.find(|&i| !is_law(i))?;
    if !between.trim_start_matches([' ', '\n']).starts_with("và ") {
        return Some(guide);
    }
    // The title pair puts the amender first; an agent's (`được sửa đổi … bởi`) puts it after.
    let amender = |i: usize| out.iter().find(|p| p.to == i && p.from < i && p.relation == "amends").map(|p| p.from);
    Some(amender(guide).filter(|&by| back.any(|i| i == by)).unwrap_or(guide))
}

/// Reference `a` and those before it, nearest first, as long as each stands apart from the
/// one after it within one sentence.
fn back_in_sentence<'a>(text: &'a str, found: &'a [Found], a: usize) -> impl Iterator<Item = usize> + 'a {
    let joined = move |i: usize| {
        i > 0
            && found[i - 1].span.end <= found[i].span.start
            && same_sentence(text, found[i - 1].span.end..found[i].span.start)
    };
    std::iter::successors(Some(a), move |&i| joined(i).then(|| i - 1))
}

/// Whether the words before a passive cue, after an agent of another, join a second act to the
/// first's object (`… (được sửa đổi, bổ sung bởi Nghị định số 71/2023/NĐ-CP … của Chính phủ và⏎
/// được bãi bỏ một phần bởi Nghị định số 172/2025/NĐ-CP …)`: both act on Nghị định 112/2020).
fn joins_another_act(before_cue: &str) -> bool {
    let before = before_cue.trim_end();
    let Some(rest) = ["được", "bị"].iter().find_map(|w| before.strip_suffix(w)) else { return false };
    let rest = rest.trim_end();
    rest.ends_with(',') || rest.strip_suffix("và").is_some_and(|r| r.ends_with([' ', '\n', ',']))
}

/// The words that join two references of a list, without markup and the `số` a number
/// listed bare keeps (`… bởi các Luật số 43/2024/QH15, số 47/2024/QH15 và số 58/2024/QH15`:
/// recall audit 2220, only the first was read as amending).
fn list_joiner(gap: &str) -> &str {
    let gap = gap.trim_matches([' ', '\n', '*']);
    match gap.strip_suffix("số") {
        Some(rest) if rest.is_empty() || rest.ends_with(' ') => rest.trim_end(),
        _ => gap,
    }
}

/// The words between two references up to the provision of the second named before it
/// (`… hướng dẫn thi hành Luật Đường bộ và Điều 77 Luật Trật tự, an toàn giao thông đường
/// bộ`: `và`).
fn before_pinpoint<'t>(gap: &'t str, fa: &Found, fb: &Found) -> &'t str {
    match &fb.pinpoint {
        Some(p) if p.start >= fa.span.end && p.end <= fb.span.start => &gap[..p.start - fa.span.end],
        _ => gap,
    }
}

/// Whether `fb`, listed after `fa`, the object of `relation` by `actor`, is an object of the
/// same act: of the same kind (`… sửa đổi, bổ sung một số điều của Nghị định số 95/2021/NĐ-CP
/// … và Nghị định số 83/2014/NĐ-CP`), or for guidance of another that ranks above the guide
/// (`Thông tư số 15/2015/TT-BTP … quy định chi tiết thi hành một số điều của Luật hộ tịch và
/// Nghị định số 123/2015/NĐ-CP`: a circular details a law and the decree on it). A document
/// of the guide's rank or below after a law is named for itself (`Nghị định … hướng dẫn Luật
/// … và Thông tư …`).
fn listed_alike(actor: &Found, fa: &Found, fb: &Found, relation: &str) -> bool {
    fa.kind == fb.kind && fa.family == fb.family
        || relation == "guides" && guidance_rank(fb.kind) < guidance_rank(actor.kind)
}

/// How high a kind stands among those guidance details: an act of the legislature, a
/// decree, any other.
fn guidance_rank(kind: &str) -> u8 {
    match kind {
        k if crate::tables::is_legislative_kind(k) => 0,
        "Nghị định" => 1,
        _ => 2,
    }
}

/// Whether `gap`, the words between a reference and a law, ends the first one's subject on
/// carrying the law out (`Nghị quyết số 35/2000/QH10 của Quốc hội về việc thi hành Luật Hôn
/// nhân và gia đình`, `… về tổ chức thi hành …`). `thi hành` alone is no cue: `có hiệu lực thi
/// hành` says when a document takes effect. Nor is it after `trong` (in), where the carrying out
/// is only where the subject's matter arises: `Nghị quyết số 254/2025/QH15 … về cơ chế, chính
/// sách tháo gỡ khó khăn, vướng mắc trong tổ chức thi hành Luật Đất đai` removes obstacles by
/// mechanisms that depart from the law; it is no act carrying it out (audit 2230, #45).
fn executes_law(gap: &str) -> bool {
    let gap = gap.trim_end_matches([' ', '\n']);
    let Some(before) = gap.strip_suffix("thi hành") else { return false };
    let before = before.trim_end();
    (before.ends_with(" về việc") || before.ends_with(" tổ chức") && !before.ends_with(" trong tổ chức"))
        && [" về ", " quy định "].iter().any(|w| gap.contains(w))
}

/// Acts whose objects a list may name one after another.
const LISTED_OBJECT_ACTS: &[&str] = &["amends", "repeals", "replaces", "guides"];

/// Relations stated between references of one text.
pub fn pairs(text: &str, found: &[Found]) -> Vec<Pair> {
    let mut out = Vec::new();
    // An amending law's name names the laws it amends (`Luật sửa đổi, bổ sung một số điều của
    // Luật Lý lịch tư pháp số 107/2025/QH15`): each law named within it.
    for (a, fa) in found.iter().enumerate() {
        if !crate::tables::is_legislative_kind(fa.kind) || !crate::recognize::amending_law(&text[fa.span.clone()]) {
            continue;
        }
        let within = found[a + 1..].iter().take_while(|fb| fb.span.start < fa.span.end);
        for (b, fb) in (a + 1..).zip(within) {
            if fb.family == Family::Named && fb.span.end <= fa.span.end {
                out.push(Pair::new(a, b, "amends"));
            }
        }
    }
    // The last agent of a passive cue, what it acts on and the act: agents listed after it
    // (`được sửa đổi, bổ sung bởi Luật số 68/2020/QH14 và Luật số 107/2025/QH15`) do it too.
    let mut agent: Option<(usize, usize, &'static str)> = None;
    // The reference whose act the last pair read and the act, where its object was the
    // reference before this one.
    let mut object: Option<(usize, &'static str)> = None;
    for b in 1..found.len() {
        let a = b - 1;
        let (fa, fb) = (&found[a], &found[b]);
        if fa.span.end > fb.span.start {
            continue;
        }
        // A cue in the first reference's subject, right before the second.
        let gap = &text[fa.span.end..fb.span.start];
        // A bare `Luật số …` after a `;` goes on with the list too (`… bởi Luật số 48/2014/QH13;
        // Luật số 44/2019/QH14 …`, Nghị định 289/2026): a basis of its own would be named.
        let bare_law = || text[fb.span.clone()].starts_with("Luật số ") && fb.name.is_none();
        let last_agent = agent.take();
        if let Some((from, to, relation)) = last_agent
            && from == a
            && match list_joiner(&text[fa.header_end().min(fb.span.start)..fb.span.start]) {
                "," | "và" | ", và" => true,
                ";" => bare_law(),
                _ => false,
            }
        {
            out.push(Pair::new(b, to, relation));
            agent = Some((b, to, relation));
            continue;
        }
        // A second object of the same kind listed right after the first (`Nghị định số
        // 80/2023/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 95/2021/NĐ-CP ngày
        // 01/11/2021 và Nghị định số 83/2014/NĐ-CP`): the act is on both (recall audit 2179).
        if let Some((from, relation)) = object.take().filter(|&(from, relation)| {
            listed_alike(&found[from], fa, fb, relation)
                && matches!(list_joiner(before_pinpoint(gap, fa, fb)), "," | "và" | ", và")
        }) {
            out.push(Pair::new(from, b, relation));
            object = Some((from, relation));
            continue;
        }
        if (same_sentence(text, fa.span.end..fb.span.start) || passive_clause_after(gap))
            && let Some(cue) = cue_in(gap)
            && (cue_reaches(gap, &cue) || crate::cues::title_guides_next(gap))
            && (stated_by_first(&gap[..cue.start], cue.relation)
                || cue.relation == "implements"
                    && title_after_header(text, fa, fa.span.end + cue.start, &gap[cue.end..]))
        {
            if !cue.by_agent {
                let Some(a) = guide_of(text, found, a, cue.relation, &gap[..cue.start], &out) else { continue };
                out.push(Pair::new(a, b, cue.relation));
                object = LISTED_OBJECT_ACTS.contains(&cue.relation).then_some((a, cue.relation));
            } else if let Some(to) = last_agent
                .filter(|&(from, ..)| from == a && joins_another_act(&gap[..cue.start]))
                .map(|(_, to, _)| to)
                .or_else(|| acted_on(text, found, (a, b), cue.relation, &gap[cue.end..]))
            {
                // A part repealed (`(Điều 7 Nghị định số 45/2010/NĐ-CP, bị bãi bỏ bởi …)`, `… có
                // nội dung bị bãi bỏ bởi …`, `… được bãi bỏ một phần bởi …`) leaves the document
                // in force.
                let part = found[to].pinpoint.is_some()
                    || gap[..cue.start].contains("có nội dung")
                    || gap[cue.end..].trim_start().starts_with("một phần");
                let relation = if cue.relation == "repeals" && part { crate::cues::REPEALS_PART } else { cue.relation };
                out.push(Pair::new(b, to, relation));
                agent = Some((b, to, relation));
            }
            continue;
        }
        if crate::tables::is_legislative_kind(fb.kind)
            && executes_law(gap)
            && same_sentence(text, fa.span.end..fb.span.start)
        {
            out.push(Pair::new(a, b, "implements"));
            continue;
        }
        // `Thực hiện A …; <body> ban hành B`: B implements A.
        let clause = clause_start(text, fb.span.start);
        let before_b = &text[clause..fb.span.start];
        if !ends_with_ban_hanh(before_b) {
            continue;
        }
        let line = line_start(text, fb.span.start);
        for (i, fi) in found[..b].iter().enumerate().rev() {
            if fi.span.start < line {
                break;
            }
            let lead = &text[clause_start(text, fi.span.start)..fi.span.start];
            // List numbering (`2. `, `- `, `a) `) does not count as words of the sentence.
            let opens = lead
                .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '+' | ' ' | '*'))
                .to_lowercase();
            if fi.span.end <= clause && (opens.starts_with("thực hiện") || opens.starts_with("triển khai thực hiện"))
            {
                out.push(Pair::new(b, i, "implements"));
            }
        }
    }
    out
}

/// The sentence around `span`, for a person to check an edge by: cut at sentence ends and
/// at line breaks but those that only wrap a sentence going on in small letters (a PDF's text
/// layer, `*Căn cứ* Nghị quyết số 250/2025/QH15 của Quốc hội về một số cơ chế,⏎chính sách
/// …`), at most about 400 bytes; the wraps read as spaces.
#[cfg(test)]
fn sentence(text: &str, start: usize, end: usize) -> std::borrow::Cow<'_, str> {
    one_line(&text[sentence_range(text, start, end)])
}

/// [`sentence`], quoted from the text as the file writes it (`original`, which `norm`
/// normalized into `text`): its dashes, spaces and composed letters as they stand there
/// (`Thông báo số 79 – TB/VPTU`), where the normalized text writes `79 - TB/VPTU`.
pub fn sentence_as_written<'o>(
    original: &'o str,
    norm: &crate::normalize::Normalized,
    text: &str,
    start: usize,
    end: usize,
) -> std::borrow::Cow<'o, str> {
    let cut = sentence_range(text, start, end);
    let (from, to) = norm.original_range(cut.start, cut.end);
    let written = &original[from..to];
    // A file's own line breaks: CRLF or a lone CR read as one.
    let quoted = if memchr::memchr(b'\r', written.as_bytes()).is_some() {
        one_line(&written.replace("\r\n", "\n").replace('\r', "\n")).into_owned().into()
    } else {
        one_line(written)
    };
    // A sentence cut short says so (audit 2157: a window cut mid-clause read as the whole).
    let (before, after) = (cut_within_sentence(text, cut.start, true), cut_within_sentence(text, cut.end, false));
    match (before, after) {
        (false, false) => quoted,
        (b, a) => format!("{}{quoted}{}", if b { "… " } else { "" }, if a { " …" } else { "" }).into(),
    }
}

/// The sentence that proves a relation between the references at `a` and `b`, where the
/// sentence around `b` ([`sentence_as_written`], centred on it) leaves `a` out: on a long line
/// the acting document was cut off (audit 2250: `Căn cứ Nghị định số 23/2015/NĐ-CP … được sửa
/// đổi, …` without the `bổ sung bởi Nghị định số 280/2025/NĐ-CP` that makes the edge). Both
/// ends and what lies between where they are at most [`PAIR_GAP`] bytes apart, else each
/// one's excerpt, in the text's order, joined by `…`. `None` where `b`'s sentence holds `a`.
pub fn pair_sentence_as_written<'o>(
    original: &'o str,
    norm: &crate::normalize::Normalized,
    text: &str,
    a: std::ops::Range<usize>,
    b: std::ops::Range<usize>,
) -> Option<std::borrow::Cow<'o, str>> {
    let around_b = sentence_range(text, b.start, b.end);
    if around_b.start <= a.start && a.end <= around_b.end {
        return None;
    }
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    if second.start.saturating_sub(first.end) <= PAIR_GAP {
        return Some(sentence_as_written(original, norm, text, first.start, second.end));
    }
    let one = sentence_as_written(original, norm, text, first.start, first.end);
    let two = sentence_as_written(original, norm, text, second.start, second.end);
    Some(format!("{} … {}", one.trim_end_matches(" …"), two.trim_start_matches("… ")).into())
}

/// Most bytes between two references whose relation's sentence is quoted whole from one to
/// the other: a long line's clause, not a page.
const PAIR_GAP: usize = 400;

/// Whether the sentence goes on past `at`, where [`sentence_range`] cut it (`opening`: at its
/// start): a word or a clause's mark stands there on the same line, not a stop, a line's end
/// or a table's cell.
fn cut_within_sentence(text: &str, at: usize, opening: bool) -> bool {
    if opening {
        let before = text[..at].trim_end_matches(' ');
        !(before.is_empty() || before.ends_with(['\n', '.', '|', ':', ';', '>', '*']))
    } else {
        let (kept, after) = (text[..at].trim_end(), text[at..].trim_start_matches(' '));
        !(after.is_empty()
            || after.starts_with(['\n', '.', '|', ';', ':', ')'])
            || kept.ends_with(['.', ';', ':', '!', '?', '"', '”']))
    }
}

/// `s` on one line: a sentence wrapped over lines is one, and a blank line it goes on over
/// (`Kết luận số 65-KL/TW, ngày⏎⏎30/10/2019`) is one wrap.
fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    // `memchr`: `str::contains` reads a sentence a word at a time, for each edge's sentence;
    // a one-off `memmem` search builds its searcher at each call.
    let bytes = s.as_bytes();
    let mut breaks = memchr::memchr_iter(b'\n', bytes).peekable();
    if breaks.peek().is_none() {
        return s.into();
    }
    if breaks.any(|i| bytes.get(i + 1) == Some(&b'\n')) {
        s.replace("\n\n", "\n").replace('\n', " ").into()
    } else {
        s.replace('\n', " ").into()
    }
}

/// Whether the line break at `j` wraps a sentence that goes on in small letters
/// ([`crate::cues::hard_wrapped`]), not a front matter's next key (`so_dieu: 0`) after a
/// quoted value.
fn wraps(text: &str, j: usize) -> bool {
    crate::cues::hard_wrapped(text, j) && goes_on_as_text(text, j, j + 1)
}

/// Whether the line break at `j` and the blank line after it part a sentence
/// ([`crate::cues::blank_line_wrapped`]: `… gắn với thực hiện Kết luận số 65-KL/TW, ngày⏎⏎30/10/2019
/// của Bộ Chính trị …`, a seed plan's line 31, whose sentence for the reference to the
/// conclusion ran on, and for the resolution before it stopped at `ngày` with no `…`).
fn wraps_over_blank(text: &str, j: usize) -> bool {
    let bytes = text.as_bytes();
    bytes.get(j) == Some(&b'\n')
        && bytes.get(j + 1) == Some(&b'\n')
        && crate::cues::blank_line_wrapped(text, j + 1)
        && goes_on_as_text(text, j, j + 2)
}

/// Whether what follows a line break at `j`, from `next` on, goes on with the line: no front
/// matter's next key (`so_dieu: 0`) after a quoted value.
fn goes_on_as_text(text: &str, j: usize, next: usize) -> bool {
    let next = &text[next..];
    // A key is a few small letters and `_` before `: `: only that much of the line is read.
    let key_len = next.bytes().take(KEY_BYTES).take_while(|b| b.is_ascii_lowercase() || *b == b'_').count();
    let key = key_len > 0 && next[key_len..].starts_with(": ");
    !key && !text[..j].trim_end().ends_with(['"', '”'])
}

/// Longest front matter key [`wraps`] looks for.
const KEY_BYTES: usize = 32;

/// How far into a window cut by length a clause's start is looked for.
const CLAUSE_REACH: usize = 80;

/// `". "`, a sentence's end, searched for by `memmem`: a `str` search reads a long line a
/// character at a time. Built once: a one-off search builds its searcher at every call, for
/// each edge's sentence and each gap between two references.
static STOP: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(". "));

/// Where the last `". "` in `bytes` starts. By `memrchr` and a look at the next byte: the
/// search runs over at most a sentence's reach, in which a `.` is rare, and `memmem`'s
/// backward search (two-way, with no vector loop) cost 300 instructions a sentence.
fn last_stop(bytes: &[u8]) -> Option<usize> {
    let mut end = bytes.len();
    while let Some(i) = memchr::memrchr(b'.', &bytes[..end]) {
        if bytes.get(i + 1) == Some(&b' ') {
            return Some(i);
        }
        end = i;
    }
    None
}

/// How a codifier's note on related articles opens (see [`sentence_range`]).
const RELATED_NOTE: &str = "(Điều này có nội dung liên quan đến ";

fn sentence_range(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    // Sentence ends are looked for only as far as the sentence may reach: a stop further off
    // would be cut to 200 bytes anyway, and on a line of megabytes each search cost its length.
    let floor = start.saturating_sub(202);
    let mut from = line_start(text, start).max(floor);
    while from > floor {
        from = if crate::cues::wrap_before(text, from, wraps) {
            line_start(text, from - 1).max(floor)
        } else if from >= 2 && wraps_over_blank(text, from - 2) {
            line_start(text, from - 2).max(floor)
        } else {
            break;
        };
    }
    let ceiling = (end + 202).min(text.len());
    let mut to = line_end(text, end).min(ceiling);
    while to < ceiling && text.as_bytes()[to] == b'\n' {
        to = if wraps(text, to) {
            line_end(text, to + 1).min(ceiling)
        } else if wraps_over_blank(text, to) {
            line_end(text, to + 2).min(ceiling)
        } else {
            break;
        };
    }
    let mut s = last_stop(&text.as_bytes()[from..start]).map_or(from, |i| from + i + 2);
    // Within a codifier's note on related articles the stops are the articles' numbers
    // (`(Điều này có nội dung liên quan đến Điều 1. Phạm vi điều chỉnh của Luật 59/2014/QH13`):
    // the note is the sentence (CLI audit 2253: the evidence opened at `Phạm vi …`, the note
    // that made it one lost).
    if s > from
        && let Some(p) = memchr::memrchr(b'(', &text.as_bytes()[from..s]).map(|p| from + p)
        && text[p..].starts_with(RELATED_NOTE)
        && memchr::memchr(b')', &text.as_bytes()[p..start]).is_none()
    {
        s = p;
    }
    let mut e = STOP.find(&text.as_bytes()[end..to]).map_or(to, |i| end + i + 1);
    if start - s > 200 {
        s = start - 200;
        while !text.is_char_boundary(s) {
            s += 1;
        }
        s = text[s..start].find(' ').map_or(s, |i| s + i + 1);
        // At a clause's start where one is near (`…, Ủy viên Ban Chấp hành Trung ương Đảng, Bí
        // thư …` from `Bí thư`), not inside a compound (`ương Đảng`).
        let head = &text.as_bytes()[s..start.min(s + CLAUSE_REACH)];
        if let Some(i) = memchr::memchr2(b',', b';', head).filter(|&i| head.get(i + 1) == Some(&b' ')) {
            s += i + 2;
        }
    }
    if e - end > 200 {
        e = end + 200;
        while !text.is_char_boundary(e) {
            e -= 1;
        }
        // At a word's end, not inside one (`… Nghị định số 299/2025/NĐ-C`). Not at a clause's
        // end: the words after a reference say what became of it (`…, được sửa đổi, bổ sung bởi
        // Nghị định số 07/2025/NĐ-CP`).
        e = text[end..e].rfind(' ').map_or(e, |i| end + i);
    }
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    let kept = text[s..e].trim_start();
    let s = e - kept.len();
    s..s + kept.trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::recognize_str;

    fn rel(text: &str) -> Vec<(String, String, &'static str)> {
        let found = recognize_str(text);
        // A law cited by name goes by its name.
        let num = |i: usize| text[found[i].number.clone().or(found[i].name.clone()).unwrap()].to_string();
        pairs(text, &found).into_iter().map(|p| (num(p.from), num(p.to), p.relation)).collect()
    }

    /// shared/corpus/real (Nghị quyết 28/2026/NQ-CP, trace audit 2195): guidance named after a
    /// law in a decree's title is the decree's; a law guides no law.
    #[test]
    fn a_law_in_a_decree_s_title_does_not_guide_the_next() {
        let t = "Căn cứ Nghị định số 193/2025/NĐ-CP ngày 02 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số \
                 điều và biện pháp thi hành Luật Địa chất và khoáng sản và quy định chi tiết Luật Khoáng sản;";
        let guides: Vec<_> = rel(t).into_iter().filter(|(_, _, r)| *r == "guides").collect();
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string(), "guides");
        assert_eq!(guides, [pair("193", "Địa chất và khoáng sản"), pair("193", "Khoáng sản")]);
        // With no document before it, no guidance at all.
        assert_eq!(rel("Luật Địa chất và khoáng sản và quy định chi tiết Luật Khoáng sản"), []);
    }

    /// shared/corpus/real (Nghị quyết 28/2026/NQ-CP line 45, Thông tư 11/2026/TT-BXD line 82;
    /// audit 2253, item 1): guidance joined by `và` after the title of a decree that another
    /// amends is the amender's. Without `và`, or with no amender, it stays the decree's.
    #[test]
    fn guidance_after_an_amended_title_is_the_amender_s() {
        let guides = |t: &str| -> Vec<_> { rel(t).into_iter().filter(|(_, _, r)| *r == "guides").collect() };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string(), "guides");
        let amended = "sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản";
        for t in [
            "- Căn cứ Nghị định số 21/2026/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số \
             193/2025/NĐ-CP ngày 02 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi \
             hành Luật Địa chất và khoáng sản và quy định chi tiết Luật sửa đổi, bổ sung một số điều của Luật Địa \
             chất và khoáng sản;",
            "Căn cứ Nghị định số 21/2026/NĐ-CP ngày 16 tháng 01 năm 2026 của Chính phủ sửa đổi, bổ sung một số điều \
             của Nghị định số 193/2025/NĐ-CP ngày 02 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số điều và \
             biện pháp thi hành Luật Địa chất và khoáng sản và quy định chi tiết Luật sửa đổi, bổ sung một số điều \
             của Luật Địa chất và khoáng sản;",
        ] {
            assert_eq!(guides(t), [pair("193", "Địa chất và khoáng sản"), pair("21", amended)], "{t}");
            // The amendment itself is still read.
            assert!(rel(t).contains(&("21".to_string(), "193".to_string(), "amends")), "{t}");
        }
        // A second law in the amended decree's own title, not joined by `và`, is that decree's.
        let t = "Căn cứ Nghị định số 21/2026/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 193/2025/NĐ-CP quy \
                 định chi tiết Luật Địa chất và khoáng sản, quy định chi tiết Luật Khoáng sản;";
        assert_eq!(guides(t), [pair("193", "Địa chất và khoáng sản"), pair("193", "Khoáng sản")]);
    }

    /// A task given to a body after a letter is named (`…, UBND huyện giao Phòng Dân tộc hướng
    /// dẫn cụ thể theo Quyết định 1719/QĐ-TTg`), and guidance a letter asks for (`về việc đề
    /// nghị hướng dẫn`), are no guidance by the letter (audit 2197: a commune's letter was drawn
    /// guiding the Prime Minister's decision). The letter's own guidance still is.
    #[test]
    fn a_task_given_or_guidance_asked_is_no_act_between_two_documents() {
        let letter = "Phúc đáp Công văn số 88/UBND ngày 08/3/2024 của UBND xã Xuân Phú";
        for (_, example) in crate::tables::ASSIGNING {
            assert_eq!(rel(&format!("{letter}, {example}")), [], "{example}");
        }
        let asked = format!("{letter} về việc đề nghị hướng dẫn thực hiện Quyết định 1719/QĐ-TTg");
        assert_eq!(rel(&asked), []);
        let given = format!("{letter} hướng dẫn thực hiện Quyết định 1719/QĐ-TTg");
        assert_eq!(rel(&given), [("88".to_string(), "1719".to_string(), "guides")]);
    }

    /// The Bộ pháp điển's note on what amended an article (`có nội dung được sửa đổi, có nội
    /// dung được bổ sung bởi …`, 97 in shared/corpus/real): `bổ sung` passive with its agent
    /// is an act, though it opens no clause (audit 2161: only cites).
    #[test]
    fn a_note_s_passive_supplement_names_its_agent() {
        let t = "(Điều 17 Nghị định số 113/2013/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/12/2013, có nội dung được \
                 sửa đổi, có nội dung được bổ sung bởi Điều 2 Nghị định số 11/2019/NĐ-CP có hiệu lực thi hành kể từ ngày \
                 15/03/2019)";
        assert_eq!(rel(t), [("11".to_string(), "113".to_string(), "amends")]);
        // A word of its own elsewhere: `bổ sung kinh phí`.
        assert!(rel("được bổ sung kinh phí theo Nghị định số 11/2019/NĐ-CP và Nghị định số 113/2013/NĐ-CP").is_empty());
    }

    /// A title opened by guidance of the document named right after `theo` in it, however
    /// long (relations audit 2180: quoc-phong, a source note of a codified page).
    #[test]
    fn a_title_guiding_what_follows_theo() {
        let t = "(Điều 1 Thông tư liên tịch số 14/2012/TTLT-BCA-BLĐTBXH-BTC Hướng dẫn thực hiện một số chế độ đối với \
                 cán bộ, chiến sỹ Công an nhân dân theo Nghị định số 23/2012/NĐ-CP ngày 03 tháng 4 năm 2012 của Chính phủ)";
        assert_eq!(rel(t), [("14".to_string(), "23".to_string(), "guides")]);
        let t = "Kế hoạch số 12/KH-UBND hướng dẫn các xã, phường, thị trấn rà soát, lập danh sách đối tượng được \
                 hưởng theo Nghị định số 20/2021/NĐ-CP";
        assert!(rel(t).is_empty());
    }

    /// A title opened by guidance of what the next document issued, named right before `ban
    /// hành kèm theo` (relations audit of real/: van-hoa-the-thao-du-lich, the source note of a
    /// codified page, read `cites`); a regulation merely cited so is guided by none.
    #[test]
    fn a_title_guiding_what_the_next_issued() {
        let t = "(Điều 1 Thông tư số 36/2006/TT-BVHTT Hướng dẫn thực hiện một số điều của Quy chế đặt tên, đổi tên \
                 đường, phố và công trình công cộng ban hành kèm theo Nghị định số 91/2005/NĐ-CP ngày 11 tháng 07 năm \
                 2005 của Chính phủ ngày 20/03/2006 của Bộ Văn hoá - Thông tin, có hiệu lực thi hành kể từ ngày \
                 15/04/2006)";
        assert_eq!(rel(t), [("36".to_string(), "91".to_string(), "guides")]);
        let t = "Thông tư số 36/2006/TT-BVHTT quy định tên đường theo Quy chế đặt tên, đổi tên đường, phố và công \
                 trình công cộng ban hành kèm theo Nghị định số 91/2005/NĐ-CP";
        assert!(rel(t).is_empty());
    }

    /// From shared/corpus/real (relations audit 2180: Thông tư 06/2026/TT-BNV, 32/2026/TT-BQP):
    /// a passive clause after `;` says what befell the reference before it.
    #[test]
    fn a_passive_clause_after_a_semicolon_is_of_the_reference_before() {
        let t = "- Nghị định số 150/2025/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp \
                 tỉnh và UBND cấp xã; được sửa đổi, bổ sung bởi Nghị định số 370/2025/NĐ-CP.";
        assert_eq!(rel(t), [("370".to_string(), "150".to_string(), "amends")]);
        let t = "Điều 12. Sửa đổi, bổ sung một số điều của Nghị định số 101/2024/NĐ-CP ngày 29 tháng 7 năm 2024 của \
                 Chính phủ quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất (được \
                 sửa đổi, bổ sung tại Nghị định số 151/2025/NĐ-CP, Nghị định số 226/2025/NĐ-CP)";
        let amended = [("151", "101", "amends"), ("226", "101", "amends")].map(|(a, b, r)| (a.into(), b.into(), r));
        assert_eq!(rel(t), amended);
        let t = "khoản 11, 12 Điều 1 Nghị định số 80/2023/NĐ-CP ngày 17/11/2023 của Chính phủ sửa đổi, bổ sung một số \
                 điều của Nghị định số 95/2021/NĐ-CP ngày 01/11/2021 và Nghị định số 83/2014/NĐ-CP ngày 03/9/2014 của \
                 Chính phủ về kinh doanh xăng dầu và Nghị quyết số 55/NQ-CP ngày 19/3/2026 của Chính phủ";
        let amended = [("80", "95", "amends"), ("80", "83", "amends")].map(|(a, b, r)| (a.into(), b.into(), r));
        assert_eq!(rel(t), amended);
        // A clause with a subject of its own.
        let t =
            "- Nghị định số 150/2025/NĐ-CP của Chính phủ; Bộ Nội vụ được giao hướng dẫn Nghị định số 370/2025/NĐ-CP.";
        assert!(rel(t).is_empty());
    }

    /// From shared/corpus/real: what `các văn bản hướng dẫn` do is no act of the document
    /// before them (the budget law did not guide a decree on the treasury's procedures, nor the
    /// labour code a circular on night pay).
    #[test]
    fn documents_in_general_do_not_act_for_the_one_before() {
        for t in [
            "Kho bạc Nhà nước thực hiện chi ngân sách theo quy định tại Luật số 89/2025/QH15 và các văn bản hướng dẫn, \
             Nghị định số 347/2025/NĐ-CP ngày 29 tháng 12 năm 2025",
            "theo quy định của Bộ luật số 45/2019/QH14, các văn bản hướng dẫn và Thông tư liên tịch số \
             08/2005/TTLT-BTC-BNV ngày 05 tháng 01 năm 2005",
            // A type word in the plural (audit 2249, Thông tư 19/2026/TT-BNNMT, line 50): the
            // decrees it amends detail the land law, not it.
            "- Nghị định số 226/2025/NĐ-CP ngày 15 tháng 8 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của \
             các nghị định quy định chi tiết thi hành Luật Đất đai số 31/2024/QH15;",
        ] {
            assert!(rel(t).is_empty(), "{t}");
        }
        // One document named with its own verb still does.
        assert_eq!(
            rel("Nghị định số 58/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật số 61/2024/QH15"),
            [("58".to_string(), "61".to_string(), "guides")]
        );
    }

    #[test]
    fn ban_hanh_is_read_at_the_end_of_any_clause() {
        for t in [
            "ban hành",
            "Ban hành",
            "BAN HÀNH",
            "UBND tỉnh BAN HÀNH  \n",
            "Ban Dân tộc tỉnh Quảng Ngãi đã ban hành",
            "xban hành",
            "ban hành x",
            "ban hànhh",
            "ΣBAN HÀNH",
            "İİİİİİİİİİİİİİİİİİİİ ban hành",
            "an hành",
            "",
            "bAN HàNh",
            "ban hÀnH ",
            "ban hanh",
        ] {
            let slow = crate::cues::with_lower(t, |l| l.trim_end().ends_with("ban hành"));
            assert_eq!(ends_with_ban_hanh(t), slow, "{t:?}");
        }
        // What the check of the end stands on: only these lower-case to `n`, `h` and `à`.
        for (letter, cases) in [("n", "Nn"), ("h", "Hh"), ("à", "Àà")] {
            let all: String =
                (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| c.to_lowercase().eq(letter.chars())).collect();
            assert_eq!(all, cases);
        }
    }

    /// From shared/corpus/real and data/ (audit 2226: four relations a cited document's title
    /// states, missed): a resolution carrying out a law, a title set in bold over its line's
    /// end with a provision before the second law it guides, a circular guiding a law and its
    /// decree, a date parted by a blank line.
    #[test]
    fn relations_stated_in_a_cited_title() {
        let pair = |a: &str, b: &str, r: &'static str| (a.to_string(), b.to_string(), r);
        // hanh-chinh-tu-phap__ho-tich.md, line 1455.
        let t = "a) Nghị định số 77/2001/NĐ-CP ngày 22 tháng 10 năm 2001 của Chính phủ quy định chi tiết về đăng ký \
                 kết hôn theo Nghị quyết số 35/2000/QH10 của Quốc hội về việc thi hành Luật Hôn nhân và gia đình;";
        assert!(rel(t).contains(&pair("35", "Hôn nhân và gia đình", "implements")), "{:?}", rel(t));
        // dat-dai-dau-tu__nghi-dinh-50-2026-….md, line 40: obstacles met `trong` (in) carrying
        // the law out are the resolution's matter; it carries out no law.
        let t = "Nghị định quy định chi tiết một số điều của Nghị quyết số 254/2025/QH15 ngày 11/12/2025 của Quốc hội \
                 về cơ chế, chính sách tháo gỡ khó khăn, vướng mắc trong tổ chức thi hành Luật Đất đai về **tiền sử \
                 dụng đất, tiền thuê đất**.";
        assert!(!rel(t).iter().any(|(a, _, _)| a == "254"), "{:?}", rel(t));
        // When a document takes effect is no act on what follows.
        assert!(rel("Nghị quyết số 35/2000/QH10 có hiệu lực thi hành Luật Hôn nhân và gia đình").is_empty());
        // giao-thong-duong-bo__nghi-dinh-241-2026-….md, lines 41-42.
        let t = "**Sửa đổi, bổ sung một số điều của Nghị định 165/2024/NĐ-CP ngày 26/12/2024**\n\
                 hướng dẫn thi hành Luật Đường bộ và Điều 77 Luật Trật tự, an toàn giao thông đường bộ\n";
        let guided: Vec<_> = rel(t).into_iter().filter(|(a, _, r)| a == "165" && *r == "guides").collect();
        assert_eq!(
            guided,
            [pair("165", "Đường bộ", "guides"), pair("165", "Trật tự, an toàn giao thông đường bộ", "guides")]
        );
        // hanh-chinh-tu-phap__ho-tich.md, line 1393.
        let t = "theo quy định của Thông tư số 15/2015/TT-BTP ngày 16 tháng 11 năm 2015 của Bộ Tư pháp quy định chi \
                 tiết thi hành một số điều của Luật hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 \
                 của C1hính phủ quy định chi tiết một số điều và biện pháp thi hành Luật hộ tịch";
        assert!(rel(t).contains(&pair("15", "123", "guides")), "{:?}", rel(t));
        // A decree after the law a decree guides is named for itself.
        let t = "Nghị định số 15/2018/NĐ-CP quy định chi tiết Luật An toàn thực phẩm và Thông tư số 24/2019/TT-BYT";
        assert!(!rel(t).iter().any(|(_, b, _)| b == "24"), "{:?}", rel(t));
        // data/003_b00dab6a35e1303b.txt, lines 32-34.
        let t = "theo Kết luận số 65-KL/TW, ngày\n\n30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số \
                 24-NQ/TW của Ban chấp hành Trung ương Đảng khóa IX";
        assert_eq!(rel(t), [pair("65", "24", "implements")]);
    }

    /// From shared/corpus/real (audit 2228, cause B): a cited document's title that states
    /// what it guides or carries out, wrapped over lines, misread by OCR, opened by `quy định`
    /// after its issuer or naming the articles it details first; the citing file then cites
    /// only the first. (Not yet: a cue OCR split with a colon or over a line break, `quy: định
    /// chỉ tiết … biện pháp⏎thi hành Luật Sở hữu trí tuệ`, Nghị định 260/2026/NĐ-CP.)
    #[test]
    fn relations_stated_in_a_wrapped_or_misread_title() {
        let pair = |a: &str, b: &str, r: &'static str| (a.to_string(), b.to_string(), r);
        // thue__254-2026-nd-cp-….md, lines 1618-1620: the line ends on the cue.
        let t = "Việt Nam theo tỷ giá quy định tại Nghị định số 362/2025/NĐ-CP của Chính\n\
                 phủ quy định chỉ tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành\n\
                 Luật Phí và lệ phí.";
        assert_eq!(rel(t), [pair("362", "Phí và lệ phí", "guides")]);
        // dat-dai__nghi-dinh-49-2026-….md, line 76: a title opened by `quy định`, which carries
        // out no law (`trong tổ chức thi hành`, as above).
        let t = "**Quy định chi tiết và hướng dẫn một số điều của Nghị quyết số 254/2025/QH15 ngày 11 tháng 12 năm \
                 2025 của Quốc hội quy định một số cơ chế, chính sách tháo gỡ khó khăn, vướng mắc trong tổ chức thi \
                 hành Luật Đất đai**";
        assert_eq!(rel(t), []);
        // tai-chinh-ngan-sach__thong-tu-60-2026-….md, lines 50-51.
        let t = "Căn cứ Nghị định số 73/2026/NĐ-CP của Chính phủ quy định chi tiết và\n\
                 hướng dán thì hành một sô điêu của Luật Ngân sách nhà nước;";
        assert_eq!(rel(t), [pair("73", "Ngân sách nhà nước", "guides")]);
        // tu-phap__nghi-dinh-156-2026-….md, line 183.
        let t = "Thay thế Mẫu số 02 và Mẫu số 03 tại Phụ lục ban hành kèm theo Nghị định số 31/2019/NĐ-CP ngày 10 \
                 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố \
                 cáo bằng Mẫu số 02";
        assert_eq!(rel(t), [pair("31", "Tố cáo", "guides")]);
        // trat-tu-an-toan-xa-hoi__chung-minh-nhan-dan.md, line 427: guidance of the citing
        // circular, then a penalty under another decree.
        let t = "vi phạm quy định của Nghị định số 05/1999/NĐ-CP và hướng dẫn tại Thông tư này sẽ bị xử phạt theo \
                 Điều 10 Nghị định số 49/CP ngày 15/8/1996 của Chính phủ";
        assert_eq!(rel(t), []);
    }

    #[test]
    fn a_conclusion_implements_the_resolution_it_continues() {
        let t = "Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW, ngày 12/3/2003 của Ban Chấp hành Trung ương";
        assert_eq!(rel(t), vec![("65".into(), "24".into(), "implements")]);
    }

    #[test]
    fn what_a_sentence_issues_implements_what_it_opens_with() {
        let t = "2. Thực hiện Kế hoạch số 38/KH-UBND ngày 04/3/2021 của UBND tỉnh về triển khai thực hiện Quy chế dân chủ; Ban Dân tộc ban hành Kế hoạch số 150/KH-BDT ngày 18/3/2021 về thực hiện quy chế dân chủ.";
        assert_eq!(rel(t), vec![("150".into(), "38".into(), "implements")]);
    }

    /// From shared/corpus/real (a codified page on health, Luật Quốc tịch's notes): a title
    /// that amends and repeals some articles of another document amends it, one that only
    /// repeals some repeals a part; after a passive verb, the
    /// article named is the agent's, and the act stays as the verb says.
    #[test]
    fn a_title_that_repeals_articles_amends() {
        let t = "Thông tư số 26/2021/TT-BYT sửa đổi, bổ sung và bãi bỏ một số điều của Thông tư số 41/2018/TT-BYT";
        assert_eq!(rel(t), vec![("26".into(), "41".into(), "amends")]);
        let t =
            "Sắc lệnh số 51/SL ngày 14 tháng 12 năm 1959 bãi bỏ Điều 5, 6 Sắc lệnh số 53/SL ngày 20 tháng 10 năm 1945";
        assert_eq!(rel(t), vec![("51".into(), "53".into(), "repeals-part")]);
        // An article repealed leaves its document in force (relation audit 2151): a part
        // repealed.
        let t = "(Điều 7 Nghị định số 45/2010/NĐ-CP, bị bãi bỏ bởi Điều 2 Nghị định số 33/2012/NĐ-CP)";
        assert_eq!(rel(t), vec![("33".into(), "45".into(), "repeals-part")]);
        let t = "(Điều 9 Thông tư số 01/2018/TT-BVHTTDL, có hiệu lực thi hành kể từ ngày 10/03/2018, có nội dung bị \
                 bãi bỏ bởi Điều 2 Thông tư số 09/2024/TT-BVHTTDL)";
        assert_eq!(rel(t), vec![("09".into(), "01".into(), "repeals-part")]);
        // A whole document repealed by an agent is repealed.
        let t = "Nghị định số 45/2010/NĐ-CP bị bãi bỏ bởi Nghị định số 33/2012/NĐ-CP";
        assert_eq!(rel(t), vec![("33".into(), "45".into(), "repeals")]);
    }

    #[test]
    fn a_decree_guides_the_law_it_details() {
        let t = "(Điều 1 Nghị định số 63/2011/NĐ-CP Quy định chi tiết và hướng dẫn thi hành một số điều của Luật số 54/2010/QH12)";
        assert_eq!(rel(t), vec![("63".into(), "54".into(), "guides")]);
    }

    #[test]
    fn the_agent_of_a_passive_cue_does_the_act() {
        // shared/corpus/real/97-2026-TT-BTC.md, line 50.
        let t = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;";
        assert_eq!(rel(t), vec![("87".into(), "64".into(), "amends")]);
        let t = "Nghị định số 15/2020/NĐ-CP được sửa đổi, bổ sung tại Nghị định số 14/2022/NĐ-CP";
        assert_eq!(rel(t), vec![("14".into(), "15".into(), "amends")]);
        let t = "Nghị định số 14/2022/NĐ-CP sửa đổi, bổ sung Nghị định số 15/2020/NĐ-CP";
        assert_eq!(rel(t), vec![("14".into(), "15".into(), "amends")]);
        // A decree guides a law: no level stands in the way of guidance.
        let t = "Luật Đất đai số 31/2024/QH15 được hướng dẫn bởi Nghị định số 102/2024/NĐ-CP";
        assert_eq!(rel(t), vec![("102".into(), "31".into(), "guides")]);
        // ngoai-giao__thong-tu-02-2026-tt-bng-…md, line 106: the decree amends the decree.
        let t = "*Căn cứ Nghị định số 112/2021/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng được sửa đổi, bổ sung bởi Nghị định số 372/2025/NĐ-CP;*";
        assert_eq!(
            rel(t),
            vec![
                ("112".into(), "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng".into(), "guides"),
                ("372".into(), "112".into(), "amends")
            ]
        );
        // van-hoa…md, line 579: a year, no agent, follows the cue.
        let t = "(quy định chi tiết thi hành điểm a khoản 2 Điều 14 Luật Điện ảnh được sửa đổi, bổ sung năm 2009) của Nghị định 54/2010/NĐ-CP Quy định";
        assert!(rel(t).is_empty(), "{:?}", rel(t));
    }

    /// From shared/corpus/real, hard-wrapped text layers: a title goes on past a line break
    /// into small letters (Thông tư 91/2026/TT-BTC, line 1524), and a second passive act joined
    /// to an agent's acts on the first's object, a part repealed (Nghị định
    /// 234/2026/NĐ-CP, line 1000).
    #[test]
    fn wrapped_titles_and_joined_acts_keep_their_objects() {
        let t = "Thông tư số\n32/2025/TT-BTC ngày 31 tháng 5 năm 2025 của Bộ trưởng Bộ Tài chính\n\
                 hướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm\n2019 hết hiệu lực.";
        assert_eq!(rel(t), vec![("32".into(), "Quản lý thuế".into(), "guides")]);
        // A blank line or a line ending on a stop ends the sentence.
        let t = "Thông tư số 32/2025/TT-BTC của Bộ trưởng Bộ Tài chính.\n\
                 hướng dẫn thực hiện một số điều của Luật Quản lý thuế";
        assert!(rel(t).is_empty(), "{:?}", rel(t));
        let t = "2. Nghị định số 112/2020/NĐ-CP ngày 18 tháng 9 năm 2020 của Chính\nphủ về xử lý kỷ luật cán bộ, \
                 công chức, viên chức (được sửa đổi, bổ sung bởi\nNghị định số 71/2023/NĐ-CP ngày 20 tháng 9 năm 2023 \
                 của Chính phủ và\nđược bãi bỏ một phần bởi Nghị định số 172/2025/NĐ-CP ngày 30 tháng 6\nnăm 2025 \
                 của Chính phủ) hết hiệu lực";
        assert_eq!(rel(t), vec![("71".into(), "112".into(), "amends"), ("172".into(), "112".into(), "repeals-part")]);
    }

    /// From shared/corpus/real (Nghị định 216/2026's preamble, the codified page of Lý lịch
    /// tư pháp): each agent listed after a passive cue does the act, and an amending law's
    /// name says which laws it amends.
    #[test]
    fn amending_laws_named_or_listed_as_agents_amend() {
        let t = "Căn cứ Luật Lý lịch tư pháp số 28/2009/QH12 được sửa đổi, bổ sung bởi Luật số 68/2020/QH14 và Luật số 107/2025/QH15;";
        assert_eq!(rel(t), vec![("68".into(), "28".into(), "amends"), ("107".into(), "28".into(), "amends")]);
        let t = "Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi Luật số 54/2014/QH13, \
                 Luật số 18/2017/QH14, Luật số 67/2020/QH14;";
        assert_eq!(rel(t).iter().filter(|(_, to, r)| to == "15" && *r == "amends").count(), 3, "{:?}", rel(t));
        // Wrapped after the preposition (Nghị định 235/2026).
        let t = "Căn cứ Bộ luật Lao động số 45/2019/QH14, được sửa đổi, bổ sung tại\nLuật Công nghiệp công nghệ số 71/2025/QH15;";
        assert_eq!(rel(t), vec![("71".into(), "45".into(), "amends")]);
        let t = "Căn cứ Bộ luật Lao động số 45/2019/QH14;\nLuật số 71/2025/QH15 được thông qua.";
        assert!(rel(t).is_empty());
        // Not a law named after the list, in a clause of its own; a bare `Luật số` goes on.
        let t = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số \
                 87/2025/QH15; Luật Tổ chức Chính phủ số 63/2025/QH15;";
        assert_eq!(rel(t), vec![("87".into(), "64".into(), "amends")]);
        let t = "Căn cứ Luật Giao thông đường thủy nội địa số 23/2004/QH11 được sửa đổi, bổ sung bởi Luật số \
                 48/2014/QH13; Luật số 44/2019/QH14;";
        assert_eq!(rel(t), vec![("48".into(), "23".into(), "amends"), ("44".into(), "23".into(), "amends")]);
        let t = "> Luật sửa đổi, bổ sung một số điều của Luật Lý lịch tư pháp số 107/2025/QH15 được Quốc hội thông qua";
        assert_eq!(rel(t), vec![("107".into(), "Lý lịch tư pháp".into(), "amends")]);
        let t = "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư số 57/2024/QH15";
        assert_eq!(rel(t), vec![("57".into(), "Quy hoạch".into(), "amends"), ("57".into(), "Đầu tư".into(), "amends")]);
        // Numbers listed bare after `số` (Nghị định 49/2026/NĐ-CP, recall audit 2220).
        let t = "- Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số 43/2024/QH15, \
                 số 47/2024/QH15 và số 58/2024/QH15;";
        assert_eq!(
            rel(t),
            vec![
                ("43".into(), "31".into(), "amends"),
                ("47".into(), "31".into(), "amends"),
                ("58".into(), "31".into(), "amends")
            ]
        );
        // A note in brackets that opens with the verb names the amender (Nghị quyết 31/2026/QH16).
        let t =
            "| **Căn cứ pháp lý** | Hiến pháp 2013 (sửa đổi theo Nghị quyết 203/2025/QH15); Luật Tổ chức Quốc hội |";
        let found = recognize_str(t);
        let kinds: Vec<_> =
            pairs(t, &found).iter().map(|p| (found[p.from].kind, found[p.to].kind, p.relation)).collect();
        assert_eq!(kinds, vec![("Nghị quyết", "Hiến pháp", "amends")]);
    }

    /// From shared/corpus/real (a codified page on aid, article 35 of Nghị định
    /// 80/2020/NĐ-CP): a cue past the first reference's subject is no act of it.
    #[test]
    fn implementing_is_stated_by_the_first_only_in_its_subject() {
        let t = "trước ngày Nghị định số 80/2020/NĐ-CP của Chính phủ về quản lý và sử dụng viện trợ không hoàn \
                 lại có hiệu lực (ngày 17 tháng 9 năm 2020) tiếp tục thực hiện theo quy định tại Thông tư số \
                 225/2010/TT-BTC ngày 31/12/2010";
        assert!(rel(t).is_empty(), "{:?}", rel(t));
        let t = "Nghị quyết số 111/NQ-CP ngày 22 tháng 7 năm 2024 của Chính phủ về thực hiện Nghị quyết số 29-NQ/TW";
        assert_eq!(rel(t), vec![("111".into(), "29".into(), "implements")]);
        let t = "Kế hoạch số 38/KH-UBND của UBND tỉnh về việc tổ chức triển khai thực hiện Nghị quyết số 10/NQ-CP";
        assert_eq!(rel(t), vec![("38".into(), "10".into(), "implements")]);
    }

    /// shared/corpus/real (Thông tư 02/2026/TT-BNG, line 98; audit 2250): the sentence of an
    /// amendment shows the amender, which the window around the amended decree cut off.
    #[test]
    fn a_pair_s_sentence_shows_both_ends() {
        let t = "*Căn cứ Nghị định số 23/2015/NĐ-CP của Chính phủ về cấp bản sao từ số gốc, chứng thực bản sao từ \
                 bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch được sửa đổi, bổ sung bởi Nghị định \
                 số 280/2025/NĐ-CP và Nghị định số 18/2026/NĐ-CP;*";
        let found = recognize_str(t);
        let norm = crate::normalize::Normalized::new(t);
        let (amended, amender) = (found[0].span.clone(), found[1].span.clone());
        assert!(!sentence_as_written(t, &norm, t, amended.start, amended.end).contains("280/2025"));
        let both = pair_sentence_as_written(t, &norm, t, amender.clone(), amended.clone()).unwrap();
        assert!(both.contains("23/2015/NĐ-CP") && both.contains("bổ sung bởi Nghị định số 280/2025/NĐ-CP"), "{both}");
        // Where the window around the one acted on holds the other, it is kept as it is.
        assert_eq!(pair_sentence_as_written(t, &norm, t, found[2].span.clone(), amender.clone()), None);
        // Ends further apart than a clause: two excerpts, each around its end.
        let long = t.replace("về cấp bản sao", &format!("về {}cấp bản sao", "chứng thực hợp đồng, ".repeat(20)));
        let found = recognize_str(&long);
        let norm = crate::normalize::Normalized::new(&long);
        let two = pair_sentence_as_written(&long, &norm, &long, found[1].span.clone(), found[0].span.clone()).unwrap();
        assert!(two.starts_with("*Căn cứ Nghị định số 23/2015/NĐ-CP"), "{two}");
        assert!(two.contains(" … ") && two.contains("bởi Nghị định số 280/2025/NĐ-CP"), "{two}");
        assert!(two.len() < long.len(), "{two}");
    }

    /// From a user's plan (UX audit 2190): a programme's title, right after its date and
    /// issuer, says what it carries out; a clause of the sentence's own does not.
    #[test]
    fn a_title_after_the_date_and_issuer_implements() {
        let t = "Thực hiện Chương trình hành động số 12-CTr/HU ngày 20/5/2022 của Huyện ủy Sơn Hà thực hiện Nghị quyết \
                 số 06-NQ/TU ngày 04/4/2022 của Ban Thường vụ Tỉnh ủy về công tác dân tộc;";
        assert_eq!(rel(t), vec![("12".into(), "06".into(), "implements")]);
        let t = "Kế hoạch số 38/KH-UBND ngày 04 tháng 3 năm 2021 triển khai thực hiện Nghị quyết số 10/NQ-CP";
        assert_eq!(rel(t), vec![("38".into(), "10".into(), "implements")]);
        let t = "Thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng khóa IX và thực \
                 hiện Kết luận số 65-KL/TW";
        assert!(rel(t).is_empty(), "{:?}", rel(t));
        let t = "Nghị định số 80/2020/NĐ-CP của Chính phủ có hiệu lực tiếp tục thực hiện Thông tư số 225/2010/TT-BTC";
        assert!(rel(t).is_empty(), "{:?}", rel(t));
        // From shared/corpus/real (Nghị quyết 25/2026/NQ-CP): carried out under another.
        let t = "Nghị định số 72/2026/NĐ-CP ngày 02/3/2026 thực hiện theo quy định tại Nghị định số 26/2023/NĐ-CP";
        assert!(rel(t).is_empty(), "{:?}", rel(t));
    }

    #[test]
    fn implementing_two_things_is_no_relation_between_them() {
        let t =
            "trọng tâm là thực hiện Nghị quyết số 120/2020/QH14 ngày 19/6/2020, gắn với thực hiện Kết luận số 65-KL/TW";
        assert!(rel(t).is_empty());
    }

    #[test]
    fn a_list_is_no_relation() {
        let t = "Thực hiện Nghị quyết số 10/NQ-CP ngày 28/01/2022 của Chính phủ về Chiến lược công tác dân tộc và Nghị quyết số 06-NQ/TU ngày 04/4/2022";
        assert!(rel(t).is_empty());
    }

    #[test]
    fn sentence_is_cut_at_sentence_ends() {
        let t = "Câu trước. Thực hiện Kế hoạch số 38/KH-UBND nay. Câu sau.";
        let f = &recognize_str(t)[0];
        assert_eq!(sentence(t, f.span.start, f.span.end), "Thực hiện Kế hoạch số 38/KH-UBND nay.");
        // Not at an article's number in a codifier's note on related articles (the Bộ pháp
        // điển's page on nationality, CLI audit 2253): the note is the sentence.
        let t = "Điều 1. Phạm vi.\n\n(Điều này có nội dung liên quan đến Điều 1. Phạm vi điều chỉnh của Luật \
                 59/2014/QH13 Căn cước công dân ban hành ngày 20/11/2014)\n";
        let f = &recognize_str(t)[0];
        assert!(
            sentence(t, f.span.start, f.span.end).starts_with("(Điều này có nội dung liên quan đến Điều 1. Phạm vi")
        );
        // A sentence wrapped over lines is read whole, a wrap as a space; a line that opens
        // otherwise is another's (shared/corpus/real, a PDF's text layer).
        let t = "NGHỊ ĐỊNH\nCăn cứ Nghị quyết số 250/2025/QH15 của Quốc hội về một số cơ chế,\nchính sách đặc thù;\nso_dieu: 0";
        let f = &recognize_str(t)[0];
        assert_eq!(
            sentence(t, f.span.start, f.span.end),
            "Căn cứ Nghị quyết số 250/2025/QH15 của Quốc hội về một số cơ chế, chính sách đặc thù;"
        );
        // So is one whose line ends on a word no sentence ends with (trace audit 2162:
        // `Căn cứ Luật Giáo dục số 43/2019/QH14 được sửa đổi, bổ sung bởi Luật`).
        let t = "Căn cứ Nghị định số 279/2026/NĐ-CP ngày 12 tháng 7 năm 2026 của\n Chính phủ quy định chức năng;";
        let f = &recognize_str(t)[0];
        assert_eq!(
            sentence(t, f.span.start, f.span.end),
            "Căn cứ Nghị định số 279/2026/NĐ-CP ngày 12 tháng 7 năm 2026 của  Chính phủ quy định chức năng;"
        );
        let t = "trich_yeu: \"Thi hành Luật Tiếp công dân số 42/2017/QH14\"\nso_dieu: 0";
        let f = &recognize_str(t)[0];
        assert_eq!(sentence(t, f.span.start, f.span.end), "trich_yeu: \"Thi hành Luật Tiếp công dân số 42/2017/QH14\"");
        // A long sentence is cut at a word's end (a Thông tư of the Bộ Ngoại giao, whose
        // evidence ended `… Nghị định số 299/2025/NĐ-C`).
        let t = format!(
            "Căn cứ Nghị định số 28/2025/NĐ-CP {}và Nghị định số 299/2025/NĐ-CP;",
            "quy định chức năng ".repeat(11)
        );
        let f = &recognize_str(&t)[0];
        let cut = sentence(&t, f.span.start, f.span.end);
        assert!(cut.len() < t.len() && t.starts_with(&*cut), "{cut}");
        assert!(t[cut.len()..].starts_with(' '), "{cut}");
        // Cut before a long run of words, it starts at a clause where one is near (the sample
        // corpus: `ương Đảng khóa IX …`, inside `Trung ương`).
        let t = format!(
            "{}của Bộ Chính trị về tiếp tục thực hiện, nhất là {}Nghị quyết số 24-NQ/TW.",
            "trong tình hình mới ".repeat(6),
            "công tác dân tộc ".repeat(5)
        );
        let f = &recognize_str(&t)[0];
        assert_eq!(
            sentence(&t, f.span.start, f.span.end),
            format!("nhất là {}Nghị quyết số 24-NQ/TW.", "công tác dân tộc ".repeat(5))
        );
        // As written, a sentence cut short says so at the cut (audit 2157), and a whole one
        // does not.
        let norm = crate::normalize::Normalized::new(&t);
        let quoted = sentence_as_written(&t, &norm, &t, f.span.start, f.span.end);
        assert_eq!(quoted, format!("… nhất là {}Nghị quyết số 24-NQ/TW.", "công tác dân tộc ".repeat(5)));
        let t = "Câu trước. Thực hiện Kế hoạch số 38/KH-UBND nay. Câu sau.";
        let f = &recognize_str(t)[0];
        let norm = crate::normalize::Normalized::new(t);
        assert_eq!(sentence_as_written(t, &norm, t, f.span.start, f.span.end), "Thực hiện Kế hoạch số 38/KH-UBND nay.");
    }

    /// From data/003 (the Đồng Nai notice, lines 31–33; audit 2249): a blank line parts the date
    /// of the conclusion its sentence names after the resolution. The resolution's sentence ended
    /// at `ngày` with no `…`, the conclusion's (whose reference spans the break) ran on: both
    /// go on over it, as the clause does ([`crate::cues::blank_line_wrapped`]), and each is cut
    /// where its reach ends with a `…`. So do the lines of a text layer a page's end parts,
    /// forwards and backwards (data/002 line 97, data/000 line 39).
    #[test]
    fn a_sentence_goes_on_over_a_blank_line_inside_it() {
        let t = include_str!("../data/003_b00dab6a35e1303b.txt");
        let t = &t[t.find("1. Tiếp tục triển khai").unwrap()..];
        let t = &t[..t.find("tình hình mới.").unwrap() + "tình hình mới.".len()];
        let found = recognize_str(t);
        let norm = crate::normalize::Normalized::new(t);
        let quoted = |i: usize| sentence_as_written(t, &norm, t, found[i].span.start, found[i].span.end).into_owned();
        let number = |i: usize| &t[found[i].number.clone().unwrap()];
        assert_eq!((number(0), number(1), number(2)), ("120", "65", "24"));
        let resolution = quoted(0);
        assert!(
            resolution.ends_with("Nghị quyết số 120/2020/QH14 ngày 19/6/2020, gắn với thực hiện Kết luận số 65-KL/TW, ngày \
                                  30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban chấp \
                                  hành Trung ương …"),
            "{resolution}"
        );
        assert!(quoted(1).ends_with("về công tác dân tộc trong tình hình mới."), "{}", quoted(1));
        // The sentence of the resolution the conclusion carries out, on line 33, names the
        // conclusion on line 31: the step's proof in this file (it began at `30/10/2019`).
        let carried_out = quoted(2);
        assert!(
            carried_out.starts_with("… gắn với thực hiện Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị"),
            "{carried_out}"
        );
        // A paragraph that ends with its stop is no wrap: the next one's sentence starts after it.
        let t = "Câu trước xong.\n\nThực hiện Kế hoạch số 38/KH-UBND nay.";
        let f = &recognize_str(t)[0];
        assert_eq!(sentence(t, f.span.start, f.span.end), "Thực hiện Kế hoạch số 38/KH-UBND nay.");
    }
}
