//! CSRF protection with a synchronizer token: a random token lives in the encrypted
//! login cookie and every state-changing form echoes it in a hidden `csrf` field.
//! A cross-site page can neither read the cookie nor the token, so it cannot forge
//! the field. (Chosen over a double-submit cookie crate because the encrypted session
//! cookie already gives us a secret per browser.)
//!
//! Handlers take their form as [`CsrfForm<T>`] (or [`Csrf`] for a form that carries
//! nothing but the token): the token is checked before the handler runs, so a new
//! POST route cannot forget it. `T` need not declare the `csrf` field.

use std::ops::Deref;
use std::pin::Pin;

use actix_session::{Session as Cookie, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use super::cookie::CSRF_KEY;
use super::error::AppError;
use crate::domain::l10n::{Arg, tr_with};

pub use super::cookie::csrf_token as token;
pub use crate::domain::secret::random_token;

/// Checks a submitted token against the cookie's in constant time.
pub fn verify(cookie: &Cookie, submitted: &str) -> Result<(), AppError> {
    let expected = cookie
        .get::<String>(CSRF_KEY)
        .ok()
        .flatten()
        .ok_or(AppError::Csrf)?;
    if bool::from(expected.as_bytes().ct_eq(submitted.as_bytes())) {
        Ok(())
    } else {
        Err(AppError::Csrf)
    }
}

/// A URL-encoded form whose CSRF token has been checked.
pub struct CsrfForm<T>(pub T);

impl<T> CsrfForm<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for CsrfForm<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        // `web::Form` applies the app's FormConfig (size limit, content type, the
        // 400/413 pages); the fields are then read twice from the same pairs.
        let pairs = web::Form::<Vec<(String, String)>>::from_request(req, payload);
        let cookie = req.get_session();
        Box::pin(async move {
            let web::Form(pairs) = pairs.await?;
            let token = pairs
                .iter()
                .find(|(k, _)| k == "csrf")
                .map(|(_, v)| v.as_str())
                .unwrap_or("");
            verify(&cookie, token)?;
            let unreadable = |e: &dyn std::fmt::Display| {
                let detail = e.to_string();
                AppError::BadRequest(tr_with(
                    "form-unreadable",
                    &[("detail", Arg::Text(&detail))],
                ))
            };
            let encoded = serde_urlencoded::to_string(&pairs).map_err(|e| unreadable(&e))?;
            let form = serde_urlencoded::from_str::<T>(&encoded).map_err(|e| unreadable(&e))?;
            Ok(CsrfForm(form))
        })
    }
}

/// A form that carries only the CSRF token (a button that changes something).
pub struct Csrf;

impl FromRequest for Csrf {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let form = CsrfForm::<serde::de::IgnoredAny>::from_request(req, payload);
        Box::pin(async move { form.await.map(|_| Csrf) })
    }
}
