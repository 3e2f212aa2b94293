//! Password hashing with argon2id at OWASP's parameters (m = 19456 KiB, t = 2, p = 1),
//! stored as PHC strings. CPU-heavy: callers run it off the event loop.
//!
//! Argon2's working memory (19 MB per hash) is reused from one hash to the next while
//! hashes keep coming, instead of being allocated and freed per call: with glibc's
//! allocator a freed block of that size stays in the heap, fragmented, and a flood of
//! 256 sign-ins grew the server by hundreds of megabytes it never gave back
//! (`tests/flood.rs` measures it). When the last hash running finishes, the memory
//! kept for the next one is unmapped: an idle server holds none of it. (It held 19 MB
//! per hashing thread for good, 38 MB on 2 cores: a third of its RSS at 100,000
//! registrants.)

use std::sync::Mutex;

use argon2::password_hash::{Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use rand::Rng;
use subtle::ConstantTimeEq;

use super::Password;

fn params() -> Params {
    // The parameters are constants that argon2 accepts; `expect` cannot fire.
    Params::new(19_456, 2, 1, None).expect("valid argon2 parameters")
}

/// Argon2 working memory mapped from the operating system itself, not taken from
/// glibc's allocator: glibc keeps a freed block this large at the top of the arena of
/// the thread that used it (after the first such free it raises its thresholds), so
/// freeing it gave nothing back; unmapped, it is gone from the RSS at once.
struct Working {
    blocks: std::ptr::NonNull<Block>,
    len: usize,
}

// SAFETY: `Working` owns its mapping exclusively, like a `Vec<Block>`.
unsafe impl Send for Working {}

impl Working {
    fn new(len: usize) -> std::io::Result<Self> {
        let bytes = len.max(1) * std::mem::size_of::<Block>();
        // SAFETY: an anonymous private mapping of `bytes` bytes at an address of the
        // kernel's choosing; it touches no memory of ours.
        let at = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if at == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        let blocks = std::ptr::NonNull::new(at.cast::<Block>())
            .ok_or_else(|| std::io::Error::other("mmap returned null"))?;
        Ok(Self { blocks, len })
    }

    fn blocks(&mut self) -> &mut [Block] {
        // SAFETY: the mapping holds `len` blocks, is page-aligned (more than a
        // block's 64 bytes), zero-filled by the kernel (a block is plain `u64`s, so
        // zeroes are a valid value) and borrowed mutably through `self` only.
        unsafe { std::slice::from_raw_parts_mut(self.blocks.as_ptr(), self.len) }
    }
}

impl Drop for Working {
    fn drop(&mut self) {
        let bytes = self.len.max(1) * std::mem::size_of::<Block>();
        // SAFETY: unmaps exactly the mapping `new` made; no borrow of it outlives
        // `self`.
        unsafe {
            libc::munmap(self.blocks.as_ptr().cast(), bytes);
        }
    }
}

/// The working memory of hashes that finished, ready for the next, and how many
/// hashes are running.
struct Kept {
    spare: Vec<Working>,
    running: usize,
}

static KEPT: Mutex<Kept> = Mutex::new(Kept {
    spare: Vec::new(),
    running: 0,
});

fn kept() -> std::sync::MutexGuard<'static, Kept> {
    KEPT.lock().unwrap_or_else(|e| e.into_inner())
}

/// Working memory of at least `blocks` blocks: a finished hash's, or new.
fn take(blocks: usize) -> Result<Working, argon2::Error> {
    let spare = {
        let mut k = kept();
        k.running += 1;
        k.spare.pop()
    };
    match spare {
        Some(w) if w.len >= blocks => Ok(w),
        _ => Working::new(blocks).map_err(|e| {
            tracing::error!(error = %e, "no memory for a password hash");
            put_back(None);
            argon2::Error::MemoryTooMuch
        }),
    }
}

/// Keeps `memory` for the next hash; when no other hash is running, unmaps it and
/// every block kept.
fn put_back(memory: Option<Working>) {
    let mut k = kept();
    k.running = k.running.saturating_sub(1);
    if k.running > 0 {
        k.spare.extend(memory);
        return;
    }
    let idle = std::mem::take(&mut k.spare);
    drop(k);
    drop(idle);
    drop(memory);
}

/// The raw argon2 output for `password` and `salt`, computed in reusable working
/// memory.
fn derive(
    algorithm: Algorithm,
    version: Version,
    params: Params,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), argon2::Error> {
    let blocks = params.block_count();
    let mut memory = take(blocks)?;
    let derived = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
        password,
        salt,
        out,
        &mut memory.blocks()[..blocks],
    );
    put_back(Some(memory));
    derived
}

pub fn hash(password: &Password) -> anyhow::Result<String> {
    let salt_bytes: [u8; 16] = rand::rng().random();
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let params = params();
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    derive(
        Algorithm::Argon2id,
        Version::V0x13,
        params.clone(),
        password.expose().as_bytes(),
        &salt_bytes,
        &mut out,
    )
    .map_err(|e| anyhow::anyhow!("argon2: {e}"))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: params
            .try_into()
            .map_err(|e| anyhow::anyhow!("argon2 params: {e}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| anyhow::anyhow!("argon2 output: {e}"))?),
    };
    Ok(phc.to_string())
}

/// True when `password` matches the stored PHC string; false for a malformed hash.
pub fn verify(password: &Password, phc: &str) -> bool {
    let check = || -> Option<bool> {
        let parsed = PasswordHash::new(phc).ok()?;
        let algorithm = Algorithm::try_from(parsed.algorithm).ok()?;
        let version = match parsed.version {
            Some(v) => Version::try_from(v).ok()?,
            None => Version::default(),
        };
        let params = Params::try_from(&parsed).ok()?;
        let expected = parsed.hash?;
        let mut salt = [0u8; 64];
        let salt = parsed.salt?.decode_b64(&mut salt).ok()?;
        let mut out = vec![0u8; expected.len()];
        derive(
            algorithm,
            version,
            params,
            password.expose().as_bytes(),
            salt,
            &mut out,
        )
        .ok()?;
        Some(bool::from(expected.as_bytes().ct_eq(&out)))
    };
    check().unwrap_or(false)
}

/// A hash to verify against when the account does not exist, so that a login for an
/// unknown email takes as long as one for a known email.
pub fn dummy_verify(password: &Password) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let phc = DUMMY.get_or_init(|| {
        hash(&Password::parse("dummy-password-for-timing").unwrap_or_else(|_| unreachable!()))
            .unwrap_or_default()
    });
    let _ = verify(password, phc);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let p = Password::parse("correct horse battery").unwrap();
        let h = hash(&p).unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify(&p, &h));
        assert!(!verify(
            &Password::parse("wrong horse battery").unwrap(),
            &h
        ));
        assert!(!verify(&p, "not a hash"));
    }

    #[test]
    fn verifies_hashes_made_by_the_argon2_crate_itself() {
        use argon2::password_hash::PasswordHasher;
        let p = Password::parse("correct horse battery").unwrap();
        let salt = SaltString::encode_b64(b"sixteen byte salt").unwrap();
        for (alg, m) in [(Algorithm::Argon2id, 19_456), (Algorithm::Argon2i, 8_192)] {
            let theirs = Argon2::new(alg, Version::V0x13, Params::new(m, 2, 1, None).unwrap())
                .hash_password(p.expose().as_bytes(), &salt)
                .unwrap()
                .to_string();
            assert!(verify(&p, &theirs), "{theirs}");
            assert!(!verify(
                &Password::parse("wrong horse battery").unwrap(),
                &theirs
            ));
        }
        // And the crate accepts ours.
        use argon2::password_hash::PasswordVerifier;
        let ours = hash(&p).unwrap();
        Argon2::default()
            .verify_password(p.expose().as_bytes(), &PasswordHash::new(&ours).unwrap())
            .unwrap();
    }
}
