//! Random secrets for links and forms.

use base64::Engine;
use rand::Rng;

/// 32 random bytes (256 bits) from the OS-seeded generator, URL-safe base64 without padding.
pub fn random_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}
