//! What fresh memory costs on this machine: maps N MB of anonymous memory, touches every
//! page once, and prints the time, in small (4 KiB) pages and in transparent huge (2 MiB)
//! ones, each twice (a second round reuses what the kernel just got back). On the project's
//! virtual machine, whose host hands memory out lazily, huge pages were ten times slower on
//! first touch; this is the measurement behind the scan's `PR_SET_THP_DISABLE`.
//!
//!     cargo run --release --example fresh_memory -- [MB]     (default 300)

#[cfg(target_os = "linux")]
fn touch(mb: usize, huge: bool) -> std::time::Duration {
    let len = mb << 20;
    let start = std::time::Instant::now();
    // SAFETY: an anonymous private mapping of `len` bytes, written only inside its bounds
    // and unmapped before returning.
    unsafe {
        let p = libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        assert_ne!(p, libc::MAP_FAILED, "mmap of {mb} MB failed");
        if huge {
            libc::madvise(p, len, libc::MADV_HUGEPAGE);
        }
        let bytes = p.cast::<u8>();
        for at in (0..len).step_by(4096) {
            bytes.add(at).write_volatile(1);
        }
        let elapsed = start.elapsed();
        libc::munmap(p, len);
        elapsed
    }
}

#[cfg(target_os = "linux")]
fn main() {
    let mb: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(300);
    for round in 1..=2 {
        for (huge, label) in [(false, "4 KiB pages"), (true, "2 MiB pages")] {
            let t = touch(mb, huge);
            println!(
                "round {round}: {mb} MB in {label}: {:.3} s ({:.2} s per GB)",
                t.as_secs_f64(),
                t.as_secs_f64() * 1024.0 / mb as f64
            );
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn main() {
    eprintln!("fresh_memory measures Linux page faults only");
}
