//! Writing a large output file without passing it through the page cache.
//!
//! `graph.json` is about as large as the corpus, and this run never reads it back. Written
//! the usual way, every byte of it first lands in fresh page-cache memory, which pushes the
//! corpus itself out of the cache on a machine short of memory, and which on a virtual
//! machine whose host hands out memory lazily (this project's) costs more than formatting
//! the JSON: 500 MB took 0.12-3.3 s through the cache and 0.29-0.33 s direct (`dd`, with and
//! without `oflag=direct`). [`DirectFile`] writes whole aligned blocks with `O_DIRECT` and
//! the unaligned tail the usual way; where the file system refuses `O_DIRECT` it writes
//! the usual way throughout.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

/// Block alignment `O_DIRECT` asks for, of the buffer's address, lengths and offsets (4 KiB
/// covers every common logical block size).
const ALIGN: usize = 4096;
/// Bytes gathered before each direct write: large enough that the disk, not the system
/// call, sets the pace.
const BLOCK: usize = 4 << 20;

/// A file being written, direct where the file system allows it. Bytes short of a whole
/// block reach the file only at [`DirectFile::finish`].
pub struct DirectFile {
    file: File,
    direct: bool,
    /// `BLOCK` bytes at an `ALIGN`ed address inside `storage`, from `start`.
    storage: Vec<u8>,
    start: usize,
    len: usize,
}

impl DirectFile {
    /// Creates (or truncates) `path` for writing.
    pub fn create(path: &Path) -> io::Result<Self> {
        let (file, direct) = match open(path, true) {
            Ok(file) => (file, true),
            // EINVAL: a file system without direct I/O (tmpfs, some network ones).
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => (open(path, false)?, false),
            Err(e) => return Err(e),
        };
        let storage = vec![0u8; BLOCK + ALIGN];
        let start = storage.as_ptr().align_offset(ALIGN);
        Ok(DirectFile { file, direct, storage, start, len: 0 })
    }

    /// Whether whole blocks go to the disk directly.
    pub fn is_direct(&self) -> bool {
        self.direct
    }

    fn block(&mut self) -> &mut [u8] {
        &mut self.storage[self.start..self.start + BLOCK]
    }

    fn write_block(&mut self) -> io::Result<()> {
        let (start, len) = (self.start, self.len);
        let result = self.file.write_all(&self.storage[start..start + len]);
        match result {
            // A file system may take the flag and refuse the write: go on the usual way.
            Err(e) if self.direct && e.raw_os_error() == Some(libc::EINVAL) => {
                self.buffered()?;
                self.file.write_all(&self.storage[start..start + len])?;
            }
            r => r?,
        }
        self.len = 0;
        Ok(())
    }

    /// Writes what is left and returns the file, complete.
    pub fn finish(mut self) -> io::Result<File> {
        if self.len > 0 {
            // The tail is not a whole block: it goes through the cache.
            if self.direct {
                self.buffered()?;
            }
            self.write_block()?;
        }
        Ok(self.file)
    }

    fn buffered(&mut self) -> io::Result<()> {
        self.direct = false;
        set_direct(&self.file, false)
    }
}

impl Write for DirectFile {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let n = data.len().min(BLOCK - self.len);
        let at = self.len;
        self.block()[at..at + n].copy_from_slice(&data[..n]);
        self.len += n;
        if self.len == BLOCK {
            self.write_block()?;
        }
        Ok(n)
    }

    /// Whole blocks only: a flush in the middle must not leave the file offset unaligned.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(target_os = "linux")]
fn open(path: &Path, direct: bool) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    if direct {
        options.custom_flags(libc::O_DIRECT);
    }
    options.open(path)
}

#[cfg(not(target_os = "linux"))]
fn open(path: &Path, direct: bool) -> io::Result<File> {
    if direct {
        // No O_DIRECT here: report it as a file system without it.
        return Err(io::Error::from_raw_os_error(libc::EINVAL));
    }
    File::create(path)
}

#[cfg(target_os = "linux")]
fn set_direct(file: &File, on: bool) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor this File owns, with integer arguments.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(io::Error::last_os_error());
    }
    let flags = if on { flags | libc::O_DIRECT } else { flags & !libc::O_DIRECT };
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, flags) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn set_direct(_file: &File, _on: bool) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sizes around the block and alignment edges, written in uneven pieces.
    #[test]
    fn writes_every_byte_in_order() {
        let dir = std::env::temp_dir().join(format!("citegraph-direct-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        for size in [0, 1, ALIGN - 1, ALIGN, ALIGN + 1, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK + ALIGN + 7] {
            let data: Vec<u8> = (0..size).map(|i| (i * 7 % 251) as u8).collect();
            let path = dir.join(format!("{size}.bin"));
            let mut f = DirectFile::create(&path).expect("create");
            for piece in data.chunks(3001) {
                f.write_all(piece).expect("write");
            }
            f.finish().expect("finish");
            assert_eq!(std::fs::read(&path).expect("read back"), data, "size {size}");
        }
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}
