//! Text layer of a PDF, through `pdftotext` (poppler) when it is installed.
//!
//! A PDF's bytes are compressed streams of positioned glyphs: no offset into the file names a
//! word. Positions are given in the extracted text layer; a scanned PDF without one is listed
//! as skipped, since only OCR could read it.

use crate::corpus::ReadError;
use crate::decode::{Decoded, Format};
use std::borrow::Cow;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What `start`/`end` count in for a PDF.
pub const OFFSETS: &str = "text layer (pdftotext)";

/// A PDF that takes longer than this to extract is given up on, not waited for forever.
const TIMEOUT: Duration = Duration::from_secs(60);

/// A file named .pdf that holds no PDF object, whatever its first line says.
const NOT_A_PDF: ReadError =
    ReadError::NotA { what: "PDF", why: "the file holds no PDF objects (it may be text or another format named .pdf)" };

pub fn extract(bytes: Vec<u8>) -> Result<Decoded<'static>, ReadError> {
    let skip = |why: &str| ReadError::Unsupported(format!("PDF: {why}"));
    let mut child = match Command::new("pdftotext")
        .args(["-q", "-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(c) => c,
        Err(_) => return Err(skip("no text extractor here; install poppler-utils for pdftotext")),
    };
    let pdf_objects = memchr::memmem::find(&bytes, b" obj").is_some();
    let mut stdin = child.stdin.take().expect("piped stdin");
    let feeder = std::thread::spawn(move || {
        // A PDF pdftotext refuses closes the pipe early; that shows in its exit status.
        let _ = stdin.write_all(&bytes);
    });
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => break None,
        }
    };
    let _ = feeder.join();
    let out = reader.join().unwrap_or_default();
    let bad = |why: String| ReadError::BadDocument { what: "PDF", why };
    match status {
        None => return Err(bad(format!("pdftotext gave no answer within {} s", TIMEOUT.as_secs()))),
        // `%PDF-1.4` over plain text (audit 2202, `14b_fake.pdf`) is no damaged PDF.
        Some(s) if !s.success() && !pdf_objects => return Err(NOT_A_PDF),
        Some(s) if !s.success() => return Err(bad(format!("pdftotext failed ({s}): damaged or encrypted"))),
        Some(_) => {}
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    if text.trim().is_empty() {
        return Err(skip("no text layer (a scanned image; needs OCR)"));
    }
    Ok(Decoded {
        source: Cow::Owned(text),
        bytes_map: None,
        extracted: None,
        lines: crate::decode::Lines::Source,
        format: Format::Pdf,
        encoding: "UTF-8",
        offsets: OFFSETS,
        notes: vec!["text layer extracted by pdftotext".to_string()],
    })
}
