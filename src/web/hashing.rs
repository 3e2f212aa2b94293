//! Password hashing and checking off the event loop, bounded. An argon2 call takes
//! about 19 MB and tens of milliseconds, so at most as many run at once as the machine
//! has cores; a flood of sign-ups or sign-ins queues for its turn (memory stays flat)
//! and a request that waits too long gets the 503 page instead of a hash.

use std::sync::OnceLock;
use std::time::Duration;

use tokio::sync::Semaphore;

use super::error::AppError;

/// How long a request may wait for a free hashing slot.
const WAIT: Duration = Duration::from_secs(30);

fn slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS
        .get_or_init(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())))
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
    Ok(actix_web::web::block(f).await?)
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
