//! Where the line around a position starts and ends, in the text a thread is scanning.
//!
//! Many questions about a reference are asked of its line (is it a table row, a list item,
//! what sentence holds it). Answered by a search back to the previous line break, each costs
//! the length of the line: nothing on ordinary text, but on a file that is one 20 MB line (a
//! PDF's text layer without breaks, a minified export) the searches made a scan quadratic, 13
//! s for 8 MB. A scan registers its text ([`register`]); a search that finds no break nearby
//! then asks that text's index of line breaks, built once, the first time it is needed.

use std::cell::RefCell;
use std::marker::PhantomData;

/// How far a search for a line break goes before it asks the index: most lines are shorter,
/// and for them no index is built. A search by `memchr` costs about a tenth of an
/// instruction a byte, and building the index and asking it cost some 300 a question: at
/// 512 bytes, the paragraphs of a generated corpus (a line each, up to 1.4 kB) built it for
/// most files, and half the questions went to it.
const NEAR: usize = 2048;

struct Entry {
    /// The registered text, by address and length: a slice of it or another text is not it.
    at: usize,
    len: usize,
    /// Offsets of its line breaks, in order; `None` until first needed.
    breaks: Option<Vec<usize>>,
}

thread_local! {
    /// The texts this thread is scanning, innermost last (a thread waiting on rayon may be
    /// lent another file's scan).
    static REGISTERED: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// Registration of a text for [`line_start`] and [`line_end`], until it is dropped. The
/// borrow keeps the text alive and unchanged meanwhile, so its address names it.
pub struct Registered<'t> {
    _text: PhantomData<&'t str>,
}

/// Registers `text` as the one this thread scans, until the returned guard is dropped.
pub fn register(text: &str) -> Registered<'_> {
    REGISTERED.with(|r| r.borrow_mut().push(Entry { at: text.as_ptr() as usize, len: text.len(), breaks: None }));
    Registered { _text: PhantomData }
}

impl Drop for Registered<'_> {
    fn drop(&mut self) {
        REGISTERED.with(|r| r.borrow_mut().pop());
    }
}

/// Calls `f` with the line breaks of `text` when it is the registered text; `None` else.
fn with_breaks<R>(text: &str, f: impl FnOnce(&[usize]) -> R) -> Option<R> {
    REGISTERED.with(|r| {
        let mut r = r.borrow_mut();
        let entry = r.last_mut().filter(|e| e.at == text.as_ptr() as usize && e.len == text.len())?;
        let breaks = entry.breaks.get_or_insert_with(|| memchr::memchr_iter(b'\n', text.as_bytes()).collect());
        Some(f(breaks))
    })
}

/// Where the line holding the byte before `end` starts: just after the last line break
/// before `end`, or 0.
pub fn line_start(text: &str, end: usize) -> usize {
    let bytes = &text.as_bytes()[..end];
    let near = end.saturating_sub(NEAR);
    if let Some(i) = memchr::memrchr(b'\n', &bytes[near..]) {
        return near + i + 1;
    }
    if near == 0 {
        return 0;
    }
    with_breaks(text, |breaks| {
        let k = breaks.partition_point(|&b| b < near);
        if k == 0 { 0 } else { breaks[k - 1] + 1 }
    })
    .unwrap_or_else(|| memchr::memrchr(b'\n', &bytes[..near]).map_or(0, |i| i + 1))
}

/// Where the line holding byte `at` ends: at the first line break from `at`, or the text's
/// end.
pub fn line_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let near = (at + NEAR).min(bytes.len());
    if let Some(i) = memchr::memchr(b'\n', &bytes[at..near]) {
        return at + i;
    }
    if near == bytes.len() {
        return near;
    }
    with_breaks(text, |breaks| {
        let k = breaks.partition_point(|&b| b < near);
        breaks.get(k).copied().unwrap_or(bytes.len())
    })
    .unwrap_or_else(|| memchr::memchr(b'\n', &bytes[near..]).map_or(bytes.len(), |i| near + i))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both answers, registered or not, against the plain searches, at every offset.
    fn check(text: &str) {
        let b = text.as_bytes();
        let plain_start = |end: usize| b[..end].iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
        let plain_end = |at: usize| b[at..].iter().position(|&c| c == b'\n').map_or(b.len(), |i| at + i);
        for at in 0..=text.len() {
            assert_eq!(line_start(text, at), plain_start(at), "start of {at}, unregistered");
            assert_eq!(line_end(text, at), plain_end(at), "end of {at}, unregistered");
        }
        let _guard = register(text);
        for at in 0..=text.len() {
            assert_eq!(line_start(text, at), plain_start(at), "start of {at}");
            assert_eq!(line_end(text, at), plain_end(at), "end of {at}");
        }
    }

    #[test]
    fn lines_long_and_short_start_and_end_where_their_breaks_are() {
        // Longer than a search goes before it asks the index.
        let long = "Căn cứ Nghị quyết số 10/NQ-CP; ".repeat(NEAR / 20);
        check(&format!("{long}\n\nngắn\n{long}\n{long}"));
        check(&long);
        check("\n");
        check("");
        check(&format!("\n{long}\n"));
    }

    #[test]
    fn a_slice_of_the_registered_text_is_searched_as_itself() {
        let n = 4 * NEAR;
        let text = format!("{}\n{}", "a".repeat(n), "b".repeat(n));
        let _guard = register(&text);
        let tail = &text[n / 2..];
        assert_eq!(line_start(tail, tail.len()), n / 2 + 1);
        assert_eq!(line_end(tail, 0), n / 2);
        assert_eq!(line_start(&text, text.len()), n + 1);
    }

    #[test]
    fn a_registration_ends_with_its_guard() {
        let n = 3 * NEAR;
        let text = "x".repeat(2 * n);
        {
            let _outer = register(&text);
            let other = format!("{}\n{}", "y".repeat(n), "z".repeat(n));
            {
                let _inner = register(&other);
                assert_eq!(line_start(&other, other.len()), n + 1);
            }
            assert_eq!(line_start(&text, 2 * n - 1), 0);
        }
        REGISTERED.with(|r| assert!(r.borrow().is_empty()));
    }
}
