//! Password hashing and checking off the event loop, bounded. An argon2 call takes
//! about 19 MB and tens of milliseconds, so at most as many run at once as the machine
//! has cores; a flood of sign-ups or sign-ins queues for its turn (memory stays flat)
//! and a request that waits too long gets the 503 page instead of a hash.
//!
//! The hashes run on a few threads of their own, not on the runtime's blocking pool:
//! the allocator keeps a freed 19 MB block in the arena of the thread that used it,
//! so hashes spread over hundreds of pool threads kept hundreds of megabytes after a
//! flood of sign-ins (measured by `tests/flood.rs`). On a fixed set of threads the
//! working memory is reused while hashes keep coming and handed back when they stop
//! (`domain::passwords`).
//!
//! Those threads run at a lower scheduling priority (`nice` 10): a burst of sign-ups
//! keeps both cores busy hashing, and at equal priority the outbox worker and the
//! request threads waited behind the hashes for their turn. The mail worker most of
//! all: between the mail server's "250" and the COMMIT that records the delivery it
//! could wait tens of milliseconds, and a crash in that window sends the message
//! again (see `email::outbox`). Niced, the hashes use whatever processor time the rest
//! leaves, so sign-up throughput on an otherwise idle machine is unchanged.

use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use tokio::sync::{Semaphore, oneshot};

use super::error::AppError;

/// How long a request may wait for a free hashing slot.
const WAIT: Duration = Duration::from_secs(30);

fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

fn slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| Semaphore::new(cores()))
}

type Job = Box<dyn FnOnce() + Send>;

/// The hashing threads' queue; the threads start on first use and live as long as
/// the process.
fn queue() -> &'static Mutex<mpsc::Sender<Job>> {
    static QUEUE: OnceLock<Mutex<mpsc::Sender<Job>>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = std::sync::Arc::new(Mutex::new(rx));
        for i in 0..cores() {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("hashing-{i}"))
                .spawn(move || {
                    lower_priority();
                    loop {
                        let job = match rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "could not start a password-hashing thread");
            }
        }
        Mutex::new(tx)
    })
}

/// How much lower than the rest of the process a hashing thread runs (`nice`).
const HASHING_NICE: libc::c_int = 10;

/// Lowers the calling thread's scheduling priority. On Linux a thread has its own nice
/// value, addressed by its thread id; elsewhere this does nothing.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: gettid and setpriority take plain integers and touch no memory of ours.
        let done = unsafe {
            let tid = libc::gettid();
            libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, HASHING_NICE)
        };
        if done != 0 {
            tracing::warn!(
                error = %std::io::Error::last_os_error(),
                "could not lower the priority of a password-hashing thread"
            );
        }
    }
}

/// Runs `f` (a hash or a verification) on the blocking pool once a slot is free.
pub async fn run<T, F>(f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let _slot = tokio::time::timeout(WAIT, slots().acquire())
        .await
        .map_err(|_| AppError::Unavailable("every password-hashing slot is busy".into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    let (tx, rx) = oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = tx.send(f());
    });
    queue()
        .lock()
        .map_err(|_| AppError::Internal(anyhow::anyhow!("hashing queue poisoned")))?
        .send(job)
        .map_err(|_| AppError::Unavailable("no password-hashing thread is running".into()))?;
    rx.await
        .map_err(|_| AppError::Internal(anyhow::anyhow!("a password-hashing job panicked")))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[actix_web::test]
    async fn no_more_hashes_run_at_once_than_there_are_slots() {
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..24)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                actix_web::rt::spawn(run(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(20));
                    running.fetch_sub(1, Ordering::SeqCst);
                }))
            })
            .collect();
        for t in tasks {
            t.await.expect("task").expect("ran");
        }
        let limit = std::thread::available_parallelism().map_or(2, |n| n.get());
        let seen = most.load(Ordering::SeqCst);
        assert!(seen >= 1 && seen <= limit, "{seen} at once, limit {limit}");
    }
}
