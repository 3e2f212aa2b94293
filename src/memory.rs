//! The process's use of glibc's allocator. Database work runs on many blocking
//! threads; glibc keeps what a thread freed in that thread's arena for later, so the
//! server's RSS stayed higher after every large result (a 100,000-row CSV export)
//! although nothing was in use any more.

/// Returns the free pages of every arena to the operating system (a few
/// milliseconds): called after a large export, which reads 100,000 rows in chunks.
/// Measured on a `plenary serve` of 100,000 registrants, three exports in a row: RSS
/// 85 → 100 → 105 MB without it, 77 → 81 → 83 MB with it.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of glibc's own arenas; it takes
    // no pointer and is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
