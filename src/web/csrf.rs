//! CSRF protection with a synchronizer token: a random token lives in the encrypted
//! login cookie and every state-changing form echoes it in a hidden `csrf` field.
//! A cross-site page can neither read the cookie nor the token, so it cannot forge
//! the field. (Chosen over a double-submit cookie crate because the encrypted session
//! cookie already gives us a secret per browser.)

use actix_session::Session as Cookie;

use super::error::AppError;
use super::render::CSRF_KEY;

/// The browser's CSRF token, created on first use.
pub fn token(cookie: &Cookie) -> String {
    if let Ok(Some(t)) = cookie.get::<String>(CSRF_KEY) {
        return t;
    }
    let t = random_token();
    let _ = cookie.insert(CSRF_KEY, &t);
    t
}

pub use crate::domain::secret::random_token;

/// Checks a submitted token against the cookie's in constant time.
pub fn verify(cookie: &Cookie, submitted: &str) -> Result<(), AppError> {
    let expected = cookie
        .get::<String>(CSRF_KEY)
        .ok()
        .flatten()
        .ok_or(AppError::Csrf)?;
    let a = expected.as_bytes();
    let b = submitted.as_bytes();
    if a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0 {
        Ok(())
    } else {
        Err(AppError::Csrf)
    }
}
