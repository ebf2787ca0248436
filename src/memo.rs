//! What a thread remembers of a question asked of the same words again and again: a corpus
//! has few symbols, issuer phrases and law names, each asked at every reference that writes it.

use compact_str::CompactString;
use std::collections::HashMap;
use std::hash::BuildHasher;

/// Phrases or symbols remembered per thread before the memory starts again: far more than a
/// corpus has in common use, few enough to stay small where every one differs.
pub(crate) const MEMO_LIMIT: usize = 4096;

/// `read` of what `seen` remembers for `key`, made by `make` the first time `key` is asked.
/// Past [`MEMO_LIMIT`] keys the memory starts again.
pub(crate) fn remembered<V, R, S: BuildHasher>(
    seen: &mut HashMap<CompactString, V, S>,
    key: &str,
    make: impl FnOnce() -> V,
    read: impl FnOnce(&V) -> R,
) -> R {
    if let Some(known) = seen.get(key) {
        return read(known);
    }
    let value = make();
    if seen.len() >= MEMO_LIMIT {
        seen.clear();
    }
    read(seen.entry(key.into()).or_insert(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key is worked out once, until the memory is full and starts again.
    #[test]
    fn a_key_is_made_once_until_the_memory_starts_again() {
        let mut seen: HashMap<CompactString, usize> = HashMap::new();
        let mut made = 0;
        for _ in 0..3 {
            assert_eq!(
                remembered(
                    &mut seen,
                    "QĐ-TTg",
                    || {
                        made += 1;
                        7
                    },
                    |&v| v
                ),
                7
            );
        }
        assert_eq!(made, 1);
        for i in 0..MEMO_LIMIT {
            remembered(&mut seen, &i.to_string(), || i, |_| ());
        }
        assert!(seen.len() <= MEMO_LIMIT);
        remembered(
            &mut seen,
            "QĐ-TTg",
            || {
                made += 1;
                7
            },
            |_| (),
        );
        assert_eq!(made, 2);
    }
}
