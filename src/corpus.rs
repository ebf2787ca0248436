//! Reading a corpus: which files to read, and their text.
//!
//! Every path the user names, and every file below a named folder, ends up as exactly one
//! `Input` (a hidden folder, one for all it holds): readable text, or a reason it could not
//! be read. Nothing is dropped silently, and no file, however broken, stops the run.

use crate::decode::{self, Decoded, Format, Sniffed};
use std::fs;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Extensions read as documents. Other files are listed as skipped with the reason, unless
/// their content shows a document format (a PDF saved without extension).
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "xhtml", "docx", "pdf"];

/// Files above this size are listed as skipped: no document is this long, and reading one
/// would hold that much memory several times over.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

#[derive(Debug, Error)]
pub enum ReadError {
    #[error("no such file or directory")]
    NotFound,
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("binary file ({what})")]
    Binary { what: String },
    #[error("unsupported format ({0})")]
    Unsupported(String),
    #[error("empty file")]
    Empty,
    /// Spaces, tabs and line ends only: no more a document than an empty file.
    #[error("empty file (only whitespace)")]
    Blank,
    #[error("cannot walk directory: {0}")]
    Walk(String),
    #[error("broken symbolic link (target {target} does not exist)")]
    BrokenLink { target: String },
    #[error("symbolic link loop: {0}")]
    LinkLoop(String),
    #[error("not a regular file ({0})")]
    NotRegular(&'static str),
    #[error("too large ({bytes} bytes; the limit is {limit})")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("a report citegraph wrote, not a source document")]
    OwnReport,
    #[error("the same file as {0}, read there")]
    SameFile(String),
    #[error("the same text as {0}, read there")]
    SameText(String),
    /// A file read at another path that failed or was skipped there: it is read nowhere.
    #[error("the same file as {0}, not read there (see its reason)")]
    SameFileUnread(String),
    #[error("Word lock file (~$), not a document")]
    OfficeLock,
    #[error("hidden")]
    Hidden,
    #[error("damaged {what}: {why}")]
    BadDocument { what: &'static str, why: String },
    /// A file named as a format whose bytes are not of it at all (`.docx` that is no zip).
    #[error("not a {what}: {why}")]
    NotA { what: &'static str, why: &'static str },
    /// A panic while the file was recognized: a bug, kept to its file so the run goes on.
    #[error("internal error while reading its text (a bug in citegraph, please report it): {0}")]
    Internal(String),
}

impl ReadError {
    /// Whether the file was deliberately left out (`skipped`) rather than failed (`error`).
    pub fn is_skip(&self) -> bool {
        matches!(
            self,
            ReadError::Unsupported(_)
                | ReadError::Empty
                | ReadError::Blank
                | ReadError::Binary { .. }
                | ReadError::NotRegular(_)
                | ReadError::TooLarge { .. }
                | ReadError::OwnReport
                | ReadError::SameFile(_)
                | ReadError::SameFileUnread(_)
                | ReadError::SameText(_)
                | ReadError::OfficeLock
                | ReadError::Hidden
        ) || matches!(self, ReadError::LinkLoop(m) if m.starts_with("folder"))
    }
}

/// The bytes of all inputs, by a stat of each: for a progress display, asked only when one is shown.
pub fn total_bytes(inputs: &[Input]) -> u64 {
    inputs.iter().map(|i| fs::metadata(&i.path).map_or(0, |m| m.len())).sum()
}

/// A file's size, for the entry of one skipped or failed too (a 1 MiB random blob skipped as
/// binary was listed with 0 bytes): none where the path leads to no regular file (a broken
/// link, a loop, a folder, a named pipe), whose size says nothing.
pub fn file_size(path: &Path) -> Option<u64> {
    fs::metadata(path).ok().filter(fs::Metadata::is_file).map(|m| m.len())
}

/// A file to read, found from the command line.
#[derive(Debug)]
pub struct Input {
    pub path: PathBuf,
    /// Set when the path could not even be listed (a missing path, a walk error).
    pub problem: Option<ReadError>,
    /// The file as a document without a number of its own is known by, the same from any
    /// working folder: its path below the folder named, from that folder's name
    /// (`real/an-ninh-quoc-gia__canh-ve.md` for `scan ../shared/corpus/real` or `scan
    /// /work/shared/corpus/real`), or a file named alone by its name.
    pub name: String,
    /// Where `problem` says the file is read at another path: that input's index.
    pub same_as: Option<usize>,
    /// Whether the path goes through a symbolic link (the file's own, or a folder's the walk
    /// followed): a file reached at its own path too is read there.
    via_link: bool,
    /// Whether another file to read has its size: its bytes are digested as they are read, to
    /// find a copy of a file read before (see [`crate::scan::Copies`]).
    pub digest: bool,
}

impl Input {
    fn new(path: PathBuf, problem: Option<ReadError>, name: String, via_link: bool) -> Self {
        Input { path, problem, name, same_as: None, via_link, digest: false }
    }
}

/// Expands the given paths into files, folders walked recursively in name order. A file reached
/// twice (named twice, inside a folder also named, through a link) is read once, at its first
/// path that goes through no link, else its first, and said to be the same file at the others.
pub fn collect_inputs(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = collect_paths(paths);
    // Two named folders of one name (`scan a/data b/data`): their files keep the paths given.
    let mut names: std::collections::HashMap<String, usize> = std::collections::HashMap::with_capacity(out.len());
    for input in &out {
        *names.entry(input.name.clone()).or_default() += 1;
    }
    for input in &mut out {
        if names[&input.name] > 1 {
            input.name = display_path(&input.path);
        }
    }
    let ids: Vec<Option<(FileKey, u64)>> =
        out.iter().map(|input| if input.problem.is_some() { None } else { file_id(&input.path) }).collect();
    same_files(&mut out, &ids);
    same_sizes(&mut out, &ids);
    out
}

/// Marks each file reached at several paths as read at one of them (see [`collect_inputs`]).
fn same_files(out: &mut [Input], ids: &[Option<(FileKey, u64)>]) {
    let keys: Vec<Option<&FileKey>> = ids.iter().map(|id| id.as_ref().map(|(key, _)| key)).collect();
    let mut read_at: std::collections::HashMap<&FileKey, usize> = std::collections::HashMap::with_capacity(out.len());
    for (i, key) in keys.iter().enumerate() {
        let Some(key) = key else { continue };
        let at = read_at.entry(key).or_insert(i);
        if out[*at].via_link && !out[i].via_link {
            *at = i;
        }
    }
    for (i, key) in keys.iter().enumerate() {
        let Some(&at) = key.and_then(|key| read_at.get(key)) else { continue };
        if at != i {
            out[i].problem = Some(ReadError::SameFile(display_path(&out[at].path)));
            out[i].same_as = Some(at);
        }
    }
}

/// Marks the files to read whose size another has. A file of a size of its own is no copy of
/// another, and most are: their bytes need no digest.
fn same_sizes(out: &mut [Input], ids: &[Option<(FileKey, u64)>]) {
    let sizes: Vec<Option<u64>> = out
        .iter()
        .zip(ids)
        .map(|(input, id)| id.as_ref().filter(|_| input.problem.is_none()).map(|&(_, size)| size))
        .collect();
    let mut files_of_size: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    for size in sizes.iter().flatten() {
        *files_of_size.entry(*size).or_default() += 1;
    }
    for (input, size) in out.iter_mut().zip(sizes) {
        input.digest = size.is_some_and(|size| size > 0 && files_of_size[&size] > 1);
    }
}

/// What tells one file from another whatever path leads to it: its device and inode where
/// there are such, else its canonical path.
#[cfg(unix)]
type FileKey = (u64, u64);
#[cfg(not(unix))]
type FileKey = PathBuf;

/// A file's key and its size.
#[cfg(unix)]
fn file_id(path: &Path) -> Option<(FileKey, u64)> {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(path).ok().map(|m| ((m.dev(), m.ino()), m.len()))
}

#[cfg(not(unix))]
fn file_id(path: &Path) -> Option<(FileKey, u64)> {
    Some((fs::canonicalize(path).ok()?, fs::metadata(path).ok()?.len()))
}

fn collect_paths(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        match fs::metadata(p) {
            Err(e) => out.push(Input::new(p.clone(), Some(metadata_error(p, e)), display_path(p), false)),
            Ok(m) if m.is_dir() => walk_folder(p, &mut out),
            Ok(_) => {
                let name = p.file_name().map_or_else(|| display_path(p), |n| display_path(Path::new(n)));
                let link = fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink());
                out.push(Input::new(p.clone(), None, name, link));
            }
        }
    }
    out
}

/// The files below a named folder, in name order, following links. A hidden file or folder
/// (`.git`, `.Trash`, `.hidden.txt`) is listed as such and not read or walked, as ripgrep
/// reads none: a repository's or a desktop's own files are no documents of the folder.
fn walk_folder(p: &Path, out: &mut Vec<Input>) {
    let folder = folder_name(p);
    let name = |path: &Path| match path.strip_prefix(p) {
        Ok(below) => slashed(&folder, below),
        Err(_) => display_path(path),
    };
    let root = fs::canonicalize(p).ok();
    // Whether each folder the walk is in was reached through a link, by depth.
    let mut linked: Vec<bool> = Vec::new();
    let mut walk = walkdir::WalkDir::new(p).follow_links(true).sort_by_file_name().into_iter();
    while let Some(entry) = walk.next() {
        let (path, problem, via_link) = match entry {
            Ok(e) => {
                linked.truncate(e.depth());
                let via_link = e.path_is_symlink() || linked.last().is_some_and(|&l| l);
                let problem = left_out(&e, root.as_deref());
                if e.file_type().is_dir() {
                    match problem {
                        None => {
                            linked.push(via_link);
                            continue;
                        }
                        Some(_) => walk.skip_current_dir(),
                    }
                }
                (e.into_path(), problem, via_link)
            }
            Err(e) => {
                let path = e.path().map(Path::to_path_buf).unwrap_or_else(|| p.to_path_buf());
                let hidden = e.depth() > 0 && path.file_name().is_some_and(is_hidden);
                let problem = if hidden { ReadError::Hidden } else { walk_error(&path, e) };
                (path, Some(problem), false)
            }
        };
        let name = name(&path);
        out.push(Input::new(path, problem, name, via_link));
    }
}

/// Why an entry below the folder is listed, and neither read nor walked: it is hidden, or a
/// folder link up.
fn left_out(e: &walkdir::DirEntry, root: Option<&Path>) -> Option<ReadError> {
    if e.depth() == 0 {
        return None;
    }
    if is_hidden(e.file_name()) {
        return Some(ReadError::Hidden);
    }
    if e.file_type().is_dir() && e.path_is_symlink() {
        return leads_up(e.path(), root);
    }
    None
}

/// A folder link up to a folder that holds the folder scanned or the link itself (`loop_up ->
/// ..`): followed, it leads out of the folder and back into it, reading files from outside
/// and crediting those inside to the link's path. walkdir sees a loop only where a link leads
/// back to a folder the walk is in, as `here -> .` does.
fn leads_up(link: &Path, root: Option<&Path>) -> Option<ReadError> {
    let target = fs::canonicalize(link).ok()?;
    let parent = link.parent().and_then(|folder| fs::canonicalize(folder).ok());
    let holds = |folder: &Path| folder.starts_with(&target);
    if !root.is_some_and(holds) && !parent.as_deref().is_some_and(holds) {
        return None;
    }
    let written = fs::read_link(link).map_or_else(|_| display_path(&target), |t| display_path(&t));
    Some(ReadError::LinkLoop(format!("folder link up to {written}, which holds it; not followed")))
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().starts_with(b".")
}

/// A named folder's own name, whatever path led to it (`.` is the working folder's name).
fn folder_name(folder: &Path) -> String {
    let canonical = fs::canonicalize(folder).ok();
    let named = canonical.as_deref().unwrap_or(folder);
    named.file_name().map_or_else(|| display_path(folder), |n| display_path(Path::new(n)))
}

/// `folder/below`, with `/` between the parts on every system.
fn slashed(folder: &str, below: &Path) -> String {
    let mut name = folder.to_string();
    for part in below.components() {
        name.push('/');
        name.push_str(&display_path(Path::new(part.as_os_str())));
    }
    name
}

/// Why `fs::metadata` (which follows links) failed, in the user's terms.
fn metadata_error(path: &Path, e: std::io::Error) -> ReadError {
    if let Ok(target) = fs::read_link(path) {
        if e.kind() == std::io::ErrorKind::NotFound {
            return ReadError::BrokenLink { target: target.display().to_string() };
        }
        if e.raw_os_error() == Some(40) {
            // ELOOP: the links lead round in a loop.
            return ReadError::LinkLoop(loop_of(path, &target));
        }
    }
    match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound,
        _ => ReadError::Io(e),
    }
}

/// What a link loop through `path`, a link to `target`, leads back to: `b.txt leads back to
/// a.txt` for `a.txt -> b.txt -> a.txt` (audit 2202: it said `21_loop_b.txt leads back to
/// itself`, of a link to a, from a), `a.txt leads back to itself` for `a.txt -> a.txt`.
fn loop_of(path: &Path, target: &Path) -> String {
    let from = |link: &Path, to: &Path| link.parent().map_or_else(|| to.to_path_buf(), |dir| dir.join(to));
    let key = |p: &Path| {
        let dir =
            p.parent().and_then(|d| fs::canonicalize(if d.as_os_str().is_empty() { Path::new(".") } else { d }).ok());
        (dir, p.file_name().map(std::ffi::OsStr::to_os_string))
    };
    let target_at = from(path, target);
    if key(&target_at) == key(path) {
        return format!("{} leads back to itself", target.display());
    }
    match fs::read_link(&target_at) {
        Ok(next) if key(&from(&target_at, &next)) == key(path) => {
            format!("{} leads back to {}", target.display(), next.display())
        }
        _ => format!("{} leads round a loop of links", target.display()),
    }
}

fn walk_error(path: &Path, e: walkdir::Error) -> ReadError {
    if let Some(ancestor) = e.loop_ancestor() {
        // Its files are read through the folder it points back to.
        return ReadError::LinkLoop(format!("folder link back to {}, read there", ancestor.display()));
    }
    match e.into_io_error() {
        Some(io) => metadata_error(path, io),
        None => ReadError::Walk("unknown error".to_string()),
    }
}

/// Reads a file and decodes it, refusing what is not a document.
pub fn read(path: &Path) -> Result<(Decoded<'static>, u64), ReadError> {
    read_digested(path, false).map(|(doc, size, _)| (doc, size))
}

/// Reads like [`read`], and where asked, gives a digest of the file's bytes too: files of one
/// size and digest are likely copies, which [`same_bytes`] then tells for sure.
pub fn read_digested(path: &Path, digest: bool) -> Result<(Decoded<'static>, u64, Option<u64>), ReadError> {
    if is_office_lock(path) {
        return Err(ReadError::OfficeLock);
    }
    // One open and a stat of the open file, not a stat by name and then `fs::read` (which
    // opens and stats again): on a corpus of small files the system calls are a good part
    // of the run. Opened without blocking, so that a named pipe is reported, not waited on.
    let mut file = open_nonblocking(path).map_err(|e| metadata_error(path, e))?;
    let meta = file.metadata()?;
    let ft = meta.file_type();
    if !ft.is_file() {
        return Err(ReadError::NotRegular(special_kind(&ft)));
    }
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    let by_name = match ext.as_str() {
        "txt" => Some(Format::Text),
        "md" => Some(Format::Markdown),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "docx" => Some(Format::Docx),
        "pdf" => Some(Format::Pdf),
        _ => None,
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: meta.len(), limit: MAX_FILE_BYTES });
    }
    if by_name.is_none() && meta.len() > 0 {
        // Only the head is needed to see that an unknown file is no document.
        let mut head = [0u8; 1024];
        let n = read_head(path, &mut head)?;
        match decode::sniff(&head[..n]) {
            Some(Sniffed::Doc(_)) => {}
            Some(Sniffed::Binary(what)) => return Err(ReadError::Binary { what: what.to_string() }),
            None if let Some(offset) = decode::binary_text_at(&head[..n]) => {
                return Err(decode::nul_byte_at(offset));
            }
            None => {
                let what = if ext.is_empty() { "no extension".to_string() } else { format!(".{ext}") };
                return Err(ReadError::Unsupported(what));
            }
        }
    }
    let bytes = read_all(&mut file, meta.len())?;
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    if is_blank(&bytes) {
        return Err(ReadError::Blank);
    }
    let size = bytes.len() as u64;
    let digest = digest.then(|| digest_of(&bytes));
    // Content decides over the name: a .txt that is a web page is read as one.
    let format = match decode::sniff(&bytes) {
        Some(Sniffed::Doc(f)) => match (f, by_name) {
            (Format::Html, Some(Format::Markdown)) => Format::Markdown,
            _ => f,
        },
        // A damaged .docx may not show its parts' names: let the zip reader say what is wrong.
        Some(Sniffed::Binary("zip archive")) if by_name == Some(Format::Docx) => Format::Docx,
        Some(Sniffed::Binary(what)) => return Err(ReadError::Binary { what: what.to_string() }),
        None if by_name == Some(Format::Docx) => return Err(crate::docx::NOT_A_ZIP),
        None if by_name == Some(Format::Pdf) => {
            return Err(ReadError::NotA { what: "PDF", why: "the file does not start as a PDF (no %PDF header)" });
        }
        None => by_name.unwrap_or(Format::Text),
    };
    Ok((decode::decode(bytes, format)?, size, digest))
}

/// Whether a file holds nothing but whitespace, after a UTF-8 BOM: a file of spaces, tabs
/// and newlines was read as a document `file:…` of kind `Văn bản`, with nothing in it (audit
/// 2202, `02_whitespace.txt`).
fn is_blank(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().all(|b| b.is_ascii_whitespace() || *b == 0x0B)
}

fn digest_of(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

/// Whether two files hold the same bytes, compared a block at a time (not both held whole: a
/// copy may be large). A file that cannot be read is like no other.
pub fn same_bytes(a: &Path, b: &Path) -> bool {
    use std::io::BufRead;
    let (Ok(a), Ok(b)) = (fs::File::open(a), fs::File::open(b)) else { return false };
    let mut a = std::io::BufReader::with_capacity(1 << 16, a);
    let mut b = std::io::BufReader::with_capacity(1 << 16, b);
    loop {
        let (Ok(x), Ok(y)) = (a.fill_buf(), b.fill_buf()) else { return false };
        if x.is_empty() || y.is_empty() {
            return x.is_empty() && y.is_empty();
        }
        let n = x.len().min(y.len());
        if x[..n] != y[..n] {
            return false;
        }
        a.consume(n);
        b.consume(n);
    }
}

/// Whether a file is the owner file Word, Excel or PowerPoint keeps beside a document open
/// in it (`~$Quyết định 45.docx`): a few bytes naming who has it open, which no zip reader
/// makes sense of. The name tells, whatever the extension.
fn is_office_lock(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.as_encoded_bytes().starts_with(b"~$"))
}

fn open_nonblocking(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        const O_NONBLOCK: i32 = 0o4000;
        options.custom_flags(O_NONBLOCK);
    }
    options.open(path)
}

/// The whole file, in a buffer sized from its stat (one byte more, so that its end is seen
/// without growing): one read, and one more that finds its end; a file grown since is read to
/// its new end all the same. Not `read_to_end`: `File`'s stats the file again and seeks, to
/// size a buffer that is sized already, and the general one reads 8 KiB at first (strace: 7
/// and 6 system calls a file, where this takes 5). Read into spare room rather than a zeroed
/// buffer: zeroing every file's bytes before the read overwrote them cost 2.6 % of a scan's
/// instructions.
#[cfg(unix)]
fn read_all(file: &mut fs::File, len: u64) -> std::io::Result<Vec<u8>> {
    use std::os::fd::AsRawFd;
    let mut bytes: Vec<u8> = Vec::with_capacity(len as usize + 1);
    loop {
        if bytes.len() == bytes.capacity() {
            bytes.reserve(bytes.capacity().max(4096));
        }
        let (filled, room) = (bytes.len(), bytes.capacity() - bytes.len());
        // SAFETY: read(2) writes at most `room` bytes at the end of the vector's filled part,
        // inside its allocation; only the bytes it says it wrote are then counted as filled.
        let n = unsafe { libc::read(file.as_raw_fd(), bytes.as_mut_ptr().add(filled).cast(), room) };
        match n {
            0 => break,
            // SAFETY: as above, `n <= room` bytes from `filled` on were written.
            n if n > 0 => unsafe { bytes.set_len(filled + n as usize) },
            _ => match std::io::Error::last_os_error() {
                e if e.kind() == std::io::ErrorKind::Interrupted => {}
                e => return Err(e),
            },
        }
    }
    Ok(bytes)
}

#[cfg(not(unix))]
fn read_all(file: &mut fs::File, len: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::with_capacity(len as usize + 1);
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn read_head(path: &Path, buf: &mut [u8]) -> Result<usize, ReadError> {
    use std::io::Read;
    let mut f = fs::File::open(path)?;
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

fn special_kind(ft: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "named pipe";
        }
        if ft.is_socket() {
            return "socket";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "device";
        }
    }
    let _ = ft;
    "special file"
}

/// Reads a file as UTF-8 text, refusing what is not text. Kept for callers that want the
/// plain text of a file: any format and encoding [`read`] knows.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let (d, _) = read(path)?;
    Ok(d.text().to_string())
}

/// How a path is shown: as UTF-8 when it is, with `\xNN` for bytes of a name that is not (so
/// that two such names stay apart and can be typed back).
pub fn display_path(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bytes = path.as_os_str().as_bytes();
        if std::str::from_utf8(bytes).is_err() {
            let mut s = String::new();
            for chunk in bytes.utf8_chunks() {
                s.push_str(chunk.valid());
                for b in chunk.invalid() {
                    s.push_str(&format!("\\x{b:02X}"));
                }
            }
            return s;
        }
    }
    path.to_string_lossy().into_owned()
}

/// The path [`display_path`] shows as `shown`: its `\\xNN` read back as bytes where no file
/// has the name as written.
pub fn path_from_display(shown: &str) -> PathBuf {
    let as_written = PathBuf::from(shown);
    #[cfg(unix)]
    if shown.contains("\\x") && !as_written.exists() {
        use std::os::unix::ffi::OsStringExt;
        let b = shown.as_bytes();
        let mut bytes = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            let hex = b.get(i + 2..i + 4).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
            match hex {
                Some(v) if b[i] == b'\\' && b[i + 1] == b'x' => {
                    bytes.push(v);
                    i += 4;
                }
                _ => {
                    bytes.push(b[i]);
                    i += 1;
                }
            }
        }
        return PathBuf::from(std::ffi::OsString::from_vec(bytes));
    }
    as_written
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file is known by the same name whatever path led to its folder (audit 2153: `scan
    /// /abs/real` and `scan ../../abs/real` gave 54 documents different ids); folders of one
    /// name keep the paths given.
    #[test]
    fn a_file_s_name_does_not_depend_on_the_path_to_its_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real");
        fs::create_dir_all(real.join("sub")).expect("mkdir");
        fs::write(real.join("sub").join("a.md"), "x").expect("write");
        let names = |p: PathBuf| collect_inputs(&[p]).into_iter().map(|i| i.name).collect::<Vec<_>>();
        assert_eq!(names(real.clone()), vec!["real/sub/a.md"]);
        assert_eq!(names(real.join("sub").join("..")), vec!["real/sub/a.md"]);
        assert_eq!(names(real.join("sub").join("a.md")), vec!["a.md"]);
        let other = dir.path().join("b").join("real");
        fs::create_dir_all(&other).expect("mkdir");
        fs::write(other.join("a.md"), "y").expect("write");
        fs::write(real.join("a.md"), "z").expect("write");
        let both: Vec<String> = collect_inputs(&[real.clone(), other.clone()]).into_iter().map(|i| i.name).collect();
        assert!(both.contains(&"real/sub/a.md".to_string()), "{both:?}");
        assert!(both.iter().filter(|n| n.ends_with("real/a.md")).all(|n| n.len() > "real/a.md".len()), "{both:?}");
    }

    #[test]
    fn missing_path_is_reported_not_dropped() {
        let inputs = collect_inputs(&[PathBuf::from("/no/such/place.txt")]);
        assert_eq!(inputs.len(), 1);
        assert!(matches!(inputs[0].problem, Some(ReadError::NotFound)));
    }

    #[test]
    fn bad_bytes_and_formats_get_reasons() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        fs::write(dir.join("bin.txt"), b"ab\0cd").unwrap();
        fs::write(dir.join("doc.xyz"), b"%PDF").unwrap();
        fs::write(dir.join("image.txt"), b"\x89PNG\r\n\x1a\n").unwrap();
        assert!(matches!(read(&dir.join("bin.txt")), Err(ReadError::Binary { .. })));
        let other = read(&dir.join("doc.xyz")).unwrap_err();
        assert!(other.is_skip());
        assert_eq!(other.to_string(), "unsupported format (.xyz)");
        assert_eq!(read(&dir.join("image.txt")).unwrap_err().to_string(), "binary file (PNG image)");
    }

    #[test]
    fn oversized_files_are_skipped_without_reading_them() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("huge.txt");
        // Sparse: takes no disk and no time, but reports its size.
        fs::File::create(&big).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
        let e = read(&big).unwrap_err();
        assert!(e.is_skip() && e.to_string().starts_with("too large"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_names_are_escaped() {
        use std::os::unix::ffi::OsStrExt;
        let p = Path::new(std::ffi::OsStr::from_bytes(b"d/ngh\xe9.txt"));
        assert_eq!(display_path(p), "d/ngh\\xE9.txt");
        assert_eq!(path_from_display("d/ngh\\xE9.txt"), p);
        assert_eq!(path_from_display("d/nghị.txt"), Path::new("d/nghị.txt"));
    }
}
