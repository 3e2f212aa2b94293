//! Secrets: the one type that holds one (wiped from memory when dropped, never
//! printed by `Debug`), and random secrets for links and forms.

use std::fmt;

use base64::Engine;
use rand::Rng;
use secrecy::{ExposeSecret, SecretString};

/// A secret string: configuration secrets (the cookie key, SMTP credentials) and
/// passwords as typed. Backed by `secrecy`, which zeroizes it on drop; `Debug` prints
/// no content. Read it only where it is used, with [`Secret::expose`].
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Self(SecretString::from(s.into()))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// 32 random bytes (256 bits) from the OS-seeded generator, URL-safe base64 without padding.
pub fn random_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_never_printed() {
        let s = Secret::new("hunter2-hunter2");
        assert_eq!(format!("{s:?}"), "Secret(…)");
        assert_eq!(s.expose(), "hunter2-hunter2");
    }
}
