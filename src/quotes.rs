//! Where a text quotes other text: the phrases an amendment replaces (`Thay thế cụm từ "theo
//! quy định tại Điều 47 Nghị định số 06/2021/NĐ-CP …" thành …`) and the new wording of an
//! amended article, often several paragraphs long (`"Điều 1. Phạm vi điều chỉnh⏎⏎1. Nghị
//! định này quy định chi tiết … Luật Khiếu nại:⏎…".`). A reference inside them is words of
//! another text: the cues around it say nothing of what this document does to it.

use std::ops::Range;

/// How many lines a quotation that opens a paragraph may run before it closes; one left open
/// further (an OCR'd stray mark) quotes nothing.
const MOST_QUOTED_LINES: usize = 200;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Mark {
    Straight,
    Open,
    Close,
}

/// The quotation marks of `text`, with where each stands and its length.
fn marks(text: &str) -> Vec<(usize, usize, Mark)> {
    let b = text.as_bytes();
    // `“` and `”` are E2 80 9C and E2 80 9D.
    memchr::memchr2_iter(b'"', 0xE2, b)
        .filter_map(|i| match (b[i], b.get(i + 1), b.get(i + 2)) {
            (b'"', ..) => Some((i, 1, Mark::Straight)),
            (_, Some(0x80), Some(0x9C)) => Some((i, 3, Mark::Open)),
            (_, Some(0x80), Some(0x9D)) => Some((i, 3, Mark::Close)),
            _ => None,
        })
        .collect()
}

/// The passages of `text` in quotation marks, in text order, each from its opening mark to
/// the end of its closing one: pairs on one line, and a quotation that opens a paragraph and
/// closes at the end of a later line.
pub fn passages(text: &str) -> Vec<Range<usize>> {
    let marks = marks(text);
    let mut out = Vec::new();
    let (line_of, line_end) = (|at| crate::lines::line_start(text, at), |at| crate::lines::line_end(text, at));
    // For each mark, the next straight mark and the next closing one after it: a line of
    // megabytes with many marks left open is not searched again from each.
    let mut next = vec![(usize::MAX, usize::MAX); marks.len()];
    for k in (0..marks.len().saturating_sub(1)).rev() {
        let (after, (straight, close)) = (marks[k + 1].2, next[k + 1]);
        next[k] = match after {
            Mark::Straight => (k + 1, close),
            Mark::Close => (straight, k + 1),
            Mark::Open => (straight, close),
        };
    }
    let mut i = 0;
    while i < marks.len() {
        let (at, _, mark) = marks[i];
        let end = line_end(at);
        // The closing mark on the same line.
        let closing = if mark == Mark::Straight { next[i].0 } else { next[i].1 };
        if mark != Mark::Close && closing != usize::MAX && marks[closing].0 < end {
            let (close, close_len, _) = marks[closing];
            out.push(at..close + close_len);
            i = closing + 1;
            continue;
        }
        // Only marks of layout before it on its line (`> **"5.**`).
        if mark != Mark::Close
            && opens_quoted_provision(&text[line_of(at)..end])
            && led_in(&text[..line_of(at)])
            && let Some(close) = closing_line(text, end, mark)
        {
            out.push(at..close);
            i += marks[i..].partition_point(|m| m.0 < close);
            continue;
        }
        i += 1;
    }
    out
}

/// Whether a quotation opening a paragraph opens the wording of a provision, as an
/// amendment gives it: an article (`Điều 1.`), a clause (`5.`, `4a.`) or a point (`c)`, `b.`),
/// perhaps in bold. A paragraph quoted otherwise is more often a stray mark of OCR (`“CỔNG
/// THÔNG TIN ĐIỆN TỬ` on a stamp) than a quotation lines long.
fn opens_provision(after: &str) -> bool {
    let t = after.trim_start_matches('*');
    if let Some(rest) = t.strip_prefix("Điều ") {
        return rest.starts_with(|c: char| c.is_ascii_digit());
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    let rest = if digits > 0 { rest.strip_prefix(|c: char| c.is_ascii_lowercase()).unwrap_or(rest) } else { rest };
    if digits > 0 {
        return rest.starts_with('.');
    }
    let mut chars = t.chars();
    matches!((chars.next(), chars.next()), (Some(c), Some(')' | '.')) if c.is_lowercase())
}

/// Whether the last line of `before` that is not blank leads in an amendment's wording: it
/// ends with `:` (`Bổ sung khoản 5 như sau:`) or names the act (`### Điều 1. Sửa đổi, bổ
/// sung Điều 1`). A clause that merely opens with a mark after an ordinary one is OCR's.
fn led_in(before: &str) -> bool {
    let line = before.trim_end().rsplit('\n').next().unwrap_or("");
    let line = line.trim_end_matches(['*', ' ']);
    line.ends_with(':')
        || ["Sửa đổi", "sửa đổi", "Bổ sung", "bổ sung", "Thay thế", "thay thế"].iter().any(|w| line.contains(w))
}

/// Where the quotation that opened on the line ending at `end` closes: at the end of a
/// later line whose marks leave one closing (the line's end but for `.`, `;`, `,` and
/// emphasis). None when a heading of this document or another quoted provision comes first
/// (the mark was left open, and what follows is no quotation), or after too many lines.
fn closing_line(text: &str, end: usize, mark: Mark) -> Option<usize> {
    let mut at = end + 1;
    for _ in 0..MOST_QUOTED_LINES {
        if at >= text.len() {
            return None;
        }
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
        let line = &text[at..line_end];
        if line.starts_with('#') || opens_quoted_provision(line) {
            return None;
        }
        let body = line.trim_end_matches(['.', ';', ',', '*', ' ', '\r']);
        let closed = match mark {
            Mark::Straight => body.ends_with('"') && body.matches('"').count() % 2 == 1,
            _ => body.ends_with('”') && body.matches('”').count() > body.matches('“').count(),
        };
        if closed {
            return Some(at + body.len());
        }
        at = line_end + 1;
    }
    None
}

/// Whether `line` opens, past marks of layout, with a quotation mark and a provision's number
/// (`"3. Khối lượng`, `> **"5.**`).
fn opens_quoted_provision(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '>', '*', '\t']);
    let rest = t.strip_prefix('"').or_else(|| t.strip_prefix('“'));
    rest.is_some_and(opens_provision)
}

/// `text` without what it quotes between `"` and `"` or `“` and `”` (a quote left open runs to
/// the end): the words it says itself.
pub fn unquoted(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['"', '“']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut said = String::with_capacity(text.len());
    let mut open: Option<char> = None;
    for c in text.chars() {
        match (open, c) {
            (None, '"') => open = Some('"'),
            (None, '“') => open = Some('”'),
            (Some(close), c) if c == close => open = None,
            (None, c) => said.push(c),
            (Some(_), _) => {}
        }
    }
    std::borrow::Cow::Owned(said)
}

/// Whether `span` lies inside one of `passages` (sorted, as [`passages`] gives them).
pub fn inside(passages: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = passages.partition_point(|p| p.start < span.start);
    i > 0 && span.end <= passages[i - 1].end
}

/// The passage of `passages` (as [`passages`] gives them) that `span` stands inside, if any.
pub fn around(passages: &[Range<usize>], span: &Range<usize>) -> Option<Range<usize>> {
    let i = passages.partition_point(|p| p.start < span.start);
    (i > 0 && span.end <= passages[i - 1].end).then(|| passages[i - 1].clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        passages(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn pairs_on_one_line() {
        let t = "4. Thay thế cụm từ \"theo Nghị định số 06/2021/NĐ-CP\" thành \"theo pháp luật\" tại Điều 40.";
        assert_eq!(quoted(t), ["\"theo Nghị định số 06/2021/NĐ-CP\"", "\"theo pháp luật\""]);
        let t = "3. Thay thế các cụm từ “Sở Giao thông vận tải” tại khoản 6 Điều 20";
        assert_eq!(quoted(t), ["“Sở Giao thông vận tải”"]);
    }

    #[test]
    fn an_amended_article_over_several_paragraphs() {
        let t = "### Điều 1. Sửa đổi, bổ sung Điều 1\n\n\"Điều 1. Phạm vi điều chỉnh\n\n1. Nghị định này \
                 quy định chi tiết Luật Khiếu nại:\n\na) Khoản 2 Điều 3.\".\n\n### Điều 2. Hiệu lực";
        let q = quoted(t);
        assert_eq!(q.len(), 1);
        assert!(q[0].starts_with("\"Điều 1. Phạm vi") && q[0].ends_with("Khoản 2 Điều 3.\""), "{q:?}");
        let t = "Bổ sung khoản 5 như sau:\n> **\"5.** Trường hợp quy định tại Điều 3 Nghị quyết số 254/2025/QH15\n> và tiếp theo.\"";
        assert_eq!(quoted(t).len(), 1);
    }

    #[test]
    fn only_a_provision_is_quoted_over_lines() {
        for (t, quotes) in [
            ("như sau:\n\"4a. Trường hợp\nkhác.\"", true),
            ("Sửa đổi điểm c\n\n\"c) Đối với phần\ncòn lại\".", true),
            ("“CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\nhết”", false),
            ("\"Theo quy định\ncủa luật\"", false),
            ("3. Hồ sơ thực hiện theo quy định.\n\n\"4. Các loại thu nhập\nkhác\".", false),
        ] {
            assert_eq!(quoted(t).len() == 1, quotes, "{t}");
        }
    }

    #[test]
    fn a_provision_left_open_ends_at_the_next() {
        // The closing mark of `"3.` was lost; the heading after it is this document's.
        let t = "2. Sửa đổi khoản 3 như sau:\n\n\"3. Khối lượng vàng.\n\n### Điều 2. Sửa đổi, bổ sung \
                 điểm b kèm theo Thông tư số 08/2019/TT-BKHCN\n\n\"b. Thử nghiệm\ntheo quy định.\"";
        assert_eq!(quoted(t), ["\"b. Thử nghiệm\ntheo quy định.\""]);
        // Nor is the next one led in by the open one.
        let t = "như sau:\n\"3. Khối lượng\n\"4. Giới hạn\nsai số.\"";
        assert!(quoted(t).is_empty());
    }

    #[test]
    fn a_mark_left_open_quotes_nothing() {
        // A stray mark of OCR inside a line, and one opening a paragraph never closed.
        assert!(quoted("Thực hiện đăng ký \" cấp đổi 64/2025/TT-BTC\nsau đó").is_empty());
        let open = format!("như sau:\n\"Điều 1.\n{}", "dòng tiếp theo\n".repeat(MOST_QUOTED_LINES + 5));
        assert!(quoted(&(open + "kết thúc.\"")).is_empty());
    }

    #[test]
    fn inside_a_passage() {
        let t = "Thay thế cụm từ \"Điều 47 Nghị định số 06/2021/NĐ-CP\" tại Nghị định số 67/2023/NĐ-CP";
        let p = passages(t);
        let at = |s: &str| t.find(s).unwrap()..t.find(s).unwrap() + s.len();
        assert!(inside(&p, &at("Nghị định số 06/2021/NĐ-CP")));
        assert!(!inside(&p, &at("Nghị định số 67/2023/NĐ-CP")));
    }
}
