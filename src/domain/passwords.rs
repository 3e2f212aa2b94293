//! Password hashing with argon2id at OWASP's parameters (m = 19456 KiB, t = 2, p = 1),
//! stored as PHC strings. CPU-heavy: callers run it off the event loop.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::Rng;

use super::Password;

fn hasher() -> Argon2<'static> {
    // The parameters are constants that argon2 accepts; `expect` cannot fire.
    let params = Params::new(19_456, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &Password) -> anyhow::Result<String> {
    let salt_bytes: [u8; 16] = rand::rng().random();
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let phc = hasher()
        .hash_password(password.expose().as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))?;
    Ok(phc.to_string())
}

/// True when `password` matches the stored PHC string; false for a malformed hash.
pub fn verify(password: &Password, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => hasher()
            .verify_password(password.expose().as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
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
}
